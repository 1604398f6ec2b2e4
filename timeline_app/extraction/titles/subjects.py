"""Who a title is about: people shortened to their family names, a pronoun replaced by the subject of
the sentence before it, a relative's antecedent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.extraction.actors import Gazetteer, load_gazetteer
from timeline_app.extraction.coreference import (
    IT_AS_TEXT,
    NOT_SURNAMES,
    OBJECT_HIM,
    ROLE_THEN_NAME_OPENING,
    family_name_first,
    possessive,
    surname,
    text_named_before,
)
from timeline_app.extraction.counted_clauses import bare_noun_phrase_before
from timeline_app.extraction.dateline import COLON_ENTRY_LABEL, ENTRY_LABEL, clock_stamp_end, dateline_end
from timeline_app.extraction.lexicon import PERSON_ROLE_WORDS
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import (
    WEEKDAY,
)
from timeline_app.extraction.titles.grammar import (
    CALENDAR_WORD,
    ENCLOSED_RELATIVE,
    HAPPENING_HELD,
    PAST_VERB,
    PLURAL_AGENTS,
    SAYING_IN_A_SOURCE,
    TITLE_SOURCE_CHARS,
    be_for,
    noun_phrase_start,
    subject_of,
)
from timeline_app.extraction.verbs import (
    IRREGULAR_PASTS,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    words_pattern,
)

_NAME_PARTICLE = r"(?:el|al|ad|ash|bin|ibn|ben|van|von|der|den|de|da|di|du|del|della|dos|le|la)"
#: The roles a title names a person by, before the name: "President", "Foreign Minister", "Russian envoy".
_PERSON_ROLE = (
    r"(?:President|Prime\s+Minister|Foreign\s+Minister|Defen[cs]e\s+Minister|Minister|Secretary\s+of\s+State|"
    r"Secretary[- ]General|Chancellor|Ambassador|Special\s+Envoy|Envoy|spokes(?:man|woman|person)|Spokes(?:man|woman|person)|"
    r"Vice[- ]President|Deputy\s+Prime\s+Minister|High\s+Representative|King|Queen|Emir|Crown\s+Prince|Supreme\s+Leader|"
    r"(?:[Aa]rmy\s+chief\s+)?(?:(?:Lt|Maj|Brig)\.?\s+)?Gen\.|[Aa]rmy\s+chief|"
    # (in lower case too: "Russian envoy Kirill Dmitriev", "Ukrainian negotiator Rustem Umerov")
    r"(?:special\s+|chief\s+)?(?:envoy|ambassador)|(?:chief\s+)?negotiator|(?:foreign|defen[cs]e)\s+minister|chief|[Ll]eader|"
    r"Army\s+Secretary|Navy\s+Secretary|Defen[cs]e\s+Secretary|Treasury\s+Secretary)"
)
#: A role that heads a state or a government, which no name opens with: "President", "Prime Minister".
_HEAD_OF_STATE = r"(?:President|Prime|Premier|Chancellor|King|Queen|Emir|Sultan|Secretary|Minister)"
_NATIONALITY_TITLE = re.compile(
    # ("visiting Pakistani Deputy Prime Minister and Foreign Minister Ishaq Dar": two roles, one person)
    r"(?<![\w-])(?:(?:visiting\s+)?(?:the\s+)?(?:(?:then|ex|former)[- ])?(?:[A-Z][\w.'’-]*\s+){0,3}"
    r"(?:(?:interim|acting|outgoing|incoming|caretaker|transitional|new)\s+)?)"  # "Syrian interim President…"
    # (…and the country it serves: "Foreign Minister of Armenia Ararat Mirzoyan")
    rf"(?:{_PERSON_ROLE}\s+and\s+)?{_PERSON_ROLE}(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?!{_HEAD_OF_STATE}\b)[A-Z][\w'’.-]*){{0,2}})?\s+"
    # (a surname may open with a particle: "Abdel Fattah el-Sisi", "Ursula von der Leyen")
    # (…and no name opens with another's role: "the special envoy of U.S. [President] Donald Trump" is the envoy's
    # principal, not the envoy)
    rf"(?P<first>(?!{_HEAD_OF_STATE}\b)[A-Z][\w'’-]+\s+)+?(?P<last>(?:{_NAME_PARTICLE}[- ])*[A-Z][\w'’-]+)(?![\w])(?!\s+{_NAME_PARTICLE}[- ][A-Z])(?P<more>(?:\s+[A-Z][a-z][\w'’-]*(?!\w)(?!\.\w))*)"
)


def shorten_people(text: str, gazetteer: Gazetteer) -> str:
    """"US Secretary of State Antony Blinken" → "Blinken": a title reads as a surname in a headline."""
    def shortened(m: re.Match[str]) -> str:
        before = m.string[max(0, m.start() - 30):m.start()].split()
        if _LOWER_ROLE.match(m.group(0)) and before and before[-1].islower() and before[-1] not in _FUNCTION_WORDS:
            return m.group(0)  # "U.N. aid chief Tom Fletcher", "junta leader Assimi Goita": the role's own words stay whole
        if m["more"]:  # "President Luiz Inacio Lula da Silva": which word is the surname is not sure, the name stays whole
            name = m.group(0)[m.start("first") - m.start():]
            known = next((short for full_name, short in gazetteer.short_names.items() if full_name == name), None)
            words = name.split()
            if known is None and family_name_first(words[0], words[1]):
                return words[0]  # (but a family name that comes first is sure: "President Lee Jae Myung" is Lee)
            return known or name
        full = (m.group(0).split()[-2] + " " + m["last"]) if m["first"] else m["last"]
        first = m.group(0).split()[-2] if m["first"] else ""
        if first and family_name_first(first, m["last"]):
            return first  # "Xi Jinping", "Lee Jae-myung": the family name is the first word
        if re.fullmatch(r"[IVX]+|Jr\.?|Sr\.?", m["last"]):  # "Queen Elizabeth II" is Elizabeth II, not "II"
            return f"{m.group(0).split()[-2]} {m['last']}"
        if gazetteer.local_people.get(full) == full:
            return full  # ("Vice President Sara Duterte" in an article about her father: their surname alone says neither)
        for name, short in gazetteer.short_names.items():
            if name.endswith(m["last"]) or full == name:
                return short
        return m["last"]

    def owned_surname(m: re.Match[str]) -> str:
        short = shortened(m)
        owner = re.search(r"['’]s$", m.group(0))  # "President Xi Jinping's state visit" → "Xi's state visit"
        return short + owner.group() if owner is not None and not short.endswith(owner.group()) else short

    # "O presidente Luiz Inácio Lula da Silva recebeu…", "El presidente colombiano Gustavo Petro dijo…": a role in the other
    # languages opening the title goes, the name tells who
    text = _FOREIGN_ROLE_OPENING.sub("", text, count=1)
    # ("the son of ousted President Mohamed Bazoum": the role's adjective goes with the role, or "ousted Bazoum" is left)
    text = _ROLE_ADJECTIVE.sub("", text)
    text = _NATIONALITY_TITLE.sub(owned_surname, text)
    # "Presidents Lee Jae Myung and Donald Trump", "foreign ministers Ararat Mirzoyan and Jeyhun Bayramov": each by name
    text = _PLURAL_ROLE_TWO_NAMES.sub(
        lambda m: f"{_headline_name(m['one'], gazetteer)} and {_headline_name(m['two'], gazetteer)}", text)
    pattern = _known_names(gazetteer)
    return pattern.sub(lambda m: gazetteer.short_names[m.group(0)], text) if pattern is not None else text

#: An adjective of what befell a role's holder, before the capitalised role and a name: "[ousted ]President Mohamed".
#: (an adjective after a word that asks for a noun, not a verb: "an uprising ousted Prime Minister Sheikh Hasina")
_ROLE_ADJECTIVE = re.compile(r"(?:(?<=\bof\s)|(?<=\bthe\s)|(?<=\bwith\s)|(?<=\bto\s)|(?<=\bfor\s)|(?<=\bby\s)|(?<=\band\s)"
                             r"|(?<=\bfrom\s)|(?<=\bon\s)|(?<=['’]s\s)|^)"
                             r"(?:[Oo]usted|[Dd]eposed|[Tt]oppled|[Oo]verthrown|[Ee]xiled|[Jj]ailed|[Dd]etained|[Ii]mprisoned)\s+"
                             r"(?=(?:President|Prime\s+Minister|Premier|King|Emir|Leader|General)\s+[A-Z])")
#: A role of the other languages opening a title, with an adjective or two, before the name of who holds it and its verb.
_FOREIGN_ROLE_OPENING = re.compile(rf"^(?:[OoAa]|[Ee]l|[Ll]a|[Ll]e|[Ii]l|[Dd]er|[Dd]ie)\s+(?i:{PERSON_ROLE_WORDS})"
                                   r"(?:\s+(?!(?:de|del|da|do|di|des|du|von|der|dos|das|degli|della|delle|dei|dello|dell|al|alla|au|aux|für|la|le|el|los|las)\b)[a-zà-ÿ]+){0,2}\s+"
                                   r"(?=(?:[A-ZÀ-Ý][\w'’-]*\s+){1,3}(?:(?:da|de|do|dos|del|di)\s+)?[A-ZÀ-Ý][\w'’-]*\s+[a-zà-ÿ])")
#: A plural role before two names joined by "and": "Presidents Lee Jae Myung and Donald Trump".
_PERSON_NAME = r"[A-Z][\w'’-]+(?:\s+(?:(?:el|al|bin|van|von|de|da)[- ])?[A-Z][\w'’-]+){1,2}"
_PLURAL_ROLE_TWO_NAMES = re.compile(rf"(?<![\w-])(?:(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,2}})?(?:Presidents|Prime\s+Ministers|"
                                    rf"[Ff]oreign\s+[Mm]inisters|[Dd]efen[cs]e\s+[Mm]inisters|[Ll]eaders)\s+"
                                    rf"(?P<one>{_PERSON_NAME})\s+and\s+(?P<two>{_PERSON_NAME})(?![\w'’-])")


def _headline_name(name: str, gazetteer: Gazetteer) -> str:
    """The word a headline calls a named person by: the gazetteer's when it knows the person ("Anutin Charnvirakul" is
    Anutin, "Hun Manet" stays whole), else a family name that comes first ("Lee Jae Myung" is Lee), else the last word."""
    if name in gazetteer.short_names:
        return gazetteer.short_names[name]
    words = name.split()
    return words[0] if family_name_first(words[0], words[1]) else surname(name)


#: A role in lower case opening a name's title ("chief", "leader", "envoy"), and the small words that may
#: stand before one without being part of it ("met leader X").
_LOWER_ROLE = re.compile(r"(?:special\s+|chief\s+)?(?:chief|leader|envoy|ambassador|negotiator|foreign\s+minister|"
                         r"defen[cs]e\s+minister|spokes(?:man|woman|person))\b")
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


#: A place fronted before a joined clause's pronoun and verb: "In Ohrid they agreed…", "At the NATO summit in The Hague
#: they committed…".
_PLACE_BEFORE_PRONOUN = re.compile(r"(?P<lead>(?:In|At|During)\s+[^,;]{2,60}?)\s+(?P<who>they|he|she)\s+(?P<verb>[a-z]{3,})\s")


def place_after_verb(title: str, sentence_text: str) -> str:
    """"In Ohrid they agreed on an annex" → "The two leaders agreed in Ohrid on an annex": the fronted place goes after
    the verb, and the pronoun is the first clause's subject when that one agrees with it."""
    m = _PLACE_BEFORE_PRONOUN.match(title)
    if m is None:
        return title
    return pronoun_as_subject(f"{m['who'].capitalize()} {m['verb']} {m['lead'][:1].lower()}{m['lead'][1:]} {title[m.end():]}",
                              sentence_text)


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


