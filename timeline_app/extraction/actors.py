"""Who takes part: countries, organisations and people found in a sentence.

A gazetteer (`data/gazetteer.json`) matched with an Aho-Corasick automaton finds known names and
their aliases ("Azerbaijani" → Azerbaijan, "Blinken" → Antony Blinken); a person the gazetteer
does not know is still found after a title ("spokesman Matthew Miller").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import ahocorasick

from timeline_app.extraction.country_names import foreign_names

GAZETTEER_FILE = Path(__file__).resolve().parents[2] / "data" / "gazetteer.json"
_LOCATIVE = re.compile(r"\b(?:in|at|to|from|near|outside|via|into|toward|towards|across|around)\s+(?:the\s+)?$", re.I)
_NAME = r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Z]?[a-zà-ÿ'’]+)*-?|[A-Z]\.)"  # (a double name too: "Mensah-Bonsu")
#: A language named by its country's adjective, which is no part the country plays: "known by its [Spanish] initials".
_LANGUAGE_USE = re.compile(r"(?:\s+|-)(?:initials|acronym|abbreviation|name|names|word|words|language|translation|speakers?|"
                           r"speaking)\b")
#: An alias that is also a region's adjective: "Central African".
_REGION_S_ADJECTIVE = re.compile(r"Central\s+African")
#: …before a noun that makes it the region's, any of its countries: "the Central African [country]", "[nations]".
_ANY_COUNTRY_OF_A_REGION = re.compile(r"\s+(?:country|countries|nation|nations|state|states|region|neighbou?rs?|leaders?|"
                                      r"governments?|economies|economy)\b")
#: A region's word before "American", which then names no one country: "[South ]American countries", "[Latin ]American".
_REGION_BEFORE_AMERICAN = re.compile(r"\b(?:South|Central|Latin|North)\s+$")
#: A capital that opens a name of its own, which is no part its country plays: "the [Brussels] Agreement", "the Minsk Group".
_NAMED_AFTER = re.compile(r"\s+(?:Agreements?|Accords?|Protocol|Process|Format|Declaration|Group|Conventions?|Treaty|"
                          r"Statute|Document|Memorandum|Peace|Talks|Conference|Plan|Framework|Initiative|Post|Times)\b")
#: A place named after a country, which is no part the country plays: "Port of [Spain]", "the Gulf of [Mexico]".
_PLACE_OF = re.compile(r"\b(?:Port|Gulf|Bay|Sea|Straits?|Isles?|Cape|Lake|Horn)\s+of\s+(?:the\s+)?$")


#: A military rank opening a name a title stands before: "General ", "Col. ".
#: The last word of a name that makes it a text's, a body's or a place's, not a person's: "[General] Peace Accord".
_NO_PERSON_END = re.compile(r"\s(?:Accords?|Agreements?|Treaty|Assembly|Council|Staff|Command|Convention|Conference|"
                            r"Declaration|Charter|Protocol|Act|Law|Court|Committee|Commission|Office|Hospital|University|"
                            r"Party|Front|Movement|Army|Forces|Union|Alliance|Company|Bank|Fund|Ministry|Agency|"
                            r"Directorate|Secretariat|Election|Elections|Strike)$")
_RANK_OPENING = re.compile(r"(?:General|Gen\.|Colonel|Col\.|Lieutenant|Lt\.|Major|Maj\.|Captain|Capt\.|Brigadier|Admiral|"
                           r"Adm\.|Marshal|Sergeant|Sgt\.)\s+")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str  # canonical
    kind: str  # country | organisation | person


@dataclass
class Gazetteer:
    exact: ahocorasick.Automaton
    folded: ahocorasick.Automaton
    short_names: dict[str, str]  # canonical person -> surname used in titles
    title_re: re.Pattern[str]
    titles: tuple[str, ...] = ()  # the words that put a name after them ("President", "spokesman")
    #: people one article introduces ({full name: surname}) and the pattern that finds them
    local_people: dict[str, str] = field(default_factory=dict)
    local_re: re.Pattern[str] | None = None

    def with_people(self, people: dict[str, str]) -> Gazetteer:
        """This gazetteer and the people one article introduces (see `people.article_people`): a copy,
        the shared gazetteer stays as it is."""
        if not people:
            return self
        # (their titles keep the full name the article gave: a newcomer's surname alone says little)
        return replace(self, local_people=dict(people), local_re=_people_pattern(people))

    def mentions(self, text: str) -> list[Mention]:
        found: list[Mention] = []
        if self.local_re is not None:
            found.extend(_local_mentions(text, self.local_people, self.local_re))
        for automaton, haystack in ((self.exact, text), (self.folded, text.lower())):
            for end, (alias_len, name, kind, capital) in automaton.iter(haystack):
                start = end - alias_len + 1
                if not _word_bounded(text, start, end + 1):
                    continue
                if capital and (_LOCATIVE.search(text[max(0, start - 20):start]) or _NAMED_AFTER.match(text, end + 1)):
                    continue
                if kind == "country" and (_PLACE_OF.search(text, max(0, start - 20), start)
                                          or _LANGUAGE_USE.match(text, end + 1)
                                          or _REGION_S_ADJECTIVE.fullmatch(text, start, end + 1)
                                          and _ANY_COUNTRY_OF_A_REGION.match(text, end + 1)
                                          or _REGION_BEFORE_AMERICAN.search(text, max(0, start - 10), start)
                                          and text[start:end + 1] == "American"):
                    continue
                found.append(Mention(start, end + 1, name, kind))
        found.extend(self._titled_people(text, found))
        return _longest_first(found)

    def _titled_people(self, text: str, known: list[Mention]) -> list[Mention]:
        out = []
        for m in self.title_re.finditer(text):
            for group in ("name", "second"):
                start, end = m.span(group)
                # (a known name inside it is who it is: "President Tayyip Erdogan" is the gazetteer's Erdogan)
                if start < 0 or any(k.start < end and start < k.end for k in known):
                    continue
                # (a rank after the title is no part of the name: "military leader General Abdourahamane Tiani")
                rank = _RANK_OPENING.match(text, start, end)
                if rank is not None and len(text[rank.end():end].split()) >= 2:
                    start = rank.end()
                if _NO_PERSON_END.search(text, start, end):
                    continue  # ("the General Peace Accord": a text's name after a word that may be a rank, no person)
                out.append(Mention(start, end, re.sub(r"\s+", " ", text[start:end]), "person"))
        return out

    def actors(self, text: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(m.name for m in self.mentions(text)))


def _local_mentions(text: str, people: dict[str, str], pattern: re.Pattern[str] | None) -> list[Mention]:
    """Mentions of the article's own people in `text`, by full name or surname alone."""
    if pattern is None:
        return []
    by_surname = {surname: full for full, surname in people.items() if surname != full}
    out = []
    for m in pattern.finditer(text):
        name = m.group()
        full = name if name in people else by_surname.get(name)
        if full is not None:
            out.append(Mention(m.start(), m.end(), full, "person"))
    return out


