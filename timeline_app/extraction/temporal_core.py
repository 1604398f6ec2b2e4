"""The vocabulary and machinery the temporal grammar is written in: regular-expression fragments,
the resolution context (publication date, running anchors, tense), the rule registry, and the
helpers that choose among the readings of a partial date.

The rules themselves live in `rules_calendar`, `rules_relative`, `rules_durations` and
`rules_named`, registered in that order (on equal spans, the rule registered first wins);
`temporal.tag` runs them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

# Re-exported: the rule modules are written with these names (see their star import).
from timeline_app.domain import calendar as cal  # noqa: F401
from timeline_app.extraction import lexicon as lx
from timeline_app.extraction.dateline import dateline_end
from timeline_app.extraction.timex import (  # noqa: F401
    DATE,
    DURATION,
    SET,
    TIME,
    Day,
    Timex,
    day_value,
    month_value,
    quarter_value,
    valid_day,
    week_value,
    weekend_value,
    year_str,
)
from timeline_app.extraction.verbs import DISTINCT_PARTICIPLES, IRREGULAR_PASTS, PAST_LIKE_PRESENT, words_pattern

# ----------------------------------------------------------------------------------------------
# Regular-expression fragments
# ----------------------------------------------------------------------------------------------
B = r"(?<![\w@/.-])"  # left word boundary that also refuses inside numbers, e-mails and paths
#: A capitalised word that makes a month or weekday after it the name of a happening: "Black September", "Bloody
#: Sunday", "Black Monday".
NAMED_BY_WORD_BEFORE = re.compile(r"\b(?:Black|Bloody|Red|Great|Holy|Good|Maundy|Ash|Palm|Easter|Cyber)\s+$")
E = r"(?![\w@])"  # right boundary
#: A month's name, or its abbreviation with or without its point: never a full name with one ("September." ends
#: a sentence, and "September.\n\n3" is no date).
MON_ABBR = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
#: …and in capitals, as factboxes write a line's date ("SEPT. 24, 2023 - …", "FEBRUARY 2008 - …"): an abbreviation
#: or "MAY" only before a number, where no headline's word in capitals stands.
MON = (rf"(?:{MON_ABBR}|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER"
       r"|(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?(?=\s+\d))")
MON_FULL = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
#: A weekday's name, or its abbreviation: with its point, or without one right before the day it names, as
#: datelines and schedules write it ("Mon 24 Nov", "Sat, Nov 22").
WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Tues?\.|Wed\.|Thu(?:rs?)?\.|Fri\.|Sat\.|Sun\.|Mon\."
           rf"|(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=,?\s+(?:[0-3]?\d\b|{MON}\s+\d)))")
DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]\d\d|20\d\d)"
YEAR_OR_APOS = rf"(?:{YEAR}|'\d\d)"
ANY_YEAR = r"(?:\d{4}|'\d\d)"  # inside a full date any four digits are a year (31 December 9999)
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)"
MOD = (r"(?:(?P<mod>[Ee]arly|[Ll]ate|[Mm]id|[Tt]he\s+end\s+of|[Tt]he\s+beginning\s+of|[Tt]he\s+middle\s+of|[Tt]he\s+start\s+of"
       # ("end-June", "by end 2025"; not the verb: "was meant to end last year", "did not end last year")
       # (the letter looked at first: the look-behinds would otherwise run at every position of every text)
       r"|(?=[Ee]nd)(?<!\bto\s)(?<!\bnot\s)(?<!\bwill\s)(?<!\bwould\s)(?<!\bcould\s)(?<!\bshould\s)(?<!\bmust\s)"
       r"(?<!\bmay\s)(?<!\bmight\s)(?<!\bcan\s)(?<!\bdid\s)[Ee]nd"
       # (…or its first or last days: "in the first days of January", "the final weeks of March")
       r"|[Tt]he\s+(?:first|last|final|opening|closing)\s+(?:few\s+)?(?:days|weeks)\s+of)(?:-|\s+|(?=-)))")
REL_WORDS = r"(?:[Ll]ast|[Tt]his|[Nn]ext|[Tt]his\s+past|[Tt]his\s+coming|[Tt]he\s+past|[Tt]he\s+previous|[Tt]he\s+coming|[Tt]he\s+following|[Tt]he\s+current|[Tt]he\s+last|[Tt]he\s+next|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)"
REL = rf"(?P<rel>{REL_WORDS})"
COUNT = lx.COUNT_RE
APPROX = r"(?:(?P<approx>[Nn]early|[Aa]lmost|[Mm]ore\s+than|[Ll]ess\s+than|[Ff]ewer\s+than|[Aa]t\s+least|[Uu]p\s+to|[Aa]bout|[Aa]round|[Rr]oughly|[Aa]pproximately|[Oo]ver|[Ss]ome|[Uu]nder|[Ww]ithin|[Jj]ust|[Oo]nly)\s+)"
UNIT = lx.UNITS_RE
PARTS = r"(?:morning|afternoon|evening|night)"
#: The same moment told in universal time, in brackets after a local one: "(1945 GMT)", "(05:00 GMT)".
_BRACKETED_UTC = r"\(\s*(?:\d{1,2}[:.]\d{2}|\d{4}|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\.?)\s*(?:GMT|UTC)\s*\)"
TZ = (r"(?:\s*(?:(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|[Ll]ocal\s+time|"
      # ("at 0900 local (0600 GMT)": the local clock, its zone's in brackets)
      r"[Ll]ocal(?=\s*[(\[]\s*\d{1,2}[:.]?\d\d\s*(?:GMT|UTC))|"
      # "Moscow time", "Indian time", "New York time": a place's time after a clock
      r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time)(?![\w])"
      rf"(?:\s*{_BRACKETED_UTC})?|{_BRACKETED_UTC}))")
#: Words that put a clause in the future, looked for between the date and its nearest verb.
FUTURE_WORDS = {
    "will", "'ll", "wo", "shall", "would", "could", "might", "should", "going", "plans", "plan", "planning",
    "intends", "intend", "upcoming", "next", "soon", "forthcoming", "hopes", "hope", "aims", "tentatively",
    "expects", "expect",
    # "may", "must" and "can" before a bare verb: "troops must leave by Friday"; a perfect after them
    # ("may have fled on Friday") is past, and its participle stands nearer the date
    "may", "must", "can", "cannot",
}
#: Scheduled presents that are nouns too: after a determiner and a noun they are the noun ("a confidence vote").
NOUN_LIKE_PRESENT = {"vote", "visit", "return", "start", "open", "close", "meet", "strike", "launch", "rally", "march"}
#: Verbs of scheduled happenings: in the present tense right before a date they announce it
#: ("the leaders meet Monday", "talks resume on Tuesday"), as news writes the future.
SCHEDULED_PRESENT = {"meet", "meets", "arrive", "arrives", "leave", "leaves", "resume", "resumes", "open", "opens",
                     "flies", "heads", "go", "goes",
                     "begin", "begins", "start", "starts", "visit", "visits", "travel", "travels", "return",
                     "returns", "convene", "convenes", "host", "hosts", "expire", "expires", "vote", "votes",
                     "sign", "signs", "depart", "departs", "reconvene", "reconvenes", "gather", "gathers",
                     "take", "takes", "enter", "enters", "come", "comes", "end", "ends", "close", "closes", "run", "runs",
                     "is", "are"}  # "the vote is on Friday", "the deadline is Friday"
#: Present verbs that stage a happening named by their object: with such an object ("holds a
#: referendum on its new constitution in March") they announce it however long the object is.
STAGING_PRESENT = {"holds", "elects", "hosts", "stages", "chooses", "picks", "faces",
                   # (…and a plural subject's: "Colombians elect a new president on May 31")
                   "hold", "elect", "host", "stage", "choose", "pick", "face"}
STAGED_NOUNS = {"election", "elections", "referendum", "vote", "polls", "runoff", "run-off", "ballot", "primary", "trial",
                "deadline", "verdict",
                "primaries", "summit", "talks", "meeting", "conference", "session", "hearing", "congress", "president",
                "parliament", "leader", "mayor", "governor", "pope", "games", "festival", "forum", "negotiations"}
#: Words after which a plural present is a bare infinitive, its tense told by them: "failed to hold", "did not elect".
_BEFORE_A_BARE_VERB = {"to", "not", "never", "did", "didn't", "do", "does", "cannot", "can't", "could", "would", "should",
                       "might", "must", "will", "shall", "let", "help", "make", "made"}
#: Future words that are as often nouns: verbs only before "to", "for" or "on".
NOUN_OR_VERB = {"plan", "plans", "hope", "hopes", "aim", "aims"}
#: Participles of planning: future after "is/are/be" or before "to"/"for", past after "was/had".
PLAN_WORDS = {"scheduled", "expected", "planned", "due", "set", "slated", "poised", "supposed"}
#: The words of a day told between a verb and its infinitive: "voted [on Friday] to hold", "agreed [late on Monday] to".
_DAY_OF_SAYING_WORDS = {"on", "late", "early", "last", "this", "yesterday", "today", "tonight", "earlier", "monday", "tuesday",
                        "wednesday", "thursday", "friday", "saturday", "sunday", "night", "morning", "evening", "afternoon",
                        "week", "unanimously", "overwhelmingly", "narrowly"}
#: Past verbs of intention: "agreed to meet in May" looks ahead of the agreeing.
INTENT_PAST = {"decided", "agreed", "promised", "pledged", "vowed", "threatened", "intended", "hoped", "aimed",
               "prepared", "voted", "offered", "proposed", "arranged", "undertook", "resolved"}
#: …and in the present, as headlines and announcements write them: "agree to open", "vows to return".
INTENT_PRESENT = {"agree", "agrees", "decide", "decides", "promise", "promises", "pledge", "pledges", "vow", "vows",
                  "threaten", "threatens", "intend", "intends", "offer", "offers", "propose", "proposes"}
#: Nouns of intention before an infinitive: "an agreement to acquire the bank in January".
INTENT_NOUNS = {"agreement", "plan", "plans", "proposal", "offer", "bid", "deal", "pact", "accord", "decision",
                "intention", "promise", "pledge", "commitment", "vote", "order", "contract", "option"}
#: Participles that name a thing after its noun ("an exercise called…", "a group known as…").
NAMING_PARTICIPLES = {"called", "named", "dubbed", "known", "titled", "entitled", "labelled", "labeled", "branded", "codenamed"}
#: Modals that read as future before a date but say little after one ("…, officials could…").
WEAK_MODALS = {"could", "might", "should", "would"}
#: Modals that still tell the future from further back in a clause than the nearest words.
FAR_MODALS = {"will", "shall", "'ll"}
#: …and plans in the present: "is scheduled to meet the speaker tomorrow and to visit the border on Wednesday".
_FAR_PLAN = re.compile(r"\b(?:is|are)\s+(?:also\s+)?(?:scheduled|expected|due|set|slated|going|planning|poised)\s+to\b"
                       r"|\b(?:plans|intends|aims)\s+to\b"
                       # ("Diplomats expect the next package to be discussed…, with a view to adoption before…")
                       r"|\b(?:expect|expects|want|wants)\s+(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,3}?to\s+(?:be\s+)?[a-z]+",
                       re.IGNORECASE)
#: Words that make a following date a deadline or a start ("effective Feb. 1", "until mid-November"):
#: the verb's tense says nothing about which side of the publication date it falls.
#: Words in -ing after "is" that make no progressive: "is nothing", "is everything", "is during".
NOT_PROGRESSIVE = {"nothing", "something", "anything", "everything", "during", "according", "including", "morning",
                   "evening", "building", "meeting", "thing", "king", "spring"}
NEUTRAL_WORDS = {"effective", "until", "till", "through", "beyond"}
#: Words that put the date behind the publication date whatever the verb ("since Oct. 23").
PAST_MARKERS = {"since", "ago", "recently"}  # ("…many times, most [recently] in June": what was last done)
#: Before these a word is a noun or an adjective, not a verb ("the plan", "a still unspecified date").
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "this", "these", "those", "still"}
PRESENT_AUX = {"is", "are", "am", "'s", "be", "being", "will", "now", "has", "have"}
PAST_AUX = {"was", "were", "had", "previously", "originally"}
#: Words that put a clause in the past: the irregular pasts ("hit", "cut" and the other pasts spelled
#: like their present count too: news reports far more than it announces) and adverbs of the past.
IRREGULAR_PAST = IRREGULAR_PASTS | {"ago", "earlier", "last", "previously", "already"}
NOT_PAST = {"need", "indeed", "speed", "seed", "feed", "bed", "red", "hundred", "proceed", "succeed", "exceed",
            "shed", "united", "limited", "based", "related", "scheduled", "expected", "planned", "proposed",
            "so-called", "alleged", "advanced", "detailed", "armed", "reed", "breed", "ed", "wed", "fed", "weed",
            "deed", "heed", "steed", "creed", "greed", "sled", "shred"}
#: Of those, the ones that are a verb in the past when their object follows.
_ADJECTIVE_OR_PAST = {"proposed", "limited", "advanced", "detailed", "armed", "united", "related"}
#: Verbs of saying in the past: neutral for the clause they report, but a date right after them
#: dates the saying itself.
REPORTING_PAST = {"said", "told", "announced", "reported", "stated", "added", "declared", "wrote", "confirmed"}
#: A saying right before a date: "said on", "said Saturday", "said in an interview on", "told reporters on".
SAID_ON = re.compile(rf"\b(?:{'|'.join(sorted(REPORTING_PAST))})\b(?:[^,.;]{{0,40}}\s(?=[Oo]n\s))?\s*(?:[Oo]n\s+)?$")
#: "starting Tuesday", "effective from Monday", "beginning in May": when a clause decides or announces
#: something, the day it starts comes after the deciding (DECIDED).
STARTING = re.compile(r"\b(?:starting|beginning|effective|commencing)(?:\s+(?:on|from|in|at))?\s+$", re.IGNORECASE)
DECIDED = re.compile(r"\b(?:agreed|announced|decided|ordered|imposed|approved|declared|set|signed|voted|extended|"
                     r"introduced|unveiled|adopted|issued|passed|will|plans?|planned)\b", re.IGNORECASE)
#: A verb that moves a date, whose "to" names the new date: "postponed … to December 2026".
MOVED_BEFORE = re.compile(r"\b(?:postpon|delay|mov|push|pushed\s+back|brought\s+forward|bring|reschedul|defer|advanc|"
                          # (…or a deadline moved on: "extended from late January to Feb. 18")
                          r"put\s+off|shift|extend|prolong)\w*\b[^.;:]{0,80}$", re.IGNORECASE)
RANGE_OPENER = re.compile(r"(?:\bfrom|\bbetween)\s+(?:the\s+)?$", re.IGNORECASE)  # ("between the late 1960s and 1998")


def moved_not_ranged(text: str, start: int) -> bool:
    """Whether the date at `start`, with a "to" after it, is the day a move was made rather than a range's start:
    "postponed the elections scheduled for December 2024 to December 2026", "pushed back in September to December 2026"
    (not "moved from March to May", whose "from" opens the two dates the move is between)."""
    return not RANGE_OPENER.search(text[max(0, start - 14):start]) \
        and MOVED_BEFORE.search(text, max(0, start - 120), start) is not None


#: A move's "from", right before the first of its two dates: "postponed from [Tuesday] to Thursday".
MOVED_FROM = re.compile(r"\b(?:postponed|delayed|moved|pushed\s+back|brought\s+forward|rescheduled|deferred|advanced|put\s+off|"
                        r"shifted|extended|prolonged)\s+"
                        # (a few words may stand between: "postponed twice — most recently from")
                        r"(?:(?:twice|again|once|several\s+times|repeatedly|most\s+recently|—|–|,)\s*){0,4}"
                        r"from\s+(?:the\s+)?$", re.IGNORECASE)
#: A plan set off by a comma, up to its date: ", due to take place in Muscat on", ", scheduled for", ", set to open in".
_PLAN_ASIDE_BEFORE = re.compile(r",\s+(?:originally\s+|initially\s+)?(?:due|scheduled|set|expected|slated|planned)\s+"
                                r"(?:to\s+[a-z]+(?:\s+place)?\s+)?(?:[^,;.]{0,40}?\s+)?(?:on|in|for|at)\s+(?:the\s+)?$")
#: The aside closed and the main verb a past passive of what became of the plan: ", was cancelled", ", were called off".
_PAST_AFTER_ASIDE = re.compile(r"[^,;.]{0,40}?,\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
                               r"(?:[a-z]{3,}ed|called\s+off|put\s+off|cancell?ed|scrapped|shelved|held|brought\s+forward)\b")
#: A noun's plan right before its day: "[planned for ]", "[scheduled for ]".
#: (a noun's, not a pluperfect's, which tells a plan given up: "had been scheduled for")
_PLAN_FOR_BEFORE = re.compile(r"\b(?!been\b)[a-z]{3,}\s+(?:planned|scheduled|slated|set)\s+for\s+(?:(?:next|this)\s+)?$")
#: A plan called off, right after the day it was for: "[ was banned]", "[ were cancelled]".
_PLAN_UNDONE_AFTER = re.compile(r"\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?(?:banned|called\s+off|"
                                r"put\s+off|cancell?ed|scrapped|shelved|postponed|prohibited|blocked|delayed)\b")
#: The subject noun phrase a sentence opens with, up to the preposition of a date inside it: "[Fighting in the capital
#: in] May between armed groups … killed…" (not an opening adverbial: "In the capital in May, …").
_SUBJECT_PHRASE_BEFORE = re.compile(r"\s*(?!(?:In|On|At|After|Before|By|Since|During|From|Until|Till|When|While|If|As|Last|This|"
                                    r"Early|Late|Later|Earlier|Then|Over|For|Through|Throughout|Between|Around)\b)"
                                    r"[A-Z][\w'’-]*(?:\s+[\w'’.-]+){0,6}?\s+(?:in|on|at|during)\s+")
#: A clause ends at a full stop that ends a sentence (not at "U.S.", "J." or "Sept.", but at
#: "NATO."), at other end punctuation, at quotation marks and dashes; a clock's "a.m." ends one only before
#: what opens a sentence ("at 6 a.m. on Tuesday and reopen on Wednesday" is one clause, "at 6 a.m. Troops" two).
CLAUSE_BOUNDARY = re.compile(
    r",\s+(?:and|but)\s+|(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|vs))(?<!Mrs|Inc|Ltd|Gen|Sen|Rep|Gov|Jan|Feb|Aug|Oct|Nov|Dec)(?<!Sept)"
    r"(?<!\b[ap]\.m)\.(?=\s|$)|(?<=\b[ap]\.m)\.(?=\s*$|\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|GMT|UTC|[ECMP][SD]T|CES?T|local)"
    r"|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z\"“])|[;!?\n]|``|''|\"|“|”|--|—")
TOKEN = re.compile(r"[A-Za-z']+")
#: What a phrase joined on after ", and" holds when its verb is the clause's before: "then to Ankara on", "in Geneva on".
_GAPPED_PHRASE = re.compile(r"(?:then\s*,?\s+|later\s*,?\s+|again\s*,?\s+)?(?:to|in|at|for|from|with|via)\s+"
                            r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:on|in|at|by)?\s*")
#: A second infinitive joined on, the last before a date: "[ and to ]meet again in".
_JOINED_INFINITIVE = re.compile(r"\s+and\s+to\s+(?=[a-z]{2,}\b)(?!.*\band\s+to\s)")
#: Periods of a results story that are compared year on year, not quarter on quarter.
YEAR_LONG_PERIOD = re.compile(r"\b(?:nine|six|first\s+nine|first\s+six|12|twelve)\s+months\b|\bfirst\s+half\b|\b(?:fiscal|full)\s+year\b"
                              r"|\byear\s+ended\b|\bfor\s+the\s+year\b|\bannual\b", re.IGNORECASE)
QUARTER_WORD = re.compile(r"\bquarter\b|-quarter\b", re.IGNORECASE)
#: Phrases that put the date after the clause's own time, so its tense says nothing about the date.
#: A gerund that sets up a thing to come, right up to that thing's date: "setting up a run-off … on ", "paving the way for
#: elections in ".
_SETTING_UP = re.compile(r"\b(?:setting\s+up|paving\s+the\s+way\s+for|clearing\s+the\s+way\s+for|opening\s+the\s+way\s+for|"
                         r"triggering|forcing|setting\s+the\s+stage\s+for)\s+(?:a|an|the)\s+[^,;:.]{2,80}?\s(?:on|in|for)\s+$")
AHEAD_OF = re.compile(r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+time\s+for|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to|"
                      r"(?:days|weeks|months)\s+before)\s+(?:the\s+)?"
                      # (…its owner's: "on the eve of the IAEA board's [December] session")
                      r"(?:(?:[A-Z][\w.-]*\s+){0,3}[\w-]+['’]s\s+)?$",
                      re.IGNORECASE)
#: A happening a short count of days after the clause's time, named before its date: "had stalled, weeks before the
#: election on Jan. 7" (the date is near the clause's own, on the side the count says, whatever its tense).
_DAYS_BEFORE_NAMED = re.compile(r"\b(?:days|weeks)\s+before\s+(?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){1,3}?"
                                r"(?:on|in|set\s+for|due\s+on|scheduled\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
#: A happening that follows the clause before it: ", followed by talks in Beijing in ".
_FOLLOWED_BY = re.compile(r",\s+(?:to\s+be\s+)?followed\s+by\s+[^,;:.]{1,80}$")
#: A happening the clause before it came after, told by its noun alone, up to its date: ", after a similar handover of 29
#: in ".
_AFTER_A_NOUN = re.compile(r",\s+(?:after|following)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){1,8}?"
                           r"(?:in|on|at|during|late|early)\s+(?:(?:in|on)\s+)?$")
#: A ranking, then what came before it named after "after", up to that one's date: "the third such gathering in less than a
#: year, after meetings in Geneva in ".
_RANKED_AFTER_EARLIER = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
                                   r"(?:such\s+)?[a-z][\w-]*\b[^.;:!?]{0,60}?,?\s+(?:after|following)\s+"
                                   r"(?!(?:[\w'’-]+\s+){0,6}?(?:[a-z]{3,}ed|was|were|is|are|has|had|have|will|would)\b)"
                                   r"(?:[\w'’-]+\s+){0,6}?(?:in|on|at)\s+(?:(?:early|late|mid-?)\s*)?$")
#: A noun of intent and its infinitive, then the vote or gathering the date names: "[a proposal] to allow foreign bases in
#: a referendum on ".
_INTENT_THEN_VOTE_OF_THE_DATE = re.compile(rf"\b(?:{'|'.join(sorted(INTENT_NOUNS))})\s+to\s+[a-z]{{2,}}\b[^,;:.()]{{0,60}}?"
                                           r"\s(?:in|at|during)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?:referendum|vote|ballot|"
                                           r"plebiscite|election|poll|summit|meeting|session|hearing)\s+(?:(?:on|in|at)\s+)?$")
#: A verb inside such a phrase, which makes it a clause with a tense of its own: "after the army [retook] the town in ".
_VERB_IN_AFTER_PHRASE = re.compile(r"\b(?:[a-z]{3,}ed|was|were|is|are|has|had|have|will|would|could|may|might)\b")
#: Slashed dates, read together to learn which way a text writes them ("26/11/2023" is day first).
SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
#: A day written before its month's name ("3 December 2026", "the 15th of January") and after it ("December 3",
#: "Jan. 15"): which of them a text writes tells how it writes a slashed day that reads both ways.
DAY_BEFORE_MONTH_NAME = re.compile(rf"(?<![\d/.,])\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MON_FULL}\b")
DAY_AFTER_MONTH_NAME = re.compile(rf"\b(?:{MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d{{1,2}}"
                                  rf"(?:st|nd|rd|th)?\b(?![\d:])")
#: "Until"/"till" right before a weekday make it a deadline, which news gives ahead of time.
DEADLINE_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)
#: A date that bounds rather than dates a happening: "until May", "by Friday", "ahead of the summit".
BOUND_PREPOSITION = re.compile(r"\b(?:(?<!shortly\s)(?<!just\s)(?<!right\s)(?<!hours\s)(?<!minutes\s)(?<!moments\s)before|by|"
                               r"(?:until|till)\s+after|until|till|ahead\s+of|no\s+later\s+than|up\s+to|through|"
                               r"(?:extended|extends|extending|prolonged|lengthened)\s+(?:[a-z]+\s+)?to)\s+"
                               # ("until at least Monday", "by the end of", "until as late as")
                               r"(?:(?:at\s+least|at\s+the\s+(?:earliest|latest)|as\s+(?:late|early)\s+as)\s+)?(?:the\s+)?$",
                               re.IGNORECASE)
#: A sentence ends at a full stop before a capital or a number, but not after an initial, a title or a
#: month's abbreviation ("Sept. 27, 2020" is one sentence).
SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Ms|Dr|St|Jr|Sr|Co|vs|No))"
                          r"(?<!Mrs|Inc|Ltd|Gen|Sen|Rep|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?<!Sept)"
                          r"(?!(?<=\b[apAP]\.[mM])\.\s+(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*|GMT|UTC|E[DS]?T|C[DE]S?T|BST|P[DS]T|"
                          r"[A-Z][a-z]+\s+time)\b)"  # (nor "at 6 p.m. Moscow time")
                          r"[.!?]\s+(?=[\"'“A-Z0-9])"  # (not "at 4 a.m. Saturday")
                          r"|\n(?:\s*\n|(?=[ \t]*[-•*·▪–—][ \t]+\S))")  # (a list's item is a sentence of its own)


def that_year(ctx: Context) -> int | None:
    """The year "that year" means: the last one written out when it is the last date the story came to ("…below the 70 a
    day recorded in 2023, before attacks began in November of that year"), else the year the story is at (not a bound
    counted from: "…began in March 2011, three years after independence in 2008. Agreements followed that summer")."""
    if ctx.written_year is not None and ctx.written_year[1] == ctx.ref_at:
        return ctx.written_year[0]
    if ctx.ref_year == ctx.dct.year and ctx.written_year is not None and ctx.written_year[0] < ctx.dct.year \
            and ctx.in_view(ctx.written_year[1], ctx.ref_at):
        # ("…sworn in in April 2024. Its mandate was set to end on Feb. 7 under an agreement reached in the spring of
        # that year": "that" year is no year of the writing, which a day without its year was read in)
        return ctx.written_year[0]
    return ctx.ref_year


@dataclass
class Context:
    """What value resolution needs beyond the match: the DCT, the text and the running anchor."""

    text: str
    dct: Day
    ref: Day | None = None  # last day-precise date the text mentioned
    ref_year: int | None = None
    ref_month: tuple[int, int] | None = None
    ref_grain: str = ""  # "day", "month" or "year": how precise the last date mentioned was
    ref_at: int = -1  # where the last date was mentioned
    ref_day_at: int = -1  # where the last day-precise date was mentioned
    ref_day_of_story: bool = False  # whether that day was read as the story going on from a day or month of years past
    past_ref: Day | None = None  # the last day-precise date mentioned that is not after the DCT
    ahead_ref: Day | None = None  # …and the last one after it, with where it was named
    ahead_ref_at: int = -1
    entry_day: Day | None = None  # the day of the last chronology entry's label, and where it was named
    entry_day_at: int = -1
    ref_quarter: int | None = None  # year * 4 + quarter - 1 of the last quarter mentioned
    ref_quarter_at: int = -1  # where it was mentioned
    lead_quarter: int | None = None  # the first recent one: a results story names the quarter it reports first
    quarterly: bool = False  # an earnings-style text, where "a year ago" means a quarter back
    range_counter: int = 0
    header_day: Day | None = None  # the day a line of its own last named: a live page's date header
    ref_night: bool = False  # whether the last day named was a night ("overnight", "Tuesday night")
    ref_evening: bool = False  # …or an evening ("on Saturday evening")
    ref_month_names_a_thing: bool = False  # the last month named a noun's ("the September 2023 attack")
    ref_decade: int | None = None  # the decade last named, when it was the last date ("the early 1990s": 199)
    ref_season_middle: Day | None = None  # the middle of the season last named, when it was the last date ("the fall of 2024")
    # the months a half, quarter or season last named spans, and where it was named ("the first half of the year")
    ref_period: tuple[int, int, int] | None = None  # (year, first month, last month)
    ref_period_at: int = -1
    ref_clock: str = ""  # the last clock time named ("2025-10-13T08:00"), the anchor of "three hours later"
    ref_clock_at: int = -1  # where it was named
    #: Whether the last day named was the day a source spoke (", sources said early Wednesday"), and the
    #: day the story was at before it, which a bare clock time after it still means.
    ref_said: bool = False
    #: Whether the last day named only bounds a state ("in force since the 3rd of March 2022"): no clock time
    #: after it is of that day.
    ref_bound: bool = False
    unsaid_ref: Day | None = None
    unsaid_ref_at: int = -1
    unsaid_night: bool = False
    #: Whether the text is a narrative told from no day of its own (an encyclopedia's entry), where a date
    #: without its year is of the year last named, not of the publication's.
    narrative: bool = False
    narrative_year: int | None = None  # the year the narrative has come to (a look back in the pluperfect leaves it)
    header_year: int | None = None  # the year a line of its own last named: a chronology's section heading
    ref_month_at: int = -1  # where the last month named (without its day) stands
    named_month: tuple[int, int] | None = None  # …and which month that was (a day named after it leaves it)
    header_scanned: int = 0  # how far the text was read for the end of that section
    #: Whether the text has yet named a date of the publication's time (this year or the last, "now"): until it does,
    #: a retrospective ("Thirty years ago… They began on Nov. 1.") tells only of the years it names.
    present_told: bool = False
    past_years_written: int = 0  # how many dates written with a year long past it has named so far
    #: The last year written out and where ("the 70 a day recorded in 2023"): what "that year" means right after it, even
    #: when the story's own time stayed elsewhere.
    written_year: tuple[int, int] | None = None
    back_to_now_at: int = -1  # where the text first speaks of now in its verbs ("Since then…", "has grown"), once looked up

    _slash_orders: tuple[bool, bool] | None = None
    _names_day_first: bool | None = None

    def _slashed_orders(self) -> tuple[bool, bool]:
        """Whether one of the text's slashed dates can only be read day first ("26/11/2023"), and
        whether one can only be read month first ("11/30/2023"). Looked up once per text."""
        if self._slash_orders is None:
            pairs = [(int(a), int(b)) for a, b in SLASHED_DATE.findall(self.text)]
            self._slash_orders = (any(a > 12 for a, _ in pairs), any(b > 12 for _, b in pairs))
        return self._slash_orders

    def slashes_day_first(self) -> bool:
        """Whether the text writes slashed dates day first: one of them can only be read so and none
        only month first, or none tells and the text writes its days before their months' names ("04/12/2026"
        above "…by 15 January")."""
        day_first, month_first = self._slashed_orders()
        if day_first or month_first:
            return day_first and not month_first
        if self._names_day_first is None:
            before = len(DAY_BEFORE_MONTH_NAME.findall(self.text))
            self._names_day_first = before > len(DAY_AFTER_MONTH_NAME.findall(self.text))
        return self._names_day_first

    def slashes_month_first(self) -> bool:
        """Whether one of the text's slashed dates can only be read month first ("11/30/2023")."""
        return self._slashed_orders()[1]

    # ----- tense ---------------------------------------------------------------------------------
    def sentence_bounds(self, pos: int) -> tuple[int, int]:
        lo = max(0, pos - 400)
        start = lo
        # (a little past `pos`: a sentence's own first character is where its end mark's look ahead reads)
        for m in SENTENCE_END.finditer(self.text, lo, min(len(self.text), pos + 1)):
            if m.end() <= pos:
                start = m.end()
        m = SENTENCE_END.search(self.text, pos, min(len(self.text), pos + 400))
        end = m.start() + 1 if m else min(len(self.text), pos + 400)
        return start, end

    def tense(self, start: int, end: int) -> str | None:
        """"future", "past" or None for the clause around [start, end), from the nearest verb.

        The nearest tense marker before the date decides ("predicted Wednesday" is past even when
        "will" stands earlier in the sentence); failing one, the first verb of the clause after it
        ("In March, the company received…").
        """
        line_start = self.text.rfind("\n", max(0, start - 40), start) + 1  # (a bounded look: a heading is short)
        if (line_start > 0 or start <= 40) and not self.text[line_start:start].strip(" \t#*=_-") \
                and _HEADING_LINE_END.match(self.text, end):
            # a date alone on its line heads the entry below it, whose verb tells its tense ("March\nNegotiators
            # announced…" is the last March)
            following = self.text[end:end + 300].lstrip(" \t*#:=_-\r\n")
            return self._tense_after(following[:140])[0]
        if (line_start > 0 or start <= 40) and not self.text[line_start:start].strip(" \t#*=_-•") \
                and (label := _ENTRY_LABEL_END.match(self.text, end)) is not None:
            # "Late February: Ramadan begins, a period mediators have in the past used…": a date that labels its line's
            # entry takes the entry's first verb, and no past told further on in it
            entry = self.text[label.end():label.end() + 140]
            return self._tense_after(re.split(r"[,;.]\s", entry, maxsplit=1)[0])[0]
        sentence_start = self.sentence_bounds(start)[0]
        closing = _CLOSING_GERUND_TO_DATE.search(self.text, max(sentence_start, start - 90), start)
        main = _SUBJECT_AND_PAST.match(self.text, sentence_start, closing.start()) if closing is not None else None
        if main is not None and not {w.lower() for w in TOKEN.findall(self.text, sentence_start, closing.start())} \
                & (FUTURE_WORDS | PLAN_WORDS | {"may"}):
            # "Lawmakers needed more than 50 sessions to elect a speaker, finally doing so in August": a gerund set off
            # after the clause goes on in its main verb's past, whatever infinitive stands between
            return "past"
        gapped = _GAPPED_NOUN_PHRASE_BEFORE.search(self.text, max(sentence_start, start - 60), start)
        if gapped is not None and gapped.start() > sentence_start and re.match(r"\s*(?:[.;!?\"”]|$)", self.text[end:end + 3]):
            # "The next round is expected in the coming days, and a follow-up in the spring": a noun phrase joined on with
            # no verb of its own, its date closing the sentence, shares the clause before it, and its tense
            return self.tense(gapped.start(), gapped.start())
        if _LIKELY_AFTER.match(self.text, end) or _LIKELY_BEFORE.search(self.text, max(0, start - 70), start):
            # "Officials say the autumn is more likely", "A meeting is possible in the spring": a time weighed as a
            # prospect lies ahead
            return "future"
        if PAST_RELATIVE_AFTER.match(self.text, end) or AND_MONTH_THEN_PAST_RELATIVE.match(self.text, end) \
                or _SET_OFF_PAST_RELATIVE_AFTER.match(self.text, end):
            # "The decree follows a national consultation in April that recommended…": the date's noun did something
            # in the past, whatever the main verb's tense
            return "past"
        closed = _CLOSED_RELATIVE_ASIDE_BEFORE.search(self.text, max(0, start - 200), start)
        if closed is not None and closed.start() > 0:
            # "He will visit the port, where an explosion … killed 200 people, on Tuesday": past a relative aside set off
            # by commas, the date is the main clause's
            return self.tense(closed.start(), closed.start())
        lo = max(0, start - 160)
        # (a name in quotation marks is no quotation: 'an exercise called "Eastern Sentry" on Friday')
        before = _QUOTED_NAME.sub(r" \1 ", self.text[lo:start])
        # (…nor is a condition cut short a clause of its own: "with a runoff, if needed, on Oct. 19")
        before = _REDUCED_CONDITION.sub(lambda m: " " * len(m.group()), before)
        cut = 0
        for m in CLAUSE_BOUNDARY.finditer(before):
            cut = m.end()
        clause = TOKEN.findall(before[cut:])
        words = clause[-12:]
        lowered = [w.lower() for w in words[-2:]]
        if cut and before.endswith((" and ", " but "), 0, cut) and _GAPPED_PHRASE.fullmatch(before, cut) \
                and not any(_tense_of(words, j) for j in range(len(words))):
            # "will travel to Brussels on Wednesday, and then to Ankara on Friday": a phrase joined on with no verb of its
            # own shares the verb, and the tense, of the clause before it
            joined_at = lo + before.rfind(",", 0, cut)
            return self.tense(joined_at, joined_at) if joined_at >= lo else None
        if len(words) >= 3 and words[-3].lower() in ("was", "were", "is", "are", "been", "be") \
                and lowered[0] in _SET_FOR and lowered[1] == "for":
            # "power cuts were announced for Sunday", "a strike was called for Monday": the day set (not a
            # participle about the subject: "talks planned for Thursday were cancelled" say by their verb)
            return "future"
        if len(words) >= 2 and lowered[0] in _PLAN_PARTICIPLES and lowered[1] == "for" \
                and _PLAN_NEVER_KEPT.match(self.text, end, min(len(self.text), end + 60)):
            # "The vote, originally scheduled for March, was never held": a plan that never came to be has had its day
            return "past"
        if len(words) >= 3 and lowered[0] in _PLAN_PARTICIPLES and lowered[1] == "for" \
                and words[-3].lower() not in _NOT_A_PLAN_NOUN and _PLAN_PARTICIPLE_CLOSES.match(self.text, end):
            # "…after parliamentary elections scheduled for June 7.": a noun's plan, with no verb of the clause to tell it
            # otherwise ("talks planned for Thursday were cancelled" leaves it to the nearest such day)
            return "future"
        awaited = _NOUN_AWAITED_ON.search(before[cut:])
        if awaited is not None and awaited["noun"].lower() not in _NOT_A_PLAN_NOUN \
                and (_PLAN_PARTICIPLE_CLOSES.match(self.text, end) or _CLOSING_ATTRIBUTION.match(self.text, end)):
            # "…arrangements for a signing ceremony expected at the White House on Friday.": what a noun awaits, its place
            # maybe between, with no verb of the clause after it to tell otherwise
            return "future"
        if len(words) >= 3 and words[-3].lower() in ("pencilled", "penciled") and lowered == ["in", "for"]:
            return "future"  # "with a summit pencilled in for the spring": a tentative plan
        if _PLAN_ASIDE_BEFORE.search(before) and _PAST_AFTER_ASIDE.match(self.text, end):
            # "A sixth round, due to take place in Muscat on June 15, was cancelled": a plan told in the past, which may
            # have been for either side of publication (the nearest such day)
            return None
        if len(lowered) == 2 and lowered[0] in ("expected", "due") and lowered[1] in ("on", "in", "by") \
                and before[cut:].rstrip().endswith(f", {words[-2]} {words[-1]}"):
            return "future"  # "The verdict, expected on Thursday, could…": an aside of what is awaited
        if lowered and (lowered[-1] in REPORTING_PAST or (len(lowered) == 2 and lowered[0] in REPORTING_PAST
                                                           and lowered[1] in ("in", "on", "at", "late", "early"))):
            if _PASSIVE_INFINITIVE_END.search(before, max(cut, len(before) - 60)):
                return "future"  # ("The new name is to be announced Wednesday": a passive's infinitive, still to come)
            return "past"  # "said in March", "announced on Friday": the date is the saying's
        followed = _FOLLOWED_BY.search(before)
        if followed is not None and lo + followed.start() < start:
            # "A delegation is due in Moscow this week, followed by talks in Beijing in early December": what follows
            # is told in the tense of what it follows
            return self.tense(lo + followed.start(), lo + followed.start())
        voted_on = _INTENT_THEN_VOTE_OF_THE_DATE.search(before)
        if voted_on is not None:
            # "Ecuadoreans rejected a proposal to allow foreign bases in a referendum on Sunday": the vote the date names
            # is no part of the proposal's infinitive, and is told in the tense of the clause the proposal is in
            return self.tense(lo + voted_on.start(), lo + voted_on.start())
        if _RANKED_AFTER_EARLIER.search(before[cut:] if cut else before):
            # "It will be the third such gathering in less than a year, after meetings in Geneva in March": the ones a
            # ranking counts came before it, whatever its own tense
            return "past"
        after_noun = _AFTER_A_NOUN.search(before)
        if after_noun is not None and not _VERB_IN_AFTER_PHRASE.search(after_noun.group()):
            # "Mexico sent 26 traffickers to the United States in August, after a similar handover of 29 in February": a
            # happening named by its noun alone, which the clause before came after, is told in that clause's tense
            return self.tense(lo + after_noun.start(), lo + after_noun.start())
        if _RELATIVE_SCHEDULED_PRESENT.search(before):
            return "future"  # "ahead of the talks that open in Geneva on Monday": a relative clause's schedule, told ahead
        if _AHEAD_OF_A_FUTURE.search(before[cut:]):
            return "future"  # "spoke on Friday ahead of a referendum Caracas will hold on Sunday": told ahead by its own verb
        if ("late" in before or "early" in before) and _SECURED_DEAL_TO.search(before[cut:]):
            # "mediators secured a deal to resume the exchanges late on Tuesday": a time of day told after a deal secured
            # is the securing's (what the deal is to do would be told with its own day, "to resume them on Thursday")
            return "past"
        if "eve of" in before and _PAST_ON_THE_EVE.search(before[cut:]):
            # "The envoy said on the eve of Sunday's vote that talks would resume": a day told in the past came the day
            # after, so no later than tomorrow, whatever the clause after it looks ahead to
            return "past"
        if AHEAD_OF.search(before) or _DAYS_BEFORE_NAMED.search(before) or _AHEAD_OF_HAPPENING_ON.search(before[cut:]) \
                or _SETTING_UP.search(before[cut:]):
            # "stockpiling missiles ahead of the winter": after the clause, whatever its tense; "…had won a majority,
            # setting up a run-off between the two leading candidates on Jan. 10": what the past set up, either side
            return None
        if _CALLED_ON_A_DAY_FOR.search(before[cut:]) or _CALLED_THING_FOR.search(before[cut:]) \
                or ("call" in before and _CALLED_FOR_GATHERING_ON.search(before, max(0, self.sentence_bounds(start)[0] - lo))):
            # "called on Thursday for protests in Tbilisi on Sunday", "called protests for Saturday": the day called
            # for is ahead
            return "future"
        if _URGED_TO_DO.search(before[cut:]):
            # "…urged supporters to rally outside parliament on Monday evening": what one is urged to do lies ahead of the
            # urging, which the sentence tells as just done
            return "future"
        if self.ref is not None and self.ref_day_at >= lo + cut and 0 <= self.dct.number - self.ref.number <= 14 \
                and _AGREED_ON_A_GATHERING.search(before[cut:]):
            # "agreed on Thursday on a new round of talks in February": the decision has its day, so the month is the
            # round's, which lies after it (a day gone by: a day ahead is no deciding's, "The talks, scheduled for Dec. 8,
            # were first proposed at a meeting in September")
            return "future"
        if STARTING.search(before) and DECIDED.search(before[cut:]):
            return "future"  # "agreed on Sunday to a truce starting Tuesday": what was decided starts after it
        if _TO_BEGIN.search(before) and DECIDED.search(before[cut:]):
            return "future"  # "have agreed to a truce to begin at dawn on Monday": what was decided begins after it
        # (one right before the date is its preposition, opening no clause: "Kyiv will not sign the deal until January,
        # an adviser said")
        opened = max((i for i, w in enumerate(words[:-1]) if w.lower() in _CLAUSE_OPENERS), default=-1)
        # (a subject's present of schedule tells one: "would remain in office after her term ends on Dec. 29")
        untold = opened >= 0 and not any(_tense_of(words, j) or (words[j].lower() in SCHEDULED_PRESENT and j > opened + 1
                                                                 and words[j - 1].lower() not in DETERMINERS | {"to"})
                                         for j in range(opened + 1, len(words)))
        if untold and opened >= 1 and _tense_of(words, opened - 1) == "past":
            # "The new charter, adopted after national consultations in February, dissolves…": a participle's phrase, no
            # clause of its own, the participle's past decides
            return "past"
        if untold:
            # "…will meet again this weekend, after talks over the weekend ended without a text": the date stands in
            # a clause of its own, whose verb after it decides (not the main clause's "will")
            after = self.text[end:min(len(self.text), end + 140)]
            # (not another clause after the comma: "…before the summit on Dec. 17, though two capitals have raised…")
            other_clause = _OTHER_CLAUSE_AFTER_COMMA.search(after)
            verdict, _ = self._tense_after((after[:other_clause.start()] if other_clause else after).lstrip(" ,"))
            if verdict is not None:
                return verdict
        begun = _PRESENT_BEGINS_A_HAPPENING.search(before, cut)
        if begun is not None and begun["verb"].lower() in SCHEDULED_PRESENT | _OPENING_OR_CLOSING_PRESENT \
                and _PLACE_OR_DATE_TO_END.fullmatch(before, begun.end()):
            # "Moon begins a three-day visit to Pyongyang on Thursday": the present of a beginning or an end of a
            # happening named after it is a schedule's, however far the date
            return "future"
        near = [w.lower() for w in words[-_SCHEDULED_REACH:]]
        for k, w in enumerate(near):
            # (a named object may stand between: "visits the White House on Friday", "meets Putin Tuesday", and a
            # place: "arrive in the Turkish capital on Tuesday")
            if w in SCHEDULED_PRESENT and all(x in ("on", "in", "at", "again", "separately", "jointly", "together", "here",
                                                    "there", "next", "this", "effect", "office", "place", "power",
                                                    "into", "force", "the", "to", "polls",
                                                    # ("come up for review in the spring", "is up for renewal in March")
                                                    "up", "for", "review", "renewal") or original[:1].isupper()
                                              # ("leaders begin arriving on Friday": the gerund of a beginning)
                                              or (w in ("begin", "begins", "start", "starts") and x.endswith("ing")
                                                  and len(x) > 5)
                                              or _in_place_phrase(near, k, j, words[len(words) - len(near) + k - 1]
                                                                  if len(words) - len(near) + k >= 1 else "")
                                              for j, (x, original) in enumerate(zip(near[k + 1:], words[-_SCHEDULED_REACH:][k + 1:],
                                                                                    strict=True), start=k + 1)):
                before_verb = near[k - 1] if k else (words[-_SCHEDULED_REACH - 1].lower()
                                                     if len(words) > _SCHEDULED_REACH else "")
                lowered_all = [x.lower() for x in words]
                at = len(words) - len(near) + k  # ("lost a confidence vote in October": a noun after a determiner and a noun)
                two_back = lowered_all[at - 2] if at >= 2 else ""
                # (nor after an object: "They let him go on Friday" is a bare infinitive)
                # (nor after a count: "won the most votes in February" is a noun's plural)
                # (a pronoun before a bare infinitive is its object, "let him go"; before an "-s" it is the subject:
                # "but it expires at the end of the year")
                if before_verb == "it" and w.endswith("s") and not w.endswith("ss"):
                    before_verb = ""
                # (nor after a causative's object: "Moscow let the deal expire on Monday" is a bare infinitive, the
                # letting's tense the clause's)
                if set(lowered_all[max(0, at - 4):max(0, at - 1)]) & _CAUSATIVES:
                    continue
                # (nor after a gerund a past takes: "resumed counting votes on Thursday" is the counting's object)
                if before_verb.endswith("ing") and (two_back.endswith("ed") or two_back in IRREGULAR_PAST):
                    continue
                if before_verb not in DETERMINERS and before_verb not in ("to", "will", "would", "did", "didn't", "not", "never",
                                                                          "him", "her", "them", "us", "me", "it", "let",
                                                                          "most", "more", "fewer", "many", "few", "several",
                                                                          "enough", "million", "thousand") \
                        and not before_verb.replace(",", "").isdigit() \
                        and not (w in NOUN_LIKE_PRESENT and two_back in DETERMINERS and not words[at - 1][:1].isupper()
                                 # (a plural before a bare present agrees with it: "the talks start on Friday")
                                 and not (before_verb.endswith("s") and not before_verb.endswith("ss")
                                          and not w.endswith("s"))) \
                        and not (w in NOUN_LIKE_PRESENT  # ("ended a three-day visit to Pyongyang on Thursday": a noun)
                                 and any(m["noun"].lower() == w for m in _DETERMINED_COMPOUND_NOUN.finditer(before, cut))) \
                        and before_verb not in IRREGULAR_PAST:  # ("came close on Friday": an adjective after a past)
                    return "future"  # "the leaders meet separately Monday"
        joined_infinitive = _JOINED_INFINITIVE.search(before, cut) if " to " in before[cut:] else None
        if joined_infinitive is not None and joined_infinitive.start() > cut:
            tail = TOKEN.findall(before[joined_infinitive.start():])
            if not any(_tense_of(tail, j) for j in range(len(tail))):
                # "…had agreed to reopen two crossings by the end of the year and to meet again in the spring": a second
                # infinitive is told as the first, whatever words its object took
                return self.tense(lo + joined_infinitive.start(), lo + joined_infinitive.start())
        since = max((i for i, w in enumerate(words) if w.lower() == "since"), default=None)
        if since is not None and any(_tense_of(words, j) == "past" for j in range(since + 1, len(words))) \
                and not {w.lower() for w in words[since + 1:]} & (WEAK_MODALS | FAR_MODALS):
            # "…the first accord since the two sides agreed to a plan to normalise relations in February": a time clause of
            # "since" tells what is gone by, whatever intent its object names
            return "past"
        # the nearest twelve words decide, each read with the words before it in the clause
        # ("will be named commander of the Space Shuttle Columbia for a mission in December")
        for i in range(len(clause) - 1, len(clause) - 1 - len(words), -1):
            if clause[i].lower() in STAGING_PRESENT and any(w.lower() in STAGED_NOUNS for w in clause[i + 1:]) \
                    and (i == 0 or clause[i - 1].lower() not in DETERMINERS | _BEFORE_A_BARE_VERB):
                return "future"  # "Colombia elects a new president in May", "Moldova holds a referendum on…"
            verdict = _tense_of(clause, i)
            if verdict == "past" and _DEADLINE_BEFORE_DATE.search(before) and _infinitive_in(clause[i:]):
                return None  # "asked the co-chairs to wind down its structures by Dec. 1": a deadline set for later
            if verdict == "neutral" and clause[i].lower() in ("until", "till") \
                    and any(_tense_of(clause, j) == "future" for j in range(max(0, i - 8), i)):
                return "future"  # "the envoys will stay until the 9th": the span a future verb opens ends ahead
            if verdict == "neutral" and clause[i].lower() in _SPAN_END_WORDS:
                return _span_end_tense(clause, i)
            if verdict:
                return None if verdict == "neutral" else verdict
        # a long object may stand between the verb and its date ("Turkey will host a new round of talks
        # on shipping in the Black Sea in the first week of April, its minister said"): a modal further
        # back in the clause still decides before a closing attribution does
        far = [w.lower() for w in clause[:len(clause) - len(words)]]
        # (…and a reported "would": "officials said she would arrive in Riyadh on Thursday and hold talks in Abu
        # Dhabi on Friday")
        modal = max((i for i, w in enumerate(far) if w in FAR_MODALS
                     or (w == "would" and REPORTING_PAST & set(far[max(0, i - 4):i]))), default=-1)
        plans = list(_FAR_PLAN.finditer(" ".join(far)))
        told_from = max(modal + 1 if modal >= 0 else -1,
                        len(" ".join(far)[:plans[-1].end()].split()) if plans else -1)
        # (not across a clause of its own: "…will remain for two more weeks even after a court Thursday refused…")
        # (a subordinator before a gerund opens no clause of its own tense: "will hold talks on Tuesday, before flying
        # to Yerevan on Wednesday")
        told = far[told_from:] + [w.lower() for w in words]
        if told_from >= 0 and not _clause_subordinators(told):
            return "future"
        # …and so does a past verb ("India struck what it called camps of armed groups in Pakistan in
        # response to an attack on tourists in the valley on May 7")
        # — unless what follows it looks ahead of it ("invited the ministers to a ceremony on March 12",
        # "told the companies of a cutback in September", "authorized a split, payable Dec. 7")
        for i in range(len(clause) - len(words) - 1, -1, -1):
            far_verdict = _tense_of(clause, i)
            if far_verdict == "future" and clause[i].lower() in INTENT_PAST \
                    and not {w.lower() for w in clause[i:]} & _SUBORDINATORS:
                # "The ministers agreed to hold the next round of talks … in Ankara in January": the date is the
                # intent's, after the agreeing, whatever the closing attribution's tense ("…, the ministry said")
                return None
            if far_verdict == "past":
                rest = [w.lower() for w in clause[i:]]
                # (an attempt's infinitive is as past as the attempt: "lawmakers failed for months to form a government
                # following the February vote")
                # (a subordinator before a gerund opens no clause of its own tense, and a refusal's infinitive is as past
                # as the refusal: "was barred from the vote after refusing to sign a code of conduct in April")
                subordinators = _clause_subordinators(rest)
                refused = bool(set(rest) & (_SUBORDINATORS - subordinators)) and bool(set(rest) & _REFUSING_GERUNDS)
                if rest[0] not in REPORTING_PAST and rest[0] not in INTENT_PAST \
                        and (not _infinitive_in(clause[i:]) or rest[0] in _ATTEMPT_PAST or refused) \
                        and not set(rest) & (WEAK_MODALS | FAR_MODALS | PLAN_WORDS | _LOOKS_AHEAD_WORDS) \
                        and not subordinators:
                    return "past"
                break
        opening = self.text[end:end + 2].startswith(",") \
            and len(TOKEN.findall(self.text, self.sentence_bounds(start)[0], start)) <= 3
        if _NEXT_CLAUSE.match(self.text, end):
            return None  # "…a new president in May, and candidates have vowed…": another clause's tense
        # (within the sentence: "In early September, after the collapse of the deal. … If we cannot…, roads will be cut" is
        # no future)
        window = self.text[end:min(len(self.text), end + 220)]
        stop = SENTENCE_END.search(window)  # (the sentence's end looked for in the window only: this runs for every date)
        window = window[:stop.start() + 1] if stop is not None else window
        after = window.split("\n\n", 1)[0].lstrip(" ,")
        if not opening and _CLOSING_ATTRIBUTION.match(self.text, end):
            # "…commits both sides to set up a commission by the end of January, the envoy told reporters": the
            # saying's tense is the telling's, not the date's
            return None
        verdict, skip = self._tense_after(after[:140])
        if verdict is None and skip is None and (cut == 0 or before[cut - 1] in ".!?\n") \
                and _SUBJECT_PHRASE_BEFORE.fullmatch(before, cut) and not any(_tense_of(clause, j) for j in range(len(clause))):
            # "Fighting in the capital in May between armed groups loyal to the Tripoli prime minister and a rival militia
            # killed…": a date inside a long subject waits for the verb after the whole of it
            verdict, skip = self._tense_after(after[:200], limit=20)
        if verdict is None and skip is not None and opening:
            # an opening date's subordinate phrase is passed over to the main clause ("In January, a
            # week after the anniversary of the ruling, a bombing killed…")
            comma = after.find(", ", skip)
            if comma >= 0:
                verdict, _ = self._tense_after(after[comma + 2:comma + 142])
        return verdict

    @staticmethod
    def _tense_after(after: str, limit: int = 12) -> tuple[str | None, int | None]:
        """The tense the first `limit` words of `after` (not counting names) give, and where a subordinate word
        stopped the reading (None when nothing stopped it)."""
        stop = CLAUSE_BOUNDARY.search(after)
        # the first words after the date (twelve unless told), not counting the names of a long subject
        # ("On Tuesday, the National Rights Action League plans to…", "By 1990, contacts between the government
        # and the armed group had begun")
        following: list[re.Match[str]] = []
        for m in TOKEN.finditer(after, 0, stop.start() if stop else len(after)):
            following.append(m)
            if sum(1 for w in following if not w.group()[:1].isupper()) >= limit:
                break
        words = [m.group() for m in following]
        for i, word in enumerate(words):
            lowered = word.lower()
            if lowered in ("that", "who", "which", "when", "where", "after", "before", "because", "once", "unless", "if") \
                    and not (lowered == "that" and i + 1 < len(words) and words[i + 1].lower() in _TIME_WORDS_AFTER_THAT):
                # (a "that" before a month or a season points back to a time, opening no clause: "An Easter truce [that]
                # April lasted 30 hours")
                return None, following[i].end()
            if lowered in ("could", "might") and i + 2 < len(words) and words[i + 1].lower() == "be" \
                    and words[i + 2].lower().endswith("ed"):
                return "future", None  # "The summit, planned for June 4, could be postponed": what may yet be done
            if lowered in WEAK_MODALS or lowered in PLAN_WORDS:
                continue
            if lowered.endswith("ed") and 0 < i and i + 1 < len(words) \
                    and words[i - 1].lower() not in ("he", "she", "it", "they", "we", "i", "you", "who", "had", "has", "have") \
                    and words[i + 1].lower() in ("in", "by", "at", "on", "for", "from", "under", "with", "since") \
                    and any(w.lower() in ("will", "would", "can", "could", "should", "may", "might", "must", "shall")
                            for w in words[i + 2:]):
                continue  # ("From Tuesday, cars [registered] in Serbia will be able…": a noun's participle, the modal after)
            if lowered in INTENT_PAST:
                return "past", None  # "The leaders on Monday agreed to a plan": the agreeing is what the date dates
            verdict = _tense_of(words, i)
            if verdict and verdict != "neutral":
                return verdict, None
            if lowered in ("is", "are") and i + 1 < len(words) and words[i + 1].lower() in _GENERIC_ADVERBS:
                # "Christmas Eve and New Year's Day are traditionally quiet, a spokesman said": what holds every
                # year, told in the present, whose tense a closing attribution does not give
                return None, None
        return None, None

    def reports_quarter(self, pos: int) -> bool:
        """Whether a results story is comparing a quarter at `pos` (else a year or nothing)."""
        start, end = self.sentence_bounds(pos)
        sentence = self.text[start:end]
        if YEAR_LONG_PERIOD.search(sentence):
            return False
        previous = self.text[self.sentence_bounds(max(0, start - 2))[0]:start] if start > 1 else ""
        if QUARTER_WORD.search(sentence) or QUARTER_WORD.search(previous):
            return True
        return self.quarterly

    def looks_ahead(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def goes_on_ahead(self, start: int, end: int) -> bool:
        """Whether a sentence of no tense of its own goes on with a schedule the sentence before set ahead of
        publication ("The delegation arrives on Thursday. Then from Friday to Sunday, visits to the camps.")."""
        if self.ref is None or self.ref_grain != "day" or self.ref.number <= self.dct.number \
                or not _GOES_ON_BEFORE.search(self.text, max(0, start - 120), start):
            return False
        lo = self.sentence_bounds(start)[0]
        return self.ref_day_at < lo and self.in_view(self.ref_day_at, start) \
            and _GOES_ON.match(self.text, lo, start) is not None and self.tense(start, end) is None

    def day_in_view(self, pos: int) -> bool:
        """Whether the last day named stands in the sentence at `pos` or the one before it, even when
        a coarser date was named after it ("…early Wednesday, …a truce that ended fighting in late July.
        Shells landed at 4:30 a.m." is Wednesday's 4:30) — but not past one named in its own sentence
        ("Its mandate, renewed last May, was due to expire at midnight")."""
        return self.ref_at < self.sentence_bounds(pos)[0] and self.in_view(self.ref_day_at, pos)

    def anchor(self) -> Day:
        return self.ref or self.dct

    def today(self) -> Day:
        """The day "today", "tonight" and "yesterday" are told from: the day heading a live page's section
        (written that day, up to a fortnight before publication), else the publication date."""
        if self.header_day is not None and 0 < self.dct.number - self.header_day.number <= 14:
            return self.header_day
        return self.dct

    def named_in_view(self, pos: int) -> bool:
        """Whether the last date named stands in the sentence at `pos` or the one before it: a date
        named paragraphs earlier is no longer the day (or year) the story is at."""
        return self.in_view(self.ref_at, pos)

    def in_view(self, at: int, pos: int) -> bool:
        """Whether a date named at `at` stands in the sentence at `pos` or the one before it (not across a paragraph
        that goes back to the lead's story)."""
        if at < 0:
            return False
        start = self.sentence_bounds(pos)[0]
        return self.sentence_bounds(max(0, start - 2))[0] <= at and (at >= start or not self.back_to_the_lead(start, at))

    def back_to_the_lead(self, start: int, at: int) -> bool:
        """Whether the sentence at `start` opens a paragraph by naming again, with a noun of its own, what the lead told
        of while the date at `at` before it did not ("Congress voted overnight to remove the president… Castillo was
        arrested on Dec. 7, 2022. / The vote came shortly after midnight"): the story is back at the lead's time, and
        the background's day is no longer in view."""
        opening = _TAKEN_UP_SUBJECT.match(self.text, start)
        if opening is None or not self.text[max(0, start - 4):start].strip(" \t").endswith("\n"):
            return False
        lead_end = _lead_end(self.text)
        if at < lead_end:
            return False
        told = re.compile(rf"\b{re.escape(_stem(opening.group(1)))}", re.I)
        lo, hi = self.sentence_bounds(at)
        return told.search(self.text, 0, lead_end) is not None and told.search(self.text, lo, hi) is None


#: A paragraph's first words naming what the paragraph before told of, by a noun of its own: "The clashes,", "Those talks".
_TAKEN_UP_SUBJECT = re.compile(r"\s*(?:The|Those|These)\s+([a-z]{4,})\b")
#: The end of a text's lead: its first paragraph that tells a story in full sentences (a headline has no closing stop).
_LEAD_PARAGRAPH = re.compile(r"^[^\n]{40,}[.!?][\"”’]?[ \t]*(?=\n|$)", re.M)


@functools.lru_cache(maxsize=8)
def _lead_end(text: str) -> int:
    """Where the text's lead paragraph ends (looked for in its first 3,000 characters)."""
    m = _LEAD_PARAGRAPH.search(text, 0, min(len(text), 3000))
    return m.end() if m is not None else 0


def _stem(noun: str) -> str:
    """A noun's stem, which its verb shares: "vote" (voted), "clashes" (clashed), "talks" (talked)."""
    return re.sub(r"(?:es|s|e)$", "", noun) if len(noun) > 4 else noun


#: A sentence that opens by going on from the one before: "Then", "After that", "Next".
_GOES_ON = re.compile(r"\s*(?:Then|After\s+that|Afterwards|Next|Later|From\s+there)\b", re.I)
#: …looked for first in the words right before the date, which costs no search for the sentence's start.
_GOES_ON_BEFORE = re.compile(r"\b(?:Then|After\s+that|Afterwards|Next|Later|From\s+there)\b[^.!?\n]*$", re.I)
#: A deal secured and what it is to do, then "late" or "early" up to a day: "secured a deal to resume the exchanges late on ".
_SECURED_DEAL_TO = re.compile(r"\b(?:secured|reached|struck|clinched|sealed|brokered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:deal|agreement|truce|accord|ceasefire)\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:late|early)\s+"
                              r"(?:on\s+)?$", re.IGNORECASE)
#: A past done on the eve of a day's happening, up to that day: "said on the eve of (Sunday's)".
_PAST_ON_THE_EVE = re.compile(r"\b(?:said|told|met|held|spoke|gave|made|[a-z]{3,}ed)\b(?:\s+[\w'’-]+){0,6}?\s+on\s+the\s+eve\s+of\s+$",
                              re.IGNORECASE)
#: A decision on a gathering, up to the month it is held in: "agreed on a new round of talks in", "announced a summit in".
_AGREED_ON_A_GATHERING = re.compile(
    r"\b(?:agreed|decided|settled|announced|proposed|planned|called|set)\b(?:\s+[\w-]+){0,6}?\s+(?:on\s+|to\s+|upon\s+)?"
    r"(?:a|an|the|another)\s+(?:new|second|third|fourth|fifth|fresh|further|next|follow-up|final|first)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:round|meeting|summit|talks|session|conference|visit|vote|election|referendum|gathering)"
    r"(?:\s+of\s+(?:talks|negotiations|discussions|consultations))?\s+(?:in|for)\s+(?:early\s+|mid-?|late\s+)?$",
    re.IGNORECASE)
#: An infinitive of beginning or ending right before a date: "a truce to begin at dawn on", "due to expire on".
_TO_BEGIN = re.compile(r"\bto\s+(?:begin|start|take\s+effect|come\s+into\s+force|expire|end|run\s+until|last\s+until)"
                       r"(?:\s+at\s+(?:dawn|midnight|noon|sunrise|sunset))?(?:\s+(?:on|from|in|at))?\s+(?:the\s+)?$", re.I)
#: Words after a past verb that put what follows after it: "invited … to a ceremony", "payable Dec. 7".
_LOOKS_AHEAD_WORDS = {"invited", "invitation", "payable", "due", "effective", "scheduled", "planned", "expected",
                      "told", "asked", "urged", "ordered", "until", "next", "coming"}
#: The words "that" points back with, to a time already told: "that April", "that summer", "that year".
_TIME_WORDS_AFTER_THAT = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                                    "october", "november", "december", "spring", "summer", "autumn", "fall", "winter",
                                    "year", "month", "week", "day", "morning", "afternoon", "evening", "night"})
