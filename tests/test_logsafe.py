"""Logs carry ids and error types, never the data an error quoted."""

import logging

from heymilo_ingestion.extraction import engine, extract
from heymilo_ingestion.extraction.logsafe import describe_exception, log_exception
from heymilo_ingestion.tests.files import make_resume

logger = logging.getLogger("heymilo_test_logsafe")
# Kept out of the lines that raise: a traceback shows code, and the code here
# must not contain what the test looks for.
PERSON = "Maria Gonzalez <maria@example.com>"
BAD_READ = "cannot read %r" % PERSON
NAME_AND_EMAIL, FILE_NAME = ("Maria Gonzalez", "maria@example.com"), "Maria_Gonzalez_CV.pdf"


def parse_age(text):
    return int(text)


def test_exception_described_by_type_and_stack_only(caplog):
    try:
        try:
            parse_age(PERSON)
        except ValueError as exc:
            raise RuntimeError(BAD_READ) from exc
    except RuntimeError:
        with caplog.at_level(logging.ERROR, logger=logger.name):
            log_exception(logger, "Profile %s failed", 42)
    (record,) = caplog.records
    text = record.getMessage()
    assert "Profile 42 failed" in text
    assert "builtins.RuntimeError (message withheld)" in text
    assert "Caused by: builtins.ValueError" in text
    assert "parse_age" in text, "where it happened is kept"
    assert "maria" not in text.lower() and "gonzalez" not in text.lower()
    assert record.exc_info is None, "no traceback with the message appended by the handler"


def test_describe_exception_without_traceback():
    assert describe_exception(KeyError(PERSON)).startswith("builtins.KeyError (message withheld)")


def test_unexpected_engine_error_logged_without_the_file_name(caplog, monkeypatch):
    def broken_parser(*_args, **_kwargs):  # a fault injected where a real bug would be
        raise ValueError(BAD_READ)

    monkeypatch.setattr(engine, "parse_resume", broken_parser)
    with caplog.at_level(logging.DEBUG):
        document = extract(make_resume(*NAME_AND_EMAIL), FILE_NAME)
    assert document.status == "failed" and "ValueError" in document.error
    assert caplog.records, "the error is logged"
    for record in caplog.records:
        text = record.getMessage() + str(record.exc_info or "")
        assert "maria" not in text.lower() and "gonzalez" not in text.lower(), text
