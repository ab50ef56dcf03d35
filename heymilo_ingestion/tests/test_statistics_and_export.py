import base64
import csv
import io
from datetime import timedelta

from odoo.tests import tagged

from .common import CSV_DATA, IngestionCase, make_resume, make_zip


@tagged("post_install", "-at_install")
class TestStatisticsAndExport(IngestionCase):
    def download(self, action):
        attachment_id = int(action["url"].split("/web/content/")[1].split("?")[0])
        data = base64.b64decode(self.env["ir.attachment"].browse(attachment_id).datas)
        self.assertTrue(data.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM")
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))

    def test_statistics_on_known_data(self):
        self.upload(
            [
                ("list.csv", CSV_DATA),  # 2 profiles: Ada (phone), Alan
                ("maria.pdf", make_resume("Maria Gonzalez", "maria@example.com")),  # 1 profile with phone
                ("scan.pdf", b"%PDF-1.4\n%broken"),  # failed: damaged
                ("bad.csv", b"foo,bar\n1,2\n"),  # failed: no header
                ("bad2.csv", b"x,y\n3,4\n"),  # failed: no header
            ]
        )
        self.run_queue()
        self.upload([("late.csv", CSV_DATA.replace(b"Ada", b"Eve"))])  # still queued: a processing job
        profiles = self.Profile.search([("job_id", "=", self.job.id)])
        self.assertEqual(len(profiles), 3)
        maria = profiles.filtered(lambda p: p.name == "Maria Gonzalez")
        maria.action_ingest()
        self.Profile._cron_ingest_profiles()
        upload_time = maria.document_id.create_date
        maria.ingested_at = upload_time + timedelta(hours=2)

        job = self.job
        job.invalidate_recordset()
        self.assertEqual(job.heymilo_profile_count, 3)
        self.assertEqual(job.heymilo_stat_ingested, 1)
        self.assertEqual(job.heymilo_stat_processing, 1)
        self.assertAlmostEqual(job.heymilo_stat_success_rate, 40.0)  # 2 of 5 finished documents
        completeness = profiles.mapped("completeness")
        self.assertAlmostEqual(job.heymilo_stat_avg_completeness, sum(completeness) / 3)
        self.assertAlmostEqual(job.heymilo_stat_email_rate, 100.0)
        self.assertAlmostEqual(job.heymilo_stat_phone_rate, 200.0 / 3)
        self.assertAlmostEqual(job.heymilo_stat_median_hours, 2.0, places=3)
        self.assertEqual(job.heymilo_stat_median_label, "2.0 h")
        maria.ingested_at = upload_time + timedelta(seconds=42)
        job.invalidate_recordset()
        self.assertEqual(job.heymilo_stat_median_label, "42 s", "seconds, not 0.0 h or 00:00")
        self.assertEqual(
            job.heymilo_stat_top_errors.splitlines(),
            [
                "CSV without a recognisable header: 2",
                "Damaged file: 1",
            ],
        )

    def test_statistics_cost_does_not_grow_with_postings(self):
        jobs = self.env["hr.job"].create([{"name": "Stat %d" % i} for i in range(3)])
        for job in jobs:
            self.upload([("l.csv", CSV_DATA)], job=job)
        self.run_queue()
        jobs[:1].mapped("heymilo_stat_success_rate")  # warm the registry caches (xmlids)
        self.env.invalidate_all()
        self.env.flush_all()
        before = self.cr.sql_log_count
        jobs[:1].mapped("heymilo_stat_success_rate")
        one = self.cr.sql_log_count - before
        self.env.invalidate_all()
        before = self.cr.sql_log_count
        jobs.mapped("heymilo_stat_success_rate")
        self.assertEqual(self.cr.sql_log_count - before, one, "grouped queries: same cost for 1 or 3 postings")

    def test_profile_export_neutralises_formulas(self):
        data = b'Name,Email,Phone\n"=HYPERLINK(""http://x"",""Eve"")",eve@example.com,+1 202 555 0101\n'
        profiles = self.upload([("f.csv", data)])
        self.run_queue()
        rows = self.download(profiles.profile_ids.action_export_csv())
        self.assertEqual(rows[0][:4], ["Name", "Email", "Phone", "LinkedIn"])
        self.assertEqual(rows[1][:3], ["Eve", "eve@example.com", "+12025550101"], "a phone number is data")
        self.assertEqual(rows[1][8:10], ["Data Engineer", "f.csv"])

    def test_exports_removed_after_a_day(self):
        documents = self.upload([("ok.csv", CSV_DATA)])
        self.run_queue()
        old, fresh = (
            self.env["ir.attachment"].browse(int(action["url"].split("/web/content/")[1].split("?")[0]))
            for action in (documents.profile_ids.action_export_csv(), documents.action_export_status_report())
        )
        self.env.flush_all()
        self.env.cr.execute(
            "UPDATE ir_attachment SET create_date = create_date - interval '25 hours' WHERE id = %s", [old.id]
        )
        self.assertTrue(getattr(type(self.Profile)._gc_exports, "_autovacuum", False), "run by the daily autovacuum")
        self.Profile._gc_exports()
        self.assertFalse(old.exists())
        self.assertTrue(fresh.exists())

    def test_status_report(self):
        documents = self.upload(
            [("ok.csv", CSV_DATA), ("bad.csv", b"foo,bar\n1,2\n"), ("batch.zip", make_zip([("list.csv", CSV_DATA)]))]
        )
        self.run_queue()
        ada = documents.profile_ids.filtered(lambda p: p.name == "Ada Lovelace")
        ada.action_ingest()
        self.Profile._cron_ingest_profiles()
        archive = documents.filtered(lambda d: d.file_type == "zip")
        archive.child_ids.profile_ids[:1].action_ingest()  # Ada again: already applied
        self.Profile._cron_ingest_profiles()
        rows = self.download((documents | archive.child_ids).action_export_status_report())
        self.assertEqual(rows[0][:7], ["Posting", "File", "Type", "Archive", "State", "Failure Reason", "Error"])
        self.assertEqual(rows[0][7:11], ["Profiles", "Ingested", "Duplicates", "Ingestion Failed"])
        by_file = {row[1]: row for row in rows[1:]}
        self.assertEqual(by_file["ok.csv"][4], "Success")
        self.assertEqual(by_file["bad.csv"][4:6], ["Failed", "CSV without a recognisable header"])
        self.assertEqual(by_file["ok.csv"][7:11], ["2", "1", "0", "0"])
        self.assertEqual(by_file["batch.zip"][7:11], ["2", "0", "1", "0"], "an archive sums its members")
        self.assertEqual(by_file["list.csv"][3], "batch.zip")

    def test_error_category_stored_for_grouping(self):
        documents = self.upload([("bad.csv", b"foo,bar\n1,2\n")])
        self.run_queue()
        groups = self.Document._read_group([("id", "in", documents.ids)], ["error_category"], ["__count"])
        self.assertEqual(groups, [("csv_header", 1)])