#: A noun phrase joined on with no verb of its own, right before its date: ", and a follow-up in [the spring]".
_GAPPED_NOUN_PHRASE_BEFORE = re.compile(r",\s+and\s+(?:a|an|another|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:in|on|at|by|for|during)\s+"
                                        r"(?:the\s+)?(?:(?:early|late|mid)[- ]?)?$")
#: A present copula weighing the date before it as a prospect: " is more likely", " looks unlikely", " seems possible".
_LIKELY_AFTER = re.compile(r"\s+(?:is|are|seems|seem|looks|look|appears|appear)\s+(?:now\s+)?(?:(?:more|less|most|far\s+more|much\s+more)\s+)?"
                           r"(?:likely|unlikely|probable|improbable|possible|realistic|plausible)\b")
#: …or a present copula weighing the happening as a prospect right before its date: "is possible in [the spring]".
_LIKELY_BEFORE = re.compile(r"\b(?:is|are|seems|seem|looks|look|appears|appear)\s+(?:now\s+)?(?:(?:more|less|most|quite|very|"
                            r"still|also|far\s+more|much\s+more)\s+)?(?:likely|unlikely|probable|improbable|possible|"
                            r"realistic|plausible|conceivable)\s+(?:(?:in|by|during|around|before|until|from)\s+)?"
                            r"(?:the\s+)?$", re.I)
