import io
import zipfile

import pytest
from conftest import make_pdf, make_zip

from heymilo_ingestion.extraction import FAILED, SUCCESS, ZIP, Limits, extract
from heymilo_ingestion.extraction.archive import Allowance, ArchiveError

CSV_LIST = (
    b"Name,Email,Phone,Resume\nMaria G.,maria.gonzalez@example.com,+44 20 7946 0999,\nSam Row,sam@example.com,,\n"
)


def test_members_become_children_named_by_path(resume_pdf):
    data = make_zip(
        [
            ("batch/maria.pdf", resume_pdf),
            ("batch/list.csv", CSV_LIST),
            ("__MACOSX/batch/._maria.pdf", b"junk"),
            ("batch/.hidden.pdf", resume_pdf),
            ("batch/", b""),
        ]
    )
    document = extract(data, "batch.zip")
    assert (document.type, document.status) == (ZIP, SUCCESS)
    assert [c.file for c in document.children] == ["batch/maria.pdf", "batch/list.csv"]


def test_csv_row_merged_with_resume_by_email(resume_pdf):
    document = extract(make_zip([("maria.pdf", resume_pdf), ("list.csv", CSV_LIST)]), "b.zip")
    pdf_child, csv_child = document.children
    merged = pdf_child.profiles[0]
    assert merged.name == "Maria G."  # typed by a person: wins
    assert merged.phone == "+442079460999"
    assert merged.linkedin_url.endswith("/maria-gonzalez-data")  # from the resume
    assert merged.source_row == 2
    assert [p.name for p in csv_child.profiles] == ["Sam Row"]


def test_csv_row_merged_with_resume_named_in_column():
    resume = make_pdf(["Ken Other", "ken@example.net"])
    listing = b"Name,Email,Resume\nKen Adams,ken.adams@example.com,CVs/Ken_CV.pdf\n"
    document = extract(make_zip([("Ken_CV.pdf", resume), ("l.csv", listing)]), "b.zip")
    assert document.children[0].profiles[0].email == "ken.adams@example.com"
    assert document.children[1].profiles == []


def test_hostile_member_names_are_contained(resume_pdf):
    data = make_zip([("../../etc/evil.pdf", resume_pdf), ("/abs/path.pdf", resume_pdf), ("C:\\win\\x.pdf", resume_pdf)])
    names = [c.file for c in extract(data, "../../x.zip").children]
    assert names == ["etc/evil.pdf", "abs/path.pdf", "win/x.pdf"]
    assert extract(data, "../../x.zip").file == "x.zip"


def test_nested_zip_one_level(resume_pdf):
    inner = make_zip([("inner.pdf", resume_pdf), ("deeper.zip", make_zip([("x.pdf", resume_pdf)]))])
    document = extract(make_zip([("inner.zip", inner)]), "outer.zip")
    files = {c.file: c.status for c in document.children}
    assert files == {"inner.zip/inner.pdf": SUCCESS, "inner.zip/deeper.zip": FAILED}


def test_zip_bomb_refused():
    bomb = make_zip([("bomb.csv", b"0" * (50 * 2**20))])
    document = extract(bomb, "bomb.zip")
    assert document.status == FAILED
    assert "zip bomb" in document.error


def test_total_size_and_member_count_caps(resume_pdf):
    data = make_zip([("r%d.pdf" % i, resume_pdf) for i in range(5)], zipfile.ZIP_STORED)
    assert "at most 3" in extract(data, "z.zip", Limits(zip_max_members=3)).error
    assert "would unpack" in extract(data, "z.zip", Limits(zip_max_total_size=1000)).error


def test_encrypted_zip_refused(resume_pdf):
    # zipfile cannot write encrypted archives: set the encryption flag by hand.
    data = bytearray(make_zip([("a.pdf", resume_pdf)], zipfile.ZIP_STORED))
    data[6] |= 1  # local header flag bits
    central = data.rfind(b"PK\x01\x02")
    data[central + 8] |= 1
    document = extract(bytes(data), "locked.zip")
    assert document.status == FAILED
    assert "password-protected" in document.error


def test_damaged_zip():
    document = extract(b"PK\x03\x04" + b"\x00" * 100, "bad.zip")
    assert document.status == FAILED
    assert "damaged" in document.error


def test_unsupported_member_reported_others_kept(resume_pdf):
    gif = b"GIF89a" + b"\x00" * 50
    document = extract(make_zip([("photo.gif", gif), ("cv.pdf", resume_pdf)]), "mix.zip")
    photo, cv = document.children
    assert photo.status == FAILED and "GIF image" in photo.error
    assert cv.status == SUCCESS


def test_members_are_never_written_to_disk(tmp_path, monkeypatch, resume_pdf):
    monkeypatch.chdir(tmp_path)
    extract(make_zip([("../../escape.pdf", resume_pdf)]), "x.zip")
    assert list(tmp_path.iterdir()) == []
    assert not (tmp_path.parent.parent / "escape.pdf").exists()


def test_zip_of_only_unwanted_entries():
    data = make_zip([("__MACOSX/._a", b"x"), (".DS_Store", b"x")])
    assert "no resumes or candidate lists" in extract(data, "mac.zip").error


def test_stream_is_a_real_zip():
    assert zipfile.is_zipfile(io.BytesIO(make_zip([("a.csv", CSV_LIST)])))


def test_nested_archives_share_the_member_cap(resume_pdf):
    """3 inner archives of 4 resumes each: 3 + 12 members, over a cap of 11
    for the whole upload. The first two inner archives fit, the last is
    refused whole, and nothing beyond the cap is extracted."""
    inner = [make_zip([("r%d.pdf" % i, resume_pdf) for i in range(4)], zipfile.ZIP_STORED) for _ in range(3)]
    outer = make_zip([("batch%d.zip" % n, data) for n, data in enumerate(inner)], zipfile.ZIP_STORED)
    document = extract(outer, "upload.zip", Limits(zip_max_members=11))
    extracted = [c.file for c in document.children if c.status == SUCCESS]
    assert extracted == ["batch%d.zip/r%d.pdf" % (n, i) for n in range(2) for i in range(4)]
    (refused,) = [c for c in document.children if c.status == FAILED]
    assert refused.file == "batch2.zip"
    assert "at most 11" in refused.error and "already unpacked" in refused.error


def test_nested_archives_share_the_size_cap(resume_pdf):
    big = b"x" * 2000
    inner = make_zip([("a.pdf", resume_pdf), ("pad.csv", big)], zipfile.ZIP_STORED)
    outer = make_zip([("one.zip", inner), ("two.zip", inner)], zipfile.ZIP_STORED)
    size = 2 * len(inner) + len(resume_pdf) + len(big)  # the outer members, then the first inner archive
    document = extract(outer, "upload.zip", Limits(zip_max_total_size=size))
    assert [c.file for c in document.children if c.file.startswith("one.zip/")] == ["one.zip/a.pdf", "one.zip/pad.csv"]
    (refused,) = [c for c in document.children if c.file == "two.zip"]
    assert refused.status == FAILED and "would unpack" in refused.error


def test_allowance_counts_what_was_unpacked_before():
    limits = Limits(zip_max_members=5, zip_max_total_size=100)
    allowance = Allowance(limits, members_used=3, size_used=10)
    allowance.take(2, 90)
    with pytest.raises(ArchiveError, match="at most 5"):
        allowance.take(1, 0)
    with pytest.raises(ArchiveError, match="would unpack"):
        Allowance(limits, members_used=1, size_used=99).take(1, 2)
