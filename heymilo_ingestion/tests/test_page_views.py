from lxml import etree
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestPageViews(TransactionCase):
    """The page's lists as the web client loads them (get_views): what the
    browser tour would take minutes to see."""

    def arch(self, model, view_type="list"):
        views = self.env[model].get_views([(False, view_type)])
        return etree.fromstring(views["views"][view_type]["arch"])

    def test_documents_list_columns_and_order(self):
        arch = self.arch("heymilo.ingestion.document")
        # Live refresh reloads the list: without a unique last key rows of the same second swap places.
        order = [part.split()[0] for part in arch.get("default_order", "").split(",")]
        self.assertEqual(order[-1], "id", "a stable order: rows do not jump during live refresh")
        self.assertIn("create_date", order, "newest first")
        columns = {node.get("name"): node for node in arch.xpath("/list/field")}
        self.assertTrue(columns["name"].get("width"), "the file name keeps its width")
        note = columns["status_note"]
        self.assertTrue(note.get("width") and note.get("optional"), "the error column is bounded and optional")
        self.assertNotIn("error_message", columns, "the long error text is in the form, not a column")
        size = columns["file_size"]
        self.assertEqual((size.get("widget"), size.get("string")), ("heymilo_file_size", "Size"), "KB / MB, not bytes")

    def test_profile_actions_menu_has_no_twins(self):
        arch = self.arch("heymilo.ingestion.profile")
        self.assertEqual(arch.get("delete"), "0", "no built-in Delete beside the confirmed Delete Profiles")
        views = self.env["heymilo.ingestion.profile"].get_views([(False, "list")], {"toolbar": True})
        actions = [action["name"] for action in views["views"]["list"]["toolbar"]["action"]]
        self.assertEqual(len(actions), len(set(actions)), actions)
        self.assertIn("Delete Profiles", actions)
        self.assertIn("Export CSV", actions)  # the built-in Export is dropped by heymilo_profile_list (tour)

    def test_one_upload_path(self):
        """The page's drop zone is the only way in: no upload dialog, where the posting could be changed."""
        Window = self.env["ir.actions.act_window"]
        dialogs = Window.search([("res_model", "=like", "heymilo.%"), ("target", "=", "new")])
        self.assertFalse(dialogs.filtered(lambda a: "upload" in a.res_model), dialogs.mapped("res_model"))
        self.assertNotIn("heymilo.ingestion.upload", self.env)
        job_form = etree.fromstring(self.env["hr.job"].get_views([(False, "form")])["views"]["form"]["arch"])
        uploads = job_form.xpath("//button[contains(@name, 'upload')]")
        self.assertFalse(uploads, "no second upload button on the posting")
