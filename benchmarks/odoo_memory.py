"""Peak memory of an Odoo worker accepting and extracting one large upload:
a ZIP of resumes (default 50 MB, the upload size limit), then optionally a
CSV list of many rows, each uploaded, extracted by the queue and, for the
CSV, ingested. Prints the process's resident memory (RSS) before, and its
peak (VmHWM, reset before each phase) during each phase. ``--gateway-mb N``
also sends 10 files of N MB in one request to the gateway of a real Odoo
server (``--workers=0``) and prints that server's peak.

    python benchmarks/odoo_memory.py --db DBNAME [--zip-mb 50] [--csv-rows 100000 [--ingest]]
        [--gateway-mb 45] [--addons-path PATHS]

Needs a database with heymilo_ingestion installed. Runs in a transaction
that is rolled back: the database is left as it was (Linux only: /proc);
the gateway's posting, key and documents are committed, then deleted.
With ``--ingest`` the CSV is uploaded, extracted and ingested with a
commit per batch, as the crons do, and left in the database: run it on a
copy (``createdb -T DBNAME COPY``).
"""

import argparse
import json
import os
import pathlib
import sys
import tempfile
import threading
import time
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.tests.files import make_resume, make_zip  # noqa: E402


def rss_mb(field, pid="self"):
    """``VmRSS`` (now) or ``VmHWM`` (peak since the last reset), in MB."""
    for line in pathlib.Path("/proc/%s/status" % pid).read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    raise RuntimeError(field)


def reset_peak(pid="self"):
    pathlib.Path("/proc/%s/clear_refs" % pid).write_text("5")  # VmHWM := VmRSS


def zip_of_size(megabytes):
    """A ZIP of distinct resumes (a changed trailer comment each, like a real
    export) of 97-98 % of ``megabytes`` (under the upload limit), and its
    member count."""
    pdfs = [pdf.read_bytes() for pdf in sorted((ROOT / "data" / "corpus").glob("*.pdf"))]
    count = 0.9 * megabytes * 2**20 // (sum(map(len, pdfs)) // len(pdfs))
    while True:
        members = [("resumes/%04d.pdf" % i, pdfs[i % len(pdfs)] + b"\n%% member %d\n" % i) for i in range(int(count))]
        archive = make_zip(members)
        if len(archive) >= 0.97 * megabytes * 2**20:
            return archive, len(members)
        count *= 1.01