#: Verbs that set a day for what they announce when "for" follows: "announced for Sunday".
_SET_FOR = {"announced", "called", "forecast", "forecasted", "planned", "scheduled", "rescheduled", "set", "slated",
            "fixed", "timetabled", "earmarked", "penciled", "pencilled", "booked", "expected", "predicted"}
#: A plan's participle on its noun: "elections [scheduled] for June 7".
_PLAN_PARTICIPLES = {"scheduled", "planned", "slated", "set", "rescheduled", "timetabled"}
#: A noun, the participle of what is awaited after it, its place maybe, up to the date: "a ceremony expected at the White
#: House on ", "a vote due in ".
_NOUN_AWAITED_ON = re.compile(r"\b(?P<noun>[a-z]{3,})\s+(?:expected|due)\s+(?:(?:at|in)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                              r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+)?(?:on|in)\s+$")
#: A present that begins or ends a happening named after it: "begins a three-day visit", "opens a two-day summit".
_PRESENT_BEGINS_A_HAPPENING = re.compile(r"\b(?P<verb>[a-z]+s)(?:\s+(?:up|off))?\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?"
                                         r"(?:visit|tour|trip|summit|session|round|mission|meeting|conference|talks)\b")
#: The presents of a beginning or an end a schedule tells: "begins", "wraps [up]", "kicks [off]".
_OPENING_OR_CLOSING_PRESENT = frozenset({"begins", "starts", "opens", "ends", "concludes", "wraps", "pays", "makes", "kicks"})
#: Up to the date: only a place and its preposition after the happening's noun ("[ to Pyongyang on ]").
_PLACE_OR_DATE_TO_END = re.compile(r"(?:\s+(?:to|in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3})?\s*(?:on|in|at|from|next|this)?\s*")
#: A noun after a determiner and a hyphenated compound, which the tokens split: "a [three-day] visit".
_DETERMINED_COMPOUND_NOUN = re.compile(r"\b(?:a|an|the|its|their|his|her|this|that|our)\s+\w+(?:-\w+)+\s+(?P<noun>[a-z]+)\b",
                                       re.I)
#: What before such a participle makes it no plan of a noun's, or one moved: "had [originally] scheduled for".
_NOT_A_PLAN_NOUN = {"was", "were", "is", "are", "been", "be", "had", "has", "have", "originally", "initially", "previously",
                    "first", "once", "then", "it", "they", "he", "she", "we", "i", "you"}
#: The end of the clause right after a plan participle's date: no verb of the clause comes to tell its tense.
#: What became of a plan, told right after its date, that says its day has gone by: ", was never held", "never took place".
_PLAN_NEVER_KEPT = re.compile(r",?\s+(?:(?:was|were|have|has|had)\s+(?:been\s+)?never\s+(?:held|convened|carried\s+out)|"
                              r"(?:never|did\s+not|didn['’]t)\s+(?:took|take)\s+place|never\s+(?:happened|materiali[sz]ed))\b")
_PLAN_PARTICIPLE_CLOSES = re.compile(r"\s*(?:[.;:!?)\n]|,\s+(?:and|but|while|with|as|after|before|when)\b|$)")
#: Words that open a clause of its own, whose verb the past one further back does not rule ("The parade
#: came three weeks before leaders gather in Gyeongju for a summit from Oct. 31").
_SUBORDINATORS = {"before", "after", "when", "until", "because", "since", "while", "if", "unless", "once", "that",
                  "which", "who", "where"}
#: A colon or a dash after a date that labels its line's entry: "Late February: ", "Dec. 9 — ".
_ENTRY_LABEL_END = re.compile(r"[ \t]*(?::|[–—]|\s-)[ \t]+(?=[A-Z])")
#: The rest of a line that holds only a date: a heading's marks, then the line break.
_HEADING_LINE_END = re.compile(r"[ \t*#:=_]*\r?\n")
#: Conjunctions that open a clause of their own before a date: "after talks over [the weekend] ended".
_CLAUSE_OPENERS = {"after", "before", "when", "until", "while", "because", "once", "although", "though", "whereas"}
#: A closing attribution right after a date: ", envoy Peter Sørensen told reporters.", ", the ministry said."
_CLOSING_ATTRIBUTION = re.compile(r",\s+(?:[\w'’.-]+\s+){1,6}?(?:said|told\s+(?:reporters|journalists|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)|"
                                  r"added|wrote|reported)(?:[.!](?=\s|$)|\s*$)", re.MULTILINE)
#: A deadline right before a date ("by Dec. 1", "no later than March").
_DEADLINE_BEFORE_DATE = re.compile(r"\b(?:by|until|till|no\s+later\s+than)\s+(?:the\s+)?$", re.IGNORECASE)


#: A condition with no verb of its own, set off by commas: ", if needed,", ", unless extended,".
_REDUCED_CONDITION = re.compile(r",\s+(?:if|unless|where|when)\s+(?:needed|necessary|required|possible|appropriate|warranted|"
                                r"requested|approved|agreed|extended|renewed)\s*,")
#: Verbs whose object is followed by a bare infinitive ("let the deal expire", "made the talks collapse").
_CAUSATIVES = {"let", "lets", "letting", "make", "makes", "made", "making", "help", "helps", "helped", "watched", "saw"}
#: A relative clause's present of what is scheduled, right up to its date: "the talks that open [in Geneva] on".
_RELATIVE_SCHEDULED_PRESENT = re.compile(r"\b(?:that|which)\s+(?:[a-z]+ly\s+)?(?:open|opens|begin|begins|start|starts|"
                                         r"take\s+place|takes\s+place|run|runs|end|ends|close|closes|resume|resumes|"
                                         r"convene|convenes)\s+(?:(?:in|at)\s+[^,;:.]{1,40}?\s+)?(?:on|in|at)\s+(?:the\s+)?$")
#: What a clause is ahead of, told ahead by its own verb: "ahead of a referendum [that] Caracas will hold on".
_AHEAD_OF_A_FUTURE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to)\s[^,;:.()]{0,80}?"
                                r"\b(?:will|'ll|shall|plans?|intends?|(?:is|are)\s+(?:expected|due|set|scheduled)\s+to)\s"
                                r"[^,;:.()]{0,60}$", re.I)
#: A happening the clause is ahead of, and its own date: "…accused Pristina of provocations ahead of local elections in
#: the north [on Dec. 14]" (the elections are after the accusing, whatever its tense).
_AHEAD_OF_HAPPENING_ON = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+the\s+lead-up\s+to)\s+(?:(?:the|a|an|its|their)\s+)?"
                                    r"(?:[\w'’-]+\s+){1,6}?(?:on|set\s+for|due\s+on|scheduled\s+for)\s+(?:the\s+)?$", re.I)


#: Verbs of a level reached or a place gone back to, whose "to" is the preposition of where they went: "recovered to
#: normal", "rose to pre-war levels", "returned to power" (no infinitive of an aim).
_CHANGE_TO = frozenset({"recovered", "rose", "fell", "returned", "dropped", "climbed", "grew", "increased", "decreased",
                        "declined", "jumped", "slipped", "sank", "surged", "soared", "plunged", "shrank", "swelled",
                        "back", "restored", "bounced", "rebounded", "came", "went", "been"})


def _infinitive_in(words: list[str]) -> bool:
    """Whether `words` hold an infinitive ("to wind down"), not the preposition ("to the border", "recovered to normal")."""
    return any(w.lower() == "to" and nxt.islower() and nxt.lower() not in DETERMINERS
               and (k == 0 or words[k - 1].lower() not in _CHANGE_TO)
               and nxt.lower() not in ("some", "all", "any", "about", "around", "be", "half", "most", "many", "several", "both",
                                       "each", "every", "nearly", "almost", "more", "less", "fewer", "over", "under", "no",
                                       "other", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                       "dozens", "hundreds", "thousands", "millions")
               and not (nxt.endswith("s") and not nxt.endswith(("ss", "us")))  # "to ministers": a plural noun
               for k, (w, nxt) in enumerate(zip(words, words[1:], strict=False)))


#: A short name in quotation marks: '"Eastern Sentry"', '“Operation Midnight Hammer”'.
#: (…or a few words of scare quotes, no quotation of a clause: 'will return "within weeks" and to Fordow by…')
_QUOTED_NAME = re.compile(r"(?:``|[\"“])([A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){0,3}|[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3})(?:''|[\"”])")

#: A coordinated clause right after a date: its verb is not the date's.
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but)\s")


#: A call or appeal with its own day, then what it calls for: the later date is what was called for, ahead of
#: the calling ("called on Thursday for a fresh wave of protests in Tbilisi on", "on Thursday urged people to").
_CALLED_ON_A_DAY_FOR = re.compile(
    r"(?:\b(?:called|urged|appealed|summoned|invited)\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"today|yesterday)\s+(?:for|on|to)|\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+"
    r"(?:called|urged|appealed)\s+(?:for|on|to))\b[^.;]{0,120}$")
#: An urging of someone to do something, up to the date of the doing: "urged supporters to rally outside parliament on".
_URGED_TO_DO = re.compile(r"\b(?:urged|called\s+on|appealed\s+to|encouraged|exhorted)\s+(?:[\w'’-]+\s+){1,4}?to\s+"
                          # (no participle of its own between: "…to speed up deliveries of systems promised at the
                          # Ramstein meeting in October" were promised then)
                          r"(?!be\b)[a-z]{3,}\b(?:(?!\s[a-z]{3,}ed\b)[^.;,:()]){0,80}?\s+(?:on|at|in|by|from)?\s*(?:the\s+)?$")
#: A gathering called or set for a day: "called protests for", "announced a general strike for".
_CALLED_THING_FOR = re.compile(r"\b(?:called|announced|scheduled|set|planned|organi[sz]ed|convened)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:protests?|rall(?:y|ies)|strikes?|march(?:es)?|demonstrations?|vote|elections?|"
                               r"meeting|talks|session|summit|referendum)"
                               # (…of a body: "an emergency session of its Peace and Security Council for Thursday")
                               r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,4}?[\w-]+)?\s+for\s+(?:next\s+|this\s+)?$")
#: A gathering called for, then its day: "has called for a new vote and a general strike on (Wednesday)".
#: (a present perfect or present only: "has called for…" can take no past day, so the day is the gathering's; "called
#: for protests on Monday" may tell the calling's day)
_CALLED_FOR_GATHERING_ON = re.compile(r"\b(?:(?:has|have)\s+(?:\w+ly\s+)?called|(?:is|are)\s+calling|calls|call)\s+for\s+"
                                      r"[^.;,]{0,80}?\b(?:strikes?|protests?|rall(?:y|ies)|"
                                      r"march(?:es)?|demonstrations?|boycotts?|sit-ins?|shutdowns?|vigils?|walkouts?)"
                                      # (…and where it is to be: "a march in Novi Sad on")
                                      r"(?:\s+(?:in|at|outside|across|near)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
                                      # (…or when it begins: "a general strike from Monday")
                                      r"\s+(?:on|for|from|starting(?:\s+on)?)\s+(?:next\s+|this\s+)?$")
#: Presents of what a thing still waits for: the date after them is the awaited one's, ahead.
_AWAITING_PRESENT = {"needs", "requires", "awaits", "await", "require"}
_NOT_AWAITED = {"after", "over", "about", "since", "following", "despite", "amid", "because", "from", "of"}


#: Verbs of wanting or expecting that take an object and what it is to do or become: "expected the calm to last".
_WANTING = frozenset({"expect", "expects", "expected", "want", "wants", "wanted", "hope", "hopes", "hoped", "wish", "wishes",
                      "wished", "need", "needs", "needed"})


#: Adverbs of what holds again and again: "are traditionally quiet", "is usually closed".
_GENERIC_ADVERBS = frozenset({"traditionally", "usually", "normally", "typically", "generally", "always", "often",
                              "customarily", "historically", "rarely", "seldom"})


#: Participles of perceiving, which "could be" puts in the past as readily as ahead ("could be heard on Tuesday").
_SEEN_THEN = {"seen", "heard", "felt", "spotted", "observed", "noticed", "smelled", "glimpsed",
              # (…and of reaching someone, which "could be" tells of a past try: "could be located Wednesday")
              "located", "reached", "contacted", "found", "traced"}


#: A relative clause in the past right after a date, its verb and what follows it: "[in April] that recommended…",
#: "[on Nov. 11] that killed 12 people" (read by the tagger for the date's tense, by titles for the noun's doing).
_IRREGULAR_PAST_WORDS = "|".join(sorted(IRREGULAR_PASTS, key=len, reverse=True))
PAST_RELATIVE_AFTER = re.compile(rf"\s+(?:that|which|who)\s+(?:had\s+)?(?P<verb>[a-z]{{3,}}ed|{_IRREGULAR_PAST_WORDS})\b"
                                 r"(?P<rest>[^,;:.!?()]{0,80})")
#: …or set off by its comma: "the violence over the weekend[, which left] 30 people dead".
_SET_OFF_PAST_RELATIVE_AFTER = re.compile(rf",\s+which\s+(?:had\s+)?(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST_WORDS})\b")
#: A second month joined on, then a past relative clause about the noun both date: "gatherings in Geneva in [March] and
#: July that ended with agreements".
AND_MONTH_THEN_PAST_RELATIVE = re.compile(rf"\s+and\s+(?:in\s+)?{MON_FULL}" + PAST_RELATIVE_AFTER.pattern)
#: Pasts of trying whose infinitive is no plan: "failed to form", "tried to reach", "refused to sign".
_ATTEMPT_PAST = {"failed", "managed", "tried", "refused", "struggled", "attempted", "declined", "sought"}


#: How many words before a date a scheduled present may stand ("arrive in the Turkish capital on Tuesday").
_SCHEDULED_REACH = 7
#: The prepositions of a place after a scheduled present, and the words that end such a place's phrase (a clause
#: of its own, with a verb: "meet in the hall where he was shot on Tuesday").
_PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "from", "near", "outside"})
_NO_PLACE_WORDS = frozenset({"that", "which", "who", "where", "when", "was", "were", "had", "has", "have", "is", "are",
                             "been", "be", "will", "would", "did", "and", "or", "but", "after", "before", "since"})


def _in_place_phrase(near: list[str], verb_at: int, at: int, subject: str) -> bool:
    """Whether `near[at]` is a word of a place phrase right after the verb at `verb_at` ("[leaders arrive] in the
    Turkish capital"), none of whose words is a verb's, the verb's own subject before it (a name or a plural: not
    "froze visa-free travel to…"); or, after a vote, the phrase of what it is on ("[the Assembly votes] on its annual
    resolution")."""
    return verb_at + 1 < at and (near[verb_at + 1] in _PLACE_PREPOSITIONS
                                 or (near[verb_at + 1] == "on" and near[verb_at] in ("vote", "votes"))) \
        and (subject[:1].isupper() or (subject.endswith("s") and not subject.endswith("ss") and subject.isalpha())) \
        and all(x not in _NO_PLACE_WORDS and x.isalpha() and not x.endswith("ed") and x not in IRREGULAR_PAST
                for x in near[verb_at + 2:at + 1])


#: Words between a determiner and a participle that make the participle an adjective of the noun after it.
_RANKING_BEFORE_PARTICIPLE = frozenset({"first", "second", "third", "last", "next", "only", "newly", "recently", "long",
                                        "so-called", "well", "hard", "much", "jointly", "freshly", "previously"})


#: What follows a participle that tells a doing, not one that describes a noun ("a council sworn in on April 25", not "a
#: loan financed by frozen Russian assets").
_PARTICIPLE_TOLD_BY = frozenset({"", "in", "on", "at", "by", "to", "from", "over", "up", "out", "off", "into", "during", "last",
                                 "earlier", "for", "with", "back", "down", "away", "after", "before", "since", "until"})


#: The auxiliaries and modals that follow a name's abbreviation as its verb, never as a noun it qualifies: "the EU
#: [will] meet on Tuesday", "the U.S. [has] imposed".
_AUXILIARIES_AFTER_A_NAME = frozenset({"will", "would", "shall", "could", "should", "must", "may", "might", "can", "is", "are",
                                       "was", "were", "has", "have", "had"})
#: …and the irregular pasts that are as often nouns after one: "the EU bid", "the U.S. cut", "the UN set of rules".
_PAST_LIKE_NOUNS = frozenset({"bid", "cut", "set", "hit", "cast", "spread", "put", "cost", "hurt", "shut", "let", "split",
                              "quit", "bet", "fit", "rid", "shed", "led", "found", "fell", "saw", "left", "lost"})


#: Words right before a date that end a span ("held until June", "no money beyond June").
_SPAN_END_WORDS = {"until", "till", "beyond"}
#: A subject pronoun and a present of its own: "it lacks", "they have", "it is".
_PRONOUN_PRESENT = {"it", "they", "he", "she", "we", "i", "you"}
#: Pasts that put a thing off until a day, which lies ahead of the putting off: "adjourned", "postponed".
_PUT_OFF_PASTS = {"adjourned", "postponed", "delayed", "deferred", "rescheduled"}
#: Pasts that set a term rather than fill it: "gave both sides until mid-December to reply".
_DEADLINE_GIVING = {"gave", "given", "granted", "allowed", "extended", "set", "told", "asked", "ordered", "urged",
                    "offered", "promised"}


def _span_end_tense(clause: list[str], i: int) -> str | None:
    """The tense of a span that ends at a date: a past verb's span is gone by ("the truce held until June", written in
    January, is last June), a future's is ahead; a present told after a report looks from now ("has warned it lacks
    money beyond June"), and so does a clause with no verb, so the nearest month is taken."""
    for j in range(i - 1, max(-1, i - 9), -1):
        w = clause[j].lower()
        if j and clause[j - 1].lower() in _PRONOUN_PRESENT and (w in ("is", "are", "am", "has", "have", "need")
                                                               or w.endswith("s") and not w.endswith("ss")):
            return None
        verdict = _tense_of(clause, j)
        if verdict == "past" and w in _DEADLINE_GIVING:
            return None  # "gave Merieux until mid-November to submit…": a term given runs ahead of the giving
        if verdict == "past" and w in _PUT_OFF_PASTS:
            return "future"  # "The court adjourned the trial until Dec. 8": what is put off is put off to a day ahead
        if verdict in ("past", "future"):
            return verdict
    return None


def _tense_of(words: list[str], i: int) -> str | None:
    """The tense `words[i]` gives its clause, with a glance at its neighbours: "future", "past",
    "neutral" (a word that makes the verb's tense irrelevant to the date) or None (no verdict)."""
    word = words[i]
    w = word.lower()
    if word == "May":
        return None
    if i and word[:1].isupper() and w.endswith("ed") and not word.isupper():
        return None  # "…talks with Prime Minister Abiy Ahmed on Sunday": a name in "-ed" inside the clause, no past
    if w.endswith("'ll") or (w == "ll" and i and words[i - 1].lower() in ("i", "he", "she", "it", "we", "they", "you", "that")):
        return "future"  # "He'll return over the weekend" (a curly apostrophe splits "He’ll" in two)
    before = [b.lower() for b in words[max(0, i - 3):i]]
    after = words[i + 1].lower() if i + 1 < len(words) else ""
    if w in NEUTRAL_WORDS and i == len(words) - 1 and (w != "through" or any(
            x.lower().startswith(("extend", "prolong", "renew")) for x in words[:i])):
        # only right before the date: "effective Feb. 1", "extended … through January"; but "talks
        # dragged on through the summer" are as past as their verb
        return "neutral"
    if w == "last" and before and before[-1] in ("to", "will", "would", "could", "may", "might"):
        return None  # a verb, not a past: "expected the calm to last into January"
    if w in ("earlier", "later", "sooner") and before and before[-1] in ("no", "not") and after == "than":
        return None  # a bound, not a past: "would reconvene no earlier than February"
    if w in PAST_MARKERS:
        return "past"
    if w in NAMING_PARTICIPLES and before and before[-1] not in ("was", "were", "had", "has", "have", "is", "are", "be", "been") \
            and not (w == "named" and any(x.lower() == "as" for x in words[i + 1:i + 7])) \
            and after not in ("the", "this", "these", "those", "its", "their", "his", "her", "it", "them", "him"):
        # "an exercise called Eastern Sentry on Friday": a participle that names, no verb (but "The junta named Gen. Horta
        # N'Tam as transitional president" appoints; nor is one that a definite object follows, which only a finite verb takes:
        # "The Kremlin called the decision hostile"; "called a strike" calls one, which may lie ahead)
        return None
    if before and before[-1] in DETERMINERS and w not in ("will", "would"):
        return None  # "the plan", "an expected rise", "a still unspecified date"
    if len(before) >= 2 and before[-2] in DETERMINERS and before[-1] in _RANKING_BEFORE_PARTICIPLE and w.endswith("ed"):
        return None  # "the first closed chapters", "the newly elected parliament": a participle as an adjective
    # (an abbreviation's letters are words of their own: "U.S." is "U", "S")
    abbreviated = i and (words[i - 1].isupper() and words[i - 1] not in ("I", "A")
                         or i > 1 and words[i - 2].isupper() and words[i - 2] not in ("I", "A"))
    named = next((k for k in range(i - 1, max(-1, i - 5), -1) if words[k].lower() in DETERMINERS), None) if abbreviated else None
    if named is not None and not w.endswith(("ed", "en")) and w not in _AUXILIARIES_AFTER_A_NAME \
            and (w not in IRREGULAR_PASTS or w in _PAST_LIKE_NOUNS) \
            and any(x.isupper() and x not in ("I", "A") for x in words[named + 1:i]):
        # "the U.S. peace plan", "the EU aid plan": a noun after a name's abbreviation, no verb (but "the U.S. embassy
        # closed" has its past)
        return None
    if w == "to" and before and before[-1] in ("is", "are", "am") and after == "be":
        return "future"  # "is to be operational by the end of the year", "are to be held in June": what is to come
    if w == "to" and before and (before[-1] in ("is", "are", "am") or before[-1] in INTENT_NOUNS) \
            and _infinitive_in(words[i:i + 2]):
        return "future"  # (not "presented the plan to ministers on Sept. 5": the preposition)  # "is to resume trading Tuesday", "an agreement to acquire it in January"
    if w == "next" and after == "to":
        return None  # "next to the embassy"
    if w in _WANTING and not (before and before[-1] in DETERMINERS):
        rest = [x.lower() for x in words[i + 1:i + 5]]
        if "to" in rest[1:] or (not w.endswith("ed") and any(x.endswith("ed") and x not in NOT_PAST for x in rest[1:3])):
            # "expected the calm to last into January", "want it extended by Monday": what is wanted is ahead
            return "future"
    if w in ("plan", "plans") and after in ("another", "a", "an", "more", "new", "fresh", "further", "their", "its") \
            and not (before and before[-1] in DETERMINERS | {"to", "the"}):
        return "future"  # "Students plan another rally in Novi Sad on Monday": the present of a plan looks ahead
    if w in PLAN_WORDS:
        if "with" in before and not set(before) & (PAST_AUX | PRESENT_AUX):
            return "future"  # "…, with preliminary results expected on Monday": what is still to come
        if after == "for" and before and before[-1] not in DETERMINERS and not set(before) & (PAST_AUX | PRESENT_AUX) \
                and before[-1] not in ("they", "we", "he", "she", "it", "i", "you"):
            return None  # "a meeting planned for Thursday was called off": the main verb tells when
        if after in ("to", "for"):
            return "past" if "had" in before else "future"
        if set(before) & PAST_AUX:
            return "past"
        if set(before) & PRESENT_AUX:
            return "future"
        if w == "set":
            return "past" if after in ("on", "in", "at") else None
        return "future" if w in ("planned", "scheduled", "slated") and after not in ("on", "in", "at", "by") else None
    if w in ("was", "were", "is", "are") and (after in PLAN_WORDS - {"set"} or after in ("planning", "about")
                                              or after == "going" and words[i + 2:i + 3] in (["to"], ["ahead"])):
        return "future"  # "were planning to drive there Monday"
    if w in ("is", "are", "'re") and after.endswith("ing") and len(after) > 5 and after not in NOT_PROGRESSIVE \
            and words[-1].lower() not in DETERMINERS:  # (not "…is continuing, under a June agreement")
        return "future"  # the present progressive of news announces: "is calling for the redemption on Dec. 7"
    if w in INTENT_PRESENT and after == "to" and not (before and before[-1] in DETERMINERS):
        return "future"  # "Armenia and Azerbaijan agree to open a crossing before Nowruz"
    if w in INTENT_PAST and after != "to":
        # (the day of the deciding may stand between: "voted on Friday to hold a referendum on March 1")
        said_on = next((k for k in range(i + 1, min(len(words), i + 5)) if words[k].lower() == "to"), None)
        if said_on is not None and all(x.lower() in _DAY_OF_SAYING_WORDS for x in words[i + 1:said_on]):
            after, i = "to", said_on - 1
    if w in INTENT_PAST and after == "to":
        object_next = words[i + 2].lower() if i + 2 < len(words) else ""
        # "agreed to meet on Sunday" looks ahead; "agreed to an immediate ceasefire on Sunday" is done
        return "past" if object_next in DETERMINERS or object_next in ("some", "all", "any", "new", "another") else "future"
    if w in _AWAITING_PRESENT and not {x.lower() for x in words[i + 1:]} & _NOT_AWAITED:
        # "the package, which needs formal approval by ministers on Monday": what it awaits is ahead (not a
        # happening named in passing: "needs help after the floods on Monday")
        return "future"
    if w in NOUN_OR_VERB and (after not in ("to", "for", "on") or (len(before) >= 2 and before[-2] in DETERMINERS)):
        return None  # "signed a cooperation plan Friday", "approved a new plan on Monday": the noun; "plans to meet": the verb
    if w == "going" and after not in ("to", "ahead") and not set(before[-2:]) & {"is", "are", "am", "'s", "'re"}:
        # "fighters were going house to house on Sunday": a past's progressive, or a participle ("militias going door to
        # door"); only "going to" and "going ahead" look ahead
        return "past" if set(before[-2:]) & {"was", "were"} else None
    if w in FUTURE_WORDS:
        return "future"
    if w in PAST_LIKE_PRESENT and (set(before[-2:]) & {"will", "'ll", "to", "would", "shall", "should", "might", "may",
                                                        "must", "can", "could", "do", "does", "don't", "doesn't"}
                                   or (w == "let" and after in ("us", "'s"))
                                   # (…or one further back, whose verb this one is joined to: "will resume its strikes on
                                   # Monday and cut off all aid on Friday")
                                   or (before and before[-1] == "and"
                                       and {x.lower() for x in words[:i - 1]} & {"will", "'ll", "would", "shall"})):
        return None  # "will cut rates on Friday", "is expected to hit the coast Monday": the modal decides
    if w in _ADJECTIVE_OR_PAST and (after in DETERMINERS and after != "still"
                                     or after in ("on", "in", "at", "last", "earlier", "yesterday", "late", "early")) \
            and (before and before[-1] not in DETERMINERS or not before and word[:1].islower()) \
            and not set(before) & (PAST_AUX | PRESENT_AUX):
        # "the group proposed a truce": a verb before its object, not "the proposed truce"; "as the mediators
        # proposed on Friday": before its date (…or first in its clause after an aside: "The Quad — four states —
        # proposed a truce")
        return "past"
    if w.endswith("ed") and w not in _WANTING and len(before) >= 2 and before[-2] in _WANTING \
            and not before[-2].endswith("ed") and before[-1] not in DETERMINERS:
        return "future"  # "want it extended by Monday": what is wanted done, not a past
    if w.endswith("ed") and after == "by" and before and before[-1] not in PAST_AUX | PRESENT_AUX \
            and before[-1] not in ("be", "been", "being", "was", "were", "is", "are", "he", "she", "it", "they", "we", "i", "who",
                                   "which", "that") and i + 6 < len(words):
        return None  # "…to discuss a loan financed by frozen Russian assets at their summit on…": a noun's participle, far
        # from the date, is no verb of the clause (but "a plan backed by the EU on Monday" is dated with it)
    if w.endswith("ed") and i >= 3 and words[i - 3].lower() == "have" and before[-2] in ("their", "its", "his", "her", "the") \
            and (i < 4 or words[i - 4].lower() in ("and", "to", "will", "would", "then", "or")):
        return "neutral"  # a causative's participle: "[will be fined] and have their cars impounded from April", its tense the
        # clause's it is joined to
    if w in IRREGULAR_PAST or (w in DISTINCT_PARTICIPLES and after in _PARTICIPLE_TOLD_BY) \
            or (w.endswith("ed") and len(w) > 3 and w not in NOT_PAST):
        # (an adverb may stand between: "is expected to be fully deployed")
        adverbless = [b for b in words[max(0, i - 4):i] if not (b.lower().endswith("ly") and len(b) > 4)][-3:]
        if [b.lower() for b in words[max(0, i - 4):i]] in (["was", "meant", "to", "be"], ["were", "meant", "to", "be"],
                                                             ["was", "supposed", "to", "be"], ["were", "supposed", "to", "be"]):
            return "neutral"  # "The deal was meant to be signed on Feb. 28": a plan told as past, either side of now
        if adverbless and adverbless[-1].lower() == "be" and ({b.lower() for b in adverbless}
                                                             & {"will", "to", "would", "'ll", "shall", "should", "might", "may",
                                                                "must", "can"}):
            return "future"  # "will be named", "to be published", "should be finished", "can be extended beyond Monday"
        if before and before[-1] == "be" and w not in _SEEN_THEN and ("might" in before or (
                "could" in before and (" ".join(x.lower() for x in words[i + 1:]).endswith(("as early as", "as soon as"))
                                       or "not" not in before[-3:] and "n't" not in "".join(before[-3:])))):
            # "could be freed as early as Tuesday", "the treaty could be signed in the spring": what may yet be done (but
            # "could not be located Wednesday" was a past, and "explosions could be heard on Tuesday" a perceiving)
            return "future"
        if before and (before[-1] in ("is", "are") or before[-2:] in (["is", "not"], ["are", "not"])):
            return "future"  # the present passive of news announces: "when the case is heard in May", "if he is not reinstated by Sunday"
        return "past"
    return None


Handler = Callable[[re.Match[str], Context], "list[Timex] | Timex | None"]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: re.Pattern[str]
    handler: Handler
    priority: int


RULES: list[Rule] = []
#: The order the rule modules are declared in, which breaks ties between equally long readings: fixed here,
#: not by whichever module some caller happens to import first (`events` imports `rules_named` on its own).
_MODULE_ORDER = ("rules_relative", "rules_named", "rules_calendar", "rules_durations")


def rule(name: str, regex: str, flags: int = 0) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        module = handler.__module__.rsplit(".", 1)[-1]
        rank = _MODULE_ORDER.index(module) if module in _MODULE_ORDER else len(_MODULE_ORDER)
        RULES.append(Rule(name, re.compile(regex, flags), handler, rank * 100_000 + len(RULES)))
        RULES.sort(key=lambda r: r.priority)
        return handler

    return register


def day_of_value(value: str) -> Day:
    """The day a TIMEX3 value starting with a full date names ("2026-11-28", "2026-11-28T14:00")."""
    return Day.of(int(value[:4]), int(value[5:7]), int(value[8:10]))


def mk(m: re.Match[str], type_: str, value: str, derivation: str, group: int | str = 0, mod: str = "") -> Timex:
    start, end = m.span(group)
    return Timex(start, end, m.string[start:end], type_, value, derivation, mod)


def linked_range(m: re.Match[str], ctx: Context, first: tuple[int, int, str], second: tuple[int, int, str], how: str,
                 mod: str = "") -> list[Timex]:
    """The two ends of a range written as one phrase ("19-20 September", "Monday to Wednesday"), each
    given as (start, end, value), linked by a fresh range id."""
    ctx.range_counter += 1
    rid = ctx.range_counter
    (a0, a1, v1), (b0, b1, v2) = first, second
    return [Timex(a0, a1, m.string[a0:a1], DATE, v1, how, mod, range_id=rid, range_role="start"),
            Timex(b0, b1, m.string[b0:b1], DATE, v2, how, range_id=rid, range_role="end")]


def compared(timex: Timex | None) -> Timex | None:
    """Mark a point of comparison, which anaphora must not anchor to."""
    return None if timex is None else replace(timex, comparison=True)


def month_of(text: str) -> int:
    return lx.MONTHS[text.lower().rstrip(".")[:3] if text.lower().rstrip(".") not in lx.MONTHS else text.lower().rstrip(".")]


def int_day(text: str) -> int:
    return int(re.match(r"\d+", text).group(0))  # type: ignore[union-attr]


def full_year(text: str, ctx: Context) -> int:
    if text.startswith("'"):
        yy = int(text[1:])
        century = ctx.dct.year // 100 * 100
        year = century + yy
        return year - 100 if year > ctx.dct.year + 10 else year
    return int(text)


def mod_code(text: str | None) -> str:
    if not text:
        return ""
    t = text.lower()
    if t.startswith(("early", "the beginning", "the start", "the first half", "the first", "the opening")):
        return "START"
    if t.startswith(("late", "the end", "end", "the second half", "the last", "the final", "the closing")):
        return "END"
    return "MID"