def _people_pattern(people: dict[str, str]) -> re.Pattern[str] | None:
    """One pattern for the full names and surnames of `people`, longest first."""
    forms = sorted(set(people) | set(people.values()), key=len, reverse=True)
    if not forms:
        return None
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w'’-])")


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "_")


def _longest_first(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[Mention] = []
    for m in mentions:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: m.start)


@lru_cache(maxsize=4)
def load_gazetteer(path: Path = GAZETTEER_FILE) -> Gazetteer:
    raw = json.loads(path.read_text(encoding="utf-8"))
    exact, folded = ahocorasick.Automaton(), ahocorasick.Automaton()
    short_names: dict[str, str] = {}

    def add(alias: str, name: str, kind: str, capital: bool = False) -> None:
        alias = alias.strip()
        if not alias:
            return
        if len(alias) <= 3 or alias.isupper() or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?\.?", alias):
            exact.add_word(alias, (len(alias), name, kind, capital))
        else:
            folded.add_word(alias.lower(), (len(alias), name, kind, capital))

    for name, entry in raw.get("countries", {}).items():
        add(name, name, "country")
        for alias in entry.get("aliases", []):
            add(alias, name, "country")
        for capital in entry.get("capitals", []):
            add(capital, name, "country", capital=True)
    for name, aliases in raw.get("organisations", {}).items():
        add(name, name, "organisation")
        for alias in aliases:
            add(alias, name, "organisation")
    for name, entry in raw.get("people", {}).items():
        add(name, name, "person")
        for alias in entry.get("aliases", []):
            add(alias, name, "person")
        short_names[name] = entry.get("short") or name.split()[-1]
    # what other languages call each country ("la Mauritanie", "Almanya"), but never a name the gazetteer gives to another
    # ("Congo" stays the DRC's, though Spanish calls the Republic of the Congo so)
    taken = {w.lower() for w in (*exact.keys(), *folded.keys())}
    countries = raw.get("countries", {})
    for name, names in foreign_names().items():
        for foreign in names if name in countries else []:
            if foreign.lower() not in taken:
                add(foreign, name, "country")
    exact.make_automaton()
    folded.make_automaton()
    titles = sorted(raw.get("titles", []), key=len, reverse=True)
    title_alt = "|".join(re.escape(t) for t in titles)
    # (a plural title names two: "Presidents Irfaan Ali and Nicolas Maduro")
    title_re = re.compile(rf"\b(?:{title_alt})(?:s(?=\s+{_NAME}(?:\s+{_NAME}){{1,2}}\s+and\s+(?P<second>{_NAME}(?:\s+{_NAME}){{1,2}})"
                          rf"(?![\w])))?\s+(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})(?![\w])")
    return Gazetteer(exact=exact, folded=folded, short_names=short_names, title_re=title_re, titles=tuple(titles))
