"""Names, fourth round: text layers that lose or garble letters, names the
e-mail splits, titles and labels in Arabic script, small capitals, two
lines of the largest text, and confidence that needs evidence; the fitter's
stricter cross-validations. PDFs and lines are made here."""

import pathlib
import sys

import pytest
from conftest import make_pdf
from test_unseen_layouts import _runs_pdf

from heymilo_ingestion.extraction import confidence, extract, namemodel
from heymilo_ingestion.extraction.resume import name_candidates, parse_resume
from heymilo_ingestion.extraction.textline import TextLine

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "benchmarks"))

import fit_names  # noqa: E402


def _name(data):
    document = extract(data, "cv.pdf")
    assert document.status == "success", document.error
    return document.profiles[0].name


def _lines(*rows):
    """TextLines of page one from ``(text, size)`` or ``[(text, size), …]`` rows
    (scripts the test PDFs' fonts cannot draw)."""
    lines = []
    for row in rows:
        runs = [row] if isinstance(row, tuple) else row
        lines.append(TextLine("".join(t for t, _s in runs), 1, list(runs)))
    return lines


BODY = [("Experience: data pipelines and reporting for the sales team.", 10)]


def profile_of_rows(*rows, links=(), hints=()):
    """The profile of a page of ``rows`` (see ``_lines``) above a line of body text."""
    return parse_resume(_lines(*rows, *BODY), links=list(links), hints=list(hints))


# -- letters the text layer lost or garbled ---------------------------------------


LOST_FF = "Je\uffferey Yang"  # an "ff" ligature PDFium could not map: U+FFFE


def test_a_glyph_the_text_layer_lost_is_mended_from_the_email():
    lines = _lines((LOST_FF, 30.0), ("jeffrey_yang@example.edu", 10.0), *BODY)
    assert parse_resume(lines).name == "Jeffrey Yang"


def test_a_name_with_a_lost_glyph_nothing_spells_is_not_given():
    lines = _lines((LOST_FF, 30.0), ("jy2021@example.edu", 10.0), *BODY)
    assert parse_resume(lines).name == ""  # not "Je-rey Yang"


def test_words_mixing_scripts_are_a_garbled_font_not_a_name():
    lines = _lines(("A\u0d87\u0d7d\u0d92 L\u0d7e\u0d7e", 26.0), ("a1106052000@example.com", 12.0), *BODY)
    assert parse_resume(lines).name == ""


# -- the e-mail splits what the text layer glued ----------------------------------------


def test_a_letter_spaced_name_is_split_at_its_capitals():
    lines = ["E n z o T o l e d o V e n e g a s", "enzo.toledo@example.cl", "Resumen Profesional"]
    data = make_pdf(lines, font_sizes={0: 30})
    assert _name(data) == "Enzo Toledo Venegas"


@pytest.mark.parametrize(
    "printed, email, name",
    [
        ("KEVINTCHEUWA", "donaldtcheuwa@example.com", "Kevin Tcheuwa"),  # the address holds the surname
        ("CHRINBOUMOUHSINE", "chrinbou.mouhsine@example.com", "Chrinbou Mouhsine"),  # its dot cuts the word
        ("ABDULLAH", "abdullahzx2004@example.com", "Abdullah"),  # the address holds all of it: as printed
    ],
)
def test_a_name_in_one_word_of_capitals_is_split_where_the_email_splits_it(printed, email, name):
    assert _name(make_pdf([printed, email, "Experience: pipelines"], font_sizes={0: 30})) == name


def test_dotted_initials_agree_with_the_email():
    assert namemodel.agreement(["Md.Muntasir", "Rahman"], ["muntasir2999"]) == 1.0


# -- lines read whole --------------------------------------------------------------------


def test_two_lines_of_the_largest_text_are_one_name():
    data = _runs_pdf([[("Jorge Mario", 29)], [("Herrera Vargas", 29)], [("jorgemario2pac@example.edu.co", 9)],
                      [("EXPERIENCIA LABORAL", 12)], BODY])  # fmt: skip
    assert _name(data) == "Jorge Mario Herrera Vargas"


def test_a_name_in_small_capitals_beside_a_link_is_read():
    rows = [[("LinkedIn.com/in/StevenSorial ", 10), ("S ", 18), ("T E V E N ", 14.5), ("S", 18), ("O R I A L", 14.5)],
            [("+20 100 5265241", 10)], [("stevenmagdy92@example.com", 10)], BODY]  # fmt: skip
    assert _name(_runs_pdf(rows)) == "Steven Sorial"


def test_a_name_in_two_runs_of_about_one_size_is_read_whole():
    name_runs = [("رامي عصام ", 12.0), ("عبد الحميد", 11.5)]
    lines = _lines(name_runs, ("00201211213320", 11.0), ("ramy676@example.com", 11.0))
    candidates, _context = name_candidates(lines, "\n".join(line.text for line in lines), ["ramy676@example.com"])
    assert "رامي عصام عبد الحميد" in [c.name for c in candidates]


# -- titles, labels and phrases ----------------------------------------------------------