# ----------------------------------------------------------------------------------------------
# Choosing among the readings of a partial date
# ----------------------------------------------------------------------------------------------
#: A count from the clause's date to a happening a noun phrase names, up to the month it is dated by: ", a few months
#: [before] the Mont Pelerin talks (in|that) ", ", two weeks [after] elections in ".
_COUNTED_TO_NAMED_MONTH = re.compile(r",\s+(?:(?:only|just|barely|some|about|nearly|almost)\s+)?(?:a\s+few|several|a|an|one|two|three|"
                                     r"four|five|six|seven|eight|nine|ten|eleven|\d{1,2})\s+(?:days?|weeks?|months?)\s+"
                                     r"(?P<way>before|after|ahead\s+of)\s+(?:the\s+|a\s+|an\s+)?[^,;.]{2,60}?\s+(?:in|that|of)\s+"
                                     r"(?:(?:early|late|mid-?)\s*)?$", re.IGNORECASE)


#: A participle or relative clause up to a date, in a phrase that may modify the subject: "[The naval truce ]proposed in ",
#: "[The truce ]that the mediators proposed in ".
_MODIFIER_VERB_BEFORE = re.compile(r"\b(?:[a-z]{3,}(?:ed|en|wn)|that|which|who)\b[^,;.]{0,40}$")
#: A season's year, then the main verb's past right after it (the season was the subject's): "the spring of 2025
#: [collapsed]".
_SEASON_THEN_MAIN_PAST = re.compile(rf"[^,;.\d]*\d{{4}}(?:[-–/]\d{{2,4}})?\s+(?:(?:had|was|were|finally|later|eventually)\s+)?"
                                    rf"(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST_WORDS})\b")


def _season_told_before(ctx: Context, pos: int, month: int) -> Day | None:
    """The middle of a season of another year that the sentence before told, close by in its paragraph, when the month's
    own sentence tells the past: "The following winter, the army built a second line. Soldiers say the town was nearly
    encircled in February" is that winter's February (as in the season's own sentence: "Clashes in the winter of 1994-95
    peaked in January"). Only a month of the season, or at its edge, goes with it: "…hit a low in the summer of 2020.
    They improved after earthquakes struck in February" is no February of that summer's. When the season dates the
    subject's participle or relative clause, the main verb's month is after it, so from the season's middle on: "A round
    hosted in the winter of 2022-23 stalled in February" (not "The truce proposed in the spring of 2025 collapsed in
    March")."""
    if ctx.ref_season_middle is not None and min((month - ctx.ref_season_middle.month) % 12,
                                                 (ctx.ref_season_middle.month - month) % 12) <= 2 \
            and ctx.ref_grain == "year" and ctx.ref_year != ctx.dct.year \
            and ctx.ref_at < pos and pos - ctx.ref_at <= 300 and "\n" not in ctx.text[ctx.ref_at:pos] \
            and ctx.tense(pos, pos) == "past" and ctx.ref_season_middle.number < ctx.dct.number \
            and not re.search(r"\bsince\s+(?:the\s+)?$", ctx.text[max(0, ctx.ref_at - 12):ctx.ref_at], re.IGNORECASE) \
            and not (ctx.sentence_bounds(pos)[0] <= ctx.ref_at and (month - ctx.ref_season_middle.month) % 12 > 2
                     and _MODIFIER_VERB_BEFORE.search(ctx.text, max(ctx.sentence_bounds(pos)[0], ctx.ref_at - 60), ctx.ref_at)
                     and _SEASON_THEN_MAIN_PAST.match(ctx.text, ctx.ref_at, pos)):
        # (not a season a "since" counts from: "the first talks since the spring of 2022. That round … from May 23")
        return ctx.ref_season_middle
    return None


def season_anchor(ctx: Context, pos: int) -> Day | None:
    """The middle of a season of another year that the sentence named last: "In the fall of 2024, talks
    stalled after the October 7 anniversary" is about October 2024 (a bare month is left to its own reading)."""
    if ctx.ref_season_middle is not None and ctx.ref_grain == "year" and ctx.ref_year != ctx.dct.year \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at and ctx.tense(pos, pos) != "future":
        return ctx.ref_season_middle
    return None


#: A question of when, closing right before its answer (an interview's answer label may follow): "When did the talks
#: begin?\nA: ", "When will the vote be held? ".
_WHEN_ASKED_BEFORE = re.compile(r"\bWhen\s+(?P<aux>did|was|were|will|is|are)\b[^?\n]{2,150}\?\s*(?:(?:A|Answer)\s*[:.]\s*)?$")


_ANSWER_LABEL = re.compile(r"[ \t]*(?:A|Answer)[ \t]*[:.][ \t]*")


def answered_tense(ctx: Context, pos: int) -> str | None:
    """The tense of a verbless answer, from the question of when before it: "Q: When did the talks begin? / A: In earnest
    in June" is the June gone by."""
    start = ctx.sentence_bounds(pos)[0]
    label = _ANSWER_LABEL.match(ctx.text, start, pos)  # (the answer's own label may open its sentence)
    asked = _WHEN_ASKED_BEFORE.search(ctx.text, max(0, start - 200), label.end() if label is not None else start)
    if asked is None:
        return None
    return "future" if asked["aux"] == "will" else "past" if asked["aux"] in ("did", "was", "were") else None


def framed_year(ctx: Context, pos: int) -> int | None:
    """The year that opens the sentence at `pos`, as its frame or its subject's owner, and so holds what the
    sentence tells: "In 2019, the talks began in March", "Next year's ministerial is due in December"."""
    start = ctx.sentence_bounds(pos)[0]
    opening = _FRONTED_YEAR.match(ctx.text, start, pos)
    if opening is None and ctx.text[start:start + 1].isupper():
        # (…after a wire dateline: "OSLO, Dec 1, 2026 (Wire) - Last year, two accords signed in the spring…")
        lead = dateline_end(ctx.text[start:min(pos, start + 120)])
        opening = _FRONTED_YEAR.match(ctx.text, start + lead, pos) if lead else None
    if opening is None:
        # (…or the clause it joins: "…in the summer, and in 2016 it held six of them between July 21 and Oct. 5")
        # (bounded: a sentence may be a page long)
        joined = [m.end() for m in JOINED_CLAUSE_OPENING.finditer(ctx.text, max(start, pos - 300), pos)]
        opening = _FRONTED_YEAR.match(ctx.text, joined[-1], pos) if joined else None
    if opening is None:
        # (…or a chronology's entry its line opens with a year: "2020: Talks … collapse in February. Ethiopia begins
        # filling the reservoir in July." is all 2020)
        line = ctx.text.rfind("\n", max(0, pos - 2000), pos) + 1
        label = _ENTRY_YEAR_LABEL.match(ctx.text, line, pos) if line > 0 or pos < 2000 else None
        if label is None:
            return None
        year = int(label["year"])
        return year if year != ctx.dct.year else None
    digits = re.search(r"\d{4}", opening.group())
    year = int(digits.group()) if digits else ctx.dct.year + (1 if re.search(r"\bnext\b", opening.group(), re.I) else -1)
    return year if year != ctx.dct.year else None


#: A chronology's entry label that opens its line with a year: "2020: ", "March 2015 – ", "* Sept. 10, 2023: ", "Mid-2025 — ".
_ENTRY_YEAR_LABEL = re.compile(r"[ \t]*(?:[-•*·▪]\s*)?(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?|(?:Early|Mid|Late)-)?"
                               r"(?P<year>1\d{3}|20\d{2})"
                               r"\s*(?::|\s[–—-])\s")


#: A year set off by commas right after a sentence's subject: "The last election[, in ]2020, was…".
_YEAR_AS_SUBJECT_ASIDE = re.compile(r"(?:The|A|An|Its|Their|His|Her)\s+[^,;]{2,60},\s+(?:in\s+)?")


#: A time clause or phrase of what came before the sentence's date, between it and a later date: ", after the parliament
#: elected in " (not "after that", which goes on from it).
_AFTER_THE_STORY_DATE = re.compile(r"\b(?:after|following)\s+(?!(?:that|which|this|then|it)\b)(?:[^.;:!?,](?!\b(?:and|but)\s))*$")


def _year_story(ctx: Context, story: Day) -> bool:
    """Whether the date a sentence is about is a whole year (its middle stands for it), whose months and days are its
    own: "Clashes in 1994 peaked in January" is January 1994, not the January as near the middle of 1994 a year on."""
    return ctx.ref_grain == "year" and ctx.ref_year == story.year and story.ymd[1:] == (7, 1)


def story_anchor(ctx: Context, pos: int) -> Day | None:
    """The date a sentence is telling about, when it named one of another year before `pos`:
    "On Sept. 27, 2020, the army attacked; six weeks later, on Nov. 9, …" is about 2020, whatever
    the publication date."""
    if ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.ref_year != ctx.dct.year and ctx.ref_grain == "year" \
            and pos - ctx.ref_at < 40 and _YEAR_IN_APPOSITION.search(ctx.text, ctx.ref_at, pos):
        return Day.of(ctx.ref_year, 7, 1)  # "Earlier that year, in March", "In 2019, in March": that year's
    if ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.ref_year != ctx.dct.year and ctx.ref_grain == "year" \
            and pos - ctx.ref_at < 250 and _WHEN_OF_YEAR.match(ctx.text, ctx.ref_at, ctx.ref_at + 30) \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at:
        # "…was in 2004, when a U.N. plan was put to referendums on 24 April": the when-clause tells that year
        return Day.of(ctx.ref_year, 7, 1)
    if ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year and ctx.ref_grain == "year" \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at \
            and _YEAR_AS_SUBJECT_ASIDE.fullmatch(ctx.text, ctx.sentence_bounds(pos)[0], ctx.ref_at) \
            and ctx.tense(pos, pos) == "past":
        # "The last presidential election, in 2020, was decided in a runoff held in mid-November": the year set off
        # as the subject's says when all the sentence tells happened
        return Day.of(ctx.ref_year, 7, 1)
    if ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year and ctx.ref_grain == "year" \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at and pos - ctx.ref_at < 160 \
            and _IN_YEAR_OF_THE_CLAUSE.match(ctx.text, max(0, ctx.ref_at - 3), pos) and ctx.tense(pos, pos) == "past":
        # "The council held six polls in 2016, the first on July 21", "met in 2016 and held polls between July 21 and
        # Oct. 5": the clause's own year, nothing closed or counted between
        return Day.of(ctx.ref_year, 7, 1)
    if ctx.ref_at >= 0 and ctx.ref_year is not None and ctx.ref_year < ctx.dct.year and ctx.ref_grain == "year" \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at and pos - ctx.ref_at < 200 \
            and _YEAR_SAID_AGAIN.match(ctx.text, ctx.ref_at) and ctx.tense(pos, pos) == "past":
        # "The 2018 summits were the high point. They met three times that year, and Kim met Trump on June 12": a year
        # taken up again by its own words is the one the sentence tells (a bare year alone says too little)
        return Day.of(ctx.ref_year, 7, 1)
    course = _RELATIVE_OF_DATED_NOUN.match(ctx.text, ctx.ref_at, pos) if 0 <= ctx.ref_at and pos - ctx.ref_at < 160 else None
    if course is not None and course["subject"] \
            and not _SUBJECT_DATED_OPENING.search(ctx.text, max(0, ctx.ref_at - 8), ctx.ref_at):
        course = None  # (a year inside the sentence dates some other noun: "Talks on the 1995 accords began on")
    if course is not None and int(course["year"] or course["made"] or course["subject"]) < ctx.dct.year \
            and ctx.sentence_bounds(pos)[0] <= ctx.ref_at \
            and (ctx.tense(pos, pos) == "past" or course["made"]):
        # "…recalled the 2020 war, which ended with a ceasefire on Nov. 10", "a war in 2020 that ended…": the relative
        # clause tells the course of the thing the year dates (an attributive year sets no year of the story, so it is
        # read here)
        return Day.of(int(course["year"] or course["made"] or course["subject"]), 7, 1)
    if ctx.ref_at < 0 or ctx.ref_year is None or ctx.ref_year == ctx.dct.year or ctx.ref_grain not in ("day", "month"):
        return None  # a bare year ("approved in 1987") says too little about what the sentence tells
    if ctx.ref_year > ctx.dct.year and ctx.tense(pos, pos) == "past":
        return None  # "The summit was moved to Jan. 12 after the strike on Monday": a past is not on the days to come
    entry = _leads_the_line(ctx, pos)  # (a chronology's entry is told in the present, ahead or not)
    sentence_start = ctx.sentence_bounds(pos)[0]
    if sentence_start > ctx.ref_at and not entry:
        return None
    if _ASIDE_OPENED.search(ctx.text, max(sentence_start, ctx.ref_at - 200), ctx.ref_at) and "," in ctx.text[ctx.ref_at:pos]:
        return None  # "The party, which has ruled since … January 2006, was wiped out in August": the aside's date is closed
    if _OBJECT_ZERO_RELATIVE_TO_DATE.search(ctx.text, max(sentence_start, ctx.ref_at - 100), ctx.ref_at):
        return None  # "The EU froze the candidate status it granted Georgia in December 2023 and suspended…": the object's past
    if lx.STILL_HOLDS_BUT.match(ctx.text, ctx.ref_at, pos):
        # "The ceasefire signed in October 2020 remains in force, although in May clashes killed dozens": what still holds
        # brings the sentence to now, and the month set against it is the last one
        return None
    if pos - ctx.ref_at < 250 and _NOW_BETWEEN.search(ctx.text, ctx.ref_at, pos):  # (a bounded look: a sentence may be long)
        # "Morales resigned in November 2019 and is now wanted on a warrant issued in January": a clause set in the
        # present brings the sentence to now, and what it names is told from the day of writing
        return None
    if _SINCE_BEFORE_DATE.search(ctx.text, max(sentence_start, ctx.ref_at - 50), ctx.ref_at):
        # "The junta, in power since the coup of August 2020, granted him a mandate in July": a state since a date
        # reaches the present, and leaves the story at the day of writing
        return None
    if not entry and ctx.tense(pos, pos) == "future":
        return None  # "…invited in July 1997, will join NATO on March 12": ahead of the publication date
    if not entry and _PLANNED_JUST_BEFORE.search(ctx.text, max(sentence_start, pos - 40), pos) \
            and _ASIDE_CLOSED_BEFORE.search(ctx.text, ctx.ref_at, pos):
        # "The waiver, first issued in May 2025, had been due to lapse on Nov. 20": a plan is told from the
        # publication date, the aside's date closed
        return None
    if ctx.ref_grain == "day" and ctx.ref is not None:
        return ctx.ref
    if ctx.ref_month is not None:
        return Day.of(ctx.ref_month[0], ctx.ref_month[1], 15)
    return None


#: A present set at the day of writing, joined on after a past: "and [is now] wanted", "[now faces]".
_NOW_BETWEEN = re.compile(r"\b(?:is|are|has|have)\s+now\b|\bnow\s+(?:faces?|lives?|holds?|runs?|leads?|heads?)\b")
#: An object's relative clause without "that", up to its date: "the candidate status it granted Georgia in ".
_OBJECT_ZERO_RELATIVE_TO_DATE = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}(?:it|they|he|she|we)\s+"
                                           r"(?:had\s+)?[a-z]{3,}ed(?:\s+[A-Z][\w'’.-]*){0,2}\s+(?:in|on|at)\s+(?:(?:early|late|mid-?)\s*)?$")
#: A year opening its sentence as its frame ("In 2019, …", "During 2020, …") or its subject's owner ("Next year's
#: ministerial", "2027's budget", "The 2025 meeting").
_FRONTED_YEAR = re.compile(r"\s*(?:\d{1,2}/\d{0,2}\s+|[•*▪-]\s+)?(?:(?:In|During|Throughout|Early\s+in|Later\s+in|Late\s+in|In\s+early|In\s+late)\s+"
                           # (or a season or half of it: "In the spring of 2025, talks resumed in April")
                           r"(?:the\s+year\s+|(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter|"
                           r"first\s+half|second\s+half)\s+(?:of\s+)?"
                           # (or a month: "In March 2019, the government promised elections in December")
                           rf"|(?:(?:early|late|mid-?)\s*)?(?-i:{MON_FULL})\s+)?\d{{4}}(?:\s*,|\s+(?=(?-i:it|they|he|she|we|the|its|their|his|her)\s))"
                           # (a chronology's entry, its year as its label: "2020: A 44-day war from Sept. 27 to Nov. 10…")
                           r"|\d{4}\s*(?::|\s[–—])\s+(?=[A-Z\d])"
                           # (…or last or next year, set off: "Last year, by contrast, two accords signed in the spring…")
                           r"|(?:Last|Next)\s+year\s*,"
                           r"|(?:(?:(?:Next|Last)\s+year|\d{4})['’]s|The\s+\d{4})\s+(?:[\w-]+\s+)?"
                           # (a gathering, not a plan made the year before: "Next year's budget, due on Dec. 15")
                           r"(?:ministerial|summit|elections?|vote|talks|conference|meeting|session|congress|forum|games|"
                           r"olympics|world\s+cup|festival|assembly|G7|G20|COP\d*)\b"
                           # (…or named with it after "of": "The summits of 2018 — in April at Panmunjom, in June…")
                           r"|The\s+(?:[\w-]+\s+)?(?:summits?|talks|elections?|protests|meetings|negotiations|wars?|clashes|"
                           r"votes|uprisings?|riots|strikes|rounds|visits)\s+of\s+\d{4}\b)", re.I)
#: An adverb of what recurs before its clause's present: "usually begins straw polls in the summer", "is typically
#: held in June" (a month or season of every year, no one year's).
_HABITUAL_PRESENT = re.compile(r"\b(?:(?:is|are)\s+(?:usually|typically|normally|traditionally|customarily)\s+[a-z]+\b|"
                               # (…or an observance kept since some time: "Ukraine has marked Christmas on Dec. 25 since")
                               r"(?:has|have)\s+(?:\w+ly\s+)?(?:marked|celebrated|observed|commemorated)\b|"
                               # (…or the span a recurring period runs: "the marketing year, which runs from July to June")
                               r"\b(?:year|season|term|semester|cycle)s?\b[^.;:]{0,20}?\b(?:runs|lasts|stretches|extends|spans)\b|"
                               # (…or what comes back every year: "Monsoon rains return every year between July and")
                               r"\b(?:every|each)\s+(?:year|spring|summer|autumn|fall|winter)\b|\bannually\b|"
                               r"\b(?:once|twice)\s+a\s+year\b|"
                               r"(?:usually|typically|normally|traditionally|customarily)\s+"
                               r"(?!(?:was|were|had|did|took|met|held|began|went|came|saw|made|said|won|lost|fell|led|got|kept|"
                               r"left|ran|sent|set|spent|told|brought|fought|gave|would|could|might)\b)[a-z]{2,}(?<!ed)(?<!ing)\b)"
                               # (not what it tells ahead: "usually says he will decide in the spring"; nor the one time
                               # it names: "has met twice a year since, most recently in Dushanbe in October")
                               r"(?:(?!\b(?:will|would|shall|'ll|next|this|last|recently|latest)\b)[^.;:])*$", re.I)


#: An intent or an agreement to do something, whose doing lies ahead: "agreed to hold", "plans to visit".
_AGREED_TO_DO = re.compile(r"\b(?:agreed|decided|promised|pledged|vowed|planned|plans?|intends?|hopes?|expects?)"
                           # (…in principle too, or on its day: "have agreed in principle to resume talks", "agreed on
                           # Sunday to keep")
                           r"(?:\s+in\s+principle|\s+on\s+[A-Z][a-z]+day)?\s+to\s+(?!(?:the|a|an|its|their)\b)[a-z]{3,}\b")
#: A deadline's "by", right before its month: "by ", "by the end of ", "by mid-".
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?(?:(?:early|late|mid)[- ]?)?$")
#: A gathering and the "in" of its month, right before it: "elections in ", "a referendum in early ".
_GATHERING_IN_BEFORE = re.compile(r"\b(?:elections?|polls|votes?|referendums?|talks|a\s+ballot)\s+(?:in|for)\s+"
                                  r"(?:(?:early|late|mid)[- ]?)?$")
#: A promise that stands now, of a thing rather than a doing: "has promised [direct local elections by ]".
_PROMISED_NOW = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:promised|pledged|vowed)\s+(?!to\b)[^,;:.]{0,80}$")
#: A time told in the past: "Last year", "In 2019", "two weeks ago", "in March".
_PAST_TIME_WORDS = re.compile(r"\b(?:\d{4}|(?:last|past|previous)\s+(?:year|month|week|spring|summer|autumn|fall|winter)|ago|"
                              r"yesterday|earlier|then)\b|\b(?:In|in)\s+(?:early\s+|late\s+|mid-?)?" + MON + r"\b")


#: A term something is kept to, right before its month: "unchanged through the end of ", "in place until ".
_KEPT_THROUGH_BEFORE = re.compile(r"\b(?:through|until|till|into)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
                                  r"(?:(?:early|late|mid)[- ]?)?$", re.I)


def agreed_to_do_before(ctx: Context, pos: int) -> bool:
    """Whether the sentence agreed (decided, plans) to do what the date at `pos` dates, a doing that lies ahead: "The two
    sides agreed to keep a hotline open and to hold the next round in the autumn" (not an agreement of a time told before
    it: "Last year, the two sides agreed to hold talks in the autumn")."""
    start = ctx.sentence_bounds(pos)[0]
    if _PROMISED_NOW.search(ctx.text, max(start, pos - 120), pos):
        return True  # ("…, has promised direct local elections by June": a promise standing now is of what lies ahead)
    agreed = _AGREED_TO_DO.search(ctx.text, start, pos)
    # (a wire dateline's year is the telling's, no time told: "AMMAN, Dec. 1, 2026 (Wire) — …have agreed to resume…")
    lead = dateline_end(ctx.text[start:agreed.start()]) if agreed is not None else 0
    return agreed is not None and not _PAST_TIME_WORDS.search(ctx.text, start + lead, agreed.start())


def habitual_at(ctx: Context, pos: int) -> bool:
    """Whether the clause before `pos` tells what recurs, so that a bare month or season in it is of no year."""
    start = max(ctx.sentence_bounds(pos)[0], pos - 300)  # (bounded: a sentence may be a page long)
    joined = [m.end() for m in JOINED_CLAUSE_OPENING.finditer(ctx.text, start, pos)]
    return _HABITUAL_PRESENT.search(ctx.text, joined[-1] if joined else start, pos) is not None


#: A year the clause's verb is in, then the words up to a date of the same clause: "in 2016 and held polls between",
#: "in 2016, the first on" (no aside closed, no bound or count, no clause of another time between).
_IN_YEAR_OF_THE_CLAUSE = re.compile(r"(?i:in)\s+\d{4}(?:,\s+(?:the|a|an)\s+(?:first|second|third|last|latest|one)\b"
                                    # (…or the first of a list of places, each with its date: "in 2024, in Geneva in March")
                                    r"|,\s+(?:in|at)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s+(?:in|on)\s)"
                                    # (…or the year's colon, before what was done in it: "Three more followed in 2018: in
                                    # April and May at Panmunjom")
                                    r"|:(?=\s+(?:in|on|during)\s)"
                                    # (…or the participle that goes on with the clause's happening: "A short war followed in
                                    # 1992, ending in July with a ceasefire")
                                    r"|,\s+(?!(?:including|according|following|during)\b)[a-z]{3,}ing\b)?"
                                    r"(?:(?!(?:since|until|till|after|before|when|while|which|who|whose|that|but|now|later|ago|"
                                    r"earlier|this|next|last)\b)[^,;:.\n])*$"
                                    # (…or most of a year, up to what ended it: "raged for most of 2024 before a truce in")
                                    r"|(?i:of)\s+\d{4}\s+(?:before|until|till)\s+[^,;:.\n]{0,40}$")
#: A year taken up again from an earlier sentence: "that year", "later that same year", "the same year".
_YEAR_SAID_AGAIN = re.compile(r"(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(?:that(?:\s+same)?|the\s+same)\s+year\b", re.I)
#: A year that dates a noun, then a relative clause of the noun's own course up to a later date: "2020 war, which ended
#: with a ceasefire on ", "2020, which began on " (after "a war in"); not what others did to it later ("The 2015 deal,
#: which Trump left in May").
_RELATIVE_OF_DATED_NOUN = re.compile(r"(?P<year>\d{4})(?:\s+(?!(?:and|or|but)\b)[a-z][\w-]*){0,2},?\s+(?:which|that)\s+"
                                     r"(?:(?:had\s+)?(?:began|begun|started|ended|broke\s+out|erupted|took\s+place|culminated|peaked)|(?:was|were)\s+held)\b"
                                     r"[^,;:.\n]*$"
                                     # (…or the participle of its own making, set off: "The 2015 accord, concluded on July 14,")
                                     r"|(?P<made>\d{4})(?:\s+(?!(?:and|or|but)\b)[a-z][\w-]*){1,2},\s+(?:first\s+)?"
                                     r"(?:signed|concluded|reached|agreed|sealed|struck|brokered|adopted|initialled|initialed|"
                                     r"negotiated|clinched|launched|founded|held|fought|waged)\s+[^,;:.\n]{0,40}$"
                                     # (…or the year of the sentence's subject, then its own course: "[The] 1973 war began
                                     # on", "[The] 1995 accords were signed in")
                                     r"|(?P<subject>\d{4})(?:\s+(?!(?:and|or|but)\b)[a-z][\w-]*){1,2}"
                                     # (the noun's own party or place may follow: "1973 war with Israel began")
                                     r"(?:\s+(?:with|against|in|over|between)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?\s+"
                                     r"(?:began|started|ended|broke\s+out|erupted|took\s+place|culminated|peaked|"
                                     r"(?:was|were)\s+(?:held|signed|concluded|reached|agreed|adopted|fought|launched))\b"
                                     r"[^,;:.\n]{0,40}$")
#: The opening of a sentence whose subject a year dates: "The " before "1973 war began on".
_SUBJECT_DATED_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*The\s+$")
#: Where a clause joined to the one before opens: ", and in 2016 it held…", "; in 2016 it held…".
JOINED_CLAUSE_OPENING = re.compile(r",\s+(?:and|but)\s+|;\s+")
#: A short line of words heading a section, with no stop or dash (a chronology's entry has one): "What comes next".
_OTHER_HEADING = re.compile(r"\n[ \t]*[#=]*[ \t]*[A-Z][^\n.!?:;,–—\d-]{2,60}(?<![ \t])[ \t]*\n")


def year_in_force(ctx: Context, pos: int) -> tuple[int, str] | None:
    """The year a date written without one belongs to when the text says so plainly, and how: the year
    heading its section ("2023" on a line of its own above "14 March – First contacts…"), or in a narrative
    (`Context.narrative`) the year it last named outside a look back ("Talks began in Doha in March 2025.
    A first ceasefire was declared on 23 April"). None in news without such headings, which leaves out
    the year of its own time."""
    if ctx.header_year is not None and pos > ctx.header_scanned:
        # (read on once from where the last look stopped: the section ends at a heading of another kind,
        # "What comes next" after a chronology's years)
        if _OTHER_HEADING.search(ctx.text, ctx.header_scanned, pos):
            ctx.header_year = None
        ctx.header_scanned = pos
    if ctx.header_year is not None:
        return ctx.header_year, "the year heading its section"
    if ctx.narrative and ctx.narrative_year is not None:
        return ctx.narrative_year, "the year the narrative is at"
    return None


#: A relative clause set off by commas, closed right before a date's preposition: ", where an explosion … killed
#: 200 people, on ".
_CLOSED_RELATIVE_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|whose|where)\b"
                                           # (a full date's comma and an abbreviation's point are its own: "on Aug. 4, 2020")
                                           r"(?:[^,;.()]|,(?=\s*\d{4}\b)|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){3,160}"
                                           r",\s+(?:on|in|at|by|from|until)\s+(?:the\s+)?$")
# (…or a place's: ", where an explosion…"; or an appositive's own: ", a businessman who headed…")
_ASIDE_OPENED = re.compile(r",\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?)?(?:which|who|whose|where)\b")
#: "Since" and the words up to its date: "since the coup of ", "since ".
_SINCE_BEFORE_DATE = re.compile(r"\b[Ss]ince\s+(?:[^,;.]{0,40}\s)?$")
#: A plan's words right before its date: "due to lapse on", "scheduled for", "set to expire on".
_PLANNED_JUST_BEFORE = re.compile(r"\b(?:due|scheduled|set|slated|planned|expected)\s+(?:to\s+[a-z]+\s+)?(?:on|for|in)?\s*$",
                                  re.I)
#: The comma that closes an aside after its date: "…, first issued in May 2025, had been…".
_ASIDE_CLOSED_BEFORE = re.compile(r",\s+[a-z]")
#: A date a story counts on to in its own year: "April of that year", "two months later", "the following month".
_COUNTED_ON_AT = re.compile(r"[^.,;:\n]{0,30}?\b(?:of\s+that\s+year|later|afterwards|the\s+(?:following|next|same)\s+"
                            r"(?:month|week|day))\b", re.I)
