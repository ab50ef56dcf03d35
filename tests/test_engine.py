import json
import subprocess
import sys

import pytest
from conftest import ROOT, make_zip

from heymilo_ingestion.extraction import FAILED, MAX_FILE_SIZE, MAX_FILES_PER_UPLOAD, Limits, extract, sniff


def test_seed_limits():
    assert MAX_FILES_PER_UPLOAD == 10
    assert MAX_FILE_SIZE == 50 * 1024 * 1024


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"%PDF-1.7\n", "pdf"),
        (b"PK\x03\x04rest", "zip"),
        (b"name,email\n", "csv"),
        (b"\x89PNG\r\n\x1a\n", "image"),
        (b"\xff\xd8\xff\xe0", "image"),
        (b"II*\x00", "image"),
        (b"MM\x00*", "image"),
        (b"GIF89a", "unknown"),
        (b"", "unknown"),
        (b"\x00\x01\x02\x03" * 100, "unknown"),
    ],
)
def test_sniff_by_content(data, expected):
    assert sniff(data)[0] == expected


def test_file_over_size_limit():
    document = extract(b"%PDF-1.4" + b" " * 2000, "big.pdf", Limits(max_file_size=1000))
    assert document.status == FAILED and "files up to" in document.error


def test_docx_renamed_pdf_is_named_for_what_it_is():
    docx = make_zip([("word/document.xml", b"<w/>")])
    document = extract(docx, "resume.pdf")
    assert document.status == FAILED and "Word document" in document.error


def test_filename_cannot_hide_or_reorder_its_text():
    document = extract(b"name\nx\n", "cv\u202efdp.exe\u200b.csv")
    assert document.file == "cvfdp.exe.csv"


def test_hostile_filename():
    document = extract(b"name\nx\n", "../../\x00evil\n.csv")
    assert document.file == "evil.csv"


def test_engine_never_raises_on_random_bytes():
    import random

    rng = random.Random(7)
    for size in (1, 10, 1000, 20000):
        for prefix in (b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf"):
            document = extract(prefix + bytes(rng.randrange(256) for _ in range(size)), "fuzz.bin")
            assert document.status in ("success", "failed")


def run_cli(*args):
    return subprocess.run(
        [sys.executable, "-m", "heymilo_ingestion.extraction", *args],
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_json_one_object_per_file(tmp_path):
    (tmp_path / "a.csv").write_text("Name,Email\nAl Bo,al@example.com\n")
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n")
    result = run_cli("--json", str(tmp_path / "a.csv"), str(tmp_path / "b.txt"))
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["status"] for o in objects] == ["success", "failed"]
    assert objects[0]["profiles"][0]["email"] == "al@example.com"
    assert set(objects[0]) >= {"file", "type", "status", "error", "profiles", "children"}
    assert result.returncode == 1


def test_cli_human_readable_on_samples():
    result = run_cli(str(ROOT / "data" / "samples" / "batch.zip"))
    assert result.returncode == 0, result.stderr
    assert "resumes/resume_14.pdf [pdf] success" in result.stdout
    assert "Row 2 was merged with its resume." in result.stdout
