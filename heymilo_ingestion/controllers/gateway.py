"""The inbound gateway: each posting's webhook URL for pushing files.

Errors are JSON ``{"error": {"code", "message"}}`` with the HTTP status that
says what to fix (see README, "The inbound gateway")."""

import logging
import re

from odoo import fields, http
from odoo.exceptions import AccessError, UserError
from odoo.http import request
from werkzeug.exceptions import HTTPException

from ..extraction import limits as engine_limits
from ..profile_fields import ENGINE_FIELDS
from ..uploads import UploadedFile

_logger = logging.getLogger(__name__)

MODES = {"ingest": True, "upload": False}
# The HTTP status that answers each problem ``_upload_problems`` reports.
UPLOAD_STATUS = {"no_file": 422, "too_many_files": 422, "file_too_large": 413, "unsupported_type": 415}
# Multipart headers, boundaries and the mode field, on top of the files.
FORM_OVERHEAD = 2**20
GATEWAY_PATH = re.compile(r"/heymilo/ingestion/[^/]+/documents(/[^/]*)?/?")
HTTP_ERROR_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def request_limit(_controller=None):
    """The largest upload request for the configured file size limit
    (instead of Odoo's 128 MB cap for every request). Werkzeug spools each
    file of the body to a temporary file as it arrives, and it is stored
    from there (``UploadedFile``)."""
    return request_limit_for(request.env["heymilo.ingestion.document"].sudo()._limits().max_file_size)


def request_limit_for(max_file_size):
    """The most files at the largest file size, plus form overhead."""
    return engine_limits.MAX_FILES_PER_UPLOAD * max_file_size + FORM_OVERHEAD


def is_gateway_request():
    return bool(GATEWAY_PATH.fullmatch(request.httprequest.path))


def error_response(exception):
    """The gateway's JSON error for what Odoo would answer with an HTML page:
    a refusal while reading the request (too large, too many parts,
    malformed) or an unexpected error (logged, without details sent)."""
    if isinstance(exception, HTTPException) and exception.code and exception.code < 500:
        code = HTTP_ERROR_CODES.get(exception.code, "bad_request")
        message = exception.description or exception.name
        if exception.code == 413:
            code, message = _too_large()
        status = exception.code
    else:
        _logger.exception("Gateway request %s failed", request.httprequest.path)
        status, code, message = 500, "internal_error", "The server could not process this request."
    return request.make_json_response({"error": {"code": code, "message": message}}, status=status)


def _too_large():
    """Why werkzeug refused the body: its size, or its number of parts."""
    limit = request_limit()
    if (request.httprequest.content_length or 0) <= limit:
        return "too_many_parts", "The request has too many form parts; send at most %d files." % (
            engine_limits.MAX_FILES_PER_UPLOAD
        )
    return "request_too_large", "The request is larger than the %.1f MB this gateway accepts (%d files of %.1f MB)." % (
        limit / 2**20,
        engine_limits.MAX_FILES_PER_UPLOAD,
        (limit - FORM_OVERHEAD) / engine_limits.MAX_FILES_PER_UPLOAD / 2**20,
    )


class GatewayError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


