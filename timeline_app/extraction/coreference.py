"""Who "he" or "she" is, and what "it" is, when a sentence opens with it.

A title such as "He is due in Israel" means nothing on a timeline, away from the article. News
names a person as the subject of one sentence and goes on with "He …" in the next, so a sentence
that opens with "He"/"She" is given the person who opened one of the two sentences before it, when
one did and nobody else was named in between. An "It" that goes on about a thing ("The treaty was
signed in 2010. It entered into force in 2011.") is given the noun phrase the sentence before opened
with, never the "it" of "it is unclear whether". Anything less sure keeps the pronoun: a wrong name
on an event is worse than none.
"""

from __future__ import annotations

import re

from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.dateline import COLON_ENTRY_LABEL, ENTRY_LABEL, SPEAKER_NAME, clock_stamp_end
from timeline_app.extraction.lexicon import PERSON_ROLE_WORDS
from timeline_app.extraction.verbs import PLAIN_PASTS, past_of_base, words_pattern

#: How many sentences back the person who opened a sentence stays the one "he" or "she" means.
REACH = 2
#: The subject of a sentence: what comes before its first lowercase word ("U.S. envoy Amos
#: Hochstein arrived…" → "U.S. envoy Amos Hochstein").
_SUBJECT = re.compile(r"^[\"“'‘]?((?:[A-Z][\w.'’-]*|[a-z]+(?=\s+[A-Z]))"
                      r"(?:\s+(?:[A-Z][\w.'’-]*|of|de|al-\w+|bin|van|von|[a-z]+(?=\s+[A-Z][a-z]+\s+[A-Z])))*)")
#: A name of two or three capitalised words opening a sentence, the last a surname ("James Kopp",
#: "James E. Ousley"); "Control Data" and "Home Shopping Network" end in words no surname is.
_BARE_NAME = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+\s+(?:[A-Z]\.\s+|[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+\s+)?"
                        # (letters beyond English's too: "Juha Niemelä", "Łukasz Wróbel")
                        r"(?P<last>[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_A-Z]+)?)$")
#: Last words of names that no surname is: the name is a body's or a place's ("Control Data", "Home
#: Shopping Network", "the United States"), not a person's "he" or "she" could stand for.
NOT_SURNAMES = frozenset({
    "Data", "Systems", "Network", "Group", "Bank", "Party", "Council", "Ministry", "Army", "Forces", "News", "Times",
    "Post", "Press", "Corp", "Inc", "Co", "Company", "Union", "Court", "Office", "Department", "Service", "Agency",
    "Committee", "Commission", "Fund", "Board", "House", "Street", "Government", "States", "Nations", "Republic",
    "Kingdom", "Kong", "York", "Jersey", "Africa", "America", "Arabia", "Korea", "Zealand", "Lanka", "Leone",
    "Congress", "Parliament", "Senate", "Assembly", "Cabinet", "Kremlin", "Pentagon", "Navy", "Guard",
})
#: Chinese and Korean family names, which come first: "President Xi Jinping" is Xi, "President Lee
#: Jae-myung" is Lee (a hyphenated given name in lower case after the hyphen is one too).
_FAMILY_NAME_FIRST = frozenset(
    "Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han "
    "Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Wen "
    "Qin Mao Kim Lee Park Choi Jung Chung Kang Cho Yoon Jang Lim Shin Oh Seo Kwon Hwang Ahn Song Hong Moon Roh Chun Ban".split())
_GIVEN_NAME_AFTER = re.compile(r"[A-Z][a-z]+-[a-z]+(?:['’]s?)?")  # (its possessive too: "Lai Ching-te's inauguration")


