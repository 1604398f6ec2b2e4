"""Happenings dated only by their distance from a dated one.

News dates one happening and hangs another on it: "the Kremlin said on Friday, a day after the two
leaders spoke by phone", "Talks resumed on 3 March, two days after the ceasefire took effect",
"…on Sunday, hours after the strike". The second happening has no date expression of its own, so the
tagger gives it none; counted back (or on) from the day of the first, it has a day as sure as the
text's, and a timeline that leaves it out loses a happening the article tells plainly.

A count gives the grain it can: days and a week from a day give a day ("a week after the shooting"), and
two weeks or more the week they land in ("five weeks after the election" is a round count),
months from a month a month, years from a year a year ("in 2011, three years after Kosovo declared
independence" is 2008); a vague "weeks after" or "months before" gives nothing worth drawing, and a
clause that names its own date is left to that date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.coreference import possessive
from timeline_app.extraction.dateline import dateline_end
from timeline_app.extraction.lexicon import ROMANCE_ARTICLE_OF
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import BOUND_PREPOSITION
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.verbs import IRREGULAR_PASTS, SHORT_REGULAR_PASTS, words_pattern

#: ", a day after the two leaders spoke", ", two days before the vote", ", hours after the strike".
_COUNT = (r"(?:(?P<hedge>just|only|barely|some|about|nearly|almost|exactly|precisely|less\s+than|more\s+than)\s+)?"
          rf"(?P<distance>(?P<count>a|an|{lx.COUNT_RE})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)(?P<exact>\s+to\s+the\s+day)?"
          # ("a year and three months after", "a year and a half before": one distance in two units)
          rf"(?:\s+and\s+(?:(?P<count2>a|an|{lx.COUNT_RE})\s+(?P<unit2>days?|weeks?|months?)|(?P<half>a\s+half)))?|"
          r"(?:a\s+few\s+|several\s+)?hours|(?:a\s+few\s+)?minutes|moments|shortly|the\s+day)\s+"
          # (a number's thousands comma is no clause's: "after Russia returned the bodies of 1,000 soldiers")
          # (up to a second count joined on: "a year after the fall of Assad and six months after Trump announced…")
          # (not a time of day, which the tagger dates itself: "came shortly before dawn and damaged the runway")
          r"(?P<relation>after|before)\s+(?!(?:dawn|dusk|daybreak|nightfall|sunrise|sunset|midnight|noon|midday|first\s+light)\b)"
          r"(?P<what>(?:(?!\s+and\s+(?:a|an|" + lx.COUNT_RE + r")\s+(?:days?|weeks?|months?|years?)\s+"
          # (…and a few words quoted inside: 'warned airlines of a "potentially hazardous situation"')
          # (…and a name set off after its role: "his successor, Luiz Inacio Lula da Silva, took office")
          r"(?:after|before)\b)(?:[^,;:()\"“”]|(?<=\d),(?=\d{3})|[\"“][^\"“”,;:]{1,40}[\"”]"
          r"|,\s+(?:(?:[A-Z][\w'’.-]*|da|de|di|do|dos|du|van|von|der|bin|ibn|al|el|la|le)\s+){0,5}[A-Z][\w'’.-]*,"
          # (…or a relative clause about its subject: "M23 rebels, who Congo says are backed by Rwanda, shelled…")
          r"(?=\s+[a-z])|,\s+(?:who|which)\s+[^,;:()\"“”]{3,80},(?=\s+[a-z])))" + "{4,160})")
#: A relative clause set off inside what a count is from: "militiamen[, who the government says are armed,] attacked".
_ENCLOSED_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;:()\"“”]{3,80},")


def without_enclosed_relative(text: str) -> str:
    """`text` without the relative clauses set off inside it, as titles tell it."""
    return re.sub(r"\s{2,}", " ", _ENCLOSED_RELATIVE.sub(" ", text))


#: (…or after "came" when the sentence dates its own subject: "Tuesday's departure came a month after the council approved…")
_COUNTED = re.compile(r"(?:,|\s+and|(?<=\w)\s+(?:came|comes|happened|took\s+place))\s+" + _COUNT)
#: A sentence that dates what the one before told by its distance from another: "The attack came hours
#: after a phone call between the two presidents" (the attack is the last date named).
_CAME_COUNTED = re.compile(r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})"
                           # (an aside about it may stand between: "The exchange, mediated by the UAE, came two days after…")
                           r"(?:,\s+[^,;:()\"“”]{3,80},)?"
                           # (…or what it was first: "The launch was the North's sixth this year and came nine days after…")
                           r"(?P<was>\s+(?:was|is)\s+[^,;:()\"“”]{3,60}?\s+and)?\s+(?:came|comes|happened|followed|follows|took\s+place)\s+"
                           # (…or where it took place first: "The exchange took place on the border with Belarus a day after…")
                           r"(?:(?:in|on|at|near|along|outside|inside)\s+[^,;:()\"“”\d]{2,60}?\s+)?"
                           + _COUNT)
#: The calendar grains of a TIMEX3 value: "2025-10-17", "2025-10-17T14:00", "2025-10-17TNI", "2025-10", "2025".
_DAY_VALUE = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?:T|$)")
#: A week or its weekend: "2026-W11", "2026-W11-WE".
_WEEK_VALUE = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})(?:-WE)?$")
#: A season of a year: "2023-FA".
_SEASON_VALUE = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)$")


@dataclass(frozen=True)
class _Grains:
    """What a count can be taken from: a year, its month and day where the value has them, and whether
    the day only stands for a week ("three weeks after the weekend" is a week, not a day)."""
    year: int
    month: int | None
    day: int | None
    week: bool = False
    #: Whether the day is named at its evening or night, or at its morning: "hours before" a Thursday
    #: evening may well be Friday, "hours after" a Friday morning Thursday night.
    late: bool = False
    early: bool = False
    #: The season the year is told at ("the autumn of 2023"), which a count in years keeps: "a year after" it is the
    #: autumn before.
    season: str | None = None


def _grains(value: str) -> _Grains | None:
    m = _DAY_VALUE.match(value)
    if m is not None:
        part = value[m.end():]
        hour = int(part[:2]) if part[:2].isdigit() else None
        return _Grains(int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None,
                       late=part in ("EV", "NI") or (hour is not None and hour >= 18),
                       early=part == "MO" or (hour is not None and hour < 6))
    season = _SEASON_VALUE.match(value)
    if season is not None:
        return _Grains(int(season["y"]), None, None, season=season["s"])
    w = _WEEK_VALUE.match(value)
    if w is None or not 1 <= int(w["w"]) <= 53:
        return None
    try:
        thursday = date.fromisocalendar(int(w["y"]), int(w["w"]), 4)
    except ValueError:
        return None
    return _Grains(thursday.year, thursday.month, thursday.day, week=True)


#: Words that open a clause with a subject of its own, or a noun phrase ("the vote", "Russia's attack"),
#: or a bare subject and its verb ("rebels fired rockets", "police on both sides of the border exchanged…").
# (…or a gerund of the main clause's subject: "spoke to us on Wednesday, a day after [returning] from Riyadh")
_SUBJECT_OR_NOUN = re.compile(r"(?:the|a|an|its|their|his|her|this|that|they|he|she|it|we|[A-Z][\w'’.-]*)\s"
                              r"|(?!(?:according|including|following|during|concerning|regarding|being|having)\b)[a-z]{3,}ing\s+"
                              r"(?:from|to|in|at|on|with|the|a|an|his|her|its|their|office|power|talks|almost|nearly|all|"
                              r"most|both|several)\b"
                              # (a name among its words: "drone strikes on the city of El Obeid killed")
                              # (…a short regular past too: "two brothers [died] during police raids")
                              rf"|[a-z][\w-]*\s+(?:[\w'’.-]+\s+){{0,10}}?(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS | SHORT_REGULAR_PASTS)})\b"
                              # (…or a bare plural and a present of what is scheduled: "a week before [leaders gather] in…",
                              # "[world leaders gather]")
                              r"|(?:[a-z]{3,}(?<!s)\s+)?[a-z]{3,}s\s+(?:will\s+)?(?:gather|meet|vote|convene|arrive|begin|start|open|hold|head|"
                              r"return|resume)\b")


#: What stands for a happening the sentence already told: "a second round on Feb. 28, two weeks after [the first]".
_ONE_TOLD_BEFORE = re.compile(r"(?:the|its|their)\s+(?:first|second|third|last|previous|latest|earlier|former|latter|"
                              r"other|one|same)(?:\s+one)?", re.I)


@dataclass(frozen=True)
class CountedHappening:
    """A happening told by its distance from a dated one: what it is, its day, and the phrase that dates it."""
    text: str
    #: The TIMEX3 value the count gives: a day ("2026-11-19"), a month ("2024-03") or a year ("2008").
    value: str
    phrase: str
    derivation: str
    #: The words that tell it in the sentence (", a day after they spoke…"), which other titles leave out.
    told: str


def counted_happenings(sentence: Sentence, dated: list[Timex], before: Timex | None = None,
                       before_text: str = "",
                       told_before: list[tuple[Sentence, list[Timex]]] | None = None,
                       published: date | None = None) -> list[CountedHappening]:
    """The happenings of `sentence` dated only by a count of days from one of its `dated` days, or, in a
    sentence that dates nothing and opens "The attack came hours after…", from the date `before` it, when
    the sentence just before (`before_text`, which holds that date) told the same noun ("…the heaviest attack…") — or
    from the date that a few dated sentences back (`told_before`) stands nearest before that noun."""
    found = []
    came = _CAME_COUNTED.match(sentence.text)
    if came is not None and any(t.start - sentence.start < came.start("what")
                                and not (came["was"] and came.start("was") <= t.start - sentence.start < came.end("was"))
                                for t in dated):
        came = None  # (a date of the clause counted from is the clause's own: "…for talks that lasted until late")
    telling = _date_of_telling(came["noun"], before_text, told_before or []) if came is not None else None
    if telling is not None:
        before = telling
    elif came is not None:
        # the date the story gave the noun (or its verb: "exchanged 150 prisoners on Saturday, the fourth swap since talks
        # resumed in May" is Saturday's), else the last date of the sentence before when that one names it
        of_noun = _date_of_noun(came["noun"], told_before or [])
        if of_noun is not None:
            before = of_noun
        elif before is None or not any(not _PREVIOUS_ONE_BEFORE.search(before_text, max(0, n.start() - 30), n.start())
                                       for n in _noun_or_its_verb(came["noun"]).finditer(before_text)):
            # the attack is not what the story dated: but what it came after may be ("Russian drones entered Polish
            # airspace on Sept. 10. … The announcement came a day after Russian drones entered Polish airspace.")
            after_told = _counted_from_told_clause(came, sentence, before_text, told_before or [])
            if after_told is not None:
                found.append(after_told)
            came = None
    if came is not None and before is not None:
        grains = _grains(before.value)
        counts = [(came, (grains, before) if grains is not None else None)]
        # (…and the counts the rest of the sentence makes from its own dates: "The strike came a year after a
        # truce took effect on Nov. 27, 2024, ending a war that began on Oct. 8, 2023, a day after the attack")
        # (…and one joined on to it, from the same day: "The release came two weeks after Washington eased some
        # sanctions, and a day after the military carried out its latest strike")
        for m in _COUNTED.finditer(sentence.text, came.start("what")):
            if m.start() <= came.start("what"):
                continue
            joined = m.group(0).lstrip(" ,").startswith("and") and re.fullmatch(r",?", sentence.text[counts[-1][0].end():m.start()])
            counts.append((m, counts[-1][1] if joined else _date_before(sentence, dated, m.start())))
    else:
        counts = []
        for m in _COUNTED.finditer(sentence.text):
            # ("…on Tuesday, a year after the fall of Assad and six months after Trump announced…": the second count is
            # from the same day as the first)
            joined = counts and m.group(0).lstrip().startswith("and") and counts[-1][0].end() == m.start()
            counts.append((m, counts[-1][1] if joined else _date_before(sentence, dated, m.start())))
    # (…and in the other languages we read: ", trois jours après le vote d'une motion de censure")
    counts += [(m, _date_before(sentence, dated, m.start())) for m in _foreign_counts(sentence.text)]
    for m, anchor in counts:
        what = m["what"].strip().rstrip(".")
        if anchor is None or not (_SUBJECT_OR_NOUN.match(without_enclosed_relative(what)) or isinstance(m, _ForeignCount)) \
                or _ONE_TOLD_BEFORE.fullmatch(what):
            continue
        # (nor one of a since-clause inside it: "…three days after the opposition said it would return for the first time
        # since talks broke down in 2024")
        inner = [t for t in dated if m.start("what") <= t.start - sentence.start < m.end("what")
                 and not BOUND_PREPOSITION.search(sentence.text, max(0, t.start - sentence.start - 25), t.start - sentence.start)
                 and not _SINCE_CLAUSE_TO_DATE.search(sentence.text, max(m.start("what"), t.start - sentence.start - 70),
                                                      t.start - sentence.start)]
        # (…or past a short aside, where the clause goes on to its date: "two weeks after gunmen killed 26 people[, most of
        # them tourists, near Pahalgam on] April 22")
        inner += [t for t in dated if t.start - sentence.start > m.end("what")
                  and _ASIDE_THEN_CLAUSE_TO_DATE.fullmatch(sentence.text, m.end("what"), t.start - sentence.start)]
        relative = _RELATIVE_WITH_DATE.search(what)
        if inner and relative is not None and len(inner) == 1 \
                and relative.start("date") == inner[0].start - sentence.start - m.start("what"):
            # "a month after the military rulers who seized power in July ordered him to leave": the date is the
            # relative clause's, and the clause counted from is told without it
            what = what[:relative.start()] + what[relative.end():]
            inner = []
        if inner:
            continue  # "a day after the vote on May 5": the clause names its own date (a deadline is none)
        value = _counted_value(m, anchor[0])
        if value is None:
            continue
        found.append(CountedHappening(
            text=what, value=value, phrase=f"{m['distance']} {_seen_from_the_clause(m['relation'])} {anchor[1].text}",
            derivation=f"{m['distance']} {_seen_from_the_clause(m['relation'])} {anchor[1].text} ({anchor[1].value})",
            told=m.group(0)))
    # "Hours later, Pakistani jets struck targets…": a sentence of no date of its own, opened by a short while
    # after the day the sentence before named, is of that day
    opened = _OPENED_LATER.match(sentence.text) if not dated and before is not None else None
    grains = _grains(before.value) if opened is not None else None
    if opened is not None and grains is not None and grains.day is not None and not grains.week \
            and not (grains.late and not opened.group(1).lower().startswith("later that day")):
        what = opened["what"].strip().rstrip(".")
        if _SUBJECT_OR_NOUN.match(what):
            found.append(CountedHappening(
                text=what, value=f"{grains.year:04d}-{grains.month:02d}-{grains.day:02d}",
                phrase=f"{opened.group(1)} {before.text}", derivation=f"{opened.group(1)} {before.text} ({before.value})",
                told=opened.group(0)[:opened.start("what")]))
    # "On the eve of the first round, the commission had barred a candidate", "A week after the truce began, …":
    # the main clause counted from a happening the story dated a few sentences back
    eve = _EVE_OF.match(sentence.text)
    if eve is not None and dated:
        # (a date only inside what was said is the saying's matter: "The day before the signing, the agency said 70,000
        # people had fled since the start of November")
        said = _SAID_IN_MAIN.match(sentence.text, eve.start("what"))
        if said is None or any(t.start - sentence.start < said.end() for t in dated):
            eve = None
    opening = COUNT_OPENING.match(sentence.text) if not dated and eve is None else None
    noun = _OPENING_NOUN.search(opening["what"]) if opening is not None else None
    happening = None
    if eve is not None:
        shift = -1 if eve["rel"].lower().startswith(("eve", "day before", "night before")) else 1
        happening = _counted_from_noun(sentence, eve["noun"], eve.start("what"), told_before or [],
                                       lambda grains: _day_shifted(grains, shift))
    elif opening is not None and noun is not None:
        happening = _counted_from_noun(sentence, noun["noun"], opening.start("main"), told_before or [],
                                       lambda grains: _counted_on(opening, grains))
    foreign = _FOREIGN_OPENING.match(sentence.text) if not dated and eve is None and opening is None else None
    if happening is None and foreign is not None:
        # "Deux jours avant la réunion, l'Ukraine avait attaqué…": the same, in the other languages we read
        count = _ForeignCount(foreign)
        happening = _counted_from_noun(sentence, foreign["noun"], foreign.start("main"), told_before or [],
                                       lambda grains: _counted_on(count, grains), verbs=_foreign_noun_or_its_verb)
    if happening is not None:
        found.append(happening)
    # "A week after the election on Oct. 5, the results were certified": the main clause counted on from the one
    # day the opening count names
    fronted = COUNT_OPENING.match(sentence.text) if dated else None
    inner = [t for t in dated if fronted is not None
             and fronted.start("what") <= t.start - sentence.start < fronted.start("main")] if fronted else []
    if fronted is not None and len(inner) == 1 and _SUBJECT_OR_NOUN.match(fronted["main"]) \
            and not any(fronted.start("main") <= t.start - sentence.start for t in dated) \
            and not re.search(r"\b(?:has|have|not|never|still|yet)\b", fronted["main"]):
        # (not a state at the time of writing: "Thirty years after the war ended in May 1994, the two have still not
        # signed a treaty")
        grains = _grains(inner[0].value)
        value = _counted_on(fronted, grains) if grains is not None else None
        if value is not None:
            main = fronted["main"].strip().rstrip(".")
            found.append(CountedHappening(
                text=main, value=value, phrase=f"{fronted['distance']} {fronted['relation']} {inner[0].text}",
                derivation=f"{fronted['distance']} {fronted['relation']} {inner[0].text} ({inner[0].value})",
                told=main))
    # "A year to the day after the massacre, relatives gathered at the site on Sunday": the opening's happening counted
    # back from the main clause's day
    main_dates = [t for t in dated if fronted is not None and t.start - sentence.start >= fronted.start("main")]
    # (the main clause's own day, after its verb: not a date set after the opening, "…was first drawn, in 1996, …")
    if fronted is not None and not inner and main_dates and _SUBJECT_OR_NOUN.match(fronted["what"].strip()) \
            and _OWN_VERB.search(sentence.text, fronted.start("main"),
                                 main_dates[0].start - sentence.start) \
            and (grains := _grains(main_dates[0].value)) is not None \
            and (value := _counted_value(fronted, grains)) is not None:
        found.append(CountedHappening(
            text=fronted["what"].strip(), value=value,
            phrase=f"{fronted['distance']} {fronted['relation']} {main_dates[0].text}",
            derivation=f"{fronted['distance']} {fronted['relation']} {main_dates[0].text} ({main_dates[0].value})",
            told=fronted.group(0)[:fronted.start("main")]))
    found += _counted_back_from_now(sentence, dated, published) if fronted is None and published is not None else []
    found += _years_since_now(sentence, dated, published) if published is not None else []
    # "The mission was established on 9 July 2011, the day South Sudan became independent": that day's too
    for m in _SAME_DAY.finditer(sentence.text):
        anchor = _date_before(sentence, dated, m.start())
        what = m["what"].strip().rstrip(".")
        if anchor is None or anchor[0].day is None or anchor[0].week or not _SUBJECT_OR_NOUN.match(what) \
                or not _OWN_VERB.search(what):
            continue
        value = f"{anchor[0].year:04d}-{anchor[0].month:02d}-{anchor[0].day:02d}"
        found.append(CountedHappening(text=what, value=value, phrase=f"the day of {anchor[1].text}",
                                      derivation=f"the day of {anchor[1].text} ({anchor[1].value})", told=m.group(0)))
    found += _remembered(sentence, dated)
    for count in counts_to_own_date(sentence, dated):
        anchor = count.anchor
        phrase = count.match.group(0).strip(" ,")
        found.append(CountedHappening(text=count.clause(sentence.text), value=count.value, phrase=phrase,
                                      derivation=f"{phrase} ({anchor.text}, {anchor.value})", told=count.match.group(0)))
    return found


#: A count from a happening whose own date stands in its phrase, right after the clause it dates: "resigned [a week
#: after the Oct. 26 vote]", "began [the evening after the vote on Oct. 26]", "met [on the eve of Sunday's vote]".
_COUNT_TO_OWN_DATE = re.compile(
    r"(?P<lead>,?\s+)(?:on\s+)?(?:(?P<hedge>just|only|barely|exactly|precisely|nearly|almost|about|some|roughly|"
    r"more\s+than|less\s+than)\s+)?"
    rf"(?:(?P<distance>(?P<count>a|an|{lx.COUNT_RE})\s+(?P<unit>days?|weeks?|fortnights?|months?|years?)"
    rf"(?:\s+and\s+(?:(?P<count2>a|an|{lx.COUNT_RE})\s+(?P<unit2>days?|weeks?|months?)|(?P<half>a\s+half)))?)"
    # (…or a few days, not counted: "began days after the Oct. 9 vote")
    r"|(?<!\bthe\s)(?<!\bin\s)(?<!\bfor\s)(?P<vague>hours|days)|[Tt]he\s+(?P<part>day|eve|evening|"
    r"night|morning))\s+(?P<relation>after|before|of)\s+"
    # (a date's own comma goes on inside it: "the Hamas attack of Oct. 7, 2023")
    # (…its subject's aside set off inside it, no date before the aside: "came two weeks after the council[, which groups
    # the federal government and member states,] endorsed the draft on Nov. 21")
    r"(?P<what>(?:the|a|an|its|their|his|her|this|last|[A-Z][\w'’.-]*['’]s)\s(?:[^,;:()\"“”\d]{3,80}?,\s+(?:which|who)\s+"
    r"[^,;:()\"“”]{3,120},\s+)?(?:[^,;:()\"“”]|(?<=\d),(?=\s\d{4}\b)){3,80}?)"
    # (…or before what a saying said: "said on the eve of Thursday's exchange that observers would visit")
    r"(?=\s*(?:(?<!\d),|,(?!\s\d{4}\b)|[;:]|\.?[\"”’']?\s*$)|\s+(?:and|but|when|while|as|amid|despite|because|after|before)\b"
    # (a clause with a subject of its own, not a relative's verb: "the vote that ended…")
    rf"|\s+that\s+(?!(?:was|were|is|are|had|has|have|will|would|could|may|might|[a-z]+ed|{words_pattern(IRREGULAR_PASTS)})\b))")
#: Where a clause that a count may date opens: the sentence, a relative after a comma, a clause after a semicolon.
# (…or a when-clause: "hostilities that began [when] Hezbollah fired rockets a day after the attack of Oct. 7, 2023")
_CLAUSE_OPENER = re.compile(r"(?:,\s+(?:which|who)\b|;\s+|\bwhen\b)")
#: A verb of the clause dated by the count ("resigned", "will meet", "is due").
_CLAUSE_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)}|was|were|is|are|will|would|has|have|had)\b")
#: Days on from the happening's day, and the part of the day, for "the eve of", "the day after", "the evening
#: after", "the morning after", "the night before".
_DAY_PART_SHIFT = {("eve", "of"): (-1, ""), ("day", "after"): (1, ""), ("day", "before"): (-1, ""),
                   ("evening", "after"): (1, "TEV"), ("evening", "before"): (-1, "TEV"),
                   ("morning", "after"): (1, "TMO"), ("morning", "before"): (-1, "TMO"),
                   ("night", "after"): (0, "TNI"), ("night", "before"): (-1, "TNI")}


#: A past in what a count is from, which makes it a clause: "the president [resigned] on Friday".
_PAST_IN_WHAT = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")


@dataclass(frozen=True)
class CountToOwnDate:
    """A clause dated only by its distance from a happening whose phrase names its own date."""
    match: re.Match[str]
    #: The date of the happening counted from ("Oct. 26" in "a week after the Oct. 26 vote").
    anchor: Timex
    #: Where the clause dated by the count opens in the sentence's text.
    clause_start: int
    value: str

    def clause(self, sentence_text: str) -> str:
        """The clause the count dates, a relative told with the noun it is about ("nightly protests, which began" →
        "nightly protests began")."""
        told = sentence_text[self.clause_start:self.match.start()].strip()
        relative = re.search(r",\s+(?:which|who)$", sentence_text[:self.clause_start])
        if relative is None:
            return told
        noun_phrase = bare_noun_phrase_before(sentence_text, relative.start())
        return f"{noun_phrase} {told}" if noun_phrase else told


#: A word before which a noun phrase that a relative is about does not reach back: a verb, a conjunction, "that".
_NOUN_PHRASE_STOP = re.compile(rf"[a-z]{{3,}}(?:ing|ed)|{words_pattern(IRREGULAR_PASTS)}|and|or|that|said|says|is|are|was|"
                               r"were|has|have|had|will|would"
                               # (…or a chronology's present: "Anastasiades and Akinci [hold] intensive talks, which…")
                               r"|holds?|begins?|opens?|resumes?|launch(?:es)?|signs?|starts?|meets?|reach(?:es)?|stages?|"
                               r"conducts?|seizes?|takes?|wins?|loses?")


def _seen_from_the_clause(relation: str) -> str:
    """The relation told from the clause counted, the other way round from the sentence's: "fired missiles on Wednesday, a
    week [before] leaders gather" has the leaders gather a week [after] Wednesday."""
    return {"after": "before", "before": "after"}.get(relation.lower(), relation)


