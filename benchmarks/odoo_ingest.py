"""Odoo ingestion benchmark: N extracted profiles ingested into Recruitment
(candidate, applicant, chatter message, source) by the ingestion cron.

    python benchmarks/odoo_ingest.py --db DBNAME [--count 1000] [--addons-path PATHS]

Needs a database with heymilo_ingestion installed. Runs in a transaction that
is rolled back: the database is left as it was.
"""

import argparse
import threading
import time

import odoo
from odoo.tools import config


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--addons-path", default=None)
    args = parser.parse_args()
    config.parse_config(["-d", args.db] + (["--addons-path", args.addons_path] if args.addons_path else []))
    rows = "".join(
        "Bench Person %d;bench%d@example.com;+44 20 7%03d %04d\n" % (i, i, 900 + i // 10000, i % 10000)
        for i in range(args.count)
    )
    threading.current_thread().testing = True  # no commits: rolled back below
    registry = odoo.modules.registry.Registry(args.db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        job = env["hr.job"].create({"name": "Ingestion benchmark"})
        Document = env["heymilo.ingestion.document"]
        documents = Document._create_from_upload(job, [("bench.csv", ("Name;Email;Phone\n" + rows).encode())])
        Document._cron_extract_documents()
        profiles = documents.profile_ids
        profiles.action_ingest()
        env.flush_all()
        before = odoo.sql_db.sql_counter
        start = time.perf_counter()
        env["heymilo.ingestion.profile"]._cron_ingest_profiles()
        env.flush_all()
        seconds = time.perf_counter() - start
        queries = odoo.sql_db.sql_counter - before
        ingested = len(profiles.filtered(lambda p: p.state == "ingested"))
        cr.rollback()
    print("%d profiles ingested (%d expected)" % (ingested, args.count))
    print("  total        %7.2f s  %7.1f profiles/s" % (seconds, args.count / seconds))
    print("  SQL queries  %d (%.1f per profile)" % (queries, queries / args.count))


if __name__ == "__main__":
    main()
