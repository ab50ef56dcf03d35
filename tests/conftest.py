"""Real files for the engine tests, made on the fly with reportlab and zipfile."""

import csv
import pathlib
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from heymilo_ingestion.extraction.csvfile import ODOO_FIELD_SIZE_LIMIT  # noqa: E402
from heymilo_ingestion.tests.files import (  # noqa: E402
    make_drop_cap_pdf,
    make_image_pdf,
    make_pdf,
    make_pdf_with_tounicode,
    make_zip,
)

# What Odoo's server sets, so the engine tests see the cells the server sees.
csv.field_size_limit(ODOO_FIELD_SIZE_LIMIT)

__all__ = ["make_drop_cap_pdf", "make_image_pdf", "make_pdf", "make_pdf_with_tounicode", "make_zip"]


RESUME_LINES = [
    "Maria Gonzalez",
    "Senior Data Engineer",
    "maria.gonzalez@example.com  |  +44 20 7946 0321  |  Leeds, UK",
    "linkedin.com/in/maria-gonzalez-data",
    "EXPERIENCE",
    "Built pipelines that moved data between systems every night.",
]


@pytest.fixture
def resume_pdf():
    return make_pdf(RESUME_LINES)
