"""Words that tell a person's name from everything else at the top of a
resume: section headings, job titles, organisations, addresses, degrees,
cover-letter phrases. Compared after ``fields.fold`` (lower case, no accents).

The lists grew from real resumes (see README, "Real resumes without labels"):
each word here once stood where a name was expected.
"""

import re

HEADINGS = frozenset(
    """about abridgment academic achievements activities address areas awards background birth career
    certificate certifications competencies contact contacts core curricular curriculum cv date declaration
    detail details duties education educational email employment experience expertise extra final gender
    github held hobbies information interests internship internships job key languages linkedin marital
    mobile nationality objective page personal phone photo place portfolio professional profile project
    projects publications qualification qualifications references religion responsibilities responsibility
    resume résumé scope signature skills status strengths subjects summary synopsis technical total training
    trainings vitae work year years""".split()
)
JOB_WORDS = frozenset(
    """accountant administrator analyst architect assistant auditor consultant coordinator designer developer
    director engineer executive head intern lead manager mechanic nurse officer operator representative
    scientist specialist student supervisor teacher technician""".split()
)
# Organisations, whose names can top a resume (an agency's letterhead).
ORGANISATION_WORDS = frozenset(
    """bank college company construction consulting corp corporation engineering enterprises gmbh group
    hospital inc industries institute international laboratories limited llc llp ltd pharma pharmaceuticals
    plc polytechnic pvt recruitment school services solutions staffing systems technologies university""".split()
)
# Addresses, sentences, degrees, skills and letters: never part of a name.
OTHER_WORDS = frozenset(
    """achievement ag am and apartment application apprentice apt are as associate at auto autocad avenue basic
    bba bca bcom being block board box bsc btech by cad call cgpa city civil class code colony com computer
    cover covering cse dear decision design development dist district distt e-mail ece eee electronics
    estate etc europass expert father flat for from government graduate guardian hard hardworking having
    higher house hr hsc husband id ii iii iim in is issues it iv ix kind knowledge known lane language
    letter madam mail making management mba mca mcom microsoft mother msc mtech my nagar name near no of
    office on operation operations our passport personality pgdm phd pin post process proficiency purchase
    qualified regards respected result road role sale sales sector senior sincerely sir size smart spouse
    ssc state street strength study system team tech teh tehsil thanking the to town traits us vi vihar vii
    viii village was with worker working www xi xii you your yours""".split()
)
NOT_NAME = HEADINGS | JOB_WORDS | ORGANISATION_WORDS | OTHER_WORDS
# Headings long enough to spot when glued to another word ("PERSONALDETAILS").
LONG_HEADINGS = frozenset(word for word in HEADINGS if len(word) >= 6)
# Countries as people abbreviate them at the end of an address line.
COUNTRY_SHORTHANDS = frozenset({"uae", "usa", "uk", "ksa", "india"})
# "CURRICULAM", "CURICULLUM", "VITAE", "RESUME", "BIODATA": a CV's title, however spelt.
CV_TITLE = re.compile(r"^(?:c[uo]r+[iu]c+[uo]l+[ua]m|v[ai]+t[ae]+a?|r[eé]sum[eé]|bio-?data|cv)")
# "CURRICULUM VITAE: LEONARD WEKESA WANYONYI": the title before the name.
CV_TITLE_PREFIX = re.compile(r"^(?:curriculum\s*vitae|r[eé]sum[eé]|cv|bio-?data)\s*(?:of)?\s*[:\-–]\s*", re.I)