_SUBORDINATE_OPENED = re.compile(r"\b(?:after|before|since|when|until|while|although|though|because|once|if)\b", re.I)
#: A relative clause without a comma, up to its date: "the hostages [which] it took in", "the hostages it took in".
_RELATIVE_OPENED = re.compile(rf"\b(?:which|whom)\s|\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}?[a-z]{{3,}}\s+(?:that\s+)?"
                              rf"(?:it|they|he|she)\s+(?:had\s+|has\s+)?(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                              r"[^,;.]{0,40}$")


def _opens_an_entry(text: str, pos: int) -> bool:
    """Whether `pos` opens its line, but for a bullet or a dash: a chronology's entry."""
    line_start = text.rfind("\n", max(0, pos - 12), pos)
    return (line_start >= 0 or pos <= 12) and not text[line_start + 1:pos].strip(" \t*•·-–—")


def _next_chronology_entry(ctx: Context, pos: int, month: int, day: int) -> tuple[Day, str] | None:
    """A chronology entry's month-day whose year the entries before it gave ("Jan 19, 2025 - A second
    ceasefire begins. … March 18 - Israel resumes strikes"): the first such day after the entry before
    it, as a chronology runs in order — or the last before it when that first one lies well after the
    publication date (a chronology told newest first). None when the date opens no entry or the entry
    before has no day."""
    ref, ref_at = ctx.ref, ctx.ref_day_at
    if ref is not None and ref_at >= 0 and ctx.entry_day is not None and 0 <= ctx.entry_day_at < ref_at \
            and "\n" not in ctx.text[ctx.entry_day_at:ref_at] and not _labels_an_entry(ctx.text, ref_at):
        # ("May 10: Both sides strike air bases. By the evening, … / May 12: …": a time told within an entry leaves the
        # next entry counting on from the entry's own label)
        ref, ref_at = ctx.entry_day, ctx.entry_day_at
    if ctx.ref_month is not None and ctx.ref_month_at > ref_at and _labels_an_entry(ctx.text, ctx.ref_month_at):
        # ("- May: Teams begin mapping…", the entry before)
        ref, ref_at = Day.of(ctx.ref_month[0], ctx.ref_month[1], 1), ctx.ref_month_at
    if ctx.ref_grain == "year" and ctx.ref_year is not None and ctx.ref_at > ref_at and _labels_an_entry(ctx.text, ctx.ref_at):
        # ("Early 2026: Talks stall. / Nov. 30: …", the entry before is a year's: the day is the first after it began)
        ref, ref_at = Day.of(ctx.ref_year, 1, 1), ctx.ref_at
    if ref is None or ref_at < 0 or not _opens_an_entry(ctx.text, pos) \
            or not _labels_an_entry(ctx.text, ref_at) or "\n" not in ctx.text[ref_at:pos]:
        return None
    readings = [Day.of(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, month, day)]
    after = [d for d in readings if d.number >= ref.number]
    if not after:
        return None
    if after[0].number > ctx.dct.number + 14 and ref.number <= ctx.dct.number:
        # (a chronology told newest first: "Jan 19, 2025 - … Dec. 12 - …" is the December before; not a calendar of what
        # comes next, whose entry before is already ahead: "- Dec. 10: Talks open. / - Jan. 15: Leaders meet")
        before = [d for d in readings if d.number < ref.number]
        return (before[-1], f"the last such day before {ref.label()}, the entry before it in a chronology told "
                            "newest first") if before else None
    return after[0], f"the first such day after {ref.label()}, the entry before it in the chronology"


#: The month (and day) labelling the next line's entry: "\n- April 15: ", "\n* June: ".
_NEXT_ENTRY_LABEL = re.compile(rf"[^\n]*\n+[ \t*•·\-–—]*(?P<month>{MON_FULL}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)"
                               r"(?:\s+(?P<day>\d{1,2})\b)?")


def _first_chronology_entry(ctx: Context, pos: int, month: int, day: int) -> tuple[Day, str] | None:
    """The year of a month-day labelling a chronology's first entry ("- Feb. 9: Kosovo holds elections. / - April 15: The
    Assembly convenes…", written in December): told in the present of its own time, its tense says nothing, and the
    nearest such day ahead would leave the next entry, later in the year, well after publication — so a chronology
    running in order from earlier this year starts at the last such day before publication."""
    if not _opens_an_entry(ctx.text, pos) or not _labels_an_entry(ctx.text, pos) \
            or (ctx.ref is not None and 0 <= ctx.ref_day_at and _labels_an_entry(ctx.text, ctx.ref_day_at)):
        return None
    following = _NEXT_ENTRY_LABEL.match(ctx.text, pos)
    if following is None:
        return None
    nxt = (month_of(following["month"]), int(following["day"]) if following["day"] else 1)
    readings = [Day.of(y, month, day) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if valid_day(y, month, day)]
    past = [d for d in readings if d.number <= ctx.dct.number]
    future = [d for d in readings if d.number > ctx.dct.number]
    if not past or not future or nxt <= (month, day):
        return None

    def next_after(first: Day) -> Day | None:  # (the next entry read as the first such day after this one)
        return Day.of(first.year, *nxt) if valid_day(first.year, *nxt) else None

    after_past, after_future = next_after(past[-1]), next_after(future[0])
    if after_past is None or after_future is None or after_past.number > ctx.dct.number \
            or after_future.number <= ctx.dct.number + 14:
        return None
    # (read from the day ahead, the next entry, later in the year, would fall well after publication; read from the last
    # such day, it falls before it)
    return past[-1], f"the last such day before {ctx.dct.label()}, opening a chronology whose next entry follows it in the year"


def chronology_entry_before(ctx: Context, pos: int) -> Day | None:
    """The date of the entry before, when `pos` labels a chronology's entry and the line before is one labelled by a
    day or a month (its first day): what a label without a year ("- Late April: …", "- Summer: …") runs on from,
    the entries being in order. An entry is told in the present of its own time, so its tense says nothing of the
    year."""
    ref_at = max(ctx.ref_day_at if ctx.ref is not None else -1, ctx.ref_month_at if ctx.ref_month is not None else -1)
    if ref_at < 0 or not _opens_an_entry(ctx.text, pos) or not _labels_an_entry(ctx.text, ref_at) \
            or ctx.text.count("\n", ref_at, pos) != 1:
        return None
    return Day.of(ctx.ref_month[0], ctx.ref_month[1], 1) if ref_at == ctx.ref_month_at else ctx.ref


def _chronology_entry_month_year(ctx: Context, pos: int, month: int) -> tuple[int, str] | None:
    """The year of a bare month labelling a chronology's entry ("- April 9: Talks open…\n- Late April: The talks are
    suspended…"): the first such month from the entry before on, or the last before it in a chronology told newest
    first (as `_next_chronology_entry` reads a month-day)."""
    before = chronology_entry_before(ctx, pos)
    if before is None:
        return None
    year = before.year if month >= before.month else before.year + 1
    if (year, month) > (ctx.dct.year, ctx.dct.month):
        year = before.year if month <= before.month else before.year - 1
        return year, f"the last {lx_month_name(month)} before {lx_month_name(before.month)} {year_str(before.year)}, " \
                     f"the entry before it in a chronology told newest first"
    return year, f"the first {lx_month_name(month)} from {lx_month_name(before.month)} {year_str(before.year)}, the " \
                 f"entry before it in the chronology"


def remember_entry_day(ctx: Context, pos: int) -> None:
    """Keep the story's day as the last chronology entry's when the date at `pos` labels one."""
    if _labels_an_entry(ctx.text, pos):
        ctx.entry_day, ctx.entry_day_at = ctx.ref, pos


def _labels_an_entry(text: str, pos: int) -> bool:
    """Whether the date at `pos` opens its line, or ends a range that does ("- March 17-18: First round…")."""
    line_start = text.rfind("\n", max(0, pos - 30), pos)
    prefix = text[line_start + 1:pos] if line_start >= 0 or pos <= 30 else "?"
    return not prefix.strip(" \t*•·-–—") or bool(re.fullmatch(r"[ \t*•·\-–—]*[A-Z][a-z]+\.?\s+\d{1,2}\s*[-–]\s*", prefix))


#: A weekday's entry in a schedule, after its colon or dash, told in the present of what is scheduled: ": EU foreign
#: ministers meet in Brussels", " – The Security Council holds its monthly briefing".
_SCHEDULE_ENTRY = re.compile(r"[ \t]*[:–—-][ \t]+[^.\n:;]{0,60}?\b(?:" + "|".join(sorted(
    (SCHEDULED_PRESENT - {"is", "are"}) | STAGING_PRESENT)) + r")\b")
#: What stands before the second weekday of an entry's range: "Wednesday–".
_ENTRY_RANGE_OPENING = re.compile(rf"[ \t*•·-]*{WEEKDAY}[ \t]*(?:[-–—]|to|and|&)[ \t]*$")


def entry_weekday(ctx: Context, pos: int, weekday: int) -> Day | None:
    """A chronology entry's weekday ("Tuesday, Dec. 1 — EU ministers meet… / Wednesday — NATO ministers
    gather…"): a week ahead's entries run in order, each weekday the first on or after the entry before it.
    None when the weekday opens no entry or the entry before has no day, or when that day is the publication's
    own: a heading dated the day it came out says nothing of which way its list runs, the entry's tense does ("Saturday
    22 November 2025 / Monday: Envoys met in Washington…" is the Monday gone by)."""
    ref, ref_at = ctx.ref, ctx.ref_day_at
    if ref is not None and ref_at >= 0 and not _entry_s_own_day(ctx, ref_at) and ctx.entry_day is not None \
            and 0 <= ctx.entry_day_at < ref_at and "\n" not in ctx.text[ctx.entry_day_at:ref_at] \
            and _LABEL_AFTER.match(ctx.text, ctx.entry_day_at):
        # (a day told inside the entry before is no entry's: "Tuesday: The council votes on a mandate which expires on Dec.
        # 15. / Wednesday–Thursday: …" runs on from Tuesday)
        ref, ref_at = ctx.entry_day, ctx.entry_day_at
    if ref is None or ref_at < 0 or ref.number == ctx.dct.number \
            or not (_opens_an_entry(ctx.text, pos) or _WEEKEND_ENTRY.match(ctx.text, ctx.text.rfind("\n", 0, pos) + 1, pos)) \
            or not _entry_s_own_day(ctx, ref_at) \
            or "\n" not in ctx.text[ref_at:pos] or pos - ref_at >= 600 \
            or ref_at < ctx.ref_at and _opens_an_entry(ctx.text, ctx.ref_at) \
            or _DATED_ENTRY_LINE.search(ctx.text, ctx.text.find("\n", ref_at), ctx.text.rfind("\n", 0, pos)):
        # (nor when an entry of a coarser date came between: "Nov. 6 — … / Late November — … / Monday — …" has left
        # the day behind, and the weekday is the news's own; "- 2025: Talks are frozen … after elections in February. /
        # - Monday: …" too, whatever date its text went on to)
        return None
    return ref.plus((weekday - ref.weekday) % 7)


#: A line that opens with a year, a chronology's entry: "\n- 2025: ", "\n2019 — ".
_DATED_ENTRY_LINE = re.compile(r"\n[ \t*•·–—-]*(?:(?:early|late|mid-?)\s*)?(?:1[5-9]|20)\d\d\b", re.IGNORECASE)
#: A schedule's label, from its day to the mark that closes it: "Tuesday:", "Wednesday–Thursday —", "Dec. 1 |".
_LABEL_AFTER = re.compile(r"[\w.,'’ –-]{1,30}?[ \t]*(?:[:|]|[ \t][–—-][ \t])")
#: An entry a schedule labels with its weekend, up to a weekday told in it: "Weekend: Voters in Honduras go to the polls on ".
_WEEKEND_ENTRY = re.compile(r"[ \t*•·-]*(?:The\s+)?[Ww]eekend[ \t]*[:–—-][^\n]{0,200}?(?:on|this|by)\s+$")


def _entry_s_own_day(ctx: Context, at: int) -> bool:
    """Whether the day named at `at` opens an entry, or ends a range that opens it ("Wednesday–Thursday: …")."""
    return _opens_an_entry(ctx.text, at) \
        or _ENTRY_RANGE_OPENING.fullmatch(ctx.text, ctx.text.rfind("\n", max(0, at - 40), at) + 1, at) is not None


def _leads_the_line(ctx: Context, pos: int) -> bool:
    """Whether the last date named opens the line `pos` stands on, as a chronology's entry does
    ("Sept. 27, 2020 – Azerbaijan launches an offensive. The war ends with a deal signed on Nov. 10."):
    every sentence of the entry is about it."""
    if ctx.ref_at < 0 or not 0 < pos - ctx.ref_at < 600 or "\n" in ctx.text[ctx.ref_at:pos]:
        return False
    newline = ctx.text.rfind("\n", max(0, ctx.ref_at - 12), ctx.ref_at)  # (looked for nearby: a long line is no entry)
    if newline < 0 and ctx.ref_at > 12:
        return False
    return not ctx.text[newline + 1:ctx.ref_at].strip(" \t*•·-–—")


#: A year and the when-clause that tells what happened in it, the year qualified or not: "in 2004, when", "in late 2023,
#: when".
_WHEN_OF_YEAR = re.compile(r"(?:(?:early|late|mid)[\s-]+|the\s+(?:end|start|beginning|middle)\s+of\s+)?\d{4}\s*,?\s*when\b", re.I)
_YEAR_IN_APPOSITION = re.compile(r"(?:\byear|\b\d{4})\s*,\s*(?:(?:in|on|during|between|from)\s+)?(?:early|late|mid-?)?\s*$")


def _same_month_just_named(ctx: Context, pos: int, month: int, across_paragraphs: bool = False,
                           two_back: bool = False) -> int | None:
    """The year of the same month when the sentence before named it with a year other than the
    publication's: the story is still there ("…agreed to open talks by the end of February 2025.
    Those talks opened in Ankara in mid-February"); within a paragraph unless `across_paragraphs`, and
    the sentence before that too when `two_back` (a question between an answer and the next)."""
    if ctx.ref_at < 0 or ctx.ref_month is None or ctx.ref_grain not in ("day", "month") or ctx.ref_month[1] != month \
            or ctx.ref_month[0] == ctx.dct.year or (ctx.ref_month[0], month) > (ctx.dct.year, ctx.dct.month):
        return None
    view = pos
    if two_back:  # (the date then needs only be in the sentence before the one before)
        before = ctx.sentence_bounds(max(0, ctx.sentence_bounds(pos)[0] - 2))[0]
        view = before if ctx.ref_at < before else pos
    if not (ctx.ref_at < ctx.sentence_bounds(view)[0] and ctx.in_view(ctx.ref_at, view)) \
            or ("\n" in ctx.text[ctx.ref_at:pos] and not across_paragraphs and not _takes_up_its_subject(ctx, pos)):
        return None  # (not across a paragraph: a new one may start another story)
    if _PERFECT_SINCE_THEN.search(ctx.text, ctx.sentence_bounds(pos)[0], pos):
        return None  # "Israel has continued to carry out strikes…, including one on Nov. 23": up to now, not then
    if _PERFECT_SINCE_MONTH.search(ctx.text, max(ctx.sentence_bounds(pos)[0], pos - 120), pos):
        # "Petro took office in August 2022. Talks … have stalled since early August": a perfect counted from the month
        # reaches now, and an older August would have had its year
        return None
    if _PLUPERFECT_THEN_BUT.search(ctx.text, max(ctx.sentence_bounds(pos)[0], pos - 200), pos):
        # "Doumbouya ousted Conde in September 2021. He had pledged not to run, but a new constitution approved in a
        # referendum in September allowed him to stand": a past set against a pluperfect has moved on from the story
        return None
    if SINCE_CLAUSE_BEFORE.search(ctx.text, max(0, ctx.ref_at - 80), ctx.ref_at):
        # "Chad has taken in 1.2 million Sudanese since the war began in April 2023. Its government accused the RSF of
        # shelling a town on April 28": a bound counted from leaves the story where it was
        return None
    if _SPAN_OF_YEARS.search(ctx.text, *ctx.sentence_bounds(ctx.ref_at)):
        # "For almost a year the initiative, brokered in July 2022, let Ukraine ship grain. Russia walked away from it in
        # July": the sentence before ran a year or more on from its month, so the same month again is a later one
        return None
    return ctx.ref_month[0]


#: A pluperfect, then "but" and a clause with no pluperfect of its own up to the date: "He had pledged not to run, but a
#: new constitution approved in a referendum in ".
_PLUPERFECT_THEN_BUT = re.compile(r"\b[Hh]ad\s+(?:not\s+|never\s+|already\s+|long\s+)?[a-z]{3,}(?:ed|en|wn|ne)\b[^.;:!?]{0,100}?,?\s+"
                                  r"but\s+(?![^.;:!?]*\bhad\b)[^.;:!?]{0,120}$")
#: A span of a year or more that a sentence runs on through: "for almost a year", "over two years".
_SPAN_OF_YEARS = re.compile(rf"\b(?:for|over)\s+(?:(?:almost|nearly|about|more\s+than|over|some|close\s+to)\s+)?"
                            rf"(?:a|one|{COUNT})\s+years?\b", re.I)


def _takes_up_its_subject(ctx: Context, pos: int, at: int | None = None) -> bool:
    """Whether the sentence at `pos` opens a paragraph by naming again what the date before it (or the one at `at`) told
    of ("…ended five days of clashes in late July of last year. / The clashes… before the truce took effect on July 28"):
    the new paragraph goes on with that story, not another."""
    at = ctx.ref_at if at is None else at
    start = ctx.sentence_bounds(pos)[0]
    opening = _TAKEN_UP_SUBJECT.match(ctx.text, start)
    if opening is None or "\n" not in ctx.text[at:start] or "\n" in ctx.text[start:pos]:
        return False
    # (named next to the date, not elsewhere in its sentence: "Observers arrived… to watch a truce that ended clashes
    # in late July" is no story of observers then)
    lo, hi = ctx.sentence_bounds(at)
    told = ctx.text[max(lo, at - 50):min(hi, at + 40)]
    return re.search(rf"\b{opening.group(1)}\b", told, re.I) is not None


#: A bound a count runs from, right before a day: "since [Nov. 16]", "since the truce took effect on [Nov. 16]".
SINCE_CLAUSE_BEFORE = re.compile(r"\bsince\s+(?:(?:the|a|an|its|their)\s+[^,;.()]{0,50}?\s+(?:on|in)\s+"
                                 # (…or a clause of its own: "its first launch since it tested a new missile on")
                                 # (not a month that "since" counts from, before the main verb: "held since March were
                                 # released on Sunday")
                                 rf"|(?:it|they|he|she|we|(?!{MON_FULL}\b)[A-Z][\w'’.-]*)\s+(?:[a-z]{{3,}}ed|had|was|were)\s+"
                                 r"[^,;.()]{0,45}?\s+(?:on|in)\s+)?$")

#: A present perfect counted from the month right after it: "have stalled since [early ]".
_PERFECT_SINCE_MONTH = re.compile(r"\b(?:has|have)\s+(?:(?:not|never|\w+ly)\s+)?(?:been\s+)?[a-z]{3,}\b[^.;:]{0,60}?\bsince\s+"
                                  r"(?:(?:early|late|mid)[\s-]*)?$", re.I)
#: A present perfect that carries a story from then up to now: "has continued to", "have kept".
_PERFECT_SINCE_THEN = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+)?(?:continued|kept|carried\s+on|gone\s+on|persisted)\b")


#: A gerund phrase set off after a clause, up to a date: ", finally doing so in ", ", reopening it on ".
_CLOSING_GERUND_TO_DATE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{2,}ing\s+(?:[a-z]+\s+){0,4}?(?:in|on|at|by|during)\s+"
                                     r"(?:the\s+)?$")
#: A sentence's bare subject and its past right after it: "Lawmakers needed", "The army retook".
_SUBJECT_AND_PAST = re.compile(r"\s*(?:(?:The|A|An|Its|Their)\s+)?(?:[A-Z]?[\w'’-]+\s+){0,3}?(?:[a-z]{3,}ed|"
                               + "|".join(sorted(IRREGULAR_PASTS - PAST_LIKE_PRESENT)) + r")\b")
#: A thing recalled, up to its month: "Remember the ceasefire of ", "recalling the protests in ".
_RECALLED_THING_BEFORE = re.compile(r"\b(?:[Rr]emember|[Rr]ecall|[Rr]ecalling|[Rr]emembering|[Rr]ecalled|[Rr]emembered)\s+"
                                    r"(?:the|that|those|last)\s+(?:[\w-]+\s+){0,3}?(?:of|in)\s+(?:(?:early|mid|late)[-\s]+)?$")
#: What a month is compared with, right before it: "the same as in ", "up from ", "than in ", "compared with ".
# (not a bound: "no earlier than February")
_COMPARED_WITH_BEFORE = re.compile(r"\b(?:(?:the\s+)?same\s+as|(?<!earlier\s)(?<!later\s)(?<!sooner\s)than|up\s+from|down\s+from|"
                                   r"compared\s+(?:with|to)|versus)\s+(?:(?:in|during|for)\s+)?(?:the\s+)?$", re.I)
#: A calendar period's start or end right before a date: "the fiscal year that ended in", "the week ending" (a bound of
#: accounts, no point a story has come to).
# (a period of accounts, not one of a plan's stages: "a preparation period starting on July 6" is a happening)
PERIOD_BOUND_BEFORE = re.compile(r"\b(?:week|month|quarter|half|(?:fiscal|financial|reporting|accounting|same|comparable)\s+period|"
                                 r"year)(?:\s+\d{3,4})?,?\s+(?:(?:that|which)\s+)?"
                                 r"(?:end(?:ed|ing|s)|beg[au]n|begins|beginning|start(?:ed|ing|s))\s+(?:on\s+|in\s+|at\s+)?$", re.I)


def _month_on_from_just_named(ctx: Context, pos: int, month: int) -> int | None:
    """The year of a later month of the year the sentence before named with a month of its own, in the same
    paragraph, when that year is not the publication's: the story is still there ("Abiy became prime minister
    in April of that year [2018] and, two months later, said… In July, the two leaders signed…")."""
    if ctx.ref_at < 0 or ctx.ref_month is None or ctx.ref_grain not in ("day", "month") or ctx.ref_month_names_a_thing:
        return None
    if PERIOD_BOUND_BEFORE.search(ctx.text, max(0, ctx.ref_at - 40), ctx.ref_at):
        return None  # (…nor a period's end: "…in the fiscal year ended June 2023. … sank in early July" is no story there)
    year, named = ctx.ref_month
    # (not a date that only names a thing: "…agents charged in the Dec. 21, 1988, bombing. … agreed in April" is no story
    # going on into 1989)
    wrapped = month < named and 0 < month + 12 - named <= 6 and year <= ctx.dct.year - 2 \
        and not re.search(r"\b(?:the|a|an|its|their|this|that)\s+$", ctx.text[max(0, ctx.ref_at - 8):ctx.ref_at])
    if wrapped:
        # (…and on into the next year, a story years back: "The collapse on Nov. 1, 2024 killed 16 people. The prime
        # minister resigned in January" is January 2025, the story's next)
        year, named = year + 1, 0
    if year >= ctx.dct.year or not named < month or "\n" in ctx.text[ctx.ref_at:pos] \
            or not (ctx.ref_at < ctx.sentence_bounds(pos)[0] and ctx.in_view(ctx.ref_at, pos)):
        return None
    # (…or one whose last day the writer already told without its year: "…in late July 2025, … before a truce took hold on
    # July 28. A joint declaration signed in October…" is still that year's)
    # (…or a month so told: "…signed in October… Thailand suspended it in November")
    told_yearless = re.match(rf"(?:(?:early|late|mid-?)\s*)?(?:{MON_FULL}|{MON})(?![a-z])\.?(?:\s+\d{{1,2}}\b)?(?!,?\s+\d{{4}})"
                             r"(?!\s+(?:of\s+)?(?:last|this|next|that)\b)(?!\s+(?:\d{1,2}|the\s+(?:following|previous)))",
                             ctx.text[ctx.ref_at:ctx.ref_at + 30]) is not None and ctx.ref_grain in ("day", "month")
    # (…or one the sentence says comes next: "In June 2025, strikes hit the sites. Tehran then suspended its cooperation in
    # July" is that year's July)
    sequenced = _TOLD_AS_NEXT.search(ctx.text, ctx.sentence_bounds(pos)[0], pos) is not None
    if _LAST_DONE.search(ctx.text, ctx.sentence_bounds(pos)[0], pos):
        return None  # (…but not a "last" doing, the latest up to the writing: "The two countries last held talks in January")
    if _PERFECT_SINCE_MONTH.search(ctx.text, max(ctx.sentence_bounds(pos)[0], pos - 120), pos):
        return None  # (…nor the start of a span run up to now: "The army has pressed its advance since late September")
    if _PLUPERFECT_THEN_BUT.search(ctx.text, max(ctx.sentence_bounds(pos)[0], pos - 200), pos):
        return None  # (…nor a past set against a pluperfect: "…in March 2021. He had pledged not to run, but in September…")
    if _YEARS_LONG.search(ctx.text, ctx.ref_at, ctx.sentence_bounds(pos)[0]):
        # (…nor a story the sentence before carried on for years: "…announced its intention to return in June 2023, but its
        # seat remained empty for three years. Its foreign minister attended a summit in December")
        return None
    if not _COUNTED_ON_AT.match(ctx.text, ctx.ref_at) and not _MONTH_OF_LAST_YEAR.match(ctx.text, ctx.ref_at) \
            and not told_yearless and not wrapped and not sequenced and year >= ctx.dct.year - 1:
        # (only a story that counts on in its own year, "in April of that year and, two months later, …": a writer
        # who gives dates their years would give July's too, "The talks stalled by the end of February 2025. A new
        # round opened in March" being this March; but a story years back goes on in its
        # year: "In April 1992 she secured a truce. The truce collapsed in early May" is May 1992, no writer coming
        # back to the present with a bare month)
        return None
    opened = max(ctx.sentence_bounds(ctx.ref_at)[0], ctx.ref_at - 200)
    if _TARGET_SET_BEFORE.search(ctx.text, max(opened, ctx.ref_at - 90), ctx.ref_at):
        # (a date set as a target is no time the story reached: "That date was pushed back twice, first to March 2024 and
        # then indefinitely. In May, the authorities dissolved the parties" is this May)
        return None
    set_off = re.search(r",\s+(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?$", ctx.text[max(0, ctx.ref_at - 16):ctx.ref_at]) \
        and re.match(r"[^,;.]{0,24},", ctx.text[ctx.ref_at:ctx.ref_at + 26])
    if set_off:
        return None  # ("The last one, in April 2023, freed almost 900 people. We agreed on a new list in July": an aside's)
    if not told_yearless and (_ASIDE_OPENED.search(ctx.text, opened, ctx.ref_at)
                              or _SUBORDINATE_OPENED.search(ctx.text, opened, ctx.ref_at)
                              or _RELATIVE_OPENED.search(ctx.text, max(opened, ctx.ref_at - 100), ctx.ref_at)):
        # (an aside's or a subordinate clause's date is closed: "Lee, who took office in June last year, called…
        # Wong arrived in July"; "Thirty years after the war ended in May 1994, the two have not… The text
        # initialled in August…")
        return None
    if _LASTING_THING_BEGAN_BEFORE.search(ctx.text, max(opened, ctx.ref_at - 90), ctx.ref_at) \
            and 0 < ctx.dct.month - month <= 3 and not sequenced:
        # (the start of what still lasts leaves the story open up to now: "The war broke out in April 2023. The RSF
        # seized El Fasher in late October", written in November, is last month's news, not a step of 2023)
        return None
    return year


#: The start of a conflict or state that lasts, right before its date: "The war broke out in", "fighting erupted on".
_LASTING_THING_BEGAN_BEFORE = re.compile(r"\b(?:war|conflict|fighting|crisis|insurgency|occupation|siege|blockade|rebellion|"
                                         r"uprising|invasion|standoff|stand-off)\s+(?:[a-z]+\s+){0,2}?(?:broke\s+out|began|"
                                         r"erupted|started)\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)


#: A length of years a state lasted, which carries a story on past its date's year: "for three years", "for more than a
#: year".
_YEARS_LONG = re.compile(r"\bfor\s+(?:(?:more\s+than|almost|nearly|over|about|some|another)\s+)?(?:a|one|two|three|four|five|six|"
                         r"seven|eight|nine|ten|\d+|several|many)\s+years?\b")
#: The late part of a month, right before its name: "the end of ", "late ", "the last days of ".
_LATE_IN_MONTH_BEFORE = re.compile(r"\b(?:the\s+end\s+of|late|the\s+last\s+(?:days|week)\s+of)(?:\s+$|-?\s*(?=(?-i:[A-Z])))", re.I)
#: A doing told as the latest so far, counted back from the writing, not on from the story: "last held", "last met" (not
#: an adjective's "last": "the last disputed sections").
_LAST_DONE = re.compile(rf"(?<!\bthe )(?<!\bits )(?<!\btheir )(?<!\bhis )(?<!\bher )\blast\s+"
                        rf"(?:[a-z]{{3,}}ed|{words_pattern(IRREGULAR_PASTS)})\b"
                        # (…or the latest of a doing told again and again: "has debated leaving the treaty several times,
                        # most recently after the strikes on its nuclear sites in June")
                        r"|\bmost\s+recently\b")
def _clause_subordinators(words: list[str]) -> set[str]:
    """The subordinators among lower-cased `words` that open a clause of their own tense: not one before a gerund ("before
    flying to Yerevan", "after refusing to sign"), which goes on in the tense of the clause it hangs from."""
    return {w for k, w in enumerate(words) if w in _SUBORDINATORS
            and not (k + 1 < len(words) and words[k + 1].endswith("ing") and len(words[k + 1]) > 4)}


#: Gerunds of refusing or failing, whose infinitive is as past as they are: "after [refusing] to sign".
_REFUSING_GERUNDS = frozenset({"refusing", "failing", "declining", "trying", "attempting"})
#: A passive's infinitive or future up to a reporting participle and its preposition: "is [to be announced] ", "[will be
#: reported on] ".
_PASSIVE_INFINITIVE_END = re.compile(r"\b(?:to|will|shall)\s+be\s+(?:[a-z]+ly\s+)?[a-z]{3,}(?:ed|en|id)\s+(?:(?:on|in|at)\s+)?$")
#: An adverb that tells what follows as the story's next step: "then", "subsequently", "soon afterwards" (not "since
#: then", "until then", "by then", which look from elsewhere, nor "the then president").
_TOLD_AS_NEXT = re.compile(r"(?:(?<!\bsince )(?<!\buntil )(?<!\bby )(?<!\bfrom )(?<!\btill )(?<!\bthe )\b(?:then(?![-‑])|subsequently|"
                           # (…or a response to what the sentence before told: "Eastern authorities responded by shutting
                           # down oil fields … until a deal was reached in late September")
                           r"afterwards?|thereafter|soon\s+after(?:wards)?|responded|retaliated|in\s+response|in\s+retaliation)\b"
                           # (…or a happening told as what followed: "In the ensuing election in July")
                           r"|\b(?:ensuing|subsequent|resulting)\b)"
                           r"(?![^.;:!?]{0,60}\b(?:this|last)\s+year\b)", re.I)
#: A month of last year named so, no year written: "May last year", "October 26 of last year" (the story then goes on in
#: that year: "Tensions flared in May last year. In late July, clashes killed 40 people").
_MONTH_OF_LAST_YEAR = re.compile(r"[A-Z][a-z]+\.?(?:\s+\d{1,2})?,?\s+(?:of\s+)?last\s+year\b")
#: What sets a date ahead as a target, right before it: "pushed back twice, first to", "promised to hand over power by".
_TARGET_SET_BEFORE = re.compile(r"(?:\b(?:postponed|delayed|pushed\s+back|put\s+off|rescheduled|deferred|moved|extended|"
                                r"brought\s+forward)\b[^.;:!?]{0,40}?\b(?:to|until|till)"
                                r"|\b(?:promised|pledged|vowed|undertook|committed)\b[^.;:!?]{0,60}?\bby"
                                r"|\bdeadlines?\s+(?:of|for))\s+(?:(?:early|late|mid-?|the\s+end\s+of)\s*)?$", re.I)


def _month_told_before(ctx: Context, pos: int, month: int) -> tuple[int, int] | None:
    """The month of the date the sentence named before `pos`, when it named a day or a month that
    says which `month` is nearest (one six months away says nothing)."""
    if ctx.ref_at < 0 or ctx.ref_month is None or ctx.ref_grain not in ("day", "month") \
            or abs(ctx.ref_month[1] - month) == 6:
        return None
    if ctx.sentence_bounds(pos)[0] <= ctx.ref_at:
        return ctx.ref_month
    # (…or the entry before, in a chronology whose entry the month labels: "- March 17-18: A first round ends…\n- May:
    # Teams begin…")
    entry_before = _opens_an_entry(ctx.text, pos) and _labels_an_entry(ctx.text, ctx.ref_at) \
        and 0 < pos - ctx.ref_at < 600 and ctx.text.count("\n", ctx.ref_at, pos) == 1
    return ctx.ref_month if entry_before else None


#: A month and the "and" of a list up to the next month: "the end of January and ", "March or ".
_MONTH_LISTED_BEFORE = re.compile(r"(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?(?:(?:early|mid|late)[-\s]+)?[A-Z][a-z]+\.?"
                                  r"\s+(?:and|or)\s+(?:(?:in|the\s+end\s+of|the\s+start\s+of)\s+)?")
#: A time clause opened after a year, up to a month: ", until her government fell … in ", " when the talks collapsed in ",
#: " after parliament approved constitutional changes in " (but not "before" without its comma: "in 2024 before the vote").
_TIME_CLAUSE_AFTER_YEAR = re.compile(r"\d{4}\b[^.;:!?]{0,12}?(?:,\s+(?:until|till|when|before|after)|\s+(?:until|till|when|after))"
                                     r"\s+[^.;:!?\d]{0,100}$")


def _runs_until(ctx: Context, pos: int) -> bool:
    """Whether the date at `pos` ends a span ("lasted until September", "from May to July")."""
    return bool(_UNTIL_BEFORE.search(ctx.text, max(0, pos - 8), pos))


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)


#: A calling or a setting of a day, right before it: "calling elections for", "set a vote for", "called a referendum for".
_CALLED_FOR_BEFORE = re.compile(r"\b(?:call(?:s|ed|ing)?|set(?:s|ting)?|schedul(?:es|ed|ing)|fix(?:es|ed|ing)?|announc(?:es|ed|ing))"
                                r"\s+(?:(?:early|snap|new|fresh|a|an|the)\s+)*(?:[a-z]+\s+)?(?:elections?|polls?|vote|referendum|"
                                r"runoff|summit|talks|meeting|session)\s+for\s+$", re.IGNORECASE)


def _decided_lately_for(ctx: Context, pos: int) -> bool:
    """Whether the day at `pos` is one a calling of the sentence's own recent day fixes: "The president on Monday signed a
    decree calling elections for June 15", written in March, calls this June's (the day lies ahead of the calling)."""
    start = ctx.sentence_bounds(pos)[0]
    return bool(_CALLED_FOR_BEFORE.search(ctx.text, max(start, pos - 80), pos)) and ctx.ref is not None \
        and ctx.ref_at >= start and abs(ctx.ref.number - ctx.dct.number) <= 14


def _decided_before(ctx: Context, pos: int) -> bool:
    """Whether the clause before `pos` decides or fixes something the date is the day of."""
    before = ctx.text[max(ctx.sentence_bounds(pos)[0], pos - 120):pos]
    # (the date's own clause: "The truce collapsed within days of being signed, and fighters took the town on Jan. 19")
    boundaries = list(CLAUSE_BOUNDARY.finditer(before))
    if boundaries:
        before = before[boundaries[-1].end():]
    if re.search(r"\b(?:payable|to|until|for|by)\s+$", before, re.IGNORECASE):
        # (…but not what went on up to a day and is over: "The fighting went on until Feb. 18, when the forces withdrew")
        return not _LASTED_UNTIL.search(before)
    # (…from its time clause on: "…ordered a freeze on aid and two weeks after Maduro was sworn in on Jan. 10")
    before = re.split(r"\b(?:after|before|when|since|while)\s+", before)[-1]
    decided = list(DECIDED.finditer(before))
    if decided and _OWN_DATE_AFTER_DECIDING.search(before, decided[-1].end()):
        # (a deciding dated on its own leaves the later day to its own year: "The first phase of the ceasefire agreed in
        # January ended on March 1")
        return False
    # (not the verb's own day right after it: "Negotiators announced on 13 March that…" announced then, nor after the
    # short object of a deed done on a day: "they signed a declaration on 11 May", "adopted the resolution on")
    return bool(decided) and not re.fullmatch(r"\s+(?:on\s+)?", before[decided[-1].end():]) \
        and not (_DEED_OF_THE_DAY.fullmatch(decided[-1].group()) and _SHORT_OBJECT_ON.fullmatch(before[decided[-1].end():]))


#: A past that lasted up to a day: "went on until", "lasted [well] until", "raged until".
_LASTED_UNTIL = re.compile(r"\b(?:went\s+on|lasted|continued|remained|stayed|held\s+out|raged|dragged\s+on|persisted)\s+"
                           r"(?:[a-z]+\s+){0,2}?until\s+$", re.IGNORECASE)
