import json
import threading
import time

from odoo import SUPERUSER_ID, api
from odoo.tests import tagged

from .common import IngestionCase, TourCase

SIGNAL = "heymilo_ingestion.test_cron_signal"
CSV = b"Full Name,E-mail\nAna Live,ana.live@example.com\nBo Live,bo.live@example.com\nCy Live,cy.live@example.com\n"


@tagged("post_install", "-at_install")
class TestIngestionProgress(IngestionCase):
    """What the page learns when the ingestion cron is done with queued profiles."""

    def test_cron_tells_who_asked_and_sums_up(self):
        document = self.upload([("live.csv", CSV)])
        self.run_queue()
        recruiter = self.env["res.users"].create(
            {
                "name": "Rita Recruiter",
                "login": "rita.live",
                "groups_id": [(6, 0, [self.env.ref("hr_recruitment.group_hr_recruitment_user").id])],
            }
        )
        ana, bo, cy = document.profile_ids.sorted("source_row")
        self.env["hr.applicant"].create(
            {
                "candidate_id": self.env["hr.candidate"].create({"partner_name": "Cy", "email_from": cy.email}).id,
                "job_id": self.job.id,
            }
        )
        (ana | bo | cy).with_user(recruiter).action_ingest()
        self.env["bus.bus"].search([]).unlink()
        self.Profile._cron_ingest_profiles()
        self.env.cr.precommit.run()  # what the cron's commit does: the bus rows are written
        messages = [
            (json.loads(bus.channel), json.loads(bus.message))
            for bus in self.env["bus.bus"].search([])
            if json.loads(bus.message)["type"] == "heymilo_ingestion/ingested"
        ]
        self.assertEqual(len(messages), 1, "one message, to the recruiter who asked")
        channel, message = messages[0]
        self.assertEqual(channel[1:], ["res.partner", recruiter.partner_id.id])
        self.assertEqual(sorted(message["payload"]["profile_ids"]), sorted((ana | bo | cy).ids))
        self.assertEqual((ana | bo | cy).get_ingest_summary(), "3 queued → 2 ingested, 1 duplicate")


class LiveIngestionTourCase(TourCase):
    """Ingest from a profile's form and from the list while the ingestion
    cron runs on its own, in another thread, as Odoo's cron worker does:
    the form and the list go from Queued to the outcome and sum up without
    a page reload. The tour tells the worker when it has seen the profiles
    queued (a system parameter); the worker then runs the cron."""

    def cron_worker(self, stop):
        """Run the ingestion cron each time the tour raises the signal."""
        threading.current_thread().testing = True  # no commit, no mail sent, as in the tests' thread
        seen = ""
        while not stop.is_set():
            with self.registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {})
                signal = env["ir.config_parameter"].get_param(SIGNAL, "")
                if signal and signal != seen:
                    seen = signal
                    env["heymilo.ingestion.profile"]._cron_ingest_profiles()
            time.sleep(0.3)

    def run_live_tour(self):
        job = self.env["hr.job"].create({"name": "Live Engineer"})
        Document = self.env["heymilo.ingestion.document"]
        document = Document._create_from_upload(job, [("live.csv", CSV)])
        Document._cron_extract_documents()
        ana, _bo, cy = document.profile_ids.sorted("source_row")
        candidate = self.env["hr.candidate"].create({"partner_name": "Cy", "email_from": cy.email})
        self.env["hr.applicant"].create({"candidate_id": candidate.id, "job_id": job.id})
        stop = threading.Event()
        worker = threading.Thread(target=self.cron_worker, args=(stop,), name="heymilo-test-cron")
        worker.start()
        try:
            url = "/odoo/action-heymilo_ingestion.heymilo_ingestion_profile_action/%d" % ana.id
            self.start_tour(url, "heymilo_ingestion_live_tour", login="admin")
        finally:
            stop.set()
            worker.join()
        document.profile_ids.invalidate_recordset()
        self.assertEqual(
            sorted(document.profile_ids.mapped("state")), ["duplicate", "ingested", "ingested"], "done by the worker"
        )


@tagged("post_install", "-at_install")
class TestLiveIngestionTour(LiveIngestionTourCase):
    browser_size = "1440x900"

    def test_form_and_list_follow_the_cron(self):
        self.run_live_tour()


@tagged("post_install", "-at_install")
class TestLiveIngestionMobileTour(LiveIngestionTourCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_form_and_list_follow_the_cron_on_a_phone(self):
        self.run_live_tour()
