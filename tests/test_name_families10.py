"""Tenth round (after holdout12 was measured once): a job-market CV's
placement staff above the candidate, a form's fields in Turkish and other
languages, a CJK name glued to a nickname in another size, a competition's
ordinal, a camel-case name the address spells in part, a gap before a dot of
an address, a label glued to it, a publication's identifier, a form's blank
number and a LinkedIn URL cut after two letters or before a bullet. Lines are
made here; the files that showed them are not in the repository."""

from test_name_evidence import profile_of_rows as _profile

from heymilo_ingestion.extraction import contacts
from heymilo_ingestion.extraction.confidence import band

# -- another person's contacts above the candidate's ---------------------------------


PLACEMENT = [
    ("Department of Economics Placement Director:", 10.7),
    ("350 Main Street, Keyvan Eslami", 10.7),
    ("Toronto, ON M5B 2K3 (416) 979-5000", 10.7),
    ("Canada k.eslami@example.ca", 10.7),
    ("Placement Coordinator:", 10.7),
    ("Karen Fajardo", 10.6),
    ("kfajardo@example.ca", 10.6),
    ("Curriculum Vitae", 12.8),
    ("Amin Shirazian", 15.4),
    ("Cell: (647) 686-9324", 10.7),
    ("Email: mshirazian@example.ca", 10.7),
]


def test_a_job_market_cvs_placement_staff_are_not_the_candidate():
    profile = _profile(*PLACEMENT, links=["mailto:mshirazian@example.ca"])
    assert profile.name == "Amin Shirazian"  # not "Karen Fajardo", whom kfajardo@ spells
    assert profile.email == "mshirazian@example.ca"
    assert profile.phones == ["+16476869324"]


def test_without_the_placement_labels_the_first_address_is_still_taken():
    """Control: the rule is the staff labels, not the order of the addresses."""
    rows = [("Amin Shirazian", 15.4), ("Email: mshirazian@example.ca", 10.7), ("k.eslami@example.ca", 10.7)]
    assert _profile(*rows).email == "mshirazian@example.ca"
    assert contacts.emails("Keyvan Eslami\nk.eslami@example.ca\nmshirazian@example.ca", [], set())[0][0] == (
        "k.eslami@example.ca"
    )


# -- names -------------------------------------------------------------------------


def test_a_turkish_forms_surname_and_given_names_fields_give_the_name():
    rows = [("Soyadı Atik", 10.9), ("Adı Mehmet Ali Osman", 10.9), ("İletişim 0507 932 44 92 ali@example.com", 10.9)]
    assert _profile(*rows).name == "Mehmet Ali Osman Atik"  # not "Soyadı Atik"


def test_a_polish_and_a_russian_form_give_the_name():
    assert _profile(("Imię: Anna", 11.0), ("Nazwisko: Kowalska", 11.0), ("a.k@example.pl", 10.0)).name == (
        "Anna Kowalska"
    )
    rows = [("Фамилия: Петров", 11.0), ("Имя: Иван", 11.0), ("Отчество: Сергеевич", 11.0), ("ip@example.ru", 10.0)]
    assert _profile(*rows).name == "Иван Сергеевич Петров"


def test_a_school_name_field_is_no_given_name():
    """ "Okul Adı" (the school's name) is no "Adı" field: a label starts its line."""
    rows = [("Zeynep Kaya", 22.0), ("zeynep.kaya@example.com", 10.0), ("Okul Adı: Ankara Lisesi", 10.0)]
    assert _profile(*rows).name == "Zeynep Kaya"


def test_a_cjk_name_glued_to_a_nickname_in_a_smaller_size_is_the_name():
    rows = [
        ("第一屆 LINE FRESH2020校園競賽商業行銷組 16強", 22.3),
        ("第六屆全國大專院校暨高中職Story Map校園競賽 優選", 22.3),
        [("陳薇婷", 38.5), ("Waiting", 21.8)],
        ("0968903737   waiting816529@example.com", 15.4),
    ]
    assert _profile(*rows).name == "陳薇婷"


def test_a_competitions_ordinal_is_no_name():
    rows = [("第一屆 LINE FRESH2020校園競賽商業行銷組 16強", 22.3), ("0968903737   w816529@example.com", 15.4)]
    assert _profile(*rows).name != "第一屆"


def test_a_camel_case_name_is_split_where_the_address_spells_its_first_word():
    rows = [("PietroPiccione", 32.1), ("Résumé", 15.6), ("pietropic@example.me", 9.1)]
    assert _profile(*rows).name == "Pietro Piccione"


def test_a_name_with_a_prefix_stays_one_word_even_when_the_address_spells_it():
    rows = [("Sean MacDonald", 30.0), ("smacdonald@example.com", 10.0)]
    assert _profile(*rows).name == "Sean MacDonald"


def test_a_turkish_dotted_capital_i_becomes_a_plain_small_i():
    profile = _profile(("NUR MİNA ÖZEKES", 28.0), ("nurmina@example.com", 10.0))
    assert profile.name == "Nur Mina Özekes"


# -- e-mail ------------------------------------------------------------------------


def test_a_gap_read_as_a_space_before_a_dot_of_the_address_is_mended():
    emails, score = contacts.emails("Nur Mina\nnurmina.ozekes .04@example.com\n", [], set())
    assert emails == ["nurmina.ozekes.04@example.com"]
    assert band(score) != "high"


