from lxml import etree
from odoo.tests import tagged
from odoo.tools.safe_eval import safe_eval

from .common import CSV_DATA, IngestionCase, TourCase, make_zip

NUMERIC = ("integer", "float", "monetary")
MEMBER_CSV = b"Full Name,E-mail\nZed Zip,zed@example.com\n"
SCAN = ("scan.png", b"\x89PNG\r\n\x1a\n")


def upload_mixed(env, job):
    """A ZIP (a CSV member, a broken scan) and a CSV, extracted: 3 files
    as the page counts them (2 succeeded, 1 failed), 3 profiles."""
    Document = env["heymilo.ingestion.document"]
    Document._create_from_upload(
        job, [("batch.zip", make_zip([("list.csv", MEMBER_CSV), SCAN])), ("plain.csv", CSV_DATA)]
    )
    Document._cron_extract_documents()
    return Document.search([("job_id", "=", job.id)])


@tagged("post_install", "-at_install")
class TestAnalysisViews(IngestionCase):
    """Recruitment › Ingestion › Analysis as the views load them: counts
    by default, measures in plain words, statuses in their colours, files
    counted as the ingestion page counts them."""

    def action(self, xmlid):
        action = self.env.ref(xmlid)
        Model = self.env[action.res_model]
        views = Model.get_views([(view.view_id.id, view.view_mode) for view in action.view_ids])
        return Model, safe_eval(action.domain or "[]"), views

    def offered_measures(self, Model, arch):
        """The measures the graph / pivot offers (as the web client computes
        them: numeric fields with an aggregator, minus those the arch hides),
        by their label."""
        hidden = {node.get("name") for node in arch.iter("field") if node.get("invisible") in ("1", "True")}
        labels = {node.get("name"): node.get("string") for node in arch.iter("field") if node.get("string")}
        fields = Model.fields_get(attributes=["type", "aggregator", "string"])
        return {"Count"} | {
            labels.get(name, field["string"])
            for name, field in fields.items()
            if field["type"] in NUMERIC and field.get("aggregator") and name not in hidden and name != "id"
        }

    def test_measures_are_counts_in_plain_words(self):
        expected = {
            "heymilo_ingestion.heymilo_ingestion_document_analysis_action": {
                "graph": {"Count", "Profiles in File"},
                "pivot": {"Count", "Profiles in File"},
            },
            "heymilo_ingestion.heymilo_ingestion_profile_analysis_action": {
                "graph": {"Count"},
                "pivot": {"Count", "Average Completeness (%)"},
            },
        }
        for xmlid, by_type in expected.items():
            Model, _domain, views = self.action(xmlid)
            for view_type, measures in by_type.items():
                arch = etree.fromstring(views["views"][view_type]["arch"])
                with self.subTest(action=xmlid, view=view_type):
                    self.assertEqual(self.offered_measures(Model, arch), measures)
                    self.assertFalse(arch.xpath("//field[@type='measure']"), "the default measure is the count")
                    self.assertTrue(arch.get("js_class", "").startswith("heymilo_outcome_"), "statuses coloured")

    def test_documents_counted_as_the_page_counts(self):
        upload_id = upload_mixed(self.env, self.job)[:1].upload_id
        Document, domain, _views = self.action("heymilo_ingestion.heymilo_ingestion_document_analysis_action")
        groups = Document.read_group(domain + [("job_id", "=", self.job.id)], ["__count"], ["outcome"])
        counts = {group["outcome"]: group["outcome_count"] for group in groups}
        self.assertEqual(counts, {"success": 2, "failed": 1}, "the archive counts as its two members")
        (summary,) = Document.get_upload_summaries([upload_id])
        self.assertEqual((summary["success"], summary["failed"]), (counts["success"], counts["failed"]))
        Profile, domain, _views = self.action("heymilo_ingestion.heymilo_ingestion_profile_analysis_action")
        groups = Profile.read_group(domain + [("job_id", "=", self.job.id)], ["__count"], ["state"])
        self.assertEqual([(g["state"], g["state_count"]) for g in groups], [("extracted", 3)])


class AnalysisTourCase(TourCase):
    """Analysis opened from the menu in a browser: Chart.js's colours of
    each status, the measures offered, the pivot's headers."""

    def run_analysis_tour(self):
        job = self.env["hr.job"].create({"name": "Analysis Engineer"})
        ada, alan, _zed = upload_mixed(self.env, job).profile_ids.sorted("name")
        ada.action_ingest()
        ada._cron_ingest_profiles()
        alan._set_failed("for the analysis")
        self.start_tour("/odoo/action-hr_recruitment.action_hr_job", "heymilo_ingestion_analysis_tour", login="admin")


@tagged("post_install", "-at_install")
class TestAnalysisTour(AnalysisTourCase):
    browser_size = "1440x900"

    def test_analysis_tour(self):
        self.run_analysis_tour()


@tagged("post_install", "-at_install")
class TestAnalysisMobileTour(AnalysisTourCase):
    browser_size = "390x844"
    touch_enabled = True

    def test_analysis_tour_on_a_phone(self):
        self.run_analysis_tour()
