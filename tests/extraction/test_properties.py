"""Hostile input everywhere: for any input, every reader, the tagger, the CSV reader and the
search-query builder return or raise the app's own documented error, and nothing else, in time.
Hypothesis runs with a fixed seed in CI (`derandomize`, see conftest)."""

from __future__ import annotations

import time
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.readers import read_bytes, read_text
from timeline_app.extraction.tables import read_table
from timeline_app.extraction.temporal import tag
from timeline_app.storage.search import fts5_query, query_tokens, tsquery

TIME_BOUND_S = 30.0
MAGIC = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\x1f\x8b", b"<html><body>", b"From: a@b\nSubject: x\nDate: y\n\n",
         b"date,title\n", b"\xef\xbb\xbf", b"\xff\xfe", b"<?xml version='1.0'?>", b"\x89PNG"]


def bounded(call):
    started = time.perf_counter()
    result = call()
    assert time.perf_counter() - started < TIME_BOUND_S
    return result


@settings(max_examples=120)
@given(st.sampled_from(MAGIC), st.binary(max_size=2000))
def test_read_bytes_returns_a_document_or_a_read_error(prefix, body):
    try:
        result = bounded(lambda: read_bytes(prefix + body, source="fuzz.bin"))
    except ReadError as exc:
        assert str(exc).startswith("fuzz.bin: ")
        return
    assert isinstance(result, Document | Table)


@settings(max_examples=150)
@given(st.text(max_size=2000), st.booleans())
def test_read_text_returns_a_document_or_a_read_error(text, html):
    try:
        result = bounded(lambda: read_text(text, source="dropped", html=html or None))
    except ReadError:
        return
    assert isinstance(result, Document | Table)


csv_cells = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


@settings(max_examples=150)
@given(st.lists(st.lists(csv_cells, min_size=1, max_size=6), max_size=20), st.sampled_from([",", ";", "\t"]))
def test_csv_reader_returns_a_table_or_a_read_error(rows, delimiter):
    text = "date,title,actors\n" + "\n".join(delimiter.join(r) for r in rows)
    try:
        table = bounded(lambda: read_table(text, "fuzz.csv"))
    except ReadError:
        return
    assert all(isinstance(row.fields, dict) for row in table.rows)


@settings(max_examples=200)
@given(st.text(max_size=200))
def test_search_queries_are_always_well_formed(query):
    tokens = query_tokens(query)
    fts = fts5_query(query)
    assert fts.count('"') == 2 * len(tokens)
    assert all(t.isalnum() or "_" in t for t in tokens)
    assert ";" not in tsquery(query) and "'" not in tsquery(query)


@settings(max_examples=150)
@given(st.text(max_size=500), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
def test_tagger_never_raises_for_any_publication_date(text, dct):
    for t in bounded(lambda: tag(text, dct)):
        assert text[t.start:t.end] == t.text
