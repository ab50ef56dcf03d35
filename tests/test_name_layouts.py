"""Names on layouts of the 185 real-world resumes the model is fitted on,
rebuilt here as generated PDFs: a name on two lines, a name in small letters,
form fields without colons or surname first, a label's value followed by the
next label, CJK names with 々 or Kangxi radicals, letter-spaced names."""

import pytest
from conftest import make_pdf, make_pdf_with_tounicode

from heymilo_ingestion.extraction import extract, namemodel
from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.resume import clean_name


def name_of(data):
    document = extract(data, "cv.pdf")
    assert document.status == "success", document.error
    profile = document.profiles[0]
    return profile.name, band(profile.confidence["name"]) if profile.name else ""


def _pdf(lines, sizes):
    return make_pdf(lines, font_sizes=dict(enumerate(sizes)))


@pytest.mark.parametrize(
    "lines, sizes, name",
    [
        # a long surname on a line of its own, one size
        (["JAN VAN", "CAUWENBERGHE", "jvc@example.be", "PROFIEL", "Adviseur in data science"], [30, 30, 10, 12, 10],
         "Jan Van Cauwenberghe"),
        (["Matheus de Souza", "Redecker", "Porto Alegre", "matheus.r@example.com.br"], [28, 28, 9, 9],
         "Matheus de Souza Redecker"),
        # one word a line, of two sizes
        (["NORBERT", "OCIOS", "GAME DEV STUDENT", "n.ocios@example.pl"], [24, 40, 9, 9], "Norbert Ocios"),
    ],
)  # fmt: skip
def test_a_name_set_on_two_lines_is_read_whole(lines, sizes, name):
    assert name_of(_pdf(lines, sizes))[0] == name


def test_a_name_over_a_smaller_job_title_is_not_joined_to_it():
    data = _pdf(["Hannah Schmidt", "Controller", "hannah.schmidt@example.de", "Berufserfahrung"], [26, 14, 10, 12])
    assert name_of(data)[0] == "Hannah Schmidt"


def test_a_name_printed_in_small_letters_is_read():
    lines = ["riadh ahmed", "Data di nascita: 15/12/2001", "rriadhahmed@example.com", "ESPERIENZA LAVORATIVA"]
    assert name_of(_pdf(lines, [21, 10, 10, 16]))[0] == "Riadh Ahmed"


def test_form_fields_without_colons_make_the_name():
    lines = ["Curriculum Vitae", "Informations personnelles", "Nom Ali Yahouza", "Prénom Abdou Rahim",
             "Date de naissance 21 août 2002", "Adresse e-mail abdou.r@example.ne"]  # fmt: skip
    assert name_of(_pdf(lines, [11] * 6))[0] == "Abdou Rahim Ali Yahouza"


def test_a_surname_first_form_field_gives_the_name_in_natural_order():
    lines = ["Persönliche Daten", "Name, Vorname: Riemenschneider, Dennis", "Geburtsort: Wernigerode",
             "Berufserfahrung", "02/2022 – heute Software IT Specialist"]  # fmt: skip
    assert name_of(_pdf(lines, [12, 9, 9, 12, 9]))[0] == "Dennis Riemenschneider"


@pytest.mark.parametrize(
    "line, mapping, name",
    [
        # 姓 名：李双江 性 别：男 (sex: male)
        (b"\x01   \x02:\x03\x04\x05 \x06   \x07:\x08", {1: "姓", 2: "名", 3: "李", 4: "双", 5: "江", 6: "性", 7: "别",
                                                    8: "男"}, "李双江"),
        # 성명 오진실 성별 남: the next label has no colon
        (b"\x01\x02 \x03\x04\x05 \x06\x07 \x08", {1: "성", 2: "명", 3: "오", 4: "진", 5: "실", 6: "성", 7: "별",
                                                 8: "남"}, "오진실"),
        # ⽒名 佐々⽊ 謙: a Kangxi radical for 氏 and 木, and 々
        (b"\x01\x02 \x03\x04\x05 \x06", {1: "\u2f52", 2: "名", 3: "佐", 4: "々", 5: "\u2f4a", 6: "謙"}, "佐々木謙"),
    ],
)  # fmt: skip
def test_a_cjk_name_label_gives_its_value_up_to_the_next_label(line, mapping, name):
    data = make_pdf_with_tounicode([b"CV", line, b"Experience: pipelines", b"2019-2023 Engineer"], mapping)
    assert name_of(data)[0] == name


def test_a_letter_spaced_name_is_cut_where_the_address_spells_a_first_word():
    lines = ["B U S A M O K O E N A", "BSC INFORMATION TECHNOLOGY", "busamdlamini@example.co.za", "PROFILE"]
    assert name_of(_pdf(lines, [25, 15, 10, 18]))[0] == "Busa Mokoena"


def test_arabic_tatweel_is_not_part_of_the_name():
    assert clean_name("أنـــوار ســـاعـــد الـثــقــفــي") == "أنوار ساعد الثقفي"


def test_a_name_read_from_the_email_is_never_high(monkeypatch):
    """However probable the model finds it (the fitted weights decide whether
    such a guess is given at all), a name read from the address is a guess."""
    monkeypatch.setattr(namemodel, "probability", lambda vector: 0.99)
    lines = ["Summary", "Experienced engineer for data platforms", "contact: maria.lopez@example.com"]
    assert name_of(_pdf(lines, [12, 10, 10])) == ("Maria Lopez", "medium")


def test_a_cjk_heading_word_beside_latin_words_is_no_name():
    assert clean_name("English 日本語") == ""
    assert clean_name("Zhang Wei 张伟") == "Zhang Wei 张伟"
