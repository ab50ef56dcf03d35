"""Take the README's screenshots from a real Odoo in headless Chromium.

    python docs/screenshots.py --db DB [--addons-path PATHS] [--port 8069] [--data-dir DIR]

Needs Odoo 18 importable, Chromium, websocket-client and a database with
heymilo_ingestion installed and an ``admin``/``admin`` login (a throwaway
database: the script uploads the sample files and ingests some profiles).
It starts Odoo on 127.0.0.1, drives Chromium over the DevTools protocol and
writes docs/*.png.
"""

import argparse
import base64
import json
import pathlib
import subprocess
import sys
import tempfile
import time

import requests
import websocket

ROOT = pathlib.Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "data" / "samples"


class Odoo:
    def __init__(self, url, db):
        self.url, self.db, self.session = url, db, requests.Session()
        self.session.post(
            url + "/web/session/authenticate",
            json={"jsonrpc": "2.0", "params": {"db": db, "login": "admin", "password": "admin"}},
            timeout=60,
        ).raise_for_status()

    def call(self, model, method, *args, **kwargs):
        response = self.session.post(
            self.url + "/web/dataset/call_kw",
            json={"jsonrpc": "2.0", "params": {"model": model, "method": method, "args": list(args), "kwargs": kwargs}},
            timeout=120,
        ).json()
        if "error" in response:
            raise RuntimeError(response["error"]["data"]["message"])
        return response.get("result")


