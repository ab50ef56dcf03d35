"""Set-based ingestion of one claimed batch of profiles.

Every step works on the whole batch: one lookup of existing candidates,
partners and applicants, one ``create`` each of partners, candidates,
applicants, resume attachments and chatter notes, one mail batch per
invitation template. Per profile, only its own state write remains, so the
number of queries does not grow with anything but the batch size."""

from collections import defaultdict

from markupsafe import Markup
from odoo.tools import SQL, email_normalize

from ..extraction.result import RESUME_TYPES
from .batch_memo import memoized, once_per_batch
from .ir_qweb import compiled_once

# Records made by ingestion are logged by its note (with the resume) instead
# of one "created" message or notification each; nobody is subscribed on the
# fly. ``tracking_disable`` also skips mail.thread's per-record auto-subscribe:
# what it would do is done once per batch where it applies (the candidates'
# manager, the posting's followers on its applicants).
QUIET = {"tracking_disable": True}


class IngestionBatch:
    """Ingest ``profiles`` (claimed, queued) in one go; raises on any
    failure, leaving the caller to isolate the profile at fault."""

    def __init__(self, profiles):
        self.env = profiles.env
        self.profiles = profiles

    def run(self):
        with once_per_batch():
            self._run()
            # What the batch's records compute when flushed (phone numbers...) uses the memo too.
            self.env.flush_all()

    def _run(self):
        done = self.profiles.filtered("applicant_id")  # a retry after a crash: already made
        for profile in done:
            profile._set_ingested(profile.candidate_id, profile.applicant_id)
        todo = self.profiles - done
        ingested = done
        if todo:
            ingested |= self._ingest(todo)
        # In the same flush as their state: one UPDATE of the batch's profiles.
        ingested._queue_webhooks()

    def _ingest(self, todo):
        """Ingest ``todo``; returns the profiles that got a new applicant."""
        candidates = self._candidates(todo)
        applicants, duplicates = self._applicants(todo, candidates)
        for profile, (candidate, applicant) in duplicates.items():
            profile._set_duplicate(candidate, applicant)
        self._attach_resumes(applicants)
        self._send_invitations(applicants)
        for profile, applicant in applicants.items():
            profile._set_ingested(candidates[profile], applicant)
        return self.profiles.concat(*applicants)

    # -- candidates --------------------------------------------------------------

    def _candidates(self, profiles):
        """``{profile: hr.candidate}``: the company's existing candidate with
        the profile's e-mail or phone (its empty fields filled), else a new
        one shared by every profile of the batch with that e-mail or phone."""
        matcher = _CandidateMatcher(profiles)
        found, groups, group_of_key = {}, [], {}
        for profile in profiles:
            company = profile.job_id.company_id or self.env.company
            existing = matcher.find(profile, company)
            if existing:
                found[profile] = existing
                continue
            keys = _keys(profile, company)
            group = next((group_of_key[key] for key in keys if key in group_of_key), None)
            if group is None:
                group = len(groups)
                groups.append((company, []))
            groups[group][1].append(profile)
            for key in keys:
                group_of_key.setdefault(key, group)
        self._fill_gaps(found)
        created = self._create_candidates(groups)
        for candidate, (_company, members) in zip(created, groups):
            found.update(dict.fromkeys(members, candidate))
        return found

    def _fill_gaps(self, found):
        by_candidate = defaultdict(dict)
        for profile, candidate in found.items():
            for key, value in profile._candidate_gaps(candidate).items():
                by_candidate[candidate].setdefault(key, value)
        for candidate, gaps in by_candidate.items():
            candidate.write(gaps)

    def _create_candidates(self, groups):
        """One candidate per group (its first profile's values, gaps filled by
        the others), with its contact: an existing partner with that e-mail,
        else one created here. E-mail and phone then come from the partner."""
        vals_list = []
        for company, members in groups:
            vals = members[0]._candidate_vals()
            for other in members[1:]:
                vals.update({key: value for key, value in other._candidate_vals().items() if value and not vals[key]})
            vals_list.append(dict(vals, company_id=company.id))
        partners = self._partners([vals for vals in vals_list if vals["email_from"]])
        for vals in vals_list:
            partner = partners.get(_normalized(vals["email_from"]))
            if not partner:
                continue
            vals["partner_id"] = partner.id
            del vals["email_from"]  # computed from the partner, without the per-record inverse
            if (partner.phone or False) == vals["partner_phone"]:
                del vals["partner_phone"]
        created = self.env["hr.candidate"].with_context(**QUIET).create(vals_list)
        for manager in created.user_id:  # by default the ingesting user, unless it is the superuser
            created.filtered(lambda c, m=manager: c.user_id == m)._message_auto_subscribe({"user_id": manager.id})
        return created

    def _partners(self, vals_list):
        """``{normalised e-mail: res.partner}`` for these candidate values:
        found by e-mail in one search, the others created in one go."""
        Partner = self.env["res.partner"].with_context(default_lang=self.env.lang, **QUIET)
        wanted = {}
        for vals in vals_list:
            email = _normalized(vals["email_from"])
            if email:
                wanted.setdefault(email, vals)
        partners = {}
        for partner in Partner.search([("email_normalized", "in", list(wanted))], order="id"):
            partners.setdefault(partner.email_normalized, partner)
        missing = [email for email in wanted if email not in partners]
        created = Partner.create(
            [
                {
                    "name": wanted[email]["partner_name"],
                    "email": email,
                    "phone": wanted[email]["partner_phone"],
                }
                for email in missing
            ]
        )
        partners.update(zip(missing, created))
        return partners

    # -- applicants -----------------------------------------------------------------

    def _applicants(self, profiles, candidates):
        """Create one applicant per (candidate, posting) not yet applied;
        returns ``({profile: new applicant}, {profile: (candidate, existing applicant)})``."""
        Applicant = self.env["hr.applicant"].with_context(active_test=False)
        taken = {
            (applicant.candidate_id, applicant.job_id): applicant
            for applicant in Applicant.search(
                [
                    ("candidate_id", "in", [c.id for c in candidates.values()]),
                    ("job_id", "in", profiles.job_id.ids),
                ],
                order="id desc",
            )
        }
        source = self.env.ref("heymilo_ingestion.utm_source_heymilo_ingestion")
        stages = self._first_stages(profiles.job_id)
        makers, later = {}, {}
        for profile in profiles:
            key = (candidates[profile], profile.job_id)
            if key in taken or key in makers:
                later[profile] = key
            else:
                makers[key] = profile
        shared = {
            job: {
                "job_id": job.id,
                "company_id": (job.company_id or self.env.company).id,
                "stage_id": stages.get(job.id, False),
                "source_id": source.id,
            }
            for job in profiles.job_id
        }
        # Without mail.thread's per-record work, done below once per posting.
        created = Applicant.with_context(**QUIET).create(
            [
                dict(
                    shared[job],
                    candidate_id=candidate.id,
                    heymilo_profile_id=profile.id,
                    applicant_notes=profile._applicant_notes(),
                )
                for (candidate, job), profile in makers.items()
            ]
        )
        for job, values in shared.items():
            # The posting's followers follow its new applicants, as on a single create.
            created.filtered(lambda a, job=job: a.job_id == job)._message_auto_subscribe(values)
        taken.update(zip(makers, created))
        duplicates = {profile: (key[0], taken[key]) for profile, key in later.items()}
        return dict(zip(makers.values(), created)), duplicates

    def _first_stages(self, jobs):
        """``{job id: first stage id}``: what each applicant's stage would be
        computed as, found once per posting rather than once per applicant."""
        Stage = self.env["hr.recruitment.stage"]
        return {
            job.id: Stage.search(
                ["|", ("job_ids", "=", False), ("job_ids", "=", job.id), ("fold", "=", False)],
                order="sequence asc",
                limit=1,
            ).id
            for job in jobs
        }

    # -- resumes, chatter, mail -----------------------------------------------------

    def _attach_resumes(self, applicants):
        """Each applicant gets its resume as an attachment and a chatter note
        that links the source document and shows the resume. The resume is
        linked to the document's stored file (no read, no copy: the filestore
        keeps one file per content); an archive member is first stored from
        its archive, as a download would."""
        resumes = self.env["heymilo.ingestion.profile"].concat(*applicants).document_id
        resumes = resumes.filtered(lambda d: d.file_type in RESUME_TYPES)
        unstored = resumes.filtered(lambda d: not d.attachment_id)
        if unstored:
            datas = unstored._read_files(unstored._limits())
            readable = unstored.filtered(lambda d: datas[d])
            readable.sudo()._attach([datas[d] for d in readable])
        pairs = [
            (profile, applicant)
            for profile, applicant in applicants.items()
            if profile.document_id in resumes and profile.document_id.attachment_id
        ]
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                [
                    {
                        "name": profile.document_id.name.rsplit("/", 1)[-1],
                        "res_model": "hr.applicant",
                        "res_id": applicant.id,
                        "index_content": profile.extracted_text or False,
                    }
                    for profile, applicant in pairs
                ]
            )
        )
        self._link_stored_files(attachments, [profile.document_id.attachment_id for profile, _a in pairs])
        label = self.env._("Ingested by HeyMilo Ingestion from")
        notes = self.env["mail.message"]
        for author, group in _by_author(applicants).items():
            # Authored by the recruiter who asked for ingestion, not OdooBot.
            notes |= (
                self.env["hr.applicant"]
                .concat(*group.values())
                ._message_log_batch(
                    {
                        applicant.id: Markup(
                            '%s <a href="#" data-oe-model="heymilo.ingestion.document" data-oe-id="%d">%s</a>'
                        )
                        % (label, profile.document_id.id, profile.document_id.name)
                        for profile, applicant in group.items()
                    },
                    author_id=author.partner_id.id,
                )
            )
        self._link_note_attachments(notes, attachments)

    def _link_note_attachments(self, notes, attachments):
        """Show each applicant's resume in its note, in one statement
        (``_message_log_batch`` takes attachments for a single record only)."""
        by_applicant = {attachment.res_id: attachment.id for attachment in attachments}
        pairs = [(note.id, by_applicant[note.res_id]) for note in notes if note.res_id in by_applicant]
        if not pairs:
            return
        self.env.cr.execute(
            SQL(
                "INSERT INTO message_attachment_rel (message_id, attachment_id) VALUES %s",
                SQL(", ").join(SQL("(%s, %s)", *pair) for pair in pairs),
            )
        )
        notes.invalidate_recordset(["attachment_ids"])

    def _link_stored_files(self, attachments, sources):
        """Point each of ``attachments`` at the stored content of its
        ``sources`` attachment in one statement (``ir.attachment`` would read
        and hash every file again)."""
        pairs = [(target.id, source.id) for target, source in zip(attachments, sources)]
        if not pairs:
            return
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """UPDATE ir_attachment target
                      SET store_fname = source.store_fname, db_datas = source.db_datas,
                          checksum = source.checksum, file_size = source.file_size, mimetype = source.mimetype
                     FROM ir_attachment source, (VALUES %s) AS pair(target_id, source_id)
                    WHERE target.id = pair.target_id AND source.id = pair.source_id""",
                SQL(", ").join(SQL("(%s, %s)", target, source) for target, source in pairs),
            )
        )
        attachments.invalidate_recordset(["store_fname", "db_datas", "checksum", "file_size", "mimetype"])

    def _send_invitations(self, applicants):
        """Queue each posting's invitation, one mail batch per template and
        recruiter, unless the upload opted out of e-mail. Rendered and sent as
        the recruiter (``user`` in the template), not OdooBot."""
        by_template = defaultdict(list)
        for author, group in _by_author(applicants).items():
            for profile, applicant in group.items():
                template = profile.job_id.heymilo_invitation_template_id
                if template and (profile.document_id.parent_id or profile.document_id).send_invitation:
                    by_template[template, author].append(applicant.id)
        for (template, author), applicant_ids in by_template.items():
            with compiled_once(template.with_user(author).sudo().env) as env:
                template.with_env(env).send_mail_batch(applicant_ids, email_values={"author_id": author.partner_id.id})