def test_a_sentences_full_stop_before_an_address_joins_nothing():
    text = "Write to the office. info@example.com\nor jane.doe@example.com"
    assert contacts.emails(text, [], set())[0] == ["jane.doe@example.com", "info@example.com"]


def test_a_label_glued_to_the_address_is_taken_off():
    emails, score = contacts.emails("Mohamed Saad Halli\nE-mailsaadhalli405@example.com\n", [], set())
    assert emails == ["saadhalli405@example.com"]
    assert band(score) != "high"
    assert contacts.emails("Mailinda Rossi\nMailinda.Rossi@example.com\n", [], set())[0] == [
        "mailinda.rossi@example.com"
    ]


# -- phones ------------------------------------------------------------------------


def test_an_arxiv_identifier_is_no_phone():
    rows = [("Pietro Piccione", 30.0), ("pietropic@example.me", 9.0), ("prépublication, arXiv:2509.09442", 9.0)]
    assert _profile(*rows).phone == ""


def test_a_forms_blank_number_is_no_phone():
    profile = _profile(("Dominik Bálint", 30.0), ("! +420 000 000 000", 9.0), ("_email_", 9.0))
    assert profile.phone == ""


# -- LinkedIn ----------------------------------------------------------------------


def test_a_linkedin_url_glued_to_a_bullet_ends_before_it():
    line = "Alexandria, Egypt• 01012056740• linkedin.com/in/menna-abdelbaky-290249304• github.com/05Menna•"
    profile = _profile(("Menna Abdelbaky", 13.4), (line, 13.4), ("menna@example.com", 13.4))
    assert profile.linkedin_url == "https://www.linkedin.com/in/menna-abdelbaky-290249304"


def test_a_url_cut_after_two_letters_goes_on_on_the_next_line():
    rows = [
        ("Nur Mina Özekes", 28.0),
        ("nurmina@example.com", 10.0),
        ("ht tps ://www.linkedin.com/in/nu", 11.0),
        ("r -mina-özekes -0b7460255/", 11.0),
    ]
    assert _profile(*rows).linkedin_url == "https://www.linkedin.com/in/nur-mina-özekes-0b7460255"


def test_a_capitalised_word_after_a_cut_url_is_still_no_part_of_it():
    rows = [("Nur Mina", 28.0), ("nurmina@example.com", 10.0), ("linkedin.com/in/nu", 11.0), ("University", 11.0)]
    assert _profile(*rows).linkedin_url == ""


# -- a field's label ---------------------------------------------------------------


def test_a_fields_label_before_a_colon_is_no_name_and_a_hungarian_name_label_gives_it():
    rows = [
        ("Curriculum Vitae", 7.8),
        [("Név: ", 10.3), ("Szabó\x06 Bence Zsigmond", 12.0)],  # an accent mapped to a control character
        [("Születési dátum: ", 10.3), ("1992 - 10 – 03", 12.0)],
        [("E-mail cím: ", 10.3), ("szabezsi@example.com", 12.0)],
    ]
    assert _profile(*rows).name == "Szabó Bence Zsigmond"  # not "Születési Dátum"


def test_a_name_before_a_colon_that_the_address_spells_stays_the_name():
    rows = [[("Ana Ruiz", 24.0), (" : Data Engineer", 14.0)], ("ana.ruiz@example.com", 10.0)]
    assert _profile(*rows).name == "Ana Ruiz"


def test_a_link_word_after_the_linkedin_label_is_no_handle():
    rows = [("Ahmed Emam", 30.0), ("Senior Engineer @Github @Linkedin @Website @Email", 12.0), ("ae@example.com", 9.0)]
    assert _profile(*rows).linkedin_url == ""


# -- where the phone is read ---------------------------------------------------------


SCHOOL_ABROAD = [
    ("Ali Amiri", 30.0),
    ("Student", 14.0),
    ("OPLEIDINGEN", 12.0),
    ("MBO-4 ICT Software Developer, Alfa-College Groningen", 10.0),
    ("Schakeljaar, Alfa-College Groningen", 10.0),
    ("Diploma: Behaald", 10.0),
    ("Allowdin school", 10.0),
    ("Kabul, Afghanistan", 10.0),
    ("Afgestudeerd 2018", 10.0),
    ("Programmeervaardigheden", 12.0),
    ("HTML, CSS, JavaScript", 10.0),
    ("Contactgegevens", 12.0),
    ("S. Brandsmalaan 27", 10.0),
    ("9076 ED Sint Annaparochie, Nederland", 10.0),
    ("aliamiri808@example.com", 10.0),
    ("0687990315", 10.0),
]


def test_a_schools_place_far_from_the_contacts_does_not_decide_where_the_number_is_read():
    profile = _profile(*SCHOOL_ABROAD)
    assert profile.phone == "+31687990315"  # a Dutch mobile: no valid number in Afghanistan


def test_a_place_beside_the_contacts_still_reads_the_number():
    rows = [("Ali Amiri", 30.0), ("Kabul, Afghanistan", 10.0), ("ali@example.com", 10.0), ("0687990315", 10.0)]
    assert _profile(*rows).phone == ""  # no valid number where the candidate lives
