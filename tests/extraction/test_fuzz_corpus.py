"""Replays the fuzzing corpus (fuzz/fuzz_readers.py writes to it) as a normal test."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.extraction.document import Document, ReadError, Table
from timeline_app.extraction.readers import read_bytes

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "fuzz-corpus"


@pytest.mark.parametrize("path", sorted(CORPUS.iterdir()), ids=lambda p: p.name)
def test_corpus_input_reads_or_is_refused(path):
    try:
        result = read_bytes(path.read_bytes(), source=path.name)
    except ReadError as exc:
        assert str(exc).startswith(path.name)
        return
    assert isinstance(result, Document | Table)