#: A past and the plural it was done to: "imposed [measures] on Kosovo", "lifted [the sanctions]".
_PAST_AND_PLURAL_OBJECT = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?P<np>(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?"
                                     r"[a-z]{3,}[^s\W]s)\b(?!\s+(?:of|that|who|which)\b)")
#: A country or body named as an owner: "the North's", "Iran's".
_NAMED_OWNER = re.compile(r"\b((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})['’]s\s")


#: A relative clause without "that" whose subject is "it", inside a noun phrase: "a national consultation [it organised]".
_ZERO_RELATIVE_IT = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)\s+(?:[a-z-]+\s+){0,3}(?P<it>it)\s+(?P<verb>[a-z]{3,}ed)\b(?!\s+(?:to|that)\b)")
#: A part of a text, after its owner's "its": "[annex]", "[implementation]", "[second phase]".
_PART_OF_A_TEXT = re.compile(r"(?:(?:first|second|third|final|key)\s+)?(?:annex(?:es)?|protocols?|text|terms|provisions|"
                             r"implementation|ratification|preamble|clauses?|articles?|phase|chapter|appendix)\b")


#: A plural that was freed, the object of its freeing: "released [12 United Nations staff members]".
_FREED_PLURAL = re.compile(r"\b(?:released|freed|handed\s+over|returned|repatriated)\s+(?P<np>(?:\d[\d,]*|the|some|all|about|"
                           r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|hundreds\s+of)\s+"
                           r"(?:[\w'’.-]+\s+){0,4}?(?:staff\s+members|[a-z]+s|staff))\b")
#: "They" held: "They were detained", "they had been abducted".
_THEY_WERE_HELD = re.compile(r"[Tt]hey\s+(?:were|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:detained|held|arrested|captured|"
                             r"abducted|kidnapped|seized|taken|jailed|imprisoned)\b")


#: A person's possessive and what is theirs, counted since (or told before or after) what "he" or "she" did: "[Lee]'s
#: first visit to Japan since [he]" (a name, not a role after "the": "the Minister's first visit" is left to the article).
_POSSESSOR_THEN_SINCE_PRONOUN = re.compile(r"(?<![Tt]he\s)\b(?P<name>[A-Z][\w’.-]*(?:\s+[A-Z][\w’.-]*){0,2})['’]s\s+"
                                           r"(?:[\w-]+\s+){1,6}?(?:since|after|before|when)\s+(?P<pronoun>he|she)\s")


def possessor_as_pronoun(title: str, sentence_text: str) -> str | None:
    """"He took office" → "Lee took office" when the sentence counts something of a person's since what "he" did ("in
    Lee's first visit to Japan since he took office"); None otherwise."""
    m = re.match(r"(He|She)\s", title)
    possessor = _POSSESSOR_THEN_SINCE_PRONOUN.search(sentence_text, 0, TITLE_SOURCE_CHARS) if m is not None else None
    if possessor is None or possessor["pronoun"].lower() != m[1].lower():
        return None
    return f"{possessor['name']}{title[len(m[1]):]}"


