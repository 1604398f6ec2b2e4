"""A date's own words in a title: the phrase and its preposition removed, and the noun a date belongs
to ("the summit planned for March", "the 2022 framework deal") found so its clause can become the title.
"""

from __future__ import annotations

import re

from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.coreference import possessive, singular_of
from timeline_app.extraction.dateline import clock_stamp_end, dateline_end
from timeline_app.extraction.lexicon import ROMANCE_ARTICLE_OF
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import (
    FORMER_PLAN,
    WEEKDAY,
)
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.grammar import (
    A_IS_A_PREPOSITION,
    ATTRIBUTIVE_PARTICIPLE,
    AUXILIARY,
    CAPITALISED_WORDS,
    CLAUSE_CLOSE,
    CLOSING_PARTICIPLE,
    COUNT_WORD,
    FIRST_VERB,
    FOLLOWED_BY,
    FOLLOWING_PARTICIPLE,
    FRONTED_PREPOSITION,
    HAPPENINGS_PLURAL,
    INCLUDING_ONE,
    NAME_OF_WORDS,
    NARRATIVE_PRESENT,
    NATIONALITY,
    NO_PASSIVE_PASTS,
    NOT_A_NOUN_END,
    NOUN_AND_RELATIVE,
    OBJECT_RELATIVE_AFTER,
    OPENING_PHRASE,
    PARTICIPLE_START,
    PAST_VERB,
    PHRASE_CLOSES,
    ROMANCE_IRREGULAR_PARTICIPLE,
    ROMANCE_PARTICIPLE_END,
    ROMANCE_SUBJECT_PRONOUN,
    SUBJECT_RELATIVE_AFTER,
    VERB,
    ZERO_RELATIVE_AHEAD,
    clause_end_after,
    date_phrase_end,
    language_of,
    other_dates,
    owner_before,
    subject_of,
)
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    IRREGULAR_PASTS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    past_of_base,
    saying_pasts,
    words_pattern,
)

#: A closing attribution in another language than English, after its comma: ", informaron las cancillerías", ", sagte".
SAYING_PAST_AFTER_COMMA = re.compile(rf"\s*,\s+(?:{saying_pasts(attributing=True)})\b")
#: An opening phrase that says whose account, or how it links on, before its comma: "According to the ministry",
#: "Meanwhile", "Secondo il Viminale".
_OPENING_ATTRIBUTION = re.compile(r"\s*(?:According\s+to|Meanwhile|Separately|However|Moreover|In\s+addition|Secondo|Selon|"
                                  r"D['’]après|Según|Segundo|Laut|Nach\s+Angaben)\b[^,]*")
_PREPOSITIONS = (r"(?:(?:on|in|at|by)\s+or\s+(?:about|around|before|after)|(?:for\s+)?no\s+(?:earlier|later|sooner)\s+than|not\s+(?:before|until)|"
                 r"on|in|at|since|during|by|with\s+(?:immediate\s+)?effect\s+(?:from|on)|"
                 r"from|between|to|until|till|of|for|before|"
                 r"after|than|as\s+of|around|about|over|into|within"
                 r"|through|throughout|past|as\s+(?:soon|early|late)\s+as|compared\s+(?:with|to)"  # ("ran past 10pm")
                 # the same before a date in the other languages we read: "le 30 novembre", "am 30. November"
                 r"|en|le|la|les|l'|au|aux|à|depuis|dès|du|de|am|im|seit|ab|bis(?:\s+zum|\s+zur)?|vom|von|zum|zur|el|desde|hasta|del"
                 # (German's "before" and "after", with a day or a season's end: "noch vor Jahresende", "nach Ostern")
                 r"|(?-i:nicht\s+vor|vor|nach)"
                 r"|avant|après|vers"  # ("avant fin janvier", "vers la mi-mars")
                 r"|(?:еще|ещё|уже)\s+в|в|во|с|со|до|на|к|у|із|з|зі|від"
                 r"|في|منذ|حتى"
                 # (…and Portuguese's and Italian's: "na terça-feira", "em outubro", "nel 2019", "entro marzo"; not "no", an
                 # English word too)
                 r"|na|nos|nas|em|até\s+(?:ao|à|aos|às)|até|nesta|neste|nessa|nesse|nel|nella|dal|dalla|entro|ad"
                 # ("el próximo 2 de diciembre": the Spanish "next" goes with its date)
                 r"|el\s+pr[óo]ximo|el\s+pasado|este\s+pr[óo]ximo"
                 # ("a partir del 12 de enero", "à partir du 3 mars", "a partire dal"): from then on
                 r"|a\s+partir\s+(?:del|de\s+la|de)|à\s+partir\s+(?:du|de\s+la|de)|a\s+partire\s+dal"
                 # ("d'ici la fin du premier trimestre 2027", "à la fin de", "a finales de", "Ende"): the part of the period
                 r"|(?:d['’]ici|avant|jusqu['’]à|[àa]|dès|au)\s+(?:la\s+fin|le\s+début|la\s+mi-?)\s+(?:du|de\s+la|de\s+l['’]|de)"
                 r"|(?:au|en|dès\s+le|d[èe]s)\s+(?:début|milieu|fin)\s+(?:du|de\s+la|de\s+l['’]|de|d['’])"  # "au début de l'année"
                 r"|entre|zwischen|между|tussen|між"  # "entre 2019 y 2022"
                 # ("im Jahr 1992", "en el año 1992", "in het jaar 1992", "nell'anno 1992", "no ano de 1992": a year's noun)
                 r"|im\s+Jahre?|in\s+dem\s+Jahre?|en\s+el\s+año(?:\s+de)?|in\s+het\s+jaar|nell['’]anno|no\s+ano(?:\s+de)?|en\s+l['’]an"
                 # (Dutch's, its article "de": "In de zomer van 2024", "tijdens de winter")
                 r"|(?:in|op|tijdens|na|voor|sinds|rond|vanaf|tot)\s+de"
                 # ("в период с ноября 2011 по март 2019 года", "за период с"): the period a range is said as
                 r"|(?:в|за|у)\s+період\s+(?:з|із|від)|(?:в|за)\s+период\s+(?:с|со)"
                 # (a deadline's "at the latest": "au plus tard le 28 juin", "a más tardar el", "spätestens am")
                 r"|au\s+plus\s+tard(?:\s+(?:le|la|en))?|a\s+más\s+tardar(?:\s+(?:el|en))?|spätestens(?:\s+(?:am|im|bis))?"
                 # (Italian and Portuguese: "firmata a Ginevra il 23 ottobre", "istituita nel settembre 2011", "assinado
                 # no dia 3 de novembro", "vão assinar na sexta-feira")
                 r"|il|nel|nell['’]|nello|dal|dall['’]|al|all['’]|entro|fino\s+al?|em|no(?:\s+dia)?|na|nos|nas|ao|até|do|da"
                 r"|für|pour|para(?:\s+(?:el|la|a|o|as|os))?|per"  # "Proteste für Samstag", "prevista para a próxima semana"
                 r"|d['’]ici|(?:a|hasta|antes\s+de)\s+(?:finales|principios|mediados)\s+de"
                 # (Italian's and French's "before": "prima della fine del 2027", "prima del 2027", "avant la fin de")
                 r"|prima\s+(?:della|del|dello|dell['’]|di)|avant(?:\s+(?:la|le|l['’]))?"
                 r"|(?:bis|zum|vor)\s+(?:Ende|Anfang|Mitte)(?:\s+des)?"
                 # (…and Russian's and Ukrainian's part of a period: "до конца следующего года", "к концу", "в начале")
                 r"|(?:до|к|в|с)\s+(?:конца|концу|конце|начала|начале|середины|середине)|(?:до|з)\s+(?:кінця|початку|середини)"
                 r"|на\s+початку|(?:в|у)\s+кінці|наприкінці"
                 # (…and Dutch's: "debatteert op 10 december", "sinds maart", "vanaf januari")
                 r"|op|sinds|vanaf|tot|voor|rond)")


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


#: ", setting up a runoff…", ", paving the way for a vote…", ", triggering a hearing…": a closing participle
#: that brings about a happening of the kind a date is set for.
_PLANNED_BY_PARTICIPLE = re.compile(
    # (…or a bare plural after "the way for": "clearing the way for direct elections planned for 2027")
    r"\s+(?:up\s+|the\s+(?:way|stage)\s+for\s+|for\s+)?(?P<np>(?:(?:a|an|the)\s+|(?<=for\s)(?=[\w-]+\s+elections|elections))"
    r"(?:(?!(?:at|in|on|of|by)\s)[\w-]+\s+){0,3}?"
    r"(?:run-?off|vote|votes|election|elections|referendum|summit|meeting|talks|hearing|trial|showdown|ballot|debate|"
    r"session|visit|retrial|rematch)\b[^,;]*?)\s*$")


_BRINGING_ABOUT = {"setting", "paving", "clearing", "triggering", "forcing", "prompting", "sparking", "scheduling",
                   "calling", "opening"}


def planned_happening(sentence: Sentence, t: Timex) -> str | None:
    """", setting up a runoff between the two on Nov. 22": the date is the runoff's, and the runoff its title."""
    s = sentence.text
    start = t.start - sentence.start
    m = CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    planned = _PLANNED_BY_PARTICIPLE.match(m["mid"]) if m is not None and m["verb"] in _BRINGING_ABOUT else None
    if planned is None:
        return None
    # (its plan's participle and preposition left before the date: "direct elections planned [for]")
    np = re.sub(r"\s+(?:planned|scheduled|slated|set|due|expected)\s+(?:for|on|in|at|by)$", " planned", planned["np"])
    if re.fullmatch(r"(?:[\w-]+\s+)?elections(?:\s+(?:in|on|by|for))?", np):
        return re.sub(r"\s+(?:in|on|by|for)$", "", np) + " to be held"  # ("paving the way for elections in 2027")
    return np


#: ", prompting the council to hold a session on Nov. 3": a closing participle that makes someone do
#: what the date dates.
_CAUSING = {"prompting", "forcing", "leading", "pushing", "causing", "allowing", "enabling", "persuading",
            "compelling", "spurring", "driving", "obliging", "pressing"}
_OPENING_THE_WAY = {"clearing", "paving", "opening"}
_MADE_TO_DO = re.compile(r"\s+(?P<who>(?!(?:to|it|him|her|them|us|me|back|forward|up|out|ahead|off|down|aside)\b)[^,;]{2,60}?)\s+to\s+(?P<base>[a-z]{2,})\b(?P<rest>.*)$")


#: A short noun phrase from its last determiner: "an appeal hearing", "Hungary's energy exemptions".
_DETERMINED_NP = (r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[A-Z][\w'’.-]*['’]s)\s+"
                  # (a preposition of time opens a phrase of its own: "a new constitution [after parliamentary elections]")
                  r"(?:(?!(?:a|an|the|its|their|his|her|after|before|since|until|during|following|amid|ahead|despite)\s)[\w'’-]+\s+){0,4}?"
                  r"[\w'’-]+")
#: A subject pronoun inside such a phrase makes it an object relative ("a condition it also set…").
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|he|she|they|we|I|you)\b")
#: "…pending an appeal hearing scheduled for Jan. 12": a noun and the plan that dates it, right before the date.
_SCHEDULED_NOUN = re.compile(rf"(?P<np>{_DETERMINED_NP}"
                             # (or a bare plural of things held: "…was financing protests planned for Dec. 6")
                             # (not an infinitive's verb: "…failed to [hold] elections due in…")
                             r"|(?<=\s)(?<!\bto\s)(?:(?![a-z]+ing\b|the\b|a\b|an\b|for\b|of\b|before\b|after\b|with\b|against\b|about\b|over\b|from\b|and\b|or\b)[a-z-]{3,}\s+)?(?:protests|rallies|demonstrations|strikes|"
                             r"marches|elections|talks|negotiations|hearings|exercises|drills|celebrations|commemorations))\s+"
                             r"(?:(?:now|currently|tentatively|provisionally|originally|initially|first)\s+)?"
                             # (…or a promise's: "a return to civilian rule first promised for February 2022")
                             r"(?:(?:scheduled|slated|planned|due|expected)\s+(?:for|on|in|at)|(?:set|promised|pledged)\s+for)"
                             r"\s+(?:the\s+)?$")


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


