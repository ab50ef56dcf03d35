import base64
from collections import defaultdict

from odoo import api, fields, models

from ..extraction import errors
from ..extraction.names import safe_filename
from ..extraction.sniff import sniff
from ..uploads import UploadedFile

ZIP = "zip"
# Failures that a second run can cure; the others are in the file itself.
RETRYABLE = ("interrupted", "other", "too_complex")


class HeymiloIngestionDocumentStatus(models.Model):
    """What the ingestion page shows of a document: an archive's outcome and
    counts roll up its members (a ZIP whose members failed is not a green
    Success), its profiles are its members' profiles, and an upload's
    outcome is counted the same way for the page and the bus. The status
    report exports the same, as CSV.

    Kept apart from the queue logic of ``heymilo_ingestion_document.py``."""

    _inherit = "heymilo.ingestion.document"

    file_size = fields.Integer(aggregator=None)  # group headers do not sum file sizes
    outcome = fields.Selection(
        [
            ("queued", "Queued"),
            ("processing", "Processing"),
            ("success", "Success"),
            ("partial", "Partly Failed"),
            ("failed", "Failed"),
            ("duplicate", "Duplicate"),
        ],
        compute="_compute_outcome",
        store=True,
        index=True,
        string="Status",
        help="The document's state; for an archive, its members' states rolled up.",
    )
    member_count = fields.Integer(compute="_compute_outcome", store=True, string="Members")
    member_failed_count = fields.Integer(compute="_compute_outcome", store=True, string="Failed Members")
    status_note = fields.Char(
        compute="_compute_status_note", string="Details", help="The error, or how many archive members failed."
    )
    all_profile_ids = fields.Many2many(
        "heymilo.ingestion.profile",
        compute="_compute_all_profile_ids",
        string="All Profiles",
        help="The document's profiles; for an archive, its members'.",
    )
    can_retry = fields.Boolean(compute="_compute_can_retry", help="Failed for a reason a second run can cure.")
    send_invitation = fields.Boolean(
        default=True, readonly=True, help="Unset when the uploader kept the invitation e-mail from this batch."
    )
    archive_name = fields.Char(
        related="parent_id.name", string="From Archive", help="The archive this file was unpacked from."
    )

    @api.depends("state", "duplicate_of_id", "child_ids.state")
    def _compute_outcome(self):
        for document in self:
            members = document.child_ids
            failed = members.filtered(lambda m: m.state == "failed")
            document.member_count = len(members)
            document.member_failed_count = len(failed)
            if document.duplicate_of_id:
                document.outcome = "duplicate"
            elif document.state != "success" or not members:
                document.outcome = document.state
            elif any(m.state in ("queued", "processing") for m in members):
                document.outcome = "processing"
            elif len(failed) == len(members):
                document.outcome = "failed"
            else:
                document.outcome = "partial" if failed else "success"

    @api.depends("outcome", "error_message", "member_failed_count", "member_count")
    def _compute_status_note(self):
        for document in self:
            if document.member_failed_count:
                document.status_note = self.env._(
                    "%(failed)s of %(count)s members failed",
                    failed=document.member_failed_count,
                    count=document.member_count,
                )
            else:
                document.status_note = document.error_message or False

    @api.depends("state", "duplicate_of_id", "error_category")
    def _compute_can_retry(self):
        for document in self:
            document.can_retry = (
                document.state == "failed" and not document.duplicate_of_id and document.error_category in RETRYABLE
            )

    @api.depends("profile_ids", "child_ids.profile_ids")
    def _compute_all_profile_ids(self):
        for document in self:
            document.all_profile_ids = document.profile_ids | document.child_ids.profile_ids

    def _upload_files(self):
        """The files of these documents as the user counts them: archives
        by their members, an archive that could not be opened as one file."""
        return self.filtered(lambda d: d.file_type != ZIP or (d.state == "failed" and not d.child_ids))

    @api.model
    def _upload_summary(self, upload_ids):
        """``{upload_id: counts}`` for the finished uploads among
        ``upload_ids``: files succeeded, failed, duplicates and profiles."""
        documents = self.search([("upload_id", "in", list(upload_ids))])
        pending = set(documents.filtered(lambda d: d.state in ("queued", "processing")).mapped("upload_id"))
        summaries = {}
        for upload_id in set(documents.mapped("upload_id")) - pending:
            batch = documents.filtered(lambda d, upload_id=upload_id: d.upload_id == upload_id)
            files = batch._upload_files()
            duplicates = files.filtered("duplicate_of_id")
            summaries[upload_id] = {
                "upload_id": upload_id,
                "job_id": batch.job_id[:1].id,
                "success": len(files.filtered(lambda d: d.state == "success")),
                "failed": len(files.filtered(lambda d: d.state == "failed") - duplicates),
                "duplicates": len(duplicates),
                "profiles": sum(files.mapped("profile_count")),
            }
        return summaries

    @api.model
    def get_upload_summaries(self, upload_ids):
        """For the page: the finished uploads among ``upload_ids`` (the
        user's read access applies)."""
        return list(self._upload_summary(upload_ids).values())

    @api.model
    def check_upload_files(self, files):
        """What the server will make of each file before it is sent: the page
        sends each file's first bytes (``[{"name", "head"}]``, base64) and
        gets ``[{"file_type", "reason"}]`` from the very rules of the upload."""
        checked = []
        for entry in files:
            head = base64.b64decode(entry.get("head") or "")
            problems = self._upload_problems([UploadedFile.of(entry["name"], head)])
            file_type = sniff(head)[0] if head else False
            checked.append({"file_type": file_type, "reason": "\n".join(message for _code, message in problems)})
        return checked

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
