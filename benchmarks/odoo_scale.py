"""Scale-out benchmark: the same upload of N resumes (ZIPs of 500) worked
by real Odoo servers with 1 cron thread, with 2 cron threads, and by two
servers with one cron thread each on the same database. Prints the
throughput of each and how many documents were claimed more than once
(``attempt_count > 1``: must be 0).

    python benchmarks/odoo_scale.py --db DBNAME [--count 2000] [--addons-path PATHS] [--setups 1,2,2x1]

Needs a database with heymilo_ingestion installed. Each run commits its
upload to a posting of its own and deletes that posting (and its documents)
afterwards. The servers are started with ``--workers=0`` (threaded) on free
local ports; the timer starts when the upload is committed, with the servers
already up and idle.
"""

import argparse
import os
import pathlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections import Counter

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.tests.files import make_zip  # noqa: E402

SETUPS = {"1": [1], "2": [2], "2x1": [1, 1]}  # cron threads of each server


def archives(count):
    pdfs = [pdf.read_bytes() for pdf in sorted((ROOT / "data" / "corpus").glob("*.pdf"))]
    members = [("cv/%05d.pdf" % i, pdfs[i % len(pdfs)] + b"\n%% copy %d\n" % i) for i in range(count)]
    return [("part%d.zip" % (i // 500), make_zip(members[i : i + 500])) for i in range(0, count, 500)]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(args, cron_threads):
    port = free_port()
    command = [sys.executable, "-m", "odoo", "server", "-d", args.db, "--workers=0", "--http-interface=127.0.0.1"]
    command += ["--http-port=%d" % port, "--max-cron-threads=%d" % cron_threads, "--log-level=warn"]
    command += ["--addons-path=%s" % args.addons_path] if args.addons_path else []
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    process.port = port
    for _ in range(240):
        try:
            urllib.request.urlopen("http://127.0.0.1:%d/web/health" % port, timeout=2)
            return process
        except OSError:
            time.sleep(0.5)
    process.kill()
    raise RuntimeError("the Odoo server did not start")


def run(args, registry, servers, files):
    import odoo

    processes = [start_server(args, threads) for threads in servers]
    try:
        time.sleep(3)  # let the cron threads reach their first wait
        with registry.cursor() as cr:
            env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
            job = env["hr.job"].create({"name": "Scale benchmark %s" % time.time()})
            env["heymilo.ingestion.document"]._create_from_upload(job, files)
            job_id = job.id
        start = time.perf_counter()  # committed: the crons are triggered now
        while True:
            time.sleep(1)
            with registry.cursor() as cr:
                cr.execute(
                    "SELECT count(*) FILTER (WHERE state IN ('queued', 'processing')), count(*) FILTER (WHERE parent_id"
                    " IS NOT NULL AND state = 'success'), count(*) FILTER (WHERE attempt_count > 1)"
                    " FROM heymilo_ingestion_document WHERE job_id = %s",
                    [job_id],
                )
                pending, succeeded, claimed_twice = cr.fetchone()
            if not pending:
                break
        seconds = time.perf_counter() - start
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=60)
    with registry.cursor() as cr:
        env = odoo.api.Environment(cr, odoo.SUPERUSER_ID, {})
        documents = env["heymilo.ingestion.document"].search([("job_id", "=", job_id)])
        for error, count in Counter(documents.filtered(lambda d: d.state == "failed").mapped("error_message")).items():
            print("    failed %d: %s" % (count, error))
        documents.unlink()
        env["hr.job"].browse(job_id).unlink()
    return seconds, succeeded, claimed_twice


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--count", type=int, default=2000)
    parser.add_argument("--addons-path", default=None)
    parser.add_argument("--setups", default="1,2,2x1", help="comma-separated: 1, 2 (cron threads), 2x1 (two servers)")
    args = parser.parse_args()

    import odoo
    from odoo.tools import config

    config.parse_config(["-d", args.db] + (["--addons-path", args.addons_path] if args.addons_path else []))
    registry = odoo.modules.registry.Registry(args.db)
    files = archives(args.count)
    print("%d resumes in %d ZIPs, %d CPU cores, load average %.1f" % (args.count, len(files), os.cpu_count(),
                                                                    os.getloadavg()[0]))  # fmt: skip
    for setup in args.setups.split(","):
        seconds, succeeded, twice = run(args, registry, SETUPS[setup], files)
        label = {"1": "1 server, 1 cron thread", "2": "1 server, 2 cron threads", "2x1": "2 servers, 1 thread each"}
        print(
            "  %-26s %7.1f s  %6.1f docs/s  (%d succeeded, %d claimed twice)"
            % (label[setup], seconds, args.count / seconds, succeeded, twice)
        )


if __name__ == "__main__":
    main()
