"""The real-world resume set: labels consistent with SOURCES.tsv, and
rebuild.py recreating files from git clones with their sha256 checked; the
fresh holdouts from repositories used nowhere else, the unfitted ones
(FRESH: the next rounds') kept out of default runs, and
every split not named in fit_names.FIT_SPLITS (holdout8 on) out of fitting."""

import csv
import hashlib
import json
import pathlib
import re
import subprocess
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parents[1] / "data" / "realworld"
REBUILD = HERE / "rebuild.py"
KEYS = {
    "file", "name", "alt_names", "email", "alt_emails", "phone", "alt_phones", "linkedin",
    "text_based", "pages", "layout", "language", "notes", "label_uncertain", "source", "split",
}  # fmt: skip


def _labels():
    return [json.loads(line) for line in (HERE / "labels.jsonl").read_text(encoding="utf-8").splitlines()]


def _sources(path=HERE / "SOURCES.tsv"):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_every_label_has_the_schema_and_a_verifiable_source():
    labels, sources = _labels(), {row["file"]: row for row in _sources()}
    assert len(labels) >= 100
    assert [lab["file"] for lab in labels] == sorted(sources, key=lambda name: (len(name), name))  # rw999, rw1000
    for label in labels:
        assert KEYS <= set(label), label["file"]
        # No name only where none is printed (a Japanese CV whose name is masked as "○○ ○○").
        assert label["name"] is None or label["name"].strip() == label["name"] != ""
        assert label["email"] is None or label["email"] == label["email"].lower()
        assert label["linkedin"] is None or "linkedin.com/" in label["linkedin"]
        row = sources[label["file"]]
        assert len(row["sha256"]) == 64 and len(row["commit"]) == 40
        assert (row["source"], row["split"]) == (label["source"], label["split"])


def test_phones_carry_the_country_they_are_read_in():
    """The benchmark reads a phone printed without its country code in the
    label's country, so that a wrong country code counts as wrong."""
    import phonenumbers  # noqa: PLC0415

    with_phone = [label for label in _labels() if label["phone"]]
    with_country = [label for label in with_phone if label.get("country")]
    assert len(with_country) >= 0.95 * len(with_phone)
    for label in with_country:
        number = phonenumbers.parse(re.sub(r"^\(?(00|\+)", "+", label["phone"]), label["country"])
        assert phonenumbers.is_valid_number(number), label["file"]
        assert phonenumbers.region_code_for_number(number) == label["country"], label["file"]


def test_holdout_is_about_thirty_percent_and_chosen_by_whole_source_group():
    labels = [label for label in _labels() if label["split"] in {"dev", "holdout"}]  # the first set
    splits = {}
    for label in labels:
        splits.setdefault(label["source"], set()).add(label["split"])
    assert all(len(split) == 1 for split in splits.values()), splits
    share = sum(label["split"] == "holdout" for label in labels) / len(labels)
    assert 0.25 <= share <= 0.35


@pytest.mark.parametrize(
    "split, minimum",
    [("holdout2", 50), ("holdout3", 35), ("holdout7", 100), ("holdout8", 33), ("holdout9", 33), ("holdout10", 40),
     ("holdout11", 40), ("holdout12", 45), ("holdout13", 45),
     ("holdout14", 45), ("holdout15", 55), ("holdout16", 50), ("holdout17", 40), ("holdout18", 30),
     ("holdout19", 28), ("holdout20", 29)],
)  # fmt: skip
def test_later_holdouts_are_fresh_repositories_only(split, minimum):
    """holdout2, holdout3, holdout7 … holdout20: each file from a repository
    used nowhere else."""
    sources = _sources()
    fresh = [row["repo"] for row in sources if row["split"] == split]
    others = {row["repo"] for row in sources if row["split"] != split}
    assert len(fresh) >= minimum
    assert len(set(fresh)) == len(fresh)
    assert not set(fresh) & others


