"""Words the temporal grammar is built from: month and weekday names, numbers, units.

Kept apart from the grammar so that the regular expressions read as sentences and the
word lists can grow without touching the rules.
"""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
        ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
        ("october", "oct"), ("november", "nov"), ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _i

WEEKDAYS = {
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6, "sat": 6,
    "sunday": 7, "sun": 7,
}

SEASON_CODES = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "tonight": "NI",
    "overnight": "NI", "midday": "MI", "noon": "MI", "daytime": "DT",
}

#: Duration unit -> TIMEX3 letter (with the T prefix for clock units).
UNIT_CODES = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "night": "D", "week": "W",
    "weekend": "WE", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y", "decade": "E",
    "century": "C", "centurie": "C", "millennium": "L", "millennia": "L", "season": "S",
}

UNITS_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries|millenni(?:um|a))"
)

_ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_OTHER = {"a": 1, "an": 1, "a couple of": 2, "couple of": 2, "a couple": 2, "a dozen": 12, "dozen": 12, "hundred": 100, "a hundred": 100,
          "one hundred": 100, "a thousand": 1000, "a half": 0.5, "half a": 0.5, "half an": 0.5,
          "a quarter": 0.25, "quarter": 0.25, "a quarter of a": 0.25, "a quarter of an": 0.25, "quarter of a": 0.25,
          "quarter of an": 0.25, "three quarters of a": 0.75, "three quarters of an": 0.75}
#: Words that stand for an unknown count: "several years" is PXY.
VAGUE_COUNTS = {"several", "few", "a few", "many", "some", "numerous", "countless", "recent", "the past few",
                "a number of", "the last few", "the next few", "coming", "the coming"}

#: A number in words, in any case ("Three days later" opens a sentence), optionally "and a half".
NUMBER_WORD_RE = (
    # (first, a quarter of the two units that are counted so: "the next quarter of a century", "three quarters of
    # an hour", "a quarter-hour")
    r"(?i:(?:(?:a\s+|three\s+)?quarters?(?:\s+of\s+an?)?(?=[- ](?:century|hour)\b)"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen|a\s+dozen|dozen|a\s+hundred|one\s+hundred|hundred|a\s+couple\s+of|a\s+half|half\s+an?)"
    r"(?:\s+and\s+a\s+half)?)"
)
#: A number in digits, with an optional half: "2 1/2 years", "5½ hours".
DIGITS_RE = r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:(?:\s+|-)1/2|½)?)"
COUNT_RE = rf"(?:{DIGITS_RE}|{NUMBER_WORD_RE})"

ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "last": -1, "final": -1,
    "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
    "11th": 11, "12th": 12, "13th": 13, "14th": 14, "15th": 15, "16th": 16, "17th": 17, "18th": 18,
    "19th": 19, "20th": 20, "21st": 21,
}


#: An ordinal in digits or words, as an anniversary counts: "80th", "twenty-fifth", "fiftieth", "100th".
ORDINAL_RE = (r"(?:\d{1,3}(?:st|nd|rd|th)|(?i:(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
              r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|"
              r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|(?:twen|thir|for|fif|six|seven|eigh|nine)"
              r"tieth|(?:one\s+)?hundredth))")
_TENTHS = {"twen": 20, "thir": 30, "for": 40, "fif": 50, "six": 60, "seven": 70, "eigh": 80, "nine": 90}