def held_noun(sentence: Sentence, t: Timex) -> str | None:
    """"…an agreement that provides for the holding of local elections in October 2028": the elections are that date's."""
    m = _HELD_NOUN.search(sentence.text, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    return m["np"][:1].upper() + m["np"][1:] if m is not None else None


#: A happening a count runs from, its date set off after it: "…since the start of the Russian invasion, [on February 24,
#: 2022]", "dall'inizio dell'invasione russa, [il 24 febbraio 2022]", "desde el inicio de la invasión rusa, [el 24 de…]".
_SINCE_NOUN_SET_OFF = re.compile(
    r"(?<!\w)(?P<prep>since|after|following|dall['’]|dal|dalla|dai|dalle|dagli|desde\s+(?:el|la|los|las|o|a|os|as)|"
    r"depuis\s+(?:le|la|les|l['’])|seit)\s*(?P<np>[^\W\d_][^,;:()]{2,80}?),\s+(?:(?:on|in|il|el|le|em|am|no|na)\s+)?$",
    re.IGNORECASE)


def since_noun_set_off(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"It is his tenth visit since the start of the Russian invasion, on February 24, 2022.": the start of the invasion
    is that date's, not the visit."""
    if not re.match(r"\s*(?:[.;!?]|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        return None
    m = _SINCE_NOUN_SET_OFF.search(sentence.text, max(0, t.start - sentence.start - 110), t.start - sentence.start)
    if m is None or VERB.search(m["np"]):
        return None
    prep = re.sub(r"\s+", " ", m["prep"].lower())
    article = ROMANCE_ARTICLE_OF.get(prep) or (prep.split(" ", 1)[1] if " " in prep else "")
    np = m["np"]
    if prep in ("since", "after", "following", "seit") and not re.match(r"(?:the|a|an|its|their|his|her)\s", np, re.IGNORECASE) \
            and not np[:1].isupper():
        return None  # ("since talks began": a clause, told elsewhere)
    phrase = article + np if not article or article.endswith(("'", "’")) else f"{article} {np}"
    return phrase[:1].upper() + phrase[1:]


#: A thing an "including" aside names, right before the date it owns: "Previous attempts at a ceasefire, including [the
#: Jeddah declaration] of May 2023, collapsed", "several raids, such as [the one] on Oct. 3".
_INCLUDED_NOUN = re.compile(r",?\s+(?:including|such\s+as|among\s+them"
                            # (…or a span that held it: "a period that included [a disputed presidential election] in")
                            r"|(?:that|which)\s+(?:included|includes|saw|witnessed))\s+(?P<np>(?:the|a|an|its|their|[A-Z][\w'’-]*['’]s)\s+"
                            r"(?!one\b)[^,;:()\d]{2,60}?)\s+(?:of|in|on)\s+(?:the\s+)?$")


def included_noun(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The title of a date that closes what an "including" aside names: the named thing, not the list it is one of."""
    m = _INCLUDED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    # (a participle right after the determiner is an adjective: "a disputed presidential election")
    if m is None or not re.match(r"\s*(?:[,;.)]|$)", sentence.text[date_phrase_end(t, inside) - sentence.start:]) \
            or VERB.search(re.sub(r"^(?:the|a|an|its|their)\s+[a-z]+ed\s+", "the ", m["np"])):
        return None
    return f"{m['np'][:1].upper()}{m['np'][1:]}"


#: A noun whose plan moved, right before its new date: "the postponement of [elections], originally scheduled for December
#: 2024 and now planned for [December 2026]".
_REPLANNED_NOUN = re.compile(r"(?P<np>\b(?:(?:the|a|an|its|their)\s+)?(?:(?!(?:of|for|on|in|over|about)\s)[\w'’-]+\s+){0,2}?"
                             rf"[\w'’-]+),\s+{FORMER_PLAN}\s+(?:for|on|in)\s+[^,;]{{1,30}}?"
                             r"\s+and\s+(?P<plan>(?:now\s+)?(?:scheduled|planned|set|slated|due|expected))\s+(?:for|on|in)\s+(?:the\s+)?$")


def scheduled_noun(sentence: Sentence, t: Timex) -> str | None:
    """The title of a date a reduced relative of plan gives a noun: "an appeal hearing scheduled for Jan. 12"."""
    replanned = _REPLANNED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 140), t.start - sentence.start)
    if replanned is not None and not VERB.search(replanned["np"]) \
            and not re.match(rf",?\s+(?:{AUXILIARY}|would)\b", sentence.text[t.end - sentence.start:]):
        # (but "The summit, originally set for October and now for Jan. 15, will take place in Luanda" tells the summit)
        np = replanned["np"]
        return f"{np[:1].upper()}{np[1:]} {replanned['plan']}"  # "Elections now planned"
    aside = _DUE_ASIDE.search(sentence.text, max(0, t.start - sentence.start - 90), t.start - sentence.start)
    if aside is not None and re.match(r"\s*,", sentence.text[t.end - sentence.start:]) \
            and not _SUBJECT_PRONOUN.search(aside["np"]):
        return f"{aside['np']} {aside['due']}"  # "Its energy exemptions due to expire"
    m = _SCHEDULED_NOUN.search(sentence.text, max(0, t.start - sentence.start - 80), t.start - sentence.start)
    while m is not None and VERB.search(m["np"].split(None, 1)[-1]):
        # (a noun phrase that ran over a verb is a clause's: "The army cancelled [joint drills] scheduled for…")
        m = _SCHEDULED_NOUN.search(sentence.text, m.start() + 1, t.start - sentence.start)
    if m is None or _SUBJECT_PRONOUN.search(m["np"]):
        return None  # ("a condition it also set…": an object relative, not a plan)
    if re.search(r"\s(?:falls|fall|fell|comes|come|came|becomes|become|became)$", m["np"]) and re.match(r"\s+due\b", m.group()[len(m["np"]):]):
        return None  # ("The next renewal falls due at the end of January": the verb's "due", no plan of a noun)
    if re.match(rf"{_PLACE_OF_THE_PLAN},?\s+(?:(?:never|not|still|finally|then|also)\s+)?(?:{AUXILIARY}|would|{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}ed)\b",
                sentence.text[t.end - sentence.start:]):
        # "A meeting planned for Thursday was called off": what became of the plan is the title (a full date's comma
        # may stand between: "Elections scheduled for Dec. 24, 2021, were postponed"; or an adverb: "…never took place";
        # or the place planned: "A meeting planned for Monday in Brussels was called off")
        return None
    if m["np"][:1].islower() and not re.match(r"(?:a|an|the|its|their|his|her)\s", m["np"]):
        # a bare plural is told with its plan, as a headline tells it: "Protests planned"
        return f"{m['np']} {re.search(r'scheduled|slated|planned|due|expected|set', m.group()[len(m['np']):]).group()}"
    return m["np"]


def caused_happening(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…seized the city, prompting the Security Council to hold an emergency session on Nov. 3": the
    date is the session's, told with its doer and the verb in the past ("Security Council held…")."""
    s = sentence.text
    start = t.start - sentence.start
    m = CLOSING_PARTICIPLE.search(s, max(0, start - 100), start)
    made = _MADE_TO_DO.match(m["mid"]) if m is not None and m["verb"] in _CAUSING | _OPENING_THE_WAY else None
    if made is None or made["base"] in ("be", "have"):
        return None
    if re.search(r"(?:ian|ous|ary|ese|ern|ical)$", made["base"]):
        return None  # ("…, pushing the country to civilian rule": an adjective after "to" opens a noun phrase, no verb)
    close = CLAUSE_CLOSE.search(s, date_phrase_end(t, inside) - sentence.start)
    tail = s[date_phrase_end(t, inside) - sentence.start:close.start()]
    if m["verb"] in _OPENING_THE_WAY:
        # "…, clearing the way for U.N. sanctions to return at the end of the month": what the way is
        # cleared for is still to come, told as a headline tells a plan ("U.N. sanctions to return")
        way = re.match(r"the\s+(?:way|door|path|ground)\s+(?:for|to)\s+", made["who"])
        if way is None:
            return None
        return f"{made['who'][way.end():]} to {made['base']}{made['rest']}{tail}".strip()
    return f"{made['who']} {past_of_base(made['base'])}{made['rest']}{tail}".strip()


def caused_noun(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"A leaked call in June led to her suspension by the court on 1 July": the date after what a cause led to is
    that noun's happening, told as the noun ("Her suspension by the court"), not the cause's."""
    s = sentence.text
    start = t.start - sentence.start
    m = _CAUSED_NOUN.search(s, max(0, start - 120), start)
    if m is None or VERB.search(m["np"]) \
            or not _CAUSED_NOUN_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start):
        return None  # (a noun phrase and its date that close the sentence, with no clause of their own)
    cause_start = max([0] + [b.end() for b in _CAUSE_BOUNDARY.finditer(s, max(0, m.start() - 160), m.start())])
    if not any(cause_start <= o.start - sentence.start < m.start() for o in inside if o is not t):
        return None  # (only a cause dated of its own leaves the later date to what it led to: not "talks that led to a truce in
        # November")
    np = m["np"]
    return np[:1].upper() + np[1:]


#: Where the clause of a cause begins: after a comma or a relative word.
_CAUSE_BOUNDARY = re.compile(r"[,;:]|\b(?:that|which|who|where|when)\b")
#: What a cause led to, up to the date that ends it: "led to [her suspension by the constitutional court] on ".
_CAUSED_NOUN = re.compile(r"\b(?:(?:led|leading)\s+to|prompted|prompting|triggered|triggering|sparked|sparking|"
                          r"resulted\s+in|resulting\s+in)\s+"
                          # (…or a bare plural with a word before it, as a title needs two: "led to early elections in
                          # December")
                          r"(?P<np>(?:the|a|an|his|her|its|their)\s+[^,;:()\"“”]{3,90}?"
                          r"|(?!(?:the|a|an)\b)[a-z][\w-]*\s+[a-z][\w-]*s)"
                          r"\s+(?:on|in|at|during)\s+$")
#: What may close the noun phrase after its date: the sentence's end, or a relative clause about the noun ("…of UN
#: peacekeepers in March 1964, who are still there today").
_CAUSED_NOUN_CLOSES = re.compile(r"\s*(?:[.;!?]|$|,\s+(?:who|which)\s)")


def one_dated_of_them(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"An exchange returned more than 1,000 prisoners": the title of a date that picks out one of the
    things a sentence counts."""
    s = sentence.text
    start = t.start - sentence.start
    m = _INCLUDING_ONE_DATED.search(s, max(0, start - 140), start)
    did = _WHAT_THE_ONE_DID.match(s, date_phrase_end(t, inside) - sentence.start)
    if did is None:
        return None
    if m is None:
        # "the largest such swap since the Cold War, surpassing one in August 2024 that freed 26 people"
        like = _ONE_LIKE_IT.search(s, max(0, start - 140), start)
        if like is None:
            return None
        noun = like["noun"]
        return f"{'An' if noun[0] in 'aeiou' else 'A'} {noun} {'' if did['relative'] else 'was '}{did['rest'].strip()}"
    return one_of_them(f"{m['noun']} including one {did['rest']}", passive=not did["relative"])


def one_of_them(title: str, passive: bool = True) -> str:
    """"A ceasefire was brokered": the one of the things named that the title's date is about, told as
    a clause ("including one brokered…" is passive, "including one that returned…" active)."""
    m = INCLUDING_ONE.match(title)
    if not m:
        return title
    noun = m["noun"]
    singular = singular_of(noun)
    article = "An" if singular[:1].lower() in "aeiou" else "A"
    return f"{article} {singular} {'was ' if passive else ''}{m['rest']}"


#: Words after "the <date>" that show it names a time, not a noun's qualifier ("in the late 1980s as…").
_NOT_A_NOUN = (r"(?:as|when|and|or|but|after|before|while|because|since|until|to|in|on|at|of|for|with|by|from|that|which|"
               # (…nor another preposition or adverb: "dragged on in the 1990s [without] result")
               r"without|within|through|throughout|during|under|over|against|across|amid|despite|into|among|between|"
               r"toward|towards|along|around|again|also|already|still|only|just|ago|later|earlier|too|then|"
               r"who|was|were|is|are|had|has|have|will|would|remains?|continues?|stands?|seems?|appears?|lies|lie|"
               # ("In the late 1960s both sides agreed": a subject after the opening date, no noun the date qualifies)
               r"both|all|each|he|she|they|we|it|there|this|these|those)")
#: A participle closing a noun phrase ("a statement signed"), left at the end once its date has gone.
#: (not across a modal or a passive's "be": "a referendum could be held [in 2027]" keeps "held")
_NO_MODAL = r"(?!(?:be|been|being|could|would|will|may|might|must|should|can|to|had|has|have)\b)"  # ("rates had doubled")
_DANGLING_PARTICIPLE = re.compile(rf"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|"
                                  # ("that" a relative pronoun before its past is no determiner: "a war that ended with…")
                                  rf"[Tt]hat(?!\s+[a-z]{{3,}}ed\b))\s+(?:{_NO_MODAL}[\w'’-]+\s+){{0,3}}?"
                                  # (no pronoun right before: "the towns they seized" is a relative clause's verb)
                                  # (its comma too: "…in its fourteenth package[, adopted] on June 24, 2024")
                                  rf"{_NO_MODAL}(?!(?:they|he|she|we|it|you)\s)[a-z][\w-]*,?\s+"
                                  rf"(?P<part>(?!(?:was|were|had|has|is|are|{NO_PASSIVE_PASTS})\b)[a-z]{{3,}}ed|signed|held|made|won|"
                                  r"set|built)\s*$")
#: Who speaks for an institution, right before its saying: "[the ministry ]announced", "[the Kremlin ]reported".
_SAYER_BEFORE = re.compile(r"(?:\b(?:ministry|government|army|military|police|officials?|office|spokes(?:man|woman|person)|"
                           r"agency|presidency|authorities|command|department|embassy|mission|secretariat|palace)"
                           r"|\b[A-Z][\w.'’-]*)\s+$")
#: A French, Spanish or Italian subject relative after its noun phrase, left without its date: "un cese al fuego [que
#: expiró]", "un cessez-le-feu [qui a expiré]".
_ROMANCE_RELATIVE_LEFT = re.compile(rf"(?<=[^\W\d_])\s+{ROMANCE_SUBJECT_PRONOUN}\s+[^,;:()]{{2,60}}$", re.UNICODE)
#: A French or Spanish participle aside left without its date: "le dialogue[, suspendu]", "el diálogo[, suspendido]".
#: (…or an appositive that sums up what came before, with its participle: "…terrorista[, una medida anunciada]")
_ROMANCE_PARTICIPLE_LEFT = re.compile(r",\s+(?:(?:un|une|una|uno|um|uma)\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?\s+)?"
                                      rf"(?:[^\W\d_]{{3,}}{ROMANCE_PARTICIPLE_END}|{ROMANCE_IRREGULAR_PARTICIPLE})\s*$",
                                      re.UNICODE)
#: A Romance noun phrase's participle left at the end once another date is taken out: "dopo il cessate il fuoco
#: [firmato] il 23 ottobre", "tras el acuerdo [firmado] en 2016".
_ROMANCE_DANGLING_PARTICIPLE = re.compile(r"(?<![\w'’])(?:il|la|le|lo|el|los|las|un|una|une|o|os|as|l['’])\s*(?:[^\W\d_][\w'’-]*\s+){0,4}?"
                                          r"(?P<last>[^\W\d_][\w'’-]{2,})\s+(?P<part>[^\W\d_]{3,}(?:at[oaie]|it[oaie]|ad[oa]s?|id[oa]s?|"
                                          r"ée?s?))\s*$", re.UNICODE | re.IGNORECASE)
#: A Romance main verb's simple past or perfect right after a subject's dated participle: " expiró", " a expiré", " è scaduto".
_ROMANCE_MAIN_PAST_AFTER = re.compile(r"\s+(?:(?:ha|han|a|ont|è|sono|foi|fue|fueron)\s+)?[^\W\d_]{2,}(?:ó|aron|ieron|ò|arono|"
                                      r"irono|ou|aram|eram|iram|é|ée|és|ées|ato|ata|ati|ate|ito|ita|iti|ite)\b", re.UNICODE)
#: The auxiliaries a Romance participle of the clause's own verb comes after: "a été [signé]", "fue [firmado]".
_ROMANCE_AUXILIARY = re.compile(r"(?:été|est|sont|a|ont|avait|avaient|était|étaient|fue|fueron|fui|ha|han|había|habían|sido|"
                                r"è|sono|era|erano|stato|stata|stati|state|foi|foram|tinha|tinham|sido|viene|vengono|venne)",
                                re.IGNORECASE)
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
                                       r"(?:\s+(?:by|with)\s+[^,;]{1,40}?)?"
                                       # (…with how long it took: "a swap completed over three days from [23 May]")
                                       r"(?:\s+(?:over|for|within)\s+(?:a|an|one|two|three|four|five|six|seven|several|\d+)\s+"
                                       r"(?:hours?|days?|weeks?|months?|years?))?"
                                       r"\s+(?:in|on|at|since|during|by|last|this|from)?\s*$")
#: A participle that dates a document right before its date: "a note dated", "a letter signed".
#: What a document does once its date has gone: "[A report published on 20 November] said…".
_SAYS_NEXT = r"(?:said|says|showed|shows|found|finds|warned|warns|noted|notes|concluded|estimated|estimates|urged|urges|called)\b"
#: (not a passive's own verb: "90 prisoners were to be released [overnight]")
_DATED_BY_PARTICIPLE = re.compile(r"(?<=[a-z])(?<!\bbe)(?<!\bbeen)(?<!\bbeing)(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)"
                                  r"\s+(?:dated|signed|written|issued|published|released)\s*$")
#: The place a plan names after its date, before what became of it: "A meeting planned for Monday [in Brussels] was…".
_PLACE_OF_THE_PLAN = r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})?"
#: An adverb of a plan before its participle: "originally scheduled", "initially planned".
_PLAN_ADVERB = r"(?:(?:originally|initially|first|previously|tentatively)\s+)?"
#: A plan's participle left before its verb once the day it planned goes: "A meeting planned [for Thursday] was…".
_PLANNED_FOR_THE_DATE = re.compile(r"(?<=[a-z])\s+(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|slated|set|due|expected)\s*$"
                                   # (…its adverb set off with it: "Elections[, initially scheduled] for Dec. 24, 2021,
                                   # were never held")
                                   r"|(?<=[a-z]),\s+(?:originally|initially|first|previously|tentatively)\s+(?:planned|"
                                   r"scheduled|slated|set|due|expected)\s*$"
                                   # (…and the other languages' plans set off by a comma: "Le ultime elezioni, previste
                                   # [per il 24 dicembre 2021], erano state rinviate")
                                   r"|(?<=[^\W\d_]),\s+(?:inicialmente\s+|initialement\s+|inizialmente\s+)?(?:previst[oaie]|"
                                   r"prévue?s?|programad[oa]s?|previst[oa]s)\s*$")
#: An auxiliary of the other languages we read after a plan's aside: ", erano state rinviate", ", ont été reportées".
_ROMANCE_AUXILIARY_AFTER = re.compile(r",\s+(?:erano|era|sono|è|furono|fu|était|étaient|a|ont|avait|avaient|fue|fueron|"
                                      r"había|habían|ha|han|foi|foram|hanno)\b")
#: A relative pronoun and auxiliaries with nothing after them, once a plan's participle went with its date.
_BARE_RELATIVE_AUXILIARIES = re.compile(r"\s+(?:that|which)(?:\s+(?:had|has|have|was|were|is|are|been|being|will|would|be))+\s*$")
#: …unless the noun phrase is a clause's subject: "fighting resumed after the army attacked [on Friday]".
_SUBORDINATE_BEFORE = re.compile(r"\b(?:after|before|when|because|as|since|until|while|that|who|which|and|or|but|if|once)\s+"
                                 r"(?:a|an|the|its|their|his|her|this|that)\s+(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*\s*$"
                                 # (…or a bare plural and what it goes to: "after power supplies to the eastern city")
                                 r"|\b(?:after|before|when|because|since|until|once)\s+(?:[A-Za-z][\w'’-]*\s+){0,3}[a-z][\w-]*s\s+"
                                 r"(?:to|of|for|from|into)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*\s*$")


#: English time words that also qualify a noun ("after overnight strikes", "in winter storms"); a
#: lower-case weekday of another language ("acordaron el martes prorrogar") is none.
_ADJECTIVE_TIME_WORD = re.compile(r"overnight|nightly|daily|weekly|monthly|yearly|annual|current|recent|future|present|"
                                  r"past|winter|summer|spring|autumn|fall|morning|evening|night|afternoon|weekend")


_DAY_NAME_APPOSITIVE = re.compile(r"^,\s+(?:(?:[A-Z][\w'’.-]*['’]s\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
                                  r"(?:Day|Eve|[Aa]nniversary|[Hh]oliday)\b"
                                  # ("…on July 28, 2027, the anniversary of independence,": what the day marks)
                                  r"|the\s+(?:\w+\s+)?anniversary\s+of\s+[^,;.()]{1,60}"
                                  r"|an?\s+(?:public|national|bank|religious)\s+holiday)(?=\s*(?:[,.;:]|$))")
#: What the text says of the date itself, after a comma or a dash: "on Feb. 7, 2026[ — a date that has already passed]",
#: "on Friday[, a day chosen by the mediators]".
DATE_APPOSITIVE = re.compile(r"(?:,|\s*[—–]|\s+-)\s+(?:(?:a|the)\s+(?:date|day|deadline)\s+(?:that|which|when|chosen|set|picked|"
                             r"fixed|of)\b"
                             # (…or a clause of its own with no "that": ", the day the war began")
                             r"|the\s+(?:date|day)\s+(?=(?:the|a|an|its|their|his|her)\s|[A-Z])"
                             # (…French's "date du début de la guerre", "le jour où")
                             r"|(?:la\s+)?date\s+(?:du|de|d['’])|le\s+jour\s+où"
                             # (…and "the day on which" of the others: "el día en que", "la fecha en que", "il giorno in cui")
                             r"|(?:el|la|il|o|a)\s+(?:día|fecha|giorno|data|dia)\s+(?:en|in|em)\s+(?:que|cui)"
                             # (…in the other languages we read: ", dia da paz e reconciliação", ", jour de la fête nationale")
                             r"|(?:(?:o|el|le|il|la)\s+)?(?:dia|día|jour|giorno|jornada)\s+(?:da|do|de|del|della|du|des|de\s+la)\b)"
                             r"[^,;.()—–]{0,80}(?=\s*(?:[,.;:)—–]|$))")
#: A date that is the subject of a time clause: "as [Easter week] began", "when [the new year] arrived".
_DATE_AS_SUBJECT = re.compile(r"\s+(?:as|when|while|until|before|after|once)\s+(?:the\s+)?$")
_VERB_AFTER_SUBJECT_DATE = re.compile(r"\s+(?:began|begins|ended|ends|started|starts|opened|closed|approached|neared|"
                                      r"arrived|dawned|passed|wore\s+on|drew\s+(?:near|to\s+a\s+close)|came|got\s+under\s*way)"
                                      r"\b[^,;.]*")


#: A verb whose object is a stretch of time: "spent Tuesday in talks".
_SPENT_BEFORE = re.compile(r"\b(?:spent|spend|spends|spending)\s+(?:(?:most|much|all|part|the\s+rest|the\s+bulk)\s+of\s+)?$", re.I)
_WEEKDAY_START = re.compile(r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


#: A verb that takes a date as its object, and a list's first date before "and": "fixed [12 March] as the time-limit",
#: "set 5 March and [9 April] as the dates".
_NAMING_VERB_BEFORE = re.compile(r"\b(?:set|sets|fixed|fixes|named|names|chose|chosen|picked|designated|designates|declared|"
                                 r"declares|proclaimed|earmarked)\s+(?:[^,;]{3,30}\s+and\s+)?$")


#: Words that open a phrase before the subject, not the subject: "In the comparable quarter, …", "Then, …".
_OPENING_NOT_SUBJECT = re.compile(r"(?i:in|on|at|by|from|since|during|after|before|until|for|over|under|with|then|but|and|so|yet|"
                                  r"also|still|actually|however|meanwhile|en|dans|depuis|après|avant|im|am|seit|nach|vor|desde|"
                                  r"tras|durante|в|с|после)\b")


#: A sentence's subject, set off by the comma before a date: "Two rounds of indirect talks in Ankara, ".
_SUBJECT_SET_OFF = re.compile(r"\s*(?:[A-Z][\w'’-]*|\d+)(?:\s+[\w'’.-]+){0,8},\s*")


def _bare_subject(text: str) -> bool:
    """Whether `text` is only a sentence's subject, no verb nor opening phrase in it: "Two rounds of talks in Ankara" (after
    a chronology entry's label: "Summer 2024 – Somalia")."""
    text = re.split(r"\s[–—-]\s|:\s", text)[-1]
    return bool(_SUBJECT_SET_OFF.fullmatch(text + ", ")) and not VERB.search(text) and not _OPENING_NOT_SUBJECT.match(text) \
        and not OPENING_PHRASE.match(text + ", ")


#: A present verb after a subject (and maybe an adverb), before its object or phrase: " end without", " agree to".
_PRESENT_AFTER_SUBJECT = re.compile(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}s?\s+(?:without|to|on|in|at|with|a|an|the|their|its|"
                                    r"his|her|that|new|talks|fire)\b")


#: A relative clause right after a date that tells when it falls: ", which is expected to begin in mid-February".
_WHEN_IT_FALLS = re.compile(r"^,\s+(?:which|that)\s+(?:(?:is|are|was|were)\s+)?(?:(?:expected|due|set|likely|scheduled|forecast)"
                            r"\s+to\s+)?(?:(?:will|would)\s+)?(?:begins?|began|starts?|started|ends?|ended|falls?|fell|runs?|ran)"
                            r"\b[^,;.]{0,60}?(?=,|[.;]|$)")


#: A place closing the sentence after a comma: ", in Berlin.", ", em Montevidéu", ", no Brasil".
_CLOSING_PLACE_AFTER_COMMA = re.compile(r",\s+(?:in|at|em|en|à|au|na|no|nel|nella|a)\s+(?:the\s+|la\s+|le\s+|el\s+|l['’])?"
                                        r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)*\s*(?:[.;!?]\s*)?$")
#: A count of days that a weekday's span left out: "The following [Tuesday, Oct. 28]", "the next [Friday, Nov. 7]".
_COUNTED_WEEKDAY_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Oo]n\s+)?(?:[Tt]he\s+)?(?:following|next|previous|preceding)\s+$")


#: The subject and verb of a relative clause without "that", right after its noun, whose date was another's: "an order
#: [the court issued]", "a deal [Washington brokered]" (or only the subject, once the verb has gone as a participle).
#: Nouns in -ing, which are no gerund: "a 2018 court [ruling]", "the [meeting] the envoys held".
ING_NOUNS = (r"ruling|meeting|hearing|bombing|shelling|killing|uprising|building|landing|briefing|gathering|signing|funding|"
             r"spending|warning|finding|sitting|opening|offering|crossing|swearing|wording")
ZERO_RELATIVE_SUBJECT_LEFT = re.compile(rf"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:that|which|who)\b)[a-z][\w-]*\s+){{0,2}}"
                                         rf"(?!(?:{NOT_A_NOUN_END}|the|an?|its|their|his|her|this|that)\b)"
                                         # (no gerund with its object: "The committee monitoring [the ceasefire met]")
                                         rf"(?!(?!(?:{ING_NOUNS})\b)[a-z]+ing\b)[a-z][\w-]*)\s+"
                                         r"(?:the\s+[a-z]+|it|they|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|(?:its|their|his|her)\s+[a-z]+)"
                                         rf"(?P<verb>\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{ZERO_RELATIVE_AHEAD}))?\s*$")


#: A main verb right after a date, closing a subject's relative clause: " collapsed", " takes effect", " sets".
MAIN_VERB_AFTER_DATE = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:takes|take|sets|set|remains|remain|expires|expire|comes|come|runs|"
                                  rf"run|has|have|had|was|were|is|are|will|would|could|[a-z]{{3,}}ed|"
                                  rf"{words_pattern(PLAIN_PASTS)})\b")


