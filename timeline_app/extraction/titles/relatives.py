"""Relative clauses: which relative a date sits in ("the deal, which was signed in May"), reduced
relatives ("talks held in Doha in June") and a relative turned into a clause of its own.
"""

from __future__ import annotations

import re

from timeline_app.extraction.coreference import possessive
from timeline_app.extraction.counted_clauses import came_subject
from timeline_app.extraction.dateline import dateline_end
from timeline_app.extraction.lexicon import PERSON_ROLE_WORDS
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.dates import MAIN_VERB_AFTER_DATE
from timeline_app.extraction.titles.grammar import (
    ACTION_AIMED_AT,
    ADVERB_BEFORE_PARTICIPLE,
    ATTRIBUTED_ON,
    ATTRIBUTION_TAIL,
    ATTRIBUTIVE_PARTICIPLE,
    AUXILIARY,
    BODY_OF_MEMBERS,
    CALENDAR_WORD,
    CAPITALISED_WORDS,
    CLAUSE_COMMA,
    COMPASS_ADJECTIVE,
    COUNTED_PHRASE_END,
    COURSE_OF_A_THING,
    COURSE_VERBS,
    DONE_THROUGH,
    FINITE_AFTER,
    FINITE_WORD,
    FIRST_VERB,
    HAPPENING_IN_PLACE,
    HAPPENINGS_PLURAL,
    HEAD_OF_PLURAL,
    HELD_GATHERING,
    HELD_PARTICIPLE,
    INTRANSITIVE,
    LIST_OF_NAMES,
    MAIN_VERB_BACK,
    MEASURE,
    MEASURE_ON,
    NATIONALITY,
    NO_PASSIVE_PASTS,
    NOT_A_NOUN_END,
    NOUN_AND_RELATIVE,
    NOUN_PREPOSITIONS,
    PARTICIPLE_PHRASE,
    PAST_AS_PRESENT,
    PAST_VERB,
    PEOPLE_OF_A_BODY,
    PLACE_APPOSITION,
    PLURAL_AGENTS,
    PROCESS_NOUNS,
    PROCESS_VERBS,
    RELATING_VERB,
    RELATIONS_WITH,
    SAYING_IN_A_SOURCE,
    SECOND_PREDICATE,
    SPEAKING_PRESENT,
    TIME_AROUND_NOUNS,
    TRANSITIVE_PASTS,
    VERB,
    WHEN_WORD,
    ZERO_RELATIVE_AHEAD,
    be_for,
    date_phrase_end,
    noun_phrase_start,
    other_dates,
    series_predicate_commas,
    subject_of,
    turned_clause,
    with_its_infinitive,
    without_compounds,
)
from timeline_app.extraction.titles.subjects import (
    MEASURE_NOUNS,
    driven_to,
    names_a_person,
    place_or_body_before_it,
    pronoun_as_subject,
)
from timeline_app.extraction.verbs import (
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    past_of_base,
    words_pattern,
)


def relative_clauses_of(s: str, others: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the non-restrictive relative clauses (", which …," / ", who …" to the end) that
    hold one of the `others` dates (start, end) and not the date at [start, end), in order, without overlaps."""
    spans: list[tuple[int, int]] = []
    # (a town's country closes no clause: "a summit in Crans-Montana, Switzerland[,] collapsed in July 2017")
    towns = {m.end("aside") - 1 for m in PLACE_APPOSITION.finditer(s)} if others else set()
    for pos, other_end in sorted(others):
        # (the whole sentence is searched: an opener looks ahead to the date it holds)
        # (not inside the date itself, nor at the comma that closes it: "on Tuesday, 6 Jumada al-Akhirah 1448 AH,
        # corresponding to 17 November 2026, welcomed…" — the main verb follows)
        opener = next(reversed([o for o in _RELATIVE_OPENER.finditer(s) if o.start() < pos and not start <= o.start() < end
                                and o.start() not in towns
                                and not (o.start() == end
                                         and not re.match(r",\s+(?:(?:for|in|during|after|under|by|with|from|at|on)\s+"
                                                          r"(?:which|whom)|who|which|whose|where|que|qui|che|cui|dont|"
                                                          r"donde|onde)\b", s[end:]))]),
                      None)
        # (a number's thousands comma is no relative clause's: ", which fell to about 500,000 barrels a day during the 2024
        # crisis,"; a participle's phrase is left to any comma, as it may be the main verb after an aside: "The first, from
        # 1988 to 1994, killed some 30,000 people and ended … in May 1994")
        pronoun = re.match(r",\s+(?:who|which|whose|where)\b", s[opener.start():opener.start() + 12]) if opener else None
        if opener is None or re.search(r",(?!\d{3}\b)" if pronoun else ",", s[opener.end():pos]):
            continue
        # not the comma inside "July 22, 2022", nor a number's: "…that killed about 100,000 people"
        close = next((c.start() for c in re.finditer(r",(?!\d{3}\b)", s[other_end:])), -1)
        close = close + other_end if close >= 0 else -1
        if close >= 0 and not s[other_end:close].strip() and re.fullmatch(r",\s*(?:and\s+)?", s[close:start]):
            continue  # "…, who were listed in January 2024, June 2024 and…": a list of the clause's dates, ours in it
        if close >= 0 and re.fullmatch(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s*[.;]?\s*", s[close:]):
            close = -1  # (a town's country that ends the sentence closes no clause: "…agreed in Ohrid, North Macedonia.")
        hi = close + 1 if close >= 0 else len(s.rstrip(" .;"))  # ", which began Friday," goes whole
        second = _SECOND_PREDICATE_TO_END.fullmatch(s, hi) if close >= 0 else None
        if second is not None and any(hi <= o < len(s) for o, _ in others):
            # (…with its second predicate and the date of that, to the sentence's end: "…since Azerbaijan's offensive, which
            # began on Sept. 19, 2023, and ended the next day.")
            hi = len(s.rstrip(" .;"))
        when = re.match(rf",\s*{WHEN_WORD}[^,;]*[,;]?", s[close:]) if close >= 0 and not s[other_end:close].strip() else None
        if when is not None:  # (…with the when-clause of its date: ", suspended since April 2025, when a drone was…")
            hi = close + when.end() if when.group().endswith((",", ";")) else len(s.rstrip(" .;"))
        nested = _RELATIVE_ON_THE_CLAUSE_S_NOUN.match(s, close) if close >= 0 and hi == close + 1 else None
        if nested is not None:
            # (…with a relative clause on its last noun: "…, which ended two decades of hostility after the 1998-2000 war,
            # in which some 80,000 people died", ", que puso fin … tras la guerra de 1998-2000, en la que murieron…")
            after = next((c.start() for c in re.finditer(r",(?!\d{3}\b)", s[nested.end():])), -1)
            hi = nested.end() + after + 1 if after >= 0 else len(s.rstrip(" .;"))
        if opener.start() <= start < hi or (spans and opener.start() < spans[-1][1]):
            continue
        spans.append((opener.start(), hi))
    return spans
#: A second predicate joined on after a relative clause's closing comma, to the sentence's end: " and ended the next day.".
_SECOND_PREDICATE_TO_END = re.compile(rf"\s*and\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;]*[.;!?]?\s*")
#: A relative clause opening after a comma that hangs on the noun right before it, not the sentence's subject: ", in which",
#: ", en la que", ", dans laquelle", ", nella quale".
_RELATIVE_ON_THE_CLAUSE_S_NOUN = re.compile(r",\s+(?:(?:in|during|for|after|under)\s+which|(?:en|durante|tras)\s+(?:la|el|los|las)\s+"
                                            r"(?:que|cual(?:es)?)|(?:dans|pendant|après)\s+(?:laquelle|lequel|lesquelles|lesquels)|"
                                            r"(?:nella|nel|durante\s+la|durante\s+il)\s+quale|(?:na|no|durante\s+a|durante\s+o)\s+qual|"
                                            r"in\s+(?:der|dem|denen)|bei\s+(?:der|dem|denen))\b")
_RELATIVE_OPENER = re.compile(rf",\s+(?:who\b|which\b|whose\b|where\b|(?:for|in|during|after|under|by|with|from|at|on)\s+"
                              rf"(?:which|whom)\b|(?-i:que|qui|che|cui|dont|donde|onde)\b|(?={PARTICIPLE_PHRASE})"
                              # (German's, before the lower-case word its clause goes on with: ", die erst im Frühjahr")
                              r"|(?-i:der|die|das|dem|den|deren|dessen)\s+(?=[a-zäöüß])"
                              # …in any language: a short phrase set off by commas that opens with a lower-case
                              # word and names its date within three words (", lancés en mai 2023,")
                              # (not a clause joined on, its date set off: ", and in March 2023, at Ohrid, they agreed")
                              # (a number's thousands comma closes no phrase: ", killed some 30,000 people and")
                              r"|(?!(?:and|but|or|yet|then)\s)(?=[^\W\d_A-Z][^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}?\d"
                              r"(?:[^,]|,(?=\d{3}\b)){0,30},(?!\d{3}\b)))")


def partitive_relative_title(sentence: Sentence, t: Timex) -> str | None:
    """"…have hosted large exercises in their northern regions, the latest of which ended on Friday": the
    date is the one's of them the clause picks out ("The latest of the large exercises … ended")."""
    s = sentence.text
    m = _PARTITIVE_RELATIVE.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None:
        return None
    owner = _OBJECT_BEFORE_COMMA.search(s, max(0, m.start() - 120), m.start())
    if owner is None:
        return None
    part = m["part"]
    part = part[:1].upper() + part[1:]
    # (an infinitive's object is the noun: "pressed Baghdad to curb [Iran-aligned militias], several of which…")
    noun = re.sub(r"^(?:the|a|an|its|their|his|her|our)\s+", "", re.sub(r"^.*?\bto\s+[a-z]{3,}\s+", "", owner["np"]))
    return f"{part} of the {noun} {m['rest']}".strip()


#: ", the latest of which ended [on Friday]", ", one of whom was freed [in May]".
_PARTITIVE_RELATIVE = re.compile(r",\s+(?P<part>(?:the\s+)?(?:latest|last|first|most\s+recent|largest|biggest|deadliest|"
                                 r"second|third)|one|some|most|all|several|two|three|four|many)\s+of\s+(?:which|whom)\s+"
                                 # (…a bound's preposition goes with its date: "attacked U.S. bases [after] October 2023")
                                 r"(?P<rest>[^,;:()\"“”]{3,80}?)\s+(?:(?:on|in|at|during|by|after|before|since|until)\s+)?$")
#: The object of the clause before a comma: "…have hosted [large exercises in their northern regions]".
_OBJECT_BEFORE_COMMA = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|held|holds|hosts|has|have|had|includes?|set|"
                                  # (…with its particle: "set up annual meetings")
                                  r"put|cut)(?:\s+(?:up|out|down|off|in\s+place))?\s+"
                                  # (no adverb between: "has [since] held two large drills")
                                  rf"(?P<np>(?!(?:been|be|that|to|[a-z]{{3,}}ed|since|already|also|just|again|not|never|[a-z]+ly|"
                                  rf"{words_pattern(PLAIN_PASTS)})\b)[^,;:()\"“”]{{3,80}})$")
#: A title left as a noun phrase and its participle aside: "The party's congress, originally planned".
_NOUN_AND_PARTICIPLE = re.compile(r"^(?P<noun>(?:The|A|An|Its|Their|His|Her|[A-Z][\w'’.-]*['’]s)\s+[^,;]{1,50}),\s+"
                                  r"(?P<participle>(?:(?:first|originally|initially|once|previously|later)\s+)?"
                                  r"(?:[a-z]{3,}ed|held|made|set|built|signed)(?:\s+(?:to|in|by|at|for)\s+[^,;]{1,40})?)$")
_NOUN_AND_OBJECT_RELATIVE = re.compile(
    # (a name may hold "of": "which the International Court of Justice awarded")
    r"^(?P<noun>[^,;]{2,70}?),?\s+(?:which|that|whom)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’.-]*){0,4}"
    # (two names joined: "which Israel and the United States bombed")
    r"(?:\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?|the\s+[a-z][\w-]*"
    # (…or a nationality and its plural: "which Soviet troops seized")
    r"|[A-Z][a-z]+\s+(?!(?:always|also|thus|perhaps|has|was|is|as|its|this)\b)[a-z][\w-]*s"
    r"|(?:his|her|its|their|our)\s+[a-z][\w-]*"  # "which his lawyers filed"
    r"|(?:both|all|the\s+two|the\s+three)\s+[a-z][\w-]*"  # "which both leaders accepted"
    r"|(?!(?:also|then|later|now|still|first|last|never|once|already|again|recently|earlier|initially|originally|"
    r"previously|has|have|had|was|were|is|are|will|would|could|may|might|did|does)\b)"
    # (no past of its own: "fighting that [began] killed dozens" is a subject relative before the main verb)
    rf"(?![a-z]{{3,}}ed\b|{words_pattern(PLAIN_PASTS)}\b)[a-z][a-z-]+(?<!ly))\s+"
    # (an adverb may come first: "whom he last met")
    # (…or a past like its present, which a dated clause tells: "which Russia quit in July 2023")
    rf"(?P<verb>(?:(?:has|have|had)\s+)?(?:(?:last|first|once|later|previously|again)\s+)?(?:[a-z]{{3,}}ed|set|quit|cut|hit|shut|"
    rf"{TRANSITIVE_PASTS})\b)"
    # (not a doing denied: "which Asmara did not sign" tells no doing of Asmara's)
    r"(?!\s+(?:not|never)\b)(?P<rest>[^,;]*)$")


#: The finite verbs that tell a main clause going on after a relative clause's own: "…which Kyiv drafted [was] rejected".
_REST_AUXILIARY = r"was|were|is|are|has|have|had|will|would"
_AUXILIARY_IN_REST = re.compile(rf"\b(?:{_REST_AUXILIARY})\b")
_MAIN_VERB_OPENS_REST = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|remains?|continues?|stands?|"
                                   r"persists?|lingers?|survives?|holds?|runs?|seems?|lies|lie)\b")


#: A noun of asking and what it asks for, which a relative clause after it is about whole: "its bid for full membership".
_ASKING_NOUN_FOR = re.compile(r"(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+)?(?:bid|request|application|appeal|"
                              r"demand|proposal|offer)\s+(?:for|to)\s+[^,;]{1,40}$")


#: Words that stand where a relative clause's subject would and are none: "which [all] came", "who [both] signed".
_NO_SUBJECTS = frozenset({"all", "both", "each", "also", "then", "later", "first", "once", "again", "still", "only",
                          "jointly", "together", "eventually", "finally", "initially", "originally", "subsequently"})


#: A saying before its "that", which then opens what is said, no relative clause: "Trump announces [that] the two
#: countries have agreed…", "An official tells reporters [that]…".
_SAYING_BEFORE_THAT = re.compile(r"\b(?:(?:says|announces|confirms|claims|insists|warns|argues|adds|notes|states|reports|"
                                 r"declares|believes|admits|denies|suggests|signals|acknowledges|concedes|predicts|fears|"
                                 r"hopes|thinks|knows|shows|indicates|stresses|reveals|explains|determines|finds|concludes|decides|"
                                 r"accepts|recognises|recognizes|agrees|alleges|asserts|certifies|maintains|writes)"
                                 r"|(?:tells|told|informs|informed|assures|assured|reminds|reminded|warned)\s+[\w'’.-]+(?:\s+[\w'’.-]+)?)$")


def _object_relative_as_clause(title: str) -> str | None:
    """"The draft law, which parliament passed in its third reading" → "Parliament passed the draft law
    in its third reading": the clause's subject did it, to the noun phrase."""
    m = _NOUN_AND_OBJECT_RELATIVE.match(title)
    # (a participle inside the noun phrase is no verb: "the besieged city of El Fasher, which the RSF seized")
    if m is None or (VERB.search(CAPITALISED_WORDS.sub("", _ATTRIBUTIVE_PARTICIPLE.sub(r"\g<pre>", m["noun"])))
                     and not _ASKING_NOUN_FOR.match(m["noun"])) \
            or _AUXILIARY_IN_REST.search(m["rest"]) \
            or _MAIN_VERB_OPENS_REST.match(m["rest"]) \
            or m["subject"].lower() in _NO_SUBJECTS \
            or _SAYING_BEFORE_THAT.search(m["noun"]):
        # ("The three juntas, which [all] came to power": the noun's own verb; "Trump announces that the two countries
        # have agreed": a saying's "that", no relative)
        return None  # (…or the main clause's verb follows the relative's: "The plan which Kyiv drafted was rejected",
        # "The truce that the mediators proposed collapsed", "Little of the vitriol that the issue aroused remains")
    noun = m["noun"]
    if re.search(r"\s(?:for|in|on|at|by|with|during|after|under|through)$", noun) \
            and re.match(r"\s*that\b", title[m.end("noun"):]):
        return None  # ("Its last meeting at that level took place": after a preposition "that" points, relates nothing)
    if re.search(r"\s(?:for|in|on|at|by|with|during|after|under|through)$", noun):
        # "A breakthrough for which their leaders won an award": the preposition's "which" is no object, and the
        # clause is told alone
        verb, used = with_its_infinitive(m["verb"], m["rest"])
        return f"{m['subject'][:1].upper()}{m['subject'][1:]} {verb}{m['rest'][used:]}"
    # ("the Philadelphi corridor along Gaza's border with Egypt, which it seized": a border's other side is no object of
    # it, the thing along the border is)
    along = _ALONG_A_BORDER.search(noun)
    if along is not None:
        noun = noun[:along.start()]
    if _HAPPENING_AT_A_PLACE.search(noun) and not _PLACE_TAKING_VERB.search(m["verb"]):
        # "explosions in Kabul that the Taliban blamed on Pakistan": what is blamed is the happening, not its place
        verb, used = with_its_infinitive(m["verb"], m["rest"])
        noun = noun[:1].lower() + noun[1:] if re.match(r"(?:The|A|An|Its|Their)\s", noun) else noun
        return f"{m['subject'][:1].upper()}{m['subject'][1:]} {verb} {noun}{m['rest'][used:]}"
    # "…open corridors into El Fasher, which the RSF has besieged": a name after a preposition is what
    # "which" means; a common noun there leaves it unsure which noun it is
    # (not a partner's after "with": "two border crossings with Kosovo that it closed" were closed, not Kosovo)
    inner = re.search(r".*\b(?:in|into|from|to|on|at|for|of|over|against|through|near|around|across|and)\s+"
                      rf"(?P<name>(?:the\s+)?(?:{COMPASS_ADJECTIVE}\s+)?[A-Z][^,;]*)$", noun)
    if inner is not None and re.fullmatch(r"[A-Z][a-z]+(?:ese|an|ian|ish|ic|i)\s+[a-z][\w-]*", inner["name"]):
        inner = None  # ("imports of Japanese seafood": a nationality's adjective, no name)
    joined = re.search(r"(?P<np>(?:\bthe\s+)?(?:[A-Z][\w'’.-]*\s+)+and\s+)$", noun[:inner.start("name")]) \
        if inner is not None else None
    made = _MADE_AT_A_PLACE.search(noun) if inner is not None else None
    if made is not None:
        # ("a similar deal reached in Cairo, which Tehran declared void": the place a thing was made at is no antecedent,
        # the thing is)
        noun = made["np"]
    elif joined is not None:  # ("the Fordow and Natanz enrichment sites": two names of one noun phrase, not a list's last)
        noun = noun[joined.start("np"):]
    elif inner is not None:
        noun = inner["name"]
    elif re.search(r"\b(?:in|into|from|to|on|at|with|for|of|over|against|through|near|around|across)\s", noun) \
            and not _ASKING_NOUN_FOR.match(noun) \
            and not re.fullmatch(r"[a-z][\w-]*\s+of\s+(?:[A-Z][a-z]+\s+)?[a-z][\w-]*", noun) \
            and not _THINGS_WITH_A_PARTNER.fullmatch(noun):
        # ("its bid for full membership, which the U.S. vetoed": the bid; but "imports of Japanese seafood, which it had
        # resumed" are the imports, the whole phrase)
        return None
    noun = _RESUMPTION_OF.sub("", noun)  # ("the postponement of elections, which the government pushed back": elections)
    if re.match(r"(?:The|A|An|Its|Their|His|Her)\s", noun):
        noun = noun[:1].lower() + noun[1:]
    elif re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)+[a-z][\w-]*", noun):
        noun = "the " + noun  # (a name's common noun, its "The" gone at the title's start: "[the] Netzarim corridor")
    verb, used = with_its_infinitive(m["verb"], m["rest"])  # "which the rebels tried to take"
    return f"{m['subject'][:1].upper()}{m['subject'][1:]} {verb} {noun}{m['rest'][used:]}"


#: Things shared with a partner named after them, the whole phrase what a clause is about: "two border crossings with
#: Kosovo", "the agreement with Cambodia".
_THINGS_WITH_A_PARTNER = re.compile(r"(?:(?:the|a|an|its|their|two|three|four|several)\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                                    r"\s+with\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                                    # (…or the partner's people: "cooperation with UN inspectors")
                                    r"(?:\s+(?:inspectors|officials|monitors|observers|envoys|negotiators|forces|troops))?")
#: A place along a border, ending a noun phrase: "[the Philadelphi corridor] along Gaza's border with Egypt".
_ALONG_A_BORDER = re.compile(r"\s+(?:along|on|near|at)\s+[^,;]*\bborders?\s+with\s+[A-Z][^,;]*$")
_RANKING_APPOSITIVE = re.compile(r",\s+the\s+(?:first|second|third|fourth|fifth|only|latest|biggest|largest|deadliest|"
                                 r"worst)\b[^,;]*$")


#: A name and a present of the third person right after it, which opens a clause: "Islamabad accuses", "Kyiv says".
_NAME_THEN_PRESENT = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?!(?:is|has|was|as|his|its|this|us)\b)"
                                r"[a-z]{3,}(?<!s)s\s+(?:[A-Z]|the\s|a\s|an\s|that\s)")


#: A relative clause's second predicate in the passive, which keeps its auxiliary: "[and was not renewed]", "[and was never
#: more than half funded]".
_SECOND_PASSIVE_PREDICATE = re.compile(r"\band\s+(?:was|were|(?:has|have|had)\s+(?:not\s+|never\s+)?been)\s+(?:not\s+|never\s+)?"
                                       r"(?:[a-z]+\s+){0,3}?"
                                       r"[a-z]{3,}ed\b")


#: A noun of saying or suspecting and the "that" that opens what it says: "accusations that ", "fears that ".
_CONTENT_NOUN_THAT = re.compile(r"(?:(?:the|a|an|new|fresh|growing)\s+)?(?:accusations?|allegations?|claims?|charges?|reports?|"
                                r"fears?|concerns?|suspicions?|rumou?rs?|assurances?|warnings?|hopes?|signs?|evidence)\s+"
                                r"that\s+", re.I)
#: A closing who-clause in the past and the bare noun phrase it is about: "[rebels] who [attacked near the capital]".
_CLOSING_WHO_PAST = re.compile(rf"\b(?P<np>(?:(?![a-z]+ed\b|{words_pattern(PLAIN_PASTS)}\b)[a-z][\w-]*\s+)?[a-z][\w-]*s)\s+who\s+"
                               rf"(?P<rest>(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;:()]*)$")


#: A gerund's plural object (and what it is of) set off before a "which" clause, up to the title's end: "suspending
#: [imports of Japanese seafood], which [had only resumed]".
_GERUND_THEN_PLURAL_BEFORE_WHICH = re.compile(r"\b[a-z]{3,}ing\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z]{3,}s(?:\s+of\s+(?:[A-Za-z][\w-]*\s+)"
                                              r"{0,2}[A-Za-z][\w-]*)?),\s+which\s+(?P<rest>(?:had|have|were|are)\s+[^,;]+)$")


#: How many people a place has, closing its noun phrase: " of about 350,000 people", " of some 2 million inhabitants".
_OF_A_POPULATION_END = re.compile(r"\s+of\s+(?:about|some|around|nearly|almost|over|more\s+than|roughly)?\s*\d[\d,.]*"
                                  r"(?:\s+(?:million|billion))?\s+(?:people|inhabitants|residents)$")
#: A gerund's object of people, then a "who" clause with its past: "supporting [the M23 rebels], who seized Goma".
_GERUND_THEN_PEOPLE_BEFORE_WHO = re.compile(rf"\b[a-z]{{3,}}ing\s+(?P<np>(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,2}}[a-z]{{3,}}s),"
                                            rf"\s+who\s+(?P<rest>(?:[a-z]{{3,}}ed|{PAST_VERB})\b[^,;]*)$")
#: A relative clause's state since a year, then the main verb: "had held since 1991 [collapsed]".
_SINCE_YEAR_THEN_MAIN = re.compile(rf"[^,;]*?\bsince\s+(?:(?:early|late|mid-?)\s*)?\d{{4}}\s+"
                                   rf"(?P<main>(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{PAST_VERB})\b.*)$")
