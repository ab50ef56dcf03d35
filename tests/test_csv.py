import csv

import pytest

from heymilo_ingestion.extraction import CSV, FAILED, SUCCESS, Limits, extract

HEADER = "Full Name,E-mail,Mobile,LinkedIn,City,Notes\n"
ROWS = (
    "Jürgen Groß,jurgen@example.de,+49 30 901820,linkedin.com/in/jgross,Berlin,likes CSV\n"
    "Anaïs Dupré,anais@example.fr,,https://fr.linkedin.com/in/anais-dupre/,Paris,\n"
)


def profiles(data, name="list.csv", **limits):
    document = extract(data, name, Limits(**limits))
    assert document.type == CSV
    return document


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252", "latin-1"])
def test_encodings(encoding):
    text = HEADER + ROWS
    data = text.encode(encoding)  # utf-16-le: no BOM
    document = profiles(data)
    assert document.status == SUCCESS, document.error
    assert [p.name for p in document.profiles] == ["Jürgen Groß", "Anaïs Dupré"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(delimiter):
    text = (HEADER + ROWS).replace(",", delimiter)
    document = profiles(text.encode())
    assert document.profiles[1].linkedin_url == "https://www.linkedin.com/in/anais-dupre"
    assert document.profiles[0].phone == "+4930901820"
    assert document.profiles[0].extra == {"Notes": "likes CSV"}


def test_header_synonyms_first_and_last_name_accents_and_case():
    data = "PRÉNOM;Nom de famille;Adresse e-mail;Téléphone\nLéa;Martin;LEA@EXAMPLE.FR;0612345678\n".encode()
    (profile,) = profiles(data, phone_region="FR").profiles
    assert (profile.name, profile.email, profile.phone) == ("Léa Martin", "lea@example.fr", "+33612345678")


def test_bad_rows_reported_with_row_number_good_rows_kept():
    data = (HEADER + ROWS + "Only,three,fields\n" + ",,,,,\n" + "Bob Lee,bob@example.com,,,,\n").encode()
    document = profiles(data)
    assert [p.name for p in document.profiles] == ["Jürgen Groß", "Anaïs Dupré", "Bob Lee"]
    assert document.profiles[2].source_row == 6
    assert any(w.startswith("Row 4:") for w in document.warnings)


def test_shifted_row_keeps_contact_fields_that_look_right():
    data = (
        b"full_name,email,phone,city,country,title\n"
        b"Aisha Khan,,9988776655,Hyderabad,IN,,Freelance,Developer\n"  # 8 fields for 6 columns
        b"Priya Sharma,priya@example.com,9123456780,Bangalore,IN,Backend Developer\n"
        b"Priya Sharma,priya@example.com,9123456780,Bengaluru,India,Senior Backend Developer\n"
        b"Shifted,Leeds,UK\n"  # 3 fields: the e-mail column holds a city
    )
    document = profiles(data)
    aisha, priya = document.profiles
    assert (aisha.name, aisha.email, aisha.phone, aisha.location, aisha.headline) == (
        "Aisha Khan", "", "9988776655", "", ""
    )  # fmt: skip
    assert priya.headline == "Backend Developer"
    assert document.warnings == [
        "Row 2: 8 fields for 6 columns (shifted columns); only its name, e-mail, phone and LinkedIn were kept.",
        "Row 4: same e-mail as row 3; skipped.",
        "Row 5: 3 fields for 6 columns (shifted columns); skipped.",
    ]


def test_malformed_line_stops_reading_but_keeps_the_rows_before():
    """A field over csv's size limit raises in the middle of the file (under
    Odoo's 500 MB limit only a file far over the upload limit could)."""
    previous = csv.field_size_limit(100_000)
    try:
        _check_malformed_line()
    finally:
        csv.field_size_limit(previous)


def _check_malformed_line():
    data = (HEADER + ROWS + 'Huge Cell,"' + "x" * 200_000 + '"\n' + "Bob Lee,bob@example.com,,,,\n").encode()
    document = profiles(data)
    assert document.status == SUCCESS
    assert [p.name for p in document.profiles] == ["Jürgen Groß", "Anaïs Dupré"]
    assert any(w.startswith("Stopped reading at a malformed line") for w in document.warnings)


def test_no_recognisable_header():
    document = profiles(b"foo,bar\n1,2\n")
    assert document.status == FAILED
    assert "No recognisable header" in document.error


def test_only_a_header():
    document = profiles(HEADER.encode())
    assert document.status == FAILED
    assert "no usable candidate rows" in document.error


def test_formula_cells_are_not_kept_as_formulas():
    data = (
        b"Name,Email,Phone\n"
        b'"=HYPERLINK(""http://evil.example"",""Eve Formula"")",eve@example.com,+1 202 555 0101\n'
        b"=1+2,=cmd|' /C calc'!A0,+1 202 555 0102\n"
    )
    document = profiles(data)
    first, second = document.profiles
    assert first.name == "Eve Formula"
    assert second.name == "" and second.email == ""
    assert second.phone == "+12025550102"
    assert not any(v.startswith("=") for p in document.profiles for v in (p.name, p.email, p.phone))


def test_row_cap():
    data = (HEADER + "".join("P%d Q,p%d@example.com,,,,\n" % (i, i) for i in range(50))).encode()
    document = profiles(data, csv_max_rows=10)
    assert len(document.profiles) == 10
    assert "row limit" in document.warnings[-1]


def test_empty_file_is_not_a_csv():
    document = extract(b"", "empty.csv")
    assert document.status == FAILED
    assert "empty file" in document.error


def test_formula_looking_cells_never_become_names_but_phones_and_signed_numbers_stay():
    text = (
        "Name,Email,Phone,Score\n"
        "+SUM(1;2),a@example.com,+44 20 7946 0321,-12.5\n"
        "-2+3,b@example.com,-,+7%\n"
        "@cmd,c@example.com,,\n"
        "\tHYPER,d@example.com,,\n"
    )
    document = profiles(text.encode())
    assert [(p.name, p.phone) for p in document.profiles] == [
        ("", "+442079460321"),
        ("", ""),
        ("", ""),
        ("", ""),
    ]
    assert [p.extra.get("Score") for p in document.profiles] == ["-12.5", "+7%", None, None]


@pytest.mark.parametrize(
    "header,expected",
    [
        ("Nome completo,E-mail,Telefone,Cidade", "pt"),
        ("Nombre completo,Correo electrónico,Teléfono,Ciudad", "es"),
        ("Nom complet,Courriel,Téléphone,Ville", "fr"),
        ("Vollständiger Name,E-Mail-Adresse,Telefonnummer,Wohnort", "de"),
        ("Nome e cognome,Posta elettronica,Cellulare,Città", "it"),
        ("Volledige naam,E-mailadres,Telefoonnummer,Woonplaats", "nl"),
        ("Nama lengkap,Surel,Nomor telepon,Kota", "id"),
        ("Full name,Email address,Mobile number,City", "en"),
    ],
)
def test_headers_in_eight_languages(header, expected):
    document = profiles(("%s\nAna Silva,ana@example.com,+351 912 345 678,Lisboa\n" % header).encode())
    assert document.warnings == [], expected
    profile = document.profiles[0]
    assert (profile.name, profile.email, profile.phone, profile.location) == (
        "Ana Silva",
        "ana@example.com",
        "+351912345678",
        "Lisboa",
    )


@pytest.mark.parametrize(
    "header", ["Prénom;Nom;Courriel", "Vorname;Name;E-Mail", "Voornaam;Naam;E-mail", "Nama depan;Nama;Email"]
)
def test_a_plain_name_column_beside_a_first_name_is_the_last_name(header):
    document = profiles(("%s\nAna;Silva;ana@example.com\n" % header).encode())
    assert document.profiles[0].name == "Ana Silva"


@pytest.mark.parametrize("header", ["Nombre;Apellidos;Correo", "Nome;Cognome;E-mail", "Nome;Sobrenome;E-mail"])
def test_a_plain_name_column_beside_a_last_name_is_the_first_name(header):
    document = profiles(("%s\nAna;Silva;ana@example.com\n" % header).encode())
    assert document.profiles[0].name == "Ana Silva"


def test_header_that_maps_no_name_column_warns():
    document = profiles(b"Email,Phone,City\nana@example.com,+351 912 345 678,Lisboa\n")
    assert document.status == SUCCESS
    assert document.warnings == [
        "No name column was recognised in the header (Email, Phone, City); candidates will have no name."
    ]


def test_huge_cells_are_cut_before_any_pattern_reads_them():
    """Odoo raises csv.field_size_limit to 500 MB (conftest does the same):
    a 20 MB cell reaches the reader, which cuts it to MAX_CELL_CHARS."""
    from heymilo_ingestion.extraction.csvfile import MAX_CELL_CHARS  # pylint: disable=import-outside-toplevel

    huge = "A" * (20 * 2**20)
    text = "Name,Email,Notes\n%s,ann@example.com,%s\nBob Stone,bob@example.com,ok\n" % (huge, huge)
    document = profiles(text.encode())
    assert document.status == SUCCESS
    first, second = document.profiles
    assert first.email == "ann@example.com" and first.name == ""  # 10,000 letters are no name
    assert len(first.extra["Notes"]) == MAX_CELL_CHARS
    assert (second.name, second.email) == ("Bob Stone", "bob@example.com")