def bare_noun_phrase_before(text: str, end: int) -> str:
    """The bare noun phrase that ends at `end`, back to the verb or conjunction before it (up to six words): "She led
    [nightly protests outside parliament], which…"."""
    kept: list[str] = []
    for i, word in enumerate(reversed(text[:end].split()[-6:])):
        # (the head itself may end in -ing: "killed in the latest [fighting], which…")
        if _NOUN_PHRASE_STOP.fullmatch(word) and not (i == 0 and word.endswith("ing")):
            break
        kept.insert(0, word)
    while kept and kept[0].lower() in _LEADING_PREPOSITIONS:  # ("killed in [the latest fighting], which…": not its "in")
        kept.pop(0)
    # ("voted on Tuesday to [remove] Prime Minister Oyun-Erdene, who…": an infinitive and what stands before it are no
    # part of its object)
    words = (text[:end].split()[:-len(kept)][-1:] if kept else []) + kept
    infinitive = max((i for i in range(len(words) - 2) if words[i].lower() == "to" and words[i + 1].islower()), default=None)
    if infinitive is not None:
        kept = words[infinitive + 2:]
    return " ".join(kept)


_LEADING_PREPOSITIONS = frozenset({"in", "on", "at", "of", "for", "from", "by", "with", "during", "amid", "after", "before", "to"})


