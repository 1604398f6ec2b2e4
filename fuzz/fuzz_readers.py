"""Coverage-guided fuzzing of the readers with atheris (run by hand, not in CI):

    pip install atheris
    python fuzz/fuzz_readers.py tests/fixtures/fuzz-corpus -max_total_time=600

New inputs that atheris finds interesting are written into the corpus folder;
tests/extraction/test_fuzz_corpus.py replays every file there as a normal test.
"""

from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    from timeline_app.extraction.document import ReadError
    from timeline_app.extraction.readers import read_bytes


def one_input(data: bytes) -> None:
    try:
        read_bytes(data, source="fuzz")
    except ReadError:
        pass


if __name__ == "__main__":
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
