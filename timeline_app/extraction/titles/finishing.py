"""Trimming a clause to a title: attributions, asides, quotations and end stops go, long titles lose
trailing purpose and relative clauses, and names are shortened.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.dateline import SPEAKER_NAME, UPDATE_LABEL, dateline_end
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.temporal_core import FORMER_PLAN
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.clauses import ZONE_ASIDE
from timeline_app.extraction.titles.dates import (
    one_of_them,
)
from timeline_app.extraction.titles.grammar import (
    A_IS_A_PREPOSITION,
    ABSOLUTE_WITH,
    ABSOLUTE_WITH_GERUND,
    ADVERB_LY,
    ATTRIBUTION_TAIL,
    ATTRIBUTIVE_PARTICIPLE,
    AUXILIARY,
    CALENDAR_WORD,
    CAPITALISED_END,
    CAPITALISED_WORDS,
    COUNT_HEDGE,
    ENCLOSED_NAME,
    ENCLOSED_RELATIVE,
    FINITE_MARK,
    FIRST_VERB,
    FOLLOWED_BY,
    FOLLOWING_PARTICIPLE,
    GERMAN_LEXICAL_PAST,
    GERMAN_LEXICAL_PRESENT,
    GERMAN_VERB_FIRST,
    GERMAN_WORD,
    INCLUDING_SET_OFF,
    IRREGULAR_PARTICIPLES,
    LIST_OF_NAMES,
    LIST_OF_NAMES_BEFORE_AND,
    LIST_OF_NAMES_GOES_ON,
    MAIN_VERB_BACK,
    NAME_GOES_ON,
    NATIONALITY,
    NOT_A_CLAUSE_COMMA,
    NOUN_AND_RELATIVE,
    OPENING_PHRASE,
    OWN_SUBJECT,
    PASSIVE_PARTICIPLE,
    PAST_VERB,
    PREAMBULAR_GERUNDS,
    RELATIVE_PREDICATE,
    ROLE_HOLDER_NAME,
    ROMANCE_IRREGULAR_PARTICIPLE,
    ROMANCE_WHEN,
    SECOND_PREDICATE,
    TIME_UNIT,
    TITLE_MAX,
    TRANSITIVE_PASTS,
    VERB,
    be_for,
    is_own_clause,
    language_of,
    tells_a_doing,
    without_compounds,
)
from timeline_app.extraction.titles.relatives import (
    relative_as_clause,
)
from timeline_app.extraction.titles.romance import GERMAN_SUBORDINATOR, german_main_order
from timeline_app.extraction.titles.subjects import (
    ACRONYM_ASIDE,
    ROLE_THEN_NAME_SUBJECT,
    shorten_people,
)
from timeline_app.extraction.verbs import (
    FOREIGN_PAST,
    PAST_LIKE_PRESENT,
    PLAIN_PASTS,
    saying_pasts,
    words_pattern,
)

#: An opening phrase that says which of a series a happening was: "In the most recent one, ", "In the latest incident, ".
_ONE_OF_A_SERIES_OPENING = re.compile(r"In\s+the\s+(?:most\s+recent|latest|last|first|second|third|previous|earlier)\s+"
                                      r"(?:one|incident|case|episode|attack|clash|encounter),\s+")
#: An opening phrase that only places what follows: "In the aftermath of the war, ", "During a visit to Paris, ".
_PLACING_OPENING = re.compile(r"(?i:in|at|on|during|after|under|following|amid)\s+(?:the|a|an|its|their|his|her)\s")
#: A closing appositive that ranks or sums up the happening: ", the latest step in…", ", a move that…".
#: (A ranking that tells what is new, ", the first woman to hold the post", stays.)
_CLOSING_SUMMARY = re.compile(r",\s+(?:the\s+latest\s+|(?:a|an)\s+(?:[a-z]+\s+)?)(?:move|step|sign|blow|setback|gesture|escalation|"
                              r"twist|turn|chapter|episode)\b[^;:]*$")
#: A title that is only a noun phrase a preposition governs and its participle: "On a peace agreement … signed in Washington".
_GOVERNED_PARTICIPLE = re.compile(rf"(?i:on|to|in|with|for|from|by|of|about)\s+(?P<np>(?:a|an|the|its|their)\s+[^,;]{{1,80}}?)\s+"
                                  rf"(?P<part>{PASSIVE_PARTICIPLE})"
                                  r"(?P<rest>(?:\s+(?:by|in|at|on|to|for|with|from|during|near|after|between)\s+[^,;]{1,60})?)")
#: A noun phrase and a participle of a doing done to something, nothing after it, as a question's fragment leaves it:
#: "(And) the sanctions announced (last Thursday?)".
_BARE_OBJECT_PARTICIPLE = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[Tt]hose|[Tt]hese)\s+(?!(?:[\w-]+\s+){0,2}?(?:council|government|"
                                     r"parliament|court|ministry|army|president|minister|leaders?|officials?|envoys?)\b)"
                                     # (not after an adverb, which tells a doing's past: "The two sides [almost] signed")
                                     r"(?:[\w'’-]+\s+){0,3}?[a-z][\w-]*)\s+(?<!\balmost\s)(?<!\bnearly\s)(?<!\bfinally\s)(?<!ly\s)"
                                     r"(?P<part>announced|imposed|adopted|approved|"
                                     r"unveiled|proposed|introduced|lifted|issued|released|published|ordered|signed|"
                                     r"brokered|reached|extended|renewed)\s*[.?]?")
#: …or a text and the participle of its making, which no text does itself: "A regional economic framework [agreed]".
_BARE_TEXT_PARTICIPLE = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?)\s+(?:[\w'’-]+\s+){0,3}?(?:framework|deal|agreement|accord|treaty|"
                                   r"text|declaration|memorandum|resolution|roadmap|protocol|charter|pact|communiqu[eé])s?)\s+"
                                   r"(?P<part>agreed|initialled|initialed|ratified|drafted|endorsed|finalised|finalized|negotiated)"
                                   r"\s*[.?]?")
#: A noun taking up the sentence before, and the distance it came after or before a clause: "The vote came a week after ".
_CAME_AFTER_OPENING = re.compile(r"(?:The|This|That|Its|Their)\s+(?:[a-z-]+\s+)?[a-z]+\s+came\s+"
                                 r"(?:(?:just|only|barely|some|about|nearly|almost|a|an|one|two|three|four|five|six|seven|"
                                 r"eight|nine|ten|several|a\s+few|\d+)\s+)?(?:hours?|days?|weeks?|months?|years?)\s+"
                                 r"(?:after|before)\s+(?=[a-zA-Z])")
#: A relative clause of a state held since a bound, before the main past: " that had held since August 2023" before
#: "expired".
_STATE_SINCE_RELATIVE = re.compile(r"(?<=[a-z])\s+(?:that|which)\s+(?:had|has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?"
                                   r"(?:held|lasted|stood|existed|been\s+in\s+(?:place|force)|[a-z]{3,}ed)\s+since\s+"
                                   r"[^,;]{2,40}?(?=\s+(?:(?:was|were)\s+)?(?:[a-z]{3,}ed|" + words_pattern(PLAIN_PASTS) + r")\b)")
#: A plan's participle left bare before the clause's verb once its date went: "the election [promised] will not…" (…or
#: set off by its commas: "The next round of talks[, set,] has been allotted an afternoon").
_BARE_PLAN_PARTICIPLE = re.compile(r"(?<=[a-z])(?:\s+|,\s+(?=[a-z]+,))(?:promised|planned|scheduled|slated|foreseen|envisaged|"
                                   r"set|due|pencilled\s+in|penciled\s+in),?"
                                   r"(?=\s+(?:will|would|could|can|may|might|must|is|are|was|were|has|have|had)\b)")
#: A short subject that says what it means: "The decision means (that) ".
_MEANS_THAT = re.compile(r"(?:The|This|That|Its|Their)\s+(?:(?!(?:was|were|is|are|been|be)\b)[a-z][\w-]*\s+){0,3}?"
                         # (not a passive's plan: "The deal was meant to be signed")
                         r"(?:means|meant)\s+(?!to\b)(?:that\s+)?(?=[A-Za-z])")
#: How often something recurs, opening a sentence: "Every few months, ", "Each spring, ", "Twice a year, ".
_RECURRING_OPENER = re.compile(r"(?:Every|Each)\s+(?:(?:few|other|couple\s+of|two|three|four|five|six)\s+)?"
                               r"(?:day|week|month|year|decade|spring|summer|autumn|fall|winter)s?,\s+"
                               r"|(?:Once|Twice|Three\s+times)\s+a\s+(?:day|week|month|year|decade),\s+")
#: A name a preposition governs, closing a title's first part: "…delegations from [Russia]".
_GOVERNED_NAME_END = re.compile(r"\b(?:from|of|between|with|to|for|against|by|in|at|on)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                                r"(?:\s+[A-Z][\w'’.-]*){0,2}$")
#: A name a past verb takes as its object: "ordered [Serbia] and Kosovo to return", "urged [Hamas] and Israel to…".
_OBJECT_NAME_END = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS - {'said', 'told'})})\s+(?:the\s+)?"
                              r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}$")
#: A second name followed by a preposition or the title's end, no verb: "[Ukraine] in Istanbul".
_NAME_THEN_PREPOSITION = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+(?:in|at|on|for|to|from|with|"
                                    r"over|near|during|amid|as)\b|\s*[,;]|$)")
#: A German second predicate of a modal or auxiliary joined on after a closing participle: "verloren[ und muss
#: zurücktreten]".
_GERMAN_MODAL_SECOND_PREDICATE = re.compile(r"(?<=\s)(?P<participle>ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}(?:iert|en))\s+und\s+"
                                            r"(?:muss|müssen|soll|sollen|will|wollen|kann|können|darf|dürfen|wird|werden)\s+"
                                            r"[^,;]{1,60}$")
#: A German subject's role (its article and adjective too) before the holder's name: "[Der französische
#: Premierminister ]François Bayrou hat".
_GERMAN_ROLE_BEFORE_NAME = re.compile(r"^(?:Der|Die)\s+(?:[a-zäöü]+e\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*(?:minister|präsident|kanzler|"
                                      r"chef|führer|sprecher|kommandeur|gesandte)(?:in)?|Präsident(?:in)?|Kanzler(?:in)?)\s+"
                                      r"(?=[A-ZÀ-Ý][\w'’.-]+\s+(?:(?:de|von|van|al|el|bin)\s+)?[A-ZÀ-Ý][\w'’.-]+\s+[a-zäöü])")
_CUTS = (", which", ", who", ", after which", " under which", ", where", " to discuss", " in order to", ", a ", ", an ", "; ",
         " — ", " - ", ", according to", ", said", ", saying", ", adding", ", as ", " amid ", ", while ",
         " in response to ", " in retaliation for ",
         # (the same clauses in the other languages we read: ", después de que Washington desplegara…")
         ", después de", ", tras ", ", antes de", ", mientras", ", aunque", ", lo que", ", après ", ", avant de", ", avant d'", ", avant d’", ", prima di ",
         ", alors que", ", tandis que", ", ce qui", ", dopo ", ", mentre ", ", nachdem", ", während", ", который",
         ", которая", ", после того", ", depois de", ", depois que", ", após ", ", enquanto")
#: A verb of expectation whose infinitive tells the happening: "are expected to discuss".
_EXPECTED_TO = re.compile(r"\s+(?:(?:also|now|still)\s+)?(?:expected|due|set|scheduled|slated|likely|poised|planning|preparing|"
                          r"going|about|hoping|seeking)\s+to\s+\w+")

#: ", according to officials", "according to the Gaza Health Ministry": the source, not the happening.
_ACCORDING_TO_TAIL = re.compile(r",?\s+according\s+to\s+[^,;]{1,80}"
                                # (…with the source's name set off after its role: "…chief negotiator, Rustem Umerov")
                                r"(?:,\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)?$")
#: The same tail in the other languages we read: ", a déclaré le ministère", ", selon l'agence",
#: ", teilte das Ministerium mit", ", sagte ein Sprecher", ", dijo el portavoz", ", заявил министр".
_EMBEDDED_QUOTE_ATTRIBUTION = re.compile(r"(?<=[a-z]\s)(?P<quote>(?:``|“|\")[^`“\"”']{1,80}),(?:''|”|\")\s+"
                                         r"(?:the\s+)?[\w' -]{1,50}?\s+(?:said|says|added)\s*$")
#: The words that open a source in the Romance languages we read: "selon", "según", "secondo", "de acordo com".
_ROMANCE_SOURCE_WORDS = r"selon|d['’]après|según|secondo|segundo|de\s+acuerdo\s+con|de\s+acordo\s+com"
_FOREIGN_ATTRIBUTION_TAIL = re.compile(
    rf",\s+(?:{saying_pasts(attributing=True)}"
    rf"|{_ROMANCE_SOURCE_WORDS}|hieß\s+es|so\s+(?:der|die|das)"
    r"|по\s+словам|по\s+данным)\b"
    # (not a saying that reports a clause: ", disse que as delegações vão reunir-se")
    r"(?!\s+(?:que|qu['’]|che|dass|что)\b)[^,]{0,80}$"
    # Turkish puts the verb last: ", bakanlık açıklamasında belirtildi"
    r"|,\s+[^,]{0,60}\b(?:belirtildi|açıklandı|açıkladı|bildirdi|bildirildi|dedi)\s*$",
    re.IGNORECASE)


#: A Spanish, Portuguese or Italian attribution closing a title whose comma went with an aside before it: a third person's
#: saying and its sayer of a few words, after a capitalised name.
#: A Spanish or Portuguese finite past, which a clause before a glued attribution has: "reabrieron", "assinou", "ha firmado".
_ROMANCE_FINITE_PAST = re.compile(r"\b(?:[a-zà-ÿ]{3,}(?:aron|ieron|aram|eram|iram|ó|ou|eu|iu)|(?:ha|han|há|têm|tem)\s+"
                                  r"[a-zà-ÿ]{3,}(?:ado|ido)"
                                  # (…or a French passé composé: "ont rouvert", "a signé")
                                  r"|(?:a|ont|avait|avaient)\s+(?:[a-zà-ÿ]+\s+)?[a-zà-ÿ]{3,}(?:é|i|u|ert|is|it))\b")
_GLUED_FOREIGN_ATTRIBUTION = re.compile(rf"(?<=\s)(?P<name>[A-ZÀ-Ý][\w'’-]*)\s+(?:{saying_pasts('es', 'pt', attributing=True)})"
                                        r"(?!\s+(?:que|qu['’]|che)\b)(?:\s+(?:[\w'’.-]+)){1,4}$")  # (not what was said: "anunció que…")


#: A source named at a title's end, in the other languages we read: " selon un communiqué", " según el ministerio".
#: (a short noun phrase, no clause a conjunction opens: ", ma secondo testimoni si sparava ancora" stays)
_GLUED_FOREIGN_SOURCE = re.compile(r"(?<=\w)(?<!\bma)(?<!\bmais)(?<!\bpero)(?<!\bmas)(?<!\be)(?<!\bet)(?<!\by)\s+"
                                   rf"(?i:{_ROMANCE_SOURCE_WORDS})\s+"
                                   r"(?:(?i:un|une|le|la|les|l['’]|el|los|las|il|lo|gli|i|o|os|as|um|uma|des|du|del|dei|della)\s*|[A-Z])"
                                   r"[^\s,;]*(?:\s+[^\s,;]+){0,5}$")
#: …and a French one, inverted after a place a preposition governs: "…consulats à Cúcuta[, fermés depuis 2019,] a annoncé le
#: ministère" (not a clause of its own: "…et la France a annoncé le retour").
_GLUED_FRENCH_ATTRIBUTION = re.compile(rf"(?<=\s)(?:à|en|au|aux|de|du|des)\s+(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+(?:et\s+)?[A-ZÀ-Ý][\w'’-]*){{0,3}})\s+"
                                       rf"(?:{saying_pasts('fr', attributing=True)})\s+(?:le|la|les|l['’])\s*(?:[\w'’.-]+\s*){{1,5}}$")
#: "That" opening a clause, not a noun phrase: before an article, a pronoun, a name, or a plural and its verb ("That
#: senior commanders could join…"; "That deal was signed" keeps it).
_SAID_THAT_LEFT = re.compile(r"[Tt]hat\s+(?=(?:the|a|an|its|their|his|her|he|she|they|it|we)\s|[A-Z]|(?:[a-z-]+\s+){0,2}"
                             r"(?!(?:was|is|has|does|this)\b)[a-z]{2,}[^s\W]s\s+(?:could|would|will|were|are|have|had|may|"
                             r"might|must|should|[a-z]{3,}ed)\b)")
#: A Romance "when" opening a time clause left without the main clause it opened: "Cuando el presidente…".
_ROMANCE_WHEN_OPENING = re.compile(rf"{ROMANCE_WHEN}(?=\s*(?:el|la|los|las|le|les|l['’]|il|lo|gli|o|a|os|as|[A-ZÀ-Ý])\b)\s*")


def realigned(t: Timex, sentence: Sentence) -> Timex | None:
    """`t` moved to where its words stand in `sentence` when they stand there once, else None."""
    at = sentence.text.find(t.text)
    if at < 0 or sentence.text.find(t.text, at + 1) >= 0:
        return None
    return replace(t, start=sentence.start + at, end=sentence.start + at + len(t.text))


#: A closing appositive that ranks or measures what the clause told: ", the first such deaths", ", the latest in a series of
#: attacks", ", well below the 600 a day agreed", ", far short of the target".
_CLOSING_MEASURE = re.compile(r"(?<=\w),\s+(?:the\s+(?:first|second|third|fourth|fifth|latest|biggest|largest|deadliest|worst|"
                              r"highest|lowest)\s+(?:such\s+|of\s+its\s+kind\b|in\s+a\s+series\b)"
                              # (…or a count among its kind: ", the 60th exchange", ", the third such swap this year")
                              r"|the\s+\d{1,3}(?:st|nd|rd|th)\s+(?:[a-z-]+\s+)?[a-z]+\s*$"
                              # (…or a record since a happening, its date's commas and all: ", the highest monthly
                              # figure since the Sept. 8, 2023, earthquake")
                              r"|the\s+(?:highest|lowest|largest|biggest|smallest|worst|deadliest|most\s+[a-z]+)\s+"
                              r"(?:[a-z-]+\s+){0,3}?since\s(?:[^,;]|,(?=\s*(?:1[89]|20)\d\d\b)|(?<=\d\d\d\d),)*$"
                              r"|(?:well|far|just|slightly|still)\s+(?:below|above|under|over|short\s+of)\s)[^,;]*$")
#: What a count changed from, closing a title, its comma maybe gone with a source that stood between: "…killed more than
#: 4,000 people in Haiti[ down from some 5,600 in all of 2024]".
_CHANGED_FROM = re.compile(rf",?\s+(?:down|up)\s+(?:sharply\s+|slightly\s+)?from\s+(?:some|about|around|nearly|almost|more\s+than|"
                           rf"fewer\s+than|\d)(?:(?!;){NOT_A_CLAUSE_COMMA})*$")
#: A verb whose object is turned into something, which a title cut before its "into" leaves unsaid.
_TURNING_INTO = re.compile(r"\b(?:turn|turns|turned|turning|transform\w*|convert\w*|split|divid\w*|merg\w*|fold\w*)\b")
#: Where a phrase of its own begins, at which a title too long may end: " on their disputed border", " if the court's…".
#: ("into" is no edge: it completes its verb, "voted to turn the mission into a larger force")
_PHRASE_EDGE = re.compile(r"\s(?=(?:on|in|at|over|with|for|from|under|between|against|after|before|during|if|when|while|"
                          r"because|which|who|whose|as|amid|despite|near|across)\s)"
                          # (…or a purpose's infinitive after a name: "set up by Nigeria, Chad and Benin[ to fight…]")
                          # (a name of any length: one fixed-width look-behind per length)
                          r"|(?:" + "|".join(rf"(?<=\s[A-Z][a-z]{{{n}}})" for n in range(1, 13)) + r")\s(?=to\s+[a-z])")
#: A subject, a present state of what it is, and a second predicate joined on that did something: "[The rebel group] is not
#: a party to the accords and [has been negotiating…]".
_STATE_THEN_DOING = re.compile(r"^(?P<subject>(?:The|A|An|[A-Z][\w'’.-]*)(?:\s+[\w'’.-]+){0,5}?)\s+(?:is|are)\s+(?:not\s+|no\s+longer\s+|"
                               r"still\s+)?(?:a|an|the|part|members?)\s[^,;]{3,80}?\s+and\s+"
                               r"(?P<doing>(?:has|have)\s+(?:since\s+)?(?:been\s+[a-z]{3,}ing|[a-z]{3,}ed)\b)")
#: A passive's participle, then a subject relative clause that cannot be about it: "was divided[ that has never known…]".
_RELATIVE_AFTER_PASSIVE = re.compile(r"(?P<passive>\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|wn))\s+that\s+"
                                     r"(?:has|have|had|is|are|was|were)\b.*$")
#: What a title may not end with: an article, a preposition, a conjunction, a gerund, a participle, a number or an
#: adjective of number.
_OPEN_END = re.compile(r"\b(?:the|a|an|its|their|his|her|of|to|and|or|but|than|that|more|less|some|[a-z]+ing|[a-z]{3,}ed|"
                       r"(?:could|would|will|can|may|might|must|should)\s+[a-z]+|"
                       r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|[a-z]+-|"
                       # (…nor the first words of a preposition told in several: "in exchange[ for]", "on behalf[ of]")
                       r"in\s+(?:exchange|place|addition|accordance|line|spite|front|charge|favou?r)|on\s+behalf|instead|"
                       r"ahead|because|regardless|prior|according|thanks|as\s+part)\s*$", re.I)
#: …nor a clause said or relative whose verb has not come yet: "ruled that China's sweeping claims".
_HELPING_VERB = r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do)\b"
_CLAUSE_WITHOUT_VERB = re.compile(rf"\b(?:that|which|who|whose|if|when|while|because)\s+(?:(?!\b{_HELPING_VERB})[^\s,;]+\s+){{0,6}}?"
                                  rf"(?:(?!\b{_HELPING_VERB})[^\s,;]+)$")
#: A noun phrase that is all a title is, and the gerund of its course: "The polls closing".
_NOUN_THEN_COURSE_GERUND = re.compile(r"(?P<np>(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s+"
                                      r"(?P<ing>closing|opening|ending|starting|beginning|resuming)")
_COURSE_VERBS = {"closing": "close", "opening": "open", "ending": "end", "starting": "start", "beginning": "begin",
                 "resuming": "resume"}
#: A noun phrase and the bare participle a cut clause left after it: "…in a snap election [called]".
#: A word of a noun phrase, no auxiliary (after which a participle is a passive's: "the vote had been delayed").
_NOT_AN_AUXILIARY = r"(?!(?:was|were|is|are|has|have|had|been|be|being)\b)"
_NOUN_THEN_BARE_PARTICIPLE = re.compile(rf"(?P<keep>.*\b(?P<np>(?:an?|the)\s+(?:{_NOT_AN_AUXILIARY}[\w-]+\s+){{0,3}}"
                                        rf"{_NOT_AN_AUXILIARY}[\w-]+))\s+"
                                        r"(?:[a-z]{3,}ed|held|set|made)")
#: A Romance subject's aside of what it was planned as, its date gone, before the verb: "Le sommet[, prévu à Bruxelles,]
#: pourrait être reporté", "La cumbre[, prevista en Madrid,] podría aplazarse".
_ROMANCE_SUBJECT_PLAN_ASIDE = re.compile(r"^(?P<np>(?:Le|La|Les|L['’]|El|Los|Las|Il|Lo|I|Gli|O|A|Os|As)\s*[^,;]{1,44}?),\s+"
                                         r"(?:prévue?s?|programmée?s?|prévus|previst[oaie]s?|programad[oa]s?|programmat[oaie])"
                                         r"\b[^,;]{0,60},(?=\s+[^\W\d_]+)")
#: A Romance participle's aside after the subject, then an auxiliary, a modal or a past: "I colloqui[, ripresi a Nairobi,]
#: sono stati sospesi", "L'accord[, signé à Alger,] a été suspendu".
_ROMANCE_SUBJECT_PARTICIPLE_ASIDE = re.compile(
    r"^(?P<np>(?:Le|La|Les|L['’]|El|Los|Las|Il|Lo|I|Gli|O|A|Os|As|Un|Une|Una|Uno|Um|Uma)\s*[^,;]{1,100}?),\s+"
    r"(?:(?:già|déjà|ya|já|poi|puis|luego|depois)\s+)?"
    rf"(?:[a-zà-ÿ]{{3,}}(?:ée?s?|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie])|{ROMANCE_IRREGULAR_PARTICIPLE})\b[^,;]{{0,60}},"
    r"(?=\s+(?:sono|è|sont|est|ont|a|han|ha|fue|fueron|foram|foi|hanno|avaient|avait|había|habían|tinha|tinham|sera|seront|"
    r"será|serán|serão|sarà|saranno|doit|doivent|deve|devono|debe|deben|devem|pourrait|potrebbe|podría|poderá|"
    r"se|si|s['’])\b)")
#: A participle's aside after the subject, then an auxiliary: "[, postponed twice this year,] will".
_SUBJECT_PARTICIPLE_ASIDE = re.compile(r"^(?=(?:The|A|An|Its|Their)\s)(?P<np>[^,;]{1,44}?),\s+(?:and\s+)?(?:(?:first|already|originally|"
                                       r"twice|again|since|recently|repeatedly)\s+)?[a-z]{3,}ed\b[^,;]{0,60},"
                                       # (…or before a past of its own, an adverb first: "The deal, [and] abandoned by the
                                       # United States, formally expired")
                                       r"(?=\s+(?:will|would|is|are|was|were|has|have|had|could|may|might|must|should|"
                                       r"(?:formally|finally|officially|eventually|quietly)\s+[a-z]{3,}ed|expired|collapsed|"
                                       r"lapsed|ended|failed)\b)"
                                       # (…or a counted subject's, before any past: "Fourteen other officials, tried separately,
                                       # received sentences")
                                       rf"|^(?=(?:[A-Z][a-z]+teen|[A-Z][a-z]+ty|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Many|Some|"
                                       rf"Most|\d+)\s+[a-z])(?P<counted>[^,;]{{1,80}}?),\s+[a-z]{{3,}}ed\b[^,;]{{0,60}},"
                                       rf"(?=\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")
_SUBJECT_AGENT_ASIDE = re.compile(rf"^(?P<np>(?:The|A|An|Its|Their)\s[^,;]{{1,44}}),\s+(?:led|backed|supported|headed|run|chaired|"
                                  rf"funded|armed|commanded|sponsored)\s+by\s+[^,;]{{1,60}},(?=\s+(?:[a-z]{{3,}}ed|{PAST_VERB})\b)")
#: A plan given up, set off by commas: ", originally scheduled for December 2024,", ", initially set for March,".
_FORMER_PLAN_ASIDE = re.compile(rf",\s+{FORMER_PLAN}"
                                # (a full date's own comma is no aside's end: "for December 24, 2021,")
                                r"(?:\s+(?:for|on|in)\s+[^,;]{1,30}?(?:,\s+\d{4})?)?"
                                # (…and the plan that replaced it, its date gone: "and now planned for December 2026")
                                r"(?:\s+and\s+(?:now\s+)?(?:scheduled|planned|set|slated|due|expected)(?:\s+(?:for|on|in)\s+[^,;]{1,30})?)?"
                                r",(?=\s)")

#: A state since a date set off by commas before the predicate: ", in force since Feb. 24, 2022,", ", in place since 2014,"
#: (what has held since then is no part of what the predicate's date tells).
_STATE_SINCE_ASIDE = re.compile(r",\s+(?:still\s+)?(?!(?:the|a|an|its|their|his|her|this|that|one|and|but|or)\b)"
                                r"(?:[a-z]+\s+){1,3}(?:ever\s+)?since\s+(?:[^,;()\"“”]|,\s*\d{4}\b){1,40},(?=\s+[a-z])")

#: The comma and conjunction that open a clause of contrast: ", while ", ", whereas ".
_CONTRAST_CLAUSE = re.compile(rf",\s+(?:while|whereas)\s+(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}?"
                              rf"{FINITE_MARK}\b)"
                              # (…or others' view of it: ", but rights groups say progress has been slow")
                              r"|,\s+but\s+(?=(?:(?:the|some|many|most)\s+)?(?:[\w'’-]+\s+){0,3}?(?:say|says|said|argue|argued|"
                              r"warn|warned|complain|complained|insist|insisted|note|noted)\b)"
                              # (…or what cannot be done since: ", but elections cannot be held under martial law")
                              r"|,\s+but\s+(?=(?:(?:the|a|an|its|their|his|her)\s+)?(?:[\w'’-]+\s+){1,3}?(?:cannot|can\s+not|"
                              r"could\s+not|can['’]t|couldn['’]t)\b)"
                              # (…or the state it has been in since: ", but it has been short of funds from the start")
                              r"|,\s+but\s+(?=(?:it|they|he|she)\s+(?:has|have)\s+(?:since\s+|long\s+|always\s+)?(?:been|remained)\b)")
#: A finite word of the title's own clause.
_FINITE_NEAR = re.compile(rf"\b{FINITE_MARK}\b")
#: A subject and its whose-clause naming one of its own, who did what the title tells: "The opposition, whose leader
#: [Maria Corina Machado] received…", "La oposición, cuya líder [María Corina Machado] recibió…".
_WHOSE_NAMED = re.compile(r"[^,;]{3,60},\s+(?:whose|cuy[oa]s?|dont\s+(?:le|la|les)|deren|dessen)\s+(?:[^\W\d_A-Z][\w'’-]*\s+){1,2}"
                          r"(?P<name>[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){1,3})\s+(?=[^\W\d_A-Z])")
#: A list of single words going on after a comma to its "and" and the noun they share: ", legislative and local elections".
#: (…or closing on a comma of its own: "on land, air and sea, India's foreign secretary said")
_WORDS_LISTED_ON = re.compile(r",\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)*,?\s+(?:and|or)\s+"
                              r"[a-z][\w-]*(?:\s+[a-z][\w-]*|(?=,\s)|$)")
#: The comma of a closing participle's clause, what the happening led to: ", leading to", ", killing", ", forcing".
_CLOSING_PARTICIPLE_COMMA = re.compile(r",\s+(?!(?:including|according|during|following|regarding|concerning|pending|"
                                       r"bringing\s+the\s+(?:total|number|toll))\b)[a-z]{3,}ing\s+(?=[a-z])")
#: A Romance participle that opened the sentence with its date, left alone before its comma: "Né, ", "Elegido, ".
_LONE_ROMANCE_OPENER = re.compile(r"^(?:Née?s?|Élue?s?|Créée?s?|Fondée?s?|Signée?s?|Adoptée?s?|Nommée?s?|Nacid[oa]s?|Elegid[oa]s?|"
                                  r"Cread[oa]s?|Fundad[oa]s?|Firmad[oa]s?|Nat[oaie]|Elett[oaie]|Creat[oaie]|Fondat[oaie]|"
                                  r"Firmat[oaie])\s*,\s+(?=\S)")


_SPACES = re.compile(r"\s+")
#: A German phrase fronted before the verb, up to its noun: "Nach dem Angriff", "Seit der Wahl", "Trotz des Abkommens".
_GERMAN_FRONTED_PHRASE = re.compile(r"(?:Nach|Seit|Vor|Bei|Während|Trotz|Wegen|Infolge|Mit)\s+"
                                    r"(?:dem|der|den|des|einem|einer|eines)\s+(?:[a-zäöüß]+(?:e|en|er|es|em)\s+)?[A-ZÄÖÜ][\wäöüß-]*")


#: A past joined on with "but" and no subject of its own, closing a title: ", but gave no date".
_BUT_GAPPED_PAST_AT_END = re.compile(r"(?<=\w),\s+but\s+(?:then\s+)?(?:[a-z]+ly\s+)?(?:gave|offered|provided|declined|refused|"
                                     r"did\s+not|didn['’]t|would\s+not|wouldn['’]t|stopped\s+short)\b[^,;]*$")


def finish_title(title: str, gazetteer: Gazetteer, recounting_told: bool = False) -> str:
    """The title cut to who did what (`recounting_told`: the date is the recounting's own, "18:30 — The envoy reminded
    delegates that…", so the recounting stays)."""
    title = re.sub(r"^[\s\-–—:;,.*•·▪►●_]+", "", title)  # "1988 - Armenians vote…", "* Feb. 24, 2022: Troops…", AP's "_"
    # (…and a chronology's label left whole when another date was titled: "[Oct. 2026 - ]Erhurman, elected in October 2025")
    title = re.sub(r"^(?:(?:[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?\d{4}|(?:[A-Z][a-z]{2,8}\.?\s+)\d{1,2})(?:\s*[-–]\s*\d{2,4})?"
                   r"\s+[-–—]\s+(?=[A-Z])", "", title)
    # "⚡️, the enemy launched…", "🔴 Missile threat", "1/ The ministers met…": a feed's symbols and a thread's numbering
    title = re.sub(r"^(?:[^\w\s\"“‘'`«„(\[¿¡$€£#@]+[\s,:;.\-–—]*|\d{1,2}/\d{0,2}(?:[\s,]+|$))+", "", title).strip()
    title = title.strip()
    # ("Over the past 48 hours, Ukrainian drones have struck…": a length of time before the clause is none of its day)
    title = re.sub(r"^(?:Over|In|During|Within)\s+the\s+(?:past|last|previous)\s+(?:[\w-]+\s+)?(?:hours|days|weeks|months|years)"
                   r"\s*,\s+(?=\w)", "", title)
    # ("Só[ em setembro], mais de 50 mil pessoas fugiram", "Solo[ en septiembre], …": the "only" of the date gone with it)
    title = re.sub(r"^(?:Só|Somente|Apenas|Solo|Sólo|Solamente|Seulement|Rien\s+qu['’]|Soltanto|Nur|Allein)\s*,\s+"
                   r"(?=\w)", "", title)
    # ("Recap:[ On Wednesday], delegates arrived", "[Yesterday's] summary:[ On Thursday], ministers agreed": a label whose
    # colon the date followed heads what the clause after it tells)
    title = re.sub(r"^(?:(?:The|A|An)\s+)?(?:[\w'’-]+\s+){0,3}[\w'’-]+:\s*,\s+(?=\w)", "", title)
    title = title[UPDATE_LABEL.match(title).end():] if UPDATE_LABEL.match(title) else title  # ("Recap: The truce held…")
    # ('"[Today] we end a crisis," Kurti said': a quotation whose first word was its date opens on the next one)
    title = re.sub(r"^([\"“])\s+([a-z])", lambda q: q.group(1) + q.group(2).upper(), title)
    title = shorten_people(title[dateline_end(title):], gazetteer)  # (a wire dateline first: the style is the same after it)
    # "Its leader, Sviatlana Tsikhanouskaya(,) will address…": a role owned by a pronoun says nothing a title can resolve;
    # the name set off after it is who
    title = _PRONOUN_ROLE_THEN_NAME.sub(r"\g<name> ", title, count=1)
    # "At the first, the sides agreed to trade prisoners": an opening that points back at something the sentence before
    # named ("the first" of its meetings) says nothing of its own
    title = re.sub(r"^(?:At|In|During|After|Before)\s+the\s+(?:first|second|third|last|latest|previous|next|other)\s*,\s+"
                   r"(?P<first>[a-z])", lambda m: m["first"].upper(), title)
    # "Meloni's first visit to Kyiv [dates back] (to February 2023)", "La prima visita … [risale] (al febbraio 2023)": what
    # only points at its date is no doing; the noun is the happening
    title = re.sub(r"(?<=\w)\s+(?:dates\s+back|date\s+back|dated\s+back|goes\s+back|went\s+back|risale|risalgono|remonte|"
                   r"remontent|se\s+remonta|se\s+remontan|remonta|remontam)[.!]?$", "", title)
    # "Vucic said an early election would take place[ before the end of next year], but gave no date": a past joined on
    # with "but" and no subject of its own is the sayer's, or another happening's, none of the date's
    title = _BUT_GAPPED_PAST_AT_END.sub("", title)
    # "Britain left the EU[ on Jan. 31, 2020], more than three[ and a half years after the referendum…]": a count left
    # without what it counted says nothing
    title = re.sub(r",\s+(?:more|less|fewer)\s+than\s+[\w-]+$", "", title)
    # "The mandates … were due to expire (in April and May) respectively": the dates it paired went, and it with them
    title = re.sub(r",?\s+respectively\b", "", title)
    # "…signed a declaration of principles[, followed by a framework agreement]": what followed, its date gone, is another's
    title = re.sub(rf",\s+{FOLLOWING_PARTICIPLE}\s+{FOLLOWED_BY}\s*[^,;]{{3,80}}$", "", title)
    # "And the sanctions that took effect on Friday – any waivers?": a questioner's question after a dash is none of the
    # happening's
    title = re.sub(r"(?<=\w)\s+(?:—|–|--)\s+[^—–]{2,80}\?$", "", title)
    # "The Quad mediators — the United States, Saudi Arabia… — proposed a pause": an aside between dashes goes
    title = re.sub(r"\s+(?:—|–|--)\s+[^—–]{2,160}?\s+(?:—|–|--)\s+(?=[a-z])", " ", title)
    if ", " in title and language_of(title) in A_IS_A_PREPOSITION:
        # "assinaram[ na terça-feira], em Kigali, um novo acordo": a place the date's commas set off goes on unset
        title = _ROMANCE_PLACE_SET_OFF.sub(r" \g<2> ", title, count=1)
    # …as does a relative clause about the subject, closed before its verb: "The M23 group, which is backed by
    # Rwanda, seized Goma"
    aside = ENCLOSED_RELATIVE.search(title, 0, 200)
    # (not one about an object, before a closing attribution: "…a truce before the start, which is expected to
    # begin, diplomats said")
    if aside is not None and not re.search(r"[,;]", title[:aside.start()]) \
            and not (re.search(r"\b(?:is|are|was|were|has|have|had|will)\b", title[:aside.start()])
                     and ATTRIBUTION_TAIL.match(", " + title[aside.end():].strip(" ,.;"))):
        title = title[:aside.start()] + " " + title[aside.end():]
    romance_aside = _ROMANCE_ENCLOSED_RELATIVE.match(title) if aside is None else None
    # (its verb may be reflexive: "Las negociaciones, que…, [se] interrumpieron")
    reflexive = re.match(r"(?:se|si|s['’])\s*", title[romance_aside.end():]) if romance_aside is not None else None
    if romance_aside is not None and (FOREIGN_PAST.match(title, romance_aside.end() + (reflexive.end() if reflexive else 0))
                                      or _ROMANCE_FUTURE_OR_AUXILIARY.match(title, romance_aside.end())
                                      or _ROMANCE_MODAL.match(title, romance_aside.end())):
        # "Ce texte[, qui prévoit la création d'un État,] doit encore être soumis…": so does a Romance one
        title = f"{romance_aside['np']} {title[romance_aside.end():]}"
    german_aside = _GERMAN_ENCLOSED_RELATIVE.match(title) if aside is None and romance_aside is None else None
    if german_aside is not None:  # "Das Wehrdienstgesetz[, das … in Kraft treten sollte,] wurde erst verabschiedet": German's
        title = f"{german_aside['np']} {title[german_aside.end():]}"
    # "Elections, originally scheduled for December 2024, were postponed": the plan given up goes with its date
    title = _FORMER_PLAN_ASIDE.sub("", title)
    # "Martial law, in force since Feb. 24, 2022, was extended": the state the subject has been in goes
    title = _STATE_SINCE_ASIDE.sub("", title, count=1)
    # "The summit, postponed twice this year, will now take place in Cairo": a participle's aside about the subject,
    # closed before an auxiliary, tells another happening
    title = _SUBJECT_PARTICIPLE_ASIDE.sub(lambda aside: aside["np"] or aside["counted"], title, count=1)
    title = _ROMANCE_SUBJECT_PLAN_ASIDE.sub(r"\g<np>", title, count=1)  # ("Le sommet[, prévu à Bruxelles,] pourrait…")
    title = _ROMANCE_SUBJECT_PARTICIPLE_ASIDE.sub(r"\g<np>", title, count=1)  # ("I colloqui[, ripresi a Nairobi,] sono…")
    # (…and who leads or backs it, before its past: "The junta, led by General Tiani, toppled Bazoum")
    title = _SUBJECT_AGENT_ASIDE.sub(r"\g<np>", title, count=1)
    # "…said that the measures[, its first major sanctions on Russia,] would take effect": what a subject is, set off
    # before its modal or auxiliary, tells nothing of what it does
    # ("Two of them[, the Magic Seas and the Eternity C,] went down": the ones named are who, not their count)
    named = _COUNT_OF_THEM_NAMED.match(title)
    if named is not None:
        title = named["names"][:1].upper() + named["names"][1:] + title[named.end():]
    title = _SUBJECT_APPOSITIVE_BEFORE_VERB.sub("", title, count=1)
    # "…were killed in southern Gaza, the first such deaths", "…had entered Gaza, well below the 600 agreed in the deal":
    # a closing ranking or measure of what the clause told is no part of the happening
    title = _CLOSING_MEASURE.sub("", title)
    # "Two decades on from the first surveys, drilling began…": a count from another happening, which dates nothing
    # of its own here, opens the sentence
    # (…or how far into another it came: "Five months into Russia's full-scale invasion, Ukraine … signed")
    title = re.sub(r"^(?:[\w-]+\s+){1,2}(?:years?|decades?|months?|weeks?|days?)\s+(?:on(?:\s+(?:from|after|since)\s+[^,;]{1,60})?"
                   r"|into\s+[^,;]{1,60}),\s+(?=[A-Za-z])", "", title)
    # (a name's "The" goes, but not a month's or a weekday's: "The July clashes")
    # (nor a nationality's, an adjective before its noun: "The Malian junta")
    title = re.sub(rf"^(?:the|The)\s+(?=[A-Z])(?!{CALENDAR_WORD.pattern}\b|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.\s)"
                   r"(?!(?:[A-Z][a-z]*(?:ian|ese|ish|i)|[A-Z][a-z]+an)\s+(?!(?:and|or)\b)[a-z]{3,}\b(?<!ed)(?<!s))"
                   # (…nor a name's compound before a noun: "The Kenya-led mission", "The Qatar-brokered truce")
                   r"(?![A-Z][\w'’]*-(?:led|backed|based|brokered|run|owned|controlled|sponsored|mediated|facilitated|funded|drafted|"
                   r"proposed|supported|imposed|organi[sz]ed|hosted|allied|aligned|held)\s)"
                   # (…nor a side or a town named by a word that needs it: "The North fired", "The Hague court")
                   r"(?!(?:North|South|East|West|Hague)\b(?!\s+[A-Z]))"
                   # (…nor a body or a text named by its common noun alone, capitalised as the text writes it: "The Court
                   # received the Memorial", "The Order was issued")
                   r"(?!(?:Court|Council|Commission|Committee|Registry|Tribunal|Parliament|Assembly|Government|Ministry|"
                   r"Cabinet|Senate|Congress|Board|Agency|Mission|Quartet|Order|Ruling|Judgment|Judgement|Decision|Memorial|"
                   r"Counter-Memorial)\b(?!\s+(?:of\s+)?[A-Z]))"
                   # (…nor a place's name before what happened there: "The Istanbul meetings", "The Minsk agreements")
                   r"(?![A-Z][\w'’-]*\s+(?:meetings?|talks|summits?|agreements?|accords?|process|format|deal|ceasefire|"
                   r"truce|war|conflict|court|tribunal|negotiations|conference|round|declaration|treaty|protocol|memorandum|"
                   r"charter|communiqu[eé]|pact|compact|roadmap|plan|initiative|offensive|operation|massacre|bombing)\b)"
                   # (…nor a text's name, "The Algiers Agreement", nor a body's before what it sent: "The United Nations
                   # peacekeeping mission")
                   r"(?![A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*){0,3}\s+(?:Agreements?|Accords?|Treaty|Declaration|Protocol|"
                   r"Convention|Charter|Memorandum|Initiative|Framework|Plan|Roadmap|Compact|Pact|Communiqu[eé]|Process)\b)"
                   r"(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}\s+(?:[a-z]+\s+)?(?:mission|force|forces|troops|peacekeepers|"
                   r"envoy|delegation|team|monitors|observers)\b)"
                   # (…nor a person's role, capitalised as a press release writes it: "The Minister of Foreign Affairs")
                   r"(?!(?:Minister|President|Prime\s+Minister|Foreign\s+Minister|Secretary|Ambassador|Chancellor|King|"
                   r"Queen|Pope|Emir|Speaker|Governor|Mayor|Envoy|Special\s+Envoy|(?:High|Special)\s+Representative|"
                   r"Representative|(?:High\s+)?Commissioner|Secretary-General|(?:Special\s+)?Rapporteur|(?:Chief\s+)?"
                   r"Prosecutor|Ombudsman|Mediator|(?:Special\s+)?Coordinator)\b)"
                   # (…nor an abbreviation's before the role it qualifies: "The U.S. president", "The UN special envoy",
                   # "The U.S. and Chinese presidents")
                   r"(?!(?:(?:[A-Z]\.){2,}|[A-Z]{2,5})(?:\s+and\s+[A-Z][a-z]+)?\s+(?:[a-z]+\s+){0,2}"
                   r"(?:presidents?|envoys?|ambassadors?|embassy|military|army|"
                   r"navy|government|administration|delegation|secretary|officials?|chief|mission|team|troops|forces|"
                   r"leaders?|negotiators?|mediators?|spokesman|spokeswoman|spokesperson|commander|representative|force|"
                   r"peacekeepers|observers|monitors|agency|office|council|court|panel|committee|commission)\b)"
                   # (…nor an abbreviation's possessive: "The UN's personal envoy")
                   r"(?!(?:(?:[A-Z]\.){2,}|[A-Z]{2,5})['’]s\s)", "",
                   title.strip())  # ("The Aug. 7 blasts")
    # "Expressing concern at the clashes in Tripoli[ in May 2025],": a resolution's preambular gerund says what the body
    # thinks of the thing, which is the happening
    title = _PREAMBULAR_GERUND.sub(lambda m: m["np"][:1].upper() + m["np"][1:], title, count=1)
    # "At dawn[ the next morning], Turkish officials announced…": a part of the day left alone by its date goes with it
    title = re.sub(r"^(?:At\s+(?:dawn|dusk|daybreak|nightfall|first\s+light)|In\s+the\s+(?:early\s+)?(?:morning|afternoon|"
                   r"evening))\s*,\s+(?P<first>\w)", lambda m: m["first"].upper(), title)
    # (…in lower case too, where a joined clause was cut after its comma: "[, ]and in 1995 he was named…")
    title = re.sub(r"^(?:[Aa]nd|[Bb]ut|So|Yet|Also)\b,?\s+(?=\S)", "", title)
    # "Back in 2011, a similar dispute…", "En 2011 déjà, …": an opening date's focus word, its date gone, says nothing
    title = re.sub(r"^(?i:Back|Even|Already|Only|Just|As\s+(?:early|recently|late)\s+as|Déjà|Dès|Encore|Schon|Bereits|Erst|"
                   r"Ya|Già|Já|Ainda)\s*,\s+(?=\S)", "", title)
    # ("More recently, the Dayton talks lasted 21 days": where the story's order puts it is no part of what happened)
    title = re.sub(r"^(?:More|Most)\s+recently,\s+(?=\S)", "", title)
    # "Entry [2026-11-28]: A patrol recorded…": a log's label, its date gone, labels nothing
    title = re.sub(r"^(?:Entry|Update|Updated|Log|Note|Posted|Edit|Correction|Addendum)\s*[:–—-]\s+(?=\S)", "", title)
    # "Según fuentes diplomáticas, la próxima reunión podría celebrarse…": who says so opens no part of what happens
    title = re.sub(r"^(?:According\s+to|Según|Selon|Laut|Secondo|Segundo|По\s+словам|По\s+данным)\s+[^,;:]{2,60},\s+(?=\S)", "",
                   title)
    # "After two years of talks, the two sides signed…", "After five rounds, …": how long it took to get there is no part
    # of what happened (a happening after which it came stays: "After the vote, the opposition alleged fraud")
    title = re.sub(r"^(?:After|Following)\s+(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+|some\s+|about\s+)?"
                   r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+few|"
                   r"several|many|a\s+dozen|dozens\s+of|a|an)\s+(?:[a-z]+\s+)?(?:rounds?|sessions?|years?|months?|weeks?|days?|"
                   r"decades?|hours?)(?:\s+of\s+(?:[a-z-]+\s+){0,2}?(?:talks|negotiations|fighting|war|conflict|wrangling|"
                   r"deadlock|stalemate|mediation|diplomacy|discussions|consultations|efforts|delays?))?\s*,\s+(?=\S)", "", title)
    # "Under his leadership, Algerian mediators persuaded…": whose lead it was is no part of what happened
    # (…nor under which arrangement: "Under the arrangement, inspectors would return…")
    title = re.sub(r"^(?:Under|During)\s+(?:his|her|their|its|[A-Z][\w'’.-]*['’]s)\s+(?:leadership|direction|presidency|"
                   r"chairmanship|stewardship|watch|tenure|rule|guidance|mediation),\s+(?=\S)"
                   r"|^Under\s+the\s+(?:new\s+)?(?:arrangement|deal|agreement|plan|accord|proposal|framework|compromise|"
                   r"declaration|treaty|truce|ceasefire|protocol|memorandum|roadmap|road\s+map),\s+(?=\S)",
                   "", title)
    # "Turning to Haiti: the Secretary-General welcomes…": a briefing's turn to its next topic goes
    title = re.sub(r"^(?:Turning|Moving\s+on|Coming|Going\s+back|Back|Now)\s+(?:now\s+)?to\s+[^:;,]{1,50}:\s+(?=\S)", "", title)
    # "[Né en 2012], le M23 avait occupé Goma": a fronted Romance participle left alone by its date goes
    title = _LONE_ROMANCE_OPENER.sub("", title)
    # "[but ]that clashes in Marib had increased": a reported clause's "that" is no demonstrative
    title = re.sub(r"^[Tt]hat\s+(?=(?:(?:the|a|an|its|their|his|her)\s+|[a-z]+(?:es|[^siu\W]s)\s+|(?:it|they|he|she|we)\s+)[^,;]{0,60}?\b"
                   r"(?:had|has|have|was|were|is|are|would|will|could|[a-z]{3,}ed)\b)", "", title)
    if re.match(r"(?:[Ww]here|[Ww]hereupon)\s", title) and VERB.search(title):  # "…State, where the White Army overran…"
        title = title.split(None, 1)[1]  # "But, Attorney General Janet Reno lifted…"
    title = re.sub(r"^(?:Starting|Beginning|Effective|As\s+of|From|Until|Since|By)\s*,\s+(?=\S)", "", title)  # "[next month]"
    # "In the first nine months [of last year], the mission recorded…": the stretch whose year went
    title = re.sub(r"^(?:In|During|Over|For)\s+the\s+(?:first|last|past|final)\s+(?:\w+\s+)?(?:days|weeks|months|years|"
                   r"quarters?|half)\s*,\s+(?=\S)", "", title)
    # "In addition, 73 soldiers were killed…", "Nonetheless, concern…": a link to the sentence before
    # ("From 1992 to 1994, by contrast, they met…" leaves one in lower case)
    title = re.sub(r"^(?i:However|Meanwhile|Nonetheless|Nevertheless|In\s+addition|Moreover|Separately|Instead|Still|"
                   r"Furthermore|Indeed|In\s+return|In\s+exchange|In\s+response|Earlier|Later|Elsewhere|Besides|Likewise|"
                   r"Similarly|Finally|Lastly|First|Second|Third|Fourth|Firstly|Secondly|Thirdly|Above\s+all|"
                   r"Looking\s+(?:further\s+)?(?:ahead|forward|back)|"
                   r"Going\s+forward|As\s+a\s+result|In\s+the\s+meantime|By\s+contrast|In\s+contrast|On\s+the\s+other\s+hand|"
                   r"For\s+now|In\s+turn|That\s+said|Even\s+so|All\s+the\s+same|Before\s+(?:that|then)|After\s+that|Since\s+then|By\s+then|Until\s+then|Until\s+now),\s+"
                   r"(?=\S)", "", title)
    # (…and a speaker's lead-in: "What I can say is that the Secretary spoke to Foreign Minister Sybiha")
    title = re.sub(r"^(?i:What\s+I\s+can\s+(?:say|tell\s+you|confirm)\s+is)(?:\s+that)?,?\s+(?=\S)", "", title)
    # (…without its comma too before a subject: "Before that there's a donors' conference")
    title = re.sub(r"^(?:Before\s+(?:that|then)|After\s+that|Since\s+then|By\s+then|Until\s+then)\s+"
                   r"(?=(?:there|he|she|they|we|I|the|a|an)\b)", "", title)
    # ("[The framework builds on a declaration … and] on a Washington-brokered accord … signed [on June 27]": a governed
    # noun phrase and its participle, the verb gone with the part before, is told as what was done to the noun)
    governed = _GOVERNED_NOUN_THEN_PARTICIPLE.fullmatch(title)
    if governed is not None:
        title = f"{governed['np'][:1].upper()}{governed['np'][1:]} {be_for(governed['np'])} {governed['part']}"
    # "[00:09:30] HOST: The minister said…": a transcript's time code goes, and its speaker after it
    title = re.sub(r"^[\[(]\s*\d{1,2}:\d{2}(?::\d{2})?\s*[\])]\s*", "", title)
    # "A: He spoke to the minister yesterday": a transcript's answer label
    title = re.sub(r"^(?:A|Answer)\s*[:.](?:\s*,)?\s+(?=\S)", "", title)  # (", " left where its opening date went)
    # ("Probably the ceasefire [on June 23, 2016]": an answer's hedge says how sure, not what happened)
    title = re.sub(r"^(?i:probably|perhaps|maybe|possibly|certainly|definitely|surely|arguably)\s*,?\s+"
                   r"(?=(?:the|a|an|our|my|their|its|that)\s)", "", title)
    # "[In der Nacht zum Sonntag] haben russische Drohnen ein Kraftwerk getroffen": German puts the verb second, so
    # a fronted date leaves it first; it goes back after its subject
    inverted = GERMAN_VERB_FIRST.match(title)
    fronted = _GERMAN_FRONTED_PHRASE.match(title) if inverted is None else None
    if fronted is not None and GERMAN_WORD.search(title):
        # "[Nach dem Angriff auf Polizisten im Dorf Banjska (am 24. September 2023)] lagen die Gespräche auf Eis": a
        # fronted phrase whose date has gone, the verb second after it; the clause is what happened
        inverted = next((v for v in (GERMAN_VERB_FIRST.match(title, gap.end()) for gap in
                                     _SPACES.finditer(title, fronted.end(), min(len(title), fronted.end() + 90)))
                         if v is not None), None)
    if inverted is not None and GERMAN_WORD.search(title):  # (German's own small words say it is German)
        subject, rest = inverted["subject"], inverted["rest"] or ""
        two_names = re.fullmatch(r"(?P<one>[A-ZÄÖÜ][\wäöüß-]*)\s+(?P<two>[A-ZÄÖÜ][\wäöüß-]*)", subject)
        if two_names is not None and re.fullmatch(r"(?:ge)?[a-zäöüß]{3,}(?:t|en)[.!]?", rest) \
                and re.fullmatch(r"(?i:hat|hatte|haben|hatten|ist|war|sind|waren|wurde|wurden)", inverted["verb"]):
            # "[Bereits im Mai 2024] hatte Selenskyj Berlin besucht": the object stands between the name and the participle
            subject, rest = two_names["one"], f"{two_names['two']} {rest}"
        title = f"{subject[:1].upper()}{subject[1:]} {inverted['verb'].lower()} {inverted['place'] or ''}{rest}".rstrip()
    # (…as does Dutch: "[Volgende week] komen de delegaties opnieuw samen")
    dutch = _DUTCH_VERB_FIRST.fullmatch(title) if inverted is None else None
    if dutch is not None and _DUTCH_WORD.search(title):
        title = f"{dutch['subject'][:1].upper()}{dutch['subject'][1:]} {dutch['verb'].lower()} {dutch['rest']}"
    # ("Under the constitution, parliament must now elect a president[ within 30 days], who will then task the largest
    # bloc…": the legal frame opening it and a closing relative of what follows next are no part of the doing)
    title = re.sub(r"^Under\s+the\s+(?:constitution|law|rules|charter|electoral\s+law)\s*,\s+(?=[a-z])", "", title)
    title = re.sub(r",\s+(?:who|which)\s+(?:will|would)\s+then\s+[a-z][^,;]*$", "", title)
    # "If the talks go ahead, negotiators could sign a framework [in January]": the condition is no part of what
    # the date tells
    # (not when a saying's source follows, which the condition is part of what it says: "If…, he added, they…")
    conditional = re.match(r"(?:If|Unless|Provided\s+that|As\s+long\s+as)\s[^,;]{3,120},\s+(?=[a-z])"
                           r"(?![\w'’ ]{1,40}\s(?:said|says|added|adds|told|noted|warned|argued|insisted)\b)", title)
    if conditional is not None and (VERB.search(title, conditional.end()) or re.match(
            r"[^,;]{2,60}?\s(?:could|would|will|may|might|must|should|can)\s", title[conditional.end():])):
        title = title[conditional.end():]
    # "[The next year] brought a short-lived ceasefire", "[2021] saw renewed clashes": the date was the subject,
    # and what it brought is the happening
    # (an article the date's span left: "[The late 1980s] saw the first joint commission")
    # (…told in the present perfect too: "[The past week] has brought heavy fighting", "[This year] has seen a surge")
    title = re.sub(r"^(?:The\s+|the\s+)?(?:(?:[Hh]as|[Hh]ave|[Hh]ad)\s+(?:brought|seen|witnessed)|[Bb]rought|[Ss]aw|[Ww]itnessed|"
                   r"[Uu]shered\s+in)\s+(?=(?:an?|the|new|renewed|more|fresh|further|first|heavy|fierce|intense|\d)\b)", "", title)
    # "[Since June], Kyiv says, the corridor has carried…": a source set off before the clause it vouches for
    title = re.sub(r"^(?:(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}|[Ii]t|[Tt]hey|[Hh]e|[Ss]he|(?:[Tt]he\s+)?(?:[a-z]+\s+)?(?:officials|"
                   r"diplomats|analysts|authorities|sources|data|figures))\s+(?:says|say|said|estimates?|estimated|reports?|"
                   # (…or what an inquiry found: "[Between March and May 1991], it found, the delegation received…")
                   r"reported|claims?|claimed|show|shows|showed|found|finds|concluded|concludes|noted|notes|added|adds),\s+"
                   r"(?=(?:the|a|an|its|their|it|they|some|more|[A-Z])\b)",
                   "", title)
    # "[This year] has tested the arrangement again": what the date did is what was done to its object
    done_to = re.fullmatch(r"(?:[Hh]as|[Hh]ave|[Hh]ad)\s+(?P<verb>(?:tested|strained|shaken|transformed|reshaped|changed|upended|"
                           r"disrupted|battered|hit)(?!\s+(?:by|on|in)\b))\s+(?P<np>(?:the|its|their|this|that|these)\s+[^,;]{2,60}?)"
                           r"(?P<adverb>\s+(?:again|once\s+more|anew|hard|badly))?(?P<stop>\.?)", title)
    if done_to is not None and not VERB.search(done_to["np"]):
        np = done_to["np"]
        title = f"{np[:1].upper()}{np[1:]} {be_for(np)} {done_to['verb']}{done_to['adverb'] or ''}{done_to['stop']}"
    # "AFP: The Japanese prime minister said…", "Spokesperson: The coast guard…": a transcript's speaker goes
    # (…or its asker, whose opening date may have gone: "Reporter: [Yesterday] the coast guard said…")
    title = re.sub(r"^(?:Q|A|AFP|AP|Reuters|Bloomberg|Xinhua|TASS|Spokesperson|Spokesman|Spokeswoman|Moderator|Question|Answer)"
                   r"\s*:\s+(?=[A-Z\"“])", "", title)
    title = re.sub(r"^(?:Reporter|Journalist|Correspondent|Interviewer|Host|Presenter)\s*:\s+(?P<first>[A-Za-z\"“])",
                   lambda asker: asker["first"].upper(), title)
    # (…as does a briefing's speaker in capitals: "MR. HALE: They spoke on Saturday", "QUESTION: Did he…")
    title = re.sub(rf"^{SPEAKER_NAME}\s*:\s+(?=\S)", "", title)
    # (…and the "And" a follow-up question opens with after it: "QUESTION: And the truce that was announced in May?")
    title = re.sub(r"^(?:And|But|So)\s+(?=(?:the|a|an|this|that|these|those|his|her|its|their)\s)", "", title)
    # (…and the topic it turns to: "On Sudan, the truce expired at midnight")
    title = re.sub(r"^On\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:,|\s+[–—-])\s+(?=(?:the|a|an|our|we|I|he|she|they|it)\s)", "",
                   title)  # (…or a dash: "On Sudan – the Secretary met…")
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
    title = ACRONYM_ASIDE.sub("", title)  # "the United Nations Mission in South Sudan (UNMISS)": the name says it
    title = _YEARS_ASIDE.sub("", title)  # "Abakar Mahamat (1961–2019)": a span of life, not what happened
    # "The Quad mediators (the United States, Saudi Arabia, Egypt and the UAE) proposed…": who a body's members are
    title = _MEMBERS_ASIDE.sub(lambda m: "" if _names_only(m["inside"] or m["dashed"]) else m.group(), title)
    relative = re.search(r",\s+(?:which|who)\s", title) if len(title) > TITLE_MAX else None
    # (a compound's "-led" is no verb)
    if relative is not None and not any(title[v.start() - 1:v.start()] != "-" for pattern in (VERB, FIRST_VERB)
                                        for v in pattern.finditer(title, 0, relative.start())):
        # "The Kenya-led Multinational Security Support mission, which deployed and was never more than half funded": a
        # noun phrase and its relative clause, too long to keep, is told as the clause before it is cut
        title = relative_as_clause(title)
    title = _trim(title, recounting_told)
    title = _CHANGED_FROM.sub("", title)
    # "Aoun said the talks would resume [on Dec. 19] and that Lebanon was ready…": a second thing said is another's
    second_said = _SECOND_THING_SAID.search(title)
    if second_said is not None:
        title = title[:second_said.start("second")]
    # "When the leaders initialled the agreement [on 21 November 1995], the war had…": the fronted clause
    # is what the date tells, and it stands alone once the main clause has gone (a comma before a name
    # is a list's: "the leaders of Bosnia, Croatia and Serbia")
    fronted = re.match(r"(?:When|Once|As\s+soon\s+as|After|Before)\s+(?=(?:(?:the|a|an|its|their|his|her)\s|[A-Z])(?:[^,;]|,\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and\b)))*$)", title)
    # (a past before its place is the clause's verb too: "After the talks collapsed in Khartoum")
    if fronted is not None and (VERB.search(title, fronted.end()) or re.search(rf"\b(?:{PAST_VERB})\b", title[fronted.end():])):
        title = title[fronted.end()].upper() + title[fronted.end() + 1:]
    # ("…on the death of John Magufuli[, whose deputy she was]": a closing whose-clause says who someone was, and goes
    # whole, not its verb alone)
    title = re.sub(r",\s+whose\s+[^,;]{1,40}\s+(?:he|she|they|it)\s+(?:is|are|was|were|had\s+been)$", "", title)
    title = re.sub(r"\s+(?:is|are|was|were|will\s+be)$", "", title)  # "International Women's Day is [March 8]"
    title = re.sub(r"\s+(?:_|--?|—|–)$", "", title)  # "…around the days _": a dash left at the end
    # "[Under] the 2015 nuclear deal, which formally expired [in October]": the relative clause of an opening phrase's noun,
    # cut from the main clause, tells of the noun
    opening_relative = re.fullmatch(r"(?:Under|In|With|Without|After|Before|Despite|Since|Following|Through)\s+"
                                    r"(?P<np>(?:the|a|an|its|their)\s+[^,;]{2,60}),\s+(?:which|that)\s+(?P<rest>[^,;]{3,})", title)
    if opening_relative is not None:
        title = f"{opening_relative['np'][:1].upper()}{opening_relative['np'][1:]} {opening_relative['rest']}"
    # "Wang held talks with Dar, with both sides pledging to step up cooperation": an absolute "with" clause after the
    # happening says what went with it, no part of it
    title = _ABSOLUTE_WITH_TO_END.sub("", title)
    title = _DANGLING_END.sub("", relative_as_clause(title))
    if _DANGLING_CLAUSE_SUBJECT.search(title) and language_of(title) == "en":  # (not Portuguese's "levantou as sanções")
        title = _DANGLING_CLAUSE_SUBJECT.sub("", title)
    # "…rejected by Greek Cypriots in twin referendums held [in April 2004]": the participle the date went with says no
    # more once the clause has its own verb
    closing = _CLOSING_NOUN_PARTICIPLE.search(title)
    if closing is not None and _PAST_BEFORE_PERFECT.search(title, 0, closing.start()):
        title = title[:closing.end("keep")]
    # "The truce is to take effect [on Sunday] and would be followed by a political process": what follows is another
    # happening, the title the first
    followed = _AND_FOLLOWED_BY.search(title)
    if followed is not None and (VERB.search(title, 0, followed.start()) or FIRST_VERB.search(title, 0, followed.start())):
        title = title[:followed.start()]
    # "The Houthis seized the offices [in October 2025] and have accused some staff of spying": a second predicate in the
    # present perfect tells what holds now, not what the date dates
    perfect = _AND_PERFECT_AFTER_PAST.search(title)
    # (not one tied back to the date by "since": "resumed [in 2021] and have been frozen ever since")
    if perfect is not None and _PAST_BEFORE_PERFECT.search(title, 0, perfect.start()) \
            and not re.search(r"[,;]", title[:perfect.start()]) and not re.search(r"\bsince\b", title[perfect.end():]):
        title = title[:perfect.start()]
    # "Transnistria broke away from Moldova [in 1992] and hosts about 1,500 Russian troops", "…declared independence [in
    # 1983] but is recognised only by Ankara": a state joined on in the present holds now, not at the date
    state = _JOINED_PRESENT_STATE.search(title)
    if state is not None and _PAST_BEFORE_PERFECT.search(title, 0, state.start()) \
            and not re.search(r"[,;]", title[:state.start()]) \
            and not re.search(r"\b(?:said|says|told|announced|that)\b", title[:state.start()]):
        title = title[:state.start()]
    # "[within 48 hours of] the polls closing [on Sunday]": a noun phrase and its gerund is the noun's doing
    closing = _NOUN_THEN_COURSE_GERUND.fullmatch(title)
    if closing is not None:
        verb = _COURSE_VERBS[closing["ing"]]
        plural = re.search(r"[^s]s$", closing["np"]) is not None
        title = f"{closing['np'][:1].upper()}{closing['np'][1:]} {verb if plural else verb + 's'}"
    # "Revenues fell 24%, as lower prices": a reason's clause whose verb went with another date's part goes whole
    reason = _VERBLESS_REASON_END.search(title)
    if reason is not None and not VERB.search(title, reason.start("words")):
        title = title[:reason.start()]
    # "Trump announced it in a video posted [the same day]": a participle left with nothing of its own after its noun
    posted = _BARE_PARTICIPLE_END.search(title)
    if posted is not None and VERB.search(CAPITALISED_WORDS.sub("", title[:posted.start("np")])):
        title = title[:posted.start("part")].rstrip()
    # "The opposition, whose leader Maria Corina Machado received the prize": the one the whose-clause names did it
    named = _WHOSE_NAMED.match(title)
    if named is not None and not re.search(r",", title[named.end():]):
        title = title[named.start("name"):]
    # "…han atacado más de una veintena de embarcaciones [que]": a relative pronoun left alone by its date goes
    title = re.sub(r"(?<=\w)\s+(?:que|qui|che|quien|cuyo|cuya|dont|which|who|whom)$", "", title)
    # "Depuis la signature de la déclaration de principes à Doha[, le 19 juillet 2025, …]": once the clause after it has
    # gone, a fronted phrase's noun is the happening, without its preposition
    since = re.match(r"(?:Depuis|Desde|Seit|Dalla|Dal|Après|Tras|Nach|Dopo|Após)\s+(?=(?:la|le|les|el|los|las|der|die|dem|"
                     r"den|il|lo|a|o|os|as|l['’])[\s'’]?)", title)
    if since is not None and "," not in title and not FOREIGN_PAST.search(title):
        rest = title[since.end():]
        title = rest[:1].upper() + rest[1:]
    # "The launch[, at 7:42 a.m. (2242 GMT)], was the first": no comma is left between a subject and its verb once the
    # aside that had it has gone
    title = re.sub(r"^((?:The|A|An|Its|Their)\s[^,;]{1,60}),\s+(?=(?:was|were|is|are|has|had|have|will|would)\s)", r"\1 ", title)
    # "Moldova opened EU accession talks [in June 2024] and hopes to close them by 2028": a hope joined on in the present
    # is of now, not of the date's doing
    hoped = _AND_HOPES_AFTER_PAST.search(title)
    if hoped is not None and re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b", title[:hoped.start()]):
        title = title[:hoped.start()]
    # "…met in Ankara[, their first meeting]": a ranking appositive left by its "since" says nothing of the meeting
    title = _CLOSING_RANKED_APPOSITIVE.sub("", title)
    # "[despite] clashes that broke out in Tripoli in May": a concession's noun, its relative clause told as the clause,
    # is the happening without the preposition that tied it to another
    despite = _CONCESSION_BEFORE_CLAUSE.match(title)
    if despite is not None and "," not in title:
        title = title[despite.end():]
    # "A joint commission met eleven times, most recently in Lomé [in August]": the count is of all the meetings, the
    # date only the last one's
    title = _COUNTED_TIMES_MOST_RECENTLY.sub("", title)
    # "Переговоры были заморожены [в марте 2022 года] после того[, как Токио присоединился…]": a Russian compound
    # conjunction left without its clause goes with it
    title = re.sub(r"\s+(?:после|до|перед|из-за|вследствие|несмотря\s+на)\s+того$|\s+(?:в\s+то\s+время|с\s+тех\s+пор|тогда)$",
                   "", title)
    if GERMAN_SUBORDINATOR.match(title):
        title = german_main_order(title)  # ("Als der Bundestag … lockerte" → "Der Bundestag lockerte …")
    title = _without_emptied_quotations(title)
    bare = _BARE_NOUN_AND_PARTICIPLE.fullmatch(title)
    if bare is not None:  # "[not before] the parliamentary election held [in June 2026]": the noun's passive
        title = f"{bare['np']} {be_for(bare['np'])} {bare['part']}"
    title = one_of_them(title)
    # "[Four months later] came the Banjska attack": a subject told after its verb of coming is the happening
    title = _CAME_THEN_SUBJECT.sub("", title, count=1)
    # "By the time[ Russia invaded in 2022], the format had not met…": an opening clause emptied with its date goes whole
    title = _EMPTIED_OPENING_CLAUSE.sub("", title, count=1)
    # "[The date] the founding Charter was signed in San Francisco": the day a clause names is the clause's happening
    title = _DAY_OF_A_CLAUSE.sub("", title, count=1)
    # "…gains made by government forces in a [2022] offensive": the article before a year gone takes the next word's sound
    if _A_BEFORE_VOWEL.search(title) and language_of(title) not in A_IS_A_PREPOSITION:  # (not "llegó a Ankara")
        title = _A_BEFORE_VOWEL.sub(r"\1n", title)
    dangling = _DANGLING_COUNT_TAIL.search(title)
    if dangling is not None and VERB.search(CAPITALISED_WORDS.sub("", title[:dangling.start()])):
        # "The truce took effect[, after more than a year of cross-border fire that began the day]": a count whose "after"
        # went with another date's clause leaves a phrase that ends on nothing; the clause before it stands alone
        title = title[:dangling.start()]
    return title[:1].upper() + title[1:]


#: A closing phrase left ending on a count of time, the happening it counted from cut away: ", … that began the day".
_DANGLING_COUNT_TAIL = re.compile(r",\s+[^,;]*?\b(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|"
                                  r"few)\s+(?:day|week|month|year|hour)s?|days|weeks|months|hours)$")


#: The day or year a clause after it names, opening a title: "The date [the Charter was signed]", "The day when [the…]".
_DAY_OF_A_CLAUSE = re.compile(r"^(?:The|the)\s+(?:date|day|year)\s+(?:on\s+which\s+|in\s+which\s+|when\s+|that\s+)?"
                              rf"(?=(?:the|a|an)\s[^,;]*?\s(?:was|were)\s+(?:[a-z]{{3,}}ed|{IRREGULAR_PARTICIPLES})\b)")
#: "a" before a word that opens with a vowel sound, as a removed year may leave it: "a offensive" (not "a one-day", "a
#: European", "a Ukrainian", "a once-").
_A_BEFORE_VOWEL = re.compile(r"\b([Aa])(?=\s+(?!(?i:one\b|once\b|eu|ewe))[aeioAEIO][a-z])")
#: What a doing was meant to bring about, closing a title: " in a push to move the ceasefire…", " in a bid to end…".
_PURPOSE_TAIL = re.compile(r"\s+in\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:push|bid|effort|attempt|drive)\s+to\s+[a-z].*$")
#: An opening clause's conjunction left alone before its comma: "By the time, ", "When, ".
_EMPTIED_OPENING_CLAUSE = re.compile(r"^(?:By\s+the\s+time|When|After|Before|Since|Until|Once|As|While)\s*,\s+(?=\S)", re.I)
#: A verb of coming or following that opens a title, its subject after it: "Came the", "Then followed a".
_CAME_THEN_SUBJECT = re.compile(r"^(?:(?:Then|And)\s+)?(?:[Cc]ame|[Ff]ollowed|[Aa]rrived)\s+(?=(?:the|a|an)\s)")


#: A count of times and "most recently" after it, before the last time's place: " eleven times, most recently".
_COUNTED_TIMES_MOST_RECENTLY = re.compile(rf"\s+(?:{lx.COUNT_RE}|several|many|a\s+few)\s+times,\s+(?:most\s+recently|the\s+last"
                                          r"\s+time|the\s+latest|last)\b", re.I)
#: A German subject, then a relative clause about it closed before the main clause's finite verb: "Das Wehrdienstgesetz[,
#: das im Sommer in Kraft treten sollte,] wurde…".
# (…its pronoun after a preposition, its list with commas: "Das 5+2-Format[, in dem die OSZE, Russland und die USA vertreten
# sind,] tagte…"; the main verb a lexical past or present too)
_GERMAN_ENCLOSED_RELATIVE = re.compile(r"(?P<np>(?:Der|Die|Das|Ein|Eine)\s[^,;:()]{2,60}?),\s+"
                                       r"(?:(?:in|mit|an|auf|bei|zu|von|für|über|unter|nach|aus|durch|gegen|um|seit)\s+)?"
                                       r"(?:der|die|das|deren|dessen|den|dem)\s"
                                       r"[^;:()]{3,160}?,\s+(?=(?:wurde|wurden|war|waren|ist|sind|hat|haben|hatte|hatten|soll|"
                                       rf"sollte|sollten|wird|werden|kann|konnte|muss|musste|{GERMAN_LEXICAL_PAST}|"
                                       rf"{GERMAN_LEXICAL_PRESENT}|[a-zäöüß]{{3,}}ten?(?=\s+(?:sich|zuletzt|erstmals|dann|in|im|am)\b))\b)")
#: A present hope or plan joined on by "and": " and hopes to close them by 2028".
_AND_HOPES_AFTER_PAST = re.compile(r"\s+and\s+(?:hopes?|plans?|wants?|aims?|expects?|intends?|seeks?)\s+to\s+[^;]*$")
#: A ranking appositive closing a title: ", their first meeting", ", its second visit".
_CLOSING_RANKED_APPOSITIVE = re.compile(r",\s+(?:their|its|his|her|the)\s+(?:first|second|third|fourth|fifth|sixth|seventh|"
                                        r"eighth|ninth|tenth|last|latest|\d+(?:st|nd|rd|th))\s+(?:[a-z-]+\s+)?[a-z-]+$"
                                        # (…or one of several: ", the last of several rounds", its "since" gone with its date)
                                        r"|,\s+the\s+(?:first|last|latest)\s+of\s+(?:several|many|a\s+series\s+of|\w+)\s+"
                                        r"[a-z-]+(?:\s+since(?:\s+[^,;]{1,30})?)?$"
                                        # (…or which of them the rest is about: ", the second of them days", its date gone)
                                        r"|,\s+the\s+(?:first|second|third|last|latest)\s+of\s+(?:them|these|those)\b[^,;]{0,40}$")
#: A concession's preposition opening a title that goes on as a clause: "Despite [clashes broke out…]".
_CONCESSION_BEFORE_CLAUSE = re.compile(rf"(?:[Dd]espite|[Ii]n\s+spite\s+of|[Nn]otwithstanding)\s+(?=(?:(?:the|a|an)\s+)?"
                                       rf"(?:[\w'’-]+\s+){{0,4}}?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")


#: A noun phrase with its article and nothing but a participle after it: "the parliamentary election held" (a verb
#: that takes an object, so no past of the noun's own: not "The conference opened"; no auxiliary in the noun phrase).
# (no preposition inside it, which a clause's verb would govern: "The court ruled [on] laws adopted")
_BARE_NOUN_AND_PARTICIPLE = re.compile(rf"(?P<np>(?:[Tt]he|[Aa]n?)(?:\s+{_NOT_AN_AUXILIARY}"
                                       r"(?!(?:on|in|at|to|for|from|with|by|under|over|against|into)\b)[a-z][\w-]*){1,4})\s+"
                                       # (not after an adverb, which tells a doing's past: "The two sides [almost] signed")
                                       r"(?<!\balmost\s)(?<!\bnearly\s)(?<!\bfinally\s)(?<!\bfirst\s)(?<!ly\s)"
                                       r"(?P<part>held|signed|reached|adopted|imposed|issued|ratified|staged)")
#: What is left of a quotation whose words were its dates: 'would not back the loan "[today] or [next week]"',
#: 'ready to meet again "[as early as next month]."'.
_EMPTIED_QUOTATION_INSIDE = re.compile(r"[\s.,;:!?…]*(?:(?:or|and|to|nor|as|by|until|from)\b[\s.,;:!?…]*)*")


def _without_emptied_quotations(title: str) -> str:
    """The title without quotation marks that enclose nothing but the joins and stops their dates left. Straight
    quotes pair in order of writing, so the words between one quotation's end and the next's start are no
    quotation ('called it "unacceptable" and "dangerous"')."""
    pairs = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”", title)]
    straight = [m.start() for m in re.finditer(r'"', title)]
    pairs += [(straight[i], straight[i + 1] + 1) for i in range(0, len(straight) - 1, 2)]
    for start, end in sorted(pairs, reverse=True):
        if _EMPTIED_QUOTATION_INSIDE.fullmatch(title, start + 1, end - 1):
            title = (title[:start].rstrip() + " " + title[end:].lstrip()).strip()
        else:  # ('"agreed to meet [in January]"': the space its date stood behind goes too)
            title = title[:start + 1] + title[start + 1:end - 1].strip() + title[end - 1:]
    return re.sub(r"\s+(?=[.,;:!?]|$)", "", title)


#: A noun phrase that ends the title with a participle of making public, whose date was all it had: "a video posted",
#: "a statement issued".
_BARE_PARTICIPLE_END = re.compile(r"\s(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[a-z]{3,}"
                                  # (a passive's auxiliary is no noun: "after a warrant was issued")
                                  r"(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bare)(?<!\bbeing)"
                                  # (…nor a medium naming a noun it makes: "in a [radio] broadcast", "a [news] release")
                                  r"(?<!\bradio)(?<!\btelevision)(?<!\bTV)(?<!\bnews)(?<!\blive)(?<!\bweb)(?<!\bpress))\s+"
                                  r"(?P<part>posted|issued|published|released|aired|broadcast|sent|filed|shared|uploaded|"
                                  r"delivered|given)$")


#: A place set off by commas after a Romance verb, right before the verb's object: "assinaram, em Kigali, um".
_ROMANCE_PLACE_SET_OFF = re.compile(r"(?<=[^\W\d_])(,)\s+((?:em|en|à|a|in|na|no|au|ad)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),"
                                    r"\s+(?=(?:um|uma|un|una|une|uno|o|a|os|as|el|la|los|las|le|les|il|lo|gli|l['’]|des|dos|das)\b)")


#: An absolute "with" clause closing a title, up to its end.
#: Names a thing was with, set off before its verb: ", with Greece, Turkey and Britain, [was]".
_WITH_NAMES_SET_OFF = re.compile(r",\s+with\s+(?:the\s+)?[A-Z][^;:()]{1,80}?,\s+(?=(?:was|were|is|are|has|have|had|will|would)\s)")
_ABSOLUTE_WITH_SET_OFF = re.compile(rf"{ABSOLUTE_WITH}[^,;]{{0,60}}?\s{ABSOLUTE_WITH_GERUND},\s+(?=to\s+[a-z]|[a-z]+\s)")
_ABSOLUTE_WITH_TO_END = re.compile(rf"{ABSOLUTE_WITH}[^,;]{{0,60}}?\s{ABSOLUTE_WITH_GERUND}.*$")


#: A reason's or contrast's clause at a title's end, a few words long: ", as lower prices".
_VERBLESS_REASON_END = re.compile(r"(?:,\s+as|,?\s+(?:because(?!\s+of\b)|while|whereas|although|though))\s+(?P<words>[^,;:]{1,50})$")


#: A list in brackets after a noun, before the clause goes on: " (États-Unis, Arabie saoudite, Égypte et Émirats arabes unis)".
_MEMBERS_ASIDE = re.compile(r"(?<=\w)\s+\((?P<inside>[^()]{3,160}?,[^()]{1,160})\)(?=\s+[^\W\d_])"
                            # (…or between dashes: "The Quartet - the United States, Saudi Arabia, Egypt and the UAE - first…")
                            r"|(?<=\w)\s+[-–—]\s+(?P<dashed>[^-–—()]{3,160}?,[^-–—()]{1,160}?)\s+[-–—](?=\s+[^\W\d_])")
#: The joins and articles between the names of such a list.
_NAMES_JOIN = re.compile(r"\s*(?:,|\s(?:and|et|y|und|e|ed|i|и|ve)\s)\s*(?:(?:the|les?|la|l['’]|los|las|die|der|il|os|as)\s*)?")


def _names_only(inside: str) -> bool:
    """Whether a bracket holds names only, each capitalised ("the United States, Saudi Arabia, Egypt and the UAE")."""
    names = _NAMES_JOIN.split(re.sub(r"^(?:the|les?|la|l['’]|los|las|die|der|il|os|as)\s*", "", inside.strip()))
    return len(names) >= 2 and all(re.match(r"[A-ZÀ-ÝА-Я]", name) for name in names)


#: A resolution's preambular gerund before its object: "Expressing concern at [the clashes in Tripoli]".
_PREAMBULAR_GERUND = re.compile(rf"^{PREAMBULAR_GERUNDS}\s+(?:also\s+)?(?P<np>(?:the|a|an|its|their)\s+[^,;:]+?)[,;]?\s*$")
_YEARS_ASIDE = re.compile(r"(?<=\w)\s+\((?:born\s+|b\.\s*|d\.\s*|died\s+)?\d{3,4}(?:\s*[–—-]\s*(?:\d{2,4}|present))?\)")
#: A person named by a capitalised title and what it is of, then "who": the title is who, named with its
#: first "of" ("The Special Representative of the OSCE Chairperson-in-Office [for the … Process], who is…").
_TITLED_PERSON_WHO = re.compile(r"(?P<head>(?:(?:[Tt]he|An?)\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*"
                                r"(?:\s+(?:of|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}?[A-Z][\w'’.-]*)?)"
                                # (a phrase after the title, no clause: not "[The Minister] of Foreign Affairs received
                                # the Ambassador…, who presented…", whose who-clause is the object's)
                                rf"(?:\s+(?:for|in|at|to|of|on)\s+(?:(?!(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{AUXILIARY})\b)"
                                rf"[^,;]){{1,100}})?,\s+who\s+(?P<rest>(?:{RELATIVE_PREDICATE}\b|(?:is|are|was|were)\s+(?:on|in|at)\s).*)$")


#: A participle phrase set off by commas after the subject, before the main verb: "The talks, mediated by
#: Saudi Arabia, are expected to open": the main verb is after it, and the aside goes first from a long title.
_ENCLOSED_PARTICIPLE = re.compile(rf"^(?P<np>[^,;]{{2,60}}?),\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|[a-z]{{3,}}en|held|made|"
                                  rf"set|built|won|led|brought|sent|known)\s+(?:by|in|on|at|for|with|after|from|under|"
                                  rf"over|to|as)\b(?:[^,;]|,\s+(?=[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:,|\s+and\b)))"
                                  # (a list of names may run inside it: "drafted by Britain, France, Germany and …")
                                  rf"{{1,100}},\s+"
                                  rf"(?=(?:{AUXILIARY}|[a-z]{{2,}}ed|{words_pattern(PLAIN_PASTS - {'said', 'told'})})\b)")

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
                          rf"(?:,\s+{_ONE_ASIDE})*,\s+(?=(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|{AUXILIARY}|will|would"
                          rf"|[^\W\d_]{{3,}}(?:ó|aron|ió|ieron))(?!\w))")