#: A relative clause of what a happening brought about: "led to four days of strikes", "sparked protests".
_LED_TO = re.compile(r"(?:led\s+to|triggered|sparked|prompted|caused|resulted\s+in)\s+(?P<effect>(?:(?:a|an|the|\w+)\s+)?[^,;]{3,})$")
#: A saying between a relative pronoun and the modal of what it reports: ", which officials now say [could]".
_SAYING_INSIDE_RELATIVE = re.compile(r"(?P<which>,\s+(?:which|who))\s+(?:[\w'’.-]+\s+){1,3}?(?:now\s+|also\s+)?"
                                     r"(?:say|says|said|believe|believes|expect|expects|hope|hopes|fear|fears)\s+"
                                     r"(?=(?:could|would|will|may|might|should|can)\s)")


#: A plural of measures, which take effect and lapse: "UN sanctions", "the new tariffs".
_MEASURES_PLURAL_END = re.compile(rf"\b{MEASURE_NOUNS}$")


#: "And" and another noun phrase with its own participle, listed after a date: " and two civilians detained".
_NEXT_LISTED_PARTICIPLE = re.compile(r"\s+and\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|dozens\s+of)"
                                     r"\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+(?:[a-z]{3,}ed|held|taken|seized)\b")
#: A noun phrase and the participle of its making at a named place, closing a phrase: "[a similar deal] reached in Cairo".
_MADE_AT_A_PLACE = re.compile(r"(?P<np>(?:\b(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
                              r"(?:reached|signed|agreed|struck|brokered|concluded|adopted|initial+ed|held|made)\s+"
                              r"(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")
#: A happening and the place it was at, which a relative clause after is about whole unless its verb takes places:
#: "explosions in Kabul that the Taliban blamed on Pakistan" were blamed, Kabul was not.
_HAPPENING_AT_A_PLACE = re.compile(r"(?:^|\s)(?:explosions?|blasts?|attacks?|bombings?|air\s?strikes?|strikes?|raids?|"
                                   r"killings?|shootings?|massacres?|clashes|protests?|riots?|ambush(?:es)?)\s+"
                                   r"(?:in|on|at|near|against)\s+(?:the\s+)?[A-Z][^,;]*$")
#: …and the pasts that take a place as their object: "[seized] Kabul", "[besieged] El Fasher".
_PLACE_TAKING_VERB = re.compile(r"\b(?:seized|captured|took|retook|recaptured|besieged|shelled|bombed|pounded|entered|"
                                r"controlled|held|occupied|annexed|visited|surrounded|encircled|struck|hit|targeted|"
                                r"liberated|evacuated|abandoned|left|fled|ruled|governed|stormed|overran|raided)$")
#: A name, its who-clause's first predicate and a second joined on, closing a title: "Vucic, who has been president since
#: 2017 and was prime minister".
_WHO_THEN_SECOND_PREDICATE = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+who\s+[^,;]{3,80}?\s+and\s+"
                                        r"(?P<second>(?:was|were|had|[a-z]{3,}ed)\b[^,;]{2,80})")


#: A noun phrase and the infinitive of its purpose, up to the infinitive's object: "[a waterway] to link Malawi to ".
_NOUN_AND_ITS_INFINITIVE_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s+to\s+[a-z]{3,}\s)")
#: An opening phrase's preposition and the noun it governs, set off by its comma: "Under the memorandum, ".
_OPENING_GOVERNED_NOUN = re.compile(r"(?:Under|Despite|Following|With|After|Before|Since)\s+(?:the|a|an|its|their)\s+"
                                    r"[^,;]{1,60}?,\s+")
#: A noun phrase, an infinitive with its object, and a clause saying it was done: "the country to join NATO, which it did".
_INFINITIVE_THEN_DID = re.compile(r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?)\s+to\s+"
                                  r"(?P<verb>[a-z]{3,})(?P<rest>[^,;]{0,80}),\s+(?:which|as)\s+(?:it|they|he|she|we)\s+"
                                  r"(?:(?:finally|eventually|later|duly|soon)\s+)?did")
#: Two people named after "between", closing a noun phrase: "[a power struggle] between al-Burhan and RSF commander Dagalo".
_TWO_NAMED_AFTER_BETWEEN = re.compile(r"\sbetween\s+(?P<names>(?:[\w'’.-]+\s+){0,4}?(?:[a-z]{2,3}-)?[A-Z][\w'’.-]*\s+and\s+"
                                      r"(?P<last>(?:[\w'’.-]+\s+){0,4}?(?:[a-z]{2,3}-)?[A-Z][\w'’.-]*))$")


#: A counted noun phrase closing a clause, then how many of it a relative clause tells of: "…sets out [eight protocols],
#: [two] of which [were agreed]".
_COUNTED_THEN_PARTITIVE_WHICH = re.compile(r".+?\s(?P<np>(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                                           r"several|many)\s+(?:[a-z-]+\s+)?[a-z]+s),\s+(?P<q>several|some|many|most|two|three|"
                                           r"four|five|both|all)\s+of\s+which\s+(?P<rest>(?:were|was|had|have|has)\s.*)")


def relative_as_clause(title: str) -> str:
    """"The general who led the coup" → "The general led the coup": once the rest of the sentence has
    gone, the relative clause is what happened and its noun phrase who did it."""
    forced = driven_to(title)
    if forced is not None:
        return forced
    # ("…remain in custody, including former leaders of Nagorno-Karabakh who were detained": the examples' opener is no
    # part of whom the clause is about)
    title = re.sub(r"^(?:[Ii]ncluding|[Aa]mong\s+them|[Ss]uch\s+as)\s+(?=\S)", "", title)
    partitive = _COUNTED_THEN_PARTITIVE_WHICH.fullmatch(title)
    if partitive is not None:  # "The text sets out eight protocols, two of which were agreed": two of the eight were
        return f"{partitive['q'].capitalize()} of the {partitive['np']} {partitive['rest']}"
    did = _INFINITIVE_THEN_DID.fullmatch(title)
    if did is not None:  # "[The country] to join NATO, which it did": what it did is the infinitive ("The country joined NATO")
        return f"{did['np']} {past_of_base(did['verb'])}{did['rest']}"
    # ("a referendum, which officials now say could come after…": who says it is no part of what the clause tells)
    title = _SAYING_INSIDE_RELATIVE.sub(r"\g<which> ", title, count=1)
    reported = _CONTENT_NOUN_THAT.match(title)
    if reported is not None:
        # "accusations that Kigali backed rebels who attacked near the capital [in December 2023]": "that" opens what the
        # noun says, no relative clause; a closing who-clause is the date's happening ("Rebels attacked near the capital")
        who = _CLOSING_WHO_PAST.search(title, reported.end())
        return f"{who['np'][:1].upper()}{who['np'][1:]} {who['rest']}" if who is not None else title
    turned = _object_relative_as_clause(title)
    if turned is not None:
        return turned
    joined = _WHO_THEN_SECOND_PREDICATE.fullmatch(title)
    if joined is not None:
        # "Vucic, who has been president since 2017 and was prime minister [from 2014]": the last predicate, whose date went,
        # is the one told
        return f"{joined['name']} {joined['second']}"
    aside = _NOUN_AND_PARTICIPLE.match(title)
    # (not after a clause of its own: "A ceasefire took effect, brokered by Malaysia" says how it came)
    # (a compound's participle is no verb: "The Kenyan-led mission, approved")
    compounds_out = without_compounds(aside["noun"]) if aside is not None else ""
    if aside is not None and not VERB.search(compounds_out) and not FIRST_VERB.search(compounds_out):
        # "The party's congress, originally planned" → "…was originally planned"
        return f"{aside['noun']} {be_for(aside['noun'])} {aside['participle']}"
    # ("…summit that opens, the first hosted in Africa": a ranking appositive at the end is no verb of the clause)
    m = NOUN_AND_RELATIVE.match(_RANKING_APPOSITIVE.sub("", title))
    governed = _GERUND_THEN_PLURAL_BEFORE_WHICH.search(title) if ", which " in title else \
        _GERUND_THEN_PEOPLE_BEFORE_WHO.search(title) if ", who " in title else None
    if governed is not None:
        # "its citizens against travel and suspending [imports of Japanese seafood], which had only resumed": a "which"
        # after a gerund's object is about that object, whatever the clause before it held
        return f"{governed['np'][:1].upper()}{governed['np'][1:]} {governed['rest']}"
    # (what was said may have verbs of its own: "warned that famine had spread")
    told = re.match(r"(?:said|told|announced|stated|warned|claimed|reported)\s+(?P<what>.*)", m["rest"]) if m else None
    checked = re.split(r"\bthat\b", told["what"], maxsplit=1)[0] if told else m["rest"][m.end("lead") - m.start("rest"):] \
        if m else ""
    # (a second predicate of the clause keeps its auxiliary: "a ceasefire that expired and was not renewed")
    # (…with a few words of measure between: "which deployed in June 2024 and was never more than half funded")
    checked = _SECOND_PASSIVE_PREDICATE.sub("", checked).lstrip()
    # (nor when the main verb is still there after the clause: "A ceasefire that ended a year of fighting took effect")
    # (a compound's participle is no verb either: "the so-called 5+2 format, which has not met")
    if not m or VERB.search(without_compounds(CAPITALISED_WORDS.sub("", _ATTRIBUTIVE_PARTICIPLE.sub(r"\g<pre>", m["noun"])))) or re.search(rf"\b(?:{AUXILIARY}|said|says)\b", checked) \
            or _MAIN_PAST_AFTER.search(checked) \
            or re.match(r"(?:He|She|It|They|We|I)\b", m["noun"]) \
            or re.match(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:said|says|told|announced|reported)\b", m["noun"]) \
            or _NAME_THEN_PRESENT.match(m["noun"]):  # ("Islamabad accuses Kabul of harbouring militants who…": a clause)
        return title
    if BODY_OF_MEMBERS.match(m["noun"]) and not re.search(r"[,;]", m["noun"]):
        return f"{m['noun']} {m['rest']}"  # "The convoy of 14 trucks that left El Obeid": the convoy left
    # "A suspect in sniper shootings that injured…": which noun the clause is about is not sure
    # (an "of" or "and" inside a name, "National Council of Churches", is no such noun)
    # (but a measure is what takes effect, not what it is on: "A ban on imports of gas that will take effect")
    of_plural = HEAD_OF_PLURAL.fullmatch(m["noun"])
    if of_plural is not None and (re.match(r"(?:were|are|have|take|begin|end|start|expire|come|run|open|close|meet|resume|"
                                           r"return)\b", m["lead"])
                                  # (…or measures, whatever the verb's number: "the return of UN sanctions, which took effect")
                                  or _MEASURES_PLURAL_END.search(of_plural["plural"])
                                  and re.match(r"(?:took|came|entered|expired|lapsed)\b", m["lead"])
                                  # (…or people, whom "who" means: "the presence of observers, who will begin monitoring")
                                  or re.match(r",?\s+who\b", m.string[m.end("noun"):])):
        # "the delay of elections, which were postponed": the verb's number says which noun it is about
        return f"{of_plural['plural'][:1].upper()}{of_plural['plural'][1:]} {m['rest']}"
    plural_head = _PLURAL_HEAD_OF_SINGULAR.fullmatch(m["noun"])
    if plural_head is not None and re.match(r"(?:had|were|have|are|[a-z]{3,}ed)\b", m["lead"]):
        # "imports of Japanese seafood, which had resumed": a plural head before a singular is what the clause is about
        return f"{m['noun'][:1].upper()}{m['noun'][1:]} {m['rest']}"
    # (but a place is where, not what: "Talks in Istanbul that began…" began; "A war over Nagorno-Karabakh that ended…")
    # (…nor who with, what for, where to: "A peace agreement with Cambodia that was signed…")
    aimed = re.search(r"(?<=\s)(?:the|its|their)\s+(?:[A-Z][\w'’.-]*\s+)?[a-z][\w-]*$", m["noun"])
    if aimed is not None and ACTION_AIMED_AT.search(m["noun"], 0, aimed.start()):
        # "An offensive on the capital that stalled": the action, not what it was aimed at, did what the clause says
        return f"{m['noun']} {m['rest']}"
    if re.match(r"(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?[a-z]+\s+between\s", m["noun"], re.I) \
            and COURSE_OF_A_THING.match(m["rest"]):
        # "A ceasefire between the army and M23 rebels that took effect": the sides take no effect, the thing between them does
        return f"{m['noun']} {m['rest']}"
    if re.match(rf"(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:{PROCESS_NOUNS})\s+of\s", m["noun"], re.I) \
            and re.match(rf"{PROCESS_VERBS}\b", m["rest"]):
        # "The exchange of hostages and prisoners that stalled": what stalls is the process, not the people it is of
        return f"{m['noun']} {m['rest']}"
    head = m["noun"]
    # (a place's article too: "in the Caribbean"; and a place within a place: "the bridge over the Dniester at Gura Bicului")
    while (placed := _PLACE_AT_END.fullmatch(head)) is not None:
        head = placed["head"]
    # ("…killed 26 people in April 2025, which led to four days of strikes … in May": what it led to is the date's, and
    # what led to it another date's)
    effect = _LED_TO.match(m["rest"]) if re.search(r",\s+which\s", title) else None
    if effect is not None:
        return effect["effect"][:1].upper() + effect["effect"][1:]
    # ("the former government of Mikheil Saakashvili, who was in power": "who" is the person the phrase ends on)
    person = re.search(r"\bof\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)$", m["noun"]) \
        if re.search(r",\s+who\s", title) else None
    if person is not None:
        return f"{person['name']} {m['rest'].strip()}"
    # ("a power struggle between Gen. al-Burhan and RSF commander Dagalo, who had jointly led a coup": "who" is the two named
    # when the clause tells what both did, else the last)
    sides = _TWO_NAMED_AFTER_BETWEEN.search(m["noun"]) if re.search(r",\s+who\s", title) else None
    if sides is not None:
        both = re.match(r"(?:(?:had|have|were|are)\s+)?(?:jointly|together|both)\b|(?:were|are|have)\b", m["rest"].strip())
        who = sides["names"] if both else sides["last"]
        return f"{who[:1].upper()}{who[1:]} {m['rest'].strip()}"
    if re.search(r"\swho\s", title) and _PEOPLE_OF.match(m["noun"]):
        # ("Three members of the Special Monitoring Mission who had been detained": "who" is the people, not their body)
        return f"{m['noun']} {m['rest'].strip()}"
    # ("the end of direct peace talks, which were held in Istanbul": a plural verb is the plural's, not its singular head's)
    of_plural = HEAD_OF_PLURAL.fullmatch(m["noun"]) if re.match(r"(?:were|are|have)\b", m["lead"]) else None
    if of_plural is not None:
        return f"{of_plural['plural'][:1].upper()}{of_plural['plural'][1:]} {m['rest']}"
    # (nor is a preposition inside a name: "the International Criminal Tribunal for Rwanda, which shut down")
    head = re.sub(rf"\b([A-Z][\w'’.-]*)\s+(?:{NOUN_PREPOSITIONS})\s+(?=[A-Z])", r"\1 ", head)
    governed_plural = re.search(r"\b(?:for|of|to|on|in|with|against|over|after|before|following|until|amid|during|"
                                r"from|by|at)\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s)$",
                                m["noun"]) if "," in title and re.match(r"(?:were|are|have|had)\b", m["lead"]) else None
    if governed_plural is not None:
        # "The deal provided for elections, which were postponed": a plural's verb after its comma is about the plural the
        # main clause ended on (whatever governs it: "…a new constitution after parliamentary elections, which were held")
        np = governed_plural["np"]
        return f"{np[:1].upper()}{np[1:]} {m['rest'].strip()}"
    # (two counted phrases are both what the clause is about: "11 persons and 8 entities, who were listed")
    # (…nor is a gathering's topic: "The summit on climate and security, which opens…" opens)
    if (re.search(rf"\b(?:{NOUN_PREPOSITIONS})\s", head) or re.search(r"\b[a-z][\w'’]*\s+(?:of|and|or)\s", m["noun"])) \
            and not _MEASURE_OPENS.match(m["noun"]) and not COUNTED_PHRASE_END.fullmatch(m["noun"]) \
            and not _OF_A_SPAN_END.search(m["noun"]) and not _OF_A_POPULATION_END.search(m["noun"]) \
            and not _GATHERING_ON.match(m["noun"]) and not _SPAN_OF.match(m["noun"]) \
            and not (_SINGULAR_HEAD_OF_PLURAL.fullmatch(m["noun"]) and re.match(r"(?:[a-z]{2,}[^s\W]s|has|was|is)\b", m["lead"])):
        # (…but a singular verb after a plural's "of" is its singular head's: "The annual gathering of world leaders,
        # which opens on Sept. 23")
        term = _TERM_GOVERNED.search(m["noun"]) if "," in title and _TERM_RAN_OUT_CLAUSE.fullmatch(m["rest"].strip()) else None
        if term is not None:
            # (…unless what runs out is a term the phrase governs: "A decision on the force's mandate, which runs out in
            # January" — a decision runs out of nothing)
            return f"{term['np'][:1].upper()}{term['np'][1:]} {m['rest'].strip()}"
        if "," in title and re.fullmatch(r"(?:(?:was|were|has\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed|"
                                         r"[a-z]{3,}(?:\s+(?:again|back|out|off|up|down|in))?)", m["rest"].strip()):
            # (a verb alone, its object and all gone with the date: the phrase's head did it, as the comma says — "the
            # snapback of U.N. sanctions, which returned [at the end of September]"; "Namibia's transition to independence,
            # which was completed [the following March]")
            return f"{m['noun']} {m['rest'].strip()}"
        return title
    bounded = _SINCE_YEAR_THEN_MAIN.match(m["rest"])
    if bounded is not None:
        # "A ceasefire that had held since 1991 collapsed [in November 2020]": the relative's state since a year, its own
        # bound, leaves the main verb the date's
        return f"{m['noun']} {bounded['main']}"
    emptied = re.match(rf"(?!(?:was|were|had|did|got|became)\b)(?:{PAST_VERB})\s+(?!(?:was|were|had|did|got|became)\b)"
                       rf"(?={PAST_VERB}\b)", m["rest"])
    if emptied is not None:
        # "The drought that began [in late 2020] killed 40,000 people [in 2022]": the clause's verb, left alone by its date,
        # stands right before the main one, which is the title's
        return f"{m['noun']} {m['rest'][emptied.end():]}"
    # (…a name may close the clause's object: "Armenians who fled Nagorno-Karabakh gathered in Yerevan")
    for word, _verb in re.findall(rf"\b([a-z]+|[A-Z][\w-]*[a-z])\s+({PAST_VERB})\b",
                                  _SECOND_PASSIVE_PREDICATE.sub("", m["rest"].split(" ", 1)[-1])):
        # (…nor an adverb of when: "which was first scheduled")
        if word not in ("and", "or", "been", "be", "was", "were", "had", "has", "have", "is", "are", "the", "a", "an",
                        "its", "his", "her", "their", "not", "never", "first", "once", "then", "later", "again", "also",
                        "already", "still") and not word.endswith("ly"):  # ("was formally established")
            # "…Exchange that fell in price exceeded 1,000", "The ceasefire that ended the war took effect": the main
            # verb is still there
            return title
    # ("setting off fires that burned into the afternoon": the gerund's object is what the clause is about)
    # (not a happening's noun in -ing: "[fighting] in eastern Congo that has killed thousands")
    # (…and an aside's relative ends at its comma, where the main clause's verb comes back: "…and, together with a southern
    # African mission that left [in mid-2024], pushed the insurgents out" → "A southern African mission left")
    closed = re.match(rf"([^,;()]+?),\s+(?:{PAST_VERB})\b", m["rest"])
    rest = m["rest"] if closed is None else closed[1]
    noun = re.sub(r"^(?!(?:fighting|shelling|bombing|killing|looting|rioting|flooding|meeting|uprising|shooting|"
                  r"bloodletting|infighting)\b)(?:[a-z]{3,}ing)\s+(?:(?:off|up|out|down)\s+)?(?=[a-z])", "", m["noun"])
    # (…without the count of its people: "The region[ of about 350,000 people], which broke away…")
    return f"{_OF_A_POPULATION_END.sub('', noun)} {rest}"


#: People of a body, opening a noun phrase: "Three members of the Special Monitoring Mission".
_PEOPLE_OF = re.compile(PEOPLE_OF_A_BODY, re.I)
#: A noun phrase and the place it is at, ending it: "Talks [in Istanbul]", "the bridge over the Dniester [at Gura Bicului]".
_PLACE_AT_END = re.compile(rf"(?P<head>.+?)\s+(?:in|at|over|on|with|for|to)\s+(?:the\s+)?(?:{COMPASS_ADJECTIVE}\s+)?"
                           r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}")
#: A span of a happening, which begins and ends as the happening does: "ten rounds of EU-mediated talks", "months of
#: fighting".
_SPAN_OF = re.compile(r"(?:[Tt]he\s+)?(?:[\w-]+\s+)?(?:rounds|sessions|years|months|weeks|days|decades)\s+of\s+(?!the\b)"
                      r"(?:[\w-]+\s+)?[a-z]+$")
#: A plural head and a singular after its "of": "imports of Japanese seafood", "exports of grain".
_PLURAL_HEAD_OF_SINGULAR = re.compile(r"(?:(?:The|the)\s+)?(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s\s+of\s+(?:[A-Za-z][\w-]*\s+)?"
                                      r"[a-z][\w-]*[^s\W]")
#: A singular head and a plural after its "of": "The annual gathering of world leaders".
_SINGULAR_HEAD_OF_PLURAL = re.compile(r"(?:The|A|An|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+(?<!s)\s+of\s+(?:[a-z][\w-]*\s+)?"
                                      r"[a-z][\w-]*[^s\W]s")
#: The nouns of a term that can run out: "mandate", "lease", "waiver".
_TERM_NOUNS = r"(?:mandate|term|deadline|lease|licen[cs]e|waiver|moratorium|truce|ceasefire|exemption|permit|contract|visa)"
#: A term a phrase governs, which can run out: "A decision on [the force's mandate]", "talks over [its lease]".
_TERM_GOVERNED = re.compile(rf"\b(?:on|over|about|for|of|to)\s+(?P<np>(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
                            rf"{_TERM_NOUNS}|[A-Z][\w'’.-]*['’]s\s+(?:[\w-]+\s+){{0,2}}?{_TERM_NOUNS})$")
#: Running out, all a relative clause says once its date is gone: "which [runs out] in January".
_TERM_RAN_OUT_CLAUSE = re.compile(r"(?:runs|ran)\s+out|expires|expired|lapses|lapsed|is\s+due\s+to\s+expire|was\s+due\s+to\s+expire")


#: A gathering and what it is on: "The summit on climate and security", "Talks on energy and trade".
_GATHERING_ON = re.compile(r"(?:(?:The|A|An|the|a|an)\s+)?(?:[\w-]+\s+){0,2}(?:summit|talks|meeting|conference|session|forum|"
                           # (…or a body set up on a topic: "a joint working group on critical raw materials, which will meet")
                           r"dialogue|negotiations|consultations|group|committee|commission|panel|task\s+force|council)\s+"
                           r"(?:on|about|over)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?$")
#: A second simple past after a relative clause's own verb, not joined to it: "…that ended a year of fighting [took] effect".
_MAIN_PAST_AFTER = re.compile(r"^\S+\s.*?(?<!\band\s)(?<!\bor\s)(?<!,\s)(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
                              r"\b(?:took|came|went|began|fell|broke|won|lost|left|held|met)\b")
#: A participle used as an adjective inside a noun phrase: "of Russian [liquefied] natural gas", "the [armed] forces".
_ATTRIBUTIVE_PARTICIPLE = re.compile(r"\b(?P<pre>(?:the|its|our|their|a|an|of|for|on)(?:\s+[A-Z][\w'’-]*)?)\s+[a-z]{3,}ed(?=\s+[a-z])")
#: …whose gathering a clause may tell too: "…by foreign ministers, who meet on Dec. 15".
_PEOPLE_WHO_GATHER = words_pattern(PLURAL_AGENTS)
#: Bodies whose names go on with what they are on: "Council [on] Foreign Relations", "Convention [on] Cluster Munitions".
_BODIES_ON_A_TOPIC = ("Council", "Committee", "Commission", "Conference", "Convention", "Treaty", "Agreement", "Panel",
                      "Group", "Office", "Court", "Forum", "Summit", "Initiative", "Institute", "Centre", "Center")
#: The last word of a body's name: "Commission", "Council", "Front".
_BODY_HEAD = (r"(?:Commission|Committee|Council|Court|Tribunal|Agency|Organi[sz]ation|Bank|Fund|Party|Front|Movement|Union|"
              r"Alliance|Office|Ministry|Institute|Programme|Program|Authority|Mission|Forces)")
#: People named by what they are to a thing, up to the thing: "[Opponents of ]the change", "[the families of ]the victims".
_PEOPLE_OF_BEFORE = re.compile(r"(?P<np>\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?)?"
                               r"(?i:opponents|supporters|critics|members|residents|families|relatives|lawyers|officials|"
                               r"citizens|delegates|backers|followers|survivors|workers|employees|students|voters|rivals|"
                               r"allies|leaders)\s+of\s+)$")