class Browser:
    def __init__(self, port=9333):
        self.profile = tempfile.mkdtemp(prefix="heymilo_shots_")
        self.process = subprocess.Popen(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + self.profile,
                "--remote-debugging-port=%d" % port,
                "--window-size=1440,900",
                "about:blank",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(50):
            try:
                pages = requests.get("http://127.0.0.1:%d/json" % port, timeout=2).json()
                break
            except requests.RequestException:
                time.sleep(0.2)
        target = next(p for p in pages if p["type"] == "page")
        self.ws = websocket.create_connection(target["webSocketDebuggerUrl"], timeout=60)
        self.counter = 0
        self.errors = []  # client errors seen on the way: the run fails on any
        self.send("Runtime.enable")

    def send(self, method, **params):
        self.counter += 1
        self.ws.send(json.dumps({"id": self.counter, "method": method, "params": params}))
        while True:
            message = json.loads(self.ws.recv())
            if message.get("id") == self.counter:
                return message.get("result", {})
            self.record_error(message)

    def record_error(self, message):
        params = message.get("params", {})
        if message.get("method") == "Runtime.exceptionThrown":
            self.errors.append(params["exceptionDetails"].get("exception", {}).get("description", "exception"))
        elif message.get("method") == "Runtime.consoleAPICalled" and params.get("type") == "error":
            self.errors.append(" ".join(str(arg.get("value", arg.get("description", ""))) for arg in params["args"]))

    def wait_for(self, selector, timeout=120):
        deadline = time.time() + timeout
        while time.time() < deadline:
            found = self.send("Runtime.evaluate", expression="!!document.querySelector(%s)" % json.dumps(selector))
            if found.get("result", {}).get("value"):
                return
            time.sleep(0.3)
        raise TimeoutError(selector)

    def click(self, selector):
        self.wait_for(selector)
        self.send("Runtime.evaluate", expression="document.querySelector(%s).click()" % json.dumps(selector))

    def open(self, url, selector):
        self.send("Page.navigate", url=url)
        self.wait_for(selector)

    def shot(self, name, settle=1.5):
        time.sleep(settle)
        data = self.send("Page.captureScreenshot", format="png")["data"]
        (ROOT / "docs" / name).write_bytes(base64.b64decode(data))
        print("wrote docs/%s" % name)

    def close(self):
        self.ws.close()
        self.process.terminate()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--addons-path", default=None)
    parser.add_argument("--port", type=int, default=8069)
    parser.add_argument("--data-dir", default=None, help="Odoo's data directory (where the database's filestore is)")
    args = parser.parse_args()
    command = [
        sys.executable,
        "-m",
        "odoo",
        "server",
        "-d",
        args.db,
        "--db-filter",
        "^%s$" % args.db,
        "--http-interface",
        "127.0.0.1",
        "--http-port",
        str(args.port),
        "--max-cron-threads",
        "1",
    ]
    if args.addons_path:
        command += ["--addons-path", args.addons_path]
    if args.data_dir:
        command += ["--data-dir", args.data_dir]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = "http://127.0.0.1:%d" % args.port
    try:
        for _ in range(120):
            try:
                requests.get(url + "/web/login", timeout=2)
                break
            except requests.RequestException:
                time.sleep(0.5)
        odoo = Odoo(url, args.db)
        job = odoo.call("hr.job", "create", {"name": "Data Engineer"})
        odoo.call("heymilo.api.key", "generate", job)  # so that opening the page shows no new key
        files = [
            {"name": p.name, "data": base64.b64encode(p.read_bytes()).decode()}
            for p in sorted(SAMPLES.iterdir())
            if p.suffix in (".pdf", ".csv", ".zip")
        ]
        files.append({"name": "scanned.pdf", "data": base64.b64encode(b"%PDF-1.4\n%damaged").decode()})
        odoo.call("heymilo.ingestion.document", "action_upload_files", job, files, False)
        for _ in range(120):
            pending = odoo.call(
                "heymilo.ingestion.document",
                "search_count",
                [("job_id", "=", job), ("state", "in", ["queued", "processing"])],
            )
            if not pending:
                break
            time.sleep(1)
        profiles = odoo.call("heymilo.ingestion.profile", "search", [("job_id", "=", job)], order="id")
        odoo.call("heymilo.ingestion.profile", "action_ingest", profiles[: len(profiles) // 2])
        time.sleep(8)

        browser = Browser()
        try:
            browser.send(
                "Network.setCookie",
                name="session_id",
                value=odoo.session.cookies["session_id"],
                domain="127.0.0.1",
                path="/",
            )
            browser.open(url + "/odoo/recruitment/%d" % job, ".o_notebook")
            browser.click("a.nav-link[name='heymilo_integrations']")
            browser.shot("job-integrations.png")
            browser.click("div[name='heymilo_ingestion_gateway'] button")
            browser.wait_for(".o_heymilo_stats")
            browser.shot("ingestion-page.png", settle=2.5)
            browser.open(url + "/odoo/action-heymilo_ingestion.heymilo_ingestion_profile_action", ".o_data_row")
            browser.click(".o_data_row button[name='action_view_details']")
            browser.wait_for(".o_heymilo_review_fields input[name='name']")
            for _ in range(10):  # on to a resume, shown beside its fields
                if browser.send("Runtime.evaluate", expression="!!document.querySelector('.o_heymilo_review iframe')")[
                    "result"
                ].get("value"):
                    break
                browser.click(".o_heymilo_review_next")
                time.sleep(1.5)
            browser.shot("profile-review.png", settle=3)
            browser.open(
                url + "/odoo/action-heymilo_ingestion.heymilo_ingestion_document_analysis_action", ".o_graph_view"
            )
            browser.shot("analysis-documents-graph.png", settle=2.5)
            browser.open(
                url + "/odoo/action-heymilo_ingestion.heymilo_ingestion_profile_analysis_action", ".o_graph_view"
            )
            browser.click(".o_switch_view.o_pivot")
            browser.wait_for(".o_pivot")
            browser.shot("analysis-profiles-pivot.png", settle=2.5)
            browser.send("Emulation.setDeviceMetricsOverride", width=390, height=844, deviceScaleFactor=1, mobile=True)
            browser.open(url + "/odoo/action-hr_recruitment.action_hr_job", ".o_heymilo_kanban_ingestion a")
            browser.click(".o_heymilo_kanban_ingestion a")
            browser.wait_for(".o_heymilo_stats")
            browser.shot("ingestion-page-mobile.png", settle=2.5)
        finally:
            browser.close()
        if browser.errors:
            sys.exit("client errors:\n" + "\n".join(browser.errors))
        print("no client error at 1440x900 nor at 390x844")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
