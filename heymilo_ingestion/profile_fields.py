"""Engine profiles as profile field values and back (plain Python, no Odoo):
what a profile record stores of the engine's ``Profile``, and the ``Profile``
rebuilt from a record to merge an archive's CSV rows into its resumes."""

from .extraction.result import Profile

# The engine's fields a profile stores as they are.
ENGINE_FIELDS = ("name", "email", "phone", "linkedin_url", "location", "headline")


def field_values(profile):
    """Field values of an engine ``Profile``: further e-mails, phones and
    links as text, empty values as False."""
    return {
        **{key: getattr(profile, key) or False for key in ENGINE_FIELDS},
        "other_links": "\n".join(profile.links) or False,
        "other_emails": ", ".join(e for e in profile.emails if e != profile.email) or False,
        "other_phones": ", ".join(p for p in profile.phones if p != profile.phone) or False,
        "extra_data": profile.extra or False,
        "source_row": profile.source_row or False,
    }


def engine_profile(values):
    """The engine ``Profile`` of ``values``: a profile record, or a mapping
    of the fields ``field_values`` makes."""
    return Profile(
        **{key: values[key] or "" for key in ENGINE_FIELDS},
        emails=[e for e in [values["email"]] + (values["other_emails"] or "").split(", ") if e],
        phones=[p for p in [values["phone"]] + (values["other_phones"] or "").split(", ") if p],
        links=(values["other_links"] or "").splitlines(),
        extra=dict(values["extra_data"] or {}),
        source_row=values["source_row"] or None,
    )