def _by_author(applicants):
    """``{res.users: {profile: applicant}}``: who ingests each profile (the
    user who queued it, else the uploader)."""
    groups = defaultdict(dict)
    for profile, applicant in applicants.items():
        groups[profile.ingest_user_id or profile.document_id.user_id][profile] = applicant
    return groups


def _normalized(email):
    """``email_normalize``, once per address and batch (the batch asks for
    each profile's several times)."""
    return memoized(("email_normalize", email), lambda: email_normalize(email)) if email else False


def _keys(profile, company):
    """What makes two profiles of a company the same person."""
    email = _normalized(profile.email)
    return [key for key in ((company.id, "email", email), (company.id, "phone", profile.phone or False)) if key[2]]


class _CandidateMatcher:
    """Existing candidates of the batch's companies, by normalised e-mail and
    by sanitised phone: one query for the whole batch."""

    def __init__(self, profiles):
        Candidate = profiles.env["hr.candidate"].with_context(active_test=False)
        companies = profiles.job_id.company_id | profiles.env.company
        emails = {_normalized(p.email) for p in profiles} - {False}
        phones = {p.phone for p in profiles if p.phone}
        self.by_email, self.by_phone = {}, {}
        found = Candidate.search(
            [
                ("company_id", "in", companies.ids),
                "|",
                ("email_normalized", "in", list(emails)),
                ("partner_phone_sanitized", "in", list(phones)),
            ],
            order="id",
        )
        for candidate in found:
            if candidate.email_normalized:
                self.by_email.setdefault((candidate.company_id.id, candidate.email_normalized), candidate)
            if candidate.partner_phone_sanitized:
                self.by_phone.setdefault((candidate.company_id.id, candidate.partner_phone_sanitized), candidate)

    def find(self, profile, company):
        email = _normalized(profile.email)
        return self.by_email.get((company.id, email)) or self.by_phone.get((company.id, profile.phone or False))
