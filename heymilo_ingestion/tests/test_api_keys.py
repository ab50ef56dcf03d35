from datetime import timedelta

from odoo import fields
from odoo.addons.base.models.res_users import KEY_CRYPT_CONTEXT  # pylint: disable=import-error
from odoo.exceptions import AccessError
from odoo.tests import new_test_user, tagged

from .common import IngestionCase, tamper


@tagged("post_install", "-at_install")
class TestApiKeys(IngestionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.manager = new_test_user(cls.env, "hm_manager", groups="hr_recruitment.group_hr_recruitment_manager")
        cls.officer = new_test_user(cls.env, "hm_key_officer", groups="hr_recruitment.group_hr_recruitment_user")
        cls.ApiKey = cls.env["heymilo.api.key"]

    def test_generate_returns_the_key_once_and_stores_a_hash(self):
        result = self.ApiKey.with_user(self.manager).generate(self.job.id, name="ATS")
        self.assertEqual(set(result), {"id", "key", "url_key", "url"})
        self.assertTrue(result["key"].startswith("hmk_"))
        self.assertTrue(result["url"].endswith("/heymilo/ingestion/%s/documents" % result["url_key"]))
        key = self.ApiKey.browse(result["id"])
        self.assertEqual(key.key_prefix, result["key"][:12])
        self.assertNotEqual(key.sudo().key_hash, result["key"])
        self.cr.execute(
            "SELECT 1 FROM heymilo_api_key WHERE key_hash = %s OR name = %s OR key_prefix = %s",
            [result["key"], result["key"], result["key"]],
        )
        self.assertFalse(self.cr.fetchall(), "the key is not stored in clear")
        self.assertEqual(self.ApiKey._find(result["key"]), key)
        self.assertFalse(self.ApiKey._find(tamper(result["key"])))
        self.assertFalse(self.ApiKey._find("hmk_"))

    def test_only_recruitment_administrators(self):
        with self.assertRaises(AccessError):
            self.ApiKey.with_user(self.officer).generate(self.job.id)
        key = self.ApiKey.generate(self.job.id)
        with self.assertRaises(AccessError):
            self.ApiKey.with_user(self.officer).browse(key["id"]).read(["name"])
        with self.assertRaises(AccessError):
            self.job.with_user(self.officer).read(["heymilo_webhook_secret"])

    def test_opening_the_page_generates_once_then_reuses(self):
        first = self.job.with_user(self.manager).action_open_heymilo_ingestion()
        self.assertEqual(first["tag"], "display_notification")
        self.assertIn("hmk_", first["params"]["message"])
        self.assertEqual(first["params"]["next"]["res_model"], "heymilo.ingestion.document")
        second = self.job.with_user(self.manager).action_open_heymilo_ingestion()
        self.assertEqual(second["res_model"], "heymilo.ingestion.document")
        keys = self.ApiKey.search([("job_id", "=", self.job.id)])
        self.assertEqual(len(keys), 1)
        keys.action_revoke()
        third = self.job.with_user(self.manager).action_open_heymilo_ingestion()
        self.assertEqual(third["tag"], "display_notification", "a revoked key is replaced")
        key = self.ApiKey.search([("job_id", "=", self.job.id)])
        key.expires_at = fields.Datetime.now() - timedelta(days=1)
        self.assertFalse(key.is_valid)
        self.assertEqual(
            self.job.with_user(self.manager).action_open_heymilo_ingestion()["tag"],
            "display_notification",
            "an expired key is replaced",
        )

    def test_gateway_url_and_curl_example(self):
        self.ApiKey.generate(self.job.id)
        self.assertIn(self.job.heymilo_url_key, self.job.heymilo_gateway_url)
        self.assertIn("Authorization: Bearer", self.job.heymilo_curl_example)
        self.assertIn("-F files=@", self.job.heymilo_curl_example)

    def test_only_generate_makes_keys(self):
        """A Recruitment Administrator (or a Settings administrator) who
        could create a key with a chosen hash and creator would upload as
        that creator."""
        admin = self.env.ref("base.user_admin")
        chosen = "hmk_" + "0" * 48
        values = {
            "job_id": self.job.id,
            "key_index": "00000000",
            "key_hash": KEY_CRYPT_CONTEXT.hash(chosen),
            "user_id": admin.id,
        }
        for user in (self.manager, admin):
            with self.assertRaises(AccessError, msg=user.login):
                self.ApiKey.with_user(user).create(dict(values))
        self.assertFalse(self.ApiKey._find(chosen))
        own = self.ApiKey.browse(self.ApiKey.with_user(self.manager).generate(self.job.id)["id"])
        for field, value in (("user_id", admin.id), ("key_hash", values["key_hash"]), ("job_id", self.job.id)):
            with self.assertRaises(AccessError, msg=field):
                own.with_user(admin).write({field: value})
        self.assertEqual(own.user_id, self.manager)
        own.with_user(self.manager).write({"name": "Renamed", "expires_at": False})
        self.assertEqual(own.name, "Renamed")
        with self.assertRaises(AccessError):
            own.with_user(self.manager).copy()
