import base64
import dataclasses
import logging
import uuid
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL, split_every
from odoo.tools.mimetypes import guess_mimetype

from ..exceptions import private_user_error
from ..extraction import engine, errors
from ..extraction import limits as engine_limits
from ..extraction.archive import Allowance, Archive, ArchiveError
from ..extraction.logsafe import log_exception
from ..extraction.names import safe_filename
from ..extraction.result import (
    ACCEPTED_TYPES,
    CSV,
    FAILED,
    IMAGE,
    PDF,
    RESUME_TYPES,
    SUCCESS,
    TABLE_TYPES,
    TYPE_LABELS,
    ZIP,
    Document,
)
from ..extraction.sniff import sniff
from ..uploads import UploadedFile
from .heymilo_queue_mixin import is_conflict

_logger = logging.getLogger(__name__)

PARAM_PREFIX = "heymilo_ingestion."
DEFAULT_LEASE_MINUTES = 15
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_DOCUMENTS = 1000  # per run of the extraction cron
LONG_UPLOAD = timedelta(minutes=2)  # after this, the uploader is told in their inbox too
MIMETYPES = {
    PDF: "application/pdf",
    CSV: "text/csv",
    ZIP: "application/zip",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "doc": "application/msword",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    IMAGE: None,  # PNG, JPEG or TIFF: guessed from the bytes
}
STORE_CHUNK = 2000  # profiles created at once


