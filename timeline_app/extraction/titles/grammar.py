"""The word patterns and small clause tests that every title rule shares: prepositions before a date,
past forms, noun-phrase edges, the document's language. Nothing here picks a title; the modules above do.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.dateline import SPEAKER_NAME, UPDATE_LABEL, clock_stamp_end
from timeline_app.extraction.language import guess_language
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import MON_FULL
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    GERMAN_LEXICAL_PAST,
    IRREGULAR_PASTS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    saying_pasts,
    words_pattern,
)

TITLE_MAX = 90
#: Relations and the word for whom with, before the other side: "diplomatic relations with ", "ties between ".
RELATIONS_WITH = (r"(?:(?:diplomatic|trade|economic|military|bilateral)\s+)?(?:relations|ties|contacts|cooperation)\s+"
                  r"(?:with|between)\s+")
#: A phrase that opens a sentence before its main clause; a verb inside it is not the main verb.
OPENING_PHRASE = re.compile(r"(?:In|At|On|During|After|Before|Under|With|Following|Amid|Despite|Since|Without|Through|According\s+to|"
                             r"As|When|While|Although|Though|Because|Once|Whereas|Unless|If)\b"
                             r"[^,]{0,100},\s*")



#: The language of the document being titled, when the caller knows it: a sentence alone is too short for the guess
#: ("L'accordo precedente, firmato nel 2022, scadeva a dicembre" reads as English to it).
_DOCUMENT_LANGUAGE: ContextVar[str | None] = ContextVar("document_language", default=None)


@contextmanager
def document_language(language: str | None) -> Iterator[None]:
    """Title within a document of `language`: its sentences are read in that language."""
    token = _DOCUMENT_LANGUAGE.set(language)
    try:
        yield
    finally:
        _DOCUMENT_LANGUAGE.reset(token)


def language_of(text: str) -> str:
    """The language `text` is in: the document's, when known, else a guess from the text itself."""
    return _DOCUMENT_LANGUAGE.get() or guess_language(text)


#: ", first announced on 24 February,": an adverb that makes the words after a comma a participle
#: phrase, not a closing attribution
_ASIDE_ADVERB = r"(?:first|initially|originally|already|previously|earlier|later|once|jointly)\s"
#: ", diplomats said on Tuesday": the date of a closing attribution says when the news was told
ATTRIBUTED_ON = re.compile(rf"[,;]\s+(?!{_ASIDE_ADVERB})"
                           # (not a participle's clause about what went before: ", reversing a boycott it announced
                           # three weeks ago")
                           r"(?!(?:[a-z]{3,}ing|which|that|who)\b)"
                           # (nor a main verb's clause whose object a participle tells of: ", the worst in years, ended with
                           # a truce announced on May 10")
                           rf"(?!(?:[\w.'’-]+\s+){{0,4}}?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:[\w'’-]+\s+){{0,4}}?(?:with|after|amid|following)"
                           r"\s+(?:a|an)\s)"
                           # (…whom told, a broadcaster's name too: "told the BBC", "told Reuters")
                           # (no passive's: "…, and the deal was announced on Monday" tells the deal)
                           # (…a sayer of a few words: "mediators from the United States and Saudi Arabia said")
                           r"(?:[\w.'’-]+\s+){1,8}(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)"
                           r"(?:said|told\s+(?:the\s+(?=[A-Z]))?\w+|announced|reported|added|confirmed|stated|wrote|"
                           # ", official results showed on Monday": figures that tell, as a source does
                           r"(?<=results\s)showed|(?<=figures\s)showed|(?<=data\s)showed|(?<=count\s)showed)"
                           # (…and where they said it: ", both sides said in a joint statement on Saturday")
                           r"(?:\s+(?:in|at|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|"
                           r"speech|address|briefing|news\s+conference|press\s+conference|post|message|letter|communiqu[eé]|"
                           # (…or the report it was seen in: "…, the agency said in a confidential report seen by Reuters
                           # on Friday")
                           # (…or whom it was given to: "…said in an interview with Al Jazeera on Friday")
                           r"report)(?:\s+(?:seen|obtained|reviewed)\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
                           r"|\s+with\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})?)?"
                            r"\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$")
#: The same in the other languages we read, where the date may stand before the speaker: ", a annoncé jeudi la
#: présidence", ", wie das Amt am Mittwoch mitteilte", ", dijo el martes el ministro", ", disse o ministro na terça-feira",
#: ", ha detto giovedì il ministro".
_FOREIGN_ATTRIBUTED_ON = re.compile(
    rf"[,;]\s+(?:{saying_pasts('fr', attributing=True)}"
    r"|wie\s+[^,;]{1,60}?(?:am|an)"
    # (German's saying verb first after the comma: ", teilte das Außenministerium am Freitag mit")
    rf"|(?:{saying_pasts('de', attributing=True)})\s+[^,;]{{1,60}}?(?:am|an)"
    # (the source may come between: ", informó el ejército este viernes")
    # (…or "según" first: ", según anunció el tribunal este viernes", ", selon ce qu'a annoncé…")
    r"|(?:(?:según|segundo|selon)\s+(?:lo\s+que\s+|o\s+que\s+|ce\s+qu['’]a\s+)?)?"
    rf"(?:{saying_pasts('es', attributing=True)})(?:\s+[^,;]{{0,60}}?)?"
    rf"|(?:{saying_pasts('pt', attributing=True)})\s+[^,;]{{0,60}}?(?:na|no|em)"
    rf"|{saying_pasts('it', attributing=True)}"
    # (", сообщил в понедельник представитель МИД", the sayer between too: ", сообщило министерство в пятницу")
    rf"|(?:{saying_pasts('ru', 'uk', attributing=True)})(?:\s+[^,;]{{0,60}}?)?(?:\s+(?:в|во|у))?)\s+$", re.I)
#: What a saying goes on to tell after its date: ", and Phnom Penh said on Friday it had completed its
#: withdrawal" is a statement of its own, not the source of the clause before it.
_REPORTED_CLAUSE = re.compile(rf"\s+(?:that\s|(?:it|they|he|she|we)\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s"
                              # ("…, and the envoy said last week she hoped for a deal": a pronoun and its past)
                              r"|(?:it|they|he|she|we|its|their|his|her|the|a|an|[A-Z][\w'’-]*)"
                              r"(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|may|might|"
                              r"should|must|did|does|do|still)\s)")


#: What joins a day to the hour its happening starts at: ", beginning at", " at".
CLOCK_OF_THE_DAY_BETWEEN = re.compile(r"\s*,?\s*(?:beginning|starting|opening|from)\s+(?:at\s+)?|\s+at\s+", re.I)