#: The head noun of each determined noun phrase, its last word before a preposition, a comma or the end.
_HEAD_OF_DETERMINED = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3}?([a-z][\w'’-]*)(?=\s+(?:on|in|at|of|to|for|with|by|from|"
                                 r"and|or|that|which|who)\b|\s*[,;.]|\s*$)")


#: What befalls a place, told of "it": "It fell to the RSF", "It was retaken".
_PLACE_S_FATE = re.compile(r"It\s+(?:fell|(?:was|had\s+been)\s+(?:captured|seized|taken|retaken|recaptured|liberated|besieged|"
                           r"overrun|encircled|surrounded|occupied|annexed|evacuated))\b")
#: A place named by its kind: "the city", "the besieged town".
_PLACE_NOUN = re.compile(r"\b(?P<np>the\s+(?:[a-z-]+\s+)?(?:city|town|capital|village|port|base|airport|garrison|enclave))\b")


#: A past's object, then a second past joined on whose object is "it": "captured most of [the Golan Heights] from Syria in
#: the 1967 war and annexed it".
_OBJECT_THEN_AND_IT = re.compile(rf"\b(?:{PAST_VERB})\s+(?:(?:most|much|part|all|parts)\s+of\s+)?"
                                 r"(?P<np>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*|the\s+(?:[a-z-]+\s+){0,2}[a-z]+)"
                                 rf"\b[^;,]{{0,80}}?\s+and\s+(?:later\s+|then\s+|formally\s+)?(?:{PAST_VERB})\s+it\b")
#: The people of a body, after its possessive: "[its] members", "[its] leaders".
_MEMBERS_OF_A_BODY = re.compile(r"(?:own\s+)?(?:members|leaders|officials|chiefs|staff|delegates|envoys|negotiators|troops|"
                                r"soldiers|fighters|commanders|judges|ministers)\b")
#: A sentence's first clause, a singular noun phrase and its passive, and the clause joined on after its comma: "A peace
#: declaration was signed in Kuala Lumpur on Oct. 26, but ".
_PASSIVE_FIRST_THEN_JOINED = re.compile(r"^(?:[^\n]{0,80}?\s[-—–]\s+)?(?P<np>(?:A|An|The)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*[^s\W])\s+"
                                        r"(?:was|had\s+been)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn)\b[^;]{0,160}?,\s+(?:but|and)\s+")


#: What befalls places, told of "they": "They were bombed", "They had been shelled".
_PLACES_STRUCK = re.compile(r"They\s+(?:were|had\s+been)\s+(?:[a-z]+ly\s+)?(?:bombed|struck|hit|attacked|damaged|destroyed|"
                            r"shelled|targeted|seized|captured|closed|reopened|evacuated)\b")
#: Places named in the plural, with the names before them: "the Fordo and Natanz sites", "two border crossings".
_PLURAL_PLACES = re.compile(r"\b(?:the|two|three|several|both)\s+(?:[A-Z][\w'’-]*\s+(?:and\s+[A-Z][\w'’-]*\s+)?|[a-z]+\s+)?"
                            r"(?:sites|facilities|plants|bases|towns|villages|cities|camps|ports|airports|hospitals|crossings|"
                            r"checkpoints|bridges|refineries)\b")


def pronoun_as_subject(title: str, sentence_text: str) -> str:
    """"They were attacked" → "Deminers were attacked": a subordinate clause's pronoun is the main
    clause's subject when that subject agrees with it (a plural for "they", a person's name for "he"
    or "she", a singular thing for "it"); anything less sure keeps the pronoun."""
    passages = {p["noun"] for p in _PASSAGE_THING.finditer(sentence_text, 0, max(0, sentence_text.find(" it ") + 1))} \
        if _A_PASSAGE_S_COURSE.match(title) else set()
    if len(passages) == 1:
        # "Ukraine has shipped 140 million tonnes through its own sea corridor since it opened in August 2023": what opens
        # or closes is the one way through the sentence names before the pronoun, not the country
        return f"The {passages.pop()}{title[2:]}"
    struck = _PLACES_STRUCK.match(title)
    sites = list(_PLURAL_PLACES.finditer(sentence_text, 0, max(0, sentence_text.find(" they ") + 1))) if struck else []
    if sites:
        # "…return to the Fordo and Natanz sites for the first time since they were bombed in June 2025": what was bombed
        # is the places the sentence named before the pronoun
        return f"{sites[-1].group()[:1].upper()}{sites[-1].group()[1:]}{title[4:]}"
    told = _pronoun_as_subject(title, sentence_text)
    named = place_or_body_before_it(sentence_text) if re.match(r"It\s", told) else None
    if named is not None:
        return f"{named}{told[2:]}"
    fell = _PLACE_S_FATE.match(told)
    places = list(_PLACE_NOUN.finditer(sentence_text, 0, max(0, sentence_text.find(" it ") + 1))) if fell is not None else []
    place = places[-1] if places else None
    if place is not None:
        # "…allowing the first convoy to reach the city since it fell to the RSF in late October": what falls or is taken
        # is the place the sentence named before the pronoun
        return f"{place['np'][:1].upper()}{place['np'][1:]}{told[2:]}"
    thing = _AGREED_THING.search(sentence_text) if _A_THING_S_COURSE.match(told[:1].upper() + told[1:]) else None
    if thing is not None:
        # "…the truce that began in April 2022 has held, even though it formally expired that October": what expires is
        # the truce the sentence names, when nothing closer says what "it" is
        return f"The {thing['noun']}{told[2:]}"
    return told


def founded_body(title: str, sentence_text: str) -> str | None:
    """"Armenia joined the CSTO when it was founded in 1992" → "The CSTO was founded": what is founded is the body joined
    or led, not who joined or led it; None when `title` tells no founding of "it" or the sentence names no such body."""
    joined = _JOINED_BODY.search(sentence_text, 0, TITLE_SOURCE_CHARS) if _BODY_FOUNDED.match(title) else None
    return f"{joined['body'][:1].upper()}{joined['body'][1:]}{title[2:]}" if joined is not None else None


def _pronoun_as_subject(title: str, sentence_text: str) -> str:
    m = re.match(r"([Hh]e|[Ss]he|[Tt]hey|[Ii]t)\s", title)
    owner = re.match(r"(Its|Their|His|Her)\s", title)
    if owner is not None:
        # "Baku said its troops had returned fire" → "Baku's troops returned fire": the owner is the subject on the
        # same terms
        part = _PART_OF_A_TEXT.match(title, owner.end()) if owner[1] == "Its" else None
        at = sentence_text.find(" its ")
        text = text_named_before(sentence_text, at) if part is not None and at > 0 else None
        if text is not None:
            # "…implementing the agreement the two sides reached in February 2023 and its annex adopted in Ohrid": a part of
            # a text is the text's, whatever opened the sentence
            return f"{possessive('The' + text[3:])}{title[3:]}"
        subject = antecedent_of({"Its": "it", "Their": "they", "His": "he", "Her": "she"}[owner[1]], sentence_text)
        acronyms = re.findall(r"\b(?:the\s+)?[A-Z][A-Z\d]{1,6}\b(?!['’])", sentence_text[:at]) \
            if owner[1] == "Its" and at > 0 and (subject is None or not re.search(r"[A-Z]", subject)
                                                 or not re.fullmatch(r"(?:The\s+)?(?:[\w'’.-]+\s+){0,3}[\w.-]+", subject)) else []
        if acronyms and len({a.split()[-1] for a in acronyms}) == 1:
            # "Last week's announcement by the RSF came a month after its fighters seized El Fasher": the one body the
            # sentence names by its initials before "its"
            subject = acronyms[-1][:1].upper() + acronyms[-1][1:]
        if subject is None or not re.fullmatch(r"(?:The\s+)?(?:[\w'’.-]+\s+){0,3}[\w.-]+", subject) \
                or re.match(r"(?:Its|Their|His|Her|Our|My|Your)\b", subject):
            return title
        at = sentence_text.find(" its ") if owner[1] == "Its" else -1
        after_subject = sentence_text.find(subject) + len(subject) if subject in sentence_text else -1
        between = sentence_text[after_subject:at] if 0 <= after_subject < at else ""
        heads = _HEAD_OF_DETERMINED.findall(between)
        if any(not head.endswith("s") or head.endswith(("ss", "is", "us")) for head in heads) \
                or not heads and re.search(r"\b(?:the|a|an)\s+[a-z]", between):
            # "The army presented the plan…, and its first phase…": the plan's as likely as the army's (not a plural's,
            # which would be "their": "Russia recognised the two separatist regions…, three days before its invasion")
            return title
        owned_by = re.match(r"(?P<owner>.+?)['’]s\s", subject)
        if owned_by is not None and _MEMBERS_OF_A_BODY.match(title, len(owner[1]) + 1):
            # "The council's own mandate expired on Feb. 7, but its members agreed…": members are the owner's, not the
            # thing it owns
            subject = owned_by["owner"]
        return f"{possessive(subject)}{title[len(owner[1]):]}"  # ("The two neighbours' leaders")
    if m and m[1].lower() == "it" and re.match(r"(?:It|This|That)\s+(?:was|is)\b", sentence_text):
        # "It was the North's first launch since Oct. 22, when it fired several missiles": the one owner
        # the sentence names is what "it" did
        owners = {o.group(1) for o in _NAMED_OWNER.finditer(sentence_text)}
        if len(owners) == 1:
            owner = owners.pop()
            return owner[:1].upper() + owner[1:] + title[2:]
    undergone = IT_AS_TEXT.search(sentence_text, 0, TITLE_SOURCE_CHARS) if m and IT_AS_TEXT.match(title) else None
    text = text_named_before(sentence_text, undergone.start()) if undergone is not None else None
    if text is not None:
        # "Russia pulled out of the Black Sea Grain Initiative…, a year after it was signed": what was signed is the text
        # named before, never the country that opened the sentence
        return f"The{text[3:]}{title[2:]}"
    relative = RELATIVE_THEN_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS) if m and m[1].lower() == "it" else None
    if relative is not None:
        # "…signed a six-month ceasefire in June 2023, which was extended once before it expired in August 2024": the
        # "it" of a time clause inside a relative clause is the relative's noun
        return f"The {relative['np']}{title[2:]}"
    # (…with a manner after it: "began to lift them in stages")
    them = re.search(r"\s(them)(?:\s+(?:in\s+(?:stages|part|full|phases)|again|altogether|[a-z]{3,}ly))?$", title) \
        if m is None else None
    plural = _PAST_AND_PLURAL_OBJECT.search(sentence_text, 0, TITLE_SOURCE_CHARS) if them is not None else None
    if plural is not None and plural["np"] not in title:
        # "The EU imposed measures on Kosovo in June 2023 and began lifting them this year": the plural the first past
        # was done to
        # ("them" is definite: "began lifting [the] measures", "lifted some of [the] measures")
        np = plural["np"] if re.match(r"(?i:the|these|those|its|their|his|her|some|many|several|most|few|two|three|\d+)\s",
                                      plural["np"]) \
            else "the " + re.sub(r"^(?i:all|both|each|every)\s+", "", plural["np"])  # ("dissolved all parties… to scrap them")
        return title[:them.start(1)] + (np[:1].lower() + np[1:] if re.match(r"The\s", np) else np) + title[them.end(1):]
    zero = _ZERO_RELATIVE_IT.search(title) if m is None else None
    doer = antecedent_of("it", sentence_text) if zero is not None else None
    if doer is not None and doer.lower() not in title.lower():
        # "…a week after a national consultation it organised recommended doing so": the consultation the main clause's
        # subject organised, told by it ("organised by Mali's military government")
        doer = doer[:1].lower() + doer[1:] if re.match(r"(?:The|A|An)\s", doer) else doer
        return f"{title[:zero.start('it')]}{zero['verb']} by {doer}{title[zero.end():]}"
    him = re.search(r"\s(him)\b", title) if m is None else None
    person = antecedent_of("him", sentence_text) if him is not None else None
    if person is not None and not title.startswith(person) and surname(person) not in title:
        # "In 2021 Milorad Dodik began pulling his entity out…, and in February a court sentenced him to a year in prison":
        # the man a later clause does something to is the one the sentence opened with, named in full before
        return title[:him.start(1)] + ("the" + person[3:] if person.startswith("The ") else surname(person)) + title[him.end(1):]
    them_who = re.search(r"\s(them)$", title) if m is None and him is None else None
    people = antecedent_of("they", sentence_text) if them_who is not None else None
    if people is not None and not title.lower().startswith(people.lower()) and people.lower() not in title.lower():
        # "The two leaders last met in Doha in March, when Qatar's emir hosted them": whom the when-clause's doer did
        # something to is the main clause's plural subject
        return title[:them_who.start(1)] + (people[:1].lower() + people[1:] if re.match(r"The\s", people) else people)
    passive_first = _PASSIVE_FIRST_THEN_JOINED.search(sentence_text, 0, TITLE_SOURCE_CHARS) if m is None else None
    object_it = re.search(rf"\s(?:{PAST_VERB}|{words_pattern(PAST_LIKE_PRESENT)})\s+(it)\b", title) \
        if passive_first is not None else None
    if object_it is not None and passive_first["np"].lower() not in title.lower():
        # "A peace declaration was signed in Kuala Lumpur on Oct. 26, but Thailand suspended it two weeks later": what
        # the second clause did something to is what the first told was done
        np = re.sub(r"^(?:A|An|The)\s+", "the ", passive_first["np"])
        return title[:object_it.start(1)] + np + title[object_it.end(1):]
    if m is None:
        # "…before Moscow quit it a year later": an "it" that ends the clause is its object, and means
        # the main clause's subject on the same terms ("Moscow quit the original grain deal")
        last = re.search(r"\s(it)$", title)
        owned = _OWNED_THING_BEFORE_DOER_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS) if last else None
        if owned is not None:
            # "Guatemala recognised Belize's independence in 1991, ten years after Britain granted it": what the other
            # doer granted is the thing the main clause's object names
            return title[:last.start(1)] + owned["np"]
        timed = _OBJECT_THEN_TIME_CLAUSE_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS) if last else None
        if timed is not None and timed["np"] not in title:
            # "The court has been hearing the case since Guyana filed it in 2018": what the time clause's doer did
            # something to is the object the main clause names right before it
            return title[:last.start(1)] + timed["np"]
        antecedent = antecedent_of("it", sentence_text) if last else None
        first_object = _OBJECT_THEN_AND_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS) \
            if antecedent is not None and title.lower().startswith(antecedent.lower()) else None
        if first_object is not None and first_object["np"].lower() not in title.lower():
            # "Israel captured most of the Golan Heights from Syria in the 1967 war and annexed it in 1981": what the
            # second past was done to is the first one's object (the subject did both)
            np = first_object["np"]
            return title[:last.start(1)] + (np[:1].lower() + np[1:] if re.match(r"The\s", np) else np)
        if antecedent is None or title.lower().startswith(antecedent.lower()):
            return title  # (an object is not its own clause's subject: "Washington withdrew from it")
        if re.search(rf"{re.escape(antecedent)}\s+(?:[a-z]+\s+){{0,3}}?(?:{PAST_VERB}|{words_pattern(PAST_LIKE_PRESENT)})\s+it\b",
                     sentence_text[:200]):
            # "The cabinet had adopted it on Nov. 12, and the committee examined it on Monday": the subject had an "it"
            # of its own, which the second one means again
            return title
        return title[:last.start(1)] + (antecedent[:1].lower() + antecedent[1:]
                                        if re.match(r"(?:The|A|An)\s", antecedent) else antecedent)
    if m[1].lower() == "he" and OBJECT_HIM.search(sentence_text, 0, TITLE_SOURCE_CHARS):
        return title  # ("Annan sent him to Burundi, where he chaired talks": "he" is the one sent, not the sender)
    freed = _FREED_PLURAL.search(sentence_text, 0, TITLE_SOURCE_CHARS) \
        if m[1].lower() == "they" and _THEY_WERE_HELD.match(title) else None
    if freed is not None:
        # "The rebels released 12 UN staff members, 18 months after they were detained": who was held is who was freed
        return f"{freed['np'][:1].upper()}{freed['np'][1:]}{title[len(m[1]):]}"
    founded = founded_body(title, sentence_text)
    if founded is not None:
        return founded
    possessed = possessor_as_pronoun(title, sentence_text)
    if possessed is not None:
        return possessed
    subject = antecedent_of(m[1], sentence_text)
    if subject is None and m[1].lower() == "it" and not re.match(r"\S+\s+(?:was|were|is|are|had\s+been|has\s+been)\b", title):
        # (a happening the main clause held does nothing itself, so rivals no "it" that acts: "…held the third and final
        # phase of a general election on Sunday, five years after it seized power")
        subject = antecedent_of(m[1], HAPPENING_HELD.sub("", sentence_text[:TITLE_SOURCE_CHARS]))
    owned = _OWNED_THING_BEFORE_COUNT.search(sentence_text, 0, TITLE_SOURCE_CHARS) \
        if m[1].lower() == "it" and _PASSIVE_OF_A_THING.match(title) else None
    if owned is not None:
        # "Guatemala recognised Belize's independence in 1991, ten years after it was declared": what is declared is the
        # thing the main clause's object names, not the country that did it
        return f"{owned['np'][:1].upper()}{owned['np'][1:]}{title[len(m[1]):]}"
    reported = _REPORTED_THING.search(sentence_text, 0, TITLE_SOURCE_CHARS) \
        if subject is None and m[1].lower() == "it" and _ITS_ORDINAL_SINCE_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS) else None
    if reported is not None:
        # "The minister said the country would attend a summit next month, its first since it returned…": the one whose
        # first it is is what was said about, and its "it"
        subject = reported["np"][:1].upper() + reported["np"][1:]
    partner = _WITH_PARTNER_BEFORE_THEY.search(sentence_text, 0, TITLE_SOURCE_CHARS) \
        if subject is None and m[1].lower() == "they" else None
    # (the doer of the clause the partner is in: "Turkey has said…, and [Erdogan] raised it with Putin when they met")
    doer = subject_of(re.split(r",\s+(?:and|but)\s+|;\s+", sentence_text[dateline_end(sentence_text):partner.start()])[-1]) \
        if partner is not None else None
    if doer is not None and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*", doer) and " and " not in doer:
        # "Erdogan raised it with Vladimir Putin when they met in Astana": the one who did it and the one it was done
        # with
        return f"{doer} and {partner['name']}{title[len(m[1]):]}"
    if subject is None and m[1].lower() in ("it", "they") and not _DOER_WITH_OBJECT.match(title):
        # "No woman has led the organization since it was founded": a main clause's object right before the time clause
        # is what "it" means when its subject cannot be ("…access to Iran's main sites since they were bombed")
        # (not one that did something to something else: "The SDF has controlled the region since it drove out Islamic
        # State fighters" is no region's doing)
        right_before = (_OBJECT_BEFORE_IT if m[1].lower() == "it" else _OBJECT_BEFORE_PASSIVE_THEY).search(
            sentence_text, 0, TITLE_SOURCE_CHARS)  # (bounded: a sentence may be a page long)
        subject = right_before["np"][:1].upper() + right_before["np"][1:] if right_before else None
    # (without the acronym the name was told with: "the National Liberation Army (ELN)")
    return title if subject is None else f"{ACRONYM_ASIDE.sub('', subject)}{title[len(m[1]):]}"


