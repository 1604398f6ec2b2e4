"""A control character written into a source file by accident is invisible in an editor and silently changes what a
pattern means: a backspace (0x08) where "\\b" was meant made one of the title rules' checks match nothing for sessions."""

from __future__ import annotations

import re
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent
#: Control characters no source line should hold (tab, newline and carriage return are a file's own).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_no_source_file_holds_a_control_character():
    found = {f"{path.relative_to(PACKAGE)}:{number}": repr(line.strip())[:80]
             for path in sorted(PACKAGE.rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if _CONTROL.search(line)}
    assert found == {}