class HeymiloIngestionDocument(models.Model):
    _name = "heymilo.ingestion.document"
    _inherit = ["heymilo.queue.mixin"]
    _description = "Ingestion Document"
    _order = "create_date desc, id desc"

    name = fields.Char(required=True, help="File name, or path inside its ZIP archive.")
    job_id = fields.Many2one("hr.job", string="Job Position", required=True, index=True, ondelete="cascade")
    company_id = fields.Many2one(related="job_id.company_id", store=True, index=True)
    file_type = fields.Selection(list(TYPE_LABELS.items()), index=True)
    state = fields.Selection(
        [("queued", "Queued"), ("processing", "Processing"), ("success", "Success"), ("failed", "Failed")],
        default="queued",
        required=True,
        index=True,
    )
    error_message = fields.Text(readonly=True)
    error_category = fields.Selection(
        errors.SELECTION, compute="_compute_error_category", store=True, string="Failure Reason"
    )
    warning_message = fields.Text(readonly=True, help="Rows skipped, pages not read and other notes.")
    parent_id = fields.Many2one("heymilo.ingestion.document", string="Archive", index=True, ondelete="cascade")
    child_ids = fields.One2many("heymilo.ingestion.document", "parent_id", string="Archive Members")
    profile_ids = fields.One2many("heymilo.ingestion.profile", "document_id", string="Extracted Profiles")
    profile_count = fields.Integer(
        compute="_compute_profile_count", store=True, string="Profiles in File", help="Without archive members'."
    )
    total_profile_count = fields.Integer(
        compute="_compute_total_profile_count", string="Profiles", help="With the profiles of archive members."
    )
    attachment_id = fields.Many2one(
        "ir.attachment",
        string="File",
        compute="_compute_attachment_id",
        help="The uploaded file: an attachment of this document in the filestore. An archive member is "
        "read from its archive and gets an attachment of its own only when it is downloaded.",
    )
    archive_index = fields.Integer(readonly=True, help="Position of this member in its archive.")
    checksum = fields.Char(readonly=True, index=True, help="SHA-256 of the file.")
    file_size = fields.Integer(readonly=True)
    page_count = fields.Integer(readonly=True)
    ocr_used = fields.Boolean(
        "Read with OCR", readonly=True, help="Some text came from a scanned image through OCR: review the fields."
    )
    duplicate_of_id = fields.Many2one("heymilo.ingestion.document", readonly=True)
    auto_ingest = fields.Boolean(readonly=True, help="Uploaded with 'Upload and Ingest'.")
    user_id = fields.Many2one("res.users", string="Uploaded By", default=lambda self: self.env.user, readonly=True)
    processing_started_at = fields.Datetime(readonly=True)
    processed_at = fields.Datetime(readonly=True)
    attempt_count = fields.Integer(readonly=True)
    upload_id = fields.Char(readonly=True, index=True, copy=False, help="Files uploaded together share it.")
    file_removed_at = fields.Datetime(readonly=True, help="When the stored file was removed (retention or erasure).")

    @api.depends("error_message")
    def _compute_error_category(self):
        for document in self:
            document.error_category = errors.classify(document.error_message)

    @api.depends("profile_ids")
    def _compute_profile_count(self):
        counts = dict(
            self.env["heymilo.ingestion.profile"]._read_group(
                [("document_id", "in", self.ids)], ["document_id"], ["__count"]
            )
        )
        for document in self:
            document.profile_count = counts.get(document, 0)

    @api.depends("profile_count", "child_ids.profile_count")
    def _compute_total_profile_count(self):
        members = dict(self._read_group([("parent_id", "in", self.ids)], ["parent_id"], ["profile_count:sum"]))
        for document in self:
            document.total_profile_count = document.profile_count + (members.get(document) or 0)

    def _compute_attachment_id(self):
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search([("res_model", "=", self._name), ("res_id", "in", self.ids), ("res_field", "=", False)])
        )
        by_document = {attachment.res_id: attachment.id for attachment in attachments}
        for document in self:
            document.attachment_id = by_document.get(document.id, False)

    # -- actions ---------------------------------------------------------------

    def action_retry(self):
        """Extract again the failed documents where that can help (an
        interrupted or unexpected failure); say which were left as they are."""
        todo = self.filtered("can_retry")
        if not todo:
            raise UserError(
                self.env._(
                    "Retrying cannot help these documents: their files are what failed (scanned, damaged, "
                    "unsupported, without a header…). Fix the file and upload it again."
                )
            )
        todo.profile_ids.unlink()
        todo.child_ids.unlink()
        todo.write({"state": "queued", "error_message": False, "warning_message": False, "attempt_count": 0})
        self.env.ref("heymilo_ingestion.ir_cron_extract_documents")._trigger()
        skipped = len(self - todo)
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "warning" if skipped else "success",
                "message": self.env._(
                    "%(count)s document(s) queued again; %(skipped)s left as they are (retrying cannot help them).",
                    count=len(todo),
                    skipped=skipped,
                )
                if skipped
                else self.env._("%s document(s) queued again.", len(todo)),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }

    def action_open_profiles(self):
        job = self.env["hr.job"].browse(self.env.context.get("heymilo_job_id"))
        if job:
            return job.action_open_heymilo_profiles()
        return self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_profile_action") | {
            "context": {"search_default_group_document": 1},
        }

    def action_export_status_report(self):
        """Documents with their state, error and what became of their
        profiles, as CSV (selected, or all the user can see when called
        without records)."""
        documents = self or self.search([])  # pylint: disable=no-search-all  # an export of everything, on purpose
        header = [
            "Posting",
            "File",
            "Type",
            "Archive",
            "State",
            "Failure Reason",
            "Error",
            "Profiles",
            "Ingested",
            "Duplicates",
            "Ingestion Failed",
            "Uploaded On",
            "Uploaded By",
            "Processed On",
        ]
        reasons = dict(errors.SELECTION)
        states = dict(self._fields["outcome"]._description_selection(self.env))
        types = dict(self._fields["file_type"]._description_selection(self.env))
        outcomes = documents._profile_outcomes()
        rows = [
            [
                d.job_id.name,
                d.name,
                types.get(d.file_type),
                d.parent_id.name,
                states.get(d.outcome),
                reasons.get(d.error_category),
                d.status_note,
                d.total_profile_count,
                *(outcomes[d, state] for state in ("ingested", "duplicate", "failed")),
                fields.Datetime.to_string(d.create_date),
                d.user_id.name,
                fields.Datetime.to_string(d.processed_at),
            ]
            for d in documents
        ]
        jobs = documents.job_id
        filename = "ingestion-status-%s%s.csv" % (
            "%s-" % safe_filename(jobs.name).replace(" ", "-") if len(jobs) == 1 else "",
            fields.Date.to_string(fields.Date.context_today(self)),
        )
        return self.env["heymilo.ingestion.profile"]._download_csv(filename, header, rows)

    def _profile_outcomes(self):
        """``{(document, profile state): count}`` in one grouped query; an
        archive counts its members' profiles."""
        counts = defaultdict(int)
        groups = self.env["heymilo.ingestion.profile"]._read_group(
            [("document_id", "in", (self | self.child_ids).ids)], ["document_id", "state"], ["__count"]
        )
        for document, state, count in groups:
            counts[document, state] += count
            if document.parent_id in self:
                counts[document.parent_id, state] += count
        return counts

    def action_download(self):
        self.ensure_one()
        self.check_access("read")  # the file is fetched as superuser below
        if self.file_removed_at or (self.parent_id.file_removed_at and not self.attachment_id):
            raise UserError(self.env._("The stored file was removed (retention rule or erasure request)."))
        if not self.attachment_id:
            data = self._read_files(self._limits())[self]
            if data is None:
                raise private_user_error(self.env._("The file of %s cannot be read.", self.name))
            self.sudo()._attach([data])  # reading the document is the right that matters here
        return {
            "type": "ir.actions.act_url",
            "url": "/web/content/%d?download=true" % self.attachment_id.id,
            "target": "new",
        }

    # -- upload ------------------------------------------------------------------

    @api.model
    def _limits(self):
        """Engine limits, each overridable by a system parameter
        ``heymilo_ingestion.<field>`` (e.g. ``heymilo_ingestion.pdf_max_pages``)."""
        params = self.env["ir.config_parameter"].sudo()
        names = [f.name for f in dataclasses.fields(engine_limits.Limits)]
        return engine_limits.Limits.from_mapping({name: params.get_param(PARAM_PREFIX + name) for name in names})

    @api.model
    def _create_from_upload(self, job, files, auto_ingest=False, upload_id=None):
        """Queue uploaded ``files`` for ``job``: ``UploadedFile``s, or
        ``(name, bytes or seekable file)`` pairs; files sent in several
        requests share their ``upload_id``.

        The whole upload is refused with a clear message when it breaks a limit
        (count, size, type): nothing is half-uploaded. A file identical to one
        already uploaded for the posting is recorded as a failed duplicate.
        """
        files = [UploadedFile.of(*file) if isinstance(file, tuple) else file for file in files]
        problems = self._upload_problems(files)
        if problems:
            raise private_user_error("\n".join(message for _code, message in problems))
        checksums = [file.sha256 for file in files]
        existing = {
            doc.checksum: doc
            for doc in self.search(
                [("job_id", "=", job.id), ("checksum", "in", checksums), ("duplicate_of_id", "=", False)]
            )
        }
        vals_list, upload_id = [], upload_id or uuid.uuid4().hex
        for file in files:
            vals = self._prepare_file_vals(job, file)
            vals.update(
                auto_ingest=auto_ingest,
                upload_id=upload_id,
                send_invitation=self.env.context.get("heymilo_send_invitation", True),
            )
            original = existing.get(file.sha256)
            if original:
                vals.update(
                    state="failed",
                    duplicate_of_id=original.id,
                    error_message=self.env._(
                        "Duplicate: the same file was already uploaded for this posting as %(name)s on %(date)s.",
                        name=original.name,
                        date=fields.Datetime.to_string(original.create_date),
                    ),
                )
            existing.setdefault(file.sha256, self)  # a file twice in one upload
            vals_list.append(vals)
        documents = self.create(vals_list)
        documents._attach_uploads(files)
        self.env.ref("heymilo_ingestion.ir_cron_extract_documents")._trigger()
        return documents

    @api.model
    def _upload_problems(self, files):
        """What stops the upload of ``files`` (``UploadedFile``s), as
        ``[(code, message)]``: the rules of both the page and the gateway
        (which answers each code with its HTTP status)."""
        if not files:
            return [("no_file", self.env._("Select at least one file to upload."))]
        if len(files) > engine_limits.MAX_FILES_PER_UPLOAD:
            return [
                (
                    "too_many_files",
                    self.env._(
                        "You selected %(count)s files; at most %(max)s files can be uploaded at once.",
                        count=len(files),
                        max=engine_limits.MAX_FILES_PER_UPLOAD,
                    ),
                )
            ]
        limits, problems = self._limits(), []
        for file in files:
            name = safe_filename(file.name)  # as it will be stored: never echo hidden or reordering characters
            if file.size > limits.max_file_size:
                problems.append(
                    (
                        "file_too_large",
                        self.env._(
                            "%(name)s is %(size).1f MB; files up to %(max)s MB are accepted.",
                            name=name,
                            size=file.size / 2**20,
                            max=limits.max_file_size // 2**20,
                        ),
                    )
                )
                continue
            file_type, description = file.sniff()
            if file_type not in ACCEPTED_TYPES:
                problems.append(
                    (
                        "unsupported_type",
                        self.env._(
                            "%(name)s is %(what)s; only PDF, Word (.docx, .odt) or scanned (PNG, JPEG, TIFF) resumes, "
                            "CSV or spreadsheet (.xlsx, .ods) lists and ZIP archives are accepted.",
                            name=name,
                            what=description,
                        ),
                    )
                )
        return problems

    @api.model
    def get_upload_limits(self):
        """The upload limits, for the web client to check files before sending."""
        limits = self._limits()
        return {"max_files": engine_limits.MAX_FILES_PER_UPLOAD, "max_file_size": limits.max_file_size}

    @api.model
    def action_upload_files(self, job_id, files, auto_ingest=False, send_invitation=True):
        """Upload from the ingestion page: ``files`` is ``[{"name", "data"}]``
        with base64 data; ``send_invitation`` False keeps the posting's
        invitation e-mail from this batch. Returns the new documents' ids."""
        job = self.env["hr.job"].browse(job_id).exists()
        if not job:
            raise UserError(self.env._("Open the ingestion page of a job position to upload files."))
        decoded = [(f["name"], base64.b64decode(f["data"])) for f in files]
        uploader = self.with_context(heymilo_send_invitation=bool(send_invitation))
        return uploader._create_from_upload(job, decoded, bool(auto_ingest)).ids

    @api.model
    def _prepare_file_vals(self, job, file):
        file_type = file.sniff()[0]
        return {
            "name": safe_filename(file.name),
            "job_id": job.id,
            "file_type": file_type if file_type in ACCEPTED_TYPES else False,
            "checksum": file.sha256,
            "file_size": file.size,
        }

    def _attach_uploads(self, files):
        """Store uploaded ``files`` (``UploadedFile``, one per document) as
        these documents' attachments, copied from their temporary files into
        the filestore in chunks; with the database storage, one file at a time
        is read into memory."""
        Attachment = self.env["ir.attachment"]  # the uploader's rights, as for any attachment
        if Attachment._storage() != "file":
            for document, file in zip(self, files):
                document._attach([file.content()])
            return
        attachments = Attachment.create(
            [
                {
                    "name": document.name.rsplit("/", 1)[-1],
                    "mimetype": MIMETYPES.get(document.file_type) or guess_mimetype(file.head()),
                    "res_model": self._name,
                    "res_id": document.id,
                }
                for document, file in zip(self, files)
            ]
        )
        attachments._heymilo_store_files(files)
        self.invalidate_recordset(["attachment_id"])

    def _attach(self, datas):
        """Store ``datas`` (one per document) as these documents' attachments."""
        self.env["ir.attachment"].with_context(heymilo_index_content=False).create(
            [
                {
                    "name": document.name.rsplit("/", 1)[-1],
                    "raw": data,
                    "mimetype": MIMETYPES.get(document.file_type),
                    "res_model": self._name,
                    "res_id": document.id,
                }
                for document, data in zip(self, datas)
            ]
        )
        self.invalidate_recordset(["attachment_id"])

    def _read_files(self, limits):
        """``{document: bytes}``: an upload from its attachment, an archive
        member from its archive, each archive opened once. A file that cannot
        be read maps to None (and is logged)."""
        files = {}
        members = self.filtered(lambda d: d.parent_id and not (d.attachment_id or d.file_removed_at))
        for document in (self - members).filtered("file_removed_at"):
            files[document] = None
        for document in self - members - self.filtered("file_removed_at"):
            try:
                files[document] = document.attachment_id.raw or b""
            except OSError:
                log_exception(_logger, "Cannot read the file of ingestion document %s", document.id)
                files[document] = None
        for parent, data in (members.parent_id._read_files(limits) if members else {}).items():
            try:
                archive = Archive(data, limits) if data is not None else None
            except ArchiveError:
                log_exception(_logger, "Cannot reopen the archive of ingestion document %s", parent.id)
                archive = None
            for member in members.filtered(lambda m, parent=parent: m.parent_id == parent):
                files[member] = archive.read_member(member.archive_index) if archive else None
        return files

    # -- queue -----------------------------------------------------------------------

    @api.model
    def _cron_extract_documents(self, batch_size=50):
        """Extract queued documents, one committed batch at a time, so that
        several workers share the queue and progress survives a crash.

        A run has a budget (``_queue_budget``: a share of Odoo's time limits)
        and takes at most ``heymilo_ingestion.cron_max_documents``; a batch
        is sized to fit in the time left, as if each document took its PDF
        time budget until the time per document is measured. The rest waits
        for a run triggered at once."""
        self._requeue_stale()
        limits = self._limits()
        max_documents = self.env["ir.config_parameter"].sudo().get_param(PARAM_PREFIX + "cron_max_documents")
        budget = self._queue_budget(int(max_documents or DEFAULT_MAX_DOCUMENTS))
        return self._queue_run(
            lambda: self._claim_batch(budget.next_batch(batch_size, limits.pdf_time_budget)),
            "_extract_batch",
            [("state", "=", "queued")],
            budget,
            self.env.ref("heymilo_ingestion.ir_cron_extract_documents"),
        )

    def _extract_batch(self):
        self._process_batch()
        self.parent_id._merge_archive_when_complete()
        self._notify_uploaders()

    @api.model
    def _claim_batch(self, batch_size):
        """Take up to ``batch_size`` queued documents that no other worker
        holds, mark them processing and commit, in one statement."""
        if not batch_size:
            return self.browse()
        self.env.flush_all()
        # The claim is a materialised CTE: as an IN (subquery), PostgreSQL may
        # rescan the LIMIT ... SKIP LOCKED subquery and take more rows than asked.
        self.env.cr.execute(
            """
            WITH claimed AS MATERIALIZED (
                SELECT id FROM heymilo_ingestion_document
                 WHERE state = 'queued'
                 ORDER BY id
                 LIMIT %s
                   FOR NO KEY UPDATE SKIP LOCKED)
            UPDATE heymilo_ingestion_document
               SET state = 'processing',
                   processing_started_at = NOW() AT TIME ZONE 'UTC',
                   attempt_count = COALESCE(attempt_count, 0) + 1,
                   write_date = NOW() AT TIME ZONE 'UTC',
                   write_uid = %s
             WHERE id IN (SELECT id FROM claimed)
         RETURNING id
            """,
            [batch_size, self.env.uid],
        )
        documents = self.browse(sorted(row[0] for row in self.env.cr.fetchall()))
        documents.invalidate_recordset(["state", "processing_started_at", "attempt_count", "write_date", "write_uid"])
        if documents:
            self._queue_commit()
        return documents

    def _queue_reclaim(self):
        """A claimed document stays this worker's after a rollback: its
        ``processing`` state (the lease) was committed with the claim."""
        return self.filtered(lambda d: d.state == "processing")

    @api.model
    def _requeue_stale(self):
        """Documents left ``processing`` past the lease belong to a worker that
        died: queue them again, or fail them after too many attempts."""
        params = self.env["ir.config_parameter"].sudo()
        lease = int(params.get_param(PARAM_PREFIX + "lease_minutes", DEFAULT_LEASE_MINUTES))
        max_attempts = int(params.get_param(PARAM_PREFIX + "max_attempts", DEFAULT_MAX_ATTEMPTS))
        stale = self.search(
            [
                ("state", "=", "processing"),
                ("processing_started_at", "<", fields.Datetime.now() - timedelta(minutes=lease)),
            ]
        )
        exhausted = stale.filtered(lambda d: d.attempt_count >= max_attempts)
        for document in exhausted:
            document._set_failed(
                self.env._(
                    "Processing was interrupted %s times (the worker stopped); giving up.", document.attempt_count
                )
            )
        (stale - exhausted).write({"state": "queued"})

    def _process_batch(self):
        """Extract these claimed documents. The engine (plain Python, never
        raises) runs first; the results are then stored in batched writes. If
        storing fails, each document is stored on its own so that one bad
        document cannot take the others down."""
        limits = self._limits()
        archives = self.filtered(lambda d: d.file_type == ZIP)
        files = self - archives
        datas = files._read_files(limits)
        results = {document: document._run_engine(datas[document], limits) for document in files}
        try:
            with self.env.cr.savepoint():
                files._store_results(results)
        except Exception as exc:  # retried one by one just below
            if is_conflict(exc):
                raise
            log_exception(
                _logger, "Storing extraction results of %s failed; storing one by one", files.ids, level=logging.WARNING
            )
            for document in files:
                document._guarded(document._store_results, {document: results[document]})
        for archive in archives:
            archive._guarded(archive._unpack_archive, limits)

    def _guarded(self, method, *args):
        """Run ``method`` in a savepoint; an unexpected error fails this
        document with the error's kind and is logged with its traceback."""
        self.ensure_one()
        try:
            with self.env.cr.savepoint():
                method(*args)
        except Exception as exc:  # one bad document must not stop the batch
            if is_conflict(exc):
                raise
            log_exception(_logger, "Ingestion document %s failed", self.id)
            self._set_failed(self.env._("Unexpected error while processing this file (%s).", type(exc).__name__))

    def _run_engine(self, data, limits):
        """The engine's result for this document's ``data``; the engine never
        raises, and a file that could not be read fails this document only."""
        self.ensure_one()
        if data is None:
            return Document(file=self.name).fail(self.env._("The stored file cannot be read."))
        extract = engine.extract_member if self.parent_id else engine.extract
        return extract(data, self.name, limits)

    def _store_results(self, results):
        """Write engine results (``{document: Document}``): profiles in one
        create per chunk, the cache emptied after each, so that a list of
        100,000 rows holds one chunk of records in memory, not all of them."""
        Profile = self.env["heymilo.ingestion.profile"]
        vals = (
            Profile._prepare_vals(document, profile)
            for document, result in results.items()
            if result.status == SUCCESS
            for profile in result.profiles
        )
        stored = 0
        for chunk in split_every(STORE_CHUNK, vals, list):
            profiles = Profile.create(chunk)
            # Archive members wait for the CSV/resume merge before ingestion.
            profiles.filtered(lambda p: not p.document_id.parent_id)._queue_auto_ingestion()
            profiles.invalidate_recordset()  # written first
            stored += len(chunk)
        Profile._refresh_statistics(stored)
        # One write per distinct outcome rather than one per document.
        outcomes = defaultdict(self.browse)
        for document, result in results.items():
            if result.status == SUCCESS:
                warnings = "\n".join(result.warnings) or False
                outcomes[(SUCCESS, result.pages, warnings, bool(result.ocr_pages))] |= document
            else:
                outcomes[(FAILED, result.error)] |= document
        for outcome, documents in outcomes.items():
            if outcome[0] == SUCCESS:
                documents._set_success(page_count=outcome[1], warning_message=outcome[2], ocr_used=outcome[3])
            else:
                documents._set_failed(outcome[1])

    def _unpack_archive(self, limits):
        """Turn this archive into queued member documents. Only the central
        directory and the first bytes of each member (its type) are read now;
        each member is read from the archive again when it is extracted, so
        its bytes are never stored twice."""
        if self.parent_id.parent_id:
            self._set_failed(self.env._("ZIP archives nested more than one level deep are not unpacked."))
            return
        data = self._read_files(limits)[self]
        if data is None:
            self._set_failed(self.env._("The stored file cannot be read."))
            return
        try:
            archive = Archive(data, limits, self._unpack_allowance(limits))
        except ArchiveError as exc:
            self._set_failed(str(exc))
            return
        if not archive.names:
            self._set_failed(
                self.env._(
                    "This ZIP archive holds no resumes or candidate lists (PDF, Word, image, CSV or spreadsheet files)."
                )
            )
            return
        vals_list = []
        for index, name in enumerate(archive.names):
            head = archive.read_member(index, head=65536)  # Office packages name their parts in the first KB
            file_type, description = sniff(head or b"")
            vals = {
                "name": name,
                "job_id": self.job_id.id,
                "file_type": file_type if file_type in ACCEPTED_TYPES else False,
                "file_size": archive.size(index),
                "parent_id": self.id,
                "archive_index": index,
                "auto_ingest": self.auto_ingest,
                "upload_id": self.upload_id,
                "user_id": self.user_id.id,
            }
            if head is None:
                vals.update(state="failed", error_message=self.env._("This file is larger than the size limit."))
            elif not vals["file_type"]:
                vals.update(
                    state="failed",
                    error_message=self.env._(
                        "This file is %s; only resumes (PDF, Word, scans) and candidate lists (CSV, spreadsheets) "
                        "are read from an archive.",
                        description,
                    ),
                )
            vals_list.append(vals)
        self.create(vals_list)
        self._set_success()
        self.env.ref("heymilo_ingestion.ir_cron_extract_documents")._trigger()

    def _unpack_allowance(self, limits):
        """What this archive may unpack: inside an uploaded archive, the caps
        count what that upload already unpacked (its members, and the members
        of the archives beside this one). The uploaded archive's row is locked
        so that two workers unpacking sibling archives count each other's."""
        root = self.parent_id
        if not root:
            return Allowance(limits)
        self.env.cr.execute(SQL("SELECT id FROM heymilo_ingestion_document WHERE id = %s FOR NO KEY UPDATE", root.id))
        [(count, size)] = self._read_group(
            ["|", ("parent_id", "=", root.id), ("parent_id.parent_id", "=", root.id)], [], ["__count", "file_size:sum"]
        )
        return Allowance(limits, count, size or 0)

    def _merge_archive_when_complete(self):
        """Merge each of these archives whose members are all extracted."""
        pending = self.search([("parent_id", "in", self.ids), ("state", "in", ("queued", "processing"))]).parent_id
        for archive in self - pending:
            archive._merge_archive()
            archive.child_ids.profile_ids._queue_auto_ingestion()

    def _merge_archive(self):
        """Once every member is extracted, merge CSV rows into the resumes they
        name (see ``extraction.archive.merge_rows_into_resumes``)."""
        Profile = self.env["heymilo.ingestion.profile"]
        resumes = {
            p.document_id.name: p for p in self.child_ids.filtered(lambda c: c.file_type in RESUME_TYPES).profile_ids
        }
        rows = self.child_ids.filtered(lambda c: c.file_type in TABLE_TYPES).profile_ids
        if not resumes or not rows:
            return
        by_record = {record: record._to_engine_profile() for record in (rows | Profile.concat(*resumes.values()))}
        merged = engine.archive.merge_rows_into_resumes(
            [by_record[r] for r in rows], {name: by_record[rec] for name, rec in resumes.items()}
        )
        for record, profile in by_record.items():
            if record.document_id.file_type in RESUME_TYPES and profile.source_row:
                record.write(Profile._profile_fields(profile))
        merged_rows = rows.filtered(lambda r: by_record[r] in merged)
        for row in merged_rows:
            row.document_id.warning_message = "\n".join(
                filter(
                    None,
                    [row.document_id.warning_message, self.env._("Row %s was merged with its resume.", row.source_row)],
                )
            )
        merged_rows.unlink()

    def _notify_progress_bus(self):
        """Ask the uploaders' open ingestion pages to reload."""
        Bus = self.env["bus.bus"].sudo()
        for user in self.user_id:
            mine = self.filtered(lambda d, user=user: d.user_id == user)
            Bus._sendone(user.partner_id, "heymilo_ingestion/progress", {"job_ids": mine.job_id.ids})

    def _notify_uploaders(self):
        """Tell each uploader's browser that their documents moved on (the
        ingestion page reloads), and that an upload finished, with its counts."""
        self._notify_progress_bus()
        Bus = self.env["bus.bus"].sudo()
        uploads = set(self.filtered("upload_id").mapped("upload_id"))
        if not uploads:
            return
        for counts in self._upload_summary(uploads).values():
            batch = self.search([("upload_id", "=", counts["upload_id"])])
            Bus._sendone(batch.user_id[:1].partner_id, "heymilo_ingestion/upload_done", counts)
            if fields.Datetime.now() - min(batch.mapped("create_date")) > LONG_UPLOAD:
                batch._notify_long_upload_done(counts)

    def _notify_long_upload_done(self, counts):
        """An upload that took long was probably left to run: its uploader
        also finds the outcome in their Odoo inbox, with a link to the page."""
        job, user = self.job_id[:1], self.user_id[:1]
        job.sudo().message_notify(
            partner_ids=user.partner_id.ids,
            subject=self.env._("Candidate files processed for %s", job.name),
            body=self.env._(
                "Your upload of %(files)s file(s) for %(job)s is processed: %(success)s succeeded, "
                "%(failed)s failed, %(profiles)s candidate profile(s) extracted.",
                files=len(self.filtered(lambda d: not d.parent_id)),
                job=job.name,
                **counts,
            ),
        )

    # -- state transitions ---------------------------------------------------------------

    def _set_failed(self, reason):
        self.write({"state": "failed", "error_message": reason, "processed_at": fields.Datetime.now()})

    def _set_success(self, **values):
        self.write(dict(values, state="success", error_message=False, processed_at=fields.Datetime.now()))
