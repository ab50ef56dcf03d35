"""Names, fifth round (after holdout4 was measured): a title glued before
the name, words glued by a lost space that the e-mail splits, a
letter-spaced name the e-mail holds whole, and Chinese, Japanese and Korean
form words. Lines are made here."""

import pytest
from test_name_evidence import BODY, _lines

from heymilo_ingestion.extraction.resume import clean_name, parse_resume

# -- a document title or heading before the name on its line ---------------------


@pytest.mark.parametrize(
    "printed, name",
    [
        ("HOJA DE VIDA   ANA RUIZ GARCÍA", "Ana Ruiz García"),
        ("Curriculum Vitae Peter Brandt", "Peter Brandt"),
        ("مشخصات فردی مریم احمدی", "مریم احمدی"),  # Persian "personal details", then the name
    ],
)
def test_a_title_before_the_name_on_its_line_is_dropped(printed, name):
    assert clean_name(printed) == name


def test_a_title_before_no_name_gives_no_name():
    assert clean_name("HOJA DE VIDA   EXPERIENCIA LABORAL") == ""


# -- words glued by a lost space --------------------------------------------------


def test_pieces_of_one_size_glued_by_a_lost_space_are_split_where_the_email_spells_them():
    lines = _lines(("Lucia", 40.0), ("MartiSol", 40.0), ("luciamartisol@example.com", 12.0), *BODY)
    assert parse_resume(lines).name == "Lucia Marti Sol"


def test_a_name_in_one_word_of_small_letters_is_split_where_the_email_splits_it():
    lines = _lines(("joanferrer", 40.0), ("joan.ferrer@example.org", 12.0), *BODY)
    assert parse_resume(lines).name == "Joan Ferrer"


# -- a letter-spaced name the e-mail holds whole ----------------------------------


def test_a_letter_spaced_name_the_email_holds_whole_is_cut_where_the_handle_turns_it():
    lines = _lines(
        ("S A R A H K L E I N", 32.0),
        ("sarahklein001@example.com", 11.0),
        ("linkedin.com/in/kleinsarah", 11.0),
        *BODY,
    )
    assert parse_resume(lines).name == "Sarah Klein"


def test_a_letter_spaced_name_the_email_holds_whole_is_not_cut_anywhere():
    lines = _lines(("S A R A H K L E I N", 32.0), ("sarahklein001@example.com", 11.0), *BODY)
    assert parse_resume(lines).name in ("", "Sarahklein")  # never "Sar Ahklein"


# -- Chinese, Japanese and Korean form words --------------------------------------


def test_the_sex_option_after_the_name_field_is_not_part_of_the_name():
    lines = _lines(
        ("履歴書", 18.0),
        [("氏名   ", 11.0), ("佐藤 花子 ", 12.0), ("女", 11.0)],
        ("TEL：090-1234-5678", 11.0),
    )
    assert parse_resume(lines).name == "佐藤花子"


def test_a_korean_heading_is_no_name():
    lines = _lines([("어학능력 ", 10.0), ("영어, TOEIC", 11.7)], ("자격증 2024. 09. 10", 10.0))
    assert parse_resume(lines).name == ""


def test_korean_text_that_starts_with_no_family_name_is_no_name():
    lines = _lines([("머리는 차갑게 가슴은 ", 18.0), ("뜨", 17.0), ("겁게", 18.0)], ("학력", 8.5))
    assert parse_resume(lines).name == ""


def test_a_date_column_header_is_no_name():
    lines = _lines([("履 歴 書 ", 9.8), ("年 月", 5.4)], ("ふりがな", 4.9), ("2022 10", 5.9))
    assert parse_resume(lines).name == ""
