"""After holdout13 was measured once, at the end of the tenth round: a Korean
application form's title, an address whose country domain wrapped onto the
next line, an ORCID iD and a bare DOI after icons, a place that several
countries share, a country code printed "(+ 57)", and a LinkedIn link left
over from a template beside the candidate's own. Lines are made here."""

from test_name_evidence import profile_of_rows as _profile

from heymilo_ingestion.extraction import contacts
from heymilo_ingestion.extraction.confidence import band


def test_a_korean_application_forms_title_is_no_name():
    rows = [("입사지원서", 18.2), ("휴대폰 010-9925-7106 Email dh230503@example.com", 8.0)]
    assert _profile(*rows).name == ""


def test_an_address_whose_country_domain_wrapped_is_whole_and_places_the_contacts():
    rows = [
        ("Gabriel de Sousa Conforto", 20.0),
        ("Tecnologia: Pacote office e ferramentas de edição", 9.4),
        ("Rua violeta, 17 - 88107-446", 9.4),
        ("São José, Santa catarina", 9.4),  # a place of Cape Verde too
        ("(48) 99172-9707", 9.4),
        ("Gabriel.sc2007@aluno.ifsc.edu.", 9.4),
        ("br", 9.4),
    ]
    profile = _profile(*rows)
    assert profile.email == "gabriel.sc2007@aluno.ifsc.edu.br"
    assert profile.phone == "+5548991729707"  # read in Brazil, which the address's domain names


def test_a_two_letter_word_after_an_address_ending_a_sentence_is_no_domain():
    emails, _score = contacts.emails("Write to ana@example.com.\nit was fun\n", [], set())
    assert emails == ["ana@example.com"]


def test_an_orcid_id_and_a_bare_doi_are_no_phone():
    rows = [
        ("André M. Silva", 20.0),
        (
            "\uf3c5 Rua das Estrelas, 4150-762 Porto, Portugal   \uf0e0 andre.silva@example.pt   "
            "\uf8d2 0000-0003-4920-738X",
            9.2,
        ),
        ("André M. Silva et al; (A&A, 10.1051/0004-6361/202554955 \uf08e)", 9.2),
    ]
    assert _profile(*rows).phone == ""


def test_a_country_code_printed_with_a_space_after_the_plus_is_read():
    rows = [("Leonardo Barón", 20.0), ("laescaladesol@example.com", 10.0), ("(+ 57) 320 259 5600", 10.0)]
    assert _profile(*rows).phone == "+573202595600"


def test_of_two_links_the_one_the_address_spells_is_the_candidates():
    rows = [("Abhishek Kaddipudi", 20.0), ("abhishekkaddipudi123@example.com | LinkedIn | GitHub", 10.0)]
    links = ["https://www.linkedin.com/in/jyoti-sharma28", "https://www.linkedin.com/in/abhishek-kaddipudi"]
    profile = _profile(*rows, links=links)
    assert profile.linkedin_url == "https://www.linkedin.com/in/abhishek-kaddipudi"


def test_two_links_nothing_tells_apart_are_never_high():
    rows = [("Ana Ruiz", 20.0), ("ana@example.com | LinkedIn", 10.0)]
    links = ["https://www.linkedin.com/in/jyoti-sharma28", "https://www.linkedin.com/in/maria-lopez-12"]
    profile = _profile(*rows, links=links)
    assert band(profile.confidence["linkedin_url"]) != "high"


def test_a_link_to_linkedin_misspelt_linkedln_is_the_profile():
    rows = [("Fahri Demir", 20.0), ("demir.f6hri@example.com | Linkedln: @f6hri", 10.0)]
    assert _profile(*rows, links=["http://linkedln.com/in/f6hri"]).linkedin_url == "https://www.linkedin.com/in/f6hri"


def test_one_katakana_word_is_no_name():
    """A name in katakana parts family and given names (ケイリー・マン, カワサキ ジュンイチ in
    every label of the set); one word is a loanword ("コンパイラ", compiler)."""
    assert _profile(("コンパイラ", 24.0), ("Rust, OCaml, LLVM", 10.0)).name == ""
    assert _profile(("川崎 淳市", 24.0), ("kawasaki@example.jp", 10.0)).name == "川崎淳市"


def test_document_titles_of_more_languages_are_no_name():
    """Greek, Hebrew and Vietnamese words for a CV, read as two-word names before."""
    for title in ("Βιογραφικό Σημείωμα", "קורות חיים", "Sơ yếu lý lịch"):
        assert _profile((title, 26.0), ("Maria Papadopoulou", 14.0), ("mp@example.gr", 10.0)).name != title


def test_section_headings_of_more_languages_are_no_name_and_names_of_those_languages_are():
    for heading in ("Kinh nghiệm làm việc", "Επαγγελματική Εμπειρία", "ניסיון תעסוקתי", "Опыт работы"):
        assert _profile((heading, 26.0), ("an@example.vn", 10.0)).name == ""
    assert _profile(("Nguyễn Văn An", 26.0), ("nguyenvanan@example.vn", 10.0)).name == "Nguyễn Văn An"


def test_a_french_heading_with_a_typographic_apostrophe_is_no_name():
    for heading in ("CENTRE D’INTERET", "Centres d’intérêts"):
        assert _profile((heading, 26.0), ("Yao Kouakou", 12.0), ("yk@example.ci", 10.0)).name != heading.title()
    assert _profile(("Jeanne D’Arc", 26.0), ("jeanne.darc@example.fr", 10.0)).name == "Jeanne D’Arc"