_NAMED_RELATIVE = re.compile(r"(?P<noun>\b(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|"
                             # (an "and" inside a body's name: "the Truth and Reconciliation Commission, which…")
                             rf"and(?=\s+(?:[A-Z][\w'’.-]*\s+){{0,2}}{_BODY_HEAD}\b)|"
                             # ("on" inside a body's name, "the Council on Foreign Relations", not a name's topic: "with
                             # the United States on North Korea, which fired…")
                             + "(?:" + "|".join(rf"(?<={body}\s)" for body in _BODIES_ON_A_TOPIC) + r")on)\s+(?:the\s+)?)?){0,5}"
                             r"[A-Z][\w'’.-]*"
                             # (or a name's common noun: "Sri Lanka's civil war, which ended…")
                             r"(?:['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?"
                             r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z\d][\w-]*\s+){0,2}[a-z][\w-]*"
                             # (or a numbered text: "by resolution 1701, which ended the war…")
                             r"|\b(?:[Rr]esolution|[Dd]ecree|[Ll]aw|[Oo]rder|[Dd]ecision)\s+\d[\w/.-]*(?:\s+\(\d{4}\))?"
                             # (or a bare plural of people, whose gathering ahead the clause tells: "…approval by foreign
                             # ministers, who meet on Dec. 15")
                             r"|(?:(?<=\bby\s)|(?<=\bto\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\bof\s))(?:[a-z][\w-]*\s+)?"
                             rf"{_PEOPLE_WHO_GATHER}"
                             # (or a bare plural of happenings a time preposition governs: "a referendum could be held
                             # after parliamentary elections, which took place in June")
                             r"|(?:(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bsince\s)|(?<=\buntil\s)|(?<=\bfollowing\s)|"
                             rf"(?<=\bduring\s))(?:[a-z][\w-]*\s+)?{HAPPENINGS_PLURAL})"
                             # (a common noun's year may close it: "a war in the autumn of 2020, which ended with…")
                             r"(?P<dated>\s+(?:in|of)\s+(?:the\s+(?:(?:early|late)\s+)?(?:spring|summer|autumn|fall|winter)\s+of\s+)?"
                             r"(?:early\s+|late\s+|mid-)?\d{4})?,\s+"
                             r"(?:which|who)\s+"
                             # (an adverb of sequence may come first: "Steve Witkoff, who last met Vladimir Putin on…")
                             r"(?P<verb>(?:(?:last|first|also|later|recently|previously|once)\s+(?=[a-z]{3,}ed\b|[a-z]+\s))?"
                             r"(?:(?:[a-z]+-)?[a-z]{3,}ed|[a-z]{3,}(?<!ss)s(?=\s+(?:(?:the|a|an|its|his|her|their)\b|[A-Z]))|"
                             r"(?:will\s+|are\s+(?:due|set|expected)\s+to\s+)?(?:meet|gather|convene|vote|resume|decide)|"
                             # (an office's course in the present of schedule: "Petro, who leaves office in August")
                             r"(?:leaves|takes|assumes)\s+(?:office|power)|steps\s+down|retires|"
                             # (…or a passive's: "after local elections, which were held in March")
                             r"(?:was|were)\s+(?:held|[a-z]{3,}ed)|"
                             rf"{TRANSITIVE_PASTS})\b)"
                             # (no second clause or dash inside: "…who oversees the decree that broke up Bell [in 1984]")
                             r"(?:(?!\b(?:that|which|who)\b|--|—)[^,;:()\"“”]){0,100}?\s+(?:(?:on|in|at|during)\s+)?$")
#: A plural noun, not a word that ends in "s": "that the accession was planned".
_NOT_A_PLURAL = (r"(?!(?:was|has|is|does|this|its|his|as|us|thus|"
                 # (…nor a saying's present: "a company that the EU [says] has moved…")
                 r"says|believes|thinks|alleges|insists|argues|suspects|estimates|accuses|denies|fears)\b)")
#: A month's or weekday's name, which heads no noun a relative clause is about: "a plan in [May], which Russia vetoed".
_DATE_WORD = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|"
              r"Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
#: "…Nagorno-Karabakh, a region that Azerbaijan retook in a lightning offensive [in September 2023]": a
#: relative clause with a named subject of its own, whose object is the noun (or the name it explains).
_OBJECT_RELATIVE = re.compile(
    r"(?:(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+)?"
    # (a place or matter may follow the noun: "the ceasefire at sea that the United States announced…")
    # (…or who with: "a trilateral summit with South Korea that Tokyo had hoped to host")
    # (its head no preposition: "a rapprochement [for] which Abiy won…" is no object of the clause)
    # (…a name before it too: "the Multinational Security Support mission to Haiti, which Kenya agreed to lead")
    # (a capitalised word may hold stops: "a [U.N.-backed] mission that Kenya agreed to lead")
    r"(?P<noun>\b(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z\d][\w-]*\s+)?(?!(?:for|in|on|at|by|with|from|to|of|during|after|before|under|"
    r"through|over)\b)[a-z][\w-]*(?:\s+(?:at|on|in|over|of|with|for|to)\s+"
    # (…two words of its own with no article, which would head a noun of its own: "the association of Serb-majority
    # municipalities, which Belgrade and Pristina agreed…", not "the details of [the migration pact], which…")
    # (not a date of its own: "a wall [in 2010], which the rebels destroyed in 2014")
    rf"(?!\d|{_DATE_WORD})"
    r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}|[\w-]+)|(?!(?:the|a|an|its|their|his|her)\b)[\w-]+\s+[\w-]+))?"
    # (…or a name with its article and an adjective, set off: "the nuclear Non-Proliferation Treaty, which Iran signed")
    r"|\b[Tt]he\s+(?:[a-z][\w-]*\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
    # (…and the kind of place it is: "the Nagorno-Karabakh region, which Armenian forces controlled")
    r"(?:\s+(?:region|province|city|state|area|valley|enclave|territory|district|peninsula|strip))?(?=,\s+which\b)"
    # (…or a place's name alone, set off: "fought over Nagorno-Karabakh, which Azerbaijan retook")
    # (not a partner a border or a link is with: "…the corridor along Gaza's border with Egypt, which it seized")
    rf"|(?<![\w'’.-])(?<!\b[Tt]he\s)(?<!\bwith\s)(?<!\balong\s)(?!(?:The|A|An|It|They|He|She|We|This|That)\b)(?!{_DATE_WORD})"
    # (…or a person's, whom the clause did something to: "…a former ambassador, Simon Karam, whom Aoun appointed")
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?=,\s+(?:which|whom)\b))"
    # (the noun's own date, set off before "which": "a sealed warrant for him [in 2019], which it made public in 2021")
    rf"(?:\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:{_DATE_WORD}|\d)[\w.]*(?:\s+\d[\d,]*)?(?=,\s+which\b))?,?\s+"
    r"(?:that|which|(?<=,\s)whom)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and))*?(?:\s+[A-Z][\w'’.-]*)?(?:['’]s\s+[a-z][\w-]*)?"
    # (or people a plural names, or a pronoun: "the truce that (the) mediators proposed", "the letter that he wrote")
    # (…with a nationality among its words: "which ethnic Armenian forces controlled")
    rf"|(?:the\s+)?(?:{_NOT_A_PLURAL}[a-z][\w-]*\s+)?(?:{NATIONALITY}\s+)?{_NOT_A_PLURAL}[a-z][\w-]+s|it|they|he|she|we"
    # (…or a body, with its article: "a hotline that the army cut", "the plan that the government approved")
    r"|the\s+(?:[a-z][\w-]*\s+)?(?:army|government|military|junta|council|court|regime|ministry|police|parliament|navy|"
    r"president|rebels|group|coalition|alliance|bloc|commission|committee|cabinet|authorities|administration))\s+"
    # (not a saying: "the deal that officials said…" tells what was said of the deal)
    # (…or a past spelled as its present: "a military hotline that the North cut in April 2023")
    # (…an adverb of when before it: "Kim, whom he [last met] at Panmunjom")
    rf"(?P<verb>(?:(?:has|had)\s+)?(?:(?:last|first|then|later|once|previously|briefly)\s+)?(?!(?:said|told|reported)\b)"
    rf"(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|{PAST_AS_PRESENT})\b"
    # (…or what the subject will do or plans: "the referendum that Caracas plans for Sunday")
    rf"|(?:{ZERO_RELATIVE_AHEAD})\b)"
    r"(?P<rest>[^,;:()\"“”]{0,100}?)\s+"
    r"(?:(?:on|in|at|during|for)\s+)?$")


#: "…opposition leader Nika Melia, whose arrest [in February 2021] triggered…": what a name owns.
_WHOSE = re.compile(r"(?:(?P<name>"
                    # (a list of names, whose terms are all of theirs: "Algeria, Guyana, South Korea, Sierra Leone and Slovenia")
                    rf"(?<![\w'’.-]){LIST_OF_NAMES.pattern}(?=(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+whose\b)|"
                    # (…or a body's name with its place: "The United Nations Mission in South Sudan"; an acronym may
                    # be set off after a name: "the U.N. Interim Force in Lebanon (UNIFIL), whose")
                    r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,4}\s+(?:in|for|on)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                    r"(?:\s+[A-Z][\w'’.-]*){0,2}(?=(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+whose\b)|"
                    r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+){1,2}(?:in|of|for)\s+[A-Z][\w'’.-]*"  # "…Union mission in Somalia"
                    # (…and the body's own noun and its place: "the mission in Cyprus, whose mandate…")
                    r"|(?:The|the)\s+(?:[a-z][\w-]*\s+)?(?:mission|force|operation|office|government|administration|"
                    r"council|commission|court|tribunal)\s+(?:in|of|for|to|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                    # (not a date's month before the owner: "the arrest in [March of] First Vice-President Riek Machar")
                    r"|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+of\s)"
                    r"[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
                    r"|[A-Z][\w.-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"  # "the OSCE's field operations"
                    r"|(?:(?<![\w,] )|(?<=[a-z]ing\s)|(?<=[a-z]ed\s))(?:The|the)\s+(?:(?:[A-Z]{2,5}|[A-Z]\.[A-Z]\.)\s+)?"
                    # (…whose role a possessive may say: "The international community's high representative")
                    r"(?:(?:[a-z][\w-]*\s+){0,2}[a-z]+['’]s\s+)?"
                    r"(?:[a-z][\w-]*\s+)?(?:president|prime\s+minister|chancellor|king|queen|emir|"
                    r"leader|government|mission|force|envoy|secretary-general|commander|minister|parliament|"
                    r"representative|ambassador|mediator|negotiator|coordinator|prosecutor|governor|mayor|"
                    r"assembly|council|commission|committee|court|tribunal|board|junta|administration|authority)"
                    # (…or people told by a plural: "the appointment of senior officials, whose terms expire on…")
                    r"|(?:(?<=\bof\s)|(?<=\bfor\s)|(?<=\bto\s)|(?<=\bwith\s))(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s)(?:\s+\([A-Z][A-Za-z]{1,9}\))?,\s+whose\s+"  # ("The president, whose term ends in December, said…")
                    # "…set up a commission whose ruling two years later awarded…": a restrictive one
                    # ("…close to signing a peace treaty whose text they agreed in March": a text's)
                    r"|(?:(?<=\b[aA]\s)|(?<=\b[Tt]he\s))(?:(?P<kind>[a-z]+(?:al|ary|ional|ive|ent|ing))\s+)?"
                    # (…with the kind of body it is: "a transitional council whose term ends")
                    r"(?P<body>commission|court|tribunal|panel|council|committee|board)\s+whose\s+"
                    r"|(?<=[a-z]\s)(?P<text>treaty|agreement|accord|deal|resolution),?\s+whose\s+"
                    # (…or a named mission: "under the [African Union mission] whose mandate ended on Dec. 31")
                    r"|(?<=\b[Tt]he\s)(?P<named>(?:[A-Z][\w'’.-]*\s+){1,4}(?:mission|force|operation))\s+whose\s+)"
                    # "whose arrest", "whose Board of Governors"
                    r"(?P<owned>(?:[a-z][\w-]*\s+)?[a-z][\w-]*|[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})"
                    # (its holder's name may be set off after a role: "whose president, Nicolás Maduro, said")
                    r"(?=(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},)?[^,;:()\"“”]{0,100}$)")


_COURSE_VERB_NEXT = re.compile(rf"\s+(?:{COURSE_VERBS})\b")


