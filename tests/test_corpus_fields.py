"""Every labelled resume of the project's own corpus (data/corpus, synthetic,
in the repository) gives its labelled name, e-mail, phone and LinkedIn with
the default PDF backend, judged as ``benchmarks/accuracy.py`` judges them: a
rule tuned on real-world files must not cost a field here (a phone-ordering
change once put a labelled office number before the mobile printed first)."""

import pathlib
import sys

import pytest

from heymilo_ingestion.extraction import SUCCESS, Limits, extract

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import accuracy  # noqa: E402

CORPUS = ROOT / "data" / "corpus"
LABELS = [label for label in accuracy._read_labels(CORPUS / "labels.jsonl") if label.get("text_based", True)]


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_the_corpus_resume_gives_its_labelled_fields(label):
    document = extract((CORPUS / label["file"]).read_bytes(), label["file"], Limits(ocr_max_pages=0), "pdfium")
    assert document.status == SUCCESS, document.error
    profile = document.profiles[0]
    results = {field: accuracy.outcome(field, label, profile)[0] for field in accuracy.FIELDS}
    assert results == dict.fromkeys(accuracy.FIELDS, "right")