def parse_ordinal(text: str) -> int | None:
    """The number an ordinal (`ORDINAL_RE`) counts: "80th" is 80, "seventy-fifth" 75, "fiftieth" 50."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    digits = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", t)
    if digits:
        return int(digits.group(1))
    if t in ("hundredth", "one hundredth"):
        return 100
    tenth = re.fullmatch(r"(twen|thir|for|fif|six|seven|eigh|nine)tieth", t)
    if tenth:
        return _TENTHS[tenth.group(1)]
    compound = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(\w+)", t)
    if compound:
        ones = ORDINALS.get(compound.group(2))
        return _TENS[compound.group(1)] + ones if ones is not None and 1 <= ones <= 9 else None
    n = ORDINALS.get(t)
    return n if n is not None and n > 0 else None


def parse_count(text: str) -> float | None:
    """A number written in digits or words ("44", "twenty-two", "a"); None if vague or unknown."""
    t = re.sub(r"\s+", " ", text.strip().lower())
    if not t:
        return None
    if t in VAGUE_COUNTS:
        return None
    half = re.fullmatch(r"(.+?)(?:(?:\s+|-)1/2|½|\s+and\s+a\s+half)", t)
    if half:
        whole = parse_count(half.group(1))
        return None if whole is None else whole + 0.5
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", t):
        value = float(t.replace(",", ""))
        return int(value) if value.is_integer() else value
    if t in _OTHER:
        return _OTHER[t]
    if t in _ONES:
        return _ONES[t]
    m = re.fullmatch(r"(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](\w+))?", t)
    if m:
        ones = _ONES.get(m.group(2) or "zero")
        if ones is None or ones > 9:
            return None
        return _TENS[m.group(1)] + ones
    return None


def format_count(value: float) -> str:
    if isinstance(value, float) and not value.is_integer():
        return f"{value:g}"
    return str(int(value))


#: Words for one person's role in the languages we read, a regular expression's alternation: "envoy", "presidente",
#: "Premier ministre", "ministro", "médiateur" (what a name after them, or "of the" before them, is).
PERSON_ROLE_WORDS = (r"president|président|presidente|präsident|prime\s+minister|premier\s+ministre|primer\s+ministro|"
                     r"primeiro-ministro|ministre|ministro|minister|ministr[oae]|chef|jefe|líder|leader|opposant|opositor|"
                     r"envoy|envoyée?|enviad[oa]|inviat[oa]|canciller|secretari[oa]|secrétaire|embajador|ambassadeur|"
                     r"ambasciatore|mediador|médiateur|mediatore|emisari[oa]|émissaire|representante|représentant|"
                     r"rappresentante|diplomat|mediator|negotiator|"
                     # (…and a soldier's rank: "Le général Mamadi Doumbouya", "el coronel X", "il generale X")
                     r"général|generale?|capitaine|capitán|capitano|capitão|colonel|coronel|colonnello|maréchal|"
                     r"mariscal|lieutenant-colonel|teniente\s+coronel|commandant|comandante")


#: The article a preposition has taken in, told on its own: "des émeutes" are "les émeutes", "dall'inizio" is "l'inizio".
ROMANCE_ARTICLE_OF = {"des": "les", "du": "le", "de la": "la", "aux": "les", "au": "le", "del": "el", "al": "el", "dei": "i",
                       "dall'": "l'", "dall’": "l’", "dal": "il", "dalla": "la", "dagli": "gli",
                       "delle": "le", "degli": "gli", "dai": "i", "dalle": "le", "dos": "os", "das": "as", "do": "o", "da": "a",
                       "della": "la", "dello": "lo", "dell'": "l'", "dell’": "l’", "nella": "la", "alla": "la",
                       "nas": "as", "nos": "os", "na": "a", "no": "o", "nelle": "le", "nei": "i", "negli": "gli",
                       "ao": "o", "aos": "os", "ai": "i", "agli": "gli", "alle": "le"}


#: "Since" in the languages we read, each spelling once, for the patterns that look for one before a date
#: (the Italian ones carry their article: "dal 2014", "dall'inizio"; Russian and Ukrainian "с"/"з" are added where needed).
FOREIGN_SINCE_WORDS = r"desde|depuis|seit|sinds|dal|dalla|dallo|dall['’]"
SINCE_WORDS = rf"since|{FOREIGN_SINCE_WORDS}"

#: The stems of the Romance verbs that set or move a happening to a day ("a fixé … au", "fijó … para el", "è stato
#: rinviato a", "marcou … para"), which the day after them is the setting's target, not a past.
ROMANCE_SETTING_STEMS = (r"fix|programm|convoqu|report|repouss|fij|programad|programó|convoc|aplaz|pospus|posterg|marc|fiss|"
                         r"rinvi|adiad|adiou")

#: "Last year" as a sentence names it, in the languages read: "last year", "el año pasado", "l'année dernière".
LAST_YEAR_SAID = re.compile(r"(?:last\s+year|(?:el\s+)?año\s+pasado|l['’]an\s+dernier|l['’]année\s+dernière|"
                            r"(?:im\s+)?(?:letzten|vergangenen)\s+Jahr|(?:letztes|vergangenes)\s+Jahr|(?:lo\s+)?scorso\s+anno|"
                            r"(?:no\s+)?ano\s+passado)\b", re.I)
#: …then a time clause about it, no clause joined on, up to a month: "last year[ after the prime minister made comments
#: on Taiwan in ]November", "el año pasado[ después de que … en el Parlamento, en ]noviembre".
TIME_CLAUSE_AFTER_LAST_YEAR = re.compile(r"[^;]*?\s(?:after|when|before|as|después\s+de\s+que|cuando|antes\s+de\s+que|après\s+que|"
                                         r"lorsque|quand|nachdem|als|dopo\s+che|quando|depois\s+que)\s"
                                         r"(?:(?!\b(?:and|but|y|pero|et|mais|und|aber|e|ma|mas)\b)[^;])*$", re.I)

#: A present of what still holds after a date, then a clause set against it, up to a month, in the languages we read:
#: "October 2020[ remains in force, although in ]May", "[ resta in vigore, anche se a ]maggio", "[ sigue vigente, aunque en
#: ]mayo": what still holds brings the sentence to now, and the month set against it is the last one.
STILL_HOLDS_BUT = re.compile(r"[^.;!?]{0,50}?\b(?:remains?|stays?|is\s+still|are\s+still|still\s+holds?|continues?\s+to\s+hold|"
                             # (…or has held on: "has largely held", "regge in gran parte", "tient")
                             r"(?:has|have)\s+(?:\w+ly\s+)?held|holds|regge|reggono|tient|tiennent|hält|se\s+(?:mantiene|mantienen|maintient|mantém)|"
                             r"resta|rimane|restano|rimangono|sigue|siguen|continúa|reste|restent|demeure|continue|permanece|"
                             r"permanecem|continua|bleibt|gilt)\b[^.;!?]{0,60}?\b(?:(?:although|though|but|even\s+though|even\s+if|"
                             r"yet|anche\s+se|ma|però|aunque|pero|mais|même\s+si|bien\s+que|embora|mas|obwohl|aber)\b"
                             r"[^.;!?]{0,20}"
                             # (…or what it held despite, a noun and its clause: "despite clashes that broke out in Tripoli in")
                             r"|(?:despite|in\s+spite\s+of|nonostante|malgrado|malgré|a\s+pesar\s+de|pese\s+a|apesar\s+de|trotz)\b"
                             r"[^.;!?]{0,70})$", re.IGNORECASE)
#: A happening and the "for" of the month it is set for, right before that month, in the languages we read: "a new
#: hearing for [June]", "una nueva audiencia ante la corte para [junio]", "un sommet pour [mars]". The month is the one
#: the happening was set for, ahead of the setting, whatever the tense of the asking.
HAPPENING_FOR_MONTH = re.compile(
    r"(?<!\w)(?i:hearings?|votes?|elections?|polls?|meetings?|sessions?|summits?|talks|rounds?|referendums?|visits?|trials?|"
    r"audiencias?|reuni[oó]n|reuniones|cumbres?|elecciones|votaci[oó]n|sesi[oó]n|ronda|visita|juicio|refer[eé]ndum|"
    r"audiences?|r[ée]unions?|sommets?|[ée]lections|scrutin|session|pourparlers|proc[eè]s|"
    r"udienza|riunione|vertice|elezioni|sessione|colloqui|processo|audi[eê]ncia|reuni[aã]o|c[uú]pula|elei[cç][oõ]es|"
    r"vota[cç][aã]o|sess[aã]o|rodada|julgamento|Anh[öo]rung|Treffen|Gipfel|Wahlen|Wahl|Abstimmung|Sitzung|Gespr[äa]che)"
    r"(?:\s+[^\W\d_][\w'’-]*){0,4}?\s+(?i:for|para|pour|per|f[üu]r)\s+(?:(?i:early|late|mid-?|the\s+end\s+of)\s*)?$")
