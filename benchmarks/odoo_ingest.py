"""Odoo ingestion benchmark: N extracted profiles ingested into Recruitment
(contact, candidate, applicant, chatter note, invitation e-mail, webhook
event) by the ingestion cron, queued by a recruiter, in the cron's batches.

    python benchmarks/odoo_ingest.py --db DBNAME [--count 1000] [--addons-path PATHS]
        [--resumes N] [--no-invitation] [--no-webhook] [--profile FILE]

Prints profiles/s (wall clock), CPU seconds of this process per profile
(``time.process_time``: what a shared machine's load does not inflate),
SQL queries per profile and the time spent waiting on PostgreSQL. The
posting has an invitation template and a webhook URL, as a posting that
uses the interview agent does (deliveries are queued, not sent: sending is
the webhook cron's). ``--resumes N`` ingests N resume PDFs too (attachment
and note with the resume); ``--profile FILE`` writes a cProfile of the
ingestion to FILE.

Needs a database with heymilo_ingestion installed. Runs in a transaction
that is rolled back: the database is left as it was.
"""

import argparse
import collections
import cProfile
import os
import pathlib
import sys
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.tests.files import make_resume  # noqa: E402


class SqlTimer:
    """Wall-clock time spent in ``cursor.execute`` (PostgreSQL's work and the
    round trip), by wrapping Odoo's cursor for the run."""

    def __init__(self, sql_db, by_statement):
        self.sql_db, self.seconds = sql_db, 0.0
        self.original = sql_db.Cursor.execute
        # Only when asked: naming each statement costs CPU time of its own.
        self.by_statement = collections.defaultdict(lambda: [0, 0.0]) if by_statement else None

    def __enter__(self):
        timer, original = self, self.original

        def execute(cursor, *args, **kwargs):
            start = time.perf_counter()
            try:
                return original(cursor, *args, **kwargs)
            finally:
                elapsed = time.perf_counter() - start
                timer.seconds += elapsed
                if timer.by_statement is not None:
                    entry = timer.by_statement[" ".join(str(getattr(args[0], "code", args[0])).split())[:90]]
                    entry[0] += 1
                    entry[1] += elapsed

        self.sql_db.Cursor.execute = execute
        return self

    def __exit__(self, *exc):
        self.sql_db.Cursor.execute = self.original


def upload(env, job, count, resumes):
    rows = "".join(
        "Bench Person%d;bench%d@example.com;+44 20 7%03d %04d\n" % (i, i, 900 + i // 10000, i % 10000)
        for i in range(count)
    )
    files = [("bench.csv", ("Name;Email;Phone\n" + rows).encode())]
    files += [
        ("cv%d.pdf" % i, make_resume("Resume Person%d" % i, "resume%d@example.com" % i, "+44 20 7946 %04d" % i))
        for i in range(resumes)
    ]
    Document = env["heymilo.ingestion.document"]
    documents = env["heymilo.ingestion.document"]
    for chunk in range(0, len(files), 10):  # at most 10 files per upload
        documents |= Document._create_from_upload(job, files[chunk : chunk + 10])
    Document._cron_extract_documents()
    return documents.profile_ids


def setup(env, args):
    """A posting as a recruiter uses it, and that recruiter."""
    recruiter = env["res.users"].create(
        {
            "name": "Benchmark Recruiter",
            "login": "bench-recruiter-%s" % time.time(),
            "email": "recruiter@example.com",
            "groups_id": [(6, 0, [env.ref("hr_recruitment.group_hr_recruitment_user").id])],
        }
    )
    job = env["hr.job"].create({"name": "Ingestion benchmark", "user_id": recruiter.id})
    if not args.no_invitation:
        job.heymilo_invitation_template_id = env["mail.template"].create(
            {
                "name": "Benchmark invitation",
                "model_id": env.ref("hr_recruitment.model_hr_applicant").id,
                "subject": "Your interview for {{ object.job_id.name }}",
                "body_html": "<p>Hello <t t-out='object.partner_name'/>, please book your interview.</p>",
                "email_to": "{{ object.email_from }}",
                "email_from": "{{ user.email_formatted }}",
            }
        )
    if not args.no_webhook:
        job.heymilo_webhook_url = "http://127.0.0.1:9/interview-agent"
    return recruiter, job


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--count", type=int, default=1000, help="CSV rows")
    parser.add_argument("--resumes", type=int, default=0, help="resume PDFs besides the CSV")
    parser.add_argument("--batch-size", type=int, default=None, help="default: the cron's")
    parser.add_argument("--no-invitation", action="store_true")
    parser.add_argument("--no-webhook", action="store_true")
    parser.add_argument("--profile", help="write a cProfile of the ingestion to this file")
    parser.add_argument("--sql-report", action="store_true", help="the statements that took longest")
    parser.add_argument("--addons-path", default=None)
    args = parser.parse_args()

    import odoo
    from odoo.tools import config

    config.parse_config(["-d", args.db] + (["--addons-path", args.addons_path] if args.addons_path else []))
    threading.current_thread().testing = True  # no commits: rolled back below
    registry = odoo.modules.registry.Registry(args.db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        recruiter, job = setup(env, args)
        profiles = upload(env, job, args.count, args.resumes).with_user(recruiter)
        profiles.action_ingest()
        Profile = env["heymilo.ingestion.profile"]
        env.flush_all()
        env.invalidate_all()
        total = len(profiles)
        profiler = cProfile.Profile() if args.profile else None
        before, load = odoo.sql_db.sql_counter, os.getloadavg()[0]
        with SqlTimer(odoo.sql_db, args.sql_report) as sql:
            start, cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            Profile._cron_ingest_profiles(**({"batch_size": args.batch_size} if args.batch_size else {}))
            env.flush_all()
            if profiler:
                profiler.disable()
            seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
        queries = odoo.sql_db.sql_counter - before
        states = {state: len(profiles.filtered(lambda p, s=state: p.state == s)) for state in ("ingested", "failed")}
        mails = env["mail.mail"].search_count(
            [("model", "=", "hr.applicant"), ("res_id", "in", profiles.applicant_id.ids)]
        )
        deliveries = env["heymilo.webhook.delivery"].search_count([("profile_id", "in", profiles.ids)])
        cr.rollback()
    if profiler:
        profiler.dump_stats(args.profile)
    print("%d profiles: %d ingested, %d failed; %d invitations queued, %d webhook events" % (
        total, states["ingested"], states["failed"], mails, deliveries))  # fmt: skip
    print("load average %.1f on %d cores" % (load, os.cpu_count()))
    print("  wall clock   %7.2f s   %7.1f profiles/s" % (seconds, total / seconds))
    print("  CPU (Odoo)   %7.2f s   %7.2f ms/profile (%.0f profiles per CPU second)" % (
        cpu, 1000 * cpu / total, total / cpu))  # fmt: skip
    print("  PostgreSQL   %7.2f s   waiting on the database" % sql.seconds)
    print("  SQL queries  %7d     %7.2f per profile" % (queries, queries / total))
    if args.sql_report:
        for statement, (count, spent) in sorted(sql.by_statement.items(), key=lambda item: -item[1][1])[:15]:
            print("    %6.3f s %5d x  %s" % (spent, count, statement))


if __name__ == "__main__":
    main()
