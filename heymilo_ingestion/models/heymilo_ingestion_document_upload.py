import base64
import uuid

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools.mimetypes import guess_mimetype

from ..exceptions import private_user_error
from ..extraction import limits as engine_limits
from ..extraction.names import safe_filename
from ..extraction.result import ACCEPTED_TYPES
from ..uploads import MIMETYPES, UploadedFile


class HeymiloIngestionDocumentUpload(models.Model):
    """Uploading files (page, gateway): the rules an upload must meet, the
    queued documents it makes and their files stored as attachments."""

    _inherit = "heymilo.ingestion.document"

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