def attributes(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a closing attribution's (", officials said on Tuesday"),
    one that names when a source spoke rather than a statement that tells something of its own."""
    return bool(ATTRIBUTED_ON.search(text, max(0, start - 110), start)) and not _REPORTED_CLAUSE.match(text, end) \
        and not _SUBJECTS_VERB_NEXT.match(text, end) \
        or bool(_FOREIGN_ATTRIBUTED_ON.search(text, max(0, start - 80), start)) \
        and re.match(r"[^,;]{0,60}(?:,\s+[^,;]{1,100})?[.!?]?\s*$", text[end:])  # (", un mois après l'échec…": an aside)



ATTRIBUTION_TAIL = re.compile(rf",\s+(?!{_ASIDE_ADVERB})"
                               # (no passive of the subject's own: "The deal, mediated by Qatar, was announced in Doha")
                               r"(?!(?:was|were|is|are|has|have|had|been|being|be)\s)"
                               r"(?:the\s+)?[\w'’. -]{1,50}?\s+(?:said|say|says|added|"
                               # (a verb that may take an object tells a clause of its own when it has one: ", the
                               # ministers announced aid")
                               r"(?:reported|announced)(?=\s*$|,|\s+(?:on|in|at|late|early|earlier|later|separately|publicly|"
                               r"yesterday|today|tonight|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)|"
                               # ", a Ukrainian official told reporters"
                               r"told\s+(?:reporters|journalists|us|me|(?:this|our)\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)"
                               # (…and the day they told it: "told the BBC on Tuesday")
                               r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?$|"
                               # (…or what evidence shows: ", satellite images showed", ", official figures show")
                               r"(?:(?<=results\s)|(?<=figures\s)|(?<=data\s)|(?<=count\s)|(?<=images\s)|(?<=imagery\s)|"
                               r"(?<=photos\s)|(?<=footage\s)|(?<=records\s)|(?<=documents\s)|(?<=statistics\s)|(?<=polls\s)|"
                               r"(?<=poll\s)|(?<=estimates\s))(?:showed|shows?|indicated|indicates?|suggested|suggests?)|"
                               # (…or what a report or a study found: ", the report found", ", a U.N. survey showed")
                               r"(?<=report\s)(?:found|showed|said)|(?<=study\s)(?:found|showed)|(?<=survey\s)(?:found|showed)|"
                               r"(?<=review\s)found|(?<=investigation\s)found|(?<=inquiry\s)found)"
                               # (…where it was said, however long: "said in a radio interview", "said in an interview with
                               # Al Jazeera")
                               r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:interview|statement|speech|briefing|"
                               r"post|message|broadcast|address|letter)(?:\s+with\s+[\w.-]+(?:\s+[A-Z][\w.-]*){0,3})?|(?:\s+\w+){0,3})"
                               # (…and the day of a statement: "said in a statement on Friday")
                               r"(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?"
                               # (with a clause about where it was said: "…said after the meeting, which lasted five hours")
                               r"(?:,\s+(?:which|where)\s+[^,;\"“”]{3,80})?"
                               # (…or how it was said: "…, a Pakistani official said, without giving a date")
                               r"(?:,\s+(?:without|declining\s+to|adding|citing|speaking\s+on)\b[^,;\"“”]{3,60})?"
                               # (…or what the news was: "…, the air force said on Sunday, in the largest attack")
                               r"(?:,\s+(?:in|amid)\s+(?:the|a|an|what)\s[^,;\"“”]{3,80})?\s*$")


#: How much of a sentence a title is made from: a title is cut to about a hundred characters, and a
#: pasted list of thousands of dates in one "sentence" must not cost a pass over it per date.
TITLE_SOURCE_CHARS = 600


#: "When" opening a clause that tells what happened on the date before it, in the languages we read: "…since December
#: 2023, cuando los presidentes firmaron…".
#: (with its space, or French's elision: "lorsqu'un drone…")
WHEN_WORD = r"(?:(?:when|cuando|quand|lorsque|quando)\s+|lorsqu['’](?=\w))"


PAST_VERB = rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}"
#: A word that makes a clause finite: a modal, an auxiliary or a past ("must end", "will be allowed", "followed").
FINITE_MARK = rf"(?:will|would|can|could|must|may|might|should|is|are|was|were|has|have|had|{PAST_VERB})"

#: A finite verb right after the date, whose subject the "said" before it describes: "…, and a second one [announced]
#: the following month fared no better" (a participle, no attribution).
_SUBJECTS_VERB_NEXT = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{PAST_VERB}|was|were|is|are|has|have|had|will|would|could|did|"
                                 r"does|do)\s")


def is_own_clause(text: str) -> bool:
    """Whether `text` opens with a clause of its own, a subject and its verb ("Russia invaded…",
    "prices tripled…"), rather than a noun phrase ("the collapse of talks")."""
    stop = next((m.start() for m in re.finditer(r"[,;:]", text) if not LIST_OF_NAMES_GOES_ON.match(text, m.start())),
                len(text))  # ("Estonia, Latvia and Lithuania joined…": a subject that lists names)
    clause = text[:stop]
    aside = ASIDE_THEN_VERB.match(text, stop)
    if aside is not None:  # ("New START, the last treaty limiting the two arsenals, expired…": the subject's aside)
        clause += " " + re.split(r"[,;:]", text[aside.end():], maxsplit=1)[0]
    return bool(OWN_SUBJECT.match(clause)) and tells_a_doing(CAPITALISED_WORDS.sub("", clause))


#: A participle no past is spelled as: "taken", "given", "withdrawn".
DISTINCT_PARTICIPLE = re.compile(r"(?:[a-z]+ly\s+)?(?:(?:over|under|with|re)?taken|given|broken|frozen|chosen|written|sworn|"
                                 r"(?:with)?drawn|shown|thrown|driven|begun|seen|done|gone|fallen|risen|spoken|stolen|"
                                 r"forgotten|grown|known|flown|hidden|beaten|shaken|forbidden|overseen|undone)\s")

#: A participle standing as an adjective between an article and its noun: "a [detailed ]annex", "the [revised ]text";
#: or after a possessor, its adverb with it: "Yemen's [internationally recognised ]government" (not a contraction's:
#: "it's reported").
ATTRIBUTIVE_PARTICIPLE = re.compile(r"(?:(?<=\bthe )|(?<=\bits )|(?<=\ban )|(?<=\ba )|(?<=\btheir )"
                                    r"|(?<=\w['’]s )(?<!\b[Ii]t['’]s )(?<!hat['’]s )(?<!ere['’]s )(?<![Hh]e['’]s )(?<!ho['’]s ))"
                                    r"(?:[a-z]{3,}ly\s+)?[a-z]{3,}ed\s+(?=[a-z])")


#: A subject's aside between commas, then its verb: "[, the last treaty limiting the arsenals, ]expired", "his deputy[,
#: Dina Boluarte, ]was removed".
# (…or a phrase of what it is about: "a second case[, over the waters of the Silala river,] was decided")
ASIDE_THEN_VERB = re.compile(rf",\s+(?:(?:(?:formally|officially|known\s+as|also\s+known\s+as|or|namely|over|about|on|"
                             rf"concerning|regarding|against|between)\s+)?"
                             rf"(?:the|a|an|its|their|his|her)\s[^,;()\"“”]{{1,90}}|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
                             # (…or where it was: "the last formal meeting[, in Addis Ababa,] ended")
                             rf"|(?:in|at|near|outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}),"
                             rf"\s+(?=(?:(?:[a-z]+ly|herself|himself|itself|themselves|also|then|later)\s+)?"
                              rf"(?:{PAST_VERB}|is|are|was|were|has|have|had|will|would)\b)")


#: ", which …", ", who …", and a participle's ", first held in 2021," or ", originally scheduled for March,"
#: Past participles that do not end in -ed, as an aside's participle may ("drawn up in October").
#: Participles spelled like their present, which "has" or "had" makes participles ("split", a noun too, is
#: one only here).
PERFECT_LIKE_PRESENT = rf"{words_pattern(PAST_LIKE_PRESENT)}|split|broadcast"
#: Participles spelled as their present: "[shut] to lorries since June", "[cut] since March".
_PRESENT_LIKE_PARTICIPLES = r"shut|cut|hit|split|spread|read"
#: (…with "re-" too: "rebuilt", "retaken", "redrawn")
IRREGULAR_PARTICIPLES = (r"(?:re)?(?:held|signed|made|won|built|set|drawn|taken|given|written|shown|chosen|broken|driven|sworn|"
                          r"frozen|stolen|shaken|forgotten|hidden|beaten|overtaken|undertaken|withdrawn|overthrown|thrown|"
                          r"brought|bought|fought|sought|found|kept|sent|struck|begun|led|put|laid|paid|lost|seen|known|spent|sold|told|left|"
                          + _PRESENT_LIKE_PARTICIPLES + ")")
#: A past participle, regular or not: "[drawn] up by negotiators", "[signed] in Washington".
PASSIVE_PARTICIPLE = rf"(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})"
#: A participle after a comma opens a phrase of its own: ", first held in 2021," ", originally scheduled…"
PARTICIPLE_PHRASE = (rf"(?:(?:first|once|last|originally|initially|jointly)\s+)?(?:(?:re|co|pre|un|self)-)?(?:\w{{3,}}ed|{IRREGULAR_PARTICIPLES})\b"
                      # (not before "that" or an infinitive: "expected to resume"; but "circulated to members", "sent to the
                      # council")
                      r"(?!\s+that\b)(?!\s+to\s+(?!(?:the|a|an|its|their|his|her|all|both|[A-Z]|\w+s)\b))"
                      # "…, all run by military governments that seized power between 2020 and 2023,"
                      r"|(?:all|both|each|most|many|some)\s+(?:\w{3,}ed|run|led|held|made|won|built|set|born|known)\s+by\b")


#: German presents of a state or a doing that stand second after a fronted date, none spelled like an English word:
#: "[Seit dem 1. Januar] liefert Russland kein Gas mehr", "[Seit 2014] kontrollieren Separatisten…".
#: (Plurals only where no noun is spelled so: "Leben", "Halten" and "Warten" are nouns too.)
GERMAN_LEXICAL_PRESENT = (r"(?:liefert|liefern|gilt|gelten|steht|bleibt|bleiben|gibt|herrscht|herrschen|kontrolliert|"
                          r"kontrollieren|fordert|fordern|droht|drohen|führt|läuft|lebt|liegt|hält|verhandelt|verhandeln|"
                          r"kämpft|kämpfen|besetzt|besetzen|blockiert|blockieren|fließt|fehlt|wartet|sitzt|schweigt|schweigen|"
                          r"ruht|ruhen|"
                          # (…and what is scheduled: "[In zwei Wochen] findet in Brüssel ein EU-Gipfel statt")
                          r"findet|finden|beginnt|beginnen|endet|tagt|tagen|trifft|treffen|reist|reisen)")


#: A German title opening with its finite verb (an adverb maybe before it), then its subject: "Haben russische
#: Drohnen ein Kraftwerk getroffen", "Bereits war die Stadt Ziel schwerer Angriffe gewesen".
# (…the adverb in lower case too, where a semicolon's clause was cut: "[;] erst konnte…")
GERMAN_VERB_FIRST = re.compile(r"(?:(?i:doch|aber|bereits|schon|zuvor|zuletzt|auch|noch|erst|dann|danach|damals|außerdem|zudem)\s+"
                               r"(?:(?i:bereits|schon|auch|noch|erst|dann)\s+)?)?"
                                r"(?P<verb>(?i:haben|hat|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|will|wollen|"
                                r"soll|sollen|sollte|sollten|kann|können|konnte|konnten|muss|müssen|musste|mussten|wollte|wollten|darf|durfte|"
                                rf"{GERMAN_LEXICAL_PAST[3:-1]}|{GERMAN_LEXICAL_PRESENT[3:-1]}|"
                                # (…or any weak past, its subject's article right after: "[Am Montag] reiste der neue…")
                                r"(?!(?:erste|letzte|nächste|beste|heute|halbe|gute|rechte|linke|mitte|seite|weite|breite|"
                                r"leute|beide|meiste|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte)\s)"
                                r"[a-zäöüß]{3,}te(?=\s+(?-i:der|die|das|ein|eine)\s)"
                                # (…or a name's, its object's article after it: "[Im März 2022] unterstützte Madrid den Plan")
                                r"|[a-zäöüß]{3,}te(?=\s+[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?\s+"
                                r"(?-i:den|dem|die|das|einen|einem|eine)\s)"
                                # (…or a plural's, a bare plural subject right after it: "[Seit Dezember 2022] blockierten
                                # Aktivisten den Latschin-Korridor")
                                r"|[a-zäöüß]{3,}ten(?=\s+(?-i:[A-ZÄÖÜ][a-zäöüß]{3,}(?:en|er|n))\s+(?-i:der|die|das|den|dem|ein|eine|einen)\s)))\s+"
                                # (a place may come before the subject: "[Für den 15. Dezember] ist in Kairo eine Konferenz
                                # geplant")
                                # (…with its adjective, before a bare plural too: "[Am 14. Dezember] finden in mehreren
                                # Gemeinden Stichwahlen statt")
                                r"(?P<place>(?-i:in|im|am|an|auf|bei|aus|vor)\s+(?:(?-i:der|dem|den)\s+)?"
                                r"(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*\s+"
                                r"(?=(?-i:der|die|das|ein|eine)\s|[A-ZÄÖÜ][\wäöüß-]*(?:en|n|e)\s+(?-i:statt|an|auf|zusammen|bei)\b))?"
                                # (an article's noun phrase ends at its noun, or its genitive: "die Stadt", "die Minister
                                # der NATO"; a name may take two words: "Präsident Selenskyj")
                                # (a count among its adjectives: "die letzten 20 lebenden Geiseln")
                                # (two articles' noun phrases joined, after a plural verb: "[Am 24. November 2016]
                                # unterzeichneten die Regierung und die Farc-Guerilla…")
                                r"(?P<subject>(?<=(?-i:n)\s)(?-i:der|die|das)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
                                r"[A-ZÄÖÜ][\wäöüß-]*\s+(?-i:und)\s+(?-i:der|die|das|ein|eine)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
                                r"[A-ZÄÖÜ][\wäöüß-]*"
                                # (…or a negative one's: "[Seit Anfang 2025] fließt kein russisches Gas mehr")
                                r"|(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|kein|keine|keinen|keinem|keiner|"
                                r"keines)\s+(?:(?:[a-zäöüß]+(?:e|en|er|es|em)|\d[\d.]*)\s+){0,3}"
                                # (a name's own adjective too: "die Vereinten Nationen", "die Europäische Union")
                                r"(?:[A-ZÄÖÜ][a-zäöüß]+(?:isch|ig|int|igt)(?:e|en|er|es)\s+(?=[A-ZÄÖÜ]))?"
                                # (…or a bare plural's genitive: "ein Angriff serbischer Bewaffneter")
                                r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?|[a-zäöüß]{3,}er\s+)"
                                r"[A-ZÄÖÜ][\wäöüß-]*)?"
                                # (a role and a full name: "Verteidigungsminister Boris Pistorius")
                                r"|[A-ZÄÖÜ][\wäöüß-]*(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|"
                                r"sprecherin|chef|chefin)\s+[A-ZÄÖÜ][\wäöüß-]*\s+[A-ZÄÖÜ][\wäöüß-]*"
                                # (two names joined, after a plural verb, which ends in -n: "[Bereits im Juni] hatten Kongo
                                # und Ruanda…")
                                r"|(?<=(?-i:n)\s)(?:[A-ZÄÖÜ][\wäöüß-]*\s+){1,2}(?-i:und)\s+(?:[A-ZÄÖÜ][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*"
                                r"|(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?"
                                # (…with its genitive: "[Am Mittwoch] griffen Kämpfer der M23 … an")
                                r"(?:\s+(?-i:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*)?"
                                # (…or a count of them: "[Bis Ende Juni 2017] gaben rund 7000 Kämpfer ihre Waffen ab")
                                r"|(?-i:(?:rund|etwa|fast|knapp|mindestens|insgesamt|mehr\s+als|über)\s+)?\d[\d.]*\s+"
                                r"(?:[a-zäöüß]+(?:e|en|er)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*"
                                # (or a pronoun: "[Vergangene Woche] war es an der Grenze zu Schüssen gekommen")
                                r"|(?-i:es|er|sie|wir|man))"
                                # (…or nothing after it, the place before it: "[Im März] folgte in Ohrid ein Anhang")
                                r"(?:\s+(?P<rest>(?=\S).*\S)|\s*[.!])?\s*$")


#: An absolute "with" clause's opening and its gerund, which tell what went with a happening, no part of it: ", with [both]
#: sides [pledging]…", ", with the war in Ukraine again [dominating] the agenda" (not a noun in -ing: "meeting", "spring").
#: A name set off after the role that names it: "Lee's predecessor[, Yoon Suk Yeol,] proposed…" (no clause's commas).
NAME_SET_OFF = re.compile(r"(?<=[a-z]),\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,\s+(?=[a-z])")
#: A nationality's adjective or a country's abbreviation before a noun: "Israeli", "Congolese", "U.S.", "EU".
NATIONALITY = r"(?:[A-Z][a-z]*(?:i|ian|an|ese|ish|ic)|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,5})"
ABSOLUTE_WITH = r",\s+with\s+(?:both|all|each|the|its|their|[A-Z]|two|three|four|five|six|seven|eight|nine|ten|\d+|several|most|many|some)"
ABSOLUTE_WITH_GERUND = r"(?!(?:during|nothing|morning|evening|building|meeting|bring|thing|ring|king|spring)\b)[a-z]{3,}ing\b"


GERMAN_WORD = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|und|mit|nicht|zum|zur|vom|für|auf|sich|nach|"
                          r"hatte|hatten|wurde|wurden|werden|sind|statt|mehreren|zwischen|gegen|über|bei|nur|gegeben|"
                          r"zuletzt|seitdem|bereits|schon|auch|noch|ihre|ihren|ihrer|seine|seinen|seiner|rund|etwa|unter|seit|im|kein|keine|keinen|mehr)\b(?!\s+(?:in|on|at|of)\b)")
#: Who or what is among a plural, set off by commas before the predicate: ", including a former minister,", ", tra cui un
#: ex ministro,", ", dont deux enfants,", ", entre ellos dos menores,", ", darunter ein Ex-Minister,".
INCLUDING_SET_OFF = re.compile(r",\s+(?:including|among\s+them|tra\s+cui|tra\s+i\s+quali|dont|parmi\s+(?:eux|elles|lesquels)|"
                                r"entre\s+(?:ellos|ellas|los\s+que|eles|elas)|incluindo|incluyendo|darunter)\s+[^,;]{1,60},"
                                r"(?=\s+[^\W\d_A-Z])")
#: "Previous ceasefires, including one brokered [in May 2023]": the one that has the date.
INCLUDING_ONE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][a-z-]{2,}s),?\s+(?:including|among\s+them|such\s+as)\s+"
                            rf"one\s+(?P<rest>(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b(?:[^,;]|(?<=\d),(?=\d))*)"
                            r"(?:[,;].*)?$", re.I)


#: ", leaving in 2024", ", killing 20 people on Monday": a closing participle clause that holds a date.
# (a few words quoted inside: ', saying more swaps were agreed "in principle" at talks in Istanbul [last week]')
CLOSING_PARTICIPLE = re.compile(r",\s+(?P<verb>[a-z]{2,}ing)\b(?P<mid>(?:[^,;:()\"“”]|[\"“][^\"“”,;:]{1,30}[\"”]){0,80}?)"
                                 r"\s*(?:(?:on|in|at|during|by)\s+)?$")
#: Words in -ing that are no verbs of a participle clause.
NOT_PARTICIPLES = {"including", "according", "during", "following", "regarding", "concerning", "pending", "nothing",
                    "something", "anything", "everything", "morning", "evening", "king", "thing", "ring", "spring"}


#: "…after winning the party leadership earlier that month": a gerund a subordinator governs, its date
#: right after it; the doer is the sentence's subject.
GOVERNED_GERUND = re.compile(r"\b(?:after|before|since|upon|while)\s+(?P<verb>[a-z]{2,}ing)\b"
                              r"(?P<mid>[^,;:()\"“”]{0,90}?)\s*(?:(?:on|in|at|during|by)\s+(?:the\s+)?)?$")
#: The finite verb after a gerund that is its own clause's subject, not a doing of the sentence's: "after fighting
#: [broke out]", "since voting [ended]", "after shelling [killed] nine people" (a participle before a noun is an
#: object's adjective instead: "after visiting [armed] groups").
GERUND_SUBJECTS_VERB = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:{words_pattern(PLAIN_PASTS - {'held', 'built', 'led'})}"
                                  r"|was|were|had|has|is|are|will|would|begins|ends|starts|opens|closes|resumes|continues"
                                  r"|[a-z]{3,}ed(?=\s*(?:[,.;:]|$)|\s+(?:out|up|off|down|again|in|on|at|across|into|near|along"
                                  r"|over|around|through|throughout|after|before|for|from|last|this|early|late|the|a|an|its"
                                  r"|their|his|her|at|more|some|several|dozens|hundreds|thousands|\d|one|two|three|four"
                                  r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\b))\b")


LEAD_WORDS = re.compile(r"(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ll]ast|[Dd]uring)\s+)*")


#: A title that is a noun phrase and its relative clause only: "The general who led the coup", "The
#: deal, which takes effect [on Sunday]".
#: What a relative clause that tells a happening opens with: a past ("who led"), a passive or perfect
#: ("who was dismissed", "which has hosted"), an announced future ("which is expected to rule") or a
#: present of schedules ("which takes effect").
RELATIVE_PREDICATE = (rf"(?:(?:was|were|is|are|has|have|had)\s+(?:(?:still\s+)?(?:not|never)\s+)?(?:been\s+)?"
                       rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_PRESENT_LIKE_PARTICIPLES})"
                       # (a perfect of a past spelled like its present: "which has split the island")
                       # (…or what has not been done since: "the 5+2 format, which has not met since 2019")
                       rf"|(?:has|have|had)\s+(?:(?:still\s+)?(?:not|never)\s+)?(?:{PERFECT_LIKE_PRESENT})"
                       r"|(?:is|are)\s+(?:(?:expected|due|set|scheduled|likely|poised)\s+)?to(?=\s+[a-z]{2,})"  # ("which is to hold")
                       # a modal's happening: "His father, who could come to the U.S. [as early as Tuesday]"
                       r"|(?:could|would|will|might|may|can|must|should)\s+(?:not\s+)?(?:be\s+)?[a-z]{3,}"
                       rf"|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|takes|begins|ends|starts|expires|comes|runs|opens|closes"
                       # (a step still ahead: "which still needs formal approval by ministers on March 16")
                       r"|needs|requires|awaits|faces"
                       # (…or a body's sitting ahead: "the agency's Board of Governors, which meets next week")
                       r"|meets|convenes|sits|votes|rules|decides|resumes|reconvenes"
                       # (a past that looks like a present, after "who" and before its object or particle: "who cut
                       # his forecast", "which shut down")
                       rf"|(?:(?<=\bwho\s)|(?<=\bwhich\s))(?:{words_pattern(PAST_LIKE_PRESENT)})"
                       r"(?=\s+(?:his|her|their|its|the|a|an|down|up|off|out)\b)"
                       # (a plural's too: "The talks that start [next Tuesday]")
                       r"|(?:(?<=\bthat\s)|(?<=\bwhich\s))(?:take|begin|end|start|expire|come|run|open|close|meet|resume|return)"
                       r"(?=\s|$))")
NOUN_AND_RELATIVE = re.compile(rf"^(?P<noun>(?:[^,;]|(?<=\d),(?=\d{{3}}))"  # (a number's comma is no edge: "5,000")
                                rf"{{2,70}}?),?\s+(?:who|that|which)\s+"
                                # "which last met", "who first arrived": an adverb may come first
                                rf"(?P<rest>(?:(?:last|first|later|earlier|recently|once|also|then|initially|originally|"
                                rf"previously|nearly|almost|finally|eventually|quickly|soon|again|only|just|briefly|still|all|both|each|jointly|"
                                rf"officially|formally|effectively|temporarily|partially|partly|largely|fully|unanimously)\s+)?"
                                rf"(?P<lead>{RELATIVE_PREDICATE})\b.*)$")


#: Capitalised words are names, whatever they end with ("the United Nations, which…").
CAPITALISED_WORDS = re.compile(r"\b[A-Z][\w'’.-]*")


#: A title that is a noun phrase and a relative clause with a subject of its own: "The draft law, which
#: parliament passed", "El Fasher, which the RSF has besieged".
#: Pasts a subject does to an object: "which parliament passed", "which the army retook".
TRANSITIVE_PASTS = words_pattern(PLAIN_PASTS - {"was", "were", "had", "did"})


#: A body and what it is made of, opening a noun phrase: "The convoy of ", "A delegation of ".
BODY_OF_MEMBERS = re.compile(r"(?:the|a|an)\s+(?:[\w-]+\s+)?(?:convoy|column|group|fleet|team|delegation|caravan|flotilla|"
                             r"batch|wave|shipment|contingent|detachment|unit|crowd|procession)\s+of\s", re.I)
#: A singular head and a bare plural after "of": "The delay of elections", "The killing of protesters".
HEAD_OF_PLURAL = re.compile(r"(?:The|A|An|the|a|an)\s+[\"“]?[a-z]+(?<!s)[\"”]?\s+(?:of|to|for)\s+"
                             # ("the "snapback" of U.N. sanctions", "the return of UN sanctions")
                             r"(?P<plural>(?:[a-z][\w-]*\s+|(?:[A-Z]\.){2,}\s+|[A-Z]{2,5}\s+){0,2}[a-z][\w-]*[^s\W]s)")


AUXILIARY = r"could|would|will|may|might|must|should|can|is|are|was|were|has|have|had|did|does|do"
#: Prepositions before a noun that a clause after it may or may not be about.
NOUN_PREPOSITIONS = r"in|on|by|for|with|at|from|to|about|over|against"
#: A word that ends no noun phrase: a preposition or a conjunction ("a grain pact [with] Kenya signed…" is no clause).
NOT_A_NOUN_END = rf"{NOUN_PREPOSITIONS}|of|and|or|but|between|into|under|after|before|until|till|since|when|while|once|because"
#: The verb of a relative clause without "that" that looks ahead: "a referendum Caracas [plans] for Sunday", "the talks
#: Cairo [will host] on Monday".
ZERO_RELATIVE_AHEAD = r"(?:will|is\s+to|are\s+to)\s+(?!be\b)[a-z]{3,}|plans|intends|has\s+(?:scheduled|called|planned|set)"
#: Pasts that take no object, so no passive's participle: "a bid … failed", "the mission expired".
NO_PASSIVE_PASTS = (r"(?:ended|failed|collapsed|died|arrived|resigned|happened|occurred|erupted|emerged|expired|lapsed|stalled|"
                     r"remained|existed|appeared|disappeared|escalated)")
#: The pronoun that opens a French, Spanish or Italian subject relative ("qui", or "que"/"che" before a verb).
ROMANCE_SUBJECT_PRONOUN = (r"(?:qui|(?:que|che)(?=\s+(?:ha|han|había|fue|fueron|era|è|sono|[^\W\d_]{2,}(?:ó|ió|aron|ieron|ò|ì|"
                            r"arono|irono)\b)))")
#: The endings of a French or Spanish past participle: "suspendu", "présentée", "firmado", "suspendidas".
ROMANCE_PARTICIPLE_END = r"(?:é|ée|és|ées|u|ue|us|ues|ado|ada|ados|adas|ido|ida|idos|idas)"
#: French participles of other endings: "dissous", "prise", "mis", "faite", "ouverts", "détruite".
ROMANCE_IRREGULAR_PARTICIPLE = (r"(?:dissous|dissoute?s?|absous|prise?s?|mise?s?|faite?s?|ouverte?s?|couverte?s?|offerte?s?|"
                                 r"dite?s?|écrite?s?|détruite?s?|construite?s?|produite?s?|conduite?s?|reconduite?s?|"
                                 r"inscrite?s?|interdite?s?|permise?s?|soumise?s?|remise?s?|transmise?s?|promise?s?|compromise?s?|repris(?:es?)?|compris(?:es?)?|"
                                 # (…and those in -u: "tenues le 29 décembre", "élu en 2021", "reconnu", "obtenu")
                                 r"(?:ob|re|main|sou|dé)?tenue?s?|(?:ré)?élue?s?|reconnue?s?|convenue?s?|vaincue?s?|"
                                 r"rendue?s?|perdue?s?|vendue?s?|suspendue?s?|entendue?s?|reçue?s?|abattue?s?|"
                                 r"(?:inter)?rompue?s?|corrompue?s?|"
                                 r"battue?s?|conclue?s?|exclue?s?|promue?s?|(?:re|é)?lue?s?|vue?s?|revue?s?|parue?s?|"
                                 r"diffusée?s?"
                                 # (…and the irregular ones of Spanish, Portuguese and Italian: "disuelto", "impuestas",
                                 # "suspenso", "eleitos", "sospeso", "sciolte", "chiusa")
                                 r"|(?:im|pro|de|com)?puest[oa]s?|(?:di|de|re)?suelt[oa]s?|(?:des)?(?:abiert|cubiert)[oa]s?|"
                                 r"escrit[oa]s?|hech[oa]s?|dich[oa]s?|muert[oa]s?|suspens[oa]s?|eleit[oa]s?|aceit[oa]s?|"
                                 r"expuls[oa]s?|(?:im|pro|de)?post[oa]s|aberto?s?|aberta?s?|feit[oa]s?|"
                                 r"sospes[oaie]|sciolt[oaie]|chius[oaie]|apert[oaie]|espuls[oaie]|conclus[oaie]|decis[oaie]|"
                                 r"scelt[oaie]|uccis[oaie]|raggiunt[oaie]|rimast[oaie]|(?:ri|com|sor)?pres[oaie]|mess[oaie]|"
                                 # (…and Italian's in -sto: "previste per il dicembre 2026", "richiesto", "proposta")
                                 r"previst[oaie]|richiest[oaie]|(?:pro|im|dis|es|com|ri)post[oaie]|rispost[oaie]|vist[oaie])")


#: A noun phrase of a happening joined on after a comma, up to the preposition of the date that closes it: ", and [the
#: arrest of Riek Machar] in ".
JOINED_NOUN_PHRASE = (r",\s+and\s+(?P<np>(?:the|a|an|its|their)\s+[a-z][\w-]*\s+(?:of|on|against|by)\s+[^,;]{2,80}?)"
                      r"\s+(?:in|on|at|during)\s+(?:the\s+)?")
#: Spanish and French words that end as participles do and are none: "después", "través", "todo", "estado".
ROMANCE_NOT_PARTICIPLES = (r"(?:después|través|interés|todos?|todas?|nada|cada|estados?|pasados?|lados?|mercados?|"
                           r"partidos?|sentidos?|cuidado|vida|medida|ayuda|jornada|temporada|salida|llegada|entrada|"
                           r"tribu|vertu|début|salut|statut|tissu|menu|revenu|contenu|individu|"
                           # (adjectives spelled as participles: "la insurgencia armada", "las Naciones Unidas")
                           r"armad[oa]s?|unid[oa]s?|armée?s?|unie?s?|passad[oa]s?"
                           # (French adverbs, prepositions and weekdays spelled as participles in -i, -is, -u: "Depuis
                           # septembre 2025, le Groupe… impose un blocus", "Lundi soir, le président…")
                           r"|depuis|puis|mais|jamais|ainsi|aussi|parmi|hormis|aujourd['’]hui|midi|"
                           r"lundi|mardi|mercredi|jeudi|vendredi|samedi"
                           # (Portuguese's preterites, which end as French participles in -u do: "anunciou", "venceu",
                           # "partiu")
                           r"|[^\W\d_]+(?:ou|eu|iu)"
                           # (…and conjunctions in "-que", which end as "-ue" participles do: "Lorsque le sommet…",
                           # "aunque", "comunque")
                           r"|[^\W\d_]*que)")
#: A Romance "when" opening a clause: "Cuando", "Quando", "Lorsque", "Quand".
ROMANCE_WHEN = r"(?:Cuando|Quando|Lorsqu(?:e\s+|['’])|Quand)"


#: A participle of following, which dates what followed, not what it stands by: "followed", "suivie", "seguida", "seguito".
FOLLOWING_PARTICIPLE = r"(?:followed|suivie?s?|seguid[oa]s?|seguit[oaie])"
#: "What followed" after its date: " by a framework agreement", " d'un accord-cadre", " da un accordo quadro".
FOLLOWED_BY = r"(?:by|de|d['’]|par|por|da|dal|dalla|pelo|pela)"
#: Transitive pasts spelled as their present, which an object relative's subject may have: "a hotline that the North cut".
PAST_AS_PRESENT = r"cut|shut|hit|set|split"


#: Finite presents a clause is told with.
_FINITE_PRESENT = (r"is|are|was|were|will|has|have|had|meets|holds|says|signs|agrees|"
                   # the presents of schedules: "the ban takes effect in six months", "the truce ends on Friday"
                   r"takes|begins|ends|starts|expires|opens|closes|resumes|returns|arrives|travels|visits|hosts|"
                   # ("the NATO meeting, which runs Wednesday and Thursday")
                   r"runs|convenes|reconvenes|lasts|continues")
#: Pasts in -ed that are verbs even before "to" or "with" ("agreed to open talks"), unlike "linked to".
_VERB_BEFORE_PREPOSITION = r"agreed|signed"
#: What stands before a verb's bare form or a noun, not before a finite verb: "to", a modal, a determiner.
_NO_BARE_VERB_BEFORE = (r"(?<!\bto\s)(?<!\bnot\s)(?<!n['’]t\s)(?<!\bdid\s)(?<!\bdoes\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)"
                        r"(?<!\bcan\s)(?<!\bmay\s)(?<!\bmight\s)(?<!\bmust\s)(?<!\bshould\s)(?<!\bshall\s)(?<!\bthe\s)"
                        r"(?<!\ba\s)(?<!\ban\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bhelp\s)(?<!\blet\s)(?<!\bmake\s)")
VERB = re.compile(rf"\b(?:\w{{3,}}ed(?!\s+(?:with|by|to|for|from|as|in|on)\b)|died|{_VERB_BEFORE_PREPOSITION}|{words_pattern(PLAIN_PASTS)}|{_FINITE_PRESENT}|"
                   # a past like its present after a plural or named subject: "U.S. strikes hit its sites"
                   rf"(?<=[a-z]s\s){words_pattern(PAST_LIKE_PRESENT)}|(?<=[A-Z][a-z]\s)(?:hit|cut|shut)"
                   # (…or with its particle after any subject: "a second judgment, in November 2013, set out the extent")
                   rf"|{_NO_BARE_VERB_BEFORE}(?<=[\w,]\s)(?:set|cut|put|shut)\s+(?:out|up|off|forward|down|aside)(?!-))\b")


#: Any character of a clause but its closing comma, which a number's thousands comma is not: "about 500,000 barrels".
NOT_A_CLAUSE_COMMA = r"(?:[^,]|(?<=\d),(?=\d{3}\b))"
# (an adverb may come first: "Belgium, which hosts the depository, first raised its concerns…")
ENCLOSED_RELATIVE = re.compile(rf",\s+(?:(?:most|some|many|all|none|one|both|each|several|few|half|much|part)\s+of\s+)?"
                                # (…a share of it too: "aid deliveries[, most of which arrive through the port,] could be")
                                # (…or a place's: "Transnistria[, where about 1,500 Russian troops are stationed,] broke away")
                                rf"(?:which|who|whom|whose|where)\b{NOT_A_CLAUSE_COMMA}{{0,160}}"
                                # (a list of names inside it: "which also includes the United States, France and UNIFIL")
                                r"(?:(?:,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=,|\s+and\s))+,?\s+and\s+[^,]{1,60})?"
                                rf",\s+(?=(?:(?:first|also|later|then|again|initially|"
                                rf"already|once|twice|[a-z]{{3,}}ly)\s+)?(?:is|are|was|were|has|have|had|will|would|could|"
                                rf"must|may|might|should|can|cannot|"
                                rf"[a-z]{{2,}}ed|[a-z]{{3,}}s|{words_pattern(PLAIN_PASTS - {'said', 'told'})}"
                                # (…or a past spelled as its present, with its object: "Insurers, who had raised premiums,
                                # [cut them] by a third")
                                rf"|(?:{words_pattern(PAST_LIKE_PRESENT - {'set', 'read', 'bid', 'forecast'})})"
                                r"(?=\s+(?:them|it|the|a|an|its|their|his|her|off|back|down|up|\d)\b))\b)")
#: Languages where "a" is a preposition, not an article.
A_IS_A_PREPOSITION = frozenset({"es", "pt", "it", "fr"})
ENCLOSED_NAME = re.compile(r"(?<=[a-z]),\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,\s+"
                            r"(?=(?:is|was|are|were|has|had|have|will|would|said|says|told|[a-z]{3,}ed)\b)")


#: A closing count from another happening: " five days after a coup…", " weeks before the vote".
#: The words that hedge a count of time, and its units: "nearly three days", "just hours".
COUNT_HEDGE = r"(?:just|only|some|about|nearly|almost|barely|less\s+than|more\s+than)"
TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"


#: A comma inside a list of names: ", Latvia and Lithuania", ", Paris, Berlin".
_NAME_IN_LIST = (r"(?:(?:the|la|le|les|el|los|las|il|gli|i|dei|degli|delle|des|der|die|den)\s+(?:[a-zà-ÿ]{3,}\s+)?)?"
                 r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"  # (…an article's adjective too: "dei principali Paesi")
                 r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"  # ("the Democratic Republic of Congo")
                 r"(?<!-)")  # (no suspended hyphen, one compound's first part: "the UN- and Turkish-brokered deal")
#: (…and in the other languages we read: "Serbiens, Kroatiens und Bosnien-Herzegowinas", "Perú, Chile y Bolivia")
LIST_OF_NAMES_GOES_ON = re.compile(rf",\s+{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})*,?\s+(?:and|or|und|oder|et|ou|y|e|o|и|ve)\s+"
                                   rf"{_NAME_IN_LIST}")
#: The names a list has given before its "and": "Norway, Chile, Kenya[ and the Philippines]".
LIST_OF_NAMES_BEFORE_AND = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)*"
                                       r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
#: A saying whose report opens with a modal, up to it: "[Diplomats said Rubio would] travel…".
#: A saying whose subject goes on as a pronoun in what was said: "The WFP [said it] had cut…".
SAYERS_PRONOUN = re.compile(r"^[^,;]{0,80}?\b(?:said|says|told\s+\w+|announced)\s+(?:that\s+)?(?:it|he|she|they|we)"
                             r"(?=\s+(?:had|has|have|would|will|was|were|could|might)\b)")
#: A predicate that opens in a report's own tense: "…and [would] suspend", "…and [had] closed".
REPORTED_TENSE_FIRST = re.compile(r"(?:would|will|could|might|had)\s+(?:not\s+)?[a-z]{2,}")
REPORTED_MODAL = re.compile(r"^(?:[^,;]{0,80}?)\b(?:said|says|told\s+\w+|announced)\s+(?:that\s+)?"
                             r"(?:the|a|an|its|their|he|she|they|it|we|[A-Z][\w'’-]*)(?:\s+[^\s,;]+){0,5}?\s+(?:would|will)(?=\s)")
#: "…according to the United Nations, which warned [last week] that famine had spread", "…chaired by
#: Mahmoud Okonjo, who won the award [in 2021]": a name, and a relative clause in the past that holds the date.
#: Plural nouns of people that open a sentence capitalised, where a name in -s could stand: "Judges said…".
PLURAL_AGENTS = frozenset("judges officials ministers leaders diplomats envoys negotiators mediators rebels troops soldiers "
                           "police protesters residents authorities lawmakers legislators prosecutors investigators doctors "
                           "medics witnesses observers monitors delegates analysts militants forces voters workers activists "
                           "inspectors experts researchers senators deputies officers fighters".split())


#: (…or at a second relative clause about the same noun: "which collapsed in July 2023 and which diplomats want to revive")
CLAUSE_CLOSE = re.compile(r",\s|;|$|\s+(?:and|but|or)\s+(?:which|who|whom|whose)\s")


#: A comma inside a quotation's closing mark, before the sentence goes on: 'promising "total peace[,"] had restarted'.
_COMMA_IN_CLOSING_QUOTE = re.compile(r",(?P<mark>[\"”])\s")
#: A second predicate after a date: " and was re-elected", " and then signed".
_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:(?:was|were|then|later)\s+)?(?:(?:re|co)-)?[a-z]{3,}ed\b")
#: A year or a month named further on: the second predicate's own date.
_DATED_LATER = re.compile(rf"\b(?:1[89]|20)\d\d\b|\b{MON_FULL}\b")


#: A comma and a past that opens a predicate, not a participle's aside (its object or adverb follows, no preposition or
#: agent): ", adopted binding agreements", ", sat together".
_SERIES_COMMA = re.compile(rf",\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+"
                           r"(?!(?:by|in|on|at|during|from|since|last|this|after|before|under|with|for|as|to|until|into|"
                           r"over|amid|and|or|but|which|when|while)\b)[a-z]"
                           # (…or a text's coming into force: ", entered into force the following February")
                           r"|(?:entered|came)\s+into\s+force\b)")
#: The ", and" and past that close a series of predicates: ", and kept", ", and then sent" (or a bare "and" before a
#: passive: "…, entered into force the following February and was extended").
SERIES_CLOSED = re.compile(rf",\s+and\s+(?:then\s+|later\s+|[a-z]{{3,}}ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b"
                           r"|\s+and\s+(?:was|were)\s+(?:[a-z]{3,}ly\s+)?[a-z]{3,}ed\b")


def series_predicate_commas(s: str, start: int, end: int) -> list[re.Match[str]]:
    """"Eight states sat together in the council, [adopted] rules on rescue in 2011, and kept politics out": the
    commas before `start` that open predicates of a series of three or more, closed by ", and" and a past after the
    date — the date's predicate is the subject's, told without the predicates before it."""
    closing = SERIES_CLOSED.search(s, end)
    if closing is None or re.search(r"[;:()—]|\b(?:who|which|that|whose|said|says)\b", s[end:closing.start()]):
        return []
    commas = list(_SERIES_COMMA.finditer(s, max(0, start - 150), start))
    return commas[-1:] if commas and not re.search(r"[,;:()—]", s[commas[-1].end():start]) else []


def turned_clause(sentence: Sentence, t: Timex, prefix: str, resume: int) -> tuple[Sentence, int]:
    """A clause rewritten to open with `prefix` and go on from `resume` to the first comma after its
    date ("Juanita Castro, who arrived in Miami in 1961, believes…" ends at "1961"), as a sentence of its
    own placed so that the dates after `resume` keep their offsets; with it, where the clause's own words start."""
    hi = CLAUSE_CLOSE.search(sentence.text, t.end - sentence.start).start()
    # (…or the comma inside a quotation's closing mark: 'who took office in 2022 promising "total peace,"', the mark kept)
    quoted = _COMMA_IN_CLOSING_QUOTE.search(sentence.text, t.end - sentence.start, hi)
    hi, closing = (quoted.start(), quoted["mark"]) if quoted is not None else (hi, "")
    rest = sentence.text[t.end - sentence.start:hi]
    # (…or a bare plural with its complement: "…that the North cut in April 2023[ and ways to prevent clashes]")
    if re.match(r"\s+and\s+(?:(?:a|an|the|its|their|his|her)\s|(?!(?:was|were|has|had|is|are)\b)[a-z]{3,}s\s+(?:to|of|for|on)\s)",
                rest) or (
            _SECOND_PREDICATE.match(rest) and _DATED_LATER.search(rest)):
        # "a declaration the two sides signed in July[ and a separate agreement…]": a second object; "who founded PAS in
        # 2016[ and was re-elected in November 2024]": a second predicate with its own date
        hi = t.end - sentence.start
    text = prefix + sentence.text[resume:hi] + (closing if hi > t.end - sentence.start else "")
    start = sentence.start + resume - len(prefix)
    return Sentence(start, start + len(text), text), sentence.start + resume


def with_its_infinitive(verb: str, rest: str) -> tuple[str, int]:
    """A relative's verb with the infinitive its noun is the object of ("it agreed to create"), and
    how much of the rest that took: the noun goes after both ("Pristina agreed to create the
    association"), not between them."""
    # (not a preposition's object: "which he presented to the two delegations")
    # (nor a place it went to: "which the cabinet sent to parliament in August")
    to = re.match(r"\s+to\s+(?:be\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|some|all|both|"
                  r"each|every|[a-z]+[^su]s|parliament|congress|court|prison|jail|power|office|trial|hospital|exile|"
                  r"safety|justice|lawmakers|voters)\b)[a-z]+(?:\s+(?:up|off|out|down|back|over|aside|away)\b)?", rest)
    if to is None and re.fullmatch(r"(?:helped|helps|help|let|lets)", verb.split()[-1]):
        # ("a dispute that Turkey [helped defuse] in December": a bare infinitive after "help" or "let")
        to = re.match(r"\s+(?!(?:the|a|an|its|their|his|her|this|that|to|in|on|at|by|from|with|for)\b)[a-z]{3,}"
                      r"(?:\s+(?:up|off|out|down|back|over|aside|away)\b)?(?=\s+(?:in|on|at|by|during|last|this|earlier)\b|\s*[,.;]|\s*$)",
                      rest)
    return (verb + " " + to.group().strip(), to.end()) if to is not None else (verb, 0)


#: A verb right after a date that opens the sentence, with no comma: German and Dutch word order
#: ("Im März hatten…", "Am Freitag sollen…", "In maart heeft…").


#: A town and the country or state it is in, set off by commas before a verb: "in Crans-Montana[, Switzerland,] collapsed":
#: one name, whose commas close no clause.
PLACE_APPOSITION = re.compile(r"(?:\b[A-Z][\w'’-]*[a-z]"
                              # (…or a place told by its noun, then named: "in the capital[, Khartoum,] in April 2023")
                              r"|\b(?:capital|city|town|port|village|region|province|enclave|district|territory|island|"
                              r"stronghold|strait)s?)(?P<aside>,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,)(?=\s+(?!and\b|or\b)[a-z])")


#: A hyphenated compound, whose last part may be spelled like a verb: "Kenyan-led", "Qatar-brokered".
_COMPOUND = re.compile(r"[\w'’]+-[\w'’-]+")


def without_compounds(text: str) -> str:
    """`text` with each hyphenated compound one placeholder word, for a look for its verbs ("The Kenyan-led mission" has
    none)."""
    return _COMPOUND.sub("X", text)


def without_place_appositions(text: str) -> str:
    """`text` with each town's country taken out ("in Crans-Montana[, Switzerland,] collapsed"), for a look at its
    clause edges."""
    return PLACE_APPOSITION.sub(lambda m: m[0][:m.start("aside") - m.start()], text)


#: A place's name, one to three capitalised words: "Istanbul", "Abu Dhabi".
_PLACE_NAME = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")


#: A date written as words before "that": "June 2023", "Jan. 16", "16 January 2025", "2019", "late March".
_DATE_WORDS = re.compile(r"\s*(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
                         r"(?:\s+\d{4})?|\d{4})\s*")


#: A date that takes "the": "the early 1990s", "the spring of 2020", "the second half of 2018", "the 19th century".
_DATE_WITH_ITS_ARTICLE = re.compile(r"the\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}s|(?:spring|summer|autumn|fall|winter|"
                                    r"(?:first|second)\s+half|end|start|beginning)(?:\s+of\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)\s+"
                                    r"century)\s*", re.I)


#: Two named sides: "Congo and Rwanda", "the government and the M23".
_TWO_SIDES = re.compile(r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+and\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*")


def noun_phrase_start(s: str, end: int) -> int:
    """Where the noun phrase ending at `end` starts: at its determiner ("a standoff"), or after the
    preposition that governs it ("two years of [talks]"), within sixty characters."""
    lo = max(0, end - 60)
    # (an "of" inside a name is no edge: "a two-day Group of 20 summit", "the Bank of England")
    # (a count opens one too: "[two border crossings] that it closed")
    edges = list(re.finditer(r"\b(?:(?P<det>the|a|an|its|their|his|her|this|these|those|(?:two|three|four|five|six|seven|"
                             r"eight|nine|ten|several)(?=\s)|(?<!of\s)(?<![$€£\d,.])\d{1,3}(?=\s+(?!million|billion|trillion|percent|per\b)[a-z]))|(?P<prep>of(?!\s+(?-i:[A-Z\d]))|in|on|"
                             # (an infinitive's verb before a bare plural: "pepper spray to disperse [protesters who tried…]")
                             r"to\s+(?!(?:the|a|an|its|their|his|her)\s)[a-z]{3,}(?=\s+(?:[\w-]+\s+){0,1}[a-z]{2,}s\s*$)|"
                             r"at|by|for|with|from|to|about|over|after|before|during|between|among|"
                             # (a verb and its particle before a bare plural: "shot down [drones that entered…]")
                             r"(?-i:shot\s+down|fired|launched|seized|captured|detained|arrested|killed|"
                             # (…or a doing's that takes a gathering: "The release followed [talks in Muscat that began…]")
                             r"(?<!-)(?:followed|preceded|attended|hosted|boycotted|welcomed|mediated|brokered)|"
                             # (…or a measure's: "suspended [imports of Japanese seafood that had resumed…]")
                             r"suspended|banned|halted|lifted|imposed|blocked|restricted|"
                             # (…or a gerund's: "sanctioning [ships that were built in the 1990s]")
                             r"[a-z]{3,}ing(?:\s+(?:off|up|out|down|back|away))?(?=\s+(?:[\w-]+\s+){0,2}[a-z]{2,}s\s*$))))\b"
                             r"|[,;:(]",
                             s[lo:end], re.I))
    if not edges:
        # ("[Talks] that began in March ended…": a bare noun opening the sentence is the whole phrase)
        return 0 if lo == 0 and re.fullmatch(r"\s*(?:[\w'’-]+\s+){1,3}", s[:end]) else end
    last = edges[-1]
    if last["det"] and _DATE_WITH_ITS_ARTICLE.fullmatch(s, lo + last.start(), end) and len(edges) > 1 \
            and edges[-2]["prep"] and edges[-2]["prep"].lower() in ("in", "during") \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + edges[-2].start() - 20):lo + edges[-2].start()]):
        # "fought a war over Nagorno-Karabakh in [the early 1990s] that ended…": the date says when, the noun before what
        return noun_phrase_start(s, lo + edges[-2].start())
    aimed = ACTION_AIMED_AT.search(s, max(0, lo + last.start() - 40), lo + last.start()) if last["det"] else None
    if aimed is not None:
        # "an offensive on [the capital] that stalled", "a campaign against [the group] that ended": what the action is
        # aimed at is no antecedent of its own, the action is
        return noun_phrase_start(s, aimed.start("prep"))
    if last["prep"] and last["prep"].lower() == "of" and _PROCESS_BEFORE_OF.search(s, max(0, lo + last.start() - 30), lo + last.start()) \
            and _PROCESS_RELATIVE_AFTER.match(s, end):
        # "the exchange of [hostages and prisoners] that stalled last month": what stalls is the exchange, not the people
        # it is of
        return noun_phrase_start(s, lo + last.start())
    if last["prep"] and last["prep"].lower() in ("on", "about", "over") \
            and _TALKS_BEFORE_TOPIC.search(s, max(0, lo + last.start() - 30), lo + last.start()) \
            and _PROCESS_RELATIVE_AFTER.match(s, end):
        # "a dialogue on [visa rules] that had been frozen": what is frozen is the dialogue, not what it is about
        return noun_phrase_start(s, lo + last.start())
    if last["det"]:
        return lo + last.start()
    start = lo + last.end()
    # (…or who with, what for, where to: "a peace agreement with [Cambodia] that was signed last month")
    if last["prep"] and last["prep"].lower() in ("in", "at", "over", "on", "with", "for", "to") \
            and _PLACE_NAME.fullmatch(s, start, end) \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + last.start() - 20):lo + last.start()]):
        # "talks in [Istanbul] that had appeared close to collapse": a place names where, the noun before it what
        # ("a war over [Nagorno-Karabakh] that ended…": or what about)
        return noun_phrase_start(s, lo + last.start())
    if last["prep"] and last["prep"].lower() in ("between", "among") and _TWO_SIDES.fullmatch(s, start, end) \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + last.start() - 20):lo + last.start()]):
        # "a peace agreement between [Congo and Rwanda] that was signed…": the sides say whose, the noun before it what
        return noun_phrase_start(s, lo + last.start())
    if last["prep"] and last["prep"].lower() in ("in", "on") and _DATE_WORDS.fullmatch(s, start, end) \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + last.start() - 20):lo + last.start()]):
        # "signed a ceasefire in [June 2023] that expired…": a date says when, the noun before it what
        return noun_phrase_start(s, lo + last.start())
    infinitive = _INFINITIVE_OBJECT.match(s, start, end) if last["prep"] and last["prep"].lower() == "to" else None
    if infinitive is not None:  # "agreed to manage [tensions that flared…]": the infinitive's bare object
        start = infinitive.start("np")
    # "a ban on imports of gas [that will take effect]": what a measure is on is no antecedent of its own
    # (a relative clause is otherwise the nearest noun's: "a suspect in shootings [that injured doctors]")
    measure = MEASURE_ON.search(s, lo, start)
    return measure.start() if measure else start


