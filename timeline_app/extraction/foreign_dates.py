"""Absolute dates in articles in other languages, through dateparser's locales.

The English grammar owns relative expressions and anchoring; in other languages we keep what
can be trusted without a grammar: dates with a day, month and year written out (in the formats
dateparser knows for that language), a month with its year ("novembre 2023"), a day and month
without a year ("le 30 novembre": its nearest occurrence to the publication date), and a year
where the language's own prepositions or suffixes mark it as one ("en 1991", "1991'de"), a season
with its year ("im Frühjahr 2022") and a month named alone after a preposition of time ("en
décembre"). Weekday names and deictic words ("hier", "la semaine dernière", "geçen yıl") are read
against the publication date as the English grammar reads them; of tense the future is read, from a
few words per language ("sollen", "se réunira"): a weekday is the one on or before the publication
date unless its sentence looks ahead; and the past of a date's own clause ("avait été abattu",
"hatten … eingenommen", `verbs.FOREIGN_PAST`) turns a month or day that would be the nearest one
ahead into the last one. Month names and these words come from dateparser's locale data.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import lru_cache
from typing import Any

from timeline_app.domain import calendar as cal
from timeline_app.extraction.dateline import dateline_end
from timeline_app.extraction.lexicon import (
    FOREIGN_SINCE_WORDS,
    HAPPENING_FOR_MONTH,
    LAST_YEAR_SAID,
    ROMANCE_SETTING_STEMS,
    SINCE_WORDS,
    STILL_HOLDS_BUT,
    TIME_CLAUSE_AFTER_LAST_YEAR,
)
from timeline_app.extraction.timex import (
    DATE,
    DURATION,
    TIME,
    Day,
    Timex,
    day_value,
    month_value,
    valid_day,
    week_value,
    weekend_value,
    year_str,
)
from timeline_app.extraction.verbs import FOREIGN_PAST, GERMAN_LEXICAL_PAST, SAYING_PASTS, saying_pasts

#: Bound the work dateparser does: it is slow (a millisecond a phrase), and cannot be interrupted
#: from a thread. Repeated phrases are parsed once; MAX_PARSES counts calls (a phrase the article's
#: language cannot read is tried in English too).
MAX_FOREIGN_CHARS = 200_000
MAX_PARSES = 1000
_CANDIDATE = re.compile(
    r"(?<!\d)(?:\d{1,2}(?:[.\s/-]*(?:(?:de|del)\s+)?[^\W\d_]{3,12}\.?|[./-]\d{1,2})[.\s/,-]*(?:(?:de|del)\s+)?\d{4}"
    r"|[^\W\d_]{3,12}\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})(?:\s*(?:г\.|года|yılı))?(?!\d)",
    re.UNICODE,
)


def tag_foreign(text: str, dct: Day, language: str, narrative: bool = False) -> list[Timex]:
    """The dates of an article in another language, anchored to `dct` — or, in a `narrative` (an encyclopedia's
    entry), a day or month without its year to the last year written before it."""
    try:
        from dateparser.date import DateDataParser
    except ImportError:  # pragma: no cover - dateparser is a dependency
        return []
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    # the article's language alone first: with English beside it, Turkish "3 Mart 2024" read "Mart" as
    # a time zone (Marquesas Time) and gave 1 March; English only reads what the language cannot
    native = DateDataParser(languages=[language], settings=settings)
    english = DateDataParser(languages=["en"], settings=settings)
    out: list[Timex] = []
    text = text[:MAX_FOREIGN_CHARS] if len(text) > MAX_FOREIGN_CHARS else text
    parsed: dict[str, Any] = {}
    calls = 0
    for m in _CANDIDATE.finditer(text):
        span = m.group(0).strip(" ,.-/")
        if span not in parsed:
            if calls >= MAX_PARSES:
                continue
            calls += 1
            parsed[span] = _parse(native, span)
            if parsed[span] is None and calls < MAX_PARSES:
                calls += 1
                parsed[span] = _parse(english, span)
        data = parsed[span]
        when = data.date_obj if data else None
        if when is None or not re.search(r"\d{4}", span) or str(when.year) not in span:
            continue
        start = m.start()
        end = start + len(span)
        year_word = _YEAR_AFTER.get(language)
        marker = re.match(year_word, text[end:end + 12], re.IGNORECASE) if year_word else None
        if marker and re.match(r"\s*[^\W\d_]", marker.group(0)):
            end += marker.end()  # "27 червня 2014 року", "5 мая 2023 года": the word for "year" goes with the date
        if data.period == "month":
            value = month_value(when.year, when.month)
        elif valid_day(when.year, when.month, when.day):
            value = day_value(Day.of(when.year, when.month, when.day))
        else:
            continue
        out.append(Timex(start, end, text[start:end], DATE, value, f"written in full ({language})"))
    taken = bytearray(len(text))
    for t in out:
        taken[t.start:t.end] = b"\x01" * (t.end - t.start)
    out.extend(_decade_dates(text, language, taken))
    out.extend(_season_dates(text, language, taken))
    out.extend(_turkish_year_months(text, language, taken))
    out.extend(_season_of_relative_year(text, dct, language, taken))
    out.extend(_relative_season_dates(text, dct, language, taken))
    out.extend(_bare_season_dates(text, dct, language, taken))
    out.extend(_ago_dates(text, dct, language, taken))
    out.extend(_month_of_relative_year(text, dct, language, taken))
    out.extend(_relative_month_dates(text, dct, language, taken))
    out.extend(_quarter_dates(text, language, taken))
    out.extend(_nth_week_of_month_dates(text, dct, language, taken))
    written = sorted(out, key=lambda t: t.start) if narrative else None
    out.extend(_day_pair_dates(text, dct, language, taken, written, out))
    out.extend(_partial_dates(text, dct, language, taken, written, sorted(out, key=lambda t: t.start)))
    out.extend(_bare_months(text, dct, language, taken, sorted(out, key=lambda t: t.start), written))
    out.extend(_deictic_dates(text, dct, language, taken))
    out.extend(_part_of_this_year(text, dct, language, taken))
    out = _year_spans(text, out, language)
    out = sorted(out + _clock_times(text, dct, language, taken, out), key=lambda t: t.start)
    out = _counts_from_the_date_before(out, text, language, taken)
    out = _next_of_the_date_before(out, text, dct, language, taken)
    out = _season_after_the_date_before(out, text, language, taken)
    out = _nights_of_dates(_link_ranges(_counts_after_a_told_day(out, text, dct, language), text, language), text, language)
    out = _said_again(_listed_in_the_year_of_the_last(out, text, language), text, language)
    out = _periods_of_relative_years(out, text, language)
    return out if narrative else _retrospective(out, text, dct, language)


#: A quarter's or half's ordinal and word before a year told relative to publication, and the "of" between:
#: "[primeiro semestre do] próximo ano", "[ersten Hälfte des] nächsten Jahres", "[premier semestre de] l'année prochaine".
_PERIOD_BEFORE = re.compile(r"(?<!\w)(?P<ord>[^\W_]{1,10}\.?)\s+(?P<unit>[^\W\d_]{4,11})\s+"
                            r"(?:de\s+|del\s+|des\s+|di\s+|della\s+|dell['’]|do\s+|da\s+|van\s+(?:het\s+)?)?"
                            r"(?:(?:el|il|o|a|lo|het)\s+)?$", re.UNICODE)
#: …and Turkish's after it: "önümüzdeki yılın [ilk yarısında]".
_TURKISH_PERIOD_AFTER = re.compile(r"\s+(?P<ord>ilk|birinci|ikinci|üçüncü|dördüncü|son)\s+"
                                   r"(?P<unit>yarısında|yarısı|yarıyılında|çeyreğinde|çeyreği)(?!\w)", re.IGNORECASE)


def _periods_of_relative_years(timexes: list[Timex], text: str, language: str) -> list[Timex]:
    """"No primeiro semestre do próximo ano": the half (or quarter) of the year told relative to publication, as a
    written year's is ("primeiro semestre de 2027"), not the whole year."""
    ordinals, units = (_TURKISH_ORDINALS, None) if language == "tr" else (_ORDINALS.get(language), _PERIOD_WORDS.get(language))
    if not ordinals:
        return timexes
    out = list(timexes)
    for i, t in enumerate(out):
        if t.type != DATE or not re.fullmatch(r"\d{4}", t.value) or "relative to" not in t.derivation:
            continue
        if language == "tr":
            m = _TURKISH_PERIOD_AFTER.match(text, t.end)
            if m is None:
                continue
            unit = "H" if m["unit"].lower().startswith("yar") else "Q"
            number, start, end = _TURKISH_ORDINALS.get(m["ord"].lower(), 2 if unit == "H" else 4), t.start, m.end()
        else:
            m = _PERIOD_BEFORE.search(text, max(0, t.start - 40), t.start)
            unit = units.get(m["unit"].lower()) if m is not None and units else None
            number, start, end = ordinals.get(m["ord"].lower()) if m is not None else None, m.start() if m else 0, t.end
        if unit is None or number is None or (unit == "H" and number > 2):
            continue
        out[i] = Timex(start, end, text[start:end], DATE, f"{t.value}-{unit}{number}",
                       f"a {'quarter' if unit == 'Q' else 'half'} of {t.derivation}", mod=t.mod)
    return out


def _said_again(timexes: list[Timex], text: str, language: str) -> list[Timex]:
    """A day set off right after a date counted to the same day says that day again: "Dieci giorni dopo, il 24 settembre"
    after 14 September 2023 is 24 September 2023 (alone, "24 settembre" had been the nearest to publication)."""
    out = list(timexes)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.type == DATE and b.type == DATE and re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.value) \
                and re.fullmatch(r"\d{4}-\d{2}-\d{2}", b.value) and a.value != b.value and a.value[5:] == b.value[5:] \
                and not re.search(r"\d{4}", b.text) and re.fullmatch(r",\s*(?:(?:el|le|il|lo|l['’]|am|o|a|в|на)\s*)?",
                                                                   text[a.end:b.start], re.IGNORECASE):
            out[i] = replace(b, value=a.value, derivation=f"{b.text}, said again after {a.text} ({language})")
    return out


#: What stands between two dates of a list: a comma, or the language's "and", and the article a date takes ("el 16 de
#: mayo, el 2 de junio y el 23 de julio de 2025", "le 3, le 5 et le 9 mars").
_LIST_JOIN = re.compile(r"\s*,?\s*(?:(?:y|e|et|und|и|і|й|ve|en|ed|and|или|o|ou|oder)\s+)?"
                        r"(?:(?:el|le|il|lo|l['’]|am|den|dem|o|a|du|del|au|al|в|во|на)\s*)?", re.IGNORECASE)


def _listed_in_the_year_of_the_last(timexes: list[Timex], text: str, language: str) -> list[Timex]:
    """Days listed without their year before one that writes it share that year: "el 16 de mayo, el 2 de junio y el 23
    de julio de 2025" are all of 2025 (alone, "16 de mayo" had been read as the nearest 16 May to publication)."""
    out = list(timexes)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.type != DATE or b.type != DATE or a.range_id is not None or b.range_id is not None \
                or not re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", b.value) or b.end <= a.end \
                or not _LIST_JOIN.fullmatch(text, a.end, b.start) or not re.search(r"[,;]|\s\w+\s", text[a.end:b.start] + " "):
            continue
        if not (re.search(r"\d{4}", b.text) or b.derivation.startswith("the year of the date listed after it")):
            continue
        out[i] = _running_forward_to(a, b, f"the year of the date listed after it, {b.text} ({language})")
    return out


def _retrospective(timexes: list[Timex], text: str, dct: Day, language: str) -> list[Timex]:
    """`timexes` with their days and months written without a year read by the years the text names, when it names only
    years long past and nothing of its own time ("Am 21. November 1995 einigten sich… Sie begannen am 1. November" is
    November 1995): a retrospective, where the nearest such day to publication would be a day of the wrong decade."""
    def yearless(t: Timex) -> bool:
        return not re.search(r"\d{4}", t.text) and (re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) is not None
                                                   and re.search(r"\d", t.text) is not None
                                                   or re.fullmatch(r"\d{4}-\d{2}", t.value) is not None
                                                   and not re.search(r"\d", t.text))
    anchors = [t for t in timexes if re.search(r"\d{4}", t.text) and re.match(r"\d{4}", t.value)]
    if not anchors or any(t.value == "PRESENT_REF" or re.match(r"\d{4}", t.value) and int(t.value[:4]) >= dct.year - 1
                          and not yearless(t) for t in timexes) or any(int(t.value[:4]) >= dct.year - 1 for t in anchors):
        return timexes
    out = []
    anchor_ends = sorted(a.end for a in anchors)
    by_end = sorted(anchors, key=lambda a: a.end)
    for t in timexes:
        written_before = bisect.bisect_right(anchor_ends, t.start)  # (found by bisection: a long list reads in linear time)
        # (two dates of its own at least, one old year in a story of now being a look back; nor what is to come:
        # "Делегации снова встретятся 30 ноября", after a sentence about 1991)
        if not yearless(t) or written_before < 2 or t.type != DATE or looks_ahead(text, t.start, t.end, language):
            out.append(t)
            continue
        anchor = by_end[written_before - 1]
        year, at = int(anchor.value[:4]), int(anchor.value[5:7]) if re.match(r"\d{4}-\d{2}", anchor.value) else 7
        month = int(t.value[5:7])
        day = int(t.value[8:10]) if len(t.value) == 10 else None
        readings = [y for y in (year - 1, year, year + 1) if day is None or valid_day(y, month, day)]
        if not readings:
            out.append(t)
            continue
        best = min(readings, key=lambda y: abs(y * 12 + month - year * 12 - at))
        value = day_value(Day.of(best, month, day)) if day is not None else month_value(best, month)
        out.append(replace(t, value=value, derivation=f"in {best}, nearest {anchor.text}: a text that tells only of years "
                                                       f"long past ({language})"))
    return out


#: A part of "the year" said with no "this", which is the publication's year: "a principios de año", "en début d'année",
#: "Anfang des Jahres", "all'inizio dell'anno", "no início do ano".
_PART_OF_THE_YEAR = {
    "es": r"(?P<pos>principios|comienzos|inicios|finales|fines|fin|mediados)\s+(?:de|del)\s+año",
    "fr": r"(?P<pos>début|fin|milieu)\s+(?:d['’]|de\s+l['’])année",
    "de": r"(?P<pos>Anfang|Ende|Mitte)\s+des\s+Jahres|Jahres(?:ende|anfang|beginn|mitte)",
    "it": r"(?P<pos>inizio|fine|metà)\s+(?:dell['’]|d['’])?anno",
    "pt": r"(?P<pos>início|inicio|final|fim|meados)\s+(?:do|de)\s+ano",
}
#: (not a year named after it, nor one placed by a word of its own: "fin de l'année 2024", "fin de l'année dernière",
#: "a finales del año pasado", "Ende des Jahres 2024")
_PART_OF_THE_YEAR_PATTERNS = {language: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)(?!\s*(?:\d|dernière|prochaine|passée|"
                                                   r"précédente|suivante|pasado|próximo|anterior|siguiente|passado|"
                                                   r"seguinte|scorso|prossimo|precedente|successivo|letzten|vergangenen|"
                                                   r"nächsten|kommenden|vorigen|davor|danach|de\s+\d|d['’]|de\s+(?:la|l['’]|les)\b"
                                                   # (…nor a year of another reckoning: "l'année hydrologique", "el año
                                                   # escolar", "l'anno scolastico", "o ano letivo")
                                                   r"|(?:hydrologique|scolaire|fiscale|budgétaire|universitaire|liturgique|"
                                                   r"académique|escolar|fiscal|académico|hidrológico|lectivo|scolastico|"
                                                   r"accademico|idrologico|letivo)\b))",
                                                   re.IGNORECASE)
                              for language, pattern in _PART_OF_THE_YEAR.items()}
_PART_MOD = {"principios": "START", "comienzos": "START", "inicios": "START", "début": "START", "anfang": "START",
             "inizio": "START", "início": "START", "inicio": "START", "finales": "END", "fines": "END", "fin": "END",
             "ende": "END", "fine": "END", "final": "END", "fim": "END", "mediados": "MID", "milieu": "MID", "mitte": "MID",
             "metà": "MID", "meados": "MID", "jahresende": "END", "jahresanfang": "START", "jahresbeginn": "START",
             "jahresmitte": "MID"}


#: A part of "the month" said with no "this", which is the publication's month: "d'ici la fin du mois", "a finales de mes",
#: "bis Ende des Monats", "entro la fine del mese", "até ao final do mês".
# (…or its end told by a verb, "before" and all: "antes de que termine el mes", "prima che finisca il mese")
_PART_OF_THE_MONTH = {
    "es": r"(?P<pos>principios|comienzos|inicios|finales|fines|fin|mediados)\s+(?:de|del)\s+mes"
          r"|(?:antes\s+de\s+)?que\s+(?P<end>termine|acabe|finalice|concluya)\s+el\s+mes",
    "fr": r"(?P<pos>début|fin|milieu)\s+(?:du\s+)?mois",
    "de": r"(?P<pos>Anfang|Ende|Mitte)\s+des\s+Monats",
    "it": r"(?P<pos>inizio|fine|metà)\s+(?:del\s+)?mese|(?:prima\s+)?che\s+(?P<end>finisca|termini)\s+il\s+mese",
    "pt": r"(?P<pos>início|inicio|final|fim|meados)\s+(?:do|de)\s+mês|(?:antes\s+)?que\s+(?P<end>termine|acabe)\s+o\s+mês",
}
_PART_OF_THE_MONTH_PATTERNS = {language: re.compile(rf"(?<!\w)(?:{pattern})(?!\w)(?!\s*(?:\d|dernier|prochain|passado|pasado|"
                                                    r"próximo|scorso|prossimo|letzten|vergangenen|nächsten|de\s|di\s|d['’]))",
                                                    re.IGNORECASE)
                               for language, pattern in _PART_OF_THE_MONTH.items()}


