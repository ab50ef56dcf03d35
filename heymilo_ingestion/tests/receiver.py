"""A real HTTP server on 127.0.0.1 that records webhook requests and answers
with queued statuses (plain Python: used by the Odoo and the engine tests).

A queued answer is ``(status, headers)`` or ``(status, headers, behaviour)``
where ``behaviour`` is one of ``"trickle"`` (the status line one byte every
``trickle_interval`` seconds), ``"trickle_body"`` (the headers at once, then
the body a byte at a time) or ``"huge"`` (an 80 MB body)."""

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HUGE_BODY = 80 * 2**20


class Receiver:
    def __init__(self, statuses=(), trickle_interval=0.5):
        self.statuses, self.requests = list(statuses), []
        self.trickle_interval = trickle_interval
        self.body_bytes_sent = self.hangups = 0
        self.stop = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["content-length"]))
                receiver.requests.append(({k.lower(): v for k, v in self.headers.items()}, body))
                answer = receiver.statuses.pop(0) if receiver.statuses else (200, {})
                status, extra, behaviour = (answer + (None,))[:3]
                try:
                    if behaviour == "trickle":
                        receiver.trickle(self.wfile, b"HTTP/1.0 %d OK\r\n\r\nok" % status)
                        return
                    self.send_response(status)
                    for key, value in extra.items():
                        self.send_header(key, value)
                    self.end_headers()
                    if behaviour == "trickle_body":
                        receiver.trickle(self.wfile, b"y" * 40)
                    elif behaviour == "huge":
                        receiver.send_huge(self.wfile)
                    else:
                        self.wfile.write(b'{"received": true}')
                except OSError:  # the sender hung up, as it should
                    receiver.hangups += 1

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = "http://127.0.0.1:%d/hook" % self.server.server_port
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def trickle(self, wfile, data):
        for index in range(len(data)):
            if self.stop.wait(self.trickle_interval):
                return
            wfile.write(data[index : index + 1])
            wfile.flush()

    def send_huge(self, wfile):
        chunk = b"z" * 2**16
        while self.body_bytes_sent < HUGE_BODY and not self.stop.is_set():
            wfile.write(chunk)
            self.body_bytes_sent += len(chunk)

    def close(self):
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()


def elapsed(function, *args, **kwargs):
    """``(result, seconds)`` of calling ``function``."""
    start = time.monotonic()
    result = function(*args, **kwargs)
    return result, time.monotonic() - start