#: A verb of saying in the other languages we read, right before the comma that opens what was said.
_FOREIGN_SAYING_END = re.compile(rf"\s(?:{saying_pasts()})$")
#: A German verb of announcing or deciding what its infinitive clause tells, closing the words before the comma:
#: "[hatte] angekündigt", "beschloss", "drohte" (not "…zusammengekommen, ohne Fortschritte zu erzielen").
_GERMAN_VERB_OF_INTENT_END = re.compile(r"\s(?:angekündigt|beschlossen|versprochen|vereinbart|zugesagt|gedroht|angeboten|"
                                        r"versucht|gefordert|aufgefordert|entschieden|kündigte\s+an|beschloss|versprach|"
                                        r"vereinbarte|vereinbarten|drohte|forderte|entschied)$")
#: A German clause of the infinitive with "zu", closing the title after its comma: ", die Verhandlungen … ruhen zu lassen".
_GERMAN_INFINITIVE_CLAUSE = re.compile(r",\s+[^,;]{1,120}?\s(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)\s*$")
#: The participle aside in the other languages we read, before the main clause's auxiliary: "Les trois pays,
#: réunis depuis septembre 2023 au sein de l'AES, ont quitté la Cédéao", "Die Regierung, die … gebildet
#: wurde, hat … beschlossen".
_FOREIGN_ENCLOSED_ASIDE = re.compile(r"^(?P<np>[^,;]{2,50}?),\s+[^,;]{3,140},\s+"
                                     r"(?=(?:ont|a|avait|avaient|sont|est|était|étaient|hat|haben|hatte|hatten|ist|sind|"
                                     r"war|waren|wurde|wurden|han|ha|había|habían|fue|fueron)\s)")