def _part_of_this_year(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Los diálogos se congelaron a principios de año": the start of the publication's year, as "earlier this year";
    "d'ici la fin du mois" the end of its month."""
    out = []
    for pattern, value, what in ((_PART_OF_THE_YEAR_PATTERNS.get(language), str(dct.year), "year"),
                                 (_PART_OF_THE_MONTH_PATTERNS.get(language), month_value(dct.year, dct.month), "month")):
        for m in pattern.finditer(text) if pattern is not None else ():
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(Timex(m.start(), m.end(), m.group(), DATE, value, f"part of {value}, the publication's {what} "
                             f"({language})", mod="END" if m.groupdict().get("end") else _PART_MOD[(m["pos"] or m.group()).lower()]))
    return out


#: A clock time per language, with the preposition or word that makes its number an hour: "a las 15:30 horas", "à
#: 6h00", "um 6 Uhr", "alle 18:30", "às 15h30", "в 06:00", "saat 06.00". Only the clock is the expression; the
#: hour's part of the day after it ("de la tarde", "di sera") turns a morning hour into an evening one.
_CLOCK = {
    "es": r"(?<!\w)(?:(?:a|hacia|desde|hasta)\s+la(?:s)?\s+)?(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})(?:\s*(?:horas|hrs?|h)\b)?"
          r"|\s*(?:horas|hrs?|h)\b|(?=\s+de\s+la\s+(?:mañana|madrugada|tarde|noche)))"
          r"(?:\s+(?:de\s+la|del)\s+(?P<part>mañana|madrugada|tarde|noche|mediodía))?",
    "fr": r"(?<!\w)(?:(?:à|vers|dès|avant|jusqu['’]à)\s+)?(?P<h>\d{1,2})\s*(?:h|heures?)(?:\s*(?P<m>\d{2}))?"
          r"(?:\s+du\s+(?P<part>matin|soir|après-midi))?(?!\w)",
    "de": r"(?<!\w)(?:(?:um|gegen|ab|bis)\s+)?(?P<h>\d{1,2})(?:[.:](?P<m>\d{2}))?\s*Uhr"
          r"(?:\s+(?P<part>morgens|früh|abends|nachts|nachmittags))?(?!\w)",
    "it": r"(?<!\w)(?:alle|dalle|verso\s+le|entro\s+le)\s+(?P<h>\d{1,2})(?:[:.](?P<m>\d{2})|(?=\s*(?:[,.;]|$|del\s|di\s|"
          r"ora\b|in\s+punto)))(?:\s+(?:del|di)\s+(?P<part>mattina|mattino|pomeriggio|sera|notte))?",
    "pt": r"(?<!\w)(?:(?:às|a\s+partir\s+das|até\s+às)\s+)?(?P<h>\d{1,2})(?:\s*(?:h|horas)(?:\s*(?P<m>\d{2}))?|:(?P<m2>\d{2}))"
          r"(?!\w)(?:\s+da\s+(?P<part>manhã|madrugada|tarde|noite))?",
    "ru": r"(?<!\w)(?:(?:в|около|до|с)\s+)(?P<h>\d{1,2})[:.](?P<m>\d{2})(?!\d)",
    "tr": r"(?<!\w)saat\s+(?P<h>\d{1,2})[:.](?P<m>\d{2})",
}
#: A clock's zone after it: "hora de Washington", "heure locale", "Ortszeit", "(0600 GMT)".
_CLOCK_ZONE = (r"(?:\s+(?:hora|horas|heure|heures|ora|horário|hor[áa]rio)\s+(?:local|locale|de\s+[A-Z][^\W\d_]+|d['’][A-Z][^\W\d_]+"
               r"|di\s+[A-Z][^\W\d_]+|italiana|de\s+Brasília)|\s+(?:Ortszeit|MEZ|MESZ|GMT|UTC|мск|по\s+московскому\s+времени)"
               r"|\s*\(\d{1,2}(?:[:.]?\d{2})?\s*(?:GMT|UTC)\))?")
_CLOCK_PATTERNS = {language: re.compile(pattern + _CLOCK_ZONE, re.IGNORECASE) for language, pattern in _CLOCK.items()}
#: Parts of the day that put an hour under twelve in the afternoon or evening.
_LATER_PARTS = {"tarde", "noche", "soir", "après-midi", "abends", "nachmittags", "pomeriggio", "sera", "noite"}
_DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
#: What may stand between a clock and the day right after it that it is on: "à 6h00 mardi", "um 6 Uhr am Dienstag".
_CLOCK_THEN_DAY = re.compile(r",?\s*(?:(?:el|le|la|del|de|du|am|vom|di|da|do|na|no|в|во)\s+)?", re.IGNORECASE)


def _clock_times(text: str, dct: Day, language: str, taken: bytearray, dated: list[Timex]) -> list[Timex]:
    """Clock times, each on the day its sentence names before it (or right after it), else on the last day named
    before it, else on the publication day: "martes a las 15:30" is Tuesday's 15:30, as "Tuesday at 3:30 p.m." is.
    The preposition goes with the clock, as the title then loses both."""
    pattern = _CLOCK_PATTERNS.get(language)
    if pattern is None:
        return []
    days = sorted((t for t in dated if _DAY_VALUE.match(t.value)), key=lambda t: t.end)
    day_ends = [t.end for t in days]
    out: list[Timex] = []
    for m in pattern.finditer(text):
        start, end = m.start(), m.end()
        if any(taken[start:end]):
            continue
        if not re.search(r"[^\W\d_]", m.group()):
            continue  # a bare "12.50" may be a price or a score: a preposition or a unit makes it a clock
        hour, minute = int(m["h"]), int(m["m"] or (m.groupdict().get("m2") or 0))
        if (m.groupdict().get("part") or "").lower() in _LATER_PARTS and hour < 12:
            hour += 12
        if hour > 24 or minute > 59 or (hour == 24 and minute):
            continue
        # the last day named before it (in its sentence, or else the one the story is at), unless the day is
        # right after it and its sentence names none before
        i = bisect.bisect_right(day_ends, start)
        last = days[i - 1] if i else None
        nxt = days[i] if i < len(days) else None
        if (last is None or last.start < _sentence_around(text, start, end)[0]) and nxt is not None \
                and nxt.start >= end and _CLOCK_THEN_DAY.fullmatch(text, end, nxt.start):
            last = nxt
        day = last.value[:10] if last is not None else day_value(dct)
        taken[start:end] = b"\x01" * (end - start)
        out.append(Timex(start, end, text[start:end], TIME, f"{day}T{hour:02d}:{minute:02d}",
                         f"a clock time on {day} ({language})"))
    return out


#: A count from the date told before it, per language, and its direction: "deux ans plus tard", "dos años después",
#: "zwei Jahre später", "due anni dopo", "dois anos depois", "три года спустя" (not "dos días antes de la elección",
#: counted from what follows).
_COUNT_FROM_BEFORE = {
    "fr": r"(?P<n>{n})\s+(?P<u>ans?|années?|mois|semaines?|jours?)\s+(?:(?P<later>plus\s+tard)|(?P<earlier>plus\s+tôt|auparavant))",
    "es": r"(?P<n>{n})\s+(?P<u>años?|mes(?:es)?|semanas?|días?)\s+(?:(?P<later>después|más\s+tarde)|(?P<earlier>antes))(?!\s+de)",
    "de": r"(?P<n>{n})\s+(?P<u>Jahre|Jahr|Monate|Monat|Wochen|Woche|Tage|Tag)\s+(?:(?P<later>später|danach)|(?P<earlier>zuvor|früher))",
    "it": r"(?P<n>{n})\s+(?P<u>anni|anno|mesi|mese|settimane|settimana|giorni|giorno)\s+(?:(?P<later>dopo|più\s+tardi)|"
          # (Italian's "dopo" takes its noun without "di": "cinque anni dopo [il] cessate il fuoco", counted from that)
          r"(?P<earlier>prima))(?!\s+(?:di|del|della|dello|dei|delle|che|il|lo|la|i|gli|le|un|una|uno)\b|\s+l['’])",
    "pt": r"(?P<n>{n})\s+(?P<u>anos?|meses|mês|semanas?|dias?)\s+(?:(?P<later>depois|mais\s+tarde)|(?P<earlier>antes))(?!\s+d[aeo])",
    "ru": r"(?:спустя\s+(?P<n>{n})\s+(?P<u>год(?:а)?|лет|месяц(?:а|ев)?|недел[юиь]|дн(?:я|ей)|день)(?P<later>)"
          r"|(?P<n2>{n})\s+(?P<u2>год(?:а)?|лет|месяц(?:а|ев)?|недел[юиь]|дн(?:я|ей)|день)\s+спустя)",
}
#: The numbers in the nominative a count from before takes where "ago" takes another case: "три года спустя", "ein
#: Jahr später", "eine Woche danach" (beside "vor einem Jahr").
_NOMINATIVE_COUNTS = {"ru": {"три": 3, "четыре": 4}, "de": {"ein": 1, "eine": 1, "einen": 1}}  # ("einen Monat später")


def _counts_from_the_date_before(timexes: list[Timex], text: str, language: str, taken: bytearray) -> list[Timex]:
    """"Le pays a obtenu son indépendance en 2011 et a sombré deux ans plus tard dans la guerre": two years after the date
    told before it (2013), at the count's grain — not after publication."""
    spec, ago = _COUNT_FROM_BEFORE.get(language), _AGO.get(language)
    if spec is None or ago is None:
        return timexes
    numbers = dict(ago[1]) | _NOMINATIVE_COUNTS.get(language, {})
    count = r"\d{1,3}|" + "|".join(sorted(map(re.escape, numbers), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w){spec.format(n=count)}(?!\w)", re.IGNORECASE | re.UNICODE)
    found = []
    for m in pattern.finditer(text):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        before = [t for t in timexes if t.end <= m.start() and m.start() - t.end <= 600 and t.type == DATE
                  and re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", t.value)]
        if not before:
            continue
        anchor = before[-1]
        if re.fullmatch(r"\s*,\s*", text[anchor.end:m.start()]):
            # ("…revisto em agosto de 2023, cinquenta anos depois": a count set off right after a date is that date said
            # again, how far it lay from an older one)
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            found.append(Timex(m.start(), m.end(), m.group(0), DATE, anchor.value,
                               f"{m.group(0)}, {anchor.text} said again ({language})"))
            continue
        n_group, u_group = ("n", "u") if m.group("n") or m.group("u") else ("n2", "u2")
        word = (m.group(n_group) or "").lower()
        n = int(word) if word.isdigit() else numbers.get(word, 0)
        unit = next((code for stem, code in ago[2].items() if (m.group(u_group) or "").lower().startswith(stem)), None)
        parts = [int(part) for part in anchor.value.split("-")]
        if not n or unit is None or (unit in ("W", "D") and len(parts) < 2) or (unit == "M" and len(parts) < 2):
            continue
        sign = -1 if m.groupdict().get("earlier") else 1
        day = Day.of(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)
        value, mod = _counted_from(day, unit, sign * n), ""
        if unit in ("W", "D") and len(parts) == 2:
            # "diciembre de 2023 … Dos semanas después": weeks from a month are known only about, to the month, counted
            # from its middle (as "two weeks later" is read in English)
            moved = day.plus(sign * n * (7 if unit == "W" else 1))
            value, mod = month_value(moved.year, moved.month), "APPROX"
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        side = "before" if sign < 0 else "after"
        found.append(Timex(m.start(), m.end(), m.group(0), DATE, value,
                           f"{m.group(0)}, {side} {anchor.text}, the date told before it ({language})", mod=mod))
    return sorted(timexes + found, key=lambda t: t.start) if found else timexes


#: "The following month", "the day before", per language: the unit, and the step from the date told before it (none for
#: "that month": "a principios de ese mes", "ce mois-là").
_NEXT_OF_THE_DATE_BEFORE: dict[str, dict[str, tuple[str, int]]] = {
    "fr": {r"(?:(?:au\s+)?(?:début|milieu|fin)\s+de\s+)?ce\s+mois-là|(?:le|au\s+cours\s+du)\s+même\s+mois": ("M", 0),
           r"(?:le|au)\s+mois\s+(?:suivant|d['’]après)": ("M", 1), r"l['’]ann[ée]e\s+suivante|l['’]an(?:n[ée]e)?\s+d['’]après": ("Y", 1),
           r"le\s+lendemain": ("D", 1), r"la\s+veille": ("D", -1), r"le\s+mois\s+pr[ée]c[ée]dent": ("M", -1),
           r"l['’]ann[ée]e\s+pr[ée]c[ée]dente": ("Y", -1), r"la\s+semaine\s+suivante": ("W", 1),
           # ("that same year": not after a month, whose year it tells, "en mai de la même année")
           r"(?<!\bde\s)(?:cette\s+ann[ée]e-là|la\s+même\s+ann[ée]e)": ("Y", 0)},
    "es": {r"(?:(?:a\s+)?(?:principios|comienzos|inicios|finales|fines|mediados)\s+de\s+)?(?:(?:ese|aquel)(?:\s+mismo)?|el\s+mismo)\s+mes": ("M", 0),
           r"(?:el|al)\s+mes\s+siguiente": ("M", 1), r"(?:el|al)\s+año\s+siguiente": ("Y", 1),
           r"(?:el|al)\s+d[ií]a\s+siguiente": ("D", 1), r"el\s+d[ií]a\s+anterior": ("D", -1),
           r"el\s+mes\s+anterior": ("M", -1), r"el\s+año\s+anterior": ("Y", -1), r"la\s+semana\s+siguiente": ("W", 1),
           r"(?<!\bde\s)(?:(?:ese|aquel)(?:\s+mismo)?|el\s+mismo)\s+año": ("Y", 0)},
    "it": {r"(?:(?:all['’]inizio|alla\s+fine|a\s+metà)\s+di\s+)?quel\s+mese|(?:lo|nello|quello|in\s+quello)\s+stesso\s+mese": ("M", 0),
           r"il\s+mese\s+(?:successivo|seguente|dopo)": ("M", 1), r"l['’]anno\s+(?:successivo|seguente|dopo)": ("Y", 1),
           r"il\s+giorno\s+(?:successivo|seguente|dopo)": ("D", 1), r"il\s+giorno\s+prima": ("D", -1),
           r"il\s+mese\s+precedente": ("M", -1), r"l['’]anno\s+precedente": ("Y", -1),
           r"la\s+settimana\s+(?:successiva|seguente|dopo)": ("W", 1),
           r"quell['’]anno|(?:lo|nello)\s+stesso\s+anno": ("Y", 0)},
    "pt": {r"(?:(?:no\s+)?(?:início|final|fim|meados)\s+d)?(?:(?:esse|aquele|naquele|nesse)(?:\s+mesmo)?|no\s+mesmo)\s+mês": ("M", 0),
           r"(?:no\s+)?m[êe]s\s+seguinte": ("M", 1), r"(?:no\s+)?ano\s+seguinte": ("Y", 1),
           r"(?:no\s+)?dia\s+seguinte": ("D", 1), r"(?:na\s+)?v[ée]spera": ("D", -1),
           r"(?:(?:esse|aquele|naquele|nesse)(?:\s+mesmo)?|no\s+mesmo|o\s+mesmo)\s+ano": ("Y", 0)},
    "de": {r"(?:im\s+)?folgenden\s+Monat|im\s+Monat\s+darauf": ("M", 1), r"(?:im\s+)?folgenden\s+Jahr|im\s+Jahr\s+darauf": ("Y", 1),
           r"am\s+(?:folgenden|nächsten)\s+Tag|tags\s+darauf": ("D", 1), r"am\s+Vortag": ("D", -1),
           r"(?:in\s+der\s+)?folgenden\s+Woche|in\s+der\s+Woche\s+darauf": ("W", 1),
           r"im\s+(?:selben|gleichen)\s+Jahr|in\s+demselben\s+Jahr": ("Y", 0)},
    # (Russian's and Ukrainian's "next week", "next year" count from the day of writing, not from the date told before)
    "ru": {r"на\s+следующий\s+день": ("D", 1), r"накануне(?:\s+(?:вечером|утром|днём|днем|ночью))?(?!\s+[а-яё]+(?:а|я|ов|ей|ия|ии)\b)": ("D", -1)},
    "uk": {r"наступного\s+дня": ("D", 1), r"напередодні(?:\s+(?:увечері|ввечері|вранці|вночі))?(?!\s+[а-яіїє]+(?:у|а|я|ів|ей)\b)": ("D", -1)},
}
_NEXT_OF_THE_DATE_BEFORE_PATTERNS = {
    language: [(re.compile(rf"(?<!\w)(?:{phrase})(?!\w)", re.IGNORECASE | re.UNICODE), unit, step)
               for phrase, (unit, step) in phrases.items()]
    for language, phrases in _NEXT_OF_THE_DATE_BEFORE.items()}
#: How fine the date told before must be for each unit's step: a day for a day or a week, a month for a month.
_GRAIN_FOR_UNIT = {"D": re.compile(r"\d{4}-\d{2}-\d{2}"), "W": re.compile(r"\d{4}-\d{2}-\d{2}"),
                   "M": re.compile(r"\d{4}-\d{2}(?:-\d{2})?"), "Y": re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")}


def _next_of_the_date_before(timexes: list[Timex], text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"…une feuille de route présentée en août, approuvée le mois suivant": the month after the date told before it
    (September), as English's "the following month" is read — a day, a month or a year on from it, or back."""
    patterns = _NEXT_OF_THE_DATE_BEFORE_PATTERNS.get(language)
    if not patterns:
        return timexes
    found = []
    for pattern, unit, step in patterns:
        for m in pattern.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            anchor = next((t for t in reversed(timexes) if t.end <= m.start() and m.start() - t.end <= 600
                           and t.type in (DATE, TIME) and _GRAIN_FOR_UNIT[unit].fullmatch(t.value[:10])), None)
            told = anchor.value[:10] if anchor is not None else ""
            if anchor is None or (told < day_value(dct)[:len(told)] and looks_ahead(text, m.start(), m.end(), language)):
                continue  # (a day before what is to come is no day before a past one: "se reunirán … el día anterior")
            parts = [int(part) for part in anchor.value[:10].split("-")]
            day = Day.of(parts[0], parts[1] if len(parts) > 1 else 7, parts[2] if len(parts) > 2 else 15)
            value = _counted_from(day, unit, step)
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            found.append(Timex(m.start(), m.end(), m.group(0), DATE, value,
                               f"{m.group(0)}, {'after' if step > 0 else 'before' if step < 0 else 'that of'} {anchor.text}, "
                               f"the date told before it ({language})"))
    return sorted(timexes + found, key=lambda t: t.start) if found else timexes


#: "The following summer", "the previous winter", per language: the season's name and the word that steps from the date
#: told before it.
_SEASON_AFTER_DATE_BEFORE = {
    "fr": (r"(?:(?<=\bau\s)|l['’]|le\s+)(?P<season>{s})\s+(?P<rel>suivant|d['’]après|précédent)", {"s": 1, "d": 1, "p": -1}),
    "es": (r"(?:el|la)\s+(?P<season>{s})\s+(?P<rel>siguiente|anterior)", {"s": 1, "a": -1}),
    "it": (r"(?:l['’]|la\s+|(?<=\bnell['’])|(?<=\bnella\s))(?P<season>{s})\s+(?P<rel>successiv[oa]|seguente|precedente)",
           {"s": 1, "p": -1}),
    "pt": (r"(?:o\s+|a\s+|(?<=\bno\s)|(?<=\bna\s))(?P<season>{s})\s+(?P<rel>seguinte|anterior)", {"s": 1, "a": -1}),
    "de": (r"(?:im|den)\s+(?P<rel>folgenden|darauffolgenden|vorangegangenen|vorherigen)\s+(?P<season>{s})",
           {"f": 1, "d": 1, "v": -1}),
}


def _season_after_the_date_before(timexes: list[Timex], text: str, language: str, taken: bytearray) -> list[Timex]:
    """"…formé en septembre 2023 l'Alliance, devenue une confédération l'été suivant": the first summer after the date
    told before it (2024), as English's "the following summer" is read; "précédent" the last one before it."""
    seasons, spec = _SEASONS.get(language), _SEASON_AFTER_DATE_BEFORE.get(language)
    if not seasons or not spec:
        return timexes
    names = "|".join(sorted(map(re.escape, seasons), key=len, reverse=True))
    found = []
    for m in re.finditer(r"(?<!\w)" + spec[0].format(s=names) + r"(?!\w)", text, re.IGNORECASE | re.UNICODE):
        code = seasons.get(m["season"].lower())
        step = spec[1].get(m["rel"][:1].lower())
        anchor = next((t for t in reversed(timexes) if t.end <= m.start() and m.start() - t.end <= 600
                       and t.type in (DATE, TIME) and re.match(r"\d{4}(?:-\d{2})?", t.value)), None)
        if code is None or step is None or anchor is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        parts = re.match(r"(\d{4})(?:-(\d{2}))?", anchor.value)
        month = int(parts[2]) if parts[2] else 7
        # (a season year runs spring to winter, and a winter is named by the year of its December)
        at = (int(parts[1]) - (1 if month <= 2 else 0)) * 4 + {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2}.get(month, 3)
        index = at // 4 * 4 + _SEASON_ORDER.index(code)
        index = (index if index > at else index + 4) if step > 0 else (index if index < at else index - 4)
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        found.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{index // 4:04d}-{code}",
                           f"{m.group(0)}, {'after' if step > 0 else 'before'} {anchor.text}, the date told before it ({language})"))
    return sorted(timexes + found, key=lambda t: t.start) if found else timexes


def _counts_after_a_told_day(timexes: list[Timex], text: str, dct: Day, language: str) -> list[Timex]:
    """A count ahead told in the past counts from the day told before it, not from publication: "Стороны тогда
    договорились об обмене пленными, который состоялся через неделю" is a week after the meeting of Nov. 14."""
    ahead = _AHEAD_COUNT.get(language)
    spec = _AGO.get(language)
    if not ahead or spec is None:
        return timexes
    out = list(timexes)
    last_day: tuple[int, Day] | None = None
    counted_from_publication = f", after {dct.label()} ({language})"
    for i, t in enumerate(out):
        if t.type == DATE and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) and not t.derivation.endswith(counted_from_publication):
            last_day = (t.end, Day.of(*(int(part) for part in t.value.split("-"))))
            continue
        if last_day is None or not t.derivation.endswith(counted_from_publication) or t.start - last_day[0] > 600:
            continue
        lo, hi = _own_clause(text, t.start, t.end)
        m = re.fullmatch(ahead.format(n=r"\d{1,3}|" + "|".join(sorted(map(re.escape, spec[1]), key=len, reverse=True))),
                         t.text, re.IGNORECASE | re.UNICODE)
        if m is None or FOREIGN_PAST.search(text, lo, hi) is None:
            continue
        counted = _count_and_unit(m, spec[1], spec[2])
        if counted is None:
            continue
        anchor = last_day[1]
        out[i] = replace(t, value=_counted_from(anchor, counted[1], counted[0]), derivation=f"{t.text}, after {anchor.label()}, the day told before it ({language})")
    return out


#: A night told by the date it runs into, per language: "в ночь на 24 февраля", "in der Nacht zum 24. Februar", "у
#: ніч на 24 лютого"; or by both its dates: "dans la nuit du 23 au 24 février".
_NIGHT_BEFORE_DATE = {
    "ru": r"в\s+ночь\s+на\s+$", "uk": r"(?:у|в)\s+ніч\s+на\s+$", "de": r"in\s+der\s+Nacht\s+(?:zum|zu|auf\s+den)\s+$",
}
_NIGHT_OF_TWO_DATES = {"fr": r"dans\s+la\s+nuit\s+du\s+$", "es": r"(?:en\s+)?la\s+noche\s+del\s+$",
                       "it": r"nella\s+notte\s+tra\s+(?:il\s+)?$", "pt": r"na\s+noite\s+de\s+$"}


def _nights_of_dates(timexes: list[Timex], text: str, language: str) -> list[Timex]:
    """"В ночь на 24 февраля" is the night of 23 February; "dans la nuit du 23 au 24 février" the night of the 23rd —
    one night, not a day (or two)."""
    into, both = _NIGHT_BEFORE_DATE.get(language), _NIGHT_OF_TWO_DATES.get(language)
    if into is None and both is None:
        return timexes
    out: list[Timex] = []
    skip: set[int] = set()
    for i, t in enumerate(timexes):
        if i in skip:
            continue
        if t.type != DATE or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            out.append(t)
            continue
        before = text[max(0, t.start - 30):t.start]
        day = Day.of(int(t.value[:4]), int(t.value[5:7]), int(t.value[8:10]))
        opened = re.search(rf"(?<!\w)(?:{into})", before, re.IGNORECASE) if into else None
        if opened is not None and t.range_id is None:
            start = t.start - (len(before) - opened.start())
            out.append(Timex(start, t.end, text[start:t.end], DATE, f"{day_value(day.plus(-1))}TNI",
                             f"the night before {day.label()} ({language})"))
            continue
        opened = re.search(rf"(?<!\w)(?:{both})", before, re.IGNORECASE) if both else None
        partner = next((j for j in range(i + 1, len(timexes)) if t.range_id is not None
                        and timexes[j].range_id == t.range_id), None)
        if opened is not None and partner is not None:
            start, end = t.start - (len(before) - opened.start()), timexes[partner].end
            out.append(Timex(start, end, text[start:end], DATE, f"{day_value(day)}TNI", f"the night of {day.label()} ({language})"))
            skip.add(partner)
            continue
        out.append(t)
    return out


#: The words that open a range and join its two ends, by language: "entre 2019 y 2022", "de 1988 à 1994",
#: "von März bis Mai", "с 2014 по 2022 год".
_RANGE_WORDS = {
    # (…the closing end's part after its word: "à la mi-janvier", "до середины января", "до середини січня")
    "fr": (r"entre|de|du|depuis", r"et|à|au|à\s+la|jusqu['’]à|jusqu['’]au|jusqu['’]à\s+la"),
    "es": (r"entre|de|del|desde", r"y|a|al|hasta"),
    "de": (r"zwischen|von|vom", r"und|bis|bis\s+zum"),
    "it": (r"tra|fra|da|dal|dall['’]", r"e|a|al|fino\s+al?"),
    "pt": (r"entre|de|do|desde", r"e|a|ao|até"),
    "ru": (r"между|с|со", r"и|по|до(?:\s+(?:середины|начала|конца))?"),
    "uk": (r"між|з|із", r"і|й|по|до(?:\s+(?:середини|початку|кінця))?"),
    "nl": (r"tussen|van", r"en|tot"),
}


#: The "between" and its "and", by language: a range opened by one is closed by the other ("entre 2019 y 2022"), and
#: one opened by "from" by "to" ("de 1988 à 1994"); "de 2019 y 2023" is two years, no range.
_BETWEEN_AND = {
    "fr": (r"entre", r"et"), "es": (r"entre", r"y"), "de": (r"zwischen", r"und"), "it": (r"tra|fra", r"e"),
    "pt": (r"entre", r"e"), "ru": (r"между", r"и"), "uk": (r"між", r"і|й"), "nl": (r"tussen", r"en"),
}


def _paired(open_word: str, join_word: str, language: str) -> bool:
    """Whether a range's opening word and its joining word go together (a dash goes with any)."""
    between, and_ = _BETWEEN_AND.get(language, ("", ""))
    join_word = join_word.strip()
    if not join_word or join_word in "-–—":
        return True
    return bool(re.fullmatch(between, open_word.strip(), re.IGNORECASE)) == bool(re.fullmatch(and_, join_word, re.IGNORECASE))


def _link_ranges(timexes: list[Timex], text: str, language: str) -> list[Timex]:
    """Pair the two ends of a range ("entre 2019 y 2022") as the English tagger does "from 1988 to 1994"."""
    words = _RANGE_WORDS.get(language)
    if words is None:
        return timexes
    opener = re.compile(rf"(?:^|[\s(])(?P<open>{words[0]})\s+$", re.IGNORECASE)
    joiner = re.compile(rf"\s*(?:(?:{words[1]})|-|–|—)\s*", re.IGNORECASE)
    out = list(timexes)
    rid = 0
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None or a.type != DATE or b.type != DATE or not joiner.fullmatch(text[a.end:b.start]):
            continue
        opened = opener.search(text[max(0, a.start - 12):a.start])
        if not opened and text[a.end:b.start].strip() not in ("-", "–", "—"):
            continue
        if opened and not _paired(opened["open"], text[a.end:b.start], language):
            continue  # ("las protestas de 2019 y 2023": two years)
        rid += 1
        out[i] = replace(_in_the_year_of_its_end(a, b, language), range_id=rid, range_role="start")
        out[i + 1] = replace(b, range_id=rid, range_role="end")
    return out


def _in_the_year_of_its_end(first: Timex, second: Timex, language: str) -> Timex:
    """A range's first end written without its year takes the year its second end writes: "du 31 mars au 1er avril
    2025" starts on 31 March 2025 (alone, "31 mars" had been read as the nearest 31 March to publication)."""
    written = re.search(r"(?<!\d)(\d{4})(?!\d)", second.text)
    if written is None or not second.value.startswith(written[1]):
        return first
    return _running_forward_to(first, second, f"the year of the range's end, {second.text} ({language})")


def _running_forward_to(first: Timex, second: Timex, derivation: str) -> Timex:
    """`first`, written without its year, in the year of `second`, which comes after it: the year before when `first`
    falls later in the calendar ("du 30 décembre au 2 janvier 2025" starts in December 2024)."""
    shape = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", first.value)
    if shape is None or re.search(r"\d{4}", first.text):
        return first
    year, month_day = int(second.value[:4]), first.value[5:]
    if month_day > second.value[5:len(first.value)]:
        year -= 1
    if shape[3] and not valid_day(year, int(shape[2]), int(shape[3])):
        return first
    return replace(first, value=f"{year:04d}-{month_day}", derivation=derivation)


def _parse(parser: Any, span: str) -> Any:
    """dateparser's reading of `span`, or None when it has none (or raises on odd input)."""
    try:
        data = parser.get_date_data(span)
    except (ValueError, TypeError, OverflowError, AttributeError):
        return None
    return data if data and data.date_obj is not None else None


_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: dateparser's relative phrases we read, as (unit, offset from the publication date).
_RELATIVE_KEYS = {"0 day ago": ("day", 0), "1 day ago": ("day", -1), "in 1 day": ("day", 1),
                  "0 week ago": ("week", 0), "1 week ago": ("week", -1), "in 1 week": ("week", 1),
                  "0 month ago": ("month", 0), "1 month ago": ("month", -1), "in 1 month": ("month", 1),
                  "0 year ago": ("year", 0), "1 year ago": ("year", -1), "in 1 year": ("year", 1)}
#: Relative phrases news writes that dateparser's locales lack: "vergangene Woche", "l'an dernier".
_NEWS_RELATIVES: dict[str, dict[str, tuple[str, int]]] = {
    "de": {"vergangene woche": ("week", -1), "vergangenen woche": ("week", -1), "vorige woche": ("week", -1),
           "vergangenen monat": ("month", -1), "vergangenes jahr": ("year", -1), "vergangenen jahr": ("year", -1),
           "kommende woche": ("week", 1), "kommenden woche": ("week", 1), "kommenden monat": ("month", 1),
           "kommendes jahr": ("year", 1), "kommenden jahr": ("year", 1), "vorgestern": ("day", -2),
           "übermorgen": ("day", 2), "nächsten jahres": ("year", 1), "kommenden jahres": ("year", 1),
           "letzten jahres": ("year", -1), "vergangenen jahres": ("year", -1), "vorigen jahres": ("year", -1),
           "dieses jahres": ("year", 0), "nächsten monats": ("month", 1), "kommenden monats": ("month", 1),
           "letzten monats": ("month", -1), "vergangenen monats": ("month", -1), "dieses monats": ("month", 0),
           # (the week in the genitive, after "Ende"/"Anfang"/"Mitte": "Ende vergangener Woche")
           "vergangener woche": ("week", -1), "letzter woche": ("week", -1), "voriger woche": ("week", -1),
           "nächster woche": ("week", 1), "kommender woche": ("week", 1), "dieser woche": ("week", 0),
           # (the accusative after "für", "auf", "in": "für das kommende Jahr", "auf die kommende Woche")
           "das kommende jahr": ("year", 1), "das nächste jahr": ("year", 1), "den kommenden monat": ("month", 1),
           "den nächsten monat": ("month", 1), "die kommende woche": ("week", 1), "die nächste woche": ("week", 1)},
    "fr": {"la semaine passée": ("week", -1), "le mois passé": ("month", -1), "l'an dernier": ("year", -1),
           "l'an passé": ("year", -1), "l'année passée": ("year", -1), "l'an prochain": ("year", 1),
           "avant-hier": ("day", -2), "après-demain": ("day", 2),
           # (without the article after a position: "en début de semaine prochaine", "fin d'année dernière")
           "semaine prochaine": ("week", 1), "semaine dernière": ("week", -1), "mois prochain": ("month", 1),
           "mois dernier": ("month", -1), "année prochaine": ("year", 1), "année dernière": ("year", -1)},
    "es": {"la semana que viene": ("week", 1), "el mes que viene": ("month", 1), "el año que viene": ("year", 1),
           "el año próximo": ("year", 1), "anteayer": ("day", -2), "pasado mañana": ("day", 2),
           "año pasado": ("year", -1), "próximo año": ("year", 1), "mes pasado": ("month", -1), "próximo mes": ("month", 1)},
    # (Italian's "next" and "last" before their noun, which dateparser reads only after it: "il prossimo anno")
    "it": {"prossimo anno": ("year", 1), "scorso anno": ("year", -1), "prossimo mese": ("month", 1), "scorso mese": ("month", -1),
           "prossima settimana": ("week", 1), "scorsa settimana": ("week", -1)},
    # (Russian's genitive after a position: "в начале следующего года", "в конце прошлого месяца")
    # (Turkish's genitive, before the word that places it: "gelecek yılın başında", "geçen ayın sonunda")
    "tr": {"gelecek yılın": ("year", 1), "önümüzdeki yılın": ("year", 1), "geçen yılın": ("year", -1),
           "geçtiğimiz yılın": ("year", -1), "bu yılın": ("year", 0), "gelecek ayın": ("month", 1), "geçen ayın": ("month", -1),
           "bu ayın": ("month", 0), "geçen haftanın": ("week", -1), "gelecek haftanın": ("week", 1), "bu haftanın": ("week", 0)},
    "ru": {"позавчера": ("day", -2), "послезавтра": ("day", 2), "следующего года": ("year", 1), "будущего года": ("year", 1),
           "прошлого года": ("year", -1), "этого года": ("year", 0), "текущего года": ("year", 0),
           "следующего месяца": ("month", 1), "прошлого месяца": ("month", -1), "этого месяца": ("month", 0),
           "текущего месяца": ("month", 0), "следующей недели": ("week", 1), "прошлой недели": ("week", -1),
           "этой недели": ("week", 0),
           # (…and the accusative a move or a plan takes: "перенесен на следующую неделю", "на следующий год")
           "на следующую неделю": ("week", 1), "на следующий месяц": ("month", 1), "на следующий год": ("year", 1)},
    # (Dutch's "jaar" is neuter: "vorig jaar", "volgend jaar", as "vorige week" is not; and the coming ones)
    "nl": {"vorig jaar": ("year", -1), "afgelopen jaar": ("year", -1), "verleden jaar": ("year", -1),
           "komend jaar": ("year", 1), "komende week": ("week", 1), "komende maand": ("month", 1),
           "afgelopen week": ("week", -1), "afgelopen maand": ("month", -1), "eergisteren": ("day", -2),
           "overmorgen": ("day", 2), "deze week": ("week", 0), "deze maand": ("month", 0)},
}
#: Weekends told relative to publication, per language (dateparser has no such phrases); None is "the weekend"
#: alone, which the sentence's tense places as English's is ("Russland hatte am Wochenende … geflogen").
_WEEKENDS: dict[str, dict[str, int | None]] = {
    "de": {"vergangenen wochenende": -1, "letzten wochenende": -1, "vorigen wochenende": -1, "kommenden wochenende": 1,
           "nächsten wochenende": 1, "diesem wochenende": 0, "dieses wochenende": 0, "am wochenende": None,
           "übers wochenende": None},
    "es": {"el pasado fin de semana": -1, "el fin de semana pasado": -1, "el último fin de semana": -1,
           "este fin de semana": 0, "el próximo fin de semana": 1, "el fin de semana próximo": 1,
           "el fin de semana": None},
    "fr": {"le week-end dernier": -1, "le week-end passé": -1, "ce week-end": 0, "le week-end prochain": 1,
           "le week-end": None, "le weekend": None},
    "it": {"lo scorso fine settimana": -1, "il fine settimana scorso": -1, "questo fine settimana": 0,
           "il prossimo fine settimana": 1, "nel fine settimana": None, "il fine settimana": None},
    "pt": {"o último fim de semana": -1, "no último fim de semana": -1, "o fim de semana passado": -1,
           "este fim de semana": 0, "neste fim de semana": 0, "o próximo fim de semana": 1, "no próximo fim de semana": 1,
           "no fim de semana": None},
    "ru": {"на прошлых выходных": -1, "в прошлые выходные": -1, "в эти выходные": 0, "на этих выходных": 0,
           "в следующие выходные": 1, "на следующих выходных": 1, "на выходных": None},
    "tr": {"geçen hafta sonu": -1, "geçtiğimiz hafta sonu": -1, "bu hafta sonu": 0, "gelecek hafta sonu": 1,
           "önümüzdeki hafta sonu": 1},
}
#: Words that mean both "tomorrow" and "morning" ("mañana", "morgen"): read neither. (Italian's "domani" is tomorrow
#: only, but for the noun of the future after an article: "il domani", "del domani".)
_AMBIGUOUS_WORDS = {"mañana", "morgen", "manhã"}
_NOUN_OF_THE_FUTURE = re.compile(r"(?<!\w)(?:il|del|al|nel|dal|un|sul)\s+$", re.IGNORECASE)


@lru_cache(maxsize=64)
def deictic_words(language: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[str, int]]]:
    """Weekday names and words such as "hier", "la semaine dernière", "geçen yıl" of `language`,
    from dateparser's locale data, as one pattern and a table from the lower-case phrase to
    (unit, offset); a weekday is ("weekday", its number)."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except Exception:  # noqa: BLE001 - an unknown or broken locale gives nothing
        return None, {}
    table: dict[str, tuple[str, int | None]] = {}
    for number, name in enumerate(_WEEKDAY_NAMES, start=1):
        for word in info.get(name, []):
            if isinstance(word, str) and len(word) >= 4:  # names, not "lu" or "пн"
                table[word.lower()] = ("weekday", number)
    for key, reading in _RELATIVE_KEYS.items():
        phrases = [p.lower() for p in info.get("relative-type", {}).get(key, []) if isinstance(p, str)]
        for phrase in phrases:
            tokens = phrase.split()
            if not tokens or (len(tokens) == 1 and len(phrase) < 3) or phrase in _AMBIGUOUS_WORDS:
                continue
            if any(_abbreviates(tokens, other.split()) for other in phrases if other != phrase):
                continue  # "в эт мес" stands for "в этом месяце"
            table[phrase] = reading
    table.update(_NEWS_RELATIVES.get(language, {}))
    table.update({phrase: ("part", code) for phrase, code in _THIS_PART_OF_DAY.get(language, {}).items()})
    table.update({phrase: ("weekend", n) for phrase, n in _WEEKENDS.get(language, {}).items()})
    if not table:
        return None, {}
    alternatives = "|".join(re.escape(p) for p in sorted(table, key=len, reverse=True))
    parts = _COMPOUND_PARTS_OF_DAY.get(language)
    compound = rf"(?P<part>{'|'.join(parts)})?" if parts else ""
    return re.compile(rf"(?<!\w)(?P<word>{alternatives}){compound}(?!\w)", re.IGNORECASE), table


#: Parts of the day a language writes onto a weekday's name ("Dienstagabend", "Montagmorgen"), with
#: their TIMEX3 codes.
_COMPOUND_PARTS_OF_DAY = {"de": {"abend": "EV", "morgen": "MO", "vormittag": "MO", "nachmittag": "AF", "mittag": "MI",
                                 "nacht": "NI"}}


#: The word for "day" some languages put after a weekday name ("pazartesi günü").
_DAY_WORD_AFTER_WEEKDAY = {"tr": "günü"}
#: Languages that write weekday names with a capital letter, as German does.
_CAPITALISED_WEEKDAYS = {"de", "lb", "nl", "en"}


def _capitalised_mid_sentence(text: str, m: re.Match[str]) -> bool:
    before = text[max(0, m.start() - 40):m.start()].rstrip(" \t")
    return m.group(0)[:1].isupper() and bool(before) and before[-1] not in ".!?:;\"«»“”'\n"


def _abbreviates(short: list[str], full: list[str]) -> bool:
    return len(short) == len(full) and all(f.startswith(s) for s, f in zip(short, full, strict=True))


def _deictic_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Hier", "lundi", "la semaine dernière": read against the publication date as the English
    grammar reads "yesterday", "Monday" (the one on or before) and "last week"."""
    pattern, table = deictic_words(language)
    if pattern is None:
        return []
    out: list[Timex] = []
    for m in pattern.finditer(text):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        reading = table.get(m["word"].lower())
        if m["word"].lower() == "domani" and _NOUN_OF_THE_FUTURE.search(text, max(0, m.start() - 8), m.start()):
            continue
        part = m.groupdict().get("part")
        if reading is None or (part and reading[0] != "weekday"):
            continue
        unit, n = reading
        if unit == "weekday" and _capitalised_mid_sentence(text, m) and language not in _CAPITALISED_WEEKDAYS \
                and not (language in _DAY_WORD_AFTER_WEEKDAY  # ("Perşembe günü": the word for "day" says it is one)
                         and re.match(rf"\s+{_DAY_WORD_AFTER_WEEKDAY[language]}(?!\w)", text[m.end():m.end() + 8])):
            continue  # "Santo Domingo": a name, where weekdays are written in lower case
        if unit == "weekday" and _ORDINAL_NOUN_AFTER.match(text, m.end()):
            continue  # "a segunda quinzena de janeiro": Portuguese's "second", not Monday
        start, end = m.start(), m.end()
        if unit == "weekday":
            side, start, end = _weekday_side(text, start, end, language)
            if side == _THIS_WEEKS:
                if looks_ahead(text, start, end, language) or _told_as_scheduled(text, start, end, language):
                    day, how = dct.plus((n - dct.weekday) % 7), "said with 'this', ahead in its sentence, the one on or after"
                elif _told_by_a_past_participle(text, start, language) or told_in_past(text, start, end, language):
                    day, how = dct.plus(-((dct.weekday - n) % 7)), "said with 'this', told in the past, the one on or before"
                else:
                    # "Le ministre arrive ce jeudi au Caire", written on a Tuesday: the Thursday of this week
                    day, how = dct.plus(n - dct.weekday), "said with 'this', the one of the week of"
            elif side > 0:
                day, how = dct.plus((n - dct.weekday) % 7 or 7), "the one after"
            elif side < 0:
                day, how = dct.plus(-((dct.weekday - n) % 7 or 7)), "the one before"
            elif _told_by_a_past_participle(text, start, language):
                day, how = dct.plus(-((dct.weekday - n) % 7)), "after a past participle, the one on or before"
            elif looks_ahead(text, start, end, language) or _told_as_scheduled(text, start, end, language):
                day, how = dct.plus((n - dct.weekday) % 7), "ahead in its sentence, the one on or after"
            else:
                day, how = dct.plus(-((dct.weekday - n) % 7)), "the one on or before"
            value = day_value(day)
            if part:  # "am Dienstagabend": Tuesday evening
                value += "T" + _COMPOUND_PARTS_OF_DAY[language][part.lower()]
        elif unit == "part":  # "stamattina", "ce soir": the part of the day of publication ("anoche": the night before)
            day = dct.plus(-1) if m["word"].lower() == "anoche" else dct
            value, how = f"{day_value(day)}T{n}", "this part of the day, relative to"
        elif unit == "day":
            value, how = day_value(dct.plus(n)), "relative to"
        elif unit == "week":
            value, how = week_value(dct.plus(7 * n)), "relative to"
        elif unit == "weekend" and n is None:  # "am Wochenende": the one before, or after if the sentence looks ahead
            ahead = looks_ahead(text, start, end, language) or _told_as_scheduled(text, start, end, language)
            value, how = weekend_value(dct, ahead), "the weekend after" if ahead else "the weekend before"
        elif unit == "weekend":  # ("am vergangenen Wochenende", said on a Sunday, is the one before)
            value, how = week_value(dct.plus(7 * n)) + "-WE", "relative to"
        elif unit == "month":
            y, mo = cal.add_months(dct.year, dct.month, n)
            value, how = month_value(y, mo), "relative to"
        else:
            value, how = year_str(dct.year + n), "relative to"
        if unit == "weekday" and not part:
            start, end, value = _with_part_of_day(text, start, end, value, language)
        elif unit == "day" and n in (-1, 0, 1):
            # "hanno firmato ieri sera", "hier soir", "gestern Abend": the part of the day written after it goes with it
            after = next(((m2, code) for after, code in _PARTS_AFTER_WEEKDAY.get(language, ())
                          if (m2 := re.match(rf"\s+(?:{after})(?!\w)", text[end:end + 30], re.IGNORECASE))), None)
            if after is not None:
                end, value = end + after[0].end(), f"{value}T{after[1]}"
        mod = ""
        if unit in ("week", "month", "year"):  # "в начале следующего года", "Ende nächsten Monats": its start or end
            start, mod = _with_position(text, start, language)
            placed = re.match(_POSITION_AFTER[language], text[end:end + 16], re.IGNORECASE) \
                if language in _POSITION_AFTER and not mod else None
            if placed is not None:  # (Turkish places it after: "gelecek yılın başında")
                end, mod = end + placed.end(), {"baş": "START", "son": "END", "ort": "MID"}[placed.group(1).lower()[:3]]
        day_word = _DAY_WORD_AFTER_WEEKDAY.get(language)
        if unit == "weekday" and day_word:
            follow = re.match(rf"\s+{day_word}(?!\w)", text[end:end + 20], re.IGNORECASE)
            end += follow.end() if follow else 0  # "pazartesi günü": Monday, the day
        taken[start:end] = b"\x01" * (end - start)
        out.append(Timex(start, end, text[start:end], DATE, value, f"{text[start:end]}, {how} {dct.label()} ({language})",
                         mod=mod))
    return out


#: A noun after a word that names a weekday and a "second" both ("segunda"): the ordinal.
_ORDINAL_NOUN_AFTER = re.compile(r"\s+(?:quinzena|metade|semana|vez|ronda|volta|fase|parte|sessão|reunião|edição|etapa|"
                                 r"guerra|mundial|maior|maiores|mais|década|mão)\b", re.I)
#: Parts of the day written around a weekday, per language: (words before it, days back, TIMEX3 code) —
#: "in der Nacht zum Sonntag" is Saturday's night, "dans la nuit de jeudi à vendredi" Thursday's, "la madrugada
#: del jueves" Thursday's small hours — and (words after it, code): "mardi soir", "el martes por la noche".
_PARTS_BEFORE_WEEKDAY = {
    "de": ((r"in\s+der\s+Nacht\s+(?:zum|zu|auf\s+den|auf)", -1, "NI"), (r"in\s+der\s+Nacht\s+(?:vom|von)", 0, "NI")),
    "fr": ((r"dans\s+la\s+nuit\s+(?:de|du)", 0, "NI"), (r"dans\s+la\s+soirée\s+(?:de|du)", 0, "EV"),
           (r"dans\s+la\s+matinée\s+(?:de|du)", 0, "MO")),
    "es": ((r"(?:en\s+)?la\s+madrugada\s+(?:del?|de\s+este)", 0, "MO"), (r"(?:en\s+)?la\s+noche\s+(?:del?|de\s+este)", 0, "NI"),
           (r"(?:en\s+)?la\s+mañana\s+(?:del?|de\s+este)", 0, "MO"), (r"(?:en\s+)?la\s+tarde\s+(?:del?|de\s+este)", 0, "AF")),
    "it": ((r"nella\s+notte\s+(?:tra|fra)", 0, "NI"), (r"nella\s+notte\s+di", 0, "NI")),
    "pt": ((r"na\s+noite\s+(?:de|desta|da)", 0, "NI"), (r"na\s+(?:madrugada|manhã)\s+(?:de|desta|da)", 0, "MO"),
           (r"na\s+tarde\s+(?:de|desta|da)", 0, "AF")),
    "ru": ((r"в\s+ночь\s+на", -1, "NI"), (r"в\s+ночь\s+(?:с|со)", 0, "NI")),
    "uk": ((r"(?:у|в)\s+ніч\s+на", -1, "NI"), (r"(?:у|в)\s+ніч\s+(?:з|із)", 0, "NI")),
}
#: A part of the day of publication said in one phrase: "stamattina", "ce matin", "esta mañana", "nesta manhã".
_THIS_PART_OF_DAY = {
    "it": {"stamattina": "MO", "stamani": "MO", "stamane": "MO", "oggi pomeriggio": "AF", "stasera": "EV",
           "stanotte": "NI"},
    "fr": {"ce matin": "MO", "cet après-midi": "AF", "ce soir": "EV", "cette nuit": "NI"},
    "es": {"esta mañana": "MO", "esta tarde": "AF", "esta noche": "NI", "anoche": "NI"},
    "pt": {"esta manhã": "MO", "nesta manhã": "MO", "hoje de manhã": "MO", "esta tarde": "AF", "nesta tarde": "AF",
           "esta noite": "NI", "nesta noite": "NI"},
}
_PARTS_AFTER_WEEKDAY = {
    "fr": ((r"soir", "EV"), (r"matin", "MO"), (r"après-midi", "AF")),
    "it": ((r"sera", "EV"), (r"mattina", "MO"), (r"pomeriggio", "AF"), (r"notte", "NI")),
    "es": ((r"por\s+la\s+noche", "NI"), (r"por\s+la\s+mañana", "MO"), (r"por\s+la\s+tarde", "AF")),
    "pt": ((r"(?:à|a)\s+noite", "NI"), (r"de\s+manhã", "MO"), (r"(?:à|a)\s+tarde", "AF")),
    "de": ((r"[Aa]bend", "EV"), (r"[Mm]orgen", "MO"), (r"[Nn]achmittag", "AF"), (r"[Nn]acht", "NI")),
}
#: The second weekday of a night told by both ("de jeudi à vendredi", "tra giovedì e venerdì"), which goes with it.
_NIGHT_SECOND_DAY = r"\s+(?:à|au|a|e|y|al|zum|на|до)\s+(?:[^\W\d_]+)"


def _with_part_of_day(text: str, start: int, end: int, value: str, language: str) -> tuple[int, int, str]:
    """A weekday's span and value once a part of the day written around it goes with it."""
    for before, back, code in _PARTS_BEFORE_WEEKDAY.get(language, ()):
        m = re.search(rf"(?<!\w)(?:{before})\s+$", text[max(0, start - 40):start], re.IGNORECASE)
        if m:
            day = Day.of(int(value[:4]), int(value[5:7]), int(value[8:10])).plus(back)
            start -= len(text[max(0, start - 40):start]) - m.start()
            second = re.match(_NIGHT_SECOND_DAY, text[end:end + 30], re.IGNORECASE)
            if second and code == "NI" and second.group().split()[-1].lower() in deictic_words(language)[1]:
                end += second.end()  # "de jeudi à vendredi": one night, the first day's
            return start, end, f"{day_value(day)}T{code}"
    for after, code in _PARTS_AFTER_WEEKDAY.get(language, ()):
        m = re.match(rf"\s+(?:{after})(?!\w)", text[end:end + 30], re.IGNORECASE)
        if m:
            return start, end + m.end(), f"{value}T{code}"
    return start, end, value


#: The Romance words that put a day on one side of publication, each spelled once for weekdays and day-months:
#: (before it for the past, after it for the past, before it for the future, after it for the future) — "el pasado
#: lunes", "lundi dernier", "le 3 mars passé", "lo scorso 3 marzo", "o próximo dia 5", "el 5 de enero que viene".
_ROMANCE_SIDE_WORDS = {
    "es": (r"pasado", r"pasado", r"pr[óo]ximo", r"pr[óo]ximo|que\s+viene"),
    "fr": (r"", r"derni[eè]r|passé", r"", r"prochain"),
    "it": (r"scors[oa]", r"scors[oa]|passat[oa]", r"prossim[oa]", r"prossim[oa]|che\s+viene"),  # ("domenica scorsa")
    "pt": (r"passad[ao]|últim[ao]", r"passad[ao]", r"próxim[ao]", r"próxim[ao]|que\s+vem"),
}


def _side_words(position: int) -> str:
    """The side words of every Romance language at one `position` of `_ROMANCE_SIDE_WORDS`, as one alternation."""
    return "|".join(words[position] for words in _ROMANCE_SIDE_WORDS.values() if words[position])


#: Words that place a weekday before or after publication: (words before it, words after it) for
#: the past, then for the future ("el pasado lunes", "lundi prochain", "am kommenden Montag"); the Romance ones with
#: the article or demonstrative a weekday takes before them.
_SIDE = _ROMANCE_SIDE_WORDS
_WEEKDAY_SIDES = {
    "es": ((rf"el\s+(?:{_SIDE['es'][0]})", _SIDE["es"][1]), (rf"(?:el|este)\s+(?:{_SIDE['es'][2]})", _SIDE["es"][3])),
    "fr": ((r"", _SIDE["fr"][1]), (r"", _SIDE["fr"][3])),
    "it": ((rf"(?:lo\s+)?(?:{_SIDE['it'][0]})", _SIDE["it"][1]), (rf"(?:il\s+)?(?:{_SIDE['it'][2]})", _SIDE["it"][3])),
    "pt": ((rf"(?:[ao]\s+)?(?:{_SIDE['pt'][0]})", _SIDE["pt"][1]),
           (rf"(?:[ao]\s+|nest[ae]\s+)?(?:{_SIDE['pt'][2]})", _SIDE["pt"][3])),
    "de": ((r"(?:am\s+)?(?:letzten|vergangenen|vorigen)", r""), (r"(?:am\s+)?(?:n[äa]chsten|kommenden)", r"")),
    "ru": ((r"в\s+прошл(?:ый|ую|ое)", r""), (r"в\s+(?:следующ(?:ий|ую|ее)|ближайш(?:ий|ую|ее))", r"")),
    "tr": ((r"geçen", r""), (r"gelecek|önümüzdeki", r"")),
}


#: What puts a sentence ahead of its publication, per language: the future tense, "is to", "is
#: planned/expected" ("Am Freitag sollen Delegationen … zusammenkommen", "se réunira lundi").
_AHEAD = {
    # (and what should or could yet be: "Celle-ci devrait être adoptée mardi soir", "dürfte am Freitag fallen")
    # (…and what is hoped for: "il espérait organiser le vote au printemps", "hofft auf eine Einigung im März")
    "de": r"soll|sollen|wird|werden|geplant|plant|planen|vorgesehen|angesetzt|anberaumt|terminiert|erwartet|will|wollen|"
          r"möchte|möchten|dürfte|dürften|"
          r"hofft|hoffen|hoffte|hofften|"
          # (…and German's present of what is scheduled, in its singular, which no infinitive is spelled as: "Das Paket tritt am
          # Montag in Kraft")
          r"tritt|beginnt|endet|findet|trifft|reist|berät|startet",
    "fr": r"sera|seront|aura|auront|fera|feront|ira|iront|pourra|pourront|devra|devront|va|vont|doit|doivent|"
          r"devrait|devraient|pourrait|pourraient|prévue?s?|\w{3,}(?:era|eront|ira|iront)|\w+(?:endra|endront)|"
          r"esp[éè]r(?:e|es|ent|ait|aient|ons)|"
          # (…and a day set for it: "fixée au 15 janvier", "programmée pour mars")
          r"fixée?s?\s+(?:au|à|pour)|programmée?s?\s+(?:au|pour|en)",
    "es": r"será|serán|va\s+a|van\s+a|previst[oa]s?|debería|deberían|podría|podrían|"
          r"\w{3,}(?:ará|arán|erá|erán|irá|irán)|esper(?:a|an|aba|aban)\s+(?!desde\b)[a-záéíóú]+(?:ar|er|ir)|"
          r"fijad[oa]s?\s+para|programad[oa]s?\s+para",
    # (and the futures of contracted stems: "terrà", "verrà", "avrà", "andrà", "farà")
    "it": r"sarà|saranno|previst[oaie]|dovrebbe|dovrebbero|potrebbe|potrebbero|\w{3,}(?:erà|eranno|irà|iranno)|"
          r"\w{2,}(?:rrà|rranno|vrà|vranno|drà|dranno)|farà|faranno|darà|daranno|starà|staranno|"
          r"fissat[oaie]\s+per|programmat[oaie]\s+per|in\s+programma|convocat[oaie]\s+per",
    "pt": r"será|serão|vai|vão|previst[oa]s?|deverá|deverão|deveria|deveriam|\w{3,}(?:ará|arão|erá|erão|irá|irão)|"
          r"marcad[oa]s?\s+para|agendad[oa]s?\s+para",
    # (…and the perfective verbs of news, whose present form is their future: "Переговоры продолжатся в понедельник",
    # "Путин посетит Пекин в мае", "Перемирие вступит в силу в полночь")
    "ru": r"будет|будут|состоится|состоятся|планиру\w*|намерен\w*|может\s+пройти|могут\s+пройти|пройд[её]т|пройдут|"
          r"продолж(?:ится|атся)|продлится|возобнов(?:ится|ятся|ит|ят)|начн(?:ется|ётся|утся|ет|ёт|ут)|"
          r"встрет(?:ится|ятся)|провед(?:ет|ёт|ут)|подпиш(?:ет|ут)|посет(?:ит|ят)|прим(?:ет|ут)|откро(?:ется|ются)|"
          r"заверш(?:ится|атся)|обсуд(?:ит|ят)|отправ(?:ится|ятся)|прибуд(?:ет|ут)|вступ(?:ит|ят)|"
          r"собер(?:ется|ётся|утся)|выступ(?:ит|ят)|объяв(?:ит|ят)|представ(?:ит|ят)|рассмотр(?:ит|ят)|"
          r"верн(?:ется|ётся|утся)|прилет(?:ит|ят)|приед(?:ет|ут)|истеч(?:ет|ёт)|проголосу(?:ет|ют)",
    "uk": r"буде|будуть|відбудеться|відбудуться|планую\w*|продовж(?:иться|аться)|розпочн(?:еться|уться)|"
          r"почн(?:еться|уться)|зустрін(?:еться|уться)|провед(?:е|уть)|підпиш(?:е|уть)|відвіда(?:є|ють)|"
          r"прибуд(?:е|уть)|заверш(?:иться|аться)|обговор(?:ить|ять)|розглян(?:е|уть)|набуд(?:е|уть)|"
          r"вирушить|поїде|поїдуть",
    "nl": r"zal|zullen|gaat|(?<!\bte\s)gaan|gepland|moet|moeten|"  # (not an infinitive's "tegen te gaan")
          # (…and the presents news tells a schedule in: "De ministers komen in juni opnieuw samen")
          r"komen|komt|vindt|vinden|begint|beginnen|treedt",
    # (…or a doing agreed on, told by its verbal noun: "forum düzenlenmesi konusunda anlaştı", "yapılmasına karar verdi")
    # ("komitenin Ocak ayında toplanmasını kararlaştırdı": its object's case too)
    "tr": r"\w+(?:ecek|acak|eceğ|acağ)\w*|\w+(?:mesi|ması|mesine|masına|mesini|masını)\s+(?:konusunda\s+|için\s+|üzerinde\s+)?"
          r"(?:anlaştı\w*|uzlaştı\w*|karar\s+verdi\w*|kararlaştırdı\w*|mutabık\s+kaldı\w*|planladı\w*|öngördü\w*)"
          # (…or what is expected or planned now: "Irak'ın da Ocak ayında müzakerelere katılması bekleniyor")
          r"|(?:bekleniyor|planlanıyor|öngörülüyor)\w*",
}


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end), looked for within 300 characters either side."""
    floor, ceiling = max(0, start - 300), min(len(text), end + 300)
    lo = max(text.rfind(". ", floor, start), text.rfind("\n", floor, start), floor - 1) + 1
    hi = min((i for i in (text.find(". ", end, ceiling), text.find("\n", end, ceiling)) if i >= 0), default=ceiling)
    return lo, hi


#: A French conditional in a reported clause, up to a date after it (not "serait" or "aurait", whose participle tells a
#: past heard of): "qu'il manquerait de fonds à partir de ".
_FRENCH_REPORTED_CONDITIONAL = re.compile(r"(?<!\w)qu(?:e\s+|['’])[^.;]{0,60}?(?<!\w)(?:\w{3,}(?:erait|eraient|irait|iraient)|"
                                          r"\w+(?:endrait|endraient))(?!\w)[^.;]{0,60}$", re.IGNORECASE)


def looks_ahead(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence around [start, end) speaks of what is to come."""
    ahead = _AHEAD.get(language)
    if not ahead:
        return False
    lo, hi = _sentence_around(text, start, end)
    # (the clause of the date, up to the comma after it: "a prolongé jeudi le mandat…, avant un retrait qui
    # devra être achevé" looks ahead only after its comma)
    comma = text.find(", ", end, hi)
    # (nor before a comma the saying's own clause opens after: "…vão assinar um programa, disse o ministro na terça-feira")
    said = _SAID_PAST.get(language)
    opening = text.rfind(", ", lo, start)
    # (but what the saying reports is its own clause: "…, disse que as delegações vão reunir-se em 10 de dezembro")
    if said and opening >= 0 and re.match(rf",\s+(?:{said})(?!\w)(?!.*?\s(?:que|qu['’]|che|dass|что)\s)", text[opening:start],
                                          re.IGNORECASE):
        return False
    # (…nor in German's closing "wie" clause, its saying last: "…sprechen, wie das Auswärtige Amt am Mittwoch mitteilte")
    if language == "de" and opening >= 0 and re.match(r",\s+wie\s", text[opening:start]) \
            and re.match(r"\s+(?:[\w-]+\s+){0,3}?(?:mit)?(?:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|"
                         r"berichteten|bestätigte|bestätigten|bekanntgab|bekanntgaben)\b", text[end:end + 60]):
        return False
    # (…nor the saying's own day, right after its verb: "dijo el lunes que las elecciones se celebrarán en marzo")
    # (…the sayer named between: "según anunció el tribunal este viernes")
    if said and re.search(rf"(?<!\w)(?:{said})\s+(?:(?:el|la|le|il|lo|o|a|der|die|das)\s+[^\W\d_]+\s+)?"
                          rf"(?:(?:el|le|la|am|an|в|во|este|esta|ce|cette|diesen|diesem)\s+)?$",
                          text[max(lo, start - 60):start],
                          re.IGNORECASE):
        return False
    if language == "nl" and _DUTCH_AGREED_BEFORE.search(text, max(lo, start - 100), start) \
            and _DUTCH_INFINITIVE_AFTER.match(text, end):
        return True  # ("hebben afgesproken de onderhandelingen in januari te hervatten": what was agreed is to come)
    if language == "fr" and _FRENCH_REPORTED_CONDITIONAL.search(text, max(lo, start - 120), start):
        # "a averti en septembre qu'il manquerait de fonds à partir de janvier": a conditional reported after a past is the
        # future seen from then (the date before it, the saying's, is not)
        return True
    announced = _ANNOUNCED_TO_COME.get(language)
    if announced is not None and announced.search(text, max(lo, start - 120), start):
        return True  # "a annoncé dimanche soir l'ouverture d'un dialogue national le 15 janvier": the opening is ahead
    # (…nor a day right after the past it dates: "El Congreso aprobó el martes por la noche una ley que beneficiará…")
    right_before = text[max(lo, start - 40):start]
    verb = next(reversed(list(FOREIGN_PAST.finditer(right_before))), None)
    if verb is not None and re.fullmatch(r"\s*(?:(?:el|la|le|il|lo|am|в|во|o|a|na|no|este|esta|ce|cette)\s+)?",
                                         right_before[verb.end():]) \
            and not re.search(rf"(?<!\w)(?:{ahead})(?!\w)", verb.group(), re.IGNORECASE) \
            and verb.group().split()[-1][:1].islower():
        return False
    clause = text[lo:comma if comma >= 0 else hi]
    if language == "tr" and comma < 0 and _TURKISH_CLOSING_PAST.search(clause) \
            and not re.search(rf"(?<!\w)(?:{ahead})(?!\w)", text[end:hi], re.IGNORECASE):
        # "…Avrupa'ya bağlayacak Kalkınma Yolu projesi için çerçeve anlaşmasını pazartesi günü imzaladı": Turkish puts its
        # main verb last, so a closing past tells the date's time, whatever participle to come qualifies a noun before the
        # date (but not a doing to come between them: "ocak ayında … forum düzenlenmesi konusunda anlaştı")
        return False
    done_first = _TURKISH_PAST_THEN_AND.search(clause, end - lo) if language == "tr" and end - lo <= len(clause) else None
    if done_first is not None:
        # "…perşembe günü Ankara'da görüştü ve kapıların açılması konusunda anlaştı": the date's own verb is the past before
        # "ve"; what the second verb agreed on is that verb's
        clause = clause[:done_first.start("and")]
    joined = _ROMANCE_AND_AFTER.search(clause, end - lo) if language in ("es", "fr", "it", "pt") and end - lo <= len(clause) \
        else None
    if joined is not None and FOREIGN_PAST.search(clause, 0, start - lo):
        # "Los dos gobiernos han firmado un acuerdo en marzo y deberán celebrar una cumbre en junio": a past before the date
        # is the date's; what is joined on after it is another predicate's
        clause = clause[:joined.start()]
    past_plan = _PLAN_TOLD_IN_THE_PAST.get(language)
    if past_plan is not None and past_plan.search(clause):
        return False  # "Ursprünglich war die Reise für Ende Oktober geplant gewesen": a plan of the past, for then
    if language == "de" and _GERMAN_PAST_MODAL.search(clause):
        # ("erst im Herbst konnte eine neue Regierung gebildet werden": a past modal's passive infinitive, no future)
        clause = re.sub(r"(?<!\w)werden(?!\w)", "", clause)
    if language == "de" and _GERMAN_PASSIVE_PRESENT.search(clause):
        clause = re.sub(r"(?<!\w)(?:wird|werden)(?!\w)", "", clause)  # ("wird bislang kaum umgesetzt": is, not will be)
    return bool(re.search(rf"(?<!\w)(?:{ahead})(?!\w)", clause, re.IGNORECASE))


#: A Dutch agreeing or deciding before the infinitive clause a date stands in: "afgesproken de onderhandelingen [in
#: januari] te hervatten".
_DUTCH_AGREED_BEFORE = re.compile(r"(?<!\w)(?:afgesproken|besloten|overeengekomen|beloofd|toegezegd)\s+(?:[^\W\d_]+\s+){0,10}?"
                                  r"(?:in|op|vanaf|voor|eind|begin|medio)?\s*$", re.IGNORECASE)
_DUTCH_INFINITIVE_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,6}?te\s+[^\W\d_]{3,}en(?!\w)")
#: A Romance "and" that joins on a predicate of its own after the date: " y deberán", " et doivent" (a verb, not a noun
#: listed: "en marzo y abril").
_ROMANCE_AND_AFTER = re.compile(r"\s(?:y|et|e|ed)\s+(?=(?:se\s+|s['’]|ne\s+|no\s+|n['’])?(?:[^\W\d_]{2,}(?:rán|rá|ront|ranno|rà|rão)|"
                                r"deben|debe|doivent|doit|devono|deve|devem|van|vont|vanno|vão|han|ont|hanno|ha|a)(?!\w))",
                                re.IGNORECASE)