def counts_to_own_date(sentence: Sentence, dated: list[Timex]) -> list[CountToOwnDate]:
    """The clauses of `sentence` dated only by a count from a happening that its phrase dates itself: "He resigned a
    week after the Oct. 26 vote" resigned on 2 November; the vote keeps its own day. A clause with a date of its own
    ("Talks resumed on March 3, two days after the truce took effect on March 1") is left to that date."""
    found = []
    lead_end = dateline_end(sentence.text)
    for m in _COUNT_TO_OWN_DATE.finditer(sentence.text, lead_end):
        if (m["relation"] == "of") != (m["part"] == "eve"):
            continue
        inner = [t for t in dated if m.start("what") <= t.start - sentence.start and t.end - sentence.start <= m.end("what")]
        if len(inner) != 1 or BOUND_PREPOSITION.search(sentence.text, max(0, inner[0].start - sentence.start - 25),
                                                        inner[0].start - sentence.start):
            continue
        openers = [o.end() for o in _CLAUSE_OPENER.finditer(sentence.text, lead_end, m.start())]
        clause_start = openers[-1] if openers else lead_end
        if any(clause_start <= t.start - sentence.start < m.start() for t in dated) \
                or not _CLAUSE_VERB.search(sentence.text, clause_start, m.start()):
            continue  # the clause dates itself, or is no clause
        grains = _grains(inner[0].value)
        if grains is None:
            continue
        if m["vague"]:
            # (a few days on are in the happening's month, as far as the text tells — from a happening's noun only, not
            # a clause: "came days after the president resigned on Friday" is left to that clause)
            value = f"{grains.year:04d}-{int(grains.month):02d}" if grains.month is not None and not grains.week \
                and not _PAST_IN_WHAT.search(m["what"]) else None
        elif m["part"]:
            days, part = _DAY_PART_SHIFT[(m["part"].lower(), m["relation"])]
            shifted = _day_shifted(grains, days)
            value = shifted + part if shifted is not None else None
        else:
            value = _counted_on(m, grains)
        if value is not None:
            found.append(CountToOwnDate(m, inner[0], clause_start, value))
    return found


