"""After holdout17 was measured once, at the start of the twelfth round: a
referee's address printed inline in the education section ("Academic
Referee: … (address)") above the candidate's own in a sidebar read last,
and a LinkedIn link annotation that lost the slash before "in"
("https://www.linkedin.comin/handle"). Lines are made here."""

from test_name_evidence import profile_of_rows as _profile

from heymilo_ingestion.extraction.contacts import emails
from heymilo_ingestion.extraction.linkedin import find_linkedin

EXPERIENCE = [("Developed a perception and fusion logic layer in C++ for real-time applications.", 10.1)] * 8
REFEREE = ("Studied Cosmology. Academic Ref\ufffeeree: Enrico Pajer (e.pajer@example.nl) | GPA: 8/10", 10.2)
SIDEBAR = [("Rui Marques", 24.8), ("Software Engineer", 14.3), ("About Me", 20.7)]
CONTACTS = [("(+34) 663 559 607", 10.2), ("inquiries@example.xyz", 10.0), ("in/ruiferreiramarques", 10.0)]
LINKS = ["mailto:e.pajer@example.nl", "tel:+34663559607", "mailto:inquiries@example.xyz"]
BROKEN_LINK = "https://www.linkedin.comin/ruiferreiramarques"


def test_an_address_after_a_referee_label_on_its_line_is_not_the_candidates():
    profile = _profile(*EXPERIENCE, REFEREE, *SIDEBAR, *CONTACTS, links=LINKS)
    assert profile.email == "inquiries@example.xyz"
    assert "e.pajer@example.nl" not in profile.emails  # not even its mailto: link


def test_a_supervisors_address_alone_is_no_address_of_the_candidate():
    found, _confidence = emails("Thesis supervisor: Prof. Anna Berg (anna.berg@example.edu)", [], set())
    assert found == []


def test_an_address_after_another_label_stays_the_candidates():
    found, _confidence = emails("Personal details | Email: rui@example.xyz", [], set())
    assert found == ["rui@example.xyz"]


def test_a_link_that_lost_the_slash_before_in_gives_the_profile():
    url, confidence = find_linkedin("in/ruiferreiramarques", [BROKEN_LINK])
    assert url == "https://www.linkedin.com/in/ruiferreiramarques"
    assert confidence > 0.9


def test_the_mended_link_confirms_the_name_far_down_a_sidebar_read_last():
    profile = _profile(*EXPERIENCE, REFEREE, *SIDEBAR, *CONTACTS, links=[*LINKS, BROKEN_LINK])
    assert profile.name == "Rui Marques"
    assert profile.linkedin_url == "https://www.linkedin.com/in/ruiferreiramarques"


def test_another_domain_ending_in_in_is_no_linkedin_profile():
    assert find_linkedin("", ["https://www.linkedin.company/in/someone"]) == ("", 0.0)


def test_an_address_printed_also_among_the_references_stays_the_candidates():
    text = "Esma Azra Sahin\nesma@example.com\nReferences\nesma@example.com"
    found, _confidence = emails(text, ["mailto:esma@example.com"], {2, 3})
    assert found == ["esma@example.com"]
