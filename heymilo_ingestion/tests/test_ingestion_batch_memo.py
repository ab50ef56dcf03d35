from unittest.mock import patch

from markupsafe import Markup
from odoo import fields
from odoo.addons.base.models.ir_default import IrDefault
from odoo.addons.phone_validation.tools import phone_validation
from odoo.tests import tagged
from odoo.tools import html_sanitize, mail

from ..models.batch_memo import once_per_batch
from .common import IngestionCase


def csv_list(count, tag, phones=False):
    rows = "".join(
        "Person%s%d Q;p%s%d@example.com;%s\n" % (tag, i, tag, i, "+44 20 7946 %04d" % i if phones else "")
        for i in range(count)
    )
    return [("%s.csv" % tag, ("Name;Email;Phone\n" + rows).encode())]


@tagged("post_install", "-at_install")
class TestIngestionBatchMemo(IngestionCase):
    """What a batch looks up once (``batch_memo``) gives each record what
    Odoo gives it outside a batch, and is looked up again in the next batch."""

    def ingest(self, files):
        self.upload(files)
        self.run_queue()
        profiles = self.Profile.search([("job_id", "=", self.job.id), ("state", "=", "extracted")])
        profiles.action_ingest()
        self.Profile._cron_ingest_profiles()
        self.assertEqual(set(profiles.mapped("state")), {"ingested"})
        return profiles

    def test_bodies_sanitised_as_outside_a_batch_once_each(self):
        body = '<p>Dear <t t-out="object.partner_name"/><script>alert(1)</script><img src="x" onerror="alert(2)"/></p>'
        self.use_invitation(body_html=body)
        # (html_normalize: what html_sanitize parses with, once per sanitising)
        with patch.object(mail, "html_normalize", wraps=mail.html_normalize) as spy:
            profiles = self.ingest(csv_list(12, "a"))
        # Without the memo: each note twice, each invitation's message three times (5 per profile).
        self.assertLessEqual(spy.call_count, 12 + 3, "each distinct body sanitised once per batch")
        for profile in profiles:
            mail_mail = self.env["mail.mail"].search([("res_id", "=", profile.applicant_id.id)])
            message_body = mail_mail.mail_message_id.body
            self.assertIn("Dear %s" % profile.name, message_body)
            self.assertNotIn("<script", message_body)
            self.assertNotIn("onerror", message_body)
            self.assertEqual(message_body, html_sanitize(mail_mail.body_html, sanitize_style=True))
            note = profile.applicant_id.message_ids.filtered(lambda m: "Ingested by HeyMilo" in m.body)
            self.assertEqual(len(note), 1)

    def test_memo_ends_with_the_batch(self):
        text = '<p>x<a href="#" onclick="evil()">y</a></p>'
        with patch.object(mail, "html_normalize", wraps=mail.html_normalize) as spy:
            with once_per_batch():
                inside = [fields.html_sanitize(text), fields.html_sanitize(text), fields.html_sanitize(Markup(text))]
            self.assertEqual(spy.call_count, 2, "in a batch, once per text (and type)")
            fields.html_sanitize(text)
            fields.html_sanitize(text)
            self.assertEqual(spy.call_count, 4, "outside a batch every call sanitises")
        self.assertEqual(inside, [html_sanitize(text)] * 2 + [html_sanitize(Markup(text))])
        self.assertNotIn("onclick", inside[0])

    def test_phones_formatted_as_outside_a_batch_once_each(self):
        with patch.object(phone_validation, "phone_parse", wraps=phone_validation.phone_parse) as spy:
            profiles = self.ingest(csv_list(10, "p", phones=True))
        # Without the memo: each number parsed for the contact and again for the candidate.
        self.assertLessEqual(spy.call_count, 10 + 2, "each number formatted once per batch")
        for i, profile in enumerate(profiles.sorted("id")):
            candidate = profile.candidate_id
            expected = "+44207946%04d" % i
            self.assertEqual(candidate.partner_phone_sanitized, expected)
            self.assertEqual(candidate.partner_id.phone_sanitized, expected)

    def test_ir_defaults_applied_and_read_again_by_the_next_batch(self):
        IrDefaults = self.env["ir.default"]
        IrDefaults.set("hr.applicant", "priority", "2")
        lookups = IrDefault._get_model_defaults
        with patch.object(IrDefault, "_get_model_defaults", autospec=True, side_effect=lookups) as spy:
            first = self.ingest(csv_list(10, "b"))
        self.assertEqual(set(first.applicant_id.mapped("priority")), {"2"}, "a default set by an admin applies")
        per_model = [call.args[1] for call in spy.call_args_list]
        self.assertEqual(per_model.count("hr.applicant"), 1, "looked up once for the batch, not per applicant")
        IrDefaults.set("hr.applicant", "priority", "3")
        second = self.ingest(csv_list(10, "c"))
        self.assertEqual(set(second.applicant_id.mapped("priority")), {"3"}, "the next batch sees the new default")
