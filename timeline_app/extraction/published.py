"""Finding an article's publication date in its own text (the dateline), when no metadata says it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from timeline_app.domain.calendar import civil_from_seconds
from timeline_app.domain.when import TimexError, When
from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.dateline import DAY_HEADING
from timeline_app.extraction.temporal import tag
from timeline_app.extraction.temporal_core import SLASHED_DATE

#: Where datelines live: the first lines of an article.
HEADER_CHARS = 1500
#: (…in the other languages we read too, a weekday maybe between: "publié le vendredi 27 novembre 2026")
# (a press release's own: "For immediate release – 27 January 2026", "Release date: …")
_LABEL_PUBLISHED = re.compile(r"(?:(?<![\w-])(?:published|posted|first\s+published|date|dated|issued)|(?<![\w ])sent|"
                              # (a whole word: "renewed the mandate on 30 April 2025" is no "date on")
                              r"(?<![\w-])(?:(?:for\s+)?immediate\s+release|released))\s*(?:on|at)?\s*[:|–—-]?\s*"
                              r"(?:[A-Z][a-z]+day,?\s+)?$"  # (an e-mail's "Sent: Monday, November 23, 2026 9:14 AM")
                              r"|(?P<foreign>(?:publi[ée]e?|mis\s+en\s+ligne|veröffentlicht|publicad[oa]|pubblicat[oa]|опубликовано|"
                              r"yayınlanma(?:\s+tarihi)?)\s*(?:le|am|el|em|a|il|:)?\s*(?:[^\W\d_]+,?\s+)?)$", re.I)
_LABEL_UPDATED = re.compile(r"(?:updated?|modified|last\s+updated|edited)\s*(?:on|at)?\s*[:|–-]?\s*$"
                            r"|(?:mis\s+à\s+jour|aktualisiert|actualizad[oa]|aggiornat[oa]|atualizad[oa]|обновлено|güncelleme)"
                            r"\s*(?:le|am|el|em|il|:)?\s*(?:[^\W\d_]+,?\s+)?$", re.I)
_FULL_DAY = re.compile(r"^[+-]?\d{4,}-\d{2}-\d{2}")
_SHORT_YEAR = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}\b|'\d{2}\b")
_WRITTEN_YEAR = re.compile(rf"\d{{4}}|{_SHORT_YEAR.pattern}")


def _has_prose_line(text: str) -> bool:
    """Whether `text` holds a paragraph of story (six words or more closed by a sentence's stop): what comes after it in the
    header is story too, not a stamp of the page."""
    return any(len(line.split()) >= 6 and line.rstrip().rstrip("\"”’").endswith((".", "!", "?")) for line in text.split("\n"))


#: A year and a clock run together where a page's layout put them side by side: text copied from
#: a Reuters page reads "March 7, 20244:32 PM GMT+1Updated 2 days ago".
_GLUED_CLOCK = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}:\d\d)")
#: …and a year and the next date's day: "Published On 27 Nov 202627 Nov 2026" (a page's two spans of one date).
_GLUED_DAY = re.compile(r"\b((?:19|20)\d\d)(\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?:19|20)\d\d)")

#: Two lowercase words in a row before a date on its line: a sentence telling what happened
#: ("Hezbollah began firing on Oct. 8, 2023"), not a dateline ("KYIV, Nov 28, 2023 (AP)",
#: "Posted by Jane Doe on March 7, 2024").
_DATELINE_WORD = (r"(?:first|last|published|posted|updated|modified|edited|issued|dated|date|on|at|by|and|the|of|"
                  r"am|pm|mon|tue|wed|thu|fri|sat|sun)\b")
#: (a lowercase word of any of the languages read: "Taraflar barış anlaşmasının metnini 8 Ağustos 2025'te…")
_LOWER = r"[a-zß-öø-ÿāăąćčďđēėęěğīįıķļłńňōőœřśşšţťūůűųźżžа-яёіїєґ]"
_IN_PROSE = re.compile(rf"(?<!\w)(?!{_DATELINE_WORD}){_LOWER}+[,;]?\s+(?!{_DATELINE_WORD}){_LOWER}+(?!\w)")

#: A byline whose credit is in words, then its date after a dash or bar: "By a former envoy — November 26, 2026",
#: "By our correspondent | 3 March 2026" (lowercase words that are no sentence).
_BYLINE_THEN_DATE = re.compile(r"[ \t]*(?:(?:Compiled|Written|Reported|Edited|Produced|Prepared)\s+by|By)\s+[^\n.;:]{1,80}?\s+[—–|·•-]\s*(?:[A-Z][a-z]+day,?\s+)?")

#: …or a comma, the date then closing the line: "By staff writers, 29 November 2026", "Compiled by the news desk, 1 December
#: 2026".
#: (…in the other languages we read too, a place and a weekday between: "Par notre correspondant, Genève, lundi 30 novembre 2026")
#: (…and its article and a clock after it: "Par la rédaction, le 29 novembre 2026 à 10h00")
_BYLINE_COMMA = re.compile(r"[ \t]*(?:(?:Compiled|Written|Reported|Edited|Produced|Prepared)\s+by|By|Par|Von|Por|Di)\s+[^\n.;:,]{1,60},\s*(?:[A-ZÀ-Ý][^\W\d_]+(?:[ -][A-ZÀ-Ý][^\W\d_]+)?,\s*)?"
                           r"(?:(?:le|el|il|am|o)\s+)?"
                           r"(?:[A-Z][a-z]+day,?\s+|(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Montag|Dienstag|"
                           r"Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
                           r"lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica),?\s+)?")

#: A preposition opening a sentence before its date: "On Nov. 29, 1947, the General Assembly passed…" tells a
#: happening; a dateline is never so opened.
#: A sentence going on right after a date, no dash or bracket between: "Ateşkes, 10 Ekim 2025['te yürürlüğe girmişti]",
#: "10 October 2025 the truce took effect" (a date inside prose, no dateline).
_PROSE_AFTER = re.compile(r"(?:['’][^\W\d_]+)?[ \t]+(?!(?:at|um|à|a|alle|às|в|saat)\b)[^\W\d_A-Z]+[ \t]+[^\W\d_A-Z]+")

#: The end of a byline's line after its date, a clock maybe before it: "", " à 10h00", " um 14:30 Uhr".
_LINE_CLOSES_AFTER_DATE = re.compile(r"[ \t]*(?:,?\s*(?:à|a\s+las|um|alle|às|at)?\s*\d{1,2}\s*[h:.]\s*\d{2}(?:\s*(?:Uhr|GMT|UTC|CET))?[ \t]*)?"
                                     r"(?:\r?\n|$)")

_OPENING_PREPOSITION = re.compile(r"\s*(?:On|In|By|Since|Until|From|After|Before|During)\s+")
#: A line that opens with a conjunction goes on from the line before, a sentence of the story or of an interview: "And then
#: February 24, 2022." (a dateline never opens so).
_OPENING_CONJUNCTION = re.compile(r"[ \t]*(?:And|But|Or|So|Yet|Then)\b(?![.'’-])")

#: A date that heads an entry of a list, not the page: "• July 14, 2015: Iran and six powers agree…" (the
#: text before the date, a NUL, then what follows it).
_LIST_ENTRY = re.compile(r"\s*[•*·▪►●–-]\s*\0|\s*\0\s*[:|]\s*\S"
                         # (…or a range that heads it: "Sept. 27 - Nov. 10, 2020: A 44-day war…", "Sept. 19-20, 2023: …")
                         r"|\s*(?:[A-Z][a-z]{2,8}\.?\s+)?\d{1,2}(?:,\s*\d{4})?\s*[-–—]\s*\0\s*:\s*\S")

#: A byline or a desk after a date and its bar, closing the line: the page's own stamp, no list's entry ("1 December 2026
#: | Analysis desk", "30 Nov 2026 · By Jane Doe").
BYLINE_AFTER_BAR = re.compile(r"[ \t]*[|·•][ \t]*(?:By\s+[^\n|]{1,60}|(?:[A-Z][\w.'’&-]*\s+){0,3}(?i:desk|staff|team|"
                               r"correspondents?|bureau|editors?|newsroom|reporters?|writers?|wires?)|[A-Z]{2,6})[ \t]*(?:\n|$)")

#: A line of a bulleted list: its dates are what the list tells ("- Fighting resumed on 18 March 2025."), never the page's.
_BULLETED_LINE = re.compile(r"[ \t]*[•*·▪►●–-][ \t]")

#: A line that opens with dates and then a spaced dash: "Dec. 8, 2024 – Rebels enter the capital",
#: "March 6-10, 2025 – Clashes…". Several such lines make a chronology; one alone is a dateline
#: ("28.11.2023 - Update : 29.11.2023").
_DASHED_HEAD = re.compile(r"[ \t]*(\S[^\n]{0,60}?)\s+[–—|-]\s+\S", re.M)  # (or a table's bar: "15 April 2023 | Fighting…")
#: What may stand between the dates of a line's head: "March 6-10, 2025", "Jan. 4 and 5, 2025".
_JOINERS = re.compile(r"[\s,.\-–—/]*(?:(?:to|and|through|until)[\s,.]*)?")

#: An almanac column's opening line: "Today is Sunday, Nov. 29, the 333rd day of 2026."
_ALMANAC_DAY = re.compile(r"\bToday\s+is\s+(?:[A-Z][a-z]+day,\s+)?(?P<mon>[A-Z][a-z]{2,8}\.?)\s+(?P<day>\d{1,2}),\s+the\s+\d{1,3}"
                          r"(?:st|nd|rd|th)\s+day\s+of\s+(?P<year>\d{4})\b")

#: How `find_published` found the date: a full date in the header, or a wire dateline whose year
#: had to be assumed.
FROM_DATELINE = "dateline"
FROM_DATELINE_NO_YEAR = "dateline-no-year"
FROM_FOOTER = "footer"
#: An encyclopedia's footer in the other languages we read: "…a été faite le", "zuletzt am", "por última vez el",
#: "отредактирована".
_FOREIGN_EDIT_LABEL = re.compile(r"(?:a\s+été\s+faite\s+le|zuletzt\s+am|por\s+última\s+vez\s+el|отредактирована)\s*$", re.I)
#: How much of a page's foot is read for its stamp.
FOOTER_CHARS = 600


#: The day an interview was held, right before it: "spoke to us on Tuesday, ", "The interview was conducted on ".
_INTERVIEW_HELD_ON = re.compile(r"(?:\b(?:spoke|talked)\s+to\s+(?:us|me|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
                                r"(?:\s+by\s+(?:phone|telephone|video(?:\s+link)?))?"
                                r"|\b(?:interview|conversation)\s+(?:was\s+)?(?:conducted|recorded|held|took\s+place)"
                                r"|\bwas\s+interviewed)"
                                # (…maybe where first: "An interview conducted in Kyiv on 3 February 2025")
                                r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
                                r"\s+on\s+(?:[A-Z][a-z]+day,?\s+)?$")


def detect_published(text: str, today: date | None = None) -> date | None:
    """The publication date a dateline gives, or None (see `find_published`)."""
    return find_published(text, today)[0]


def find_published(text: str, today: date | None = None, footer: str = "") -> tuple[date | None, str]:
    """The publication date from a dateline such as `28.11.2023 - Update : 29.11.2023`,
    `Nov 28, 2023` or `Published: 2023-11-28`; None when the header names no full date.

    A date labelled "published" wins; otherwise the first full date that is not labelled as an
    update, then an update date (close to publication, better than none). Only dates written with
    their year count: "on Monday" in the lead is read against the publication date, it cannot
    give it. Dates after `today` (a typo, or a scheduled date in a headline) are not publication dates.
    When the header has none, a stamp labelled so at the foot of the page (`footer`, else the text's
    last lines) gives it: "This page was last edited on 14 November 2026".
    """
    today = today or date.today()
    header = _GLUED_DAY.sub(r"\1 \2", _GLUED_CLOCK.sub(r"\1 \2", text[:HEADER_CHARS]))
    almanac = _ALMANAC_DAY.search(header)
    if almanac is not None:  # "Today is Sunday, Nov. 29, the 333rd day of 2026": the column's own day
        from timeline_app.extraction.lexicon import MONTHS

        name = almanac["mon"].lower().rstrip(".")
        month = MONTHS.get(name) or MONTHS.get(name[:3])
        try:
            found = date(int(almanac["year"]), month, int(almanac["day"])) if month else None
        except ValueError:
            found = None
        if found is not None and found <= today:
            return found, FROM_DATELINE
    labelled, plain, updated = None, None, None
    updated_at = -1  # where the update stamp ends
    plain_at = len(header)
    last_entry_at = 0  # where the last full date ends
    written: list[date] = []  # the last day of every date the header writes with its year, up to today
    timexes = tag(header, today)
    entry_dates = _chronology_entry_dates(header, timexes)
    for timex in timexes:
        if timex.type == "DATE" and _WRITTEN_YEAR.search(timex.text) and not _FULL_DAY.match(timex.value):
            last = _last_day(timex.value)  # "in 2024", "the first half of 2025": the story is after them too
            if last is not None and last <= today:
                written.append(last)
        if timex.type not in ("DATE", "TIME") or not _FULL_DAY.match(timex.value):
            continue
        if not _WRITTEN_YEAR.search(timex.text) or (timex.value[:4] not in timex.text and not _SHORT_YEAR.search(timex.text)):
            continue  # "on Monday", or "at 1900 GMT" (four digits that are a clock, not the year)
        try:
            found = date.fromisoformat(timex.value[:10])
        except ValueError:
            continue
        if found > today:
            continue
        written.append(found)
        last_entry_at = max(last_entry_at, timex.end)
        before = header[max(0, timex.start - 30):timex.start]
        if _LABEL_UPDATED.search(before):
            if updated is None:
                updated, updated_at = found, timex.end
            continue
        line_start = header.rfind("\n", 0, timex.start) + 1
        # (a label in a sentence labels what the sentence tells: "said in a note dated 26/11/2024")
        label = _LABEL_PUBLISHED.search(before)
        # (a label of another language is no English prose's "dated": "publié le vendredi 27 novembre 2026")
        # (…and a label that opens its line is one, whatever words it has: "For immediate release – 27 January 2026")
        # (…or a byline's after its dash: "By staff writers | Published 27 October 2026")
        label_at = max(0, timex.start - 30) + label.start() if label is not None else 0
        if labelled is None and _INTERVIEW_HELD_ON.search(header, max(0, timex.start - 80), timex.start):
            # "The UN envoy for Yemen spoke to us on Tuesday, 12 December 2023, in Riyadh": an interview's own day, which
            # its answers' "next week" is told from
            labelled = found
        if label is not None and labelled is None and (label["foreign"] or not _IN_PROSE.search(header, line_start, timex.start)
                                                       or label_at <= line_start
                                                       or _BYLINE_THEN_DATE.fullmatch(header, line_start, label_at)):
            labelled = found
        if plain is None and (not _IN_PROSE.search(header, line_start, timex.start)
                              # (…or the heading's own day, set off at its end: "Transcript: Foreign minister's press
                              # conference, 1 December 2026 (excerpts)")
                              or (line_start == 0 and header[timex.start - 2:timex.start] == ", "
                                  and _HEADING_DAY_END.match(header, timex.end) is not None)
                              # (…or the span a heading covers, after its colon: "Weekly wrap: 23-29 November 2026", the
                              # last day its own)
                              or (line_start == 0 and _HEADING_SPAN_BEFORE.search(header, 0, timex.start) is not None
                                  and _HEADING_DAY_END.match(header, timex.end) is not None)
                              or _BYLINE_THEN_DATE.fullmatch(header, line_start, timex.start)
                              or (_BYLINE_COMMA.fullmatch(header, line_start, timex.start)
                                  and _LINE_CLOSES_AFTER_DATE.match(header, timex.end))) \
                and not _OPENING_PREPOSITION.fullmatch(header, line_start, timex.start) \
                and not _OPENING_CONJUNCTION.match(header, line_start) \
                and not _PROSE_AFTER.match(header, timex.end) \
                and not _inside_a_long_sentence(header, line_start, timex.start) \
                and not (_LIST_ENTRY.match(_around(header, timex)) and not BYLINE_AFTER_BAR.match(header, timex.end)) \
                and not _BULLETED_LINE.match(header, line_start) \
                and not (updated_at >= 0 and _has_prose_line(header[updated_at:line_start])) \
                and timex.start not in entry_dates:
            plain, plain_at = found, timex.start
    dateline = _wire_day(_WIRE.search(header)) or _yearless_dateline(header, timexes)
    if labelled is None and dateline is not None and dateline.start < plain_at and (plain or not updated):
        # "Oct 10 (Reuters) - Here are the key dates…\n\nOct 7, 2023 - …": the dateline comes first, and
        # the full dates after it are the story's; its year is the first that puts it after them all
        # (when entries without a year follow the last one written in full, the chronology runs on
        # from that year to the dateline: "Jan 19, 2025 - … March 18 - … Oct 9 - …")
        runs_on = _YEARLESS_ENTRY.search(header, last_entry_at) is not None
        latest = max(written, default=None)
        if latest is not None and (latest.month, latest.day) == (dateline.month, dateline.day):
            # ("Aug 8 (Reuters) - … key dates: … * August 8, 2025 - Leaders initial the treaty": a chronology that ends
            # on the dateline's own day gives its year)
            # (…unless the story marks years since that day: "Nov. 28 (AP) — Thousands marched … to mark one year since
            # the start of nightly protests. The protests began on the evening of Nov. 28, 2024")
            since = _YEARS_SINCE.search(header, 0, 800)
            count = since["n"].lower() if since is not None else ""
            years = _COUNT_WORDS.get(count) or (int(count) if count.isdigit() else 0)
            try:
                marked = latest.replace(year=latest.year + years)
            except ValueError:
                marked = latest
            return (marked if marked <= today else latest), FROM_DATELINE_NO_YEAR
        wire = _wire_dateline(dateline, today, latest if runs_on else None)
        if wire is not None:
            return _year_of_weekday(header, wire, today), FROM_DATELINE_NO_YEAR
    found = labelled or plain or updated
    if found is not None:
        return _settle_slashed_order(found, header, text, today), FROM_DATELINE
    dateline = dateline or _stamped_day(header, timexes)
    wire = _wire_dateline(dateline, today) if dateline is not None else None
    if wire is not None:
        return _year_of_weekday(header, wire, today), FROM_DATELINE_NO_YEAR
    headed = _latest_day_heading(header, today)
    if headed is not None:
        # "Tuesday 8 April" over "The prime minister's office announced…": a live page's day headings with no year, the
        # year their weekdays tell; the page was last written on the latest of them
        return headed, FROM_DATELINE_NO_YEAR
    # (the page's foot, else the story's own last lines: "The Associated Press\nNov. 29, 2026")
    # (a short text's foot lies inside its header, which was read for labels: only a last line's date or credit is
    # left to find there, "WORLD BRIEFING … (Compiled from wire reports, Nov. 29, 2026)")
    tail = text[min(HEADER_CHARS, max(0, len(text) - FOOTER_CHARS)):]
    foot = footer if footer.strip() else tail
    stamp = (footer_stamp(footer, today) if footer.strip() else None) \
        or footer_stamp(tail, today, labels=len(text) > HEADER_CHARS)
    if stamp is None:
        return None, ""
    return _settle_slashed_order(stamp, foot, text, today), FROM_FOOTER


#: What may close a heading after its own day: a bracketed note, then the line's end ("… conference, 1 December 2026
#: (excerpts)").
#: A heading's colon, then maybe the first day of its span, right before its last day: "Weekly wrap: [23-]29 November".
_HEADING_SPAN_BEFORE = re.compile(r":[ \t]+(?:\d{1,2}[ \t]*[-–][ \t]*)?$")
_HEADING_DAY_END = re.compile(r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*(?:\n|$)")


#: A date alone on the text's last line, as a page copied whole sets it under the story and its credit
#: ("The Associated Press\nNov. 29, 2026"); a clock time may go with it.
#: (…or after the credit on that line: "Associated Press, Oct. 28, 2025", "Reuters | 28 October 2025")
_LAST_LINE_DATE = re.compile(r"[ \t]*(?:(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s*[,|–—-]\s*)?"
                             r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
                             r"|\d{4}-\d{2}-\d{2})(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?)?[ \t]*\s*$")

#: …or a credit in brackets that closes the text with its date: "(Compiled from wire reports, Nov. 29, 2026)",
#: "(Reporting by the Lima bureau; editing by the desk – 29 November 2026)".
_LAST_LINE_CREDIT_DATE = re.compile(r"[ \t]*\([^()\n]{0,100}?\b(?i:compiled|reporting|writing|editing|wire\s+reports|agencies|"
                                    r"staff|correspondents?)\b[^()\n]{0,80}?[,;|–—-]\s*"
                                    r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
                                    r"|\d{4}-\d{2}-\d{2})\)[ \t]*\s*$")


def _inside_a_long_sentence(header: str, line_start: int, start: int) -> bool:
    """Whether a date stands inside a sentence of a paragraph, words of it before and many after: a German sentence's nouns
    are capitalised, so two lowercase words need not stand together ("Die Waffenruhe war am 27. November 2024 in Kraft
    getreten und hatte einen mehr als einjährigen Krieg … beendet"), which a byline or dateline never is."""
    line_end = header.find("\n", start)
    line = header[line_start:line_end if line_end >= 0 else len(header)]
    before = header[line_start:start].split()
    # (a wire dateline's place may take a few words, none of them lowercase but a name's "of": "GOMA, Democratic Republic of
    # Congo, March 9, 2026 (Wire) - …")
    lowercase = [w for w in before if w[:1].islower() and w.strip(",") not in ("of", "de", "du", "di", "del", "da", "am")]
    return len(before) >= 4 and len(lowercase) >= 1 and len(line.split()) >= 14 \
        and bool(re.search(r"[.!?][\"”»]?\s*$", line))


def footer_stamp(footer: str, today: date, language: str | None = None, labels: bool = True) -> date | None:
    """The last full date at the foot of a page (its last `FOOTER_CHARS`) that a label makes the page's own ("last edited on",
    "Published:"); a reference's "Retrieved 5 December 2025" or "(27 June 2025)" is no stamp. `language` is
    the page's (a few lines of foot are too few to tell it by). Without `labels`, only a last line that is a date, or a
    credit and its date, counts."""
    found = None
    footer = footer[-FOOTER_CHARS:]
    for timex in tag(footer, today, language=language):
        if timex.type not in ("DATE", "TIME") or not _FULL_DAY.match(timex.value) or timex.value[:4] not in timex.text:
            continue
        before = footer[max(0, timex.start - 30):timex.start]
        labelled = labels and (_LABEL_UPDATED.search(before) or _LABEL_PUBLISHED.search(before)
                               or _FOREIGN_EDIT_LABEL.search(before))
        if not (labelled or _LAST_LINE_DATE.fullmatch(footer, footer.rfind("\n", 0, timex.start) + 1)
                or _LAST_LINE_CREDIT_DATE.fullmatch(footer, footer.rfind("\n", 0, timex.start) + 1)):
            continue
        try:
            day = date.fromisoformat(timex.value[:10])
        except ValueError:
            continue
        if day <= today:
            found = day
    return found


#: A month named without its year in a story, where it can only be a month: "since early September",
#: "at the end of October" ("May" and "March" are words too, so only beside a number or a time word).
_YEARLESS_MONTH = re.compile(r"\b(?:(?P<name>January|February|April|June|July|August|September|October|November|December"
                             r"|(?:Jan|Feb|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
                             r"|(?:\b(?:in|of|since|early|late|last|next|until|by)\s|mid-)(?P<verb_like>May|March)"
                             r"|(?P<verb_like2>May|March)(?=\s+\d{1,2}\b))(?!,?\s*\d{4})")
#: How many months back a yearless month may lie to count as the story's recent past.
_RECENT_MONTHS = 2


def _settle_slashed_order(found: date, written_in: str, story: str, today: date) -> date:
    """A publication date written "07/11/2026" reads either way, and the tagger, with nothing in the text to
    settle it, read it month first. A story names the months it tells of, and those are mostly the last few:
    when the day-first reading puts more of the story's yearless months ("since early September", "at the end
    of October") within two months before it, it is the day-first date (7 November, not 11 July)."""
    if found.day > 12 or found.day == found.month:
        return found
    if not re.search(rf"(?<![\d/])0?{found.month:d}/0?{found.day:d}/(?:{found.year}|{found.year % 100:02d})(?![\d/])",
                     written_in):
        return found  # (written with a month's name, or day first already)
    if any(int(m[1]) > 12 or int(m[2]) > 12 for m in SLASHED_DATE.finditer(story)):
        return found  # (another slashed date of the text shows which way it writes them)
    try:
        swapped = date(found.year, found.day, found.month)
    except ValueError:
        return found
    if swapped > today:
        return found
    months = [lx.MONTHS[(m["name"] or m["verb_like"] or m["verb_like2"]).lower().rstrip(".")[:3]]
              for m in _YEARLESS_MONTH.finditer(story)]

    def recent(day: date) -> int:
        return sum(1 for month in months if (day.month - month) % 12 <= _RECENT_MONTHS)

    return swapped if recent(swapped) > recent(found) else found


def _chronology_entry_dates(header: str, timexes) -> set[int]:
    """Where the dates heading a chronology's dashed lines start (none when only one line is so made)."""
    by_line: dict[int, list] = {}
    for timex in timexes:
        by_line.setdefault(header.rfind("\n", 0, timex.start) + 1, []).append(timex)
    entries: set[int] = set()
    lines = 0
    for line_start, on_line in by_line.items():
        head = _DASHED_HEAD.match(header, line_start)
        if head is None:
            continue
        inside = [t for t in on_line if t.end <= head.end(1)]
        rest, at = [], head.start(1)
        for timex in inside:
            rest.append(header[at:timex.start])
            at = timex.end
        rest.append(header[at:head.end(1)])
        if inside and all(_JOINERS.fullmatch(piece) for piece in rest):
            lines += 1
            entries.update(t.start for t in inside)
    return entries if lines > 1 else set()


def _around(header: str, timex) -> str:
    """The date's line before it, a NUL for the date, and a few characters after it (for the entry patterns)."""
    line_start = header.rfind("\n", 0, timex.start) + 1
    return header[line_start:timex.start] + "\0" + header[timex.end:timex.end + 4]


_WIRE = re.compile(r"^(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Z][\w .'-]{1,30})?,?\s+(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<day>\d{1,2})\s*\("
                   # (no place before an agency's name, any agency's: "Oct 10 (Reuters) - Here are…")
                   r"|(?P<mon2>[A-Z][a-z]{2,8})\.?\s+(?P<day2>\d{1,2})\s*\([A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,2}\)\s*[-–—]"
                   # (a place in any case before an Indian agency's name, which no dash follows: "New Delhi, Nov 27 (PTI)")
                   r"|[A-Z][\w .'-]{2,30},\s+(?P<mon3>[A-Z][a-z]{2,8})\.?\s+(?P<day3>\d{1,2})\s*\((?:PTI|IANS|ANI|UNI)\)"
                   # (…or the day in brackets after an upper-case place, as Singapore's papers write: "BANGKOK (Nov 11) -")
                   r"|[A-Z][A-Z .'/-]{2,40}\s+\((?P<mon4>[A-Z][a-z]{2,8})\.?\s+(?P<day4>\d{1,2})\)\s*[-–—])",
                   re.M)


#: What stands before and after a yearless date in a dateline in the other languages we read: an upper-case
#: place and a comma ("АНКАРА, 25 ноября.", "PARIS, 28 novembre (AFP) -", "CARACAS, 26 nov (EFE).-").
_PLACE_COMMA = re.compile(r"^\s*(?:\([A-Za-z]{2,10}\)\s*[—–-]{1,2}\s*)?"  # (the agency first: "(ANSA) - EREVAN, 30 NOV -")
                          r"(?P<place>[^\W\d_][^\W\d_ .'/-]{0,40}(?:[ .'/-]+[^\W\d_]+){0,3}),\s*$")
_AFTER_DATELINE = re.compile(r"\s*(?:\([^)\n]{1,20}\))?\s*(?:\.-|[.:]|[-–—])")
_DAY_VALUE = re.compile(r"\d{4}-(?P<mon>\d{2})-(?P<day>\d{2})$")


@dataclass(frozen=True)
class _Dateline:
    """A dateline's day without its year, and where the dateline starts."""
    start: int
    month: int
    day: int


#: A page's stamp label, then maybe its clock and weekday, right before a day with no year: "Last updated 18:40 GMT, ",
#: "Published: Thursday ".
_STAMP_LABEL_BEFORE = re.compile(r"(?:(?:last\s+)?updated?|published|posted|modified)\s*(?:on|at)?\s*:?\s*"
                                 r"(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?"
                                 r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)


def _stamped_day(header: str, timexes) -> _Dateline | None:
    """A page's stamp whose day has no year, "Last updated 18:40 GMT, Oct. 30": the day the page was written, in the
    latest year up to today."""
    for timex in timexes[:5]:
        day = _DAY_VALUE.match(timex.value[:10])
        if day is not None and timex.type in ("DATE", "TIME") and not _WRITTEN_YEAR.search(timex.text) \
                and _STAMP_LABEL_BEFORE.search(header, max(0, timex.start - 40), timex.start):
            return _Dateline(timex.start, int(day["mon"]), int(day["day"]))
    return None


def _wire_day(m: re.Match[str] | None) -> _Dateline | None:
    """The day of an English wire dateline `_WIRE` found ("WASHINGTON, Nov 28 (Reuters) -")."""
    from timeline_app.extraction.lexicon import MONTHS

    if m is None:
        return None
    name = m["mon"] or m["mon2"] or m["mon3"] or m["mon4"]
    month = MONTHS.get(name.lower()) or MONTHS.get(name.lower()[:3])
    return _Dateline(m.start(), month, int(m["day"] or m["day2"] or m["day3"] or m["day4"])) if month is not None else None


def _yearless_dateline(header: str, timexes) -> _Dateline | None:
    """A dateline of another language whose date has no year: the first day named right after an upper-case
    place and a comma, at a line's start, and followed by an agency or a stop."""
    for timex in timexes[:5]:
        day = _DAY_VALUE.match(timex.value)
        if day is None or timex.type != "DATE" or _WRITTEN_YEAR.search(timex.text):
            continue
        line_start = header.rfind("\n", 0, timex.start) + 1
        place = _PLACE_COMMA.match(header[line_start:timex.start])
        after = _AFTER_DATELINE.match(header, timex.end)
        if place is None or after is None:
            continue
        if place["place"] != place["place"].upper() and "(" not in after.group():
            continue  # (a place in capitals, or any place before an agency's name: "Caracas, 27 nov (EFE).-")
        return _Dateline(line_start, int(day["mon"]), int(day["day"]))
    return None


def _wire_dateline(dateline: _Dateline, today: date, after: date | None = None) -> date | None:
    """"WASHINGTON, Nov 28 (Reuters) -": a day without a year, so the latest such day up to today — unless
    the latest date the story writes in full (`after`) is more than a year and a half older than that: a
    story is seldom written so long after everything it dates (a chronology of 2023–2025 read in late
    2026 is of 2025), and then it is the first such day on or after that date."""
    month, day = dateline.month, dateline.day
    latest = None
    for year in (today.year, today.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= today:
            latest = found
            break
    if after is not None and (latest is None or (latest - after).days > _STORY_LAG_DAYS):
        for year in (after.year, after.year + 1):
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if after <= found <= today:
                return found
    return latest


#: A weekday written with a month's day and no year: "on Thursday, Oct. 30", "on Thursday 30 October".
_WEEKDAY_AND_DAY = re.compile(r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+\(?(?:(?P<mon>Jan|Feb|Mar|Apr|"
                              r"May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+"
                              r"(?P<mon2>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?!\d|,?\s*\d{4})"
                              # (not the last of two weekdays before a range: "Thursday and Friday, Dec. 4-5")
                              r"(?!\s*(?:[-–]|and|to)\s*\d)")


def _latest_day_heading(header: str, today: date) -> date | None:
    """The latest of a live page's yearless day headings, each alone on its line, read in the latest year up to `today`
    (within six) in which its weekday falls on it, when the page has two or more such headings; else None."""
    days = []
    for m in DAY_HEADING.finditer(header):
        if m["year"]:
            continue  # (a heading with its year is a dateline's business, not a guess from the weekday)
        month = lx.MONTHS.get((m["mon"] or m["mon2"]).lower()) or lx.MONTHS.get((m["mon"] or m["mon2"]).lower()[:3])
        day, weekday = int(m["day"] or m["day2"]), lx.WEEKDAYS[m["wd"].lower()] - 1  # (date.weekday() counts from 0)
        for year in range(today.year, today.year - 7, -1):
            try:
                told = date(year, month, day) if month else None
            except ValueError:
                continue
            if told is not None and told <= today and told.weekday() == weekday:
                days.append(told)
                break
    return max(days) if len(days) >= 2 else None


#: A count of whole years since a day, as an anniversary story tells it: "to mark one year since", "two years after".
_YEARS_SINCE = re.compile(r"\b(?P<n>one|a|two|three|four|five|ten|\d{1,2})\s+years?\s+(?:since|after|to\s+the\s+day\s+since)\b",
                          re.I)
_COUNT_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


def _year_of_weekday(header: str, wire: date, today: date) -> date:
    """A yearless dateline's day, in the year its story's weekdays say: "Oct 31 (Reuters) - … agreed on Thursday,
    Oct. 30, …" is of a year in which 30 October is a Thursday (the latest such year up to today, within six),
    else the latest such day up to today."""
    m = _WEEKDAY_AND_DAY.search(header, 0, 1500)
    if m is None:
        return wire
    month = lx.MONTHS[(m["mon"] or m["mon2"]).lower()[:3]]
    day, weekday = int(m["day"] or m["day2"]), lx.WEEKDAYS[m["wd"].lower()] - 1  # (date.weekday() counts from 0)
    for back in range(0, 7):
        year = wire.year - back
        try:
            told, dated = date(year if month <= wire.month else year - 1, month, day), date(year, wire.month, wire.day)
        except ValueError:
            continue
        if dated <= today and 0 <= (dated - told).days <= 14:
            if told.weekday() == weekday:
                return dated
        elif not 0 <= (dated - told).days <= 14:
            return wire  # (the weekday's day is not the story's own week: it says nothing of the year)
    return wire


#: A chronology's entry that opens its line with a month and day and no year: "March 18 - Israel resumes…".
_YEARLESS_ENTRY = re.compile(r"^\s*[•*·▪-]?\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
                             r"(?!\d|,?\s*\d{4})\s*[-–—:]", re.M)


def _last_day(value: str) -> date | None:
    """The last day of the stretch a TIMEX3 value names ("2025-H1" → 30 June 2025), or None."""
    try:
        when = When.from_timex(value)
    except (TimexError, ValueError):
        return None
    year, month, day, _, _ = civil_from_seconds(when.latest - 1)
    try:
        return date(year, month, day)
    except ValueError:
        return None


#: How long after the latest date it writes in full a story is taken to be written, at most.
_STORY_LAG_DAYS = 548