#: A name's acronym in brackets after it: "(UNMISS)", "(RSF)".
ACRONYM_ASIDE = re.compile(r"(?<=[a-z])\s+\((?:[A-Z][A-Za-z]?){2,8}\)")
#: A named partner of the main clause's doing, right before a time clause whose subject is "they": "…raised it [with
#: Vladimir Putin] when they met".
_WITH_PARTNER_BEFORE_THEY = re.compile(r"\bwith\s+(?P<name>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
                                       r"(?:when|after|before|as|once|while)\s+they\b")
#: A plural object right before a time clause whose subject, "they", underwent something: "…access to Iran's main
#: enrichment sites since they were bombed".
_OBJECT_BEFORE_PASSIVE_THEY = re.compile(r"\b(?P<np>(?:the|[A-Z][\w.-]*['’]s|[A-Z]{2,})\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s"
                                         # (…and who they are on: "EU sanctions on Russia since they were imposed")
                                         r"(?:\s+(?:on|against|of)\s+[A-Z][\w'’.-]*)?)\s+"
                                         r"(?:since|until|before|after|when)\s+they\s+(?:were|had\s+been|have\s+been)\s+"
                                         r"(?:(?:[a-z]+ly|first|last|later|also)\s+)?[a-z]{3,}(?:ed|en)\b")