#: A verb of saying or thinking right before what it says: "privately say ", "believe that ".
_SAID_OR_THOUGHT_BEFORE = re.compile(r"\b(?:say|says|said|think|thinks|thought|believe|believes|believed|expect|expects|"
                                     r"expected|suggest|suggests|suggested)\s+(?:that\s+)?$")
#: A copula and its complement right after a subject: " is more likely", " would be better", " looks unlikely".
_COPULA_AFTER_SUBJECT = re.compile(r"\s+(?:is|was|seems|seemed|looks|looked|appears|appeared|remains|would\s+be|will\s+be|"
                                   r"could\s+be|might\s+be)\s+(?:now\s+|still\s+)?(?:more|less|most|far|much|the|a|an|[a-z]+ly\s+)?"
                                   r"\s*[a-z]")


#: An opening clause of time or condition, then its date set off by commas: "[When the commissioners reconvened], in ".
_OPENING_CLAUSE_THEN_SET_OFF = re.compile(r"(?P<clause>(?:When|After|Before|As|While|Since|Once|Until|Although|Though|If)\s+"
                                          r"[^,;]{3,120}?),\s+(?:(?:in|on|at|during|by)\s+)?(?:the\s+)?$")


#: A subject with a participle's phrase after its noun, and nothing else: "The UN sanctions lifted under the 2015 deal".
_SUBJECT_WITH_REDUCED_RELATIVE = re.compile(r"(?:The|A|An|Its|Their|[A-Z][\w'’.-]*['’]s)\s+(?:[\w'’.-]+\s+){0,4}?[a-z][\w-]*\s+"
                                            r"[a-z]{3,}ed\s+(?:under|by|in|at|with|from|after|during|since|for|against|on|"
                                            r"over|across)\s+[^,;]{2,60}")


#: A closing "with" phrase and its gerund, an absolute construction: ", with Russia and China abstaining".
_CLOSING_ABSOLUTE = re.compile(r",\s+with\s+[^,;.]{1,60}?\b[a-z]{3,}ing\b")


#: What a period that is the subject began or ended with, after the period: "[ began with ]a truce in the north".
_PERIOD_BEGAN_WITH = re.compile(r"\s+(?:began|begins|ended|ends|started|starts|opened|opens|closed|closes)\s+with\s+(?P<what>\S.*)$",
                                re.S)
#: A plan's "set", its auxiliary before and its "for" right before the date: "is [set] for Oct. 20".
_PLAN_SET_FOR_BEFORE = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:(?:now|tentatively|provisionally|initially|originally)\s+)?"
                             r"(?P<set>set)\s+for\s+(?:the\s+)?$")