#: A Turkish past closing a sentence, its main verb: "imzaladı.", "açıklanmıştı.", "geldiler.".
_TURKISH_CLOSING_PAST = re.compile(r"(?<!\w)\w{2,}(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)(?:tı|ti|tu|tü|lar|ler)?"
                                   r"\s*[.!]?\s*$")
#: A Turkish past closing the date's own clause, then "ve" and a second one: "görüştü[ ve ]".
_TURKISH_PAST_THEN_AND = re.compile(r"\w(?:dı|di|du|dü|tı|ti|tu|tü)(?:lar|ler)?(?P<and>\s+ve\s)")
#: A plan told in the past, per language: "war … geplant (gewesen)", "était prévu", "estaba previsto", "era prevista".
_PLAN_TOLD_IN_THE_PAST = {
    "de": re.compile(r"(?<!\w)(?:(?:war|waren|hatte|hatten)\s+(?:[^\W\d_]+\s+){0,8}?|ursprünglich\s+(?:[^\W\d_]+\s+){0,4}?)"
                     r"(?:geplant|vorgesehen|angesetzt|angekündigt)(?:\s+gewesen|\s+worden)?(?!\w)", re.IGNORECASE),
    # (…or a plan first made, since changed: "initialement prévue en octobre", "inicialmente prevista para octubre")
    "fr": re.compile(r"(?<!\w)(?:(?:était|étaient|avait\s+été|avaient\s+été)\s+(?:[^\W\d_]+\s+)?|(?:initialement|"
                     r"originellement)\s+)(?:prévue?s?|programmée?s?)(?!\w)", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:(?:estaba|estaban|había\s+sido|habían\s+sido)\s+(?:[^\W\d_]+\s+)?|(?:inicialmente|"
                     r"originalmente)\s+)(?:previst[oa]s?|programad[oa]s?)(?!\w)", re.IGNORECASE),
    "it": re.compile(r"(?<!\w)(?:(?:era|erano|era\s+stat[oa]|erano\s+stat[ie])\s+(?:[^\W\d_]+\s+)?|(?:inizialmente|"
                     r"originariamente)\s+)(?:previst[oaie]|programmat[oaie])(?!\w)", re.IGNORECASE),
    "pt": re.compile(r"(?<!\w)(?:(?:estava|estavam|tinha\s+sido)\s+(?:[^\W\d_]+\s+)?|(?:inicialmente|originalmente)\s+)"
                     r"(?:previst[oa]s?|programad[oa]s?|marcad[oa]s?)(?!\w)", re.IGNORECASE),
    "nl": re.compile(r"(?<!\w)(?:(?:was|waren|had|hadden)\s+(?:[^\W\d_]+\s+){0,4}?|oorspronkelijk\s+(?:[^\W\d_]+\s+){0,4}?)"
                     r"(?:gepland|voorzien|aangekondigd)(?:\s+geweest)?(?!\w)", re.IGNORECASE),
}
#: A past of announcing or calling, then the noun of a happening still to come and its date: "a annoncé … l'ouverture d'un
#: dialogue national [le 15 janvier]", "anunció la celebración de elecciones [el 8 de marzo]", "kündigte die Eröffnung…an".
_ANNOUNCED_TO_COME = {
    "fr": re.compile(r"(?<!\w)(?:annoncé|annonce|décidé|fixé|convoqué)\s+[^.;]{0,40}?(?:l['’]ouverture|la\s+tenue|"
                     r"l['’]organisation|la\s+convocation|le\s+lancement|la\s+reprise)(?!\w)[^.;]{0,70}$", re.IGNORECASE),
    "es": re.compile(r"(?<!\w)(?:anunció|anunciaron|convocó|convocaron|fijó|fijaron)\s+[^.;]{0,40}?(?:la\s+apertura|"
                     r"la\s+celebración|la\s+realización|el\s+inicio|la\s+reanudación|el\s+lanzamiento)(?!\w)[^.;]{0,70}$",
                     re.IGNORECASE),
    "de": re.compile(r"(?<!\w)(?:kündigte|kündigten)\s+[^.;]{0,40}?(?:die\s+Eröffnung|den\s+Beginn|den\s+Start|"
                     r"die\s+Wiederaufnahme)(?!\w)[^.;]{0,70}$", re.IGNORECASE),
}
#: A German modal in the past: "konnte", "mussten".
_GERMAN_PAST_MODAL = re.compile(r"(?<!\w)(?:konnte|konnten|musste|mussten|durfte|durften|wollte|wollten)(?!\w)", re.IGNORECASE)
#: German's passive of the present: "wird" or "werden" and a participle that closes the clause ("…wird bislang
#: kaum umgesetzt"), not the future's infinitive ("wird … umsetzen").
_GERMAN_PASSIVE_PRESENT = re.compile(r"(?<!\w)(?:wird|werden)\s+(?:[^\W\d_]+\s+){0,6}?"
                                     r"(?:[^\W\d_]*ge[^\W\d_]{2,}t|[^\W\d_]{3,}iert)\s*[.!?]?\s*$")
#: A German participle used as an adjective before its noun, which the date before it dates: "Ein im Juni in
#: Washington [unterzeichnetes Abkommen]".
_GERMAN_ATTRIBUTIVE_PARTICIPLE = re.compile(r"[^,.;:]{0,60}?\s(?:[^\W\d_]*ge[^\W\d_]{2,}t|[^\W\d_]{3,}iert)(?:e|es|en|er|em)\s+"
                                            r"[A-ZÄÖÜ]")


#: A German participle, weak or strong, inflected before its noun right after a date: " abgebrochenen Gespräche", " in Doha
#: unterzeichnete Abkommen" (not "vergangenen", which tells a date's own place).
_GERMAN_PARTICIPLE_RIGHT_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?!vergangen)(?:[^\W\d_]{0,6}ge[^\W\d_]{2,}(?:t|en)|"
                                            r"[^\W\d_]{3,}iert|(?:ver|be|er|ent|zer|unter|über)[^\W\d_]{2,}(?:t|en))"
                                            r"(?:e|es|en|er|em)\s+[A-ZÄÖÜ]")