def test_accuracy_measures_the_fresh_holdout_only_when_asked(monkeypatch):
    monkeypatch.syspath_prepend(str(HERE.parents[1] / "benchmarks"))
    import accuracy  # noqa: PLC0415

    assert {label["split"] for label in _labels()} <= {*accuracy.SPLITS, *accuracy.FRESH}
    labels = [
        {"file": "a", "split": "dev"},
        {"file": "b", "split": "holdout"},
        {"file": "c", "split": "holdout2"},
        {"file": "d"},
        {"file": "e", "split": "holdout3"},
        {"file": "f", "split": "holdout4"},
        {"file": "g", "split": "holdout5"},
        {"file": "h", "split": "holdout6"},
        {"file": "i", "split": "holdout7"},
        {"file": "j", "split": "holdout8"},
        {"file": "k", "split": "holdout9"},
        {"file": "l", "split": "holdout10"},
        {"file": "m", "split": "holdout11"},
        {"file": "n", "split": "holdout12"},
        {"file": "o", "split": "holdout13"},
        {"file": "p", "split": "holdout14"},
        {"file": "q", "split": "holdout15"},
        {"file": "r", "split": "holdout16"},
        {"file": "s", "split": "holdout17"},
        {"file": "t", "split": "holdout18"},
        {"file": "u", "split": "holdout20"},
    ]
    # The development splits by default; a fresh holdout only when asked for.
    assert [label["file"] for label in accuracy.select(labels)] == list("abcdefghijklmnopqrst")
    assert [label["file"] for label in accuracy.select(labels, "holdout17")] == ["s"]
    assert [label["file"] for label in accuracy.select(labels, "holdout18")] == ["t"]
    assert [label["file"] for label in accuracy.select(labels, "holdout20")] == ["u"]
    assert "u" not in {label["file"] for label in accuracy.select(labels)}  # fresh: only when asked for
    assert [label["file"] for label in accuracy.select(labels, "holdout13")] == ["o"]
    assert [label["file"] for label in accuracy.select(labels, "holdout11")] == ["m"]
    assert [label["file"] for label in accuracy.select(labels, "holdout2")] == ["c"]
    assert [label["file"] for label in accuracy.select(labels, "dev")] == ["a", "d"]


def test_name_model_is_fitted_on_the_named_splits_only(monkeypatch, tmp_path):
    """dev and holdout … holdout7 are fitting data; any other split (a fresh
    holdout8, added later) is never opened by the fitter."""
    monkeypatch.syspath_prepend(str(HERE.parents[1] / "benchmarks"))
    import fit_names  # noqa: PLC0415

    splits = (
        "dev",
        "holdout",
        "holdout2",
        "holdout3",
        "holdout4",
        "holdout5",
        "holdout6",
        "holdout7",
        "holdout8",
        "holdout9",
    )
    labels = [{"file": "%s.pdf" % split, "split": split} for split in splits]
    for label in labels:
        (tmp_path / label["file"]).write_bytes(b"%PDF-1.4 " + label["split"].encode())
    read = []

    def fake_read(data, limits, backend):
        read.append(data.split()[-1].decode())
        raise fit_names.PdfError("not parsed here")

    monkeypatch.setattr(fit_names, "corpora", lambda dirs: [("real-world", tmp_path, labels)])
    monkeypatch.setattr(fit_names, "read_pdf", fake_read)
    assert fit_names.documents("pdfium") == []
    assert read == ["dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7"]


def _git(*args, cwd):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def mirror(tmp_path):
    """A clone named owner+name (the layout the fetch tool leaves) holding one PDF."""
    work = tmp_path / "mirrors" / "someone+cv" / "repo"
    work.mkdir(parents=True)
    _git("init", "-q", cwd=work)
    (work / "cv.pdf").write_bytes(b"%PDF-1.4 resume bytes")
    _git("add", "cv.pdf", cwd=work)
    _git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "cv", cwd=work)
    head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=work, capture_output=True, text=True, check=True)
    commit = head.stdout.strip()
    return tmp_path, commit


def _run(tmp_path, commit, sha):
    table = tmp_path / "SOURCES.tsv"
    header = "file\trepo\tpath\tcommit\tsha256\tlicense\torigin\tpdf_creator\tpdf_producer\tsource\tsplit\n"
    table.write_text(header + "rw001.pdf\tsomeone/cv\tcv.pdf\t%s\t%s\tnone\treal\t\t\tde\tdev\n" % (commit, sha))
    out = tmp_path / "files"
    args = ["--mirrors", str(tmp_path / "mirrors"), "--out", str(out), "--sources", str(table)]
    result = subprocess.run([sys.executable, str(REBUILD), *args], capture_output=True, text=True, check=False)
    return result, out


def test_rebuild_writes_the_file_when_its_sha256_matches(mirror):
    tmp_path, commit = mirror
    result, out = _run(tmp_path, commit, hashlib.sha256(b"%PDF-1.4 resume bytes").hexdigest())
    assert result.returncode == 0, result.stderr
    assert (out / "rw001.pdf").read_bytes() == b"%PDF-1.4 resume bytes"


def test_rebuild_refuses_a_file_whose_sha256_differs(mirror):
    tmp_path, commit = mirror
    result, out = _run(tmp_path, commit, "0" * 64)
    assert result.returncode == 1
    assert "sha256 mismatch" in result.stderr
    assert not (out / "rw001.pdf").exists()


def test_rebuild_names_the_missing_repository(mirror):
    tmp_path, _commit = mirror
    result, _out = _run(tmp_path, "f" * 40, "0" * 64)
    assert result.returncode == 1
    assert "someone/cv:cv.pdf not found" in result.stderr