def remove_date_phrase(text: str, start: int, end: int, own: bool = False) -> str:
    """The text without its date, mended so that no hole is left where the date stood (`own`: the
    date of the happening the text tells, whose verb stays; else another date, whose participle goes)."""
    if not 0 <= start <= end <= len(text):
        return text  # a date outside the text has nothing in it to take out (a negative offset would cut elsewhere)
    set_for = _PLAN_SET_FOR_BEFORE.search(text, max(0, start - 40), start)
    if set_for is not None:
        # "Their next meeting is set [for Oct. 20] in Yerevan": without its date, "set" is read as "placed"; its plan is
        # said by "scheduled"
        text = f"{text[:set_for.start('set')]}scheduled{text[set_for.end('set'):]}"
        start, end = start + 6, end + 6
    before, after = text[:start], text[end:]
    began_with = _PERIOD_BEGAN_WITH.match(after) if not before.strip() and not re.search(r"\d", text[start:end]) else None
    if began_with is not None:
        # "[The year] ends with talks on a security pact", "[January] began with a truce": a period that is the subject
        # leaves what it began or ended with as the happening
        return began_with["what"][:1].upper() + began_with["what"][1:]
    compared = re.match(r"\s+than\s+[^,;.()]{1,40}", after) \
        if not own and re.search(r"\b(?:later|earlier|sooner)$", text[start:end]) else None
    if compared is not None:
        # "was sworn in…, [hours later] than planned": a comparison of when goes whole, set off or not
        return re.sub(r"\s{2,}", " ", re.sub(r",\s*$", "", before) + after[compared.end():]).strip()
    if re.search(r"\d{1,2},\s+\d{4}$", text[start:end]) \
            and re.match(r",\s+(?:after|before|following|amid|despite|during|at|in|with|under|over|because\s+of|due\s+to)\s+"
                         r"(?:the|a|an|\d+|[a-z]+\s+of|(?-i:[a-z]{3,})\s+(?:guarantees|demands|differences|disagreements|"
                         r"objections|issues|concerns)\b)\b", after) \
            and not re.search(r",\s*(?:[\w'’.-]+\s+){0,3}$", before):
        # "The deal was signed on Nov. 2, 2022[,] after 10 days of talks": a full date's closing comma goes with it
        after = after[1:]
    closing_aside = _CLOSING_DATED_APPOSITIVE.search(before, max(0, start - 80)) if not own else None
    if closing_aside is not None and re.fullmatch(r"\s*[.;!?]?\s*", after):
        # "…passed a law on the border commission, a step first promised [in 2021].": another date's closing appositive
        # goes whole
        return before[:closing_aside.start()].rstrip() + after.strip()
    if re.fullmatch(r"\s*A\s+", before) and (re.match(r",\s+\S", after) or text[start:start + 1].islower()):
        # "A maggio, violenti scontri…", "A maggio scontri armati…": Italian's and Spanish's "in", no article before a noun
        # (a month in lower case is no English one: "A March 2024 report" keeps its article)
        after = after.lstrip()
        return after[1:].lstrip() if after.startswith(",") else after
    if _NAMING_VERB_BEFORE.search(text, max(0, start - 60), start) and re.match(r"\s+(?:and\s+[^,;]{3,30}\s+)?as\s", after):
        return text  # "the Court fixed [12 March 2027] as the time-limit": the date is what was fixed, no adverb
    if re.fullmatch(r"(?i:the\s+)?(?i:morning|afternoon|evening|night|overnight|midday)", text[start:end]) \
            and re.match(r"\s+(?:sessions?|sittings?|plenary|meetings?|briefings?|prayers?|service|shift|curfew|round|"
                         r"news\s+conference|press\s+conference|talks)\b", after):
        return text  # "opens the [morning] session": a part of the day that names a sitting, no adverb
    if re.fullmatch(r"(?i:the\s+|this\s+|next\s+|last\s+)?(?i:spring|summer|autumn|fall|winter)", text[start:end]) \
            and re.match(r"\s+(?:sessions?|sittings?|term|semester|offensive|campaign|plenary)\b", after):
        return text  # "will debate the law in the [spring] session": a season that names a sitting, no adverb
    if re.search(r"\b(?:spent|spend|spends|spending)\s+(?:(?:much|most|part)\s+of\s+)?the\s+$", before):
        # "she spent the [1990s] in the Balkans": the time spent is what was spent, no adverb (a day is told as its part
        # of the day below: "spent Wednesday morning" is "spent the morning")
        return text
    if re.search(r"\b(?:given|granted|gave\s+[\w-]+|giving\s+[\w-]+)\s+until\s+(?:the\s+)?$", before) \
            and re.match(r"\s+to\s+[a-z]", after):
        return text  # "Kyiv was given [until Thanksgiving] to accept the plan": the time given is what was given
    if re.search(r"\b(?:last|lasts|lasted|lasting|drag(?:s|ged|ging)?\s+on|stretch(?:es|ed|ing)?)\s+"
                 r"(?:well\s+|far\s+)?(?:beyond|past|into)\s+(?:the\s+)?$", before):
        return text  # "few expected the fighting to last [beyond the summer]": how long it lasted is what is told
    if re.search(r"\bbeyond\s+(?:the\s+)?$", before):
        return text  # "has warned it lacks money [beyond June]": the date bounds what is told, no adverb to drop
    if re.search(r"\b(?:took|takes|take|taking|lasted|filled|occupied)\s+(?:up\s+)?(?:most|much|all|part|the\s+rest|"
                 r"the\s+whole)\s+of\s+$", before):
        return text  # "Disarmament took most of [the next year]": the time it took is what is told
    if not before.strip() and re.match(r"\s+(?:showed|shows|proved|proves|demonstrated|demonstrates|taught|teaches|"
                                       r"changed|changes|transformed|tested|tests|marks|marked|will\s+mark|"
                                       # (…or a modal's: "[That day] may come sooner than anyone expects")
                                       r"may|might|could|can|must|should|would)\b", after):
        return text  # "[The winter of 2022-23] showed what strikes on the grid can do": the date is the subject
    if _SAID_OR_THOUGHT_BEFORE.search(before) and re.match(r"(?:[Tt]he|[Tt]his|[Nn]ext|[Ll]ate|[Ee]arly)\b", text[start:end]) \
            and _COPULA_AFTER_SUBJECT.match(after):
        return text  # "Officials say [the autumn] is more likely": the date is the subject of what is said
    set_off = _OPENING_CLAUSE_THEN_SET_OFF.match(before) if re.match(r"\s*,\s", after) else None
    if set_off is not None:
        # "When the commissioners reconvened, [in June 2021], they found…": the second comma still closes the opening clause
        return before[:set_off.end("clause")] + "," + after[after.index(",") + 1:]
    after = re.sub(r"^\s+local\s+time\b", "", after)  # "said Friday local time that…": the clock's zone goes too
    after = re.sub(r"^\s+at\s+the\s+(?:latest|earliest)\b", "", after)  # ("by the end of the month at the latest")
    counted_weekday = _COUNTED_WEEKDAY_BEFORE.search(before) if re.match(WEEKDAY, text[start:end]) else None
    if counted_weekday is not None:  # "[The following] Tuesday, Oct. 28, another soldier was killed": the count goes too
        before = before[:counted_weekday.start()]
    # "…before the start of Ramadan, which is expected to begin in mid-February": when the date falls goes with it
    after = _WHEN_IT_FALLS.sub("", after, count=1)
    if re.match(rf"{WEEKDAY},\s", text[start:end]) and re.match(r",\s+[a-z]", after) \
            and not re.search(r",\s*(?:on\s+)?$", before):
        after = after[1:]  # "agreed on Thursday, Oct. 30, to extend": the closing comma of the date's apposition
    if re.search(r"\d,?\s+\d{4}$", text[start:end]) and re.match(r",\s+that\s", after):
        after = after[1:]  # ("ruled on March 23, 2023, that Turkey had breached…": the full date's closing comma)
    if (re.search(r"\b(?i:on|in|at|в|во|на)\s+$", before) or re.search(r"[а-яё]", text[start:end])) \
            and re.match(r",\s+(?i:on|in|at|в|во|на)\s(?!(?i:which|whom|whose|котор))", after):
        # ("took place on Aug. 24, on Independence Day", "состоялся 24 августа, в День независимости": the day said
        # again, no aside once it is alone)
        after = after[1:]
    # what decides the mending sits right before the date: look at a bounded tail, not the whole text
    # (an anchored search over a long prefix cost a pass over it per date)
    head, before = before[:-80], before[-80:]
    # (a day's article in the languages that put one before it goes with it: "Le dernier, le 12 décembre 2021, avait…")
    article = re.search(r"(?<=,)\s*(?:le|el|am|il|lo|o)\s+$", before) if re.match(r",\s+[^\W\d]", after) else None
    set_off = before[:article.start()] + " " if article is not None else before
    # (…and its preposition: "Un premier cycle de négociations à Deva, [en mai], s'était soldé par un échec")
    placed = re.search(r"(?<=,)\s*(?:in|on|en|au|em|nel|nella|im|during)\s+$", set_off, re.I) \
        if article is None and re.match(r",\s+[^\W\d]", after) else None
    set_off = set_off[:placed.start()] + " " if placed is not None else set_off
    segment = re.split(r"[,;:]\s+|^", set_off.rstrip(" ,"))[-1]
    if re.search(r"[^\W\d]\s*,\s*$", set_off) and re.match(r",\s+[^\W\d]", after) \
            and not re.search(rf"(?:{WEEKDAY}|\d)\s*,\s*$", set_off) and not re.search(rf"\b{_PREPOSITIONS}\s*$", set_off, re.I) \
            and len(segment.split()) >= 2 and not _OPENING_NOT_SUBJECT.match(segment):
        # (a subject's, not an opening phrase's or a linking word's: "Then, a week or so ago, Gen. X picked…")
        # "La précédente session, fin octobre, avait échoué": a date set off by two commas goes with one of them
        # (…but a noun phrase after it is set off by the second: "met the new prime minister, Sanae Takaichi, on Friday,
        # their first talks"; …or a gerund's clause: "Russia pulled out a year later, on July 17, 2023, saying…")
        return head + set_off.rstrip(" ,") + (after if re.match(r",\s+(?:(?:their|its|his|her|the|a|an)\s|[a-z]{3,}ing\s)",
                                                                after) else after[1:])
    if re.match(rf"['’]s\s+(?:{AUXILIARY}|will|would|could|may|might|must|should|can)\b", after):
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
    frame = _FRAME_BEFORE_NOUN.search(before)
    framed = _FRAMING_NOUN.match(after) if frame is not None else None
    if framed is not None:
        # "…imposed changes to the law on the evening of the October 2022 vote, angering…": the frame dates the clause,
        # and goes with its date
        return head + before[:frame.start()] + after[framed.end():]
    # (…and Turkish's "date" word after a full date: "2 Kasım 2026 [tarihinde]")
    suffix = re.match(r"['’](?!s\b)[^\W\d_]{1,6}\b|\s+tarih(?:inde|ine\s+kadar|ten\s+itibaren|li)\b", after)
    if suffix:  # Turkish case endings: "1991'de", "30 Kasım'da" go with their date
        after = after[suffix.end():]
    elif re.search(r"\b(?:its|their|his|her|the|a|an|this|that|our)\s+(?:[\w.]+-[a-z]+\s+)?$", before, re.I) and (
            # (a hyphened adjective may come first: "the Hamas-led Oct. 7, 2023, attack")
            re.match(r",?\s+(?!(?:a|an|the|this|that|its|their|his|her|our)\s)[a-z$]", after)
            # ("the 1960 Indus Waters Treaty": a year before a name, or an initials' compound: "the 2003 U.S.-led invasion")
            or re.fullmatch(r"\d{4}", text[start:end]) and re.match(r"\s+(?:[A-Z][a-z]|(?:[A-Z]\.){2,}-[a-z])", after)) \
            and not re.match(rf",?\s+{_NOT_A_NOUN}\b", after) and not VERB.match(after.lstrip(" ,")) \
            and not (after.startswith(",") and not re.search(r"\d,?\s+\d{4}$", text[start:end])
                     and re.search(rf"\b(?:{_PREPOSITIONS})\s+(?:the|its|their)\s+$", before, re.I)) \
            and not (re.search(r"\b[aA]\s+$", before) and language_of(text) in A_IS_A_PREPOSITION):  # ("a mediados de")
        # (not the object of a phrase a comma closes: "By the early 1990s, secret contacts…"; a full date's
        # comma is its own: "charged in the Dec. 21, 1988, bombing")
        return text  # the date modifies a noun ("the 44-day war", "its third-quarter profit"): keep it
    # ("…a referendum, probably [in 2027]": the hedge goes with its date)
    # (not a suffix after an apostrophe, which the case-blind match reads as a word: Turkish "Fidan'ın" is no "in")
    # (…as does a share's: "marked on the ground, mostly [in April]")
    # (…nor a hyphenated word's end: "at her swearing-in [last May]")
    m = re.search(rf"(?:\s*,)?\s*\b(?<!['’])(?<!-)(?:(?:probably|possibly|perhaps|likely|maybe|most\s+likely|mostly|mainly|largely|"
                  rf"chiefly|primarily|partly)\s+)?"
                  # ("collapsed [days before] Eid al-Adha", "resigned two weeks after the vote": the distance goes too)
                  rf"(?:(?:(?:just|only|barely|some|a\s+few|several|a|an|{COUNT_WORD})\s+(?:hours?|days?|weeks?|months?)"
                  r"|(?<=ed\s)(?:hours|days|weeks|months))\s+(?=(?:before|after)\s))?"
                  # ("were active [from shortly after 1 a.m.] until dawn": a "from" before the adverb goes too)
                  rf"(?:(?:from\s+)?(?:late|early|earlier|later|shortly|just|soon|right|immediately|only)\s+)?(?:"
                  # ("stall for most of [the year]": the share of the date goes with it)
                  rf"(?:for|in|during|through|over|throughout)\s+(?:most|much|all|part|the\s+rest|the\s+bulk)\s+of|"
                  rf"(?<=[a-z]{{3}}ed\s)(?:most|much|all)\s+of|"  # ("had lasted most of [the previous decade]")
                  # ("a truce before the start of [Ramadan]": the edge of a date goes with it)
                  rf"(?:{_PREPOSITIONS})\s+the\s+(?:start|end|beginning|middle|eve|onset|run-up)\s+of|"
                  rf"{_PREPOSITIONS}|{_STARTING_WORD}"
                  rf"(?:\s+(?:on|from|in|at))?)(?:\s+(?:about|around|approximately|roughly|nearly|almost|at\s+least|c\.|ca\.|circa))?"  # "at about 0300 GMT", "by c. 300 BC"
                  # ("seit dem 9. November 2020", "per la metà di gennaio"; an elided one touches its date: "dall'inizio")
                  rf"(?:\s+(?:the\s+|its\s+|their\s+|(?-i:dem|den|der|la|le|il|lo|el|het|l['’])\s*)?|(?<=['’]))$", before, re.I)
    if m is not None and re.match(r"\s*over\s", m.group()) \
            and re.search(r"\b(?:took|take|takes|taking|taken|handed|hand|hands|handing|turned|turn|turns)$", before[:m.start()]):
        # "The African Union took over [that summer]": a phrasal verb's particle stays, and the date goes alone
        m = re.search(r"\s+$", before)
    elif m is not None and re.fullmatch(r"\s*in\s+", m.group()) and re.search(r"[a-z]\s+in\s+$", before) \
            and re.match(r"(?:this|last|next|yesterday|today|tomorrow|within|by|before|after|until|on|from|since|during)\b",
                         text[start:end], re.I):
        # "A government was sworn in [this spring]", "…sworn in [within 30 days]": a date that takes no "in" of its own (or
        # brings its own preposition) leaves the verb's particle
        m = re.search(r"\s+$", before)
    if m is None and _WEEKDAY_START.match(text, start):
        # "flew into Nicosia on a grey Tuesday morning": a weekday told with an adjective goes with it
        m = re.search(r"(?:\s*,)?\s*\bon\s+(?:a|an|one)\s+(?:[a-z]+,?\s+){1,2}$", before, re.I)
    if m is None:
        # "Three days of talks ending [Wednesday] produced a draft": a period's last day goes with its participle
        m = re.search(r"(?<=[a-z])\s+(?:ending|concluding)\s+(?:on\s+)?$", before)
    if m is None and re.search(r"\ba\s+$", before) and (
            language_of(text) in A_IS_A_PREPOSITION
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
            and not VERB.match(after.lstrip()):
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
    named = _DAY_NAME_APPOSITIVE.match(after) or DATE_APPOSITIVE.match(after)
    if named is not None:  # (…and the comma that closes it, when it paired one before the date)
        # (not the comma of what follows a date never set off: "…a ceremony in Leticia on Aug. 7, the anniversary of the
        # battle, officials said")
        # (…nor, when it was set off by two, its closing one: "established on 9 July 2011[, the day South Sudan became
        # independent,] by resolution 1996")
        after = after[named.end():] if not re.search(r",\s*(?:[^\W\d_]+\s+)?$", before) \
            and not (named.group().startswith(",") and re.match(r",\s+(?:by|in|at|with|under|after|before)\s", after[named.end():])) \
            else re.sub(r"^,(?=\s)", "", after[named.end():])
    subject = _DATE_AS_SUBJECT.search(before)
    if subject and _VERB_AFTER_SUBJECT_DATE.match(after):
        # "…prayed for divine help as [Easter week] began": the date is the clause's subject, and the
        # clause goes with it
        before, after = before[:subject.start()], after[_VERB_AFTER_SUBJECT_DATE.match(after).end():]
        m = None
    if m:
        rest = after.lstrip()
        if before[m.start():].lstrip().startswith(",") and rest.startswith(",") \
                and (VERB.match(rest[1:].lstrip()) or re.match(rf"\s*(?:{AUXILIARY}|would|{words_pattern(PAST_LIKE_PRESENT)})\b", rest[1:])
                     # (a past before its preposition too, which no participle's comma stands before: "Their last meeting[,
                     # in October], ended with an agreement")
                     or re.match(r"\s*[a-z]{3,}ed\b", rest[1:]) or FOREIGN_PAST.match(rest[1:].lstrip())
                     # (…or a chronology's present after a bare subject: "Two rounds of talks in Ankara[, in July and
                     # August,] end without agreement")
                     or _PRESENT_AFTER_SUBJECT.match(rest[1:]) and _bare_subject(head + before[:m.start()])):
            # "new prices, effective [from Monday], would rise": no comma between subject and verb (nor in the languages
            # whose pasts we read: "Une première série de pourparlers à Djeddah[, en mai 2023], avait abouti…")
            after = rest[1:]
        elif rest.startswith(",") and re.search(r"\d,?\s+\d{4}$", text[start:end]) \
                and re.match(r"\s*(?:on|in)\s*$", before[m.start():]) and "," not in head + before[:m.start()] \
                and (VERB.match(rest[1:].lstrip()) or re.match(rf"\s*(?:{AUXILIARY}|would)\b", rest[1:])) \
                and not re.match(r"\s*(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en)\s+by\b", rest[1:]):
            # "Azerbaijan's offensive [on Sept. 19, 2023], ended…": a full date's own comma goes with it (not before a
            # participle's aside: "A second package followed on Feb. 12, 2015, agreed by the leaders of…")
            after = rest[1:]
        elif rest.startswith(",") and re.search(r"[A-Za-z.]\s+\d{1,2},\s+\d{4}$", text[start:end]) \
                and re.match(r"\s*(?:on)\s*$", before[m.start():]) \
                and re.match(r",\s*(?:by|in|at|with|as\s+part|for|from|to|under|near)\s",
                             rest):
            after = " " + rest[1:].lstrip()  # "…was overthrown [on July 26, 2023], by his own guard": the date's own comma
        elif before[m.start():].lstrip().startswith(",") and re.match(r",\s+(?:to|for|in|at|by|with|of)\s", rest) \
                and re.search(r"\b(?:until|till|by|before|after|on|since)\s+(?:[A-Z][\w'’.-]*\s*){1,3},\s*(?:on\s+)?$",
                              before[max(0, m.start() - 40):m.start() + 6]):
            # "…had until Thanksgiving[, on Nov. 27,] to accept the plan": a day said again between commas goes with both
            after = " " + rest[1:].lstrip()
        elif before[m.start():].lstrip().startswith(",") and rest.startswith(",") \
                and re.match(r",\s*(?:à|au|aux|to|into|on|with|a|al|de|del|the|la|le|les|el|los|las)\s", rest) \
                and re.search(rf"(?:[a-zé]{{3,}}(?:ed|é|ó|ou)|{words_pattern(PLAIN_PASTS)}|fin|end)\s*,?\s*$", before[:m.start()]):
            # "a mis fin[, en janvier 2024,] à l'accord", "ended[, in January 2024,] the accord": an aside between a
            # verb and its object goes with both its commas
            after = " " + rest[1:].lstrip()
        closing_comma = re.match(r"\s*,", before[m.start():])
        if closing_comma is not None and not text[end:].lstrip().startswith(",") \
                and re.search(r",\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*$", before[:m.start()]):
            # ("…dem Präsidenten, Milorad Dodik, [am Mittwoch] sein Mandat": the comma closes the name's aside, not the date's)
            before = before[:m.start() + closing_comma.end()]
        elif closing_comma is not None and not text[end:].lstrip().startswith(",") \
                and re.search(r"[A-Z][\w'’.-]*,\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*$", before[:m.start()]) \
                and re.match(rf"\s+(?:[a-z]+ly\s+)?(?:{AUXILIARY}|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", text[end:]):
            # ("Killings in El Geneina, the state capital, [between April and November 2023] left…": the comma closes the
            # place's aside, and the verb follows)
            before = before[:m.start() + closing_comma.end()]
        elif closing_comma is not None and re.match(r"\s*[\w\"“]", text[end:]) \
                and _OPENING_ATTRIBUTION.fullmatch((head + before[:m.start()])[dateline_end(head + before[:m.start()]):]):
            # ("According to the ministry, [since the start of the year] more than 60,000 people…": the comma closes the
            # opening phrase before the date, which opens the clause)
            before = before[:m.start() + closing_comma.end()]
        else:
            before = before[: m.start()]
        if re.search(r"(?:^|\s)[-–—]+\s*$", before) and after.lstrip().startswith(","):
            after = after.lstrip()[1:]  # "BOSTON, Oct. 25 - [In January], a bomb…": the dateline's dash, no comma
        plan = _PLANNED_FOR_THE_DATE.search(before)
        if plan and plan.group().startswith(",") and _ROMANCE_AUXILIARY_AFTER.match(after):
            before, after = before[:plan.start()], after[1:]  # (its comma goes with it, and the one closing it)
        elif plan and re.match(rf"{_PLACE_OF_THE_PLAN}\s*(?:(?:never|not|still|finally)\s+)?(?:{AUXILIARY}|would|could|,\s+which\b|"
                               rf"(?:{words_pattern(PLAIN_PASTS)}|[a-z]{{3,}}ed)\b)", after) \
                or plan and re.search(r"\d,?\s+\d{4}$", text[start:end]) and re.match(rf",\s+(?:{AUXILIARY}|would|could)\b", after):
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
        if dangling and "," in dangling.group() \
                and re.search(r",\s+(?:who|whose|which|where)\b[^,]*,[^,]*$", before[:dangling.start("part")]):
            dangling = None  # "The envoy, whose mandate was renewed by the council, warned [on Tuesday]": the main verb
        if dangling and dangling["part"] in ("announced", "reported", "confirmed", "stated") \
                and _SAYER_BEFORE.search(before, 0, dangling.start("part")):
            dangling = None  # "The rebels withdrew, the ministry announced [on Monday]": a source's saying, no participle
        participle_gone = False
        if dangling and own and re.search(r"\b(?:was|were|is|are|been|be)\s+$", before[:dangling.start("part")]):
            dangling = None  # "Police said that 14 people were detained [on Tuesday]": its own passive, not a participle
        if dangling and own and _SUBJECT_WITH_REDUCED_RELATIVE.fullmatch((head + before[:dangling.start("part")]).strip()):
            dangling = None  # "The UN sanctions lifted under the deal returned [in September]": the first is the participle
        if dangling and own and ZERO_RELATIVE_SUBJECT_LEFT.search(before, 0, dangling.start("part")):
            dangling = None  # "Fighting resumed on the day the talks opened [in March]": a clause's own verb
        # (in a sentence, not in a phrase cut from one: "a step agreed in a framework deal signed [in 2022]")
        # …or before "that" or a comma: "said in an interview published [on Sunday] that…"
        # (…or before what the document says: "A report published [on 20 November] said…")
        if dangling and (re.match(r"\s*(?:[.;:!?]?\s*$|,|that\b)", after)
                         # (…or before a closing "with" and its gerund, whose comma went with a full date: "a resolution
                         # adopted [on Nov. 17, 2025], with Russia and China abstaining")
                         or _CLOSING_ABSOLUTE.match(text, end)
                         or dangling["part"] in ("published", "issued", "released", "dated") and re.match(rf"\s*{_SAYS_NEXT}", after)) \
                and (FIRST_VERB.search(head + before[:dangling.start()]) or re.match(rf"\s*{_SAYS_NEXT}", after)
                     # (…or a chronology's present: "Eritrea votes for independence in a referendum held [in April]")
                     or re.search(rf"\b{NARRATIVE_PRESENT}\s", head + before[:dangling.start()])
                     or re.search(r"\b(?:will|would|could|should|must|may|might|can)\s+[a-z]", head + before[:dangling.start()])) \
                and not _SUBORDINATE_BEFORE.search(before[:dangling.start("part")]) \
                and ((head + before)[clock_stamp_end(head + before):].lstrip()[:1].isupper()  # (a live entry's too)
                     # (…or what was said, cut from after its saying: "[it] would take part in the election called [for…]")
                     or re.match(r"(?:it|he|she|they|we)\s", (head + before).lstrip())
                     # (…or a noun's relative clause cut from its sentence: "a 44-day war that ended with a ceasefire
                     # signed [on Nov. 10]")
                     or re.match(r"(?:a|an|the)\s[^,;]{1,60}?\s(?:that|which)\s+(?:[a-z]{3,}ed|[a-z]+)\s", (head + before).lstrip())
                     # (…or a predicate cut from after its subject: "[and] ended with a deal signed [on Nov. 10]")
                     or re.match(rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{NARRATIVE_PRESENT})\s",
                                 (head + before).lstrip())):
            before = before[:dangling.start("part")]  # "…ended with a statement signed [on 10 November]": no "signed"
            participle_gone = True
            # (…nor the relative pronoun that opened it: "fell by a fifth [in the fiscal year] that ended [in March]")
            before = re.sub(r"(?<=\s)(?:that|which)\s+$", "", before)
        # (…or the subject's, its main verb after the date: "The deal [Washington brokered] in March collapsed…")
        zero = ZERO_RELATIVE_SUBJECT_LEFT.search(before) if not own and (
            re.match(r"\s*(?:[.;:!?,]|$)", after)
            or re.match(r"(?:The|A|An|Its|Their)\s", (head + before).lstrip()) and MAIN_VERB_AFTER_DATE.match(after)) \
            else None
        if zero is not None and (zero["verb"] or participle_gone):
            # (…nor a relative clause without "that" whose date it was: "in defiance of an order [the court issued] on May 1")
            before = before[:zero.end("np")]
        aside = _PARTICIPLE_ASIDE_LEFT.search(before) if re.match(r"\s*,", after) else None
        if aside is not None and (not own or OPENING_PHRASE.fullmatch(head + before[:aside.start()] + ", ")
                                  # (an awaited one says nothing but its date: "The elections, due [in October], will…")
                                  or aside.group().endswith("due")):
            # "In her last interview, given [in March], she said…": the aside goes whole (its own date too, when it
            # tells of an opening phrase's noun: the clause after it is what was done then)
            before = before[:aside.start()]
            if VERB.match(after.lstrip(" ,")) or re.match(r"\s*,\s+(?:will|would|could|can|may|must|should)\b", after):
                after = re.sub(r"^\s*,", "", after)  # (…and its closing comma before the main verb)
    elif (dated := _DATED_BY_PARTICIPLE.search(before)) is not None \
            and (re.match(rf"\s*(?:that\b|,|[.;:]|$|{_SAYS_NEXT})", after) or dated.group().strip() == "dated") \
            and not re.search(r"\b(?:which|that|who|whom)\s+(?:[\w'’-]+\s+){0,4}$", before[:dated.start() + 1]):
        # (not a relative clause's own verb: "a treaty, which the two presidents signed [last May]")
        # "said in a note dated [26/11/2024] that…": no "dated" left (whatever follows: "asked in a letter dated [Nov. 3]
        # for the withdrawal", with no date "dated" says nothing)
        before = before[:dated.start()]
        zero = ZERO_RELATIVE_SUBJECT_LEFT.search(before)
        if zero is not None and not zero["verb"]:
            before = before[:zero.end("np")]  # (…nor the subject of a clause without "that": "the declaration [it] signed")
    elif re.search(r",\s*$", before) or (not head and not before.strip()) or re.search(r"(?:^|\s)[-–—]+\s*$", before):
        after = re.sub(r"^\s*,", "", after)  # (nor after a wire dateline's dash: "BAMAKO — [Two years ago], Mali's…")
    left = _ROMANCE_RELATIVE_LEFT.search(before) if not m and not own and re.match(r"\s*(?:[.;!?,]|$)", after) \
        and re.search(r"\s$", before) else None
    if left is not None:  # "…un cese al fuego bilateral [que expiró] un año después": a date with no preposition, its clause too
        before = before[:left.start()]
    # (…or before the subject's main verb: "Un cese al fuego bilateral [firmado] en junio de 2023 expiró el 3 de agosto")
    dangling_romance = _ROMANCE_DANGLING_PARTICIPLE.search(before) \
        if not own and (re.match(r"\s*(?:[.;:!?,]|$)", after) or _ROMANCE_MAIN_PAST_AFTER.match(after)) \
        and language_of(text) in ("fr", "es", "it", "pt") else None
    if dangling_romance is not None and not _ROMANCE_AUXILIARY.fullmatch(dangling_romance["last"]):
        before = before[:dangling_romance.start("part")]
    aside = _ROMANCE_PARTICIPLE_LEFT.search(before) if not own else None
    if aside is not None and language_of(text) in ("fr", "es", "it", "pt"):  # (not English's ", issue")  # "…ont repris le dialogue[, suspendu] il y a deux mois[ après un attentat]": the aside goes
        before, after = before[:aside.start()], re.sub(r"^[^,;:()]*", "", after)
        # (…with the date's own appositive: "[, fermée depuis le 15 avril 2023, date du début de la guerre…], a annoncé")
        appositive = DATE_APPOSITIVE.match(after)
        after = after[appositive.end():] if appositive is not None else after
        if aside.group().lstrip().startswith(",") and not SAYING_PAST_AFTER_COMMA.match(after):
            # (…with the comma that closed it: "Aoun[, elegido en enero de 2025,] visitó"; not one before a closing
            # attribution: "…el paso de Huaquillas[, cerrado desde el 14 de marzo], informaron las cancillerías")
            after = re.sub(r"^\s*,", "", after)
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
    result = re.sub(rf",\s+{_PLAN_ADVERB}[a-z]+ed\s*,(?=\s+(?:{AUXILIARY}|(?:now|still|also|[a-z]+ly)\s+(?:{AUXILIARY}|"
                    rf"(?!(?:this|its|his|as|us)\b)[a-z]{{2,}}s|[a-z]{{3,}}ed)|never\s+(?:{PAST_VERB}))\b)", "", result)
    # (…but not the main verb after a name set off in apposition: "The envoy, Ramtane Lamamra, resigned[ on Monday],
    # saying…")
    result = re.sub(rf",\s+{_PLAN_ADVERB}[a-z]+ed\s*,",
                    lambda p: p.group() if re.search(r",\s+[^,;]{2,60}$", result[:p.start()]) else ",", result)
    # "met in 2020 and 2021": no "met and" (nor "and again": "in May 2023 and again that October")
    # (…and an aside of dates between subject and verb goes whole: "talks in Jeddah[, in May 2023 and again that
    # October,] produced")
    # (…with the place of the second: "in May 2023 and again [in August 2024] in Geneva, ended")
    # (…or an opening phrase of dates: "[In the early 2000s] and again [in the 2010s], the two leaders met")
    result = re.sub(r"^\s*(?:and|or)\s+(?:again|also|later|then)\s*,\s+", "", result)
    result = re.sub(rf"(?<=\w)\s+(?:and|or)\s+(?:again|also|later|then)(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                    rf"(?:\s+[A-Z][\w'’.-]*)*)?\s*,\s+(?=(?:{PAST_VERB})\b)", " ", result)
    # (…nor "organisés, et" in the other languages: "organisés en 2018, 2020 et 2021")
    # (…nor "puis," left of "au début des années 1990 puis à l'automne 2020": "then" in the other languages)
    result = re.sub(r"\s+(?:and|or|et|ou|y|o|und|oder|e|и|или|puis|ensuite|dann|poi|затем|потом)"
                    r"(?:\s+(?:again|also|later|then))?(?=\s*(?:[,.;]|$))", "", result)
    # ("A commission met [in 1868] and again [in 1871] but could not agree": the gapped "again" goes, the "but" stays)
    result = re.sub(rf"(?<=\w)\s+and\s+(?:once\s+)?again(?=\s+(?:but|yet|and|before|after|when|(?:{PAST_VERB}))\b)", "", result)
    # (…and the other languages' gapped "and again": "Der Gerichtshof hatte [1962] und erneut [2013] über den Tempel
    # entschieden")
    # (an auxiliary never stands before "and": "hatte und")
    result = re.sub(r"\b(hatte|hatten|hat|haben|wurde|wurden|war|waren|ist|sind|avait|avaient|ont|a|était|había|"
                    r"habían|ha|han|fue|fueron|aveva|avevano|era|tinha|tinham|foi)\s+(?:und|et|y|e)\s+(?:erneut|wieder|"
                    r"nochmals|abermals|de\s+nouveau|à\s+nouveau|de\s+nuevo|otra\s+vez|di\s+nuovo|novamente)(?=\s)", r"\1",
                    result)
    result = re.sub(r"\b(was|were|is|are)\s*,\s+(?=[a-z])", r"\1 ", result)  # "was [in 2014], after a war": "was after"
    result = re.sub(r"(``|“|^\"|\s\")\s*,\s*", r"\1", result)  # "``Today, I'm here…": no "``, I'm"
    result = re.sub(r"\s+,", ",", result)
    result = re.sub(r",(?:\s*,)+", ",", result)  # (two dates' commas with nothing left between them)
    result = re.sub(r"(?<=\w)\s+([:;])(?=\s)", r"\1", result)  # "the same thing happened [in April]: three days…"
    result = re.sub(r"^\s*,\s*", "", result)
    # ("…were postponed again, this time [to December 2028]": which time it was is told by the date alone)
    result = re.sub(r",\s+(?:this|that)\s+time(?=\s*(?:[.;!?]|$))", "", result)
    return re.sub(r"\s{2,}", " ", result).strip()
#: A past verb closing a phrase: "[The Jan. 19 ceasefire] collapsed".
#: "The " opening the clause a date's noun is the subject of, or what is said: "Iran said the [2015 nuclear deal]…".
# (…or opening a clause after a semicolon: "The one agreed in 2023 lasted a week; the January 2025 ceasefire broke down…")
_CLAUSE_OPENING_THE = re.compile(r"\s*(?:[^;]*;\s+)?(?:[^,;]*\b(?:said|says|announced|stated)\s+(?:that\s+)?)?[Tt]he\s+")
#: A subject after its date, up to its past verb (an adverb or an auxiliary between): "[nuclear deal] formally expired".
_SUBJECT_UP_TO_PAST = re.compile(rf"(?:\s+[A-Z][\w-]*){{0,2}}(?:\s+[a-z][\w-]*){{1,3}}?(?=\s+(?:[a-z]{{2,}}ly\s+)?"
                                 rf"(?:(?:was|were|had|has|have)\s+(?:[a-z]{{2,}}ly\s+)?)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")
_PAST_AT_END = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})$")


#: A few words with no verb between "and" and a date that closes the sentence: a noun phrase's opening, not a verb's ("and
#: plans to visit Cairo on Thursday" is a predicate), or a bare noun joined to the one before ("blew up road and rail links
#: across the border [that October]"; but "and close on 15 January" is a present and its date).
_NOUNS_BEFORE_DATE = re.compile(r"(?:the\s+|a\s+|an\s+|its\s+|their\s+|[A-Z]|(?!(?:then|later|again|also|once|twice|finally|"
                                r"eventually|soon|still|only|even|\w+ly)\b)(?=[a-z]+\s+(?!(?:on|in|at|by|from|to|for|until|with|into|"
                                r"over|after|before|during|since|the|a|an|its|their)\b)[a-z])"
                                r"(?![^.]*\b(?:to|would|will|could|should|can|may|might|must|is|are|was|were|has|have|had|"
                                r"did|does|do)\s+[a-z]))"
                                r"(?:[\w'’.-]+\s+){1,5}")


def nouns_before_closing_date(s: str, m: re.Match[str], sentence: Sentence, inside: list[Timex]) -> bool:
    """Whether a bare "and" joins a few words with no verb to a date that closes the sentence: "…by Congolese troops
    and U.N. peacekeepers [the following year]." (not "…and an offensive in September ended", whose verb follows)."""
    if m.group().strip() != "and":
        return False
    after = [o for o in inside if o.start - sentence.start >= m.end()]
    if not after:
        return False
    nxt = min(after, key=lambda o: o.start)
    between = s[m.end():nxt.start - sentence.start]
    bare = ATTRIBUTIVE_PARTICIPLE.sub("", between)  # (no verb: "and a [detailed] annex in Ohrid on 18 March")
    return bool(_NOUNS_BEFORE_DATE.fullmatch(between)) \
        and not VERB.search(bare) \
        and not FIRST_VERB.search(bare) and re.match(r"\s*[.;!?]?\s*$", s[nxt.end - sentence.start:]) is not None


_ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:of|since|after|before|following|amid|during|despite|to|with|like|[Uu]nder|than|for|over|"
                                 r"(?<=name\s)from|(?<=names\s)from|"  # ("take their name from a March 23, 2009, peace deal")
                                 r"confirm\w*|upheld|uphold\w*|overturn\w*|reject\w*|challeng\w*|accept\w*|"
                                 r"implement\w*|violat\w*|annul\w*|revers\w*|cit\w*|recall\w*|mark\w*|recogni[sz]\w*|neither|nor|"
                                 # ("…a move that could collapse the 2018 peace deal": a threat to a thing of that year)
                                 r"collapse|threaten\w*|jeopardi[sz]\w*|undermin\w*|derail\w*|unravel\w*|torpedo\w*|"
                                 # ("The Polisario declares the 1991 ceasefire over")
                                 r"declar(?:e|es|ed|ing)|"
                                 # ("…which ended the 1992-95 war": the war's years, not the ending's)
                                 r"end(?:s|ed|ing)|"
                                 # ("His party was barred from the Oct. 29 general election": the election's day)
                                 r"(?:barred|banned|excluded|disqualified|withdrew|withdrawn)\s+from|"
                                 # (…with whom between, or running in it: "barred Morales from the Aug. 17 election", "bars him
                                 # from running in the Aug. 17 election")
                                 r"(?:bar|ban|exclud|disqualif)\w*\s+(?:[A-Z][\w'’.-]*\s+|him\s+|her\s+|them\s+){1,4}from|"
                                 r"(?<=running\s)in|(?<=run\s)in|(?<=standing\s)in|(?<=stand\s)in|(?<=competing\s)in|"
                                 # ("a recount of votes from the Feb. 9 parliamentary election": what the votes came from)
                                 r"(?<=votes\s)from|(?<=ballots\s)from|(?<=results\s)from|"
                                 # ("sites damaged in the June strikes": what the strikes did, not when the sentence tells)
                                 r"(?:damaged|destroyed|killed|wounded|injured|displaced|captured|seized|lost|hit)\s+in|"
                                 r"reaffirm\w*|renew\w*|reviv\w*|restor\w*|extend\w*|"
                                 # ("…which had also guaranteed the 1942 Rio Protocol": what a guarantor or a party keeps to)
                                 r"guarant\w*|ratif\w*|respect\w*|invok\w*|abrogat\w*|renounc\w*|"
                                 # ("the committee that monitors their November 2024 ceasefire": what is watched over)
                                 r"monitor\w*|overse\w*|supervis\w*|enforc\w*|verif\w*|"
                                 # ("agreed to observe the 2003 ceasefire agreement": what is kept to, made then)
                                 r"observ(?:e|es|ed|ing)|abid\w*\s+by|adher\w*\s+to|compl(?:y|ies|ied|ying)\s+with|"
                                 # (a thing not signed, or joined later: "the groups that did not sign the 2018 agreement")
                                 r"(?<=not\s)sign|(?<=n't\s)sign|(?<=never\s)signed|refus\w*\s+to\s+sign|join\w*|"
                                 r"(?:signatories|signatory|parties|party)\s+to|"
                                 r"commemorat\w*|honou?r\w*|lost|won|contested|disputed|boycott\w*|rigged|annul\w*|"
                                 r"forg[eo]t\w*|remember\w*|mourn\w*|condemn\w*|denounc\w*|investigat\w*|aveng\w*|"
                                 r"blam\w*|apologi[sz]\w*|regrett?\w*|suspend\w*|terminat\w*|cancel\w*|scrap\w*|renounc\w*|"
                                 # (what is done later to a thing named by its year: "Iran has breached the 2015 deal")
                                 r"breach\w*|flout\w*|ignor\w*|defend\w*|critici[sz]\w*|prais\w*|replac\w*|revis\w*|amend\w*|"
                                 r"renegotiat\w*|undermin\w*|invok\w*|(?:tear|tore|torn|tearing)\s+up|ditch\w*|"
                                 r"revok\w*|abandon\w*|withdr[ae]w\s+from|pulled\s+out\s+of|quit|exit\w*|(?:participation|part|membership|role)\s+in|"
                                 r"(?:withdrawal|exit)\s+from|(?<=arguing\s)that|"
                                 # (a part of a thing named by its year: "triggered a mechanism in the 2015 nuclear deal")
                                 r"(?:mechanism|clause|provision|article|terms|annex|section|chapter|limits|commitments|"
                                 r"obligations)\s+(?:in|under)|(?<=argued\s)that|(?<=argues\s)that|"
                                 # (a ruling on a thing named by its year: "ruled that a 2023 decree…", "struck down the 2023 law")
                                 r"(?:ruled|found|declared)(?:\s+(?:on\s+)?[A-Z][a-z]+)?\s+that|(?:struck|strikes?|striking)\s+down|"
                                 # (a gerund's object: "the envoy overseeing the 1995 Dayton peace agreement")
                                 rf"(?!(?:{ING_NOUNS})\b)[a-z]{{3,}}ing)\s+"
                                 r"(?P<np>(?:the|a|an|its|their|his|her|this|that)\s+|[A-Z][\w-]*['’]s\s+"
                                 # (…or a body's: "on the eve of [the IAEA board's] December session")
                                 r"|(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[a-z][\w-]*['’]s\s+)$")
