"""Word 97-2003 (.doc) through LibreOffice, when the server has it.

Optional: without ``soffice`` on the PATH a .doc is refused with a message
asking for .docx or PDF. With it, the file is converted to .docx in a private
temporary directory (its own LibreOffice profile and HOME, so conversions may
run in parallel and never touch a user's profile) under a time limit, and
read like any Word resume. LibreOffice runs in its own process group: on a
time-out the whole group (the ``soffice`` script and its ``soffice.bin``) is
killed, and nothing of it outlives the call.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT = 60  # seconds; LibreOffice starts in 2-7 s on a busy machine
NOT_INSTALLED = "Word 97-2003 (.doc) files cannot be read here; save the resume as .docx or PDF."


class ConversionError(Exception):
    """The converter failed; the message is for a person."""


def converter():
    """The path of LibreOffice's ``soffice``, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data, timeout=CONVERT_TIMEOUT):
    """The .docx bytes of the .doc ``data``; raises ``ConversionError``."""
    program = converter()
    if not program:
        raise ConversionError(NOT_INSTALLED)
    with tempfile.TemporaryDirectory(prefix="heymilo-doc-") as work:
        source = Path(work, "resume.doc")
        source.write_bytes(data)
        command = [
            program,
            "-env:UserInstallation=%s" % Path(work, "profile").as_uri(),
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            work,
            str(source),
        ]
        _run(command, timeout, dict(os.environ, HOME=work))
        target = source.with_suffix(".docx")
        if not target.exists() or not target.stat().st_size:
            raise ConversionError("This .doc file is damaged or cannot be converted; save it as .docx or PDF.")
        return target.read_bytes()


def _run(command, timeout, env):
    """Run LibreOffice in a process group of its own, killed whole on a time-out
    (and in any case once the converter returns)."""
    try:
        process = subprocess.Popen(  # noqa: S603 - a fixed command line, no shell
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
    except OSError as exc:
        raise ConversionError("LibreOffice could not be started (%s); save the resume as .docx or PDF." % exc) from exc
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(
            "Converting this .doc file took more than %g s; save it as .docx or PDF." % timeout
        ) from exc
    finally:
        _kill_group(process)


def _kill_group(process):
    with contextlib.suppress(ProcessLookupError, PermissionError):  # the group has already exited
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()