#: An action and the preposition of what it is aimed at: "offensive [on] ", "campaign [against] ".
ACTION_AIMED_AT = re.compile(r"\b(?:offensive|attacks?|assault|strikes|campaign|war|raids?|blockade|siege|bombardment|advance|"
                              r"march|incursion|invasion|struggle|fight|insurgency|rebellion|uprising)\s+(?P<prep>on|against|into)\s+$")
#: A process named by what it moves or frees, before its "of": "the [exchange] of", "the [withdrawal] of".
PROCESS_NOUNS = (r"exchange|swap|release|return|repatriation|transfer|handover|withdrawal|evacuation|deployment|delivery|"
                 r"deliveries|exports?|imports?|shipments?|demarcation|delimitation|disarmament|demobili[sz]ation|"
                 r"reintegration|resettlement")
#: What only a process does: "stalled", "broke down", "began".
PROCESS_VERBS = (r"(?:(?:has|have|had)\s+)?(?:(?:was|were|been)\s+)?(?:stalled|collapsed|began|started|ended|resumed|"
                 r"broke\s+down|took\s+place|failed|halted|completed|postponed|delayed|suspended|got\s+under\s+way|finished|"
                 r"frozen|froze|paused|interrupted|broken\s+off|relaunched|restarted|revived|opened|concluded|adjourned|"
                 r"reconvened|wrapped\s+up)")