def whose_clause(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"Melia's arrest triggered the resignation of the then prime minister": a "whose" clause that
    holds the date, with the name for its owner."""
    m = _WHOSE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is not None and m["name"] and CALENDAR_WORD.fullmatch(m["name"].split()[-1].rstrip(".")):
        # "…a national consultation held in late April, whose recommendations the council adopted": a date owns nothing,
        # the noun its participle dated does
        dated = _DATED_OWNER.search(sentence.text, max(0, m.start() - 80), m.start("owned"))
        word = m["owned"].split()[0]
        done = _WHOSE_OBJECT.match(sentence.text, m.start("owned") + len(word)) if dated is not None else None
        if done is None:
            return None
        subject = done["subject"][:1].upper() + done["subject"][1:]
        return turned_clause(sentence, t, f"{subject} {done['verb']} the {word} of the {dated['np']}", done.end())
    if m is None:
        return None
    own_verb = MAIN_VERB_BACK.search(sentence.text, m.start("owned") + len(m["owned"].split()[0]), t.start - sentence.start)
    if own_verb is not None and MAIN_VERB_BACK.search(sentence.text, own_verb.end(), t.start - sentence.start):
        return None  # "A treaty whose text was finalised in March was signed on Friday": the main verb is back before the date
    # (…or what runs its course: "a transitional council whose term [ends] on Feb. 7", "whose mandate [expired] in May")
    own_verb = own_verb or _COURSE_VERB_NEXT.match(sentence.text, m.start("owned") + len(m["owned"].split()[0]))
    if (m["body"] or m["text"] or m["named"]) and own_verb is not None and MAIN_VERB_AFTER_DATE.match(sentence.text, t.end - sentence.start):
        # "A peace treaty whose text was finalised in March 2025 [has still not been signed]": a restrictive clause with
        # its verb ends at its date when the main verb is back (not "whose ruling two years later awarded…")
        sentence = Sentence(sentence.start, t.end, sentence.text[:t.end - sentence.start])
    # (a name owned is one word: "whose Serbian Progressive Party has ruled since 2012")
    body = f"{m['kind']} {m['body']}" if m["body"] and m["kind"] else m["body"]
    owner, word = m["name"] or f"the {body or m['text'] or m['named']}", m["owned"] if m["owned"][:1].isupper() else m["owned"].split()[0]
    if " " in m["owned"] and _RANKING_WORD.fullmatch(word):
        word = m["owned"]  # ("the Alliance of Sahel States, whose first summit was held…": the first summit of the Alliance)
    named = _ROLE_NAMED.match(sentence.text, m.end("owned")) if _ROLE_WORD_END.search(m["owned"]) else None
    if named is not None:  # "Slovakia, whose prime minister Robert Fico lifted his veto on Wednesday": the one named did it
        return turned_clause(sentence, t, f"{possessive(owner)} {m['owned']} {named['name']}", named.end())
    # "…, whose mandate the Security Council renewed in December": the clause's own subject did it to what is owned
    done = _WHOSE_OBJECT.match(sentence.text, m.start("owned") + len(word))
    if done is None and " " in m["owned"]:  # "whose nuclear sites Israel struck"
        done = _WHOSE_OBJECT.match(sentence.text, m.end("owned"))
        word = m["owned"] if done is not None else word
    owned = m["owned"] if done is None else word
    if re.search(r"\s[a-z]+\s", owner):  # "the mandate of the African Union mission in Somalia"
        the = "the " if re.search(r"\bthe\s+$", sentence.text[max(0, m.start() - 5):m.start()]) else ""
        inside = re.sub(r"^The(?=\s)", "the", owner)  # ("the mandate of the transitional council")
        owned = f"the {word} of {the}{inside}"
        owned_end = m.start("owned") + len(word)
    else:
        owned, owned_end = f"{possessive(owner)} {owned}", m.end("owned")
    if done is not None:
        subject = done["subject"][:1].upper() + done["subject"][1:]
        if re.match(r"(?:The|A|An)\s", owned):  # ("…renewed the mission's mandate": no capital inside the clause)
            owned = owned[:1].lower() + owned[1:]
        return turned_clause(sentence, t, f"{subject} {done['verb']} {owned}", done.end())
    return turned_clause(sentence, t, owned, owned_end)
#: A ranking before the noun a "whose" clause owns, which goes with it: "whose [first] summit".
_RANKING_WORD = re.compile(r"first|second|third|fourth|fifth|last|latest|previous|next|new|inaugural|founding|final")
#: A noun a participle dates, then a "whose" clause: "a [national consultation] held in late April, whose ".
_DATED_OWNER = re.compile(r"\b(?:a|an|the)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+(?:[a-z]{3,}ed|held|signed|"
                          r"made|begun|set)\s+(?:in|on|at)\s+[^,;]{1,30},\s+whose\s+$")
#: A role a "whose" clause owns, then the name of who holds it: "whose prime minister [Robert Fico] lifted".
_ROLE_WORD_END = re.compile(r"\b(?:minister|president|premier|leader|chief|commander|king|queen|envoy|head|spokesman|"
                            r"spokeswoman|spokesperson|ambassador|chancellor|governor|mayor)$")
_ROLE_NAMED = re.compile(rf",?\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),?(?=\s+(?:has\s+|had\s+)?"
                         rf"(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|said|told|was|is|will|would)\b)")
#: The subject and verb of a "whose" clause whose owned noun is their object: "whose mandate [the Security
#: Council renewed]".
_WHOSE_OBJECT = re.compile(rf"\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}|he|she|they|we"
                           # (…or a body in lower case: "whose recommendations [the transitional council] adopted")
                           rf"|the\s+(?:[a-z][\w-]*\s+)?(?:council|parliament|assembly|government|court|committee|"
                           rf"commission|cabinet|junta|board|senate|congress)"
                           # (…or the two sides: "whose text [the two sides] agreed in March 2025")
                           rf"|the\s+(?:two|three|four|both)\s+(?:sides|countries|parties|governments|leaders|neighbours|neighbors))\s+"
                           rf"(?P<verb>(?:(?:has|had|have)\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}))\b")


#: An object relative without "that": "toward the association of Serb-majority municipalities it
#: agreed to create [in 2013]", a pronoun right after the noun phrase as the clause's subject.
#: (Not "the minister twice since he arrived", "the same time it reported": a clause of its own, or a
#: time's.)
_NOT_IN_CONTACT_NOUN = (r"(?!(?:after|before|since|as|when|while|because|until|if|once|twice|than|that|which|who|where|"
                        r"whose|whom|and|or|but|time|times|day|days|year|years|week|month|moment|way|reason|same)\b)")
#: …and one of a bare plural a preposition governs, its subject a name: "stem from [laws] [Dodik] [signed] in ".
_NAMED_CONTACT_RELATIVE = re.compile(
    r"\b(?:from|of|to|on|over|against|under|with|about)\s+(?P<noun>(?:[a-z][\w-]*\s+)?[a-z]{3,}(?<![su]s)s)\s+"
    r"(?P<subject>(?!(?:The|A|An|It|They|He|She|We|In|On|At)\b)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    rf"(?P<verb>(?!(?:said|told|reported)\b)(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)"
    r"(?P<rest>(?:(?!\s(?:and|but|or|while|as|when|after|before|because|until)\s)[^,;:()\"“”]){0,80}?)\s+"
    r"(?:(?:on|in|at|during)\s+)?$")
_CONTACT_RELATIVE = re.compile(
    # (after a preposition or a verb: "that thirteen dollar a barrel level we saw" has no noun phrase to turn)
    # (any verb before a noun phrase a plural or a name follows: "follow a deal the two countries reached")
    r"(?:\b(?:(?P<governed>of|to|toward|towards|in|on|at|for|with|from|into|over|against|by|about|under|is|was|are|were|"
    r"[a-z]{3,}ed)|(?P<verb_before>[a-z]{3,}))\s+)"
    # (…a count may stand in it: "short of the 25 million it promised to buy")
    rf"(?P<noun>(?:the|a|an)\s+(?:\d[\d,.]*\s+)?(?:{_NOT_IN_CONTACT_NOUN}(?:of|[a-z][\w-]*|[A-Z][\w-]*)\s+){{0,4}}?"
    rf"{_NOT_IN_CONTACT_NOUN}(?!(?:{NOUN_PREPOSITIONS}|of|into|between|among|near)\b)[a-z][\w-]*)\s+"
    # (or a plural noun phrase: "a maritime border deal the two countries reached in October 2022")
    rf"(?P<subject>it|they|he|she|we|the\s+(?:two\s+|three\s+|both\s+)?(?:[a-z]+\s+)?{_NOT_A_PLURAL}[a-z]{{2,}}s)\s+"
    # (a past spelled like its present after "had": "a crossing it had shut on Nov. 4")
    rf"(?P<verb>(?:(?:has|had)\s+)?(?!(?:said|told|reported)\b)(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b"
    rf"|(?:has|had)\s+{words_pattern(PAST_LIKE_PRESENT)}\b)"
    r"(?P<rest>(?:(?!\s(?:and|but|or|while|as|when|after|before|because|until)\s)[^,;:()\"“”]){0,80}?)\s+"
    r"(?:(?:on|in|at|during)\s+)?$")


#: A finite verb between an object relative's verb and the date: the date then belongs to the main clause.
_MAIN_VERB_IN_REST = re.compile(rf"\b(?:{_REST_AUXILIARY}|fell|broke|began|came|went|took)\b"
                                r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)\b[a-z]{3,}ed\b")


#: A time clause with its own subject inside an object relative's rest: "…controlled from the early 1990s [until
#: Azerbaijan retook it]".
_OWN_TIME_CLAUSE_IN_REST = re.compile(r"\b(?:until|till|after|before|when|since|while|because)\s+"
                                      r"(?:the\s+|its\s+|their\s+|[A-Z][\w'’.-]*\s+|it\s+|they\s+|he\s+|she\s+)")


#: The last noun phrase a preposition governs inside a contact relative's noun: "a return to [the war]".
_INNER_NOUN_PHRASE = re.compile(r"\b(?:of|to|for|against|over|into|from)\s+(?P<np>(?:the|a|an)\s(?:(?!\b(?:of|to|for|against|over|"
                                r"into|from)\s).)+)$")


#: A place's kind before its name: "[the besieged city of ]El Fasher".
_KIND_OF_PLACE_BEFORE_NAME = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?(?:city|town|village|port|region|province|"
                                        r"district|capital|enclave|island|territory)\s+of\s+(?=[A-Z])")


#: A prepositional phrase opening a sentence, with its comma: "Under the agreement, ", "Despite the truce, ".
_OPENING_PREPOSITIONAL = re.compile(r"^\s*(?:Under|With|Despite|Following|Amid|After|Before|In|On|At|During)\s+[^,;]{1,60},\s+"
                                    r"(?=[A-Z])")


#: A state of affairs or a fighting in a place, which a taking cannot be done to, so the place is what was taken: "the
#: situation in Aleppo, which the rebels took" (not a thing there: "the airport in Aleppo, which…" was the airport).
_MATTER_IN_PLACE = re.compile(r"^(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?(?:situation|fighting|battle|crisis|clashes|violence|unrest|"
                              r"developments|events|conditions|stand-?off"
                              # (…or words about a place: "a reference to Nagorno-Karabakh, which Azerbaijan retook")
                              r"|references?|claims?|mentions?|status|future|question|dispute)\s+(?:in|around|for|over|to|of|"
                              r"on|about)\s+"
                              r"(?P<place>(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})$")
#: A taking of a place: "took", "seized", "recaptured".
_TAKING = re.compile(r"(?:took|taken|seized|captured|recaptured|retook|retaken|overran|overrun|stormed|entered|occupied|"
                     r"annexed|liberated|besieged|encircled|surrounded)$")
#: A resumption's or a postponement's noun before what is resumed or put off: "[a resumption of ]talks", "[the
#: postponement of ]elections".
_RESUMPTION_OF = re.compile(r"^(?:a|an|the)\s+(?:resumption|revival|renewal|restart|relaunch|postponement|delay|rescheduling)"
                            r"\s+of\s+(?=\S)", re.I)
#: A clause's singular subject after a word of time, and its verb: "after [the government] said".
_CLAUSE_SUBJECT_AFTER_TIME_WORD = re.compile(r"\b(?:after|before|when|as|since|while)\s+(?P<np>the\s+[a-z]+(?:\s+[a-z]+)?|"
                                             r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:[a-z]{3,}ed|said|told|made|"
                                             r"took|gave|sent|held|met)\b")


#: A bare plural subject, which no "it" stands for: "Long queues", "Thousands of people".
_BARE_PLURAL_SUBJECT = re.compile(r"(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){0,2}[a-z]{2,}[^s\W]s|[A-Z][a-z]+[^s\W]s(?:\s+of\s+[a-z]+)?")
#: A singular noun phrase opening a time clause, and its past: "as [an al Qaeda-linked group] kept up".
_SINGULAR_CLAUSE_SUBJECT = re.compile(rf"\b(?:as|after|when|while|since|before)\s+(?P<np>(?:the|an?)\s+(?:[\w'’-]+\s+){{0,2}}?"
                                      rf"[a-z][\w-]*[^s\W])\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")
#: A saying and the "in" or "on" of where it was said, right before the source's noun: "said in [a statement]".
_SAID_IN_A_SOURCE_BEFORE = re.compile(rf"\b(?:{SAYING_IN_A_SOURCE}|told\s+[\w'’.-]+)"
                                      r"\s+(?:(?:late|early|earlier)\s+)?(?:in|on|during|via|through)\s+$")


#: A gathering or a briefing on a named thing: "a briefing on [the International Stabilization Force]".
_SPOKEN_ON_A_NAME = re.compile(r"(?i:the|a|an)\s+(?:[a-z-]+\s+)?(?:briefing|debate|discussion|update|hearing|consultations|"
                               r"talks)\s+(?:on|about)\s+(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)$")


def object_relative(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """The clause of an object relative, turned round:
    "Azerbaijan retook Nagorno-Karabakh in a lightning offensive [in September 2023]"."""
    lo, hi = max(0, t.start - sentence.start - 200), t.start - sentence.start
    m = _OBJECT_RELATIVE.search(sentence.text, lo, hi)
    if m is not None and (_MAIN_VERB_IN_REST.search(m["rest"])
                          or VERB.search(ATTRIBUTIVE_PARTICIPLE.sub("", CAPITALISED_WORDS.sub("", m["noun"])))
                          or _OWN_TIME_CLAUSE_IN_REST.search(m["rest"])):
        m = None  # "The truce that Russia agreed in March collapsed [in April]": the date is the main clause's
        # (…or a time clause's of its own: "…, which Armenian forces controlled … until Azerbaijan retook it [in 2023]")
    if m is not None and _SAID_IN_A_SOURCE_BEFORE.search(sentence.text, max(0, m.start("noun") - 40), m.start("noun")):
        m = None  # ("Hamas said in a statement that it had received the draft": what was said, no relative clause)
    if m is not None:
        verb, resume = _verb_with_its_infinitive(sentence.text, m)
        # (a name set off before a name is another's: "…to Washington, Simon Karam, whom…" is Karam)
        noun = m["name"] if m["name"] and re.match(r"(?:[Tt]he|[Aa]n?)\s", m["noun"]) \
            else re.sub(r"^(?:The|An?)\b", lambda w: w.group().lower(), m["noun"])
        # (a place's kind before its name goes: "the besieged city of El Fasher, which the RSF seized" took El Fasher)
        noun = _KIND_OF_PLACE_BEFORE_NAME.sub("", noun)
        # (what is resumed is what was stopped: "a resumption of talks, which it suspended" suspended the talks)
        noun = _RESUMPTION_OF.sub("", noun)
        # (…and what a briefing is on is the named thing the clause tells of: "a briefing on the International
        # Stabilization Force, which it authorised" authorised the force)
        spoken_on = _SPOKEN_ON_A_NAME.match(noun)
        if spoken_on is not None:
            noun = spoken_on["np"]
        matter = _MATTER_IN_PLACE.match(noun) if _TAKING.search(verb) else None
        if matter is not None:
            noun = matter["place"]
        subject = m["subject"][:1].upper() + m["subject"][1:]
        # (…and a person's "he" or "she" the main clause's named subject: "Trump said he would meet Kim, whom he last met…")
        if m["subject"] in ("it", "they", "he", "she"):  # "Armenia left the CSTO, which it joined in 1992": the main clause's subject
            # (past an opening phrase: "Under the agreement, Armenia will hand over the villages, which it has controlled…")
            doer = subject_of(_OPENING_PREPOSITIONAL.sub("", sentence.text[dateline_end(sentence.text):m.start()], count=1))
            # (…or of the clause the noun stands in, after a time word: "The release came a day after [the government] said
            # it would send a delegation to explore a resumption of talks, which it suspended in January 2025")
            inner = next(reversed(list(_CLAUSE_SUBJECT_AFTER_TIME_WORD.finditer(sentence.text, 0, m.start()))), None) \
                if m["subject"] == "it" and came_subject(sentence.text[dateline_end(sentence.text):]) is not None else None
            if inner is not None:
                doer = inner["np"][:1].upper() + inner["np"][1:]
            if m["subject"] == "it" and doer is not None and _BARE_PLURAL_SUBJECT.fullmatch(doer):
                # ("Long queues formed … as an al Qaeda-linked group kept up a blockade that it declared": "it" is no
                # plural, but the one the time clause opens with)
                singular = _SINGULAR_CLAUSE_SUBJECT.search(sentence.text, max(0, m.start() - 160), m.start())
                doer = singular["np"][:1].upper() + singular["np"][1:] if singular is not None else None
            if doer is not None and doer[:1].isupper() and doer.split()[0] not in ("It", "They", "He", "She", "We", "This") \
                    and not (m["subject"] == "it" and names_a_person(doer)):  # ("…with Israel as long as it occupies the
                # Golan Heights, which it captured in 1967": not the president who opened the sentence)
                subject = doer
            elif m["subject"] == "it":
                subject = place_or_body_before_it(sentence.text[:m.start()]) or subject
        prefix = f"{subject} {verb} {noun}"
        turned, clause_start = turned_clause(sentence, t, prefix, resume)
        after = date_phrase_end(t, []) - sentence.start
        if not re.search(r",\s+$", sentence.text[:m.start("subject")].rsplit(" ", 2)[0] + " ") \
                and FINITE_AFTER.match(sentence.text, after):
            # a restrictive clause ends at its date when the main verb follows: "…that the mediators
            # proposed in the spring of 2025 was never put into effect"
            cut = len(prefix) + after - resume
            turned = Sentence(turned.start, turned.start + cut, turned.text[:cut])
        return turned, clause_start
    named = _NAMED_CONTACT_RELATIVE.search(sentence.text, lo, hi)
    if named is not None and not VERB.search(named["noun"]):
        # "The charges stem from laws Dodik signed [in July 2023]": a bare plural a preposition governs, and a name with
        # its past right after it, is what the name did that to
        verb, resume = _verb_with_its_infinitive(sentence.text, named)
        return turned_clause(sentence, t, f"{named['subject']} {verb} {named['noun']}", resume)
    m = _CONTACT_RELATIVE.search(sentence.text, lo, hi)
    if m is None or VERB.search(CAPITALISED_WORDS.sub("", m["noun"])) \
            or (m["verb_before"] and m["subject"] in ("it", "they", "he", "she", "we") and not _gapped_after_verb(m)):
        return None
    # the pronoun is the one who did it in the clause that holds the noun: "…that Pristina had not
    # taken a step toward the association it agreed to create" is Pristina
    that = list(re.finditer(r"\bthat\s+", sentence.text[:m.start()]))
    # (…or of the clause the noun stands in: "…hours after Israel reopened a crossing it had shut")
    # (…or of what is said or supposed: "Israel says [Hamas] must return the hostages it took", "if [both sides] release…")
    own = re.split(r"[,:;]\s+|\b(?:after|before|when|while|as|because|since|until|if|unless|says|said|say)\s+(?:that\s+)?",
                   sentence.text[:m.end("noun")])[-1]
    # (its own day told before the verb is no part of the doer: "Thailand on Monday (Nov 10) suspended…")
    own = re.sub(r"\s+(?:on|in|at|late|early|last|this)\s+(?:[A-Z][a-z]+day|[\w.]+\s+\d{1,2})(?:\s*\([^)]{1,20}\))?(?=\s+[a-z])",
                 "", own)
    doer = subject_of(sentence.text[that[-1].end():m.start()]) if that else subject_of(own) if m["subject"] == "it" else None
    if m["subject"] == "they":
        # ("if both sides release the prisoners they agreed to free": the plural subject of the clause the noun stands in)
        # (…whose present a subject finder may not know: "both sides release")
        led = _PLURAL_DOER.match(own.lstrip())
        doer = next((d for d in (subject_of(own), led.group() if led and re.match(r"\s+[a-z]", own.lstrip()[led.end():]) else None,
                                 doer) if d is not None and _PLURAL_DOER.fullmatch(d)), None)
        doer = doer[:1].upper() + doer[1:] if doer else None
    if m["subject"] in ("he", "she") and not that and m["verb_before"]:
        # ("The envoy said the plan she outlined in September had won support": the person the sentence opens with)
        doer = subject_of(sentence.text[dateline_end(sentence.text):m.start()])
    if doer is None and not that and m["subject"] == "it" and re.match(r"(?:short|ahead|instead|out|because)\s+of\b", own):
        # ("Beijing has bought 20 million tonnes, short of the 25 million it promised to buy": the main clause's subject)
        doer = subject_of(sentence.text[dateline_end(sentence.text):m.start()])
    if doer is None or m["subject"] not in ("it", "they", "he", "she") or not doer[:1].isupper() \
            or doer.split()[0] in ("He", "She", "They", "It", "We"):
        if m["verb_before"] and m["subject"] in ("it", "they", "he", "she"):
            return None  # (a pronoun after a verb's object stands for a doer the clause must name: left to other rules)
        doer = m["subject"].capitalize()
    noun = m["noun"][:1].lower() + m["noun"][1:]
    inner = _INNER_NOUN_PHRASE.search(noun)
    if inner is not None:  # ("…suspended the implementation of a peace declaration it signed": the declaration, its own
        noun = inner["np"]  # article's noun phrase, is what was signed; "fears of a return to the war they fought": the war)
    verb, resume = _verb_with_its_infinitive(sentence.text, m)
    return turned_clause(sentence, t, f"{doer} {verb} {noun}", resume)


#: The verbs that take a person and then a clause of their own: "warned Moldova [it risked war]".
_TELLING_VERB = re.compile(r"(?:tell|tells|told|warn|warns|warned|inform|informs|informed|assure|assures|assured|remind|"
                           r"reminds|reminded|notify|notifies|notified|convince|convinced|persuade|persuaded|promise|"
                           r"promises|promised|show|shows|showed|teach|taught|ask|asks|asked|advise|advised)")
#: A plural doer a "they" can stand for: "both sides", "the two countries", "Armenia and Azerbaijan", "the rebels".
_PLURAL_DOER = re.compile(r"(?:[Bb]oth|[Tt]he)\s+(?:[a-z]+\s+)?[a-z]{2,}s\b|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*\s+and\s+"
                          r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*")


def _gapped_after_verb(m: re.Match[str]) -> bool:
    """Whether a pronoun's clause after a verb's object has no object of its own, so the object is the one it lacks:
    "release the prisoners [they agreed to free] a year ago" (not a clause of what a person was told: "warned Moldova it
    risked war")."""
    if _TELLING_VERB.fullmatch(m["verb_before"]) or m["subject"] == "we":
        return False
    _verb, used = with_its_infinitive(m["verb"], m["rest"])
    return re.fullmatch(r"(?:\s+(?:[a-z]+ly|again|first|last|once))?(?:\s+(?:in|at|on|from|with|during|for|by)\s.*)?",
                        m["rest"][used:]) is not None


def _verb_with_its_infinitive(text: str, m: re.Match[str]) -> tuple[str, int]:
    """A relative's verb (with its infinitive) and where its clause goes on after them."""
    verb, used = with_its_infinitive(m["verb"], m["rest"])
    return verb, m.start("rest") + used


#: A relative clause's second predicate: "…offensive in Karabakh, which began on Sept. 19, and ended
#: [the next day] with…": the antecedent, then its second verb.
_RELATIVE_SECOND_PREDICATE = re.compile(
    r"(?P<noun>\b(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*"
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w.-]*['’]s)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]*),\s+(?:which|who)\s+"
    # (not past a nearer relative clause, whose own second predicate it is: "…, which opened in Caracas, had produced a
    # ceasefire that took effect in August [and was extended]")
    r"(?:(?!\b(?:that|which|who)\s)[^;:()\"“”]){3,160}?,?\s+and\s+"
    # (a passive too: "who founded PAS in 2016 and [was re-elected] in November 2024")
    rf"(?P<verb>(?:(?:was|were)\s+)?(?:(?:re|co)-)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)"
    r"(?:(?!\b(?:that|which|who)\b)[^,;:()\"“”]){0,80}?\s+(?:(?:on|in|at|during)\s+)?$")


#: The comma that closes a relative aside, then the main clause's past and "and": ", resigned and ".
_MAIN_PAST_AFTER_ASIDE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s+and\s+$")


def relative_second_predicate(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"Azerbaijan's offensive in Karabakh, which began on Sept. 19, 2023, and ended the next day with
    the surrender…": the date of the relative clause's second verb is its antecedent's happening."""
    m = _RELATIVE_SECOND_PREDICATE.search(sentence.text, max(0, t.start - sentence.start - 240), t.start - sentence.start)
    if m is None or _MAIN_PAST_AFTER_ASIDE.search(sentence.text, m.end("noun"), m.start("verb")):
        # (not the main clause's second past, the aside closed before its first: "Morales, who governed from 2006 to 2019,
        # resigned and fled…")
        return None
    doer = _OBJECT_RELATIVE_DOER.match(sentence.text, m.end("noun")) if not m["verb"].startswith(("was ", "were ")) else None
    if doer is not None:
        # "…the Golan Heights, which Israel captured in 1967 and annexed in 1981": the relative's own doer did its second
        # past to the noun too ("Israel annexed the Golan Heights")
        noun = m["noun"][:1].lower() + m["noun"][1:] if re.match(r"(?:The|A|An|Its|Their|His|Her)\s", m["noun"]) else m["noun"]
        who = (place_or_body_before_it(sentence.text[:m.end("noun")]) if doer["doer"] == "it" else None) \
            or doer["doer"][:1].upper() + doer["doer"][1:]
        return turned_clause(sentence, t, f"{who} {m['verb']} {noun} ", m.end("verb"))
    owned = HAPPENING_IN_PLACE.search(sentence.text, max(0, m.start("noun") - 80), m.end("noun"))
    # (a passive goes on in the passive: "the treaty, which was signed in 2019, and ratified [in 2021]")
    passive = re.match(r",\s+(?:which|who)\s+(was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", sentence.text[m.end("noun"):])
    # (…as does the main clause's, back after the relative clause closed: "The agreement, which ended the war, was
    # initialled in Ohio … and signed in Paris")
    passive = passive or _PASSIVE_BEFORE_AND.search(sentence.text, m.end("noun"), m.start("verb"))
    aux = f"{passive[1]} " if passive and not INTRANSITIVE.match(m["verb"]) else ""
    return turned_clause(sentence, t, f"{owned.group(0) if owned else m['noun']} {aux}", m.start("verb"))


#: An object relative's own doer and its first past, after the noun: ", which [Israel] captured", ", which [it] seized".
_OBJECT_RELATIVE_DOER = re.compile(rf",\s+which\s+(?P<doer>it|they|he|she|we|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})\s+"
                                   rf"(?:had\s+|has\s+|have\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")
#: A passive's auxiliary and participle, the last predicate before a second participle joined on with "and":
#: ", [was initialled] in Ohio on Nov. 21, 1995 and ".
_PASSIVE_BEFORE_AND = re.compile(r",\s+(was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b[^;:()]*\sand\s+$")


#: Names listed before the last one, right before it: "[Britain, Canada and ]Australia".
_NAMES_LISTED_BEFORE = re.compile(r"(?<![\w'’.-])(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)+"
                                  r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},?\s+and\s+$")
#: Talks and the "on" of what they are about, right before a name: "talks on (Kosovo's status)".
_TALKS_ON_BEFORE = re.compile(r"\b(?P<talks>(?:(?:the|a|an)\s+)?(?:talks|negotiations|consultations|summit|conference|dialogue))"
                              r"\s+(?P<on>on|over|about)\s+$")
#: …and where they are held: "[the talks at ]the Palais des Nations".
_TALKS_AT_BEFORE = re.compile(r"\b(?:(?i:the|a|an)\s+)?(?:[a-z-]+\s+)?(?:talks|negotiations|consultations|summit|conference|"
                              r"dialogue|meeting|session)\s+(?:at|in)\s+(?:the\s+)?"
                              # (…a place inside the named one first: "talks at [a hotel on the shore of ]Lake Geneva")
                              r"(?:(?:(?:a|an|the)\s+)?[a-z-]+\s+(?:on|of|in|near|outside|by)\s+(?:the\s+)?){0,3}"
                              # (a name's first words, and its small words: "the [Palais des ]Nations")
                              r"(?:[A-Z][\w'’.-]*\s+(?:(?:des|de|du|del|della|of|la|le)\s+)?){0,3}$")


#: A flow of goods or people and where it goes, up to the place's name: "Japanese seafood exports to ", "flights from ".
#: A leaving or a joining, and the body it is from or of, up to the body's name: "their formal departure from ".
_LEAVING_FROM_BEFORE = re.compile(r"\b(?:(?:the|its|their|his|her)\s+)?(?:[a-z-]+\s+)?(?:departure|withdrawal|exit|suspension|"
                                  r"expulsion|accession|admission|membership)\s+(?:from|to|of|in)\s+$")
#: A verb of what takes effect or lapses: "took effect", "came into force", "expired".
_TAKES_EFFECT = re.compile(r"(?:took|takes|take|will\s+take)\s+effect|(?:came|comes|come|entered|enters)\s+into\s+(?:force|effect)|"
                           r"expired|expires|lapsed|lapses|became\s+effective")
_FLOW_TO_BEFORE = re.compile(r"(?P<np>\b(?:(?:the|its|their)\s+)?(?:[A-Za-z][\w'’-]*\s+){0,3}?(?:exports|imports|flights|"
                             r"shipments|sales|deliveries|supplies|trade|transfers|remittances|flows|aid))\s+"
                             r"(?P<to>to|from|into)\s+$")


#: A text and what it is on, right before the noun a relative clause follows: "[the treaty on the demarcation of ]the
#: state border".
_TEXT_ON_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}?(?:treaty|agreement|accord|deal|protocol|convention|"
                             r"law|pact|memorandum|resolution|decree|charter|declaration|statute|framework)\s+(?:on|of|for|"
                             r"concerning|regarding)\s+(?:(?:the|a|an|its|their)\s+[\w-]+\s+(?:of|on|for)\s+)?$")
#: What only a text or a measure does once in force: "entered into force", "took effect", "was ratified".
_TEXT_S_COURSE = re.compile(r"(?:entered|came|went)\s+into\s+(?:force|effect)|took\s+effect|(?:was|were)\s+ratified|expired|lapsed")


def named_relative(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"…, according to the World Food Programme, which warned on Tuesday that…": the date is the
    relative clause's, and the one named before the clause did it: "World Food Programme warned on
    Tuesday that…", the name for the pronoun."""
    m = _NAMED_RELATIVE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
    if m is not None and m["dated"] and not re.match(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s", m["noun"]):
        return None  # (a name and its year: "…visited Yerevan in 2020, which…" may be about the visit)
    if m is not None and re.match(r"were\s", m["verb"]) and not re.search(r"s$", m["noun"]):
        return None  # (a passive's number says what it is about: "…on the national airline, Belavia, which were imposed")
    if m is not None and _CALENDAR_NAME_END.search(m["noun"]):
        return None  # (a month or a day is no one who does: "…the return of sanctions in late August, which took effect")
    if m is None or (re.search(r"(?:meet|gather|convene|vote|resume|decide)$", m["verb"])
                     and not re.search(rf"\b{_PEOPLE_WHO_GATHER}$", m["noun"])):
        return None  # (who gathers is people: not "the backing of leaders, who will gather…")
    people = _PEOPLE_OF_BEFORE.search(sentence.text, max(0, m.start("noun") - 40), m.start("noun")) \
        if re.search(r",\s+who\s", m.group()) else None
    if people is not None:
        # ("Opponents of the change, who won a third of the delegates": "who" is the people, not what they oppose)
        noun = people["np"] + m["noun"]
        return turned_clause(sentence, t, f"{noun} ", m.start("verb"))
    # (a place named after its happening: "Azerbaijan's offensive in Nagorno-Karabakh, which began…" began)
    owned = HAPPENING_IN_PLACE.search(sentence.text, max(0, m.start("noun") - 80), m.end("noun"))
    # (the second of two sides is no antecedent: "the ceasefire between Israel and Hamas, which took effect")
    # (…but a side's own doing is the side's: "a settlement between Serbia and its former province, which declared
    # independence in 2008")
    sides = _BETWEEN_SIDES.search(sentence.text, max(0, m.start("noun") - 100), m.start("noun")) \
        if not _SIDES_OWN_DOING.match(m["verb"]) else None
    # (…nor the other side of a pact or a fight, when the clause tells what only a process does: "the last ceasefire with
    # the ELN, which began in August 2023" began)
    partner = _PACT_WITH_BEFORE.search(sentence.text, max(0, m.start("noun") - 80), m.start("noun")) \
        if not owned and not sides and re.match(rf"{PROCESS_VERBS}\b", m["verb"]) else None
    noun = owned.group(0) if owned else (sides["np"] + m["noun"]) if sides else (partner["np"] + m["noun"]) if partner \
        else m["noun"]
    # (what talks are on is no doer: "chaired talks on Kosovo's status, which ran from early 2006…" ran)
    topic = _TALKS_ON_BEFORE.search(sentence.text, max(0, m.start("noun") - 40), m.start("noun")) \
        if not owned and not sides else None
    if topic is None and not owned and not sides and re.match(rf"{PROCESS_VERBS}\b", m["verb"]):
        # (…nor where they are held, when the clause tells their course: "the talks at the Palais des Nations, which began
        # on Thursday")
        held_at = _TALKS_AT_BEFORE.search(sentence.text, max(0, m.start("noun") - 90), m.start("noun"))
        noun = held_at.group() + m["noun"] if held_at is not None else noun
    if topic is not None:
        noun = topic["talks"] + " " + topic["on"] + " " + m["noun"]
    # (…nor where goods go, when the clause tells a course: "Japanese seafood exports to China, which resumed in late June")
    flow = _FLOW_TO_BEFORE.search(sentence.text, max(0, m.start("noun") - 60), m.start("noun")) \
        if topic is None and not owned and not sides and re.match(rf"{PROCESS_VERBS}\b", m["verb"]) else None
    if flow is not None:
        noun = flow["np"] + " " + flow["to"] + " " + m["noun"]
    # (…nor a body left or joined, when the clause tells what takes effect: "their formal departure from the Economic
    # Community of West African States, which took effect on Jan. 29, 2025")
    left = _LEAVING_FROM_BEFORE.search(sentence.text, max(0, m.start("noun") - 60), m.start("noun")) \
        if not owned and not sides and _TAKES_EFFECT.match(sentence.text, m.start("verb")) else None
    if left is not None:
        noun = left.group() + m["noun"]
    text_of = _TEXT_ON_BEFORE.search(sentence.text, max(0, m.start("noun") - 90), m.start("noun")) \
        if topic is None and flow is None and not owned and not sides and _TEXT_S_COURSE.match(sentence.text, m.start("verb")) \
        else None
    if text_of is not None:
        # ("the treaty on the demarcation of the state border, which entered into force on 1 March": a text takes effect,
        # not what it is on)
        noun = text_of.group() + m["noun"]
    ranked = _RANKED_AMONG_BEFORE.search(sentence.text, max(0, m.start("noun") - 90), m.start("noun"))
    if ranked is not None:  # ("…at the Poipet crossing, the busiest of the four, which handled…": the crossing)
        noun = ranked["np"]
    owner = re.search(r"\bbetween\s+(?P<x>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+and\s+$",
                      sentence.text[max(0, m.start("noun") - 60):m.start("noun")]) if noun.startswith("its ") else None
    if owner is not None:  # ("between Serbia and its former province, which declared…": Serbia's former province)
        noun = possessive(owner["x"]) + noun[3:]
    # (people from a body are who: "Observers from the Organization of American States, who arrived on Dec. 8")
    people = _PEOPLE_FROM_BEFORE.search(sentence.text, max(0, m.start("noun") - 40), m.start("noun")) \
        if re.match(r"(?:the\s+)?[A-Z]", m["noun"]) and re.search(r",\s+who\s", m.group()) else None
    if people is not None:
        noun = f"{people['np']}{noun}"
    # (…and so is a person a role names before what the role is for: "The EU's envoy for the dialogue, who visited…")
    role = _ROLE_FOR_BEFORE.search(sentence.text, max(0, m.start("noun") - 60), m.start("noun")) \
        if people is None and re.search(r",\s+who\s", m.group()) and not re.match(r"(?:the\s+)?[A-Z]", m["noun"]) else None
    if role is not None:
        noun = f"{role['np']}{noun}"
    listed = _NAMES_LISTED_BEFORE.search(sentence.text, max(0, m.start("noun") - 90), m.start("noun")) \
        if noun == m["noun"] and re.match(r"(?:the\s+)?[A-Z]", m["noun"]) else None
    if listed is not None:  # ("…joining Britain, Canada and Australia, which announced similar plans": all three did)
        noun = listed.group() + noun
    if re.search(r"(?:meet|gather|convene|vote|resume|decide)$", m["verb"]):
        noun = re.split(r"\s+of\s+", noun)[-1]  # ("the backing of leaders, who will gather": the leaders)
    # (names joined by "and" are both what a plural clause is about: "…along with Burkina Faso and Niger, which formed
    # their own confederation")
    joined = _NAMES_JOINED_BEFORE.search(sentence.text, max(0, m.start("noun") - 80), m.start("noun")) \
        if noun == m["noun"] and re.match(r"[A-Z]", noun) else None
    if joined is not None and (_PLURAL_CLAUSE.match(sentence.text, m.start("verb"))
                               # (…as they are when they open the sentence, its subject: "Finland and Poland, which signed
                               # a similar arrangement in 2023, are expected to join")
                               or not sentence.text[dateline_end(sentence.text):joined.start()].strip()):
        noun = joined.group().strip() + " " + noun
    return turned_clause(sentence, t, f"{noun} ", m.start("verb"))


#: Names listed before the last one, with their "and": "Burkina Faso and ", "Mali, Burkina Faso and ".
_NAMES_JOINED_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                                  r"\s+and\s+$")
#: A relative clause told of more than one: "formed their own", "were", "have".
_PLURAL_CLAUSE = re.compile(r"(?:[a-z]+\s+){1,3}?(?:their|themselves|each\s+other)\b|(?:were|have|are)\b")


#: A noun phrase and the ranking set off after it, up to what it is ranked among: "[the Poipet crossing], the busiest of ".
_RANKED_AMONG_BEFORE = re.compile(r"(?P<np>\b(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+),\s+the\s+"
                                  r"(?:[a-z]+est|largest|first|last|only|main)\s+(?:of|in|among|on)\s+$", re.I)
#: What a side does of its own, not what happens to what is between the sides: "declared", "said", "accused".
_SIDES_OWN_DOING = re.compile(r"(?:has\s+|had\s+)?(?:declared|said|says|announced|accused|claimed|warned|told|insisted|rejected|"
                              r"demanded|refused|refuses|wants|wanted|won|lost|joined|left|became|elected|voted|invaded|"
                              r"annexed|recognised|recognized|seceded|broke\s+away)\b")
#: A month's or a weekday's name that ends a noun phrase.
_CALENDAR_NAME_END = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                                r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.?$")
#: A name, what it is set off after it, and "who": "Ruben Vardanyan, a Russian-born billionaire who ".
_NAME_DESCRIBED_WHO = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+(?:a|an|the)\s+[^,;()]{1,60}?\s+who\s+"
                                 r"(?=(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|served|led|ran|held|won|fought|took|became|was|were)\b)")


def described_name_relative(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"Among the defendants is Ruben Vardanyan, a Russian-born billionaire who served as state minister from November
    2022": the "who" clause's date is the named person's doing ("Ruben Vardanyan served as state minister")."""
    m = _NAME_DESCRIBED_WHO.search(sentence.text, max(0, t.start - sentence.start - 200), t.start - sentence.start)
    if m is None or re.search(r"[,;]", sentence.text[m.end():t.start - sentence.start]):
        return None
    return turned_clause(sentence, t, f"{m['name']} ", m.end())


#: People named by the body they are from or of, before its name: "[Observers from ]the Organization of…".
#: (people, not "the auspices of Turkish President Erdogan, who…", whose "who" is the president)
_PEOPLE_FROM_BEFORE = re.compile(rf"(?:^|(?<=\s))(?P<np>(?:[Tt]he\s+)?(?:[A-Za-z][a-z-]+\s+)?(?i:{_PEOPLE_WHO_GATHER}|members|"
                                 r"representatives|supporters|relatives|lawyers|staff|employees|students|citizens|"
                                 r"nationals)\s+(?:from|of)\s+)$")
#: A person's role and what it is for, before the thing's noun: "[The EU's envoy for ]the dialogue".
_ROLE_FOR_BEFORE = re.compile(rf"(?P<np>(?:\b[Tt]he\s+|\b[A-Z][\w'’.-]*['’]s\s+)(?:[\w'’.-]+\s+){{0,2}}?"
                              rf"(?i:{PERSON_ROLE_WORDS}|spokesman|spokeswoman|negotiator|commander|chief|head)\s+"
                              r"(?:for|of|to|on)\s+)$")
#: A noun phrase whose "between" names two sides, up to the second: "the ceasefire between Israel and ".
#: A pact or a fight and its preposition, right before the other side: "the last national ceasefire with ".
_PACT_WITH_BEFORE = re.compile(r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|"
                               r"talks|negotiations|dialogue|deal|agreement|accord|pact|war|conflict|fighting|clashes|"
                               r"struggle|insurgency|rebellion|uprising|campaign|fight)"
                               r"\s+(?:with|against)\s+)$")
_BETWEEN_SIDES = re.compile(r"(?P<np>(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:the|a|an|its|their)\s)[\w-]+\s+){0,3}?[\w-]+"
                            # (…or bare talks: "separate talks between Kinshasa and the rebels, which produced…")
                            r"|\b(?:(?:separate|direct|indirect|new|fresh|peace)\s+)?(?:talks|negotiations|fighting|clashes))\s+between\s+"
                            r"(?:the\s+)?"
                            # (a side may be a name's possession: "between Colombia's government and")
                            # (…or a common noun's: "between the army and")
                            r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:(?<=['’]s)\s+[a-z][\w-]*)?"
                            r"|(?<=\bthe\s)(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+and\s+)$")
#: …and a noun phrase that opens with one: "A ban on imports of gas".
_MEASURE_OPENS = re.compile(MEASURE + r"\s", re.I)


#: The gathering a thing came from, and where: "at their previous meeting in Baku", "during the summit".
_GATHERING = (r"(?:(?:at|during)\s+(?:the|their|its|his|her|a|an)\s+(?:[a-z][\w-]*\s+|[A-Z][\w'’.-]*\s+){0,2}"  # ("the Ramstein meeting")
              r"(?:meeting|summit|session|conference|congress|assembly|talks|forum)(?:\s+in\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
              r"[A-Z][\w'’.-]*)?"
              # (…or bare talks: "exchanges agreed at peace talks in Istanbul in May")
              r"|(?:at|during)\s+(?:[a-z][\w-]*\s+)?talks(?:\s+in\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
              r"[A-Z][\w'’.-]*)?)")

#: "A grain deal brokered in July 2022 collapsed…": a participle right before its own date (after a
#: noun, not an auxiliary) and a finite verb right after it make a reduced relative clause ("the
#: quarter ended Sept. 30" is no happening but the name of a period).
#: An aside opened by a participle, up to an "and" before another: ", adopted by the legislature in June and [signed]".
_SECOND_PARTICIPLE_OF_ASIDE = re.compile(rf",\s+(?:{PARTICIPLE_PHRASE})[^,;()]*\sand\s+$")
#: A past verb and its object, a participle then right after: "answered [a letter] sent in the fall".
_PAST_VERB_OBJECT = re.compile(rf"\b(?:{PAST_VERB})\s+(?:(?:to|on|for|against)\s+(?=(?:the|a|an|its|their|his|her)\s))?"
                               # (…its preposition too: "has not responded [to] a similar offer made in July"; not "with",
                               # what a happening came with: "ended with a truce brokered on July 28")
                               rf"(?:(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){{1,2}}"
                               # (…or a bare plural: "had won [local elections] held the previous day")
                               rf"|(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s\s+)$")
#: Nothing but a preposition between a participle and its date, or a named agent: "sent [in the] fall", "passed [by
#: Congress] last month".
_RIGHT_BEFORE_DATE = re.compile(r"\s+(?:by\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?(?:(?:in|on|at|during|last|this|early|late)\s+)?"
                                r"(?:the\s+)?")
#: What may follow the participle's date: the clause's end, another clause, or a relative clause about the same noun
#: ("a law passed by Congress last month[ that would have let…]").
# (…a place of the participle's after its date: "…held the previous day [in every major city], as thousands…")
_CLAUSE_GOES_ON = re.compile(r"(?:\s+(?:in|across|throughout)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+(?=\s*(?:[.;:!?]|$|,\s+(?:and|but|while|as)\s)))?"
                             r"(?:\s*(?:[.;:!?]|$|,\s+(?:and|but|while|as)\s)|\s+(?:that|which)\s+(?:would|will|could|was|were|is|are|"
                             r"had|has|have)\b)")
#: A particle inside a place's name: "Dar [es] Salaam", "Rio [de] Janeiro".
_NAME_PARTICLE = r"(?:es|de|del|da|do|dos|al|el|la|le|du|des|van|von|bin)"
#: A participle of what is planned or expected of the noun right before it: " expected to", " set to", " seen as".
_NOUN_S_PLAN_PARTICIPLE = re.compile(r"\s+(?:expected|set|due|scheduled|slated|poised|seen|meant|designed|intended|billed)\s+"
                                     r"(?:to|as)\b")
#: A body as a participle's agent: "[estimates published] by the alliance [in June]".
_BY_A_BODY = (r"by\s+the\s+(?:[A-Za-z][a-z]+\s+){0,3}?(?:alliance|government|ministry|agency|council|commission|committee|army|"
              r"military|court|parliament|organi[sz]ation|bank|fund|office|secretariat|union|coalition|bloc|mission|junta|"
              # (…or a party: "a petition filed by the ruling Georgian Dream party in the spring")
              r"regime|cabinet|presidency|party|movement|front)")
#: A subject and the opening of an aside after it, up to the word that governs a noun: "The target, up [from]",
#: "The new ceiling, well above [the]".
_ASIDE_OPENED_AFTER_SUBJECT = re.compile(r"[^,;:()]{2,80},\s+(?:[a-z]+\s+){0,2}")
#: The aside's closing comma and the main verb after it: ", splits into", ", was raised".
_COMMA_THEN_MAIN_VERB = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{FINITE_WORD}|[a-z]{{3,}}(?<!ss)s\b)")
#: An adjective of a place's state or part, before its name: "occupied", "besieged", "rebel-held", "eastern".
_PLACE_ADJECTIVE = r"(?:occupied|besieged|annexed|northern|southern|eastern|western|central|[a-z]+-held)"
#: A "be" or "have" and an adverb just before a participle: "was fully", "has since".
_BE_AND_ADVERB_BEFORE = re.compile(r"\b(?:was|were|been|be|is|are|has|had|have)\s+(?:[a-z]{3,}ly|since|since\s+been)\s+$",
                                   re.I)
#: The kind of place a name stands before: "the Adre [camp]", "the Zaporizhzhia nuclear [plant]".
_KIND_OF_PLACE = (r"(?:nuclear\s+|border\s+|refugee\s+|military\s+|air\s+|oil\s+|gas\s+)?(?:camps?|region|district|province|"
                  r"area|city|town|village|valley|crossing|port|airport|base|prison|hospital|refinery|plant|mine|"
                  r"fields?|corridor|strip|gulf|mountains|hills|neighbo(?:u)?rhood|square|palace|embassy|consulate|station)")
_REDUCED_PARTICIPLE = re.compile(r"(?<!\bwhat\s)(?<!\bWhat\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                                 # (after a relative pronoun it is the clause's finite verb: "the talks that opened")
                                 r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
                                 r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bget\s)(?<!\bgot\s)"
                                 # (nor one after "as", the plan it keeps to: "will take place [as] scheduled in 2028")
                                 r"(?<!\bas\s)(?<!\bAs\s)"
                                 r"(?:(?<=[a-z]\s)|(?P<comma>(?<=[\w)],\s)(?:(?:first|initially|originally|later|previously|"
                                 r"already|once|now|formally|officially|finally|eventually|jointly|unanimously|narrowly|"
                                 r"secretly|quietly|provisionally)\s+)?))"  # "the Paris Agreement, adopted in December 2015,"
                                 # (no verb without an object is a passive's participle: "a bid to delay them by six
                                 # months failed in the Security Council")
                                 # (nor "followed" without its agent: "a declaration … followed in Doha on July 19")
                                 # (a prefix with its hyphen is the participle's: "Sandu, re-elected in November 2024,")
                                 rf"(?P<part>\b(?:(?:re|co|pre|un|self|hand)-)?(?!{NO_PASSIVE_PASTS}\b)(?!followed\s+(?!by\b))(?:(?:set|drawn|carried|laid|called|put)\s+(?:up|out|down|off|forward)|"
                                 r"[a-z]{3,}ed|signed|agreed|held|made|won|begun|built|set|struck|taken|shot|sent|"
                                 r"caught|drawn|written|given|stolen|brought|due|(?:hit|shut|cut)(?=\s+by\b)"
                                 # (…or set off by its comma before its date: "gas supplies to the region, cut on Jan. 1,")
                                 r"|(?<=,\s)(?:hit|shut|cut)(?=\s+(?:on|in|at|during|since|last|this|from)\b)))\s+"
                                 r"(?:(?!only\b)[a-z]{3,}ly\s+)?"  # ("the memorandum, renewed automatically in 2020")
                                 # (…or a phrase of its manner: "corridors agreed in principle in October")
                                 r"(?:(?:in\s+(?:principle|writing|secret|private|public|full|part)|behind\s+closed\s+doors)\s+)?"
                                 # ("a peace treaty initialled at the White House in August": a named place may come between)
                                 # …or its agent: "a ceasefire brokered by Norway in February 2002", "by the DRC and Rwanda"
                                 # (or a place of common nouns: "a state declared in the north in 1983")
                                 # (or the other side: "a peace declaration signed with Cambodia on Oct. 26")
                                 # (…the other side's common noun too, and its place: "a framework agreed with the U.N.
                                 # nuclear watchdog in Cairo in September"; two sides: "sites struck by Israel and the United
                                 # States in June")
                                 # (a name's particle is no end of it: "in Dar es Salaam", "in Rio de Janeiro")
                                 # (…or a place near a named one: "peacekeepers killed near Beni on Tuesday")
                                 # (…with its adjective: "civilians detained in occupied Kherson in 2023")
                                 # (…or the kind of place the name is: "an outbreak detected in the Adre camp on Nov. 19")
                                 rf"(?:(?:at|in|by|with|near|outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)\s+"
                                 # (no month is a place: "initialled [in April] and signed in Almaty in August")
                                 # (…a name's "so-called" before it: "proposed by the so-called Quad in September")
                                 rf"(?:the\s+)?(?:so-called\s+|self-styled\s+|self-proclaimed\s+)?(?:{_PLACE_ADJECTIVE}\s+)?"
                                 rf"(?:(?!{_DATE_WORD})[A-Z][\w'’.-]*\s+(?:(?:and\s+(?:the\s+)?|"
                                 rf"{_NAME_PARTICLE}\s+)(?=[A-Z]))?){{1,4}}(?:{_KIND_OF_PLACE}\s+)?"
                                 r"(?:(?:[a-z][\w-]*\s+){0,2}(?:in|at)\s+[A-Z][\w'’.-]*\s+)?"
                                 # (…and where: "an agreement reached by the parties in Muscat on 23 December 2023")
                                 # (not what follows: "…this week, followed by talks in Beijing in early December")
                                 r"|(?<!followed\s)(?<!preceded\s)by\s+(?:the\s+)?(?:[A-Za-z][a-z]+\s+){0,2}?[a-z]{3,}s\s+"
                                 r"(?:in|at)\s+[A-Z][\w'’.-]*\s+"
                                 r"|by\s+(?:the\s+)?(?:(?:[A-Za-z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)\s+){0,2}?[a-z]{3,}s\s+"
                                 # (…two nationalities' plural: "sites hit by Israeli and U.S. strikes in June")
                                 r"|by\s+(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)\s+and\s+(?:[A-Z][a-z]+|[A-Z]\.(?:[A-Z]\.)+)\s+[a-z]{3,}s\s+"
                                 # ("first reported by diplomats in
                                 # early October", "given by the Bosnian authorities in May")
                                 # (…or by a body: "estimates published by the alliance in June")
                                 rf"|{_BY_A_BODY}\s+"
                                 # (or the gathering it came from: "a declaration adopted at their previous meeting in Baku")
                                 rf"|{_GATHERING}\s+"
                                 # (or what it was imposed on: "a 20% tariff imposed on Vietnamese goods in August")
                                 r"|on\s+(?:[A-Z][\w'’.-]*\s+){0,2}[a-z][\w-]*s\s+"
                                 r"|(?:in|at|near|across|along|over|inside|outside)\s+the\s+"
                                 r"(?!(?:first|last|past|next|same|early|late|end|spring|summer|autumn|fall|winter)\b)(?:[a-z][\w-]*\s+){1,2})?"
                                 # (…a part of the day before it: "a statement issued late on Tuesday")
                                 r"(?:(?:late|early)\s+(?=on\s))?(?:(?:in|on|at|during|since|last|this|from|between)\s+"
                                 # (a plan's "for": "now scheduled for no later than June 28")
                                 r"|(?:(?<=scheduled\s)|(?<=planned\s)|(?<=slated\s)|(?<=set\s)|(?<=rescheduled\s))for\s+"
                                 r"(?:no\s+later\s+than\s+)?)?(?:the\s+)?$")
#: An opening phrase's preposition and its noun, up to the noun's participle: "Under a French-brokered compromise ".
_FRONTED_GOVERNED_NOUN = re.compile(r"\s*(?:Under|After|Following|Despite|Since|Before|With|Amid)\s+(?:the|a|an|its|their)\s+"
                                    r"[^,;()]{1,60}?\s+")
#: The end of an opening phrase's participle clause after its date: "," or what came with it, then ",": " after nine
#: months of indirect talks in Cairo,".
_PARTICIPLE_PHRASE_CLOSED = re.compile(r"(?:\s+(?:after|following|between|with|by|in|at|amid)\s+[^,;.]{1,80})?,")
#: An urging of what is still to be done: "called on partners to speed up", "urged Kyiv to accept".
_URGED_TO = re.compile(r"\b(?:call(?:s|ed)\s+on|urg(?:es|ed)|ask(?:s|ed)|press(?:es|ed)|appeal(?:s|ed)\s+to)\s+[^,;]{1,60}?"
                       r"\bto\s+[a-z]{2,}\s")
#: (…or a count after a word that lists: "including [two] soldiers", "among them [12] journalists")
_NOUN_PHRASE_OPENER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s|(?<=\bincluding\s)(?=\w)"
                                 r"|(?<=\bamong\sthem\s)(?=\w)", re.I)
_POSSESSIVE_NAME_OPENER = re.compile(r"\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s")
#: A second place and its date after a participle's first, then the main verb: "Talks held in Vienna in 2019[ and in
#: Geneva three years later came close…]".
_SECOND_PLACE_THEN_VERB = re.compile(rf"\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[^,;]{{1,30}}?"
                                     rf"\s{FINITE_WORD}")


#: A question asked about a noun phrase set before it: "And the sanctions announced last Tuesday[, are there more coming?]".
_QUESTION_AFTER = re.compile(r",\s+(?:are|is|was|were|will|would|do|does|did|can|could|has|have)\s+(?:there|they|it|we|you|these|those)"
                             r"\b[^.!?]*\?")
#: Pasts of intent, whose "to" opens their own infinitive: "agreed on Friday to extend".
_INTENT_PARTICIPLES = {"agreed", "decided", "voted", "pledged", "vowed", "promised", "planned", "refused", "failed", "offered",
                       "sought", "threatened", "moved", "asked", "urged", "called", "wanted", "hoped", "tried", "expected"}
#: An auxiliary opening the main clause's predicate: " was declared void".
_AUXILIARY_NEXT = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would)\b")
#: A noun's infinitive of purpose after a participle's date: " to resume inspections".
_NOUNS_INFINITIVE = re.compile(r"\s+to\s+[a-z]{3,}(?:\s+(?!(?:was|were|is|are|has|have|had|will|would|that|which|who)\b)[a-z][\w-]*)"
                               r"{0,3}(?=\s)")


#: (not after "of": "a block of shares issued July 1" is the block's)
#: A noun or a verb whose "to" opens an infinitive, right before it: "the failure to", "refused to", "a pledge to".
_TAKES_AN_INFINITIVE = re.compile(r"\b(?:failure|refusal|decision|pledge|promise|plans?|attempts?|efforts?|bid|move|orders?|"
                                  r"right|ability|commitment|offer|calls?|demands?|requests?|proposals?|willingness|readiness|"
                                  r"need|vow|threat|failed|fail|agreed|agree|refused|refuse|promised|pledged|vowed|decided|"
                                  r"tried|sought|hoped|planned|wanted|voted|asked|urged|allowed|forced)\s+to\s+$", re.I)
#: That infinitive's verb, before the plural object it takes: "[open ]corridors".
_INFINITIVE_THEN_OBJECT = re.compile(r"[a-z]{3,}\s+(?=[a-z][\w-]*[^s\W]s\b)")
#: Pasts whose object may be a clause's subject ("said the rebels attacked in May"): no noun a participle qualifies.
_CLAUSE_TAKING_PASTS = (r"said|told|reported|announced|claimed|believed|thought|knew|feared|warned|confirmed|denied|insisted|"
                        r"argued|noted|added|stated|suggested|showed|found|learned|learnt|revealed|acknowledged|admitted|"
                        r"estimated|predicted|expected|hoped|felt|assumed|alleged|stressed|explained|saw|heard|meant|"
                        r"ensured|agreed|decided|understood|realised|realized|doubted|guessed|wrote|indicated")
_GOVERNED_BARE_PLURAL = re.compile(r"\b(?:to|by|in|from|on|for|under|with|at|over|against|about|into|despite|amid"

                                   # (…or a past's bare object: "replaced [home-rule arrangements] introduced in 1979")
                                   r"|replaced|ended|followed|revived|restored|reversed|superseded|scrapped|abolished"
                                   # (…or a gerund's: "accusing the other of redrawing [maps] agreed in the spring")
                                   r"|(?<=\sof\s)[a-z]{3,}ing)"
                                   # (a name or an abbreviation may qualify it: "according to U.N. estimates released…")
                                   # (no day and no second preposition between: "on [Tuesday over] maps")
                                   r"\s+(?P<noun>(?:(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][\w.'’-]*\s+)?"
                                   r"(?:(?!(?:to|by|in|from|on|for|under|with|at|over|against|about|into)\b)[a-z][\w-]*\s+)?"
                                   r"[a-z][\w-]*[^s\W]s)\s+$"
                                   # (…or people a name qualifies, after "of": "the release of [United Nations personnel]
                                   # detained by Ansar Allah since June 2024")
                                   r"|\bof\s+(?:all\s+)?(?P<people>(?:[A-Z][\w'’.-]*\s+){1,3}(?:personnel|staff|citizens|nationals|workers|"
                                   r"employees|officials|soldiers|troops|journalists|diplomats|aid\s+workers))\s+$")


#: A plural noun of doing's "of" and the bare plural it governs, up to a participle of a blow: "inspections of [sites] "
#: (struck by Israel) — what is struck is the places, as what is promised is the deliveries ("deliveries of systems
#: promised").
_PLURAL_OF_BARE_PLURAL = re.compile(r"(?<=[a-z]{3}s\s)of\s+(?P<noun>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s)\s+$")
#: …and the participles of a blow or a seizure, done to places or things.
_BLOW_PARTICIPLE = re.compile(r"struck|hit|bombed|shelled|attacked|targeted|damaged|destroyed|raided|seized|captured")
#: A subordinate clause's subject right before a past: "since the deadline for its withdrawal [passed]".
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:since|after|before|until|when|once)\s+(?:the|a|an|its|their|his|her)\s+"
                                  r"(?:[\w'’-]+\s+){0,6}$")