#: A main clause that tells a state at the time of writing: "most residents have not returned", "the border remains shut".
_STATE_NOW = re.compile(r"\b(?:has|have)\s+(?:still\s+)?(?:not|never|yet)\b|\b(?:remains?|still)\b|\b(?:is|are)\s+(?:still\s+)?"
                        r"(?:not|empty|closed|shut|divided|unresolved|in\s+ruins)\b")


def _counted_back_from_now(sentence: Sentence, dated: list[Timex], published: date) -> list[CountedHappening]:
    """"A year to the day after a ceasefire ended the war, most residents have not returned": a sentence of no date
    of its own that tells a state at the time of writing dates the happening its opening names by counting back from
    the publication date."""
    lead_end = dateline_end(sentence.text)  # ("MARJAYOUN, Lebanon, Nov 27, 2026 — A year to the day after…")
    opening = COUNT_OPENING.match(sentence.text[lead_end:])
    if opening is None or not opening["unit"] or any(t.start - sentence.start >= lead_end for t in dated) \
            or not _OWN_VERB.search(opening["what"]):
        return []
    # (the main clause's own verb tells the state: "…, most residents have not returned", not "…, Coffey filed a
    # request with the justice, who still has…")
    state = _STATE_NOW.search(opening["main"], 0, 80)
    if state is None or _OWN_VERB.search(opening["main"], 0, state.start()) \
            or re.search(r"\b(?:was|were|had|did)\b", opening["main"]):
        return []
    what = opening["what"].strip()
    if not _SUBJECT_OR_NOUN.match(what):
        return []
    if opening["exact"] and opening["unit"].lower().startswith("year") and opening["relation"].lower() == "after":
        count = _count(opening)
        if count is None or not 1 <= published.year - count <= 9999:
            return []
        try:
            value = published.replace(year=published.year - count).isoformat()
        except ValueError:  # (29 February)
            return []
    else:
        value = _counted_value(opening, _grains(published.isoformat()))
    if value is None:
        return []
    return [CountedHappening(text=what, value=value, phrase=f"{opening['distance']} {opening['relation']} the publication date",
                             derivation=f"{opening['distance']} before the publication date ({published.isoformat()})",
                             told=opening.group(0)[:opening.start("main")])]


#: Whole years since a happening, told at the time of writing: "It is thirty years to the day since the presidents
#: initialled a peace deal", "It has been 25 years since…", "Ten years have passed since…".
_YEARS_SINCE_NOW = re.compile(rf"(?:It\s+(?:is|has\s+been)\s+(?:now\s+)?|(?:Exactly\s+|Now\s+)?)(?:exactly\s+)?"
                              rf"(?P<count>a|an|one|{lx.COUNT_RE})\s+(?P<unit>years?)(?P<exact>\s+to\s+the\s+day)?\s+"
                              r"(?:(?:have|has)\s+(?:now\s+)?(?:passed|gone\s+by|elapsed)\s+)?since\s+"
                              r"(?P<what>[^;:()\"“”]{6,200}?)\s*[.;]?\s*$")


def _years_since_now(sentence: Sentence, dated: list[Timex], published: date) -> list[CountedHappening]:
    """"It is thirty years to the day since the presidents initialled a peace deal at Dayton": with no date of its own,
    a sentence that counts whole years from the time of writing dates what it counts from, the very day when "to the
    day" says so, else the year."""
    lead_end = dateline_end(sentence.text)
    m = _YEARS_SINCE_NOW.match(sentence.text, lead_end)
    if m is None or any(t.start - sentence.start >= lead_end for t in dated):
        return []
    what = m["what"].strip()
    count = 1 if m["count"].lower() in ("a", "an", "one") else lx.parse_count(m["count"].lower())
    if not isinstance(count, int) or not _SUBJECT_OR_NOUN.match(what) or not _OWN_VERB.search(what) \
            or not 1 <= published.year - count <= 9999:
        return []
    try:
        value = published.replace(year=published.year - count).isoformat() if m["exact"] else f"{published.year - count:04d}"
    except ValueError:  # (29 February)
        return []
    phrase = f"{m['count']} {m['unit']}{m['exact'] or ''} since"
    return [CountedHappening(text=what, value=value, phrase=phrase,
                             derivation=f"{m['count']} {m['unit']} before the publication date ({published.isoformat()})",
                             told=m.group(0)[:m.start("what")])]


#: An anniversary and what it remembers: "Tuesday marks the 80th anniversary of the liberation of the camp", "…on
#: Friday, the 39th anniversary of the invasion", "gathered on Sunday to mark the centenary of the treaty".
_ANNIVERSARY = re.compile(r"(?P<link>\s+(?:marks|marked|will\s+mark|is|was|will\s+be)\s+(?:also\s+)?|,\s+"
                          r"|\s+(?:to\s+(?:mark|commemorate|celebrate)|marking|commemorating|celebrating)\s+)"
                          rf"(?:the|its|their)\s+(?:(?P<ord>{lx.ORDINAL_RE})\s+anniversary|(?P<hundred>centenary|centennial)|"
                          r"(?P<two_hundred>bicentenary|bicentennial))\s+of\s+"
                          r"(?P<what>(?:the|a|an|[A-Z])[^,;:()\"“”]{3,140})")
#: A name set after a noun phrase in apposition: ", the Alliance of Sahel States".
_NAME_IN_APPOSITION = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’-]*))*?\s+[A-Z][\w'’-]*)"
                                 r"(?=\s*(?:[,;.]|$))")
#: Where what is remembered ends: a clause about it ("…of the accord, which ended…", "…of the war when…").
_REMEMBERED_ENDS = re.compile(r"\s+(?:when|which|who|where|while|as|after|before|and\s+(?:the|a|an)\s+\w+\s+"
                              r"(?:is|are|was|were|will|has|have)"
                              # (…or a second thing done at the remembering: "to mark the anniversary of the massacre and
                              # bury seven newly identified victims")
                              r"|and\s+(?!(?:the|a|an|its|their)\b)[a-z]{3,}\s+(?=(?:the|a|an|its|their|his|her|\d+|one|two|"
                              r"three|four|five|six|seven|eight|nine|ten|dozens|hundreds|newly)\b))\b.*$|\.$")
#: A body named alone, whose anniversary is its founding's: "the ruling Workers' Party", "the United Nations", "NATO".
_BODY_NAMED = re.compile(r"(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){0,5}(?!(?:War|Wars|Revolution|Uprising|Treaty|Agreement|"
                         r"Accords?|Declaration|Act|Battle|Massacre|Genocide|Liberation|Independence|Offensive|Landings?|"
                         r"Olympics|Games|Crisis|Siege|Invasion|Armistice|Conference|Summit|Charter|Constitution)\b)"
                         r"(?:Party|Nations|Union|Republic|Organi[sz]ation|Alliance|Federation|Movement|Front|Army|Council|"
                         r"Association|League|Bank|Court|Commission|Community|NATO|ASEAN|OSCE)")
#: A happening of one day, whose anniversary is that very day: "the signing of the accord", "the fall of the wall"
#: (a famine's or a war's is not: it lasted, and which of its days is remembered is not said).
_ONE_DAY_HAPPENING = re.compile(r"(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:signing|signature|start|beginning|outbreak|end|fall|"
                                r"death|birth|assassination|killing|murder|liberation|founding|foundation|establishment|"
                                r"creation|launch|landings?|attacks?|bombings?|invasion|massacre|declaration|adoption|"
                                r"proclamation|coup|election|referendum|opening|inauguration|accident|disaster|crash|"
                                r"explosion|earthquake|shooting|raid|storming|capture|surrender|handover|withdrawal)\b", re.I)


def _remembered(sentence: Sentence, dated: list[Timex]) -> list[CountedHappening]:
    """The happening an anniversary remembers, so many years before the day that marks it: the same
    day of that year when the day is the anniversary itself ("Tuesday marks…", "on Friday, the 39th
    anniversary of…"), only the year when a gathering marks it, which need not fall on the very day."""
    found = []
    for m in _ANNIVERSARY.finditer(sentence.text):
        years = 100 if m["hundred"] else 200 if m["two_hundred"] else lx.parse_ordinal(m["ord"])
        anchor = _date_before(sentence, dated, m.start())
        if years is None or anchor is None or anchor[1].end - sentence.start < m.start() - 40:
            continue
        what = _REMEMBERED_ENDS.sub("", m["what"]).strip()
        named = _NAME_IN_APPOSITION.match(sentence.text, m.end("what")) if re.match(r"(?:their|its|his|her|our)\s", what) else None
        if named is not None:
            what = "the " + named["name"]  # "…of their confederation, the Alliance of Sahel States": its name says which
        owner = _NAMED_SUBJECT.match(sentence.text, dateline_end(sentence.text)) \
            if named is None and re.search(r"\bits\s", what) else None
        if owner is not None:  # "North Korea unveiled…, marking … the founding of its ruling Workers' Party": North Korea's
            what = re.sub(r"\bits(?=\s)", possessive(owner["name"]), what, count=1)
        if any(m.start("what") <= t.start - sentence.start < m.start("what") + len(what) for t in dated):
            continue  # "the 40th anniversary of the 1986 disaster": what is remembered has its own date
        if _BODY_NAMED.fullmatch(what):
            what = f"the founding of {what}"  # "the 80th anniversary of the ruling Workers' Party": its founding
        grains, marking = anchor
        exact = not re.match(r"\s+(?:to\s|marking|commemorating|celebrating)", m["link"]) and not grains.week \
            and _ONE_DAY_HAPPENING.match(what) is not None
        year = grains.year - years
        if year < 1:
            continue
        if exact and grains.day is not None and not (grains.month == 2 and grains.day == 29):
            value = f"{year:04d}-{grains.month:02d}-{grains.day:02d}"
        elif exact and grains.month is not None:
            value = f"{year:04d}-{grains.month:02d}"
        else:
            value = f"{year:04d}"
        what_anniversary = m.group(0)[len(m["link"]):m.start("what") - m.start()].strip()
        found.append(CountedHappening(
            text=what, value=value, phrase=f"{what_anniversary} {what}",
            derivation=f"{years} years before {marking.text} ({marking.value}), {what_anniversary}",
            # (what a marking day's own title leaves out: "…on Friday[, the 39th anniversary of the invasion]"; a
            # gathering keeps why it gathered)
            told=m.group(0) if m["link"].strip() == "," else ""))
    return found


