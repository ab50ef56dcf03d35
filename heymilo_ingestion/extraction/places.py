"""Countries and their subdivisions by name (ISO 3166 through pycountry).

A location is only kept when it ends in a place we know, and the country it
names is the best guess of the region for phone numbers printed without a
country code.
"""

import functools
import re

import pycountry

from .fields import fold

# Everyday names that ISO 3166 spells otherwise.
_ALIASES = {
    "usa": "US",
    "us": "US",
    "america": "US",
    "uk": "GB",
    "britain": "GB",
    "greatbritain": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "northernireland": "GB",
    "uae": "AE",
    "emirates": "AE",
    "ksa": "SA",
    "holland": "NL",
    "korea": "KR",
    "russia": "RU",
    "turkey": "TR",
    "czechrepublic": "CZ",
    "ivorycoast": "CI",
    "laos": "LA",
    "syria": "SY",
    "tanzania": "TZ",
    "moldova": "MD",
    "venezuela": "VE",
    # as the country's own language writes it
    "brasil": "BR",
    "espana": "ES",
    "deutschland": "DE",
    "italia": "IT",
    "turkiye": "TR",
    "polska": "PL",
    "nederland": "NL",
    "schweiz": "CH",
    "suisse": "CH",
    "svizzera": "CH",
    "osterreich": "AT",
    "belgique": "BE",
    "belgie": "BE",
    "maroc": "MA",
    "algerie": "DZ",
    "tunisie": "TN",
    "sverige": "SE",
    "norge": "NO",
    "danmark": "DK",
    "suomi": "FI",
    "magyarorszag": "HU",
    "cesko": "CZ",
    "hrvatska": "HR",
}


_NOT_LOWER = re.compile(r"[^a-z]")  # compiled once: these run per word
_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")


def _key(text):
    return _NOT_LOWER.sub("", fold(text))


@functools.cache
def _countries():
    index = {}
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if value:
                index.setdefault(_key(value), country.alpha_2)
        index.setdefault(country.alpha_3.lower(), country.alpha_2)
    index.update(_ALIASES)
    return index


@functools.cache
def _subdivisions():
    """Subdivision name -> country; None when several countries share it."""
    index = {}
    for subdivision in pycountry.subdivisions:
        key = _key(subdivision.name)
        index[key] = subdivision.country_code if index.get(key, subdivision.country_code) else None
    return index


@functools.cache
def _us_states():
    return {s.code[3:] for s in pycountry.subdivisions.get(country_code="US")}


def country_code(value):
    """ISO 3166 alpha-2 code of a country written as a code ("IN", "GBR") or
    a name ("India", "United States", "UK"); None when unknown."""
    value = (value or "").strip().strip(".")
    if _TWO_LETTERS.fullmatch(value):
        code = value.upper()
        return "GB" if code == "UK" else code if pycountry.countries.get(alpha_2=code) else None
    return _countries().get(_key(value)) if value else None


def is_place(value):
    """Whether ``value`` is the name of a country or of a subdivision of one
    ("Saudi Arabia", "New York", "Tamil Nadu")."""
    return bool(country_code(value) or _key(value) in _subdivisions())


def place_region(location):
    """Country of a location such as "Leeds, UK", "Austin, TX" or "Pune,
    Maharashtra, India", read from its parts after the first; None when no
    part is a known country or subdivision.

    A two-letter code is a US state in "City, ST" and "Company, City, ST"
    ("…, Waltham, MA" is no Morocco), but a country in "City, State, CC" when
    it is no state's code or another part is a subdivision of that country."""
    parts = [part.strip() for part in (location or "").split(",") if part.strip()]
    places = parts[1:]
    named = {_subdivisions().get(_key(part)) for part in places} - {None}
    for index, part in enumerate(reversed(places)):
        if re.fullmatch(r"[a-z]{2}", part):
            continue  # "… con pasión, de": a word of a sentence, no country code
        if re.fullmatch(r"[A-Z][a-z]", part) and part.upper() in _us_states():
            part = part.upper()  # "Fairbury, Il": Illinois typed in title case, not Israel
        if re.fullmatch(r"[A-Z]{2}", part):
            country = country_code(part)
            if country in named or (len(places) > 1 and index == 0 and country and part not in _us_states()):
                return country
            if part in _us_states():
                return "US"
            if country:
                return country
            continue
        code = country_code(part) or _subdivisions().get(_key(part))
        if code:
            return code
    return None
