"""Print the pip requirements of an Odoo source tree that install as wheels here.

Odoo's ``requirements.txt`` pins each package per Python version; the pins for
Python < 3.12 include source-only releases (``cbor2==5.4.2``) that no longer
build with current setuptools.  The Python 3.12 pins (Ubuntu Noble) all ship
wheels for 3.10 and 3.11 too, so on an older Python the file is read as if the
interpreter were 3.12.  ``psycopg2`` becomes ``psycopg2-binary`` (no libpq
headers needed) and ``python-ldap`` (auth_ldap only, needs OpenLDAP headers) is
left out.

Usage: python scripts/odoo_requirements.py ODOO_PATH/requirements.txt
"""

import platform
import sys

from packaging.markers import Marker

SKIPPED = {"python-ldap"}
RENAMED = {"psycopg2": "psycopg2-binary"}


def marker_environment():
    """The running interpreter's markers, with python_version at least 3.12."""
    version = tuple(int(part) for part in platform.python_version_tuple()[:2])
    if version >= (3, 12):
        return {}
    return {"python_version": "3.12", "python_full_version": "3.12.0"}


def requirements(lines, environment):
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        requirement, _sep, marker = line.partition(";")
        if marker.strip() and not Marker(marker.strip()).evaluate(environment):
            continue
        requirement = requirement.strip()
        name = requirement.split("=")[0].split("<")[0].split(">")[0].strip()
        if name.lower() in SKIPPED:
            continue
        if name.lower() in RENAMED:
            requirement = RENAMED[name.lower()] + requirement[len(name) :]
        yield requirement


def main(path):
    with open(path, encoding="utf-8") as handle:
        for requirement in requirements(handle, marker_environment()):
            print(requirement)


if __name__ == "__main__":
    main(sys.argv[1])