def csv_of_rows(rows):
    return ("Name;Email;Phone\n" + "".join(
        "Row Person%d;row%d@example.com;+44 20 7%03d %04d\n" % (i, i, 900 + i // 10000, i % 10000) for i in range(rows)
    )).encode()  # fmt: skip


def multipart_body(path, megabytes, boundary):
    """A gateway request of 10 resumes of ``megabytes`` each (PDF comment
    lines after the resume), written to ``path``."""
    with open(path, "wb") as body:
        body.write(b'--%s\r\nContent-Disposition: form-data; name="mode"\r\n\r\nupload\r\n' % boundary)
        for i in range(10):
            resume = make_resume("Gateway Person%d" % i, "gateway%d@example.com" % i)
            body.write(b'--%s\r\nContent-Disposition: form-data; name="files"; ' % boundary)
            body.write(b'filename="big%d.pdf"\r\nContent-Type: application/pdf\r\n\r\n' % i + resume)
            padding = megabytes * 2**20 - len(resume)
            for _line in range(padding // 2**20):
                body.write(b"%" + b"0" * (2**20 - 2) + b"\n")
            body.write(b"%" * (padding % 2**20) + b"\r\n")
        body.write(b"--%s--\r\n" % boundary)


def gateway_phase(args, registry):
    """Post 10 files of ``args.gateway_mb`` MB to a real server's gateway;
    print the server's RSS before and its peak while it accepts them."""
    import odoo
    from odoo_scale import start_server

    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        job = env["hr.job"].create({"name": "Gateway memory benchmark"})
        key = env["heymilo.api.key"].with_user(env.ref("base.user_admin")).generate(job.id)
        job_id = job.id
    server = start_server(args, 0)
    boundary = b"heymilo-memory-benchmark"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "body")
            multipart_body(path, args.gateway_mb, boundary)
            time.sleep(2)
            before = rss_mb("VmRSS", server.pid)
            reset_peak(server.pid)
            with open(path, "rb") as body:
                request = urllib.request.Request(
                    "http://127.0.0.1:%d/heymilo/ingestion/%s/documents" % (server.port, key["url_key"]),
                    data=body,
                    headers={
                        "Authorization": "Bearer %s" % key["key"],
                        "Content-Type": "multipart/form-data; boundary=%s" % boundary.decode(),
                        "Content-Length": str(os.path.getsize(path)),
                    },
                )
                start = time.perf_counter()
                with urllib.request.urlopen(request, timeout=900) as response:
                    status, documents = response.status, json.load(response)["documents"]
                seconds = time.perf_counter() - start
            peak = rss_mb("VmHWM", server.pid)
            print("Gateway: 10 files of %d MB in one request (%.0f MB): %d, %d documents" % (
                args.gateway_mb, os.path.getsize(path) / 2**20, status, len(documents)))  # fmt: skip
            print("  %-26s %6.1f s  RSS before %5.0f MB, peak %5.0f MB (+%.0f)" % (
                "accept them (server)", seconds, before, peak, peak - before))  # fmt: skip
    finally:
        server.terminate()
        server.wait(timeout=60)
        with registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            env["heymilo.ingestion.document"].search([("job_id", "=", job_id)]).unlink()
            env["hr.job"].browse(job_id).unlink()


def csv_phases(env, job, rows):
    """Upload and extract a CSV of ``rows`` rows; returns its document."""
    Document = env["heymilo.ingestion.document"]
    env["ir.config_parameter"].set_param("heymilo_ingestion.csv_max_rows", rows)
    data = csv_of_rows(rows)
    print("CSV of %d rows, %.1f MB" % (rows, len(data) / 2**20))
    csv = phase("accept the CSV (upload)", lambda: Document._create_from_upload(job, [("big.csv", data)]))
    phase("extract it (queue)", Document._cron_extract_documents)
    print("  %d profiles" % csv.profile_count)
    return csv


def phase(label, work):
    before = rss_mb("VmRSS")
    reset_peak()
    start = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - start
    peak = rss_mb("VmHWM")
    print("  %-26s %6.1f s  RSS before %5.0f MB, peak %5.0f MB (+%.0f)" % (label, seconds, before, peak, peak - before))
    return result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--zip-mb", type=int, default=50)
    parser.add_argument("--csv-rows", type=int, default=0, help="also a CSV of this many rows (0: none)")
    parser.add_argument("--ingest", action="store_true", help="and ingest the CSV's profiles")
    parser.add_argument("--gateway-mb", type=int, default=0, help="also 10 files of this size through the gateway")
    parser.add_argument("--addons-path", default=None)
    args = parser.parse_args()

    import odoo
    from odoo.tools import config

    config.parse_config(["-d", args.db] + (["--addons-path", args.addons_path] if args.addons_path else []))
    registry = odoo.modules.registry.Registry(args.db)
    if args.gateway_mb:
        gateway_phase(args, registry)
    threading.current_thread().testing = True  # no commits: rolled back below
    archive, count = zip_of_size(args.zip_mb)
    print("ZIP of %d resumes, %.1f MB; process RSS at start %.0f MB" % (count, len(archive) / 2**20, rss_mb("VmRSS")))
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        Document = env["heymilo.ingestion.document"]
        job = env["hr.job"].create({"name": "Memory benchmark"})
        files = [("big.zip", archive)]
        phase("accept the ZIP (upload)", lambda: Document._create_from_upload(job, files))
        phase("extract it (queue)", Document._cron_extract_documents)
        members = Document.search([("job_id", "=", job.id), ("parent_id", "!=", False)])
        print("  %d members, %d succeeded" % (len(members), len(members.filtered(lambda d: d.state == "success"))))
        archive = files = None  # the upload's bytes are the worker's no longer
        if args.csv_rows and not args.ingest:
            csv_phases(env, job, args.csv_rows)
        cr.rollback()
    if args.ingest:
        # Committed batch by batch, as the crons do: in one rolled-back
        # transaction the ORM cache would keep every batch's records (1 GB
        # after 25 minutes) and PostgreSQL tens of thousands of savepoints.
        threading.current_thread().testing = False
        with registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            csv = csv_phases(env, env["hr.job"].create({"name": "Memory benchmark (committed)"}), args.csv_rows)
            csv.profile_ids.action_ingest()
            cr.commit()
            phase("ingest them (batched)", env["heymilo.ingestion.profile"]._cron_ingest_profiles)
            print("  %d ingested" % env["heymilo.ingestion.profile"].search_count(
                [("document_id", "=", csv.id), ("state", "=", "ingested")]))  # fmt: skip
        cr.rollback()


if __name__ == "__main__":
    main()
