"""A module-level name bound twice silently replaces the first binding at import, and every function that
reads it gets the second: the extraction modules' many patterns make such a clash easy to write and hard to
see (two `_MAIN_VERB_NEXT` patterns in the single titles module once did it)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent


def top_level_bindings(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
            names.append(node.target.id)
    return names


def test_no_module_binds_a_top_level_name_twice():
    clashes = {str(path.relative_to(PACKAGE)): sorted(name for name, count in Counter(top_level_bindings(path)).items()
                                                      if count > 1)
               for path in PACKAGE.rglob("*.py")}
    assert {path: names for path, names in clashes.items() if names} == {}