_ASIDE_BEFORE_SAYING = re.compile(rf"(?<=[a-z])(?<!\bsaid)(?<!\bsays),\s+(?:who|which)\b{NOT_A_CLAUSE_COMMA}{{0,160}},\s+"
                                  r"(?=(?:said|says|told|announced|added|warned|stated|insisted)\b)")


#: A second predicate in the present perfect after a past: " and have accused…", " and has grown since".
_AND_PERFECT_AFTER_PAST = re.compile(r"\s+and\s+(?:has|have)\s+(?:(?:since|also|repeatedly|now|long)\s+)?(?:been\s+)?[a-z]{3,}"
                                     r"(?:ed|en|wn)\b")
#: A second predicate that says what came next, closing a title: " and would be followed by a nine-month political process".
_AND_FOLLOWED_BY = re.compile(r",?\s+and\s+(?:(?:would|will|could|is\s+to|are\s+to|was|were|is|are)\s+)?(?:then\s+)?(?:be\s+)?"
                              r"followed\s+by\s+[^,;]+$")
#: A noun in a prepositional phrase and the participle of its holding, closing a title: " in twin referendums held".
_CLOSING_NOUN_PARTICIPLE = re.compile(r"(?P<keep>\s(?:(?:in|at|during|after|by|with)\s+|(?:a|an|the)\s+)(?:[\w-]+\s+){0,3}?[a-z-]{3,})"
                                      # (not an auxiliary's participle: "the talks had ended", "has largely held")
                                      r"(?<!\bhad)(?<!\bhas)(?<!\bhave)(?<!\bwas)(?<!\bwere)(?<!\bbeen)(?<!\bare)(?<!ly)"
                                      r"\s+(?:held|staged|"
                                      r"fought|conducted|organi[sz]ed|signed|launched|hosted|carried\s+out|ended|ending)$")
