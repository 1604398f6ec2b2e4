"""timeline_app: a dated, sourced chronology of diplomacy and conflict from the news."""

__version__ = "0.1.0"
