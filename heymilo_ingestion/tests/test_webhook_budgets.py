from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import IngestionCase
from .receiver import Receiver


def candidates_csv(count, tag):
    rows = "".join("Person %s%d;p%s%d@example.org;\n" % (tag, i, tag, i) for i in range(count))
    return ("Full Name;E-mail;Mobile\n" + rows).encode()


@tagged("post_install", "-at_install")
class TestWebhookBudgets(IngestionCase):
    """Real receivers on 127.0.0.1: a slow one trickles a byte every 0.5 s."""

    def setUp(self):
        super().setUp()
        self.Delivery = self.env["heymilo.webhook.delivery"]
        self.send_cron = self.env.ref("heymilo_ingestion.ir_cron_send_webhooks")
        self.params = self.env["ir.config_parameter"].sudo()
        self.params.set_param("heymilo_ingestion.webhook_timeout", "1.5")
        self.params.set_param("heymilo_ingestion.cron_run_seconds", "30")

    def posting(self, name, *statuses):
        receiver = Receiver(statuses)
        self.addCleanup(receiver.close)
        job = self.env["hr.job"].create({"name": name, "heymilo_webhook_url": receiver.url})
        return job, receiver

    def deliveries(self, job, count, tag):
        document = self.upload([("%s.csv" % tag, candidates_csv(count, tag))], auto_ingest=True, job=job)
        self.run_queue()
        self.Profile._cron_ingest_profiles()
        deliveries = document.profile_ids.delivery_ids.sorted("id")
        self.assertEqual(len(deliveries), count)
        deliveries.next_attempt_at = fields.Datetime.now() - timedelta(seconds=1)
        return deliveries

    def triggers(self, since):
        return self.env["ir.cron.trigger"].search([("cron_id", "=", self.send_cron.id), ("id", ">", since)])

    def last_trigger(self):
        return self.env["ir.cron.trigger"].search([], order="id desc", limit=1).id or 0

    def test_one_slow_receiver_does_not_hold_up_the_others(self):
        slow_job, _slow = self.posting("Slow agent", *[(200, {}, "trickle")] * 3)
        fast_job, fast = self.posting("Fast agent")
        slow = self.deliveries(slow_job, 3, "s")
        quick = self.deliveries(fast_job, 1, "f")
        before = self.last_trigger()
        self.Delivery._cron_send_webhooks()
        self.assertEqual(quick.state, "sent", "the fast receiver got its event in the same run")
        self.assertEqual(len(fast.requests), 1)
        first = slow[0].attempt_ids
        self.assertEqual(len(first), 1)
        self.assertFalse(first.status_code)
        self.assertIn("Timeout", first.response_excerpt)
        self.assertLess(first.duration_ms, 3000, "cut at the 1.5 s deadline, not when the trickle ends")
        self.assertFalse(slow[1:].attempt_ids, "the slow posting's other deliveries wait for the next run")
        self.assertEqual(set(slow[1:].mapped("state")), {"pending"})
        calls = self.triggers(before).mapped("call_at")
        self.assertIn(slow[0].next_attempt_at, calls, "the retry runs when it is due, not at the next tick")
        self.assertTrue(
            any(call <= fields.Datetime.now() for call in calls), "a new run is asked for the deliveries left"
        )

    def test_a_run_stops_at_its_budget_and_triggers_the_rest(self):
        first_job, _first = self.posting("Slow one", (200, {}, "trickle"))
        second_job, second = self.posting("Slow two", (200, {}, "trickle"))
        first = self.deliveries(first_job, 1, "a")
        other = self.deliveries(second_job, 1, "b")
        self.params.set_param("heymilo_ingestion.cron_run_seconds", "2")
        before = self.last_trigger()
        self.assertEqual(self.Delivery._cron_send_webhooks(), 1, "a second 1.5 s attempt does not fit in 2 s")
        self.assertTrue(first.attempt_ids)
        self.assertFalse(other.attempt_ids)
        self.assertFalse(second.requests)
        self.assertTrue(self.triggers(before).filtered(lambda t: t.call_at <= fields.Datetime.now()))

    def test_a_run_stops_at_its_count(self):
        job, receiver = self.posting("Busy agent")
        deliveries = self.deliveries(job, 3, "c")
        before = self.last_trigger()
        self.assertEqual(self.Delivery._cron_send_webhooks(max_deliveries=2), 2)
        self.assertEqual(deliveries.mapped("state"), ["sent", "sent", "pending"])
        self.assertEqual(len(receiver.requests), 2)
        self.assertTrue(self.triggers(before))

    def test_officers_see_neither_the_url_nor_other_companies_attempts(self):
        job, _receiver = self.posting("Agent", (500, {}))
        delivery = self.deliveries(job, 1, "u")
        self.Delivery._cron_send_webhooks()
        self.assertTrue(delivery.url and delivery.attempt_ids)
        officer = new_test_user(self.env, "hm_wh_officer", groups="hr_recruitment.group_hr_recruitment_user")
        with self.assertRaises(AccessError):
            delivery.with_user(officer).read(["url"])
        self.assertEqual(delivery.with_user(officer).read(["state"])[0]["state"], "pending")
        company_b = self.env["res.company"].create({"name": "Webhook B"})
        officer_b = new_test_user(
            self.env,
            "hm_wh_officer_b",
            groups="hr_recruitment.group_hr_recruitment_user",
            company_id=company_b.id,
            company_ids=[(6, 0, company_b.ids)],
        )
        Attempt = self.env["heymilo.webhook.attempt"]
        self.assertEqual(
            Attempt.with_user(officer).search([("id", "in", delivery.attempt_ids.ids)]), delivery.attempt_ids
        )
        self.assertFalse(Attempt.with_user(officer_b).search([]))
        with self.assertRaises(AccessError):
            delivery.attempt_ids.with_user(officer_b).read(["response_excerpt"])