#: What a thing, not a side of it, does in its course: "took effect", "began", "collapsed", "expired".
COURSE_OF_A_THING = re.compile(rf"(?:took\s+effect|came\s+into\s+force|entered\s+into\s+force|expired|lapsed|{PROCESS_VERBS})\b")
_PROCESS_BEFORE_OF = re.compile(rf"\b(?:{PROCESS_NOUNS})\s+$")
#: Talks of some kind before the preposition of their topic: "a [dialogue] on", "[negotiations] over".
_TALKS_BEFORE_TOPIC = re.compile(r"\b(?:dialogue|talks|negotiations|consultations|discussions|process|cooperation|"
                                 r"contacts?|exchanges)\s+$")
#: A relative clause whose verb only a process does: "that stalled", "which had collapsed", "that began in May".
_PROCESS_RELATIVE_AFTER = re.compile(rf"\s*(?:that|which)\s+{PROCESS_VERBS}\b")
#: A verb of an infinitive and its bare plural object: "to [manage] tensions", "to ease sanctions".
_INFINITIVE_OBJECT = re.compile(r"\s*(?:manage|ease|end|stop|lift|impose|resolve|address|reduce|defuse|calm|contain|avoid|"
                                r"prevent|discuss|settle|halt|curb|limit|tackle|counter|restore|resume|expand|extend|"
                                r"reopen|restart|revive|rebuild|renew|re-?establish|normali[sz]e|improve|strengthen|boost|"
                                r"repair|sever|dismantle|disarm|release|free|rescue|evacuate|withdraw|deploy|implement|enforce)\s+"
                                r"(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s*$")  # (or two words: "to end border clashes")


