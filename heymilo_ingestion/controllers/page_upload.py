"""The ingestion page's upload route: one file per request, streamed as
multipart (werkzeug spools it to a temporary file), so that ten files of
the largest size fit where one base64 JSON call of them all would not."""

import re

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

from ..extraction import limits as engine_limits
from ..uploads import UploadedFile
from .gateway import FORM_OVERHEAD

UPLOAD_ID = re.compile(r"[0-9a-f]{32}")


def file_request_limit(_controller=None):
    """One file of the largest size, plus form overhead."""
    return request.env["heymilo.ingestion.document"].sudo()._limits().max_file_size + FORM_OVERHEAD


class IngestionPageUpload(http.Controller):
    @http.route(
        "/heymilo/ingestion/upload", type="http", auth="user", methods=["POST"], max_content_length=file_request_limit
    )
    def upload_file(self, job_id, upload_id, auto_ingest="0", send_invitation="1", file=None, **_kwargs):
        """Queue ``file`` for the posting ``job_id``; the files the page sends
        together share ``upload_id`` (one 'upload finished' notice, and the
        per-upload file count); ``send_invitation`` "0" opts the batch out of
        the invitation e-mail. Answers ``{"document_ids"}`` or ``{"error"}``."""
        Document = request.env["heymilo.ingestion.document"].with_context(
            heymilo_send_invitation=send_invitation != "0"
        )
        try:
            job = request.env["hr.job"].browse(int(job_id) if job_id.isdigit() else 0).exists()
            if not job or not UPLOAD_ID.fullmatch(upload_id):
                raise UserError(request.env._("Open the ingestion page of a job position to upload files."))
            if Document.search_count([("upload_id", "=", upload_id), ("parent_id", "=", False)]) >= (
                engine_limits.MAX_FILES_PER_UPLOAD
            ):
                raise UserError(
                    request.env._("At most %s files can be uploaded at once.", engine_limits.MAX_FILES_PER_UPLOAD)
                )
            files = [UploadedFile(file.filename or "upload", file.stream)] if file else []
            documents = Document._create_from_upload(job, files, auto_ingest == "1", upload_id=upload_id)
        except (UserError, AccessError) as exc:
            return request.make_json_response({"error": {"code": "refused", "message": str(exc)}}, status=422)
        return request.make_json_response({"document_ids": documents.ids}, status=201)