#: …unless that subject is what the past was done to: "since the law passed by parliament" has an agent after.
_INTRANSITIVE_PARTICIPLE_SUBJECT = re.compile(r"\b(?:law|bill|resolution|decree|deal|agreement|treaty|truce|ceasefire|accord|plan|"
                                              r"sanctions|measures)\s+$")


#: A time clause's conjunction and its subject, a noun phrase with no verb, right up to a past: "since [the deadline for its
#: withdrawal] ", "after the talks in Geneva ", or a bare plural's: "since [talks] ".
_TIME_CLAUSE_SUBJECT_END = re.compile(r"\b(?:since|after|before|until|once|when)\s+(?:(?:the|its|their|his|her)\s+"
                                      # (not past the clause's own past and its object: "after the rebels [broke a]
                                      # truce agreed in the spring")
                                      # (no "and", which joins another phrase: "since the start of the year and the
                                      # implementation of the decisions signed")
                                      rf"(?:(?!(?:was|were|is|are|had|has|have|been|and)\b)"
                                      rf"(?!(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s+(?:the|a|an|its|their|his|her)\s)"
                                      # (its own attributive date may stand in it: "the deadline for its withdrawal under
                                      # the November 2024 ceasefire")
                                      r"[\w'’.-]+\s+){0,11}"
                                      r"|(?:[a-z][\w-]+\s+)?[a-z][\w-]+s\s+"
                                      # (…a bare plural and what it goes to: "after Russian gas supplies to the breakaway
                                      # region [stopped] on New Year's Day")
                                      r"|(?:[A-Za-z][\w'’.-]*\s+){0,3}[a-z][\w-]+s\s+(?:to|of|for|from|into)\s+(?:the\s+)?"
                                      r"(?:[\w'’.-]+\s+){1,4})$")


#: A phrase of agent, auspices or place after a participle's date: " by Turkey", " under the auspices of the EU".
AGENT_OR_PLACE_PHRASE = re.compile(r",?\s+(?:by|under|between|with|in|at|through)"
                                   # (a few words, none opening a clause or an infinitive of their own: not "in Brussels on a
                                   # roadmap to implement an energy deal first [reached]"; "in the presence of U.S. President
                                   # Donald Trump")
                                   r"(?:\s+(?!(?:to|that|which|who|and|or|but|first|then|later|also)\b)(?:(?:[A-Z]\.)+|[^\s,;.:!?()\"“”]+)){1,8}?"
                                   rf"(?=\s+{FINITE_WORD})")


#: A present before its object: "follows a", "marks the" (the clause's verb, before a noun's participle).
_PRESENT_BEFORE_OBJECT = re.compile(r"\b[a-z]{3,}(?<!ss)s\s+(?:the|a|an|its|their|his|her)\b")