#: A month or year dating a deciding verb, between it and a later day: "agreed [in January] ended on March 1".
_OWN_DATE_AFTER_DECIDING = re.compile(r"\b(?:in|on|since|last)\s+(?:early\s+|late\s+|mid-)?(?:January|February|March|April|May|"
                                      r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|"
                                      r"Sept?|Oct|Nov|Dec|\d{4})\b")


#: The deeds done on the day an object and "on" give them ("signed a declaration on 11 May"), not the plans that fix a
#: day ("set the vote on", "announced elections on June 15" may be either).
_DEED_OF_THE_DAY = re.compile(r"signed|adopted|issued|passed|approved|imposed|extended|unveiled|introduced", re.I)
#: …and their short object before the date's "on": "a declaration", "the joint communiqué", "its first budget".
_SHORT_OBJECT_ON = re.compile(r"\s+(?:a|an|the|its|their|his|her)(?:\s+(?!to\b|for\b|calling\b|setting\b)[\w'’-]+){1,4}"
                              r"\s+on\s+$", re.I)


#: The words of a plan since given up: "originally scheduled", "initially set", "first planned".
FORMER_PLAN = r"(?:originally|initially|first|previously)\s+(?:scheduled|planned|set|slated|due|expected)"
#: A plan's first day in an aside: "…, originally set for [Oct. 5],", "…, initially scheduled for".
_FIRST_PLANNED_FOR = re.compile(rf"\b{FORMER_PLAN}\s+(?:for|on)\s+$", re.I)
#: …and the day it was moved to, later in the sentence: "was moved to Nov. 9", "was pushed back to Dec. 3".
_MOVED_TO_DAY = re.compile(rf"[^.;!?]{{0,120}}?\b(?P<verb>moved|pushed\s+back|postponed|delayed|rescheduled|put\s+off|"
                           rf"brought\s+forward|advanced)\s+(?:to|until|till)\s+(?P<mon>{MON_FULL}|{MON_ABBR})\.?\s+(?P<day>{DAYNUM})"
                           rf"(?:,?\s+(?P<year>{YEAR}))?{E}")


#: A move's "to", right before the month a happening was put off to: "was postponed [to] March", "pushed back to early".
#: The verbs of putting a happening off: "postponed", "pushed back".
PUT_OFF_VERBS = r"(?:postponed|delayed|pushed\s+back|rescheduled|deferred|put\s+off|moved\s+back)"
_MOVED_TO_MONTH = re.compile(rf"\b{PUT_OFF_VERBS}\s+"
                             r"(?:(?:again|once\s+more|further)\s+)?(?:to|until|till)\s+(?:(?:early|late|mid-?)\s*)?$", re.I)


def _superseded_plan_day(month: int, day: int, ctx: Context, m: re.Match[str]) -> tuple[Day, str] | None:
    """"The vote, originally set for Oct. 5, was moved to Nov. 9": the first plan's day is the last such day
    before the new one (the first after it when the plan was brought forward), not the next Oct. 5."""
    if not _FIRST_PLANNED_FOR.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    moved = _MOVED_TO_DAY.match(ctx.text, m.end())
    if moved is None:
        return None
    new_month, new_day = month_of(moved["mon"]), int_day(moved["day"])
    if moved["year"]:
        new_year = int(moved["year"])
    else:
        years = [y for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if valid_day(y, new_month, new_day)]
        if not years:
            return None
        new_year = min(years, key=lambda y: abs(Day.of(y, new_month, new_day).number - ctx.dct.number))
    if not valid_day(new_year, new_month, new_day):
        return None
    new = Day.of(new_year, new_month, new_day)
    readings = [Day.of(y, month, day) for y in (new_year - 1, new_year, new_year + 1) if valid_day(y, month, day)]
    forward = moved["verb"].lower().startswith(("brought", "advanced"))
    fitting = [d for d in readings if (d.number > new.number if forward else d.number < new.number)]
    if not fitting:
        return None
    best = min(fitting, key=lambda d: d.number) if forward else max(fitting, key=lambda d: d.number)
    return best, f"the last such day before {new.label()}, the day the plan was moved to" if not forward else \
        f"the first such day after {new.label()}, the day the plan was brought forward to"


#: A count of days, weeks or months from the day of writing, then the comma of the day it reaches said again: "three weeks
#: from now, on ", "in two weeks' time, on ", "two weeks ago, on ".
_COUNT_FROM_NOW_BEFORE = re.compile(r"\b(?:days?|weeks?|months?)(?P<way>['’]\s+time|\s+(?:from\s+now|ago|time))\s*,\s*(?:on\s+)?$",
                                    re.I)


#: A determiner right before a day that qualifies a noun: "[the ]Aug. 17 general election".
_DETERMINER_RIGHT_BEFORE = re.compile(r"\b(?:the|a|an|its|their)\s+$")
#: A keeping from, or a readying for, a gathering not yet held, before its day: "barred Morales from (running in) the",
#: "registered as a candidate for the" (not "a recount of votes from the Feb. 9 election").
_KEPT_FROM_BEFORE = re.compile(r"\b(?:barr|bann|exclud|disqualif|register|prepar)\w*\b[^.;:]{0,60}?\s(?:from|for|in)\s+"
                               r"(?:(?:running|standing|competing)\s+in\s+)?(?:the|a|an|its|their)\s+$")
#: An outcome of a vote, right before the vote's day: "victory in the ", "the results of the ", "fraud in the ".
_OUTCOME_OF_BEFORE = re.compile(r"\b(?:victory|win|defeat|loss|results?|outcome|winners?|losers?|fraud|rigging|recount|"
                                r"turnout)\s+(?:in|of|at|from)\s+(?:the|this|last)\s+$", re.IGNORECASE)
#: A gathering a day names, right after it: " general election", " summit", " runoff".
_GATHERING_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:elections?|vote|polls?|referendum|runoff|run-off|ballot|summit|"
                                   r"conference|hearing|session|meeting|talks)\b")


#: A thing its year names, then a participle set off after it, up to a day without its year: "The 1995 Dayton peace
#: agreement, initialled in Ohio on ".
# (not a period the year names ahead of its making: "the 2026 budget, approved on Dec. 3")
_ATTRIBUTIVE_YEAR_ASIDE = re.compile(r"\b[Tt]he\s+(?P<year>1\d{3}|20\d{2})\s+(?!(?:[\w'’-]+\s+){0,4}?(?:budget|plan|programme|"
                                     r"program|season|games|olympics|championship|cup|fiscal|financial|forecast|target|"
                                     r"goals?|calendar|schedule)\b)(?:[\w'’-]+\s+){0,4}?[\w'’-]+,\s+"
                                     r"(?:[a-z]+ly\s+)?(?:[a-z]{3,}ed|signed|held|made|won|struck|begun|drawn|sworn)\b"
                                     r"[^,;()]{0,60}?\s(?:on|of)\s+$")


def resolve_month_day(month: int, day: int, ctx: Context, m: re.Match[str]) -> tuple[Day, str] | None:
    """The year of "Nov. 30": the nearest such day, leaning with tense when two are close.

    Nearest to the publication date, or to the date the sentence already named when that one lies
    in another year ("On Sept. 27, 2020, … on Nov. 9, …"); after "until" it is the first such day
    after that date.
    """
    entry = _next_chronology_entry(ctx, m.start(), month, day) or _first_chronology_entry(ctx, m.start(), month, day)
    if entry is not None:
        return entry
    made = _ATTRIBUTIVE_YEAR_ASIDE.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 140), m.start())
    if made is not None and valid_day(int(made["year"]), month, day):
        # "The 1995 Dayton peace agreement, initialled in Ohio on Nov. 21": the day the aside tells is of the year that
        # names the thing it was done to
        return Day.of(int(made["year"]), month, day), f"{made['year']}, the year of the thing the aside tells of"
    counted = _COUNT_FROM_NOW_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if counted is not None:
        # "Three weeks from now, on Dec. 22", "Two weeks ago, on Nov. 17": the day a count from the day of writing
        # reaches, said again, lies on the count's side of it
        ahead = counted["way"].strip().lower() != "ago"
        readings = [Day.of(y, month, day) for y in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1) if valid_day(y, month, day)]
        side = [d for d in readings if (d.number > ctx.dct.number if ahead else d.number < ctx.dct.number)]
        if side:
            best = min(side, key=lambda d: abs(d.number - ctx.dct.number))
            return best, f"the {'next' if ahead else 'last'} such day {'after' if ahead else 'before'} {ctx.dct.label()}, " \
                         f"said again after a count from it"
    period_end = _PERIOD_ENDING_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start())
    if period_end is not None:
        # "the quarter ending Dec. 31": a period's last day, of the year the period is (as `period_end_year`)
        ending_at = period_end.start() + len(period_end.group().split(None, 1)[0])  # (where "ending" is read, as
        year = last_day_year(ctx, ending_at, month, day)  # `period_end_year` reads it after the period's noun)
        return (Day.of(year, month, day), "the last day of a period, the latest before publication") \
            if valid_day(year, month, day) else None
    in_force = year_in_force(ctx, m.start())
    if in_force is not None:
        told, how = in_force
        year = told + (1 if _runs_until(ctx, m.start()) and ctx.ref_month is not None and ctx.ref_month[0] == told
                       and (month, day) < (ctx.ref_month[1], ctx.ref.ymd[2] if ctx.ref and ctx.ref_grain == "day" else 1) else 0)
        if not valid_day(year, month, day):
            return None
        return Day.of(year, month, day), f"in {year_str(year)}, {how}"
    framed = framed_year(ctx, m.start())
    if framed is not None and valid_day(framed, month, day):
        return Day.of(framed, month, day), f"in {year_str(framed)}, the year that opens the sentence"
    superseded = _superseded_plan_day(month, day, ctx, m)
    if superseded is not None:
        return superseded
    # (…or the season of another year the sentence before told, as a bare month reads it: "Azerbaijan's offensive in the
    # autumn of 2020 changed everything. A truce signed on Nov. 10 handed back seven districts")
    story = story_anchor(ctx, m.start()) or season_anchor(ctx, m.start()) or _season_told_before(ctx, m.start(), month)
    if story is not None:
        readings = [Day.of(y, month, day) for y in (story.year - 1, story.year, story.year + 1) if valid_day(y, month, day)]
        if not readings:
            return None
        if _runs_until(ctx, m.start()):
            later = [d for d in readings if d.number > story.number]
            best = min(later, key=lambda d: d.number) if later else readings[-1]
        else:
            best = min(readings, key=lambda d: (d.year != story.year if _year_story(ctx, story) else 0,
                                                abs(d.number - story.number)))
            later = [d for d in readings if d.number > best.number]
            if best.number < story.number and later and later[0].number <= ctx.dct.number \
                    and _anchor_in_aside(ctx, m.start()):
                # "The waiver, first issued in May 2025, lapsed on Nov. 20": the story goes on (as a month does)
                latest = max((d for d in readings + [Day.of(y, month, day) for y in range(story.year + 2, ctx.dct.year + 1)
                                                      if valid_day(y, month, day)]
                              # (not a day of the last week, which news names by its weekday)
                              if best.number < d.number <= ctx.dct.number - 7), key=lambda d: d.number, default=later[0])
                return latest, f"the latest such day after {story.label()} up to publication, the date of the subject's aside"
        if _year_story(ctx, story) and best.year == story.year:
            return best, f"in {year_str(best.year)}, the year the sentence is about"
        return best, f"the nearest such day to {story.label()}, the date the sentence is about"
    # (not a month that only named a thing: "…following the August 1988 cease-fire. …Kuwait on Aug. 2")
    # (across a paragraph too when this year's such day is still to come: "…on Aug. 11 they advanced", in a
    # story of August 2008 published on Aug. 7)
    ahead = valid_day(ctx.dct.year, month, day) and Day.of(ctx.dct.year, month, day).number > ctx.dct.number
    # (…or when the day is a few days after the one last named, in its month: "The truce took effect on October 10, 2025.
    # / … which it did on October 13")
    days_on = ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref.ymd[1] == month and 0 < day - ctx.ref.ymd[2] <= 14
    again = _same_month_just_named(ctx, m.start(), month, across_paragraphs=ahead or days_on, two_back=days_on) \
        if not ctx.ref_month_names_a_thing else None
    if again is None and not ctx.ref_month_names_a_thing and ctx.named_month is not None and ctx.named_month[1] == month \
            and ctx.named_month[0] < ctx.dct.year and 0 <= ctx.ref_month_at \
            and _takes_up_its_subject(ctx, m.start(), ctx.ref_month_at):
        # "…ended five days of fighting in late July of last year. Observers will begin next week. / The fighting killed
        # 43 people before the truce took effect on July 28": a paragraph that takes up the month's story, whatever the
        # dates of now told between or before it ("…met on Sunday, the eighth meeting since a ceasefire ended five days of
        # fighting in late July of last year")
        again = ctx.named_month[0]
    if again is None and not ctx.ref_month_names_a_thing and ctx.ref is not None and ctx.ref_grain == "month" \
            and ctx.ref_month is not None and ctx.ref_month[0] == ctx.ref.year < ctx.dct.year \
            and ctx.ref.ymd[1] == month and 0 < day - ctx.ref.ymd[2] <= 14 \
            and 0 <= ctx.ref_day_at < ctx.sentence_bounds(m.start())[0] \
            and ctx.in_view(ctx.ref_day_at, m.start()):
        # "* The ceasefire took effect on Oct. 10, 2025, under a plan announced in late September. / * The first phase saw
        # the release of the hostages on Oct. 13": days on from the day the sentence before named, whatever month it
        # named after that day in the same year
        again = ctx.ref.year
    if again is not None and valid_day(again, month, day) and ctx.tense(m.start(), m.end()) != "future":
        # "By the end of that month [Sept. 2023], 100,000 had fled. A blast on Sept. 25 killed 218": still then
        return Day.of(again, month, day), f"in the {lx_month_name(month)} {again} named just before"
    narrative = _narrative_day(ctx, m.start(), month, day) or _month_story_day(ctx, m.start(), month, day)
    if narrative is not None:
        return narrative
    retrospective = _retrospective_day(ctx, m.start(), month, day)
    if retrospective is not None:
        return retrospective
    anchor = ctx.dct
    candidates = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        if valid_day(y, month, day):
            candidates.append(Day.of(y, month, day))
    if not candidates:
        return None
    tense = "future" if named_as_date_ahead(ctx, m) else ctx.tense(m.start(), m.end())
    if tense is not None and _DETERMINER_RIGHT_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start()) \
            and _GATHERING_NOUN_AFTER.match(ctx.text, m.end()) \
            and _KEPT_FROM_BEFORE.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 90), m.start()):
        # "barred Morales from the Aug. 17 general election", written in June: a day that names a gathering is that
        # gathering's, whatever the tense of the clause that speaks of it — the nearest such day
        tense = None
    if _OUTCOME_OF_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()) and _GATHERING_NOUN_AFTER.match(ctx.text, m.end()):
        # "Washington does not recognise Maduro's victory in the July 28 election": a vote with an outcome has been held,
        # whatever the tense of the clause that speaks of it
        tense = "past"
    if WEEKDAY_DEADLINE.match(ctx.text, m.end()):
        # "less than three weeks before a June 30 deadline": news names a deadline ahead of it, and says so when it has
        # gone by ("missed the June 30 deadline"), whatever the tense of the clause it stands in
        sentence = ctx.text[slice(*ctx.sentence_bounds(m.start()))]
        tense = "past" if DEADLINE_GONE.search(sentence) else "future" if DEADLINE_AHEAD.search(sentence) else tense
    told = _month_told_before(ctx, m.start(), month) if tense is None else None
    if told is not None:
        anchor = Day.of(told[0], told[1], 15)  # "from $29 on March 2 to $42 on June 10": near each other
    best = min(candidates, key=lambda d: abs(d.number - anchor.number))
    if tense == "future" and best.number < anchor.number - 14 \
            and _PAST_PLAN.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 130), m.start()):
        # "The talks were first due to open on Nov. 4 but were pushed back": a plan told in the past was for the
        # nearest such day, not one a year on
        return best, f"the nearest such day to {anchor.label()}, a plan told in the past"
    if tense == "future" and best.number < anchor.number - 14:
        later = [d for d in candidates if d.number >= anchor.number]
        best = min(later, key=lambda d: d.number) if later else best
    elif tense == "past" and best.number > anchor.number + (90 if _decided_before(ctx, m.start()) else 14) \
            and not _decided_lately_for(ctx, m.start()):
        # ("was expelled from the talks on Feb. 20", written in November, is last February's; but a
        # decision's date lies ahead of the deciding: "declared a dividend, payable Dec. 15")
        earlier = [d for d in candidates if d.number <= anchor.number]
        best = max(earlier, key=lambda d: d.number) if earlier else best
    if told is not None:
        later_one = next((d for d in candidates if d.year == best.year + 1), None)
        if best.number < Day.of(told[0], told[1], 1).number and later_one is not None and later_one.number <= ctx.dct.number:
            # ("…since the attack on the convoy in March and the arrest of the envoy on Oct. 4", written in December: a day
            # told after a month, with the day of writing still to come after it, is not the year before the month)
            return later_one, f"the first such day after {lx_month_name(told[1])} {told[0]}, named before it"
        return best, f"the nearest such day to {lx_month_name(told[1])} {told[0]}, named before it"
    joined = _JOINED_DATED_LATER.match(ctx.text, m.end(), ctx.sentence_bounds(m.start())[1]) if tense == "past" else None
    joined_year = (ctx.dct.year - 1 if joined["last"] else int(joined["year"])) if joined is not None else None
    if joined is not None and joined_year < best.year:
        # "Kosovo held early elections on Feb. 9 and again on Dec. 28 of last year": told in order, the day is the last
        # such one up to the date the sentence goes on to
        later = (joined_year, month_of(joined["mon"] or joined["mon2"] or joined["mon3"]))
        year = later[0] if month <= later[1] else later[0] - 1
        if valid_day(year, month, day):
            return Day.of(year, month, day), f"the last such day up to {lx_month_name(later[1])} {later[0]}, told next in " \
                                             f"the sentence"
    how = "the nearest such day" + (f" ({tense} tense)" if tense else "") + f" to {anchor.label()}"
    return best, how


def _retrospective_day(ctx: Context, pos: int, month: int, day: int) -> tuple[Day, str] | None:
    """A day without its year in a text that has named only years long past, and nothing of its own time ("On Nov. 21,
    1995, the presidents agreed… The negotiations lasted three weeks. They began on Nov. 1."): the nearest such day to
    the story's last date, not to publication, across paragraphs too."""
    year = ctx.ref_year
    # (two dates of its own at least: one old year in a story of now is a look back, "after prices tripled in the winter of
    # 2021-22… since he arrived in the capital on March 6")
    if ctx.present_told or ctx.narrative or year is None or ctx.dct.year - year < 2 or ctx.past_years_written < 2 \
            or ctx.tense(pos, pos + 1) == "future":
        return None
    if ctx.back_to_now_at < 0:  # (looked up once a text: a list of thousands of such days reads it once)
        now = _BACK_TO_NOW.search(ctx.text)
        ctx.back_to_now_at = now.start() if now is not None else len(ctx.text)
    if ctx.back_to_now_at < pos:
        return None  # ("Since then there have been nine truces…": a text that speaks of now, in its verbs if not its dates)
    anchor = ctx.ref if ctx.ref is not None and ctx.ref.year == year and ctx.ref_grain == "day" \
        else Day.of(year, ctx.ref_month[1], 15) if ctx.ref_month is not None and ctx.ref_month[0] == year \
        else Day.of(year, 7, 1)
    readings = [Day.of(y, month, day) for y in (year - 1, year, year + 1) if valid_day(y, month, day)]
    if not readings:
        return None
    best = min(readings, key=lambda d: abs(d.number - anchor.number))
    return best, f"the nearest such day to {anchor.label()}, in a text that tells only of years long past"


#: A sentence back in the present between a past day and a day without its year: "Since then", "has grown", "now".
_BACK_TO_NOW = re.compile(r"\b(?:[Ss]ince\s+then|(?:has|have)\s+(?:\w+ly\s+)?(?:been|[a-z]{2,}(?:ed|en|wn|un|ne))|[Nn]ow|[Tt]oday)\b")


#: A day counted back whole years from the day of writing: "Thirty years ago today", "A year ago on Monday".
_YEARS_AGO_TODAY = re.compile(r"(?:[\w-]+\s+years?|[Aa]\s+year)\s+ago\s+(?:today|on\s+[A-Z][a-z]+day)\b", re.I)


def _narrative_day(ctx: Context, pos: int, month: int, day: int) -> tuple[Day, str] | None:
    """A day without its year in a paragraph that tells of years long past ("The trial had opened on 20 November
    1945. … The executions were carried out in the early hours of 16 October"): the first such day after the last
    day the paragraph told — or before it, in a past perfect ("It had begun on 1 September") — not one of the
    publication's year."""
    ref = ctx.ref
    if ref is None or ctx.ref_grain != "day" or ctx.dct.year - ref.year < 2 or not 0 <= pos - ctx.ref_day_at <= 800 \
            or ctx.tense(pos, pos + 1) == "future" \
            or not (re.match(r"(?:[^.;\n]|\.(?!\s+[A-Z])){0,24}?\b\d{4}\b", ctx.text[ctx.ref_day_at:ctx.ref_day_at + 30])
                    # (…or counted in whole years from the day of writing: "Thirty years ago today")
                    or _YEARS_AGO_TODAY.match(ctx.text, ctx.ref_day_at)
                    # (…or itself read as the story going on: "…brokered in Moscow on Oct. 10 [2020]. … The war ended on
                    # the night of Nov. 9")
                    or ctx.ref_day_of_story):
        return None  # (a day written with its year: not one a name gives, "9/11"; a month's point is no stop, "Sept. 27, 2020")
    if _BACK_TO_NOW.search(ctx.text, ctx.sentence_bounds(ctx.ref_day_at)[1], ctx.sentence_bounds(pos)[0]):
        return None  # ("…adopted on June 24, 2024. Since then the list has grown. The last was agreed on 18 July": now again)
    clause = ctx.text[max(ctx.sentence_bounds(pos)[0], pos - 80):pos]
    clause = re.split(r"[;:—]", clause)[-1]  # ("it had retaken Shusha; a truce signed on Nov. 10": not the truce's "had")
    back = re.search(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]{3,}", clause) is not None
    # (a new paragraph goes on from the story's day only as a pluperfect right after the paragraph that told it, its "and"
    # joining a participle: "Thirty years ago today, they signed the agreement in Paris.\n\nThe deal had been negotiated
    # … and initialled there on Nov. 21")
    breaks = ctx.text.count("\n\n", ctx.ref_day_at, pos)
    # (…or as a story already told on across paragraphs, within a few months: "…broke down the following morning.\n\nThe
    # war ended on the night of Nov. 9")
    told_on = ctx.ref_day_of_story and breaks <= 1 \
        and any(0 < Day.of(y, month, day).number - ref.number <= 183 for y in (ref.year, ref.year + 1) if valid_day(y, month, day))
    if breaks and not told_on:
        opening = ctx.text.rfind("\n\n", ctx.ref_day_at, pos)
        sentence_back = re.search(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]{3,}",
                                  ctx.text[ctx.sentence_bounds(pos)[0]:pos]) is not None
        if breaks > 1 or not sentence_back or ctx.sentence_bounds(pos)[0] > opening + 3 \
                or ctx.text.find(". ", ctx.ref_day_at, opening) >= 0:
            return None
        back = True
    readings = [Day.of(y, month, day) for y in (ref.year - 1, ref.year, ref.year + 1) if valid_day(y, month, day)]
    if back:
        earlier = [d for d in readings if d.number < ref.number]
        return (earlier[-1], f"the last such day before {ref.label()}, a past before the story's") if earlier else None
    later = [d for d in readings if d.number > ref.number]
    earlier = [d for d in readings if d.number < ref.number]
    if later and earlier and later[0].number - ref.number > 183 and ref.number - earlier[-1].number < 92 \
            and _COUNTED_AFTER_HAPPENING.search(ctx.text, ctx.ref_day_at, pos):
        # ("The announcement, made on Nov. 28, 2024, came a month after elections… The party won 54 percent on Oct. 26": a
        # story that looked back a few weeks goes on with that background; a day most of a year on would be named with
        # its year)
        return earlier[-1], f"the nearest such day to {ref.label()}, a few weeks before the story's"
    return (later[0], f"the first such day after {ref.label()}, the story going on") if later else None


def _month_in_sequence(ctx: Context, pos: int, month: int) -> int | None:
    """The year of a bare month told in the past a few sentences after a month of an earlier year, the story told in
    sequence since ("Five rounds followed over the next six weeks"): that month's year, or the next when the month comes
    round, up to three months on; None when the text has come back to now."""
    if ctx.ref_grain != "month" or ctx.ref_month is None or ctx.ref_month_names_a_thing:
        return None
    year, told = ctx.ref_month
    later = (month - told) % 12
    if year >= ctx.dct.year or not 1 <= later <= 3 or not 0 <= pos - ctx.ref_month_at <= 600 \
            or ctx.text.count("\n\n", ctx.ref_month_at, pos) > 2 or ctx.tense(pos, pos + 1) != "past" \
            or _TOLD_IN_SEQUENCE.search(ctx.text, max(0, ctx.ref_month_at - 300), pos) is None \
            or _BACK_TO_NOW.search(ctx.text, ctx.ref_month_at, pos):
        return None
    return year + (1 if month < told else 0)


#: A pluperfect before a date in its clause (no comma between, which may close it): "had opened in a schoolhouse in ",
#: "had already been signed on ".
_PLUPERFECT_BEFORE = re.compile(r"\bhad\s+(?:(?:not|never|already|first|long|just|only|been)\s+){0,2}"
                                r"(?:[a-z]{3,}ed|[a-z]{2,}en|begun|met|held|made|won|lost|fought|left|come|gone|run|sent|built|"
                                r"brought|struck|taken|broken|fallen|seen|known|drawn|grown|shown|thrown|sold|told|set|cut|hit|"
                                r"put|shut)\b[^.;:!?,]{0,80}$")


#: A month (its match starting at the position) followed by the happening its "when" tells: "January, when ".
_WHEN_AFTER_MONTH = re.compile(r"[A-Z][a-z]+\.?(?:\s+\d{1,2}\b)?,?\s+when\b")


def _month_behind_story(ctx: Context, pos: int, month: int) -> tuple[int, str] | None:
    """The year of a bare month told in the pluperfect right after a sentence that set the story in a year long past:
    the last such month not after the story's time ("The winter of 2006 was hard. The talks had opened in a schoolhouse
    in October" is October 2006), as a look back from that time."""
    if ctx.ref_at < 0 or ctx.ref_year is None or ctx.ref_year >= ctx.dct.year - 1 or not 0 < pos - ctx.ref_at <= 400 \
            or "\n\n" in ctx.text[ctx.ref_at:pos] or ctx.tense(pos, pos + 1) == "future":
        return None
    start = ctx.sentence_bounds(pos)[0]
    # (a span's start is no time the story is at: "…in the 40th round of talks since 2008")
    if re.search(r"\b(?:[Ss]ince|[Ff]rom)\s+(?:(?:the\s+)?(?:early|late|mid|end\s+of|start\s+of)[\s-]+)?$",
                 ctx.text[max(0, ctx.ref_at - 20):ctx.ref_at]) \
            or not _PLUPERFECT_BEFORE.search(ctx.text, start, pos) \
            or ctx.ref_at < ctx.sentence_bounds(max(0, start - 2))[0]:  # (told in this sentence or the one before)
        return None
    if _runs_until(ctx, _month_phrase_start(ctx.text, pos)) and _WHEN_AFTER_MONTH.match(ctx.text, pos):
        return None  # (a state ended by a happening the month tells is looked back to from that month, not the month from
        # the story: "…broke out on April 15, 2023. Troops had been besieged until January, when units broke through")
    if ctx.ref_at >= start and not (ctx.ref_grain == "month" and _PLUPERFECT_BEFORE.search(ctx.text, start, ctx.ref_at)):
        return None  # (a date of this sentence before its pluperfect is no story it looks back from: "Morales, who
        # governed … until he resigned in November 2019, had registered as a candidate in May")
    if ctx.ref_grain == "month" and ctx.ref_month is not None:
        story = ctx.ref_month
    elif ctx.ref_grain == "day" and ctx.ref is not None:
        story = (ctx.ref.year, ctx.ref.month)
    elif ctx.ref_season_middle is not None:
        story = (ctx.ref_season_middle.year, ctx.ref_season_middle.month)
    else:
        story = (ctx.ref_year, 12)
    if ctx.ref_at >= start and ctx.ref_grain == "month":
        # (…and the months the sentence goes on to, in order: "…had opened in October, broke down twice in November")
        year = story[0] if month >= story[1] else story[0] + 1
        return year, f"the first {lx_month_name(month)} from {lx_month_name(story[1])} {year_str(story[0])}, the " \
                     f"sentence's look back going on"
    year = story[0] if month <= story[1] else story[0] - 1
    return year, f"the last {lx_month_name(month)} not after {lx_month_name(story[1])} {year_str(story[0])}, looked back " \
                 f"to in the pluperfect"


def _month_story_day(ctx: Context, pos: int, month: int, day: int) -> tuple[Day, str] | None:
    """A day without its year told in the past a few sentences after a month of years long past, in its paragraph ("After
    the referendum failed that October, I thought we had lost everything. We signed a revised deal on November 24"):
    the story goes on from that month, as a bare month's would, not to a day of the publication's year."""
    if ctx.ref_grain != "month" or ctx.ref_month is None or ctx.ref_month_names_a_thing:
        return None
    year, told = ctx.ref_month
    # (a story told in sequence since the month, "By the next morning…", "Within three days…", goes on across a paragraph or
    # two)
    # (looked for from a little before the month's last mention: "On the same day…" may have named it again after the story
    # moved on)
    # (the distance first: a long text's every bare day comes here)
    in_sequence = 0 <= pos - ctx.ref_month_at <= 800 and ctx.text.count("\n\n", ctx.ref_month_at, pos) <= 2 \
        and _TOLD_IN_SEQUENCE.search(ctx.text, max(0, ctx.ref_month_at - 300), pos) is not None
    # (a day most of a year on would be named with its year; a past perfect may look back before the month)
    if ctx.dct.year - year < 2 or not (0 <= pos - ctx.ref_month_at <= 400 or in_sequence) or not 0 <= month - told <= 3 \
            or "\n\n" in ctx.text[ctx.ref_month_at:pos] and not in_sequence or not valid_day(year, month, day) \
            or ctx.tense(pos, pos + 1) != "past" or _BACK_TO_NOW.search(ctx.text, ctx.ref_month_at, pos):
        return None
    # (a story, not a look back once: the month told as the story's, "that October", or after a day of its year in the
    # paragraph, or told in sequence since — not "up from 41 percent in the previous election in October 2021", "since the
    # war began in April 2023")
    if not re.match(r"that\s", ctx.text[ctx.ref_month_at:ctx.ref_month_at + 5], re.I) and not in_sequence \
            and not (ctx.ref is not None and ctx.ref.year == year and 0 <= ctx.ref_day_at < ctx.ref_month_at
                     and "\n\n" not in ctx.text[ctx.ref_day_at:pos]):
        return None
    return Day.of(year, month, day), f"in {year_str(year)}, the story going on from {lx_month_name(told)} {year}"


#: A time counted on from the story's own, which tells it in sequence: "By the next morning", "Within three days", "a week
#: later" (not "the same day", which moves the story nowhere).
_TOLD_IN_SEQUENCE = re.compile(rf"\b(?:(?:[Bb]y|[Oo]n)\s+the\s+(?:next|following)\s+(?:day|morning|evening|night|week)|"
                               # ("Five rounds followed over the next six weeks")
                               rf"(?:over|in|during)\s+the\s+(?:next|following)\s+(?:{COUNT}|few|several)\s+(?:days|weeks|months)|"
                               rf"[Ww]ithin\s+(?:a|{COUNT}|a\s+few)\s+(?:hours?|days?|weeks?)|"
                               rf"(?:a|{COUNT})\s+(?:days?|weeks?)\s+later|"
                               # ("For ten days we negotiated… On the last night, July 6, it fell apart")
                               rf"For\s+(?:{COUNT}|a\s+few|several)\s+(?:days|weeks|nights)|"
                               r"[Oo]n\s+the\s+(?:last|final)\s+(?:day|night|morning|evening))\b")
#: A look back a few units from the story's day to a happening: "came a month after parliamentary elections".
_COUNTED_AFTER_HAPPENING = re.compile(rf"\b(?:a|{COUNT}|several|a\s+few)\s+(?:days?|weeks?|months?)\s+"
                                      r"after\s+(?:the\s+)?[a-z]", re.IGNORECASE)


#: What follows a period named by its last day: "(the quarter) ended Sept. 30", "(the year) ending June 30, 1990".
PERIOD_ENDED = re.compile(rf"\s+(?:that\s+)?end(?:ed|ing|s)\s+(?:on\s+)?(?P<mon>{MON_FULL}|{MON_ABBR})\s+(?P<day>{DAYNUM})"
                          rf"(?:,?\s+(?P<year>{YEAR}))?{E}")