def possessive(name: str) -> str:
    """"Melia's", but "Unisys'" and "Ogden Projects'": a name that ends in s takes the apostrophe alone."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def family_name_first(first: str, last: str) -> bool:
    """Whether a two-word name gives its family name first ("Xi Jinping", "Lee Jae-myung")."""
    return first in _FAMILY_NAME_FIRST or bool(_GIVEN_NAME_AFTER.fullmatch(last))


def surname(name: str) -> str:
    """The word a headline calls a person by: the last one, or the family name that comes first."""
    words = name.split()
    return words[-2] if len(words) >= 2 and family_name_first(words[-2], words[-1]) else words[-1]


#: (…and in the other languages we read: "Il a été arrêté", "Elle a démissionné", "Er trat zurück", "Él renunció")
#: (French's "Il" before its verb, not Italian's article before a noun: "Il a été arrêté", not "Il trattato era stato parafato"
#: nor "Il presidente")
_PRONOUN = re.compile(r"^(?:He|She|Elle|Er|Él|Ella|Ele|Ela)\b"
                      r"|^Il(?=\s+(?:n['’]|s['’]|l['’]|y\s|en\s|ne\s|se\s|lui\s|leur\s|"
                      r"(?![a-zà-ÿ]*(?:nte|ore|ale|one|ere|ile|ese)\b)[a-zà-ÿ]*(?:a|e|é|t|aient)\b))")
#: The pronouns that stand for a woman.
_SHE = ("She ", "Her ", "Elle ", "Ella ", "Ela ")
#: A participle or time phrase that opens a sentence before its subject: "Born in Gothenburg in 1945, ", "After retiring in
#: 2008, ".
#: (…two of them too, and a span: "In April 1992, days after fighting broke out, she…", "From 1997 to 2001 she…")
_FRONTED_PHRASE = re.compile(r"(?:Born|Elected|Appointed|Named|Educated|Trained|After|Before|Since|Following|During|Until|"
                             r"While|When|As|In|On|At|From|Between)\s"
                             r"(?:(?:[^,;:]{2,80},\s+){1,2}(?=[A-Z][a-z]|(?:he|she)\s)|[^,;:]{2,30}?\s(?=(?:he|she)\s))")
_PERSON_OWNER = re.compile(r"^(His|Her)\s+(?=[a-z])")
#: A role, then the name of who holds it between commas, opening a sentence: "The RSF leader, Mohamed Hamdan Dagalo, ",
#: "The United Nations envoy for Sudan, Ramtane Lamamra, ".
ROLE_THEN_NAME_OPENING = re.compile(r"^(?:The|[A-Z][\w'’.-]*['’]s|His|Her|Its|Their|Le|La|L['’]|El|Il|Lo|O|A|Der|Die)\s*"
                                    r"(?:[\w'’.-]+\s+){0,3}[a-zà-ÿ][\w-]*"
                                    # (…with what the role is for, in a few words: "The EU special representative for the
                                    # Belgrade-Pristina dialogue", "Der EU-Sonderbeauftragte für den Dialog zwischen Belgrad
                                    # und Pristina")
                                    r"(?:\s+(?:for|of|to|in|on|für|pour|para|per)\s+(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)?,\s+"
                                    # (an Arabic article in the surname: "Ahmed al-Sharaa")
                                    r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}(?:al-|el-)?[A-ZÀ-Ý][\w'’.-]*),\s+(?=[a-zà-ÿ])")
#: The words of a person's role, with those that name no office but a post: "chief", "spokesman", "commander".
_ROLE_WORDS = rf"{PERSON_ROLE_WORDS}|chief|commander|spokes(?:man|woman|person)"
#: A role told in words, then the name of who holds it, opening a sentence without commas: "Le président tchadien Mahamat
#: Idriss Déby a prêté serment", "El presidente colombiano Gustavo Petro dijo".
ROLE_WORDS_THEN_NAME = re.compile(r"^(?:(?:The|Le|La|L['’]|El|Il|Lo|O|A|Der|Die)\s*"
                                  # (…or a nationality's or body's word with no article: "Swiss diplomat Thomas Greminger",
                                  # "EU foreign policy chief Kaja Kallas")
                                  # (its role in lower case, a common noun: not "Former President Jonas Vik")
                                  rf"|(?:[A-Z][\w.'’-]*\s+){{1,2}}(?=(?:[a-z-]+\s+){{0,2}}(?:{_ROLE_WORDS})\s+[A-Z]))"
                                  r"(?:[a-zà-ÿ-]+\s+){0,2}"
                                  # (not a ministry's name after its preposition: "The Minister for Foreign Affairs")
                                  rf"(?i:{_ROLE_WORDS})(?:\s+(?!(?:for|of|to|in|on|at|with|from|de|du|des|del|für|von)\s)"
                                  r"[a-zà-ÿ-]+){0,2}\s+"
                                  r"(?P<name>(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,3}[A-ZÀ-Ý][\w'’.-]*)\s+(?=[a-zà-ÿ])")
#: A title whose subject did something to "it", and nothing more: "Berlin announced it".
_IT_AS_LAST_OBJECT = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,4}(?:[a-z]{3,}ed|[a-z]{3,})\s+it")
#: A text handled by its pronoun after a past: "accepted it", "initialled it" (not "made it clear").
_DOCUMENT_HANDLED_IT = re.compile(r"\b(?P<verb>accepted|rejected|signed|initialled|initialed|ratified|approved|adopted|endorsed|"
                                  r"implemented|suspended|published|unveiled|presented|submitted|received|discussed|"
                                  r"reviewed|amended|revised|withdrew|scrapped|shelved|finali[sz]ed)\s+(?:[a-z]+ly\s+)?"
                                  r"(?P<it>it)\b(?!\s+(?:was|is|had|has|would|will)\b)")
#: A text a past produced, with its article: "drafted [a new plan]", "agreed [the text of a peace treaty]".
_DOCUMENT_PRODUCED = re.compile(rf"\b(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\s+(?P<np>(?:a|an|the|its|their)\s+"
                                r"(?:[\w-]+\s+){0,2}?(?:plan|deal|text|treaty|agreement|accord|proposal|draft|resolution|"
                                r"framework|declaration|roadmap|memorandum|bill|law|charter|constitution|protocol|annex|"
                                r"communiqu[eé]|statement|report|offer)(?:\s+of\s+(?:a|an|the)\s+[\w-]+"
                                r"(?:\s+(?!(?:in|on|at|by|for|with|to|from|and|or|last|this|next|that|which)\b)[\w-]+){0,2})?)\b")
#: What only a text undergoes, never the country or person who signs it: "signed", "ratified".
TEXT_UNDERGONE = (r"(?:signed|initialled|initialed|ratified|adopted|approved|drafted|brokered|negotiated|amended|renewed|"
                  r"extended|violated|breached|endorsed|concluded|countersigned|"
                  # (…or put before others, a proposal: "since it was first floated")
                  r"floated|proposed|tabled|unveiled|presented|submitted|mooted|put\s+forward)")
#: An "it" that a text underwent: "It was formally signed in Paris", "…a year after it was signed in Istanbul".
IT_AS_TEXT = re.compile(rf"\b[Ii]t\s+(?:was|were|is|had\s+been|has\s+been)\s+(?:[a-z]+ly\s+|first\s+)?{TEXT_UNDERGONE}\b")
#: A text named with its determiner, by its own name or a common noun: "the Black Sea Grain Initiative", "the accord".
_TEXT_NAMED = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<words>(?:(?!(?:the|a|an|its|their|that|which|who|and|or|to|of|"
                         r"in|on|at|by|for|with)\b|[a-z]+ed\b)[\w'’-]+\s+){0,5}?"
                         r"(?i:initiative|agreement|accords?|treaty|pact|deal|protocol|declaration|plan|charter|convention|"
                         r"memorandum|resolution|truce|ceasefire|armistice|constitution|framework|roadmap|road\s+map|"
                         r"text|draft|proposal|bill|scheme|offer|motion|blueprint))\b")


def _names_a_text(np: str) -> bool:
    """Whether a thing a sentence opened with ("The treaty", "The peace plan") is a text, which is signed or initialled."""
    return bool(_TEXT_NAMED.fullmatch(np[:1].lower() + np[1:]))


def text_named_before(text: str, end: int) -> str | None:
    """The last text `text` names before `end`, told with "the" ("the Black Sea Grain Initiative", "the accord"): what an
    "it" that was signed or ratified means."""
    named = list(_TEXT_NAMED.finditer(text, 0, end))
    return f"the {named[-1]['words']}" if named else None


#: A subject's aside that did something to plural things, set off by commas: "Insurers[, who had raised war-risk premiums
#: sixfold during the attacks,]" (the things: "war-risk premiums").
_ASIDE_PLURAL_OBJECT = re.compile(r"^[A-Z][^,]{0,60},\s+(?:who|which)\s+(?:(?:had|have|has)\s+)?(?:[a-z]+ly\s+)?[a-z]{3,}ed\s+"
                                  r"(?P<np>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*[^s\W]s)\b[^,;]{0,100},\s+")
#: A past done to "them" right after the subject: "Insurers [cut them]".
_DONE_TO_THEM = re.compile(r"^[A-Z][\w'’.-]*(?:\s+[A-Z]?[\w'’.-]+){0,3}?\s+(?:[a-z]{3,}ed|cut|shut|put|set|let)\s+(?P<them>them)\b")
#: Talks or other gatherings handled by their pronoun after a past: "suspended them", "hosted them".
_TALKS_HANDLED_THEM = re.compile(r"\b(?:suspended|postponed|resumed|cancell?ed|hosted|co-hosted|broke\s+off|called\s+off|"
                                 r"boycotted|chaired|mediated|convened|adjourned)\s+(?P<them>them)\b")
#: Talks opening a sentence, named by who they are between: "Talks between Sudan's army and the RSF will resume…".
_BARE_TALKS_SUBJECT = re.compile(r"(?:Peace\s+)?(?P<noun>talks|negotiations|consultations|discussions)\s+(?:between|with|on|over)\s+"
                                 r"[^,;.]{3,80}?\s+(?:will|would|have|had|were|are|resumed|opened|began|ended|stalled|broke)\b",
                                 re.I)
#: A noun phrase with its article, which an "it" after it may mean.
_DETERMINED_NOUN = re.compile(r"\b(?:the|a|an)\s+[a-z]", re.I)
#: A man the sentence's subject does something to: "sent [him] to the Great Lakes".
OBJECT_HIM = re.compile(r"\b[a-z]{3,}(?:ed|t)\s+him\b")
_CAPITAL = re.compile(r"[A-Z]")
_AFTER_PREPOSITION = re.compile(r"\b(?:with|to|for|from|by|of|on|at|in|about|against|between|among|including)\s+"
                                r"(?:(?!(?:and|or)\b)[\w.'’-]+\s+){0,3}$"
                                # …or the object of a closing participle: "…won the vote, defeating the incumbent
                                # Ersin Tatar": the one who won goes on being "he"
                                r"|,\s+[a-z]{3,}ing\s+(?:(?!(?:and|or)\b)[\w.'’-]+\s+){0,3}$")
#: "It" going on about a thing, not the "it" of "it is unclear whether", "it took three years to".
_IT = re.compile(r"^It\s+(?:(?:was|is|has\s+been|had\s+been)\s+(?=[a-z]{3,}ed\b(?!\s+(?:that|to|whether|by\s+many)\b)"
                 # (…or a doing under way: "By early 2021 it was enriching to 60% purity")
                 r"|(?!(?:becoming|getting|going|beginning|seeming|looking|trying|hoping)\b)[a-z]{3,}ing\b(?!\s+(?:that|whether)\b)"
                 # (…or what it was due to do: "It was due to expire on Dec. 1")
                 r"|(?:due|set|scheduled)\s+to\s+[a-z])"
                 r"|(?!(?:is|was|'s|has\s+been|had\s+been|remains|remained|seems|seemed|appears|appeared|"
                 # (but a course run: "It took effect at 6 a.m.")
                 # (…told ahead too: "It will enter into force on Friday")
                 r"would|will(?!\s+(?:enter\s+into\s+force|come\s+into\s+force|take\s+effect|expire|lapse)\b)|could|may|might|"
                 r"takes(?!\s+effect)|took(?!\s+effect)|became|becomes)\b))[a-z]")
#: A sentence opening with a thing that something was done to: "The treaty was signed…", "The
#: 2015 deal was reached…" (a noun phrase of a few words, no preposition, then a passive). A thing
#: that acts ("The launch was the fourth. It last fired…") is left: its "it" may be someone else.
_THING_SUBJECT = re.compile(r"^(?P<np>The\s+(?:[a-z0-9][\w-]*\s+){0,2}?[a-z][\w-]*"
                            # …or a thing's name: "New START was signed…"
                            r"|(?:The\s+)?(?!(?:The|A|An|In|On|At|It|This|That|He|She|They)\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}"
                            # (…and the kind of text it names: "The New START treaty was signed…")
                            r"(?:\s+(?:treaty|agreement|accord|deal|pact|protocol|convention|charter|declaration))?)"
                            r"\s+(?:(?:was|were|is|has\s+been|had\s+been)"
                            r"\s+(?:(?:[a-z]+ly|first|later|initially|originally)\s+)?(?:[a-z]{3,}ed|held|made|built|set|drawn|written|taken|given|signed|"
                            r"brokered|reached|struck|won|lost|shut|cut|kept|frozen|broken|rebuilt|sunk|sent|sold|bought|found|"
                            r"chosen|begun|done|shot|stolen|torn\s+down|blown\s+up|hit|led)"
                            # (…or what a text or a plan does of itself: "The non-binding resolution passed by 165 votes")
                            r"|passed|expired|lapsed|collapsed|failed|took\s+effect|entered\s+into\s+force"
                            # (…or a process's course: "The dialogue stalled in 2018… It resumed in July 2020")
                            r"|stalled|resumed|broke\s+down|faltered|foundered"
                            # (…or what a text did by its terms: "The deal ended a conflict… It came eight months after…")
                            r"|ended|created|established|granted|allowed|required|obliged|committed|paved"
                            # (…or bounds it set, told in the past or the present: "New START capped the arsenals… It was
                            # signed in Prague")
                            r"|capped|caps|limited|limits|restricted|restricts|banned|bans|barred|bars|prohibited|prohibits"
                            # (…or a sitting's course: "The session opened at 1:30 p.m. … It resumed that evening")
                            r"|opened|began|started|closed)\b"
                            # (…or a body that did or said something: "The electoral council said… It resumed updating…")
                            r"|^(?P<body>The\s+(?:[a-z][\w-]*\s+){0,2}(?:council|commission|court|committee|ministry|government|"
                            r"parliament|army|agency|mission|tribunal|board|assembly|authority|office|bloc|alliance|union|"
                            r"company|party|junta|cabinet|group|movement|militia|coalition))"
                            # (an aside may stand before its verb: "The army-backed government, based in Port Sudan, has…")
                            r"(?:,\s+[^,;:()]{2,80},)?\s+"
                            # (…or did not yet: "The electoral council has still not published results. It said…")
                            rf"(?:(?:[a-z]+ly|first|later|then|also)\s+)?(?:(?:has|have|had)\s+(?:[a-z]+ly\s+)?(?:(?:still|yet|not|never)\s+){{0,2}})?"
                            rf"(?:said|says|announced|[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")


#: Who an interview is with, told before its questions: "The UN envoy for Yemen spoke to us on Wednesday", "Foreign
#: Minister X talked to this newspaper".
_SPOKE_TO_US = re.compile(r"(?:(?:The\s+|[A-Z][\w.-]*['’]s\s+)(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,\s+"
                          # (a role with the holder's name set off: "Norway's special envoy for Colombia, Ingrid Berg,")
                          r"(?P<named>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*),"
                          r"|(?P<who>(?:The|A|An)\s+(?:[\w'’.-]+\s+){0,6}?[\w'’.-]+|(?:[A-Z][\w'’.-]*\s+){1,4}[A-Z][\w'’.-]*"
                          # (…or a country's role and its holder: "Ukraine's chief negotiator Rustem Umerov")
                          r"|[A-Z][\w.-]*['’]s\s+(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*))"
                          r"\s+(?:spoke|talked|told)\s+(?:to\s+)?(?:us|this\s+(?:newspaper|agency|paper|website|programme|program)"
                          r"|our\s+(?:correspondent|reporter|editor|newspaper|agency)"
                          # (…or the agency by its name, in its own wire: "spoke to AP", "told Reuters")
                          r"|(?:the\s+)?(?:AP|AFP|Reuters|Associated\s+Press|dpa|EFE|ANSA|Xinhua|Anadolu))\b")
#: An interview's question and answer labels: "Q:", "Question:", "A:", "Answer:".
_QUESTION_LABEL = re.compile(r"\s*(?:Q|Question)\s*[:.]\s")
_ANSWER_LABEL = re.compile(r"\s*(?:A|Answer)\s*[:.]\s")
#: A title told in the first person: "I will travel", "I am", "I have".
_FIRST_PERSON = re.compile(r"^I(?:(?P<verb>'m)|\s+(?P<verb2>am|have)\b|\s+(?P<present>plan|hope|intend|expect|want|aim|"
                           r"think|believe|need|go|travel|meet|return)\b|\s+)")
#: A question's statement of what the one asked did: "You met…", "You signed…".
_YOU_DID = re.compile(rf"You\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: An "It" whose verb tells a happening's course: "It ended", "It lasted three years", "It broke out".
_IT_RUNS_ITS_COURSE = re.compile(r"It\s+(?:(?:finally|eventually|only|officially)\s+)?(?:ended|began|lasted|collapsed|expired|"
                                 r"lapsed|broke\s+out|took\s+effect|resumed|escalated|eased|was\s+lifted|was\s+extended|"
                                 r"was\s+called\s+off)\b")
#: What a happening or a text does when its time runs out, told again as "it": "It lapsed", "It finally expired" (a country
#: never does).
IT_RAN_OUT = re.compile(r"It\s+(?:(?:finally|eventually|only|officially)\s+)?(?:expired|lapsed|collapsed|ended)\b")
#: A happening a sentence names as the object of its doing, or as its subject: "imposed [a boycott] on Qatar", "declared a
#: truce", "[The ceasefire] signed that August was never verified".
_HAPPENING_OBJECT = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>boycott|blockade|embargo|truce|ceasefire|"
                               r"siege|war|offensive|strike|crisis|standoff|conflict|occupation|campaign|lockdown|curfew|"
                               r"moratorium|freeze|suspension|withdrawal|exit|ban)\b")
#: A section's label before its first sentence: "Background: ", "Context: " (not a speaker's name, whom the sentence is
#: said by).
_SECTION_LABEL = re.compile(r"(?:Background|Context|Analysis|Update|Recap|Timeline|Note|Editor['’]s\s+note|Why\s+it\s+matters|"
                            r"What['’]s\s+next):\s+(?=[A-Z])")
#: A stage of a happening or of a text's carrying out: "first phase", "second round", "final stage".
_STAGE = re.compile(r"(?:(?:first|second|third|final|last|next|initial|opening)\s+)?(?:phase|stage|round|part|step|leg)\b")
#: A question asking the day of a happening: "When did [the process] [start] [to go wrong]?".
_WHEN_DID = re.compile(r"(?:(?:Q|Question)\s*[:.]\s*)?When\s+did\s+(?P<np>(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+|"
                       r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+(?P<verb>[a-z]{3,})(?P<rest>[^?]{0,60})\?$")
#: An answer that is only the speaker's hedge once its date has gone: "I would say", "I think", "Probably".
_HEDGE_ONLY = re.compile(r"(?:I\s+(?:would|'d)\s+say|I\s+(?:think|believe|guess)|(?:Probably|Perhaps|Maybe|Roughly|Around|"
                         r"About|Sometime|Somewhere))(?:\s+(?:it\s+was|around|about|sometime))?")
#: What only a document undergoes: "It was signed", "It was ratified".
_IT_WAS_SIGNED = re.compile(r"It\s+was\s+(?:(?:finally|formally|eventually|later|then|quickly)\s+)?(?:signed|ratified|initial+ed|"
                            r"renewed|approved|adopted|concluded|endorsed|drafted|published|tabled|extended|amended)\b")
#: What only a text does once made: "It took effect", "It came into force" (a truce's course is `_IT_RUNS_ITS_COURSE`'s).
_IT_CAME_INTO_FORCE = re.compile(r"It\s+(?:(?:finally|formally|officially|only)\s+)?(?:took\s+effect|came\s+into\s+force|"
                                 r"entered\s+into\s+force)\b")
#: A document a sentence names: "brokered [a deal]", "drafted the new treaty".
_DOCUMENT_OBJECT = re.compile(r"\b(?:a|an|the|its|their)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>deal|agreement|accord|treaty|pact|"
                              r"memorandum|declaration|resolution|protocol|charter|convention|law|bill|framework|roadmap|"
                              r"road\s+map)\b")
#: "It" as the subject after an opening phrase set off by its comma: "Signed in Prague in April 2010, it entered".
_IT_AFTER_OPENING = re.compile(r"[A-Z][^,;.!?]{2,150},\s+it\s+[a-z]")
#: A question about a thing, with it: "When did [the sanctions] return?", "WHY WAS THE TRUCE SIGNED?".
_ASKED_ABOUT = re.compile(r"(?:(?:Q|QUESTION|Question)\s*[:.]\s*)?(?:(?:When|Why|How|Where|What(?!\s+(?:is|are|was|were)\s+"
                          # (not what a thing is, told below: "What was [the grain deal]?", not "the grain")
                          r"the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*\?))\s+(?:did|do|does|is|are|was|"
                          # (the verb in lower case, or all the question in capitals: "What did [the Security Council]
                          # decide?", not "the Security")
                          # (…or a thing's name: "What did [New START] do?")
                          r"were|will|has|have)\s+(?P<np>the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
                          r"\s+(?-i:[a-z]+|[A-Z]+\b)(?:\s+(?-i:[a-z]+|[A-Z]+\b))?"
                          # (…or a topic alone, as a press conference's follow-up asks: "And the visit to Beijing?")
                          r"|(?:And|What\s+about|How\s+about)\s+(?P<topic>the\s+(?:[a-z-]+\s+){0,2}?[a-z-]+"
                          r"(?:\s+(?:to|in|with|of|on)\s+(?:the\s+)?[A-Za-z][\w-]*)?)"
                          # (…its participle and date after it: "And the sanctions announced last Thursday?")
                          r"(?:\s+[a-z]{3,}ed\b[^?]{0,40})?"
                          # (…or what a thing is: "What is the treaty?", which the answer's "it" goes on about)
                          r"|What\s+(?:is|are|was|were)\s+(?P<defined>the\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+))\s*\?", re.I)

#: A sentence opening with things named in the plural that act or were acted on: "The talks ended
#: for the day.", "The two delegations were received…" (lower-case words only: no names, no people's titles).
# (or an adjective in place of "The": "Previous truces collapsed quickly")
_PLURAL_SUBJECT = re.compile(r"^(?P<np>(?:The\s+|(?:Previous|Earlier|Past|Recent|Other|Several|Many|Both|Some|Most)\s+"
                             # (…or a bare plural with its adjective: "Exploratory talks began in 2002")
                             # (not a count of time: "Seventeen years ago tonight")
                             r"|(?=(?!(?:They|These|Those|Their|Its|His|Her|Our|This|That)\s)[A-Z][a-z]{2,}\s+"
                             r"(?!(?:years|months|weeks|days|hours|minutes|decades|centuries|times|people)\b)[a-z]{3,}[^s\W]s\s))"
                             # (a name or an acronym among its words: "The first EU sanctions")
                             # (one noun phrase: no second determiner, "The closest [the] two sides came")
                             r"(?:(?!(?:the|a|an|this|that)\s)(?:[A-Z0-9][\w.'’-]*|[a-z0-9][\w-]*(?<!ed))\s+){0,3}?[a-z][\w-]*[a-z]s"
                             # (…and the names they are of: "The presidents of Congo and Rwanda")
                             r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3}"
                             # (…or the sides they are of: "The operations directors of both armies")
                             r"|\s+of\s+(?:both|the\s+two|the\s+three|all)\s+[a-z]+s)?)"
                             # (…its name set off after it: "The exercises, known as Freedom Shield, will run…")
                             # (…or a relative aside: "The three juntas, which seized power in coups, formed…")
                             r"(?:,\s+(?:(?:also\s+)?(?:known\s+as|called|dubbed|named|codenamed)\s+[^,;]{1,40}|(?:which|who)\s+"
                             r"[^,;]{3,120}),)?\s+"
                             # (its verb no article: "The Secretary-General welcomes [the] agreement" is no plural)
                             # (…and no present's "-s", which a plural's verb has not: "The operations [directors]" is one
                             # noun phrase)
                             r"(?:(?:have|had|were|are|will)\s+)?(?:[a-z]+ly\s+)?(?!(?:the|and|its|their|his|her|for|with|"
                             r"from|all|any|this|that)\b)(?![a-z]+[^su\W]s\b)[a-z]{3,}(?:ed)?\b")
#: The conjunctions that open a time clause whose subject and doing a rule below reads: "when", "after".
_TIME_CLAUSE_OPENER = r"(?:when|after|as|before|until)"
#: A time clause whose subject, a body or a role, does something to "him": "when the African Union named him".
_CLAUSE_OF_ANOTHER_DOING_TO_HIM = re.compile(rf"\b{_TIME_CLAUSE_OPENER}\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){{1,4}}"
                                             r"[a-z]{3,}(?:ed|t)\s+him\b")
#: A time clause's subject named in full (a first name and a surname) before its past: "when [Omar Bongo] took".
_NAME_SUBJECT_OF_CLAUSE = re.compile(rf",\s+{_TIME_CLAUSE_OPENER}\s+(?P<name>[A-Z][a-z]+\s+(?:[A-Z][\w'’-]+\s+)?"
                                     rf"(?P<last>[A-Z][\w'’-]+))\s+(?:[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
#: A conjunction right before a clause's subject: ", when ", "after ", "because ".
_CLAUSE_OPENER_BEFORE = re.compile(r"\b(?:when|after|as|while|because|since|until|before|once)\s+$")
#: A sentence adverb opening a sentence before its subject: "Separately, ", "Meanwhile, ".
_OPENING_ADVERB = re.compile(r"\s*(?:Separately|Meanwhile|However|Later|Earlier|Also|Still|Instead|Then|Finally|Eventually|"
                             r"Elsewhere|Previously|Since\s+then|At\s+the\s+same\s+time),\s+(?=\S)")
#: "They" after the place a title opens with: "In Ohrid, they agree…".
_PLACE_THEN_THEY = re.compile(r"(?P<place>(?:In|At)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)they\b"
                              r"(?!\s+(?:say|said|says|think|believe|know|mean)\b)")
#: A phrase set before its clause's "he" or "she": "[Alongside a Russian envoy, ]he persuaded…", "[In 1999, in Belgrade, ]she…".
_FRONTED_BEFORE_HE = re.compile(r"(?:(?i:in|on|at|alongside|together\s+with|with|after|before|during|later|earlier|then|"
                                r"within|years?\s+later|months?\s+later|as\s+[a-z]+)\b[^,;:]{0,60},\s+){1,2}(?=(?:he|she)\s+[a-z])")
#: A briefing's speaker in capitals, not its questions' and answers' own labels: "MR. SPOKESPERSON: ", "MS. LEE: ".
_SPEAKER_LABEL = re.compile(rf"^(?!(?:Q|A|QUESTION|ANSWER)\s*:){SPEAKER_NAME}\s*:\s+(?=\S)")
#: "Those" or "These" standing alone for the things before, right before their verb: "Those took effect".
_THOSE_DID = re.compile(r"^(?:Those|These)\s+(?=(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|took|were|are|have|had|will|came|went|began|"
                        r"fell|rose|remain|remained)\b)")
#: "They" going on about them: "They resume tomorrow", not "They say" (anyone's saying).
_THEY = re.compile(r"^They\s+(?!(?:say|said|says|think|believe|know|mean)\b)[a-z]")


#: A body told by its noun alone, opening a sentence as the subject of a past: "[The army] set up", "[The junta], which…,
#: dissolved".
_BODY_NOUN_OPENING = re.compile(r"(?P<np>The\s+(?:ruling\s+|military\s+|interim\s+|transitional\s+)?(?:army|military|junta|"
                                r"government|navy|police|parliament|cabinet|regime|militia))"
                                r"(?:,\s+(?:which|who)\s[^,;]{1,80},)?\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|set|took|made|won|lost|"
                                r"held|began|sent|seized|struck|fought|led|met|said)\b")
#: …or whose possessive opens the sentence: "[The court]'s opinions are not binding" (what its next "it" is).
_BODY_POSSESSIVE_OPENING = re.compile(r"(?P<np>The\s+(?:army|military|junta|government|navy|police|parliament|cabinet|regime|"
                                      r"court|tribunal|council|commission|committee|agency|mission))['’]s\s+[a-z]")
#: A body named in the sentence, which "it" may stand for once it is set up: "the [outgoing mission]", "the [new force]".
_BODY_BEFORE_IT = re.compile(r"\bthe\s+(?P<np>(?:[a-z-]+\s+){0,2}(?:mission|force|operation|council|commission|committee|"
                             r"tribunal|agency|office|programme|program|fund|court))\b")
#: "It" set up, authorised or renewed, which only a body or a text is: "It was authorised", "It was established".
_IT_SET_UP = re.compile(r"It\s+(?:was|had\s+been)\s+(?:first\s+)?(?:authori[sz]ed|established|set\s+up|created|deployed|"
                        r"mandated|launched|renewed|disbanded|dissolved)\b")


#: The words that rank a thing among others of its kind: "the longest", "the last", "the third".
_RANK = (r"The\s+(?:longest|shortest|first|last|latest|previous|biggest|largest|deadliest|worst|most\s+recent|second|third|"
         r"fourth|fifth)")
#: A ranking with its noun left unsaid, opening a title before its verb: "The longest was agreed", "The last one left".
_RANKED_ALONE = re.compile(rf"(?P<rank>{_RANK})(?:\s+one)?(?=\s+(?:was|were|is|had|has|[a-z]{{3,}}ed|left|came|began|fell|"
                           # (…or alone, a gapped clause's: "The first came on Oct. 19; the second on Oct. 28")
                           r"took|lasted|held|broke|ran|went|won|lost)\b|$)")
#: A happening counted first, which later ordinals alone go on with: "A [first] humanitarian truce", "the first round".
_FIRST_OF_A_SERIES = re.compile(r"\b(?:[Aa]|[Tt]he)\s+first\s+(?P<noun>(?:[a-z-]+\s+){0,2}?(?:truce|ceasefire|round|attempt|"
                                r"deal|agreement|summit|meeting|phase|wave|convoy|exchange|swap|vote|referendum|offensive|attack))\b")
#: An ordinal alone opening a title, its noun left unsaid: "A second was agreed", "A third broke down".
_ORDINAL_ALONE = re.compile(r"(?P<det>A|The)\s+(?P<ordinal>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                            r"(?=\s+(?:was|were|had|did|is|[a-z]{3,}ed|broke|came|held|took|fell|went|began)\b)")
#: "The one" standing for a noun the sentence before named in the plural: "The one agreed in 2023 lasted a week".
_THE_ONE = re.compile(r"The\s+one(?=\s+(?:[a-z]{3,}ed|was|were|that|which|who)\b)")
#: Another of a thing told before, by "one": "[An earlier] one", "[A previous] one", "[Another] one".
_ANOTHER_ONE = re.compile(r"(?P<det>An\s+earlier|A\s+previous|The\s+previous|A\s+later|Another)\s+one\b")
#: A thing's article and the ranking that set it apart, before its noun: "[The last ]enlarged meeting".
_RANKED_DETERMINER = re.compile(r"^(?:The|A|An)\s+(?:(?:last|first|previous|latest|next|second|third|new|most\s+recent)\s+)*")
#: A sentence that opens with a ranking alone: "The longest, agreed in 2019, held…", "The last one left…".
_RANKED_OPENING = re.compile(rf"{_RANK}(?:\s+one)?(?:,|\s+(?:was|were|is|had|has|[a-z]{{3,}}ed)\b)")
#: A thing counted or ranked: "at least eleven truces", "the fourth large attack on the grid".
_COUNTED_THING = re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens\s+of|"
                            r"a\s+series\s+of)\s+(?:[a-z-]+\s+)?"
                            # (a count of time is no thing ranked after it: "three years ago")
                            r"(?!(?:seconds|minutes|hours|days|nights|weeks|months|years|decades|centuries)\b)"
                            r"(?P<plural>[a-z]{2,}(?:-[a-z]+)*[^s\W]s)"
                            r"|the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|last)\s+"
                            # (a compound too: "the third such flare-up")
                            # (not a word that opens what the ranking is within: "the third [since] mid-2024")
                            r"(?!(?:since|in|of|on|at|for|this|that|to|after|before|of|among|time)\b)"
                            r"(?:[a-z-]+\s+)?(?!(?:since|in|of|on|at|for|this|that|to|after|before|among|mid)\b)"
                            r"(?P<singular>[a-z]{3,}(?:-[a-z]+)*(?<!s)))\b")
#: A thing said to be made anew, which "the previous one" after it stands for: "a new bilateral [ceasefire]".
_RENEWED_THING = re.compile(r"\b(?:a\s+new|another|a\s+fresh|a\s+renewed)\s+(?P<np>(?:[a-z-]+\s+){0,2}?[a-z-]{3,})"
                            r"(?=\s*(?:[,;.]|$|\s+(?:before|after|by|in|on|to|with|that|which|for|and|of|until|since)\b))")
#: A subject ranked by the sentence, its noun said once: "[The ceasefire] was the third since mid-2024".
_RANKED_SUBJECT = re.compile(r"^(?:The|A|An)\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]{3,})\s+(?:was|is)\s+the\s+(?:first|second|third|"
                             r"fourth|fifth|sixth|latest|last)\b")


def _counted_noun(sentence: str) -> str | None:
    """The last thing a sentence counts or ranks, in the singular."""
    found = max(_COUNTED_THING.finditer(sentence), key=lambda m: m.start(), default=None)
    ranked = _RANKED_SUBJECT.match(sentence.lstrip())
    if ranked is not None and (found is None or found.start() >= ranked.start()):
        return ranked["noun"]  # ("The ceasefire was the third since mid-2024. The previous one…": the ceasefire)
    if found is None:
        return None
    if found["singular"]:
        return found["singular"]
    return singular_of(found["plural"])


def plural_of(singular: str) -> str:
    """A regular noun's plural: "summit" → "summits", "party" → "parties", "clash" → "clashes"."""
    if re.search(r"[^aeiou]y$", singular):
        return singular[:-1] + "ies"
    return singular + ("es" if singular.endswith(("ch", "sh", "ss", "x")) else "s")


