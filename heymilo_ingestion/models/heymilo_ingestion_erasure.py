import logging

from odoo import api, fields, models
from odoo.tools import SQL

from ..export import EXPORT_DESCRIPTION
from ..profile_fields import ENGINE_FIELDS

_logger = logging.getLogger(__name__)

PERSONAL_FIELDS = (
    *ENGINE_FIELDS,
    "other_links",
    "other_emails",
    "other_phones",
    "extra_data",
    "extracted_text",
)


class HeymiloIngestionErasure(models.AbstractModel):
    """Removing a person's ingestion data: profiles, the stored files that
    hold them, webhook payloads and exports. Shared by the erasure requests
    (candidate deleted or anonymised, privacy lookup, the profile's action)
    and by the retention job. Works as superuser: callers check the rights.

    A stored file is never rewritten. A resume that held only the erased
    person goes with its document. A CSV that also holds other people loses
    its stored file (rewriting a CSV in place could shift or corrupt the other
    rows); the other rows' profiles, already extracted, stay. A ZIP is never
    rewritten either: its members that still hold other people's profiles are
    first stored as files of their own, then the archive's file is removed."""

    _name = "heymilo.ingestion.erasure"
    _description = "Ingestion Personal Data Erasure"

    @api.model
    def _profiles_of_person(self, emails, phones, companies):
        """Profiles whose e-mail (case-insensitive) or phone is one of these,
        in ``companies`` (or in postings without a company); every company when
        ``companies`` is empty."""
        emails = sorted({e.strip().lower() for e in emails if e and e.strip()})
        phones = sorted({p.strip() for p in phones if p and p.strip()})
        if not emails and not phones:
            return self.env["heymilo.ingestion.profile"]
        company_filter = (
            SQL("(company_id = ANY(%s) OR company_id IS NULL)", companies.ids) if companies else SQL("TRUE")
        )
        self.env.flush_all()
        rows = self.env.execute_query(
            SQL(
                "SELECT id FROM heymilo_ingestion_profile WHERE (lower(email) = ANY(%s) OR phone = ANY(%s)) AND %s",
                emails,
                phones,
                company_filter,
            )
        )
        return self.env["heymilo.ingestion.profile"].sudo().browse(row[0] for row in rows)

    @api.model
    def _profiles_of_candidates(self, candidates):
        """The ingestion profiles of these candidates' people: linked to them,
        or with their e-mail or phone in their company."""
        if not candidates:
            return self.env["heymilo.ingestion.profile"]
        profiles = self.env["heymilo.ingestion.profile"].sudo().search([("candidate_id", "in", candidates.ids)])
        for candidate in candidates:
            profiles |= self._profiles_of_person(
                [candidate.email_normalized, candidate.email_from],
                [candidate.partner_phone, candidate.partner_phone_sanitized],
                candidate.company_id,
            )
        return profiles

    @api.model
    def _erase_around(self, candidates, reason, change):
        """Call ``change`` (it deletes or anonymises ``candidates``' records)
        and erase the ingestion data of their people, found before it."""
        profiles = self._profiles_of_candidates(candidates)
        result = change()
        self._erase_profiles(profiles, reason)
        return result

    @api.model
    def _erase_profiles(self, profiles, reason):
        """Erase these profiles and every stored copy of their data."""
        profiles = profiles.sudo().exists()
        if not profiles:
            return
        Document = self.env["heymilo.ingestion.document"].sudo()
        documents = profiles.document_id
        copies = Document.search([("duplicate_of_id", "in", documents.ids)])  # the same file uploaded again
        _logger.info(
            "Erasing ingestion data (%s): profiles %s, documents %s", reason, profiles.ids, (documents | copies).ids
        )
        self._remove_exports(profiles)
        profiles.unlink()  # their webhook deliveries and attempts go with them
        emptied = (documents | copies).filtered(lambda d: not d.profile_ids and d.file_type != "zip")
        archives = (documents | copies).parent_id
        self._remove_documents(emptied | archives.filtered(lambda a: not (a.child_ids - emptied)))
        self._drop_files((documents | copies).exists())
        self._drop_archive_files(archives.exists(), keep_members=archives.exists().child_ids)

    @api.model
    def _purge_profiles(self, profiles):
        """Keep only the link to the applicant: contact data and text dropped
        (completeness, a measure and not personal data, is kept)."""
        profiles = profiles.sudo()
        Profile = self.env["heymilo.ingestion.profile"]
        with self.env.protecting([Profile._fields["completeness"]], profiles):
            profiles.write(
                dict({key: False for key in PERSONAL_FIELDS}, personal_data_removed_at=fields.Datetime.now())
            )
        profiles.delivery_ids.filtered(lambda d: d.state != "pending")._drop_payloads()

    @api.model
    def _remove_documents(self, documents):
        """Delete documents with their archive members and all their files
        (attachments of cascaded members included)."""
        documents = (documents | documents.child_ids).sudo().exists()
        if documents:
            _logger.info("Removing ingestion documents %s", documents.ids)
            documents.unlink()

    @api.model
    def _drop_files(self, documents):
        """Remove the stored files of these documents, keeping the records;
        their names (often the person's) become neutral."""
        documents = documents.sudo().filtered(lambda d: not d.file_removed_at)
        if not documents:
            return
        _logger.info("Removing the stored files of ingestion documents %s", documents.ids)
        self.env["ir.attachment"].sudo().search(
            [("res_model", "=", documents._name), ("res_id", "in", documents.ids)]
        ).unlink()
        now = fields.Datetime.now()
        for document in documents:
            document.write({"file_removed_at": now, "name": self.env._("Removed file #%s", document.id)})

    @api.model
    def _drop_archive_files(self, archives, keep_members):
        """Remove the stored files of these ZIPs; ``keep_members`` that still
        have profiles and no file of their own get one first."""
        archives = archives.sudo().filtered(lambda a: not a.file_removed_at)
        if not archives:
            return
        keep = keep_members.sudo().filtered(
            lambda m: m.parent_id in archives and m.profile_ids and not (m.file_removed_at or m.attachment_id)
        )
        datas = keep._read_files(keep._limits())
        readable = keep.filtered(lambda m: datas[m] is not None)
        readable._attach([datas[m] for m in readable])
        self._drop_files(archives)

    @api.model
    def _remove_exports(self, profiles):
        """Exports (kept a day for download) that name these people."""
        only_theirs = profiles.document_id.filtered(lambda d: not d.profile_ids - profiles)
        values = [v for p in profiles for v in (p.email, p.phone, p.name)] + only_theirs.mapped("name")
        needles = {value.encode() for value in values if value and len(value) > 3}
        exports = self.env["ir.attachment"].sudo().search([("description", "=", EXPORT_DESCRIPTION)])
        found = exports.filtered(lambda e: any(needle in (e.raw or b"") for needle in needles))
        if found:
            _logger.info("Removing exports %s", found.ids)
            found.unlink()