#: A sentence's subject that is a name, right before its past: "[North Korea] unveiled…".
_NAMED_SUBJECT = re.compile(rf"\s*(?P<name>(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*)\s+(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")


#: Nouns that take up what the sentence before told as a whole, and the verb it must have been told
#: with: "Mediators said Friday they would reconvene… The announcement came two days after…".
_TELLING_NOUNS = {
    "announcement": re.compile(r"\b(?:said|announced|declared|stated|told|unveiled)\b"),
    "statement": re.compile(r"\b(?:said|announced|declared|stated|told)\b"),
    "remarks": re.compile(r"\b(?:said|told|remarked|declared)\b"),
    "comments": re.compile(r"\b(?:said|told|commented|remarked)\b"),
    "decision": re.compile(r"\b(?:decided|agreed|voted|ruled|approved|ordered|chose)\b"),
    "move": re.compile(r"\b[a-z]{3,}ed\b"),
    # (an act an official text does: "…on Tuesday dissolved all political parties. The decree came a week after…")
    "decree": re.compile(r"\b[a-z]{3,}ed\b"),
    "order": re.compile(r"\b(?:ordered|banned|suspended|imposed|lifted|closed|dissolved|expelled|barred|declared)\b"),
    "ruling": re.compile(r"\b(?:ruled|found|upheld|rejected|dismissed|annulled|struck|ordered|sentenced|convicted|acquitted)\b"),
}


def _date_of_telling(noun: str, before_text: str, told_before: list[tuple[Sentence, list[Timex]]]) -> Timex | None:
    """The date of the telling that `noun` ("The announcement came…") takes up in the sentence just
    before: the one nearest its verb ("said Friday they would meet in mid-December": Friday)."""
    verb = _TELLING_NOUNS.get(noun.lower())
    if verb is None or not told_before or told_before[-1][0].text != before_text:
        return None
    told, dates = told_before[-1]
    found = verb.search(told.text)
    if found is None or not dates:
        return None
    if re.search(r",\s+(?:the\s+)?[\w'’. -]{1,50}?\s*$", told.text[:found.start()]) \
            and re.match(r"\s*(?:[.;!?,]|$)", told.text[found.end():]):
        return None  # "…will meet in Brussels next Tuesday, the European Union said.": a closing saying of no day of its own
    at = told.start + found.start()
    return min(dates, key=lambda t: min(abs(t.start - at), abs(t.end - at)))


def _counted_from_told_clause(came: re.Match[str], sentence: Sentence, before_text: str,
                              told_before: list[tuple[Sentence, list[Timex]]]) -> CountedHappening | None:
    """"The announcement came a day after Russian drones entered Polish airspace": the day after the one a dated
    sentence a few back told that clause on. What came is the undated sentence just before when the noun takes up what it
    told ("Poland invoked Article 4. The announcement came…"), else the noun itself."""
    of = _date_of_clause(came["what"], told_before)
    grains = _grains(of.value) if of is not None else None
    if grains is None:
        return None
    if came["unit"]:
        value = _counted_on(came, grains)
    else:  # ("hours after", "shortly after": the same day)
        value = _day_shifted(grains, 0) if came["relation"].lower() == "after" and came["distance"].lower() != "the day" \
            else None
    if value is None:
        return None
    undated_before = bool(before_text) and not any(told.text == before_text for told, _ in told_before[-1:])
    takes_up = came["noun"].lower() in _TELLING_NOUNS or came["noun"].lower() in ("step", "decision", "move")
    text = before_text if undated_before and takes_up else sentence.text[:came.end("noun")]
    phrase = f"{came['distance']} {came['relation']} {came['what'].strip()}"
    return CountedHappening(text=text, value=value, phrase=phrase, derivation=f"{phrase} ({of.text}, {of.value})",
                            told=came.group(0))


#: Words too common to tell one clause from another.
_COMMON_WORDS = frozenset({"that", "this", "with", "from", "into", "over", "after", "before", "their", "them", "they",
                           "were", "have", "been", "said", "which", "would", "could", "about", "when", "while"})


def _date_of_clause(what: str, told_before: list[tuple[Sentence, list[Timex]]]) -> Timex | None:
    """The date a dated sentence a few back gave the clause `what` tells again: the last one holding its past verb and
    one of its other words ("…drones entered Polish airspace on Sept. 10"), the date nearest that verb."""
    verb = re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b", what)
    if verb is None:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{3,}", what)} - _COMMON_WORDS - {verb.group()}
    told_verb = re.compile(rf"\b{re.escape(verb.group())}\b")
    # (a count of its own is another happening's when the told one has not that count: "two weeks after gunmen killed
    # more than 50 people" is no "Gunmen killed 12 people")
    counts = set(re.findall(r"\b\d[\d,.]*\b", what))
    for told, dates in reversed(told_before):
        found = told_verb.search(told.text)
        if found is None or not words & {w.lower() for w in re.findall(r"[A-Za-z][\w'’-]{3,}", told.text)}:
            continue
        if counts and not counts & set(re.findall(r"\b\d[\d,.]*\b", told.text)):
            continue
        lead_end = dateline_end(told.text)
        own = [t for t in dates if t.end - told.start > lead_end]
        if not own:
            continue
        at = told.start + found.start()
        return min(own, key=lambda t: min(abs(t.start - at), abs(t.end - at)))
    return None


def _counted_from_noun(sentence: Sentence, noun: str, main_at: int, told_before: list[tuple[Sentence, list[Timex]]],
                       value_of, verbs=None) -> CountedHappening | None:
    """The main clause of a sentence opened by a distance from a happening it names (`noun`), dated by
    `value_of` from the date the story gave that happening; None when the story gave it none. `verbs`: how the noun's
    verb is told, when not as in English."""
    of = _date_of_noun(noun, told_before, verbs or _noun_or_its_verb)
    grains = _grains(of.value) if of is not None else None
    value = value_of(grains) if grains is not None else None
    main = sentence.text[main_at:].strip().rstrip(".")
    # (…or a Romance subject: "l'Ukraine avait attaqué", "les troupes ont")
    if of is None or value is None or not (_SUBJECT_OR_NOUN.match(main) or verbs is not None and _ROMANCE_SUBJECT.match(main)):
        return None
    phrase = sentence.text[:main_at].strip(" ,")
    return CountedHappening(text=main, value=value, phrase=phrase, derivation=f"{phrase} ({of.text}, {of.value})",
                            told=phrase)


def _day_shifted(anchor: _Grains, days: int) -> str | None:
    """The day `days` on from a day's `anchor` (None for a coarser one, or a week)."""
    if anchor.day is None or anchor.week:
        return None
    try:
        return (date(anchor.year, int(anchor.month), anchor.day) + timedelta(days=days)).isoformat()
    except (ValueError, OverflowError, TypeError):
        return None


def _counted_on(m: re.Match[str], anchor: _Grains) -> str | None:
    """The day (or month, or year) `m`'s count puts the main clause at, on from (or back from) `anchor`."""
    count = _count(m)
    unit = _unit_of(m, "")
    if count is None or count == 0 or m["unit2"] or m["half"] or not unit:
        return None
    sign = 1 if m["relation"] == "after" else -1
    if unit in ("day", "week"):
        return _day_shifted(anchor, sign * count * (7 if unit == "week" else 1))
    if unit == "month" and anchor.month is not None:
        index = anchor.year * 12 + int(anchor.month) - 1 + sign * count
        return f"{index // 12:04d}-{index % 12 + 1:02d}" if 1 <= index // 12 <= 9999 else None
    if unit == "year":
        return f"{anchor.year + sign * count:04d}" if 1 <= anchor.year + sign * count <= 9999 else None
    return None


def came_subject(sentence_text: str) -> str | None:
    """The happening a sentence opens with when it counts another from it ("The launch" of "The launch came nine days
    after it test-fired…"), which is no doer of the one counted."""
    came = _CAME_COUNTED.match(sentence_text)
    return sentence_text[:came.end("noun")] if came is not None else None


def _noun_or_its_verb(noun: str, synonyms: bool = True) -> re.Pattern[str]:
    """The noun, or the verb spelled like it, as the sentence before may tell it: "The exchange came…" after "Ukraine
    and Russia exchanged prisoners", "The attack…" after "…attacked"."""
    told = rf"{re.escape(noun)}(?:s|d|ed)?"
    if noun.lower().endswith("ing") and len(noun) > 6:  # ("The day before the signing, …" after "…signed a framework")
        told += rf"|{re.escape(noun[:-3])}(?:ed|d)"
    # (a plural's one too: "The releases came…" after "…released 40 people")
    one = noun[:-1] if re.search(r"[^su]s$", noun.lower()) and len(noun) > 4 else None
    if one is not None:
        told += rf"|{re.escape(one)}(?:d|ed)"
    verbs = _VERBS_OF_NOUN.get(noun.lower()) or (_VERBS_OF_NOUN.get(one.lower()) if one is not None else None) \
        if synonyms else None
    return re.compile(rf"\b(?:{told}|{verbs})\b" if verbs else rf"\b{told}\b", re.I)