#: A past and its object, then the means it was done by: "retook [the region] in ".
_PAST_THEN_MEANS = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b[^,;]{{0,60}}$")
#: Words that end a noun phrase: a preposition, a conjunction, a relative pronoun or a verb.
_PHRASE_STOP = (r"(?:of|in|on|at|and|or|nor|by|for|with|to|from|that|which|who|was|were|is|are|has|had|have|will|would|ended|ending|"
                r"between|against|over|along|across|near|among|amid|into|through|"
                r"when|unless|if|after|before|as|because|while|until|since|but|than|could|should|may|might|can|did|does)")
#: An indefinite article before a year, which then names a thing whatever the verb: "a 1995 resolution".
# (…or after an aside's closing comma: "refers to the 1990 declaration and, through it, a 1989 act")
_INDEFINITE_BEFORE = re.compile(r"(?:(?<=[a-z]\s)|(?<=[a-z],\s))(?P<np>an?\s+)$")
#: (a quotation may close after the noun: 'to discuss "the implementation of the 2023 declaration".')
# (a day written with its year closes with a comma: "a March 23, 2009, peace deal")
# (a proper adjective may come first: "a 2012 Russian law", "the 2003 U.S.-led invasion")
_ATTRIBUTIVE_AFTER = re.compile(r"(?:(?<=\d{4}),(?=\s+[a-z]))?(?:\s+(?:[A-Z][\w-]*|(?:[A-Z]\.){2,}-[a-z]+)){0,2}"
                                # (two adjectives joined before the noun are one phrase: "the Nov. 23 presidential and
                                # legislative elections")
                                rf"(?:\s+(?!{_PHRASE_STOP}\b)[a-z][\w-]*(?:\s+and\s+(?!(?:the|a|an|its|their|his|her)\b)"
                                rf"[a-z][\w-]*(?=\s+[a-z]))?){{1,3}}?(?=[\"”’']?\s*[,.;:)]|[\"”’']?\s*$|\s+{_PHRASE_STOP}\b"
                                # ("a 2023 decree banning the dinar"; not a noun in -ing: "a 2018 court ruling on…")
                                rf"|\s+(?!(?:during|including|according|following|{ING_NOUNS})\b)[a-z]{{3,}}ing\s"
                                r"|\s+(?:they|it|he|she|we)\s+[a-z]"  # (…or a zero relative's subject: "a 2009 deal they accuse…")
                                # …or its own verb and object: "that an 1899 award fixed the border"
                                rf"|\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|set|put|cut|laid)\s+(?:the|a|an|its|their|his|her|two|three|four|five|six|several|many|\d[\d,]*)\s"
                                # …or the clause's verb after a phrase of its own: "[under the 2015 nuclear deal] came back"
                                rf"|\s+(?:came|went|took|fell|ran|began|returned|expired|lapsed|collapsed|ended)\s+"
                                r"(?:back|into|out|apart|on|in|to|off|down|after|before|last|this|at)\b"
                                # (…or a gathering's: "[set up under the June accord] met for the fourth time")
                                r"|\s+(?:met|convened|gathered|voted|spoke)\s+(?:for|on|in|at|with|to|again|last|this)\b"
                                # …or a present of its course: "the 2015 nuclear deal [expires] on Oct. 18"
                                r"|\s+(?:expires|ends|begins|starts|lapses|remains|runs\s+out|comes\s+up|takes\s+effect|"
                                r"enters\s+into)\b)"
                                # …or the noun is a name: "the 1960 Indus Waters Treaty"
                                r"|(?:\s+[A-Z][\w-]*){0,3}\s+(?:Treaty|Agreement|Accords?|Convention|Protocol|Pact|"
                                r"Charter|Declaration|Memorandum|Act|War|Summit|Conference)\b")
#: "…the 1990 invasion of Kuwait", "the January 1998 bombing of a Birmingham clinic", "a 2019 murder in a
#: Berlin park": what the noun was of, or where.
_OF_PHRASE = re.compile(rf"\s+(?:of|in|on)\s+(?!(?:a\s+|the\s+past\s+|recent\s+)?(?:weeks?|days?|months?|years?|decades?|"
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
                            # (not another date's: "Saturday's election [on Sunday]")
                            r"(?:\s+(?:in|of|on|with|at)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                            r"Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)"
                            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
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
                                # ("the committee monitoring last year's ceasefire": a gerund's object)
                                rf"|(?!(?:during|including|according|following|{ING_NOUNS})\b)[a-z]{{3,}}ing"
                                # ("would boycott Tuesday's vote", "to attend Monday's summit": a verb a modal governs)
                                r"|(?:would|will|could|should|might|must|to)\s+(?:not\s+)?[a-z]{3,}"
                                # ("a committee that monitors last year's ceasefire": a relative's present)
                                r"|(?:that|which|who)\s+[a-z]{3,}s)\s+$")


def owned_by_date(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The title of a date that owns a noun inside a sentence ("…followed last month's talks in
    Istanbul"): the noun it owns, not the sentence, which another date dates."""
    s = sentence.text
    start = t.start - sentence.start
    end = date_phrase_end(t, inside) - sentence.start
    if not _OWNER_VERB_BEFORE.search(s, max(0, start - 30), start):
        return None
    m = _OWNED_BY_DATE.match(s, end)
    # (one noun only after a participle of what it did: "sites damaged in June's strikes")
    # (…or the happening whose outcome is told: "results of [Monday's] vote")
    happening = m is not None and _HAPPENING_NOUN.fullmatch(m["np"]) is not None \
        and re.search(r"\b[a-z]{3,}(?:ed|en)\s+(?:in|by|during)\s+$|\b[a-z]{3,}ing\s+$|\b(?:that|which|who)\s+[a-z]{3,}s\s+$"
                      r"|\b(?:results?|outcome|count|tally|aftermath|fallout|turnout)\s+(?:of|from|in)\s+$",
                      s[max(0, start - 30):start]) is not None
    # (another date's phrase may follow it: "…results of last week's presidential vote [by December 31]")
    then_dated = m is not None and (prep := re.match(r"\s+(?:by|on|in|at|until|before|from)\s+", s[m.end():])) is not None \
        and any(o.start - sentence.start == m.end() + prep.end() for o in inside)
    if m is None or len(m["np"].split()) < 2 and not m["rel"] and not happening \
            or not then_dated and not re.match(rf"\s*(?:[,.;:)]|$|\s(?:and|but|as|while)\b)|\s+(?:[a-z]{{3,}}ed|"
                                               rf"{words_pattern(PLAIN_PASTS)})\b", s[m.end():] or ""):
        # (or the verb of a subject it closes: "the count from [Sunday's presidential election] crawled along")
        return None  # ("as of Friday's close": one word is no title; "damaged in June's strikes" is one)
    # ("The strikes", "The 12-day war with Israel")
    # (…and a singular's: "[The] presidential vote", not a plural's, "Talks in Istanbul")
    head = re.split(r"\s+(?:in|of|on|with|at|over)\s+", m["np"], maxsplit=1)[0].split()[-1]
    the = "The " if happening and len(m["np"].split()) == 1 and not m["rel"] or m["np"][:1].isdigit() \
        or not head.endswith("s") else ""
    return the + m["np"] + (m["rel"] or "")
#: A noun that alone names a happening: "June's strikes", "Sunday's vote".
_HAPPENING_NOUN = re.compile(r"strikes|airstrikes|attacks?|talks|vote|elections?|summit|ceasefire|truce|offensive|raids?|"
                             r"bombings?|protests|clashes|meeting|visit|referendum|coup|invasion|floods?|earthquake|massacre|"
                             r"assault|shelling|ambush|incursion|uprising|riots?|exchange|swap|runoff")


#: "…fled within a week of the 2023 offensive": the noun is what the sentence's own happening is
#: counted from, not a happening of its own.
_TIME_FROM_NOUN = re.compile(r"\b(?:hours?|days?|weeks?|months?|years?|decades?)\s+(?:of|after|before|since)\s+"
                             r"(?:the|a|an|its|their|his|her|this|that|[A-Z][\w-]*['’]s)\s+$")


#: What sets a clause's happening at the time of a noun's: "during [the 2022 vote]", "on the evening of [the October vote]".
_FRAME_WORDS = r"(?:during|on\s+the\s+(?:day|evening|night|morning|afternoon|eve)\s+of|at\s+the\s+time\s+of)"
_AT_THE_TIME_OF = re.compile(rf"\b{_FRAME_WORDS}\s+$", re.I)
#: …with the noun's determiner, right before the noun's date: " on the evening of the [October 2022] vote".
_FRAME_BEFORE_NOUN = re.compile(rf"\s*\b{_FRAME_WORDS}\s+(?:the|its|their)\s+$", re.I)
#: The noun a frame's date qualifies, up to the end of its clause: " vote" in "…the October 2022 [vote], angering".
_FRAMING_NOUN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?=\s*(?:[,;.]|$))")
#: A saying before the frame, whose clause the frame may be of: "said it had observed irregularities during".
_SAID_BEFORE_FRAME = re.compile(r"\b(?:said|says|told|claimed|reported|announced)\b")


#: A name and the "whose" that owns what a year qualifies: "Nicolas Maduro, whose [2024] re-election".
_WHOSE_RIGHT_BEFORE = re.compile(r"(?:(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),"
                                 # (…or a noun phrase with no comma: "created [a boundary commission] whose 2002 ruling…")
                                 r"|\b(?:a|an|the)\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*))\s+whose\s+$")
#: …and the noun it owns, up to the clause's subject or verb: "[re-election] the United States…", "[election win] was".
_OWNED_NOUN_AFTER = re.compile(r"\s+(?P<noun>(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
                               r"(?=\s+(?:the|a|an|its|their|[A-Z][\w'’.-]*|was|were|is|are|has|had|both|all|most|many|several|"
                               r"neither|each|some|no|\d[\d,]*)\b|\s*[,.;])")


#: A named winner or loser of a vote, right before the vote's attributive date: "[Evo Morales won the] December 2005".
_WINNER_BEFORE_A_VOTE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:won|lost|contested|boycotted)\s+"
                                   r"(?:the|a|an)\s+$")
#: The vote an attributive date names, right after it: " election", " presidential runoff".
_VOTE_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:elections?|votes?|runoff|referendum|polls?|primary|primaries)\b")