def singular_of(plural: str) -> str:
    """A regular plural's singular: "truces" → "truce", "parties" → "party", "clashes" → "clash"."""
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    return plural[:-2] if plural.endswith(("ches", "shes", "sses")) else plural[:-1]


#: A prepositional phrase that opens a sentence, with its comma: "Under the deal agreed on the 15th of January, ".
#: A "they" opening a clause joined on to the sentence's first: ", and on May 20 they agreed", "…broke down; they resumed".
_JOINED_THEY = re.compile(r"(?:,\s+(?:and|but)|;)\s+(?:[^,;]{0,40}\s)?they\s")
#: A plural noun phrase of a determiner, a number or an adjective or two, and the noun: "the two sides", "Both leaders".
_PLAIN_PLURAL = re.compile(r"(?:[Tt]he|[Bb]oth)\s+(?:(?:two|three|four|[a-z]+(?:al|an|ese|ish|ing))\s+){0,2}[a-z]+s")
_OPENING_PREPOSITIONAL_PHRASE = re.compile(r"(?:(?:On|In|By)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}|[A-Z][a-z]{2,8})"
                                           # (a date with no comma first: "On May 11 the two sides signed…")
                                           r"(?:,?\s+\d{4})?\s+(?=the\s)"
                                           r"|(?:Under|In|On|After|Before|Since|During|At|By|Following|Despite|Amid)\s+"
                                           r"[^,;]{3,80},\s+(?=[a-z])"
                                           # (…or two set off before a determiner: "A fortnight after that, on 27 April, the…")
                                           r"|[A-Z][^,;]{2,50},\s+(?:on|in|at)\s+[^,;]{2,30},\s+(?=(?:the|its|their)\s))")