#: The verbs a happening's noun is told by when they are no spelling of it: "The launch came…" after "North Korea fired a
#: missile", "The swap came…" after "…exchanged prisoners".
_VERBS_OF_NOUN = {
    "launch": r"(?:test-)?fired|launched",
    "launches": r"(?:test-)?fired|launched",
    "swap": r"exchanged|swapped",
    "exchange": r"swapped",
    "strike": r"struck|hit|bombed",
    "strikes": r"struck|hit|bombed",
    "attack": r"struck|hit|stormed",
    # (a raid is an attack told again: "The raid came…" after "…killed 12 people in an overnight attack")
    "raid": r"raided|attacks?|attacked|stormed",
    "visit": r"visited|travell?ed|arrived",
    "meeting": r"met",
    "talks": r"met",
    # (a vote is an election's, and the other way round: "The day before the vote, …" after "Sunday's election")
    "vote": r"voted|ratified|approved|adopted|passed|rejected|elections?|polls|ballot|referendum",
    "election": r"vote|voted|polls|ballot",
    "elections": r"vote|voted|polls|ballot",
    "arrest": r"arrested|detained",
    "release": r"released|freed",
    "shooting": r"shot|fired|exchanged\s+fire|opened\s+fire",
    "clashes": r"clashed|exchanged\s+fire|fought",
    "bombing": r"bombed",
    "invasion": r"invaded",
    "coup": r"seized\s+power|toppled|ousted|overthrew",
    "killing": r"killed|shot\s+dead",
    "killings": r"killed|shot\s+dead",
}


#: A Romance clause's opening subject: "l'Ukraine", "les troupes", "el ejército".
_ROMANCE_SUBJECT = re.compile(r"(?:l['’]|(?:le|la|les|el|los|las|il|lo|gli|o|os|as|un|une|una|um|uma)\s)")


def _foreign_noun_or_its_verb(noun: str) -> re.Pattern[str]:
    """A Romance noun of a happening, or its verb, by the stem they share: "réunion" and "se sont réunies", "reunión" and
    "se reunieron", "attaque" and "ont attaqué"."""
    stem = noun[:max(5, len(noun) - 3)]
    return re.compile(rf"\b{re.escape(stem)}\w*", re.I)


def _date_of_noun(noun: str, told_before: list[tuple[Sentence, list[Timex]]], verbs=None) -> Timex | None:
    """The date of the last sentence that names `noun`, the one standing nearest before the noun ("…exchanged
    prisoners on Thursday, the first swap since early October": Thursday), else its first."""
    # (the noun itself first, then its verb: "The day before the signing" is the one "Tuesday's signing" named, not a
    # declaration "signed in Doha" told after it)
    # (…but a noun told as one of several, "the first direct talks since 2022", is another than the plain "the talks" the
    # story is about: it is read last)
    literal = re.compile(rf"\b{re.escape(noun)}\b", re.I)
    verb = (verbs or _noun_or_its_verb)(noun)
    # (its own spelling before the verbs it is told by: "The releases came…" is the story's "released", not a later "Among
    # those freed was a journalist arrested in January 2025")
    spelled = _noun_or_its_verb(noun, synonyms=False) if verbs is None else verb

    def plain(pattern: re.Pattern[str]):
        # (…nor one told with "a", another of its kind: "The vote came…" is not "won a presidential election in May")
        return lambda text: next((m for m in pattern.finditer(text)
                                  if not _ONE_OF_SEVERAL_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                  and not _ANOTHER_OF_ITS_KIND_BEFORE.search(text, max(0, m.start() - 30), m.start())), None)
    def not_a_previous_one(text: str):
        # (…but never one told as the one before, which "The launch came…" is not: "The last launch took place on May 8")
        return next((m for m in literal.finditer(text)
                     if not _PREVIOUS_ONE_BEFORE.search(text, max(0, m.start() - 30), m.start())), None)
    for find in (plain(literal), plain(spelled), plain(verb), not_a_previous_one):
        if not any(find(told.text) for told, _ in told_before):
            continue
        for told, dates in reversed(told_before):
            named = find(told.text)
            if named is None or any(_PREVIOUS_ONE_BEFORE.search(told.text, max(0, n.start() - 30), n.start())
                                    for n in literal.finditer(told.text)):
                continue  # (a sentence about the one before tells of that one: "The last launch took place on May 8, when
                # the North fired…")
            at = told.start + named.start()
            lead_end = dateline_end(told.text)  # (a wire dateline's date is the publication's, no happening's)
            own = [t for t in dates if t.end - told.start > lead_end] or dates
            # (…but the noun's own date, right after it in its phrase, first: "after flights between Sanaa and Aden on
            # Friday and Saturday" are Friday's first)
            its_own = [t for t in own if 0 <= t.start - at <= 80
                       and _OWN_DATE_AFTER_NOUN.fullmatch(told.text, named.end(), t.start - told.start)]
            if its_own:
                return its_own[0]
            ahead = [t for t in own if t.end <= at]
            return ahead[-1] if ahead else own[0]
    return None


#: What stands between a noun and its own date after it: "[flights] between Sanaa, Aden and Marib on " (no clause or
#: "since" between).
_OWN_DATE_AFTER_NOUN = re.compile(r"(?:\s+(?!since\b|after\b|before\b|until\b)[\w'’.-]+(?:,(?=\s+[A-Z]))?){0,10}?\s+(?:on|in|at)\s+(?:the\s+)?")
#: A short aside closing what a count is from, then more of the clause up to its own date: ", most of them tourists, near
#: Pahalgam in Indian Kashmir on ".
_ASIDE_THEN_CLAUSE_TO_DATE = re.compile(r",\s+(?![^,;]*\b(?:[a-z]{3,}ed|was|were|is|are|has|had|have|said|says|and|but)\b)"
                                        r"[^,;:()]{2,50},\s+(?:near|in|at|outside|inside|along|on)\s+[^,;:()]{0,80}?"
                                        r"(?:\s(?:on|in|at|during|last))?\s+")
#: A since-clause inside what a count is from, up to its date: "since talks broke down in ".
_SINCE_CLAUSE_TO_DATE = re.compile(r"\bsince\s+(?:the\s+|a\s+|its\s+|their\s+)?[a-z][\w-]*\s+(?:[\w-]+\s+){0,5}?"
                                   r"(?:in|on|at|during|last)\s+$")
#: An indefinite article right before a noun or its one modifier, which tells another of its kind: "a [presidential]".
_ANOTHER_OF_ITS_KIND_BEFORE = re.compile(r"\b(?:a|an|another)\s+(?:[\w-]+\s+)?$", re.I)
#: A word that makes a noun one of several, right before it or its one modifier: "the [first] direct talks".
_ONE_OF_SEVERAL_BEFORE = re.compile(r"\b(?:first|second|third|previous|earlier|last|next|other)\s+(?:[\w-]+\s+)?$", re.I)


#: A word that makes a noun the one before: "the [last] launch", "the [previous] round".
_PREVIOUS_ONE_BEFORE = re.compile(r"\b(?:previous|earlier|last|prior|preceding)\s+(?:[\w-]+\s+)?$", re.I)


#: A sentence opened by a count from a happening it names: "A week after the truce began, …", "A month after
#: the strikes, …".
COUNT_OPENING = re.compile(r"^" + _COUNT.replace("{4,160}", "{4,80}") + r",\s+(?P<main>.{4,300})$",
                            re.IGNORECASE)
#: The happening's noun in what a count is from: "the truce began", "the strikes".
_OPENING_NOUN = re.compile(r"^(?:the|its|their|this|that)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})(?:\s+[a-z]+)?\s*$", re.I)
#: A sentence opened by the day next to a happening it names: "On the eve of the first round, …", "The day after
#: the vote, …".
_EVE_OF = re.compile(r"(?:On\s+)?[Tt]he\s+(?P<rel>eve|day\s+before|day\s+after|morning\s+after|night\s+before)\s+(?:of\s+)?"
                     r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]{3,})\s*,\s+(?P<what>.{4,300})$")


def opens_with_day_next_to(text: str) -> bool:
    """Whether a sentence opens with the day next to a happening it names ("The day before the signing, …"),
    which dates its main clause as a date expression would."""
    return _EVE_OF.match(text) is not None


#: The saying verb of a main clause, what it says after it: "the agency said [that…]".
_SAID_IN_MAIN = re.compile(r"[^,;:()\"“”]{2,80}?\b(?:said|says|reported|announced|warned|estimated)\b")
#: A sentence opened by a short while after the last date told: "Hours later, …", "Later that day, …".
_OPENED_LATER = re.compile(r"((?:(?:A\s+few|Several|Just)\s+)?(?:[Hh]ours|[Mm]inutes|[Mm]oments)\s+later|Shortly\s+(?:afterwards?|after|"
                           r"later)|Soon\s+afterwards?|Later\s+that\s+day|Later\s+the\s+same\s+day),\s+(?P<what>.{4,300})$")
#: ", the day South Sudan became independent": another happening of the day just named.
_SAME_DAY = re.compile(r",\s+the\s+(?:same\s+|very\s+)?day\s+(?:that\s+|when\s+|on\s+which\s+)?"
                       r"(?P<what>(?:[A-Z][\w'’.-]*|the|a|an|its|their)\s[^,;:()\"“”]{4,160})")
#: A verb of its own in what that day saw: "South Sudan became independent", not "the day of the vote".
_OWN_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)}|was|were)\b")


