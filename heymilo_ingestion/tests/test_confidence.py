from odoo.tests import tagged

from .common import IngestionCase, make_resume, make_zip
from .files import make_pdf

# A letter-spaced name that nothing shows where to break: its cut is a guess.
GUESSED_NAME = make_pdf(
    ["B U S A M O K O E N A", "BSC INFORMATION TECHNOLOGY", "busamdlamini@example.co.za", "PROFILE"],
    font_sizes={0: 25, 1: 15, 2: 10, 3: 18},
)
# A resume with a name but only an agency's mailbox.
AGENCY_MAILBOX = make_pdf(["Carla Mendes", "Data Engineer", "Apply through jobs@agency.example", "Experience"])


@tagged("post_install", "-at_install")
class TestConfidence(IngestionCase):
    def extracted(self, files, auto_ingest=True):
        documents = self.upload(files, auto_ingest=auto_ingest)
        self.run_queue()
        return documents.profile_ids

    def test_confidence_of_each_field_is_stored_with_its_level(self):
        profile = self.extracted([("maria.pdf", make_resume("Maria Gonzalez", "maria.gonzalez@example.com"))], False)
        self.assertGreaterEqual(profile.name_confidence, 0.85)
        self.assertEqual(profile.email_confidence, 0.95)
        self.assertEqual(
            (profile.name_confidence_level, profile.email_confidence_level, profile.phone_confidence_level),
            ("high", "high", "high"),
        )
        self.assertEqual((profile.linkedin_confidence, profile.linkedin_confidence_level), (0.0, False))

    def test_upload_and_ingest_queues_only_confident_profiles(self):
        profiles = self.extracted(
            [
                ("maria.pdf", make_resume("Maria Gonzalez", "maria.gonzalez@example.com")),
                ("guess.pdf", GUESSED_NAME),
                ("agency.pdf", AGENCY_MAILBOX),
            ]
        )
        maria, guess, agency = (profiles.filtered(lambda p, n=n: p.document_id.name == n) for n in
                                ("maria.pdf", "guess.pdf", "agency.pdf"))  # fmt: skip
        self.assertEqual((maria.state, maria.review_reason), ("queued", False))
        self.assertEqual((guess.name, guess.state), ("Busa Mokoena", "extracted"))
        self.assertIn(guess.name_confidence_level, ("medium", "low"))  # where the name breaks is a guess
        self.assertIn("the name is uncertain (%s confidence)" % guess.name_confidence_level, guess.review_reason)
        self.assertEqual((agency.email_confidence_level, agency.state), ("low", "extracted"))
        self.assertIn("the email is uncertain (low confidence)", agency.review_reason)
        self.Profile._cron_ingest_profiles()
        self.assertEqual((maria.state, guess.state, agency.state), ("ingested", "extracted", "extracted"))
        self.assertFalse(guess.applicant_id)

    def test_minimum_completeness_still_applies_and_is_given_as_reason(self):
        self.job.heymilo_min_completeness = 100  # the resume has no LinkedIn profile: 90
        profile = self.extracted([("maria.pdf", make_resume("Maria Gonzalez", "maria.gonzalez@example.com"))])
        self.assertEqual(profile.state, "extracted")
        self.assertIn("completeness 90% is below the posting's 100%", profile.review_reason)

    def test_csv_values_are_confident_when_well_formed(self):
        data = b"Full Name,E-mail,Mobile\nAda Lovelace,ada@example.org,+44 20 7946 0001\nAlan Turing,,\n"
        ada, alan = self.extracted([("list.csv", data)]).sorted("source_row")
        self.assertEqual((ada.name_confidence_level, ada.email_confidence_level, ada.state), ("high", "high", "queued"))
        self.assertEqual((alan.email_confidence, alan.state), (0.0, "extracted"))
        self.assertIn("no e-mail or phone was found", alan.review_reason)

    def test_a_reviewed_value_is_sure_and_the_profile_can_be_ingested(self):
        guess = self.extracted([("guess.pdf", GUESSED_NAME)])
        guess.name = "Busa Mokoena Dlamini"  # the recruiter checked the resume
        self.assertEqual((guess.name_confidence, guess.name_confidence_level), (1.0, "high"))
        guess.action_ingest()
        self.assertEqual((guess.state, guess.review_reason), ("queued", False))
        self.Profile._cron_ingest_profiles()
        self.assertEqual(guess.applicant_id.partner_name, "Busa Mokoena Dlamini")

    def test_archive_member_keeps_confidence_of_the_csv_value_that_won(self):
        resume = make_pdf(["Summary", "Engineer for data platforms", "contact: bob.jones@example.com"])
        listing = b"Full Name,E-mail,Resume\nRobert Jones,bob.jones@example.com,bob.pdf\n"
        archive = self.upload([("batch.zip", make_zip([("bob.pdf", resume), ("list.csv", listing)]))], True)
        self.run_queue()
        self.run_queue()
        (profile,) = archive.child_ids.profile_ids
        self.assertEqual(
            (profile.name, profile.name_confidence_level, profile.state), ("Robert Jones", "high", "queued")
        )