#: A definite object right before a time clause whose subject is "it": "…led [the organization] since it was founded".
#: A passive of what is done to a thing, opening a title: "It was declared", "It was signed".
_PASSIVE_OF_A_THING = re.compile(r"It\s+(?:was|had\s+been)\s+(?:first\s+)?(?:declared|proclaimed|signed|adopted|ratified|"
                                 r"announced|approved|issued|launched|concluded|agreed)\b")
#: A name's possessive thing, the main clause's object, right before a count to a time clause: "recognised [Belize's
#: independence] in 1991, ten years after".
_OWNED_THING_BEFORE_COUNT = re.compile(r"\b[a-z]{3,}ed\s+(?P<np>[A-Z][\w'’.-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                                       r"(?:in|on)\s+[^,;]{2,20},\s+(?:\w+\s+){1,3}(?:after|since)\s+it\b")
#: …and the same thing an other doer's time clause ends on: "…recognised [Belize's independence] in 1991, ten years after
#: Britain granted it".
_OWNED_THING_BEFORE_DOER_IT = re.compile(r"\b[a-z]{3,}ed\s+(?P<np>[A-Z][\w'’.-]*['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                                         r"(?:in|on)\s+[^,;]{2,20},\s+(?:\w+\s+){1,3}(?:after|since|before)\s+"
                                         r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+[a-z]{3,}\s+it\b")
#: A verb's object right before a time clause whose other doer did something to "it": "hearing [the case] since Guyana
#: filed it".
_OBJECT_THEN_TIME_CLAUSE_IT = re.compile(rf"\b[a-z]{{3,}}\s+(?P<np>the\s+(?:[a-z-]+\s+){{0,2}}?[a-z]{{3,}})\s+(?:ever\s+)?"
                                         r"(?:since|after|before|until|when)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+"
                                         rf"(?:[a-z]+ly\s+)?(?:{PAST_VERB})\s+it\b")
#: A pronoun that did something to an object of its own: "It drove out Islamic State fighters", "They seized the town".
_DOER_WITH_OBJECT = re.compile(rf"(?:It|They)\s+(?:[a-z]+ly\s+)?(?!(?:was|were|had|has)\b)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})"
                               r"\s+(?:out\s+|off\s+|up\s+|down\s+)?(?:the|a|an|its|their|[A-Z])")
_OBJECT_BEFORE_IT = re.compile(r"(?:No\s+\w+|No\s+one|Nobody|[Nn]one\s+of\s+\w+|[A-Z][\w'’.-]+|(?<=\w\s)(?:people|[a-z]{2,}[^s\W]s)(?=\s+have\b))\s+"
                               # (…or a plural, which "it" cannot be: "more than 100,000 people have fled the city since it
                               # fell")
                               r"(?:has|have|had)\s+"
                               r"(?:never\s+|not\s+|ever\s+)?[a-z]{3,}\s+(?P<np>the\s+(?:(?!every\b|each\b)[a-z][\w-]*\s+){0,2}"
                               r"(?!every\b|each\b)[a-z][\w-]*)"
                               # (how often is no part of it: "…condemned the exercise [every year] since it was first held")
                               r"(?:\s+(?:every|each)\s+(?:year|month|week|day|time|spring|summer|autumn|fall|winter))?\s+"
                               r"(?:since|until|before|after)\s+it\b")


#: A singular thing what was said is about, then its verb: "said that [the country] would".
_REPORTED_THING = re.compile(r"\b(?:said|says|announced|added|stated)\s+(?:on\s+[A-Z][a-z]+\s+)?(?:that\s+)?"
                             r"(?P<np>the\s+(?:[a-z-]+\s+)?[a-z]{3,}(?<!s))\s+(?:would|will|had|has|was|is|could)\b")


#: An owner's ordinal counted since its own doing: ", its first since it returned".
_ITS_ORDINAL_SINCE_IT = re.compile(r",\s+its\s+(?:first|last|latest|second|third|fourth|fifth)\b[^,;]{0,40}?\bsince\s+it\b")


def parallel_subject(title: str, sentence_text: str) -> str:
    """"Venezuela held a referendum in the region, and in May it elected a governor": the "it" of a joined
    clause is the first clause's subject when that is a name (a country, a body) whatever nouns stand
    between; otherwise as `pronoun_as_subject` decides."""
    m = re.match(r"It\s", title)
    thing = _AGREED_THING.search(sentence_text) if m is not None and _A_THING_S_COURSE.match(title) else None
    if thing is not None:
        # "China brokered a truce in January 2024, but it collapsed that June": what collapses is the truce, not the
        # country that brokered it
        return f"The {thing['noun']}{title[2:]}"
    measures = _MEASURES_NAMED.search(sentence_text) if _MEASURES_COURSE.match(title) else None
    if measures is not None:
        # "European powers triggered the return of UN sanctions in late August 2025; they took effect at the end of
        # September": what takes effect is the measures, not the powers that brought them back
        return f"The {measures['np']}{title[4:]}"
    text = sentence_text[dateline_end(sentence_text):].lstrip()
    label = ENTRY_LABEL.match(text) or COLON_ENTRY_LABEL.match(text)
    text = text[label.end():] if label is not None else text  # (a chronology's "October 29, 2022 — ")
    # ("In December 2023", "In the late 2010s")
    text = re.sub(r"^(?:In|On|At|During|By|Since|After|Before)\s+[^,]{0,40}?\b\d{4}s?\b,?\s+", "", text)
    subject = subject_of(text) if m else None
    if subject is not None and re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*", subject) \
            and not re.match(r"(?:He|She|They|It|We|I|You|This|That|There)\b", subject):
        return f"{subject}{title[2:]}"
    told = pronoun_as_subject(title, sentence_text)
    person = re.match(r"(?:He|She)\s", told)
    named = list(_PERSON_IN_TIME_CLAUSE.finditer(sentence_text)) if person is not None else []
    if len(named) == 1:
        # "They made peace in July 2018, months after Abiy Ahmed became prime minister, and he won the prize the following
        # year": the one person a time clause named is the "he" of the clause joined on, when the subject is not a person
        return f"{named[0]['name']} {told[person.end():]}"
    return told


#: A person named in full in a time clause with a past of their own: "after Abiy Ahmed became", "when William Ruto took".
_PERSON_IN_TIME_CLAUSE = re.compile(r"\b(?:after|before|when|since|once|until)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2})\s+"
                                    r"(?:became|was|took|won|returned|resigned|came|left|[a-z]{3,}ed)\b")


#: What only an accord or a truce does: "It collapsed", "It expired", "It took effect".
_A_THING_S_COURSE = re.compile(r"It\s+(?:[a-z]+ly\s+)?(?:collapsed|expired|lapsed|broke\s+down|fell\s+apart|took\s+effect|came\s+into\s+force|"
                               r"entered\s+into\s+force|was\s+violated|was\s+extended|was\s+renewed|"
                               # (…or its end ahead: "…beyond Monday, when it is due to end")
                               r"(?:is|was)\s+(?:due|set|scheduled)\s+to\s+(?:end|expire|lapse|run\s+out)|will\s+(?:end|expire|lapse)"
                               # (…or told in a chronology's present: "…reach the nuclear deal in Vienna; it takes effect")
                               r"|collapses|expires|lapses|breaks\s+down|falls\s+apart|takes\s+effect|comes\s+into\s+force|"
                               r"enters\s+into\s+force|is\s+extended|is\s+renewed)\b")
#: …and the course of measures named in the plural: "They took effect", "They expired".
_MEASURES_COURSE = re.compile(r"They\s+(?:[a-z]+ly\s+)?(?:expired|lapsed|took\s+effect|came\s+into\s+force|entered\s+into\s+force|"
                              r"were\s+(?:extended|renewed|lifted|suspended|eased|tightened|reimposed)"
                              r"|expire|lapse|take\s+effect|come\s+into\s+force|enter\s+into\s+force|"
                              r"are\s+(?:extended|renewed|lifted|suspended|eased|tightened|reimposed))\b")
#: The plural nouns of measures, which take effect and lapse: "sanctions", "tariffs".
MEASURE_NOUNS = r"(?:sanctions|tariffs|restrictions|curbs|measures|controls|duties|penalties)"
#: Measures the sentence names in the plural, with a word or two before them: "UN sanctions", "the new tariffs".
_MEASURES_NAMED = re.compile(rf"\b(?P<np>(?:(?!(?:the|a|an|of|on|to|and)\b)[\w.-]+\s+){{0,2}}?{MEASURE_NOUNS})\b")
#: What befalls a way through or a post, told of "it": "It opened", "It was closed", "It reopened".
_A_PASSAGE_S_COURSE = re.compile(r"It\s+(?:(?:re)?opened|closed|shut|(?:was|had\s+been)\s+(?:(?:re)?opened|closed|shut|"
                                 r"inaugurated))\b")
#: A place or a body named right before a clause joined on about "it": "[Israel] as long as it", "[Moscow] because it".
_PLACE_OR_BODY_THEN_IT = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?:as\s+long\s+as|because|"
                                    r"unless|until|so\s+long\s+as)\s+it\s+(?!(?:is|was)\s+(?:not\s+)?(?:clear|likely|unclear|"
                                    r"time|possible|true)\b)")
#: A way through or a post the sentence names: "its own sea corridor", "the Rafah crossing".
_PASSAGE_THING = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?P<noun>corridor|crossing|route|bridge|pipeline|"
                            r"port|airport|embassy|consulate|checkpoint|canal|railway"
                            # (…or a sitting that opens and closes: "adjourned the treason trial …, the fourth postponement
                            # since it opened in October")
                            r"|trial|hearing|inquiry|session|conference|summit)\b")
