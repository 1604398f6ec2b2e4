"""Cutting a sentence to the clause its date belongs to: coordinated clauses, gapped and conjoined
predicates, reported speech with and without "that", concessions and trailing subordinate clauses.
"""

from __future__ import annotations

import re

from timeline_app.extraction.coreference import plural_of
from timeline_app.extraction.counted_clauses import opens_with_day_next_to
from timeline_app.extraction.dateline import COLON_ENTRY_LABEL, ENTRY_LABEL, clock_stamp_end, dateline_end
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import (
    JOINED_CLAUSE_OPENING,
    PLAN_WORDS,
    WEEKDAY,
)
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.dates import (
    nouns_before_closing_date,
    remove_date_phrase,
)
from timeline_app.extraction.titles.grammar import (
    ADJECTIVE_PEOPLE_PAST,
    ADVERB_LY,
    AND_BARE_DATE,
    AND_COMMA_DATE,
    APPOSITIVE,
    ASIDE_THEN_VERB,
    ATTRIBUTED_ON,
    ATTRIBUTIVE_PARTICIPLE,
    AUXILIARY,
    BARE_BODIES,
    BARE_PAST_AFTER_DATE,
    CAPITALISED_END,
    CAPITALISED_WORDS,
    CLAUSE_CLOSE,
    CLAUSE_COMMA,
    CLOSING_PARTICIPLE,
    COUNT_HEDGE,
    COUNT_WORD,
    COUNTED_PHRASE_END,
    COURSE_OF_A_THING,
    DISTINCT_PARTICIPLE,
    ENCLOSED_RELATIVE,
    FINITE_AFTER,
    FINITE_IN_CLAUSE,
    FINITE_WORD,
    FIRST_VERB,
    FRONTED_OPENER,
    FRONTED_PREPOSITION,
    GERMAN_LEXICAL_PAST,
    GERUND_SUBJECTS_VERB,
    GOVERNED_GERUND,
    HAPPENING_IN_PLACE,
    INCLUDING_SET_OFF,
    INTENT_AND_INFINITIVE,
    INTRANSITIVE,
    IRREGULAR_PARTICIPLES,
    JOINED_NOUN_PHRASE,
    LEAD_WORDS,
    LIST_OF_NAMES_BEFORE_AND,
    MAIN_VERB_BACK,
    NAME_GOES_ON,
    NAME_SET_OFF,
    NAME_THEN_PRESENT,
    NARRATIVE_PRESENT,
    NOT_A_CLAUSE_COMMA,
    NOT_PARTICIPLES,
    NOUN_PREPOSITIONS,
    NOUN_THEN_PAST_LIKE_PRESENT,
    OPENING_PHRASE,
    OWN_SUBJECT,
    PARTICIPLE_START,
    PASSIVE_PARTICIPLE,
    PAST_AFTER_SUBJECT,
    PAST_AS_PRESENT,
    PAST_VERB,
    PEOPLE_OF_A_BODY,
    PERFECT_LIKE_PRESENT,
    PLACE_APPOSITION,
    PLURAL_COURSE_PRESENT,
    PLURAL_SCHEDULED_PRESENT,
    PRESENT_VIEW,
    REPORTED_MODAL,
    REPORTED_TENSE_FIRST,
    ROLE_HOLDER_NAME,
    ROMANCE_INTENT_AND_INFINITIVE,
    ROMANCE_IRREGULAR_PARTICIPLE,
    ROMANCE_NOT_PARTICIPLES,
    SAYERS_PRONOUN,
    SERIES_CLOSED,
    SINGULAR_PAST_LIKE_PRESENT,
    TIME_UNIT,
    TITLE_MAX,
    TRANSITIVE_PASTS,
    VERB,
    WHEN_WORD,
    be_for,
    clause_to_its_end,
    date_phrase_end,
    is_own_clause,
    language_of,
    noun_phrase_start,
    other_dates,
    series_predicate_commas,
    subject_of,
    tells_a_doing,
    turned_clause,
    without_compounds,
    without_place_appositions,
)
from timeline_app.extraction.titles.relatives import (
    relative_clauses_of,
)
from timeline_app.extraction.titles.romance import (
    romance_passive,
)
from timeline_app.extraction.titles.subjects import (
    ROLE_THEN_NAME_SUBJECT,
    antecedent_of,
)
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    base_of_participle,
    past_of_participle,
    words_pattern,
)

#: A number written as a count: "30", "four", "dozens".
_COUNT_WORD = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)\b"