#: A passive of the clause and the "and" or "but" a second participle is joined on with, which goes on in the passive:
#: "was approved by Turkish Cypriots in a referendum in April 2004 [but] rejected".
_JOINED_ON_TO_A_PASSIVE = re.compile(r"\b(?:was|were|(?:has|have|had)\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b[^,;]*?\s"
                                     r"(?:but|and|yet)\s+(?:then\s+|later\s+|[a-z]+ly\s+)?$")


def _gathering_held(s: str, m: re.Match[str]) -> bool:
    """Whether the participle is a gathering's holding, which no gathering does itself: "after a long war and a referendum
    [held] in April 1993" is a participle, never a time clause's verb."""
    return bool(HELD_PARTICIPLE.match(m["part"]) and _GATHERING_END.search(s, max(0, m.start("part") - 30), m.start("part")))


def reduced_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> tuple[int, int] | None:
    """The span of "brokered in July 2022" when `t` dates a participle after a noun and a verb
    follows: the participle's happening, not the sentence's."""
    s = sentence.text
    start = t.start - sentence.start
    end = date_phrase_end(t, inside) - sentence.start
    # (the second of two dates listed is the participle's as the first is: "…agreed at talks in Istanbul in May and June")
    listed = next((o for o in inside if o is not t and o.end <= t.start
                   and re.fullmatch(r",?\s+(?:and|or)\s+(?:in\s+|on\s+)?", s[o.end - sentence.start:start])), None)
    if listed is not None:
        start = listed.start - sentence.start
    for o in sorted(inside, key=lambda o: o.start):  # (…and the list goes on to its last: "taken on Nov. 3[, 10 and 17] show")
        if o.start - sentence.start >= end and re.fullmatch(r",\s+|,?\s+(?:and|or)\s+", s[end:o.start - sentence.start]):
            end = date_phrase_end(o, inside) - sentence.start
    m = _REDUCED_PARTICIPLE.search(s, max(0, start - 70), start)
    if m is not None and m["comma"] is not None \
            and any(c.end() == m.start("comma") for c in series_predicate_commas(s, start, end)):
        return None  # "The army seized the town, [killed] three officers in March, and left": a series' predicate
    if m is not None and _BE_AND_ADVERB_BEFORE.search(s, max(0, m.start("part") - 40), m.start("part")):
        return None  # "A military agreement … was fully [suspended] by Seoul in June 2024": a passive's own participle
    if m is None or (_RELATIVE_SUBJECT.search(s, max(0, m.start("part") - 60), m.start("part"))
                     # (not what is told to whom: "Mirzoyan told reporters that the treaty initialled in August…")
                     and not _TOLD_WHOM_THAT.search(s, max(0, m.start("part") - 90), m.start("part"))
                     # (unless the clause's verb follows the date: "a claim that footage published on Nov. 27 does
                     # not support")
                     and not re.match(r"\s+(?:does|do|did|is|are|was|were|has|have|had)\s+(?:not\s+)?[a-z]{3,}", s[end:])):
        return None
    if m["comma"] is None and _JOINED_ON_TO_A_PASSIVE.search(s, dateline_end(s), m.start("part")):
        return None  # "A UN plan was approved … in April 2004 but [rejected] by Greek Cypriots a week later": the passive goes on
    source = _ACCORDING_TO_BEFORE.search(s, max(0, m.start("part") - 60), m.start("part")) if m["comma"] is None else None
    if source is not None and not any(o is not t and o.end <= t.start for o in inside) \
            and (_PAST_BEFORE_ASIDE.search(s, dateline_end(s), source.start())
                 or re.search(r"\b(?:has|have)\s+(?:\w+\s+)?[a-z]{3,}(?:ed|en)\b", s[dateline_end(s):source.start()])):
        # "…have backed the plan, according to results announced late on Sunday": a source, told of the undated news past
        # (not when the news has its own date: "Stocks fell last year, according to a report published in October"; nor
        # when it is a present state: "Gangs control 90 percent of the capital, according to estimates released…")
        return None
    if m["comma"] is None and zero_relative_before(s, start):
        return None  # "…to discuss a deal Washington brokered in March": the subject's own verb, no participle
    if m["comma"] is None and _TIME_CLAUSE_SUBJECT_END.search(s, max(0, m.start("part") - 100), m.start("part")) \
            and not re.match(r"\s+(?:by|to)\b", s[m.end("part"):]) and not _gathering_held(s, m):
        return None  # "…since the deadline for its withdrawal [passed] in February 2025": the time clause's own verb
    if m["comma"] is None and _SECOND_PARTICIPLE_OF_ASIDE.search(s, max(0, m.start("part") - 120), m.start("part")):
        return None  # "The law, adopted … in June and signed by Goita on Tuesday,": the aside's second participle
    if m["comma"] is not None:  # set off by commas, the aside closes before the main verb (or a relative
        # clause about its noun follows: "…the Taif Agreement, signed … in October 1989, which ended 15 years of war")
        # (the aside may go on past its date: "The court, set up in 2015 under Kosovo law but based in the Netherlands,
        # has so far convicted four people")
        # (not past an agent: "The draft, drawn up in October by envoys from both Rome and Oslo, surfaced…" is told whole)
        # (…or before the state a verb keeps its noun in: "keep a hotline, set up in March 2023, open around the clock")
        finite = re.match(rf"(?:\s+(?!by\b)[^,;()]{{1,60}}?)?,\s+(?:{FINITE_WORD}|{TRANSITIVE_PASTS}\b|set\b)", s[end:]) \
            or (_OPENING_GOVERNED_NOUN.fullmatch(s, dateline_end(s), m.start("part"))  # (…or the noun an opening phrase
                # governs, when the main clause after the aside tells only what would have been: "Under the memorandum,
                # signed on Jan. 1, 2024, Somaliland would have leased…")
                and re.match(r",\s+(?:[A-Z][\w'’.-]*|the\s+[a-z]+|it|they)\s+(?:would|could|should|might)\s+(?:not\s+)?have\b",
                             s[end:])) \
            or re.match(rf",\s+which\s+(?:{FINITE_WORD}|[a-z]{{3,}}ed\b|{TRANSITIVE_PASTS}\b)", s[end:]) \
            or (_CLOSING_ASIDE_END.match(s, end) and _PRESENT_MAIN_VERB.search(s, dateline_end(s), m.start())
                # …or closes a sentence told in the present, no past before it: "The resolution welcomes the pledge for
                # reconstruction, announced in May."
                and not _PAST_BEFORE_ASIDE.search(s, dateline_end(s), m.start())) \
            or (_CLOSING_ASIDE_END.match(s, end)  # …or closes a sentence told in the past perfect, no other date
                # in it: "ATMIS had itself succeeded the African Union Mission in Somalia (AMISOM), deployed in March 2007."
                and _PAST_PERFECT_MAIN.search(s, dateline_end(s), m.start())
                and not any(o is not t for o in inside)) \
            or (_CLOSING_ASIDE_END.match(s, end)  # …or closes the sentence, whose main verb has its own date:
                # "…approved a new plan for the eastern flank, launched in September after drones entered…"
                # (the main verb stands before the aside, and no other aside: "Delfin, who was…, followed in 1979")
                and any(o.end - sentence.start <= m.start() for o in inside if o is not t)
                and not CLAUSE_COMMA.search(s, dateline_end(s), m.start() - 2)
                and VERB.search(s, dateline_end(s), m.start())) \
            or re.match(r",\s+(?:open|closed|shut|intact|operational|active|running|in\s+place|in\s+force|unchanged)\b",
                        s[end:]) is not None \
            or (re.match(r",\s+[a-z]{3,}(?<!ss)s\s+(?:the|a|an|its|their|his|her|with|in|on|at|to|into|from|after|off|back|"
                         # (…or a bare plural object: "The joint commission, set up in 1975, sets quotas for cod")
                         r"out|up|down|[a-z]{3,}(?<!ss)s)\b", s[end:])  # …or before a present of the subject's, told in a
                # chronology's present: "The Rubymar, struck in February, sinks with its cargo"
                # (after the entry's label: "March 2, 2024 – ")
                and not re.search(r"[,;]|\b(?:is|are|was|were|has|have|had|will)\b",
                                  re.split(r"\s[–—]\s|:\s", s[dateline_end(s):m.start()])[-1].rstrip(" ,"))) \
            or (re.match(r",\s+(?:to|of|in|on|at|for|with|from|by|against|over)\s", s[end:])  # …or before the rest
                # of a phrase, after a noun phrase of its own: "a reference in its constitution, adopted in
                # 1995, to the declaration"
                and _DETERMINED_NOUN_BEFORE.search(s, max(0, m.start() - 60), m.start()))
    else:
        if SECOND_PREDICATE.match(s, end) and not FIRST_VERB.search(s, dateline_end(s), m.start("part")) \
                and not VERB.search(s, dateline_end(s), m.start("part")) \
                and not _PRESENT_BEFORE_OBJECT.search(s, dateline_end(s), m.start("part")):
            # "Talks on an armistice started in July 1951 and dragged on for two years": the sentence's subject, with no
            # verb yet, and a second past joined on after the date: the first past is the main verb, no participle
            return None
        if _SUBORDINATE_SUBJECT.search(s[:m.start("part")]) and re.match(r"\s*[.;!?]?\s*$", s[end:]) \
                and not _INTRANSITIVE_PARTICIPLE_SUBJECT.search(s[:m.start("part")]) and not _gathering_held(s, m):
            # "…since the deadline for its withdrawal passed in February.": the clause's subject and its verb, no
            # noun and participle (closing the sentence, with no main clause left to follow it)
            return None
        # "…, according to a U.N. report published in October.": a noun a preposition governs, at the clause's end
        # (not "…circular that it mailed last Friday", nor the main verb: "Details of the slaying emerged on Sunday")
        # (or the bare object of an infinitive: "failed to examine evidence submitted on Sept. 30")
        # (or a bare plural: "…can return to sites struck in June")
        # (a gerund may come between: "accused each other of breaking a truce agreed that May")
        # (a sentence may open with it: "Under a deal reached in Cairo on Sept. 9, it promised…")
        governed = re.search(r"\b(?:(?i:to|by|in|of|from|on|for|under|with|despite|amid|after|following|against|over|about|above|"
                             # ("…freed 52 prisoners, including a journalist jailed since 2021")
                             # (…or after a verb of state: "Among those freed was [a journalist] arrested in 2021")
                             r"below|beyond|including|among|was|were|included|includes)\s+"
                             # (…or a count: "…released six hostages, including [two] soldiers seized in September")
                             r"(?:[a-z]{3,}ing\s+)?(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|"
                             r"ten|dozens\s+of|hundreds\s+of|\d{1,3}(?:,\d{3})*)"
                             # (or the object of an infinitive or a modal's verb: "could suspend the framework agreed…")
                             r"|(?:to|could|would|will|may|might|can|must|should)\s+(?:not\s+|never\s+)?[a-z]{3,}"
                             # (…a length of time it goes on by may come first: "to extend [by another year] the truce
                             # first reached…")
                             r"(?:\s+(?:by|for)\s+(?:another|a|an|one|two|three|four|five|six|\d+)\s+(?:more\s+)?"
                             r"(?:days?|weeks?|months?|years?))?"
                             # (or of a progressive: "said it was suspending a peace declaration signed…")
                             r"|(?:was|were|is|are)\s+[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her)"
                             # (or of a measure undone or kept: "having only partially lifted a ban imposed in August 2023")
                             r"|(?:lifted|eased|extended|renewed|scrapped|reversed|relaxed)\s+(?:the|a|an|its|their)"
                             # (…or any past's object but a saying's, whose clause may follow: "the rebels broke a truce
                             # agreed in the spring")
                             rf"|(?!(?:{_CLAUSE_TAKING_PASTS})\b)(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s+(?:the|a|an|its|their)"
                             # (or of a present that only speaks of it: "The EU recalls the agreement signed…")
                             # (or of a verb that relates to it: "They recalled the declaration adopted…")
                             # (…or its second object: "They discussed the TRIPP corridor and the peace agreement
                             # initialed…")
                             rf"|(?:{SPEAKING_PRESENT.pattern}|{RELATING_VERB.pattern})\s+(?:[^,;]{{1,60}}?\s+and\s+)?"
                             r"(?:the|a|an|its|their))\s+"
                             # (a number's comma is no clause's: "the 2,000-page framework")
                             # (a determiner not after "of" opens a clause's subject: "a peace declaration [the two
                             # countries] signed in Kuala Lumpur")
                             r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:that|which|who|it|he|she|they|we)\b)"
                             r"(?!(?<!\bof\s)(?:the|a|an)\b)"
                             r"(?:\d{1,3}(?:,\d{3})+[\w-]*|[^,;\s]+)\s+){0,5}$",
                             s[:m.start("part")]) \
            or _GOVERNED_BARE_PLURAL.search(s[:m.start("part")]) \
            or (_PLURAL_OF_BARE_PLURAL.search(s[:m.start("part")]) if _BLOW_PARTICIPLE.fullmatch(m["part"]) else None) \
            or _LISTED_AFTER_PARTICIPLE.search(s[:m.start("part")]) \
            or (_GATHERING_LISTED_AFTER.search(s, max(0, m.start("part") - 100), m.start("part"))
                if HELD_PARTICIPLE.match(m["part"]) else None)
        if governed is not None and re.match(r"to\s", governed.group()) \
                and _SUBJECT_INFINITIVE_OPENING.fullmatch(s, dateline_end(s), governed.start()):
            # "Talks to revive the deal opened in Vienna": the infinitive is the subject's own, and its object's
            # "participle" the main verb
            return None
        attribution = ATTRIBUTED_ON.search(s, max(0, start - 80), start) if governed else None
        if attribution is not None and attribution.start() < governed.start() \
                and re.match(r"(?i:from|of|at|in|for|with)\b", governed.group()):
            return None  # ", mediators from the so-called Quad announced on Sunday": a closing attribution's sayer, no
            # noun a participle qualifies
        # (…when the main clause has a date of its own: "ended with a statement signed on 10 November" is one happening)
        # (up to the governing word, or past it when it is the verb: "recalls the agreement signed…")
        # (all of a relating verb's words: "builds on")
        relating = (SPEAKING_PRESENT.match(governed.group()) or RELATING_VERB.match(governed.group())) if governed else None
        verb_end = governed.start() + (relating.end() if relating else 0) if governed else 0
        # (not a participle in the subject's aside: "The agreement[, reached at a meeting in Kuala Lumpur,] builds on")
        aside = re.match(r"[^,;]{1,60},\s+[a-z]{3,}(?:ed|en)\b[^,;]{0,120},\s+", s)
        lead = aside.end() if aside is not None and aside.end() <= verb_end else 0
        verbs = [v for v in (FIRST_VERB.search(s, lead, verb_end), VERB.search(s, lead, verb_end),
                             RELATING_VERB.search(s, lead, verb_end), SPEAKING_PRESENT.search(s, lead, verb_end)) if v] \
            if governed else []
        main_verb = min(verbs, key=lambda v: v.start()) if verbs else None
        # (the noun's infinitive may come between: "An agreement reached in Cairo on Sept. 9 to resume inspections was
        # declared void")
        # (an auxiliary then, not a verb of intent's own infinitive: "…government agreed on Thursday to extend a ceasefire
        # that halted…")
        purpose = _NOUNS_INFINITIVE.match(s, end) if m["part"].lower() not in _INTENT_PARTICIPLES else None
        # (a full date's closing comma is its own: "A truce agreed in Jeddah on May 20, 2023, was broken…")
        # (…or an appositive between: "A video released in February, the only sign of life, showed her…")
        appositive = re.match(r",\s+(?:the|a|an|its|their|his|her)\s+[^,;()]{1,60},", s[end:])
        # (…or who by, under what or where, before the main verb: "A grain deal brokered in July 2022 [by Turkey] collapsed")
        phrase = AGENT_OR_PLACE_PHRASE.match(s, end)
        finite = FINITE_AFTER.match(s, end) or (purpose is not None and _AUXILIARY_NEXT.match(s, purpose.end())) \
            or (phrase is not None and FINITE_AFTER.match(s, phrase.end()) and not VERB.search(phrase.group())
                # (not the phrase's own noun's participle of a plan: "…voted on Sunday in an election [expected to] hand…")
                and not _NOUN_S_PLAN_PARTICIPLE.match(s, phrase.end())
                # (…nor an indefinite noun's own participle: "voted on Sunday in a snap election [called] after…")
                and not (re.match(r"(?:in|at|during)\s+(?:a|an)\s", phrase.group().lstrip())
                         and re.match(r"\s+[a-z]{3,}ed\s+(?:after|by|for|to|in|on|over|amid|following)\b", s[phrase.end():]))) \
            or (appositive is not None and FINITE_AFTER.match(s, end + appositive.end())) \
            or (re.search(r"\d,\s+\d{4}$", t.text) is not None and s.startswith(",", end) and FINITE_AFTER.match(s, end + 1)) \
            or _QUESTION_AFTER.match(s, end) or _SECOND_PLACE_THEN_VERB.match(s, end) or (
            # (a phrase of whom or where may end the participle's clause: "…signed in 2009 between the
            # government and the rebels.")
            # (or a second predicate of the main subject: "…signed on 27 June 2025 and calls on both countries…")
            # (or a second object of the main verb: "discussed the corridor agreed on Nov. 18 and the need to…")
            # (…or what it came after: "…brokered by Malaysia on July 28 after five days of clashes.")
            # (…a clause of its own and a count's commas too: "…on July 28 after five days of fighting killed 43 people and
            # displaced more than 300,000.")
            re.match(r"\s*(?:(?:between|with|by|in|at|near|outside|within|after|following|amid|during)\s+"
                     r"(?:[^,;.:!?]|(?<=\d),(?=\d{3}\b)){1,130})?"
                     r"(?:[.;:!?,]|$|\s+and\s+(?:also\s+)?"
                     r"(?!is\b|was\b|has\b)[a-z]{3,}(?:s|ed)\s+(?:(?:on|for|the|a|an|to|that|its|their)\b|(?-i:[A-Z]))"
                     r"|\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:of|to|for)\b"
                     # (or a second noun with a participle of its own: "…signed on July 19 and a prisoner exchange
                     # mechanism agreed in September")
                     r"|\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z]{3,}(?:ed|en)\s+(?:in|on|at|by|last)\b"
                     # (…or one a zero relative dates: "…brokered in July and a peace declaration [the two countries signed]
                     # in October")
                     r"|\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s+(?:(?:the|its|their|both)\s+"
                     r"(?:[\w-]+\s+){0,2}?|(?:[A-Z][\w'’.-]*\s+){1,2})[a-z]{3,}ed\s+(?:in|on|at|last)\b"
                     # (…or the noun's purpose: "under a plan approved by the cabinet a day earlier to disarm Hezbollah")
                     r"|\s+to\s+(?!be\b)[a-z]{3,}\s+(?:the|a|an|its|their|[A-Z])\w*"
                     # (…or an object relative about where it was done, closing the sentence: "…adopted at a national
                     # conference on Saturday that the main parties boycotted.")
                     r"|\s+that\s+(?:the|a|an|its|their|most|many|some)\s+[^,;]{1,60}?\s[a-z]{3,}ed\s*[.;]?\s*$)",
                     s[end:])
            # (a source's needs no main verb found: "Gangs control the capital, according to a report published on
            # Monday", whose present no past day dates)
            and governed is not None and (main_verb is not None or re.search(r"\baccording\s+$", s[:governed.start()]))
            # (the other date may come between the preposition and its noun: "broke off talks on Tuesday over maps agreed…")
            # (…but a predicate joined after it is no participle: "shut for a month on Oct. 27 and reopened on Nov. 20")
            # (…nor is a year the noun's own: "sanctions lifted under [the 2015] nuclear deal returned")
            and (main_verb is None or any(main_verb.end() <= o.start - sentence.start and o.end - sentence.start <= m.start("part")
                                          and not re.fullmatch(r"[\s,]*(?:and|but|then|or)?\s*",
                                                               s[o.end - sentence.start:m.start("part")])
                                          and (o.end - sentence.start <= governed.start() or not re.search(
                                              r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", s[:o.start - sentence.start]))
                     for o in other_dates(t, inside))
                 # …or the participle's noun is a past's own object: "the rebels broke a truce agreed in the spring"
                 or re.match(rf"(?!(?:{_CLAUSE_TAKING_PASTS})\b)(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s+(?:the|a|an|its|their)\s",
                             governed.group())
                 # …or a present perfect, which no past day dates: "Fighting has continued despite a truce
                 # announced on April 23"
                 or re.search(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?$", s[:main_verb.start()])
                 or re.match(r"(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ung)\b", s[main_verb.start():])
                 # …or a present of what holds ("The movement takes its name from a peace deal signed in 2009")
                 or re.fullmatch(r"takes|is|are|remains|remain|means|dates|owes|draws|rests|stems", main_verb.group())
                 or SPEAKING_PRESENT.fullmatch(main_verb.group())
                 # …or a verb that relates to an earlier happening: "The decree follows a ban imposed in April 2024"
                 or RELATING_VERB.fullmatch(main_verb.group())
                 # …or one of the things the main clause lists, its own participle's: "released six hostages, including
                 # two soldiers seized in September"
                 or re.match(r"(?i:including|among|included|includes|was|were)\b", governed.group())
                 # …or a future: "Thailand will release 18 soldiers captured in July"
                 or re.fullmatch(r"will|shall", main_verb.group())
                 # …or an urging of what is still to be done: "called on partners to speed up deliveries of systems
                 # promised at the Ramstein meeting in October"
                 or _URGED_TO.search(s, main_verb.start(), governed.end()) is not None
                 # …or a source's: "…was 18% lower, according to estimates published in October"
                 or re.search(r"\baccording\s+$", s[:governed.start()])
                 # …or a noun deep in a long object: "reviewed the results of the meetings held … and the
                 # implementation of the protocol decisions signed on 2 October" (the review is not the signing)
                 # (a conjunction is no preposition here: "…after the stock market closed Wednesday")
                 or (len(s[main_verb.end():governed.start()].split()) > 10
                     and not re.match(r"(?i:after|before|since|following)\b", governed.group()))))
    if not finite and m["comma"] is None and re.match(r"\s*(?:[.;:!?,]|$)|\s+and\s+[a-z]{3,}\s+(?:the|a|an|its|their|[A-Z])",
                                                      s[end:]) \
            and _FUTURE_VERB_OBJECT.search(s, max(0, m.start("part") - 80), m.start("part")):
        # "Thailand will release 18 soldiers captured in July": no future is dated by a past (nor is the modal's second
        # verb: "…would reimpose an arms embargo lifted in 2020 and ban Iran from…")
        finite = True
    if not finite and m["comma"] is None and governed is not None and governed.re is _LISTED_AFTER_PARTICIPLE \
            and re.match(r"\s*(?:[.;:!?]|$)", s[end:]):
        finite = True  # "…prisoners captured in July and the weapons seized in August.": listed as the first was
    if not finite and m["comma"] is None and governed and re.match(r"\s+by\s", s[m.end("part"):start]) \
            and re.match(r"\s*(?:[.;:!?,]|$)", s[end:]):
        finite = True  # "…access to sites struck by Israel and the United States in June.": a passive's agent, then its day
    if not finite and m["comma"] is None and re.match(r"\s+by\s", s[m.end("part"):start]) \
            and re.match(r"\s*(?:[.;:!?]|$)", s[end:]) \
            and re.search(r",\s+[a-z]{3,}ing\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}$",
                          s[max(0, m.start("part") - 80):m.start("part")]):
        finite = True  # "…, accepting a petition filed by the ruling party in the spring.": a set-off gerund's object, so too
    if not finite and m["comma"] is None and governed is not None \
            and re.match(r"(?:lifted|eased|extended|renewed|scrapped|reversed|relaxed)\s", governed.group()):
        finite = True  # "…having only partially lifted a ban imposed in August 2023": the imposing's day, not the lifting's
    if not finite and m["comma"] is None and _PARTICIPLE_PHRASE_CLOSED.match(s, end) \
            and _FRONTED_GOVERNED_NOUN.fullmatch(s, dateline_end(s), m.start("part")):
        finite = True  # "Under a compromise agreed in July 2022, North Macedonia must…": the opening phrase's noun's day
        # (its phrase may go on past the date: "Under the deal reached on Oct. 19 after nine months of talks, Hamas…")
    if not finite and m["comma"] is None and governed and _AGREEMENT_PARTICIPLE.fullmatch(m["part"]) \
            and re.search(r"\s(?:at|in)\s+(?:the\s+)?[A-Z]", s[m.end("part"):start]):
        finite = True  # "suspended a peace declaration signed in Kuala Lumpur on Oct. 26": the signing's day
    if not finite and m["comma"] is None and governed is not None and governed.re is _GATHERING_LISTED_AFTER \
            and re.match(r"\s*(?:[.;:!?,]|$)", s[end:]):
        finite = True  # "…, after two decades of war and a referendum held in January of that year.": the holding's day
    if not finite and m["comma"] is None and governed is not None and _HARM_PARTICIPLE.fullmatch(m["part"]) \
            and _MOURNED_PEOPLE_BEFORE.search(s, max(0, m.start("part") - 60), m.start("part")) \
            and re.match(r"(?:\s+(?:to|from|in|at|into|near)\s+[^,;:]{1,60}?)?\s*(?:[.;:!?]|$)", s[end:]):
        # (…a place they were taken to may close it: "…the return of 252 Venezuelans deported in March to a prison")
        finite = True  # "…opened with a minute of silence for two peacekeepers killed near Beni on Tuesday.": the killing's
    if not finite and m["comma"] is None and _CLAUSE_GOES_ON.match(s, end) \
            and _PAST_VERB_OBJECT.search(s, max(0, m.start("part") - 60), m.start("part")) \
            and _RIGHT_BEFORE_DATE.fullmatch(s, m.end("part"), start):
        finite = True  # "Pyongyang had not answered a letter sent in the fall.": a past's object, its participle's own day
    if not finite and m["comma"] is None \
            and (re.match(r"\s*(?:[.;:!?]|$)", s[end:])
                 # (a source's tail is short: no copy of the rest of a page-long sentence per date)
                 or len(s) - end <= 400 and ATTRIBUTION_TAIL.match(s[end:].rstrip(" .;"))
                 # (…or the next of the listed complements: "…defenders of Mariupol captured in May 2022[ and two
                 # civilians] detained…")
                 or _NEXT_LISTED_PARTICIPLE.match(s, end)) \
            and _BARE_COMPLEMENT.search(s, max(0, m.start("part") - 140), m.start("part")):
        # "Among those freed were defenders of Mariupol captured in May 2022": the capture's date (its source may close
        # the sentence: "…, the headquarters said")
        finite = True
    if not finite and m["comma"] is None and _BARE_SENTENCE_SUBJECT.fullmatch(s, dateline_end(s), m.start("part")) \
            and _SECOND_SUBJECT_WITH_PARTICIPLE.match(s, end):
        finite = True  # "A deal agreed in Brussels in February 2023, and an annex agreed in Ohrid…, have yet to…": the first
    if not finite and m["comma"] is None and _AND_SECOND_SUBJECT_BEFORE.search(s, max(0, m.start("part") - 80), m.start("part")) \
            and _COMMA_THEN_FINITE.match(s, end):
        finite = True  # "…, and an annex agreed in Ohrid the following month, have yet to be implemented": the second
    if not finite and _COORDINATED_PARTICIPLE.match(s, end) \
            and not (_BARE_SENTENCE_SUBJECT.fullmatch(s, dateline_end(s), m.start("part"))
                     and not re.match(rf"[^,;]*\b(?:{_REST_AUXILIARY})\b", s[end:])):
        finite = True  # "a ban imposed in April 2024 and lifted in July": each participle has its own date
        # (but "Fighting resumed in the mid-1980s and peaked in 1988": the sentence's subject and its verbs, when
        # no main verb follows: "The truce agreed in Doha on Oct. 19 and extended on Oct. 30 was meant…")
    if not finite and m["comma"] is None and governed is not None \
            and _ASIDE_OPENED_AFTER_SUBJECT.fullmatch(s, dateline_end(s), governed.start()) \
            and _COMMA_THEN_MAIN_VERB.match(s, end):
        finite = True  # "The target, up from the 2% goal set at a summit in 2014, splits into…": the aside's noun's day
    if not finite and re.match(r"\s*(?:[.;:!?]|$)", s[end:]) and _PARTICIPLE_AND_BEFORE.search(s, max(0, m.start("part") - 120),
                                                                                        m.start("part")):
        finite = True  # …and the second of them: "…and lifted [in July of that year]"
    if not finite:
        return None
    if _PLAN_FOR.search(s, m.end("part"), start) and not _CLOSING_STOP.match(s, end):
        return None  # "Talks planned for Thursday were cancelled": the plan's day is the main verb's (not so a closing aside's)
    agent = re.match(r",?\s*by\s+[^,;]{1,80}?(?=\s*(?:[.;!?]|$))", s[end:]) if m["comma"] is not None else None
    if agent is not None:  # ", signed on July 12, 2025, by the main political forces.": the agent goes with the aside
        end += agent.end()
    return m.start("part"), end
#: "and" and a second subject's determiner right before its participle: "[, and an] annex agreed…".
_AND_SECOND_SUBJECT_BEFORE = re.compile(r",?\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?$")
#: The main verb after the comma that closes a second subject's participle: "[, have] yet to be implemented".
_COMMA_THEN_FINITE = re.compile(rf",\s+(?:{FINITE_WORD})")
#: Nothing but the sentence's end after a date.
_CLOSING_STOP = re.compile(r"\s*(?:[.;!?]|$)")
#: A plan's "for" right before its date: "scheduled [for no later than] June 28".
_PLAN_FOR = re.compile(r"\bfor\s+(?:no\s+later\s+than\s+)?(?:the\s+)?$")
#: A source the news is told after, up to its participle: "according to U.N. figures ".
_ACCORDING_TO_BEFORE = re.compile(r"\baccording\s+to\s+(?:[\w'’.-]+\s+){1,4}$")
#: A present main verb of a body or a person, and any past: what tells a sentence told in the present.
_PRESENT_MAIN_VERB = re.compile(r"\b(?:welcomes|says|calls|urges|notes|recalls|condemns|reaffirms|reiterates|stresses|"
                                r"expects|hopes|supports|backs|rejects|praises|regrets|deplores)\b"
                                # (…or a present perfect: "Brussels has effectively frozen Georgia's candidate status, granted
                                # in December 2023.")
                                r"|\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]{3,}en|held|made|kept|put|set|cut|lost|"
                                r"left|led|won)\b")
#: A past perfect: "had itself succeeded", "had long opposed".
_PAST_PERFECT_MAIN = re.compile(r"\bhad\s+(?:(?:[a-z]+ly|itself|themselves|already|long|never|once)\s+)?[a-z]{3,}(?:ed|en)\b")
_PAST_BEFORE_ASIDE = re.compile(rf"\b(?:{PAST_VERB}|was|were|had)\b")
#: The rest of a sentence a participle aside closes: nothing, or a clause of time ("after drones entered…").
_CLOSING_ASIDE_END = re.compile(r"\s*(?:(?:after|before|when|as|following|amid)\b[^,;]*"
                                # (…or its agent: ", signed on July 12, 2025, by the main political forces.")
                                r"|,?\s*by\s+[^,;]{1,80})?(?:[.;!?]|$)")
#: A relative clause's own subject before the verb, which is then no participle: "the ceasefire that the
#: United States announced in the spring", "the plan which Kyiv drafted in May".
#: (after a noun, so not a clause of saying: "said that the talks held in May were useful" has a participle)
_RELATIVE_SUBJECT = re.compile(r"\b(?!(?:said|says|say|told|tells|believes?|believed|thinks?|thought|warned|noted|argued|"
                               r"claimed|insisted|added|stated|announced|hopes?|hoped|knows?|knew|shows?|showed|means?|"
                               r"meant|so|such|now|fact|given|ensures?|ensured)\b)[a-z][\w'’-]*(?<!ed)\s+(?:that|which|whom)\s+"
                               r"(?:(?:the|its|their|his|her)\s+(?:[\w'’.-]+\s+){1,3}|(?:(?:[A-Z][\w.'’-]*|and)\s+){1,5}"
                               r"|(?:it|he|she|they|we)\s+)$")
#: A telling to someone, then its "that" and the subject of what was told: "told reporters that the peace treaty".
_TOLD_WHOM_THAT = re.compile(r"\b(?:told|tells|telling|informed|assured|reminded|promised)\s+(?:[\w'’.-]+\s+){1,3}?that\s+"
                             r"(?:the|its|their|his|her)\s+(?:[\w'’.-]+\s+){1,3}$")
#: A noun phrase with its determiner right before a comma: "…in the preamble of [its current constitution],".
_DETERMINED_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$")
#: Participles of an agreement, which a named place and a day after them date: "signed in Kuala Lumpur on Oct. 26".
#: A participle of what was done to people, whose date after it is the deed's when a noun of theirs is mourned or named:
#: "a minute of silence for two peacekeepers [killed] near Beni on Tuesday".
_HARM_PARTICIPLE = re.compile(r"killed|wounded|injured|kidnapped|abducted|captured|detained|arrested|executed|murdered|"
                              r"shot|slain|taken\s+hostage|deported|expelled|extradited|jailed|transferred|displaced")
#: People a preposition governs, up to their participle: "for two peacekeepers ", "of the three soldiers ", "of a Swiss
#: woman ".
_MOURNED_PEOPLE_BEFORE = re.compile(r"\b(?:for|of)\s+(?:(?:the|its|their|his|her)\s+)?(?:two|three|four|five|six|seven|eight|"
                                    r"nine|ten|dozens\s+of|hundreds\s+of|\d{1,3}(?:,\d{3})*|the|an?)\s+(?:[\w-]+\s+){0,3}$")
_AGREEMENT_PARTICIPLE = re.compile(r"signed|agreed|reached|initiall?ed|adopted|concluded|brokered|ratified")
#: A noun listed after another's participle and date: "…despite a ceasefire brokered in July [and a declaration] signed…".
_LISTED_AFTER_PARTICIPLE = re.compile(r"\b[a-z]{3,}ed\s+(?:in|on|at|last)\s+[^,;]{1,30}?\s+and\s+(?:the|a|an|its|their)\s+"
                                      r"(?:[\w-]+\s+){0,3}$")
#: A future verb and its object, right before a participle: "will release [18 soldiers] captured…".
# (…or a modal's, which no past day dates either: "any party can restore the sanctions lifted in 2015")
_FUTURE_VERB_OBJECT = re.compile(r"\b(?:will|shall|can|may|might|must|should|would|could)\s+(?:not\s+)?(?:[a-z]+ly\s+)?"
                                 r"(?!be\b|have\b)[a-z]{3,}\s+(?:[^,;\s]+\s+){0,5}$")
#: A second participle joined on after a participle's date: "imposed in April 2024 and lifted…".
_COORDINATED_PARTICIPLE = re.compile(r"\s+and\s+(?:later\s+|then\s+)?(?:[a-z]{3,}ed|lifted|set|held|made)\s+(?:in|on|by|at)\b")
#: A second subject with a participle of its own after a participle's date: "[, and an annex agreed in] Ohrid".
_SECOND_SUBJECT_WITH_PARTICIPLE = re.compile(r",?\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?[a-z]{3,}(?:ed|en)\s+"
                                             r"(?:in|on|at|by|last)\b")
#: A sentence's opening that is only its subject, whose past is then its verb: "Fighting [resumed]", "The talks [stalled]".
_BARE_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:The|A|An|Its|Their|His|Her)\s+)?(?:[\w'’-]+\s+){0,3}")
#: …seen from the second: a participle and its date, then "and" right before it.
_PARTICIPLE_AND_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:in|on|at)\s+[^,;]{1,40}?\s+and\s+"
                                    r"(?:(?:later|then|first|again|eventually|finally|subsequently|formally)\s+)?$")


#: A bare plural after a copula or "include", up to a participle: "were [defenders of Mariupol] captured…".
_BARE_COMPLEMENT = re.compile(r"\b(?:were|are|included|include|includes|including)\s+(?:(?P<np>[a-z][\w-]*s(?:\s+of\s+"
                              r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)"
                              # (…or the last of those listed: "Among those freed were two journalists held since August
                              # 2024 and [a former opposition lawmaker] arrested in January")
                              r"|[^,;:()]{3,80}?\s+and\s+(?P<last>(?:a|an|the|two|three|four|five|\d+)\s+(?:[\w-]+\s+){0,3}?"
                              r"[a-z][\w-]*))\s+$")
