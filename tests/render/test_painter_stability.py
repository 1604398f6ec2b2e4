"""PySide6 6.12.0 on CPython 3.11 dropped a reference to None on every void Qt call and aborted
the process after a few thousand painter calls. 20,000 shapes in one process must survive."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_twenty_thousand_painter_calls_do_not_abort_the_process():
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtGui import QGuiApplication, QImage, QPainter, QPen, QColor
        from PySide6.QtCore import QRectF
        app = QGuiApplication([])
        image = QImage(400, 300, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        for i in range(20_000):
            painter.setPen(QPen(QColor(i % 255, 0, 0)))
            painter.setBrush(QColor(0, i % 255, 0))
            painter.drawRect(QRectF(i % 400, i % 300, 5, 5))
        painter.end()
        print("ok", sys.getrefcount(None) > 0)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("ok")
