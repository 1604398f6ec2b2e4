"""Titles for proposed events, cut from the sentence that reports them, never invented: the date
phrase and its preposition go, leading attributions ("In a statement on Nov. 21,") go, people lose
their titles ("US Secretary of State Antony Blinken" → "Blinken"), and trailing purpose or relative
clauses go when the title is long. A sentence that dates several happenings titles each from its
own clause ("…a step agreed in a framework deal signed in December 2022"); "Since 1991, when the
military occupied the region" makes the `when` clause the event.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import replace
from functools import lru_cache

from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.actors import Gazetteer, load_gazetteer
from timeline_app.extraction.coreference import NOT_SURNAMES, family_name_first, possessive
from timeline_app.extraction.counted_clauses import COUNT_OPENING, bare_noun_phrase_before, counts_to_own_date
from timeline_app.extraction.dateline import ENTRY_LABEL, dateline_end
from timeline_app.extraction.language import guess_language
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import (
    DETERMINERS,
    PAST_RELATIVE_AFTER,
    PLAN_WORDS,
    SCHEDULED_PRESENT,
    WEEKDAY,
)
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    IRREGULAR_PASTS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    base_of_participle,
    past_of_base,
    past_of_participle,
    words_pattern,
)

TITLE_MAX = 90
_PREPOSITIONS = (r"(?:(?:on|in|at|by)\s+or\s+(?:about|around|before|after)|no\s+(?:earlier|later|sooner)\s+than|not\s+(?:before|until)|"
                 r"on|in|at|since|during|by|with\s+(?:immediate\s+)?effect\s+(?:from|on)|"
                 r"from|between|to|until|till|of|for|before|"
                 r"after|than|as\s+of|around|about|over|into"
                 r"|through|throughout|past|as\s+(?:soon|early|late)\s+as|compared\s+(?:with|to)"  # ("ran past 10pm")
                 # the same before a date in the other languages we read: "le 30 novembre", "am 30. November"
                 r"|en|le|la|les|l'|au|aux|à|depuis|dès|du|de|am|im|seit|ab|bis|vom|el|desde|hasta|del|в|во|с|со|до|на|к|у|із|від"
                 r"|في|منذ|حتى"
                 # (…and Portuguese's and Italian's: "na terça-feira", "em outubro", "nel 2019", "entro marzo"; not "no", an
                 # English word too)
                 r"|na|nos|nas|em|até|nel|nella|dal|dalla|entro"
                 # ("el próximo 2 de diciembre": the Spanish "next" goes with its date)
                 r"|el\s+pr[óo]ximo|el\s+pasado|este\s+pr[óo]ximo"
                 # ("a partir del 12 de enero", "à partir du 3 mars", "a partire dal"): from then on
                 r"|a\s+partir\s+(?:del|de\s+la|de)|à\s+partir\s+(?:du|de\s+la|de)|a\s+partire\s+dal"
                 # ("d'ici la fin du premier trimestre 2027", "à la fin de", "a finales de", "Ende"): the part of the period
                 r"|(?:d['’]ici|avant|jusqu['’]à|[àa]|dès|au)\s+(?:la\s+fin|le\s+début|la\s+mi-?)\s+(?:du|de\s+la|de\s+l['’]|de)"
                 r"|(?:au|en|dès\s+le|d[èe]s)\s+(?:début|milieu|fin)\s+(?:du|de\s+la|de\s+l['’]|de|d['’])"  # "au début de l'année"
                 r"|entre|zwischen|между"  # "entre 2019 y 2022"
                 # (Italian and Portuguese: "firmata a Ginevra il 23 ottobre", "istituita nel settembre 2011", "assinado
                 # no dia 3 de novembro", "vão assinar na sexta-feira")
                 r"|il|nel|nell['’]|nello|dal|dall['’]|al|all['’]|entro|fino\s+al?|em|no(?:\s+dia)?|na|nos|nas|ao|até|do|da"
                 r"|für|pour|para(?:\s+el)?|per"  # "Proteste für Samstag"
                 r"|d['’]ici|(?:a|hasta|antes\s+de)\s+(?:finales|principios|mediados)\s+de"
                 r"|(?:bis|zum|vor)\s+(?:Ende|Anfang|Mitte)(?:\s+des)?)")
_LEADING = re.compile(
    r"^(?:(?:In|With|Through)\s+(?:a|an|its|his|her|their|the)\s+(?:joint\s+|separate\s+|written\s+|televised\s+)?"
    r"(?:statement|readout|speech|interview|letter|post|address|note|message|communiqu[ée]|briefing|declaration|"
    r"ruling|decision|judgment|judgement|verdict|order|decree|report|filing|opinion)"
    r"(?:\s+(?:on|to|dated|(?:posted|published|issued|released|delivered|handed\s+down)(?:\s+on)?)\s+[^,]{1,60})?"
    r"|According\s+to\s+[^,]{1,120}|Meanwhile|Earlier|Later|"
    # "Speaking after the vote, the representative said…": the occasion of a saying
    r"(?:Speaking|Addressing|Writing|Responding|Briefing|Asked)\s+(?:to|after|at|on|in|about|before|from|by|via|over)\s+[^,]{1,80}|"
    # "Unless the Security Council votes otherwise, the sanctions will return": the condition, not the happening
    r"Unless\s+[^,]{1,80}|"
    # "[In January,] a week after the anniversary of the ruling, a bombing killed…": when, not what
    r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+(?:hours?|days?|weeks?|months?|years?)"
    r"|[Ss]hortly|[Ss]oon|[Jj]ust|[Hh]ours|[Dd]ays|[Ww]eeks|[Mm]onths)\s+(?:after|before)\s+[^,]{1,120}|"
    r"Separately|Also|However|Moreover|Still|Then|Previously|Last\s+week|At\s+the\s+time|In\s+(?:the\s+)?meantime)\s*,\s*",
    re.I,
)
#: A phrase that opens a sentence before its main clause; a verb inside it is not the main verb.
_OPENING_PHRASE = re.compile(r"(?:In|At|On|During|After|Before|Under|With|Following|Amid|Despite|Since|Without|Through|According\s+to|"
                             r"As|When|While|Although|Though|Because|Once|Whereas|Unless|If)\b"
                             r"[^,]{0,100},\s*")
#: An opening phrase that only places what follows: "In the aftermath of the war, ", "During a visit to Paris, ".
_PLACING_OPENING = re.compile(r"(?i:in|at|on|during|after|under|following|amid)\s+(?:the|a|an|its|their|his|her)\s")
#: A closing appositive that ranks or sums up the happening: ", the latest step in…", ", a move that…".
#: (A ranking that tells what is new, ", the first woman to hold the post", stays.)
_CLOSING_SUMMARY = re.compile(r",\s+(?:the\s+latest\s+|(?:a|an)\s+(?:[a-z]+\s+)?)(?:move|step|sign|blow|setback|gesture|escalation|"
                              r"twist|turn|chapter|episode)\b[^;:]*$")
_CUTS = (", which", ", who", ", after which", ", where", " to discuss", " in order to", ", a ", ", an ", "; ",
         " — ", " - ", ", according to", ", said", ", saying", ", adding", ", as ", " amid ", ", while ",
         " in response to ", " in retaliation for ",
         # (the same clauses in the other languages we read: ", después de que Washington desplegara…")
         ", después de", ", tras ", ", antes de", ", mientras", ", aunque", ", lo que", ", après ", ", avant de",
         ", alors que", ", tandis que", ", ce qui", ", dopo ", ", mentre ", ", nachdem", ", während", ", который",
         ", которая", ", после того")
#: A verb of expectation whose infinitive tells the happening: "are expected to discuss".
_EXPECTED_TO = re.compile(r"\s+(?:(?:also|now|still)\s+)?(?:expected|due|set|scheduled|slated|likely|poised|planning|preparing|"
                          r"going|about|hoping|seeking)\s+to\s+\w+")
_NAME_PARTICLE = r"(?:el|al|ad|ash|bin|ibn|ben|van|von|der|den|de|da|di|du|del|della|dos|le|la)"
_NATIONALITY_TITLE = re.compile(
    r"(?<![\w-])(?:(?:the\s+)?(?:(?:then|ex|former)[- ])?(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"(?:(?:interim|acting|outgoing|incoming|caretaker|transitional|new)\s+)?)"  # "Syrian interim President…"
    r"(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Secretary\s+of\s+State|"
    r"Secretary[- ]General|Chancellor|Ambassador|Special\s+Envoy|Envoy|spokes(?:man|woman|person)|Spokes(?:man|woman|person)|"
    r"Vice[- ]President|Deputy\s+Prime\s+Minister|High\s+Representative|King|Queen|Emir|Crown\s+Prince|Supreme\s+Leader|"
    r"(?:[Aa]rmy\s+chief\s+)?(?:(?:Lt|Maj|Brig)\.?\s+)?Gen\.|[Aa]rmy\s+chief|"
    # (in lower case too: "Russian envoy Kirill Dmitriev", "Ukrainian negotiator Rustem Umerov")
    r"(?:special\s+|chief\s+)?(?:envoy|ambassador)|(?:chief\s+)?negotiator|(?:foreign|defen[cs]e)\s+minister|chief|leader|"
    r"Army\s+Secretary|Navy\s+Secretary|Defen[cs]e\s+Secretary|Treasury\s+Secretary)\s+"
    # (a surname may open with a particle: "Abdel Fattah el-Sisi", "Ursula von der Leyen")
    rf"(?P<first>[A-Z][\w'’-]+\s+)+?(?P<last>(?:{_NAME_PARTICLE}[- ])*[A-Z][\w'’-]+)(?![\w])(?!\s+{_NAME_PARTICLE}[- ][A-Z])(?P<more>(?:\s+[A-Z][a-z][\w'’-]*(?!\w)(?!\.\w))*)"
)




def shorten_people(text: str, gazetteer: Gazetteer) -> str:
    """"US Secretary of State Antony Blinken" → "Blinken": a title reads as a surname in a headline."""
    def surname(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 30):m.start()].split()
        if _LOWER_ROLE.match(m.group(0)) and before and before[-1].islower() and before[-1] not in _FUNCTION_WORDS:
            return m.group(0)  # "U.N. aid chief Tom Fletcher", "junta leader Assimi Goita": the role's own words stay whole
        if m["more"]:  # "President Yoon Suk Yeol": which word is the surname is not sure, the name stays whole
            name = m.group(0)[m.start("first") - m.start():]
            known = next((short for full_name, short in gazetteer.short_names.items() if full_name == name), None)
            return known or name
        full = (m.group(0).split()[-2] + " " + m["last"]) if m["first"] else m["last"]
        first = m.group(0).split()[-2] if m["first"] else ""
        if first and family_name_first(first, m["last"]):
            return first  # "Xi Jinping", "Lee Jae-myung": the family name is the first word
        if re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?", m["last"]):  # "Queen Elizabeth II" is Elizabeth II, not "II"
            return f"{m.group(0).split()[-2]} {m['last']}"
        for name, short in gazetteer.short_names.items():
            if name.endswith(m["last"]) or full == name:
                return short
        return m["last"]

    def owned_surname(m: re.Match[str]) -> str:
        short = surname(m)
        owner = re.search(r"['’]s$", m.group(0))  # "President Xi Jinping's state visit" → "Xi's state visit"
        return short + owner.group() if owner is not None and not short.endswith(owner.group()) else short

    text = _NATIONALITY_TITLE.sub(owned_surname, text)
    pattern = _known_names(gazetteer)
    return pattern.sub(lambda m: gazetteer.short_names[m.group(0)], text) if pattern is not None else text



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


def _language_of(text: str) -> str:
    """The language `text` is in: the document's, when known, else a guess from the text itself."""
    return _DOCUMENT_LANGUAGE.get() or guess_language(text)

#: A role in lower case opening a name's title ("chief", "leader", "envoy"), and the small words that may
#: stand before one without being part of it ("met leader X").
_LOWER_ROLE = re.compile(r"(?:special\s+|chief\s+)?(?:chief|leader|envoy|ambassador|negotiator|foreign\s+minister|"
                         r"defen[cs]e\s+minister)\b")
_FUNCTION_WORDS = frozenset({"the", "a", "an", "by", "with", "to", "of", "for", "and", "or", "from", "as", "that", "said",
                             "says", "told", "met", "meet", "meets", "called", "but", "when", "while", "after"})


_NAME_PATTERNS: dict[int, tuple[dict[str, str], re.Pattern[str] | None]] = {}


def _known_names(gazetteer: Gazetteer) -> re.Pattern[str] | None:
    """One pattern for every full name the gazetteer shortens, built once per gazetteer (a pattern
    per name per title made titles the slowest part of a long import)."""
    # (keyed by the names, which an article's copy of the gazetteer shares with the one it was made from)
    cached = _NAME_PATTERNS.get(id(gazetteer.short_names))
    if cached is None or cached[0] is not gazetteer.short_names:
        names = sorted(gazetteer.short_names, key=len, reverse=True)
        pattern = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b") if names else None
        if len(_NAME_PATTERNS) >= 8:
            _NAME_PATTERNS.clear()
        cached = _NAME_PATTERNS[id(gazetteer.short_names)] = (gazetteer.short_names, pattern)
    return cached[1]


#: ", first announced on 24 February,": an adverb that makes the words after a comma a participle
#: phrase, not a closing attribution
_ASIDE_ADVERB = r"(?:first|initially|originally|already|previously|earlier|later|once|jointly)\s"
#: ", diplomats said on Tuesday": the date of a closing attribution says when the news was told
ATTRIBUTED_ON = re.compile(rf"[,;]\s+(?!{_ASIDE_ADVERB})"
                           # (not a participle's clause about what went before: ", reversing a boycott it announced
                           # three weeks ago")
                           r"(?!(?:[a-z]{3,}ing|which|that|who)\b)"
                           r"(?:[\w.'’-]+\s+){1,6}(?:said|told\s+\w+|announced|reported|added|confirmed|stated|wrote|"
                           # ", official results showed on Monday": figures that tell, as a source does
                           r"(?<=results\s)showed|(?<=figures\s)showed|(?<=data\s)showed|(?<=count\s)showed)"
                           # (…and where they said it: ", both sides said in a joint statement on Saturday")
                           r"(?:\s+(?:in|at|during)\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|"
                           r"speech|address|briefing|news\s+conference|press\s+conference|post|message|letter|communiqu[eé]|"
                           # (…or the report it was seen in: "…, the agency said in a confidential report seen by Reuters
                           # on Friday")
                           r"report)(?:\s+(?:seen|obtained|reviewed)\s+by\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?)?"
                            r"\s+(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?$")

#: The same in the other languages we read, where the date may stand before the speaker: ", a annoncé jeudi la
#: présidence", ", wie das Amt am Mittwoch mitteilte", ", dijo el martes el ministro", ", disse o ministro na terça-feira",
#: ", ha detto giovedì il ministro".
_FOREIGN_ATTRIBUTED_ON = re.compile(
    r"[,;]\s+(?:(?:a|ont)\s+(?:annoncé|déclaré|indiqué|affirmé|précisé|ajouté|dit|souligné)"
    r"|wie\s+[^,;]{1,60}?(?:am|an)"
    # (German's saying verb first after the comma: ", teilte das Außenministerium am Freitag mit")
    r"|(?:teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|berichteten|bestätigte|bestätigten)\s+[^,;]{1,60}?(?:am|an)"
    # (the source may come between: ", informó el ejército este viernes")
    r"|(?:dijo|dijeron|afirmó|declaró|informó|informaron|señaló|indicó|anunció)(?:\s+[^,;]{0,60}?)?"
    r"|(?:disse|disseram|afirmou|declarou|anunciou|informou)\s+[^,;]{0,60}?(?:na|no|em)"
    r"|ha(?:nno)?\s+(?:detto|dichiarato|annunciato|riferito|affermato)"
    # (", сообщил в понедельник представитель МИД")
    r"|(?:сообщил|заявил|сказал|отметил|рассказал|подтвердил)[аи]?(?:\s+в|\s+во)?)\s+$", re.I)
#: What a saying goes on to tell after its date: ", and Phnom Penh said on Friday it had completed its
#: withdrawal" is a statement of its own, not the source of the clause before it.
_REPORTED_CLAUSE = re.compile(rf"\s+(?:that\s|(?:it|they|he|she|we)\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s"
                              # ("…, and the envoy said last week she hoped for a deal": a pronoun and its past)
                              r"|(?:it|they|he|she|we|its|their|his|her|the|a|an|[A-Z][\w'’-]*)"
                              r"(?:\s+[\w'’-]+){0,4}?\s+(?:had|has|have|was|were|is|are|would|will|could|can|may|might|"
                              r"should|must|did|does|do|still)\s)")


def attributes(text: str, start: int, end: int) -> bool:
    """Whether the date at text[start:end] is a closing attribution's (", officials said on Tuesday"),
    one that names when a source spoke rather than a statement that tells something of its own."""
    return bool(ATTRIBUTED_ON.search(text, max(0, start - 80), start)) and not _REPORTED_CLAUSE.match(text, end) \
        or bool(_FOREIGN_ATTRIBUTED_ON.search(text, max(0, start - 80), start)) \
        and re.match(r"[^,;]{0,60}(?:,\s+[^,;]{1,100})?[.!?]?\s*$", text[end:])  # (", un mois après l'échec…": an aside)


_ATTRIBUTION_TAIL = re.compile(rf",\s+(?!{_ASIDE_ADVERB})"
                               r"(?:the\s+)?[\w'’. -]{1,50}?\s+(?:said|say|says|reported|announced|added|"
                               # ", a Ukrainian official told reporters"
                               r"told\s+(?:reporters|journalists|us|me|(?:this|our)\s+[\w-]+(?:\s+[\w-]+)?|the\s+[\w-]+(?:\s+[\w-]+)?|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)$|"
                               r"(?<=results\s)showed|(?<=figures\s)showed|(?<=data\s)showed|(?<=count\s)showed)(?:\s+\w+){0,3}"
                               # (with a clause about where it was said: "…said after the meeting, which lasted five hours")
                               r"(?:,\s+(?:which|where)\s+[^,;\"“”]{3,80})?"
                               # (…or how it was said: "…, a Pakistani official said, without giving a date")
                               r"(?:,\s+(?:without|declining\s+to|adding|citing|speaking\s+on)\b[^,;\"“”]{3,60})?\s*$")
#: ", according to officials", "according to the Gaza Health Ministry": the source, not the happening.
_ACCORDING_TO_TAIL = re.compile(r",?\s+according\s+to\s+[^,;]{1,80}$")
#: The same tail in the other languages we read: ", a déclaré le ministère", ", selon l'agence",
#: ", teilte das Ministerium mit", ", sagte ein Sprecher", ", dijo el portavoz", ", заявил министр".
_EMBEDDED_QUOTE_ATTRIBUTION = re.compile(r"(?<=[a-z]\s)(?P<quote>(?:``|“|\")[^`“\"”']{1,80}),(?:''|”|\")\s+"
                                         r"(?:the\s+)?[\w' -]{1,50}?\s+(?:said|says|added)\s*$")
_FOREIGN_ATTRIBUTION_TAIL = re.compile(
    r",\s+(?:a\s+(?:déclaré|indiqué|annoncé|affirmé|précisé|ajouté|souligné|estimé)|ont\s+(?:déclaré|indiqué|annoncé)"
    r"|selon|d['’]après|teilte|teilten|sagte|sagten|erklärte|erklärten|berichtete|hieß\s+es|so\s+(?:der|die|das)"
    r"|dijo|dijeron|afirmó|declaró|informó|señaló|indicó|según"
    r"|ha(?:nno)?\s+(?:riferito|detto|dichiarato|annunciato|affermato|spiegato|precisato|sottolineato)|secondo"
    r"|disse|disseram|afirmou|declarou|informou|anunciou|adiantou|indicou|segundo"
    r"|заявил[аи]?|сообщил[аи]?|отметил[аи]?|сказал[аи]?|по\s+словам|по\s+данным)\b[^,]{0,80}$"
    # Turkish puts the verb last: ", bakanlık açıklamasında belirtildi"
    r"|,\s+[^,]{0,60}\b(?:belirtildi|açıklandı|açıkladı|bildirdi|bildirildi|dedi)\s*$",
    re.IGNORECASE)


#: How much of a sentence a title is made from: a title is cut to about a hundred characters, and a
#: pasted list of thousands of dates in one "sentence" must not cost a pass over it per date.
TITLE_SOURCE_CHARS = 600


def _realigned(t: Timex, sentence: Sentence) -> Timex | None:
    """`t` moved to where its words stand in `sentence` when they stand there once, else None."""
    at = sentence.text.find(t.text)
    if at < 0 or sentence.text.find(t.text, at + 1) >= 0:
        return None
    return replace(t, start=sentence.start + at, end=sentence.start + at + len(t.text))


#: A relative clause's pronoun and past right before its date: " that expired in ", " which was signed on ".
#: A zero relative's subject and past right before a date: "[ it claims to have annexed] in", "[ they seized] in".
_ZERO_RELATIVE_BEFORE_DATE = re.compile(rf"(?<=[a-z]s)\s+(?:it|they)\s+(?:(?:claims|claimed|says|said)\s+to\s+have\s+)?"
                                        rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:in|on|at|last)\s+(?:the\s+)?$")
#: (…or its object before it: " that ended with a Russian-brokered ceasefire in ")
_RELATIVE_THEN_DATE = re.compile(rf"\s+(?:that|which)\s+(?:(?:had|was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                                 r"(?:\s+[\w'’-]+){0,8}?\s+(?:in|on|at|by)\s+(?:the\s+)?")


#: "When" opening a clause that tells what happened on the date before it, in the languages we read: "…since December
#: 2023, cuando los presidentes firmaron…".
_WHEN_WORD = r"(?:when|cuando|quand|lorsque|quando)"


#: An aside after a saying's date, before what was said: "said on Friday[, before the latest clash,] that".
_ASIDE_BEFORE_THAT = re.compile(r",\s+(?:before|after|ahead\s+of|during|at|on\s+the\s+sidelines\s+of|in\s+(?:a|an|his|her|its|their)\s)"
                                r"[^,;:()\"“”]{1,60},(?=\s+that\s)")
#: A saying right before its date: "said on ", "told reporters ".
_SAID_BEFORE_DATE = re.compile(r"\b(?:said|says|told(?:\s+[\w-]+){1,3}?|announced|stated|wrote|added|warned|claimed)"
                               r"\s+(?:(?:on|in|at|late|early)\s+)?$")


def make_title(sentence: Sentence, timex: Timex | None, others: list[Timex], gazetteer: Gazetteer) -> str:
    """The sentence as a title: without `timex` and the `others` dates, cut to who did what.

    `timex` None titles the sentence with all of `others` taken out."""
    # (a clause turned round has words of its own before it — "The withdrawal … in January 2024 took effect"
    # — so a date is taken out where the text holds it: where it stood, else where its words stand once)
    others = [o if sentence.text[o.start - sentence.start:o.end - sentence.start] == o.text else _realigned(o, sentence)
              for o in others]
    others = [o for o in others if o is not None]
    if timex is not None and not (sentence.start <= timex.start and timex.end <= sentence.end):
        # the date stood before the part titled ("…and, in July, suspended visa-free travel"): nothing to take out
        others, timex = [o for o in others if o is not timex], None
    if timex is None:
        if not others:
            return _finish_title(sentence.text, gazetteer)
        timex = others[0]
    partner = next((o for o in others if timex.range_id is not None and o.range_id == timex.range_id
                    and o is not timex), None)
    end_of_own = max(timex.end, partner.end if partner else 0)
    # "A war in 1992 killed hundreds before a ceasefire was signed on July 21": a time clause after the
    # date, with its own subject, verb and date, is that date's happening, comma or not
    for other in others:
        if other.start > end_of_own:
            clause = _trailing_subordinate(sentence, other, others)
            conjunction = re.search(r"\s+\S+\s+$", sentence.text[:clause.start - sentence.start]) if clause else None
            if conjunction is not None and sentence.start + conjunction.start() >= end_of_own:
                sentence, others = _cut_at(sentence, others, conjunction.start())
                break
    # "The war began in November 2020 and ended with a truce two years later": a second predicate with its
    # own date is that date's happening
    following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
    gerund = _GOVERNED_GERUND.search(sentence.text, end_of_own - sentence.start, following.start - sentence.start) \
        if following is not None else None
    if gerund is not None and gerund["verb"] not in _NOT_PARTICIPLES:
        # "Rubio held talks in Geneva on Sunday before flying to Kyiv on Monday": the gerund with a date of its own
        # is that date's happening (told "Rubio flew to Kyiv")
        sentence, others = _cut_at(sentence, others, gerund.start())
        following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
    if following is not None:
        second = _SECOND_PREDICATE.search(sentence.text, end_of_own - sentence.start, following.start - sentence.start)
        if second is not None and not re.search(r"[,;]", sentence.text[end_of_own - sentence.start:second.start()]):
            sentence, others = _cut_at(sentence, others, second.start())
        # "…signed a ceasefire in June 2023 that expired in August 2024": a relative clause right after the date, with
        # a date of its own, is that date's happening
        following = min((o for o in others if o.start >= end_of_own), key=lambda o: o.start, default=None)
        relative = _RELATIVE_THEN_DATE.fullmatch(sentence.text, end_of_own - sentence.start, following.start - sentence.start) \
            if following is not None else None
        if relative is not None:
            sentence, others = _cut_at(sentence, others, relative.start())
        elif following is not None:
            # "…withdraw from four regions it claims to have annexed in September 2022": a zero relative with a date of
            # its own is that date's happening
            zero = _ZERO_RELATIVE_BEFORE_DATE.search(sentence.text, max(end_of_own - sentence.start,
                                                                         following.start - sentence.start - 60),
                                                     following.start - sentence.start)
            if zero is not None:
                sentence, others = _cut_at(sentence, others, zero.start())
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
        joined = r"\s+(?:ended|ending|and|or)\s+(?:(?:on|in|at|during|into)\s+)?|,\s+(?:and\s+)?(?:on\s+)?"
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
    gapped = _gapped_conjunct(s, rel_start, rel_end, [(o.start - sentence.start, o.end - sentence.start)
                                                       for o in others if o is not timex and o is not partner])
    if gapped is None:  # "is due to meet the speaker tomorrow and to visit the border on Wednesday"
        gapped = _coordinated_infinitive(s, rel_start, rel_end, [(o.start - sentence.start, o.end - sentence.start)
                                                                 for o in others if o is not timex and o is not partner])
    if gapped is not None:
        s, shift = gapped
        rel_start, rel_end = rel_start + shift, rel_end + shift
    # "Born in Split in 1945, Halvat trained as an engineer…": an opening participle phrase with another
    # date is that date's happening, and goes
    fronted = _FRONTED_PARTICIPLE.match(s)
    if fronted is not None and fronted.end("rest") < rel_start and any(
            o is not timex and fronted.start("rest") <= o.start - sentence.start < fronted.end("rest") for o in others):
        cut = fronted.start("main")
        s, rel_start, rel_end = s[cut:], rel_start - cut, rel_end - cut
        sentence = Sentence(sentence.start + cut, sentence.end, s)
        others = [o for o in others if o.start >= sentence.start]
    # "A grain deal brokered [in July 2022] collapsed a year later": the other date's participle goes too
    removed: set[int] = set()  # (…and its date with it, whose offsets no longer hold)
    for other in sorted((o for o in others if o is not timex and o is not partner), key=lambda o: -o.start):
        span = _reduced_relative(sentence, other, others)
        if span is not None and (span[1] <= rel_start or span[0] >= rel_end):
            lo, hi = span[0], span[1] + (1 if s[span[1]:span[1] + 1] == " " else 0)
            adverb = _ADVERB_BEFORE_PARTICIPLE.search(s, max(0, lo - 16), lo - 1) if s[lo - 1:lo] == " " else None
            if adverb is not None:
                lo = adverb.start() + 1  # "…an energy deal first [reached in June 2022]": the adverb goes too
            rest = re.match(r"[^,;:()]{1,50},", s[span[1]:]) if s[lo - 2:lo] == ", " else None
            if s[lo - 2:lo] == ", " and s[span[1]:span[1] + 1] == ",":
                lo, hi = lo - 2, span[1] + 1  # ", adopted in December 2015," goes with its commas
            elif rest is not None and not _VERB.search(rest.group()) and not _FIRST_VERB.search(rest.group()):
                lo, hi = lo - 2, span[1] + rest.end()  # (…and the rest of its aside: ", set up in 2008 under a UN mandate,")
            closing_with = re.search(r",\s+(?:and\s+)?with\s+[^,;]{1,60}$", s[:lo]) \
                if re.fullmatch(r"\s*[.;!?]?\s*", s[hi:]) else None
            if closing_with is not None:
                lo = closing_with.start()  # "…on Dec. 28[, with results expected on Dec. 30]": the whole closing phrase
            s = s[:lo] + s[hi:]
            removed.add(id(other))
            if hi <= rel_start:
                rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
    # "…negotiations that began [in January] and nearly collapsed in the autumn": the later date's title is
    # the relative clause's second predicate, without the first one and its date
    for other in others:
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        if other is timex or other is partner or o_end > rel_start or s[o_start:o_end] != other.text:
            continue
        second = _SECOND_PREDICATE.match(s, o_end)
        relative = _RELATIVE_WORD_BEFORE.search(s, max(0, o_start - 60), o_start)
        if second is None or relative is None or second.end() > rel_start or re.search(r"[,;]", s[relative.end():o_start]) \
                or any(o2.end > other.end and o2 is not timex and o2 is not partner for o2 in others):
            continue  # (no date of another but this one after the cut, whose place in the text would move)
        lo, hi = relative.end(), second.start() + re.match(r"\s+and\s+", s[second.start():]).end()
        s = s[:lo] + s[hi:]
        rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
        others = [o for o in others if o is not other]
        break
    # "The truce, which began [Friday], was set to expire Tuesday": another date's relative clause
    # tells another happening, so it leaves this one's title whole
    for lo, hi in reversed(_relative_clauses_of(s, [(o.start - sentence.start, o.end - sentence.start) for o in others
                                                     if o is not timex and o is not partner and id(o) not in removed],
                                                rel_start, rel_end)):
        if s[hi - 1:hi] == "," and _ATTRIBUTION_TAIL.match(s.rstrip(" .;"), hi - 1):
            hi -= 1  # "…once in Bender, where the text was drawn up Friday, an official said": the saying's comma stays
        s = s[:lo] + s[hi:]
        if lo < rel_start:
            rel_start, rel_end = rel_start - (hi - lo), rel_end - (hi - lo)
    # "Negotiators agreed on the text in March, after two years of talks that began in May 2022": a
    # closing clause with another date tells another happening
    # ("Moldova was granted candidate status in June 2022, months after Russia invaded Ukraine": so
    # does one with a subject and verb of its own, dated or not)
    inserted = _CLOSING_CLAUSE.match(s, rel_end) if _LEAD_WORDS.fullmatch(s[:rel_start]) else None
    if inserted is not None and s.find(", ", inserted.end()) > 0:
        # "Early on Wednesday, before the second day of talks began, a shooting was reported": after an
        # opening date, the clause is an aside before the main one, not the end of the sentence
        close = s.find(", ", inserted.end())
        s = s[:rel_end] + s[close:]
    # "…signed a treaty [in 1721] after a war that had lasted most of the previous decade": a restrictive relative
    # clause after the date that holds a date of its own tells another happening
    for other in sorted(others, key=lambda o: o.start):
        o_start, o_end = other.start - sentence.start, other.end - sentence.start
        if other is timex or other is partner or o_start < rel_end or s[o_start:o_end] != other.text:
            continue
        restrictive = _RESTRICTIVE_RELATIVE.search(s, rel_end, o_start)
        # (of a noun in the date's own clause: not "said [on Monday] that troops had…", nor after a comma's clause)
        noun = re.search(r"\b([a-z][\w'’-]*)$", s[rel_end:restrictive.start()]) if restrictive is not None else None
        # (the comma of the date's own clause or aside may stand first: "…, when the two empires signed…", "The last
        # summit, in Pyongyang in September 2018, produced an agreement that Seoul suspended in 2024")
        if noun is not None and not re.search(r"[,;:]", _OWN_CLAUSE_COMMA.sub("", s[rel_end:restrictive.start()], count=1)) \
                and not _VERB.fullmatch(noun[1]) and noun[1] not in _NOT_ANTECEDENTS \
                and (_VERB.search(restrictive.group()) or _PAST_IN_RELATIVE.search(restrictive.group())):
            stop = re.search(r"[,;:]|\.(?:\s|$)", s[o_end:])
            s = s[:restrictive.start()] + (s[o_end + stop.start():] if stop else "")
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
        if dated or _is_own_clause(s[closing.end():]) \
                or (word.startswith("and") and _is_own_clause(_OPENING_ADVERBIAL.sub("", s[closing.end():], count=1))):
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
    if semicolon >= 0 and _OWN_SUBJECT.match(s, semicolon + 2):
        s = s[:semicolon]
    # "On the same day he left, a court issued a warrant": the clause that says which day goes with it
    contact = _CONTACT_CLAUSE.match(s, rel_end) if _DAY_NOUN_DATE.fullmatch(s[rel_start:rel_end]) \
        and _OPENING_PREPOSITION.fullmatch(s[:rel_start]) else None
    if contact is not None and _is_own_clause(s[contact.end():]):
        s = s[:rel_end] + ", " + s[contact.end():]
    # (a list of nouns inside it runs on: "…, when Serb mayors, judges and police officers resigned")
    # (an initial's full stop ends no clause: "…when Greek Cypriots rejected a U.N. plan in a referendum")
    when_clause = re.match(rf"\s*,?\s*{_WHEN_WORD}\s+(.+?)(?:;|(?<!\b[A-Z]){_NOT_A_TITLE_ABBREVIATION}\.(?=\s|$)|$|,\s+(?:which|who|after|before|while|as|but|and|though|"
                           r"although|[a-z]+ing)\b|,(?=[^,]*,)(?![^,;.]*\band\b)"
                           # (…and the main clause after a fronted date: "Since 2000, when Plan Colombia was launched, the
                           # United States has invested…", "Desde 2000, cuando se lanzó el Plan Colombia, Estados Unidos ha…")
                           r"|,\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,4}?\s+(?:has|have|had|is|are|"
                           r"was|were|will|would|ha|han|había|a|ont|avait|hat|haben|hatte)\s))",
                           _ENCLOSED_NAME.sub(" ", s[rel_end:]))  # "when his father, Hafez Assad, seized power"
    if when_clause and len(when_clause.group(1).split()) < 3:
        when_clause = None
    if when_clause and _STATE_THEN.match(when_clause.group(1)) and _is_own_clause(s[:rel_start]) \
            and re.search(rf"\b(?!(?:was|were|is|are|had|has)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[:rel_start]) \
            and not re.search(r"\bsince\s+(?:the\s+)?$", s[:rel_start]):  # (a doing, not a state or a bound's "since")
        # "I first visited the border in 1999, when it was still a line of trenches": a state then, no happening; the
        # main clause's is the date's
        when_clause = None
        s = s[:rel_end] + s[rel_end:][:re.search(rf"\s*,?\s*{_WHEN_WORD}\s", s[rel_end:]).start()]
    # (…or one that sets it in the present: "Foreign ministers meet again on Dec. 14, when the issue is expected to return")
    main = (_FULL_MAIN_CLAUSE.fullmatch(s[:rel_start])
            or (_SUBJECT_BEFORE_PRESENT.match(s[:rel_start]) and re.fullmatch(r"[^,;:]{2,120}?\s(?:on|in|at|during)?\s*",
                                                                           s[:rel_start]))) if when_clause else None
    # (not when the date is only the main clause's yardstick: "closed down 6.8% from Oct. 13, when a plunge…")
    if main is not None and (_is_own_clause(s[:rel_start]) or _SUBJECT_BEFORE_PRESENT.match(s[:rel_start])) \
            and not re.search(r"(?:%|\bper\s*cent|\bpercent)\s+(?:from|on|over|against)\s+$", s[:rel_start]):
        # "The government fell on Nov. 24 when lawmakers backed a motion": a main clause that tells a happening
        # of its own is the date's title; one that only frames the when-clause ("The shelling began on
        # Thursday, when the army hit depots") leaves the title to it
        when_clause = None
        when_at = re.search(rf"\s*,?\s*{_WHEN_WORD}\s", s[rel_end:])
        if when_at is not None:
            s = s[:rel_end] + s[rel_end:][:when_at.start()]
    if when_clause:  # "Howes was working… when he was abducted [in March 1996]": Howes was abducted
        title = when_clause.group(1)
        for other in others:  # "…when fighting broke out [at about 9 a.m.]": another date's phrase goes
            phrase = other.text.rstrip(".")
            at = title.find(phrase) if other is not timex and other is not partner and phrase else -1
            if at >= 0:
                title = _remove_date_phrase(title, at, at + len(phrase))
        title = pronoun_as_subject(title.rstrip(" ."), s)
    else:
        # "Im März hatten beide Seiten 175 Gefangene übergeben": the verb comes second in German and
        # Dutch, so without its date the title would open with "hatten"; the date stays
        keep_fronted = bool(_FRONTED_BEFORE_VERB.match(s, rel_end)) and \
            bool(re.fullmatch(r"\s*(?:[^\W\d_]{1,4}\s+)?", s[:rel_start]))
        if keep_fronted:
            # (unless the verb can go back after its subject: "[am 21. November] wurde der Text paraphiert" is "Der Text
            # wurde paraphiert", as `_finish_title` turns it)
            rest = s[rel_end:].strip(" ,")
            keep_fronted = not (_GERMAN_VERB_FIRST.match(rest[:1].upper() + rest[1:]) and _GERMAN_WORD.search(rest))
        # "…came the same evening the group's leader said…": a day told by the clause after it stays, or the
        # clause would be left hanging on the verb before it
        told_by_clause = bool(_DAY_NOUN_DATE.fullmatch(s[rel_start:rel_end]) and _CONTACT_AFTER.match(s, rel_end)
                              and not _OPENING_PREPOSITION.fullmatch(s[:rel_start]))
        title = s if keep_fronted or told_by_clause else _remove_date_phrase(s, rel_start, rel_end, own=True)
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
                title = _remove_date_phrase(title, i, i + len(phrase))
        title = title.strip()
        title = _LEADING.sub("", title[dateline_end(title):])
        # "…ending a standoff that began [in the spring]": the other date's clause goes too, as does what
        # is left of the date's own (", some of which it lifted") — but not the clause about the subject
        # another date stood before ("The [July] clashes, which began on July 24": the clashes began)
        if spans and (other_clause or not re.match(r"[^,]{1,60},\s+(?:which|who|that)\b", title)):
            title = re.sub(r",?\s+(?:that|which|who)(?:\s+[a-z]+){1,2}\s*[.;:]?\s*$", "", title)
    return _finish_title(title, gazetteer)


_PAST_VERB = rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}"
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


#: A when-clause that tells how things stood then: "it was still a line of trenches", "they were only children".
_STATE_THEN = re.compile(r"(?:it|they|he|she|there|the\s+[a-z]+|[A-Z][\w'’-]*)\s+(?:was|were)\s+(?:still|only|just|barely|"
                         r"not|no|a|an|the|part|under|in|home|known|young)\b")
#: A main clause of a subject and a past verb that tells a happening of its own, before the date's preposition
#: ("The government of Prime Minister Munteanu fell on"): not a verb that only frames what the when-clause
#: tells (began, came, happened, was…), nor a clause inside another.
_FULL_MAIN_CLAUSE = re.compile(
    r"(?!.*\b(?:that|which|who|whom|whose|when|until|since|after|before|while|because|if|where|said|says|told)\b)"
    # ("Kim last met a U.S. president in June 2019, when he and Trump shook hands": an occasion the when-clause tells)
    r"(?!.*\b(?:last|first|previously|once|ever)\b)"
    # (nor a pronoun that only points at what the when-clause tells: "That changed in March 2022, when…")
    r"(?!\s*(?:That|This|It|Things|Everything|All\s+that)\s)"
    r"[^,;:]{2,120}?\s(?!(?:began|begun|started|erupted|broke|came|happened|occurred|took|unfolded|was|were|is|are|"
    r"resumed|continued|escalated|intensified|flared|spread|grew|rose|peaked|arrived|returned|marked|signalled|"
    r"signaled|represented|meant|showed)\b)"
    rf"(?:[a-z]{{3,}}ed|fell|fled|lost|won|left|quit|died|{words_pattern(PLAIN_PASTS)})\b[^,;:]{{0,60}}?\s(?:on|in|at|during)?\s*", re.S)


def _is_own_clause(text: str) -> bool:
    """Whether `text` opens with a clause of its own, a subject and its verb ("Russia invaded…",
    "prices tripled…"), rather than a noun phrase ("the collapse of talks")."""
    stop = next((m.start() for m in re.finditer(r"[,;:]", text) if not _LIST_OF_NAMES_GOES_ON.match(text, m.start())),
                len(text))  # ("Estonia, Latvia and Lithuania joined…": a subject that lists names)
    clause = text[:stop]
    return bool(_OWN_SUBJECT.match(clause)) and _tells_a_doing(_CAPITALISED_WORDS.sub("", clause))


def _gapped_conjunct(s: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, int] | None:
    """The sentence told for one of two dates that share a verb ("visited Cairo a fortnight ago and
    Khartoum a week later"): the other object and its date go, and how far the date at [start, end)
    moved; None when the sentence is not so built."""
    # (only the dates right before and after can share its verb: no other date stands between them)
    previous = max((o for o in others if o[1] <= start), default=None)
    following = min((o for o in others if o[0] >= end), default=None)
    for o_start, o_end in (o for o in (previous, following) if o is not None):
        first, second = ((start, end), (o_start, o_end)) if o_start > end else ((o_start, o_end), (start, end))
        between = _GAPPED_AND.fullmatch(s, first[1], second[0])
        if between is None or not re.match(r"\s*(?:[.;,]|$)", s[second[1]:]) or _VERB.search(between["object"]) \
                or _FIRST_VERB.search(between["object"]):
            continue
        verb = next(reversed(list(_VERB.finditer(s, 0, first[0]))), None)
        # (an appositive of the first object may stand between: "seized Goma, the largest city in the east, in
        # late January and Bukavu in mid-February")
        if verb is None or re.search(r"[,;:]", _APPOSITIVE.sub("", s[verb.end():first[0]])) \
                or not s[verb.end():first[0]].strip():
            continue
        if (re.search(r"\b(?:was|were|is|are|been|be)\s+$", s[:verb.start()]) or re.fullmatch(r"was|were|is|are", verb.group())) \
                and not re.match(r"(?:in|at|on|to|from|by)\s", between["object"]):
            continue  # "He was born in 1950 and his brother in 1952": a passive's second noun is a subject
        if (start, end) == first:
            # (a when-clause after the second date is the second's: "seized power in August 2020, and again in May 2021,
            # when he ousted…")
            rest = s[second[1]:]
            own = re.match(r",\s+(?:when|after|as|before)\s[^;]*", rest)
            return s[:first[1]] + (rest[own.end():] if own else rest), 0
        lo = verb.end() + 1
        place = re.match(r"(in|at|to|from|on)\s", between["object"])
        if place is not None:
            # "hosted meetings of the two sides in Geneva in March and in New York in July": the second
            # place stands for the first, the object stays
            region = re.sub(r"\s(?:in|on|at|during)\s*$", "", s[verb.end():first[0]])  # (not the date's own "in")
            same = list(re.finditer(rf"\s{place[1]}\s", region))
            if same and same[-1].start() > 0:
                lo = verb.end() + same[-1].start() + 1
        told = s[:lo] + s[between.start("object"):]
        # "received the first payment in 2013 and [the last one] in 2016": "one" stands for the first object's noun
        one = re.match(r"(?:the|a|an)\s+(?:[a-z]+\s+)?one\b", between["object"])
        noun = re.search(r"\b([a-z][\w-]*)\s*$", re.sub(r"\s+(?:in|on|at|during|by)\s*$", "", s[verb.end():first[0]])) \
            if one else None
        if one is not None and noun is not None and noun.group(1) not in ("the", "a", "an", "it", "them"):
            told = told.replace(one.group(0), one.group(0)[:-3] + noun.group(1), 1)
            return told, lo - between.start("object") + len(noun.group(1)) - 3
        return told, lo - between.start("object")
    return None


def _cut_at(sentence: Sentence, others: list[Timex], cut: int) -> tuple[Sentence, list[Timex]]:
    """The sentence up to `cut` (an offset into its text) and the dates that stand in it."""
    kept = Sentence(sentence.start, sentence.start + cut, sentence.text[:cut])
    return kept, [o for o in others if o.end <= kept.end]


def _coordinated_infinitive(s: str, start: int, end: int, others: list[tuple[int, int]]) -> tuple[str, int] | None:
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
        opening = next(reversed(list(re.finditer(r"\bto\s+(?=[a-z]{2,}\b)", s[:first[0]]))), None)
        if joined is None or opening is None or re.search(r"[,;:]", s[opening.end():first[0]] + s[first[1]:joined.start()]):
            continue
        if (start, end) == first:
            stop = re.search(r"[,;:]|\.(?:\s|$)", s[second[1]:])
            return s[:joined.start()] + (s[second[1] + stop.start():] if stop else ""), 0
        told = s[:opening.end()] + s[joined.end():]
        return told, opening.end() - joined.end()
    return None


_AND_TO = re.compile(r"(?:\s+and\s+(?:then\s+)?(?:to\s+)?|,\s+but\s+to\s+)"
                     # (the second infinitive may go without its "to": "…to present its plan by Aug. 31 and start…")
                     r"(?=(?!(?:the|a|an|its|their|his|her|this|that|these|those|then|also|in|on|at|by|through|for|with|"
                     r"from|into|until|after|before|during|about|over|under|not|so|as|more|less|other|others)\b)[a-z]{2,}\b)")


#: What lies between two dates that share a verb: "and" and a short object without a verb of its own.
_GAPPED_AND = re.compile(r",?\s+and\s+(?P<object>(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+"
                         # (with what it is, between commas: "…and Bukavu, the capital of South Kivu, in mid-February")
                         r"(?:,\s+(?:the|a|an)\s+[^,;]{1,60},(?:\s+(?:in|on|at|during))?)?)\s+")


#: A past in a relative clause, before its date's preposition too: "that Seoul suspended [in]".
_PAST_IN_RELATIVE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: The comma that ends the date's own clause or aside before the main predicate: ", when", ", produced".
_OWN_CLAUSE_COMMA = re.compile(rf"^\s*,\s+(?=when\b|(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|will|"
                               rf"would)\b)(?:when\b)?")
#: Words before "that" that make it no relative pronoun: "said that", "so that", "now that".
_NOT_ANTECEDENTS = {"said", "says", "say", "told", "tells", "announced", "added", "noted", "warned", "stated", "reported",
                    "confirmed", "so", "such", "now", "than", "given", "except", "provided", "insisted", "argued", "claimed"}
#: A restrictive relative clause up to a date: " that had lasted most of [the previous decade]".
_RESTRICTIVE_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(?!(?:is|are|was|were)\s+(?:due|expected|scheduled)\b)[A-Za-z][^,;:()]*$")


def _relative_clauses_of(s: str, others: list[tuple[int, int]], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the non-restrictive relative clauses (", which …," / ", who …" to the end) that
    hold one of the `others` dates (start, end) and not the date at [start, end), in order, without overlaps."""
    spans: list[tuple[int, int]] = []
    for pos, other_end in sorted(others):
        # (the whole sentence is searched: an opener looks ahead to the date it holds)
        # (not inside the date itself, nor at the comma that closes it: "on Tuesday, 6 Jumada al-Akhirah 1448 AH,
        # corresponding to 17 November 2026, welcomed…" — the main verb follows)
        opener = next(reversed([o for o in _RELATIVE_OPENER.finditer(s) if o.start() < pos and not start <= o.start() < end
                                and not (o.start() == end
                                         and not re.match(r",\s+(?:who|which|whose|where|que|qui|che|cui|dont|donde|onde)\b",
                                                          s[end:]))]),
                      None)
        if opener is None or "," in s[opener.end():pos]:
            continue
        close = s.find(",", other_end)  # not the comma inside "July 22, 2022"
        if close >= 0 and not s[other_end:close].strip() and re.fullmatch(r",\s*(?:and\s+)?", s[close:start]):
            continue  # "…, who were listed in January 2024, June 2024 and…": a list of the clause's dates, ours in it
        hi = close + 1 if close >= 0 else len(s.rstrip(" .;"))  # ", which began Friday," goes whole
        if opener.start() <= start < hi or (spans and opener.start() < spans[-1][1]):
            continue
        spans.append((opener.start(), hi))
    return spans


#: ", which …", ", who …", and a participle's ", first held in 2021," or ", originally scheduled for March,"
#: Past participles that do not end in -ed, as an aside's participle may ("drawn up in October").
#: Participles spelled like their present, which "has" or "had" makes participles ("split", a noun too, is
#: one only here).
_PERFECT_LIKE_PRESENT = rf"{words_pattern(PAST_LIKE_PRESENT)}|split|broadcast"
_IRREGULAR_PARTICIPLES = (r"held|signed|made|won|built|set|drawn|taken|given|written|shown|chosen|broken|driven|sworn|"
                          r"brought|bought|fought|sought|found|kept|sent|struck|begun|led|put|laid|paid|lost|seen|known|spent|sold|told|left")
#: A participle after a comma opens a phrase of its own: ", first held in 2021," ", originally scheduled…"
_PARTICIPLE_PHRASE = (rf"(?:(?:first|once|last|originally|initially|jointly)\s+)?(?:\w{{3,}}ed|{_IRREGULAR_PARTICIPLES})\b"
                      # (not before "that" or an infinitive: "expected to resume"; but "circulated to members", "sent to the
                      # council")
                      r"(?!\s+that\b)(?!\s+to\s+(?!(?:the|a|an|its|their|his|her|all|both|[A-Z]|\w+s)\b))"
                      # "…, all run by military governments that seized power between 2020 and 2023,"
                      r"|(?:all|both|each|most|many|some)\s+(?:\w{3,}ed|run|led|held|made|won|built|set|born|known)\s+by\b")
_RELATIVE_OPENER = re.compile(rf",\s+(?:who\b|which\b|whose\b|where\b|(?-i:que|qui|che|cui|dont|donde|onde)\b|(?={_PARTICIPLE_PHRASE})"
                              # …in any language: a short phrase set off by commas that opens with a lower-case
                              # word and names its date within three words (", lancés en mai 2023,")
                              r"|(?=[^\W\d_A-Z][^\W\d_]*\s+(?:[^\W\d_]+\s+){0,2}?\d[^,]{0,30},))")


#: A German title opening with its finite verb (an adverb maybe before it), then its subject: "Haben russische
#: Drohnen ein Kraftwerk getroffen", "Bereits war die Stadt Ziel schwerer Angriffe gewesen".
_GERMAN_VERB_FIRST = re.compile(r"(?:(?:Bereits|Schon|Zuvor|Zuletzt|Auch|Noch|Erst|Dann|Danach|Damals|Außerdem|Zudem)\s+)?"
                                r"(?P<verb>(?i:haben|hat|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|will|wollen|"
                                r"soll|sollen|kann|können|muss|müssen))\s+"
                                # (an article's noun phrase ends at its noun, or its genitive: "die Stadt", "die Minister
                                # der NATO"; a name may take two words: "Präsident Selenskyj")
                                r"(?P<subject>(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}"
                                r"[A-ZÄÖÜ][\wäöüß-]*(?:\s+(?:der|des)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*)?"
                                # (a role and a full name: "Verteidigungsminister Boris Pistorius")
                                r"|[A-ZÄÖÜ][\wäöüß-]*(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|sprecher|"
                                r"sprecherin|chef|chefin)\s+[A-ZÄÖÜ][\wäöüß-]*\s+[A-ZÄÖÜ][\wäöüß-]*"
                                r"|(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*(?:\s+[A-ZÄÖÜ][\wäöüß-]*)?"
                                # (or a pronoun: "[Vergangene Woche] war es an der Grenze zu Schüssen gekommen")
                                r"|(?-i:es|er|sie|wir|man))"
                                r"\s+(?P<rest>(?=\S).*\S)\s*$")


_GERMAN_WORD = re.compile(r"\b(?:der|die|das|den|dem|des|ein|eine|einen|einem|und|mit|nicht|zum|zur|vom|für|auf|sich|nach|"
                          r"hatte|hatten|wurde|wurden|werden|sind)\b(?!\s+(?:in|on|at|of)\b)")


def _finish_title(title: str, gazetteer: Gazetteer) -> str:
    title = re.sub(r"^[\s\-–—:;,.*•·▪►●_]+", "", title)  # "1988 - Armenians vote…", "* Feb. 24, 2022: Troops…", AP's "_"
    # "⚡️, the enemy launched…", "🔴 Missile threat", "1/ The ministers met…": a feed's symbols and a thread's numbering
    title = re.sub(r"^(?:[^\w\s\"“‘'`«„(\[¿¡$€£#@]+[\s,:;.\-–—]*|\d{1,2}/\d{0,2}(?:[\s,]+|$))+", "", title).strip()
    title = title.strip()
    title = shorten_people(title[dateline_end(title):], gazetteer)  # (a wire dateline first: the style is the same after it)
    # "The Quad mediators — the United States, Saudi Arabia… — proposed a pause": an aside between dashes goes
    title = re.sub(r"\s+(?:—|–|--)\s+[^—–]{2,160}?\s+(?:—|–|--)\s+(?=[a-z])", " ", title)
    if ", " in title and _language_of(title) in _A_IS_A_PREPOSITION:
        # "assinaram[ na terça-feira], em Kigali, um novo acordo": a place the date's commas set off goes on unset
        title = _ROMANCE_PLACE_SET_OFF.sub(r" \g<2> ", title, count=1)
    # …as does a relative clause about the subject, closed before its verb: "The M23 group, which is backed by
    # Rwanda, seized Goma"
    aside = _ENCLOSED_RELATIVE.search(title, 0, 200)
    # (not one about an object, before a closing attribution: "…a truce before the start, which is expected to
    # begin, diplomats said")
    if aside is not None and not re.search(r"[,;]", title[:aside.start()]) \
            and not (re.search(r"\b(?:is|are|was|were|has|have|had|will)\b", title[:aside.start()])
                     and _ATTRIBUTION_TAIL.match(", " + title[aside.end():].strip(" ,.;"))):
        title = title[:aside.start()] + " " + title[aside.end():]
    # "Two decades on from the first surveys, drilling began…": a count from another happening, which dates nothing
    # of its own here, opens the sentence
    title = re.sub(r"^(?:[\w-]+\s+){1,2}(?:years?|decades?|months?|weeks?|days?)\s+on"
                   r"(?:\s+(?:from|after|since)\s+[^,;]{1,60})?,\s+(?=[A-Za-z])", "", title)
    # (a name's "The" goes, but not a month's or a weekday's: "The July clashes")
    title = re.sub(rf"^(?:the|The)\s+(?=[A-Z])(?!{_CALENDAR_WORD.pattern}\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s)", "",
                   title.strip())  # ("The Aug. 7 blasts")
    title = re.sub(r"^(?:And|But|So|Yet|Also)\b,?\s+(?=\S)", "", title)
    # "[but ]that clashes in Marib had increased": a reported clause's "that" is no demonstrative
    title = re.sub(r"^[Tt]hat\s+(?=(?:(?:the|a|an|its|their|his|her)\s+|[a-z]+(?:es|[^siu\W]s)\s+)[^,;]{0,60}?\b"
                   r"(?:had|has|have|was|were|is|are|would|will|could|[a-z]{3,}ed)\b)", "", title)
    if re.match(r"(?:[Ww]here|[Ww]hereupon)\s", title) and _VERB.search(title):  # "…State, where the White Army overran…"
        title = title.split(None, 1)[1]  # "But, Attorney General Janet Reno lifted…"
    title = re.sub(r"^(?:Starting|Beginning|Effective|As\s+of|From|Until|Since|By)\s*,\s+(?=\S)", "", title)  # "[next month]"
    # "In the first nine months [of last year], the mission recorded…": the stretch whose year went
    title = re.sub(r"^(?:In|During|Over|For)\s+the\s+(?:first|last|past|final)\s+(?:\w+\s+)?(?:days|weeks|months|years|"
                   r"quarters?|half)\s*,\s+(?=\S)", "", title)
    # "In addition, 73 soldiers were killed…", "Nonetheless, concern…": a link to the sentence before
    # ("From 1992 to 1994, by contrast, they met…" leaves one in lower case)
    title = re.sub(r"^(?i:However|Meanwhile|Nonetheless|Nevertheless|In\s+addition|Moreover|Separately|Instead|Still|"
                   r"Furthermore|Indeed|In\s+return|In\s+exchange|In\s+response|Earlier|Later|Elsewhere|Besides|Likewise|"
                   r"Similarly|Finally|Lastly|Firstly|Secondly|Thirdly|Above\s+all|Looking\s+(?:further\s+)?(?:ahead|forward|back)|"
                   r"Going\s+forward|As\s+a\s+result|In\s+the\s+meantime|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|"
                   r"For\s+now|In\s+turn|That\s+said|Even\s+so|All\s+the\s+same|Before\s+(?:that|then)|After\s+that|Since\s+then|By\s+then|Until\s+then|Until\s+now),\s+"
                   r"(?=\S)", "", title)
    # (…without its comma too before a subject: "Before that there's a donors' conference")
    title = re.sub(r"^(?:Before\s+(?:that|then)|After\s+that|Since\s+then|By\s+then|Until\s+then)\s+"
                   r"(?=(?:there|he|she|they|we|I|the|a|an)\b)", "", title)
    # "[00:09:30] HOST: The minister said…": a transcript's time code goes, and its speaker after it
    title = re.sub(r"^[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])]\s*", "", title)
    # "A: He spoke to the minister yesterday": a transcript's answer label
    title = re.sub(r"^(?:A|Answer)\s*[:.](?:\s*,)?\s+(?=\S)", "", title)  # (", " left where its opening date went)
    # "[In der Nacht zum Sonntag] haben russische Drohnen ein Kraftwerk getroffen": German puts the verb second, so
    # a fronted date leaves it first; it goes back after its subject
    inverted = _GERMAN_VERB_FIRST.match(title)
    if inverted is not None and _GERMAN_WORD.search(title):  # (German's own small words say it is German)
        title = f"{inverted['subject'][:1].upper()}{inverted['subject'][1:]} {inverted['verb'].lower()} {inverted['rest']}"
    # "If the talks go ahead, negotiators could sign a framework [in January]": the condition is no part of what
    # the date tells
    # (not when a saying's source follows, which the condition is part of what it says: "If…, he added, they…")
    conditional = re.match(r"(?:If|Unless|Provided\s+that|As\s+long\s+as)\s[^,;]{3,120},\s+(?=[a-z])"
                           r"(?![\w'’ ]{1,40}\s(?:said|says|added|adds|told|noted|warned|argued|insisted)\b)", title)
    if conditional is not None and (_VERB.search(title, conditional.end()) or re.match(
            r"[^,;]{2,60}?\s(?:could|would|will|may|might|must|should|can)\s", title[conditional.end():])):
        title = title[conditional.end():]
    # "[The next year] brought a short-lived ceasefire", "[2021] saw renewed clashes": the date was the subject,
    # and what it brought is the happening
    # (an article the date's span left: "[The late 1980s] saw the first joint commission")
    title = re.sub(r"^(?:The\s+|the\s+)?(?:[Bb]rought|[Ss]aw|[Ww]itnessed|[Uu]shered\s+in)\s+"
                   r"(?=(?:an?|the|new|renewed|more|fresh|further|first|\d)\b)", "", title)
    # "AFP: The Japanese prime minister said…", "Spokesperson: The coast guard…": a transcript's speaker goes
    title = re.sub(r"^(?:Q|A|AFP|AP|Reuters|Bloomberg|Xinhua|TASS|Spokesperson|Spokesman|Spokeswoman|Moderator|Question|Answer)"
                   r"\s*:\s+(?=[A-Z\"“])", "", title)
    # (…as does a briefing's speaker in capitals: "MR. HALE: They spoke on Saturday", "QUESTION: Did he…")
    title = re.sub(r"^(?:(?:MR|MS|MRS|DR)\.?\s+)?[A-Z][A-Z'’-]{1,20}(?:\s+[A-Z][A-Z'’-]{1,20}){0,2}\s*:\s+(?=\S)", "", title)
    # (…and the topic it turns to: "On Sudan, the truce expired at midnight")
    title = re.sub(r"^On\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+(?=(?:the|a|an|our|we|I|he|she|they|it)\s)", "", title)
    # "By an Order [of 3 September 2026], the Court had fixed…": the instrument, its date gone, goes
    title = re.sub(r"^(?:By|In|Under|Through)\s+(?:an?|its|the|their)\s+(?:[Oo]rder|[Dd]ecision|[Dd]ecree|[Rr]esolution|[Ll]etter|"
                   r"[Nn]ote|[Rr]uling|[Jj]udgment|[Jj]udgement)\s*,\s+(?=\S)", "", title)
    # "At the invitation of Foreign Minister Wang Yi, Szijjarto will pay…": the occasion's opener goes
    title = re.sub(r"^(?:At|On)\s+the\s+(?:invitation|request|initiative)\s+of\s+[^,;]{2,80},\s+(?=\S)", "", title)
    # "THE PEACE PLAN: Diplomats spent…": a newsletter's topic in capitals goes
    title = re.sub(r"^[A-Z][A-Z'’&\- ]{2,40}:\s+(?=[A-Z])", "", title)
    # "Coming up: NATO foreign ministers meet…", "What's next: …": a digest's section label goes
    title = re.sub(r"^(?:Coming\s+up|Up\s+next|Next|Ahead|Looking\s+ahead|What['’]s\s+next|Background|Context|"
                   r"In\s+brief|Also|Elsewhere|Quote\s+of\s+the\s+day)\s*:\s+(?=[A-Z\"“])", "", title)
    # "on the Middle East: I will travel to the region": the topic a speaker announces goes
    title = re.sub(r"^(?:[Oo]n|[Aa]s\s+for|[Rr]egarding|[Cc]oncerning)\s+[^:;,]{1,60}:\s+(?=\S)", "", title)
    # "[a year] earlier than the bloc had agreed [in June]": the comparison's own clause is what the date tells
    title = re.sub(r"^(?:(?:an?|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
                   r"(?:earlier|later|sooner)\s+than\s+(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z])\S*\s+"
                   r"(?:[\w'’-]+\s+){0,3}?(?:had|has|have|was|were|did|[a-z]{3,}ed)\b)", "", title)
    title = _ACRONYM_ASIDE.sub("", title)  # "the United Nations Mission in South Sudan (UNMISS)": the name says it
    title = _YEARS_ASIDE.sub("", title)  # "Abakar Mahamat (1961–2019)": a span of life, not what happened
    title = _trim(title)
    # "When the leaders initialled the agreement [on 21 November 1995], the war had…": the fronted clause
    # is what the date tells, and it stands alone once the main clause has gone (a comma before a name
    # is a list's: "the leaders of Bosnia, Croatia and Serbia")
    fronted = re.match(r"(?:When|Once|As\s+soon\s+as|After|Before)\s+(?=(?:(?:the|a|an|its|their|his|her)\s|[A-Z])(?:[^,;]|,\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and\b)))*$)", title)
    if fronted is not None and _VERB.search(title, fronted.end()):
        title = title[fronted.end()].upper() + title[fronted.end() + 1:]
    title = re.sub(r"\s+(?:is|are|was|were|will\s+be)$", "", title)  # "International Women's Day is [March 8]"
    title = re.sub(r"\s+(?:_|--?|—|–)$", "", title)  # "…around the days _": a dash left at the end
    title = _DANGLING_END.sub("", _relative_as_clause(title))
    # "Revenues fell 24%, as lower prices": a reason's clause whose verb went with another date's part goes whole
    reason = _VERBLESS_REASON_END.search(title)
    if reason is not None and not _VERB.search(title, reason.start("words")):
        title = title[:reason.start()]
    title = _one_of_them(title)
    return title[:1].upper() + title[1:]


#: A place set off by commas after a Romance verb, right before the verb's object: "assinaram, em Kigali, um".
_ROMANCE_PLACE_SET_OFF = re.compile(r"(?<=[^\W\d_])(,)\s+((?:em|en|à|a|in|na|no|au|ad)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),"
                                    r"\s+(?=(?:um|uma|un|una|une|uno|o|a|os|as|el|la|los|las|le|les|il|lo|gli|l['’]|des|dos|das)\b)")


#: A reason's or contrast's clause at a title's end, a few words long: ", as lower prices".
_VERBLESS_REASON_END = re.compile(r"(?:,\s+as|,?\s+(?:because(?!\s+of\b)|while|whereas|although|though))\s+(?P<words>[^,;:]{1,50})$")


#: A name's acronym in brackets after it: "(UNMISS)", "(RSF)".
_ACRONYM_ASIDE = re.compile(r"(?<=[a-z])\s+\((?:[A-Z][A-Za-z]?){2,8}\)")
_YEARS_ASIDE = re.compile(r"(?<=\w)\s+\((?:born\s+|b\.\s*|d\.\s*|died\s+)?\d{3,4}(?:\s*[–—-]\s*(?:\d{2,4}|present))?\)")
#: "Previous ceasefires, including one brokered [in May 2023]": the one that has the date.
_INCLUDING_ONE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?P<noun>[a-z][a-z-]{2,}s),?\s+(?:including|among\s+them|such\s+as)\s+"
                            rf"one\s+(?P<rest>(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b(?:[^,;]|(?<=\d),(?=\d))*)"
                            r"(?:[,;].*)?$", re.I)


#: "…held more than 50 exchanges since the war began, including one in June that returned 1,000
#: prisoners": the one of them that the date picks out, and what it did.
_INCLUDING_ONE_DATED = re.compile(r"\b(?:\d[\d,]*|[Ss]everal|[Mm]any|[Ss]ome|[Nn]umerous|[Mm]ultiple|[Oo]ther|[Pp]revious|"
                                  r"[Ee]arlier|[Pp]ast|[Ss]imilar|[Dd]ozens\s+of|[Hh]undreds\s+of)\s+(?:[a-z-]+\s+)?"
                                  r"(?P<noun>[a-z][a-z-]{2,}s)\b[^,;]{0,60},?\s+(?:including|among\s+them|such\s+as)\s+"
                                  # (a place of its own may come first: "including one on Beirut's southern suburbs on")
                                  r"one\s+(?:(?:on|in|at|near|against)\s+[^,;:()]{2,50}?\s+)?(?:(?:in|on|at|during)\s+)?$")
#: One thing set beside another of its kind: "the largest swap since the Cold War, surpassing one in…".
_ONE_LIKE_IT = re.compile(r"\b(?P<noun>[a-z][a-z-]{2,})(?=\s+(?:since|in|of|on|at|for|to|ever|yet|so)\b|,)[^;]{0,60}?,?\s+"
                          r"(?:surpassing|exceeding|eclipsing|topping|dwarfing|rivall?ing|like|unlike|after|than)\s+"
                          r"one\s+(?:(?:in|on|at|during)\s+)?$")
_WHAT_THE_ONE_DID = re.compile(rf"\s+(?P<relative>(?:that|which)\s+)?(?P<rest>(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                               r"(?:[^,;.]|(?<=\d)[,.](?=\d))*)")


#: ", leaving in 2024", ", killing 20 people on Monday": a closing participle clause that holds a date.
# (a few words quoted inside: ', saying more swaps were agreed "in principle" at talks in Istanbul [last week]')
_CLOSING_PARTICIPLE = re.compile(r",\s+(?P<verb>[a-z]{2,}ing)\b(?P<mid>(?:[^,;:()\"“”]|[\"“][^\"“”,;:]{1,30}[\"”]){0,80}?)"
                                 r"\s*(?:(?:on|in|at|during|by)\s+)?$")
#: Words in -ing that are no verbs of a participle clause.
_NOT_PARTICIPLES = {"including", "according", "during", "following", "regarding", "concerning", "pending", "nothing",
                    "something", "anything", "everything", "morning", "evening", "king", "thing", "ring", "spring"}


_RELATIVE_INSIDE = re.compile(r"\b(?:that|which|who|whose|when|after|before)\b")


#: ", setting up a runoff…", ", paving the way for a vote…", ", triggering a hearing…": a closing participle
#: that brings about a happening of the kind a date is set for.
_PLANNED_BY_PARTICIPLE = re.compile(
    r"\s+(?:up\s+|the\s+(?:way|stage)\s+for\s+|for\s+)?(?P<np>(?:a|an|the)\s+(?:(?!(?:at|in|on|of|by)\s)[\w-]+\s+){0,3}?"
    r"(?:run-?off|vote|votes|election|elections|referendum|summit|meeting|talks|hearing|trial|showdown|ballot|debate|"
    r"session|visit|retrial|rematch)\b[^,;]*?)\s*$")


_BRINGING_ABOUT = {"setting", "paving", "clearing", "triggering", "forcing", "prompting", "sparking", "scheduling",
                   "calling", "opening"}


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


def _planned_happening(sentence: Sentence, t: Timex) -> str | None:
    """", setting up a runoff between the two on Nov. 22": the date is the runoff's, and the runoff its title."""
    s = sentence.text
    start = t.start - sentence.start
    m = _CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    planned = _PLANNED_BY_PARTICIPLE.match(m["mid"]) if m is not None and m["verb"] in _BRINGING_ABOUT else None
    return planned["np"] if planned is not None else None


#: ", prompting the council to hold a session on Nov. 3": a closing participle that makes someone do
#: what the date dates.
_CAUSING = {"prompting", "forcing", "leading", "pushing", "causing", "allowing", "enabling", "persuading",
            "compelling", "spurring", "driving", "obliging", "pressing"}
_OPENING_THE_WAY = {"clearing", "paving", "opening"}
_MADE_TO_DO = re.compile(r"\s+(?P<who>(?!(?:to|it|him|her|them|us|me)\b)[^,;]{2,60}?)\s+to\s+(?P<base>[a-z]{2,})\b(?P<rest>.*)$")


#: A short noun phrase from its last determiner: "an appeal hearing", "Hungary's energy exemptions".
_DETERMINED_NP = (r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w'’.-]*['’]s)\s+"
                  r"(?:(?!(?:a|an|the|its|their|his|her)\s)[\w'’-]+\s+){0,4}?[\w'’-]+")
#: A subject pronoun inside such a phrase makes it an object relative ("a condition it also set…").
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|he|she|they|we|I|you)\b")
#: "…pending an appeal hearing scheduled for Jan. 12": a noun and the plan that dates it, right before the date.
_SCHEDULED_NOUN = re.compile(rf"(?P<np>{_DETERMINED_NP}"
                             # (or a bare plural of things held: "…was financing protests planned for Dec. 6")
                             r"|(?<=\s)(?:(?![a-z]+ing\b|the\b|a\b|an\b)[a-z-]{3,}\s+)?(?:protests|rallies|demonstrations|strikes|"
                             r"marches|elections|talks|negotiations|hearings|exercises|drills|celebrations|commemorations))\s+"
                             r"(?:(?:now|currently|tentatively|provisionally|originally|initially)\s+)?"
                             r"(?:(?:scheduled|slated|planned|due|expected)\s+(?:for|on|in|at)|set\s+for)\s+(?:the\s+)?$")


#: "…unless its energy exemptions, due to expire on Dec. 31, were extended": a plan set off by commas.
_DUE_ASIDE = re.compile(rf"(?P<np>{_DETERMINED_NP}),\s+"
                        r"(?P<due>(?:due|scheduled|set|expected|slated)\s+to\s+[a-z]+(?:\s+(?:up|off|out|down|again|office|power|effect|place))?)"
                        r"\s+(?:(?:on|in|at|by)\s+)?(?:the\s+)?$")


#: What is to be held, after the noun of its holding, right before its date: "provides for the holding of local elections
#: [in October 2028]", "prevê a realização das próximas eleições autárquicas [em outubro de 2028]", "la tenue d'élections".
_HELD_NOUN = re.compile(
    r"\b(?:(?:the\s+)?(?:holding|staging|organi[sz]ation|conduct)\s+of"
    r"|(?:a\s+)?realização\s+(?:de|dos|das|do|da)|(?:la\s+)?(?:celebración|realización|organización)\s+(?:de|del|de\s+las|de\s+los)"
    r"|(?:la\s+)?(?:tenue|organisation)\s+(?:de|d['’]|des|du)|(?:lo\s+)?svolgimento\s+(?:di|dei|delle|della|del)"
    r"|(?:la\s+)?celebrazione\s+(?:di|dei|delle|della|del))\s*"
    r"(?P<np>(?:[^\W\d_]+\s+){0,4}?(?:elections?|polls?|vote|referendum|talks|summit|census|ballot|conference|eleições|"
    r"elecciones|élections|elezioni|referendo|referéndum|référendum|cimeira|cumbre|sommet|vertice)"
    # (the Romance languages' adjectives come after: "eleições autárquicas")
    r"(?:\s+(?!(?:em|en|in|on|nel|nella|no|na|a|au|el|le|il|the)\b)[^\W\d_]+){0,2})\s+"
    r"(?:(?:on|in|by|em|en|nel|nella|a|au|el|le|il|no|na)\s+)?(?:the\s+)?$", re.IGNORECASE)


def _held_noun(sentence: Sentence, t: Timex) -> str | None:
    """"…an agreement that provides for the holding of local elections in October 2028": the elections are that date's."""
    m = _HELD_NOUN.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    return m["np"][:1].upper() + m["np"][1:] if m is not None else None


#: A Romance noun phrase that a day word qualifies, right before it: "dopo [i colloqui] di ieri", "[les discussions]
#: d'hier", "[las conversaciones] de ayer", "[as conversas] de ontem".
_ROMANCE_NOUN_OF_DAY = re.compile(r"(?<![\w'’])(?P<np>(?:i|il|gli|lo|le|la|l['’]|los|las|el|les|os|as|o|a)\s*[^\W\d_]{3,}"
                                  r"(?:\s+[^\W\d_]{3,})?)\s+(?:di|de|d['’]|del|do|da)\s*$", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?:ieri|oggi|hier|aujourd['’]hui|ayer|hoy|ontem|hoje|l['’]altro\s+ieri|avant-hier|anteayer|anteontem)",
                       re.IGNORECASE)


def _romance_noun_of_day(sentence: Sentence, t: Timex) -> str | None:
    """"…dopo i colloqui di ieri in Florida tra le delegazioni": the talks, and what follows them up to the clause's end."""
    if not _DAY_WORD.fullmatch(t.text):
        return None
    m = _ROMANCE_NOUN_OF_DAY.search(sentence.text, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    if m is None:
        return None
    rest = re.match(r"[^,;:()]*", sentence.text[t.end - sentence.start:]).group().rstrip(" .!?")
    np = m["np"]
    return f"{np[:1].upper()}{np[1:]}{rest}"


#: A Romance subject and the participle that qualifies it, up to its date, the main verb after the date: "[Il piano di
#: pace in 28 punti presentato dagli Stati Uniti] la settimana scorsa è stato ridotto", "[El acuerdo firmado en Doha] el
#: martes fue violado".
_ROMANCE_SUBJECT_PARTICIPLE = re.compile(
    r"^(?P<np>(?:il|lo|la|l['’]|i|gli|le|el|los|las|les|o|a|os|as|un|una|une|uno|um|uma)\s*[^,;:()]{2,60}?)\s+"
    r"(?P<part>[^\W\d_]{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|ado|ada|ados|adas|ido|ida|idos|idas|ée?s?))"
    r"(?P<mid>\s+(?:dagli|dalla|dal|dai|da|por|par|pelo|pela|pelos|en|em|in|a|à|au|nel|nella|no|na)\s+[^,;:()]{1,40}?)?"
    r"\s+(?:(?:el|la|le|il|lo|em|no|na|en|in)\s+)?$", re.IGNORECASE)
_ROMANCE_FINITE_AFTER = re.compile(r",?\s+(?:(?:nel\s+frattempo|già|ya|déjà|entretanto|ainda)\s+)?(?:(?:è|fu|sono|fue|fueron|est|"
                                   r"sont|fut|foi|foram|era|erano)\s"
                                   # (an auxiliary that is also a preposition, "a", with its participle)
                                   r"|(?:ha|hanno|han|a|ont|tem|têm)\s+(?:été|stato|stata|sido|[^\W\d_]{3,}(?:ato|ata|ito|ita|uto|"
                                   r"uta|ado|ada|ido|ida|ée?|i|u|it|is)\b))", re.IGNORECASE)
#: An auxiliary that makes the participle after it a finite verb's: "Meloni [ha] ricevuto", "Zelensky [è] arrivato".
_ROMANCE_AUXILIARY_END = re.compile(r"(?<!\w)(?:è|ha|hanno|sono|fu|è\s+stato|è\s+stata|fue|han|a|ont|est|sont|a\s+été|foi|"
                                    r"tem|têm|se|si|s['’]|era|erano|había|habían|avait|avaient|aveva|avevano|tinha)\s*$",
                                    re.IGNORECASE)


def _romance_subject_participle(sentence: Sentence, t: Timex) -> str | None:
    """"Il piano … presentato dagli Stati Uniti la settimana scorsa è stato ridotto": the date is the participle's, told
    as a passive of the subject ("Il piano … è stato presentato dagli Stati Uniti")."""
    lead = dateline_end(sentence.text)
    m = _ROMANCE_SUBJECT_PARTICIPLE.match(sentence.text[lead:t.start - sentence.start])
    if m is None or not _reads_romance(sentence.text) or not _ROMANCE_FINITE_AFTER.match(sentence.text, t.end - sentence.start) \
            or re.match(rf"(?:{_ROMANCE_NOT_PARTICIPLES})$", m["part"], re.IGNORECASE) \
            or _ROMANCE_AUXILIARY_END.search(m["np"]):
        return None
    np, part = m["np"], m["part"].lower()
    return f"{np[:1].upper()}{np[1:]} {_romance_passive(part, sentence.text)} {part}{m['mid'] or ''}"


#: A happening a count runs from, its date set off after it: "…since the start of the Russian invasion, [on February 24,
#: 2022]", "dall'inizio dell'invasione russa, [il 24 febbraio 2022]", "desde el inicio de la invasión rusa, [el 24 de…]".
_SINCE_NOUN_SET_OFF = re.compile(
    r"(?<!\w)(?P<prep>since|after|following|dall['’]|dal|dalla|dai|dalle|dagli|desde\s+(?:el|la|los|las|o|a|os|as)|"
    r"depuis\s+(?:le|la|les|l['’])|seit)\s*(?P<np>[^\W\d_][^,;:()]{2,80}?),\s+(?:(?:on|in|il|el|le|em|am|no|na)\s+)?$",
    re.IGNORECASE)


def _since_noun_set_off(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"It is his tenth visit since the start of the Russian invasion, on February 24, 2022.": the start of the invasion
    is that date's, not the visit."""
    if not re.match(r"\s*(?:[.;!?]|$)", sentence.text[_phrase_end(t, inside) - sentence.start:]):
        return None
    m = _SINCE_NOUN_SET_OFF.search(sentence.text, max(0, t.start - sentence.start - 110), t.start - sentence.start)
    if m is None or _VERB.search(m["np"]):
        return None
    prep = re.sub(r"\s+", " ", m["prep"].lower())
    article = _ROMANCE_ARTICLE_OF.get(prep) or (prep.split(" ", 1)[1] if " " in prep else "")
    np = m["np"]
    if prep in ("since", "after", "following", "seit") and not re.match(r"(?:the|a|an|its|their|his|her)\s", np, re.IGNORECASE) \
            and not np[:1].isupper():
        return None  # ("since talks began": a clause, told elsewhere)
    phrase = article + np if not article or article.endswith(("'", "’")) else f"{article} {np}"
    return phrase[:1].upper() + phrase[1:]


#: A Romance subject relative with no comma, its auxiliary first, up to its date: "…des émeutes qui avaient éclaté [le 13
#: mai 2024]", "…los combates que habían estallado [en abril]".
_ROMANCE_BARE_RELATIVE = re.compile(
    r"(?<![\w'’])(?P<art>des|les|la|le|l['’]|du|de\s+la|aux|au|los|las|el|del|al|i|gli|dei|delle|degli|dai|dalle|os|as|o|a|dos|das|do|"
    r"da)\s*(?P<noun>[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+(?:qui|que|che)\s+"
    r"(?P<rest>(?:avait|avaient|a|ont|est|sont|était|étaient|había|habían|ha|han|aveva|avevano|era|erano|è|sono|tinha|tinham|"
    r"foi|foram)\s+[^,;:()]{2,60}?)\s+(?:(?:le|el|il|em|no|na|en|a|au|nel|del)\s+)?$", re.IGNORECASE)
#: The article a preposition has taken in, told on its own: "des émeutes" are "les émeutes", "dall'inizio" is "l'inizio".
_ROMANCE_ARTICLE_OF = {"des": "les", "du": "le", "de la": "la", "aux": "les", "au": "le", "del": "el", "al": "el", "dei": "i",
                       "dall'": "l'", "dall’": "l’", "dal": "il", "dalla": "la", "dagli": "gli",
                       "delle": "le", "degli": "gli", "dai": "i", "dalle": "le", "dos": "os", "das": "as", "do": "o", "da": "a"}


def _romance_bare_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"L'archipel sortait à peine des émeutes qui avaient éclaté le 13 mai 2024 et fait quatorze morts": "Les émeutes
    avaient éclaté et fait quatorze morts" (what the clause says of its noun, and the rest of its predicate)."""
    start = t.start - sentence.start
    m = _ROMANCE_BARE_RELATIVE.search(sentence.text, max(0, start - 120), start)
    if m is None or not _reads_romance(sentence.text):
        return None
    article = re.sub(r"\s+", " ", m["art"].lower())
    article = _ROMANCE_ARTICLE_OF.get(article, article)
    more = re.match(r"\s+(?:et|y|e)\s+[^,;:()]{2,60}?(?=\s*(?:[,;:.!?]|$))", sentence.text[_phrase_end(t, inside) - sentence.start:])
    joined = "" if article.endswith(("'", "’")) else " "
    return f"{article[:1].upper()}{article[1:]}{joined}{m['noun']} {m['rest']}{more.group() if more else ''}"


def _scheduled_noun(sentence: Sentence, t: Timex) -> str | None:
    """The title of a date a reduced relative of plan gives a noun: "an appeal hearing scheduled for Jan. 12"."""
    aside = _DUE_ASIDE.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if aside is not None and re.match(r"\s*,", sentence.text[t.end - sentence.start:]) \
            and not _SUBJECT_PRONOUN.search(aside["np"]):
        return f"{aside['np']} {aside['due']}"  # "Its energy exemptions due to expire"
    m = _SCHEDULED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    while m is not None and _VERB.search(m["np"].split(None, 1)[-1]):
        # (a noun phrase that ran over a verb is a clause's: "The army cancelled [joint drills] scheduled for…")
        m = _SCHEDULED_NOUN.search(sentence.text, m.start() + 1, t.start - sentence.start)
    if m is None or _SUBJECT_PRONOUN.search(m["np"]):
        return None  # ("a condition it also set…": an object relative, not a plan)
    if re.match(rf",?\s+(?:{_AUXILIARY}|would)\b", sentence.text[t.end - sentence.start:]):
        # "A meeting planned for Thursday was called off": what became of the plan is the title (a full date's comma
        # may stand between: "Elections scheduled for Dec. 24, 2021, were postponed")
        return None
    if m["np"][:1].islower() and not re.match(r"(?:a|an|the|its|their|his|her)\s", m["np"]):
        # a bare plural is told with its plan, as a headline tells it: "Protests planned"
        return f"{m['np']} {re.search(r'scheduled|slated|planned|due|expected|set', m.group()[len(m['np']):]).group()}"
    return m["np"]


def _caused_happening(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…seized the city, prompting the Security Council to hold an emergency session on Nov. 3": the
    date is the session's, told with its doer and the verb in the past ("Security Council held…")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    made = _MADE_TO_DO.match(m["mid"]) if m is not None and m["verb"] in _CAUSING | _OPENING_THE_WAY else None
    if made is None or made["base"] in ("be", "have"):
        return None
    close = _CLAUSE_CLOSE.search(s, _phrase_end(t, inside) - sentence.start)
    tail = s[_phrase_end(t, inside) - sentence.start:close.start()]
    if m["verb"] in _OPENING_THE_WAY:
        # "…, clearing the way for U.N. sanctions to return at the end of the month": what the way is
        # cleared for is still to come, told as a headline tells a plan ("U.N. sanctions to return")
        way = re.match(r"the\s+(?:way|door|path|ground)\s+(?:for|to)\s+", made["who"])
        if way is None:
            return None
        return f"{made['who'][way.end():]} to {made['base']}{made['rest']}{tail}".strip()
    return f"{made['who']} {past_of_base(made['base'])}{made['rest']}{tail}".strip()


#: "…after winning the party leadership earlier that month": a gerund a subordinator governs, its date
#: right after it; the doer is the sentence's subject.
_GOVERNED_GERUND = re.compile(r"\b(?:after|before|since|upon|while)\s+(?P<verb>[a-z]{2,}ing)\b"
                              r"(?P<mid>[^,;:()\"“”]{0,90}?)\s*(?:(?:on|in|at|during|by)\s+)?$")


def _governed_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Takaichi became prime minister on Oct. 21, after winning the leadership earlier that month":
    the later date is the winning's, told "Takaichi won the leadership"."""
    s = sentence.text
    start = t.start - sentence.start
    m = _GOVERNED_GERUND.search(s, max(0, start - 110), start)
    passive = m is not None and m["verb"] == "being" and re.match(r"\s+(?:\w+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b", m["mid"])
    if m is None or m["verb"] in _NOT_PARTICIPLES or _RELATIVE_INSIDE.search(m["mid"]) \
            or m["verb"] in ("being", "having") and not passive:
        return None
    # "…a ceasefire in August 2023 that was extended once before lapsing in August 2024": the relative
    # clause's noun lapsed
    relative = _GERUND_AFTER_RELATIVE.search(s, 0, m.start())
    main = s[:m.start()]
    for other in inside:  # "In November 2012 it had seized Goma…": an opening date without its comma goes
        lead = re.match(r"(?:In|On|At|By|During)\s+$", s[:other.start - sentence.start])
        if lead is not None and other is not t:
            main = s[other.end - sentence.start:m.start()].lstrip(" ,")
            main = main[:1].upper() + main[1:]
    reported = _REPORTED_MODAL.search(main) if not relative and not passive else None
    if reported is not None and not re.search(r"[,;]", main[reported.end():]):
        # "Officials said she would arrive in Riyadh on Thursday … before returning to London at the weekend": the
        # returning is what was said too ("Officials said she would return to London")
        close = _CLAUSE_CLOSE.search(s, _phrase_end(t, inside) - sentence.start)
        tail = s[_phrase_end(t, inside) - sentence.start:close.start()]
        return f"{reported.group(0).strip()} {base_of_participle(m['verb'])}{m['mid']}{tail}".strip()
    subject = relative["np"] if relative else _subject_of(main)
    nearest = list(re.finditer(r"\b(?:where|when|and)\s+(?P<pronoun>he|she|they)\s+(?:will|would|had|has|have)\b", main))
    if subject is None and nearest:  # "…will travel to Addis Ababa, where she will meet officials … before returning…"
        subject = _antecedent_of(nearest[-1]["pronoun"], s)
    # (a pronoun will do for a passive: "…it had seized Goma, before being pushed back the following year by
    # the army" is "It was pushed back by the army", for the reader of the sentence before to resolve)
    if subject is None or not passive and re.search(r"\b(?:he|she|they|it|we|I)\b", subject, re.I) and len(subject.split()) == 1:
        return None
    close = _CLAUSE_CLOSE.search(s, _phrase_end(t, inside) - sentence.start)
    tail = s[_phrase_end(t, inside) - sentence.start:close.start()]
    if passive:  # "…before being pushed back": the subject was pushed back
        return f"{subject[:1].upper()}{subject[1:]} {_be_for(subject)}{m['mid']}{tail}".strip()
    if re.search(r"\b(?:will|'ll|shall)\s+", main):  # "Blinken will hold talks…, before flying to Yerevan on Wednesday"
        return f"{subject} will {base_of_participle(m['verb'])}{m['mid']}{tail}".strip()
    return f"{subject} {past_of_participle(m['verb'])}{m['mid']}{tail}".strip()


#: A clause cut with its antecedent, whose relative has a verb of its own: "a siege that began…".
_RELATIVE_WITH_VERB = re.compile(rf"(?:(?:the|a|an|its|their|his|her)\s+)?[^,;]{{0,60}}?\b(?:that|which|who)\s+"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


def _partitive_relative_title(sentence: Sentence, t: Timex) -> str | None:
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
    noun = re.sub(r"^(?:the|a|an|its|their|his|her|our)\s+", "", owner["np"])
    return f"{part} of the {noun} {m['rest']}".strip()


#: ", the latest of which ended [on Friday]", ", one of whom was freed [in May]".
_PARTITIVE_RELATIVE = re.compile(r",\s+(?P<part>(?:the\s+)?(?:latest|last|first|most\s+recent|largest|biggest|deadliest|"
                                 r"second|third)|one|some|most|all|several|two|three|four|many)\s+of\s+(?:which|whom)\s+"
                                 r"(?P<rest>[^,;:()\"“”]{3,80}?)\s+(?:(?:on|in|at|during|by)\s+)?$")
#: The object of the clause before a comma: "…have hosted [large exercises in their northern regions]".
_OBJECT_BEFORE_COMMA = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|held|holds|hosts|has|have|had|includes?)\s+"
                                  # (no adverb between: "has [since] held two large drills")
                                  rf"(?P<np>(?!(?:been|be|that|to|[a-z]{{3,}}ed|since|already|also|just|again|not|never|[a-z]+ly|"
                                  rf"{words_pattern(PLAIN_PASTS)})\b)[^,;:()\"“”]{{3,80}})$")


def _appositive_contact_title(sentence: Sentence, t: Timex) -> str | None:
    """"…would not sign any deal that did not bind Ethiopia, a position he first took in 2021": a closing
    noun whose own clause holds the date, told as that clause ("Al-Burhan first took the position"; "…, a
    demand Yerevan says it will put to a referendum in 2027" → "Yerevan will put the demand to a referendum")."""
    s = sentence.text
    m = _APPOSITIVE_CONTACT.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or (not m["modal"] and not re.fullmatch(rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}", m["verb"])) \
            or m["verb"] in ("the", "a", "an", "its", "their", "not", "be", "been") \
            or re.search(r"\s(?:until|till|since|from)$", m["rest"]):
        return None  # (a bound is no day of the doing: ", a post he held [until 2013], when he was appointed…")
    doer = m["doer"]
    if doer.lower() in ("he", "she", "they", "we"):
        lead = dateline_end(s)
        doer = _subject_of(s[lead:]) or doer  # the sentence's subject is who "he" is
    return f"{doer} {m['modal'] or ''}{m['adverb'] or ''}{m['verb']} the {m['noun']}{m['rest']}"


#: ", a position he first took [in 2021]", ", a record she set [in 2019]", ", a demand Kyiv says it will
#: discuss with Brussels [in April]": a noun and its contact clause, whose object the noun is.
_APPOSITIVE_CONTACT = re.compile(
    r",\s+(?:a|an|the)\s+(?P<noun>[a-z]+(?:\s+[a-z]+)?)\s+(?:that\s+|which\s+)?"
    r"(?P<doer>he|she|they|we|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+"
    r"(?:(?:says|said|has\s+said)\s+(?:it|he|she|they|we)\s+)?"
    r"(?P<modal>(?:will|plans\s+to|intends\s+to|hopes\s+to|wants\s+to|is\s+to|are\s+to|has\s+agreed\s+to)\s+)?"
    r"(?P<adverb>(?:first|last|later|once|already|also)\s+)?"
    r"(?P<verb>[a-z]{2,})(?P<rest>(?:\s+(?!(?:in|on|at|during|by)\s*$)[\w'’-]+){0,6}?)\s+(?:(?:in|on|at|during|by)\s+)?$")


_GERUND_AFTER_RELATIVE = re.compile(r"\b(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+)"
                                    r"(?:\s+(?:in|on|at|of)\s+[^,;]{1,30}?)?\s+(?:that|which)\s+(?:was|were|had\s+been|has\s+been)"
                                    r"\s+[a-z]{3,}ed(?:\s+[^,;]{0,40}?)?\s*$")


_LEAD_WORDS = re.compile(r"(?:(?:[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Ii]n|[Oo]n|[Aa]t|[Bb]y|[Ll]ast|[Dd]uring)\s+)*")


def _closing_participle_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Russian peacekeepers deployed to the region [in 2020], leaving in 2024": the date of a closing
    participle clause is its own happening, told with the sentence's subject and the verb in the past
    ("Russian peacekeepers left")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    if m is None or m["verb"] in _NOT_PARTICIPLES or not any(o.end - sentence.start <= m.start() for o in inside) \
            or _RELATIVE_INSIDE.search(m["mid"]) \
            or re.search(r"\s(?:it|they|he|she|we)\s+(?:had\s+)?(?:[a-z]{3,}ed|" + words_pattern(PLAIN_PASTS) + r")(?:\s+(?:in|on|at|last))?\s*$",
                         m["mid"]):
        return None  # (", ending a standoff that began [in the spring]": the date is the relative clause's; as it is in
        # ", reversing a boycott it announced [three weeks ago]")
    if re.match(rf"\s*,?\s*{_WHEN_WORD}\s", s[_phrase_end(t, inside) - sentence.start:]):
        return None  # (", reviving memories of 2017, when a similar outage preceded…": the when-clause tells it)
    joined = list(_JOINED_CLAUSE.finditer(s, 0, m.start()))  # "…, and Russian peacekeepers deployed…, leaving"
    clause = s[joined[-1].end():] if joined else s
    # ("Earlier this month, the air force carried out…": a date that opens the clause is no part of its subject)
    lead = len(s) - len(clause)
    opening = next((o for o in inside if lead <= o.start - sentence.start <= lead + _LEAD_WORDS.match(clause).end()
                    and re.match(r"\s*,\s", s[o.end - sentence.start:])), None) if not joined else None
    if opening is not None:
        clause = s[opening.end - sentence.start:].lstrip(" ,")
    subject = _subject_of(clause[:1].upper() + clause[1:])
    if subject is None:
        return None
    # ("The Treasury Department on Thursday extended…": the main verb's date is no part of its subject)
    subject = re.sub(rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today|last\s+week|this\s+week)$", "",
                     subject)
    past = past_of_participle(m["verb"])
    rest = _CLAUSE_CLOSE.search(s, _phrase_end(t, inside) - sentence.start)
    tail = s[_phrase_end(t, inside) - sentence.start:rest.start()]
    # ("…, pushing the expiry to Feb. 18": the date's preposition goes with it)
    mid = re.sub(r"\s+(?:to|on|in|at|until|till|by|for|from|into)\s*$", "", m["mid"]) if not tail.strip(" .") else m["mid"]
    return f"{subject} {past}{mid}{tail}".strip()


def _one_dated_of_them(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"An exchange returned more than 1,000 prisoners": the title of a date that picks out one of the
    things a sentence counts."""
    s = sentence.text
    start = t.start - sentence.start
    m = _INCLUDING_ONE_DATED.search(s, max(0, start - 140), start)
    did = _WHAT_THE_ONE_DID.match(s, _phrase_end(t, inside) - sentence.start)
    if did is None:
        return None
    if m is None:
        # "the largest such swap since the Cold War, surpassing one in August 2024 that freed 26 people"
        like = _ONE_LIKE_IT.search(s, max(0, start - 140), start)
        if like is None:
            return None
        noun = like["noun"]
        return f"{'An' if noun[0] in 'aeiou' else 'A'} {noun} {'' if did['relative'] else 'was '}{did['rest'].strip()}"
    return _one_of_them(f"{m['noun']} including one {did['rest']}", passive=not did["relative"])


def _one_of_them(title: str, passive: bool = True) -> str:
    """"A ceasefire was brokered": the one of the things named that the title's date is about, told as
    a clause ("including one brokered…" is passive, "including one that returned…" active)."""
    m = _INCLUDING_ONE.match(title)
    if not m:
        return title
    noun = m["noun"]
    singular = noun[:-3] + "y" if noun.endswith("ies") else noun[:-2] if noun.endswith(("ches", "shes", "sses")) else noun[:-1]
    article = "An" if singular[:1].lower() in "aeiou" else "A"
    return f"{article} {singular} {'was ' if passive else ''}{m['rest']}"


#: A title that is a noun phrase and its relative clause only: "The general who led the coup", "The
#: deal, which takes effect [on Sunday]".
#: What a relative clause that tells a happening opens with: a past ("who led"), a passive or perfect
#: ("who was dismissed", "which has hosted"), an announced future ("which is expected to rule") or a
#: present of schedules ("which takes effect").
_RELATIVE_PREDICATE = (rf"(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                       # (a perfect of a past spelled like its present: "which has split the island")
                       rf"|(?:has|have|had)\s+(?:{_PERFECT_LIKE_PRESENT})"
                       r"|(?:is|are)\s+(?:expected|due|set|scheduled|likely|poised)\s+to"
                       # a modal's happening: "His father, who could come to the U.S. [as early as Tuesday]"
                       r"|(?:could|would|will|might|may|can|must|should)\s+(?:not\s+)?[a-z]{3,}"
                       rf"|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|takes|begins|ends|starts|expires|comes|runs|opens|closes"
                       # (a past that looks like a present, after "who" and before its object or particle: "who cut
                       # his forecast", "which shut down")
                       rf"|(?:(?<=\bwho\s)|(?<=\bwhich\s))(?:{words_pattern(PAST_LIKE_PRESENT)})"
                       r"(?=\s+(?:his|her|their|its|the|a|an|down|up|off|out)\b)"
                       # (a plural's too: "The talks that start [next Tuesday]")
                       r"|(?:(?<=\bthat\s)|(?<=\bwhich\s))(?:take|begin|end|start|expire|come|run|open|close|meet|resume|return)"
                       r"(?=\s|$))")
_NOUN_AND_RELATIVE = re.compile(rf"^(?P<noun>[^,;]{{2,70}}?),?\s+(?:who|that|which)\s+"
                                # "which last met", "who first arrived": an adverb may come first
                                rf"(?P<rest>(?:(?:last|first|later|earlier|recently|once|also|then|initially|originally|"
                                rf"previously|nearly|almost|finally|eventually|quickly|soon|again|only|just|briefly)\s+)?"
                                rf"(?P<lead>{_RELATIVE_PREDICATE})\b.*)$")
#: A person named by a capitalised title and what it is of, then "who": the title is who, named with its
#: first "of" ("The Special Representative of the OSCE Chairperson-in-Office [for the … Process], who is…").
_TITLED_PERSON_WHO = re.compile(r"(?P<head>(?:(?:The|A|An)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*"
                                r"(?:\s+(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*)?)"
                                rf"(?:\s+(?:for|in|at|to|of|on)\s+[^,;]{{1,100}})?,\s+who\s+(?P<rest>(?:{_RELATIVE_PREDICATE}\b|(?:is|are|was|were)\s+(?:on|in|at)\s).*)$")
#: A title left as a noun phrase and its participle aside: "The party's congress, originally planned".
_NOUN_AND_PARTICIPLE = re.compile(r"^(?P<noun>(?:The|A|An|Its|Their|His|Her|[A-Z][\w'’.-]*['’]s)\s+[^,;]{1,50}),\s+"
                                  r"(?P<participle>(?:(?:first|originally|initially|once|previously|later)\s+)?"
                                  r"(?:[a-z]{3,}ed|held|made|set|built|signed)(?:\s+(?:to|in|by|at|for)\s+[^,;]{1,40})?)$")
#: A present-tense verb right after a relative pronoun: "which takes effect", "which expires".
_PRESENT_AFTER_RELATIVE = re.compile(r"\b(?:which|who|that)\s+(?:takes|begins|ends|starts|expires|comes|runs|opens|closes)\b")


#: Capitalised words are names, whatever they end with ("the United Nations, which…").
_CAPITALISED_WORDS = re.compile(r"\b[A-Z][\w'’.-]*")


#: A title that is a noun phrase and a relative clause with a subject of its own: "The draft law, which
#: parliament passed", "El Fasher, which the RSF has besieged".
#: Pasts a subject does to an object: "which parliament passed", "which the army retook".
_TRANSITIVE_PASTS = words_pattern(PLAIN_PASTS - {"was", "were", "had", "did"})
_NOUN_AND_OBJECT_RELATIVE = re.compile(
    # (a name may hold "of": "which the International Court of Justice awarded")
    r"^(?P<noun>[^,;]{2,70}?),?\s+(?:which|that|whom)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?"
    r"[A-Z][\w'’.-]*){0,4}|the\s+[a-z][\w-]*"
    r"|(?:his|her|its|their|our)\s+[a-z][\w-]*"  # "which his lawyers filed"
    r"|(?:both|all|the\s+two|the\s+three)\s+[a-z][\w-]*"  # "which both leaders accepted"
    r"|(?!(?:also|then|later|now|still|first|last|never|once|already|again|recently|earlier|initially|originally|"
    r"previously|has|have|had|was|were|is|are|will|would|could|may|might|did|does)\b)[a-z][a-z-]+(?<!ly))\s+"
    # (an adverb may come first: "whom he last met")
    rf"(?P<verb>(?:(?:has|have|had)\s+)?(?:(?:last|first|once|later|previously|again)\s+)?(?:[a-z]{{3,}}ed|set|{_TRANSITIVE_PASTS})\b)"
    r"(?P<rest>[^,;]*)$")


#: The finite verbs that tell a main clause going on after a relative clause's own: "…which Kyiv drafted [was] rejected".
_REST_AUXILIARY = r"was|were|is|are|has|have|had|will|would"
_AUXILIARY_IN_REST = re.compile(rf"\b(?:{_REST_AUXILIARY})\b")
_MAIN_VERB_OPENS_REST = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}|remains?|continues?|stands?|"
                                   r"persists?|lingers?|survives?|holds?|runs?|seems?|lies|lie)\b")


def _object_relative_as_clause(title: str) -> str | None:
    """"The draft law, which parliament passed in its third reading" → "Parliament passed the draft law
    in its third reading": the clause's subject did it, to the noun phrase."""
    m = _NOUN_AND_OBJECT_RELATIVE.match(title)
    # (a participle inside the noun phrase is no verb: "the besieged city of El Fasher, which the RSF seized")
    if m is None or _VERB.search(_CAPITALISED_WORDS.sub("", _ATTRIBUTIVE_PARTICIPLE.sub(r"\g<pre>", m["noun"]))) \
            or _AUXILIARY_IN_REST.search(m["rest"]) \
            or _MAIN_VERB_OPENS_REST.match(m["rest"]):
        return None  # (…or the main clause's verb follows the relative's: "The plan which Kyiv drafted was rejected",
        # "The truce that the mediators proposed collapsed", "Little of the vitriol that the issue aroused remains")
    noun = m["noun"]
    # "…open corridors into El Fasher, which the RSF has besieged": a name after a preposition is what
    # "which" means; a common noun there leaves it unsure which noun it is
    inner = re.search(r".*\b(?:in|into|from|to|on|at|with|for|of|over|against|through|near|around|across|and)\s+"
                      r"(?P<name>(?:the\s+)?[A-Z][^,;]*)$", noun)
    if inner is not None:
        noun = inner["name"]
    elif re.search(r"\b(?:in|into|from|to|on|at|with|for|of|over|against|through|near|around|across)\s", noun):
        return None
    if re.match(r"(?:The|A|An)\s", noun):
        noun = noun[:1].lower() + noun[1:]
    verb, used = _with_its_infinitive(m["verb"], m["rest"])  # "which the rebels tried to take"
    return f"{m['subject'][:1].upper()}{m['subject'][1:]} {verb} {noun}{m['rest'][used:]}"


_RANKING_APPOSITIVE = re.compile(r",\s+the\s+(?:first|second|third|fourth|fifth|only|latest|biggest|largest|deadliest|"
                                 r"worst)\b[^,;]*$")


#: A singular head and a bare plural after "of": "The delay of elections", "The killing of protesters".
_HEAD_OF_PLURAL = re.compile(r"(?:The|A|An|the|a|an)\s+[\"“]?[a-z]+(?<!s)[\"”]?\s+of\s+"
                             r"(?P<plural>(?:[a-z][\w-]*\s+|(?:[A-Z]\.){2,}\s+)?[a-z][\w-]*[^s\W]s)")  # ("the "snapback" of U.N. sanctions")


def _relative_as_clause(title: str) -> str:
    """"The general who led the coup" → "The general led the coup": once the rest of the sentence has
    gone, the relative clause is what happened and its noun phrase who did it."""
    turned = _object_relative_as_clause(title)
    if turned is not None:
        return turned
    aside = _NOUN_AND_PARTICIPLE.match(title)
    if aside is not None:  # "The party's congress, originally planned" → "…was originally planned"
        return f"{aside['noun']} {_be_for(aside['noun'])} {aside['participle']}"
    # ("…summit that opens, the first hosted in Africa": a ranking appositive at the end is no verb of the clause)
    m = _NOUN_AND_RELATIVE.match(_RANKING_APPOSITIVE.sub("", title))
    # (what was said may have verbs of its own: "warned that famine had spread")
    told = re.match(r"(?:said|told|announced|stated|warned|claimed|reported)\s+(?P<what>.*)", m["rest"]) if m else None
    checked = re.split(r"\bthat\b", told["what"], maxsplit=1)[0] if told else m["rest"][m.end("lead") - m.start("rest"):] \
        if m else ""
    # (a second predicate of the clause keeps its auxiliary: "a ceasefire that expired and was not renewed")
    checked = re.sub(r"\band\s+(?:was|were|has\s+been|had\s+been)\s+(?:not\s+|never\s+)?[a-z]{3,}ed\b", "", checked)
    if not m or _VERB.search(_CAPITALISED_WORDS.sub("", _ATTRIBUTIVE_PARTICIPLE.sub(r"\g<pre>", m["noun"]))) or re.search(rf"\b(?:{_AUXILIARY}|said|says)\b", checked) \
            or re.match(r"(?:He|She|It|They|We|I)\b", m["noun"]) \
            or re.match(r"(?:[A-Z][\w'’-]*\s+){0,3}(?:said|says|told|announced|reported)\b", m["noun"]):
        return title
    # "A suspect in sniper shootings that injured…": which noun the clause is about is not sure
    # (an "of" or "and" inside a name, "National Council of Churches", is no such noun)
    # (but a measure is what takes effect, not what it is on: "A ban on imports of gas that will take effect")
    of_plural = _HEAD_OF_PLURAL.fullmatch(m["noun"])
    if of_plural is not None and re.match(r"(?:were|are|have|take|begin|end|start|expire|come|run|open|close|meet|resume|"
                                          r"return)\b", m["lead"]):
        # "the delay of elections, which were postponed": the verb's number says which noun it is about
        return f"{of_plural['plural'][:1].upper()}{of_plural['plural'][1:]} {m['rest']}"
    plural_head = _PLURAL_HEAD_OF_SINGULAR.fullmatch(m["noun"])
    if plural_head is not None and re.match(r"(?:had|were|have|are|[a-z]{3,}ed)\b", m["lead"]):
        # "imports of Japanese seafood, which had resumed": a plural head before a singular is what the clause is about
        return f"{m['noun'][:1].upper()}{m['noun'][1:]} {m['rest']}"
    # (but a place is where, not what: "Talks in Istanbul that began…" began; "A war over Nagorno-Karabakh that ended…")
    placed = re.match(r"(?P<head>.+?)\s+(?:in|at|over|on)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$", m["noun"])
    head = placed["head"] if placed is not None else m["noun"]
    # (nor is a preposition inside a name: "the International Criminal Tribunal for Rwanda, which shut down")
    head = re.sub(rf"\b([A-Z][\w'’.-]*)\s+(?:{_NOUN_PREPOSITIONS})\s+(?=[A-Z])", r"\1 ", head)
    # (two counted phrases are both what the clause is about: "11 persons and 8 entities, who were listed")
    # (…nor is a gathering's topic: "The summit on climate and security, which opens…" opens)
    if (re.search(rf"\b(?:{_NOUN_PREPOSITIONS})\s", head) or re.search(r"\b[a-z][\w'’]*\s+(?:of|and|or)\s", m["noun"])) \
            and not _MEASURE_OPENS.match(m["noun"]) and not _COUNTED_PHRASE_END.fullmatch(m["noun"]) \
            and not _GATHERING_ON.match(m["noun"]) \
            and not (_SINGULAR_HEAD_OF_PLURAL.fullmatch(m["noun"]) and re.match(r"[a-z]{2,}[^s\W]s\b", m["lead"])):
        # (…but a singular verb after a plural's "of" is its singular head's: "The annual gathering of world leaders,
        # which opens on Sept. 23")
        if "," in title and re.fullmatch(r"[a-z]{3,}(?:\s+(?:again|back|out|off|up|down|in))?", m["rest"].strip()):
            # (a verb alone, its object and all gone with the date: the phrase's head did it, as the comma says — "the
            # snapback of U.N. sanctions, which returned [at the end of September]")
            return f"{m['noun']} {m['rest'].strip()}"
        return title
    for word, _verb in re.findall(rf"\b([a-z]+)\s+({_PAST_VERB})\b", m["rest"].split(" ", 1)[-1]):
        if word not in ("and", "or", "been", "be", "was", "were", "had", "has", "have", "is", "are", "the", "a", "an",
                        "its", "his", "her", "their", "not", "never"):
            # "…Exchange that fell in price exceeded 1,000", "The ceasefire that ended the war took effect": the main
            # verb is still there
            return title
    # ("setting off fires that burned into the afternoon": the gerund's object is what the clause is about)
    noun = re.sub(r"^(?:[a-z]{3,}ing)\s+(?:(?:off|up|out|down)\s+)?(?=[a-z])", "", m["noun"])
    return f"{noun} {m['rest']}"


#: A plural head and a singular after its "of": "imports of Japanese seafood", "exports of grain".
_PLURAL_HEAD_OF_SINGULAR = re.compile(r"(?:(?:The|the)\s+)?(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s\s+of\s+(?:[A-Za-z][\w-]*\s+)?"
                                      r"[a-z][\w-]*[^s\W]")
#: A singular head and a plural after its "of": "The annual gathering of world leaders".
_SINGULAR_HEAD_OF_PLURAL = re.compile(r"(?:The|A|An|the|a|an)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+(?<!s)\s+of\s+(?:[a-z][\w-]*\s+)?"
                                      r"[a-z][\w-]*[^s\W]s")
#: A gathering and what it is on: "The summit on climate and security", "Talks on energy and trade".
_GATHERING_ON = re.compile(r"(?:(?:The|A|An|the|a|an)\s+)?(?:[\w-]+\s+)?(?:summit|talks|meeting|conference|session|forum|"
                           r"dialogue|negotiations|consultations)\s+(?:on|about|over)\s+[a-z][\w-]*(?:\s+and\s+[a-z][\w-]*)?$")
#: A participle used as an adjective inside a noun phrase: "of Russian [liquefied] natural gas", "the [armed] forces".
_ATTRIBUTIVE_PARTICIPLE = re.compile(r"\b(?P<pre>(?:the|its|our|their|a|an|of|for|on)(?:\s+[A-Z][\w'’-]*)?)\s+[a-z]{3,}ed(?=\s+[a-z])")


#: Words after "the <date>" that show it names a time, not a noun's qualifier ("in the late 1980s as…").
_NOT_A_NOUN = (r"(?:as|when|and|or|but|after|before|while|because|since|until|to|in|on|at|of|for|with|by|from|that|which|"
               r"who|was|were|is|are|had|has|have|will|would|remains?|continues?|stands?|seems?|appears?|lies|lie|"
               # ("In the late 1960s both sides agreed": a subject after the opening date, no noun the date qualifies)
               r"both|all|each|he|she|they|we|it|there|this|these|those)")


_AUXILIARY = r"could|would|will|may|might|must|should|can|is|are|was|were|has|have|had|did|does|do"
#: Prepositions before a noun that a clause after it may or may not be about.
_NOUN_PREPOSITIONS = r"in|on|by|for|with|at|from|to|about|over|against"
#: A participle closing a noun phrase ("a statement signed"), left at the end once its date has gone.
#: (not across a modal or a passive's "be": "a referendum could be held [in 2027]" keeps "held")
_NO_MODAL = r"(?!(?:be|been|being|could|would|will|may|might|must|should|can|to|had|has|have)\b)"  # ("rates had doubled")
#: Pasts that take no object, so no passive's participle: "a bid … failed", "the mission expired".
_NO_PASSIVE_PASTS = (r"(?:ended|failed|collapsed|died|arrived|resigned|happened|occurred|erupted|emerged|expired|lapsed|stalled|"
                     r"remained|existed|appeared|disappeared|escalated)")
_DANGLING_PARTICIPLE = re.compile(rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat)\s+(?:{_NO_MODAL}[\w'’-]+\s+){{0,3}}?"
                                  # (no pronoun right before: "the towns they seized" is a relative clause's verb)
                                  rf"{_NO_MODAL}(?!(?:they|he|she|we|it|you)\s)[a-z][\w-]*\s+"
                                  rf"(?P<part>(?!(?:was|were|had|has|is|are|{_NO_PASSIVE_PASTS})\b)[a-z]{{3,}}ed|signed|held|made|won|"
                                  r"set|built)\s*$")
#: The pronoun that opens a French, Spanish or Italian subject relative ("qui", or "que"/"che" before a verb).
_ROMANCE_SUBJECT_PRONOUN = (r"(?:qui|(?:que|che)(?=\s+(?:ha|han|había|fue|fueron|era|è|sono|[^\W\d_]{2,}(?:ó|ió|aron|ieron|ò|ì|"
                            r"arono|irono)\b)))")
#: The endings of a French or Spanish past participle: "suspendu", "présentée", "firmado", "suspendidas".
_ROMANCE_PARTICIPLE_END = r"(?:é|ée|és|ées|u|ue|us|ues|ado|ada|ados|adas|ido|ida|idos|idas)"
#: French participles of other endings: "dissous", "prise", "mis", "faite", "ouverts", "détruite".
_ROMANCE_IRREGULAR_PARTICIPLE = (r"(?:dissous|dissoute?s?|absous|prise?s?|mise?s?|faite?s?|ouverte?s?|couverte?s?|offerte?s?|"
                                 r"dite?s?|écrite?s?|détruite?s?|construite?s?|produite?s?|conduite?s?|reconduite?s?|"
                                 r"inscrite?s?|interdite?s?|permise?s?|soumise?s?|remise?s?|repris(?:es?)?|compris(?:es?)?)")
#: A French, Spanish or Italian subject relative after its noun phrase, left without its date: "un cese al fuego [que
#: expiró]", "un cessez-le-feu [qui a expiré]".
_ROMANCE_RELATIVE_LEFT = re.compile(rf"(?<=[^\W\d_])\s+{_ROMANCE_SUBJECT_PRONOUN}\s+[^,;:()]{{2,60}}$", re.UNICODE)
#: A French or Spanish participle aside left without its date: "le dialogue[, suspendu]", "el diálogo[, suspendido]".
#: (…or an appositive that sums up what came before, with its participle: "…terrorista[, una medida anunciada]")
_ROMANCE_PARTICIPLE_LEFT = re.compile(r",\s+(?:(?:un|une|una|uno|um|uma)\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?\s+)?"
                                      rf"(?:[^\W\d_]{{3,}}{_ROMANCE_PARTICIPLE_END}|{_ROMANCE_IRREGULAR_PARTICIPLE})\s*$",
                                      re.UNICODE)


def _romance_passive(participle: str, context: str = "") -> str:
    """The auxiliary of a French, Spanish, Portuguese or Italian passive for `participle`, in its number and the
    language of its `context`: "a été" (présenté), "ont été" (lancés), "fue" (firmado), "fueron" (firmados), "foi"
    (assinado), "è stato" (firmato)."""
    plural = participle.endswith("s")
    language = _language_of(context) if context else ""
    if language == "it" and participle.endswith(("o", "a", "i", "e")):
        return {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}[participle[-1]]
    if participle.endswith(("o", "a", "os", "as")):
        if language == "pt":
            return "foram" if participle.endswith("s") else "foi"
        return "fueron" if participle.endswith("s") else "fue"
    return "ont été" if plural else "a été"
#: A participle left alone in an aside once its date is taken out: "In her last interview, given [in March], …".
_PARTICIPLE_ASIDE_LEFT = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|given|held|made|signed|won|set|built|taken|written|"
                                    r"drawn|shown|sworn|begun|done|seen|known|broken|brought|sent|sold|struck|"
                                    # (…or what is awaited: "Next year's general elections, due [in October], will…")
                                    r"due)\s*$")
#: A noun in apposition and its participle closing a sentence, right before their date: ", a step first promised
#: [in 2021]", ", a move announced [on Friday]".
_CLOSING_DATED_APPOSITIVE = re.compile(r",\s+(?:a|an|the|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?"
                                       r"(?:(?:first|originally|initially|later|previously|already|once|[a-z]+ly)\s+)?"
                                       r"(?:[a-z]{3,}ed|made|set|held|won|built|taken|given|begun|drawn|brought|sought)"
                                       r"(?:\s+(?:by|with)\s+[^,;]{1,40}?)?\s+(?:in|on|at|since|during|by|last|this)?\s*$")
#: A participle that dates a document right before its date: "a note dated", "a letter signed".
#: What a document does once its date has gone: "[A report published on 20 November] said…".
_SAYS_NEXT = r"(?:said|says|showed|shows|found|finds|warned|warns|noted|notes|concluded|estimated|estimates|urged|urges|called)\b"
#: (not a passive's own verb: "90 prisoners were to be released [overnight]")
_DATED_BY_PARTICIPLE = re.compile(r"(?<=[a-z])(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
                                  r"\s+(?:dated|signed|written|issued|published|released)\s*$")
#: An adverb of a plan before its participle: "originally scheduled", "initially planned".
_PLAN_ADVERB = r"(?:(?:originally|initially|first|previously|tentatively)\s+)?"
#: A plan's participle left before its verb once the day it planned goes: "A meeting planned [for Thursday] was…".
_PLANNED_FOR_THE_DATE = re.compile(r"(?<=[a-z])\s+(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|slated|set|due|expected)\s*$"
                                   # (…and the other languages' plans set off by a comma: "Le ultime elezioni, previste
                                   # [per il 24 dicembre 2021], erano state rinviate")
                                   r"|(?<=[^\W\d_]),\s+(?:inicialmente\s+|initialement\s+|inizialmente\s+)?(?:previst[oaie]|"
                                   r"prévue?s?|programad[oa]s?|previst[oa]s)\s*$")
#: The other languages' participles of a plan: "prévues", "previste", "programado".
_ROMANCE_PLAN_WORDS = frozenset({"prévu", "prévue", "prévus", "prévues", "previsto", "prevista", "previsti", "previste",
                                 "previstos", "previstas", "programado", "programada", "programados", "programadas"})
#: An auxiliary of the other languages we read after a plan's aside: ", erano state rinviate", ", ont été reportées".
_ROMANCE_AUXILIARY_AFTER = re.compile(r",\s+(?:erano|era|sono|è|furono|fu|était|étaient|a|ont|avait|avaient|fue|fueron|"
                                      r"había|habían|ha|han|foi|foram|hanno)\b")
#: A relative pronoun and auxiliaries with nothing after them, once a plan's participle went with its date.
_BARE_RELATIVE_AUXILIARIES = re.compile(r"\s+(?:that|which)(?:\s+(?:had|has|have|was|were|is|are|been|being|will|would|be))+\s*$")
#: …unless the noun phrase is a clause's subject: "fighting resumed after the army attacked [on Friday]".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|because|as|since|until|while|that|who|which|and|or|but|if|once)\s+"
                                 r"(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*\s*$")


#: English time words that also qualify a noun ("after overnight strikes", "in winter storms"); a
#: lower-case weekday of another language ("acordaron el martes prorrogar") is none.
_ADJECTIVE_TIME_WORD = re.compile(r"overnight|nightly|daily|weekly|monthly|yearly|annual|current|recent|future|present|"
                                  r"past|winter|summer|spring|autumn|fall|morning|evening|night|afternoon|weekend")


_DAY_NAME_APPOSITIVE = re.compile(r"^,\s+(?:[A-Z][\w'’.-]*['’]s\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                                  r"(?:Day|Eve|[Aa]nniversary|[Hh]oliday)\b(?=\s*(?:[,.;:]|$))")
#: A date that is the subject of a time clause: "as [Easter week] began", "when [the new year] arrived".
_DATE_AS_SUBJECT = re.compile(r"\s+(?:as|when|while|until|before|after|once)\s+(?:the\s+)?$")
_VERB_AFTER_SUBJECT_DATE = re.compile(r"\s+(?:began|begins|ended|ends|started|starts|opened|closed|approached|neared|"
                                      r"arrived|dawned|passed|wore\s+on|drew\s+(?:near|to\s+a\s+close)|came|got\s+under\s*way)"
                                      r"\b[^,;.]*")


#: A verb whose object is a stretch of time: "spent Tuesday in talks".
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:most|much|all|part|the\s+rest|the\s+bulk)\s+of\s+)?$", re.I)


#: A second predicate that looks ahead: " and will report to…", " and is to travel…".
_AHEAD_PREDICATE = re.compile(r"\s+and\s+(?:then\s+)?(?:will|would|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to|"
                              r"plans?\s+to|intends?\s+to|is\s+expected\s+to|are\s+expected\s+to)\s+[a-z]")
#: The words between two dates of one list: "Tuesday [and] Wednesday".
_LIST_AND = re.compile(r"\s*(?:,|and|or|,\s*and)\s*")
_WEEKDAY_START = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: A verb that takes a date as its object, and a list's first date before "and": "fixed [12 March] as the time-limit",
#: "set 5 March and [9 April] as the dates".
_NAMING_VERB_BEFORE = re.compile(r"\b(?:set|sets|fixed|fixes|named|names|chose|chosen|picked|designated|designates|declared|"
                                 r"declares|proclaimed|earmarked)\s+(?:[^,;]{3,30}\s+and\s+)?$")


#: Words that open a phrase before the subject, not the subject: "In the comparable quarter, …", "Then, …".
_OPENING_NOT_SUBJECT = re.compile(r"(?i:in|on|at|by|from|since|during|after|before|until|for|over|under|with|then|but|and|so|yet|"
                                  r"also|still|actually|however|meanwhile|en|dans|depuis|après|avant|im|am|seit|nach|vor|desde|"
                                  r"tras|durante|в|с|после)\b")


#: A relative clause right after a date that tells when it falls: ", which is expected to begin in mid-February".
_WHEN_IT_FALLS = re.compile(r"^,\s+(?:which|that)\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|due|set|likely|scheduled|forecast)"
                            r"\s+to\s+)?(?:(?:will|would)\s+)?(?:begins?|began|starts?|started|ends?|ended|falls?|fell|runs?|ran)"
                            r"\b[^,;.]{0,60}?(?=,|[.;]|$)")


#: A place closing the sentence after a comma: ", in Berlin.".
_CLOSING_PLACE_AFTER_COMMA = re.compile(r",\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:[.;!?]\s*)?$")
#: A named sayer and a saying opening a clause: "Abiy said", "Prime Minister Abiy Ahmed told parliament".
_SAYER_THEN_SAYING = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|told|announced|declared|warned|threatened|"
                                r"vowed|promised)\b")
#: A count of days that a weekday's span left out: "The following [Tuesday, Oct. 28]", "the next [Friday, Nov. 7]".
_COUNTED_WEEKDAY_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Oo]n\s+)?(?:[Tt]he\s+)?(?:following|next|previous|preceding)\s+$")


def _remove_date_phrase(text: str, start: int, end: int, own: bool = False) -> str:
    """The text without its date, mended so that no hole is left where the date stood (`own`: the
    date of the happening the text tells, whose verb stays; else another date, whose participle goes)."""
    if not 0 <= start <= end <= len(text):
        return text  # a date outside the text has nothing in it to take out (a negative offset would cut elsewhere)
    before, after = text[:start], text[end:]
    closing_aside = _CLOSING_DATED_APPOSITIVE.search(before, max(0, start - 80)) if not own else None
    if closing_aside is not None and re.fullmatch(r"\s*[.;!?]?\s*", after):
        # "…passed a law on the border commission, a step first promised [in 2021].": another date's closing appositive
        # goes whole
        return before[:closing_aside.start()].rstrip() + after.strip()
    if re.fullmatch(r"\s*A\s+", before) and re.match(r",\s+\S", after):
        return after[1:].lstrip()  # "A maggio, violenti scontri…": Italian's and Spanish's "in", no article before a noun
    if _NAMING_VERB_BEFORE.search(text, max(0, start - 60), start) and re.match(r"\s+(?:and\s+[^,;]{3,30}\s+)?as\s", after):
        return text  # "the Court fixed [12 March 2027] as the time-limit": the date is what was fixed, no adverb
    if not before.strip() and re.match(r"\s+(?:showed|shows|proved|proves|demonstrated|demonstrates|taught|teaches|"
                                       r"changed|changes|transformed|tested|tests)\b", after):
        return text  # "[The winter of 2022-23] showed what strikes on the grid can do": the date is the subject
    after = re.sub(r"^\s+local\s+time\b", "", after)  # "said Friday local time that…": the clock's zone goes too
    counted_weekday = _COUNTED_WEEKDAY_BEFORE.search(before) if re.match(WEEKDAY, text[start:end]) else None
    if counted_weekday is not None:  # "[The following] Tuesday, Oct. 28, another soldier was killed": the count goes too
        before = before[:counted_weekday.start()]
    # "…before the start of Ramadan, which is expected to begin in mid-February": when the date falls goes with it
    after = _WHEN_IT_FALLS.sub("", after, count=1)
    if re.match(rf"{WEEKDAY},\s", text[start:end]) and re.match(r",\s+[a-z]", after) \
            and not re.search(r",\s*(?:on\s+)?$", before):
        after = after[1:]  # "agreed on Thursday, Oct. 30, to extend": the closing comma of the date's apposition
    # what decides the mending sits right before the date: look at a bounded tail, not the whole text
    # (an anchored search over a long prefix cost a pass over it per date)
    head, before = before[:-80], before[-80:]
    # (a day's article in the languages that put one before it goes with it: "Le dernier, le 12 décembre 2021, avait…")
    article = re.search(r"(?<=,)\s*(?:le|el|am|il|lo|o)\s+$", before) if re.match(r",\s+[^\W\d]", after) else None
    set_off = before[:article.start()] + " " if article is not None else before
    segment = re.split(r"[,;:]\s+|^", set_off.rstrip(" ,"))[-1]
    if re.search(r"[^\W\d]\s*,\s*$", set_off) and re.match(r",\s+[^\W\d]", after) \
            and not re.search(rf"(?:{WEEKDAY}|\d)\s*,\s*$", set_off) and not re.search(rf"\b{_PREPOSITIONS}\s*$", set_off, re.I) \
            and len(segment.split()) >= 2 and not _OPENING_NOT_SUBJECT.match(segment):
        # (a subject's, not an opening phrase's or a linking word's: "Then, a week or so ago, Gen. X picked…")
        # "La précédente session, fin octobre, avait échoué": a date set off by two commas goes with one of them
        return head + set_off.rstrip(" ,") + after[1:]
    if re.match(rf"['’]s\s+(?:{_AUXILIARY}|will|would|could|may|might|must|should|can)\b", after):
        return text  # "Next year's will be hosted by…": the thing the possessive owns is left unsaid, so the date says it
    if re.match(r"['’]s\b", after):
        # "raised in Saturday night's debate": the debate, not "raised in 's debate"
        determiner = "" if re.search(r"\b(?:the|a|an|its|their|his|her)\s*$", before, re.I) else "the"
        result = head + before.rstrip() + " " + determiner + after[2:]
        return re.sub(r"\s{2,}", " ", result).strip()
    if _SPENT_BEFORE.search(before):
        # "The delegations spent Wednesday morning on the drought rules": the time spent stays, as a noun
        part = re.search(r"\b(morning|afternoon|evening|night|weekend|week|month|year|winter|spring|summer|autumn|fall|"
                         r"decade)\b", text[start:end], re.I)
        # (a year written as its number is a year: "spent most of [2024] debating money")
        unit = part.group(1).lower() if part else "year" if re.fullmatch(r"\d{4}", text[start:end]) else "day"
        return head + before + "the " + unit + after
    suffix = re.match(r"['’](?!s\b)[^\W\d_]{1,6}\b", after)
    if suffix:  # Turkish case endings: "1991'de", "30 Kasım'da" go with their date
        after = after[suffix.end():]
    elif re.search(r"\b(?:its|their|his|her|the|a|an|this|that|our)\s+(?:[\w.]+-[a-z]+\s+)?$", before, re.I) and (
            # (a hyphened adjective may come first: "the Hamas-led Oct. 7, 2023, attack")
            re.match(r",?\s+(?!(?:a|an|the|this|that|its|their|his|her|our)\s)[a-z$]", after)
            # ("the 1960 Indus Waters Treaty": a year before a name)
            or re.fullmatch(r"\d{4}", text[start:end]) and re.match(r"\s+[A-Z][a-z]", after)) \
            and not re.match(rf",?\s+{_NOT_A_NOUN}\b", after) and not _VERB.match(after.lstrip(" ,")) \
            and not (after.startswith(",") and not re.search(r"\d,?\s+\d{4}$", text[start:end])
                     and re.search(rf"\b(?:{_PREPOSITIONS})\s+(?:the|its|their)\s+$", before, re.I)) \
            and not (re.search(r"\b[aA]\s+$", before) and _language_of(text) in _A_IS_A_PREPOSITION):  # ("a mediados de")
        # (not the object of a phrase a comma closes: "By the early 1990s, secret contacts…"; a full date's
        # comma is its own: "charged in the Dec. 21, 1988, bombing")
        return text  # the date modifies a noun ("the 44-day war", "its third-quarter profit"): keep it
    # ("…a referendum, probably [in 2027]": the hedge goes with its date)
    m = re.search(rf"(?:\s*,)?\s*\b(?:(?:probably|possibly|perhaps|likely|maybe|most\s+likely)\s+)?"
                  # ("collapsed [days before] Eid al-Adha", "resigned two weeks after the vote": the distance goes too)
                  rf"(?:(?:(?:just|only|barely|some|a\s+few|several|a|an|{_COUNT_WORD})\s+(?:hours?|days?|weeks?|months?)"
                  r"|(?<=ed\s)(?:hours|days|weeks|months))\s+(?=(?:before|after)\s))?"
                  rf"(?:(?:late|early|earlier|later|shortly|just|soon|right|immediately|only)\s+)?(?:"
                  # ("stall for most of [the year]": the share of the date goes with it)
                  rf"(?:for|in|during|through|over|throughout)\s+(?:most|much|all|part|the\s+rest|the\s+bulk)\s+of|"
                  rf"(?<=[a-z]{{3}}ed\s)(?:most|much|all)\s+of|"  # ("had lasted most of [the previous decade]")
                  # ("a truce before the start of [Ramadan]": the edge of a date goes with it)
                  rf"(?:{_PREPOSITIONS})\s+the\s+(?:start|end|beginning|middle|eve|onset|run-up)\s+of|"
                  rf"{_PREPOSITIONS}|{_STARTING_WORD}"
                  rf"(?:\s+(?:on|from|in|at))?)(?:\s+(?:about|around|approximately|roughly|nearly|almost|at\s+least|c\.|ca\.|circa))?"  # "at about 0300 GMT", "by c. 300 BC"
                  rf"\s+(?:the\s+|its\s+|their\s+|(?-i:dem|den|der|la|le|il|lo|el|l['’])\s*)?$", before, re.I)  # ("seit dem 9. November 2020", "per la metà di gennaio")
    if m is None and _WEEKDAY_START.match(text, start):
        # "flew into Nicosia on a grey Tuesday morning": a weekday told with an adjective goes with it
        m = re.search(r"(?:\s*,)?\s*\bon\s+(?:a|an|one)\s+(?:[a-z]+,?\s+){1,2}$", before, re.I)
    if m is None:
        # "Three days of talks ending [Wednesday] produced a draft": a period's last day goes with its participle
        m = re.search(r"(?<=[a-z])\s+(?:ending|concluding)\s+(?:on\s+)?$", before)
    if m is None and re.search(r"\ba\s+$", before) and (
            _language_of(text) in _A_IS_A_PREPOSITION
            # (a date that opens with Spanish's or Portuguese's own word for its part says so in a short text too)
            or re.match(r"(?:mediados|principios|finales|fines|comienzos|inicios|meados)\b", text[start:end], re.I)):
        m = re.search(r"\s*\ba\s+$", before)  # the Spanish, Portuguese or Italian "a": "se reunirán a mediados de enero"
    if m is None:
        # "travels later today", "released him late Monday night", "flew out early Tuesday"
        # (…and "came only last year", "as recently as 2019": the hedge of a date with no preposition)
        m = re.search(r"(?:\s*,)?\s*\b(?:(?:(?:for|until|till|from)\s+)?(?:earlier|later|late|early)|only|just|"
                      r"as\s+(?:recently|early|late|long\s+ago)\s+as)\s+$", before, re.I)
    # (not Portuguese's weekday, "terça-feira", whose hyphen makes no adjective)
    if m and (_ADJECTIVE_TIME_WORD.fullmatch(text[start:end]) or re.search(r"[A-Za-z\d]-(?!feira\b)[a-z]", text[start:end])) \
            and re.match(rf"\s+(?!{_NOT_A_NOUN}\b)[a-z]{{3,}}", after) \
            and not _VERB.match(after.lstrip()):
        # "after overnight strikes", "a drop in third-quarter profit": the date is the noun's adjective, the
        # preposition is the noun's (and so is an article the date's span took: "in [the third-quarter] loss")
        m = None
        article = re.match(r"(?:the|its|their|a|an)\s", text[start:end], re.I)
        if article:
            after = article.group().lower() + after.lstrip()
    if m and re.search(r"\b(?:later|earlier|ago)$", text[start:end], re.I) \
            and re.fullmatch(r"\s*(?:over|on|off|up|out|down|back)\s+", before[m.start():]):
        m = None  # "were handed over three hours later": a count on takes no "over", which is the verb's
    after = re.sub(r"^\s+alone\b", "", after)  # "met four times in September alone": the count's span goes whole
    onwards = re.match(r"\s+onwards?\b", after)
    if onwards and re.search(r"\bfrom\s+(?:the\s+)?$", before, re.I):
        after = after[onwards.end():]  # "struck boats repeatedly from September onwards"
    # "…swapped prisoners on Aug. 24, Ukraine's Independence Day": what the day is called goes with it
    after = _DAY_NAME_APPOSITIVE.sub("", after, count=1)
    subject = _DATE_AS_SUBJECT.search(before)
    if subject and _VERB_AFTER_SUBJECT_DATE.match(after):
        # "…prayed for divine help as [Easter week] began": the date is the clause's subject, and the
        # clause goes with it
        before, after = before[:subject.start()], after[_VERB_AFTER_SUBJECT_DATE.match(after).end():]
        m = None
    if m:
        rest = after.lstrip()
        if before[m.start():].lstrip().startswith(",") and rest.startswith(",") \
                and (_VERB.match(rest[1:].lstrip()) or re.match(rf"\s*(?:{_AUXILIARY}|would|{words_pattern(PAST_LIKE_PRESENT)})\b", rest[1:])):
            after = rest[1:]  # "new prices, effective [from Monday], would rise": no comma between subject and verb
        before = before[: m.start()]
        if re.search(r"(?:^|\s)[-–—]+\s*$", before) and after.lstrip().startswith(","):
            after = after.lstrip()[1:]  # "BOSTON, Oct. 25 - [In January], a bomb…": the dateline's dash, no comma
        plan = _PLANNED_FOR_THE_DATE.search(before)
        if plan and plan.group().startswith(",") and _ROMANCE_AUXILIARY_AFTER.match(after):
            before, after = before[:plan.start()], after[1:]  # (its comma goes with it, and the one closing it)
        elif plan and re.match(rf"\s*(?:{_AUXILIARY}|would|could|,\s+which\b)", after) \
                or plan and re.search(r"\d,?\s+\d{4}$", text[start:end]) and re.match(rf",\s+(?:{_AUXILIARY}|would|could)\b", after):
            # ("Elections scheduled [for Dec. 24, 2021], were postponed": a full date's closing comma goes with it)
            after = after[1:] if after.startswith(",") and not re.match(r",\s+which\b", after) else after
            before = before[:plan.start()]  # "A meeting planned [for Thursday] was called off": no "planned was"
            # (nor before its relative clause: "the elections scheduled [for December 2026], which were postponed")
            # …and a relative clause left with only its auxiliaries goes whole: "A new round that had been
            # scheduled [for Tuesday] was postponed" is "A new round was postponed"
            before = _BARE_RELATIVE_AUXILIARIES.sub("", before)
        left = _ROMANCE_RELATIVE_LEFT.search(before) if not own and re.match(r"\s*(?:[.;!?,]|$)", after) else None
        if left is not None:  # "…firmaron un cese al fuego [que expiró] en agosto de 2025": the other date's clause goes
            before = before[:left.start()]
        dangling = _DANGLING_PARTICIPLE.search(before)
        if dangling and own and re.search(r"\b(?:was|were|is|are|been|be)\s+$", before[:dangling.start("part")]):
            dangling = None  # "Police said that 14 people were detained [on Tuesday]": its own passive, not a participle
        # (in a sentence, not in a phrase cut from one: "a step agreed in a framework deal signed [in 2022]")
        # …or before "that" or a comma: "said in an interview published [on Sunday] that…"
        # (…or before what the document says: "A report published [on 20 November] said…")
        if dangling and (re.match(r"\s*(?:[.;:!?]?\s*$|,|that\b)", after)
                         or dangling["part"] in ("published", "issued", "released", "dated") and re.match(rf"\s*{_SAYS_NEXT}", after)) \
                and (_FIRST_VERB.search(head + before[:dangling.start()]) or re.match(rf"\s*{_SAYS_NEXT}", after)
                     or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+[a-z]", head + before[:dangling.start()])) \
                and not _SUBORDINATE_BEFORE.search(before[:dangling.start("part")]) \
                and ((head + before).lstrip()[:1].isupper()
                     # (…or what was said, cut from after its saying: "[it] would take part in the election called [for…]")
                     or re.match(r"(?:it|he|she|they|we)\s", (head + before).lstrip())
                     # (…or a predicate cut from after its subject: "[and] ended with a deal signed [on Nov. 10]")
                     or re.match(rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_NARRATIVE_PRESENT})\s",
                                 (head + before).lstrip())):
            before = before[:dangling.start("part")]  # "…ended with a statement signed [on 10 November]": no "signed"
            # (…nor the relative pronoun that opened it: "fell by a fifth [in the fiscal year] that ended [in March]")
            before = re.sub(r"(?<=\s)(?:that|which)\s+$", "", before)
        aside = _PARTICIPLE_ASIDE_LEFT.search(before) if re.match(r"\s*,", after) else None
        if aside is not None and (not own or _OPENING_PHRASE.fullmatch(head + before[:aside.start()] + ", ")
                                  # (an awaited one says nothing but its date: "The elections, due [in October], will…")
                                  or aside.group().endswith("due")):
            # "In her last interview, given [in March], she said…": the aside goes whole (its own date too, when it
            # tells of an opening phrase's noun: the clause after it is what was done then)
            before = before[:aside.start()]
            if _VERB.match(after.lstrip(" ,")) or re.match(r"\s*,\s+(?:will|would|could|can|may|must|should)\b", after):
                after = re.sub(r"^\s*,", "", after)  # (…and its closing comma before the main verb)
    elif (dated := _DATED_BY_PARTICIPLE.search(before)) is not None and re.match(rf"\s*(?:that\b|,|[.;:]|$|{_SAYS_NEXT})", after) \
            and not re.search(r"\b(?:which|that|who|whom)\s+(?:[\w'’-]+\s+){0,4}$", before[:dated.start() + 1]):
        # (not a relative clause's own verb: "a treaty, which the two presidents signed [last May]")
        before = before[:dated.start()]  # "said in a note dated [26/11/2024] that…": no "dated" left
    elif re.search(r",\s*$", before) or (not head and not before.strip()) or re.search(r"(?:^|\s)[-–—]+\s*$", before):
        after = re.sub(r"^\s*,", "", after)  # (nor after a wire dateline's dash: "BAMAKO — [Two years ago], Mali's…")
    aside = _ROMANCE_PARTICIPLE_LEFT.search(before) if not own else None
    if aside is not None and _language_of(text) in ("fr", "es"):  # (not English's ", issue")  # "…ont repris le dialogue[, suspendu] il y a deux mois[ après un attentat]": the aside goes
        before, after = before[:aside.start()], re.sub(r"^[^,;:()]*", "", after)
    before = head + before
    if _CLOSING_PLACE_AFTER_COMMA.match(after) and before.strip() and not before.rstrip().endswith(","):
        after = after.lstrip()[1:]  # "The last summit took place [in 2019], in Berlin": the place joins the verb
    result = before.rstrip() + (" " if before.strip() and not after.startswith((",", ".", ";")) else "") + after.lstrip()
    result = re.sub(r"\s*[(\[]\s*[,;]?\s*[)\]]", "", result)  # "leave (Thursday)" leaves no "( )"
    # "Under the deal, announced [on Friday], Armenia…" keeps a comma; "The summit, planned [for June 4],
    # could be postponed" is "The summit could be postponed"
    # (…or "A summit with China, planned [for 2027], now looks unlikely": a verb of the present, an adverb first)
    # ("According to the agreement, signed…, troops will withdraw": a plain noun after the comma is no verb)
    # (an adverb of the plan may come first: "The talks, originally scheduled [for Nov. 10], were postponed")
    # ("The second accord, promised [for 2001], never came": an adverb of the verb's own, then any past)
    result = re.sub(rf",\s+{_PLAN_ADVERB}[a-z]+ed\s*,(?=\s+(?:{_AUXILIARY}|(?:now|still|also|[a-z]+ly)\s+(?:{_AUXILIARY}|"
                    rf"(?!(?:this|its|his|as|us)\b)[a-z]{{2,}}s|[a-z]{{3,}}ed)|never\s+(?:{_PAST_VERB}))\b)", "", result)
    result = re.sub(rf",\s+{_PLAN_ADVERB}[a-z]+ed\s*,", ",", result)
    # "met in 2020 and 2021": no "met and" (nor "and again": "in May 2023 and again that October")
    # (…and an aside of dates between subject and verb goes whole: "talks in Jeddah[, in May 2023 and again that
    # October,] produced")
    # (…with the place of the second: "in May 2023 and again [in August 2024] in Geneva, ended")
    # (…or an opening phrase of dates: "[In the early 2000s] and again [in the 2010s], the two leaders met")
    result = re.sub(r"^\s*(?:and|or)\s+(?:again|also|later|then)\s*,\s+", "", result)
    result = re.sub(rf"(?<=\w)\s+(?:and|or)\s+(?:again|also|later|then)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                    rf"(?:\s+[A-Z][\w'’.-]*)*)?\s*,\s+(?=(?:{_PAST_VERB})\b)", " ", result)
    # (…nor "organisés, et" in the other languages: "organisés en 2018, 2020 et 2021")
    result = re.sub(r"\s+(?:and|or|et|ou|y|o|und|oder|e|и|или)(?:\s+(?:again|also|later|then))?(?=\s*(?:[,.;]|$))", "", result)
    # ("A commission met [in 1868] and again [in 1871] but could not agree": the gapped "again" goes, the "but" stays)
    result = re.sub(rf"(?<=\w)\s+and\s+(?:once\s+)?again(?=\s+(?:but|yet|and|before|after|when|(?:{_PAST_VERB}))\b)", "", result)
    result = re.sub(r"\b(was|were|is|are)\s*,\s+(?=[a-z])", r"\1 ", result)  # "was [in 2014], after a war": "was after"
    result = re.sub(r"(``|“|^\"|\s\")\s*,\s*", r"\1", result)  # "``Today, I'm here…": no "``, I'm"
    result = re.sub(r"\s+,", ",", result)
    result = re.sub(r"(?<=\w)\s+([:;])(?=\s)", r"\1", result)  # "the same thing happened [in April]: three days…"
    result = re.sub(r"^\s*,\s*", "", result)
    return re.sub(r"\s{2,}", " ", result).strip()


#: Finite presents a clause is told with.
_FINITE_PRESENT = (r"is|are|was|were|will|has|have|had|meets|holds|says|signs|agrees|"
                   # the presents of schedules: "the ban takes effect in six months", "the truce ends on Friday"
                   r"takes|begins|ends|starts|expires|opens|closes|resumes|returns|arrives|travels|visits|hosts|"
                   # ("the NATO meeting, which runs Wednesday and Thursday")
                   r"runs|convenes|reconvenes|lasts|continues")
#: Pasts in -ed that are verbs even before "to" or "with" ("agreed to open talks"), unlike "linked to".
_VERB_BEFORE_PREPOSITION = r"agreed|signed"
_VERB = re.compile(rf"\b(?:\w{{3,}}ed(?!\s+(?:with|by|to|for|from|as|in|on)\b)|died|{_VERB_BEFORE_PREPOSITION}|{words_pattern(PLAIN_PASTS)}|{_FINITE_PRESENT}|"
                   # a past like its present after a plural or named subject: "U.S. strikes hit its sites"
                   rf"(?<=[a-z]s\s){words_pattern(PAST_LIKE_PRESENT)}|(?<=[A-Z][a-z]\s)(?:hit|cut|shut))\b")


# (an adverb may come first: "Belgium, which hosts the depository, first raised its concerns…")
_ENCLOSED_RELATIVE = re.compile(rf",\s+(?:which|who|whose)\b[^,]{{0,160}},\s+(?=(?:(?:first|also|later|then|again|initially|"
                                rf"already|once|twice|[a-z]{{3,}}ly)\s+)?(?:is|are|was|were|has|have|had|will|would|could|"
                                rf"must|may|might|should|can|cannot|"
                                rf"[a-z]{{2,}}ed|[a-z]{{3,}}s|{words_pattern(PLAIN_PASTS - {'said', 'told'})})\b)")


#: A participle phrase set off by commas after the subject, before the main verb: "The talks, mediated by
#: Saudi Arabia, are expected to open": the main verb is after it, and the aside goes first from a long title.
_ENCLOSED_PARTICIPLE = re.compile(rf"^(?P<np>[^,;]{{2,60}}?),\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|[a-z]{{3,}}en|held|made|"
                                  rf"set|built|won|led|brought|sent|known)\s+(?:by|in|on|at|for|with|after|from|under|"
                                  rf"over|to|as)\b(?:[^,;]|,\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and\b)))"
                                  # (a list of names may run inside it: "drafted by Britain, France, Germany and …")
                                  rf"{{1,100}},\s+"
                                  rf"(?=(?:{_AUXILIARY}|[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS - {'said', 'told'})})\b)")

#: An indefinite apposition between a subject and its verb: "Ethnic Armenians in Nagorno-Karabakh[, an enclave inside
#: Soviet Azerbaijan,] demand transfer to Armenia" (what the subject is, no part of what it did).
_ENCLOSED_APPOSITIVE = re.compile(r"^(?P<np>[^,;]{2,60}?),\s+an?\s+[^,;]{2,60},\s+(?=(?!(?:and|or|but|which|who|that|the|a|an|its|"
                                  r"their|his|her|in|on|at|of|for|with|to|from|as|by|including)\b)[a-z]{3,}\b)")

#: One aside about a name: who led or backed it, what it won or heads, what it is ("led by María Corina Machado",
#: "winner of the Nobel Peace Prize", "a former prosecutor").
_ONE_ASIDE = (r"(?:(?:[a-z]{3,}ed|led|run|backed|headed)\s+by\s+[^,;]{2,60}|(?:the\s+)?(?:winner|recipient|laureate|head|leader|"
              r"chairman|chair|founder|author|member)\s+of\s+[^,;]{2,80}|(?:the|a|an)\s[^,;]{2,60}"
              # (…and in Spanish: "encabezada por María Corina Machado", "ganadora del Premio Nobel")
              r"|[^\W\d_]{3,}(?:ada|ado|adas|ados|ida|ido|idas|idos)\s+por\s+[^,;]{2,60}|(?:ganador|ganadora|líder|jefe|jefa)\s+"
              r"(?:del?|de\s+la)\s+[^,;]{2,80})")
#: A subject and a chain of such asides before its verb.
_ASIDE_CHAIN = re.compile(rf"^(?P<np>(?:The|A|An|La|El|Los|Las)\s[^,]{{2,60}}|(?:[A-Z][\w'’.-]*\s+){{0,3}}[A-Z][\w'’.-]*),\s+{_ONE_ASIDE}"
                          rf"(?:,\s+{_ONE_ASIDE})*,\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_AUXILIARY}|will|would"
                          rf"|[^\W\d_]{{3,}}(?:ó|aron|ió|ieron))(?!\w))")
#: An absolute phrase of "with", a noun and its participle, up to the date: ", with the speaker's post finally filled [in]".
_WITH_ABSOLUTE = re.compile(r",\s+with\s+(?P<np>(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*['’]s)\s+[^,;:()]{1,60}?)\s+"
                            # (not a plan's: ", with a summit pencilled in for the spring" is the summit, told elsewhere)
                            r"(?P<adv>(?:finally|eventually|later|then|already|only)\s+)?"
                            r"(?!(?:pencil+ed|scheduled|planned|slated|expected|set|due|penciled)\b)(?P<part>[a-z]{3,}ed|held|won|made|"
                            r"set|built|taken|given|sworn)(?P<mid>(?:\s+[^,;:()\s]+){0,5}?)\s+(?:(?:in|on|at|by|during)\s+)?$")
#: A name and what it won, right before the date of the winning: "María Corina Machado, winner of the Nobel Peace Prize [in]".
_WINNER_APPOSITIVE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+(?:(?:the\s+)?(?P<role>winner|recipient|"
                                r"laureate)\s+of|(?P<ganador>ganador|ganadora)\s+(?P<de>del|de\s+la))\s+(?P<what>[^,;]{2,80}?)\s+"
                                r"(?:(?:in|on|last|this|en|el)\s+)?$")
#: Languages where "a" is a preposition, not an article.
_A_IS_A_PREPOSITION = frozenset({"es", "pt", "it", "fr"})
#: A verb of saying in the other languages we read, right before the comma that opens what was said.
_FOREIGN_SAYING_END = re.compile(r"\s(?:sagte|sagten|erklärte|erklärten|betonte|betonten|dijo|dijeron|afirmó|declaró|aseguró|"
                                 r"señaló|a\s+(?:déclaré|dit|affirmé|indiqué|assuré)|ont\s+(?:déclaré|dit)|заявил[аи]?|"
                                 r"сказал[аи]?|сообщил[аи]?)$")
#: The participle aside in the other languages we read, before the main clause's auxiliary: "Les trois pays,
#: réunis depuis septembre 2023 au sein de l'AES, ont quitté la Cédéao", "Die Regierung, die … gebildet
#: wurde, hat … beschlossen".
_FOREIGN_ENCLOSED_ASIDE = re.compile(r"^(?P<np>[^,;]{2,50}?),\s+[^,;]{3,140},\s+"
                                     r"(?=(?:ont|a|avait|avaient|sont|est|était|étaient|hat|haben|hatte|hatten|ist|sind|"
                                     r"war|waren|wurde|wurden|han|ha|había|habían|fue|fueron)\s)")


_ASIDE_BEFORE_SAYING = re.compile(r"(?<=[a-z])(?<!\bsaid)(?<!\bsays),\s+(?:who|which)\b[^,]{0,160},\s+"
                                  r"(?=(?:said|says|told|announced|added|warned|stated|insisted)\b)")
_ENCLOSED_NAME = re.compile(r"(?<=[a-z]),\s+(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*,\s+"
                            r"(?=(?:is|was|are|were|has|had|have|will|would|said|says|told|[a-z]{3,}ed)\b)")


_DANGLING_END = re.compile(r"(?:,?\s+without\s+(?:saying|specifying|giving|explaining|elaborating|providing|offering)"
                           # ("…, without saying when": what was left unsaid is no part of the happening)
                           r"(?:\s+(?:when|why|how|where|who|what|details|evidence|a\s+date|a\s+timeline))?"
                           r"|,?\s+(?:because|although|though|whereas|while|when|as|and|or|but|that|which|who)"
                           # "…until he [was dismissed in 2019]": a subordinator and its pronoun, without their verb
                           r"|\s+(?:until|till|when|after|before|since|because|while|as)\s+(?:he|she|it|they|we|I)"
                           # "…extended twice, first [to July 9] and then [to Aug. 1]": the steps of a list of dates
                           r"|,\s+(?:first|then|finally|(?:first\s+)?and\s+then|(?:most|more|the\s+most)\s+recently|most\s+lately)"
                           r"|,\s+(?:some|many|most|all|none|one|each|part)\s+of)+$")


#: Month and weekday names, capitalised as a date spells them.
_CALENDAR_NAMES = words_pattern(name.capitalize() for name in (*lx.MONTHS, *lx.WEEKDAYS))
#: A subordinating conjunction, not one that a measure of time or "even" leads ("the day before", "days
#: after", "even after"), nor a preposition before a date ("since March 2023").
_SUBORDINATOR = re.compile(r"(?<!\bday)(?<!\bdays)(?<!\bhours)(?<!\bweeks)(?<!\bmonths)(?<!\byears)(?<!\bshortly)"
                           r"(?<!\bjust)(?<!\bsoon)(?<!\bmoments)(?<!\bminutes)(?<!\beven)(?<!\bonly)(?<!\bright)(?<!\blong)(?<!\bthat)"
                           r"\s+(?:after|before|because|when|while|since|until|as|although|though)\s+"
                           rf"(?!(?:{_CALENDAR_NAMES}|\d)\b)")
#: "that" after a noun, opening a relative clause (not after a verb, where it opens what was said).
_NOUN_THEN_THAT = re.compile(r"(?<=[a-z]{3})(?<!ed)(?<!\bso)(?<!\bsuch)(?<!\bnow)\s+that\s+")
#: Verbs whose "that" opens what is said, known or shown, not a relative clause.
_THAT_CLAUSE_VERBS = {"say", "says", "said", "saying", "tell", "tells", "told", "argue", "argues", "insist", "insists",
                      "believe", "believes", "think", "thinks", "thought", "know", "knows", "knew", "show", "shows", "shown",
                      "hope", "hopes", "fear", "fears", "feel", "feels", "felt", "find", "finds", "found", "warn", "warns",
                      "claim", "claims", "note", "notes", "suggest", "suggests", "mean", "means", "meant", "ensure", "ensures",
                      "saw", "wrote", "insisting", "arguing", "warning", "claiming", "signal", "signals", "indicate",
                      "indicates", "admit", "admits", "deny", "denies", "order", "orders", "agree", "agrees", "decide",
                      "decides", "demand", "demands", "promise", "promises", "stress", "stresses", "assert", "asserts"}
#: A relative clause whose verb's object is the noun before it, told by the gap where the object would
#: stand: "[a region that] neighbouring Guyana has administered for a century" (not "[reports that] a
#: fourth carrier had sailed", "[accusations that] the father had mistreated his son": what is reported).
_GAPPED_SUBJECT = (r"(?:(?:[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}|(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){1,3}"
                   r"|(?:he|she|it|they|we)\s+)")
_GAPPED_RELATIVE = re.compile(rf"{_GAPPED_SUBJECT}(?:and\s+{_GAPPED_SUBJECT})?(?:(?:has|have|had)\s+(?:\w+ly\s+)?)?"
                              # (a saying bridges the gap: "an election [that] the opposition said was rigged")
                              rf"(?:(?:said|says|claimed|claims|alleged|alleges|believed|believes)\s+(?=(?:was|were|is|are|had|"
                              rf"has|would|will|could)\b)|"
                              rf"(?!(?:was|were|is|are|been|be|had|has|have)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                              rf"(?=\s+(?:in|on|at|for|since|during|over|with|from|to|by|until|last|this|before|after)\b|\s*[,.;]|\s*$))")
#: A closing period that belongs to an abbreviation: "Exploration Co.", "the U.S.", "Martin Luther King Jr."
_ABBREVIATION_END = re.compile(r"(?:\b(?:Co|Inc|Corp|Ltd|Jr|Sr|Bros|St|Mt)|\b[A-Z])\.$")


def _without_end_stop(title: str) -> str:
    title = title.strip().rstrip(";:,")
    # (a quotation's closing mark that opened before the title's words: 'We will host a conference in London."')
    if title.endswith('"') and title.count('"') % 2 == 1 or title.endswith("”") and "“" not in title:
        title = title[:-1].rstrip()
    while title.endswith((".", ";", ":", ",")) and not _ABBREVIATION_END.search(title):
        title = title[:-1].rstrip()
    # (a stop inside the closing quotation mark: 'warned that the country risked "sliding back into war."')
    return re.sub(r"(?<=[a-z])[.,](?=[\"”’']$)", "", title)

#: A subject's appositive that may hold a list: 'A new mediation group, the "Quad" of the United States,
#: Saudi Arabia, Egypt and the Emirates, proposed…' (up to the comma before the first verb in lower case).
_SUBJECT_APPOSITIVE = re.compile(rf"^(?P<np>(?:The|A|An)\s[^,]{{2,60}}|(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on)\s+)*){{0,5}}[A-Z][\w'’.-]*),\s+"
                                 rf"(?:the|a|an)\s[^;:]{{2,160}}?,\s+"
                                 # (a past spelled like its present too: "The strike, the largest this year, hit…")
                                 rf"(?=(?:[a-z]{{3,}}ed|died|{words_pattern(PLAIN_PASTS | PAST_LIKE_PRESENT)}|{_AUXILIARY})\b)")


#: A role before the name of the one who speaks, its appositive's second comma gone with an aside.
#: (A role: a possessive's or "the" noun phrase with no finite verb, "Lebanon's president", "The newly elected leader".)
_ROLE_OPENING = r"^(?:[A-Z][\w'’.-]*['’]s\s+|[Tt]he\s+)(?![^,]*\b(?:has|have|had|is|are|was|were|will|would)\b)"
_ROLE_BEFORE_NAME = re.compile(rf"{_ROLE_OPENING}[a-z][^,]{{0,40}},\s+(?=(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:said|says|told)\b)")


_VOTE_COUNT_ASIDE = re.compile(r"\s*,\s+(?:par|by|with|por|con|com|mit)\s+\d+\s+(?:voix|votes?|votos?|voti|Stimmen)\b"
                               r"[^,;:()]{0,50},\s+")
_ENCLOSED_GERUND = re.compile(r"^(?P<np>[^,;]{2,60}),\s+(?!(?:according|during|following|notwithstanding)\b)"
                              r"[a-z]{3,}ing\b[^,;]{0,120},\s+"
                              # (up to the subject's own verb, not a clause's opening: "…, killing 38 people, after being hit")
                              rf"(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS | PAST_LIKE_PRESENT)}|has|have|had|is|"
                              r"are|will|would|could|[a-z]{3,}s)\b)")
_NAME_ONLY = re.compile(r"[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|da|do|dos|del|di|van|von|al|el|bin)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,3}")
_ROMANCE_SUBJECT_APPOSITIVE = re.compile(r"^(?P<np>[^,;]{2,60}),\s+(?!(?:que|qui|che|quien|donde|où|dove|onde|y|e|et|ou|o)\b)"
                                         r"[^,;]{2,60},\s+")
_ROLE_THEN_NAME = re.compile(rf"{_ROLE_OPENING}"
                             r"[a-z][^,]{0,50},\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),\s+"
                             rf"(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|is|was|will|would)\b)")


#: A second predicate that tells the state since the happening: "…and has since grown…", "…and is now…".
_SINCE_THEN_PREDICATE = re.compile(r",?\s+and\s+(?:(?:has|have)\s+(?:\w+ly\s+)?since|(?:has|have|is|are)\s+now|"
                                   r"(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:grown|risen|fallen|remained|stayed)\s+ever\s+since"
                                   # ("The Forum was founded in 1996 and has offices in Nairobi": what it is now)
                                   r"|(?<=[a-z]ed\sand\s)(?:has|have|remains)\s+(?!been\b|to\b|due\b|set\b|expected\b|not\b|no\b|yet\b)"
                                   r"(?=(?:an?|the|its|their|offices|branches|members|staff|headquarters|some|about|more|over)\b))"
                                   r"\b.*$")


#: A closing count from another happening: " five days after a coup…", " weeks before the vote".
#: The words that hedge a count of time, and its units: "nearly three days", "just hours".
_COUNT_HEDGE = r"(?:just|only|some|about|nearly|almost|barely|less\s+than|more\s+than)"
#: What makes a count a length, right before it and its hedge: "fought [for nearly] a week after…".
_LENGTH_BEFORE_COUNT = re.compile(rf"\b(?:for|over|lasted|lasting|took|spent)(?:\s+{_COUNT_HEDGE})?(?:\s+(?:a|an|the|\d+|"
                                  rf"{lx.COUNT_RE}))?\s*$", re.I)
_TIME_UNIT = r"(?:hours?|days?|weeks?|months?|years?)"
_COUNTED_TAIL = re.compile(rf"(?<!\bof)(?<!\bwithin)(?:,\s*|\s+)(?:{_COUNT_HEDGE}\s+)?"
                           rf"(?:(?:a|an|the|{lx.COUNT_RE}|a\s+few|several)\s+)?{_TIME_UNIT}\s+"
                           rf"(?:and\s+(?:a\s+half|(?:a|an|{lx.COUNT_RE})\s+{_TIME_UNIT})\s+)?"  # "a year and three months after"
                           r"(?:to\s+the\s+day\s+)?"  # ("a year to the day after the massacre")
                           r"(?:after|before)\s+(?:(?:the|a|an|its|their|his|her)\b|[A-Z])[^,;]*$")


#: A count from another happening closing a Romance title: ", semanas depois de um ataque", ", quelques jours après la
#: chute", ", dos meses después del acuerdo", ", pochi giorni dopo".
_ROMANCE_COUNTED_TAIL = re.compile(r",\s+(?:(?:poucas|poucos|algumas|alguns|unas|unos|algunas|quelques|alcuni|alcune|pochi|poche|"
                                   r"deux|trois|dos|tres|duas|dois|due|tre|\d+)\s+)?(?:horas|dias|días|semanas|meses|anos|años|"
                                   r"heures|jours|semaines|mois|ans|ore|giorni|settimane|mesi|anni)\s+"
                                   r"(?:depois|após|después|après|dopo|antes|avant|prima)\b[^;]*$")
#: A nationality's adjective or a body's initials before a noun: "Israeli", "Russian", "U.S.", "EU".
_NATIONALITY = r"(?:[A-Z][a-z]*(?:i|ian|an|ese|ish|ic)|[A-Z]\.(?:[A-Z]\.)+|[A-Z]{2,5})"


def _without_attribution(title: str) -> str:
    """The title without its closing source (", two U.S. officials said") — unless the saying is all it
    tells ("In announcing the delay, the chairman said")."""
    untold = _ATTRIBUTION_TAIL.sub("", title)
    return title if re.fullmatch(r"(?:In|At|On|During|After|Before|While|When|Speaking|Asked|Announcing)\b[^,]*", untold) \
        else untold


def _inside_quotation(title: str, i: int) -> bool:
    """Whether `i` stands inside a few words quoted within the title (not a whole quoted sentence)."""
    head = title[1:i] if title[:1] in "\"“`'" else title[:i]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


#: A comma inside a list of names: ", Latvia and Lithuania", ", Paris, Berlin".
_NAME_IN_LIST = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_LIST_OF_NAMES_GOES_ON = re.compile(rf",\s+{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})*,?\s+(?:and|or)\s+{_NAME_IN_LIST}")
#: The names a list has given before its "and": "Norway, Chile, Kenya[ and the Philippines]".
_LIST_OF_NAMES_BEFORE_AND = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+)*"
                                       r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")


#: A speaker recounting a past fact, before it: "They recalled that ", "The members of the Council noted that ".
_RECOUNTED = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,8}?)\s+(?:also\s+)?(?:recalled|recalls|recalling|noted|notes|"
                        r"pointed\s+out|reminded\s+\w+)\s+that\s+(?=(?:the|a|an|its|their|his|her|[A-Z])\w*\s)")


#: An appositive's zero relative left without its date at a title's end: ", a post he held".
_APPOSITIVE_ZERO_RELATIVE_LEFT = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:he|she|they|it|we|I)\s+"
                                            rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s*$")
#: A past verb closing a phrase: "[The Jan. 19 ceasefire] collapsed".
_PAST_AT_END = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})$")


def _trim(title: str) -> str:
    title = title.strip()
    title = title[dateline_end(title):]  # "YEREVAN, Armenia (AP) — …"
    title = _without_end_stop(title)
    # "the bribes, worth 2.3 million euros, were paid": what a thing is worth is no part of what happened to it
    # (before a passive that tells it; "her properties, worth $130 million [in October], are worth half that now" keeps
    # what its date told)
    title = re.sub(r",\s+(?:worth|valued\s+at|totall?ing|estimated\s+at)\s+[^,;]{1,40},(?=\s+(?:was|were|had\s+been|has\s+been|"
                   r"have\s+been)\s+[a-z]{2,}(?:ed|id|en)\b)", "", title)
    # "…a border conflict that flared [in July], in a ceremony witnessed by…": the occasion of the sentence's other telling
    title = re.sub(r",\s+in\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:ceremony|speech|interview|statement|televised\s+address|address|"
                   r"meeting|letter|post|message)\b[^;]*$", "", title)
    # "…ended in an armistice signed [on 27 July 1953], not a peace treaty": what it was not is no part of what happened
    title = re.sub(r",\s+(?:and\s+)?not\s+(?:a|an|the)\s+[^,;]{1,40}$", "", title)
    # "Очередной раунд переговоров[, запланированный] [на среду], перенесен…": a Russian participle left alone goes
    title = re.sub(r",\s+[а-яё]{3,}(?:нный|нная|нное|нные|тый|тая|тое|тые)(?:,(?=\s)|$)", "", title)
    # "[They recalled that] the mandate … expired": what a speaker recounts is the happening of its date, the
    # recounting is now
    recounted = _RECOUNTED.match(title)
    if recounted is not None:
        title = title[recounted.end()][:1].upper() + title[recounted.end() + 1:]
    # "[As you will have seen,] the Security Council adopted…": a speaker's aside to the audience goes
    opening = re.match(r"As\s+(?:you|we|I)\s+(?:(?:will|may|might)\s+have\s+|all\s+)?(?:seen|heard|know|said|mentioned|"
                       r"reported)(?:\s+(?:earlier|yesterday|before))?,\s+(?=[a-zA-Z])", title)
    if opening is not None:
        title = title[opening.end()][:1].upper() + title[opening.end() + 1:]
    # "The envoy[, 58,] served as deputy chief of mission": a person's age is no part of what happened
    title = re.sub(r"^([^,;]{2,60}?),\s+\d{2},\s+(?=[a-z])", r"\1 ", title)
    # "A follow-up round is pencilled in [for mid-December] in Doha": a particle and a preposition of one spelling
    title = re.sub(r"\b(in|on)\s+\1\b", r"\1", title)
    # "Regional elections[, with results expected] on Monday": a closing phrase left without its date goes whole
    title = re.sub(r",\s+(?:and\s+)?with\s+[^,;]{1,50}?\s+(?:expected|due|planned|scheduled|set)$", "", title)
    # "…a donors' conference in Oslo, I think [on the 9th]": the speaker's hedge goes
    title = re.sub(r",?\s+(?:I|we)\s+(?:think|believe|understand|guess|gather)\s*$", "", title)
    # (before the title is cut to length, which a long phrase after the person's title would make it)
    person = _TITLED_PERSON_WHO.match(title)
    if person is not None and not re.search(rf"\b(?:{_AUXILIARY}|said|says)\b", person["rest"].split(" ", 1)[-1]):
        title = f"{person['head']} {person['rest']}"
    # "Machado, who was barred from running, said that…": the aside goes, not the saying after it
    title = _ASIDE_BEFORE_SAYING.sub(" ", title, count=1)
    if not _OPENING_PHRASE.match(title):  # "Lebanon's president, Joseph Aoun[, who took office…,] said": the name says who
        title = _ROLE_BEFORE_NAME.sub("", title, count=1)
        # ("The newly elected Turkish Cypriot leader, Tufan Erhurman, won…": so it does set off by commas, before any verb)
        named = _ROLE_THEN_NAME.match(title)
        if named is not None:
            title = named["name"] + title[named.end("name") + 1:]
    title = _without_attribution(_FOREIGN_ATTRIBUTION_TAIL.sub("", _ACCORDING_TO_TAIL.sub("", title)))
    # (after a few words quoted inside the sentence, whose closing mark stays: "…for violating ``our
    # use policies,'' spokesman Serge Clermont said"; a whole quotation keeps who said it)
    title = _EMBEDDED_QUOTE_ATTRIBUTION.sub(r"\g<quote>", title)
    # "Production began [in December 2019] and has since grown to 400,000 barrels a day": what has become
    # of the happening since is the present's, not the date's
    title = _SINCE_THEN_PREDICATE.sub("", title)
    # (…as is what has not become of it: "Somaliland declared independence in 1991 but has not been recognised")
    if not re.search(r"\b(?:said|says|told|tells|announced)\b", title):  # (what a saying says stays whole)
        title = _NOT_SINCE_PREDICATE.sub("", title)
    # "We expect construction to begin [next year], not before the summer": a bound set after the date goes
    title = re.sub(r",\s+(?:but\s+)?not\s+(?:before|after|until|earlier\s+than|later\s+than)\s[^,;]*$", "", title)
    # "They last met face to face in 2022, and before that [in the late 1980s]": a gapped clause's "before that" goes
    dangling = re.search(r"\s+(?:before|after)(?:\s+(?:that|then))?\s*$", title)
    if dangling is not None and (dangling.group().strip() not in ("before", "after")
                                 or _VERB.fullmatch(title[:dangling.start()].rsplit(" ", 1)[-1])):
        title = title[:dangling.start()]  # (but "…against $6 billion in the year before" keeps its "before")
    # "…opened a political office, a move [that paid off in 2020]": the general noun left without its clause
    title = re.sub(r",\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|step|decision|measure|development|gesture)|something)\s*$", "",
                   title)  # (", something [that seemed impossible during the previous decade]")
    # (…or an appositive's zero relative left without its date: "…commissioner for peace and security[, a post he held
    # until 2013]")
    title = _APPOSITIVE_ZERO_RELATIVE_LEFT.sub("", title)
    # "…fought two wars over the region, the last [in 2020]": an ordinal left without its date
    title = re.sub(r",\s+the\s+(?:last|first|latest|second|third|previous|next|most\s+recent)\s*$", "", title)
    # "…for a two-day visit, her first since 2023", "…300 prisoners each, the largest swap since the war began": a
    # ranking of the happening among others is no part of it (but "M23 seized Goma, the largest city in the east" says
    # what Goma is)
    title = re.sub(r",\s+(?:the|her|his|its|their)\s+(?:first|second|third|fourth|fifth|latest|biggest|largest|deadliest|"
                   r"worst|only|longest|highest|most\s+\w+)\b(?:\s+[\w-]+){0,4}\s+since\b[^,;]*$", "", title)
    # "…could take place in the spring, diplomats said, though no date has been set": a closing concession goes
    title = re.sub(r",\s+(?:though|although|even\s+though)\s+[^,;]{3,80}$", "", title)
    # "An enlarged informal meeting, including Greece, Turkey and Britain, could take place": the aside's examples go
    # (names only: "Previous ceasefires, including one brokered in May 2023," tells a happening of its own)
    title = re.sub(r",\s+including\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,5},\s+(?=(?:could|would|will|may|might|can|should|must|is|are|"
                   r"was|were|has|have|had|[a-z]{3,}ed)\b)", " ", title, count=1)
    if len(title) > TITLE_MAX:  # "…said in a joint statement that they had agreed…": what was said, not where
        title = _SAYING_MEDIUM.sub(r"\g<verb> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "The truce, which could be extended by a day for every ten captives released, is due to end":
        # a long title loses the aside about its subject before anything else
        title = _ENCLOSED_RELATIVE.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:  # "…the boy's father, Juan Miguel Gonzalez, is ready…": the name in apposition
        title = _ENCLOSED_NAME.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:
        # "Le Congrès a rejeté, par 28 voix contre 26, le projet de loi…": so does a count of votes between commas
        title = _VOTE_COUNT_ASIDE.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:
        # "European leaders, meeting on the sidelines of the G20 summit in Johannesburg, put forward…": so does a
        # gerund's aside about the subject
        title = _ENCLOSED_GERUND.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "O Governo moçambicano e a Renamo, principal partido da oposição, assinaram…": and an appositive before a
        # past of the other languages we read
        romance = _ROMANCE_SUBJECT_APPOSITIVE.match(title)
        if romance is not None and FOREIGN_PAST.match(title, romance.end()):
            # (a name set off after a role says who better: "El presidente de Venezuela, Nicolás Maduro, denunció")
            aside = title[romance.end("np"):romance.end()].strip(" ,")
            title = (aside if _NAME_ONLY.fullmatch(aside) else romance["np"]) + " " + title[romance.end():]
    if len(title) > TITLE_MAX:
        title = _SUBJECT_APPOSITIVE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "A ceasefire that ended more than a year of fighting between Israel and Hezbollah took effect": a
        # restrictive relative clause goes before the main verb is cut away
        relative = _LEADING_RELATIVE.match(title)
        if relative is not None and (_FIRST_VERB.search(relative["np"])
                                     or _VERB.search(_CAPITALISED_WORDS.sub("", relative["np"]))):
            relative = None  # ("…News Agency said that Saddam was…": a saying and what it says)
        back = _MAIN_VERB_BACK.search(title, relative.end() - 1) if relative else None
        if back is not None:
            title = relative["np"] + title[back.start():]
    if len(title) > TITLE_MAX:
        # "The opposition, led by María Corina Machado, winner of the Nobel Peace Prize, called protests": asides
        # between the subject and its verb go
        title = _ASIDE_CHAIN.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        title = _ENCLOSED_PARTICIPLE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        title = _ENCLOSED_APPOSITIVE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX and _language_of(title) != "en":
        title = _FOREIGN_ENCLOSED_ASIDE.sub(r"\g<np> ", title, count=1)
    # ("In a poll completed Saturday, only…"; in lower case where an opening date went: "[Eighty years ago,] in the
    # aftermath of the war, the founders promised…")
    opening = _OPENING_PHRASE.match(title[:1].upper() + title[1:]) or _ENCLOSED_PARTICIPLE.match(title)
    if opening is not None and re.match(r"As\s", title) and _language_of(title) in _A_IS_A_PREPOSITION:
        opening = None  # (Portuguese's article: "As forças ruandesas chegaram…")
    if opening is not None and len(title) > TITLE_MAX and _PLACING_OPENING.match(title) \
            and _OWN_SUBJECT.match(title, opening.end()) and len(title) - opening.end() <= TITLE_MAX + 20:
        # …a phrase that places a happening too long to title with it goes first
        title = title[opening.end()][:1].upper() + title[opening.end() + 1:]
        opening = None
    # (…or a relative clause's past, when the verb list knows none: "Iran's nuclear programme, which returned to the
    # agenda…", which is what happened once the rest of the sentence went)
    verb = _VERB.search(title, opening.end() if opening else 0) or _VERB.search(title) \
        or (_FIRST_VERB.search(title) if opening is None and _NOUN_AND_RELATIVE.match(title) else None)
    # never cut before the main verb: keep who did what (nor at the opening phrase's comma, when the verb is unknown)
    floor = max(20, verb.end() if verb else 0, opening.end() if opening else 0)
    expected = _EXPECTED_TO.match(title, verb.end()) if verb else None
    if expected:  # "Leaders are expected to discuss a plan": the verb is the infinitive's
        floor = max(floor, expected.end())
    # "Turkey invaded the north five days after a coup backed by the junta": when, counted from another
    # happening, is no part of what happened
    # (from the verb's end, not the floor: a short "A bridge opened, two weeks after…" keeps no "two")
    counted = _COUNTED_TAIL.search(title, verb.end() if verb else floor)
    if counted is not None and _LENGTH_BEFORE_COUNT.search(title, max(0, counted.start() - 40), counted.start()):
        counted = None  # ("fought for nearly a week after the airstrikes": a length, and what it followed)
    if counted is not None and _FIRST_VERB.search(title, 0, counted.start()):
        title = title[:counted.start()]
    # "The junta extended its rule, the latest step in a transition…": a closing appositive that sums up what happened
    # is comment on it, not part of it
    summing = _CLOSING_SUMMARY.search(title, verb.end() if verb else floor)
    if summing is not None and _FIRST_VERB.search(title, 0, summing.start()):
        title = title[:summing.start()]
    counted = _ROMANCE_COUNTED_TAIL.search(title, verb.end() if verb else floor)
    if counted is not None and (_FIRST_VERB.search(title, 0, counted.start()) or _language_of(title) in _A_IS_A_PREPOSITION):
        title = title[:counted.start()]  # (…and in the Romance languages: ", semanas depois de um ataque…")
    if len(title) > TITLE_MAX:
        best, keep = len(title), ""
        for cut in _CUTS:
            for quote in ("", "\"", "”"):  # 'a "security operation," after which…': the quote stays
                variant = cut[0] + quote + cut[1:] if quote and cut.startswith(",") else cut
                if quote and variant == cut:
                    continue
                i = title.find(variant, floor)
                if variant.startswith(" in re") and re.search(r"\b(?:is|are|was|were|be|been)$", title[:i]):
                    continue  # "…comments were in response to signals": the predicate itself
                if 0 < i < best:
                    best, keep = i, quote
        title = title[:best] + keep
    if len(title) > TITLE_MAX:
        i = title.find(", ", max(40, floor))
        listed = _LIST_OF_NAMES_GOES_ON.match(title, i) if i > 0 else None
        while listed is not None and (listed.end() <= TITLE_MAX or listed.end() == len(title) <= TITLE_MAX + 20):
            # "…when Estonia, Latvia and Lithuania joined": a list's comma cuts no clause (a list too long to keep
            # is cut at its first name)
            i = title.find(", ", listed.end())
            listed = _LIST_OF_NAMES_GOES_ON.match(title, i) if i > 0 else None
        if i > 0 and _FOREIGN_SAYING_END.search(title, 0, i):
            i = title.find(", ", i + 2)  # "Kobachidse sagte, man werde … entscheiden": what was said is the title's
        if 0 < i <= TITLE_MAX + 20:
            # (what is left may end with its source: "…refinery in Saratov, the regional governor said")
            title = _without_attribution(title[:i])
    if len(title) > TITLE_MAX:
        # "…a deal stalled after a summit in Alaska between the two presidents produced no ceasefire": a
        # subordinate clause with its own subject and verb is another happening, and goes first
        for m in _SUBORDINATOR.finditer(title, floor):
            if _is_own_clause(title[m.end():]):
                title = title[:m.start()]
                break
    if len(title) > TITLE_MAX:
        # "…backed a plan to create a new state in a vast region that neighbouring Guyana has administered
        # for a century": a relative clause with its own subject describes the noun, and goes next
        for m in _NOUN_THEN_THAT.finditer(title, floor):
            if {w.lower() for w in title[:m.start()].split()[-3:]} & _THAT_CLAUSE_VERBS:
                continue  # ("told parliament that…", "said last week that…")
            if _GAPPED_RELATIVE.match(title, m.end()):
                title = title[:m.start()]
                break
    if len(title) > TITLE_MAX:
        i = title.find(" and ", max(40, floor))
        # (a second predicate in the past joined before that goes first: "The Envoy briefed the Security Council[ and met
        # government and Ansar Allah representatives…]")
        predicate = _SECOND_PREDICATE.search(title, floor)
        if predicate is not None and predicate.group().lstrip().startswith("and") and (i < 0 or predicate.start() < i):
            i = predicate.start()
        in_noun_phrase = re.search(r"\b(?:the|a|an|its|their|his|her|both|two|three|four|five|several|many|of|for|with)"
                                   r"\s+[a-z]+$", title[:i]) \
            or (re.search(rf"\b(?:after|before|by|of|in|on|against|from|with|to|over)\s+{_NATIONALITY}$", title[:i])
                and re.match(rf"{_NATIONALITY}\s+(?!and\b|or\b)[a-z]{{3,}}", title[i + 5:]))  # "…after four days of missile and drone
        # strikes", "…after Israeli and U.S. strikes on its sites" (two modifiers of one noun)
        in_name = (_CAPITALISED_END.search(title, 0, i) and _NAME_GOES_ON.match(title, i + 5)) \
            or (_CAPITALISED_END.search(title, 0, i) and len(title) <= TITLE_MAX + 20  # ("…sites at Natanz and Arak")
                and re.fullmatch(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}", title[i + 5:])) \
            or (_LIST_OF_NAMES_BEFORE_AND.search(title, max(0, i - 120), i) and re.match(r"(?:the\s+)?[A-Z]", title[i + 5:])
                and i <= TITLE_MAX)
        # ("Securities and Exchange…"; "by Norway, Chile, Kenya and the Philippines": the list's last name; the last of
        # two names that close the title)
        # "…a call between its prime minister and the Commission president": the two a "between" joins
        between = re.search(r"\bbetween\s+[^,;]{1,60}$", title[:i]) \
            or (re.search(r"\bboth\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+$", title[:i]) and not _VERB.match(title, i + 5))
        # ("…ruled that both Hungary and Slovakia had broken…": the two a correlative "both" joins, not "…killed soldiers on
        # both sides and halted…")
        # '"deliberate" and "illegal" actions', '"deliberately and dangerously"': words of one quotation
        quoted = (re.search(r"[\"”']\s*$", title[:i]) and re.match(r"\s*[\"“']", title[i + 5:])) \
            or _ADVERB_LY.match(title[i + 5:]) \
            or _inside_quotation(title, i)  # ('an "updated and refined" framework')
        # ("…return to U.S.- and Saudi-brokered talks": a compound whose first half waits for its second)
        # ("…left a Kosovo police officer and three Serb gunmen dead": a second object, no verb after it, in a title
        # that fits once the cut is not made)
        second_object = len(title) <= TITLE_MAX + 20 and re.match(
            r"(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|several|many|dozens)\s",
            title[i + 5:]) and not _VERB.search(title, i + 5)
        if 0 < i <= TITLE_MAX + 20 and (not in_noun_phrase or _VERB.search(title, i + 5)) and not in_name and not quoted \
                and not between and not second_object and not re.search(r"[\w.]-$", title[:i]):
            title = title[:i]  # "…to resume negotiations and to avoid…", not "the three central and eastern…"
    # (a clause cut after the source may have left it at the end: "…fell by a fifth, the agency said on Wednesday[,
    # as tighter enforcement…]")
    title = _without_attribution(title)
    if len(title) > TITLE_MAX + 20:
        title = title[: TITLE_MAX + 20].rsplit(" ", 1)[0] + "…"
    title = _without_end_stop(title)
    # "…exchanged 246 prisoners each, hours [after …]": a measure left of a clause that went
    title = re.sub(r",\s+(?:[\w-]+\s+){0,3}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|moments)$", "",
                   title)  # (", more than a decade [after…]")
    # "…may not qualify because[, under the proposed guidelines, …]": a joining word left at the end
    title = _DANGLING_END.sub("", title)
    for quote_open, quote_close in (("\"", "\""), ("“", "”"), ("``", "''")):
        opened, closed = title.count(quote_open), title.count(quote_close)
        if opened % 2 if quote_open == quote_close else opened != closed:
            title = title.replace(quote_open, "").replace(quote_close, "")
    return title.strip(" ,")


#: Where a subordinate clause of a sentence starts: "…, who was wounded earlier this year",
#: "… _ made last week, before …", "(…)".
_SUBCLAUSE = re.compile(r",\s+(?:(?:[\w-]+\s+){0,2}(?:days?|weeks?|months?|years?|hours?|decades?)\s+)?"
                        r"(?=(?:who|whom|which|where|when|while|after|before|although|though|whereas|whose)\b)"
                        # "…met in Geneva on Sunday, and as an envoy prepared to travel next week": a second
                        # subordinate clause joined on
                        r"|,\s+(?=(?:and|but)\s+(?:as|when|while|after|before|since|because)\s+(?:the|a|an|[A-Z]|he|she|they|it|we)\b)"
                        # "a standoff that began in the spring": "that" before a past verb opens a relative clause
                        # (or its pluperfect: "a war that had begun in April 1992")
                        r"|\s+(?=(?:that|(?<=[a-z]\s)who(?=[^,;:]*?\b(?:in|on|at|last|ago|\d{4})\b[^,;:]{0,25}[.;]?$))\s+"
                        # (…or its passive: "a hotline that was cut on November 12")
                        # (not a plan's: "A new round that had been scheduled for Tuesday was postponed")
                        rf"(?:(?<=\bthat\s)(?:was|were|had\s+been)\s+(?!(?:scheduled|planned|slated|expected|set|due)\b)"
                        rf"(?:[a-z]{{3,}}(?:ed|en)|{_IRREGULAR_PARTICIPLES}|cut|hit|shut|struck|meant)\b|"
                        # (or its perfect: "the buffer zone that has split the island since 1974")
                        rf"(?:had|has|have)\s+(?:{_PERFECT_LIKE_PRESENT})\b|"
                        # (an adverb may stand in it: "seafood that had only resumed in June")
                        rf"(?:(?:had|has|have)\s+(?:(?:only|just|already|first|recently|finally|also|since)\s+)?)?"
                        rf"(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}|come|run|gone|"
                        # ("…a two-day summit that opens on Saturday": a present of schedule, too)
                        r"opens|begins|starts|ends|closes|expires|runs|meets|open|begin|start|end|close|expire|run|meet|"
                        # ("…a ban on imports that will take effect in January 2027": a future, too)
                        r"will|would)\b)"
                        # ("…two border crossings that it closed in early October": or a subject and its past, the
                        # noun being what was done)
                        # (not what a verb reports, "noted that it paid…", and with no object of its own after the
                        # verb, "…said that they had agreed to restore…")
                        r"|(?<!ed)(?<!said)(?<!says)(?<!told)(?<!\bso)(?<!\bnow)(?<!\bsuch)(?<![a-z]ys)"
                        r"that\s+(?:it|he|she|they|we|the\s+[a-z][\w-]*|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+"
                        rf"(?:had\s+)?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})(?=\s*(?:[,.;:]|$)|\s+(?:in|on|at|last|this|early|"
                        r"late|during|since|earlier|ago|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Jan|Feb|Mar|Apr|May|"
                        r"Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)))"
                        # "…for the first time since the grain deal lapsed in July 2023": a conjunction, its
                        # subject and a past verb open a clause of their own
                        r"|(?<!\bjust)(?<!\bonly)(?<!\bright)\s+(?:even\s+)?(?=(?:since|after|before|until|because|when|while)\s+"
                        # ("…days after U.S. and Ukrainian officials met in Geneva")
                        # ("…after a Russian and Chinese bid to delay them by six months failed": a long subject)
                        r"(?:(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,12}?|(?:[A-Z][\w'’.-]*\s+(?:and\s+(?=[A-Z]))?){1,4}"
                        r"(?:(?!(?:was|is|has|does)\s)[a-z]+s\s+)?"
                        r"|(?:he|she|it|they|we|(?:[a-z]{3,}\s+)?[a-z]{3,}s)\s+)"  # "after prices tripled", "since they met"
                        # (…"until government forces retook it": a bare plural with its noun before)
                        r"(?:\([^()]{1,60}\)\s+)?"  # ("since the Revolutionary Armed Forces of Colombia (FARC) signed")
                        r"(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|began|broke|came|fell|rose|took|retook|overran|met|won|lost|led|left|ran|went|held|"
                        r"made|gave|fought|wrote|sent|struck|said|told|(?<=was\s)due|(?<=were\s)due|"
                        # (a passive's irregular participle: "after the border was first drawn")
                        rf"(?:(?<=was\s)|(?<=were\s))(?:(?:first|later|finally)\s+)?(?:{_IRREGULAR_PARTICIPLES}))\b)"  # ("since Sinn Fein was expelled")
                        # "The exchange came as the envoy prepared to travel to Moscow next week": what it came with
                        r"|(?<=\bcame)\s+(?=as\s+(?:the\s+)?[A-Za-z])"
                        # (", as fighting spread to a third region over the weekend": a closing as-clause of its own)
                        rf"|,\s+(?=as\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:[a-z]{{3,}}ed|spread|grew|rose|fell|broke|"
                        r"came|went|hit|shot|struck|fled|flew|took|began)\s)"
                        r"|\s+_\s+|\s+--?\s+|\s+—\s+|;\s+|\s*\(|\)")
_RELATIVE = re.compile(r"(?:who|whom|which|whose|that)\b")
#: What a saying reports, up to its verb: "said [the incursions] began…".
_REPORTED_SUBJECT = re.compile(rf"\b(?:said|says|told\s+\w+|announced|reported)\s+(?:that\s+)?"
                               rf"(?P<subject>(?:the|a|an|its|their)\s+[^,;]{{1,40}}?|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                               rf"[\"“]?(?P<verb>(?:had\s+|(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b")
#: A saying whose report opens with a modal, up to it: "[Diplomats said Rubio would] travel…".
_REPORTED_MODAL = re.compile(r"^(?:[^,;]{0,80}?)\b(?:said|says|told\s+\w+|announced)\s+(?:that\s+)?"
                             r"(?:the|a|an|its|their|he|she|they|it|we|[A-Z][\w'’-]*)(?:\s+[^\s,;]+){0,5}?\s+(?:would|will)(?=\s)")
#: A predicate that opens with a modal and its verb: "…and would appear in court on Monday".
_MODAL_FIRST = re.compile(r"(?:would|will|could|should|might|must)\s+(?:not\s+)?(?:be\s+|have\s+)?[a-z]{3,}\b")
#: A clause right after a day that it tells, mid-sentence: "…came [the same evening] the group's leader said…".
_CONTACT_AFTER = re.compile(rf"\s+(?:that\s+|when\s+)?(?:he|she|they|it|we|I|(?:(?!(?:and|or|but|to|in|on|at|as|for|with|by|"
                            rf"from|after|before|of|which|who|was|were|is|are)\b)[\w'’.-]+\s+)"
                            # (a noun's own phrase may follow its first word: "the ban on girls' schooling [was extended]")
                            rf"(?:(?!(?:and|or|but|to|as|with|by|from|after|before|which|who|was|were|is|are)\b)[\w'’.-]+\s+){{0,6}}?)"
                            rf"(?:(?:was|were)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A clock time given again in another zone, in brackets: "(2130 GMT)", "(0430 GMT)", "(1500 UTC)".
_ZONE_ASIDE = re.compile(r"\(\s*\d{1,2}:?\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|local\s+time|[A-Z]{2,4}T)\s*\)")
#: The object of a verb that a "who" clause right after it is about, up to its comma, opening with a
#: person named by a capitalised title: "met [the Special Representative of the OSCE Chairperson-in-Office for
#: the Transnistrian Settlement Process], who…".
_PERSON_AFTER_VERB = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|meets|visits|receives)\s+"
                                r"(?P<head>(?:the|a|an)\s+(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*\s+(?:of|for|to)\s+[^,;]{1,100})$")
#: A name given again in brackets, short or in full: "(ELN)", "(Revolutionary Armed Forces of Colombia)".
_NAME_ASIDE = re.compile(r"\(\s*[A-Z][\w.&'’-]*(?:\s+(?:of|and|for|the|[A-Z][\w.&'’-]*)){0,6}\s*\)")
#: A clause of place whose own subject says the dated thing: "…the Kordofan region, where the World Food
#: Programme said [last Thursday] that it could not reach Kadugli".
_PLACE_SAYING = re.compile(r"(?:where|there)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,5}(?:said|says|told|announced|warned|"
                           r"reported)\b")
#: "…another war, which he said in March could break out": a relative clause that only reports
_REPORTING = re.compile(r"\b(?:said|says|told|announced|stated|wrote|added|noted|warned|claimed)\b")
#: "…according to the United Nations, which warned [last week] that famine had spread", "…chaired by
#: Mahmoud Okonjo, who won the award [in 2021]": a name, and a relative clause in the past that holds the date.
#: Plural nouns of people that open a sentence capitalised, where a name in -s could stand: "Judges said…".
_PLURAL_AGENTS = frozenset("judges officials ministers leaders diplomats envoys negotiators mediators rebels troops soldiers "
                           "police protesters residents authorities lawmakers legislators prosecutors investigators doctors "
                           "medics witnesses observers monitors delegates analysts militants forces voters workers activists "
                           "inspectors experts researchers senators deputies officers fighters".split())
#: …whose gathering a clause may tell too: "…by foreign ministers, who meet on Dec. 15".
_PEOPLE_WHO_GATHER = words_pattern(_PLURAL_AGENTS)
_NAMED_RELATIVE = re.compile(r"(?P<noun>\b(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*"
                             r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*"
                             # (or a bare plural of people, whose gathering ahead the clause tells: "…approval by foreign
                             # ministers, who meet on Dec. 15")
                             r"|(?:(?<=\bby\s)|(?<=\bto\s)|(?<=\bfor\s)|(?<=\bwith\s)|(?<=\bfrom\s)|(?<=\bof\s))(?:[a-z][\w-]*\s+)?"
                             rf"{_PEOPLE_WHO_GATHER}),\s+"
                             r"(?:which|who)\s+"
                             r"(?P<verb>(?:[a-z]{3,}ed|[a-z]{3,}(?<!ss)s(?=\s+(?:(?:the|a|an|its|his|her|their)\b|[A-Z]))|"
                             r"(?:will\s+|are\s+(?:due|set|expected)\s+to\s+)?(?:meet|gather|convene|vote|resume|decide)|"
                             rf"{_TRANSITIVE_PASTS})\b)"
                             # (no second clause or dash inside: "…who oversees the decree that broke up Bell [in 1984]")
                             r"(?:(?!\b(?:that|which|who)\b|--|—)[^,;:()\"“”]){0,100}?\s+(?:(?:on|in|at|during)\s+)?$")


#: (…or at a second relative clause about the same noun: "which collapsed in July 2023 and which diplomats want to revive")
_CLAUSE_CLOSE = re.compile(r",\s|;|$|\s+(?:and|but|or)\s+(?:which|who|whom|whose)\s")
#: A plural noun, not a word that ends in "s": "that the accession was planned".
_NOT_A_PLURAL = r"(?!(?:was|has|is|does|this|its|his|as|us|thus)\b)"
#: "…Nagorno-Karabakh, a region that Azerbaijan retook in a lightning offensive [in September 2023]": a
#: relative clause with a named subject of its own, whose object is the noun (or the name it explains).
_OBJECT_RELATIVE = re.compile(
    r"(?:(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+)?"
    # (a place or matter may follow the noun: "the ceasefire at sea that the United States announced…")
    r"(?P<noun>\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*(?:\s+(?:at|on|in|over|of)\s+(?:the\s+)?[\w-]+)?),?\s+"
    r"(?:that|which)\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|and))*?(?:\s+[A-Z][\w'’.-]*)?(?:['’]s\s+[a-z][\w-]*)?"
    # (or people a plural names, or a pronoun: "the truce that (the) mediators proposed", "the letter that he wrote")
    rf"|(?:the\s+)?(?:{_NOT_A_PLURAL}[a-z][\w-]*\s+)?{_NOT_A_PLURAL}[a-z][\w-]+s|it|they|he|she|we)\s+"
    # (not a saying: "the deal that officials said…" tells what was said of the deal)
    rf"(?P<verb>(?:(?:has|had)\s+)?(?!(?:said|told|reported)\b)(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b)(?P<rest>[^,;:()\"“”]{{0,100}}?)\s+"
    r"(?:(?:on|in|at|during)\s+)?$")


#: "…opposition leader Nika Melia, whose arrest [in February 2021] triggered…": what a name owns.
_WHOSE = re.compile(r"(?:(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+\s+){1,2}(?:in|of|for)\s+[A-Z][\w'’.-]*"  # "…Union mission in Somalia"
                    r"|[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
                    r"|[A-Z][\w.-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"  # "the OSCE's field operations"
                    r"|(?<![\w,] )(?:The|the)\s+(?:[a-z][\w-]*\s+)?(?:president|prime\s+minister|chancellor|king|queen|emir|"
                    r"leader|government|mission|force|envoy|secretary-general|commander|minister|parliament|"
                    r"assembly)"
                    # (…or people told by a plural: "the appointment of senior officials, whose terms expire on…")
                    r"|(?:(?<=\bof\s)|(?<=\bfor\s)|(?<=\bto\s)|(?<=\bwith\s))(?:[a-z][\w-]*\s+)?[a-z]{3,}[^s\W]s),\s+whose\s+"  # ("The president, whose term ends in December, said…")
                    # "…set up a commission whose ruling two years later awarded…": a restrictive one
                    r"|(?<=\b[a-z]\s)(?P<body>commission|court|tribunal|panel|council|committee|board)\s+whose\s+)"
                    # "whose arrest", "whose Board of Governors"
                    r"(?P<owned>(?:[a-z][\w-]*\s+)?[a-z][\w-]*|[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,3})"
                    r"(?=[^,;:()\"“”]{0,100}$)")


def _whose_clause(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"Melia's arrest triggered the resignation of the then prime minister": a "whose" clause that
    holds the date, with the name for its owner."""
    m = _WHOSE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None:
        return None
    owner, word = m["name"] or f"the {m['body']}", m["owned"].split()[0]
    named = _ROLE_NAMED.match(sentence.text, m.end("owned")) if _ROLE_WORD_END.search(m["owned"]) else None
    if named is not None:  # "Slovakia, whose prime minister Robert Fico lifted his veto on Wednesday": the one named did it
        return _turned_clause(sentence, t, f"{possessive(owner)} {m['owned']} {named['name']}", named.end("name"))
    # "…, whose mandate the Security Council renewed in December": the clause's own subject did it to what is owned
    done = _WHOSE_OBJECT.match(sentence.text, m.start("owned") + len(word))
    if done is None and " " in m["owned"]:  # "whose nuclear sites Israel struck"
        done = _WHOSE_OBJECT.match(sentence.text, m.end("owned"))
        word = m["owned"] if done is not None else word
    owned = m["owned"] if done is None else word
    if re.search(r"\s[a-z]+\s", owner):  # "the mandate of the African Union mission in Somalia"
        the = "the " if re.search(r"\bthe\s+$", sentence.text[max(0, m.start() - 5):m.start()]) else ""
        owned = f"the {word} of {the}{owner}"
        owned_end = m.start("owned") + len(word)
    else:
        owned, owned_end = f"{possessive(owner)} {owned}", m.end("owned")
    if done is not None:
        subject = done["subject"][:1].upper() + done["subject"][1:]
        if re.match(r"(?:The|A|An)\s", owned):  # ("…renewed the mission's mandate": no capital inside the clause)
            owned = owned[:1].lower() + owned[1:]
        return _turned_clause(sentence, t, f"{subject} {done['verb']} {owned}", done.end())
    return _turned_clause(sentence, t, owned, owned_end)


#: Someone said to have held power or office since the date: "Pashinyan, in power since", "…, who has been in office since".
_IN_POWER_SINCE = re.compile(r"(?P<who>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+(?:who\s+has\s+been\s+)?in\s+"
                             r"(?P<what>power|office)\s+since\s+(?:the\s+)?$")
#: A role a "whose" clause owns, then the name of who holds it: "whose prime minister [Robert Fico] lifted".
_ROLE_WORD_END = re.compile(r"\b(?:minister|president|premier|leader|chief|commander|king|queen|envoy|head|spokesman|"
                            r"spokeswoman|spokesperson|ambassador|chancellor|governor|mayor)$")
_ROLE_NAMED = re.compile(rf"\s+(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}})(?=,?\s+(?:has\s+|had\s+)?"
                         rf"(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}|said|told|was|is|will|would)\b)")
#: The subject and verb of a "whose" clause whose owned noun is their object: "whose mandate [the Security
#: Council renewed]".
_WHOSE_OBJECT = re.compile(rf"\s+(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}|he|she|they|we)\s+"
                           rf"(?P<verb>(?:(?:has|had|have)\s+)?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}))\b")


def _turned_clause(sentence: Sentence, t: Timex, prefix: str, resume: int) -> tuple[Sentence, int]:
    """A clause rewritten to open with `prefix` and go on from `resume` to the first comma after its
    date ("Juanita Castro, who arrived in Miami in 1961, believes…" ends at "1961"), as a sentence of its
    own placed so that the dates after `resume` keep their offsets; with it, where the clause's own words start."""
    hi = _CLAUSE_CLOSE.search(sentence.text, t.end - sentence.start).start()
    text = prefix + sentence.text[resume:hi]
    start = sentence.start + resume - len(prefix)
    return Sentence(start, start + len(text), text), sentence.start + resume


#: An object relative without "that": "toward the association of Serb-majority municipalities it
#: agreed to create [in 2013]", a pronoun right after the noun phrase as the clause's subject.
#: (Not "the minister twice since he arrived", "the same time it reported": a clause of its own, or a
#: time's.)
_NOT_IN_CONTACT_NOUN = (r"(?!(?:after|before|since|as|when|while|because|until|if|once|twice|than|that|which|who|where|"
                        r"and|or|but|time|times|day|days|year|years|week|month|moment|way|reason|same)\b)")
_CONTACT_RELATIVE = re.compile(
    # (after a preposition or a verb: "that thirteen dollar a barrel level we saw" has no noun phrase to turn)
    # (any verb before a noun phrase a plural or a name follows: "follow a deal the two countries reached")
    r"(?:\b(?:(?P<governed>of|to|toward|towards|in|on|at|for|with|from|into|over|against|by|about|under|is|was|are|were|"
    r"[a-z]{3,}ed)|(?P<verb_before>[a-z]{3,}))\s+)"
    rf"(?P<noun>(?:the|a|an)\s+(?:{_NOT_IN_CONTACT_NOUN}(?:of|[a-z][\w-]*|[A-Z][\w-]*)\s+){{0,4}}?"
    rf"{_NOT_IN_CONTACT_NOUN}(?!(?:{_NOUN_PREPOSITIONS}|of|into|between|among|near)\b)[a-z][\w-]*)\s+"
    # (or a plural noun phrase: "a maritime border deal the two countries reached in October 2022")
    rf"(?P<subject>it|they|he|she|we|the\s+(?:two\s+|three\s+|both\s+)?(?:[a-z]+\s+)?{_NOT_A_PLURAL}[a-z]{{2,}}s)\s+"
    # (a past spelled like its present after "had": "a crossing it had shut on Nov. 4")
    rf"(?P<verb>(?:(?:has|had)\s+)?(?!(?:said|told|reported)\b)(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b"
    rf"|(?:has|had)\s+{words_pattern(PAST_LIKE_PRESENT)}\b)"
    r"(?P<rest>(?:(?!\s(?:and|but|or|while|as|when|after|before|because|until)\s)[^,;:()\"“”]){0,80}?)\s+"
    r"(?:(?:on|in|at|during)\s+)?$")


#: A finite verb between an object relative's verb and the date: the date then belongs to the main clause.
_MAIN_VERB_IN_REST = re.compile(rf"\b(?:{_REST_AUXILIARY}|fell|broke|began|came|went|took)\b"
                                r"|(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)\b[a-z]{3,}ed\b")


def _object_relative(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """The clause of an object relative, turned round:
    "Azerbaijan retook Nagorno-Karabakh in a lightning offensive [in September 2023]"."""
    lo, hi = max(0, t.start - sentence.start - 200), t.start - sentence.start
    m = _OBJECT_RELATIVE.search(sentence.text, lo, hi)
    if m is not None and (_MAIN_VERB_IN_REST.search(m["rest"]) or _VERB.search(_CAPITALISED_WORDS.sub("", m["noun"]))):
        m = None  # "The truce that Russia agreed in March collapsed [in April]": the date is the main clause's
    if m is not None:
        verb, resume = _verb_with_its_infinitive(sentence.text, m)
        noun = m["name"] or re.sub(r"^(?:The|An?)\b", lambda w: w.group().lower(), m["noun"])
        subject = m["subject"][:1].upper() + m["subject"][1:]
        prefix = f"{subject} {verb} {noun}"
        turned, clause_start = _turned_clause(sentence, t, prefix, resume)
        after = _phrase_end(t, []) - sentence.start
        if not re.search(r",\s+$", sentence.text[:m.start("subject")].rsplit(" ", 2)[0] + " ") \
                and _FINITE_AFTER.match(sentence.text, after):
            # a restrictive clause ends at its date when the main verb follows: "…that the mediators
            # proposed in the spring of 2025 was never put into effect"
            cut = len(prefix) + after - resume
            turned = Sentence(turned.start, turned.start + cut, turned.text[:cut])
        return turned, clause_start
    m = _CONTACT_RELATIVE.search(sentence.text, lo, hi)
    if m is None or _VERB.search(_CAPITALISED_WORDS.sub("", m["noun"])) \
            or (m["verb_before"] and m["subject"] in ("it", "they", "he", "she", "we")):
        return None
    # the pronoun is the one who did it in the clause that holds the noun: "…that Pristina had not
    # taken a step toward the association it agreed to create" is Pristina
    that = list(re.finditer(r"\bthat\s+", sentence.text[:m.start()]))
    # (…or of the clause the noun stands in: "…hours after Israel reopened a crossing it had shut")
    own = re.split(r"[,:;]\s+|\b(?:after|before|when|while|as|because|since|until)\s+", sentence.text[:m.end("noun")])[-1]
    doer = _subject_of(sentence.text[that[-1].end():m.start()]) if that else _subject_of(own) if m["subject"] == "it" else None
    if doer is None or m["subject"] != "it" or not doer[:1].isupper() or doer.split()[0] in ("He", "She", "They", "It", "We"):
        doer = m["subject"].capitalize()
    noun = m["noun"][:1].lower() + m["noun"][1:]
    verb, resume = _verb_with_its_infinitive(sentence.text, m)
    return _turned_clause(sentence, t, f"{doer} {verb} {noun}", resume)


def _verb_with_its_infinitive(text: str, m: re.Match[str]) -> tuple[str, int]:
    """A relative's verb (with its infinitive) and where its clause goes on after them."""
    verb, used = _with_its_infinitive(m["verb"], m["rest"])
    return verb, m.start("rest") + used


def _with_its_infinitive(verb: str, rest: str) -> tuple[str, int]:
    """A relative's verb with the infinitive its noun is the object of ("it agreed to create"), and
    how much of the rest that took: the noun goes after both ("Pristina agreed to create the
    association"), not between them."""
    # (not a preposition's object: "which he presented to the two delegations")
    to = re.match(r"\s+to\s+(?:be\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|my|your|some|all|both|"
                  r"each|every|[a-z]+[^su]s)\b)[a-z]+(?:\s+(?:up|off|out|down|back|over|aside|away)\b)?", rest)
    return (verb + " " + to.group().strip(), to.end()) if to is not None else (verb, 0)


#: A relative clause's second predicate: "…offensive in Karabakh, which began on Sept. 19, and ended
#: [the next day] with…": the antecedent, then its second verb.
_RELATIVE_SECOND_PREDICATE = re.compile(
    r"(?P<noun>\b(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*"
    r"|\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,2}[a-z][\w-]*),\s+(?:which|who)\s+"
    r"[^;:()\"“”]{3,160}?,?\s+and\s+"
    rf"(?P<verb>(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b)"
    r"(?:(?!\b(?:that|which|who)\b)[^,;:()\"“”]){0,80}?\s+(?:(?:on|in|at|during)\s+)?$")


def _relative_second_predicate(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"Azerbaijan's offensive in Karabakh, which began on Sept. 19, 2023, and ended the next day with
    the surrender…": the date of the relative clause's second verb is its antecedent's happening."""
    m = _RELATIVE_SECOND_PREDICATE.search(sentence.text, max(0, t.start - sentence.start - 240), t.start - sentence.start)
    if m is None:
        return None
    owned = _HAPPENING_IN_PLACE.search(sentence.text, max(0, m.start("noun") - 80), m.end("noun"))
    # (a passive goes on in the passive: "the treaty, which was signed in 2019, and ratified [in 2021]")
    passive = re.match(r",\s+(?:which|who)\s+(was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", sentence.text[m.end("noun"):])
    aux = f"{passive[1]} " if passive and not _INTRANSITIVE.match(m["verb"]) else ""
    return _turned_clause(sentence, t, f"{owned.group(0) if owned else m['noun']} {aux}", m.start("verb"))


def _named_relative(sentence: Sentence, t: Timex) -> tuple[Sentence, int] | None:
    """"…, according to the World Food Programme, which warned on Tuesday that…": the date is the
    relative clause's, and the one named before the clause did it: "World Food Programme warned on
    Tuesday that…", the name for the pronoun."""
    m = _NAMED_RELATIVE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
    if m is None or (re.search(r"(?:meet|gather|convene|vote|resume|decide)$", m["verb"])
                     and not re.search(rf"\b{_PEOPLE_WHO_GATHER}$", m["noun"])):
        return None  # (who gathers is people: not "the backing of leaders, who will gather…")
    # (a place named after its happening: "Azerbaijan's offensive in Nagorno-Karabakh, which began…" began)
    owned = _HAPPENING_IN_PLACE.search(sentence.text, max(0, m.start("noun") - 80), m.end("noun"))
    # (the second of two sides is no antecedent: "the ceasefire between Israel and Hamas, which took effect")
    sides = _BETWEEN_SIDES.search(sentence.text, max(0, m.start("noun") - 100), m.start("noun"))
    noun = owned.group(0) if owned else (sides["np"] + m["noun"]) if sides else m["noun"]
    # (people from a body are who: "Observers from the Organization of American States, who arrived on Dec. 8")
    people = _PEOPLE_FROM_BEFORE.search(sentence.text, max(0, m.start("noun") - 40), m.start("noun")) \
        if re.match(r"(?:the\s+)?[A-Z]", m["noun"]) and re.search(r",\s+who\s", m.group()) else None
    if people is not None:
        noun = f"{people['np']}{noun}"
    if re.search(r"(?:meet|gather|convene|vote|resume|decide)$", m["verb"]):
        noun = re.split(r"\s+of\s+", noun)[-1]  # ("the backing of leaders, who will gather": the leaders)
    return _turned_clause(sentence, t, f"{noun} ", m.start("verb"))


#: People named by the body they are from or of, before its name: "[Observers from ]the Organization of…".
_PEOPLE_FROM_BEFORE = re.compile(r"(?:^|(?<=\s))(?P<np>(?:[Tt]he\s+)?[A-Za-z][a-z-]{2,}s\s+(?:from|of)\s+)$")


#: A bare object right after its verb, ending a clause: "…agreed to restore [rail links]".
_BARE_OBJECT = re.compile(rf"(?:\bto\s+[a-z]{{3,}}|(?<![-'’])(?<!\bmost\s)(?<!\bmore\s)(?<!\bless\s)(?<!\bthe\s)(?<!\ba\s)"
                          rf"(?<!\ban\s)(?<!'s\s)(?<!’s\s){_VERB.pattern})\s+(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*)$")
#: A noun phrase whose "between" names two sides, up to the second: "the ceasefire between Israel and ".
_BETWEEN_SIDES = re.compile(r"(?P<np>\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s+between\s+(?:the\s+)?"
                            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+and\s+)$")


#: A verb right after a date that opens the sentence, with no comma: German and Dutch word order
#: ("Im März hatten…", "Am Freitag sollen…", "In maart heeft…").
#: German pasts that stand second after a fronted date, none spelled like an English word: "[im März] folgte…".
_GERMAN_LEXICAL_PAST = (r"(?:folgte|folgten|begann|begannen|kam|kamen|fand|fanden|trat|traten|gab|gaben|ging|gingen|"
                        r"unterzeichnete|unterzeichneten|einigte|einigten|traf|trafen|erklärte|erklärten|beschloss|beschlossen|"
                        r"startete|starteten|endete|endeten|scheiterte|scheiterten|griff|griffen|besuchte|besuchten)")
_FRONTED_BEFORE_VERB = re.compile(rf" (?:{_GERMAN_LEXICAL_PAST}|hat|hatte|hatten|haben|habe|ist|war|waren|sind|wird|werden|wurde|wurden|soll|"
                                  r"sollen|sollte|sollten|kann|können|konnte|konnten|will|wollen|wollte|wollten|muss|"
                                  r"müssen|musste|mussten|heeft|hebben|had|hadden|is|zijn|was|waren|wordt|worden|werd|"
                                  r"werden|zal|zullen)\s")
_CLOSING_CLAUSE = re.compile(r",\s+(?:(?:(?:[\w-]+\s+){0,2}(?:hours|days|weeks|months|years|minutes|moments)|shortly|just|soon|only|"
                             r"a\s+day|a\s+week)\s+)?"
                             r"(?:after|before|since|until|while|following)\s"
                             # "Crowds gathered on Nov. 20, but the minister said on Monday…": its own clause, too
                             r"|,\s+but\s+(?=(?:the|a|an|his|her|its|their|he|she|they|it|we)\s|[A-Z])"
                             # "Colombia elects a president in May, and candidates have vowed…": another's doing
                             r"|,\s+and\s+(?=(?:the|a|an|his|her|its|their|he|she|they|we)\s|[A-Z]|[a-z]{3,}s\s"
                             r"|(?:by|on|in|at|until|since|after|before|during|within|from)\s)"
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


#: A closing time phrase of a clause: ", days after the invasion began", ", hours before the vote".
_TRAILING_TIME_ASIDE = re.compile(r",\s+(?:(?:(?:[\w-]+\s+){0,2}(?:hours|days|weeks|months|years)\s+)?"
                                  r"(?:after|before|since|when|while)|with\s+(?:immediate\s+)?effect\s+(?:from|on)|"
                                  r"effective(?:\s+(?:from|on|as\s+of))?|starting(?:\s+(?:from|on))?)\s+[^,;:()—]*$")


#: A place's name, one to three capitalised words: "Istanbul", "Abu Dhabi".
_PLACE_NAME = re.compile(r"\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*")


#: A date written as words before "that": "June 2023", "Jan. 16", "16 January 2025", "2019", "late March".
_DATE_WORDS = re.compile(r"\s*(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}"
                         r"(?:\s+\d{4})?|\d{4})\s*")


#: A date that takes "the": "the early 1990s", "the spring of 2020", "the second half of 2018", "the 19th century".
_DATE_WITH_ITS_ARTICLE = re.compile(r"the\s+(?:(?:early|late|mid-?)\s*)?(?:\d{4}s|(?:spring|summer|autumn|fall|winter|"
                                    r"(?:first|second)\s+half|end|start|beginning)(?:\s+of\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)\s+"
                                    r"century)\s*", re.I)


#: A participle opening a phrase after a comma, before its object's name or determiner: ", ousting Alpha Condé".
_OPENING_PARTICIPLE = re.compile(r"\s*[a-z]{3,}ing\s+(?=[A-Z]|(?:the|a|an|its|their|his|her)\s)")


def _noun_phrase_start(s: str, end: int) -> int:
    """Where the noun phrase ending at `end` starts: at its determiner ("a standoff"), or after the
    preposition that governs it ("two years of [talks]"), within sixty characters."""
    lo = max(0, end - 60)
    # (an "of" inside a name is no edge: "a two-day Group of 20 summit", "the Bank of England")
    # (a count opens one too: "[two border crossings] that it closed")
    edges = list(re.finditer(r"\b(?:(?P<det>the|a|an|its|their|his|her|this|these|those|(?:two|three|four|five|six|seven|"
                             r"eight|nine|ten|several)(?=\s)|(?<!of\s)(?<![$€£\d,.])\d{1,3}(?=\s+(?!million|billion|trillion|percent|per\b)[a-z]))|(?P<prep>of(?!\s+(?-i:[A-Z\d]))|in|on|"
                             r"at|by|for|with|from|to|about|over|after|before|during|between|among|"
                             # (a verb and its particle before a bare plural: "shot down [drones that entered…]")
                             r"(?-i:shot\s+down|fired|launched|seized|captured|detained|arrested|killed|"
                             # (…or a measure's: "suspended [imports of Japanese seafood that had resumed…]")
                             r"suspended|banned|halted|lifted|imposed|blocked|restricted)))\b|[,;:(]",
                             s[lo:end], re.I))
    if not edges:
        # ("[Talks] that began in March ended…": a bare noun opening the sentence is the whole phrase)
        return 0 if lo == 0 and re.fullmatch(r"\s*(?:[\w'’-]+\s+){1,3}", s[:end]) else end
    last = edges[-1]
    if last["det"] and _DATE_WITH_ITS_ARTICLE.fullmatch(s, lo + last.start(), end) and len(edges) > 1 \
            and edges[-2]["prep"] and edges[-2]["prep"].lower() in ("in", "during") \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + edges[-2].start() - 20):lo + edges[-2].start()]):
        # "fought a war over Nagorno-Karabakh in [the early 1990s] that ended…": the date says when, the noun before what
        return _noun_phrase_start(s, lo + edges[-2].start())
    if last["det"]:
        return lo + last.start()
    start = lo + last.end()
    if last["prep"] and last["prep"].lower() in ("in", "at", "over", "on") and _PLACE_NAME.fullmatch(s, start, end) \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + last.start() - 20):lo + last.start()]):
        # "talks in [Istanbul] that had appeared close to collapse": a place names where, the noun before it what
        # ("a war over [Nagorno-Karabakh] that ended…": or what about)
        return _noun_phrase_start(s, lo + last.start())
    if last["prep"] and last["prep"].lower() in ("in", "on") and _DATE_WORDS.fullmatch(s, start, end) \
            and re.search(r"[a-z]{3,}\s+$", s[max(0, lo + last.start() - 20):lo + last.start()]):
        # "signed a ceasefire in [June 2023] that expired…": a date says when, the noun before it what
        return _noun_phrase_start(s, lo + last.start())
    infinitive = _INFINITIVE_OBJECT.match(s, start, end) if last["prep"] and last["prep"].lower() == "to" else None
    if infinitive is not None:  # "agreed to manage [tensions that flared…]": the infinitive's bare object
        start = infinitive.start("np")
    # "a ban on imports of gas [that will take effect]": what a measure is on is no antecedent of its own
    # (a relative clause is otherwise the nearest noun's: "a suspect in shootings [that injured doctors]")
    measure = _MEASURE_ON.search(s, lo, start)
    return measure.start() if measure else start


#: A verb of an infinitive and its bare plural object: "to [manage] tensions", "to ease sanctions".
_INFINITIVE_OBJECT = re.compile(r"\s*(?:manage|ease|end|stop|lift|impose|resolve|address|reduce|defuse|calm|contain|avoid|"
                                r"prevent|discuss|settle|halt|curb|limit|tackle|counter|restore|resume|expand|extend)\s+"
                                r"(?P<np>(?:[a-z][\w-]*\s+)?[a-z][\w-]*s)\s*$")  # (or two words: "to end border clashes")
#: A noun phrase in apposition at a clause's end, the antecedent of the relative clause after it.
_APPOSED_ANTECEDENT = re.compile(r",\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*$")
#: A main clause's object taken up again by a general noun in apposition: "…approved a plan to halt the
#: transit of gas to Europe, a move [that will take effect in January]".
_ANAPHORIC_APPOSITIVE = re.compile(rf".*\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|announced|approved|adopted)\s+"
                                   r"(?P<object>(?:a|an|the|its|their)\s+[^,;:()\"“”]{3,120}?),\s+"
                                   r"(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|step|decision|measure)\s*", re.S)


#: A doing told by its gerund, then an appositive that names it a process: "[demarcating the border], a process ".
_GERUND_PROCESS = re.compile(r"\b(?P<object>[a-z]{3,}ing\s+(?:the|a|an|its|their)\s+[^,;:()\"“”]{2,60}?),\s+(?:a|an|the)\s+"
                             r"(?:[a-z]+\s+)?(?P<noun>process|effort|exercise|task|undertaking)\s*$")


#: A measure and what it is on, ending at a preposition: "a ban on", "the price cap against".
_MEASURE = (r"\b(?:the|a|an|its|their|his|her|this|new)\s+(?:[\w'’-]+\s+)?(?:(?:ban|embargo|cap|limit|tax|"
            r"tariffs?|duty|duties|levy|moratorium|restrictions?|curbs?|controls?|freeze)\s+(?:on|against)"
            # ("an Islamist blockade of fuel imports that began in early September": the blockade began)
            r"|(?:blockade|siege|boycott|suspension|closure)\s+(?:of|on|against))")
_MEASURE_ON = re.compile(_MEASURE + r"\s*$", re.I)
#: …and a noun phrase that opens with one: "A ban on imports of gas".
_MEASURE_OPENS = re.compile(_MEASURE + r"\s", re.I)


#: A happening named with the place it happened in, at the end of a phrase: "Azerbaijan's lightning
#: offensive in Nagorno-Karabakh", "the war in Gaza".
_HAPPENING_IN_PLACE = re.compile(r"(?:(?:[A-Z][\w.-]*['’]s|the|a|an|its|their)\s+)(?:[a-z][\w'’-]*\s+){0,2}?"
                                 r"(?:offensive|war|attack|invasion|assault|operation|fighting|clashes|campaign|blockade|"
                                 r"siege|uprising|crisis|conflict|strikes?|bombing|raid|incursion)\s+(?:in|on|against|near)\s+"
                                 r"(?:(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,3}"
                                 r"|the\s+(?:(?:far\s+)?(?:north|south|east|west)(?:-?(?:east|west))?|capital|border(?:\s+region)?))$")


#: ", and he …", "; the army …": a coordinated clause with its own subject ends the one before it.
_NEW_CLAUSE = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:he|she|they|it|we|I|[A-Z][\w'’-]*"
                         # ("…, and their leader signed a decree": a possessive's noun and its verb)
                         # ("…, and a shorter 19-point version emerged from talks": an article's)
                         rf"|(?:his|her|its|their|the|a|an)\s+(?:[\w][\w-]*\s+){{0,3}}?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}))\s")


#: A title that opens with a noun phrase and a restrictive relative clause in the past: "A ceasefire that ended…".
_LEADING_RELATIVE = re.compile(rf"(?P<np>(?:The|A|An|Its|Their|His|Her)\s+[^,;]{{1,50}}?)\s+(?:that|who)\s+"
                               rf"(?=(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b)")
#: A second finite verb after a restrictive relative clause's own, not joined to it by "and": the main clause's.
_MAIN_VERB_BACK = re.compile(rf"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bto)(?<!\bwho)(?<!\bwhich)(?<!\bthat)(?<!,)(?<!\bhe)"
                             rf"(?<!\bshe)(?<!\bit)(?<!\bthey)(?<!\bwe)(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bwas)(?<!\bwere)(?<!\bbeen)"
                             # (a passive's participle is no verb of its own: "a transition that was [meant] to end")
                             rf"\s(?:{_TRANSITIVE_PASTS}|was|were|will"
                             # (or a present of what still holds: "Little of the vitriol that it aroused in 1990 remains")
                             r"|remains|persists|lingers|survives)\b")
_MAIN_VERB_AFTER_FULL_DATE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{_TRANSITIVE_PASTS}|[a-z]{{3,}}ed|was|were|has|have|had|will|"
                                        r"would|remains|is|are)\b")
_CLOSING_CONCESSION = re.compile(r",\s+(?:despite|amid|in\s+spite\s+of|notwithstanding)\s")
#: An opening phrase's preposition: "Under the ceasefire that…, Hamas agreed".
_FRONTED_PREPOSITION = re.compile(r"\s*(?:Under|After|Since|Following|Despite|With|Amid|During|Before|Until|As\s+part\s+of|"
                                  r"In\s+line\s+with|According\s+to)\s+(?:the|a|an|its|their|his|her)\s")
#: ", and said…", ", but would…": a predicate of the main clause's subject, after a subordinate clause.
_MAIN_PREDICATE_AGAIN = re.compile(rf",\s+(?:and|but)\s+(?:then\s+)?(?:said|says|will|would|has|have|had|was|were|is|are|[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b")


_COUNT_WORD = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|hundreds\s+of)"
#: A counted noun phrase (or two joined) closing a clause: "11 persons and 8 entities", "three journalists".
#: (not a sum: "$48 million, which included…")
_COUNTED_NOUN = r"(?!(?:million|billion|trillion|thousand|percent|per|points?)\b)[a-z][\w-]*"
_COUNTED_PHRASE_END = re.compile(rf"(?<![$€£\w.,]){_COUNT_WORD}\s+(?:[a-z][\w-]*\s+)?{_COUNTED_NOUN}"
                                 rf"(?:\s+(?:and|or)\s+{_COUNT_WORD}\s+(?:[a-z][\w-]*\s+)?{_COUNTED_NOUN})?\s*$", re.IGNORECASE)


#: What may follow the date that closes a sentence.
_CLOSING_DATE = re.compile(r"\s*(?:[.;!?]\s*)?$")


#: A relative aside opened before a point and not yet closed: ", who began a third term in January after".
_RELATIVE_STILL_OPEN = re.compile(r",\s+(?:who|which)\b[^,;]*$")


def _clause_of(sentence: Sentence, t: Timex, relative_only: bool = False) -> Sentence | None:
    """The subordinate clause of `sentence` that holds `t`, or None when it stands in the main one
    (or, with `relative_only`, when it is no relative clause).

    A relative clause keeps its antecedent ("a nurse who was wounded…"), so the title says who;
    ", eight months after it applied in March 2022" is told from "it applied".
    """
    s = sentence.text
    # (a wire dateline ends where the sentence's first clause begins; its "(Reuters)" opens no clause)
    lead = dateline_end(s)
    # (nor does a clock time's other zone: "at 11:30 p.m. (2130 GMT) on Tuesday")
    zones = [(m.start(), m.end()) for m in _ZONE_ASIDE.finditer(s, lead)]
    # (nor a name's short form or full name in brackets: "the National Liberation Army (ELN) will resume")
    zones += [(m.start(), m.end()) for m in _NAME_ASIDE.finditer(s, lead)]
    cuts = [0] + ([lead] if lead else []) + [m.end() for m in _SUBCLAUSE.finditer(s, lead)
                                             if not any(a <= m.end() - 1 < b for a, b in zones)] + [len(s)]
    rel = t.start - sentence.start
    for i in range(len(cuts) - 1):
        lo, hi = cuts[i], cuts[i + 1]
        if lo <= rel < hi:
            if i == 0 or _NEW_CLAUSE.search(s, lo, rel):
                return None  # "…shortly after Abiy took office, and he won the prize the following year"
            head = s[lo:hi]
            if re.match(r"before\s+(?:the|a|an)\s+[A-Z]", head) and not _VERB.search(s, lo, rel):
                return None  # "was brought before the Court on 3 March 2023": a place before someone, no clause
            if _MAIN_PREDICATE_AGAIN.search(s, lo, rel) and (not _RELATIVE.match(head) or re.search(r",\s*$", s[:lo])):
                # "began on Oct. 10, two days after the truce took effect, and saw… on Oct. 13": the main subject's
                # (as after an aside between commas: "brokered the accord, which ended an insurgency, and chaired…")
                return None
            if relative_only and not _RELATIVE.match(head):
                return None
            close = s.find(", ", lo, rel)
            if close >= 0 and (re.match(rf"(?:{_AUXILIARY})\b", s[close + 2:])
                               or _RELATIVE.match(head) and re.match(rf"(?:[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS)})\s", s[close + 2:])):
                # "…governments that seized power in 2020, had announced in January…", "Halvat, who led
                # Croatia…, died on Tuesday": the main verb is back
                return None
            if close >= 0 and _RELATIVE_STILL_OPEN.search(s, max(lead, lo - 200), lo) \
                    and re.match(rf"(?:(?:also|then|later)\s+)?(?:[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS)})\s", s[close + 2:]):
                # "Maduro, who began a third term … after an election the opposition says it won, said on Friday…": the
                # clause was inside the subject's aside, which the comma closed, and the main verb is back
                return None

            bare_who = head.startswith("who") and not re.search(r",\s*$", s[:lo])
            if bare_who and (not _CLOSING_DATE.match(s, t.end - sentence.start) or len(_VERB.findall(s, lo, rel)) > 1):
                return None  # (a person's clause with no comma holds only the date that closes the sentence)
            if head.startswith("that") or bare_who:
                # its antecedent is the noun phrase right before it (…or a person's, with no comma: "a former prime
                # minister who came second in the first round on Nov. 15.")
                # ("A ceasefire that ended a year of fighting took effect on Nov. 27": the main verb is back)
                if _MAIN_VERB_BACK.search(s, lo + len(head.split(None, 2)[0]) + 1, rel):
                    return None
                relative_at = lo
                back = _MAIN_VERB_BACK.search(s, t.end - sentence.start, hi)
                if back is not None and re.search(r"[,;]|\b(?:when|where|which|who|that|after|before|while|as|since|until|"
                                                  r"because|if)\b", s[t.end - sentence.start:back.start()]):
                    back = None  # ("…on Jan. 1, 1959 when Batista fled": the verb is another clause's)
                if back is None and re.search(r"\d,\s+\d{4}$", t.text):
                    # "The war that began on Oct. 7, 2023, killed tens of thousands": a full date's closing comma, then
                    # the main verb
                    back = _MAIN_VERB_AFTER_FULL_DATE.match(s, t.end - sentence.start)
                if back is not None:  # "…a peace deal that ended the war in November 2022 left Eritrea out": it ends there
                    hi = back.start()
                elif _FRONTED_PREPOSITION.match(s, lead) and "," not in s[lead:lo]:
                    # "Under the ceasefire that took effect on 10 October, Hamas agreed…": inside an opening phrase, the
                    # clause ends at the phrase's comma
                    comma = s.find(", ", t.end - sentence.start, hi)
                    hi = comma if comma >= 0 else hi
                lo = max(_noun_phrase_start(s, lo), lead)
                told = _ANAPHORIC_APPOSITIVE.fullmatch(s, max(0, relative_at - 250), relative_at)
                if told is not None and len(told["object"].split()) <= 14:
                    # "…approved a plan to halt gas transit, a move that will take effect in January": the
                    # move is the plan, and the title says so
                    prefix = "The " + told["object"].split(None, 1)[1] + " "
                    return _turned_clause(sentence, t, prefix, relative_at + len("that "))[0]
                process = _GERUND_PROCESS.search(s, max(0, relative_at - 120), relative_at)
                if process is not None:
                    # "…for talks on demarcating the border, a process that began in 2023": the process of demarcating
                    return _turned_clause(sentence, t, f"The {process['noun']} of {process['object']} ",
                                          relative_at + len("that "))[0]
            elif head.startswith("where") and re.search(r",(?!\s*\d{4}\b)", head[rel - lo:]):
                # "…in Mullivaikkal, where the war ended on May 18, 2009, to remember the dead": at its comma
                hi = rel + re.search(r",(?!\s*\d{4}\b)", head[rel - lo:]).start()
            elif _RELATIVE.match(head):
                if "," in head[rel - lo:]:  # ", which began Friday, was set to expire…": it ends at its comma
                    hi = rel + head[rel - lo:].index(",")
                own_comma = s.rfind(",", 0, lo)
                comma = max(s.rfind(",", 0, own_comma), dateline_end(s) - 1)  # (a wire dateline is no antecedent)
                antecedent = s[comma + 1 if comma >= 0 else 0:own_comma]
                agent = re.match(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+by\s+(?=\S)", antecedent)
                if agent is not None:  # "…, witnessed by U.S. President Donald Trump, who had pressed…": the agent
                    antecedent = antecedent[agent.end():]
                if len(antecedent.split()) > 6 or _VERB.search(antecedent) or _FIRST_VERB.search(antecedent) \
                        or re.search(r"\b(?:goes|heads|moves|passes|comes|sends)\b", antecedent):
                    # a long one, or a clause: its last noun phrase ("…on the report", "met the envoy", "goes to the
                    # committee")
                    determiners = list(re.finditer(r"\b(?:the|a|an|its|their|his|her|this|that)\b", antecedent, re.I))
                    name = re.search(r"(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’.-]*\s*$", antecedent)  # "…met Aliyev"
                    # (a place after its happening is no antecedent: "Azerbaijan's offensive in Karabakh, which began…")
                    owned = _HAPPENING_IN_PLACE.search(antecedent)
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
                        counted = _COUNTED_PHRASE_END.search(antecedent)
                        # (a span of something is the something: "…for [five days of talks], which ended with…")
                        span_of = re.search(rf"\b(?:{_COUNT_WORD}|a\s+few|several|many)\s+(?:hours|days|weeks|months|years|"
                                            r"rounds|sessions)\s+of\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*$", antecedent)
                        antecedent = owned.group(0) if owned else span_of["what"] if span_of \
                            else antecedent[determiners[-1].start():] if determiners \
                            else (name.group(0) if name else counted.group(0) if counted else "")
                    bare = _BARE_OBJECT.search(antecedent) if not owned and _VERB.search(antecedent) else None
                    if bare is not None:  # "…agreed to restore rail links, which were cut…": the bare object
                        antecedent = bare["np"]
                    person = _PERSON_AFTER_VERB.search(s, max(0, own_comma - 160), own_comma) if head.startswith("who") else None
                    if person is not None and not owned:
                        # "…met the Special Representative of the OSCE Chairperson-in-Office for the … Process, who
                        # is on a visit": "who" is a person, the head of the whole phrase
                        antecedent = s[person.start("head"):own_comma]
                participle = _OPENING_PARTICIPLE.match(antecedent)
                if participle is not None:  # "…, ousting [Alpha Condé], who had changed the constitution": its object
                    antecedent = antecedent[participle.end():]
                lo = own_comma - len(antecedent)
            if hi == cuts[i + 1] and i + 2 < len(cuts) and re.fullmatch(r",?\s*", s[t.end - sentence.start:hi]) \
                    and re.match(r"\s*when\s", s[hi:hi + 8]):  # (with its comma or not: "…in January 2024 when…")
                # "…strikes that began on June 13, when jets hit the sites": the when-clause right after the
                # date tells what happened then, and stays for the title to be told from
                hi = cuts[i + 2]
            if s.startswith("that", hi):
                # "…to Europe, a move [that will take effect…]": the noun in apposition is the next clause's
                hi = lo + len(_APPOSED_ANTECEDENT.sub("", s[lo:hi]))
            body = s[lo:hi]
            lead = len(body) - len(body.lstrip(" ,_-—;()"))
            body = body.strip(" ,_-—;()")
            # "…, while Armenia said…", "…, after it applied…": the clause without its conjunction
            joiner = re.match(r"(?:(?:and|but)\s+(?:as\s+)?)?(?:while|whereas|although|though|after|before|when|since|until|"
                              r"because|as(?=\s))?\s*", body, re.I)
            if joiner:
                lead += joiner.end()
                body = body[joiner.end():]
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


#: An adverb in -ly ("deliberately and dangerously"), not a word that only ends so ("but early polls…").
_ADVERB_LY = re.compile(r"(?!(?:early|only|likely|daily|weekly|monthly|yearly|elderly|family|rally|ally|supply|reply|apply|"
                        r"holy|ugly|july|italy)\b)[a-z]{2,}ly\b")
_COORDINATION = re.compile(r",?\s+(?:and|(?<!\ball\s)(?<!\bnothing\s)(?<!\banything\s)but|while|whereas)\s+|;\s+|,\s+followed\s+by\s+"  # ("all but wiped out")
                           # (…and an "and" before an aside: "announced a common passport and, in September, introduced")
                           r"|\s+and,\s+(?=(?:in|on|at|by|from|since|last|this|early|late)\b)"
                           # (…and the other languages' "and" and "but" after a comma: ", et les deux pays ont achevé…")
                           r"|,\s+(?-i:et|und|y|e|ed|и|і|та|ve|mais|aber|pero|ma|mas|но|але|а)\s+(?=\w)"
                           # (…or without a comma, before an auxiliary or reflexive that opens a second predicate: "celebró
                           # audiencias en abril de 2025 y se espera que emita su fallo el próximo año")
                           r"|\s+(?-i:y|et|und)\s+(?=(?-i:se|ha|han|fue|fueron|será|serán|ont|est|sont|sera|seront|hat|haben|"
                           r"ist|sind|wird|werden)\s)"
                           # (Turkish chains clauses by a verb in -mış and a comma: "ilişkiler 2013 yılında kopmuş, 2023…")
                           r"|(?<=m[ıiuü]ş),\s+(?=\w)"
                           rf"|,\s+then\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}s)\s)")  # ", then rejoined"

#: …but a subject of its own with a gerund's aside, then its verb, opens a clause: "…, and its first phase, covering
#: the area south of the river, is due to be completed by…".
_SUBJECT_WITH_GERUND_ASIDE = re.compile(r"(?:the|its|their|his|her|a|an)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+,\s+(?!including\b)"
                                        r"[a-z]{3,}ing\b[^,;]*,\s+(?:is|are|was|were|has|have|had|will|would|[a-z]{3,}ed)\b")

#: "Lazaro Gonzalez, the boy's great-uncle and temporary guardian, still had not signed…": an "and"
#: followed by a few words without a verb up to a comma joins nouns, not clauses.
_NOUNS_TO_COMMA = re.compile(r"(?![^,]*\d)(?!(?:again|also|then|in|on|at|by|from|to|since|until|after|before|during)\b)"
                             # (an irregular past is a verb too: "…, and ran for president twice, in 1994 and 2000")
                             rf"(?!(?:{words_pattern(PLAIN_PASTS - {'lost', 'led', 'set', 'cut', 'put'})})\s)"
                             r"(?:(?!(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said)\b)[\w'’-]+\s+){0,3}?"
                             # (or a semicolon: "strikes on Iranian nuclear and military sites; the United States…")
                             r"(?!(?:[a-z]{3,}ed|is|are|was|were|has|have|had|will|would|said)\b)[\w'’-]+[,;]"
                             # (not a noun and its aside: "…, and a second, agreed on Jan. 15, collapsed")
                             r"(?!\s+(?:[a-z]{3,}ed|signed|held|made|won|begun|built|set|due|who|which)\b)")


#: …nor one inside a name: "the National Abortion and Reproductive Rights Action League".
_CAPITALISED_END = re.compile(r"\b[A-Z][\w'’-]*\s*$")
_NAME_GOES_ON = re.compile(r"[A-Z][\w'’-]*\s+[A-Z]")
#: A nationality before "and": an abbreviation ("U.S.") or a demonym ("British", "Iranian").
_ADJECTIVE_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b(?:US|UK|EU|UN)|\b[A-Z][a-z]+(?:an|ish|ese|ian|ic|i))\s*$")


_SUBJECT_ASIDE = re.compile(r",\s+(?:who|which)\b[^,;]*,")


#: A comma right after a date, then a clause of its own: ", the assembly votes on…", ", the army retook it in…".
_COMMA_THEN_CLAUSE = re.compile(r",\s+(?=(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,3}?(?:[a-z]{3,}(?:s|ed)|will|would|met|held|"
                                r"signed|took|won|began)\s+(?:on|in|at|by|the|a|an|its|their|to|for|with|it|them)\b)")


#: An aside set off by a pair of dashes: " – the US, Egypt and the UAE – ".
_DASH_ASIDE = re.compile(r"\s[–—]\s[^–—;]{1,120}?\s[–—]\s|\s--\s[^;]{1,120}?\s--\s")


#: A name a preposition governs, right before an "and": "imposed on [Rosneft] and".
_NAME_AFTER_PREPOSITION_END = re.compile(r"\b(?:on|against|with|from|to|for|of|by|at|in|over)\s+(?:the\s+)?"
                                         r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s*$")
#: A name after an "and" that a preposition or a comma follows, not a verb: "[Lukoil] in October".
_NAME_THEN_NO_VERB = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+(?:in|on|at|for|over|from|with|"
                                r"during|since|until|after|before)\b|\s*[,;.])")


def _nouns_before_closing_date(s: str, m: re.Match[str], sentence: Sentence, inside: list[Timex]) -> bool:
    """Whether a bare "and" joins a few words with no verb to a date that closes the sentence: "…by Congolese troops
    and U.N. peacekeepers [the following year]." (not "…and an offensive in September ended", whose verb follows)."""
    if m.group().strip() != "and":
        return False
    after = [o for o in inside if o.start - sentence.start >= m.end()]
    if not after:
        return False
    nxt = min(after, key=lambda o: o.start)
    between = s[m.end():nxt.start - sentence.start]
    # (a noun phrase's opening, not a verb's: "and plans to visit Cairo on Thursday" is a predicate)
    return bool(re.fullmatch(r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|[A-Z])(?:[\w'’.-]+\s+){1,5}", between)) \
        and not _VERB.search(between) \
        and not _FIRST_VERB.search(between) and re.match(r"\s*[.;!?]?\s*$", s[nxt.end - sentence.start:]) is not None


def _coordinated_part(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """The part of a sentence of coordinated clauses that holds `t`: "they fought a war in late 2020
    and an offensive in September ended…" dates two happenings. Only a coordination that stands
    between `t` and another date of the sentence cuts it; None when none does."""
    s = sentence.text
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    others = _other_dates(t, inside)
    previous_end = max((o.end - sentence.start for o in others if o.end - sentence.start <= rel_start), default=None)
    # (a clock restated in brackets is the same moment, no other date: "at 9 p.m. (1900 GMT) and results…")
    next_start = min((o.start - sentence.start for o in others if o.start - sentence.start >= rel_end
                      and not re.fullmatch(r"\s*[(\[]\s*", s[rel_end:o.start - sentence.start])), default=None)
    lo, hi = 0, len(s)
    # "The law, passed in 2010 and amended twice since, takes effect Jan. 1": an "and" inside another
    # date's participle or relative clause joins that clause's verbs, not two clauses of the sentence
    enclosed = _relative_clauses_of(s, [(o.start - sentence.start, o.end - sentence.start) for o in others],
                                    rel_start, rel_end)
    # …nor one inside an aside about the subject closed before the date ("Halvat, who led Croatia … and
    # later served as an envoy, died on Tuesday")
    enclosed += [(m.start(), m.end()) for m in _SUBJECT_ASIDE.finditer(s, 0, rel_start)]
    # …nor one inside an aside set off by dashes ("a meeting of the Quad – the US, Egypt and the UAE – in Washington")
    enclosed += [(m.start(), m.end()) for m in _DASH_ASIDE.finditer(s, max(0, rel_start - 300), rel_start)]
    ends = {o.end - sentence.start for o in inside}
    starts = {o.start - sentence.start for o in inside}
    # (the comma that closes an aside is no part of it: "…the accord, which ended an insurgency, and chaired…")
    cuts = [m for m in _COORDINATION.finditer(s) if not any(a <= m.start() < b and not (m.start() == b - 1 and s[m.start()] == ",")
                                                            for a, b in enclosed)
            # "made Friday and Thursday", "late on Thursday and in the early hours of Friday": one happening's days
            and not (m.start() in ends and (m.end() in starts or "," not in m.group() and m.end() + re.match(
                r"(?:(?:on|in|at|during|into)\s+)?", s[m.end():]).end() in starts))
            and not (_NOUNS_TO_COMMA.match(s, m.end()) and not _SUBJECT_WITH_GERUND_ASIDE.match(s, m.end()))
            # ("a summit on climate and security, which opens…": nouns joined inside the relative's antecedent)
            and not (not m.group().startswith(",")
                     and re.match(r"(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*,\s+(?:which|who)\b", s[m.end():]))
            # ("…a month after Britain, France and Germany triggered…": the last name of a list)
            and not (m.group().strip() == "and" and re.match(r"(?:the\s+)?[A-Z]", s[m.end():m.end() + 5])
                     and _LIST_OF_NAMES_BEFORE_AND.search(s, max(0, m.start() - 80), m.start()))
            and not (_CAPITALISED_END.search(s, 0, m.start()) and (_NAME_GOES_ON.match(s, m.end())
                                                                   # "by envoys from both Washington and Moscow, surfaced…"
                                                                   or re.match(r"[A-Z][\w'’.-]*,", s[m.end():])))
            # "U.S. and British objections": two adjectives of one noun
            # ("Israeli and U.S. strikes")
            and not (_ADJECTIVE_END.search(s, 0, m.start()) and re.match(r"(?:[A-Z][a-z]+|(?:[A-Z]\.){2,}|[A-Z]{2,})\s+[a-z]",
                                                                          s[m.end():]))
            # '"deliberate" and "illegal" actions', '"deliberately and dangerously"': words of one quotation
            and not (re.search(r"[\"”']\s*$", s[:m.start()]) and re.match(r"[\"“']", s[m.end():]))
            # (but ", and formally signed in Paris": an adverb before a participle opens a predicate)
            and not (_ADVERB_LY.match(s[m.end():]) and not (m.group().startswith(",") and re.match(
                rf"[a-z]{{2,}}ly\s+(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b", s[m.end():])))
            # ("sanctions imposed on Rosneft and Lukoil in October took their toll": two names a preposition governs,
            # the second followed by no verb of its own)
            and not (m.group().strip() == "and" and _NAME_AFTER_PREPOSITION_END.search(s, max(0, m.start() - 60), m.start())
                     and _NAME_THEN_NO_VERB.match(s, m.end()))
            # ("driven out by Congolese troops and U.N. peacekeepers the following year.": nouns joined before a date
            # that closes the sentence, no verb between)
            and not _nouns_before_closing_date(s, m, sentence, inside)
            # "talks between Kinshasa and M23": the two a "between" joins
            # (not after a comma: "…between two empires, and it changed hands in the 1800s" joins clauses)
            and not (not m.group().startswith(",") and _BETWEEN_FIRST.search(s, max(0, m.start() - 60), m.start()))
            # "In a ruling dated Nov. 18 but made public this week, the court said…": inside an opening phrase
            and not (_OPENING_PHRASE.match(s) and "," not in s[:m.start()] and "," in s[m.end():])
            # "…in May 2023 and again that October, produced…": a date said again, no clause of its own
            and not re.match(r"(?:(?:once\s+)?again|also)\s+(?:(?:in|on|that|this|last|the)\s+)?(?=[A-Z\d]|that\b)",
                             s[m.end():])
            # ("March: Serbia and Kosovo agreed…": a bare "and" with no verb before it since the clause opened joins
            # its subject's names)
            and not (m.group().strip() == "and" and re.match(r"[A-Z]", s[m.end():m.end() + 1])
                     and _CAPITALISED_END.search(s, max(0, m.start() - 60), m.start())
                     and not _FIRST_VERB.search(s, max([dateline_end(s), m.start() - 200]
                                                       + [c.end() for c in _COLON.finditer(s, max(0, m.start() - 200), m.start())]),
                                                m.start()))]
    # (a list of predicates, each closed by its date: "declared a ceasefire in August 1994, ended it…")
    cuts += _listed_predicates(s, ends)
    # (a list of clauses, each opened by its date: "On Monday the ministers met, on Wednesday the talks collapsed")
    cuts += [comma for o in inside if (comma := _COMMA_BEFORE_OPENING_DATE.search(
        s, max(0, o.start - sentence.start - 24), o.start - sentence.start)) is not None
        and (_is_own_clause(s[o.end - sentence.start:].lstrip(" ,"))
             or _GERMAN_SECOND_PLACE_VERB.match(s, o.end - sentence.start)
             and _GERMAN_SECOND_PLACE_VERB.search(s, 0, comma.start()))]
    # (…or each closed by its date: "The council meets on Dec. 2, the assembly votes on Dec. 9 and the leaders sign…")
    # (not an opening date's comma: a verb stands before the date)
    cuts += [comma for o in inside if (comma := _COMMA_THEN_CLAUSE.match(s, o.end - sentence.start)) is not None
             and _FIRST_VERB.search(s, max(dateline_end(s), o.start - sentence.start - 200), o.start - sentence.start)]
    if previous_end is not None:
        lo = max((m.end() for m in cuts if previous_end <= m.start() and m.end() <= rel_start), default=0)
    if next_start is not None:
        hi = min((m.start() for m in cuts if m.start() >= rel_end and m.end() <= next_start), default=len(s))
    if lo == 0 and previous_end is None:
        # (a date that opens a joined clause is that clause's: "…usually begins straw polls in the summer, and in 2016 it
        # held six of them between July 21 and Oct. 5")
        opened = max((m.end() for m in cuts if m.end() <= rel_start and m.group().strip(" ,") in ("and", "but", ";")),
                     default=0)
        lo = opened if opened and re.fullmatch(r"(?:in|on|at|during|by)\s+(?:the\s+)?", s[opened:rel_start], re.I) else 0
    listed = previous_end is not None and re.fullmatch(r",?\s*(?:and|or)?\s*(?:in\s+|on\s+)?", s[previous_end:rel_start])
    if lo == 0 and previous_end is not None and hi == len(s) and (t.range_id is not None or listed):
        # (a range whose clause holds a date before it: "…in the summer, and in 2016 it held six of them between July 21
        # and Oct. 5" is the second clause's, as that date is; so is a list's next date: "…, and ran for president
        # twice, in 1994 and 2000")
        lo = max((m.end() for m in cuts if m.end() <= rel_start and (t.range_id is not None or re.match(r"[,;]", m.group()))),
                 default=0)
    if (lo, hi) == (0, len(s)):
        return None
    return Sentence(sentence.start + lo, sentence.start + hi, s[lo:hi])


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
              and (_FIRST_VERB.match(s, m.end()) or _INTENT_AND_INFINITIVE.match(s, m.end())
                   or chain is not None and chain.end() <= m.start() and _BARE_VERB_FIRST.match(s, m.end()))]
    if not joined or not _BOUND_DATE_IN.search(s, lead, joined[-1].start()):
        return None
    governed = chain is not None and not (_FIRST_VERB.match(s, joined[-1].end())
                                          or _INTENT_AND_INFINITIVE.match(s, joined[-1].end()))
    subject = _subject_of(s[lead:])
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
        return f"{_finish_title(subject, gazetteer)} {chain['chain']} {title[:1].lower()}{title[1:]}"
    if not _tells_a_doing(title):
        return None
    return f"{_finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"


#: A present intent and its "to", which a bare verb after "and" goes on with: "hopes to", "is expected to".
_INTENT_CHAIN = re.compile(r"\b(?P<chain>(?:hopes?|plans?|wants?|aims?|expects?|intends?|seeks?)\s+to|(?:is|are)\s+(?:due|expected|"
                           r"set|scheduled)\s+to)\s+[a-z]{2,}\b")


#: A bound's date, which dates no happening of its own: "since 2022", "by midnight Monday", "until the end of March".
_BOUND_DATE_IN = re.compile(r"\b(?:since|until|till|by|through|as\s+of)\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+)?"
                            r"(?:(?:early|late|mid-?)\s*)?(?:\d{4}\b|midnight|noon|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                            r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s|(?:next|last|this)\s+"
                            r"(?:week|month|year)\b)")


#: A passive or perfect opening a predicate: "[and] were suspended in 2016", "[and] has been extended".
_PASSIVE_FIRST = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn|ght|un)\b")
_FIRST_VERB = re.compile(rf"\b(?:(?:re-|co-|de-)?[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_FINITE_PRESENT})\b")  # ("re-emerged")
#: "between" and the first of the two it joins, right before an "and".
_BETWEEN_FIRST = re.compile(r"\bbetween\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,3}[\w'’.-]+$")


#: A description set off by commas after a name: ", a former prosecutor," ", the bloc's top diplomat,".
_APPOSITIVE = re.compile(r",\s+(?:(?:formally|officially|also|now|once|previously|still)\s+)?"
                         # ("The deal, formally the Joint Comprehensive Plan of Action,", "…, known as the JCPOA,")
                         r"(?:(?:(?:better\s+|also\s+)?known\s+as|called|dubbed)\s+|(?:a|an|the)\s|"
                         r"(?:part|one|some|most|members|all|many|both|each)\s+of\s)"
                         r"(?:[^,;]|(?<=\d),(?=\d{3})){1,50},?(?=\s|$)")  # ("part of a 12,500-strong force")


#: A participle's aside right after a subject: "The sanctions[, first imposed in June 2020,] were suspended".
_PARTICIPLE_ASIDE = re.compile(r"(?<=\w),\s+(?:(?:first|originally|initially|later|already|jointly)\s+)?(?:[a-z]{3,}ed|set\s+up|drawn\s+up)"
                               r"\s+[^,;()]{1,60},(?=\s)")
#: A past (or perfect) right after a clause's subject: "The two sides [agreed]".
_PAST_AFTER_SUBJECT = re.compile(rf"\s+(?P<verb>(?:(?:has|have|had)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b")


def _gapped_verb_title(sentence: Sentence, part: Sentence, t: Timex) -> str | None:
    """"The two sides agreed in February on a plan, and [the following month] in Ohrid on an annex": a
    joined part that opens with its date and has no verb of its own shares the first clause's subject and
    verb ("The two sides agreed in Ohrid on an annex"); None when the sentence is not so built."""
    s = sentence.text
    joined = re.search(r",?\s+(?:and|but)\s+(?:then\s+)?$", s[:part.start - sentence.start])
    lead = re.match(r"\s*(?:and|but)?\s*(?:then\s+)?", part.text)
    if joined is None and not lead.group().strip() or part.start + lead.end() != t.start:
        return None
    rest = re.split(r"[,;]", s[t.end - sentence.start:], maxsplit=1)[0].strip().rstrip(".")
    if not re.match(r"(?:in|on|at|with|to|for|from)\s", rest) or _VERB.search(rest) or re.search(r"\b[a-z]{3,}ed\b", rest):
        return None
    first = s[dateline_end(s):part.start - sentence.start]
    subject = _subject_of(first)
    verb = _PAST_AFTER_SUBJECT.match(first, len(subject)) if subject is not None and first.startswith(subject) else None
    if verb is None:
        return None
    return f"{subject} {verb['verb']} {rest}"


_NO_AUXILIARY = r"(?!(?:is|are|was|were|has|have|had|will|would|it|It|there|There|a|an|the|\w+ed)\b)"
def _closed_report(joined: str, first_clause: str) -> str:
    """The first clause without a reported clause that its comma closed before ", and" ("The Court ruled in 1962 that
    the temple belonged to Cambodia, and clarified…": the "and" goes on with the ruling, not with what was ruled)."""
    if not re.search(r",\s*and\s*(?:then\s*)?$", first_clause):
        return joined
    return re.sub(r"\s+that\s+[^,;()—]*$", "", joined)


#: A short subject and its scheduled present: "Applications open", "The talks resume".
_SUBJECT_BEFORE_PRESENT = re.compile(rf"\s*(?P<subject>(?:(?:The|A|An|Its|Their)\s+)?{_NO_AUXILIARY}[A-Z]?[\w'’-]+"
                                     rf"(?:\s+{_NO_AUXILIARY}[\w'’-]+){{0,3}}?)\s+"
                                     rf"(?:{'|'.join(sorted(SCHEDULED_PRESENT - {'is', 'are', 'be', 'has', 'have'}))})\b")


def _gapped_phrase_title(sentence: Sentence, part: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"He served as ambassador to Ethiopia from 1975 to 1979 and as envoy to the UN [from 1988 to 1993]": a joined
    part that opens with "as" or "to" and has no verb before its date shares the first clause's subject and verb."""
    s = sentence.text
    joined = re.search(r",?\s+(?:and|but)\s+$", s[:part.start - sentence.start])
    lead = re.match(r"\s*(?:(?:and|but)\s+)?", part.text)
    body = part.text[lead.end():]
    if not (joined or lead.group().strip()) or not re.match(r"(?:as|to)\s", body) \
            or _VERB.search(_CAPITALISED_WORDS.sub("", part.text[lead.end():max(lead.end(), t.start - part.start)])):
        return None
    first = s[dateline_end(s):part.start - sentence.start]
    subject = _subject_of(first)
    verb = _PAST_AFTER_SUBJECT.match(first, len(subject)) if subject is not None and first.startswith(subject) else None
    if verb is None:
        return None
    phrase = make_title(Sentence(part.start + lead.end(), part.end, body), t,
                        [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    return f"{subject} {verb['verb']} {phrase[:1].lower()}{phrase[1:]}"


def _subject_of(s: str) -> str | None:
    """The words before the sentence's first verb, when they are a short subject ("Russia", "The
    two presidents"), else None."""
    s = s.lstrip(" \t*•·▪►●–-")  # (a list's bullet is no part of it: "* Talks on disarming Hamas opened…")
    s = re.sub(r"^(?:A|Q|[A-Z]{2,15})\s*:\s+(?=\S)", "", s)  # (nor a transcript's label: "A: He spoke…", "HOST: We…")
    # (nor a link to the sentence before: "Since then it has launched…")
    link = re.match(r"(?:Since\s+then|Since\s+that\s+time|After\s+that|By\s+then|Until\s+then|Meanwhile|In\s+addition)"
                    r"\s*,?\s+(?=[a-z]+\s)", s)
    if link is not None:
        s = s[link.end():][:1].upper() + s[link.end() + 1:]
    opening = _OPENING_PHRASE.match(s)
    if opening:
        return None
    # ("A Russian-brokered truce ended…": a participle inside a compound is no verb)
    verb = next((v for v in _FIRST_VERB.finditer(s) if not s[max(0, v.start() - 1):v.start()] == "-"), None)
    verb_start = verb.start() if verb is not None else None
    present = _NAME_THEN_PRESENT.match(s)  # (a chronology's present: "A war after the Soviet collapse kills…")
    if present is not None and (verb_start is None or present.end() <= verb_start):
        verb_start = present.end() - len(present.group().split()[-1])
    modal = _MODAL_AFTER_SUBJECT.search(s, 0, verb_start if verb_start is not None else min(len(s), 120))
    if modal is not None:
        verb_start = modal.start(1)  # ("Ukraine must withdraw from regions it annexed…": the modal is the verb)
    if verb_start is None:
        return None
    subject = _APPOSITIVE.sub("", s[:verb_start].strip())  # "Yoon, a former prosecutor,": Yoon
    if subject.endswith(",") and re.match(r"[a-z]{3,}ed\s+(?:by|in|on|at|with)\b", s[verb_start:]):
        subject = subject[:-1]  # "The deal, brokered by Turkey in July 2022, let…": the participle is an aside
    subject = re.sub(r"\s+(?:first|last|then|later|also|initially|originally|already|once|never|twice|\w+ly)$", "",
                     subject)  # "Goita first", "Kim last met…"
    if re.search(r"\s(?:he|she|they|we|I)$", subject):
        return None  # "The talks he [chaired…] ran": a relative clause without "that", whose verb was found first
    # (a name of many words counts as one: "A regional force from the Southern African Development Community")
    if not subject or ("," in subject and not _LIST_OF_NAMES.fullmatch(subject)) \
            or len(_NAME_OF_WORDS.sub("N", subject).split()) > 8 or len(subject.split()) > 14 or not subject[0].isupper():
        return None  # (a list of names is one subject: "Mali, Burkina Faso and Niger")
    return subject


#: A word of time a demonstrative "that" may name: "later that month", "that same day".
_TIME_UNIT_WORD = r"(?:day|week|month|year|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|time)\b"
#: A name of several capitalised words: "Southern African Development Community", "Bank of England".
_NAME_OF_WORDS = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+|and\s+)?[A-Z][\w'’.-]*)+")
#: A modal that opens the predicate, after a subject of a few words: "Ukraine [must] withdraw…".
_MODAL_AFTER_SUBJECT = re.compile(r"^[A-Z][^,;:()]{0,60}?\s(must|could|should|would|might|can|cannot|may)\s+(?:not\s+)?[a-z]{2,}\b")
#: Names listed as one subject: "Mali, Burkina Faso and Niger".
_LIST_OF_NAMES = re.compile(rf"{_NAME_IN_LIST}(?:,\s+{_NAME_IN_LIST})+,?\s+and\s+{_NAME_IN_LIST}")


def _phrase_end(t: Timex, inside: list[Timex]) -> int:
    """Where `t`'s phrase ends: a range ("Dec. 14-15") ends with its second date."""
    return max([o.end for o in inside if t.range_id is not None and o.range_id == t.range_id] + [t.end])


def _other_dates(t: Timex, inside: list[Timex]) -> list[Timex]:
    """The sentence's dates other than `t` and its range partner."""
    return [o for o in inside if o is not t and (t.range_id is None or o.range_id != t.range_id)]


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:of|since|after|before|following|amid|during|despite|to|with|like|[Uu]nder|than|for|over|"
                                 r"(?<=name\s)from|(?<=names\s)from|"  # ("take their name from a March 23, 2009, peace deal")
                                 r"confirm\w*|upheld|uphold\w*|overturn\w*|reject\w*|challeng\w*|accept\w*|"
                                 r"implement\w*|violat\w*|annul\w*|revers\w*|cit\w*|recall\w*|mark\w*|recogni[sz]\w*|neither|nor|"
                                 r"reaffirm\w*|renew\w*|reviv\w*|restor\w*|extend\w*|"
                                 r"commemorat\w*|honou?r\w*|lost|won|contested|disputed|boycott\w*|rigged|annul\w*|"
                                 r"forg[eo]t\w*|remember\w*|mourn\w*|condemn\w*|denounc\w*|investigat\w*|aveng\w*|"
                                 r"blam\w*|apologi[sz]\w*|regrett?\w*|suspend\w*|terminat\w*|cancel\w*|scrap\w*|renounc\w*|"
                                 r"revok\w*|abandon\w*|withdr[ae]w\s+from|pulled\s+out\s+of|quit|exit\w*|(?:participation|part|membership|role)\s+in|"
                                 r"(?:withdrawal|exit)\s+from|(?<=arguing\s)that|"
                                 # (a part of a thing named by its year: "triggered a mechanism in the 2015 nuclear deal")
                                 r"(?:mechanism|clause|provision|article|terms|annex|section|chapter|limits|commitments|"
                                 r"obligations)\s+(?:in|under)|(?<=argued\s)that|(?<=argues\s)that|"
                                 # (a ruling on a thing named by its year: "ruled that a 2023 decree…", "struck down the 2023 law")
                                 r"(?:ruled|found|declared)(?:\s+(?:on\s+)?[A-Z][a-z]+)?\s+that|(?:struck|strikes?|striking)\s+down)\s+"
                                 r"(?P<np>(?:the|a|an|its|their|his|her|this|that)\s+|[A-Z][\w-]*['’]s\s+)$")
#: Words that end a noun phrase: a preposition, a conjunction, a relative pronoun or a verb.
_PHRASE_STOP = (r"(?:of|in|on|at|and|or|nor|by|for|with|to|from|that|which|who|was|were|is|are|has|had|have|will|would|ended|ending|"
                r"between|against|over|along|across|near|among|amid|into|through|"
                r"when|unless|if|after|before|as|because|while|until|since|but|than|could|should|may|might|can|did|does)")
#: An indefinite article before a year, which then names a thing whatever the verb: "a 1995 resolution".
_INDEFINITE_BEFORE = re.compile(r"(?<=[a-z]\s)(?P<np>an?\s+)$")
#: (a quotation may close after the noun: 'to discuss "the implementation of the 2023 declaration".')
# (a day written with its year closes with a comma: "a March 23, 2009, peace deal")
_ATTRIBUTIVE_AFTER = re.compile(r"(?:(?<=\d{4}),(?=\s+[a-z]))?(?:\s+[A-Z][\w-]*){0,2}"  # a proper adjective may come first: "a 2012 Russian law"
                                rf"(?:\s+(?!{_PHRASE_STOP}\b)[a-z][\w-]*){{1,3}}?(?=[\"”’']?\s*[,.;:)]|[\"”’']?\s*$|\s+{_PHRASE_STOP}\b"
                                r"|\s+(?!(?:during|including|according|following)\b)[a-z]{3,}ing\s"  # ("a 2023 decree banning the dinar")
                                r"|\s+(?:they|it|he|she|we)\s+[a-z]"  # (…or a zero relative's subject: "a 2009 deal they accuse…")
                                # …or its own verb and object: "that an 1899 award fixed the border"
                                rf"|\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?:the|a|an|its|their|his|her)\s)"
                                # …or the noun is a name: "the 1960 Indus Waters Treaty"
                                r"|(?:\s+[A-Z][\w-]*){0,3}\s+(?:Treaty|Agreement|Accords?|Convention|Protocol|Pact|"
                                r"Charter|Declaration|Memorandum|Act|War|Summit|Conference)\b")
#: "…the 1990 invasion of Kuwait", "the January 1998 bombing of a Birmingham clinic", "a 2019 murder in a
#: Berlin park": what the noun was of, or where.
_OF_PHRASE = re.compile(rf"\s+(?:of|in)\s+(?!(?:a\s+|the\s+past\s+|recent\s+)?(?:weeks?|days?|months?|years?|decades?|"
                        rf"a\s+generation)\b)"  # ("the November 2024 ceasefire in weeks": no place, a measure)
                        rf"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!{_PHRASE_STOP}\b)[\w'’-]+\s+){{0,4}}?"
                        rf"(?!{_PHRASE_STOP}\b)[\w'’-]+(?=\s*[,.;:)]|\s*$|\s+(?!of\b){_PHRASE_STOP}\b)"
                        # "the 2006 war between Israel and Hezbollah": the two sides
                        r"|\s+between\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
                        # "a 2015 deal with world powers", "a 2009 ruling by the European Court of Human Rights": who with, by whom
                        r"|\s+(?:with|by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*(?:\s+(?:of\s+|for\s+|on\s+)?[A-Z][\w'’.-]*){0,5}|"
                        r"(?:world|major|western|regional|six|five)\s+powers)(?=\s*[,.;:)]|\s*$|\s+(?:that|which|who|had|has|have|"
                        r"was|were|is|are|to|in|on|and)\b)")


#: "…followed last month's talks in Istanbul, which ended without agreement": what a date owns, with a
#: place it was in and a relative clause ("…destroyed in June's 12-day war with Israel").
_OWNED_BY_DATE = re.compile(rf"['’]s\s+(?P<np>(?:(?!{_PHRASE_STOP}\b)(?:[a-z]|\d+-[a-z])[\w-]*\s+){{0,3}}(?!{_PHRASE_STOP}\b)"
                            # (the head is no past: "Sunday's presidential election [crawled]")
                            rf"(?![a-z]{{3,}}ed\b)(?!{words_pattern(PLAIN_PASTS)}\b)[a-z][\w-]*"
                            # (a name's full stops are its own: "round of U.S.-Ukrainian talks")
                            r"(?:\s+(?:in|of|on|with|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                            # (and the common nouns of a place's name: "at the Chaman border crossing")
                            rf"(?:\s+(?!{_PHRASE_STOP}\b)(?![a-z]+ed\b)(?!{words_pattern(PLAIN_PASTS)}\b)[a-z]{{3,}}){{0,2}}"
                            # (or what a vote or a ruling is on: "Tuesday's parliamentary vote on a new foreign agents law")
                            rf"|(?:(?<=vote)|(?<=ruling)|(?<=debate)|(?<=hearing)|(?<=decision)|(?<=referendum))\s+(?:on|over)\s+"
                            rf"(?:a|an|the)\s+"
                            rf"(?:(?!{_PHRASE_STOP}\b)[a-z][\w-]*\s+){{0,4}}[a-z][\w-]*)?)"
                            r"(?P<rel>,\s+(?:which|who)\s+[^,;.]{3,80})?")
_OWNER_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}ed|of|since|after|before|following|amid|despite|at|to|from|over|like|than|"
                                r"in|during|on|by|for|with|"  # "…won a majority in Sunday's first round"
                                r"took|held|made|won|lost|met|saw|began|led"
                                # ("would boycott Tuesday's vote", "to attend Monday's summit": a verb a modal governs)
                                r"|(?:would|will|could|should|might|must|to)\s+(?:not\s+)?[a-z]{3,})\s+$")


def _owned_by_date(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The title of a date that owns a noun inside a sentence ("…followed last month's talks in
    Istanbul"): the noun it owns, not the sentence, which another date dates."""
    s = sentence.text
    start = t.start - sentence.start
    end = _phrase_end(t, inside) - sentence.start
    if not _OWNER_VERB_BEFORE.search(s, max(0, start - 30), start):
        return None
    m = _OWNED_BY_DATE.match(s, end)
    # (one noun only after a participle of what it did: "sites damaged in June's strikes")
    happening = m is not None and _HAPPENING_NOUN.fullmatch(m["np"]) is not None \
        and re.search(r"\b[a-z]{3,}(?:ed|en)\s+(?:in|by|during)\s+$", s[max(0, start - 30):start]) is not None
    if m is None or len(m["np"].split()) < 2 and not m["rel"] and not happening \
            or not re.match(rf"\s*(?:[,.;:)]|$|\s(?:and|but|as|while)\b)|\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b",
                            s[m.end():] or ""):  # (or the verb of a subject it closes: "the count from [Sunday's
        # presidential election] crawled along")
        return None  # ("as of Friday's close": one word is no title; "damaged in June's strikes" is one)
    # ("The strikes", "The 12-day war with Israel")
    the = "The " if happening and len(m["np"].split()) == 1 and not m["rel"] or m["np"][:1].isdigit() else ""
    return the + m["np"] + (m["rel"] or "")


#: A present perfect, which no past day dates: "has replaced", "have been rebuilt".
_PRESENT_PERFECT = re.compile(rf"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]{{3,}}(?:ed|en|wn)|{words_pattern(IRREGULAR_PASTS)})\b")
#: A noun that alone names a happening: "June's strikes", "Sunday's vote".
_HAPPENING_NOUN = re.compile(r"strikes|airstrikes|attacks?|talks|vote|elections?|summit|ceasefire|truce|offensive|raids?|"
                             r"bombings?|protests|clashes|meeting|visit|referendum|coup|invasion|floods?|earthquake|massacre|"
                             r"assault|shelling|ambush|incursion|uprising|riots?|exchange|swap|runoff")


#: "…fled within a week of the 2023 offensive": the noun is what the sentence's own happening is
#: counted from, not a happening of its own.
_TIME_FROM_NOUN = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:of|after|before|since)\s+"
                             r"(?:the|a|an|its|their|his|her|this|that|[A-Z][\w-]*['’]s)\s+$")


def _attributive_phrase(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…as the country marked the anniversary of the 1932-33 famine", "…resumed after the Oct. 7
    attack": a date that only qualifies a noun after "of", "since", "after"… dates what the noun
    names, not the sentence's main happening; the noun phrase, date and all, is its title ("his" in
    it becomes the one person named before: "Saddam's Aug. 2 power-grab")."""
    s = sentence.text
    start = t.start - sentence.start
    end = _phrase_end(t, inside) - sentence.start
    det = _ATTRIBUTIVE_BEFORE.search(s, max(0, start - 40), start)
    if det is None and re.fullmatch(r"\d{4}", t.text):
        det = _INDEFINITE_BEFORE.search(s, max(0, start - 12), start)  # "extended for another year a 1995 resolution"
    noun = _ATTRIBUTIVE_AFTER.match(s, end)
    if det is None and noun is not None and re.fullmatch(r"\s*[Tt]he\s+", s[dateline_end(s):start]) \
            and any(o.start > t.end and (t.range_id is None or o.range_id != t.range_id) for o in inside):
        # "The Jan. 19 ceasefire collapsed in March": the subject's day is the noun's, and another date the verb's
        return _PAST_AT_END.sub("", s[start:noun.end()])
    if det is None or noun is None:
        return None
    of = _OF_PHRASE.match(s, noun.end())
    told = _SUBJECT_PHRASE_VERB.match(s, (of or noun).end())
    if told is not None and re.search(r"\b(?:after|before|since)\s+$", s[:det.start("np")]):
        # "…in 2013, a decade after the 2002 Declaration on the Conduct of Parties was signed": the noun phrase
        # is the time clause's subject, and the clause is what the year dates
        return s[det.start("np"):told.end()].strip()
    if _TIME_FROM_NOUN.search(s, max(0, det.start() - 40), det.end()):
        return None
    if of is not None and (re.match(r",\s+[A-Z]", s[of.end():])
                           or any(noun.end() <= o.start - sentence.start < of.end() for o in inside)):
        of = None  # "of a Birmingham, Ala., abortion clinic": the phrase goes on past a place's state; "in 2018" is a date
    phrase_end = (of or noun).end()
    verb_after_place = _VERB_AFTER_NAME.search(s, of.start(), of.end()) if of is not None else None
    if verb_after_place is not None:  # "a 1966 accord signed in Geneva annulled it": the place ends at the verb
        phrase_end = verb_after_place.start("gap")
    phrase = s[det.end("np"):phrase_end]
    pronoun = det["np"].strip().lower()
    if pronoun in ("his", "her", "its", "their"):
        owner = _owner_before(s[:det.start("np")], pronoun, gazetteer)
        if owner:
            phrase = f"{possessive(owner)} {phrase}"
    elif re.fullmatch(r"[A-Z][\w-]*['’]s", pronoun_text := det["np"].strip()):
        phrase = f"{pronoun_text} {phrase}"  # "Kosovo's 2008 declaration of independence": whose it is stays
    did = _SUBJECT_RELATIVE_AFTER.match(s, phrase_end)
    if did is not None and pronoun in ("the", "a", "an"):
        # "…after the 2022 peace deal that ended the war in Tigray": what the thing the date names did then
        return f"{pronoun.capitalize()} {phrase} {did['verb']}{did['rest']}".rstrip()
    done = _OBJECT_RELATIVE_AFTER.match(s, phrase_end)
    if done is not None:
        # "…the October vote, which the ruling party won with 52 percent,": what was done to the thing the date names
        article = pronoun if pronoun in ("the", "a", "an") else ""
        return f"{done['subject']} {done['verb']} {article + ' ' if article else ''}{phrase}{done['rest']}".rstrip()
    return phrase


#: A past that a vote's outcome is, right before the vote's dated noun phrase: "won the [October] election".
_WON_BEFORE = re.compile(r"\b(?:won|lost|swept|narrowly\s+won|narrowly\s+lost)\s+(?:the|a|an|its|their|his|her|this|last)\s+$")
_VOTE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}(?:election|elections|vote|poll|polls|referendum|runoff|run-off|race|"
                              r"ballot|primary|primaries)\b")
#: A past right before its object: "boycotted [the elections of 2019]".
#: (not one that only speaks of it: "recalled the incident of 18 November", "marked the anniversary")
_PAST_BEFORE_OBJECT = re.compile(rf"\b(?!(?:recalled|remembered|commemorated|marked|mourned|discussed|cited|mentioned|"
                                 rf"invoked|evoked|described|praised|condemned|criticised|criticized|denounced)\b)"
                                 rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+$")
#: A subject relative clause after a noun phrase: ", which swept away many of the original cairns" (its past and the
#: rest of its clause).
_SUBJECT_RELATIVE_AFTER = re.compile(rf"(?:,\s+which|\s+that)\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))\b"
                                     rf"(?P<rest>[^,;:.]{{0,70}})(?=[,;:.]|$)")
#: An object relative clause after a noun phrase: ", which the ruling party won with 52 percent" (its subject, past and
#: the rest of its clause).
_OBJECT_RELATIVE_AFTER = re.compile(rf",\s+which\s+(?P<subject>(?:the|a|an|its|their|his|her|[A-Z][\w'’.-]*)"
                                    rf"(?:\s+(?!(?:had|has|was|were)\b)[\w'’-]+){{0,5}}?)\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|"
                                    rf"{words_pattern(PLAIN_PASTS)}))\b(?P<rest>[^,;:.]{{0,60}})(?=[,;:.]|$)")


#: A passive of making after a noun phrase (and what it goes on with: "on the Conduct of Parties"), and the rest of its
#: clause: " was signed", " was adopted in Doha" (what the year names was made then; "the Oct. 7 attack had frozen
#: them" is no such thing).
_SUBJECT_PHRASE_VERB = re.compile(r"(?:\s+(?!(?:was|were|had|has)\b)[\w'’-]+){0,6}?\s+(?:was|were|had\s+been)\s+"
                                  r"(?:formally\s+|finally\s+|first\s+)?(?:signed|adopted|agreed|concluded|reached|initiall?ed|"
                                  r"brokered|issued|published|founded|established|created|launched|drafted|held|enacted|passed)"
                                  r"\b[^,;:.]*")
#: A verb right after a name: where a phrase of place ends and a clause's predicate begins.
#: Present verbs with which a text tells what a treaty or law does: "a 1966 accord signed in Geneva requires…".
_RULE_VERBS = (r"(?:requires|remains|says|states|provides|gives|allows|sets|grants|guarantees|recogni[sz]es|bars|bans|"
               r"forbids|prohibits|permits|obliges|obligates|binds|commits|defines|governs|stipulates|envisages|foresees|"
               r"demands|calls\s+for|lets|means)")
_VERB_AFTER_NAME = re.compile(rf"\b[A-Z][\w'’-]*(?P<gap>\s+)(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_RULE_VERBS})\b)")


_STARTING_WORD = r"(?:starting|beginning|commencing|effective)"
#: "…agreed on Sunday to a 10-day truce starting Tuesday": the thing that starts on the date.
_STARTING_NOUN = re.compile(rf"(?P<np>(?:a|an|the|its|their|his|her|new)\s+[^;:()\"“”]{{1,60}}?)(?P<comma>,)?\s+"
                            rf"(?P<word>{_STARTING_WORD}|to\s+(?:begin|start))"
                            # ("a truce to begin at dawn on Monday": the hour may come first)
                            r"(?:\s+at\s+(?:dawn|midnight|noon|sunrise|sunset|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?))?"
                            r"(?:\s+(?:on|from|in|at))?\s+(?:the\s+)?$", re.I)
_STARTING_NP_OPENER = re.compile(r"\b(?:a|an|the|its|their|his|her|new)\s", re.I)


def _starting_title(sentence: Sentence, t: Timex) -> str | None:
    """"A 10-day truce begins", "A curfew takes effect": the date a thing starts on ("…agreed on Sunday
    to a truce starting Tuesday", "A curfew was imposed on Sunday, effective Wednesday")."""
    s = sentence.text
    start = t.start - sentence.start
    lo = max(0, start - 80)
    first = None
    for opener in reversed(list(_STARTING_NP_OPENER.finditer(s, lo, start))):  # the nearest noun phrase first
        m = _STARTING_NOUN.match(s, opener.start(), start)
        if m is None:
            continue
        first = first or m
        # set off by commas, the thing that starts is a subject: "The strike, starting Tuesday,", "…that new
        # prices, effective Monday,"; "imposed across the province on Saturday, effective…" is the curfew's
        subject = not m["comma"] or re.search(r"(?:^\s*|\b(?:that|and|but|while|as|when|because)\s+)$", s[:opener.start()])
        if subject and not _NOT_IN_NOUN_PHRASE.search(m["np"]):
            return _starts(m["np"], m["word"])
    if first is not None and first["comma"]:  # ", effective Wednesday" after a clause: its subject's
        subject = _subject_of(s)
        if subject is not None:
            return _starts(subject, first["word"])
    return None


def _starts(noun_phrase: str, word: str) -> str:
    """"A truce begins", "New prices take effect": the verb agrees with the noun phrase's last word."""
    plural = bool(re.search(r"[^su]s$", noun_phrase))
    if word.lower() == "effective":
        return f"{noun_phrase} {'take' if plural else 'takes'} effect"
    return f"{noun_phrase} {'begin' if plural else 'begins'}"


#: A preposition whose object is a happening of its own, dated after it: "in response to an attack on
#: tourists in Kashmir on April 22", "over his attempt to impose martial law on Dec. 3".
_GOVERNING = re.compile(r"\b(?:[Ii]n\s+response\s+to|[Ii]n\s+retaliation\s+for|[Ii]n\s+reprisal\s+for|"
                        r"[Ii]n\s+protest\s+(?:at|against|over)|[Ii]n\s+connection\s+with|[Ii]n\s+the\s+wake\s+of|"
                        r"[Bb]ecause\s+of|[Oo]ver|[Aa]fter|[Bb]efore|[Aa]head\s+of|[Uu]ntil|[Dd]uring|[Ff]ollowing|[Aa]mid|"
                        r"[Dd]espite|[Ss]ince|"
                        # ("apologised … for the downing of an airliner last December": what is answered for)
                        r"for(?=\s+the\s+(?:downing|killing|killings|shooting|bombing|shelling|attack|attacks|invasion|crash|"
                        r"destruction|seizure|arrest|detention|deaths?|sinking|massacre)\b))\s+"
                        # (a name's possessive of a few words: "during President Xi Jinping's state visit")
                        r"(?=(?P<det>(?:a|an|the|his|her|its|their|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s)?)")
#: Plurals of happenings, told without an article: "protests", "clashes", "talks".
_HAPPENINGS_PLURAL = (r"(?:protests|demonstrations|rallies|clashes|riots|strikes|talks|negotiations|elections|celebrations|"
                      r"commemorations|airstrikes|air\s+strikes|attacks|raids|bombings)")
#: "during protests on", "amid mass demonstrations in": a bare plural of happenings right before its date.
_DURING_HAPPENINGS_BEFORE = re.compile(rf"\b(?:during|amid)\s+(?:[a-z][\w-]*\s+)?{_HAPPENINGS_PLURAL}\s+(?:on|in)\s+$")
#: A bare plural of happenings: "protests", "mass protests", "clashes in the capital".
# (…or named by who did them and where: "Pakistani airstrikes on Kabul")
_BARE_HAPPENINGS = re.compile(rf"(?:[a-z][\w-]*\s+|(?-i:[A-Z][a-z]+(?:an|ese|ish|i|ian)\s+))?{_HAPPENINGS_PLURAL}"
                              rf"(?:\s+(?:in|on|against)\s+[A-Z][\w'’.-]*)?")
#: A first (or only, or latest) counted since a happening: "their first contact since".
_FIRST_BEFORE_SINCE = re.compile(r"\b(?:first|only|latest)\b[^,;.]{0,70}$")
#: A perfect in the clause before "since": "has surged since…", "had kept close ties since…".
_PERFECT_BEFORE = re.compile(rf"\b(?:has|have|had|'ve|'s)\s+(?:(?:not|never|already|steadily|repeatedly|long|largely|\w+ly)\s+)?"
                             rf"(?:been|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|[a-z]+en)\b[^;:]*$")
#: Verbs whose particle is "over": "take over", "hand over", "win over", "preside over".
_VERB_WITH_OVER = re.compile(r"\b(?:tak(?:e|es|en|ing)|took|hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|w[io]n(?:s|ning)?|"
                             r"pass(?:es|ed|ing)?|preside[sd]?|presiding|h[oe]ld(?:s|ing)?|rul(?:e|es|ed|ing)|"
                             r"watch(?:es|ed|ing)?|carr(?:y|ies|ied|ying))\s+$", re.I)
#: Verbs after which "before" places someone in front of a body ("appear before a judge").
_BEFORE_SOMEONE = re.compile(r"\b(?:appear\w*|testif\w*|brought|bring\w*|stand\w*|stood|go|goes|went|gone|going|come|"
                             r"came|comes|put|presented|sworn|heard|tried|argued|pleaded|lay|laid|placed)\s+$", re.I)
#: A date that needs no preposition: "…after parliamentary elections [next June]".
_BARE_DATE = re.compile(r"(?:next|last|this|early|late|mid)\b"
                        # ("after Pakistani air strikes in Kabul two days earlier")
                        r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+"
                        r"(?:earlier|before|ago)\b"
                        # ("during a visit to Washington the day before", "after talks the previous week")
                        r"|the\s+(?:(?:day|night|evening|week|month|year)\s+(?:before|earlier)|(?:previous|preceding|same)\s+"
                        r"(?:day|night|evening|week|month|year))\b", re.I)
#: The noun phrase ends with the preposition of its date: "… martial law [on] Dec. 3".
_DATE_PREPOSITION = re.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?$")
#: Words no noun phrase holds: a finite verb or a clause's opener means the date is the clause's.
_NOT_IN_NOUN_PHRASE = re.compile(r"[,;:()\"“”—]|\b(?:is|are|was|were|has|have|had|will|would|could|did|does|been|said|"
                                 r"says|told|that|which|who|when|where|while|and\s+then(?!-))\b")
#: A past-tense verb beyond a noun phrase's opening words makes it a clause ("her failed attempt" stays a phrase).
_PAST_WORD = re.compile(rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}")
_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?P<rest>[^,;:.()\"“”]{3,80})")
_POSSESSIVE = re.compile(r"^(?P<pronoun>his|her|its|their)\s+")


def _governed_noun_phrase(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer,
                          alone: bool = False) -> str | None:
    """"India struck on Wednesday, in response to an attack on tourists in Kashmir on April 22 that killed
    26 men": when another date dates the sentence's own happening, a date after the object of "in
    response to", "over", "after"… dates that object, and the object (with its relative clause) is the title."""
    s = sentence.text
    start = t.start - sentence.start
    end = _phrase_end(t, inside) - sentence.start
    tail = _DATE_PREPOSITION.search(s, max(0, start - 12), start)
    bare = tail is None and bool(_BARE_DATE.match(t.text)) and s[:start].endswith(" ")
    if bare:
        tail = re.search(r"\s+$", s[:start])
    if tail is None:
        return None
    governing = [m for m in _GOVERNING.finditer(s, max(0, start - 120), tail.start())]
    while len(governing) > 1 and not governing[-1]["det"] and not bare and governing[-2]["det"] \
            and not _NOT_IN_NOUN_PHRASE.search(s, governing[-2].end(), tail.start()):
        # "…since the dispute over Taiwan remarks [in early November]": a bare "over" inside the phrase is its own
        governing.pop()
    # a phrase without a determiner only before a date that needs no preposition ("after parliamentary
    # elections next June"); "risen over comparable periods in 1988" compares, it names no happening
    if not governing or not (governing[-1]["det"] or bare
                             # (…or a bare plural a schedule is ahead of: "ahead of local elections in the north on")
                             or re.fullmatch(r"[Aa]head\s+of\s+", governing[-1].group())
                             and re.match(r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s\b", s[governing[-1].end():])
                             # (…or a bare plural of happenings during which: "…the government during protests on Oct. 4")
                             or re.fullmatch(r"(?:[Dd]uring|[Aa]mid|[Aa]fter|[Ff]ollowing)\s+", governing[-1].group())
                             and _BARE_HAPPENINGS.fullmatch(s, governing[-1].end(), tail.start())
                             # (…or a state's birth, which takes no article: "since independence from Britain in 1947")
                             or re.fullmatch(r"(?:[Ss]ince|[Aa]fter|[Bb]efore)\s+", governing[-1].group())
                             and re.match(r"(?:independence|partition|reunification|unification|liberation)\b",
                                          s[governing[-1].end():])):
        return None
    if governing[-1].group().lower().startswith("before") and _BEFORE_SOMEONE.search(s, 0, governing[-1].start()):
        return None  # "was to appear before a magistrate in Manhattan at noon": a place, not a time
    if governing[-1].group().lower().startswith("over") and _VERB_WITH_OVER.search(s, 0, governing[-1].start()):
        return None  # "takes over the rotating presidency on Dec. 1": a verb's particle, not "over the arrest"
    np_start = governing[-1].end()
    phrase = s[np_start:tail.start()]
    words = phrase.split()
    # (without a determiner the phrase may well be a clause: "after talks ended", so no past at all)
    # (a name of several words counts as one: "the Hanoi summit between Kim Jong Un and then-U.S. President Donald Trump")
    if not (1 if _BARE_HAPPENINGS.fullmatch(phrase.strip()) else 2) <= len(words) \
            or len(_NAME_OF_WORDS.sub("N", phrase).split()) > 12 or _NOT_IN_NOUN_PHRASE.search(phrase) \
            or any(_PAST_WORD.fullmatch(w) for w in words[2 if governing[-1]["det"] else 0:]):
        return None  # "after the two sides agreed [in May]"
    if any(o is not t and sentence.start + np_start <= o.start and o.end <= sentence.start + tail.start()
           and len(o.text) >= 0.6 * len(phrase.strip()) for o in inside):
        return None  # "agreed over the Easter weekend [in April]": a date said again more coarsely, no happening
    if alone:  # "The EU has adopted a package every few months since Russia's invasion in February 2022":
        # with no other date, only "since" takes the date from the main clause, which tells a span
        # (…or fronted in what is said: "Xi noted that since the establishment of ties 52 years ago, relations have…")
        fronted_since = re.fullmatch(r"\s*|.*\b(?:that|and|but)\s+|.*,\s+", s[dateline_end(s):governing[-1].start()]) \
            and re.match(r",\s+[^,;]{0,80}?\b(?:has|have)\s+(?:\w+ly\s+)?(?!(?:a|an|the|no|not|to|its|their|his|her|some|any)\b)"
                         r"[a-z]{3,}\b", s[end:])  # (any participle: "has grown", "have withstood")
        # (…or a first since it: "spoke by phone, their first contact since the dispute over Taiwan remarks in…")
        first_since = _FIRST_BEFORE_SINCE.search(s[max(0, governing[-1].start() - 80):governing[-1].start()])
        # (…and "ahead of" puts the main clause before the date, which is the noun's: "hope to adopt it ahead of the
        # fourth anniversary of the invasion on Feb. 24")
        ahead = re.match(r"(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|in\s+time\s+for)\b", governing[-1].group(), re.I)
        # (…and "despite" after a clause of what has not happened: "has never been changed, despite a ruling by the
        # court in 2009")
        despite = governing[-1].group().lower().startswith("despite") \
            and re.search(r"\b(?:not|never|no\s+longer|n't)\b", s[:governing[-1].start()])
        # (…and "during" a visit or a meeting, when the sentence's own verb is no past of its own: "Li said China is
        # ready to implement the consensus reached during President Xi Jinping's state visit to Cambodia in April 2025")
        during = governing[-1].group().lower().startswith("during") and governing[-1]["det"] \
            and _GATHERING_NOUN.search(phrase) is not None \
            and not re.search(rf"\b(?:{_PAST_WORD.pattern})\b",
                              re.sub(r"\b(?:said|says|told|reached|agreed)\b", "", s[:governing[-1].start()]))
        if ahead is None and not despite and not during and (not governing[-1].group().lower().startswith("since")
                              or not (_PERFECT_BEFORE.search(s, max(0, governing[-1].start() - 100), governing[-1].start())
                                      or fronted_since or first_since)):  # ("Since the disputed election in October 2024, thousands have protested")
            return None  # ("began its biggest drills since the Cold War in January": the beginning's date)
    elif not any(not (sentence.start + np_start <= o.start < t.start) for o in _other_dates(t, inside)):
        return None
    of = _OF_PHRASE.match(s, end)  # "over the arrest [on 4 March] of the vice-president's allies"
    if of is not None:
        phrase, end = phrase + s[end:of.end()], of.end()
    relative = _RELATIVE_AFTER.match(s, end)
    title = phrase
    if relative is not None:  # "…that killed 26 men": with the date between, the clause is the whole phrase's
        clause = _NOUN_AND_RELATIVE.match(f"{phrase} that {relative['rest']}")
        title = f"{phrase} {relative['rest']}" if clause and not re.match(rf"(?:{_AUXILIARY})\b", relative["rest"]) \
            else f"{phrase} that {relative['rest']}"
    owned = _POSSESSIVE.match(title)
    if owned is not None:
        owner = _owner_before(s[:governing[-1].start()], owned["pronoun"], gazetteer)
        # (with no one to own it, a lone noun keeps its pronoun: "His arrest", not "Arrest")
        title = f"{possessive(owner)} {title[owned.end():]}" if owner \
            else title if len(title[owned.end():].split()) < 2 else title[owned.end():]
    if len(title.split()) < 2:
        # "…during protests [on Oct. 4], the day of municipal elections": a lone noun says when by the day's apposition
        day_of = re.match(r",\s+(?P<day>the\s+(?:day|eve|night)\s+(?:of|before|after)\s+[^,;.]{3,60})", s[end:])
        return f"{title.strip()} on {day_of['day']}" if day_of else None
    return title


#: A visit or a meeting, a happening that a noun phrase names.
_GATHERING_NOUN = re.compile(r"\b(?:visit|trip|tour|summit|talks|meeting|conference|session|negotiations)\b")


#: A noun phrase after "since" in French, Spanish or German and its date's preposition: "depuis la rupture
#: des relations diplomatiques [en août 2021]", "desde la firma del acuerdo [en 2016]", "seit dem Krieg [im Jahr 2020]".
_FOREIGN_SINCE_NOUN = re.compile(r"(?<!\w)(?:depuis|desde|seit)\s+(?P<np>(?:la|le|les|l['’]|el|los|las|der|die|dem|den|des)\s*"
                                 r"[^\W\d][^,;:.()\d]{2,80}?)\s+(?:en|el|im|in|de)\s+(?:(?:l['’]|Jahr(?:e)?)\s*)?$", re.I)
#: Words a French, Spanish or German clause has and a noun phrase has not.
_FOREIGN_FINITE = re.compile(r"\b(?:est|sont|a|ont|était|avait|es|son|fue|ha|han|había|ist|sind|war|hat|haben|que|qui|"
                             r"dass|der\s+\w+te)\b", re.I)


def _foreign_since_noun(sentence: Sentence, t: Timex) -> str | None:
    """"…se sont rencontrés mercredi, pour la première fois depuis la rupture des relations en août 2021": the
    earlier date is the noun's after "since", as in English ("since the severing of ties in August 2021")."""
    s = sentence.text
    m = _FOREIGN_SINCE_NOUN.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if m is None or _FOREIGN_FINITE.search(m["np"]) or len(m["np"].split()) > 10:
        return None
    np = m["np"]
    if re.match(r"der\s", np) and m.group().lower().startswith("seit"):
        # German "seit" takes the dative: "der umstrittenen Parlamentswahl" is "die umstrittene Parlamentswahl"
        words = np.split()
        np = " ".join(["die"] + [w[:-1] if w.endswith("en") and w[:1].islower() else w for w in words[1:]])
    elif re.match(r"dem\s+[A-ZÄÖÜ]", np) and m.group().lower().startswith("seit"):
        np = np[4:]  # "seit dem Angriff…": "Angriff…" (der or das, the noun alone does not tell)
    return np[:1].upper() + np[1:]


def _owner_before(text: str, pronoun: str, gazetteer: Gazetteer) -> str | None:
    """Whom "his"/"her" (a person) or "its"/"their" (a country or body) means: the last one of that
    kind named before it in the sentence, when only one such is named."""
    wanted = ("person",) if pronoun in ("his", "her") else ("country", "organisation")
    names = {m.name: re.sub(r"['’]s$", "", text[m.start:m.end]) for m in gazetteer.mentions(text) if m.kind in wanted}
    return next(iter(names.values())) if len(names) == 1 else None


#: The gathering a thing came from, and where: "at their previous meeting in Baku", "during the summit".
_GATHERING = (r"(?:at|during)\s+(?:the|their|its|his|her|a|an)\s+(?:[a-z][\w-]*\s+|[A-Z][\w'’.-]*\s+){0,2}"  # ("the Ramstein meeting")
              r"(?:meeting|summit|session|conference|congress|assembly|talks|forum)(?:\s+in\s+(?:[A-Z][\w'’.-]*\s+){0,2}"
              r"[A-Z][\w'’.-]*)?")
_PARTICIPLE = re.compile(r"\b(?:\w{3,}ed|signed|agreed|held|made|won|lost|fought|begun|taken|given|brought|built|sent|set)\b")

#: "A grain deal brokered in July 2022 collapsed…": a participle right before its own date (after a
#: noun, not an auxiliary) and a finite verb right after it make a reduced relative clause ("the
#: quarter ended Sept. 30" is no happening but the name of a period).
_REDUCED_PARTICIPLE = re.compile(r"(?<!\bwhat\s)(?<!\bWhat\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)"
                                 # (after a relative pronoun it is the clause's finite verb: "the talks that opened")
                                 r"(?<!\bthat\s)(?<!\bwhich\s)(?<!\bwho\s)"
                                 r"(?<!\bhas\s)(?<!\bhad\s)(?<!\bhave\s)(?<!\bget\s)(?<!\bgot\s)"
                                 r"(?:(?<=[a-z]\s)|(?P<comma>(?<=\w,\s)(?:(?:first|initially|originally|later|previously|"
                                 r"already|once)\s+)?))"  # "the Paris Agreement, adopted in December 2015,"
                                 # (no verb without an object is a passive's participle: "a bid to delay them by six
                                 # months failed in the Security Council")
                                 # (nor "followed" without its agent: "a declaration … followed in Doha on July 19")
                                 rf"(?P<part>\b(?!{_NO_PASSIVE_PASTS}\b)(?!followed\s+(?!by\b))(?:(?:set|drawn|carried|laid|called|put)\s+(?:up|out|down|off|forward)|"
                                 r"[a-z]{3,}ed|signed|agreed|held|made|won|begun|built|set|struck|taken|shot|sent|"
                                 r"caught|drawn|written|given|stolen))\s+"
                                 # ("a peace treaty initialled at the White House in August": a named place may come between)
                                 # …or its agent: "a ceasefire brokered by Norway in February 2002", "by the DRC and Rwanda"
                                 # (or a place of common nouns: "a state declared in the north in 1983")
                                 # (or the other side: "a peace declaration signed with Cambodia on Oct. 26")
                                 r"(?:(?:at|in|by|with)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:and\s+(?=[A-Z]))?){1,4}"
                                 r"|by\s+(?:the\s+)?(?:[A-Za-z][a-z]+\s+){0,2}?[a-z]{3,}s\s+"  # ("first reported by diplomats in
                                 # early October", "given by the Bosnian authorities in May")
                                 # (or the gathering it came from: "a declaration adopted at their previous meeting in Baku")
                                 rf"|{_GATHERING}\s+"
                                 r"|(?:in|at|near|across|along|over|inside|outside)\s+the\s+"
                                 r"(?!(?:first|last|past|next|same|early|late|end|spring|summer|autumn|fall|winter)\b)(?:[a-z][\w-]*\s+){1,2})?"
                                 r"(?:(?:in|on|at|during|since|last|this|from|between)\s+)?(?:the\s+)?$")
#: An urging of what is still to be done: "called on partners to speed up", "urged Kyiv to accept".
_URGED_TO = re.compile(r"\b(?:call(?:s|ed)\s+on|urg(?:es|ed)|ask(?:s|ed)|press(?:es|ed)|appeal(?:s|ed)\s+to)\s+[^,;]{1,60}?"
                       r"\bto\s+[a-z]{2,}\s")
#: (…or a relative clause about the same noun: "the agreement signed in September 2018, which ended…")
_FINITE_WORD = (r"(?:has|had|have|was|were|is|are|will|would|could|may|might|did|does|do|(?!ended\s+[A-Z\d])[a-z]{3,}ed|fell|broke|"
                r"began|came|went|left|ran|took|held|lasted|expires?|put|set|cut|showed|gave|made"
                # (a present of what the thing holds: "The text initialled in August runs to 17 articles")
                r"|runs|remains|includes|contains|covers|provides|requires|allows|foresees|envisages|bans|limits|"
                r"lists|sets\s+out|calls\s+for|commits"
                # (…or a plural's present of its course: "the provisions restored in September 2025 come up for review")
                r"|come|comes|expire|run|remain|lapse|lapses|begin|begins|end|ends|stay|stays)\b")
_FINITE_AFTER = re.compile(rf"\s+{_FINITE_WORD}|,\s+which\s+(?:{_FINITE_WORD}|{words_pattern(IRREGULAR_PASTS)}\b)")
_NOUN_PHRASE_OPENER = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those)\s", re.I)
#: A second place and its date after a participle's first, then the main verb: "Talks held in Vienna in 2019[ and in
#: Geneva three years later came close…]".
_SECOND_PLACE_THEN_VERB = re.compile(rf"\s+and\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[^,;]{{1,30}}?"
                                     rf"\s{_FINITE_WORD}")
#: A participle's first place and date, and a second place whose date follows: "Talks held in Vienna in 2019 and in
#: Geneva [three years later]".
_GAPPED_PARTICIPLE = re.compile(r"(?P<np>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?P<part>[a-z]{3,}ed|held|signed|made|met)\s+"
                                r"(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s+[^,;]{1,30}?\s+and\s+"
                                r"(?P<place>(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)\s+(?:(?:in|on|during)\s+)?$")


def _gapped_participle_title(sentence: Sentence, t: Timex) -> str | None:
    """"Talks held in Vienna in 2019 and in Geneva three years later came close to a deal": the second place's date
    is the participle's again ("Talks were held in Geneva"); so is a subject's past verb's, when no verb follows
    ("Finance ministers met in Durban in July and in Washington in October to prepare it": "…met in Washington")."""
    s = sentence.text
    start = t.start - sentence.start
    lead = dateline_end(s)
    m = _GAPPED_PARTICIPLE.search(s, max(0, lead, start - 140), start)
    if m is None:
        return None
    noun = m["np"]
    rest = s[_phrase_end(t, [t]) - sentence.start:]
    if re.match(rf"\s+{_FINITE_WORD}", rest):
        return f"{noun[:1].upper()}{noun[1:]} {_be_for(noun)} {m['part']} {m['place']}"
    if m.start() == lead and not re.search(rf"\s{_FINITE_WORD}", rest.split(",")[0]):
        purpose = re.match(r"\s+(to\s+[a-z]+[^,;.:!?]{0,60})", rest)
        return f"{noun[:1].upper()}{noun[1:]} {m['part']} {m['place']}" + (f" {purpose[1]}" if purpose else "")
    return None


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
_GOVERNED_BARE_PLURAL = re.compile(r"\b(?:to|by|in|from|on|for|under|with|at"
                                   # (…or a past's bare object: "replaced [home-rule arrangements] introduced in 1979")
                                   r"|replaced|ended|followed|revived|restored|reversed|superseded|scrapped|abolished)"
                                   r"\s+(?P<noun>(?:[a-z][\w-]*\s+)?[a-z][\w-]*[^s\W]s)\s+$")


#: A subordinate clause's subject right before a past: "since the deadline for its withdrawal [passed]".
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:since|after|before|until|when|once)\s+(?:the|a|an|its|their|his|her)\s+"
                                  r"(?:[\w'’-]+\s+){0,6}$")
#: …unless that subject is what the past was done to: "since the law passed by parliament" has an agent after.
_INTRANSITIVE_PARTICIPLE_SUBJECT = re.compile(r"\b(?:law|bill|resolution|decree|deal|agreement|treaty|truce|ceasefire|accord|plan|"
                                              r"sanctions|measures)\s+$")


def _reduced_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> tuple[int, int] | None:
    """The span of "brokered in July 2022" when `t` dates a participle after a noun and a verb
    follows: the participle's happening, not the sentence's."""
    s = sentence.text
    start = t.start - sentence.start
    end = _phrase_end(t, inside) - sentence.start
    m = _REDUCED_PARTICIPLE.search(s, max(0, start - 70), start)
    if m is None or (_RELATIVE_SUBJECT.search(s, max(0, m.start("part") - 60), m.start("part"))
                     # (unless the clause's verb follows the date: "a claim that footage published on Nov. 27 does
                     # not support")
                     and not re.match(r"\s+(?:does|do|did|is|are|was|were|has|have|had)\s+(?:not\s+)?[a-z]{3,}", s[end:])):
        return None
    if m["comma"] is not None:  # set off by commas, the aside closes before the main verb (or a relative
        # clause about its noun follows: "…the Taif Agreement, signed … in October 1989, which ended 15 years of war")
        # (the aside may go on past its date: "The court, set up in 2015 under Kosovo law but based in the Netherlands,
        # has so far convicted four people")
        # (not past an agent: "The draft, drawn up in October by envoys from both Rome and Oslo, surfaced…" is told whole)
        finite = re.match(rf"(?:\s+(?!by\b)[^,;()]{{1,60}}?)?,\s+(?:{_FINITE_WORD}|{_TRANSITIVE_PASTS}\b|set\b)", s[end:]) \
            or re.match(rf",\s+which\s+(?:{_FINITE_WORD}|[a-z]{{3,}}ed\b|{_TRANSITIVE_PASTS}\b)", s[end:]) \
            or (_CLOSING_ASIDE_END.match(s, end)  # …or closes the sentence, whose main verb has its own date:
                # "…approved a new plan for the eastern flank, launched in September after drones entered…"
                # (the main verb stands before the aside, and no other aside: "Delfin, who was…, followed in 1979")
                and any(o.end - sentence.start <= m.start() for o in inside if o is not t)
                and not _CLAUSE_COMMA.search(s, dateline_end(s), m.start() - 2)
                and _VERB.search(s, dateline_end(s), m.start())) \
            or (re.match(r",\s+(?:to|of|in|on|at|for|with|from|by|against|over)\s", s[end:])  # …or before the rest
                # of a phrase, after a noun phrase of its own: "a reference in its constitution, adopted in
                # 1995, to the declaration"
                and _DETERMINED_NOUN_BEFORE.search(s, max(0, m.start() - 60), m.start()))
    else:
        if _SUBORDINATE_SUBJECT.search(s[:m.start("part")]) and re.match(r"\s*[.;!?]?\s*$", s[end:]) \
                and not _INTRANSITIVE_PARTICIPLE_SUBJECT.search(s[:m.start("part")]):
            # "…since the deadline for its withdrawal passed in February.": the clause's subject and its verb, no
            # noun and participle (closing the sentence, with no main clause left to follow it)
            return None
        # "…, according to a U.N. report published in October.": a noun a preposition governs, at the clause's end
        # (not "…circular that it mailed last Friday", nor the main verb: "Details of the slaying emerged on Sunday")
        # (or the bare object of an infinitive: "failed to examine evidence submitted on Sept. 30")
        # (or a bare plural: "…can return to sites struck in June")
        # (a gerund may come between: "accused each other of breaking a truce agreed that May")
        # (a sentence may open with it: "Under a deal reached in Cairo on Sept. 9, it promised…")
        governed = re.search(r"\b(?:(?i:to|by|in|of|from|on|for|under|with|despite|amid|after|following|against)\s+"
                             r"(?:[a-z]{3,}ing\s+)?(?:the|a|an|its|their|his|her)"
                             # (or the object of an infinitive or a modal's verb: "could suspend the framework agreed…")
                             r"|(?:to|could|would|will|may|might|can|must|should)\s+[a-z]{3,}"
                             # (or of a progressive: "said it was suspending a peace declaration signed…")
                             r"|(?:was|were|is|are)\s+[a-z]{3,}ing\s+(?:the|a|an|its|their|his|her)"
                             # (or of a present that only speaks of it: "The EU recalls the agreement signed…")
                             # (or of a verb that relates to it: "They recalled the declaration adopted…")
                             # (…or its second object: "They discussed the TRIPP corridor and the peace agreement
                             # initialed…")
                             rf"|(?:{_SPEAKING_PRESENT.pattern}|{_RELATING_VERB.pattern})\s+(?:[^,;]{{1,60}}?\s+and\s+)?"
                             r"(?:the|a|an|its|their))\s+"
                             # (a number's comma is no clause's: "the 2,000-page framework")
                             # (a determiner not after "of" opens a clause's subject: "a peace declaration [the two
                             # countries] signed in Kuala Lumpur")
                             r"(?:(?:the|a|an|its|their|his|her)\s+)?(?:(?!(?:that|which|who|it|he|she|they|we)\b)"
                             r"(?!(?<!\bof\s)(?:the|a|an)\b)"
                             r"(?:\d{1,3}(?:,\d{3})+[\w-]*|[^,;\s]+)\s+){0,5}$",
                             s[:m.start("part")]) \
            or _GOVERNED_BARE_PLURAL.search(s[:m.start("part")])
        # (…when the main clause has a date of its own: "ended with a statement signed on 10 November" is one happening)
        # (up to the governing word, or past it when it is the verb: "recalls the agreement signed…")
        verb_end = governed.start() + (len(governed.group().split()[0]) if governed and (
            _SPEAKING_PRESENT.match(governed.group()) or _RELATING_VERB.match(governed.group()))
                                       else 0) if governed else 0
        verbs = [v for v in (_FIRST_VERB.search(s, 0, verb_end), _VERB.search(s, 0, verb_end),
                             _RELATING_VERB.search(s, 0, verb_end), _SPEAKING_PRESENT.search(s, 0, verb_end)) if v] \
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
        finite = _FINITE_AFTER.match(s, end) or (purpose is not None and _AUXILIARY_NEXT.match(s, purpose.end())) \
            or (appositive is not None and _FINITE_AFTER.match(s, end + appositive.end())) \
            or (re.search(r"\d,\s+\d{4}$", t.text) is not None and s.startswith(",", end) and _FINITE_AFTER.match(s, end + 1)) \
            or _QUESTION_AFTER.match(s, end) or _SECOND_PLACE_THEN_VERB.match(s, end) or (
            # (a phrase of whom or where may end the participle's clause: "…signed in 2009 between the
            # government and the rebels.")
            # (or a second predicate of the main subject: "…signed on 27 June 2025 and calls on both countries…")
            # (or a second object of the main verb: "discussed the corridor agreed on Nov. 18 and the need to…")
            re.match(r"\s*(?:(?:between|with|by|in|at|near|outside|within)\s+[^,;.:!?]{1,80})?(?:[.;:!?,]|$|\s+and\s+(?:also\s+)?"
                     r"(?!is\b|was\b|has\b)[a-z]{3,}(?:s|ed)\s+(?:on|for|the|a|an|to|that|its|their)\b"
                     r"|\s+and\s+(?:the|a|an|its|their)\s+(?:[a-z-]+\s+){0,3}?(?:of|to|for)\b)", s[end:])
            and main_verb is not None
            and (any(main_verb.end() <= o.start - sentence.start and o.end - sentence.start <= governed.start()
                     for o in _other_dates(t, inside))
                 # …or a present perfect, which no past day dates: "Fighting has continued despite a truce
                 # announced on April 23"
                 or re.search(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?$", s[:main_verb.start()])
                 or re.match(r"(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?[a-z]{3,}(?:ed|en|wn|ung)\b", s[main_verb.start():])
                 # …or a present of what holds ("The movement takes its name from a peace deal signed in 2009")
                 or re.fullmatch(r"takes|is|are|remains|remain|means|dates|owes|draws|rests|stems", main_verb.group())
                 or _SPEAKING_PRESENT.fullmatch(main_verb.group())
                 # …or a verb that relates to an earlier happening: "The decree follows a ban imposed in April 2024"
                 or _RELATING_VERB.fullmatch(main_verb.group())
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
    if not finite and m["comma"] is None and re.match(r"\s*(?:[.;:!?,]|$)", s[end:]) \
            and _FUTURE_VERB_OBJECT.search(s, max(0, m.start("part") - 80), m.start("part")):
        finite = True  # "Thailand will release 18 soldiers captured in July": no future is dated by a past
    if not finite and m["comma"] is None and governed and _AGREEMENT_PARTICIPLE.fullmatch(m["part"]) \
            and re.search(r"\s(?:at|in)\s+(?:the\s+)?[A-Z]", s[m.end("part"):start]):
        finite = True  # "suspended a peace declaration signed in Kuala Lumpur on Oct. 26": the signing's day
    if not finite and m["comma"] is None and re.match(r"\s*(?:[.;:!?]|$)", s[end:]) \
            and _BARE_COMPLEMENT.search(s, max(0, m.start("part") - 70), m.start("part")):
        finite = True  # "Among those freed were defenders of Mariupol captured in May 2022": the capture's date
    if not finite and _COORDINATED_PARTICIPLE.match(s, end) \
            and not (_BARE_SENTENCE_SUBJECT.fullmatch(s, dateline_end(s), m.start("part"))
                     and not re.match(rf"[^,;]*\b(?:{_REST_AUXILIARY})\b", s[end:])):
        finite = True  # "a ban imposed in April 2024 and lifted in July": each participle has its own date
        # (but "Fighting resumed in the mid-1980s and peaked in 1988": the sentence's subject and its verbs, when
        # no main verb follows: "The truce agreed in Doha on Oct. 19 and extended on Oct. 30 was meant…")
    if not finite and re.match(r"\s*(?:[.;:!?]|$)", s[end:]) and _PARTICIPLE_AND_BEFORE.search(s, max(0, m.start("part") - 120),
                                                                                        m.start("part")):
        finite = True  # …and the second of them: "…and lifted [in July of that year]"
    if not finite:
        return None
    agent = re.match(r",?\s*by\s+[^,;]{1,80}?(?=\s*(?:[.;!?]|$))", s[end:]) if m["comma"] is not None else None
    if agent is not None:  # ", signed on July 12, 2025, by the main political forces.": the agent goes with the aside
        end += agent.end()
    return m.start("part"), end


#: A present perfect of what has not happened since, joined by "but": "…but has not been recognised by any country".
_NOT_SINCE_PREDICATE = re.compile(r",?\s+but\s+(?:has|have)\s+(?:not|never|yet\s+to|so\s+far\s+not)\b[^;]*$")
#: The medium of a saying before what it said: "said [in a joint statement] that…".
_SAYING_MEDIUM = re.compile(r"\b(?P<verb>said|says|announced|stated|added|warned)\s+in\s+(?:a|an|the|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|post|speech|communiqu[eé]|briefing|message|"
                            r"address|declaration|readout|report)\s+(?=that\b)")
#: A comma that closes a clause, not a date's own ("May 1, 2024") nor a number's ("2,000").
_CLAUSE_COMMA = re.compile(r",(?!\s*\d)")
#: A present of a statement that speaks of a happening, which a participle after its object dates: "The EU
#: recalls the Washington Peace Agreement signed … on 27 June 2025".
_SPEAKING_PRESENT = re.compile(r"\b(?:recalls|welcomes|condemns|notes|regrets|reaffirms|deplores|praises|commends|supports|"
                               r"rejects)\b")
#: A verb that relates its subject to an earlier happening, which a participle after its object dates:
#: "The decree follows a ban imposed in April 2024"; or one that only regards a thing done before: "They discussed
#: the humanitarian corridor agreed on Nov. 18", "Ministers welcomed the truce agreed on Sunday".
_RELATING_VERB = re.compile(r"\b(?:follows?|followed|replaces?|replaced|echo|echoes|echoed|recalled|mirrors?|mirrored|discussed|"
                            r"welcomed|condemned|praised|hailed|critici[sz]ed|denounced|deplored|rejected|endorsed|reviewed|"
                            r"debated|questioned|violated|breached)\b")
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
#: A noun phrase with its determiner right before a comma: "…in the preamble of [its current constitution],".
_DETERMINED_NOUN_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+(?:[\w-]+\s+){0,3}[\w-]+,\s+$")
#: Participles of an agreement, which a named place and a day after them date: "signed in Kuala Lumpur on Oct. 26".
_AGREEMENT_PARTICIPLE = re.compile(r"signed|agreed|reached|initiall?ed|adopted|concluded|brokered|ratified")
#: A future verb and its object, right before a participle: "will release [18 soldiers] captured…".
_FUTURE_VERB_OBJECT = re.compile(r"\b(?:will|shall)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+(?:[^,;\s]+\s+){0,5}$")
#: A second participle joined on after a participle's date: "imposed in April 2024 and lifted…".
_COORDINATED_PARTICIPLE = re.compile(r"\s+and\s+(?:later\s+|then\s+)?(?:[a-z]{3,}ed|lifted|set|held|made)\s+(?:in|on|by|at)\b")
#: A sentence's opening that is only its subject, whose past is then its verb: "Fighting [resumed]", "The talks [stalled]".
_BARE_SENTENCE_SUBJECT = re.compile(r"\s*(?:(?:The|A|An|Its|Their|His|Her)\s+)?(?:[\w'’-]+\s+){0,3}")
#: …seen from the second: a participle and its date, then "and" right before it.
_PARTICIPLE_AND_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:in|on|at)\s+[^,;]{1,40}?\s+and\s+(?:later\s+|then\s+)?$")


#: A happening named by its date after "of": "the parliamentary elections of 26 October 2024".
_HAPPENING_OF_DATE = re.compile(r"\b(?:the|its|their)\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:elections?|votes?|referendum|polls|"
                                r"summit|ceasefire|truce|accords?|agreements?|uprising|coup|massacre|bombings?|attacks?|"
                                r"events|protests|riots|invasion|offensive|war|incidents?|clashes|blasts?|explosions?|"
                                r"shootings?|raids?|strikes?|killings?|crash|meetings?|talks|decisions?|ruling|resolution|"
                                r"declaration|revolution|deal|treat(?:y|ies)|pacts?|wars|visits?|sessions?|conferences?|"
                                r"consultations|floods?|earthquakes?|famine|storms?|fires?|crisis|exodus|massacres?))\s+of\s+"
                                # (each date of a list: "the Arab-Israeli wars of 1948, 1956, 1967 and 1973")
                                r"(?:(?:\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?),\s+)*(?:\d{4}\s+and\s+)?$", re.I)
#: A happening a count or a sequel is measured from, its date right after it: "have rallied almost nightly since
#: parliamentary elections in October 2024", "…resumed after the elections on 26 October".
_HAPPENING_SINCE = re.compile(r"\b(?:since|after|following)\s+(?P<np>(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:elections?|referendum|"
                              r"uprising|coup|massacre|invasion|offensive|war|revolution|clashes|protests|riots|bombing|"
                              r"attack|earthquake|crackdown|independence))\s+(?:in|on)\s+$", re.I)
#: A perfect that has lasted up to now: "have rallied almost nightly", "has remained closed".
_LASTING_BEFORE = re.compile(r"\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been|[a-z]{3,}ed|[a-z]+en|kept|held|stood|fought|run)\b[^,;]*$")
#: A Romance participle set off by a comma, right before its date: ", élu en janvier 2025", "Créée en 1978".
_ROMANCE_PARTICIPLE = re.compile(
    r"(?:,\s+|^)(?P<part>(?i:élu|élue|élus|nommée?|créée?|fondée?|signée?|adoptée?|conclue?|arrivée?|elegid[oa]|"
    r"nombrad[oa]|cread[oa]|fundad[oa]|firmad[oa]|adoptad[oa]|elett[oa]|nominat[oa]|fondat[oa]|firmat[oa]|"
    r"eleit[oa]|criad[oa]|assinad[oa]))\s+(?:[^,;]{0,40}?\s+)?(?:en|le|el|en\s+el|nel|il|à|au|em|no|a)\s+$")
#: A text and the participle of its publication, right before its date: "un comunicado del tribunal publicado el",
#: "un communiqué publié le", "un rapporto pubblicato il".
_ROMANCE_PUBLISHED = re.compile(
    r"(?P<np>\b(?:un|una|une|uno|el|la|le|il|lo|o|um|uma)\s+(?:comunicado|communiqué|comunicato|informe|rapport|rapporto|"
    r"relatório|declaración|déclaration|dichiarazione|declaração|vídeo|vidéo|video|decreto|décret|carta|lettre|lettera|"
    # (a notice, a note or a message: "según un aviso publicado el viernes en el Registro Federal")
    r"aviso|anuncio|avis|annonce|avviso|annuncio|nota|note|mensaje|message|messaggio|mensagem|boletín|bulletin|bollettino)"
    r"(?:\s+(?:del|de\s+la|de\s+los|de|du|des|della|dello|dei|do|da)\s+[^,;:()]{1,40}?)?)\s+"
    r"(?P<part>(?i:publicad[oa]|difundid[oa]|emitid[oa]|publiée?|diffusée?|pubblicat[oa]|diffus[oa]|divulgad[oa]))\s+"
    r"(?:(?:el|le|il|em|no|na|en)\s+)?$")
#: Articles of the Romance languages, which no English sentence holds.
_ROMANCE_ARTICLE = re.compile(r"\b(?:la|le|les|des|une|los|las|una|unos|gli|della|degli|uma|dos|das)\s")
#: A name right before a comma: "le président libanais [Joseph Aoun],".
#: (with the noun a name is of: "[L'accord de Bougival],", "[el acuerdo de Doha],")
_NAME_BEFORE_COMMA = re.compile(r"(?P<np>(?:(?:[LlDd]['’]|(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Oo]|[Aa])\s+)[\w-]+\s+"
                                r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]|del\s+|di\s+|do\s+|da\s+))?"
                                r"(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*)\s*$")
#: The subject a fronted participle is about, after its comma: "Créée en 1978…, [la Finul] compte…".
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?P<np>(?:l['’]|la\s+|le\s+|les\s+|el\s+|los\s+|las\s+|il\s+|lo\s+)?"
                                  r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})\s")


def _reads_romance(s: str) -> bool:
    """Whether `s` is French, Spanish, Italian or Portuguese (a sentence is too short for the language guess: an article
    of those languages says it)."""
    return _language_of(s) in _A_IS_A_PREPOSITION or _ROMANCE_ARTICLE.search(s) is not None


def _romance_participle_title(sentence: Sentence, t: Timex) -> str | None:
    """A date in a French, Spanish, Italian or Portuguese participle set off by commas dates what the
    participle says of the name it stands by: "…Joseph Aoun, élu en janvier 2025, …" → "Joseph Aoun élu"."""
    s = sentence.text
    start = t.start - sentence.start
    published = _ROMANCE_PUBLISHED.search(s, max(0, start - 90), start)
    if published is not None and _reads_romance(s):  # "según un comunicado del tribunal publicado el martes"
        part = published['part'].lower()  # ("Un aviso fue publicado", as a title tells a happening)
        return f"{published['np'][:1].upper()}{published['np'][1:]} {_romance_passive(part, s)} {part}"
    m = _ROMANCE_PARTICIPLE.search(s, max(0, start - 60), start)
    # (a sentence is too short for the language guess: the participle and an article of the language say it)
    if m is None or not _reads_romance(s):
        return None
    part = m["part"].lower()
    if m.group().startswith(","):
        name = _NAME_BEFORE_COMMA.search(s, max(0, m.start() - 60), m.start())
        return f"{name['np']} {part}" if name is not None else None
    if m.start() != dateline_end(s):
        return None
    subject = _SUBJECT_AFTER_COMMA.search(s, start)
    return f"{subject['np']} {part}" if subject is not None else None


#: A Romance relative clause after its noun, right up to its date: "…el cese al fuego bilateral, que entrará en
#: vigor el próximo [2 de diciembre]", "…la conférence, qui se tiendra le [3 mars]".
_ROMANCE_RELATIVE = re.compile(r"(?P<np>\b(?:(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|un|una|une|uno|um|uma|al|del|au|du)\b\s*"
                               r"|l['’])[^,;:()]{2,60}?),\s+(?:que|qui|che|quien)\s+"
                               r"(?P<rest>[^,;:()]{3,100}?)\s+(?:(?:el|le|la|il|lo|en|à|au|a|nel|del|al|no|em|entre|tra|fra)\s+)?"
                               r"(?:(?:próximo|pasado|prochain|dernier|prossimo|scorso)\s+)?$", re.I)


def _romance_relative_title(sentence: Sentence, t: Timex) -> str | None:
    """A date at the end of a relative clause in French, Spanish, Italian or Portuguese dates what the clause
    says of its noun: "…un protocolo para restablecer el cese al fuego, que entrará en vigor el 2 de diciembre" →
    "El cese al fuego entrará en vigor"."""
    s = sentence.text
    start = t.start - sentence.start
    m = _ROMANCE_RELATIVE.search(s, max(0, start - 180), start)
    if m is None or not _reads_romance(s):
        return None
    # (a date the noun phrase ends on is no part of it: "un cese al fuego bilateral [el 9 de junio de 2023], que expiró…")
    np = re.sub(r"\s+(?:(?:el|la|le|il|lo|o|a|em|en|de|del|au|du|dal|nel|no|na|dia|día)\s+)*(?:\d{1,2}(?:er|º)?\s+(?:de\s+)?"
                r"[^\W\d_]+(?:\s+(?:de\s+|del\s+)?\d{4})?|[^\W\d_]+\s+(?:de\s+)?\d{4}|\d{4})\s*$", "", m["np"])
    if re.search(r"\d", np):
        # (a date before a verb is no part of the noun phrase: "se celebró el 17 de agosto y dejó fuera [al MAS]")
        np = np[list(re.finditer(r"\d", np))[-1].end():]
        after_date = re.search(r"\b(?:el|la|los|las|le|les|il|lo|gli|un|una|une|uno|al|del|au|du)\b", np, re.I)
        if after_date is None:
            return None
        np = np[after_date.start():]
    opener = list(re.finditer(r"\b(?:el|la|los|las|le|les|l['’]|il|lo|gli|un|una|une|uno)\b\s*", np, re.I))
    # (its own noun phrase, the nearest: "…para restablecer [el cese al fuego]", "la creación de [una comisión]")
    np = np[opener[-1].start():] if opener else np
    # (a preposition's article is the noun's own: "dejó fuera [al] Movimiento al Socialismo" → "El Movimiento…")
    np = re.sub(r"^(?:al|del)\b", "el", re.sub(r"^(?:au|du)\b", "le", np, flags=re.I), flags=re.I)
    return f"{np[:1].upper()}{np[1:]} {m['rest']}"


#: An act's noun and what it was done to, right before that one's date: "the signing of [the Washington Peace
#: Agreement] on ".
_ACT_OF = re.compile(r"\b[Tt]he\s+(?P<act>signing|signature|adoption|launch|opening|conclusion|ratification|entry\s+into\s+force|"
                     r"inauguration|release|announcement|publication)\s+of\s+(?P<np>(?:(?:the|a|an)\s+)?[^,;:()\"“”]{3,80}?)\s+"
                     r"(?:on|in)\s+(?:the\s+)?$")
#: A second thing the same act was done to, with its own date: "… on 27 June 2025[ and the Doha Framework on ]".
#: (not the same act again: "… in June[ and again in ]October")
_AND_ANOTHER_OF = re.compile(r"\s+and\s+(?:of\s+)?(?!(?:again|also|once\s+more|later|then)\b)"
                             r"(?P<np>(?:(?:the|a|an)\s+)?[^,;:()\"“”]{3,60}?)\s+(?:on|in)\s+(?:the\s+)?$")


def _act_of_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Welcomes the signing of the Washington Peace Agreement on 27 June 2025 and the Doha Framework on 15 November
    2026": each date dates the act done to its own object ("Signing of the Doha Framework")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _ACT_OF.search(s, max(0, start - 120), start)
    after = [o for o in inside if o.start >= t.end]
    # (only in such a list: alone, the act's noun is titled as the sentence's other rules say)
    if m is not None and after and _AND_ANOTHER_OF.match(s, t.end - sentence.start, after[0].start - sentence.start) \
            and not any(m.start("np") <= o.start - sentence.start < start for o in inside if o is not t):
        return f"{m['act'][:1].upper()}{m['act'][1:]} of {m['np']}"
    before = [o for o in inside if o.end <= t.start]
    if not before:
        return None
    again = _AND_ANOTHER_OF.match(s, before[-1].end - sentence.start, start)
    first = _ACT_OF.search(s, max(0, before[-1].start - sentence.start - 120), before[-1].start - sentence.start) \
        if again is not None else None
    return f"{first['act'][:1].upper()}{first['act'][1:]} of {again['np']}" if first is not None else None


#: A Romance preposition of time before a noun phrase right up to its date: "après [le rétablissement des sanctions
#: de l'ONU] le", "tras [la firma del acuerdo] el", "dopo [le elezioni] del".
_ROMANCE_GOVERNED = re.compile(r"(?:,\s+|\s)(?i:après|avant|depuis|malgré|lors\s+d[eu]|suite\s+à|à\s+la\s+suite\s+d[eu]|en\s+réponse\s+à|"
                               r"tras|después\s+de|antes\s+de|desde|pese\s+a|dopo|prima\s+d[ie]|dall?a|após|antes\s+d[eo]|"
                               r"depois\s+d[eo])\s+"
                               r"(?P<np>(?:(?:le|la|les|un|une|el|los|las|una|il|lo|gli|o|a|os|as|um|uma)\s|l['’])[^,;:()\"“”]{3,80}?)"
                               # (its date may be set off by a comma: "…depois de um ataque à vila de Palma, em março")
                               r",?\s+(?:(?:le|el|il|en|au|à|a|em|no|na|del|dell['’]|nel|de|di|du|d['’])\s*)?"
                               r"(?:(?:dia|día|jour|giorno)\s+(?:de\s+|du\s+)?)?$")
#: A finite verb of those languages, which makes a phrase a clause: "après que les sanctions [ont] été rétablies".
_ROMANCE_FINITE = re.compile(r"\b(?i:que|qui|che|ont|a|est|sont|été|était|avait|avaient|ha|han|fue|fueron|había|è|sono|"
                             r"foi|foram)\b")


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


def _german_comma_clause(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Der Bundestag soll das Gesetz vor Weihnachten verabschieden, es soll am 1. Januar in Kraft treten": a German
    main clause joined on by a comma alone, which holds the date, is that date's happening."""
    s = sentence.text
    start = t.start - sentence.start
    planned = _GERMAN_PLAN_RELATIVE_BEFORE.search(s, max(0, start - 80), start)
    after = _GERMAN_PLAN_RELATIVE_AFTER.match(s, t.end - sentence.start) if planned is not None else None
    if after is not None:  # "Moskau finanziere Proteste, die für den 6. Dezember geplant seien": "Proteste geplant"
        return _finish_title(f"{planned['np'][:1].upper()}{planned['np'][1:]} {after['plan']}", gazetteer)
    joins = list(_GERMAN_COMMA_CLAUSE.finditer(s, max(0, start - 200), start))  # (a bounded look, not a pass per date)
    if not joins or "," in s[joins[-1].end():start] or len(set(_GERMAN_WORD.findall(s.lower()))) < 2:
        return None
    clause = _clause_to_its_end(sentence, joins[-1].end(), t)
    title = make_title(clause, t, [o for o in inside if clause.start <= o.start and o.end <= clause.end], gazetteer)
    # ("…das Gesetz … verabschieden, es soll … in Kraft treten": "es" is the neuter noun the first clause named)
    neuter = list(_GERMAN_NEUTER_NOUN.finditer(s, 0, joins[-1].start()))
    if title.startswith("Es ") and neuter:
        title = f"Das {neuter[-1]['noun']}{title[2:]}"
    return title if len(title.split()) >= 2 else None


def _romance_governed_title(sentence: Sentence, t: Timex) -> str | None:
    """A date right after the noun phrase a French, Spanish, Italian or Portuguese preposition of time governs dates
    that phrase's happening: "…suspendues fin septembre, après le rétablissement des sanctions de l'ONU le 28 septembre"
    → "Le rétablissement des sanctions de l'ONU"."""
    s = sentence.text
    start = t.start - sentence.start
    m = _ROMANCE_GOVERNED.search(s, max(0, start - 120), start)
    if m is None or _ROMANCE_FINITE.search(m["np"]) \
            or not _reads_romance(s):
        return None
    return f"{m['np'][:1].upper()}{m['np'][1:]}"


#: The opening of a subject that comes after or follows a happening (an entry's bullet may come first): "The visit ".
_SUBJECT_THAT_COMES = r"(?:[-•*–]\s+)?(?:The|This|That|Its|His|Her|Their)\s+"
#: A sentence that hangs its subject on an earlier happening, the date's: "The visit follows [a meeting of the
#: Quad in London] on", "The move came after [talks in Geneva]".
_FOLLOWS_HAPPENING = re.compile(_SUBJECT_THAT_COMES +
                                # (an aside about the subject may stand between: "The deal, reached after weeks of talks,
                                # follows the fall of…")
                                r"(?:(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,2}?[\w-]+,\s+[^,;]{1,90},\s+)(?:follows?|followed|comes?|came)\s+"
                                r"(?:after\s+|on\s+the\s+heels\s+of\s+|days\s+after\s+|weeks\s+after\s+)?"
                                r"(?P<np>(?:(?:a|an|the)\s+|[A-Z][\w'’.-]*\s+)[^,;:()\"“”]{2,100}?)\s+(?:on|in|at|during)?\s*$")
#: A ranking counted since a clause: "the fourth swap since ", "their first meeting since ".
_RANKED_SINCE_CLAUSE = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest|"
                                  r"only|biggest|largest|deadliest|worst|highest|lowest)\b[^,;:.]{0,60}?\bsince\s+(?=\S+\s+\S)")
#: A past anywhere in a clause: "talks in Istanbul [ended] without progress".
_PAST_IN_CLAUSE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b")
#: A subject that only comes after (or before) a clause of its own: "The attack came after ", "The vote comes days before ".
_CAME_AFTER_CLAUSE = re.compile(_SUBJECT_THAT_COMES + r"(?:[\w-]+\s+){0,3}?(?:came|comes|followed|follows)\s+"
                                r"(?:(?:just|shortly|only|soon|(?:a|one|two|three|several|a\s+few)\s+(?:hours?|days?|weeks?)|"
                                r"(?:hours|days|weeks))\s+)?"  # ("The visit came days after…")
                                r"(?:after|before|as)\s+(?=(?:the\s+)?[\w'’.-]+\s)")  # ("…after U.S. envoy…")
#: A time conjunction right before a date: "after [Tuesday's talks…]".
_CONJUNCTION_RIGHT_BEFORE = re.compile(r"\b(?:after|before|when|as|since|until|once)\s+$", re.I)
#: A date's possessive heading a clause's subject, and the clause: "['s] talks in Geneva ended without agreement".
_OWNED_SUBJECT_CLAUSE = re.compile(r"['’]s\s+(?P<rest>[a-z][\w-]*\s+(?:[\w'’.-]+\s+){0,5}?(?:[a-z]+ly\s+)?"
                                   rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|began|broke|fell)\b[^,;:]{{0,80}})")
#: A thing called or set for a date: "called an early parliamentary election for", "set the vote for".
_CALLED_FOR = re.compile(r"\b(?:called|calls|scheduled|schedules|set|sets|fixed|fixes|announced|announces|convened|convenes|"
                         r"rescheduled|moved|postponed|brought\s+forward)\s+(?P<np>(?:an?|the|new|fresh|early|snap)\s+"
                         r"(?:[\w'’-]+\s+){0,4}?(?:elections?|polls?|vote|votes|referendum|ballot|runoff|session|summit|meeting|"
                         r"talks|round|hearing|debate|congress|conference)(?:\s+(?:on|in|for|of)\s+[^,;:()]{2,40}?)?)"
                         r"\s+(?:for|to)\s+(?:the\s+)?$")
#: Things that are held on a day: a gathering, a vote, a hearing, a handover.
_HELD_THING = (r"(?:elections?|vote|referendum|summit|meeting|talks|round|session|hearing|trial|visit|ceremony|signing|"
               r"conference|withdrawal|handover|inauguration|census|runoff)")
#: A thing moved to a new date, or set for one: "A new round that had been scheduled for Tuesday was postponed to",
#: "a further meeting was planned for".
_POSTPONED_TO = re.compile(rf"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,4}}?{_HELD_THING}"
                           r"(?:\s+(?:of|on|in|with|between)\s+[^,;:()\"“”]{2,40}?)?)"
                           r"\s+(?:(?:that|which)\s+(?:had|has|have|was|were|is|are)\s+[^,;\"“”]{0,50}?\s+)?"
                           r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:(?:postponed|delayed|moved|"
                           r"pushed\s+back|rescheduled|brought\s+forward|put\s+off)\s+(?:to|until|till)"
                           # (…or set for it: "a further meeting was planned for next week")
                           r"|(?:planned|scheduled|set|slated|pencilled\s+in|penciled\s+in)\s+for)\s+(?:the\s+)?$")
#: A name, then its birth or death in brackets, the date next: "Ilham Aliyev (born ", "Lakhdar Brahimi (died ".
_BORN_ASIDE = re.compile(r"(?P<name>(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*)\s+\((?P<word>born|b\.|died|d\.)\s+(?:on\s+|in\s+)?$")
#: A call for a thing, then the thing's date: "called on Thursday for a fresh wave of protests in Tbilisi on".
_CALLED_FOR_NP = re.compile(r"\b(?:called|calls|urged|appealed)\s+(?:(?:on\s+)?[A-Z][a-z]+day\s+)?for\s+"
                            r"(?P<np>(?:a|an|the|new|fresh|more|mass|nationwide|renewed)\s+[^,;:()]{2,80}?)\s+(?:on|in|at|for)\s+(?:the\s+)?$")
#: A thing and the infinitive that tells what is to be done with it, before its date: "the EU-Azerbaijan
#: Cooperation Council, to be held in Brussels on".
_TO_BE_DONE = re.compile(r"(?P<np>(?:[A-Z][\w'’.-]*[\s-]+){0,6}[A-Z][\w'’.-]*|\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}[a-z][\w-]*"
                         # (…with what it is for: "an early election for the post, to be held on Nov. 23")
                         r"(?:\s+(?:for|of)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?),\s+"
                         r"(?P<inf>to\s+be\s+(?:held|convened|hosted|signed|opened|launched|staged|inaugurated|unveiled|"
                         r"debated|discussed|adopted|submitted|presented|voted\s+on)\b[^,;:()]{0,60}?)"
                         r"\s+(?:(?:on|in|at|from|by)\s+)?(?:the\s+)?$")
#: A noun phrase, then a part of it named by "of which" and that part's verb: "the state commissions, the latest
#: meeting of which took place on".
_OF_WHICH = re.compile(r"(?P<np>\b(?:the|its|their|a|an)\s+[^,;:()]{2,80}?),\s+(?P<head>(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                       # (a part named by a noun: "the latest of which" is the one of several, titled elsewhere)
                       r"(?!(?:latest|last|first|second|third|most|all|some|many|none|one|two|three|both|each|several|"
                       r"majority|rest|bulk|half)\s)[a-z][\w-]*)"
                       r"\s+of\s+which\s+(?P<verb>(?:was|were|had\s+been|has\s+been)?\s*[a-z]{3,}(?:ed|en|wn|ok|ld|t)?\b[^,;:()]{0,80}?)"
                       r"\s*$")
#: A happening a closing "with" adds, its date after it: ", with a runoff for mayors, if needed, [two weeks later]".
_WITH_HAPPENING = re.compile(r",\s+(?:and\s+)?with\s+(?P<np>(?:(?:first|final|preliminary|official)\s+)?results|"
                             r"(?:a|an|the|its|their|another)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:runoff|run-off|second\s+round|vote|ballot|referendum|meeting|summit|round|session|visit|"
                             r"ceremony|signing|deadline|review|handover|withdrawal|exchange|release|election|talks)"
                             r"(?:\s+(?:of|for|on|in|between)\s+[^,;:()]{2,60}?)?)"
                             r"(?:,\s*(?:if|when|where)\s+(?:needed|necessary|required|any)\s*,?)?"
                             # (…or set for it: ", with a summit pencilled in for [the spring]")
                             r"(?:\s+(?P<plan>planned|scheduled|set|slated|pencilled\s+in|penciled\s+in|expected|due)"
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
#: A closing "with" that tells what is due or expected to happen on the date after it: ", with the government's funding
#: due to run out on ".
_WITH_DUE_TO = re.compile(r",\s+(?:and\s+)?with\s+(?P<np>(?:the|a|an|its|their|[A-Z][\w'’-]*['’]s)\s+[^,;:()]{2,50}?)\s+"
                          r"(?P<due>(?:due|expected|set|scheduled|slated)\s+to\s+[a-z]{2,}(?:\s+(?:out|off|up|down|in|over))?)"
                          r"\s+(?:on|in|at|by|from)\s+(?:the\s+)?$")
#: Where the date's phrase may end a sentence's telling: its end, a comma, a relative clause.
_PHRASE_CLOSES = re.compile(r"\s*(?:[.;:!?,]|$)")
#: A thing whose day a relative clause gives: "the 61st anniversary of the normalisation of ties, which falls on".
_FALLS_ON = re.compile(r"\b(?P<np>(?:the|its|their|this|next|a)\s+[^,;:()]{3,100}?),?\s+(?:which|that)\s+"
                       r"(?:(?:falls|fell|will\s+fall|is\s+marked|was\s+marked|is\s+celebrated|is\s+observed)\s+(?:on|in)"
                       r"|(?:is|was)\s+(?:due|set|scheduled)\s+(?:for|on))\s+(?:the\s+)?$")
#: Where the happening a date names took place, right after the date: "the incident of 18 November [at the
#: Varnita checkpoint]".
_PLACE_AFTER_DATE = re.compile(r"\s+(?P<place>(?:at|in|near|outside)\s+(?:the\s+)?[A-Z][^,;.:()]{0,50}?)(?=\s*(?:[,;.:()]|$|\s+(?:and|which|that|when)\b))")
#: …unless the phrase is the sentence's subject and its verb follows: "The events of March 2014 changed…" is
#: the sentence's own happening, told by its verb.
_HAPPENING_OF_DATE_IS_SUBJECT = re.compile(r"\s*,?\s*(?!were\b|was\b)(?:[a-z]{3,}ed|[a-z]{3,}s)\b")
#: A possessive date's noun, up to a comma, a preposition or the clause's end: "Monday's [agreement]".
_POSSESSIVE_DATE_NOUN = re.compile(r"['’]s\s+(?P<np>(?:(?!(?:and|or|to|of|in|on|at|by|for|with|was|were|is|are|has|had|"
                                   r"have|will|would)\b)[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                                   r"(?=\s*[,;.]|\s*$|\s+(?:in|at|on|of|by|between|with|and|was|were|is|are|has|had|will)\b)")
#: A preposition opening the sentence right before a possessive date: "Under [Monday's] agreement, …".
_PREPOSITION_BEFORE_DATE = re.compile(r"\s*(?:[Aa]fter|[Uu]nder|[Ff]ollowing|[Ss]ince|[Dd]espite|[Bb]efore|[Aa]head\s+of|"
                                      r"[Dd]uring|[Aa]mid|[Ii]n|[Aa]t|[Ff]rom|[Oo]ver|[Aa]gainst|[Aa]bout|[Oo]n)\s+$")
#: What an anniversary remembers, and the year it happened: "the anniversary of [the launch of the
#: Hwasong-15] in 2017" (a day without its year is the day the anniversary is marked).
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+|their\s+|a\s+)?(?P<np>[^,;:()]{3,110}?)\s+"
                             r"(?:in|on|of)\s+(?:the\s+)?$")
#: An anniversary to come, right before its date: "mark [the 75th anniversary of the start of the war] next June".
_ANNIVERSARY_TO_COME = re.compile(r"\b(?P<np>(?:the\s+)?(?:\d+(?:st|nd|rd|th)|[a-z]+(?:th|st|nd|rd))\s+anniversary\s+of\s+"
                                  r"[^,;:()]{3,100}?)\s+(?:in\s+|on\s+)?$")
#: A year written in digits.
_WRITTEN_YEAR_IN = re.compile(r"\b\d{4}\b")


#: A bare plural after a copula or "include", up to a participle: "were [defenders of Mariupol] captured…".
_BARE_COMPLEMENT = re.compile(r"\b(?:were|are|included|include|includes|including)\s+(?P<np>[a-z][\w-]*s(?:\s+of\s+"
                              r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?)\s+$")
#: The comma that sets a participle off, an adverb maybe after it: ", announced", ", first reported".
#: A participle of holding, and a gathering or vote at the end of a noun phrase, which is what is held.
_HELD_PARTICIPLE = re.compile(r"(?:held|staged|conducted|convened)\b")
#: What is held: a round, a vote, a summit.
_HELD_GATHERING = (r"round|vote|election|elections|poll|polls|ballot|referendum|summit|meeting|talks|session|conference|"
                   r"hearing|runoff")
_GATHERING_END = re.compile(rf"\b(?:{_HELD_GATHERING}|votes)\s*,?\s*$")
_HELD_OF_GATHERING = re.compile(r"\b(?:of|from|in)\s+(?P<gathering>(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                                rf"(?:{_HELD_GATHERING}))$")
_COMMA_BEFORE_PARTICIPLE = re.compile(r",\s*(?:(?:first|initially|originally|later|previously|already|once)\s+)?$")
#: A noun phrase's head and its preposition right before another noun phrase: "The deployment of [the carrier
#: group]", "Its last resolution on [the country]" (a bare plural that opens a reported clause heads it too:
#: "said that troop movements near [the border], first reported…").
_HEAD_OF = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+|(?<=\bthat\s))(?:[a-z][\w-]*\s+)?[a-z][\w-]*\s+"
                      r"(?:of|on|over|against|for|in|with|near|along|at)\s+$")

#: A noun and the "by" of its author, right before the author: "[a statement by ]the court published…".
_HEAD_BY = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z][\w-]*\s+)?(?:statement|report|letter|"
                      r"communiqu[eé]|declaration|resolution|proposal|plan|video|decree|order|ruling|decision|study|"
                      r"survey|poll|message|post|note|memo|document)\s+by\s+$")


def _reduced_relative_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"A grain deal brokered in July 2022 collapsed a year later": July 2022 titles "A grain deal was brokered"."""
    span = _reduced_relative(sentence, t, inside)
    if span is None:
        return None
    s = sentence.text
    part_end = s.index(" ", span[0]) if " " in s[span[0]:span[1]] else span[1]
    particle = re.match(r"\s+(?:up|out|down|off|forward)\b", s[part_end:span[1]])
    if particle is not None:  # ("The office, set up in December 1995": "was set up")
        part_end += particle.end()
    # "a ban imposed in April and [lifted] in July": the noun is the first participle's
    first = _PARTICIPLE_AND_BEFORE.search(s, max(0, span[0] - 120), span[0])
    noun_end = first.start() if first else span[0]
    # (not past a saying's gerund: "The court disagreed, saying [assurances] given…")
    saying = _SAYING_GERUND.search(s, max(0, noun_end - 50), noun_end)
    openers = [o for o in _NOUN_PHRASE_OPENER.finditer(s, max(0, noun_end - 50, saying.end() if saying else 0), noun_end)]
    lo = openers[-1].start() if openers else max(s.rfind(",", 0, noun_end) + 1, saying.end() if saying else 0)
    # (a clause's conjunction opens no noun phrase: "…, as tighter enforcement of sanctions reimposed in 2018 cut…")
    conjunction = re.match(r"\s*(?:as|while|when|because|since|after|before|if|though|although|and|but|so)\s+", s[lo:noun_end])
    if conjunction is not None:
        lo += conjunction.end()
    if re.match(r"that\s", s[lo:]) and re.search(r"\b(?:a|an|the)\s+[a-z]+\s+$", s[:lo]):
        lo += 5  # "a claim that [geolocated footage] published on Nov. 27 does not support": "that" opens a clause
    complement = _BARE_COMPLEMENT.search(s, max(0, noun_end - 70), noun_end)
    if complement is not None and complement.start("np") > lo:  # "Among those freed were [defenders of Mariupol] captured"
        lo = complement.start("np")
    head = _HEAD_OF.search(s, max(0, lo - 40), lo)
    if head is not None and _HELD_PARTICIPLE.match(s, span[0]) and _GATHERING_END.search(s, lo, noun_end):
        head = None  # ("the results of the first round, held on Nov. 24": what is held is the round)
    if head is not None and _COMMA_BEFORE_PARTICIPLE.search(s, max(0, noun_end - 20), noun_end):
        lo = head.start()  # "The deployment of the carrier group, announced on Oct. 24,": the deployment was announced
    agent = _HEAD_BY.search(s, max(0, lo - 40), lo)
    if agent is not None:  # "a statement by the court published on Tuesday": the statement was published
        lo = agent.start()
    longest = 10 if head is not None and lo == head.start() or agent is not None else 7
    bare = _GOVERNED_BARE_PLURAL.search(s, lo, noun_end)
    if bare is not None and not _MEASURE_ON.search(s, lo, bare.start("noun")):
        lo = bare.start("noun")  # "…return to sites struck in June": "Sites were struck" (but "a ban on rallies imposed")
    future = _FUTURE_VERB_OBJECT.search(s, max(0, noun_end - 80), noun_end)
    if future is not None:  # "will release [18 Cambodian soldiers] captured in July": the verb's object
        lo = max(lo, future.start() + re.match(r"\w+\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+", s[future.start():]).end())
    infinitive = list(re.finditer(r"\bto\s+[a-z]{3,}\s+(?:(?:up|out|down|off|back)\s+)?(?!(?:the|a|an|its|their|his|her)\b)",
                                  s[lo:noun_end]))  # ("to speed up deliveries")
    if infinitive:  # "…failed to examine evidence submitted on Sept. 30": the infinitive's bare object
        lo += infinitive[-1].end()
    noun, participle = s[lo:noun_end].strip(" ,"), s[span[0]:part_end].strip()
    if participle.lower() == "dated":
        return None  # "A letter dated 24 November urged…": the date is the letter's, told by what the letter does
    adverb = _ADVERB_BEFORE_PARTICIPLE.search(noun)
    if adverb is not None:  # "an energy deal first reached in June 2022": "…was first reached"
        noun, participle = noun[:adverb.start()].rstrip(" ,"), f"{adverb[1]} {participle}"
    if not 1 <= len(noun.split()) <= longest:
        return None
    # the named place between participle and date stays with it: "Peace talks were held in Istanbul"
    placed = re.sub(r"\s+(?:(?:in|on|at|during|since|last|this)\s+)?(?:the\s+)?$", "", s[span[0]:t.start - sentence.start])
    if re.fullmatch(r"\S+(?:\s+(?:up|out|down|off|forward))?\s+(?:(?:at|in|by)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*(?:and\s+(?=[A-Z]))?){1,4}"
                    rf"|{_GATHERING})", placed.rstrip()):  # (…and the gathering: "…was adopted at their previous meeting in Baku")
        participle = placed
    sides = re.match(r"\s+(between\s+[^,;.:!?]{3,80}?)\s*(?:[,;.:!?]|$)", s[span[1]:])
    if sides is not None:  # "A peace deal was signed between the government and the rebels"
        participle += " " + sides[1]
    auxiliary = re.search(r"\s+(was|were|is|are)$", noun)
    if auxiliary is not None:  # "The sanctions were lifted in 2016 and reimposed…": a passive, whose "were" goes on
        return f"{noun[:auxiliary.start()]} {auxiliary[1]} {participle}"
    return f"{noun} {_be_for(noun)} {participle}"


#: A saying's gerund after a comma: ", saying", ", adding that".
_SAYING_GERUND = re.compile(r",\s+(?:saying|adding|noting|arguing|claiming|insisting|warning|stating)(?:\s+that)?\s")
#: An adverb between a noun and its participle: "a deal [first] reached in June 2022".
_ADVERB_BEFORE_PARTICIPLE = re.compile(r"\s+(first|initially|originally|once|jointly|formally|finally|previously|recently|"
                                       r"hastily|quietly|secretly|unanimously|narrowly)$")
#: A fronted phrase whose noun a participle after the comma tells about: "Under the deal, reached…",
#: "According to the agreement, signed…".
_FRONTED_OBJECT = re.compile(r"(?:Under|According\s+to|Despite|Following|With|In\s+line\s+with)\s+"
                             r"(?P<noun>(?:the|a|an|this|its|their)\s+[^,]{1,60}?)(?=,)")
_SENTENCE_ADVERB = re.compile(r"\w+ly|However|Meanwhile|Instead|Moreover|Still|Yet|Then|Now|Later|Earlier|Also|Nevertheless|"
                              r"Nonetheless|Overall|Thus|Hence|Therefore|Besides|Otherwise|Again|Today|Yesterday|Here|There")


def _subject_participle(sentence: Sentence, t: Timex, inside: list[Timex] | None = None) -> str | None:
    """"Talks in Jeddah, suspended in December, are due to resume": the only date of a sentence, in a
    participle phrase between commas after a short subject, dates the participle ("Talks in Jeddah,
    suspended") — unless the participle plans the subject's own day ("The summit, planned for June 4,")."""
    s = sentence.text
    rel = t.start - sentence.start
    head = dateline_end(s)
    if head:  # "KYIV, Sept 14 (Reuters) - Russia and Ukraine…": the subject comes after the dateline
        body_start = head + len(s[head:]) - len(s[head:].lstrip())
        return _subject_participle(Sentence(sentence.start + body_start, sentence.end, s[body_start:]), t, inside) \
            if rel > body_start else None
    lo = s.find(", ")
    hi = s.find(", ", t.end - sentence.start)
    fronted = _FRONTED_OBJECT.match(s)
    if fronted and fronted.end() == lo and 0 < lo < rel and hi > 0 and "," not in s[lo + 2:rel]:
        # "Under the deal, reached at a meeting on Friday, Armenia will…": the deal was reached then
        body = s[lo + 2:hi]
        participle = _PARTICIPLE_START.match(body)
        told = _remove_date_phrase(body, rel - lo - 2, t.end - sentence.start - lo - 2)
        # …but a bare participle ("Under the deal, announced on Friday, Armenia will…") says less than
        # the main clause, which the title keeps
        if participle is not None and participle.group(0).split()[-1].lower() not in PLAN_WORDS and len(told.split()) > 2:
            return f"{fronted['noun']} {told}"
        return None
    # (the commas of a list of names are no edge: "…, put forward by the United States, Saudi Arabia, Egypt
    # and the Emirates in September, has not…")
    between = _NAME_LIST.sub(" ", s[lo + 2:rel]) if 0 < rel - lo < 300 else ","  # (a phrase, not a page)
    last = s.rfind(", ", 0, rel)
    if "," in between and lo < last < 150 and _PARTICIPLE_START.match(s, last + 2) and "," not in s[last + 2:rel] \
            and re.search(r"\sand\s[^,]+$", s[:last]) and not _FIRST_VERB.search(s, 0, last) and len(s[:last].split()) <= 12 \
            and hi > 0 and re.match(rf"(?:{_AUXILIARY}|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[hi + 2:]):
        # ("Resolution 1325 on women, peace and security, adopted 26 years ago, was cited…": a subject that lists what
        # it is on)
        lo, between = last, ""
    if not 0 < lo < rel or hi < 0 or "," in between or len(s[:lo].split()) > 8 or _FIRST_VERB.search(s[:lo]) \
            or _SENTENCE_ADVERB.fullmatch(s[:lo].strip()) or _OPENING_PHRASE.match(_without_leading_conjunction(s)) \
            or ((opener := _FRONTED_OPENER.match(s)) is not None and opener.end() == lo + 2):
        # "However, cited…", "(But) under the deal, announced…", "Born in Turku on 2 March 1942, Lindqvist joined…": no
        # subject before the comma
        return None
    body = s[lo + 2:hi]
    relative = _FOREIGN_RELATIVE.match(body)
    participle = _PARTICIPLE_START.match(body) or _FOREIGN_PARTICIPLE.match(body) or relative
    if participle is None or participle.group(0).split()[-1].lower() in PLAN_WORDS | _ROMANCE_PLAN_WORDS:
        return None
    inner = _SUBORDINATE_IN_ASIDE.search(body, 0, rel - lo - 2)
    if inner is not None and _tells_a_doing(inner["clause"]):
        # "…corridor, opened in August 2023 after Russia quit the grain deal [that July],": the aside's own clause
        at = lo + 2 + inner.start("clause")
        told = _remove_date_phrase(s[at:hi], rel - at, t.end - sentence.start - at)
        return told[:1].upper() + told[1:]
    told = _remove_date_phrase(body, rel - lo - 2, t.end - sentence.start - lo - 2)
    for other in inside or ():  # "signed in September 2014 and February 2015": the other date goes too
        at = told.find(other.text) if other is not t else -1
        if at >= 0:
            told = _remove_date_phrase(told, at, at + len(other.text))
    if relative:  # "La tregua, que comenzó el 3 de agosto," → "La tregua comenzó", as "which began" reads
        return f"{s[:lo]} {told[relative.end('pronoun'):].lstrip()}"
    # "The law, passed in 2010 and amended twice since,": the second participle has no date of this one
    told = re.split(rf" and (?=(?:\w+ly\s+)?(?:\w{{3,}}ed|{_IRREGULAR_PARTICIPLES})\b)",
                    told, maxsplit=1)[0]  # (not the "and" of "envoys from both Washington and Moscow")
    subject = s[:lo]
    object_of = _VERB_THEN_OBJECT.search(subject)
    if object_of is not None:  # "Officials expect the bridge, damaged in an attack in October, to reopen": the bridge
        subject = object_of["np"][:1].upper() + object_of["np"][1:]
    if _PARTICIPLE_START.match(body):  # "Talks in Jeddah were suspended", "The law was passed"
        return f"{subject} {_be_for(subject)} {told}"
    romance = re.match(rf"(?:[^\W\d_]{{3,}}(?:ée?s?|ado|ada|ados|adas|ido|ida|idos|idas)|{_ROMANCE_IRREGULAR_PARTICIPLE})(?!\w)",
                       told) or (re.match(r"[^\W\d_]{3,}(?:at|it|ut)[oaie](?!\w)", told) if _language_of(s) == "it" else None)
    if romance is not None:  # "Le texte, présenté en Conseil des ministres le 15 octobre," → "Le texte a été présenté…"
        return f"{subject} {_romance_passive(romance.group(), s)} {told}"
    return f"{subject}, {told}"


#: A subordinate clause inside a participle's aside, up to a date of its own: "…, opened in August 2023 after [Russia quit
#: the grain deal] that July,".
_SUBORDINATE_IN_ASIDE = re.compile(r"\b(?:after|before|when|because|until)\s+(?P<clause>(?:[A-Z][\w.'’-]*|the|a|an|its|their|it|"
                                   r"they|he|she)\b[^,;]*)$")
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


def _be_for(subject: str) -> str:
    """"were" for a plural subject ("Talks in Jeddah"), else "was": the number of the subject's head noun."""
    joined = re.split(r"\s+(?:in|of|on|at|for|with|from|to|between|over|near)\s+", subject)[0]
    head = re.split(r"\s+and\s+", joined)[0].split()[-1]
    return "were" if _ends_plural(head) or head.lower() in ("people", "police", "forces", "troops", "they", "we", "you") \
        or re.search(r"\s+and\s+", joined) else "was"  # ("They were routed", "Congo and Rwanda were…")


def _subject_modifier_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"The 44-day war in the autumn of 2020 ended with a statement signed on 10 November 2020": a date
    in a phrase after the sentence's opening subject, right before its verb, dates that subject."""
    s = sentence.text
    start = t.start - sentence.start
    end = _phrase_end(t, inside) - sentence.start
    prep = re.search(r"\s+(?:in|of|during|from)\s+(?:the\s+)?$", s[:start])
    if prep is None or not _FINITE_AFTER.match(s, end):
        return None
    # the main verb must have a date of its own ("…ended with a statement signed on 10 November 2020");
    # "Capital expenditure in 1990 will rise, from $470 million this year" is about 1990 as a whole
    # (in its own clause: "An earlier truce in November 2023 lasted a week, and a second, agreed on Jan. 15…")
    if not any(o.start - sentence.start > end and re.search(r"\b(?:on|in|at|by)\s+(?:the\s+)?$", s[:o.start - sentence.start])
               and not re.search(r",\s+(?:and|but|while|whereas)\s+|;\s+", s[end:o.start - sentence.start])
               # (nor a time clause's: "Five days of fighting in late July killed 43 people before a ceasefire took hold on
               # July 28")
               and not re.search(r"\b(?:before|after|when|until|since|while|once)\s", s[end:o.start - sentence.start])
               for o in inside if o is not t):
        return None
    subject = s[:prep.start()].strip()
    if not subject[:1].isupper() or "," in subject or not 2 <= len(subject.split()) <= 6 or _FIRST_VERB.search(subject) \
            or _OPENING_PHRASE.match(subject):
        return None
    return subject


_PARTICIPLE_START = re.compile(_PARTICIPLE_PHRASE)
#: The past participles of the other languages read ("lancés en mai 2023", "unterzeichnet im März",
#: "firmado en 2020", "подписанное в марте"), by their endings.
#: A relative pronoun of the other languages opening a clause about the subject: "que comenzó…",
#: "qui a débuté…", "die begann…", "который начался…".
_FOREIGN_RELATIVE = re.compile(r"(?P<pronoun>que|qui|che|der|die|das|который|которая|которое|которые)\s+[^\W\d_]", re.UNICODE)
_FOREIGN_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées|is|ise|it|ite|u|ue|us|ues|t|et|en|ado|ada|ados|adas|ido|ida|"
                                 r"idos|idas|ato|ata|ati|ate|uto|uta|нный|нная|нное|нные|тый|тая|тое|тые)\s", re.UNICODE)
_NOUN_PHRASE_START = re.compile(r"(?:a|an|the|its|their|his|her|this|that|these|those)\s", re.I)


#: A noun phrase and the subject relative clause after it in French, Spanish or Italian, up to the clause's date: "un
#: cese al fuego que expiró en ", "un cessez-le-feu qui a expiré en ", "una tregua che è scaduta ad ".
_ROMANCE_SUBJECT_RELATIVE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:un|une|una|uno|le|la|les|el|los|las|il|lo|gli|l['’])\s*[^\W\d_][^,;:()]{0,50}?)\s+"
    rf"{_ROMANCE_SUBJECT_PRONOUN}\s+"
    r"(?P<clause>[^,;:()]{2,80}?)\s+(?:(?:en|el|le|les|in|il|a|ad|au|aux|à|del|de|dès|desde|depuis|entre)\s+)?(?:(?:el|la|le|les|l['’])\s*)?$",
    re.UNICODE)


#: A saying in French, Spanish or Russian and the word that opens what it reports: "dijo el lunes que ", "a déclaré
#: lundi que ", "заявил в понедельник, что ".
_FOREIGN_SAYING_THAT = re.compile(
    r"(?<!\w)(?:dijo|dijeron|afirmó|afirmaron|declaró|declararon|anunció|anunciaron|aseguró|aseguraron|informó|indicó|"
    r"señaló|explicó|(?:a|ont)\s+(?:dit|déclaré|annoncé|affirmé|indiqué|précisé|assuré|expliqué)|"
    # (not German's "dass", whose clause puts its verb last: "dass die Wahlen im März stattfinden")
    r"заявил[аи]?|сообщил[аи]?|сказал[аи]?)(?!\w)[^;:,]{0,40}?(?:\s+(?:que|qu['’])|,?\s+что)\s*",
    re.IGNORECASE | re.UNICODE)


#: A thing and what it goes back to, right before its date: "a dispute that dates back to the ", "a rivalry dating back to ".
_DATES_BACK_TO = re.compile(r"(?P<np>\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)"
                            r"(?:\s+(?:that|which)\s+(?:dates|dated|goes|went|traces|traced)|,?\s+(?:dating|going|tracing))\s+"
                            r"back\s+to\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$")


def _foreign_reported_clause(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """What a dated saying in another language reports, for a later date inside it: "Le ministre a déclaré lundi que les
    élections auront lieu en mars" is, for March, "Les élections auront lieu" (the saying has its own day)."""
    rel = t.start - sentence.start
    found = None
    for m in _FOREIGN_SAYING_THAT.finditer(sentence.text, 0, rel):
        if m.end() <= rel:
            found = m
    if found is None or not any(o is not t and o.start - sentence.start < found.end() for o in inside):
        return None
    lo = found.end()
    text = sentence.text[lo:]
    return Sentence(sentence.start + lo, sentence.end, text[:1].upper() + text[1:])


#: Spanish and French words that end as participles do and are none: "después", "través", "todo", "estado".
_ROMANCE_NOT_PARTICIPLES = (r"(?:después|través|interés|todos?|todas?|nada|cada|estados?|pasados?|lados?|mercados?|"
                            r"partidos?|sentidos?|cuidado|vida|medida|ayuda|jornada|temporada|salida|llegada|entrada|"
                            r"tribu|vertu|début|salut|statut|tissu|menu|revenu|contenu|individu)")
#: An object and a participle aside after it in Spanish or French, up to the aside's date: "el diálogo de paz, suspendido
#: ", "le dialogue, suspendu il y a ".
_ROMANCE_OBJECT_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:un|une|una|le|la|les|el|los|las|l['’])\s*[^\W\d_][^,;:()]{0,50}?),\s+"
    # (not a word that only ends as one does: ", después de que Washington desplegara [la semana pasada]")
    rf"(?P<part>(?!{_ROMANCE_NOT_PARTICIPLES}\b)(?:[^\W\d_]{{3,}}{_ROMANCE_PARTICIPLE_END}|{_ROMANCE_IRREGULAR_PARTICIPLE}))"
    # (what it was done by may come before the date: "une transition…, prolongée [de cinq ans] en mars 2025")
    r"(?P<mid>\s+(?:de|d['’]|por|par|pour|para|hasta|jusqu['’]à)\s*[^,;:()]{1,30}?)?\s+"
    r"(?:(?:hace|il\s+y\s+a|en|el|le|la|les|depuis|desde)\s+)?$", re.UNICODE)
#: …or an appositive that sums up what came before, its participle right after it: ", una medida anunciada hace ",
#: ", une décision annoncée le ".
_ROMANCE_APPOSITIVE_PARTICIPLE = re.compile(
    r",\s+(?P<np>(?:un|une|una|uno|um|uma)\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+"
    rf"(?P<part>(?!{_ROMANCE_NOT_PARTICIPLES}\b)(?:[^\W\d_]{{3,}}{_ROMANCE_PARTICIPLE_END}|{_ROMANCE_IRREGULAR_PARTICIPLE}))"
    r"(?P<mid>)\s+(?:(?:hace|il\s+y\s+a|en|el|le|la|les|depuis|desde)\s+)?$", re.UNICODE)


def _romance_object_participle(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…reanudaron el diálogo de paz, suspendido hace dos meses tras un atentado": for the aside's date, "El diálogo de
    paz fue suspendido tras un atentado" (the participle's noun was done to then)."""
    rel = t.start - sentence.start
    if not any(o.end <= t.start and o is not t for o in inside):
        return None
    m = _ROMANCE_OBJECT_PARTICIPLE.search(sentence.text, max(0, rel - 120), rel) \
        or _ROMANCE_APPOSITIVE_PARTICIPLE.search(sentence.text, max(0, rel - 80), rel)
    if m is None:
        return None
    np_start = m.start("np") + list(_ROMANCE_DETERMINER.finditer(m["np"]))[-1].start()  # (its last noun phrase)
    if any(np_start <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    np = sentence.text[np_start:m.end("np")]
    part = m["part"]
    if _ROMANCE_PLAN_PARTICIPLE.fullmatch(part):
        # "…la tenue d'un référendum, prévu pour le printemps prochain": what is planned for then is the title, the
        # holding of it said by the date ("Un référendum")
        held = _ROMANCE_HOLDING_OF.sub("", np)
        return held[:1].upper() + held[1:]
    rest = re.match(r"[^,;:()]*", sentence.text[_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    rest = re.sub(r"^\s+(?:que|qui|che|quien|donde|où|dove)\b.*", "", rest)  # (a relative clause after it is another's)
    return f"{np[:1].upper()}{np[1:]} {_romance_passive(part, sentence.text)} {part}{m['mid'] or ''}{rest}"


#: A participle of planning: "prévu", "programada", "previsto", "fixée".
_ROMANCE_PLAN_PARTICIPLE = re.compile(r"(?:prévue?s?|programmée?s?|fixée?s?|prevists?[oaie]?s?|previst[oaie]s?|programad[oa]s?|"
                                      r"fijad[oa]s?|programmat[oaie]|fissat[oaie]|marcad[oa]s?|agendad[oa]s?)", re.IGNORECASE)
#: The noun of a holding before what is held: "la tenue d'", "la celebración de", "a realização de".
_ROMANCE_HOLDING_OF = re.compile(r"^(?:la\s+tenue|la\s+celebración|la\s+realización|la\s+organisation|a\s+realização|"
                                 r"lo\s+svolgimento|la\s+celebrazione)\s+(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|d['’]|des\s+|du\s+|"
                                 r"de\s+|del\s+|di\s+|dei\s+|delle\s+|da\s+|do\s+|dos\s+|das\s+)", re.IGNORECASE)
_ROMANCE_DETERMINER = re.compile(r"(?<![\w'’-])(?:un|une|una|uno|le|la|les|el|los|las|il|lo|gli|l['’])(?:\s|(?<=['’]))", re.UNICODE)


#: A Spanish or French time clause with a subject of its own, up to its date: ", después de que Washington desplegara ".
_ROMANCE_TIME_CLAUSE = re.compile(r"\b(?:después\s+de\s+que|luego\s+de\s+que|antes\s+de\s+que|cuando|après\s+que|"
                                  r"lorsque|quand|avant\s+que)\s+(?P<subject>(?:(?:el|la|los|las|le|les|l['’])\s*)?"
                                  r"[^\W\d_][^\s,;:()]*(?:\s+(?:de\s+|du\s+|des\s+)?[A-ZÁÉÍÓÚ][^\s,;:()]*){0,3})\s+"
                                  r"(?P<verb>(?:(?:a|ont|avait|avaient|est|sont|était|étaient|ha|han|había|habían)\s+)?"
                                  r"[^\W\d_]{3,})\s+$", re.UNICODE)
#: The Spanish past subjunctive a time clause takes, and its preterite: "desplegara" → "desplegó".
_SUBJUNCTIVE_IRREGULAR = {"fuera": "fue", "fueran": "fueron", "tuviera": "tuvo", "tuvieran": "tuvieron", "hiciera": "hizo",
                          "hicieran": "hicieron", "pudiera": "pudo", "dijera": "dijo", "diera": "dio", "viniera": "vino",
                          "pusiera": "puso", "estuviera": "estuvo", "quisiera": "quiso"}


def _preterite_of(verb: str) -> str:
    """"desplegara" → "desplegó", "atacaran" → "atacaron", "rompiera" → "rompió": the subjunctive a Spanish time clause
    puts its past in, told as the past it is (any other verb as it stands)."""
    if verb in _SUBJUNCTIVE_IRREGULAR:
        return _SUBJUNCTIVE_IRREGULAR[verb]
    for ending, past in (("aran", "aron"), ("ieran", "ieron"), ("ara", "ó"), ("iera", "ió")):
        if verb.endswith(ending) and len(verb) > len(ending) + 2:
            return verb[:-len(ending)] + past
    return verb


def _romance_time_clause(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Maduro denunció el jueves las amenazas, después de que Washington desplegara [la semana pasada] un portaaviones":
    the time clause's own date is its happening, "Washington desplegó un portaaviones"."""
    rel = t.start - sentence.start
    m = _ROMANCE_TIME_CLAUSE.search(sentence.text, max(0, rel - 90), rel)
    if m is None or any(m.start() <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    words = m["verb"].split()
    verb = " ".join([_preterite_of(words[0])] + words[1:])
    rest = re.match(r"[^,;:()]*", sentence.text[_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    subject = m["subject"]
    return f"{subject[:1].upper()}{subject[1:]} {verb}{rest}"


def _romance_subject_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The clause a French, Spanish or Italian subject relative tells, with its own date after the main clause's:
    "Hace dos años, en noviembre de 2024, ambas partes firmaron un cese al fuego que expiró en agosto de 2025" is, for
    its second date, "Un cese al fuego expiró"."""
    rel = t.start - sentence.start
    if not any(o.end <= t.start and o is not t for o in inside) \
            or not re.match(r"\s*(?:[.;!?]\s*$|,)", sentence.text[_phrase_end(t, inside) - sentence.start:]):
        return None
    m = _ROMANCE_SUBJECT_RELATIVE.search(sentence.text, max(0, rel - 160), rel)
    if m is None or any(m.start() <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    np = m["np"]
    last = list(_ROMANCE_DETERMINER.finditer(np))[-1]  # ("…ont signé un cessez-le-feu qui…": the last noun phrase)
    np = np[last.start():]
    return f"{np[:1].upper()}{np[1:]} {m['clause']}"


def _appositive_of(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """", a step agreed in a framework deal signed in December 2022": a trailing phrase between
    commas that holds `t`, no other date, and a participle tells its own happening."""
    s = sentence.text
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    lo = s.rfind(", ", 0, rel_start)
    if lo < 0:
        return None
    hi = s.find(", ", rel_end)
    hi = len(s) if hi < 0 else hi
    others = _other_dates(t, inside)
    if any(lo < o.start - sentence.start < hi for o in others) or not others:
        return None
    body = s[lo + 2:hi].rstrip(" .")
    if re.match(r",\s+(?:when|where)\s+(?:he|she|they|it|we|the|a|an|its|their|[A-Z])", s[hi:]) and s[rel_end:hi].strip() == "":
        return None  # (", a post he held until 2013, when he was appointed minister": the when-clause is the date's)
    if _PARTICIPLE_START.match(body) and s.find(", ") == lo and len(s[:lo].split()) <= 6:
        # "The talks, first held in 2021, resumed…": the subject and its participle ("The talks, first held")
        return Sentence(sentence.start, sentence.start + lo + 2 + len(body), s[:lo + 2 + len(body)])
    if not _PARTICIPLE.search(body) or len(body.split()) < 4 or not _NOUN_PHRASE_START.match(body):
        return None  # ", originally scheduled for March," says nothing of its own
    return Sentence(sentence.start + lo + 2, sentence.start + lo + 2 + len(body), body)


_REPORTED_THAT = re.compile(r"\b(?:said|says|told\s+[\w ]{1,30}?|announced|reported|confirmed|stated|warned|claimed|"
                            # (what a report found: "A report published last week found that only a third … had been met
                            # by the end of September")
                            r"found|concluded|showed|revealed|noted|"
                            r"adding|added|saying)\b"  # (", adding that a joint statement is expected later tonight")
                            r"[^,;]{0,40}?\s+that\s+")


#: An undated saying of what had happened: "she said leaders of the two communities had agreed [last week]".
_SAID_PERFECT = re.compile(rf"\b(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|found|ruled|concluded|"
                           rf"established)\s+(?:that\s+)?"  # ("Judges found that the accused had ordered the killing…")
                           # (another's doing: "Intel said it had corrected…" is the saying's own subject)
                           rf"(?P<body>(?:the|a|an|his|her|its|their|(?!(?:He|She|They|It|We)\b)[A-Z][\w'’.-]*|[a-z]{{3,}}s)\s[^,;:\"“”]{{0,90}}?"
                           rf"\bhad\s+(?:(?:already|just|first|also|finally|[a-z]{{3,}}ly)\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;:\"“”]*)$")


def _perfect_reported(sentence: Sentence, t: Timex) -> Sentence | None:
    """What a saying without a date of its own reports in the past perfect, when that holds the date:
    the date is the reported happening's ("…she said leaders had agreed last week to open two crossings":
    the leaders agreed last week), not the saying's."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _SAID_PERFECT.search(s, max(0, rel - 160), rel)
    if m is None:
        return None
    body = _clause_to_its_end(sentence, m.start("body"), t)
    # (a time clause of its own inside what was said holds the date: "…said his government had made progress since the
    # agreement was signed in September 2018")
    return _trailing_subordinate(body, t, []) or body


#: Where a clause that holds a date ends after it: a comma, semicolon or colon, or a full stop.
_CLAUSE_END = re.compile(r"[,;:]|(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)(?<!\bNov)"
                         r"(?<!\bDec)(?<![A-Z])\.(?:\s|$)")  # (not a month's or an initial's full stop: "to Nov. 1")
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
    if decided is None or re.search(r"[,;:()]|\b(?:that|which|who|and|but|after|before|when|while)\b",
                                    s[decided.end("verb"):start]):
        return None
    # the decision has a date of its own ("agreed on Wednesday to…", "on Wednesday agreed to…"), else the
    # sentence is one happening ("held a meeting on Friday, and agreed to continue next week")
    if not any(o.end <= sentence.start + decided.start("verb") and (
            o.start >= sentence.start + decided.start() or not re.search(r"[,;]", s[o.end - sentence.start:decided.start()]))
            for o in inside if o is not t and o.start >= sentence.start):
        return None
    subject = _subject_of(s[dateline_end(s):])
    if subject is None:  # "Negotiators from Moldova and the breakaway region of Transnistria agreed…": "Negotiators"
        head = re.match(r"\s*([A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3}?)\s+(?:from|of|in|at|for|with|representing)\s",
                        s[dateline_end(s):decided.start()])
        subject = head[1] if head is not None and not _VERB.search(head[1]) else None
    part = _clause_to_its_end(sentence, decided.start("verb"), t)
    title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    if subject is None or len(title.split()) < 2:
        return None
    # (as a headline tells a plan, whichever side of publication its day falls: "Negotiators to resume…")
    return _finish_title(f"{subject} to {title[:1].lower()}{title[1:]}", gazetteer)


def _clause_end_after(sentence: Sentence, t: Timex) -> int:
    """Where the clause that holds `t` ends after it, an offset into the sentence's text."""
    end = _CLAUSE_END.search(sentence.text, t.end - sentence.start)
    return end.start() if end else len(sentence.text)


def _clause_to_its_end(sentence: Sentence, lo: int, t: Timex) -> Sentence:
    """The clause of `sentence` from `lo` (an offset into its text) to its end after `t`."""
    s = sentence.text
    end = _CLAUSE_END.search(s, t.end - sentence.start)
    hi = end.start() if end else len(s)
    return Sentence(sentence.start + lo, sentence.start + hi, s[lo:hi])


def _reported_part(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """"The ministry said on Monday that troops had shelled villages overnight": a date inside what
    was reported, when another date dates the saying, titles the reported happening."""
    s = sentence.text
    rel = t.start - sentence.start
    m = next(reversed(list(_REPORTED_THAT.finditer(s, 0, rel))), None)  # the nearest saying before the date
    if m is None or m.end() > rel:
        return _reported_without_that(sentence, t, inside)
    if not any(o.end - sentence.start <= m.end() for o in inside if o is not t) \
            and not m.group().lower().startswith(("adding", "added")):
        return None  # no date of the saying: the sentence is one happening (", adding that…" is a second one)
    lo = m.end()
    # "…said that a commission would meet early next year, and that the sides hoped to sign a deal
    # before the end of the first quarter": the second thing said is told on its own
    more = list(re.finditer(r",?\s+and\s+that\s+", s[:rel]))
    if more and more[-1].start() >= lo:
        lo = more[-1].end()
    body = s[lo:].rstrip(" .;")
    return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)


#: A second predicate of what was said, one that looks ahead: "…that he had spoken with Macron [and would travel]…".
_REPORTED_AND_AHEAD = re.compile(r"\s+and\s+(?=(?:would|will|could|should|might|may|can|is\s+to|are\s+to|was\s+to|were\s+to|"
                                 r"(?:plans?|hopes?|intends?|wants?|expects?|aims?)\s+to)\s+[a-z])")


def _reported_second_predicate(sentence: Sentence, t: Timex, inside: list[Timex]) -> tuple[Sentence, str] | None:
    """"Zelensky said on Sunday that he had spoken with Macron and would travel to Brussels later this week": the date
    of what was said, in its second predicate that looks ahead, dates that predicate alone, told with the report's
    subject (the first predicate, undated, is a past of the saying)."""
    part = _reported_part(sentence, t, inside)
    s = sentence.text
    if part is None:
        return None
    lo, rel = part.start - sentence.start, t.start - sentence.start
    join = next(reversed(list(_REPORTED_AND_AHEAD.finditer(s, lo, rel))), None)
    if join is None or any(lo <= o.start - sentence.start < join.start() for o in inside) \
            or re.search(r"[,;:()]|\b(?:that|which|who|when|if|after|before|until|since)\b", s[join.end():rel]):
        return None
    subject = _subject_of(s[lo:lo + 1].upper() + s[lo + 1:join.start()])
    if subject is None or not _FIRST_VERB.search(s, lo, join.start()):
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
    verb = _VERB.search(s, lo, rel) or _MODAL_WORD.search(s, lo, rel)
    if re.match(r"(?:they|he|she|it|we)\s+(?:(?:would|will)\s+(?!not\b|be\s+(?:able|ready|willing|happy|prepared)\b)"
                r"|had\s+(?:(?:already|just|also)\s+)?(?!been\b))[a-z]{3,}", s[lo:rel]) \
            and not re.search(r"[,;:]|\b(?:that|which|who|when|after|before)\b", s[lo:rel]):
        # "Judges said on Thursday they would deliver their verdict on Dec. 9": what the speakers will do, on a
        # day of its own, is the report's happening (the pronoun is theirs); so is what they had done ("The
        # military said on Thursday it had launched an operation earlier this week")
        body = s[lo:].rstrip(" .;")
        return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)
    # (nor a time clause after the saying: "…told reporters after the session ended Sunday evening")
    if lo >= rel or re.match(r"(?:that|it|he|she|they|we|I|to|in|on|at|of|for|with|by|after|before|when|while|as|since|"
                             r"until|once|because|if)\b", s[lo:]) or verb is None \
            or not re.fullmatch(r"(?:[\w'’.-]+\s+){1,6}", s[lo:verb.start()]) or re.search(r"[,;:]", s[lo:rel]):
        return None  # (a subject of a few words and its verb; a pronoun's report is the speaker's own)
    body = s[lo:].rstrip(" .;")
    return Sentence(sentence.start + lo, sentence.start + lo + len(body), body)


_MODAL_WORD = re.compile(r"\b(?:would|will|could|should|might|must)\b")
#: A sentence opened by a date alone: "In the early 2000s".
_OPENING_DATES_ONLY = re.compile(r"\s*(?:In|On|During|Throughout|Since|By)\s+(?:the\s+)?.{1,30}")
_AGAIN_BEFORE = re.compile(r"(?:,?\s+and|,)\s+(?:then\s+)?(?P<again>(?:once\s+)?again|also)\s+(?:\w+\s+){0,2}$")


def _told_again(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"Fighting flared in April 2016 and again in July 2020": the second date repeats the first
    one's happening, which has no words of its own but "again"."""
    s = sentence.text
    m = _AGAIN_BEFORE.search(s, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    earlier = [o for o in inside if o.end - sentence.start <= (m.start() if m else 0)]
    if m is None or not earlier:
        return None
    if re.match(rf"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)?,\s+(?:[a-z]+ly\s+)?"
                rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", s[t.end - sentence.start:]):
        return None  # "Talks in Jeddah, in May 2023 and again that October, produced a declaration": the verb is both's
    first = Sentence(sentence.start, sentence.start + m.start(), s[:m.start()])
    if _OPENING_DATES_ONLY.fullmatch(s, 0, earlier[-1].end - sentence.start) and re.match(r"\s*,\s+\S", s[t.end - sentence.start:]):
        return None  # "In the early 2000s and again in the 2010s, the two leaders met…": both dates open one clause
    told = make_title(first, earlier[-1], earlier, gazetteer)
    # ("The site was first excavated in the 1920s and again…": again is no first)
    told = re.sub(rf"\b(was|were|been)\s+(?:first|initially|originally)\s+(?=(?:[a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES})$)",
                  r"\1 ", told)
    # (…nor in the active: "Goita first seized power in August 2020, and again in May 2021" → "Goita seized power again")
    told = re.sub(rf"^([^,;]{{1,60}}?)\s+(?:first|initially|originally)\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)",
                  r"\1 ", told)
    return f"{told} {m['again']}"


_CONCESSION = re.compile(r"\s*(?:Although|Though|Even\s+though|Even\s+as|Despite\s+the\s+fact\s+that)\s+(?P<clause>[^,;]+),\s")


def _conceded_part(sentence: Sentence, t: Timex) -> Sentence | None:
    """"Although parliament ratified the deal on Wednesday, the opposition vowed…": an opening
    concession and the main clause that answers it are two happenings; the part that holds `t`.
    So is an opening time clause with its own subject that holds the date ("Hours after the ceasefire
    took effect at 5 p.m., both sides accused each other…": the ceasefire took effect then)."""
    m = _CONCESSION.match(sentence.text)
    rel = t.start - sentence.start
    if m is None:
        m = _OPENING_TIME_CLAUSE.match(sentence.text)
        # "When envoys first met in May 2023, barely three weeks after fighting broke out on April 15, the
        # hope was…": a second time clause after the first holds its own happening too
        counted = _COUNTED_TIME_CLAUSE.match(sentence.text, m.end()) if m is not None else None
        if counted is not None and counted.start("clause") <= rel < counted.end("clause") \
                and _FINITE_IN_CLAUSE.search(counted["clause"]):
            return Sentence(sentence.start + counted.start("clause"), sentence.start + counted.end("clause"),
                            counted["clause"])
        # (a bare plural and its phrase: "When envoys from Riyadh and Washington first brought…")
        if m is None or not m.start("clause") <= rel < m.end("clause") \
                or not (_OWN_SUBJECT.match(m["clause"]) or re.match(r"[a-z]{3,}s\s+(?:from|of|in|at|on|for)\s", m["clause"])) \
                or not (_FINITE_IN_CLAUSE.search(m["clause"]) or _PLURAL_SCHEDULED_PRESENT.search(m["clause"])
                        # (a determined subject and its past, in a sentence too long to title whole: "When the two
                        # sides agreed in Brussels in February 2023 on a plan to normalise relations, European
                        # diplomats spoke of a breakthrough"; not "When the Soviet Union collapsed in 1991, full-scale
                        # war broke out", which tells both)
                        or (_DETERMINED_SUBJECT_PAST.match(m["clause"]) and len(sentence.text) > TITLE_MAX + 20)):
            # ("When the ministers gather in Vienna on Dec. 3, they…": a present of what is scheduled is a clause's verb)
            return None  # "Before his Sunday night address, Castro…": a phrase, not a clause
    if m.start("clause") <= rel < m.end("clause"):
        return Sentence(sentence.start + m.start("clause"), sentence.start + m.end("clause"), m["clause"])
    if rel >= m.end():
        return Sentence(sentence.start + m.end(), sentence.end, sentence.text[m.end():])
    return None


#: A clause's determined subject and its past right after it: "the two sides agreed", "its forces withdrew".
_DETERMINED_SUBJECT_PAST = re.compile(rf"(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                      rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
_COUNTED_TIME_CLAUSE = re.compile(rf"\s*(?:{_COUNT_HEDGE}\s+)?"
                                  r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d+)\s+"
                                  rf"{_TIME_UNIT}\s+(?:after|before)\s+(?P<clause>[^,;]+),\s")


#: A finite verb sure enough to make a clause: an irregular past, an auxiliary, or "-ed" before its object.
_FINITE_IN_CLAUSE = re.compile(rf"\b(?:{words_pattern(PLAIN_PASTS)}|was|were|had|has|is|are|"
                               r"[a-z]{3,}ed\s+(?:the|a|an|its|his|her|their|to|\d))\b")
_OPENING_TIME_CLAUSE = re.compile(r"\s*(?:(?:Hours|Days|Weeks|Months|Minutes|Moments|Shortly|Just|Soon)\s+)?"
                                  r"(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ss]ince|[Aa]s\s+soon\s+as)\s+(?P<clause>[^,;]+),\s")


#: A conjunction that opens a time clause without a comma before it: "…before Malaysia's prime minister…".
_TIME_CONJUNCTION = re.compile(r"\b(?:before|after|until|since|when|once|as|while)\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z]"
                               r"|(?:they|we|he|she)\s|[a-z]{3,}s\s+[a-z])")  # ("…before leaders gather in Gyeongju")


#: What stands between the dates of a list: "on Nov. 12[ and ]Nov. 13", "on March 3[, ]5[ and on ]9".
_DATES_LISTED = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s+(?:(?:on|in)\s+)?")


def _trailing_subordinate(sentence: Sentence, t: Timex, others: list[Timex]) -> Sentence | None:
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
    # (the clause's verb may come after its date: "…after clashes between residents and guards [overnight] left two
    # people dead")
    subject_then_date = re.match(r"(?:[a-z]{3,}s|(?:the|its|their)\s+[a-z][\w-]*)\s", body) is not None \
        and not _VERB.search(_CAPITALISED_WORDS.sub("", body)) \
        and re.match(rf"\s+(?:{_PAST_VERB})\s+(?!by\b)", s[t.end - sentence.start:]) is not None
    # (not "…days after Russia's invasion in February 2022 and was granted candidate status in June": the
    # main subject's second predicate, after another date)
    if re.search(r"[,;:()—\"“”]|\b(?:that|which|who)\b|\band\s+(?:was|were|had|has|is|are|[a-z]{3,}ed)\b", body) \
            or listed \
            or not (_OWN_SUBJECT.match(body) or _PLURAL_SCHEDULED_PRESENT.match(body) or subject_then_date) \
            or not (_FINITE_IN_CLAUSE.search(_CAPITALISED_WORDS.sub("", body)) or _SINGULAR_PAST_LIKE_PRESENT.match(body)
                    or _PLURAL_SCHEDULED_PRESENT.match(body) or _SINGULAR_SCHEDULED_PRESENT.match(body) or subject_then_date):
        return None
    return _clause_to_its_end(sentence, lo, t)


#: A past outside a time clause, which would make the sentence's own happening the date's ("are expected to" is none).
_PAST_OUTSIDE = re.compile(rf"\b(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b(?!\s+to\b)")
#: A plural subject and a present of what is scheduled: "…before leaders gather in Gyeongju for the summit".
_PLURAL_SCHEDULED_PRESENT = re.compile(r"(?:they|we|(?:the\s+)?(?:(?:two|three|four|both|all|[a-z]+-[a-z]+|(?:[A-Za-z]\.){2,})\s+)?"
                                       r"[a-z]{3,}s)\s+"  # ("U.N. sanctions return")
                                       r"(?:gather|meet|convene|hold|open|begin|start|"
                                       r"vote|sign|resume|return|arrive|travel|visit|go|accept|agree|reject|approve|adopt)\b")
#: …and a singular one: "before the next General Assembly session opens [in September]".
_SINGULAR_SCHEDULED_PRESENT = re.compile(r"(?:the|a|an|its|their)\s+(?:[\w'’.-]+\s+){0,5}?(?:opens|begins|starts|ends|closes|"
                                         r"expires|convenes|reconvenes|meets|resumes|takes\s+(?:effect|office|place))(?:\s+(?:on|in|at))?\s*$")
#: A present of expecting or planning, whose date is that of what is expected: "I expect a decision…".
_EXPECTS_NOW = re.compile(r"(?:I|We|They|He|She|It|(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*|[Tt]he(?:\s+[\w-]+){1,2})\s+"
                          r"(?:[a-z]+ly\s+)?"
                          r"(?:expects?|hopes?|plans?|intends?|aims?|wants?)\b")
#: A name (or a noun phrase) and a verb in the present a chronology tells its entries in: "Eritrea becomes
#: independent", "the province declares independence".
#: The presents a chronology tells its happenings in: "Eritrea becomes independent", "A new war begins".
_NARRATIVE_PRESENT = (r"(?:becomes|takes|signs|declares|announces|"
                      r"follows|accepts|triggers|sparks|collapses|stalls|resumes|reaches|"
                      r"launches|holds|wins|loses|invades|enters|ends|begins|starts|breaks|falls|meets|agrees|"
                      r"joins|leaves|quits|withdraws|annexes|elects|opens|closes|seizes|captures|attacks|resigns|"
                      r"dies|gains|grants|recogni[sz]es|votes|approves|rejects|adopts|lifts|imposes|visits|"
                      r"returns|fires|strikes|kills|federates|unites|splits|expels|recalls|suspends|"
                      r"lasts|continues|spreads|erupts|escalates|fails|passes|orders|sends|deploys|bans|ratifies|initials|"
                      r"proclaims)")
_NAME_THEN_PRESENT = re.compile(r"(?:(?:[A-Z][\w'’.-]*\s+){1,3}|(?:[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){1,2}"
                                # (the noun's phrase may go on: "A war after the Soviet collapse kills…")
                                r"(?:(?:after|of|in|on|over|between|from|with|for|against)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){1,3}?)?)"
                                rf"(?:[a-z]+ly\s+)?{_NARRATIVE_PRESENT}\b")
#: A past spelled like its present after a singular subject, which only a past leaves bare: "Moscow quit it".
_SINGULAR_PAST_LIKE_PRESENT = re.compile(rf"(?:[A-Z][\w'’.-]*\s+){{1,3}}{words_pattern(PAST_LIKE_PRESENT)}\b|"
                                         rf"(?:he|she|it)\s+{words_pattern(PAST_LIKE_PRESENT)}\b")


#: A clause that names its own subject ("the alliance began…", "Castro announced…"), not a participle
#: ("losing his mother…") or an adjective ("profitable, was hurt…").
_OWN_SUBJECT = re.compile(r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s|[A-Z][a-z]|[A-Z]\.[A-Z]\."
                          r"|I\s+(?=[a-z])"  # ("…, and I remember how often…")
                          # a role in lower case before its holder's name: "after envoy Steve Witkoff met Putin"
                          r"|(?:[a-z-]+\s+){0,2}?(?:minister|president|premier|leader|chief|commander|envoy|ambassador|"
                          r"negotiator|spokes(?:man|woman|person)|chancellor|governor|mayor|general|secretary)\s+[A-Z][a-z]"
                          # a pronoun or a bare plural and its past: "after prices tripled", "since they met"
                          # ("after talks in Istanbul ended": a place may follow the noun)
                          # (…or an irregular plural: "after gunmen opened fire")
                          rf"|(?:he|she|it|they|we|(?:[a-z]{{3,}}s|gunmen|men|women|people|children|police)"
                          rf"(?:\s+of\s+[a-z]+|\s+(?:in|at|with|between)\s+[A-Z][\w'’-]+)?)\s+"
                          rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                          # …or its modal: "…, and we will not go back"
                          r"|(?:he|she|it|they|we|I)\s+(?:will|would|could|can|must|should|might|shall)\b"
                          # "after both sides accused each other", "when all three parties signed"
                          rf"|(?:both|all|each|neither|several|many|some|two|three|four)\s+(?:[a-z]+\s+){{1,2}}?"
                          rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                          # "candidates on the right have vowed": a bare plural, its phrase and a finite verb
                          r"|[a-z]{3,}s(?:\s+[a-z]+){0,4}?\s+(?:have|had|were|are|will)\s+[a-z]{3,}")
#: …and tells one happening: "the bomb exploded was positively identified" runs on into the main clause.
_SECOND_FINITE = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;]*?\b(?:was|were|is|are|has|have|had|will)\b")


#: The main verb right after a restrictive relative clause's date: "Rebels who seized the town in
#: March [have withdrawn]".
_MAIN_VERB_NEXT = re.compile(rf"\s+(?:{_AUXILIARY}|[a-z]{{3,}}ed)\b")


def _up_to_main_verb(sentence: Sentence, part: Sentence, t: Timex) -> Sentence:
    """A relative clause without commas runs to its date when the main verb comes right after it,
    unless its noun is a preposition's ("issues on the Exchange that fell…": which fell is not sure)."""
    end = t.end - part.start
    after_preposition = re.search(rf"\b(?:of|{_NOUN_PREPOSITIONS})\s+$",
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


def _place_for_it(title: str, before: str) -> str:
    """"The army retook it" → "The army retook Wad Madani": in a sentence of two clauses about one place
    ("The RSF seized Wad Madani in December 2023; the army retook it in January"), the second
    clause's "it" is the place the first one took, when exactly one was."""
    if not _PLACE_IT.search(title):
        return title
    places = {m["place"] for m in _PLACE_TAKEN.finditer(before)}
    return f"{title[:-2]}{places.pop()}" if len(places) == 1 else title


#: ", and the country's top court…", "; rebels…": a clause joined on with a subject of its own.
_JOINED_CLAUSE = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?=(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|"
                            r"[Tt]hat|[Tt]hese|[Tt]hose|he|she|they|we|some|many|most|few|several|others)\s|[A-Z][a-z]"
                            # ("…courting the West; it froze its participation…": after a semicolon, "it" too)
                            r"|(?<=;\s)it\s"
                            # ("…, and annual inflation hit 23 percent in September": a bare noun phrase and its past)
                            # ("…, and on Aug. 11 they advanced on Gori": an opening date, then the clause's subject)
                            r"|(?:on|in|by|late\s+on|early\s+on)\s+[\w.' -]{2,30}?,?\s+(?:he|she|they|it|we|the|its|their|both|all|"
                            r"each|[A-Z][a-z])"
                            # ("…, and at the NATO summit in The Hague in June they committed…": where, then when)
                            r"|(?:at|during)\s+(?:the\s+)?[^,;]{2,60}?\s+(?:on|in)\s+[\w.' -]{2,30}?,?\s+(?:he|she|they|it|we)\s"
                            r"|(?!(?:then|later|also|still|subsequently|eventually|finally|again|was|were|had)\b)[a-z]{3,}"
                            rf"(?:\s+[a-z]{{3,}}){{0,2}}\s+(?:{_TRANSITIVE_PASTS}|{words_pattern(PAST_LIKE_PRESENT)}|[a-z]{{3,}}ed"
                            # ("…, and ministers will discuss it on 15 December": or a modal and its verb)
                            r"|(?:will|would|could|should|must|may|might|can)\s+(?:also\s+)?[a-z]{2,}"
                            # ("…, and campaigning officially begins the following day": or a schedule's present)
                            r"|takes\s+effect|begins|ends|starts|expires|opens|closes|resumes)\b)")


#: ", and" and a clause with a subject and verb of its own: ", and both sides want a successor", ", and the talks
#: will resume".
_AND_OWN_CLAUSE = re.compile(rf",\s+and\s+(?=(?:the|a|an|its|their|his|her|both|all|most|many|some|[A-Z][\w'’-]*)\s+"
                             rf"(?:[\w'’-]+\s+){{0,3}}?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|will|would|could|can|must|may|"
                             r"might|should|is|are|was|were|has|have|had|wants?|says?|hopes?|expects?|remains?|plans?|fears?|"
                             r"insists?|needs?)\b"
                             # (…or a bare plural and its view: ", and diplomats want a deal before then")
                             r"|[a-z]{3,}s\s+(?:want|say|hope|expect|fear|insist|need|doubt|believe|worry|warn)\b)")


#: A noun phrase and a relative clause without "that" closing before a date: "[four regions] [it] [annexed] in".
#: The subject and past of a relative clause without "that", closing right before its date: "[it] [annexed] in".
_ZERO_RELATIVE_CLAUSE = (r"(?P<subject>it|they|he|she|we|the\s+[a-z]+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?"
                         r"|(?:their|its|his|her)\s+(?:[a-z][\w-]*\s+)?[a-z]+)\s+"
                         # (…or what the subject claims to have done: "four regions it claims to have annexed")
                         rf"(?P<verb>(?:had\s+|(?:claims|claimed|says|said)\s+to\s+have\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}))"
                         r"\s+(?:in|on|at|during|last)?\s*$")
_ZERO_RELATIVE = re.compile(r"\b[a-z]{2,}\s+(?P<np>(?:the|a|an|its|their|\d{1,3}|two|three|four|five|six|"
                            r"several|many)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+" + _ZERO_RELATIVE_CLAUSE)


#: Singular nouns in -s, no plurals: "first gas", "the news", "the crisis".
_SINGULAR_IN_S = frozenset({"gas", "news", "series", "status", "crisis", "basis", "census", "consensus", "virus", "bus", "chaos",
                            "analysis", "thesis", "campus", "process", "congress", "press", "access", "progress", "success"})


def _ends_plural(words: str) -> bool:
    """Whether the last word of `words` is a plural in -s ("elections", "talks"), not "gas" or "the crisis"."""
    last = words.split()[-1].lower() if words.split() else ""
    return bool(re.search(r"[^su'’]s$", last)) and last not in _SINGULAR_IN_S


#: A possessive's noun phrase and its past right before a date: "their foreign ministers initialled [in June]".
_OWNED_SUBJECT_PAST_BEFORE = re.compile(r"\b(?:their|its|his|her)\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+\s+[a-z]{3,}ed\s+"
                                        r"(?:in|on|at|last)?\s*$")
#: A noun in apposition to a clause and a relative clause without "that" about it: ", a claim the army denied".
_APPOSED_ZERO_RELATIVE = re.compile(r",\s+(?P<np>(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:claim|charge|accusation|allegation|"
                                    r"report|assertion|version|account|figure|move|step|decision|plan|proposal|offer|"
                                    r"demand|request|deal|agreement|ruling|verdict))\s+" + _ZERO_RELATIVE_CLAUSE)


#: A gerund's object and a relative clause without "that" about it: ", reversing a boycott it announced".
_GERUND_OBJECT_ZERO_RELATIVE = re.compile(r",\s+[a-z]{3,}ing\s+(?:(?:on|upon|from|with)\s+)?(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}"
                                          r"[a-z][\w-]*)\s+" + _ZERO_RELATIVE_CLAUSE)


def _zero_relative_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…withdraws from four regions it annexed in September 2022": a relative clause without its "that", closing the
    sentence with its date, titles that date (…or after a comma, a noun in apposition to what the sentence told: "…, a
    claim the army denied on Sunday"; or a closing participle's object: "…, reversing a boycott it announced three weeks
    ago")."""
    lo, hi = max(0, t.start - sentence.start - 90), t.start - sentence.start
    zero = _ZERO_RELATIVE.search(sentence.text, lo, hi) or _APPOSED_ZERO_RELATIVE.search(sentence.text, lo, hi) \
        or _GERUND_OBJECT_ZERO_RELATIVE.search(sentence.text, lo, hi)
    if zero is None or not re.match(r"\s*(?:[.;:!?]|$)", sentence.text[_phrase_end(t, inside) - sentence.start:]):
        return None
    return pronoun_as_subject(f"{zero['subject'][:1].upper()}{zero['subject'][1:]} {zero['verb']} {zero['np']}", sentence.text)


#: A place fronted before a joined clause's pronoun and verb: "In Ohrid they agreed…", "At the NATO summit in The Hague
#: they committed…".
_PLACE_BEFORE_PRONOUN = re.compile(r"(?P<lead>(?:In|At|During)\s+[^,;]{2,60}?)\s+(?P<who>they|he|she)\s+(?P<verb>[a-z]{3,})\s")


#: A place closing the clause before ", where": "…a weekend of protests in Skopje", "…arrived at Camp David".
_PLACE_BEFORE_WHERE = re.compile(r"\b(?:in|at)\s+(?P<place>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*,\s*$")


def _where_clause_title(sentence: Sentence, part: Sentence, t: Timex, inside: list[Timex],
                        gazetteer: Gazetteer) -> str | None:
    """"The announcement came after a weekend of protests in Skopje, where tens of thousands marched on Saturday
    against…" → "Tens of thousands marched in Skopje against…": the sentence's only date dates the where-clause with a
    subject and a past of its own, which happened at the place named before it."""
    where = re.match(r"where\s+", part.text)
    # (a pronoun's clause is left to the sentence: "…on the New York Stock Exchange, where it amounted to 13%")
    if where is None or not _OWN_SUBJECT.match(part.text, where.end()) or _SECOND_FINITE.search(part.text) \
            or re.match(r"(?:it|he|she|they|we|you|I)\b", part.text[where.end():]):
        return None
    clause = Sentence(part.start + where.end(), part.end, part.text[where.end():])
    title = make_title(clause, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
    verb = _FIRST_VERB.search(title)
    while verb is not None and re.match(r"\s+by\b", title[verb.end():]):
        verb = _FIRST_VERB.search(title, verb.end())  # ("troops backed by drones entered the camp": "entered")
    if verb is None or len(title.split()) < 3 or not re.fullmatch(r"[a-z]{3,}ed|" + words_pattern(PLAIN_PASTS), verb.group()):
        return None
    place = _PLACE_BEFORE_WHERE.search(sentence.text, max(0, part.start - sentence.start - 60), part.start - sentence.start)
    if place is None or re.match(r"\s+(?:in|at|to|into)\s", title[verb.end():]):
        return title
    if re.match(r"\s+(?:(?:the|a|an|its|their|his|her)\b|\d)", title[verb.end():]) and len(title.split()) <= 14:
        return f"{title} in {place['place']}"  # ("…entered the refugee camp in Jenin": after the verb's object)
    return f"{title[:verb.end()]} in {place['place']}{title[verb.end():]}"


def _place_after_verb(title: str, sentence_text: str) -> str:
    """"In Ohrid they agreed on an annex" → "The two leaders agreed in Ohrid on an annex": the fronted place goes after
    the verb, and the pronoun is the first clause's subject when that one agrees with it."""
    m = _PLACE_BEFORE_PRONOUN.match(title)
    if m is None:
        return title
    return pronoun_as_subject(f"{m['who'].capitalize()} {m['verb']} {m['lead'][:1].lower()}{m['lead'][1:]} {title[m.end():]}",
                              sentence_text)


def _first_joined_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """The clause that holds a sentence's only date when another with its own subject and verb, and no date,
    is joined on after it: "The framework expires in mid-December, and both sides want a successor" is the
    expiry's."""
    s = sentence.text
    end = t.end - sentence.start
    join = _AND_OWN_CLAUSE.search(s, end)  # (", but Moscow postponed them" says what became of it, and stays)
    if join is None or any(ch.isdigit() for ch in s[join.end():]) \
            or not _VERB.search(s, dateline_end(s), t.start - sentence.start) and not _FIRST_VERB.search(s, 0, t.start - sentence.start) \
            and not _PLURAL_COURSE_PRESENT.search(s, 0, t.start - sentence.start):
        return None
    return Sentence(sentence.start, sentence.start + join.start(), s[:join.start()])


def _last_joined_clause(sentence: Sentence, t: Timex) -> Sentence | None:
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
    own_verb = _VERB.search(_CAPITALISED_WORDS.sub("", s[lo:start])) or _NOUN_THEN_PAST_LIKE_PRESENT.match(s, lo) \
        or re.search(r"\b[a-z]{3,}ed\s+(?:(?:in|on|at|during|by)\s+)?$", s[lo:start]) \
        or re.search(r"\b[a-z]{3,}ed\s+to\s+[a-z]{3,}\b", s[lo:start]) \
        or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+(?:also\s+)?[a-z]{2,}\b", s[lo:start]) \
        or _PRESENT_VIEW.match(s, lo) or _PLURAL_COURSE_PRESENT.match(s, lo) \
        or re.match(r"(?:the|a|an|its|their|his|her)\s+(?:[\w][\w-]*\s+){0,3}?[a-z]{3,}ed\s+(?:from|with|to|by|as|in|on)\s", s[lo:])
    # ("…, and a shorter 19-point version emerged from talks": a noun phrase and its past, whatever follows it)
    # ("…, and the council decided to close…", "…, and ministers will discuss it…"; "…, and some diplomats speak
    # privately of the 2030s": a view held now)
    # the date opens the clause, maybe after where: its verb follows ("…, and at the NATO summit in The Hague in June they
    # committed…")
    if re.fullmatch(r"(?:(?:at|in|during)\s+(?:the\s+)?[^,;]{2,60}?\s+)?(?:on|in|by|late\s+on|early\s+on)\s+(?:the\s+)?",
                    s[lo:start]) and not _VERB.search(_CAPITALISED_WORDS.sub("", s[lo:start])):
        after = _CAPITALISED_WORDS.sub("", s[t.end - sentence.start:t.end - sentence.start + 80])
        own_verb = _VERB.search(after) or _FIRST_VERB.search(after)
    # (a pronoun's past spelled like its present is a verb too: "But it set no deadlines, and…")
    first_verb = _VERB.search(s[:joins[-1].start()]) \
        or re.search(rf"\b(?:[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\s+{words_pattern(PAST_LIKE_PRESENT)}\b", s[:joins[-1].start()]) \
        or _PRESENT_VIEW.match(s, dateline_end(s)) \
        or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+(?:not\s+)?[a-z]{2,}\b", s[:joins[-1].start()])
    if not own_verb or not first_verb or ATTRIBUTED_ON.search(s, max(0, start - 80), start):
        return None  # "…, and the talks on Monday": no verb of its own; "X, and said on Monday" is the saying's
    return Sentence(sentence.start + lo, sentence.end, s[lo:])


#: A plural noun phrase and the present of its course: "the provisions come up for review", "the sanctions expire".
_PLURAL_COURSE_PRESENT = re.compile(r"(?:(?:the|its|their|these|those)\s+)?(?:[\w-]+\s+){0,4}?[a-z]{3,}s\s+"
                                    # (a participle's aside may stand between: "the provisions restored in 2025 come…")
                                    r"(?:[a-z]{3,}ed\s+(?:in|on|at|during|last|this)\s+[^,;]{1,30}?\s+)?(?:come|expire|run|"
                                    r"remain|lapse|begin|end|meet|open|close|resume|start)\b")
#: A view held in the present by those who open the clause: "Few expect", "some diplomats now speak of".
_PRESENT_VIEW = re.compile(r"(?i:few|many|most|some|several|others|analysts|diplomats|officials|experts|observers|economists|"
                           r"investors|residents|critics)\s+(?:[a-z]+\s+)?(?:(?:now|still|privately|openly|also)\s+)?"
                           r"(?:expect|speak|talk|believe|hope|fear|predict|doubt|think|see|warn|say)\b")
#: A bare noun phrase and a past spelled like its present: "annual inflation hit…", "prices cut…".
_NOUN_THEN_PAST_LIKE_PRESENT = re.compile(rf"(?:[a-z]{{3,}}\s+|[a-z][\w-]*['’]s\s+){{1,4}}{words_pattern(PAST_LIKE_PRESENT)}\b")
#: " and ended with a truce…": a second predicate of the same subject, in the past.
#: The last relative word before a date, opening its clause: "negotiations that [began in January]".
_RELATIVE_WORD_BEFORE = re.compile(r"\b(?:that|which|who)\s+(?=[a-z])(?!(?:[^,;]*?\s)?(?:that|which|who)\s)")
_SECOND_PREDICATE = re.compile(rf"\s+and\s+(?:then\s+|later\s+|(?:nearly|almost|finally|eventually|quickly|soon|again)\s+)?"
                               rf"(?:was\s+|were\s+)?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b"
                               # (…or after a comma and "then": "…, then rejoined [on 2 November]", a chronology's "then rejoins")
                               rf"|,\s+then\s+(?:was\s+|were\s+)?(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS}|[a-z]{{3,}}s)\b")
#: " and, [in June], said…": a second predicate whose date comes first, set off by commas.
_AND_COMMA_DATE = re.compile(r"\sand,\s+(?:(?:in|on|at|by|late\s+on|early\s+on)\s+)?$")
#: A comma and a past right after a date: "…and, in June, said…".
_COMMA_THEN_PAST = re.compile(rf",\s+(?=(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s)")
#: " and was plucked", " and then met": a second predicate of the same subject, told in the past.
_AND_PREDICATE = re.compile(rf"(?:,?\s+and|,\s+but)\s+(?:then\s+|later\s+)?"
                            rf"(?=(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{_NARRATIVE_PRESENT})\s)"
                            rf"|,\s+then\s+(?=(?:was|were|had|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}s)\s)")

#: ", ended it": the next predicate of a list whose items each close with their date ("declared a
#: ceasefire in August 1994, ended it with a bombing in February 1996 and restored it in July 1997").
_LISTED_PREDICATE = re.compile(rf",\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s)"
                               r"(?![a-z]{3,}ed\s+by\b)")  # (not a passive's aside: ", witnessed by Trump, who…")


#: A short phrase of time opening a clause before its subject: "[by last night ]they were back".
_OPENING_ADVERBIAL = re.compile(r"^\s*(?:by|on|in|at|until|since|after|before|during|within|from)\s+(?:[\w'’.-]+\s+){1,3}?"
                                r"(?=(?:they|he|she|it|we|the|a|an)\s)")
#: The comma of a clause that opens with its date: ", on Wednesday[ the talks collapsed]", ", and in May[ they…]".
_COMMA_BEFORE_OPENING_DATE = re.compile(r",(?=\s+(?:(?:and|but|then)\s+)?(?:(?:on|in|at|by|during|from|early|late"
                                        # (…in the other languages we read: ", im März folgte…", ", en mars…")
                                        r"|im|am|en|le|el|au|à|al|в)\s+)?(?:the\s+)?$)")
#: A German verb in second place right after a fronted date: "[im März] folgte in Ohrid ein Anhang".
_GERMAN_SECOND_PLACE_VERB = re.compile(rf"\s+(?:{_GERMAN_LEXICAL_PAST}|war|waren|wurde|wurden|hatte|hatten|ist|sind|hat|haben|"
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


def _conjoined_predicate(sentence: Sentence, t: Timex) -> tuple[Sentence, str] | None:
    """"The boy clung to a tube for two days and was plucked from the sea [on Thanksgiving Day]": a
    sentence's only date in its second predicate dates that predicate, told with the sentence's subject."""
    s = sentence.text
    start = t.start - sentence.start
    fronted = _AND_COMMA_DATE.search(s, max(0, start - 30), start)
    after = _COMMA_THEN_PAST.match(s, t.end - sentence.start)
    if fronted is not None and after is not None:
        # "Abiy took office in April and, [in June], said Ethiopia would accept the ruling" (after an opening phrase:
        # "After the war, Lindqvist taught … and, in 2014, published a memoir")
        lead = dateline_end(s)
        subject = _subject_of(s[lead:])
        opening = _OPENING_PHRASE.match(s, lead) if subject is None else None
        if opening is not None:
            subject = _subject_of(s[opening.end():])
            subject = None if subject and re.match(r"(?:he|she|it|they|we|i)\b", subject, re.I) else subject
        bare_gerund = _BARE_GERUND_THEN_PRONOUN.match(s, lead) if subject is None else None
        if bare_gerund is not None:  # ("After retiring she taught … and, in 2014, published a memoir")
            subject = bare_gerund["pronoun"].capitalize()
        lo = after.end()
        return (Sentence(sentence.start + lo, sentence.end, s[lo:]), subject) if subject else None
    joins = sorted(list(_AND_PREDICATE.finditer(s, max(0, start - 150), start))
                   + [j for j in _listed_predicates(s[:start], {j.start() for j in _LISTED_PREDICATE.finditer(s, 0, start)
                                                                 if s[:j.start()][-1:].isdigit()})
                      if j.start() >= start - 150],
                   key=lambda j: j.start())
    # ("…and fired shells since Sinn Fein was expelled on Feb. 20": the date is the subordinate clause's)
    if not joins or re.search(r"[,;:()—]|\b(?:since|after|before|when|while|until|because|as|that|who|which|where|if)\b",
                              s[joins[-1].end():start]):
        return None
    first = s[:joins[-1].start()]
    # (", but lifted…" closes a list of the subject's predicates: "imposed sanctions and threatened force, but lifted…")
    joined_by_but = joins[-1].group().strip(" ,").startswith("but")
    if (_FIRST_VERB.fullmatch(first.rsplit(None, 1)[-1]) and not joined_by_but) or not re.match(
            r"(?:was|were|had|[a-z]+\s+(?:the|a|an|his|her|its|their|our|him|them|it|us|one|two|more|most|many|much|several|"
            r"half|both|each|every|any|some|all|to|in|on|at|by|"
            r"from|into|with|for|off|out|up|down|back|away|over|abandoned|dead|[A-Z$\d]))"
            # (a past that is only a verb takes any object: "…and held protests in Yerevan in May")
            r"|(?:held|made|took|gave|sent|won|lost|began|led|met|fought|built|left|set)\s+[a-z]", s[joins[-1].end():]):
        return None  # "has interviewed and released": one verb; "adjustable-rate and preferred stock": a noun
    # (after a wire dateline, and an opening phrase: "According to sources quoted by the Herald, Munero had fled…")
    lead = dateline_end(s)
    opening = _OPENING_PHRASE.match(s, lead)
    lead = opening.end() if opening else lead
    subject = _subject_of(s[lead:])
    first = first[lead:]
    if subject is None or re.search(r"[;()—]|--|\b(?:said|says|told|that|who|which|whose|when)\b", first) \
            or (not joined_by_but and re.search(r"\band\b", first)) \
            or ATTRIBUTED_ON.search(s, max(0, start - 80), start):
        return None
    lo = joins[-1].end()
    return Sentence(sentence.start + lo, sentence.end, s[lo:]), subject


#: An intent in the present and its infinitive: "plans to visit Cairo", "hope to convene", "is due to sign".
_INTENT_AND_INFINITIVE = re.compile(r"\b(?:plans?|hopes?|intends?|wants?|expects?|aims?|seeks?|vows?|pledges?|promises?|"
                                    r"(?:is|are)\s+(?:due|set|scheduled|expected|planning|going))\s+to\s+[a-z]{2,}\b")


def _tells_a_doing(title: str) -> bool:
    """Whether a title cut from a clause still has a verb (or a participle) to say what happened."""
    # (a modal and its verb tell one too: "A joint commission would meet in Mogadishu")
    return bool(_VERB.search(title[:1].lower() + title[1:]) or re.search(r"\b(?:[a-z]{3,}ed|died)\b", title, re.I)
                or _SINGULAR_PAST_LIKE_PRESENT.search(title)  # "Moscow quit it"
                or _NOUN_THEN_PAST_LIKE_PRESENT.match(title[:1].lower() + title[1:])  # "Annual inflation hit…"
                or _PLURAL_SCHEDULED_PRESENT.match(title[:1].lower() + title[1:])  # "Leaders gather in Gyeongju"
                or _PLURAL_COURSE_PRESENT.match(title[:1].lower() + title[1:])  # "The provisions come up for review"
                or _NAME_THEN_PRESENT.match(title)  # a chronology's present: "Eritrea becomes independent"
                or re.match(r"(?:They|He|She|It|We)\s+(?!(?:is|are|was|were)\b)[a-z]{3,}\b", title)  # "…; they collapse"
                or _EXPECTS_NOW.match(title)  # what is looked for: "I expect a decision at the European Council"
                # ("A draft could be ready": a modal's "be" and what it will be, too)
                or re.search(r"\b(?:would|will|could|should|might|must|can|may)\s+(?:not\s+)?(?:be\s+)?[a-z]{3,}\b", title)
                # (…and an intent and its infinitive: "plans to visit Cairo", "hope to convene both delegations")
                or _INTENT_AND_INFINITIVE.search(title[:1].lower() + title[1:])
                or FOREIGN_PAST.search(title)
                # (…or another language's present or what is expected: "Se espera que emita su fallo")
                or _FOREIGN_FINITE_NO_ENGLISH.search(title) and _language_of(title) != "en"
                or re.search(rf"\b{_GERMAN_LEXICAL_PAST}\b", title))  # ("Im März folgte in Ohrid ein Anhang")


#: Finite words of French, Spanish or German that no English word is spelled as.
_FOREIGN_FINITE_NO_ENGLISH = re.compile(r"(?i:\b(?:est|sont|ont|était|avait|fue|fueron|ha|han|había|será|serán|ist|sind|hat|haben|"
                                        r"wird|werden|que|qui|dass|se)\b)")


@lru_cache(maxsize=4096)
def _names_a_place_or_body(name: str) -> bool:
    """Whether a name is a country, a capital that stands for one, or an organisation the gazetteer knows
    ("Moscow has said… regions it annexed": "it" is Moscow, no person)."""
    return any(m.start == 0 and m.end == len(name) and m.kind in ("country", "organisation")
               for m in load_gazetteer().mentions(name))


def _names_a_body(name: str) -> bool:
    """Whether a name ends in a word no surname is ("…Advisory Group", "the United States")."""
    words = name.split()
    return bool(words) and words[-1].rstrip(".") in NOT_SURNAMES


#: A country or body named as an owner: "the North's", "Iran's".
_NAMED_OWNER = re.compile(r"\b((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s")


def pronoun_as_subject(title: str, sentence_text: str) -> str:
    """"They were attacked" → "Deminers were attacked": a subordinate clause's pronoun is the main
    clause's subject when that subject agrees with it (a plural for "they", a person's name for "he"
    or "she", a singular thing for "it"); anything less sure keeps the pronoun."""
    m = re.match(r"([Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s", title)
    owner = re.match(r"(Its|Their|His|Her)\s", title)
    if owner is not None:
        # "Baku said its troops had returned fire" → "Baku's troops returned fire": the owner is the subject on the
        # same terms
        subject = _antecedent_of({"Its": "it", "Their": "they", "His": "he", "Her": "she"}[owner[1]], sentence_text)
        if subject is None or not re.fullmatch(r"(?:The\s+)?(?:[\w'’.-]+\s+){0,3}[\w.-]+", subject) \
                or re.match(r"(?:Its|Their|His|Her|Our|My|Your)\b", subject):
            return title
        at = sentence_text.find(" its ") if owner[1] == "Its" else -1
        after_subject = sentence_text.find(subject) + len(subject) if subject in sentence_text else -1
        if 0 <= after_subject < at and re.search(r"\b(?:the|a|an)\s+[a-z]", sentence_text[after_subject:at]):
            return title  # "The army presented the plan…, and its first phase…": the plan's as likely as the army's
        return f"{possessive(subject)}{title[len(owner[1]):]}"  # ("The two neighbours' leaders")
    if m and m[1].lower() == "it" and re.match(r"(?:It|This|That)\s+(?:was|is)\b", sentence_text):
        # "It was the North's first launch since Oct. 22, when it fired several missiles": the one owner
        # the sentence names is what "it" did
        owners = {o.group(1) for o in _NAMED_OWNER.finditer(sentence_text)}
        if len(owners) == 1:
            owner = owners.pop()
            return owner[:1].upper() + owner[1:] + title[2:]
    if m is None:
        # "…before Moscow quit it a year later": an "it" that ends the clause is its object, and means
        # the main clause's subject on the same terms ("Moscow quit the original grain deal")
        last = re.search(r"\s(it)$", title)
        antecedent = _antecedent_of("it", sentence_text) if last else None
        if antecedent is None or title.lower().startswith(antecedent.lower()):
            return title  # (an object is not its own clause's subject: "Washington withdrew from it")
        if re.search(rf"{re.escape(antecedent)}\s+(?:[a-z]+\s+){{0,3}}?(?:{_PAST_VERB}|{words_pattern(PAST_LIKE_PRESENT)})\s+it\b",
                     sentence_text[:200]):
            # "The cabinet had adopted it on Nov. 12, and the committee examined it on Monday": the subject had an "it"
            # of its own, which the second one means again
            return title
        return title[:last.start(1)] + (antecedent[:1].lower() + antecedent[1:]
                                        if re.match(r"(?:The|A|An)\s", antecedent) else antecedent)
    subject = _antecedent_of(m[1], sentence_text)
    if subject is None and m[1].lower() in ("it", "they"):
        # "No woman has led the organization since it was founded": a main clause's object right before the time clause
        # is what "it" means when its subject cannot be ("…access to Iran's main sites since they were bombed")
        right_before = (_OBJECT_BEFORE_IT if m[1].lower() == "it" else _OBJECT_BEFORE_PASSIVE_THEY).search(
            sentence_text, 0, TITLE_SOURCE_CHARS)  # (bounded: a sentence may be a page long)
        subject = right_before["np"][:1].upper() + right_before["np"][1:] if right_before else None
    return title if subject is None else f"{subject}{title[len(m[1]):]}"


#: A plural object right before a time clause whose subject, "they", underwent something: "…access to Iran's main
#: enrichment sites since they were bombed".
_OBJECT_BEFORE_PASSIVE_THEY = re.compile(r"\b(?P<np>(?:the|[A-Z][\w.-]*['’]s)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)\s+"
                                         r"(?:since|until|before|after|when)\s+they\s+(?:were|had\s+been|have\s+been)\s+"
                                         r"(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\b")
#: A definite object right before a time clause whose subject is "it": "…led [the organization] since it was founded".
_OBJECT_BEFORE_IT = re.compile(r"(?:No\s+\w+|No\s+one|Nobody|[Nn]one\s+of\s+\w+|[A-Z][\w'’.-]+|(?<=\w\s)(?:people|[a-z]{2,}[^s\W]s)(?=\s+have\b))\s+"
                               # (…or a plural, which "it" cannot be: "more than 100,000 people have fled the city since it
                               # fell")
                               r"(?:has|have|had)\s+"
                               r"(?:never\s+|not\s+|ever\s+)?[a-z]{3,}\s+(?P<np>the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                               r"(?:since|until|before|after)\s+it\b")


def _parallel_subject(title: str, sentence_text: str) -> str:
    """"Venezuela held a referendum in the region, and in May it elected a governor": the "it" of a joined
    clause is the first clause's subject when that is a name (a country, a body) whatever nouns stand
    between; otherwise as `pronoun_as_subject` decides."""
    m = re.match(r"It\s", title)
    text = sentence_text[dateline_end(sentence_text):].lstrip()
    text = re.sub(r"^(?:In|On|At|During|By|Since|After|Before)\s+[^,]{0,40}?\b\d{4}\b,?\s+", "", text)  # "In December 2023"
    subject = _subject_of(text) if m else None
    if subject is not None and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*", subject) \
            and not re.match(r"(?:He|She|They|It|We|I|You|This|That|There)\b", subject):
        return f"{subject}{title[2:]}"
    return pronoun_as_subject(title, sentence_text)


#: A day told before a sentence's subject, with its first letter after: "Yesterday evening [t]he army said…".
_FRONTED_DAY = re.compile(rf"^(?:(?:Also|And|But),?\s+)?(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?:[Oo]n\s+)?{WEEKDAY}|[Yy]esterday|[Tt]oday|"
                          r"[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Oo]vernight|"
                          r"[Tt]his\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?P<rest>[a-zA-Z])")


#: One person named by a role: "The Deputy Secretary", "the foreign minister", "The country's president".
_ROLE = (r"(?i:secretary|minister|president|envoy|ambassador|spokesman|spokeswoman|spokesperson|chancellor|premier|king|"
         r"queen|prince|general|commander|mediator|negotiator|governor|mayor|prosecutor|judge|senator|chairman|chairwoman|"
         r"chair|speaker|pope|emir|sultan|monarch)")
_PERSON_BY_ROLE = re.compile(rf"(?:[Tt]he|[A-Z][\w'’.-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}{_ROLE}")
#: …and another such person between a subject and its pronoun: "The envoy has met [the minister] twice since he…".
_ROLE_BETWEEN = re.compile(rf"\b(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}{_ROLE}\b", re.I)


def _antecedent_of(pronoun: str, sentence_text: str) -> str | None:
    """The main clause's subject when `pronoun` agrees with it and no noun phrase of its kind stands
    between them, else None."""
    sentence_text = sentence_text[dateline_end(sentence_text):].lstrip()  # (a wire dateline is no subject)
    # (nor a day told before it: "Yesterday evening the army said it had struck…")
    sentence_text = _FRONTED_DAY.sub(lambda m: m.group("rest").upper(), sentence_text, count=1)
    # (…nor a fronted phrase with a year: "In February 2023, the two leaders accepted…", "Since then, governments…")
    sentence_text = re.sub(r"^(?:(?:In|On|At|During|By|Since|After|Before)\s+(?:[^,]{0,40}?\b\d{4}\b|then|that)"
                           # (…or a span told from now: "Late last month, Ukraine's air force said it…")
                           r"|(?:(?:Late|Early|Earlier|Later)\s+)?(?:last|this|next|that)\s+(?:week|month|year)|"
                           r"(?:Earlier|Later)\s+(?:this|that)\s+(?:week|month|year))\s*,\s+(?P<rest>[a-zA-Z])",
                           lambda m: m.group("rest").upper(), sentence_text, count=1, flags=re.I)
    subject = _subject_of(sentence_text)
    if subject is None or re.match(r"(?:He|She|They|It|We|I|You|This|That|There)\b", subject):
        return None
    head = re.split(r"\s+(?:of|in|at|from|for|with)\s+", subject, maxsplit=1)[0]  # "copies of the rifle": copies
    # (a common noun in -s is plural, a name in -s is not: "Deminers", "Howes")
    # (the verb tells when it can: "Medics were driving", "Haynes was"; else a common noun in -s is
    # plural and a name in -s is not)
    verb = sentence_text[sentence_text.find(subject) + len(subject):].split(None, 1)[:1]
    number = {"were": True, "are": True, "have": True, "was": False, "is": False, "has": False}.get(verb[0] if verb else "")
    plural = (number if number is not None else bool(re.search(r"(?:^|\s)[a-z][\w-]*(?<!s)s$|\s+and\s+", head)
                                                     or head.lower() in _PLURAL_AGENTS)) \
        and not _names_a_body(head)
    named_person = not re.match(r"(?:The|A|An|Its|Their|His|Her)\s", subject) and not _names_a_body(subject) \
        and all(w[:1].isupper() for w in subject.split()) and not _names_a_place_or_body(subject) \
        or _PERSON_BY_ROLE.fullmatch(subject) is not None  # ("The Deputy Secretary will travel…, where she will meet…")
    word, pronoun = pronoun.lower(), pronoun.capitalize()
    agrees = {"They": plural, "He": named_person and not plural, "She": named_person and not plural,
              "It": not plural and not named_person}[pronoun]
    # another noun phrase of its kind between the subject and the pronoun may be the one it means ("The
    # ministry had warned the company before it was fined")
    start = sentence_text.find(subject) + len(subject)
    said = re.search(rf"\b{word}\b", sentence_text[start:], re.I)
    middle = sentence_text[start:start + said.start()] if said else ""
    if pronoun in ("He", "She"):  # another name, not a body's ("…for the Mines Advisory Group when he…")
        rival = any(not _names_a_body(name.group()) and not _CALENDAR_WORD.fullmatch(name.group())  # ("…in June 2019, when he")
                    and not _names_a_place_or_body(name.group())  # ("…will travel to Addis Ababa, where she…")
                    for name in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?![\w-])", middle)) \
            or _ROLE_BETWEEN.search(middle) is not None
    else:
        # (a name's possessive opens one too: "…access to Iran's main enrichment sites since they were bombed")
        rival = bool(re.search(r"\b(?:the|a|an|its|their|his|her|\d+|two|three|four|five|several|many|[A-Z][\w.-]*['’]s)\s+"
                               r"(?:[a-z-]+\s+){0,2}[a-z]{2,}s\b|(?<!,\s)\band\b" if pronoun == "They" else
                               # (a span of time is no thing "it" means: "almost a year after the Council authorized it")
                               r"\b(?:the|a|an|its|their|his|her)\s+(?!(?:year|month|week|day|decade|while|time|half)\b)"
                               # (a modifier of a plural is none: "issued its first sentences … after it was created")
                               r"(?:[a-z-]+\s+)?[a-z]+(?<!s)\b(?!\s+[a-z]{3,}s\b)", middle))
    return subject if agrees and not rival else None


#: (…or its short form, or a holiday: "until Thanksgiving Day, Nov. 27, …, though he said")
_CALENDAR_WORD = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                            r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|"
                            r"Oct|Nov|Dec|(?:[A-Z][a-z]+\s+)?(?:Day|Eve)|Christmas|Easter|Thanksgiving|Ramadan|Eid|Passover|"
                            r"Hanukkah|Diwali|Nowruz)")


#: Verbs in -ed that take no object, so no passive: "was arrested in January and surrendered a month later".
_INTRANSITIVE = re.compile(r"(?:surrendered|died|arrived|returned|resigned|escaped|appeared|collapsed|emerged|landed|"
                           r"departed|retired|disappeared|vanished|survived|testified|travell?ed|stepped|walked|moved|"
                           r"happened|occurred|remained|stayed|agreed|failed|recovered|rallied|rebounded|expired|"
                           r"lapsed|ended|started|began|resumed|(?:entered|went|came)\s+into\s+(?:force|effect))\b")
#: A sentence that opens with a noun phrase and a relative clause about it: "The mayor, who was detained…".
_RELATIVE_OPENING = re.compile(r"(?P<np>(?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}),\s+(?:who|which)\s+(?P<verb>\S)")
#: A relative clause after a comma: ", which", ", who".
_COMMA_RELATIVE = re.compile(r",\s+(?:which|who)\s+(?=[a-z])")


def _with_antecedent(title: str, sentence: Sentence, part: Sentence) -> str:
    """A title of a relative clause cut from after its comma ("Which began"), told of its antecedent ("She led nightly
    protests, [which began on Oct. 27] and…" → "Nightly protests began")."""
    lead = sentence.text[:part.start - sentence.start].rstrip()
    if not lead.endswith(",") or not re.match(r"(?:Which|Who)\s", title) or not re.match(r"(?:which|who)\s", part.text):
        return title
    antecedent = _relative_antecedent(sentence.text, len(lead) - 1)
    return f"{antecedent[:1].upper()}{antecedent[1:]} {title.split(None, 1)[1]}" if antecedent else title


def _relative_antecedent(text: str, comma: int) -> str:
    """The noun phrase a relative clause after `comma` is about: from its determiner or preposition, or a bare one back
    to the verb before it ("She led [nightly protests outside parliament], which…")."""
    start = _noun_phrase_start(text, comma)
    return text[start:comma].strip() if start < comma else bare_noun_phrase_before(text, comma)


#: "then", "later": an adverb of sequence opening a second predicate.
_SEQUENCE_ADVERB = re.compile(r"(?:then|later|subsequently|eventually|finally|also)\s+", re.I)


#: A sentence that opens with a participle phrase up to its comma: "Rescued on Nov. 25 by fishermen, …".
_FRONTED_PARTICIPLE = re.compile(r"(?P<participle>[A-Z][a-z]{2,}ed|Born|Held|Taken|Seen|Found|Built|Made|Sent|Struck|Shot)\b"
                                 r"(?P<rest>\s+(?:[a-z]|\d)[^,;:]{0,120}?),\s+(?P<main>.+)$", re.S)  # (not "Consolidated Freightways")


def _fronted_participle_title(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"Rescued on Nov. 25 by fishermen off the coast, Elian has become…": the only date of a sentence in
    its opening participle phrase dates that phrase, told as a passive of the main clause's subject
    ("Elian was rescued by fishermen off the coast")."""
    s = sentence.text
    m = _FRONTED_PARTICIPLE.match(s)
    if m is None or not m.start("rest") <= t.start - sentence.start < m.end("rest"):
        return None
    subject = _subject_of(m["main"][:1].upper() + m["main"][1:])
    if subject is None:
        return None
    phrase = Sentence(sentence.start + m.start("rest"), sentence.start + m.end("rest"), m["rest"])
    rest = make_title(phrase, t, [t], gazetteer) if phrase.text.strip() != t.text else ""
    rest = rest[:1].lower() + rest[1:] if rest and not re.match(r"[A-Z][a-z]+\s+[A-Z]", rest) else rest
    participle = m["participle"][:1].lower() + m["participle"][1:]
    rest = re.sub(r"^(?:In|On|At|From|By|With|Near|Outside|Inside)\b", lambda w: w.group().lower(), rest)  # "born in Split"
    return f"{_finish_title(subject, gazetteer)} {_be_for(subject)} {participle} {rest}".strip()


_ANTECEDENT = re.compile(r"(?P<np>[^,;]{2,60}?),?\s+(?:which|who|that)\s")
_COLON = re.compile(r"(?<=[a-z]):\s+(?=[A-Za-z])")


def _explaining_clause(sentence: Sentence, t: Timex) -> Sentence | None:
    """The clause after a colon that holds `t`, when it has a subject and verb of its own: what comes
    before the colon is the writer's summary, not the happening."""
    colons = list(_COLON.finditer(sentence.text, 0, t.start - sentence.start))
    if not colons:
        return None
    rest = sentence.text[colons[-1].end():]
    if not _is_own_clause(rest[:1].upper() + rest[1:]):
        return None
    return Sentence(sentence.start + colons[-1].end(), sentence.end, rest)


#: A thing held named right before a bare date, after "and" or a comma: "…, and the NATO summit in Ankara [next July]".
_EVENT_BEFORE_BARE_DATE = re.compile(rf"(?:^|,|\band)\s+(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                     rf"{_HELD_THING}(?:\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?)"
                                     r"\s+$")
#: A thing and, set off by a comma, the day it is set for: "the elections, now set for", "the summit, scheduled for".
_SET_FOR_APPOSED = re.compile(r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:the|a|an|in|of|on|at|for|to|by|with)\b)"
                              rf"[\w'’-]+\s+){{0,4}}?{_HELD_THING}"
                              # (with what it is on: "the Lagos conference on maritime security, scheduled for…")
                              r"(?:\s+(?:on|of|for|about)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?)\s*,\s+(?:now\s+|currently\s+|initially\s+|"
                              r"originally\s+|tentatively\s+)?(?:set|scheduled|planned|slated|due|expected)\s+"
                              r"(?:for|on|in)\s+(?:the\s+)?$")


def _dated_thing(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The thing a date belongs to when the sentence names it right before the date, told as the title (None
    when it names none): a birth or death in brackets, a thing called, moved or set for the date, a thing to be
    held on it, a part named by "of which"."""
    s, rel = sentence.text, t.start - sentence.start
    born = _BORN_ASIDE.search(s, max(0, rel - 80), rel)
    if born is not None:  # "Ilham Aliyev (born 24 December 1961) is…": the birth is the date's
        return f"{born['name']} {'was born' if born['word'].startswith('b') else 'died'}"
    lo = max(0, rel - 160)
    closes = _PHRASE_CLOSES.match(s, _phrase_end(t, inside) - sentence.start)
    called = _CALLED_FOR.search(s, lo, rel) or _CALLED_FOR_NP.search(s, lo, rel) or _POSTPONED_TO.search(s, lo, rel)
    if called is not None and called.re is _POSTPONED_TO:
        if not (re.search(r"\bfor\s+(?:the\s+)?$", called.group()) and called.start("np") <= dateline_end(s) + 2):
            return called["np"][:1].upper() + called["np"][1:]  # a thing moved is on its new date, told alone or not
        called = None  # ("A second round is planned for Dec. 2 in Geneva": a plan that is the sentence's own keeps its clause)
    if called is not None and closes and any(o is not t and o.end <= sentence.start + called.start("np") for o in inside):
        # "Sandu on Friday called an early parliamentary election for March 8": the later date is the election's,
        # the earlier one the calling's
        return called["np"][:1].upper() + called["np"][1:]
    listed = _EVENT_BEFORE_BARE_DATE.search(s, lo, rel) if re.match(r"(?:next|last|this)\s", t.text, re.I) else None
    if listed is not None and re.match(r"\s*(?:,|\.|$|\s(?:will|would|is|are|was|were|could|may|might)\b)",
                                       s[_phrase_end(t, inside) - sentence.start:]):
        # "The coming months, and the NATO summit in Ankara next July, will show…": a gathering listed with its
        # date, no verb's object
        return listed["np"][:1].upper() + listed["np"][1:]
    apposed = _SET_FOR_APPOSED.search(s, lo, rel)
    if apposed is not None and apposed.start("np") > dateline_end(s) + 2:
        # "…concern at the delay in the elections, now set for December 2026 under the peace deal": the elections'
        # (the sentence's subject keeps its predicate: "The summit, planned for June 4, could be postponed")
        return apposed["np"][:1].upper() + apposed["np"][1:]
    to_be = _TO_BE_DONE.search(s, lo, rel)
    if to_be is not None and closes:
        # "…the preparations for the EU-Azerbaijan Cooperation Council, to be held in Brussels on 16 December":
        # the date is the council's, which the infinitive tells
        return f"{to_be['np']} {to_be['inf']}"
    of_which = _OF_WHICH.search(s, lo, rel)
    if of_which is not None:
        # "…the state commissions, the latest meeting of which took place on 14 November in Gabala": the meeting's
        head, np = of_which["head"], of_which["np"]
        np = np[np.rindex(" of ") + 4:] if " of " in np else np  # ("the work of the state commissions…, the latest
        # meeting of which": the commissions', the nearest noun)
        verb_at = of_which.start("verb")
        rest = _remove_date_phrase(s[verb_at:_clause_end_after(sentence, t)], rel - verb_at,
                                   _phrase_end(t, inside) - sentence.start - verb_at, own=True)
        return f"{head[:1].upper()}{head[1:]} of {np} {rest}"
    return None


#: A count of units that the tagger dated (not measured), and the "since" clause it dates: "[three decades]
#: since the accord was initialled" after "Friday marks".
_COUNT_OF_UNITS = re.compile(r"\S+\s+(?:years?|decades?|centur(?:y|ies)|months?|weeks?|days?)", re.IGNORECASE)
_COUNTED_SINCE = re.compile(r"\s+since\s+(?P<what>[^,;:]{4,200}?)\s*(?:[,;:.!?]|$)")


#: An opening gerund phrase and the main clause after it: "After meeting Putin in Moscow on Monday, Xi flew…".
_OPENING_GERUND = re.compile(r"(?P<conj>Since|After|Before|While|Upon|On|Following)\s+(?P<ing>[a-z]{2,}ing)\s+"
                             # (no subject inside: "After retiring she taught…, and in 2014…" has no comma to close it)
                             r"(?P<rest>(?:(?!\b(?:he|she|they|we)\s)[^,;]){2,120}),\s+(?P<main>[^\W\d_][^;]+)$")
#: A gerund "since" governs, right before its date: "her first trip since [taking office] in".
_BOUND_GERUND = re.compile(r"\bsince\s+(?P<verb>[a-z]{3,}ing)\b(?P<rest>[^,;.()]{0,40}?)\s+"
                           r"(?:(?:in|on|at|during)\s+)?(?:the\s+)?$")
#: The pronoun a possessive stands for: "her first trip" is hers.
_OWNER_PRONOUN = {"her": "She", "his": "He", "their": "They", "its": "It", "our": "We", "my": "I"}


def _gerund_of_a_bound(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"It will be her first trip to the region since taking office in October last year": the date is the taking of
    office, done by the one the clause is about (the subject, or the owner of "her first trip")."""
    s = sentence.text
    m = _BOUND_GERUND.search(s, max(0, t.start - sentence.start - 70), t.start - sentence.start)
    if m is None or m["verb"] in _NOT_PARTICIPLES or not re.match(r"\s*(?:[,.;:!?]|$)", s[t.end - sentence.start:]):
        return None
    subject = _subject_of(s[dateline_end(s):m.start()])
    reported = _REPORTED_SUBJECT.search(s, dateline_end(s), m.start())
    if reported is not None and not re.search(r"[,;]", s[reported.end():m.start()]):
        # "…said the government had waited far too long since promising the measure": the reported clause's subject
        subject = reported["subject"][:1].upper() + reported["subject"][1:]
    if subject is None or re.fullmatch(r"It|There|This|That", subject):
        owner = re.search(r"\b(her|his|their|our|my)\s+(?:[\w-]+\s+){0,2}?(?:first|last|latest|only|second|third|fourth|"
                          r"fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b", s[:m.start()])
        subject = _OWNER_PRONOUN[owner[1]] if owner is not None else None
    if subject is None:
        return None
    return _finish_title(f"{subject} {past_of_participle(m['verb'])}{m['rest']}", gazetteer)


def _opening_gerund_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"After meeting Putin in Moscow on Monday, Xi flew to Minsk on Tuesday": Monday's title is "Xi met Putin in
    Moscow" (the main clause's subject did what the gerund tells), Tuesday's the main clause alone."""
    lead = dateline_end(sentence.text)
    m = _OPENING_GERUND.match(sentence.text, lead)
    if m is None or m["ing"] in ("according", "including", "during", "concerning", "regarding", "following", "accounting",
                                 "considering", "excluding", "adjusting", "counting", "allowing", "assuming", "judging"):
        return None  # ("After accounting for a revision…": a phrase of reckoning, no doing of the subject's)
    rel = t.start - sentence.start
    if m.start("main") <= rel:
        # (its subject opens a sentence of its own: "…, she taught … and, in 2014, published a memoir")
        main = Sentence(sentence.start + m.start("main"), sentence.end, m["main"][:1].upper() + m["main"][1:])
        title = _title_for(main, t, [o for o in inside if o.start >= main.start], gazetteer)
        return title if len(title.split()) >= 2 else None
    if not m.start("rest") <= rel < m.end("rest"):
        return None
    subject = _subject_of(m["main"][:1].upper() + m["main"][1:])
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
    rest = _remove_date_phrase(rest, at, at + len(t.text))
    return _finish_title(f"{subject} {past_of_participle(ing)} {rest}", gazetteer)


#: A participle phrase closing the sentence after its object, with a date of its own: "…agreed a prisoner exchange,
#: [carried out over the following week]".
_OBJECT_AND_PARTICIPLE = re.compile(rf"(?P<np>\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+"
                                    r"(?:\s+(?:of|for|on|in)\s+(?![A-Z\d])(?:the\s+)?(?:[\w'’-]+\s+){0,2}[\w'’-]+)?)(?P<when>\s+(?:on|in|at|during|last|this|early|late)\s[^,;]{1,40}?)?,\s+"
                                 # (not a plan's: "…, scheduled for December 9-10" is the thing planned, told elsewhere)
                                 rf"(?P<part>(?:(?:later|finally|eventually|partly|fully)\s+)?"
                                 rf"(?!(?:scheduled|planned|slated|expected|set|due|postponed|delayed|moved)\b)(?:[a-z]{{3,}}ed|{_IRREGULAR_PARTICIPLES})"
                                 r"(?:\s+(?:out|up|off|down|through|back))?)\b"
                                 # (a participle, no predicate with an object: "…, carried out over the week", not ", resumed sales")
                                 r"(?=\s+(?:by|in|on|at|over|during|within|for|last|this|next|the\s+following|the\s+next|two|three|"
                                 r"four|a\s+(?:day|week|month|year)|\d)\b|\s*[.!]?$)"
                                 # (closing the sentence, or an aside before a clause of its own: "…suspending the
                                 # accord, signed on Oct. 26 in Kuala Lumpur, after a mine wounded…")
                                 r"(?P<rest>[^,;:]*?)(?:[.!]?$|,\s+(?=(?:after|before|when|while|as|since|because|until|amid|"
                                 r"following|which|who)\s))")


#: Nothing but an opening before a noun phrase: it is the subject ("On Monday, the council…").
_SUBJECT_START = re.compile(r"\s*(?:(?:[A-Z][\w'’.-]*\s+){0,3}[\d\s,.]*[—–-]?\s*)?")


#: A sentence's subject and the comma that opens an appositive about it: "The accord, ".
_SUBJECT_THEN_COMMA = re.compile(r"\s*(?:(?:The|Its|Their|His|Her)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,3},\s+")


def _object_participle_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The two sides agreed a prisoner exchange on Feb. 19, carried out over the following week": the closing
    participle's date titles what was done to the object ("The prisoner exchange was carried out")."""
    s = sentence.text
    m = _OBJECT_AND_PARTICIPLE.search(s, max(0, t.start - sentence.start - 160))
    if m is None or not m.start("part") <= t.start - sentence.start < m.end() \
            or (m["when"] and not any(m.start("when") <= o.start - sentence.start < m.end("when") for o in inside)) \
            or m.start("np") <= dateline_end(s) + 2 or _SUBJECT_START.fullmatch(s, dateline_end(s), m.start("np")) \
            or any(m.start("np") <= o.start - sentence.start < m.end("np") for o in inside) \
            or re.search(r",\s+(?:who|which|whose)\b[^,]*$", s[:m.start("np")]) \
            or _SUBJECT_THEN_COMMA.fullmatch(s, dateline_end(s), m.start("np")):
        # (nor a date, nor the end of an aside before the main verb: "Her brother, who was jailed in the 1960s, followed";
        # nor an appositive's: "The accord, a text that was signed in March 2023, collapsed in May")
        # (the sentence's own happening has its date before the object, which is no subject; a phrase between the
        # object and the comma is its date: "…agreed a prisoner exchange on Feb. 19, carried out…")
        return None
    clause = re.search(r"\s(?:after|before|when|while|as|since|because|until)\s", s[m.start("rest"):m.end("rest")])
    if clause is not None and t.start - sentence.start >= m.start("rest") + clause.start():
        return None  # (the date of a clause of its own after the participle: "…, launched in September after drones
        # entered Polish airspace on Sept. 10")
    rest = _remove_date_phrase(s[m.start("rest"):m.end("rest")], t.start - sentence.start - m.start("rest"),
                               t.end - sentence.start - m.start("rest"))
    # (a clause of its own after it is another happening: "…, launched in September after drones entered…")
    rest = re.sub(r"(?:^|\s+)(?:after|before|when|while|as|since|because|until)\s.*$", "", rest.strip())
    np = m["np"]
    held = _HELD_OF_GATHERING.search(np) if _HELD_PARTICIPLE.match(m["part"]) else None
    if held is not None:  # "…annulled the results of the first round, held on Nov. 24": the round was held
        np = held["gathering"]
    plural = re.search(r"[^s]s$", np.split()[-1]) is not None
    title = f"{np[:1].upper()}{np[1:]} {'were' if plural else 'was'} {m['part']} {rest.strip()}".strip()
    return _finish_title(title, gazetteer)


#: A subject that opens the sentence and the restrictive relative clause after it, which has a verb of its own:
#: "The ceasefire that took effect…", "Talks that began…", "The law that parliament passed…".
_SUBJECT_AND_RELATIVE = re.compile(r"(?P<np>(?:(?:The|A|An|Its|Their|His|Her|This|These|Those)\s+)?[\w'’.-]+(?:\s+[\w'’.-]+){0,5}?)"
                                   rf"\s+(?:that|which|who)\s+(?=(?:[\w'’.-]+\s+){{0,3}}?(?:was|were|had|has|have|is|are|"
                                   rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")
#: The main verb right after the relative clause's date (an adverb maybe before it): "…on 2 October [collapsed]".
_MAIN_VERB_AFTER_RELATIVE = re.compile(rf"\s+(?:(?:[a-z]+ly|also|then|later|finally|now|since)\s+)?(?P<verb>was|were|is|are|"
                                       rf"has|have|had|will|would|could|might|remains|(?!(?:and|or|but)\b)[a-z]{{3,}}ed|"
                                       rf"{words_pattern(IRREGULAR_PASTS)})\b")


def _subject_relative_split(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The ceasefire that took effect on 2 October collapsed in November": two happenings of one subject,
    the relative clause's ("The ceasefire took effect") and the main clause's ("The ceasefire collapsed"),
    each titled without the other."""
    s = sentence.text
    lead = dateline_end(s)
    m = _SUBJECT_AND_RELATIVE.match(s, lead)
    if m is None or len(inside) < 2 or _VERB.search(_CAPITALISED_WORDS.sub("", m["np"])) or "," in m["np"]:
        return None
    own = [o for o in inside if o.start - sentence.start >= m.end()]
    first = own[0] if own else None
    if first is None or "," in s[m.end():first.start - sentence.start] or re.search(r"\b(?:and|or|but)\s", s[m.end():first.start - sentence.start]):
        return None
    verb = _MAIN_VERB_AFTER_RELATIVE.match(s, _phrase_end(first, inside) - sentence.start)
    if verb is None or not any(o.start - sentence.start >= verb.end() for o in inside):
        return None  # (one date, the relative clause's, is titled as it is: "A ceasefire that took effect on 2 October is holding")
    if re.search(r"\b(?:scheduled|planned|set|due|slated|expected|supposed|meant|originally|initially)\b",
                 s[m.end():first.start - sentence.start]):
        return None  # "A round that had been scheduled for Tuesday was postponed to Dec. 10": a plan and its new day
    cut = verb.start("verb")
    if t.end - sentence.start <= cut:  # the relative clause's date: "The ceasefire that took effect"
        # ("that" is about the noun right before it: "A suspect in [shootings that wounded two guards]")
        noun = m.start("np")
        if not s[m.end("np"):m.end()].strip().startswith("who"):
            governed = list(re.finditer(r"\s(?:in|of|on|at|for|with|from|over|against)\s+", m["np"]))
            noun += governed[-1].end() if governed else 0
        clause = Sentence(sentence.start + noun, sentence.start + cut, s[noun:cut].rstrip())
        return make_title(clause, t, [o for o in inside if o.end - sentence.start <= cut], gazetteer)
    if t.start - sentence.start < verb.end() or re.search(r"[,;:(]", s[verb.end():t.start - sentence.start]):
        return None  # (a date after a comma is another clause's: "…has stalled over…, which the council authorised on…")
    # the main clause's date: the subject and its verb, without the relative clause between them
    shift = cut - m.end("np") - 1
    main = Sentence(sentence.start, sentence.end - shift, s[:m.end("np")] + " " + s[cut:])
    moved = {id(o): replace(o, start=o.start - shift, end=o.end - shift) for o in inside if o.start - sentence.start >= cut}
    return make_title(main, moved[id(t)], list(moved.values()), gazetteer)


#: A happening that years before it name, as the subject of its clause: "[the 1950-53] conflict ended…".
_YEARS_NAMING_SUBJECT = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+|[a-z][\w-]*\s+){0,2}?(?:[Ww]ar|conflict|crisis|occupation|siege|uprising|"
                                   r"insurgency|talks|negotiations|campaign|offensive|standoff|dispute|genocide|famine|"
                                   r"blockade|ceasefire|truce|revolution)\b(?=\s+(?:[a-z]{3,}ed|was|were|had|has|left|began|"
                                   r"broke|came|fell|took|saw|cost)\b)")
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
                                  r"(?P<clause>[^,;:()\"“”]{3,160}?),\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}\b)")


def _appositive_relative_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"The challenger, a former finance minister who left government in 2019, told supporters on Saturday…": the
    relative clause inside the appositive tells the subject's own happening ("The challenger left government")."""
    s = sentence.text
    m = _APPOSITIVE_RELATIVE.match(s, dateline_end(s))
    if m is None or not m.start("clause") <= t.start - sentence.start < m.end("clause") \
            or _VERB.search(_CAPITALISED_WORDS.sub("", m["np"])):
        return None
    turned, _ = _turned_clause(sentence, t, m["np"] + " ", m.start("clause"))
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


def _dated_nominal(sentence: Sentence, t: Timex, gazetteer: Gazetteer) -> str | None:
    """"The Ministers welcomed the entry into force on 1 October 2026 of the agreement on transport" → "The entry into
    force of the agreement on transport": the date stands inside the noun phrase of the happening it dates."""
    s = sentence.text
    noun = _NOMINAL_BEFORE_DATE.search(s, max(0, t.start - sentence.start - 40), t.start - sentence.start)
    what = _OF_AFTER_DATE.match(s, t.end - sentence.start) if noun is not None else None
    if what is not None:
        return _finish_title(f"The {noun['noun'].lower()} of {what['what']}", gazetteer)
    # "The members of the Council condemned the attack on 24 November against a patrol…": what a verb that only regards
    # it names, its date inside ("The attack against a patrol…")
    attack = _ATTACK_BEFORE_DATE.search(s, max(0, t.start - sentence.start - 30), t.start - sentence.start)
    target = _TARGET_AFTER_DATE.match(s, t.end - sentence.start) if attack is not None else None
    if target is None or not (_RELATING_VERB.search(s, 0, attack.start()) or _SPEAKING_PRESENT.search(s, 0, attack.start())):
        return None
    return _finish_title(f"The {attack['noun'].lower()} {target['what']}", gazetteer)


_SEMICOLON = re.compile(r";\s+")
#: A ranking and its date alone after a semicolon, the verb left to the clause before: "[the second] on".
_RANK_THEN_DATE = re.compile(r"(?:and\s+)?(?P<rank>the\s+(?:first|second|third|fourth|fifth|last|latest|next)(?:\s+one)?)\s+"
                             r"(?:(?:on|in|at|during)\s+)?")


#: A noun phrase right before its date's preposition: "[a suicide bombing outside a court in the capital] on".
# (governed by a preposition: the object of a verb is dated by the verb, "signed a deal in March that ended…")
_NOUN_BEFORE_DATE = re.compile(r"\b(?:for|of|after|over|by|with|from|against|following|since|to|follows|followed|precedes|"
                               r"preceded)\s+"
                               r"(?P<np>(?:a|an|the)\s+[^,;:()\"“”]{2,80}?)\s+(?:on|in|at|last|this)\s+$")


def _dated_noun_then_relative(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…which it blames for a suicide bombing outside a court in the capital on Nov. 11 that killed 12 people": the
    date is the noun phrase's, and the relative after it tells what that did ("A suicide bombing … killed 12 people")."""
    s = sentence.text
    start, end = t.start - sentence.start, _phrase_end(t, inside) - sentence.start
    did = PAST_RELATIVE_AFTER.match(s, end)
    noun = _NOUN_BEFORE_DATE.search(s, max(0, start - 100), start) if did is not None else None
    # (not a period the relative is about: "fell by a fifth in [the fiscal year] that ended in March")
    if noun is None or did["verb"] in _NOT_PARTICIPLES or _FIRST_VERB.search(noun["np"]) \
            or re.match(r"(?:the|this|that|its|their)\s", t.text, re.I) or did["verb"] in ("ended", "began", "started") \
            or any(noun.start() <= o.start - sentence.start < start for o in inside if o is not t):
        return None
    np = noun["np"]
    return _finish_title(f"{np[:1].upper()}{np[1:]} {did['verb']}{did['rest']}".rstrip(), gazetteer)


#: A second subject and its own date after a comma, the first clause's predicate left unsaid: "Iraq became independent
#: in 1932[, Syria and Lebanon in ]the 1940s".
_SUBJECT_GAPPED_AFTER_COMMA = re.compile(r",\s+(?:and\s+)?(?P<subject>(?:the\s+)?[A-Z][\w'’.-]*(?:(?:\s+|,\s+|,?\s+and\s+)[A-Z][\w'’.-]*){0,5})"
                             r"\s+(?:in|on|at|during|by)\s+(?:the\s+)?")


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
    return _finish_title(f"The {m['np']} {m['rest']}", gazetteer)


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
    subject = _subject_of(clause)
    if subject is None or not clause.startswith(subject):
        return None
    predicate = re.sub(r"\s+(?:in|on|at|during|by)\s+(?:the\s+)?$", "", clause[len(subject):]).strip()
    if not predicate or not (_VERB.match(predicate) or _FIRST_VERB.match(predicate)):
        return None
    if other is not None:  # the first date: its own clause
        return _finish_title(f"{subject} {predicate}", gazetteer)
    gap = _SUBJECT_GAPPED_AFTER_COMMA.fullmatch(s, first.end - sentence.start, second.start - sentence.start)
    return _finish_title(f"{gap['subject']} {predicate}", gazetteer)


def _title_for(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str:
    """The title of the happening `t` dates: from its own clause when the sentence dates several."""
    # (bounded windows: a sentence may be a page long, and this is read once a date)
    semicolon = _SEMICOLON.search(sentence.text, t.end - sentence.start, t.end - sentence.start + 300)
    if semicolon is not None:
        rest = sentence.text[semicolon.end():semicolon.end() + 300]
        told = sentence.text[max(0, t.start - sentence.start - 300):t.start - sentence.start] \
            + sentence.text[t.end - sentence.start:semicolon.start()]
        # (but not after a name alone: "16 January 2016: Implementation Day; most sanctions are lifted")
        if _is_own_clause(rest[:1].upper() + rest[1:]) and _tells_a_doing(_CAPITALISED_WORDS.sub("", told)):
            # "The late 1980s saw the first joint commission; it has not met since 2019": a clause of its own after a
            # semicolon tells another thing
            end = semicolon.start()
            sentence = Sentence(sentence.start, sentence.start + end, sentence.text[:end])
            inside = [o for o in inside if o.end <= sentence.end]
    before = list(_SEMICOLON.finditer(sentence.text, max(0, t.start - sentence.start - 300), t.start - sentence.start))
    ranked = _RANK_THEN_DATE.fullmatch(sentence.text, before[-1].end(), t.start - sentence.start) if before else None
    if ranked is not None and re.match(r"\s*(?:[.;!?]|$)", sentence.text[_phrase_end(t, inside) - sentence.start:]):
        # "The first came on Oct. 19; the second on Oct. 28": a ranking whose verb is the clause's before it
        return ranked["rank"][:1].upper() + ranked["rank"][1:]
    if before and not any(o.start < sentence.start + before[-1].start() for o in inside) \
            and re.match(r"(?:it|they)\s", sentence.text[before[-1].end():]) \
            and _tells_a_doing(sentence.text[before[-1].end()].upper() + sentence.text[before[-1].end() + 1:t.start - sentence.start]):
        # "The chairpersonship is held for a year; it passes to the next State on 1 January": the clause after the
        # semicolon is the date's, and its pronoun is the first clause's subject
        lo = before[-1].end()
        told = _title_for(Sentence(sentence.start + lo, sentence.end, sentence.text[lo:][:1].upper() + sentence.text[lo + 1:]),
                          t, [o for o in inside if o.start >= sentence.start + lo], gazetteer)
        return pronoun_as_subject(told, sentence.text)
    absolute = _WITH_ABSOLUTE.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if absolute is not None and absolute["part"] not in _NOT_PARTICIPLES:
        # "Parliament was deadlocked for six months, with the speaker's post finally filled in late August": what was
        # done to the noun of the "with" phrase
        np = absolute["np"]
        return _finish_title(f"{np[:1].upper()}{np[1:]} {_be_for(np)} {absolute['adv'] or ''}{absolute['part']}"
                             f"{absolute['mid']}".rstrip(), gazetteer)
    winner = _WINNER_APPOSITIVE.search(sentence.text, max(0, t.start - sentence.start - 150), t.start - sentence.start)
    if winner is not None and re.match(r"\s*(?:,|$)", sentence.text[_phrase_end(t, inside) - sentence.start:]):
        # "…, led by María Corina Machado, winner of the Nobel Peace Prize in October 2025,": she won it then
        if winner["ganador"]:  # ("ganadora del Premio Nobel" → "ganó el Premio Nobel")
            return _finish_title(f"{winner['name']} ganó {'el' if winner['de'] == 'del' else 'la'} {winner['what']}", gazetteer)
        done = "won" if winner["role"] == "winner" else "received"
        return _finish_title(f"{winner['name']} {done} {winner['what']}", gazetteer)
    gapped_subject = _gapped_subject_title(sentence, t, inside, gazetteer) or _attributive_date_relative_title(sentence, t, gazetteer)
    if gapped_subject is not None:
        return gapped_subject
    nominal = _dated_nominal(sentence, t, gazetteer) or _dated_noun_then_relative(sentence, t, inside, gazetteer)
    if nominal is not None:
        return nominal
    holding = _IN_POWER_SINCE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    if holding is not None:  # "Pashinyan, in power since 2018, is seeking…": the date is when he came to power
        done = {"power": "came to power", "office": "took office"}[holding["what"].lower()]
        return _finish_title(f"{holding['who']} {done}", gazetteer)
    gerund = _opening_gerund_title(sentence, t, inside, gazetteer) or _gerund_of_a_bound(sentence, t, gazetteer)
    if gerund is not None:
        return gerund
    appositive = _appositive_relative_title(sentence, t, inside, gazetteer)
    if appositive is not None:
        return appositive
    split = _subject_relative_split(sentence, t, inside, gazetteer)
    if split is not None:
        return split
    participle = _object_participle_title(sentence, t, inside, gazetteer)
    if participle is not None:
        return participle
    explained = _explaining_clause(sentence, t)
    lead = dateline_end(sentence.text) if explained is not None else 0
    label = sentence.text[lead:explained.start - sentence.start] \
        if explained is not None and explained.start - sentence.start - lead < 80 else None
    if label is not None and len(label.split()) <= 3 and not _VERB.search(label) \
            and any(o.end <= explained.start for o in inside):
        # "January: The truce collapsed…, and fighters took the town on Jan. 19": a review's date as its label, which
        # dates the clause after it as any opening date would
        explained = None
    if explained is not None:  # "It lasted three years: the United States withdrew in May 2018, and…"
        return _title_for(explained, t, [o for o in inside if o.start >= explained.start], gazetteer)
    conceded = _conceded_part(sentence, t)
    if conceded is not None:
        title = make_title(conceded, t, [o for o in inside if conceded.start <= o.start and o.end <= conceded.end],
                           gazetteer)
        pronoun = re.match(r"(?:It|They|He|She)(?=\s)", title) if conceded.end < sentence.end else None
        main = sentence.text[conceded.end - sentence.start:].lstrip(" ,;")
        main_subject = _antecedent_of(pronoun.group(), main[:1].upper() + main[1:]) if pronoun is not None else None
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
            title = make_title(what, t, [t], gazetteer)
            if len(title.split()) >= 2:
                return title
    named = _HAPPENING_OF_DATE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    if named is None:
        # (a state that has lasted since the happening, not a doing of the date's own: "…began its biggest
        # drills since the Cold War in January" is the drills')
        named = _HAPPENING_SINCE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
        named = named if named is not None and _LASTING_BEFORE.search(sentence.text, 0, named.start()) else None
        if named is not None:
            return _finish_title(named["np"][:1].upper() + named["np"][1:], gazetteer)
    if named is not None and not _HAPPENING_OF_DATE_IS_SUBJECT.match(sentence.text, t.end - sentence.start) \
            and not (len(inside) == 1 and _PAST_BEFORE_OBJECT.search(sentence.text, max(0, named.start() - 30), named.start())):
        # "…say the parliamentary elections of 26 October 2024 were rigged": the date names the elections (but "The
        # opposition boycotted the elections of 2019" is the boycott's)
        place = _PLACE_AFTER_DATE.match(sentence.text, t.end - sentence.start)
        did = _SUBJECT_RELATIVE_AFTER.match(sentence.text, t.end - sentence.start) if place is None else None
        done = _OBJECT_RELATIVE_AFTER.match(sentence.text, t.end - sentence.start) if place is None else None
        if did is not None:  # "…speak of the great flood of 1963, which swept away the cairns": what it did
            return _finish_title(f"The {named['np']} {did['verb']}{did['rest']}", gazetteer)
        if done is not None:  # "…of the elections of 2019, which the opposition boycotted": what was done to it
            return _finish_title(f"{done['subject']} {done['verb']} the {named['np']}{done['rest']}", gazetteer)
        np = named["np"] if len(named["np"].split()) > 1 else f"{named.group().split()[0]} {named['np']}"
        return _finish_title(np + (" " + place["place"] if place else ""), gazetteer)
    german = _german_comma_clause(sentence, t, inside, gazetteer)
    if german is not None:
        return german
    # (the phrase right before the date first: "…, que pôs fim a meses de protestos após [as eleições] de outubro de 2024")
    act = _act_of_title(sentence, t, inside)
    if act is not None:
        return _finish_title(act, gazetteer)
    romance = (_romance_governed_title(sentence, t) if len(inside) > 1 else None) \
        or _romance_participle_title(sentence, t) or _romance_relative_title(sentence, t)
    if romance is not None:  # "…le président libanais Joseph Aoun, élu en janvier 2025": Aoun's election
        return _finish_title(romance, gazetteer)
    came = _CAME_AFTER_CLAUSE.match(sentence.text, dateline_end(sentence.text), t.start - sentence.start)
    if came is None:
        # "…on Saturday, the fourth swap since talks in Istanbul resumed in May": what a ranking counts since is the
        # date's happening when the date stands in its clause
        came = _RANKED_SINCE_CLAUSE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start)
    if came is not None and not re.search(r"[,;:()]", sentence.text[came.end():t.start - sentence.start]):
        # (not a relative clause's date after it: "…a day after crowds rallied against the law, which parliament passed…")
        # "The attack came after talks in Istanbul late last month ended without progress": the time clause's happening,
        # which the sentence hangs its subject on, is the date's
        clause = _clause_to_its_end(sentence, came.end(), t)
        probe = clause.text.replace(f" {t.text} ", " ", 1)  # (the date may stand before the verb: "talks in Istanbul [late
        # last month] ended")
        if _OWN_SUBJECT.match(probe) and (_FINITE_IN_CLAUSE.search(_CAPITALISED_WORDS.sub("", probe))
                                          or _PAST_IN_CLAUSE.search(probe)):
            own = [o for o in inside if clause.start <= o.start and o.end <= clause.end]
            # (the date of a participle inside it is the participle's: "…since a ceasefire brokered by Qatar on Oct. 19
            # came under strain" → "A ceasefire was brokered by Qatar")
            reduced = _reduced_relative_title(clause, t, own)
            if reduced is not None:
                return _finish_title(reduced, gazetteer)
            title = make_title(clause, t, own, gazetteer)
            if len(title.split()) >= 2 and _tells_a_doing(title):
                return title
    followed = _FOLLOWS_HAPPENING.match(sentence.text, dateline_end(sentence.text), t.start - sentence.start) \
        if t.start - sentence.start < 200 else None
    # (…or another noun joins on: "follows the fall of the government on Dec. 8 and clashes on the coast last week")
    if followed is not None and (_PHRASE_CLOSES.match(sentence.text, _phrase_end(t, inside) - sentence.start)
                                 or re.match(r"\s+and\s+(?:(?:the|a|an)\s+)?[a-z]+\s+(?!(?:was|were|is|are|had|has)\b)[a-z]",
                                             sentence.text[_phrase_end(t, inside) - sentence.start:])) \
            and not _VERB.search(_CAPITALISED_WORDS.sub("", followed["np"])) and not re.search(r"\d{4}|\bas\b", followed["np"]):
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
        return _finish_title(np[:1].upper() + np[1:], gazetteer)
    with_due = _WITH_DUE_TO.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if with_due is not None and _PHRASE_CLOSES.match(sentence.text, _phrase_end(t, inside) - sentence.start):
        # "…will meet on the 3rd, with the government's funding due to run out on the 15th": what is due then
        np = with_due["np"]
        be = "are" if _ends_plural(np) else "is"
        return _finish_title(f"{np[:1].upper()}{np[1:]} {be} {with_due['due']}", gazetteer)
    with_np = _WITH_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        or _FOREIGN_WITH_HAPPENING.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if with_np is not None and _PHRASE_CLOSES.match(sentence.text, _phrase_end(t, inside) - sentence.start) \
            and not _VERB.search(_CAPITALISED_WORDS.sub("", with_np["np"])):
        # "Kosovo holds elections on Dec. 28, with a runoff for mayors, if needed, two weeks later": the date is
        # the runoff's, which the closing phrase adds to the sentence's happening
        np = with_np["np"] + (f" {with_np['plan']}" if with_np["np"].endswith("results") and with_np.groupdict().get("plan")
                              else "")
        return _finish_title(np[:1].upper() + np[1:], gazetteer)  # ("…, with results expected on Monday")
    thing = _dated_thing(sentence, t, inside)
    if thing is not None:
        return _finish_title(thing, gazetteer)
    falls = _FALLS_ON.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if falls is not None:  # "…to mark the 61st anniversary of ties, which falls on June 22": the day is the anniversary's
        # (the noun phrase after the last verb: "…by the end of January and to mark [the 61st anniversary…]")
        np = re.split(rf"\s(?:[a-z]+\s+)?(?:to\s+[a-z]+|{_VERB.pattern})\s+(?=(?:the|its|their|this|next|a)\s)", falls["np"])[-1]
        return _finish_title(np[:1].upper() + np[1:], gazetteer)
    owned = _POSSESSIVE_DATE_NOUN.match(sentence.text, t.end - sentence.start)
    if owned is not None and (sentence.text.startswith(",", owned.end())
                              and _PREPOSITION_BEFORE_DATE.fullmatch(sentence.text, dateline_end(sentence.text),
                                                                     t.start - sentence.start)
                              # (…and what a sentence's subject does ahead of it: "Leaders will arrive ahead of
                              # Monday's summit on climate")
                              # (…or after it, when it is no clause's subject: "discussed the situation following last
                              # month's attacks", not "…after Tuesday's talks in Geneva ended without agreement")
                              or (re.search(r"\b(?:following|after|amid|in\s+the\s+wake\s+of)\s+$",
                                            sentence.text[max(0, t.start - sentence.start - 24):t.start - sentence.start], re.I)
                                  and not _VERB.search(_CAPITALISED_WORDS.sub("", sentence.text[owned.end():owned.end() + 60]
                                                                               .split(",")[0])))
                              or re.search(r"\b(?:ahead\s+of|before|in\s+the\s+run-up\s+to)\s+$",
                                           sentence.text[max(0, t.start - sentence.start - 24):t.start - sentence.start], re.I)
                              # (…or what a noun of the main clause is of, when another date dates that clause: "resumed
                              # the count of Sunday's presidential election on Wednesday")
                              or len(inside) > 1 and re.search(r"\b(?:the|a|its|their)\s+(?:[a-z]+\s+)?(?:count|results?|"
                                                               r"tally|outcome|aftermath|anniversary|recount|audit)\s+of\s+$",
                                                               sentence.text[max(0, t.start - sentence.start - 40):
                                                                             t.start - sentence.start])):
        # "Under Monday's agreement, a commission will meet…", "After Sunday's vote, the opposition…": in a
        # fronted phrase, the date is the noun's, and the noun its happening
        place = re.match(rf"\s+(?:in|on)\s+(?!{_CALENDAR_WORD.pattern}\b)(?:[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*)*|"
                         r"[a-z]+(?:\s+and\s+[a-z]+)?)(?=[\s,;.]|$)", sentence.text[owned.end():])  # (no day: "on Wednesday")
        return _finish_title(f"The {owned['np']}{place.group() if place else ''}", gazetteer)
    owner_clause = _OWNED_SUBJECT_CLAUSE.match(sentence.text, t.end - sentence.start) \
        if _CONJUNCTION_RIGHT_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 12), t.start - sentence.start) else None
    if owner_clause is not None and _VERB.search(_CAPITALISED_WORDS.sub("", owner_clause["rest"])):
        # "…redrafting the plan after Tuesday's talks in Geneva ended without agreement": the day owns the subject
        # of a clause of its own, which is its happening
        return _finish_title("The " + owner_clause["rest"].rstrip(" ."), gazetteer)
    timed = _trailing_subordinate(sentence, t, _other_dates(t, inside)) if len(inside) == 1 else None
    if timed is not None:
        rest = sentence.text[:timed.start - sentence.start] + sentence.text[timed.end - sentence.start:]
        if not _PAST_OUTSIDE.search(_CAPITALISED_WORDS.sub("", rest)):
            # "The Miami talks, the third round since the U.S. unveiled a peace plan on Nov. 20, are expected to
            # focus on…": the sentence's own happening is not past, so its only date is the time clause's
            title = pronoun_as_subject(make_title(timed, t, [t], gazetteer), sentence.text)
            if len(title.split()) >= 2 and _tells_a_doing(title):
                return title
    remembered = _ANNIVERSARY_OF.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        if _WRITTEN_YEAR_IN.search(t.text) else None
    if remembered is not None:
        # "…marking the ninth anniversary of the launch of the Hwasong-15 in 2017": the launch is 2017's happening
        np = remembered["np"]
        return _finish_title(np[:1].upper() + np[1:], gazetteer)
    marked = _ANNIVERSARY_TO_COME.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start) \
        if re.match(r"(?:next|this\s+coming|the\s+coming)\s", t.text, re.I) else None
    if marked is not None:  # "…should mark the 75th anniversary of the start of the Korean War next June": the anniversary's day
        return _finish_title(marked["np"][:1].upper() + marked["np"][1:], gazetteer)
    one = _one_dated_of_them(sentence, t, inside) if short else None
    if one is not None:  # "…50 exchanges, including one in June that returned 1,000 prisoners"
        return _finish_title(one, gazetteer)
    named = _YEARS_NAMING_SUBJECT.match(sentence.text, _phrase_end(t, inside) - sentence.start) \
        if len(inside) > 1 and t.range_role == "start" and re.search(r"(?:^|[:;,]\s+|\b(?:because|after|since|when|as|until|"
                                                                     r"before|while)\s+)(?:[Tt]he|[Ii]ts|[Tt]heir)\s+$",
                                                                     sentence.text[max(0, t.start - sentence.start - 12):
                                                                                   t.start - sentence.start]) else None
    if named is not None:  # "…: the 1950-53 conflict ended in an armistice signed on 27 July 1953": the years are the conflict's
        return _finish_title(sentence.text[t.start - sentence.start:named.end()].strip()[:1].upper()
                             + sentence.text[t.start - sentence.start:named.end()].strip()[1:], gazetteer)
    planned_for = _GATHERING_PLANNED_FOR.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    if planned_for is not None and re.search(r",\s+(?:which|who|that)\s+[^,;]*$", sentence.text[:planned_for.start()]):
        # "…its constitution, which a referendum planned for June 2027 is due to do": the gathering the date is set for
        np = planned_for["np"]
        return _finish_title(f"{np[:1].upper()}{np[1:]} {'are' if _ends_plural(np) else 'is'} {planned_for['plan']}",
                             gazetteer)
    alleged = _ALLEGED_BEFORE_DATE.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start) \
        if len(inside) > 1 else None
    if alleged is not None:  # "…a commander accused of war crimes in the Central African Republic [between 2013 and 2014]"
        return _finish_title(alleged["what"][:1].upper() + alleged["what"][1:], gazetteer)
    dating = _DATES_BACK_TO.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if dating is not None:  # "…ending a dispute that dates back to the early 1990s": the dispute began then
        np = dating["np"]
        return _finish_title(f"{np[:1].upper()}{np[1:]} began", gazetteer)
    reported = _foreign_reported_clause(sentence, t, inside) if short and len(inside) > 1 else None
    if reported is not None:  # "El ministro dijo el lunes que las elecciones se celebrarán [en marzo]": the elections
        title = make_title(reported, t, [o for o in inside if o.start >= reported.start], gazetteer)
        if len(title.split()) >= 2:
            return title
    romance = (_romance_subject_relative(sentence, t, inside) or _romance_object_participle(sentence, t, inside)
               or _romance_time_clause(sentence, t, inside)) \
        if short and len(inside) > 1 else None
    if romance is not None:  # "firmaron un cese al fuego que expiró [en agosto de 2025]": the ceasefire expired
        return _finish_title(romance, gazetteer)
    attributive = _attributive_phrase(sentence, t, inside, gazetteer) if short else None
    # (a date that qualifies a noun is that noun's, whatever clause holds it: "who remembers the 1956 uprising")
    said = (_relative_second_predicate(sentence, t) or _named_relative(sentence, t) or _object_relative(sentence, t)
            or _whose_clause(sentence, t)) if short and attributive is None else None
    if said is not None:
        part, clause_start = said
        governed = _governed_noun_phrase(sentence, t, inside, gazetteer) \
            if any(o is not t and clause_start <= o.start < t.start for o in inside) else None
        if governed is not None:  # "Lee, who took office in June after … over a brief declaration of martial law
            return _finish_title(governed, gazetteer)  # last December": the clause's other date is its verb's
        title = make_title(part, t, [o for o in inside if clause_start <= o.start and o.end <= part.end], gazetteer)
        if len(title.split()) >= 3:
            return title
    planned = (_partitive_relative_title(sentence, t) or _appositive_contact_title(sentence, t) or _planned_happening(sentence, t)
               or _caused_happening(sentence, t, inside) or _scheduled_noun(sentence, t) or _held_noun(sentence, t)
               or _romance_noun_of_day(sentence, t) or _romance_subject_participle(sentence, t)
               or _since_noun_set_off(sentence, t, inside) or _romance_bare_relative(sentence, t, inside)) \
        if short else None
    named = _DATE_NAMED_AS.match(sentence.text, _phrase_end(t, inside) - sentence.start) if short else None
    hedged = _HEDGED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start) \
        if short and re.match(r"\s*(?:[.;,!?]|$)", sentence.text[_phrase_end(t, inside) - sentence.start:]) else None
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
        if named["noun"] != "date" and named["noun"] != "day":
            opener = re.match(r"(?:The|A|An|His|Her|Its|Their|This|That)\b", planned)
            planned = f"{named['noun'].capitalize()} for {planned[:1].lower() + planned[1:] if opener else planned}"
    listed = _LIMIT_LISTED_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 160), t.start - sentence.start) \
        if short and planned is None else None
    what = re.match(r"\s+for\s+(?P<what>[^,;.]{3,120})", sentence.text[_phrase_end(t, inside) - sentence.start:]) \
        if listed is not None else None
    if what is not None:  # "…and [21 June 2025] for the Counter-Memorial": a limit of the list before it
        planned = f"{listed['noun'].capitalize()} for {what['what']}"
    if planned is not None:
        return _finish_title(planned, gazetteer)
    # (a range is one date: "…had ordered the killing of prisoners between April and June 1999")
    one_date = len(inside) == 1 or t.range_id is not None and all(o.range_id == t.range_id for o in inside)
    reported = _perfect_reported(sentence, t) if one_date and short else None
    if reported is not None:  # told in the simple past on the timeline: "Leaders had agreed" → "Leaders agreed"
        title = re.sub(rf"\bhad\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)", "",
                       make_title(reported, t, [o for o in inside if reported.start <= o.start and o.end <= reported.end],
                                  gazetteer), count=1)
        if len(title.split()) >= 3 and _tells_a_doing(title):
            # ("Baku said its troops had returned fire": the sayer's troops)
            return pronoun_as_subject(title, sentence.text) if re.match(r"(?:Its|Their|His|Her)\s", title) else title
    if one_date and short:
        won = _WON_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 30), t.start - sentence.start) \
            if attributive is not None else None
        if won is not None and _VOTE_NOUN_AFTER.match(sentence.text, _phrase_end(t, inside) - sentence.start):
            attributive = None  # "Erhurman won the October election": the win is the vote's outcome, told by the clause
        if attributive is not None:  # "…will trigger the snapback mechanism of the 2015 nuclear deal"
            return _finish_title(attributive, gazetteer)
        since = _governed_noun_phrase(sentence, t, inside, gazetteer, alone=True) or _foreign_since_noun(sentence, t)
        if since is not None:
            return _finish_title(since, gazetteer)
        reduced = _reduced_relative_title(sentence, t, inside)  # "the truce brokered on March 3 had lapsed"
        if reduced is not None:
            return _finish_title(reduced, gazetteer)
        fronted = _fronted_participle_title(sentence, t, gazetteer)  # "Rescued on Nov. 25 by fishermen, Elian has…"
        if fronted is not None:
            return fronted
        apposed = _subject_participle(sentence, t, inside)  # "Talks in Jeddah, suspended in December, are due to resume"
        if apposed is not None:
            return _finish_title(apposed, gazetteer)
        # "Russia will respond…, after the alliance began its biggest drills in January": the only date
        # dates the subordinate clause with its own subject and verb
        part = _clause_of(sentence, t)
        if part is not None and not _VERB.search(sentence.text, dateline_end(sentence.text), part.start - sentence.start):
            # a fronted clause ends at its comma: "Thirty years after the first war ended in May 1994, Armenia…"
            comma = _CLAUSE_COMMA.search(part.text, t.end - part.start)
            if comma is not None:
                part = Sentence(part.start, part.start + comma.start(), part.text[:comma.start()])
        if part is not None and re.search(r"\b(?:since|after|before|until|when)\s+$", sentence.text[:part.start - sentence.start],
                                          re.I) and _SAYER_THEN_SAYING.match(part.text):
            # "Relations have soured since Abiy said in late 2023 that access to the sea was…": the saying is the date's
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 3:
                return title
        if part is not None and re.search(r"\b(?:since|after|before|until|because|when|while|(?<=\bcame\s)as)\s+$",
                                          sentence.text[:part.start - sentence.start], re.I) \
                and _OWN_SUBJECT.match(part.text) and not _SECOND_FINITE.search(part.text) \
                and re.fullmatch(r"[^,]*(?:,\s+(?:in|on)\s+(?:the\s+)?)?",  # (a date set after it: ", in 1976,")
                                 sentence.text[part.start - sentence.start:t.start - sentence.start]) \
                and not ATTRIBUTED_ON.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start):
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 2 and _tells_a_doing(title):  # "Prices tripled", "He arrived in the capital"
                return pronoun_as_subject(title, sentence.text)
        if part is not None and _PLACE_SAYING.match(part.text):
            title = make_title(part, t, [t], gazetteer)  # "…, where the World Food Programme said on Thursday that…"
            if len(title.split()) >= 3:
                return title
        if part is not None and not _PLACE_SAYING.match(part.text):
            placed = _where_clause_title(sentence, part, t, inside, gazetteer)
            if placed is not None:
                return placed
        zero = _zero_relative_title(sentence, t, inside)
        if zero is not None:
            return zero
        # "…against the draft law, which parliament passed on Tuesday": the only date of the sentence
        # dates its relative clause, not the main one
        part = _clause_of(sentence, t, relative_only=True)
        # (a closing attribution is no report inside it: "…a hotline that was cut on November 12, a spokesman said")
        if part is not None and not _REPORTING.search(_ATTRIBUTION_TAIL.sub("", part.text.rstrip(" .;"))):
            part = _up_to_main_verb(sentence, part, t)
            title = _with_antecedent(make_title(part, t, inside, gazetteer), sentence, part)
            if re.match(r"(?:He|She|They)\s", title):  # "…Kim, whom he last met in June 2019": the sentence's subject met him
                title = shorten_people(pronoun_as_subject(title, sentence.text), gazetteer)
            if len(title.split()) >= 3 and (_tells_a_doing(title) or _PRESENT_AFTER_RELATIVE.search(part.text)):
                return title
        part = _last_joined_clause(sentence, t)  # "…has not released results, and the court certified it on Aug. 22"
        if part is not None:
            # (…and not the undated clause joined on after it: "…, but the provisions come up for review in the spring,
            # and European diplomats want…")
            part = _first_joined_clause(part, t) or part
            title = make_title(part, t, inside, gazetteer)
            # (two words will do when they are a noun and its past: "…, but talks collapsed in December")
            if (len(title.split()) >= 3 or len(title.split()) == 2 and not re.match(r"(?:He|She|It|They|We|I)\b", title)) \
                    and (_tells_a_doing(title) or _PRESENT_VIEW.match(title)):
                return _place_after_verb(title, sentence.text)  # ("…, and at the NATO summit in The Hague in June they…")
        predicate = _conjoined_predicate(sentence, t)
        if predicate is not None:
            part, subject = predicate
            title = make_title(part, t, inside, gazetteer)
            if len(title.split()) >= 2:
                return f"{_finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"
    if len(inside) == 1 and _PRESENT_PERFECT.search(sentence.text, dateline_end(sentence.text), t.start - sentence.start):
        # "Iran has replaced the batteries destroyed in June's 12-day war": a present perfect is of no past day, so the
        # date is the happening it owns
        owned = _owned_by_date(sentence, t, inside)
        if owned is not None:
            return _finish_title(owned, gazetteer)
    if 1 < len(inside) and short:
        fronted = _fronted_participle_title(sentence, t, gazetteer)  # "Signed in 2015, the deal collapsed…"
        if fronted is not None:
            return fronted
        during = _governed_noun_phrase(sentence, t, inside, gazetteer) \
            if _DURING_HAPPENINGS_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 60), t.start - sentence.start) \
            else None
        if during is not None:  # "…accusing them of plotting during protests on Oct. 4": the protests are Oct. 4's
            return _finish_title(during, gazetteer)
        owned_zero = _zero_relative_title(sentence, t, inside) \
            if _OWNED_SUBJECT_PAST_BEFORE.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start) \
            else None
        if owned_zero is not None:  # "…, building on a deal their foreign ministers initialled in June": the ministers'
            return owned_zero
        attributive = attributive or _gapped_participle_title(sentence, t) or _reduced_relative_title(sentence, t, inside) \
            or _owned_by_date(sentence, t, inside) or _closing_participle_title(sentence, t, inside) \
            or _governed_gerund_title(sentence, t, inside) or _appositive_contact_title(sentence, t) \
            or _governed_noun_phrase(sentence, t, inside, gazetteer) or _starting_title(sentence, t) \
            or _subject_modifier_title(sentence, t, inside) or _subject_participle(sentence, t, inside) \
            or _foreign_since_noun(sentence, t)
        others = _other_dates(t, inside)
        if attributive is not None and others:
            return _finish_title(attributive, gazetteer)
        zero = _zero_relative_title(sentence, t, inside)  # "…, reversing a boycott it announced [three weeks ago]"
        if zero is not None:
            return zero
        decided = _decided_infinitive_title(sentence, t, inside, gazetteer)  # "agreed on Monday to meet [in May]"
        if decided is not None:
            return decided
        if _AND_COMMA_DATE.search(sentence.text, max(0, t.start - sentence.start - 30), t.start - sentence.start):
            predicate = _conjoined_predicate(sentence, t)  # "…took office in April and, [in June], said…"
            if predicate is not None:
                part, subject = predicate  # (the date stands before the part: nothing of it to take out)
                others_inside = [o for o in inside if part.start <= o.start and o.end <= part.end]
                title = make_title(part, None, others_inside, gazetteer)
                if len(title.split()) >= 2:
                    return f"{_finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}"
        again = _told_again(sentence, t, inside, gazetteer)
        if again is not None:
            return again
        subordinate = _trailing_subordinate(sentence, t, others)
        narrower = _coordinated_part(sentence, t, inside) if subordinate is not None else None
        if narrower is not None and subordinate.start < narrower.start and narrower.end <= subordinate.end + 1 \
                and _VERB.search(sentence.text, subordinate.start - sentence.start, narrower.start - sentence.start):
            # "…, when troops pulled back and Hamas released the hostages three days later": the joined clause's
            # (a verb before the "and": not "when Israel and the United States struck…", one subject)
            subordinate = Sentence(narrower.start, min(narrower.end, subordinate.end),
                                   narrower.text[:min(narrower.end, subordinate.end) - narrower.start])
        if subordinate is not None:
            title = make_title(subordinate, t, [o for o in inside if subordinate.start <= o.start and o.end <= subordinate.end],
                               gazetteer)
            if len(title.split()) >= 2 and _tells_a_doing(title):
                return pronoun_as_subject(title, sentence.text)
        clause = _clause_of(sentence, t)
        clause_subject, clause_joined = None, ""
        coordinated = _coordinated_part(sentence, t, inside)
        if clause is not None and coordinated is not None and coordinated.start < clause.end \
                and any(clause.start <= o.start and o.end <= clause.end for o in others):
            # "…; his trial opened on Nov. 3 and is set to resume on Dec. 15": the clause after the
            # semicolon dates two predicates, and each date keeps its own
            lo, hi = max(clause.start, coordinated.start), min(clause.end, coordinated.end)
            antecedent = _ANTECEDENT.match(clause.text) if lo > clause.start else None
            if antecedent:  # "the brewing giant, which … and is expected…"; "was detained … and stripped" stays passive
                clause_subject, clause_joined = antecedent["np"], clause.text[antecedent.end():lo - clause.start]
            clause = Sentence(lo, hi, sentence.text[lo - sentence.start:hi - sentence.start])
        reported_second = _reported_second_predicate(sentence, t, inside)
        if reported_second is not None:
            part, subject = reported_second
            title = make_title(part, t, [o for o in inside if part.start <= o.start and o.end <= part.end], gazetteer)
            if len(title.split()) >= 2:
                return _finish_title(pronoun_as_subject(f"{subject} {title[:1].lower()}{title[1:]}", sentence.text), gazetteer)
        parts = [_reported_part(sentence, t, inside), clause, coordinated,
                 _appositive_of(sentence, t, inside)]
        label = ENTRY_LABEL.match(sentence.text, dateline_end(sentence.text))
        if label is not None and clause is not None and coordinated is not None and clause.start <= coordinated.start \
                and all(o.end - sentence.start <= label.end() for o in others):
            # "1991-1994 — A war … kills about 30,000 people and ends with a truce in May 1994": the label's dates are
            # the first predicate's, and the second predicate is the date's own
            parts[1], parts[2] = parts[2], parts[1]
        if parts[0] is not None and clause is not None and parts[0].start < clause.start and clause.end <= parts[0].end + 1 \
                and _RELATIVE_WITH_VERB.match(clause.text):
            # "…said that they had taken El Fasher, after a siege that began in May last year": the relative
            # clause inside what was said is the date's
            parts[0], parts[1] = parts[1], parts[0]
        lead = dateline_end(sentence.text)
        if clause is not None and lead > 0 and clause.start - sentence.start <= lead + 2:
            parts.append(parts.pop(1))  # after a wire dateline's dash, the "clause" is the whole sentence: last
        last = _last_predicate_title(sentence, t, inside, gazetteer)
        if last is not None:
            return last
        gapped = _gapped_verb_title(sentence, coordinated, t) if coordinated is not None else None
        if gapped is None and coordinated is not None:
            gapped = _gapped_phrase_title(sentence, coordinated, t, inside, gazetteer)
        if gapped is not None:  # "agreed in February on a plan, and the following month in Ohrid on an annex"
            return _finish_title(gapped, gazetteer)
        for part in parts:
            if part is None:
                continue
            others = [o for o in inside if part.start <= o.start and o.end <= part.end]
            title = _with_antecedent(make_title(part, t, others, gazetteer), sentence, part)
            # (a wire dateline is no part of the first clause: "MOSCOW, Nov. 26 (AP) - Russia recognised…")
            first_clause = sentence.text[dateline_end(sentence.text):part.start - sentence.start]
            entry_label = ENTRY_LABEL.match(first_clause)  # (…nor a chronology entry's label: "1991-1994 — ")
            first_clause = first_clause[entry_label.end():] if entry_label is not None else first_clause
            # (an aside about the subject is no clause of its own: "The reporter, who was arrested…, landed…")
            # (…nor a closing time phrase: "Moldova applied in March 2022, days after the invasion began, and was…")
            # (…nor a participle's aside about it: "The sanctions, first imposed in June 2020, were suspended…")
            joined = _TRAILING_TIME_ASIDE.sub("", _APPOSITIVE.sub("", _ENCLOSED_RELATIVE.sub(
                " ", _PARTICIPLE_ASIDE.sub("", re.sub(r",?\s*(?:and|but)?\s*(?:then\s*)?$", "", first_clause), count=1))))
            # (…nor a bracketed year, nor a relative clause about the object that closes it: "brokered the Bamako
            # accord (2017), which ended a six-year insurgency, and chaired…")
            joined = re.sub(r"\s*\(\d{4}(?:\s*[–—-]\s*\d{2,4})?\)", "", joined)
            if re.search(r",\s*(?:and|but)\s*$", first_clause):  # (closed by its comma: without one, "which … and were
                joined = _CLOSING_OBJECT_RELATIVE.sub("", joined)  # then postponed" goes on with the relative's verbs)
            adverb = _SEQUENCE_ADVERB.match(part.text)  # "…and then paused for 90 days a week later"
            predicate = part.text[adverb.end():] if adverb else part.text
            # (a manner's adverb before the verb: "…, and formally signed in Paris on Dec. 14")
            manner = re.match(r"[a-z]{2,}ly\s+", predicate) if part is coordinated and _ADVERB_LY.match(predicate) else None
            verb_of_predicate = predicate[manner.end():] if manner else predicate
            verb_first = part.start > sentence.start and (_VERB.match(verb_of_predicate) or _FIRST_VERB.match(verb_of_predicate)
                                                          or _PASSIVE_FIRST.match(predicate) or _MODAL_FIRST.match(predicate)
                                                          # ("…and plans to visit Cairo on Thursday")
                                                          or _INTENT_AND_INFINITIVE.match(predicate)
                                                          # ("…and served as ambassador": a past in -ed after "and")
                                                          or (part is coordinated and re.match(r"[a-z]{3,}ed\s", predicate)
                                                              and re.search(r"\band\s+$", first_clause))
                                                          # ("said she would arrive on Thursday and hold talks on Friday")
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and _REPORTED_MODAL.search(first_clause) is not None
                                                              and _BARE_VERB_FIRST.match(predicate) is not None
                                                              and predicate.split(None, 1)[0] not in DETERMINERS)
                                                          # ("Applications open on 1 December and close on 15 January")
                                                          or (part is coordinated and re.search(r"\band\s+$", first_clause)
                                                              and predicate.split(None, 1)[:1] != []
                                                              and predicate.split(None, 1)[0] in SCHEDULED_PRESENT))
            # (a fronted phrase is no part of the subject's clause: "Born in 1948 in Gothenburg, he joined…")
            opener = _FRONTED_OPENER.match(sentence.text, dateline_end(sentence.text))
            if opener is not None and opener.end() <= part.start - sentence.start:
                joined = _FRONTED_OPENER.sub("", joined, count=1)
            after_opener = sentence.text[opener.end() if opener else dateline_end(sentence.text):]
            entry_label = ENTRY_LABEL.match(after_opener)  # (a chronology entry's label: "1991-1994 — A war … kills")
            after_opener = after_opener[entry_label.end():] if entry_label is not None else after_opener
            # (an appositive about the subject goes first: "The troops, part of a larger force, arrived…")
            subject = _subject_of(_APPOSITIVE.sub("", _ENCLOSED_RELATIVE.sub(" ", _PARTICIPLE_ASIDE.sub(
                "", after_opener[:1].upper() + after_opener[1:], count=1), count=1), count=1)) \
                if verb_first and not re.search(r",(?!\s*\d)|[;()—]|--|\b(?:said|says|told|that(?!\s+(?:same\s+)?"
                                                rf"{_TIME_UNIT_WORD})|who|which)\b",  # (not "later that month")
                                                # (a list of names is no clause's comma: "Mali, Burkina Faso and Niger")
                                                _LIST_OF_NAMES.sub("N", _closed_report(joined, first_clause))) \
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
                subject = _subject_of(joined[:1].upper() + joined[1:])
            if verb_first and subject is None and part is clause and clause_subject:
                subject, joined = clause_subject, clause_joined
                of_plural = _HEAD_OF_PLURAL.fullmatch(subject.strip())
                if of_plural is not None and re.match(r"(?:(?:then|later|also)\s+)?(?:were|are|have)\b", predicate):
                    subject = of_plural["plural"]  # "the delay of elections, which … and were then postponed": elections
            inner = list(_COMMA_RELATIVE.finditer(first_clause)) if verb_first and subject is None else []
            if inner and not re.search(r"[,;]|\b(?:said|says|told|that)\b", first_clause[inner[-1].end():]):
                # "She led nightly protests, which began on Oct. 27 and drew tens of thousands on Nov. 7": the second
                # predicate of a relative clause about the object is its antecedent's
                antecedent = _relative_antecedent(first_clause, inner[-1].start())
                if antecedent:
                    subject, joined = antecedent[:1].upper() + antecedent[1:], first_clause[inner[-1].end():]
            if verb_first and subject is None and part is not clause:
                # "The first phase began on Oct. 10, two days after the truce took effect, and saw…": the
                # subject of a predicate joined after the main clause's own aside
                conjoined = _conjoined_predicate(sentence, t)
                if conjoined is not None and conjoined[0].start == part.start:
                    subject, joined = conjoined[1], first_clause
            reported_subject = _REPORTED_SUBJECT.search(first_clause) if verb_first and subject is None else None
            if reported_subject is not None and reported_subject["verb"].startswith("had") \
                    and not re.match(r"(?:had|would|could)\b", predicate):
                # "Opposition groups said the vote had been marred by fraud and called for protests": a past beside
                # the report's past perfect goes on with the saying, and is the sayer's
                reported_subject = None
                subject = _subject_of(sentence.text[dateline_end(sentence.text):])
                joined = first_clause
            if reported_subject is not None and "," not in first_clause[reported_subject.end():]:
                # "…said the incursions began on Tuesday and ended on Wednesday": what was said goes on
                subject, joined = reported_subject["subject"], first_clause[reported_subject.start("verb"):]
            reported_modal = _REPORTED_MODAL.search(first_clause) \
                if verb_first and subject is None and _BARE_VERB_FIRST.match(predicate) else None
            if reported_modal is not None and not re.search(r"[,;]", first_clause[reported_modal.end():]):
                # "Diplomats said Rubio would travel to Geneva on Sunday and meet the Ukrainians on Monday": the
                # second verb goes on with what was said, told as the first is ("Diplomats said Rubio would meet…")
                subject, joined = first_clause[:reported_modal.end()].strip(), first_clause
            relative = _RELATIVE_OPENING.match(first_clause) if verb_first and subject is None else None
            if relative is not None and "," not in first_clause[relative.end():]:
                subject, joined = relative["np"], first_clause[relative.start("verb"):]
                title = title.split(", ", 1)[0]
            if subject and title and predicate.split() \
                    and not _SEQUENCE_ADVERB.sub("", title, count=1).lower().startswith(predicate.split()[0].lower()):
                subject = None  # "…and peaked in 1988, when an offensive displaced…": the title is the "when" clause's
            if subject and title:
                # "Russia recognised the regions on 21 February and invaded three days later": "Russia invaded";
                # a passive goes on in the passive: "The duties were announced…, and then paused" → "were paused"
                passive = re.search(r"\b(was|were)\s+(?:[a-z]+ly\s+|first\s+|initially\s+)?[a-z]{3,}ed\b", joined)
                title = _SEQUENCE_ADVERB.sub("", title[:1].lower() + title[1:], count=1)
                chain = _GOVERNING_CHAIN.search(joined)
                if passive and re.match(r"(?:[a-z]{2,}ly\s+)?(?:[a-z]{3,}ed|(?:re)?(?:built|taken|given|broken|frozen|chosen|written|sworn|"
                                        r"drawn|shown|thrown|struck|shot|sold|sent|held|paid|won|lost))\b", title) \
                        and not _INTRANSITIVE.match(title):  # ("…damaged in 1992 and rebuilt in 2001": was rebuilt)
                    title = f"{passive[1]} {title}"
                elif chain is not None and _BARE_VERB_FIRST.match(title) and not re.match(r"(?:plan|intend|want|hope|aim|expect|promise|pledge|agree|vow|decide)s?\s+to\s", title) \
                        and chain["chain"] not in subject:
                    # "The envoy is expected to arrive on Monday and travel to Doha on Wednesday": "is expected to travel"
                    title = f"{chain['chain']} {title}"
                # ("The European Union on Wednesday added…, and said…": the first clause's day is no part of who)
                subject = re.sub(rf"\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:{WEEKDAY}|yesterday|today)"
                                 r"(?:\s+(?:morning|afternoon|evening|night))?$", "", subject)
                title = f"{_finish_title(subject, gazetteer)} {title}"
            title = _place_for_it(title, first_clause)
            ordinal = re.match(rf"(?P<which>A\s+(?:second|third|fourth|fifth)|Another)\s+(?=(?:[a-z]{{3,}}ed|{_TRANSITIVE_PASTS})\b)",
                               title)
            counted = re.search(r"\b[Tt]he\s+first\s+(?P<noun>[a-z]{3,})\b", first_clause) if ordinal else None
            if ordinal and counted:  # "The first convoy crossed on Tuesday; a second followed on Thursday"
                title = f"{ordinal['which']} {counted['noun']} {title[ordinal.end():]}"
            another = re.match(r"Another\s+(?P<part>[a-z]{3,}ed)\b", title)
            listed = _INCLUDING_ONE.match(first_clause) if another else None
            if another and listed:  # "Previous truces, including one brokered in May and another announced in June"
                title = _one_of_them(f"{listed['noun']}, including one {title[len('Another '):]}")
                title = "Another" + title[title.index(" "):]
            # "…will meet on Tuesday, followed by a meeting of the border committee on Aug. 4": a noun
            # phrase that follows another happening is one of its own
            followed = re.search(r"followed\s+by\s+$", first_clause)
            # ("Applications close"; "Polls close [at 9 p.m.] and results are expected overnight": the first clause's too)
            scheduled = (verb_first and predicate.split(None, 1)[:1] != [] and predicate.split(None, 1)[0] in SCHEDULED_PRESENT
                         or part is coordinated and part.start == sentence.start) \
                and _SUBJECT_BEFORE_PRESENT.match(title) is not None
            if len(title.split()) >= 2 and (_tells_a_doing(title) or followed or scheduled):
                # "…, and in May 2025 it elected a governor": the pronoun is the first clause's subject
                # (…and a clause's "it" its sentence's subject: "two crossings that it closed in October"; a report's
                # "they" its speakers: "Judges said on Thursday they would deliver…")
                if part is parts[0] and re.match(r"(?:They|He|She|It|We)\s+(?:would|will|had)\s", title):
                    return pronoun_as_subject(title, sentence.text)
                if part is coordinated:  # ("…, and the following month in Ohrid they agreed on an annex")
                    title = _place_after_verb(title, sentence.text)
                if part is clause and re.match(r"(?:he|she)\s", part.text) and _CONCESSION_OR_TIME_BEFORE.search(
                        sentence.text, max(0, part.start - sentence.start - 12), part.start - sentence.start):
                    # "…, though he said on Saturday that the deadline could be extended": a person's pronoun opening a
                    # clause of concession or time is the main clause's subject (named as titles name people)
                    return shorten_people(pronoun_as_subject(title, sentence.text), gazetteer)
                return _parallel_subject(title, sentence.text) if part is coordinated \
                    else pronoun_as_subject(title, sentence.text) if part is clause and (
                        _THAT_PRONOUN.search(part.text) or title.endswith(" it")) \
                    else title
    after_bound = _predicate_after_bound(sentence, t, gazetteer) if short else None
    if after_bound is not None:
        return after_bound
    first = _first_joined_clause(sentence, t) if short else None
    if first is not None:  # "The framework expires in mid-December, and both sides want…" (whether it dates one or more)
        # (…and an undated clause joined on before it goes too: "There is no formal deadline, but the provisions come up
        # for review in the spring, and…")
        joined_on = _last_joined_clause(first, t)
        if joined_on is not None and not any(o.start < joined_on.start for o in inside):
            first = joined_on
        title = make_title(first, t, [o for o in inside if o.end <= first.end], gazetteer)
        if len(title.split()) >= 2 and _tells_a_doing(title):
            return title
    return make_title(sentence, t, inside, gazetteer)


#: What governs a first predicate's bare verb, and so a second one's after "and": "is expected to", "will", "plans to".
_GOVERNING_CHAIN = re.compile(r"\b(?P<chain>(?:is|are|was|were)\s+(?:due|expected|set|scheduled|slated|going|about|likely|supposed|"
                              r"meant)\s+to|will|would|could|should|must|may|might|can|(?:plans?|planned|intends?|intended|"
                              r"wants?|wanted|hopes?|hoped|aims?|aimed|promised|pledged|agreed|vowed|decided)\s+to)\s+"
                              r"(?:[a-z]+ly\s+)?[a-z]{2,}\b")
#: A bare verb opening a predicate: "travel to Doha", "start implementing it" (no past, no third person, no auxiliary).
_BARE_VERB_FIRST = re.compile(rf"(?!(?:[a-z]+ed|[a-z]+[^s]s|was|were|is|are|had|has|have|will|would|{words_pattern(IRREGULAR_PASTS)})\b)"
                              r"[a-z]{2,}(?:[\s,]|$)")  # (alone too: "Campaigning will open on … and [close] on …")


#: A relative clause whose subject is a pronoun: "[two crossings] that it closed", "[Addis Ababa,] where she will meet".
_CONCESSION_OR_TIME_BEFORE = re.compile(r"\b(?:though|although|while|when|after|before|as|until|once)\s+$")
_THAT_PRONOUN = re.compile(r"\b(?:that|where)\s+(?:it|he|she|they)\s+(?:had\s+|will\s+)?[a-z]{3,}")


#: A relative clause about an object that closes a first clause: ", which ended a six-year insurgency".
_CLOSING_OBJECT_RELATIVE = re.compile(r",\s+(?:which|who)\s+[^,;()]{3,80}$")
#: A phrase of time, place or circumstance fronted before the subject: "Born in 1948 in Gothenburg, ", "In 1999, ".
_FRONTED_OPENER = re.compile(r"\s*(?:In|On|At|During|After|Before|Since|By|From|Following|Born|Raised|Educated|Trained|"
                             r"Elected|Appointed|Later|Earlier|Then)\b[^,;:]{0,60},\s+(?=(?:he|she|they|it|we|[A-Z]|"
                             r"(?:the|a|an|its|their|his|her|both)\s))")


def _last_predicate_title(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…have accused him of yielding and held protests in May and June": when every date of the sentence is
    in its last predicate, that predicate is each date's, told with the sentence's subject."""
    predicate = _conjoined_predicate(sentence, t)
    if predicate is None or any(o.start < predicate[0].start for o in inside):
        return None
    part, subject = predicate
    title = make_title(part, t, [o for o in inside if o.end <= part.end], gazetteer)
    return f"{_finish_title(subject, gazetteer)} {title[:1].lower()}{title[1:]}" if len(title.split()) >= 2 else None


#: The occasions of a count of times listed one by one: ", first on Tuesday and again on Thursday".
_OCCASIONS_LISTED = re.compile(r",\s+first\s+(?:on|in|at)\s+[^,;]{2,40}?,?\s+(?:and\s+)?(?:again|then|later)\s+(?:on|in|at)\s")
#: A count of times in a title: " twice", " three times".
_COUNT_OF_TIMES = re.compile(r"\s+(?:twice|three\s+times|four\s+times|two\s+times)\b")


class SentenceTitles:
    """Titles for the dates of one sentence. A title shows about a hundred characters, so a long
    sentence (a pasted list of thousands of dates) is titled from its opening, once for all the
    dates beyond it, instead of a pass over the whole sentence per date."""

    def __init__(self, sentence: Sentence, inside: list[Timex], gazetteer: Gazetteer,
                 restated: list[Timex] | None = None) -> None:
        self.gazetteer = gazetteer
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
        if t.end <= self.sentence.end:
            title = _title_for(self.sentence, t, self.inside, self.gazetteer)
            for other in self.restated:
                at = title.find(other.text)
                if at >= 0:
                    title = _finish_title(_remove_date_phrase(title, at, at + len(other.text)), self.gazetteer)
            if _OCCASIONS_LISTED.search(self.sentence.text):
                # "postponed the vote twice last week, first on Tuesday and again on Thursday": each day is one of them
                title = _COUNT_OF_TIMES.sub("", title, count=1)
            return title
        if self._opening is None:
            self._opening = make_title(self.sentence, None, self.inside, self.gazetteer)
        return self._opening