#: A time around a thing, which names the time and not the thing: "the 31st anniversary of", "the eve of".
TIME_AROUND_NOUNS = r"anniversary|eve|aftermath|wake|run-up|lead-up|commemoration"
#: A measure and what it is on, ending at a preposition: "a ban on", "the price cap against", "a 30-day truce on".
MEASURE = (r"\b(?:the|a|an|its|their|his|her|this|new)\s+(?:[\w'’-]+\s+)?(?:(?:ban|embargo|cap|limit|tax|"
            r"tariffs?|duty|duties|levy|moratorium|restrictions?|curbs?|controls?|freeze|truce|ceasefire|cease-fire|"
            r"pause|deal|agreement|accord|pact)\s+(?:on|against)"
            # ("an Islamist blockade of fuel imports that began in early September": the blockade began)
            r"|(?:blockade|siege|boycott|suspension|closure)\s+(?:of|on|against))")
#: (…through one more phrase too: "a 30-day moratorium on [strikes on] energy facilities")
MEASURE_ON = re.compile(MEASURE + r"(?:\s+[\w'’-]+(?:\s+[\w'’-]+)?\s+(?:on|of|against|to|for))?\s*$", re.I)


#: The sayings a source's noun follows after "in" or "on": "said [in a statement]", "announced [in a letter]".
SAYING_IN_A_SOURCE = r"(?:said|says|announced|added|stated|wrote|declared|confirmed)"
#: A part of a place, named by its side before the name: "[eastern] Congo", "[northern] Shan state".
COMPASS_ADJECTIVE = r"(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western)"
#: A happening named with the place it happened in, at the end of a phrase: "Azerbaijan's lightning
#: offensive in Nagorno-Karabakh", "the war in Gaza" (…a name's words too: "the African Union mission in Somalia").
HAPPENING_IN_PLACE = re.compile(r"(?:(?:[A-Z][\w.-]*['’]s|(?i:the|a|an|its|their))\s+(?:(?:[a-z\d][\w'’-]*|[A-Z][a-z]+(?![\w'’-])|[A-Z]\.[A-Z]\.)\s+){0,3}?"
                                 # (its years may qualify it: "the 2020-22 war in Tigray, which ended…")
                                 # (a mass or plural noun needs no article: "noted that fighting in Upper Nile State, which")
                                 r"|(?<=\bthat\s)|(?<=\bwhere\s)|(?<=\bafter\s)|(?<=\bbut\s)|(?<=\band\s)|(?<=,\s)|^"
                                 # (…or the object of an ending or of a count: "pledging to end fighting in eastern Congo that")
                                 r"|(?<=\bend\s)|(?<=\bending\s)|(?<=\bstop\s)|(?<=\bhalt\s)|(?<=\bof\s))"
                                 r"(?:offensive|war|attack|invasion|assault|operation|fighting|clashes|campaign|blockade|"
                                 r"siege|uprising|crisis|conflict|strikes?|bombing|raid|incursion|intervention|protests|demonstrations|riots|"
                                 r"unrest|violence|shelling|airstrikes|deployment|build-?up|mission|exercises?|drills|attacks|"
                                 # (…or a settling of it there: "the truce in Gaza that began in January")
                                 r"truce|ceasefire|cease-fire|dialogue|process|agreement|deal|accord|"
                                 r"election|vote|referendum|summit|conference|trial|outbreak|epidemic|famine)"
                                 # (…and what they were on, before where: "attacks [on shipping] in the Red Sea")
                                 r"(?:\s+on\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s+(?:in|near|off)\s))?"
                                 r"\s+(?:in|on|against|near|to|off)\s+"
                                 rf"(?:(?:the\s+)?(?:{COMPASS_ADJECTIVE}\s+)?(?:[A-Z][\w'’.-]*\s*){{1,3}}"
                                 r"|the\s+(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?|capital|border(?:\s+region)?))$")
#: A second finite verb after a restrictive relative clause's own, not joined to it by "and": the main clause's.
MAIN_VERB_BACK = re.compile(rf"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bto)(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!,)(?<!\bhe)"
                             rf"(?<!\bshe)(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bbe)"
                             # (a passive's participle is no verb of its own: "a transition that was [meant] to end")
                             rf"\s(?:{TRANSITIVE_PASTS}|was|were|will"
                             # (…or an adverb of the main verb's and its past: "The force that arrived in June 2024 [never
                             # reached] half its strength")
                             r"|(?:never|also|later|then|finally|eventually|quickly|soon)\s+[a-z]{3,}ed"
                             # (or a present of what still holds: "Little of the vitriol that it aroused in 1990 remains")
                             r"|remains|persists|lingers|survives"
                             # (…or the main verb quoted: 'the truce that began in April 2022 ["has] largely held')
                             r"|[\"“](?:has|have|had|was|were|is|are|will)(?=\s))\b")


COUNT_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|hundreds\s+of)"
#: A counted noun phrase (or two joined) closing a clause: "11 persons and 8 entities", "three journalists".
#: (not a sum: "$48 million, which included…")
_COUNTED_NOUN = r"(?!(?:million|billion|trillion|thousand|percent|per|points?)\b)[a-z][\w-]*"
COUNTED_PHRASE_END = re.compile(rf"(?<![$€£\w.,]){COUNT_WORD}\s+(?:[a-z][\w-]*\s+)?{_COUNTED_NOUN}"
                                 rf"(?:\s+(?:and|or)\s+{COUNT_WORD}\s+(?:[a-z][\w-]*\s+)?{_COUNTED_NOUN})?\s*$", re.IGNORECASE)


#: An adverb in -ly ("deliberately and dangerously"), not a word that only ends so ("but early polls…").
ADVERB_LY = re.compile(r"(?!(?:early|only|likely|daily|weekly|monthly|yearly|elderly|family|rally|ally|supply|reply|apply|"
                        r"holy|ugly|july|italy)\b)[a-z]{2,}ly\b")


#: …nor one inside a name: "the National Abortion and Reproductive Rights Action League".
CAPITALISED_END = re.compile(r"\b[A-Z][\w'’-]*\s*$")
NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*\s+[A-Z]")
FIRST_VERB = re.compile(rf"\b(?:(?:re-|co-|de-)?[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_FINITE_PRESENT})\b")  # ("re-emerged")


#: A description set off by commas after a name: ", a former prosecutor," ", the bloc's top diplomat,".
APPOSITIVE = re.compile(r",\s+(?:(?:formally|officially|also|now|once|previously|still)\s+)?"
                         # ("The deal, formally the Joint Comprehensive Plan of Action,", "…, known as the JCPOA,")
                         r"(?:(?:(?:better\s+|also\s+)?known\s+as|called|dubbed)\s+|(?:a|an|the)\s|"
                         r"(?:part|one|some|most|members|all|many|both|each)\s+of\s"
                         # (…or a place's possessive and its superlative: ", eastern Congo's largest city,")
                         r"|(?:[a-z]+\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+(?:[a-z]+est|second|third|main|only|"
                         r"biggest|oldest|chief)\s)"
                         r"(?:[^,;]|(?<=\d),(?=\d{3})){1,50},?(?=\s|$)")  # ("part of a 12,500-strong force")
#: A past (or perfect) right after a clause's subject: "The two sides [agreed]".
# (…a passive's whole: "He [was posted] to Dar es Salaam in 1974 and to Lusaka three years later")
PAST_AFTER_SUBJECT = re.compile(rf"\s+(?P<verb>(?:(?:has|have|had)\s+(?:been\s+)?|(?:was|were)\s+(?=[a-z]{{3,}}ed\b|"
                                rf"{words_pattern(PLAIN_PASTS)}\b))?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b")


#: A noun's participle phrase after which a past participle is an adjective: "Flights carrying [freed] detainees" (not a
#: gerund subject's verb: "The fighting killed…").
_ADJECTIVE_SLOT_BEFORE = re.compile(r"\b(?!(?i:the|a|an|its|their|his|her)\s)[A-Za-z]{3,}\s+[a-z]{3,}ing\s+$")


#: A relative word inside a subject, after its noun: "A deal [under which] Venezuela…", "The plan [that] Kyiv…".
_RELATIVE_IN_SUBJECT = re.compile(r"[a-z]\s+(?:(?:under|by|with|in|on|for|from|through)\s+which|which|that|whom)\s+\S")
#: The rest of a modal's clause and the main verb after it: "[would] take back deportees[ was] reached".
_MAIN_VERB_AFTER_MODAL_CLAUSE = re.compile(r"\s+[a-z]+(?:\s+[\w'’-]+){0,6}?\s(?P<main>(?:was|were|is|are|has|have|had)\s+"
                                           r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b)")


def subject_of(s: str) -> str | None:
    """The words before the sentence's first verb, when they are a short subject ("Russia", "The
    two presidents"), else None."""
    s = s.lstrip(" \t*•·▪►●–—-")  # (a list's bullet is no part of it: "* Talks on disarming Hamas opened…")
    s = s[clock_stamp_end(s):]  # (nor a live page's clock: "14:30 GMT — The truce…")
    # (nor a transcript's label: "A: He spoke…", "HOST: We…", "MR. SPOKESPERSON: He spoke…")
    s = re.sub(rf"^(?:A|Q|{SPEAKER_NAME})\s*:\s+(?=\S)", "", s)
    s = s[UPDATE_LABEL.match(s).end():] if UPDATE_LABEL.match(s) else s  # (nor a live page's: "Recap: The truce…")
    # (nor a link to the sentence before: "Since then it has launched…")
    link = re.match(r"(?:Since\s+then|Since\s+that\s+time|After\s+that|By\s+then|Until\s+then|Meanwhile|In\s+addition)"
                    r"\s*,?\s+(?=[a-z]+\s)", s)
    if link is not None:
        s = s[link.end():][:1].upper() + s[link.end() + 1:]
    # (…nor a linking adverb set off before a named subject: "Separately, Congo and the M23 agreed…")
    s = re.sub(r"^(?:Separately|Meanwhile|Elsewhere|However|Also|Instead|Finally|Earlier|Later|Previously),\s+(?=[A-Z])", "", s)
    opening = OPENING_PHRASE.match(s)
    if opening:
        return None
    # ("A Russian-brokered truce ended…": a participle inside a compound is no verb)
    # (…nor a participle right after a gerund or a determiner: "Flights carrying [freed] detainees took off")
    verb = next((v for v in FIRST_VERB.finditer(s) if not s[max(0, v.start() - 1):v.start()] == "-"
                 # (a participle right after the opening article is an adjective: "A leaked phone call…")
                 and not re.fullmatch(r"\s*(?:A|An|The|Its|Their|His|Her|This|That)\s+", s[:v.start()])
                 and not (_ADJECTIVE_SLOT_BEFORE.search(s, max(0, v.start() - 30), v.start())
                          and re.match(r"\s+[a-z]{3,}s\b", s[v.end():]))
                 # (…or right after an owner: "caps each side's [deployed] warheads")
                 and not re.search(r"\w['’]s\s+$", s[max(0, v.start() - 5):v.start()])
                 # ("The released Americans landed…": a participle between a determiner and its noun is an adjective)
                 and not (re.search(r"(?:^|\s)(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+$", s[max(0, v.start() - 7):v.start()])
                          and re.match(r"\s+[A-Za-z][a-z]{2,}s\s+[a-z]", s[v.end():]))), None)
    verb_start = verb.start() if verb is not None else None
    present = NAME_THEN_PRESENT.match(s)  # (a chronology's present: "A war after the Soviet collapse kills…")
    if present is not None and verb_start is not None and present.end() <= verb_start \
            and re.fullmatch(r"\s+(?:(?:on|in|at|against|across|along|near|by|of)\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}\s+)?",
                             s[present.end():verb_start]):
        present = None  # ("Russian missile strikes on Odesa's ports continued": a plural noun, before the past it is the subject of)
    if present is not None and (verb_start is None or present.end() <= verb_start):
        verb_start = present.end() - len(present.group().split()[-1])
    relative = re.match(r"[^,;:()]{1,60}?\s(?:who|that|which)\s+$", s[:verb_start]) if verb_start is not None else None
    if relative is not None:
        # ("Drivers who refused would be fined": the relative clause's verb is the subject's, the main one comes after)
        main = _MAIN_VERB_AFTER_WHO.search(s, verb.end(), verb.end() + 60)
        verb_start = main.start(1) if main is not None else verb_start
    # (the verb found may be the modal's own: "Elections should [have] taken place" has its modal before it)
    modal = _MODAL_AFTER_SUBJECT.search(s, 0, min(len(s), verb_start + 30) if verb_start is not None else min(len(s), 120))
    if modal is not None and verb_start is not None and modal.start(1) > verb_start:
        modal = None
    longest = 8  # (words a subject may have, a name of many counting as one)
    if modal is not None:
        verb_start = modal.start(1)  # ("Ukraine must withdraw from regions it annexed…": the modal is the verb)
        main = _MAIN_VERB_AFTER_MODAL_CLAUSE.match(s, modal.end(1)) \
            if _RELATIVE_IN_SUBJECT.search(s, 0, verb_start) else None
        if main is not None:
            # ("A deal under which Venezuela would take back deportees was reached…": the modal is the relative clause's,
            # the main verb comes after it)
            verb_start, longest = main.start("main"), 12
    third_person = _PRESENT_BEFORE_OBJECT.search(s, 0, verb_start if verb_start is not None else min(len(s), 120))
    if third_person is not None:
        verb_start = third_person.start("verb")  # ("The agreement replaces a protocol signed in 2007": a present's object)
    spelled_as_present = _NOUN_PHRASE_THEN_PRESENT_LIKE_PAST.match(s)
    if spelled_as_present is not None and (verb_start is None or spelled_as_present.start("verb") < verb_start):
        verb_start = spelled_as_present.start("verb")  # ("The three countries set up their own alliance…")
    if verb_start is None:
        return None
    subject = APPOSITIVE.sub("", s[:verb_start].strip())  # "Yoon, a former prosecutor,": Yoon
    subject = re.sub(r",\s+\d{1,3},$", "", subject)  # ("González, 75,": a person's age is no part of who)
    # ("A third crossing, at Merdare,": a place set off after the subject is where it is, told without its commas)
    subject = re.sub(r",\s+((?:at|in|near|outside)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),$", r" \1", subject)
    if subject.endswith(",") and re.match(r"[a-z]{3,}ed\s+(?:by|in|on|at|with)\b", s[verb_start:]):
        subject = subject[:-1]  # "The deal, brokered by Turkey in July 2022, let…": the participle is an aside
    # (but an ordinal after an article is the subject: "The first [war] killed…")
    subject = re.sub(r"(?<!^The)(?<!^A)(?<!^Its)(?<!^Their)\s+(?:first|last|then|later|also|initially|originally|already|once|"
                     r"never|twice|\w+ly)$", "", subject)  # "Goita first", "Kim last met…"
    # ("Yemen's Houthis [on Wednesday] released…": the day of the verb is no part of who did it)
    subject = _DAY_AFTER_SUBJECT.sub("", subject)
    if re.search(r"\s(?:he|she|they|we|I)$", subject):
        return None  # "The talks he [chaired…] ran": a relative clause without "that", whose verb was found first
    if _HEAD_OF_CHAINED_PHRASES.match(subject):
        longest = max(longest, 10)  # ("The directors general of military operations of both countries": phrases of its head)
    # (a name of many words counts as one: "A regional force from the Southern African Development Community"; and the two
    # sides of a "between" are told at more length: "The talks between the Democratic Republic of Congo and the M23 rebels")
    if not subject or ("," in subject and not LIST_OF_NAMES.fullmatch(subject)) \
            or len(NAME_OF_WORDS.sub("N", subject).split()) > (10 if " between " in subject else longest) \
            or len(subject.split()) > 14 or not subject[0].isupper():
        return None  # (a list of names is one subject: "Mali, Burkina Faso and Niger")
    return subject