#: An accord or a truce the sentence names: "a truce", "the 2015 deal".
_AGREED_THING = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?P<noun>truce|ceasefire|deal|agreement|accord|pact|treaty|pause|moratorium)\b")
#: A day told before a sentence's subject, with its first letter after: "Yesterday evening [t]he army said…".
_FRONTED_DAY = re.compile(rf"^(?:(?:Also|And|But),?\s+)?(?:(?:[Ee]arly|[Ll]ate)\s+)?(?:(?:[Oo]n\s+)?{WEEKDAY}|[Yy]esterday|[Tt]oday|"
                          r"[Tt]omorrow|[Tt]onight|[Ll]ast\s+night|[Oo]vernight|"
                          r"[Tt]his\s+(?:morning|afternoon|evening))(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?P<rest>[a-zA-Z])")


#: A body's founding, told of "it": "It was founded", "It was set up".
_BODY_FOUNDED = re.compile(r"It\s+was\s+(?:first\s+)?(?:founded|created|established|formed|set\s+up|launched)\b")
#: A body joined, left or led, named after the verb: "joined [the CSTO]", "left [the Collective Security Treaty
#: Organization]", "had led [the administration]".
_JOINED_BODY = re.compile(r"\b(?:joined|rejoined|left|quit|led|headed|chaired)\s+(?P<body>(?:the\s+)?[A-Z][\w'’.-]*"
                          r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,6}|the\s+(?:[a-z][\w-]*\s+){0,2}(?:administration|"
                          r"government|mission|commission|committee|council|body|force|agency|alliance|bloc|court|tribunal))"
                          r"\s+(?:since|when|after|until)\b")
#: One person named by a role: "The Deputy Secretary", "the foreign minister", "The country's president".
PERSON_ROLE = (r"(?i:secretary|minister|president|envoy|ambassador|spokesman|spokeswoman|spokesperson|chancellor|premier|king|"
         r"queen|prince|general|commander|mediator|negotiator|governor|mayor|prosecutor|judge|senator|chairman|chairwoman|"
         r"chair|speaker|pope|emir|sultan|monarch)")
#: A subject's role, the name set off after it, and the predicate after that: "South Sudan's suspended first vice-president,
#: Riek Machar, went…", "The army's leader, General Abdel Fattah al-Burhan, said…", "Thailand's prime minister at the
#: time, Paetongtarn Shinawatra, was…".
ROLE_THEN_NAME_SUBJECT = re.compile(r"(?:The\s+|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?['’]s\s+)(?:[a-z][\w-]*\s+){0,4}?"
                                    rf"(?:[a-z][\w-]*-)?{PERSON_ROLE}(?:\s+at\s+the\s+time)?,\s+"
                                    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*),\s+(?=[a-z])")
_PERSON_BY_ROLE = re.compile(rf"(?:[Tt]he|[A-Z][\w'’.-]*['’]s)\s+(?:[\w-]+\s+){{0,2}}{PERSON_ROLE}")
#: …and another such person between a subject and its pronoun: "The envoy has met [the minister] twice since he…".
_ROLE_BETWEEN = re.compile(rf"\b(?:the|a|an|his|her|its|their)\s+(?:[\w-]+\s+){{0,2}}{PERSON_ROLE}\b", re.I)




#: A list entry's bullet and the date that labels it, with its dash or colon: "* April 2, 2022 - ", "• 2019 – ", "- August 2023: ".
_LIST_ENTRY_HEAD = re.compile(r"(?:[*•·▪-]\s+)?(?=[^—–\n]{0,40}\d)[\w.,' /]{1,40}?(?:\s+[—–-]|:)\s+(?=[A-Z])")


#: A noun, its relative clause and a time clause inside it whose subject is "it": "a six-month ceasefire, which was
#: extended once before it ", "a conflict that has killed 40,000 people since it ".
# (its date may come between: "a six-month ceasefire in June 2023, which…")
RELATIVE_THEN_IT = re.compile(r"\b(?:a|an|the|its|their)\s+(?P<np>(?:[\w-]+\s+){0,3}?[a-z][\w-]*)"
                              # (the other side may follow the noun: "a ceasefire with the government in June 2023, which")
                              r"(?:\s+(?:with|between|against)\s+(?:the\s+)?[^,;]{1,40}?)?(?:\s+(?:in|on|at)\s+[^,;]{1,30})?"
                              r"(?:,\s+which|\s+that)\s+(?:[^,;.]|(?<=\d)[,.](?=\d{3}))*?"
                              r"\b(?:before|after|until|when|once|since)\s+it\s")


#: A saying and the source it was said in: "said in a statement", "announced in a letter".
_SAID_IN_A_SOURCE = re.compile(rf"\b(?P<said>{SAYING_IN_A_SOURCE})\s+(?:in|on|during|via)\s+"
                               r"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|speech|post|"
                               r"message|briefing|communiqu[eé]|address|broadcast|video)\b")


#: What governs a place's name right before it: "in ", "visit ", "travel to ".
_PLACE_GOVERNOR_BEFORE = re.compile(r"\b(?:in|at|into|near|toward|towards|visit|visits|visited|visiting|"
                                    r"(?:travel|travelled|traveled|fly|flew|go|went|return|returned|move|moved)\s+to)\s+$")


def place_or_body_before_it(sentence_text: str) -> str | None:
    """"…ruled out normal relations with Israel as long as it occupies the Golan Heights, which it captured in 1967": with
    no subject it agrees with, "it" is the country or body its own clause was joined on to (None when no such name stands
    right before the sentence's "it")."""
    named = _PLACE_OR_BODY_THEN_IT.search(sentence_text, 0, TITLE_SOURCE_CHARS)
    return named["name"] if named is not None and _names_a_place_or_body(named["name"]) else None


def names_a_person(subject: str) -> bool:
    """Whether a subject is a person's name or role, whom "he" or "she" means and "it" never does."""
    # (an acronym names a body, not a person: "PAS won … in July 2021, when it first won a majority"; so does a name with a
    # capital inside it: "TotalEnergies", "ExxonMobil")
    return not re.match(r"(?:The|A|An|Its|Their|His|Her)\s", subject) and not _names_a_body(subject) \
        and not re.fullmatch(r"[A-Z]{2,6}", subject) \
        and not re.fullmatch(r"[A-Z][a-z]+[A-Z][A-Za-z]+", subject) \
        and all(w[:1].isupper() or w.startswith(("al-", "el-")) for w in subject.split()) \
        and not _names_a_place_or_body(subject) \
        or _PERSON_BY_ROLE.fullmatch(subject) is not None  # ("The Deputy Secretary will travel…, where she will meet…")