def _opening_plural(sentence: str) -> str | None:
    talks = _BARE_TALKS_SUBJECT.match(sentence.lstrip())
    if talks is not None:
        return f"The {talks['noun'].lower()}"  # ("Talks between the army and the RSF will resume…": the talks)
    m = _PLURAL_SUBJECT.match(sentence.lstrip())
    return m["np"] if m and not re.search(r"\b(?:news|series|means|species|this|is|was|has|its)$", m["np"]) else None


#: What a court, a vote or a government did to one person, named in full after their role: "convicted then-entity
#: president Milorad Dodik".
_PERSON_DONE_TO = re.compile(r"\b(?:convicted|sentenced|arrested|detained|charged|indicted|acquitted|jailed|elected|"
                             r"appointed|dismissed|sacked|removed|ousted|impeached|nominated)\s+(?:(?:then-|former\s+|ex-)?"
                             r"[a-z][\w-]*\s+){0,3}?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?P<last>[A-Z][a-z]+))\b")


def _opening_thing(sentence: str) -> str | None:
    asked = _ASKED_OF_A_THING.match(sentence.lstrip())
    if asked is not None and not asked["np"].endswith("s"):
        return "T" + asked["np"][1:]  # "When did the truce start? It took effect…": the thing a question asks about
    m = _THING_SUBJECT.match(sentence.lstrip())
    fronted = _FRONTED_TIME_THEN_THE.match(sentence.lstrip()) if m is None else None
    if fronted is not None:
        # ("Ten years ago tomorrow, the nuclear agreement … formally came into effect. On Saturday, it expired": the thing
        # after an opening time phrase)
        rest = sentence.lstrip()[fronted.end():]
        m = _THING_SUBJECT.match("T" + rest[1:]) or _TEXT_CAME_INTO_FORCE.match("T" + rest[1:])
    if m is not None:
        np = m["np"] or m["body"]
        return np if not np.endswith("s") else None  # "The talks" would be "they"
    # "A new war begins. It lasts 44 days…": a happening that runs its course is what "It" goes on about ("The new war")
    course = _HAPPENING_RUNS.match(ENTRY_LABEL.sub("", sentence.lstrip(), count=1))
    return re.sub(r"^(?:A|An)\s", "The ", course["np"]) if course is not None else None