#: A German participle of a plan, which dates a month to come: "geplanten", "vorgesehene", "angesetzten".
_GERMAN_PLAN_PARTICIPLE = re.compile(r"(?:geplant|vorgesehen|angesetzt|anberaumt|erwartet|terminiert)", re.IGNORECASE)


#: "Since" in the languages we read, right before a date and its position in the month: "desde enero", "depuis le 3 mars",
#: "seit Anfang Juni", "с января", "dalla fine di maggio".
#: A date's position in its period before it, in the Latin-script languages we read: "principios de", "fin", "Anfang".
_POSITION_BEFORE_DATE = r"principios|finales|mediados|comienzos|d[ée]but|fin|mi-|Anfang|Ende|Mitte|inizio|fine|metà"
_SINCE_BEFORE = re.compile(rf"(?<!\w)(?:{FOREIGN_SINCE_WORDS}|с|со)\s*(?:(?:el|le|la|l['’]|dem|der|den)\s*)?"
                           rf"(?:(?:{_POSITION_BEFORE_DATE}|начала|конца|середины)\s*(?:de\s+|d['’]|des\s+|di\s+)?)?$", re.IGNORECASE)
#: A happening the clause before came after, told by its noun alone, up to its date: ", tras una entrega similar de 29 en
#: ", ", après une rencontre à Rome en ", ", nach einem Treffen im ".
_AFTER_A_NOUN_BEFORE = re.compile(r",\s+"
                                  # (…so long after it: ", quelques semaines après le coup d'Etat au Niger du 26 juillet")
                                  r"(?:(?:quelques|unas|unos|algunas|algunos|wenige|einige|alcune|alcuni|poche|pochi|algumas|"
                                  r"alguns|deux|trois|dos|tres|zwei|drei|due|tre|duas|dois|\d{1,2})\s+[^\W\d_]+\s+)?"
                                  r"(?:(?:tras|después\s+de|luego\s+de|après|dopo|nach|após|depois\s+de)\s+"
                                  r"(?:(?:un|una|el|la|los|las|le|les|une|il|lo|gli|uno|ein|eine|einem|einer|dem|der|o|um|uma)\s+"
                                  r"|l['’])|(?:después|luego)\s+del\s+)(?:[^\W_][\w'’-]*\s+){1,8}?(?:en|el|le|à|a|au|in|im|am|nel|nella|no|na|em|"
                                  # (…or a date that names the happening's day: "le coup d'Etat [du] 26 juillet", "vom 26. Juli")
                                  r"du|del|vom|dello|della|do|da)\s+$",
                                  re.IGNORECASE)
#: A past of deciding or promising and the infinitive of what was decided, which is still to come: "acordaron
#: volver a reunirse", "ont convenu de se retrouver", "vereinbarten, sich … zu treffen", "hanno deciso di".
_PAST_OF_INTENT = re.compile(
                             # (…and what was decided from a day on: "acordaron la reapertura del puente a partir del 1 de
                             # diciembre", "ont décidé la réouverture à partir du 1er décembre")
                             r"(?<!\w)(?:acord|decidi|anunci|aprob|convin|convenu|décid|annonc|approuv|decis|annunci|approv|"
                             r"aprov)[^\W\d_]{0,8}\s[^.!?;]{0,120}?"
                             r"(?:a\s+partir\s+del?|à\s+partir\s+du|à\s+partir\s+de|a\s+partire\s+dal?|a\s+partir\s+do)"
                             r"(?=\s+\d)|"
                             r"(?<!\w)(?:acord|decidi|prometi|anunci|se\s+comprometi|acert|deci|concord|combinar|prometer)"
                             r"[^\W\d_]{0,6}\s+(?:(?:en|a|de)\s+)?(?:[^\W\d_]+\s+){0,2}?[^\W\d_]{2,}(?:ar|er|ir)(?:se|la|lo)?(?!\w)"
                             r"|(?<!\w)(?:convenu|décidé|promis|annoncé|accepté|prévu|convenus|décidés)\s+d(?:e\s+|['’])"
                             r"|(?<!\w)(?:deciso|promesso|concordato|annunciato|accettato)\s+di\s"
                             r"|(?<!\w)(?:vereinbart\w*|beschloss\w*|beschlossen|angekündigt|zugesagt|kündigte\w*|"
                             r"versprach\w*|einigt\w*)\b[^.!?]{0,80}?\szu\s+[^\W\d_]+en(?!\w)"
                             # ("Анкара предложила провести новый раунд": a past and its infinitive)
                             # (…reflexive too: "Стороны договорились встретиться")
                             r"|(?<!\w)[а-яё]{3,}(?:ла|ли|л|лся|лась|лись|лось)\s+(?:[а-яё]+\s+)?[а-яё]{2,}(?:ть|ться|ти)(?!\w)",
                             re.IGNORECASE)
#: Where a clause ends in the languages we read: a comma, a semicolon, a colon or a dash.
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—]\s")