#: A gathering listed second after a preposition, up to its participle: "after a 30-year struggle and a referendum ",
#: "after two decades of war and a referendum ".
_GATHERING_LISTED_AFTER = re.compile(rf"\b(?:after|before|following|since|despite|amid|with)\s+(?:(?:the|a|an|its|their)\s+)?"
                                     rf"(?:[\w-]+\s+){{0,4}}?[a-z][\w-]*\s+and\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                                     rf"(?:{HELD_GATHERING})\s+$")
_GATHERING_END = re.compile(rf"\b(?:{HELD_GATHERING}|votes)\s*,?\s*$")
_COMMA_BEFORE_PARTICIPLE = re.compile(r",\s*(?:(?:first|initially|originally|later|previously|already|once)\s+)?$")
#: A noun phrase's head and its preposition right before another noun phrase: "The deployment of [the carrier
#: group]", "Its last resolution on [the country]", "A U.S. air campaign against [the group]" (a bare plural that opens a reported clause heads it too:
#: "said that troop movements near [the border], first reported…").
_HEAD_OF = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|(?<=\bthat\s)"
                      # (…or a bare plural a time clause opens with: "a month after [gas supplies to] the region, cut on")
                      r"|(?<=\bafter\s)(?=(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+to\s)|(?<=\bbefore\s)(?=(?:[a-z][\w-]*\s+)?[a-z][\w-]*s\s+to\s))"
                      # (a year may name the head: "A 1940 treaty with")
                      r"(?:(?:[A-Z][\w.'’-]*|[a-z][\w-]*|\d{4})\s+){0,2}[a-z][\w-]*\s+"
                      r"(?:of|on|over|against|for|in|with|near|along|at|to)\s+$"
                      # (…or a bare plural opening the sentence: "[Talks on ]a maritime ceasefire, floated in Riyadh")
                      r"|(?:^|(?<=\s[-—–]\s))[A-Z][a-z]{2,}s\s+(?:of|on|over|about|for)\s+$")

#: A time around a thing, heading its "of" phrase: "the 31st [anniversary of ]", "the [eve of ]".
_TIME_AROUND_HEAD = re.compile(rf"\b(?:{TIME_AROUND_NOUNS})\s+of\s+$")
#: A text's noun heading an "of" phrase: "the joint [declaration of ]", "the [text of ]".
_DOCUMENT_HEAD = re.compile(r"\b(?:declaration|agreement|accord|treaty|deal|protocol|memorandum|charter|communiqu[eé]|"
                            r"statement|text|letter|resolution|decree|convention|pact|roadmap|plan|framework)\s+of\s+$")
#: A gathering's or a blow's noun and its preposition, up to what it was of or on: "the meeting of ", "the attack on ".
_DOING_HEAD_BEFORE = re.compile(rf"\b(?:the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?:{HELD_GATHERING}|attacks?|strikes?|raids?|assault|"
                                r"bombing|shelling|visit|operation|exercises?|drills?)\s+(?:of|on|against|with|between|in)\s+"
                                r"(?:the\s+)?$")
#: …and the participles that tell it done: "held", "carried out", "launched".
_DOING_PARTICIPLE = re.compile(r"(?:held|staged|conducted|convened|carried\s+out|launched|organi[sz]ed|hosted|mounted)\b")
#: …which the "of" phrase is not itself: "the text of [the agreement] signed in 2020".
_DOCUMENT_NOUN_END = re.compile(r"\b(?:declaration|agreement|accord|treaty|deal|protocol|memorandum|charter|communiqu[eé]|"
                                r"statement|text|letter|resolution|decree|convention|pact|roadmap|plan|framework)s?\s*$")
#: A participle that only a text takes: "signed", "initialled", "ratified".
_DOCUMENT_PARTICIPLE = re.compile(r"(?:signed|initialled|initialed|ratified|adopted|published|issued|drafted|countersigned)\b")
#: Relations and whom with, right before the other side: "[relations with ]the United States".
_RELATIONS_WITH = re.compile(rf"\b{RELATIONS_WITH}$")
#: One or some of a plural, right before it: "[one of ]the boats struck…".
_ONE_OF = re.compile(r"\b(?:one|two|three|some|several|many|most|none|each|all)\s+of\s+$", re.I)
#: A noun and the "by" of its author, right before the author: "[a statement by ]the court published…".
_HEAD_BY = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?(?:statement|report|letter|"
                      r"communiqu[eé]|declaration|resolution|proposal|plan|video|decree|order|ruling|decision|study|"
                      r"survey|poll|message|post|note|memo|document|assessment|estimate|review|analysis|audit|"
                      r"investigation|inquiry)\s+by\s+"
                      # (…and the others of a list of authors before the last: "by the U.N., the EU and [the World Bank]")
                      r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+){0,4}"
                      r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},?\s+and\s+)?$")


#: A sentence's opening noun phrase, up to the infinitive it takes: "[Talks ]to revive…", "[- Efforts ]to end…".
_SUBJECT_INFINITIVE_OPENING = re.compile(r"[\s\-–•*]*(?:(?:The|A|An|Its|Their|New|Fresh|Renewed)\s+)?(?:[\w'’-]+\s+){0,3}?"
                                         r"(?:[Tt]alks|[Ee]fforts?|[Aa]ttempts?|[Pp]lans?|[Nn]egotiations|[Bb]ids?|[Mm]oves?|"
                                         r"[Pp]ush|[Cc]alls?|[Ss]teps?|[Pp]roposals?)\s+")


#: A past that takes an infinitive after its date as a main verb does: "agreed … on June 2 to exchange", "voted … to".
_WILLING_PAST = re.compile(r"(?:agreed|decided|voted|pledged|promised|vowed|resolved|refused|failed|tried|sought|offered|"
                           r"threatened|planned)\b")


#: A relative clause with a verb of its own, then "and" right before a participle: "that cost $100 million to build and ".
_RELATIVE_THEN_AND_BEFORE = re.compile(r"\b(?:that|which)\s+(?!(?:was|were|had\s+been|has\s+been)\b)[a-z][^,;:()]{1,60}\s+and\s+$")


#: A text agreed and what it is on, up to the noun phrase it governs: "[an agreement on ]a prisoner exchange mechanism".
TEXT_ON_A_THING = re.compile(r"\b(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord|understanding|declaration|"
                              r"memorandum|pact|protocol|compromise)\s+(?:on|over|for|about|covering)\s+$")
#: A participle only a text takes: "reached", "agreed", "signed", "struck".
REACHED_LIKE = re.compile(r"(?:reached|agreed|signed|struck|concluded|initialled|initialed|brokered|sealed)\b")


#: An adverb opening a participle set off by its comma: "[Talks in Jeddah], first [launched in May 2023]".
_SET_OFF_ADVERB = re.compile(r",\s+(first|initially|originally|once|jointly|formally|previously|hastily|secretly|"
                             r"unanimously|narrowly)\s+$")