class IngestionGateway(http.Controller):
    @http.route(
        "/heymilo/ingestion/<string:url_key>/documents",
        type="http",
        auth="none",
        methods=["POST"],
        csrf=False,
        save_session=False,
        readonly=False,
        max_content_length=request_limit,
    )
    def upload(self, url_key, **_kwargs):
        try:
            job, key = self._authenticate(url_key)
            mode = request.httprequest.form.get("mode", "upload")
            if mode not in MODES:
                raise GatewayError(422, "invalid_mode", "mode must be 'ingest' or 'upload'.")
            files = self._uploaded_files()
            Document = request.env["heymilo.ingestion.document"].with_user(key.user_id).with_company(job.company_id)
            try:
                documents = Document._create_from_upload(job.with_user(key.user_id), files, MODES[mode])
            except AccessError as exc:
                raise GatewayError(
                    403, "missing_rights", "The key's owner may no longer upload to this posting."
                ) from exc
            except UserError as exc:
                raise GatewayError(422, "invalid_upload", str(exc)) from exc
        except GatewayError as error:
            return self._error(error)
        payload = {"documents": [{"id": d.id, "name": d.name, "state": d.state} for d in documents.sudo()]}
        return request.make_json_response(payload, status=201)

    @http.route(
        "/heymilo/ingestion/<string:url_key>/documents/<int:document_id>",
        type="http",
        auth="none",
        methods=["GET"],
        csrf=False,
        save_session=False,
        readonly=False,
    )
    def document(self, url_key, document_id, **_kwargs):
        try:
            job, key = self._authenticate(url_key)
            # Read with the rights of the key's creator, record rules included.
            Document = request.env["heymilo.ingestion.document"].with_user(key.user_id).with_company(job.company_id)
            document = Document.search([("id", "=", document_id), ("job_id", "=", job.id)])
            if not document:
                raise GatewayError(404, "unknown_document", "No such document for this posting.")
        except GatewayError as error:
            return self._error(error)
        return request.make_json_response(self._describe(document))

    # -- helpers -------------------------------------------------------------------

    def _authenticate(self, url_key):
        """Return ``(job, key)`` or raise ``GatewayError``."""
        env = request.env(su=True)
        job = env["hr.job"].with_context(active_test=False).search([("heymilo_url_key", "=", url_key)], limit=1)
        if not job:
            raise GatewayError(404, "unknown_posting", "No posting has this gateway URL.")
        header = request.httprequest.headers.get("Authorization", "")
        if not header.startswith("Bearer ") or not header[7:].strip():
            raise GatewayError(401, "missing_key", "Send the API key as 'Authorization: Bearer <key>'.")
        key = env["heymilo.api.key"]._find(header[7:].strip())
        if not key:
            raise GatewayError(401, "invalid_key", "This API key is not valid.")
        if not key.active:
            raise GatewayError(401, "revoked_key", "This API key was revoked.")
        if key.expires_at and key.expires_at < fields.Datetime.now():
            raise GatewayError(401, "expired_key", "This API key has expired; ask an administrator for a new one.")
        if key.job_id != job:
            raise GatewayError(403, "wrong_posting", "This API key belongs to another posting.")
        if not job.active:
            raise GatewayError(409, "posting_inactive", "This posting is archived; it does not take candidates.")
        self._check_owner(key.user_id, job)
        key.last_used_at = fields.Datetime.now()
        return job, key

    def _check_owner(self, user, job):
        """A key acts with its creator's rights, checked on every call (as
        Odoo checks the user of its own API keys): an archived creator, or
        one who lost the Recruitment group or the posting's company, ends
        what the key may do."""
        if not user.active:
            raise GatewayError(
                401, "owner_inactive", "The user who created this API key is archived; ask for a new key."
            )
        if not user.has_group("hr_recruitment.group_hr_recruitment_user") or (
            job.company_id and job.company_id not in user.company_ids
        ):
            raise GatewayError(403, "missing_rights", "The key's owner may no longer use this posting.")

    def _uploaded_files(self):
        """The uploaded files, checked by the same rules as the ingestion
        page (``_upload_problems``); the first problem answers the request.
        Each stays in the temporary file werkzeug spooled it to: hashed and
        stored from there, never read whole into memory."""
        files = [
            UploadedFile(upload.filename or "upload", upload.stream)
            for upload in request.httprequest.files.getlist("files")
        ]
        problems = request.env["heymilo.ingestion.document"].sudo()._upload_problems(files)
        if problems:
            code, message = problems[0]
            raise GatewayError(UPLOAD_STATUS[code], code, message)
        return files

    def _describe(self, document):
        return {
            "id": document.id,
            "name": document.name,
            "file_type": document.file_type or None,
            "state": document.state,
            "error": document.error_message or None,
            "profiles": [
                {key: profile[key] or None for key in ("id", *ENGINE_FIELDS, "completeness", "state")}
                for profile in document.profile_ids
            ],
            "children": [self._describe(child) for child in document.child_ids],
        }

    def _error(self, error):
        return request.make_json_response(
            {"error": {"code": error.code, "message": error.message}}, status=error.status
        )
