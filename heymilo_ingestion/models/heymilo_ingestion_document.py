import dataclasses
import logging
from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import split_every

from ..exceptions import private_user_error
from ..extraction import engine, errors
from ..extraction import limits as engine_limits
from ..extraction.logsafe import log_exception
from ..extraction.result import FAILED, SUCCESS, TYPE_LABELS, ZIP, Document
from .heymilo_queue_mixin import is_conflict

_logger = logging.getLogger(__name__)

PARAM_PREFIX = "heymilo_ingestion."
DEFAULT_LEASE_MINUTES = 15
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_MAX_DOCUMENTS = 1000  # per run of the extraction cron
STORE_CHUNK = 2000  # profiles created at once


class HeymiloIngestionDocument(models.Model):
    """An uploaded file (or a member of an uploaded ZIP) and its extraction
    queue. The upload, the archive members, what the page shows and the
    uploaders' notifications extend it in ``heymilo_ingestion_document_*.py``."""

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

    @api.model
    def _limits(self):
        """Engine limits, each overridable by a system parameter
        ``heymilo_ingestion.<field>`` (e.g. ``heymilo_ingestion.pdf_max_pages``)."""
        params = self.env["ir.config_parameter"].sudo()
        names = [f.name for f in dataclasses.fields(engine_limits.Limits)]
        return engine_limits.Limits.from_mapping({name: params.get_param(PARAM_PREFIX + name) for name in names})

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

    # -- state transitions ---------------------------------------------------------------

    def _set_failed(self, reason):
        self.write({"state": "failed", "error_message": reason, "processed_at": fields.Datetime.now()})

    def _set_success(self, **values):
        self.write(dict(values, state="success", error_message=False, processed_at=fields.Datetime.now()))