def _own_clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The bounds of the clause around [start, end): its sentence, cut at the clause breaks on either side."""
    lo, hi = _sentence_around(text, start, end)
    lo = max([lo] + [m.end() for m in _CLAUSE_BREAK.finditer(text, lo, start)])
    breaks = [m for m in _CLAUSE_BREAK.finditer(text, end, hi)]
    if breaks and not text[end:breaks[0].start()].strip() and re.fullmatch(r"\W*(?:[^\W\d_]+['’\s]+){0,2}", text[lo:start]):
        # "Le 3 mars, les ministres se sont réunis": a date that opens its clause is of the clause after its comma
        breaks = breaks[1:]
    return lo, breaks[0].start() if breaks else hi


#: …or since a happening that the date places: "Depuis la prise de Goma fin janvier", "Desde la toma de Goma a finales de
#: enero", "Seit der Einnahme von Goma Ende Januar" (a noun phrase, no clause, between them).
_SINCE_HAPPENING_BEFORE = re.compile(
    rf"(?<!\w)(?:{FOREIGN_SINCE_WORDS}|с|со)\s+(?:(?:el|la|le|les|l['’]|der|die|dem|den|il|lo|o|a)\s*)?"
    r"(?!(?:que|qu['’]|dass|che|когда)\b)[^\W\d_]{3,}(?:\s+(?:de|du|des|d['’]|del|de\s+la|von|vom|der|des|di|della|del|do|da|dos)"
    r"\s*(?:(?:la|le|les|l['’]|el)\s*)?[^\W\d_]+(?:-[^\W\d_]+)?){1,2}"
    r"\s+(?:(?:a|à|en|im|am|in|em|no|na|a\s+la)\s+)?"
    rf"(?:(?:{_POSITION_BEFORE_DATE})\s*(?:de\s+|d['’]|des\s+|di\s+)?)?(?:(?:le|la|el|il)\s+)?$", re.IGNORECASE)


def told_in_past(text: str, start: int, end: int, language: str) -> bool:
    """Whether the sentence around [start, end) tells what has happened: a past of its language ("avait été abattu",
    "hatten … eingenommen", "firmó"), or in German a participle that the date qualifies ("ein im Juni
    unterzeichnetes Abkommen"), and nothing ahead."""
    if looks_ahead(text, start, end, language):
        return False
    if language == "de" and _GERMAN_ATTRIBUTIVE_PARTICIPLE.match(text, end):
        return True
    if _SINCE_BEFORE.search(text, max(0, start - 40), start) or _SINCE_HAPPENING_BEFORE.search(text, max(0, start - 90), start):
        return True  # ("Las conversaciones estaban suspendidas desde enero": a state since a month that has been)
    after_noun = _AFTER_A_NOUN_BEFORE.search(text, max(0, start - 90), start)
    if after_noun is not None and not FOREIGN_PAST.search(after_noun.group()):
        # ("México envió 26 narcotraficantes en agosto, tras una entrega similar de 29 en febrero": a happening named by its
        # noun alone, which the clause before came after, is told in that clause's tense)
        return told_in_past(text, after_noun.start(), after_noun.start(), language)
    # (the date's own clause: "Стороны обсудили подготовку к встрече, которая должна состояться в декабре" is no past)
    lo, hi = _own_clause(text, start, end)
    intent = _PAST_OF_INTENT.search(text, lo, hi)
    if intent is not None and not intent.start() < start < end <= intent.end():
        return False  # ("ambas partes acordaron volver a reunirse a mediados de enero": a past decision of what is to come;
        # but "acordaron en enero reanudar las deportaciones" dates the deciding)
    if language == "nl" and (_DUTCH_PAST.search(text, lo, hi) or _DUTCH_SIMPLE_PAST.search(text, lo, hi)):
        return True  # ("Duterte werd op 11 maart gearresteerd", "heeft … bezocht": Dutch's own auxiliaries, kept apart from
        # the English words they are spelled as)
    if language == "de" and _GERMAN_SIMPLE_PAST.search(text, lo, hi):
        return True  # ("Im März verabschiedete das Parlament ein Gesetz", "Im März folgte ein Anhang": a simple past)
    if language == "tr" and _TURKISH_PAST_AFTER.search(text, start, _sentence_around(text, start, end)[1]):
        return True  # (Turkish closes its clause on the verb, in every person: "Mart'ta görüştük", "gerçekleştirdi")
    if _PARTICIPLE_ASIDE_OPENING.match(text, lo) and not _PLAN_PARTICIPLE_OPENING.match(text, lo):
        # ("Son arrestation, ordonnée … après des affrontements au début du mois de mars, a fragilisé…": an aside opened by a
        # past participle tells what was done; not a plan's, "prévue pour mars")
        return True
    return FOREIGN_PAST.search(text, lo, hi) is not None


#: A German simple past: a weak one behind an inseparable prefix, or one news tells with none ("Im März folgte…").
_GERMAN_SIMPLE_PAST = re.compile(rf"(?<![\wäöüß]){GERMAN_LEXICAL_PAST}(?![\wäöüß])")
#: A Dutch past: an auxiliary of the past or the perfect and, a few words on, its participle ("werd … gearresteerd",
#: "heeft … bezocht", "is … vertrokken").
_DUTCH_PAST = re.compile(r"(?<!\w)(?:heeft|hebben|had|hadden|is|zijn|was|waren|werd|werden)\s+(?:[\w.'’-]+\s+){0,14}?"
                         r"(?:[^\W\d_]*ge[^\W\d_]{2,}(?:t|d|en)|(?:be|ver|er|ont|her)[^\W\d_]{3,}(?:t|d|en))(?!\w)",
                         re.IGNORECASE)
#: Dutch's simple pasts of news, its strong verbs and a few weak ones (a weak past's "-de" is too often a noun's: "ronde",
#: "vrede"): "vond … plaats", "kwamen", "tekenden".
_DUTCH_SIMPLE_PAST = re.compile(r"(?<!\w)(?-i:vond|vonden|kwam|kwamen|ging|gingen|hield|hielden|nam|namen|gaf|gaven|sprak|"
                                r"spraken|trof|troffen|sloot|sloten|besloot|besloten|zei|zeiden|bleef|bleven|viel|vielen|"
                                r"brak|braken|begon|begonnen|liep|liepen|tekende|tekenden|ontmoette|ontmoetten|stemde|"
                                r"stemden|meldde|meldden|verklaarde|verklaarden|bevestigde|bevestigden|kondigde|kondigden|"
                                r"eindigde|eindigden)(?!\w)")
#: A Romance past participle opening an aside: ", ordonnée par", ", firmado en", ", raggiunto nel".
def _in_participle_aside(text: str, sentence_start: int, start: int, end: int, before: int) -> bool:
    """Whether [start, end) stands in an aside set off by commas and opened by a past participle, closed before
    `before`: ", interrotti nel luglio 2025 dopo tre sessioni,"."""
    opening = text.rfind(",", sentence_start, start)
    closing = text.find(",", end, before)
    return opening >= 0 and closing >= 0 and "," not in text[opening + 1:start] \
        and _PARTICIPLE_ASIDE_OPENING.match(text, opening + 1) is not None \
        and not _PLAN_PARTICIPLE_OPENING.match(text, opening + 1)


_PARTICIPLE_ASIDE_OPENING = re.compile(r"\s*(?-i:[a-zà-ÿ]{3,}(?:ée?s?|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie]|"
                                       # (Italian's irregular ones too: "interrotti", "sospesi", "chiusa")
                                       r"tt[oaie]|[eu]s[oaie]|"
                                       # (…and French's: "interrompus", "suspendue", "conclu", "détruits")
                                       r"(?:rompu|pendu|clu|tendu|venu|perdu|battu|tenu|mis|pris|truit|duit)e?s?))\s")
_PLAN_PARTICIPLE_OPENING = re.compile(r"\s*(?:prévu|programmé|prévue|previst|programad|programmat|fixé|fijad|fissat|"
                                      r"attendu|esperad|attes)", re.I)


#: A Turkish past's ending, in every person, after the date: "görüştüler", "görüştük", "imzalanmıştı".
_TURKISH_PAST_AFTER = re.compile(r"\w(?:dı|di|du|dü|tı|ti|tu|tü|mış|miş|muş|müş)(?:lar|ler|k|m|n|nız|niz|tı|ti|tu|tü|dı|di)?(?!\w)",
                                 re.IGNORECASE)


#: A past of saying that opens a closing clause of attribution, per language ("…, disse o ministro").
_SAID_PAST = {language: saying_pasts(language, attributing=True) for language in SAYING_PASTS} \
    | {"de": saying_pasts("de", attributing=True) + r"|hieß\s+es"}


def _told_by_a_past_participle(text: str, start: int, language: str, month: bool = False) -> bool:
    """Whether a past participle right before the weekday (or the `month`) dates it: "según un comunicado publicado el
    martes" is a Tuesday gone, whatever future the sentence's main verb tells ("La Corte celebrará audiencias…"), and
    "depois da ofensiva lançada em março" a March gone."""
    before = (_PARTICIPLE_BEFORE_MONTH if month else _PARTICIPLE_BEFORE_WEEKDAY).get(language)
    participle = re.search(rf"(?<!\w)(?:{before})$", text[max(0, start - 40):start], re.IGNORECASE) \
        if before is not None else None
    # (not a noun that ends as a participle does: "au Conseil de sécurité le 16 décembre"; nor a passive to come: "será
    # firmado en marzo")
    return participle is not None and not _NOUN_LIKE_PARTICIPLE_BEFORE.search(text, max(0, start - 30), start) \
        and not _PASSIVE_TO_COME.search(text, max(0, start - 60), start - len(participle.group()))


#: The auxiliary of a passive to come, right before its participle: "será [firmado]", "doit être [signé]", "sarà".
_PASSIVE_TO_COME = re.compile(r"(?<!\w)(?:ser|será|serán|serão|sera|seront|être|sarà|saranno|essere|venir|verrà|"
                              r"verranno)\s+(?:[^\W\d_]+mente\s+|[^\W\d_]+ment\s+)?$", re.IGNORECASE)


#: What `_weekday_side` answers for a weekday said with "this" ("ce jeudi", "diesen Mittwoch"): the one of this week.
_THIS_WEEKS = 2


def _weekday_side(text: str, start: int, end: int, language: str) -> tuple[int, int, int]:
    """-1, 0 or +1 for the side of publication a word around the weekday puts it on (`_THIS_WEEKS` for "this"), and
    the span grown to hold that word."""
    sides = _WEEKDAY_SIDES.get(language)
    if not sides:
        return 0, start, end
    for sign, (before, after) in zip((-1, 1), sides, strict=True):
        if before:
            m = re.search(rf"(?<!\w)(?:{before})\s+$", text[max(0, start - 30):start], re.IGNORECASE)
            if m:
                return sign, start - (len(text[max(0, start - 30):start]) - m.start()), end
        if after:
            m = re.match(rf"\s+(?:{after})(?!\w)", text[end:end + 20], re.IGNORECASE)
            if m:
                return sign, start, end + m.end()
    scheduled_for = _FOR_WEEKDAY.get(language)  # "Proteste für Samstag": what is called for a day is ahead
    if scheduled_for and re.search(rf"(?<!\w)(?:{scheduled_for})\s+$", text[max(0, start - 20):start], re.IGNORECASE):
        return 1, start, end
    this = _THIS_WEEKDAY.get(language)  # "este miércoles", "ce lundi": this week's, and the phrase is whole
    m = re.search(rf"(?<!\w)(?:{this})\s+$", text[max(0, start - 20):start], re.IGNORECASE) if this else None
    if m:
        return _THIS_WEEKS, start - (len(text[max(0, start - 20):start]) - m.start()), end
    return 0, start, end


#: German's present of what is scheduled, which news tells the days ahead in: "Der Minister reist am Montag nach Kiew",
#: "Am Dienstag treffen sich die Außenminister".
_GERMAN_SCHEDULED_PRESENT = re.compile(r"(?<!\w)(?:reist|reisen|trifft|treffen|kommt|kommen|fliegt|fliegen|besucht|besuchen|"
                                       r"spricht|sprechen|beginnt|beginnen|endet|enden|tagt|tagen|berät|beraten|hält|halten|"
                                       r"empfängt|empfangen|eröffnet|eröffnen|stimmt|stimmen|entscheidet|entscheiden|"
                                       r"startet|starten|öffnet|öffnen)(?!\w)")  # (in lower case: "zu einem Treffen" is a noun)
#: German's simple past, which a present's clause lacks: "reiste", "traf", "sagten", "kam" (in lower case, as German
#: writes its verbs: "Staaten", "Minuten" and "Rechte" are nouns).
_GERMAN_PRETERITE = re.compile(r"(?<!\w)(?:[a-zäöüß]{2,}(?:te|ten|tete|teten)|traf|trafen|kam|kamen|flog|flogen|sprach|"
                               r"sprachen|begann|begannen|hielt|hielten|empfing|empfingen|fand|fanden|war|waren|hatte|"
                               r"hatten|wurde|wurden|ging|gingen)(?!\w)")


#: A Russian finite verb of the present or the perfective future, third person ("проведет", "встретится", "посетят"),
#: not a noun spelled so ("визит", "совет", "бюджет").
_RUSSIAN_PRESENT_OR_FUTURE = re.compile(r"(?<!\w)(?!(?:визит|совет|бюджет|ответ|пакет|запрет|кабинет|комитет|проект|объект|"
                                        r"кредит|лимит|транзит|паритет|приоритет|суверенитет|авторитет|эффект|аспект|"
                                        r"интернет|портрет|предмет|билет|секрет|институт|маршрут|салют)(?!\w))"
                                        r"[а-яё]{3,}(?:ет|ит|ут|ют|ят|ёт)(?:ся)?(?!\w)", re.IGNORECASE)
#: A Russian past, in every gender and number: "провел", "приняла", "подписали".
_RUSSIAN_PAST = re.compile(r"(?<!\w)[а-яё]{2,}(?:ал|ял|ел|ил|ыл|ул|ёл|ла|ли|ло)(?:сь|ся)?(?!\w)", re.IGNORECASE)


#: Per language, a present that tells a schedule and the pasts that would rule it out, for a weekday's own clause.
_SCHEDULED_WITHOUT_PAST = {
    "de": (_GERMAN_SCHEDULED_PRESENT, (_GERMAN_PRETERITE, FOREIGN_PAST)),
    "ru": (_RUSSIAN_PRESENT_OR_FUTURE, (_RUSSIAN_PAST,)),
}


def _told_as_scheduled(text: str, start: int, end: int, language: str) -> bool:
    """Whether a weekday's own clause tells a schedule in the present, German's "reist am Montag … nach Kiew" or
    Russian's "в понедельник проведет переговоры", with no past in it ("reiste am Montag", "во вторник провел")."""
    marks = _SCHEDULED_WITHOUT_PAST.get(language)
    if marks is None:
        return False
    clause = text[slice(*_own_clause(text, start, end))]
    present, pasts = marks
    return bool(present.search(clause)) and not any(past.search(clause) for past in pasts)


#: A day a verb of setting or moving sets a thing for, right before it: "a fixé par décret l'élection présidentielle [au]
#: 28 décembre", "fijó las elecciones para el", "fissato al", "auf den … festgelegt" (whatever the tense, the day is the
#: nearest, not the last).
_SET_FOR_DAY = re.compile(rf"(?<!\w)(?:{ROMANCE_SETTING_STEMS})\w*\s+(?:[^\W\d_]+(?:['’][^\W\d_]+)?\s+){{0,6}}?"
                          r"(?:au|pour\s+le|para\s+el|para\s+o|para\s+a|para|al|per\s+il|a|à)\s+(?:(?:el|le|il|o|dia)\s+)?$",
                          re.IGNORECASE)
#: "For" before a weekday, per language: a thing called or set for that day, which is to come (not the German
#: "auf" nor the Russian "на", which also open a night into a day: "in der Nacht auf Sonntag", "в ночь на субботу").
# (…and "starting from" a day, what is called or set to begin then: "uma greve a partir de segunda-feira", "ab Montag")
_FOR_WEEKDAY = {"de": r"für|ab", "es": r"para\s+el|a\s+partir\s+del", "fr": r"pour|à\s+partir\s+de", "it": r"per|a\s+partire\s+da",
                "pt": r"para|a\s+partir\s+de",
                # ("запланированный на среду": Russian's "на" sets a day, but "в ночь на среду" is a night)
                "ru": r"(?<!ночь\s)на|начиная\s+с"}
#: A past participle right before a weekday, per language: "un comunicado publicado el martes", "un communiqué publié
#: mardi", "un comunicato pubblicato martedì" (not a plan's: "une réunion programmée mardi").
_PLANNED_PARTICIPLE = r"(?!(?:programm|planifi|fix|convoqu|previst|programad|fijad|convocad|programmat|fissat|convocat|marcad|" \
                      r"agendad|esperad|attes|prévu|attendu)"
#: A Romance past participle (not a plan's) per language, the words a weekday or a month it dates comes after.
_PAST_PARTICIPLE = {
    "es": _PLANNED_PARTICIPLE + r")[^\W\d_]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+",
    "pt": _PLANNED_PARTICIPLE + r")[^\W\d_]{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas)\s+",
    "fr": _PLANNED_PARTICIPLE + r")[^\W\d_]{2,}(?:é|ée|és|ées)\s+",
    "it": _PLANNED_PARTICIPLE + r")[^\W\d_]{2,}(?:ato|ata|ati|ate|uto|uta|ito|ita)\s+",
}
_PARTICIPLE_BEFORE_WEEKDAY = {language: _PAST_PARTICIPLE[language] + article for language, article in {
    "es": r"(?:el\s+)?", "pt": r"(?:(?:na|no|o)\s+)?", "fr": r"(?:le\s+)?", "it": r"(?:(?:il|lo)\s+)?"}.items()}
#: …and before a month, with the month's preposition: "lançada em março", "firmado en abril", "firmato a maggio".
_PARTICIPLE_BEFORE_MONTH = {language: _PAST_PARTICIPLE[language] + preposition for language, preposition in {
    "es": r"(?:en|a\s+(?:principios|mediados|finales)\s+de)\s+", "pt": r"(?:em|no\s+início\s+de)\s+",
    "fr": r"(?:en|au\s+mois\s+d['’]|fin|début|mi-?)\s*", "it": r"(?:a|in|nel|nell['’]|ad)\s*"}.items()}
#: A noun that ends as a participle does, right before a day's article: "Conseil de [sécurité] le", "el [Senado] el".
_NOUN_LIKE_PARTICIPLE_BEFORE = re.compile(r"(?:[^\W\d_]*(?:ité|eté|auté)s?|[A-ZÀ-Ý][^\W\d_]*|(?i:mercado|pasado|estado|senado|"
                                          r"lado|grado|cuidado|partido|mandato|stato|mercato|senato|comité|traité|côté|"
                                          r"année|armée|entrée|durée|idée|journée|soirée|matinée))\s+(?:(?:le|el|il|lo|o|na|no)\s+)?$")
#: "This" before a weekday, per language (not the article: "el domingo" is "domingo", as TimeML marks it).
_THIS_WEEKDAY = {"es": r"este|esta", "fr": r"ce", "de": r"(?:an\s+)?diesem|diesen", "it": r"questo|questa", "pt": r"esta|este",
                 "tr": r"bu", "ru": r"в\s+(?:этот|эту|это)"}


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december")


@lru_cache(maxsize=64)
def month_words(language: str) -> dict[str, int]:
    """Month names and abbreviations of `language`, lower case, from dateparser's locale data."""
    try:
        from dateparser.languages.loader import default_loader

        info = default_loader.get_locale(language).info
    except Exception:  # noqa: BLE001 - an unknown or broken locale gives no month names
        return {}
    words: dict[str, int] = {}
    for number, name in enumerate(_MONTH_NAMES, start=1):
        for word in info.get(name, []):
            if isinstance(word, str) and len(word) >= 3:
                words[word.lower()] = number
    for word, number in _inflected_months(language, tuple(words.items())).items():
        words.setdefault(word, number)
    return words


def _inflected_months(language: str, words: tuple[tuple[str, int], ...]) -> dict[str, int]:
    """Cases of month names that dateparser's locale data lacks: the Russian prepositional ("в ноябре
    2020 года", "в мае") of the nominative ("ноябрь", "май", "март"), the Ukrainian locative ("у вересні")."""
    out = {}
    if language == "uk":  # the Ukrainian locative: "у вересні", "у листопаді", "у лютому"
        for word, number in words:
            if len(word) >= 5 and word.endswith("ень"):
                out[word[:-3] + "ні"] = number
            elif word == "листопад":
                out["листопаді"] = number
            elif word == "лютий":
                out["лютому"] = number
        return out
    if language == "tr":  # the Turkish locative: "eylülde", "kasımda", "martta", "eylül'de"
        for word, number in words:
            if len(word) >= 4:
                for suffix in ("da", "de", "ta", "te", "'da", "'de", "'ta", "'te"):
                    out[word + suffix] = number
        return out
    if language != "ru":
        return {}
    for word, number in words:
        if len(word) >= 3 and word[-1] in "ьй":
            out[word[:-1] + "е"] = number
        elif len(word) >= 4 and word[-1] == "т":
            out[word + "е"] = number
    return out


@lru_cache(maxsize=64)
def _full_month_names(language: str) -> frozenset[str]:
    """The month words of `language` that are no abbreviation of a longer one ("mars" and "mai", not
    "nov"), and the inflected forms (a three-letter "мае" is a whole word)."""
    months = month_words(language)
    inflected = set(_inflected_months(language, tuple(months.items())))
    # (an inflected form is no longer name the base abbreviates: "eylül" is whole beside "eylülde"; nor is a case ending
    # of a letter or two on a name of four or more: "март" is whole beside "марта", "август" beside "августа")
    return frozenset(w for w in months if not any(len(o) > len(w) and o.startswith(w) and o not in inflected
                                                  and (len(w) <= 3 or len(o) - len(w) >= 3) for o in months)
                     or w in inflected)


_WORD = r"[^\W\d_]{3,12}"
#: A news agency's name in brackets, as a dateline puts it after its date: "CARACAS, 26 nov (EFE).-".
_AGENCY_AFTER = re.compile(r"\s*\((?:EFE|AFP|dpa|DPA|Reuters|AP|ANSA|Europa\s+Press|Xinhua|TASS|RIA|Anadolu|AA|Lusa|APA|"
                           r"Notimex|Prensa\s+Latina|Belga|ATS|KNA|epd|Interfax)\)")
_DAY_MONTH = re.compile(rf"(?<![\d.,/-])(?P<day>\d{{1,2}}|(?<![^\W\d_])(?i:primo|primero|premier|primeiro)(?=\s+(?:de\s+)?[^\W\d_]))(?:\.|er|º|°|ª|-?го)?\s+(?:(?:de|del)\s+)?(?P<mon>{_WORD})(?P<dot>\.)?(?!\w)",
                        re.UNICODE)
#: A day written with an ordinal sign, its month and its year: "1º de octubre de 2024", "1° dicembre 2025", "1er octobre
#: 2024" (the sign keeps dateparser from the whole).
#: (…or the first written as a word: "il primo agosto 2025", "el primero de marzo de 2024")
_ORDINAL_DAY_MONTH_YEAR = re.compile(rf"(?<![\d.,/-])(?:(?P<day>\d{{1,2}})(?:º|°|ª|er)|(?<![^\W\d_])(?i:primo|primero|premier|primeiro))"
                                     rf"\s+(?:(?:de|del)\s+)?(?P<mon>{_WORD})(?P<dot>\.)?"
                                     rf"\s+(?:(?:de|del)\s+)?(?P<year>\d{{4}})(?!\d)", re.UNICODE)
_MONTH_YEAR = re.compile(rf"(?<![\w\d])(?P<mon>{_WORD})(?P<dot>\.)?\s+(?:(?:de|del)\s+)?(?P<year>\d{{4}})(?!\d)", re.UNICODE)
_YEAR = re.compile(r"(?<![\d.,/])(?:(?<!-)|(?<=[Mm]i-))(?P<year>1[5-9]\d\d|20\d\d)(?![\d%]|[.,]\d)")  # (not "2020-2024"'s end; "mi-2026")
#: What opens a line before a chronology's year label, and what follows the year: "[- ]1988[ : ]", "[1991-]1994[ : ]".
_YEAR_LABEL_BEFORE = re.compile(r"[ \t]*(?:[-•*·▪][ \t]*)?(?:(?:1[5-9]\d\d|20\d\d)[ \t]*[-–][ \t]*)?")
_YEAR_LABEL_AFTER = re.compile(r"[ \t]*(?:[-–][ \t]*(?:1[5-9]\d\d|20\d\d)[ \t]*)?(?::|[–—][ \t])[ \t]*\S")
#: What marks a bare number as a year, per language: the word before it, or (Turkish, Russian)
#: what follows it. Prepositions that also stand before counts ("plus de 2000 soldats", "von 2000
#: Soldaten", "на 1500 человек") are left out.
_YEAR_BEFORE = {
    "fr": r"(?:en|depuis|dès|jusqu'en|d'ici|l'an|l'année|année|fin|début|mi-?|courant|printemps|été|automne|hiver|entre)",
    "de": r"(?:im|seit|Jahr|Jahre|Jahres|Ende|Anfang|Mitte|Frühjahr|Sommer|Herbst|Winter|zwischen)",
    "es": r"(?:en|desde|año|año\s+de|finales\s+de|principios\s+de|mediados\s+de|entre)",
    "it": r"(?:nel|dal|anno|entro|fine\s+del|inizio\s+del|tra|fra)",
    "pt": r"(?:em|desde|ano|ano\s+de|final\s+de|início\s+de|entre)",
    "ru": r"(?:в|с|после)",
    "uk": r"(?:у|в|з|після)",
    "nl": r"(?:in|sinds|vanaf|jaar|eind|begin)",
}
#: The "of" a noun takes before its year, per language, and what may follow the year when it is one: "el laudo arbitral de
#: París [de] 1899[, que]", "la guerre [de] 1870[ a]" (a function word, a stop, a name).
_AFTER_YEAR_OF_NOUN = (r"\s*(?:[.,;:)]|$)|\s+(?:[A-ZÁÉÍÓÚÀÈÎÔ]|(?:y|e|et|o|ou|que|qui|che|en|a|à|al|au|para|por|pour|per|con|avec|"
                       r"entre|contra|contre|sobre|sur|su|tras|après|dopo|cuando|quand|quando|fue|fueron|fut|était|est|es|è|"
                       r"ha|han|ont|se|si|le|la|el|los|las|les|il|lo|gli|del|de|du|des|di|della|no|na|não|ne|ya|déjà|già)\b)")
_YEAR_OF_NOUN = {
    language: (re.compile(rf"(?<!\w)(?<!más\s)(?<!menos\s)(?<!plus\s)(?<!moins\s)(?<!più\s)(?<!mais\s)(?<!cerca\s)"
                          rf"(?<!près\s)(?:{of})\s+$", re.IGNORECASE),
               re.compile(_AFTER_YEAR_OF_NOUN))
    for language, of in (("es", "de"), ("pt", "de"), ("fr", "de"), ("it", "del|di"))
}
# (German's noun is capitalised before "von", and a count's noun after the number: "der Koalitionsvertrag von [2021]
# sah vor", not "eine Truppe von 2000 Soldaten")
_YEAR_OF_NOUN["de"] = (re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]+[a-zäöüß]\s+von\s+$"),
                       re.compile(r"\s*(?:[.,;:)]|$)|\s+(?!bis\b)[a-zäöüß]"))
#: A German verb right before a bare year: "wurde [2011] unabhängig", "hatte [2019] erklärt".
_GERMAN_VERB_BEFORE_YEAR = re.compile(r"(?<!\w)(?:wurde|wurden|war|waren|hat|hatte|hatten|ist|sind|haben|kam|kamen|trat|traten|"
                                      r"begann|begannen|endete|endeten|erklärte|erklärten|unterzeichnete|unterzeichneten|"
                                      # ("Die nächste Wahl findet 2029 statt", "Die Wahl wird 2029 abgehalten")
                                      r"findet|finden|fand|fanden|wird|werden|soll|sollen)"
                                      # ("hatte sich [1990] losgesagt": a reflexive or object pronoun between them)
                                      r"(?:\s+(?:sich|es|ihn|ihm|ihr|uns|dies|das))?\s+$"
                                      # (…or an adverb of time right before it, the verb further back: "hatte diesen Schritt
                                      # bereits [2014] vollzogen", "war schon 1991 unabhängig geworden")
                                      r"|(?<!\w)(?:bereits|schon|erst|zuletzt|zuvor|einst|damals|ebenfalls|erstmals|zuerst)\s+$"
                                      # (…or a relative pronoun after its comma, the clause's verb last: "ein Streit, der
                                      # [2014] vor den Gerichtshof gebracht worden war")
                                      r"|(?<=,\s)(?:der|die|das|den|dem|deren|dessen|welcher|welche|welches)\s+$"
                                      # (…or any past of the weak verbs, lower-case as only verbs and adjectives are:
                                      # "Frühere Runden scheiterten [2002]", "Die Regierung erklärte 2019, …"; not the ordinals)
                                      r"|(?<!\w)(?!(?:letzt|erst|zweit|dritt|nächst|meist|best|gesamt)en?\b)[a-zäöüß]{2,}e?ten?\s+$")
#: A German noun with its article right before a bare year, and what follows it: "nach einem kurzen Krieg [1992] sind",
#: "seit der Wahl [2024]," (the year the noun is of; not a name's number, "die Resolution 2254", nor a count).
_GERMAN_NOUN_BEFORE_YEAR = re.compile(
    r"(?<!\w)(?:dem|der|den|des|die|das|einem|einer|eines|ein|eine)\s+(?:[a-zäöüß]+\s+)?"
    r"(?!(?:Resolution|Resolutionen|Agenda|Vision|Strategie|Artikel|Paragrafen?|Paragraphen?|Absatz|Nummer|Flug|Linie|Seite|"
    r"Kapitel|Zimmer|Euro|Dollar|Franken|Pfund|Rubel|Marke|Zahl|Grenze|Schwelle|Modell|Typ|Version|Höhe|Summe)\b)"
    r"[A-ZÄÖÜ][a-zäöüß]+\s+$")
_YEAR_AFTER = {
    # (Turkish's case ending on the number, or its word for "year" after it: "2013'te", "2013 yılında")
    # (…and "since" after its ablative, which goes with it: "1993 yılından bu yana", "2020'den beri")
    "tr": r"(?:'?(?:den|dan|ten|tan)\s+(?:bu\s+yana|beri|itibaren)|\s*yılından\s+(?:bu\s+yana|beri|itibaren)"
          r"|'?(?:de|da|te|ta|den|dan|ten|tan|e|a|ye|ya)|\s*(?:yılı\w*|yılın\w*|senesi\w*))\b",
    "ru": r"\s*(?:г\.|год\w*)",
    "uk": r"\s*(?:р\.|рок\w*|році|рік)",  # (the locative too: "у 2023 році")
}


#: The words that make a month name without a day or year a date ("suspendus en décembre", "im
#: März", "в декабре"): a preposition of time, or "early/late/mid".
_MONTH_BEFORE = {
    # (…and what a plan is for: "prévue pour décembre", "prevista para diciembre", "für Dezember geplant")
    "fr": r"(?:en|depuis|dès|jusqu'en|d'ici|courant|début|fin|mi-?|mois\s+de|mois\s+d'|quinzaine\s+de|moitié\s+de|pour|"
          r"à\s+partir\s+de|à\s+compter\s+de|"
          # (…and "à" after a dating back or a putting off: "remonte à octobre", "reporté à janvier")
          r"(?:remont|report|repouss|renvoy|ajourn)\w*\s+à)",
    "de": r"(?:im|seit|bis|Anfang|Ende|Mitte|ab|für)",
    "es": r"(?:en|desde|hasta|finales\s+de|principios\s+de|mediados\s+de|mes\s+de|quincena\s+de|mitad\s+de|para|"
          r"a\s+partir\s+de)",
    "it": r"(?:a|ad|in|nel\s+mese\s+di|da|entro|fino\s+a|fine|inizio|metà|metà\s+di|per|fine\s+di|inizio\s+di)",
    "pt": r"(?:em|desde|até|início\s+de|fim\s+de|final\s+de|meados\s+de|mês\s+de|quinzena\s+de|metade\s+de|para|"
          r"a\s+partir\s+de)",
    # (…and what a plan is for: "запланирован на январь", "заплановано на січень")
    "ru": r"(?:в|с|до|к|начале|конце|середине|на|середину|начало|конец)",
    "uk": r"(?:у|в|з|до|на\s+початку|наприкінці|на|середині|середину|початок|кінець)",
    "nl": r"(?:in|sinds|vanaf|tot|eind|begin|half|medio|midden|eind\s+van|begin\s+van|voor)",
}
#: Words before a month that place it within the month ("Anfang Oktober", "fin décembre"): they belong to
#: the date, which they mark as its start, middle or end.
_MONTH_POSITION = {
    "de": {"anfang": "START", "ende": "END", "mitte": "MID"},
    "fr": {"début": "START", "fin": "END", "mi-": "MID", "début de": "START", "fin de": "END", "au début": "START",
           "à la fin": "END", "au milieu": "MID",
           "première quinzaine de": "START", "seconde quinzaine de": "END", "deuxième quinzaine de": "END"},
    "es": {"principios de": "START", "finales de": "END", "mediados de": "MID", "principios del": "START",
           "finales del": "END", "mediados del": "MID", "primera quincena de": "START", "segunda quincena de": "END",
           "primera mitad de": "START", "segunda mitad de": "END"},
    "it": {"inizio": "START", "fine": "END", "metà": "MID", "prima metà di": "START", "seconda metà di": "END",
           "metà di": "MID", "inizio di": "START", "fine di": "END"},
    "pt": {"início de": "START", "fim de": "END", "final de": "END", "meados de": "MID", "início do": "START",
           "fim do": "END", "final do": "END", "meados do": "MID", "primeira quinzena de": "START",
           "segunda quinzena de": "END", "primeira metade de": "START", "segunda metade de": "END"},
    "nl": {"begin": "START", "eind": "END", "medio": "MID", "half": "MID", "midden": "MID", "eind van": "END", "begin van": "START"},
    "ru": {"начале": "START", "конце": "END", "середине": "MID", "начало": "START", "конец": "END", "середину": "MID"},
    "uk": {"на початку": "START", "наприкінці": "END", "в кінці": "END", "у кінці": "END", "середині": "MID",
           "середину": "MID", "початок": "START", "кінець": "END"},
}
#: …and the words that place only a year: Italian's and Portuguese's with the year's article.
_YEAR_ONLY_POSITION = {
    "it": {"inizio del": "START", "fine del": "END", "metà del": "MID", "all'inizio del": "START", "alla fine del": "END"},
    "pt": {"início de": "START", "fim de": "END", "final de": "END", "meados de": "MID"},
}
_BARE_MONTH = re.compile(rf"(?<![\w\d])(?P<mon>{_WORD})(?!\w)(?!\s+(?:(?:de|del)\s+)?\d)", re.UNICODE)


def _year_written_before(written: list[Timex] | None, pos: int) -> int | None:
    """In a narrative, the year of the last date written with its year before `pos` (None outside one)."""
    if written is None:
        return None
    last = next((t for t in reversed(written) if t.end <= pos and re.match(r"\d{4}", t.value)), None)
    return int(last.value[:4]) if last is not None else None


def _bare_months(text: str, dct: Day, language: str, taken: bytearray, dated: list[Timex],
                 written: list[Timex] | None = None) -> list[Timex]:
    """"Suspendus en décembre": a month named alone after a word that makes it a date. Without a tense
    grammar for the language, it is the nearest such month to the last month the sentence named with
    its year ("lancés en mai 2023, … suspendus en décembre": December 2023, the story going on), else
    to the publication date, the past one when both are as near."""
    before = _MONTH_BEFORE.get(language)
    after = _MONTH_AFTER.get(language)
    if not before and not after:
        return []
    months = month_words(language)
    full_names = _full_month_names(language)
    out: list[Timex] = []
    for m in _BARE_MONTH.finditer(text):
        word = m["mon"].lower()
        month = months.get(word)
        if month is None or word not in full_names or taken.find(1, m.start(), m.end()) != -1:
            continue
        end = m.end()
        if after:  # (a language that marks the month after it: "eylül ayında", "eylül'de", "eylülde")
            marked = re.match(after, text[end:end + 40], re.IGNORECASE)
            if marked is not None:
                end += marked.end()
            elif word in _base_month_names(language):
                continue
        elif not re.search(rf"(?:^|[\s(«„\"'])(?i:{before})\s*$", text[max(0, m.start() - 25):m.start()]) \
                and not (out and _LISTED_AFTER.fullmatch(text, out[-1].end, m.start())):
            # (…or a month listed after one so marked: "в мае, [июне] и [июле]", "en mai, [juin] et [juillet]")
            continue
        # (Turkish places a month by a word before it: "[geçen] ekim ayında", "[önümüzdeki] mart ayında")
        placed = _TURKISH_MONTH_PLACED.search(text, max(0, m.start() - 16), m.start()) if language == "tr" else None
        sentence_start = _sentence_around(text, m.start(), end)[0]
        story = next((t for t in reversed(dated) if sentence_start <= t.start < m.start()
                      and re.match(r"\d{4}-\d{2}(?:-|$)", t.value)), None)
        if story is not None and (_SINCE_PHRASE_END.search(text, max(sentence_start, story.start - 45), story.start)
                                  or story.value[:10] == "{:04d}-{:02d}-{:02d}".format(*dct.ymd)):
            # "La junte, au pouvoir depuis le coup d'État d'août 2020, a accordé en juillet…": a state since a date
            # reaches the present, and leaves the story at the day of writing (as does a dateline's own day)
            story = None
        if story is not None and language == "de" and _GERMAN_PARTICIPLE_RIGHT_AFTER.match(text, story.end) \
                and looks_ahead(text, m.start(), end, language):
            # "…wollen ihre im Januar 2025 abgebrochenen Gespräche im Februar wieder aufnehmen": a date in a participle's
            # phrase dates the noun, not the sentence, whose month ahead is counted from the day of writing
            story = None
        if story is not None and language != "de" and looks_ahead(text, m.start(), end, language) \
                and _in_participle_aside(text, sentence_start, story.start, story.end, m.start()):
            # "I colloqui diretti, interrotti nel luglio 2025 dopo tre sessioni, potrebbero riprendere a gennaio": an
            # aside's date dates the noun, and the month the clause looks ahead to is counted from the day of writing
            story = None
        if story is not None and STILL_HOLDS_BUT.match(text, story.end, m.start()):
            # "Il cessate il fuoco firmato nell'ottobre 2020 resta in vigore, anche se a maggio scontri armati…": what still
            # holds brings the sentence to now, and the month set against it is the last one
            story = None
        since = _SINCE_RIGHT_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None
        told = _year_written_before(written, m.start())
        joined = _JOINED_TO_A_MONTH.match(text, end)
        shared = next((t for t in dated if joined is not None and t.start == joined.end()
                       and re.fullmatch(r"\d{4}-\d{2}", t.value)), None)
        if placed is not None:
            step = placed["rel"].lower()
            if step in ("geçen", "geçtiğimiz"):
                best = (dct.year if month < dct.month else dct.year - 1, month)
            elif step == "bu":
                best = (dct.year, month)
            else:
                best = (dct.year if month > dct.month else dct.year + 1, month)
            how = f"{_MONTH_NAMES[month - 1].title()} {best[0]}, placed by '{placed['rel']}' from {dct.label()} ({language})"
        elif shared is not None:
            # "в мае и июне 2025 года", "en mai et juin 2025", "im Mai und Juni 2025": the year of the month joined on
            later = (int(shared.value[:4]), int(shared.value[5:7]))
            best = (later[0] if month <= later[1] else later[0] - 1, month)
            how = f"{_MONTH_NAMES[month - 1].title()} {best[0]}, written with the year of {shared.text} ({language})"
        elif told is not None:
            best, how = (told, month), f"{_MONTH_NAMES[month - 1].title()} {told}, the year the narrative is at ({language})"
        elif (last_year := LAST_YEAR_SAID.search(text, sentence_start, m.start())) is not None \
                and TIME_CLAUSE_AFTER_LAST_YEAR.match(text, last_year.end(), m.start()) \
                and not looks_ahead(text, m.start(), end, language):
            # "Las relaciones se deterioraron el año pasado después de que … hiciera comentarios …, en noviembre": the month
            # of the year the sentence already told
            best = (dct.year - 1, month)
            how = f"{_MONTH_NAMES[month - 1].title()} {best[0]}, of last year, which the sentence named ({language})"
        elif story is not None:
            year, at = int(story.value[:4]), int(story.value[5:7])
            readings = [(year - 1, month), (year, month), (year + 1, month)]
            # the nearest; of two as near, the later one
            best = min(readings, key=lambda ym: (abs(ym[0] * 12 + ym[1] - year * 12 - at), -ym[0]))
            aside = re.search(r",\s+(?:\S+\s+){1,3}$", text[sentence_start:story.start]) and "," in text[story.end:m.start()]
            how = f"the {_MONTH_NAMES[month - 1].title()} nearest {story.value[:7]}, the month the sentence named ({language})"
            if aside and best < (year, at):
                # "Les pourparlers, lancés en mai 2023, avaient été suspendus en décembre": the story goes on
                best = (best[0] + 1, month)
                how = f"the first {_MONTH_NAMES[month - 1].title()} after {story.value[:7]}, named in an aside ({language})"
        elif (back := _story_years_back(text, dated, sentence_start, month, dct, m.start())) is not None \
                and not looks_ahead(text, m.start(), end, language):
            # "En avril 1992, elle a obtenu une trêve. La trêve a été rompue en mai.": a story years back goes on in its year
            best = (back, month)
            how = f"{_MONTH_NAMES[month - 1].title()} {back}, later in the year the sentence before is at ({language})"
        elif since and (not looks_ahead(text, m.start(), m.end(), language)
                        # (German's "seit" and French's "depuis" only ever look back: "Soldaten, die seit Juli in
                        # Gefangenschaft sind", whatever the main clause will do)
                        or re.search(r"(?<!\w)(?i:seit|depuis)\s*$", text[max(0, m.start() - 8):m.start()])):
            # "suspendidas desde febrero", "fermé depuis mars": a state since then, so the last one ("entrará en vigor
            # desde enero" looks ahead)
            best = (dct.year if month <= dct.month else dct.year - 1, month)
            how = f"the last {_MONTH_NAMES[month - 1].title()} on or before {dct.label()}, a state since then ({language})"
        elif _AGREED_ON_A_GATHERING_IN.search(text, max(sentence_start, m.start() - 80), m.start()) \
                and _decided_on_a_recent_day(text, dated, sentence_start, m.start(), dct, language):
            # "haben sich am Donnerstag auf eine neue Verhandlungsrunde im Februar geeinigt": the decision has its day,
            # the month is the gathering's, after it
            best = (dct.year if month > dct.month else dct.year + 1, month)
            how = f"the next {_MONTH_NAMES[month - 1].title()} after {dct.label()}, the month of a gathering agreed on ({language})"
        elif HAPPENING_FOR_MONTH.search(text, max(sentence_start, m.start() - 80), m.start()) \
                or _SET_FOR_DAY.search(text, max(sentence_start, m.start() - 100), m.start()):  # ("è stato rinviato a dicembre")
            # "Guyana ha pedido una nueva audiencia ante la corte para junio": the month a happening is set for lies after
            # the setting, the nearest such one that does (of two as near, the one ahead)
            best = (cal.nearest_year_of_month(month, dct.year, dct.month), month)
            how = f"the nearest {_MONTH_NAMES[month - 1].title()} to {dct.label()}, the month a happening is set for ({language})"
        elif _told_by_a_past_participle(text, m.start(), language, month=True):
            # "El acuerdo firmado en marzo entrará en vigor": the participle dates its month, whatever the main verb tells
            best = (dct.year, month) if month <= dct.month else (dct.year - 1, month)
            how = f"the last {_MONTH_NAMES[month - 1].title()} before {dct.label()}, told by a past participle ({language})"
        elif language == "de" and (participle_after := _GERMAN_PARTICIPLE_RIGHT_AFTER.match(text, end)) is not None \
                and not _GERMAN_PLAN_PARTICIPLE.search(participle_after.group()) \
                and not re.search(r"(?<!\w)(?i:für|bis)\s+(?:(?:Anfang|Mitte|Ende)\s+)?$", text[max(0, m.start() - 16):m.start()]):
            # "Trotz der im Mai in Doha vereinbarten Waffenruhe gehen die Gefechte weiter": the participle after the month
            # dates it, whatever the main verb tells (not a plan's, nor one for a month: "die für Mai vereinbarten Gespräche")
            best = (dct.year, month) if month <= dct.month else (dct.year - 1, month)
            how = f"the last {_MONTH_NAMES[month - 1].title()} before {dct.label()}, told by the participle after it ({language})"
        elif looks_ahead(text, m.start(), m.end(), language):
            best = (dct.year if month >= dct.month else dct.year + 1, month)
            how = f"the next {_MONTH_NAMES[month - 1].title()} from {dct.label()}, ahead in its sentence ({language})"
        else:
            readings = [(dct.year - 1, month), (dct.year, month), (dct.year + 1, month)]
            best = min(readings, key=lambda ym: (abs(ym[0] * 12 + ym[1] - dct.year * 12 - dct.month), ym[0]))
            how = f"the {_MONTH_NAMES[month - 1].title()} nearest {dct.label()} ({language})"
            if best > (dct.year, dct.month) and (told_in_past(text, m.start(), end, language)
                                                 or _told_by_a_past_participle(text, m.start(), language, month=True)):
                # "Mart'ta da görüştüler", "hatten Goma Ende Januar eingenommen", written in November: a month told in
                # the past is the last one
                best = (best[0] - 1, month)
                how = f"the last {_MONTH_NAMES[month - 1].title()} before {dct.label()}, told in the past ({language})"
            later = _joined_later_month(text, dated, end, month)
            if later is not None and later[0] < best[0]:
                # "uma declaração em julho e um acordo-quadro em novembro do ano passado": told in order, the month is the
                # last such one up to the month the sentence goes on to
                best = (later[0] if month <= later[1] else later[0] - 1, month)
                how = f"the last {_MONTH_NAMES[month - 1].title()} up to {later[0]}-{later[1]:02d}, told next in the sentence " \
                      f"({language})"
        start, mod = _with_position(text, m.start(), language)
        start = min(start, placed.start("rel")) if placed is not None else start
        part = _TURKISH_MONTH_PART.search(text, m.end(), end) if language == "tr" else None
        if part is not None:  # ("Ocak ayının ikinci yarısında": the second half of January, its end)
            mod = _TURKISH_PART_MOD.get(part["part"].lower(), "")
        taken[start:end] = b"\x01" * (end - start)
        out.append(Timex(start, end, text[start:end], DATE, month_value(*best), how, mod))
    return out


