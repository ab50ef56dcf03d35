"""The candidate's own e-mail, phone and LinkedIn, never someone else's or a
number that only looks like a phone; and the confidence each is given.
Every engine test reads a PDF it makes."""

import pytest
from conftest import ROOT, make_pdf, make_pdf_with_tounicode

from heymilo_ingestion.extraction import extract
from heymilo_ingestion.extraction.confidence import band
from heymilo_ingestion.extraction.linkedin import handle_of

HEADER = ["Maria Gonzalez", "Data Engineer", "maria.gonzalez@example.com"]


def profile_of(lines, **kwargs):
    document = extract(make_pdf(lines, **kwargs), "cv.pdf")
    assert document.status == "success", document.error
    return document.profiles[0]


# -- numbers that are no phones ------------------------------------------------------


@pytest.mark.parametrize(
    "lines",
    [
        ["Publications", "BMC Psychiatry, https://doi.org/10.1007/s11547-024-01893-w, IF 9.7"],  # inside a DOI
        ["Publications", "BMC Psychiatry, https://doi.org/10.1186/s12888-", "025-07586-6 IF= 3.4"],  # a DOI cut
        ["Awards", "Overall Ranking 268/2381 Oct.2023"],  # a rank
        ["Consent", "Rozporządzenie (UE) 2016/679 z dnia 27 kwietnia"],  # a regulation
        ["Experience", "07 2023 - 10 2023 Data intern"],  # month and year
        ["Via Celoria, 18 - 20133 Milano, Italy", "Experience"],  # a postcode where the country is known
    ],
)
def test_numbers_that_only_look_like_phones_are_no_phone(lines):
    profile = profile_of(HEADER + lines)
    assert profile.phone == ""
    assert profile.confidence["phone"] == 0.0


def test_a_country_named_in_the_header_reads_the_number_and_drops_the_postcode():
    profile = profile_of(
        ["Matheus Souza", "Av. Bento Gonçalves, 4093", "ap 302 90650-003", "Porto Alegre/RS - Brasil", "(51) 995101525"]
    )
    assert profile.phone == "+5551995101525"
    assert band(profile.confidence["phone"]) == "medium"  # unlabelled, in a region only the text names


def test_a_template_tel_link_is_no_number():
    profile = profile_of(HEADER + ["Phone +91-9089496572"], links=["tel:+xxxxxxxxxxxx"])
    assert profile.phone == "+919089496572"


def test_the_same_number_printed_twice_after_one_space_is_read():
    profile = profile_of(["Park Younghwa", "Seoul, South Korea", "poh@example.com 010-9416-2506 010-9416-2506"])
    assert profile.phone == "+821094162506"


def test_a_label_and_country_code_ending_a_line_go_with_the_number_below():
    profile = profile_of(
        [
            "Mansur Yakhshiboyev",
            "Geburtsdatum: 06/03/2002 | Wohnort: Tashkent, Uzbekistan | Telefonnummer: (+49)",
            "17684366289 (Whatsapp) | E-Mail: mansur@example.com",
        ]
    )
    assert profile.phone == "+4917684366289"


# -- other people's contacts ---------------------------------------------------------


def test_a_sidebar_heading_read_apart_from_its_referees_does_not_hide_the_candidates_contact():
    profile = profile_of(
        [
            "Thomas Kafando",
            "SOFT SKILLS",
            "HOBBIES",
            "REFEREES",
            "+212 659 089 174",
            "kafando.thomas@example.com",
            "Mohammedia, Morocco",
            "EDUCATION",
        ]
        + ["Project work line %d" % i for i in range(30)]
        + [
            "Professor Abdellah Ailane, my",
            "teacher of Advanced Systems Control",
            "a.ailane@univ.example.ma",
            "+212 666-136103",
        ]
    )
    assert profile.email == "kafando.thomas@example.com"
    assert profile.phone == "+212659089174"
    assert "+212666136103" not in profile.phones


def test_a_referees_address_is_never_the_candidates():
    profile = profile_of(["Maria Gonzalez", "Data Engineer", "References", "John Smith, Acme", "john.smith@acme.com"])
    assert profile.email == ""
    assert profile.confidence["email"] == 0.0


def test_a_referees_section_ends_even_when_its_end_heading_is_unknown():
    profile = profile_of(
        ["Mehmet Ali", "REFERANSLAR", "MAHIR KADIOGLU", "NO: 0538 641 02 30", "mahir@example.com"]
        + ["HAKKIMDA %d" % i for i in range(16)]
        + ["Istanbul, Turkey", "+90 0531 203 75 12"]
    )
    assert profile.phone == "+905312037512"
    assert profile.email == ""


# -- addresses the text layer broke -------------------------------------------------


def test_an_address_whose_local_part_a_line_break_cut_is_joined_and_not_high():
    profile = profile_of(["Massimiliano Conte", "massimilianoconte", "1998@gmail.com", "Experience"])
    assert profile.email == "massimilianoconte1998@gmail.com"
    assert band(profile.confidence["email"]) == "medium"


