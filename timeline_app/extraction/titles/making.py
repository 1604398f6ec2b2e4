"""Choosing the title for one date of one sentence: the dispatcher that tries each clause rule in turn,
and the rules that need the whole chain again (a gerund opening a sentence, a predicate after a bound).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.coreference import IT_RAN_OUT, OBJECT_HIM, possessive, singular_of, surname
from timeline_app.extraction.counted_clauses import COUNT_OPENING, counts_to_own_date
from timeline_app.extraction.dateline import ENTRY_LABEL, SPEAKER_NAME, clock_stamp_end, dateline_end
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import (
    AND_MONTH_THEN_PAST_RELATIVE,
    DETERMINERS,
    DONE_HAPPENING,
    PAST_RELATIVE_AFTER,
    SCHEDULED_PRESENT,
    STAGED_NOUNS,
    WEEKDAY,
)
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.clauses import (
    BARE_HAPPENING_PAST,
    NAME_ASIDE,
    OPENING_TIME_CLAUSE,
    SAYERS_PAST,
    ZONE_ASIDE,
    appositive_contact_title,
    clause_of,
    closed_report,
    closing_participle_title,
    conceded_part,
    conjoined_predicate,
    conjunction_is_a_preposition,
    coordinated_infinitive,
    coordinated_part,
    cut_at,
    explaining_clause,
    first_joined_clause,
    gapped_agent_title,
    gapped_conjunct,
    gapped_participle_title,
    gapped_subject_end,
    gapped_subject_title,
    gapped_verb_title,
    governed_gerund_title,
    judged_gerund_title,
    last_joined_clause,
    opening_since_past,
    parallel_phrase_title,
    perfect_reported,
    place_for_it,
    reported_part,
    reported_second_predicate,
    set_off_time_clause,
    subject_modifier_title,
    subject_participle,
    summed_up_relative_title,
    trailing_subordinate,
    up_to_main_verb,
)
from timeline_app.extraction.titles.dated_objects import with_own_object
from timeline_app.extraction.titles.dates import (
    DATE_APPOSITIVE,
    MAIN_VERB_AFTER_DATE,
    SAYING_PAST_AFTER_COMMA,
    ZERO_RELATIVE_SUBJECT_LEFT,
    act_of_title,
    appositive_of,
    attributive_phrase,
    caused_happening,
    caused_noun,
    dated_thing,
    governed_noun_phrase,
    held_noun,
    included_noun,
    one_dated_of_them,
    one_of_them,
    owned_by_date,
    planned_happening,
    remove_date_phrase,
    scheduled_noun,
    since_noun_set_off,
    starting_title,
)
from timeline_app.extraction.titles.finishing import (
    RECOUNTING,
    finish_title,
    realigned,
)
from timeline_app.extraction.titles.grammar import (
    ADVERB_BEFORE_PARTICIPLE,
    ADVERB_LY,
    AND_BARE_DATE,
    AND_COMMA_DATE,
    APPOSITIVE,
    ASIDE_THEN_VERB,
    ATTRIBUTED_ON,
    ATTRIBUTION_TAIL,
    ATTRIBUTIVE_PARTICIPLE,
    AUXILIARY,
    BODY_OF_MEMBERS,
    BUT_PREDICATE,
    CALENDAR_WORD,
    CAPITALISED_WORDS,
    CLAUSE_COMMA,
    CLOCK_OF_THE_DAY_BETWEEN,
    CLOSING_SAYING_THAT,
    COUNT_WORD,
    COURSE_VERBS,
    DISTINCT_PARTICIPLE,
    DONE_THROUGH,
    ENCLOSED_NAME,
    ENCLOSED_RELATIVE,
    FINITE_AFTER,
    FINITE_IN_CLAUSE,
    FINITE_MARK,
    FIRST_VERB,
    FRONTED_OPENER,
    GERMAN_LEXICAL_PAST,
    GERMAN_VERB_FIRST,
    GERMAN_WORD,
    GERUND_SUBJECTS_VERB,
    GOVERNED_GERUND,
    HAPPENING_HELD,
    HAPPENING_IN_PLACE,
    HAPPENINGS_PLURAL,
    HEAD_OF_PLURAL,
    HELD_GATHERING,
    HELD_PARTICIPLE,
    INCLUDING_ONE,
    INTENT_AND_INFINITIVE,
    INTRANSITIVE,
    IRREGULAR_PARTICIPLES,
    JOINED_NOUN_PHRASE,
    LEAD_WORDS,
    LIST_OF_NAMES,
    NAME_SET_OFF,
    NO_PASSIVE_PASTS,
    NOT_PARTICIPLES,
    OBJECT_RELATIVE_AFTER,
    OPENING_PHRASE,
    OWN_SUBJECT,
    PASSIVE_PARTICIPLE,
    PAST_AFTER_SUBJECT,
    PAST_LIKE_PRESENT_TOLD,
    PAST_VERB,
    PHRASE_CLOSES,
    PRESENT_VIEW,
    PROCESS_VERBS,
    RELATING_VERB,
    RELATIONS_WITH,
    REPORTED_MODAL,
    REPORTED_TENSE_FIRST,
    ROMANCE_NOT_PARTICIPLES,
    ROMANCE_PARTICIPLE_END,
    SAYERS_PRONOUN,
    SECOND_PREDICATE,
    SPEAKING_PRESENT,
    SUBJECT_RELATIVE_AFTER,
    TIME_AROUND_NOUNS,
    TITLE_SOURCE_CHARS,
    TRANSITIVE_PASTS,
    VERB,
    WHEN_WORD,
    ZERO_RELATIVE_AHEAD,
    attributes,
    be_for,
    clause_to_its_end,
    date_phrase_end,
    ends_plural,
    is_own_clause,
    language_of,
    noun_phrase_start,
    other_dates,
    phrase_said_again,
    series_predicate_commas,
    subject_of,
    tells_a_doing,
    turned_clause,
    without_place_appositions,
)
from timeline_app.extraction.titles.relatives import (
    AGENT_OR_PLACE_PHRASE,
    REACHED_LIKE,
    TEXT_ON_A_THING,
    described_name_relative,
    named_relative,
    object_relative,
    partitive_relative_title,
    reduced_relative,
    reduced_relative_title,
    relative_clauses_of,
    relative_second_predicate,
    whose_clause,
    zero_relative_title,
)
from timeline_app.extraction.titles.romance import (
    BARE_PARTICIPLE_END,
    first_joined_object_end,
    foreign_joined_predicate,
    foreign_reported_clause,
    foreign_since_noun,
    foreign_time_clause,
    foreign_year_of_noun,
    fronted_romance_governed_title,
    german_attributive_participle_title,
    german_closing_relative_title,
    german_gapped_objects_title,
    german_gapped_perfect_title,
    german_main_order,
    german_whose_title,
    reported_sayer,
    romance_bare_relative,
    romance_before_being,
    romance_before_doing,
    romance_but_clause,
    romance_fronted_main_start,
    romance_fronted_participle,
    romance_gapped_objects_title,
    romance_gapped_passive_title,
    romance_governed_title,
    romance_joined_object,
    romance_name_relative_title,
    romance_noun_of_day,
    romance_object_participle,
    romance_participle_title,
    romance_relative_title,
    romance_reported_clause,
    romance_restrictive_participle,
    romance_subject_participle,
    romance_subject_relative,
    romance_time_clause,
    romance_when_after_date,
    romance_where_clause,
    romance_whose_title,
    slavic_where_clause,
)
from timeline_app.extraction.titles.subjects import (
    PERSON_ROLE,
    RELATIVE_THEN_IT,
    antecedent_of,
    founded_body,
    parallel_subject,
    place_after_verb,
    possessor_as_pronoun,
    pronoun_as_subject,
    relative_antecedent,
    shorten_people,
    with_antecedent,
)
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    IRREGULAR_PASTS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    past_of_base,
    past_of_participle,
    saying_pasts,
    words_pattern,
)

_LEADING = re.compile(
    r"^(?:(?:In|With|Through)\s+(?:a|an|its|his|her|their|the)\s+(?:joint\s+|separate\s+|written\s+|televised\s+)?"
    r"(?:statement|readout|speech|interview|letter|post|address|note|message|communiqu[ée]|briefing|declaration|"
    r"ruling|decision|judgment|judgement|verdict|order|decree|report|filing|opinion)"
    r"(?:\s+(?:on|to|dated)\s+[^,]{1,60}"
    # (…its participle left bare once its date has gone: "In a statement released [late on Saturday],")
    r"|\s+(?:posted|published|issued|released|delivered|handed\s+down)(?:\s+[^,]{1,60})?)?"
    r"|According\s+to\s+[^,]{1,120}|Meanwhile|Earlier|Later|"
    # "Speaking after the vote, the representative said…": the occasion of a saying
    r"(?:Speaking|Addressing|Writing|Responding|Briefing|Asked)\s+(?:to|after|at|on|in|about|before|from|by|via|over)\s+[^,]{1,80}|"
    # (…and in the other languages we read: "Em declarações à Lusa, disse…", "Dans un entretien au Monde, il a…")
    r"(?:Em\s+declarações|En\s+declaraciones|Em\s+entrevista|En\s+(?:una\s+)?entrevista|Dans\s+(?:un|une)\s+(?:entretien|interview)|"
    r"In\s+un['’]intervista|Interrogée?\s+par|Parlando\s+con)\s+[^,]{1,80}|"
    # "Unless the Security Council votes otherwise, the sanctions will return": the condition, not the happening
    r"Unless\s+[^,]{1,80}|"
    # "[In January,] a week after the anniversary of the ruling, a bombing killed…": when, not what
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"|[Ss]hortly|[Ss]oon|[Jj]ust|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths)\s+(?:after|before)\s+[^,]{1,120}|"
    # (a number's comma ends nothing: "According to the ministry more than 60,000 people…")
    r"Separately|Also|However|Moreover|Still|Then|Previously|Last\s+week|At\s+the\s+time|In\s+(?:the\s+)?meantime)\s*,(?!\d)\s*",
    re.I,
)


#: A relative clause's pronoun and past right before its date: " that expired in ", " which was signed on ".
#: A zero relative's subject and past right before a date: "[ it claims to have annexed] in", "[ they seized] in".
_ZERO_RELATIVE_BEFORE_DATE = re.compile(rf"(?<=[a-z]s)\s+(?:it|they)\s+(?:(?:claims|claimed|says|said)\s+to\s+have\s+)?"
                                        rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:in|on|at|last)\s+(?:the\s+)?$")
#: (…or its object before it: " that ended with a Russian-brokered ceasefire in ")
_RELATIVE_THEN_DATE = re.compile(rf"\s+(?:that|which)\s+(?:(?:had|was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                 r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|on|at|by)\s+(?:the\s+)?")

#: A sentence's subject with an aside still open where a relative clause was cut out: "The force[, known as
#: UNIFIL]", "The mission[, a force of 300 monitors]".
_SUBJECT_ASIDE_OPEN = re.compile(r"[^,]+,\s+(?:(?:also\s+|better\s+)?known\s+as|called|dubbed|nicknamed|an?|the)\s+[^,]+")

#: An aside after a saying's date, before what was said: "said on Friday[, before the latest clash,] that".
_ASIDE_BEFORE_THAT = re.compile(r",\s+(?:before|after|ahead\s+of|during|at|on\s+the\s+sidelines\s+of|in\s+(?:a|an|his|her|its|their)\s)"
                                r"[^,;:()\"“”]{1,60},(?=\s+that\s)")
#: A saying right before its date: "said on ", "told reporters ".
_SAID_BEFORE_DATE = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){1,3}?|announced|stated|wrote|added|warned|claimed)"
                               r"\s+(?:(?:on|in|at|late|early)\s+)?$")


#: A happening told again with a date of its own after a first one, its verb shared: ", and again [on Dec. 6]", ", puis de
#: nouveau [le 6 décembre]", "y de nuevo [en 2024]".
_AGAIN_CONJUNCT = re.compile(r",?\s+(?:(?:and|then|and\s+then|puis|et|y|luego|e|poi|und|dann)\s+)?"
                             r"(?P<again>again|once\s+more|de\s+nouveau|à\s+nouveau|otra\s+vez|de\s+nuevo|nuevamente|di\s+nuovo|"
                             r"ancora\s+una\s+volta|de\s+novo|novamente|erneut|wieder)\b")
#: The words that tell a first time, which the time told again leaves out: "une première fois", "first".
_FIRST_TIME = re.compile(r"\s+(?:une\s+première\s+fois|pour\s+la\s+première\s+fois|for\s+the\s+first\s+time|first|"
                         r"por\s+primera\s+vez|una\s+primera\s+vez|per\s+la\s+prima\s+volta|una\s+prima\s+volta|"
                         r"pela\s+primeira\s+vez|zum\s+ersten\s+Mal|erstmals)(?=[\s,]|$)")


def _again_title(sentence: Sentence, t: Timex, others: list[Timex]) -> str | None:
    """"A political agreement was first reached in June 2019, and again on Dec. 6, 2024 in Montevideo": the second date's
    happening is the first clause's, told again ("A political agreement was reached again in Montevideo")."""
    s = sentence.text
    rel = t.start - sentence.start
    first = max((o for o in others if o is not t and o.end <= t.start), key=lambda o: o.end, default=None)
    if first is None:
        return None
    again = _AGAIN_CONJUNCT.match(s, first.end - sentence.start)
    if again is None or not re.fullmatch(r"\s*(?:(?:in|on|at|le|la|el|en|il|nel|am|im|em|no|na)\s+)?", s[again.end():rel]):
        return None
    lead = dateline_end(s)
    told = remove_date_phrase(s[:again.start()], first.start - sentence.start, first.end - sentence.start, own=True)[lead:]
    told = _FIRST_TIME.sub("", told.rstrip(" ,"))
    rest = re.match(r"[^,;.]*", s[date_phrase_end(t, others) - sentence.start:]).group().rstrip()
    return f"{told} {again['again']}{rest}" if VERB.search(told) or FOREIGN_PAST.search(told) else None


#: A subject's relative clause of the past, up to its date: "[fighting] that began on ", "[the drought] which started in ".
_DATED_SUBJECT_RELATIVE = re.compile(r"(?:(?<=\bafter\s)|(?<=\bbefore\s)|(?<=\bwhen\s)|(?<=\bas\s)|(?<=\bsince\s)|(?<=^))"
                                     r"(?P<np>(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+(?:that|which)\s+"
                                     r"(?:began|started|erupted|broke\s+out|flared|flared\s+up)\s+(?:on|in|at)\s+$", re.I)
#: A time clause with its own subject (a plural) and past, up to the date that closes it: "after [lawmakers dissolved the
#: chamber] in ".
_TIME_CLAUSE_TO_ITS_DATE = re.compile(rf"(?<![,;]\s)(?<=\s)(?:after|before|once|until)\s+(?P<clause>(?:the\s+)?(?:[a-z][\w-]*\s+)?"
                                      rf"[a-z]{{3,}}s\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+"
                                      r"(?:the|a|an|its|their)\s[^,;]{1,60}?)\s+(?:in|on|at|during|last|this)\s+(?:the\s+)?$")
#: A time clause's subject right before its date: "after [violence in Sweida] in ", "when [fighting near the border] on ".
_TIME_CLAUSE_DATED_SUBJECT = re.compile(r"\b(?:after|before|when|until|once)\s+(?P<np>(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                                        r"(?:violence|fighting|clashes|shelling|strikes?|attacks?|floods?|protests?|unrest|"
                                        r"riots?|bombings?|raids?|an?\s+(?:[a-z][\w-]*\s+)?(?:attack|strike|raid|blast|explosion|"
                                        r"earthquake|coup))"
                                        r"(?:\s+(?:in|on|at|near|along|across)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)"
                                        r"\s+(?:in|on|at|during|last|this)\s+(?:the\s+)?$")
#: A main verb in the past right after a date: "[…on Oct. 11] killed".
_MAIN_PAST_NEXT = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


#: What a happening came after, a noun phrase with a date of its own right after the first date, up to that date: " after
#: an election in ".
_DATED_NOUN_PHRASE_AFTER = re.compile(r"\s+(?:after|following)\s+(?:(?:a|an|the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                      r"(?:election|vote|referendum|runoff|coup|war|offensive|attacks?|invasion|summit|agreement|"
                                      r"deal|ceasefire|truce|clashes|protests|riots|fighting)"
                                      # (…or a bare plural's, its range's start too: "clarified the ruling in 2013 after
                                      # deadly clashes between 2008 and 2011")
                                      r"|(?:[a-z][\w-]*\s+)?(?:clashes|protests|riots|attacks|strikes|elections|talks|"
                                      r"fighting))\s+(?:in|on|between|from)\s+(?:the\s+)?"
                                      # (…or a gerund of the subject's with its own date: "won a full term in April after
                                      # first taking office in November 2023")
                                      r"|\s+(?:after|before)\s+(?:(?:first|again|briefly)\s+)?[a-z]{3,}ing\s+(?:[\w'’-]+\s+){0,4}?"
                                      r"(?:in|on)\s+(?:the\s+)?"
                                      # (…and in French, Spanish, Italian, Portuguese: "juró un tercer mandato el 10 de enero,
                                      # tras unas elecciones en julio de 2024")
                                      r"|,?\s+(?:après|tras|después\s+de|dopo|após|depois\s+d[eoa]s?)\s+"
                                      r"(?:l['’]|(?:le|la|les|un|une|des|el|los|las|una|unos|unas|il|lo|o|a|os|as|um|uma|uns|"
                                      r"umas)\s+)[^\W\d_][^,;:()\d]{2,60}?\s+(?:à|au|en|in|nel|nell['’]|em|no|na|el|le)\s*(?:l['’])?")


#: A preposition closing a text before a relative pronoun it governs: "a deal signed in Doha[ under] which…".
_PREPOSITION_OF_RELATIVE = re.compile(r"\s+(?:under|in|by|through|with|from|for|on|at|after|during|against|over)\s*$")


def make_title(sentence: Sentence, timex: Timex | None, others: list[Timex], gazetteer: Gazetteer) -> str:
    """The sentence as a title: without `timex` and the `others` dates, cut to who did what.

    `timex` None titles the sentence with all of `others` taken out."""
    # (a clause turned round has words of its own before it — "The withdrawal … in January 2024 took effect"
    # — so a date is taken out where the text holds it: where it stood, else where its words stand once)
    others = [o if sentence.text[o.start - sentence.start:o.end - sentence.start] == o.text else realigned(o, sentence)
              for o in others]
    others = [o for o in others if o is not None]
    if timex is not None and not (sentence.start <= timex.start and timex.end <= sentence.end):
        # the date stood before the part titled ("…and, in July, suspended visa-free travel"): nothing to take out
        others, timex = [o for o in others if o is not timex], None
    if timex is None:
        if not others:
            return finish_title(sentence.text, gazetteer)
        timex = others[0]
    partner = next((o for o in others if timex.range_id is not None and o.range_id == timex.range_id
                    and o is not timex), None)
    end_of_own = max(timex.end, partner.end if partner else 0)
    # "…after fighting that began [on Oct. 11] killed dozens": a subject's relative clause that the date closes, the main
    # verb right after it, is the date's happening, told from its noun on
    relative = _DATED_SUBJECT_RELATIVE.search(sentence.text, max(0, timex.start - sentence.start - 80),
                                              timex.start - sentence.start) \
        if partner is None and _MAIN_PAST_NEXT.match(sentence.text, end_of_own - sentence.start) else None
    if relative is not None:
        np = relative["np"][:1].upper() + relative["np"][1:]
        rest = re.sub(r"\s+(?:on|in|at)\s*$", "", sentence.text[relative.end("np"):timex.start - sentence.start])
        return finish_title(f"{np}{rest}", gazetteer)
    # "The vote was pushed back after violence in Sweida in July killed hundreds of people": a time clause whose subject the
    # date closes, its past right after, is the date's happening ("Violence in Sweida killed hundreds of people")
    dated_subject = _TIME_CLAUSE_DATED_SUBJECT.search(sentence.text, max(0, timex.start - sentence.start - 80),
                                                      timex.start - sentence.start) \
        if partner is None and _MAIN_PAST_NEXT.match(sentence.text, end_of_own - sentence.start) else None
    # "…in a snap election called after lawmakers dissolved the chamber in September, a year ahead of schedule": a time
    # clause with its own subject and past, closed by the date, is the date's happening
    time_clause = _TIME_CLAUSE_TO_ITS_DATE.search(sentence.text, max(0, timex.start - sentence.start - 120),
                                                  timex.start - sentence.start) \
        if partner is None and re.match(r"\s*(?:[,.;]|$)", sentence.text[end_of_own - sentence.start:]) else None
    if time_clause is not None and dated_subject is None:
        return finish_title(time_clause["clause"][:1].upper() + time_clause["clause"][1:], gazetteer)
    if dated_subject is not None and not VERB.search(dated_subject["np"]):
        np = dated_subject["np"][:1].upper() + dated_subject["np"][1:]
        rest = re.split(r"[,;]", sentence.text[end_of_own - sentence.start:], maxsplit=1)[0]
        return finish_title(f"{np}{rest}", gazetteer)
    # "She recalled that the Council authorised the mission in October 2023 and that its first contingent arrived in June
    # 2024": a second thing said, with a date of its own, is that date's happening
    second_said = list(re.finditer(r",?\s+and\s+that\s+(?=\S)", sentence.text[:timex.start - sentence.start]))
    if second_said and any(o.end - sentence.start <= second_said[-1].start() for o in others if o is not timex):
        cut = second_said[-1].end()
        sentence = Sentence(sentence.start + cut, sentence.end, sentence.text[cut:])
        others = [o for o in others if o.start >= sentence.start]
    # "Rights groups criticised the accord, recalling that in 2025 more than 1,200 people died at sea": with no date of
    # its own before it, a closing saying's that-clause holds the date, and is its happening
    said_after = CLOSING_SAYING_THAT.search(sentence.text, dateline_end(sentence.text), timex.start - sentence.start)
    if said_after is not None and not any(o.start - sentence.start < said_after.start() for o in others if o is not timex) \
            and not re.search(r";|,(?!\d{3})", sentence.text[said_after.end():timex.start - sentence.start]):
        cut = said_after.end()
        sentence = Sentence(sentence.start + cut, sentence.end, sentence.text[cut:])
        others = [o for o in others if o.start >= sentence.start]
    # "A war in 1992 killed hundreds before a ceasefire was signed on July 21": a time clause after the
    # date, with its own subject, verb and date, is that date's happening, comma or not
    for other in others:
        dated_noun_after = _DATED_NOUN_PHRASE_AFTER.fullmatch(sentence.text, end_of_own - sentence.start,
                                                              other.start - sentence.start) \
            if other.start > end_of_own else None
        if dated_noun_after is not None:
            # "Maduro began a third term on Jan. 10 after an election in July": what the happening came after, named with
            # a date of its own, is that date's, no part of this one's title
            sentence, others = cut_at(sentence, others, dated_noun_after.start())
            break
        if other.start > end_of_own:
            clause = trailing_subordinate(sentence, other, others)
            conjunction = re.search(r"\s+\S+\s+$", sentence.text[:clause.start - sentence.start]) if clause else None
            if conjunction is not None and sentence.start + conjunction.start() >= end_of_own:
                resumed = _MAIN_VERB_BACK_AFTER_ASIDE.match(sentence.text, clause.end - sentence.start)
                if resumed is not None and _APPOSITIVE_OPEN.search(sentence.text, 0, conjunction.start()):
                    # "…said that the measures, its first sanctions since Trump returned in January, would take effect":
                    # the time clause closes an aside, after which the main verb comes back — only the clause goes
                    lo, hi = conjunction.start(), clause.end - sentence.start
                    shift = hi - lo
                    moved = {id(o): replace(o, start=o.start - shift, end=o.end - shift)
                             for o in others if o.start - sentence.start >= hi}
                    sentence = Sentence(sentence.start, sentence.end - shift, sentence.text[:lo] + sentence.text[hi:])
                    others = [moved.get(id(o), o) for o in others if not lo <= o.start - sentence.start < hi]
                    break
                sentence, others = cut_at(sentence, others, conjunction.start())
                break
    # "Talks resumed the following Monday and, within a week, a new text had been drafted": a clause joined on after an
    # aside, with a subject of its own, tells another happening
    joined_after_aside = _AND_ASIDE_THEN_CLAUSE.search(sentence.text, end_of_own - sentence.start)
    # (…as does the subject's next predicate after an aside with a date of its own: "Fighting flared again in April 2016
    # and, for six weeks in the autumn of 2020, became a full war")
    joined_after_aside = joined_after_aside or next(
        (j for j in _AND_DATED_ASIDE_THEN_PREDICATE.finditer(sentence.text, end_of_own - sentence.start)
         if any(j.start("aside") <= o.start - sentence.start < j.end("aside") for o in others if o is not timex)), None)
    if joined_after_aside is not None:
        sentence, others = cut_at(sentence, others, joined_after_aside.start())
    again = _again_title(sentence, timex, others)
    if again is not None:  # "…was first reached in June 2019, and again on Dec. 6, 2024 in Montevideo"
        return finish_title(again, gazetteer)
    # "The war began in November 2020 and ended with a truce two years later": a second predicate with its
    # own date is that date's happening
    following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
    repeated = _AGAIN_CONJUNCT.match(sentence.text, end_of_own - sentence.start) if following is not None else None
    before_own = sentence.text[dateline_end(sentence.text):timex.start - sentence.start]
    if repeated is not None and repeated.group().startswith(",") and following.start - sentence.start - repeated.end() <= 12 \
            and (VERB.search(before_own) or FOREIGN_PAST.search(before_own)):
        # (set off by its comma, what follows is the second time's: "…reached in June 2019, and again on Dec. 6, 2024 in
        # Montevideo, after changes…"; not dates set off before the verb they share: "Earlier rounds of talks, in May 2023
        # and again that October, produced…")
        sentence, others = cut_at(sentence, others, repeated.start())  # (…and the first time is the clause alone)
        following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
    gerund = GOVERNED_GERUND.search(sentence.text, end_of_own - sentence.start, following.start - sentence.start) \
        if following is not None else None
    if gerund is not None and gerund["verb"] not in NOT_PARTICIPLES:
        # "Rubio held talks in Geneva on Sunday before flying to Kyiv on Monday": the gerund with a date of its own
        # is that date's happening (told "Rubio flew to Kyiv")
        sentence, others = cut_at(sentence, others, gerund.start())
        following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
    if following is not None:
        second = SECOND_PREDICATE.search(sentence.text, end_of_own - sentence.start, following.start - sentence.start) \
            or BUT_PREDICATE.match(sentence.text, end_of_own - sentence.start)
        if second is not None and not re.search(r"[,;]", sentence.text[end_of_own - sentence.start:second.start()]):
            sentence, others = cut_at(sentence, others, second.start())
        # "…signed a ceasefire in June 2023 that expired in August 2024": a relative clause right after the date, with
        # a date of its own, is that date's happening
        following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
        relative = _RELATIVE_THEN_DATE.fullmatch(sentence.text, end_of_own - sentence.start, following.start - sentence.start) \
            if following is not None else None
        if relative is not None:
            sentence, others = cut_at(sentence, others, relative.start())
        elif following is not None:
            # "…withdraw from four regions it claims to have annexed in September 2022": a zero relative with a date of
            # its own is that date's happening
            zero = _ZERO_RELATIVE_BEFORE_DATE.search(sentence.text, max(end_of_own - sentence.start,
                                                                         following.start - sentence.start - 60),
                                                     following.start - sentence.start)
            if zero is not None:
                sentence, others = cut_at(sentence, others, zero.start())
    s = sentence.text
    rel_start, rel_end = timex.start - sentence.start, timex.end - sentence.start
    if partner is not None:  # "on April 24 and 25": the range goes as one phrase
        rel_start = min(rel_start, partner.start - sentence.start)
        rel_end = max(rel_end, partner.end - sentence.start)
    # "in the quarter ended Sept. 30" names one period, "made Friday and Thursday" lists two days of one
    # happening: each goes as one phrase
    for other in sorted(others, key=lambda o: o.start if o.start >= timex.end else -o.start):
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        # ("late on Thursday and in the early hours of Friday": a preposition may open the second)
        # (…and a list's comma between two weekdays: "on Monday, Tuesday and Wednesday")
        # (a period's end joins only its day: "the quarter ended Sept. 30", not "launched in 2023 ended in December")
        joined = r"\s+(?:ended|ending)\s+|\s+(?:and|or)\s+(?:(?:on|in|at|during|into)\s+)?|,\s+(?:and\s+)?(?:on\s+)?"
        if o_start >= rel_end and re.fullmatch(joined, s[rel_end:o_start]) \
                and (not s[rel_end:o_start].startswith(",") or re.fullmatch(WEEKDAY, s[o_start:o_end])):
            rel_end = o_end
        elif o_end <= rel_start and re.fullmatch(joined, s[o_end:rel_start]) \
                and (not s[o_end:rel_start].startswith(",") or re.fullmatch(WEEKDAY, s[rel_start:rel_end])):
            rel_start = o_start
    # "Marcos said on Friday, before the latest clash, that…": an aside between the saying's date and what was said
    # places the saying, and goes with its date
    aside = _ASIDE_BEFORE_THAT.match(s, rel_end)
    if aside is not None and _SAID_BEFORE_DATE.search(s, max(0, rel_start - 48), rel_start):
        rel_end = aside.end()
    # "She met Aliyev on Monday and Pashinyan a day later": one verb, two objects, two happenings
    gapped = gapped_conjunct(s, rel_start, rel_end, [(o.start - sentence.start, o.end - sentence.start)
                                                       for o in others if o is not timex and o is not partner])
    if gapped is None:  # "is due to meet the speaker tomorrow and to visit the border on Wednesday"
        gapped = coordinated_infinitive(s, rel_start, rel_end, [(o.start - sentence.start, o.end - sentence.start)
                                                                 for o in others if o is not timex and o is not partner])
    if gapped is not None:
        s, shift = gapped
        rel_start, rel_end = rel_start + shift, rel_end + shift
    # "…a month after the military rulers who seized power in July ordered him to leave": a relative clause about a
    # subject, with the date, before that subject's own past is the date's happening ("The military rulers seized power")
    relative = _WHO_CLAUSE_TO_DATE.search(s, max(0, rel_start - 120), rel_start)
    if relative is not None and re.match(rf"\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b", s[rel_end:]) \
            and not VERB.search(CAPITALISED_WORDS.sub("", relative["np"])):
        return finish_title(f"{relative['np']} {relative['body']}", gazetteer)
    # "…accusations that Kigali backed rebels who attacked near the capital in December 2023": a who-clause that closes
    # the sentence with the date, after a clause with a verb of its own, is the date's happening ("Rebels attacked…")
    # (…or before the clause's own second predicate, still to come: "…road works that started in October and will take
    # until the summer")
    closing_who = _BARE_WHO_CLAUSE_TO_DATE.search(s, max(0, rel_start - 120), rel_start) \
        if re.fullmatch(r"\s*[.;!?]?\s*|\s+and\s+(?:will|would|could|may|might|should|is|are)\s[^.;!?]*[.;!?]?\s*", s[rel_end:]) \
        else None
    if closing_who is not None and closing_who["rel"] == "that" and not re.match(PROCESS_VERBS, closing_who["body"]):
        closing_who = None  # (a that-clause's start or end only: "chaired talks that led to a truce" keeps who chaired them)
    # (…after a present of need the tagger's verbs leave out too: "The third [needs] road works that started in October")
    if closing_who is not None and (VERB.search(CAPITALISED_WORDS.sub("", s[:closing_who.start()]))
                                    or re.search(r"(?:^|\s)(?:needs|requires|wants|awaits|faces)\s+$", s[:closing_who.start()])) \
            and not any(o is not timex and o is not partner and closing_who.start() <= o.start - sentence.start < rel_start
                        for o in others):
        np = closing_who["np"]
        return finish_title(f"{np[:1].upper()}{np[1:]} {closing_who['body']}", gazetteer)
    # "Born in Split in 1945, Halvat trained as an engineer…": an opening participle phrase with another
    # date is that date's happening, and goes
    fronted = _FRONTED_PARTICIPLE.match(s)
    # (…in French, Spanish or Italian too: "Arrivé au pouvoir par un coup d'État en août 2020, le général avait promis…")
    main_at = fronted.start("main") if fronted is not None else romance_fronted_main_start(s)
    if main_at is not None and main_at <= rel_start and any(
            o is not timex and dateline_end(s) <= o.start - sentence.start < main_at for o in others):
        cut = main_at
        s, rel_start, rel_end = s[cut:], rel_start - cut, rel_end - cut
        sentence = Sentence(sentence.start + cut, sentence.end, s)
        others = [o for o in others if o.start >= sentence.start]
    # "When the war began in April, the envoy left the country in May": an opening time clause with another date is
    # that date's happening, and goes as well
    clause = OPENING_TIME_CLAUSE.match(s, dateline_end(s))
    # (…as is a since-clause's past: "Since the army seized power in 2021, it has held referendums in 2023 and 2025")
    clause = clause if clause is not None and (FINITE_IN_CLAUSE.search(clause["clause"])
                                               or opening_since_past(s[dateline_end(s):], clause["clause"])) else None
    if clause is not None and clause.end() <= rel_start and any(
            o is not timex and clause.start("clause") <= o.start - sentence.start < clause.end("clause") for o in others):
        cut = clause.end()
        s, rel_start, rel_end = s[cut:], rel_start - cut, rel_end - cut
        sentence = Sentence(sentence.start + cut, sentence.end, s)
        others = [o for o in others if o.start >= sentence.start]
        told_again = _PRONOUN_FOR_CLAUSE_SUBJECT.match(s)
        subject = _CLAUSE_SUBJECT.match(clause["clause"]) if told_again is not None else None
        if subject is not None and (told_again[1].lower() == "they") == subject["np"].endswith("s"):
            # ("…, it has held two referendums": the "it" is the time clause's subject, the army)
            np = subject["np"][:1].upper() + subject["np"][1:]
            grown = len(np) - told_again.end(1)
            s, rel_start, rel_end = np + s[told_again.end(1):], rel_start + grown, rel_end + grown
            sentence = Sentence(sentence.start - grown, sentence.end, s)  # (the offsets of the dates after it kept)
    elif clause is not None and clause.start("clause") <= rel_start and rel_end <= clause.end("clause") and any(
            o is not timex and o is not partner and o.start - sentence.start >= clause.end() for o in others):
        # (…and the main clause goes from the time clause's own date: "Once the truce took effect on Monday, aid
        # trucks entered on Tuesday")
        sentence, others = cut_at(sentence, others, clause.end("clause"))
        s = sentence.text
    # "By the time a ceasefire took hold in May 1994, 30,000 people had been killed", "After talks failed in March 2019,
    # troops moved in": the main clause came before or after the date, which is the time clause's happening
    # (…as a condition's own date is the condition's, what may follow it another's: "If the committee meets next week as
    # planned, the first flights could leave before Christmas")
    for opening, own_verb in ((_SEQUENCE_OPENING, _PAST_IN_CLAUSE), (_IF_OPENING, _CONDITION_VERB)):
        fronted = opening.match(s, dateline_end(s))
        if fronted is not None and fronted.start("clause") <= rel_start and rel_end <= fronted.end("clause") \
                and own_verb.search(fronted["clause"]) \
                and not any(o is not timex and o is not partner and o.start - sentence.start >= fronted.end() for o in others):
            sentence, others = cut_at(sentence, others, fronted.end("clause"))
            cut = fronted.start("clause")
            s, rel_start, rel_end = sentence.text[cut:], rel_start - cut, rel_end - cut
            s = s[:1].upper() + s[1:]
            sentence = Sentence(sentence.start + cut, sentence.end, s)
            others = [o for o in others if o.start >= sentence.start]
            break
    # "A grain deal brokered [in July 2022] collapsed a year later": the other date's participle goes too
    removed: set[int] = set()  # (…and its date with it, whose offsets no longer hold)
    spans = {id(o): reduced_relative(sentence, o, others) or _romance_participle_aside(s, o, sentence, others)
             or _stopped_since_span(sentence, o) for o in others if o is not timex and o is not partner}
    for other in sorted((o for o in others if o is not timex and o is not partner), key=lambda o: o.start):
        # ("…a pact signed in Nairobi in March 2024, revised in June [and ratified in September]": a second participle
        # joined on to another date's goes with its own date too)
        joined = max((spans[id(o)][1] for o in others if spans.get(id(o)) and spans[id(o)][1] <= other.start - sentence.start),
                     default=None) if spans.get(id(other)) is None else None
        second = _JOINED_PARTICIPLE_TO_DATE.fullmatch(s, joined, other.start - sentence.start) if joined is not None else None
        if second is not None:
            spans[id(other)] = (second.start("and"), other.end - sentence.start)
    for other in sorted((o for o in others if o is not timex and o is not partner), key=lambda o: -o.start):
        span = spans[id(other)]
        if span is not None and (span[1] <= rel_start or span[0] >= rel_end):
            lo, hi = span[0], span[1] + (1 if s[span[1]:span[1] + 1] == " " else 0)
            phrase = AGENT_OR_PLACE_PHRASE.match(s, span[1])
            if phrase is not None and FINITE_AFTER.match(s, phrase.end()) and not VERB.search(phrase.group()):
                hi = phrase.end() + 1  # ("A grain deal brokered in July 2022 by Turkey collapsed": who by goes too)
            adverb = ADVERB_BEFORE_PARTICIPLE.search(s, max(0, lo - 16), lo - 1) if s[lo - 1:lo] == " " else None
            if adverb is not None:
                lo = adverb.start() + 1  # "…an energy deal first [reached in June 2022]": the adverb goes too
            zero = ZERO_RELATIVE_SUBJECT_LEFT.search(s, max(0, lo - 80), lo) if s[lo - 1:lo] == " " else None
            # (not a passive's participle and its agent: "a larger Gang Suppression Force authorized by the Security Council")
            if zero is not None and zero.end() == lo and not zero["verb"] and not re.match(r"[a-z]+\s+by\s", s[lo:lo + 40]):
                lo = zero.end("np") + 1  # "The deal [Washington] brokered in March collapsed": the clause's subject too
            rest = re.match(r"[^,;:()]{1,50},", s[span[1]:]) if s[lo - 2:lo] == ", " else None
            if s[lo - 2:lo] == ", " and s[span[1]:span[1] + 1] == ",":
                # ", adopted in December 2015," goes with its commas (but the second stays before a closing attribution:
                # "…Chacalluta-Santa Rosa[, cerrado desde el 28 de octubre], informaron ambos gobiernos")
                lo, hi = lo - 2, span[1] + (0 if _ATTRIBUTION_NEXT.match(s, span[1]) else 1)
            elif rest is not None and not VERB.search(rest.group()) and not FIRST_VERB.search(rest.group()):
                lo, hi = lo - 2, span[1] + rest.end()  # (…and the rest of its aside: ", set up in 2008 under a UN mandate,")
            appositive = DATE_APPOSITIVE.match(s, span[1]) if s[lo:lo + 1] == "," else None
            if appositive is not None:
                # (…and what its date was, set off after it: ", fermée depuis le 15 avril 2023[, date du début de la guerre],")
                hi = appositive.end() + (1 if s[appositive.end():appositive.end() + 1] == ","
                                         and not _ATTRIBUTION_NEXT.match(s, appositive.end()) else 0)
            closing_with = re.search(r",\s+(?:and\s+)?with\s+[^,;]{1,60}$", s[:lo]) \
                if re.fullmatch(r"\s*[.;!?]?\s*", s[hi:]) else None
            if closing_with is not None:
                lo = closing_with.start()  # "…on Dec. 28[, with results expected on Dec. 30]": the whole closing phrase
            s = s[:lo] + s[hi:]
            removed.add(id(other))
            if hi <= rel_start:
                rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
    # "…negotiations that began [in January] and nearly collapsed in the autumn", "The EU granted it candidate status [in
    # December 2023] but froze the process in June": the later date's title is the second predicate of the relative
    # clause or of the subject, without the first one and its date
    for other in others:
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        if other is timex or other is partner or o_end > rel_start or s[o_start:o_end] != other.text:
            continue
        second = SECOND_PREDICATE.match(s, o_end) or BUT_PREDICATE.match(s, o_end)
        if second is None or second.end() > rel_start \
                or any(o2.end > other.end and o2 is not timex and o2 is not partner for o2 in others):
            continue  # (no date of another but this one after the cut, whose place in the text would move)
        relative = _RELATIVE_WORD_BEFORE.search(s, max(0, o_start - 60), o_start)
        if relative is not None and not re.search(r"[,;]", s[relative.end():o_start]):
            lo, space = relative.end(), 0  # (the relative word stays: "negotiations that nearly collapsed")
        else:
            subject = subject_of(s[:1].upper() + s[1:o_start])
            if subject is None or not s[:len(subject)].lower() == subject.lower() or re.search(r"[,;]", s[len(subject):o_start]) \
                    or OPENING_PHRASE.match(subject + ", ") or not FIRST_VERB.match(s, len(subject) + 1):
                continue
            lo, space = len(subject), 1  # (the subject stays, and a space after it)
        hi = second.start() + re.match(r"\s+(?:and|but)\s+", s[second.start():]).end() - space
        s = s[:lo] + s[hi:]
        rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
        others = [o for o in others if o is not other]
        break
    # "The truce, which began [Friday], was set to expire Tuesday": another date's relative clause
    # tells another happening, so it leaves this one's title whole
    for lo, hi in reversed(relative_clauses_of(s, [(o.start - sentence.start, o.end - sentence.start) for o in others
                                                     if o is not timex and o is not partner and id(o) not in removed],
                                                rel_start, rel_end)):
        if s[hi - 1:hi] == "," and (ATTRIBUTION_TAIL.match(s.rstrip(" .;"), hi - 1) or SAYING_PAST_AFTER_COMMA.match(s, hi - 1)):
            # "…once in Bender, where the text was drawn up Friday, an official said": the saying's comma stays (…in
            # another language's too: "…el puente, cerrado desde el 2 de abril, informaron las cancillerías")
            hi -= 1
        elif s[hi - 1:hi] == "," and _SUBJECT_ASIDE_OPEN.fullmatch(s, 0, lo) and not VERB.search(s, 0, s.find(",")):
            hi -= 1  # "The force, known as UNIFIL, which was created in 1978, will withdraw": the subject's aside closes
        s = s[:lo] + s[hi:]
        if lo < rel_start:
            rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
    # "Negotiators agreed on the text in March, after two years of talks that began in May 2022": a
    # closing clause with another date tells another happening
    # ("Moldova was granted candidate status in June 2022, months after Russia invaded Ukraine": so
    # does one with a subject and verb of its own, dated or not)
    named_day = _DAY_NAMED_AFTER.match(s, rel_end) if LEAD_WORDS.fullmatch(s[:rel_start]) else None
    if named_day is not None:
        # "On Oct. 4, local election day, some protesters tried…": what the day was is no part of what happened on it
        s = s[:rel_end] + s[named_day.end():]
    inserted = _CLOSING_CLAUSE.match(s, rel_end) if LEAD_WORDS.fullmatch(s[:rel_start]) else None
    if inserted is not None and s.find(", ", inserted.end()) > 0:
        # "Early on Wednesday, before the second day of talks began, a shooting was reported": after an
        # opening date, the clause is an aside before the main one, not the end of the sentence
        close = s.find(", ", inserted.end())
        s = s[:rel_end] + s[close:]
    # "…signed a treaty [in 1721] after a war that had lasted most of the previous decade": a restrictive relative
    # clause after the date that holds a date of its own tells another happening
    for other in sorted(others, key=lambda o: o.start):
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        # (a length dates nothing: "…for ending a 20-year stalemate that followed the 1998-2000 war")
        if other is timex or other is partner or o_start < rel_end or s[o_start:o_end] != other.text \
                or other.type == "DURATION":
            continue
        restrictive = _RESTRICTIVE_RELATIVE.search(s, rel_end, o_start)
        # (a preposition the relative pronoun is governed by goes with it: "a deal signed on Feb. 20[ under] which new
        # elections will be held before the end of 2027")
        governed = _PREPOSITION_OF_RELATIVE.search(s, rel_end, restrictive.start()) if restrictive is not None else None
        head_end = governed.start() if governed is not None else restrictive.start() if restrictive is not None else 0
        # (of a noun in the date's own clause: not "said [on Monday] that troops had…", nor after a comma's clause)
        # (…or a noun's name, governed by its preposition: "a 20-year stalemate with Asmara that followed…")
        noun = re.search(r"\b([a-z][\w'’-]*)$|\b(?:with|of|in|from|against|between|over)\s+[A-Z][\w'’-]*()$",
                         s[rel_end:head_end]) if restrictive is not None else None
        # (the comma of the date's own clause or aside may stand first: "…, when the two empires signed…", "The last
        # summit, in Pyongyang in September 2018, produced an agreement that Seoul suspended in 2024")
        # (…nor the hearer a telling is addressed to: "reminded [delegates] that the crossing has been closed since May")
        if (noun is not None and not VERB.fullmatch(noun[1] or "") and noun[1] not in _NOT_ANTECEDENTS or governed is not None) \
                and not _TELLING_THEN_HEARER.search(s, max(rel_end, head_end - 60), head_end) \
                and not re.search(r"[,;:]", _OWN_CLAUSE_COMMA.sub("", s[rel_end:head_end], count=1)) \
                and (VERB.search(restrictive.group()) or _OWN_VERB_IN_RELATIVE.search(restrictive.group())):
            stop = re.search(r"[;:]|,(?!\d{3})|\.(?:\s|$)", s[o_end:])  # (a number's thousands comma ends nothing)
            rest = s[o_end + stop.start():] if stop else ""
            # (…with the toll it took: "…protests that began after a canopy collapsed on 1 November 2024[, killing 16
            # people]")
            rest = _TOLL_AFTER.sub("", rest, count=1)
            s = s[:head_end] + rest
        break
    # "Deliveries peaked in FY2019 and again in Q4 2024, when three frigates were handed over": a when-clause
    # right after a later date is that date's
    for other in others:
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        if other is not timex and other is not partner and o_start >= rel_end and s[o_start:o_end] == other.text \
                and re.match(r"\s*,\s+when\s", s[o_end:]):
            s = s[:o_end]
            break
    for closing in _CLOSING_CLAUSE.finditer(s, rel_end):
        word = closing.group().lstrip(", ")
        if word.startswith("but") \
                and re.search(r"\b(?:due|expected|scheduled|planned|set|supposed|meant|slated)\s+to\b", s[:closing.start()]):
            continue  # "…were due to be held in Cairo in November, but Russia postponed them": what became of the plan
        if word.startswith("and") and re.search(r"\bbetween\b(?![^;]*\band\b)", s[:closing.start()]):
            continue  # "fighting between the army, led by Gen. Burhan, and the RSF": the two "between" joins
        dated = [o for o in others if o is not timex and o is not partner and o.text in s[closing.start():]]
        if not word:  # a participle: only its own date makes it another happening, not one of a clause inside it
            if any(not re.search(r"\b(?:that|which|who)\b", s[closing.end():s.find(o.text, closing.start())])
                   for o in dated):
                s = s[:closing.start()]
                break
            continue
        if dated or is_own_clause(s[closing.end():]) \
                or (word.startswith("and") and is_own_clause(_OPENING_ADVERBIAL.sub("", s[closing.end():], count=1))) \
                or (word.startswith(("and", "but"))
                    and re.match(r"(?:he|she|they|we|I|it)\s+(?:[a-z]+ly\s+)?[a-z]{2,}\b", s[closing.end():])) \
                or (word.startswith("but") and re.match(r"(?:has|have)\s", s[closing.end():])) \
                or (word.startswith("but") and _BARE_PLURAL_PHRASE_PAST.match(s[closing.end():])):
            # (a pronoun of its own opens a clause whatever its tense: ", and we remain in contact with them")
            s = s[:closing.start()]  # (", and by last night they were back": a clause after its own opening phrase)
            break
    # "Holguín met both leaders on Tuesday and Wednesday and will report to Guterres": a second predicate that
    # looks ahead after a past one is another happening, not the date's
    ahead = _AHEAD_PREDICATE.search(s, rel_end)
    if ahead is not None and not re.search(r"[,;:]", s[rel_end:ahead.start()]) \
            and re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[:rel_start]) \
            and not any(rel_end <= o.start - sentence.start < ahead.start() and o is not partner
                        and not _LIST_AND.fullmatch(s[rel_end:o.start - sentence.start]) for o in others if o is not timex):
        s = s[:ahead.start()]
    # "The RSF accepted it in November; the army has not": a clause after a semicolon is another's
    semicolon = s.find("; ", rel_end)
    if semicolon >= 0 and OWN_SUBJECT.match(s, semicolon + 2):
        s = s[:semicolon]
    # "On the same day he left, a court issued a warrant": the clause that says which day goes with it
    contact = _CONTACT_CLAUSE.match(s, rel_end) if _DAY_NOUN_DATE.fullmatch(s[rel_start:rel_end]) \
        and _OPENING_PREPOSITION.fullmatch(s[:rel_start]) else None
    if contact is not None and is_own_clause(s[contact.end():]):
        s = s[:rel_end] + ", " + s[contact.end():]
    # (a list of nouns inside it runs on: "…, when Serb mayors, judges and police officers resigned")
    # (an initial's full stop ends no clause: "…when Greek Cypriots rejected a U.N. plan in a referendum")
    when_clause = re.match(rf"\s*[\"”’']?\s*,?\s*{WHEN_WORD}(.+?)(?:;|(?<!\b[A-Z]){_NOT_A_TITLE_ABBREVIATION}\.(?=\s|$)|$|,\s+(?:which|who|after|before|while|as|but|and|though|"
                           r"although|[a-z]+ing)\b|,(?=[^,]*,)(?![^,;.]*\band\b)"
                           # (…and the main clause after a fronted date: "Since 2000, when Plan Colombia was launched, the
                           # United States has invested…", "Desde 2000, cuando se lanzó el Plan Colombia, Estados Unidos ha…")
                           r"|,\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?\s+(?:has|have|had|is|are|"
                           r"was|were|will|would|ha|han|había|a|ont|avait|hat|haben|hatte)\s)"
                           # (…or the main clause's closing phrase: "…had waited since December 2021, when elections were
                           # postponed, for a political settlement")
                           r"|,\s+(?=(?:for|to|toward|towards|against)\s+[^,;]{3,80}[.;]?\s*$))",
                           # "when his father, Hafez Assad, seized power"; "when 14 prisoners, among them the opposition
                           # figure Sergei Tikhanovsky, were freed"
                           ENCLOSED_NAME.sub(" ", _AMONG_THEM_ASIDE.sub("", s[rel_end:])))
    if when_clause and partner is not None and timex is not None and timex.range_role == "start" \
            and re.search(r"\b(?:from|between)\s+(?:the\s+)?$", s[max(0, rel_start - 14):rel_start]) is not None:
        # "…served as prime minister from January to May 2024, when he came second in the election": the when-clause is
        # the range's end's, the span the main clause's
        when_clause = None
        s = s[:rel_end] + s[rel_end:][:re.search(rf"\s*[\"”’']?\s*,?\s*{WHEN_WORD}", s[rel_end:]).start()]
    # (two words will do when they are a subject and its past: "…since 1974, when Turkey invaded")
    if when_clause and len(when_clause.group(1).split()) < 3 \
            and not _SUBJECT_AND_PAST.fullmatch(when_clause.group(1).strip()):
        when_clause = None
    if when_clause and timex is not None and any(
            o is not timex and o is not partner and o.start >= timex.end
            and (_AGAIN_CONJUNCT.search(sentence.text, timex.end - sentence.start, o.start - sentence.start)
                 # (…nor one of dates each with its own preposition: "flared into war in 1941, in 1981 and in early 1995,
                 # when fighting killed…" is early 1995's)
                 or _OWN_PREPOSITION_BEFORE.search(sentence.text, max(0, timex.start - sentence.start - 12),
                                                   timex.start - sentence.start)
                 and _LISTED_WITH_OWN_PREPOSITION.match(sentence.text, timex.end - sentence.start, o.start - sentence.start))
            and re.match(r"\s*,\s+when\s", sentence.text[o.end - sentence.start:]) for o in others):
        # "He returned to the table in 2006 and again in 2014, when he led the team…": the when-clause is the time said
        # again's, whose phrase was taken out before it (not a list's: "in 2021 and 2022, when forces crossed…")
        when_clause = None
        later_when = re.search(r",\s+when\s", s[rel_end:])
        s = s[:rel_end + later_when.start()] if later_when is not None else s
    if when_clause and _STATE_THEN.match(when_clause.group(1)) and is_own_clause(s[dateline_end(s):rel_start]) \
            and (re.search(rf"\b(?!(?:was|were|is|are|had|has)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[:rel_start])
                 # (…or a passive of a participle no past is spelled as: "the border was drawn by a tribunal in 1899")
                 or re.search(rf"\b(?:was|were)\s+{DISTINCT_PARTICIPLE.pattern}", s[:rel_start])) \
            and not re.search(r"\bsince\s+(?:the\s+)?$", s[:rel_start]):  # (a doing, not a state or a bound's "since")
        # "I first visited the border in 1999, when it was still a line of trenches": a state then, no happening; the
        # main clause's is the date's
        when_clause = None
        s = s[:rel_end] + s[rel_end:][:re.search(rf"\s*[\"”’']?\s*,?\s*{WHEN_WORD}", s[rel_end:]).start()]
    # (a schedule's label before the main clause leaves it its own: "Later in the month: EU leaders hold their last
    # summit of the year on Dec. 17-18, when…")
    head = s[:rel_start]
    for o in others:
        label = re.match(r"\s*[:—–]\s+", s[o.end - sentence.start:rel_start]) \
            if o is not timex and o.start == sentence.start else None
        if label is not None:
            head = s[o.end - sentence.start + label.end():rel_start]
    # (…or one that sets it in the present: "Foreign ministers meet again on Dec. 14, when the issue is expected to return")
    # (…its subject's relative aside left out: "Zourabichvili, who refused to recognise the election, left the palace on
    # Dec. 29, when her term ended")
    plain_head = _SUBJECT_S_RELATIVE_ASIDE.sub(r"\g<subject> ", head) if when_clause else head
    main = (_FULL_MAIN_CLAUSE.fullmatch(plain_head) or _PLAN_HEAD.fullmatch(plain_head) or _MODAL_MAIN_CLAUSE.fullmatch(plain_head)
            or (_SUBJECT_BEFORE_PRESENT.match(head) and re.fullmatch(r"[^,;:]{2,120}?\s(?:on|in|at|during)?\s*",
                                                                           head))
            # (…and a Romance past: "Petro había dado por terminado el proceso el 17 de enero, cuando acusó…")
            or (re.match(rf",?\s*{WHEN_WORD}", s[rel_end:]) and FOREIGN_PAST.search(s, 0, rel_start)
                # (a name set off after its role is no clause's comma: "O Presidente angolano, João Lourenço, deixou…")
                and re.fullmatch(r"[^,;:]{2,140}?\s(?:el|le|il|en|au|em|no|na|a)?\s*",
                                 re.sub(r"(?<=[^\W\d_]),\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’.-]*,\s+", " ", head)))) \
        if when_clause else None
    # (not when the date is only the main clause's yardstick: "closed down 6.8% from Oct. 13, when a plunge…")
    # (nor when the date is the bound a "since" counts from: "…for the first time since 1978, when Bolivia broke off
    # relations": the when-clause is what happened then)
    if when_clause and main is None and is_own_clause(head) and _RECKONED_WHEN.match(when_clause.group(1).strip()):
        # "The largest rally took place on Saturday, when police estimated the crowd at 107,000": a reckoning or a saying
        # of it frames nothing, the main clause is the happening
        main = True
    if main is not None and _FRAMING_MAIN.fullmatch(head):
        main = None  # "The next test comes on Dec. 18, when the two border commissions meet in Baku": the when-clause is it
    if main is not None and (is_own_clause(plain_head) or _SUBJECT_BEFORE_PRESENT.match(head) or _PLAN_HEAD.fullmatch(plain_head)
                             # (…or a Romance main clause's own past: "Petro había dado por terminado el proceso el 17 de
                             # enero, cuando acusó…")
                             or main is not True and FOREIGN_PAST.search(head) and not re.search(r"(?i:\bdesde|\bdepuis|\bdal)\b", head)) \
            and not re.search(r"(?:%|\bper\s*cent|\bpercent)\s+(?:from|on|over|against)\s+$", head) \
            and not re.search(r"\bsince\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?$", head):
        # "The government fell on Nov. 24 when lawmakers backed a motion": a main clause that tells a happening
        # of its own is the date's title; one that only frames the when-clause ("The shelling began on
        # Thursday, when the army hit depots") leaves the title to it
        when_clause = None
        when_at = re.search(rf"\s*[\"”’']?\s*,?\s*{WHEN_WORD}", s[rel_end:])
        if when_at is not None:
            s = s[:rel_end] + s[rel_end:][:when_at.start()]
    if when_clause:  # "Howes was working… when he was abducted [in March 1996]": Howes was abducted
        title = when_clause.group(1)
        for other in others:  # "…when fighting broke out [at about 9 a.m.]": another date's phrase goes
            phrase = other.text.rstrip(".")
            at = title.find(phrase) if other is not timex and other is not partner and phrase else -1
            if at >= 0:
                title = remove_date_phrase(title, at, at + len(phrase))
        title = pronoun_as_subject(title.rstrip(" ."), s)
    else:
        # "Im März hatten beide Seiten 175 Gefangene übergeben": the verb comes second in German and
        # Dutch, so without its date the title would open with "hatten"; the date stays
        keep_fronted = bool(_FRONTED_BEFORE_VERB.match(s, rel_end)) and \
            bool(re.fullmatch(r"\s*(?:[^\W\d_]{1,4}\s+)?", s[:rel_start])) \
            and (not s[:rel_start].strip() or language_of(sentence.text) in ("de", "nl"))
        # (a date that is the subject stays, "Tuesday was marked by shelling"; not English's phrase of time, "…and in 2010
        # had 5,000 troops")
        if keep_fronted:
            # (unless the verb can go back after its subject: "[am 21. November] wurde der Text paraphiert" is "Der Text
            # wurde paraphiert", as `finish_title` turns it)
            rest = s[rel_end:].strip(" ,")
            keep_fronted = not (GERMAN_VERB_FIRST.match(rest[:1].upper() + rest[1:]) and GERMAN_WORD.search(rest))
        # "…came the same evening the group's leader said…": a day told by the clause after it stays, or the
        # clause would be left hanging on the verb before it
        told_by_clause = bool(_DAY_NOUN_DATE.fullmatch(s[rel_start:rel_end]) and _CONTACT_AFTER.match(s, rel_end)
                              and not _OPENING_PREPOSITION.fullmatch(s[:rel_start]))
        # ("…à Istanbul en mai et juin 2025 sous médiation turque": a date joined on by "and" goes out with it)
        # (…and a list of them: "im Mai, Juni und Juli", "в мае, июне и июле")
        own_start, own_end = _listed_with(s, rel_start, rel_end, [(o.start - sentence.start, o.end - sentence.start)
                                                                   for o in others if o is not timex])
        title = s if keep_fronted or told_by_clause else remove_date_phrase(s, own_start, own_end, own=True)
        spans: dict[object, tuple[int, int]] = {}  # a range goes out as one phrase ("Dec. 14-15")
        other_clause = False  # whether another date stood in a relative clause
        for other in others:
            if other is timex or other is partner:
                continue
            key = ("range", other.range_id) if other.range_id is not None else ("date", id(other))
            lo, hi = spans.get(key, (other.start, other.end))
            spans[key] = (min(lo, other.start), max(hi, other.end))
        for o_start, o_end in sorted(spans.values(), key=lambda span: -span[0]):
            if _DATE_NAMED_AS.match(sentence.text, o_end - sentence.start):
                continue  # "The court set Feb. 9 as the opening date": the date is what was set, it stays
            phrase = sentence.text[o_start - sentence.start:o_end - sentence.start]
            if phrase in title:
                i = title.find(phrase)
                other_clause = other_clause or bool(re.search(r"\b(?:that|which|who)\b", title[:i]))
                zero = ZERO_RELATIVE_SUBJECT_LEFT.search(re.sub(r"\s+(?:in|on|at|during)\s*$", "", title[:i]))
                if zero is not None and zero["verb"] and o_start >= end_of_own \
                        and re.match(r"\s*(?:[,.;:]|$)", title[i + len(phrase):]) \
                        and not re.search(r"\b(?:minute|moment|hour|day|night|week|month|year|time)$", zero["np"]):
                    # ("…dissolved itself under a decree [its leader signed in late September]": the other date's clause
                    # without its "that" goes whole, its subject and verb with the date)
                    title = title[:zero.end("np")] + title[i + len(phrase):]
                    continue
                title = remove_date_phrase(title, i, i + len(phrase))
        title = title.strip()
        # ("according to the IMF, which is expected to approve a program": the source is the relative clause's antecedent)
        title = re.sub(r"^[Aa]ccording\s+to\s+(?=[^,]{1,120},\s+(?:which|who)\b)", "", title[dateline_end(title):])
        title = _LEADING.sub("", title)
        # "…ending a standoff that began [in the spring]": the other date's clause goes too, as does what
        # is left of the date's own (", some of which it lifted") — but not the clause about the subject
        # another date stood before ("The [July] clashes, which began on July 24": the clashes began)
        # (but not the date's own clause, after the others: "…launched an offensive [in April 2019] that collapsed in June
        # 2020" is the offensive's collapse)
        own_relative = _RELATIVE_WORD_BEFORE.search(s, max([0] + [hi - sentence.start for _, hi in spans.values()
                                                                  if hi - sentence.start <= rel_start]), rel_start)
        if spans and own_relative is None and (other_clause or not re.match(r"[^,]{1,60},\s+(?:which|who|that)\b", title)):
            # (…with the noun in apposition it was about: "…would leave ECOWAS, a departure that took effect [in January]")
            title = re.sub(r"(?:,\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+(?=\s+(?:that|which)\b))?"
                           r",?\s+(?:that|which|who)(?:\s+[a-z]+){1,2}\s*[.;:]?\s*$", "", title)
    # ("18:30 — The envoy reminded delegates that the crossing has been closed…": a date before the recounting is its own)
    at = timex.start - sentence.start
    recounting = _RECOUNTING.search(sentence.text, at, at + 200)  # (a bounded look: a sentence may list thousands of dates)
    return finish_title(title, gazetteer, recounting_told=recounting is not None
                        and not re.search(r"[.;]\s", sentence.text[at:recounting.start()]))
#: A French, Spanish, Portuguese or Italian participle's aside up to a date it holds: ", fermée depuis le coup d'Etat de ",
#: ", cerrado desde el ".
_ROMANCE_PARTICIPLE_ASIDE_TO_DATE = re.compile(rf",\s+(?:(?:déjà|ya|já|già|toujours|aún|ainda|ancora)\s+)?"
                                               rf"(?!{ROMANCE_NOT_PARTICIPLES}\b)[^\W\d_]{{3,}}{ROMANCE_PARTICIPLE_END}"
                                               r"\s+[^,;:()]{0,80}$")


def _romance_participle_aside(s: str, other: Timex, sentence: Sentence, others: list[Timex]) -> tuple[int, int] | None:
    """"Le Niger a rouvert lundi sa frontière avec le Bénin, [fermée depuis le coup d'Etat de juillet 2023], a annoncé…": the
    span of a Romance participle's aside, set off by commas, that holds another date, from its participle to that date's
    end; the aside tells another happening, so it goes whole. None in other languages or shapes."""
    start, end = other.start - sentence.start, date_phrase_end(other, others) - sentence.start
    aside = _ROMANCE_PARTICIPLE_ASIDE_TO_DATE.search(s, max(0, start - 100), start)
    # (not one whose date a when-clause goes on to tell: "…, interrompu depuis avril 2025, lorsqu'un drone…", which its own
    # rule reads)
    if aside is None or not re.match(r"\s*(?:,(?!\s*(?:lorsqu|quand|cuando|quando|où|donde|onde|dove)\w*)|[.;!?]?\s*$)", s[end:]) \
            or language_of(s) not in ("fr", "es", "pt", "it"):
        return None
    return aside.start() + re.match(r",\s+", aside.group()).end(), end


#: A person's title or the like, whose full stop ends no clause: "army chief Gen. Abdel Fattah Burhan".
_NOT_A_TITLE_ABBREVIATION = "".join(rf"(?<!\b{a})" for a in ("Gen", "Gens", "Lt", "Col", "Maj", "Sgt", "Capt", "Adm", "Gov", "Sen",
                                                             "Rep", "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Rev",
                                                             "Brig", "Cmdr", "Mt", "Ft", "No", "Nos", "Cpl", "Pvt", "Pres",
                                                             # (a month's: "…when it moved the holiday from Jan. 7")
                                                             "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov",
                                                             "Dec"))
_DAY_NOUN_DATE = re.compile(r"(?:[Tt]he|[Tt]hat)\s+(?:same\s+|very\s+)?(?:day|night|morning|afternoon|evening|week|month|year)")
_OPENING_PREPOSITION = re.compile(r"\s*(?:(?:[Oo]n|[Ii]n|[Bb]y|[Dd]uring)\s+)?")
#: "[On the day] he left,", "[that week] the talks opened,": a clause naming the day, with its comma.
_CONTACT_CLAUSE = re.compile(rf"\s+(?:that\s+|when\s+)?(?:he|she|they|it|we|I|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}}|"
                             rf"(?:the|its|their)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b"
                             r"[^,;]{0,50},\s+")


#: A date's own preposition right before it: "[in ]1981".
_OWN_PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|during)\s+$")
#: The next date of a list, with its own preposition, up to it: "[ and in early ]1995".
_LISTED_WITH_OWN_PREPOSITION = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?$")
#: A when-clause that tells how things stood then: "it was still a line of trenches", "they were only children".
_STATE_THEN = re.compile(r"(?:it|they|he|she|there|the\s+[a-z]+|[A-Z][\w'’-]*)\s+(?:was|were)\s+(?:still|only|just|barely|"
                         r"not|no|a|an|the|part|under|in|home|known|young)\b")
#: A subject and its plan, up to its date: "Presidential elections are due in ", "The vote is scheduled for " (a
#: happening of its own, which a when-clause after the date only times).
_PLAN_HEAD = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,6}?\s+(?:is|are)\s+(?:now\s+)?(?:due|scheduled|set|expected|slated|"
                        r"planned)(?:\s+to\s+(?:be\s+)?[a-z]+)?\s+(?:in|on|for|by|at)?\s*")
#: A main clause that only names a moment, which its when-clause tells: "The next test comes on", "The moment came in".
_FRAMING_MAIN = re.compile(r"(?:The|A|An|Its|Their|That|This)\s+(?:[a-z-]+\s+){0,3}(?:test|moment|chance|opportunity|"
                           r"turning\s+point|milestone|occasion|hurdle|challenge|breakthrough)\s+(?:comes|came|will\s+come|"
                           r"falls|fell|is|was|will\s+be|arrives|arrived)\s+(?:on|in|at)?\s*")
#: A when-clause that reckons or tells what the main clause did: "[police estimated] the crowd at…", "[officials said]…".
_RECKONED_WHEN = re.compile(r"(?:[\w'’.-]+\s+){1,4}?(?:estimated|counted|put\s+(?:the|its|their)|said|reported|described|"
                            r"called|claimed)\b")
#: A relative clause set off after a clause's subject, closed before its verb: "[, who refused to recognise the election, ]".
_SUBJECT_S_RELATIVE_ASIDE = re.compile(r"^(?P<subject>[^,;:]{2,80}?),\s+(?:who|which)\s[^,;:]{3,160},\s+")
#: A main clause of a subject and a past verb that tells a happening of its own, before the date's preposition
#: ("The government of Prime Minister Munteanu fell on"): not a verb that only frames what the when-clause
#: tells (began, came, happened, was…), nor a clause inside another.
#: A main clause of what will be done, with its own subject and verb, up to its date: "Foreign ministers of the
#: Association of Southeast Asian Nations will meet in Manila in " (not what only frames a when-clause: "The next test will
#: come in").
_MODAL_MAIN_CLAUSE = re.compile(r"(?!.*\b(?:that|which|who|whom|whose|when|until|since|after|before|while|because|if|where|said|"
                                r"says|told)\b)(?!\s*(?:That|This|It|Things|Everything)\s)"
                                r"(?:The|A|An|[A-Z][\w'’.-]*)\s[^,;:]{1,120}?\s(?:will|would)\s+(?:[a-z]+ly\s+)?"
                                r"(?!(?:be|come|begin|start|arrive|mark|see|bring|follow)\b)[a-z]{3,}\b[^,;:]{0,60}?\s(?:on|in|at|during)?\s*",
                                re.S)
_FULL_MAIN_CLAUSE = re.compile(
    r"(?!.*\b(?:that|which|who|whom|whose|when|until|since|after|before|while|because|if|where|said|says|told)\b)"
    # ("Kim last met a U.S. president in June 2019, when he and Trump shook hands": an occasion the when-clause tells)
    r"(?!.*\b(?:last|first|previously|once|ever)\b)"
    # (nor a pronoun that only points at what the when-clause tells: "That changed in March 2022, when…")
    r"(?!\s*(?:That|This|Things|Everything|All\s+that)\s)"
    # (…but a thing that ran its course, told again as "it", did: "It lapsed on Aug. 3 when the rebels refused to renew it")
    rf"(?!\s*(?!{IT_RAN_OUT.pattern})It\s)"
    r"[^,;:]{2,120}?\s(?!(?:began|begun|started|erupted|broke|came|happened|occurred|took|unfolded|was|were|is|are|"
    r"resumed|continued|escalated|intensified|flared|spread|grew|rose|peaked|arrived|returned|marked|signalled|"
    r"signaled|represented|meant|showed)\b)"
    rf"(?:[a-z]{{3,}}ed|fell|fled|lost|won|left|quit|died|{words_pattern(PLAIN_PASTS)})\b[^,;:]{{0,60}}?\s(?:on|in|at|during)?\s*", re.S)


#: A relative clause's own verb, before its date's preposition too: "that Seoul suspended [in]", "that Caracas plans [for]".
_OWN_VERB_IN_RELATIVE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{ZERO_RELATIVE_AHEAD})\b")
#: The comma that ends the date's own clause or aside before the main predicate: ", when", ", produced".
_OWN_CLAUSE_COMMA = re.compile(rf"^\s*,\s+(?=when\b|(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|will|"
                               rf"would)\b)(?:when\b)?")
#: Words before "that" that make it no relative pronoun: "said that", "so that", "now that".
_NOT_ANTECEDENTS = {"said", "says", "say", "told", "tells", "announced", "added", "noted", "warned", "stated", "reported",
                    "confirmed", "so", "such", "now", "than", "given", "except", "provided", "insisted", "argued", "claimed"}
#: A recounting's verb, anywhere after a date: "reminded delegates that".
_RECOUNTING = re.compile(rf"\b{RECOUNTING}\b")
#: A telling and whom it was addressed to, right before the "that" of what was told: "reminded delegates", "told the
#: council", "assured reporters".
_TELLING_THEN_HEARER = re.compile(r"\b(?:told|tells|reminded|reminds|assured|assures|warned|warns|informed|informs|"
                                  r"convinced|persuaded|promised|promises|notified|briefed|advised|advises)\s+"
                                  r"(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+$")
#: The toll a happening took, set off after it: ", killing 16 people", ", leaving two soldiers dead".
_TOLL_AFTER = re.compile(r"^,\s+(?:killing|wounding|injuring|leaving|displacing|destroying)\s[^,;:()]*(?=[.;]?\s*$)")
#: A restrictive relative clause up to a date: " that had lasted most of [the previous decade]".
_RESTRICTIVE_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(?!(?:is|are|was|were)\s+(?:due|expected|scheduled)\b)[A-Za-z][^,;:()]*$")


#: A noun phrase and the date it may come at, set off by a hedge: "a referendum, possibly in 2027".
_HEDGED_NOUN = re.compile(r"(?P<np>\b(?:a|an|the|new|fresh|early)\s+(?:[\w-]+\s+){0,3}?[\w-]+),\s+(?:possibly|probably|perhaps|"
                          r"likely|maybe|most\s+likely|as\s+early\s+as)\s+(?:(?:in|on|by|at|before)\s+)?$")
#: A date named as the day of something: "set Feb. 9 as the opening date for the trial of…".
_DATE_NAMED_AS = re.compile(r"(?:,\s+[^,;]{1,50},)?\s+as\s+(?:the|a|its)\s+(?:[\w-]+\s+){0,2}?(?P<noun>date|day|deadline|time-?limit)\b"
                            r"(?:\s+(?:for|of)\s+(?P<what>(?:(?:the|a|an|its|their)\s+)?[^,;.]{3,120}?))?"
                            # (up to the next of a list of them: "…for the Memorial and 21 June 2025 for the Counter-Memorial")
                            r"(?=\s+and\s+\d|[,;.]|$)")
#: The next date of a list of limits, and what it is for: "as the time-limit for the Memorial and [21 June 2025] for
#: the Counter-Memorial".
_LIMIT_LISTED_BEFORE = re.compile(r"\bas\s+(?:the\s+)?(?P<noun>deadline|time-?limit)s?\b[^;.]{0,100}\s+and\s+$")


#: A clause cut with its antecedent, whose relative has a verb of its own: "a siege that began…".
_RELATIVE_WITH_VERB = re.compile(rf"(?:(?:the|a|an|its|their|his|her)\s+)?[^,;]{{0,60}}?\b(?:that|which|who)\s+"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b"
                                 # (…or a place's clause with its own subject: "…into Kordofan, where fighting has intensified")
                                 rf"|where\s+(?:[\w'’-]+\s+){{1,3}}?(?:(?:has|have|had)\s+(?:been\s+)?)?"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A present-tense verb right after a relative pronoun: "which takes effect", "which expires".
_PRESENT_AFTER_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:still\s+)?(?:takes|begins|ends|starts|expires|comes|runs|opens|"
                                     # ("which still needs formal approval by ministers on March 16": the step ahead)
                                     r"closes|needs|requires|awaits|faces|must|has\s+to|have\s+to)\b")


#: A second predicate that looks ahead: " and will report to…", " and is to travel…".
_AHEAD_PREDICATE = re.compile(r"\s+and\s+(?:then\s+)?(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|"
                              r"plans?\s+to|intends?\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+[a-z]")
#: The words between two dates of one list: "Tuesday [and] Wednesday".
_LIST_AND = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
#: A named sayer and a saying opening a clause: "Abiy said", "Prime Minister Abiy Ahmed told parliament".
_SAYER_THEN_SAYING = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|told|announced|declared|warned|threatened|"
                                r"vowed|promised)\b")
#: An absolute phrase of "with", a noun and its participle, up to the date: ", with the speaker's post finally filled [in]".
# (no relative clause in it, whose own verb it is: ", with a mandate of 12 months that was renewed")
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*['’]s)\s+"
                            r"(?:(?!\b(?:that|which|who|was|were|is|are|had|has|have)\b)[^,;:()]){1,60}?)\s+"
                            # (not a plan's: ", with a summit pencilled in for the spring" is the summit, told elsewhere)
                            r"(?P<adv>(?:finally|eventually|later|then|already|only)\s+)?"
                            r"(?!(?:pencil+ed|scheduled|planned|slated|expected|set|due|penciled)\b)(?P<part>[a-z]{3,}ed|held|won|made|"
                            r"set|built|taken|given|sworn)(?P<mid>(?:\s+[^,;:()\s]+){0,5}?)\s+(?:(?:in|on|at|by|during)\s+)?$")
#: A name and what it won, right before the date of the winning: "María Corina Machado, winner of the Nobel Peace Prize [in]".
_WINNER_APPOSITIVE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:(?:the\s+)?(?P<role>winner|recipient|"
                                r"laureate)\s+of|(?P<ganador>ganador|ganadora)\s+(?P<de>del|de\s+la))\s+(?P<what>[^,;]{2,80}?)\s+"
                                r"(?:(?:in|on|last|this|en|el)\s+)?$")
#: A clause that reports a saying whose last words are quoted, then "and" before a second predicate: "Pyongyang declared
#: in January 2024 that the South was its "primary foe" and ".
_QUOTED_REPORT_THEN_AND = re.compile(r"[A-Z][^,;\"“”]{0,60}?\s(?:said|declared|announced|warned|insisted|stated|claimed|"
                                     r"branded|called)\s[^,;\"“”]{0,100}?[\"“][^\"“”]{1,60}[\"”]\s+and\s+$")
#: What a saying reports, up to its verb: "said [the incursions] began…".
_REPORTED_SUBJECT = re.compile(rf"\b(?:said|says|told\s+\w+|announced|reported)\s+(?:that\s+)?"
                               # (or a bare plural: "said [troops] had taken…", "said [Ukrainian troops] had…")
                               rf"(?P<subject>(?:the|a|an|its|their)\s+[^,;]{{1,40}}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
                               rf"|(?:[A-Z][\w'’-]*\s+)?(?!(?:it|he|she|they|we|this|these|those|us)\b)[a-z]{{3,}}s)\s+"
                               rf"[\"“]?(?P<verb>(?:had\s+|(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b")
#: A predicate that opens with a modal and its verb: "…and would appear in court on Monday".
_MODAL_FIRST = re.compile(r"(?:would|will|could|should|might|must)\s+(?:not\s+)?(?:be\s+|have\s+)?[a-z]{3,}\b")
#: A clause right after a day that it tells, mid-sentence: "…came [the same evening] the group's leader said…".
_CONTACT_AFTER = re.compile(rf"\s+(?:that\s+|when\s+)?(?:he|she|they|it|we|I|(?:(?!(?:and|or|but|to|in|on|at|as|for|with|by|"
                            rf"from|after|before|of|which|who|was|were|is|are)\b)[\w'’.-]+\s+)"
                            # (a noun's own phrase may follow its first word: "the ban on girls' schooling [was extended]")
                            rf"(?:(?!(?:and|or|but|to|as|with|by|from|after|before|which|who|was|were|is|are)\b)[\w'’.-]+\s+){{0,6}}?)"
                            rf"(?:(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A clause of place whose own subject says the dated thing: "…the Kordofan region, where the World Food
#: Programme said [last Thursday] that it could not reach Kadugli".
_PLACE_SAYING = re.compile(r"(?:where|there)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|says|told|announced|warned|"
                           r"reported)\b")
#: "…another war, which he said in March could break out": a relative clause that only reports
_REPORTING = re.compile(r"\b(?:said|says|told|announced|stated|wrote|added|noted|warned|claimed)\b")


#: Someone said to have held power or office since the date: "Pashinyan, in power since", "…, who has been in office since"
#: (…or a body a name owns: "North Macedonia's new government, in office since").
_IN_POWER_SINCE = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:['’]s(?:\s+[a-z][\w-]*){1,3})?"
                             # (…or a role its owner's pronoun opens: "[Its president], in power since 1993,")
                             r"|(?:Its|His|Her|Their|The)\s+(?:[a-z][\w-]*\s+){0,2}?(?:president|leader|king|emir|prime\s+minister|"
                             r"premier|ruler|chancellor|monarch|sultan|government|party|junta)),\s+"
                             r"(?:who\s+has\s+been\s+)?(?:in\s+"
                             r"(?P<what>power|office)\s+since\s+(?:the\s+)?"
                             # (…and in the other languages we read: "Embaló, no poder desde 2020,", "au pouvoir depuis")
                             r"|(?P<foreign>no\s+poder\s+desde|au\s+pouvoir\s+depuis|en\s+el\s+poder\s+desde|al\s+potere\s+dal|"
                             r"an\s+der\s+Macht\s+seit)\s+(?:(?:le|el|o)\s+)?)$")
#: Coming to power, told in the language the foreign "in power since" is in.
_CAME_TO_POWER = {"no": "chegou ao poder", "au": "est arrivé au pouvoir", "en": "llegó al poder", "al": "è salito al potere",
                  "an": "kam an die Macht"}
_FRONTED_BEFORE_VERB = re.compile(rf" (?:{GERMAN_LEXICAL_PAST}|hat|hatte|hatten|haben|habe|ist|war|waren|sind|wird|werden|wurde|wurden|soll|"
                                  r"sollen|sollte|sollten|kann|können|konnte|konnten|will|wollen|wollte|wollten|muss|"
                                  r"müssen|musste|mussten|heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|werd|"
                                  r"werden|zal|zullen)\s")
#: A bare plural and the phrase after it, up to its verb: "votes on the speaker ", "talks in Doha ".
_BARE_PLURAL_WITH_PHRASE = r"[a-z]{3,}s\s+(?:on|of|in|for|from|over|with|between)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
_CLOSING_CLAUSE = re.compile(r",\s+(?:(?:(?:[\w-]+\s+){0,2}(?:hours|days|weeks|months|years|minutes|moments)|shortly|just|soon|only|"
                             r"a\s+day|a\s+week)\s+)?"
                             r"(?:(?:after|before|since|until|while|following)\s"
                             # (…in the other languages we read: ", avant d'être élu président en mai 2024")
                             r"|avant\s+d(?:e\s|['’])|antes\s+de\s|prima\s+di\s)"
                             # "Crowds gathered on Nov. 20, but the minister said on Monday…": its own clause, too
                             # (…a bare plural's too, with a comma or none: "…reopened last March but trucks have had to use…")
                             # (…or a quantifier's: "…in March, but no deal has been agreed")
                             r"|,?\s+but\s+(?=(?:the|a|an|his|her|its|their|he|she|they|it|we|no|neither|none\s+of)\s|[A-Z]"
                             r"|[a-z]{3,}s\s+(?:have|had|were|"
                             r"are|will|would|could|can|must|still|[a-z]{3,}ed)\b"
                             # (…with its phrase: "…on April 15, but [votes on the speaker] failed dozens of times")
                             rf"|{_BARE_PLURAL_WITH_PHRASE}[a-z]{{3,}}ed\b"
                             # (…or the subject's own present perfect, of no past day: "…candidate status in December 2023
                             # but has since frozen the process")
                             # (…with an adverb or two and a past of its own: "…in October of that year but has largely
                             # held since then")
                             r"|(?:has|have)\s+(?:(?:since|not|never|yet|now|also|[a-z]{3,}ly)\s+){0,2}[a-z]{3,}(?:ed|en|wn)\b"
                             rf"|(?:has|have)\s+(?:(?:since|now|also|[a-z]{{3,}}ly)\s+){{0,2}}{words_pattern(PLAIN_PASTS)}\b)"
                             # "Colombia elects a president in May, and candidates have vowed…": another's doing
                             r"|,\s+and\s+(?=(?:the|a|an|his|her|its|their|he|she|they|we)\s|[A-Z]|[a-z]{3,}s\s"
                             r"|(?:by|on|in|at|until|since|after|before|during|within|from)\s"
                             # (…or a count from the date before: ", and four days later the U.S. navy struck…")
                             r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
                             r"(?:hours?|days?|weeks?|months?|years?)\s+(?:later|afterwards)\b)"
                             # "…signed a peace deal in July 2018, earning Abiy the prize the following year": a
                             # closing participle (cut only when it holds another date)
                             r"|,\s+(?=(?!(?:including|according|during|following|notwithstanding)\b)[a-z]{3,}ing\s)"
                             # "…took office in April that year and, in June, said…": a second predicate with its own date
                             r"|,?\s+and,\s+(?=(?:in|on|at|by|late\s+on|early\s+on)\s|(?:[\w-]+\s+){1,3}(?:later|earlier)\b)"
                             # "…holds elections on Dec. 28, with a runoff two weeks later": a happening added with its date
                             r"|,\s+(?:and\s+)?with\s+(?=(?:a|an|the|its|their|another)\s)"
                             # (…in the other languages we read: ", con una eventual segunda vuelta el 21 de junio")
                             r"|,\s+(?:con|avec|com|mit)\s+(?=(?:una|un|la|el|une|le|l['’]|um|uma|o|a|einer|einem|der|dem|eine|ein|"
                             r"il|lo)\b)")


#: What an opening date's day was, set off by commas before the main clause: ", local election day", ", the eve of the vote".
_DAY_NAMED_AFTER = re.compile(r",\s+(?:the\s+|a\s+)?(?:[a-z][\w'’-]*\s+){0,3}(?:day|eve|anniversary|holiday)(?:\s+of\s+[^,;]{2,50}?)?"
                              r"(?=,\s)")
#: A closing time phrase of a clause: ", days after the invasion began", ", hours before the vote".
_TRAILING_TIME_ASIDE = re.compile(r",\s+(?:(?:(?:[\w-]+\s+){0,2}(?:hours|days|weeks|months|years)\s+)?"
                                  r"(?:after|before|since|when|while)|with\s+(?:immediate\s+)?effect\s+(?:from|on)|"
                                  r"effective(?:\s+(?:from|on|as\s+of))?|starting(?:\s+(?:from|on))?)\s+[^,;:()—]*$")


def _predicate_after_bound(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"The two sides noted that trade had doubled since 2022 and agreed to hold the next session in 2027": a
    first predicate with a time of its own, a bound that dates no happening, is another's, and the date titles the
    subject with its own predicate ("The two sides agreed to hold the next session")."""
    s, rel = sentence.text, t.start - sentence.start
    lead = dateline_end(s)
    # (…or a bare verb an intent before governs too: "Montenegro hopes to close all chapters by the end of 2026 and join
    # [in 2028]")
    chain = _INTENT_CHAIN.search(s, lead, rel)
    joined = [m for m in re.finditer(r"\s+and\s+(?=\S)", s, 0) if lead < m.start() and m.end() <= rel
              and "," not in s[m.end():rel]
              and (FIRST_VERB.match(s, m.end()) or INTENT_AND_INFINITIVE.match(s, m.end())
                   or chain is not None and chain.end() <= m.start() and _BARE_VERB_FIRST.match(s, m.end()))]
    if not joined or not _BOUND_DATE_IN.search(s, lead, joined[-1].start()):
        return None
    governed = chain is not None and not (FIRST_VERB.match(s, joined[-1].end())
                                          or INTENT_AND_INFINITIVE.match(s, joined[-1].end()))
    subject = subject_of(s[lead:])
    if subject is None and governed and re.fullmatch(r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s*", s[lead:chain.start()]):
        subject = s[lead:chain.start()].strip()  # ("Montenegro hopes to…": the words before the intent)
    present = re.search(r"\s(?:wants?|hopes?|plans?|expects?|says?|needs?|intends?|aims?)\b", subject or "")
    if subject is not None and present is not None:
        subject = subject[:present.start()]  # ("Mediators want it extended…": the subject before its present verb)
    if not subject or re.match(r"(?:He|She|They|It|We|I)\b", subject) or "," in s[lead:joined[-1].start()] \
            or re.search(r"\b(?:it|them|him|her)\b", subject):
        return None
    part = Sentence(sentence.start + joined[-1].end(), sentence.end, s[joined[-1].end():])
    title = make_title(part, t, [t], gazetteer)
    if governed:
        return f"{finish_title(subject, gazetteer)} {chain['chain']} {title[:1].lower()}{title[1:]}"
    if not tells_a_doing(title):
        return None
    return f"{finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"


#: A present intent and its "to", which a bare verb after "and" goes on with: "hopes to", "is expected to".
_INTENT_CHAIN = re.compile(r"\b(?P<chain>(?:hopes?|plans?|wants?|aims?|expects?|intends?|seeks?)\s+to|(?:is|are)\s+(?:due|expected|"
                           r"set|scheduled)\s+to)\s+[a-z]{2,}\b")


#: A bound's date, which dates no happening of its own: "since 2022", "by midnight Monday", "until the end of March".
_BOUND_DATE_IN = re.compile(r"\b(?:since|until|till|by|through|as\s+of)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?"
                            r"(?:(?:early|late|mid-?)\s*)?(?:\d{4}\b|midnight|noon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s|(?:next|last|this)\s+"
                            r"(?:week|month|year)\b)")


#: A noun with its article and the participle told of it, inside an appositive: "a step agreed in [a framework deal
#: signed]", "[a navy ship deliberately grounded] on the reef" (the last one is the date's, the one nearest it).
# (not a zero relative's subject and its saying, before what it says: "a move [the opposition warned] could collapse…")
_APPOSED_PARTICIPLE = re.compile(rf"(?<![\w'’-])(?P<np>(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:was|were|is|are|has|have|had|in|on|at|by|of|to|"
                                 rf"for|with|from|and|or|that|which|who|the|an?)\b)[\w'’-]+\s+){{1,3}}?)(?P<adv>(?:[a-z]{{2,}}ly|first|last|once|later|again)\s+)?"
                                 rf"(?P<part>(?!(?:{NO_PASSIVE_PASTS})\b)[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b"
                                 r"(?!\s+(?:could|would|will|may|might|can|should|must)\b)")


#: An appositive noun and a zero relative with a named subject: "A charge [Asmara] dismissed as…".
_APPOSED_ZERO_RELATIVE = re.compile(rf"(?:A|An|The)\s+(?P<noun>[a-z][\w-]*)\s+(?P<subject>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+"
                                    rf"(?P<verb>[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b(?P<rest>.*)$")


#: …or a pronoun as that subject: "The car carrier [it] seized in the Red Sea".
_APPOSED_PRONOUN_RELATIVE = re.compile(r"(?P<np>(?:A|An|The)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:it|they|he|she)\s+"
                                       r"(?P<verb>[a-z]{3,}ed)\b(?P<rest>.*)$")


def _appositive_as_passive(title: str) -> str:
    """"A navy ship was deliberately grounded on the reef": an appositive's title told as what was done to its noun, as
    its participle says, rather than as a noun phrase ("A navy ship deliberately grounded on the reef")."""
    zero = _APPOSED_ZERO_RELATIVE.match(title)
    if zero is not None:  # "a charge Asmara dismissed as a fabrication": a zero relative's subject did it to the noun
        return f"{zero['subject']} {zero['verb']} the {zero['noun']}{zero['rest']}"
    pronoun = _APPOSED_PRONOUN_RELATIVE.match(title)
    if pronoun is not None:
        # "the car carrier it seized in the Red Sea": done to the noun by whoever "it" is, told as a passive
        np = pronoun["np"]
        return f"{np[:1].upper()}{np[1:]} {be_for(np)} {pronoun['verb']}{pronoun['rest']}"
    found = list(_APPOSED_PARTICIPLE.finditer(title))
    if not found:
        return title
    last = found[-1]
    np = last["np"].strip()
    # (a restrictive clause in the present after it says what the thing is now, no part of what was done: "a document
    # first adopted [in August 2024][ that covers only a short stretch of the frontier]")
    rest = _PRESENT_THAT_CLAUSE.sub("", title[last.end():])
    return f"{np[:1].upper()}{np[1:]} {be_for(np)} {last['adv'] or ''}{last['part']}{rest}"


#: A restrictive clause whose verb is a present: " that covers only…", " that remains in force".
_PRESENT_THAT_CLAUSE = re.compile(r"\s+(?:that|which)\s+(?:(?:still|now|only|also)\s+)?(?!(?:was|has|is|does)\b)"
                                  r"[a-z]{3,}(?<!s)s\b.*$")


#: A passive or perfect opening a predicate: "[and] were suspended in 2016", "[and] has been extended".
_PASSIVE_FIRST = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|ght|un)\b")


#: A participle's aside right after a subject: "The sanctions[, first imposed in June 2020,] were suspended".
_PARTICIPLE_ASIDE = re.compile(r"(?<=\w),\s+(?:(?:first|originally|initially|later|already|jointly|all|both|each|now)\s+)?"
                               # (an irregular one too: "The three countries, all run by juntas, formed…")
                               rf"(?:[a-z]{{3,}}ed|set\s+up|drawn\s+up|{DISTINCT_PARTICIPLE.pattern}|run|held|led|won)"
                               # (…with its own second predicate: ", signed as a defence pact in September 2023 and
                               # turned into a confederation the following July,")
                               r"\s*[^,;()]{1,120},(?=\s)")


_NO_AUXILIARY = r"(?!(?:is|are|was|were|has|have|had|will|would|it|It|there|There|a|an|the|\w+ed)\b)"


#: A short subject and its scheduled present: "Applications open", "The talks resume".
_SUBJECT_BEFORE_PRESENT = re.compile(rf"\s*(?P<subject>(?:(?:The|A|An|Its|Their)\s+)?{_NO_AUXILIARY}[A-Z]?[\w'’-]+"
                                     rf"(?:\s+{_NO_AUXILIARY}[\w'’-]+){{0,3}}?)\s+"
                                     rf"(?:{'|'.join(sorted(SCHEDULED_PRESENT - {'is', 'are', 'be', 'has', 'have'}))}"
                                     # (…or one that stages what it names: "EU leaders hold their last summit of the year")
                                     rf"|(?:hold|holds|stage|stages)(?=\s+(?:[\w'’-]+\s+){{0,3}}?{words_pattern(STAGED_NOUNS)}\b))\b"
                                     # (not a present that only reaches back: "The conflict's roots go back to the late
                                     # 1980s, when…")
                                     r"(?!\s+back\s+to\b)"
                                     # (…nor a noun that looks like one, its verb after it: "The first sign came on Monday")
                                     rf"(?!\s+(?:[a-z]+ly\s+)?(?:{words_pattern(PLAIN_PASTS)}|was|were|[a-z]{{3,}}ed)\b)")


def _gapped_phrase_title(sentence: Sentence, part: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"He served as ambassador to Ethiopia from 1975 to 1979 and as envoy to the UN [from 1988 to 1993]": a joined
    part that opens with "as" or "to" and has no verb before its date shares the first clause's subject and verb."""
    s = sentence.text
    joined = re.search(r",?\s+(?:and|but)\s+$", s[:part.start - sentence.start])
    lead = re.match(r"\s*(?:(?:and|but)\s+)?", part.text)
    body = part.text[lead.end():]
    if not (joined or lead.group().strip()) \
            or VERB.search(ATTRIBUTIVE_PARTICIPLE.sub("", CAPITALISED_WORDS.sub(
                "", part.text[lead.end():max(lead.end(), t.start - part.start)]))):
        return None  # (a noun's participle is no verb of its own: "and a [detailed] annex in Ohrid on 18 March")
    first = s[dateline_end(s) or clock_stamp_end(s):part.start - sentence.start]
    # ("The sides agreed on a plan in February 2023 and on how to carry it out the following month": another
    # preposition, when the first part's verb governs its object by it)
    governed = re.match(r"(?:on|for|with|against|over|about)\s", body)
    if governed is not None and not any(v for v in VERB.finditer(first) if first.startswith(governed.group(), v.end() + 1)):
        governed = None
    if not re.match(r"(?:as|to)\s", body) and governed is None:
        return _gapped_object_title(Sentence(sentence.start + dateline_end(s), part.start, first),
                                    Sentence(part.start + lead.end(), part.end, body), t, inside, gazetteer)
    phrase = make_title(Sentence(part.start + lead.end(), part.end, body), t,
                        [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    # (the verb the first part's own "to" or "as" follows is the one shared, whatever its subject holds: "the groundwork
    # it laid led to the treaty in 1987 and to the first START treaty four years later")
    preposition = body.split(None, 1)[0]
    shared = next((v for v in VERB.finditer(first) if re.match(rf"\s+{preposition}\s", first[v.end():])), None)
    if shared is not None and not re.search(r"[,;:]", first[:shared.start()]):
        told = re.sub(r"^(?:But|And|Yet|So)\s+", "", first[:shared.end()].strip())
        return f"{told[:1].upper()}{told[1:]} {phrase[:1].lower()}{phrase[1:]}"
    subject = subject_of(first)
    verb = PAST_AFTER_SUBJECT.match(first, len(subject)) if subject is not None and first.startswith(subject) else None
    if verb is None:
        return None
    return f"{subject} {verb['verb']} {phrase[:1].lower()}{phrase[1:]}"


#: A subject's verb, with its modal or plan, then its object up to its date's preposition: "[Colombia ]will hold
#: legislative elections on ", "[The council ]adopted a resolution on ".
_VERB_OBJECT_TO_DATE = re.compile(rf"\s+(?P<verb>(?:(?:will|would|could|may|might|must|should|plans?\s+to|(?:is|are)\s+(?:set\s+|due\s+)?to)"
                                  rf"\s+(?:[a-z]+ly\s+)?[a-z]{{3,}}|(?:(?:has|have|had)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))"
                                  # (with the preposition it governs its object by: "called for")
                                  r"(?:\s+(?:for|to|on|with|against|into|over)(?=\s+(?:the|a|an|its|their|his|her)\b))?)\s+"
                                  r"[a-z][^,;]{0,80}?\s(?:on|in|at|by|for)\s+(?:the\s+)?$")


#: A second manner joined on between two dates: " and jointly on ".
_JOINED_MANNER = r"\s+(?:and|but)\s+(?P<adverb>[a-z]{3,}ly)\s+(?:(?:on|in|at|by)\s+)?"
#: …read after the first date, up to the next one…
_JOINED_MANNER_AFTER = re.compile(_JOINED_MANNER)
#: …and right before the second date: "…separately on Monday [and jointly on ]Wednesday".
_JOINED_MANNER_BEFORE = re.compile(_JOINED_MANNER + "$")
#: The first part's clause, up to the manner of its own date: "[she intends to meet both leaders] separately on ".
_CLAUSE_TO_MANNER = re.compile(r"(?:^|[,;]\s+(?:and\s+|but\s+)?)(?P<clause>[^,;]{5,120}?)\s+[a-z]{3,}ly\s+(?:(?:on|in|at|by)\s+)?"
                               r"[^,;]{1,30}?\s+(?:and|but)\s*$")


#: A subject, its copula and a first complement, then "and" and the opening of a date set off before a second complement
#: the copula is gapped from: "Duterte was mayor of Davao City and, [from] 2016 to 2022, president".
_GAPPED_COPULA_BEFORE = re.compile(r"(?P<subject>(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+"
                                   r"(?P<be>was|were|is|are|had\s+been|has\s+been)\s+(?!(?:[a-z]{3,}ed|not|no)\b)"
                                   r"[^,;]{2,60}?\s+and,\s+(?:(?:from|between|in|on|since|until)\s+)?(?:the\s+)?$")
#: …and the second complement after the date's closing comma, which ends the sentence: ", president.".
_GAPPED_COPULA_AFTER = re.compile(r",\s+(?P<complement>(?:(?:the|a|an)\s+)?[a-z][\w'’-]*(?:\s+(?:of\s+)?[\w'’-]+){0,3})"
                                  r"\s*(?:[.;!?]\s*)?$")


def _gapped_copula_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…while Duterte was mayor of Davao City and, from 2016 to 2022, president": the date set off before a second
    complement is that complement's, the copula and subject carried over ("Duterte was president")."""
    s = sentence.text
    rel = t.start - sentence.start
    before = _GAPPED_COPULA_BEFORE.search(s, max(0, rel - 140), rel)
    after = _GAPPED_COPULA_AFTER.match(s, date_phrase_end(t, inside) - sentence.start) if before is not None else None
    if after is None:
        return None
    return finish_title(f"{before['subject']} {before['be']} {after['complement']}", gazetteer)


def _gapped_manner_title(sentence: Sentence, t: Timex) -> str | None:
    """"She intends to meet both leaders separately on Monday and jointly on Wednesday": the second manner shares the
    first's clause ("She intends to meet both leaders jointly")."""
    rel = t.start - sentence.start
    joined = _JOINED_MANNER_BEFORE.search(sentence.text, max(0, rel - 40), rel)
    if joined is None:
        return None
    clauses = list(_CLAUSE_TO_MANNER.finditer(sentence.text, dateline_end(sentence.text), joined.start("adverb")))
    clause = clauses[-1] if clauses else None
    if clause is None or not (FIRST_VERB.search(clause["clause"]) or VERB.search(clause["clause"])
                              or re.match(r"(?:he|she|it|they|we|the\s+[a-z][\w-]*|[A-Z][\w'’.-]*)\s+[a-z]{3,}s\b", clause["clause"])):
        return None  # (a clause with its subject and verb: "she intends to meet both leaders")
    adverb = joined["adverb"]
    told = clause["clause"].strip()
    return f"{told[:1].upper()}{told[1:]} {adverb}"


#: A subject's first predicate set in its own time by an adverb, then a second joined on up to the date that closes it:
#: "He [later served as the AU's envoy] and [retired] in ".
_SEQUENCE_ADVERBS = r"(?:later|then|first|previously|formerly|once)"
_SEQUENCED_THEN_SECOND = re.compile(rf"\s+{_SEQUENCE_ADVERBS}\s+(?:{PAST_VERB})\b[^,;]{{3,120}}?"
                                    rf"\s+and\s+(?P<second>(?:(?:was|were)\s+)?(?:[a-z]+ly\s+)?(?:{PAST_VERB})\b[^,;]{{0,60}}?)"
                                    r"\s+(?:in|on|at|during)?\s*$")


_SEQUENCE_WORD = re.compile(rf"\b{_SEQUENCE_ADVERBS}\s")


def _later_second_predicate(sentence: Sentence, t: Timex) -> str | None:
    """"He later served as the African Union's envoy and retired in 2012": a first predicate its adverb sets in a time of
    its own leaves the date to the second ("He retired")."""
    s = sentence.text
    rel = t.start - sentence.start
    if not re.match(r"\s*(?:[.;!?]|$)", s[t.end - sentence.start:]) or not _SEQUENCE_WORD.search(s, 0, rel):
        return None  # (its adverb looked for first: this is asked of every sentence with one date)
    subject = subject_of(s[dateline_end(s):])
    if subject is None:
        return None
    at = dateline_end(s) + len(subject)
    m = _SEQUENCED_THEN_SECOND.match(s, at, rel)
    return f"{subject} {m['second']}" if m is not None else None


#: (…or a past spelled like its present right after a name: "the LDP's longtime partner Komeito [quit] the coalition")
_FINITE_IN_BODY = re.compile(rf"\b{FINITE_MARK}\b|(?<=[A-Za-z])\s(?:{words_pattern(PAST_LIKE_PRESENT)})\s+(?:the|a|an|its|their)\b")


def _gapped_object_title(first: Sentence, body: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Colombia will hold legislative elections on March 14 and the first round of the presidential vote on May 30": a
    joined object with its own date and no verb shares the first clause's subject and verb ("Colombia will hold the first
    round of the presidential vote")."""
    # (a relative clause after the date has its own verb: "…in February, in a lightning advance that killed thousands")
    after = re.split(r"\b(?:that|which|who)\b", body.text[t.end - body.start:], maxsplit=1)[0]
    # (…or a person's name: "I met Abdul Hamid Dbeibah in Tripoli on Monday and [Osama Hammad] in Benghazi the following day")
    if not re.match(r"(?:the|a|an|its|their|his|her)\s|(?:[A-Z][\w'’.-]*\s+){1,3}(?:in|at)\s+[A-Z]", body.text) \
            or _FINITE_IN_BODY.search(body.text, 0, t.start - body.start) or _FINITE_IN_BODY.search(after):
        return None  # (not a clause of its own: "a declaration with the rebels followed in Doha on July 19")
    subject = subject_of(first.text)
    if subject is None:  # (its participle aside's verb is not the first clause's: "The Alliance of Sahel States, signed as
        # a defence pact…, launched its own passport…")
        subject = subject_of(_PARTICIPLE_ASIDE.sub("", first.text, count=1))
        if subject is not None and not _PARTICIPLE_ASIDE.match(first.text, len(subject)):
            subject = None
    # (the first clause ends at its own date: its verb and object run right up to it)
    previous = next((o for o in reversed(inside) if first.start <= o.start and o.end <= first.end), None)
    if subject is None or not first.text.startswith(subject) or previous is None \
            or not re.fullmatch(r"[\s,]*(?:(?:and|but)\s*)?", first.text[previous.end - first.start:]):
        return None
    # (the subject's participle aside is no verb of its: "The dialogue, launched in 2011, produced an agreement…")
    aside = _PARTICIPLE_ASIDE.match(first.text, len(subject))
    verb = _VERB_OBJECT_TO_DATE.match(first.text, aside.end() if aside is not None else len(subject),
                                      previous.start - first.start)
    if verb is None:
        return None
    phrase = make_title(body, t, [o for o in inside if body.start <= o.start and o.end <= body.end], gazetteer)
    passive = _PASSIVE_AFTER_SUBJECT.match(first.text, len(subject))
    if passive is not None:
        # ("The previous meeting was held in Gabala on Oct. 20, and the one before that in mid-August": a passive's
        # joined noun is a second subject, not an object, told whole up to its date)
        np = re.sub(r"[\s,]*(?:(?:in|on|at|during)\s+)?(?:the\s+)?$", "", body.text[:t.start - body.start])
        return f"{np[:1].upper()}{np[1:]} {be_for(np)} {passive['part']}"
    return f"{subject} {verb['verb']} {phrase[:1].lower()}{phrase[1:]}"


#: An ordinal standing alone for the noun of a "first" before it, joined on right before its own date: "[, then in a
#: second ]in May 2021", "[ and a second ]in", "[, puis d'un second ]en".
_ORDINAL_SEQUEL_BEFORE = re.compile(r"(?:,\s*|\s+)(?:(?:and|then|puis|et|ensuite)\s+)+(?:(?:in|at|during|with|by|lors|de)\s+|d['’])*"
                                    r"(?:a|an|un|une)\s+(?P<ord>second|third|fourth|fifth|seconde?|deuxième|troisième|quatrième)"
                                    r"\s+(?:(?:in|on|at|during|en|le|la|au|à)\s+)?(?:the\s+)?$")
#: …read after the first's date, up to the sequel's own.
_ORDINAL_SEQUEL_AFTER = re.compile(_ORDINAL_SEQUEL_BEFORE.pattern[:-1])
#: The "first" of a noun in the clause before: "in [a first] coup", "lors d'[un premier] coup d'Etat".
_FIRST_OF_A_NOUN = re.compile(r"\b(?:a|an|un|une)\s+(?P<first>first|premier|première)\s+[^\W\d_]")


def _ordinal_sequel_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Goita came to power in a first coup in August 2020, then in a second in May 2021": an ordinal standing alone
    for the noun of the first is the first clause told again with it ("Goita came to power in a second coup")."""
    s, rel = sentence.text, t.start - sentence.start
    after = _ORDINAL_SEQUEL_AFTER.match(s, date_phrase_end(t, inside) - sentence.start)
    if after is not None and any(o.start - sentence.start == after.end() for o in inside) \
            and _FIRST_OF_A_NOUN.search(s, 0, rel):
        # (the first's own date: the sequel joined on after it goes, "…in a first coup[, then in a second]")
        clause = Sentence(sentence.start, sentence.start + after.start(), s[:after.start()])
        return make_title(clause, t, [o for o in inside if o.end <= clause.end], gazetteer)
    sequel = _ORDINAL_SEQUEL_BEFORE.search(s, max(0, rel - 50), rel)
    if sequel is None:
        return None
    previous = next((o for o in reversed(inside) if o.end - sentence.start <= sequel.start()), None)
    if previous is None:
        return None
    first = list(_FIRST_OF_A_NOUN.finditer(s, 0, previous.start - sentence.start))
    if not first or re.search(r"[;:]|\.\s", s[first[-1].end():sequel.start()]):
        return None
    clause = Sentence(sentence.start, sentence.start + sequel.start(), s[:sequel.start()])
    told = make_title(clause, previous, [o for o in inside if o.end <= clause.end], gazetteer)
    if not re.search(rf"\b{first[-1]['first']}\b", told):
        return None
    return re.sub(rf"\b{first[-1]['first']}\b", sequel["ord"], told, count=1)


#: A passive right after its subject: "[ was held]", "[ were signed]".
_PASSIVE_AFTER_SUBJECT = re.compile(rf"\s+(?:was|were)\s+(?:[a-z]+ly\s+|(?:last|first)\s+)?(?P<part>[a-z]{{3,}}(?:ed|en|wn)|"
                                    rf"{words_pattern(PLAIN_PASTS)})\b")


#: A word of time a demonstrative "that" may name: "later that month", "that same day".
# (…or a month's name: "followed that November and was approved…")
_TIME_UNIT_WORD = (r"(?:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|time|January|"
                   r"February|March|April|May|June|July|August|September|October|November|December)\b")


#: A present perfect, which no past day dates: "has replaced", "have been rebuilt".
_PRESENT_PERFECT = re.compile(rf"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]{{3,}}(?:ed|en|wn)|{words_pattern(IRREGULAR_PASTS)})\b")


#: A past that a vote's outcome is, right before the vote's dated noun phrase: "won the [October] election".
_WON_BEFORE = re.compile(r"\b(?:won|lost|swept|narrowly\s+won|narrowly\s+lost)\s+(?:the|a|an|its|their|his|her|this|last)\s+$")
_VOTE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:election|elections|vote|poll|polls|referendum|runoff|run-off|race|"
                              r"ballot|primary|primaries)\b")
#: A past right before its object: "boycotted [the elections of 2019]".
#: (not one that only speaks of it: "recalled the incident of 18 November", "marked the anniversary")
_PAST_BEFORE_OBJECT = re.compile(rf"\b(?!(?:recalled|remembered|commemorated|marked|mourned|discussed|cited|mentioned|"
                                 rf"invoked|evoked|described|praised|condemned|criticised|criticized|denounced)\b)"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+$")
#: "during protests on", "amid mass demonstrations in": a bare plural of happenings right before its date.
# (…or despite them, and where: "has held, despite sporadic shooting in Khan Younis over the weekend")
_DURING_HAPPENINGS_BEFORE = re.compile(rf"\b(?:during|amid|despite)\s+(?:[a-z][\w-]*\s+)?(?:{HAPPENINGS_PLURAL}|shooting|"
                                       r"fighting|shelling|gunfire|violence|unrest)"
                                       r"(?:\s+(?:in|at|near|around|across|along)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?"
                                       r"\s+(?:on|in|over|during)\s+(?:the\s+)?$")


#: …and in the other languages we read, up to the happenings' own preposition of time: "nonostante [scontri a Tripoli]
#: nel", "malgré [des combats à Tripoli] en", "a pesar de [enfrentamientos en Trípoli] en", "trotz [Kämpfen in Tripolis] im".
_FOREIGN_DURING_HAPPENINGS_BEFORE = re.compile(
    r"\b(?:nonostante|malgrado|durante|malgré|pendant|lors\s+d(?:e\s+|['’])|a\s+pesar\s+de|pese\s+a|apesar\s+de|trotz|während)\s+"
    r"(?P<np>(?:(?:gli|i|le|les|des|de|los|las|os|as|der|die|den|dei|degli|delle)\s+)?(?:[a-zà-ÿ]+\s+)?"
    r"(?:scontri|combattimenti|attacchi|proteste|manifestazioni|combats|affrontements|attaques|manifestations|"
    r"enfrentamientos|combates|ataques|protestas|manifestaciones|confrontos|protestos|Kämpfen?|Zusammenstößen?|Angriffen?|"
    r"Protesten?)(?:\s+(?:a|à|en|in|em|bei|nahe)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*)?)"
    r"\s+(?:nel|nell['’]|in|a|en|au|em|no|na|im|am|el|le|il)\s*(?:l['’])?$")
#: A copula and a ranking, which date nothing of their own: "were [the third] of their kind".
_RANKED_COPULA = re.compile(r"\b(?:was|were|is|are)\s+the\s+(?:first|second|third|fourth|fifth|latest|last|largest|biggest|"
                            r"deadliest|worst)\b")
#: A happening named by its date after "of": "the parliamentary elections of 26 October 2024", "Azerbaijan's offensive of
#: Sept. 19, 2023".
_HAPPENING_OF_DATE = re.compile(r"\b(?:the|its|their|(?-i:[A-Z])[\w.-]*['’]s)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:elections?|votes?|referendum|polls|"
                                r"summit|ceasefire|truce|accords?|agreements?|uprising|coup|massacre|bombings?|attacks?|"
                                r"events|protests|riots|invasion|offensive|war|incidents?|clashes|blasts?|explosions?|"
                                r"shootings?|raids?|strikes?|killings?|crash|meetings?|talks|decisions?|ruling|resolution|"
                                r"declaration|revolution|deal|treat(?:y|ies)|pacts?|wars|visits?|sessions?|conferences?|"
                                r"consultations|floods?|earthquakes?|famine|storms?|fires?|crisis|exodus|massacres?))\s+of\s+"
                                # (each date of a list: "the Arab-Israeli wars of 1948, 1956, 1967 and 1973")
                                r"(?:(?:\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?),\s+)*(?:\d{4}\s+and\s+)?"
                                # (…or a decade's: "the wars of the 1990s")
                                r"(?:the\s+)?$", re.I)
#: The last such vote a measure is set against, up to its date: "above [the last parliamentary vote] in".
_COMPARED_WITH_THE_LAST = re.compile(r"\b(?:above|below|than|from|with|to|like|over)\s+(?P<np>(?:the|its|their)\s+(?:last|previous|"
                                     r"most\s+recent|preceding|first)\s+(?:[a-z-]+\s+){0,2}?(?:elections?|votes?|referendum|"
                                     r"polls?|census|ballot|round|runoff|run-off))\s+(?:in|on|of)\s+$")
#: A happening a count or a sequel is measured from, its date right after it: "have rallied almost nightly since
#: parliamentary elections in October 2024", "…resumed after the elections on 26 October".
_HAPPENING_SINCE = re.compile(r"\b(?:since|after|following)\s+(?P<np>(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:elections?|referendum|"
                              r"uprising|coup|massacre|invasion|offensive|war|revolution|clashes|protests|riots|bombing|"
                              r"attack|earthquake|crackdown|independence))\s+(?:in|on)\s+$", re.I)
#: Happenings named in the plural, then listed place by place with their dates: "after [coups] in Mali in 2020…".
_HAPPENINGS_LISTED_BY_PLACE = re.compile(r"\b(?:since|after|following)\s+(?P<noun>coups|elections|attacks|clashes|protests|"
                                         r"riots|wars|invasions|uprisings|massacres|bombings|strikes|referendums)(?=\s+in\s+[A-Z])")
#: Happenings named in the plural and what was done to them, before a list of dates each with its place: "[referendums
#: held] in April 2018 in Guatemala and in May 2019 in Belize".
_HELD_PLURAL = re.compile(r"\b(?P<noun>referendums|elections|votes|polls|summits|talks|meetings|rounds|ceremonies)\s+"
                          r"(?P<part>held|staged|organi[sz]ed|signed|conducted)\s+(?=(?:in|on)\s)")
#: …the place after each date: "[ in Belize]".
_PLACE_AFTER_LISTED_DATE = re.compile(r"\s+in\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s*(?:[,.;]|and\b|$))")
#: …and what may stand between the list's start and a date of it: "in April 2018 in Guatemala and in ".
_ONLY_LISTED_DATES_AND_PLACES = re.compile(r"(?:(?:in|on)\s+[\w.,' -]{3,25}?\s+in\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                                           r",?\s+(?:and\s+)?)*(?:in|on)\s+")
#: The place a listed date is of, right before it: "[, in Burkina Faso] in ", "[in Mali] in 2020 and ".
_PLACE_BEFORE_LISTED_DATE = re.compile(r"\bin\s+(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+in\s+"
                                       r"(?:(?P<year>\d{4})\s+and\s+)?$")
#: A ranking, then the noun phrase it counts from, up to its date: "the first time since [U.S. strikes on its sites] in".
_RANKED_SINCE_NOUN = re.compile(r"\b(?:first|only|last|highest|lowest|biggest|largest|worst|deadliest|heaviest|most)\b"
                                r"[^,;:]{0,60}?\bsince\s+(?P<np>(?:the\s+|a\s+|an\s+)?[^,;:()]{3,80}?)"
                                # (…or what the day is of: "since the military takeover of 26 July 2023", not a part of
                                # the time: "since the end of 2019")
                                r"(?:\s+(?:in|on|at|during)|(?<!\bend)(?<!\bstart)(?<!\bbeginning)(?<!\bmiddle)(?<!\bhalf)"
                                r"(?<!\bpart)(?<!\bturn)(?<!\bsummer)(?<!\bspring)(?<!\bautumn)(?<!\bwinter)(?<!\bfall)"
                                r"(?<!\bweek)(?<!\bmonth)(?<!\byear)(?<!\bweekend)(?<!\bdays)\s+of)?\s+(?:the\s+)?$")
#: A ranking only said of something, right before its word: "will be the ", "was its ", "marks the".
_RANKING_SAID = re.compile(r"\b(?:is|was|were|are|will\s+be|would\s+be|has\s+been|marks|marked)\s+(?:the|its|their|his|her|a)\s+$")
#: A count of like happenings, then the one a ranking picks out, up to its date: "[Nine missions] have gone ahead…, [the
#: most recent] on".
_COUNT_THEN_LATEST = re.compile(rf"(?<![\w,])(?P<count>{COUNT_WORD})\s+(?P<noun>(?:[a-z][\w-]*\s+)?[a-z]{{3,}}s"
                                # (…with what they were of, its article too: "fillings of the reservoir")
                                r"(?:\s+of\s+(?:(?:the|its|their)\s+)?[a-z][\w-]*)?)(?:\s+"
                                r"[^;:.]{3,120}?)?,\s+the\s+(?P<rank>most\s+recent|latest|last|first)(?:\s+one)?\s+(?:on|in|at)\s+$",
                                re.I)
_RANK_RIGHT_BEFORE = re.compile(r",\s+the\s+(?:most\s+recent|latest|last|first)(?:\s+one)?\s+(?:on|in|at)\s+$", re.I)
#: A coordinated part's subject, its participle and the finite verb after them: "[a separate framework] [agreed] with
#: the rebels in Doha in November [have not been implemented]".
_SUBJECT_PARTICIPLE_THEN_FINITE = re.compile(rf"(?P<np>(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[\w-]+\s+){{0,3}}?[\w-]+)"
                                             # (a relative's past is no participle: "The talks that produced…")
                                             r"(?<!\bthat)(?<!\bwhich)(?<!\bwho)\s+"
                                             # (no that-clause between: "The court ruled in October 2018 that Chile was
                                             # not obliged…" tells what the court ruled)
                                             rf"(?P<part>[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\s+(?:(?!that\s(?!year|month|week|day|spring|summer|autumn|fall|winter)\b)[^,;]){{3,120}}?\s+"
                                             r"(?P<finite>(?:has|have|had|was|were|is|are)\s+(?:not\s+)?(?:yet\s+)?(?:been\s+)?"
                                             r"[a-z]{3,}(?:ed|en)\b"
                                             # (…or a present of schedule: "a new president elected in April takes office")
                                             r"|(?:takes|take)\s+(?:office|effect|place|power)\b)")
#: An auxiliary, which no subject's noun phrase holds.
_AUXILIARY_WORD = r"(?:was|were|is|are|has|have|had|been|be|being)"
#: A sentence's subject and the participle that qualifies it, up to the participle's date: "[A 20-point draft] [drawn up] by
#: negotiators in Geneva ".
_OPENING_SUBJECT_PARTICIPLE = re.compile(rf"\s*(?P<lead>(?:The|Its|Their)\s+(?:latest|newest|last|first|second|third|"
                                         rf"most\s+recent),\s+(?=(?:a|an|the)\s))?"  # ("The latest, a 20-point draft drawn up…")
                                         # (no auxiliary in it: "The ballot [was] delayed after…" is a passive)
                                         rf"(?P<np>(?:A|An|The|a|an|the)\s+(?:(?!{_AUXILIARY_WORD}\b)[\w-]+\s+){{0,3}}?"
                                         rf"(?!{_AUXILIARY_WORD}\b)[\w-]+)\s+"
                                         rf"(?P<part>{PASSIVE_PARTICIPLE})"
                                         # (a preposition after it, no object: a participle; "The group reported [a 40% fall]" is the main verb's object)
                                         # (…and "in" of a verb that takes it, before the date's preposition: "sworn in on")
                                         r"(?P<rest>(?:\s+(?:up|out|off|down|in(?=\s+(?:on|in|at|during|last|this)\s)))?"
                                         r"(?:\s+(?:by|in|at|on|across|to|for|with|from|during|"
                                         r"near|after|before|between|under|through|along|over|into|outside|inside)"
                                         r"(?:\s+[^,;:()\"“”\s]+){1,11}?)?)\s+"
                                         r"(?:(?:on|in|at|during|last|this|from|since|until|by)\s+)?(?:the\s+)?$")
#: The main clause's verb right after the participle's date: "…last weekend [builds on]", "…in May [was rejected]".
_MAIN_VERB_NEXT = re.compile(rf"\s+(?:(?:[a-z]+ly|still|also|now|already|then|never|not)\s+)?(?:{FINITE_MARK}|"
                             # (a present in -s, not a word that only ends like one: "onwards", "this", "perhaps")
                             r"(?!(?:was|has|is|as|this|its|us|thus|always|perhaps|sometimes|besides|[a-z]+wards)\b)"
                             r"[a-z]{3,}[^s\W]s)\b")


#: The ordinals that count happenings of one kind: "a [second] phase", "a [third]".
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|seventh|final|last|next)"
#: A subject counted by its ordinal, its verb and the preposition of its date: "[A second] [phase] [is set] for ".
_ORDINAL_SUBJECT_THEN_DATE = re.compile(rf"\s*(?P<det>A|An|The)\s+(?P<ord>{_ORDINAL})\s+(?P<noun>[a-z][\w-]*)\s+"
                                        r"(?P<verb>(?:is|are|was|were|will\s+be|has\s+been|had\s+been)\s+"
                                        r"(?:(?:set|scheduled|planned|slated|due|expected|held|pencilled\s+in)\s+)?)"
                                        r"(?:for|on|in)\s+(?:the\s+)?$")
#: The next of them, its noun left out, before its own date: ", and a third for ".
_GAPPED_ORDINAL = re.compile(rf",?\s+and\s+(?P<det>a|an|the)\s+(?P<ord>{_ORDINAL})(?:\s+one)?\s+(?:for|on|in)\s+(?:the\s+)?$")


def _gapped_ordinal_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"A second phase is set for Jan. 11 and a third for Jan. 25": each date is one of the phases counted, the second
    told with the first's noun and verb ("A third phase is set")."""
    s = sentence.text
    lead = dateline_end(s)
    earlier = [o for o in inside if o.end <= t.start]
    first = earlier[0] if earlier else t
    m = _ORDINAL_SUBJECT_THEN_DATE.fullmatch(s, lead, first.start - sentence.start)
    if m is None:
        return None
    if first is t:
        return f"{m['det']} {m['ord']} {m['noun']} {m['verb'].strip()}" \
            if any(_GAPPED_ORDINAL.search(s, 0, o.start - sentence.start) for o in inside if o is not t) else None
    gapped = _GAPPED_ORDINAL.search(s, max(0, t.start - sentence.start - 40), t.start - sentence.start)
    if gapped is None:
        return None
    return f"{gapped['det'].capitalize()} {gapped['ord']} {m['noun']} {m['verb'].strip()}"


#: Happenings named by a noun that takes an "of": "the [release] of", "the [fall] of".
_HAPPENING_OF_NOUNS = (r"release|arrest|killing|signing|adoption|election|launch|capture|fall|death|assassination|withdrawal|"
                       r"opening|closure|handover|return|visit|approval|ratification|appointment|resignation|removal|"
                       r"detention|expulsion|suspension|resumption|reopening|seizure|collapse|siege|liberation|surrender")
#: A happening's noun right before its date, whose "of" comes after the date: "welcomes [the release] on 24 November of".
_HAPPENING_NOUN_BEFORE_DATE = re.compile(rf"\b(?P<det>the|a|an|its|their)\s+(?:[a-z-]+\s+)?(?P<noun>{_HAPPENING_OF_NOUNS})\s+"
                                         r"(?:(?:on|in|at)\s+)?(?:the\s+)?$", re.I)
#: What was said opening with a happening of a named place or person and its date: "said [the fall of El Fasher] in late".
_REPORTED_HAPPENING_OF = re.compile(rf"\b(?:said|says|told\s+[\w ]{{1,30}}?|warned|argued|insisted|stressed)\s+(?:that\s+)?"
                                    rf"(?P<np>(?:the|its|their)\s+(?:[a-z-]+\s+)?(?:{_HAPPENING_OF_NOUNS})\s+of\s+(?:the\s+)?"
                                    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:(?:on|in|at|during)\s+)?(?:the\s+)?$")


#: A body's present of stance on a happening named by its noun, up to the happening's date: "The EU recalls [the initialling
#: of the peace agreement in Washington] on ", "The Secretary-General strongly condemns [the shelling of Kharkiv] on ".
_STANCE_ON_A_HAPPENING = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:(?:also|strongly|warmly|firmly)\s+)?"
                                    r"(?:welcomes|condemns|recalls|notes|deplores|regrets|commends|hails|praises|salutes|"
                                    r"applauds|denounces|mourns|marks)\s+"
                                    rf"(?P<np>the\s+(?:[a-z-]+\s+)?(?:{_HAPPENING_OF_NOUNS}|initialling|initialing|shelling|"
                                    r"bombing|attack|holding|conclusion|start|end|outcome)\s+(?:of|on)\s+[^,;:]{2,100}?)"
                                    r"\s+(?:on|in)\s+(?:the\s+)?$")


def _stance_on_a_happening_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The EU recalls the initialling of the peace agreement in Washington on 8 August": a body's stance, told in the
    present of its statement, is of today; the date is the happening its object names ("The initialling of the peace
    agreement in Washington")."""
    m = _STANCE_ON_A_HAPPENING.fullmatch(sentence.text, dateline_end(sentence.text), t.start - sentence.start)
    if m is None or VERB.search(m["np"]):
        return None
    return finish_title(m["np"][:1].upper() + m["np"][1:], gazetteer)


def _noun_dated_before_its_of(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The Secretary-General welcomes the release on 24 November of 42 detainees by the parties": a happening's noun
    with its date between it and its "of" is what the date dates ("The release of 42 detainees by the parties")."""
    s = sentence.text
    m = _HAPPENING_NOUN_BEFORE_DATE.search(s, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    after = date_phrase_end(t, inside) - sentence.start
    of = re.match(r"\s+of\s+(?P<what>[^,;:()\"“”]{3,100}?)(?=\s*(?:[,;:.]|$)|\s+(?:and|but|which|who|that|after|before|"
                  r"when|as|while|in\s+an?\s+(?:exchange|deal|operation|move))\b)", s[after:])
    if m is None or of is None or VERB.search(of["what"]) or FIRST_VERB.search(of["what"]):
        return None
    return finish_title(f"The {m['noun'].lower()} of {of['what']}", gazetteer)


def _reported_happening_of(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Lamamra said the fall of El Fasher in late October had changed nothing": what was said opens with a happening
    and its date, and goes on with a judgment of it; the date is the happening's, told alone ("The fall of El Fasher")."""
    s = sentence.text
    m = _REPORTED_HAPPENING_OF.search(s, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if m is None or not re.match(rf"\s+(?:[a-z]+ly\s+)?(?:{AUXILIARY})\b", s[date_phrase_end(t, inside) - sentence.start:]):
        return None
    return finish_title(m["np"][:1].upper() + m["np"][1:], gazetteer)


#: A chronology entry's bullet and label date, then its colon or dash: "• 1991: ".
_ENTRY_BULLET = re.compile(r"\s*(?:[•*▪·–-]\s*)?")
#: Where an entry's clauses join: ", and ", "; ".
_ENTRY_CLAUSE_JOIN = re.compile(r",\s+and\s+|;\s+")


def _label_of_undated_clause(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"• 1991: A ceasefire takes effect in September, and a peacekeeping mission is set up": the entry's label dates the
    clause that names no date of its own (the first one has September), so its title is that clause's."""
    s = sentence.text
    bullet = _ENTRY_BULLET.match(s)
    after = re.match(r"\s*[:—–-]\s+", s[t.end - sentence.start:])
    if t.start - sentence.start != bullet.end() or after is None:
        return None
    body_start = t.end - sentence.start + after.end()
    joins = list(_ENTRY_CLAUSE_JOIN.finditer(s, body_start))
    if not joins or not any(body_start <= o.start - sentence.start < joins[0].start() for o in inside if o is not t):
        return None
    for k, join in enumerate(joins):
        end = joins[k + 1].start() if k + 1 < len(joins) else len(s)
        if any(join.end() <= o.start - sentence.start < end for o in inside):
            continue
        clause = s[join.end():end].strip().rstrip(".")
        clause = clause[:1].upper() + clause[1:]
        # (a chronology's present too: "Morocco organises the Green March")
        if (is_own_clause(clause) or subject_of(clause) is not None) and tells_a_doing(clause):
            return finish_title(clause, gazetteer)
    return None


def _after_semicolon_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Kurti's party won the election but fell short of a majority; two days earlier, opposition parties had boycotted the
    session": a clause after a semicolon that holds the sentence's only date is the date's, not the undated one before."""
    s = sentence.text
    semi = s.rfind("; ", 0, t.start - sentence.start)
    if semi < 0 or any(o.start - sentence.start < semi for o in inside) or not tells_a_doing(s[:semi]):
        return None
    clause = s[semi + 2:]
    main = re.sub(r"^[^,]{1,40},\s+", "", clause)  # (past its opening date: "two days earlier, opposition parties had…")
    if not is_own_clause(main[:1].upper() + main[1:]):
        return None
    part = Sentence(sentence.start + semi + 2, sentence.end, clause)
    own = [o for o in inside if o.start >= part.start]
    # (a clause of several dates is titled as a sentence of its own: "…; Hama followed on Dec. 5 and Homs two days after")
    # (…as is one whose date a time clause of its own holds: "…; Greek Cypriots rejected it a week before the Republic of
    # Cyprus joined the European Union on May 1, 2004")
    title = _title_for(part, t, own, gazetteer) if len(own) > 1 or trailing_subordinate(part, t, []) is not None \
        else make_title(part, t, own, gazetteer)
    return title if len(title.split()) >= 2 and tells_a_doing(title) else None


#: A clause that opens with a ranked noun and its predicate: "[The first meeting] [was held] on Nov. 14…", "[La primera
#: reunión] [se celebró] el 14 de noviembre…", "[A second filling] [followed] in July 2021".
_FIRST_RANKED_CLAUSE = re.compile(r"(?P<subject>(?:The|La|El|Le|Il|A|O|Der|Die|Das)\s+(?:first|second|third|fourth|primera|primer|"
                                  r"primero|première|premier|prima|primo|primeira|primeiro|erste|ersten)\s+"
                                  r"(?P<noun>[^\W\d_][\w-]*))\s+(?P<predicate>[^,;]+)$")
#: Who said what follows, opening a sentence: "Diplomats said ", "The ministry confirmed that ".
_SAYER_OPENING = re.compile(r"(?:[A-Z][\w'’.-]*\s+)(?:[\w'’.-]+\s+){0,3}?(?:said|says|reported|confirmed|announced|told\s+"
                            r"(?:reporters|journalists))\s+(?:that\s+)?(?=[Tt]he\s|[Aa]\s)")
#: A first clause that held or staged a thing, up to the thing's date: "[Taiwan held] a [recall vote] on ".
_OBJECT_HELD_BEFORE_DATE = re.compile(r"(?P<head>[A-Z][^,;:]{0,60}?\s(?:held|staged|hosted|conducted|organi[sz]ed|called|"
                                      r"launched|carried\s+out))\s+(?:a|an)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                                      r"\s+(?:on|in|at)\s+(?:the\s+)?")
#: A phrase a ranked noun carries before its verb: "[since the war] took place", "[between the two sides] was held".
_RANKED_NOUNS_PHRASE = re.compile(r"(?:since|between|with|of|on)\s+(?:the\s+|two\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*\s+"
                                  r"(?=(?:took|was|were|came|began|ended|followed|opened|had|has|have|[a-z]{3,}ed)\b)")
#: …and the gapped clause after its semicolon (or its "and"), its verb left out: "; the second, on Monday in Arica", "; la
#: segunda, el lunes en Arica", " and a third in August 2022", " and the second in Vienna in May".
_GAPPED_SUBJECT = (r"(?P<subject>(?:the|la|el|le|il|a|o|der|die|das)\s+(?:second|third|fourth|fifth|sixth|last|other|latter|"
                   r"segunda|segundo|tercera|tercero|última|último|seconde|second|deuxième|troisième|dernière|dernier|seconda|"
                   r"secondo|terza|terzo|ultima|ultimo|terceira|terceiro|zweite|zweiten|dritte|letzte))")
_GAPPED_RANKED = re.compile(_GAPPED_SUBJECT + r"(?:\s+(?P<place>(?:in|at)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})))?"
                            r"\s*,?\s*(?:(?:on|in|at|el|la|le|en|em|am|im|il|no|na)\s+)?$", re.IGNORECASE)
#: …as it opens the clause after the semicolon, its comma where the verb was: "; la segunda, el lunes…"; or after "and"
#: or a comma, its place and date right after it: " and a third in August 2022".
_GAPPED_RANKED_OPENING = re.compile(_GAPPED_SUBJECT + r"\s*,", re.IGNORECASE)
_GAPPED_RANKED_JOINED = re.compile(_GAPPED_SUBJECT + r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}))?"
                                   r"\s*,?\s+(?:on|in|at|during)\s", re.IGNORECASE)
#: What joins a gapped clause on: a semicolon, "and" (its comma maybe before it), or a comma alone.
_GAPPED_JOIN = re.compile(r";\s+|,?\s+and\s+|,\s+")


#: A time or condition clause opening the sentence, up to its comma: "After a militant attack killed 26 people…, " (not
#: `OPENING_PHRASE`'s prepositional openings, after which an appositive may still stand).
_OPENING_TIME_CLAUSE = re.compile(r"\s*(?:After|Before|When|Once|As\s+soon\s+as|Since|While|Although|Though|Because|If|Until)\s+"
                                  r"[^,;]{3,200},\s*")


#: A sentence's opening condition, closed by its comma: "If [the committee meets next week as planned], ".
_IF_OPENING = re.compile(r"\s*If\s+(?P<clause>[^,;]{3,200}),\s")
#: A condition's own verb, in the present or a past: "meets", "resume", "is held", "agreed".
_CONDITION_VERB = re.compile(rf"\b(?:[a-z]{{3,}}(?<!s)s|resume|meet|agree|sign|hold|take|go|is|are|was|were|[a-z]{{3,}}ed|"
                             rf"{words_pattern(PLAIN_PASTS)})\b")
#: …right before its date.
_JOINED_NOUN_PHRASE_BEFORE = re.compile(JOINED_NOUN_PHRASE + "$")


#: A noun phrase and a participle aside after its comma, up to the "and" of a second predicate: "[the Madrid Principles],
#: first presented to the two sides in November 2007 and ".
# (a noun phrase with no finite verb of its own: not "[Ju]an Orlando Hernandez was extradited in April 2022")
_PARTICIPLE_ASIDE_BEFORE_AND = re.compile(rf"(?P<np>\b(?:the|a|an)\s+(?:(?!\b(?:was|were|is|are|has|have|had)\b)[^,;]){{2,60}}?),\s+"
                                          r"(?:first\s+|initially\s+|originally\s+)?"
                                          rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\s+"
                                          # (a preposition after it, no object: a participle, not a list's past, "ended it")
                                          r"(?:to|by|in|at|on|for|from|with|under|as|during|between|after|before)\b[^,;]*?\s+and\s*$")
#: A past participle opening a predicate: "updated in 2009", "later revised".
_PARTICIPLE_FIRST = re.compile(r"(?:[a-z]+ly\s+)?[a-z]{3,}ed\b")


#: A subject listed after another's dated clause, with only its own date: "[, Hama on ]Dec. 5", "[ and Homs ]two days after".
_GAPPED_SUBJECT_ITEM = re.compile(r",?\s+(?:and\s+)?(?P<np>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                                  r"(?:(?:on|in|at|by)\s+)?")
#: The first clause's past right after its subject, up to its date: "[ fell ]", "[ was taken on ]".
_PAST_UP_TO_DATE = re.compile(rf"\s+(?P<verb>(?:was\s+|were\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                              r"(?:\s+(?:to|by|in)\s+(?:the\s+)?[a-z][\w-]*)?"
                              # (…or a verb of joining or recognising and the object all the listed share: "[joined the
                              # court] in 2004, Mali in 2000…"; not "seized the town in May, Kherson in June", its objects)
                              r"|(?:joined|recogni[sz]ed|ratified|signed|left|quit|legali[sz]ed|abolished|acceded\s+to|"
                              r"withdrew\s+from)\s+(?:the|its|their)\s+[^,;()]{1,50}?)\s+(?:(?:on|in|at|by)\s+)?$")


#: A gerund of a time clause right before its date, after another date's predicate: "[ before expiring in ]August".
# (…and its object: ", after climbing Mount Paektu with Kim in the morning")
# (…after a second predicate of the subject's with no date: "…in January [but postponed eight times] before coming into")
_GERUND_TIME_CLAUSE_TO_DATE = re.compile(r"(?:\s+(?:and|but)\s+(?:was\s+|were\s+)?[a-z]{3,}ed(?:\s+[a-z]+){0,3}?)?"
                                         r",?\s+(?:before|after|since)\s+(?P<ing>being|[a-z]{3,}ing)(?P<object>\s+[^,;.]{1,60}?)?"
                                         r"\s+(?:in|on|at|during)\s+(?:the\s+)?$")

#: An aside set off between a subject and its auxiliary: "[, majority-owned by Gazprom Neft and Gazprom,] were".
_ASIDE_BEFORE_AUXILIARY = re.compile(r",\s+[^,;()]{1,80},\s+(?=(?:was|were|is|are|has|have|had)\b)")
#: A present perfect run since a date, then participles of its happenings, the last up to its own date: "[The army has
#: pressed its advance since late September], crossing the Nile and [retaking] [Wad Madani] in ".
_SPAN_THEN_PARTICIPLES_TO_DATE = re.compile(r"(?P<main>[^;:()]{3,120}?\b(?:has|have)\s+[^;:()]{1,80}?\bsince\s+[^,;:()]{2,40}),"
                                            r"\s+(?:[a-z]{3,}ing\s[^;.:()]{1,80}?\s+and\s+)?"
                                            # (no preposition spelled as one: ", including one in June")
                                            r"(?!(?:including|excluding|according|during|following|regarding|concerning|"
                                            r"pending|notwithstanding)\b)(?P<ing>[a-z]{3,}ing)"
                                            r"(?P<object>\s+[^;.:()]{1,80}?)?,?\s+(?:in|on|at|during)\s+(?:the\s+)?")


def _participle_in_span_title(sentence: Sentence, t: Timex) -> str | None:
    """"The army has pressed its advance since late September, crossing the Nile and retaking Wad Madani in mid-January":
    a participle with its own date after a span run up to now is one of the span's happenings, done by its subject ("The
    army retook Wad Madani")."""
    s = sentence.text
    m = _SPAN_THEN_PARTICIPLES_TO_DATE.fullmatch(s, dateline_end(s), t.start - sentence.start)
    if m is None or m["ing"] == "being":
        return None
    doer = subject_of(m["main"])
    if doer is None or not m["main"].startswith(doer) or re.fullmatch(r"(?:It|They|He|She|We|I)", doer):
        return None
    return f"{doer} {past_of_participle(m['ing'])}{m['object'] or ''}"


def _gerund_after_dated_predicate_title(sentence: Sentence, t: Timex, inside: list[Timex],
                                        gazetteer: Gazetteer) -> str | None:
    """"…a ceasefire that took effect that August and was extended in February 2024 before expiring in August": a gerund
    after another date's predicate is that predicate's subject's doing ("A six-month ceasefire expired")."""
    rel = t.start - sentence.start
    previous = [o for o in inside if o.end <= t.start and sentence.start <= o.start]
    if not previous:
        return None
    gerund = _GERUND_TIME_CLAUSE_TO_DATE.fullmatch(sentence.text, previous[-1].end - sentence.start, rel)
    # (…or by a closing participle of what it led to: "…after winning a run-off on Oct. 19, ending almost 20 years of…")
    if gerund is None or not re.match(r"\s*(?:,\s+[a-z]{3,}ing\s[^;]*)?[.;]?\s*$",
                                      sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        return None
    told = _title_for(sentence, previous[-1], inside, gazetteer)
    # (the subject's aside set off before its auxiliary is no part of who: "The sanctions on NIS[, majority-owned by
    # Gazprom,] were announced")
    doer = subject_of(told) or subject_of(_ASIDE_BEFORE_AUXILIARY.sub(" ", told, count=1))
    if doer is None or not told.startswith(doer) or re.fullmatch(r"(?:It|They|He|She|We|I)", doer):
        return None
    if gerund["ing"] == "being":
        # ("Deby took over as head of a junta in April 2021, before being elected president in May 2024": what was done to
        # the subject then)
        return f"{doer} {be_for(doer)}{gerund['object'] or ''}" if gerund["object"] else None
    if gerund["object"] and (re.search(r"\b(?:will|would|is\s+to|are\s+to|plans?\s+to|due\s+to)\b", told)
                             or VERB.search(CAPITALISED_WORDS.sub("", gerund["object"]))):
        # (a doing ahead is told in its own tense elsewhere: "…before returning to Washington on Friday"; and a gerund
        # with a verb after it is that clause's subject: "after shelling killed nine people on Wednesday")
        return None
    return f"{doer} {past_of_participle(gerund['ing'])}{gerund['object'] or ''}"


#: A subject and the plan set off after it, up to the plan's date: "The talks in Muscat, scheduled for ".
_SUBJECT_AND_PLAN_ASIDE = re.compile(r"(?P<np>(?:The|A|An|[A-Z][\w'’.-]*['’]s)\s[^,;:()]{2,60}?),\s+"
                                     r"(?:(?:which|that)\s+(?:is|are)\s+)?(?:scheduled|planned|set|due|slated)\s+(?:for|on)\s+$")
#: What the subject underwent in the past after its plan's aside closed: ", were first proposed by Oman" (not "were
#: postponed", which tells what became of the plan).
_PAST_AFTER_PLAN_ASIDE = re.compile(r"[^,;:()]{0,20}?,\s+(?:was|were|had|has|have)\s+(?:[a-z]+ly\s+|first\s+|initially\s+)?"
                                    r"(?!(?:postponed|cancell?ed|called|delayed|put|moved|pushed|suspended|scrapped|shelved|"
                                    r"dropped|brought|held|to)\b)[a-z]{3,}(?:ed|en|wn)\b")


def _plan_aside_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"The talks in Muscat, scheduled for Dec. 8-9, were first proposed by Oman in September": the plan's day is the
    subject's, which is scheduled for it ("The talks in Muscat are scheduled"), not what was done to the subject before."""
    s = sentence.text
    lead = dateline_end(s)
    aside = _SUBJECT_AND_PLAN_ASIDE.fullmatch(s, lead, t.start - sentence.start)
    if aside is None or not _PAST_AFTER_PLAN_ASIDE.match(s, date_phrase_end(t, inside) - sentence.start):
        return None
    np = aside["np"]
    return f"{np} {'are' if be_for(np) == 'were' else 'is'} scheduled"


#: A phrase right after a date, up to the next "and" or the clause's end: " for goods", " for travellers" (not a place,
#: which the lists of places title: "…held in April 2018 in Guatemala and in May 2019 in Belize").
_OWN_PHRASE_AFTER_DATE = re.compile(r"\s+(?P<phrase>(?:for|to|with|from)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                                    r"(?=\s+and\s+(?:on|in)\s|\s*(?:[,;.]|$))")


def _dated_phrases_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The crossings will reopen on Sept. 20 for goods and on Oct. 1 for travellers": two dates, each with the phrase
    that follows it, share the clause before the first ("The crossings will reopen for travellers")."""
    s = sentence.text
    dates = sorted((o for o in inside if sentence.start <= o.start and o.end <= sentence.end and o.range_id is None),
                   key=lambda o: o.start)
    if len(dates) != 2 or t not in dates:
        return None
    first, second = dates
    phrases = [_OWN_PHRASE_AFTER_DATE.match(s, o.end - sentence.start) for o in dates]
    if phrases[0] is None or phrases[1] is None \
            or not re.fullmatch(r"\s+and\s+(?:on|in)\s+", s[phrases[0].end():second.start - sentence.start]):
        return None
    head = re.match(r"(?P<head>.*\S)\s+(?:on|in)\s+$", s[dateline_end(s):first.start - sentence.start])
    if head is None or not tells_a_doing(head["head"]) or re.search(r"[,;:]", head["head"]):
        return None
    phrase = phrases[dates.index(t)]["phrase"]
    return finish_title(f"{head['head']} {phrase}", gazetteer)


def _governed_noun_told_after_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Japan tightened export controls in 2019 following court rulings in Seoul in 2018 that ordered Japanese firms to pay":
    a noun a preposition governs, dated and then told by its relative clause, is the date's happening ("Court rulings in
    Seoul ordered…"), the sentence's other date the main clause's."""
    if not any(o is not t and sentence.start <= o.start < sentence.end for o in inside):
        return None
    s = sentence.text
    noun = _GOVERNED_NOUN_TO_DATE.search(s, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    told = _RELATIVE_PAST_AFTER_DATE.match(s, date_phrase_end(t, inside) - sentence.start) if noun is not None else None
    if told is None or VERB.search(noun["np"]):
        return None
    np = noun["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} {told['verb']}{told['rest']}", gazetteer)


#: A predicate with no subject of its own, its past first: "opened talks in June 2012".
_SUBJECTLESS_PAST = re.compile(rf"(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?!(?:by|in|on|at)\b)[a-z]")
#: A series' comma before a past, somewhere before the last predicate: ", became a candidate".
_SERIES_COMMA_BEFORE = re.compile(rf",\s+{_SUBJECTLESS_PAST.pattern}")
#: A plural of sides that a list after the predicate deals out: "The two countries", "Both governments", "The three states".
_PLURAL_OF_SIDES = re.compile(r"(?:The\s+(?:two|three|four|five)|Both(?:\s+the)?|All\s+(?:three|four|five))\s+(?:[a-z-]+\s+)?[a-z]+s")
#: A listed name and the preposition of its date, right before the date: "[, Ukraine on ]", "[ and Moldova on ]".
_LISTED_NAME_BEFORE_DATE = re.compile(r"(?P<join>,\s+|,?\s+and\s+)(?P<name>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                                      r"\s+(?:on|in)\s+$")


#: A counted plural opening its sentence, and its past: "[Two more] [summits] [followed]", "Three rounds of talks were held".
_COUNTED_SUBJECT_PAST = re.compile(rf"(?P<count>Two|Three|Four)\s+(?P<more>(?:more|further|other)\s+)?(?P<noun>[a-z]{{3,}}s)"
                                   rf"(?P<of>\s+of\s+[a-z]{{3,}})?\s+"
                                   rf"(?P<verb>(?:were\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b")
#: How many a counted subject's word says.
_COUNTS = {"Two": 2, "Three": 3, "Four": 4}


def _counted_subject_dealt_out_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Two more summits followed that year, in May and September": a counted subject dealt out by as many dates listed
    after its comma is one of them each ("Another summit followed")."""
    s, lead = sentence.text, dateline_end(sentence.text)
    m = _COUNTED_SUBJECT_PAST.match(s, lead)
    if m is None:
        return None
    listed = sorted((o for o in inside if o.start - sentence.start > m.end()), key=lambda o: o.start)
    comma = s.find(", ", m.end())
    listed = [o for o in listed if comma >= 0 and o.start - sentence.start > comma]
    if len(listed) != _COUNTS[m["count"]] or t not in listed \
            or not re.fullmatch(r"(?:in|on)\s+", s[comma + 2:listed[0].start - sentence.start]) \
            or any(not re.fullmatch(r",\s+(?:(?:in|on)\s+)?|,?\s+and\s+(?:(?:in|on)\s+)?",
                                    s[a.end - sentence.start:b.start - sentence.start]) for a, b in pairwise(listed)) \
            or not re.fullmatch(r"\s*[.;]?\s*", s[listed[-1].end - sentence.start:]):
        return None
    one = f"{'Another' if m['more'] else 'A'} {singular_of(m['noun'])}{m['of'] or ''}"
    verb = re.sub(r"^were\s+", "was ", m["verb"])
    return finish_title(f"{one} {verb}", gazetteer)


#: A plural of happenings right before the dates that deal it out: "seized power [in coups] in August 2020 and May 2021".
_PLURAL_BEFORE_LISTED_DATES = re.compile(r"\bin\s+(?P<noun>coups|elections|referendums|wars|offensives|attacks|summits|votes|"
                                         r"uprisings|invasions|raids|strikes)\s+(?:in|on)\s+$")
#: …and a title that ends on one: "…seized power [in coups]".
_ENDS_IN_PLURAL_OF_HAPPENINGS = re.compile(r"\bin\s+(?:coups|elections|referendums|wars|offensives|attacks|summits|votes|"
                                           r"uprisings|invasions|raids|strikes)$")
#: How many dates of a list are walked through either way (a list of the latest few, not of thousands).
_LISTED_REACH = 12
#: What stands between two dates of one list: ", ", " and ", ", and in ".
_BETWEEN_LISTED_DATES = re.compile(r",\s+(?:(?:in|on)\s+)?|,?\s+and\s+(?:(?:in|on)\s+)?")


def _one_of_plural_dealt_out(title: str, sentence: Sentence, t: Timex, inside: list[Timex]) -> str:
    """"Goita seized power in coups in August 2020 and May 2021": each date listed after a plural of happenings is one of
    them, and its title says so ("Goita seized power in a coup")."""
    if _ENDS_IN_PLURAL_OF_HAPPENINGS.search(title) is None:
        return title  # (the cheap look first: a sentence may list thousands of dates, each titled here)
    s = sentence.text
    dates = sorted(inside, key=lambda o: o.start)
    at = next((i for i, o in enumerate(dates) if o is t), None)
    if at is None:
        return title
    lo = hi = at
    while lo > max(0, at - _LISTED_REACH) and _BETWEEN_LISTED_DATES.fullmatch(s, dates[lo - 1].end - sentence.start,
                                                                             dates[lo].start - sentence.start):
        lo -= 1
    while hi + 1 < min(len(dates), at + _LISTED_REACH) and _BETWEEN_LISTED_DATES.fullmatch(
            s, dates[hi].end - sentence.start, dates[hi + 1].start - sentence.start):
        hi += 1
    start = dates[lo].start - sentence.start
    m = _PLURAL_BEFORE_LISTED_DATES.search(s, max(0, start - 30), start) if hi > lo else None
    if m is None:
        return title
    return re.sub(rf"\bin\s+{m['noun']}$", f"in a {singular_of(m['noun'])}", title)


#: A counted plural and the comma after which the latest of them are dated: "…has had [four] [successful] [coups] since
#: independence, most recently in ".
_COUNTED_THEN_LATEST = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|\d{1,3})\s+"
                                  # (a count of times is no thing counted: "won the prize three times, most recently in…")
                                  r"(?P<adj>(?:[a-z][\w-]*\s+){0,2}?)"
                                  r"(?P<noun>(?!(?:times|occasions|years|months|weeks|days|decades)\b)[a-z]{3,}s)\b[^.;:]{0,100}?,\s+"
                                  r"(?:most\s+recently|the\s+latest|the\s+last\s+ones?|the\s+most\s+recent)\s+(?:in|on)\s+$")


#: The words that say the dates after them are the latest of some counted things.
_LATEST_WORDS = re.compile(r"\b(?:most\s+recently|the\s+latest|the\s+last\s+ones?|the\s+most\s+recent)\b")


def _counted_latest_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Guinea-Bissau has had four successful coups since independence in 1974, most recently in 1980, 2003 and 2012":
    each date listed after "most recently" is one of the counted things ("A successful coup")."""
    s = sentence.text
    if _LATEST_WORDS.search(s, max(0, t.start - sentence.start - 400), t.start - sentence.start) is None:
        return None  # (the cheap look first: a sentence may list thousands of dates, each asked about here)
    earlier_dates = sorted((o for o in inside if o.end <= t.start
                            and t.start - o.end <= 400), key=lambda o: o.start)[-_LISTED_REACH:]
    first = t
    for earlier in reversed(earlier_dates):
        if not _BETWEEN_LISTED_DATES.fullmatch(s, earlier.end - sentence.start, first.start - sentence.start):
            break
        first = earlier
    m = _COUNTED_THEN_LATEST.search(s, max(0, first.start - sentence.start - 200), first.start - sentence.start)
    if m is None or VERB.search(m["adj"]):
        return None
    return finish_title(f"A {m['adj']}{singular_of(m['noun'])}", gazetteer)


def _distributed_plural_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The two countries applied to join the bloc in the days after the invasion, Ukraine on Feb. 28, 2022 and Moldova
    on March 3": a plural subject's predicate dealt out by a closing list of its members, each with its date ("Ukraine
    applied to join the bloc in the days after the invasion")."""
    s, lead = sentence.text, dateline_end(sentence.text)
    subject = subject_of(s[lead:])
    if subject is None or not s.startswith(subject, lead) or not _PLURAL_OF_SIDES.fullmatch(subject):
        return None
    dates = sorted((o for o in inside if o.start - sentence.start > lead + len(subject)), key=lambda o: o.start)
    items = [_LISTED_NAME_BEFORE_DATE.search(s, max(0, o.start - sentence.start - 60), o.start - sentence.start) for o in dates]
    if len(dates) < 2 or t not in dates or any(item is None for item in items) or not items[0]["join"].startswith(",") \
            or not re.fullmatch(r"\s*[.;]?\s*", s[date_phrase_end(dates[-1], inside) - sentence.start:]) \
            or any(s[date_phrase_end(a, inside) - sentence.start:b.start()] for a, b in zip(dates, items[1:], strict=False)):
        return None
    predicate = s[lead + len(subject):items[0].start()].strip()
    if not re.match(rf"(?:[a-z]+ly\s+)?(?:(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", predicate) \
            or re.search(r"[,;]", predicate):
        return None
    # (a time counted from another happening goes: "…in the days after Russia's full-scale invasion")
    predicate = re.sub(r"\s+(?:in|within)\s+the\s+(?:hours|days|weeks|months)\s+(?:after|before|following)\s.*$", "", predicate)
    return finish_title(f"{items[dates.index(t)]['name']} {predicate}", gazetteer)


def _gapped_subjects_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Aleppo fell three days later, Hama on Dec. 5 and Homs two days after that": subjects listed each with its own
    date share the first clause's verb ("Hama fell"), and the first date is the first subject's alone ("Aleppo fell")."""
    s = sentence.text
    # (the clause after a semicolon, when one stands before the date: "Both agreed in 2008 to hold referendums; Guatemalans
    # voted in favour in April 2018 and Belizeans in May 2019")
    semicolon = s.rfind("; ", 0, t.start - sentence.start)
    lead = max(dateline_end(s), semicolon + 2 if semicolon >= 0 else 0)
    dates = sorted((o for o in inside if sentence.start + lead <= o.start and o.end <= sentence.end), key=lambda o: o.start)
    if len(dates) < 2 or t not in dates or not re.fullmatch(r"\s*[.;!]?\s*", s[dates[-1].end - sentence.start:]):
        return None
    items = []
    for before, after in pairwise(dates):
        item = _GAPPED_SUBJECT_ITEM.fullmatch(s, before.end - sentence.start, after.start - sentence.start)
        if item is None:
            return None
        items.append(item["np"])
    subject = subject_of(s[lead:])
    if subject is None or not s.startswith(subject, lead):
        return None
    verb = _PAST_UP_TO_DATE.fullmatch(s, lead + len(subject), dates[0].start - sentence.start)
    if verb is None:
        return None
    told = subject if t is dates[0] else items[dates.index(t) - 1]
    return finish_title(f"{told[:1].upper()}{told[1:]} {verb['verb']}", gazetteer)


#: A main clause's opening "it" or "they", told again of the time clause's subject before it.
_PRONOUN_FOR_CLAUSE_SUBJECT = re.compile(r"(It|it|They|they)\s+(?:has|have|had|was|were|is|are|will|would|[a-z]{3,}ed)\b")
#: A time clause's determined subject, right before its past: "[the army] seized power".
_CLAUSE_SUBJECT = re.compile(rf"(?P<np>(?:the|its|their)\s+(?:[a-z][\w'’-]*\s+){{0,2}}?[a-z][\w'’-]*)\s+"
                             rf"(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A word of a noun phrase, no verb: "relations", "border" (not "had", "strained").
_NOUN_WORD = r"(?!(?:had|has|have|was|were|is|are|be|been|that|which|who)\b)(?![a-z]{3,}ed\b)[a-z][\w'’-]*"
#: An object, then a restrictive relative clause of its own past, up to its only date: "[relations] that [were restored] in
#: ", "[a truce] that [collapsed] in ".
_OBJECT_THEN_DATED_RELATIVE = re.compile(
    rf"\s(?P<np>(?:(?:the|a|an|its|their|his|her)\s+)?(?:{_NOUN_WORD}\s+){{0,2}}?{_NOUN_WORD})\s+that\s+"
    rf"(?P<verb>(?:(?:was|were|had\s+been|has\s+been|have\s+been)\s+)?(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}|"
    rf"{words_pattern(PLAIN_PASTS)}))\b(?P<rest>[^,;:()]{{0,60}}?)\s+(?:(?:in|on|at|during|since)\s+(?:the\s+)?)?$")


def _dated_object_relative_title(sentence: Sentence, t: Timex, inside: list[Timex], told: str,
                                 gazetteer: Gazetteer) -> str | None:
    """"The detentions had strained relations that were restored in August 2022 after a three-year break": the only date
    of a clause, inside a restrictive relative clause about the main verb's object, dates the relative clause's doing
    ("Relations were restored after a three-year break"), not the undated main clause's — when the title `told` so far
    still holds the whole relative clause after its noun."""
    s, rel = sentence.text, t.start - sentence.start
    m = _OBJECT_THEN_DATED_RELATIVE.search(s, max(0, rel - 140), rel)
    # (the only date of the main clause: another may stand in an aside before it, "The detentions, which began in late
    # January, had strained relations that…")
    clause_start = s.rfind(", ", 0, m.start("np")) + 1 if m is not None else 0
    if m is None or any(o is not t and o.start - sentence.start >= clause_start for o in inside) \
            or m["np"].split()[-1] in _NOT_ANTECEDENTS or VERB.fullmatch(m["np"].split()[-1]) \
            or re.match(r"(?:the|a|an|its|their|his|her)$", m["np"]) \
            or not re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:[\w'’-]+\s+){{0,3}}$", s[:m.start("np")]):
        return None  # (the object of a main clause's own past: "…had strained [relations] that…")
    if not re.search(rf"\b{re.escape(m['np'])}\s+that\s+{re.escape(m['verb'])}\b", told, re.I) \
            or re.match(r"(?:led|resulted|paved|brought)\b", m["verb"]):
        return None  # (nor a consequence's, whose date is what it led to: "…chaired talks that led to a truce in November")
    np = m["np"]
    title = make_title(Sentence(sentence.start + m.start("verb"), sentence.end, s[m.start("verb"):]), t, inside, gazetteer)
    if not title.lower().startswith(m["verb"].split()[0]):
        return None  # (the relative clause's own predicate or nothing: not a when-clause after its date, "…, when drones…")
    return finish_title(f"{np[:1].upper()}{np[1:]} {title[:1].lower()}{title[1:]}", gazetteer)


#: A count of a plural, and its ranked items set off after it from the first: "[two informal meetings in an enlarged
#: format], the first in New York last October and the second in Geneva in March".
_COUNTED_THEN_RANKED = re.compile(r"\b(?P<count>two|three|four|five|several)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z]{3,}s)"
                                  r"(?P<tail>\s+(?:in|of|on|at|with|for|between)\s+[^,;]{1,40}?)?,\s+(?=the\s+first\s)")
#: What joins a ranked item after the first: "[ and ]the second", "[, ]the third".
_NEXT_RANKED_ITEM = re.compile(r"(?:,\s+|,?\s+and\s+)(?=the\s+(?:second|third|fourth|fifth|last|latest)\s)")
#: A ranked item's opening: "the first ", "the second ".
_RANKED_ITEM_OPENING = re.compile(r"the\s+(?P<rank>first|second|third|fourth|fifth|last|latest)\s+")


def _counted_ranked_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"She has hosted the two leaders at two informal meetings in an enlarged format, the first in New York last October
    and the second in Geneva in March": each date is its ranked item's, told as the sentence with that item in place of
    the count ("…hosted the two leaders at the first informal meeting in an enlarged format in New York")."""
    s = sentence.text
    rel = t.start - sentence.start
    counted = next((m for m in _COUNTED_THEN_RANKED.finditer(s) if m.end() <= rel), None)
    if counted is None:
        return None
    region_end = counted.end() + re.search(r"[;:]|[.!?](?:\s|$)|$", s[counted.end():]).start()
    joins = list(_NEXT_RANKED_ITEM.finditer(s, counted.end(), region_end))
    starts = [counted.end()] + [j.end() for j in joins]
    ends = [j.start() for j in joins] + [region_end]
    item = next(((a, b) for a, b in zip(starts, ends, strict=True) if a <= rel < b), None)
    opening = _RANKED_ITEM_OPENING.match(s, item[0]) if item is not None and joins else None
    if opening is None or any(o.start - sentence.start < counted.end() and o.end - sentence.start > counted.start() for o in inside):
        return None
    words = counted["noun"].split()
    lead = f"{s[:counted.start()]}the {opening['rank']} {' '.join(words[:-1] + [singular_of(words[-1])])}{counted['tail'] or ''} "
    text = f"{lead}{s[opening.end():item[1]]}."
    shift = len(lead) - opening.end()
    told = Sentence(sentence.start, sentence.start + len(text), text)
    moved = {id(o): replace(o, start=o.start + shift, end=o.end + shift) for o in inside
             if opening.end() <= o.start - sentence.start and o.end - sentence.start <= item[1]}
    if id(t) not in moved:
        return None
    before = [o for o in inside if o.end - sentence.start <= counted.start()]
    return _title_for(told, moved[id(t)], before + list(moved.values()), gazetteer)


def _gapped_ranked_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The first meeting was held on Nov. 14 in Santiago; the second, on Monday in Arica": the gapped clause's date
    dates what the first clause's verb says of its ranked noun ("The second meeting was held in Arica"); so does "A second
    filling followed in July 2021 and a third in August 2022" ("A third filling followed")."""
    s = sentence.text
    rel = t.start - sentence.start
    for join in _GAPPED_JOIN.finditer(s, rel):
        semicolon = join.group().startswith(";")
        opening = (_GAPPED_RANKED_OPENING if semicolon else _GAPPED_RANKED_JOINED).match(s, join.end())
        if opening is not None and [o for o in inside if o.end - sentence.start <= join.start()] == [t] \
                and (semicolon or _FIRST_RANKED_CLAUSE.match(s, dateline_end(s), rel)):
            # (…and the first clause's own date is told by the first clause alone: "La primera reunión se celebró en
            # Santiago")
            part = Sentence(sentence.start, sentence.start + join.start(), s[:join.start()])
            title = make_title(part, t, [t], gazetteer)
            return title if len(title.split()) >= 2 and tells_a_doing(title) else None
        if semicolon:
            break
    joins = list(_GAPPED_JOIN.finditer(s, 0, rel))
    gapped = next((g for j in reversed(joins) if (g := _GAPPED_RANKED.match(s, j.end(), rel)) is not None
                   and (j.group().startswith(";") or g["place"] or not re.search(r",\s*$", g.group()))), None)
    join = next((j for j in reversed(joins) if gapped is not None and j.end() == gapped.start()), None)
    before = [o for o in inside if join is not None and o.end - sentence.start <= join.start()]
    if gapped is None or join is None or len(before) != 1:
        return None
    first = before[0]
    at = dateline_end(s)
    held = _OBJECT_HELD_BEFORE_DATE.fullmatch(s, at, first.start - sentence.start)
    if held is not None and re.fullmatch(r"a\s+\w+", gapped["subject"], re.I) and not gapped["place"] \
            and not re.match(r"[^,;.]*[^\s,;.]", s[date_phrase_end(t, inside) - sentence.start:]):
        # "Taiwan held a recall vote on July 26, 2025, …, and a second on Aug. 23": the ranked noun is the object's, held
        # again ("Taiwan held a second recall vote")
        return finish_title(f"{held['head']} {gapped['subject'].lower()} {held['noun']}", gazetteer)
    ranked = _FIRST_RANKED_CLAUSE.match(s, at, first.start - sentence.start)
    said = _SAYER_OPENING.match(s, at) if ranked is None else None
    if said is not None:  # ("Diplomats said a first draft had been circulated in November, and a second in late January")
        ranked = _FIRST_RANKED_CLAUSE.match(s[said.end()].upper() + s[said.end() + 1:first.start - sentence.start])
    # (a phrase the ranked noun carries is no part of the predicate: "A first contact [since the war] took place in Oslo")
    carried = _RANKED_NOUNS_PHRASE.match(ranked["predicate"]) if ranked is not None else None
    told = ranked["predicate"][carried.end():] if carried is not None else ranked["predicate"] if ranked is not None else ""
    if ranked is None or len(told.split()) > 6:
        return None
    predicate = re.sub(r"(?:^|\s+)(?:on|in|at|el|la|le|en|am|im|il|no|na|em|à)$", "", told.strip())
    if not predicate:  # ("The first came on Oct. 19; the second on Oct. 28": no noun ranked, the coreference tells it)
        return None
    if gapped["place"]:  # ("…was held in Geneva in March and the second in Vienna in May": the place said again is new)
        predicate = re.sub(r"\s+(?:in|at)\s+(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})$", "", predicate) + " " + gapped["place"]
    rest = re.match(r"[^,;.]*", s[date_phrase_end(t, inside) - sentence.start:]).group().rstrip()
    if not join.group().startswith(";") and rest:
        return None  # (after "and", only a date and a place are gapped)
    return finish_title(f"{gapped['subject'][:1].upper()}{gapped['subject'][1:]} {ranked['noun']} {predicate}{rest}", gazetteer)


#: A noun, a relative clause that says what someone said of it, and what was said up to the date: "[a referendum] that
#: Yerevan has said [could take place] in ".
_SAID_OF_IT_BEFORE_DATE = re.compile(r"\b(?P<np>(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*)\s+(?:that|which)\s+"
                                     r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|(?:[a-z]+\s+)?officials|he|she|they|it)\s+"
                                     r"(?:(?:has|have|had)\s+)?(?:said|says|hopes|hoped|expects|expected|believes|thinks)\s+"
                                     r"(?P<what>(?:could|would|will|might|may|should|can)\s+[a-z][^,;:]{2,80}?)"
                                     r"\s+(?:in|on|by|at|before|after)\s+(?:the\s+)?$")


def _said_of_it_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…would require a referendum that Yerevan has said could take place in 2027": the date is of what was said of the
    noun ("A referendum could take place"), not of the sentence's own verb."""
    said = _SAID_OF_IT_BEFORE_DATE.search(sentence.text, max(0, t.start - sentence.start - 200), t.start - sentence.start)
    if said is None:
        return None
    np = said["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} {said['what']}", gazetteer)


#: One of a list of places, each with its own date, right before that date: ", in Geneva in ", " and in New York in ".
_LISTED_PLACE_BEFORE_DATE = re.compile(r"(?:,\s+|\s+)(?:(?:and|et|y|e)\s+)?(?P<prep>in|at|au|aux|à|en)\s+"
                                       r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:in|on|en)\s+(?:the\s+)?$")


#: A clause's year and the colon that opens the list of what was done in it: "[Three more followed] in 2018: ".
_YEAR_THEN_COLON = re.compile(r"(?P<head>[^:;]{3,160}?)\s+(?:in|during)\s+\d{4}\s*:\s+")
#: What separates the items of such a list: ", and ", ", ", "; ".
_LIST_ITEM_BREAK = re.compile(r",\s+and\s+|,\s+|;\s+")
#: An item's dates, up to the place it tells: "in April and May ", "in September ".
_ITEM_DATES = re.compile(r"(?:(?:in|on|during)\s+(?:the\s+)?)?(?:[^,;]*?\s)?(?=(?:at|in|near|outside)\s+(?:the\s+)?"
                         r"(?:[a-z][\w-]*\s+){0,4}?(?:of\s+)?[A-Z])")


def _year_listed_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Three more followed in 2018: in April and May at the border village of Panmunjom, and in September in
    Pyongyang": each date of the list after the year's colon is the clause before it at the item's place ("Three more
    followed at the border village of Panmunjom")."""
    s = sentence.text
    rel = t.start - sentence.start
    opened = _YEAR_THEN_COLON.match(s, dateline_end(s))
    if opened is None or not opened.end() <= rel or not tells_a_doing(opened["head"]):
        return None
    item_start = max([opened.end()] + [b.end() for b in _LIST_ITEM_BREAK.finditer(s, opened.end(), rel)])
    after = _LIST_ITEM_BREAK.search(s, rel)
    item = s[item_start:after.start() if after is not None else len(s)].rstrip(" .")
    dates = _ITEM_DATES.match(item)
    place = item[dates.end():] if dates is not None else ""
    if not re.match(r"(?:at|in|near|outside)\s", place) or any(o.start - sentence.start >= item_start + dates.end()
                                                              for o in inside if o.start - sentence.start < item_start + len(item)):
        return None
    return finish_title(f"{opened['head']} {place}", gazetteer)


#: Happenings named by a plural noun with no verb: "Two informal meetings", "Several rounds of talks".
_HAPPENINGS_NAMED = re.compile(r"(?:[A-Z]\w*\s+)?(?:[a-z][\w-]*\s+){0,2}(?:meetings|talks|rounds(?:\s+of\s+talks)?|summits|visits|"
                               r"sessions|consultations|elections|votes|strikes|attacks|clashes)")
#: An interview's label before an answer: "A: ", "Q: ".
_ANSWER_LABEL = re.compile(r"\s*(?:A|Q|Answer|Question)\s*:\s+")


#: A span at the end of a list's head, which the list's dates fall in: "…met twice [this year]", "…[in 2024]".
_SPAN_AT_HEADS_END = re.compile(r"\s+(?:(?:earlier|later)\s+)?(?:this|last|that)\s+(?:year|month|week|spring|summer|autumn|fall|"
                                r"winter)$|\s+in\s+\d{4}$")


#: A clause that bounds the main one, up to a date inside it: "…before [a Russian-brokered ceasefire] in ", "…until [the
#: army] ".
_BOUNDING_CLAUSE_BEFORE = re.compile(r"\s(?:before|until|till|after)\s+(?P<subject>(?:the|a|an|its|their|his|her)\s+"
                                     # (a relative clause inside is told by its own rule: "after a peace deal that ended the
                                     # war in November 2022 left Eritrea out")
                                     r"(?:(?!(?:that|which|who|whose)\b)[^,;:()\"“”]){2,80}?|"
                                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                                     r"(?:\s+(?:in|on|at|during))?\s+$")


def _bounding_clause_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Fighting killed about 30,000 people before a Russian-brokered ceasefire in May 1994 froze the front line": the date
    is the clause's that bounds the main one ("A Russian-brokered ceasefire froze the front line"), not the killing's,
    which went on before it."""
    s = sentence.text
    rel = t.start - sentence.start
    bound = _BOUNDING_CLAUSE_BEFORE.search(s, max(0, rel - 120), rel)
    if bound is None or any(bound.start() <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    # (the clause it bounds has a verb of its own: not "…, and that a deal before the summit of 17-18 December remained
    # possible", a noun's "before")
    opening = max([dateline_end(s)] + [c.end() for c in re.finditer(r"[,;:]\s|\bthat\s", s[:bound.start()])])
    if not tells_a_doing(s[opening:bound.start()]):
        return None
    phrase_end = date_phrase_end(t, inside) - sentence.start
    rest = s[phrase_end:][:re.search(r"[,;:.!?]|$", s[phrase_end:]).start()]
    verb = re.match(rf"\s+(?:[a-z]+ly\s+)?(?:{PAST_VERB}|[a-z]{{3,}}ed)\b", rest)
    if verb is None or re.search(rf"(?<![\w-])(?:{PAST_VERB}|[a-z]{{3,}}ed)\b", bound["subject"]):
        # ("…before talks in May": a noun's date, no clause of its own; "…after his predecessor was removed over a brief
        # declaration of martial law last December": a noun's inside the clause, which its own rule tells)
        return None
    text = s[bound.start("subject"):phrase_end + len(rest)]
    part = Sentence(sentence.start + bound.start("subject"), sentence.start + bound.start("subject") + len(text), text)
    title = make_title(part, t, [o for o in inside if o is t or t.range_id is not None and o.range_id == t.range_id], gazetteer)
    return title if len(title.split()) >= 2 and tells_a_doing(title) else None


def _listed_places_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"There have been informal meetings, in Berlin in November 2019, in Geneva in April 2021 and in New York in
    October 2024": each date is of the clause before the list, at its own place ("…meetings in Geneva")."""
    s = sentence.text
    chain: list[tuple[Timex, re.Match[str]]] = []
    for o in sorted(inside, key=lambda o: o.start):
        item = _LISTED_PLACE_BEFORE_DATE.search(s, max(0, o.start - sentence.start - 60), o.start - sentence.start)
        if item is None:
            chain = []
            continue
        if chain and item.start() != date_phrase_end(chain[-1][0], inside) - sentence.start:
            if any(c is t for c, _ in chain):
                break
            chain = []
        chain.append((o, item))
    mine = next((item for o, item in chain if o is t), None)
    if mine is None or len(chain) < 2 or not chain[0][1].group().startswith(",") \
            and not (len(chain) >= 3 and chain[1][1].group().startswith(",")):
        # (without the comma the list is the verb's own: "met in Durban in July and in Washington in…"; but a list of
        # three set off by its commas is the verb's at each place: "seized power in Mali in 2020, in Burkina Faso in 2022
        # and in Niger in July 2023")
        return None
    lead = dateline_end(s)
    label = _ANSWER_LABEL.match(s, lead)  # (an interview's "A: ")
    lead = label.end() if label is not None else lead
    head = s[lead:chain[0][1].start()].strip(" ,")
    earlier = [o for o in inside if o.start - sentence.start < chain[0][1].start()]
    if len(earlier) == 1 and re.fullmatch(r"[\s,]*", s[earlier[0].end - sentence.start:chain[0][1].start()]):
        # ("Two informal meetings this year, in Geneva in March and in New York in July": the span the list tells of)
        head, earlier = s[lead:earlier[0].start - sentence.start].strip(" ,"), []
    # (…or names its happenings without a verb, as an answer may: "Two informal meetings this year, in Geneva…")
    if not head or not (tells_a_doing(head) or _HAPPENINGS_NAMED.fullmatch(_SPAN_AT_HEADS_END.sub("", head))) or earlier:
        return None
    head = _SPAN_AT_HEADS_END.sub("", head)  # (…when the span is told as no happening's date of its own)
    return finish_title(f"{head} {mine['prep']} {mine['place']}", gazetteer)


#: A vote planned for its date, inside another's phrase: "the winner of [general elections due on] April 12".
_VOTE_PLANNED_BEFORE = re.compile(r"\b(?:of|for|in|after|before|ahead\s+of)\s+(?:the\s+)?(?P<np>(?:(?:general|presidential|"
                                  r"parliamentary|legislative|local|national|municipal|regional|early|snap)\s+)?"
                                  r"(?:elections?|votes?|referendums?|polls|runoffs?))\s+(?P<plan>due|scheduled|planned|set|slated)"
                                  r"\s+(?:for|on|in)\s+(?:the\s+)?$")


def _vote_planned_inside(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Jerí will serve until July 28, when the winner of general elections due on April 12 is sworn in": April 12 is the
    elections' day ("General elections due"), whatever clause holds the phrase."""
    if len(inside) < 2:
        return None  # (one date: the sentence's own rules tell it)
    m = _VOTE_PLANNED_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    if m is None:
        return None
    return finish_title(f"{m['np'][:1].upper()}{m['np'][1:]} {m['plan']}", gazetteer)


#: A call for a gathering and what is called for, up to its own day: "called for [demonstrations across the country] on ",
#: "convocó a [manifestaciones en todo el país] para el próximo ", "a appelé à [une grève générale] le ".
_CALLED_FOR_BEFORE = re.compile(r"\b(?:called\s+for|urged|convened|summoned|convoc[óo]|convocaron|convocou|convocaram|"
                                r"a\s+appelé\s+à|ont\s+appelé\s+à|a\s+convoqué|ont\s+convoqué|ha\s+convocato|hanno\s+convocato|"
                                r"ha\s+indetto|hanno\s+indetto)\s+(?:(?:this|last|on)\s+[A-Za-z]+\s+|este\s+\w+\s+)?(?:(?:a|al|à)\s+)?"
                                r"(?P<np>(?:(?!on\b|for\b|para\b|pour\b|per\b)[^\s,;:()]+\s+){1,8}?)"
                                r"(?:on|for|para|pour|per)\s+(?:(?:el|le|il|la|o|a)\s+)?(?:(?:próximo|prochain|prossimo|próxima)\s+)?$")


#: An absolute "with" and the plan it adds, up to the plan's date: ", with [full trade] [to resume] ", ", with the first
#: releases to follow in ".
_WITH_PLAN_BEFORE = re.compile(r",\s+with\s+(?P<np>(?:the\s+|a\s+|an\s+)?[^,;:()]{3,60}?)\s+(?P<inf>to\s+(?:be\s+)?[a-z]{3,}"
                               # (the preposition before the date is none of the plan's: "with a governor [to be elected] on")
                               r"(?:\s+(?!(?:on|in|at|by|from|before|after)\s+(?:the\s+)?$)[^,;:()]{1,60}?)?)"
                               r"\s+(?:(?:on|in|at|by|from|before|after)\s+)?(?:the\s+)?$")


#: Who followed the main clause's doer, named with the date they did it, up to the date: ", followed by Spain in 2022 and
#: [France] in ".
_FOLLOWED_BY_DOER = re.compile(r",\s+followed\s+by\s+(?P<before>[^;:()]{0,80}?\s+(?:and\s+)?)?"
                               r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$")


#: A gathering's taking place, right after its subject: " took place in Oslo", " was held".
_TOOK_PLACE = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:took\s+place|was\s+held|were\s+held|met|convened|opened|was\s+hosted|were\s+hosted)\b")


def _followed_by_doer_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The United States recognised Moroccan sovereignty in December 2020, followed by Spain in 2022 and France in July
    2024": each one who followed, with its own date, did what the main clause's subject did ("Spain recognised Moroccan
    sovereignty")."""
    s = sentence.text
    m = _FOLLOWED_BY_DOER.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    first = next((o for o in inside if o.end - sentence.start <= m.start()), None) if m is not None else None
    # (who came between, each with its own date: "Spain in 2022 and")
    if first is None or m["before"] and not re.fullmatch(r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:in|on)\s+[^,;]{2,25}?"
                                                         r"(?:,\s+|\s+and\s+))*", m["before"]):
        return None
    lead = dateline_end(s)
    main = s[lead:first.end - sentence.start]
    subject = subject_of(main)
    if subject is None or not main.startswith(subject):
        return None
    predicate = remove_date_phrase(main, first.start - sentence.start - lead, first.end - sentence.start - lead)[len(subject):]
    if not tells_a_doing(f"It{predicate}") or _TOOK_PLACE.match(predicate):
        return None  # (a gathering's places are no doers: "The first conference took place in Oslo…, followed by Berlin")
    return finish_title(f"{m['name']}{predicate.rstrip(' ,.')}", gazetteer)


#: A passive "followed by" and the happening that followed, its own date between or inside: "[The elections in October
#: 2024] were followed [a month later] by [a decision to suspend talks on joining the European Union]".
_FOLLOWED_BY_THING = re.compile(r"\s+(?:was|were)\s+followed\s+(?P<when>[^,;()]{0,30}?\s+)?by\s+"
                                r"(?P<np>(?:the|a|an|its|their|[A-Z][\w'’.-]*['’]s)\s[^;()]{3,160}?)\s*[.;]?\s*$")


def _followed_by_thing_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The elections in October 2024 were followed a month later by a decision to suspend talks": each date is its own
    happening's, the first the subject's ("The elections"), the second what followed ("A decision to suspend talks"), not
    the whole sentence twice."""
    s = sentence.text
    lead = dateline_end(s)
    rel, end = t.start - sentence.start, t.end - sentence.start
    # (a bounded look, the sentence's end within reach: a sentence may list thousands of dates)
    m = _FOLLOWED_BY_THING.search(s, max(lead, rel - 300), len(s)) if len(s) - rel <= 300 else None
    if m is None or not any(o is not t and (o.start - sentence.start < m.start()) != (rel < m.start()) for o in inside):
        return None  # (one date only: the sentence's own title tells it)
    if end <= m.start():
        # (the subject up to its own aside: "Its victory in parliamentary elections in October 2024[, which the opposition
        # says was rigged,]")
        subject = re.split(r",\s+(?:which|who|whose)\s", s[lead:m.start()], maxsplit=1)[0]
        if not lead <= rel < lead + len(subject):
            return None
        told = remove_date_phrase(subject, rel - lead, end - lead)
    elif m.start("np") <= rel:
        told = remove_date_phrase(m["np"], rel - m.start("np"), end - m.start("np"))
    elif m["when"] and m.start("when") <= rel:
        told = m["np"]
    else:
        return None
    return finish_title(told[:1].upper() + told[1:], gazetteer)


#: A place closing the clause after the plan's date: " [in the capital].".
_PLACE_CLOSING_THE_PLAN = re.compile(r"\s+(?P<place>(?:in|at)\s+(?:the\s+)?[^,;:()]{2,40}?)(?=\s*(?:[.;:!?,]|$))")


def _with_plan_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Officials said the crossing would open only to pedestrians, with full trade to resume next Monday": the date is the
    plan's the absolute "with" adds, told as a headline tells a plan ("Full trade to resume")."""
    m = _WITH_PLAN_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    # (…or up to a place after the date: "with elections to be held on May 25 [in the capital]")
    place = _PLACE_CLOSING_THE_PLAN.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
    if m is None or VERB.search(m["np"]) \
            or not (place or PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start)) \
            or re.search(r"\b(?:due|set|expected|scheduled|slated|likely|about|going|poised)$", m["np"]):
        return None  # (what is due is told as due: "with the government's funding due to run out")
    np = m["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} {m['inf']}" + (f" {place['place']}" if place else ""), gazetteer)


#: A gathering convened, told in the perfect, up to the day it is called for: "has called [an emergency session of its
#: Peace and Security Council] for ".
_CONVENED_FOR = re.compile(r"\b(?:has|have)\s+(?:called|convened|scheduled|set|summoned)\s+(?P<np>(?:a|an|the)\s+[^,;:()]{3,80}?)"
                           r"\s+for\s+(?:next\s+|this\s+)?$")


#: A happening a day marks, with its own date after it: "[Ukraine] marks [its independence from the Soviet Union] in ".
_MARKED_HAPPENING = re.compile(r"(?:(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+)?(?:marks|marked|to\s+mark|marking|"
                               r"commemorates|commemorated|to\s+commemorate|celebrates|celebrated|to\s+celebrate)\s+"
                               r"(?P<np>(?:the|its|their|[A-Z][\w'’.-]*['’]s)\s+(?!anniversary\b)[^,;:()]{2,60}?)\s+(?:in|on)\s+$")


def _marked_happening_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…on Sunday, the day Ukraine marks its independence from the Soviet Union in 1991": the later date is the happening
    marked, not the day's ("Ukraine's independence from the Soviet Union")."""
    m = _MARKED_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or VERB.search(m["np"]) or not PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        return None
    np = m["np"]
    if re.match(r"(?:its|their)\s", np):
        if m["who"] is None:
            return None  # (whose it is, the text does not say here)
        np = f"{possessive(m['who'])} {np.split(None, 1)[1]}"
    return finish_title(np[:1].upper() + np[1:], gazetteer)


#: A sentence's opening subject, a happening's noun, up to its own date: "[A peace deal] in ".
_DATED_HAPPENING_SUBJECT = re.compile(r"(?P<np>(?:A|An|The|Its|Their)\s+(?:[\w.'’-]+\s+){0,3}?(?:deal|agreement|accord|treaty|truce|"
                                      r"ceasefire|summit|election|vote|referendum|coup|war|offensive|attack|visit|meeting|talks|"
                                      r"uprising|invasion|declaration))\s+(?:in|on)\s+(?:the\s+)?$")


def _dated_subject_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"A peace deal in July 2018 won Abiy Ahmed the Nobel Peace Prize the following year": the subject's own date, when a
    later one dates what it did, titles the subject."""
    later = next((o for o in inside if o.start > t.end), None)
    if later is None or re.search(r"[,;:]", sentence.text[t.end - sentence.start:later.start - sentence.start]):
        return None  # (the later date in the subject's own clause: not "An earlier truce in November 2023 lasted a week, and
        # a second, agreed on Jan. 15, 2025, collapsed")
    lead = dateline_end(sentence.text)
    m = _DATED_HAPPENING_SUBJECT.fullmatch(sentence.text, lead + len(sentence.text[lead:]) - len(sentence.text[lead:].lstrip()),
                                           t.start - sentence.start)
    if m is None or not re.match(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b",
                                 sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        return None
    return finish_title(m["np"], gazetteer)


#: A noun, then a relative clause of what someone said could become of it, up to the date: "[a referendum], which the
#: election commission said [could] [be held] in ".
_SAID_COULD_BE_DONE = re.compile(r"(?P<np>\b(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*),\s+which\s+[^,;:()]{2,60}?\s+"
                                 r"(?:said|says|expects|expected|believes|believed|hopes|hoped)\s+(?P<modal>could|would|will|might|"
                                 r"may|should)\s+(?P<rest>be\s+[a-z]{2,}(?:ed|en|ld|wn|ne|nt|ght)\b[^,;:()]{0,40}?)\s+"
                                 r"(?:(?:in|on|by|at|during|before)\s+)?(?:the\s+)?$")


def _said_could_be_done_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…approval in a referendum, which the election commission said could be held in the first half of 2027": what is
    said of the noun is its happening ("A referendum could be held")."""
    m = _SAID_COULD_BE_DONE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
    if m is None:
        return None
    return finish_title(f"{m['np'][:1].upper()}{m['np'][1:]} {m['modal']} {m['rest']}", gazetteer)


def _called_for_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The opposition on Wednesday called for demonstrations across the country on Jan. 10": the later day is what was
    called for ("Demonstrations across the country"), the call has its own day."""
    convened = _CONVENED_FOR.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if convened is not None and not VERB.search(convened["np"]):
        # "The African Union has called an emergency session of its Peace and Security Council for Thursday": a perfect's
        # day can only be what it called
        return finish_title(convened["np"][:1].upper() + convened["np"][1:], gazetteer)
    if len(inside) < 2:
        return None
    m = _CALLED_FOR_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or VERB.search(m["np"]):
        return None
    # (the call's own day right before or inside it, "on Wednesday called for", "convocó este miércoles a": not "…and called
    # for protests on Monday", whose Monday is the calling's)
    if not any(o is not t and (not sentence.text[o.end - sentence.start:m.start()].strip() and o.end - sentence.start <= m.start()
                               or m.start() <= o.start - sentence.start < m.start("np")) for o in inside):
        return None
    np = m["np"].strip()
    return finish_title(np[:1].upper() + np[1:], gazetteer)


#: A clause that says what happened at the date a "since" counts from: "…since 1978[, when Bolivia broke off relations]".
#: (…up to a phrase of the main clause after it: "…since December, when the government fell[, in exchange for] a zone")
_SINCE_DATE_WHEN = re.compile(r",\s+(?:when|lorsque|quand|cuando|quando)\s+(?P<clause>[^;,]{6,160}?)(?=\s*(?:;|\.\s*$|$|,\s+(?:and|but|which|who|after|before|"
                              r"in\s+exchange\s+for|in\s+return\s+for|while|amid|despite|although|though|according\s+to)\b))")


#: A participle after a noun, up to its own date: " signed in ", " signé en ", " firmado en ".
_PARTICIPLE_OF_OTHER_DATE = re.compile(r"\s+(?:[a-z]{3,}ed|signé(?:e|s|es)?|conclu(?:e|s|es)?|firmad[oa]s?|firmat[oa]|"
                                       r"unterzeichnet)\s+(?:in|on|en|el|le|nel|im|am)\s+(?:(?:el|le|la|the)\s+)?$")


def _since_when_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Bolivia and Chile agreed on Monday to exchange ambassadors for the first time since 1978, when Bolivia broke off
    relations": the bound a "since" counts from is told by its when-clause ("Bolivia broke off relations")."""
    s = sentence.text
    # (…and the other languages': "depuis janvier 2024, lorsque la junte a mis fin…", "desde enero de 2024, cuando…")
    if not re.search(r"\b(?:since\s+(?:the\s+)?(?:(?:early|mid|late)[-\s]+)?|depuis\s+(?:le\s+|l['’])?|desde\s+(?:el\s+)?|"
                     r"dal(?:l['’])?\s*|da\s+)$", s[max(0, t.start - sentence.start - 20):t.start - sentence.start]):
        return None
    m = _SINCE_DATE_WHEN.match(s, date_phrase_end(t, inside) - sentence.start)
    if m is None:
        return None
    clause = m["clause"]
    other = next((o for o in inside if m.start("clause") <= o.start - sentence.start < m.end("clause")), None)
    if other is not None:
        # (…its object's participle with a date of its own goes: "lorsque la junte a mis fin à l'accord d'Alger [signé en
        # 2015 avec les groupes armés]", "when the junta ended the Algiers accord [signed in 2015]")
        dated = _PARTICIPLE_OF_OTHER_DATE.search(s, m.start("clause"), other.start - sentence.start)
        # (not a time clause's own verb: "when Ukraine ended the transit after a five-year contract [expired] on Dec. 31")
        if dated is None or re.search(r"\b(?:after|before|until|since|as|because|while|once|when|lorsque|après|avant|"
                                      r"después|antes|cuando)\b", s[m.start("clause"):dated.start()]):
            return None
        clause = s[m.start("clause"):dated.start()]
    clause = clause[:1].upper() + clause[1:]
    if not is_own_clause(clause) or not tells_a_doing(clause):
        return None
    return finish_title(pronoun_as_subject(clause, s), gazetteer)


#: A name of up to four words set off by commas: ", Rodrigo Paz, ".


#: A gathering right before its date, in a clause of its own: "[that EU leaders hope to take] at their summit on ".
_GATHERING_ON_DATE = re.compile(r"\b(?:at|during)\s+(?P<det>their|its|the|a)\s+(?P<noun>(?:[\w-]+\s+){0,2}?(?:summit|meeting|session|"
                                r"conference|congress))\s+(?:on|in|at)\s+(?:the\s+)?$")
#: Who gathers, named before it as a plural of people: "[EU leaders] hope to…".
_GATHERERS = re.compile(r"\b(?P<who>(?:[A-Z][\w.-]*\s+){1,2}(?:leaders|ministers|heads\s+of\s+state|lawmakers|delegates))\b")


def _gathering_of_a_clause(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The ministers will hear from Kyiv tonight, ahead of a decision on a loan that EU leaders hope to take at their
    summit on Dec. 18-19": a gathering dated inside a clause that is not the main one is the date's happening ("EU
    leaders' summit"), not the main clause, which tells of another day."""
    s = sentence.text
    m = _GATHERING_ON_DATE.search(s, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    clause = list(re.finditer(r"\b(?:that|which)\s+(?:[A-Z][\w.-]*\s+)*[a-z]+\s+[a-z]+", s[:m.start()])) if m else []
    # (only where the main clause has a day of its own: "…due to hear from Kyiv tonight, ahead of … at their summit")
    if not clause or not any(o.end - sentence.start <= clause[-1].start() for o in inside if o is not t):
        return None
    who = list(_GATHERERS.finditer(s, 0, m.start())) if m["det"] in ("their", "its") else []
    title = f"{possessive(who[-1]['who'])} {m['noun']}" if who else f"The {m['noun']}"
    return finish_title(title, gazetteer)


#: A vote or gathering approved to be held, right before its date: "approved holding [a referendum on a new constitution] on ".
_HOLDING_APPROVED = re.compile(r"\b(?:approved|backed|endorsed|proposed|called\s+for|agreed\s+on|voted\s+for)\s+holding\s+"
                               r"(?P<np>(?:a|an|the|new|early|snap)\s+[^,;:()]{2,80}?)\s+(?:on|in|for)\s+(?:the\s+)?$")


def _approved_holding(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"Parliament on Monday approved holding a referendum on a new constitution on June 7, 2027": the date is the
    referendum's, titled as the thing to be held ("A referendum on a new constitution"), not the approving."""
    m = _HOLDING_APPROVED.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None:
        return None
    np = m["np"]
    return finish_title(np[:1].upper() + np[1:], gazetteer)


#: What a document does when it is read: "said", "urged", "found", "shows".
_DOCUMENT_SAYS = re.compile(r"(?:said|says|urged|urges|found|finds|showed|shows|warned|warns|called|calls|stated|states|concluded|"
                            r"recommended|recommends|noted|notes|argued|argues|accused|accuses|estimated|estimates|described|"
                            r"describes|reported|reports|claimed|claims|demanded|demands|proposed|proposes)")


def _subject_participle_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"A 20-point draft drawn up by negotiators in Geneva last weekend builds on an older plan": the date of a participle
    that qualifies the sentence's subject, the main verb right after it, is the participle's ("A 20-point draft was drawn
    up by negotiators in Geneva"), not the main clause's."""
    s = sentence.text
    # (…or the subject of a clause after a semicolon: "…; the peace accord signed in Moscow five years later bore…")
    semicolon = s.rfind("; ", dateline_end(s), t.start - sentence.start)
    m = _OPENING_SUBJECT_PARTICIPLE.fullmatch(s, semicolon + 2 if semicolon >= 0 else dateline_end(s), t.start - sentence.start)
    after = date_phrase_end(t, inside) - sentence.start
    if m is not None and m["lead"] and s[after:after + 1] == ",":
        after += 1  # (the appositive closes with its comma before the main verb)
    main = _MAIN_VERB_NEXT.match(s, after) if m is not None and (m["lead"] or m["np"][:1].isupper() or semicolon >= 0) \
        else None
    if main is not None and _DOCUMENT_SAYS.match(main.group().split()[-1]):
        return None  # ("A report published on 20 November said…": a document's date is its saying's)
    if m is None or main is None \
            or VERB.search(m["rest"]) or re.search(r"\b(?:that|which|who|whom|whose|but)\b", m["rest"] + " " + m["np"]) \
            or any(m.start() <= o.start - sentence.start and o.end <= t.start for o in inside if o is not t):
        return None  # (a date before it is the first clause's: "The neighbours fought a war in 2020 and an offensive in…")
    np = m["np"][:1].upper() + m["np"][1:]
    return finish_title(f"{np} {be_for(np)} {m['part']}{m['rest']}", gazetteer)


#: A sentence's subject and a relative clause about it without "that", up to the clause's date: "[The law] [the cabinet]
#: [sent] [to parliament] in", "[The designation] [we] [announced] on".
_SUBJECT_WITH_ZERO_RELATIVE = re.compile(
    # (its last word no preposition, whose object the next noun is: "The text of [the agreement] signed in 2020")
    # (…nor a saying and its "that": "The minister told reporters that [the peace treaty] initialled…")
    # (…nor a past of its own: "The truce [came after] the fighting that began…")
    rf"\s*(?P<np>(?:The|A|An|Its|Their)\s+(?:(?!(?:that|which|who|said|told|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)"
    r"[a-z][\w-]*\s+){0,3}?"
    # (…nor a saying: "[The envoy said] the plan she outlined…")
    r"(?!(?:of|in|on|at|for|with|to|from|by|about|over|that|which|who|after|before|since|until|said|says|told)\b)[a-z][\w-]*)\s+"
    r"(?P<doer>the\s+(?:[a-z][\w-]*\s+)?(?!(?:that|which|who)\b)[a-z][\w-]*|we|they|he|she|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
    rf"(?P<verb>(?:had\s+|has\s+|have\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS - {'said', 'told'})}))"
    r"(?P<rest>\s+(?:to|with|for|into|against)\s+[^,;]{1,40}?)?\s+(?:(?:on|in|at|during|last|this)\s+)?(?:the\s+)?$")
#: A quotation's speaker and the relative clause about them, up to a date in it: '…," said [a Western diplomat] who
#: [attended the] (2023 talks)'.
_SPEAKER_WHO = re.compile(r"[,?!][\"”]\s*(?:said|says|according\s+to)\s+(?P<np>(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)"
                          r"\s+who\s+(?P<rest>[^,;.\"“”]*)$")
#: A gathering a doing waits for, right before the gathering's date: "after [a constitutional referendum] (next June)",
#: "ahead of [the summit] (in March)", "prepared for [a third round of talks in Geneva] (next week)".
_GATHERING_AWAITED = re.compile(r"\b(?:after|before|ahead\s+of|until|pending|prepar(?:ed|es|e|ing)\s+for|ready\s+for)\s+"
                                r"(?P<np>(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}"
                                r"(?:referendum|elections?|vote|polls|run-?off|summit|conference|congress|plebiscite|"
                                r"round(?:\s+of\s+talks)?|talks|negotiations|consultations)"
                                # (…or talks, bare, a word of how they went maybe quoted: 'after "constructive" talks today')
                                r"|(?:[\"“]?(?-i:[a-z][a-z-]+)[\"”]?\s+)?(?:talks|negotiations|consultations))"
                                # (…and where it is to be: "a third round of talks in Geneva")
                                r"(?:\s+in\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)?)\s+(?:(?:in|on|at)\s+)?$", re.I)
#: A title that tells only that its noun happened: "The station canopy happened exactly".
_NOUN_HAPPENED = re.compile(r"(?P<np>.+?)\s+(?:happened|occurred|took\s+place)(?:\s+(?:exactly|precisely|just|only|nearly|almost))?")
#: A short subject and the aside set off after it, before the main verb: "The meeting[, held under … ceasefire,] lasted".
_SUBJECT_ASIDE_AROUND = re.compile(r"(?:The|A|An|Its|Their)\s+[^,;]{1,50},\s+(?P<aside>[^,;]{3,160}),\s+(?=[a-z])")
#: A perfect that has lasted up to now: "have rallied almost nightly", "has remained closed".
_LASTING_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been|[a-z]{3,}ed|[a-z]+en|kept|held|stood|fought|run)\b[^,;]*$")


#: A German main clause joined by a comma alone, its subject then its finite verb: ", es soll", ", die Regierung will".
_GERMAN_COMMA_CLAUSE = re.compile(r",\s+(?=(?:es|er|sie|wir|man|(?:der|die|das|den)\s+[A-ZÄÖÜ][\wäöüß-]+)\s+"
                                  r"(?:soll|sollen|wird|werden|will|wollen|muss|müssen|kann|können|hat|haben|ist|sind|war|waren|"
                                  r"hatte|hatten|wurde|wurden)\b)")


#: A German neuter noun with its article: "das Gesetz".
_GERMAN_NEUTER_NOUN = re.compile(r"\b[Dd]as\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)")


#: A German relative clause of a plan, up to its date and from it: "Proteste[, die für den ]6. Dezember[ geplant seien]".
_GERMAN_PLAN_RELATIVE_BEFORE = re.compile(r"(?P<np>[A-ZÄÖÜ][\wäöüß-]+),\s+(?:die|der|das)\s+"
                                          r"(?:für|auf)\s+(?:den\s+|das\s+)?$")
_GERMAN_PLAN_RELATIVE_AFTER = re.compile(r"\s+(?P<plan>geplant|angesetzt|vorgesehen|angekündigt|anberaumt)\s+"
                                         r"(?:ist|sind|sei|seien|war|waren|wurde|wurden|gewesen)\b")


#: A German relative clause of a gathering held on its date, up to the date and from it: "des Gipfels in Ankara, der am
#: [7. und 8. Juli 2027] stattfinden soll".
_GERMAN_HELD_RELATIVE_BEFORE = re.compile(r"(?:\b(?P<art>des|dem|den|der|die|das)\s+)?(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)"
                                          r"(?P<place>\s+(?:in|im|von)\s+[A-ZÄÖÜ][\wäöüß-]+)?"
                                          # (the main clause's verb may close it first: "…des Gipfels in Ankara verständigt, der")
                                          r"(?:\s+[a-zäöüß]{3,}){0,2},\s+(?P<rel>der|die|das)\s+"
                                          r"(?:(?:am|im|vom|ab|bis)\s+)?$")
_GERMAN_HELD_RELATIVE_AFTER = re.compile(r"\s+(?:(?P<verb>stattfinden|beginnen|enden|tagen|zusammenkommen)\s+(?P<modal>soll|sollen|wird|werden)"
                                         r"|(?P<present>stattfindet|stattfinden|beginnt|beginnen|endet|enden|tagt))\b")
_GERMAN_MAIN_PRESENT = {"stattfindet": "findet statt", "stattfinden": "finden statt"}


def _german_held_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…die Vorbereitung des Gipfels in Ankara, der am 7. und 8. Juli 2027 stattfinden soll": "Der Gipfel in Ankara soll
    stattfinden" (the relative's noun, told in the nominative its pronoun names, is what happens then)."""
    s = sentence.text
    start = t.start - sentence.start
    held = _GERMAN_HELD_RELATIVE_BEFORE.search(s, max(0, start - 80), start)
    end = max([o.end for o in inside if t.range_id is not None and o.range_id == t.range_id] + [t.end]) - sentence.start
    after = _GERMAN_HELD_RELATIVE_AFTER.match(s, end) if held is not None else None
    if after is None:
        return None
    noun = held["noun"]
    if held["art"] == "des" and held["rel"] != "die" and re.search(r"[^s]e?s$", noun):
        noun = noun[:-2] if noun.endswith("es") and len(noun) > 5 else noun[:-1]  # ("des Gipfels": der Gipfel)
    verb = f"{after['modal']} {after['verb']}" if after["verb"] else _GERMAN_MAIN_PRESENT.get(after["present"], after["present"])
    return f"{held['rel'].capitalize()} {noun}{held['place'] or ''} {verb}"


#: A German finite past right after a comma, opening a second predicate of the same subject: ", scheiterte aber".
_GERMAN_SHARED_SUBJECT_VERB = re.compile(r",\s+(?P<verb>[a-zäöüß]{3,}(?:te|ten)|kam|kamen|ging|gingen|fiel|fielen|trat|traten|"
                                         r"brach|brachen|begann|begannen|ließ|hielt|blieb|lag|stand|nahm|gab|zog|wurde|"
                                         r"wurden)\s+(?:(?:aber|jedoch|dann|später|zudem|dennoch|allerdings)\s+)?"
                                         r"(?!(?:er|sie|es|wir|man|der|die|das)\b)")
#: A German sentence's opening subject up to its finite verb: "[Das Gesetz] war".
_GERMAN_OPENING_SUBJECT = re.compile(r"(?P<np>(?:Der|Die|Das|Ein|Eine)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*"
                                     r"(?:\s+(?:der|des)\s+[A-ZÄÖÜ][\wäöüß-]*)?)\s+(?:war|waren|ist|sind|hat|haben|hatte|hatten|"
                                     r"wurde|wurden|[a-zäöüß]{3,}(?:te|ten))\b")


#: A pronoun that stands again for the noun a date was of, with the next date: " y el de", " puis celui de", " e quello di".
_THE_ONE_OF_THE_NEXT_DATE = re.compile(r",?\s+(?:y|e|et|o|ou|puis|poi)\s+(?:de\s+)?(?:el|la|los|las|celui|celle|ceux|celles|quello|quella|"
                                       r"aquele|aquela|o|a)\s+(?:de|del|di|d['’]|do|da)\b")


#: A German infinitive clause with "zu", to its end: ", die Beitrittsgespräche mit der EU auszusetzen".
_GERMAN_ZU_CLAUSE = re.compile(r",\s+(?P<clause>[^,;.:]{3,120}?\s(?:[a-zäöüß]+zu[a-zäöüß]{3,}en|zu\s+[a-zäöüß]{3,}en))(?=\s*(?:[,;.:]|$))")
def _german_comma_clause(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Der Bundestag soll das Gesetz vor Weihnachten verabschieden, es soll am 1. Januar in Kraft treten": a German
    main clause joined on by a comma alone, which holds the date, is that date's happening."""
    s = sentence.text
    start = t.start - sentence.start
    held = _german_held_relative(sentence, t, inside)
    if held is not None:
        return finish_title(held, gazetteer)
    planned = _GERMAN_PLAN_RELATIVE_BEFORE.search(s, max(0, start - 80), start)
    after = _GERMAN_PLAN_RELATIVE_AFTER.match(s, t.end - sentence.start) if planned is not None else None
    if after is not None:  # "Moskau finanziere Proteste, die für den 6. Dezember geplant seien": "Proteste geplant"
        return finish_title(f"{planned['np'][:1].upper()}{planned['np'][1:]} {after['plan']}", gazetteer)
    shared = _GERMAN_SHARED_SUBJECT_VERB.search(s, max(0, start - 200), start)
    subject = _GERMAN_OPENING_SUBJECT.match(s, dateline_end(s)) if shared is not None else None
    if subject is not None and "," not in s[shared.end():start] and len(set(GERMAN_WORD.findall(s.lower()))) >= 2 \
            and subject.end() <= shared.start():
        # "Das Gesetz war … vorgesehen, scheiterte aber im vergangenen Jahr am Streit…": a second finite verb after the
        # comma shares the sentence's subject ("Das Gesetz scheiterte am Streit…")
        clause = clause_to_its_end(sentence, shared.start("verb"), t)
        told = make_title(clause, t, [o for o in inside if clause.start <= o.start and o.end <= clause.end], gazetteer)
        told = re.sub(r"^(\S+)\s+(?:aber|jedoch|dann|später|zudem|dennoch|allerdings)\b", r"\1", told)
        return f"{subject['np']} {told[:1].lower()}{told[1:]}" if len(told.split()) >= 2 else None
    joins = list(_GERMAN_COMMA_CLAUSE.finditer(s, max(0, start - 200), start))  # (a bounded look, not a pass per date)
    if not joins or "," in s[joins[-1].end():start] or len(set(GERMAN_WORD.findall(s.lower()))) < 2:
        return None
    clause = clause_to_its_end(sentence, joins[-1].end(), t)
    title = make_title(clause, t, [o for o in inside if clause.start <= o.start and o.end <= clause.end], gazetteer)
    # ("…das Gesetz … verabschieden, es soll … in Kraft treten": "es" is the neuter noun the first clause named)
    neuter = list(_GERMAN_NEUTER_NOUN.finditer(s, 0, joins[-1].start()))
    if title.startswith("Es ") and neuter:
        title = f"Das {neuter[-1]['noun']}{title[2:]}"
    return title if len(title.split()) >= 2 else None


#: The opening of a subject that comes after or follows a happening (an entry's bullet may come first): "The visit ".
# (…or "It" or "This" alone, right before its coming: "[It ]follows", "[This ]came")
_SUBJECT_THAT_COMES = r"(?:[-•*–]\s+)?(?:(?:It|This)\s+(?=(?:follows|followed|comes|came)\s)|(?:The|This|That|Its|His|Her|Their)\s+)"
#: A sentence that hangs its subject on an earlier happening, the date's: "The visit follows [a meeting of the
#: Quad in London] on", "The move came after [talks in Geneva]", "It follows [the death of a soldier] on".
_FOLLOWS_HAPPENING = re.compile(_SUBJECT_THAT_COMES +
                                # (an aside about the subject may stand between: "The deal, reached after weeks of talks,
                                # follows the fall of…")
                                r"(?:(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?[\w-]+,\s+[^,;]{1,90},\s+)(?:follows?|followed|comes?|came)\s+"
                                r"(?:after\s+|on\s+the\s+heels\s+of\s+|days\s+after\s+|weeks\s+after\s+)?"
                                r"(?P<np>(?:(?:a|an|the)\s+|[A-Z][\w'’.-]*\s+)[^,;:()\"“”]{2,100}?)\s+(?:on|in|at|during)?\s*$")
#: …or a relative clause that hangs its noun on one: ", which follow [a first round in Geneva] ", "conferences that followed
#: [the bloc's decision in principle] " (with no comma, after a date of the main clause's).
_WHICH_FOLLOWS_HAPPENING = re.compile(r"(?:(?P<comma>,)\s+(?:which|that)|(?<=[a-z])\s+that)\s+(?:follows?|followed|comes?|came)\s+"
                                      r"(?:after\s+|on\s+the\s+heels\s+of\s+)?"
                                      r"(?P<np>(?:a|an|the)\s+[^,;:()\"“”]{2,100}?)\s+(?:on|in|at|during)?\s*$")
#: A ranking counted since a clause: "the fourth swap since ", "their first meeting since ".
_RANKED_SINCE_CLAUSE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|"
                                  r"only|biggest|largest|deadliest|worst|highest|lowest)\b[^,;:.]{0,60}?\bsince\s+(?=\S+\s+\S)")
#: A past anywhere in a clause: "talks in Istanbul [ended] without progress".
_PAST_IN_CLAUSE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")
#: A subject that only comes after (or before) a clause of its own: "The attack came after ", "The vote comes days before ".
#: "and" with an aside set off after it, then a clause with its own subject and verb: " and, within a week, a new text had
#: been drafted".
_AND_ASIDE_THEN_CLAUSE = re.compile(r"\s+and,\s+[^,;]{2,40},\s+(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][a-z]+)\s+(?:[\w'’-]+\s+){0,4}?"
                                    r"(?:had|has|have|was|were|is|are|will|would|[a-z]{3,}ed)\b)")
#: A relative clause with a verb of its own, up to the date it holds: " that ended with a statement on".
_RELATIVE_UP_TO_DATE = re.compile(rf"\s+(?:that|which|who)\s+(?:[a-z]+\s+){{0,2}}?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b"
                                  r"[^,;:()]*$")
#: A predicate joined on after an aside of its own: " and[, for six weeks in the autumn of 2020,] became".
_AND_DATED_ASIDE_THEN_PREDICATE = re.compile(rf"\s+and,\s+(?P<aside>[^,;]{{2,60}}),\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|"
                                             rf"{words_pattern(PLAIN_PASTS)})\b)")
#: An aside's closing comma and the main verb back after it: ", would take effect", ", was signed".
_MAIN_VERB_BACK_AFTER_ASIDE = re.compile(r",\s+(?=(?:would|will|could|should|may|might|must|was|were|is|are|has|have|had)\s)")
#: A noun phrase set off after a subject and still open: "that the measures, its first major sanctions on Russia".
_APPOSITIVE_OPEN = re.compile(r"\b(?:the|its|their|a|an)\s+[\w-]+,\s+(?:its|their|his|her|the|a|an)\s+[^,;()]{3,80}$")
#: A second time clause joined on to the first: " and two weeks after ", ", and before ".
_JOINED_TIME_CLAUSE = re.compile(r",?\s+and\s+(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|a\s+few)"
                                 r"\s+(?:days?|weeks?|months?|years?)\s+)?(?:after|before|since)\s+")
_CAME_AFTER_CLAUSE = re.compile(_SUBJECT_THAT_COMES
                                # (an aside about the subject may stand between: "The agreement, signed by Grossi, comes…")
                                + r"(?:(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?[\w-]+,\s+[^,;]{1,160},\s+)(?:came|comes|followed|follows)\s+"
                                # ("The visit came days after…", "comes nearly three months after")
                                r"(?:(?:nearly|almost|about|roughly|more\s+than|less\s+than|some|barely)\s+)?"
                                r"(?:(?:just|shortly|only|soon|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                                r"twelve|\d+|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?)|"
                                r"(?:hours|days|weeks|months|years))\s+)?"
                                r"(?:after|before|as)\s+(?=(?:the\s+)?[\w'’.-]+\s)")  # ("…after U.S. envoy…")
#: A noun phrase then "and" and a verb with no subject of its own: "the war [and] is expected in Washington".
_AND_SECOND_PREDICATE = re.compile(r"[^,;]{2,80}?\s(?P<and>and|but)\s+(?:(?:also|then|now)\s+)?(?:is|are|was|were|has|have|had|"
                                   r"will|would|could|can|may|might|must|should)\b")
#: The subject's second predicate joined on after a comma: ", and had promised", ", and later signed".
_AND_DATED_PREDICATE = re.compile(r",\s+and\s+(?:(?:also|then|later)\s+)?(?:had|has|have|was|were|[a-z]{3,}ed)\s+(?:[a-z]{3,}\b)?")
#: A year or a month's name and its day or year: what a date is written with.
_DATE_WORDS = re.compile(r"\b(?:1[89]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|"
                         r"November|December)\s+\d")
#: A time conjunction right before a date: "after [Tuesday's talks…]".
_CONJUNCTION_RIGHT_BEFORE = re.compile(r"\b(?:after|before|when|as|since|until|once)\s+$", re.I)
#: A date's possessive heading a clause's subject, and the clause: "['s] talks in Geneva ended without agreement".
_OWNED_SUBJECT_CLAUSE = re.compile(r"['’]s\s+(?P<rest>[a-z][\w-]*\s+(?:[\w'’.-]+\s+){0,5}?(?:[a-z]+ly\s+)?"
                                   rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|began|broke|fell)\b[^,;:]{{0,80}})")
#: A happening a closing "with" adds, its date after it: ", with a runoff for mayors, if needed, [two weeks later]".
_WITH_HAPPENING = re.compile(r",\s+(?:and\s+)?with\s+(?P<np>(?:(?:first|final|preliminary|official)\s+)?results|"
                             r"(?:a|an|the|its|their|another)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:runoff|run-off|second\s+round|vote|ballot|referendum|meeting|summit|round|session|visit|"
                             r"ceremony|signing|deadline|review|handover|withdrawal|exchange|release|election|talks|"
                             r"ruling|verdict|judgment|judgement|decision)"
                             r"(?:\s+(?:of|for|on|in|between)\s+[^,;:()]{2,60}?)?)"
                             r"(?:,\s*(?:if|when|where)\s+(?:needed|necessary|required|any)\s*,?)?"
                             # (…or set for it: ", with a summit pencilled in for [the spring]")
                             r"(?:\s+(?P<plan>planned|scheduled|set|slated|pencilled\s+in|penciled\s+in|expected|due|likely|"
                             r"possible|unlikely\s+before)"
                             r"(?=\s+(?:for|on|in)\s))?"
                             r"\s+(?:(?:on|in|at|by|from|for)\s+)?(?:the\s+)?$")
#: …and in the other languages we read: ", con una eventual segunda vuelta [el 21 de junio]", ", avec un second tour [le…]",
#: ", mit einer möglichen Stichwahl [am…]".
_FOREIGN_WITH_HAPPENING = re.compile(
    r",\s+(?:y\s+|et\s+|e\s+|und\s+)?(?:con|avec|com|mit)\s+(?P<np>(?:una|un|la|el|une|le|l['’]|um|uma|o|a|einer|einem|der|dem|"
    r"eine|ein|il|lo)\s+(?:[^\W\d_]+\s+){0,3}?(?:segunda\s+vuelta|second\s+tour|secondo\s+turno|ballottaggio|segunda\s+volta|"
    r"segundo\s+turno|Stichwahl|votación|scrutin|votação|Abstimmung|cumbre|sommet|vertice|cimeira|cúpula|Gipfel|reunión|"
    r"réunion|riunione|reunião|Treffen|referéndum|référendum|referendo|referendum|ceremonia|cérémonie|cerimonia|cerimónia))"
    r"\s+(?:(?:el|en|para|le|au|il|nel|a|em|no|na|am|im)\s+)?$", re.IGNORECASE)
#: A closing "with" that tells what is due or expected to happen on the date after it, or set for it: ", with the
#: government's funding due to run out on ", ", with a runoff planned for ".
_WITH_DUE_TO = re.compile(r",\s+(?:and\s+)?with\s+(?P<np>(?:the|a|an|its|their|[A-Z][\w'’-]*['’]s)\s+[^,;:()]{2,50}?|"
                          # (…or a bare plural set for its day: ", with elections set for March 5")
                          r"(?:[a-z]+\s+)?[a-z]{3,}(?<!s)s)\s+"
                          r"(?P<due>(?:due|expected|set|scheduled|slated)\s+to\s+[a-z]{2,}(?:\s+(?:out|off|up|down|in|over))?"
                          r"|(?:set|scheduled|planned|slated)(?=\s+for\s))"
                          r"\s+(?:on|in|at|by|from|for)\s+(?:the\s+)?$")
#: A thing whose day a relative clause gives: "the 61st anniversary of the normalisation of ties, which falls on".
_FALLS_ON = re.compile(r"\b(?P<np>(?:the|its|their|this|next|a)\s+[^,;:()]{3,100}?),?\s+(?:which|that)\s+"
                       r"(?:(?:falls|fell|will\s+fall|is\s+marked|was\s+marked|is\s+celebrated|is\s+observed)\s+(?:on|in)"
                       r"|(?:is|was)\s+(?:due|set|scheduled)\s+(?:for|on))\s+(?:the\s+)?$")
#: Where the happening a date names took place, right after the date: "the incident of 18 November [at the
#: Varnita checkpoint]".
_PLACE_AFTER_DATE = re.compile(r"\s+(?P<place>(?:at|in|near|outside)\s+(?:the\s+)?[A-Z][^,;.:()]{0,50}?)(?=\s*(?:[,;.:()]|$|\s+(?:and|which|that|when)\b))")
#: …unless the phrase is the sentence's subject and its verb follows: "The events of March 2014 changed…" is
#: the sentence's own happening, told by its verb.
#: A passive right after a date that closes a sentence's subject: "[The election of July 28, 2024] was won by".
_PASSIVE_AFTER_DATE = re.compile(r"\s*,?\s*(?:was|were)\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|won|held|lost|fought|run|seen)\b")
_HAPPENING_OF_DATE_IS_SUBJECT = re.compile(r"\s*,?\s*(?!were\b|was\b)(?:[a-z]{3,}ed|[a-z]{3,}s)\b")
#: A possessive date's noun, up to a comma, a preposition or the clause's end: "Monday's [agreement]".
_POSSESSIVE_DATE_NOUN = re.compile(r"['’]s\s+(?P<np>"
                                   # (two adjectives of one noun: "Sunday's presidential and legislative elections")
                                   r"(?:[a-z][\w-]*(?:al|ary|ic|ive|ian)\s+(?:and|or)\s+)?"
                                   r"(?:(?!(?:and|or|to|of|in|on|at|by|for|with|was|were|is|are|has|had|"
                                   # (an abbreviated name among its words: "next year's U.N. climate summit")
                                   r"have|will|would)\b)(?:[a-z][\w-]*|(?:[A-Z]\.){2,}|[A-Z]{2,})\s+){0,3}?[a-z][\w-]*)"
                                   r"(?=\s*[,;.]|\s*$|\s+(?:in|at|on|of|by|between|with|and|was|were|is|are|has|had|will)\b)")
#: A verb that answers a happening, right before the possessive date that names it: "condemned [Monday's] attack".
_ANSWERING_VERB_BEFORE = re.compile(r"\b(?:condemn|denounc|reject|welcom|prais|criticis|criticiz|challeng|appeal|review|"
                                    r"investigat|mourn|blam|decr[iy]|deplor|disput|question|hail|protest|overturn|uph[oe]ld|"
                                    r"(?:respond|react)\w*\s+to|claim\w*\s+responsibility\s+for)\w*\s+(?:against\s+)?$")
#: A verb of taking a vote for valid or not, right before its possessive date: "recognise [last October's] vote".
_RECOGNISED_BEFORE = re.compile(r"\b(?:recogni[sz]e|recogni[sz]ed|accept|accepted|annul|annulled|contest|contested)\s+$")
#: A vote named by a possessive date: "['s] parliamentary vote", "['s] presidential election".
_VOTE_OWNED = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:vote|election|elections|polls|referendum|ballot|results?)\b")
#: A preposition opening the sentence right before a possessive date: "Under [Monday's] agreement, …".
_PREPOSITION_BEFORE_DATE = re.compile(r"\s*(?:[Aa]fter|[Uu]nder|[Ff]ollowing|[Ss]ince|[Dd]espite|[Bb]efore|[Aa]head\s+of|"
                                      r"[Dd]uring|[Aa]mid|[Ii]n|[Aa]t|[Ff]rom|[Oo]ver|[Aa]gainst|[Aa]bout|[Oo]n)\s+$")
#: What an anniversary remembers, and the year it happened: "the anniversary of [the launch of the
#: Hwasong-15] in 2017" (a day without its year is the day the anniversary is marked).
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?P<np>[^,;:()]{3,110}?)\s+"
                             r"(?:in|on|of)\s+(?:the\s+)?$")
#: A noun and the participle of what was done to it, then the rest of its phrase: "[peace agreement] [signed] [in Brasilia]".
_NOUN_THEN_ITS_PARTICIPLE = re.compile(rf"(?P<noun>(?:[\w'’-]+\s+){{0,3}}?[a-z][\w-]*)\s+(?P<part>(?!(?:of|in|on|by)\b)"
                                       rf"[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b(?P<rest>(?:\s+(?:in|at|by|between)\s+[^,;:()]+)?)$")
#: An anniversary to come, right before its date: "mark [the 75th anniversary of the start of the war] next June".
_ANNIVERSARY_TO_COME = re.compile(r"\b(?P<np>(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+anniversary\s+of\s+"
                                  r"[^,;:()]{3,100}?)\s+(?:in\s+|on\s+)?$")
#: A year written in digits.
_WRITTEN_YEAR_IN = re.compile(r"\b\d{4}\b")
_HELD_OF_GATHERING = re.compile(r"\b(?:of|from|in)\s+(?P<gathering>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                                rf"(?:{HELD_GATHERING}))$")


#: A thing and what it goes back to, right before its date: "a dispute that dates back to the ", "a rivalry dating back to ".
# (…with what it is between or over: "a territorial dispute between Guatemala and Belize that dates back to the")
_DATES_BACK_TO = re.compile(r"(?P<np>\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*"
                            r"(?:\s+(?:between|over|with)\s+[^,;:()]{2,50}?)?)"
                            # (…or "from": "The dispute, dating from ")
                            r"(?:(?:,?\s+(?:that|which)\s+(?:dates|dated)|,?\s+dating)\s+(?:(?:back\s+)?to|from)"
                            r"|(?:,?\s+(?:that|which)\s+(?:goes|went|traces|traced)|,?\s+(?:going|tracing))\s+back\s+to)"
                            r"\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$")
#: What is signed rather than begun, among the things that date to a year: "a mutual defense treaty dating to 1951".
_SIGNED_THING = re.compile(r"\b(?:treat(?:y|ies)|pacts?|accords?|agreements?|conventions?|charters?|armistices?)\b")
#: A decision and the infinitive it decided on: "agreed on Wednesday to resume the dialogue [next month]".
_DECIDED_TO = re.compile(r"\b(?:agreed|decided|voted|pledged|promised|vowed|resolved|undertook)\s+"
                         r"(?:[^,;:()]{0,40}?\s)?to\s+(?P<verb>(?!be\b|a\b|an\b|the\b)[a-z]{2,})\b")


def _decided_infinitive_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Negotiators agreed on Wednesday to resume the dialogue next month": the later date is the
    dialogue's, told as what was decided ("Negotiators to resume the dialogue": the decision says
    nothing of whether it was done)."""
    s = sentence.text
    start = t.start - sentence.start
    decided = next(reversed(list(_DECIDED_TO.finditer(s, max(0, start - 160), start))), None)  # the nearest
    # (the "and" of two names is no clause's: "…to open the first cluster with Ukraine and Moldova at a conference next week")
    if decided is None or re.search(r"[,;:()]|\b(?:that|which|who|and|but|after|before|when|while)\b",
                                    re.sub(r"\b([A-Z][\w'’.-]*)\s+and\s+(?=(?:the\s+)?[A-Z])", r"\1 ",
                                           s[decided.end("verb"):start])):
        return None
    if re.search(r"\b(?:the|a|an|its|their)\s+$", s[:start]) and re.match(r"\s+[A-Za-z]", s[t.end - sentence.start:]):
        return None  # ("…agreed in April 2024 to use the 1976 Soviet maps": a year that qualifies a noun, no plan's day)
    # the decision has a date of its own ("agreed on Wednesday to…", "on Wednesday agreed to…"), else the
    # sentence is one happening ("held a meeting on Friday, and agreed to continue next week")
    if not any(o.end <= sentence.start + decided.start("verb") and (
            o.start >= sentence.start + decided.start() or not re.search(r"[,;]|\band\b", s[o.end - sentence.start:decided.start()]))
            for o in inside if o is not t and o.start >= sentence.start):
        # ("granted Bosnia candidate status in December 2022 and agreed to open talks in March 2024": the first date is
        # the granting's, a verb of its own; the agreeing is dated by the second)
        return None
    reported = _REPORTED_SUBJECT_BEFORE.search(s, max(0, decided.start() - 80), decided.start())
    # (the subject of a reported clause, when the deciding is told in it: "The envoy said on Monday that the two sides had
    # agreed to meet again early next year" is the two sides')
    subject = reported["np"] if reported is not None else subject_of(s[dateline_end(s):])
    timed = _TIME_CLAUSE_SUBJECT_BEFORE.search(s, max(0, decided.start() - 80), decided.start()) if reported is None else None
    if timed is not None:  # ("Oil prices rose on Monday after [OPEC+] agreed over the weekend to pause…": the clause's own)
        subject = timed["np"][:1].upper() + timed["np"][1:]
    if subject is None:  # "Negotiators from Moldova and the breakaway region of Transnistria agreed…": "Negotiators"
        head = re.match(r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+(?:from|of|in|at|for|with|representing)\s",
                        s[dateline_end(s):decided.start()])
        subject = head[1] if head is not None and not VERB.search(head[1]) else None
    part = clause_to_its_end(sentence, decided.start("verb"), t)
    title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    if subject is None or len(title.split()) < 2:
        return None
    # (as a headline tells a plan, whichever side of publication its day falls: "Negotiators to resume…")
    return finish_title(f"{subject} to {title[:1].lower()}{_CONTRAST_AFTER.sub('', title[1:])}", gazetteer)


#: A time clause's subject right before its verb of deciding: "after [OPEC+] ", "when [the two sides] ".
_TIME_CLAUSE_SUBJECT_BEFORE = re.compile(r"\b(?:after|before|when|as|since|because|while|once|until)\s+(?P<np>(?:the\s+)?[A-Z]"
                                         r"[\w'’.+-]*(?:\s+[A-Z][\w'’.+-]*){0,3}|(?:the|its|their)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2})"
                                         r"\s+(?:[a-z]+ly\s+)?$")
#: A contrast joined on after a doing agreed, no part of it: "…had agreed to meet again[ but had not discussed the annex]".
_CONTRAST_AFTER = re.compile(r",?\s+but\s+(?:had|has|have|did|was|were|would|could)\b.*$")
#: A reported clause's subject right before its verb of deciding: "said on Monday (that) [the two sides] had ".
_REPORTED_SUBJECT_BEFORE = re.compile(r"\b(?:said|says|told\s+\w+|announced|confirmed|reported)\b[^,;]*?\s(?:that\s+)?"
                                      r"(?P<np>(?:the|both|all)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+|(?:[A-Z][\w'’.-]*\s+){0,3}"
                                      r"[A-Z][\w'’.-]*)\s+(?:had\s+|has\s+|have\s+)?$")
#: A sentence opened by a date alone: "In the early 2000s".
_OPENING_DATES_ONLY = re.compile(r"\s*(?:In|On|During|Throughout|Since|By)\s+(?:the\s+)?.{1,30}")
_AGAIN_BEFORE = re.compile(r"(?:,?\s+and|,)\s+(?:then\s+)?(?P<again>(?:once\s+)?again|also)\s+(?:\w+\s+){0,2}$")


#: A when-clause right after a date, up to its end: "[, when Kenya banned Tanzanian poultry]".
_WHEN_CLAUSE_AFTER = re.compile(r",?\s+when\s+(?P<clause>[^,;.]{5,160})")
#: A subject's noun phrase and a zero relative clause after it: "A ceasefire[ he negotiated]", "The deal[ they signed]".
_ZERO_RELATIVE_IN_SUBJECT = re.compile(rf"^(?P<np>(?:The|A|An|Its|Their)\s+(?:[a-z-]+\s+){{0,2}}[a-z]+)\s+(?:he|she|they|we)\s+"
                                       rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})(?=\s)")
#: A concession or a place's relative clause set off before a clause of its own: ", although ", ", while ", ", where ".
_CLAUSE_SET_OFF = re.compile(r",\s+(?:although|even\s+though|though|while|whereas|where)\s+")


def _told_again(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Fighting flared in April 2016 and again in July 2020": the second date repeats the first
    one's happening, which has no words of its own but "again"."""
    s = sentence.text
    m = _AGAIN_BEFORE.search(s, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    earlier = [o for o in inside if o.end - sentence.start <= (m.start() if m else 0)]
    if m is None or not earlier:
        return None
    if re.match(rf"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?,?\s+(?:[a-z]+ly\s+)?"
                rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[t.end - sentence.start:]):
        # "Talks in Jeddah, in May 2023 and again that October, produced a declaration": the verb is both's (so it is with
        # no comma: "Previous truces agreed in Jeddah in May 2023 and again in June of that year collapsed within days")
        return None
    # (when the first date's own happening was a when-clause too: not "The colonel first seized power in August 2020, and
    # again in May 2021, when he ousted the civilian leaders", whose seizing is told again)
    first_when = re.search(r"\bwhen\s", s[:earlier[-1].start - sentence.start]) \
        or re.match(r",?\s+when\s", s[earlier[-1].end - sentence.start:])
    when = _WHEN_CLAUSE_AFTER.match(s, date_phrase_end(t, inside) - sentence.start) if first_when else None
    if when is not None and OWN_SUBJECT.match(when["clause"]) \
            and re.search(rf"\b(?:{PAST_VERB}|was|were|had)\b", when["clause"]):
        # "Tensions rose in 2021 when Tanzania blocked maize imports, and again last July when Kenya banned poultry": the
        # second time is told by its own when-clause ("Kenya banned poultry"), as the first was
        return finish_title(when["clause"][:1].upper() + when["clause"][1:], gazetteer)
    first = Sentence(sentence.start, sentence.start + m.start(), s[:m.start()])
    if _OPENING_DATES_ONLY.fullmatch(s, 0, earlier[-1].end - sentence.start) and re.match(r"\s*,\s+\S", s[t.end - sentence.start:]):
        return None  # "In the early 2000s and again in the 2010s, the two leaders met…": both dates open one clause
    # "…came close to conflict in 1996 over two islets, and again in the summer of 2020 during a standoff over drilling":
    # the second time's own circumstance stands for the first's
    own = _AGAIN_OWN_PHRASE.match(s, date_phrase_end(t, inside) - sentence.start)
    # (…as does the first time's own circumstance, a gerund's phrase after its date: "Goita first seized power in August
    # 2020[, ousting President Keita,] and then again in May 2021")
    first_own = _GERUND_PHRASE_BEFORE_AGAIN.fullmatch(s, earlier[-1].end - sentence.start, m.start()) \
        if earlier[-1].end - sentence.start < m.start() else None
    if (own is not None or first_own is not None) and earlier[-1].end - sentence.start < m.start():
        first = Sentence(sentence.start, earlier[-1].end, s[:earlier[-1].end - sentence.start])
    semicolon = first.text.rfind("; ", 0, earlier[-1].start - sentence.start)
    if semicolon >= 0:
        # ("…broke down within weeks; they resumed in May 2025 and again in June": the clause after the semicolon is the
        # one said again)
        first = Sentence(first.start + semicolon + 2, first.end, first.text[semicolon + 2:])
        earlier = [o for o in earlier if o.start >= first.start]
    conceded = list(_CLAUSE_SET_OFF.finditer(first.text, 0, earlier[-1].start - first.start))
    if conceded and re.search(rf"\b(?:{PAST_VERB}|was|were|had|has|have|is|are)\b",
                              first.text[conceded[-1].end():earlier[-1].start - first.start]):
        # (…as is the clause after a concession or a place's "where" set off: "They have not reached a settlement since,
        # although talks resumed in 2017 and again last spring", "The Ambalat area, where the two navies faced off in 2005
        # and again in 2009")
        cut = conceded[-1].end()
        first = Sentence(first.start + cut, first.end, first.text[cut:cut + 1].upper() + first.text[cut + 1:])
        earlier = [o for o in earlier if o.start >= first.start]
    told = make_title(first, earlier[-1], earlier, gazetteer)
    if len(earlier) > 1 and own is None and re.search(r",?\s+(?:but|and|while)\s", s[earlier[-2].end - sentence.start:earlier[-1].start - sentence.start]):
        # ("A ceasefire took hold on Oct. 19, but talks … collapsed twice, in late October and again on Nov. 7": the date
        # before is its own clause's, titled as the sentence titles it; so it is with no comma: "Negotiations began in
        # 1999 and were suspended twice, in 2004 and again between 2012 and 2016")
        told = _title_for(sentence, earlier[-1], inside, gazetteer)
    # ("The site was first excavated in the 1920s and again…": again is no first)
    told = re.sub(rf"\b(was|were|been)\s+(?:first|initially|originally)\s+(?=(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})$)",
                  r"\1 ", told)
    # (…nor in the active: "Goita first seized power in August 2020, and again in May 2021" → "Goita seized power again")
    told = re.sub(rf"^([^,;]{{1,60}}?)\s+(?:first|initially|originally)\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)",
                  r"\1 ", told)
    # (…nor is the first time's count: "…were suspended twice, in 2004 and again between 2012 and 2016")
    told = re.sub(r"\s+(?:twice|three\s+times|several\s+times|repeatedly)$", "", told)
    return f"{told} {m['again']}" + (f" {own['phrase']}" if own is not None else "")


#: A gerund's phrase after the first time's date, before "and again": ", ousting President Ibrahim Boubacar Keita,".
_GERUND_PHRASE_BEFORE_AGAIN = re.compile(r",\s+[a-z]{3,}ing\s+[^,;]{3,80},?")
#: The circumstance a time said again has of its own, right after its date: " during a standoff over energy exploration".
_AGAIN_OWN_PHRASE = re.compile(r"\s+(?P<phrase>(?:during|over|amid|after|against|with|in)\s+(?:a|an|the|its|their)\s+[^,;.]{3,80})"
                               r"\s*(?:[,;.]|$)")


#: A time clause's own schedule: "before Trump [takes] office", "until the council [meets]", "when talks [will] resume".
_SCHEDULE_IN_TIME_CLAUSE = re.compile(r"\b(?:will|takes|opens|begins|starts|ends|expires|convenes|reconvenes|meets|resumes)\b")
#: A relative clause's past right before its time conjunction: "that began after ", "which erupted when ".
_RELATIVE_PAST_RIGHT_BEFORE = re.compile(rf"\b(?:that|which|who)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                         r"\s+(?:(?:shortly|soon|just|days|weeks|months|hours)\s+)?(?:after|when|since|as)\s+$")
#: A main verb of the present back after a clause inside the subject: " have not gone away", " remains".
_MAIN_PRESENT_BACK = re.compile(r"\s+(?:(?:have|has|is|are|will|would|could|can|may|must|do|does)\b(?:\s+not\b)?|remains?\b|"
                                r"continues?\b)")
#: A past outside a time clause, which would make the sentence's own happening the date's ("are expected to" is none).
_PAST_OUTSIDE = re.compile(rf"\b(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b(?!\s+to\b)")
#: …and tells one happening: "the bomb exploded was positively identified" runs on into the main clause.
# (not a participle before its noun, after an article or another adjective: "an agreement on exchanging sick and
# [wounded] prisoners was signed")
_SECOND_FINITE = re.compile(r"(?<!\bthe\s)(?<!\ban\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)(?<!\band\s)"
                            rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;]*?\b(?:was|were|is|are|has|have|had|will)\b")


#: A possessive's noun phrase and its past right before a date: "their foreign ministers initialled [in June]".
_OWNED_SUBJECT_PAST_BEFORE = re.compile(r"\b(?:their|its|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+[a-z]{3,}ed\s+"
                                        r"(?:in|on|at|last)?\s*$")


#: A relative that only places what the clause before told at its date: "…, [which would put it in] mid-March".
_PLACING_RELATIVE = re.compile(r",\s+(?:which|that)\s+(?:would|will|could|should|might|may)\s+(?:put|place|set|push|bring)\s+"
                               r"(?:it|them|that|this)\s+(?:in|on|at|into|around|before|after|by)\b")


#: A title that opens with "one" for a noun told before it: "An earlier one in Geneva", "The previous one".
_ONE_FOR_A_NOUN = re.compile(r"(?P<det>An?|The)\s+(?P<adjective>(?:earlier|later|previous|next|first|second|last|new|similar|"
                             r"other)\s+)one\b")
#: A sentence's subject up to its head noun, before a phrase or its verb: "The last informal [meeting] in the wider format".
_SUBJECT_HEAD = re.compile(r"\s*(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,3}?(?P<noun>[a-z]{3,}(?<!ly))(?=\s+(?:in|of|on|at|with|"
                           r"between|was|were|took|had|has|[a-z]{3,}ed)\b)")


#: A place closing the clause before ", where": "…a weekend of protests in Skopje", "…arrived at Camp David".
_PLACE_BEFORE_WHERE = re.compile(r"\b(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,\s*$")


def _put_on_a_list_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…on removing him from a sanctions list, where he was put in 2013": the where-clause tells who was put on the list
    it names, and the date is that putting's ("He was put on a sanctions list")."""
    m = _LIST_THEN_PUT_ON_IT.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or not _PHRASE_TO_END.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        return None
    told = sentence.text[m.start("put"):m.end()].rstrip()
    told = re.sub(r"\s+(?:in|on|at|during)$", "", told)
    return f"{told[:1].upper()}{told[1:]} on {m['np']}"
#: A list a where-clause puts someone on, and that clause up to its date: "from [a sanctions list], where [he was put] in".
_LIST_THEN_PUT_ON_IT = re.compile(r"\b(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}(?:list|blacklist|register|"
                                  r"registry|watchlist|database))\s*,\s*where\s+"
                                  r"(?P<put>(?:he|she|they|it|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+"
                                  r"(?:was|were|had\s+been|has\s+been)\s+(?:first\s+)?(?:put|placed|added|listed|designated|"
                                  r"included)\b[^,;]{0,30}?\s+(?:(?:in|on|at|during)\s+)?)$")
#: What may stand after the date to the sentence's end: a short phrase at most.
_PHRASE_TO_END = re.compile(r"[^,;.]{0,40}[.;!?]?\s*$")


#: A subject and its plan, in a title: "The U.S. and Chinese presidents are due to meet", "Talks will open".
_SUBJECT_S_PLAN = re.compile(r"(?:[A-Z][\w'’.-]*|the|a|an)(?:\s+(?!(?:is|are|will)\b)[\w'’.-]+){0,6}?\s+(?:(?:is|are)\s+(?:due|expected|set|"
                             r"scheduled|to)\s+(?:to\s+)?|will\s+)[a-z]{2,}\b")


#: A noun phrase a preposition of time governs, then the main subject's next participle: "[after ]the declaration and removed".
_NOUN_THEN_AND_PARTICIPLE = re.compile(rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s+and\s+"
                                       rf"(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")
#: A main clause's second predicate in the perfect, joined on after a time clause: " and has carried out…".
_MAIN_PREDICATE_RESUMED = re.compile(r"\s+and\s+(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn)?\b")


def _gapped_possessive_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Parliament's term ends in April 2026 and the president's in May": a possessive that stands for the first clause's
    noun, with a date of its own, has the first clause's predicate ("The president's term ends")."""
    rel = t.start - sentence.start
    owner = _GAPPED_POSSESSIVE.search(sentence.text, max(0, rel - 60), rel)
    earlier = max((o for o in inside if o.end <= t.start), key=lambda o: o.end, default=None)
    if owner is None or earlier is None or earlier.end - sentence.start > owner.start() \
            or not _PHRASE_TO_END.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        return None
    first = _POSSESSED_THEN_PREDICATE.fullmatch(sentence.text, dateline_end(sentence.text), earlier.start - sentence.start)
    if first is None or not re.fullmatch(r"\s*", sentence.text[earlier.end - sentence.start:owner.start()]):
        return None
    told = f"{owner['owner']}'s {first['noun']} {first['predicate']}"
    return told[:1].upper() + told[1:]
#: " and [the president]'s in ": a possessive that stands for a noun told before, and its date's preposition.
_GAPPED_POSSESSIVE = re.compile(r"\s+and\s+(?P<owner>(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*|[A-Z][\w.-]*"
                                r"(?:\s+[A-Z][\w.-]*){0,2})['’]s\s+(?:in|on|at|by)\s+$")
#: A sentence of an owner's noun and its predicate, up to its date: "[Parliament]'s [term] [ends] in ".
_POSSESSED_THEN_PREDICATE = re.compile(r"\s*(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}|(?:The|Its|Their)\s+[a-z][\w-]*)['’]s\s+"
                                       r"(?P<noun>[a-z][\w-]*)\s+(?P<predicate>[a-z][^,;]{1,60}?)\s+(?:in|on|at|by)\s+")


def _where_clause_title(sentence: Sentence, part: Sentence, t: Timex, inside: list[Timex],
                        gazetteer: Gazetteer) -> str | None:
    """"The announcement came after a weekend of protests in Skopje, where tens of thousands marched on Saturday
    against…" → "Tens of thousands marched in Skopje against…": the sentence's only date dates the where-clause with a
    subject and a past of its own, which happened at the place named before it."""
    where = re.match(r"where\s+", part.text)
    aside = ENCLOSED_RELATIVE.search(part.text) if where is not None else None
    if aside is not None and aside.end() <= t.start - part.start:
        # ("where the M23 rebels[, who Kinshasa says are backed by Rwanda,] seized Goma in January": the subject's aside
        # goes, and the dates after it move back)
        width = aside.end() - aside.start() - 1
        part = Sentence(part.start, part.end - width, f"{part.text[:aside.start()]} {part.text[aside.end():]}")
        moved = [o if o.end <= part.start + aside.start() else replace(o, start=o.start - width, end=o.end - width)
                 for o in inside]
        t, inside = replace(t, start=t.start - width, end=t.end - width), moved
    if where is not None and _PERSON_PLANS.match(part.text, where.end()) and not _SECOND_FINITE.search(part.text):
        # "Zelensky has arrived in London, where he will meet the leaders of Britain and France later today": what the
        # traveller will do there is the date's
        clause = Sentence(part.start + where.end(), part.end, part.text[where.end():])
        title = make_title(clause, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
        told = pronoun_as_subject(title, sentence.text)
        return shorten_people(told, gazetteer) if told != title and len(title.split()) >= 3 else None
    # (a pronoun's clause is left to the sentence: "…on the New York Stock Exchange, where it amounted to 13%")
    if where is None or not (OWN_SUBJECT.match(part.text, where.end()) or _BARE_PLURAL_AND_PAST.match(part.text, where.end())) \
            or _SECOND_FINITE.search(part.text) \
            or re.match(r"(?:it|he|she|they|we|you|I)\b", part.text[where.end():]):
        return None
    clause = Sentence(part.start + where.end(), part.end, part.text[where.end():])
    title = make_title(clause, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    if _SUBJECT_S_PLAN.match(title) and len(title.split()) >= 4:
        return title  # "…for the summit, where the U.S. and Chinese presidents are due to meet on Oct. 30": the plan there
    verb = FIRST_VERB.search(title)
    while verb is not None and re.match(r"\s+by\b", title[verb.end():]):
        verb = FIRST_VERB.search(title, verb.end())  # ("troops backed by drones entered the camp": "entered")
    plural_past = _BARE_PLURAL_AND_PAST.match(title[:1].lower() + title[1:])
    if verb is None and plural_past is not None:
        verb = re.search(r"\S+$", plural_past.group())  # ("Drone strikes [hit]": no other verb before it)
    # (a past spelled as its present, then its object, told with a day that is no plan's: "…, where drone strikes hit the
    # city twice last weekend")
    if verb is None or len(title.split()) < 3 \
            or not (re.fullmatch(r"[a-z]{3,}ed|" + words_pattern(PLAIN_PASTS), verb.group())
                    or verb.group() in PAST_LIKE_PRESENT and t.type in ("DATE", "TIME")
                    and not re.search(r"(?i)\b(?:next|coming|tomorrow|tonight)\b", t.text)
                    and re.match(r"\s+(?:the|a|an|its|their|his|her|\d)", title[verb.end():])):
        return None
    place = _PLACE_BEFORE_WHERE.search(sentence.text, max(0, part.start - sentence.start - 60), part.start - sentence.start)
    # (a verb's particle or fixed noun stays with it: "…elections [took place] in Syria", "fighting [broke out] in Goma")
    fixed = _VERB_S_FIXED_PART.match(title, verb.end())
    verb_end = fixed.end() if fixed is not None else verb.end()
    if place is None or re.match(r"\s+(?:in|at|to|into)\s", title[verb_end:]):
        return title
    if re.match(r"\s+(?:(?:the|a|an|its|their|his|her|them|him|it|us)\b|\d)", title[verb_end:]) and len(title.split()) <= 14:
        return f"{title} in {place['place']}"  # ("…entered the refugee camp in Jenin", "seized them in Niamey": after the object)
    return f"{title[:verb_end]} in {place['place']}{title[verb_end:]}"


#: What a verb takes right after it to say what it means: "took [place]", "took [effect]", "broke [out]".
_VERB_S_FIXED_PART = re.compile(r"\s+(?:place|part|effect|hold|office|power|root|shape|out|up|off|down|over|away|back)\b")
#: A bare plural and its past opening a clause: "drone strikes hit", "protesters stormed".
_BARE_PLURAL_AND_PAST = re.compile(rf"(?:[a-z][\w-]*\s+){{0,2}}[a-z]{{3,}}(?<!ss)s\s+(?:[a-z]{{3,}}ed|"
                                   rf"{words_pattern(PLAIN_PASTS | PAST_LIKE_PRESENT)})\b")
#: A name and its gerund after a preposition, up to the date: "to [Caracas] [expelling] [the Spanish ambassador] ".
_NAME_THEN_GERUND = re.compile(r"\b(?:to|on|over|about|after|despite|against)\s+"
                               r"(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+"
                               r"(?P<gerund>(?!(?:during|including|regarding|concerning|following|according|bring|king|spring|"
                               r"morning|evening|Beijing)\b)[a-z]{3,}ing)\s+(?P<rest>(?:the|a|an|its|their|his|her|\d)[^,;:()]{2,80}?)"
                               r"\s+(?:(?:on|in|at|late|early)\s+)?$")
#: A saying, then what it says about a thing done, right before its date: "…said Moscow saw nothing new in the European
#: proposal [presented ]on".
_SAYING_OF_A_DONE_THING = re.compile(rf"\b(?:said|says|(?<!\bwere\s)(?<!\bwas\s)(?<!\bbeen\s)(?<!\bbeing\s)told\s+[\w ]{{1,30}}?)\s"
                                     rf"[^,;:]{{3,140}}?\s"
                                     rf"(?P<np>(?:the|a|an|its|their)\s(?:[\w'’-]+\s+){{0,3}}?[a-z]{{3,}})\s+"
                                     # (not a letter's date: "…requested the renewal in a letter [dated] 23 June")
                                     rf"(?P<part>(?!(?:{NO_PASSIVE_PASTS}|dated)\b)[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\s+"
                                     rf"(?:on\s+|in\s+)?$")
#: A closing attribution right after a comma: ", informaron ambos gobiernos", ", officials said".
# (closing the sentence, its source a few words at most: not the main verb of the subject the aside was about, "The
# mission, deployed in February 2023, said its patrols had heard…")
_ATTRIBUTION_NEXT = re.compile(rf",\s+(?:[\w'’.-]+\s+){{0,5}}?(?:said|says|told|{saying_pasts(attributing=True)})\b"
                               r"(?:\s+(?:[\w'’.-]+\s+){0,3}?[\w'’-]+)?\s*(?:[.;,!?]|$)")
#: A person's pronoun and a plan: "he will meet", "she is due to hold", "they plan to sign".
_PERSON_PLANS = re.compile(r"(?:he|she|they)\s+(?:will|would|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to|plans?\s+to|"
                           r"intends?\s+to)\s+[a-z]")
#: " and ended with a truce…": a second predicate of the same subject, in the past.
#: The last relative word before a date, opening its clause: "negotiations that [began in January]".
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?=[a-z])(?!(?:[^,;]*?\s)?(?:that|which|who)\s)")


#: A short phrase of time opening a clause before its subject: "[by last night ]they were back".
_OPENING_ADVERBIAL = re.compile(r"^\s*(?:by|on|in|at|until|since|after|before|during|within|from)\s+(?:[\w'’.-]+\s+){1,3}?"
                                r"(?=(?:they|he|she|it|we|the|a|an)\s)")
#: A sentence that opens with a noun phrase and a relative clause about it: "The mayor, who was detained…".
_RELATIVE_OPENING = re.compile(r"(?P<np>(?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}),\s+(?:who|which)\s+(?P<verb>\S)")
#: A restrictive relative clause about an object, closing a clause: " that killed some 80,000 people".
_CLOSING_THAT_CLAUSE = re.compile(rf"\s+that\s+(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b(?:[^,;]|,(?=\d))*$")
#: What a gathering or a process does in its course: "began", "ended", "opened", "adjourned".
_PROCESS_OR_SITTING_VERBS = rf"(?:{PROCESS_VERBS}|opened|closed|convened|reconvened|lasted|continued|adjourned)"
#: A restrictive relative clause closing a first clause, and the "and" with no comma after it: " that [began] on Sunday and ".
_RESTRICTIVE_THAT_THEN_AND = re.compile(rf"\s+that\s+(?:[a-z]+ly\s+)?(?P<verb>{_PROCESS_OR_SITTING_VERBS}\b)[^,;]*\s+and\s*$")
#: …any past of such a clause: " that [took] effect that August and ".
_RESTRICTIVE_THAT_ANY_THEN_AND = re.compile(rf"\s+that\s+(?:[a-z]+ly\s+)?(?P<verb>(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|was|were)\b)"
                                            r"[^,;]*\s+and\s*$")
#: An appositive's noun phrase, set off by its comma, right before its restrictive clause: ", the larger guerrilla group".
_APPOSITIVE_NOUN_END = re.compile(r",\s+(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*$")
#: A predicate only a thing agreed has, its course or what is done to it: "was extended", "expired", "took effect".
_A_THING_S_COURSE_PREDICATE = re.compile(r"(?:(?:was|were)\s+(?:[a-z]+ly\s+)?(?:extended|renewed|suspended|violated|lifted|"
                                         r"broken|ratified|reinstated|revoked|annulled)|expired|lapsed|collapsed|"
                                         r"took\s+effect|came\s+into\s+force|entered\s+into\s+force|broke\s+down)\b")
#: A second participle joined on by "and", up to its date: "[ and ]ratified in ".
_JOINED_PARTICIPLE_TO_DATE = re.compile(r"\s*(?P<and>and\s+)(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+(?:in|on|at|during)\s+(?:the\s+)?")
#: A relative clause after a comma: ", which", ", who".
_COMMA_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?=[a-z])")


#: "then", "later": an adverb of sequence opening a second predicate.
#: (opening the predicate, or after its auxiliary: "were then postponed"; not "an hour later than planned")
_SEQUENCE_ADVERB = re.compile(r"(?:^|(?<=\bwas\s)|(?<=\bwere\s)|(?<=\bis\s)|(?<=\bare\s)|(?<=\bhad\s)|(?<=\bhas\s)|"
                              r"(?<=\bhave\s))(?:then|later|subsequently|eventually|finally|also)\s+", re.I)


#: A sentence that opens with a participle phrase up to its comma: "Rescued on Nov. 25 by fishermen, …".
_FRONTED_PARTICIPLE = re.compile(r"(?P<participle>[A-Z][a-z]{2,}ed|Born|Held|Taken|Seen|Found|Built|Made|Sent|Struck|Shot|"
                                 r"Brought|Driven|Chosen|Given|Caught|Drawn|Thrown)\b"
                                 # (a full date's own comma is no end of it: "Born in Oslo on Feb. 28, 1945, Eide…")
                                 # (…nor a place after the date: "Born on June 12, 1938, in a village near Vyborg, Lindholm…")
                                 r"(?P<rest>\s+(?:[a-z]|\d)(?:[^,;:]|,(?=\s*\d{4}\b)|,(?=\s+(?:in|at|near|outside)\s)){0,160}?)"
                                 # (…nor an absolute "with" set off after it: "…by Nehru and Khan, with the World Bank as a
                                 # signatory, the treaty divides…")
                                 r"(?:,\s+with\s+[^,;:]{3,60}?)?"
                                 # (…nor its phrase said again of a second time: "…by a coup in August 2020[, then by a
                                 # second in May 2021],")
                                 r"(?:,\s+(?P<again>(?:then|and\s+then|and\s+again|again|later)\s+[^,;:]{3,80}?))?,"
                                 # (nor a second clause joined on: "Limited work resumed … in 2023, but ministers…")
                                 r"(?!\s*\d{4}\b)(?!\s+(?:in|at|near|outside)\s)(?!\s+(?:but|and|or|yet|so|while|whereas)\s)"
                                 r"\s+(?P<main>.+)$", re.S)  # (not "Consolidated Freightways")


def _with_romance_subject(title: str, sentence: Sentence, part: Sentence) -> str:
    """"Les trois pays sahéliens ont quitté la Cédéao en janvier et [doivent tenir un sommet] fin mai": a Romance modal
    joined on after the first predicate is the sentence's subject's ("Les trois pays sahéliens doivent tenir…")."""
    modal = _ROMANCE_MODAL_OPENING.match(title)
    subject = _ROMANCE_SUBJECT_TO_AUXILIARY.match(sentence.text, dateline_end(sentence.text), part.start - sentence.start) \
        if modal is not None else None
    return f"{subject['np']} {title[:1].lower()}{title[1:]}" if subject is not None else title


#: A sentence that only ranks what it is about: "It will be the fourth such round", "This was the third such meeting".
_RANKING_COPULA = re.compile(r"\s*(?:It|This|That)\s+(?:will\s+be|would\s+be|is|was|has\s+been)\s+(?:the|its|their)\s+"
                             r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest)\s")
#: A concession's opening in the other languages we read, right before its clause: ", aunque ", ", bien que ".
_ROMANCE_CONCESSION_BEFORE = re.compile(r",\s+(?:aunque|bien\s+que|quoique|anche\s+se|sebbene|embora)\s+$", re.I)
#: A name that opens the main clause, before a lowercase word: "[Venezuela] no reconoce", "[Caracas] a rejeté".
_NAME_OPENING_MAIN_CLAUSE = re.compile(r"\s*(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+(?=[a-zà-ÿ])")
#: A year (or a month of one) fronted with no comma before the subject: "In 2016 ", "In May 2024 ".
_FRONTED_YEAR_NO_COMMA = re.compile(r"^\s*(?:In|During|By)\s+(?:(?:early|mid|late)[-\s]+)?(?:[A-Z][a-z]+\.?\s+)?\d{4}\s+"
                                    r"(?=(?:he|she|they|it|we|the)\b|[A-Z])")
#: A Romance modal of what is due, opening a predicate joined on: "Doivent tenir", "Deberán celebrar".
_ROMANCE_MODAL_OPENING = re.compile(r"(?:Doit|Doivent|Devrait|Devraient|Vont|Debe|Deben|Deberá|Deberán|Debería|Deberían|Van\s+a)\s")
#: A Romance sentence's subject with its article, up to the auxiliary of its first predicate: "[Les trois pays sahéliens]
#: ont quitté…".
_ROMANCE_SUBJECT_TO_AUXILIARY = re.compile(r"\s*(?P<np>(?:Les|La|Le|L['’]|El|Los|Las|Il|Lo|Gli|I|[A-ZÀ-Ý][\w'’-]+)\s*[^,;:()]{0,60}?)"
                                           r"\s+(?:ont|a|est|sont|ha|han|hanno|è|sono|fue|fueron)\s")
#: A noun phrase a preposition governs (and its place), up to its date: "following [court rulings in Seoul] in ".
_GOVERNED_NOUN_TO_DATE = re.compile(r"\b(?:following|after|over|amid|against|despite)\s+(?P<np>(?:(?:the|a|an|its|their)\s+)?"
                                    r"(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)"
                                    r"\s+(?:in|on)\s+(?:the\s+)?$")
#: A restrictive relative clause in the past right after a date: " that ordered Japanese firms to pay".
_RELATIVE_PAST_AFTER_DATE = re.compile(rf"\s+(?:that|which)\s+(?P<verb>(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}))\b(?P<rest>[^,;.]*)")
#: A subject, its "who" clause and that clause's past, up to a date: "[the military rulers] who [seized power] in ".
_WHO_CLAUSE_TO_DATE = re.compile(rf"\b(?P<np>(?:the|a|an|its|their|[Tt]he)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)\s+who\s+"
                                 rf"(?P<body>(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;:]{{0,40}}?)\s+(?:in|on|last)\s+(?:the\s+)?$")


#: A bare plural and its who- or that-clause in the past, up to the date that closes it: "rebels who attacked near the
#: capital in ", "repairs that began in ".
_BARE_WHO_CLAUSE_TO_DATE = re.compile(rf"(?<=\s)(?P<np>(?:(?![a-z]+ed\b|{words_pattern(PLAIN_PASTS)}\b)[a-z][\w-]*\s+)?"
                                      rf"(?!(?:those|these|others|people)\b)[a-z][\w-]*[^\Ws]s)\s+(?P<rel>who|that)\s+"
                                      rf"(?P<body>(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;:()]{{0,60}}?)"
                                      # (…a word of limit before it going with it: "road works that started [only] in")
                                      r"(?:\s+(?:only|just|as\s+early\s+as|as\s+late\s+as))?"
                                      r"\s+(?:in|on|at|during|last|this)?\s*(?:the\s+)?$")


#: A name and a present of its own after it: "New START caps", "the Kremlin says".
_NAME_BEFORE_PRESENT = re.compile(r"(?P<name>(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+[a-z]{3,}(?<!s)s\b")


#: A determined subject or a pronoun, then a past spelled as its present and the object after it: "the deal [let]
#: Ukraine", "it [cut] the", "the accord [let] fishermen".
_SUBJECT_BEFORE_PAST_LIKE_PRESENT = re.compile(r"(?P<np>(?:[Tt]he|[Ii]ts|[Tt]heir)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?|[Ii]t|"
                                               r"[Tt]hey)\s+(?:let|set|put|cut|hit|shut|quit|split|spread)\s+"
                                               r"(?=[A-Z]|(?:the|a|an|its|their|off|up|out|down)\b|[a-z]{3,}s\b|[a-z]+men\b)")


#: A present of what one stands accused or on trial for, then the happening it is over, up to that happening's date:
#: "faces charges of treason over [an attack by the White Army militia on a garrison in Nasir] ".
_ACCUSED_OVER_HAPPENING = re.compile(r"\b(?:faces?|stands?\s+accused|(?:is|are)\s+(?:charged|accused|on\s+trial|being\s+tried|"
                                     r"wanted|sought|blamed))\b[^,;:]{0,60}?\s(?:over|for)\s+"
                                     r"(?P<np>(?:an?|the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:attack|assault|raid|killing|killings|"
                                     r"massacre|bombing|shooting|ambush|coup|coup\s+attempt|mutiny|uprising|abduction|kidnapping)"
                                     r"(?:\s+[^,;:()]{1,80}?)?)\s+(?:in|on|at|during)?\s*$")


def _accused_over_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Machar … faces charges of treason and murder over an attack by the White Army militia on a garrison in Nasir that
    month": a date closing the happening someone stands accused over is that happening's ("An attack by the White Army
    militia on a garrison in Nasir"), the accusing being of now."""
    m = _ACCUSED_OVER_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 200), t.start - sentence.start)
    if m is None or not PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            or any(o is not t and m.start() <= o.start - sentence.start < t.start - sentence.start for o in inside):
        return None
    np = m["np"]
    return finish_title(np[:1].upper() + np[1:], gazetteer)


def _fronted_participle_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"Rescued on Nov. 25 by fishermen off the coast, Elian has become…": the only date of a sentence in
    its opening participle phrase dates that phrase, told as a passive of the main clause's subject
    ("Elian was rescued by fishermen off the coast")."""
    s = sentence.text
    m = _FRONTED_PARTICIPLE.match(s)
    again = m is not None and m["again"] is not None and m.start("again") <= t.start - sentence.start < m.end("again")
    if m is None or not again and not m.start("rest") <= t.start - sentence.start < m.end("rest"):
        return None
    subject = subject_of(m["main"][:1].upper() + m["main"][1:])
    # (…or a name before a present of its own, which may take a noun's shape: "…, New START caps each side's warheads")
    name = _NAME_BEFORE_PRESENT.match(m["main"]) if subject is None else None
    subject = subject if name is None else name["name"]
    # (…or a subject before a past spelled as its present: "…, the deal [let] Ukraine export grain", "…, it let")
    spelled = _SUBJECT_BEFORE_PAST_LIKE_PRESENT.match(m["main"]) if subject is None else None
    subject = subject if spelled is None else spelled["np"][:1].upper() + spelled["np"][1:]
    if subject is None:
        return None
    group = "again" if again else "rest"
    phrase = Sentence(sentence.start + m.start(group), sentence.start + m.end(group), m[group])
    rest = make_title(phrase, t, [t], gazetteer) if phrase.text.strip() != t.text else ""
    if again:  # ("…by a coup in August 2020, then by a second in May 2021": "brought to power by a second")
        rest = phrase_said_again(m["rest"].strip(), re.sub(r"^(?:(?:and\s+)?then|and\s+again|again|later)\s+", "", rest,
                                                           flags=re.I))
    rest = rest[:1].lower() + rest[1:] if rest and not re.match(r"[A-Z][a-z]+\s+[A-Z]", rest) else rest
    participle = m["participle"][:1].lower() + m["participle"][1:]
    rest = re.sub(r"^(?:In|On|At|From|By|With|Near|Outside|Inside)\b", lambda w: w.group().lower(), rest)  # "born in Split"
    return f"{finish_title(subject, gazetteer)} {be_for(subject)} {participle} {rest}".strip()


_ANTECEDENT = re.compile(r"(?P<np>[^,;]{2,60}?),?\s+(?:which|who|that)\s")


#: A count of units that the tagger dated (not measured), and the "since" clause it dates: "[three decades]
#: since the accord was initialled" after "Friday marks".
_COUNT_OF_UNITS = re.compile(r"\S+\s+(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?)", re.IGNORECASE)
_COUNTED_SINCE = re.compile(r"\s+since\s+(?P<what>[^,;:]{4,200}?)\s*(?:[,;:.!?]|$)")


#: An opening gerund phrase and the main clause after it: "After meeting Putin in Moscow on Monday, Xi flew…".
_OPENING_GERUND = re.compile(r"(?P<conj>Since|After|Before|While|Upon|On|Following)\s+(?P<ing>[a-z]{2,}ing)\s+"
                             # (no subject inside: "After retiring she taught…, and in 2014…" has no comma to close it)
                             r"(?P<rest>(?:(?!\b(?:he|she|they|we)\s)[^,;]){2,120}),\s+(?P<main>[^\W\d_][^;]+)$")
#: A gerund "since" governs, right before its date: "her first trip since [taking office] in".
# (…or before or after it, set off: "…, before working as an adviser at the World Bank from 2010 to 2012")
# (…or right after another date, with no comma: "won a full term in April after first taking office in November 2023")
_BOUND_GERUND = re.compile(r"(?:\bsince|,\s+(?:before|after)|(?:" + "|".join(
    rf"(?<={end})" for end in (r"\d", "January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December", "year", "month"))
                           + r")\s+(?:before|after))\s+(?:(?:first|again|briefly|later|finally)\s+)?(?P<verb>[a-z]{3,}ing)\b"
                           r"(?P<rest>[^,;.()]{0,90}?)\s+"
                           r"(?:(?:in|on|at|during|from|between)\s+)?(?:the\s+)?$")
#: A relative clause open up to a bound's gerund: ", who has argued for two states ".
_RELATIVE_OPEN_TO_BOUND = re.compile(r",\s+(?:who|which)\s+[^,;()]{3,80}$")
#: The pronoun a possessive stands for: "her first trip" is hers.
_OWNER_PRONOUN = {"her": "She", "his": "He", "their": "They", "its": "It", "our": "We", "my": "I"}


def _gerund_of_a_bound(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"It will be her first trip to the region since taking office in October last year": the date is the taking of
    office, done by the one the clause is about (the subject, or the owner of "her first trip")."""
    s = sentence.text
    m = _BOUND_GERUND.search(s, max(0, t.start - sentence.start - 130), t.start - sentence.start)
    # (a range's end may close it: "…from 2010 to 2012.")
    if m is None or m["verb"] in NOT_PARTICIPLES \
            or not re.match(r"(?:\s*(?:to|until|through|-|–|and)\s*\d{4})?\s*(?:[,.;:!?]|$)", s[t.end - sentence.start:]) \
            or GERUND_SUBJECTS_VERB.match(m["rest"]):
        return None  # (nor "the first truce since fighting erupted in April": the fighting erupted)
    subject = subject_of(s[dateline_end(s):m.start()])
    relative = _RELATIVE_OPEN_TO_BOUND.search(s, dateline_end(s), m.start())
    if subject is None and relative is not None:
        # "Turkish Cypriot leader Ersin Tatar, who has argued for two states since taking office in October 2020, faces…":
        # the bound is of the one the relative clause is about
        antecedent = relative_antecedent(s, relative.start())
        subject = shorten_people(antecedent, gazetteer) if antecedent and antecedent[:1].isupper() else None
    reported = _REPORTED_SUBJECT.search(s, dateline_end(s), m.start())
    if reported is not None and not re.search(r"[,;]", s[reported.end():m.start()]):
        # "…said the government had waited far too long since promising the measure": the reported clause's subject
        subject = reported["subject"][:1].upper() + reported["subject"][1:]
    # (an aside's owner is whose bound it is, whatever the subject: "The announcement came at the end of a visit by the
    # president, his first to Japan since taking office")
    aside = s.rfind(",", 0, m.start()) + 1
    owned_aside = _OWNED_ORDINAL.match(s, aside, m.start()) if aside > 0 else None
    if subject is None or re.fullmatch(r"It|There|This|That", subject) or owned_aside is not None:
        owner = owned_aside or _OWNED_ORDINAL.search(s, 0, m.start())
        subject = _OWNER_PRONOUN[owner[1]] if owner is not None else None
    if subject is None:
        return None
    if owned_aside is not None and owned_aside[1] in ("his", "her"):
        # (the person the aside stands by: "…by [South Korea's president], his first…")
        person = relative_antecedent(s, aside - 1)
        if person and (_PERSON_ROLE.search(person) or re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*", person)):
            subject = person[:1].upper() + person[1:]
    return finish_title(f"{subject} {past_of_participle(m['verb'])}{m['rest']}", gazetteer)


#: A person's role at the end of a noun phrase: "South Korea's [president]".
_PERSON_ROLE = re.compile(rf"\b(?:{PERSON_ROLE}|(?i:leader|chief))$")
#: A gerund as its clause's subject, then the clause's verb: "campaigning officially begins", "voting ends".
_GERUND_SUBJECT_AND_VERB = re.compile(r"[a-z]{3,}ing\s+(?:[a-z]+ly\s+)?(?:takes\s+effect|begins|began|ends|ended|starts|started|"
                                      r"expires|opens|opened|closes|closed|resumes|resumed|is|was|will|has)\b")
#: An owner's ordinal happening: "[his] first trip to the region", "[their] third meeting".
_OWNED_ORDINAL = re.compile(r"\s*(?:[\w-]+\s+){0,3}?\b(her|his|their|our|my)\s+(?:[\w-]+\s+){0,2}?(?:first|last|latest|only|"
                            r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b")


#: A gerund phrase closing the sentence up to its own date: ", reopening it on ".
_CLOSING_GERUND = re.compile(r",\s+(?P<ing>[a-z]{3,}ing)\s+(?P<rest>(?:(?!\b(?:and|but|which|who|that|after|before|when)\b)"
                             r"[^,;:()\"“”]){1,80}?)\s+(?:(?:on|in|at|by|from)\s+)?(?:the\s+)?$")
#: The main clause's object after its subject and verb: "[Lithuania shut ]its border with Belarus".
_MAIN_OBJECT = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|[a-z]+)\s+(?P<object>(?:its|their|his|her|the)\s+[\w-]+"
                          r"(?:\s+(?:with|to|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)")
#: A name opening the sentence, then a past: "Lithuania shut", "The army closed".
_NAME_THEN_PAST = re.compile(rf"(?P<name>(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})\s+(?:[a-z]+ly\s+)?"
                             rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")
#: A title of a plural noun or a name and its past, all a relative clause left: "Attacks continued", "Smith resigned".
_NOUN_THEN_PAST = re.compile(rf"(?:[A-Z][a-z]{{2,}}s|(?!(?:This|That|These|Those|There|They|It|He|She|We)\b)[A-Z][\w'’.-]{{2,}})"
                             rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})")
#: Gerunds that tell no doing of the subject's: a source, a saying, a reckoning.
_NOT_DOING_GERUNDS = {"according", "including", "following", "saying", "adding", "noting", "citing", "arguing", "claiming",
                      "warning", "insisting", "calling", "during", "concerning", "regarding", "starting", "beginning",
                      "ending", "bringing", "raising", "taking", "making", "leaving"}


#: Two gerunds joined after a main clause's comma, the second up to the date that closes the sentence: ", expelling
#: Ethiopia's ambassador and [signing] [a defence pact with Egypt] in ".
_SECOND_OF_TWO_GERUNDS = re.compile(r",\s+[a-z]{3,}ing\s+[^,;:()\"“”]{1,60}?\s+and\s+(?P<ing>[a-z]{3,}ing)\s+"
                                    r"(?P<rest>(?:(?!\b(?:and|but|which|who|that|after|before|when)\b)[^,;:()\"“”]){1,80}?)"
                                    r"\s+(?:(?:on|in|at|by)\s+)?(?:the\s+)?$")


def _second_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Somalia reacted furiously, expelling Ethiopia's ambassador and signing a defence pact with Egypt in August 2024":
    the date closing the second of two gerunds after an undated main clause is that gerund's ("Somalia signed a defence
    pact with Egypt")."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _SECOND_OF_TWO_GERUNDS.search(s, max(0, rel - 160), rel)
    if m is None or m["ing"] in _NOT_DOING_GERUNDS or m["ing"] in NOT_PARTICIPLES \
            or not re.match(r"\s*(?:[.;!?]|$)", s[date_phrase_end(t, inside) - sentence.start:]) \
            or any(o is not t and o.end - sentence.start <= m.start() for o in inside) \
            or VERB.search(CAPITALISED_WORDS.sub("", m["rest"])) or re.search(r"\bto\s+[a-z]{2,}", m["rest"]):
        return None
    main = s[dateline_end(s):m.start()]
    named = _NAME_THEN_PAST.match(main)
    subject = subject_of(main) or (named["name"] if named is not None else None)
    if subject is None or re.fullmatch(r"It|There|This|That|They|He|She|We", subject) or re.search(r",\s+(?:and|but)\s", main):
        return None
    return finish_title(f"{subject} {past_of_participle(m['ing'])} {m['rest']}", gazetteer)


def _closing_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Lithuania shut its border with Belarus in late October, reopening it on Nov. 20": a closing gerund phrase with a
    date of its own, when the main clause has its own, is a second happening of the subject's ("Lithuania reopened its
    border with Belarus"; "it" is the main clause's object)."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _CLOSING_GERUND.search(s, max(0, rel - 120), rel)
    if m is None or m["ing"] in _NOT_DOING_GERUNDS or m["ing"] in NOT_PARTICIPLES \
            or not re.match(r"\s*(?:[.;!?]|$)", s[date_phrase_end(t, inside) - sentence.start:]) \
            or not any(o.end - sentence.start <= m.start() for o in inside if o is not t) \
            or VERB.search(CAPITALISED_WORDS.sub("", m["rest"])) or _PAST_IN_CLAUSE.search(m["rest"]) \
            or re.search(r"\bto\s+[a-z]{2,}", m["rest"]):
        # (nor a clause of its own inside: ", reversing a boycott it announced last week"; nor what another was made to
        # do: ", pushing the coastal states to convene a summit on Oct. 9")
        return None
    main = s[dateline_end(s):m.start()]
    if re.search(r",\s+(?:and|but)\s", main):
        return None  # (a second clause's subject may be the gerund's: "…, and the army struck back, forcing them out in May")
    named = _NAME_THEN_PAST.match(main)  # ("Lithuania shut its border…": a past spelled like its present)
    subject = subject_of(main) or (named["name"] if named is not None else None)
    if subject is None or re.fullmatch(r"It|There|This|That|They|He|She|We", subject):
        return None
    rest = m["rest"]
    if re.fullmatch(r"it|them", rest.split()[0] if rest.split() else ""):
        at = main.find(subject)
        owned = _MAIN_OBJECT.match(main, at + len(subject)) if at >= 0 else None
        if owned is None:
            return None
        rest = owned["object"] + rest[len(rest.split()[0]):]
    return f"{subject} {past_of_participle(m['ing'])} {rest}"


def _opening_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"After meeting Putin in Moscow on Monday, Xi flew to Minsk on Tuesday": Monday's title is "Xi met Putin in
    Moscow" (the main clause's subject did what the gerund tells), Tuesday's the main clause alone."""
    lead = dateline_end(sentence.text)
    m = _OPENING_GERUND.match(sentence.text, lead)
    if m is None or m["ing"] in ("according", "including", "during", "concerning", "regarding", "following", "accounting",
                                 "considering", "excluding", "adjusting", "counting", "allowing", "assuming", "judging") \
            or GERUND_SUBJECTS_VERB.match(sentence.text, m.end("ing")):
        return None  # ("After accounting for a revision…": a phrase of reckoning, no doing of the subject's)
    rel = t.start - sentence.start
    if m.start("main") <= rel:
        # (its subject opens a sentence of its own: "…, she taught … and, in 2014, published a memoir")
        main = Sentence(sentence.start + m.start("main"), sentence.end, m["main"][:1].upper() + m["main"][1:])
        title = _title_for(main, t, [o for o in inside if o.start >= main.start], gazetteer)
        return title if len(title.split()) >= 2 else None
    if not m.start("rest") <= rel < m.end("rest"):
        return None
    subject = subject_of(m["main"][:1].upper() + m["main"][1:])
    if subject is None and re.match(r"(?:he|she|they)\s+(?:has|have|had|[a-z]{3,}ed)\b", m["main"]):
        subject = m["main"].split(None, 1)[0].capitalize()  # ("Since taking office in January, he has made…": who the
        # document's people say he is)
    if subject is None or re.match(r"(?:It|We|I|This|That|There)\b", subject):
        return None
    # (two gerunds joined, each with its date: "After touring Dar es Salaam Thursday and meeting with police leaders
    # Friday morning, …": the one that holds the date)
    ing, lo, hi = m["ing"], m.start("rest"), m.end("rest")
    for joined in re.finditer(r"\s+and\s+(?P<ing>[a-z]{2,}ing)\s+", sentence.text[lo:hi]):
        if lo + joined.end() <= rel:
            ing, lo = joined["ing"], lo + joined.end()
        else:
            hi = lo + joined.start()
            break
    rest = sentence.text[lo:hi]
    at = rel - lo
    rest = remove_date_phrase(rest, at, at + len(t.text))
    return finish_title(f"{subject} {past_of_participle(ing)} {rest}", gazetteer)


#: A participle phrase closing the sentence after its object, with a date of its own: "…agreed a prisoner exchange,
#: [carried out over the following week]".
_PARTICIPLE_AFTER_OBJECT = (r"(?P<when>\s+(?:on|in|at|during|last|this|early|late)\s[^,;]{1,40}?)?,\s+"
                            # (not a plan's: "…, scheduled for December 9-10" is the thing planned, told elsewhere)
                            rf"(?P<part>(?:(?:later|finally|eventually|partly|fully)\s+)?"
                            rf"(?!(?:scheduled|planned|slated|expected|set|due|postponed|delayed|moved)\b)(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})"
                            r"(?:\s+(?:out|up|off|down|through|back))?)\b"
                            # (a participle, no predicate with an object: "…, carried out over the week", not ", resumed sales")
                            # (an adverb may come first: "…, renewed automatically in 2020")
                            r"(?=\s+(?:(?!only\b)[a-z]{3,}ly\s+)?(?:by|in|on|at|over|during|within|for|since|last|this|next|"
                            r"the\s+following|the\s+next|two|three|"
                            r"four|a\s+(?:day|week|month|year)|\d)\b|\s*[.!]?$)"
                            # (closing the sentence, or an aside before a clause of its own: "…suspending the
                            # accord, signed on Oct. 26 in Kuala Lumpur, after a mine wounded…")
                            # (a full date's own comma is none of the phrase's edges: "…, signed on Aug. 1, 1975.")
                            # (…nor the comma before a second participle: "…, initialled in Ohio in 1995, and signed in Paris")
                            rf"(?P<rest>(?:[^,;:]|,(?=\s*\d{{4}}\b)|,(?=\s+and\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b))*?)"
                            # (…a time counted from it too: "…, adopted on July 20, 2015, days after world powers…")
                            r"(?:[.!]?$|,\s+(?=(?:(?:only|just|shortly|soon|days|hours|weeks|months|a\s+(?:day|week|month)|"
                            r"(?:two|three|four|five|six|several|a\s+few|\d+)\s+(?:days|weeks|months))\s+(?=after|before))?"
                            r"(?:after|before|when|while|as|since|because|until|amid|"
                            # (…or what was said to them goes on: "…sent a message to the parties to the accord, signed in
                            # 2018, that delays were unacceptable")
                            r"following|which|who|that)\s|(?:[\w'’.-]+\s+){1,4}(?:said|says|told|announced|reported)\b"
                            # (…or what its date was: "…, closed since April 15, 2023, the day the war began")
                            r"|(?:the|a)\s+(?:day|date)\s"
                            # (…or a relative clause of what the thing holds: "…the Ohrid agreement, reached in March 2023,
                            # under which Belgrade would…")
                            r"|(?:under|in|by|through|with|for)\s+which\b))")
#: A doing's noun of a deal: "the implementation of the Ohrid agreement".
_DOING_OF_A_DEAL = re.compile(r"(?:an?|the|its|their)\s+[a-z]+\s+of\s+(?P<inner>(?:an?|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?"
                              r"(?:agreement|deal|accord|treaty|declaration|memorandum|pact|protocol|truce|ceasefire|resolution|"
                              r"convention|charter|constitution|law))")
#: The participles of making a deal.
_DEAL_PARTICIPLE = re.compile(r"reached|signed|agreed|concluded|brokered|initialled|initialed|ratified|adopted|struck|sealed")
_OBJECT_AND_PARTICIPLE = re.compile(r"(?P<np>"
                                    # (relations and whom with: "restore [relations with the United States], broken off…")
                                    rf"\b{RELATIONS_WITH}(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,3}}"
                                    r"|\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+"
                                    r"(?:\s+(?:of|for|on|in)\s+(?![A-Z\d])(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?"
                                    # (…or a ranked name of a gathering: "the fourth Lake Chad Basin conference")
                                    r"|\bthe\s+(?:first|second|third|fourth|fifth|sixth|latest|last|new)\s+(?:[A-Z][\w'’-]*\s+){1,4}"
                                    r"[a-z][\w'’-]*"
                                    # (…or a long name: "the Revitalized Agreement on the Resolution of the Conflict")
                                    r"|\bthe\s+[A-Z][\w'’-]*(?:\s+(?:(?:on|of|for|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*){1,7}"
                                    # (…or a numbered text's name: "Security Council Resolution 2231")
                                    r"|(?<=\s)(?:[A-Z][\w'’-]*\s+){0,3}(?:Resolution|Decree|Law|Article|Protocol|Directive)\s+\d[\d/.-]*)"
                                    + _PARTICIPLE_AFTER_OBJECT)
#: A time around a thing, up to the thing: "the 31st anniversary of ", "the eve of ".
_TIME_AROUND_A_THING = re.compile(rf"^(?:the|an?|its|their)\s+(?:[\w-]+\s+)?(?:{TIME_AROUND_NOUNS})\s+of\s+"
                                  r"(?=(?:the|an?|its|their)\s)")
#: …and after a bare plural object, a verb's: "agreed to resume [weekly hotline talks], suspended since May".
_BARE_OBJECT_AND_PARTICIPLE = re.compile(r"\b(?:to\s+[a-z]{3,}|[a-z]{3,}ed)\s+(?!(?:by|in|on|at|of|for|with|from|to|into|over|"
                                         r"and|or|but|both|all|some|many|several|most|these|those|them|us)\b)"
                                         r"(?P<np>(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*[^\W\ds]s)"
                                         + _PARTICIPLE_AFTER_OBJECT)


#: Nothing but an opening before a noun phrase: it is the subject ("On Monday, the council…").
_SUBJECT_START = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,3}[\d\s,.]*[—–-]?\s*)?")


#: A sentence's opening saying who said what follows: "The Kremlin said (that) ".
_SAID_OPENING = re.compile(r"[^,;:()\"“”]{1,60}?\b(?:said|says|reported|announced|confirmed|told\s+(?:reporters|journalists))\s+"
                           r"(?:that\s+)?")


#: A sentence's subject and the comma that opens an appositive about it: "The accord, ".
_SUBJECT_THEN_COMMA = re.compile(r"\s*(?:(?:The|Its|Their|His|Her)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3},\s+")

#: …or a participle's aside about it, up to its object: "The United Nations Security Council, meeting without ", whose
#: closing comma is the main verb's ("…the Soviet delegate, voted on June 27").
_SUBJECT_THEN_ING_ASIDE = re.compile(r"\s*(?:(?:The|Its|Their|His|Her|An?)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5},\s+[a-z]{3,}ing\s+"
                                     r"(?:[\w'’.-]+\s+){0,5}")


#: What joins two dates listed for one happening: " and ", ", and in ", " or on ".
_LISTED_DATES_JOIN = re.compile(r",?\s+(?:and|or)\s+(?:(?:in|on|at)\s+)?")


#: A preposition of time right before a noun: "[after ]a standoff".
_TIME_PREPOSITION_END = re.compile(r"\b(?:after|before|following|during|amid|despite)\s+$")
#: A subject's passive: "He [was arrested]".
_SUBJECT_S_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b")


def _object_participle_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The two sides agreed a prisoner exchange on Feb. 19, carried out over the following week": the closing
    participle's date titles what was done to the object ("The prisoner exchange was carried out")."""
    s = sentence.text
    m = _OBJECT_AND_PARTICIPLE.search(s, max(0, t.start - sentence.start - 160))
    while m is not None and m["when"] and VERB.search(CAPITALISED_WORDS.sub("", m["when"])):
        # (a "when" with a verb in it is a clause, not the noun's date: "a third round [in December led to] the Ankara
        # Declaration, signed on Dec. 11" is the declaration's signing)
        m = _OBJECT_AND_PARTICIPLE.search(s, m.start("np") + 1)
    m = m or _BARE_OBJECT_AND_PARTICIPLE.search(s, max(0, t.start - sentence.start - 160))
    # (a "when" with no date in it goes on with the noun: "an agreement on the largest prisoner swap of the war")
    goes_on = m is not None and m["when"] and re.match(r"\s+on\s", m["when"]) \
        and not any(m.start("when") <= o.start - sentence.start < m.end("when") for o in inside)
    if m is None or not m.start("part") <= t.start - sentence.start < m.end() \
            or (m["when"] and not goes_on and not any(m.start("when") <= o.start - sentence.start < m.end("when") for o in inside)) \
            or m.start("np") <= dateline_end(s) + 2 or _SUBJECT_START.fullmatch(s, dateline_end(s), m.start("np")) \
            or any(m.start("np") <= o.start - sentence.start < m.end("np")
                   # (a year that only says which thing is no date of the noun's own: "the 2017 memorandum, renewed…")
                   and not re.match(r"\d{4}\s+[a-z]", s[o.start - sentence.start:m.end("np")]) for o in inside) \
            or re.search(r",\s+(?:who|which|whose)\b[^,]*$", s[:m.start("np")]) \
            or _SUBJECT_THEN_COMMA.fullmatch(s, dateline_end(s), m.start("np")) \
            or _SUBJECT_THEN_ING_ASIDE.fullmatch(s, dateline_end(s), m.start("np")) \
            or (comma := s.rfind(",", max(dateline_end(s), m.start("np") - 100), m.start("np"))) >= 0 \
            and ASIDE_THEN_VERB.match(s, comma) \
            or (_TIME_PREPOSITION_END.search(s, max(0, m.start("np") - 12), m.start("np"))
                and _SUBJECT_S_PASSIVE.search(s, dateline_end(s), m.start("np"))):
        # (…nor a noun a preposition of time governs after the subject's passive, whose list the participle goes on:
        # "He was arrested in January after a standoff, released in March and detained again in July")
        # (nor a date, nor the end of an aside before the main verb: "Her brother, who was jailed in the 1960s, followed";
        # "New START, the last treaty limiting the arsenals, expired";
        # nor an appositive's: "The accord, a text that was signed in March 2023, collapsed in May")
        # (the sentence's own happening has its date before the object, which is no subject; a phrase between the
        # object and the comma is its date: "…agreed a prisoner exchange on Feb. 19, carried out…")
        return None
    aside = _PARTICIPLE_ASIDE.search(s, dateline_end(s), m.start("part"))
    # (…or of a said clause's subject: "The Kremlin said its delegation, led by a deputy minister, arrived…")
    said = _SAID_OPENING.match(s, dateline_end(s) or clock_stamp_end(s)) if aside is not None else None  # (a live page's
    # stamp ends as a dateline)
    clause_start = said.end() if said is not None and said.end() <= aside.start() else dateline_end(s)
    if aside is not None and aside.end() >= m.end("np") and not s[aside.end():m.start("part")].strip() \
            and not re.search(r"[,;:()]", s[clause_start:aside.start()]) and not VERB.search(s, clause_start, aside.start()):
        return None  # ("The Black Sea Grain Initiative, brokered by Turkey and the United Nations in July 2022, [ended]…":
        # the participle closes the subject's aside, and is its main verb)
    if any(c.end() == m.start("part") for c in series_predicate_commas(s, t.start - sentence.start, t.end - sentence.start)):
        return None  # ("The army seized the town, [killed] three officers in March, and left": a series' predicate)
    if re.search(r",\s*\d{4}\b", m["rest"]) and re.search(r"\b(?:in|under|with|through|by)\s+$", s[:m.start("np")]) \
            and not re.search(r"\b(?:is|are|remains?)\s+(?:[a-z]+ly\s+)?(?:bound|covered|governed|listed|named)\s+(?:in|under|by)\s+$",
                              s[:m.start("np")]):  # (but for a state of now: "Iran is bound by the nuclear accord, signed…")
        return None  # ("The bloc first listed single tankers in its fourteenth package, adopted on June 24, 2024": the main
        # clause was done through the thing, on its day)
    clause = re.search(r"\s(?:after|before|when|while|as|since|because|until)\s", s[m.start("rest"):m.end("rest")])
    if clause is not None and t.start - sentence.start >= m.start("rest") + clause.start() \
            and t.start - sentence.start != m.start("rest") + clause.end():  # (not the date's own "since May")
        return None  # (the date of a clause of its own after the participle: "…, launched in September after drones
        # entered Polish airspace on Sept. 10")
    part, rest_start, rest_end = m["part"], m.start("rest"), m.end("rest")
    # "…, signed in 2017 and renewed in 2020": a second participle with a date of its own is another happening
    second = re.search(rf",?\s+and\s+(?P<part>(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES}))\b(?=[^,;]*?\b(?:in|on|at|"
                       rf"last|this)\s)", s[rest_start:rest_end])
    if second is not None and any(rest_start + second.end() <= o.start - sentence.start < rest_end for o in inside):
        if t.start - sentence.start >= rest_start + second.end():
            part, rest_start = second["part"], rest_start + second.end()
        else:
            rest_end = rest_start + second.start()
    segment, at, to = s[rest_start:rest_end], t.start - sentence.start - rest_start, t.end - sentence.start - rest_start
    for o in inside:  # (the other dates listed with it are its happening's other times: "renewed in 2020 and in 2023")
        o_start, o_end = o.start - sentence.start - rest_start, o.end - sentence.start - rest_start
        if o is t or not 0 <= o_start < o_end <= len(segment):
            continue
        if o_start >= to and _LISTED_DATES_JOIN.fullmatch(segment, to, o_start):
            segment = segment[:to] + segment[o_end:]
        elif o_end <= at and _LISTED_DATES_JOIN.fullmatch(segment, o_end, at):
            segment, at, to = segment[:o_start] + segment[at:], o_start, to - (at - o_start)
    rest = remove_date_phrase(segment, at, to)
    # (a clause of its own after it is another happening: "…, launched in September after drones entered…")
    rest = re.sub(r"(?:^|\s+)(?:after|before|when|while|as|since|because|until)\s.*$", "", rest.strip())
    np = m["np"] + (m["when"] if goes_on else "")
    # (what an agreement was on is what was carried out: "an agreement on a prisoner swap, carried out over the week")
    done_of = re.match(r"(?:an?|the)\s+(?:agreement|deal|accord|plan|understanding)\s+(?:on|for)\s+(?P<inner>(?:an?|the)\s+.+)$", np)
    if done_of is not None and re.match(r"(?:carried\s+out|implemented|completed|conducted|held)$", m["part"]):
        np = done_of["inner"]
    # (…and the deal a doing's noun is of, what was reached: "the implementation of the Ohrid agreement, reached…")
    dealt = _DOING_OF_A_DEAL.fullmatch(np) if _DEAL_PARTICIPLE.fullmatch(m["part"]) else None
    if dealt is not None:
        np = dealt["inner"]
    held = _HELD_OF_GATHERING.search(np) if HELD_PARTICIPLE.match(m["part"]) else None
    if held is not None:  # "…annulled the results of the first round, held on Nov. 24": the round was held
        np = held["gathering"]
    # (…and what an anniversary is of: "marked the 31st anniversary of the Dayton agreement, initialled on Nov. 21, 1995")
    np = _TIME_AROUND_A_THING.sub("", np)
    # (the number of the phrase's head, not of what it is of: "the exchange of prisoners was signed")
    title = f"{np[:1].upper()}{np[1:]} {be_for(np)} {part} {rest.strip()}".strip()
    return finish_title(title, gazetteer)


#: A subject that opens the sentence and the restrictive relative clause after it, which has a verb of its own:
#: "The ceasefire that took effect…", "Talks that began…", "The law that parliament passed…", "A treaty whose text was…".
_SUBJECT_AND_RELATIVE = re.compile(r"(?P<np>(?:(?:The|A|An|Its|Their|His|Her|This|These|Those)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)"
                                   rf"\s+(?:that|which|who|whose\s+(?P<owned>[a-z][\w-]*))\s+(?=(?:[\w'’.-]+\s+){{0,3}}?(?:was|were|had|has|have|is|are|"
                                   # (…or a present of what runs its course: "A council whose term ends on Feb. 7")
                                   rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{COURSE_VERBS}"
                                   # (…or a past spelled as its present after "who": "Serb officers who quit the police")
                                   rf"|(?<=who\s){words_pattern(PAST_LIKE_PRESENT)})\b)")
#: A source and its saying, before what it says: "The Somali delegation says ", "Officials said that ".
_SOURCE_SAYS = re.compile(r"(?:[\w'’.-]+\s+){1,5}?(?:says|said|say|reports|reported|estimates|estimated|told\s+reporters)\s+"
                          r"(?:that\s+)?(?=(?:the|a|an|its|their)\s)")
#: The main verb right after the relative clause's date (an adverb maybe before it): "…on 2 October [collapsed]".
_MAIN_VERB_AFTER_RELATIVE = re.compile(rf"\s+(?:(?:[a-z]+ly|also|then|later|finally|now|since)\s+)?(?P<verb>was|were|is|are|"
                                       rf"has|have|had|will|would|could|might|can|may|must|should|remains|(?!(?:and|or|but)\b)[a-z]{{3,}}ed|"
                                       rf"{words_pattern(IRREGULAR_PASTS)})\b")


#: A restrictive relative clause's pronoun and past after an object's noun, up to a date: "[a drone strike] that hit a
#: convoy near Kadugli on ".
_OBJECT_THAT_PAST = re.compile(rf"\s+that\s+(?P<clause>(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|"
                               # (…or a past spelled as its present, told by its object: "that [hit] a convoy")
                               r"(?:hit|cut|shut|put|set)(?=\s+(?:the|a|an|its|their|his|her)\s))\b[^,;:()\"“”]{0,100}?)"
                               # (…and the part of the date's time it took: "for most of")
                               r"(?:\s+(?:at|on|in|during|around|about|shortly|just|before|after|for|most|much|part|all|"
                               r"of|the|rest|whole|end|start|beginning|early|late|past|until|till|beyond|into))*\s*$")

#: A time subordinator inside a clause: " after ", " when ".
_TIME_SUBORDINATOR_INSIDE = re.compile(r"\s(?:after|before|when|until|once|while)\s+")


def _object_restrictive_relative_title(sentence: Sentence, t: Timex, inside: list[Timex],
                                       gazetteer: Gazetteer) -> str | None:
    """"The two sides blamed each other on Saturday for a drone strike that hit a convoy near Kadugli on Thursday":
    the later date, closing a restrictive relative clause about the main clause's object, is that clause's happening ("A
    drone strike hit a convoy near Kadugli"), the main clause having its own date."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _OBJECT_THAT_PAST.search(s, max(0, rel - 140), rel)
    if m is None or not PHRASE_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start) \
            or not any(o is not t and o.end - sentence.start <= m.start() for o in inside) \
            or any(o is not t and m.start() <= o.start - sentence.start < rel for o in inside) \
            or any(is_own_clause(m["clause"][sub.end():]) for sub in _TIME_SUBORDINATOR_INSIDE.finditer(m["clause"])):
        # (a time clause of its own inside the relative has the date: "…a suspension that began after a car bomb killed
        # two soldiers in Cucuta in January 2025" is the bombing's)
        return None
    np_start = noun_phrase_start(s, m.start())
    np = s[np_start:m.start()].strip()
    # (not a noun set off to sum up the clause before: "…their withdrawal from the bloc in January 2024, [a move] that took
    # effect a year later")
    if not re.match(r"(?:the|a|an)\s+[a-z]", np, re.I) or VERB.search(CAPITALISED_WORDS.sub("", np)) \
            or s[:np_start].rstrip().endswith(",") \
            or any(np_start <= o.start - sentence.start < m.start() for o in inside):
        return None
    return finish_title(f"{np[:1].upper()}{np[1:]} {m['clause']}", gazetteer)


#: A bare plural with its phrase and its past, opening a clause: "votes on the speaker failed", "talks in Doha stalled".
_BARE_PLURAL_PHRASE_PAST = re.compile(rf"{_BARE_PLURAL_WITH_PHRASE}(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A second predicate that looks ahead, joined on after a past: " and [is due to] be sworn in", " and [will] meet".
_AND_AHEAD_PREDICATE = re.compile(r"\s+and\s+(?P<second>(?:is|are)\s+(?:now\s+)?(?:due|set|expected|scheduled|slated)\s+to\s+|"
                                  r"will\s+)")


#: An opening role and the name set off after it: "His ally, [Sinisa Karan], ".
_NAME_SET_OFF_OPENING = re.compile(r"(?:(?:His|Her|Their|Its|The)\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+,\s+"
                                   r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s")


def _ahead_after_undated_past(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"His ally, Sinisa Karan, won that vote and is due to be sworn in next week": a date in a predicate that looks ahead,
    joined on after an undated past of the same subject, is the second predicate's alone ("Sinisa Karan is due to be
    sworn in")."""
    s = sentence.text
    rel = t.start - sentence.start
    joined = None
    for m in _AND_AHEAD_PREDICATE.finditer(s, max(0, rel - 120), rel):
        joined = m
    # (the sentence's dates are in order: one before the joining, if any, is the first)
    if joined is None or inside and inside[0] is not t and inside[0].start - sentence.start < joined.start() \
            or re.search(r"[,;:]", s[joined.end():rel]):
        return None
    lead = dateline_end(s)
    subject = subject_of(s[lead:joined.start()])
    first = s[lead + len(subject):joined.start()] if subject is not None and s[lead:].startswith(subject) else ""
    named = _NAME_SET_OFF_OPENING.match(s, lead) if subject is None else None
    if named is not None:  # ("His ally, Sinisa Karan, won…": the name set off is who)
        subject, first = named["name"], s[named.end() - 1:joined.start()]
    if not first.strip() or not re.match(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b", first) \
            or re.search(r"[,;:]|\b(?:which|who|when|after|before|because|since)\b", first):
        return None
    told = f"{subject} {s[joined.start('second'):]}"
    part = Sentence(sentence.start + joined.start("second") - len(subject) - 1, sentence.end, told)
    title = make_title(part, t, [o for o in inside if o.start >= sentence.start + joined.start("second")], gazetteer)
    return title if len(title.split()) >= 3 else None


def _subject_relative_split(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The ceasefire that took effect on 2 October collapsed in November": two happenings of one subject,
    the relative clause's ("The ceasefire took effect") and the main clause's ("The ceasefire collapsed"),
    each titled without the other."""
    s = sentence.text
    lead = dateline_end(s) or clock_stamp_end(s)  # (a live page's stamp ends as a dateline: "10:15 — The Somali…")
    # (…what a source says too: "The Somali delegation says the drought that began in late 2020 killed 40,000 in 2022")
    said = _SOURCE_SAYS.match(s, lead)
    m = _SUBJECT_AND_RELATIVE.match(s, said.end() if said is not None else lead)
    # (the stamp's own time is the whole entry's, no clause's)
    if m is None or len(inside) < 2 or t.end - sentence.start <= lead or VERB.search(CAPITALISED_WORDS.sub("", m["np"])) or "," in m["np"]:
        return None
    own = [o for o in inside if o.start - sentence.start >= m.end()]
    first = own[0] if own else None
    if first is None or "," in s[m.end():first.start - sentence.start] or re.search(r"\b(?:and|or|but)\s", s[m.end():first.start - sentence.start]):
        return None
    verb = _MAIN_VERB_AFTER_RELATIVE.match(s, date_phrase_end(first, inside) - sentence.start)
    if verb is None or not any(o.start - sentence.start >= verb.end() for o in inside):
        return None  # (one date, the relative clause's, is titled as it is: "A ceasefire that took effect on 2 October is holding")
    if re.search(r"\b(?:scheduled|planned|set|due|slated|expected|supposed|meant|originally|initially)\b",
                 s[m.end():first.start - sentence.start]):
        return None  # "A round that had been scheduled for Tuesday was postponed to Dec. 10": a plan and its new day
    cut = verb.start("verb")
    if t.end - sentence.start <= cut:  # the relative clause's date: "The ceasefire that took effect"
        if m["owned"]:
            return None  # ("A treaty whose text was agreed in March…": what is owned, the "whose" clause's title says)
        # ("that" is about the noun right before it: "A suspect in [shootings that wounded two guards]")
        noun = m.start("np")
        # (…but not a place the happening was in: "The truce in Gaza that began in January")
        # (…nor what a body is made of: "The convoy of 14 trucks that left El Obeid" left)
        if not s[m.end("np"):m.end()].strip().startswith("who") and not HAPPENING_IN_PLACE.search(m["np"]) \
                and not BODY_OF_MEMBERS.match(m["np"]):
            governed = list(re.finditer(r"\s(?:in|of|on|at|for|with|from|over|against)\s+", m["np"]))
            noun += governed[-1].end() if governed else 0
        clause = Sentence(sentence.start + noun, sentence.start + cut, s[noun:cut].rstrip())
        return make_title(clause, t, [o for o in inside if o.end - sentence.start <= cut], gazetteer)
    if t.start - sentence.start < verb.end() or re.search(r"[;:(]|,(?!\d{3})", s[verb.end():t.start - sentence.start]):
        return None  # (a date after a comma is another clause's: "…has stalled over…, which the council authorised on…")
    if any(verb.end() <= o.start - sentence.start and o.end <= t.start for o in inside):
        return None  # (a second date of the main clause is titled as the sentence's own: "…was replaced in October by a
        # force approved by the Security Council on Sept. 30")
    # the main clause's date: the subject and its verb, without the relative clause between them
    shift = cut - m.end("np") - 1
    told = said.end() if said is not None else 0  # (the source's saying goes too, as it does from a sentence's title)
    main = Sentence(sentence.start + told, sentence.end - shift, s[told:m.end("np")] + " " + s[cut:])
    moved = {id(o): replace(o, start=o.start - shift, end=o.end - shift) for o in inside if o.start - sentence.start >= cut}
    return make_title(main, moved[id(t)], list(moved.values()), gazetteer)


#: A happening that years before it name, as the subject of its clause: "[the 1950-53] conflict ended…".
_NAMED_BY_YEARS = (r"\s+(?:[A-Z][\w'’-]*\s+|[a-z][\w-]*\s+){0,2}?(?:[Ww]ar|conflict|crisis|occupation|siege|uprising|"
                   r"insurgency|talks|negotiations|campaign|offensive|standoff|dispute|genocide|famine|"
                   r"blockade|ceasefire|truce|revolution)\b")
_YEARS_NAMING_SUBJECT = re.compile(_NAMED_BY_YEARS + r"(?=\s+(?:[a-z]{3,}ed|was|were|had|has|left|began|broke|came|fell|took|"
                                                      r"saw|cost)\b)")
#: …and a verb of its start or end after it, which the span of years does not date: "[Korean War] ended".
_EDGE_VERB_AFTER_NAMED = re.compile(_NAMED_BY_YEARS + r"(?=\s+(?:(?:formally\s+|finally\s+)?(?:ended|began|started|erupted|"
                                                       r"broke\s+out|finished|concluded|collapsed)|came\s+to\s+an\s+end)\b)")
#: A gathering and the plan that sets its date, right before the date: "a referendum planned for".
_GATHERING_PLANNED_FOR = re.compile(r"\b(?P<np>(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:referendum|vote|elections?|summit|"
                                    r"meeting|talks|visit|conference|session|round|ceremony|hearing|trial|review|census))\s+"
                                    r"(?P<plan>planned|scheduled|set|slated)\s+(?:for|on)\s+(?:the\s+)?$")
#: What someone is accused of, right before its own date: "accused of war crimes in the Central African Republic between ".
_ALLEGED_BEFORE_DATE = re.compile(r"\b(?:accused|suspected|convicted|acquitted|charged|indicted)\s+(?:of|with|over|for)\s+"
                                  r"(?P<what>(?!(?:the|a|an|his|her|their|its)\s+(?:killing|murder|death)\s+of\s+[A-Z])"
                                  r"[a-z][^,;:()]{2,80}?)\s+(?:between|from|in|during|on|since)\s+(?:the\s+)?$")


#: A subject that opens the sentence, an appositive about it and a relative clause inside that appositive, up to the
#: appositive's closing comma: "The challenger, [a former finance minister] who [left government in 2019], told…".
_APPOSITIVE_RELATIVE = re.compile(r"(?P<np>(?:The|Its|Their|His|Her)\s+(?:[\w'’.-]+\s+){0,3}?[\w'’.-]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),"
                                  r"\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+\s+(?:who|which|that)\s+"
                                  rf"(?=(?:(?:has|had|have|was|were|is|are)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)"
                                  # (a short quotation inside: "who took office in August 2022 promising \"total peace\"")
                                  r"(?P<clause>(?:[^,;:()\"“”]|\"[^\",;]{1,60}\"|“[^”,;]{1,60}”){3,160}?),\s+"
                                  r"(?=(?:[a-z]+ly\s+)?[a-z]{3,}\b)")


def _appositive_relative_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The challenger, a former finance minister who left government in 2019, told supporters on Saturday…": the
    relative clause inside the appositive tells the subject's own happening ("The challenger left government")."""
    s = sentence.text
    m = _APPOSITIVE_RELATIVE.match(s, dateline_end(s))
    if m is None or not m.start("clause") <= t.start - sentence.start < m.end("clause") \
            or VERB.search(CAPITALISED_WORDS.sub("", m["np"])):
        return None
    turned, _ = turned_clause(sentence, t, m["np"] + " ", m.start("clause"))
    title = make_title(turned, t, [o for o in inside if turned.start <= o.start and o.end <= turned.end], gazetteer)
    return title if len(title.split()) >= 2 else None


#: A happening's noun whose date stands between it and what it is of: "welcomed [the entry into force on] 1 October [of
#: the agreement]", "recalled the signing in August of the declaration".
_NOMINAL_BEFORE_DATE = re.compile(r"\b(?:the|its|their)\s+(?P<noun>entry\s+into\s+force|signing|signature|adoption|opening|"
                                  r"reopening|launch|conclusion|ratification|resumption|suspension|start|beginning|end|"
                                  r"expiry|release|withdrawal|collapse)\s+(?:on|in)\s+(?:the\s+)?$", re.I)
_OF_AFTER_DATE = re.compile(r",?\s+of\s+(?P<what>(?:the|a|an|its|their)\s+[^,;.:!?]{3,120}?)(?=\s*(?:[,;.:!?]|$|\s+(?:and|but|which|"
                            r"that|who)\b))")


#: An attack named with its date inside: "the attack on [24 November] against a patrol", "the strike in [June] on the plant".
_ATTACK_BEFORE_DATE = re.compile(r"\b(?:the|its|their)\s+(?P<noun>(?:[\w-]+\s+)?(?:attacks?|strikes?|bombings?|shelling|"
                                 r"ambush|raid|assault|killing|killings|abduction|kidnapping))\s+(?:on|in)\s+(?:the\s+)?$", re.I)
_TARGET_AFTER_DATE = re.compile(r",?\s+(?P<what>(?:against|on|near|in|at)\s+[^,;.:!?]{3,120}?)(?=\s*(?:[,;.:!?]|$|\s+(?:and|but|which|"
                                r"that|who)\b))")


#: A month's name, in full or cut short, before its day and year: "November", "Nov.", "Sept.".
_MONTH_OPENING = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)")


def _with_article(phrase: str) -> str:
    """"1998-2000 war" → "The 1998-2000 war", "November 2024 ceasefire" → "The November 2024 ceasefire": a noun phrase a
    year opens reads with its article."""
    return f"The {phrase}" if re.match(rf"(?:{_MONTH_OPENING}\s+(?:\d{{1,2}},?\s+)?)?\d{{4}}(?:[–-]\d{{2,4}})?\s+[a-z]", phrase) \
        else phrase


#: A joined clause's subject, a happening's noun phrase, up to the date inside it: ", and [the massacre at Srebrenica] in ".
_JOINED_HAPPENING_SUBJECT = re.compile(r"(?:,\s+and|;)\s+(?P<np>(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:massacre|attack|war|invasion|"
                                       r"coup|offensive|bombing|siege|uprising|genocide|earthquake|election|referendum|"
                                       r"summit|crisis|blockade|ceasefire|truce|deal|accord|agreement|treaty)"
                                       r"(?:\s+(?:at|in|on|of|against)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)\s+"
                                       r"(?:in|on)\s+$")


def _joined_happening_subject(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"…had been killed, and the massacre at Srebrenica in July 1995 had shocked the world": a date inside a joined
    clause's subject is that happening's ("The massacre at Srebrenica")."""
    s = sentence.text
    m = _JOINED_HAPPENING_SUBJECT.search(s, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if m is None or not re.match(r"\s+(?:had|has|have|was|were|is|are|[a-z]{3,}ed)\b", s[t.end - sentence.start:]):
        return None
    return finish_title(m["np"][:1].upper() + m["np"][1:], gazetteer)


def _dated_nominal(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"The Ministers welcomed the entry into force on 1 October 2026 of the agreement on transport" → "The entry into
    force of the agreement on transport": the date stands inside the noun phrase of the happening it dates."""
    s = sentence.text
    noun = _NOMINAL_BEFORE_DATE.search(s, max(0, t.start - sentence.start - 40), t.start - sentence.start)
    what = _OF_AFTER_DATE.match(s, t.end - sentence.start) if noun is not None else None
    if what is not None:
        return finish_title(f"The {noun['noun'].lower()} of {what['what']}", gazetteer)
    # "The members of the Council condemned the attack on 24 November against a patrol…": what a verb that only regards
    # it names, its date inside ("The attack against a patrol…")
    attack = _ATTACK_BEFORE_DATE.search(s, max(0, t.start - sentence.start - 30), t.start - sentence.start)
    target = _TARGET_AFTER_DATE.match(s, t.end - sentence.start) if attack is not None else None
    if target is None or not (RELATING_VERB.search(s, 0, attack.start()) or SPEAKING_PRESENT.search(s, 0, attack.start())):
        return None
    return finish_title(f"The {attack['noun'].lower()} {target['what']}", gazetteer)


_SEMICOLON = re.compile(r";\s+")
#: A ranking and its date alone after a semicolon, the verb left to the clause before: "[the second] on".
_RANK_THEN_DATE = re.compile(r"(?:and\s+)?(?P<rank>the\s+(?:first|second|third|fourth|fifth|last|latest|next)(?:\s+one)?)\s+"
                             r"(?:(?:on|in|at|during)\s+)?")


#: A noun phrase right before its date's preposition: "[a suicide bombing outside a court in the capital] on".
# (governed by a preposition: the object of a verb is dated by the verb, "signed a deal in March that ended…")
_NOUN_BEFORE_DATE = re.compile(r"\b(?:for|of|after|over|by|with|from|against|following|since|to|follows|followed|precedes|"
                               r"preceded)\s+"
                               # (or a bare plural: "after [gatherings in Geneva] in March that ended…")
                               r"(?P<np>(?:a|an|the)\s+[^,;:()\"“”]{2,80}?|[a-z]{3,}s\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)"
                               r"\s+(?:on|in|at|last|this)\s+$")


def _dated_noun_then_relative(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…which it blames for a suicide bombing outside a court in the capital on Nov. 11 that killed 12 people": the
    date is the noun phrase's, and the relative after it tells what that did ("A suicide bombing … killed 12 people")."""
    s = sentence.text
    start, end = t.start - sentence.start, date_phrase_end(t, inside) - sentence.start
    # (…or after a second month of the same noun: "gatherings in Geneva in [March] and July that ended with…")
    did = PAST_RELATIVE_AFTER.match(s, end) or AND_MONTH_THEN_PAST_RELATIVE.match(s, end)
    # (the second month's noun is the first's: "gatherings in Geneva in March and [July] that ended…")
    first = next((o for o in inside if o is not t and re.fullmatch(r"\s+and\s+(?:in\s+)?", s[o.end - sentence.start:start])),
                 None)
    noun_end = first.start - sentence.start if first is not None else start
    noun = _NOUN_BEFORE_DATE.search(s, max(0, noun_end - 100), noun_end) if did is not None else None
    # (not a period the relative is about: "fell by a fifth in [the fiscal year] that ended in March"; but "ended with
    # agreements" is what gatherings did)
    if noun is None or did["verb"] in NOT_PARTICIPLES or FIRST_VERB.search(noun["np"]) \
            or re.match(r"(?:the|this|that|its|their)\s", t.text, re.I) \
            or (did["verb"] in ("ended", "began", "started") and not re.match(r"\s+with\b", did["rest"])) \
            or any(noun.start() <= o.start - sentence.start < start for o in inside if o is not t and o is not first):
        return None
    np = noun["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} {did['verb']}{did['rest']}".rstrip(), gazetteer)


#: A second subject and its own date after a comma, the first clause's predicate left unsaid: "Iraq became independent
#: in 1932[, Syria and Lebanon in ]the 1940s".
_SUBJECT_GAPPED_AFTER_COMMA = re.compile(r",\s+(?:and\s+)?(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|,\s+|,?\s+and\s+)[A-Z][\w'’.-]*){0,5})"
                             r"\s+(?:in|on|at|during|by)\s+(?:the\s+)?"
                             # (…or in the other languages, with no comma: "Guatemala votó el 15 de abril de 2018 [y Belice el]
                             # 8 de mayo de 2019")
                             r"|,?\s+(?:y|e|et|und)\s+(?P<subject2>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})"
                             r"\s+(?:el|le|en|em|no|na|il|nel|nell['’]|a|au|am|im)\s*")


#: A happening a date stands before as its adjective, and the relative that tells what it did: "the [Oct. 7, 2023,]
#: attack by Hamas that killed about 1,200 people".
_ATTRIBUTIVE_DATE_RELATIVE = re.compile(
    r",?\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?:attack|attacks|bombing|massacre|killing|strike|strikes|raid|offensive|invasion|coup|"
    r"uprising|ceasefire|truce|deal|agreement|accord|summit|election|elections|vote|referendum|earthquake|explosion|"
    r"assassination|clashes|war|incursion|blast|shooting|crash)(?:\s+(?:by|on|in|against|of|at)\s+[^,;:()]{1,40}?)?)"
    rf"\s+(?:that|which)\s+(?P<rest>(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b(?:[^,;:()]|(?<=\d),(?=\d{{3}}))*?)"
    r"\s*(?:[.;!?]|,(?!\d{3})|$)")  # (a number's comma is no clause's: "killed about 1,200 people")


_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _attributive_date_relative_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"…to mark two years since the Oct. 7, 2023, attack by Hamas that killed about 1,200 people": a date standing as
    its happening's adjective, with a relative clause that tells what the happening did, titles that ("The attack by
    Hamas killed about 1,200 people")."""
    s = sentence.text
    if not re.search(r"\b(?:the|its|their|his|her)\s+$", s[max(0, t.start - sentence.start - 6):t.start - sentence.start], re.I) \
            or not _DAY_VALUE.match(t.value):
        return None  # (a year before its noun is titled with it: "The 2022 peace deal ended the war in Tigray")
    m = _ATTRIBUTIVE_DATE_RELATIVE.match(s, t.end - sentence.start)
    if m is None:
        return None
    return finish_title(f"The {m['np']} {m['rest']}", gazetteer)


def _gapped_subject_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Iraq became independent in 1932, Syria and Lebanon in the 1940s": two subjects share one predicate, each with
    its date; the first date titles the first clause, the second its subject told with that predicate."""
    s = sentence.text
    before = max((o for o in inside if o.end <= t.start), key=lambda o: o.end, default=None)
    after = min((o for o in inside if o.start >= t.end), key=lambda o: o.start, default=None)
    if before is not None and _SUBJECT_GAPPED_AFTER_COMMA.fullmatch(s, before.end - sentence.start, t.start - sentence.start) \
            and re.fullmatch(r"\s*[.;!]?\s*", s[t.end - sentence.start:]):
        first, second, other = before, t, None
    elif after is not None and _SUBJECT_GAPPED_AFTER_COMMA.fullmatch(s, t.end - sentence.start, after.start - sentence.start) \
            and re.fullmatch(r"\s*[.;!]?\s*", s[after.end - sentence.start:]):
        first, second, other = t, after, after
    else:
        return None
    clause = s[:first.start - sentence.start]
    subject = subject_of(clause)
    foreign_verb = FOREIGN_PAST.search(clause) if subject is None else None
    if foreign_verb is not None and 0 < len(clause[:foreign_verb.start()].split()) <= 6:
        subject = clause[:foreign_verb.start()].strip()  # ("Guatemala votó el 15 de abril…": a past of its language)
    if subject is None or not clause.startswith(subject):
        return None
    predicate = re.sub(r"\s+(?:in|on|at|during|by|el|le|en|em|no|na|il|nel|nell['’]|a|au|am|im)\s*(?:the\s+)?$", "",
                       clause[len(subject):]).strip()
    if not predicate or not (VERB.match(predicate) or FIRST_VERB.match(predicate) or FOREIGN_PAST.match(predicate)):
        return None
    if other is not None:  # the first date: its own clause
        return finish_title(f"{subject} {predicate}", gazetteer)
    gap = _SUBJECT_GAPPED_AFTER_COMMA.fullmatch(s, first.end - sentence.start, second.start - sentence.start)
    gapped = gap["subject"] or gap["subject2"]
    verb, _, rest = predicate.partition(" ")
    if re.match(r"(?:the|a|an|its|their|o|a|os|as|el|la|los|las|le|les|il|lo|gli|un|una|une|um|uma|der|die|das|den)\s", rest):
        # "O M23 tomou a cidade de Goma em janeiro de 2025 e Bukavu em fevereiro": a verb with its object shares itself and its
        # subject with a second object ("O M23 tomou Bukavu"), not with a second subject
        return finish_title(f"{subject} {verb} {gapped}", gazetteer)
    return finish_title(f"{gapped} {predicate}", gazetteer)


#: A saying's second "that" clause, up to the date in it: "Umerov said the talks had been productive [and that] a further
#: round would take place…" (no other saying or clause edge between).
_SECOND_SAYING = re.compile(r"\b(?P<said>said|says|told\s+(?:reporters|journalists)|announced|added|stated)(?:\s+that)?\s+"
                            r"[^;:,]{3,160}?\s+and\s+that\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z])\S*\s)"
                            r"(?=[^;:]*$)(?![^;:]*\b(?:said|says)\b)")


#: A relative clause a preposition opens, with a subject of its own, up to its date: ", for which [Abiy received the prize]"
#: (an "in which" needs no comma: "a fresh wave of unrest in which [more than 1,500 prisoners escaped]").
_PREPOSITION_WHICH_SUBJECT = re.compile(r"(?:,\s+|(?<=[a-z])\s+(?=in\s+which\s)"
                                        # (…or "under which" right after a date: "a deal signed on Feb. 20 under which")
                                        r"|(?<=[a-z0-9])\s+(?=under\s+which\s))(?:for|in|during|after|under|by|with|from|at)\s+"
                                        r"(?:which|whom)\s+"
                                        # (a bare plural subject, its auxiliary next: "under which [new elections] will be held")
                                        r"(?P<clause>(?:(?:[a-z]+\s+)?[a-z]{3,}s(?=\s+(?:will|would|could|should|must|can|may|"
                                        r"might|are|were|have|had)\b)|"
                                        r"[A-Z][\w'’.-]*|the|a|an|his|her|its|their|he|she|they|it|we|"
                                        # (…or a count: "in which [more than 1,500 prisoners] escaped")
                                        r"more\s+than|at\s+least|some|about|nearly|almost|over|\d[\d,]*)\s"
                                        r"(?:[^,;:()]|,(?=\d)){3,140}?)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$")
#: The noun phrase a "from which" clause left, right before it: "[The 2015 nuclear deal], from which".
_LEFT_ANTECEDENT = re.compile(r"(?:^|(?<=\s))(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)$")
#: A doing said again by "did", right before its date: ", as it did [in May and June last year]" (or ", which it did").
_AS_IT_DID = re.compile(r",?\s+(?:as|which)\s+(?:it|they|he|she|[A-Z][\w'’.-]*)\s+(?:duly\s+|finally\s+|eventually\s+)?(?:did|had|has)"
                        r"\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?"
                        r"(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?(?:and|or)\s+)?$")  # (the second of two: "in May and [June]")
#: …and the readiness or plan it says again: "Türkiye was ready to host a new round of direct talks … in Istanbul".
#: (…or the duty or promise it kept: "Hamas was to release all living hostages within 72 hours, which it did [on October 13]")
_READY_TO = re.compile(r"(?P<subject>(?:The|the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:was|were|is|are|had|agreed|promised|"
                       r"pledged|vowed|undertook)\s)|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:(?:was|were|is|are)\s+(?:(?:ready|prepared|willing|"
                       r"set|eager|due|obliged|required)\s+)?|had\s+|(?:agreed|promised|pledged|vowed|undertook)\s+)"
                       r"to\s+(?P<verb>[a-z]{3,})\s+(?P<object>[^,;]{3,150}?)(?:\s+(?:within|by|before|no\s+later\s+than)\s+[^,;]+)?"
                       r"(?=\s*[,;]|$)")
#: What is new about a round, which a past of it does not say: "a new round of".
_ANOTHER_ROUND = re.compile(r"^(?:a\s+new|another|a\s+fresh|a\s+further)\s+round\s+of\s+")
#: "Followed" set off after a clause, right before a date: "…in Brussels, followed [a month later]".
_FOLLOWED_BEFORE = re.compile(r",\s+(?:to\s+be\s+)?followed\s+(?:(?:on|in|at)\s+)?$")
#: …and who or what followed, after the date: " by an annex agreed in Ohrid, North Macedonia".
_FOLLOWED_BY = re.compile(r"\s+by\s+(?P<np>(?:a|an|the|its|their|[A-Z])[^;:()]{2,120}?)\s*(?:[.;]|$)")
#: A noun phrase and the participle that says what was done to it: "an annex agreed in Ohrid".
_NOUN_THEN_PARTICIPLE = re.compile(rf"(?P<noun>(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?[a-z][\w'’-]*)\s+"
                                   rf"(?P<rest>(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b.*)")


#: A date's preposition ending a phrase: " in ", " on the ".
_DATE_PREPOSITION_END = re.compile(r"\s(?:in|on)\s+(?:the\s+)?$")
#: "Since" and a doing's noun of a thing, right before the date: "since the signing of the Revitalized Agreement in ".
_SINCE_THE_DOING_OF = re.compile(r"\bsince\s+the\s+(?:[a-z]+(?:ing|ion|ment|al)|fall|start|outbreak|capture|collapse|seizure|"
                                 # (not past an "and" that opens a second predicate: "since the beginning of the year
                                 # and plan further demonstrations in Brussels next week")
                                 r"takeover|death|siege)\s+of\s+(?:(?!\s+and\s+(?!(?:the|a|an|its|their)\b|[A-Z]))[^,;]){2,80}?"
                                 r"\s+(?:(?:in|on)\s+(?:the\s+)?)?$")
#: A place joined on with its own date, its verb gapped: " and then to Bucharest on ".
_GAPPED_PLACE = re.compile(r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?P<prep>to|in|at)\s+(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})"
                           r"\s+(?:on|in|at)\s+(?:the\s+)?$")
#: A noun phrase "after" names, right before its own date: ", after intercommunal fighting in ".
_AFTER_DATED_NOUN = re.compile(r",\s+(?:after|following|amid)\s+(?![a-z]{3,}ing\s+(?:a|an|the|its|their|his|her)\b)"
                               r"(?P<np>(?:(?:the|a|an|its|their)\s+)?[a-z][^,;:()]{2,60}?)\s+"
                               r"(?:in|on|during)\s+(?:the\s+)?$"
                               # (…or right after a clause's own date, with no comma, the date counted from it: "came in
                               # March 1990 after [elections] the previous November")
                               r"|(?<=\d)\s+(?:after|following)\s+(?P<np3>[a-z][^,;:()]{2,40}?)\s+$"
                               # (…and in French, Spanish, Italian, Portuguese: ", après l'effondrement de son système financier à")
                               r"|,\s+(?:après|tras|después\s+de|dopo|após|depois\s+d[eoa]s?)\s+"
                               r"(?P<np2>(?:l['’]|(?:le|la|les|un|une|des|el|los|las|una|unos|unas|il|lo|o|a|os|as|um|"
                               r"uma|uns|umas)\s+)[^\W\d_][^,;:()]{2,60}?)\s+"
                               r"(?:à|au|en|in|nel|nell['’]|em|no|na|a|el|le)\s*(?:l['’])?$")
#: "After" and a noun right after a clause's date, up to the noun's own date: "[ after elections ]the previous November".
_AFTER_NOUN_COUNTED_ON = re.compile(r"\s+(?:after|following)\s+(?:(?:the|a|an|its|their)\s+)?[a-z][^,;:()\d]{2,40}?\s+"
                                    r"(?=the\s+(?:previous|preceding)\s)")
#: A time clause that opens its sentence and puts the main clause before or after it: "By the time…, ", "After…, ".
_SEQUENCE_OPENING = re.compile(r"\s*(?:By\s+the\s+time|After|Before|Once|As\s+soon\s+as|Until)\s+"
                               r"(?P<clause>(?:[A-Z]|[a-z]+\s)[^,;]*?),(?!\s*\d{4}\b)\s")
#: "And" between two dates, in the languages we read: "May [and] June 2025", "mai [et] juin", "мае [и] июне".
_AND_WITH_ITS_PREPOSITION = r"\s+(?:and|or|et|ou|und|oder|y|o|e|и|или|ve|veya)\s+(?:(?:en|im|в|el|il)\s+)?"
_AND_BETWEEN_DATES = re.compile(_AND_WITH_ITS_PREPOSITION, re.IGNORECASE)
#: …or a list's comma: "im Mai[, ]Juni und Juli".
_LIST_COMMA_BETWEEN_DATES = re.compile(r"\s*,\s*(?:(?:en|im|в|el|il)\s+)?")
_AND_BEFORE_A_DATE = re.compile(_AND_WITH_ITS_PREPOSITION + "$", re.IGNORECASE)
_LIST_COMMA_BEFORE_A_DATE = re.compile(_LIST_COMMA_BETWEEN_DATES.pattern + "$")


def _listed_with(s: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[int, int]:
    """The span of the list of dates [start, end) stands in, joined by "and" (and commas before it): "en mai [et] juin
    2025", "im Mai[, ]Juni [und] Juli" go out of a title as one phrase; the date's own span when it stands alone."""
    at = {lo: hi for lo, hi in others}
    ends = {hi: lo for lo, hi in others}
    lo, hi, anded, commas = start, end, False, False
    first_join = None  # (the join right before the date, where two dates joined by "and" alone have the date's phrase open)
    while True:  # (forward, to the list's last date)
        and_join = _AND_BETWEEN_DATES.match(s, hi)
        joined = and_join or _LIST_COMMA_BETWEEN_DATES.match(s, hi)
        if joined is None or joined.end() not in at:
            break
        anded, commas = anded or and_join is not None, commas or and_join is None
        hi = at[joined.end()]
    while True:  # (…and back, to its first)
        joined = next((j for j in (_AND_BEFORE_A_DATE.search(s, max(0, lo - 16), lo),
                                   _LIST_COMMA_BEFORE_A_DATE.search(s, max(0, lo - 16), lo))
                       if j is not None and j.start() in ends), None)
        if joined is None:
            break
        first_join = joined.start() if first_join is None else first_join
        and_join = re.search(r"\w", joined.group()) is not None  # (an "and", not a comma alone)
        anded, commas = anded or and_join, commas or not and_join
        lo = ends[joined.start()]
    # (a comma alone makes no list: "on Monday, Nov. 30" says one day twice)
    if not anded:
        return start, end
    # (two dates joined by "and": the date and its "and" go, the one before goes as another date's phrase, with what it
    # leaves: "celebradas en abril de 2018 [y mayo de 2019]"; a longer list goes whole)
    return (lo if commas else first_join) if first_join is not None else start, hi


#: An absolute "with" whose doer says something, closing a sentence: ", with [the army] saying [it had retaken…]".
_WITH_SAYING = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their)\s+[^,;]{1,40}?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+"
                          r"(?P<verb>saying|claiming|reporting|announcing|insisting|warning|adding)\s+(?:that\s+)?(?=\S)")
_SAYING_PAST = {"saying": "said", "claiming": "claimed", "reporting": "reported", "announcing": "announced",
                "insisting": "insisted", "warning": "warned", "adding": "added"}


def _with_saying_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Fighting intensified over the weekend, with the army saying it had retaken a bridge on Sunday": a date inside what
    an absolute "with" says, the main clause dated by one of its own, is the date of what is said, told with its sayer
    ("The army said it had retaken a bridge")."""
    said = _WITH_SAYING.search(sentence.text, 0, t.start - sentence.start)
    # (…or by no date, told in a present perfect, which is of no past day: "Attacks have risen again, with the United
    # Nations reporting that more than 100,000 people fled their homes in September")
    if said is None or not (any(o.end - sentence.start <= said.start() for o in inside if o is not t)
                            or _PRESENT_PERFECT.search(sentence.text, dateline_end(sentence.text), said.start())):
        return None
    part = Sentence(sentence.start + said.end(), sentence.end, sentence.text[said.end():])
    what = make_title(part, t, [o for o in inside if o.start >= part.start], gazetteer)
    if len(what.split()) < 2:
        return None
    what = re.sub(r"^(?:It|They|He|She|The|A|An|More|Fewer|Some|Many|Several|About|Nearly|Almost|Most|All|At\s+least)\b",
                  lambda m: m.group().lower(), what)
    np = said["np"][:1].upper() + said["np"][1:]
    return f"{np} {_SAYING_PAST[said['verb']]} {what}"


#: An opening count from a happening a noun names, up to the happening's date: "Eight years after [the first attack by
#: militants in Mocímboa da Praia] on ".
_COUNT_FROM_A_DATED_NOUN = re.compile(r"\s*(?:[\w-]+\s+){1,3}(?:years?|months?|weeks?|days?|decades?)\s+(?:after|since)\s+"
                                      r"(?P<np>(?:the|a|an|its|their)\s+[^,;]{3,120}?)\s+(?:on|in)\s+")
#: The main clause after that opening, told as a state of now: ", the insurgency shows no sign", ", the two have still not".
_STATE_NOW_AFTER = re.compile(r",\s+(?:the|its|their|a|an|[A-Z])[^,;.]{0,60}?\s(?:is|are|remains?|shows?|has|have|still|"
                              r"continues?|stays?)\b")
#: A subordinate clause's subject that a date ends, right before the date: "since [its withdrawal deadline] of ".
_SUBORDINATE_SUBJECT_OF_DATE = re.compile(r"\b(?:since|after|before|when|until|once)\s+(?P<np>(?:the|its|their|a|an)\s+"
                                          r"(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+of\s+$")
#: The course of that subject, its verb right after the date: " passed", " expired without a deal".
_COURSE_AFTER_SUBJECT_DATE = re.compile(r"\s+(?P<verb>passed|expired|lapsed|ended|began|started|collapsed|broke\s+down|"
                                        r"took\s+effect|came\s+into\s+force|ran\s+out)\b(?P<rest>[^,;.]{0,60})")
#: A reaction to a happening a noun names, right before the happening's date: "welcomed [the reopening of the Goma airport]
#: on", "condemned [the release of the prisoners] on" (when the reaction has a date of its own before it: else the one
#: date may be the reaction's, "welcomed the formation of the government in March 2025").
_REACTION_TO_DATED_HAPPENING = re.compile(
    r"\b(?:welcom|condemn|hail|prais|denounc|criticis|criticiz|deplor|regrett|applaud|lament)(?:ed|es|s|e)?\s+"
    r"(?P<np>the\s+(?:[\w-]+\s+){0,2}?(?:[a-z]{3,}(?:ing|ion|ure|ment)|release|return|launch|collapse|capture|arrest|"
    r"withdrawal|approval|renewal|removal|dismissal|arrival|departure|referral|handover)"
    r"(?:\s+of\s+[^,;:()]{2,60}?)?(?:\s+(?:in|at)\s+[A-Z][^,;:()]{1,40}?)?)\s+(?:on|in)\s+(?:the\s+)?$")


#: A name set off as an appositive, then a relative clause with a plural verb: "Belavia, which were imposed".
_NAME_THEN_PLURAL_RELATIVE = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+which\s+(?:were|are|have)\b")
#: …as its title reads: "Belavia were".
_NAME_THEN_PLURAL_VERB = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?=(?:were|are|have)\b)")
#: A plural noun and what it is on, before an appositive's comma: "[sanctions on the national airline], ".
_PLURAL_BEFORE_APPOSITIVE = re.compile(r"\b(?P<np>[a-z]{3,}s\s+(?:on|against|of|for|to)\s+(?:the\s+)?[^,;]{2,60}?),\s*$")
#: A count summed up by a closing appositive whose clause tells how it changed: "[More than 1.3 million people have been
#: displaced], a figure that has doubled since…" (the figure is nothing without the count it sums up).
_FIGURE_CHANGED = re.compile(r"(?:a|the)\s+(?:(?:new|record|grim)\s+)?(?:figure|number|total|toll|tally|count|level)\s+(?:that|which)\s+"
                             r"(?:has|have|had)\s+(?:(?:more\s+than|nearly|almost|roughly)\s+)?(?:doubled|tripled|quadrupled|"
                             r"halved|risen|grown|fallen|increased|decreased|dropped|climbed|soared|jumped)\b")
_COUNT_CLAUSE_BEFORE_APPOSITIVE = re.compile(r"(?P<clause>[^,;:]*\d[^,;:]*?),\s*$")


#: A passive's auxiliary right after a subject, before its participle: " were suspended", " had been detained".
_PASSIVE_AUXILIARY = re.compile(rf"\s+(?P<aux>was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                                rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")


#: What a time clause says was expected, before its date: "as a Russian delegation [was expected] in Abu Dhabi".
_EXPECTED_IN_TIME_CLAUSE = re.compile(r"\b(?:was|were)\s+(?:expected|due|scheduled|slated)\b")


#: What a doing is to allow, and its infinitive, up to its own date: "…to allow [talks brokered by Switzerland] to
#: [resume] in ".
_ALLOWED_TO_BEFORE = re.compile(r"\bto\s+(?:allow|enable|let|permit)\s+(?P<np>(?:the\s+|a\s+|an\s+)?[a-z][^,;]{2,60}?)\s+"
                                r"to\s+(?P<verb>(?!be\b)[a-z]{3,})(?P<rest>(?:\s+(?!in\b|on\b|at\b|by\b|from\b)[^\s,;]+){0,6}?)"
                                r"\s+(?:in|on|at|by|from)\s+(?:the\s+)?$")


def _allowed_to_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"…announced a 30-day ceasefire to allow talks brokered by Switzerland to resume in the new year": the date is what
    the doing is to allow ("Talks brokered by Switzerland to resume"), not the doing's own."""
    rel = t.start - sentence.start
    allowed = _ALLOWED_TO_BEFORE.search(sentence.text, max(0, rel - 140), rel)
    if allowed is None:
        return None
    # (told as a headline tells a plan, whichever side of publication its day falls: "Aid convoys to enter the city")
    np = allowed["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} to {allowed['verb']}{allowed['rest']}", gazetteer)


#: A gathering followed by others named by their places alone, up to this one's date: ", followed by Berlin in September
#: 2018 and [Niamey] again in ".
_FOLLOWED_BY_PLACES = re.compile(r",\s+followed\s+by\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:\s+again)?\s+(?:in|on)\s+"
                                 r"[^,;]{3,30}?(?:,\s+|\s+and\s+))*(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)"
                                 r"(?:\s+again)?\s+(?:in|on)\s+$")
#: The opening subject's gathering, its rank left out: "The [first] [conference]".
_RANKED_GATHERING_SUBJECT = re.compile(r"\s*(?:The|A|An|Its|Their)\s+(?:(?:first|second|third|fourth|last|latest|previous|"
                                       r"initial|inaugural)\s+)?(?P<noun>(?:[\w-]+\s+){0,2}?(?:conference|summit|meeting|"
                                       r"round|session|forum|congress|gathering|talks))\b")


def _followed_by_place_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"The first conference took place in Oslo in February 2017, followed by Berlin in September 2018 and Niamey again
    in January 2023": each later date is a gathering of the subject's kind at the place named with it ("The conference
    in Berlin")."""
    rel = t.start - sentence.start
    lead = dateline_end(sentence.text)
    followed = _FOLLOWED_BY_PLACES.search(sentence.text, max(lead, rel - 160), rel)
    subject = _RANKED_GATHERING_SUBJECT.match(sentence.text, lead) if followed is not None else None
    if subject is None:
        return None
    return finish_title(f"The {subject['noun']} in {followed['place']}", gazetteer)


#: A plural set off by dashes with the dates and places of its happenings: "The summits of 2018 — in April at
#: Panmunjom, in June in Singapore, in September in Pyongyang — ".
_DASHED_LIST = re.compile(r"(?P<np>\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w-]+\s+)?(?P<plural>[a-z]{3,}s))(?:\s+of\s+\d{4})?"
                          r"\s+(?:—|–|--)\s+(?P<list>[^—–]{5,300}?)\s+(?:—|–|--)\s")
#: One item of that list, its place after its date: "[in June] in Singapore".
_DATED_PLACE_ITEM = re.compile(r"\s+(?P<place>(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?=\s*(?:,|and\b|$))")


#: A noun that sums up the clause before it, set off at the sentence's end with its relative clause: ", [measures] that were
#: only lifted after…", ", [a move] that…".
_RESUMPTIVE_APPOSITIVE = re.compile(r",\s+(?:(?:a|an|the)\s+)?(?P<noun>(?:[a-z-]+\s+){0,2}?(?:measures|move|decision|step|steps|"
                                    r"policy|ban|restrictions|curbs|blockade|closure|closures|freeze|suspension|boycott))\s+"
                                    r"(?:that|which)\s+(?P<rest>[^,;:]{3,200}?)\s*[.!]?\s*$")


def _resumptive_appositive_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Uzbekistan cut gas supplies and closed rail links, measures that were only lifted after Mirziyoyev became president
    in December 2016": a date in the relative clause of a noun that sums up the clause before it dates what the relative
    clause says of that noun ("The measures were only lifted after Mirziyoyev became president")."""
    s, rel = sentence.text, t.start - sentence.start
    if len(s) - rel > 240:
        return None  # (the date closes the sentence's last phrase: a bounded look, not a pass over a long sentence per date)
    m = _RESUMPTIVE_APPOSITIVE.search(s, max(0, rel - 240))
    if m is None or not m.start("rest") <= rel < m.end("rest") or any(o.start - sentence.start < m.start() for o in inside) \
            or not (VERB.search(s, dateline_end(s), m.start()) or FIRST_VERB.search(s, dateline_end(s), m.start())):
        return None
    rest = remove_date_phrase(m["rest"], rel - m.start("rest"), t.end - sentence.start - m.start("rest"), own=True)
    return finish_title(f"The {m['noun']} {rest}", gazetteer)


def _dashed_list_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The summits of 2018 — in April at Panmunjom, in June in Singapore, in September in Pyongyang — raised hopes…":
    each date in the list is one of the plural's happenings, at its own place ("The summit in Singapore")."""
    rel = t.start - sentence.start
    m = _DASHED_LIST.search(sentence.text, max(0, rel - 360), rel + 320)  # (a bounded look, not a pass per date)
    if m is None or not m.start("list") <= rel < m.end("list"):
        return None
    place = _DATED_PLACE_ITEM.match(sentence.text[:m.end("list")], date_phrase_end(t, inside) - sentence.start)
    if place is None:
        return None
    plural = m["plural"]
    one = plural if plural in ("talks", "negotiations", "elections") else plural[:-3] + "y" if plural.endswith("ies") \
        else plural[:-1]
    np = m["np"][:m.start("plural") - m.start("np")] + one
    return finish_title(f"{np[:1].upper()}{np[1:]} {place['place']}", gazetteer)


#: The comma that closes a subject's aside, then the main verb: ", appointed".
_ASIDE_CLOSED_BEFORE_MAIN_VERB = re.compile(rf",\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|"
                                            r"will|would|is|are|was|were)\b)")
#: A relative pronoun right before a clause cut from its sentence: "that ", "which ".
_RELATIVE_PRONOUN_BEFORE = re.compile(r"\b(?:that|which|who)\s+$")
#: Participles of verbs that take an object, which alone after a noun are passive: "sanctions imposed in June 2023".
_TRANSITIVE_ONLY_PARTICIPLES = (r"(?:imposed|signed|adopted|approved|brokered|reached|elected|appointed|deployed|seized|"
                                r"captured|arrested|detained|released|killed|wounded|established|founded|introduced|issued|"
                                r"ordered|lifted|banned|suspended|announced|agreed|ratified|initialled|initialed|enacted|"
                                r"negotiated|mediated|convened|organised|organized|destroyed|damaged|struck|built|held|set\s+up)")
#: A subject (of the sentence or of what is said) with its own participle right before the date: "[An EU official said]
#: [sanctions on Kosovo imposed] in June 2023 after clashes…".
_REDUCED_RELATIVE_SUBJECT = re.compile(rf"(?:^|\b(?:said|says|that)\s+)(?P<np>(?:(?:the|a|an|its|their|The|A|An|Its|Their)\s+)?"
                                       r"(?:(?!(?:and|or|who|which|that|was|were|is|are|has|have|had|will|would|said|says|"
                                       r"told)\b)"
                                       r"[\w'’-]+\s+){0,3}?(?!(?:was|were|is|are|has|have|had|been|be)\b)[\w'’-]+"
                                       r"(?:\s+(?:on|of|against|for|with)\s+(?:the\s+)?[\w'’.-]+(?:\s+[A-Z][\w'’.-]*)?)?)\s+"
                                       # (a participle no intransitive past is spelled as: "Talks resumed on Monday after
                                       # the attack had frozen them" is a clause)
                                       # (any participle with its agent: "proposed by")
                                       rf"(?P<part>{_TRANSITIVE_ONLY_PARTICIPLES}|{DISTINCT_PARTICIPLE.pattern[:-2]}|[a-z]{{3,}}ed(?=\s+by\s))"
                                       # (…and its agent, a list of names maybe: "proposed by the United States, Saudi Arabia,
                                       # Egypt and the United Arab Emirates in September")
                                       r"(?P<agent>\s+by\s+(?:the\s+)?[A-Z][^,;()]{1,40}?(?:,\s+(?:the\s+)?[A-Z][^,;()]{1,40}?){0,5})?"
                                       r"\s+(?:in|on|at|during)?\s*$")
#: A noun phrase, then the doer of a clause about it with no "that": "[the deal] [the two sides]", "[the law] [Dodik]".
_THING_THEN_ITS_DOER = re.compile(r"(?P<thing>(?:the|a|an|its|their|The|A|An|Its|Their)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*)\s+"
                                  r"(?P<doer>the\s+(?:two|three|four|both|[a-z]+)\s+[a-z]{3,}s|"
                                  r"(?!(?:The|A|An|It|They|He|She|We|In|On|At)\b)(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)")
#: …and what follows its date, up to the main verb: "[ after clashes in the north] could be lifted".
_UP_TO_MAIN_VERB = re.compile(r"(?P<rest>(?:\s+(?:after|before|by|over|following|amid|under|in|at|for|during)\s+[^,;]{1,60}?)?)"
                              r"\s+(?:could|would|will|may|might|can|should|must|was|were|is|are|has|have|had|remains?|"
                              r"remained)\b")


def _reduced_relative_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"An EU official said sanctions on Kosovo imposed in June 2023 after clashes in the north could be lifted": a
    subject's own participle and date, the main verb after them, tell that date's happening ("Sanctions on Kosovo were
    imposed after clashes in the north")."""
    rel = t.start - sentence.start
    lo = dateline_end(sentence.text)
    subject = _REDUCED_RELATIVE_SUBJECT.search(sentence.text[lo:rel]) if rel - lo <= 160 else None
    main = _UP_TO_MAIN_VERB.match(sentence.text, date_phrase_end(t, inside) - sentence.start) if subject is not None else None
    if main is None or any(o is not t and lo + subject.start() <= o.start - sentence.start < rel for o in inside):
        return None
    np = subject["np"]
    doer = re.search(r"\s(?P<pronoun>he|she|they|we|it)$", np)
    if doer is not None:
        # ("…that an advisory committee she set up in February had proposed…": the pronoun is who did it, and the noun what
        # was done: "She set up an advisory committee")
        thing = np[:doer.start()]
        thing = thing[:1].lower() + thing[1:] if re.match(r"(?:The|A|An|Its|Their)\s", thing) else thing
        # (a person's pronoun is the person the sentence opens with: "Hanna Tetteh told the council that…")
        named = subject_of(sentence.text[lo:]) if doer["pronoun"] in ("he", "she") else None
        who = named if named and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*", named) \
            else doer["pronoun"].capitalize()
        return finish_title(f"{who} {subject['part']} {thing}{main['rest']}", gazetteer)
    named = _THING_THEN_ITS_DOER.fullmatch(np)
    if named is not None:
        # ("Officials said the deal the two sides reached in March had collapsed": a doer of its own after the noun, no
        # "that" between, did it to the noun)
        doer = named["doer"][:1].upper() + named["doer"][1:]
        return finish_title(f"{doer} {subject['part']} {named['thing'][:1].lower()}{named['thing'][1:]}{main['rest']}",
                            gazetteer)
    return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {subject['part']}{subject['agent'] or ''}{main['rest']}",
                        gazetteer)


#: A list's item, a noun phrase with its own participle right before the date: "…informal meetings, [a new Turkish Cypriot
#: leader elected] in October 2025 who backs reunification, and…".
_LISTED_NOUN_PARTICIPLE = re.compile(r",\s+(?P<np>(?:a|an|the|two|three|its|their)\s+(?:(?!(?:and|or|who|which|that|was|were|is|"
                                     r"are|has|have|had)\b)[\w'’-]+\s+){0,4}?[\w'’-]+)\s+"
                                     rf"(?P<part>[a-z]{{3,}}ed|{DISTINCT_PARTICIPLE.pattern[:-2]}|held|won|set\s+up|formed|named)"
                                     r"\s+(?:in|on|at|during)?\s*$")
#: …and the rest of the list after it: "[ who backs reunification], and an expanded format".
_REST_OF_LIST = re.compile(r"(?:\s+(?:who|which|that)\s+[^,;]{1,80})?,?\s+(?:and|or)\s+(?:a|an|the|two|three|its|their)\s"
                           r"|,\s+(?:a|an|the|two|three|its|their)\s+[^,;]{1,60},?\s+(?:and|or)\s")


def _listed_participle_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Since then the island has had informal meetings, a new leader elected in October 2025 who backs reunification,
    and an expanded format…": a listed noun with its own participle and date is that date's happening ("A new leader
    was elected"), not the list's verb."""
    rel = t.start - sentence.start
    listed = _LISTED_NOUN_PARTICIPLE.search(sentence.text, max(0, rel - 100), rel)
    if listed is None or not _REST_OF_LIST.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            or not VERB.search(sentence.text, dateline_end(sentence.text), listed.start()):
        return None
    np = listed["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {listed['part']}", gazetteer)


#: A gathering held or a text made somewhere, right before its date, inside the object of a verb before it: "…the roadmap
#: adopted at [the joint government meeting held in Bucharest] on 14 July 2025", "…replaces [a protocol signed] in 2007".
#: A verb's helper, which no noun phrase holds: "[would be] held", "[was] signed".
_AUXILIARY = AUXILIARY + r"|be|been|being|shall"
_OBJECT_MADE_THEN = re.compile(r"(?P<np>"
                               # (a gathering of whom it gathers: "the summit of heads of state [held] in Astana")
                               r"\b(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+)?(?:summit|meeting|conference|session|congress|"
                               r"forum|assembly)\s+of\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+(?=\s+held\b)|"
                               r"\b(?:the|a|an|its|their)\s+(?:(?!(?:and|or|that|which|who|the|a|an|its|their|in|on|at|to|"
                               r"for|from|with|by|over|into|under|against|between|after|before|during|" + _AUXILIARY + r")\b)"
                               r"[\w'’-]+\s+){0,3}?"
                               # (no pronoun: "a memorandum [it] signed with Ethiopia" is a zero relative's subject)
                               r"(?!(?:and|or|that|which|who|it|they|he|she|we|I|you|" + _AUXILIARY + r")\b)[\w'’-]+"
                               # (…or a bare plural a preposition governs: "under [rules] adopted in 2017")
                               r"|(?:(?<=\bunder\s)|(?<=\bwith\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bon\s)|(?<=\bover\s)|"
                               r"(?<=\bagainst\s))(?:[a-z][\w-]*\s+)?"
                               r"[a-z]{3,}(?<![su]s)s)\s+"
                               r"(?P<part>(?:(?:first|initially|originally|formally|jointly|once|previously|only)\s+)?"
                               r"(?:held|convened|hosted|organi[sz]ed|signed|concluded|brokered|ratified|initiall?ed|"
                               r"adopted|negotiated|drafted|reached|struck|"
                               # (…or a measure or body set up: "extending a regime first put in place in July 2023")
                               r"established|imposed|introduced|created|set\s+up|put\s+in\s+place|enacted|founded|"
                               r"launched|deployed|declared"
                               # (…or a crisis set off: "ending a political crisis [triggered] by the resignation of the
                               # prime minister in January")
                               r"|triggered|sparked|prompted|provoked))"
                               r"(?P<place>\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                               r"(?P<agent>\s+(?:by|under)\s+[^,;]{1,40}?)?\s+(?:on|in|at|during)?\s*$")


#: An "-ed" word that is an adjective before its noun, no verb: "armed groups", "masked gunmen", "unnamed officials".
_ADJECTIVE_IN_ED = re.compile(r"\b(?:armed|masked|unidentified|unnamed|unarmed|so-called)\s+"
                              r"(?!(?:the|a|an|its|their|his|her|them|themselves|with)\b)(?=[a-z])")


def _verb_told_before(before: str) -> bool:
    """Whether a verb stands in `before`, so that what follows it is an object: a past, or a present's "-s" right before
    ("[replaces] the protocol of…"), or a modal's ("[may elect] a new president under…")."""
    # (an "-ed" word that only says what a noun is goes: "rival [armed] groups", "[masked] gunmen")
    before = _ADJECTIVE_IN_ED.sub("", before)
    return VERB.search(CAPITALISED_WORDS.sub("", before)) is not None or re.search(r"\b[a-z]{3,}s\s+$", before) is not None \
        or re.search(r"\b(?:will|would|may|might|can|could|must|should|shall)\s+(?:not\s+)?[a-z]{3,}\b", before) is not None


def _object_made_then_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The ministers reviewed the roadmap adopted at the joint government meeting held in Bucharest on 14 July 2025": a
    gathering held or a text signed on the date, named inside what another verb did, is the date's happening ("The joint
    government meeting was held in Bucharest"), not the verb's, which the date does not tell."""
    rel = t.start - sentence.start
    held = _OBJECT_MADE_THEN.search(sentence.text, max(0, rel - 140), rel)
    before = sentence.text[dateline_end(sentence.text):held.start()] if held is not None else ""
    last_word = before.split()[-1] if before.split() else ""
    # (right after a verb or a preposition, as an object is: not a zero relative's subject, "a deal [their foreign ministers
    # initialled] in June", "a deal [Washington] brokered in March")
    if held is None or not _verb_told_before(before) \
            or not (last_word in _OBJECT_PREPOSITIONS or VERB.fullmatch(last_word) or re.fullmatch(r"[a-z]{3,}ing", last_word)
                    or re.fullmatch(r"[a-z]{3,}s", last_word)
                    and not re.search(r"\b(?i:whose|the|a|an|its|their|his|her|of|and)\s+[a-z]{3,}s\s+$", before)) \
            or re.search(r"\s[a-z][\w-]*\s+[A-Z][\w'’.-]*$", held["np"]) \
            or re.search(r"\b(?:which|that|who|whom|whose|where|when|after|before|as|because|since|until|while|and|but|"
                         r"with)\s+$", before) \
            or any(o is not t and held.start() <= o.start - sentence.start < rel for o in inside):
        return None  # (not a clause's subject and its past: "the constitution, which [the junta drafted] in March"; nor what
        # a happening came with, the same day's: "ended with a truce signed in Pretoria two years later")
    if DONE_THROUGH.search(sentence.text, max(0, held.start() - 160), held.end("np")):
        return None  # (the text or gathering a doing was done in dates the doing: "The council endorsed the plan [in a
        # resolution adopted] on Nov. 17", "Voters rejected it [in a referendum held] in April")
    np = held["np"]
    text_of_it = TEXT_ON_A_THING.search(sentence.text, max(0, held.start() - 40), held.start()) \
        if REACHED_LIKE.match(held["part"]) else None
    if text_of_it is not None and text_of_it.end() == held.start():
        np = sentence.text[text_of_it.start():held.end("np")]  # ("…and an agreement on [a prisoner exchange mechanism] reached")
    # (…with what its phrase says after its date, where, with whom, what for: "a peace deal signed on 23 March 2009
    # [between the government and…]", "the deal reached yesterday [in Doha between the two parties to free…]")
    after = _PHRASE_AFTER_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
    if after is not None and _SHARE_WON.match(after.group()):
        after = None  # ("…won the election held on Sunday [with 86.7 percent of the vote]": the winner's share, not the vote's)
    told = after.group() if after else ""
    if after is not None and re.match(r"\s+(?:which|whom|whose)\b", sentence.text[after.end():]):
        told = _PREPOSITION_OF_RELATIVE.sub("", told)  # ("…signed on Feb. 20[ under] which…": the relative's preposition)
    if after is not None and " between " in told and sentence.text.startswith(" and ", after.end()):
        # (a "between" goes on to its "and": "between the government and an earlier rebel group")
        second = _PHRASE_AFTER_DATE.match(sentence.text, after.end() + len(" and"))
        told += f" and{second.group()}" if second else ""
    elif after is not None and " between " in told and not re.search(r"\band\b", told):
        listed = _REST_OF_SIDES.match(sentence.text, after.end())  # (…past its commas: "between Baghdad, the regional
        told += listed["rest"] if listed is not None else ""  # government and foreign oil companies")
    return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {held['part']}{held['place'] or ''}{held['agent'] or ''}"
                        f"{told}", gazetteer)


#: A share or a margin a win had, right after the date: " with 86.7 percent", " by 12 votes".
_SHARE_WON = re.compile(r"\s+(?:with|by)\s+(?:(?:about|nearly|almost|over|some|more\s+than|less\s+than|just)\s+)?(?:\d|a\s+(?:wide|narrow|"
                        r"large|slim)\s+margin)")
#: The rest of a list of sides after its first, up to the clause's end: ", the regional government and foreign oil companies".
_REST_OF_SIDES = re.compile(r"(?P<rest>(?:,\s+[^,;.:!?]{2,50}?)*,?\s+and\s+[^,;.:!?]{2,50}?)\s*(?:[;.:!?]|$)")
# (not "of": what an of-phrase names is told by the phrase's head, "the joint declaration of [the two presidents] signed…")
_OBJECT_PREPOSITIONS = {"at", "to", "on", "in", "for", "from", "under", "over", "into", "about", "against", "through",
                        "during", "after", "before", "by", "within", "upon", "beyond", "without", "following", "despite"}
#: What a participle's phrase goes on with after its date, up to a clause of its own: " in Doha between the two parties".
_PHRASE_AFTER_DATE = re.compile(r"(?:\s+(?!(?:and|but|or|that|which|who|whose|while|after|before|when|as|because|although|"
                                # (nor the verb of the clause the object stands in: "a deal signed in Doha on Nov. 12 [had
                                # collapsed]"; "1,500"; "U.S.", whose points close no phrase)
                                r"though|since|until|if|" + AUXILIARY + r")\b)(?:[^\s,;.()\"“”]|(?<=\d)[,.](?=\d)|(?<=\b[A-Z])\.(?=[A-Z]\.)"
                                r"|(?<=\b[A-Z]\.[A-Z])\.(?=\s|$))+)+")


#: What a doing followed, the gathering that agreed it, up to its date: "…freed 1,000 prisoners [as agreed at talks in
#: Istanbul] a week earlier".
_AS_AGREED_AT = re.compile(r"\bas\s+(?:agreed|decided|promised|planned|announced)\s+(?:at|during|in)\s+"
                           r"(?P<np>(?:the\s+|a\s+)?[^,;]{2,60}?)\s+(?:(?:on|in|at)\s+)?$")


def _as_agreed_at_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Each side freed 1,000 prisoners as agreed at talks in Istanbul a week earlier": the date is the gathering's that
    agreed what was done, not the doing's ("Talks in Istanbul")."""
    agreed = _AS_AGREED_AT.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if agreed is None or not _GATHERING_HEAD.search(agreed["np"]):
        return None
    np = agreed["np"]
    return finish_title(f"{np[:1].upper()}{np[1:]}", gazetteer)


#: A gathering's noun: "talks", "a summit".
_GATHERING_HEAD = re.compile(rf"\b(?:{HELD_GATHERING}|negotiations|consultations|gathering)\b")


#: A time clause counted among others, up to its date: "[The last time a U.S. House speaker visited Taipei], in".
_COUNTED_TIME_CLAUSE = re.compile(r"(?:The\s+)?(?:[Ll]ast|[Ff]irst|[Pp]revious|[Oo]nly)\s+time\s+(?P<clause>[^,;]{3,140}?)"
                                  r"\s*,\s*(?:(?:in|on|at|during|back\s+in)\s+)?$")  # (set off: "…was in 1983" is the copula's)


def _counted_time_clause_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The last time a U.S. House speaker visited Taipei, in August 2022, China responded with drills": the date closes
    the time clause, and is its happening ("A U.S. House speaker visited Taipei"), the main clause what followed."""
    lead = dateline_end(sentence.text)
    clause = _COUNTED_TIME_CLAUSE.fullmatch(sentence.text, lead, t.start - sentence.start)
    if clause is None or not VERB.search(clause["clause"]):
        return None
    return finish_title(clause["clause"][:1].upper() + clause["clause"][1:], gazetteer)


#: A text named by the day it was made, right before that day: "…replaces [the protocol] of 10 March 2010".
# (the noun capitalised too, as a text's name: "the Convention of 28 June 1994")
_TEXT_OF_THE_DATE = re.compile(r"(?P<np>\b(?:the|a|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>(?i:protocol|agreement|accord|treaty|"
                               r"memorandum|deal|convention|resolution|declaration|charter|decree|armistice|order|ruling|"
                               r"judgment|judgement|decision|verdict|award)))\s+of\s+$")
_RELATIVE_AFTER_DATE = re.compile(r",?\s+(?:which|that|who)\s")
#: The texts that are adopted rather than signed.
_ADOPTED_TEXTS = {"resolution", "declaration", "charter", "decree"}
#: …and a court's or an arbiter's, which are issued: "the Order of 14 February 2023".
_ISSUED_TEXTS = {"order", "ruling", "judgment", "judgement", "decision", "verdict", "award"}


def _text_of_the_date_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The agreement replaces the protocol of 10 March 2010": a text named by its day, as the object of another verb, was
    made that day ("The protocol was signed"); the verb it is the object of is not that day's."""
    rel = t.start - sentence.start
    named = _TEXT_OF_THE_DATE.search(sentence.text, max(0, rel - 80), rel)
    before = sentence.text[dateline_end(sentence.text):named.start()] if named is not None else ""
    # (a text that opens the clause after a colon is its subject, no object: "…came close to a settlement: the Kozak
    # memorandum of November 2003 would have created a federation")
    before = re.split(r"[:;]\s", before)[-1]
    if named is None or not _verb_told_before(before) \
            or _RELATIVE_AFTER_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        return None  # (what its relative clause tells of it is more: "the Pretoria agreement of November 2022, which ended…")
    np = named["np"]
    noun = named["noun"].lower()
    made = "adopted" if noun in _ADOPTED_TEXTS else "issued" if noun in _ISSUED_TEXTS else "signed"
    return finish_title(f"{np[:1].upper()}{np[1:]} was {made}", gazetteer)


#: A plan told as the subject's second predicate, right before its date: " and are now set for ", " and is scheduled for ".
_PLAN_PREDICATE_BEFORE_DATE = re.compile(r"\s+and\s+(?P<pred>(?:is|are)\s+(?:now\s+)?(?:set|scheduled|planned|due|expected|slated))"
                                         r"\s+(?:for|on|in)\s+(?:the\s+)?$")
#: The subject opening a sentence, up to its verb, an aside set off by commas left out: "[Elections under the deal], first
#: due in 2022, have".
_SUBJECT_THEN_AUXILIARY = re.compile(r"\s*(?P<np>(?:The|A|An|[A-Z][\w'’.-]*)\s[^,;]{0,60}?)(?:,\s+[^,;]{1,80},)?\s+"
                                     r"(?:has|have|had|was|were|is|are)\b")


#: A noun phrase and the participle of its stopping, right before "since" and the date: "[peace talks suspended] since",
#: "[des négociations de paix interrompues] depuis".
_STOPPED_NOUN_SINCE = re.compile(r"(?:\b(?P<det>the|its|their|des|les)\s+|(?<=\s)(?<!\bto\s))"  # (no infinitive: "to [revive]")
                                 r"(?P<np>(?:(?!(?:on|in|at|to|for|with|from|by|and|or|the|a|an|à|en|et)\s)[a-zà-ÿ][\w'’-]*\s+){0,3}?"
                                 r"[a-zà-ÿ][\w'’-]*)\s+"
                                 r"(?P<part>suspended|frozen|stalled|halted|paused|broken\s+off|interrompu(?:e|es|s)?|"
                                 r"suspendu(?:e|es|s)?|gelé(?:e|es|s)?|bloqué(?:e|es|s)?)\s+(?P<since>since|depuis)\s+$")


def _stopped_since(sentence: Sentence, t: Timex) -> re.Match[str] | None:
    """The noun phrase and its stopping participle right before "since" `t` ("peace talks suspended since"), or None."""
    rel = t.start - sentence.start
    stopped = _STOPPED_NOUN_SINCE.search(sentence.text, max(0, rel - 90), rel)
    return stopped if stopped is not None and not VERB.search(stopped["np"]) else None


def _stopped_since_span(sentence: Sentence, t: Timex) -> tuple[int, int] | None:
    """The span of "suspended since 2019" after a noun, which goes whole with its date from another date's title."""
    stopped = _stopped_since(sentence, t)
    return (stopped.start("part"), t.end - sentence.start) if stopped is not None else None


def _stopped_since_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"…resumed in Caracas on Monday peace talks suspended since 2019": the date the stopping began is the
    stopping's ("Peace talks were suspended", "Les négociations de paix ont été interrompues"), not the resuming's."""
    stopped = _stopped_since(sentence, t)
    if stopped is None or not PHRASE_CLOSES.match(sentence.text, t.end - sentence.start) \
            or re.match(r"(?:and|or|but|et|ou|mais)\b", stopped["np"]):
        return None
    np = stopped["np"]
    if stopped["since"] == "depuis":
        return finish_title(f"Les {np} ont été {stopped['part']}", gazetteer)
    plural = re.search(r"[^s\W]s$|\btalks$", np) is not None
    return finish_title(f"{'The ' if stopped['det'] else ''}{np} {'were' if plural else 'was'} {stopped['part']}", gazetteer)


def _second_predicate_plan_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"Elections under the deal, first due in 2022, have been postponed twice and are now set for December 2026": the
    plan the second predicate tells is the date's, its subject the sentence's ("Elections under the deal are now set")."""
    planned = _PLAN_PREDICATE_BEFORE_DATE.search(sentence.text, max(0, t.start - sentence.start - 40), t.start - sentence.start)
    subject = _SUBJECT_THEN_AUXILIARY.match(sentence.text, dateline_end(sentence.text)) if planned is not None else None
    if subject is None or subject.end() > planned.start():
        return None
    return finish_title(f"{subject['np']} {planned['pred']}", gazetteer)


#: A finite past right after a date and the rest of its clause: "[February 2025] failed to produce a majority".
_OWN_PAST_AFTER_DATE = re.compile(rf"\s+(?P<verb>(?:[a-z]+ly\s+)?(?!(?:was|were|had)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                  r"\b[^,;:.()]*)")


def _done_so_since_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Sharaa addressed the General Assembly on Wednesday, the first Syrian leader to do so since Atassi in 1967": the one
    named did what the main clause tells, then ("Atassi addressed the General Assembly"); None when not so built."""
    s = sentence.text
    done = _DONE_SO_SINCE.search(s, max(0, t.start - sentence.start - 200), t.start - sentence.start)
    if done is None:
        return None
    first = s[dateline_end(s):done.start()]
    subject = subject_of(first)
    if subject is None or not first.startswith(subject):
        return None
    predicate = first[len(subject):]
    for o in inside:  # (without the main clause's own date: "on Wednesday")
        if o is not t:
            predicate = re.sub(rf",?\s+(?:(?:in|on|during|at)\s+)?{re.escape(o.text)}(?=\s|,|$)", "", predicate)
    return finish_title(f"{done['who']}{predicate}", gazetteer)


def _subject_at_two_places_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Sectarian violence in the coastal region in March and in Sweida in July killed 2,000 people": the subject at each
    place is each date's happening ("Sectarian violence in Sweida"), whatever the verb counts of both; None when the
    sentence is not so built."""
    s = sentence.text
    lead = dateline_end(s)
    dated = sorted((o for o in inside if o.start - sentence.start >= lead), key=lambda o: o.start)
    if len(dated) < 2 or t not in dated[:2]:
        return None
    first, second = dated[0], dated[1]
    opening = _SUBJECT_AT_A_PLACE.fullmatch(s, lead, first.start - sentence.start)
    joined = _AND_AT_A_PLACE.fullmatch(s, date_phrase_end(first, inside) - sentence.start, second.start - sentence.start)
    if opening is None or joined is None or not _PAST_NEXT.match(s, date_phrase_end(second, inside) - sentence.start):
        return None
    place = opening["place"] if t is first else joined["place"]
    return finish_title(f"{opening['head']} {place}", gazetteer)


#: A sentence's subject at a place, up to its date: "[Sectarian violence] [in the coastal region] in".
_SUBJECT_AT_A_PLACE = re.compile(r"(?P<head>(?:(?:The|A|An)\s+)?[A-Z]?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+"
                                 r"(?P<place>(?:in|at)\s+(?:the\s+)?[^,;]{2,50}?)\s+(?:in|on|during)\s+(?:the\s+)?")
#: "and" and a second place, up to its date: " and [in Sweida] in".
_AND_AT_A_PLACE = re.compile(r"\s+and\s+(?P<place>(?:in|at)\s+(?:the\s+)?[^,;]{2,50}?)\s+(?:in|on|during)\s+(?:the\s+)?")
#: A past right after a date: " killed", " left".
_PAST_NEXT = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


#: An appositive counting the main clause's doing, and who did it last, up to their date: ", the first Syrian head of
#: state to do so since [Nureddin al-Atassi] in".
_DONE_SO_SINCE = re.compile(r",\s+(?:the|a|an)\s+(?:first|only|last)\s+[^,;]{0,60}?\bto\s+(?:do|have\s+done)\s+so\s+since\s+"
                            r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[A-Z][\w'’-]*|bin|de|van|von)){0,4})\s+"
                            r"(?:in|on|during)\s+(?:the\s+)?$")


#: A gerund set off by its comma (not a preposition in "-ing"): ", extending", ", prompting".
_GERUND_SET_OFF = re.compile(r",\s+(?:[a-z]+ly\s+)?(?!(?:during|including|according|following|regarding|concerning|"
                             r"pending|notwithstanding|nothing|something|everything)\b)"
                             # (a toll is the clause's own: "…after armed Serbs attacked police in September 2023, killing an
                             # officer")
                             r"(?!(?:killing|wounding|injuring|displacing|destroying)\b)[a-z]{3,}ing\b")


#: A place a clause was in, named: "in Geneva", "at the United Nations".
_NAMED_PLACE_PHRASE = re.compile(r"\b(?:in|at|to|from|near)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")
#: A thing a clause did something to: a determiner's noun phrase or a name.
_THING_NAMED = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s+[a-z]|\b[A-Z][a-z]")


#: A main clause in the present (a plural's bare verb, or a present in "-s"), then a happening's noun phrase closing on the
#: year's preposition: "The two countries [continue] to repair ties strained by [a deadly border clash] in " (…or a clause
#: of the present joined on: "…, as the two countries continue…").
_HAPPENING_IN_A_PRESENT = re.compile(r"(?:[^;]*?,\s+(?:as|while|because|and)\s+)?\s*(?:[Tt]he|[Bb]oth|[Ii]ts|[Tt]heir|[A-Z][\w'’.-]*)"
                                     r"(?:\s+[\w'’.-]+){0,4}?\s+"
                                     r"(?P<verb>(?:continue|remain|seek|want|hope|work|struggle)s?|try|tries)\b[^,;:]{0,120}?\s"
                                     r"(?P<np>(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:clash|war|attack|coup|invasion|offensive|"
                                     r"crisis|conflict|standoff|massacre|uprising|revolution|earthquake|flood)(?:es|s)?)"
                                     r"\s+(?:in|of)\s+(?:the\s+)?")


#: A closing "with" and its noun phrase, up to the date it runs from: ", with [a regular timetable] from ".
_CLOSING_WITH_FROM = re.compile(r",\s+with\s+(?P<np>(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*(?<!ly)(?<!ed)(?<!due))\s+"
                                r"(?:from|starting|beginning|in|by)\s+(?:the\s+)?$")


def _closing_with_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"A pilot service is expected to start next spring, with a regular timetable from the summer of 2027": a closing
    "with" that has a date of its own, after the main clause's, is the thing that date brings ("A regular timetable")."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _CLOSING_WITH_FROM.search(s, max(0, rel - 80), rel)
    if m is None or not PHRASE_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start) \
            or not any(o.end - sentence.start <= m.start() for o in inside if o is not t):
        return None
    return finish_title(m["np"][:1].upper() + m["np"][1:], gazetteer)


#: A count of time and the time conjunction after it: " days after ", " weeks before ".
_COUNT_THEN_TIME_CONJUNCTION = re.compile(r"\s(?:days|weeks|months|years|hours|shortly|soon|just)\s+(?:after|before)\s+(?=[A-Z]|the\s)")


def _happening_in_a_present_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The two countries continue to repair ties strained by a deadly border clash in 2020": a present clause is of no
    past year, the happening the year closes is ("A deadly border clash")."""
    s = sentence.text
    if not PHRASE_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start):
        return None
    happening = _HAPPENING_IN_A_PRESENT.fullmatch(s, dateline_end(s), t.start - sentence.start)
    if happening is None or VERB.search(s, happening.end("verb"), happening.start("np")) \
            or any(happening.start("verb") <= o.start - sentence.start < t.start - sentence.start for o in inside):
        return None
    return finish_title(happening["np"][:1].upper() + happening["np"][1:], gazetteer)


def _nothing_done_to_before(sentence: Sentence, part: Sentence, inside: list[Timex]) -> bool:
    """Whether the main clause before `part` names no thing after its subject (past its dates, named places and counts
    of times): "…was formed in September 2019 and met eight times in Geneva before it…" leaves the "it" its subject's."""
    first = sentence.text[dateline_end(sentence.text):part.start - sentence.start]
    subject = subject_of(first)
    if subject is None or not first.startswith(subject) or re.search(r"(?<![su])s$|\b(?:they|people|forces)$", subject):
        return False
    rest = first[len(subject):]
    for o in inside:
        rest = rest.replace(o.text, " ")
    rest = re.sub(r"\b(?:once|twice|[a-z]+\s+times)\b", " ", _NAMED_PLACE_PHRASE.sub(" ", rest))
    # (nor a happening it held, which does nothing: "…held the third and final phase of a general election on Sunday,
    # five years after it seized power")
    return _THING_NAMED.search(HAPPENING_HELD.sub(" ", rest)) is None


#: The clause a time noun is the time of, with no "when" or "that": "[the summer ]the island almost reunified", "[the
#: night ]the talks collapsed".
_TIME_NOUN_CLAUSE = re.compile(rf"\s+(?P<clause>(?:(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*|"
                               rf"(?:[A-Z][\w'’.-]*\s+){{0,2}}[A-Z][\w'’.-]*|he|she|they|we|it|I)\s+"
                               rf"(?:(?:almost|nearly|first|finally|briefly)\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b[^,;.]*)")


def _time_noun_clause_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"…looks back on the summer the island almost reunified": a time noun that a clause right after it says the time
    of dates that clause ("The island almost reunified"), not the sentence it stands in."""
    if not re.fullmatch(r"(?i:the)\s+(?:summer|spring|autumn|fall|winter|day|night|week|month|year|morning|evening)", t.text):
        return None
    clause = _TIME_NOUN_CLAUSE.match(sentence.text, t.end - sentence.start)
    if clause is None:
        return None
    told = clause["clause"]
    return finish_title(told[:1].upper() + told[1:], gazetteer)


#: A place's restrictive relative, with its own subject after it: "[in the same place ]where ", "[in the room ]in which ",
#: "[en el mismo lugar ]donde ", "[dans la salle ]où ".
_PLACE_RELATIVE = re.compile(r"(?<![,;(])\s(?:where|in\s+which|at\s+which|donde|en\s+(?:el|la)\s+que|où|dove|in\s+cui|onde)"
                             r"\s+(?=(?:the|a|an|its|their|his|her|los|las|el|la|les|le|i|gli|il|os|as|o|[A-Z])\b)")


#: A past in English or in another language we read: "signed", "firmaron", "avaient signé".
_PAST_OF_ANY_LANGUAGE = re.compile(rf"\b(?:{PAST_VERB}|{FOREIGN_PAST.pattern})\b")


def _place_relative_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The meeting was held in the same place where the presidents signed the declaration on Dec. 14, 2023": the only
    date is the relative clause's, whose own subject did it there; the main clause, undated, is no happening of the day
    ("The presidents signed the declaration")."""
    if len(inside) > 1:
        return None
    s, rel = sentence.text, t.start - sentence.start
    m = None
    for found in _PLACE_RELATIVE.finditer(s, dateline_end(s), rel):
        m = found  # (the last before the date)
    if m is None or re.search(r"[;:()\"“”]", s[m.end():rel]) or not _PAST_OF_ANY_LANGUAGE.search(s, m.end(), rel):
        return None
    clause = Sentence(sentence.start + m.end(), sentence.end, s[m.end():])
    told = make_title(clause, t, inside, gazetteer)
    return told if len(told.split()) >= 3 else None


def _title_for(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str:
    """The title of the happening `t` dates: from its own clause when the sentence dates several."""
    undated = _time_noun_clause_title(sentence, t, gazetteer) \
        or _gapped_possessive_title(sentence, t, inside) or _stance_on_a_happening_title(sentence, t, inside, gazetteer) \
        or german_attributive_participle_title(sentence, t) or _said_of_it_title(sentence, t, inside, gazetteer) \
        or _counted_time_clause_title(sentence, t, inside, gazetteer) or _as_agreed_at_title(sentence, t, inside, gazetteer) \
        or _label_of_undated_clause(sentence, t, inside, gazetteer) or _since_when_title(sentence, t, inside, gazetteer) \
        or _after_semicolon_title(sentence, t, inside, gazetteer) or _vote_planned_inside(sentence, t, inside, gazetteer) \
        or _gapped_ranked_title(sentence, t, inside, gazetteer) or _counted_ranked_title(sentence, t, inside, gazetteer) \
        or _listed_places_title(sentence, t, inside, gazetteer) \
        or _gapped_subjects_title(sentence, t, inside, gazetteer) or _distributed_plural_title(sentence, t, inside, gazetteer) \
        or _counted_subject_dealt_out_title(sentence, t, inside, gazetteer) \
        or _colon_list_of_places_title(sentence, t, inside, gazetteer) \
        or _dated_phrases_title(sentence, t, inside, gazetteer) or _governed_noun_told_after_title(sentence, t, inside, gazetteer) \
        or _gerund_after_dated_predicate_title(sentence, t, inside, gazetteer) or _plan_aside_title(sentence, t, inside) \
        or _participle_in_span_title(sentence, t) \
        or _called_for_title(sentence, t, inside, gazetteer) or _with_plan_title(sentence, t, inside, gazetteer) \
        or _followed_by_doer_title(sentence, t, inside, gazetteer) or _followed_by_thing_title(sentence, t, inside, gazetteer) \
        or _dated_subject_title(sentence, t, inside, gazetteer) or _said_could_be_done_title(sentence, t, inside, gazetteer) \
        or _bounding_clause_title(sentence, t, inside, gazetteer) or _year_listed_title(sentence, t, inside, gazetteer) \
        or _with_saying_title(sentence, t, inside, gazetteer) or _listed_participle_title(sentence, t, inside, gazetteer) \
        or _reduced_relative_title(sentence, t, inside, gazetteer) or _dashed_list_title(sentence, t, inside, gazetteer) \
        or _followed_by_place_title(sentence, t, gazetteer) or _allowed_to_title(sentence, t, gazetteer) \
        or _object_made_then_title(sentence, t, inside, gazetteer) or _text_of_the_date_title(sentence, t, inside, gazetteer) \
        or _second_predicate_plan_title(sentence, t, gazetteer) or _stopped_since_title(sentence, t, gazetteer) \
        or _done_so_since_title(sentence, t, inside, gazetteer) or _subject_at_two_places_title(sentence, t, inside, gazetteer) \
        or _put_on_a_list_title(sentence, t, inside) or _happening_in_a_present_title(sentence, t, inside, gazetteer) \
        or _closing_with_title(sentence, t, inside, gazetteer) or _place_relative_title(sentence, t, inside, gazetteer) \
        or _resumptive_appositive_title(sentence, t, inside, gazetteer)
    if undated is not None:
        return undated
    rel = t.start - sentence.start
    counted_from = _COUNT_FROM_A_DATED_NOUN.fullmatch(sentence.text, dateline_end(sentence.text), rel) \
        if rel - dateline_end(sentence.text) <= 160 else None
    if counted_from is not None and _STATE_NOW_AFTER.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        # "Eight years after the first attack by militants in Mocímboa da Praia on Oct. 5, 2017, the insurgency shows no
        # sign of ending": the date is the happening the count runs from, the main clause a state of now
        return finish_title(counted_from["np"][:1].upper() + counted_from["np"][1:], gazetteer)
    within_subject = _SUBORDINATE_SUBJECT_OF_DATE.search(sentence.text, max(0, rel - 80), rel)
    course = _COURSE_AFTER_SUBJECT_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
        if within_subject is not None else None
    if course is not None:
        # "…has kept troops in Lebanon since its withdrawal deadline of Feb. 18 passed": the date dates the subordinate
        # clause's subject, whose course its verb tells
        np = within_subject["np"]
        owner = subject_of(sentence.text[dateline_end(sentence.text):]) if re.match(r"(?:its|their)\s", np) else None
        if owner is not None and not re.match(r"(?:It|They|He|She|We|I)$", owner):
            np = f"{possessive(owner)} {np.split(None, 1)[1]}"
        return finish_title(f"{np[:1].upper()}{np[1:]} {course['verb']}{course['rest']}", gazetteer)
    reacted = _REACTION_TO_DATED_HAPPENING.search(sentence.text, max(0, rel - 160), rel)
    if reacted is not None and any(o.end - sentence.start <= reacted.start() for o in inside if o is not t) \
            and (PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
                 or re.match(r"\s+and\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", sentence.text[date_phrase_end(t, inside) - sentence.start:])):
        # "The Envoy today welcomed the reopening of the Goma airport on 20 November": what was welcomed is the date's
        # happening, the welcoming another's (its own date, or the day of writing)
        return finish_title(reacted["np"][:1].upper() + reacted["np"][1:], gazetteer)
    which = _PREPOSITION_WHICH_SUBJECT.search(sentence.text, max(0, rel - 160), rel)
    if which is not None and any(o.end - sentence.start <= which.start() for o in inside if o is not t):
        # "They signed a peace deal in July 2018, for which Abiy received the Nobel Peace Prize the following year": the
        # relative clause with a subject of its own is the date's happening
        lo = which.start("clause")
        stop = re.search(r"[,;]|\.(?:\s|$)", sentence.text[t.end - sentence.start:])
        hi = t.end - sentence.start + stop.start() if stop else len(sentence.text)
        part = Sentence(sentence.start + lo, sentence.start + hi, sentence.text[lo:lo + 1].upper() + sentence.text[lo + 1:hi])
        title = make_title(part, t, [t], gazetteer)
        left = _LEFT_ANTECEDENT.search(sentence.text, max(0, which.start() - 80), which.start()) \
            if which.group().lstrip(", ").startswith("from") else None
        if left is not None and len(title.split()) >= 2:
            # "The 2015 nuclear deal, from which the United States withdrew in 2018": what was left is the antecedent
            return f"{title} from {left['np'][:1].lower()}{left['np'][1:]}"
        if len(title.split()) >= 3:
            return title
    done_before = _AS_IT_DID.search(sentence.text, max(0, t.start - sentence.start - 40), t.start - sentence.start)
    readiness = _READY_TO.search(sentence.text, 0, done_before.start()) if done_before is not None else None
    if readiness is not None:  # "…was ready to host talks in Istanbul, as it did [in May]": it hosted them then
        thing = _ANOTHER_ROUND.sub("", readiness["object"].strip())
        return finish_title(f"{readiness['subject']} {past_of_base(readiness['verb'])} {thing}", gazetteer)
    followed = _FOLLOWED_BY.match(sentence.text, t.end - sentence.start) \
        if _FOLLOWED_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start) else None
    if followed is not None:  # "…, followed [a month later] by an annex agreed in Ohrid": the annex was agreed then
        done = _NOUN_THEN_PARTICIPLE.fullmatch(followed["np"])
        np = f"{done['noun']} {be_for(done['noun'])} {done['rest']}" if done is not None else followed["np"]
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    gapped = _GAPPED_PLACE.search(sentence.text, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    head = re.match(rf"(?P<head>[^;:]*?\b(?:will|would|is\s+to|are\s+to|plans\s+to|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                    rf"(?:\s+[a-z]+)?)\s+{gapped['prep']}\s+[A-Z]",
                    sentence.text[dateline_end(sentence.text):gapped.start() + 1]) \
        if gapped is not None and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) else None
    if head is not None and any(o.end - sentence.start <= gapped.start() for o in inside if o is not t):
        # "He will travel to Brussels on Wednesday and then to Bucharest on Friday": the verb the place is gapped from
        return finish_title(f"{head['head']} {gapped['prep']} {gapped['place']}", gazetteer)
    phrase_end = date_phrase_end(t, inside) - sentence.start
    counted_on = _AFTER_NOUN_COUNTED_ON.match(sentence.text, phrase_end)
    if counted_on is not None and any(o.start - sentence.start == counted_on.end() for o in inside) \
            and VERB.search(CAPITALISED_WORDS.sub("", sentence.text[dateline_end(sentence.text):t.start - sentence.start])):
        # "Namibia became independent in March 1990 after elections the previous November": the noun after the clause's
        # date has a date of its own, which is where the clause ends
        part = Sentence(sentence.start, sentence.start + phrase_end, sentence.text[:phrase_end])
        return _title_for(part, t, [o for o in inside if o.end <= part.end], gazetteer)
    after_noun = _AFTER_DATED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if after_noun is not None and after_noun["np3"] and not re.match(r"the\s+(?:previous|preceding)\s", t.text, re.I):
        after_noun = None  # (a date of the noun's own with no comma needs its count from the clause's)
    if after_noun is not None and (any(o.end - sentence.start <= after_noun.start() for o in inside if o is not t)
                                   # (…or a ranking that dates nothing itself: "The drills were the third of their kind
                                   # this year, after exercises in April")
                                   or _RANKED_COPULA.search(sentence.text, 0, after_noun.start())
                                   and not any(after_noun.start() < o.start - sentence.start < t.start - sentence.start
                                               for o in inside if o is not t)
                                   # (…or a state since a bound: "The country has been in default since March 2020, after the
                                   # collapse of its financial system in the autumn of 2019")
                                   or re.search(r"\b(?:since|depuis|desde|seit|dal|dalla|dai|desde\s+o)\b",
                                                sentence.text[:after_noun.start()])) \
            and not VERB.search(CAPITALISED_WORDS.sub("", after_noun["np"] or after_noun["np2"] or after_noun["np3"])) \
            and not re.search(r"\b(?:ter|tener|haber|avoir|aver|être|essere|estar|sido|été|stato)\b", after_noun["np2"] or "") \
            and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        # "Peacekeepers were deployed in March 1964, after intercommunal fighting in December 1963": the main clause has
        # its date, the noun the "after" names has this one
        np = after_noun["np"] or after_noun["np2"] or after_noun["np3"]
        if len(np.split()) == 1 and np.islower():
            np = f"the {np}"  # ("…, after [elections] in November 1989": the ones the sentence means)
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    # (bounded windows: a sentence may be a page long, and this is read once a date)
    semicolon = _SEMICOLON.search(sentence.text, t.end - sentence.start, t.end - sentence.start + 300)
    if semicolon is not None:
        rest = sentence.text[semicolon.end():semicolon.end() + 300]
        told = sentence.text[max(0, t.start - sentence.start - 300):t.start - sentence.start] \
            + sentence.text[t.end - sentence.start:semicolon.start()]
        # (but not after a name alone: "16 January 2016: Implementation Day; most sanctions are lifted")
        # (a chronology entry's dash after its date opens nothing: "May 20, 2023 – The two sides sign a ceasefire; it…")
        if is_own_clause(rest[:1].upper() + rest[1:]) and tells_a_doing(CAPITALISED_WORDS.sub("", told).strip(" –—-:")):
            # "The late 1980s saw the first joint commission; it has not met since 2019": a clause of its own after a
            # semicolon tells another thing
            end = semicolon.start()
            sentence = Sentence(sentence.start, sentence.start + end, sentence.text[:end])
            inside = [o for o in inside if o.end <= sentence.end]
    before = list(_SEMICOLON.finditer(sentence.text, max(0, t.start - sentence.start - 300), t.start - sentence.start))
    ranked = _RANK_THEN_DATE.fullmatch(sentence.text, before[-1].end(), t.start - sentence.start) if before else None
    if ranked is not None and re.match(r"\s*(?:[.;!?]|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        # "The first came on Oct. 19; the second on Oct. 28": a ranking whose verb is the clause's before it
        return ranked["rank"][:1].upper() + ranked["rank"][1:]
    if before and not any(o.start < sentence.start + before[-1].start() for o in inside) \
            and re.match(r"(?:it|they|its|their)\s", sentence.text[before[-1].end():]) \
            and tells_a_doing(sentence.text[before[-1].end()].upper() + sentence.text[before[-1].end() + 1:t.start - sentence.start]):
        # "The chairpersonship is held for a year; it passes to the next State on 1 January": the clause after the
        # semicolon is the date's, and its pronoun is the first clause's subject (its owner too: "…; its mandate comes
        # up for renewal at the end of October")
        lo = before[-1].end()
        told = _title_for(Sentence(sentence.start + lo, sentence.end, sentence.text[lo:][:1].upper() + sentence.text[lo + 1:]),
                          t, [o for o in inside if o.start >= sentence.start + lo], gazetteer)
        return pronoun_as_subject(told, sentence.text)
    if before and not any(o.start < sentence.start + before[-1].start() for o in inside):
        lo = before[-1].end()
        rest = sentence.text[lo:][:1].upper() + sentence.text[lo + 1:]
        own = is_own_clause(rest) or re.match(r"(?:[A-Z][\w'’.-]*\s+){1,3}[a-z]{3,}s\s+(?:a|an|the|its|their|to)\s", rest)
        if own and (tells_a_doing(CAPITALISED_WORDS.sub("", sentence.text[:before[-1].start()]))
                                    # (…or a stance before it: "Azerbaijan wants a new constitution first; Armenia plans a
                                    # referendum in 2027")
                                    or _STANCE_CLAUSE.match(sentence.text, dateline_end(sentence.text), before[-1].start())):
            # "Survivors have described mass killings; the U.N. office said on Tuesday that…": a clause of its own after a
            # semicolon tells the date's happening, the one before it another
            return _title_for(Sentence(sentence.start + lo, sentence.end, rest), t,
                              [o for o in inside if o.start >= sentence.start + lo], gazetteer)
    # (a ranking right before the date first: the count's look is the costlier one, and most dates have none)
    latest = _COUNT_THEN_LATEST.search(sentence.text, max(0, t.start - sentence.start - 200), t.start - sentence.start) \
        if _RANK_RIGHT_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 40), t.start - sentence.start) else None
    while latest is not None and (nearer := _COUNT_THEN_LATEST.search(sentence.text, latest.start() + 1,
                                                                      t.start - sentence.start)) is not None:
        latest = nearer  # (the count nearest the ranking: "The two countries have fought two wars…, the last in 2020")
    if latest is not None and re.match(r"\s*[.;!?]?\s*$", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        # "Nine missions have gone ahead since then, the most recent on Oct. 28": the date is the last one's
        return f"The {latest['rank']} of {latest['count'].lower()} {latest['noun']}"
    lead = dateline_end(sentence.text)
    zero = _SUBJECT_WITH_ZERO_RELATIVE.match(sentence.text, lead, t.start - sentence.start) \
        if t.start - sentence.start - lead < 160 else None  # (a bounded look: a sentence may list thousands of dates)
    if zero is not None and MAIN_VERB_AFTER_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        # "The law the cabinet sent to parliament in August sets local elections…": the date is the relative clause's, told
        # of the subject it is about
        np = zero["np"][:1].lower() + zero["np"][1:]
        rest = f" {zero['rest'].strip()}" if zero["rest"] and zero["rest"].strip() else ""
        doer = zero["doer"][:1].upper() + zero["doer"][1:]
        return finish_title(f"{doer} {zero['verb']} {np}{rest}", gazetteer)
    speaker = _SPEAKER_WHO.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
    if speaker is not None and re.match(r"[^,;.\"“”]*[.!?]?\s*$", sentence.text[t.end - sentence.start:]):
        # '"We have seen truces signed and broken before," said a diplomat who attended the 2023 talks': the date is the
        # speaker's doing told by the attribution, not the quotation's
        rest = sentence.text[speaker.start("rest"):]
        told = remove_date_phrase(rest, t.start - sentence.start - speaker.start("rest"),
                                  t.end - sentence.start - speaker.start("rest"))
        return finish_title(f"{speaker['np']} {told}", gazetteer)
    second = _SECOND_SAYING.search(sentence.text, max(0, t.start - sentence.start - 300), t.start - sentence.start)
    if second is not None:
        # "Umerov said the talks had been productive and that a further round would take place in early December": the
        # second thing said is the date's, told by its sayer
        own = [o for o in inside if o.start >= sentence.start + second.end()]
        rest = sentence.text[second.end():]
        clause = Sentence(sentence.start + second.end(), sentence.end, rest[:1].upper() + rest[1:])
        if reduced_relative(clause, t, own) or clause_of(clause, t) is not None:
            # (a date of a noun's own clause in it is that clause's: "…and that heavy equipment promised last month had
            # not arrived" → "Heavy equipment was promised")
            return _title_for(clause, t, own, gazetteer)
        prefix = sentence.text[:second.end("said")]
        for o in sorted((o for o in inside if o.end - sentence.start <= second.end("said")), key=lambda o: -o.start):
            # (the saying's own date goes: "[Late Saturday,] Zelenskyy said … and that he expected results next week")
            prefix = remove_date_phrase(prefix, o.start - sentence.start, o.end - sentence.start)
        prefix += " "
        return _title_for(Sentence(clause.start - len(prefix), sentence.end, prefix + rest), t, own, gazetteer)
    absolute = _WITH_ABSOLUTE.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if absolute is not None and absolute["part"] not in NOT_PARTICIPLES:
        # "Parliament was deadlocked for six months, with the speaker's post finally filled in late August": what was
        # done to the noun of the "with" phrase
        np = absolute["np"]
        return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {absolute['adv'] or ''}{absolute['part']}"
                             f"{absolute['mid']}".rstrip(), gazetteer)
    winner = _WINNER_APPOSITIVE.search(sentence.text, max(0, t.start - sentence.start - 150), t.start - sentence.start)
    if winner is not None and re.match(r"\s*(?:,|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        # "…, led by María Corina Machado, winner of the Nobel Peace Prize in October 2025,": she won it then
        if winner["ganador"]:  # ("ganadora del Premio Nobel" → "ganó el Premio Nobel")
            return finish_title(f"{winner['name']} ganó {'el' if winner['de'] == 'del' else 'la'} {winner['what']}", gazetteer)
        done = "won" if winner["role"] == "winner" else "received"
        return finish_title(f"{winner['name']} {done} {winner['what']}", gazetteer)
    gapped_subject = _gapped_subject_title(sentence, t, inside, gazetteer) or _attributive_date_relative_title(sentence, t, gazetteer) \
        or _subject_participle_title(sentence, t, inside, gazetteer) or _gapped_ordinal_title(sentence, t, inside) \
        or _gapped_copula_title(sentence, t, inside, gazetteer) or _second_gerund_title(sentence, t, inside, gazetteer) \
        or _counted_latest_title(sentence, t, inside, gazetteer) \
        or _noun_dated_before_its_of(sentence, t, inside, gazetteer) or _reported_happening_of(sentence, t, inside, gazetteer) \
        or _gathering_of_a_clause(sentence, t, inside, gazetteer) \
        or _approved_holding(sentence, t, gazetteer)
    if gapped_subject is not None:
        return gapped_subject
    nominal = _dated_nominal(sentence, t, gazetteer) or _dated_noun_then_relative(sentence, t, inside, gazetteer) \
        or _joined_happening_subject(sentence, t, gazetteer)
    if nominal is not None:
        return nominal
    holding = _IN_POWER_SINCE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if holding is not None:  # "Pashinyan, in power since 2018, is seeking…": the date is when he came to power
        done = _CAME_TO_POWER[holding["foreign"].split()[0].lower()] if holding["foreign"] \
            else {"power": "came to power", "office": "took office"}[holding["what"].lower()]
        return finish_title(f"{holding['who']} {done}", gazetteer)
    gerund = _opening_gerund_title(sentence, t, inside, gazetteer) or _gerund_of_a_bound(sentence, t, gazetteer)
    if gerund is not None:
        return gerund
    appositive = _appositive_relative_title(sentence, t, inside, gazetteer)
    if appositive is not None:
        return appositive
    split = _subject_relative_split(sentence, t, inside, gazetteer) or _object_restrictive_relative_title(sentence, t, inside, gazetteer)
    if split is not None:
        return split
    ahead = _ahead_after_undated_past(sentence, t, inside, gazetteer)
    if ahead is not None:
        return ahead
    participle = _object_participle_title(sentence, t, inside, gazetteer)
    if participle is not None:
        # ("…said in its annual report, published on Nov. 4, that…": whose report it was, the sentence's subject says)
        return pronoun_as_subject(participle, sentence.text) if re.match(r"(?:Its|Their)\s", participle) else participle
    explained = explaining_clause(sentence, t)
    lead = dateline_end(sentence.text) if explained is not None else 0
    label = sentence.text[lead:explained.start - sentence.start] \
        if explained is not None and explained.start - sentence.start - lead < 80 else None
    if label is not None and len(label.split()) <= 3 and not VERB.search(label) \
            and any(o.end <= explained.start for o in inside):
        # "January: The truce collapsed…, and fighters took the town on Jan. 19": a review's date as its label, which
        # dates the clause after it as any opening date would
        explained = None
    if explained is not None:  # "It lasted three years: the United States withdrew in May 2018, and…"
        return _title_for(explained, t, [o for o in inside if o.start >= explained.start], gazetteer)
    conceded = conceded_part(sentence, t)
    if conceded is not None:
        title = make_title(conceded, t, [o for o in inside if conceded.start <= o.start and o.end <= conceded.end],
                           gazetteer)
        pronoun = re.match(r"(?:It|They|He|She)(?=\s)", title) if conceded.end < sentence.end else None
        main = sentence.text[conceded.end - sentence.start:].lstrip(" ,;")
        main_subject = antecedent_of(pronoun.group(), main[:1].upper() + main[1:]) if pronoun is not None else None
        if main_subject is not None:  # "Since it began in March 2004, the mission has…": the main clause's subject
            title = main_subject[:1].upper() + main_subject[1:] + title[pronoun.end():]
        if len(title.split()) >= 2:
            return title
    short = len(sentence.text) <= TITLE_SOURCE_CHARS
    remembered = _COUNTED_SINCE.match(sentence.text, t.end - sentence.start) \
        if t.type == "DATE" and _COUNT_OF_UNITS.fullmatch(t.text) else None
    if remembered is not None:
        # "Friday marks three decades since [the accord was initialled]": the count back dates what "since" tells
        what = Sentence(sentence.start + remembered.start("what"), sentence.start + remembered.end("what"),
                        remembered["what"])
        title = make_title(what, None, [o for o in inside if what.start <= o.start and o.end <= what.end], gazetteer)
        if len(title.split()) >= 2:
            return pronoun_as_subject(title, sentence.text)
    counted_from = COUNT_OPENING.match(sentence.text)
    if counted_from is not None and counted_from.start("what") <= t.start - sentence.start < counted_from.end("what") \
            and re.match(r"(?:the|a|an|its|their)\s", counted_from["what"], re.I):
        # "A week after [the election on Oct. 5], the results were certified": the date is the election's, and
        # the main clause is counted on from it (`counted_clauses`)
        what = Sentence(sentence.start + counted_from.start("what"), sentence.start + counted_from.end("what"),
                        counted_from["what"])
        title = make_title(what, t, [t], gazetteer)
        if len(title.split()) >= 2:
            return title
    for count in counts_to_own_date(sentence, inside):
        if count.anchor is t:
            # "He resigned a week after [the Oct. 26 vote]": the date is the vote's, and the clause is counted on from
            # it (`counted_clauses`)
            m = count.match
            what = Sentence(sentence.start + m.start("what"), sentence.start + m.end("what"), m["what"])
            did = _PAST_AFTER_DATE_COMMA.match(sentence.text, m.end("what")) if re.search(r"\d{4}$", m["what"]) else None
            if did is not None:
                # "It came eight months after the tsunami of Dec. 26, 2004, devastated the province": the noun phrase is
                # the time clause's subject, and what it did is the title
                what = Sentence(what.start, sentence.start + did.end(), m["what"] + did["verb"])
            title = make_title(what, t, [t], gazetteer)
            if len(title.split()) >= 2:
                return title
    named = _HAPPENING_OF_DATE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    compared = _COMPARED_WITH_THE_LAST.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start) \
        if named is None else None
    if compared is not None:
        # "Turnout reached 52%, slightly above the last parliamentary vote in July 2021": the date is the vote's, which
        # the measure is only set against
        np = compared["np"]
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    if named is None:
        # (a state that has lasted since the happening, not a doing of the date's own: "…began its biggest
        # drills since the Cold War in January" is the drills')
        named = _HAPPENING_SINCE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
        named = named if named is not None and _LASTING_BEFORE.search(sentence.text, 0, named.start()) else None
        if named is not None:
            # (…with the clause's own verb after the date: "…in caretaker mode since elections in February 2025 failed to
            # produce a majority")
            own = _OWN_PAST_AFTER_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
            np = named["np"] + (f" {own['verb']}" if own is not None else "")
            # ("Russia has targeted the grid every winter since its full-scale invasion in February 2022": Russia's)
            return pronoun_as_subject(finish_title(np[:1].upper() + np[1:], gazetteer), sentence.text)
        # "The bloc had suspended all three after coups in Mali in 2020 and 2021, in Burkina Faso in 2022 and in Niger in
        # 2023": each place's date is a happening of the plural the list is of ("A coup in Burkina Faso")
        listed = _PLACE_BEFORE_LISTED_DATE.search(sentence.text, max(0, t.start - sentence.start - 50), t.start - sentence.start)
        plural = _HAPPENINGS_LISTED_BY_PLACE.search(sentence.text, max(0, t.start - sentence.start - 200),
                                                    t.start - sentence.start) if listed is not None else None
        plural = plural if plural is not None and plural.start() < listed.start() else None
        if plural is not None and _LASTING_BEFORE.search(sentence.text, 0, plural.start()) \
                and not re.search(r"[;:]|\b(?:which|who|that|when)\b", sentence.text[plural.end():max(plural.end(), listed.start())]):
            noun = plural["noun"]
            several = bool(re.match(r",?\s+and\s+\d{4}", sentence.text[t.end - sentence.start:])) or listed["year"]
            told = noun if several else "A " + singular_of(noun)
            return finish_title(f"{told[:1].upper()}{told[1:]} in {listed['place']}", gazetteer)
        # "…in referendums held in April 2018 in Guatemala and in May 2019 in Belize": each date with its place is one of the
        # plural's ("A referendum was held in Belize")
        held = _HELD_PLURAL.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
        place = _PLACE_AFTER_LISTED_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            if held is not None else None
        if place is not None and _ONLY_LISTED_DATES_AND_PLACES.fullmatch(sentence.text, held.end(), t.start - sentence.start):
            noun = held["noun"].lower()
            told = "Talks were" if noun == "talks" else f"A {singular_of(noun)} was"
            return finish_title(f"{told} {held['part']} in {place['place']}", gazetteer)
        # "…returned to Iran for the first time since Israeli and U.S. strikes on its nuclear sites in June": what a
        # ranking counts from is the date's happening
        # (when the ranked happening has its own date in its clause: "…began its biggest drills since the Cold War in
        # January" is the drills')
        ranked = _RANKED_SINCE_NOUN.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
        # (alone, the date is the happening's the ranking counts from when the ranking is only said of something, or the date
        # is the noun's by "of": "This will be the first visit … since the military takeover of 26 July 2023"; not "The
        # alliance began its biggest drills since the Cold War in January")
        alone = ranked is not None and len(inside) == 1 and (
            re.search(r"\bof\s+(?:the\s+)?$", sentence.text[:t.start - sentence.start]) is not None
            or _RANKING_SAID.search(sentence.text, max(0, ranked.start() - 40), ranked.start()) is not None)
        if ranked is not None and not alone and not any(
                o is not t and o.end - sentence.start <= ranked.start() and not re.search(
                    r"[,;]|\b(?:after|before|when|while|as|because|until)\b",
                    sentence.text[o.end - sentence.start:ranked.start()]) for o in inside):
            ranked = None
        if ranked is not None and not re.fullmatch(r"(?:the|a|an|its|their)", ranked["np"], re.I) \
                and not VERB.search(CAPITALISED_WORDS.sub("", ranked["np"])) \
                and not re.search(rf"\b(?:that|which|who|when|where|it|they|he|she|we|I|{PAST_VERB})\b", ranked["np"]):
            # (…with its own verb after its date: "…since a round in August ended without progress")
            own = _OWN_PAST_AFTER_DATE.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
            np = f"{ranked['np']} {own['verb'].strip()}" if own is not None else ranked["np"]
            return finish_title(np[:1].upper() + np[1:], gazetteer)
    if named is None:
        # "…will ratify it after [a constitutional referendum] next June": the date is the gathering's that the doing
        # waits for, not the doing's
        awaited = _GATHERING_AWAITED.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
        if awaited is not None and not re.match(r"(?:a|an|the)\s", awaited["np"], re.I) \
                and not re.search(r"\b(?:will|would|shall|'ll|(?:is|are)\s+(?:due\s+|set\s+|expected\s+)?to)\b",
                                  sentence.text[:awaited.start()]):
            awaited = None  # (bare talks a past came after are that past's occasion: "produced a framework after talks in…")
        if awaited is not None and re.match(r"\s*(?:[.;,]|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
            return finish_title(re.sub(r"^([\"“]?)(\w)", lambda first: first[1] + first[2].upper(), awaited["np"]), gazetteer)
    if named is not None and not _HAPPENING_OF_DATE_IS_SUBJECT.match(sentence.text, t.end - sentence.start) \
            and not (len(inside) == 1 and _PAST_BEFORE_OBJECT.search(sentence.text, max(0, named.start() - 30), named.start())) \
            and not (not sentence.text[dateline_end(sentence.text):named.start()].strip()
                     and _PASSIVE_AFTER_DATE.match(sentence.text, t.end - sentence.start)):
        # (but the sentence's own subject told in the passive is the happening told: "The presidential election of July
        # 28, 2024 was won by Maduro")
        # "…say the parliamentary elections of 26 October 2024 were rigged": the date names the elections (but "The
        # opposition boycotted the elections of 2019" is the boycott's)
        place = _PLACE_AFTER_DATE.match(sentence.text, t.end - sentence.start)
        did = SUBJECT_RELATIVE_AFTER.match(sentence.text, t.end - sentence.start) if place is None else None
        done = OBJECT_RELATIVE_AFTER.match(sentence.text, t.end - sentence.start) if place is None else None
        if did is not None:  # "…speak of the great flood of 1963, which swept away the cairns": what it did
            return finish_title(f"The {named['np']} {did['verb']}{did['rest']}", gazetteer)
        # "…since the ceasefire of Nov. 27, 2024, took effect": after a full date's comma, the time clause's own verb
        own = _PAST_AFTER_DATE_COMMA.match(sentence.text, t.end - sentence.start) \
            if place is None and re.search(r"\d{4}$", t.text) \
            and re.search(r"\b(?:since|after|before|until|when|as)\s+$", sentence.text[max(0, named.start() - 12):named.start()]) \
            else None
        if own is not None:
            return finish_title(f"The {named['np']}{own['verb']}", gazetteer)
        if done is not None:  # "…of the elections of 2019, which the opposition boycotted": what was done to it
            return finish_title(f"{done['subject']} {done['verb']} the {named['np']}{done['rest']}", gazetteer)
        # (a place's name keeps its article: "The Istanbul meetings of May 16" are no "Istanbul meetings")
        determined = len(named["np"].split()) == 1 or re.match(r"[A-Z]", named["np"])
        np = f"{named.group().split()[0]} {named['np']}" if determined else named["np"]
        if re.search(r"\b[a-z]{2,}[^s\W]s$", np) and any(
                o.start >= t.end and re.fullmatch(r",?\s+(?:and|or)\s+", sentence.text[t.end - sentence.start:o.start - sentence.start])
                for o in inside):  # ("the wars of 1965 and 1971": one war each year)
            np = f"{np.rsplit(None, 1)[0]} {singular_of(np.rsplit(None, 1)[-1])}" if " " in np else singular_of(np)
        return finish_title(np + (" " + place["place"] if place else ""), gazetteer)
    german = _german_comma_clause(sentence, t, inside, gazetteer)
    if german is not None:
        return german
    # (the phrase right before the date first: "…, que pôs fim a meses de protestos após [as eleições] de outubro de 2024")
    act = act_of_title(sentence, t, inside)
    if act is not None:
        return finish_title(act, gazetteer)
    reported = romance_reported_clause(sentence, t)
    if reported is not None and len(reported.split()) >= 3:
        return finish_title(reported, gazetteer)  # "…l'annonce par l'Algérie qu'elle avait abattu un drone … le 31 mars"
    timed = foreign_time_clause(sentence, t, inside)
    if timed is not None:  # "…se sont dégradées depuis que la junte a mis fin, en janvier 2024, à l'accord d'Alger"
        others = [o for o in inside if timed.start <= o.start and o.end <= timed.end]
        title = german_main_order(make_title(timed, t, others, gazetteer))
        said = _GERMAN_ZU_CLAUSE.match(sentence.text, timed.end - sentence.start)
        if said is not None and re.search(r"\s[a-zäöüß]{3,}(?:t|en)$", title):
            # (…with what was announced or decided, its infinitive clause after the comma: "…angekündigt hatte, die
            # Beitrittsgespräche mit der EU auszusetzen")
            title = f"{title}, {said['clause']}"
        if len(others) > 1:  # (another date's participle goes with it: "…à l'accord de paix d'Alger [signé en 2015]")
            title = re.sub(rf"\s+[a-zà-ÿ]{{3,}}{BARE_PARTICIPLE_END}$", "", title)
        if len(title.split()) >= 3:
            return title
    joined_object = romance_joined_object(sentence, t, inside) if len(inside) > 1 else None
    if joined_object is not None and len(joined_object.split()) >= 2:  # "…y [la reapertura del diálogo] el 15 de noviembre"
        return finish_title(joined_object, gazetteer)
    gapped = gapped_subject_title(sentence, t, inside) if len(inside) > 1 else None
    if gapped is not None:  # "Hama fell on Dec. 5 and [Homs] on Dec. 7": Homs fell
        return finish_title(gapped, gazetteer)
    gapped_end = gapped_subject_end(sentence, t, inside) if len(inside) > 1 else None
    cut = (first_joined_object_end(sentence, t, inside) or gapped_end) if len(inside) > 1 else None
    if cut is not None and _THE_ONE_OF_THE_NEXT_DATE.match(sentence.text, cut - sentence.start):
        cut = None  # ("…tras el golpe de agosto de 2020[ y el de mayo de 2021]": the same noun again, no object of its own)
    if cut is not None:  # "…prevé la celebración de elecciones en 2027[ y la reapertura del diálogo…]": the first object's
        first = Sentence(sentence.start, cut, sentence.text[:cut - sentence.start])
        title = make_title(first, t, [o for o in inside if o.end <= cut], gazetteer)
        if len(title.split()) >= (2 if cut == gapped_end else 3):  # (a name and its verb: "Hama fell")
            return title
    romance = romance_gapped_passive_title(sentence, t, inside) or german_gapped_perfect_title(sentence, t, inside) \
        or romance_when_after_date(sentence, t, inside) \
        or (romance_governed_title(sentence, t) if len(inside) > 1 else None) \
        or romance_where_clause(sentence, t) or slavic_where_clause(sentence, t) \
        or romance_fronted_participle(sentence, t) or romance_participle_title(sentence, t) \
        or romance_whose_title(sentence, t) or romance_relative_title(sentence, t) or romance_name_relative_title(sentence, t) \
        or german_whose_title(sentence, t) \
        or german_closing_relative_title(sentence, t) or german_gapped_objects_title(sentence, t, inside) \
        or romance_gapped_objects_title(sentence, t, inside) \
        or foreign_year_of_noun(sentence, t, inside) \
        or romance_but_clause(sentence, t)
    if romance is not None:  # "…le président libanais Joseph Aoun, élu en janvier 2025": Aoun's election
        return finish_title(romance, gazetteer)
    came = _CAME_AFTER_CLAUSE.match(sentence.text, dateline_end(sentence.text), t.start - sentence.start)
    if came is None:
        # "…on Saturday, the fourth swap since talks in Istanbul resumed in May": what a ranking counts since is the
        # date's happening when the date stands in its clause
        # (the nearest ranking's: "It was the 70th exchange since the invasion began in February 2022 and [the first since]
        # Oct. 2")
        came = next(reversed(list(_RANKED_SINCE_CLAUSE.finditer(sentence.text, max(0, t.start - sentence.start - 160),
                                                                t.start - sentence.start))), None)
        if came is not None and conjunction_is_a_preposition(sentence.text, sentence.text.rfind("since", 0, came.end()),
                                                             t.end - sentence.start):
            came = None  # ("The worst fighting since the war came in 2016, when…": "since the war" is a phrase)
    # (a town's country is no edge: "…since a summit in Crans-Montana, Switzerland, collapsed in July 2017")
    # (a name set off after its role is no clause's comma: "…two weeks after Bolivia's new president, Rodrigo Paz, took
    # office on Nov. 8")
    if came is not None and not re.search(r"[,;:()]", without_place_appositions(NAME_SET_OFF.sub(
            " ", sentence.text[came.end():t.start - sentence.start]))):
        # (not a relative clause's date after it: "…a day after crowds rallied against the law, which parliament passed…")
        # "The attack came after talks in Istanbul late last month ended without progress": the time clause's happening,
        # which the sentence hangs its subject on, is the date's
        # (…the second of two joined, when the date is in it: "…a day after the administration ordered a freeze on aid and
        # two weeks after Maduro was sworn in on Jan. 10")
        joined = list(_JOINED_TIME_CLAUSE.finditer(sentence.text, came.end(), t.start - sentence.start))
        clause = clause_to_its_end(sentence, joined[-1].end() if joined else came.end(), t)
        article = re.match(r"(?:the|its|their)\s+", clause.text)
        ranked = _RANKED_SINCE_CLAUSE.match(clause.text, article.end()) if article is not None else None
        if ranked is not None and ranked.end() <= t.start - clause.start \
                and not conjunction_is_a_preposition(clause.text, ranked.end() - len("since "), t.end - clause.start):
            # ("The deal came days after [the worst violence since] Bashar al-Assad was toppled in December": what the
            # ranking counts since is the date's happening)
            clause = Sentence(clause.start + ranked.end(), clause.end, clause.text[ranked.end():])
        # (…whose lookahead must see past the date: searched a little beyond it, kept when they end before it)
        again = next(reversed([r for r in _RANKED_SINCE_CLAUSE.finditer(clause.text, 1, t.end - clause.start + 20)
                               if r.end() <= t.start - clause.start]), None)
        if again is not None and re.search(r"\s(?:and|but)\s+(?:the|its|their)\s+$", clause.text[:again.start()]):
            # ("It was the 70th exchange since the invasion began in February 2022 and the first since Oct. 2, when…": a
            # second ranking joined on counts from the date)
            clause = Sentence(clause.start + again.end(), clause.end, clause.text[again.end():])
        probe = clause.text.replace(f" {t.text} ", " ", 1)  # (the date may stand before the verb: "talks in Istanbul [late
        # last month] ended")
        # (not a noun phrase whose "and" hands on to the main subject's second verb: "visited Tehran for the first time
        # since the war last week and is expected in Washington")
        handed_on = _AND_SECOND_PREDICATE.match(probe)
        if OWN_SUBJECT.match(probe) and (FINITE_IN_CLAUSE.search(CAPITALISED_WORDS.sub("", probe))
                                          or _PAST_IN_CLAUSE.search(probe)) \
                and not (handed_on and not FINITE_IN_CLAUSE.search(CAPITALISED_WORDS.sub("", probe[:handed_on.start("and")]))
                         and not _PAST_IN_CLAUSE.search(probe[:handed_on.start("and")])):
            own = [o for o in inside if clause.start <= o.start and o.end <= clause.end]
            # (the date of a participle inside it is the participle's: "…since a ceasefire brokered by Qatar on Oct. 19
            # came under strain" → "A ceasefire was brokered by Qatar")
            reduced = reduced_relative_title(clause, t, own)
            if reduced is not None:
                return finish_title(reduced, gazetteer)
            # (…and a date that only names a noun inside it is the noun's: "…since it was set up under the 2016 peace deal")
            named = attributive_phrase(clause, t, own, gazetteer)
            if named is not None:
                return finish_title(named, gazetteer)
            title = make_title(clause, t, own, gazetteer)
            if len(title.split()) >= 2 and tells_a_doing(title):
                # ("…, its first since it returned to the organisation in June 2023": whose "it" the sentence says)
                return pronoun_as_subject(title, sentence.text) if re.match(r"(?:It|They)\s", title) \
                    else possessor_as_pronoun(title, sentence.text) or title
    followed = _FOLLOWS_HAPPENING.match(sentence.text, dateline_end(sentence.text), t.start - sentence.start) \
        if t.start - sentence.start < 200 else None
    # (…or another noun joins on: "follows the fall of the government on Dec. 8 and clashes on the coast last week")
    if followed is not None and (PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start)
                                 or re.match(r"\s+and\s+(?:(?:the|a|an)\s+)?[a-z]+\s+(?!(?:was|were|is|are|had|has)\b)[a-z]",
                                             sentence.text[date_phrase_end(t, inside) - sentence.start:])) \
            and not VERB.search(CAPITALISED_WORDS.sub("", followed["np"])) and not re.search(r"\d{4}|\bas\b", followed["np"]):
        # "The visit follows a meeting of the Quad in London on the 4th of November, at which…": the date is
        # the meeting's, which the sentence hangs its subject on
        np = followed["np"]
        # (a list of happenings, each with its date: "follows a summit in July and talks in Paris last week" is
        # the talks' for the second)
        listed = [o for o in inside if o is not t and followed.start("np") <= o.start - sentence.start < t.start - sentence.start]
        if listed:
            joined = re.match(r",?\s+and\s+", sentence.text[listed[-1].end - sentence.start:])
            if joined is not None:
                np = sentence.text[listed[-1].end - sentence.start + joined.end():followed.end("np")]
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    followed = _WHICH_FOLLOWS_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if followed is not None and not followed["comma"] and not any(o.end <= t.start for o in inside if o is not t):
        followed = None  # ("Recalling the energy crisis that followed the halt of gas supplies on 1 January 2025, …": the crisis)
    topic = re.match(r"\s+(?:on|over|about)\s+[^,;.:()\"“”]{2,80}?(?=\s*(?:[.;:!?,]|$))",
                     sentence.text[date_phrase_end(t, inside) - sentence.start:]) if followed is not None else None
    if followed is not None and (topic is not None or PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start)) \
            and not VERB.search(CAPITALISED_WORDS.sub("", followed["np"])) \
            and not any(followed.start("np") <= o.start - sentence.start < t.start - sentence.start for o in inside if o is not t):
        # "…for the talks, which follow a first round in Geneva last weekend on a US plan": the date is the round's, which
        # the relative clause hangs its noun on
        np = followed["np"] + (topic.group() if topic is not None else "")
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    with_due = _WITH_DUE_TO.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if with_due is not None and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        # "…will meet on the 3rd, with the government's funding due to run out on the 15th": what is due then
        np = with_due["np"]
        be = "are" if ends_plural(np) else "is"
        return finish_title(f"{np[:1].upper()}{np[1:]} {be} {with_due['due']}", gazetteer)
    with_np = _WITH_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        or _FOREIGN_WITH_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if with_np is not None and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            and not VERB.search(CAPITALISED_WORDS.sub("", with_np["np"])):
        # "Kosovo holds elections on Dec. 28, with a runoff for mayors, if needed, two weeks later": the date is
        # the runoff's, which the closing phrase adds to the sentence's happening
        np = with_np["np"] + (f" {with_np['plan']}" if with_np["np"].endswith("results") and with_np.groupdict().get("plan")
                              else "")
        return finish_title(np[:1].upper() + np[1:], gazetteer)  # ("…, with results expected on Monday")
    thing = dated_thing(sentence, t, inside)
    if thing is not None:
        owner = subject_of(sentence.text[dateline_end(sentence.text):]) if re.match(r"[Tt]heir\s", thing) else None
        if owner is not None and ends_plural(owner) and not re.match(r"(?:They|These|Those)\b", owner):
            # "Foreign ministers will discuss it at their next meeting, scheduled for 15 December": the subject's meeting
            thing = f"{possessive(owner)} {thing[6:]}"
        return finish_title(thing, gazetteer)
    falls = _FALLS_ON.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if falls is not None:  # "…to mark the 61st anniversary of ties, which falls on June 22": the day is the anniversary's
        # (the noun phrase after the last verb: "…by the end of January and to mark [the 61st anniversary…]")
        np = re.split(rf"\s(?:[a-z]+\s+)?(?:to\s+[a-z]+|{VERB.pattern})\s+(?=(?:the|its|their|this|next|a)\s)", falls["np"])[-1]
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    owned = _POSSESSIVE_DATE_NOUN.match(sentence.text, t.end - sentence.start)
    # "Prosecutors will challenge Friday's ruling", "The ministry condemned Monday's attack": a done happening another
    # answers is the date's, not the answer
    answered = _ANSWERING_VERB_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 40), t.start - sentence.start) \
        if owned is not None and DONE_HAPPENING.match(sentence.text, t.end - sentence.start) else None
    # (…as is a vote taken for valid or not: "…refused to recognise last October's parliamentary vote")
    answered = answered or (_RECOGNISED_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 30),
                                                      t.start - sentence.start)
                            if owned is not None and _VOTE_OWNED.match(sentence.text, t.end - sentence.start) else None)
    if owned is not None and (answered is not None or sentence.text.startswith(",", owned.end())
                              and _PREPOSITION_BEFORE_DATE.fullmatch(sentence.text, dateline_end(sentence.text),
                                                                     t.start - sentence.start)
                              # (…and what a sentence's subject does ahead of it: "Leaders will arrive ahead of
                              # Monday's summit on climate")
                              # (…or after it, when it is no clause's subject: "discussed the situation following last
                              # month's attacks", not "…after Tuesday's talks in Geneva ended without agreement")
                              # (…or since it: "their second meeting since last month's talks")
                              or (re.search(r"\b(?:following|after|since|amid|in\s+the\s+wake\s+of)\s+$",
                                            sentence.text[max(0, t.start - sentence.start - 24):t.start - sentence.start], re.I)
                                  and not VERB.search(CAPITALISED_WORDS.sub("", sentence.text[owned.end():owned.end() + 60]
                                                                               .split(",")[0])))
                              or re.search(r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+$",
                                           sentence.text[max(0, t.start - sentence.start - 24):t.start - sentence.start], re.I)
                              # (…or what a noun of the main clause is of, when another date dates that clause: "resumed
                              # the count of Sunday's presidential election on Wednesday")
                              # (…or a gathering the main clause, dated otherwise, prepares: "are meeting from Monday
                              # to prepare next year's U.N. climate summit")
                              or len(inside) > 1 and re.search(rf"\b(?:{HELD_GATHERING})$", owned["np"]) is not None and re.search(
                                  r"\b(?:prepare|preparing|prepares|prepared|plan|planning)\s+$",
                                  sentence.text[max(0, t.start - sentence.start - 24):t.start - sentence.start], re.I)
                              # (…or a gathering a matter is left or sent to: "…in March endorsed his plan but left the
                              # choice of a name to this week's meeting")
                              or len(inside) > 1 and re.search(rf"\b(?:{HELD_GATHERING})$", owned["np"]) is not None and re.search(
                                  r"\b(?:left|leaving|leaves|referred|referring|sent|sending|deferred|deferring|postponed|"
                                  r"put\s+off|passed)\b[^,;]{0,60}?\b(?:to|until|till)\s+$",
                                  sentence.text[max(0, t.start - sentence.start - 90):t.start - sentence.start], re.I)
                              # (…alone too: "rejected the results of Thursday's presidential election" was no
                              # rejecting on Thursday)
                              # (…or its winner: "declared President Hassan the winner of Wednesday's election")
                              or re.search(r"\b(?:(?:the|a|its|their)\s+)?(?:[a-z]+\s+)?(?:count|results?|"
                                                               r"tally|outcome|aftermath|anniversary|recount|audit|winner|"
                                                               r"loser|victor)\s+of\s+$",
                                                               sentence.text[max(0, t.start - sentence.start - 40):
                                                                             t.start - sentence.start])):
        # "Under Monday's agreement, a commission will meet…", "After Sunday's vote, the opposition…": in a
        # fronted phrase, the date is the noun's, and the noun its happening
        did = SUBJECT_RELATIVE_AFTER.match(sentence.text, owned.end()) if answered is not None else None
        if did is not None:  # ("…condemned Monday's attack, which killed four soldiers": what it did)
            return finish_title(f"The {owned['np']} {did['verb']}{did['rest']}", gazetteer)
        if answered is not None:  # (what it was on or where, for a done happening: "the attack on a convoy near Gao")
            target = re.match(r"\s+(?:on|against|in|near|at|outside)\s+[^,;.:()\"“”]{1,60}?(?=\s*(?:[,;.:()\"“”]|$))",
                              sentence.text[owned.end():])
            if target is not None and not VERB.search(target.group()):
                return finish_title(f"The {owned['np']}{target.group()}", gazetteer)
        place = re.match(rf"\s+(?:in|on)\s+(?!{CALENDAR_WORD.pattern}\b)(?:[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*|"
                         r"[a-z]+(?:\s+and\s+[a-z]+)?)(?=[\s,;.]|$)", sentence.text[owned.end():])  # (no day: "on Wednesday")
        return finish_title(f"The {owned['np']}{place.group() if place else ''}", gazetteer)
    owner_clause = _OWNED_SUBJECT_CLAUSE.match(sentence.text, t.end - sentence.start) \
        if _CONJUNCTION_RIGHT_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start) else None
    if owner_clause is not None and VERB.search(CAPITALISED_WORDS.sub("", owner_clause["rest"])):
        # "…redrafting the plan after Tuesday's talks in Geneva ended without agreement": the day owns the subject
        # of a clause of its own, which is its happening
        return finish_title("The " + owner_clause["rest"].rstrip(" ."), gazetteer)
    set_off = set_off_time_clause(sentence, t)
    if set_off is not None:
        # "…had been tense for months when, on the night of March 31, 2025, Algeria's air defences shot down a drone"
        title = pronoun_as_subject(make_title(set_off, None, [o for o in inside if o.start >= set_off.start], gazetteer),
                                   sentence.text)
        if len(title.split()) >= 2 and tells_a_doing(title):
            return title
    timed = trailing_subordinate(sentence, t, other_dates(t, inside)) if len(inside) == 1 else None
    if timed is not None:
        rest = sentence.text[:timed.start - sentence.start] + sentence.text[timed.end - sentence.start:]
        # ("Relations have soured since Abiy told parliament in October 2023 that…": a state told in the perfect lasts
        # from the happening its "since" names, which is the date's)
        since_perfect = re.search(r"\bsince\s+$", sentence.text[:timed.start - sentence.start]) is not None \
            and _PRESENT_PERFECT.search(rest) is not None
        # ("The launch came two weeks before Trump takes office on Jan. 20": a past is not dated by a schedule ahead)
        ahead = _SCHEDULE_IN_TIME_CLAUSE.search(timed.text, 0, t.start - timed.start) is not None
        # ("The attacks came … as a Russian delegation was expected in Abu Dhabi later this month": what was expected is
        # the clause's, whatever the main clause's past)
        expected = _EXPECTED_IN_TIME_CLAUSE.search(timed.text, 0, t.start - timed.start) is not None
        # ("The student protests that began after a station canopy collapsed … in November 2024 have not gone away": the
        # only past outside is the subject's relative clause, which the time clause dates, and the main verb is no past)
        counted_from = _RELATIVE_PAST_RIGHT_BEFORE.search(sentence.text, max(0, timed.start - sentence.start - 40),
                                                          timed.start - sentence.start)
        main_back = _MAIN_PRESENT_BACK.search(sentence.text, t.end - sentence.start) if counted_from is not None else None
        relative_only = main_back is not None \
            and not _PAST_OUTSIDE.search(CAPITALISED_WORDS.sub("", sentence.text[main_back.start():])) \
            and not _PAST_OUTSIDE.search(CAPITALISED_WORDS.sub("", sentence.text[:counted_from.start()]))
        if relative_only:  # (the time clause ends where the main verb comes back)
            timed = Sentence(timed.start, min(timed.end, sentence.start + main_back.start()),
                             timed.text[:max(0, sentence.start + main_back.start() - timed.start)])
        if since_perfect or ahead or expected or relative_only or not _PAST_OUTSIDE.search(CAPITALISED_WORDS.sub("", rest)):
            # "The Miami talks, the third round since the U.S. unveiled a peace plan on Nov. 20, are expected to
            # focus on…": the sentence's own happening is not past, so its only date is the time clause's
            title = pronoun_as_subject(make_title(timed, t, [t], gazetteer), sentence.text)
            if len(title.split()) >= 2 and tells_a_doing(title):
                return title
    remembered = _ANNIVERSARY_OF.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        if _WRITTEN_YEAR_IN.search(t.text) else None
    if remembered is not None:
        # "…marking the ninth anniversary of the launch of the Hwasong-15 in 2017": the launch is 2017's happening
        np = remembered["np"]
        made = _NOUN_THEN_ITS_PARTICIPLE.match(np)
        if made is not None:
            # ("…the 28th anniversary of the peace agreement signed in Brasilia on 26 October 1998": what was done to it)
            noun = f"the {made['noun']}" if re.search(r"\bthe\s+$", sentence.text[:remembered.start("np")]) \
                else made["noun"]
            np = f"{noun} {be_for(made['noun'])} {made['part']}{made['rest']}"
        return finish_title(np[:1].upper() + np[1:], gazetteer)
    marked = _ANNIVERSARY_TO_COME.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        if re.match(r"(?:next|this\s+coming|the\s+coming)\s", t.text, re.I) else None
    if marked is not None:  # "…should mark the 75th anniversary of the start of the Korean War next June": the anniversary's day
        return finish_title(marked["np"][:1].upper() + marked["np"][1:], gazetteer)
    one = one_dated_of_them(sentence, t, inside) if short else None
    if one is not None:  # "…50 exchanges, including one in June that returned 1,000 prisoners"
        return finish_title(one, gazetteer)
    # (…only beside another date, the verb's, or before a verb of one edge of the years, which they do not date: "the 1950-53
    # Korean War ended in an armistice"; "The 1998-2000 border war killed some 80,000 people" is the war's own doing)
    named = _YEARS_NAMING_SUBJECT.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
        if t.range_role == "start" and (any(o.range_id is None or o.range_id != t.range_id for o in inside if o is not t)
                                        or _EDGE_VERB_AFTER_NAMED.match(sentence.text, date_phrase_end(t, inside) - sentence.start)) \
        and re.search(r"(?:^|[:;,]\s+|\b(?:because|after|since|when|as|until|before|while)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$",
                      sentence.text[max(0, t.start - sentence.start - 12):t.start - sentence.start]) else None
    if named is not None:  # "…: the 1950-53 conflict ended in an armistice signed on 27 July 1953": the years are the conflict's
        return finish_title(sentence.text[t.start - sentence.start:named.end()].strip()[:1].upper()
                             + sentence.text[t.start - sentence.start:named.end()].strip()[1:], gazetteer)
    planned_for = _GATHERING_PLANNED_FOR.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    if planned_for is not None and re.search(r",\s+(?:which|who|that)\s+[^,;]*$", sentence.text[:planned_for.start()]):
        # "…its constitution, which a referendum planned for June 2027 is due to do": the gathering the date is set for
        np = planned_for["np"]
        return finish_title(f"{np[:1].upper()}{np[1:]} {'are' if ends_plural(np) else 'is'} {planned_for['plan']}",
                             gazetteer)
    alleged = _ALLEGED_BEFORE_DATE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start) \
        if len(inside) > 1 else None
    if alleged is not None:  # "…a commander accused of war crimes in the Central African Republic [between 2013 and 2014]"
        # (a part taken in a happening is the happening: "accused of taking part in an attempted coup in December 2022")
        what = re.sub(r"^(?:taking\s+part|participating|playing\s+a\s+role|a\s+role|involvement)\s+in\s+(?=(?:a|an|the)\s)", "",
                      alleged["what"])
        return finish_title(what[:1].upper() + what[1:], gazetteer)
    dating = _DATES_BACK_TO.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if dating is not None:  # "…ending a dispute that dates back to the early 1990s": the dispute began then
        np = dating["np"]  # (…and "a mutual defense treaty … dating to 1951" was signed then)
        done = ("were" if ends_plural(np.split(" with ")[0]) else "was") + " signed" if _SIGNED_THING.search(np) else "began"
        return finish_title(f"{np[:1].upper()}{np[1:]} {done}", gazetteer)
    reported = foreign_reported_clause(sentence, t, inside) if short and len(inside) > 1 else None
    if reported is not None:  # "El ministro dijo el lunes que las elecciones se celebrarán [en marzo]": the elections
        title = make_title(reported, t, [o for o in inside if o.start >= reported.start], gazetteer)
        sayer = reported_sayer(sentence, reported)
        if sayer is not None:  # ("Пашинян заявил…, что рассчитывает подписать…": the sayer reckons)
            title = f"{sayer} {title[:1].lower()}{title[1:]}"
        if len(title.split()) >= 2:
            return title
    romance = (romance_subject_relative(sentence, t, inside) or romance_object_participle(sentence, t, inside)
               or romance_restrictive_participle(sentence, t, inside)
               or romance_time_clause(sentence, t, inside) or romance_before_being(sentence, t)
               or romance_before_doing(sentence, t)) \
        if short and len(inside) > 1 \
        else (romance_time_clause(sentence, t, inside) or romance_before_being(sentence, t)
              or romance_restrictive_participle(sentence, t, inside)) if short else None
    if romance is not None:  # "firmaron un cese al fuego que expiró [en agosto de 2025]": the ceasefire expired
        return finish_title(romance, gazetteer)
    # (a range is one date: "…had ordered the killing of prisoners between April and June 1999")
    # (a closing attribution's date is no happening's: "Prices rose within days of the attack on Sept. 14, traders said
    # on Monday" dates one thing)
    one_date = all(attributes(sentence.text, o.start - sentence.start, o.end - sentence.start) for o in other_dates(t, inside))
    attributive = attributive_phrase(sentence, t, inside, gazetteer) if short else None
    won = _WON_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 30), t.start - sentence.start) \
        if attributive is not None else None
    if won is not None and _VOTE_NOUN_AFTER.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            and (one_date or re.search(r",\s+(?:which|who)\s+(?:narrowly\s+)?$", sentence.text[:won.start()])):
        # "Erhurman won the October election", "Her party, which won the November 2020 election, …": the win is the
        # vote's outcome, told by the clause (not a claim's: "despite claims that he lost the July election")
        attributive = None
    # (a date that qualifies a noun is that noun's, whatever clause holds it: "who remembers the 1956 uprising")
    held = included_noun(sentence, t, inside) if short else None
    if held is not None:  # "…, a period that included a disputed presidential election in August 2009": the election
        return finish_title(held, gazetteer)
    said = (relative_second_predicate(sentence, t) or named_relative(sentence, t) or object_relative(sentence, t)
            or whose_clause(sentence, t) or described_name_relative(sentence, t)) if short and attributive is None else None
    if said is not None and any(said[1] <= o.start and re.fullmatch(r"\s+", sentence.text[o.end - sentence.start:t.start - sentence.start])
                                for o in inside if o is not t):
        # ("The EU lifted some of the measures it imposed on Kosovo in 2023 last month": a second date right after the
        # relative clause's own is the main verb's)
        said = None
    if said is not None:
        part, clause_start = said
        governed = governed_noun_phrase(sentence, t, inside, gazetteer, alone=one_date) \
            if any(o is not t and clause_start <= o.start < t.start for o in inside) else None
        if governed is not None:  # "Lee, who took office in June after … over a brief declaration of martial law
            return finish_title(governed, gazetteer)  # last December": the clause's other date is its verb's
        own = [o for o in inside if clause_start <= o.start and o.end <= part.end]
        nested = _NESTED_RELATIVE_BEFORE.search(part.text, max(0, t.start - part.start - 60), t.start - part.start)
        # (a relative clause of its own about a noun of the clause holds the date: "…whose forces toppled Assad in a
        # lightning offensive that began on Nov. 27" is the offensive's)
        # (…and one told again after its first dates: "…, which monitored the crossing from 2005 until 2007 and again last
        # year,")
        # (…as is one whose own time clause has a date: "Morales, who governed from 2006 until he resigned … in November
        # 2019,": the resigning's)
        timed = _TIME_CLAUSE_IN_RELATIVE.search(part.text, max(0, t.start - part.start - 80), t.start - part.start) \
            if len(own) > 1 and part.end - part.start < sentence.end - sentence.start else None
        timed_clause = trailing_subordinate(part, t, [o for o in own if o is not t]) if timed is not None else None
        if timed_clause is None and len(own) == 1 and _COUNT_THEN_TIME_CONJUNCTION.search(part.text, 0, t.start - part.start):
            # ("Moldova, which applied to join the EU days after Russia invaded Ukraine in February 2022, opened…": a time
            # clause counted from, inside the relative clause, is its own date's happening)
            timed_clause = trailing_subordinate(part, t, [])
        if timed_clause is not None:
            title = make_title(timed_clause, t, [o for o in own if timed_clause.start <= o.start and o.end <= timed_clause.end],
                               gazetteer)
            who = next(reversed(list(_NAME_THEN_WHO.finditer(sentence.text, 0, t.start - sentence.start))), None)
            if who is not None and re.match(r"(?:He|She)\s", title):  # (the "he" is the person the clause is about)
                title = f"{shorten_people(who['name'], gazetteer)} {title.split(None, 1)[1]}"
        else:
            title = _title_for(part, t, own, gazetteer) if nested is not None \
                else _told_again(part, t, own, gazetteer) or make_title(part, t, own, gazetteer)
        happened = _NOUN_HAPPENED.fullmatch(title)
        if happened is not None:
            # "…the victims of the collapse of the station canopy, which happened a year ago": what happened is the noun
            # whose "of" the clause's noun closes, not the canopy
            np = happened["np"][:1].lower() + happened["np"][1:]
            head = re.search(rf"\b(?P<head>(?:the|a|an)\s+[a-z][\w-]*)\s+of\s+{re.escape(np)}\s*,\s*(?:which|that)\b",
                             sentence.text, re.I)
            told = f"{head['head']} of {np}" if head is not None else happened["np"]
            return finish_title(told[:1].upper() + told[1:], gazetteer)
        if len(title.split()) >= 3:
            # ("…a peace treaty whose text they agreed in March": the sentence's subject did it)
            return pronoun_as_subject(title, sentence.text) if re.match(r"(?:They|He|She)\s", title) else title
    planned = (partitive_relative_title(sentence, t) or appositive_contact_title(sentence, t) or planned_happening(sentence, t)
               or caused_happening(sentence, t, inside) or caused_noun(sentence, t, inside) or scheduled_noun(sentence, t)
               or held_noun(sentence, t)
               or romance_noun_of_day(sentence, t) or romance_subject_participle(sentence, t)
               or since_noun_set_off(sentence, t, inside) or romance_bare_relative(sentence, t, inside)
               or included_noun(sentence, t, inside)) \
        if short else None
    named = _DATE_NAMED_AS.match(sentence.text, date_phrase_end(t, inside) - sentence.start) if short else None
    hedged = _HEDGED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start) \
        if short and re.match(r"\s*(?:[.;,!?]|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]) else None
    segment = sentence.text[:hedged.start()].rsplit(",", 1)[-1] if hedged is not None else ""
    if hedged is not None and re.search(r"\b(?:that|which|who)\b", segment):
        # "…, a step that would require a referendum, possibly in 2027": the referendum (a main clause's own
        # object, "Armenia will hold a referendum, probably in 2027", keeps its clause)
        planned = hedged["np"]
    if named is not None and named["what"]:  # "set Feb. 9 as the opening date for the trial of…": the trial
        lo, hi = sentence.start + named.start("what"), sentence.start + named.end("what")
        what = Sentence(lo, hi, named["what"])
        others = [o for o in inside if lo <= o.start and o.end <= hi]
        planned = make_title(what, None, others, gazetteer)
        opener = re.match(r"(?:The|A|An|His|Her|Its|Their|This|That)\b", planned)
        if named["noun"] != "date" and named["noun"] != "day":
            planned = f"{named['noun'].capitalize()} for {planned[:1].lower() + planned[1:] if opener else planned}"
        elif re.search(r"\bhad\b", sentence.text[:t.start - sentence.start]):
            # "The declaration had set Aug. 18 as the date for a comprehensive accord": a date set in the past perfect
            # has gone by, its happening not told ("Date set for a comprehensive accord")
            planned = f"Date set for {planned[:1].lower() + planned[1:] if opener else planned}"
    listed = _LIMIT_LISTED_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start) \
        if short and planned is None else None
    what = re.match(r"\s+for\s+(?P<what>[^,;.]{3,120})", sentence.text[date_phrase_end(t, inside) - sentence.start:]) \
        if listed is not None else None
    if what is not None:  # "…and [21 June 2025] for the Counter-Memorial": a limit of the list before it
        planned = f"{listed['noun'].capitalize()} for {what['what']}"
    if planned is not None:
        return finish_title(planned, gazetteer)
    # (…or after a "since" of its own, whatever date came before: "…held since 2022, some since the fall of Mariupol
    # that May")
    since_doing = _SINCE_THE_DOING_OF.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start) \
        if short and (one_date or not any(t.end <= o.start for o in inside)) else None
    # (…or what a ranking told by "it will be" counts after: "It will be the fourth such round in less than a year, after
    # meetings in Vienna in April")
    ranked = _RANKING_COPULA.match(sentence.text, dateline_end(sentence.text)) \
        if short and all(o is t or o.type == "DURATION" for o in inside) else None
    governed = governed_noun_phrase(sentence, t, inside, gazetteer, alone=True) \
        if since_doing is not None or ranked is not None else None
    if governed is None and since_doing is not None and not _DATE_PREPOSITION_END.search(since_doing.group()):
        # ("…since the fall of Mariupol [that May]": a date that needs no preposition, the phrase whole before it)
        governed = since_doing.group()[len("since "):].strip()
    if governed is not None:
        # "…said his Government had recorded progress since the signing of the Revitalized Agreement in September 2018":
        # what a "since" counts from is the date's happening, whatever the saying around it
        return finish_title(governed, gazetteer)
    said_of_done = _SAYING_OF_A_DONE_THING.search(sentence.text, max(0, t.start - sentence.start - 200),
                                                  t.start - sentence.start) if one_date and short else None
    if said_of_done is not None and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) \
            and not re.search(rf"\b(?:{AUXILIARY}|been|being)\b", said_of_done["np"]):  # (a passive: "the agreement was signed")
        # "Peskov said Moscow saw nothing new in the European proposal presented on Monday": what a saying with no day of
        # its own is about was done on the date, which dates the doing ("The European proposal was presented")
        np = said_of_done["np"]
        return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {said_of_done['part']}", gazetteer)
    named_doing = _NAME_THEN_GERUND.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start) \
        if one_date and short else None
    if named_doing is not None and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start):
        # "…any response to Caracas expelling the Spanish ambassador yesterday?": a name's gerund a preposition governs,
        # with the only date, is the name's doing ("Caracas expelled the Spanish ambassador")
        return finish_title(f"{named_doing['who']} {past_of_participle(named_doing['gerund'])} {named_doing['rest']}", gazetteer)
    # (not when a when-clause of its own follows the date: "…said his country had waited since December 2021, when planned
    # elections were postponed")
    reported = perfect_reported(sentence, t) if one_date and short and not re.match(
        r",\s+when\s", sentence.text[date_phrase_end(t, inside) - sentence.start:]) else None
    if reported is not None:  # told in the simple past on the timeline: "Leaders had agreed" → "Leaders agreed"
        title = re.sub(rf"\bhad\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)", "",
                       make_title(reported, t, [o for o in inside if reported.start <= o.start and o.end <= reported.end],
                                  gazetteer), count=1)
        if len(title.split()) >= 3 and tells_a_doing(title):
            # ("Baku said its troops had returned fire": the sayer's troops)
            return pronoun_as_subject(title, sentence.text) if re.match(r"(?:Its|Their|His|Her)\s", title) else title
    accused = _accused_over_title(sentence, t, inside, gazetteer) if short else None
    if accused is not None:
        return accused
    if one_date and short:
        if attributive is not None:  # "…will trigger the snapback mechanism of the 2015 nuclear deal"
            return finish_title(_with_article(attributive), gazetteer)
        since = governed_noun_phrase(sentence, t, inside, gazetteer, alone=True) or foreign_since_noun(sentence, t) \
            or fronted_romance_governed_title(sentence, t) \
            or (governed_gerund_title(sentence, t, inside)
                # "Venezuela accepted the award for six decades before declaring it void in 1962": the only date, inside the
                # gerund's phrase after the main clause, is the gerund's happening
                if _ONLY_DATE_CLOSES_GERUND.search(sentence.text, max(0, t.start - sentence.start - 110),
                                                   t.start - sentence.start)
                and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) else None)
        if since is not None:
            return finish_title(since, gazetteer)
        reduced = reduced_relative_title(sentence, t, inside)  # "the truce brokered on March 3 had lapsed"
        if reduced is not None:
            return finish_title(reduced, gazetteer)
        apposed = appositive_of(sentence, t, inside)  # "…asked for the bank's reconnection, a demand first made in 2022"
        if apposed is not None and not attributes(sentence.text, t.start - sentence.start, t.end - sentence.start):
            # (not a closing attribution's: "The rebels withdrew, the ministry announced on Monday")
            title = _appositive_as_passive(make_title(apposed, t, [t], gazetteer))
            if len(title.split()) >= 3:
                return title
        # ("CONAIE called a national strike starting Thursday": the strike starts then, whenever it was called)
        starts = starting_title(sentence, t)
        if starts is not None:
            return finish_title(starts, gazetteer)
        fronted = _fronted_participle_title(sentence, t, gazetteer)  # "Rescued on Nov. 25 by fishermen, Elian has…"
        if fronted is not None:
            return fronted
        apposed = subject_participle(sentence, t, inside)  # "Talks in Jeddah, suspended in December, are due to resume"
        if apposed is not None:
            return finish_title(apposed, gazetteer)
        aside = _SUBJECT_ASIDE_AROUND.match(sentence.text) \
            if sentence.text.startswith(("'s ", "’s "), t.end - sentence.start) else None
        if aside is not None and aside.start("aside") <= t.start - sentence.start < aside.end("aside"):
            # "The meeting, held by a committee that monitors [last year's] ceasefire, lasted three hours": a date that owns
            # a noun inside the subject's aside dates that noun, not the main clause
            owned = owned_by_date(sentence, t, inside)
            if owned is not None:
                return finish_title(owned, gazetteer)
        # "Russia will respond…, after the alliance began its biggest drills in January": the only date
        # dates the subordinate clause with its own subject and verb
        part = clause_of(sentence, t)
        if part is not None and not VERB.search(sentence.text, dateline_end(sentence.text), part.start - sentence.start):
            # a fronted clause ends at its comma: "Thirty years after the first war ended in May 1994, Armenia…"
            comma = CLAUSE_COMMA.search(part.text, t.end - part.start)
            if comma is not None:
                part = Sentence(part.start, part.start + comma.start(), part.text[:comma.start()])
        if part is not None and re.search(r"\b(?:since|after|before|until|when)\s+$", sentence.text[:part.start - sentence.start],
                                          re.I) and _SAYER_THEN_SAYING.match(part.text):
            # "Relations have soured since Abiy said in late 2023 that access to the sea was…": the saying is the date's
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 3:
                return title
        # (…the main subject's second predicate after the date no part of it: "Israel has kept troops in Lebanon since the
        # deadline passed in February and has carried out strikes")
        resumed = _MAIN_PREDICATE_RESUMED.search(part.text, t.end - part.start) if part is not None else None
        if resumed is not None and _PRESENT_PERFECT.search(sentence.text, dateline_end(sentence.text), part.start - sentence.start):
            part = Sentence(part.start, part.start + resumed.start(), part.text[:resumed.start()])
        # (…or a concession's: "Fighting continued, although a truce took effect in October")
        if part is not None and re.search(r"\b(?:since|after|before|until|because|when|while|although|though|(?<=\bcame\s)as)\s+$",
                                          sentence.text[:part.start - sentence.start], re.I) \
                and (OWN_SUBJECT.match(part.text) or BARE_HAPPENING_PAST.match(part.text)) \
                and not _SECOND_FINITE.search(part.text) \
                and not (_NOUN_THEN_AND_PARTICIPLE.match(part.text)  # (an adjective's "and": "sick and wounded prisoners were")
                         and not re.search(r"\b(?:was|were|is|are|has|have|had)\b", part.text)) \
                and re.fullmatch(r"[^,]*(?:,\s+(?:the|a|an)\s+[^,]{3,60})?"  # (an appositive of the object: "since the RSF
                                 # took El Fasher, the last army stronghold in Darfur, in late October")
                                 r"(?:,\s+(?:in|on)\s+(?:the\s+)?)?",  # (a date set after it: ", in 1976,")
                                 # (…and a town's country no comma: "in Kazan, Russia, in late 2024")
                                 without_place_appositions(sentence.text[part.start - sentence.start:t.start - sentence.start])) \
                and not ATTRIBUTED_ON.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start):
            gerund = _GERUND_SET_OFF.search(part.text, t.end - part.start)
            if gerund is not None:  # (a gerund set off after its date is the main clause's: "…when Sri Lanka defaulted in
                # April 2022, extending about $4 billion in loans")
                part = Sentence(part.start, part.start + gerund.start(), part.text[:gerund.start()])
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 2 and tells_a_doing(title):  # "Prices tripled", "He arrived in the capital"
                return pronoun_as_subject(title, sentence.text)
        conceded = _ROMANCE_CONCESSION_BEFORE.search(sentence.text, max(0, part.start - sentence.start - 16),
                                                     part.start - sentence.start) if part is not None else None
        named = _NAME_OPENING_MAIN_CLAUSE.match(sentence.text, dateline_end(sentence.text)) if conceded is not None else None
        if named is not None and FOREIGN_PAST.match(part.text):
            # "Venezuela no reconoce la jurisdicción de la Corte, aunque participó en la fase preliminar y perdió en abril
            # de 2023 su objeción": a concession told without its subject is the main clause's name's
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 2:
                return f"{named['name']} {title[:1].lower()}{title[1:]}"
        if part is not None and _PLACE_SAYING.match(part.text):
            title = make_title(part, t, [t], gazetteer)  # "…, where the World Food Programme said on Thursday that…"
            if len(title.split()) >= 3:
                return title
        if part is not None and not _PLACE_SAYING.match(part.text):
            placed = _where_clause_title(sentence, part, t, inside, gazetteer)
            if placed is not None:
                return placed
        zero = zero_relative_title(sentence, t, inside)
        if zero is not None:
            return zero
        # "…against the draft law, which parliament passed on Tuesday": the only date of the sentence
        # dates its relative clause, not the main one
        part = clause_of(sentence, t, relative_only=True)
        # (a closing attribution is no report inside it: "…a hotline that was cut on November 12, a spokesman said")
        if part is not None and not _REPORTING.search(ATTRIBUTION_TAIL.sub("", part.text.rstrip(" .;"))) \
                and not _PLACING_RELATIVE.search(part.text):
            part = up_to_main_verb(sentence, part, t)
            # (a subject's aside closes before the main verb: "President al-Sharaa, who led the offensive that toppled
            # Assad last December, appointed the remaining third")
            closed = _ASIDE_CLOSED_BEFORE_MAIN_VERB.search(part.text, t.end - part.start) \
                if re.search(r",\s+(?:who|which)\s[^,]*$", sentence.text[:t.start - sentence.start]) else None
            # (…whether or not the part holds its antecedent too: "Thaçi, who resigned in November 2020 when…, has pleaded")
            if closed is not None:
                part = Sentence(part.start, part.start + closed.start(), part.text[:closed.start()])
            title = _with_romance_subject(with_antecedent(make_title(part, t, inside, gazetteer), sentence, part), sentence, part)
            antecedent = _ANTECEDENT_AND_RELATIVE.fullmatch(title) \
                if part.start == sentence.start + dateline_end(sentence.text) else None
            if antecedent is not None and not VERB.search(ATTRIBUTIVE_PARTICIPLE.sub("", antecedent["np"])) \
                    and not FIRST_VERB.search(antecedent["np"]):
                # ("The second phase of the plan, which was due to begin in January, has stalled": the relative clause, its
                # antecedent held in the part, is what the title tells of it)
                title = f"{antecedent['np']} {antecedent['rest']}"
            figure = _FIGURE_CHANGED.match(part.text)
            counted = _COUNT_CLAUSE_BEFORE_APPOSITIVE.match(sentence.text, dateline_end(sentence.text),
                                                            part.start - sentence.start) if figure is not None else None
            if counted is not None and VERB.search(counted["clause"]):
                # ("More than 1.3 million people have been displaced, a figure that has doubled since the start of last
                # year": the count the figure sums up is what the title tells, not "A figure has doubled")
                title = finish_title(f"{counted['clause'].strip()}, {figure.group()}", gazetteer)
            plural = _PLURAL_BEFORE_APPOSITIVE.search(sentence.text, 0, part.start - sentence.start) \
                if _NAME_THEN_PLURAL_RELATIVE.match(part.text) else None
            if plural is not None and _NAME_THEN_PLURAL_VERB.match(title):
                # "…eased sanctions on the national airline, Belavia, which were imposed in 2021": a plural verb is about
                # the plural noun before the appositive, not the name
                title = finish_title(f"{plural['np'][:1].upper()}{plural['np'][1:]} {_NAME_THEN_PLURAL_VERB.sub('', title)}",
                                     gazetteer)
            # "…Kim, whom he last met in June 2019": the sentence's subject met him ("…the corridor, which it seized in May":
            # the sentence's subject seized it)
            if re.match(r"(?:He|She|They|It)\s", title):
                title = shorten_people(pronoun_as_subject(title, sentence.text), gazetteer)
            if (len(title.split()) >= 3 or _NOUN_THEN_PAST.fullmatch(title)) \
                    and (tells_a_doing(title) or _PRESENT_AFTER_RELATIVE.search(part.text)):
                return title  # (two words are enough when they are a noun and its past: "Attacks continued")
        part = last_joined_clause(sentence, t)  # "…has not released results, and the court certified it on Aug. 22"
        if part is not None:
            # (…and not the undated clause joined on after it: "…, but the provisions come up for review in the spring,
            # and European diplomats want…")
            part = first_joined_clause(part, t) or part
            title = make_title(part, t, inside, gazetteer)
            # (two words will do when they are a noun and its past: "…, but talks collapsed in December")
            # (not a predicate with no subject of its own, whose subject is the first clause's: "Venezuela accepted the
            # award for decades, but in 1962 declared it null")
            if (len(title.split()) >= 3 or len(title.split()) == 2 and not re.match(r"(?:He|She|It|They|We|I)\b", title)) \
                    and (tells_a_doing(title) or PRESENT_VIEW.match(title)) \
                    and not _PAST_FIRST.match(title[:1].lower() + title[1:]):
                # ("…since March, and his trial opened in September": the first clause's subject's)
                title = pronoun_as_subject(title, sentence.text) if _OWNER_FIRST.match(title) else title
                return place_after_verb(title, sentence.text)  # ("…, and at the NATO summit in The Hague in June they…")
        predicate = conjoined_predicate(sentence, t)
        if predicate is not None:
            part, subject = predicate
            title = make_title(part, t, inside, gazetteer)
            at = sentence.text.find(subject)
            passive = _PASSIVE_AUXILIARY.match(sentence.text, at + len(subject)) if at >= 0 else None
            if passive is not None and re.match(rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b", title, re.I):
                # "Relations were suspended for eighteen months and [restored] … on 3 March 2025": the second participle
                # shares the first's auxiliary ("Relations were restored")
                title = f"{passive['aux']} {title[:1].lower()}{title[1:]}"
            if len(title.split()) >= 2:
                return f"{finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"
    if len(inside) == 1 and _PRESENT_PERFECT.search(sentence.text, dateline_end(sentence.text), t.start - sentence.start):
        # "Iran has replaced the batteries destroyed in June's 12-day war": a present perfect is of no past day, so the
        # date is the happening it owns
        owned = owned_by_date(sentence, t, inside)
        if owned is not None:
            return finish_title(owned, gazetteer)
    if 1 < len(inside) and short:
        fronted = _fronted_participle_title(sentence, t, gazetteer)  # "Signed in 2015, the deal collapsed…"
        if fronted is not None:
            return fronted
        marked = _marked_happening_title(sentence, t, inside, gazetteer)
        if marked is not None:
            return marked
        happenings = _DURING_HAPPENINGS_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80),
                                                      t.start - sentence.start)
        foreign = _FOREIGN_DURING_HAPPENINGS_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80),
                                                           t.start - sentence.start) if happenings is None else None
        if foreign is not None:  # ("…regge da allora, nonostante scontri a Tripoli nel maggio 2025": the clashes are May's)
            return finish_title(foreign["np"][:1].upper() + foreign["np"][1:], gazetteer)
        during = governed_noun_phrase(sentence, t, inside, gazetteer, alone=one_date) if happenings is not None else None
        if during is None and happenings is not None:  # ("…despite sporadic shooting in Khan Younis over the weekend")
            during = re.sub(r"^\w+\s+|\s+\w+\s+(?:the\s+)?$", "", happenings.group())
            during = during[:1].upper() + during[1:]
        if during is not None:  # "…accusing them of plotting during protests on Oct. 4": the protests are Oct. 4's
            return finish_title(during, gazetteer)
        owned_zero = zero_relative_title(sentence, t, inside) \
            if _OWNED_SUBJECT_PAST_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start) \
            else None
        if owned_zero is not None:  # "…, building on a deal their foreign ministers initialled in June": the ministers'
            return owned_zero
        attributive = attributive or gapped_participle_title(sentence, t) or reduced_relative_title(sentence, t, inside) \
            or owned_by_date(sentence, t, inside) or closing_participle_title(sentence, t, inside) \
            or _closing_gerund_title(sentence, t, inside) \
            or governed_gerund_title(sentence, t, inside) or judged_gerund_title(sentence, t, inside) \
            or appositive_contact_title(sentence, t) or summed_up_relative_title(sentence, t, inside) \
            or governed_noun_phrase(sentence, t, inside, gazetteer, alone=one_date) or starting_title(sentence, t) \
            or subject_modifier_title(sentence, t, inside) or subject_participle(sentence, t, inside) \
            or foreign_since_noun(sentence, t)
        others = other_dates(t, inside)
        if attributive is not None and others and _AGAIN_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 40),
                                                                        t.start - sentence.start):
            # ("…in late June and again over the Eid al-Adha holiday": the time said again is the first one's happening,
            # not the holiday's)
            attributive = None if _told_again(sentence, t, inside, gazetteer) is not None else attributive
        if attributive is not None and others:
            # ("…the agreement reached in February and its annex adopted in Ohrid": a part's owner named)
            return pronoun_as_subject(finish_title(_with_article(attributive), gazetteer), sentence.text)
        zero = zero_relative_title(sentence, t, inside)  # "…, reversing a boycott it announced [three weeks ago]"
        if zero is not None:
            return zero
        decided = _decided_infinitive_title(sentence, t, inside, gazetteer)  # "agreed on Monday to meet [in May]"
        if decided is not None:
            return decided
        if AND_COMMA_DATE.search(sentence.text, max(0, t.start - sentence.start - 45), t.start - sentence.start) \
                or AND_BARE_DATE.search(sentence.text, max(0, t.start - sentence.start - 45), t.start - sentence.start):
            predicate = conjoined_predicate(sentence, t)  # "…took office in April and, [in June], said…"
            if predicate is not None:
                part, subject = predicate  # (the date stands before the part: nothing of it to take out)
                others_inside = [o for o in inside if part.start <= o.start and o.end <= part.end]
                first_other = min(others_inside, key=lambda o: o.start, default=None)
                relative = _RELATIVE_UP_TO_DATE.search(part.text, 0, first_other.start - part.start) \
                    if first_other is not None else None
                if relative is not None:
                    # ("…and, in the autumn of 2020, became a full war [that ended … on 10 November 2020]": the relative
                    # clause is the other date's happening, and goes)
                    part = Sentence(part.start, part.start + relative.start(), part.text[:relative.start()])
                    others_inside = [o for o in others_inside if o.end <= part.end]
                title = make_title(part, None, others_inside, gazetteer)
                if len(title.split()) >= 2:
                    return f"{finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"
        again = _told_again(sentence, t, inside, gazetteer)
        if again is not None:
            return again
        subordinate = trailing_subordinate(sentence, t, others)
        narrower = coordinated_part(sentence, t, inside) if subordinate is not None else None
        if narrower is not None and subordinate.start < narrower.start and narrower.end <= subordinate.end + 1 \
                and VERB.search(sentence.text, subordinate.start - sentence.start, narrower.start - sentence.start):
            # "…, when troops pulled back and Hamas released the hostages three days later": the joined clause's
            # (a verb before the "and": not "when Israel and the United States struck…", one subject)
            subordinate = Sentence(narrower.start, min(narrower.end, subordinate.end),
                                   narrower.text[:min(narrower.end, subordinate.end) - narrower.start])
        if subordinate is not None:
            title = make_title(subordinate, t, [o for o in inside if subordinate.start <= o.start and o.end <= subordinate.end],
                               gazetteer)
            if len(title.split()) >= 2 and tells_a_doing(title):
                # ("…held it until government forces retook it on Sunday": the place the clause before took)
                return pronoun_as_subject(place_for_it(title, sentence.text[:subordinate.start - sentence.start]), sentence.text)
        clause = clause_of(sentence, t)
        clause_subject, clause_joined = None, ""
        coordinated = coordinated_part(sentence, t, inside)
        if clause is not None and coordinated is not None and coordinated.start < clause.end \
                and any(clause.start <= o.start and o.end <= clause.end for o in others):
            # "…; his trial opened on Nov. 3 and is set to resume on Dec. 15": the clause after the
            # semicolon dates two predicates, and each date keeps its own
            lo, hi = max(clause.start, coordinated.start), min(clause.end, coordinated.end)
            antecedent = _ANTECEDENT.match(clause.text) if lo > clause.start else None
            if antecedent:  # "the brewing giant, which … and is expected…"; "was detained … and stripped" stays passive
                clause_subject, clause_joined = antecedent["np"], clause.text[antecedent.end():lo - clause.start]
            clause = Sentence(lo, hi, sentence.text[lo - sentence.start:hi - sentence.start])
        reported_second = reported_second_predicate(sentence, t, inside)
        if reported_second is not None:
            part, subject = reported_second
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 2:
                return finish_title(pronoun_as_subject(f"{subject} {title[:1].lower()}{title[1:]}", sentence.text), gazetteer)
        apposed = appositive_of(sentence, t, inside)
        parts = [reported_part(sentence, t, inside), clause, coordinated, apposed]
        if apposed is not None and clause is not None and clause.start < apposed.start and apposed.end <= clause.end + 1 \
                and _DOCUMENT_APPOSITIVE.match(apposed.text):
            # "…broker the Helsinki memorandum that ended 30 years of war, a deal signed on Aug. 15 of that year": the
            # appositive closing the relative clause tells the date's happening, not the clause
            parts[1], parts[3] = parts[3], parts[1]
        label = ENTRY_LABEL.match(sentence.text, dateline_end(sentence.text))
        if label is not None and clause is not None and coordinated is not None and clause.start <= coordinated.start \
                and all(o.end - sentence.start <= label.end() for o in others):
            # "1991-1994 — A war … kills about 30,000 people and ends with a truce in May 1994": the label's dates are
            # the first predicate's, and the second predicate is the date's own
            parts[1], parts[2] = parts[2], parts[1]
        if parts[0] is not None and clause is not None and parts[0].start <= clause.start and clause.end <= parts[0].end + 1 \
                and clause.text != parts[0].text \
                and (_RELATIVE_WITH_VERB.match(clause.text)
                     or re.search(r",\s+(?:even\s+)?(?:though|although)\s+$|\s(?:since|after|before|until|when)\s+$",
                                  sentence.text[:clause.start - sentence.start])):
            # "…said that they had taken El Fasher, after a siege that began in May last year": the relative
            # clause inside what was said is the date's (…its subject's too: "…told the council that the truce that began
            # in April 2022 'has held'"; or a concession set off inside it: "…, even though it formally expired that October";
            # or a time clause: "…said that famine had spread to 14 areas since it first confirmed famine in August 2024")
            parts[0], parts[1] = parts[1], parts[0]
        if parts[0] is not None and coordinated is not None and parts[0].start < coordinated.start \
                and coordinated.end <= parts[0].end + 1 and parts[1] is not coordinated \
                and re.search(r",\s+(?:and|but)\s+$", sentence.text[:coordinated.start - sentence.start]):
            # "Officials said that a draft could be ready soon, and a delegation is expected over the weekend": the
            # clause joined on inside what was said is the date's
            parts[0], parts[2] = parts[2], parts[0]
        if clause is not None and coordinated is not None and clause.start < coordinated.start \
                and coordinated.end <= clause.end + 1 and parts[1] is clause \
                and re.search(r",\s+(?:and|but)\s+$", sentence.text[:coordinated.start - sentence.start]):
            # "Insurers raised premiums in October after two ships were struck, and a third was hit last night": the clause
            # joined on at the time clause's end is the date's, whichever it is joined to
            parts[1], parts[2] = parts[2], parts[1]
        lead = dateline_end(sentence.text) or clock_stamp_end(sentence.text)  # (a live page's stamp ends as a dateline)
        if clause is not None and lead > 0 and clause.start - sentence.start <= lead + 2 \
                and not re.search(r",\s+(?:which|who|whom|whose)\s", clause.text):
            # after a wire dateline's dash, the "clause" is the whole sentence: last (not a relative clause told with its
            # antecedent: "12:00 — The second phase, which was supposed to begin in January, has stalled")
            parts.append(parts.pop(1))
        sequel = _ordinal_sequel_title(sentence, t, inside, gazetteer)
        if sequel is not None:
            return sequel
        dashed = _dash_list_item_title(sentence, t, inside)
        if dashed is not None:
            return finish_title(dashed, gazetteer)
        last = _last_predicate_title(sentence, t, inside, gazetteer)
        if last is not None:
            return last
        gapped = (gapped_verb_title(sentence, coordinated, t) or parallel_phrase_title(sentence, coordinated, t)) \
            if coordinated is not None else None
        gapped = gapped or gapped_agent_title(sentence, t)
        if gapped is None and coordinated is not None:
            gapped = _gapped_phrase_title(sentence, coordinated, t, inside, gazetteer)
        if gapped is not None:  # "agreed in February on a plan, and the following month in Ohrid on an annex"
            return finish_title(gapped, gazetteer)
        for part in parts:
            if part is None:
                continue
            closed = _ASIDE_CLOSED_BEFORE_MAIN_VERB.search(part.text, max(0, t.end - part.start)) \
                if part.start <= t.start < part.end and part is not coordinated \
                and re.search(r",\s+(?:who|which)\s[^,]*$", sentence.text[:t.start - sentence.start]) else None
            if closed is not None:  # (a subject's aside closes before the main verb: "Thaçi, who resigned in November
                # 2020 when the indictment was confirmed, has pleaded…")
                part = Sentence(part.start, part.start + closed.start(), part.text[:closed.start()])
            others = [o for o in inside if part.start <= o.start and o.end <= part.end]
            series = series_predicate_commas(sentence.text, t.start - sentence.start, t.end - sentence.start) \
                if part is coordinated else []
            predicate = conjoined_predicate(sentence, t) if any(c.start() >= part.start - sentence.start for c in series) \
                else None
            # (a pronoun object is left to the rules below, which say what it stands for: "…and restored it in July 1997")
            bare = part is coordinated and predicate is None and _SUBJECTLESS_PAST.match(part.text) \
                and not re.search(r"\b(?:it|them)\b", part.text) \
                and re.search(r"(?<!,)\s+and\s+$", sentence.text[:part.start - sentence.start]) \
                and _SERIES_COMMA_BEFORE.search(sentence.text, 0, part.start - sentence.start)
            subject = subject_of(sentence.text[dateline_end(sentence.text):]) if bare else None
            if subject is not None and PAST_AFTER_SUBJECT.match(sentence.text, dateline_end(sentence.text) + len(subject)):
                # "Montenegro applied for membership in December 2008, became a candidate in December 2010 and opened talks
                # in June 2012": the last predicate of a series with no comma before its "and" is the subject's too
                predicate = (part, subject)
            if predicate is not None:
                # "The treaty was signed in Prague in April 2010, entered into force the following February and was extended
                # …": a predicate of a series, told of the subject without the predicates before it
                told = make_title(predicate[0], t, [o for o in inside if predicate[0].start <= o.start
                                                    and o.end <= predicate[0].end], gazetteer)
                if len(told.split()) >= 2:
                    return f"{finish_title(predicate[1], gazetteer)} {told[:1].lower()}{told[1:]}"
            participle = _object_participle_title(part, t, others, gazetteer) if part is coordinated else None
            if participle is not None:  # "…led to the INF treaty, signed in Washington in December 1987, and to…"
                return participle
            # (…or a time clause's: "…, when a new president elected in April takes office")
            reduced = _SUBJECT_PARTICIPLE_THEN_FINITE.match(part.text) if part is coordinated or part is clause else None
            if reduced is not None and reduced.start("part") < t.start - part.start < reduced.start("finite"):
                # "…, and a framework agreed with the rebels in Doha in November of that year have not been implemented":
                # the date is the participle's, told of its noun
                rest = remove_date_phrase(part.text[reduced.end("part"):reduced.start("finite")],
                                          t.start - part.start - reduced.end("part"), t.end - part.start - reduced.end("part"))
                return finish_title(f"{reduced['np']} {be_for(reduced['np'])} {reduced['part']} {rest.strip(' ,')}", gazetteer)
            # (a joined clause whose subject has a relative clause with a date of its own is titled as a sentence of its
            # own would be: "…, and the council that took power in April 2024 handed over … on Feb. 7" splits the two)
            # (only a part shorter than the sentence, which the sentence's own titling has not already tried)
            own = _title_for(part, t, others, gazetteer) \
                if len(others) > 1 and part.end - part.start < sentence.end - sentence.start \
                and _SUBJECT_WITH_RELATIVE.match(part.text) else None
            title = own if own is not None else _with_romance_subject(
                with_antecedent(make_title(part, t, others, gazetteer), sentence, part), sentence, part)
            # ("Getachew, who had led the administration since it was set up in March 2023,": the body led was set up)
            title = founded_body(title, sentence.text) or title
            pronoun = _RELATIVE_PRONOUN_BEFORE.search(sentence.text, max(0, part.start - sentence.start - 8),
                                                      part.start - sentence.start)
            if pronoun is not None and VERB.match(title[:1].lower() + title[1:]) \
                    and len(VERB.findall(title[:1].lower() + title[1:])) == 1:  # (not "began killed…": a clause cut wrong)
                # ("…rewards a militia that [seized El Fasher in late October last year]": the noun before it did it)
                np = relative_antecedent(sentence.text, pronoun.start() - 1 if sentence.text[pronoun.start() - 1:
                                                                                               pronoun.start()] == " " else
                                         pronoun.start())
                np = np.strip(" \"“”‘'’")  # (a quotation may close on the noun: 'saying it "rewards a militia" that')
                if np:
                    title = f"{np[:1].upper()}{np[1:]} {title[:1].lower()}{title[1:]}"
            if part is apposed and FIRST_VERB.search(sentence.text, 0, part.start - sentence.start) \
                    and not _OPENING_TIME_CLAUSE.fullmatch(sentence.text, dateline_end(sentence.text),
                                                          part.start - sentence.start):
                # (but not the main clause after an opening time clause: "After a militant attack killed 26 people in
                # April 2025, the two countries exchanged strikes in May")
                # (not when nothing before it has a verb: "Signed in Prague in 2010, the treaty entered into force in
                # February 2011" is the main clause, told after its opening participle)
                title = _appositive_as_passive(title)
            # (a wire dateline is no part of the first clause: "MOSCOW, Nov. 26 (AP) - Russia recognised…")
            first_clause = sentence.text[dateline_end(sentence.text):part.start - sentence.start]
            entry_label = ENTRY_LABEL.match(first_clause)  # (…nor a chronology entry's label: "1991-1994 — ")
            first_clause = first_clause[entry_label.end():] if entry_label is not None else first_clause
            joined_on = foreign_joined_predicate(first_clause, title) \
                if part is coordinated or re.search(r"\s(?:y|e|et|ed|und)\s+$", first_clause) else None
            if joined_on is not None:  # ("…libraron una guerra en 1995 y firmaron la paz en 1998")
                return finish_title(joined_on, gazetteer)
            # (an aside about the subject is no clause of its own: "The reporter, who was arrested…, landed…")
            # (…nor a closing time phrase: "Moldova applied in March 2022, days after the invasion began, and was…")
            # (…nor a participle's aside about it: "The sanctions, first imposed in June 2020, were suspended…")
            # (…nor a span of years set off after the subject: "The first, from 1988 to 1994, killed…")
            joined = _TRAILING_TIME_ASIDE.sub("", APPOSITIVE.sub("", ENCLOSED_RELATIVE.sub(
                " ", _PARTICIPLE_ASIDE.sub("", _DATE_ASIDE.sub("", re.sub(r",?\s*(?:and|but)?\s*(?:then\s*)?$", "",
                                                                          first_clause), count=1), count=1))))
            # (…nor a bracketed year, nor a relative clause about the object that closes it: "brokered the Bamako
            # accord (2017), which ended a six-year insurgency, and chaired…")
            joined = re.sub(r"\s*\(\d{4}(?:\s*[–—-]\s*\d{2,4})?\)", "", joined)
            if re.search(r",\s*(?:and|but)\s*$", first_clause):  # (closed by its comma: without one, "which … and were
                joined = _CLOSING_OBJECT_RELATIVE.sub("", joined)  # then postponed" goes on with the relative's verbs)
            adverb = _SEQUENCE_ADVERB.match(part.text)  # "…and then paused for 90 days a week later"
            predicate = part.text[adverb.end():] if adverb else part.text
            # (…or its own date: "…held a referendum last year and [in May 2025] elected a governor")
            own_date = re.match(rf"(?:(?:in|on|at|during)\s+)?{re.escape(t.text)},?\s+", predicate) \
                if part is coordinated and t.start - part.start <= 12 else None
            if own_date is not None:
                predicate = predicate[own_date.end():]
            # (…or a phrase of its own before its date, both set off: "…and [at its peak], in 2014, had 20,000 troops")
            fronted = re.match(rf"(?P<phrase>(?:at|in|on|by|during|under|with)\s+(?:its|their|his|her|the)\s+[a-z]+"
                               rf"(?:\s+[a-z]+)?),\s+(?:(?:in|on|at|during)\s+)?{re.escape(t.text)},\s+", predicate) \
                if own_date is None and part is coordinated and t.start - part.start <= 40 else None
            if fronted is not None:
                predicate = predicate[fronted.end():]
                if title.lower().startswith(fronted["phrase"].lower() + " "):
                    title = f"{title[len(fronted['phrase']) + 1:]} {fronted['phrase']}"
            # (a manner's adverb before the verb: "…, and formally signed in Paris on Dec. 14")
            manner = re.match(r"[a-z]{2,}ly\s+", predicate) if part is coordinated and ADVERB_LY.match(predicate) else None
            verb_of_predicate = predicate[manner.end():] if manner else predicate
            # (not a relative clause's verb, whose subject is its noun: "…rewards a militia that [seized El Fasher]")
            # (…nor a capitalised word opening the sentence after its dateline: "NAIROBI, Dec. 5 (AFP) — [Suspected]
            # militants killed…")
            verb_first = part.start > sentence.start and not verb_of_predicate[:1].isupper() \
                and not _RELATIVE_PRONOUN_BEFORE.search(
                sentence.text, max(0, part.start - sentence.start - 8), part.start - sentence.start) \
                and (VERB.match(verb_of_predicate) or FIRST_VERB.match(verb_of_predicate)
                                                          or _PASSIVE_FIRST.match(predicate) or _MODAL_FIRST.match(predicate)
                                                          # ("…and plans to visit Cairo on Thursday")
                                                          or INTENT_AND_INFINITIVE.match(predicate)
                                                          # ("…has declared a government and taken the last
                                                          # stronghold": a perfect's participle after "and")
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and DISTINCT_PARTICIPLE.match(predicate) is not None
                                                              and _PERFECT_BEFORE.search(first_clause) is not None)
                                                          # ("…and served as ambassador": a past in -ed after "and")
                                                          or (part is coordinated and re.match(r"[a-z]{3,}ed\s", predicate)
                                                              and re.search(r"\band\s+$", first_clause))
                                                          # ("…resumed its strikes on March 18 and cut off all aid": a past
                                                          # spelled like its present, after a past of the first clause)
                                                          or (part is coordinated and _PAST_LIKE_PRESENT_FIRST.match(predicate)
                                                              and re.search(r"\band\s+$", first_clause)
                                                              and _PAST_IN_FIRST_CLAUSE.search(first_clause) is not None)
                                                          # ("said she would arrive on Thursday and hold talks on Friday")
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and REPORTED_MODAL.search(first_clause) is not None
                                                              and _BARE_VERB_FIRST.match(predicate) is not None
                                                              and predicate.split(None, 1)[0] not in DETERMINERS)
                                                          # ("Cuong will meet Trump on Thursday and address a forum on
                                                          # Friday": a bare verb after "and" goes on with the modal)
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and _GOVERNING_CHAIN.search(first_clause) is not None
                                                              and _BARE_VERB_FIRST.match(predicate) is not None
                                                              and predicate.split(None, 1)[0] not in DETERMINERS
                                                              and predicate.split(None, 1)[0] not in _NO_BARE_VERBS
                                                              and not CAPITALISED_WORDS.match(predicate)
                                                              # ("…by Jan. 4, and campaigning officially begins the
                                                              # following day": a gerund that is its clause's subject)
                                                              and not _GERUND_SUBJECT_AND_VERB.match(predicate))
                                                          # ("Applications open on 1 December and close on 15 January")
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and predicate.split(None, 1)[:1] != []
                                                              and predicate.split(None, 1)[0] in SCHEDULED_PRESENT))
            # (a fronted phrase is no part of the subject's clause: "Born in 1948 in Gothenburg, he joined…")
            opener = FRONTED_OPENER.match(sentence.text, dateline_end(sentence.text) or clock_stamp_end(sentence.text))
            if opener is not None and opener.end() <= part.start - sentence.start:
                joined = FRONTED_OPENER.sub("", joined, count=1)
            after_opener = sentence.text[opener.end() if opener else dateline_end(sentence.text) or clock_stamp_end(sentence.text):]
            entry_label = ENTRY_LABEL.match(after_opener)  # (a chronology entry's label: "1991-1994 — A war … kills")
            after_opener = after_opener[entry_label.end():] if entry_label is not None else after_opener
            # (…or a year fronted with no comma: "In 2016 she founded the party and narrowly lost the runoff that autumn")
            after_opener = _FRONTED_YEAR_NO_COMMA.sub("", after_opener, count=1)
            # (an appositive about the subject goes first: "The troops, part of a larger force, arrived…")
            bare_subject = APPOSITIVE.sub("", ENCLOSED_RELATIVE.sub(" ", _PARTICIPLE_ASIDE.sub(
                "", _DATE_ASIDE.sub("", after_opener[:1].upper() + after_opener[1:], count=1), count=1), count=1), count=1)
            # (…and a zero relative clause inside it: "A ceasefire [he negotiated] took effect … but broke down")
            subject = subject_of(_ZERO_RELATIVE_IN_SUBJECT.sub(r"\g<np>", bare_subject, count=1)) \
                if verb_first and not re.search(r",(?!\s*\d)|[;()—]|--|\b(?:said|says|told|that(?!\s+(?:same\s+)?"
                                                rf"{_TIME_UNIT_WORD})|who|which)\b",  # (not "later that month")
                                                # (a list of names is no clause's comma: "Mali, Burkina Faso and Niger")
                                                # (nor a town's region: "at a US air base in Dayton, Ohio, from…")
                                                # (nor a saying's gerund set off: "…, citing "moral incapacity", and…")
                                                LIST_OF_NAMES.sub("N", closed_report(NAME_ASIDE.sub("", ZONE_ASIDE.sub(
                                                    "", _SAYING_GERUND_ASIDE.sub("", without_place_appositions(
                                                        # (nor an object's restrictive clause closing it: "…fought a war
                                                        # that killed 80,000 people, and made peace")
                                                        _CLOSING_THAT_CLAUSE.sub("", joined))))),
                                                    first_clause))) \
                else None
            if subject is None and verb_first and predicate.split(None, 1)[:1] and predicate.split(None, 1)[0] in SCHEDULED_PRESENT:
                # ("Applications open on 1 December and close…": a subject before a present that is scheduled)
                present = _SUBJECT_BEFORE_PRESENT.match(after_opener)
                subject = present["subject"] if present is not None and not re.search(r"[,;]", joined) else None
            # "The mayor, who was detained on March 19 and stripped of his degree a day earlier, has denied…":
            # the second predicate of a relative clause is its antecedent's, and ends with the clause
            semi = first_clause.rfind("; ")  # "…; his trial opened on Nov. 3 and is set to resume…": its own subject
            if verb_first and subject is None and semi >= 0 \
                    and not re.search(r"[,()—]|--|\b(?:said|says|told|that|who|which)\b", first_clause[semi + 2:]):
                joined = first_clause[semi + 2:]
                subject = subject_of(joined[:1].upper() + joined[1:])
            joined_clause = list(re.finditer(r",\s+(?:but|and|while|yet|whereas)\s+(?=(?:the|its|their)\s+|[A-Z])", first_clause)) \
                if verb_first and subject is None else []
            if joined_clause and not re.search(r"[,;()—]|--|\b(?:said|says|told|that|who|which)\b",
                                               first_clause[joined_clause[-1].end():]):
                # "The sanctions were lifted in February 2024, but Niger kept the border shut and in May 2024 blocked…":
                # the subject of the clause the predicate is joined to, after its own conjunction
                joined = first_clause[joined_clause[-1].end():]
                subject = subject_of(joined[:1].upper() + joined[1:])
            quoted = _QUOTED_REPORT_THEN_AND.match(first_clause) \
                if verb_first and subject is None \
                and re.match(rf"(?:[a-z]+ly\s+)?(?:{PAST_VERB})\b", predicate) else None
            if quoted is not None:
                # "Pyongyang declared in January 2024 that the South was its "primary foe" and blew up road links…": the
                # quoted words close what was declared, and the past after them is the declarer's
                subject, joined = subject_of(first_clause), first_clause
            if verb_first and subject is None and part is clause and clause_subject:
                subject, joined = clause_subject, clause_joined
                of_plural = HEAD_OF_PLURAL.fullmatch(subject.strip())
                if of_plural is not None and re.match(r"(?:(?:then|later|also)\s+)?(?:were|are|have)\b", predicate):
                    subject = of_plural["plural"]  # "the delay of elections, which … and were then postponed": elections
            inner = list(_COMMA_RELATIVE.finditer(first_clause)) if verb_first and subject is None else []
            if inner and not re.search(r"[,;]|\b(?:said|says|told|that)\b", first_clause[inner[-1].end():]):
                # "She led nightly protests, which began on Oct. 27 and drew tens of thousands on Nov. 7": the second
                # predicate of a relative clause about the object is its antecedent's
                antecedent = relative_antecedent(first_clause, inner[-1].start())
                if antecedent:
                    subject, joined = antecedent[:1].upper() + antecedent[1:], first_clause[inner[-1].end():]
            # (…both verbs a process's: "a war that killed 80,000 people in 1998 and made peace" is the sentence's subject's)
            restrictive = _RESTRICTIVE_THAT_THEN_AND.search(first_clause) \
                if verb_first and re.match(rf"(?:[a-z]+ly\s+)?{_PROCESS_OR_SITTING_VERBS}\b", part.text) else None
            if restrictive is None and verb_first and _A_THING_S_COURSE_PREDICATE.match(part.text):
                # ("agreed a ceasefire in June 2023 that took effect that August and was extended in February 2024": what
                # is extended, or expires, is the thing the restrictive clause is about, not who agreed it)
                restrictive = _RESTRICTIVE_THAT_ANY_THEN_AND.search(first_clause)
            if restrictive is None and verb_first:
                # ("…against the FARC, the larger guerrilla group that signed a peace accord in 2016 and disarmed the
                # following year": an appositive's restrictive clause closing the sentence goes on about its noun)
                closing = _RESTRICTIVE_THAT_ANY_THEN_AND.search(first_clause)
                if closing is not None and _APPOSITIVE_NOUN_END.search(first_clause, 0, closing.start()):
                    restrictive = closing
            if restrictive is not None:
                # "The deal was reached at talks in Tunis that began on Sunday and ended late on Tuesday": a second predicate
                # joined with no comma inside a restrictive clause closing the first is its antecedent's ("…, and made
                # peace", after a comma, would be the sentence's subject's)
                antecedent = relative_antecedent(first_clause, restrictive.start())
                if antecedent:
                    subject, joined = antecedent[:1].upper() + antecedent[1:], first_clause[restrictive.start("verb"):]
            if verb_first and subject is None and part is not clause:
                # "The first phase began on Oct. 10, two days after the truce took effect, and saw…": the
                # subject of a predicate joined after the main clause's own aside
                conjoined = conjoined_predicate(sentence, t)
                if conjoined is not None and conjoined[0].start == part.start:
                    subject, joined = conjoined[1], first_clause
            reported_subject = _REPORTED_SUBJECT.search(first_clause) if verb_first and subject is None else None
            if reported_subject is not None and reported_subject["verb"].startswith("had") \
                    and not re.match(r"(?:had|would|could)\b", predicate) \
                    and (re.match(r"had\s+been\b", first_clause[reported_subject.start("verb"):])
                         or SAYERS_PAST.match(predicate)):
                # "Opposition groups said the vote had been marred by fraud and called for protests": a past beside
                # the report's past perfect goes on with the saying, and is the sayer's (not an active perfect's
                # second past, which is no saying: "…said troops had taken the town and captured 100 soldiers")
                reported_subject = None
                subject = subject_of(sentence.text[dateline_end(sentence.text):])
                joined = first_clause
            if reported_subject is not None and "," not in first_clause[reported_subject.end():]:
                # "…said the incursions began on Tuesday and ended on Wednesday": what was said goes on
                subject, joined = reported_subject["subject"], first_clause[reported_subject.start("verb"):]
            reported_modal = REPORTED_MODAL.search(first_clause) \
                if verb_first and subject is None and _BARE_VERB_FIRST.match(predicate) else None
            if reported_modal is not None and not re.search(r"[,;]", first_clause[reported_modal.end():]):
                # "Diplomats said Rubio would travel to Geneva on Sunday and meet the Ukrainians on Monday": the
                # second verb goes on with what was said, told as the first is ("Diplomats said Rubio would meet…")
                subject, joined = first_clause[:reported_modal.end()].strip(), first_clause
            sayers_pronoun = SAYERS_PRONOUN.search(first_clause) \
                if verb_first and subject is None and REPORTED_TENSE_FIRST.match(predicate) else None
            if sayers_pronoun is not None and not re.search(r"[;()—]|--|\b(?:said|says|told|that|who|which)\b",
                                                            first_clause[sayers_pronoun.end():]):
                # "The WFP said it had cut rations in April and would suspend distributions from 1 December": the sayer's
                # "it" goes on to the second thing said, whose tense is the report's ("The WFP said it would suspend…")
                subject, joined = first_clause[:sayers_pronoun.end()].strip(), first_clause
            relative = _RELATIVE_OPENING.match(first_clause) if verb_first and subject is None else None
            if relative is not None and "," not in first_clause[relative.end():]:
                subject, joined = relative["np"], first_clause[relative.start("verb"):]
                title = title.split(", ", 1)[0]
            aside = _PARTICIPLE_ASIDE_BEFORE_AND.search(first_clause) \
                if part is coordinated and _PARTICIPLE_FIRST.match(predicate) else None
            if aside is not None and re.match(r"(?:the\s+)?\d", aside["np"]):
                aside = None  # ("It began on [the 19th], held for two months and collapsed in mid-March": a day, no noun)
            if aside is not None and _TIME_PREPOSITION_END.search(first_clause, max(0, aside.start("np") - 12), aside.start("np")) \
                    and _SUBJECT_S_PASSIVE.search(first_clause, 0, aside.start("np")):
                aside = None  # ("He was arrested … after a standoff, released in March and detained again in July": the list of
                # the subject's passives goes on)
            if aside is not None:
                # "…produced the Madrid Principles, first presented … in November 2007 and updated in 2009": the second
                # participle goes on with the aside, about the noun it stands by ("The Madrid Principles were updated")
                np = re.sub(r"^(?:the\s+)?so-called\s+", "the ", aside["np"])
                told = _SEQUENCE_ADVERB.sub("", title[:1].lower() + title[1:], count=1)
                # (…up to the aside's closing comma, after which the main verb is the subject's: "the current constitution,
                # adopted in 1995 and amended in 2005 and 2015, contains a territorial claim")
                told = re.sub(rf",\s+(?:[a-z]+ly\s+)?(?:{words_pattern(PAST_LIKE_PRESENT)}|[a-z]{{3,}}(?<!s)s|has|have|had|is|are|"
                              rf"was|were|will|would|{PAST_VERB})\b.*$", "", told)
                return finish_title(f"{np[:1].upper()}{np[1:]} {be_for(np)} {told}", gazetteer)
            if subject and title and predicate.split() \
                    and not _SEQUENCE_ADVERB.sub("", title, count=1).lower().startswith(predicate.split()[0].lower()):
                subject = None  # "…and peaked in 1988, when an offensive displaced…": the title is the "when" clause's
            if subject and title:
                # "Russia recognised the regions on 21 February and invaded three days later": "Russia invaded";
                # a passive goes on in the passive: "The duties were announced…, and then paused" → "were paused"
                # (the first clause's own passive, not one of a clause it governs: "The Minister recalled that relations
                # were established in 1992, and welcomed…")
                passive = re.search(r"\b(was|were)\s+(?:[a-z]+ly\s+|first\s+|initially\s+)?[a-z]{3,}ed\b",
                                    re.split(r"\b(?:that|which|who|whom|whose|when|because|while|although|though)\b", joined,
                                             maxsplit=1)[0])
                title = _SEQUENCE_ADVERB.sub("", title[:1].lower() + title[1:], count=1)
                chain = _GOVERNING_CHAIN.search(joined)
                if passive and re.match(r"(?:[a-z]{2,}ly\s+)?(?:(?:co-)?[a-z]{3,}ed|(?:re)?(?:built|taken|given|broken|frozen|chosen|written|sworn|"
                                        r"drawn|shown|thrown|struck|shot|sold|sent|held|paid|won|lost))\b", title) \
                        and not INTRANSITIVE.match(title) \
                        and not _PAST_WITH_OBJECT.match(title):  # ("…damaged in 1992 and rebuilt in 2001": was rebuilt)
                    # (but a past with its object is active: "…was founded in 1863 and won the Nobel Peace Prize")
                    title = f"{passive[1]} {title}"
                elif (perfect := _PERFECT_BEFORE.search(joined) or _PERFECT_BEFORE.search(first_clause)) is not None \
                        and DISTINCT_PARTICIPLE.match(title):
                    title = f"{perfect['aux']} {title}"  # ("…has declared a government, and taken…": has taken)
                elif chain is not None and _BARE_VERB_FIRST.match(title) and not re.match(r"(?:plan|intend|want|hope|aim|expect|promise|pledge|agree|vow|decide)s?\s+to\s", title) \
                        and chain["chain"] not in subject:
                    # "The envoy is expected to arrive on Monday and travel to Doha on Wednesday": "is expected to travel"
                    title = f"{chain['chain']} {title}"
                # ("The European Union on Wednesday added…, and said…": the first clause's day is no part of who)
                subject = re.sub(rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?$", "", subject)
                for o in inside:  # ("The Geneva conference in the spring of 1954 tried…, but ended in June": nor its date)
                    subject = re.sub(rf",?\s+(?:(?:in|on|during|at)\s+)?{re.escape(o.text)}(?=\s|,|$)", "", subject)
                # (a subject with its own who-clause stays as it is: "Drivers who refused were to have their cars…")
                told = subject[:1].upper() + subject[1:] if re.search(r"\s(?:who|that|which)\s", subject) \
                    else finish_title(subject, gazetteer)
                title = f"{told} {title}"
            title = place_for_it(title, first_clause)
            course = re.match(r"It\s+(?:[a-z]+ly\s+)?", title)
            if course is not None and _A_THING_S_COURSE_PREDICATE.match(title, course.end()):
                # "A truce in April 2022 largely held even after it formally lapsed six months later": what lapses is the
                # thing the sentence names, as in a clause whose date is the sentence's first (not any "it": "…eight
                # months after it applied" is another's doing)
                # (without that thing's own date, and told again as the one told: "The U.N.-brokered truce lapsed")
                told = pronoun_as_subject(title, sentence.text)
                for o in inside:
                    told = re.sub(rf",?\s+(?:(?:in|on|during|at)\s+)?{re.escape(o.text)}(?=\s|,|$)", "", told)
                title = re.sub(r"^An?\s", "The ", told) if told != title else title
            # (…or with its article, and a passive: "The first filling took place in July 2020 and the fifth was completed")
            ordinal = re.match(rf"(?P<which>(?:A|The)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|"
                               rf"latest|final)|Another)\s+(?=(?:(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)",
                               title)
            counted = re.search(r"\b[Tt]he\s+first\s+(?P<noun>[a-z]{3,})\b", first_clause) if ordinal else None
            if ordinal and counted:  # "The first convoy crossed on Tuesday; a second followed on Thursday"
                title = f"{ordinal['which']} {counted['noun']} {title[ordinal.end():]}"
            another = re.match(r"Another\s+(?P<part>[a-z]{3,}ed)\b", title)
            listed = INCLUDING_ONE.match(first_clause) if another else None
            if another and listed:  # "Previous truces, including one brokered in May and another announced in June"
                title = one_of_them(f"{listed['noun']}, including one {title[len('Another '):]}")
                title = "Another" + title[title.index(" "):]
            # "…will meet on Tuesday, followed by a meeting of the border committee on Aug. 4": a noun
            # phrase that follows another happening is one of its own
            followed = re.search(r"followed\s+by\s+$", first_clause)
            # ("Applications close"; "Polls close [at 9 p.m.] and results are expected overnight": the first clause's too)
            scheduled = (verb_first and predicate.split(None, 1)[:1] != [] and predicate.split(None, 1)[0] in SCHEDULED_PRESENT
                         or part is coordinated and part.start == sentence.start) \
                and _SUBJECT_BEFORE_PRESENT.match(title) is not None
            if len(title.split()) >= 2 and (tells_a_doing(title) or followed or scheduled):
                # "…, and in May 2025 it elected a governor": the pronoun is the first clause's subject
                # (…and a clause's "it" its sentence's subject: "two crossings that it closed in October"; a report's
                # "they" its speakers: "Judges said on Thursday they would deliver…")
                if part is parts[0] and re.match(r"(?:They|He|She|It|We)\s+(?:would|will|had)\s", title):
                    return pronoun_as_subject(title, sentence.text)
                if part is coordinated:  # ("…, and the following month in Ohrid they agreed on an annex")
                    title = place_after_verb(title, sentence.text)
                if re.match(r"it\s", part.text) and RELATIVE_THEN_IT.search(sentence.text, 0, part.start
                                                                                              - sentence.start + 3):
                    # (…or inside a relative clause, whose noun it is: "a ceasefire, which was extended once before it
                    # expired in August 2024")
                    return pronoun_as_subject(title, sentence.text)
                if part is clause and re.match(r"it\s", part.text) \
                        and _CONCESSION_OR_TIME_BEFORE.search(sentence.text, max(0, part.start - sentence.start - 12),
                                                              part.start - sentence.start) \
                        and _nothing_done_to_before(sentence, part, inside):
                    # "The committee was formed in 2019 and met eight times in Geneva before it stopped meeting in June
                    # 2022": with no thing the main clause did something to, "it" is its subject (not so "The EU granted
                    # Moldova candidate status…, eight months after it applied")
                    return pronoun_as_subject(title, sentence.text)
                if part is clause and (re.match(r"(?:he|she)\s", part.text) or (
                        # (a thing's pronoun after a concession only: "…has largely held, although it formally expired…";
                        # not after a time's, "…eight months after it applied" may be the object's)
                        re.match(r"(?:it|they)\s", part.text) and re.search(r"\b(?:although|though)\s+$", sentence.text[
                            max(0, part.start - sentence.start - 12):part.start - sentence.start]))) \
                        and _CONCESSION_OR_TIME_BEFORE.search(
                        sentence.text, max(0, part.start - sentence.start - 12), part.start - sentence.start):
                    # "…, though he said on Saturday that the deadline could be extended": a person's pronoun opening a
                    # clause of concession or time is the main clause's subject (named as titles name people)
                    return shorten_people(pronoun_as_subject(title, sentence.text), gazetteer)
                # (…as is a clause after a semicolon: "A truce took effect on April 2, 2022; it lapsed six months later")
                return parallel_subject(title, sentence.text) if part is coordinated or (
                    part is clause and re.search(r";\s*$", sentence.text[max(0, part.start - sentence.start - 4):
                                                                          part.start - sentence.start])) \
                    else pronoun_as_subject(title, sentence.text) if part is clause and (
                        _THAT_PRONOUN.search(part.text) or title.endswith(" it")) \
                    else title
    after_bound = _predicate_after_bound(sentence, t, gazetteer) if short else None
    if after_bound is not None:
        return after_bound
    gerund = governed_gerund_title(sentence, t, inside) \
        if _ONLY_DATE_CLOSES_GERUND.search(sentence.text, max(0, t.start - sentence.start - 110), t.start - sentence.start) \
        and PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) else None
    if gerund is not None:
        # "Born in Turku in 1938, he spent three decades in Jakarta before turning to diplomacy in the late 1990s": a
        # long sentence's date closing its gerund's phrase is the gerund's, as a short one's is
        return finish_title(gerund, gazetteer)
    joined_np = _JOINED_NOUN_PHRASE_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 120),
                                                  t.start - sentence.start) \
        if PHRASE_CLOSES.match(sentence.text, date_phrase_end(t, inside) - sentence.start) else None
    if joined_np is not None and FIRST_VERB.search(sentence.text, 0, joined_np.start()):
        # "It condemned the fighting since March, …, and the arrest of Riek Machar in late March": the noun phrase joined
        # on last, which the date closes, is its happening
        return finish_title(joined_np["np"][:1].upper() + joined_np["np"][1:], gazetteer)
    gapped = _gapped_governed_title(sentence, t, inside)
    if gapped is not None:  # "…after talks in Seoul in January and on the sidelines of the G7 summit in June"
        return finish_title(gapped, gazetteer)
    listed = _colon_list_item_title(sentence, t, inside)
    if listed is not None:  # "…its own initiative: the road map in 2003, Annapolis four years later, …"
        return finish_title(listed, gazetteer)
    dated_second = _AND_DATED_PREDICATE.search(sentence.text, date_phrase_end(t, inside) - sentence.start) if short else None
    # (its date may have been dropped as a promise's deadline, so a year or a month's name in it says so too)
    if dated_second is not None and (any(o.start - sentence.start >= dated_second.end() for o in inside)
                                     or _DATE_WORDS.search(sentence.text, dated_second.end())) \
            and VERB.search(CAPITALISED_WORDS.sub("", sentence.text[dateline_end(sentence.text):t.start - sentence.start])):
        # "The army seized power in two coups, in August 2020 and May 2021, and had promised to hand over … by March
        # 2024": a second predicate with a date of its own tells another thing (whether that date is kept or not)
        first = Sentence(sentence.start, sentence.start + dated_second.start(), sentence.text[:dated_second.start()])
        title = make_title(first, t, [o for o in inside if o.end <= first.end], gazetteer)
        if len(title.split()) >= 2 and tells_a_doing(title):
            return title
    first = first_joined_clause(sentence, t) if short else None
    if first is not None:  # "The framework expires in mid-December, and both sides want…" (whether it dates one or more)
        # (…and an undated clause joined on before it goes too: "There is no formal deadline, but the provisions come up
        # for review in the spring, and…")
        joined_on = last_joined_clause(first, t)
        if joined_on is not None and not any(o.start < joined_on.start for o in inside):
            first = joined_on
        title = make_title(first, t, [o for o in inside if o.end <= first.end], gazetteer)
        if len(title.split()) >= 2 and tells_a_doing(title):
            return title
    return make_title(sentence, t, inside, gazetteer)


#: A name and the who-clause set off after it: "Morales, who".
_NAME_THEN_WHO = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}),\s+who\b")
#: A time clause of its own inside a relative clause, up to its date: " until he resigned amid protests in ", " before
#: talks broke down " (last spring).
_TIME_CLAUSE_IN_RELATIVE = re.compile(rf"\b(?:until|after|before|when)\s+(?:he|she|they|(?:(?:the|a|an|its|their)\s+)?"
                                      rf"[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|"
                                      rf"{words_pattern(PLAIN_PASTS)})\b[^,;]{{0,60}}?\s(?:(?:in|on)\s+(?:the\s+)?)?$")
#: Who were among a plural, set off between commas: ", among them the opposition figure Sergei Tikhanovsky,".
_AMONG_THEM_ASIDE = re.compile(r",\s+among\s+them\s+[^,;]{2,80},(?=\s)")
#: A second place and the preposition of its date, after "and", up to the date: " and on the sidelines of the G7 summit in ",
#: " and from Burkina Faso and Niger in ".
_AND_SECOND_PLACE_BEFORE = re.compile(r"\s+and\s+(?P<place>(?:in|at|on|from)\s+[^,;]{2,80}?)\s+(?:in|on)\s+"
                                      r"(?:(?:early|late|mid-?)\s*)?$")
#: A gathering a time word governs and its first place, up to the first date: "after [talks] in Seoul in ".
_GOVERNED_GATHERING_BEFORE = re.compile(r"\b(?:after|before|since|following|amid|during)\s+(?P<np>(?:(?:the|a|an|its|their)\s+)?"
                                        r"(?:[\w'’-]+\s+){0,2}?(?:talks|meetings?|negotiations|summits?|visits?|rounds?|"
                                        r"clashes|strikes|attacks|protests|elections?|votes?|drills|exercises|withdrawals?))"
                                        r"\s+(?:in|at|on|from)\s+[^,;]{2,60}?\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$")


def _gapped_governed_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"The meeting was their third, after talks in Seoul in January and on the sidelines of the G7 summit in June": the
    second date's gathering is the first's noun, gapped, at its own place ("Talks on the sidelines of the G7 summit")."""
    s, rel = sentence.text, t.start - sentence.start
    second = _AND_SECOND_PLACE_BEFORE.search(s, max(0, rel - 120), rel)
    # (the date may be the first of two linked: "…and in Abu Dhabi on Monday and Tuesday")
    end = max(date_phrase_end(o, inside) for o in inside
              if o is t or o.start >= t.end and re.fullmatch(r"\s*(?:,|and|or|to|through|-|–)\s*(?:on\s+)?",
                                                              s[t.end - sentence.start:o.start - sentence.start]))
    if second is None or not PHRASE_CLOSES.match(s, end - sentence.start):
        return None
    first = next((o for o in inside if o is not t and not s[date_phrase_end(o, inside) - sentence.start:second.start()].strip()),
                 None)
    governed = _GOVERNED_GATHERING_BEFORE.search(s, max(0, first.start - sentence.start - 140), first.start - sentence.start) \
        if first is not None else None
    if governed is None:
        return None
    return f"{governed['np'][:1].upper()}{governed['np'][1:]} {second['place']}"


#: A list set off between dashes: " — [the April package of 2006, the Butmir talks in 2009] — ".
_DASH_LIST_ASIDE = re.compile(r"\s[—–]\s+(?P<list>[^—–;:]{5,300}?,[^—–;:]{3,300}?)\s+[—–]\s")
#: Where one item of a list after a colon ends and the next begins: ", ", ", and ", " and ".
_COLON_LIST_BREAK = re.compile(r",\s+(?:and\s+)?|\s+and\s+(?=(?:(?:the|a|an)\b|[A-Z]))")


#: Happenings named in the plural before a colon that lists them place by place: "took power in [coups] between 2020 and
#: 2023: Mali in August 2020…".
_PLURAL_BEFORE_PLACES = re.compile(r"\b(?:in|after|through|by|with)\s+(?:[a-z-]+\s+)?(?P<noun>coups|elections|referendums|attacks|"
                                   r"protests|uprisings|wars|invasions|offensives|earthquakes|floods)\b[^:;]*:\s+$")
#: The place said again in a list: "[Mali in August 2020 and ]again in May 2021".
_AND_AGAIN_BREAK = re.compile(r"\s+and\s+(?=again\b)")
#: A listed place, with how often: "Mali", "Burkina Faso twice"; or the place before said again: "again".
_LISTED_PLACE = re.compile(r"(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})(?:\s+(?P<times>twice|three\s+times))?"
                           r"|(?P<again>again)")


def _colon_list_of_places_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Its members took power in coups between 2020 and 2023: Mali in August 2020 and again in May 2021, Burkina Faso twice
    in 2022, and Niger in July 2023": happenings named in the plural, then listed place by place each with its date, title
    each date by its place ("A coup in Mali", "A coup in Mali again", "Coups in Burkina Faso")."""
    s, rel = sentence.text, t.start - sentence.start
    colon = s.find(": ", dateline_end(s))
    head = _PLURAL_BEFORE_PLACES.search(s, max(0, colon - 160), colon + 2) if colon >= 0 else None
    if head is None:
        return None
    edges = sorted([colon + 2] + [b.end() for b in _COLON_LIST_BREAK.finditer(s, colon + 2)]
                   + [b.end() for b in _AND_AGAIN_BREAK.finditer(s, colon + 2)] + [len(s)])
    places = []
    for lo, hi in pairwise(edges):
        item = re.sub(r"(?:,\s+(?:and\s+)?|\s+and)$", "", s[lo:hi].rstrip(" .;"))
        dates = [o for o in inside if lo <= o.start - sentence.start < lo + len(item)]
        if len(dates) != 1:
            return None
        told = remove_date_phrase(item, dates[0].start - sentence.start - lo,
                                  min(len(item), dates[0].end - sentence.start - lo)).strip(" ,.;")
        listed = _LISTED_PLACE.fullmatch(told)
        if listed is None or (listed["again"] and not places):
            return None
        places.append((listed["place"] or places[-1][0], listed["times"], bool(listed["again"]), dates[0]))
    if rel < colon:  # (the span the list is of is the head clause's alone: "Its members took power in coups")
        head_clause = Sentence(sentence.start, sentence.start + colon, s[:colon])
        return make_title(head_clause, t, [o for o in inside if o.end <= head_clause.end], gazetteer)
    place, times, again, _ = next((p for p in places if p[3] is t), (None, None, False, None))
    if place is None:
        return None
    noun = head["noun"]
    told = f"{noun[:1].upper()}{noun[1:]}" if times else f"A {singular_of(noun)}"
    return finish_title(f"{told} in {place}" + (" again" if again else ""), gazetteer)


#: An interview's answer or question label, or a transcript speaker's, before its colon: "A", "Q", "MR. PRICE".
_ANSWER_OR_SPEAKER_LABEL = re.compile(rf"\s*(?:A|Q|Answer|Question|{SPEAKER_NAME})\s*")


def _colon_list_item_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Every decade has brought its own initiative: the road map in 2003, Annapolis four years later, the Kerry talks of
    2013-14": a list after a colon whose items are noun phrases, each with its date, titles each date by its item."""
    s, rel = sentence.text, t.start - sentence.start
    colon = s.rfind(": ", dateline_end(s), rel)
    if colon >= 0 and _ANSWER_OR_SPEAKER_LABEL.fullmatch(s, dateline_end(s), colon):
        return None  # ("A: I met Dbeibah in Tripoli on Monday and Hammad in Benghazi the following day": an answer's label)
    if colon < 0 or sum(1 for o in inside if o.start - sentence.start > colon) < 2 \
            or any(o.start - sentence.start < colon for o in inside):
        return None
    return _list_item_title(sentence, t, colon + 2, len(s))


def _dash_list_item_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Every attempt to reform it — the April package of 2006, the Butmir talks in 2009, the Mostar deal of 2020 — has
    failed": a list set off between dashes, its items dated noun phrases, titles each date by its item (before the
    sentence's parts are tried, whose appositive would take the whole list)."""
    s, rel = sentence.text, t.start - sentence.start
    # (a bounded look around the date, not a pass over a long sentence per date)
    dashes = next((d for d in _DASH_LIST_ASIDE.finditer(s, max(dateline_end(s), rel - 320), min(len(s), rel + 320))
                   if d.start("list") <= rel < d.end("list")), None)
    if dashes is None or sum(1 for o in inside if dashes.start("list") <= o.start - sentence.start < dashes.end("list")) < 2:
        return None
    return _list_item_title(sentence, t, dashes.start("list"), dashes.end("list"))


def _list_item_title(sentence: Sentence, t: Timex, lo_list: int, hi_list: int) -> str | None:
    """The item of the list at [lo_list, hi_list) of the sentence that holds `t`, without its date, when it is a noun
    phrase."""
    s, rel = sentence.text, t.start - sentence.start
    edges = [lo_list] + [b.end() for b in _COLON_LIST_BREAK.finditer(s, lo_list, hi_list)] + [hi_list]
    for lo, hi in pairwise(edges):
        if lo <= rel < hi:
            item = s[lo:hi]
            item = re.sub(r"(?:,\s+(?:and\s+)?|\s+and)$", "", item.rstrip(" .;"))
            if len(item) <= rel - lo:
                return None
            told = remove_date_phrase(item, rel - lo, min(len(item), t.end - sentence.start - lo)).strip(" ,.;")
            if len(told.split()) < 2 or VERB.search(CAPITALISED_WORDS.sub("", told)) or not re.match(r"(?:(?:the|a|an)\b|[A-Z])", told):
                return None  # (an item with a verb of its own is a clause, titled as one; a lone name says too little)
            return told[:1].upper() + told[1:]
    return None


#: What governs a first predicate's bare verb, and so a second one's after "and": "is expected to", "will", "plans to".
#: A date set off by commas after a subject: ", from 1988 to 1994,", ", in May 2025,".
_DATE_ASIDE = re.compile(r",\s+(?:from|between|in|on|since|until|during)\s+[^,;]{0,30}?\d{4}(?:\s*[-–]\s*\d{2,4})?,")
#: An appositive that names a document and the participle of its making: "a deal signed", "an accord reached".
_DOCUMENT_APPOSITIVE = re.compile(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:deal|agreement|accord|treaty|pact|truce|ceasefire|"
                                  r"memorandum|declaration|protocol)\s+(?:signed|agreed|reached|brokered|concluded|adopted|"
                                  r"ratified|initial+ed)\b")
_GOVERNING_CHAIN = re.compile(r"\b(?P<chain>(?:is|are|was|were)\s+(?:due|expected|set|scheduled|slated|going|about|likely|supposed|"
                              r"meant)\s+to|will|would|could|should|must|may|might|can|(?:plans?|planned|intends?|intended|"
                              r"wants?|wanted|hopes?|hoped|aims?|aimed|promised|pledged|agreed|vowed|decided)\s+to)\s+"
                              r"(?:[a-z]+ly\s+)?[a-z]{2,}\b")
#: A past spelled like its present opening a predicate, told a verb by what follows it: "[cut] off all aid".
_PAST_LIKE_PRESENT_FIRST = re.compile(PAST_LIKE_PRESENT_TOLD)
#: A past the first of two joined predicates holds: "Israel [resumed] its strikes … and".
_PAST_IN_FIRST_CLAUSE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A past that opens a title, with no subject before it: "[Declared] it null".
_PAST_FIRST = re.compile(rf"(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s")
#: Words that open a clause or an infinitive, not a bare verb going on with a modal: "…and [we] expect", "…and [to] visit".
_NO_BARE_VERBS = frozenset({"to", "we", "they", "he", "she", "it", "i", "you", "there", "then", "also", "not", "so", "yet",
                            # (a preposition opens a gapped adjunct: "…will apply from Jan. 1, and under long-term contracts")
                            "under", "over", "in", "on", "at", "from", "with", "without", "for", "by", "after", "before",
                            "during", "through", "into", "since", "until", "against", "between", "among", "across",
                            "within", "outside", "inside", "near", "beyond", "about", "around", "of", "only", "again"})
#: A bare verb opening a predicate: "travel to Doha", "start implementing it" (no past, no third person, no auxiliary).
_BARE_VERB_FIRST = re.compile(rf"(?!(?:[a-z]+ed|[a-z]+[^s]s|was|were|is|are|had|has|have|will|would|{words_pattern(IRREGULAR_PASTS)})\b)"
                              r"[a-z]{2,}(?:[\s,]|$)"  # (alone too: "Campaigning will open on … and [close] on …")
                              # (not a noun phrase before its own finite verb: "…, and [border] commissions will convene")
                              r"(?!(?:[a-z][\w-]*\s+){0,2}(?:will|would|can|could|may|might|must|should|is|are|was|were|has|have|"
                              r"had)\b)"
                              # (…nor a plural subject, and whose it is, before its scheduled present: "…, and [foreign]
                              # ministers of the Association of Southeast Asian Nations meet in January")
                              r"(?!(?:[a-z][\w-]*\s+)?[a-z]{3,}s\b(?:\s+of\s+[^,;]{2,60}?)?\s+(?:meet|gather|convene|hold|open|begin|"
                              r"start|vote|sign|resume|return|arrive|travel|visit)\b)")


#: The pasts of agreeing to do something: "agreed", "decided", "pledged"…
_AGREEING = r"(?:agreed|decided|pledged|promised|vowed|resolved)"
#: What was agreed (decided, promised) to do, right up to its date: "agreed to hold a presidential election [in]".
#: (a noun after "to" is what was agreed to, no doing: "agreed to an expanded meeting in Geneva")
#: (…or a deal signed to do it, and the agreeing's own day between: "signed an agreement Tuesday to hold", "agreed on
#: Sunday to hold")
_AGREED_TO_BEFORE_DATE = re.compile(rf"\b(?:{_AGREEING}|(?:signed|reached|struck)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:agreement|deal|"
                                    r"accord|pact))(?:\s+in\s+principle)?(?:\s+(?:on\s+)?[A-Z][a-z]+day)?\s+to\s+"
                                    rf"(?!(?:a|an|the|its|their|his|her|this|that|these|those)\b)[a-z]{{2,}}\b"
                                    # (not past a second predicate of the subject's own: "…agreed to open more crossings
                                    # [and would meet again] after elections in October")
                                    r"(?:(?!\band\s+(?:would|will|could|should|may|might|must|had|has|have|was|were)\b)"
                                    r"[^,;:()\d]){0,80}?"
                                    r"\s(?:(?:in|on|at|by|during|from|before)\s+)?(?:the\s+)?$")


def _earlier(value: str, than: str) -> bool:
    """Whether a date's value falls in an earlier year, or earlier in the same year, than another's."""
    return value[:4].isdigit() and than[:4].isdigit() and (value[:4] < than[:4] or value[:4] == than[:4] and value < than)


def agreed_doing(title: str, sentence: Sentence, t: Timex, inside: list[Timex], ahead: bool) -> str:
    """A title of what was agreed (decided, promised) to do, for a date `t` that closes the doing ("…agreed to hold a
    presidential election in the second half of 2024"): a gathering or vote to be held named alone ("A presidential
    election"), else told as a headline tells it ("Leaders to meet again"); a pronoun's keeps its verb, for the sentence's
    subject to stand in. Only where the agreeing cannot be the date's: the date is still to come (`ahead`), or the
    sentence dates something earlier ("…in October 2023, when they agreed…")."""
    at = t.start - sentence.start
    holding = _APPROVED_HOLDING.search(sentence.text, max(0, at - 120), at) if ahead else None
    if holding is not None:
        # "Armenia's parliament approved holding a referendum on a new constitution next June": the vote is what lies
        # ahead, not the approving
        return holding["np"][:1].upper() + holding["np"][1:]
    agreed = _AGREED_TO_BEFORE_DATE.search(sentence.text, max(0, at - 120), at)
    # (not a relative clause without "that" whose object went before it: "the joint council it agreed to set up [in 2013]")
    # (the bounded look first: a sentence may list thousands of dates, each compared here)
    # (…nor an earlier date of another verb the agreeing is joined to, months before: "granted Bosnia candidate status in
    # December 2022 and agreed to open talks in March 2024" agreed in March; but "spoke at 3:35 p.m. and agreed to stop
    # firing at 5 p.m." agreed in the call)
    if agreed is None or _ZERO_RELATIVE_SUBJECT_END.search(sentence.text, max(0, agreed.start() - 40), agreed.start()) \
            or not ahead and not any(_earlier(o.value, t.value) and not _joined_months_before(o, t, sentence, agreed.start())
                                     for o in inside if o is not t):
        return title
    if re.match(r"\s+and\s+to\s+[a-z]", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        # ("They agreed to meet again in the week of Dec. 14[ and to report to the leaders by the end of January]": a
        # second doing agreed after the date is not its)
        title = re.split(r"\s+and\s+to\s+(?=[a-z])", title, maxsplit=1)[0]
    held = _HELD_OBJECT.search(title)
    if held is not None and not _CONVENED_BODY.match(held["np"]):
        return held["np"][:1].upper() + held["np"][1:]
    if re.match(r"(?:they|he|she|it|we)\s", title, re.I):
        return title
    told = _AGREED_TO.sub(" to ", _CONTRAST_AFTER.sub("", title), count=1)
    # ("…agreed to resume shuttle diplomacy and to hold their next meeting in South Korea in the first half of next year":
    # the doing the date closes is the last one agreed, told alone)
    return re.sub(r"(?<=\sto\s)[^;]+?\s+and\s+to\s+(?=[a-z])", "", told, count=1)


#: A past followed by its object, no passive's participle (which takes none, but for verbs of giving): "won the prize".
_PAST_WITH_OBJECT = re.compile(r"(?:[a-z]{2,}ly\s+)?(?!(?:given|sent|shown|paid|awarded|granted|offered|told|asked|handed|"
                               r"promised|denied|refused|allowed|sold|lent|owed)\b)[a-z]{3,}\s+(?:(?:the|a|an|its|their|his|her|"
                               r"two|three|four|five|\d+)\s"
                               # (…or a bare plural: "…and opened accession talks"; not a preposition's, nor a time's:
                               # "closed for repairs", "released months later")
                               r"|(?!(?:for|from|with|into|after|before|since|until|over|under|during|through|about|against|"
                               r"amid|within|without|across|along|around|toward|towards)\b)(?:[a-z]{3,}\s+)?"
                               r"(?!(?:months|years|weeks|days|hours|decades|minutes|times)\b)[a-z]{3,}[^s\W]s\b)")
#: What joins a verb of its own to the one after it: "[ and ]agreed", "[, and then ]agreed" (or a clause, its subject
#: first: "[, and the bloc ]agreed").
_JOINED_VERB_BETWEEN = re.compile(r",?\s+and\s+(?:then\s+|later\s+|also\s+)?"
                                  r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+)?")


def _joined_months_before(o: Timex, t: Timex, sentence: Sentence, agreed_at: int) -> bool:
    """Whether `o` dates a verb of its own that "and" joins to the agreeing at `agreed_at`, in another month than `t`."""
    return o.value[:7] != t.value[:7] and _JOINED_VERB_BETWEEN.fullmatch(sentence.text, o.end - sentence.start,
                                                                         agreed_at) is not None
#: A noun and a pronoun subject right after it, opening a relative clause without "that": "…towns [it] agreed".
_ZERO_RELATIVE_SUBJECT_END = re.compile(r"\b(?!(?:when|after|before|since|because|while|until|once|and|but|that|which|who|"
                                        r"where)\b)[a-z]{3,}\s+(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?$")
#: A gathering or a vote to be held, closing a title: "…to hold [a presidential election]".
_HELD_OBJECT = re.compile(r"\bto\s+(?:hold|stage|organi[sz]e|convene|call)\s+(?P<np>(?:a|an|the|new|early|fresh|snap|their|its)\s+"
                          r"[^,;:()]{2,80})$")
#: A gathering approved to be held, up to its date: "approved holding [a referendum on a new constitution] ".
_APPROVED_HOLDING = re.compile(r"\b(?:approved|backed|endorsed|agreed\s+on|voted\s+for|proposed|announced)\s+holding\s+"
                               r"(?P<np>(?:a|an|the|new|early|fresh|snap)\s+[^,;:()]{2,80}?)\s+(?:(?:in|on|at|by|during)\s+)?"
                               r"(?:the\s+)?$")
#: A body convened, which names no gathering alone: "to convene [the joint committee]" (the sides are told convening it).
_CONVENED_BODY = re.compile(r"^(?:the|a|an|its|their)\s+(?:(?!of\b)[\w-]+\s+){0,3}(?:committee|commission|council|parliament|"
                            r"assembly|body|panel|board|group|team)s?$")
#: …and the agreeing verb as a title tells it: "The two sides [agreed to] hold…".
_AGREED_TO = re.compile(rf"\s+(?:have\s+|has\s+|had\s+)?(?:(?:[a-z]+ly|also|then|later|now|finally|again)\s+)?{_AGREEING}"
                        r"(?:\s+in\s+principle)?\s+to\s+")
#: A clause of two words, a subject and its past: "Turkey invaded", "talks collapsed".
_SUBJECT_AND_PAST = re.compile(rf"(?:[A-Z][\w'’.-]*|[a-z]{{3,}}s)\s+(?:{PAST_VERB})")
#: A possessive pronoun opening a title: "His trial opened".
_OWNER_FIRST = re.compile(r"(?:His|Her|Its|Their)\s")
#: A clause of concession or time opening right before a pronoun: "…, though [he] said…".
_CONCESSION_OR_TIME_BEFORE = re.compile(r"\b(?:though|although|while|when|after|before|as|until|once)\s+$")
#: A relative clause whose subject is a pronoun: "[two crossings] that it closed", "[Addis Ababa,] where she will meet",
#: "[sanctions,] which it lifted".
_THAT_PRONOUN = re.compile(r"\b(?:that|where|which|whom)\s+(?:it|he|she|they)\s+(?:had\s+|will\s+)?[a-z]{3,}")


#: A relative clause about an object that closes a first clause: ", which ended a six-year insurgency" (or with its
#: preposition: ", in which dozens of peacekeepers were injured").
_CLOSING_OBJECT_RELATIVE = re.compile(r",\s+(?:(?:in|during|under|by|on|at|from|through|with|after|for)\s+)?(?:which|who|whom)\s+"
                                      r"[^,;()]{3,80}$")


def _last_predicate_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…have accused him of yielding and held protests in May and June": when every date of the sentence is
    in its last predicate, that predicate is each date's, told with the sentence's subject."""
    predicate = conjoined_predicate(sentence, t)
    if predicate is None or any(o.start < predicate[0].start for o in inside):
        # (…or of the clause joined on that holds it: "The tribunal set the border in 1899, but Caracas says the award was
        # a fraud and has rejected it since the 1960s")
        cuts = list(_CLAUSE_OF_ITS_OWN.finditer(sentence.text, 0, t.start - sentence.start))
        if not cuts:
            return None
        cut = cuts[-1].end()
        joined = Sentence(sentence.start + cut, sentence.end, sentence.text[cut:])
        predicate = conjoined_predicate(joined, t)
        if predicate is None or any(joined.start <= o.start < predicate[0].start for o in inside):
            return None
    part, subject = predicate
    title = make_title(part, t, [o for o in inside if o.end <= part.end], gazetteer)
    # (a subject with its own who-clause stays as it is: "Drivers who refused would have their cars impounded")
    told = subject[:1].upper() + subject[1:] if re.search(r"\s(?:who|that|which)\s", subject) \
        else finish_title(subject, gazetteer)
    return f"{told} {title[:1].lower()}{title[1:]}" if len(title.split()) >= 2 else None


#: Where a clause with its own named subject is joined on: ", but [Caracas says…]", "; [the army]…".
_CLAUSE_OF_ITS_OWN = re.compile(r"(?:,\s+(?:but|and|yet|while|whereas)|;)\s+(?=[A-Z])")
#: The occasions of a count of times listed one by one: ", first on Tuesday and again on Thursday".
_OCCASIONS_LISTED = re.compile(r",\s+(?:first\s+)?(?:on|in|at)\s+[^,;]{2,40}?,?\s+(?:and\s+)?(?:again|then|later)\s+"
                               r"(?:on|in|at|over|during)\s")
#: What is left of occasions listed once a date has gone from them: ", first and then indefinitely", ", first and then".
_OCCASIONS_LEFT = re.compile(r",\s+first(?:\s+and)?(?:\s+(?:then|again|later)\b[^,;.]*)?\s*$")
#: A count of times in a title: " twice", " three times".
_COUNT_OF_TIMES = re.compile(r"\s+(?:twice|three\s+times|four\s+times|two\s+times)(?:\s+(?:before|already|previously|earlier))?\b")


#: A count of times the dates after it are the occasions of: "twice before", "three times[, in]" (not the count of what the
#: dates are the outcomes of: "pushed back twice, first to July 9").
_COUNT_OF_OCCASIONS = re.compile(r"\s+(?:twice|three\s+times|four\s+times|two\s+times)"
                                 r"(?:\s+(?:before|already|previously|earlier)\b|,?\s+(?:in|on|at)\s)")
#: A perfect's auxiliary and participle, which a bare participle joined on after it shares: "[has] declared".
_PERFECT_BEFORE = re.compile(rf"\b(?P<aux>has|have|had)\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b")
#: A person named by role alone, no name after it: "Japan's prime minister", "the envoy".
_PERSON_BY_ROLE_ALONE = re.compile(rf"(?:\b[Tt]he|[A-Z][\w'’.-]*['’]s)\s+(?:[a-z][\w-]*\s+){{0,2}}{PERSON_ROLE}(?![\w-])"
                                   r"(?!,?\s+[A-Z])")
#: A person's role and name: "Prime Minister Abiy Ahmed", "President Salome Zourabichvili".
_ROLE_AND_NAME = re.compile(rf"\b{PERSON_ROLE},?\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?!(?:and|or)\b)[A-Z][\w'’-]+){{0,2}})")


#: A noun phrase opening a title and its relative clause set off: "The second phase of the plan, which was due to begin".
_ANTECEDENT_AND_RELATIVE = re.compile(r"(?P<np>[A-Z][^,;]{2,80}),\s+(?:which|who)\s+(?P<rest>[^,;]+)")
#: A pronoun whose meaning a clause before may hold.
_PRONOUN_WORD = re.compile(r"\b(?:it|they|them|he|she|him|its|their|his|her)\b", re.I)


class SentenceTitles:
    """Titles for the dates of one sentence. A title shows about a hundred characters, so a long
    sentence (a pasted list of thousands of dates) is titled from its opening, once for all the
    dates beyond it, instead of a pass over the whole sentence per date."""

    def __init__(self, sentence: Sentence, inside: list[Timex], gazetteer: Gazetteer,
                 restated: list[Timex] | None = None, bounds: list[Timex] | None = None) -> None:
        self.gazetteer = gazetteer
        # dates the sentence names that tell no happening ("until mid-2023"): a predicate after one is the next date's
        self.bounds = bounds or []
        # dates said again more finely ("a month later, on Sept. 28"): they leave the titles with their restatement
        self.restated = sorted(restated or [], key=lambda o: -o.start)
        if len(sentence.text) > TITLE_SOURCE_CHARS:
            end = sentence.start + TITLE_SOURCE_CHARS
            self.sentence = Sentence(sentence.start, end, sentence.text[:TITLE_SOURCE_CHARS])
            self.inside = [o for o in inside if o.end <= end]
        else:
            self.sentence, self.inside = sentence, inside
        self._opening: str | None = None

    def of(self, t: Timex) -> str:
        listed = next((o for o in self.inside if o.end <= t.start and o.range_id is None and t.range_id is None
                       # (…in a list of three, or in another language: "en mai, juin et juillet 2025")
                       and (re.fullmatch(r",\s+|,?\s+(?:and|or|et|ou|y|o|e|und|oder|of|и|і|ve)\s+",
                                         self.sentence.text[o.end - self.sentence.start:t.start - self.sentence.start])
                            # (Dutch's "and" only in Dutch: French and Spanish "en" is "in", "le traité de 1992 en mars")
                            or re.fullmatch(r",?\s+en\s+", self.sentence.text[o.end - self.sentence.start:t.start - self.sentence.start])
                            and language_of(self.sentence.text) == "nl")
                       # (not a date that opens a clause of its own: "…in June 2020, and last year it declared…")
                       and not is_own_clause(self.sentence.text[t.end - self.sentence.start:].lstrip(" ,"))), None)
        if listed is not None:  # "Truces brokered in May and June of 2023 collapsed": one phrase of dates, one title
            return self.of(listed)
        started = next((o for o in self.restated if o.end <= t.start and t.type == "TIME" and o.value == t.value[:10]
                        and CLOCK_OF_THE_DAY_BETWEEN.fullmatch(
                            self.sentence.text, o.end - self.sentence.start, t.start - self.sentence.start)), None)
        if started is not None:  # "…at a public sitting on Dec. 15, beginning at 3 p.m.": the day's happening, at its hour
            clock = re.escape(t.text.rstrip("."))
            day = SentenceTitles(self.sentence, sorted([*self.inside, started], key=lambda o: o.start), self.gazetteer,
                                 [o for o in self.restated if o is not started], self.bounds)
            return re.sub(rf"(?:,?\s*(?:beginning|starting|opening|from))?\s+at\s+{clock}\.?$", "", day.of(started))
        if t.end <= self.sentence.end:
            sentence, inside = self.sentence, self.inside
            opening = next((o for o in self.restated if o.start - sentence.start == dateline_end(sentence.text)
                            and re.fullmatch(r"\s*,\s*(?:in|on|at)?\s*", sentence.text[o.end - sentence.start:t.start - sentence.start])),
                           None)
            if opening is not None:
                # "A decade ago, in February 2015, a rush produced…": the sentence is told from its restatement on
                cut = opening.end - sentence.start
                cut += re.match(r"\s*,\s*", sentence.text[cut:]).end()
                sentence = Sentence(sentence.start + cut, sentence.end, sentence.text[cut:])
                inside = [o for o in inside if o is not opening]
            semicolon = sentence.text.rfind("; ", dateline_end(sentence.text), t.start - sentence.start)
            if semicolon >= 0 and any(o.end - sentence.start <= semicolon for o in inside) \
                    and not _PRONOUN_WORD.search(sentence.text, semicolon) and tells_a_doing(sentence.text[:semicolon]) \
                    and is_own_clause(re.sub(r"^[^,]{1,40},\s+", "", sentence.text[semicolon + 2:]).capitalize()):
                # "A truce ended the fighting in November 2020; Russian peacekeepers who deployed that year left in the
                # spring of 2024": each clause is a sentence of its own, with its own dates (not one whose pronoun the
                # clause before tells: "…seized Port Alvar in December 2023; government troops retook it in January")
                cut = semicolon + 2
                sentence = Sentence(sentence.start + cut, sentence.end, sentence.text[cut:])
                inside = [o for o in inside if o.start >= sentence.start]
            # "…disengaged from the Pangong lake area in 2021 and Gogra-Hot Springs in September 2022": each date's own
            # object, as if it stood alone
            # (not a list of subjects: "Burkina Faso joined the court in 2004, Mali in 2000 and Niger in 2002")
            own_object = with_own_object(sentence, t, inside) \
                if _gapped_subjects_title(sentence, t, inside, self.gazetteer) is None else None
            if own_object is not None:
                sentence, t, inside = own_object
            manner = _gapped_manner_title(sentence, t) if len(inside) > 1 else _later_second_predicate(sentence, t)
            if manner is not None:  # "…meet both leaders separately on Monday and jointly on Wednesday"
                title = pronoun_as_subject(finish_title(manner, self.gazetteer), sentence.text)
            else:
                title = self._after_bound(sentence, t, inside) or _title_for(sentence, t, inside, self.gazetteer)
                title = _dated_object_relative_title(sentence, t, inside, title, self.gazetteer) or title
                joined = _JOINED_MANNER_AFTER.match(sentence.text, t.end - sentence.start)
                if joined is not None and any(o.start - sentence.start == joined.end() for o in inside):
                    # (…and the first date's title leaves the second's manner: "…separately[ and jointly]")
                    title = re.sub(rf"\s+(?:and|but)\s+{joined['adverb']}\b", "", title, count=1)
            for other in self.restated:
                at = title.find(other.text)
                if at >= 0:
                    title = finish_title(remove_date_phrase(title, at, at + len(other.text)), self.gazetteer)
            if _OCCASIONS_LISTED.search(self.sentence.text) or len({o.range_id or id(o) for o in self.inside}) > 1 \
                    and _COUNT_OF_OCCASIONS.search(self.sentence.text, 0, min(o.start for o in self.inside) - self.sentence.start):
                # "postponed the vote twice last week, first on Tuesday and again on Thursday": each day is one of them
                # (…as is each of the dates listed after the count: "had met twice before, in Oslo on November 20 and in
                # Reykjavik on January 14")
                title = _COUNT_OF_TIMES.sub("", title, count=1)
            # ("…was pushed back twice, first to March 2024 and then indefinitely": the list's words go with its date; the
            # count stays, of the pushes whose outcomes the dates are)
            title = _OCCASIONS_LEFT.sub("", title, count=1)
            title = _one_of_plural_dealt_out(title, self.sentence, t, self.inside)
            # (a bare noun phrase only: a "one" with its verb is left to `coreference`, which reads the story around it)
            one = _ONE_FOR_A_NOUN.match(title) if not VERB.search(title) and not FIRST_VERB.search(title) else None
            head = _SUBJECT_HEAD.match(self.sentence.text, dateline_end(self.sentence.text)) if one is not None else None
            if head is not None:
                # "The last informal meeting took place in New York in July, after an earlier one in Geneva in March": the
                # "one" is the subject's noun
                title = f"{one['det']} {one['adjective']}{head['noun']}{title[one.end():]}"
            he = re.match(r"(?:He|She)\s", title)
            # (named before the pronoun nearest the date: "…the deal he signed with President Isaias Afwerki [the year
            # before]" is not Isaias's)
            at = t.start - self.sentence.start
            pronoun = min(re.finditer(r"\b(?:he|she)\b", self.sentence.text, re.I), key=lambda p: abs(p.start() - at),
                          default=None) if he is not None else None
            named = list(_ROLE_AND_NAME.finditer(self.sentence.text, 0, pronoun.start())) if pronoun is not None else []
            people = {m["name"] for m in named}
            # (a person named only by role is one more, whom the pronoun may be: "Xi met Japan's prime minister…, their first
            # talks since she took office")
            if people and _PERSON_BY_ROLE_ALONE.search(self.sentence.text, 0, pronoun.start()):
                people.add("")
            if named and he.group().startswith("He") and OBJECT_HIM.search(self.sentence.text, named[-1].start(),
                                                                               t.start - self.sentence.start):
                people = set()  # ("Secretary-General Kofi Annan sent him to the region, where he chaired talks": "he" is "him")
            # "…months after Prime Minister Abiy Ahmed took office, and he won the prize": the one person named by role (not
            # one the title names itself: "He says President Zelensky could travel…" is someone else)
            if len(people) == 1 and next(iter(people)).split()[-1] not in title:
                full = people.pop()
                title = shorten_people(f"{full} {title[he.end():]}", self.gazetteer)
                if " " in full and title.startswith(full + " "):  # (one the gazetteer does not know goes by the surname)
                    title = surname(full) + title[len(full):]
            return ellipsis_filled(title, self.sentence.text)

        if self._opening is None:
            self._opening = make_title(self.sentence, None, self.inside, self.gazetteer)
        return self._opening

    def _after_bound(self, sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
        """"Attacks declined until mid-2023, but rose again last year": the only date that tells a happening, in a
        predicate joined on after a bound's, is that predicate's, told with the subject ("Attacks rose again")."""
        if len(inside) != 1:
            return None
        bound_end = max((o.end for o in self.bounds if o.end <= t.start and o.start >= sentence.start), default=None)
        if bound_end is None:
            return None
        predicate = conjoined_predicate(sentence, t)
        if predicate is None or predicate[0].start < bound_end:
            return None
        return _last_predicate_title(sentence, t, inside, self.gazetteer)


#: A relative clause's beginning verb right before its date: "[that began] on", "[which started] in".
_NESTED_RELATIVE_BEFORE = re.compile(r"\b(?:that|which)\s+(?:began|started|ended|erupted|broke\s+out|opened|closed)\s+"
                                     r"(?:(?:on|in|at)\s+)?$")
#: A saying's gerund set off by commas inside a clause: ", citing "permanent moral incapacity"".
_SAYING_GERUND_ASIDE = re.compile(r",\s+(?:citing|saying|adding|accusing|calling|claiming|describing|arguing|warning|"
                                  r"insisting|alleging)\b[^,;]{0,120}?(?=,|$)")
#: A clause of wanting or thinking, no doing: "Azerbaijan wants Armenia to change its constitution first".
_STANCE_CLAUSE = re.compile(r"\s*(?:[A-Z][\w'’.-]*\s+){1,3}(?:wants|want|wanted|insists|insisted|demands|demanded|hopes|hoped|"
                            r"believes|believed|says|said|argues|argued|expects|expected|fears|feared)\b[^;]*$")
#: A gerund after "before", closing a main clause with a past of its own and no date: "…for six decades [before declaring
#: it void in] 1962".
_ONLY_DATE_CLOSES_GERUND = re.compile(r"\s(?:before|after)\s+[a-z]{2,}ing\b[^,;:()\"“”]{0,60}?\s+(?:in|on|at)\s+(?:the\s+)?$")
#: A full date's closing comma, then the past of the clause whose subject it dated: ", devastated the province".
_PAST_AFTER_DATE_COMMA = re.compile(rf",(?P<verb>\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;:.()]{{0,60}})"
                                    r"(?=[,;:.]|$)")
#: A subject with a relative clause on it opening a clause (after its "and"): "[and the presidential council that ]took…".
_SUBJECT_WITH_RELATIVE = re.compile(r"\s*(?:(?:and|but)\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s[^,;]{0,60}?\s(?:that|who|which)"
                                    r"\s+[a-z]")
#: A clause whose verb is only "did", its predicate left to the main clause: "[Azerbaijan's] did", "[Russia] did".
_ONLY_DID = re.compile(r"(?P<who>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*?)(?P<owner>['’]s)?\s+did$")
#: The main clause's owner, noun and predicate: "[Armenia]['s] [parliament] [ratified the agreement]".
_MAIN_PREDICATE = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*?(?P<owned>['’]s\s+[a-z][\w-]*)?\s+"
                             rf"(?P<predicate>(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b[^,;]*?)"
                             r"(?=\s+(?:on|in|at|last|this|a|two|three|four|days?|weeks?|months?)\b|\s*[,;.]|$)")


#: An ordinal standing for its noun, as the subject of a title: "A third was hit", "The fourth is due".
_ORDINAL_ALONE = re.compile(r"(?P<det>A|An|The)\s+(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                            rf"last|final)\s+(?:one\s+)?(?=(?:was|were|is|are|had|has|have|will|would|could|[a-z]{{3,}}ed|"
                            rf"{words_pattern(IRREGULAR_PASTS)})\b)")
#: A count of a plural noun, which such an ordinal goes on counting: "[two ships] were struck" (no length of time: "two
#: months later"), or the first of a series: "[an earlier truce] lasted a week".
_COUNTED_PLURAL = re.compile(r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|several|both)\s+"
                             r"(?!(?:hours|days|weeks|months|years|decades|centuries|times|percent|points)\b)"
                             r"(?P<noun>[a-z]{3,}[^s\W]s)"
                             r"|(?:the|an?)\s+(?:first|earlier|previous|initial)\s+(?P<single>[a-z]{3,}))\b", re.I)


#: An ordinal with no noun closing a title: "…lors d'un second", "…in a second".
_ORDINAL_ENDING = re.compile(r"\b(?:a|an|un|une|d['’]un|d['’]une)\s+(?:second|third|fourth|seconde?|deuxième|troisième)$")
#: A "first" and its noun, up to the preposition or comma after it: "a first [coup] in", "un premier [coup d'Etat] en".
_FIRST_NOUN = re.compile(r"\b(?:a|an|un|une)\s+(?:first|premier|première)\s+(?P<noun>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}?)"
                         r"(?=\s*,|\s+(?:in|on|at|during|en|le|du|au|à|dans|lors)\b)")


def ellipsis_filled(title: str, sentence_text: str) -> str:
    """"…ratified the agreement on Tuesday, a week after Azerbaijan's did": the clause with only "did" does what the
    main clause did ("Azerbaijan's parliament ratified the agreement"); "…two ships were struck, and a third was hit last
    night": the ordinal counts the noun the sentence counted before it ("A third ship was hit")."""
    bare = _ORDINAL_ENDING.search(title)
    first = _FIRST_NOUN.search(sentence_text) if bare is not None else None
    if first is not None and first["noun"].lower() not in title.lower():
        # "Arrivé au pouvoir lors d'un premier coup d'Etat en août 2020, puis d'un second en mai 2021, …": the ordinal
        # alone at the title's end stands for the first's noun ("…lors d'un second coup d'Etat")
        return f"{title} {first['noun']}"
    ordinal = _ORDINAL_ALONE.match(title)
    at = re.search(rf"\b(?i:{ordinal['det']}\s+{ordinal['ordinal']})\b", sentence_text) if ordinal is not None else None
    counted = list(_COUNTED_PLURAL.finditer(sentence_text, 0, at.start())) if at is not None else []
    if counted:
        noun = counted[-1]["single"] or singular_of(counted[-1]["noun"])
        return f"{ordinal['det']} {ordinal['ordinal']} {noun.lower()} {title[ordinal.end():]}"
    only = _ONLY_DID.fullmatch(title)
    main = _MAIN_PREDICATE.match(sentence_text[dateline_end(sentence_text):]) if only is not None else None
    if main is None or bool(only["owner"]) != bool(main["owned"]):
        return title
    owned = f"{only['owner']} {main['owned'].split()[-1]}" if only["owner"] else ""
    return f"{only['who']}{owned} {main['predicate']}"