def attributive_phrase(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """The noun phrase a date qualifies, told as the title (see `_attributive_phrase`); a full date set off by its commas
    inside it goes ("the Feb. 6, 2023, earthquake" → "The earthquake"), as a shorter one stays part of a name ("The Jan.
    19 ceasefire")."""
    phrase = _attributive_phrase(sentence, t, inside, gazetteer)
    if phrase is not None and re.search(r"\d{4}$", t.text):
        phrase = re.sub(rf"^(The|A|An)\s+{re.escape(t.text)},\s+", r"\1 ", phrase)
    return phrase


def _attributive_phrase(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer) -> str | None:
    """"…as the country marked the anniversary of the 1932-33 famine", "…resumed after the Oct. 7
    attack": a date that only qualifies a noun after "of", "since", "after"… dates what the noun
    names, not the sentence's main happening; the noun phrase, date and all, is its title ("his" in
    it becomes the one person named before: "Saddam's Aug. 2 power-grab")."""
    s = sentence.text
    start = t.start - sentence.start
    end = date_phrase_end(t, inside) - sentence.start
    winner = _WINNER_BEFORE_A_VOTE.search(s, max(0, start - 80), start)
    vote = _VOTE_NOUN_AFTER.match(s, end) if winner is not None else None
    if vote is not None:
        # "…when Evo Morales won the December 2005 election": who won or lost the vote the date names is its title
        return f"{winner.group().strip()} {s[start:vote.end()]}"
    owner = _WHOSE_RIGHT_BEFORE.search(s, max(0, start - 80), start) if re.fullmatch(r"\d{4}", t.text) else None
    owned = _OWNED_NOUN_AFTER.match(s, end) if owner is not None else None
    if owned is not None and not VERB.search(owned["noun"]):
        # "Nicolas Maduro, whose 2024 re-election the United States does not recognize,": the owner's re-election
        return f"{possessive(owner['name'])} {owned['noun']}" if owner["name"] \
            else f"The {possessive(owner['np'])} {owned['noun']}"
    det = _ATTRIBUTIVE_BEFORE.search(s, max(0, start - 40), start)
    if det is None and re.fullmatch(r"\d{4}", t.text):
        det = _INDEFINITE_BEFORE.search(s, max(0, start - 12), start)  # "extended for another year a 1995 resolution"
        if det is not None and re.search(r"\b(?:in|during|through|by)\s+$", s[max(0, det.start() - 10):det.start()]) \
                and _PAST_THEN_MEANS.search(s, max(0, det.start() - 80), det.start()):
            return None  # "…which Azerbaijan retook in a 2023 military operation": how the clause's happening was done
    noun = _ATTRIBUTIVE_AFTER.match(s, end)
    if det is None and _CLAUSE_OPENING_THE.fullmatch(s, dateline_end(s), start) \
            and any(o.start > t.end and (t.range_id is None or o.range_id != t.range_id) for o in inside):
        # "The Jan. 19 ceasefire collapsed in March": the subject's day is the noun's, and another date the verb's
        # (an adverb may stand before the verb: "The 2015 nuclear deal formally expired in October")
        # (told with its article, as a noun phrase reads: "The Jan. 19 ceasefire")
        subject = _SUBJECT_UP_TO_PAST.match(s, end)
        if subject is not None:
            return "The " + s[start:subject.end()]
        if noun is not None:
            return "The " + _PAST_AT_END.sub("", s[start:noun.end()])
    if det is None or noun is None:
        return None
    of = _OF_PHRASE.match(s, noun.end())
    told = _SUBJECT_PHRASE_VERB.match(s, (of or noun).end())
    if told is not None and re.search(r"\b(?:after|before|since)\s+$", s[:det.start("np")]):
        # "…in 2013, a decade after the 2002 Declaration on the Conduct of Parties was signed": the noun phrase
        # is the time clause's subject, and the clause is what the year dates
        return s[det.start("np"):told.end()].strip()
    if _TIME_FROM_NOUN.search(s, max(0, det.start() - 40), det.end()) \
            and not any(o is not t and o.end - sentence.start <= det.start() for o in inside):
        # (…but when the clause has a date of its own, the noun is a happening of its own: "…was sworn in on Saturday,
        # ten months after the February election")
        return None
    if _AT_THE_TIME_OF.search(s, max(0, det.start() - 40), det.start("np")) \
            and FIRST_VERB.search(s, dateline_end(s), det.start()) and not _SAID_BEFORE_FRAME.search(s, 0, det.start()):
        # "…imposed changes to the election law on the evening of the October 2022 vote": the noun is when the clause's
        # own happening was, which the date dates
        return None
    if of is not None and (re.match(r",\s+[A-Z]", s[of.end():])
                           or any(noun.end() <= o.start - sentence.start < of.end() for o in inside)):
        of = None  # "of a Birmingham, Ala., abortion clinic": the phrase goes on past a place's state; "in 2018" is a date
    phrase_end = (of or noun).end()
    verb_after_place = _VERB_AFTER_NAME.search(s, of.start(), of.end()) if of is not None else None
    if verb_after_place is not None:  # "a 1966 accord signed in Geneva annulled it": the place ends at the verb
        phrase_end = verb_after_place.start("gap")
    phrase = s[det.end("np"):phrase_end]
    participle = _NOUN_THEN_PARTICIPLE.search(phrase) if of is None else None
    if participle is not None:
        # "ahead of a July 15 deadline set by the council": the participle is no word of the noun; who by goes with it
        agent = _AGENT_PHRASE.match(s, phrase_end)
        phrase = phrase[:participle.start("part")].rstrip() + (
            f" {participle['part']}{agent.group()}" if agent is not None else "")
    pronoun = det["np"].strip().lower()
    if pronoun in ("his", "her", "its", "their"):
        owner = owner_before(s[:det.start("np")], pronoun, gazetteer)
        if owner:
            phrase = f"{possessive(owner)} {phrase}"
    elif re.search(r"['’]s$", pronoun_text := det["np"].strip()):
        phrase = f"{pronoun_text} {phrase}"  # "Kosovo's 2008 declaration of independence": whose it is stays
    did = SUBJECT_RELATIVE_AFTER.match(s, phrase_end)
    if did is not None and any(phrase_end <= o.start - sentence.start < did.end() for o in inside):
        did = None  # ("…the 2020 war, which ended with a ceasefire on Nov. 10": the clause is the other date's)
    if did is not None and pronoun in ("the", "a", "an"):
        # "…after the 2022 peace deal that ended the war in Tigray": what the thing the date names did then
        return f"{pronoun.capitalize()} {phrase} {did['verb']}{did['rest']}".rstrip()
    done = OBJECT_RELATIVE_AFTER.match(s, phrase_end)
    if done is not None and re.search(r"\s(?:says|said|say|claims|claimed|believes|believed|argues|argued|insists|"
                                      r"insisted)$", done["subject"]):
        done = None  # ("…an 1899 arbitration award, which Venezuela says was the product of a deal": a saying inside a
        # subject relative, about the thing, not done to it)
    if done is not None:
        # "…the October vote, which the ruling party won with 52 percent,": what was done to the thing the date names
        article = pronoun if pronoun in ("the", "a", "an") else ""
        return f"{done['subject']} {done['verb']} {article + ' ' if article else ''}{phrase}{done['rest']}".rstrip()
    return f"{pronoun.capitalize()} {phrase}" if pronoun in ("the", "a", "an") else phrase  # ("The 1994 genocide")


#: A noun then the participle that closed its phrase: "deadline [set]", "truce [agreed]".
_NOUN_THEN_PARTICIPLE = re.compile(r"[a-z]\s+(?P<part>set|held|made|given|signed|agreed|imposed|announced|brokered|[a-z]{3,}ed)$")
#: Who by, after a participle, up to where its clause's next phrase or end begins: " by the two governments".
_AGENT_PHRASE = re.compile(r"\s+by\s+(?:the\s+)?[^,;.()]{1,50}?(?=\s+(?:in|on|at|for|last|this|to|after|before)\b|[,.;)]|$)")
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


_STARTING_WORD = r"(?:starting|beginning|commencing|effective|taking\s+effect)"
#: "…agreed on Sunday to a 10-day truce starting Tuesday": the thing that starts on the date.
_STARTING_NOUN = re.compile(rf"(?P<np>(?:a|an|the|its|their|his|her|new)\s+(?:[^;:()\"“”]|[\"“][^\"“”,;]{{1,40}}[\"”]){{1,90}}?)"
                            rf"(?P<comma>,)?\s+"
                            rf"(?P<word>{_STARTING_WORD}|to\s+(?:begin|start))"
                            # ("a truce to begin at dawn on Monday": the hour may come first)
                            r"(?:\s+at\s+(?:dawn|midnight|noon|sunrise|sunset|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?))?"
                            r"(?:\s+(?:on|from|in|at))?\s+(?:the\s+)?$", re.I)
_STARTING_NP_OPENER = re.compile(r"\b(?:a|an|the|its|their|his|her|new)\s", re.I)


#: A bare verb after its modal or "to", its object with no determiner, then the preposition whose object is named before
#: a start: "would halt aid convoys through ", "to suspend flights to " (what starts is the verb's doing).
_VERB_OF_BARE_OBJECT = re.compile(r"\b(?:would|will|could|may|might|shall|must|to)\s+(?:[a-z]+ly\s+)?[a-z]{3,}\s+"
                                  r"(?!(?:the|a|an|its|their|his|her|this|that)\b)(?:[a-z][\w-]*\s+){1,3}"
                                  r"(?:through|to|into|from|at|near|in|on|across|via|over)\s+$")


def _unquoted(np: str) -> str:
    """A noun phrase without the marks of the few words it quotes ('an "immediate and unconditional" ceasefire'): the
    quotation is part of the phrase, no clause of its own."""
    return re.sub(r"[\"“]([^\"“”,;]{1,40})[\"”]", r"\1", np)


#: Who were chosen to serve on a body for a term, up to the day the term starts: "elected [Bahrain, … and Liberia] to
#: [serve] [on the Security Council for two years] starting on ".
_CHOSEN_TO_SERVE = re.compile(r"\b(?:elected|appointed|chose|named|picked)\s+(?P<who>[A-Z][^;:()]{1,120}?)\s+to\s+(?P<verb>serve|sit)\s+"
                              r"(?P<rest>(?:on|in|as)\s+[^,;:()]{2,80}?)\s*,?\s+(?:starting|beginning|from)\s+(?:on\s+)?$")


def starting_title(sentence: Sentence, t: Timex) -> str | None:
    """"A 10-day truce begins", "A curfew takes effect": the date a thing starts on ("…agreed on Sunday
    to a truce starting Tuesday", "A curfew was imposed on Sunday, effective Wednesday")."""
    s = sentence.text
    start = t.start - sentence.start
    chosen = _CHOSEN_TO_SERVE.search(s, max(0, start - 260), start)
    if chosen is not None:
        # "…elected Bahrain, … and Liberia to serve on the Security Council for two years starting on Jan. 1": those chosen
        # serve from that day
        verb = chosen["verb"] if re.search(r"\band\b|,", chosen["who"]) else f"{chosen['verb']}s"
        return f"{chosen['who']} {verb} {chosen['rest']}"
    lo = max(0, start - 110)
    first = None
    governed = None
    for opener in reversed(list(_STARTING_NP_OPENER.finditer(s, lo, start))):  # the nearest noun phrase first
        m = _STARTING_NOUN.match(s, opener.start(), start)
        if m is None:
            continue
        if not m["comma"] and _VERB_OF_BARE_OBJECT.search(s, max(0, opener.start() - 80), opener.start()):
            return None  # ("…would halt aid convoys through the crossing starting Thursday": the halting starts)
        if not m["comma"] and re.search(r"\b(?:to|in|of|for|with|from|at|by|into|near|around|across|along|over|through|"
                                        r"within|inside|outside|between|on)\s+$",
                                        s[max(0, opener.start() - 9):opener.start()]):
            # ("a three-day state visit to [the United States] starting Wednesday": a preposition's object is in the
            # phrase of what starts, which the openers further back may hold)
            # (…a place's first only when no phrase further back holds it: "a pause around [the besieged city]")
            if governed is None or _PLACE_PREPOSITION_BEFORE.search(s, max(0, governed.start() - 8), governed.start()):
                governed = m
            continue
        if governed is not None and (VERB.search(CAPITALISED_WORDS.sub("", m["np"]))
                                     or any(_PAST_WORD.fullmatch(w) for w in m["np"].split()[1:])):
            continue  # (…but not back over a verb: "agreed on Sunday to [a truce] starting Tuesday")
        first = first or m
        # set off by commas, the thing that starts is a subject: "The strike, starting Tuesday,", "…that new
        # prices, effective Monday,"; "imposed across the province on Saturday, effective…" is the curfew's
        subject = not m["comma"] or re.search(r"(?:^\s*|\b(?:that|and|but|while|as|when|because)\s+)$", s[:opener.start()])
        # (a clause before the comma is no noun phrase: "The ministry imposed a curfew on Sunday, effective Wednesday")
        if subject and not _NOT_IN_NOUN_PHRASE.search(_unquoted(m["np"])) \
                and not (m["comma"] and any(_PAST_WORD.fullmatch(w) for w in m["np"].split()[1:])):
            return _starts(_unquoted(m["np"]), m["word"], past=bool(_PAST_MAIN_VERB_AFTER.match(s, m.end("np"))))
    if governed is not None and not _NOT_IN_NOUN_PHRASE.search(_unquoted(governed["np"])) \
            and not _PLACE_PREPOSITION_BEFORE.search(s, max(0, governed.start() - 8), governed.start()) \
            and not re.search(r"\bfor\s+(?:a|an|one|two|three|four|five|six|\d+)\s+(?:[\w-]+\s+)?(?:years?|months?|terms?)$",
                              governed["np"]):
        # (not a body served on for a term, which is no thing that starts: "to serve on the Security Council for two years
        # starting on Jan. 1")
        # ("…agreed to [a truce] starting Tuesday": itself, after all; but not a place the clause's happening is in:
        # "Negotiators had met for three days in [the Qatari capital] starting last Friday")
        return _starts(_unquoted(governed["np"]), governed["word"])
    if first is not None and first["comma"]:  # ", effective Wednesday" after a clause: its subject's
        clause = s[dateline_end(s):first.start("comma")]
        decided = _DECIDED_OBJECT.search(clause)
        if decided is not None:  # ("The ministry imposed a curfew on Sunday, effective Wednesday": the curfew's)
            np = decided["np"]
            return _starts(f"{np[:1].upper()}{np[1:]}", first["word"])
        if _SAYING_IN_CLAUSE.search(clause):
            return None  # ("Rubio said … would designate the cartel a terrorist organization, effective Nov. 24": what is said)
        subject = subject_of(s)
        if subject is not None and not VERB.search(CAPITALISED_WORDS.sub("", subject)):
            return _starts(subject, first["word"], past=bool(_PAST_MAIN_VERB_AFTER.match(s, len(subject))))
    return None


#: The preposition of a place, right before its noun phrase: "in ", "at ", "near ".
_PLACE_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|inside|outside|around|across|along|within)\s+$")
#: A past of the course of the thing that starts, right after it: "The strike[ lasted] three days, starting…".
_PAST_MAIN_VERB_AFTER = re.compile(r"\s+(?:lasted|ran|went\s+on|continued|ended|stopped|dragged\s+on)\b")
#: What a clause decided, the object of its verb of deciding: "imposed [a curfew]", "introduced [new tariffs] on imports".
_DECIDED_OBJECT = re.compile(r"\b(?:imposed|introduced|announced|ordered|declared|approved|adopted|extended|lifted|signed|"
                             r"agreed\s+(?:to|on)|reached|brokered|accepted|"  # ("agreed to [a humanitarian truce], effective…")
                             r"issued|raised|suspended|reinstated|unveiled|enacted)\s+"
                             r"(?P<np>(?:a|an|the|its|their|new)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)"
                             r"(?=\s+(?:on|in|at|from|across|over|for|against|after|before)\b|\s*$)")
#: A saying in a clause: what follows it is what the date is of.
_SAYING_IN_CLAUSE = re.compile(r"\b(?:said|says|announced|told\s+\w+|stated|confirmed)\b")


def _starts(noun_phrase: str, word: str, past: bool = False) -> str:
    """"A truce begins", "New prices take effect": the verb agrees with the noun phrase's last word (told in the past
    when the sentence tells it so: "The strike lasted three days, starting on Monday" → "The strike began")."""
    head = re.split(r"\s+(?:to|of|in|for|with|from|at|by|on|between|over)\s+", noun_phrase)[0]  # ("a visit to the United States")
    plural = bool(re.search(r"[^su]s$", head))
    if word.lower() == "effective" or word.lower().startswith("taking"):
        return f"{noun_phrase} {'took' if past else 'take' if plural else 'takes'} effect"
    return f"{noun_phrase} {'began' if past else 'begin' if plural else 'begins'}"


#: A preposition whose object is a happening of its own, dated after it: "in response to an attack on
#: tourists in Kashmir on April 22", "over his attempt to impose martial law on Dec. 3".
_GOVERNING = re.compile(r"\b(?:[Ii]n\s+response\s+to|[Ii]n\s+retaliation\s+for|[Ii]n\s+reprisal\s+for|"
                        r"[Ii]n\s+protest\s+(?:at|against|over)|[Ii]n\s+connection\s+with|[Ii]n\s+the\s+wake\s+of|"
                        # ("since shortly after Moscow's full-scale invasion of Ukraine in February 2022": a since)
                        r"[Ss]ince\s+(?:shortly|just|soon|immediately|right)\s+(?:after|before)|"
                        r"[Bb]ecause\s+of|[Oo]ver|[Aa]fter|[Bb]efore|[Aa]head\s+of|[Uu]ntil|[Dd]uring|[Ff]ollowing|[Aa]mid|"
                        r"[Dd]espite|[Ss]ince|"
                        # ("divisions that officials fear will overshadow the alliance's summit in Ankara in July": a threat
                        # to a happening ahead names it; the past, "derailed the talks in May", is a happening of its own)
                        r"(?<=\s)(?:overshadow|cloud|derail|disrupt|jeopardi[sz]e|complicate|dominate|upend|(?:loom|hang)\s+over)s?|"
                        # ("within a year of the full-scale invasion in February 2022": what a span is counted from)
                        r"[Ww]ithin\s+(?:(?:a|an|one|two|three|four|five|six|\d+|a\s+few)\s+)?(?:hours?|days?|weeks?|months?|years?)"
                        r"\s+of|"
                        # ("apologised … for the downing of an airliner last December": what is answered for)
                        # (…or a part taken in it: "sentenced … for his role in the killing of 160 villagers in March 2019")
                        r"(?:for|(?<=\s)(?:role|part|involvement|complicity)\s+in)"
                        r"(?=\s+the\s+(?:downing|killing|killings|shooting|bombing|shelling|attack|attacks|invasion|crash|"
                        r"destruction|seizure|arrest|detention|deaths?|sinking|massacre|"
                        # (…or sentenced for: "…to 15 years for the murder and torture of detainees … in 1998")
                        r"murders?|torture|abduction|kidnapping|assassination|disappearance|deportation|persecution|"
                        r"rape|looting)\b))\s+"
                        # (a name's possessive of a few words: "during President Xi Jinping's state visit")
                        r"(?=(?P<det>(?:a|an|the|his|her|its|their|(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’-]*['’]s)\s)?)")
#: A bare plural of happenings: "protests", "mass protests", "clashes in the capital".
# (…or named by who did them and where: "Pakistani airstrikes on Kabul")
_NATIONALITY_WORD = rf"(?-i:{NATIONALITY})"  # (case-sensitive inside a case-blind pattern)
_BARE_HAPPENINGS = re.compile(rf"(?:[a-z][\w-]*\s+|{_NATIONALITY_WORD}(?:\s+and\s+{_NATIONALITY_WORD})?\s+)?{HAPPENINGS_PLURAL}"
                              # (…and what they were on: "Israeli and U.S. strikes [on its nuclear facilities]")
                              # (…or who with: "border clashes [with Azerbaijan]"; or where from: "withdrawals [from Mali]")
                              rf"(?:\s+(?:in|on|against|with|between|from)\s+(?:[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){{0,2}}|"
                              rf"(?:its|their|the|those|these|his|her)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?")
#: A clause joined on to the one before: ", and Spain endorsed", "; the EU".
_CLAUSE_JOINED_ON = re.compile(r"(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the\s+)?[A-Z]")
#: A first (or only, or latest) counted since a happening: "their first contact since".
_FIRST_BEFORE_SINCE = re.compile(r"\b(?:first|only|latest)\b[^,;.]{0,70}$")
#: …or its ordinal or its superlative: "the package, the 20th since", "the biggest strike since" (read only before a date
#: written with its year: "its biggest drills since the Cold War in January" are January's drills).
_RANKED_BEFORE_SINCE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                                  r"eleventh|twelfth|[a-z]+est|most\s+\w+)\b[^,;.]{0,70}$")
#: A date counted from the day of writing: "last week", "yesterday", "on Monday", "earlier this month".
_DEICTIC_DATE = re.compile(r"(?:(?:earlier|later)\s+)?(?:last|this|next)\s+(?:week|weekend|month|year)|yesterday|today|"
                           r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)", re.I)
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
#: Someone's one-time happening: "his death", "her arrest", "their release".
_OWNED_ONE_TIME_HAPPENING = re.compile(r"(?:his|her|their|its)\s+(?:death|arrest|resignation|ouster|removal|release|"
                                       r"assassination|funeral|inauguration|swearing-in|detention|abduction|kidnapping|"
                                       r"execution|escape|expulsion|extradition|dismissal)")