def gapped_conjunct(s: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The sentence told for one of two dates that share a verb ("visited Cairo a fortnight ago and
    Khartoum a week later"): the other object and its date go, and how far the date at [start, end)
    moved; None when the sentence is not so built."""
    # (only the dates right before and after can share its verb: no other date stands between them)
    previous = max((o for o in others if o[1] <= start), default=None)
    following = min((o for o in others if o[0] >= end), default=None)
    for o_start, o_end in (o for o in (previous, following) if o is not None):
        first, second = ((start, end), (o_start, o_end)) if o_start > end else ((o_start, o_end), (start, end))
        between = _GAPPED_AND.fullmatch(s, first[1], second[0]) or _AND_COUNTED.fullmatch(s, first[1], second[0])
        # (a participle between an article and its noun is the noun's adjective: "a [detailed] annex")
        bare = ATTRIBUTIVE_PARTICIPLE.sub("", between["object"]) if between is not None else ""
        # (a modal opens a predicate of its own: "closed the crossing on Monday and [would reopen it] on Friday")
        if between is None or not re.match(r"\s*(?:[.;,]|$)", s[second[1]:]) or VERB.search(bare) \
                or FIRST_VERB.search(bare) or _MODAL_OPENING.match(bare):
            continue
        more = _MORE_OF_THE_SUBJECT.fullmatch(between["object"].strip())
        intransitive = _INTRANSITIVE_PAST_BEFORE.search(s, 0, first[0]) if more is not None else None
        subject = _SUBJECT_NOUN_BEFORE.search(s, 0, intransitive.start()) if intransitive is not None else None
        if subject is not None:
            # "A second summit followed in October 2007, and three more in 2018": with no object after the verb, a
            # count of more is more of the subject's noun ("Three more summits followed")
            if (start, end) == first:
                return s[:first[1]] + s[second[1]:], 0
            count = more["count"].lower()
            noun = subject["noun"] if count in ("another", "one") else plural_of(subject["noun"])
            told = f"{count[:1].upper()}{count[1:]}{' more' if more['more'] else ''} {noun}{subject['of'] or ''} " \
                   f"{intransitive['verb']} "
            return told + s[second[0]:], len(told) - second[0]
        # (an "-ed" word after an article is the object's adjective, no verb: "hosted [an expanded] gathering in Geneva")
        verb = next(reversed([v for v in VERB.finditer(s, 0, first[0])
                              if not re.search(r"\b(?:a|an|the|its|their|his|her)\s+$", s[max(0, v.start() - 8):v.start()])]),
                    None)
        # (an appositive of the first object may stand between: "seized Goma, the largest city in the east, in
        # late January and Bukavu in mid-February")
        if verb is None or re.search(r"[,;:]", APPOSITIVE.sub("", s[verb.end():first[0]])) \
                or not s[verb.end():first[0]].strip():
            continue
        if (re.search(r"\b(?:was|were|is|are|been|be)\s+$", s[:verb.start()]) or re.fullmatch(r"was|were|is|are", verb.group())) \
                and not re.match(r"(?:in|at(?!\s+least\b)|on|to|from|by)\s", between["object"]):
            # "He was born in 1950 and his brother in 1952": a passive's second noun is a subject; a count is one of its
            # own, told with the passive ("Ten soldiers were killed on Monday and two more on Tuesday")
            counted = _COUNTED_SUBJECT.fullmatch(between["object"])
            passive = _PASSIVE.search(s, max(0, verb.start() - 20), first[0])
            complement = False
            if counted is None and passive is not None:
                if _NO_COMPLEMENT.fullmatch(s, passive.end(), first[0]):
                    # "A framework was accepted in Brussels in February and [an implementation annex in Ohrid] on
                    # 18 March": with nothing but places after the first passive, a noun is its second subject
                    counted = _NOUN_SUBJECT.fullmatch(between["object"])
                else:  # "He was elected president in 2010 and the party leader in 2012": the complement's twin
                    complement = _BARE_COMPLEMENT.match(s, passive.end()) is not None
            another = _ANOTHER_AT_A_PLACE.fullmatch(between["object"].strip()) \
                if counted is None and passive is not None and (start, end) == second else None
            head = _SUBJECT_HEAD_NOUN.match(s, dateline_end(s)) if another is not None else None
            if head is not None:
                # "An informal meeting was held in Geneva in March and [another in New York] in July": another of the
                # subject's noun, told with the passive ("Another meeting was held in New York")
                told = f"Another {head['noun']} {passive.group()} {another['place']} "
                return told + s[second[0]:], len(told) - second[0]
            if not complement:
                if counted is None or passive is None:
                    continue
                if (start, end) == first:
                    return s[:first[1]] + s[second[1]:], 0
                adjunct = f" {counted['adjunct']}" if counted["adjunct"] else ""
                told = f"{counted['count']} {passive.group()}{adjunct} {counted['preposition'] or ''}".rstrip() + " "
                return told + s[second[0]:], len(told) - second[0]
        if (start, end) == first:
            # (a when-clause after the second date is the second's: "seized power in August 2020, and again in May 2021,
            # when he ousted…")
            rest = s[second[1]:]
            own = re.match(r",\s+(?:when|after|as|before)\s[^;]*", rest)
            return s[:first[1]] + (rest[own.end():] if own else rest), 0
        again = re.fullmatch(r"(?:once\s+)?again(?:\s+(?:in|on|at|during))?|once\s+more(?:\s+(?:in|on|at|during))?",
                             between["object"])
        if again is not None and (start, end) == second:
            # "seized power in August 2020 and again in May 2021": the verb's object is the second date's too
            told = re.sub(r"\s+(?:in|on|at|during|by)\s+(?:the\s+)?$", "", s[:first[0]]) + f" {again.group()} "
            return told + s[second[0]:], len(told) - second[0]
        parallel = _parallel_adjunct(s, first, second, between) if (start, end) == second else None
        if parallel is not None:
            return parallel
        subject = _SUBJECT_AND_OBJECT.fullmatch(between["object"]) if (start, end) == second else None
        auxiliary = re.search(r"\b(?:has|have|is|are|was|were|do|does)\s+(?:\w+ly\s+)?$|"
                              r"(?P<aux>\b(?:will|would|had|did)\s+(?:\w+ly\s+)?)$", s[:verb.start()])
        # (a modal found as the verb brings the verb after it: "will [release]")
        verb_end = verb.end() + (len(m.group()) if verb.group() in ("will", "would", "had", "did")
                                 and (m := re.match(r"\s+(?:\w+ly\s+)?[a-z]+", s[verb.end():])) else 0)
        if subject is not None and not _SUBJECT_AND_OBJECT.fullmatch(s, verb_end + 1, first[0]) \
                and (auxiliary is None or auxiliary["aux"]):
            # "Israel freed 30 prisoners on Monday and Hamas four hostages on Tuesday": a name and an object of its own
            # are a second subject with the shared verb (not a second pair of objects: "sold Egypt 24 jets in 2015 and
            # India 36 in 2016")
            told = f"{subject['subject']} {auxiliary['aux'] if auxiliary else ''}{s[verb.start():verb_end]} " \
                   f"{subject['object'].rstrip()} "
            return told + s[second[0]:], len(told) - second[0]
        lo = verb.end() + 1
        place = re.match(r"(in|at|to|from|on)\s", between["object"])
        particle = _PARTICIPLE_AND_PARTICLE.match(s, verb.end())
        if place is None and particle is not None:
            # "have called for a march on Saturday, and a general strike on Nov. 10": the second object is the
            # perfect's participle's and its particle's too
            lo = particle.end() + 1
        if place is not None:
            # "hosted meetings of the two sides in Geneva in March and in New York in July": the second
            # place stands for the first, the object stays
            region = re.sub(r"\s(?:in|on|at|during)\s*$", "", s[verb.end():first[0]])  # (not the date's own "in")
            same = list(re.finditer(rf"\s{place[1]}\s", region))
            if same and same[-1].start() > 0:
                lo = verb.end() + same[-1].start() + 1
        joined = _JOINED_OWN_CLAUSE.match(s, second[1])
        # (…not a clause of its own joined on after: "…the following month[, but neither has implemented it]")
        told = s[:lo] + s[between.start("object"):joined.start() if joined and is_own_clause(joined["clause"]) else len(s)]
        # "received the first payment in 2013 and [the last one] in 2016": "one" stands for the first object's noun
        # (…its adjectives set off or not: "a law on "foreign agents" in May 2024 and [a second, harsher one]" is a law)
        # (…and so does a bare "another": "hosted an expanded gathering in Geneva in March and [another] in New York")
        one = re.match(r"(?:the|a|an)\s+(?:[a-z]+,?\s+){0,2}one\b|another(?=\s+(?:in|at|on|near)\s)", between["object"])
        first_object = re.sub(r"\s+(?:in|on|at|during|by)\s*$", "", s[verb.end():first[0]])
        noun = (re.match(r"\s*(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?([a-z][\w-]*)(?=\s+(?:on|of|for|with|against|over)\s)",
                         first_object)
                or re.match(r"\s*(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?([a-z][\w-]*)(?=\s+(?:in|at|near)\s+[A-Z][^\s]*$)",
                            first_object)
                or re.search(r"\b([a-z][\w-]*)\s*$", first_object)) if one else None
        if one is not None and noun is not None and noun.group(1) not in ("the", "a", "an", "it", "them"):
            if one.group(0) == "another":
                told = told.replace("another", f"another {noun.group(1)}", 1)
                return told, lo - between.start("object") + len(noun.group(1)) + 1
            told = told.replace(one.group(0), one.group(0)[:-3] + noun.group(1), 1)
            return told, lo - between.start("object") + len(noun.group(1)) - 3
        return told, lo - between.start("object")
    return None


#: A bare "another" and where it was, standing as a gapped passive's second subject: "another in New York".
_ANOTHER_AT_A_PLACE = re.compile(r"another\s+(?P<place>(?:in|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                                 r"(?:\s+(?:in|on|at|during))?")
#: The head noun of a subject opening a clause: "An informal [meeting] in an enlarged format", "The first [round] of".
_SUBJECT_HEAD_NOUN = re.compile(r"(?:An?|The)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{3,})(?=\s+(?:in|of|on|with|between|was|were)\b|,)")
#: A gapped clause's own subject and object, up to its date: "[Hamas] [four hostages on ]" (a name, or a definite
#: noun before a count).
_SUBJECT_AND_OBJECT = re.compile(r"(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+(?:the|a|an|its|their|some|"
                                 rf"{_COUNT_WORD}))|(?:the|its|their)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?(?=\s+{_COUNT_WORD}))"
                                 r"\s+(?P<object>(?:the|a|an|its|their|some|[\d,]+\b|[a-z]+\b)(?:\s+[\w'’.-]+){0,5}\s*)")
#: A count standing as a gapped passive's second subject, and where or when its own words put it: "[at least 3,100]
#: [in the first six months of]", "[two more]".
_COUNTED_SUBJECT_PATTERN = (r"(?P<count>(?:(?:at\s+least|more\s+than|nearly|almost|about|some|another|a\s+further)\s+)?"
                            r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)"
                            # (…or one of the subject's own: "He was born in 1950 and [his brother] in 1952")
                            r"(?:\s+(?:more|others))?|(?:his|her|their|its)\s+[a-z]{3,})"
                            r"(?:\s+(?P<adjunct>(?:in|on|at|during|over)\s+[^,;]{1,40}?"
                            r"(?:\s+(?:of|in|on))?))?(?:\s+(?P<preposition>in|on|at|during))?")
_COUNTED_SUBJECT = re.compile(_COUNTED_SUBJECT_PATTERN)
#: A noun standing as a gapped passive's second subject, with where its own words put it: "[an implementation annex]
#: [in Ohrid]" (the groups are the count's).
_NOUN_SUBJECT = re.compile(r"(?P<count>(?:the|a|an|its|their|his|her|another)\s+"
                           r"(?:(?!(?:in|on|at|during|over|of|by|and)\b)[a-z][\w'’-]*\s+){0,3}"
                           r"(?!(?:in|on|at|during|over|of|by|and)\b)[a-z][\w'’-]*)"
                           r"(?:\s+(?P<adjunct>(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?(?:\s+(?P<preposition>in|on|at|during))?")
#: What may stand between a passive and its date without being a complement: a manner, places and the date's own
#: preposition (" orally in Brussels in"), not a noun ("was elected [president] in").
_NO_COMPLEMENT = re.compile(r"(?:\s+[a-z]+ly)?(?:\s+(?:in|at|on|to|from|during|with|under|for)\b[^,;]*)?\s*")
#: A passive's bare complement, whose twin a gapped clause's noun is: "(was elected) [president]", "(was named) [its
#: envoy]" (not an agent, a place or a manner: "by parliament", "in Geneva", "as envoy").
_BARE_COMPLEMENT = re.compile(r"\s+(?!(?:in|at|on|by|to|from|during|with|under|for|as|of|into|after|before|over)\b)"
                              r"(?![a-z]+ly\b)[a-z][\w'’-]*")
#: "and" and a count standing as a gapped passive's subject, up to the second date: " and at least 3,100 in the first six
#: months of ".
_AND_COUNTED = re.compile(rf",?\s+and\s+(?P<object>{_COUNTED_SUBJECT_PATTERN})\s+")
#: A passive's auxiliary and participle: "were killed".
_PASSIVE = re.compile(rf"\b(?:was|were|is|are|been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}(?:ed|en)|{IRREGULAR_PARTICIPLES}|born)\b")


def _parallel_adjunct(s: str, first: tuple[int, int], second: tuple[int, int], between: re.Match[str]) -> tuple[str, int] | None:
    """"A ban on gas under short-term contracts will apply from Jan. 1, and [under long-term contracts] from 2028": the
    second date's phrase stands for the first clause's phrase of the same preposition, the rest is shared ("A ban on gas
    under long-term contracts will apply from 2028"); None when the second's phrase has no such twin."""
    phrase = _ADJUNCT_AND_REST.fullmatch(between["object"])
    if phrase is None:
        return None
    twin = next(reversed(list(re.compile(rf"\b{phrase['preposition']}\s+(?:[\w'’-]+\s+){{0,4}}?[\w'’-]+"
                                         rf"(?=\s+(?:{AUXILIARY}|[a-z]{{3,}}ed|in|on|at|from|to|by|for|with)\b)")
                              .finditer(s, 0, first[0]))), None)
    if twin is None:
        return None
    shared = s[twin.end():first[0]]
    if phrase["rest"]:  # (the second date's own preposition stands for the first's)
        shared = re.sub(r"\s+(?:from|in|on|at|by|until|during|as\s+of)\s+(?:the\s+)?$", " ", shared) + phrase["rest"] + " "
    told = s[:twin.start()] + phrase["adjunct"] + shared
    return told + s[second[0]:], len(told) - second[0]


#: A gapped adjunct and what comes before its date: "[under long-term contracts] [from]".
_ADJUNCT_AND_REST = re.compile(r"(?P<adjunct>(?P<preposition>under|for|with|without|against|within|outside|among)\s+"
                               r"(?:[\w'’-]+\s+){0,4}?[\w'’-]+)(?:\s+(?P<rest>(?:from|in|on|at|by|until|during|as\s+of)"
                               r"(?:\s+the)?))?")


def cut_at(sentence: Sentence, others: list[Timex], cut: int) -> tuple[Sentence, list[Timex]]:
    """The sentence up to `cut` (an offset into its text) and the dates that stand in it."""
    kept = Sentence(sentence.start, sentence.start + cut, sentence.text[:cut])
    return kept, [o for o in others if o.end <= kept.end]


def coordinated_infinitive(s: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The sentence told for one of two infinitives that share what governs them ("is scheduled to meet
    the speaker tomorrow and to visit the border on Wednesday"): the other infinitive and its date go,
    and how far the date at [start, end) moved; None when the sentence is not so built."""
    # (the first infinitive's date need not be the nearest: "…to recover in the fourth quarter, but to remain below
    # 2025 levels through mid-2027" has a year of a noun between)
    previous = sorted((o for o in others if o[1] <= start), reverse=True)[:2]
    following = min((o for o in others if o[0] >= end), default=None)
    for o_start, o_end in previous + ([following] if following is not None else []):
        first, second = ((start, end), (o_start, o_end)) if o_start > end else ((o_start, o_end), (start, end))
        joined = _AND_TO.search(s, first[1], second[0])
        opening = next(reversed(list(re.finditer(r"\bto\s+(?=[a-z]{2,}\b)", s[:first[0]]))), None) \
            or _TO_AFTER_DATE.match(s, first[1])  # ("agreed on Sunday [to] form … and to hold …")
        if joined is None or opening is None \
                or re.search(r"[,;:]", s[opening.end():first[0]] + s[max(first[1], opening.end()):joined.start()]) \
                or opening.start() >= first[1] and not re.search(r"\bto\s+$", joined.group()):
            # (an infinitive after the first date is joined to a second one by its own "to": not "agreed on Saturday to stop
            # all firing[ and military] action")
            continue
        if (start, end) == first:
            stop = re.search(r"[,;:]|\.(?:\s|$)", s[second[1]:])
            return s[:joined.start()] + (s[second[1] + stop.start():] if stop else ""), 0
        if opening.start() >= first[1]:
            # ("agreed on Sunday to form … and to hold elections on …": the first date, the main verb's, goes with the
            # first infinitive, or what is left of it would read as a clause without its verb)
            prep = re.search(r"\s+(?:on|in|at|during|by)\s+$", s[:first[0]])
            cut = prep.start() if prep is not None else first[0]
            told = s[:cut] + s[first[1]:opening.end()] + s[joined.end():]
            return told, cut + opening.end() - first[1] - joined.end()
        told = s[:opening.end()] + s[joined.end():]
        return told, opening.end() - joined.end()
    return None


#: An infinitive's "to" right after a date: "agreed on Sunday[ to ]form…".
_TO_AFTER_DATE = re.compile(r"\s+to\s+(?=[a-z]{2,}\b)")
_AND_TO = re.compile(r"(?:\s+and\s+(?:then\s+)?(?:to\s+)?|,\s+but\s+to\s+)"
                     # (the second infinitive may go without its "to": "…to present its plan by Aug. 31 and start…")
                     r"(?=(?!(?:the|a|an|its|their|his|her|this|that|these|those|then|also|in|on|at|by|through|for|with|"
                     r"from|into|until|after|before|during|about|over|under|not|so|as|more|less|other|others)\b)"
                     # (nor a manner alone before its date: "…separately on Monday and jointly on Wednesday")
                     r"(?![a-z]{3,}ly\s+(?:on|in|at|by)\b)[a-z]{2,}\b)")


#: An auxiliary's participle and the particle its object comes after, or a verb's particle alone: "(have) called for",
#: "(met) with".
_PARTICIPLE_AND_PARTICLE = re.compile(rf"(?:\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}))?"
                                      # (not a count's "about": "killed about 100 people")
                                      r"\s+(?:for|to|on|with|against|about(?!\s+\d)|into|at)(?=\s)")


#: What lies between two dates that share a verb: "and" and a short object without a verb of its own.
#: A modal or "do" that opens a predicate, never an object: "would reopen it", "did not".
_MODAL_OPENING = re.compile(r"(?:will|would|shall|should|can|could|may|might|must|did|does|do)\s")
_GAPPED_AND = re.compile(r",?\s+and\s+(?P<object>"
                         # (adjectives set off by a comma inside it: "…and [a second, harsher one] last April")
                         r"(?:(?:a|an|the)\s+[a-z]+,\s+)?(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+"
                         # (with what it is, between commas: "…and Bukavu, the capital of South Kivu, in mid-February")
                         r"(?:,\s+(?:the|a|an)\s+[^,;]{1,60},(?:\s+(?:in|on|at|during))?"
                         # (…or a town's country: "…and an annex in Ohrid, North Macedonia, the following month")
                         r"|,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,)?)\s+")


#: More of a subject's noun, a gapped intransitive's second subject: "three more", "another", "two others".
_MORE_OF_THE_SUBJECT = re.compile(r"(?P<count>another|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})"
                                  r"(?:\s+(?P<more>more|others))?(?:\s+(?:in|on|at|during))?")
#: An intransitive past right before the first date, no object between: "[followed] in", "[opened] on", "[took place] in".
_INTRANSITIVE_PAST_BEFORE = re.compile(r"\s(?P<verb>[a-z]{3,}ed|began|met|took\s+place|broke\s+out|was\s+held|were\s+held)"
                                       r"(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+(?:(?:in|on|at|during)\s+)?"
                                       r"(?:the\s+)?$")
#: The subject's noun right before its verb, with its determiner and ordinal: "[A second summit] followed".
_SUBJECT_NOUN_BEFORE = re.compile(r"(?:^|[,;:]\s+|\.\s+)(?:A|An|The|a|an|the)\s+(?:(?:first|second|third|fourth|new|further|"
                                  r"fresh|last|final|previous|earlier)\s+)?(?P<noun>[a-z]{3,})(?P<of>\s+of\s+[a-z]{3,})?\s*$")
#: A clause joined on by a comma and "but" or "and": ", but neither has implemented it".
_JOINED_OWN_CLAUSE = re.compile(r",\s+(?:but|and)\s+(?P<clause>.+)$")


_RELATIVE_INSIDE = re.compile(r"\b(?:that|which|who|whose|when|after|before)\b")


#: A participle's phrase opening a sentence, up to its comma: "Born in Turku on 14 March 1938, ", "Elected in 2019, ".
_FRONTED_PARTICIPLE_PHRASE = re.compile(r"(?:Born|[A-Z][a-z]{2,}(?:ed|en))\s+(?:in|on|at|by|as|to|from|into|after)\b[^,;]{0,80},\s+"
                                        r"(?=[A-Z]|(?:he|she|they|it|we)\b)")


#: A clause that opens inside what follows a date: " that Kigali backed…", " who attacked…".
_CLAUSE_IN_TAIL = re.compile(r"\s+(?:that|which|who|when|where)\s")


#: A when-clause with a subject and a past of its own, closed by the comma before a gerund: ", when [he] briefly refused…,".
_WHEN_CLAUSE_BEFORE_GERUND = re.compile(r",\s+when\s+(?P<who>he|she|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                                        r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|was|were|had)\b[^;]*,\s*$")


def governed_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Takaichi became prime minister on Oct. 21, after winning the leadership earlier that month":
    the later date is the winning's, told "Takaichi won the leadership"."""
    s = sentence.text
    start = t.start - sentence.start
    m = GOVERNED_GERUND.search(s, max(0, start - 110), start)
    passive = m is not None and m["verb"] == "being" and re.match(r"\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b", m["mid"])
    if m is None or m["verb"] in NOT_PARTICIPLES or _RELATIVE_INSIDE.search(m["mid"]) \
            or m["verb"] in ("being", "having") and not passive \
            or m["verb"] not in ("being", "having") and GERUND_SUBJECTS_VERB.match(m["mid"]) \
            or BARE_HAPPENING_PAST.match(s, m.start("verb")):
        return None  # (nor a gerund that is its own clause's subject: "…, a month after voting ended on March 3", "after
        # fighting between the army and the RSF broke out in May")
    # "…a ceasefire in August 2023 that was extended once before lapsing in August 2024": the relative
    # clause's noun lapsed
    relative = _GERUND_AFTER_RELATIVE.search(s, 0, m.start())
    main = s[dateline_end(s):m.start()]  # (a wire dateline is no part of the main clause)
    for other in inside:  # "In November 2012 it had seized Goma…": an opening date without its comma goes
        lead = re.match(r"(?:In|On|At|By|During)\s+$", s[:other.start - sentence.start])
        if lead is not None and other is not t:
            main = s[other.end - sentence.start:m.start()].lstrip(" ,")
            main = main[:1].upper() + main[1:]
    fronted = _FRONTED_PARTICIPLE_PHRASE.match(main)
    if fronted is not None:  # "Born in Turku in 1938, Christensen spent…": the subject after the fronted participle's phrase
        main = main[fronted.end():][:1].upper() + main[fronted.end() + 1:]
    reported = REPORTED_MODAL.search(main) if not relative and not passive else None
    if reported is not None and not re.search(r"[,;]", main[reported.end():]):
        # "Officials said she would arrive in Riyadh on Thursday … before returning to London at the weekend": the
        # returning is what was said too ("Officials said she would return to London")
        close = CLAUSE_CLOSE.search(s, date_phrase_end(t, inside) - sentence.start)
        tail = s[date_phrase_end(t, inside) - sentence.start:close.start()]
        return f"{reported.group(0).strip()} {base_of_participle(m['verb'])}{m['mid']}{tail}".strip()
    subject = relative["np"] if relative else subject_of(main)
    when = _WHEN_CLAUSE_BEFORE_GERUND.search(main) if not relative else None
    if when is not None:
        # "Relations have soured since January, when he briefly refused…, before backing down hours later": the gerund
        # goes on from the when-clause, whose subject does it
        subject = (antecedent_of(when["who"], s) or when["who"].capitalize()) if when["who"] in ("he", "she", "they") \
            else when["who"]
    nearest = list(re.finditer(r"\b(?:where|when|and)\s+(?P<pronoun>he|she|they)\s+(?:will|would|had|has|have)\b", main))
    if subject is None and nearest:  # "…will travel to Addis Ababa, where she will meet officials … before returning…"
        subject = antecedent_of(nearest[-1]["pronoun"], s)
    # (a pronoun will do for a passive: "…it had seized Goma, before being pushed back the following year by
    # the army" is "It was pushed back by the army", for the reader of the sentence before to resolve)
    # (…nor "it", "we" or "I"; a person's "he" or "she" opening the sentence is the person the text is about, which the
    # titles of the sentences before resolve: "He had returned from exile in January 2023, after surviving an attempt…")
    # ("Born in Turku in 1938, she spent…": so is one after the sentence's fronted participle)
    person = subject is not None and (re.fullmatch(r"He|She", subject) is not None
                                      and (s.startswith(subject + " ") or fronted is not None and main.startswith(subject + " "))
                                      or when is not None and re.fullmatch(r"He|She|They", subject) is not None)
    if subject is None or not passive and not person and re.search(r"\b(?:he|she|they|it|we|I)\b", subject, re.I) \
            and len(subject.split()) == 1:
        return None
    tail_start = date_phrase_end(t, inside) - sentence.start
    # (a date joined to it is its span's other end, and goes with it: "after visiting Addis Ababa on Monday and Tuesday")
    partner = next((o for o in inside if o is not t and o.start - sentence.start >= tail_start
                    and re.fullmatch(r"\s*(?:,|and|or|to|through|until|-|–)\s*(?:on\s+)?", s[tail_start:o.start - sentence.start])),
                   None)
    if partner is not None:
        tail_start = date_phrase_end(partner, inside) - sentence.start
    close = CLAUSE_CLOSE.search(s, tail_start)
    tail = s[tail_start:close.start()]
    later = min((o.start - sentence.start for o in inside if o is not t and tail_start <= o.start - sentence.start), default=None)
    clause_in_tail = _CLAUSE_IN_TAIL.search(tail, 0, later - tail_start) if later is not None else None
    if clause_in_tail is not None:
        # ("…after closing it in January 2024 over accusations [that Kigali backed rebels who attacked … in December
        # 2023]": a clause with another date of its own is that date's happening, and goes)
        tail = tail[:clause_in_tail.start()]
    if passive:  # "…before being pushed back": the subject was pushed back
        return f"{subject[:1].upper()}{subject[1:]} {be_for(subject)}{m['mid']}{tail}".strip()
    mid = m["mid"]
    thing = _MAIN_OBJECT.search(main) if re.match(r"\s+it\b", mid) else None
    if thing is not None:  # "…accepted the award for six decades before declaring it void": it is the award
        mid = f" {thing['np']}{mid[3:]}"
    if re.search(r"\b(?:will|'ll|shall)\s+", main):  # "Blinken will hold talks…, before flying to Yerevan on Wednesday"
        return f"{subject} will {base_of_participle(m['verb'])}{mid}{tail}".strip()
    return f"{subject} {past_of_participle(m['verb'])}{mid}{tail}".strip()


#: A passive of judging and the gerund it judged the subject for, right before the gerund's own date: "was sentenced
#: [on Friday] to 11 years in prison for attempting to dissolve Congress [in December 2022]", "was convicted of ordering".
_JUDGED_FOR_GERUND = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:[a-z]+ly\s+)?(?:sentenced|convicted|jailed|imprisoned|"
    r"arrested|charged|accused|indicted|fined|punished|detained|blamed|praised|critici[sz]ed|condemned|censured|impeached|"
    r"prosecuted|sanctioned|honou?red|credited|faulted|suspended|expelled|dismissed|fired|ousted|banned|barred|acquitted|"
    r"cleared|pardoned)\b[^,;:()]{0,70}?\b(?:for|of)\s+(?P<verb>[a-z]{2,}ing)\b"
    # (…up to a second predicate of the subject, whose own date that is: "…of defying the envoy[ and was stripped of…]")
    r"(?P<mid>(?:(?!\s(?:and|but)\s+(?:was|were|is|are|had|has|have|then|later|[a-z]{3,}ed)\b)[^,;:()\"“”]){0,90}?)"
    r"\s*(?:(?:on|in|at|during|by)\s+)?$")


#: …or a prize won for a doing, up to its date: "won the Nobel Peace Prize in 2019 for making peace with Eritrea [the year
#: before]".
_HONOURED_FOR_GERUND = re.compile(
    r"\b(?:won|received|(?:was|were)\s+(?:awarded|given))\s+(?:the|a|an|this\s+year['’]s|last\s+year['’]s)\s+"
    r"(?:[^,;:()]{0,60}?\s)?(?:[Pp]rize|[Aa]ward|[Mm]edal)\b[^,;:()]{0,40}?\bfor\s+(?P<verb>[a-z]{2,}ing)\b"
    r"(?P<mid>(?:(?!\s(?:and|but)\s+(?:was|were|is|are|had|has|have|then|later|[a-z]{3,}ed)\b)[^,;:()\"“”]){0,90}?)"
    r"\s*(?:(?:on|in|at|during|by)\s+)?$")

#: …or a doer another accuses of a doing, up to the doing's own date: "accused [Azerbaijan] on Friday of [firing] on a
#: village [overnight]".
_ACCUSED_OF_GERUND = re.compile(
    r"\b(?:accused|accuses|accusing|blamed|blames|blaming)\s+(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
    r"|the\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)\s+(?:[^,;:()]{0,40}?\s)?(?:of|for)\s+(?P<verb>[a-z]{2,}ing)\b"
    # (the doing alone, no clause joined on: not "…of stalling[ and said it would halt aid convoys] starting Thursday")
    r"(?P<mid>(?:(?!\s(?:and|but|or|that|which|who|while|as)\s)[^,;:()\"“”]){0,90}?)"
    r"\s*(?:(?:on|in|at|during|by)\s+)?$")


#: A Romance gerund of accusing, whom and the perfect infinitive of what they did, up to its date: "accusant [l'armée
#: algérienne] d'avoir [abattu] [un drone malien] ", "acusando [al ejército] de haber [derribado]…".
_ROMANCE_ACCUSED_OF_PERFECT = re.compile(
    r"\b(?:accusant|acusando|accusando)\s+(?:(?P<al>al)\s+|a\s+)?(?P<who>(?:(?:l['’]|la\s|le\s|les\s|el\s|los\s|las\s|il\s|lo\s|gli\s|(?<=al\s))"
    r"[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,2}|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}))\s+"
    r"(?P<inf>d['’]avoir|de\s+haber|di\s+aver)\s+(?P<part>[^\W\d]{3,}(?:é|és|ée|ées|i|is|u|us|it|do|da|to|ta))\b"
    r"(?P<mid>(?:(?!\s(?:et|y|e|ou|o|qui|que|che)\s)[^,;:()\"“”]){0,60}?)"
    r"(?:\s+(?:dans|en|le|el|il|lors\s+de|durante|pendant)(?:\s+la|\s+el)?)?\s*$")


def judged_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Castillo was sentenced on Friday to 11 years in prison for attempting to dissolve Congress in December 2022":
    the later date is what the subject was judged for, done by the subject ("Castillo attempted to dissolve Congress")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _JUDGED_FOR_GERUND.search(s, max(0, start - 200), start) or _HONOURED_FOR_GERUND.search(s, max(0, start - 200), start) \
        or _ACCUSED_OF_GERUND.search(s, max(0, start - 200), start)
    romance = _ROMANCE_ACCUSED_OF_PERFECT.search(s, max(0, start - 200), start) if m is None else None
    if romance is not None:
        # "…accusant l'armée algérienne d'avoir abattu un drone malien dans la nuit du 31 mars": the one accused did it
        who = ("el " if romance["al"] else "") + romance["who"]  # (Spanish's "al" is "a el": "acusando al ejército")
        auxiliary = "a" if romance["inf"].endswith("avoir") else "ha"  # (the perfect's auxiliary the infinitive had)
        return f"{who[:1].upper()}{who[1:]} {auxiliary} {romance['part']}{romance['mid']}".strip()
    if m is None or m["verb"] in NOT_PARTICIPLES or m["verb"] in ("being", "having") or _RELATIVE_INSIDE.search(m["mid"]):
        return None
    # (the one accused did it: "Armenia accused Azerbaijan on Friday of firing on a village overnight" is "Azerbaijan fired
    # on a village")
    subject = m["who"] if m.re is _ACCUSED_OF_GERUND else subject_of(s[dateline_end(s):m.start()] + " " + m.group().split()[0])
    if subject is None or re.fullmatch(r"It|There|This|That|They|We|I", subject):
        return None
    close = CLAUSE_CLOSE.search(s, date_phrase_end(t, inside) - sentence.start)
    tail = s[date_phrase_end(t, inside) - sentence.start:close.start()]
    return f"{subject} {past_of_participle(m['verb'])}{m['mid']}{tail}".strip()


#: A main clause's past and its object, the one thing an "it" after it may stand for: "accepted [the award] for six
#: decades".
_MAIN_OBJECT = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?P<np>(?:the|an?|its|their)\s+[\w'’-]+"
                          r"(?:\s+(?!(?:for|in|on|at|to|with|from|until|by)\b)[\w'’-]+){0,2})"
                          r"(?=\s+(?:for|in|on|at|to|with|from|until|by)\b|\s*,?\s*$)")


#: A closing appositive that sums up what the clause before said, and a relative clause about it told by another doer:
#: ", [remarks] that [Eritrea's information minister] [called] "reckless" a day later".
_SUMMED_UP_THEN_RELATIVE = re.compile(
    r",\s+(?P<noun>(?:[a-z]+\s+)?(?:remarks|comments|words|statements?|claims?|accusations?|moves?|steps?|decisions?|"
    r"announcements?|proposals?|demands?|threats?|warnings?))\s+(?:that|which)\s+"
    r"(?P<subject>(?:the\s+|[A-Z][\w'’.-]*['’]s\s+|[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,3}?)"
    rf"(?P<verb>(?!(?:was|were|had|has)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b(?P<rest>[^,;]*?)\s*[.;]?\s*$")


#: A time clause inside the summed-up thing's relative clause, up to the date: "[since he first made them] two years ago".
_TIME_CLAUSE_OF_THE_SUMMED_UP = re.compile(r"\b(?:since|after|when|before)\s+(?P<doer>he|she|they|[A-Z][\w'’.-]*)\s+"
                                           rf"(?P<predicate>(?:[a-z]+ly\s+|first\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                           r"\b[^,;]*?)\s*$")


def summed_up_relative_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…told lawmakers on Tuesday that access to the sea was vital, remarks that Eritrea's minister called "reckless" a
    day later": a date inside a closing appositive's relative clause dates what its own doer did to the thing summed up
    ("Eritrea's minister called the remarks "reckless"")."""
    s = sentence.text
    m = _SUMMED_UP_THEN_RELATIVE.search(s)
    if m is None or not m.start("rest") <= t.start - sentence.start < m.end("rest"):
        return None
    rest = remove_date_phrase(m["rest"], t.start - sentence.start - m.start("rest"), date_phrase_end(t, inside) - sentence.start
                              - m.start("rest"))
    own = _TIME_CLAUSE_OF_THE_SUMMED_UP.search(s, m.start("rest"), t.start - sentence.start)
    if own is not None:
        # "…, remarks that Asmara has called a threat since he first made them two years ago": the date is the time
        # clause's, whose "them" is the thing summed up and whose "he" the sentence's subject
        doer = own["doer"]
        if doer.lower() in ("he", "she", "they"):
            doer = subject_of(s[dateline_end(s):]) or doer
        told = remove_date_phrase(s[own.start("predicate"):m.end("rest")], t.start - sentence.start - own.start("predicate"),
                                  date_phrase_end(t, inside) - sentence.start - own.start("predicate"))
        told = re.sub(r"\b(?:them|it)\b", f"the {m['noun']}", told, count=1)
        return f"{doer[:1].upper()}{doer[1:]} {told.strip()}"
    subject = m["subject"].strip()
    return f"{subject[:1].upper()}{subject[1:]} {m['verb']} the {m['noun']} {rest.strip()}".strip()


def appositive_contact_title(sentence: Sentence, t: Timex) -> str | None:
    """"…would not sign any deal that did not bind Ethiopia, a position he first took in 2021": a closing
    noun whose own clause holds the date, told as that clause ("Al-Burhan first took the position"; "…, a
    demand Yerevan says it will put to a referendum in 2027" → "Yerevan will put the demand to a referendum")."""
    s = sentence.text
    m = _APPOSITIVE_CONTACT.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or (not m["modal"] and not re.fullmatch(rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}", m["verb"])) \
            or m["verb"] in ("the", "a", "an", "its", "their", "not", "be", "been", "had", "has", "have") \
            or re.search(r"\b(?:said|says|told|tells)\b", m["noun"]) \
            or re.search(r"\s(?:until|till|since|from)$", m["rest"]):
        return None  # (a bound is no day of the doing: ", a post he held [until 2013], when he was appointed…")
    if _FRONTED_ADVERBIAL.fullmatch(s, dateline_end(s), m.start()):
        return None  # ("Three years on, the alliance they formed … in September 2023 has become…": the subject, no appositive)
    doer = m["doer"]
    if doer.lower() in ("he", "she", "they", "we"):
        lead = dateline_end(s)
        subject = subject_of(s[lead:])
        # the sentence's subject is who "he" is (but not a thing of his: "His death was announced by…, the organisation
        # he founded in 2000" leaves "he" to the sentence before)
        # (…and "they" a plural the sentence opens with: "The rebels on Tuesday freed the crew of a tanker they seized")
        if subject is not None and (not re.match(r"(?:His|Her|Its|Their|The|A|An)\s+[a-z]", subject)
                                    or doer.lower() == "they" and re.fullmatch(r"The\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s",
                                                                               subject)):
            doer = subject
    if m["prep"]:  # ("…for which Abiy won the Nobel Peace Prize the following year": what the clause tells)
        return f"{doer} {m['modal'] or ''}{m['adverb'] or ''}{m['verb']}{m['rest']}"
    # (a name before the appositive is what the noun is: "…by the Crisis Management Initiative, the organisation he
    # founded" → "He founded the Crisis Management Initiative")
    named = _NAME_BEFORE_APPOSITIVE.search(s, max(0, m.start() - 80), m.start())
    thing = named["name"] if named is not None else f"the {m['noun']}"
    return f"{doer} {m['modal'] or ''}{m['adverb'] or ''}{m['verb']} {thing}{m['rest']}"


#: A phrase of time or place that opens a sentence before its comma: "Three years on", "In Bamako", "Since then".
_FRONTED_ADVERBIAL = re.compile(r"\s*(?:(?:In|On|At|After|Before|Since|During|Under|Following|Despite|Amid|Within|Over)\s+[^,;]{1,60}"
                                r"|(?:[\w'’-]+\s+){0,4}(?:on|later|earlier|ago|afterwards|since|then|today|now|yet|still|"
                                r"meanwhile|however|instead))", re.I)


#: A name right before an appositive's comma: "…by [the Crisis Management Initiative], the organisation he founded".
_NAME_BEFORE_APPOSITIVE = re.compile(r"(?:\b(?:by|to|with|from|of|for|at|in)\s+)(?P<name>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)$")


#: ", a position he first took [in 2021]", ", a record she set [in 2019]", ", a demand Kyiv says it will
#: discuss with Brussels [in April]": a noun and its contact clause, whose object the noun is.
_APPOSITIVE_CONTACT = re.compile(
    # (…or a preposition's "which", whose clause is told without the noun: ", a rapprochement for which Abiy won…")
    # (a conjunction of time is no noun's second word: ", a decade before Turkey invaded in 1974")
    r",\s+(?:a|an|the)\s+(?P<noun>[a-z]+(?:\s+(?!(?:for|in|on|at|by|with|during|after|before|since|until|till|when|while|"
    r"as|than|under|and|or|but|the|a|an|its|their|his|her)\b)[a-z]+)?)\s+"
    r"(?:that\s+|which\s+|(?P<prep>for|in|on|at|by|with|during|after|under)\s+which\s+)?"
    # (…or people the article names: ", a grace period [the juntas] rejected in December", ", a step [the UN] welcomed")
    r"(?P<doer>he|she|they|we|(?:the\s+)?[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}|the\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+"
    r"(?:(?:says|said|has\s+said)\s+(?:it|he|she|they|we)\s+)?"
    r"(?P<modal>(?:will|plans\s+to|intends\s+to|hopes\s+to|wants\s+to|is\s+to|are\s+to|has\s+agreed\s+to)\s+)?"
    r"(?P<adverb>(?:first|last|later|once|already|also)\s+)?"
    r"(?P<verb>[a-z]{2,})(?P<rest>(?:\s+(?!(?:in|on|at|during|by)\s*$)[\w'’-]+){0,6}?)\s+(?:(?:in|on|at|during|by)\s+)?$")


_GERUND_AFTER_RELATIVE = re.compile(r"\b(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                                    r"(?:\s+(?:in|on|at|of)\s+[^,;]{1,30}?)?\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)"
                                    r"\s+[a-z]{3,}ed(?:\s+[^,;]{0,40}?)?\s*$")


def closing_participle_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Russian peacekeepers deployed to the region [in 2020], leaving in 2024": the date of a closing
    participle clause is its own happening, told with the sentence's subject and the verb in the past
    ("Russian peacekeepers left")."""
    s = sentence.text
    start = t.start - sentence.start
    m = CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    if m is None or m["verb"] in NOT_PARTICIPLES or not any(o.end - sentence.start <= m.start() for o in inside) \
            or _RELATIVE_INSIDE.search(m["mid"]) \
            or re.search(r"(?:\s(?:it|they|he|she|we)|\b[a-z]{2,}\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:had\s+)?"
                         r"(?:[a-z]{3,}ed|" + words_pattern(PLAIN_PASTS) + r")(?:\s+(?:in|on|at|last))?\s*$", m["mid"]):
        return None  # (", ending a standoff that began [in the spring]": the date is the relative clause's; as it is in
        # ", reversing a boycott it announced [three weeks ago]", ", ending a case Bolivia had brought [in 2013]")
    if m["verb"] in ("beginning", "starting") and re.fullmatch(r"\s*(?:at\s*)?", m["mid"]) and t.type == "TIME":
        return None  # (", beginning at 3 p.m.": the hour the happening told before starts at, no doing of its own)
    if re.match(rf"\s*,?\s*{WHEN_WORD}", s[date_phrase_end(t, inside) - sentence.start:]):
        return None  # (", reviving memories of 2017, when a similar outage preceded…": the when-clause tells it)
    joined = list(_JOINED_CLAUSE.finditer(s, 0, m.start()))  # "…, and Russian peacekeepers deployed…, leaving"
    clause = s[joined[-1].end():] if joined else s
    # ("Earlier this month, the air force carried out…": a date that opens the clause is no part of its subject)
    lead = len(s) - len(clause)
    opening = next((o for o in inside if lead <= o.start - sentence.start <= lead + LEAD_WORDS.match(clause).end()
                    and re.match(r"\s*,\s", s[o.end - sentence.start:])), None) if not joined else None
    if opening is not None:
        clause = s[opening.end - sentence.start:].lstrip(" ,")
    subject = subject_of(clause[:1].upper() + clause[1:])
    if subject is None:
        return None
    # ("The Treasury Department on Thursday extended…": the main verb's date is no part of its subject)
    subject = re.sub(rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today|last\s+week|this\s+week)$", "",
                     subject)
    past = past_of_participle(m["verb"])
    rest = CLAUSE_CLOSE.search(s, date_phrase_end(t, inside) - sentence.start)
    tail = s[date_phrase_end(t, inside) - sentence.start:rest.start()]
    # (a second gerund joined on is a doing of its own: "…, meeting three times between May and July[ and agreeing on…]")
    tail = re.split(r"\s+and\s+(?=[a-z]{3,}ing\b)", tail, maxsplit=1)[0]
    for o in inside:  # (…nor another date listed after it: "allowing him to run again in 2011[ and 2018]")
        listed = re.match(rf",?\s+(?:and|or)\s+(?:(?:in|on)\s+)?{re.escape(o.text)}\b", tail) if o.start > t.start else None
        if listed is not None:
            tail = tail[listed.end():]
    # ("…, pushing the expiry to Feb. 18": the date's preposition goes with it; a range's always does)
    mid = re.sub(r"\s+(?:to|on|in|at|until|till|by|for|from|into)\s*$", "", m["mid"]) if not tail.strip(" .") else m["mid"]
    mid = re.sub(r"\s+(?:between|from)\s*$", "", mid) if t.range_id is not None else mid
    return f"{subject} {past}{mid}{tail}".strip()
#: The other languages' participles of a plan: "prévues", "previste", "programado".
_ROMANCE_PLAN_WORDS = frozenset({"prévu", "prévue", "prévus", "prévues", "previsto", "prevista", "previsti", "previste",
                                 "previstos", "previstas", "programado", "programada", "programados", "programadas",
                                 # (…and what sets a day: "marcada para 15 de dezembro", "fixée au 12 mars", "fissato per")
                                 "marcado", "marcada", "marcados", "marcadas", "agendado", "agendada", "fijado", "fijada",
                                 "fixé", "fixée", "fixés", "fixées", "fissato", "fissata", "convocado", "convocada"})


#: A source said after a clause that closes its sentence: ", the foreign ministry said".
_SOURCE_AFTER = r",\s+(?:the\s+|an?\s+)?[\w'’. -]{2,50}?\s+(?:said|says|announced|reported)"
#: …with the day and the way it told it: ", the ministry said on Thursday", ", the French foreign ministry said in a
#: statement".
_SOURCE_TAIL = (rf"{_SOURCE_AFTER}(?:\s+on\s+[A-Z][a-z]+|\s+in\s+an?\s+(?:[\w-]+\s+){{0,2}}?(?:statement|interview|briefing|"
                r"conference|post|communiqu[ée]|letter|message|speech))*")
#: Where a subordinate clause of a sentence starts: "…, who was wounded earlier this year",
#: "… _ made last week, before …", "(…)".
#: The verbs of a naming, whose "after" opens no time clause: "a plan [named] after Kofi Annan was put to…".
_NAMING_VERBS = ("named", "renamed", "modelled", "modeled", "patterned", "looked", "called")
#: …right before the space before "after" (`_NOT_A_NAMING`), or before "after" itself (`_NOT_A_NAMING_BEFORE`).
_NOT_A_NAMING = "".join(rf"(?<!\b{verb})" for verb in _NAMING_VERBS)
_NOT_A_NAMING_BEFORE = "".join(rf"(?<!{verb}\s)" for verb in _NAMING_VERBS)
#: A happening's noun phrase and whom or what it is against, closing an antecedent: "[its armed struggle] against the
#: Turkish state".
_HAPPENING_AGAINST_END = re.compile(r"(?P<np>\b(?:its|their|his|her|the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:struggle|war|insurgency|"
                                    r"rebellion|uprising|campaign|conflict|fight|occupation|blockade|siege|dispute|feud))\s+"
                                    r"(?:against|with|between|over|in|for)\s+[^,;]{2,60}$")
_SUBCLAUSE = re.compile(r",\s+(?:(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|hours?|decades?)\s+)?"
                        r"(?:even\s+)?(?=(?:who|whom|which|where|when|while|after|before|although|though|whereas|whose"
                        # (…and a concession in the other languages we read: ", aunque participó…")
                        r"|aunque|bien\s+que|quoique|anche\s+se|sebbene|embora|obwohl)\b)"
                        # (…or a count of time with no comma, before a time clause with its own subject and past: "restoring
                        # ties [nearly a year after] each expelled the other's envoy")
                        # (…or the day of it: "shelling that began [the day after] gunmen attacked a base")
                        r"|\s+(?:(?:nearly|almost|about|some|just|only|more\s+than)\s+)?(?:a|an|the|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|several)\s+(?:days?|weeks?|months?|years?|decades?)\s+"
                        rf"(?=(?:after|before)\s+(?:[\w'’-]+\s+){{1,3}}?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)"
                        # "…met in Geneva on Sunday, and as an envoy prepared to travel next week": a second
                        # subordinate clause joined on
                        r"|,\s+(?=(?:and|but)\s+(?:as|when|while|after|before|since|because)\s+(?:the|a|an|[A-Z]|he|she|they|it|we)\b)"
                        # "a standoff that began in the spring": "that" before a past verb opens a relative clause
                        # (or its pluperfect: "a war that had begun in April 1992")
                        # (its source may close the sentence: "…since late last year, the ministry said.")
                        # (a "which" with no comma too: "the ceasefire which ended the war in November 2024")
                        r"|\s+(?=(?:that|(?<=[a-z]\s)which|(?<=[a-z]\s)who(?=[^,;:]*?\b(?:in|on|at|since|last|ago|\d{4})\b[^,;:]{0,25}"
                        rf"(?:{_SOURCE_TAIL})?[.;]?$"
                        # (…or before the main verb: "The military rulers who seized power in July ordered him…")
                        rf"|\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;:]{{0,40}}?\s(?:in|on)\s+[A-Z][a-z]+(?:\s+\d{{1,2}})?"
                        # (…a modal's, a perfect's or a copula's too: "The envoy who arrived on Monday will meet…")
                        rf"(?:,?\s+\d{{4}})?\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|will|would|could|should|must|may|might|"
                        rf"can|has|have|had|is|are|was|were)\b"
                        # (…or an appositive's, closed by its comma: "Mashhadani, a lawmaker who first held the post from
                        # 2006 to 2009, won…")
                        rf"|(?:\s+[a-z]+ly|\s+first|\s+once|\s+previously)?\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;:]{{0,50}}?"
                        rf"\s(?:in|from|between)\s+\d{{4}}(?:\s+(?:to|and|until)\s+\d{{4}})?,\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b"
                        rf"))\s+"
                        # (…or its passive: "a hotline that was cut on November 12")
                        # (not a plan's: "A new round that had been scheduled for Tuesday was postponed")
                        # (a person's too: "three Americans who had been detained in Venezuela since March")
                        rf"(?:(?:(?<=\bthat\s)|(?<=\bwhich\s)|(?<=\bwho\s))(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                        rf"(?!(?:scheduled|planned|slated|expected|set|due)\b)"
                        rf"(?:[a-z]{{3,}}(?:ed|en)|{IRREGULAR_PARTICIPLES}|cut|hit|shut|struck|meant)\b|"
                        # (or its perfect: "the buffer zone that has split the island since 1974")
                        rf"(?:had|has|have)\s+(?:{PERFECT_LIKE_PRESENT})\b|"
                        # (an adverb may stand in it: "seafood that had only resumed in June")
                        rf"(?:(?:had|has|have)\s+(?:(?:only|just|already|first|recently|finally|also|since)\s+)?"
                        # (…or with no auxiliary: "who first held the post")
                        rf"|(?:first|once|previously|later|already)\s+)?"
                        rf"(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|come|run|gone|"
                        # ("…a two-day summit that opens on Saturday": a present of schedule, too)
                        r"opens|begins|starts|ends|closes|expires|runs|meets|open|begin|start|end|close|expire|run|meet|"
                        # ("…a ban on imports that will take effect in January 2027": a future, too, or a plan's:
                        # "…a ceasefire that is due to take effect on Monday")
                        # (…or a bare "is to": "a joint body that is to meet within 30 days")
                        r"will|would|(?:is|are)\s+(?:(?:due|set|expected|scheduled|slated)\s+)?to(?!\s+(?:say|be\s+(?:sure|fair|honest))\b))\b)"
                        # ("…two border crossings that it closed in early October": or a subject and its past, the
                        # noun being what was done)
                        # (not what a verb reports, "noted that it paid…", and with no object of its own after the
                        # verb, "…said that they had agreed to restore…")
                        r"|(?<!ed)(?<!said)(?<!says)(?<!told)(?<!\bso)(?<!\bnow)(?<!\bsuch)(?<![a-z]ys)"
                        # (the subject a name with its article too: "a military hotline that the North cut in April 2023")
                        r"that\s+(?:it|he|she|they|we|the\s+[A-Za-z][\w-]*|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+"
                        rf"(?:had\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|{PAST_AS_PRESENT})(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|last|this|early|"
                        r"late|during|since|earlier|ago|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|"
                        r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)))"
                        # "…for the first time since the grain deal lapsed in July 2023": a conjunction, its
                        # subject and a past verb open a clause of their own
                        # (not a naming's "after": "a plan named after Kofi Annan was put to…")
                        rf"|(?<!\bjust)(?<!\bonly)(?<!\bright){_NOT_A_NAMING}\s+(?:even\s+)?(?=(?:since|after|before|until|because|when|while)\s+"
                        # ("…days after U.S. and Ukrainian officials met in Geneva")
                        # ("…after a Russian and Chinese bid to delay them by six months failed": a long subject)
                        # (no auxiliary in the subject: "since the war last week and is expected in Washington" is
                        # the main subject's second verb)
                        # (…a town's country set off inside it: "since a conference in Crans-Montana, Switzerland, collapsed")
                        r"(?:(?:the|a|an|its|their|his|her)\s+(?:(?!(?:is|are|has|have|will|would|can|could)\s)(?:[\w'’-]+\s+"
                        r"|[A-Z][\w'’-]*,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,\s+)){0,12}?"
                        # (two people named with their roles: "since Prime Minister Narendra Modi and President Xi Jinping met")
                        r"|(?:[A-Z][\w'’.-]*\s+(?:and\s+(?=[A-Z]))?){1,8}"
                        r"(?:(?!(?:was|is|has|does)\s)[a-z]+s\s+)?"
                        # (…or a name's possessive and the role it owns: "after Saudi Arabia's energy minister said")
                        r"|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*['’]s\s+(?:(?!(?:was|is|has|had|were)\s)[a-z][\w-]*\s+){1,3}?"
                        r"|(?:armed|masked|suspected|unidentified|hardline|ethnic|radical)\s+[A-Z][\w'’.-]*\s+"  # ("armed Serbs")
                        # (…or a name's adjective and a bare noun: "since Russian gas transit via Ukraine stopped")
                        r"|(?-i:[A-Z][a-z]+)\s+(?:(?-i:[a-z][\w-]*)\s+){1,3}?(?:(?:via|through|from|to)\s+(?:the\s+)?[\w'’.-]+\s+)?"
                        r"|(?:he|she|it|they|we|(?:[a-z]{3,}\s+)?[a-z]{3,}s)\s+"  # "after prices tripled", "since they met"
                        # (…or a bare noun of what befalls a country, with its sides: "after war with the RSF erupted")
                        r"|(?:(?:civil|full-scale|open|heavy)\s+)?(?:war|fighting|violence|unrest|famine|conflict)\s+"
                        r"(?:with|between|against|in|over)\s+(?:the\s+)?[\w'’.-]+"
                        r"(?:\s+(?:and\s+(?:the\s+)?)?[\w'’.-]+){0,3}?\s+)"
                        # (…"until government forces retook it": a bare plural with its noun before)
                        # (…and a clause without "that" about it: "since rebels [he led] toppled Assad")
                        r"(?:(?:he|she|it|they|we)\s+(?:[a-z]{3,}ed|led|built|sent|trained|ran)\s+)?"
                        r"(?:\([^()]{1,60}\)\s+)?"  # ("since the Revolutionary Armed Forces of Colombia (FARC) signed")
                        # ("even after it [formally] lapsed", "since it [first] confirmed famine")
                        r"(?:(?:[a-z]{3,}ly|first|once|last|again|then)\s+)?"
                        # (…any plain past after a pronoun: "since it drove out Islamic State fighters")
                        rf"(?:(?<=\bit\s)(?:{words_pattern(PLAIN_PASTS)})\b|"
                        # (…or a chronology's present with its object: "…are held before Israel strikes Iran in June")
                        rf"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s){NARRATIVE_PRESENT}"
                        r"(?=\s+(?:the|a|an|its|their|his|her|[A-Z]|\d))|"
                        r"(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|began|broke|came|fell|rose|took|retook|overran|met|won|lost|led|left|ran|went|held|"
                        r"made|gave|fought|wrote|sent|struck|said|told|(?<=was\s)due|(?<=were\s)due|"
                        # (a passive's irregular participle: "after the border was first drawn")
                        rf"(?:(?<=was\s)|(?<=were\s))(?:(?:first|later|finally)\s+)?(?:{IRREGULAR_PARTICIPLES}))\b))"  # ("since Sinn Fein was expelled")
                        # "The exchange came as the envoy prepared to travel to Moscow next week": what it came with
                        r"|(?<=\bcame)\s+(?=as\s+(?:the\s+)?[A-Za-z])"
                        # (", as fighting spread to a third region over the weekend": a closing as-clause of its own)
                        rf"|,\s+(?=as\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:[a-z]{{3,}}ed|spread|grew|rose|fell|broke|"
                        r"came|went|hit|shot|struck|fled|flew|took|began)\s)"
                        # (…or with no comma, a name its subject: "a source of friction for decades as Turkey built dams…")
                        rf"|(?<!\bsuch)(?<!\bknown)(?<!\bso)(?<!\bjust)\s+(?=as\s+(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:[a-z]{{3,}}ed|"
                        rf"{words_pattern(PLAIN_PASTS - {'said', 'told'})})\s)"
                        r"|\s+_\s+|\s+--?\s+|\s+—\s+|;\s+|\s*\(|\)")
_RELATIVE = re.compile(r"(?:who|whom|which|whose|that)\b")
#: A clock time given again in another zone, in brackets: "(2130 GMT)", "(0430 GMT)", "(1500 UTC)".
ZONE_ASIDE = re.compile(r"\(\s*\d{1,2}:?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|local\s+time|[A-Z]{2,4}T)"
                        rf"(?:,?\s+(?:on\s+)?{WEEKDAY})?\s*\)")  # ("(2240 GMT Sunday)": the day it was there)
#: The object of a verb that a "who" clause right after it is about, up to its comma, opening with a
#: person named by a capitalised title: "met [the Special Representative of the OSCE Chairperson-in-Office for
#: the Transnistrian Settlement Process], who…".
_PERSON_AFTER_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|meets|visits|receives)\s+"
                                r"(?P<head>(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*\s+(?:of|for|to)\s+[^,;]{1,100})$")
#: A name given again in brackets, short or in full: "(ELN)", "(Revolutionary Armed Forces of Colombia)".
NAME_ASIDE = re.compile(r"\(\s*[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w.&'’-]*)){0,6}\s*\)")


#: A bare object right after its verb, ending a clause: "…agreed to restore [rail links]".
_BARE_OBJECT = re.compile(rf"(?:\bto\s+[a-z]{{3,}}|(?<![-'’])(?<!\bmost\s)(?<!\bmore\s)(?<!\bless\s)(?<!\bthe\s)(?<!\ba\s)"
                          rf"(?<!\ban\s)(?<!'s\s)(?<!’s\s){VERB.pattern}"
                          # (…or after the preposition a verb of its modal takes it by: "would pay for [repairs]")
                          r"|\b(?:would|will|could)\s+[a-z]{3,}\s+(?:for|on|with|against|into|over))"
                          r"\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:\s+(?:of|with)\s+(?:[A-Za-z][\w-]*\s+)?[a-z][\w-]*)?)$")


#: A saying's gerund set off after a clause: ", saying", ", citing"; or a manner the main verb lacked: ", without publishing".
_MAIN_SAYING_AFTER = re.compile(r",\s+(?:saying|citing|claiming|arguing|insisting|accusing|vowing|warning|adding|"
                                r"without\s+[a-z]{3,}ing)\b")
#: A plan's participle and its date ending a noun phrase: " due in December 2024", " scheduled for March 3".
_DATED_PLAN_END = re.compile(r"\s+(?:due|scheduled|planned|set|slated|expected)\s+(?:in|on|for|by)\s+(?:the\s+)?"
                             r"[^,;]{0,30}?\b(?:\d{1,4}|year|month|week)$")
#: A participle opening a phrase after a comma, before its object's name or determiner: ", ousting Alpha Condé"; or a
#: name's aside, whose name is the antecedent: "The force, known as UNIFIL, which was created…".
_OPENING_PARTICIPLE = re.compile(r"\s*(?:[a-z]{3,}ing|(?:also\s+|better\s+)?known\s+as|called|dubbed|nicknamed)\s+"
                                 r"(?=[A-Z]|(?:the|a|an|its|their|his|her)\s)")
#: A thing before the place it spans: "the bridge over ", "a pipeline across ".
_THING_OVER_A_PLACE = re.compile(r"(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+(?:over|across|spanning)\s+", re.I)
#: A noun phrase in apposition at a clause's end, the antecedent of the relative clause after it.
_APPOSED_ANTECEDENT = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$")
#: A main clause's object taken up again by a general noun in apposition: "…approved a plan to halt the
#: transit of gas to Europe, a move [that will take effect in January]".
_ANAPHORIC_APPOSITIVE = re.compile(rf".*\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|announced|approved|adopted)\s+"
                                   # (a noun of a doing or a plan, not "changed its name in 2019…, a step that…")
                                   r"(?P<object>(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:[a-z]{3,}(?:ion|ment|al|ure|ance|ence)|plan|"
                                   r"deal|ban|law|bill|decree|treaty|accord|pact|truce|ceasefire|freeze|halt|boycott|"
                                   r"exit|bid|reform|change|cut|rise|tariffs?|sanctions|measures|rules)\b[^,;:()\"“”]{0,110}?),\s+"
                                   r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|step|decision|measure)\s*", re.S)


#: What a text or a talk is on, then an appositive that names it an issue: "a text [on licence plates], an issue ".
_TOPIC_APPOSITIVE = re.compile(r"\b(?:on|about|over|of)\s+(?P<topic>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),\s+"
                               r"(?:an?|the)\s+(?:[a-z]+\s+)?(?P<noun>issue|question|topic|matter|subject|dispute)\s+$")
#: A doing told by its gerund, then an appositive that names it a process: "[demarcating the border], a process ".
_GERUND_PROCESS = re.compile(r"\b(?P<object>[a-z]{3,}ing\s+(?:the|a|an|its|their)\s+[^,;:()\"“”]{2,60}?),\s+(?:a|an|the)\s+"
                             r"(?:[a-z]+\s+)?(?P<noun>process|effort|exercise|task|undertaking)\s*$")


#: ", and he …", "; the army …": a coordinated clause with its own subject ends the one before it.
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:he|she|they|it|we|I|[A-Z][\w'’-]*"
                         # ("…, and their leader signed a decree": a possessive's noun and its verb)
                         # ("…, and a shorter 19-point version emerged from talks": an article's)
                         rf"|(?:his|her|its|their|the|a|an)\s+(?:[\w][\w-]*\s+){{0,3}}?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})"
                         # ("…, and his vice-president, Dina Boluarte, was herself removed": with its aside)
                         r"|(?:his|her|its|their|the|a|an)\s+(?:[\w][\w-]*\s+){0,3}?[\w-]+,\s+[A-Z][^,;]{1,40},(?=\s+"
                         r"(?:(?:[a-z]+ly|herself|himself|itself|themselves)\s+)?(?:was|were|had|has|have|is|are)\b))\s")
_MAIN_VERB_AFTER_FULL_DATE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{TRANSITIVE_PASTS}|[a-z]{{3,}}ed|was|were|has|have|had|will|"
                                        r"would|remains|is|are)\b")
_CLOSING_CONCESSION = re.compile(r",\s+(?:despite|amid|in\s+spite\s+of|notwithstanding)\s")
#: ", and said…", ", but would…": a predicate of the main clause's subject, after a subordinate clause.
_MAIN_PREDICATE_AGAIN = re.compile(rf",\s+(?:and|but)\s+(?:then\s+)?(?:said|says|will|would|has|have|had|was|were|is|are|[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")


#: What may follow the date that closes a sentence.
_CLOSING_DATE = re.compile(rf"(?:{_SOURCE_TAIL})?"
                           r"\s*(?:[.;!?]\s*)?$")  # (its source after it too: "…since late last year, the ministry said.")


#: A relative aside opened before a point and not yet closed: ", who began a third term in January after".
_RELATIVE_STILL_OPEN = re.compile(r",\s+(?:who|which)\b[^,;]*$")


#: A comma and a conjunction after a restrictive relative's date: the sentence goes on, not the clause.
_JOINED_AFTER = re.compile(r",\s+(?:and|but|or|while)\s")
#: A predicate joined on after a comma, with no subject of its own: ", and made peace", ", but later withdrew".
_MAIN_PREDICATE_JOINED = re.compile(rf",\s+(?:and|but)\s+(?:(?:then|later|also|only|finally)\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")


#: Adverbs closing a stretch, which go with the verb after it: " never", " later also", " finally".
_ADVERBS_AT_END = re.compile(r"(?:\s+(?:never|not|also|then|later|finally|eventually|soon|still|already|"
                             r"(?!(?:early|only|likely|daily|weekly|monthly|yearly|July|Italy)\b)[a-z]{3,}ly))+$")


def _last_clause_comma(s: str, end: int) -> int:
    """Where the last comma before `end` stands that is no thousands separator ("5,000"), or -1."""
    return max((m.start() for m in _CLAUSE_COMMA.finditer(s, 0, max(end, 0))), default=-1)


#: A comma that is no number's thousands separator, nor a full date's before its year ("Oct. 9, 2025"), nor the one
#: before a person's age set off ("Toledo[,] 78, who governed…").
# (the age's own comma may lie past the end looked through)
_CLAUSE_COMMA = re.compile(r"(?<!\d),(?!\s\d{1,3}(?:,|$))|,(?!\d)(?!\s\d{4}\b)(?!\s\d{1,3}(?:,|$))")
#: The antecedent's own date at its end, which names no thing: "…announced export rules [on Oct. 9, 2025]".
_DATE_AT_ANTECEDENT_END = re.compile(r"\s+(?:on|in)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|"
                                     r"Dec)[a-z]*\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})\s*$")

#: A present whose object follows with its article, which makes the antecedent a clause: "The accord [creates a] monitoring
#: team, which will report…", "The plan [sets up a] fund" (a word in "-ss" is a noun: "the peace process"; a count of time
#: no object: "the talks a week ago").
_PRESENT_BEFORE_ITS_OBJECT = re.compile(r"\b[a-z]{3,}(?<!s)s(?:\s+(?:up|out|off|down))?\s+(?:a|an|the)\s+"
                                        r"(?!(?:day|week|month|year|decade)s?\b)")


#: A verb that asks or expects its object to do what an infinitive after it says, then the object up to a relative clause:
#: "[expect exports for] the season that began in July to match…".
_CONTROL_VERB_BEFORE = re.compile(r"\b(?:expects?|expected|wants?|wanted|urges?|urged|asks?|asked|allows?|allowed|forces?|"
                                  r"forced|needs?|needed|calls?\s+on|called\s+on|presses?|pressed|persuaded?|tells?|told|"
                                  r"invites?|invited|encourages?|encouraged|requires?|required)\s+[^,;:.]{1,60}$")
#: An infinitive right after the date: " to match".
_CONTROLLED_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|an?|its|their|his|her|this|that)\b)[a-z]{2,}\b")


#: A noun phrase joined on after a comma and a date's preposition: ", and the arrest of Machar in ".
_NOUN_PHRASE_JOINED_AFTER = re.compile(JOINED_NOUN_PHRASE)


#: People of a body named after them, before the body: "[three members of ]the Special Monitoring Mission who".
_PEOPLE_OF_BEFORE = re.compile(rf"\b{PEOPLE_OF_A_BODY}\s*$")


#: A where-clause's opening with its subject alone, up to a relative aside about that subject: "where the M23 rebels, ".
_WHERE_SUBJECT_ONLY = re.compile(r"where\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+,\s+")


#: A sentence's subject and the participle of a doing that takes an object, nothing after it: "[A state of emergency
#: declared ]after the coup".
_SUBJECT_THEN_TRANSITIVE_PARTICIPLE = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,5}?"
                                                 r"(?:imposed|declared|signed|adopted|introduced|established|formed|created|"
                                                 r"deployed|issued|launched|enacted|brokered|installed|appointed|built|set\s+up)"
                                                 r"\s+")


def clause_of(sentence: Sentence, t: Timex, relative_only: bool = False) -> Sentence | None:
    """The subordinate clause of `sentence` that holds `t`, or None when it stands in the main one
    (or, with `relative_only`, when it is no relative clause).

    A relative clause keeps its antecedent ("a nurse who was wounded…"), so the title says who;
    ", eight months after it applied in March 2022" is told from "it applied".
    """
    s = sentence.text
    # (a wire dateline ends where the sentence's first clause begins; its "(Reuters)" opens no clause)
    lead = dateline_end(s)
    stamped = clock_stamp_end(s) if not lead else 0
    # (nor does a clock time's other zone: "at 11:30 p.m. (2130 GMT) on Tuesday")
    zones = [(m.start(), m.end()) for m in ZONE_ASIDE.finditer(s, lead)]
    # (nor a name's short form or full name in brackets: "the National Liberation Army (ELN) will resume")
    zones += [(m.start(), m.end()) for m in NAME_ASIDE.finditer(s, lead)]
    zones += [(m.start("aside"), m.end() + 1) for m in PLACE_APPOSITION.finditer(s, lead)]  # (nor a town's country)
    cuts = [0] + ([lead] if lead else []) + [m.end() for m in _SUBCLAUSE.finditer(s, lead)
                                             if not any(a <= m.end() - 1 < b for a, b in zones)] + [len(s)]
    rel = t.start - sentence.start
    for i in range(len(cuts) - 1):
        lo, hi = cuts[i], cuts[i + 1]
        if lo <= rel < hi:
            # (…nor is the first after a live page's clock stamp: "14:20 — The leaders will meet…")
            if i == 0 or (stamped and lo == stamped) or _NEW_CLAUSE.search(s, lo, rel):
                return None  # "…shortly after Abiy took office, and he won the prize the following year"
            if _GAPPED_DATE_PHRASE.search(s, lo, rel) and not _RELATIVE.match(s[lo:hi]):
                return None  # "…drills in May 2024, days after Lai took office, and in October of that year": the main verb's
            head = s[lo:hi]
            if conjunction_is_a_preposition(s, lo, t.end - sentence.start):
                return None  # ("The worst fighting since the war came in 2016, when…": the main verb, no clause's)
            if re.match(r"(?:since|after|before|until|when)\s", head) and _MAIN_PAST_RIGHT_AFTER.match(s, t.end - sentence.start) \
                    and re.search(r"\b(?:that|which|who)\s[^,;]*$", s[max(lead, lo - _SUBJECT_REACH):lo]):
                # ("Protests that began after the government suspended the talks on November 28 continued for months": a
                # clause inside the subject's relative clause ends at its date, the main verb back right after it)
                hi = t.end - sentence.start
            if re.match(r"(?:after|before|since)\s", head) and _SUBJECT_THEN_TRANSITIVE_PARTICIPLE.fullmatch(s, lead, lo):
                return None  # ("A state of emergency declared after the coup was extended…": the "after" is the
                # participle's, and the verb after its noun the sentence's own)
            if re.match(r"before\s+(?:the|a|an)\s+[A-Z]", head) and not VERB.search(s, lo, rel):
                return None  # "was brought before the Court on 3 March 2023": a place before someone, no clause
            if _MAIN_PREDICATE_AGAIN.search(s, lo, rel) and (not _RELATIVE.match(head) or re.search(r",\s*$", s[:lo])):
                # "began on Oct. 10, two days after the truce took effect, and saw… on Oct. 13": the main subject's
                # (as after an aside between commas: "brokered the accord, which ended an insurgency, and chaired…")
                return None
            if relative_only and not _RELATIVE.match(head):
                return None
            if _RELATIVE.match(head) and _NOUN_PHRASE_JOINED_AFTER.search(s, lo, rel):
                # "…the fighting since March, which has displaced 100,000 people, and the arrest of Machar in late March":
                # a noun phrase joined on after the relative clause closed holds the date, not the clause
                return None
            close = s.find(", ", lo, rel)
            # (any of the clause's commas may close it, past a list of names inside: "…, which brought together the two
            # leaders, Greece, Turkey and Britain, was held in New York in July")
            closes = [c.start() for c in re.finditer(r", ", s[:rel])] if close >= 0 and _RELATIVE.match(head) else [close]
            if close >= 0 and _RELATIVE.match(head) and i > 1 and _WHERE_SUBJECT_ONLY.fullmatch(s, cuts[i - 1], lo) \
                    and not VERB.search(s, cuts[i - 1], lo):
                # ("…in eastern Congo, where the M23 rebels[, who Kinshasa says are backed by Rwanda,] seized Goma in
                # January": the verb after the aside is the where-clause's, the aside inside it)
                return Sentence(sentence.start + cuts[i - 1], sentence.start + hi, s[cuts[i - 1]:hi])
            if close >= 0 and any(c >= lo and (re.match(rf"(?:{AUXILIARY})\b", s[c + 2:])
                                               or _RELATIVE.match(head)
                                               and re.match(rf"(?:[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS)})\s", s[c + 2:]))
                                  for c in closes):
                # "…governments that seized power in 2020, had announced in January…", "Halvat, who led
                # Croatia…, died on Tuesday": the main verb is back
                return None
            if close >= 0 and FRONTED_PREPOSITION.match(s, lead) and "," not in s[lead:lo]:
                # "Recalling the ceasefire that took effect on 10 October, the ministers announced aid for the winter":
                # the opening phrase closed at its comma, and the date is the main clause's
                return None
            if close >= 0 and _RELATIVE_STILL_OPEN.search(s, max(lead, lo - 200), lo) \
                    and re.match(rf"(?:(?:also|then|later)\s+)?(?:[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS)})\s", s[close + 2:]):
                # "Maduro, who began a third term … after an election the opposition says it won, said on Friday…": the
                # clause was inside the subject's aside, which the comma closed, and the main verb is back
                return None

            if re.match(r"(?:who|whom|which|whose|where)\b", head) and re.search(r",\s*$", s[:lo]) \
                    and re.search(r",\s+(?:on|in|at|by|from|until)\s+(?:the\s+)?$", s[lo:rel]):
                # "He will visit the port, where an explosion … killed 200 people, on Tuesday": the aside closed at its
                # comma, and the date after it is the main clause's
                return None

            bare_who = head.startswith("who") and not re.search(r",\s*$", s[:lo])
            # (a passive's auxiliary and participle are one verb: "who had been detained")
            verbs = len([v for v in VERB.finditer(s, lo, rel)
                         if not re.search(rf"\b(?:{AUXILIARY}|been)\s+$", s[max(lo, v.start() - 12):v.start()])])
            # (…or a modal's, a perfect's or a copula's: "The envoy who arrived on Monday [will] meet the president")
            main_after = bare_who and verbs <= 1 \
                and re.match(rf"\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|will|would|could|should|must|may|might|can|has|have|"
                             rf"had|is|are|was|were)\b", s[t.end - sentence.start:]) is not None
            # (…or closes an appositive, its comma before the main verb: "Mashhadani, a Sunni lawmaker who first held the
            # post from 2006 to 2009, won 182 votes")
            appositive_who = bare_who and _APPOSITIVE_HEAD_END.search(s, max(0, lo - 60), lo) is not None \
                and _ASIDE_END_THEN_PAST.match(s, t.end - sentence.start) is not None and verbs <= 1
            if bare_who and not main_after and not appositive_who and (not _CLOSING_DATE.match(s, t.end - sentence.start)
                                                                       or verbs > 1):
                return None  # (a person's clause with no comma holds only the date that closes the sentence)
            if head.startswith("that") and _MAIN_PREDICATE_JOINED.search(s, lo, rel):
                # "…fought a border war in 1998 that killed some 80,000 people, and made peace in 2018": the restrictive
                # clause closed at the comma, and the date is the main subject's next predicate's
                return None
            # (a "which" with no comma is as restrictive as a "that": "the town which was bombed in May 2019")
            bare_which = head.startswith("which") and not re.search(r",\s*$", s[:lo])
            if head.startswith("that") or bare_who or bare_which:
                # its antecedent is the noun phrase right before it (…or a person's, with no comma: "a former prime
                # minister who came second in the first round on Nov. 15.")
                # ("A ceasefire that ended a year of fighting took effect on Nov. 27": the main verb is back)
                own_verb_at = lo + len(head.split(None, 2)[0]) + 1
                adverb = re.match(r"(?:first|once|previously|later|already)\s+", s[own_verb_at:own_verb_at + 12])
                # (past the clause's own adverb: "who [first] held the post" is no main verb back)
                if MAIN_VERB_BACK.search(s, own_verb_at + (adverb.end() if adverb else 0), rel):
                    return None
                relative_at = lo
                pronoun_length = len(head.split(None, 1)[0]) + 1  # ("that ", "which ", "who ")
                back = MAIN_VERB_BACK.search(s, t.end - sentence.start, hi)
                if back is not None and re.search(r"[,;]|\b(?:when|where|which|who|that|after|before|while|as|since|until|"
                                                  r"because|if)\b", s[t.end - sentence.start:back.start()]):
                    back = None  # ("…on Jan. 1, 1959 when Batista fled": the verb is another clause's)
                if back is None and re.search(r"\d,\s+\d{4}$", t.text):
                    # "The war that began on Oct. 7, 2023, killed tens of thousands": a full date's closing comma, then
                    # the main verb
                    back = _MAIN_VERB_AFTER_FULL_DATE.match(s, t.end - sentence.start)
                joined = _JOINED_AFTER.search(s, t.end - sentence.start, hi) if back is None else None
                closed = _ASIDE_END_THEN_PAST.match(s, t.end - sentence.start) if appositive_who else None
                if closed is not None:  # (an appositive's who-clause ends at the appositive's comma)
                    hi = s.index(",", t.end - sentence.start)
                    # (…and is told of the name the appositive stands beside: "Mashhadani first held the post")
                    name = re.match(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?=,)", s[dateline_end(s):])
                    if name is not None:
                        told = f"{name.group()} {s[lo + pronoun_length:hi]}"
                        return Sentence(sentence.start + hi - len(told), sentence.start + hi, told)
                elif back is not None:  # "…a peace deal that ended the war in November 2022 left Eritrea out": it ends there
                    hi = back.start()
                    # (…before the main verb's adverbs: "Elections that were meant to follow on Dec. 24 [never] took place")
                    adverbs = _ADVERBS_AT_END.search(s, t.end - sentence.start, hi)
                    hi = adverbs.start() if adverbs is not None else hi
                elif joined is not None:  # "…hotlines that were cut in April 2023, and to rebuild…": at the comma
                    hi = joined.start()
                elif _CONTROLLED_INFINITIVE.match(s, t.end - sentence.start) \
                        and _CONTROL_VERB_BEFORE.search(s, max(lead, lo - 80), lo):
                    # "officials expect exports for the season that began in July [to match] last season's": the
                    # infinitive is what the main verb expects of its object, the clause closed at its date
                    hi = t.end - sentence.start
                elif FRONTED_PREPOSITION.match(s, lead) and "," not in s[lead:lo]:
                    # "Under the ceasefire that took effect on 10 October, Hamas agreed…": inside an opening phrase, the
                    # clause ends at the phrase's comma
                    comma = s.find(", ", t.end - sentence.start, hi)
                    hi = comma if comma >= 0 else hi
                placed = HAPPENING_IN_PLACE.search(s, max(lead, lo - 120), lo - 1) if s[lo - 1:lo] == " " else None
                # ("a naval deployment in the Caribbean that began in late August": the deployment began, not the place)
                lo = max(placed.start() if placed is not None else noun_phrase_start(s, lo), lead)
                # ("A ceasefire between the army and M23 rebels that took effect at midnight": the two sides are no thing
                # that takes effect, the ceasefire between them is)
                sides = _HEAD_BETWEEN_BEFORE.search(s, max(lead, lo - 80), lo) \
                    if COURSE_OF_A_THING.match(s, relative_at + pronoun_length) else None
                if sides is not None:
                    lo = sides.start()
                people = _PEOPLE_OF_BEFORE.search(s, max(lead, lo - 60), lo) \
                    if bare_who and (s[lo:lo + 1].isupper() or re.match(r"the\s+[A-Z]", s[lo:])) else None
                if people is not None:  # "…three members of the Special Monitoring Mission who had been detained": the
                    lo = people.start()  # people, not the body they are of, are who
                head = _SINGULAR_HEAD_BEFORE.search(s, max(0, lo - 40), lo)
                if head is not None and re.match(r"(?:that|which)\s+(?:has|was|is)\b", s[relative_at:]):
                    lo = head.start()  # "a wave of killings that has displaced thousands": the singular head's clause
                told = _ANAPHORIC_APPOSITIVE.fullmatch(s, max(0, relative_at - 250), relative_at)
                if told is not None and len(told["object"].split()) <= 14:
                    # "…approved a plan to halt gas transit, a move that will take effect in January": the
                    # move is the plan, and the title says so
                    prefix = "The " + told["object"].split(None, 1)[1] + " "
                    return turned_clause(sentence, t, prefix, relative_at + pronoun_length)[0]
                topic = _TOPIC_APPOSITIVE.search(s, max(0, relative_at - 120), relative_at)
                if topic is not None:
                    # "…prepare a text on licence plates, an issue that caused roadblocks in 2022": the issue is what
                    # the text is on, and the title says so ("The issue of licence plates caused roadblocks")
                    return turned_clause(sentence, t, f"The {topic['noun']} of {topic['topic']} ",
                                         relative_at + pronoun_length)[0]
                process = _GERUND_PROCESS.search(s, max(0, relative_at - 120), relative_at)
                if process is not None:
                    # "…for talks on demarcating the border, a process that began in 2023": the process of demarcating
                    return turned_clause(sentence, t, f"The {process['noun']} of {process['object']} ",
                                          relative_at + pronoun_length)[0]
            elif head.startswith("where") and re.search(r",(?!\s*\d{4}\b)", head[rel - lo:]):
                # "…in Mullivaikkal, where the war ended on May 18, 2009, to remember the dead": at its comma
                hi = rel + re.search(r",(?!\s*\d{4}\b)", head[rel - lo:]).start()
            elif _RELATIVE.match(head):
                date_end = max(rel, min(t.end - sentence.start, hi))  # (not at a comma inside the date: "June 4, 2025")
                # ", which began Friday, was set to expire…": it ends at its comma (not a number's: "cost more than
                # 40,000 lives")
                stop = _CLAUSE_COMMA.search(s, date_end, hi)
                if stop is not None:
                    hi = stop.start()
                own_comma = s.rfind(",", 0, lo)
                # (a wire dateline is no antecedent, nor is a number's comma its edge: "a force of 5,000 soldiers, which…")
                comma = max(_last_clause_comma(s, own_comma), dateline_end(s) - 1)
                antecedent = s[comma + 1 if comma >= 0 else 0:own_comma]
                own_date = _DATE_AT_ANTECEDENT_END.search(antecedent)
                own_date_length = len(antecedent) - own_date.start() if own_date is not None else 0
                antecedent = antecedent[:len(antecedent) - own_date_length]
                agent = re.match(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+by\s+(?=\S)", antecedent)
                if agent is not None:  # "…, witnessed by U.S. President Donald Trump, who had pressed…": the agent
                    antecedent = antecedent[agent.end():]
                clause_before = antecedent
                if len(antecedent.split()) > 6 or VERB.search(antecedent) or FIRST_VERB.search(antecedent) \
                        or re.search(r"\b(?:goes|heads|moves|passes|comes|sends)\b", antecedent) \
                        or _PRESENT_BEFORE_ITS_OBJECT.search(antecedent):
                    # a long one, or a clause: its last noun phrase ("…on the report", "met the envoy", "goes to the
                    # committee")
                    determiners = list(re.finditer(r"\b(?:the|a|an|its|their|his|her|this|that)\b", antecedent, re.I))
                    name = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*$", antecedent)  # "…met Aliyev"
                    # (a place after its happening is no antecedent: "Azerbaijan's offensive in Karabakh, which began…")
                    # (…nor after a gathering with its article: "…to prepare the summit in The Hague, which opens…")
                    owned = HAPPENING_IN_PLACE.search(antecedent) or _GATHERING_IN_PLACE.search(antecedent)
                    # (a possessive after the last determiner heads its own phrase: "…the worst since October's
                    # fighting, which prompted…")
                    # (with what it is on: "ahead of Monday's summit on climate and security, which opens…")
                    possessor = re.search(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?\b[\w-]+['’]s\s+"
                                          r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+(?:on|of|for|in)\s+[a-z][\w-]*"
                                          r"(?:\s+and\s+[a-z][\w-]*)?)?\s*$", antecedent)
                    if possessor is not None and (not determiners or possessor.start() >= determiners[-1].start()):
                        antecedent = possessor.group(0)
                    else:
                        # (a counted phrase has no determiner: "…apply to [11 persons and 8 entities], who were listed…")
                        counted = COUNTED_PHRASE_END.search(antecedent)
                        # (a span of something is the something: "…for [five days of talks], which ended with…")
                        span_of = re.search(rf"\b(?:{COUNT_WORD}|a\s+few|several|many)\s+(?:hours|days|weeks|months|years|"
                                            r"rounds|sessions)\s+of\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$", antecedent)
                        # (a name after a verb or a preposition past the last determiner is the last noun phrase:
                        # "An interim administration was set up … under [Getachew Reda], who was replaced…")
                        # (not a border's other side: "…along Gaza's border with Egypt, which it seized")
                        named_last = name is not None and determiners and name.start() > determiners[-1].end() \
                            and re.search(r"\b(?:under|by|(?<!\bborder\s)(?<!\bborders\s)(?<!\bfrontier\s)with|against|after|"
                                          # (…or a name's topic, a name too: "with the United States on [North Korea],
                                          # which fired…")
                                          r"before|(?<=[A-Z][a-z]\s)on|(?<=[A-Z]\s)on)\s*$|"
                                          rf"(?<!\bto\s)\b(?:{PAST_VERB})\s*$", antecedent[:name.start()]) is not None
                        # (a thing over or across a place is the thing: "…reopen [the bridge over the Dniester at Gura
                        # Bicului], which has been shut…")
                        np_at = determiners[-2].start() if len(determiners) >= 2 and _THING_OVER_A_PLACE.fullmatch(
                            antecedent, determiners[-2].start(), determiners[-1].start()) \
                            and antecedent[determiners[-1].end() + 1:][:1].isupper() \
                            else determiners[-1].start() if determiners else 0
                        # (…nor does one a verb governs past the last determiner: "The delegations agreed to set up [two
                        # working groups], which began…")
                        # (a compound's participle is no verb, nor is a figure inside a name a count: "the so-called
                        # 5+2 format")
                        counted_last = counted is not None and determiners and counted.start() > determiners[-1].end() \
                            and antecedent[counted.start() - 1:counted.start()].isspace() \
                            and VERB.search(without_compounds(antecedent[determiners[-1].end():counted.start()])) is not None
                        antecedent = owned.group(0) if owned else span_of["what"] if span_of \
                            else name.group(0) if named_last \
                            else counted.group(0) if counted_last \
                            else antecedent[np_at:] if determiners \
                            else (name.group(0) if name else counted.group(0) if counted else "")
                    fought = _HAPPENING_AGAINST_END.search(clause_before) \
                        if COURSE_OF_A_THING.match(s, lo + len(head.split(None, 1)[0]) + 1) else None
                    if fought is not None:
                        # "…the end of its armed struggle against the Turkish state, which began in 1984": what begins
                        # and ends is the struggle, not what it is against
                        antecedent = fought.group(0)
                    # (…its own date and plan gone first: "…failed to hold elections [due in December 2024], which were…")
                    # (…or the whole clause's, when no noun phrase was found in it: "China announced export rules on
                    # Oct. 9, 2025, which it paused")
                    narrowed = antecedent
                    antecedent = narrowed or clause_before
                    unplanned = _DATED_PLAN_END.sub("", antecedent)
                    bare = _BARE_OBJECT.search(unplanned) if not owned and VERB.search(antecedent) else None
                    if bare is not None:  # "…agreed to restore rail links, which were cut…": the bare object
                        antecedent = bare["np"] + antecedent[len(unplanned):]
                    elif not narrowed:
                        antecedent = ""
                    person = _PERSON_AFTER_VERB.search(s, max(0, own_comma - 160), own_comma) if head.startswith("who") else None
                    if person is not None and not owned:
                        # "…met the Special Representative of the OSCE Chairperson-in-Office for the … Process, who
                        # is on a visit": "who" is a person, the head of the whole phrase
                        antecedent = s[person.start("head"):own_comma]
                if _TOOK_PLACE.match(head):
                    # "…condemned the attack against a patrol of the mission in the Central African Republic (MINUSCA),
                    # which took place on 22 November": what takes place is the happening named, not the last noun
                    happenings = list(_HAPPENING_NOUN.finditer(s, max(lead, own_comma - 200), own_comma))
                    if happenings:
                        antecedent = s[happenings[-1].start():own_comma]
                participle = _OPENING_PARTICIPLE.match(antecedent)
                if participle is not None:  # "…, ousting [Alpha Condé], who had changed the constitution": its object
                    antecedent = antecedent[participle.end():]
                lo = own_comma - own_date_length - len(antecedent)
            if hi == cuts[i + 1] and i + 2 < len(cuts) and re.fullmatch(r",?\s*", s[t.end - sentence.start:hi]) \
                    and re.match(r"\s*when\s", s[hi:hi + 8]):  # (with its comma or not: "…in January 2024 when…")
                # "…strikes that began on June 13, when jets hit the sites": the when-clause right after the
                # date tells what happened then, and stays for the title to be told from
                hi = cuts[i + 2]
            saying = _MAIN_SAYING_AFTER.search(s, max(lo, t.end - sentence.start), hi) \
                if re.match(r"(?:after|before|when|since|until|as|because)\b", s[lo:hi].lstrip(" ,")) else None
            if saying is not None:
                # "…began attacking ships after the war started on Oct. 7, 2023[, saying they acted…]": a saying's gerund
                # after the time clause is its main clause's subject's
                hi = saying.start()
            if s.startswith("that", hi):
                # "…to Europe, a move [that will take effect…]": the noun in apposition is the next clause's
                hi = lo + len(_APPOSED_ANTECEDENT.sub("", s[lo:hi]))
            body = s[lo:hi]
            lead = len(body) - len(body.lstrip(" ,_-—;()"))
            body = body.strip(" ,_-—;()")
            # "…, while Armenia said…", "…, after it applied…": the clause without its conjunction
            # (Portuguese's article "As" opens no clause: "As forças ruandesas chegaram…")
            # (…or a concession's in the other languages we read: "aunque", "anche se")
            joiner = re.match(r"(?:(?:and|but)\s+(?:as\s+)?)?(?:while|whereas|although|though|after|before|when|since|until|"
                              r"because|as(?=\s)|aunque|bien\s+que|quoique|anche\s+se|sebbene|obwohl)?\s*"
                              if language_of(body) != "pt" else r"(?:embora\s+)?\s*", body, re.I)
            if joiner:
                lead += joiner.end()
                body = body[joiner.end():]
                if joiner.group().strip() and _singular_then_plural_verb(body):
                    return None  # ("Sanctions imposed … in the days after the coup [were] lifted": the main subject's verb)
                if joiner.group().strip() and _CALENDAR_THEN_VERB.match(body):
                    return None  # ("Two aid workers held … since March [were] released": the main subject's verb)
            # "…since he arrived on April 6, and he insisted…": a clause joined on after the date is another's
            joined = _JOINED_CLAUSE.search(body, rel - lo - lead) or _MAIN_PREDICATE_AGAIN.search(body, rel - lo - lead)
            if joined:  # (", and said it now holds…": the main clause's subject again)
                body = body[:joined.start()]
            # ("…has held since it took effect on Oct. 10, despite sporadic violence": a closing concession is the main
            # clause's)
            conceded = _CLOSING_CONCESSION.search(body, max(0, rel - lo - lead))
            if conceded:
                body = body[:conceded.start()]
            return Sentence(sentence.start + lo + lead, sentence.start + lo + lead + len(body), body)
    return None
#: A Romance clause's own subject, a name set off after it, then its verb: "[su candidato, Edmundo González, se] exilió".
_ROMANCE_SUBJECT_THEN_VERB = (r"(?-i:su|sus|el|los|las|son|sa|ses|il|lo)\s+[^\W\d_][\w-]*(?:\s+[A-ZÁÉÍÓÚ][\w-]*){0,2}"
                              r"(?:,\s+[^,;]{2,40},)?\s+"
                              # (…or its future: "y el presidente Petro viajará a La Habana a mediados de enero")
                              r"(?-i:se|s['’]|ha|han|fue|fueron|ont|est|sont|[a-záéíóú]{3,}(?:ó|ió|aron|ieron|rá|rán|rà|ranno))"
                              r"(?=\s|['’])")
#: A singular head and its "of" right before a bare plural: "[a wave of ]killings", "[the number of ]refugees".
_SINGULAR_HEAD_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?<!s)\s+of\s*$")
#: A second date of the main predicate joined on after a time clause: ", and in October of that year", ", and again on".
_GAPPED_DATE_PHRASE = re.compile(r",\s+and\s+(?:again\s+|then\s+|later\s+)?(?:in|on|at|during)\s+(?:the\s+)?(?:[^,;\s]+\s+){0,4}$")
#: A that-clause's subject so far, no verb in it: "said on Thursday that [the army]", "that Sudan's army".
_THAT_SUBJECT_END = re.compile(r"\bthat\s+(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)"
                               r"(?:\s+(?!(?:was|were|is|are|had|has|have|would|will|could|did)\b)[\w'’.-]+){0,4}$")
#: A second noun phrase and its verb: "the RSF would send", "the Rapid Support Forces had agreed".
_SUBJECT_THEN_ITS_VERB = re.compile(r"(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?\s+"
                                    r"(?:would|will|could|should|might|may|must|can|had|has|have|was|were|is|are|[a-z]{3,}ed)\b")
#: A subordinator and a first noun phrase with no verb of its own, then the second of one compound subject and its
#: past: "…after [government troops] and [allied militias withdrew] overnight".
_SUBORDINATE_SUBJECT_END = re.compile(r"\b(?:after|before|when|until|once|because|since|while)\s+"
                                      r"(?:(?:the|a|an|its|their|his|her)\s+)?"
                                      rf"(?:(?![a-z]{{3,}}ed\b|{TRANSITIVE_PASTS}\b|was\b|were\b|had\b)[\w'’.-]+\s+){{0,3}}"
                                      rf"(?![a-z]{{3,}}ed\b|{TRANSITIVE_PASTS}\b|was\b|were\b|had\b)[\w'’.-]+$")
_SECOND_SUBJECT_THEN_PAST = re.compile(r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:[a-z][\w'’.-]*\s+){0,3}?"
                                       rf"(?:had|were|was|have|would|could|[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")
#: A name whose last part lists names, then its verb: "the Kingdom of Serbs, Croats and Slovenes was proclaimed".
_NAME_OF_A_LIST_THEN_VERB = re.compile(r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*(?:,\s+[A-Z][\w'’-]*)+,?\s+"
                                       r"and\s+[A-Z][\w'’-]*\s+(?:was|were|is|are|had|has|have|[a-z]{3,}ed)\b")
_COORDINATION = re.compile(r",?\s+(?:and|(?<!\ball\s)(?<!\bnothing\s)(?<!\banything\s)but|while|whereas)\s+|;\s+|,\s+followed\s+by\s+|,\s+yet\s+"  # ("all but wiped out")
                           # (…and a colon before a clause that tells it out: "…came close to a settlement: the Kozak
                           # memorandum of November 2003 would have…")
                           r"|(?<=[a-z]):\s+(?=(?:the|a|an|its|their)\s+(?:[^\s,;:]+\s+){0,8}?(?:[a-z]{3,}ed|was|were|had|"
                           r"would|could|will)\b)"
                           # (…or a name and its past: "A sixth … never took place: Israel struck … on June 13")
                           rf"|(?<=[a-z]):\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)"
                           # (…and an "and" before an aside: "announced a common passport and, in September, introduced";
                           # or a count: "agreed on a plan and, a month later in Ohrid, on how to carry it out")
                           r"|\s+and,\s+(?=(?:in|on|at|by|from|since|last|this|early|late|the\s+(?:next|following)|"
                           r"(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?)\s+later)\b)"
                           # (…as in the other languages: "celebró un referéndum en diciembre de 2023 y, en mayo de 2025, eligió")
                           r"|\s+(?-i:y|et|und|e|ed),\s+(?=(?i:en|el|le|la|dans|au|en|im|am|in|a|al|no|na|em|nel|nella|il|"
                           r"desde|depuis|seit|dal|à)\s)"
                           # (…and the other languages' "and" and "but" after a comma: ", et les deux pays ont achevé…")
                           r"|,\s+(?-i:et|und|y|e|ed|и|і|та|ve|mais|aber|pero|ma|mas|но|але|а)\s+(?=\w)"
                           # (…and a German main clause after a comma, its fronted phrase then its verb second: "…hatte sich
                           # 1990 losgesagt, nach einem kurzen Krieg im Jahr 1992 ist die Lage eingefroren")
                           r"|,\s+(?=(?-i:nach|seit|vor|im|am|in|bei|mit|zwei|drei|wenige)\s+[^,;]{2,60}?\s+(?-i:ist|sind|hat|haben|"
                           r"wurde|wurden|war|waren|hatte|hatten)\s+(?-i:der|die|das|es|ein|eine|man|sie|er)\s)"
                           # (…and their "although": ", anche se a maggio scontri armati…", ", aunque en mayo…")
                           r"|,\s+(?-i:anche\s+se|sebbene|aunque|même\s+si|bien\s+que|embora|obwohl)\s+(?=\w)"
                           # (…or without a comma, before an auxiliary or reflexive that opens a second predicate: "celebró
                           # audiencias en abril de 2025 y se espera que emita su fallo el próximo año")
                           r"|\s+(?-i:y|et|und)\s+(?=(?-i:se|ha|han|fue|fueron|será|serán|ont|est|sont|sera|seront|hat|haben|"
                           r"ist|sind|wird|werden"
                           # (…or a modal of what is due: "ont quitté la Cédéao en janvier et doivent tenir un sommet fin mai")
                           r"|doit|doivent|devrait|devraient|va|vont|debe|deben|deberá|deberán|debería|deberían|van\s+a)\s)"
                           # (…or a second infinitive of a shared modal: "dovrebbero iniziare nella primavera del 2027 e
                           # concludersi entro la fine del 2028", "deberían empezar en marzo y terminar en junio")
                           r"|\s+(?-i:y|e|et|ed)\s+(?=[a-zà-ÿ]{3,}(?:are|ere|ire|arsi|ersi|irsi|ar|er|ir|arse|erse|irse)\s)"
                           # (…Portuguese's and Italian's too, an adverb of limit maybe first: "foram interrompidas em março
                           # de 2025 e só foram retomadas em outubro", "y solo fueron retomadas", "et n'ont repris qu'en")
                           r"|\s+(?-i:y|et|e|ed)\s+(?=(?-i:(?:solo|sólo|só|apenas|ya|já|luego|depois|poi)\s+)?"
                           r"(?-i:foram|foi|fueron|fue|sono|è|n['’]ont|n['’]a|ont|han|hanno|tinham|tinha|habían|avaient|erano)\s)"
                           # (…or a subject of its own, a name set off after it, then its verb: "denunció fraude y su
                           # candidato, Edmundo González, se exilió en España")
                           rf"|\s+(?-i:y|et|e)\s+(?={_ROMANCE_SUBJECT_THEN_VERB})"
                           # (…or a Spanish or Portuguese preterite: "libraron una guerra en 1995 y firmaron la paz en 1998")
                           # (…an irregular one too: "comenzaron en noviembre de 2022 y produjeron un cese al fuego")
                           r"|\s+(?-i:y|e)\s+(?=(?:[a-záéíóúç]{3,}(?:aron|ieron|aram|eram|iram)|[a-záéíóúç]{2,}jeron|"
                           r"(?:pro|con|re|intro|tra)?dujo|dijo|trajo|hizo|tuvo|puso|pudo|quiso|estuvo|vino)\s)"
                           # (…a singular one: "entró en vigor en agosto de 2023 y expiró un año después", "e expirou"; a
                           # French or Italian perfect: "et a expiré", "ed è scaduto")
                           r"|\s+(?-i:y|e)\s+(?=[a-záéíóúç]{3,}(?:ó|ou|eu|iu)\s)|\s+(?-i:et)\s+(?=a\s+[a-zéè]{3,}[éiu]s?\s)"
                           r"|\s+(?-i:e|ed)\s+(?=(?:è|ha)\s+[a-z]{3,}(?:at|it|ut)[oaie]\s)"
                           # (…or a second participle of a shared auxiliary, with its object: "avaient découvert le gisement
                           # en 2015 et conclu un accord en février 2018", "había firmado … y ratificado el tratado")
                           r"|\s+(?-i:et|y|e|ed)\s+(?=[a-zàâçéèêîôû]{2,}(?:é|i|u|is|it|ert|ado|ido|ato|ito|uto)\s+"
                           r"(?-i:l['’]|les?\s|la\s|une?\s|des\s|du\s|el\s|los\s|las\s|una\s|il\s|lo\s|gli\s|os?\s|as?\s|um\s|"
                           r"uma\s|sa\s|son\s|ses\s|leurs?\s))"
                           # (…or a present of planning and its infinitive: "celebró audiencias en marzo y prevé dictar
                           # sentencia el próximo año", "et prévoit de rendre", "e prevede di emettere")
                           rf"|\s+(?-i:y|e|et|ed)\s+(?={ROMANCE_INTENT_AND_INFINITIVE})"
                           # (…or one opened by its own date: "celebró un referéndum el año pasado y en mayo de 2025 eligió")
                           r"|\s+(?-i:y|e|et)\s+(?=(?-i:en|el|em|no|le|il|nel)\s+[^,;]{2,30}?\d{4}\s+"
                           r"[a-záéíóúç]{3,}(?:ó|aron|ieron|ou|aram|eram|iram)\s)"
                           # (…or a German second participle after its own date, the auxiliary shared: "war im August 2023
                           # in Kraft getreten und im Februar 2024 verlängert worden")
                           r"|\s+(?-i:und)\s+(?=(?-i:im|am|seit|vom|zum|Anfang|Ende|Mitte)\s[^,;]{1,40}?\s(?-i:ge)?[a-zäöü]{3,}(?:t|en)"
                           r"(?:\s+(?-i:worden))?\s*[.;]?$)"
                           # (Turkish chains clauses by a verb in -mış and a comma: "ilişkiler 2013 yılında kopmuş, 2023…")
                           r"|(?<=m[ıiuü]ş),\s+(?=\w)"
                           rf"|,\s+then\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}s)\s)")  # ", then rejoined"

#: …but a subject of its own with a gerund's aside, then its verb, opens a clause: "…, and its first phase, covering
#: the area south of the river, is due to be completed by…".
_SUBJECT_WITH_GERUND_ASIDE = re.compile(r"(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?!including\b)"
                                        # (…or a place: "its first phase, south of the Litani river, is due…")
                                        r"(?:[a-z]{3,}ing\b|(?:north|south|east|west|near|along|inside|outside)\b)"
                                        r"[^,;]*,\s+(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")

#: A participle's aside after a noun, then the noun's own verb: ", agreed on Jan. 15, 2025, collapsed".
_PARTICIPLE_ASIDE_THEN_VERB = re.compile(rf",\s+(?:[a-z]+ly\s+)?{PASSIVE_PARTICIPLE}\s+[^;()\"“”]{{1,80}}?,\s+"
                                         rf"(?=(?:[a-z]+ly\s+)?(?:{PAST_VERB}|is|are|was|were|has|have|had|will|would)\b)")
#: "Lazaro Gonzalez, the boy's great-uncle and temporary guardian, still had not signed…": an "and"
#: followed by a few words without a verb up to a comma joins nouns, not clauses.
_NOUNS_TO_COMMA = re.compile(r"(?![^,]*\d)(?!(?:again|also|then|in|on|at|by|from|to|since|until|after|before|during)\b)"
                             # (an irregular past is a verb too: "…, and ran for president twice, in 1994 and 2000")
                             rf"(?!(?:{words_pattern(PLAIN_PASTS - {'lost', 'led', 'set', 'cut', 'put'})})\s)"
                             r"(?:(?!(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said)\b)[\w'’-]+\s+){0,3}?"
                             # (or a semicolon: "strikes on Iranian nuclear and military sites; the United States…")
                             r"(?!(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said)\b)[\w'’-]+[,;]"
                             # (not a noun and its aside: "…, and a second, agreed on Jan. 15, collapsed")
                             r"(?!\s+(?:[a-z]{3,}ed|signed|held|made|won|begun|built|set|due|who|which)\b)"
                             # (nor an object and its name set off, then its own date: "…and the second-largest, Bukavu, in
                             # February")
                             r"(?!\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,\s+(?:in|on|at|during|last|this|early|late)\s)")
#: A nationality before "and": an abbreviation ("U.S.") or a demonym ("British", "Iranian").
_ADJECTIVE_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:US|UK|EU|UN)|\b[A-Z][a-z]+(?:an|ish|ese|ian|ic|i))\s*$")


#: A who- or which-clause set off between a subject and its verb: "Oil output[, which fell to about 500,000 barrels a day
#: during the 2024 crisis,] recovered" (a number's thousands comma does not close it).
# (…its appositive's head too: "Tavares[, the envoy who mediated the 2002 truce and later led talks,] died")
_SUBJECT_ASIDE = re.compile(rf",\s+(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){{0,4}}?)?(?:who|which)\b(?:(?!;){NOT_A_CLAUSE_COMMA})*,")


#: An appositive's opening after a name and its comma, up to its "who": ", [a Sunni lawmaker] ".
_APPOSITIVE_HEAD_END = re.compile(r"[A-Z][\w'’.-]*,\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}$")
#: A comma closing an aside (after a range's second year, maybe), then the main clause's past: "[ to 2009], won".
_ASIDE_END_THEN_PAST = re.compile(rf"(?:\s+(?:to|and|until)\s+\d{{4}})?,\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A gathering with its article and the place it is in, closing a phrase: "[the summit in The Hague]".
_GATHERING_IN_PLACE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:summit|conference|talks|negotiations|congress|"
                                 r"forum)\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}$")
#: A comma and a clause of a bare plural and its past: ", banks reopened".
_COMMA_THEN_BARE_PLURAL_CLAUSE = re.compile(rf",\s+(?=(?:[a-z]+\s+)?[a-z]{{3,}}s\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")
#: After a date, "and" and another clause of a bare plural (or a determined noun) and its past: " and flights resumed".
_AND_THEN_BARE_PLURAL_CLAUSE = re.compile(rf"\s+and\s+(?:(?:the|a|an|its|their)\s+)?(?:[a-z]+\s+)?[a-z]{{3,}}s?\s+"
                                          rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A comma right after a date, then a clause of its own: ", the assembly votes on…", ", the army retook it in…".
_COMMA_THEN_CLAUSE = re.compile(r",\s+(?=(?:(?:the|a|an|its|their)\s+(?:(?!(?:that|which|who)\s)[\w'’-]+\s+){1,3}?"
                                # (…or a name: ", Hamas agreed to free")
                                r"|[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+){0,2})(?:(?:[a-z]{3,}(?:s|ed)|will|would|met|held|"
                                r"signed|took|won|began)\s+(?:on|in|at|by|the|a|an|its|their|to|for|with|it|them)\b"
                                # (…or a past and its bare object: ", the ministers announced aid")
                                r"|(?:[a-z]{3,}ed|met|held|signed|took|won|began)\s+[a-z]{3,}\b(?!\s+(?:by|to)\b)))")


#: An aside set off by a pair of dashes: " – the US, Egypt and the UAE – ".
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—;]{1,120}?\s[–—]\s|\s--\s[^;]{1,120}?\s--\s")


#: A relative whose verb says a happening took place: "which took place", "which happened".
_TOOK_PLACE = re.compile(r"(?:which|that)\s+(?:took\s+place|happened|occurred|unfolded)\b")
#: A noun of a happening with its determiner: "the attack", "a raid", "the meeting".
_HAPPENING_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?(?:attack|assault|raid|ambush|strike|"
                             r"bombing|explosion|blast|shooting|incident|clash(?:es)?|meeting|summit|talks|session|vote|"
                             r"election|referendum|ceremony|visit|exchange|handover|protest|march|rally)\b")


#: A name of up to three capitalised words, its "the" maybe before it: "Kosovo", "the United States".
_SHORT_NAME = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
#: A name a preposition governs, right before an "and": "imposed on [Rosneft] and".
_NAME_AFTER_PREPOSITION_END = re.compile(rf"\b(?:on|against|with|from|to|for|of|by|at|in|over)\s+{_SHORT_NAME}\s*$")
#: A name after an "and" that a preposition or a comma follows, not a verb: "[Lukoil] in October".
_NAME_THEN_NO_VERB = re.compile(rf"{_SHORT_NAME}(?:\s+(?:in|on|at|for|over|from|with|"
                                r"during|since|until|after|before)\b|\s*[,;.])")

#: A gerund and its one-word object right before an "and": "was [bringing food] and".
_GERUND_OBJECT_END = re.compile(r"\b[a-z]{3,}ing\s+[a-z]{3,}\s*$")
#: A second object after that "and", then where it goes: "[water to the] handful of marines" (not a verb's: "and fled to").
_SECOND_OBJECT_THEN_PREPOSITION = re.compile(rf"(?!(?:{PAST_VERB})\b)[a-z]{{3,}}\s+(?:to|for|into|across|from)\s+"
                                             rf"(?:the|a|an|its|their|his|her)\b")

#: A name and the infinitive it is the object of, after "and": "[Ethiopia and ]Eritrea to sign".
_NAME_THEN_INFINITIVE = re.compile(rf"{_SHORT_NAME}\s+to\s+(?!the\b|a\b|an\b)[a-z]{{3,}}\b")

#: A verb of urging or asking and the first of its objects, up to an "and": "urged [the army] ", "asked Baku ".
_URGED_OBJECT_END = re.compile(r"\b(?:urged|asked|called\s+on|called\s+upon|pressed|persuaded|told|invited|encouraged|ordered|"
                               r"allowed|forced|pushed|appealed\s+to)\s+(?:(?:the|both|its|their)\s+)?(?:[\w'’.-]+\s+){0,3}?"
                               r"[\w'’.-]+\s*$")
#: A second object and the infinitive the verb of urging asks of both: "the Rapid Support Forces to resume".
_OBJECT_THEN_INFINITIVE = re.compile(r"(?:(?:the|its|their)\s+)?(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+\s+to\s+(?!the\b|a\b|an\b)[a-z]{3,}\b")
#: A name right after what opens a clause: "[that] Kosovo", "[, ]Armenia", "[after] Israel".
_NAME_AFTER_OPENER = re.compile(rf"(?:^|\b(?:that|said|after|before|when|since|until|because|while|once|although)|,)"
                                rf"\s+{_SHORT_NAME}\s*$")
#: A name and the verb it is the subject of, with the name before "and": "[Kosovo and ]Serbia could sign".
_NAME_THEN_VERB = re.compile(rf"{_SHORT_NAME}\s+(?:could|would|will|can|may|might|must|"
                             rf"should|have|had|are|were|agreed|signed|met|said|[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")


#: A name, then a past that looks like its present ("cut", "put", "set"), before what it did that to: "Pyongyang cut ".
_NAME_THEN_PRESENT_LIKE_PAST = (rf"(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+"
                                rf"{words_pattern(PAST_LIKE_PRESENT)}\s+")
#: A past verb of a clause's own (not a compound's: "US-brokered talks").
_OWN_PAST = re.compile(rf"(?<![\w-])(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s"
                       # (…or one that looks like its present, after a name and before its object: "Pyongyang cut the")
                       rf"|\b{_NAME_THEN_PRESENT_LIKE_PAST}(?:the|a|an|its|their|his|her)\b")
#: A past right after a date that opens a second predicate: "[in May 2025] elected a governor".
# (…or a count: "[in 2010] had 5,000 troops")
_PREDICATE_AFTER_DATE = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+"
                                   r"(?:(?:a|an|the|its|their|to|more|some|about|nearly|almost|over|several|it|them|him|her)\b|\d)")


def _nouns_of_one_object(s: str, m: re.Match[str]) -> bool:
    """Whether a bare "and" joins two nouns that modify one plural right after a past: "exchanged [missile and drone]
    strikes for four days in May" is one object, no second clause."""
    return m.group() == " and " and _PAST_THEN_MODIFIER.search(s, max(0, m.start() - 40), m.start()) is not None \
        and _MODIFIER_THEN_PLURAL.match(s, m.end()) is not None


#: A past and one lowercase word after it, up to an "and": "exchanged [missile]".
_PAST_THEN_MODIFIER = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+[a-z]{{3,}}$")
#: …and a lowercase word and the plural it goes with after the "and": "[drone strikes]".
_MODIFIER_THEN_PLURAL = re.compile(r"[a-z]{3,}\s+[a-z]{3,}[^s\W]s\b")


#: A few words quoted inside a sentence: '"immediate and unconditional"'.
_SHORT_QUOTATION = re.compile(r"[\"“][^\"“”,;.]{1,60}[\"”]")


#: A restrictive relative clause up to its date, after the noun it tells of: "an offensive [that began in] April 2019".
_SUBJECT_S_RESTRICTIVE_TO_DATE = re.compile(rf"\b[A-Za-z][\w'’-]*\s+(?:that|which)\s+(?:[a-z]+ly\s+)?"
                                            rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:on|in|at|during)\s+$")
#: The main verb that follows the relative clause's date: "[April 2019] was repelled", "[Oct. 11] killed".
_MAIN_VERB_AFTER_RELATIVE_DATE = re.compile(rf"\s+(?:(?:was|were|had|has|have)\s+(?:[a-z]+ly\s+)?)?(?:[a-z]{{3,}}ed|"
                                            rf"{words_pattern(PLAIN_PASTS)})\b")


def coordinated_part(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """The part of a sentence of coordinated clauses that holds `t`: "they fought a war in late 2020
    and an offensive in September ended…" dates two happenings. Only a coordination that stands
    between `t` and another date of the sentence cuts it; None when none does."""
    s = sentence.text
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    others = other_dates(t, inside)
    previous_end = max((o.end - sentence.start for o in others if o.end - sentence.start <= rel_start), default=None)
    # (a clock restated in brackets is the same moment, no other date: "at 9 p.m. (1900 GMT) and results…")
    next_start = min((o.start - sentence.start for o in others if o.start - sentence.start >= rel_end
                      and not re.fullmatch(r"\s*[(\[]\s*", s[rel_end:o.start - sentence.start])), default=None)
    lo, hi = 0, len(s)
    # "The law, passed in 2010 and amended twice since, takes effect Jan. 1": an "and" inside another
    # date's participle or relative clause joins that clause's verbs, not two clauses of the sentence
    enclosed = relative_clauses_of(s, [(o.start - sentence.start, o.end - sentence.start) for o in others],
                                    rel_start, rel_end)
    # …nor one inside an aside about the subject closed before the date ("Halvat, who led Croatia … and
    # later served as an envoy, died on Tuesday")
    subject_asides = [(m.start(), m.end()) for m in _SUBJECT_ASIDE.finditer(s, 0, rel_start)]
    enclosed += subject_asides
    if previous_end is not None and any(a <= previous_end <= b for a, b in subject_asides):
        # (…and a date inside such an aside is no earlier date of the main clause: "Morales, who governed from 2006 to
        # 2019, resigned and fled the country in November 2019")
        previous_end = max((o.end - sentence.start for o in others if o.end - sentence.start <= rel_start
                            and not any(a <= o.end - sentence.start <= b for a, b in subject_asides)), default=None)
    # …nor one inside an aside set off by dashes ("a meeting of the Quad – the US, Egypt and the UAE – in Washington")
    enclosed += [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(s, max(0, rel_start - 300), rel_start)]
    # …nor one inside a few quoted words ('an "immediate and unconditional" ceasefire')
    enclosed += [(m.start(), m.end()) for m in _SHORT_QUOTATION.finditer(s)]
    ends = {o.end - sentence.start for o in inside}
    starts = {o.start - sentence.start for o in inside}
    end_of = {o.start - sentence.start: o.end - sentence.start for o in inside}

    def date_end_at(start: int) -> int:
        return end_of.get(start, len(s))
    # (the comma that closes an aside is no part of it: "…the accord, which ended an insurgency, and chaired…")
    cuts = [m for m in _COORDINATION.finditer(s) if not any(a <= m.start() < b and not (m.start() == b - 1 and s[m.start()] == ",")
                                                            for a, b in enclosed)
            # (a colon after a label, no clause before it, joins nothing: "08:45 - Recap: the council backed…")
            and not (m.group().startswith(":") and not (VERB.search(s, dateline_end(s), m.start())
                                                        or FIRST_VERB.search(s, dateline_end(s), m.start())))
            # "made Friday and Thursday", "late on Thursday and in the early hours of Friday": one happening's days
            and not (m.start() in ends and (m.end() in starts or "," not in m.group() and m.end() + re.match(
                r"(?:(?:on|in|at|during|into)\s+)?", s[m.end():]).end() in starts)
                     # (but "held a referendum last year and in May 2025 elected a governor": a predicate of its own,
                     # after one of the first date's; not "talks in 2019 and 2020 produced a draft", one subject's)
                     and not (_PREDICATE_AFTER_DATE.match(s, date_end_at(m.end() + re.match(
                         r"(?:(?:on|in|at|during|into)\s+)?", s[m.end():]).end()))
                              and _OWN_PAST.search(s, max([0] + [c.end() for c in re.finditer(r"[,;]", s[:m.start()])]),
                                                   m.start())))
            and not ((nouns := _NOUNS_TO_COMMA.match(s, m.end())) and not _SUBJECT_WITH_GERUND_ASIDE.match(s, m.end())
                     # ("…, and the Kingdom of Serbs, Croats and Slovenes was proclaimed": a name listing names, then its verb)
                     and not _NAME_OF_A_LIST_THEN_VERB.match(s, m.end())
                     and not re.match(_ROMANCE_SUBJECT_THEN_VERB, s[m.end():])
                     # ("…, and New START, the last treaty limiting the arsenals, expired": a name, its aside, its verb)
                     and not ASIDE_THEN_VERB.match(s, nouns.end() - 1)
                     # ("…, and a second, agreed on Jan. 15, 2025, collapsed": a participle's aside, its date's comma in it)
                     and not _PARTICIPLE_ASIDE_THEN_VERB.match(s, nouns.end() - 1))
            # ("a summit on climate and security, which opens…": nouns joined inside the relative's antecedent)
            and not (not m.group().startswith(",")
                     and re.match(r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,\s+(?:which|who)\b", s[m.end():]))
            # ("…a month after Britain, France and Germany triggered…": the last name of a list)
            and not (m.group().strip() == "and" and re.match(r"(?:the\s+)?[A-Z]", s[m.end():m.end() + 5])
                     and LIST_OF_NAMES_BEFORE_AND.search(s, max(0, m.start() - 80), m.start()))
            # (a date's month is no name: "…visited Damascus in January, and Foreign Minister Sergey Lavrov met…")
            and not (m.start() not in ends and CAPITALISED_END.search(s, 0, m.start()) and (NAME_GOES_ON.match(s, m.end())
                                                                   # "by envoys from both Washington and Moscow, surfaced…"
                                                                   or re.match(r"[A-Z][\w'’.-]*,", s[m.end():])
                                                                   # (…or a name's last word and its initials: "the Party
                                                                   # of Action and Solidarity (PAS)")
                                                                   or re.match(r"[A-Z][\w'’.-]*\s*\([A-Z]{2,}[\w'’.-]*\)", s[m.end():])))
            # ("…persuaded Ethiopia and Eritrea to sign the Algiers Agreement": two names, one object of the infinitive)
            and not (m.group().strip() == "and" and re.search(r"[A-Z][\w'’.-]*\s*$", s[max(0, m.start() - 40):m.start()])
                     and _NAME_THEN_INFINITIVE.match(s, m.end()))
            # ("…urged the army and the Rapid Support Forces to resume the talks": two objects of one verb of urging,
            # whose infinitive follows them both)
            and not (m.group().strip() == "and" and _URGED_OBJECT_END.search(s, max(0, m.start() - 60), m.start())
                     and _OBJECT_THEN_INFINITIVE.match(s, m.end()))
            # ("…said on Thursday that the army and the RSF would send…": two noun phrases, one subject of a that-clause)
            and not (m.group().strip() == "and" and _THAT_SUBJECT_END.search(s, max(0, m.start() - 60), m.start())
                     and _SUBJECT_THEN_ITS_VERB.match(s, m.end()))
            # ("…after government troops and allied militias withdrew overnight": two noun phrases, one subject of the
            # subordinate clause)
            and not (m.group().strip() == "and" and m.start() not in ends
                     and _SUBORDINATE_SUBJECT_END.search(s, max(0, m.start() - 60), m.start())
                     and _SECOND_SUBJECT_THEN_PAST.match(s, m.end()))
            # ("…said that Kosovo and Serbia could sign…": two names, one compound subject of the verb after them)
            and not (m.group().strip() == "and" and _NAME_AFTER_OPENER.search(s, max(0, m.start() - 60), m.start())
                     and _NAME_THEN_VERB.match(s, m.end()))
            # "U.S. and British objections": two adjectives of one noun
            # ("Israeli and U.S. strikes")
            and not (_ADJECTIVE_END.search(s, 0, m.start()) and re.match(r"(?:[A-Z][a-z]+|(?:[A-Z]\.){2,}|[A-Z]{2,})\s+[a-z]",
                                                                          s[m.end():]))
            # '"deliberate" and "illegal" actions', '"deliberately and dangerously"': words of one quotation
            and not (re.search(r"[\"”']\s*$", s[:m.start()]) and re.match(r"[\"“']", s[m.end():]))
            # ("that presidential and legislative elections would be held": two adjectives of one noun)
            and not (m.group().strip() == "and" and re.search(r"\b[a-z]{3,}(?:al|ary|ic|ive|ian)$", s[:m.start()])
                     and re.match(r"[a-z]{3,}(?:al|ary|ic|ive|ian)\s+[a-z]{3,}s?\b", s[m.end():]))
            # (but ", and formally signed in Paris": an adverb before a participle opens a predicate)
            # (…nor, with no comma, when no adverb stands before the "and" either: "founded the party in 2016 and
            # narrowly lost the runoff that autumn")
            and not (ADVERB_LY.match(s[m.end():]) and not ((m.group().startswith(",") or not re.search(r"[a-z]{2,}ly\s*$", s[:m.start()])
                                                             and not re.search(r"\b(?:that|which|who)\b[^,;]*$", s[:m.start()]))
                                                            and re.match(rf"[a-z]{{2,}}ly\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b",
                                                                         s[m.end():])))
            # ("sanctions imposed on Rosneft and Lukoil in October took their toll": two names a preposition governs,
            # the second followed by no verb of its own)
            and not (m.group().strip() == "and" and _NAME_AFTER_PREPOSITION_END.search(s, max(0, m.start() - 60), m.start())
                     and _NAME_THEN_NO_VERB.match(s, m.end()))
            # ("…, a corridor hugging the coasts of Romania and Bulgaria opened": two names a preposition governs inside a
            # subject with no verb yet, whose verb comes after them both)
            and not (m.group().strip() == "and" and m.start() not in ends
                     and _NAME_AFTER_PREPOSITION_END.search(s, max(0, m.start() - 60), m.start())
                     and _NAME_THEN_VERB.match(s, m.end())
                     and not FIRST_VERB.search(s, max([dateline_end(s)] + [c.end() for c in re.finditer(
                         r"[,;](?!\d{3})|:(?!\d)", s[:m.start()])]), m.start()))  # (no clock's or count's mark)
            # ("driven out by Congolese troops and U.N. peacekeepers the following year.": nouns joined before a date
            # that closes the sentence, no verb between)
            and not nouns_before_closing_date(s, m, sentence, inside)
            # ("…exchanged missile and drone strikes for four days in May before agreeing to stop": two nouns of one
            # plural object after a past)
            and not _nouns_of_one_object(s, m)
            # ("…was bringing food and water to the marines stationed…": two objects of one gerund)
            and not (m.group().strip() == "and" and _GERUND_OBJECT_END.search(s, max(0, m.start() - 40), m.start())
                     and _SECOND_OBJECT_THEN_PREPOSITION.match(s, m.end()))
            # "talks between Kinshasa and M23": the two a "between" joins
            # (not after a comma: "…between two empires, and it changed hands in the 1800s" joins clauses)
            and not (not m.group().startswith(",") and _BETWEEN_FIRST.search(s, max(0, m.start() - 100), m.start()))
            # "In a ruling dated Nov. 18 but made public this week, the court said…": inside an opening phrase
            # (not a clause with a subject and its past that only opens with "In": "In 2018 the court ruled that…, and
            # a second case … was decided")
            and not (OPENING_PHRASE.match(s) and "," not in s[:m.start()] and "," in s[m.end():]
                     and not _SUBJECT_AND_PAST_IN_OPENING.search(s, 0, m.start()))
            # "…in May 2023 and again that October, produced…": a date said again, no clause of its own
            # (but not a place said after it, whose date follows: "…in Geneva in March 2025 and again in New York that July")
            and not re.match(r"(?:(?:once\s+)?again|also)\s+(?:(?:in|on|that|this|last|the)\s+)?(?=\d|that\b|(?:Jan|Feb|Mar|"
                             r"Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Spring|Summer|Autumn|Fall|"
                             r"Winter)[a-z]*\b)", s[m.end():])
            # ("March: Serbia and Kosovo agreed…": a bare "and" with no verb before it since the clause opened joins
            # its subject's names)
            # (…its second name's article too: "Wednesday: Iran and the IAEA agreed…"; or a count of others: "July 14, 2015:
            # Iran and six world powers reach…")
            and not (m.group().strip() == "and"
                     and re.match(r"(?:the\s+)?[A-Z]|(?:two|three|four|five|six|seven|eight|nine|ten|several|other)\s+[a-z]",
                                  s[m.end():m.end() + 12])
                     and CAPITALISED_END.search(s, max(0, m.start() - 60), m.start())
                     and not FIRST_VERB.search(s, max([dateline_end(s), m.start() - 200]
                                                       + [c.end() for c in _COLON.finditer(s, max(0, m.start() - 200), m.start())]),
                                                m.start()))
            # ("charged with treason, murder and crimes against humanity over an attack in March": a list's last noun)
            # (…the list's last noun only, up to the next "and" or relative: "shortages of fuel, food and medicine and to
            # protests that drove…")
            and not (m.group().strip() == "and" and re.search(r"\b[a-z]{3,},\s+(?:[a-z]{3,}\s+)?[a-z]{3,}$", s[:m.start()])
                     and not VERB.search(CAPITALISED_WORDS.sub("", _LIST_END_AND.split(
                         s[m.end():min([o.start - sentence.start for o in inside if o.start - sentence.start > m.end()]
                                       + [len(s)])], maxsplit=1)[0])))]
    # (a list of predicates, each closed by its date: "declared a ceasefire in August 1994, ended it…")
    cuts += _listed_predicates(s, ends)
    # (a list of clauses, each opened by its date: "On Monday the ministers met, on Wednesday the talks collapsed")
    cuts += [comma for o in inside if (comma := _COMMA_BEFORE_OPENING_DATE.search(
        s, max(0, o.start - sentence.start - 24), o.start - sentence.start)) is not None
        and (is_own_clause(s[o.end - sentence.start:].lstrip(" ,"))
             or _GERMAN_SECOND_PLACE_VERB.match(s, o.end - sentence.start)
             and _GERMAN_SECOND_PLACE_VERB.search(s, 0, comma.start()))]
    # (…or each closed by its date: "The council meets on Dec. 2, the assembly votes on Dec. 9 and the leaders sign…")
    # (not an opening date's comma: a verb stands before the date)
    cuts += [comma for o in inside if (comma := _COMMA_THEN_CLAUSE.match(s, o.end - sentence.start)) is not None
             and FIRST_VERB.search(s, max(dateline_end(s), o.start - sentence.start - 200), o.start - sentence.start)]
    # (…or a list of clauses with no dates of their own but one, the last joined by "and": "Federal forces returned to
    # Mekelle, banks reopened in December 2022 and flights resumed later that month")
    cuts += [comma for comma in _COMMA_THEN_BARE_PLURAL_CLAUSE.finditer(s, max(0, rel_start - 80), rel_start)
             if FIRST_VERB.search(s, dateline_end(s), comma.start()) and "," not in s[comma.end():rel_start]
             and _AND_THEN_BARE_PLURAL_CLAUSE.match(s, rel_end)]
    # (the comma that closes a fronted time clause, a clause of its own after it, however long its subject: "After
    # Ukraine's navy pushed the warships away in the autumn of 2023, a corridor hugging the coasts of Romania and
    # Bulgaria opened in September")
    fronted = _FRONTED_TIME_CLAUSE_BEFORE_COMMA.match(s, dateline_end(s))
    comma = re.compile(r",\s+").match(s, fronted.end()) if fronted is not None else None
    if comma is not None and is_own_clause(s[comma.end():]):
        cuts.append(comma)
    if previous_end is not None:
        lo = max((m.end() for m in cuts if previous_end <= m.start() and m.end() <= rel_start), default=0)
        if lo == 0:
            # (a date in an aside of the date's own clause stands in no other: "…lasted a week, and a second, agreed on
            # Jan. 15, 2025, collapsed two months later" cuts before the aside, at the date before it)
            # (…nor does one in a restrictive relative clause of the date's own subject: "…killed eight people in May, and
            # an offensive that began in April 2019 was repelled more than a year later")
            outside = [o.end - sentence.start for o in others if o.end - sentence.start <= rel_start
                       and not any(a <= o.start - sentence.start and o.end - sentence.start < b <= rel_start
                                   for a, b in enclosed)
                       and not (_SUBJECT_S_RESTRICTIVE_TO_DATE.search(s, max(0, o.start - sentence.start - 80),
                                                                       o.start - sentence.start)
                                and _MAIN_VERB_AFTER_RELATIVE_DATE.match(s, o.end - sentence.start))]
            if outside and max(outside) < previous_end:
                lo = max((m.end() for m in cuts if max(outside) <= m.start() and m.end() <= rel_start
                          and not any(a <= m.start() < b for a, b in enclosed)), default=0)
    if next_start is not None:
        hi = min((m.start() for m in cuts if m.start() >= rel_end and m.end() <= next_start), default=len(s))
    if lo == 0 and previous_end is None:
        # (a date that opens a joined clause is that clause's: "…usually begins straw polls in the summer, and in 2016 it
        # held six of them between July 21 and Oct. 5")
        opened = max((m.end() for m in cuts if m.end() <= rel_start and m.group().strip(" ,") in ("and", "but", ";")),
                     default=0)
        lo = opened if opened and re.fullmatch(r"(?:in|on|at|during|by)\s+(?:the\s+)?", s[opened:rel_start], re.I) else 0
    if lo == 0 and previous_end is None and next_start is not None:
        # (the first date, in a clause of its own joined on after an undated one: "Delegations had been expected to sign a
        # protocol, but the army's team walked out on Sunday over corridors agreed in October")
        lo = max((m.end() for m in cuts if m.end() <= rel_start and m.group().strip(" ,;") in ("and", "but", "")
                  and re.match(r"[,;]", m.group()) and is_own_clause(s[m.end():])), default=0)
    listed = previous_end is not None and re.fullmatch(r",?\s*(?:and|or)?\s*(?:in\s+|on\s+)?", s[previous_end:rel_start])
    if lo == 0 and previous_end is not None and hi == len(s) and (t.range_id is not None or listed):
        # (a range whose clause holds a date before it: "…in the summer, and in 2016 it held six of them between July 21
        # and Oct. 5" is the second clause's, as that date is; so is a list's next date: "…, and ran for president
        # twice, in 1994 and 2000")
        lo = max((m.end() for m in cuts if m.end() <= rel_start and (t.range_id is not None or re.match(r"[,;]", m.group()))),
                 default=0)
    if (lo, hi) == (0, len(s)):
        return None
    if lo > 0 and hi == len(s):
        # (the last part ends where a clause of its own is joined on after its date: "…and an annex to it in Ohrid the
        # following month[, but neither has implemented it]")
        hi = min((m.start() for m in cuts if m.start() >= rel_end and m.group().startswith(",")
                  and m.group().strip(" ,") in ("and", "but", "yet") and is_own_clause(s[m.end():])), default=hi)
    that = _THAT_OPENING_A_CLAUSE.match(s, lo, hi) if lo > 0 else None
    if that is not None and (is_own_clause(s[that.end():hi]) or FIRST_VERB.search(s, that.end(), hi)):
        lo = that.end()  # (a second clause of what was said: "…recalls that X, and [that ]traffic had recovered by…")
    return Sentence(sentence.start + lo, sentence.start + hi, s[lo:hi])


#: A "that" opening a clause, no determiner of a time or a relative's pronoun before its verb: "[that ]traffic had recovered".
_THAT_OPENING_A_CLAUSE = re.compile(r"that\s+(?!(?:year|month|week|day|time|night|morning|evening|spring|summer|autumn|"
                                    r"fall|winter|decade|period)\b)(?!(?:[a-z]+ly\s+)?(?:was|were|is|are|has|had|have|"
                                    r"will|would|could|can|may|might|[a-z]{3,}ed)\b)(?=[a-z])")
#: A time clause that opens the sentence, up to its comma: "[After the navy pushed the warships away in the autumn of 2023], ".
_FRONTED_TIME_CLAUSE_BEFORE_COMMA = re.compile(r"(?:After|Before|When|Since|Once|As\s+soon\s+as)\s+[^,;:]{3,160}?\b"
                                               rf"(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;:]{{0,120}}(?=,\s)")
#: Where a list's last noun ends: the next "and", or a relative pronoun.
_LIST_END_AND = re.compile(r"\s(?:and|that|which|who)\s")
#: "between" and the first of the two it joins, right before an "and".
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+"
                            # (…with the phrase that tells which: "between armed groups loyal to the Tripoli prime minister")
                            r"(?:\s+(?:loyal|allied|close|linked|aligned)\s+(?:to|with)\s+(?:[\w'’.-]+\s+){0,4}[\w'’.-]+"
                            r"|\s+(?:backed|led|supported|armed)\s+by\s+(?:[\w'’.-]+\s+){0,4}[\w'’.-]+)?$")
#: …and the first with its aside set off: "between the army, led by Gen. Abdel Fattah al-Burhan".
_BETWEEN_FIRST_SET_OFF = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+,\s+(?:[a-z]+ed|led|run|headed)\s+by\s+"
                                    r"(?:[\w'’.-]+\s+){0,5}[\w'’.-]+$")


def gapped_verb_title(sentence: Sentence, part: Sentence, t: Timex) -> str | None:
    """"The two sides agreed in February on a plan, and [the following month] in Ohrid on an annex": a
    joined part that opens with its date and has no verb of its own shares the first clause's subject and
    verb ("The two sides agreed in Ohrid on an annex"); None when the sentence is not so built."""
    s = sentence.text
    joined = re.search(r",?\s+(?:and|but)\s+(?:then\s*,?\s+)?$", s[:part.start - sentence.start])
    set_off = re.search(r"\s(?:and|but),\s+$", s[:part.start - sentence.start])
    # (…its "then" set off with the date: "and then, in April this year, for eight months")
    lead = re.match(r"\s*(?:and|but)?\s*(?:then\s*,?\s*)?", part.text)
    opening = re.match(r"(?:in|on|at|during)\s+", part.text[lead.end():])
    if opening is not None and part.start + lead.end() + opening.end() == t.start:
        lead = re.match(r"\s*(?:and|but)?\s*(?:then\s*,?\s*)?(?:in|on|at|during)\s+", part.text)  # (its preposition too)
    if joined is None and set_off is None and not lead.group().strip():
        return None
    aside_then = _ASIDE_DATE_THEN_PHRASE.match(s, t.end - sentence.start, part.end - sentence.start) if set_off is not None \
        else None  # (up to the part's end: "…, on how to carry it out[, but neither has signed the text]")
    if aside_then is not None and not VERB.search(CAPITALISED_WORDS.sub("", s[part.start - sentence.start:t.start - sentence.start])):
        # (…or its date in an aside set off after the "and", the phrase after it: "agreed in February to a plan and, at
        # talks in Ohrid in March, to an annex": "Kurti and Vucic agreed to an annex")
        rest = f"{aside_then['place']} {aside_then['phrase']}" if aside_then["place"] else aside_then["phrase"]
    elif part.start + lead.end() != t.start:
        # (…or closes with it: "agreed in February to a plan, and on a road map in Ohrid, North Macedonia, the following
        # month": "The two sides agreed on a road map in Ohrid, North Macedonia")
        body = s[part.start - sentence.start + lead.end():t.start - sentence.start]
        rest = re.sub(r"[\s,]*(?:(?:in|on|at|during|by)\s+)?$", "", body)
        # (after a comma: without one, a second place goes on with the same object, "hosted meetings … in Geneva in March
        # and in New York in July")
        if joined is None or not joined.group().startswith(",") \
                or not re.match(r"(?:in|on|at|with|to|for|over)\s", rest) or VERB.search(CAPITALISED_WORDS.sub("", rest)) \
                or re.search(r"\b[a-z]{3,}ed\b|;", rest) or not re.match(r"\s*[.;]?\s*$", s[t.end - sentence.start:part.end - sentence.start]) \
                or CLAUSE_COMMA.search(without_place_appositions(body + t.text).rsplit(t.text, 1)[0]):
            return None  # (a town's country is no clause's comma: "in Ohrid, North Macedonia, the following month")
    else:
        # (a date set off by commas is followed by its phrase, and what goes on at the same time is none of it: "…, for
        # eight months while a review was completed")
        after = re.sub(r"^\s*,\s+(?=(?:in|on|at|with|to|for|from|until)\s)", "", s[t.end - sentence.start:])
        rest = _WHILE_CLAUSE.split(re.split(r"[,;]", after, maxsplit=1)[0], maxsplit=1)[0].strip().rstrip(".")
    if not re.match(r"(?:in|on|at|with|to|for|from)\s", rest) or VERB.search(rest) or re.search(r"\b[a-z]{3,}ed\b", rest):
        return None
    first = _without_opening_phrase(s[dateline_end(s):part.start - sentence.start])  # ("Since then, mediators … have tried…")
    # (the clause the phrase is gapped from is the last one joined on before it: "The two countries agreed in 2008 to take
    # the case to the court, and [voters approved the step in referendums in April 2018 in Guatemala] and in May 2019 in
    # Belize")
    joined_clauses = re.split(r",\s+(?:and|but)\s+(?=[a-z])", first)
    if len(joined_clauses) > 1:
        last = joined_clauses[-1][:1].upper() + joined_clauses[-1][1:]
        last_subject = subject_of(last)
        if last_subject is not None and _PAST_AFTER_SUBJECT_AND_ADVERB.match(last, len(last_subject)):
            first = last
    subject = subject_of(first)
    verb = _PAST_AFTER_SUBJECT_AND_ADVERB.match(first, len(subject)) \
        if subject is not None and first.startswith(subject) else None
    if verb is None:
        return None
    # (…and its object, which the joined phrase shares: "renewed [it] in April 2025 for twelve months")
    # (…or its infinitive, the dates listed after its comma: "tried twice [to bring the sides back], in August 2024 in
    # Switzerland and in April 2025 in Jeddah")
    shared = _SHARED_OBJECT.match(first, verb.end()) or _SHARED_INFINITIVE.match(first, verb.end())
    return f"{subject} {verb['verb']}{' ' + shared['object'] if shared else ''} {rest}"


def _without_opening_phrase(clause: str) -> str:
    """`clause` from its subject on, when a phrase set off by its comma opens it ("Since then, mediators … have tried"):
    the subject a gapped or joined phrase shares is the one after the phrase."""
    opened = OPENING_PHRASE.match(clause)
    if opened is None or not re.match(r"[a-z]", clause[opened.end():]):
        return clause
    return clause[opened.end()].upper() + clause[opened.end() + 1:]


def parallel_phrase_title(sentence: Sentence, part: Sentence, t: Timex) -> str | None:
    """"…has hosted the two leaders at dinners in Nicosia and at a meeting in New York in July": a phrase joined on by a
    bare "and", its date inside it, stands in for the first clause's phrase of the same preposition ("…has hosted the two
    leaders at a meeting in New York"); None when the sentence is not so built."""
    s = sentence.text
    lo = part.start - sentence.start
    joined = re.search(r"(?<!,)\s+and\s+$", s[:lo])
    phrase = _PARALLEL_PHRASE.match(part.text)
    if joined is None or phrase is None or part.start + phrase.end("rest") > t.start:
        return None
    between = s[lo + phrase.end():t.start - sentence.start]
    # (a participle after an article is its noun's adjective: "an enlarged format")
    governed = ATTRIBUTIVE_PARTICIPLE.sub("", phrase["rest"] + between)
    if VERB.search(CAPITALISED_WORDS.sub("", governed)) or re.search(r"\b[a-z]{3,}ed\b|[,;]", governed) \
            or not re.fullmatch(r"\s*[.;]?\s*", s[t.end - sentence.start:part.end - sentence.start]):
        return None
    first = _without_opening_phrase(s[dateline_end(s):joined.start()])
    subject = subject_of(first)
    verb = _PAST_AFTER_SUBJECT_AND_ADVERB.match(first, len(subject)) \
        if subject is not None and first.startswith(subject) else None
    parallel = first.rfind(f" {phrase['prep']} ", verb.end() if verb is not None else len(first))
    if verb is None or parallel < 0 or re.search(r"[,;]", first[verb.end():parallel]):
        return None
    told = re.sub(r"\s+(?:in|on|at|during)\s*$", "", f"{phrase['prep']}{phrase['rest']}{between}".rstrip())
    return f"{first[:parallel]} {told}"


#: A phrase joined on after the first clause, its preposition and what it governs up to the date: "[at] [a meeting in New
#: York] (in July)".
_PARALLEL_PHRASE = re.compile(r"(?P<prep>at|in|on|with|to|for|from)(?P<rest>\s+(?:the|a|an|its|their)\s[^,;]{2,80}?)"
                              r"(?=\s+(?:in|on|at|during|last|this|next)\s|\s+(?:[A-Z]|\d))")


#: After an aside's date, the joined phrase that shares the first clause's verb: "[, to an annex on how to carry it out]".
#: (…the place the date's aside names before it kept: "and, a month later [in Ohrid], on how to carry it out")
_ASIDE_DATE_THEN_PHRASE = re.compile(r"(?:\s+(?P<place>(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
                                     r",\s+(?P<phrase>(?:in|on|at|with|to|for|from)\s[^,;]+?)\s*[.;]?\s*$")
#: What goes on at the same time as a phrase, after it: " while a review was completed".
_WHILE_CLAUSE = re.compile(r"\s+(?:while|as|when|because|although|though|whereas|amid)\s")
#: A subject's past, maybe after a time adverb: "[last renewed]", "[first met]".
_PAST_AFTER_SUBJECT_AND_ADVERB = re.compile(rf"(?:\s+(?:last|first|then|later|again|previously|originally))?{PAST_AFTER_SUBJECT.pattern}")
#: A short object right after a verb, before the first clause's date or phrase: " it", " the mandate".
_SHARED_OBJECT = re.compile(r"\s+(?P<object>it|them|(?:the|its|their|his|her)\s+[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)"
                            r"(?=\s+(?:in|on|at|last|this|for|until|to|by|during)\s)")
#: An infinitive right after a verb (and a count of tries), up to the comma the dates are listed after: "[ twice to bring
#: the sides back],".
_SHARED_INFINITIVE = re.compile(r"(?:\s+(?:twice|again|once|repeatedly))?\s+(?P<object>to\s+[a-z]{2,}(?:\s+[^,;]{1,50}?)?)(?=,\s+[^,;]*$)")
#: A joined agent after the first clause's date, the passive's verb gapped: "[and by the European Parliament] in December".
_GAPPED_AGENT = re.compile(r"\s+(?:and|but|then)\s+(?P<agent>by\s+(?:the\s+)?[^,;()]{2,60}?)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$")
#: A passive and its agent's "by" in the first clause: "[was approved] by ministers".
_PASSIVE_BY = re.compile(rf"\s+(?P<passive>(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|"
                         rf"{IRREGULAR_PARTICIPLES}))\s+by\b")


def gapped_agent_title(sentence: Sentence, t: Timex) -> str | None:
    """"The plan was approved by ministers in October and by the European Parliament in December": a joined agent and
    its date share the first clause's subject and passive ("The plan was approved by the European Parliament")."""
    s = sentence.text
    agent = _GAPPED_AGENT.search(s, 0, t.start - sentence.start)
    if agent is None or not re.fullmatch(r"\s*[.;]?\s*", s[t.end - sentence.start:]):
        return None
    first = s[dateline_end(s):agent.start()]
    subject = subject_of(first)
    passive = _PASSIVE_BY.match(first, len(subject)) if subject is not None and first.startswith(subject) else None
    return f"{subject} {passive['passive']} {agent['agent']}" if passive is not None else None


def gapped_subject_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Hama fell on Dec. 5 and Homs two days later": a joined part that is only a name and its date, right after the
    first clause's date, shares that clause's verb, told of it ("Homs fell"), when that verb has no object."""
    s = sentence.text
    before = [o for o in inside if o.end <= t.start and o is not t]
    if not before:
        return None
    gapped = _GAPPED_SUBJECT.fullmatch(s, before[-1].end - sentence.start, t.start - sentence.start)
    if gapped is None or not re.fullmatch(r"\s*[.;]?\s*(?:[,;]\s.*)?", s[t.end - sentence.start:]):
        return None
    first = s[dateline_end(s):before[-1].start - sentence.start]
    first = re.split(r";\s+", first)[-1]  # ("Aleppo fell within three days; Hama followed on Dec. 5 and Homs…")
    subject = subject_of(first)
    verb = PAST_AFTER_SUBJECT.match(first, len(subject)) if subject is not None and first.startswith(subject) else None
    # (the verb's own date right after it, no object: "followed on Dec. 5", "fell in March")
    # (…or after a time clause of the verb's own: "followed after its own coup that September")
    if verb is None or not re.fullmatch(r"\s+(?:(?:after|before)\s+(?:its|their|his|her|the|a)\s+[^,;]{1,40}?\s+)?"
                                        r"(?:(?:on|in|at|by)\s+)?", first[verb.end():]):
        return None
    return f"{gapped['name']} {verb['verb']}"


def gapped_subject_end(sentence: Sentence, t: Timex, inside: list[Timex]) -> int | None:
    """Where the first clause ends before a gapped subject with its own date: "Hama fell on Dec. 5[ and Homs on Dec. 7]"."""
    after = [o for o in inside if o.start >= t.end]
    if not after:
        return None
    gapped = _GAPPED_SUBJECT.fullmatch(sentence.text, t.end - sentence.start, after[0].start - sentence.start)
    return sentence.start + gapped.start() if gapped is not None and gapped_subject_title(sentence, after[0], inside) else None


#: A joined part that is only a name before its date: " and Homs [two days after that]", ", and Raqqa on ".
# (…or after a semicolon, its date after "after" as the first's: "Burkina Faso followed that September; Niger after ")
_GAPPED_SUBJECT = re.compile(r"(?:,?\s*(?:and|but)|;)\s+(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s*,?\s*"
                             r"(?:(?:on|in|at|by|after|before)\s+)?")


def closed_report(joined: str, first_clause: str) -> str:
    """The first clause without a reported clause that its comma closed before ", and" ("The Court ruled in 1962 that
    the temple belonged to Cambodia, and clarified…": the "and" goes on with the ruling, not with what was ruled)."""
    if not re.search(r",\s*and\s*(?:then\s*)?$", first_clause):
        return joined
    return re.sub(r"\s+that\s+[^,;()—]*$", "", joined)
#: A participle's first place and date, and a second place whose date follows: "Talks held in Vienna in 2019 and in
#: Geneva [three years later]".
# (…or a place the subject was at: "I was in Addis Ababa two weeks ago, and before that in Asmara [in September]")
_GAPPED_PARTICIPLE = re.compile(r"(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?P<part>[a-z]{3,}ed|held|signed|made|"
                                r"met|was|were)\s+"
                                r"(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[^,;]{1,30}?,?\s+and\s+"
                                r"(?:again\s+|also\s+|(?:before|after)\s+that\s+)?"
                                r"(?P<place>(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:(?:in|on|during)\s+)?$")

#: A gathering's noun with its first place and date, and a second place whose date follows: "meetings in Geneva in March
#: and in New York [in ]".
_GAPPED_GATHERING = re.compile(r"(?<![\w'’-])(?P<np>(?:(?:the|a|an|two|three|several)\s+)?"
                               r"(?:(?!(?:after|before|since|during|following|amid|of|in|on|at|with|by|for|from|and)\b)[a-z-]+\s+){0,2}?"
                               r"(?:meetings?|talks|"
                               r"rounds?|sessions?|summits?|visits?|conferences?|protests?|rallies|rally))\s+(?:in|at)\s+"
                               r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+(?:in|on|during)\s+[^,;]{1,25}?,?\s+and\s+"
                               r"(?:again\s+|also\s+)?(?P<place>(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+"
                               r"(?:(?:in|on|during)\s+)?$")


def gapped_participle_title(sentence: Sentence, t: Timex) -> str | None:
    """"Talks held in Vienna in 2019 and in Geneva three years later came close to a deal": the second place's date
    is the participle's again ("Talks were held in Geneva"); so is a subject's past verb's, when no verb follows
    ("Finance ministers met in Durban in July and in Washington in October to prepare it": "…met in Washington")."""
    s = sentence.text
    start = t.start - sentence.start
    lead = dateline_end(s)
    label = re.match(r"(?:A|Answer)\s*:\s+(?=\S)", s[lead:])  # (an interview's answer: "A: I was in Addis Ababa…")
    lead += label.end() if label is not None else 0
    m = _GAPPED_PARTICIPLE.search(s, max(0, lead, start - 140), start)
    if m is None:
        # (…or a gathering's noun with no participle: "after meetings in Geneva in March and in New York in July" is
        # "Meetings in New York")
        gathering = _GAPPED_GATHERING.search(s, max(0, lead, start - 140), start)
        return f"{gathering['np'][:1].upper()}{gathering['np'][1:]} {gathering['place']}" if gathering is not None else None
    noun = m["np"]
    rest = s[date_phrase_end(t, [t]) - sentence.start:]
    if re.match(rf"\s+{FINITE_WORD}", rest):
        if m["part"] in ("was", "were"):
            return None  # (a "be" is no participle a verb after it could make a subject's)
        return f"{noun[:1].upper()}{noun[1:]} {be_for(noun)} {m['part']} {m['place']}"
    if m.start() == lead and not re.search(rf"\s{FINITE_WORD}", rest.split(",")[0]):
        purpose = re.match(r"\s+(to\s+[a-z]+[^,;.:!?]{0,60})", rest)
        return f"{noun[:1].upper()}{noun[1:]} {m['part']} {m['place']}" + (f" {purpose[1]}" if purpose else "")
    return None
#: A fronted phrase whose noun a participle after the comma tells about: "Under the deal, reached…",
#: "According to the agreement, signed…".
_FRONTED_OBJECT = re.compile(r"(?:Under|According\s+to|Despite|Following|With|In\s+line\s+with)\s+"
                             r"(?P<noun>(?:the|a|an|this|its|their)\s+[^,]{1,60}?)(?=,)")
_SENTENCE_ADVERB = re.compile(r"\w+ly|However|Meanwhile|Instead|Moreover|Still|Yet|Then|Now|Later|Earlier|Also|Nevertheless|"
                              r"Nonetheless|Overall|Thus|Hence|Therefore|Besides|Otherwise|Again|Today|Yesterday|Here|There")


#: An aside of what is to be done to its noun: "[to be signed] in Tashkent next month".
_TO_BE_DONE = re.compile(r"to\s+be\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|held|signed|made|set|built|sent|given|taken|chosen|sworn)\b")


#: A count before or after a noun phrase, up to the noun's own date: "weeks before Guyana's independence ", "two days after
#: the vote ".
_COUNTED_FROM_A_NOUN = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?)\s+(?:before|after)\s+"
                                  r"(?P<np>(?:(?:the|its|their)\s+|[A-Z][\w'’.-]*['’]s\s+)(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s+$")


def subject_participle(sentence: Sentence, t: Timex, inside: list[Timex] | None = None) -> str | None:
    """"Talks in Jeddah, suspended in December, are due to resume": the only date of a sentence, in a
    participle phrase between commas after a short subject, dates the participle ("Talks in Jeddah,
    suspended") — unless the participle plans the subject's own day ("The summit, planned for June 4,")."""
    s = sentence.text
    rel = t.start - sentence.start
    if s.startswith(("'s ", "’s "), t.end - sentence.start):
        return None  # ("…, held by a committee that monitors [last year's] ceasefire,": a date that owns a noun is its own)
    counted = _COUNTED_FROM_A_NOUN.search(s, max(0, rel - 80), rel)
    if counted is not None and re.match(r"\s*,", s[t.end - sentence.start:]):
        # ("…, signed weeks before Guyana's independence that May,": the date, closing the aside, is the independence's)
        np = counted["np"]
        return np[:1].upper() + np[1:]
    head = dateline_end(s)
    if head:  # "KYIV, Sept 14 (Reuters) - Russia and Ukraine…": the subject comes after the dateline
        body_start = head + len(s[head:]) - len(s[head:].lstrip())
        return subject_participle(Sentence(sentence.start + body_start, sentence.end, s[body_start:]), t, inside) \
            if rel > body_start else None
    lo = s.find(", ")
    hi = s.find(", ", t.end - sentence.start)
    fronted = _FRONTED_OBJECT.match(s)
    if fronted and fronted.end() == lo and 0 < lo < rel and hi > 0 and "," not in s[lo + 2:rel]:
        # "Under the deal, reached at a meeting on Friday, Armenia will…": the deal was reached then
        body = s[lo + 2:hi]
        participle = PARTICIPLE_START.match(body)
        told = remove_date_phrase(body, rel - lo - 2, t.end - sentence.start - lo - 2)
        # …but a bare participle ("Under the deal, announced on Friday, Armenia will…") says less than
        # the main clause, which the title keeps
        if participle is not None and participle.group(0).split()[-1].lower() not in PLAN_WORDS and len(told.split()) > 2:
            return f"{fronted['noun']} {told}"
        return None
    # (the commas of a list of names are no edge: "…, put forward by the United States, Saudi Arabia, Egypt
    # and the Emirates in September, has not…")
    between = _NAME_LIST.sub(" ", s[lo + 2:rel]) if 0 < rel - lo < 300 else ","  # (a phrase, not a page)
    # (…nor those of a full date and the "and" of the aside's second participle after it: "The agreement, initialled in
    # Ohio on Nov. 21, 1995, and formally signed in Paris on Dec. 14 that year, ended…")
    between = _COMMA_AND_PARTICIPLE.sub(" and ", _DAY_YEAR_COMMA.sub(" ", between))
    last = s.rfind(", ", 0, rel)
    if "," in between and lo < last < 150 and PARTICIPLE_START.match(s, last + 2) and "," not in s[last + 2:rel] \
            and re.search(r"\sand\s[^,]+$", s[:last]) and not FIRST_VERB.search(s, 0, last) and len(s[:last].split()) <= 12 \
            and hi > 0 and re.match(rf"(?:{AUXILIARY}|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[hi + 2:]):
        # ("Resolution 1325 on women, peace and security, adopted 26 years ago, was cited…": a subject that lists what
        # it is on)
        lo, between = last, ""
    # (a compound's participle is no verb of the subject: "The Kenyan-led mission, approved…")
    if not 0 < lo < rel or hi < 0 or "," in between or len(s[:lo].split()) > 12 \
            or FIRST_VERB.search(without_compounds(s[:lo])) \
            or _SENTENCE_ADVERB.fullmatch(s[:lo].strip()) or OPENING_PHRASE.match(_without_leading_conjunction(s)) \
            or ((opener := FRONTED_OPENER.match(s)) is not None and opener.end() == lo + 2):
        # "However, cited…", "(But) under the deal, announced…", "Born in Turku on 2 March 1942, Lindqvist joined…": no
        # subject before the comma
        return None
    body = s[lo + 2:hi]
    if _TO_BE_DONE.match(body) and not FIRST_VERB.search(s[:lo]):
        # "The new water agreement, to be signed in Tashkent next month, would run…": what is to be done to the subject then
        told = remove_date_phrase(body, rel - lo - 2, t.end - sentence.start - lo - 2)
        return f"{s[:lo]} {'are' if be_for(s[:lo]) == 'were' else 'is'} {told}"
    apposed = _APPOSED_PARTICIPLE.match(body)
    if apposed is not None and apposed.end() == rel - lo - 2 and apposed["part"] not in PLAN_WORDS:
        # "The envoy, a former Malaysian foreign minister appointed in January, said…": what the subject is, and the
        # participle whose date it is ("The envoy was appointed")
        return f"{s[:lo]} {be_for(s[:lo])} {apposed['part']}"
    relative = _FOREIGN_RELATIVE.match(body)
    participle = PARTICIPLE_START.match(body) or _foreign_participle(body) or relative
    if participle is None or participle.group(0).split()[-1].lower() in PLAN_WORDS | _ROMANCE_PLAN_WORDS:
        return None
    inner = _SUBORDINATE_IN_ASIDE.search(body, 0, rel - lo - 2)
    if inner is not None and _SECOND_PARTICIPLE.search(inner["clause"]):
        inner = None  # ("first imposed … after the downing of flight MH17 and widened after Feb. 24, 2022": the aside's
        # second participle, not the time clause, holds the date)
    if inner is not None and tells_a_doing(inner["clause"]):
        # "…corridor, opened in August 2023 after Russia quit the grain deal [that July],": the aside's own clause
        at = lo + 2 + inner.start("clause")
        told = remove_date_phrase(s[at:hi], rel - at, t.end - sentence.start - at)
        return told[:1].upper() + told[1:]
    told = remove_date_phrase(body, rel - lo - 2, t.end - sentence.start - lo - 2)
    for other in inside or ():  # "signed in September 2014 and February 2015": the other date goes too
        at = told.find(other.text) if other is not t else -1
        if at >= 0:
            told = remove_date_phrase(told, at, at + len(other.text))
    if relative:  # "La tregua, que comenzó el 3 de agosto," → "La tregua comenzó", as "which began" reads
        clause = told[relative.end('pronoun'):].lstrip()
        final = re.search(r"\s+([^\W\d_]+)$", clause) if relative["pronoun"] in ("der", "die", "das") else None
        if final is not None:
            # (German puts a relative clause's finite verb last: "der … in Kraft getreten war" → "war in Kraft getreten",
            # "der den Bosnienkrieg beendete" → "beendete den Bosnienkrieg")
            clause = f"{final[1]} {clause[:final.start()]}"
        return f"{s[:lo]} {clause}"
    # "The law, passed in 2010 and amended twice since,": the second participle has no date of this one
    # (…unless the date is the second's: "adopted … in June and signed by Goita on Tuesday")
    second = _SECOND_PARTICIPLE.search(body)
    told = _SECOND_PARTICIPLE.split(told, maxsplit=1)[1 if second and second.end() <= rel - lo - 2 else 0]
    subject = s[:lo]
    governed = re.match(r"(?:En|Dans|Durante|Tras|Nel|Nella|Nei|Na|No|Em)\s+(?=\w)", subject)
    if governed is not None:  # "En la primera vuelta, celebrada el 16 de noviembre,": the round was held, not "in" it
        subject = subject[governed.end():][:1].upper() + subject[governed.end() + 1:]
    object_of = _VERB_THEN_OBJECT.search(subject)
    if object_of is None and FOREIGN_PAST.search(subject) is not None:
        # ("Le Tchad a rouvert jeudi sa frontière avec le Soudan, fermée depuis le 15 avril 2023,": the border, the object
        # of the French past before the aside)
        object_of = _FRENCH_OBJECT_AFTER.match(subject, FOREIGN_PAST.search(subject).end())
    if object_of is not None:  # "Officials expect the bridge, damaged in an attack in October, to reopen": the bridge
        subject = object_of["np"][:1].upper() + object_of["np"][1:]
    if PARTICIPLE_START.match(body):  # "Talks in Jeddah were suspended", "The law was passed"
        return f"{subject} {be_for(subject)} {told}"
    language = language_of(s)
    romance = re.match(rf"(?:[^\W\d_]{{3,}}(?:{'ée?s?|' if language not in ('es', 'pt') else ''}ado|ada|ados|adas|ido|ida|idos|"
                       rf"idas)|{ROMANCE_IRREGULAR_PARTICIPLE})(?!\w)",
                       told) or (re.match(r"[^\W\d_]{3,}(?:at|it|ut)[oaie](?!\w)", told) if language == "it" else None)
    if romance is not None:  # "Le texte, présenté en Conseil des ministres le 15 octobre," → "Le texte a été présenté…"
        return f"{subject} {romance_passive(romance.group(), s)} {told}"
    return f"{subject}, {told}"


#: An appositive's noun phrase and its participle, up to the participle's date: "a former foreign minister appointed in ".
_APPOSED_PARTICIPLE = re.compile(r"(?:a|an)\s+(?:[\w'’-]+\s+){0,5}?(?P<part>appointed|named|elected|re-elected|chosen|nominated|"
                                 r"installed|designated|sworn\s+in|confirmed)\s+(?:in|on|at|last|this|earlier|since)?\s*")
#: The "and" before a second participle: "passed in 2010 [and] amended twice since" (not the "and" of "envoys from both
#: Washington and Moscow").
#: (a prefix with its hyphen is the participle's: "first elected in November 2020 and re-elected…")
_SECOND_PARTICIPLE = re.compile(rf" and (?=(?:\w+ly\s+)?(?:(?:re|co|pre|un)-)?(?:\w{{3,}}ed|{IRREGULAR_PARTICIPLES})\b)")


#: A full date's comma after its day, and the one closing it: "Nov. 21[,] 1995[, and]".
_DAY_YEAR_COMMA = re.compile(r"(?<=\d),(?=\s+\d{4}\b)")
#: A comma before the "and" of a second participle: "…on Nov. 21, 1995[, and] formally signed…".
_COMMA_AND_PARTICIPLE = re.compile(rf"(?<=\d{{4}}),\s+and\s+(?=(?:\w+ly\s+)?(?:(?:re|co|pre|un)-)?(?:\w{{3,}}ed|"
                                   rf"{IRREGULAR_PARTICIPLES})\b)")


#: A subordinate clause inside a participle's aside, up to a date of its own: "…, opened in August 2023 after [Russia quit
#: the grain deal] that July,".
_SUBORDINATE_IN_ASIDE = re.compile(r"\b(?:after|before|when|because|until)\s+(?P<clause>(?:[A-Z][\w.'’-]*|the|a|an|its|their|it|"
                                   r"they|he|she)\b[^,;]*)$")
#: The object right after a French past, a day or adverb between: "[a rouvert] jeudi sa frontière avec le Soudan".
_FRENCH_OBJECT_AFTER = re.compile(r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|déjà|finalement|"
                                  r"officiellement|enfin)\s+)?(?P<np>(?:le|la|les|sa|son|ses|leur|leurs|un|une|des)\s+[^,]{1,50}"
                                  r"|l['’][^,]{1,50})$")
#: A verb (no preposition) and its object, closing what stands before an aside: "Officials expect [the bridge]".
_VERB_THEN_OBJECT = re.compile(r"^(?:(?:The|A|An)\s+)?(?:[\w'’.-]+\s+){0,3}?(?!(?:with|from|over|into|after|before|under|near|"
                               r"about|between|against|during|since|across|along|among|around|without|within|through|"
                               r"toward|towards|upon|onto|than|like|for|and|but|inside|outside|beyond|behind|below|above|"
                               r"beneath|amid|amidst|despite|including|following|regarding|the|its|their)\b)[a-z]{3,}\s+"
                               r"(?P<np>(?:the|a|an|its|their|his|her)\s+[^,]{1,40})$")


def _without_leading_conjunction(s: str) -> str:
    """"But under new terms…" → "Under new terms…": what opens the sentence after its link word."""
    m = re.match(r"(?:But|And|Yet|So|Still)\s+(?=[a-z])", s)
    return s[m.end()].upper() + s[m.end() + 1:] if m else s


#: A list of names joined by commas and a last "and": "the United States, Saudi Arabia, Egypt and the Emirates".
_NAME_LIST = re.compile(r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*,\s+)+(?:and\s+)?(?:the\s+)?[A-Z][\w'’.-]*"
                        r"(?:\s+[A-Z][\w'’.-]*)*\s+(?:and\s+)?")


#: A second past joined on to its clause's verb: " but ended", " and later collapsed".
_SECOND_VERB_JOINED = re.compile(rf"\s(?:and|but)\s+(?:later\s+|then\s+|eventually\s+|quickly\s+)?"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


def subject_modifier_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"The 44-day war in the autumn of 2020 ended with a statement signed on 10 November 2020": a date
    in a phrase after the sentence's opening subject, right before its verb, dates that subject."""
    s = sentence.text
    start = t.start - sentence.start
    end = date_phrase_end(t, inside) - sentence.start
    prep = re.search(r"\s+(?:in|of|during|from)\s+(?:the\s+)?$", s[:start])
    if prep is None and re.match(r"(?:last|this\s+past|earlier\s+this)\s", t.text, re.I):
        prep = re.search(r"\s+$", s[:start])  # ("A first round of talks in Istanbul [last weekend] broke down on Tuesday")
    if prep is None or not FINITE_AFTER.match(s, end):
        return None
    # the main verb must have a date of its own ("…ended with a statement signed on 10 November 2020");
    # "Capital expenditure in 1990 will rise, from $470 million this year" is about 1990 as a whole
    # (in its own clause: "An earlier truce in November 2023 lasted a week, and a second, agreed on Jan. 15…")
    if not any(o.start - sentence.start > end and re.search(r"\b(?:on|in|at|by)\s+(?:the\s+)?$", s[:o.start - sentence.start])
               and not re.search(r",\s+(?:and|but|while|whereas)\s+|;\s+", s[end:o.start - sentence.start])
               # (…nor a second verb's, joined on: "The Geneva Conference in the spring of 1954 tried to settle the question
               # but ended in June")
               and not _SECOND_VERB_JOINED.search(s, end, o.start - sentence.start)
               # (nor a time clause's: "Five days of fighting in late July killed 43 people before a ceasefire took hold on
               # July 28")
               and not re.search(r"\b(?:before|after|when|until|since|while|once)\s", s[end:o.start - sentence.start])
               for o in inside if o is not t):
        return None
    subject = s[:prep.start()].strip()
    if not subject[:1].isupper() or "," in subject or not 2 <= len(subject.split()) <= 8 or FIRST_VERB.search(subject) \
            or OPENING_PHRASE.match(subject):
        return None
    if re.search(r"^\S+(?:\s+\S+){0,3}?\s+(?!during\b|following\b)[a-z]{3,}ing\s+(?:in|at|on|with|near|outside|inside)\b",
                 subject):
        return None  # ("Negotiators meeting in Kuala Lumpur last weekend agreed…": a doing of the subject's, as its verb is)
    return subject
#: The past participles of the other languages read ("lancés en mai 2023", "unterzeichnet im März",
#: "firmado en 2020", "подписанное в марте"), by their endings.
#: A relative pronoun of the other languages opening a clause about the subject: "que comenzó…",
#: "qui a débuté…", "die begann…", "который начался…".
_FOREIGN_RELATIVE = re.compile(r"(?P<pronoun>que|qui|che|der|die|das|который|которая|которое|которые)\s+[^\W\d_]", re.UNICODE)
_FOREIGN_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées|is|ise|it|ite|u|ue|us|ues|t|et|en|ado|ada|ados|adas|ido|ida|"
                                 r"idos|idas|ato|ata|ati|ate|uto|uta|нный|нная|нное|нные|тый|тая|тое|тые)\s", re.UNICODE)
#: The same endings, each language its own: in a Spanish or Portuguese text "después" and "depois" end as French
#: participles do ("-és", "-is") and are prepositions ("…, después de que el anterior expirara el 3 de agosto").
_PARTICIPLE_ENDINGS = {
    "fr": r"é|ée|és|ées|is|ise|it|ite|u|ue|us|ues",
    "es": r"ado|ada|ados|adas|ido|ida|idos|idas",
    "pt": r"ado|ada|ados|adas|ido|ida|idos|idas",
    "it": r"ato|ata|ati|ate|uto|uta|uti|ute|ito|ita|iti|ite",
    "de": r"t|et|en",
    "ru": r"нный|нная|нное|нные|тый|тая|тое|тые",
}
_PARTICIPLE_BY_LANGUAGE = {language: re.compile(rf"(?!(?:{ROMANCE_NOT_PARTICIPLES}|sous|plus|tous|dessus|tandis)\s)"
                                                rf"[^\W\d_]{{3,}}(?:{endings})\s", re.IGNORECASE)
                           for language, endings in _PARTICIPLE_ENDINGS.items()}


def _foreign_participle(body: str) -> re.Match[str] | None:
    """The participle `body` (an aside) opens with, by the endings of the text's language; any language's when it is
    one we read no participle of."""
    # (…or an irregular one of any of them: "I centri…, aperti nell'ottobre 2024,")
    return _PARTICIPLE_BY_LANGUAGE.get(language_of(body), _FOREIGN_PARTICIPLE).match(body) \
        or re.match(rf"{ROMANCE_IRREGULAR_PARTICIPLE}\s", body)


_REPORTED_THAT = re.compile(r"\b(?:said|says|ruled|told\s+[\w ]{1,30}?|announced|reported|confirmed|stated|warned|claimed|"
                            # (what a report found: "A report published last week found that only a third … had been met
                            # by the end of September")
                            r"found|concluded|showed|revealed|noted|"
                            r"adding|added|saying|"  # (", adding that a joint statement is expected later tonight")
                            r"arguing|insisting|claiming|warning|noting|stating)\b"  # (", arguing that the court had…")
                            r"[^,;]{0,40}?\s+that\s+")


#: An undated saying of what had happened: "she said leaders of the two communities had agreed [last week]".
_SAID_PERFECT = re.compile(rf"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|found|ruled|concluded|"
                           rf"established)\s+(?:(?:earlier|later)\s+)?(?:that\s+)?"  # ("Judges found that the accused had ordered the killing…")
                           # (another's doing: "Intel said it had corrected…" is the saying's own subject)
                           # (…or a count's: "said more than 70,000 people had fled")
                           rf"(?P<body>(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|about\s+|nearly\s+|almost\s+|some\s+)?"
                           rf"(?:the|a|an|his|her|its|their|(?!(?:He|She|They|It|We)\b)[A-Z][\w'’.-]*|[a-z]{{3,}}s|\d[\d,.]*)\s"
                           rf"(?:[^,;:\"“”]|(?<=\d),(?=\d{{3}})){{0,90}}?"
                           rf"\bhad\s+(?:(?:already|just|first|also|finally|[a-z]{{3,}}ly)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;:\"“”]*)$")


def perfect_reported(sentence: Sentence, t: Timex) -> Sentence | None:
    """What a saying without a date of its own reports in the past perfect, when that holds the date:
    the date is the reported happening's ("…she said leaders had agreed last week to open two crossings":
    the leaders agreed last week), not the saying's."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _SAID_PERFECT.search(s, max(0, rel - 160), rel)
    if m is None or re.search(rf"\sand\s+(?={SAYERS_PAST.pattern})", s[m.start("body"):rel]):
        return None  # (not past a saying's own past joined on: "…said the government had rigged the vote and called for…")
    body = clause_to_its_end(sentence, m.start("body"), t)
    # (a time clause of its own inside what was said holds the date: "…said his government had made progress since the
    # agreement was signed in September 2018")
    return trailing_subordinate(body, t, []) or body


def reported_part(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """"The ministry said on Monday that troops had shelled villages overnight": a date inside what
    was reported, when another date dates the saying, titles the reported happening."""
    s = sentence.text
    rel = t.start - sentence.start
    m = next(reversed(list(_REPORTED_THAT.finditer(s, 0, rel))), None)  # the nearest saying before the date
    if m is None or m.end() > rel:
        return _reported_without_that(sentence, t, inside)
    if not any(o.end - sentence.start <= m.end() for o in inside if o is not t) \
            and not m.group().lower().startswith(("adding", "added")) and not opens_with_day_next_to(s) \
            and not _SAID_AT_ANOTHER_TIME.search(m.group()):
        return None  # no date of the saying: the sentence is one happening (", adding that…" is a second one)
    lo = m.end()
    # "…said that a commission would meet early next year, and that the sides hoped to sign a deal
    # before the end of the first quarter": the second thing said is told on its own
    more = list(re.finditer(r",?\s+and\s+that\s+", s[:rel]))
    if more and more[-1].start() >= lo:
        lo = more[-1].end()
    if _QUOTE_CLOSED_THEN_PAST.search(s, max(lo, rel - 300), rel):
        # "Asmara said in March 2025 that the accord was "dead" and closed the last border crossing that July": the quoted
        # words closed what was said, and the past joined on after them is the sayer's
        return None
    body = _report_body(s, lo, rel)
    return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)


#: Quoted words closing what was said, then "and" and a past: "…was "dead" and closed".
_QUOTE_CLOSED_THEN_PAST = re.compile(rf"[\"”]\s+and\s+(?:[a-z]+ly\s+)?(?:{PAST_VERB})\b(?![^\"“”]*[\"”])")
#: A saying's own time told by an adverb, not a date: "said earlier that", "confirmed later that".
_SAID_AT_ANOTHER_TIME = re.compile(r"\s(?:earlier|later|previously|afterwards)\s+that\s+$")
#: The sayer's own second saying after what was said: "…had narrowed the gaps[ but warned that a deal was not near]".
_SAYER_SAYS_AGAIN = re.compile(r",?\s+(?:but|and)\s+(?:also\s+)?(?:warned|said|added|cautioned|stressed|insisted|noted|"
                               r"acknowledged|conceded|admitted|denied)\b")


def _report_body(s: str, lo: int, rel: int) -> str:
    """What was said from `lo`, up to the sayer's own next saying after the date at `rel`, if any."""
    again = _SAYER_SAYS_AGAIN.search(s, rel)
    return s[lo:again.start() if again is not None else len(s)].rstrip(" .;")


#: A second predicate of what was said, one that looks ahead: "…that he had spoken with Macron [and would travel]…".
_REPORTED_AND_AHEAD = re.compile(r"\s+and\s+(?=(?:would|will|could|should|might|may|can|is\s+to|are\s+to|was\s+to|were\s+to|"
                                 r"(?:plans?|hopes?|intends?|wants?|expects?|aims?)\s+to|"
                                 # (…or what it is due to do: "…and is expected to hear arguments next year")
                                 r"(?:is|are|was|were)\s+(?:expected|due|set|scheduled|likely)\s+to)\s+[a-z])")


#: A common noun's plural closing a noun phrase: "talks", "the rebels" (not "the crisis", nor a name's "Kallas").
_PLURAL_NOUN_END = re.compile(r"(?:^|\s)[a-z][a-z-]*[^s\W]s$")


def reported_second_predicate(sentence: Sentence, t: Timex, inside: list[Timex]) -> tuple[Sentence, str] | None:
    """"Zelensky said on Sunday that he had spoken with Macron and would travel to Brussels later this week": the date
    of what was said, in its second predicate that looks ahead, dates that predicate alone, told with the report's
    subject (the first predicate, undated, is a past of the saying)."""
    part = reported_part(sentence, t, inside)
    s = sentence.text
    if part is None:
        return None
    lo, rel = part.start - sentence.start, t.start - sentence.start
    join = next(reversed(list(_REPORTED_AND_AHEAD.finditer(s, lo, rel))), None)
    if join is None or any(lo <= o.start - sentence.start < join.start() for o in inside) \
            or re.search(r"[,;:()]|\b(?:that|which|who|when|if|after|before|until|since)\b", s[join.end():rel]):
        return None
    subject = subject_of(s[lo:lo + 1].upper() + s[lo + 1:join.start()])
    if subject is None or not FIRST_VERB.search(s, lo, join.start()):
        return None
    if s[join.end():join.end() + 3] in ("is ", "was") and s[lo].islower() \
            and _PLURAL_NOUN_END.search(subject[:1].lower() + subject[1:]):
        # "The envoy said that talks had stalled and is due to return": a singular verb after a plural reported subject
        # goes on with the sayer
        subject = subject_of(s[dateline_end(s):])
        if subject is None:
            return None
    return Sentence(sentence.start + join.end(), part.end, s[join.end():part.end - sentence.start]), subject


#: A saying whose report follows without "that": "Residents said shelling continued…".
_SAID_BARE = re.compile(r"\b(?:said|says|reported|confirmed|warned|claimed|told\s+(?:reporters|journalists|[A-Z][\w.]*))\s+")


#: A live entry's dash after its stamp, then a sayer of a few words: " - Ukrainian negotiator Rustem Umerov ".
_STAMP_THEN_SAYER = re.compile(r"\s*[-–—:|]\s+(?:[\w'’.-]+\s+){1,8}")


def _reported_without_that(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """"Residents reached by phone on Friday said shelling continued overnight on Thursday": a report
    without "that", a clause with its own subject and verb right after the saying (and its date), titles
    the report's own date when another dates the saying."""
    s = sentence.text
    rel = t.start - sentence.start
    m = next(reversed(list(_SAID_BARE.finditer(s, 0, rel))), None)
    if m is None or not any((m.start() - 40 <= o.start - sentence.start
                             # (…or a live entry's stamp, its subject before its saying: "18:40 GMT - Ukrainian negotiator
                             # Rustem Umerov says the delegation will travel … this weekend")
                             or o.start == sentence.start and o.type == "TIME" and _STAMP_THEN_SAYER.fullmatch(
                                 s, o.end - sentence.start, m.start()))
                            and o.end - sentence.start <= m.end() + 25 and o.end <= t.start for o in inside if o is not t):
        return None  # (the saying's own date stands beside it: "reached by phone on Friday said", "said on Friday")
    lo = m.end()
    right_after = next((o for o in inside if o is not t and 0 <= o.start - sentence.start - lo <= 3), None)
    if right_after is not None:  # "said on Friday shelling continued…": the saying's date goes with it
        lo = right_after.end - sentence.start
        lo += len(s[lo:]) - len(s[lo:].lstrip(" ,"))
    # (a modal's verb too: "said an additional brigade would be available…")
    verb = VERB.search(s, lo, rel) or _MODAL_WORD.search(s, lo, rel)
    if re.match(r"(?:they|he|she|it|we)\s+(?:(?:would|will)\s+(?!not\b|be\s+(?:able|ready|willing|happy|prepared)\b)"
                r"|had\s+(?:(?:already|just|also)\s+)?(?!been\b))[a-z]{3,}", s[lo:rel]) \
            and not re.search(r"[,;:]|\b(?:that|which|who|when|after|before)\b", s[lo:rel]):
        # "Judges said on Thursday they would deliver their verdict on Dec. 9": what the speakers will do, on a
        # day of its own, is the report's happening (the pronoun is theirs); so is what they had done ("The
        # military said on Thursday it had launched an operation earlier this week")
        body = _report_body(s, lo, rel)
        return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)
    # (nor a time clause after the saying: "…told reporters after the session ended Sunday evening")
    if lo >= rel or re.match(r"(?:that|it|he|she|they|we|I|to|in|on|at|of|for|with|by|after|before|when|while|as|since|"
                             r"until|once|because|if)\b", s[lo:]) or verb is None \
            or not re.fullmatch(r"(?:[\w'’.-]+\s+){1,6}", s[lo:verb.start()]) or re.search(r"[,;:]", s[lo:rel]):
        return None  # (a subject of a few words and its verb; a pronoun's report is the speaker's own)
    body = _report_body(s, lo, rel)
    return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)


_MODAL_WORD = re.compile(r"\b(?:would|will|could|should|might|must)\b")


_CONCESSION = re.compile(r"\s*(?:Although|Though|Even\s+though|Even\s+as|Despite\s+the\s+fact\s+that)\s+(?P<clause>[^,;]+),\s")


def opening_since_past(text: str, clause: str) -> bool:
    """Whether `text` opens with "since" and its `clause` with a subject's past: "Since the army seized power in 2021, it
    has held no election" tells the seizing, which the main clause's perfect only counts from."""
    return bool(_SINCE_OPENING.match(text) and _SUBJECT_THEN_PAST.match(clause))


#: A bare noun of what befalls a country, and its past: "war broke out", "fighting erupted", "famine struck".
BARE_HAPPENING_PAST = re.compile(r"(?:(?:civil|full-scale|open|heavy)\s+)?(?:war|fighting|violence|unrest|famine|peace|"
                                  r"chaos|cholera|conflict)"
                                  # (…with its sides or place: "war [with the RSF] erupted", "fighting [between the army
                                  # and the RSF] broke out")
                                  r"(?:\s+(?:with|between|against|in|over)\s+(?:the\s+)?[\w'’.-]+"
                                  r"(?:\s+(?:and\s+(?:the\s+)?)?[\w'’.-]+){0,3}?)?"
                                  r"\s+(?:(?:first|finally|again)\s+)?(?:broke\s+out|erupted|ended|"
                                  r"began|resumed|spread|flared(?:\s+up)?|returned|struck|came|engulfed|hit)\b")


def conceded_part(sentence: Sentence, t: Timex) -> Sentence | None:
    """"Although parliament ratified the deal on Wednesday, the opposition vowed…": an opening
    concession and the main clause that answers it are two happenings; the part that holds `t`.
    So is an opening time clause with its own subject that holds the date ("Hours after the ceasefire
    took effect at 5 p.m., both sides accused each other…": the ceasefire took effect then)."""
    m = _CONCESSION.match(sentence.text)
    rel = t.start - sentence.start
    if m is None:
        m = OPENING_TIME_CLAUSE.match(sentence.text)
        # "When envoys first met in May 2023, barely three weeks after fighting broke out on April 15, the
        # hope was…": a second time clause after the first holds its own happening too
        counted = _COUNTED_TIME_CLAUSE.match(sentence.text, m.end()) if m is not None else None
        if counted is not None and counted.start("clause") <= rel < counted.end("clause") \
                and FINITE_IN_CLAUSE.search(counted["clause"]):
            return Sentence(sentence.start + counted.start("clause"), sentence.start + counted.end("clause"),
                            counted["clause"])
        # (a bare plural and its phrase: "When envoys from Riyadh and Washington first brought…")
        stated = m is not None and m.start("clause") <= rel < m.end("clause") and _STATE_MAIN_CLAUSE.match(sentence.text, m.end()) \
            and re.match(rf"(?:\d+\s+)?[^,;]{{2,80}}?\s(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", m["clause"])
        if stated:
            # "When 35 leaders signed the Final Act on Aug. 1, 1975, the Cold War was at its height": a main clause of a state
            # tells no happening, so the time clause is the date's
            return Sentence(sentence.start + m.start("clause"), sentence.start + m.end("clause"), m["clause"])
        # (a date right after the conjunction is a phrase of the main clause, its comma left out: "Since February 2022 it
        # has frozen about 210 billion euros of assets, most of them held in Belgium")
        if m is None or not m.start("clause") < rel < m.end("clause") \
                or not (OWN_SUBJECT.match(m["clause"]) or re.match(r"[a-z]{3,}s\s+(?:from|of|in|at|on|for)\s", m["clause"])
                        # (…or a bare noun of what befalls a country and its past: "When [war broke out] in March 1991")
                        or BARE_HAPPENING_PAST.match(m["clause"])) \
                or not (FINITE_IN_CLAUSE.search(m["clause"]) or PLURAL_SCHEDULED_PRESENT.search(m["clause"])
                        or BARE_HAPPENING_PAST.match(m["clause"])
                        # (…a name and a past spelled like its present: "When Russia quit the grain deal in July 2023")
                        or _NAME_THEN_PRESENT_LIKE_PAST_OBJECT.match(m["clause"][:1].upper() + m["clause"][1:])
                        # (a determined subject and its past, in a sentence too long to title whole: "When the two
                        # sides agreed in Brussels in February 2023 on a plan to normalise relations, European
                        # diplomats spoke of a breakthrough"; not "When the Soviet Union collapsed in 1991, full-scale
                        # war broke out", which tells both)
                        or (_DETERMINED_SUBJECT_PAST.match(m["clause"]) and len(sentence.text) > TITLE_MAX + 20)
                        # (…and any subject's past after "since", which the main clause only counts from: "Since the
                        # army seized power in 2021, it has held no election")
                        or opening_since_past(sentence.text, m["clause"])):
            # ("When the ministers gather in Vienna on Dec. 3, they…": a present of what is scheduled is a clause's verb)
            return None  # "Before his Sunday night address, Castro…": a phrase, not a clause
    if m.start("clause") <= rel < m.end("clause"):
        return Sentence(sentence.start + m.start("clause"), sentence.start + m.end("clause"), m["clause"])
    if rel >= m.end():
        return Sentence(sentence.start + m.end(), sentence.end, sentence.text[m.end():])
    return None


#: A main clause that tells a state, after an opening time clause: "[the Cold War was at its height]", "[the city lay in
#: ruins]", "[relations were tense]" (not a passive of a doing: "the city was shelled").
_STATE_MAIN_CLAUSE = re.compile(rf"\s*(?:(?:the|its|their|his|her|relations|ties|[A-Z][\w'’-]*)\b[^,;]{{0,50}}?\s(?:was|were|lay|"
                                rf"remained|seemed|looked|stood)\s+(?!(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}|"
                                rf"being|not\b))"
                                # (…or what people thought of it then: "few expected the break to last", "no one believed")
                                r"|(?:few|many|some|most|no\s+one|nobody|(?:few|many|some|most)\s+(?:[a-z]+\s+)?[a-z]+s)\s+"
                                r"(?:(?:had|would\s+have|could\s+have)\s+)?(?:expected|thought|believed|imagined|predicted|"
                                r"doubted|foresaw|assumed|guessed|dared\s+to\s+hope|expect|predict|believe)\b)"
                                r"[^,;]{1,40}[.!]?\s*$")
#: A clause's determined subject and its past right after it: "the two sides agreed", "its forces withdrew".
_DETERMINED_SUBJECT_PAST = re.compile(rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                      rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: …one of at least two words with a past of no object, and where right after it: "a station canopy collapsed in Novi Sad".
_DETERMINED_SUBJECT_INTRANSITIVE = re.compile(rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{1,3}}?"
                                              rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                              r"(?=\s+(?:in|at|near|outside|inside)\s+(?:the\s+)?[A-Z])")
#: An opening "since", what a main clause's perfect counts from.
_SINCE_OPENING = re.compile(r"\s*[Ss]ince\s")
#: A subject, a name, a determined noun phrase or a pronoun, and its past right after it: "the army seized", "María Ángela
#: Holguín returned", "she returned".
_SUBJECT_THEN_PAST = re.compile(rf"(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?|(?:[A-ZÀ-Ý][\w'’.-]*\s+){{1,4}}"
                                r"|(?:he|she|they|it|we)\s+)"
                                rf"(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
_COUNTED_TIME_CLAUSE = re.compile(rf"\s*(?:{COUNT_HEDGE}\s+)?"
                                  r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                                  rf"{TIME_UNIT}\s+(?:after|before)\s+(?P<clause>[^,;]+),\s")
OPENING_TIME_CLAUSE = re.compile(r"\s*(?:(?:Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Just|Soon)\s+)?"
                                 r"(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ss]ince|[Oo]nce|[Aa]s\s+soon\s+as)\s+"
                                 # (a full date's own comma is no end of it: "When they met on Nov. 16, 2021, …")
                                 r"(?P<clause>(?:[^,;]|,(?=\s*\d{4}\b))+),(?!\s*\d{4}\b)\s")


#: A conjunction that opens a time clause without a comma before it: "…before Malaysia's prime minister…".
# (not a role after a relative or a subject pronoun: "who as Algeria's foreign minister brokered…")
_TIME_CONJUNCTION = re.compile(rf"\b(?:before|{_NOT_A_NAMING_BEFORE}after|until|since|when|once|"
                               r"(?<!who\s)(?<!he\s)(?<!she\s)(?<!they\s)as|"
                               r"while)\s+"
                               r"(?=(?:the|a|an|its|their|his|her)\s|[A-Z]|(?:armed|masked|suspected|unidentified)\s+[A-Z]"
                               # (…or a demonstrative's, before its noun's past: "weeks after that truce collapsed")
                               rf"|(?:that|this|these|those)\s+[a-z][\w-]*\s+(?:[a-z]{{3,}}ed|{PAST_VERB})\b"
                               # ("…before leaders gather in Gyeongju"; with an adjective after "as" or "while": "…, as military
                               # officers from both countries prepared to meet")
                               r"|(?:they|we|he|she)\s|[a-z]{3,}s\s+[a-z]|(?:(?<=as\s)|(?<=while\s))[a-z]{3,}\s+[a-z]{3,}s\s+[a-z]"
                               # (…or a bare plural's with a noun before it, then its past or a second noun joined: "after
                               # government troops withdrew", "after government troops and allied militias withdrew")
                               rf"|[a-z]{{3,}}\s+[a-z]{{3,}}s\s+(?:and\s+[a-z]|(?:{PAST_VERB})\b)"
                               # (…or a quantifier's: "after no candidate secured a majority", "before each side withdrew")
                               r"|(?:no|neither|each|every|both)\s+[a-z][\w-]*\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|won|held|got|"
                               r"took|met|made|gave|came|left|had)\b"
                               # (a mass noun's, at another time than the main clause's: "since fighting flared", not
                               # "began on April 15, when fighting broke out", one happening)
                               r"|(?:(?<=since\s)|(?<=after\s)|(?<=before\s)|(?<=until\s))(?:fighting|shelling|violence|unrest|"
                               r"rioting|looting)\s+[a-z]"
                               # (…or a body's, named bare, and its past: "after parliament passed a law")
                               rf"|(?:{BARE_BODIES})\s+(?:[a-z]+ly\s+)?"
                               r"(?:[a-z]{2,}ed|met|held|won|lost|took|gave|made|set|cut|put|began|voted)\b)")


#: What stands between the dates of a list: "on Nov. 12[ and ]Nov. 13", "on March 3[, ]5[ and on ]9".
_DATES_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:(?:on|in)\s+)?")


def set_off_time_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """"…had been tense for months when, on the night of March 31, 2025, Algeria's air defences shot down a drone": a time
    clause whose date, set off between commas, opens it is that date's happening, and goes on after the date."""
    s = sentence.text
    start = t.start - sentence.start
    if _CONJUNCTION_THEN_SET_OFF.search(s, max(0, start - 60), start) is None:
        return None
    after = re.match(r",\s+", s[date_phrase_end(t, [t]) - sentence.start:])
    at = date_phrase_end(t, [t]) - sentence.start + (after.end() if after else 0)
    if after is None or not OWN_SUBJECT.match(s, at) or not FINITE_IN_CLAUSE.search(CAPITALISED_WORDS.sub("", s[at:at + 120])):
        return None
    return Sentence(sentence.start + at, sentence.end, s[at:])


#: A few words quoted and closed: '"foreign agents"', '“constructive”'.
_CLOSED_QUOTATION = re.compile(r"[\"“][^\"“”,;]{1,40}[\"”]")


#: A singular noun phrase, then a plural's verb: "the coup were", "the attack have" (no subject and its verb).
_SINGULAR_THEN_PLURAL_VERB = re.compile(r"(?:the|a|an|its|their|this|that)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                        r"(?P<head>[a-z][\w-]*[^s\W])\s+(?:were|are|have)\b")
#: A month or a day after a time conjunction, then a verb: "[since] March were", "[after] Sunday was" (a time phrase, no
#: subject and its verb).
_CALENDAR_THEN_VERB = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                                 r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4})\s+(?:were|was|are|is|have|"
                                 r"has|had)\b")
#: A subject and its past inside what opens like a phrase: "[the court ruled that]", "[the army took the]".
_SUBJECT_AND_PAST_IN_OPENING = re.compile(rf"\b(?:the|a|an|its|their)\s+[a-z]+\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                          r"\s+(?:that|to|the|a|an|its|their)\b")
#: Plurals that do not end in "s": "the police were".
_PLURAL_WITHOUT_S = frozenset({"people", "police", "military", "children", "men", "women", "media", "clergy", "staff",
                               "personnel", "public", "government", "cattle", "youth", "crew", "majority", "team"})


def _singular_then_plural_verb(body: str) -> bool:
    """Whether `body` opens with a singular noun and a plural's verb ("the coup were lifted"): no subject and its verb,
    but a time phrase's noun before the main subject's verb."""
    disagreeing = _SINGULAR_THEN_PLURAL_VERB.match(body)
    return disagreeing is not None and disagreeing["head"] not in _PLURAL_WITHOUT_S


#: A person's pronoun and its past, opening a time clause: "he resigned", "she fled".
_PERSON_PRONOUN_PAST = re.compile(rf"(?:he|she)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


def trailing_subordinate(sentence: Sentence, t: Timex, others: list[Timex]) -> Sentence | None:
    """The time clause that holds `t` when it has a subject and verb of its own: "…killed 43 people
    before Malaysia's prime minister brokered a truce in Putrajaya on July 28" dates the truce, not the
    killing; the clause runs from its conjunction to the first comma after the date."""
    s = sentence.text
    start = t.start - sentence.start
    conjunctions = list(_TIME_CONJUNCTION.finditer(s, max(0, start - 120), start))
    if not conjunctions:
        return None
    lo = conjunctions[-1].end()
    # (a list of dates is one: "…after the envoy visited the region on Nov. 12 and Nov. 13" dates the visit twice)
    listed = sorted((o for o in others if t.start > o.start >= sentence.start + lo), key=lambda o: o.start)
    while listed and _DATES_LISTED.fullmatch(s, listed[-1].end - sentence.start, start):
        start = listed.pop().start - sentence.start
    body = s[lo:start]
    # (a demonstrative opening its subject is no relative word: "…weeks after [that] truce collapsed in March")
    body = _DEMONSTRATIVE_SUBJECT.sub(r"\g<space>the", body, count=1)
    if _TIME_AS_OBJECT.match(body):
        return None  # ("The last talks before [this year] were held in Istanbul": a date's preposition, no clause's conjunction)
    if _singular_then_plural_verb(body):
        return None  # ("Sanctions imposed … in the days after the coup [were] lifted in February 2024": the plural verb is
        # the main subject's, the singular after the conjunction only the time it was imposed)
    # (the clause's verb may come after its date: "…after clashes between residents and guards [overnight] left two
    # people dead")
    subject_then_date = re.match(r"(?:[a-z]{3,}s|(?:the|its|their)\s+[a-z][\w-]*)\s", body) is not None \
        and not VERB.search(CAPITALISED_WORDS.sub("", body)) \
        and re.match(rf"\s+(?:{PAST_VERB})\s+(?!by\b)", s[t.end - sentence.start:]) is not None
    # (not "…days after Russia's invasion in February 2022 and was granted candidate status in June": the
    # main subject's second predicate, after another date)
    # (a town's country is no comma of the clause: "…since Modi and Xi met in Kazan[, Russia,] in late 2024")
    # (a quotation closed inside it is a few words of it: 'after parliament passed a law on "foreign agents" in May')
    # (…nor an "as" phrase before the main subject's second past: "was founded … as a mutual defence pact and became…")
    # (an adjective's -ed before a plural and its past is no second predicate: "after government troops and [allied]
    # militias withdrew")
    if re.search(rf"[,;:()—\"“”]|\b(?:that|which|who)\b|\band\s+(?:was|were|had|has|is|are|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b"
                 rf"(?!\s+[a-z]{{3,}}s\s+(?:{PAST_VERB})\b)",
                 without_place_appositions(NAME_SET_OFF.sub(" ", _CLOSED_QUOTATION.sub("q", body) + " x")).rstrip(" x")) \
            or listed \
            or not (OWN_SUBJECT.match(body) or PLURAL_SCHEDULED_PRESENT.match(body) or subject_then_date
                    # (…or a person's pronoun and its past: "who governed from 2006 until [he resigned] in November 2019")
                    or _PERSON_PRONOUN_PAST.match(body)) \
            or not (FINITE_IN_CLAUSE.search(CAPITALISED_WORDS.sub("", body)) or SINGULAR_PAST_LIKE_PRESENT.match(body)
                    or _PERSON_PRONOUN_PAST.match(body)
                    # (…or a bare subject whose past the subject's pattern took: "after [parliament approved] changes")
                    or (own := OWN_SUBJECT.match(body)) is not None and re.search(rf"\s(?:{PAST_VERB})$", own.group())
                    or _SUBJECT_THEN_INTRANSITIVE.fullmatch(body) and re.match(r"\s*(?:[.;,!?]|$)", s[t.end - sentence.start:])
                    # (…or a determined subject's past with no object, then where: "after [a station canopy collapsed] in
                    # Novi Sad in November 2024")
                    or _DETERMINED_SUBJECT_INTRANSITIVE.match(body)
                    or re.match(ADJECTIVE_PEOPLE_PAST, body)
                    # (…or a name and its past: "days after [Russia invaded] Ukraine")
                    or re.match(rf"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}\s+(?:{PAST_VERB})\b(?![^,;]*\b(?:following|after|"
                                rf"before|amid)\b)", body)
                    or PLURAL_SCHEDULED_PRESENT.match(body) or _SINGULAR_SCHEDULED_PRESENT.match(body) or subject_then_date
                    # (…or a chronology's present: "…; five rounds are held before Israel strikes Iran in June")
                    or NAME_THEN_PRESENT.match(body.lstrip()) and _opens_an_entry_line(s)):
        return None
    if conjunction_is_a_preposition(s, conjunctions[-1].start(), t.end - sentence.start):
        return None
    return clause_to_its_end(sentence, lo, t)


#: A past right after a date, with no conjunction between: the main verb, back after a clause in its subject.
_MAIN_PAST_RIGHT_AFTER = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b(?!\s+by\b)")


def conjunction_is_a_preposition(s: str, at: int, date_end: int) -> bool:
    """Whether the "since" (or "after", "before") at `at` is a preposition of the sentence's subject, the verb after it
    the main one: "The worst fighting since the war came in 2016, when…" has no verb of its subject before the word nor
    any after the date, so "came" is the subject's."""
    if not re.match(r"(?:since|after|before|until)\s", s[at:at + 7]):
        return False
    opened = s[dateline_end(s):at]
    # (a noun phrase, no count of the time between: "Thirty years after the border was drawn, in 1996, few…"; a short one:
    # a long opening is no bare subject, and the looks stay bounded in a long sentence)
    return len(opened) <= _SUBJECT_REACH and _DETERMINED_OPENING.match(opened) is not None \
        and not _TIME_COUNT_END.search(opened) and not VERB.search(opened) and not FIRST_VERB.search(opened) \
        and not _PRESENT_BEFORE_CONJUNCTION.search(opened) and not re.search(rf"\b(?:{AUXILIARY}|not)\b", opened) \
        and not VERB.search(_MAIN_CLAUSE_GOES_ON.split(s[date_end:date_end + _SUBJECT_REACH], 1)[0])


#: How far a bare subject reaches before its "since", and how far its main verb is looked for after the date.
_SUBJECT_REACH = 200


#: A sentence's determined subject opening it: "The worst fighting", "Its first meeting".
_DETERMINED_OPENING = re.compile(r"\s*(?:The|A|An|Its|Their|His|Her|This|That)\s+\S")
#: A count of time closing a phrase: "Thirty years", "two days", "Shortly".
_TIME_COUNT_END = re.compile(r"\b(?:years?|months?|weeks?|days?|hours?|decades?|minutes?|moments?|shortly|soon|just|long)\s*$",
                             re.I)
#: A thing's head and the "between" of its two sides, right before them: "A ceasefire between ".
_HEAD_BETWEEN_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+between\s+$")
#: A present right before a conjunction, the subject's verb: "The talks [come] after", "The vote [is] before".
_PRESENT_BEFORE_CONJUNCTION = re.compile(r"\b(?:comes?|follows?|happens?|occurs?|is|are|takes?\s+place|arrives?|begins?|"
                                         r"starts?|ends?|resumes?|opens?|returns?|remains?|stays?|has|have)\s*$")
#: Where what follows a date stops being the main clause: a closing clause of time or a relative, or the sentence's end.
_MAIN_CLAUSE_GOES_ON = re.compile(r"[,;:]\s+(?:when|which|who|where|as|after|before|while|whose)\b|[.;!?]")


def _opens_an_entry_line(s: str) -> bool:
    """Whether the sentence is a chronology's entry, opened by its date label: "Mid-2025 — ", "March 10, 2023 — "."""
    return ENTRY_LABEL.match(s) is not None or COLON_ENTRY_LABEL.match(s) is not None
#: A subject and a past that takes no object, up to its date: "the truce collapsed in ", "their talks ended on ".
_SUBJECT_THEN_INTRANSITIVE = re.compile(rf"(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){{0,3}}?{INTRANSITIVE.pattern}\s+"
                                        r"(?:(?:in|on|at|during|last)\s+)?")
#: A demonstrative determiner opening a clause's subject, before its noun and past: "[that] truce collapsed".
_DEMONSTRATIVE_SUBJECT = re.compile(rf"^(?P<space>\s*)(?:that|this|these|those)(?=\s+[a-z][\w-]*\s+(?:[a-z]{{3,}}ed|{PAST_VERB})\b)")
#: A time right after a conjunction, which makes it a preposition: "before [this year] were held", "after [2020] came".
_TIME_AS_OBJECT = re.compile(r"\s*(?:(?:this|last|next|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|"
                             r"(?:early|late|mid-?)?\s*(?:1[89]|20)\d\d|then|now|dawn|noon|midnight)\s+"
                             rf"(?:{AUXILIARY}|{PAST_VERB})\b")
#: A time conjunction, then the date of its clause set off by a comma: "when, on the night of ", "after, in ".
_CONJUNCTION_THEN_SET_OFF = re.compile(r"\b(?:when|after|before|until|once|as)\s*,\s*(?:(?:on|in|at|during|by)\s+)?"
                                       r"(?:the\s+(?:night|morning|evening|afternoon|eve)\s+of\s+)?$")
#: …and a singular one: "before the next General Assembly session opens [in September]".
_SINGULAR_SCHEDULED_PRESENT = re.compile(r"(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'’.-]+\s+){0,5}?"
                                         # (…or a name's: "before President-elect Donald Trump takes office")
                                         r"|(?:[A-Z][\w'’.-]*\s+){1,4})(?:opens|begins|starts|ends|closes|"
                                         r"expires|convenes|reconvenes|meets|resumes|takes\s+(?:effect|office|place))(?:\s+(?:on|in|at))?\s*$")


#: The main verb right after a restrictive relative clause's date: "Rebels who seized the town in
#: March [have withdrawn]".
_MAIN_VERB_NEXT = re.compile(rf"\s+(?:{AUXILIARY}|[a-z]{{3,}}ed)\b")


def up_to_main_verb(sentence: Sentence, part: Sentence, t: Timex) -> Sentence:
    """A relative clause without commas runs to its date when the main verb comes right after it,
    unless its noun is a preposition's ("issues on the Exchange that fell…": which fell is not sure)."""
    end = t.end - part.start
    after_preposition = re.search(rf"\b(?:of|{NOUN_PREPOSITIONS})\s+$",
                                  sentence.text[:part.start - sentence.start])
    # (not a date that opens the clause, before its own verb: "Mr. Doyle, who yesterday trimmed his forecast")
    opens_it = re.search(r"\b(?:who|which|that)\s+$", part.text[:t.start - part.start])
    if 0 < end < len(part.text) and _MAIN_VERB_NEXT.match(part.text, end) and not after_preposition and not opens_it:
        return Sentence(part.start, t.end, part.text[:end])
    return part


#: A clause that takes, loses or attacks a place, with "it" for its object: "…; the army retook it".
_PLACE_IT = re.compile(r"\b(?:retook|recaptured|regained|reclaimed|retaken|captured|seized|took|lost|abandoned|"
                       r"liberated|entered|stormed|shelled|besieged|encircled|surrounded|evacuated|overran|controls?|"
                       r"controlled|held|holds)\s+it$")
_NOT_A_NOUN_WORD = r"(?!(?:in|on|at|of|for|and|or|from|to|with|by|after|before|during|last|this|next|early|late)\b)"
#: The place an earlier clause took or attacked: "The RSF seized Wad Madani…", "Rebels took the airport…".
_PLACE_TAKEN = re.compile(r"\b(?:took|seized|captured|overran|entered|stormed|shelled|besieged|encircled|surrounded|"
                          r"attacked|lost|abandoned|liberated|retook|recaptured|held|controlled)\s+"
                          rf"(?P<place>the\s+(?:{_NOT_A_NOUN_WORD}[a-z][\w-]*\s+)?{_NOT_A_NOUN_WORD}[a-z][\w-]*"
                          r"|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\b")


def place_for_it(title: str, before: str) -> str:
    """"The army retook it" → "The army retook Wad Madani": in a sentence of two clauses about one place
    ("The RSF seized Wad Madani in December 2023; the army retook it in January"), the second
    clause's "it" is the place the first one took, when exactly one was."""
    if not _PLACE_IT.search(title):
        # (…or the one thing the first clause's past was done to: "The parliament approved the bill…, and is expected to
        # pass it into law" → "…to pass the bill into law")
        it = re.search(r"(?<=[a-z]{3}\s)it(?=\s+(?:into|to|on|in|through|before|by|at)\b|$)", title)
        thing = _MAIN_OBJECT.search(before.rstrip(" ,;")) if it is not None else None
        if thing is None or _PLURAL_HEAD.search(thing["np"]):
            return title  # ("deployed its first officers …, a year after the council authorised it": "it" is no plural)
        np = re.sub(r"^(?:a|an)\s", "the ", thing["np"])  # (told again, it is the one told: "…implementing the new plan")
        return f"{title[:it.start()]}{np}{title[it.end():]}"
    places = {m["place"] for m in _PLACE_TAKEN.finditer(before)}
    return f"{title[:-2]}{places.pop()}" if len(places) == 1 else title


#: A noun phrase whose head is plural: "its first officers", "the talks" (not "the process", "the status", "the crisis").
_PLURAL_HEAD = re.compile(r"(?<![sui])s$|\b(?:people|troops|police|forces|children|men|women)$")


#: ", and the country's top court…", "; rebels…": a clause joined on with a subject of its own.
_JOINED_CLAUSE = re.compile(rf"\s+(?-i:y|et|e)\s+(?={_ROMANCE_SUBJECT_THEN_VERB})|"  # ("…y su candidato, X, se exilió")
                            r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|"
                            r"[Tt]hat|[Tt]hese|[Tt]hose|he|she|they|we|some|many|most|few|several|others)\s|[A-Z][a-z]"
                            # ("…courting the West; it froze its participation…": after a semicolon, "it" too)
                            r"|(?<=;\s)it\s"
                            # ("…, and diplomats expect Ankara to…": a view held now, its holders a bare plural)
                            rf"|(?:{PRESENT_VIEW.pattern})"
                            # ("…, and annual inflation hit 23 percent in September": a bare noun phrase and its past)
                            # ("…, and on Aug. 11 they advanced on Gori": an opening date, then the clause's subject)
                            r"|(?:on|in|by|late\s+on|early\s+on)\s+[\w.' -]{2,30}?,?\s+(?:he|she|they|it|we|the|its|their|both|all|"
                            r"each|[A-Z][a-z])"
                            # ("…, and at the NATO summit in The Hague in June they committed…": where, then when)
                            r"|(?:at|during)\s+(?:the\s+)?[^,;]{2,60}?\s+(?:on|in)\s+[\w.' -]{2,30}?,?\s+(?:he|she|they|it|we)\s"
                            r"|(?!(?:then|later|also|still|subsequently|eventually|finally|again|was|were|had)\b)[a-z]{3,}"
                            rf"(?:\s+[a-z]{{3,}}){{0,2}}\s+(?:{TRANSITIVE_PASTS}|{words_pattern(PAST_LIKE_PRESENT)}|[a-z]{{3,}}ed"
                            # ("…, and ministers will discuss it on 15 December": or a modal and its verb)
                            r"|(?:will|would|could|should|must|may|might|can)\s+(?:also\s+)?[a-z]{2,}"
                            # ("…, but fines for abstention were halved this year": or a passive)
                            r"|(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)"
                            # ("…, and campaigning officially begins the following day": or a schedule's present)
                            r"|takes\s+effect|begins|ends|starts|expires|opens|closes|resumes"
                            # ("…, and finance ministers are due to discuss it on Dec. 9": or a schedule said so)
                            r"|(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to\s+[a-z]{2,})\b)")


#: ", and" and a clause with a subject and verb of its own: ", and both sides want a successor", ", and the talks
#: will resume".
# (…after a phrase of time of its own: ", and [by then] both governments had changed")
_AND_OWN_CLAUSE = re.compile(rf",\s+and\s+(?:(?:by\s+then|since\s+then|by\s+that\s+time|at\s+the\s+time|meanwhile|now|"
                             rf"today|since),?\s+)?"
                             # (…or a pronoun: ", and it has never been replaced by a peace treaty")
                             rf"(?=(?:the|a|an|its|their|his|her|both|all|most|many|some|it|they|he|she|[A-Z][\w'’-]*)\s+"
                             rf"(?:[\w'’-]+\s+){{0,3}}?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|will|would|could|can|must|may|"
                             r"might|should|is|are|was|were|has|have|had|wants?|says?|hopes?|expects?|remains?|plans?|fears?|"
                             r"insists?|needs?)\b"
                             # (…or a bare plural and its view: ", and diplomats want a deal before then")
                             r"|[a-z]{3,}s\s+(?:want|say|hope|expect|fear|insist|need|doubt|believe|worry|warn)\b)")


#: "But" in the other languages, after a comma, opening a clause that goes on to its end: ", mas ficou suspenso…".
_FOREIGN_BUT = re.compile(r",\s+(?:mas|pero|mais|ma|aber|jedoch|но|але|ama|fakat)\s+(?=[^\W\d_])[^;]*$")
_FOREIGN_BUT_LANGUAGES = ("fr", "es", "pt", "it", "de", "ru", "uk", "tr")


def first_joined_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """The clause that holds a sentence's only date when another with its own subject and verb, and no date,
    is joined on after it: "The framework expires in mid-December, and both sides want a successor" is the
    expiry's."""
    s = sentence.text
    end = t.end - sentence.start
    join = _AND_OWN_CLAUSE.search(s, end)  # (", but Moscow postponed them" says what became of it, and stays)
    foreign = _FOREIGN_BUT.search(s, end) if join is None else None
    if foreign is not None and not any(ch.isdigit() for ch in s[foreign.end():]) and language_of(s) in _FOREIGN_BUT_LANGUAGES:
        # "O projeto foi lançado em 2010, mas ficou suspenso durante mais de uma década": the other languages' "but" and
        # what became of it after, undated, go
        return Sentence(sentence.start, sentence.start + foreign.start(), s[:foreign.start()])
    if join is None or any(ch.isdigit() for ch in s[join.end():]) \
            or not VERB.search(s, dateline_end(s), t.start - sentence.start) and not FIRST_VERB.search(s, 0, t.start - sentence.start) \
            and not PLURAL_COURSE_PRESENT.search(s, 0, t.start - sentence.start):
        return None
    return Sentence(sentence.start, sentence.start + join.start(), s[:join.start()])


#: A plural's present of a habit: "Storms usually close".
_PLURAL_HABIT = re.compile(r"\b[A-Za-z][a-z]{2,}s\s+(?:usually|often|typically|normally|generally|always|rarely|seldom|sometimes)"
                           r"\s+[a-z]{3,}\b")


def last_joined_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """The clause that holds a sentence's only date when it was joined on to another with its own
    subject and verb: the date is that clause's, not the first one's."""
    s = sentence.text
    start = t.start - sentence.start
    # (the join may look past the date: "…, and [on Aug. 11] they advanced")
    joins = [j for j in _JOINED_CLAUSE.finditer(s, max(0, start - 200), min(len(s), start + 60)) if j.end() <= start]
    if not joins:
        return None
    lo = joins[-1].end()
    # ("…, but talks collapsed in December": a past before its date's preposition is a verb too)
    own_verb = VERB.search(CAPITALISED_WORDS.sub("", s[lo:start])) or NOUN_THEN_PAST_LIKE_PRESENT.match(s, lo) \
        or re.search(r"\b[a-z]{3,}ed\s+(?:(?:in|on|at|during|by)\s+)?$", s[lo:start]) \
        or re.search(r"\b[a-z]{3,}ed\s+to\s+[a-z]{3,}\b", s[lo:start]) \
        or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+(?:also\s+)?[a-z]{2,}\b", s[lo:start]) \
        or PRESENT_VIEW.match(s, lo) or PLURAL_COURSE_PRESENT.match(s, lo) \
        or re.search(r"\b(?:falls|fall|fell|comes|come|came|becomes|become|became)\s+due\b", s[lo:start]) \
        or re.search(r"\b(?:is|are)\s+(?:due|set|scheduled|expected|slated|poised)\s+to\s+[a-z]{2,}\b", s[lo:start]) \
        or INTENT_AND_INFINITIVE.search(s, lo, start) \
        or re.match(r"(?:the|a|an|its|their|his|her)\s+(?:[\w][\w-]*\s+){0,3}?[a-z]{3,}ed\s+(?:from|with|to|by|as|in|on)\s", s[lo:]) \
        or (re.match(r"(?:the|a|an|its|their)\s+[a-z]", s[lo:start])  # ("…, and a convoy due to leave on Thursday has
            # been delayed": a noun phrase's own perfect or passive after the date)
            and re.match(r"\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", s[t.end - sentence.start:]))
    # ("…, and a shorter 19-point version emerged from talks": a noun phrase and its past, whatever follows it)
    # ("…, and the council decided to close…", "…, and ministers will discuss it…"; "…, and some diplomats speak
    # privately of the 2030s": a view held now)
    # the date opens the clause, maybe after where: its verb follows ("…, and at the NATO summit in The Hague in June they
    # committed…")
    if (re.fullmatch(r"(?:(?:at|in|during)\s+(?:the\s+)?[^,;]{2,60}?\s+)?(?:on|in|by|late\s+on|early\s+on)\s+(?:the\s+)?",
                     s[lo:start]) or lo == start) and not VERB.search(CAPITALISED_WORDS.sub("", s[lo:start])):
        # (…or opens it bare: "…, but the following day a drone crashed")
        after = CAPITALISED_WORDS.sub("", s[t.end - sentence.start:t.end - sentence.start + 80])
        own_verb = VERB.search(after) or FIRST_VERB.search(after)
    # (a pronoun's past spelled like its present is a verb too: "But it set no deadlines, and…")
    first_verb = VERB.search(s[:joins[-1].start()]) \
        or re.search(rf"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+{words_pattern(PAST_LIKE_PRESENT)}\b", s[:joins[-1].start()]) \
        or PRESENT_VIEW.match(s, dateline_end(s)) \
        or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+(?:not\s+)?[a-z]{2,}\b", s[:joins[-1].start()]) \
        or re.search(r"\b(?:[a-z]{3,}s|people)\s+(?:enter|pass|flow|cross|arrive|go|come|remain|depend|rely|live|travel)\b",
                     s[:joins[-1].start()]) \
        or _PLURAL_HABIT.search(s, 0, joins[-1].start())  # (a plural's present of a course: "About 70% of supplies enter
    # Sudan…", or of a habit: "Storms usually close the ports")
    if re.match(_ROMANCE_SUBJECT_THEN_VERB, s[lo:]) and FOREIGN_PAST.search(s, 0, joins[-1].start()):
        own_verb = first_verb = True  # ("La oposición denunció fraude y su candidato, X, se exilió…")
    attributed = ATTRIBUTED_ON.search(s, max(0, start - 80), start)
    if attributed is not None and attributed.start() == joins[-1].start() \
            and re.match(r",?\s+(?:that\s+)?(?:[\w'’.-]+\s+){3,}", s[t.end - sentence.start:]):
        attributed = None  # ("…, and the U.N. office said this week it had documented 460 deaths": the joined clause is
        # a saying of its own, with what it said after the date)
    if not own_verb or not first_verb or attributed is not None:
        return None  # "…, and the talks on Monday": no verb of its own; "X, and said on Monday" is the saying's
    if _BETWEEN_FIRST_SET_OFF.search(s, max(0, joins[-1].start() - 120), joins[-1].start()):
        return None  # ("The war between the army, led by Gen. Burhan, and the RSF, commanded by…, erupted": the two joined)
    if _ROLE_AND_NAME_OPENING.fullmatch(s, dateline_end(s), joins[-1].start()):
        return None  # ("Syria's interim president, Ahmed al-Sharaa, and the SDF commander, Mazloum Abdi, signed…": one subject)
    return Sentence(sentence.start + lo, sentence.end, s[lo:])
#: A role and its name set off, opening a sentence: "Syria's interim president, Ahmed al-Sharaa".
_ROLE_AND_NAME_OPENING = re.compile(rf"[^,]{{3,60}},\s+{ROLE_HOLDER_NAME}")
#: A comma and a past right after a date: "…and, in June, said…".
_COMMA_THEN_PAST = re.compile(rf",\s+(?=(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{NARRATIVE_PRESENT}|says|tells)\s)")
#: " and was plucked", " and then met": a second predicate of the same subject, told in the past.
_AND_PREDICATE = re.compile(rf"(?:,?\s+and|,?\s+but)\s+(?:then\s+|later\s+|(?!only\b)[a-z]{{3,}}ly\s+)?"
                            # (…or a modal's: "will continue to engage … and will brief the Council on 10 December")
                            # (…or one that must or may be done: "…released on bail and must surrender his passport by Monday")
                            # (…or a perfect's participle, its "has" shared: "…has declared a government and [taken]…")
                            # (…or a present passive's: "have been postponed twice and [are] now scheduled for…")
                            rf"(?=(?:was|were|had|has|have|will|would|must|should|may|might|could|can|is|are|[a-z]{{3,}}ed|"
                            rf"{words_pattern(PLAIN_PASTS)}|{NARRATIVE_PRESENT}|{IRREGULAR_PARTICIPLES})\s)"
                            rf"|,\s+then\s+(?=(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}s)\s)")

#: ", ended it": the next predicate of a list whose items each close with their date ("declared a
#: ceasefire in August 1994, ended it with a bombing in February 1996 and restored it in July 1997").
_LISTED_PREDICATE = re.compile(rf",\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s)"
                               r"(?![a-z]{3,}ed\s+by\b)")  # (not a passive's aside: ", witnessed by Trump, who…")
#: The comma of a clause that opens with its date: ", on Wednesday[ the talks collapsed]", ", and in May[ they…]".
_COMMA_BEFORE_OPENING_DATE = re.compile(r",(?=\s+(?:(?:and|but|then)\s+)?(?:(?:on|in|at|by|during|from|early|late"
                                        # (…in the other languages we read: ", im März folgte…", ", en mars…")
                                        r"|im|am|en|le|el|au|à|al|в)\s+)?(?:the\s+)?$)")
#: A German verb in second place right after a fronted date: "[im März] folgte in Ohrid ein Anhang".
_GERMAN_SECOND_PLACE_VERB = re.compile(rf"\s+(?:{GERMAN_LEXICAL_PAST}|war|waren|wurde|wurden|hatte|hatten|ist|sind|hat|haben|"
                                       r"wird|werden)\s")


#: A short phrase of circumstance after a predicate's date: " amid mutual recriminations", " in Geneva".
_PHRASE_AFTER_DATE = re.compile(r"\s+(?:amid|after|with|over|in|at|during|despite|following|without)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+")


def _listed_predicates(s: str, date_ends: set[int]) -> list[re.Match[str]]:
    """The commas of `s` that open the next predicate of a list of the subject's dated predicates: each
    right after a date, and no other comma before it but a date's own ("Dec. 21, 1988") or the list's —
    not a main verb after an aside ("Ogden Projects, …, closed at $26.875")."""
    listed: list[re.Match[str]] = []
    for comma in re.finditer(",", s):  # (one pass: the first other comma ends the list)
        at = comma.start()
        # (a short phrase of its own may follow the date: "collapsed in 2019 [amid recriminations], resumed in 2021")
        # (looked for in the 45 characters before the comma, not over every date of a long list)
        closed = at in date_ends or any(end in date_ends and _PHRASE_AFTER_DATE.fullmatch(s, end, at)
                                        for end in range(max(0, at - 45), at))
        m = _LISTED_PREDICATE.match(s, at) if closed else None
        if m is not None:
            listed.append(m)
        elif not re.match(r"\s*\d", s[at + 1:at + 4]):
            break
    return listed


#: A gerund opening a sentence with no comma before its subject: "After retiring she taught…".
_BARE_GERUND_THEN_PRONOUN = re.compile(r"(?:After|Before|Since|While|Upon|On)\s+[a-z]{2,}ing\s+(?P<pronoun>he|she|they|we)\s")


#: A past a sayer does beside the report: "…and [called for] protests", "…and [vowed] to appeal".
SAYERS_PAST = re.compile(r"(?:called|urged|demanded|vowed|appealed|warned|threatened|promised|announced|pledged|accused|"
                          r"asked|rejected|denied|insisted|added|refused|declined|welcomed|condemned)\b")
#: A saying, then what was said in the perfect, up to its participle: "said [troops] had taken".
_REPORTED_PERFECT = re.compile(rf"\b(?:said|says|told\s+\w+|announced|reported)\s+(?:that\s+)?"
                               r"(?P<subject>(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                               r"|(?:[A-Z][\w'’-]*\s+)?(?!(?:it|he|she|they|we|this|these|those)\b)[a-z]{3,}s)"
                               rf"\s+(?:had|have|has)\s+(?!been\b)(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")


#: …and its object or particle, the name then the subject a second predicate goes on with: "Pyongyang cut the".
_NAME_THEN_PRESENT_LIKE_PAST_OBJECT = re.compile(rf"{_NAME_THEN_PRESENT_LIKE_PAST}(?:the|a|an|its|their|his|her|off|back)\b")


def conjoined_predicate(sentence: Sentence, t: Timex) -> tuple[Sentence, str] | None:
    """"The boy clung to a tube for two days and was plucked from the sea [on Thanksgiving Day]": a
    sentence's only date in its second predicate dates that predicate, told with the sentence's subject."""
    s = sentence.text
    start = t.start - sentence.start
    fronted = AND_COMMA_DATE.search(s, max(0, start - 45), start)
    after = _COMMA_THEN_PAST.match(s, t.end - sentence.start)
    clause_at = 0
    if fronted is None or after is None:
        # ("Pyongyang cut the hotlines in April and on Wednesday held a parade": the same with no commas, its subject
        # the clause's: "…, but the army kept the roads closed and in June seized the grain stores")
        fronted = AND_BARE_DATE.search(s, max(0, start - 45), start)
        after = BARE_PAST_AFTER_DATE.match(s, t.end - sentence.start) if fronted is not None else None
        clause_at = max((m.end() for m in JOINED_CLAUSE_OPENING.finditer(s, 0, fronted.start())), default=0) \
            if after is not None else 0
    if fronted is not None and after is not None:
        # "Abiy took office in April and, [in June], said Ethiopia would accept the ruling" (after an opening phrase:
        # "After the war, Lindqvist taught … and, in 2014, published a memoir")
        lead = max(dateline_end(s), clause_at)
        # (…nor a chronology entry's label: "- 2018: Abiy becomes prime minister in April and, in June, says…")
        entry = _ENTRY_HEAD.match(s, lead)
        lead = entry.end() if entry is not None else lead
        subject = subject_of(s[lead:])
        # ("Pyongyang cut the hotlines in April and on Wednesday held a parade": a past that looks like its present, after a
        # name and before its object)
        named = _NAME_THEN_PRESENT_LIKE_PAST_OBJECT.match(s, lead) if subject is None else None
        subject = named["name"] if named is not None else subject
        opening = OPENING_PHRASE.match(s, lead) if subject is None else None
        if opening is not None:
            subject = subject_of(s[opening.end():])
            subject = None if subject and re.match(r"(?:he|she|it|they|we|i)\b", subject, re.I) else subject
        bare_gerund = _BARE_GERUND_THEN_PRONOUN.match(s, lead) if subject is None else None
        if bare_gerund is not None:  # ("After retiring she taught … and, in 2014, published a memoir")
            subject = bare_gerund["pronoun"].capitalize()
        lo = after.end()
        return (Sentence(sentence.start + lo, sentence.end, s[lo:]), subject) if subject else None
    series = series_predicate_commas(s, start, t.end - sentence.start)
    joins = sorted(list(_AND_PREDICATE.finditer(s, max(0, start - 150), start)) + series
                   + [j for j in _listed_predicates(s[:start], {j.start() for j in _LISTED_PREDICATE.finditer(s, 0, start)
                                                                 if s[:j.start()][-1:].isdigit()})
                      if j.start() >= start - 150],
                   key=lambda j: j.start())
    # ("…and fired shells since Sinn Fein was expelled on Feb. 20": the date is the subordinate clause's)
    # (its date may be set off: "…and taken the last stronghold in the west[, in] late October")
    if not joins or re.search(r"[,;:()—]|\b(?:since|after|before|when|while|until|because|as|that|who|which|where|if)\b",
                              # (…but "since" right before the date is its preposition: "…and has rejected it since the
                              # 1960s")
                              re.sub(r",\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$|\s+since\s+(?:the\s+)?$", " ",
                                     s[joins[-1].end():start])):
        return None
    first = s[:joins[-1].start()]
    # (", but lifted…" closes a list of the subject's predicates: "imposed sanctions and threatened force, but lifted…")
    joined_by_but = joins[-1].group().strip(" ,").startswith("but")
    # (a modal opens a predicate of its own even after a verb with no object: "The minister resigned and will leave")
    # (…or an auxiliary of being: "The talks were suspended and are expected to resume")
    modal_next = re.match(r"(?:will|would|must|should|may|might|could|can|is|are)\s", s[joins[-1].end():]) is not None
    # (…as does a present perfect: "says the count was rigged and has called protests")
    perfect_next = _SAYERS_PERFECT.match(s, joins[-1].end()) is not None
    # (a comma of a series the closing ", and" marks is a predicate's, whatever its verb takes)
    if joins[-1] not in series and (
            (FIRST_VERB.fullmatch(first.rsplit(None, 1)[-1]) and not joined_by_but and not modal_next and not perfect_next)
            or not perfect_next and not re.match(
            r"(?:was|were|had|[a-z]+\s+(?:the|a|an|his|her|its|their|our|him|them|it|us|one|two|more|most|many|much|several|"
            r"half|both|each|every|any|some|all|to|in|on|at|by|"
            r"from|into|with|for|off|out|up|down|back|away|over|abandoned|dead|[A-Z$\d]))"
            # (a past that is only a verb takes any object: "…and held protests in Yerevan in May")
            r"|(?:held|made|took|gave|sent|won|lost|began|led|met|fought|built|left|set)\s+[a-z]"
            # (…or one that asks a bare plural to do something: "…and urged supporters to rally outside parliament")
            r"|[a-z]{3,}ed\s+[a-z]{3,}[^s\W]s\s+to\s+[a-z]"
            r"|(?:will|would|must|should|may|might|could|can)\s+[a-z]{3,}\s"
            # (…or a present passive, a plan's: "…and are now scheduled for December 2026")
            r"|(?:is|are)\s+(?:now\s+|also\s+|still\s+)?(?:[a-z]{3,}ed|due|set)\s", s[joins[-1].end():]) \
            and not ((joined_by_but or joins[-1].group().strip(" ,") == "then")
                     and re.match(r"[a-z]{3,}ed\s+[a-z]{3,}[^s\W]s\b", s[joins[-1].end():]))):
        # (…but "but" or "then" and a past with a bare plural is a predicate: "…by March 2024 but postponed elections
        # indefinitely")
        # ("…and will brief the Council on 10 December", "…and must surrender his passport by Monday")
        return None  # "has interviewed and released": one verb; "adjustable-rate and preferred stock": a noun
    # (after a wire dateline, and an opening phrase: "According to sources quoted by the Herald, Munero had fled…")
    lead = dateline_end(s)
    opening = OPENING_PHRASE.match(s, lead)
    lead = opening.end() if opening else lead
    # (an aside about the subject, closed before its verb, is none of its predicates: "Zourabichvili, who is at odds with
    # the government, called the vote a fraud and urged supporters to rally on Monday")
    # (its first letter raised after an opening phrase: "Since then, [the] paramilitary force has…")
    opened = s[lead:lead + 1].upper() + s[lead + 1:]
    subject = subject_of(opened) or subject_of(ENCLOSED_RELATIVE.sub(" ", opened, count=1)) \
        or subject_of(INCLUDING_SET_OFF.sub("", opened, count=1))  # ("Eight states, including Russia, sat…")
    named = ROLE_THEN_NAME_SUBJECT.match(opened) if subject is None else None
    if named is not None:  # ("Thailand's prime minister at the time, Paetongtarn Shinawatra, was suspended…")
        subject, first = named["name"], f"{first[:lead]}{named['name']} {first[lead + named.end():]}"
    first = ENCLOSED_RELATIVE.sub(" ", first[lead:], count=1)
    reported = _REPORTED_PERFECT.search(first)
    if reported is not None and not re.search(r",(?!\d)|[;()—]|--|\b(?:said|says|told|that|who|which|whose|when)\b",
                                              first[reported.end():]):
        # "The army chief said troops had taken control of the town and captured 100 soldiers on Wednesday": a perfect
        # reported shares its "had" with the past joined on, and its subject ("Troops captured 100 soldiers")
        subject, first = reported["subject"][:1].upper() + reported["subject"][1:], first[reported.end():]
        if SAYERS_PAST.match(s, joins[-1].end()):
            # (…but a saying's own past is the sayer's: "Opposition groups said the government had rigged the vote and
            # called for protests")
            subject = subject_of(s[lead:])
    if subject is not None and reported is None and SAYERS_PAST.match(s, joins[-1].end()) \
            and re.match(r"[^,;()—]*\b(?:said|says|told\s+\w+)\s", first) and not re.search(r"[;()—]|--", first):
        # "The opposition said it would not recognise the result and called a rally for Monday": a saying's own past
        # goes on with the sayer, past what was said
        return Sentence(sentence.start + joins[-1].end(), sentence.end, s[joins[-1].end():]), subject
    if subject is not None and reported is None and _SAYERS_PERFECT.match(s, joins[-1].end()) \
            and re.match(r"[^,;()—]*\b(?:says|say)\s", first) and not re.search(r"[;()—]|--", first):
        # "Caracas says the award was fraudulent and has rejected it since the 1960s": a present perfect beside a present
        # saying is the sayer's, past what was said
        return Sentence(sentence.start + joins[-1].end(), sentence.end, s[joins[-1].end():]), subject
    sayers_pronoun = SAYERS_PRONOUN.search(first) if REPORTED_TENSE_FIRST.match(s, joins[-1].end()) else None
    if sayers_pronoun is not None and not re.search(r"[;()—]|--|\b(?:said|says|told|that|who|which|whose|when)\b",
                                                    first[sayers_pronoun.end():]):
        # "The opposition said it would boycott the vote and would hold rallies on Friday": the sayer's "it" goes on to
        # the second thing said ("The opposition said it would hold rallies")
        lo = joins[-1].end()
        return Sentence(sentence.start + lo, sentence.end, s[lo:]), first[:sayers_pronoun.end()].strip()
    # (a who-clause inside the subject is the subject's: "Drivers who refused would be fined … and have their cars…")
    past_subject = first[len(subject):] if subject is not None and first.startswith(subject) else first
    if subject is None or re.search(r"[;()—]|--|\b(?:said|says|told|that|who|which|whose|when)\b", past_subject) \
            or (not joined_by_but and _AND_A_PREDICATE.search(first)) \
            or ATTRIBUTED_ON.search(s, max(0, start - 80), start):
        return None  # (a list of predicates: "…imposed sanctions and threatened force and…"; two nouns are no list of them)
    lo = joins[-1].end()
    perfect = _PERFECT_IN_FIRST.search(first) if DISTINCT_PARTICIPLE.match(s, lo) else None
    if perfect is not None:
        subject += f" {perfect['aux']}"  # "…has declared a rival government and taken the last stronghold": "has taken"
    modal = _MODAL_IN_FIRST.search(past_subject) if _BARE_VERB_NEXT.match(s, lo) else None
    if modal is not None:
        subject += f" {modal['modal']}"  # "…would be fined from Nov. 21 and have their cars impounded": "would have"
    if joins[-1] in series:  # (a series' predicate ends where the next one opens: "…in 2011[, and kept politics out]")
        hi = SERIES_CLOSED.search(s, t.end - sentence.start).start()
        return Sentence(sentence.start + lo, sentence.start + hi, s[lo:hi]), subject
    return Sentence(sentence.start + lo, sentence.end, s[lo:]), subject


#: A chronology entry's bullet and label before its first word: "- 2018: ", "* May 1998 — ".
_ENTRY_HEAD = re.compile(rf"(?:[-*•]\s+)?(?:{COLON_ENTRY_LABEL.pattern}|{ENTRY_LABEL.pattern})")
#: A present perfect that opens a predicate: "has rejected", "have long called".
_SAYERS_PERFECT = re.compile(rf"(?:has|have)\s+(?:[a-z]+ly\s+|long\s+|repeatedly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")
#: A modal in the first predicate, which a bare verb joined on shares: "[would] be fined".
_MODAL_IN_FIRST = re.compile(r"^\s*(?P<modal>would|will|could|should|must|may|might|can)\s")
#: A bare verb that opens a predicate: "have", "pay", "face" (not a past, a present's "-s" or a gerund).
_BARE_VERB_NEXT = re.compile(r"(?:have|be|pay|face|lose|get|go|give|take|make|return|leave|stay|hold|meet|sign|"
                             r"travel|resume|appear|serve|remain|receive)\s")
#: A perfect's auxiliary in the first predicate, which a bare participle joined on shares: "[has] declared".
_PERFECT_IN_FIRST = re.compile(rf"\b(?P<aux>has|have|had)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")
#: An "and" before a predicate of its own: "… and threatened", "… and was".
_AND_A_PREDICATE = re.compile(rf"\band\s+(?:then\s+|later\s+)?(?:was|were|had|has|have|will|would|[a-z]{{3,}}ed|"
                              rf"{words_pattern(PLAIN_PASTS)})\b")
_COLON = re.compile(r"(?<=[a-z]):\s+(?=[A-Za-z])")


def explaining_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """The clause after a colon that holds `t`, when it has a subject and verb of its own: what comes
    before the colon is the writer's summary, not the happening."""
    colons = list(_COLON.finditer(sentence.text, 0, t.start - sentence.start))
    if not colons:
        return None
    rest = sentence.text[colons[-1].end():]
    if not is_own_clause(rest[:1].upper() + rest[1:]):
        return None
    return Sentence(sentence.start + colons[-1].end(), sentence.end, rest)