@pytest.mark.parametrize("title", ["السيرة الذاتية", "رزومه", "Özgeçmiş", "Życiorys", "Резюме"])
def test_document_titles_in_arabic_persian_turkish_polish_russian_are_not_names(title):
    lines = _lines((title, 20.0), ("Ana Ruiz", 12.0), ("ana.ruiz@example.com", 10.0), *BODY)
    assert parse_resume(lines).name != title.title()
    assert title not in [c.name for c in name_candidates(lines, "", ["ana.ruiz@example.com"])[0]]


def test_a_persian_name_label_gives_the_name():
    lines = _lines(("رزومه", 17.3), ("نام و نام خانوادگی : مهدی مالوردی", 17.3), ("Mahdi.M@example.com", 10.0))
    assert parse_resume(lines).name == "مهدی مالوردی"


@pytest.mark.parametrize("phrase", ["Hire Me", "لمحة عن حياتي"])  # "a glimpse of my life"
def test_words_of_sentences_in_english_and_arabic_count(phrase):
    lines = _lines((phrase, 20.0), ("x@example.com", 10.0))
    candidates, context = name_candidates(lines, phrase, ["x@example.com"])
    assert namemodel.vectors(candidates, context)[0]["function_words"] == 1.0


def test_words_of_a_script_without_capitals_never_count_as_written_small():
    context = namemodel.Context(0.0, [], 0.0, [], [], text="رامي عصام\nعمل رامي عصام مدرسا")
    assert namemodel._body_share(["رامي", "عصام"], context) == 0.0  # pylint: disable=protected-access
    context = namemodel.Context(0.0, [], 0.0, [], [], text="Video Editing\nvideo editing for clients")
    assert namemodel._body_share(["Video", "Editing"], context) == 1.0  # pylint: disable=protected-access


# -- confidence -------------------------------------------------------------------------


def test_a_name_in_arabic_script_nothing_confirms_is_never_high():
    lines = _lines(("روژینا اسماعیلی برنامه نویس اندروید", 25.7), ("rozhina83@example.com", 12.0), *BODY)
    profile = parse_resume(lines)
    assert profile.name and confidence.band(profile.confidence["name"]) != "high"
    assert namemodel.UNCONFIRMED_CONFIDENCE < confidence.HIGH_FROM


# -- the fitter's cross-validations -----------------------------------------------------


@pytest.mark.parametrize(
    "creator, producer, family",
    [
        ("LaTeX with hyperref", "pdfTeX-1.40.25", "LaTeX"),
        ("", "xdvipdfmx (20220710)", "LaTeX"),
        ("Microsoft® Word for Microsoft 365", "", "Word"),
        ("", "Skia/PDF m92 Google Docs Renderer", "Google Docs"),
        ("Mozilla/5.0 (Windows NT 10.0) Chrome/120", "Skia/PDF m120", "Chrome/Skia"),
        ("Writer", "LibreOffice 7.5", "LibreOffice"),
        ("Canva", "Canva", "Canva"),
        ("Typst 0.13.1", "", "other"),
    ],
)
def test_generators_are_folded_into_families(creator, producer, family):
    assert fit_names.family({"pdf_creator": creator, "pdf_producer": producer}) == family


def test_a_fold_of_source_and_family_is_fitted_on_neither():
    def row(source, creator, split):
        return (source, {"pdf_creator": creator, "split": split}, [], [], [], None)

    held_out = row("de", "Microsoft Word", "holdout3")
    key = fit_names._key("family x source", held_out)  # pylint: disable=protected-access
    assert key == ("Word", "de")
    trains = fit_names._trains  # pylint: disable=protected-access
    assert not trains("family x source", key, row("de", "LaTeX", "dev"))  # same source
    assert not trains("family x source", key, row("fr", "Microsoft Word", "dev"))  # same family
    assert trains("family x source", key, row("fr", "LaTeX", "dev"))
    assert not trains("split", "holdout3", row("fr", "LaTeX", "holdout3"))
    assert trains("split", "holdout3", row("de", "Microsoft Word", "dev"))


def test_a_word_of_sentences_before_a_shorter_candidate_pads_it():
    lines = _lines([("Stage ", 22.4), ("INTISSAR GHANNANE", 21.6)], ("ghannaneintissar@example.com", 12.0))
    text = "\n".join(line.text for line in lines) + "\nUn stage de fin d'études chez un intégrateur."
    candidates, context = name_candidates(lines, text, ["ghannaneintissar@example.com"])
    padded = {c.name: v["padded"] for c, v in zip(candidates, namemodel.vectors(candidates, context))}
    assert (padded["Stage Intissar Ghannane"], padded["Intissar Ghannane"]) == (1.0, 0.0)


def test_the_line_after_a_line_the_email_spells_further_down_is_read_with_it():
    body = [("Criblage virtuel basé sur la structure des ligands, étude %d." % i, 11.0) for i in range(39)]
    headings = [(h, 14.0) for h in ("Compétences", "Langues", "Centres d'intérêt")]
    lines = _lines(("nlam.nguyen@example.fr", 11.0), *body, ("Développeur python", 18.0), *headings,
                   ("Ngoc Lam", 14.0), ("NGUYEN", 14.0), ("Expériences Professionnelles", 18.0),
                   ("Formation", 14.0), ("Projets", 14.0), ("Publications", 14.0))  # fmt: skip
    text = "\n".join(line.text for line in lines)
    candidates, _context = name_candidates(lines, text, ["nlam.nguyen@example.fr"])
    assert "Ngoc Lam Nguyen" in [c.name for c in candidates]
