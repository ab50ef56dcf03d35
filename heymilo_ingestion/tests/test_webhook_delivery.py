from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .. import webhooks
from .common import IngestionCase, make_resume
from .receiver import Receiver


@tagged("post_install", "-at_install")
class TestWebhookDelivery(IngestionCase):
    def setUp(self):
        super().setUp()
        self.receiver = Receiver()
        self.addCleanup(self.receiver.close)
        self.job.heymilo_webhook_url = self.receiver.url
        self.Delivery = self.env["heymilo.webhook.delivery"]

    def ingested_profile(self):
        documents = self.upload([("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com"))], auto_ingest=True)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        return documents.profile_ids

    def send_due(self):
        """Run the webhook cron as if every scheduled retry were due now."""
        self.Delivery.search([("state", "=", "pending")]).next_attempt_at = fields.Datetime.now() - timedelta(seconds=1)
        return self.Delivery._cron_send_webhooks()

    def test_signed_event_delivered(self):
        profile = self.ingested_profile()
        self.assertEqual(profile.webhook_state, "pending")
        self.send_due()
        self.assertEqual(profile.webhook_state, "sent")
        ((headers, body),) = self.receiver.requests
        self.assertTrue(webhooks.verify(self.job.heymilo_webhook_secret, headers, body))
        event = __import__("json").loads(body)
        self.assertEqual(event["type"], "candidate.ingested")
        self.assertEqual(event["data"]["applicant_id"], profile.applicant_id.id)
        self.assertEqual(event["data"]["candidate_id"], profile.candidate_id.id)
        self.assertEqual(event["data"]["profile"]["email"], "maria@example.com")
        delivery = profile.delivery_ids
        self.assertEqual(delivery.attempt_ids.mapped("status_code"), [200])
        self.assertEqual(headers["webhook-id"], delivery.message_id)

    def test_delivery_belongs_to_the_postings_company(self):
        other = self.env["res.company"].create({"name": "Other Co"})
        self.job.company_id = other
        profile = self.ingested_profile()
        self.assertEqual(profile.company_id, other)
        self.assertRecordValues(profile.delivery_ids, [{"job_id": self.job.id, "company_id": other.id}])
        self.job.company_id = self.env.company
        self.assertEqual(profile.delivery_ids.company_id, self.env.company, "follows the posting as before")

    def test_retried_after_500_with_same_id_and_stops_at_2xx(self):
        self.receiver.statuses = [(500, {}), (503, {"Retry-After": "3600"}), (200, {})]
        profile = self.ingested_profile()
        before = fields.Datetime.now()  # now() drops microseconds: a second of slack after
        self.send_due()
        after = fields.Datetime.now() + timedelta(seconds=1)
        delivery = profile.delivery_ids
        self.assertEqual((delivery.state, delivery.attempt_count, delivery.last_status_code), ("pending", 1, 500))
        self.assertTrue(
            before + timedelta(seconds=5) <= delivery.next_attempt_at <= after + timedelta(seconds=5),
            "the first retry comes 5 s after the attempt, however slow the machine",
        )
        self.send_due()
        self.assertGreater(delivery.next_attempt_at, fields.Datetime.now() + timedelta(minutes=59), "Retry-After")
        self.send_due()
        self.assertEqual((delivery.state, profile.webhook_state), ("sent", "sent"))
        self.assertEqual(self.send_due(), 0, "nothing more is sent after a 2xx")
        self.assertEqual(len(self.receiver.requests), 3)
        self.assertEqual({h["webhook-id"] for h, _b in self.receiver.requests}, {delivery.message_id})
        self.assertEqual(delivery.attempt_ids.mapped("status_code"), [500, 503, 200])

    def test_gives_up_after_last_attempt(self):
        self.receiver.statuses = [(500, {})] * webhooks.MAX_ATTEMPTS
        profile = self.ingested_profile()
        for _attempt in range(webhooks.MAX_ATTEMPTS):
            self.send_due()
        self.assertEqual((profile.delivery_ids.state, profile.webhook_state), ("failed", "failed"))
        self.assertIn("Gave up after 7 attempts", profile.delivery_ids.error_message)

    def test_410_disables_deliveries_for_the_posting(self):
        self.receiver.statuses = [(410, {})]
        profile = self.ingested_profile()
        self.send_due()
        self.assertEqual(profile.webhook_state, "failed")
        self.assertTrue(self.job.heymilo_webhook_disabled)
        second = self.upload([("b.pdf", make_resume("Bob Stone", "bob@example.com"))], auto_ingest=True)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        self.assertEqual(second.profile_ids.webhook_state, "none", "no delivery while disabled")

    def test_resend_delivers_same_event_without_new_candidate(self):
        profile = self.ingested_profile()
        self.send_due()
        candidates = self.env["hr.candidate"].search_count([])
        officer = new_test_user(self.env, "hm_resender", groups="hr_recruitment.group_hr_recruitment_user")
        with self.assertRaises(AccessError, msg="an officer never edits what is signed and sent"):
            profile.delivery_ids.with_user(officer).write({"payload": '{"forged": true}'})
        profile.with_user(officer).action_resend_webhook()
        self.assertEqual(profile.webhook_state, "pending")
        self.send_due()
        self.assertEqual(profile.webhook_state, "sent")
        first, second = self.receiver.requests
        self.assertEqual(first[0]["webhook-id"], second[0]["webhook-id"])
        self.assertEqual(first[1], second[1])
        self.assertEqual(self.env["hr.candidate"].search_count([]), candidates)
        self.assertEqual(self.env["hr.applicant"].search_count([("heymilo_profile_id", "=", profile.id)]), 1)

    def test_unreachable_receiver_is_recorded(self):
        self.receiver.close()
        profile = self.ingested_profile()
        self.send_due()
        delivery = profile.delivery_ids
        self.assertEqual(delivery.state, "pending")
        self.assertFalse(delivery.attempt_ids.status_code)
        self.assertIn("ConnectionError", delivery.attempt_ids.response_excerpt)
