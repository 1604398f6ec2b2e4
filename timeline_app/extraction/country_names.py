"""The names other languages give the countries the gazetteer knows, taken once from the Unicode CLDR.

An article in French names "la Mauritanie", one in Turkish "Almanya": the gazetteer is written in English, and each
country's names in the languages the importer reads come from the CLDR's territory names (through Babel) rather than
being typed in by hand. They are kept in `data/country_names.json`, written by running this module, so that reading
an article does not load nine locales' whole data (more than 12 MB) to look up a thousand names.

    python -m timeline_app.extraction.country_names   # after adding a country to the gazetteer
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

NAMES_FILE = Path(__file__).resolve().parents[2] / "data" / "country_names.json"

#: The languages besides English whose articles the importer reads.
LANGUAGES = ("fr", "de", "es", "it", "pt", "ru", "uk", "tr", "nl")

#: The gazetteer's countries whose English name is not the CLDR's, by their ISO 3166 code.
_CODES = {"Palestine": "PS", "Bosnia and Herzegovina": "BA", "Democratic Republic of the Congo": "CD",
          "Republic of the Congo": "CG", "Ivory Coast": "CI", "Myanmar": "MM", "Holy See": "VA",
          "Trinidad and Tobago": "TT"}

#: Names that are English words too, which would make a country of every island and every chili.
_ENGLISH_WORDS = frozenset({"island", "chili", "chine"})


@lru_cache(maxsize=1)
def foreign_names() -> dict[str, list[str]]:
    """{gazetteer country: what the other languages call it} ("Senegal": ["Sénégal", "Senegal", "Сенегал", …])."""
    try:
        return json.loads(NAMES_FILE.read_text(encoding="utf-8"))["countries"]
    except (OSError, ValueError, KeyError):
        return {}  # (an install without the table still reads English)


def build_table(gazetteer: dict) -> dict[str, list[str]]:
    """The table `foreign_names` reads, built from Babel's CLDR data for the gazetteer's countries (a region the CLDR
    does not list, such as Abkhazia, has none)."""
    from babel import Locale  # (only to build the table: reading it needs no locale data)

    english = {name.lower(): code for code, name in Locale("en").territories.items() if re.fullmatch(r"[A-Z]{2}", code)}
    territories = [Locale(language).territories for language in LANGUAGES]
    table: dict[str, list[str]] = {}
    for country, entry in gazetteer.get("countries", {}).items():
        code = _CODES.get(country) or next((english[n.lower()] for n in [country, *entry.get("aliases", [])]
                                            if n.lower() in english), None)
        names: list[str] = []
        for names_of in territories if code else []:
            # ("Myanmar (Birmania)" gives both its names)
            for part in re.split(r"\s*[()]\s*", names_of.get(code, "")):
                part = part.strip()
                if part and part.lower() not in _ENGLISH_WORDS and part not in names:
                    names.append(part)
        if names:
            table[country] = names
    return table


def main() -> None:
    from timeline_app.extraction.actors import GAZETTEER_FILE  # (the gazetteer's reader imports this module)

    gazetteer = json.loads(GAZETTEER_FILE.read_text(encoding="utf-8"))
    table = build_table(gazetteer)
    NAMES_FILE.write_text(json.dumps({"note": "The gazetteer's countries as the CLDR names them in " + ", ".join(LANGUAGES)
                                      + "; written by python -m timeline_app.extraction.country_names.",
                                      "countries": table}, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{NAMES_FILE}: {sum(len(v) for v in table.values())} names of {len(table)} countries")


if __name__ == "__main__":
    main()