def _counted_value(m: re.Match[str], anchor: _Grains) -> str | None:
    """The TIMEX3 value `m`'s count gives from the `anchor` value's grain, or None when the count is
    vague or finer than the anchor ("two days after" a month)."""
    sign = -1 if m["relation"] == "after" else 1
    unit = _unit_of(m, "day")
    count = _count(m)
    if count is None:
        return None
    if m["half"] or m["unit2"]:
        unit, count = _in_one_unit(unit, count, m)
        if count is None:
            return None
    if count == 0 and "hour" in m["distance"].lower() and (anchor.late if sign > 0 else anchor.early):
        return None  # "on Thursday evening, hours before the ceremony": the ceremony may be Friday's
    if m["hedge"] and re.fullmatch(r"(?:more|less)\s+than", m["hedge"].lower()) and unit in ("month", "year"):
        return None  # "…on Friday, more than a year after they were detained": a bound, no month or year of its own
    year, month, day = anchor.year, anchor.month, anchor.day
    if unit in ("day", "week"):
        if day is None or (anchor.week and unit == "day"):
            return None
        try:
            counted = date(year, int(month), int(day)) + timedelta(days=sign * count * (7 if unit == "week" else 1))
        except (ValueError, OverflowError):
            return None
        told_exact = m["exact"] or m["hedge"] and m["hedge"].lower() in ("just", "only", "exactly", "precisely")
        if unit == "week" and (anchor.week or m["hedge"] and not told_exact or count >= 2 and not told_exact):
            # "less than a week after Nov. 25" is some day of that week, not the 18th itself; "five weeks after the
            # election" is a round count, told in weeks (the vote 37 days before is in none of them exactly)
            iso = counted.isocalendar()
            return f"{iso[0]:04d}-W{iso[1]:02d}"
        return counted.isoformat()
    if m["exact"] and day is not None and unit in ("month", "year"):
        # "a year to the day after the massacre": that very day, the count's months back (a 29 February to the 28th)
        index = year * 12 + int(month) - 1 + sign * count * (12 if unit == "year" else 1)
        y, mo = index // 12, index % 12 + 1
        if not 1 <= y <= 9999:
            return None
        return date(y, mo, min(int(day), calendar.monthrange(y, mo)[1])).isoformat()
    if unit == "month":
        if month is None:
            return None
        index = year * 12 + int(month) - 1 + sign * count
        return f"{index // 12:04d}-{index % 12 + 1:02d}" if 1 <= index // 12 <= 9999 else None
    if not 1 <= year + sign * count <= 9999:
        return None
    return f"{year + sign * count:04d}" + (f"-{anchor.season}" if anchor.season else "")


#: A source set off by commas: ", the army said", ", officials told Reuters".
_SOURCE_ASIDE = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|says|reported|added|announced|confirmed|told\s+[\w'’.-]+)(?=\s*(?:,|$))")


#: A relative clause about the subject inside a counted clause, with its date, before the clause's own verb: "[ who seized
#: power in July] ordered".
_RELATIVE_WITH_DATE = re.compile(r"\s+(?:who|which|that)\s+(?:[a-z]{3,}ed|[a-z]+)\s+[^,;]{0,40}?\s(?:in|on|last)\s+"
                                 r"(?P<date>[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})(?=\s+[a-z]{3,}ed\b)")


#: The words of a count in the Romance languages we read: its number, its unit, which way it counts and the "of" after
#: it, then the article of what it counts from (or "of" and the article in one word: "depois das manifestações", "dopo lo
#: sciopero", "después del ataque").
_FOREIGN_COUNT_WORD = (r"(?:\d{1,3}|um|uma|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|uno|una|dos|tres|cuatro|cinco|seis|"
                       r"siete|ocho|nueve|diez|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|dois|duas|três|quatro|oito|dez)")
_FOREIGN_UNIT = (r"(?:jours?|semaines?|mois|ans|années?|días?|semanas?|meses|mes|años?|giorni|giorno|settiman[ae]|mesi|mese|"
                 r"anni|anno|dias?|anos?)")
_FOREIGN_RELATION = r"(?:après|avant|después|antes|dopo|prima|depois)"
_FOREIGN_OF = r"\s+(?:de\s+|d['’]|di\s+)?"
_FOREIGN_ARTICLE = (r"(?:l['’]|dell['’]|(?:le|la|les|el|los|las|il|lo|gli|o|os|a|as|un|une|una|uno|um|uma|del|della|dello|dei|"
                    r"degli|delle|do|da|dos|das|du|des)\s+)")
#: A count from a happening a noun phrase names, after a comma, in the Romance languages we read: ", trois jours après le
#: vote d'une motion de censure", ", dos semanas después de la cumbre" (German's dative would need its noun declined).
_FOREIGN_COUNTED = re.compile(
    rf",\s+(?P<count>{_FOREIGN_COUNT_WORD})\s+(?P<unit>{_FOREIGN_UNIT})\s+(?P<relation>{_FOREIGN_RELATION}){_FOREIGN_OF}"
    rf"(?P<what>{_FOREIGN_ARTICLE}[^\W\d_][^,;:()]{{2,100}}?)\s*(?=[.;,]|$)")
#: A sentence opened by such a count: "Deux jours avant la réunion, …", "Un día antes de la cumbre, …".
_FOREIGN_OPENING = re.compile(
    rf"(?P<count>(?i:{_FOREIGN_COUNT_WORD}))\s+(?P<unit>{_FOREIGN_UNIT})\s+(?P<relation>{_FOREIGN_RELATION}){_FOREIGN_OF}"
    rf"{_FOREIGN_ARTICLE}(?P<what>(?P<noun>[^\W\d_]{{4,}})(?:\s+[^\W\d_]+){{0,3}})\s*,\s+(?P<main>.{{4,300}})$")
_FOREIGN_NUMBERS = {"un": 1, "une": 1, "uno": 1, "una": 1, "ein": 1, "eine": 1, "einen": 1, "deux": 2, "dos": 2, "due": 2,
                    "dois": 2, "duas": 2, "trois": 3, "tres": 3, "tre": 3, "três": 3, "quatre": 4, "cuatro": 4, "quattro": 4,
                    "quatro": 4, "cinq": 5, "cinco": 5, "six": 6, "seis": 6, "sept": 7, "siete": 7, "sette": 7, "huit": 8,
                    "ocho": 8, "otto": 8, "neuf": 9, "nueve": 9, "nove": 9, "dix": 10, "diez": 10, "dieci": 10, "cinque": 5,
                    "sei": 6, "um": 1, "uma": 1, "oito": 8, "dez": 10}


def _with_plain_article(what: str) -> str:
    """A noun phrase told on its own: the article "of" had taken in goes back to itself ("das manifestações" are "as
    manifestações", "dell'attacco" is "l'attacco")."""
    first = re.match(r"(\w+['’]|\w+)\s*", what)
    plain = ROMANCE_ARTICLE_OF.get(first.group(1).lower()) if first is not None else None
    if plain is None:
        return what
    return plain + ("" if plain.endswith(("'", "’")) else " ") + what[first.end():]


#: A Portuguese personal infinitive's auxiliary before its participle: "ter [tomado]", "terem [assinado]".
_PERSONAL_INFINITIVE = re.compile(r"\b(ter|terem)\s+(?=[^\W\d_]{3,}(?:ado|ido|to|so)s?\b)")


class _ForeignCount:
    """A count of another language, read as its English one: "trois jours après" is "3 days after"."""

    def __init__(self, m: re.Match[str]) -> None:
        self._m = m
        word = m["count"].lower()
        unit = m["unit"].lower()
        self._groups = {
            "count": word if word.isdigit() else str(_FOREIGN_NUMBERS[word]),
            "unit": "days" if unit.startswith(("jour", "día", "dia", "giorn")) else
                    "weeks" if unit.startswith(("semain", "semana", "settiman")) else
                    "months" if unit.startswith(("mois", "mes")) else "years",
            "relation": "after" if m["relation"].lower() in ("après", "después", "dopo", "depois") else "before",
            # (a Portuguese personal infinitive is told as its past: "depois de o grupo M23 ter tomado Goma" → "O grupo
            # M23 tinha tomado Goma")
            "what": _PERSONAL_INFINITIVE.sub(lambda w: "tinham " if w.group(1) == "terem" else "tinha ",
                                             _with_plain_article(m["what"])),
            "distance": f"{m['count']} {m['unit']}",
        }

    def __getitem__(self, key: str) -> str | None:
        return self._groups.get(key)

    def start(self, group: str | int = 0) -> int:
        return self._m.start(group)

    def end(self, group: str | int = 0) -> int:
        return self._m.end(group)

    def group(self, group: str | int = 0) -> str:
        return self._m.group(group)


def _foreign_counts(text: str) -> list[_ForeignCount]:
    """The other languages' counts from a happening a noun phrase names (a cheap look first: most sentences have none)."""
    if not re.search(r"\b(?:après|avant|después|antes|dopo|prima|depois)\b", text):
        return []
    return [_ForeignCount(m) for m in _FOREIGN_COUNTED.finditer(text)]


def _date_before(sentence: Sentence, dated: list[Timex], pos: int) -> tuple[_Grains, Timex] | None:
    """The date right before `pos` ("on Friday, a day after…", "in 2011, three years after…"), with its
    grains, when it dates a happening (not a bound: "until Feb. 5, shortly after…") and nothing but a few words stands
    between them ("announced Friday, holders would receive…, shortly before the merger" counts from no day)."""
    before = [t for t in dated if t.end - sentence.start <= pos]
    # (a bound between is passed over: "…ready for a meeting [before the end of the year], hours after a strike…")
    while len(before) > 1 and BOUND_PREPOSITION.search(sentence.text, max(0, before[-1].start - sentence.start - 25),
                                                          before[-1].start - sentence.start):
        before.pop()
    if not before:
        return None
    anchor = before[-1]
    # (a source said between them is no clause of the happening's: "…on Monday, the army said, a day after the first attack")
    between = _SOURCE_ASIDE.sub("", sentence.text[anchor.end - sentence.start:pos])
    # a few words, or a phrase with no clause of its own ("on Thursday evening without agreeing on the next
    # steps, a week after…"), or a "when" clause that tells the same date ("in 2011, when Brussels first
    # brought them together, three years after…")
    short = len(between.split()) <= 3 or (len(between.split()) <= 16 and not _CLAUSE_BETWEEN.search(between)) \
        or bool(_OWN_PREDICATE.fullmatch(between)) \
        or bool(_SAME_DATE_CLAUSE.fullmatch(between)) \
        or bool(_OPENING_DATE.fullmatch(sentence.text, 0, anchor.start - sentence.start) and _MAIN_CLAUSE.fullmatch(between)) \
        or _only_phrases(between) \
        or bool(_JOINED_MAIN_CLAUSE.fullmatch(between)) \
        or bool(_REASON_GIVEN.fullmatch(between) and not _CLAUSE_BETWEEN.search(between, 2)) \
        or bool(_SAID_RIGHT_BEFORE.search(sentence.text, max(0, anchor.start - sentence.start - 24), anchor.start - sentence.start)
                and _REPORTED_PREDICATE.fullmatch(between))
    # ("On Tuesday, the government dissolved the parties, a day after crowds protested": the opening
    # date is the main clause's, and the count goes back from it)
    setting = _SET_FOR_BEFORE.search(sentence.text, max(0, anchor.start - sentence.start - 100), anchor.start - sentence.start) \
        or _SET_RIGHT_BEFORE.search(sentence.text, max(0, anchor.start - sentence.start - 12), anchor.start - sentence.start) \
        or _REPORTED_PLAN_BEFORE.search(sentence.text, max(0, anchor.start - sentence.start - 120), anchor.start - sentence.start)
    dated_setting = [t for t in before[:-1] if re.fullmatch(r"\s*", sentence.text[t.end - sentence.start:setting.start()])] \
        if setting is not None else []
    if dated_setting:
        # "…on Friday set March 5 as the date for early elections, two months after protests toppled the government": the
        # setting has its own day, which the count goes back from (not the day it set)
        grains = _grains(dated_setting[-1].value)
        return (grains, dated_setting[-1]) if grains is not None else None
    if not short or BOUND_PREPOSITION.search(sentence.text, max(0, anchor.start - sentence.start - 25),
                                                         anchor.start - sentence.start) \
            or setting is not None:
        # (nor a day something was set for: "set the election for Dec. 28, a week after a new constitution was adopted"
        # counts from the setting, which is not dated)
        return None
    grains = _grains(anchor.value)
    return (grains, anchor) if grains is not None else None


#: A verb of setting or moving and the preposition of the day it sets, right before that day: "set the presidential
#: election for", "a fixé par décret l'élection présidentielle au", "fijó las elecciones para el".
_SET_FOR_BEFORE = re.compile(r"\b(?:set|sets|scheduled|fixed|moved|postponed|pushed\s+back|brought\s+forward|called|"
                             rf"(?:{lx.ROMANCE_SETTING_STEMS})\w*)"
                             r"\s+(?:[\w'’-]+\s+){0,6}?(?:for|to|until|au|pour\s+le|para\s+el|para|al|per\s+il)\s+"
                             r"(?:(?:el|le|il|the)\s+)?$", re.I)
#: A plan reported in a that-clause, up to its day: "[that presidential and legislative elections would be held on ]".
_REPORTED_PLAN_BEFORE = re.compile(r"\bthat\s+[^,;]{0,80}?\b(?:would|will)\s+(?:be\s+)?(?:held|staged|organi[sz]ed|take\s+place|"
                                   r"open|begin|start)\s+(?:on|in)\s+(?:the\s+)?$")
#: A verb of setting right before the day it sets: "[set] March 5 as the date for…", "[named] Dec. 14 as…".
_SET_RIGHT_BEFORE = re.compile(r"\b(?:set|sets|fixed|named|chose|picked|announced)\s+$", re.I)
#: A reason given in a gerund's phrase set off after the date, no clause of its own: ", citing the need to preserve public
#: order".
_REASON_GIVEN = re.compile(r",\s+(?:citing|blaming|accusing)\s[^,;:()]{1,90}")
#: What makes the words between a date and a count a clause of their own: "announced Friday that holders
#: would receive a dividend, shortly before the merger" counts from no Friday.
_CLAUSE_BETWEEN = re.compile(rf"[,;:()]|\b(?:that|which|who|whom|whose|would|will|could|should|may|might|is|are|was|"
                             rf"were|has|have|had|said|says|[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")


#: The date's own predicate between it and the count: "The cabinet on Thursday [approved the plan], a day
#: after…" (no saying, relative or other clause of its own inside).
_OWN_PREDICATE = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                            r"(?![^,;]*\b(?:that|which|who|whom|said|says|told|would|will|could)\b)[^,;:()]{0,140}")


