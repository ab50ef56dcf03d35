"""Hints of whose resume it is (the file's name, the document's Author and
Title): read from PDFs and Word files, and weighed by the name model as one
feature among the others, never taken as the name."""

import pytest
from conftest import RESUME_LINES, make_pdf

from heymilo_ingestion.extraction import Limits, extract, name_weights, namemodel
from heymilo_ingestion.extraction.pdf import read_pdf
from heymilo_ingestion.extraction.word import read_docx
from heymilo_ingestion.tests.office_files import make_docx


@pytest.mark.parametrize("backend", ["pdfium", "pdfminer"])
def test_both_pdf_backends_read_the_author_and_title(backend):
    data = make_pdf(RESUME_LINES, author="María González", title="CV – Data Engineer")
    assert read_pdf(data, Limits(), backend).hints == ["María González", "CV – Data Engineer"]
    assert read_pdf(make_pdf(RESUME_LINES), Limits(), backend).hints == []


def test_a_word_document_gives_its_creator():
    data = make_docx(["Maria Gonzalez", "maria.gonzalez@example.com"], author="Maria Gonzalez")
    assert read_docx(data, Limits()).hints[:1] == ["Maria Gonzalez"]


def test_hint_words_split_file_names_and_drop_document_words():
    words = namemodel.hint_words(["CV_MariaGonzalez_2024-final", "Curriculum Vitae", "Resume of José Ruiz"])
    assert words == {"maria", "gonzalez", "jose", "ruiz"}
    context = namemodel.Context(0, [], 0, [], [], hinted=namemodel.hint_words(["강동훈 이력서"]))
    hinted = [namemodel._hinted(n, context.hinted) for n in ("강동훈", "김철수", "Maria Gonzalez")]
    assert hinted == [1.0, 0.0, 0.0]


def test_a_hinted_candidate_is_more_probable_and_a_document_word_never_is():
    """Two candidates alike but for the hint: the one the file names wins;
    "Curriculum Vitae" gains nothing from a file called Curriculum_Vitae.pdf."""
    assert name_weights.WEIGHTS["hinted"] > 0
    context = namemodel.Context(22.0, [22.0, 10.0], 10.0, [2], [], hinted=namemodel.hint_words(["Ana_Ruiz_CV"]))
    candidates = [namemodel.Candidate(n, p, 22.0, n) for p, n in enumerate(("Lead Planner", "Ana Ruiz"))]
    first, second = namemodel.vectors(candidates, context)
    assert (first["hinted"], second["hinted"]) == (0.0, 1.0)
    assert namemodel.probability(second) > namemodel.probability({**second, "hinted": 0.0})
    title = namemodel.Candidate("Curriculum Vitae", 0, 22.0, "Curriculum Vitae")
    context.hinted = namemodel.hint_words(["Curriculum_Vitae"])
    assert namemodel.vectors([title], context)[0]["hinted"] == 0.0


def test_the_engine_weighs_the_file_name_and_the_metadata():
    """The same resume is surer of its name when the file or its Author name
    the candidate, and still reads it from the page when they name nobody."""
    plain = extract(make_pdf(RESUME_LINES), "resume.pdf").profiles[0]
    named = extract(make_pdf(RESUME_LINES), "CV_Maria_Gonzalez.pdf").profiles[0]
    authored = extract(make_pdf(RESUME_LINES, author="Maria Gonzalez"), "resume.pdf").profiles[0]
    other = extract(make_pdf(RESUME_LINES, author="HP User"), "Senior_Data_Engineer.pdf").profiles[0]
    assert plain.name == named.name == authored.name == other.name == "Maria Gonzalez"
    assert named.confidence["name"] > plain.confidence["name"]
    assert authored.confidence["name"] > plain.confidence["name"]
