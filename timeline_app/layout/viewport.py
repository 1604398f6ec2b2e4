"""Time ↔ pixels: the one mapping the widget, the painter and the exporters share."""

from __future__ import annotations

from dataclasses import dataclass, replace

from timeline_app.domain import calendar as cal

#: Closest zoom: a tenth of a second per pixel (minutes span hundreds of pixels).
MIN_SECONDS_PER_PIXEL = 0.1
#: Farthest zoom: about 20,000 years across 1,000 pixels.
MAX_SECONDS_PER_PIXEL = 20_000 * 365.2425 * 86_400 / 1_000
MIN_SECONDS = cal.seconds_from_civil(cal.MIN_YEAR)
MAX_SECONDS = cal.seconds_from_civil(cal.MAX_YEAR)


@dataclass(frozen=True)
class Viewport:
    """The visible stretch of time: `start` (seconds at x = 0) and the scale."""

    start: float
    seconds_per_pixel: float
    width: int

    @classmethod
    def fit(cls, lo: int, hi: int, width: int, margin: float = 0.05) -> Viewport:
        """A viewport showing [lo, hi) with a margin on both sides."""
        width = max(width, 1)
        span = max(hi - lo, 86_400)
        pad = span * margin
        spp = _clamp((span + 2 * pad) / width, MIN_SECONDS_PER_PIXEL, MAX_SECONDS_PER_PIXEL)
        centre = (lo + hi) / 2
        return cls(start=centre - spp * width / 2, seconds_per_pixel=spp, width=width)

    @property
    def end(self) -> float:
        return self.start + self.seconds_per_pixel * self.width

    def x_of(self, seconds: float) -> float:
        return (seconds - self.start) / self.seconds_per_pixel

    def seconds_at(self, x: float) -> float:
        return self.start + x * self.seconds_per_pixel

    def zoom_about(self, x: float, factor: float) -> Viewport:
        """Zoom by `factor` (> 1 zooms in) keeping the time under pixel `x` in place."""
        anchor = self.seconds_at(x)
        spp = _clamp(self.seconds_per_pixel / factor, MIN_SECONDS_PER_PIXEL, MAX_SECONDS_PER_PIXEL)
        return self._clamped(replace(self, start=anchor - x * spp, seconds_per_pixel=spp))

    def pan_pixels(self, dx: float) -> Viewport:
        """Move the view so that the content moves right by `dx` pixels."""
        return self._clamped(replace(self, start=self.start - dx * self.seconds_per_pixel))

    def resized(self, width: int) -> Viewport:
        """Keep the centre and the scale when the widget changes width."""
        width = max(width, 1)
        centre = self.start + self.seconds_per_pixel * self.width / 2
        return replace(self, start=centre - self.seconds_per_pixel * width / 2, width=width)

    def _clamped(self, view: Viewport) -> Viewport:
        start = _clamp(view.start, MIN_SECONDS, MAX_SECONDS - view.seconds_per_pixel * view.width)
        return replace(view, start=start)


def _clamp(value: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, value))