def _joined_later_month(text: str, dated: list[Timex], end: int, month: int) -> tuple[int, int] | None:
    """The year and month of the date that an "and" joins after a bare month in its sentence, within 120 characters
    ("em julho e um acordo-quadro em novembro do ano passado"), when it is a month or a day of a known year."""
    at = bisect.bisect_left(dated, end, key=lambda t: t.start)
    following = dated[at] if at < len(dated) else None
    if following is None or following.start - end > 120 or not re.match(r"\d{4}-\d{2}", following.value) \
            or not _AND_BETWEEN.search(text, end, following.start) or re.search(r"[.;!?]", text[end:following.start]):
        return None
    return int(following.value[:4]), int(following.value[5:7])


#: "And" between two dated things of one sentence, in the languages we read.
_AND_BETWEEN = re.compile(r"(?<!\w)(?:e|y|et|ed|und|en|и|і|та|ve)(?!\w)", re.IGNORECASE)


#: A gathering agreed on, up to the month it is to be held in: "auf eine neue Verhandlungsrunde im", "sur un nouveau cycle de
#: discussions en", "(acordaron) una nueva ronda de conversaciones en" (a bare object only with its indefinite article).
_AGREED_ON_A_GATHERING_IN = re.compile(
    r"(?<!\w)(?:(?i:auf|sur|en|su|em)\s+(?i:eine[nr]?|ein|die|den|das|une?|una?|uma?)|(?i:una?|uma?|une?))\s+"
    r"(?:[^\W\d_]+\s+){0,2}?[^\W\d_]*(?i:runde|treffen|gipfel|gespr[äa]che|konferenz|sitzung|cycle|r[ée]union|sommet|"
    r"ronda|reuni[oó]n|cumbre|rodada|reuni[aã]o|incontro|vertice|round)"
    r"(?:\s+(?i:de|di|of)\s+[^\W\d_]+)?\s+(?i:im|für|en|in|a|em|no|na)\s+(?:(?i:Anfang|Mitte|Ende|début|mi-|fin|principios\s+de|"
    r"mediados\s+de|finales\s+de)\s*)?$")


def _decided_on_a_recent_day(text: str, dated: list[Timex], sentence_start: int, pos: int, dct: Day,
                             language: str) -> bool:
    """Whether the sentence before `pos` dates its decision to a day of the last fortnight: a weekday or a word such as
    "gestern" (read later, so looked up here), or a day written in full."""
    pattern, table = deictic_words(language)
    if pattern is not None and any(table.get(w["word"].lower(), ("",))[0] in ("weekday", "day")
                                   for w in pattern.finditer(text, sentence_start, pos)):
        return True
    for t in dated:
        if sentence_start <= t.start < pos and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value):
            day = Day.of(int(t.value[:4]), int(t.value[5:7]), int(t.value[8:10]))
            if 0 <= dct.number - day.number <= 14:
                return True
    return False


def _story_years_back(text: str, dated: list[Timex], sentence_start: int, month: int, dct: Day, pos: int) -> int | None:
    """The year of the month the sentence right before named, in the same paragraph, when it is two years or more before
    publication and `month` comes later in it: no writer comes back to the present with a bare month; last year's too
    when the sentence tells its month as the next step ("En juin 2025, des frappes… Téhéran a ensuite suspendu sa
    coopération en juillet")."""
    # (from where the sentence opens, by bisection over the dates in order: many bare months read in linear time)
    at = bisect.bisect_left(dated, sentence_start, key=lambda t: t.start)
    last = next((t for t in reversed(dated[max(0, at - 8):at]) if t.end <= sentence_start
                 and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", t.value)), None)
    if last is None or "\n" in text[last.end:sentence_start] \
            or _SINCE_BEFORE_A_DATE.search(text, max(0, last.start - 12), last.start) \
            or _SINCE_AFTER_A_DATE.match(text, last.end):
        # (…nor a "since" date, which measures up to now: "Это первый визит с апреля 2024 года. Министры встречались в
        # сентябре" is this September)
        return None
    if _FOREIGN_THING_OF_BEFORE.search(text, max(0, last.start - 40), last.start):
        return None  # ("Les émeutes de mai 2024 avaient fait 14 morts. Les élections … ont eu lieu en juin": a thing's name)
    lo, hi = _sentence_around(text, last.start, last.end)
    if text[hi:sentence_start].strip(" .") != "" or ("," in text[lo:last.start] and "," in text[last.end:hi]):
        # (…not one an aside dates, which closes with it: "La guerre, qui a éclaté le 15 avril 2023, a fait… Les FSR se
        # sont emparées d'El-Facher fin octobre" is this October)
        return None
    year, at = int(last.value[:4]), int(last.value[5:7])
    sequenced = year == dct.year - 1 and _TOLD_AS_NEXT.search(text, sentence_start, pos) is not None
    return year if (year <= dct.year - 2 or sequenced) and at < month else None


#: A thing its year names, then a participle set off after it, up to a day-month: "L'accord de 2015, conclu le ", "el
#: acuerdo de 2016, firmado en Cartagena el " (not a relative clause: "L'accord de 2015, que Washington a quitté le ").
_YEAR_OF_A_THING_MADE = re.compile(r"(?<!\w)(?:de|del|da|do|di|von|vom)\s+(?P<year>1\d{3}|20\d{2}),\s+"
                                   r"(?!(?:qui|que|qu|dont|où|quien|quienes|cuyo|cuya|el\s+cual|la\s+cual|che|cui|das|der|die|"
                                   r"den|dem|welche[rsmn]?|quem|onde|il|elle|ils|elles|es|er|sie|wir)(?!\w))[^\W\d_]+"
                                   r"(?:\s+[^\s,;.\n]+){0,5}\s+$", re.IGNORECASE)
#: An adverb that tells what follows as the story's next step, in the languages we read: "ensuite", "puis", "luego",
#: "dann", "poi", "depois", "затем".
_TOLD_AS_NEXT = re.compile(r"(?<!\w)(?:ensuite|puis|par\s+la\s+suite|luego|posteriormente|a\s+continuación|dann|danach|"
                           r"anschließend|poi|successivamente|in\s+seguito|depois|em\s+seguida|затем|потом|впоследствии|"
                           r"daarna|vervolgens|"
                           # (…or a happening told as what followed: "Bei der Neuwahl im Juli", "lors des élections qui ont
                           # suivi", "en las elecciones posteriores")
                           r"anschließenden|darauffolgenden|Neuwahl(?:en)?|qui\s+ont\s+suivi|qui\s+a\s+suivi|posteriores?|"
                           r"successive|successivo)(?!\w)", re.IGNORECASE)


#: A thing a month names by "of", right before it, in the languages we read: "Les émeutes de ", "los disturbios de ",
#: "le proteste di " (not a part of the month: "fin de", "finales de", "inizio di").
_FOREIGN_THING_OF_BEFORE = re.compile(r"(?<!\w)(?i:les|la|le|l['’]|los|las|el|gli|il|i|os|as|o|a)\s*"
                                      r"(?!(?i:fin|début|milieu|mi|finales|principios|mediados|inicio|fine|inizio|metà|"
                                      r"final|meados|mois|mes|mese|mês)\s)[^\W\d_]{3,}\s+(?i:de|d['’]|del|di|do|da)\s*$")
#: "Since" right before a date, in the languages we read: "seit", "sinds", "с апреля", "з квітня", "від".
_SINCE_BEFORE_A_DATE = re.compile(rf"(?<!\w)(?:{SINCE_WORDS}|sinds|с|со|з|із|від)\s+$", re.IGNORECASE)
#: …and Turkish's, after it: "Nisan 2024'ten beri", "2024'ten bu yana", "Ocak'tan itibaren".
_SINCE_AFTER_A_DATE = re.compile(r"['’]?(?:den|dan|ten|tan)\s+(?:beri|bu\s+yana|itibaren)(?!\w)", re.IGNORECASE)
#: What stands between two months of a list: ", ", " и ", ", et ", " und ", " y ", " e ", " ve ", " en ".
_LISTED_AFTER = re.compile(r"\s*(?:,|,?\s+(?:и|і|й|та|et|und|y|e|ed|ve|en|and))\s+", re.IGNORECASE)
#: "And" (or "or") between a bare month and a month written with its year: " и ", " et ", " und ", " y ", " e ", " ve ".
_JOINED_TO_A_MONTH = re.compile(r"\s*(?:,\s*)?(?:и|или|et|ou|und|oder|bis|y|o|e|ou|ve|veya|a|à|au)\s+(?:(?:en|de|im|в|el|il|em)\s+)?",
                                re.IGNORECASE)
#: "Since" right before a bare month: "desde ", "depuis ", "seit ", "dal ".
#: ("a partire da gennaio" is "starting in January": a start, told by its tense like any other date)
_SINCE_RIGHT_BEFORE = re.compile(rf"(?<!\w)(?<!partire\s)(?:{SINCE_WORDS}|da)\s*$",
                                 re.IGNORECASE)
#: "Since" and what stands between it and its date, in the languages we read: "depuis le coup d'État d'", "seit dem".
_SINCE_PHRASE_END = re.compile(rf"(?<!\w)(?:{SINCE_WORDS})\b[^,;.]{{0,40}}$",
                               re.IGNORECASE)


#: A word after a genitive period that places a date within it, by language: "gelecek yılın [başında]".
_POSITION_AFTER = {"tr": r"\s+(başında|başlarında|sonunda|sonlarında|ortasında|ortalarında)(?!\w)"}


#: What marks a bare month as a date after it, by language: Turkish's word for "month" in the locative, or its
#: case ending after an apostrophe ("eylül ayında", "eylül'de"; "eylülde" is a month word of its own).
_MONTH_AFTER = {"tr": r"(?:\s+ay[ıi]nda|['’](?:da|de|ta|te)\b|\s+ayının\s+(?:(?:ilk|ikinci|son)\s+yarısında|başında|başlarında|"
                     r"ortasında|ortalarında|sonunda|sonlarında)(?!\w))"}
#: A Turkish word that places the month after it: "[geçen] ekim", "[önümüzdeki] mart", "[bu] eylül".
_TURKISH_MONTH_PLACED = re.compile(r"(?:^|(?<=\s))(?P<rel>(?i:geçen|geçtiğimiz|gelecek|önümüzdeki|bu))\s+$")
#: The part of a month a Turkish genitive names after it, and its TIMEX3 mod: "Ocak ayının [ikinci yarısında]".
_TURKISH_MONTH_PART = re.compile(r"(?P<part>ilk\s+yarısında|ikinci\s+yarısında|son\s+yarısında|başında|başlarında|ortasında|"
                                 r"ortalarında|sonunda|sonlarında)", re.IGNORECASE)
_TURKISH_PART_MOD = {"ilk yarısında": "START", "ikinci yarısında": "END", "son yarısında": "END", "başında": "START",
                     "başlarında": "START", "ortasında": "MID", "ortalarında": "MID", "sonunda": "END", "sonlarında": "END"}


@lru_cache(maxsize=16)
def _base_month_names(language: str) -> frozenset[str]:
    """The month words of `language` as dateparser's locale gives them, without the cases added here."""
    words = month_words(language)
    inflected = _inflected_months(language, tuple(words.items()))
    return frozenset(word for word in words if word not in inflected)


#: Words before a year that place it within the year, by language: a month's ("Anfang 2027", "fin 2025") and the
#: year's own ("mi-2026", "alla fine del 2025", "no final de 2025").
_YEAR_POSITION = {language: {**words, **_YEAR_ONLY_POSITION.get(language, {})} for language, words in _MONTH_POSITION.items()}


def _with_position(text: str, start: int, language: str,
                   table: dict[str, dict[str, str]] = _MONTH_POSITION) -> tuple[int, str]:
    """Where a month's (or year's) date starts once a word placing it within the month goes with it ("Ende November
    2024", "fin décembre"), and the TIMEX3 mod that word gives ("" when there is none)."""
    word = _MONTH_WORD_BEFORE.get(language) if table is _MONTH_POSITION else None
    named = re.search(word, text[max(0, start - 20):start]) if word else None
    if named is not None:  # "dès le mois d'août 2025": the word for "month" goes with its name
        start -= len(text[max(0, start - 20):start]) - named.start()
    positions = table.get(language, {})
    if not positions:
        return start, ""
    alternatives = "|".join(re.escape(w) for w in sorted(positions, key=len, reverse=True))
    before = text[max(0, start - 30):start]
    placed = re.search(rf"(?<!\w)(?i:{alternatives})\s*$", before)
    if placed is None:
        return start, ""
    return start - (len(before) - placed.start()), positions[placed.group(0).strip().lower()]


#: The word for "month" before a month's name, which goes with the date ("le mois d'août", "el mes de marzo").
_MONTH_WORD_BEFORE = {"fr": r"(?<!\w)(?i:(?:le\s+|du\s+)?mois\s+d(?:e\s+|['’]))$",
                      "es": r"(?<!\w)(?i:(?:el\s+|del\s+)?mes\s+de\s+)$",
                      "it": r"(?<!\w)(?i:(?:il\s+|del\s+)?mese\s+di\s+)$", "pt": r"(?<!\w)(?i:(?:o\s+|do\s+)?mês\s+de\s+)$"}


#: Seasons by language, as TIMEX3 codes ("im Frühjahr 2022", "à l'automne 2020", "весной 2022 года").
_SEASONS = {
    "de": {"frühjahr": "SP", "frühling": "SP", "sommer": "SU", "herbst": "FA", "winter": "WI"},
    "fr": {"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    "es": {"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    "it": {"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    "pt": {"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
    "ru": {"весной": "SP", "весна": "SP", "летом": "SU", "лето": "SU", "осенью": "FA", "осень": "FA", "зимой": "WI",
           "зима": "WI",
           # (the accusative and genitive a preposition takes: "на весну следующего года", "до весны 2027 года")
           "весну": "SP", "весны": "SP", "лета": "SU", "осени": "FA", "зиму": "WI", "зимы": "WI"},
    "uk": {"навесні": "SP", "весна": "SP", "влітку": "SU", "літо": "SU", "восени": "FA", "осінь": "FA", "взимку": "WI",
           "зима": "WI",
           # (the genitive and accusative a preposition takes: "з весни 2024 року", "до осені 2027 року", "на весну")
           "весни": "SP", "весну": "SP", "літа": "SU", "осені": "FA", "зими": "WI", "зиму": "WI"},
    "nl": {"voorjaar": "SP", "lente": "SP", "zomer": "SU", "najaar": "FA", "herfst": "FA", "winter": "WI"},
    "tr": {"ilkbahar": "SP", "bahar": "SP", "yaz": "SU", "sonbahar": "FA", "güz": "FA", "kış": "WI"},
}
#: Turkish puts the year first, in the genitive, and the season after it in the locative: "2020 yılının sonbaharında",
#: "2020 sonbaharında".
_TURKISH_YEAR_SEASON = re.compile(r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?:\s+yılının|['’]?(?:ın|in|un|ün))?\s+"
                                  r"(?P<season>ilkbahar|bahar|yaz|sonbahar|güz|kış)(?:ında|ında|ında|inde|ın|ı|a|e)?(?!\w)",
                                  re.UNICODE)
#: …and its month the same way: "2025 yılının eylül ayında", "2024 yılı mart ayında", "2023 Ekim'inde".
_TURKISH_YEAR_MONTH = re.compile(r"(?<!\d)(?P<year>1[5-9]\d\d|20\d\d)(?:\s+yılının|\s+yılı|['’]?(?:ın|in|un|ün))?\s+"
                                 r"(?P<mon>ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
                                 r"(?:\s+ay(?:ında|ı|ının)|['’]?(?:ında|inde|unda|ünde|ta|te|da|de))?(?!\w)", re.IGNORECASE)
_SEASON_YEAR = re.compile(r"(?<!\w)(?P<season>[^\W\d_]{3,10})\s+(?:(?:de|del|van|des|di)\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?!\d)"
                          # (a winter across two years: "Im Winter 2024/25", "l'hiver 2024-2025")
                          r"(?P<next>[/–-](?:\d\d){1,2}(?![\d/.]))?"
                          r"(?:\s*(?:г\.|года|р\.|року))?", re.UNICODE)


#: A decade, per language, with the edge of it named before: "au début des années 2020", "Anfang der 1990er Jahre",
#: "a finales de los años 80", "negli anni '90", "в конце 1990-х годов", "1990'lı yıllarda".
_DECADE = {
    "fr": r"(?:(?P<edge>(?:au\s+)?(?:début|fin|milieu)|à\s+la\s+fin)\s+des\s+)?années\s+(?P<y>\d{3}0|[1-9]0)(?!\d)",
    "de": r"(?:(?P<edge>Anfang|Ende|Mitte)\s+der\s+)?(?P<y>\d{3}0|[1-9]0)er(?:[- ]?Jahre[n]?)?(?!\w)",
    "es": r"(?:(?P<edge>(?:a\s+)?(?:principios|finales|mediados|fines|comienzos))\s+de\s+)?(?:la\s+década\s+de\s+(?:los\s+)?|"
          r"los\s+años\s+)['’]?(?P<y>\d{3}0|[1-9]0|(?i:veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa))(?!\w)",
    "it": r"(?:(?P<edge>(?:all['’])?inizio|(?:alla\s+)?fine|(?:a\s+)?metà)\s+degli\s+)?anni\s+['’]?"
          r"(?P<y>\d{3}0|[1-9]0|(?i:venti|trenta|quaranta|cinquanta|sessanta|settanta|ottanta|novanta))(?!\w)",
    "pt": r"(?:(?P<edge>(?:n?o\s+)?(?:início|fim|final)|(?:em\s+)?meados)\s+d[ao]s?\s+)?(?:década\s+de\s+|anos\s+)['’]?"
          r"(?P<y>\d{3}0|[1-9]0|(?i:vinte|trinta|quarenta|cinquenta|sessenta|setenta|oitenta|noventa))(?!\w)",
    "ru": r"(?:(?P<edge>(?:в\s+)?(?:начал\w*|конц\w*|середин\w*))\s+)?(?P<y>\d{3}0)-(?:х|е)(?:\s+год\w*)?",
    "tr": r"(?P<y>\d{3}0)['’]?(?:lı|li|lu|lü|lar|ler)\s+yıl\w*(?:\s+(?P<edge>başında|sonunda|ortalarında))?",
}
_DECADE_EDGE = (("début", "START"), ("anfang", "START"), ("principios", "START"), ("comienzos", "START"),
                ("inizio", "START"), ("início", "START"), ("начал", "START"), ("başında", "START"),
                ("fin", "END"), ("ende", "END"), ("finales", "END"), ("fines", "END"), ("final", "END"), ("fim", "END"),
                ("конц", "END"), ("sonunda", "END"))


_DECADE_WORDS = {w: str(10 * (i + 2)) for words in (("venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                                                      "novanta"),
                                                     ("veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta",
                                                      "ochenta", "noventa"),
                                                     ("vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta",
                                                      "oitenta", "noventa"))
                 for i, w in enumerate(words)}


def _decade_dates(text: str, language: str, taken: bytearray) -> list[Timex]:
    """"Au début des années 2020": the decade (a two-digit one of the last century: "les années 90"), with its edge."""
    pattern = _DECADE.get(language)
    if pattern is None:
        return []
    out = []
    for m in re.finditer(pattern, text, re.IGNORECASE):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        y = _DECADE_WORDS.get(m["y"].lower(), m["y"])  # ("anni Novanta", "los años ochenta": the decade said in words)
        year = int(y) if len(y) == 4 else 1900 + int(y)
        edge = (m["edge"] or "").lower()
        mod = next((code for word, code in _DECADE_EDGE if word in edge), "MID" if edge else "")
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{year // 10}X", f"a decade ({language})", mod=mod))
    return out


def _season_dates(text: str, language: str, taken: bytearray) -> list[Timex]:
    """"Im Frühjahr 2022": the season of that year (a winter is the one that begins in that year's December)."""
    seasons = _SEASONS.get(language)
    if not seasons:
        return []
    out = []
    if language == "tr":
        for m in _TURKISH_YEAR_SEASON.finditer(text):
            if taken.find(1, m.start(), m.end()) != -1:
                continue
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{m['year']}-{seasons[m['season'].lower()]}",
                             "a season and its year (tr)"))
        return out
    for m in _SEASON_YEAR.finditer(text):
        code = seasons.get(m["season"].lower())
        if code is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        end = m.end()
        if m["next"] and int(m["next"][1:]) % 100 != (int(m["year"]) + 1) % 100:
            end = m.end("year")  # ("Winter 2024/27" is no winter across two years: the year alone)
        taken[m.start():end] = b"\x01" * (end - m.start())
        out.append(Timex(m.start(), end, text[m.start():end], DATE, f"{m['year']}-{code}", f"a season and its year ({language})"))
    return out


def _turkish_year_months(text: str, language: str, taken: bytearray) -> list[Timex]:
    """"2025 yılının eylül ayında": September 2025, the year written first in the genitive, as Turkish writes it."""
    if language != "tr":
        return []
    months = month_words("tr")
    out = []
    for m in _TURKISH_YEAR_MONTH.finditer(text):
        month = months.get(m["mon"].lower())
        if month is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, month_value(int(m["year"]), month), "a month and its year (tr)"))
    return out


#: "Next" and "last" beside a season, by language: "au printemps prochain", "im kommenden Frühjahr", "la
#: próxima primavera", "l'été dernier", "прошлой осенью". (The season words are those of `_SEASONS`.)
_SEASON_NEXT_LAST = {
    "fr": (r"(?P<season>{s})\s+(?P<rel>prochain|dernier)", {"prochain": 1, "dernier": -1}),
    "de": (r"(?P<rel>kommenden|nächsten|vergangenen|letzten)\s+(?P<season>{s})", {"kommenden": 1, "nächsten": 1,
                                                                                  "vergangenen": -1, "letzten": -1}),
    "es": (r"(?:(?P<rel>próxim[ao]|pasad[ao])\s+(?P<season>{s})|(?P<season2>{s})\s+(?P<rel2>próxim[ao]|pasad[ao]))",
           {"próxima": 1, "próximo": 1, "pasada": -1, "pasado": -1}),
    "it": (r"(?P<season>{s})\s+(?P<rel>prossim[ao]|scors[ao])", {"prossima": 1, "prossimo": 1, "scorsa": -1, "scorso": -1}),
    "pt": (r"(?:(?P<rel>próxim[ao]|passad[ao])\s+(?P<season>{s})|(?P<season2>{s})\s+(?P<rel2>que\s+vem|passad[ao]))",
           {"próxima": 1, "próximo": 1, "que vem": 1, "passada": -1, "passado": -1}),
    "ru": (r"(?P<rel>следующ\w+|будущ\w+|прошл\w+)\s+(?P<season>{s})", {"следующ": 1, "будущ": 1, "прошл": -1}),
}
_SEASON_ORDER = ("SP", "SU", "FA", "WI")


def _relative_season_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Au printemps prochain", "im vergangenen Sommer": the next season of that name after the one the
    publication date falls in, or the last one before it (a winter is the one that begins in December)."""
    seasons, spec = _SEASONS.get(language), _SEASON_NEXT_LAST.get(language)
    if not seasons or not spec:
        return []
    names = "|".join(sorted(map(re.escape, seasons), key=len, reverse=True))
    pattern = re.compile(r"(?<!\w)" + spec[0].format(s=names) + r"(?!\w)", re.IGNORECASE | re.UNICODE)
    # the season the publication date falls in, as (year, index): December to February is that winter
    month = dct.month
    current = (dct.year - (1 if month <= 2 else 0), 3 if month in (12, 1, 2) else (month - 3) // 3)
    out = []
    for m in pattern.finditer(text):
        season = (m.groupdict().get("season") or m.groupdict().get("season2") or "").lower()
        rel = (m.groupdict().get("rel") or m.groupdict().get("rel2") or "").lower()
        code = seasons.get(season)
        step = next((v for k, v in spec[1].items() if rel.startswith(k)), None)
        if code is None or step is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        year, index = current
        while True:  # the next (or last) season of that name, the current one left out
            index += step
            if not 0 <= index <= 3:
                year, index = year + step, index % 4
            if _SEASON_ORDER[index] == code:
                break
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{year:04d}-{code}",
                         f"the {'next' if step > 0 else 'last'} {season} from {dct.label()} ({language})"))
    return out


def _season_of_relative_year(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"весной следующего года", "im Frühjahr nächsten Jahres", "en la primavera del año que viene": the season of the
    year after (or before) publication's, told as the year's relative is told after a month."""
    seasons, after = _SEASONS.get(language), _YEAR_REL_AFTER_MONTH.get(language)
    if not seasons or not after:
        return []
    names = "|".join(sorted(map(re.escape, seasons), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?P<season>{names})(?:{after})(?!\w)", re.IGNORECASE | re.UNICODE)
    out = []
    for m in pattern.finditer(text):
        code = seasons.get(m["season"].lower())
        if code is None or taken.find(1, m.start(), m.end()) != -1 or m.groupdict().get("that") or m.groupdict().get("that2"):
            continue  # (a season of "that year" is left to the year the text named: not read here)
        year = dct.year + (-1 if m["last"] else 1 if m["next"] else 0)
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{year:04d}-{code}",
                         f"the {m['season']} of the year {year_str(year)}, told from {dct.label()} ({language})"))
    return out


#: A season named alone after its preposition, by language: "im Frühjahr", "au printemps", "en verano", "in autunno"; and
#: one a plan is for: "für den Herbst", "pour l'automne", "para el otoño".
_BARE_SEASON = {"de": r"(?:im|diesen|diesem|für\s+den|für\s+das)\s+(?P<season>{s})",
                "fr": r"(?:au|en|à\s+l['’]|cet(?:te)?|pour\s+l['’]|pour\s+le)\s*(?P<season>{s})",
                "es": r"(?:en|este|esta|para\s+(?:la|el))\s+(?P<season>{s})", "it": r"(?:in|d['’]|quest['’]|questa|questo)\s*(?P<season>{s})",
                "pt": r"(?:na|no|neste|nesta)\s+(?P<season>{s})"}


def _bare_season_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Merz will im Frühjahr nach China reisen": a season without its year is the next one of that name in a sentence
    that looks ahead, else the last one begun by publication (as "in the spring" is read in English)."""
    seasons, spec = _SEASONS.get(language), _BARE_SEASON.get(language)
    if not seasons or not spec:
        return []
    names = "|".join(sorted(map(re.escape, seasons), key=len, reverse=True))
    # (not one counted from the date told before: "au printemps suivant" is read with that date)
    pattern = re.compile(r"(?<!\w)" + spec.format(s=names) + r"(?!\w)(?!\s*(?:de\s+|del\s+)?\d)"
                         r"(?!\s+(?:suivant|précédent|d['’]après|siguiente|anterior|successiv[oa]|seguente|precedente|seguinte)(?!\w))",
                         re.IGNORECASE | re.UNICODE)
    out = []
    for m in pattern.finditer(text):
        code = seasons.get(m["season"].lower())
        if code is None or taken.find(1, m.start("season"), m.end()) != -1:
            continue
        start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
        begun = Day.of(dct.year, start_month, 1).number <= dct.number  # (this year's has begun by publication)
        ahead = looks_ahead(text, m.start(), m.end(), language)
        year = dct.year + (1 if begun else 0) if ahead else dct.year - (0 if begun else 1)
        if code == "WI" and not ahead and dct.month <= 2:
            year = dct.year - 1  # (the winter that began last December)
        if _THIS_SEASON.match(m.group(0)):
            # "in diesem Sommer", "cet été", "esta primavera": this year's, the demonstrative in the phrase (a winter
            # is the one begun last December until March)
            year = dct.year - (1 if code == "WI" and dct.month <= 3 else 0)
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{year:04d}-{code}",
                             f"{m.group(0)}, this year's ({language})"))
            continue
        taken[m.start("season"):m.end()] = b"\x01" * (m.end() - m.start("season"))
        out.append(Timex(m.start("season"), m.end(), m.group("season"), DATE, f"{year:04d}-{code}",
                         f"{m['season']}, the {'next' if ahead else 'last'} one from {dct.label()} ({language})"))
    return out


#: A demonstrative that opens a season's phrase: "[diesem] Sommer", "[cet] été", "[esta] primavera".
_THIS_SEASON = re.compile(r"(?:diesen|diesem|cet|cette|este|esta|questa|questo|quest['’]|neste|nesta)\b", re.IGNORECASE)


#: "Next" and "last" beside a month's name, by language: "lo scorso agosto", "agosto pasado", "août dernier", "im
#: vergangenen August", "no próximo mês de março". (An article before it goes with it, a preposition does not.)
_MONTH_NEXT_LAST = {
    # ("le 3 décembre prochain": the day of that month, one phrase)
    "fr": (r"(?:(?P<day>\d{{1,2}})(?:er)?\s+)?(?P<mon>{m})\s+(?P<rel>prochain|dernier)", {"prochain": 1, "dernier": -1}),
    "de": (r"(?P<rel>kommenden|nächsten|vergangenen|letzten|vorigen)\s+(?P<mon>{m})",
           {"kommenden": 1, "nächsten": 1, "vergangenen": -1, "letzten": -1, "vorigen": -1}),
    "es": (r"(?:(?:el|del|al)\s+(?P<rel>próximo|pasado)\s+(?:mes\s+de\s+)?(?P<mon>{m})|(?P<mon2>{m})\s+(?P<rel2>próximo|pasado))",
           {"próximo": 1, "pasado": -1}),
    "it": (r"(?:(?:lo|dello|dallo|allo|nello|il|del|dal|al|nel)\s+(?P<rel>scorso|prossimo)\s+(?:mese\s+di\s+)?(?P<mon>{m})"
           r"|(?P<mon2>{m})\s+(?P<rel2>scorso|prossimo))",
           {"prossimo": 1, "scorso": -1}),
    "pt": (r"(?:(?:o|no|do|ao)\s+(?P<rel>próximo|passado)\s+(?:mês\s+de\s+)?(?P<mon>{m})"
           r"|(?P<mon2>{m})\s+(?P<rel2>passado|próximo|que\s+vem))",
           {"próximo": 1, "que vem": 1, "passado": -1}),
}


def _relative_month_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Lo scorso agosto", "im kommenden März": the last month of that name before the publication's month, or
    the next one after it (the publication's own month is neither: "last November", said in November, is a
    year before)."""
    spec = _MONTH_NEXT_LAST.get(language)
    if not spec:
        return []
    months = month_words(language)
    full_names = _full_month_names(language)
    names = "|".join(sorted(map(re.escape, full_names), key=len, reverse=True))
    if not names:
        return []
    pattern = re.compile(r"(?<!\w)" + spec[0].format(m=names) + r"(?!\w)", re.IGNORECASE | re.UNICODE)
    out = []
    for m in pattern.finditer(text):
        word = (m.groupdict().get("mon") or m.groupdict().get("mon2") or "").lower()
        rel = re.sub(r"\s+", " ", (m.groupdict().get("rel") or m.groupdict().get("rel2") or "").lower())
        month, step = months.get(word), spec[1].get(rel)
        if month is None or step is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        day = int(m.groupdict()["day"]) if m.groupdict().get("day") else None
        # (a day's "dernier" is the last such day: "le 20 novembre dernier", said on 25 November, is five days back)
        told, now = ((month, day), (dct.month, dct.ymd[2])) if day is not None else (month, dct.month)
        year = dct.year if (told < now if step < 0 else told > now) else dct.year + step
        if day is not None and not valid_day(year, month, day):
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE,
                         day_value(Day.of(year, month, day)) if day is not None else month_value(year, month),
                         f"the {'next' if step > 0 else 'last'} {_MONTH_NAMES[month - 1].title()} from {dct.label()} "
                         f"({language})"))
    return out