#: A subject whose head two phrases of "of" follow: "The [directors general] of military operations of both countries".
_HEAD_OF_CHAINED_PHRASES = re.compile(r"(?:The|A|An)\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+of\s+"
                                      r"(?:the\s+|both\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?$")
#: A present in "-s" right after a subject of a few words, its object's determiner after it: "The agreement [replaces] a".
_PRESENT_BEFORE_OBJECT = re.compile(r"^[A-Z][^,;:()]{0,60}?[a-z]\s(?P<verb>(?!(?:its|his|has|was|is|this|thus|as|us|plus|less|"
                                    r"unless|across|towards|afterwards|perhaps|news|series|means|talks|forces|troops|"
                                    r"sanctions|arms|relations|elections|negotiations|protests|affairs|rights|nations|"
                                    r"states|times|years|months|weeks|days|others)\b)[a-z]{3,}(?<!s)(?<!u)s)\s+"
                                    r"(?:a|an|the|its|their|his|her)\s")
#: A short noun phrase, then a past spelled like its present before its particle or object: "The three countries [set] up".
_NOUN_PHRASE_THEN_PRESENT_LIKE_PAST = re.compile(rf"(?:The|A|An|Its|Their)\s+(?:[a-z][\w-]*\s+){{0,3}}?[a-z][\w-]*\s+"
                                                 rf"(?P<verb>{words_pattern(PAST_LIKE_PRESENT)})\s+"
                                                 r"(?:up|out|off|down|back|the|a|an|its|their|his|her)\b")
#: The main verb back after a subject's who-clause: "Drivers who refused [would] be fined", "…who fled [were] caught".
_MAIN_VERB_AFTER_WHO = re.compile(r"\s(would|will|could|should|must|may|might|can|were|was|are|is|had|have|has)\s+")
#: A person's name set off after a role, Arabic article and all: "Ahmed al-Sharaa", "Nikos Christodoulides".
ROLE_HOLDER_NAME = r"(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}(?:al-|el-)?[A-ZÀ-Ý][\w'’.-]*"
#: A day told between a subject and its verb: " on Wednesday", " late on Sunday", " on Monday (Nov 10)", " last week".
_DAY_AFTER_SUBJECT = re.compile(r"(?<=\w)\s+(?:(?:late|early)\s+)?(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                r"Sunday)(?:\s*\([^)]{1,20}\))?|yesterday|today|(?:last|this)\s+(?:week|month|year))$")
#: A name of several capitalised words: "Southern African Development Community", "Bank of England".
NAME_OF_WORDS = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w'’.-]*)+")
#: A modal that opens the predicate, after a subject of a few words: "Ukraine [must] withdraw…".
_MODAL_AFTER_SUBJECT = re.compile(r"^[A-Z][^,;:()]{0,60}?\s(must|could|should|would|might|can|cannot|may)\s+(?:not\s+)?[a-z]{2,}\b")
#: Names listed as one subject: "Mali, Burkina Faso and Niger".
LIST_OF_NAMES = re.compile(rf"{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})+,?\s+and\s+{_NAME_IN_LIST}")


def date_phrase_end(t: Timex, inside: list[Timex]) -> int:
    """Where `t`'s phrase ends: a range ("Dec. 14-15") ends with its second date."""
    return max([o.end for o in inside if t.range_id is not None and o.range_id == t.range_id] + [t.end])


def other_dates(t: Timex, inside: list[Timex]) -> list[Timex]:
    """The sentence's dates other than `t` and its range partner."""
    return [o for o in inside if o is not t and (t.range_id is None or o.range_id != t.range_id)]
#: A subject relative clause after a noun phrase: ", which swept away many of the original cairns" (its past and the
#: rest of its clause).
SUBJECT_RELATIVE_AFTER = re.compile(rf"(?:,\s+which|\s+that)\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b"
                                     # (a number's own comma and point end nothing: "killed about 100,000 people")
                                     rf"(?P<rest>(?:[^,;:.]|(?<=\d)[,.](?=\d)){{0,70}})(?=[,;:.]|$)")
#: An object relative clause after a noun phrase: ", which the ruling party won with 52 percent" (its subject, past and
#: the rest of its clause).
OBJECT_RELATIVE_AFTER = re.compile(rf",\s+which\s+(?P<subject>(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)"
                                    rf"(?:\s+(?!(?:had|has|was|were)\b)[\w'’-]+){{0,5}}?)\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|"
                                    rf"{words_pattern(PLAIN_PASTS)}))\b"
                                    # (not a doing denied: "…, which Asmara did not sign")
                                    r"(?!\s+(?:not|never)\b)(?P<rest>[^,;:.]{0,60})(?=[,;:.]|$)")
#: Plurals of happenings, told without an article: "protests", "clashes", "talks".
HAPPENINGS_PLURAL = (r"(?:protests|demonstrations|rallies|clashes|riots|strikes|talks|negotiations|elections|celebrations|"
                      r"commemorations|airstrikes|air\s+strikes|attacks|raids|bombings|withdrawals|pullouts|seizures|killings|"
                      r"shootings|explosions|blasts|incursions|skirmishes|executions|abductions|kidnappings|arrests|meetings|"
                      r"summits|hearings)")


def owner_before(text: str, pronoun: str, gazetteer: Gazetteer) -> str | None:
    """Whom "his"/"her" (a person) or "its"/"their" (a country or body) means: the last one of that
    kind named before it in the sentence, when only one such is named."""
    wanted = ("person",) if pronoun in ("his", "her") else ("country", "organisation")
    # (not a country's adjective before a noun of its own: "[Russian] peacekeepers … their withdrawal" were the
    # peacekeepers', no "Russian's")
    names = {m.name: re.sub(r"['’]s$", "", text[m.start:m.end]) for m in gazetteer.mentions(text) if m.kind in wanted
             and not (m.kind == "country" and text[m.start:m.end] != m.name and _DEMONYM.fullmatch(text, m.start, m.end)
                      and re.match(r"[\s-]+[a-z]", text[m.end:m.end + 3]))}
    return next(iter(names.values())) if len(names) == 1 else None


#: A country's adjective: "Russian", "Sudanese", "Turkish", "Iraqi", "Hellenic".
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ian|an|ese|ish|i|ic)")
#: (…or a relative clause about the same noun: "the agreement signed in September 2018, which ended…")
FINITE_WORD = (r"(?:has|had|have|was|were|is|are|will|would|could|can|must|should|shall|may|might|did|does|do|(?!ended\s+[A-Z\d])[a-z]{3,}ed|fell|broke|"
                r"began|came|went|left|ran|took|held|lasted|expires?|put|set|cut|showed|gave|made|brought|became|won|lost|"
                r"saw|led|kept|sent|struck|drew|spent"
                # (a present of what the thing holds: "The text initialled in August runs to 17 articles")
                r"|runs|remains|includes|contains|covers|provides|requires|allows|foresees|envisages|bans|limits|"
                r"lists|sets\s+out|calls\s+for|commits"
                # (…or what a picture or a record shows: "Satellite images taken on Nov. 3 show new trenches")
                r"|show|shows|reveal|reveals|suggest|suggests|indicate|indicates|depict|depicts"
                # (…or a plural's present of its course: "the provisions restored in September 2025 come up for review")
                r"|come|comes|expire|run|remain|lapse|lapses|begin|begins|end|ends|stay|stays)\b")
#: A finite verb right after a date, the main clause's back after a participle's phrase (an adverb of the verb's may come
#: first: "The truce agreed in April 2022 [formally] expired").
FINITE_AFTER = re.compile(rf"\s+(?:(?:[a-z]{{3,}}ly|never|later|soon)\s+(?=(?:[a-z]{{3,}}ed|has|had|have|was|were|is|are|will|would)\b))?"
                          rf"{FINITE_WORD}|,\s+which\s+(?:{FINITE_WORD}|{words_pattern(IRREGULAR_PASTS)}\b)"
                          # (…or any present after an adverb that only a verb takes: "the line drawn on Jan. 1, 1949 [still
                          # roughly divides] it")
                          r"|\s+(?:still|now|largely|roughly|broadly|effectively)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?<!ss)s\b")
#: A comma that closes a clause, not a date's own ("May 1, 2024") nor a number's ("2,000").
CLAUSE_COMMA = re.compile(r",(?!\s*\d)")
#: A present of a statement that speaks of a happening, which a participle after its object dates: "The EU
#: recalls the Washington Peace Agreement signed … on 27 June 2025".
#: A resolution's preambular gerund, which says what the body thinks of what it names: "Welcoming", "Expressing concern at".
PREAMBULAR_GERUNDS = (r"(?:Recalling|Welcoming|Condemning|Noting|Regretting|Reaffirming|Deploring|Commending|Recogni[sz]ing|"
                      r"Stressing|Taking\s+note\s+of|Expressing\s+(?:(?:deep|grave|serious)\s+)?(?:concern|alarm|regret)\s+"
                      r"(?:at|over|about))")
SPEAKING_PRESENT = re.compile(r"\b(?:recalls|welcomes|condemns|notes|regrets|reaffirms|deplores|praises|commends|supports|"
                               # (…or a text's present that takes it up: "the resolution endorses the plan announced…")
                               r"endorses|backs|approves|implements|enshrines|"
                               # (…or a resolution's preambular gerund: "Welcoming the ceasefire agreement signed in Geneva…,")
                               rf"rejects|(?<![a-z] ){PREAMBULAR_GERUNDS})\b")
#: A saying's gerund closing a clause, with its "that" and no pronoun after it: ", recalling that ", ", saying that ".
CLOSING_SAYING_THAT = re.compile(r",\s+(?:(?:saying|noting|recalling|arguing|adding|warning|stressing|insisting|claiming|"
                                 r"pointing\s+out)\s+that\s+(?!(?:it|they|he|she|we|I|you)\s)"
                                 # (…and the other languages': ", ricordando che", ", recordando que", ", rappelant que")
                                 r"|(?:ricordando|sottolineando|affermando|recordando|señalando|afirmando|diciendo|"
                                 r"lembrando|dizendo|rappelant|soulignant|affirmant)\s+(?:che|que|qu['’])\s*)")
#: A verb that relates its subject to an earlier happening, which a participle after its object dates:
#: "The decree follows a ban imposed in April 2024"; or one that only regards a thing done before: "They discussed
#: the humanitarian corridor agreed on Nov. 18", "Ministers welcomed the truce agreed on Sunday".
RELATING_VERB = re.compile(r"\b(?:follows?|followed|replaces?|replaced|echo|echoes|echoed|recalled|mirrors?|mirrored|discussed|"
                            r"welcomed|condemned|praised|hailed|critici[sz]ed|denounced|deplored|rejected|endorsed|reviewed|"
                            r"debated|questioned|violated|breached"
                            # (…or a present that builds on it: "The deal builds on a declaration agreed in April")
                            r"|builds\s+on|draws\s+on|rests\s+on|stems\s+from|supersedes|amends)\b")
#: Where the date's phrase may end a sentence's telling: its end, a comma, a relative clause.
PHRASE_CLOSES = re.compile(r"\s*(?:[.;:!?,]|$)")
#: The comma that sets a participle off, an adverb maybe after it: ", announced", ", first reported".
#: A participle of holding, and a gathering or vote at the end of a noun phrase, which is what is held.
HELD_PARTICIPLE = re.compile(r"(?:held|staged|conducted|convened)\b")
#: What is held: a round, a vote, a summit.
HELD_GATHERING = (r"round|vote|election|elections|poll|polls|ballot|referendum|summit|meeting|talks|session|conference|"
                   r"hearing|runoff")
