from odoo import fields, models


class HrJob(models.Model):
    _inherit = "hr.job"

    heymilo_document_ids = fields.One2many("heymilo.ingestion.document", "job_id", string="Ingestion Documents")
    heymilo_profile_count = fields.Integer(compute="_compute_heymilo_profile_count", string="Extracted Profiles")

    def _compute_heymilo_profile_count(self):
        counts = dict(
            self.env["heymilo.ingestion.profile"]._read_group([("job_id", "in", self.ids)], ["job_id"], ["__count"])
        )
        for job in self:
            job.heymilo_profile_count = counts.get(job, 0)

    def action_open_heymilo_ingestion(self):
        """The posting's ingestion page: its documents, with upload at hand."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_document_action")
        action.update(
            name=self.env._("Candidate Ingestion: %s", self.name),
            domain=[("job_id", "=", self.id), ("parent_id", "=", False)],
            context={"default_job_id": self.id, "heymilo_job_id": self.id},
        )
        return action

    def action_open_heymilo_profiles(self):
        """The posting's extracted profiles, grouped by source document so
        that each document expands into its profiles."""
        self.ensure_one()
        action = self.env["ir.actions.act_window"]._for_xml_id("heymilo_ingestion.heymilo_ingestion_profile_action")
        action.update(
            name=self.env._("Extracted Profiles: %s", self.name),
            domain=[("job_id", "=", self.id)],
            context={"heymilo_job_id": self.id, "search_default_group_document": 1},
        )
        return action