#: The word that opens a range, right before its first date: "between ", "from the ".
_RANGE_OPENING_BEFORE = re.compile(r"\s+(?:between|from)\s+(?:the\s+)?$")
_DATE_PREPOSITION = re.compile(r"\s+(?:on|in|at)\s+(?:the\s+)?$|\s+over\s+$")  # ("…exchange over [the weekend]")
#: A ranking of what the sentence is about, up to the "after" of what it counts: "the fourth such round in less than a
#: year, ".
_RANKED_BEFORE_AFTER = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                                  r"(?:such\s+)?[a-z][\w-]*\b[^.;:,]{0,50},?\s*$")
#: A hedge between a preposition and its date: "since [at least] early 2025", "until [as late as] 2019", "since [about] 1990".
_HEDGE_BEFORE_DATE = re.compile(r"\s*(?:at\s+(?:the\s+)?(?:least|most|latest|earliest)|as\s+(?:early|late|recently|long\s+ago)\s+as|"
                                r"around|about|roughly|approximately|circa|some|even|only|just|perhaps|probably)\s*", re.I)
#: A happening's noun and the "of" of its date: "the border clashes [of ]July 2025", "the war [of ]1998".
_HAPPENING_OF_DATE = re.compile(rf"\b(?:{HAPPENINGS_PLURAL}|war|election|referendum|coup|uprising|revolution|invasion|"
                                r"massacre|summit|offensive)(?P<of>\s+of\s+)$")
_OF_BEFORE_DATE = re.compile(r"\s+of\s+$")
#: Words no noun phrase holds: a finite verb or a clause's opener means the date is the clause's.
_NOT_IN_NOUN_PHRASE = re.compile(r"[,;:()\"“”—]|\b(?:is|are|was|were|has|have|had|will|would|could|did|does|been|said|"
                                 r"says|told|that|which|who|when|where|while|and\s+then(?!-))\b")
#: A span of time opening what a preposition governs: "[the weekend] to pause…", "[the past week] of…".
_TIME_NOUN_OPENING = re.compile(r"\s*(?:the|this|last|that|the\s+past|the\s+previous)\s+(?:weekend|week|month|year|night|day|"
                                r"holiday|summer|winter|spring|autumn|period)\b(?!['’]s)")  # (not "the fall of Bashir")
#: A past-tense verb beyond a noun phrase's opening words makes it a clause ("her failed attempt" stays a phrase).
_PAST_WORD = re.compile(rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}")
_RELATIVE_AFTER = re.compile(r"(?:\s+(?:that|which|who)|,\s+(?:which|who))\s+(?P<rest>[^,;:.()\"“”]{3,80})")
#: …or one of what happened within it: " in which a sailor lost a thumb".
_WITHIN_WHICH_AFTER = re.compile(r"\s+(?P<lead>(?:in|during)\s+which)\s+(?P<rest>[^,;:.()\"“”]{3,80})")
_POSSESSIVE = re.compile(r"^(?P<pronoun>his|her|its|their)\s+")


#: The "and" of a list of dates, right before its last: "in 1998[ and ]1999".
_LIST_AND_BEFORE = re.compile(r",?\s+(?:and|or)\s+$")


#: A past right after a date, its clause's own verb: "[ ended] without a deal" (not a passive's agent: "approved by").
_OWN_PAST_AFTER_DATE = re.compile(rf"\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b(?!\s+by\b)")


#: A present of being, which tells a state that holds now: "[ is ]the last active group", "[ remains ]divided".
_PRESENT_STATE_BEFORE = re.compile(r"\b(?:is|are|remains|remain)\s")


#: An "and" opening a second predicate of the sentence's subject, a bare present or a modal: " and plan ", " and will ".
_SUBJECT_S_SECOND_PREDICATE = re.compile(r"\s+and\s+(?:plan|plans|want|wants|hope|hopes|intend|intends|expect|expects|vow|vows|"
                                         r"will|would|have|has|are|is|remain|remains)\s+(?!of\b)")


def governed_noun_phrase(sentence: Sentence, t: Timex, inside: list[Timex], gazetteer: Gazetteer,
                          alone: bool = False) -> str | None:
    """"India struck on Wednesday, in response to an attack on tourists in Kashmir on April 22 that killed
    26 men": when another date dates the sentence's own happening, a date after the object of "in
    response to", "over", "after"… dates that object, and the object (with its relative clause) is the title.
    `alone`: no other date of the sentence dates a happening (a closing attribution's day does not: "…began its biggest
    drills since the Cold War in January, the Kremlin said on Thursday" is as alone)."""
    s = sentence.text
    start = t.start - sentence.start
    end = date_phrase_end(t, inside) - sentence.start
    tail = _DATE_PREPOSITION.search(s, max(0, start - 12), start)
    if tail is None and t.range_role == "start":  # ("after deadly clashes [between] 2008 and 2011": a range's opening word)
        tail = _RANGE_OPENING_BEFORE.search(s, max(0, start - 14), start)
    happening_of = _HAPPENING_OF_DATE.search(s, max(0, start - 40), start) if tail is None else None
    if happening_of is not None:  # ("…after the border clashes of July 2025": the happenings the date is of)
        tail = _OF_BEFORE_DATE.search(s, happening_of.start("of"), start)
    # (the sentence's dates are looked through only after an "and" right before this one: a list may be long)
    joined = _LIST_AND_BEFORE.search(s, max(0, start - 8), start) if tail is None else None
    listed = next((o for o in inside if o.end - sentence.start == joined.start()), None) if joined is not None else None
    if listed is not None:  # "…for the murder and torture of detainees in 1998 and [1999]": the list's first date's phrase
        return governed_noun_phrase(sentence, listed, inside, gazetteer, alone)
    bare = tail is None and bool(_BARE_DATE.match(t.text)) and s[:start].endswith(" ")
    if bare:
        tail = re.search(r"\s+$", s[:start])
    if tail is None:
        return None
    if _OWN_PAST_AFTER_DATE.match(s, end):
        return None  # ("…collapsed after a summit in Hanoi in February 2019 ended without a deal": the phrase is a clause's
        # subject, and its verb is back after the date)
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
                             or re.fullmatch(r"(?:[Dd]uring|[Aa]mid|[Aa]fter|[Ff]ollowing|[Ss]ince)\s+", governing[-1].group())
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
    if governing[-1].group().lower().startswith("over") \
            and re.fullmatch(r"\s*the\s+(?:[A-Z][\w'’.-]*\s+)*(?:[A-Z][\w'’.-]*|river|sea|strait|border|mountains|city|temples?|"
                             r"islands?|islets|shelf|waters|territory|region|province|enclave|dam|lake|peninsula|valley|"
                             r"corridor|pass)"
                             # (…and where the main verb's happening is held: "…over the Essequibo region [at a public
                             # sitting] on Dec. 15")
                             r"(?:\s+(?:at|in)\s+(?:a|an|the|its|their)\s+[^,;]{1,40}?)?\s*",
                             s[governing[-1].end():tail.start()]):
        # "retaken a bridge over the Blue Nile on Sunday", "ruled on a dispute over the Preah Vihear temple in 1962": a place
        # a thing spans or a dispute is over, no happening
        return None
    np_start = governing[-1].end()
    if _SUBJECT_S_SECOND_PREDICATE.search(s, np_start, tail.start()):
        return None  # ("have protested since the beginning of the year and plan further demonstrations … next week": the
        # subject's own second predicate, no part of what "since" governs)
    # (a second noun phrase joined on after the first one's date is governed as it is: "…since raids in June 2024 and
    # [further detentions] last January")
    # (a cheap look first: a sentence may list thousands of dates)
    first_dated = None if " and " not in s[np_start:tail.start()] else \
        next((o for o in inside if o is not t and np_start <= o.start - sentence.start
              and o.end - sentence.start < tail.start()
              and (joined_on := re.match(r",?\s+and\s+(?!(?:in|on|at|since|again|also|then)\b)(?P<word>[a-z][\w-]*)",
                                         s[o.end - sentence.start:tail.start()])) is not None
              # (no participle joined on: "after a standoff, released in March and [detained] again in July")
              and not _PAST_WORD.fullmatch(joined_on["word"])), None)
    if first_dated is not None:
        np_start = re.match(r",?\s+and\s+", s[first_dated.end - sentence.start:]).end() + first_dated.end - sentence.start
    phrase = s[np_start:tail.start()]
    if _TIME_NOUN_OPENING.match(phrase):
        return None  # ("agreed over [the weekend] to pause output increases in the first quarter": a time, no happening)
    if re.match(r"\s*(?!(?:the|a|an)\b)[a-z]{3,}ing\s+(?:a|an|the|its|their|his|her|[A-Z])", phrase):
        return None  # ("sworn in on Saturday after [winning] a runoff last month": a gerund and its object, a doing)
    if _HEDGE_BEFORE_DATE.fullmatch(phrase):
        return None  # ("had asked for compensation since [at least] early 2025": the preposition's object is the date)
    words = phrase.split()
    # (without a determiner the phrase may well be a clause: "after talks ended", so no past at all)
    # (a name of several words counts as one: "the Hanoi summit between Kim Jong Un and then-U.S. President Donald Trump")
    if not (1 if _BARE_HAPPENINGS.fullmatch(phrase.strip()) else 2) <= len(words) \
            or len(NAME_OF_WORDS.sub("N", phrase).split()) > 12 or _NOT_IN_NOUN_PHRASE.search(phrase) \
            or any(_PAST_WORD.fullmatch(w) for w in words[2 if governing[-1]["det"] else 0:]):
        return None  # "after the two sides agreed [in May]"
    if any(o is not t and sentence.start + np_start <= o.start and o.end <= sentence.start + tail.start()
           and len(o.text) >= 0.6 * len(phrase.strip()) for o in inside):
        return None  # "agreed over the Easter weekend [in April]": a date said again more coarsely, no happening
    if alone:  # "The EU has adopted a package every few months since Russia's invasion in February 2022":
        # with no other date, only "since" takes the date from the main clause, which tells a span
        # (…or fronted in what is said: "Xi noted that since the establishment of ties 52 years ago, relations have…")
        fronted_since = re.fullmatch(r"\s*|.*\b(?:that|and|but)\s+|.*,\s+", s[dateline_end(s):governing[-1].start()]) \
            and re.match(r",\s+(?:[^,;]|(?<=\d),(?=\d{3})){0,80}?\b(?:(?:has|have)\s+(?:\w+ly\s+)?(?!(?:a|an|the|no|not|to|its|their|his|her|some|any)\b)"
                         # (…or a state in the present: "since the elections in October, the tone is different")
                         r"[a-z]{3,}|(?:is|are|remains|remain)\s+(?:\w+ly\s+)?[a-z]{3,})\b", s[end:])
            # (any participle: "has grown", "have withstood")
        # (…or a first since it: "spoke by phone, their first contact since the dispute over Taiwan remarks in…")
        first_since = _FIRST_BEFORE_SINCE.search(s[max(0, governing[-1].start() - 80):governing[-1].start()]) \
            or (_RANKED_BEFORE_SINCE.search(s[max(0, governing[-1].start() - 80):governing[-1].start()])
                if re.search(r"\d{4}", t.text) else None)
        if first_since is not None and first_since.group().startswith("first time") and _DEICTIC_DATE.fullmatch(t.text):
            # ("visited Tehran for the first time since the war last week": a day counted from today closing the
            # sentence is the visit's, the adverb's "first time" no noun the date could name)
            first_since = None
        # (…and "ahead of" puts the main clause before the date, which is the noun's: "hope to adopt it ahead of the
        # fourth anniversary of the invasion on Feb. 24")
        ahead = re.match(r"(?:ahead\s+of|in\s+the\s+(?:run|lead)-up\s+to|in\s+time\s+for|within\s)", governing[-1].group(), re.I) \
            or (re.match(r"before\b", governing[-1].group(), re.I) and governing[-1]["det"]
                # (…as does "before" a gathering or a vote: "asked them to send envoys before the AU summit in
                # February": whatever is done before it is not done then)
                and (_GATHERING_NOUN.search(phrase) or _VOTE_NOUN.search(phrase)))
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
        # (…and "after" a happening's noun, when the sentence tells a state that holds now: "The ELN is the last active
        # guerrilla group after the signing of the accord with the FARC in 2016")
        # (a participle after the verb is the state's adjective: "…is the last armed group after…")
        state = _PRESENT_STATE_BEFORE.search(s, dateline_end(s), governing[-1].start()) \
            if re.match(r"(?:after|following)\b", governing[-1].group(), re.I) and governing[-1]["det"] else None
        state_after = state is not None and not re.search(rf"\b(?:{_PAST_WORD.pattern})\b", s[dateline_end(s):state.start()])
        # (…and "after" what a ranking counts: "It will be the fourth such round in less than a year, after meetings in
        # Vienna in April")
        ranked_after = re.match(r"(?:after|following)\b", governing[-1].group(), re.I) \
            and _RANKED_BEFORE_AFTER.search(s, max(0, governing[-1].start() - 80), governing[-1].start())
        # (…and "after" a happening that a relative clause after its date tells the doing of: "The protests began after the
        # collapse of a station canopy in Novi Sad on Nov. 1, 2024, which killed 16 people")
        told_after = re.match(r"(?:after|following)\b", governing[-1].group(), re.I) and governing[-1]["det"] \
            and _RELATIVE_AFTER.match(s, end) is not None \
            and re.match(rf"(?:{_PAST_WORD.pattern})\b", _RELATIVE_AFTER.match(s, end)["rest"]) is not None
        # (…and "after" right behind "most recently": the latest of a doing repeated is after that happening, which the
        # date is of — "has debated leaving the treaty several times, most recently after the strikes … in June")
        told_after = told_after or re.match(r"(?:after|following)\b", governing[-1].group(), re.I) is not None \
            and re.search(r"\bmost\s+recently\s*,?\s*$", s[max(0, governing[-1].start() - 20):governing[-1].start()]) is not None
        # (…and "before" or "after" someone's one-time happening: "Francis had planned to make the trip himself before his
        # death in April" — no planning is dated by a death's month)
        told_after = told_after or re.match(r"(?:after|before|following)\b", governing[-1].group(), re.I) is not None \
            and _OWNED_ONE_TIME_HAPPENING.fullmatch(phrase.strip()) is not None
        if ahead is None and not despite and not during and not state_after and not ranked_after and not told_after \
                and (not governing[-1].group().lower().startswith("since")
                              or not (_PERFECT_BEFORE.search(s, max(0, governing[-1].start() - 100), governing[-1].start())
                                      or fronted_since or first_since)):  # ("Since the disputed election in October 2024, thousands have protested")
            return None  # ("began its biggest drills since the Cold War in January": the beginning's date)
    elif not any(not (sentence.start + np_start <= o.start < t.start)
                 # (a date of a clause joined on after it is that clause's: "The United States recognised sovereignty
                 # over the territory in December 2020, and Spain endorsed the plan in March 2022")
                 and not (o.start >= end + sentence.start and _CLAUSE_JOINED_ON.search(s, end, o.start - sentence.start))
                 for o in other_dates(t, inside)):
        return None
    if re.match(r"\s*\d", phrase) or re.search(r"\b(?:and|or)\s+(?:again|also|then)\s*$", phrase):
        return None  # ("…from 2005 until [2007 and again] last year": another date and a repetition, no noun phrase)
    of = _OF_PHRASE.match(s, end)  # "over the arrest [on 4 March] of the vice-president's allies"
    if of is not None:
        phrase, end = phrase + s[end:of.end()], of.end()
    relative = _RELATIVE_AFTER.match(s, end)
    title = phrase
    within = _WITHIN_WHICH_AFTER.match(s, end) if relative is None else None
    if within is not None:  # "…after a clash on June 17 in which a sailor lost a thumb": what happened in it says what it was
        title = f"{phrase.rstrip()} {within['lead']} {within['rest'].strip()}"
    if relative is not None:  # "…that killed 26 men": with the date between, the clause is the whole phrase's
        clause = NOUN_AND_RELATIVE.match(f"{phrase} that {relative['rest']}")
        title = f"{phrase} {relative['rest']}" if clause and not re.match(rf"(?:{AUXILIARY})\b", relative["rest"]) \
            else f"{phrase} that {relative['rest']}"
    owned = _POSSESSIVE.match(title)
    if owned is not None:
        owner = owner_before(s[:governing[-1].start()], owned["pronoun"], gazetteer)
        people = _PLURAL_PEOPLE.findall(s[:governing[-1].start()]) if owner is None and owned["pronoun"] == "their" else []
        if people:
            # ("…left Russian peacekeepers in the region until their withdrawal": the people named last are theirs)
            return f"{people[-1]}' {title[owned.end():]}"
        # (with no one to own it, a lone noun keeps its pronoun: "His arrest", not "Arrest"; a longer phrase takes "the":
        # "…after Yoon was removed over his brief declaration of martial law": "The brief declaration of martial law")
        title = f"{possessive(owner)} {title[owned.end():]}" if owner \
            else title if len(title[owned.end():].split()) < 2 else f"the {title[owned.end():]}"
    if len(title.split()) < 2:
        # "…during protests [on Oct. 4], the day of municipal elections": a lone noun says when by the day's apposition
        day_of = re.match(r",\s+(?P<day>the\s+(?:day|eve|night)\s+(?:of|before|after)\s+[^,;.]{3,60})", s[end:])
        if day_of is not None:
            return f"{title.strip()} on {day_of['day']}"
        # (…and a lone plural of happenings a state has lasted since is the happening, named as the text names it again:
        # "closed since [clashes] in July" → "The clashes")
        # (…or came after: "retook the town in 2013 following [clashes] in 2012")
        since = re.fullmatch(r"(?:[Ss]ince|[Aa]fter|[Ff]ollowing)\s+", governing[-1].group()) \
            and _BARE_HAPPENINGS.fullmatch(title.strip())
        return f"The {title.strip()}" if since else None
    return title


#: People named in the plural, with a word before them that says whose: "Russian peacekeepers", "the rebels".
_PLURAL_PEOPLE = re.compile(r"\b(?:(?:[A-Z][\w-]*|[a-z]+(?:ian|an|ese|ish|al))\s+)?(?:peacekeepers|troops|soldiers|forces|rebels|"
                            r"fighters|monitors|observers|militants|insurgents|diplomats|negotiators|delegates|envoys|"
                            r"hostages|prisoners|detainees|refugees|settlers|protesters|workers)\b")


#: A vote, a happening that a noun phrase names.
_VOTE_NOUN = re.compile(r"\b(?:vote|votes|elections?|referendum|polls|ballot|runoff)\b")
#: A visit or a meeting, a happening that a noun phrase names.
_GATHERING_NOUN = re.compile(r"\b(?:visit|trip|tour|summit|talks|meeting|conference|session|negotiations)\b")
_PARTICIPLE = re.compile(r"\b(?:\w{3,}ed|signed|agreed|held|made|won|lost|fought|begun|taken|given|brought|built|sent|set)\b")


#: An act's noun and what it was done to, right before that one's date: "the signing of [the Washington Peace
#: Agreement] on ".
_ACT_OF = re.compile(r"\b[Tt]he\s+(?P<act>signing|signature|adoption|launch|opening|conclusion|ratification|entry\s+into\s+force|"
                     r"inauguration|release|announcement|publication)\s+of\s+(?P<np>(?:(?:the|a|an)\s+)?[^,;:()\"“”]{3,80}?)\s+"
                     r"(?:on|in)\s+(?:the\s+)?$")
#: A second thing the same act was done to, with its own date: "… on 27 June 2025[ and the Doha Framework on ]".
#: (not the same act again: "… in June[ and again in ]October")
_AND_ANOTHER_OF = re.compile(r"\s+and\s+(?:of\s+)?(?!(?:again|also|once\s+more|later|then)\b)"
                             r"(?P<np>(?:(?:the|a|an)\s+)?[^,;:()\"“”]{3,60}?)\s+(?:on|in)\s+(?:the\s+)?$")


