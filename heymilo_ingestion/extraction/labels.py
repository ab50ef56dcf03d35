"""Column headers (CSV, XLSX, ODS) and resume labels in eight languages, in
one table: English, French, German, Spanish, Portuguese, Italian, Dutch and
Indonesian. README's "Languages" table is this table.

Headers are compared after folding case and accents and dropping everything
but letters and digits ("E-mail adres" = "emailadres"), so each phrase is
written once, the way people type it.
"""

import re

from .fields import fold

EN, FR, DE, ES, PT, IT, NL, ID = "en", "fr", "de", "es", "pt", "it", "nl", "id"

HEADERS = {
    "name": {
        EN: "name, full name, candidate name, candidate, applicant name, applicant, display name, contact name",
        FR: "nom complet, nom et prénom, prénom et nom, nom du candidat, candidat",
        DE: "vollständiger name, vor- und nachname, bewerber, kandidat",
        ES: "nombre completo, nombre y apellidos, candidato",
        PT: "nome completo, candidato",
        IT: "nome e cognome, nome completo, nominativo, candidato",
        NL: "volledige naam, naam kandidaat, kandidaat",
        ID: "nama lengkap, nama kandidat, kandidat, pelamar",
    },
    "first_name": {
        EN: "first name, given name, forename, first",
        FR: "prénom",
        DE: "vorname",
        ES: "nombre de pila, primer nombre",
        PT: "primeiro nome, prenome",
        IT: "nome di battesimo",
        NL: "voornaam",
        ID: "nama depan",
    },
    "last_name": {
        EN: "last name, surname, family name, last",
        FR: "nom de famille",
        DE: "nachname, familienname",
        ES: "apellido, apellidos",
        PT: "sobrenome, apelido, último nome",
        IT: "cognome",
        NL: "achternaam",
        ID: "nama belakang, nama keluarga",
    },
    "email": {
        EN: "email, e-mail, email address, mail, primary email, email id",
        FR: "courriel, adresse e-mail, adresse électronique, mél",
        DE: "e-mail-adresse, mailadresse",
        ES: "correo, correo electrónico, dirección de correo",
        PT: "endereço de e-mail, correio eletrónico, correio eletrônico",
        IT: "posta elettronica, indirizzo email",
        NL: "e-mailadres, mailadres",
        ID: "surel, alamat email, surat elektronik",
    },
    "phone": {
        EN: "phone, phone number, telephone, tel, mobile, mobile phone, mobile number, cell, cell phone, "
        "contact number, contact, whatsapp",
        FR: "téléphone, numéro de téléphone, portable, mobile, numéro de portable",
        DE: "telefon, telefonnummer, handy, handynummer, mobil, mobilnummer",
        ES: "teléfono, número de teléfono, móvil, celular",
        PT: "telefone, telemóvel, celular, número de telefone",
        IT: "telefono, numero di telefono, cellulare",
        NL: "telefoon, telefoonnummer, mobiel, mobiele nummer",
        ID: "telepon, nomor telepon, no telepon, no hp, hp, handphone, ponsel",
    },
    "linkedin_url": {
        EN: "linkedin, linkedin url, linkedin profile, linkedin profile url",
        FR: "profil linkedin",
        DE: "linkedin-profil",
        ES: "perfil de linkedin",
        PT: "perfil do linkedin",
        IT: "profilo linkedin",
        NL: "linkedin-profiel",
        ID: "profil linkedin",
    },
    "location": {
        EN: "location, city, town, address",
        FR: "ville, adresse, localisation, lieu",
        DE: "stadt, ort, wohnort, adresse, anschrift",
        ES: "ciudad, dirección, ubicación, localidad",
        PT: "cidade, endereço, morada, localização",
        IT: "città, indirizzo, località",
        NL: "stad, plaats, woonplaats, adres",
        ID: "kota, alamat, lokasi, domisili",
    },
    "region": {
        EN: "region, state, province, county",
        FR: "région, département",
        DE: "bundesland",
        ES: "provincia, estado",
        PT: "estado, distrito",
        IT: "regione, provincia",
        NL: "provincie",
        ID: "provinsi",
    },
    "country": {
        EN: "country",
        FR: "pays",
        DE: "land",
        ES: "país",
        PT: "país",
        IT: "paese, nazione",
        NL: "land",
        ID: "negara",
    },
    "headline": {
        EN: "headline, title, job title, current title, position, current position, role",
        FR: "poste, intitulé du poste, fonction, titre",
        DE: "position, berufsbezeichnung, titel, stelle",
        ES: "puesto, cargo, título",
        PT: "cargo, função, título",
        IT: "posizione, ruolo, qualifica, titolo",
        NL: "functie, functietitel",
        ID: "jabatan, posisi",
    },
    "resume_file": {
        EN: "resume, resume file, resume name, resume file name, cv, cv file, cv file name, file, file name, "
        "attachment",
        FR: "fichier, fichier cv",
        DE: "lebenslauf, datei",
        ES: "currículum, archivo, archivo cv",
        PT: "currículo, arquivo, ficheiro",
        IT: "curriculum, file cv",
        NL: "bestand, cv-bestand",
        ID: "berkas, berkas cv",
    },
}

