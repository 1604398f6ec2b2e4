"""DESIGN.md: render draws with QtGui only; QtWidgets belongs to ui. (import-linter's contracts in
pyproject.toml cover the rest, but cannot name a submodule of an external package.)"""

from __future__ import annotations

import ast
from pathlib import Path

import timeline_app

PACKAGE = Path(timeline_app.__file__).parent


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_render_never_imports_qtwidgets():
    offenders = [p.name for p in (PACKAGE / "render").glob("*.py") if any("QtWidgets" in m for m in imported_modules(p))]
    assert offenders == []


def test_no_qt_below_ui_and_render():
    for layer in ("domain", "extraction", "storage", "export", "layout", "services"):
        for path in (PACKAGE / layer).rglob("*.py"):
            assert not any(m.startswith(("PySide6", "shiboken6")) for m in imported_modules(path)), path