#: A second predicate joined on in the present of a state, not of a plan: " and hosts about 1,500 troops", " but is
#: recognised only by Ankara".
_JOINED_PRESENT_STATE = re.compile(r"\s+(?:and|but)\s+(?:(?:still|now|only)\s+)?(?:(?:is|are|remains?)\b(?!\s+(?:expected|"
                                   r"due|set|scheduled|likely|unlikely|going|about|to|planning|preparing|poised|slated)\b)"
                                   # (…or a stance held now: " and favours a federal solution")
                                   r"|(?:favours|favors|supports|opposes|backs|wants|seeks|insists|believes|argues|leads|heads|"
                                   r"chairs|lives)\b"
                                   rf"|(?:hosts|holds|controls|houses|has|have)\b(?!\s+(?:[a-z]+ly\s+)?(?:been|since|yet|not|never|also|"
                                   rf"[a-z]{{3,}}(?:ed|en|wn)|{words_pattern(PLAIN_PASTS)}|to)\b))")
_PAST_BEFORE_PERFECT = re.compile(rf"\b(?<!has\s)(?<!have\s)(?<!had\s)(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
_DANGLING_END = re.compile(r"(?:,?\s+without\s+(?:saying|specifying|giving|explaining|elaborating|providing|offering)"
                           # ("…, without saying when": what was left unsaid is no part of the happening)
                           r"(?:\s+(?:when|why|how|where|who|what|details|evidence|a\s+date|a\s+timeline))?"
                           r"|,?\s+(?:because|although|though|whereas|while|when|as|and|or|but|that|which|who)"
                           # (…with the preposition it took: "a referendum on Dec. 3 [in which], the government said, …")
                           r"|\s+(?:in|on|at|by|under|during|through|with|for|from|after|of)\s+(?:which|whom)"
                           # "…until he [was dismissed in 2019]": a subordinator and its pronoun, without their verb
                           r"|\s+(?:until|till|when|after|before|since|because|while|as)\s+(?:he|she|it|they|we|I)"
                           # "…extended twice, first [to July 9] and then [to Aug. 1]": the steps of a list of dates
                           r"|,\s+(?:first|then|finally|(?:first\s+)?and\s+then|(?:most|more|the\s+most)\s+recently|most\s+lately)"
                           r"|,\s+(?:some|many|most|all|none|one|each|part)\s+of"
                           # "…held talks with Dar [here on Saturday]": a wire's "here", the dateline's city
                           r"|\s+here"
                           # "…settled a fishing dispute dating back [to 2014]": a participle of age, its date gone
                           r"|,?\s+(?:dating|going|stretching|reaching)\s+back(?:\s+to)?|,?\s+dating\s+from)+$")
#: A time clause's bare plural subject closing a title, its verb cut away: "…in seven provinces [as protests]".
_DANGLING_CLAUSE_SUBJECT = re.compile(r",?\s+(?:as|while|when|because|until)\s+(?:the\s+)?[a-z][\w-]*[^s\W]s$")


#: Month and weekday names, capitalised as a date spells them.
_CALENDAR_NAMES = words_pattern(name.capitalize() for name in (*lx.MONTHS, *lx.WEEKDAYS))
#: A subordinating conjunction, not one that a measure of time or "even" leads ("the day before", "days
#: after", "even after"), nor a preposition before a date ("since March 2023").
_SUBORDINATOR = re.compile(r"(?<!\bday)(?<!\bdays)(?<!\bhours)(?<!\bweeks)(?<!\bmonths)(?<!\byears)(?<!\bshortly)"
                           r"(?<!\bjust)(?<!\bsoon)(?<!\bmoments)(?<!\bminutes)(?<!\beven)(?<!\bonly)(?<!\bright)(?<!\blong)(?<!\bthat)"
                           r"\s+(?:after|before|because|when|while|since|until|as|although|though)\s+"
                           rf"(?!(?:{_CALENDAR_NAMES}|\d)\b)")
#: A capacity told before the subject: "In that role ", "In this capacity, ", "In her new post ".
_IN_THAT_ROLE = re.compile(r"(?:In|As)\s+(?:that|this|her|his|their|its)\s+(?:new\s+|former\s+)?(?:role|capacity|post|job|"
                           r"position|office),?\s+(?=(?:he|she|they|it|we|the|[A-Z])\b)")
#: A second "that" clause of one saying: "…said the talks would resume[ and that Lebanon was ready]".
_SECOND_THING_SAID = re.compile(r"\b(?:said|says|told|announced|added|stated)\b[^;]{3,120}?(?P<second>\s+and\s+that\s+)"
                                r"(?=(?:the|a|an|its|their|his|her|it|they|he|she|we|[A-Z])\S*\s)")
#: A length of time, then a subordinator: "for more than three hours after ".
_LENGTH_THEN_SUBORDINATOR = re.compile(r"\bfor\s+(?:more\s+than\s+|nearly\s+|almost\s+|about\s+|over\s+)?(?:[\w-]+\s+)?"
                                       r"(?:hours|days|weeks|months|years)(?P<sub>\s+(?:after|before|because|when|while|as)\s+)")
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
# (a lone capital after a lower-case word is a thing's name, no initial: "…says on X.")
_ABBREVIATION_END = re.compile(r"(?:\b(?:Co|Inc|Corp|Ltd|Jr|Sr|Bros|St|Mt)|(?<![a-z]\s)\b[A-Z]|\b[ap]\.m)\.$")  # ("…until after 6 a.m.")


#: A Dutch title opening with its finite verb, then its subject: "Komen de delegaties opnieuw samen", "Werd Duterte
#: gearresteerd".
_DUTCH_VERB_FIRST = re.compile(r"(?P<verb>(?i:Komen|Komt|Gaan|Gaat|Vinden|Vindt|Zijn|Is|Worden|Wordt|Hebben|Heeft|Zal|Zullen|"
                               r"Werd|Werden|Was|Waren|Had|Hadden|Kwam|Kwamen|Vond|Vonden|Ontmoeten|Ontmoet|Spreken|Spreekt|"
                               r"Tekenden|Tekende|Stemt|Stemmen|Leek|Leken|Liep|Liepen|Bleek|Bleken|Ging|Gingen|Stond|Stonden|"
                               r"Viel|Vielen|Trad|Traden|Sloot|Sloten|Nam|Namen|Brak|Braken|Begon|Begonnen|Eindigde|Eindigden))\s+"
                               r"(?P<subject>(?:de|het|een)\s+(?:[a-z]+e\s+)?[^\W\d_][\w-]*|[A-Z][\w-]*(?:\s+en\s+[A-Z][\w-]*)?)"
                               r"\s+(?P<rest>\S.*)")
#: Dutch's own small words, which say a title is Dutch.
_DUTCH_WORD = re.compile(r"\b(?:de|het|een|van|voor|opnieuw|elkaar|niet|ook|nog|samen|bijeen|werd|wordt|zijn)\b")


def _without_end_stop(title: str) -> str:
    title = title.strip().rstrip(";:,")
    # (a bracket left open where the title was cut: "…until Oct. 31 (vote: 14 in favour")
    opened = title.rfind("(")
    if opened > 0 and ")" not in title[opened:]:
        title = title[:opened].rstrip(" ,;:")
    # (a quotation's closing mark that opened before the title's words: 'We will host a conference in London."')
    if title.endswith('"') and title.count('"') % 2 == 1 or title.endswith("”") and "“" not in title:
        title = title[:-1].rstrip()
    while title.endswith((".", ";", ":", ",")) and not _ABBREVIATION_END.search(title):
        title = title[:-1].rstrip()
    # (…and a participle left alone by its date: "…once published in the Official Journal, expected [on Monday]")
    title = re.sub(r",\s+(?:expected|due|scheduled|planned|set|slated)$", "", title)
    title = re.sub(r"\s+[?!]+$", "", title)  # ("…takes effect tomorrow?": the mark its date stood before)
    # (a stop inside the closing quotation mark: 'warned that the country risked "sliding back into war."')
    return re.sub(r"(?<=[a-z])[.,](?=[\"”’']$)", "", title)

#: A subject's appositive that may hold a list: 'A new mediation group, the "Quad" of the United States,
#: Saudi Arabia, Egypt and the Emirates, proposed…' (up to the comma before the first verb in lower case).
_SUBJECT_APPOSITIVE = re.compile(rf"^(?P<np>(?:The|A|An)\s[^,]{{2,60}}|(?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and|the|on)\s+)*){{0,5}}[A-Z][\w'’.-]*),\s+"
                                 # (…or a country's: "Elisabeth Rehn, Finland's first female defence minister…, has died")
                                 rf"(?:the|a|an|[A-Z][\w'’.-]*['’]s)\s[^;:]{{2,160}}?,\s+"
                                 # (a past spelled like its present too: "The strike, the largest this year, hit…")
                                 rf"(?=(?:[a-z]{{3,}}ed|died|{words_pattern(PLAIN_PASTS | PAST_LIKE_PRESENT)}|{AUXILIARY})\b)")


#: A role before the name of the one who speaks, its appositive's second comma gone with an aside.
#: (A role: a possessive's or "the" noun phrase with no finite verb, "Lebanon's president", "The newly elected leader".)
_ROLE_OPENING = r"^(?:[A-Z][\w'’.-]*['’]s\s+|[Tt]he\s+|(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)\s+)(?![^,]*\b(?:has|have|had|is|are|was|were|will|would)\b)"
_ROLE_BEFORE_NAME = re.compile(rf"{_ROLE_OPENING}[a-z][^,]{{0,40}},\s+(?=(?:[A-Z][\w'’.-]*\s+){{1,3}}(?:said|says|told)\b)")


#: What others called the happening, closing the title: " in what both governments called a goodwill gesture…".
_IN_WHAT_CALLED = re.compile(r",?\s+in\s+what\s+(?:[\w'’.-]+\s+){0,5}?(?:called|call|calls|described\s+as|termed|hailed\s+as|"
                             r"(?:said|says)\s+(?:was|is))\b.*$")
#: A subject, its participle and that participle's agent, up to the main verb's passive: "A previous truce[ proposed by the
#: United States, …] was accepted".
_SUBJECT_PARTICIPLE_AGENT = re.compile(r"^(?P<np>(?:The|A|An)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:[a-z]{3,}ed|drawn|"
                                       r"written|put\s+forward|set\s+out)\s+by\s+[^;:()]{3,120}?\s+(?=(?:was|were)\s+[a-z]{3,}ed\b)")
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
#: A Romance or German future or auxiliary opening the predicate after such an aside: "presenterà", "présentera",
#: "presentará", "apresentará", "ha", "è", "va", "wird".
_ROMANCE_FUTURE_OR_AUXILIARY = re.compile(r"(?:[^\W\d_]{3,}(?:rà|ranno|rá|rán|ront|rão)|ha|hanno|è|sono|va|vont|vai|vão|"
                                          r"wird|werden|hat|haben)\b", re.I)
#: A French, Spanish or Italian subject's relative clause between commas, before the main verb: "Ce texte[, qui prévoit…,]".
_ROMANCE_ENCLOSED_RELATIVE = re.compile(r"^(?P<np>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?(?:\s+[^,;]{0,50}?)?),\s+"
                                        # (…the noun it is about first, no article: "Mujica, [exguerrillero tupamaro] que…")
                                        r"(?:[^\W\d_][\w'’-]*\s+){0,4}?"
                                        r"(?:qui|que|quien|che|cui|cuy[oa]s?|cuj[oa]s?|dont)\s[^,;]{3,160},\s+")
#: A Romance modal that opens a main predicate: "doit", "pourrait", "debe", "deve" (…or a plan's present: "tiene previsto",
#: "prévoit", "prevede").
_ROMANCE_MODAL = re.compile(r"(?:doit|doivent|devrait|devraient|peut|peuvent|pourrait|pourraient|debe|deben|debería|puede|"
                            r"pueden|podría|deve|devono|dovrebbe|può|possono|potrebbe|tienen?\s+previsto|tem\s+previsto|"
                            r"prevé|prevén|prévoit|prévoient|prevede|prevedono|planea|planean|planeja|planejam|compte|comptent|"
                            r"envisage|envisagent|pretende|pretenden|pretendem|intende|intendono)\b", re.I)
#: French's singular future, spelled like many Spanish and Italian nouns ("ganadora", "frontera"): read in French only.
_FRENCH_FUTURE = re.compile(r"[^\W\d_]{3,}(?:era|ira|dra)\b", re.I)
#: An attribution set off inside the sentence, then a noun phrase in apposition to what was said: ", both sides said,
#: the first swap".
_ATTRIBUTION_THEN_APPOSITIVE = re.compile(r",\s+(?:[\w'’.-]+\s+){1,5}?(?:said|says|reported|announced|confirmed)\s*,\s+"
                                          r"(?P<np>(?:the|a|an|its|their)\s+[^,;]{1,60})$")
#: A saying after an aside closed by its comma, before what it says: ", [claims] the award was…".
#: (a past only before its "that": ", found among his papers," is another aside)
_SAYING_AFTER_ASIDE = re.compile(r",\s+(?P<verb>(?:says|claims|argues|shows|suggests|states|alleges|reveals|concludes|finds|notes)\b"
                                 r"|(?:said|claimed|argued|showed|suggested|stated|alleged|revealed|concluded|found|noted)\s+that\b)")
#: A joined subject's second part, a role set off before its name: "[Kurti and] the Serbian president, Vucic, met".
_JOINED_ROLE_THEN_NAME = re.compile(r"^(?P<first>(?:[A-Z][\w'’.-]*\s+)?(?:[a-z]+\s+){0,3}(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*"
                                    # (…or a country's role: "Abiy and [Eritrea's president], Isaias Afwerki, signed")
                                    r"\s+and\s+)(?:(?:the|a|an|its|their|his|her)\s+|[A-Z][\w.-]*['’]s\s+)[^,]{1,50},\s+"
                                    r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*),\s+"
                                    rf"(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|is|was|will|would)\b)")
