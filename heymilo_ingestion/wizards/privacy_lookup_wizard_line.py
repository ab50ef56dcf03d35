from odoo import models

PROFILE, DOCUMENT = "heymilo.ingestion.profile", "heymilo.ingestion.document"


class PrivacyLookupWizardLine(models.TransientModel):
    """Removing an ingestion profile or document from the privacy lookup
    erases the person's ingestion data the way every erasure does
    (``heymilo.ingestion.erasure``): a CSV of several people loses their row
    and its stored file, not the other people's profiles."""

    _inherit = "privacy.lookup.wizard.line"

    def action_unlink(self):
        self.ensure_one()
        model = self.env[self.res_model] if self.res_model in self.env else None
        if self.is_unlinked or model is None or not model._name.startswith("heymilo."):
            return super().action_unlink()
        record = model.sudo().browse(self.res_id).exists()
        Erasure = self.env["heymilo.ingestion.erasure"]
        if record and model._name == PROFILE:
            Erasure._erase_profiles(record, "privacy lookup")
        elif record and model._name == DOCUMENT:
            found = self.wizard_id.line_ids.filtered(lambda line: line.res_model == PROFILE)
            theirs = record.profile_ids & self.env[PROFILE].sudo().browse(found.mapped("res_id"))
            if theirs:
                Erasure._erase_profiles(theirs, "privacy lookup")
            elif record.profile_ids:  # their row was erased already: the file that held it goes
                Erasure._drop_files(record)
            else:
                Erasure._remove_documents(record)
        elif record:
            return super().action_unlink()
        details = "%s %s #%s" % (self.env._("Deleted"), self.res_model_id.name, self.res_id)
        self.write({"execution_details": details, "is_unlinked": True})
        return True