#: A saying right before its date: "said [on Thursday]".
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|announced|reported|told\s+[\w-]+)\s+(?:(?:on|late|early)\s+)*$")
#: What was said after the saying's date, one clause with its subject: "[they had pushed further into the region],
#: sixteen days after…" (what was done by the day it was told).
_REPORTED_PREDICATE = re.compile(rf"\s+(?:that\s+)?(?:it|they|he|she|we|(?:the|its|their|his|her|our)\s+[a-z]+|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)"
                                 rf"\s+(?:had\s+|have\s+|has\s+)?(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                                 r"(?![^,;]*\b(?:that|which|who|whom|said|says|told|would|will|could)\b)[^,;:()]{0,140}(?:,\s*)?")


def _only_phrases(between: str) -> bool:
    """Whether the words between a date and a count are only phrases of place and circumstance, no
    clause of their own: "on Sunday on the sidelines of a summit, in a ceremony attended by the U.S.
    president, three months after…" (a participle with its agent is a phrase too)."""
    chunks = [c.strip() for c in between.split(",") if c.strip()]
    return 0 < len(chunks) <= 3 and len(between.split()) <= 30 and all(
        _PHRASE_CHUNK.match(c) and not _CLAUSE_BETWEEN.search(_PARTICIPLE_BY.sub(" ", c)) for c in chunks)


#: A chunk that opens with a preposition of place or circumstance.
_PHRASE_CHUNK = re.compile(r"(?:on|in|at|with|during|under|near|amid|inside|outside|from|for)\s", re.I)
#: A participle and its agent ("attended by the president"): no clause.
_PARTICIPLE_BY = re.compile(r"\b[a-z]{3,}ed\s+by\b")
#: What may stand before a date that opens a sentence: a wire dateline, a preposition.
_OPENING_DATE = re.compile(r"(?:[A-Z][\w .,'’()-]{1,60}?\s[-–—]+\s)?(?:(?:[Oo]n|[Ii]n|[Aa]t|[Ll]ate|[Ee]arly|[Ll]ater|[Ee]arlier)\s+)*")
#: The main clause after an opening date, and nothing that would start another: no saying, no relative.
_MAIN_CLAUSE = re.compile(r",\s+(?![^,;:()]*\b(?:that|which|who|whom|whose|said|says|told)\b)[^,;:()]{3,160}")
#: A second main clause joined on after the date's, with its own named subject and past, and no saying, relative or
#: modal of its own: "on Thursday[, and Thailand sent F-16 jets to strike Cambodian targets,] a day after…" (the count
#: is the lead's).
_JOINED_MAIN_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                                 r"(?![^,;]*\b(?:that|which|who|whom|said|says|told|would|will|could)\b)[^,;:()]{0,140}(?:,\s*)?")
#: (…or what brought the date's happening on, told at its day: "on Monday [after a landmine wounded two soldiers], three
#: weeks after the two countries signed it")
_SAME_DATE_CLAUSE = re.compile(r",?\s+when\s+[^,;:()]{3,120}|\s+(?:after|following|as)\s+(?:a|an|the)\s+[^,;:()]{3,120}")


_DAYS_IN = {"day": 1, "week": 7}
_MONTHS_IN = {"month": 1, "year": 12}


def _in_one_unit(unit: str, count: int, m: re.Match[str]) -> tuple[str, int | None]:
    """"A year and three months" as 15 months, "a week and a half" as ten days (to the nearest day),
    "two months and ten days" as no count this module can make (the finer part goes)."""
    if m["half"]:
        if unit in _MONTHS_IN:
            return "month", count * _MONTHS_IN[unit] + _MONTHS_IN[unit] // 2
        return "day", round(count * _DAYS_IN[unit] + _DAYS_IN[unit] / 2)
    unit2 = m["unit2"].lower().rstrip("s")
    count2 = 1 if m["count2"].lower() in ("a", "an") else lx.parse_count(m["count2"].lower())
    if count2 is None or not float(count2).is_integer():
        return unit, None
    if unit in _MONTHS_IN and unit2 in _MONTHS_IN:
        return "month", count * _MONTHS_IN[unit] + int(count2) * _MONTHS_IN[unit2]
    if unit in _DAYS_IN and unit2 in _DAYS_IN:
        return "day", count * _DAYS_IN[unit] + int(count2) * _DAYS_IN[unit2]
    return unit, count  # "two months and ten days": the months, to the month


def _count(m: re.Match[str]) -> int | None:
    """Whole units between the two happenings: "a day" is one, "hours" or "shortly" the same day,
    "several weeks" no count at all."""
    if m["count"] is None:
        return 1 if m["distance"].lower() == "the day" else 0
    count = m["count"].lower()
    parsed = 1 if count in ("a", "an") else lx.parse_count(count)
    if parsed is None or not float(parsed).is_integer():
        return None
    return int(parsed) * (2 if (m["unit"] or "").lower().startswith("fortnight") else 1)  # ("a fortnight": two weeks)


def _unit_of(m: re.Match[str], default: str) -> str:
    """The count's unit, singular, a fortnight counted in weeks."""
    unit = (m["unit"] or default).lower().rstrip("s")
    return "week" if unit == "fortnight" else unit