#: A role in lower case closing a title's first part, and a second role and the name of the one who holds both:
#: "…opposition [leader]", "[former prime minister Succès Masra]".
_LOWER_ROLE_WORD = r"(?:leader|minister|president|premier|chief|commander|envoy|ambassador|spokes(?:man|woman|person)|head|" \
                   r"chair(?:man|woman)?|secretary|governor|mayor|senator|lawmaker|deputy|negotiator|lawyer|activist|journalist|" \
                   r"founder|candidate|general)"
_LOWER_ROLE_END = re.compile(rf"\b[a-z][\w-]*\s+{_LOWER_ROLE_WORD}$")
_SECOND_ROLE_THEN_NAME = re.compile(rf"(?:(?:former|ex-|then-|current|acting|interim|longtime|veteran)\s*)?(?:[a-z][\w-]*\s+){{0,2}}"
                                    rf"{_LOWER_ROLE_WORD}\s+{ROLE_HOLDER_NAME}\b")
#: Two roles, each set off before its name, joined as one subject: "Syria's interim president, [Ahmed al-Sharaa], and the
#: commander of the SDF, [Mazloum Abdi], signed".
_TWO_ROLES_THEN_NAMES = re.compile(rf"^[^,]{{3,60}},\s+(?P<one>{ROLE_HOLDER_NAME}),\s+and\s+(?:the|a|an|its|their|his|her)\s+"
                                   rf"[^,]{{1,70}},\s+(?P<two>{ROLE_HOLDER_NAME}),\s+"
                                   rf"(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|will|would)\b)")
_ROLE_THEN_NAME = re.compile(rf"(?:{_ROLE_OPENING}[a-z]|"
                             # (a name may open the role, its "The" gone: "United Nations peacekeeping mission, MINUSMA,
                             # completed…")
                             # (no verb of its own before the comma: not "Jubaland cut ties … after its leader, Madobe,")
                             rf"^(?![^,]*\b(?:has|have|had|is|are|was|were|will|would|[a-z]{{3,}}ed|"
                             rf"{words_pattern(PLAIN_PASTS | PAST_LIKE_PRESENT)})\b)"
                             r"(?:[A-Z][\w'’.-]*\s+){1,3}[a-z])"
                             r"[^,]{0,50},\s+(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,3}[A-ZÀ-Ý][\w'’.-]*),\s+"
                             rf"(?=(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)}|has|have|had|is|was|will|would)\b)")


#: The last name of a list, after its "and": "Cameroon and [Benin]", "…and [the Central African Republic]".
_LAST_LISTED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}")


#: A noun phrase its preposition governs, and a participle closing it: "On [a Washington-brokered accord between Congo and
#: Rwanda] [signed]".
_GOVERNED_NOUN_THEN_PARTICIPLE = re.compile(r"(?i:on|to|with|for|against|from|by|under)\s+(?P<np>(?:a|an|the|its|their)\s+[^,;:()]{2,90}?)"
                                            r"\s+(?P<part>(?!(?:was|were|had|has)\b)[a-z]{3,}ed|signed|held|made|won|built|set)\.?")


_ZONE_ASIDE_SPACED = re.compile(rf"\s*{ZONE_ASIDE.pattern}")
#: An emphatic "herself" after an auxiliary, before its participle: "was [herself ]removed".
_EMPHATIC_SELF = re.compile(r"(?P<aux>\b(?:was|were|is|are|has|have|had)\s+)(?:herself|himself|itself|themselves)\s+"
                            r"(?=(?:been\s+)?(?:[a-z]{3,}ed|[a-z]{3,}en)\b)")


#: A second predicate that tells the state since the happening: "…and has since grown…", "…and is now…".
_SINCE_THEN_PREDICATE = re.compile(r",?\s+and\s+(?:(?:has|have)\s+(?:\w+ly\s+)?since|(?:has|have|is|are)\s+now|"
                                   r"(?:has|have)\s+(?:been\s+)?(?:\w+ly\s+)?(?:grown|risen|fallen|remained|stayed)\s+ever\s+since"
                                   # ("The Forum was founded in 1996 and has offices in Nairobi": what it is now)
                                   r"|(?<=[a-z]ed\sand\s)(?:has|have|remains)\s+(?!been\b|to\b|due\b|set\b|expected\b|not\b|no\b|yet\b)"
                                   r"(?=(?:an?|the|its|their|offices|branches|members|staff|headquarters|some|about|more|over)\b))"
                                   r"\b.*$")
#: What makes a count a length, right before it and its hedge: "fought [for nearly] a week after…", "pushed [back by]
#: several hours after…".
_LENGTH_BEFORE_COUNT = re.compile(rf"\b(?:for|over|lasted|lasting|took|spent|(?:back|delayed|postponed|put\s+off)\s+by)"
                                  rf"(?:\s+{COUNT_HEDGE})?(?:\s+(?:a|an|the|\d+|"
                                  # (…and a count of days in a row: "held for a fourth straight [day after]…")
                                  rf"{lx.COUNT_RE}))?(?:\s+(?:{lx.ORDINAL_RE}|straight|consecutive|successive|full|whole))*\s*$",
                                  re.I)
_COUNTED_TAIL = re.compile(rf"(?<!\bof)(?<!\bwithin)(?<!\bthe)(?<!\bthis)(?<!\bthat)(?:,\s*|\s+)(?:{COUNT_HEDGE}\s+)?"
                           rf"(?:(?:a|an|the|{lx.COUNT_RE}|a\s+few|several)\s+)?{TIME_UNIT}\s+"
                           rf"(?:and\s+(?:a\s+half|(?:a|an|{lx.COUNT_RE})\s+{TIME_UNIT})\s+)?"  # "a year and three months after"
                           r"(?:to\s+the\s+day\s+)?"  # ("a year to the day after the massacre")
                           # (…or a gerund's clause: "nearly two years after losing it")
                           # (…or a bare plural: "a year after mass protests over…")
                           r"(?:after|before)\s+(?:(?:the|a|an|its|their|his|her)\b|[A-Z]|[a-z]{3,}ing\b|(?:[a-z]+\s+){0,2}[a-z]{3,}s\b)"
                           r"[^,;]*$")


#: A count from another happening closing a Romance title: ", semanas depois de um ataque", ", quelques jours après la
#: chute", ", dos meses después del acuerdo", ", pochi giorni dopo".
_ROMANCE_COUNTED_TAIL = re.compile(r",\s+(?:(?:poucas|poucos|algumas|alguns|unas|unos|algunas|quelques|alcuni|alcune|pochi|poche|"
                                   r"deux|trois|dos|tres|duas|dois|due|tre|\d+)\s+)?(?:horas|dias|días|semanas|meses|anos|años|"
                                   r"heures|jours|semaines|mois|ans|ore|giorni|settimane|mesi|anni)\s+"
                                   r"(?:depois|após|después|après|dopo|antes|avant|prima)\b[^;]*$"
                                   # (…and German's: ", drei Tage nach einem verlorenen Misstrauensvotum")
                                   r"|,\s+(?:(?:wenige|einige|ein|eine|einen|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|"
                                   r"\d+)\s+)?(?:Stunden|Tage|Tagen|Tag|Wochen|Woche|Monate|Monaten|Monat|Jahre|Jahren|Jahr)\s+"
                                   r"(?:nach|vor)\b[^;]*$")
#: A nationality's adjective or a body's initials before a noun: "Israeli", "Russian", "U.S.", "EU".


def _clause_start_past_lists(title: str, end: int) -> int:
    """Where the clause ending at `end` begins: after its last comma, a list of names' commas not counting ("…set up by
    Nigeria, Niger, Chad and Benin" is one clause)."""
    start = title.rfind(", ", 0, end)
    comma = start
    while comma > 0:
        listed = LIST_OF_NAMES_GOES_ON.match(title, comma)
        if listed is not None and listed.end() == end:
            start = title.rfind(", ", 0, comma)
        comma = title.rfind(", ", 0, comma)
    return start + 1