def antecedent_of(pronoun: str, sentence_text: str) -> str | None:
    """The main clause's subject when `pronoun` agrees with it and no noun phrase of its kind stands
    between them, else None ("him" as "he", asked for the object it stands for)."""
    # (a wire dateline is no subject, nor a live page's clock stamp)
    sentence_text = sentence_text[dateline_end(sentence_text) or clock_stamp_end(sentence_text):].lstrip()
    entry = _LIST_ENTRY_HEAD.match(sentence_text)  # (…nor a list entry's bullet and date: "* April 2, 2022 - A truce…")
    sentence_text = sentence_text[entry.end():] if entry is not None else sentence_text
    # (nor a day told before it: "Yesterday evening the army said it had struck…")
    sentence_text = _FRONTED_DAY.sub(lambda m: m.group("rest").upper(), sentence_text, count=1)
    # (…nor a fronted phrase with a year: "In February 2023, the two leaders accepted…", "Since then, governments…")
    # (…its comma maybe left out: "In May 2024 it voted…")
    sentence_text = re.sub(r"^(?:(?:In|On|At|During|By|Since|After|Before|Over)\s+(?:[^,]{0,40}?\b\d{4}\b|then|that"
                           # (…or a month or a span set off by its comma: "In December that year, Venezuela held…", "Over
                           # the weekend, Ukraine's air force said it…")
                           r"|[^,]{0,30}?\b(?:January|February|March|April|May|June|July|August|September|October|"
                           r"November|December|spring|summer|autumn|fall|winter|year|month|week|weekend)\b[^,]{0,20}(?=,))"
                           # (…or a span told from now: "Late last month, Ukraine's air force said it…")
                           r"|(?:(?:Late|Early|Earlier|Later)\s+)?(?:last|this|next|that)\s+(?:week|month|year)|"
                           r"(?:Earlier|Later)\s+(?:this|that)\s+(?:week|month|year))\s*,?\s+(?P<rest>[a-zA-Z])",
                           lambda m: m.group("rest").upper(), sentence_text, count=1, flags=re.I)
    # (…nor "The last time" that opens a clause: "The last time civilians from both countries held talks was in 1983, when
    # they signed…")
    # (…nor a role before the name set off by commas: "The RSF leader, Mohamed Hamdan Dagalo, last spoke…" is Dagalo)
    sentence_text = ROLE_THEN_NAME_OPENING.sub(r"\g<name> ", sentence_text, count=1)
    timed = re.match(r"(?:The|the)\s+(?:last|first|only|previous)\s+time\s+(?=[a-z])", sentence_text)
    if timed is not None:
        sentence_text = sentence_text[timed.end()].upper() + sentence_text[timed.end() + 1:]
    # (…nor a who-clause set off after the subject: "Petro, who took office in August 2022, cannot run again when his term
    # ends next year")
    subject = subject_of(sentence_text) or subject_of(ENCLOSED_RELATIVE.sub(" ", sentence_text, count=1))
    if timed is not None and subject is not None:
        subject = subject[:1].lower() + subject[1:]  # (a common noun, no name: "civilians from both countries")
    if subject is None or re.match(r"(?:He|She|They|It|We|I|You|This|That|There)\b", subject):
        return None
    # (a role told before the name with no comma: "Niger's military leader General Abdourahamane Tiani" is Tiani)
    role_then_name = _ROLE_THEN_NAME_END.search(subject)
    if role_then_name is not None and role_then_name.start() > 0:
        subject = role_then_name["name"]
    # "copies of the rifle": copies; "The committee overseeing the truce between Israel and Hezbollah": the committee
    head = re.split(r"\s+(?:of|in|at|from|for|with|between|on|over|against|under|(?:that|which|who)(?=\s+[a-z])|"
                    r"[a-z]{3,}ing(?=\s+(?:the|a|an|its|their)\b))\s+", subject, maxsplit=1)[0]
    # (a common noun in -s is plural, a name in -s is not: "Deminers", "Howes")
    # (the verb tells when it can: "Medics were driving", "Haynes was"; else a common noun in -s is
    # plural and a name in -s is not)
    verb = sentence_text[sentence_text.find(subject) + len(subject):].split(None, 1)[:1]
    number = {"were": True, "are": True, "have": True, "was": False, "is": False, "has": False}.get(verb[0] if verb else "")
    # (a plural opening the sentence is capitalised, and says so by its ending: "Supporters", "Protesters", "Diplomats")
    plural = (number if number is not None else bool(re.search(r"(?:^|\s)[a-z][\w-]*(?<!s)s$|\s+and\s+", head)
                                                     or head.lower() in PLURAL_AGENTS
                                                     or re.fullmatch(r"[A-Z][a-z]+(?:ers|ors|ists|ians|ants|ents|ives|als|"
                                                                     r"ats|ites|ees|els|ics)", head))) \
        and not _names_a_body(head)
    named_person = names_a_person(subject)
    word, pronoun = pronoun.lower(), {"Him": "He"}.get(pronoun.capitalize(), pronoun.capitalize())
    agrees = {"They": plural, "He": named_person and not plural, "She": named_person and not plural,
              "It": not plural and not named_person}[pronoun]
    # another noun phrase of its kind between the subject and the pronoun may be the one it means ("The
    # ministry had warned the company before it was fined")
    start = sentence_text.find(subject) + len(subject)
    said = re.search(rf"\b{word}\b", sentence_text[start:], re.I)
    middle = sentence_text[start:start + said.start()] if said else ""
    # (where the subject said it is no rival: "Hamas said in a statement that it had received the draft")
    middle = _SAID_IN_A_SOURCE.sub(r"\g<said>", middle)
    if pronoun in ("It", "They"):
        # (the noun right before a zero relative's pronoun is the relative's own, never what the pronoun means: "…restart a
        # gas project [it] suspended in April 2021")
        middle = re.sub(rf"\b(?:the|a|an|its|their)\s+(?:[\w$'’-]+\s+){{0,4}}?(?!(?:before|after|when|while|because|since|"
                        rf"until|as|if|that|which|and|but|so|though|although|once|where|[a-z]+ed|{words_pattern(PLAIN_PASTS)})\b)"
                        r"[a-z][\w-]*\s*$", "", middle)
    if pronoun in ("He", "She"):  # another name, not a body's ("…for the Mines Advisory Group when he…")
        rival = any(not _names_a_body(name.group()) and not CALENDAR_WORD.fullmatch(name.group())  # ("…in June 2019, when he")
                    and not _names_a_place_or_body(name.group())  # ("…will travel to Addis Ababa, where she…")
                    # (…nor a place a visit or a preposition of place governs: "had planned to visit Iznik before he…")
                    and not _PLACE_GOVERNOR_BEFORE.search(middle, max(0, name.start() - 16), name.start())
                    for name in re.finditer(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*(?![\w-])", middle)) \
            or _ROLE_BETWEEN.search(middle) is not None
    else:
        # (a name's possessive opens one too: "…access to Iran's main enrichment sites since they were bombed")
        rival = bool(re.search(r"\b(?:the|a|an|its|their|his|her|\d+|two|three|four|five|several|many|[A-Z][\w.-]*['’]s)\s+"
                               # (a count of times or of a span is no plural thing: "…have broken down three times since
                               # they began")
                               r"(?:[a-z-]+\s+){0,2}(?!(?:times|years|months|weeks|days|hours|decades)\b)[a-z]{2,}s\b"
                               r"|(?<!,\s)\band\b" if pronoun == "They" else
                               # (a span of time is no thing "it" means: "almost a year after the Council authorized it")
                               # (…nor a count of times: "for the first time")
                               r"\b(?:the|a|an|its|their|his|her)\s+(?!(?:(?:first|last|second|third|only|next)\s+)?"
                               r"(?:year|month|week|day|decade|while|time|half)\b)"
                               # (a modifier of a plural is none: "issued its first sentences … after it was created")
                               r"(?:[a-z-]+\s+)?[a-z]+(?<!s)\b(?!\s+[a-z]{3,}s\b)", middle))
    if rival and _SUBJECT_SAID_THEN.search(middle) and not re.search(r"\b(?:which|who|whom|whose|that|when|after|before)\b|[,;]",
                                                                     middle):
        # "Israel accused the group of stalling and said it would halt…": the subject's own saying, joined on with no
        # clause of another's between, reports the subject itself
        rival = False
    if rival and pronoun == "It" and said is not None and re.search(r",\s+(?:and|but)\s+$", middle) \
            and _DOING_TO_A_THING.match(sentence_text, start + said.end()):
        # "The court told Venezuela to refrain from any action that would change the situation, and it repeated that
        # instruction in May": a clause joined on whose "it" does something to a thing goes on with the subject
        rival = False
    if rival and pronoun == "They" and said is not None and _JOINED_NAMES.fullmatch(subject) \
            and _PEOPLE_S_DOING_AFTER_THEY.match(sentence_text, start + said.end()):
        # "Trump and Lee settled the remaining differences when they met in Gyeongju": what only people do is the named
        # subject's, never a thing's the main clause did something to
        rival = False
    return subject if agrees and not rival else None


#: Two names joined as one subject, roles and all: "Trump and President Lee Jae Myung".
_JOINED_NAMES = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*\s+and\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*")
#: What only people do, right after "they": " met", " spoke by phone", " agreed".
_PEOPLE_S_DOING_AFTER_THEY = re.compile(r"\s+(?:first\s+|last\s+|later\s+)?(?:met|spoke|talked|agreed|signed|shook|visited|"
                                        r"sat|gathered|announced|said|decided|voted|negotiated)\b")
#: A past done to a thing, right after its subject: " repeated that instruction", " renewed the mandate".
_DOING_TO_A_THING = re.compile(rf"\s+(?:also\s+|again\s+|later\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+"
                               # (a thing, not a time: "it collapsed [that August]")
                               r"(?:the|that|this|those|these|its|a|an)\s+(?!(?:day|week|weekend|month|year|spring|summer|"
                               r"autumn|fall|winter|morning|afternoon|evening|night|time)\b)[a-z]")


#: A role word and the full name after it that ends a subject: "…military leader General Abdourahamane Tiani".
_ROLE_THEN_NAME_END = re.compile(r"\b(?:leader|chief|president|minister|commander|ruler|head|spokesman|spokeswoman|envoy|"
                                 r"general|premier)\s+(?:(?:General|Gen\.|Colonel|Col\.|Captain|Capt\.|Lieutenant|Lt\.)\s+)?"
                                 r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})$")


#: The subject's second predicate, a saying, right before the pronoun: "… and said ", "… and warned that ".
_SUBJECT_SAID_THEN = re.compile(r"\band\s+(?:also\s+)?(?:said|says|warned|announced|added|stated|declared|vowed|threatened)"
                                r"\s+(?:that\s+)?$")


#: A relative clause that drove someone to do something, closing a title: "[, which] forced [Henry] to [resign]".
_WHICH_FORCED = re.compile(r"(?:^|,\s+)[Ww]hich\s+(?P<verb>forced|compelled|obliged|pushed|prompted|drove)\s+"
                           r"(?P<who>(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|the\s+[a-z]+(?:\s+[a-z]+)?)"
                           r"\s+(?P<rest>to\s+[^,;]+)$")


def driven_to(title: str) -> str | None:
    """"…at the end of February, which forced Henry to resign in April": what a whole clause drove someone to do is told
    of them ("Henry was forced to resign"), whatever the clause's own antecedent (a date, a span: "for a week")."""
    forced = _WHICH_FORCED.search(title)
    if forced is None:
        return None
    who = forced["who"][:1].upper() + forced["who"][1:]
    return f"{who} {be_for(who)} {forced['verb']} {forced['rest']}"


def with_antecedent(title: str, sentence: Sentence, part: Sentence) -> str:
    """A title of a relative clause cut from after its comma ("Which began"), told of its antecedent ("She led nightly
    protests, [which began on Oct. 27] and…" → "Nightly protests began")."""
    lead = sentence.text[:part.start - sentence.start].rstrip()
    partitive = _PARTITIVE_BEFORE_RELATIVE.search(lead) \
        if re.match(r"(?:Which|Whom)\s", title) and re.match(r"(?:which|whom)\s", part.text) else None
    if partitive is not None:
        # "Opposition parties, [several of which were suspended in August], had called for a boycott": so many of the noun
        # phrase before the comma, the aside closed before the main verb comes back
        np = relative_antecedent(sentence.text, partitive.start())
        told = _ASIDE_CLOSED_TO_MAIN_VERB.sub("", title.split(None, 1)[1])
        if np:
            np = np[:1].lower() + np[1:] if not np[:2].isupper() else np
            # (…of a counted noun phrase, told with "of the": "eight protocols, two of which" is two of the eight)
            of = "of the " if re.match(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many)\s",
                                       np) else ""
            return f"{partitive['q'].capitalize()} {of}{np} {told}"
    if lead.endswith(",") and re.match(r"where\s", part.text) and len(title.split()) >= 2:
        # "…went to Crans-Montana in June 2017, [where the process collapsed on July 7]": the clause's own subject did it
        # there ("The process collapsed in Crans-Montana")
        told = title.split(None, 1)[1] if re.match(r"Where\s", title) else title
        place = None
        for named in _PLACE_GONE_TO.finditer(lead):
            place = named if not CALENDAR_WORD.fullmatch(named["place"].split()[0]) else place
        there = f" in {place['place']}" if place is not None \
            and len(lead[place.end():].split()) <= 6 and not re.search(rf"\b(?:{PAST_VERB})\b", lead[place.end():]) else ""
        return f"{told[:1].upper()}{told[1:]}{there}" if len(told.split()) >= 2 else title
    if not lead.endswith(",") or not re.match(r"(?:Which|Who)\s", title) or not re.match(r"(?:which|who)\s", part.text):
        return title
    forced = driven_to(title)
    if forced is not None:
        return forced
    done = _OBJECT_RELATIVE_TITLE.fullmatch(title)
    if done is not None:
        # "Iran refused to restore cooperation with inspectors, [which it cut in June]": what the subject of the relative
        # clause did to the noun phrase before it ("It cut cooperation with inspectors")
        words = lead[:-1].split()
        np = bare_noun_phrase_before(lead, len(lead) - 1)
        if len(words) > len(np.split()) and words[-len(np.split()) - 1].lower() == "to":
            np = np.split(None, 1)[1] if " " in np else ""  # (not the infinitive's verb: "to restore [cooperation…]")
        if np:
            subject = done["subj"][:1].upper() + done["subj"][1:]
            return f"{subject} {done['verb']} {np}{done['rest']}"
    antecedent = relative_antecedent(sentence.text, len(lead) - 1)
    return f"{antecedent[:1].upper()}{antecedent[1:]} {title.split(None, 1)[1]}" if antecedent else title