#: A year told relative to publication right after a month's name (or before it, in Turkish), by language: "agosto
#: del año pasado", "im August letzten Jahres", "août de l'année dernière", "в августе прошлого года", "geçen yılın
#: ağustos ayında". The month is of that year, whichever side of the publication's month it falls.
_YEAR_REL_AFTER_MONTH = {
    "es": (r"\s+(?:del|de)\s+(?:(?P<last>año\s+pasado|pasado\s+año|año\s+anterior)|(?P<next>próximo\s+año|año\s+próximo|año\s+que"
           r"\s+viene)|(?P<this>este\s+año|presente\s+año|año\s+en\s+curso)|(?P<that>ese\s+(?:mismo\s+)?año|aquel\s+año|"
           r"ese\s+mismo\s+año|mismo\s+año))"),
    "pt": (r"\s+(?:do|de)\s+(?:(?P<last>ano\s+passado|ano\s+anterior)|(?P<next>próximo\s+ano|ano\s+que\s+vem)|(?P<this>este\s+ano|"
           r"corrente\s+ano|ano\s+corrente)|(?P<that>mesmo\s+ano))|\s+(?P<that2>desse|daquele|deste\s+mesmo)\s+ano"
           r"|\s+(?:deste|neste)\s+ano"),  # ("em setembro deste ano": this year's)
    "fr": (r"\s+(?:de\s+l['’](?:année|an)\s+(?:(?P<last>dernière|dernier|passée|passé)|(?P<next>prochaine|prochain))"
           r"|(?P<that>de\s+cette\s+année-là|de\s+la\s+même\s+année)|(?P<this>de\s+cette\s+année))"),
    "de": r"\s+(?:(?P<last>letzten|vergangenen|vorigen)|(?P<next>nächsten|kommenden)|(?P<this>dieses|diesen)|(?P<that>jenes|desselben))\s+Jahres",
    "it": (r"\s+(?:(?P<last>dello\s+scorso\s+anno|dell['’]anno\s+scorso)|(?P<next>del\s+prossimo\s+anno|dell['’]anno\s+prossimo)"
           r"|(?P<this>di\s+quest['’]anno)|(?P<that>di\s+quell['’]anno|dello\s+stesso\s+anno))"),
    "ru": r"\s+(?:(?P<last>прошлого)|(?P<next>следующего|будущего)|(?P<this>этого|текущего|нынешнего)|(?P<that>того\s+же))\s+года",
    "uk": r"\s+(?:(?P<last>минулого)|(?P<next>наступного)|(?P<this>цього|поточного))\s+року",
    "nl": (r"\s+van\s+(?:(?P<last>vorig|afgelopen)\s+jaar|(?P<next>volgend|komend)\s+jaar|(?P<this>dit)\s+jaar"
           r"|(?P<that>datzelfde|dat)\s+jaar)"),
}
# (…or in the nominative: "önümüzdeki yıl Mart ayında")
_YEAR_REL_BEFORE_MONTH = {"tr": r"(?:(?P<last>geçen|geçtiğimiz)|(?P<next>gelecek|önümüzdeki)|(?P<this>bu))\s+yıl(?:ın)?\s+"}


def _month_of_relative_year(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"En agosto del año pasado", "8 августа прошлого года": a month (or its day) of the year before or after
    publication's, read as one date (the month alone would be the nearest such month)."""
    after, before = _YEAR_REL_AFTER_MONTH.get(language), _YEAR_REL_BEFORE_MONTH.get(language)
    if not after and not before:
        return []
    months = month_words(language)
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    if not names:
        return []
    # (…its part named before it too: "Ende November vergangenen Jahres", "a finales de agosto del año pasado")
    month_part = rf"(?:(?P<day>\d{{1,2}})\.?\s+(?:de\s+)?|(?:Anfang|Ende|Mitte|principios\s+de|finales\s+de|mediados\s+de|" \
                 rf"comienzos\s+de|d[ée]but|fin|inizio|fine)\s+)?(?P<mon>{names})"
    if language == "tr":
        month_part += r"(?:\s+ay(?:ında|ının|ı))?"  # ("Mart ayında": the word for month, its case ending with it)
    pattern = re.compile(rf"(?<!\w){before}{month_part}(?!\w)" if before else rf"(?<!\w){month_part}(?:{after})(?!\w)",
                         re.IGNORECASE | re.UNICODE)
    out = []
    for m in pattern.finditer(text):
        month = months.get(m["mon"].lower())
        if month is None or taken.find(1, m.start(), m.end()) != -1:
            continue
        that = m.groupdict().get("that") or m.groupdict().get("that2")
        if that:  # "em março desse ano", "en mars de cette année-là": the year the text last wrote
            written = list(_YEAR.finditer(text, max(0, m.start() - 600), m.start()))
            if not written:
                continue
            year = int(written[-1]["year"])
        else:
            year = dct.year + (-1 if m["last"] else 1 if m["next"] else 0)
        day = int(m["day"]) if m["day"] else None
        if day is not None and not valid_day(year, month, day):
            continue
        value = day_value(Day.of(year, month, day)) if day is not None else month_value(year, month)
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, value,
                         f"{_MONTH_NAMES[month - 1].title()} of the year {year_str(year)}, told from {dct.label()} ({language})"))
    return out


