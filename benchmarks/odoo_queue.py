"""Odoo queue benchmark: one ZIP of N resumes uploaded to a posting, the
extraction queue run to completion, against the engine alone on the same files.

    python benchmarks/odoo_queue.py --db DBNAME [--count 500] [--addons-path PATHS]

Needs Odoo 18 importable and a database with heymilo_ingestion installed
(for example one made by ``odoo-bin -d DBNAME -i heymilo_ingestion``). Runs in
a transaction that is rolled back: the database is left as it was.
"""

import argparse
import io
import pathlib
import sys
import time
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction import Limits, extract_member  # noqa: E402


def corpus_files(count):
    pdfs = sorted((ROOT / "data" / "corpus").glob("*.pdf"))
    return [("resumes/%04d_%s" % (i, pdfs[i % len(pdfs)].name), pdfs[i % len(pdfs)].read_bytes()) for i in range(count)]


def make_zip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files:
            archive.writestr(name, data)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--addons-path", default=None)
    args = parser.parse_args()

    import odoo
    from odoo.tools import config

    config.parse_config(["-d", args.db] + (["--addons-path", args.addons_path] if args.addons_path else []))
    files = corpus_files(args.count)
    archive = make_zip(files)

    start = time.perf_counter()
    limits = Limits()
    for name, data in files:
        extract_member(data, name, limits)
    engine_seconds = time.perf_counter() - start

    registry = odoo.modules.registry.Registry(args.db)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        job = env["hr.job"].create({"name": "Benchmark posting"})
        Document = env["heymilo.ingestion.document"]
        import threading

        threading.current_thread().testing = True  # no commits: rolled back below
        start = time.perf_counter()
        Document._create_from_upload(job, [("batch.zip", archive)])
        queries = cr.sql_log_count
        Document._cron_extract_documents(batch_size=50)
        wall = time.perf_counter() - start
        queries = cr.sql_log_count - queries
        documents = Document.search([("job_id", "=", job.id), ("parent_id", "!=", False)])
        ok = len(documents.filtered(lambda d: d.state == "success"))
        cr.rollback()
    print("%d resumes in one ZIP" % args.count)
    print("  engine only            %7.2f s  %7.1f docs/s" % (engine_seconds, args.count / engine_seconds))
    print("  upload + queue (Odoo)  %7.2f s  %7.1f docs/s  (%d succeeded)" % (wall, args.count / wall, ok))
    print("  Odoo overhead          %+6.1f %% of the engine time" % (100 * (wall / engine_seconds - 1)))
    print("  SQL queries            %d (%.1f per document)" % (queries, queries / args.count))


if __name__ == "__main__":
    main()