def period_end_year(ended: re.Match[str], ctx: Context) -> int:
    """The year of a period's last day: written, else the latest such day before publication (with
    a month's grace: "the quarter ending Dec. 31" written in late November is this year's)."""
    if ended["year"]:
        return int(ended["year"])
    return last_day_year(ctx, ended.start(), month_of(ended["mon"]), int_day(ended["day"]))


def last_day_year(ctx: Context, pos: int, month: int, day: int) -> int:
    """The year of a period's last day told without one: the latest such day before publication, with a
    month's grace ("the quarter ending Dec. 31", written in late November, is this year's) unless the
    sentence tells the period as past ("the quarter ended Dec. 31 was weak")."""
    grace = 0 if ctx.tense(pos, pos + 1) == "past" else 1
    limit = (ctx.dct.month + grace, 31 if grace else ctx.dct.ymd[2])
    return ctx.dct.year if (month, day) <= limit else ctx.dct.year - 1


#: A period's "ending" right before its last day: "the week ending", "the quarter ended", "the year to".
_PERIOD_ENDING_BEFORE = re.compile(r"\b(?:week|weeks|month|months|quarter|quarters|half|period|year)\s+(?:that\s+)?"
                                   r"(?:end(?:ed|ing|s)\s+(?:on\s+)?|to\s+)$", re.I)


#: The year written after a date, or told relative to publication: "…, 2024", "… next year".
YEAR_OR_REL = rf"(?:,?\s+(?P<year>{YEAR})|,?\s+(?:of\s+)?(?P<rel_year>last|this|next)\s+year)"


def written_year(m: re.Match[str], ctx: Context) -> int | None:
    """The year a match wrote (its "year" group) or told ("rel_year": "next year"), else None."""
    if m["year"]:
        return int(m["year"])
    rel = m.groupdict().get("rel_year")
    return ctx.dct.year + {"last": -1, "this": 0, "next": 1}[rel.lower()] if rel else None


def dated_day(month: int, day: int, ctx: Context, m: re.Match[str]) -> tuple[Day, str] | None:
    """A day of a month in the year the match wrote (`written_year`), else the year read from
    context (`resolve_month_day`); None when no such day exists."""
    year = written_year(m, ctx)
    if year is not None:
        how = "written in full" if m["year"] else f"in {m['rel_year'].lower()} year, {year_str(year)}"
        return (Day.of(year, month, day), how) if valid_day(year, month, day) else None
    named = re.match(r"(?P<wd>[A-Za-z]+)\.?,?\s", m.group(0))
    return on_named_weekday(resolve_month_day(month, day, ctx, m), named["wd"] if named else None, month, day, ctx, m)


def on_named_weekday(resolved: tuple[Day, str] | None, weekday_word: str | None, month: int, day: int,
                     ctx: Context, m: re.Match[str]) -> tuple[Day, str] | None:
    """`_on_named_weekday`, unless the weekday's year crosses publication against the sentence's tense: "…is expected
    to discuss the plan next Sunday, Nov. 30", when Nov. 30 is a Sunday only last year, is still ahead (a weekday
    written wrong does not turn what is ahead into what is past, nor the other way round)."""
    moved = _on_named_weekday(resolved, weekday_word, month, day)
    if resolved is None or moved is None or moved[0] == resolved[0] \
            or (moved[0].number - ctx.dct.number) * (resolved[0].number - ctx.dct.number) >= 0:
        return moved
    ahead = resolved[0].number > ctx.dct.number
    tense = "future" if re.search(r"\bnext\s+$", ctx.text[max(0, m.start() - 6):m.start()]) else ctx.tense(m.start(), m.end())
    return resolved if tense == ("future" if ahead else "past") else moved


def _on_named_weekday(resolved: tuple[Day, str] | None, weekday_word: str | None, month: int,
                      day: int) -> tuple[Day, str] | None:
    """A month's day read from context, moved to the year of the weekday written with it when the two disagree:
    "On Thursday 3rd December the council meets", after a December of last year was named, is this year's (3
    December is a Thursday in it), within a year either way."""
    weekday = lx.WEEKDAYS.get(weekday_word.lower().rstrip(".")) if weekday_word else None
    if resolved is None or weekday is None or resolved[0].weekday == weekday:
        return resolved
    matching = [Day.of(y, month, day) for y in (resolved[0].year - 1, resolved[0].year + 1)
                if valid_day(y, month, day) and Day.of(y, month, day).weekday == weekday]
    if not matching:
        return resolved
    best = min(matching, key=lambda d: abs(d.number - resolved[0].number))
    return best, f"{weekday_word} {day} {lx_month_name(month)}: the year in which it is a {weekday_word}, beside {resolved[0].label()}"


#: A month naming the figures counted in it ("October data", "the September jobs report").
MONTH_OF_FIGURES = re.compile(r"\s+(?:(?:trade|jobs|payrolls?|inflation|retail|industrial|factory|export|import|production|"
                               r"consumer|price|sales|budget)\s+)?(?:data|figures|numbers|statistics|readings?|report|"
                               r"output|exports|imports|sales|inflation|payrolls)\b")
#: What follows a month that names a traded contract, not a time anything happens: "futures for February delivery",
#: "the January contract", "December crude futures" (a month ahead, or the one running).
MONTH_OF_CONTRACT = re.compile(r"\s+(?:(?:crude|oil|gas|gasoil|diesel|heating|natural|LNG|power|wheat|corn|soybeans?|cocoa|coffee|"
                               r"sugar|cotton|gold|silver|copper|aluminium|aluminum|nickel|Brent|WTI)\s+){0,2}"
                               # (not what is delivered or contracted then: "In March delivery of the jets began")
                               r"(?:delivery|contracts?|futures|options|settlement\s+price)\b(?!\s+(?:of|for|with|to|worth|were|was)\b)")


def _story_month_for_count(ctx: Context, forward: bool) -> tuple[int, int, str] | None:
    """The month a "the following March" or "the previous March" counts from when the story last came to a year, a
    season or a half rather than a month: "elected in 2019 and resigned the following March" is March 2020, and the
    month an earlier paragraph named no longer holds. Forward counts from the period's last month, back from its first
    (a whole year: December, January)."""
    if ctx.ref_grain != "year" or ctx.ref_year is None:
        return None
    if ctx.ref_season_middle is not None:
        middle = ctx.ref_season_middle
        return middle.year, middle.month, f"the season around {lx_month_name(middle.month)} {year_str(middle.year)}"
    if ctx.ref_period is not None and ctx.ref_period_at == ctx.ref_at:
        year, first, last = ctx.ref_period
        return year, last if forward else first, \
            f"the months {lx_month_name(first)} to {lx_month_name(last)} {year_str(year)}"
    return ctx.ref_year, 12 if forward else 1, f"the year {year_str(ctx.ref_year)}"


#: A comma and a conjunction that opens another clause: ", though ", ", while ".
_OTHER_CLAUSE_AFTER_COMMA = re.compile(r",\s+(?:though|although|while|whereas|but|as|because)\b")
#: The rest of a list of months that ends on "of that year": " and July of that year", ", May and June of the same year".
_LISTED_BEFORE_THAT_YEAR = re.compile(rf"(?:\s*,\s*(?:{MON_FULL})){{0,3}}\s*(?:,\s*)?(?:and|or)\s+(?:{MON_FULL})\s+(?:of\s+)?"
                                      r"(?:that|the\s+same)\s+year\b")


#: A noun a month names, and the year its "of" gives: " war of 1973", " revolution of the year before".
MONTH_NAMED_THING_OF_YEAR = re.compile(r"\s+(?:[a-z]+\s+)?(?:war|revolution|uprising|coup|crisis|offensive|massacre|"
                                        r"agreement|accords?|revolt|events|protests|elections?|vote)\s+of\s+"
                                        r"(?:(?P<year>1\d{3}|20\d{2})\b|(?P<rel>the\s+(?:year\s+before|previous\s+year|"
                                        r"preceding\s+year|following\s+year|next\s+year|same\s+year)|that\s+year)\b)")


def _year_of_phrase(named_for: re.Match[str], ctx: Context) -> int | None:
    """The year a thing named for a month was of: written, or counted from the year the story is at."""
    if named_for["year"]:
        return int(named_for["year"])
    if ctx.ref_year is None:
        return None
    rel = named_for["rel"].lower()
    return ctx.ref_year + (-1 if re.search(r"before|previous|preceding", rel) else 1 if re.search(r"following|next", rel) else 0)


def resolve_month(month: int, ctx: Context, m: re.Match[str], rel: str | None = None) -> tuple[int, str]:
    """The year of a bare month name: past tense looks back, future tense ahead, else nearest."""
    dct = ctx.dct
    r = (rel or "").lower()
    counted = r in ("the following", "the previous", "the preceding") and ctx.ref_at >= 0
    period = _story_month_for_count(ctx, r == "the following") if counted else None
    story = (period[:2] if period else ctx.ref_month or ((ctx.ref.year, ctx.ref.month) if ctx.ref is not None else None)) \
        if counted else None
    if story is not None:
        # "He was arrested in March 2022 and charged the following January": counted from the month the story is at
        if r == "the following":
            year = story[0] if month > story[1] else story[0] + 1
        else:
            year = story[0] if month < story[1] else story[0] - 1
        told = period[2] if period else f"{lx_month_name(story[1])} {year_str(story[0])}"
        return year, f"{r} {lx_month_name(month)}, from {told}"
    if r == "last" and month == dct.month - 1:
        # "two helicopters crashed last February", written in March: the month just ended, of this year, would be
        # "last month" or "in February", so "last" reaches back a year ("this past February" is the one just
        # ended; "last December" written in January is the one just ended, the year's own "last")
        return dct.year - 1, f"{lx_month_name(month)} of the year before {dct.label()} (the month just ended " \
                             f"would be 'last month')"
    if r in ("last", "this past", "past", "previous", "the past", "the previous"):
        year = dct.year if month < dct.month else dct.year - 1
        return year, f"the last {lx_month_name(month)} before {dct.label()}"
    if r in ("next", "this coming", "coming", "the coming", "the next"):
        year = dct.year if month > dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} after {dct.label()}"
    if not r and ctx.ref_year is not None and _LISTED_BEFORE_THAT_YEAR.match(ctx.text, m.end()):
        # "in June and July of that year": the list shares the year the story is at
        return ctx.ref_year, f"{lx_month_name(month)} of that year ({year_str(ctx.ref_year)}), listed before it"
    named_for = MONTH_NAMED_THING_OF_YEAR.match(ctx.text, m.end()) if not r else None
    if named_for is not None:
        # "the October war of 1973", "the October war of the year before": a thing named for its month is of the year
        # its own "of" gives (counted from the year the story is at)
        year = _year_of_phrase(named_for, ctx)
        if year is not None:
            return year, f"{lx_month_name(month)} {year_str(year)}, the year of the thing named for it"
    if not r and MONTH_OF_CONTRACT.match(ctx.text, m.end()):
        # "Brent futures for February delivery settled at $71": a contract's month is the one it delivers in, ahead of
        # the trading (or the one running), whatever the tense of the trade
        year = dct.year if month >= dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} from {dct.label()}, a contract's delivery month"
    entry = _chronology_entry_month_year(ctx, _month_phrase_start(ctx.text, m.start()), month) if not r else None
    if entry is not None:
        return entry
    in_force = year_in_force(ctx, m.start()) if not r else None
    if in_force is not None:
        told, how = in_force
        year = told + (1 if _runs_until(ctx, m.start()) and ctx.ref_month is not None and ctx.ref_month[0] == told
                       and month < ctx.ref_month[1] else 0)
        return year, f"{lx_month_name(month)} {year_str(year)}, {how}"
    framed = framed_year(ctx, m.start()) if not r else None
    if framed is not None:
        # (the publication's own month too: "Last year's meeting took place in early November")
        if ctx.ref_month is not None and ctx.ref_month[0] == framed and month < ctx.ref_month[1] \
                and ctx.sentence_bounds(m.start())[0] <= ctx.ref_at \
                and (_runs_until(ctx, m.start()) or ctx.tense(m.start(), m.end()) == "future"):
            # "In March 2019, the government promised elections in January", "In December 2022, protesters blocked the
            # road; the blockade lasted until September": after the month that opens the sentence
            return framed + 1, f"the first {lx_month_name(month)} after {lx_month_name(ctx.ref_month[1])} {year_str(framed)}, " \
                               f"the month that opens the sentence"
        return framed, f"{lx_month_name(month)} {year_str(framed)}, the year that opens the sentence"
    if month == dct.month and not r and dct.ymd[2] <= 3 and ctx.tense(m.start(), m.end()) == "past" \
            and not _runs_until(ctx, m.start()):
        # "…a year of negotiations that began in January", written on 2 January: a month barely begun has no past to
        # tell by its name (its days are told as days), so it is the year before's (after the year a sentence opens
        # with, which frames it: "In 2023 the sides accepted a text in February")
        return dct.year - 1, f"the last {lx_month_name(month)} before {dct.label()}, this one barely begun (past tense)"
    if month == dct.month and not r and dct.ymd[2] < 20 and ctx.tense(m.start(), m.end()) == "past" \
            and (_LATE_IN_MONTH_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
                 or _LATE_IN_MONTH_BEFORE.match(m.group())) \
            and not _runs_until(ctx, m.start()) \
            and not (ctx.ref_at >= ctx.sentence_bounds(m.start())[0] and ctx.ref_year not in (None, dct.year)):
        # "A trilateral summit followed at the end of March", written on 14 March: the end of this month has not come, so a
        # past at it is last year's (not in a sentence that already told another year, whose story it goes on with:
        # "…dissolved itself on Jan. 1, 2024, under a decree its leader signed in late September")
        return dct.year - 1, f"the last {lx_month_name(month)} before {dct.label()}, this one's end not yet come (past tense)"
    if not r and ctx.ref_grain == "year" and ctx.ref_year == dct.year - 1 \
            and ctx.sentence_bounds(m.start())[0] <= ctx.ref_at < m.start() \
            and lx.LAST_YEAR_SAID.match(ctx.text, ctx.ref_at) and ctx.tense(m.start(), m.end()) == "past" \
            and lx.TIME_CLAUSE_AFTER_LAST_YEAR.match(ctx.text, ctx.ref_at, m.start()):
        # "Relations deteriorated last year after the prime minister made comments on Taiwan in November": the month of the
        # time clause about the year the sentence already told (not of a clause joined on: "…surveyed the river last year
        # and presented its report in May" may be this May)
        return ctx.ref_year, f"{lx_month_name(month)} {year_str(ctx.ref_year)}, of last year, which the sentence named"
    sequel = _month_in_sequence(ctx, m.start(), month) if not r else None
    if sequel is not None:
        # "…sat down in Muscat in April last year. Five rounds followed over the next six weeks. A sixth, scheduled for
        # mid-June, never took place": a story told in sequence from a month of another year goes on in it
        return sequel, f"{lx_month_name(month)} {year_str(sequel)}, the story told in sequence from " \
                       f"{lx_month_name(ctx.ref_month[1])} {year_str(ctx.ref_month[0])}"
    behind = _month_behind_story(ctx, m.start(), month) if not r else None
    if behind is not None:
        # "The winter of 2006 was hard. The talks had opened in a schoolhouse in October": a pluperfect looks back from
        # the story's time, in a year long past, not from the writing
        return behind
    if r == "this" or (month == dct.month and (r or story_anchor(ctx, m.start()) is None)):
        # (unless the sentence is about another year: "The last election, in 2020, was decided in a runoff held
        # in mid-November")
        return dct.year, f"{lx_month_name(month)} of the publication year"
    if not r and ctx.ref_grain == "month" and ctx.ref_month is not None and month > ctx.ref_month[1] and ctx.ref_at >= 0 \
            and _MONTH_LISTED_BEFORE.fullmatch(ctx.text, ctx.ref_at, _month_phrase_start(ctx.text, m.start())) \
            and not ((ctx.ref_month[0], month) > (dct.year, dct.month) and ctx.tense(m.start(), m.end()) == "past"):
        # "Economic measures come up for renewal at the end of January and July": a later month listed right after
        # another is of that one's year
        return ctx.ref_month[0], f"{lx_month_name(month)} {year_str(ctx.ref_month[0])}, listed after the month before it"
    if not r and ctx.ref_grain == "year" and ctx.ref_year is not None and ctx.ref_year < dct.year \
            and ctx.sentence_bounds(m.start())[0] <= ctx.ref_at < m.start() \
            and _TIME_CLAUSE_AFTER_YEAR.match(ctx.text, ctx.ref_at, m.start()) and ctx.tense(m.start(), m.end()) != "future" \
            and not re.search(r"\b[Ss]ince\s+(?:the\s+)?$", ctx.text[max(0, ctx.ref_at - 12):ctx.ref_at]):
        # "Sandu served briefly as prime minister in 2019, until her government fell in a no-confidence vote in November":
        # a time clause after the sentence's year goes on in that year
        return ctx.ref_year, f"{lx_month_name(month)} {year_str(ctx.ref_year)}, in the time clause after the sentence's year"
    count_to = _COUNTED_TO_NAMED_MONTH.search(ctx.text, max(0, m.start() - 110), _month_phrase_start(ctx.text, m.start())) \
        if not r and 0 <= ctx.ref_at and ctx.sentence_bounds(m.start())[0] <= ctx.ref_at < m.start() else None
    count_from = None if count_to is None else ctx.ref if ctx.ref_grain == "day" \
        else Day.of(ctx.ref_month[0], ctx.ref_month[1], 15) if ctx.ref_grain == "month" and ctx.ref_month is not None \
        else ctx.ref_season_middle
    if count_from is not None and count_from.number < dct.number and ctx.ref_at < count_to.start():
        # "I joined the mission in the spring of 2016, a few months before the Mont Pelerin talks in November": a count
        # from the sentence's date to a happening named with its month reaches that month from the date, the way the
        # count goes
        if count_to["way"].lower() != "after":  # ("before", "ahead of": the happening named comes later)
            year = count_from.year if month >= count_from.month else count_from.year + 1
            return year, f"the first {lx_month_name(month)} after {count_from.label()}, counted on from the sentence's date"
        year = count_from.year if month <= count_from.month else count_from.year - 1
        return year, f"the last {lx_month_name(month)} before {count_from.label()}, counted back from the sentence's date"
    # (…or the season it last told: "The following winter, the army built a second line. The town was nearly encircled in
    # February" is that winter's February)
    story = (story_anchor(ctx, m.start()) or _season_told_before(ctx, m.start(), month)) if not r else None
    if story is not None:  # "In December 2022, protesters blocked the road; the blockade lasted until September"
        readings = [(story.year + k, month) for k in (-1, 0, 1)]
        if _runs_until(ctx, m.start()):
            later = [ym for ym in readings if ym > (story.year, story.month)]
            year = later[0][0]
        else:
            # the nearest; of two as near (six months either way), the later one up to publication:
            # "…candidate status in December 2023, but froze the process in June" goes on to June 2024; a past tense
            # tells none after publication ("…hosted a dinner last October, and a meeting took place in March",
            # written in January, is the March before)
            if ctx.tense(m.start(), m.end()) == "past":
                readings = [ym for ym in readings if ym <= (dct.year, dct.month)] or readings
            month_at = _month_phrase_start(ctx.text, m.start())
            # (a bounded look back: a sentence may be a page long)
            came_after = _AFTER_THE_STORY_DATE.search(ctx.text, max(ctx.ref_at, month_at - 200), month_at)
            if came_after and any(ym <= (story.year, story.month) for ym in readings):
                # "Kosovo held snap elections in late December 2025, …, after the parliament elected in February failed to
                # form a government": what the sentence's happening came after is before its date
                year = max(ym for ym in readings if ym <= (story.year, story.month))[0]
                return year, f"the last {lx_month_name(month)} up to {story.label()}, before the sentence's happening"
            year = min(readings, key=lambda ym: (ym[0] != story.year if _year_story(ctx, story) else 0,
                                                 abs((ym[0] * 12 + ym[1]) - (story.year * 12 + story.month)),
                                                 (ym[0], ym[1]) > (dct.year, dct.month), -ym[0]))[0]
            earlier = (year, month) < (story.year, story.month) and (year + 1, month) <= (dct.year, dct.month)
            # (…or later, when a later one up to publication is there: "Noboa, first elected in a snap vote in October 2023,
            # won a full four-year term in April", written in November 2026, is this April)
            aside = (earlier or (year + 1, month) <= (dct.year, dct.month)) and _anchor_in_aside(ctx, m.start())
            if aside or earlier and _STORY_GOES_ON.match(ctx.text, ctx.ref_at, m.start()):
                # "The talks, first launched in May 2023, were suspended in December": the story goes on (as it does in a
                # clause joined on: "The trial opened in September 2023 and closing arguments were heard in June")
                if aside:
                    # (the aside is the subject's background; the news is of the latest such month it allows, up to
                    # publication: "The mission, deployed in February 2023, had its mandate extended in January", written
                    # in March 2025, is this January)
                    latest = max(y for y in range(year + 1, dct.year + 1) if (y, month) <= (dct.year, dct.month))
                    return latest, f"the latest {lx_month_name(month)} after {story.label()} up to publication, the date of " \
                                   f"the subject's aside"
                return year + 1, f"the first {lx_month_name(month)} after {story.label()}, the clause before's date"
        if _year_story(ctx, story) and year == story.year:
            return year, f"{lx_month_name(month)} {year_str(year)}, the year the sentence is about"
        return year, f"the {lx_month_name(month)} nearest {story.label()}, the date the sentence is about"
    if not r and _RECALLED_THING_BEFORE.search(ctx.text, max(0, m.start() - 60), _month_phrase_start(ctx.text, m.start())):
        # "Remember the ceasefire of January": what is recalled has been
        year = _last_year_of_month(month, dct)
        return year, f"the last {lx_month_name(month)} up to {dct.label()}, the month of a thing recalled"
    if not r and _COMPARED_WITH_BEFORE.search(ctx.text, max(0, m.start() - 30), _month_phrase_start(ctx.text, m.start())):
        # "…would raise December output by 137,000 barrels per day, the same as in October and November": what a plan is
        # measured against is a month that has been, whatever the plan's tense
        year = _last_year_of_month(month, dct)
        return year, f"the last {lx_month_name(month)} up to {dct.label()}, a month compared with"
    if not r and MONTH_OF_FIGURES.match(ctx.text, m.end()):
        # "will publish October data on Dec. 3": a month's figures come out after it, so they are of the
        # month just gone (or the one about to end), whatever the tense of their publishing
        ahead = (month - dct.month) % 12
        year = dct.year + (1 if month < dct.month and 0 < ahead <= 2 else 0) - (1 if month > dct.month and ahead > 2 else 0)
        return year, f"the {lx_month_name(month)} whose figures are nearest {dct.label()}"
    within = ctx.ref_period if not r and ctx.ref_period is not None \
        and ctx.sentence_bounds(m.start())[0] <= ctx.ref_period_at < m.start() else None
    if within is not None and within[1] <= month <= within[2]:
        # "Exports slowed in the first half of the year after strikes on the port in February": within the period
        return within[0], f"{lx_month_name(month)} of the period the sentence named before it"
    if not r and _DONE_THING_NAMED.match(ctx.text, m.end()):
        # "Under the January memorandum, Ethiopia would lease…": a text or a blow a month names is done, so the month is
        # the last such one, whatever the verb of what it holds
        year = _last_year_of_month(month, dct)
        return year, f"the last {lx_month_name(month)} up to {dct.label()}, the month of a thing done"
    tense = ctx.tense(m.start(), m.end()) or answered_tense(ctx, m.start())
    if tense != "future" and not r and _KEPT_THROUGH_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()) \
            and agreed_to_do_before(ctx, m.start()):
        tense = "future"  # ("agreed on Sunday to keep its output unchanged through the end of March": a term ahead)
    if tense != "future" and not r and (_BY_BEFORE.search(ctx.text, max(0, m.start() - 25), m.start())
                                        or _GATHERING_IN_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start())) \
            and _PROMISED_NOW.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 120), m.start()):
        # ("…has promised direct local elections by June": the deadline of a promise standing now; "has promised elections
        # in February": the gathering it promised)
        tense = "future"
    if tense == "future" and not r and _DONE_BY_BEFORE.search(ctx.text, max(0, m.start() - 90), _month_phrase_start(ctx.text, m.start())):
        # "…can return to sites bombed by Israel and the United States in June": a participle's doing, done, whatever
        # the main clause will do
        tense = "past"
    if tense != "past" and not r and _CREATED_IN_BEFORE.search(ctx.text, max(0, m.start() - 60),
                                                               _month_phrase_start(ctx.text, m.start())):
        tense = "past"  # (…as is a body's making: "…to renew the mandate of a commission of inquiry set up in February")
    again = _same_month_just_named(ctx, m.start(), month) if not r and tense != "future" else None
    if again is not None:  # "…talks by the end of February 2025. Those talks opened in mid-February"
        return again, f"{lx_month_name(month)} {again}, named in the sentence before"
    # (not a span's end: "That understanding held largely until late April" may run on for years)
    on_from = _month_on_from_just_named(ctx, m.start(), month) \
        if not r and tense == "past" and not _runs_until(ctx, _month_phrase_start(ctx.text, m.start())) else None
    if on_from is not None:  # "…two months later [June 2018], said… In July, the two leaders signed…"
        return on_from, f"{lx_month_name(month)} {on_from}, later in the year the sentence before is at"
    if tense == "future" and not r and any(plan.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 130),
                                                       _month_phrase_start(ctx.text, m.start()))
                                           for plan in (_PAST_PLAN, _PAST_PERFECT_PLAN)):
        # "Talks on it were supposed to start in late October", written in November: a plan told in the past was
        # for the nearest such month, as a plan's day is
        year = cal.nearest_year_of_month(month, dct.year, dct.month)
        if year > dct.year and _PLAN_LAPSED_AFTER.match(ctx.text, m.end()):
            # ("The second phase, which was due to begin in January, has stalled": a plan whose time went by undone)
            return dct.year, f"the last {lx_month_name(month)} before {dct.label()}, a plan whose time went by"
        return year, f"the nearest {lx_month_name(month)} to {dct.label()}, a plan told in the past"
    if tense == "future":
        year = dct.year if month > dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} after {dct.label()} (future tense)"
    if not r and lx.HAPPENING_FOR_MONTH.search(ctx.text, max(0, m.start() - 80), _month_phrase_start(ctx.text, m.start())):
        # "Guyana has asked for a new hearing for June": the month a happening is set for lies after the setting, the
        # nearest such one that does (of two as near, the one ahead)
        year = cal.nearest_year_of_month(month, dct.year, dct.month)
        return year, f"the nearest {lx_month_name(month)} to {dct.label()}, the month a happening is set for"
    if not r and _MOVED_TO_MONTH.search(ctx.text, max(0, m.start() - 50), m.start()):
        # "The vote was postponed to March": a happening put off goes to a month ahead of the putting off, whatever
        # the tense of the telling (the sentence's own year, when it names one, was read above)
        year = dct.year if month >= dct.month else dct.year + 1
        return year, f"the next {lx_month_name(month)} from {dct.label()}, a happening put off to it"
    if tense is None:
        # (not past a relative aside that held it: "The mission, which replaced an earlier force on Jan. 1, 2025, has
        # warned it lacks money beyond June" looks from publication)
        told = _month_told_before(ctx, m.start(), month) if not _anchor_in_relative_aside(ctx, m.start()) else None
        if told is not None:
            # "a high of $42 in June from $29 in March": no verb says which way, the month the
            # sentence named before does (the nearest March to June)
            year = min((told[0] + k for k in (-1, 0, 1)), key=lambda y: abs(y * 12 + month - told[0] * 12 - told[1]))
            return year, f"the {lx_month_name(month)} nearest {lx_month_name(told[1])} {told[0]}, named before it"
        year = cal.nearest_year_of_month(month, dct.year, dct.month)
        return year, f"the nearest {lx_month_name(month)} to {dct.label()}"
    year = dct.year if month < dct.month else dct.year - 1
    joined = _JOINED_DATED_LATER.match(ctx.text, m.end(), ctx.sentence_bounds(m.start())[1]) if tense == "past" else None
    joined_year = (dct.year - 1 if joined["last"] else int(joined["year"])) if joined is not None else None
    if joined is not None and joined_year < year:
        # "He lost his mandate in August and an early election was held on Nov. 23, 2025": told in order,
        # the month is the last such one up to the date the sentence goes on to
        later = (joined_year, month_of(joined["mon"] or joined["mon2"] or joined["mon3"]))
        year = later[0] if month <= later[1] else later[0] - 1
        return year, f"the last {lx_month_name(month)} up to {lx_month_name(later[1])} {later[0]}, told next in the sentence"
    bare = _JOINED_BARE_MONTH_LATER.match(ctx.text, m.end()) if tense == "past" else None
    if bare is not None:
        # "Kosovo has held two elections, in February and again in December", written in March: told in order, the month
        # is the last such one up to the month joined on (itself the last such one up to publication)
        later_month = month_of(bare["mon"] or bare["last"])
        later = (_last_year_of_month(later_month, dct), later_month)
        if later < (year, month):
            year = later[0] if month <= later[1] else later[0] - 1
            return year, f"the last {lx_month_name(month)} up to {lx_month_name(later[1])} {later[0]}, told next in the sentence"
    return year, f"the last {lx_month_name(month)} before {dct.label()}" + (" (past tense)" if tense else "")


#: A bare month joined on right after another, told next: " and again in December", ", and in June", ", June and October".
_JOINED_BARE_MONTH_LATER = re.compile(rf",?\s+and\s+(?:again\s+|then\s+|later\s+)?in\s+(?P<mon>{MON_FULL})\b(?![\s,]+\d)"
                                      # (…or the last of a list: "in March, June and October")
                                      rf"|(?:,\s+(?:in\s+)?{MON_FULL}\b(?![\s,]+\d))+,?\s+and\s+(?:in\s+)?"
                                      rf"(?P<last>{MON_FULL})\b(?![\s,]+\d)")


#: A thing done that a month before it names: "[January] memorandum", "[March] attacks".
_DONE_THING_NAMED = re.compile(r"\s+(?:memorandum|deal|agreement|accord|pact|declaration|ruling|verdict|decision|resolution|"
                               r"attacks?|offensive|strikes?|raids?|bombings?|massacre|coup|invasion|incursion|killings|clashes|"
                               r"uprising|protests|law)\b")
#: A noun's past participle and who did it, right before a month: "sites [bombed by Israel and the United States] in ".
_DONE_BY_BEFORE = re.compile(r"\b(?:the\s+|a\s+)?[a-z]{3,}s?\s+(?!(?:be|been|being|to)\s)(?:[a-z]{3,}ed|struck|hit|shot|seized|taken|"
                             r"built|destroyed|captured|signed|agreed)\s+by\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+)+(?:and\s+(?:the\s+)?"
                             r"(?:[A-Z][\w.'’-]*\s+)+)?in\s+$")
#: A noun and the participle of its making, up to its month: "[a commission of inquiry set up in ]", "[a court established
#: in ]" (not what is yet to be: "a commission to be set up in").
_CREATED_IN_BEFORE = re.compile(r"\b(?!(?:be|been|being|to|is|are|was|were|will)\s)[a-z]{3,}\s+(?:of\s+[a-z]{3,}\s+)?"
                                r"(?:set\s+up|established|created|founded|launched|appointed|convened)\s+in\s+"
                                r"(?:(?:early|late|mid-?)\s*)?$")
#: A day with its year joined after a bare month by "and" (no comma: one run of happenings), the sentence
#: telling in order: "in August and an early election … was held on Nov. 23, 2025" (not "and has grown since
#: May 2025", nor a contrast: "…in September, and the first half of March 2020 was dry").
_JOINED_DATED_LATER = re.compile(
    rf"(?:(?!\b(?:since|after|following|before)\b)[^.;!?,]){{0,30}}?\s+and\s+"
    rf"(?:(?!\b(?:since|after|following|before|until|by)\b)[^.;!?]){{0,100}}?"
    rf"\b(?:(?:(?P<mon>{MON_FULL}|{MON_ABBR})\s+{DAYNUM},?\s+|{DAYNUM}\s+(?P<mon2>{MON_FULL}|{MON_ABBR})\s+)"
    rf"(?P<year>{YEAR})"
    # (…or a month of last year: "a declaration in July and a framework agreement in November last year")
    rf"|(?P<mon3>{MON_FULL}|{MON_ABBR})(?:\s+{DAYNUM})?,?\s+(?:of\s+)?(?P<last>last\s+year)){E}")


#: A subject opening its clause (or the story, after its dateline's dash) and a relative clause on it, up to the clause's
#: date: "[the presidential council that took power in ]April 2024".
_SUBJECT_RELATIVE_OPENING = re.compile(r"(?:(?<![^\n])|(?<=[.;:]\s)|(?<=,\sand\s)|(?<=,\sbut\s)|(?<=\s[-–—]\s))"
                                       r"(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[A-Z][\w'’.-]*)\s"
                                       r"[^,;]{0,60}?\s(?:that|who|which)\s+(?:had\s+)?[a-z]{3,}\b[^,;]*$")
