"""Word 97-2003 (.doc) through LibreOffice, when the server has it.

Optional: without ``soffice`` on the PATH a .doc is refused with a message
asking for .docx or PDF. With it, the file is converted to .docx in a private
temporary directory (its own LibreOffice profile, so conversions may run in
parallel) under a time limit, and read like any Word resume.
"""

import shutil
import subprocess
import tempfile
from pathlib import Path

CONVERT_TIMEOUT = 60  # seconds; LibreOffice starts in 2-5 s


class ConversionError(Exception):
    """The converter failed; the message is for a person."""


def converter():
    """The path of LibreOffice's ``soffice``, or None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def doc_to_docx(data, timeout=CONVERT_TIMEOUT):
    """The .docx bytes of the .doc ``data``; raises ``ConversionError``."""
    program = converter()
    if not program:
        raise ConversionError("Word 97-2003 (.doc) files cannot be read here; save the resume as .docx or PDF.")
    with tempfile.TemporaryDirectory(prefix="heymilo-doc-") as work:
        source = Path(work, "resume.doc")
        source.write_bytes(data)
        command = [
            program,
            "-env:UserInstallation=file://%s/profile" % work,
            "--headless",
            "--norestore",
            "--convert-to",
            "docx",
            "--outdir",
            work,
            str(source),
        ]
        try:
            subprocess.run(command, capture_output=True, timeout=timeout, check=False)  # noqa: S603
        except subprocess.TimeoutExpired as exc:
            raise ConversionError(
                "Converting this .doc file took more than %d s; save it as .docx or PDF." % timeout
            ) from exc
        target = source.with_suffix(".docx")
        if not target.exists():
            raise ConversionError("This .doc file is damaged or cannot be converted; save it as .docx or PDF.")
        return target.read_bytes()
