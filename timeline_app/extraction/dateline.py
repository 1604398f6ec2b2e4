"""Where a wire dateline opens a paragraph ("YEREVAN, Dec 7 (Reuters) - "): what comes before it is the
publication's place and date, no happening's, for the titles and for what counts days from a story's dates."""

from __future__ import annotations

import re
from functools import lru_cache

#: A wire dateline opening a paragraph: "YEREVAN, Dec 7 (Reuters) - ", "GENÈVE, 28 novembre 2023 - ",
#: "NAIROBI, Kenya (AP) _ ". Its date is the publication date, not a happening.
_DATELINE_SHAPE = re.compile(r"^\s*(?P<place>[^\W\d_](?:['’](?=[^\W\d_]))?[^\W\d_ .'-]{1,40}(?:[ .'/-]+[^\W\d_]+){0,3})"
                             r"(?:,\s*[^\W\d_](?:[^\W\d_]|[ .'-]){1,40}?)?(?:,\s*(?P<date>(?=\d|[^\W\d_]{2,10}\.?\s+\d)[^,()\n]{3,30}?(?:,\s*\d{4})?))?,?\s*"
                             # (a date opens with its digits or its month's name: not a clause's "are now set for
                             # December 2026 — ")
                             # (a dash, "(EFE).-", or after a date a full stop or a colon: "АНКАРА, 25 ноября. /ТАСС/.",
                             # "NEW DELHI, Nov 27: India and…")
                             # (a press wire sets its name between slashes: "NEW YORK, Dec. 1, 2026 /PRNewswire/ -- ")
                             # (…or a slash before the agency's brackets: "CHISINAU, Jan. 2, 2026 / (AFP) - ")
                             r"(?P<agency>(?:/\s*)?\([^)]{1,30}\)|/[^/\s][^/\n]{0,29}/)?\s*(?:\.?(?:[—–-]{1,2}|_)|(?(date)(?:\.(?!\s*\d)(?!\s*\()(?:\s*/[^/\n]{1,20}/\.?)?|:)|(?!))"
                             # (Indian agencies put no dash: "New Delhi, Nov 27 (PTI) India and China…")
                             r"|(?<=\(PTI\))|(?<=\(ANI\))|(?<=\(UNI\))|(?<=\(IANS\)))"
                             # (…or the dateline is a sentence of its own: "Київ, 30 листопада 2026 (Укрінформ).")
                             r"(?:\s+|(?<=\)\.)\s*$)")
_DATED_AGENCY_LINE = re.compile(r"^\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?)"
                                r"\s*\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\)\s*"
                                r"(?:[—–-]{1,2}|_)\s+")  # (any agency's name: "Nov 27 (Wire) - ", "Dec 1, 2026 (Wire) - ")
#: A dateline that is a sentence of its own: an upper-case place and a full date ("THE HAGUE, 26 November 2026.").
_DATELINE_SENTENCE = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40},\s*(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2},)\s+\d{4}"
                                r"\s*\.\s*$")
#: A dateline of a place and its region in title case, no date, then a spaced dash: "Ramallah, occupied West Bank – ",
#: "Kyiv, Ukraine – " (as Al Jazeera writes them).
_PLACE_AND_REGION_DASH = re.compile(r"^\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2},\s+(?:[a-z]+\s+)?[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,3}"
                                    r"\s+[–—]\s+(?=[A-Z])")
#: A place, then a date between spaced dashes: "BRUSSELS — 28.11.2026 — ", "Geneva - Nov. 27, 2026 - " (a place in title
#: case only before a date with its year).
_PLACE_DASH_DATE_DASH = re.compile(r"^\s*(?:[A-ZÀ-Ý][A-ZÀ-Ý .'’-]{2,40}?\s+[—–-]{1,2}\s+(?=[^—–\n]{0,30}\d)"
                                   r"|[A-ZÀ-Ý][\w'’.]+(?:[ -][A-ZÀ-Ý][\w'’.]+){0,2}\s+[—–-]{1,2}\s+(?=[^—–\n]{0,30}\d{4}))"
                                   r"[\w.,/ ]{3,30}?\s+[—–-]{1,2}\s+(?=\S)")
#: An agency's name in brackets and a dash opening the dateline, before its place: "(ANSA) - ", "(AGI) — ".
_AGENCY_FIRST = re.compile(r"^\s*\((?:ANSA|AGI|Adnkronos|LaPresse|AFP|EFE|Lusa|dpa|AP|Reuters)\)\s*[—–-]{1,2}\s+(?=[A-ZÀ-Ý]{2,})")
#: Agencies whose name in brackets marks a dateline even after a place in lower case ("Dubai (AFP) -").
_AGENCY = re.compile(r"\((?:AFP|AP|Reuters|dpa|DPA|Xinhua|AA|Anadolu|ANSA|EFE|IANS|PTI|ANI|UNI|UPI|Bloomberg|TASS|Yonhap)\)")


