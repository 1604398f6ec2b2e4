import os
import time

import pytest

from timeline_app.extraction.bounded import run_bounded
from timeline_app.extraction.document import ReadError


def test_a_parser_that_overruns_is_stopped_and_the_next_call_works():
    started = time.perf_counter()
    with pytest.raises(ReadError, match="gave up"):
        run_bounded("slow.html", time.sleep, 30, timeout=1.0)
    assert time.perf_counter() - started < 15
    assert run_bounded("fast", os.getpid) != os.getpid()  # a fresh worker process answers


def test_parser_errors_become_read_errors():
    with pytest.raises(ReadError, match="cannot be parsed"):
        run_bounded("bad.pdf", int, "not a number")