#: Counts of time before publication, per language: the phrase (with a count `n`, maybe left out for one, and its
#: unit `u`), the count words, and the unit words' stems ("il y a deux ans", "hace tres meses", "vor zwei Wochen",
#: "due anni fa", "há dois anos", "два года назад", "два роки тому", "iki yıl önce").
_AGO = {
    "fr": (r"il\s+y\s+a\s+(?P<n>{n})\s+(?P<u>ans?|années?|mois|semaines?|jours?)",
           {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
            "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50},
           {"an": "Y", "ann": "Y", "moi": "M", "sem": "W", "jou": "D"}),
    "es": (r"hace\s+(?P<n>{n})\s+(?P<u>años?|mes(?:es)?|semanas?|días?)",
           {"un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
            "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50},
           {"añ": "Y", "me": "M", "se": "W", "dí": "D"}),
    "de": (r"vor\s+(?:genau\s+)?(?P<n>{n})\s+(?P<u>Jahren|Jahr|Monaten|Monat|Wochen|Woche|Tagen|Tag)",
           {"einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
            "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
            "fünfzig": 50},
           {"ja": "Y", "mo": "M", "wo": "W", "ta": "D"}),
    "it": (r"(?P<n>{n})\s+(?P<u>anni|anno|mesi|mese|settimane|settimana|giorni|giorno)\s+fa",
           {"un": 1, "uno": 1, "una": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
            "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30, "quaranta": 40,
            "cinquanta": 50},
           {"an": "Y", "me": "M", "se": "W", "gi": "D"}),
    "pt": (r"há\s+(?P<n>{n})\s+(?P<u>anos?|meses|mês|semanas?|dias?)",
           {"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5, "seis": 6, "sete": 7, "oito": 8,
            "nove": 9, "dez": 10, "onze": 11, "doze": 12, "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40,
            "cinquenta": 50},
           {"an": "Y", "me": "M", "mê": "M", "se": "W", "di": "D"}),
    "ru": (r"(?:(?P<n>{n})\s+)?(?P<u>год(?:а)?|лет|месяц(?:а|ев)?|недел[юиь]|дн(?:я|ей)|день)\s+назад",
           {"один": 1, "одну": 1, "одна": 1, "два": 2, "две": 2, "три": 3, "четыре": 4, "пять": 5, "шесть": 6, "семь": 7,
            "восемь": 8, "девять": 9, "десять": 10, "двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50},
           {"го": "Y", "ле": "Y", "ме": "M", "не": "W", "дн": "D", "де": "D"}),
    "uk": (r"(?:(?P<n>{n})\s+)?(?P<u>рік|роки|років|місяц[ьіів]+|тижн[іьів]+|тиждень|дн[іів]+|день)\s+тому",
           {"один": 1, "одну": 1, "два": 2, "дві": 2, "три": 3, "чотири": 4, "п'ять": 5, "шість": 6, "сім": 7,
            "вісім": 8, "дев'ять": 9, "десять": 10, "двадцять": 20, "тридцять": 30},
           {"рі": "Y", "ро": "Y", "мі": "M", "ти": "W", "дн": "D", "де": "D"}),
    "tr": (r"(?P<n>{n})\s+(?P<u>yıl|sene|ay|hafta|gün)\s+önce",
           {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8, "dokuz": 9, "on": 10,
            "yirmi": 20, "otuz": 30, "kırk": 40, "elli": 50},
           {"yı": "Y", "se": "Y", "ay": "M", "ha": "W", "gü": "D"}),
}


#: …and counts ahead of it, with the same count and unit words: "dans trois jours", "dentro de dos semanas", "in drei
#: Wochen", "tra due settimane", "dentro de três meses", "через две недели", "через два тижні", "iki hafta sonra".
_AHEAD_COUNT = {
    "fr": r"dans\s+(?P<n>{n})\s+(?P<u>ans?|années?|mois|semaines?|jours?)",
    "es": r"dentro\s+de\s+(?P<n>{n})\s+(?P<u>años?|mes(?:es)?|semanas?|días?)",
    "de": r"in\s+(?P<n>{n})\s+(?P<u>Jahren|Monaten|Wochen|Tagen)",
    "it": r"(?:tra|fra)\s+(?P<n>{n})\s+(?P<u>anni|mesi|settimane|giorni)",
    "pt": r"dentro\s+de\s+(?P<n>{n})\s+(?P<u>anos?|meses|mês|semanas?|dias?)",
    "ru": r"через\s+(?:(?P<n>{n})\s+)?(?P<u>год(?:а)?|лет|месяц(?:а|ев)?|недел[юиь]|дн(?:я|ей)|день)",
    "uk": r"через\s+(?:(?P<n>{n})\s+)?(?P<u>рік|роки|років|місяц[ьіів]+|тижн[іьів]+|тиждень|дн[іів]+|день)",
    "tr": r"(?P<n>{n})\s+(?P<u>yıl|sene|ay|hafta|gün)\s+sonra",
}


#: What a count ahead is counted from when it is no day of writing: "через тридцять днів [після] обміну нотами", "trente
#: jours [après] l'échange", "treinta días [después de]…".
_AFTER_ANOTHER_HAPPENING = re.compile(r"\s+(?:після|после|nach|après|después|dopo|após|depois)(?!\w)",
                                      re.IGNORECASE)
#: Words right after a count back that make it exact, to the day: "il y a un an jour pour jour", "hace un año exactamente".
_EXACTLY_AFTER = {"fr": r"\s*,?\s*(?:jour\s+pour\s+jour|exactement)", "es": r"\s*,?\s*(?:exactamente|justo)",
                  "it": r"\s*,?\s*(?:esatti|esattamente)", "pt": r"\s*,?\s*(?:exatamente|certinho)"}


def _count_and_unit(m: re.Match[str], numbers: dict[str, int], units: dict[str, str]) -> tuple[int, str] | None:
    """The count and the unit code ("Y", "M", "W", "D") a count's match names, None when either is not known."""
    word = (m["n"] or "").replace("İ", "i").lower()
    n = int(word) if word.isdigit() else numbers.get(word, 1 if not word else 0)
    unit = next((code for stem, code in units.items() if m["u"].lower().startswith(stem)), None)
    return (n, unit) if n and unit is not None else None


def _counted_from(day: Day, unit: str, n: int) -> str:
    """The value `n` units from `day` (back when negative), at the unit's grain: a year for years."""
    if unit == "Y":
        return year_str(day.year + n)
    if unit == "M":
        return month_value(*cal.add_months(day.year, day.month, n))
    if unit == "W":
        return week_value(day.plus(7 * n))
    return day_value(day.plus(n))


def _ago_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Il y a deux ans", "hace tres meses", "vor zwei Wochen": that long before publication, at the unit's grain
    (a year for years, as "two years ago" is read in English); "dans trois jours", "через две недели": after it."""
    spec = _AGO.get(language)
    if spec is None:
        return []
    phrase, numbers, units = spec
    # (Turkish capitalises "i" as "İ", which no case folding turns back: "İki yıl önce")
    words = set(numbers) | {"İ" + w[1:] for w in numbers if w.startswith("i")}
    count = r"\d{1,3}|" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    out = []
    ahead = _AHEAD_COUNT.get(language)
    found = [(m, -1) for m in re.finditer(rf"(?<!\w){phrase.format(n=count)}(?!\w)", text, re.IGNORECASE | re.UNICODE)]
    if ahead:
        found += [(m, 1) for m in re.finditer(rf"(?<!\w){ahead.format(n=count)}(?!\w)", text, re.IGNORECASE | re.UNICODE)]
    for m, sign in sorted(found, key=lambda pair: pair[0].start()):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        counted = _count_and_unit(m, numbers, units)
        if counted is None:
            continue
        if sign > 0 and _AFTER_ANOTHER_HAPPENING.match(text, m.end()):
            # "набуде чинності через тридцять днів після обміну нотами": counted from a happening not yet dated, no day
            # after publication; a length of time
            taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
            out.append(Timex(m.start(), m.end(), m.group(0), DURATION, f"P{counted[0]}{counted[1]}",
                             f"{m.group(0)}, counted from what follows it ({language})"))
            continue
        n, unit = counted[0] * sign, counted[1]
        # ("Il y a un an jour pour jour", "hace un año exactamente", "vor genau einem Jahr": that very day)
        exact = _EXACTLY_AFTER.get(language)
        exactly = re.match(exact, text[m.end():m.end() + 24], re.IGNORECASE) if exact else None
        end = m.end() + (exactly.end() if exactly else 0)
        if exactly or re.search(r"\bgenau\s", m.group(0), re.IGNORECASE) \
                or re.search(r"\b(?:exactamente|esattamente|exatamente|ровно|tam)\s+$", text[max(0, m.start() - 14):m.start()],
                             re.IGNORECASE):
            if unit in ("Y", "M"):
                y, mo = cal.add_months(dct.year, dct.month, n * (12 if unit == "Y" else 1))
                day = Day.of(y, mo, min(dct.ymd[2], cal.days_in_month(y, mo)))
            else:
                day = dct.plus(n * (7 if unit == "W" else 1))
            taken[m.start():end] = b"\x01" * (end - m.start())
            out.append(Timex(m.start(), end, text[m.start():end], DATE, day_value(day),
                             f"{text[m.start():end]}, that very day {'before' if sign < 0 else 'after'} {dct.label()} ({language})"))
            continue
        value = _counted_from(dct, unit, n)
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        side = "before" if sign < 0 else "after"
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, value, f"{m.group(0)}, {side} {dct.label()} ({language})"))
    return out


#: Ordinals and the words for a quarter and a half year, by language ("premier trimestre 2027", "im dritten
#: Quartal 2025", "segundo semestre de 2026", "в первом квартале 2027 года").
_ORDINALS = {
    # (…and the feminine ones a half takes: "la première moitié", "la primera mitad", "в первой половине")
    "fr": {"premier": 1, "1er": 1, "deuxième": 2, "second": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4,
           "première": 1, "seconde": 2},
    "de": {"erste": 1, "ersten": 1, "erstes": 1, "1.": 1, "zweite": 2, "zweiten": 2, "zweites": 2, "2.": 2, "dritte": 3,
           "dritten": 3, "drittes": 3, "3.": 3, "vierte": 4, "vierten": 4, "viertes": 4, "4.": 4},
    "es": {"primer": 1, "primero": 1, "segundo": 2, "tercer": 3, "tercero": 3, "cuarto": 4, "primera": 1, "segunda": 2},
    "it": {"primo": 1, "secondo": 2, "terzo": 3, "quarto": 4, "prima": 1, "seconda": 2},
    "pt": {"primeiro": 1, "segundo": 2, "terceiro": 3, "quarto": 4, "primeira": 1, "segunda": 2},
    "ru": {"первом": 1, "первый": 1, "втором": 2, "второй": 2, "третьем": 3, "третий": 3, "четвертом": 4, "четвёртом": 4,
           "четвертый": 4, "четвёртый": 4, "первой": 1, "первая": 1, "вторая": 2},
    "uk": {"першому": 1, "другому": 2, "третьому": 3, "четвертому": 4, "першій": 1, "другій": 2, "перша": 1, "друга": 2},
    "nl": {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4},
}
_PERIOD_WORDS = {
    "fr": {"trimestre": "Q", "semestre": "H", "moitié": "H"}, "es": {"trimestre": "Q", "semestre": "H", "mitad": "H"},
    "it": {"trimestre": "Q", "semestre": "H", "metà": "H"}, "pt": {"trimestre": "Q", "semestre": "H", "metade": "H"},
    "de": {"quartal": "Q", "quartals": "Q", "halbjahr": "H", "halbjahres": "H", "halbjahrs": "H", "hälfte": "H"},
    "ru": {"квартал": "Q", "квартале": "Q", "квартала": "Q", "полугодие": "H", "полугодии": "H", "полугодия": "H",
           "половине": "H", "половина": "H", "половины": "H"},
    "uk": {"кварталі": "Q", "квартал": "Q", "півріччі": "H", "півріччя": "H", "половині": "H", "половина": "H"},
    "nl": {"kwartaal": "Q", "halfjaar": "H", "jaarhelft": "H", "helft": "H"},
}
_PERIOD_YEAR = re.compile(r"(?<!\w)(?P<ord>[^\W_]{1,10}\.?)\s+(?P<unit>[^\W\d_]{4,11})\s+"
                          # (…a half of "the year": "de l'année 2027", "des Jahres 2027", "del año 2027")
                          r"(?:(?:de\s+l['’]année|des\s+Jahres|del\s+año|dell['’]anno|do\s+ano|van\s+het\s+jaar)\s+|"
                          r"(?:de|del|des|di|do|da|van|von)\s+)?"
                          r"(?P<year>1[5-9]\d\d|20\d\d)(?!\d)(?:\s*(?:г\.|года|року|р\.))?", re.UNICODE)
#: Turkish's halves and quarters, after the year's genitive: "2027 yılının ilk yarısında", "2026'nın üçüncü çeyreğinde".
_TURKISH_PERIOD_YEAR = re.compile(r"(?<!\w)(?P<year>1[5-9]\d\d|20\d\d)(?:\s+yılının|['’](?:nın|nin|ın|in|un|ün))\s+"
                                  r"(?P<ord>ilk|birinci|ikinci|üçüncü|dördüncü|son)\s+"
                                  r"(?P<unit>yarısında|yarısı|yarıyılında|çeyreğinde|çeyreği)(?!\w)", re.IGNORECASE)
_TURKISH_ORDINALS = {"ilk": 1, "birinci": 1, "ikinci": 2, "üçüncü": 3, "dördüncü": 4}


#: "The second week of January" in the other languages we read: its ordinal (feminine, as "week" is) and its month's word
#: after ("la segunda semana de enero", "la deuxième semaine de janvier", "la seconda settimana di gennaio", "a segunda
#: semana de janeiro"); the last one too.
_WEEK_OF_MONTH = {
    "es": (r"(?:la\s+)?(?P<ord>primera|segunda|tercera|cuarta|última|ultima)\s+semana\s+de",
           {"primera": 1, "segunda": 2, "tercera": 3, "cuarta": 4}),
    "fr": (r"(?:la\s+)?(?P<ord>première|deuxième|seconde|troisième|quatrième|dernière)\s+semaine\s+(?:de\s+|d['’])",
           {"première": 1, "deuxième": 2, "seconde": 2, "troisième": 3, "quatrième": 4}),
    "it": (r"(?:la\s+)?(?P<ord>prima|seconda|terza|quarta|ultima)\s+settimana\s+(?:di\s+|d['’])",
           {"prima": 1, "seconda": 2, "terza": 3, "quarta": 4}),
    "pt": (r"(?:a\s+)?(?P<ord>primeira|segunda|terceira|quarta|última)\s+semana\s+de",
           {"primeira": 1, "segunda": 2, "terceira": 3, "quarta": 4}),
}


def _nth_week_of_month_dates(text: str, dct: Day, language: str, taken: bytearray) -> list[Timex]:
    """"Las delegaciones acordaron reunirse en la segunda semana de enero": the calendar week that holds the middle of
    that stretch of the month (as English's "the second week of January"), in the year the sentence's tense says."""
    spec = _WEEK_OF_MONTH.get(language)
    if spec is None:
        return []
    months = month_words(language)
    names = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<!\w){spec[0]}\s*(?P<mon>{names})(?!\w)(?:\s+(?:de\s+|del\s+|di\s+)?(?P<year>\d{{4}}))?",
                         text, re.IGNORECASE):
        if taken.find(1, m.start(), m.end()) != -1:
            continue
        month = months[m["mon"].lower()]
        middle = spec[1].get(m["ord"].lower(), 25 if month == 2 else 27)
        middle = {1: 4, 2: 11, 3: 18, 4: 25}.get(middle, middle)
        if m["year"]:
            year = int(m["year"])
        else:
            readings = [Day.of(y, month, middle) for y in (dct.year - 1, dct.year, dct.year + 1)]
            if looks_ahead(text, m.start(), m.end(), language):
                year = min((d for d in readings if d.number > dct.number), key=lambda d: d.number).year
            elif told_in_past(text, m.start(), m.end(), language):
                year = max((d for d in readings if d.number < dct.number), key=lambda d: d.number).year
            else:
                year = min(readings, key=lambda d: abs(d.number - dct.number)).year
        day = Day.of(year, month, middle)
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, week_value(day),
                         f"the {m['ord'].lower()} week of month {month} of {year}: the week of {day.label()} ({language})"))
    return out


#: Two years joined by a dash: "en 1988-1994", "von 1992–1995".
_YEAR_SPAN = re.compile(r"(?<![\d.,/-])(?P<y1>1[5-9]\d\d|20\d\d)\s*[-–—]\s*(?P<y2>1[5-9]\d\d|20\d\d)(?![\d%-])")


#: A preposition that opens a span of years: "von", "de", "entre", "desde", "dal", "с", "van", "in".
_SPAN_OPENING = re.compile(r"(?<!\w)(?i:von|vom|zwischen|de|du|des|entre|desde|del|dal|da|tra|fra|с|со|з|від|van|tussen|in|en|im|em|nel|"
                           r"nos\s+anos|в)\s+$")


def _year_spans(text: str, found: list[Timex], language: str) -> list[Timex]:
    """"Les deux pays s'étaient affrontés en 1988-1994": the first year `found` and the year after its dash are one range
    (the dash had left the second year out, and "-1994" in the title)."""
    if "-" not in text and "–" not in text and "—" not in text:
        return found
    at = {t.start: i for i, t in enumerate(found)}
    ends = {t.start for t in found}
    out = list(found)
    for n, m in enumerate(_YEAR_SPAN.finditer(text)):
        i = at.get(m.start("y1"))
        if i is None and m.start("y1") not in ends and m.start("y2") not in ends and m["y1"] < m["y2"] \
                and _SPAN_OPENING.search(text, max(0, m.start() - 12), m.start()):
            # (…both years, when the first was left as a count's number: "von 1992–1995", "с 1992–1995")
            out.append(Timex(m.start("y1"), m.end("y1"), m["y1"], DATE, year_str(int(m["y1"])),
                             f"a year, the start of a range its dash closes ({language})"))
            i = len(out) - 1
        second = at.get(m.start("y2"))
        if i is None and second is not None and m.start("y1") not in ends and m["y1"] < m["y2"] \
                and out[second].value == m["y2"] and out[second].range_id is None and len(out[second].text) > 4:
            # "Война 1992–1994 годов": the tagger read the second year with its word for years ("1994 годов"), which
            # is the whole span's, so the first is the range's start and the second its end
            rid = 3000 + n
            out[second] = replace(out[second], range_id=rid, range_role="end")
            out.append(Timex(m.start("y1"), m.end("y1"), m["y1"], DATE, year_str(int(m["y1"])),
                             f"a year, the start of a range its dash closes ({language})", range_id=rid, range_role="start"))
            continue
        if i is None or out[i].value != m["y1"] or m.start("y2") in ends or not m["y1"] < m["y2"]:
            continue
        rid = 3000 + n
        out[i] = replace(out[i], range_id=rid, range_role="start")
        out.append(Timex(m.start("y2"), m.end("y2"), m["y2"], DATE, year_str(int(m["y2"])),
                         f"a year, the end of a range its dash opens ({language})", range_id=rid, range_role="end"))
    return sorted(out, key=lambda t: t.start)


def _quarter_dates(text: str, language: str, taken: bytearray) -> list[Timex]:
    """"Premier trimestre 2027", "im dritten Quartal 2025": a quarter (or half) of that year."""
    if language == "tr":
        return _turkish_quarter_dates(text, taken)
    ordinals, units = _ORDINALS.get(language), _PERIOD_WORDS.get(language)
    if not ordinals or not units:
        return []
    out = []
    for m in _PERIOD_YEAR.finditer(text):
        number, unit = ordinals.get(m["ord"].lower()), units.get(m["unit"].lower())
        if number is None or unit is None or (unit == "H" and number > 2) or taken.find(1, m.start(), m.end()) != -1:
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{m['year']}-{unit}{number}",
                         f"a {'quarter' if unit == 'Q' else 'half'} and its year ({language})"))
    return out


def _turkish_quarter_dates(text: str, taken: bytearray) -> list[Timex]:
    """"2027 yılının ilk yarısında": the half (or quarter) of the year its genitive names ("son" is the last)."""
    out = []
    for m in _TURKISH_PERIOD_YEAR.finditer(text):
        unit = "H" if m["unit"].lower().startswith("yar") else "Q"
        number = _TURKISH_ORDINALS.get(m["ord"].lower(), 2 if unit == "H" else 4)
        if (unit == "H" and number > 2) or taken.find(1, m.start(), m.end()) != -1:
            continue
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, f"{m['year']}-{unit}{number}",
                         f"a {'quarter' if unit == 'Q' else 'half'} and its year (tr)"))
    return out


#: Two days of one month, their month written once: "am 2. und 3. Dezember", "du 1er au 3 décembre", "del 1 al 3 de
#: diciembre", "les 2 et 3 décembre", "2-3 декабря", "со 2 по 4 декабря".
_DAY_PAIR = (r"(?<![\w.,/-])(?P<d1>\d{{1,2}})(?:\.|er|º|-?го)?\s*(?:(?:{joins})\s+(?:(?:le|el|il|o|den|am)\s+)?|[-–—]\s*)"
             r"(?P<d2>\d{{1,2}})(?:\.|º|-?го)?\s+(?:(?:de|del)\s+)?(?P<mon>{months})(?!\w)(?:,?\s+(?:de\s+)?(?P<year>\d{{4}})(?!\d))?")


def _day_pair_dates(text: str, dct: Day, language: str, taken: bytearray, written: list[Timex] | None,
                    found: list[Timex]) -> list[Timex]:
    """"Am 2. und 3. Dezember", "du 1er au 3 décembre": the first day takes the month (and year) the second
    gives, and the two are one linked range (read apart, the first day was lost). A second day already `found`
    as a full date ("2 y 3 de diciembre de 2026") is linked in place."""
    words = _RANGE_WORDS.get(language)
    full_names = _full_month_names(language)
    if words is None or not full_names:
        return []
    months = month_words(language)
    names = "|".join(sorted(map(re.escape, full_names), key=len, reverse=True))
    pattern = re.compile(_DAY_PAIR.format(joins=words[1], months=names), re.IGNORECASE | re.UNICODE)
    out: list[Timex] = []
    for m in pattern.finditer(text):
        d1, d2, month = int(m["d1"]), int(m["d2"]), months.get(m["mon"].lower())
        if month is None or not 1 <= d1 < d2 <= 31 or taken.find(1, m.start(), m.start("d2")) != -1:
            continue
        second = next((i for i, t in enumerate(found) if t.start == m.start("d2") and t.range_id is None), None)
        if taken.find(1, m.start("d2"), m.end()) != -1 and second is None:
            continue
        if m["year"]:
            year, how = int(m["year"]), "written in full"
        elif (told := _year_written_before(written, m.start())) is not None:
            year, how = told, f"in {told}, the year the narrative is at"
        else:
            readings = [y for y in (dct.year - 1, dct.year, dct.year + 1) if valid_day(y, month, d2)]
            if not readings:
                continue
            year = min(readings, key=lambda y: abs(Day.of(y, month, d2).number - dct.number))
            how = f"the nearest such days to {dct.label()}"
        if not (valid_day(year, month, d1) and valid_day(year, month, d2)):
            continue
        rid = 1000 + len(out)  # (apart from the ids `_link_ranges` counts from 1)
        first_end = m.start("d1") + len(re.match(r"\d{1,2}(?:\.|er|º|-?го)?", text[m.start("d1"):]).group())
        if second is not None:  # the full date read first: its year is the pair's
            year = int(found[second].value[:4])
            if not valid_day(year, month, d1):
                continue
            found[second] = replace(found[second], range_id=rid, range_role="end")
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        out.append(Timex(m.start(), first_end, text[m.start():first_end], DATE, day_value(Day.of(year, month, d1)),
                         f"{how}, the month of the day after it ({language})", range_id=rid, range_role="start"))
        if second is None:
            out.append(Timex(m.start("d2"), m.end(), text[m.start("d2"):m.end()], DATE, day_value(Day.of(year, month, d2)),
                             f"{how} ({language})", range_id=rid, range_role="end"))
    return out


#: The words that put a day-month on one side of publication, before or after it: "el pasado 10 de enero", "le 3 mars
#: dernier", "lo scorso 3 marzo", "o próximo dia 5 de janeiro".
#: (the words of `_ROMANCE_SIDE_WORDS`, and Portuguese's "dia" after the one before)
_LAST_BEFORE_DAY = re.compile(rf"(?<!\w)(?i:{_side_words(0)})\s+(?:(?i:dia)\s+)?$")
_LAST_AFTER_DAY = re.compile(rf"\s+(?i:{_side_words(1)})(?!\w)")
_NEXT_BEFORE_DAY = re.compile(rf"(?<!\w)(?i:{_side_words(2)})\s+(?:(?i:dia)\s+)?$")
_NEXT_AFTER_DAY = re.compile(rf"\s+(?i:{_side_words(3)})(?!\w)")


def _opens_dateline(text: str, m: re.Match[str]) -> bool:
    """Whether a day and its month stand inside a wire dateline at their line's start ("LA PAZ, 23 nov (Agencia) —",
    "ROMA, 24 nov -"), whatever the agency: the dateline's own shape says so."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return m.start() - line_start <= 60 and dateline_end(text[line_start:line_start + 120]) >= m.end("mon") - line_start


def _partial_dates(text: str, dct: Day, language: str, taken: bytearray,
                   written: list[Timex] | None = None, dated: list[Timex] | None = None) -> list[Timex]:
    """Month-year, day-month and marked years: what a full date leaves out, read as a reader would.

    `taken` marks the characters already inside a date, so that no two dates overlap; `dated` holds the dates found
    before, whose written year a day-month in their sentence is read by.
    """
    months = month_words(language)
    full_names = _full_month_names(language)
    out: list[Timex] = []

    def free(start: int, end: int) -> bool:
        return taken.find(1, start, end) == -1

    def take(start: int, end: int) -> None:
        taken[start:end] = b"\x01" * (end - start)

    def month_of(m: re.Match[str]) -> tuple[int, int] | None:
        """The month a match names, and where a day-month span ends: an abbreviation keeps its
        full stop, a full name leaves the sentence's full stop out."""
        word = m["mon"].lower()
        number = months.get(word)
        if number is None:
            return None
        full = word in full_names
        if not (full or m["dot"] or _AGENCY_AFTER.match(text, m.end("mon")) or _opens_dateline(text, m)):
            return None  # "mar." is March, "mar" may be the sea (but a dateline's "26 nov (EFE)" is a date)
        return number, m.end("mon") + (1 if m["dot"] and not full else 0)

    words = _RANGE_WORDS.get(language)
    if words is not None:
        # "de 1988 à 1994", "entre marzo y mayo de 2024": a range's first end takes the year its second gives
        # (…or a year told from the day of writing: "entre março e junho deste ano")
        told_year = _YEAR_REL_AFTER_MONTH.get(language)
        told_year = rf"|(?P<mon3>{_WORD})(?:{told_year})" if isinstance(told_year, str) else ""
        pair = re.compile(rf"(?<![\w\d])(?P<open>(?i:{words[0]}))\s+(?P<first>(?P<year1>1[5-9]\d\d|20\d\d)|{_WORD})\s+"
                          rf"(?P<join>(?i:{words[1]}))\s+"
                          rf"(?P<second>(?P<year2>1[5-9]\d\d|20\d\d)(?!\d)|(?P<mon2>{_WORD})\s+(?:(?:de|del)\s+)?(?P<year>\d{{4}})(?!\d)"
                          rf"{told_year})",
                          re.UNICODE)
        for m in pair.finditer(text):
            if not free(m.start("first"), m.end("first")) or not _paired(m["open"], m["join"], language):
                continue
            if m["year1"] and m["year2"] and free(m.start("second"), m.end("second")):
                for end, year in (("first", m["year1"]), ("second", m["year2"])):
                    take(m.start(end), m.end(end))
                    out.append(Timex(m.start(end), m.end(end), m[end], DATE, year_str(int(year)),
                                     f"a year, an end of a range ({language})"))
            elif not m["year1"] and (m["mon2"] or told_year and m["mon3"] and not (m.groupdict().get("that") or m.groupdict().get("that2"))) \
                    and months.get(m["first"].lower()) and months.get((m["mon2"] or m["mon3"]).lower()) \
                    and m["first"].lower() in full_names:
                take(m.start("first"), m.end("first"))
                first, second = months[m["first"].lower()], months[(m["mon2"] or m["mon3"]).lower()]
                second_year = int(m["year"]) if m["mon2"] else dct.year + (-1 if m["last"] else 1 if m["next"] else 0)
                # (a range runs forward: "entre novembre et janvier 2026" starts in November 2025)
                year = second_year - (1 if first > second else 0)
                out.append(Timex(m.start("first"), m.end("first"), m["first"], DATE, month_value(year, first),
                                 f"a month, the first end of a range whose second gives its year ({language})"))
    for m in _ORDINAL_DAY_MONTH_YEAR.finditer(text):
        found = month_of(m)
        day, year = int(m["day"]) if m["day"] else 1, int(m["year"])
        if found is None or not free(m.start(), m.end()) or not valid_day(year, found[0], day):
            continue
        take(m.start(), m.end())
        out.append(Timex(m.start(), m.end(), m.group(0), DATE, day_value(Day.of(year, found[0], day)),
                         f"written in full ({language})"))
    for m in _MONTH_YEAR.finditer(text):
        found = month_of(m)
        if found is None or not free(m.start(), m.end()):
            continue
        year = int(m["year"])
        end = m.end()
        after = _YEAR_AFTER.get(language)
        marker = re.match(after, text[end:end + 12], re.IGNORECASE) if after else None
        if marker and re.match(r"\s*[^\W\d_]", marker.group(0)):
            end += marker.end()  # "ноябре 2020 года": the word for "year" goes with the date
        begin, mod = _with_position(text, m.start(), language)  # "Ende November 2024": its end
        if not free(begin, m.start()):
            begin, mod = m.start(), ""
        take(begin, end)
        out.append(Timex(begin, end, text[begin:end], DATE, month_value(year, found[0]),
                         f"month and year ({language})", mod))
    # (the dates written with their year so far, in order, which a day-month of their sentence is read by: found once)
    anchors = sorted((t for t in (dated or []) + out if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", t.value)
                      and re.search(r"\d{4}", t.text)), key=lambda t: t.start)
    anchor_starts = [t.start for t in anchors]
    for m in _DAY_MONTH.finditer(text):
        found = month_of(m)
        day = int(m["day"]) if m["day"].isdigit() else 1  # ("il primo gennaio", "le premier mai": the first)
        if found is None or not free(m.start(), found[1]):
            continue
        month, end = found
        told = _year_written_before(written, m.start())
        sentence_start = _sentence_around(text, m.start(), end)[0]
        # (…or the sentence's own: "En mayo de 2025, la CIJ ordenó…, una orden que Maduro ignoró al organizar los comicios
        # del 25 de mayo" is that May's 25th)
        in_sentence = anchors[bisect.bisect_left(anchor_starts, sentence_start):bisect.bisect_left(anchor_starts, m.start())]
        story = next((t for t in reversed(in_sentence) if t.end <= m.start()
                      and not _SINCE_PHRASE_END.search(text, max(sentence_start, t.start - 45), t.start)
                      and ";" not in text[t.end:m.start()]), None) \
            if told is None and in_sentence and told_in_past(text, m.start(), end, language) else None
        if story is not None:
            year, at = int(story.value[:4]), int(story.value[5:7])
            readings = [y for y in (year - 1, year, year + 1) if valid_day(y, month, day)]
            # (told in the past, it is no day after publication: "LIMA, 4 de septiembre de 2026 – …, cerrado desde el 3 de
            # marzo" is this March, not the next, six months from the dateline either way)
            # (…unless set for that day: "a fixé … l'élection présidentielle au 28 décembre")
            if not _SET_FOR_DAY.search(text, max(sentence_start, m.start() - 100), m.start()):
                readings = [y for y in readings if Day.of(y, month, day).number <= dct.number] or readings
            told = min(readings, key=lambda y: (abs(y * 12 + month - year * 12 - at), -y)) if readings else None
        made = _YEAR_OF_A_THING_MADE.search(text, max(sentence_start, m.start() - 120), m.start()) \
            if told is None and story is None else None
        word_before = re.search(r"([^\W\d_]+)\W*$", text[max(0, made.start() - 20):made.start()]) if made is not None else None
        if made is not None and int(made["year"]) < dct.year \
                and not (word_before and word_before.group(1).lower() in month_words(language)):  # (not "agosto de 2023")
            # "L'accord de 2015, conclu le 14 juillet, avait limité…": the participle set off after a thing its year
            # names tells its making, in that year
            told = int(made["year"])
        if told is not None:  # (in a narrative, the year last written)
            if not valid_day(told, month, day):
                continue
            best, how = Day.of(told, month, day), (f"in {told}, nearest {story.text}, named before in its sentence ({language})"
                                                   if story is not None else
                                                   f"in {told}, the year of the thing the participle made ({language})"
                                                   if made is not None else
                                                   f"in {told}, the year the narrative is at ({language})")
        else:
            readings = [Day.of(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if valid_day(y, month, day)]
            if not readings:
                continue
            best = min(readings, key=lambda d: abs(d.number - dct.number))
            how = f"the nearest such day to {dct.label()} ({language})"
            earlier = [d for d in readings if d.number <= dct.number]
            later = [d for d in readings if d.number >= dct.number]
            if best.number > dct.number and earlier and (told_in_past(text, m.start(), end, language)
                                                         or _told_by_a_past_participle(text, m.start(), language)) \
                    and not _SET_FOR_DAY.search(text, max(sentence_start, m.start() - 100), m.start()):
                # "Le drone avait été abattu … du 31 mars", written in November: the last such day (as is a participle's:
                # "l'accord-cadre signé le 10 mars", whatever the main verb's present)
                best = max(earlier, key=lambda d: d.number)
                how = f"the last such day before {dct.label()}, told in the past ({language})"
            elif best.number < dct.number and later and looks_ahead(text, m.start(), end, language):
                # "Il ministro sarà a Roma il 3 ottobre", written in November: the next such day
                best = min(later, key=lambda d: d.number)
                how = f"the next such day from {dct.label()}, ahead in its sentence ({language})"
        start = m.start()
        said_last = _LAST_BEFORE_DAY.search(text, max(0, start - 16), start) or _LAST_AFTER_DAY.match(text, end)
        said_next = _NEXT_BEFORE_DAY.search(text, max(0, start - 16), start) or _NEXT_AFTER_DAY.match(text, end)
        if (told is None or story is not None) and (said_last or said_next) and free(*(said_last or said_next).span()):
            # "el pasado 10 de enero", "le 3 mars dernier", "lo scorso 3 marzo", "el próximo 5 de enero": the word
            # says the side, whatever the tense (and goes with the date), whatever date its sentence named before (a
            # dateline's: "QUITO, 1 de diciembre de 2026 - …, cerrado desde el pasado 15 de agosto")
            marker = said_last or said_next
            readings = [Day.of(y, month, day) for y in (dct.year - 1, dct.year, dct.year + 1) if valid_day(y, month, day)]
            sided = [d for d in readings if (d.number < dct.number if said_last else d.number > dct.number)]
            if sided:
                best = max(sided, key=lambda d: d.number) if said_last else min(sided, key=lambda d: d.number)
                how = f"the {'last' if said_last else 'next'} such day {'before' if said_last else 'after'} {dct.label()}, " \
                      f"said so ({language})"
                start, end = min(start, marker.start()), max(end, marker.end())
        take(start, end)
        out.append(Timex(start, end, text[start:end], DATE, day_value(best), how))
    before = _YEAR_BEFORE.get(language)
    after = _YEAR_AFTER.get(language)
    if before or after:
        for m in _YEAR.finditer(text):
            if not free(m.start(), m.end()):
                continue
            # (French writes its middle joined on: "à la mi-2026")
            marked = bool(before and re.search(rf"(?:^|[\s(«„\"'])(?i:{before})(?:\s+|(?<=[Mm]i)-)$",
                                               text[max(0, m.start() - 25):m.start()]))
            previous = next((t for t in reversed(out) if t.value.isdigit() and 0 < m.start() - t.end <= 12), None)
            if not marked and words and previous is not None:
                # "seit 2014 und 2022": a year joined to a marked year is a year too
                # (…an adverb of repeating maybe after the "and": "1962 und erneut 2013")
                marked = bool(re.fullmatch(rf"\s*(?:(?:{words[1]})(?:\s+(?:erneut|wieder|nochmals|abermals|noch\s+einmal|dann|"
                                           rf"später|zuletzt|schließlich))?|-|–)\s*", text[previous.end:m.start()], re.IGNORECASE))
                # (…and so is one listed after a comma, which the list goes on or ends after: "en 2018, 2020 et 2021";
                # not a count: "en 2018, 2000 personnes")
                marked = marked or bool(re.fullmatch(r"\s*,\s*", text[previous.end:m.start()])
                                        and re.match(rf"\s*(?:,|(?:{words[1]})\s+\d|[.;:)]|$)", text[m.end():m.end() + 12],
                                                     re.IGNORECASE))
            # (the line's start looked for near the year only: a text may be one line of thousands of years)
            line_at = text.rfind("\n", max(0, m.start() - 40), m.start()) if not marked else -1
            if not marked and (line_at >= 0 or m.start() <= 40) and _YEAR_LABEL_AFTER.match(text, m.end()) \
                    and _YEAR_LABEL_BEFORE.fullmatch(text, line_at + 1, m.start()):
                # "1988 : Les Arméniens réclament…", "1991-1994 : Une guerre…": a chronology's entry, its year as its label
                marked = True
            of_noun = _YEAR_OF_NOUN.get(language)
            if not marked and of_noun is not None and of_noun[0].search(text, max(0, m.start() - 30), m.start()) \
                    and (of_noun[1].match(text, m.end())
                         # (…or a past right after it: "El laudo arbitral de París de 1899 otorgó…")
                         or re.match(r"\s", text[m.end():m.end() + 1]) and FOREIGN_PAST.match(text, m.end() + 1)):
                # "el laudo arbitral de París de 1899, que…", "l'accord de 2015 est…": the year a noun is of (not a
                # count of what follows: "más de 1500 soldados", "un budget de 2000 euros")
                marked = True
            marker = re.match(after, text[m.end():m.end() + 24], re.IGNORECASE) if after else None
            if not (marked or marker) and language == "de" \
                    and (_GERMAN_VERB_BEFORE_YEAR.search(text, max(0, m.start() - 20), m.start())
                         or _GERMAN_NOUN_BEFORE_YEAR.search(text, max(0, m.start() - 45), m.start())) \
                    and re.match(r"\s+[a-zäöüß]|\s*[.,;:)]", text[m.end():m.end() + 3]):
                # "Das Land wurde 2011 unabhängig", "nach dem Krieg 1992 sind…": German writes a year bare after its
                # verb or its noun (not a count of a noun, which it capitalises: "wurden 2011 Menschen getötet")
                marked = True
            if not (marked or marker):
                continue
            end = m.end()
            if marker and re.match(r"\s*'?[^\W\d_]", marker.group(0)) \
                    and (not marker.group(0).startswith("'") or " " in marker.group(0)):  # (or "2020'den beri": since)
                end += marker.end()  # "1991 году", "1991 г.": the word for "year" is part of the date
            # ("Début 2027", "Ende 2025", "a finales de 2025", "в конце 2025 года": the year's start or end)
            begin, mod = _with_position(text, m.start(), language, _YEAR_POSITION)
            if not free(begin, m.start()):
                begin, mod = m.start(), ""
            placed = re.match(_POSITION_AFTER[language], text[end:end + 16], re.IGNORECASE) \
                if language in _POSITION_AFTER and not mod and re.search(r"(?:ın|in)$", text[m.end():end]) else None
            if placed is not None and free(end, end + placed.end()):  # ("2027 yılının başında": the year's start)
                end, mod = end + placed.end(), {"baş": "START", "son": "END", "ort": "MID"}[placed.group(1).lower()[:3]]
            take(begin, end)
            out.append(Timex(begin, end, text[begin:end], DATE, year_str(int(m["year"])), f"a year ({language})", mod))
    return out