def _without_attribution(title: str) -> str:
    """The title without its closing source (", two U.S. officials said") — unless the saying is all it
    tells ("In announcing the delay, the chairman said")."""
    untold = ATTRIBUTION_TAIL.sub("", title)
    # (a count's "At least" opens no phrase: "At least four people were killed in Garoua, the governor said")
    return title if re.fullmatch(r"(?!At\s+(?:least|most)\b|In\s+(?:all|total)\b)"
                                 r"(?:In|At|On|During|After|Before|While|When|Speaking|Asked|Announcing)\b[^,]*", untold) \
        else untold


def _inside_quotation(title: str, i: int) -> bool:
    """Whether `i` stands inside a few words quoted within the title (not a whole quoted sentence)."""
    head = title[1:i] if title[:1] in "\"“`'" else title[:i]
    return head.count('"') % 2 == 1 or head.count("“") > head.count("”")


#: A speaker recounting a past fact, before it: "They recalled that ", "The members of the Council noted that ".
#: A recounting's verb and its "that": "recalled that", "reminded delegates that".
RECOUNTING = r"(?:recalled|recalls|recalling|noted|notes|pointed\s+out|reminded\s+\w+)\s+that"
_RECOUNTED = re.compile(rf"(?:[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){{0,8}}?)\s+(?:also\s+)?{RECOUNTING}\s+"
                        r"(?=(?:the|a|an|its|their|his|her|[A-Z])\w*\s"
                        # (…or a bare plural: "recalled that diplomatic relations were established")
                        r"|(?:[a-z]+\s+)?[a-z]{3,}s\s+(?:between\s+[^,;]{3,40}?\s+)?(?:were|had|have)\s)")


#: A short subject, a participle's aside about it between commas, then its predicate: "The trilateral drill, code-named
#: Freedom Edge, is set to run…" (not a name in apposition: "The army's leader, General al-Burhan, had rejected…"); or
#: what the subject is, said again with an article: "The New START treaty, the last remaining agreement limiting…, expired".
_SUBJECT_ASIDE = re.compile(rf"(?P<np>(?:The|A|An|[A-Z][\w'’.-]*)\s[^,;:()]{{2,50}}?),\s+"
                            rf"(?:(?:[a-z]+-)?[a-z]{{3,}}ed\s[^,;:()\"“”]{{2,80}}|(?:(?:formally|officially|(?:also\s+)?known\s+as)\s+)?"
                            rf"(?:the|a|an|one\s+of\s+the)\s[^,;:()\"“”]{{2,110}}),\s+"
                            # (…or a chronology's present: "The Geneva Agreement, signed weeks before independence, commits…")
                            rf"(?=(?:{AUXILIARY}|{PAST_VERB}|[a-z]{{3,}}[^s\W]s)\b)")


#: A role a pronoun owns, opening a title, and the name set off after it: "Its leader, Sviatlana Tsikhanouskaya, ".
_PRONOUN_ROLE_THEN_NAME = re.compile(r"^(?:Its|His|Her|Their|Son|Sa|Leur|Su|Sein|Seine|Ihr|Ihre|Il\s+suo|La\s+sua|O\s+seu|A\s+sua)\s+"
                                     r"(?:[^\W\d_A-Z][\w-]*\s+){0,2}[^\W\d_A-Z][\w-]*,\s+"
                                     # (a role may come before the name: "Its leader, former president Igor Dodon,", "Son
                                     # dirigeant, l'ancien président Igor Dodon,")
                                     r"(?:(?:the\s+|l['’]|el\s+|la\s+|le\s+|der\s+|die\s+|o\s+|a\s+|il\s+)?"
                                     r"(?:former|ancien(?:ne)?|ex-?|expresidente|früherer?|ehemalige[r]?|antigo|antiga|"
                                     r"[a-z]+-?)\s*(?:[^\W\d_A-Z][\w-]*\s+){0,2}?)?"
                                     r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’.-]*),?\s+(?=[^\W\d_A-Z])")
#: A name set off after a person's role, before a second object: "its leader[, General Assimi Goita,] a five-year term".
_NAME_BETWEEN_OBJECTS = re.compile(r"(?P<role>\b(?:its|his|her|their|the)\s+(?:[a-z]+\s+)?(?:leader|chief|head|president|envoy|"
                                   r"commander|minister|deputy|successor|predecessor|rival|ally|father|mother|son|daughter|"
                                   r"wife|husband|brother|sister|lawyer|spokes(?:man|woman|person))),\s+"
                                   r"(?P<name>(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*),\s+"
                                   r"(?=(?:a|an|the|his|her|its|their|\d[\d,]*)\s)")
#: A place set off by commas after a verb, before the verb's object: ", no Palácio do Planalto, o presidente…".
_PLACE_SET_OFF = re.compile(r"(?<=[a-zà-ÿ]),\s+(?P<place>(?:no|na|nos|nas|em|en|à|au|aux|dans|in|nel|nella|im|am|at|en\s+el|en\s+la)\s+"
                            r"(?:[A-ZÀ-Ý][\w'’-]*|l['’][A-ZÀ-Ý][\w'’-]*)(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|da|de|do|del|di|du|des|la|le)){0,4}),\s+"
                            r"(?=(?:o|a|os|as|el|la|los|las|le|les|il|lo|gli|i|un|une|una|um|uma|the|an)\s)")
#: An appositive's zero relative left without its date at a title's end: ", a post he held".
_APPOSITIVE_ZERO_RELATIVE_LEFT = re.compile(rf",\s+(?:a|an|the)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:he|she|they|it|we|I)\s+"
                                            rf"(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s*$")


#: A German clause's closing participle or infinitive after its auxiliary: "haben … unterzeichnet", "wird … beraten".
_GERMAN_CLOSING_VERB = re.compile(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|soll|sollen|will|"
                                  # (…with what the verb needs to say it: "ohne Ergebnis zu Ende gegangen", "in Kraft getreten")
                                  r"wollen|kann|können)\s.+?\s(?P<verb>(?:(?:ohne\s+\w+\s+)?zu\s+Ende\s+|in\s+Kraft\s+)?"
                                  r"[a-zäöüß]{4,}(?:t|en))\s*[.!]?\s*$")


#: A place set off between a subject and its verb: ", south of the Litani River, would", ", near the border, were".
_PLACE_ASIDE_BEFORE_VERB = re.compile(r",\s+(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
                                      r"of|near|along|inside|outside|across|beyond)\s+[^,;:()\"“”]{2,60},\s+"
                                      r"(?=(?:would|will|was|were|is|are|had|has|have|could|can|must|should|[a-z]{3,}ed)\b)")


#: A source set off by commas in the middle of a clause, before the clause goes on: ", the ministry said, ".
_ATTRIBUTION_SET_OFF = re.compile(r",\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}[\w.'’-]+\s+(?:said|says|told\s+(?:reporters|journalists|[A-Z][\w.-]*)|"
                                  r"added|reported|confirmed)(?:\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                                  # (…not a closing source and what the news was: ", both sides said, the first swap…")
                                  r"Sunday))?,\s+(?=(?!(?:the|a|an|in|on|at|with|as|after|before|amid|despite|following|and|"
                                  r"but|which|who|its|their|his|her|this|that|to|for|from|by|while|when|though|although|because|since|if|unless|"
                                  r"whereas|even|so|yet|or|nor|then|not|only|just|up|over|[a-z]+ing|"
                                  # (…nor a count from another happening after it: ", days before negotiators meet")
                                  r"(?:(?:nearly|almost|about|some|several|a\s+few|\d+|two|three|four|five|six|seven|eight|"
                                  r"nine|ten)\s+)?(?:hours|days|weeks|months|years)\s+(?:after|before))\b)[a-z])")


#: The writer's hedge set off by commas: ", I suspect, ", "We believe, " (opening what is left of a sentence).
_HEDGE_SET_OFF = re.compile(r"(?:^|,\s+)(?:I|we|We)\s+(?:suspect|think|believe|fear|guess|imagine|expect)\s*,\s+(?=[a-z]|[A-Z])")


#: A phrase of when or where set off between a verb and what it governs: ", during Erdogan's visit to Baghdad, " before
#: "to set up".
_ASIDE_BEFORE_COMPLEMENT = re.compile(r"(?<=[a-z]),\s+(?:during|at|on\s+the\s+sidelines\s+of|in|after|following|amid)\s+"
                                      r"[^,;()]{3,80},\s+(?=to\s+[a-z]{2,}|that\s)")
#: Who leads a side, set off after it: ", led by Gen. Abdel Fattah al-Burhan,", ", commanded by Dagalo,".
_LEADER_SET_OFF = re.compile(r",\s+(?:led|commanded|headed|chaired)\s+by\s+(?:[A-Z][\w'’.-]*\s+){0,4}[A-Za-z][\w'’.-]*,(?=\s)")


#: A count of the things told before, and their names set off after it: "Two of them, the Magic Seas and the Eternity C,".
_COUNT_OF_THEM_NAMED = re.compile(r"(?:Two|Three|Four|Five|Both|One)\s+of\s+(?:them|these|those|the\s+[a-z]+s),\s+"
                                  r"(?P<names>(?:the\s+)?[A-Z][^,;()]{1,40}?(?:\s+and\s+(?:the\s+)?[A-Z][^,;()]{1,40}?)?),(?=\s+[a-z])")
#: A noun phrase in apposition to a subject, set off before its modal, auxiliary or past: ", its first major sanctions on
#: Russia," before "would take effect".
_SUBJECT_APPOSITIVE_BEFORE_VERB = re.compile(r"(?<=[a-z]),\s+(?:its|their|his|her|the|a|an)\s+"
                                             # (a few words quoted inside: 'a former guerrilla who took office promising
                                             # "total peace"')
                                             r"(?:[^,;()\"“”]|\"[^\",;]{1,40}\"|“[^”,;]{1,40}”){3,100}?,"
                                             r"(?=\s+(?:would|will|could|should|may|might|must|was|were|is|are|has|have|had)\s"
                                             # (…or a present of what is scheduled: "…, leaves office")
                                             r"|\s+(?:leaves|takes|steps|hands|begins|starts|ends|faces|visits|meets|travels|"
                                             r"heads|returns)\s+(?:office|power|down|over|a|an|the|his|her|to|for)\b"
                                             # (…or its past: "The summit[, the first since 2019,] opened in Luanda")
                                             rf"|\s+(?:[a-z]+ly\s+)?(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b)")


#: An announcement of what will be, in the present, and what is announced: "[The Ministry] announces that [the fourth round
#: … will take place…]".
_ANNOUNCES_WHAT_WILL_BE = re.compile(r"[^,;:\"“”]{3,60}?\s(?:announces|confirms|informs|says|states)\s+that\s+"
                                     r"(?P<clause>[^,;:\"“”]{10,}?\s(?:will|is\s+to|are\s+to|is\s+due\s+to|are\s+due\s+to)\s.+)$")


#: A share of the ones just named, closing a title: ", some of them", ", most of whom".
_CLOSING_SHARE_OF_THEM = re.compile(r",\s+(?:some|many|most|all|several|few|none|half|one|two|three|a\s+few)\s+of\s+"
                                    r"(?:them|whom|which)(?=\s*\.?\s*$)", re.I)


#: A joined passive told as done more than once, closing a title: " and was extended once", " and has been renewed twice".
_REPEATED_SECOND_PREDICATE = re.compile(r"(?<=\w)\s+and\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+[a-z]{3,}(?:ed|en)\s+"
                                        r"(?:once|twice|three\s+times|several\s+times|repeatedly|many\s+times)"
                                        r"(?:\s+(?:since|before|after|until)\b[^.;]*)?\s*\.?$")

#: A second predicate told as coming later, to the end: "[ and later served as a United Nations envoy]".
_LATER_SECOND_PREDICATE = re.compile(r"(?<=\w),?\s+and\s+(?:later|subsequently|afterwards|eventually|then\s+later)\s+"
                                     r"(?:(?:was|were|became|went\s+on\s+to)\s+)?[a-z]{3,}\b[^;]*$")
#: A comma and a verb after it, which closes an aside: ", died", ", was".
_VERB_AFTER_ASIDE_COMMA = re.compile(r",\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|died|was|were|is|are|has|had|have|will|would)\b")


#: How many of some things, in a relative clause of what became of them: "[only two] of which have been carried out".
_SHARE_OF_THEM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|some|none|most|all|half|a\s+few|few|several|many|"
                  r"a\s+handful)")


def _verb_before(title: str, at: int) -> bool:
    """Whether a verb stands in `title` before `at`, so that what is set off after it can go and leave a clause."""
    head = title[:at]
    return VERB.search(without_compounds(CAPITALISED_WORDS.sub("", head))) is not None \
        or FIRST_VERB.search(without_compounds(head)) is not None


#: A time clause fronted before the main one, with its own subject and verb: "Two years after more than 100,000 ethnic
#: Armenians fled Nagorno-Karabakh", "Hours after the truce took effect".
_FRONTED_TIME_CLAUSE = re.compile(rf"(?i:(?:{COUNT_HEDGE}\s+)?(?:a|an|the|{lx.COUNT_RE}|a\s+few|several)\s+{TIME_UNIT}\s+)?"
                                  r"(?i:after|before|since|when|while|as\s+soon\s+as|once)\s+(?:[^,;:]|(?<=\d),(?=\d{3})){3,120}?"
                                  rf"\b(?:{PAST_VERB}|{TRANSITIVE_PASTS})\b[^,;:]*")