#: A past and its object, then "in"/"through" and the text, vote, gathering or strike that past was done in, right before
#: that noun's own participle: "[endorsed the U.S. plan for Gaza in a resolution] adopted on Nov. 17" — the doing and the
#: text's making are one happening, which the main clause tells better (not "reviewed the roadmap adopted at", a
#: participle between: the roadmap came before; nor "lived in a house built in 1920", no such noun).
DONE_THROUGH = re.compile(r"\b[a-z]{3,}ed\s+(?:(?!(?:and|or|but|which|that|who)\b|[a-z]{3,}ed\b)[\w'’.-]+\s+){1,8}?"
                          r"(?:in|through|by\s+means\s+of)\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                          rf"(?:{HELD_GATHERING}|resolution|statement|decree|declaration|letter|ruling|decision|judgment|"
                          r"verdict|communiqu[eé]|speech|address|interview|report|post|message|treaty|agreement|accord|"
                          r"deal|offensive|operation|raid|strike|strikes|attack|attacks|assault)\s*$")
#: An adverb between a noun and its participle: "a deal [first] reached in June 2022".
ADVERB_BEFORE_PARTICIPLE = re.compile(r"\s+(first|initially|originally|once|jointly|formally|finally|previously|recently|now|"
                                       r"hastily|quietly|secretly|unanimously|narrowly)$")


#: Plural nouns that end the names of things: "the Lisbon Principles", "the Minsk Accords", "the Geneva Conventions".
_PLURAL_NAMED_THINGS = frozenset({"principles", "accords", "agreements", "conventions", "protocols", "talks", "forces",
                                  "islands", "guidelines", "rules", "measures", "sanctions", "negotiations", "elections",
                                  "games", "troops", "rebels", "militias", "brigades", "guards", "allies", "powers"})


def be_for(subject: str) -> str:
    """"were" for a plural subject ("Talks in Jeddah"), else "was": the number of the subject's head noun."""
    joined = re.split(r"\s+(?:in|of|on|at|for|with|from|to|between|over|near|against|by|under|across|along)\s+",
                      subject)[0]  # ("A U.S. air campaign against the rebels was launched")
    words = re.split(r"\s+and\s+", joined)[0].split()
    head = words[-1]
    if len(words) > 1 and head[:1].isupper() and words[-2][:1].isupper() and words[-2] not in ("The", "A", "An") \
            and not re.search(r"\s+and\s+", joined) and head.lower() not in _PLURAL_NAMED_THINGS:
        # ("Secretary-General Antonio Guterres", "the United States": a name of more than one word is one; but not the
        # things named in the plural: "the Lisbon Principles")
        return "was"
    if re.fullmatch(r"(?i:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|some|most|many|several|all|"
                    r"both|\d+)", subject.split()[0]) and (len(subject.split()) == 1 or subject.split()[1] == "of"):
        return "were"  # ("Two of the three nuclear sites were bombed": a count of them)
    return "were" if ends_plural(head) or head.lower() in ("people", "police", "forces", "troops", "they", "we", "you", "personnel", "those", "these", "many", "several", "others", "both", "all") \
        or re.search(r"\s+and\s+", joined) else "was"  # ("They were routed", "Congo and Rwanda were…")


PARTICIPLE_START = re.compile(PARTICIPLE_PHRASE)


#: Where a clause that holds a date ends after it: a comma (not a number's: "displaced more than 300,000"), semicolon or
#: colon, or a full stop.
_CLAUSE_END = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:]|(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)"
                         r"(?<!\bDec)(?<![A-Z])\.(?:\s|$)")  # (not a month's or an initial's full stop: "to Nov. 1")


def clause_end_after(sentence: Sentence, t: Timex) -> int:
    """Where the clause that holds `t` ends after it, an offset into the sentence's text."""
    end = _CLAUSE_END.search(sentence.text, t.end - sentence.start)
    return end.start() if end else len(sentence.text)


def clause_to_its_end(sentence: Sentence, lo: int, t: Timex) -> Sentence:
    """The clause of `sentence` from `lo` (an offset into its text) to its end after `t`."""
    s = sentence.text
    end = _CLAUSE_END.search(s, t.end - sentence.start)
    hi = end.start() if end else len(s)
    return Sentence(sentence.start + lo, sentence.start + hi, s[lo:hi])


#: A finite verb sure enough to make a clause: an irregular past, an auxiliary, or "-ed" before its object.
FINITE_IN_CLAUSE = re.compile(rf"\b(?:{words_pattern(PLAIN_PASTS)}|was|were|had|has|is|are|"
                               r"[a-z]{3,}ed\s+(?:the|a|an|its|his|her|their|to|\d))\b")
#: A plural subject and a present of what is scheduled: "…before leaders gather in Gyeongju for the summit".
PLURAL_SCHEDULED_PRESENT = re.compile(r"(?:they|we|(?:the\s+)?(?:(?:two|three|four|both|all|[a-z]+-[a-z]+|(?:[A-Za-z]\.){2,})\s+)?"
                                       r"(?:[a-z]{3,}(?<!s)\s+)?[a-z]{3,}s"  # ("foreign ministers")
                                       # (…and whose they are, a body's name: "foreign ministers of the Association of
                                       # Southeast Asian Nations meet")
                                       r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and|the)){0,7}(?<=\w))?)\s+"  # ("U.N. sanctions return")
                                       r"(?:gather|meet|convene|hold|open|begin|start|"
                                       r"vote|sign|resume|return|arrive|travel|visit|go|accept|agree|reject|approve|adopt)\b")
#: A present of expecting or planning, whose date is that of what is expected: "I expect a decision…".
_EXPECTS_NOW = re.compile(r"(?:I|We|They|He|She|It|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|[Tt]he(?:\s+[\w-]+){1,2})\s+"
                          r"(?:[a-z]+ly\s+)?"
                          r"(?:expects?|hopes?|plans?|intends?|aims?|wants?)\b")
#: A happening that awaits someone, after "faces": " parliamentary elections", " trial", " a confidence vote".
_AWAITED_HAPPENING = (r"\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:elections?|votes?|ballot|referendum|run-?off|trial|polls|hearing|"
                      r"impeachment)\b")
#: The presents a chronology tells its happenings in: "Eritrea becomes independent", "A new war begins".
NARRATIVE_PRESENT = (r"(?:becomes|takes|signs|declares|announces|"
                      r"follows|accepts|triggers|sparks|collapses|stalls|resumes|reaches|"
                      r"launches|holds|wins|loses|invades|enters|ends|begins|starts|breaks|falls|meets|agrees|"
                      r"joins|leaves|quits|withdraws|annexes|elects|opens|closes|seizes|captures|attacks|resigns|"
                      r"dies|gains|grants|recogni[sz]es|votes|approves|rejects|adopts|lifts|imposes|visits|"
                      r"returns|fires|strikes|kills|federates|unites|splits|expels|recalls|suspends|"
                      r"lasts|continues|spreads|erupts|escalates|fails|passes|orders|sends|deploys|bans|ratifies|initials|"
                      r"proclaims|organi[sz]es|establishes|creates|forms|appoints|names|presents|proposes|publishes|"
                      r"releases|frees|arrests|detains|convicts|sentences|abolishes|dissolves|restores|reopens|"
                      r"occupies|liberates|retakes|recaptures|bombs|shells|hosts|mediates|brokers|"
                      r"surrenders|capitulates|flees|abdicates|defects|mutinies|"
                      r"submits|files|rules|overturns|upholds|denies|accuses|severs|normali[sz]es|expands|"
                      # (…and a live page's sayings: "Trump tells reporters…", "Hamas says…")
                      r"says|tells|warns|urges|insists|confirms|"
                      # (…and one of preparing or intending, before its infinitive: "TotalEnergies prepares to restart")
                      r"prepares(?=\s+to\s)|plans(?=\s+to\s)|seeks(?=\s+to\s)|aims(?=\s+to\s)|hopes(?=\s+to\s)|"
                      r"intends(?=\s+to\s)|wants(?=\s+to\s)|threatens(?=\s+to\s)|"
                      # (…and one of what awaits someone on a day: "Pashinyan faces parliamentary elections")
                      rf"faces(?={_AWAITED_HAPPENING}))")
#: The same presents after a plural subject: "UN peacekeepers arrive", "Greek Cypriots reject a plan".
PLURAL_NARRATIVE_PRESENT = (r"(?:become|take|sign|declare|announce|follow|accept|trigger|spark|collapse|stall|resume|reach|"
                            r"launch|hold|win|lose|invade|enter|end|begin|start|break|fall|meet|agree|join|leave|quit|"
                            r"withdraw|annex|elect|open|close|seize|capture|attack|resign|die|gain|grant|recogni[sz]e|vote|"
                            r"approve|reject|adopt|lift|impose|visit|return|fire|strike|kill|unite|split|expel|recall|"
                            r"suspend|continue|spread|erupt|escalate|fail|pass|order|send|deploy|ban|ratify|proclaim|"
                            r"arrive|clash|flee|overthrow|topple|organi[sz]e|establish|create|form|appoint|name|present|"
                            r"propose|publish|release|free|arrest|occupy|liberate|retake|bomb|shell|host|submit|file|"
                            r"rule|overturn|uphold|deny|accuse|sever|normali[sz]e|expand|"
                            rf"face(?={_AWAITED_HAPPENING}))")
#: A name (or a noun phrase) and a verb in the present a chronology tells its entries in: "Eritrea becomes
#: independent", "the province declares independence".
NAME_THEN_PRESENT = re.compile(r"(?:(?:(?:[A-Z][\w'’.-]*\s+){1,3}"
                                # ("Intercommunal fighting breaks out": a capitalised adjective and its noun)
                                r"|[A-Z][\w'’.-]*\s+(?:[a-z][\w-]+\s+){1,2}"
                                r"|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){1,2})"
                                # (the noun's phrase may go on: "A war after the Soviet collapse kills…", "Derg government
                                # in Addis Ababa falls")
                                r"(?:(?:after|of|in|on|over|between|from|with|for|against)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){1,3}?)?)"
                                rf"(?:[a-z]+ly\s+)?{NARRATIVE_PRESENT}\b"
                                rf"|(?:(?:[Tt]he|[Tt]wo|[Bb]oth)\s+)?(?:[A-Z][\w'’.-]*\s+){{0,2}}(?:[a-z][\w-]+\s+)?[A-Za-z]{{3,}}s\s+"
                                # (…its phrase may go on too: "Talks to revive the deal open in Vienna")
                                r"(?:(?:to\s+[a-z]{3,}|on|of|over|with|between|for|about)\s+(?:(?:the|a|an|its|their)\s+)?"
                                r"(?:[\w-]+\s+){1,3}?)?"
                                rf"(?:[a-z]+ly\s+)?{PLURAL_NARRATIVE_PRESENT}\b")
#: A past spelled like its present after a singular subject, which only a past leaves bare: "Moscow quit it".
SINGULAR_PAST_LIKE_PRESENT = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{1,3}}{words_pattern(PAST_LIKE_PRESENT)}\b|"
                                         rf"(?:he|she|it)\s+{words_pattern(PAST_LIKE_PRESENT)}\b")


