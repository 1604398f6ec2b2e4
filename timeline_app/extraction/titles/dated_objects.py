"""A list of objects, each with its own date, after one verb: "disengaged from the Pangong lake area in 2021 and
Gogra-Hot Springs in September 2022". The verb was done to each object on that object's date, so each date's title
names its own object ("…disengaged from Gogra-Hot Springs"), not the whole list or the group the list stood for."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import BOUND_PREPOSITION
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.grammar import PAST_VERB, VERB

#: The preposition of a date, closing the phrase of the object it dates: "[the Pangong lake area] in ".
_DATE_PREPOSITION = r"\s+(?:in|on|during)\s+(?:the\s+)?$"
#: The first object, after the examples' opener or right after its verb (and the verb's preposition).
_FIRST_AFTER_INCLUDING = re.compile(r"(?P<group>\b(?:several|many|some|a\s+number\s+of|a\s+string\s+of|two|three|four|five|"
                                    r"six|a\s+dozen|dozens\s+of|other)\s+(?:[\w'’-]+\s+){0,2}?[a-z]+s),\s+including\s+"
                                    r"(?P<np>[^,;()]{2,50}?)" + _DATE_PREPOSITION)
# (a manner set off between the verb and its objects goes: "accepted[, without signing,] an agreement … in February")
# (…or a schedule's present or future: "Colombia holds legislative elections in March and the first round on May 31")
_FIRST_AFTER_VERB = re.compile(rf"\b(?:{PAST_VERB}|(?:will\s+)?(?:hold|host|elect|visit)s?)(?P<aside>,\s+(?:without|with|in|for|at\s+least)\s[^\d,;()]{{1,30}},)?\s+"
                               r"(?:(?:from|to|into|at|over|through)\s+)?"
                               r"(?P<np>(?:the|a|an)\s+[^,;()]{2,50}?|[A-Z][^,;()]{1,50}?"
                               r"|(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s)" + _DATE_PREPOSITION)  # (…or a bare plural: "elections")
#: A later object, between the date before it and its own: " and [Gogra-Hot Springs] in ", ", [Kafr Nabl] in ".
_NEXT_OBJECT = re.compile(r"(?:,\s+and|,|\s+and)\s+(?P<np>(?!(?:the\s+)?(?:two|both|it|they|he|she|and|but|or|then|later|in|on|at|by)\b)[^,;()]{2,50}?)"
                          + _DATE_PREPOSITION)

#: A list's last object, after "and", with a bound instead of a date, up to the end of its phrase: " and Niger by the end
#: of that year".
_BOUNDED_LAST_OBJECT = re.compile(r",?\s+and\s+(?P<np>[^,;()]{2,50}?)\s+(?:by|before|until)\s+[^,;()]{2,40}?(?=\s*(?:[.;]|$))")
#: Words between two dates that are no object: "[again] in October", "[once more] in May", "[briefly] in June".
_NO_OBJECT = re.compile(r"(?:(?:again|also|once|twice|more|later|earlier|then|soon|only|just|[a-z]+ly)\s*)+")
#: A word no object of a list holds: a gerund, a clause's opener ("[paving] the way for elections in 2028").
_NO_OBJECT_WORD = re.compile(r"\b(?:[a-z]{2,}ing|that|which|who|whose|where|when|while|because|if|would|will|could|should|"
                             r"can|may|might|must|is|are|was|were|has|have|had|be|been)\b")
#: How an object opens: a determiner, a count, a name.
_OBJECT_OPENING = re.compile(r"(?:the|a|an|its|their|his|her|our|several|some|many|two|three|four|five|\d)\b|[A-Z]"
                             r"|(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s$")  # (…or a bare plural: "legislative elections")
#: An owner's noun and a past right after it, a clause of its own: "[Somalia's president travelled] to Addis Ababa".
_OWNED_SUBJECT_AND_PAST = re.compile(rf"(?:the\s+)?[A-Z][\w'’.-]*['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}(?:{PAST_VERB})\b")
#: What follows an object's date, where the object is no subject: a stop, the next item, a phrase.
_OBJECT_S_DATE_CLOSES = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|or|in|on|at|for|as|with|after|before|while|when|during|"
                                   r"amid|following|under|despite)\b")


def with_own_object(sentence: Sentence, t: Timex, inside: list[Timex]) -> tuple[Sentence, Timex, list[Timex]] | None:
    """The sentence told as if `t`'s object stood alone in its list ("The two sides disengaged from several other points,
    including the Pangong lake area in 2021 and Gogra-Hot Springs in September 2022" → "The two sides disengaged from
    Gogra-Hot Springs in September 2022"), with `t` and the other dates moved to match; None when `t` is in no such list."""
    s = sentence.text
    dates = sorted((o for o in inside if sentence.start <= o.start and o.end <= sentence.end and o.range_id is None),
                   key=lambda o: o.start)
    # (the bound of a list's last object is that object's: "…and Niger [by the end of that year]")
    last_bound = t if t in dates and BOUND_PREPOSITION.search(s, max(0, t.start - sentence.start - 25),
                                                              t.start - sentence.start) else None
    if last_bound is not None:
        dates = [o for o in dates if o is not t]
    if (t not in dates and last_bound is None) or len(dates) < 2:
        return None
    at = dates.index(t) if last_bound is None else len(dates) - 1
    # (the run of dates, each after its own object, that `t` is in: the objects' spans and the first one's opening)
    objects: list[tuple[int, int]] = []
    anded = False  # (whether the last object came after an "and", as a list's last does)
    first: tuple[re.Match[str], int] | None = None
    for i, d in enumerate(dates):
        lo = d.start - sentence.start
        if objects:
            between = _NEXT_OBJECT.fullmatch(s, dates[i - 1].end - sentence.start, lo)
            if between is not None and not VERB.search(between["np"]) and not _NO_OBJECT.fullmatch(between["np"]) \
                    and not _OWNED_SUBJECT_AND_PAST.match(between["np"]) \
                    and not _NO_OBJECT_WORD.search(between["np"]) \
                    and _OBJECT_OPENING.match(between["np"]):
                objects.append(between.span("np"))
                anded = "and" in s[dates[i - 1].end - sentence.start:between.start("np")]
                continue
            if at < i:
                break
            objects, first, anded = [], None, False
        opened = _FIRST_AFTER_INCLUDING.search(s, max(0, lo - 160), lo)
        opened = opened or _FIRST_AFTER_VERB.search(s, max(0, lo - 90), lo)
        if opened is not None and not VERB.search(opened["np"]) and not _NO_OBJECT_WORD.search(opened["np"]) \
                and _OBJECT_OPENING.match(opened["np"]):
            objects, first = [opened.span("np")], (opened, i)
    # (a last object bounded rather than dated closes the list too, and goes with it: "…left Mali in August 2022, Burkina
    # Faso in February 2023 and Niger by the end of that year")
    bounded = _BOUNDED_LAST_OBJECT.match(s, dates[first[1] + len(objects) - 1].end - sentence.start) \
        if first is not None and not anded and len(objects) >= 2 else None
    if bounded is not None and (VERB.search(bounded["np"]) or _NO_OBJECT_WORD.search(bounded["np"])
                                or not _OBJECT_OPENING.match(bounded["np"])):
        bounded = None
    if last_bound is not None and (bounded is None or not bounded.start() <= t.start - sentence.start < bounded.end()):
        return None
    if first is None or len(objects) < 2 or not (anded or bounded) or not first[1] <= at < first[1] + len(objects):
        return None
    opened, start_index = first
    if any(not _OBJECT_S_DATE_CLOSES.match(s, d.end - sentence.start) for d in dates[start_index:start_index + len(objects)]):
        return None  # (a subject's date, its verb after it: "…a six-week war in late 2020 and a one-day offensive in
        # September [ended] with Baku retaking the region")
    np_lo, np_hi = objects[at - start_index] if last_bound is None else bounded.span("np")
    list_lo = opened.start("group") if opened.groupdict().get("group") else opened.start("np")
    list_hi = bounded.end() if bounded is not None else dates[start_index + len(objects) - 1].end - sentence.start
    piece = s[np_lo:t.end - sentence.start]  # ("Gogra-Hot Springs in September 2022")
    one = re.match(r"(?:the|a|an)\s+(?:[\w-]+\s+)?one\b", piece)
    if one is not None and at > start_index:
        # ("received the first payment in 2013 and the last one in 2016": the "one" is the first object's noun)
        piece = piece[:one.end() - 3] + s[objects[0][0]:objects[0][1]].split()[-1] + piece[one.end():]
    text = s[:list_lo] + piece + s[list_hi:]
    shift = len(piece) - (list_hi - list_lo)
    moved_t = replace(t, start=sentence.start + list_lo + len(piece) - (t.end - t.start), end=sentence.start + list_lo + len(piece))
    moved = [moved_t if o is t else o if o.end - sentence.start <= list_lo else replace(o, start=o.start + shift, end=o.end + shift)
             for o in inside if o is t or not list_lo <= o.start - sentence.start < list_hi]
    if opened.groupdict().get("aside"):  # (the manner set off goes, and the dates after it move back)
        lo, hi = opened.span("aside")
        text, own = text[:lo] + text[hi:], next(i for i, o in enumerate(moved) if o is moved_t)
        moved = [o if o.end - sentence.start <= lo else replace(o, start=o.start - (hi - lo), end=o.end - (hi - lo))
                 for o in moved]
        moved_t = moved[own]
    return Sentence(sentence.start, sentence.start + len(text), text), moved_t, moved
