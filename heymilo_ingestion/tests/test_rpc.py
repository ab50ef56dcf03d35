from odoo.tests import HttpCase, new_test_user, tagged

from .common import CSV_DATA
from .receiver import Receiver


@tagged("post_install", "-at_install")
class TestRpcReturnValues(HttpCase):
    """Every public method answers over XML-RPC: one that returned None did
    its work and then failed the call ("cannot marshal None"), so that an
    integrator retried and did it twice."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(cls.env, "hm_rpc_manager", groups="hr_recruitment.group_hr_recruitment_manager")
        cls.job = cls.env["hr.job"].create({"name": "RPC posting"})

    def call(self, model, method, *args):
        return self.xmlrpc_object.execute_kw(
            self.env.cr.dbname, self.manager.id, self.manager.login, model, method, list(args)
        )

    def test_public_methods_return_a_value(self):
        receiver = Receiver()
        self.addCleanup(receiver.close)
        self.job.heymilo_webhook_url = receiver.url
        Document = self.env["heymilo.ingestion.document"]
        upload = Document._create_from_upload(self.job, [("list.csv", CSV_DATA), ("bad.pdf", b"%PDF-1.4 broken")])
        Document._cron_extract_documents()
        csv, bad = upload
        self.assertEqual(bad.state, "failed")
        # Retry is for failures a second run can cure (a damaged file is not one).
        bad._set_failed("Processing was interrupted (the worker stopped).")
        self.assertTrue(self.call("heymilo.ingestion.document", "action_retry", bad.ids))
        self.assertEqual(bad.state, "queued")

        profiles = csv.profile_ids
        answer = self.call("heymilo.ingestion.profile", "action_ingest", profiles.ids)
        self.assertEqual(answer["params"]["message"], "2 queued", "the page's summary of where they stand")
        self.env["heymilo.ingestion.profile"]._cron_ingest_profiles()
        self.assertEqual(set(profiles.mapped("state")), {"ingested"})
        delivery = profiles[0].delivery_ids
        self.assertIs(self.call("heymilo.webhook.delivery", "action_resend", delivery.ids), True)
        self.assertIs(self.call("heymilo.ingestion.profile", "action_resend_webhook", profiles[0].ids), True)
        for model, method, ids in (
            ("heymilo.ingestion.profile", "action_export_csv", profiles.ids),
            ("heymilo.ingestion.document", "action_export_status_report", upload.ids),
        ):
            self.assertEqual(self.call(model, method, ids)["type"], "ir.actions.act_url")

        generated = self.call("heymilo.api.key", "generate", self.job.id)
        self.assertTrue(generated["key"].startswith("hmk_"))
        self.assertIs(self.call("heymilo.api.key", "action_revoke", [generated["id"]]), True)
        self.assertIs(self.call("hr.job", "action_heymilo_new_webhook_secret", self.job.ids), True)