#: A chronology entry's label before its dash: "1991-1994 — ", "Sept. 27, 2020 – " (a date that labels the line, as a
#: dateline does), or a live page's clock: "18:30 — ".
ENTRY_LABEL = re.compile(r"(?=[^—–\n]{0,40}\d)(?:\d{1,2}:\d{2}(?=\s)|[\w.,' /-]){1,40}?\s+[—–]\s+")
#: …or set off by a colon, before the entry's first word: "27 February 2023: ", "Late 2022: ".
COLON_ENTRY_LABEL = re.compile(r"(?=[^:\n]{0,40}\d)[\w.,' /-]{1,40}?:\s+(?=[A-Z])")
#: A line that is a weekday and its day alone, maybe with its year: a live page's heading ("Saturday 5 April", "Monday,
#: April 7, 2025").
DAY_HEADING = re.compile(r"^[ \t]*(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]+"
                         r"(?:(?P<day>\d{1,2})[ \t]+(?P<mon>[A-Z][a-z]+)\.?|(?P<mon2>[A-Z][a-z]+)\.?[ \t]+(?P<day2>\d{1,2}))"
                         r"(?:,?[ \t]+(?P<year>\d{4}))?[ \t]*$", re.M)


#: A transcript's speaker in capitals, before the colon of the label: "MR. SPOKESPERSON", "MS. LEE", "HOST".
SPEAKER_NAME = r"(?:(?:MR|MS|MRS|DR)\.?\s+)?[A-Z][A-Z'’-]{1,20}(?:\s+[A-Z][A-Z'’-]{1,20}){0,2}"
#: A live page's label of what kind of entry follows: "Recap: ", "Update: ", "Analysis: ", "Key points: ".
UPDATE_LABEL = re.compile(r"(?:Recap|Update|Updated|Analysis|Background|Context|Breaking|Summary|Correction|Catch[- ]up|"
                          r"Key\s+points|Latest|Reminder|Explainer"
                          # (…with its article and a word of its size: "A quick recap:", "A brief reminder:")
                          r"|(?:An?|The|Our)\s+(?:(?:quick|short|brief)\s+)?(?i:recap|update|summary|reminder|catch[- ]up))"
                          r"\s*:\s+(?=[A-Za-z\"“])")


#: The clock a live page opens an entry with: "14:20 — ", "18:20 GMT - ", "09:15: " (or on its own line over the
#: entry, joined to it: "15.15 GMT The Kremlin spokesperson…", "1.05pm Zelenskyy has…"; a half-day's zone too, and the day
#: word of an earlier entry: "9:15 a.m. EST: ", "Yesterday, 6:40 p.m. EST: ").
_CLOCK_STAMP = re.compile(r"(?:(?:Yesterday|Today)\s*,?\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
                          r"\s*(?:[-–—:]\s+|\s+(?=[A-Z\"“]))")


def clock_stamp_end(text: str) -> int:
    """Where a live page's clock stamp at the start of `text` ends (0 when there is none): its entry's clauses begin
    there, as a story's do after its dateline (the stamp itself still dates the entry)."""
    stamp = _CLOCK_STAMP.match(text)
    return stamp.end() if stamp is not None else 0


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of `text` ends (0 when there is none). The title rules ask it of the same
    sentence dozens of times, so a short text's answer is remembered (a long one, rarely asked, is not kept)."""
    return _cached_dateline_end(text) if len(text) <= _CACHED_TEXT_MAX else _dateline_end(text)


_CACHED_TEXT_MAX = 2000


@lru_cache(maxsize=4096)
def _cached_dateline_end(text: str) -> int:
    return _dateline_end(text)


def _dateline_end(text: str) -> int:
    """Where a wire dateline at the start of `text` ends (0 when there is none): an upper-case place
    (or any place before an agency's name, or before a date written with its digits), a region, a date
    with a digit in it, the agency, then a dash."""
    agency_first = _AGENCY_FIRST.match(text)
    if agency_first is not None:  # "(ANSA) - EREVAN, 30 NOV - ": the agency before the place, as Italian wires write it
        return agency_first.end() + _dateline_end(text[agency_first.end():])
    alone = _DATELINE_SENTENCE.match(text)  # "THE HAGUE, 26 November 2026.": a sentence of its own before the story
    if alone is not None:
        return alone.end()
    bare = _DATED_AGENCY_LINE.match(text)  # "Oct 10 (Reuters) - Here are…": a date and an agency, no place
    if bare is not None:
        return bare.end()
    placed = _PLACE_AND_REGION_DASH.match(text) or _PLACE_DASH_DATE_DASH.match(text)
    if placed is not None:
        return placed.end()
    m = _DATELINE_SHAPE.match(text)
    if not m or len(m["place"].strip()) < 3:
        return 0
    marked = (m["agency"] and _AGENCY.fullmatch(m["agency"])) or (m["date"] and re.search(r"\d{4}", m["date"]))
    if m["place"] != m["place"].upper() and not marked:
        return 0
    if m["date"] and not re.search(r"\d", m["date"]):
        return 0
    if m.end() == len(text.rstrip()) and not re.search(r"[^\W\d_]", m["agency"] or ""):
        return 0  # (a dateline that is a whole sentence names its agency: not "…by resolution 1996 (2011).")
    # (…and the date after the agency, between dashes: "ANKARA (AA) - 29.11.2026 - ")
    dated_after = _DATE_AFTER_AGENCY.match(text, m.end()) if m["agency"] and not m["date"] else None
    return dated_after.end() if dated_after is not None else m.end()


#: A date with its year between a dateline's dashes, after the agency: "29.11.2026 - ", "29 Kasım 2026 - ".
_DATE_AFTER_AGENCY = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+[^\W\d_]{3,10}\s+\d{4}|[^\W\d_]{3,10}\.?\s+\d{1,2},?\s+\d{4})"
                                r"\s+[—–-]{1,2}\s+")
