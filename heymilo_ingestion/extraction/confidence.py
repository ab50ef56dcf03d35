"""How sure the engine is of each field: a score from 0 to 1 and its band.

A field is *high* when a wrong value is very unlikely (see README,
"Confidence"), *medium* when it is probably right but worth a look, *low*
when a person should check it; an empty field has no confidence (0).
"""

import re

from .fields import EMAIL_RE
from .linkedin import handle_of, plausible_handle

HIGH, MEDIUM, LOW = "high", "medium", "low"
HIGH_FROM, MEDIUM_FROM = 0.85, 0.5
FIELDS = ("name", "email", "phone", "linkedin_url")

# E-mail: how the address was found.
EMAIL_IN_TEXT = 0.95
EMAIL_IN_TEXT_AND_LINK = 0.99
EMAIL_LINK_ONLY = 0.9
EMAIL_REBUILT = 0.6  # pieces put together ("abin@g" + "mail.com")
EMAIL_MAY_BE_CUT = 0.7  # starts a line after a lower-case word: maybe the rest of a cut address
EMAIL_ROLE = 0.4  # info@, hr@, jobs@…: an organisation's mailbox, not a person's
EMAIL_ANOTHER_SPELLS_NAME = 0.7  # at most: the name spells another address of the page, not this one
ROLE_MAILBOX = re.compile(
    r"^(?:info|hr|jobs?|careers?|recruit\w*|admin|contact|office|hello|support|sales|noreply|no-reply|mail)@", re.I
)

# Phone: where the number was printed and whether it validates.
PHONE_LINK = 0.95  # a tel: link, alone or shown by the text beside the e-mail
PHONE_LINK_OVERRULED = 0.6  # a tel: link where the text beside the e-mail shows another number
PHONE_HEAD_LABELLED = 0.95  # in the header, labelled or international, and valid
PHONE_HEAD = 0.88  # in the header and valid
PHONE_BODY = 0.7  # further down, valid
PHONE_UNVALIDATED = 0.6  # a factor: no region could validate it (kept as printed)
PHONE_REGION_GUESSED = 0.8  # a factor: unlabelled, valid only in a region the header, e-mail domain or script suggests

COLUMN = 0.95  # a value a person typed into the column meant for it (CSV)
OCR_AT_MOST = 0.8  # text read by OCR is never high: letters and digits can be misread


def band(score):
    """``high``, ``medium`` or ``low`` for a score; '' for no value."""
    if not score:
        return ""
    return HIGH if score >= HIGH_FROM else MEDIUM if score >= MEDIUM_FROM else LOW


def of_columns(profile):
    """Confidence of values typed into a table's columns (CSV): high when the
    value has its field's form, medium when it does not quite."""
    return {
        "name": COLUMN if profile.name else 0.0,
        "email": (COLUMN if EMAIL_RE.fullmatch(profile.email) else MEDIUM_FROM) if profile.email else 0.0,
        "phone": (COLUMN if profile.phone.startswith("+") else PHONE_UNVALIDATED) if profile.phone else 0.0,
        "linkedin_url": (COLUMN if plausible_handle(handle_of(profile.linkedin_url)) else MEDIUM_FROM)
        if profile.linkedin_url
        else 0.0,
    }


def read_by_ocr(profile):
    """The profile's confidence when (part of) its text was read by OCR: at
    most medium, and none for a field OCR left empty."""
    return {key: min(score, OCR_AT_MOST) if getattr(profile, key) else 0.0 for key, score in profile.confidence.items()}