def act_of_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
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
#: A thing called or set for a date: "called an early parliamentary election for", "set the vote for".
_CALLED_FOR = re.compile(r"\b(?:called|calls|calling|scheduled|schedules|scheduling|set|sets|setting|fixed|fixes|announced|"
                         r"announces|convened|convenes|"
                         r"rescheduled|moved|postponed|brought\s+forward|adjourned|delayed|deferred)\s+(?P<np>(?:(?:an?|the|new|fresh|"
                         # (…or a bare plural: "calling elections for June 15")
                         r"early|snap)\s+(?:[\w'’-]+\s+){0,4}?|(?=(?:elections|polls|talks)\s))(?:elections?|polls?|vote|votes|referendum|ballot|runoff|session|"
                         r"summit|meeting|talks|round|hearing|debate|congress|conference|trial)(?:\s+(?:on|in|for|of)\s+[^,;:()]{2,40}?)?)"
                         r"\s+(?:for|to|until|till)\s+(?:the\s+)?$")
#: Things that are held on a day: a gathering, a vote, a hearing, a handover.
_HELD_THING = (r"(?:elections?|vote|referendum|summit|meeting|talks|round|session|hearing|trial|visit|ceremony|signing|"
               r"conference|withdrawal|handover|inauguration|census|runoff|"
               # (…or a text or a judgment awaited: "the next enlargement report, due in the autumn of 2027")
               r"report|ruling|verdict|judgment)")
#: A thing moved to a new date, or set for one: "A new round that had been scheduled for Tuesday was postponed to",
#: "a further meeting was planned for".
_POSTPONED_TO = re.compile(rf"(?P<np>\b(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+"
                           # (one noun phrase: "[the Russians say] the next round of talks is set for" is the round's)
                           rf"(?:(?!(?:the|a|an|its|their|say|says|said)\b)[\w'’-]+\s+){{0,4}}?{_HELD_THING}|"
                           # (…or a bare plural: "[elections] planned for December 2024 were postponed to")
                           r"(?:(?!(?:[Bb]ut|[Aa]nd|[Oo]r|[Ww]hile|[Aa]s|[Tt]hat|[Ww]hich|[Ww]hen)\b)[A-Za-z][\w'’-]+\s+){0,2}?(?:[Ee]lections|[Tt]alks|[Hh]earings|[Ss]ummits|[Mm]eetings))"
                           r"(?:\s+(?:of|on|in|with|between)\s+[^,;:()\"“”]{2,40}?)?)"
                           r"\s+(?:(?:that|which)\s+(?:had|has|have|was|were|is|are)\s+[^,;\"“”]{0,50}?\s+)?"
                           # (the day it was first planned for between: "…planned for December 2024 were postponed to")
                           r"(?:,?\s*(?:(?:originally|initially|first)\s+)?(?:planned|scheduled|set|slated|due)\s+(?:for|in|on)\s+"
                           r"[^,;:()\"“”]{2,30}?,?\s+)?"
                           r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be)\s+(?:(?P<moved>postponed|delayed|moved|"
                           r"pushed\s+back|rescheduled|brought\s+forward|put\s+off)\s+(?:to|until|till)"
                           # (…or set for it: "a further meeting was planned for next week")
                           r"|(?:planned|scheduled|set|slated|pencilled\s+in|penciled\s+in)\s+for)\s+(?:the\s+)?$")
#: A participle of following set off right before a date: ", followed in ", ", suivie en ", ", seguida en ", ", seguito a ".
_FOLLOWED_BEFORE = re.compile(rf",\s+{FOLLOWING_PARTICIPLE}\s+(?:(?:in|on|en|le|el|a|à|nel|em|no|na)\s+)?$", re.I)
#: …and what followed, after the date.
_FOLLOWED_BY = re.compile(rf"\s*{FOLLOWED_BY}\s*(?P<np>(?:(?:a|an|the|un|une|una|uno|um|uma|le|la|"
                          r"el|il|o|l['’])\s*)?[^,;.()]{3,80}?)\s*(?:[,;.]|$)", re.I)
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
_NOUN_PHRASE_START = re.compile(r"(?:a|an|the|its|their|his|her|this|that|these|those)\s", re.I)
#: A participle, its adverb and its agent maybe, right up to its date: "[first made in] 2022", "[captured by rebels in] ".
_PARTICIPLE_THEN_DATE = re.compile(r"\s(?:[a-z]+ly\s+|first\s+)?(?:\w{3,}ed|made|held|signed|agreed|won|fought|begun|taken|"
                                   r"given|built|sent|set|drawn|struck)(?:\s+by(?:\s+[\w'’.-]+){1,4}?)?"
                                   # (…where, before its date: "seized [in the Red Sea] in November 2023", "floated [at the
                                   # Istanbul talks] in May 2025")
                                   r"(?:\s+(?:in|at|off|near)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                                   r"(?:\s+(?:talks|summit|meeting|conference|negotiations|session|forum))?)?\s+"
                                   r"(?:(?:in|on|at|since|during|as\s+early\s+as)\s+)?(?:the\s+)?$")


def appositive_of(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """", a step agreed in a framework deal signed in December 2022": a trailing phrase between
    commas that holds `t`, no other date, and a participle tells its own happening."""
    s = sentence.text
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    lo = s.rfind(", ", 0, rel_start)
    if lo < 0:
        return None
    hi = s.find(", ", rel_end)
    hi = len(s) if hi < 0 else hi
    others = other_dates(t, inside)
    if any(lo < o.start - sentence.start < hi for o in others):
        return None
    body = s[lo + 2:hi].rstrip(" .")
    participle = _PARTICIPLE_THEN_DATE.search(s, lo + 2, rel_start) if not others else None
    if not others and not (hi == len(s) and _NOUN_PHRASE_START.match(body) and participle is not None
                           and not re.search(r"\b(?:has|have|had|is|are|was|were|will|would|that|which|who)\b",
                                             s[lo + 2:rel_start])
                           # (no zero relative's subject before it: "a claim [the army] denied on Sunday")
                           and not re.search(r"\s(?:the|a|an|its|their|his|her)\s|\s[A-Z]", s[lo + 2:participle.start() + 1])):
        # (the only date of the sentence is the main clause's, unless a noun phrase closing it tells its own happening by
        # a participle right before its date: "…asked for the bank's reconnection, a demand first made in 2022")
        return None
    if re.match(r"\s+(?:(?:still|now|also|not|never|yet)\s+)?(?:has|have|is|are|was|were|will|would|could|can|may|might|must|should)\s",
                s[rel_end:hi]):
        return None  # ("Sixteen months on, the treaty they initialled that day has still not been signed": the main clause)
    if re.match(r",\s+(?:when|where)\s+(?:he|she|they|it|we|the|a|an|its|their|[A-Z])", s[hi:]) and s[rel_end:hi].strip() == "":
        return None  # (", a post he held until 2013, when he was appointed minister": the when-clause is the date's)
    if s.find(", ") == lo and FRONTED_PREPOSITION.match(s, dateline_end(s)) and not PARTICIPLE_START.match(body):
        return None  # ("Welcoming the deal signed in January, the ministers pledged aid for the winter": the main clause)
    if PARTICIPLE_START.match(body) and s.find(", ") == lo and len(s[:lo].split()) <= 6:
        # "The talks, first held in 2021, resumed…": the subject and its participle ("The talks, first held")
        return Sentence(sentence.start, sentence.start + lo + 2 + len(body), s[:lo + 2 + len(body)])
    if not _PARTICIPLE.search(body) or len(body.split()) < 4 or not _NOUN_PHRASE_START.match(body):
        return None  # ", originally scheduled for March," says nothing of its own
    return Sentence(sentence.start + lo + 2, sentence.start + lo + 2 + len(body), body)


#: A thing held named right before a bare date, after "and" or a comma: "…, and the NATO summit in Ankara [next July]".
_EVENT_BEFORE_BARE_DATE = re.compile(rf"(?:^|,|\band(?:\s+(?:then|later|earlier|(?:before|after)\s+(?:that|then)),?)?)\s+(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){{0,3}}?"
                                     rf"{_HELD_THING}(?:\s+(?:in|at|on)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})?)"
                                     r"\s+$")
#: A thing and, set off by a comma, the day it is set for: "the elections, now set for", "the summit, scheduled for".
_SET_FOR_APPOSED = re.compile(r"(?P<np>\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?!(?:the|a|an|in|of|on|at|for|to|by|with)\b)"
                              rf"[\w'’–-]+\s+){{0,4}}?{_HELD_THING}"
                              # (with what it is on: "the Lagos conference on maritime security, scheduled for…")
                              r"(?:\s+(?:on|of|for|about)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)?)\s*,\s+(?:now\s+|currently\s+|initially\s+|"
                              r"originally\s+|tentatively\s+)?(?:set|scheduled|planned|slated|due|expected)\s+"
                              r"(?:for|on|in"
                              # (…or to take place, where and then when: "…summit, scheduled to take place in Samarkand in")
                              r"|to\s+(?:take\s+place|be\s+held|open|convene|begin|start)(?:\s+(?:in|at)\s+(?:the\s+)?"
                              r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?(?:\s+(?:on|in|at))?)\s+(?:the\s+)?$")


#: A speaker's regard for a doing named by its noun, the doing's date after it: "welcomed the opening of accession
#: negotiations with the European Union on ", "condemned the arrest of the mayor in ".
#: A decision's noun and whose, then its date's preposition: "the government's decision on ".
_DECISION_BEFORE_DATE = re.compile(r"(?P<np>\b(?:(?:the|its|their|his|her)\s+(?:[a-z]+['’]s\s+)?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+)"
                                   r"(?:[a-z-]+\s+)?(?:decision|announcement|move|vote|pledge|order|refusal|offer|promise|"
                                   r"request|bid|attempt))\s*,?\s+(?:on|in)\s+(?:the\s+)?$")
#: What was decided, after the date's closing comma, up to the clause's end or another date: ", to suspend talks on joining
#: the European Union".
_SET_OFF_INFINITIVE_AFTER = re.compile(r"\s*,\s+(?P<inf>to\s+[a-z]{2,}[^,;:.()\"“”]{2,80}?)\s*(?=[.;:]|,\s|$"
                                       r"|\s+(?:until|by|before|after|in|on|from)\s+(?:\d|[A-Z][a-z]+\.?\s+\d))")
#: A happening's noun, then a comma and its date's preposition: "the release, on ".
_HAPPENING_SET_OFF_BEFORE = re.compile(r"(?P<np>\b(?:the|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:release|arrest|detention|"
                                       r"killing|abduction|kidnapping|opening|closure|reopening|signing|launch|adoption|"
                                       r"appointment|resignation|dismissal|election|withdrawal|deployment|return|handover|"
                                       r"exchange|transfer|expulsion|extradition))\s*,\s+(?:on|in|at)\s+(?:the\s+)?$", re.I)
#: What that happening was of, after the date's closing comma, up to the clause's end: ", of two residents of Varnita".
_SET_OFF_OF_AFTER = re.compile(r"\s*,\s+(?P<of>of\s+[^,;:.()\"“”]{3,80}?)\s*(?=[.;:]|,\s|$"
                               # (…or a participle of its own: "…of two residents [detained since August]")
                               r"|\s+[a-z]{3,}ed\s+(?:since|in|on|at|by|during|last)\b)")
_REGARDED_DOING = re.compile(r"\b(?:welcomed|welcomes|hailed|hails|praised|praises|condemned|condemns|deplored|deplores|"
                             r"regretted|regrets|recalled|recalls|denounced|denounces)\s+"
                             # (how strongly: "condemned in the strongest terms the attack")
                             r"(?:(?:in\s+the\s+strongest\s+(?:possible\s+)?terms|strongly|firmly|warmly)\s+)?"
                             r"(?P<np>the\s+(?:[a-z-]+\s+){0,2}?"
                             r"(?:(?:opening|signing|signature|launch|start|beginning|adoption|conclusion|release|resumption|"
                             r"ratification|creation|establishment|appointment|election|arrest|detention|killing|"
                             r"deployment|withdrawal|entry\s+into\s+force)\s+of\s+[^,;:()\"“”]{3,90}?"
                             # (an attack and where it struck, set off by commas maybe: "the attack against a patrol … near
                             # Sam Ouandja, in the north-east of the country, on ")
                             r"|(?:attacks?|bombing|shelling|strikes?|shooting|assassination|abduction|kidnapping|massacre)\s+"
                             r"(?:against|on|of|in|near|at|by)\s+(?:(?!,\s+(?:which|who|and)\b)[^;:\"“”]){3,260}?)),?"
                             r"\s+(?:on|in|at)\s+(?:the\s+)?$")


#: A part a closing "including" lists, and the preposition of its own date: ", including a ban on gas imports from ".
_INCLUDED_WITH_ITS_DATE = re.compile(r",\s+(?:including|among\s+them|notably)\s+(?P<np>(?:a|an|the|its|their)\s+[^,;:()]{3,100}?)"
                                     # (not a participle's date: "including a pilot captured in 2023")
                                     r"(?<![a-z]ed)(?<!\bheld)(?<!\bmade)(?<!\bseen)(?<!\bshot)(?<!\bwon)(?<!\blost)(?<!\bbuilt)(?<!\btaken)(?<!\bgiven)"
                                     r"\s+(?:from|starting|beginning|as\s+of|in|on|by)\s+(?:the\s+)?$")
#: A saying right before what was said: "officials say ", "the ministry said on Monday that ".
_SAYING_BEFORE_REPORT = re.compile(r"\b(?:say|says|said|told\s+[\w ]{1,30}?|announced|confirmed)(?:\s+[^,;.]{1,25}?\s+that)?"
                                   r"\s+(?:that\s+)?$")


def dated_thing(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The thing a date belongs to when the sentence names it right before the date, told as the title (None
    when it names none): a birth or death in brackets, a thing called, moved or set for the date, a thing to be
    held on it, a part named by "of which"."""
    s, rel = sentence.text, t.start - sentence.start
    followed = _FOLLOWED_BEFORE.search(s, max(0, rel - 30), rel)
    by = _FOLLOWED_BY.match(s, date_phrase_end(t, inside) - sentence.start) if followed is not None else None
    if by is not None:
        # "…signed a declaration in July, followed in November by a framework agreement", "…, suivie en novembre d'un
        # accord-cadre": what followed then is the date's
        np = by["np"].strip()
        return np[:1].upper() + np[1:]
    included = _INCLUDED_WITH_ITS_DATE.search(s, max(0, rel - 140), rel)
    if included is not None and PHRASE_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start) \
            and any(o.end <= sentence.start + included.start() for o in inside if o is not t):
        # "…adopted its 19th package of sanctions on Thursday, including a ban on Russian gas imports from January
        # 2027": the part listed with its own date is that date's, the whole the earlier date's
        np = included["np"]
        return np[:1].upper() + np[1:]
    born = _BORN_ASIDE.search(s, max(0, rel - 80), rel)
    if born is not None:  # "Ilham Aliyev (born 24 December 1961) is…": the birth is the date's
        return f"{born['name']} {'was born' if born['word'].startswith('b') else 'died'}"
    lo = max(0, rel - 160)
    closes = PHRASE_CLOSES.match(s, date_phrase_end(t, inside) - sentence.start)
    called = _CALLED_FOR.search(s, lo, rel) or _CALLED_FOR_NP.search(s, lo, rel) or _POSTPONED_TO.search(s, lo, rel)
    if called is not None and called.re is _POSTPONED_TO:
        planned_for = re.search(r"\bfor\s+(?:the\s+)?$", called.group()) is not None
        at = called.start("np")
        if planned_for and _SAYING_BEFORE_REPORT.search(s, max(0, at - 40), at) \
                and re.search(r"\b(?:planned|scheduled|slated|pencill?ed\s+in)\s+for\s+(?:the\s+)?$", called.group()):
            # "Officials say a new round is planned for early August in Istanbul": what was said opens with the plan,
            # which is told with its clause and without the sayer (not a bare "set", which needs its "for")
            told = remove_date_phrase(s[at:], rel - at, date_phrase_end(t, inside) - sentence.start - at, own=True)
            return told[:1].upper() + told[1:]
        # ("Another round of talks is planned for May": a determiner the noun phrase leaves out opens the sentence too)
        if not (planned_for and re.fullmatch(r"\W{0,2}(?:(?:[Aa]nother|[Aa]\s+new|[Aa]\s+further|[Oo]ne\s+more)\s+)?",
                                             s[dateline_end(s):at])):
            if " " not in called["np"] and called["moved"]:  # ("elections … were postponed to": "Postponed elections")
                if " " in called["moved"]:  # ("…have been pushed back to 2027": "Elections pushed back")
                    return f"{called['np'].capitalize()} {called['moved']}"
                return f"{called['moved'].capitalize()} {called['np'].lower()}"
            return called["np"][:1].upper() + called["np"][1:]  # a thing moved is on its new date, told alone or not
        called = None  # ("A second round is planned for Dec. 2 in Geneva": a plan that is the sentence's own keeps its clause)
    if called is not None and closes and any(o is not t and o.end <= sentence.start + called.start("np") for o in inside):
        # "Sandu on Friday called an early parliamentary election for March 8": the later date is the election's,
        # the earlier one the calling's (a bare plural with its article: "calling elections for June 15")
        return called["np"][:1].upper() + called["np"][1:] if " " in called["np"] else f"The {called['np']}"
    listed = _EVENT_BEFORE_BARE_DATE.search(s, lo, rel) if re.match(r"(?:next|last|this)\s", t.text, re.I) else None
    if listed is not None and re.match(r"\s*(?:,|\.|$|\s(?:will|would|is|are|was|were|could|may|might)\b)",
                                       s[date_phrase_end(t, inside) - sentence.start:]):
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
    # (a date with its year, set apart from the day of speaking: "condemned the arrest of the mayor on Monday" may be
    # either's)
    regarded = _REGARDED_DOING.search(s, max(0, rel - 400), rel) if re.search(r"\b\d{4}\b", t.text) else None
    if regarded is not None and re.match(r"\s*(?:[.;:!?,]|and\b|$)", s[date_phrase_end(t, inside) - sentence.start:]):
        # "The ministers welcomed the opening of accession negotiations with the EU on 25 June 2024": the date is the
        # opening's, not the welcoming's, which is the day of speaking
        return regarded["np"][:1].upper() + regarded["np"][1:]
    happening = _HAPPENING_SET_OFF_BEFORE.search(s, max(0, rel - 60), rel)
    of_it = _SET_OFF_OF_AFTER.match(s, date_phrase_end(t, inside) - sentence.start) if happening is not None else None
    if of_it is not None:
        # "He also welcomed the release, on 21 November, of two residents of Varnita": a date set off between a
        # happening's noun and what it was of is the happening's
        return f"{happening['np'][:1].upper()}{happening['np'][1:]} {of_it['of']}"
    decided = _DECISION_BEFORE_DATE.search(s, max(0, rel - 80), rel)
    to_do = _SET_OFF_INFINITIVE_AFTER.match(s, date_phrase_end(t, inside) - sentence.start) if decided is not None else None
    if to_do is not None:
        # "…over the government's decision on Nov. 28, 2024, to suspend talks on joining the EU": a date set off between
        # a decision's noun and what was decided is the deciding's
        return f"{decided['np'][:1].upper()}{decided['np'][1:]} {to_do['inf']}"
    of_which = _OF_WHICH.search(s, lo, rel)
    if of_which is not None:
        # "…the state commissions, the latest meeting of which took place on 14 November in Gabala": the meeting's
        head, np = of_which["head"], of_which["np"]
        np = np[np.rindex(" of ") + 4:] if " of " in np else np  # ("the work of the state commissions…, the latest
        # meeting of which": the commissions', the nearest noun)
        verb_at = of_which.start("verb")
        rest = remove_date_phrase(s[verb_at:clause_end_after(sentence, t)], rel - verb_at,
                                   date_phrase_end(t, inside) - sentence.start - verb_at, own=True)
        return f"{head[:1].upper()}{head[1:]} of {np} {rest}"
    return None