#: A clause that names its own subject ("the alliance began…", "Castro announced…"), not a participle
#: ("losing his mother…") or an adjective ("profitable, was hurt…").
#: Bodies a clause may name without an article: "after [parliament] passed a law", "before [congress] voted".
BARE_BODIES = r"parliament|congress|government|cabinet|lawmakers|legislators"
#: An adjective before a people's name, then its past: "armed Serbs attacked", "suspected Islamists killed".
ADJECTIVE_PEOPLE_PAST = (r"(?:armed|masked|suspected|unidentified|hardline|ethnic|radical|[a-z]{3,}ed)\s+[A-Z][a-z]+s\s+"
                         rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")
#: People a body is made of, counted before "of" it: "[three members] of the Special Monitoring Mission".
PEOPLE_OF_A_BODY = (r"(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|some|many|\d+)\s+)?(?:[a-z-]+\s+)?"
                    r"(?:members?|staff|officials?|soldiers|troops|workers|employees|fighters|leaders?|residents|citizens|"
                    r"nationals|representatives|delegates|monitors|journalists|people|men|women|children|hostages|"
                    r"prisoners|crew)\s+of\s")
#: Presents and pasts of what runs its course: "whose term [ends] on Feb. 7", "whose mandate [expired] in May".
COURSE_VERBS = r"ends|expires|begins|starts|runs|lapses|ended|expired|began|started|ran|lapsed"
OWN_SUBJECT = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hese|[Tt]hose)\s|[A-Z](?:['’][A-Z])?[a-z]"
                          # ("that" before a noun, not a relative's before its verb: "[in March 2023] that was never
                          # signed")
                          r"|[Tt]hat\s(?!(?:[a-z]+ly\s+)?(?:was|were|is|are|has|had|have|would|will|could|can|may|might|"
                          r"[a-z]{3,}ed)\b)"
                          r"|[A-Z]\.[A-Z]\."  # (a name may have an apostrophe: "N'Djamena", "O'Brien")
                          r"|[A-Z]{2,}(?:-[A-Z]+)?\s+(?=[a-zA-Z])"  # (…or be initials: "US and Russian officials", "NATO said")
                          # (…or a quantifier: "after [no] candidate secured a majority", "before [each] side withdrew")
                          r"|(?:[Nn]o|[Nn]either|[Ee]ach|[Ee]very|[Bb]oth|[Nn]one\s+of\s+the)\s+(?=[a-z])"
                          r"|I\s+(?=[a-z])"  # ("…, and I remember how often…")
                          # (an adjective before a people's name and its past: "since armed Serbs attacked police")
                          rf"|{ADJECTIVE_PEOPLE_PAST}"
                          # a role in lower case before its holder's name: "after envoy Steve Witkoff met Putin"
                          r"|(?:[a-z-]+\s+){0,2}?(?:minister|president|premier|leader|chief|commander|envoy|ambassador|"
                          r"negotiator|spokes(?:man|woman|person)|chancellor|governor|mayor|general|secretary)\s+[A-Z][a-z]"
                          # a pronoun or a bare plural and its past: "after prices tripled", "since they met"
                          # ("after talks in Istanbul ended": a place may follow the noun)
                          # (…or an irregular plural: "after gunmen opened fire")
                          # (…or two bare plurals: "after balloons and drones were spotted")
                          # (…an adjective before it, and whom it is of: "as military officers from both countries prepared")
                          rf"|(?:he|she|it|they|we|(?:(?:military|senior|local|foreign|rebel|government|army|police|"
                          rf"western|european|african|arab|american|russian|chinese|ukrainian|israeli|palestinian)\s+)?"
                          rf"(?:[a-z]{{3,}}s|gunmen|men|women|people|children|police|fighting|shelling|violence|unrest|"
                          # (…or a body named bare: "after parliament passed a law", "before congress voted")
                          rf"rioting|looting|{BARE_BODIES})"
                          # (…the second with an adjective of its own: "after government troops and allied militias withdrew")
                          rf"(?:\s+and\s+(?:[a-z]+(?:ed|al|an|ic|ish|ese|ary|ive)\s+)?[a-z]{{3,}}s)?"
                          rf"(?:\s+of\s+[a-z]+|\s+(?:in|at|with|between)\s+[A-Z][\w'’-]+"
                          rf"|\s+from\s+(?:both|the\s+two|the|all|each)\s+(?:sides|countries|parties|camps|[A-Z][\w'’-]+))?)\s+"
                          # (an adverb may stand between: "after they first held talks")
                          r"(?:(?:first|also|then|later|last|finally|again|already|jointly|briefly|[a-z]{3,}ly)\s+)?"
                          r"(?:(?:were|was|had|have|are)\s+(?:been\s+)?)?"  # ("after drones were spotted")
                          rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                          # …or its modal: "…, and we will not go back"
                          r"|(?:he|she|it|they|we|I)\s+(?:will|would|could|can|must|should|might|shall)\b"
                          # "after both sides accused each other", "when all three parties signed"
                          rf"|(?:both|all|each|neither|several|many|some|two|three|four)\s+(?:[a-z]+\s+){{1,2}}?"
                          rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                          # "candidates on the right have vowed": a bare plural, its phrase and a finite verb
                          r"|[a-z]{3,}s(?:\s+[a-z]+){0,4}?\s+(?:have|had|were|are|will)\s+[a-z]{3,}")


#: Singular nouns in -s, no plurals: "first gas", "the news", "the crisis".
_SINGULAR_IN_S = frozenset({"gas", "news", "series", "status", "crisis", "basis", "census", "consensus", "virus", "bus", "chaos",
                            "analysis", "thesis", "campus", "process", "congress", "press", "access", "progress", "success"})


def ends_plural(words: str) -> bool:
    """Whether the last word of `words` is a plural in -s ("elections", "talks"), not "gas" or "the crisis"."""
    last = words.split()[-1].lower() if words.split() else ""
    return bool(re.search(r"[^su'’]s$", last)) and last not in _SINGULAR_IN_S


#: A plural noun phrase and the present of its course: "the provisions come up for review", "the sanctions expire".
PLURAL_COURSE_PRESENT = re.compile(r"(?:(?:the|its|their|these|those)\s+)?(?:[\w-]+\s+){0,4}?[a-z]{3,}s\s+"
                                    # (a participle's aside may stand between: "the provisions restored in 2025 come…")
                                    r"(?:[a-z]{3,}ed\s+(?:in|on|at|during|last|this)\s+[^,;]{1,30}?\s+)?(?:come|expire|run|"
                                    r"remain|lapse|begin|end|meet|open|close|resume|start)\b")
#: …and one thing's: "its mandate comes up for renewal", "the waiver expires".
_SINGULAR_COURSE_PRESENT = re.compile(r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?[a-z]{3,}\s+(?:comes\s+up|expires|runs\s+out|"
                                      r"lapses|ends|begins|opens|closes|resumes|starts)\b")
#: A view held in the present by those who open the clause: "Few expect", "some diplomats now speak of".
PRESENT_VIEW = re.compile(r"(?i:few|many|most|some|several|others|analysts|diplomats|officials|experts|observers|economists|"
                           r"investors|residents|critics)\s+(?:[a-z]+\s+)?(?:(?:now|still|privately|openly|also)\s+)?"
                           r"(?:expect|speak|talk|believe|hope|fear|predict|doubt|think|see|warn|say)\b")
#: A bare noun phrase and a past spelled like its present: "annual inflation hit…", "prices cut…".
NOUN_THEN_PAST_LIKE_PRESENT = re.compile(rf"(?:[a-z]{{3,}}\s+|[a-z][\w-]*['’]s\s+){{1,4}}{words_pattern(PAST_LIKE_PRESENT)}\b")
#: A past spelled like its present ("cut", "set", "shut"), told a verb by the particle or object after it: "cut[ off]".
PAST_LIKE_PRESENT_TOLD = rf"(?:{words_pattern(PAST_LIKE_PRESENT)})\s+(?=(?:off|up|down|out|back|the|its|their|his|her|all|ties)\b)"
SECOND_PREDICATE = re.compile(rf"\s+and\s+(?:then\s+|later\s+|(?:nearly|almost|finally|eventually|quickly|soon|again)\s+)?"
                               rf"(?:was\s+|were\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b"
                               # (…or a past spelled like its present, told by its particle or object: "…resumed its strikes
                               # on March 18 and cut off all aid")
                               rf"|\s+and\s+(?:then\s+|later\s+)?{PAST_LIKE_PRESENT_TOLD}"
                               # (…or after a comma and "then": "…, then rejoined [on 2 November]", a chronology's "then rejoins")
                               rf"|,\s+then\s+(?:was\s+|were\s+)?(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS}|[a-z]{{3,}}s)\b"
                               # (…or one ahead: "…, which took effect [on 10 October] and is due to expire on 30 November")
                               rf"|\s+and\s+(?:(?:is|are|was|were)\s+(?:now\s+)?(?:due|set|expected|scheduled)\s+to|will)\s+[a-z]{{3,}}\b")
#: …or one after "but", with a finite past of its own: "…granted it candidate status in December 2023 [but froze] the process
#: in June" (not a participle's: "a ruling dated Nov. 18 but made public this week").
BUT_PREDICATE = re.compile(rf"\s+but\s+(?:then\s+|later\s+|(?:nearly|almost|finally|eventually|quickly|soon|again)\s+)?"
                           rf"(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\s+(?:the|a|an|its|their|his|her|it|them|to|from|with|on)\b")
#: " and on [Wednesday] held…", " but in [1962] declared…": a second predicate whose date comes first, with no commas (its
#: preposition tells it from a list of dates: "in April and May").
AND_BARE_DATE = re.compile(r"(?:\sand|,?\sbut)\s+(?:in|on|at|by|during|late\s+on|early\s+on)\s+$")
#: The past right after such a date, which opens the second predicate: "[on Wednesday] held a parade".
BARE_PAST_AFTER_DATE = re.compile(rf"\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s)")
#: " and, [in June], said…": a second predicate whose date comes first, set off by commas.
AND_COMMA_DATE = re.compile(r"\sand,\s+"
                            # (how long first: "…and, [for six weeks] in the autumn of 2020, became a full war")
                            r"(?:(?:for|over)\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
                            r"(?:days|weeks|months|years)\s+)?"
                            r"(?:(?:in|on|at|by|during|late\s+on|early\s+on)\s+)?$")


#: An intent in the present and its infinitive in the other languages we read: "prevé dictar", "prévoit de rendre",
#: "prevede di emettere".
ROMANCE_INTENT_AND_INFINITIVE = (r"(?-i:prevé|prevén|planea|planean|pretende|pretenden|prevê|preveem|prevede|prevedono|intende|"
                                 r"intendono|prévoit|prévoient|compte|comptent|entend|entendent)\s+(?:(?-i:de|di|d['’])\s*)?"
                                 r"[a-zà-ÿ]{2,}(?:ar|er|ir|re)\b")
#: An intent in the present and its infinitive: "plans to visit Cairo", "hope to convene", "is due to sign" (or the other
#: languages': "prevé dictar").
INTENT_AND_INFINITIVE = re.compile(r"\b(?:plans?|hopes?|intends?|wants?|expects?|aims?|seeks?|vows?|pledges?|promises?|"
                                    r"(?:is|are)\s+(?:due|set|scheduled|expected|planning|going))\s+to\s+[a-z]{2,}\b"
                                    rf"|(?<!\w){ROMANCE_INTENT_AND_INFINITIVE}")


#: A subject of two joined, then a plural's present and its object: "Iran and six world powers [reach] the".
_JOINED_SUBJECT_THEN_PRESENT = re.compile(r"[A-Z][^,;:]{0,60}?\s+and\s+[^,;:]{1,40}?\s+"
                                          r"(?!(?:and|or|of|in|on|at|for|with|to|from|by|the|a|an|its|their)\s)[a-z]{3,}(?<!s)\s+"
                                          r"(?:the|a|an|its|their|his|her)\s")


def tells_a_doing(title: str) -> bool:
    """Whether a title cut from a clause still has a verb (or a participle) to say what happened."""
    # (a modal and its verb tell one too: "A joint commission would meet in Mogadishu")
    return bool(VERB.search(title[:1].lower() + title[1:]) or re.search(r"\b(?:[a-z]{3,}ed|died)\b", title, re.I)
                or SINGULAR_PAST_LIKE_PRESENT.search(title)  # "Moscow quit it"
                or NOUN_THEN_PAST_LIKE_PRESENT.match(title[:1].lower() + title[1:])  # "Annual inflation hit…"
                or PLURAL_SCHEDULED_PRESENT.match(title[:1].lower() + title[1:])  # "Leaders gather in Gyeongju"
                or PLURAL_COURSE_PRESENT.match(title[:1].lower() + title[1:])  # "The provisions come up for review"
                or _SINGULAR_COURSE_PRESENT.match(title[:1].lower() + title[1:])  # "Its mandate comes up for renewal"
                or NAME_THEN_PRESENT.match(title)  # a chronology's present: "Eritrea becomes independent"
                or _JOINED_SUBJECT_THEN_PRESENT.match(title)  # …a plural's: "Iran and six world powers reach the deal"
                or re.match(r"(?:They|He|She|It|We)\s+(?!(?:is|are|was|were)\b)[a-z]{3,}\b", title)  # "…; they collapse"
                or _EXPECTS_NOW.match(title)  # what is looked for: "I expect a decision at the European Council"
                # ("A draft could be ready": a modal's "be" and what it will be, too)
                or re.search(r"\b(?:would|will|could|should|might|must|can|may)\s+(?:not\s+)?(?:be\s+)?[a-z]{3,}\b", title)
                # (…and an intent and its infinitive: "plans to visit Cairo", "hope to convene both delegations")
                or INTENT_AND_INFINITIVE.search(title[:1].lower() + title[1:])
                or FOREIGN_PAST.search(title)
                # (…or another language's present or what is expected: "Se espera que emita su fallo")
                or (_FOREIGN_FINITE_NO_ENGLISH.search(title) or _ROMANCE_FUTURE.search(title)) and language_of(title) != "en"
                or re.search(rf"\b{GERMAN_LEXICAL_PAST}\b", title))  # ("Im März folgte in Ohrid ein Anhang")


#: A Spanish, Portuguese or Italian future, whose accented ending no noun has: "viajará", "reunirán", "assinarão",
#: "firmerà".
_ROMANCE_FUTURE = re.compile(r"\b[a-záéíóúàèìòùç]{3,}(?:rá|rán|rão|rà|ranno)\b", re.IGNORECASE)
#: Finite words of French, Spanish or German that no English word is spelled as.
_FOREIGN_FINITE_NO_ENGLISH = re.compile(r"(?i:\b(?:est|sont|ont|était|avait|fue|fueron|ha|han|había|será|serán|ist|sind|hat|haben|"
                                        # (Portuguese's and Italian's: "foram suspensas", "sono stati sospesi")
                                        r"foram|foi|tinha|tinham|sono|hanno|erano|"
                                        # (…and the modals of what should come: "Las obras deberían empezar")
                                        r"debería|deberían|dovrebbe|dovrebbero|devrait|devraient|deveria|deveriam|podría|"
                                        r"podrían|potrebbe|potrebbero|pourrait|pourraient|doivent|devono|"
                                        # (German's pasts of being and having too: "am Samstag waren … ohne Strom")
                                        r"wird|werden|waren|wurde|wurden|hatte|hatten|que|qui|dass|se)\b)"
                                        # (…and a Russian or Ukrainian reflexive present or future, or "will be": "Строительство
                                        # начнется", "планируется ввести", "відбудеться")
                                        r"|(?i:[а-яёіїє]{2,}(?:[еиуюяаєі]т|ть)ся|будут|будет|буде|будуть)(?![а-яёіїєa-z])")


#: (…or its short form, or a holiday: "until Thanksgiving Day, Nov. 27, …, though he said")
CALENDAR_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                            r"Oct|Nov|Dec|(?:[A-Z][a-z]+\s+)?(?:Day|Eve)|Christmas|Easter|Thanksgiving|Ramadan|Eid|Passover|"
                            r"Hanukkah|Diwali|Nowruz)")


#: Verbs in -ed that take no object, so no passive: "was arrested in January and surrendered a month later".
INTRANSITIVE = re.compile(r"(?:surrendered|died|arrived|returned|resigned|escaped|appeared|collapsed|emerged|landed|"
                           r"departed|retired|disappeared|vanished|survived|testified|travell?ed|stepped|walked|moved|"
                           r"happened|occurred|remained|stayed|agreed|failed|recovered|rallied|rebounded|expired|"
                           r"lapsed|ended|started|began|resumed|(?:entered|went|came)\s+into\s+(?:force|effect))\b")
#: An opening phrase's preposition: "Under the ceasefire that…, Hamas agreed"; or its participle: "Recalling the crisis
#: that…, the ministers announced".
FRONTED_PREPOSITION = re.compile(r"\s*(?:Under|After|Since|Following|Despite|With|Amid|During|Before|Until|As\s+part\s+of|"
                                  r"(?:Recall|Cit|Welcom|Not|Recogniz|Recognis|Acknowledg|Stress|Reaffirm|Condemn|Express)ing|"
                                  r"In\s+line\s+with|According\s+to|Ahead\s+of|On\s+the\s+eve\s+of|In\s+the\s+run-up\s+to)\s+"
                                  r"(?:(?:the|a|an|its|their|his|her)\s|(?=[a-z]+s\s+that\s))")

#: A phrase of time, place or circumstance fronted before the subject: "Born in 1948 in Gothenburg, ", "In 1999, ".
FRONTED_OPENER = re.compile(r"\s*(?:In|On|At|During|After|Before|Since|By|From|Following|Born|Raised|Educated|Trained|"
                             # (a full date's own comma is no end of it: "Born in Oslo on Feb. 28, 1945, ")
                             r"Elected|Appointed|Later|Earlier|Then)\b(?:[^,;:]|,(?=\s*\d{4}\b)){0,90},(?!\s*\d{4}\b)\s+"
                             # (…and a second phrase after it: "After Mirziyoyev took office in 2016, [following Karimov's
                             # death,] Tashkent reopened…")
                             r"(?:(?:following|after|amid|despite|before|during|with)\s+[^,;:]{1,60},\s+)?(?=(?:he|she|they|it|we|[A-Z]|"
                             r"(?:the|a|an|its|their|his|her|both)\s))")


def phrase_said_again(first: str, again: str) -> str:
    """A phrase said again of a second time, in full: after "au pouvoir par un coup d'État", "par un second" is "au
    pouvoir par un second" (what the first said before the preposition the second repeats)."""
    repeated = re.match(r"\S+\s", again)
    head = first.find(f" {repeated.group()}") if repeated is not None else -1
    return f"{first[:head].strip()} {again}" if head > 0 else again


#: A happening's noun phrase (and what it is of), which a clause holds rather than acts on, and which does nothing itself:
#: "the third and final phase of a general election".
HAPPENING_HELD = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[a-z][\w-]*\s+(?:and\s+)?){0,3}?(?:phase|round|vote|election|"
                            r"polls?|meeting|summit|session|talks|ceremony|stage|referendum|conference)\b"
                            r"(?:\s+of\s+(?:the\s+|a\s+|an\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:elections?|votes?|talks|polls?))?")
