"""The project's own scripts: Odoo's requirements as they install here, and
``run_odoo.sh`` bringing up a working Odoo from a clean database."""

import json
import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import odoo_requirements  # noqa: E402

ODOO_PATH = os.environ.get("ODOO_PATH") or (
    str(ROOT.parent / "shared" / "odoo18") if (ROOT.parent / "shared" / "odoo18" / "odoo").is_dir() else ""
)

LINES = [
    "cbor2==5.4.2 ; python_version < '3.12'",
    "cbor2==5.6.2 ; python_version >= '3.12'",
    "psycopg2==2.9.5 ; python_version == '3.11'",
    "psycopg2==2.9.9 ; python_version >= '3.12' # (Noble) Mostly to have a wheel package",
    "python-ldap==3.4.4 ; sys_platform != 'win32' and python_version >= '3.12'",
    "pypiwin32 ; sys_platform == 'win32'",
    "pytz  # no version pinning",
    "",
]


def test_requirements_take_the_python_312_pins_with_wheels():
    picked = list(odoo_requirements.requirements(LINES, {"python_version": "3.12", "python_full_version": "3.12.0"}))
    assert picked == ["cbor2==5.6.2", "psycopg2-binary==2.9.9", "pytz"]


@pytest.mark.skipif(not ODOO_PATH, reason="no Odoo source tree")
def test_requirements_of_the_odoo_tree():
    with open(os.path.join(ODOO_PATH, "requirements.txt"), encoding="utf-8") as handle:
        picked = list(odoo_requirements.requirements(handle, odoo_requirements.marker_environment()))
    names = [line.split("=")[0].lower() for line in picked]
    assert "psycopg2-binary" in names and "psycopg2" not in names
    assert "python-ldap" not in names
    assert len(names) == len(set(names)), "one pin per package"
    if sys.version_info < (3, 12):
        assert "cbor2==5.6.2" in picked and "Werkzeug==3.0.1" in picked


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _rpc(port, service, method, *args):
    params = {"service": service, "method": method, "args": args}
    body = json.dumps({"jsonrpc": "2.0", "method": "call", "params": params})
    request = urllib.request.Request(
        "http://127.0.0.1:%d/jsonrpc" % port, body.encode(), {"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        answer = json.loads(response.read())
    assert "error" not in answer, answer
    return answer["result"]


def _wait(predicate, seconds, what, server):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail("run_odoo.sh exited with %s while waiting for %s" % (server.returncode, what))
        try:
            value = predicate()
        except OSError:
            value = None
        if value:
            return value
        time.sleep(2)
    pytest.fail("timed out after %d s waiting for %s" % (seconds, what))


@pytest.mark.skipif(
    not ODOO_PATH or not shutil.which("pg_ctlcluster") and not os.environ.get("PGHOST"),
    reason="needs an Odoo source tree and PostgreSQL",
)
def test_run_odoo_serves_the_demo_posting_processed_and_stops_on_ctrl_c():
    """What a developer sees: the command prints the URL and login, admin/admin
    logs in, the demo posting's sample files are extracted by the server's own
    cron threads, and Ctrl-C (SIGINT) ends the server."""
    port, db = _free_port(), "heymilo_smoke_%d" % os.getpid()
    data_dir = tempfile.mkdtemp(prefix="heymilo-smoke-")
    env = dict(os.environ, ODOO_PATH=ODOO_PATH)
    log = open(os.path.join(data_dir, "odoo.log"), "w+")  # read at the end, closed in finally
    server = subprocess.Popen(
        [str(ROOT / "run_odoo.sh"), "--db", db, "--port", str(port), "--data-dir", data_dir],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
        start_new_session=True,
    )
    try:
        _wait(lambda: _rpc(port, "common", "version"), 600, "the server", server)
        uid = _rpc(port, "common", "login", db, "admin", "admin")
        assert uid, "admin/admin logs in"

        def documents():
            return _rpc(
                port,
                "object",
                "execute_kw",
                db,
                uid,
                "admin",
                "heymilo.ingestion.document",
                "search_read",
                [[["job_id.name", "=", "Demo: Software Engineer"]]],
                {"fields": ["name", "state", "total_profile_count"]},
            )

        uploads = documents()
        assert {d["name"] for d in uploads} >= {"batch.zip", "candidates.csv", "resume_01.pdf"}
        done = _wait(
            lambda: all(d["state"] == "success" for d in documents()) and documents(),
            300,
            "the cron threads to extract the demo files",
            server,
        )
        assert sum(d["total_profile_count"] for d in done if "/" not in d["name"]) >= 5
        log.seek(0)
        printed = log.read()
        assert "http://localhost:%d" % port in printed and "admin / admin" in printed
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=60) == 0, "Ctrl-C stops the server cleanly"
    except BaseException:
        log.seek(0)
        print(log.read()[-5000:])  # what the server said, in pytest's captured output
        raise
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        log.close()
        subprocess.run(["dropdb", "--if-exists", db], check=False)
        shutil.rmtree(data_dir, ignore_errors=True)
