"""The names other languages give the countries the gazetteer knows, from the Unicode CLDR data Babel ships.

An article in French names "la Mauritanie", one in Turkish "Almanya": the gazetteer is written in English, and each
country's names in the languages the importer reads are looked up once rather than typed in by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from babel import Locale

#: The languages besides English whose articles the importer reads.
LANGUAGES = ("fr", "de", "es", "it", "pt", "ru", "tr")

#: The gazetteer's countries whose English name is not CLDR's, by their ISO 3166 code.
_CODES = {"Palestine": "PS", "Bosnia and Herzegovina": "BA", "Democratic Republic of the Congo": "CD",
          "Republic of the Congo": "CG", "Ivory Coast": "CI", "Myanmar": "MM", "Holy See": "VA",
          "Trinidad and Tobago": "TT"}

#: Names that are English words too, which would make a country of every island and every chili.
_ENGLISH_WORDS = frozenset({"island", "chili", "chine"})


@lru_cache(maxsize=1)
def _english_codes() -> dict[str, str]:
    return {name.lower(): code for code, name in Locale("en").territories.items() if re.fullmatch(r"[A-Z]{2}", code)}


def country_code(name: str, aliases: list[str]) -> str | None:
    """The ISO 3166 code of a gazetteer country, from its name or an alias (None for a region CLDR does not list,
    such as Abkhazia)."""
    codes = _english_codes()
    return _CODES.get(name) or next((codes[n.lower()] for n in [name, *aliases] if n.lower() in codes), None)


@lru_cache(maxsize=1)
def _territories() -> tuple[dict[str, str], ...]:
    return tuple(Locale(language).territories for language in LANGUAGES)


def foreign_names(code: str) -> list[str]:
    """What the other languages call the country `code`: "Sénégal", "Senegal", "Сенегал"… ("Myanmar (Birmania)" gives
    both its names)."""
    names: list[str] = []
    for territories in _territories():
        name = territories.get(code)
        if not name:
            continue
        for part in re.split(r"\s*[()]\s*", name):
            part = part.strip()
            if part and part.lower() not in _ENGLISH_WORDS and part not in names:
                names.append(part)
    return names