def reduced_relative_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"A grain deal brokered in July 2022 collapsed a year later": July 2022 titles "A grain deal was brokered"."""
    span = reduced_relative(sentence, t, inside)
    if span is None:
        return None
    s = sentence.text
    if DONE_THROUGH.search(s, max(0, span[0] - 160), span[0]):
        return None  # (the text or vote a doing was done in: "endorsed the plan in a resolution [adopted] on Nov. 17")
    joined = _RELATIVE_THEN_AND_BEFORE.search(s, max(0, span[0] - 100), span[0])
    if joined is not None:
        # "a drone base near Agadez that cost $100 million to build and [opened] in 2019": the relative clause's second past,
        # told of the noun the clause is about (not a participle's of its own)
        start = noun_phrase_start(s, joined.start())
        np = s[start:joined.start()].strip()
        if start >= joined.start() or not re.match(r"(?:the|a|an|its|their)\s", np, re.I) or VERB.search(np):
            return None
        done = re.sub(r"\s+(?:in|on|at|during|by)(?:\s+the)?$", "", s[span[0]:t.start - sentence.start].strip())
        return f"{np[:1].upper()}{np[1:]} {done}"
    rest = s[date_phrase_end(t, inside) - sentence.start:]
    if _WILLING_PAST.match(s, span[0]) and re.match(r"\s+to\s+[a-z]{2,}", rest) \
            and not re.search(rf"\b(?:was|were|is|are|has|have|had|will|would)\b|\b(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})"
                              r"(?=\s+(?:in|on|at|after|before|when|by|during|last|this|within)\b|\s*[.,;]|\s*$)", rest):
        return None  # ("Delegations from the two countries [agreed] at talks in Istanbul on June 2 to exchange…": the verb)
    part_end = s.index(" ", span[0]) if " " in s[span[0]:span[1]] else span[1]
    particle = re.match(r"\s+(?:up|out|down|off|forward)\b", s[part_end:span[1]])
    if particle is not None:  # ("The office, set up in December 1995": "was set up")
        part_end += particle.end()
    # "a ban imposed in April and [lifted] in July": the noun is the first participle's
    first = _PARTICIPLE_AND_BEFORE.search(s, max(0, span[0] - 120), span[0])
    noun_end = first.start() if first else span[0]
    set_off_adverb = _SET_OFF_ADVERB.search(s, max(0, noun_end - 20), noun_end)
    if set_off_adverb is not None:  # "Talks in Jeddah, first launched in May 2023,": the noun ends at the comma
        noun_end = set_off_adverb.start() + 1
    if re.search(r"\b(?:it|they|he|she|we|I|you)\s*$", s[:noun_end]):
        return None  # ("A memorandum [it] signed with Ethiopia on Jan. 1": a zero relative's subject and its past, no participle)
    # (not past a saying's gerund: "The court disagreed, saying [assurances] given…")
    saying = _SAYING_GERUND.search(s, max(0, noun_end - 50), noun_end)
    openers = [o for o in _NOUN_PHRASE_OPENER.finditer(s, max(0, noun_end - 50, saying.end() if saying else 0), noun_end)] \
        or [o for o in _NOUN_PHRASE_OPENER.finditer(s, max(0, noun_end - 80), noun_end)
            if o.start() == dateline_end(s) and s[:noun_end].rstrip().endswith(",")]
    # (…a long subject's opener further back, its aside set off: "A U.S.-brokered peace agreement between Congo and
    # Rwanda, signed…")
    # (…or a name's possessive: "welcomes [Saudi Arabia's] investment pledge…, announced in May")
    owners = [o for o in _POSSESSIVE_NAME_OPENER.finditer(s, max(0, noun_end - 90, saying.end() if saying else 0), noun_end)]
    if owners and (not openers or owners[-1].start() > openers[-1].start()):
        openers.append(owners[-1])
    # (a bare plural opens at its clause, never inside a dateline: "NAIROBI, Nov 24, 2026 (Wire) - [Satellite images] taken…")
    lo = openers[-1].start() if openers else max(s.rfind(",", 0, noun_end) + 1, saying.end() if saying else 0,
                                                 dateline_end(s) if dateline_end(s) <= noun_end else 0)
    text_of_it = TEXT_ON_A_THING.search(s, max(0, lo - 40), lo) if openers and REACHED_LIKE.match(s, span[0]) else None
    if text_of_it is not None and text_of_it.end() == lo:
        lo = text_of_it.start()  # "an agreement on [a prisoner exchange mechanism] reached last month": the agreement was
    # (a clause's conjunction opens no noun phrase: "…, as tighter enforcement of sanctions reimposed in 2018 cut…")
    conjunction = re.match(r"\s*(?:as|while|when|because|since|after|before|if|though|although|and|but|so)\s+", s[lo:noun_end])
    if conjunction is not None:
        lo += conjunction.end()
    # (…nor does a past before a bare plural, which is its object: "The ruling party won [local elections] held on Oct. 4")
    pasts = list(_PAST_BEFORE_BARE_PLURAL.finditer(s, lo, noun_end))
    if pasts:
        lo = pasts[-1].end()
    if re.match(r"that\s", s[lo:]) and (re.search(r"\b(?:a|an|the)\s+[a-z]+\s+$", s[:lo])
                                       or re.search(r"\b(?:said|say|says|is|was|are|were|hoped?|hopes|believed?|believes|"
                                                    r"think|thinks|thought|noted|means|meant|argued?|added|insisted|warned|"
                                                    r"announced|reported|confirmed|stated|claimed|denied|explained|"
                                                    # (…or whom it was said to: "told reporters that")
                                                    r"(?:told|tells|telling)\s+(?:[\w'’.-]+\s+){1,3}?)\s*$",
                                                    s[:lo])):
        lo += 5  # "a claim that [geolocated footage] published on Nov. 27 does not support": "that" opens a clause
        # (…as it does after a saying or a "be": "the best hope is that [accession talks], formally opened in March 2024,")
    complement = _BARE_COMPLEMENT.search(s, max(0, noun_end - 140), noun_end)
    complement_at = (complement.start("np") if complement["np"] else complement.start("last")) if complement else -1
    if complement_at > lo:  # "Among those freed were [defenders of Mariupol] captured"
        lo = complement_at
    mourned = _MOURNED_PEOPLE_BEFORE.search(s, max(0, noun_end - 60), noun_end) \
        if _HARM_PARTICIPLE.fullmatch(s[span[0]:part_end]) else None
    if mourned is not None and mourned.start() >= lo:  # "the bodies of [four hostages] abducted in October 2023"
        lo = s.index(" ", mourned.start()) + 1
    head = _HEAD_OF.search(s, max(0, lo - 40), lo)
    if head is not None and _TIME_AROUND_HEAD.search(head.group()):
        head = None  # ("the 31st anniversary of the Dayton agreement, initialled … on Nov. 21, 1995": the agreement was)
    if head is not None and HELD_PARTICIPLE.match(s, span[0]) and _GATHERING_END.search(s, lo, noun_end):
        head = None  # ("the results of the first round, held on Nov. 24": what is held is the round)
    if head is not None and _COMMA_BEFORE_PARTICIPLE.search(s, max(0, noun_end - 20), noun_end):
        lo = head.start()  # "The deployment of the carrier group, announced on Oct. 24,": the deployment was announced
    elif head is not None and _DOCUMENT_HEAD.search(head.group()) and _DOCUMENT_PARTICIPLE.match(s, span[0]) \
            and not _DOCUMENT_NOUN_END.search(s, lo, noun_end):
        lo = head.start()  # "the joint declaration of the two heads of state signed on 8 August": what is signed is a text
    elif (doing := _DOING_HEAD_BEFORE.search(s, max(0, lo - 120), lo)) is not None and _DOING_PARTICIPLE.match(s, span[0]) \
            and not VERB.search(s, doing.end(), noun_end) \
            and not re.search(rf"\b(?:{HELD_GATHERING}|attacks?|strikes?|raids?)\s*$", s[lo:noun_end]):
        # "the meeting of the border commissions held in Gabala on Monday", "the attack on the power plant carried out on
        # Monday": what is held or carried out is a gathering or a blow, not whom or what it was of
        lo = doing.start()
    related = _RELATIONS_WITH.search(s, max(0, lo - 40), lo)
    if related is not None:  # "…to restore relations with the United States, broken off in 2008": the relations were
        lo = related.start()
    sides = _BETWEEN_SIDES.search(s, max(0, lo - 100), lo)
    if sides is not None:  # "A ceasefire between Morocco and the Polisario Front, agreed that year,": the ceasefire was
        lo = sides.start("np")
    one_of = _ONE_OF.search(s, max(0, lo - 20), lo)
    if one_of is not None:  # "…one of the boats struck in mid-September": one of them was struck
        lo = one_of.start()
    agent = _HEAD_BY.search(s, max(0, lo - 120), lo)
    if agent is not None:  # "a statement by the court published on Tuesday": the statement was published
        lo = agent.start()
    subject_start = dateline_end(s)
    subject = s[subject_start:noun_end]
    if agent is None and lo > subject_start and s[:noun_end].rstrip().endswith(",") and "," not in subject.rstrip(", ") \
            and re.match(r"(?:The\s+|A\s+|An\s+)?[A-Z]", subject) and len(subject.split()) <= 10 \
            and re.search(r"\s(?:in|on|for|from|with|at|over|between)\s", subject) \
            and re.match(r",\s+(?:(?:will|would|could|can|may|might|must|should|was|were|is|are|has|have|had)\s|"
                         r"[a-z]{3,}ed\b)", rest) \
            and not VERB.search(without_compounds(CAPITALISED_WORDS.sub("", subject))) \
            and not FIRST_VERB.search(without_compounds(subject)):
        # "Municipal elections in the four northern municipalities, boycotted by Serbs in April 2023, will be held…": an
        # aside after the sentence's subject is about the whole of it, not the last noun of its phrase
        lo = subject_start
    longest = 14 if agent is not None and "," in agent.group() else 10 if head is not None and lo == head.start() \
        or agent is not None or sides is not None \
        or owners and lo == owners[-1].start() else 7  # (a name's possessive counts its words: "Saudi Arabia's…")
    bare = _GOVERNED_BARE_PLURAL.search(s, lo, noun_end) \
        or (_PLURAL_OF_BARE_PLURAL.search(s, lo, noun_end) if _BLOW_PARTICIPLE.fullmatch(s[span[0]:part_end]) else None)
    if bare is not None and MEASURE_ON.search(s, lo, bare.start("noun" if bare["noun"] else "people")):
        longest = max(longest, 10)  # ("A 30-day moratorium on strikes on energy facilities": the measure, all it is on)
    if bare is not None and not MEASURE_ON.search(s, lo, bare.start("noun" if bare["noun"] else "people")):
        lo = bare.start("noun" if bare["noun"] else "people")  # "…return to sites struck in June": "Sites were struck" (but "a ban on rallies imposed")
        verb_first = _INFINITIVE_THEN_OBJECT.match(s, lo) if _TAKES_AN_INFINITIVE.search(s, max(0, lo - 40), lo) else None
        if verb_first is not None:  # "…the failure to [open] corridors agreed in October": the infinitive's object
            lo = verb_first.end()
    future = _FUTURE_VERB_OBJECT.search(s, max(0, noun_end - 80), noun_end)
    if future is not None:  # "will release [18 Cambodian soldiers] captured in July": the verb's object
        lo = max(lo, future.start() + re.match(r"\w+\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+", s[future.start():]).end())
    if not openers and bare is None:  # "Thailand released [prisoners] captured in July": a past's bare object
        past = list(re.finditer(rf"\b(?:(?!\w*eed\b)[a-z]{{3,}}ed|agreed|freed|{TRANSITIVE_PASTS})\s+(?=[a-z])",
                                s[lo:noun_end]))  # (not "to speed up deliveries")
        lo += past[-1].end() if past and VERB.match(s[lo:noun_end], past[-1].start()) else 0
    infinitive = list(re.finditer(r"\bto\s+(?!(?:the|its|their|his|her)\b)[a-z]{3,}\s+(?:(?:up|out|down|off|back)\s+)?"
                                  r"(?!(?:the|a|an|its|their|his|her)\b)",
                                  s[lo:noun_end]))  # ("to speed up deliveries")
    if infinitive:  # "…failed to examine evidence submitted on Sept. 30": the infinitive's bare object
        lo += infinitive[-1].end()
    opening = _OPENING_SUBJECT_BEFORE_ASIDE.fullmatch(s, dateline_end(s), span[0]) if _set_off(s, span[0]) else None
    if opening is not None and opening.start("np") < lo and not VERB.search(CAPITALISED_WORDS.sub("", opening["np"])) \
            and re.search(r"\bto\s+[a-z]{3,}\b", s[opening.start("np"):lo]):
        # "The deadline for Israel and Lebanon to submit proposals on the land border, set by U.S. mediators last month,":
        # an aside set off after a subject whose last noun is an infinitive's object is about the whole subject (not so
        # "Talks on a maritime ceasefire, floated in Riyadh": what was floated is the ceasefire)
        lo, longest = opening.start("np"), 16
    purpose = _NOUN_AND_ITS_INFINITIVE_BEFORE.search(s, max(0, lo - 60), lo) \
        if re.search(r",\s*(?:[a-z]+\s+)?$", s[:noun_end]) else None
    if purpose is not None and not VERB.search(s, purpose.end(), lo):
        # ("plans for [a waterway] to link Malawi to the Indian Ocean, first proposed in 2005": set off after the
        # infinitive's object, the participle is about the noun the infinitive is the purpose of)
        lo, longest = purpose.start(), max(longest, 12)
    noun, participle = s[lo:noun_end].strip(" ,"), s[span[0]:part_end].strip()
    if set_off_adverb is not None:
        participle = f"{set_off_adverb[1]} {participle}"
    noun = re.sub(r"\s+(?:again|also|too|anyway|once\s+more)(?=\s*,?\s*(?:now\s*)?$)", "", noun)  # ("postpones the elections
    # again, now scheduled…": the adverb is the verb's)
    if participle.lower() == "dated":
        return None  # "A letter dated 24 November urged…": the date is the letter's, told by what the letter does
    adverb = ADVERB_BEFORE_PARTICIPLE.search(noun)
    if adverb is not None and re.fullmatch(r"(?i:the|a|an|its|their|his|her|this|that)", noun[:adverb.start()].strip()):
        adverb = None  # ("The first, adopted on June 12": an ordinal standing for its noun, no adverb)
    if adverb is not None:  # "an energy deal first reached in June 2022": "…was first reached"
        noun, participle = noun[:adverb.start()].rstrip(" ,"), f"{adverb[1]} {participle}"
    # (the "and" of a thing's two sides counts for no word: "A U.S.-brokered peace agreement between Congo and Rwanda")
    if not 1 <= len(re.sub(r"(\bbetween\s+\S+)\s+and\s+", r"\1 ", noun).split()) <= longest:
        return None
    # the named place between participle and date stays with it: "Peace talks were held in Istanbul"
    # (…and a range's opener: "held in Belém from Nov. 10 to 21")
    placed = re.sub(r"\s+(?:(?:in|on|at|during|since|last|this|from|between)\s+)?(?:the\s+)?$", "", s[span[0]:t.start - sentence.start])
    # (…and who by or with, and where: "was first brokered by Qatar and Turkey in Doha", "was agreed with the U.N. nuclear
    # watchdog in Cairo", "were struck by Israel and the United States")
    # (…or a place it was near: "kidnapped near Gao", "killed outside Goma")
    # (…its place's adjective too: "detained in occupied Kherson", "killed in rebel-held Goma")
    if re.fullmatch(r"\S+(?:\s+(?:up|out|down|off|forward))?\s+(?:(?:at|in|by|with|near|outside)\s+(?:the\s+)?"
                    rf"(?:so-called\s+|self-styled\s+|self-proclaimed\s+)?(?:{_PLACE_ADJECTIVE}\s+)?"
                    rf"(?:[A-Z][\w'’.-]*\s*(?:(?:and\s+(?:the\s+)?|{_NAME_PARTICLE}\s+)(?=[A-Z]))?){{1,4}}"
                    r"(?:(?:[a-z][\w-]*\s+){0,2}(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*|[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?"
                    rf"|{_GATHERING}|{_BY_A_BODY})", placed.rstrip()):  # (…and the gathering: "…was adopted at their previous
        # meeting in Baku", and the body: "…were published by the alliance")
        verb = placed.split(None, 1)[0]  # (an adverb before it stays: "was first brokered by Qatar and Turkey in Doha")
        participle = participle[:-len(verb)] + placed if participle.endswith(verb) else placed
    sides = re.match(r"\s+((?:(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+)?between\s+(?:[^,;.:!?]|(?<=\d)[,.](?=\d)){3,80}?)\s*(?:[,;.:!?](?!\d)|$)",
                     s[span[1]:])
    if sides is not None:  # "A peace deal was signed between the government and the rebels" (and where: "reached yesterday
        participle += " " + sides[1]  # [in Muscat] between the Government of Yemen and Ansar Allah")
    # (…and a town named after the date, closing the phrase: "the agreement signed in June [in Washington]")
    town = _TOWN_AFTER_DATE.match(s, span[1]) if sides is None else None
    if town is not None and town["town"] not in participle:
        participle += " " + town["town"]
    fronted = _OPENING_ADVERBIALS.match(noun)
    if fronted is not None and fronted.end() < len(noun):
        noun = noun[fronted.end():]  # ("This year, by contrast, three agreements signed in the first half…": the agreements)
    whose = re.fullmatch(r"(?P<owner>.+?)\s+whose\s+(?P<owned>.+)", noun)
    if whose is not None:  # "a boundary commission whose ruling, delivered in April 2002,": the commission's ruling
        noun = f"{possessive(whose['owner'])} {whose['owned']}"
    auxiliary = re.search(r"\s+(was|were|is|are)$", noun)
    if auxiliary is not None:  # "The sanctions were lifted in 2016 and reimposed…": a passive, whose "were" goes on
        return f"{noun[:auxiliary.start()]} {auxiliary[1]} {participle}"
    return f"{noun} {be_for(noun)} {participle}"


#: A span of time a noun is of, closing it: "a mandate[ of 12 months]", "a truce[ of three days]".
_OF_A_SPAN_END = re.compile(r"\s+of\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several)[\s-]+"
                            r"(?:hours?|days?|weeks?|months?|years?)$")
#: Adverbials that open a sentence before its subject, each set off by its comma: "This year, by contrast, ", "Meanwhile, ".
_OPENING_ADVERBIALS = re.compile(r"(?:(?:(?:This|That|Last|Next|Each|Every)\s+[a-z]+|(?:[Bb]y|[Ii]n)\s+contrast|[Mm]eanwhile|"
                                 r"[Hh]owever|[Ii]nstead|[Ii]ndeed|[Ss]till|[Ff]or\s+now|[Ss]ince\s+then|"
                                 r"(?:In|On|At|After|Before|During|Since|Under|Following|Despite|Amid)\s+[^,;]{1,40}),\s+)+")
#: A past verb and the space after it, before a bare plural it governs: "[won ]local elections".
_PAST_BEFORE_BARE_PLURAL = re.compile(rf"\b(?:{PAST_VERB})\s+(?=(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*s\s*$)")
#: A sentence's opening subject, up to the comma of the aside after it (a schedule's weekday label may come first):
#: "The deadline for Israel and Lebanon to submit proposals on the land border, ", "Friday: The deadline for …, ".
_OPENING_SUBJECT_BEFORE_ASIDE = re.compile(r"\s*(?:(?:[A-Z][a-z]+day|Weekend)\s*:\s*)?"
                                           r"(?P<np>(?:The|A|An|Its|Their|His|Her)\s[^,;:()]{3,140}?),\s+")


def _set_off(s: str, at: int) -> bool:
    """Whether the participle at `at` is set off by the comma right before it."""
    return s[max(0, at - 2):at] == ", "


#: A town named right after a participle's date, closing its phrase: " in Washington.", " à Washington,".
_TOWN_AFTER_DATE = re.compile(r"\s+(?P<town>(?:in|at|à|au|en)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})"
                              r"(?=\s*(?:[,;.:!?)]|$))")
#: A saying's gerund after a comma: ", saying", ", adding that".
_SAYING_GERUND = re.compile(r",\s+(?:saying|adding|noting|arguing|claiming|insisting|warning|stating)(?:\s+that)?\s")


#: A noun phrase and a relative clause without "that" closing before a date: "[four regions] [it] [annexed] in".
#: The subject and past of a relative clause without "that", closing right before its date: "[it] [annexed] in".
# (a subject of a few words too: "an agreement [the two countries' leaders] signed")
# (…or two names: "the agreements [Serbia and Kosovo] reached")
_ZERO_RELATIVE_CLAUSE = (r"(?P<subject>it|they|he|she|we|the\s+(?:[a-z][\w'’-]*\s+){0,3}?(?!(?:was|were|is|are|has|had|have)\b)[a-z][\w'’-]*"
                         r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
                         r"|(?:their|its|his|her)\s+(?:[a-z][\w-]*\s+)?[a-z]+)\s+"
                         # (…or what the subject claims to have done: "four regions it claims to have annexed")
                         # (…or when it first did it: "a line he [first] used")
                         rf"(?P<verb>(?:had\s+|(?:claims|claimed|says|said)\s+to\s+have\s+)?"
                         rf"(?:(?:first|originally|initially|last|once|already|previously|jointly)\s+)?"
                         rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                         # (…or what the subject will do, or plans: "a referendum Caracas plans for Sunday", "the talks
                         # Cairo will host on Monday")
                         rf"|{ZERO_RELATIVE_AHEAD})"
                         # (the other side or the place may come between: "the declaration it signed [with Cambodia] last month")
                         # (…or whose auspices: "the agreements they reached [under EU auspices] in February")
                         # (…or two: "the alliance they formed [with Burkina Faso and Niger]")
                         # (…or whom against: "the case Sudan brought [against the United Arab Emirates] last month")
                         r"(?P<rest>\s+(?:with|in|at|against)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                         r"(?:\s+and\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?"
                         r"|\s+under\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:auspices|mediation|sponsorship))?"
                         # (…or whom it was given to, named bare: "the candidate status it granted [Georgia] in December")
                         r"(?P<given>(?:(?<=granted)|(?<=awarded)|(?<=offered)|(?<=promised)|(?<=handed)|(?<=gave)|(?<=sold))"
                         r"\s+(?!In\b|On\b)[A-Z][\w'’.-]*"
                         r"(?:\s+[A-Z][\w'’.-]*)?)?"
                         # (…or "there", the place just named: "the peace agreement the two ministers signed [there] on June 27")
                         r"(?:\s+there)?"
                         r"\s+(?:in|on|at|during|last|(?<=plans\s)for|(?<=planned\s)for|(?<=scheduled\s)for|(?<=set\s)for)?\s*$")
_ZERO_RELATIVE = re.compile(r"\b[a-z]{2,}\s+(?P<np>(?:the|a|an|its|their|\d{1,3}|two|three|four|five|six|"
                            r"several|many)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+" + _ZERO_RELATIVE_CLAUSE)
#: A noun in apposition to a clause and a relative clause without "that" about it: ", a claim the army denied".
_APPOSED_ZERO_RELATIVE = re.compile(r",\s+(?P<np>(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:claim|charge|accusation|allegation|"
                                    r"report|assertion|version|account|figure|move|step|decision|plan|proposal|offer|"
                                    r"demand|request|deal|agreement|ruling|verdict))\s+" + _ZERO_RELATIVE_CLAUSE)
#: A body a name is said again as, and a relative clause without "that" about it: "(IGAD), the East African bloc it
#: rejoined".
_NAMED_BODY_ZERO_RELATIVE = re.compile(r"(?:[A-Z][\w.'’-]*|\))\s*,\s+(?P<np>(?:a|an|the)\s+(?:[A-Za-z][\w-]*\s+){0,3}"
                                       r"(?:bloc|alliance|organi[sz]ation|union|group|body|treaty|pact|accord|court|mission|"
                                       r"force))\s+" + _ZERO_RELATIVE_CLAUSE)


#: A gerund's object and a relative clause without "that" about it: ", reversing a boycott it announced".
_GERUND_OBJECT_ZERO_RELATIVE = re.compile(r",\s+[a-z]{3,}ing\s+(?:(?:on|upon|from|with)\s+)?(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}"
                                          r"[a-z][\w-]*)\s+" + _ZERO_RELATIVE_CLAUSE)

#: One noun and a relative clause without "that" about it: "in defiance of an order the court issued", "to discuss a deal
#: Washington brokered" (not a telling's indirect object, whose clause is what was told: "told the council the army
#: withdrew"; nor a time of the clause: "on the day the talks opened").
_GOVERNED_ZERO_RELATIVE = re.compile(r"\b(?!(?:told|tell|tells|telling|informed|inform|informs|assured|assure|warned|warn|warns|"
                                     r"reminded|remind|promised|promise|showed|show|gave|give|sent|send|asked|ask|persuaded|"
                                     r"convinced|notified|briefed|brief|that|because|since|when|as|if|while)\b)[a-z]{2,}\s+"
                                     # (one noun phrase: no "and" nor a past in it, "condemned [the attacks and recalled]")
                                     # (…a count may stand in it: "short of [the 25 million] it promised to buy")
                                     # (nor an infinitive, whose object the noun after it is: "its readiness [to support]
                                     # the ceasefire signed on 16 July")
                                     rf"(?P<np>(?:the|a|an|its|their)\s+(?:\d[\d,.]*\s+)?(?:(?!(?:and|or|but|to)\b)[a-z][\w-]*\s+){{0,2}}"
                                     # (nor a determiner or a preposition: "under [the auspices of the] EU expired")
                                     rf"(?!(?:day|week|month|year|time|night|morning|evening|moment|weekend|period|that|which|"
                                     rf"the|a|an|its|their|of|in|on|at|for|with|to|from|by|{NOT_A_NOUN_END})\b)"
                                     rf"(?![a-z]{{3,}}ed\b)[a-z][\w-]*)\s+" + _ZERO_RELATIVE_CLAUSE)
#: The sentence's subject and a relative clause without "that" about it: "[Three years on,] the alliance they formed … in
#: September 2023 has become a confederation" (a pronoun's clause: a name's may be a clause of its own, "The army
#: Moscow sent").
_SUBJECT_ZERO_RELATIVE = re.compile(r"(?:^(?:(?:Today|Now|Yet|But|And|So|Instead),?\s+)?|(?<=[,:;])\s+)(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                    r"(?![a-z]{3,}ed\b)[a-z][\w-]*)\s+(?=(?:it|they|he|she|we)\s)" + _ZERO_RELATIVE_CLAUSE)
_ZERO_RELATIVES = (_ZERO_RELATIVE, _APPOSED_ZERO_RELATIVE, _GERUND_OBJECT_ZERO_RELATIVE, _GOVERNED_ZERO_RELATIVE,
                   _SUBJECT_ZERO_RELATIVE, _NAMED_BODY_ZERO_RELATIVE)


def zero_relative_before(text: str, at: int) -> bool:
    """Whether a date at `at` closes a relative clause without its "that" ("…an order the court issued [on May 1]"):
    the clause's own happening, not the sentence's told again more finely."""
    lo = max(0, at - 90)
    return any(p.search(text, lo, at) for p in _ZERO_RELATIVES)


#: The main subject's next predicate, joined on: " and suspended", ", and later withdrew".
_MAIN_PREDICATE_BACK = re.compile(rf",?\s+and\s+(?:(?:then|later|also)\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b")


#: A phrase of when after a date, then the sentence's end or a closing participle: " after a 16-year absence, accusing".
#: (…or the closing participle alone: "…in the case Sudan brought against the UAE last month[, accusing] it of…")
_WHEN_PHRASE_THEN_END = re.compile(r"(?:\s+(?:after|following|before|amid|despite)\s+[^,;.]{1,40}?)?(?:\s*[.;!?]?\s*$|,\s+[a-z]{3,}ing\s)"
                                   # (…or a gerund's phrase of the clause's subject, however long: "…a closure Burundi
                                   # imposed in January 2024 after accusing Kigali of backing rebels who attacked…")
                                   r"|\s+(?:after|before|following|since)\s+[a-z]{3,}ing\s[^,;]*[.;!?]?\s*$")


#: A determined doer and its past right before that past's object: "[the army] lifted ".
_DOER_OF_THE_OBJECT = re.compile(rf"\b(?:after|before|when|as|since|once|until)\s+(?P<np>(?:the|its|their)\s+(?:[a-z][\w-]*\s+)?"
                                 rf"[a-z][\w-]*)\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+$")


def zero_relative_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…withdraws from four regions it annexed in September 2022": a relative clause without its "that", closing the
    sentence with its date, titles that date (…or after a comma, a noun in apposition to what the sentence told: "…, a
    claim the army denied on Sunday"; or a closing participle's object: "…, reversing a boycott it announced three weeks
    ago")."""
    lo, hi = max(0, t.start - sentence.start - 90), t.start - sentence.start
    # (the second of two dates listed is the clause's as the first is: "…reached in February and March 2023")
    listed = next((o for o in inside if o is not t and o.end <= t.start
                   and re.fullmatch(r",?\s+(?:and|or)\s+(?:in\s+)?", sentence.text[o.end - sentence.start:hi])), None)
    if listed is not None:
        lo, hi = max(0, listed.start - sentence.start - 90), listed.start - sentence.start
    zero = next((m for p in _ZERO_RELATIVES if (m := p.search(sentence.text, lo, hi)) is not None), None)
    if zero is None:
        return None
    end = date_phrase_end(t, inside)
    # (…and the first of two listed, up to the second: "…reached in February and March 2023")
    second = next((o for o in inside if o.start >= end
                   and re.fullmatch(r",?\s+(?:and|or)\s+(?:in\s+)?", sentence.text[end - sentence.start:o.start - sentence.start])),
                  None)
    rest = sentence.text[(date_phrase_end(second, inside) if second is not None else end) - sentence.start:]
    # (…or, a pronoun its subject, before a closing clause of time: "…it signed with Cambodia last month[, after a
    # landmine wounded…]")
    # (the sentence's subject's clause closes before the main verb: "The alliance they formed in 2023 has become…")
    # (…or a phrase of when, then the sentence's end or a closing participle: "…the bloc it rejoined in June 2023 after a
    # 16-year absence, accusing it of…")
    if zero.re is not _SUBJECT_ZERO_RELATIVE and not re.match(r"\s*(?:[.;:!?]|$)", rest) \
            and not _WHEN_PHRASE_THEN_END.match(rest) and not (
            re.fullmatch(r"it|they|he|she|we", zero["subject"])
            and re.match(r",\s+(?:after|before|when|as|while|amid|following|despite)\s", rest)) \
            and not (re.fullmatch(r"it|they", zero["subject"]) and _MAIN_PREDICATE_BACK.match(rest)):
        # (…or the main subject's next predicate, the clause closed: "The EU froze the candidate status it granted Georgia in
        # December 2023 and suspended visa-free travel…")
        return None
    # (an "it" is the doer of the clause the noun is the object of: "…after the army lifted a ban [it] had imposed in
    # February" is the army's)
    doer = _DOER_OF_THE_OBJECT.search(sentence.text, max(0, zero.start("np") - 60), zero.start("np")) \
        if re.fullmatch(r"it|they", zero["subject"]) and zero.re is not _SUBJECT_ZERO_RELATIVE else None
    if doer is not None and (doer["np"].endswith("s") == (zero["subject"] == "they")):
        zero_subject = doer["np"]
    else:
        zero_subject = zero["subject"]
    # (whom it was given to goes before what: "The EU granted Georgia the candidate status")
    given = f" {zero['given'].strip()}" if zero["given"] else ""
    np = zero["np"][:1].lower() + zero["np"][1:] if zero.re is _SUBJECT_ZERO_RELATIVE else zero["np"]
    told = f"{zero_subject[:1].upper()}{zero_subject[1:]} {zero['verb']}{given} {np}{zero['rest'] or ''}"
    if zero.re is _SUBJECT_ZERO_RELATIVE and re.fullmatch(r"it|they", zero["subject"]):
        return told  # ("A memorandum it signed with Ethiopia…": the sentence's own subject is the memorandum, so "It" is
        # left to the sentence before)
    return pronoun_as_subject(told, sentence.text)
