"""English irregular verbs, one table for every rule that looks for a past tense (and the pasts of the
other languages we read, one pattern for titles and for the tense of their dates).

Titles, the tense that anchors a weekday and the clauses counted from a dated happening all ask
"is this word a past verb?". Each used to carry its own list, and the lists drifted apart ("bought"
was a verb for one rule and not for the next). The table lives here once; each use states what it
leaves out, and why, next to the use.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: Present → simple past of the irregular verbs news is written with (prefixed forms spelled out:
#: "retook" is a past, "resent" is not).
IRREGULAR_VERBS: dict[str, str] = {
    "arise": "arose", "awake": "awoke", "be": "was", "beat": "beat", "become": "became",
    "begin": "began", "bend": "bent", "bet": "bet", "bid": "bid", "bind": "bound", "bite": "bit",
    "bear": "bore", "bleed": "bled", "blow": "blew", "break": "broke", "breed": "bred", "bring": "brought", "build": "built",
    "burst": "burst", "buy": "bought", "cast": "cast", "catch": "caught", "choose": "chose", "cling": "clung",
    "come": "came", "cost": "cost", "creep": "crept", "cut": "cut", "deal": "dealt", "dig": "dug", "do": "did",
    "draw": "drew", "drink": "drank", "drive": "drove", "eat": "ate", "fall": "fell", "feed": "fed",
    "feel": "felt", "fight": "fought", "find": "found", "flee": "fled", "fling": "flung", "fly": "flew",
    "forbid": "forbade", "forecast": "forecast", "foresee": "foresaw", "forget": "forgot", "forgive": "forgave",
    "freeze": "froze", "get": "got", "give": "gave", "go": "went", "grow": "grew",
    "hang": "hung", "have": "had", "hear": "heard", "hide": "hid", "hit": "hit", "hold": "held",
    "hurt": "hurt", "keep": "kept", "know": "knew", "lay": "laid", "lead": "led", "leave": "left",
    "lend": "lent", "let": "let", "lie": "lay", "light": "lit", "lose": "lost", "make": "made", "mean": "meant",
    "meet": "met", "mislead": "misled", "outrun": "outran", "outsell": "outsold", "overcome": "overcame",
    "overrun": "overran", "oversee": "oversaw", "overtake": "overtook", "overthrow": "overthrew",
    "pay": "paid", "put": "put", "quit": "quit", "read": "read", "rebuild": "rebuilt", "redraw": "redrew",
    "remake": "remade", "rerun": "reran", "resell": "resold", "retake": "retook", "rewrite": "rewrote",
    "ride": "rode", "ring": "rang", "rise": "rose", "run": "ran", "say": "said", "see": "saw",
    "seek": "sought", "sell": "sold", "send": "sent", "set": "set", "shake": "shook", "shed": "shed",
    "shine": "shone", "shoot": "shot", "shrink": "shrank", "shut": "shut", "sink": "sank", "sit": "sat", "sleep": "slept",
    "slide": "slid", "speak": "spoke", "spend": "spent", "spin": "spun", "spread": "spread", "spring": "sprang",
    "stand": "stood", "steal": "stole", "stick": "stuck", "sting": "stung", "strike": "struck",
    "strive": "strove", "swear": "swore", "sweep": "swept", "swim": "swam", "swing": "swung", "take": "took",
    "teach": "taught", "tear": "tore", "tell": "told", "think": "thought", "throw": "threw",
    "undercut": "undercut", "undergo": "underwent", "undertake": "undertook", "uphold": "upheld",
    "upset": "upset", "wake": "woke", "wear": "wore", "weep": "wept", "win": "won", "wind": "wound",
    "withdraw": "withdrew", "withhold": "withheld", "write": "wrote",
}
#: Forms the table does not give: a participle ("had begun") and the plural past of "be".
_PARTICIPLES_ONLY = {"begun", "were"}

#: Every irregular past form.
IRREGULAR_PASTS: frozenset[str] = frozenset(IRREGULAR_VERBS.values()) | _PARTICIPLES_ONLY
#: Participles no simple past is spelled as, which say a past as plainly as "-ed" does ("a council sworn in on April
#: 25"); "known" and "seen" are left out, as they name more often than they tell ("known as", "seen as").
DISTINCT_PARTICIPLES: frozenset[str] = frozenset({
    "taken", "overtaken", "undertaken", "retaken", "given", "broken", "frozen", "chosen", "written", "rewritten", "sworn",
    "drawn", "withdrawn", "redrawn", "shown", "thrown", "overthrown", "driven", "begun", "done", "gone", "fallen",
    "risen", "spoken", "stolen", "forgotten", "grown", "flown", "hidden", "beaten", "shaken", "forbidden", "overseen",
    "undone", "arisen", "awoken", "bitten", "blown", "eaten", "forgiven", "foreseen", "ridden", "shrunk", "sprung",
    "striven", "sunk", "swum", "torn", "woken", "worn", "borne"})
#: Pasts spelled like their present ("hit", "cut", "set"): a past only where something else says so.
PAST_LIKE_PRESENT: frozenset[str] = frozenset(past for base, past in IRREGULAR_VERBS.items() if base == past)
#: Regular pasts too short for the grammar's "[a-z]{3,}ed" ("used", "died"), which a title's rules must still see as pasts.
SHORT_REGULAR_PASTS: frozenset[str] = frozenset({"used", "died", "sued", "tied", "owed", "axed", "vied"})
#: Pasts that can only be pasts (irregular ones, and the short regular ones).
PLAIN_PASTS: frozenset[str] = (IRREGULAR_PASTS - PAST_LIKE_PRESENT) | SHORT_REGULAR_PASTS


def words_pattern(words: Iterable[str]) -> str:
    """A regular-expression alternation of words, grouped by first letter so that a search tries a
    handful of words at each position rather than the whole table."""
    return _words_pattern(frozenset(words))


@lru_cache(maxsize=64)
def _words_pattern(words: frozenset[str]) -> str:
    """(Built once per word set: a title's rule may ask for the same table thousands of times.)"""
    by_letter: dict[str, list[str]] = {}
    for word in sorted(words, key=lambda w: (-len(w), w)):
        by_letter.setdefault(word[0], []).append(re.escape(word[1:]))
    groups = [f"{letter}(?:{'|'.join(rests)})" if len(rests) > 1 or rests[0] else letter + rests[0]
              for letter, rests in sorted(by_letter.items())]
    return "(?:" + "|".join(groups) + ")"


def past_of_base(base: str) -> str:
    """The simple past of a verb's bare form: "hold" → "held", "flee" → "fled", "vote" → "voted",
    "carry" → "carried", "stop" → "stopped"."""
    if base in IRREGULAR_VERBS:
        return IRREGULAR_VERBS[base]
    if base.endswith("e"):
        return base + "d"
    if re.search(r"[^aeiou]y$", base):
        return base[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", base):
        return base + base[-1] + "ed"  # one syllable: "stop", "ban", "plan" (not "open")
    return base + "ed"


def past_of_participle(ing: str) -> str:
    """The simple past of a present participle: "leaving" → "left", "forcing" → "forced", "trying" →
    "tried", "hitting" → "hit"."""
    stem = ing[:-3]
    candidates = [stem, stem + "e"]
    if len(stem) > 2 and stem[-1] == stem[-2]:
        candidates.insert(0, stem[:-1])  # "hitting", "running"
    for base in candidates:
        if base in IRREGULAR_VERBS:
            return IRREGULAR_VERBS[base]
    if stem.endswith("y") and len(stem) == 2:
        return stem[0] + "ied"  # "dying", "lying"
    if re.search(r"[^aeiou]y$", stem):
        return stem[:-1] + "ied"  # "trying"
    return stem + ("d" if stem.endswith("e") else "ed")  # "agreeing", "forcing", "stopping"


def base_of_participle(gerund: str) -> str:
    """"flying" → "fly", "meeting" → "meet", "making" → "make", "stopping" → "stop": the bare form, from the irregular
    verbs' table, a doubled consonant, or the verbs news uses whose bare form ends in a silent "e"."""
    stem = gerund[:-3]
    if stem + "e" in IRREGULAR_VERBS or stem + "e" in _SILENT_E_VERBS:
        return stem + "e"  # making → make, arriving → arrive
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem not in IRREGULAR_VERBS:
        return stem[:-1]  # stopping → stop
    if stem.endswith("ll") and len(re.findall(r"[aeiou]+", stem)) >= 2:
        return stem[:-1]  # travelling → travel (but calling → call)
    return stem


#: Verbs of news whose bare form ends in a silent "e", which their gerund drops.
_SILENT_E_VERBS = {"arrive", "vote", "close", "resume", "continue", "move", "raise", "release", "announce", "declare",
                   "decide", "hope", "pause", "cease", "use", "retire", "receive", "propose", "approve", "serve", "issue",
                   "pursue", "secure", "negotiate", "celebrate", "initiate", "evacuate", "participate", "debate", "invite",
                   "welcome", "conclude", "include", "provoke", "examine", "finalise", "finalize", "organise", "organize",
                   "recognise", "recognize", "criticise", "criticize", "authorise", "authorize", "mobilise", "mobilize",
                   "cooperate", "complete", "reshuffle", "ease", "sue", "raze", "seize", "capture"}


#: Spanish's and Portuguese's irregular singular preterites, which no ending tells: "impuso", "hizo", "impôs", "fez".
ROMANCE_IRREGULAR_PRETERITES = (r"(?:(?:im|pro|dis|com|re|su|ex)?puso|(?:re|des)?hizo|dijo|(?:man|ob|con|de|re|sos)?tuvo|estuvo|"
                                r"(?:con|pro|intro|re)dujo|trajo|quiso|pudo|supo|(?:con|pro|inter|re)?vino|"
                                r"(?:im|pro|com|dis|ex)?pôs|fez|disse|(?:man|ob|con|de)?teve|trouxe|quis|pôde|soube)")


#: A past in the other languages we read: an auxiliary before a participle ("ont achevé", "avait été abattu", "hat
#: unterzeichnet", "hatten Goma … eingenommen", "ha firmado", "foi assinado"), or a past's ending ("firmó", "assinaram",
#: "подписали", "истекшего", Turkish "kopmuş").
FOREIGN_PAST = re.compile(r"(?<!\w)(?:a|ont|est|sont|avait|avaient|était|étaient)\s+(?:été\s+)?(?:[^\W\d_]{2,}é(?:e|s|es)?|pris|"
                          r"dit|fait|mis|eu|reçu|vu|été"
                          # (…and the participles in -i, -u and -t: "est parti", "sont venus", "a choisi", "est mort";
                          # not the adverbs after "est", nor what is planned: "est prévu", "est attendu")
                          r"|(?!(?:ainsi|aussi|ici|parmi|lui|celui|qui|puis|depuis|plus|tous|sous|prévu|attendu)(?!\w))"
                          r"[^\W\d_]{2,}(?:i|u)(?:e|s|es)?|mort|[^\W\d_]*(?:uit|ert|crit)(?:e|s|es)?)(?!\w)"
                          r"|(?<!\w)(?:a|ont|avait|avaient|était|étaient)\s+été\s+[^\W\d_]{3,}"  # ("avait été abattu")
                          # (…and a perfect infinitive after a time's preposition: "après avoir signé", "tras haber firmado",
                          # "depois de o Conselho ter confirmado", "dopo aver firmato")
                          r"|(?<!\w)(?i:avoir|haber|ter|aver|avere)\s+(?:sido\s+|été\s+|stat[oaie]\s+)?"
                          r"[^\W\d_]{2,}(?:é|ée|és|ées|i|is|u|us|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|ito|ita|uto|uta)(?!\w)"
                          r"|(?<!\w)(?i:ha|han|había|habían|fue|fueron|hanno|aveva|avevano|è|sono|foi|foram|era|erano)\s+"
                          # (an adverb may stand between: "si era già recato", "había ya firmado")
                          r"(?:(?i:già|ya|já|anche|ancora|mai|sempre|también|também)\s+)?"
                          # (a short stem too, and the irregular participles: "había dado por terminado", "ha hecho",
                          # "ha detto")
                          # (Portuguese's accented ones too: "foi substituído", "foram incluídos")
                          r"(?:sido\s+|stat[oa]\s+)?(?:[^\W\d_]*(?:ado|ada|ados|adas|[ií]do|[ií]da|[ií]dos|[ií]das|ato|ata|ati|ate|uto|uta|ito|ita)"
                          r"|hech[oa]s?|dich[oa]s?|puest[oa]s?|vist[oa]s?|vuelt[oa]s?|escrit[oa]s?|abiert[oa]s?|muert[oa]s?|"
                          r"rot[oa]s?|fatt[oaie]|dett[oaie]|mess[oaie]|pres[oaie]|vist[oaie]|chiest[oaie]|scritt[oaie]|"
                          r"feit[oa]s?|dit[oa]s?|post[oa]s?"
                          # (…and Italian's irregular ones: "ha interrotto", "ha deciso", "è stato ucciso", "ha raggiunto")
                          # (not the adverbs and adjectives spelled like them: "è molto", "è certo", "sono pronti")
                          r"|(?!(?i:molt|cert|pront|tant|alt|altr|tutt|quest|espert|apert|incert|onest|giust|dolc|"
                          r"grass|bass|spess|stess|success|interess|compless|adess|ingress|espress|sott|dirott|"
                          r"conness|oppost|dispost)[oaie](?!\w))"
                          r"[^\W\d_]+(?:ott|ris|cis|lus|pes|plos|fes|unt|int|ert|olt|elt|ost|ess|ass)[oaie])(?!\w)"
                          r"|(?<!\w)(?:hat|haben|hatte|hatten|ist|sind|wurde|wurden|war|waren)\s+(?:[^\W\d_]+\s+){0,14}?"
                          r"(?:[^\W\d_]*ge[^\W\d_]{2,}(?:t|en)|[^\W\d_]{3,}iert"  # ("festgelegt", "paraphiert")
                          # (…or an inseparable prefix's, with no "ge": "hatte … Kiew besucht", "hat … vereinbart")
                          r"|(?:be|ver|er|ent|zer|emp|miss)[^\W\d_]{3,}(?:t|en))(?!\w)"
                          # (…or a subordinate clause's, its auxiliary last: "die im Januar Goma eingenommen hatte")
                          r"|(?<!\w)(?:[^\W\d_]*ge[^\W\d_]{2,}(?:t|en)|[^\W\d_]{3,}iert|(?:be|ver|er|ent|zer)[^\W\d_]{3,}(?:t|en))"
                          r"\s+(?:hatte|hatten|hat|haben|wurde|wurden|war|waren)(?!\w)"
                          r"|[^\W\d_]{3,}(?:ó|aron|ieron|ou|aram|eram|iram)(?!\w)"
                          rf"|(?<!\w){ROMANCE_IRREGULAR_PRETERITES}(?!\w)"
                          # (…and Italian's simple pasts: "firmò", "annunciarono", "interruppe"; not "però", "può")
                          r"|(?!(?i:però|può|perciò|cioè|farò|sarò|avrò|potrò|dovrò|andrò)(?!\w))[^\W\d_]{3,}(?:ò|arono|irono|"
                          r"erono|ettero|uppe|ruppero)(?!\w)|[а-яіїє]{3,}(?:ла|ли|ло|ил)(?!\w)"
                          # (…and Russian's masculine pasts in -ёл/-ал/-ял, whose like many nouns end in ("канал"): the
                          # common ones by name, "прошел", "провел", "начал", "подписал")
                          r"|(?<!\w)(?:[а-я]{0,4}ш[её]л|пров[её]л|привел|привёл|отв[её]л|нач[ао]л|сказал|подписал|принял|признал|"
                          r"передал|назвал|стал|взял|дал|отдал|созвал|сорвал|потерял|прервал|возобновлял|стоял|был|упал|"
                          r"напал|опубликовал|обстрелял|атаковал|захватил|заключал|согласовал|ратифицировал|одобрял)(?!\w)"
                          # (…and the irregular simple pasts of saying, doing, having, being: "dijo", "hizo", "disse")
                          r"|(?<!\w)(?i:dijo|dijeron|hizo|hicieron|tuvo|tuvieron|estuvo|estuvieron|puso|pusieron|pudo|pudieron|"
                          r"fue|fueron|disse|disseram|dissero|fez|fizeram|teve|tiveram|esteve|estiveram|veio|vieram|"
                          r"fece|fecero|ebbe|ebbero)(?!\w)"
                          # (…and German's strong simple pasts, which no English word is spelled as: "trat in Kraft", "begann")
                          r"|(?<!\w)(?:(?:in|an|bei|ab|aus|zurück|über|ein)?(?:trat|traten)|begann|begannen|kam|kamen|fand|fanden|"
                          r"(?:an|ein|auf|teil|über)?(?:nahm|nahmen)|(?:an)?(?:griff|griffen)|(?:be|ab|ver)?(?:schloss|schlossen)|"
                          r"(?:aus|ab|unter)?(?:brach|brachen)|fiel|fielen|gab|gaben|ging|gingen|(?:ab|er)?(?:hielt|hielten)|traf|"
                          r"trafen|(?:ab|zurück)?(?:zog|zogen)|starb|starben|floh|flohen|blieb|blieben|verlor|sprach|sprachen|"
                          r"rief|riefen|stieß|warf|warfen)(?!\w)"
                          # (…and its reflexive pasts, which no noun ends like: "состоялся", "договорились")
                          r"|[а-яё]{2,}[аяеиы]л(?:ся|ась|ось|ись)(?!\w)"
                          # (Russian's past participle: "перемирия, истекшего в марте", "подписавшего")
                          r"|[а-я]{2,}[вк]ш(?:ий|ая|ее|ие|его|ей|ему|им|их|ую|ем)(?:ся)?(?!\w)"
                          # (…and its passive, "был согласован", "была подписана": a past of "be" and a short participle)
                          r"|(?<!\w)(?:был|была|было|были)\s+[а-яё]{3,}(?:ан|ян|ен|ён|ит|ут)(?:а|о|ы)?(?!\w)"
                          # (Turkish's pasts: "kopmuş", "atanmıştı", "geldi" is too like other words; its ı and ü are not)
                          r"|[a-zçğıöşü]{2,}(?:mış|miş|muş|müş|dı|dü|tı|tü)(?:tı|ti|tu|tü|tır|tir|lar|ler)?(?!\w)")


#: A German weak simple past behind an inseparable prefix ("verabschiedete", "zerstörten", "beschädigte") or of a verb in
#: "-ieren" ("paraphierten", "ratifizierte"): not a noun spelled so ("Verletzten", "Beamte"), nor such a participle used as
#: an adjective, after an article or before its noun ("die besetzten Gebiete", "den Vereinten Nationen", "bewaffnete
#: Gruppen", "organisierte Kriminalität").
GERMAN_WEAK_PAST = (r"(?<!\bder\s)(?<!\bdie\s)(?<!\bdas\s)(?<!\bden\s)(?<!\bdem\s)(?<!\bdes\s)(?<!\bein\s)"
                    r"(?<!\beine\s)(?<!\beinen\s)(?<!\beinem\s)(?<!\beiner\s)(?<!\beines\s)(?<!\bvon\s)(?<!\bmit\s)"
                    r"(?!(?i:verletzte|verwandte|bekannte|beamte|beauftragte|vertraute|verbündete|erwachsene)n?(?!\w))"
                    r"(?:(?i:ver|be|ent|er|zer|über|unter|wider|miss)[a-zäöüß]{3,}?(?:ete|eten|te|ten)"
                    r"|[a-zäöüß]{3,}iert(?:e|en))(?![\wäöüß])"
                    r"(?!\s+(?-i:[A-ZÄÖÜ]))")
#: German pasts that stand second after a fronted date, none spelled like an English word: "[im März] folgte…".
GERMAN_LEXICAL_PAST = (r"(?:folgte|folgten|begann|begannen|kam|kamen|fand|fanden|trat|traten|gab|gaben|ging|gingen|"
                        r"unterzeichnete|unterzeichneten|einigte|einigten|traf|trafen|erklärte|erklärten|beschloss|beschlossen|"
                        r"startete|starteten|endete|endeten|scheiterte|scheiterten|griff|griffen|besuchte|besuchten|"
                        # (…and the sayings and tolls news tells: "[Am Sonntag] meldete das Ministerium drei Tote")
                        r"meldete|meldeten|sagte|sagten|forderte|forderten|warnte|warnten|starb|starben|fiel|fielen|"
                        r"verlor|verloren|gewann|eroberte|eroberten|nahm|nahmen|rief|riefen|schlug|schlugen|zog|zogen|"
                        r"sprach|sprachen|hielt|hielten|brach|brachen|blieb|blieben|floh|flohen|warf|warfen|lag|lagen|standen|"
                        # ("[Am 13. Oktober] ließ die Hamas die Geiseln frei")
                        r"ließ|ließen|entließ|entließen|verließ|verließen|schloss|schlossen|stieg|stiegen|erhielt|erhielten|"
                        r"wies|wiesen|sah|sahen|"
                        # (…and any weak past behind an inseparable prefix: "[Im März] verabschiedete das Parlament")
                        rf"{GERMAN_WEAK_PAST})")


#: The third-person pasts of saying in the other languages we read, singular and plural: the verb a closing
#: attribution opens with (", dijo el ministro", ", a déclaré la présidence", ", sagte ein Sprecher", ", заявило
#: министерство"), and the one a reported clause follows ("anunció que…"). Every rule that asks "is this a saying?" in
#: those languages reads this one table, so a verb added here is known to all of them; each use adds, next to it, the
#: words that only it takes ("según", "hieß es").
SAYING_PASTS: dict[str, tuple[str, ...]] = {
    "es": ("dijo", "dijeron", "afirmó", "afirmaron", "declaró", "declararon", "informó", "informaron", "anunció",
           "anunciaron", "aseguró", "aseguraron", "señaló", "señalaron", "indicó", "indicaron", "explicó", "explicaron",
           "añadió", "añadieron", "agregó", "agregaron", "precisó", "precisaron", "subrayó", "subrayaron"),
    "pt": ("disse", "disseram", "afirmou", "afirmaram", "declarou", "declararam", "anunciou", "anunciaram", "informou",
           "informaram", "indicou", "indicaram", "adiantou", "adiantaram", "referiu", "referiram", "acrescentou",
           "acrescentaram", "sublinhou", "sublinharam", "frisou", "frisaram"),
    "fr": (r"(?:a|ont)\s+(?:dit|déclaré|annoncé|affirmé|indiqué|précisé|ajouté|souligné|estimé|assuré|expliqué)",),
    "it": (r"ha(?:nno)?\s+(?:detto|dichiarato|annunciato|affermato|riferito|spiegato|precisato|sottolineato|aggiunto)",),
    "de": ("sagte", "sagten", "erklärte", "erklärten", "betonte", "betonten", "berichtete", "berichteten", "ergänzte",
           "ergänzten", "unterstrich", "unterstrichen"),
    # (masculine, feminine, neuter and plural: "заявил", "заявила", "министерство сообщило", "заявили")
    "ru": (r"(?:заявил|сообщил|сказал|отметил|рассказал|уточнил|добавил|подчеркнул|пояснил)[аои]?",),
    "uk": (r"(?:заявив|повідомив|сказав|уточнив|додав|наголосив|зазначив)",
           r"(?:заяви|повідоми|сказа|уточни|дода|наголоси|зазначи)(?:ла|ло|ли)"),
}
#: Pasts that tell a saying only where they attribute one (", bestätigte das Ministerium am Montag", ", teilte das Amt
#: mit", "confirmó que…") and a doing elsewhere: a court "bestätigte das Urteil" upheld it, "teilte die Stadt" divided it.
ATTRIBUTING_PASTS: dict[str, tuple[str, ...]] = {
    # (…or a reminding, which elsewhere remembers: ", recordó el diario", "recordó a las víctimas")
    "es": ("confirmó", "confirmaron", "recordó", "recordaron"),
    "pt": ("confirmou", "confirmaram", "lembrou", "lembraram", "recordou", "recordaram"),
    "fr": (r"(?:a|ont)\s+(?:confirmé|rappelé)",),
    "it": (r"ha(?:nno)?\s+(?:confermato|ricordato)",),
    "de": ("teilte", "teilten", "bestätigte", "bestätigten"),
    "ru": (r"подтвердил[аои]?",),
    "uk": (r"підтверди(?:в|ла|ло|ли)",),
}


def saying_pasts(*languages: str, attributing: bool = False) -> str:
    """An alternation of the pasts of saying of `languages` (of every language in the table when none is named), to
    put inside a group of a larger pattern; `attributing` adds the pasts that say only when they attribute."""
    tables = (SAYING_PASTS, ATTRIBUTING_PASTS) if attributing else (SAYING_PASTS,)
    return "|".join(form for language in (languages or tuple(SAYING_PASTS)) for table in tables for form in table[language])