#: A place named after "in", "at" or "to": "[went to ]Crans-Montana", "[met in ]New York".
_PLACE_GONE_TO = re.compile(r"\b(?:in|at|to)\s+(?P<place>[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,3})")


#: A count of a noun phrase's members before "of which": ", several of", ", two of".
_PARTITIVE_BEFORE_RELATIVE = re.compile(r",\s+(?P<q>several|some|many|most|two|three|four|five|both|all)\s+of$")
#: The aside's closing comma and the main verb back after it: ", had called for a boycott".
_ASIDE_CLOSED_TO_MAIN_VERB = re.compile(r",\s+(?:had|has|have|was|were|is|are|will|would|[a-z]{3,}ed)\b.*$")
#: A title of an object relative clause: "Which it cut after strikes", "Which Moscow signed".
_OBJECT_RELATIVE_TITLE = re.compile(rf"Which\s+(?P<subj>it|they|he|she|we|(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,2}})"
                                    rf"\s+(?P<verb>(?:had\s+)?(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)}))\b(?P<rest>[^,;]*)")


def relative_antecedent(text: str, comma: int) -> str:
    """The noun phrase a relative clause after `comma` is about: from its determiner or preposition, or a bare one back
    to the verb before it ("She led [nightly protests outside parliament], which…")."""
    start = noun_phrase_start(text, comma)
    phrase = text[start:comma].strip() if start < comma else bare_noun_phrase_before(text, comma)
    # ("agreed to [take back] deportation flights, which…": an infinitive and its particle are no part of its object)
    infinitive = _INFINITIVE_OPENING.match(phrase) if re.search(r"\bto\s+$", text[:comma - len(phrase)]) else None
    return phrase[infinitive.end():] if infinitive is not None else phrase


#: A verb and its particle opening a phrase after "to": "take back ", "set up ".
_INFINITIVE_OPENING = re.compile(r"[a-z]+\s+(?:back|up|out|down|off|over|away)\s+(?=\S)")