#: A time phrase opening a sentence, up to its comma and the article of what follows: "Ten years ago tomorrow, [t]he".
_FRONTED_TIME_THEN_THE = re.compile(r"[A-Z][^,;:]{0,40}?\b(?:ago|today|tomorrow|"
                                    r"yesterday|year|month|week|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                                    r"\d{4})(?:\s+(?:today|tomorrow|yesterday))?,\s+(?=the\s)")
#: A text that came into force, with what it was between: "[The nuclear agreement between Iran and six world powers]
#: formally came into effect".
_TEXT_CAME_INTO_FORCE = re.compile(r"(?P<np>The\s+(?:[a-z][\w-]*\s+){0,2}?(?:agreement|deal|accord|treaty|pact|truce|ceasefire))"
                                   r"(?:\s+(?:between|with|on|over)\s+[^,;:]{1,60}?)?\s+(?:[a-z]+ly\s+)?"
                                   # (no body, as `_THING_SUBJECT`'s other reading has)
                                   r"(?:came\s+into\s+(?:effect|force)|took\s+effect|entered\s+into\s+force)\b(?P<body>)")
#: A question about a thing, as a Q&A's heading asks it: "When did [the truce] start?", "Why did [the deal] collapse?".
_ASKED_OF_A_THING = re.compile(r"(?:When|Why|How|Where)\s+(?:did|does|do|will|was|is|has|had)\s+"
                               r"(?P<np>the\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+[a-z]+(?:\s+[a-z]+)?\s*\?\s*$")
#: A happening that opens a sentence and runs its course: "A new war begins", "The truce took effect on Monday".
_HAPPENING_RUNS = re.compile(r"(?P<np>(?:The|A|An)\s+(?:[a-z0-9][\w-]*\s+){0,2}?(?:war|truce|ceasefire|offensive|siege|"
                             r"conflict|uprising|insurgency|blockade|occupation|crisis|summit|conference))\s+(?:began|begins|"
                             r"started|starts|broke\s+out|breaks\s+out|erupted|erupts|took\s+effect|takes\s+effect|opened|"
                             r"opens)\b")


#: What a country or a body has, after "Its": "Its army", "Its foreign minister", "Its members".
_PART_OF_A_BODY = re.compile(r"(?:(?:new|former|top|chief|senior|own)\s+)?(?:army|military|armed\s+forces|forces|troops|navy|"
                             r"air\s+force|soldiers|government|cabinet|parliament|leaders?|president|prime\s+minister|"
                             r"(?:foreign|defen[cs]e|interior|finance)\s+minist(?:er|ry)|members|member\s+states|economy|"
                             r"people|capital|ambassador|envoys?|delegation|officials|spokes(?:man|woman|person)|"
                             r"central\s+bank|security\s+services|intelligence\s+services?|border\s+guards|police|"
                             # (…or a court or an agency: "Its prosecutor told the Security Council…")
                             r"(?:chief\s+)?prosecutors?|judges|secretary-general|director(?:-general)?|chair(?:man|woman|person)?|"
                             r"head|chief|board|commanders?|inspectors|negotiators|monitors|staff)\b")
#: Opening words that are no one's name.
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "After", "Before", "Since", "When", "While", "But", "And", "This",
              "That", "These", "Those", "Its", "Their", "His", "Her", "Our", "Last", "Next", "Earlier", "Later",
              # (a preposition that opens the sentence governs what follows: "During Ramadan, a pause held")
              "During", "Throughout", "Until", "Under", "For", "By", "From", "Over", "Amid", "Despite", "With",
              "Without", "Within", "Across", "Around", "Following", "Through", "Between", "Among", "Against",
              "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Mr", "Mrs", "Ms",
              # (…and the prepositions of the other languages we read, before a noun they capitalise or a name:
              # "Am Montag reiste…" opens with a day, not a person called Montag)
              "Am", "Im", "Um", "Vom", "Zum", "Zur", "Seit", "Nach", "Vor", "Bei", "Mit", "Ab", "Bis", "Während", "Trotz",
              "Der", "Die", "Das", "Ein", "Eine", "Le", "La", "Les", "El", "Los", "Las", "Il", "Lo", "Depuis", "Desde",
              "Après", "Tras", "Dopo", "Dal", "Nel", "En", "Au", "Aux", "Del", "Al"}


#: A sentence opened by a person's role alone, no name, then a verb: "The Secretary spoke…", "The foreign minister said…".
_ROLE_ALONE_OPENING = re.compile(r"(?P<role>The\s+(?:(?:[A-Z][a-z]+|foreign|prime|defence|defense|interior|special)\s+)?"
                                 r"(?:Secretary|President|Prime\s+Minister|Minister|Chancellor|minister|president|envoy|"
                                 r"spokesman|spokeswoman|spokesperson|ambassador|mediator|secretary-general|"
                                 r"Secretary-General)"
                                 # (…and the office it holds: "The Minister for Foreign Affairs", "The Secretary of State")
                                 r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?)\s+(?:[a-z]+ly\s+)?"
                                 r"(?:[a-z]{3,}ed|said|says|spoke|met|told|will|would|has|had|was|is|went|flew|left|made)\b")


#: An "it" inside a sentence, as a clause's subject: ", which it cut", " after it joined".
_IT_INSIDE = re.compile(r"(?<=[a-z,] )it\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|had|has|was|cut|hit|set|quit|shut|put)\b")
#: A clause's finite verb right after its subject: " resumed", " had agreed".
_CLAUSE_VERB_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|had|has|was|cut|hit|set|quit|shut|put)\b")