# Words that mean "name" alone but "last name" beside a first-name column
# (FR Nom + Prénom, DE Name + Vorname) and "first name" beside a last-name
# column (ES Nombre + Apellidos, IT Nome + Cognome, PT Nome + Sobrenome).
AMBIGUOUS_NAME = {EN: "name", FR: "nom", DE: "name", ES: "nombre", PT: "nome", IT: "nome", NL: "naam", ID: "nama"}

# Words that identify a column even inside a longer header ("Adresse
# e-mail", "Mobile phone (work)"); checked in this order.
CONTAINED = (
    ("linkedin", "linkedin_url"),
    ("email", "email"),
    ("courriel", "email"),
    ("phone", "phone"),
    ("mobile", "phone"),
    ("telef", "phone"),
    ("telep", "phone"),
)

# Labels in resumes, matched at the start of a line (name, location) or
# just before a number (phone, anywhere in the 25 characters before it).
RESUME_LABELS = {
    "name": {
        EN: "name, full name, candidate name",
        FR: "nom, nom complet",
        DE: "vollständiger name",
        ES: "nombre, nombre completo",
        PT: "nome, nome completo",
        IT: "nome e cognome",
        NL: "naam, volledige naam",
        ID: "nama, nama lengkap",
    },
    "phone": {
        EN: "phone, mobile, mob, tel, cell, contact, whats app, (m), ph",
        FR: "téléphone, portable",
        DE: "telefon, handy, mobil",
        ES: "teléfono, móvil, celular",
        PT: "telefone, telemóvel, celular",
        IT: "telefono, cellulare",
        NL: "telefoon, mobiel",
        ID: "telepon, handphone, ponsel, no hp",
    },
    "location": {
        EN: "address, location, city, based in, residence, lives in",
        FR: "adresse, ville, domicile",
        DE: "anschrift, wohnort, adresse",
        ES: "dirección, ciudad, domicilio",
        PT: "endereço, morada, cidade",
        IT: "indirizzo, città, residenza",
        NL: "adres, woonplaats",
        ID: "alamat, domisili",
    },
}


def compact(text):
    return re.sub(r"[^a-z0-9]", "", fold(text))


def _phrases(text):
    return [phrase.strip() for phrase in text.split(",") if phrase.strip()]


HEADER_INDEX = {
    compact(phrase): field
    for field, languages in HEADERS.items()
    for text in languages.values()
    for phrase in _phrases(text)
}
_AMBIGUOUS = {compact(word) for word in AMBIGUOUS_NAME.values()}


def header_key(header):
    """The profile field a column header names, or None."""
    key = compact(header)
    if key in HEADER_INDEX:
        return HEADER_INDEX[key]
    if key in _AMBIGUOUS:
        return "name"
    return next((field for word, field in CONTAINED if word in key), None)


def header_keys(headers):
    """The fields of a whole header row: an ambiguous "Nom"/"Nombre" column
    is the last name beside a first-name column and the first name beside a
    last-name column."""
    keys = [header_key(h) for h in headers]
    for index, header in enumerate(headers):
        if compact(header) in _AMBIGUOUS and keys[index] == "name":
            if "first_name" in keys and "last_name" not in keys:
                keys[index] = "last_name"
            elif "last_name" in keys and "first_name" not in keys:
                keys[index] = "first_name"
    return keys


def label_pattern(field):
    """A regular expression alternative of the resume labels of ``field``:
    accents optional ("telefono" finds "teléfono"), spaces flexible, labels
    of one or two letters ("ph") only as whole words."""
    phrases = {phrase for text in RESUME_LABELS[field].values() for phrase in _phrases(text)}
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = "".join(
            r"\s*" if char == " " else "[%s%s]" % (char, fold(char)) if fold(char) != char else re.escape(char)
            for char in phrase
        )
        alternatives.append(pattern + r"\b" if len(phrase) <= 2 else pattern)
    return "|".join(alternatives)