#: The main verb's past after the relative clause's date, no comma between: "…April 2024 [handed] over…".
_MAIN_PAST_AFTER_RELATIVE = re.compile(rf"[^,;]*?\s(?:[a-z]{{3,}}ed|{_IRREGULAR_PAST_WORDS})\b[^,;]*$")
#: A participle phrase set off after a subject: "The talks in Jeddah, first launched in".
#: (not a plan's, which tells no background: "A sixth, scheduled for mid-June, never took place")
_ASIDE_OPENING = re.compile(r"\w,\s+(?:(?:first|initially|originally|already|once|later)\s+)?"
                            r"(?!(?:scheduled|planned|slated|set|due)\s+(?:for|to)\b)\w+(?:ed|en|wn|un|ng)\s[^,;]*$")


def _told_today(ctx: Context, pos: int) -> bool:
    """Whether a weekday at `pos` belongs to the news of the week whatever date the sentence named
    before: a saying's day ("said on Saturday"), or a main clause after a relative aside that held
    the other date ("Petro, whose term ends on Aug. 7, 2026, said on Saturday")."""
    if SAID_ON.search(ctx.text, max(0, pos - 60), pos):
        return True
    return _anchor_in_relative_aside(ctx, pos)


def _anchor_in_relative_aside(ctx: Context, pos: int) -> bool:
    """Whether the sentence's earlier date sits in a relative clause set off by commas and closed before `pos`: the
    main clause after it tells its own time ("The mission, which replaced an earlier force on Jan. 1, 2025, has warned
    it lacks money beyond June")."""
    opener = _RELATIVE_ASIDE.search(ctx.text, ctx.sentence_bounds(pos)[0], max(0, ctx.ref_at))
    return opener is not None and bool(_ASIDE_CLOSED.search(ctx.text, ctx.ref_at, pos))


_RELATIVE_ASIDE = re.compile(r",\s+(?:whose|which|who)\b")
_ASIDE_CLOSED = re.compile(r",(?!\s*\d{4}\b)")


#: An abbreviated month's own stop, which ends no clause: "Oct[.] 7".
_MONTH_STOP = r"(?<=Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.|(?<=Sept)\."
#: Any character of a clause but its stops, an abbreviated month's own stop let through ("Oct. 7, 2023, and…").
_IN_CLAUSE = rf"(?:[^.;:()]|{_MONTH_STOP})"
#: …and a phrase's, a full date's own commas let through too ("on Feb. 9, 2025, and…").
_IN_DATED_PHRASE = rf"(?:[^.;:(),]|{_MONTH_STOP}|,(?=\s\d{{4}}\b)|(?<=\d{{4}}),)"
#: A second clause joined on after the sentence's earlier date, with a past of its own: "…opened in September 2023 [and
#: closing arguments were heard] in June": what comes next in the story.
_STORY_GOES_ON = re.compile(rf"{_IN_CLAUSE}*?\s(?:and|but|then)\s+(?:[a-z][\w-]*\s+){{1,3}}(?:was|were)\s+[a-z]{{4,}}\s+"
                            r"(?:in|during)\s+(?:late\s+|early\s+|mid-)?$"
                            # (…or the subject's next doing, joined on: "froze the process in June 2024 and suspended
                            # visa-free travel in January")
                            rf"|{_IN_CLAUSE}*?\s(?:and|but)\s+(?:later\s+|then\s+)?(?:[a-z]{{3,}}ed|{'|'.join(sorted(IRREGULAR_PASTS))})"
                            # (…right after its verb too, or by the month: "…in May 2023 but [collapsed by] December")
                            r"(?:\s[^.;:()]{0,80}?)?\s(?:in|during|by)\s+(?:late\s+|early\s+|mid-)?$"
                            # (…or a second object of the same verb, or its doing again: "held elections on 9 February
                            # 2025 and a repeat vote in late December", "seized power in August 2020 and again in May")
                            # (the date's own stop and commas let through: "on Feb. 9, 2025, and a repeat vote in late December")
                            rf"|{_IN_DATED_PHRASE}{{0,40}}?\s+and\s+(?:(?:a|an|another|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){{1,3}}|again\s+)"
                            r"(?:in|during)\s+(?:late\s+|early\s+|mid-)?$"
                            # (…or what it did before doing the next: "captured the town in August 2024 before handing it
                            # back to the military in April")
                            r"|[^.;:()]{0,20}?\s(?:before|then|later)\s+[a-z]{3,}ing\b[^.;:()]{0,80}?\s(?:in|during|by)\s+"
                            r"(?:late\s+|early\s+|mid-)?$")


#: A time clause that goes back from the date before it: ", days after", ", a week before", ", shortly after".
_TIME_BEFORE_CLAUSE = re.compile(r",\s+(?:(?:only|just|barely|shortly|soon|days|hours|weeks|a\s+(?:day|week|few\s+days)|"
                                 r"(?:two|three|four|five|six|several|\d+)\s+(?:days|weeks))\s+)?(?:after|before)\s")


def _anchor_in_aside(ctx: Context, pos: int) -> bool:
    """Whether the sentence's earlier date sits in a participle phrase about the subject, closed before
    `pos`: the main verb that follows tells what came next, not what came before (or in a relative clause on the
    subject, its main verb's past after it: "the council that took power in April 2024 handed over … on Feb. 7")."""
    start = ctx.sentence_bounds(pos)[0]
    if _ASIDE_OPENING.search(ctx.text, start, ctx.ref_at) and "," in ctx.text[ctx.ref_at:pos] \
            and not _TIME_BEFORE_CLAUSE.search(ctx.text, ctx.ref_at, pos):
        # (not the clause of a time counted back from the aside's: "Resolution 2231, adopted on July 20, 2015, days after
        # world powers reached the deal in Vienna on July 14")
        return True
    return bool(_SUBJECT_RELATIVE_OPENING.search(ctx.text, max(start, ctx.ref_at - 160), ctx.ref_at)) \
        and _MAIN_PAST_AFTER_RELATIVE.match(ctx.text, ctx.ref_at, pos) is not None


def _last_year_of_month(month: int, dct: Day) -> int:
    """The year of the last such month up to publication, the publication's own month included."""
    return dct.year if month <= dct.month else dct.year - 1


def lx_month_name(month: int) -> str:
    return ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December")[month - 1]


#: A plan told in the past before its date: "were first due to open", "was scheduled to take place", "were supposed
#: to start in".
_PAST_PLAN = re.compile(r"\b(?:was|were)\s+(?:(?:first|originally|initially|once)\s+)?(?:due|scheduled|expected|set|slated|supposed)"
                        r"\s+to\s+[a-z]+(?:\s+[a-z]+)?\s+(?:on\s+|in\s+)?"
                        # (…or planned for it, told in the past: "It was first planned for October but was pushed back")
                        r"|\b(?:was|were)\s+(?:(?:first|originally|initially|once)\s+)?(?:planned|scheduled|set|slated|"
                        r"pencilled\s+in|penciled\s+in)\s+for\s+(?:(?:early|late|mid-?)\s*)?"
                        # (…with a first way of telling the day, restated: "on the sixteenth day of the truce, that is, on")
                        r"(?:[^.;,]{1,60},\s+(?:that\s+is|i\.\s?e\.|namely)\s*,?\s+(?:on\s+|in\s+)?)?$", re.I)
#: After a plan's month, words that say its time went by without it: "[, has stalled]", "[ but never began]".
#: (…"[, has been stalled]", or called off in the simple past: "[ but was postponed]")
_PLAN_LAPSED_AFTER = re.compile(r"[^.;!?]{0,60}?(?:\b(?:has|have|had)\s+(?:since\s+)?(?:been\s+)?(?:stalled|frozen|blocked|held\s+up)"
                                r"|\bbut\s+(?:was|were)\s+(?:then\s+|later\s+)?(?:postponed|delayed|cancell?ed|called\s+off|put\s+off|"
                                r"scrapped|shelved|suspended)|\bnever\s+(?:began|started|happened|"
                                r"took\s+place|materiali[sz]ed|came)|\b(?:did\s+not|didn['’]t)\s+(?:begin|start|happen|take\s+place)|"
                                r"\b(?:has|have)\s+(?:yet\s+to|not)\s+(?:begin|begun|start|started|happen|happened|take\s+place|"
                                r"taken\s+place)|\bfell\s+through)\b", re.I)
#: A month's plan told in the past before the past: "The summit, which had been planned for June, was cancelled".
_PAST_PERFECT_PLAN = re.compile(r"\bhad\s+been\s+(?:(?:first|originally|initially|once)\s+)?(?:planned|scheduled|set|slated|"
                                r"pencilled\s+in|penciled\s+in|due|expected|supposed)\s+(?:for|to\s+[a-z]+(?:\s+[a-z]+)?)\s+"
                                r"(?:on\s+|in\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
#: "ahead of" and the thing it is ahead of, up to that thing's day: "ahead of separate talks with U.S. officials on ".
# (a noun phrase only: a clause's own tense says its day, "ahead of the talks that open on Monday", "ahead of a
# referendum Caracas held on Sunday")
_AHEAD_OF_IT_ON = re.compile(r"\bahead\s+of\s+(?![^,;]*\b(?:that|which|who|when|will|would|shall|plans?|planned|holds?|"
                             r"held|is|are|was|were|has|have|had)\b)(?:[^,;.]|\.(?=\S|\s+[a-z])){2,80}?\s+on\s+$")
#: What may stand before a month's name in its phrase: "late October", "mid-", "the end of".
_MONTH_PHRASE_HEAD = re.compile(r"(?:(?:early|late|mid|the\s+(?:end|middle|beginning|start)\s+of)[\s-]+)+$", re.I)


def _month_phrase_start(text: str, at: int) -> int:
    """Where the phrase of a month whose match starts at `at` opens, its modifier stepped back over."""
    head = _MONTH_PHRASE_HEAD.search(text, max(0, at - 30), at)
    return head.start() if head is not None else at
#: A day a schedule tells in order: a weekday or "the following day" (not a date written out, which a dinner on the
#: eve may come before: "from 2 to 3 December … begin with a dinner on Tuesday evening").
_SEQUENCE_DAY = re.compile(r"(?:[Tt]he\s+(?:following|next)\s+day|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b")
#: The end of a span right before its day: "until (midnight on)", "through".
_SPAN_END_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+(?:(?:midnight|noon|dawn|dusk)\s+)?(?:on\s+)?$", re.I)
#: …and its start before the day it begins: "from (6 p.m. …)", "starting".
_SPAN_START_BEFORE = re.compile(r"\b(?:from|starting|beginning|between)\b[^.;]{0,40}$", re.I)
#: Words that say a plan did not hold: "…but was postponed", "ran into an extra day".
_PLAN_UNDONE = re.compile(r"\b(?:but|instead|postponed|delayed|put\s+off|called\s+off|cancell?ed|scrapped|ran\s+into|overran|"
                          r"dragged\s+on|pushed\s+back)\b", re.I)
#: A start right before a weekday: "from Monday", "starting Tuesday", "as of Friday".
_FROM_ON = re.compile(r"\b(?:from|starting|beginning|as\s+of|effective)\s+(?:on\s+)?$", re.I)
#: A delay or a grant of time before "until" puts the day ahead even in the past tense ("postponed until Tuesday",
#: "extended its deadline until 9 a.m. Tuesday", "gave both sides until Friday").
PUT_AHEAD_BEFORE = re.compile(r"\b(?:postponed?|postpones|delay(?:ed|s)?|deferr?(?:ed|s)?|extend(?:ed|s)?|adjourn(?:ed|s)?|"
                              r"put\s+off|pushed\s+back|rescheduled?|suspend(?:ed|s)?"
                              # (…or time given until then, which lies ahead of the giving: "gave both sides until Friday")
                              r"|gave|given|granted|allowed)\b(?:\s+\S+){0,4}\s*$", re.IGNORECASE)

#: Words near a possessive weekday that put its happening ahead.
POSSESSIVE_AHEAD = re.compile(r"\b(?:will|'ll|shall|upcoming|coming|next|ahead of|prepar\w*|in the run-up to|is\s+(?:expected|scheduled|set|due)|are\s+(?:expected|scheduled|set|due)"
                              # ("said it would boycott Tuesday's vote", "vowed to boycott Tuesday's vote": what is meant to be)
                              r"|would|(?:vow|plan|promis|pledg|threaten|intend|decid|urg|call)\w*\s+(?:\w+\s+)?to\s+\w+)\b")

#: A happening a possessive weekday names that is done before anyone speaks of it: "[Friday's] ruling", "[Monday's]
#: attack".
DONE_HAPPENING = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}?(?:ruling|verdict|decision|attacks?|bombings?|killings?|shootings?|"
                             r"raids?|explosions?|blasts?|crash|remarks|comments|announcement|statement|speech|incident|"
                             r"massacre|clashes|violence|arrests?|coup|assault|ambush|shelling|incursion|resignation|"
                             r"killing|assassination|downing|sinking|seizure|capture)\b")
#: What only a happening already done has, right before its possessive day: "[results of ]Monday's vote", "[the outcome of
#: ]Sunday's election" (published ahead, the vote behind).
_OUTCOME_OF = re.compile(r"\b(?:results?|outcome|count|tally|aftermath|fallout|winners?|losers?|turnout)\s+(?:of|from|in)\s+$",
                         re.IGNORECASE)
#: What puts a possessive's happening ahead whatever it is: "ahead of", "upcoming".
_EXPLICITLY_AHEAD = re.compile(r"\b(?:upcoming|coming|next|ahead of|in the run-up to|before|await\w*|prepar\w*|expect\w*)\b")
#: A day named as the date of something to come: "set Dec. 18 as the date for the elections".
NAMED_AS_DATE = re.compile(r"\s+as\s+(?:the\s+)?(?:new\s+)?(?:date|deadline|day|start)\b", re.I)


def named_as_date_ahead(ctx: Context, m: re.Match) -> bool:
    """Whether the day `m` is set as the date of something still to come: "set Monday as the deadline for his return",
    "set Dec. 18 as the date for the elections" lie ahead of the setting, not when told in the past perfect ("had set
    Aug. 18 as the date for an accord", "had ruled… and set Friday as the deadline") or said to have gone by."""
    return bool(NAMED_AS_DATE.match(ctx.text, m.end())) \
        and not DEADLINE_GONE.search(ctx.text[max(0, m.start() - 80):m.end() + 60]) \
        and not re.search(r"\bhad\b", ctx.text[ctx.sentence_bounds(m.start())[0]:m.start()])


#: A weekday naming a deadline: "Monday's deadline", "a Friday deadline".
WEEKDAY_DEADLINE = re.compile(r"(?:['’]s)?\s+(?:midnight\s+|noon\s+)?deadline\b")
#: Words that put a deadline ahead whatever the tense ("raced to meet a Monday deadline").
DEADLINE_AHEAD = re.compile(r"\b(?:to\s+(?:meet|beat)|ahead\s+of|before|fac(?:e|es|ing)|loom\w*|approach\w*|unless|will|"
                            r"'ll|would|set|sets|gave|give[sn]?|imposed|issued)\b", re.I)
#: Words that say a deadline has gone by ("completed … by the Tuesday deadline" says it by its tense).
DEADLINE_GONE = re.compile(r"\b(?:missed|missing|passed|expired|lapsed|ignored|defied|met|(?<!to\s)beat|came\s+and\s+went)\b",
                           re.I)

#: How a clock time without a day of its own is derived (a range may carry it past midnight).
CLOCK_ON_DAY_IN_VIEW = "a clock time on"

WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


_LATER_ON = re.compile(r"\b(?:later|earlier)\s+(?:on\s+|in\s+the\s+day\s+on\s+)?$", re.IGNORECASE)


#: What a day came after, told after the day the sentence is at: "…will resume on Friday [after a first round in Geneva on]
#: Monday", "…on Sunday, [a day after the truce expired on] Saturday".
_AFTER_WHAT_BEFORE = re.compile(r"\b(?:after|following)\s+(?!(?:the|that|this)\s+(?:day|week|weekend)\b)[^,;.:!?()]{2,70}?\s(?:on\s+)?"
                                r"(?:(?:early|late)\s+)?$", re.I)
#: An absolute phrase of what is looked for, right before a weekday: ", with results expected on".
_WITH_EXPECTED_BEFORE = re.compile(r",\s+with\s+[^,;.]{1,40}?\s(?:expected|due|scheduled|set|planned)\s+(?:on|by|for)?\s*$"
                                   # (…or said outright: "Polls closed at 9 p.m., and results were expected by early Monday")
                                   r"|\b(?:was|were)\s+(?:expected|due)\s+(?:on|by|for)?\s*(?:early|late)?\s*$", re.I)


#: A saying of what is still to come, in a past tense: "he expected the talks to run", "they hope to sign".
_EXPECTED_TO_BEFORE = re.compile(r"\b(?:expects?|expected|hopes?|hoped|predicts?|predicted|plans?|planned|intends?|intended)"
                                 r"\b[^.;!?]{0,60}?\bto\s+[a-z]+", re.I)


def day_ahead_looked_to(ctx: Context, pos: int) -> Day | None:
    """The day ahead of publication an earlier sentence told, for a day counted from the story's ("the following day",
    "the evening") in a sentence that looks ahead when the day last named is past — a day of telling ("…will meet on
    Dec. 10, the envoy said on Thursday. … He expected the talks to run into the evening and a statement to be issued
    the following day"): what is to come is counted from the day it comes, not from the day it was told."""
    if ctx.ahead_ref is None or (ctx.ref is not None and ctx.ref.number > ctx.dct.number):
        return None
    lo = ctx.sentence_bounds(pos)[0]
    if not 0 <= lo - ctx.ahead_ref_at <= 1000 or ctx.ref_at >= lo:
        return None
    if ctx.tense(pos, pos + 1) != "future" and not _EXPECTED_TO_BEFORE.search(ctx.text, lo, pos):
        return None
    return ctx.ahead_ref


def ahead_of_a_past_anchor(ctx: Context, m: re.Match[str], counted: Day) -> bool:
    """Whether a day counted on from a day an earlier sentence named ("the following week", "the next day", "the
    following Monday") would still be past, though its own sentence looks ahead: then it follows the publication."""
    return counted.number <= ctx.dct.number and ctx.ref_at < ctx.sentence_bounds(m.start())[0] \
        and ctx.tense(m.start(), m.end()) == "future"


#: A happening a state that holds now came after, up to its day: "[is closed] after a landslide on ", "[remains shut]
#: following the attack on ".
_AFTER_A_HAPPENING_ON = re.compile(r"\b(?:is|are|remains?|stays?)\s+[^.;:!?]{0,60}?\b(?:after|following)\s+(?:a|an|the)\s+"
                                   r"(?:[a-z-]+\s+){0,2}[a-z][\w-]*\s+(?:on\s+)?$", re.I)
#: What puts a sentence's doing ahead: "will", "would", "is due to", "planned" (not a bare "to": "closed to traffic").
_AHEAD_WORD = re.compile(r"\b(?:will|would|shall|expected|due|planned|scheduled|set\s+to|going\s+to|about\s+to)\b", re.I)


def resolve_weekday(weekday: int, ctx: Context, m: re.Match[str], rel: str = "") -> tuple[Day, str]:
    dct = ctx.dct
    name = WEEKDAY_NAMES[weekday - 1]
    back = (dct.weekday - weekday) % 7
    fwd = (weekday - dct.weekday) % 7
    r = rel.lower()
    if r in ("last", "this past"):
        back = back or 7
        return dct.plus(-back), f"{name}, the one before {dct.label()}"
    if r == "next" and fwd == 1:
        # "next Thursday" said on a Wednesday: tomorrow would have been called so, and "next" is the week after's
        return dct.plus(8), f"{name}, the one a week after tomorrow ({dct.label()} being the day before)"
    if r in ("next", "this coming"):
        fwd = fwd or 7
        return dct.plus(fwd), f"{name}, the one after {dct.label()}"
    if r in ("the previous", "the preceding", "the following"):
        # counted from the day the story is at ("down from the previous Friday"), else from publication
        at = ctx.ref or dct
        if r != "the following" and ctx.past_ref is not None and at.number > dct.number \
                and ctx.tense(m.start(), m.end()) == "past":
            at = ctx.past_ref  # "…a week on Tuesday. The previous Thursday, they had spoken": the last day that has been
        if r == "the following" and ahead_of_a_past_anchor(ctx, m, at.plus((weekday - at.weekday) % 7 or 7)):
            at = dct  # "…will be allowed through from the following Monday": after no day already gone by
        if r == "the following":
            return at.plus((weekday - at.weekday) % 7 or 7), f"{name}, the one after {at.label()}"
        return at.plus(-((at.weekday - weekday) % 7 or 7)), f"{name}, the one before {at.label()}"
    if not r and _AHEAD_OF_IT_ON.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 100), m.start()):
        # "sent teams to Riyadh over the weekend ahead of talks on Monday", written on Sunday: what a doing was ahead of
        # is on the nearest such day, the one to come when it is as near
        if fwd <= back:
            return dct.plus(fwd), f"{name}, the nearest one, on or after {dct.label()}, what a doing was ahead of"
        return dct.plus(-back), f"{name}, the nearest one, on or before {dct.label()}, what a doing was ahead of"
    # (a day named, not a clock time: "a curfew from 2200 to 0500 local time starting on Saturday" tells no deciding day)
    if not r and ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref_at >= ctx.sentence_bounds(m.start())[0] \
            and ctx.ref_clock_at != ctx.ref_day_at \
            and STARTING.search(ctx.text, max(0, m.start() - 30), m.start()) and ctx.looks_ahead(m.start(), m.end()):
        # "agreed on Sunday to a truce starting Tuesday": the Tuesday after the deciding Sunday
        at = ctx.ref
        return at.plus((weekday - at.weekday) % 7 or 7), f"{name}, the one after {at.label()}, the day it was decided"
    if not r and ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref_day_at >= ctx.sentence_bounds(m.start())[0] \
            and ctx.ref_clock_at != ctx.ref_day_at \
            and not ctx.text.startswith(("'s", "’s"), m.end()) \
            and re.match(rf"(?:{WEEKDAY}|{MON}\.?\s+\d|\d{{1,2}}\s+{MON})", ctx.text[ctx.ref_day_at:ctx.ref_day_at + 16]) \
            and (came_after := _AFTER_WHAT_BEFORE.search(ctx.text, max(ctx.ref_day_at + 1, m.start() - 80), m.start())) \
            and (ctx.ref.number <= dct.number or ctx.tense(m.start(), m.end()) != "past" and not any(
                w.lower() in IRREGULAR_PAST or (w.endswith("ed") and len(w) > 4) for w in TOKEN.findall(came_after.group()))):
        # "The talks will resume on Friday after a first round in Geneva on Monday": what the day came after was before it
        # (a day the sentence named, not one counted: "…closer than we were a week ago," he said after the session ended
        # Sunday")
        # (a past told beside a day ahead has its own tense: "will go to a runoff on Dec. 14 after no candidate won…", "The
        # summit was moved to Jan. 12 after the strike on Monday")
        at = ctx.ref
        return at.plus(-((at.weekday - weekday) % 7 or 7)), f"{name}, the one before {at.label()}, what it came after"
    if not r and ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref_at >= ctx.sentence_bounds(m.start())[0] \
            and _WITH_EXPECTED_BEFORE.search(ctx.text, max(0, m.start() - 60), m.start()):
        # "Voting ended on Sunday, with results expected on Monday": what the story's day looked ahead to
        at = ctx.ref
        return at.plus((weekday - at.weekday) % 7 or 7), f"{name}, the one after {at.label()}, the day the sentence is about"
    if not r and ctx.ref is not None and ctx.ref_grain == "day" and _SPAN_END_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start()) \
            and _SPAN_START_BEFORE.search(ctx.text, max(0, ctx.ref_day_at - 40), ctx.ref_day_at) \
            and ctx.ref_day_at >= ctx.sentence_bounds(m.start())[0] and dct.plus(-back).number < ctx.ref.number:
        # "to run from 6 p.m. on Saturday until midnight on Sunday": a span's end is on or after its start (when the
        # last such day would fall before it; "bought from Sept. 14 to Thursday" ends on the last Thursday)
        at = ctx.ref
        return at.plus((weekday - at.weekday) % 7), f"{name}, the one on or after {at.label()}, the end of a span from it"
    entry = entry_weekday(ctx, m.start(), weekday) if not r else None
    if entry is not None:
        return entry, f"{name}, the one on or after {ctx.ref.label()}, the entry before it"
    # (not the last entry of a chronology run up from the past: "Late November 2025 — The army rejects the plan. / Monday —
    # Mediators meet both delegations" tells the Monday just gone in its historical present)
    past_entry_before = ctx.ref_at >= 0 and _opens_an_entry(ctx.text, ctx.ref_at) and ctx.ref_month is not None \
        and ctx.ref_month < (dct.year, dct.month)
    line_start = ctx.text.rfind("\n", 0, m.start()) if not past_entry_before else -1
    # (…or an entry line opening with a past year: "- 2025: Talks are frozen…, after elections in February. / - Monday: …")
    year_entry = _DATED_ENTRY_LINE.match(ctx.text, ctx.text.rfind("\n", 0, line_start)) if line_start > 0 else None
    past_entry_before = past_entry_before or year_entry is not None \
        and int(re.search(r"\d{4}", year_entry.group()).group()) <= dct.year
    told = _SCHEDULE_ENTRY.match(ctx.text, m.end()) \
        if not r and not past_entry_before and _opens_an_entry(ctx.text, m.start()) else None
    if told is not None and ctx.tense(m.start(), m.end()) is None:
        # "Monday: EU foreign ministers meet in Brussels": a week ahead's first entry, told in the present
        return dct.plus(fwd), f"{name}, the one on or after {dct.label()}, a schedule's entry told in the present"
    if not r and back <= 2 and _LATER_ON.search(ctx.text, max(0, m.start() - 12), m.start()):
        # "Leaders meeting later on Thursday are expected to…", published on Friday: the day the news is
        # about, which "later" goes on in, whatever the tense
        return dct.plus(-back), f"{name}, the day the news is about, on or before {dct.label()}"
    story = story_anchor(ctx, m.start()) if not r and ctx.ref_grain == "day" and not _told_today(ctx, m.start()) else None
    if story is not None:  # "On Sept. 27, 2020, the army attacked, and on Tuesday…": the story moves on
        return story.plus((weekday - story.weekday) % 7), f"{name}, the one on or after {story.label()}, the date the sentence is about"
    if not r and named_as_date_ahead(ctx, m):
        return dct.plus(fwd), f"{name}, the day set, on or after {dct.label()}"
    if not r and WEEKDAY_DEADLINE.match(ctx.text, m.end()):
        # "raced to meet a Monday deadline", "after Monday's deadline": news names a deadline ahead
        # of it, and says so when it has gone by ("missed Monday's deadline")
        sentence = re.split(r"[.;!?]\s", ctx.text[max(0, m.start() - 120):m.start()])[-1]
        sentence += re.split(r"[.;!?]\s", ctx.text[m.start():m.end() + 60])[0]
        if not DEADLINE_GONE.search(sentence) and (DEADLINE_AHEAD.search(sentence)
                                                   or ctx.tense(m.start(), m.end()) == "future"):
            return dct.plus(fwd), f"{name}, a deadline on or after {dct.label()}"
        return dct.plus(-back), f"{name}, a deadline gone by on or before {dct.label()}"
    if not r and ctx.text.startswith(("'s ", "’s "), m.end()):
        # "to get around Wednesday's ruling": a possessive names a happening of its own, ahead only
        # when said so ("Sunday's vote will decide", "ahead of the upcoming Sunday's vote")
        before = re.split(r"[.;!?]\s", ctx.text[max(0, m.start() - 30):m.start()])[-1]
        # (the noun's own clause only: "Under Monday's agreement, a commission will meet" looks ahead from it)
        after = re.split(r"[.;!?,]\s", ctx.text[m.start():m.end() + 40])[0]
        if DONE_HAPPENING.match(ctx.text, m.end()) or _OUTCOME_OF.search(before):
            # "would challenge Friday's ruling", "will investigate Monday's attack": a ruling or an attack is done
            # before anyone answers it, ahead only when said so ("ahead of Friday's ruling", "Friday's ruling is due")
            before = _EXPLICITLY_AHEAD.search(before.lower()) and before or ""
        if "eve of" in ctx.text[max(0, m.start() - 12):m.start()] \
                and _PAST_ON_THE_EVE.search(ctx.text, max(0, m.start() - 90), m.start()):
            # "said on the eve of Sunday's vote": the day after a past doing, tomorrow at the latest
            tomorrow = dct.plus(1)
            return tomorrow.plus(-((tomorrow.weekday - weekday) % 7)), f"{name}, the day after a past eve, on or before " \
                f"{tomorrow.label()}"
        if POSSESSIVE_AHEAD.search((before + after).lower()):
            return dct.plus(fwd), f"{name}, the one on or after {dct.label()}"
        return dct.plus(-back), f"{name}, the one on or before {dct.label()}"
    if not r and _PLAN_FOR_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) \
            and _PLAN_UNDONE_AFTER.match(ctx.text, m.end()):
        # "A protest planned for Friday was banned": a plan called off may have been for either side of the writing; the
        # nearest such day, the one to come when as near
        return (dct.plus(fwd), f"{name}, the nearest one, on or after {dct.label()}, a plan called off") if fwd <= back \
            else (dct.plus(-back), f"{name}, the nearest one, on or before {dct.label()}, a plan called off")
    if not r and _PAST_PLAN.search(ctx.text, max(0, m.start() - 130), m.start()) \
            and _PAST_PLAN.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 130), m.start()):
        # "The talks, which began on Wednesday and were due to end on Thursday, ran into an extra day": a plan told
        # in the past was for the day after the story's (or the last such day)
        if ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref_day_at >= ctx.sentence_bounds(m.start())[0] \
                and ctx.ref.number <= dct.number:
            at = ctx.ref
            return at.plus((weekday - at.weekday) % 7 or 7), f"{name}, the one after {at.label()}, a plan told in the past"
        lo, hi = ctx.sentence_bounds(m.start())
        if _PLAN_UNDONE.search(ctx.text, lo, hi):  # (a plan that did not hold: "…but was postponed")
            return dct.plus(-back), f"{name}, the one on or before {dct.label()}, a plan told in the past"
    if not r and 0 < back <= 2 \
            and _PAST_PERFECT_PLAN.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 130), m.start()):
        # "The inauguration had been set for Sunday afternoon", written on Monday: a plan told in the pluperfect, which no
        # longer holds, was for the day just gone (further back, it is as likely the coming one: "A round that had been
        # scheduled for Tuesday was postponed", written on Friday)
        return dct.plus(-back), f"{name}, the one just before {dct.label()}, a plan told in the pluperfect"
    if not r and _AFTER_A_HAPPENING_ON.search(ctx.text, max(ctx.sentence_bounds(m.start())[0], m.start() - 140), m.start()) \
            and not _AHEAD_WORD.search(ctx.text, ctx.sentence_bounds(m.start())[0], m.start()):
        # "The road is closed after a landslide on Monday": a state now, after a happening on that day, which is past
        return dct.plus(-back), f"{name}, the one on or before {dct.label()}, the day of a happening a state came after"
    if r == "this" or ctx.looks_ahead(m.start(), m.end()):
        if not r and ctx.ref is not None and ctx.ref_grain == "day" and ctx.ref.number > dct.plus(fwd).number >= dct.number \
                and _SEQUENCE_DAY.match(ctx.text, ctx.ref_day_at) and ctx.ref_day_at >= ctx.sentence_bounds(m.start())[0]:
            # "will arrive on Monday [Nov. 30] and hold talks the following day, before flying on Wednesday": a schedule
            # the sentence tells in order goes on after its last day
            at = ctx.ref
            return at.plus((weekday - at.weekday) % 7 or 7), f"{name}, the one after {at.label()}, the schedule going on"
        return dct.plus(fwd), f"{name}, the one on or after {dct.label()}"
    if not r and ctx.goes_on_ahead(m.start(), m.end()):
        return dct.plus(fwd), f"{name}, the one on or after {dct.label()}, the schedule told before going on"
    if not r and _FROM_ON.search(ctx.text, max(0, m.start() - 16), m.start()) and ctx.tense(m.start(), m.end()) is None:
        # "Curfews apply from Monday": a present that starts on a weekday starts on the next one
        return dct.plus(fwd), f"{name}, the one on or after {dct.label()}, from which it starts"
    deadline = DEADLINE_BEFORE.search(ctx.text, max(0, m.start() - 8), m.start())
    if deadline and (ctx.tense(deadline.start(), deadline.start()) != "past"
                     or PUT_AHEAD_BEFORE.search(ctx.text, max(0, deadline.start() - 60), deadline.start())):
        return dct.plus(fwd), f"{name}, a deadline on or after {dct.label()}"  # "given until Tuesday"
    return dct.plus(-back), f"{name}, the one on or before {dct.label()}"


def quarter_year(q: int, ctx: Context, ahead: bool = False) -> int:
    """The year of a quarter named without one: the latest already begun, as results report them,
    or, when the clause looks ahead ("expected to recover in the fourth quarter"), the nearest not
    yet over or just over (a future report of "third-quarter results" in October is this year's)."""
    if ahead:
        return ctx.dct.year if q >= ctx.dct.quarter - 1 else ctx.dct.year + 1
    return ctx.dct.year if q <= ctx.dct.quarter else ctx.dct.year - 1
