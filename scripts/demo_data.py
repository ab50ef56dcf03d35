"""Demo data for run_odoo.sh, run inside ``odoo shell`` (``env`` is given).

One job posting with the files of data/samples uploaded, so a first login
shows the ingestion page at work; the cron threads of the running server
extract them.
"""

import os

samples = os.path.join(os.environ["HEYMILO_ROOT"], "data", "samples")
job = env["hr.job"].search([("name", "=", "Demo: Software Engineer")], limit=1)  # noqa: F821
if not job:
    job = env["hr.job"].create({"name": "Demo: Software Engineer", "no_of_recruitment": 3})  # noqa: F821
    files = []
    for name in sorted(os.listdir(samples)):
        with open(os.path.join(samples, name), "rb") as handle:
            files.append((name, handle.read()))
    documents = env["heymilo.ingestion.document"]._create_from_upload(job, files)  # noqa: F821
    print("demo: job %d with %d documents queued for extraction" % (job.id, len(documents)))
env.cr.commit()  # noqa: F821