def test_an_address_starting_a_line_after_a_lower_case_word_is_not_high():
    profile = profile_of(["Massimiliano Conte", "massimiliano", "conte1998@gmail.com", "Experience"])
    assert profile.email == "conte1998@gmail.com"
    assert band(profile.confidence["email"]) == "medium"


def test_an_address_that_lost_its_at_sign_is_rebuilt_with_medium_confidence():
    profile = profile_of(["Mehmet Ali Agbaht", "mehmetaliagbaht39gmail.com", "Experience"])
    assert profile.email == "mehmetaliagbaht39@gmail.com"
    assert band(profile.confidence["email"]) == "medium"


def test_an_address_laid_out_right_to_left_is_read_in_order():
    # Codes 0x80-0x83 stand for Arabic letters: the text is right to left.
    mapping = {0x80: "\u0623", 0x81: "\u062d", 0x82: "\u0645", 0x83: "\u062f"}
    pdf = make_pdf_with_tounicode([b"\x80\x81\x82\x83", b"\x80\x81\x82\x83 | com.gmail@61ahmsul | 0562173630"], mapping)
    profile = extract(pdf, "cv.pdf").profiles[0]
    assert profile.email == "ahmsul61@gmail.com"
    assert band(profile.confidence["email"]) == "medium"


# -- LinkedIn --------------------------------------------------------------------


def test_a_linkedin_annotation_holding_the_whole_url_twice_gives_the_handle():
    profile = profile_of(
        HEADER, links=["https://www.linkedin.com/in/https://www.linkedin.com/in/maria-gonzalez-4555b7172/"]
    )
    assert profile.linkedin_url == "https://www.linkedin.com/in/maria-gonzalez-4555b7172"


def test_a_mis_encoded_annotation_is_mended_and_not_high():
    assert handle_of("https://linkedin.com/in/or\u00c3\u00a7un\u00c3\u00b6zdemir") == "or\u00e7un\u00f6zdemir"
    profile = profile_of(HEADER, links=["https://www.linkedin.com/in/jo%C3%A3o-porcel"])
    assert profile.linkedin_url == "https://www.linkedin.com/in/jo\u00e3o-porcel"
    assert band(profile.confidence["linkedin_url"]) == "medium"


# -- the benchmark ---------------------------------------------------------------


def test_the_benchmark_reads_a_bracketed_trunk_zero_in_a_label(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import accuracy  # noqa: PLC0415

    assert accuracy.same_phone("+27686806972", "+27 (0) 68 680 6972")
    assert not accuracy.same_phone("+27786417815", "+27 (0) 68 680 6972")


def test_the_benchmark_counts_a_wrong_country_code_as_wrong(monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import accuracy  # noqa: PLC0415

    assert accuracy.same_phone("+33612345678", "06 12 34 56 78", "FR")  # the French mobile
    assert not accuracy.same_phone("+31612345678", "06 12 34 56 78", "FR")  # read in the Netherlands
    assert accuracy.same_phone("+31612345678", "06 12 34 56 78")  # no country labelled: cannot tell
    assert not accuracy.same_phone("+12025550123", "+44 20 7946 0321")  # another country's number
    assert accuracy.same_phone("98765 43210", "+91 98765 43210")  # given as printed: digits compared
    label = {"phone": "0612345678", "alt_phones": [], "country": "FR"}
    assert accuracy.matches("phone", "+33612345678", label) and not accuracy.matches("phone", "+31612345678", label)


# -- the other numbers and addresses a profile keeps ----------------------------------


def test_date_ranges_and_broken_runs_are_no_other_phones():
    profile = profile_of(  # no region known: the number stays as printed
        HEADER
        + [
            "Phone: 0474 69 00 36",
            "Experience",
            "2021.08 - 2021.12 Data intern",
            "201710 - 201806 Analyst",
            "Licences 2023/2024/2025",
            "Office 365 (0365",
            "(1) 2024.03-2024.06 Project",
        ]
    )
    assert profile.phones == ["0474 69 00 36"]


def test_beside_a_valid_number_a_run_that_is_none_is_no_other_phone():
    profile = profile_of(HEADER + ["Phone: +32 474 69 00 36", "Mobile: 52 37 104 90 283"])  # labelled, no number
    assert profile.phones == ["+32474690036"]


def test_a_mailto_link_with_an_encoded_space_gives_the_address_once():
    profile = profile_of(HEADER, links=["mailto:%20maria.gonzalez@example.com"])
    assert profile.emails == ["maria.gonzalez@example.com"]


def test_a_number_of_a_document_in_chinese_characters_is_read_as_chinese():
    mapping = {0x80: "\u7a0b", 0x81: "\u6d2a", 0x82: "\u4f1f", 0x83: "\u7535", 0x84: "\u8bdd"}
    pdf = make_pdf_with_tounicode([b"\x80\x81\x82", b"\x83\x84 17856408587 cheng@example.com", b"7109-7126"], mapping)
    profile = extract(pdf, "cv.pdf").profiles[0]
    assert profile.phones == ["+8617856408587"]  # not the pages "7109-7126", valid in Taiwan