class Antecedents:
    """Reads the sentences of an article in order and remembers who (and what) opened the recent ones."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # for each recent sentence: the person who opened it, "" when it names a person elsewhere
        # (who might be the one meant next), None when it names nobody
        self._recent: list[str | None] = []
        self._continued: list[bool] = []  # for each recent sentence: whether it opened with "He"/"She"
        # the thing the last two sentences opened with ("The treaty"), for an "It" that goes on about it
        self._things: list[str | None] = []
        # the plural things the last two sentences opened with ("The talks"), for a "They" that goes on about them
        self._plurals: list[str | None] = []
        self._body: str | None = None  # the country or body the sentence being read opens with, if any
        # the thing the last two sentences counted or ranked ("at least eleven truces", "the fourth attack"), for a
        # ranking that leaves it unsaid ("The longest, agreed in 2019, held…")
        self._counted: list[str | None] = []
        # the country or body the last two sentences opened with, for an "Its" that opens the next
        self._owners: list[str | None] = []
        self._sentence = ""  # the sentence being read
        self._previous = ""  # …and the one read before it
        self._interviewee: str | None = None  # who answers an interview's questions ("The UN envoy spoke to us…")
        self._labelled = False  # whether the interview labels its questions and answers ("Q:", "A:")
        self._asked = False  # whether the sentence before asked a question
        self._asked_when: str | None = None  # what the last question asked the day of, told ("The process started to…")
        self._answering = False  # whether the sentence being read is an answer's ("A: I will travel…")
        self._object_person: str | None = None  # the person the sentence being read calls "him", when clear
        self._surnames: set[str] = set()  # the surnames of the people the article has named in full
        self._genders: dict[str, str] = {}  # the pronoun ("he", "she") the article has called each person by
        self._openers: set[str] = set()  # every person who has opened a sentence
        self._people_named: set[str] = set()  # every person the article has named, wherever
        self._first_of_series: str | None = None  # the happening the article last counted first ("A first truce…")

    def read(self, sentence: str) -> None:
        """Note who opens `sentence` (call for every sentence, dated or not, in order)."""
        sentence = sentence.lstrip()
        sentence = sentence[clock_stamp_end(sentence):]  # a live page's "18:20 GMT - The talks ended…"
        sentence = _SPEAKER_LABEL.sub("", sentence, count=1)  # …or a briefing's "MR. SPOKESPERSON: The Secretary will…"
        # …or a chronology's "27 February 2023: Both leaders accept…", "October 29, 2022 — Moscow suspends…"
        # (…or a section's label: "Background: The ceasefire that took effect…")
        label = COLON_ENTRY_LABEL.match(sentence) or ENTRY_LABEL.match(sentence) or _SECTION_LABEL.match(sentence)
        sentence = sentence[label.end():] if label is not None else sentence
        if sentence.rstrip().endswith("?") and self._interviewee is not None and not self._labelled:
            self._answering, self._asked = False, True  # (an interview without labels: what follows answers)
        elif self._asked and self._interviewee is not None and not self._labelled:
            self._answering, self._asked = True, False
        if sentence.rstrip().endswith("?"):
            # a question asked ("When did it expire?", a Q&A's heading) opens no one the answer goes on about — but what it
            # asks about is what the answer's "They" or "It" means ("WHEN DID THE SANCTIONS RETURN? They took effect…")
            # (a question about "it" leaves what "it" was: "The treaty was signed… When did it expire? It was extended…")
            when = _WHEN_DID.match(sentence.strip())
            self._asked_when = f"{when['np'][:1].upper()}{when['np'][1:]} {past_of_base(when['verb'])}{when['rest']}" \
                if when is not None else None
            asked = _ASKED_ABOUT.match(sentence.strip())
            if asked is not None:
                np = asked["np"] or asked["topic"] or asked["defined"]
                np = np[:1].upper() + (np[1:].lower() if np.isupper() else np[1:])  # ("WHEN DID THE SANCTIONS RETURN?")
                plural = np.endswith("s") and not np.endswith("ss")
                self._things = (self._things + [None if plural else np])[-2:]
                self._plurals = (self._plurals + [np if plural else None])[-2:]
            return
        self._previous, self._sentence = self._sentence, sentence
        self._body = None
        spoke = _SPOKE_TO_US.match(sentence) if self._interviewee is None else None
        if spoke is not None:  # "The UN envoy for Yemen spoke to us on Wednesday": who the answers are from
            self._interviewee = spoke["named"] or spoke["who"]
        if _QUESTION_LABEL.match(sentence):
            self._answering = False
        elif _ANSWER_LABEL.match(sentence):
            self._answering = True
        self._labelled = self._labelled or bool(_QUESTION_LABEL.match(sentence) or _ANSWER_LABEL.match(sentence))
        # (the answer's label opens no subject: "A: The road was reopened in June 2024. It was closed again…")
        label = _QUESTION_LABEL.match(sentence) or _ANSWER_LABEL.match(sentence)
        sentence = sentence[label.end():] if label is not None else sentence
        # (who a sentence is about comes after an opening phrase: "Born in Gothenburg in 1945, Holm joined…", "After
        # retiring in 2008, she chaired…")
        fronted = _FRONTED_PHRASE.match(sentence)
        subject_first = sentence[fronted.end()].upper() + sentence[fronted.end() + 1:] if fronted is not None else sentence
        opening = self._opening_person(subject_first)
        if opening:  # (a possessive's owner is the person: "Albin Kurti's party won… He is expected…" is Kurti)
            opening = re.sub(r"['’]s$", "", opening)
        self._object_person = None
        if opening and OBJECT_HIM.search(subject_first):
            # "Mensah… In 2004, Secretary-General Kofi Annan sent him to the Great Lakes. He retired in 2009": the one
            # named does something to the person the story is about, who goes on being "he" (and is "him")
            center = self._last_person(self._recent, self._continued)
            if center and center != opening and self._genders.get(center, "he") == "he":
                opening = self._object_person = center
            elif _CLAUSE_OF_ANOTHER_DOING_TO_HIM.search(subject_first) and self._genders.get(opening, "he") == "he":
                # "Obasanjo was already a veteran when the African Union named him its envoy": in a time clause of the
                # person's sentence, what a body did to "him" it did to that person
                self._object_person = opening
        self._recent = (self._recent + [opening])[-3 * REACH - 1:]
        if opening:
            self._openers.add(opening)
        # (a sentence that opens with the pronoun goes on about the same person, and counts for no distance: "Lamamra…
        # Born in 1952, he joined… He became… He returned to the post in July 2021" is still Lamamra)
        self._continued = (self._continued + [bool(_PRONOUN.match(subject_first))])[-3 * REACH - 1:]
        if self._continued[-1]:  # ("Hrabal… He headed the team": Hrabal is "he" from now on)
            meant = self._person_before()
            if meant is not None:
                self._genders.setdefault(meant, "she" if subject_first.startswith(_SHE) else "he")
        opened = _OPENING_PREPOSITIONAL_PHRASE.match(sentence)
        after_phrase = sentence[opened.end()].upper() + sentence[opened.end() + 1:] if opened is not None else sentence
        # (…or a body told by its noun alone: "The army, which controls the north, set up its own government… It retook
        # the capital in March")
        body_noun = (_BODY_NOUN_OPENING.match(sentence) or _BODY_POSSESSIVE_OPENING.match(sentence)) \
            if self._body is None else None
        thing = _opening_thing(sentence) or self._body or (body_noun["np"] if body_noun else None) \
            or _opening_thing(after_phrase)
        # the body a sentence opens with, for an "Its" that opens the next ("NATO met in June. Its leaders agreed…")
        owner = self._body if self._body is not None or not sentence.startswith("Its ") or not self._owners \
            else self._owners[-1]  # ("Its army… Its navy…": still the same owner)
        self._owners = (self._owners + [owner])[-2:]
        if thing is None and (sentence.lstrip().startswith("It ") or _IT_AFTER_OPENING.match(sentence.lstrip())) \
                and self._things:
            # "It entered into force…. It was extended…": still the treaty (after an opening phrase too: "Signed in
            # Prague in April 2010, it entered into force…")
            thing = self._things[-1]
        if thing is None and self._things and self._things[-1] is not None and _DOCUMENT_HANDLED_IT.search(sentence) \
                and _names_a_text(self._things[-1]):
            thing = self._things[-1]  # "When was the treaty signed? Obama and Medvedev signed it…. It entered into force…"
        self._things = (self._things + [thing])[-2:]
        # (…after an opening phrase too: "Under the deal agreed in January, talks on the second phase were to start…")
        # (…or a sentence adverb: "Separately, the presidents of Congo and Rwanda signed…")
        adverb = _OPENING_ADVERB.match(sentence)
        after_adverb = sentence[adverb.end()].upper() + sentence[adverb.end() + 1:] if adverb is not None else ""
        self._plurals = (self._plurals + [_opening_plural(sentence) or _opening_plural(after_phrase)
                                          or (_opening_plural(after_adverb) if after_adverb else None)])[-2:]
        first = _FIRST_OF_A_SERIES.search(sentence)
        if first is not None:  # ("A first humanitarian truce … collapsed. A second, agreed a week later, …")
            self._first_of_series = first["noun"]
        counted = _counted_noun(sentence)
        if counted is None and self._counted and _RANKED_OPENING.match(sentence):
            counted = self._counted[-1]  # "The longest, agreed in 2019, held…. The shortest collapsed…": still truces
        self._counted = (self._counted + [counted])[-2:]

    def _clause_doer_before_it(self) -> str | None:
        """The one country or body the sentence being read makes the subject of a clause before its first "it", when
        its own subject is none ("The countries warned they would act unless Iran resumed…, which it cut")."""
        it = _IT_INSIDE.search(self._sentence)
        if it is None or self._body is not None or re.match(r"\W*It\b", self._sentence):
            return None
        doers = {m.name: self._sentence[m.start:m.end] for m in self.gazetteer.mentions(self._sentence[:it.start()])
                 if m.kind in ("country", "organisation") and _CLAUSE_VERB_AFTER.match(self._sentence, m.end)}
        return next(iter(doers.values())) if len(doers) == 1 else None

    def resolve(self, title: str) -> str:
        """`title` with an opening "He"/"She" replaced by the person it stands for, or an opening "It" by
        the thing, when that is clear.

        Call after `read` of the title's own sentence: what it stands for is looked for in the sentences
        before it."""
        if title.startswith("Its ") and self._sentence.startswith("Its ") and len(self._owners) == 2 \
                and self._owners[0] is not None and _PART_OF_A_BODY.match(title, 4):
            # "NATO held a summit in June. Its leaders agreed…": the body the sentence before opened with (for what a
            # country or body has: "The council authorised a new force. Its first contingent…" is the force's)
            return f"{possessive(self._owners[0])}{title[3:]}"
        thing = self._things[0] if len(self._things) == 2 and self._things[0] is not None else ""
        staged = _HAPPENING_OBJECT.match(thing) or _DOCUMENT_OBJECT.match(thing[:1].lower() + thing[1:]) \
            if title.startswith("Its ") and _STAGE.match(title, 4) else None
        if staged is not None:
            # "The ceasefire that took effect on Oct. 10 ended two years of war. Its first phase saw…": the stage is of the
            # happening or the text the sentence before opened with
            return f"The {staged['noun']}'s{title[3:]}"
        if self._answering and self._asked_when is not None and _HEDGE_ONLY.fullmatch(title):
            # "Q: When did the process start to go wrong? A: I would say in the summer of 2023.": the answer's date is the
            # question's happening
            return self._asked_when
        if self._answering and self._interviewee is not None and _FIRST_PERSON.match(title):
            # "A: I will travel to Sanaa next week", the envoy answering: the envoy will travel
            # (…and a present's ending: "I plan to go back" → "The envoy plans to go back")
            rest = _FIRST_PERSON.sub(lambda m: {"am": " is", "have": " has", "'m": " is"}.get(m["verb"] or m["verb2"] or "", " ")
                                     + (f"{m['present']}es" if m["present"] and m["present"].endswith("o")
                                        else f"{m['present']}s" if m["present"] else ""),
                                     title, count=1)
            rest = re.sub(r"\bmy\b", "the", rest)  # ("I last saw my counterpart": the one who answers saw the counterpart)
            return f"{self._interviewee[:1].upper()}{self._interviewee[1:]}{rest}"
        if self._interviewee is not None and not self._answering and _YOU_DID.match(title):
            # "You met your Serbian counterpart in Brussels last month. What came of it?": the one asked did it
            rest = re.sub(r"\b[Yy]our\b", "the", title[4:])
            rest = re.sub(r"^(?:were|are|have)\b", lambda v: {"were": "was", "are": "is", "have": "has"}[v.group()], rest)
            return f"{self._interviewee[:1].upper()}{self._interviewee[1:]} {rest}"  # ("You were in Malakal": one was)
        course = _IT_RUNS_ITS_COURSE.match(title) if title.startswith("It ") else None
        happening = list(_HAPPENING_OBJECT.finditer(self._previous)) if course is not None else []
        if happening and (len(self._things) < 2 or self._things[0] is None
                          or len(self._owners) == 2 and self._things[0] == self._owners[0]):
            # "Saudi Arabia and its allies imposed a boycott on Qatar in June 2017. It ended in January 2021": what runs its
            # course is the happening the sentence before named, not the country it opened with
            return f"The {happening[-1]['noun']}{title[2:]}"
        document = list(_DOCUMENT_OBJECT.finditer(self._previous)) \
            if _IT_WAS_SIGNED.match(title) or _IT_CAME_INTO_FORCE.match(title) or IT_RAN_OUT.match(title) else []
        if document and not (len(self._things) == 2 and self._things[0] is not None
                             and _DOCUMENT_OBJECT.search(f"the {self._things[0].lower()}")):
            # "Turkey and the United Nations brokered a deal that summer. It was signed in Istanbul": what is signed is the
            # document the sentence before named, not the country it opened with
            return f"The {document[-1]['noun']}{title[2:]}"
        body = list(_BODY_BEFORE_IT.finditer(self._sentence)) if _IT_SET_UP.match(title) else []
        if body:
            # "…served with the outgoing mission, well short of the 2,500 planned when it was authorised in October 2023":
            # what is authorised or set up is the body the sentence named, not a country doing something in it
            return f"The {body[-1]['np']}{title[2:]}"
        doer = self._clause_doer_before_it() if _IT.match(title) else None
        if doer is not None:
            # "The countries warned they would act unless Iran resumed cooperation with inspectors, which it cut in June":
            # the one country the sentence itself tells doing something before its "it"
            return doer + title[2:]
        if _IT.match(title) and len(self._things) == 2 and self._things[0] is not None and self._body is not None \
                and not re.match(r"(?:[\"“]\s*)?It\s", self._sentence.lstrip()) \
                and {m.name for m in self.gazetteer.mentions(self._body)} != {m.name for m in self.gazetteer.mentions(self._things[0])}:
            # "Sudan asked the court… The UAE, which denies…, has said … a reservation it made when it joined the convention in
            # 2005": an "it" inside a sentence that another country or body opened is no surer the one the sentence before
            # opened with (but "China summoned… Beijing has since…, which it had resumed" is China still)
            return title
        if _IT.match(title) and len(self._things) == 2 and self._things[0] is not None \
                and not ((_IT_WAS_SIGNED.match(title) or _IT_CAME_INTO_FORCE.match(title) or IT_RAN_OUT.match(title))
                         and any(m.kind == "country" for m in self.gazetteer.mentions(self._things[0]))):
            # (no country is signed: "Pakistan suspended the Simla Agreement. … Signed in Karachi in 1960, it splits…")
            return self._things[0] + title[2:]  # "The treaty was signed in 2010. It entered into force…"
        if len(self._things) == 2 and self._things[0] is not None and _IT_AS_LAST_OBJECT.fullmatch(title) \
                and not _DETERMINED_NOUN.search(self._sentence[:self._sentence.find(" it")]):
            # "The brigade … is the first permanent German deployment abroad. Berlin announced it in June 2023": the thing
            # the sentence before opened with (when this one names no other before the "it")
            thing = self._things[0]
            return title[:-2] + (thing[:1].lower() + thing[1:] if re.match(r"(?:The|A|An)\s", thing) else thing)
        if title.startswith("It ") and IT_AS_TEXT.match(title):
            # "…initialled the accord that ended the siege. It was formally signed in Geneva": the text the sentence before
            # named (what the sentence opened with may be a country, which is never signed)
            text = text_named_before(self._previous, len(self._previous))
            if text is not None:
                return f"The{text[3:]}{title[2:]}"
        handled = _DOCUMENT_HANDLED_IT.search(title)
        if handled is not None and _TEXT_NAMED.search(title[:1].lower() + title[1:handled.start()]):
            return title  # ("The convention entered into force once a tenth state had ratified it": the title's own text)
        if handled is not None:
            # "Its envoy drafted a new plan in 2022; the two leaders accepted it in February 2023", "Negotiators agreed the
            # text of a treaty in March. The two leaders initialled it on Friday": the text the clause before produced
            at = self._sentence.find(f" {handled['verb']} it")
            drafted = list(_DOCUMENT_PRODUCED.finditer(self._sentence, 0, at)) if at > 0 else []
            drafted = drafted or list(_DOCUMENT_PRODUCED.finditer(self._previous))
            if drafted:
                np = re.sub(r"^(?:a|an)\s", "the ", drafted[-1]["np"])
                return title[:handled.start("it")] + np + title[handled.end("it"):]
            # (…or the one this sentence named before "it": "suspended the implementation of a peace declaration …, two
            # weeks after the two countries signed it")
            named = (text_named_before(self._sentence, at) if at > 0 else None) \
                or text_named_before(self._previous, len(self._previous))
            if named is not None:  # ("…a new text had been drafted. Both sides signed it on 19 June": the text named)
                return title[:handled.start("it")] + named + title[handled.end("it"):]
            asked = self._things[0] if len(self._things) == 2 else None
            if asked is not None and _names_a_text(asked):
                # ("When was the treaty signed? Obama and Medvedev signed it in Prague": the text a question asked about)
                return title[:handled.start("it")] + asked[:1].lower() + asked[1:] + title[handled.end("it"):]
        done = _DONE_TO_THEM.search(title)
        aside = _ASIDE_PLURAL_OBJECT.search(self._sentence) if done is not None else None
        if aside is not None and aside["np"] not in title:
            # "Insurers, who had raised war-risk premiums sixfold, cut them by a third last week": what the subject's aside
            # did something to is what the main clause does something to again
            return title[:done.start("them")] + aside["np"] + title[done.end("them"):]
        held = _TALKS_HANDLED_THEM.search(title)
        if held is not None and len(self._plurals) == 2 and self._plurals[0] is not None:
            # "The talks will resume next week. Washington and Riyadh suspended them in June": the plural thing the
            # sentence before opened with
            plural = self._plurals[0]
            plural = plural[:1].lower() + plural[1:] if re.match(r"(?:The|A|An)\s", plural) else plural
            return title[:held.start("them")] + plural + title[held.end("them"):]
        ranked = _RANKED_ALONE.match(title)
        first_rank = re.search(_RANK, self._sentence, re.I) if ranked is not None else None
        renewed = _RENEWED_THING.search(self._sentence, 0, first_rank.start()) if first_rank is not None else None
        if renewed is not None and re.match(r"The\s+(?:previous|last|latest)", ranked["rank"]):
            # "…to agree a new bilateral ceasefire, after the previous one expired": the thing renewed, whatever the
            # sentence before counted
            return f"{ranked['rank']} {renewed['np'].split()[-1]}{title[ranked.end():]}"
        own = next((m for m in _COUNTED_THING.finditer(self._sentence, 0, first_rank.start()) if m["plural"]), None) \
            if first_rank is not None else None
        if own is not None:  # (a count before the sentence's rankings, not after: "The first came…, when two soldiers…")
            # "…fought two wars, the first in the 1990s and the second in 2020, which ended…": the sentence's own count
            return f"{ranked['rank']} {_counted_noun(own.group())}{title[ranked.end():]}"
        if ranked is not None and len(self._counted) == 2 and self._counted[0] is not None:
            # "Since then there have been eleven truces. The longest, agreed in 2019, held…": the longest truce
            return f"{ranked['rank']} {self._counted[0]}{title[ranked.end():]}"
        series = _ORDINAL_ALONE.match(title) if self._first_of_series is not None else None
        if series is not None:
            # "A first humanitarian truce … collapsed within minutes. A second, agreed a week later, did not hold either": the
            # next of the series the article counted first
            return f"{series['det']} {series['ordinal']} {self._first_of_series}{title[series.end():]}"
        one = _THE_ONE.match(title)
        if one is not None and len(self._plurals) == 2 and self._plurals[0] is not None \
                and _THE_ONE.match(self._sentence.lstrip()):
            # "Previous truces collapsed quickly. The one agreed in November 2023 lasted a week": one of those truces
            head = self._plurals[0].split()[-1]
            return f"The {singular_of(head)}{title[one.end():]}"
        another = _ANOTHER_ONE.match(title)
        thing = self._things[0] if another is not None and len(self._things) == 2 else None
        head = _RANKED_DETERMINER.sub("", thing) if thing is not None else ""
        if head and not head[:1].isupper():
            # "The last enlarged meeting was held in New York in July. An earlier one took place in Geneva": one of the
            # thing the sentence before opened with
            return f"{another['det']} {head}{title[another.end():]}"
        placed = _PLACE_THEN_THEY.match(title)
        if placed is not None and len(self._plurals) == 2 and self._plurals[0] is not None:
            # "Both leaders accept a plan in Brussels. On 18 March, in Ohrid, they agree on an annex"
            plural = self._plurals[0]
            return f"{placed['place']}{plural[:1].lower()}{plural[1:]}{title[placed.end():]}"  # (its opening word a determiner)
        # (looked for only for a "They" title: a pasted list of thousands of dates is one sentence)
        own_plural = self._plurals[-1] if _THEY.match(title) and self._plurals and _JOINED_THEY.search(self._sentence) \
            else None
        if own_plural is not None and not _PLAIN_PLURAL.fullmatch(own_plural):
            own_plural = None  # (not a clause read as one: "The mayor met the envoys")
        if _THEY.match(title) and own_plural is not None:
            # "On May 11 the two sides signed the declaration, and on May 20 they agreed to a ceasefire": the sentence's
            # own subject, before the one the sentence before opened with
            return own_plural[:1].upper() + own_plural[1:] + title[4:]
        if _THEY.match(title) and len(self._plurals) == 2 and self._plurals[0] is not None:
            return self._plurals[0] + title[4:]  # "The talks ended for the day. They resume tomorrow…"
        those = _THOSE_DID.match(title)
        if those is not None and len(self._plurals) == 2 and self._plurals[0] is not None:
            return f"{self._plurals[0]} {title[those.end():]}"  # "And the sanctions announced…? Those took effect…"
        if self._object_person is not None and not _PRONOUN.match(title):
            # ("Annan sent him to the Great Lakes" → "Annan sent Mensah to the Great Lakes")
            title = OBJECT_HIM.sub(lambda m: m.group()[:-3] + self._object_person, title, count=1)
        owner = _PERSON_OWNER.match(title)  # "His trial opened in Juba": the person's trial, as "He" is the person
        fronted = _FRONTED_BEFORE_HE.match(title) if owner is None and not _PRONOUN.match(title) else None
        if fronted is not None and _FRONTED_BEFORE_HE.match(self._sentence.lstrip()):
            # "In 1999, alongside a Russian envoy, he persuaded Milosevic…": the "he" after a phrase set before it
            rest = title[fronted.end():]
            told = self.resolve(rest[:1].upper() + rest[1:])
            if re.match(r"(?:The|A|An)\s", told):  # (a role goes on mid-title with its article in lower case)
                told = told[:1].lower() + told[1:]
            return title if _PRONOUN.match(told) else title[:fronted.end()] + told
        if not _PRONOUN.match(title) and owner is None:
            return title
        if self._recent and self._recent[-1] == "" and not (_PRONOUN.match(self._sentence)
                                                            or _FRONTED_BEFORE_HE.match(self._sentence.lstrip())
                                                            or owner is not None and _PERSON_OWNER.match(self._sentence)):
            return title  # "Kim last met Trump in 2019, when he…": the title's own sentence names others first
        person = self._person_before()
        if self._recent and self._recent[-1] and person is not None and self._recent[-1] != person \
                and not (_PRONOUN.match(self._sentence) or _FRONTED_BEFORE_HE.match(self._sentence.lstrip())):
            # ("Francis fell ill in March. Erdogan spoke to Putin before he left for Baku on Monday": a sentence about another
            # named person does not mean the one before by a pronoun its own rules left open)
            return title
        # (…who the article has called by the other pronoun is not meant: "Hrabal… He retired… Hrabal married the painter
        # Eva Lorencová in 1965; she died in 2019")
        said = "she" if title.startswith(_SHE) else "he"
        if person is None or self._genders.get(person, said) != said:
            return title
        if owner is not None:
            if person.startswith("The "):
                return title  # (a role alone is "he", but "his" may well be another's: "hand the boy to his father")
            return possessive(person[:1].upper() + person[1:]) + title[len(owner[1]):]
        # (a name that opens a title opens it with a capital: "Al-Sharaa met Rubio")
        told = person + title[title.index(" "):] if " " in title else person
        return told[:1].upper() + told[1:]

    def _person_before(self) -> str | None:
        """The person the sentences before the one being read were last about, within reach, or None when another was
        named since."""
        person = self._last_person(self._recent[:-1], self._continued[:-1])
        if person is not None or len(self._openers) != 1 or not (self._continued and self._continued[-1]):
            return person
        # (beyond reach, the only person the article has named at all is still the one a sentence opening with "he" means:
        # an obituary's "He later chaired a panel…" after two sentences about the accord he brokered — unless someone
        # else was named, who may be meant, or the one is a role)
        sole = next(iter(self._openers))
        if re.match(r"(?:The|A|An)\s", sole) \
                or any(sole not in (surname(name), self.gazetteer.short_names.get(name)) for name in self._people_named):
            return None
        return sole

    @staticmethod
    def _last_person(recent: list[str | None], continued: list[bool]) -> str | None:
        """The person the sentences of `recent` were last about, within reach, or None when another was named since."""
        distance = 0
        for person, went_on in zip(reversed(recent), reversed(continued), strict=True):
            if person == "":
                return None  # someone else was named since
            if person is not None:
                return person
            distance += 0 if went_on else 1
            if distance >= REACH:
                break
        return None

    def _opening_person(self, sentence: str) -> str | None:
        sentence = sentence.lstrip()
        role = ROLE_THEN_NAME_OPENING.match(sentence) or ROLE_WORDS_THEN_NAME.match(sentence)
        known = self.gazetteer.mentions(role["name"]) if role is not None else []
        if role is not None and all(m.kind == "person" for m in known):
            # "The United Nations envoy for Sudan, Ramtane Lamamra, resigned…": the name the role is given is who the story
            # goes on about (called as the gazetteer calls the people it knows)
            name = known[0].name if known else role["name"]
            last = self.gazetteer.short_names.get(name) or surname(name)
            if last not in NOT_SURNAMES:
                self._surnames.add(last)
                return last
        subject = _SUBJECT.match(sentence)
        words = subject.group(1) if subject else ""
        everyone = self.gazetteer.mentions(sentence) if _CAPITAL.search(sentence) else []  # read once a sentence
        self._people_named.update(m.name for m in everyone if m.kind == "person")
        # (whoever a sentence names in full may open a later one by surname alone: "…declared President Paul Biya the
        # winner… Biya has ruled since 1982. He removed…")
        self._surnames.update(short for m in everyone if m.kind == "person" and len(m.name.split()) > 1
                              and (short := self.gazetteer.short_names.get(m.name) or surname(m.name)) not in NOT_SURNAMES)
        mentioned = [m for m in everyone if m.end <= len(words)]
        # a country or a body that opens the sentence alone is what an "It" after it may stand for
        # ("Iran seized a tanker in 2019. In April 2024 it seized another")
        # (…with its article: "The Security Council met on Monday. Its members…")
        article = 4 if words.startswith("The ") else 0
        self._body = words if len(mentioned) == 1 and mentioned[0].kind in ("country", "organisation") \
            and mentioned[0].start == article and mentioned[0].end == len(words) \
            or not mentioned and re.fullmatch(r"(?:The\s+)?[A-Z]{2,6}", words) else None  # (…or a body's initials: "The ELN")
        people = {m.name for m in mentioned if m.kind == "person"}
        if len(people) > 1:
            return ""  # "Biden met Netanyahu": either may be "he"
        # someone named after a preposition ("talks with parliament speaker Nabih Berri") is seldom the
        # next sentence's "he"; an object ("has invited Foreign Minister Geremek") may well be
        others = {m.name for m in everyone if m.kind == "person"
                  and not _AFTER_PREPOSITION.search(sentence, max(0, m.start - 50), m.start)} - people
        if people:
            # …and "Albright has invited Foreign Minister Geremek": the one invited may be "he"
            name = people.pop()
            short = self.gazetteer.short_names.get(name) or surname(name)
            # (spelled as the text spells it: "Zelenskyy said… He is due to travel" is Zelenskyy's, not "Zelensky")
            spelled = next((sentence[m.start:m.end].split()[-1] for m in mentioned if m.name == name), short)
            if short not in NOT_SURNAMES:
                self._surnames.add(short)  # (who the surname alone names later: "President Alassane Ouattara won…
                # Ouattara first took office in 2011. He won…")
            return "" if others else spelled if spelled != short and spelled[:4].lower() == short[:4].lower() else short
        bare = _BARE_NAME.match(words)
        if bare and not mentioned and not others and words.split()[0] not in _NOT_NAMES \
                and bare["last"] not in NOT_SURNAMES:
            self._surnames.add(bare["last"])
            return bare["last"]
        if words in self._surnames and not mentioned and not others:
            return words  # "Lena Holm, a Swedish diplomat… Holm joined the foreign service…": the surname alone
        if _PRONOUN.match(sentence):
            return None  # "He …" goes on about the same person
        role = _ROLE_ALONE_OPENING.match(sentence) if not others and not mentioned else None
        if role is not None:  # "The Secretary spoke yesterday with… He will host both ministers": the one the role names
            return role["role"]
        clause_subject = [m for m in everyone if m.kind == "person" and m.name in others
                          and _CLAUSE_OPENER_BEFORE.search(sentence, max(0, m.start - 12), m.start)]
        if len(others) == 1 and len(clause_subject) == 1 and not mentioned:
            # "Tension has risen since October 2023, when Abiy Ahmed first told parliament… In January 2024 he signed…":
            # the one person, the subject of the sentence's own clause, is who the story goes on about
            name = clause_subject[0].name
            return self.gazetteer.short_names.get(name) or surname(name)
        named = _NAME_SUBJECT_OF_CLAUSE.search(sentence) if not others and not mentioned else None
        if named is not None and not any(m.start < named.end("name") and named.start("name") < m.end for m in everyone) \
                and named["last"] not in NOT_SURNAMES:
            # (…a name the gazetteer does not know too, in full, before its past: "…since 1967, when Omar Bongo took power.
            # He died in 2009")
            return named["last"]
        done_to = _PERSON_DONE_TO.search(sentence) if not mentioned and len(others) <= 1 else None
        if done_to is not None and (not others or others == {m.name for m in everyone if m.kind == "person"
                                                             and done_to.start("name") <= m.start < done_to.end("name")}) \
                and done_to["last"] not in NOT_SURNAMES:
            # "…when a state court convicted then-entity president Milorad Dodik of defying the envoy. He lost his post in
            # August": the one person a court, a vote or a government did something to is who the story goes on about
            return done_to["last"]
        return "" if others else None