def _trim(title: str, recounting_told: bool = False) -> str:
    title = title.strip()
    title = title[dateline_end(title):]  # "YEREVAN, Armenia (AP) — …"
    # "…voted 13-0[, with Russia and China abstaining,] to renew the mechanism": an absolute "with" set off in the middle
    # says what went with the happening, and goes alone
    title = _ABSOLUTE_WITH_SET_OFF.sub(" ", title)
    # (…as do the parties a meeting was with, set off before the verb: "An informal meeting in an enlarged format[, with
    # Greece, Turkey and Britain,] was held in Geneva")
    title = _WITH_NAMES_SET_OFF.sub(" ", title, count=1)
    # "said it had revoked[, with immediate effect,] an agreement…": how soon it holds, set off, goes too (…or how it was
    # done: "the two sides accepted[, without signing,] an agreement")
    title = re.sub(r",\s+(?:with\s+immediate\s+effect|effective\s+immediately|with\s+effect\s+from\s+today|"
                   r"for\s+the\s+time\s+being|in\s+principle|unilaterally|for\s+the\s+first\s+time|"
                   r"without\s+[a-z]{3,}ing(?:\s+(?:it|them))?),\s+", " ", title)
    # "The convoy, officials said, was hit by a drone", "…a referendum in which, the government said, voters backed…": a
    # source set off in the middle says who tells it, no part of what happened
    title = _ATTRIBUTION_SET_OFF.sub(" ", title)
    # "[A decade from now], I suspect, someone will write this column again": the writer's hedge, set off, is no part of it
    title = _HEDGE_SET_OFF.sub(lambda m: "" if m.start() == 0 else " ", title)
    # "[On] a separate peace agreement between Congo and Rwanda signed in Washington": a noun phrase a preposition governed,
    # its participle the happening, says it was done
    governed = _GOVERNED_PARTICIPLE.fullmatch(title)
    if governed is not None and not VERB.search(governed["np"]) and not FIRST_VERB.search(governed["np"]):
        np = governed["np"][:1].upper() + governed["np"][1:]
        title = f"{np} {be_for(np)} {governed['part']}{governed['rest']}"
    # "A six-month ceasefire started [in August 2023][ and was extended once]": a second predicate told as repeated is of
    # other times than the date's
    title = _REPEATED_SECOND_PREDICATE.sub("", title)
    # "[The vote came a week after ]thousands began fleeing … following an offensive [on Sept. 19-20]": too long to tell
    # whole, what came after a happening the clause tells is told by that clause (a short one keeps what came: "Their
    # release came [a day after…]", cut below)
    came = _CAME_AFTER_OPENING.match(title) if len(title) > TITLE_MAX else None
    if came is not None and (is_own_clause(title[came.end():]) or FIRST_VERB.search(title, came.end())):
        title = title[came.end()].upper() + title[came.end() + 1:]
    # "Students observed a silence [at 11:52 a.m.][, the moment of the collapse]": the time told again goes with it
    title = re.sub(r",\s+the\s+(?:exact\s+|very\s+)?(?:moment|time|hour|minute|instant)\s+(?:of|when)\b[^,;]*\.?$", "", title)
    # "Washington will cut tariffs to 15%[, retroactive] [to Nov. 1]": the word of when it holds, left alone by its date
    title = re.sub(r",?\s+(?:retroactive(?:ly)?|effective|backdated|with\s+effect)\.?$", "", title)
    # "He stepped down [in 2005][ and later served as an envoy]": a second predicate told as later is of another time
    later = _LATER_SECOND_PREDICATE.search(title)
    if later is not None and not _VERB_AFTER_ASIDE_COMMA.search(later.group()):
        title = title[:later.start()]  # (not inside a subject's aside: "Brahimi, who brokered…and later led…, died")
    # "the presidential election promised [for February 2027] will not take place": a plan's participle left without its
    # date goes with it
    title = _BARE_PLAN_PARTICIPLE.sub("", title)
    # "A ceasefire[ that had held since August 2023] expired": a state's clause that runs from a bound, before the main
    # past, tells no happening of the title's
    title = _STATE_SINCE_RELATIVE.sub("", title, count=1)
    # "…since the island was divided [in 1974][ that has never known a united country]": a relative clause right after a
    # passive's participle is about a noun before it (set after the time clause), no part of the passive's happening
    title = _RELATIVE_AFTER_PASSIVE.sub(r"\g<passive>", title, count=1)
    # "The rebel group[ is not a party to the accords and] has been negotiating with Kinshasa": a present state before a
    # second predicate that did something is no happening of a date
    title = _STATE_THEN_DOING.sub(r"\g<subject> \g<doing>", title, count=1)
    # "Another 20 staff remain in detention[, some of them] since June 2024": a share left without its date goes with it
    title = _CLOSING_SHARE_OF_THEM.sub("", title)
    bare = _BARE_OBJECT_PARTICIPLE.fullmatch(title) or _BARE_TEXT_PARTICIPLE.fullmatch(title)
    if bare is not None and not VERB.search(bare["np"]) and not re.search(r"\b(?:to|be|been|being)\b", bare["np"]):
        # "The sanctions announced" were announced (not "A joint statement to be issued", already a plan)
        title = f"{bare['np']} {be_for(bare['np'])} {bare['part']}"
    # "[The decision means] the presidential election will not take place": what a thing means is what happens
    means = _MEANS_THAT.match(title)
    if means is not None and re.search(rf"\b{FINITE_MARK}\b", title[means.end():]):
        title = title[means.end()].upper() + title[means.end() + 1:]
    # "Washington circulated a 28-point plan[ and that Kyiv's allies criticised…]": a second relative clause about the
    # noun tells another happening
    second_relative = re.search(r",?\s+(?:and|but)\s+(?:that|which)\s+(?!(?:is|was|are|were|has|had|have|will|would)\b)"
                                r"(?:the\s+|its\s+|their\s+)?[A-Z]?[\w'’.-]+", title)
    if second_relative is not None and FIRST_VERB.search(title, 0, second_relative.start()) \
            and not re.search(r"\b(?:said|says|told|announced|warned|added)\b", title[:second_relative.start()]):
        title = title[:second_relative.start()]
    recurring = _RECURRING_OPENER.match(title)
    if recurring is not None and len(title) > recurring.end() + 1:
        title = title[recurring.end()].upper() + title[recurring.end() + 1:]
    # "…near the shoal at 6:40 a.m. (2240 GMT Sunday)": the same moment in another zone, said again
    title = _ZONE_ASIDE_SPACED.sub("", title)
    # (a quotation that held only its date leaves nothing to quote: 'would take place "[in the first half of 2027]"')
    title = re.sub(r"\s*(?:\"\s*\"|“\s*”|«\s*»|„\s*“)", "", title)
    title = _without_end_stop(title)
    # "the bribes, worth 2.3 million euros, were paid": what a thing is worth is no part of what happened to it
    # (before a passive that tells it; "her properties, worth $130 million [in October], are worth half that now" keeps
    # what its date told)
    title = re.sub(r",\s+(?:worth|valued\s+at|totall?ing|estimated\s+at)\s+[^,;]{1,40},(?=\s+(?:was|were|had\s+been|has\s+been|"
                   r"have\s+been)\s+[a-z]{2,}(?:ed|id|en)\b)", "", title)
    # "…a border conflict that flared [in July], in a ceremony witnessed by…": the occasion of the sentence's other telling
    title = re.sub(r",\s+in\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:ceremony|speech|interview|statement|televised\s+address|address|"
                   r"meeting|letter|post|message)\b[^;]*$", "", title)
    # "…since UN sanctions were reimposed [at the end of September], in what both sides described as an exploratory
    # session": how the sentence's other happening was seen
    title = re.sub(r",\s+in\s+what\s+(?:[\w'’-]+\s+){1,4}?(?:described|called|termed|hailed|billed|saw|see)\s+as\b[^;]*$",
                   "", title)
    # "Short-term contracts must end [by April 25], while long-term contracts will be allowed to run…": a clause of
    # contrast with its own subject tells another thing
    # "…has released more than 300 prisoners[ but has also jailed new critics]": a second perfect after "but" is another
    # happening, told on no date
    title = re.sub(r"(?<=\w)\s+but\s+(?:has|have)\s+(?:also\s+|since\s+)?(?:[a-z]{3,}ed|been)\b[^;]*$", "", title) \
        if re.search(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\b", title) else title
    contrast = _CONTRAST_CLAUSE.search(title)
    if contrast is not None and (_FINITE_NEAR.search(title, 0, contrast.start()) or tells_a_doing(title[:contrast.start()])):
        title = title[:contrast.start()]
    # "…took effect, after more than a year of fire that began [when … on Oct. 8, 2023]": a circumstance whose relative
    # clause was cut before its when-clause goes whole
    title = re.sub(r",?\s+(?:after|before|following|amid)\s+[^,;]{3,80}?\s+(?:that|which)\s+[a-z]{3,}$", "", title)
    # "…ended in an armistice signed [on 27 July 1953], not a peace treaty": what it was not is no part of what happened
    title = re.sub(r",\s+(?:and\s+)?not\s+(?:a|an|the)\s+[^,;]{1,40}$", "", title)
    # "Очередной раунд переговоров[, запланированный] [на среду], перенесен…": a Russian participle left alone goes
    title = re.sub(r",\s+[а-яё]{3,}(?:нный|нная|нное|нные|тый|тая|тое|тые)(?:,(?=\s)|$)", "", title)
    # "[They recalled that] the mandate … expired": what a speaker recounts is the happening of its date, the
    # recounting is now
    recounted = _RECOUNTED.match(title) if not recounting_told else None
    if recounted is not None:
        title = title[recounted.end()][:1].upper() + title[recounted.end() + 1:]
    # "[In that role] she helped broker a ruling…": the capacity the sentence before named goes
    capacity = _IN_THAT_ROLE.match(title)
    if capacity is not None:
        title = title[capacity.end()].upper() + title[capacity.end() + 1:]
    # "[As you will have seen,] the Security Council adopted…": a speaker's aside to the audience goes
    opening = re.match(r"As\s+(?:you|we|I)\s+(?:(?:will|may|might)\s+have\s+|all\s+)?(?:seen|heard|know|said|mentioned|"
                       r"reported)(?:\s+(?:earlier|yesterday|before))?,\s+(?=[a-zA-Z])", title)
    if opening is not None:
        title = title[opening.end()][:1].upper() + title[opening.end() + 1:]
    # "The envoy[, 58,] served as deputy chief of mission": a person's age is no part of what happened
    title = re.sub(r"^([^,;]{2,60}?),\s+\d{2},\s+(?=[a-z])", r"\1 ", title)
    # (…its closing comma gone with an aside after it: "Toledo, 78[, who governed…,] was extradited")
    title = re.sub(r"^([^,;]{2,60}?),\s+\d{2}\s+(?=(?:was|were|is|are|has|had|have|will|would)\b)", r"\1 ", title)
    # "A follow-up round is pencilled in [for mid-December] in Doha": a particle and a preposition of one spelling
    # (not a noun's end: "a sit-in in Khartoum")
    title = re.sub(r"(?<![\w-])(in|on)\s+\1\b", r"\1", title)
    # "Burkina Faso has had two coups[, both] in 2022": a quantifier left alone by its date goes with it
    title = re.sub(r",\s+(?:both|all|each|all\s+of\s+them|both\s+of\s+them)$", "", title)
    # "Regional elections[, with results expected] on Monday": a closing phrase left without its date goes whole
    title = re.sub(r",\s+(?:and\s+)?with\s+[^,;]{1,50}?\s+(?:expected|due|planned|scheduled|set)$", "", title)
    # "…a donors' conference in Oslo, I think [on the 9th]": the speaker's hedge goes
    title = re.sub(r",?\s+(?:I|we)\s+(?:think|believe|understand|guess|gather)\s*$", "", title)
    # "…to return to the deal when they meet, possibly [early next month]": a hedge on the date goes with it
    title = re.sub(r",?\s+(?:possibly|probably|perhaps|maybe|as\s+(?:early|soon|late)\s+as|no\s+(?:later|earlier)\s+than|"
                   r"sometime|some\s+time)\s*$", "", title)
    # (before the title is cut to length, which a long phrase after the person's title would make it)
    person = _TITLED_PERSON_WHO.match(title)
    if person is not None and not re.search(rf"\b(?:{AUXILIARY}|said|says)\b", person["rest"].split(" ", 1)[-1]):
        title = f"{person['head']} {person['rest']}"
    # "Machado, who was barred from running, said that…": the aside goes, not the saying after it
    title = _ASIDE_BEFORE_SAYING.sub(" ", title, count=1)
    if not OPENING_PHRASE.match(title):  # "Lebanon's president, Joseph Aoun[, who took office…,] said": the name says who
        title = _ROLE_BEFORE_NAME.sub("", title, count=1)
        # ("The newly elected Turkish Cypriot leader, Tufan Erhurman, won…": so it does set off by commas, before any verb)
        # ("Erhurman and the Greek Cypriot president, Nikos Christodoulides, met": …as it does in a joined subject)
        title = _JOINED_ROLE_THEN_NAME.sub(r"\g<first>\g<name> ", title, count=1)
        # ("Syria's interim president, Ahmed al-Sharaa, and the SDF commander, Mazloum Abdi, signed": two roles, two names)
        title = _TWO_ROLES_THEN_NAMES.sub(r"\g<one> and \g<two> ", title, count=1)
        named = _ROLE_THEN_NAME.match(title)
        # (not a place's state or country: "The talks in Hollywood, Florida, began")
        if named is not None and not re.search(r"\b(?:in|at|near|from|of|to|outside)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$",
                                               title[:named.start("name")].rstrip(", ")):
            title = named["name"] + title[named.end("name") + 1:]
    # ("…was herself removed": the stress on who it was is the sentence's, not the event's)
    title = _EMPHATIC_SELF.sub(r"\g<aux>", title, count=1)
    # "…exchanged 84 prisoners each, both sides said, [the first swap since…]": a ranking set after the attribution goes
    # with it
    ranked_after = _ATTRIBUTION_THEN_APPOSITIVE.search(title)
    if ranked_after is not None and not VERB.search(ranked_after["np"]):
        title = title[:ranked_after.start()]
    title = _without_attribution(_FOREIGN_ATTRIBUTION_TAIL.sub("", _ACCORDING_TO_TAIL.sub("", title)))
    # (…its comma gone with an aside before it: "…Chacalluta-Santa Rosa[, cerrado …,] informaron ambos gobiernos")
    # (…after a clause with a verb of its own: "A Comissão Nacional de Eleições anunciou a vitória" is the subject's saying)
    # (a source's "according to" whose comma went with an aside: "…un nouveau report de l'élection[, prévue …,] selon un
    # communiqué")
    title = _GLUED_FOREIGN_SOURCE.sub("", title)
    glued = _GLUED_FOREIGN_ATTRIBUTION.search(title) or _GLUED_FRENCH_ATTRIBUTION.search(title)
    if glued is not None and _ROMANCE_FINITE_PAST.search(title, 0, glued.start("name")):
        title = title[:glued.start("name")] + glued["name"]
    # (after a few words quoted inside the sentence, whose closing mark stays: "…for violating ``our
    # use policies,'' spokesman Serge Clermont said"; a whole quotation keeps who said it)
    title = _EMBEDDED_QUOTE_ATTRIBUTION.sub(r"\g<quote>", title)
    # "Production began [in December 2019] and has since grown to 400,000 barrels a day": what has become
    # of the happening since is the present's, not the date's
    title = _SINCE_THEN_PREDICATE.sub("", title)
    # (…as is what has not become of it: "Somaliland declared independence in 1991 but has not been recognised")
    if not re.search(r"\b(?:said|says|told|tells|announced)\b", title):  # (what a saying says stays whole)
        title = _NOT_SINCE_PREDICATE.sub("", title)
    # (…nor what others doubt of it: "Elections are now set for December 2026[ but few diplomats expect them to take place
    # on time]")
    title = _OTHERS_DOUBT_AFTER_BUT.sub("", title)
    # (…and how often it was done before, set off after the subject: "Elections[, postponed twice,] are now set")
    title = _TIMES_DONE_ASIDE.sub(" ", title, count=1)
    # "We expect construction to begin [next year], not before the summer": a bound set after the date goes
    title = re.sub(r",\s+(?:but\s+)?not\s+(?:before|after|until|earlier\s+than|later\s+than)\s[^,;]*$", "", title)
    # "They last met face to face in 2022, and before that [in the late 1980s]": a gapped clause's "before that" goes
    dangling = re.search(r"\s+(?:before|after)(?:\s+(?:that|then))?\s*$", title)
    if dangling is not None and (dangling.group().strip() not in ("before", "after")
                                 or VERB.fullmatch(title[:dangling.start()].rsplit(" ", 1)[-1])):
        title = title[:dangling.start()]  # (but "…against $6 billion in the year before" keeps its "before")
    # "…opened a political office, a move [that paid off in 2020]": the general noun left without its clause
    title = re.sub(r",\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:move|step|decision|measure|development|gesture)|something)\s*$", "",
                   title)  # (", something [that seemed impossible during the previous decade]")
    # (…or a ranking left without what it ranks within: "…sale of aircraft parts to Taiwan[, its first since Trump
    # returned…]")
    title = re.sub(r",\s+(?:its|their|his|her|the)\s+(?:first|second|third|fourth|fifth|latest|last|biggest|largest|"
                   r"longest|deadliest|worst|most\s+\w+)(?:\s+(?:such|ever))?\s*$", "", title)
    # (…or an appositive's zero relative left without its date: "…commissioner for peace and security[, a post he held
    # until 2013]")
    title = _APPOSITIVE_ZERO_RELATIVE_LEFT.sub("", title)
    # "…fought two wars over the region, the last [in 2020]": an ordinal left without its date
    title = re.sub(r",\s+the\s+(?:last|first|latest|second|third|previous|next|most\s+recent)\s*$", "", title)
    # "…for a two-day visit, her first since 2023", "…300 prisoners each, the largest swap since the war began": a
    # ranking of the happening among others is no part of it (but "M23 seized Goma, the largest city in the east" says
    # what Goma is)
    title = re.sub(r",\s+(?:the|her|his|its|their)\s+(?:first|second|third|fourth|fifth|latest|biggest|largest|deadliest|"
                   r"worst|only|longest|highest|most\s+\w+)\b(?:\s+[\w-]+){0,4}\s+since\b"
                   r"(?:[^,;]|,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?,(?=\s))*$", "", title)  # (a town's country too)
    # "…could take place in the spring, diplomats said, though no date has been set": a closing concession goes
    title = re.sub(r",\s+(?:though|although|even\s+though)\s+[^,;]{3,80}$", "", title)
    # "An enlarged informal meeting, including Greece, Turkey and Britain, could take place": the aside's examples go
    # (names only: "Previous ceasefires, including one brokered in May 2023," tells a happening of its own)
    title = re.sub(r",\s+including\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?"
                   r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*){0,5},\s+(?=(?:could|would|will|may|might|can|should|must|is|are|"
                   r"was|were|has|have|had|[a-z]{3,}ed)\b)", " ", title, count=1)
    if len(title) > TITLE_MAX:  # "…said in a joint statement that they had agreed…": what was said, not where
        title = _SAYING_MEDIUM.sub(r"\g<verb> ", title, count=1)
    announced = _ANNOUNCES_WHAT_WILL_BE.match(title) if len(title) > TITLE_MAX else None
    if announced is not None:
        # "The Ministry announces that the fourth round of consultations will take place in the capital": too long to tell
        # whole, an announcement of what will be is told by what will be (the announcer stays among the actors)
        title = announced["clause"][:1].upper() + announced["clause"][1:]
    if len(title) > TITLE_MAX:
        # "The truce, which could be extended by a day for every ten captives released, is due to end":
        # a long title loses the aside about its subject before anything else
        title = ENCLOSED_RELATIVE.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:  # "…the boy's father, Juan Miguel Gonzalez, is ready…": the name in apposition
        title = ENCLOSED_NAME.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:
        # "…granted its leader, General Assimi Goita, a five-year term": a name set off between a verb's two objects is
        # told without its commas, which a cut would take for a clause's
        title = _NAME_BETWEEN_OBJECTS.sub(r"\g<role> \g<name> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "Le Congrès a rejeté, par 28 voix contre 26, le projet de loi…": so does a count of votes between commas
        title = _VOTE_COUNT_ASIDE.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:
        # "European leaders, meeting on the sidelines of the G20 summit in Johannesburg, put forward…": so does a
        # gerund's aside about the subject
        # (not a clause's object's: "Heavy rain flooded the capital, forcing thousands of residents, shopkeepers and
        # farmers to flee" lists whom it forced)
        enclosed = _ENCLOSED_GERUND.match(title)
        if enclosed is not None and not VERB.search(CAPITALISED_WORDS.sub("", enclosed["np"])):
            title = f"{enclosed['np']} {title[enclosed.end():]}"
    if len(title) > TITLE_MAX:
        # "O Governo moçambicano e a Renamo, principal partido da oposição, assinaram…": and an appositive before a
        # past of the other languages we read
        romance = _ROMANCE_SUBJECT_APPOSITIVE.match(title)
        # (a clause with its own past before the comma is no subject: "Les rebelles se sont emparés de Walikale, dans la
        # province du Nord-Kivu, ont indiqué des sources": what follows is the attribution)
        romance = romance if romance is not None and not FOREIGN_PAST.search(romance["np"]) else None
        if romance is not None and (FOREIGN_PAST.match(title, romance.end())
                                    or _ROMANCE_FUTURE_OR_AUXILIARY.match(title, romance.end())
                                    or language_of(title) == "fr" and _FRENCH_FUTURE.match(title, romance.end())):
            # (a name set off after a role says who better: "El presidente de Venezuela, Nicolás Maduro, denunció")
            aside = title[romance.end("np"):romance.end()].strip(" ,")
            title = (aside if _NAME_ONLY.fullmatch(aside) else romance["np"]) + " " + title[romance.end():]
    if len(title) > TITLE_MAX:
        title = _SUBJECT_APPOSITIVE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "…said that the first phase[, south of the Litani River,] would be completed": where the subject lies goes
        title = _PLACE_ASIDE_BEFORE_VERB.sub(" ", title, count=1)
    if len(title) > TITLE_MAX:
        # "Foreign ministers from the 57 member states of the Organization for…": the members are the body's
        title = re.sub(r"^(?P<np>(?:[A-Z][\w-]*\s+)?[a-z]+)\s+(?:from|of)\s+(?:the|its|all)\s+(?:\d+\s+|[a-z]+-?[a-z]*\s+)?"
                       r"member\s+(?:states|countries|nations)\s+of\s+", r"\g<np> of ", title, count=1)
    if len(title) > TITLE_MAX:
        # "A ceasefire that ended more than a year of fighting between Israel and Hezbollah took effect": a
        # restrictive relative clause goes before the main verb is cut away
        relative = _LEADING_RELATIVE.match(title)
        # (a compound's participle is the noun's adjective: "A U.S.-brokered ceasefire that ended…")
        np = re.sub(r"\S+-[a-z]+ed\b", "", relative["np"]) if relative is not None else ""
        if relative is not None and (FIRST_VERB.search(np) or VERB.search(CAPITALISED_WORDS.sub("", np))):
            relative = None  # ("…News Agency said that Saddam was…": a saying and what it says)
        back = MAIN_VERB_BACK.search(title, relative.end() - 1) if relative else None
        # ("A memorandum by a lawyer who worked for Venezuela, published after his death, claims the award was…": the
        # saying before what it says is the main verb)
        saying = _SAYING_AFTER_ASIDE.search(title, relative.end() - 1, back.start()) if back is not None else None
        if saying is not None:
            title = relative["np"] + " " + title[saying.start("verb"):]
        elif back is not None:
            title = relative["np"] + title[back.start():]
    if len(title) > TITLE_MAX:
        # "The opposition, led by María Corina Machado, winner of the Nobel Peace Prize, called protests": asides
        # between the subject and its verb go
        title = _ASIDE_CHAIN.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        title = _ENCLOSED_PARTICIPLE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX:
        title = _ENCLOSED_APPOSITIVE.sub(r"\g<np> ", title, count=1)
    if len(title) > TITLE_MAX and language_of(title) != "en":
        # (not after a clause with a past of its own, whose verb after the aside is a saying's: "Les rebelles se sont
        # emparés de Masisi, dans le Nord-Kivu, ont indiqué des sources")
        enclosed = _FOREIGN_ENCLOSED_ASIDE.match(title)
        if enclosed is not None and not FOREIGN_PAST.search(enclosed["np"]):
            title = f"{enclosed['np']} {title[enclosed.end():]}"
    # ("In a poll completed Saturday, only…"; in lower case where an opening date went: "[Eighty years ago,] in the
    # aftermath of the war, the founders promised…")
    opening = OPENING_PHRASE.match(title[:1].upper() + title[1:]) or _ENCLOSED_PARTICIPLE.match(title)
    if opening is not None and re.match(r"As\s", title) and language_of(title) in A_IS_A_PREPOSITION:
        opening = None  # (Portuguese's article: "As forças ruandesas chegaram…")
    if opening is not None and len(title) > TITLE_MAX and _PLACING_OPENING.match(title) \
            and OWN_SUBJECT.match(title, opening.end()) and len(title) - opening.end() <= TITLE_MAX + 20:
        # …a phrase that places a happening too long to title with it goes first
        title = title[opening.end()][:1].upper() + title[opening.end() + 1:]
        opening = None
    counted = _ONE_OF_A_SERIES_OPENING.match(title)
    if counted is not None and VERB.search(title, counted.end()):
        # "[In the most recent one,] two Chinese ships collided": which of a series it was, told before it happened
        title = title[counted.end()][:1].upper() + title[counted.end() + 1:]
        opening = None
    # (…or a relative clause's past, when the verb list knows none: "Iran's nuclear programme, which returned to the
    # agenda…", which is what happened once the rest of the sentence went)
    verb = VERB.search(title, opening.end() if opening else 0) or VERB.search(title) \
        or (FIRST_VERB.search(title) if opening is None and NOUN_AND_RELATIVE.match(title) else None)
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
    if counted is not None and FIRST_VERB.search(title, 0, counted.start()):
        title = title[:counted.start()]
        # (…and a second predicate left with nothing but that count: "Campaigning begins [on Sept. 1] and ends[ three days
        # before the vote]" is the beginning)
        title = re.sub(r"\s+and\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)$", "", title) \
            if re.search(r"\s(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)\s+and\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:s|ed)$", title) else title
    # "The junta extended its rule, the latest step in a transition…": a closing appositive that sums up what happened
    # is comment on it, not part of it
    summing = _CLOSING_SUMMARY.search(title, verb.end() if verb else floor)
    if summing is not None and FIRST_VERB.search(title, 0, summing.start()):
        title = title[:summing.start()]
    counted = _ROMANCE_COUNTED_TAIL.search(title, verb.end() if verb else floor)
    if counted is not None and (FIRST_VERB.search(title, 0, counted.start()) or language_of(title) in A_IS_A_PREPOSITION
                                or language_of(title) == "de"):
        title = title[:counted.start()]  # (…and in the Romance languages: ", semanas depois de um ataque…")
    purpose = _PURPOSE_TAIL.search(title, floor) if len(title) > TITLE_MAX else None
    if purpose is not None:
        # "…met Hamas and Israeli negotiators separately in Cairo[ in a push to move the ceasefire into its second phase]":
        # what a doing was meant to bring about goes before any of the doing's own words
        title = title[:purpose.start()]
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
    aside = _SUBJECT_ASIDE.match(title) if len(title) > TITLE_MAX else None
    if aside is not None and not VERB.search(aside["np"]):
        # "The trilateral drill[, code-named Freedom Edge,] is set to run…": a subject's aside goes before its predicate
        title = f"{aside['np']} {title[aside.end():]}"
    if len(title) > TITLE_MAX:
        # "…recebeu, no Palácio do Planalto, o presidente colombiano Gustavo Petro": a place set off between the verb and
        # its object loses its commas, which would cut the object away
        title = _PLACE_SET_OFF.sub(r" \g<place> ", title, count=1)
    if len(title) > TITLE_MAX:
        # "[South Sudan's suspended first vice-president, ]Riek Machar, went on trial…": a subject's role with the name set
        # off after it is the name
        named = ROLE_THEN_NAME_SUBJECT.match(title)
        if named is not None:
            title = f"{named['name']} {title[named.end():]}"
    if len(title) > TITLE_MAX and language_of(title) in ("de", "fr", "es", "it", "pt"):
        # "…hat dem Präsidenten der Republika Srpska[, Milorad Dodik,] sein Mandat entzogen": a name set off after a role
        # goes before the verb the sentence ends on is cut away
        title = re.sub(r",\s+(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’.-]*,(?=\s+[a-zà-ÿ])", "", title, count=1)
    if len(title) > TITLE_MAX and language_of(title) == "de":
        # "Bayrou hat … eine Vertrauensabstimmung verloren[ und muss zurücktreten]": what must follow, joined on after the
        # participle that closed what happened, goes first; then the role before a name ("[Der französische
        # Premierminister ]François Bayrou hat…")
        title = _GERMAN_MODAL_SECOND_PREDICATE.sub(r"\g<participle>", title, count=1)
        if len(title) > TITLE_MAX:
            title = _GERMAN_ROLE_BEFORE_NAME.sub("", title, count=1)
    if len(title) > TITLE_MAX:
        # "The war between the army[, led by Burhan,] and the RSF[, commanded by Dagalo,] erupted": who leads a side is
        # an aside the title can spare (the actors keep them), not a clause to cut at
        title = _LEADER_SET_OFF.sub("", title)
        # "A previous truce[ proposed by the United States, Saudi Arabia, Egypt and the United Arab Emirates] was accepted by
        # the RSF": who first did something to the subject, a participle's agent, goes before the main verb's doer
        title = _SUBJECT_PARTICIPLE_AGENT.sub(r"\g<np> ", title, count=1)
        # "Azerbaijan released four prisoners[ in what both governments called a goodwill gesture ahead of…]": what others
        # called the happening closes the title, the first thing to spare
        title = _IN_WHAT_CALLED.sub("", title, count=1)
        # "The two countries agreed[, during Erdogan's visit to Baghdad,] to set up a committee": when or where it was
        # agreed, set off before what was agreed, is what the title can spare
        title = _ASIDE_BEFORE_COMPLEMENT.sub(" ", title, count=1)
        # "Il processo contro tredici imputati[, tra cui un ex ministro,] si è aperto": who is among them, set off, too
        title = INCLUDING_SET_OFF.sub("", title, count=1)
    if len(title) > TITLE_MAX:
        i = title.find(", ", max(40, floor))
        while i > 0 and title[i - 1].isdigit() and re.match(r",\s+\d{4}\b", title[i:]):
            i = title.find(", ", i + 2)  # ("…until July 2, 2027, and asked…": a date's own comma cuts nothing)
        while i > 0 and re.search(r"\b[a-z]+-[a-z]+$", title[:i]) and re.match(r",\s+[a-z]+-[a-z]+\s+[a-z]", title[i:]):
            i = title.find(", ", i + 2)  # (nor does one between coordinate adjectives: "the first one-person, one-vote election")
        listed = LIST_OF_NAMES_GOES_ON.match(title, i) if i > 0 else None
        list_end = None
        while listed is not None and (listed.end() <= TITLE_MAX + 20 or listed.end() == len(title) <= TITLE_MAX + 20):
            # "…when Estonia, Latvia and Lithuania joined": a list's comma cuts no clause (a list too long to keep
            # is cut at its first name)
            list_end, i = listed.end(), title.find(", ", listed.end())
            listed = LIST_OF_NAMES_GOES_ON.match(title, i) if i > 0 else None
        if i < 0 and list_end is not None and len(title) > TITLE_MAX + 20 \
                and VERB.search(title[:title.find(", ")]):  # (an object's list, not the subject's)
            # (…and what goes on after a kept list, with no comma to cut at, goes: "…agreed by the leaders of Russia,
            # Ukraine, France and Germany[ after an all-night session in the Belarusian capital]")
            title = title[:list_end]
        while i > 0 and _WORDS_LISTED_ON.match(title, i) and title.find(", ", i + 2) > 0:
            i = title.find(", ", i + 2)  # ("the presidential, legislative and local elections": a list's comma)
        if i > 0 and _WORDS_LISTED_ON.match(title, i):
            # (…or, a list running to the end, at the comma of what the happening led to before it: "The country ran out
            # of foreign currency[, leading to months of shortages of fuel, food and medicine]")
            i = max((m.start() for m in _CLOSING_PARTICIPLE_COMMA.finditer(title, max(24, floor), i)), default=-1)
        if i > 0 and _FOREIGN_SAYING_END.search(title, 0, i):
            i = title.find(", ", i + 2)  # "Kobachidse sagte, man werde … entscheiden": what was said is the title's
        if i > 0 and _GERMAN_INFINITIVE_CLAUSE.fullmatch(title, i) and _GERMAN_VERB_OF_INTENT_END.search(title, 0, i) \
                and language_of(title) == "de":
            i = -1  # ("Kobachidse hatte angekündigt, die Verhandlungen bis Ende 2028 ruhen zu lassen": what was announced)
        if i > 0 and "," not in title[i + 2:] and language_of(title) == "tr":
            i = -1  # ("İki ülke ile Katar, … mutabakatı imzalamıştı": a Turkish subject's comma, the verb at the end)
        fronted = _FRONTED_TIME_CLAUSE.fullmatch(title, 0, i) if i > 0 else None
        rest = title[i + 2:] if fronted is not None else ""
        if fronted is not None and len(rest.split()) >= 4 \
                and (VERB.search(rest) or re.search(rf"\b{FINITE_MARK}\b|\b(?:still|now|also|already|no\s+longer)\s+[a-z]{{3,}}\b",
                                                     rest)):
            # "Two years after more than 100,000 ethnic Armenians fled Nagorno-Karabakh, many of them still live in temporary
            # housing": a fronted time clause is what the main clause is set against, the part to spare
            title = title[i + 2:i + 3].upper() + title[i + 3:]
        elif 0 < i <= TITLE_MAX + 20:
            # (what is left may end with its source: "…refinery in Saratov, the regional governor said")
            title = _without_attribution(title[:i])
    if len(title) > TITLE_MAX:
        # "…a deal stalled after a summit in Alaska between the two presidents produced no ceasefire": a
        # subordinate clause with its own subject and verb is another happening, and goes first
        for m in _SUBORDINATOR.finditer(title, floor):
            if is_own_clause(title[m.end():]):
                title = title[:m.start()]
                # (…with a participle it leaves after its noun: "voted in a snap election [called] after lawmakers
                # failed…")
                left = _NOUN_THEN_BARE_PARTICIPLE.fullmatch(title)
                if left is not None and FIRST_VERB.search(left["keep"], 0, left.start("np")):
                    title = left["keep"]
                # (…and a relative it leaves with only its verb of beginning: "ending a year of hostilities [that began]")
                title = re.sub(r"\s+(?:that|which)\s+(?:began|started|erupted|broke\s+out|followed|ensued)$", "", title)
                break
        else:
            # (…after a length too, which counts from nothing: "closed the airport for more than three hours after balloons
            # and drones were spotted…")
            lasted = _LENGTH_THEN_SUBORDINATOR.search(title, floor)
            if lasted is not None and is_own_clause(title[lasted.end():]):
                title = title[:lasted.start("sub")].rstrip()
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
        predicate = SECOND_PREDICATE.search(title, floor)
        if predicate is not None and predicate.group().lstrip().startswith("and") and (i < 0 or predicate.start() < i):
            i = predicate.start()
        in_noun_phrase = re.search(r"\b(?:the|a|an|its|their|his|her|both|two|three|four|five|several|many|of|for|with|by|from|against|among)"
                                   r"\s+[a-z]+$", title[:i]) \
            or (re.search(rf"\b(?:after|before|since|following|amid|despite|during|by|of|in|on|against|from|with|to|over)\s+"
                          rf"{NATIONALITY}$", title[:i])
                and re.match(rf"{NATIONALITY}\s+(?!and\b|or\b)[a-z]{{3,}}", title[i + 5:]))  # "…after four days of missile and drone
        # strikes", "…after Israeli and U.S. strikes on its sites" (two modifiers of one noun)
        in_name = (CAPITALISED_END.search(title, 0, i) and NAME_GOES_ON.match(title, i + 5)) \
            or (CAPITALISED_END.search(title, 0, i) and len(title) - i <= 35  # ("…sites at Natanz and Arak": a short close)
                # (…and the bound its time goes to: "…in Peshawar and Kandahar by mid-January")
                and re.fullmatch(r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s+(?:by|until|before)\s+[\w.-]+(?:\s+[\w.-]+)?)?",
                                 title[i + 5:])) \
            or (LIST_OF_NAMES_BEFORE_AND.search(title, max(0, i - 120), i) and re.match(r"(?:the\s+)?[A-Z]", title[i + 5:])
                # (…its last name ending within the margin, the rest cut at a later edge: "set up by Nigeria, Niger, Chad,
                # Cameroon and Benin[ to fight…]", not "…Cameroon")
                and (i <= TITLE_MAX or _LAST_LISTED_NAME.match(title, i + 5).end() <= TITLE_MAX + 20))
        # ("Securities and Exchange…"; "by Norway, Chile, Kenya and the Philippines": the list's last name; the last of
        # two names that close the title)
        # ("…hosted delegations from Russia and Ukraine in Istanbul for…": two names a preposition governs, the second
        # followed by another preposition, not a verb)
        in_name = in_name or ((_GOVERNED_NAME_END.search(title, 0, i) or _OBJECT_NAME_END.search(title, 0, i))
                              and _NAME_THEN_PREPOSITION.match(title, i + 5))
        # "…a call between its prime minister and the Commission president": the two a "between" joins
        between = re.search(r"\bbetween\s+[^,;]{1,60}$", title[:i]) \
            or (re.search(r"\bboth\s+(?:[\w'’.-]+\s+){0,3}[\w'’.-]+$", title[:i]) and not VERB.match(title, i + 5))
        # ("…ruled that both Hungary and Slovakia had broken…": the two a correlative "both" joins, not "…killed soldiers on
        # both sides and halted…")
        # '"deliberate" and "illegal" actions', '"deliberately and dangerously"': words of one quotation
        quoted = (re.search(r"[\"”']\s*$", title[:i]) and re.match(r"\s*[\"“']", title[i + 5:])) \
            or ADVERB_LY.match(title[i + 5:]) \
            or _inside_quotation(title, i)  # ('an "updated and refined" framework')
        # ("…return to U.S.- and Saudi-brokered talks": a compound whose first half waits for its second)
        # ("…left a Kosovo police officer and three Serb gunmen dead": a second object, no verb after it, in a title
        # that fits once the cut is not made)
        # (…or a nationality's people: "…separate meetings with Hamas and Israeli delegations in Cairo")
        second_object = len(title) <= TITLE_MAX + 20 and re.match(
            # (a count may be hedged: "left 20 Indian soldiers and [at least] four Chinese soldiers dead")
            rf"(?:(?:at\s+least|at\s+most|some|about|around|nearly|almost|more\s+than|fewer\s+than|up\s+to|over)\s+)?"
            rf"(?:the|a|an|its|their|his|her|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|several|many|dozens|"
            rf"{NATIONALITY}\s+[a-z]{{3,}}s\b)\s", title[i + 5:]) \
            and (not VERB.search(title, i + 5)
                 # (…the state both were left in closing it: "left 11 border guards and three villagers [injured]")
                 or re.search(r"\b(?:left|leaving|leaves)\s", title[:i]) is not None
                 and VERB.search(title, i + 5).start() == title.rfind(" ") + 1)
        # ("A Chinese vessel rammed[ and fired water cannon at] a Philippine ship": two verbs of one object)
        shared_object = re.search(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})$", title[:i]) \
            and FIRST_VERB.search(title, 0, i) is not None and FIRST_VERB.search(title, 0, i).end() == i
        # ("…said that 460 patients and their companions were shot": two subjects of a said clause that has no verb before
        # the "and")
        # (…or a said clause with no "that": "the ministry says delegations from Israel and Hamas have arrived")
        # (…or of a relative clause after its preposition: "an attack in which a police officer and three gunmen were killed")
        # (…or a saying's gerund: ", saying its exports of food and fertiliser were obstructed")
        subjects = re.search(r"\b(?:that|whether|because|says|said|reports|reported|announces|announced|saying|claiming|"
                             r"arguing|insisting|warning|noting|adding|complaining|"
                             r"(?:in|during|at|under|by|from)\s+which)\s+(?P<np>[^,;()]+)$", title[:i])
        subjects = subjects is not None and not VERB.search(subjects["np"]) and not FIRST_VERB.search(subjects["np"]) \
            and (VERB.search(title, i + 5) is not None
                 # (…or a modal's: "said that Sudan's army and the RSF would send delegations")
                 or re.search(r"\b(?:would|will|could|should|might|may|must|can)\s+[a-z]", title[i + 5:]) is not None)
        # (…or of the sentence itself: "Officials from Libya's rival administrations and a dozen foreign governments meet…")
        # (a head with no verb is no clause to keep alone)
        # (an adjective's participle is no verb: "Yemen's internationally recognised government and the Houthis agreed")
        head = ATTRIBUTIVE_PARTICIPLE.sub("", title[:i])
        subjects = subjects or (not VERB.search(head) and not FIRST_VERB.search(head))
        # ("…in a resolution with Russia and China abstaining": the two subjects of an absolute "with" and its gerund)
        subjects = subjects or (re.search(r"\bwith\s+[^,;]{1,40}$", title[:i]) is not None
                                and re.match(r"[^,;]{1,40}?\b[a-z]{3,}ing\b", title[i + 5:]) is not None)
        # ("sentenced opposition leader and former prime minister Succès Masra": two roles of the one person named after)
        roles = _LOWER_ROLE_END.search(title, 0, i) is not None and _SECOND_ROLE_THEN_NAME.match(title, i + 5) is not None
        # ("presidential and parliamentary elections": two adjectives of one noun)
        adjectives = re.search(r"\b[a-z]{3,}(?:al|ary|ic|ive|ian)$", title[:i]) \
            and re.match(r"[a-z]{3,}(?:al|ary|ic|ive|ian)\s+[a-z]", title[i + 5:])
        # ("…military action on land, air and sea": a list's last word, no verb after it)
        listed = re.search(r"\b[a-z]+,\s+[a-z]+$", title[:i]) and not VERB.search(title, i + 5) \
            or re.search(r"\b[a-z]{3,}s,\s+[a-z]{3,}s$", title[:i]) and re.match(r"[a-z]{3,}(?:s|men)\b", title[i + 5:])
        # (…or a list of plurals, whatever follows: "sentenced dozens of opposition figures, lawyers and businessmen to…")
        if 0 < i <= TITLE_MAX + 20 and (not in_noun_phrase or VERB.search(title, i + 5)) and not in_name and not quoted \
                and not shared_object and not adjectives and not subjects and not listed and not roles \
                and not between and not second_object and not re.search(r"[\w.]-$", title[:i]):
            title = title[:i]  # "…to resume negotiations and to avoid…", not "the three central and eastern…"
    # (a clause cut after the source may have left it at the end: "…fell by a fifth, the agency said on Wednesday[,
    # as tighter enforcement…]")
    title = _without_attribution(title)
    if len(title) > TITLE_MAX + 20:
        # (at the last phrase's edge that fits, when one leaves a whole clause: "…ordered Serbia and Kosovo to return to
        # talks[ on their disputed northern border]"; else mid-phrase, with an ellipsis)
        # (…near the limit: an edge far before it would leave out what the rest tells, "…filed in federal court[ in Newark
        # by the Securities and Exchange Commission]")
        edge = next((m.start() for m in reversed(list(_PHRASE_EDGE.finditer(title, 70, TITLE_MAX + 20)))
                     if not _OPEN_END.search(title, 0, m.start()) and not _CLAUSE_WITHOUT_VERB.search(title, 0, m.start())
                     # (nor before the "into" a verb of turning needs: "to turn the mission[ in Haiti into a larger force]")
                     and not (_TURNING_INTO.search(title, 0, m.start()) and " into " in title[m.start():])
                     and (VERB.search(title, _clause_start_past_lists(title, m.start()), m.start())
                          or FIRST_VERB.search(title, _clause_start_past_lists(title, m.start()), m.start()))),
                    None)
        # (German closes its clause on the participle, which says what happened: "Thailand und Kambodscha haben … eine
        # gemeinsame Erklärung … unterzeichnet" keeps it after the ellipsis)
        closing = _GERMAN_CLOSING_VERB.search(title) if language_of(title) == "de" else None
        if edge is not None and language_of(title) == "en":
            title = title[:edge]
        elif closing is not None:
            title = title[: TITLE_MAX + 20 - len(closing["verb"]) - 2].rsplit(" ", 1)[0] + "… " + closing["verb"]
        else:
            title = title[: TITLE_MAX + 20].rsplit(" ", 1)[0] + "…"
    title = _without_end_stop(title)
    # "…exchanged 246 prisoners each, hours [after …]": a measure left of a clause that went
    title = re.sub(r",\s+(?:[\w-]+\s+){0,3}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|century|centuries|moments)$", "",
                   title)  # (", more than a decade [after…]")
    # "[When] Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar": a time clause left without the main clause it
    # opened is the happening itself
    when = re.match(r"(?:When|Once)\s+(?=[A-Z]|the\s|a\s)", title)
    if when is not None and VERB.search(title) and "," not in LIST_OF_NAMES.sub("N", title[when.end():]):
        title = title[when.end()].upper() + title[when.end() + 1:]
    # "[That] senior commanders could join them": a said clause's "that", left when its saying went with another date
    said_that = _SAID_THAT_LEFT.match(title)
    if said_that is not None:
        title = title[said_that.end()].upper() + title[said_that.end() + 1:]
    # (…in the other languages we read: "[Cuando] el presidente boliviano asumió el cargo", "[Lorsque] le sommet s'est
    # ouvert")
    when = _ROMANCE_WHEN_OPENING.match(title)
    if when is not None and "," not in title and len(title[when.end():].split()) >= 3:
        title = title[when.end()].upper() + title[when.end() + 1:]
    # "UNMISS was established [on 8 July 2011], the day before independence": the date said again, counted from another day
    # (…or what day it was: ", the eve of the second anniversary of the attack", ", the third anniversary of the war")
    title = re.sub(r",\s+(?:the|a)\s+(?:day|night|week|month|year)\s+(?:before|after)\s+[^,;]{1,40}$"
                   r"|,\s+the\s+(?:eve\s+of\s+the\s+)?(?:[\w-]+\s+)?anniversary\s+of\s+[^,;]{1,80}$"
                   r"|,\s+the\s+eve\s+of\s+[^,;]{1,80}$", "", title)
    # "They made peace[, a rapprochement for which Abiy won the Nobel Peace Prize]": an appositive whose own clause tells
    # another happening (with its own date, gone from here) goes
    title = re.sub(r",\s+(?:a|an|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:for|in|on|at|by|with|during|after|under)\s+which\s+"
                   r"[^,;]+$", "", title)
    # "A new session could open before Ramadan ends[, which would put it]": a relative that only placed the thing at the
    # date, gone from here, goes with it
    title = re.sub(r",\s+(?:which\s+(?:would|will|could|should|might|may)\s+|putting\s+|placing\s+)(?:(?:put|place|set|bring|"
                   r"push|make)\s+)?(?:it|them|that|this|the\s+[a-z]+)$", "", title)
    # "ECOWAS had given them a deadline to reconsider[, a grace period]": an appositive whose own clause went with its
    # date is left a bare noun, and goes
    title = re.sub(r"(?<=[a-z]{3}),\s+(?:a|an)\s+[a-z]+(?:\s+[a-z]+)?$", "", title) \
        if re.search(r"\b(?:[a-z]{3,}ed|had|has|was|were)\b", title) else title
    # (…as is a count of its kind: "The commissions met in Gabala[, their twelfth meeting]")
    counted = re.search(rf"(?<=[a-z]{{3}}),\s+(?:their|its|his|her|the)\s+(?:{lx.ORDINAL_RE}|latest)\s+[a-z]+$", title)
    if counted is not None and _verb_before(title, counted.start()):
        title = title[:counted.start()]
    # "The war ended with Resolution 1701[, which was never fully implemented]", "…threatened to use force[, a threat it
    # has not carried out]": what never became of the thing is no part of the happening
    # (not from a bare noun phrase, whose relative is all the date tells: "the 5+2 format, which has not met [since 2019]")
    # (…nor how many of them came to anything: "…agreement on six measures[, of which only two have been carried out]")
    never = re.search(r",\s+(?:which\s+(?:was|were|has|have|had)\s+(?:been\s+)?|(?:a|an)\s+[\w-]+\s+(?:it|they|he|she|we)\s+"
                      r"(?:has|have|had)\s+)(?:never|not)\b[^,;]*$"
                      rf"|,\s+(?:of\s+which\s+(?:(?:only|just)\s+)?{_SHARE_OF_THEM}|(?:(?:only|just)\s+)?{_SHARE_OF_THEM}\s+of\s+which)"
                      r"\s+(?:has|have|had|was|were|is|are)\b[^,;]*$", title)
    if never is not None and _verb_before(title, never.start()):
        title = title[:never.start()]
    # "The ECOWAS court ordered his release in December 2023[, a ruling the junta has ignored]": what has since become of
    # the thing, set off as a noun and a clause of its own, is no part of the happening
    since_become = re.search(r",\s+(?:a|an)\s+(?:[a-z-]+\s+)?[a-z]+\s+(?:that\s+|which\s+)?(?:the\s+)?[A-Za-z][\w'’.-]*"
                             r"(?:\s+[A-Z][\w'’.-]*)?\s+(?:has|have|had)\s+(?:(?:so\s+far|since|long|largely|repeatedly)\s+)?"
                             r"[a-z]{3,}(?:ed|en)$", title)
    if since_become is not None and _verb_before(title, since_become.start()):
        title = title[:since_become.start()]
    # "About 71,000 people arrived in the first ten months[, most of them women]": who they mostly were, set off after the
    # happening, is no part of it
    mostly = re.search(rf",\s+(?:(?:nearly|almost)\s+)?{_SHARE_OF_THEM}\s+of\s+(?:them|whom)\s+(?![^,;]*\b(?:{AUXILIARY})\b)"
                       r"[^,;]*$", title)
    if mostly is not None and _verb_before(title, mostly.start()):
        title = title[:mostly.start()]
    # "Relations soured over a dispute[, before improving]": a gerund left without what it was after goes
    title = re.sub(r",?\s+(?:before|after)\s+[a-z]{3,}ing$", "", title)
    # "…may not qualify because[, under the proposed guidelines, …]": a joining word left at the end
    title = _DANGLING_END.sub("", title)
    for quote_open, quote_close in (("\"", "\""), ("“", "”"), ("``", "''")):
        opened, closed = title.count(quote_open), title.count(quote_close)
        if opened % 2 if quote_open == quote_close else opened != closed:
            title = title.replace(quote_open, "").replace(quote_close, "")
    return title.strip(" ,")


#: A title that opens with a noun phrase and a restrictive relative clause in the past: "A ceasefire that ended…".
_LEADING_RELATIVE = re.compile(rf"(?P<np>(?:The|A|An|Its|Their|His|Her)\s+[^,;]{{1,50}}?)\s+(?:that|who)\s+"
                               rf"(?=(?:[a-z]{{3,}}ed|{TRANSITIVE_PASTS})\b)")


#: How often a subject was done to before, set off before its verb: ", postponed twice, ", ", delayed repeatedly, ".
_TIMES_DONE_ASIDE = re.compile(r",\s+(?:[a-z]{3,}ed|put\s+off)\s+(?:twice|again|once|repeatedly|several\s+times|(?:two|three|four|"
                               r"five)\s+times)\s*,\s+(?=(?:is|are|was|were|has|have|had|will)\b)")
#: What others expect or doubt of it, joined by "but": " but few diplomats expect them to take place on time".
_OTHERS_DOUBT_AFTER_BUT = re.compile(r"(?<=\w),?\s+but\s+(?:(?:few|many|most|some|several|other)\s+)?(?:[a-z]+\s+)?[a-z]{3,}s\s+"
                                     r"(?:(?:still|now)\s+)?(?:expect|doubt|say|believe|fear|warn|think|question|predict)\b[^;]*$")
#: A present perfect of what has not happened since, joined by "but": "…but has not been recognised by any country".
_NOT_SINCE_PREDICATE = re.compile(r",?\s+but\s+(?:has|have)\s+(?:not|never|yet\s+to|so\s+far\s+not)\b[^;]*$"
                                  # (…or a past of what never came of it: "…deployed its first officers in June 2024[ but
                                  # never reached its planned strength]")
                                  r"|,?\s+but\s+never\s+(?:[a-z]{3,}ed|reached|won|got|came|took|made|met|held)\b[^;]*$")
#: The medium of a saying before what it said: "said [in a joint statement] that…".
_SAYING_MEDIUM = re.compile(r"\b(?P<verb>said|says|announced|stated|added|warned)\s+in\s+(?:a|an|the|its|their|his|her)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:statement|interview|letter|post|speech|communiqu[eé]|briefing|message|"
                            r"address|declaration|readout|report)\s+(?=that\b)")
