import logging

from odoo import models
from odoo.tools import SQL

from ..extraction import engine
from ..extraction.archive import Allowance, Archive, ArchiveError
from ..extraction.logsafe import log_exception
from ..extraction.result import ACCEPTED_TYPES, RESUME_TYPES, TABLE_TYPES
from ..extraction.sniff import sniff

_logger = logging.getLogger(__name__)


class HeymiloIngestionDocumentArchive(models.Model):
    """ZIP archives: reading a member from its archive (members are never
    stored twice), unpacking an archive into queued members within the
    upload's caps, and merging CSV rows into the resumes they name once
    every member is extracted."""

    _inherit = "heymilo.ingestion.document"

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
