"""French, Spanish, Italian, Portuguese and German clause shapes that the English rules would misread:
participles after their noun, passives with "être"/"ser"/"essere", relatives with "que"/"qui"/"che",
"depuis"/"desde" before a happening, German verbs at the end.
"""

from __future__ import annotations

import re

from timeline_app.extraction.dateline import dateline_end
from timeline_app.extraction.lexicon import PERSON_ROLE_WORDS, ROMANCE_ARTICLE_OF
from timeline_app.extraction.segment import Sentence
from timeline_app.extraction.timex import Timex
from timeline_app.extraction.titles.dates import remove_date_phrase
from timeline_app.extraction.titles.grammar import (
    A_IS_A_PREPOSITION,
    FOLLOWING_PARTICIPLE,
    GERMAN_LEXICAL_PAST,
    ROMANCE_INTENT_AND_INFINITIVE,
    ROMANCE_IRREGULAR_PARTICIPLE,
    ROMANCE_NOT_PARTICIPLES,
    ROMANCE_PARTICIPLE_END,
    ROMANCE_SUBJECT_PRONOUN,
    ROMANCE_WHEN,
    WHEN_WORD,
    date_phrase_end,
    language_of,
    phrase_said_again,
)
from timeline_app.extraction.verbs import FOREIGN_PAST, ROMANCE_IRREGULAR_PRETERITES, saying_pasts

#: A Romance noun phrase that a day word qualifies, right before it: "dopo [i colloqui] di ieri", "[les discussions]
#: d'hier", "[las conversaciones] de ayer", "[as conversas] de ontem".
_ROMANCE_NOUN_OF_DAY = re.compile(r"(?<![\w'’])(?P<np>(?:i|il|gli|lo|le|la|l['’]|los|las|el|les|os|as|o|a)\s*[^\W\d_]{3,}"
                                  r"(?:\s+[^\W\d_]{3,})?)\s+(?:di|de|d['’]|del|do|da)\s*$", re.IGNORECASE)
_DAY_WORD = re.compile(r"(?:ieri|oggi|hier|aujourd['’]hui|ayer|hoy|ontem|hoje|l['’]altro\s+ieri|avant-hier|anteayer|anteontem)",
                       re.IGNORECASE)


#: A happening's noun phrase a day qualifies, up to the day: "[l'élection présidentielle] du ", "[das eleições gerais] de ",
#: "[las elecciones presidenciales] del ".
_ROMANCE_HAPPENING_OF_DAY = re.compile(r"(?<![\w'’])(?P<det>l['’]|les?|la|las?|los|el|d[oa]s?|des|du|del|o|os|as?|il|gli|i|dell['’]|"
                                       r"della|delle|degli|n[oa]s?|nelle|nei|negli)\s*(?P<noun>(?:élections?|législatives|présidentielle|scrutin|référendum|"
                                       r"sommet|attentat|elecciones|elección|comicios|referéndum|cumbre|atentado|eleições|eleição|"
                                       r"cimeira|elezioni|referendum|vertice|attentato)(?:\s+[^\W\d_]{4,}){0,2})\s+"
                                       r"(?:du|de|del|do|da|di|dell['’]|des)\s*$", re.IGNORECASE)


def romance_noun_of_day(sentence: Sentence, t: Timex) -> str | None:
    """"…dopo i colloqui di ieri in Florida tra le delegazioni": the talks, and what follows them up to the clause's end
    (…or an election a day qualifies: "…l'annonce de sa victoire à l'élection présidentielle du 6 mai": the election)."""
    if not _DAY_WORD.fullmatch(t.text):
        happening = _ROMANCE_HAPPENING_OF_DAY.search(sentence.text, max(0, t.start - sentence.start - 60),
                                                     t.start - sentence.start)
        if happening is None:
            return None
        det = ROMANCE_ARTICLE_OF.get(happening["det"].lower(), happening["det"])  # ("das eleições" → "As eleições")
        np = f"{det}{'' if det.endswith(('’', chr(39))) else ' '}{happening['noun']}"
        return np[:1].upper() + np[1:]
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
    # (an article is a word of its own: not the "A" of "Almeno"; nor has the noun phrase a verb: "…persone [sono] morte
    # negli scontri scoppiati domenica")
    # (or a count: "Plusieurs partis dissous en mai dernier ont dénoncé…")
    r"^(?P<np>(?:(?:il|lo|la|i|gli|le|el|los|las|les|o|a|os|as|un|una|une|uno|um|uma|plusieurs|certains|certaines|"
    r"quelques|varios|varias|algunos|algunas|alcuni|alcune|vari|varie|vários|várias|alguns|algumas)\s+|l['’]\s*)"
    r"(?:(?!(?<!\w)(?:è|sono|ha|hanno|fu|fue|fueron|han|est|sont|ont|foi|foram|era|erano)\s)[^,;:()]){2,60}?)\s+"
    r"(?P<part>[^\W\d_]{3,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|ado|ada|ados|adas|ido|ida|idos|idas|ée?s?)"
    # (…or an irregular one, by name: "dissous", "suspendus", "interdits", "disueltos", "sciolti"; and French participles in
    # -u and -i of the endings no noun of news has: "détenus", "réunis", "établie")
    rf"|{ROMANCE_IRREGULAR_PARTICIPLE}|(?-i:[a-zà-ÿ]{{2,}}(?:ndu|enu|uni|isi|bli|ahi|nti|oli|sti)(?:e|s|es)?))"
    # (…two such phrases: "signé [à Washington] [entre la RDC et le Rwanda] le 27 juin 2025")
    r"(?P<mid>(?:\s+(?:dagli|dalla|dal|dai|da|por|par|pelo|pela|pelos|en|em|in|a|à|au|nel|nella|no|na|entre|tra|fra)\s+"
    r"[^,;:()]{1,40}?){1,2})?"
    r"\s+(?:(?:el|la|le|il|lo|em|no|na|en|in|a|ad|à|au|nel|nella)\s+)?$", re.IGNORECASE)
#: The main verb right after a participle's date, which the participle's noun is the subject of: " è stato ridotto",
#: " n'a toujours pas été signé", " expiró".
_ROMANCE_FINITE_AFTER = re.compile(r",?\s+(?:(?:nel\s+frattempo|già|ya|déjà|entretanto|ainda)\s+)?"
                                   # (…its negation first: "n'a toujours pas été signé", "no ha sido ratificado")
                                   r"(?:n['’]|ne\s+|no\s+|não\s+|non\s+)?(?:(?:è|fu|sono|fue|fueron|est|"
                                   r"sont|fut|foi|foram|era|erano)\s"
                                   # (a simple past: "Los partidos disueltos en mayo denunciaron…", "…assinaram")
                                   r"|[^\W\d_]{3,}(?:aron|ieron|aram|eram|iram|arono|erono|irono)\s"
                                   # (…or an imperfect, or a singular simple past: "…prévoyait", "preveía", "expiró")
                                   r"|(?!fait\s)[^\W\d_]{3,}(?:ait|aient|aba|aban|ía|ían|ava|avano|eva|evano|avam|iam|ió|ó|ò|ou)\s"
                                   # (an auxiliary that is also a preposition, "a", with its participle)
                                   r"|(?:ha|hanno|han|a|ont|tem|têm)\s+(?:(?:toujours|pas|jamais|encore|todavía|ainda|ancora|mai)\s+){0,2}"
                                   r"(?:été|stato|stata|sido|[^\W\d_]{3,}(?:ato|ata|ito|ita|uto|"
                                   r"uta|ado|ada|ido|ida|ée?|i|u|it|is)\b))", re.IGNORECASE)
#: An auxiliary that makes the participle after it a finite verb's: "Meloni [ha] ricevuto", "Zelensky [è] arrivato".
_ROMANCE_AUXILIARY_END = re.compile(r"(?<!\w)(?:è|ha|hanno|sono|fu|è\s+stato|è\s+stata|fue|han|a|ont|est|sont|a\s+été|foi|"
                                    r"tem|têm|se|si|s['’]|era|erano|había|habían|avait|avaient|aveva|avevano|tinha)\s*$",
                                    re.IGNORECASE)


#: A phrase of agent, auspices or place after a participle's date, then the main verb: " sous l'égide de l'UE[ a expiré]".
_ROMANCE_PHRASE_THEN_FINITE = re.compile(r"(?P<phrase>\s+(?:sous|par|avec|entre|dans|sob|bajo|con|tra|fra|da|dal|dalla|por|pelo|"
                                         r"pela)\s+[^,;:()]{1,60}?)?" + _ROMANCE_FINITE_AFTER.pattern, re.IGNORECASE)


def romance_subject_participle(sentence: Sentence, t: Timex) -> str | None:
    """"Il piano … presentato dagli Stati Uniti la settimana scorsa è stato ridotto": the date is the participle's, told
    as a passive of the subject ("Il piano … è stato presentato dagli Stati Uniti")."""
    lead = dateline_end(sentence.text)
    m = _ROMANCE_SUBJECT_PARTICIPLE.match(sentence.text[lead:t.start - sentence.start])
    # (who by, under what or where may follow the date: "…conclu en novembre 2022 [sous l'égide de l'UE] a expiré")
    after = _ROMANCE_PHRASE_THEN_FINITE.match(sentence.text, t.end - sentence.start)
    if m is None or not _reads_romance(sentence.text) or after is None \
            or re.match(rf"(?:{ROMANCE_NOT_PARTICIPLES})$", m["part"], re.IGNORECASE) \
            or _ROMANCE_AUXILIARY_END.search(m["np"]):
        return None
    np, part = m["np"], m["part"].lower()
    return f"{np[:1].upper()}{np[1:]} {romance_passive(part, sentence.text)} {part}{m['mid'] or ''}{after['phrase'] or ''}"


#: A Romance subject relative with no comma, its auxiliary first, up to its date: "…des émeutes qui avaient éclaté [le 13
#: mai 2024]", "…los combates que habían estallado [en abril]".
_ROMANCE_BARE_RELATIVE = re.compile(
    r"(?<![\w'’])(?P<art>des|les|la|le|l['’]|du|de\s+la|aux|au|los|las|el|del|al|i|gli|dei|delle|degli|dai|dalle|della|dello|nella|"
    r"alla|os|as|o|a|dos|das|do|"
    # (…with the nouns after it that say whose: "une décision de la Cour de justice de la CEDEAO qui avait ordonné")
    # (an elided article is written on to its noun, any other stands apart: not the "a" of "[a]nnunciato")
    r"da|un|una|une|uno|um|uma)(?:(?<=['’])|\s+)(?P<noun>[^\W\d_]{3,}(?:\s+(?:(?:al|de|del|da|di|du|de\s+la|de\s+los|de\s+las|della|"
    r"dei|delle|degli|dos|das|do)\s+|(?:de|d)['’]\s*|de\s+l['’]\s*)?[^\W\d_]{3,}){0,3})"
    # (not a conjunction's "que": "el tercer intercambio desde que entró en vigor…", "depuis que", "antes de que")
    r"(?<!\bdesde)(?<!\bdepuis)(?<!\bhasta)(?<!\bantes)(?<!\bdespués)(?<!\bavant)(?<!\baprès)(?<!\bpour)(?<!\bsans)"
    r"(?<!\bpara)(?<!\bdopo)(?<!\bprima)(?<!\bparce)\s+(?:qui|que|che)\s+"
    r"(?P<rest>(?:(?:avait|avaient|a|ont|est|sont|était|étaient|había|habían|ha|han|aveva|avevano|era|erano|è|sono|tinha|tinham|"
    # (…or a simple past: "un cese al fuego bilateral que entró en vigor [el 3 de agosto]")
    r"foi|foram)\s+|[^\W\d_]{2,}(?:ó|aron|ieron|ò|arono|irono|ou|aram|eram|iram)\s+"
    # (…or a future, reflexive or not: "la conferenza che si terrà [il prossimo luglio]", "qui aura lieu", "que se celebrará")
    r"|(?:(?:se|si)\s+|s['’])?[^\W\d_]{2,}(?:rà|rá|ranno|rán|ront|ra)\s+)[^,;:()]{2,60}?)"
    r"\s+(?:(?:le|el|il|em|no|na|en|a|au|nel|del)\s+)?$", re.IGNORECASE)


def romance_bare_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"L'archipel sortait à peine des émeutes qui avaient éclaté le 13 mai 2024 et fait quatorze morts": "Les émeutes
    avaient éclaté et fait quatorze morts" (what the clause says of its noun, and the rest of its predicate)."""
    start = t.start - sentence.start
    m = _ROMANCE_BARE_RELATIVE.search(sentence.text, max(0, start - 120), start)
    if m is None or not _reads_romance(sentence.text) or re.search(r"\s(?:de|del|di|du|y|e|et)$", m["rest"]) \
            or re.search(r"(?:ó|aron|ieron|ou|aram|eram)$", m["noun"].split()[-1]):
        # (…nor is a "que" after a saying's past a relative pronoun: "La CIJ anunció que dictará sentencia el próximo año")
        return None  # (a date that only qualifies a noun, or is listed after another, is no date of the clause: "…que
        # beneficiará a los detenidos durante las protestas de 2019 y 2023")
    article = re.sub(r"\s+", " ", m["art"].lower())
    article = ROMANCE_ARTICLE_OF.get(article, article)
    after = date_phrase_end(t, inside)
    more = re.match(r"\s+(?:et|y|e)\s+[^,;:()]{2,60}?(?=\s*(?:[,;:.!?]|$))", sentence.text[after - sentence.start:])
    if more is not None and any(after <= o.start < after + more.end() for o in inside):
        more = None  # (…but not one with a date of its own: "…y expiró un año después")
    joined = "" if article.endswith(("'", "’")) else " "
    # (a second verb of the clause after the first's date is the date's: "que entró en vigor el 3 de agosto de 2023 y
    # [expiró] un año después")
    dated_first = _DATED_THEN_AND.search(m["rest"])
    rest = m["rest"][dated_first.end():] if dated_first else m["rest"]
    return f"{article[:1].upper()}{article[1:]}{joined}{m['noun']} {rest}{more.group() if more else ''}"


#: A date, then "and" before a second verb: "…el 3 de agosto de 2023 [y] expiró".
_DATED_THEN_AND = re.compile(r"^.*\d\s+(?:y|et|e|ed)\s+(?=[^\W\d_]{3,})")


#: French and Italian participles of coming, going, being born and dying, whose perfect is made with "to be" and which
#: have no passive: "arrivé" (est arrivé), "partie" (est partie), "arrivato" (è arrivato).
_FRENCH_MOTION_PARTICIPLE = re.compile(r"(?:arrivé|parti|venu|revenu|parvenu|intervenu|survenu|rentré|retourné|entré|sorti|"
                                       r"mort|né|tombé|resté|devenu|décédé|allé)e?s?", re.IGNORECASE)
_ITALIAN_MOTION_PARTICIPLE = re.compile(r"(?:arrivat|partit|venut|tornat|rientrat|entrat|uscit|mort|nat|cadut|rimast|giunt|"
                                        r"decedut"
                                        # (…and what breaks out or falls through of itself: "gli scontri scoppiati" are
                                        # "sono scoppiati", no one burst them)
                                        r"|scoppiat|esplos|accadut|avvenut|success|crollat|fallit|scadut|sfociat)[oaie]",
                                        re.IGNORECASE)


#: The Romance participles of a plan: "prévue", "previsto", "programada", "agendado".
_PLAN_PARTICIPLE = re.compile(r"(?:prévu|programmé|planifié|previst|programad|planead|agendad|programmat|pianificat)"
                              r"(?:e|es|s|o|a|os|as|i)?", re.I)


def romance_passive(participle: str, context: str = "") -> str:
    """The auxiliary of a French, Spanish, Portuguese or Italian passive for `participle`, in its number and the
    language of its `context`: "a été" (présenté), "ont été" (lancés), "fue" (firmado), "fueron" (firmados), "foi"
    (assinado), "è stato" (firmato)."""
    plural = participle.endswith("s")
    language = language_of(context) if context else ""
    if _PLAN_PARTICIPLE.fullmatch(participle):
        # "une consultation prévue au printemps 2027": a plan holds now ("est prévue"), it was not made then
        if language == "it":
            return "sono" if participle.endswith(("i", "e")) else "è"
        if language in ("es", "pt"):
            return "están" if plural and language == "es" else "estão" if plural else "está"
        return "sont" if plural else "est"
    if _FRENCH_MOTION_PARTICIPLE.fullmatch(participle):  # "arrivé lundi soir": he arrived, "est arrivé"
        return "sont" if plural else "est"
    if language == "it" and _ITALIAN_MOTION_PARTICIPLE.fullmatch(participle):  # "arrivato", "è arrivato"
        return "sono" if participle.endswith(("i", "e")) else "è"
    if language == "it" and participle.endswith(("o", "a", "i", "e")):
        return {"o": "è stato", "a": "è stata", "i": "sono stati", "e": "sono state"}[participle[-1]]
    if participle.endswith(("o", "a", "os", "as")):
        if language == "pt":
            return "foram" if participle.endswith("s") else "foi"
        return "fueron" if participle.endswith("s") else "fue"
    return "ont été" if plural else "a été"


#: A present of being in French, Spanish, Italian, Portuguese or German, which tells a state that holds now.
_FOREIGN_PRESENT_STATE = re.compile(r"(?<!\w)(?:es|son|sigue|siguen|est|sont|reste|restent|è|sono|resta|é|são|continua|ist|sind|"
                                    r"bleibt|bleiben)(?!\w)")
#: A noun phrase after "since" (or "after", of a state that holds now) in French, Spanish or German and its date's
#: preposition: "depuis la rupture des relations diplomatiques [en août 2021]", "desde la firma del acuerdo [en 2016]",
#: "seit dem Krieg [im Jahr 2020]", "tras la firma del acuerdo [en 2016]".
_FOREIGN_SINCE_NOUN = re.compile(r"(?<!\w)(?P<prep>depuis|desde|seit|sinds|tras|après|dopo|após|nach)\s+(?P<np>(?:la|le|les|l['’]|el|los|las|der|die|dem|den|des|"
                                 # (…and Dutch's: "sinds de invasie van Turkije in 1974")
                                 r"de|het|"
                                 # (…or a possessive: "depuis son investiture", "desde su investidura", "seit seinem
                                 # Amtsantritt")
                                 r"son|sa|ses|leur|leurs|su|sus|seu|sua|seinem|seiner|ihrem|ihrer|"
                                 r"a|o|os|as"
                                 # (…or German's bare start or outbreak of a thing: "seit Beginn der Vollinvasion")
                                 r"|(?-i:Beginn|Anfang|Ausbruch|Ende)(?=\s+(?:der|des)\s))\s*"
                                 # (its date may be set off: "desde a independência de Portugal, em 1974")
                                 # (…or a day's: "seit dem Inkrafttreten der Waffenruhe am 27. November 2024", "depuis la
                                 # signature de l'accord le 12 mars")
                                 r"[^\W\d][^,;:.()\d]{2,80}?),?\s+(?:en|el|im|in|de|em|am|le)\s+(?:(?:l['’]|Jahr(?:e)?)\s*)?$", re.I)
#: Words a French, Spanish or German clause has and a noun phrase has not.
_FOREIGN_FINITE = re.compile(r"\b(?:est|sont|a|ont|était|avait|es|son|fue|ha|han|había|ist|sind|war|hat|haben|que|qui|"
                             r"dass|der\s+\w+te)\b", re.I)


def foreign_since_noun(sentence: Sentence, t: Timex) -> str | None:
    """"…se sont rencontrés mercredi, pour la première fois depuis la rupture des relations en août 2021": the
    earlier date is the noun's after "since", as in English ("since the severing of ties in August 2021")."""
    s = sentence.text
    m = _FOREIGN_SINCE_NOUN.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    # (its own article is no verb: Portuguese "a independência", not French "a")
    if m is None or _FOREIGN_FINITE.search(m["np"], len(m["np"].split(None, 1)[0])) or len(m["np"].split()) > 10:
        return None
    if m["prep"].lower() in ("tras", "après", "dopo", "após", "nach") \
            and not _FOREIGN_PRESENT_STATE.search(s, dateline_end(s), m.start()):
        return None  # ("El ELN es la última guerrilla activa tras la firma del acuerdo en 2016": "after" a happening's noun
        # only when the sentence tells a state that holds now, as in English)
    np = m["np"]
    if re.match(r"der\s", np) and m.group().lower().startswith("seit"):
        # German "seit" takes the dative: "der umstrittenen Parlamentswahl" is "die umstrittene Parlamentswahl"
        words = np.split()
        np = " ".join(["die"] + [w[:-1] if w.endswith("en") and w[:1].islower() else w for w in words[1:]])
    elif re.match(r"dem\s+[A-ZÄÖÜ]", np) and m.group().lower().startswith("seit"):
        np = np[4:]  # "seit dem Angriff…": "Angriff…" (der or das, the noun alone does not tell)
    elif re.match(r"(?:seinem|ihrem|seiner|ihrer)\s", np):
        # "seit seinem Amtsantritt": the possessive in the nominative ("Sein Amtsantritt", "Ihre Wahl")
        word = np.split(None, 1)[0]
        np = {"seinem": "sein", "ihrem": "ihr", "seiner": "seine", "ihrer": "ihre"}[word.lower()] + np[len(word):]
    return np[:1].upper() + np[1:]


#: The preposition a Romance date opens with after a participle: "élu [en]", "paraphé à Washington [le]".
_DATE_PREPOSITION = r"(?:en|le|el|en\s+el|nel|il|à|au|em|no|a)"
#: A Romance participle set off by a comma, right before its date: ", élu en janvier 2025", "Créée en 1978".
_ROMANCE_PARTICIPLE = re.compile(
    r"(?:,\s+|^)(?P<part>(?i:élu|élue|élus|nommée?|créée?|fondée?|signée?|adoptée?|conclue?|arrivée?|elegid[oa]|"
    r"nombrad[oa]|cread[oa]|fundad[oa]|firmad[oa]|adoptad[oa]|elett[oa]|nominat[oa]|fondat[oa]|firmat[oa]|"
    r"eleit[oa]|criad[oa]|assinad[oa]"
    # (…or any regular participle after a comma: ", paraphé à Washington le", ", suspendidas desde")
    rf"|(?<=,\s)(?!(?i:{ROMANCE_NOT_PARTICIPLES}|été|année|journée|soirée|matinée|armée|entrée|idée|durée|estado|pasado|"
    r"partido|mercado|senado|jornada|llegada|salida|vida|medida|stato|mercato|giornata|entrata|partita|vita|lado|grado|cuidado)\b)"
    # (Italian's plurals too, and its participles in -tto: ", interrotte il 1° gennaio")
    r"[a-zà-ÿ]{3,}(?:ée?s?|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie]|(?<=[aeiour])tt[oaie])(?!\w)"
    # (…or an irregular one: ", lu à la télévision publique mercredi soir,")
    rf"|(?<=,\s)(?i:{ROMANCE_IRREGULAR_PARTICIPLE})(?!\w)))"
    # (a weekday may come with no preposition: "lu à la télévision publique [mercredi soir]")
    rf"\s+(?:(?P<mid>[^,;]{{0,40}}?)\s+)?(?:(?P<prep>{_DATE_PREPOSITION})\s+)?$")
#: …and last in the words between a participle and its date, when the optional group above did not take it.
_PREPOSITION_LAST = re.compile(rf"(?:^|\s+){_DATE_PREPOSITION}$")
#: A weekday of the Romance languages, which a date may open with no preposition before it.
_ROMANCE_WEEKDAY = re.compile(r"(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|"
                              r"venerdì|sabato|domenica)\b")
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
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w'’-])(?P<np>(?:(?:(?:[Dd]e|[Dd]a|[Nn]e|[Ss]u|[Aa])ll['’]|[LlDd]['’]|"
                                r"(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Oo]|[Aa])\s+)[\w-]+"
                                # (…and its adjective: "el paso [fronterizo] de Chacalluta")
                                r"(?:\s+(?!(?:de|di|do|da|del|du|des)\b)[a-zà-ÿ][\w-]*)?"
                                # (a noun with its own complement: "l'accord [de paix] d'Alger")
                                r"(?:\s+(?:de|di|do|da|del)\s+[a-zà-ÿ][\w-]*)?\s+"
                                r"(?:de\s+la\s+|de\s+l['’]|de\s+|du\s+|des\s+|d['’]|del\s+|di\s+|do\s+|da\s+))?"
                                # (…or an article and an adjective of the name's own: "[Une nouvelle] Constitution")
                                r"(?:(?<![\w'’-])(?:[Uu]ne?|[Uu]na|[Uu]no|[Uu]ma|[Uu]m)\s+(?:[a-zà-ÿ][\w-]*\s+)?)?"
                                # (a name may hold its own "de": "el Acuerdo de Paz de Brasilia")
                                r"(?:[A-ZÀ-Ý][\w'’.-]*\s+(?:(?:de|del|di|da|do|des|du)\s+)?){0,3}[A-ZÀ-Ý][\w'’.-]*)\s*$")
#: The subject a fronted participle is about, after its comma: "Créée en 1978…, [la Finul] compte…".
_SUBJECT_AFTER_COMMA = re.compile(r",\s+(?P<np>(?:l['’]|la\s+|le\s+|les\s+|el\s+|los\s+|las\s+|il\s+|lo\s+)?"
                                  r"[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})\s")


#: What a participle aside says after its date, up to its closing comma: "[, signé le 12 juillet 2025][ entre l'État et les
#: partis],".
#: …or a noun phrase with its article: "l'accord de paix avec l'Azerbaïdjan", "las conversaciones sobre el Esequibo".
_NOUN_PHRASE_BEFORE_COMMA = re.compile(r"(?P<np>(?:(?<![\w'’])[LlDd]['’]|\b(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ii]|[Gg]li|[Ll]o|"
                                       r"[Uu]ne?|[Uu]na)\s+)"
                                       r"(?:[\w'’-]+\s+){0,7}?[\w'’-]+)\s*$")


def _last_free_noun_phrase(s: str, lo: int, hi: int) -> re.Match[str] | None:
    """The noun phrase that closes s[lo:hi], from its last article no preposition governs: in "L'intesa sostituisce il
    memorandum del 2017" the memorandum, in "el diálogo bilateral sobre el territorio del Esequibo" the dialogue."""
    starts = [d.start() for d in _ROMANCE_DETERMINER.finditer(s, lo, hi)
              if not _GOVERNING_PREPOSITION.search(s, max(0, d.start() - 12), d.start())]
    for start in reversed(starts):
        m = _NOUN_PHRASE_BEFORE_COMMA.match(s, start, hi)
        if m is None:
            continue
        verb = FOREIGN_PAST.search(s, start, hi)
        if verb is not None:
            # (a clause, not a noun phrase: in "les combats ont repris dans la région de Kidal, reprise par l'armée" the
            # aside is of the noun phrase after the verb, whatever governs it)
            after = next(_ROMANCE_DETERMINER.finditer(s, verb.end(), hi), None)
            return _NOUN_PHRASE_BEFORE_COMMA.match(s, after.start(), hi) if after is not None else None
        return m
    return None
#: The "of the" contractions of the plural, among those `ROMANCE_ARTICLE_OF` turns back into their article.
_PLURAL_OF_THE = {"dos", "das", "dei", "degli", "delle", "des"}


def _agreeing_governed_phrase(s: str, lo: int, hi: int, participle: str) -> str | None:
    """The noun phrase an "of the" opens before a participle aside, the last that agrees with it, told with its own article:
    "a conclusão [do processo de desarmamento … da Renamo], iniciado em julho de 2019" is "o processo…"."""
    # (Italian's feminine plural ends in "-e": "delle forniture di gas, interrotte")
    gender = _participle_gender(participle)
    plural = participle.lower().endswith(("s", "i")) or (participle.lower().endswith("e") and language_of(s) == "it")
    found = [o for o in re.finditer(r"(?<![\w'’-])(?P<of>do|da|dos|das|del|della|dello|dei|degli|delle|du|des)\s+(?=[a-zà-ÿ])",
                                    s[lo:hi])
             if _DETERMINER_GENDER.get(ROMANCE_ARTICLE_OF[o["of"]]) in (gender, None) and (o["of"] in _PLURAL_OF_THE) == plural]
    if not found:
        return None
    last = found[-1]
    return f"{ROMANCE_ARTICLE_OF[last['of']]} {s[lo + last.end():hi].strip()}"


#: A preposition and its article right before a name: "avec l'", "sobre el", "con la".
_GOVERNING_PREPOSITION = re.compile(r"\b(?:avec|sobre|con|contre|contra|entre|pour|para|por|sur|dans|com|per|tra|sul|sulla)\s+"
                                    r"(?:l['’]|(?:le|la|les|el|los|las|il|lo|o|a|os|as)\s+)?$", re.I)
# (…and to whom: "transmise samedi soir [aux deux camps],")
_ASIDE_REST = re.compile(r"(?P<rest>\s+(?:entre|après|avant|par|pour|à|au|aux|en|avec|tras|por|para|con|dopo|da|dal|dalla|per|após|"
                         r"pelo|pela|com|a|al|ai|agli|alle|aos|às)\s[^,;:()]{1,60}?)\s*[,.;]")


def _reads_romance(s: str) -> bool:
    """Whether `s` is French, Spanish, Italian or Portuguese (a sentence is too short for the language guess: an article
    of those languages says it)."""
    return language_of(s) in A_IS_A_PREPOSITION or _ROMANCE_ARTICLE.search(s) is not None


#: The endings of a French, Spanish or Italian past participle standing alone after its noun: "signé", "firmada",
#: "firmato" (grammar's ROMANCE_PARTICIPLE_END with Italian's, and without French "-u", too like "nouveau" out of a verb's
#: company).
BARE_PARTICIPLE_END = r"(?:é|ée|és|ées|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata)"
#: A noun phrase and its participle with no comma, right before a date: "[l'accord de paix d'Alger] signé en".
_BARE_ROMANCE_PARTICIPLE = re.compile(r"(?P<np>(?:(?<![\w'’])[Ll]['’]|\b(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Uu]ne?|[Uu]na"
                                      # (Italian's "il", not French's pronoun: "[Il fait suite aux] assises…")
                                      r"|[Ii]l(?!\s+(?:[\w'’-]+\s+){0,3}(?:aux|au|des|du)\b)"
                                      # (…or an article a preposition took in: "aux assises nationales organisées…")
                                      r"|(?P<contracted>[Aa]ux|[Aa]u|[Dd]es|[Dd]u|[Dd]el|[Aa]l|[Aa]lla|[Aa]lle|[Aa]i|[Aa]gli|[Dd]ei|"
                                      r"[Dd]egli|[Dd]elle|[Dd]ella|[Nn]ella|[Nn]elle|[Nn]ei|[Nn]egli|[Dd]os|[Dd]as|[Aa]os?|[Nn]os|[Nn]as)"
                                      r"|[Uu]ma?"  # (Portuguese's: "um protocolo assinado em 2007")
                                      # (…or a count: "dos periodistas detenidos desde agosto de 2024")
                                      # (…not a year: "juin [2023] a expiré")
                                      r"|[Dd]os|[Tt]res|[Cc]uatro|[Cc]inco|[Dd]eux|[Tt]rois|[Dd]ue|[Tt]re|[Dd]ois|[Dd]uas"
                                      # (…a whole number, not the tail of one: "de 5.000 hommes" is no "000 hommes")
                                      r"|(?<![\d.,])(?!(?:1[5-9]|20)\d\d\b)\d+)\s+)"
                                      # (the article's noun no auxiliary either: "[le] había retirado" is a pronoun's verb)
                                      r"(?!(?:era|erano|è|sono|ha|hanno|a|ont|est|sont|était|fue|fueron|han|había|habían|"
                                      r"ha|avait|avaient|aveva|avevano|tinha|tinham)\b)[^\W\d_][\w'’-]*"
                                      # (no auxiliary in it: "il fuoco era stato [firmato]" is a clause's passive)
                                      r"(?:\s+(?!(?:era|erano|è|sono|ha|hanno|a|ont|est|sont|était|fue|fueron|han|había|sido|"
                                      # (…a pluperfect's too: "dont la construction [avait] commencé en avril 2011")
                                      r"avait|avaient|habían|aveva|avevano|tinha|tinham|"
                                      # (nor a reflexive's: "la trêve [s'est] effondrée")
                                      # (nor a modal's or a future's passive: "du projet doit [être] décidée")
                                      r"stat[oaie]|été|foi|foram|ist|war|wurde|se|si|être|ser|essere|sera|seront|serait|"
                                      r"seraient|será|serán|sería|sarà|saranno|serão|soit|soient|sea|sean|sia|siano)\b)"
                                      # (…a count inside it: "la force unifiée de [5.000] hommes annoncée en mars")
                                      r"(?![SsMmTt]['’])(?:[^\W\d_][\w'’-]*|(?<=\bde\s)\d{1,3}(?:[.,\s]\d{3})*)){0,4}?)\s+"
                                      # (not a noun in -é: "au Conseil de sécurité le 15")
                                      # (nor right after an article, which makes it a noun: "el [mandato]", "il [mandato]")
                                      r"(?<!\b[Ee]l\s)(?<!\b[Ll]a\s)(?<!\b[Ii]l\s)(?<!\b[Ll]o\s)(?<!\b[Ll]e\s)(?<!\b[Uu]n\s)(?<!\b[Uu]na\s)(?<!\b[Uu]m\s)"
                                      r"(?<!\b[Uu]ma\s)"
                                      r"(?P<part>(?!(?:été|année|armée|entrée|durée|estado|pasado|partido|mercado|senado|lado|"
                                      r"stato|mercato|santé|liberté|volonté|comité|traité|côté|société)\b)"
                                      r"(?!(?!(?:visit|invit|cit|évit|hérit|limit|exploit)é)[a-zà-ÿ]*(?:ité|auté|eté)s?\b)"
                                      rf"[a-zà-ÿ]{{3,}}{BARE_PARTICIPLE_END}"
                                      # (…or a French one in -u: "l'accord de Bougival [conclu] en juillet dernier")
                                      r"|(?:conclu|réélu|élu|obtenu|maintenu|reconnu|convenu|rendu|prévu|reçu|abattu|tenu|retenu|suspendu|vaincu)e?s?"
                                      # (…or an Italian one of its own: "una misura [introdotta] a luglio 2025")
                                      r"|(?:introdott|prodott|condott|ridott|sottoscritt|scritt|dett|fatt|mess|conclus|decis|chius|"
                                      r"sospes|espuls|rimoss|promess|permess)[oaie])\s+"
                                      # (…and when it was first: "introdotta per la prima volta a luglio 2025")
                                      r"(?:(?:per\s+la\s+prima\s+volta|pour\s+la\s+première\s+fois|por\s+primera\s+vez|"
                                      r"pela\s+primeira\s+vez)\s+)?"
                                      # (…and where, before its date: "firmato [a Ginevra] nell'ottobre 2020")
                                      r"(?P<place>(?:(?:a|à|en|em|in)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*)?"
                                      # (…or the gathering it came of: "trouvé lors de la COP30 de Belém")
                                      r"|(?:lors\s+d[eu]|lors\s+des|lors\s+de\s+la|lors\s+de\s+l['’]|durante\s+(?:la|el|o|a)|"
                                      r"nel\s+corso\s+d(?:el|ella))\s*[A-ZÀ-Ýa-zà-ÿ][\w'’-]*(?:\s+[A-ZÀ-Ý0-9][\w'’-]*)?"
                                      r"(?:\s+(?:de|del|di|do|da)\s+[A-ZÀ-Ý][\w'’-]*)?)\s+)?"
                                      # (or none, before a count back: "un acuerdo alcanzado [hace dos semanas]")
                                      r"(?:(?:en|le|el|en\s+el|nel|il|à|au|em|no|desde|depuis|a|in)\s+|nell['’]|(?=\s*$))$")
#: A main verb right after the date of a participle on the subject: "L'accordo … firmato … nell'ottobre 2020 [resta] in
#: vigore", "El acuerdo firmado en Ginebra en octubre de 2020 [sigue] vigente".
_MAIN_VERB_AFTER_PARTICIPLE = re.compile(r",?\s+(?:resta|restano|rimane|rimangono|sigue|siguen|reste|restent|demeure|"
                                         r"demeurent|continua|continuano|continúa|continúan|continue|continuent|permanece|"
                                         r"permanecen|segue|seguem|è|sono|es|son|est|sont|é|são|era|fue|fu|foi|ha|han|hanno|"
                                         r"a|ont|tem|têm|expir\w+|scad\w+|venc\w+|caduc\w+"
                                         # (…or holds: "regge in gran parte", "tient", "se mantiene")
                                         r"|regge|reggono|tient|tiennent|se\s+(?:mantiene|mantienen|maintient|maintiennent|mantém|mantêm))\b")
#: What a closing participle's clause adds after its date, up to the sentence's end: " entre l'État et les forces
#: politiques locales", " con la guerrilla".
_PARTICIPLE_COMPLEMENT_TO_END = re.compile(r"(?P<rest>\s+(?:entre|avec|par|sous|con|por|tra|fra|da|com|pelo|pela)\s[^,;.()]{1,80}?)?"
                                           # (…a name set off in it, and a "whose" clause closing the sentence: "…par le
                                           # commandant des FDS, Mazloum Abdi, dont l'application avait pris du retard.")
                                           r"(?:,\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}(?=,))?"
                                           r"(?:,?\s+(?:dont|cuyo|cuya|cuyos|cuyas|cui|cujo|cuja)\b[^.;!?]*)?"
                                           # (…or a relative clause set off about its noun: "…organisées à Niamey en février
                                           # 2025, qui avaient recommandé…")
                                           r"(?:,\s+(?:qui|que|che|quien|quienes)\s[^.;!?]*)?"
                                           # (…or to a closing attribution: "…, informó el lunes la ONG Foro Penal.")
                                           rf"(?:,\s+(?:{saying_pasts(attributing=True)}|según|selon|secondo|segundo|"
                                           r"ha\s+reso\s+noto)\b[^.;!?]*)?"
                                           # (…or to the main clause's second predicate, a modal's or a future's: "…substitui
                                           # um protocolo assinado em 2007 e deverá entrar em vigor")
                                           r"(?:\s+(?:e|et|y|ed)\s+(?:deverá|deverão|deve|devem|devrait|devraient|doit|doivent|"
                                           r"debería|deberían|debe|deben|dovrebbe|dovrebbero|deve|devono|será|serão|sera|seront|"
                                           r"será|serán|sarà|saranno|pourrait|pourraient|podría|podrían|potrebbe|poderá|poderão)\b"
                                           r"[^.;!?]*)?"
                                           r"\s*(?:[.;!?]\s*)?$")


#: A French, Spanish or Italian participle opening the sentence, its phrase, and the main clause's subject after the comma
#: (an aside may stand between): "Arrivé au pouvoir en avril 2021 à la mort de son père, [il] avait dirigé…".
_FRONTED_ROMANCE_PARTICIPLE = re.compile(r"(?P<part>[A-ZÀ-Ý][a-zà-ÿ]{2,}(?:ée?s?|ado|ada|ados|adas|ido|ida|idos|idas|at[oaie]|it[oaie]|"
                                         r"ie?s?|ue?s?))\s+(?P<rest>[^,;]{3,140}),\s+(?:(?P<aside>[^,;]{2,80}),\s+)?"
                                         # (an adjective may follow the noun, not its auxiliary: "le général [avait] promis")
                                         r"(?P<subject>il|elle|ils|elles|(?:le|la|les|el|los|las|il|lo)\s+[^\W\d_]+"
                                         r"(?:\s+(?!(?:a|avait|avaient|ont|est|était|étaient|sont|fut|sera|va|vient|ha|había|"
                                         r"habían|han|es|era|fue|está|estaba|aveva|avevano|hanno|è|fu|sarà)\b)[^\W\d_]+)?"
                                         r"|[Ll]['’][^\W\d_]+(?:\s+(?:de|d['’]|du)\s*[^\W\d_]+)?"  # ("l'accord de Bougival")
                                         # (not a list's next name: "entre l'État, les indépendantistes et les loyalistes")
                                         r"|[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})\s+(?!(?:et|ou|y|e|o|ni)\b)(?=[a-zà-ÿ])")


#: What opens an aside that says a participle's phrase again, of a second time: "puis ", "et de nouveau ", "luego ".
_AGAIN_ASIDE = re.compile(r"(?:puis|ensuite|et\s+de\s+nouveau|luego|después|y\s+de\s+nuevo|poi|e\s+di\s+nuovo|depois)\s+")


def romance_fronted_participle(sentence: Sentence, t: Timex) -> str | None:
    """"Arrivé au pouvoir en avril 2021 à la mort de son père, il avait dirigé une transition": the date of the opening
    participle's phrase is what it says of the main clause's subject ("Il est arrivé au pouvoir à la mort de son père")."""
    s = sentence.text
    m = _fronted_romance_participle(s)
    if m is None:
        return None
    group = "rest" if m.start("rest") <= t.start - sentence.start < m.end("rest") else "aside"
    if group == "aside" and not (m["aside"] and m.start("aside") <= t.start - sentence.start < m.end("aside")
                                 and _AGAIN_ASIDE.match(m["aside"])):
        return None  # ("Arrivé au pouvoir par un coup d'État en août 2020, puis par un second en mai 2021, le général…": the
        # aside that says it again is the second time's)
    at = m.start(group)
    rest = remove_date_phrase(m[group], t.start - sentence.start - at, t.end - sentence.start - at)
    if group == "aside":
        rest = _AGAIN_ASIDE.sub("", rest, count=1)
        rest = phrase_said_again(m["rest"], rest)
        return f"{m['subject'][:1].upper()}{m['subject'][1:]} {romance_passive(m['part'].lower(), s)} {m['part'].lower()} {rest}".strip()
    part = m["part"].lower()
    subject = m["subject"]
    if m["aside"] and re.search(r"\s(?:et|ou|y|e|o)\s", m["aside"]):  # (…and the list the phrase ended on goes on in it)
        rest = f"{rest.rstrip()}, {m['aside']}"
    return f"{subject[:1].upper()}{subject[1:]} {romance_passive(part, s)} {part} {rest}".strip()


def _fronted_romance_participle(s: str) -> re.Match[str] | None:
    """The opening French, Spanish or Italian participle phrase of `s` (after its dateline), with the main clause's
    subject after it, or None when the sentence opens with none."""
    lead = dateline_end(s)
    lead += len(s[lead:]) - len(s[lead:].lstrip())
    m = _FRONTED_ROMANCE_PARTICIPLE.match(s, lead)
    if m is None or not _reads_romance(s) or re.fullmatch(ROMANCE_NOT_PARTICIPLES, m["part"].lower()):
        return None
    return m


def romance_fronted_main_start(s: str) -> int | None:
    """Where the main clause's subject begins after an opening French, Spanish or Italian participle phrase ("Arrivé au
    pouvoir par un coup d'État en août 2020, [le général] avait promis…"), or None when the sentence opens with none."""
    m = _fronted_romance_participle(s)
    return m.start("subject") if m is not None else None


#: A Romance subject opening its sentence, up to the comma of its participle's aside: an article, then no verb's comma.
_OPENING_SUBJECT = re.compile(r"\s*(?P<np>(?:O|A|Os|As|Le|La|Les|L['’]|El|Los|Las|Il|Lo|Gli|I)\s*[^,;:()]{3,140})")


#: A preposition or an article inside a noun phrase, which opens another phrase: " lors", " d'une", " pour".
_ANOTHER_PHRASE = re.compile(r"\s(?:lors|de|d['’]\w*|du|des|par|pour|avec|sur|dans|à|au|aux|en|une?|la|le|les|l['’]\w*|"
                             r"con|por|para|el|los|las|una|di|da|per|il|gli|com|pelo|pela|na|no)(?=\s|$)")


def _without_contraction(bare: re.Match[str]) -> str:
    """A bare participle's noun phrase told with its own article: "aux assises nationales" are "les assises nationales"."""
    if bare["contracted"] is None:
        return bare["np"]
    return ROMANCE_ARTICLE_OF[bare["contracted"].lower()] + bare["np"][len(bare["contracted"]):]


#: A Romance preposition of time inside a noun phrase, and the phrase it governs: " tras sendas consultas populares".
_TIME_PREPOSITION_INSIDE = re.compile(r"\s(?i:tras|después\s+de|antes\s+de|après|avant|dopo|prima\s+di|após|depois\s+de)"
                                      r"\s+(?P<np>[^\s].*)$")


def romance_participle_title(sentence: Sentence, t: Timex) -> str | None:
    """A date in a French, Spanish, Italian or Portuguese participle set off by commas dates what the
    participle says of the name it stands by: "…Joseph Aoun, élu en janvier 2025, …" → "Joseph Aoun élu"."""
    s = sentence.text
    start = t.start - sentence.start
    published = _ROMANCE_PUBLISHED.search(s, max(0, start - 90), start)
    if published is not None and _reads_romance(s):  # "según un comunicado del tribunal publicado el martes"
        part = published['part'].lower()  # ("Un aviso fue publicado", as a title tells a happening)
        return f"{published['np'][:1].upper()}{published['np'][1:]} {romance_passive(part, s)} {part}"
    m = _ROMANCE_PARTICIPLE.search(s, max(0, start - 60), start)
    if m is not None and re.fullmatch(FOLLOWING_PARTICIPLE, m["part"], re.I):
        return None  # (a participle of following dates what followed: ", seguida en noviembre de un acuerdo marco")
    if m is not None and m["prep"] is None and not _ROMANCE_WEEKDAY.match(t.text) \
            and not _PREPOSITION_LAST.search(m["mid"] or ""):
        m = None  # (only a weekday comes with no preposition: "lu à la télévision publique [mercredi soir]")
    bare = _BARE_ROMANCE_PARTICIPLE.search(s, max(0, start - 80), start) if m is None else None
    while bare is not None and bare["contracted"] and _ANOTHER_PHRASE.search(bare["np"], len(bare["contracted"])):
        # (a contraction's noun phrase is no longer than its noun: "soumis [aux électeurs] lors d'une consultation prévue")
        bare = _BARE_ROMANCE_PARTICIPLE.search(s, bare.start() + 1, start)
    closing = _PARTICIPLE_COMPLEMENT_TO_END.match(s, t.end - sentence.start) if bare is not None else None
    if bare is not None and _reads_romance(s) and closing is None and bare.start() == dateline_end(s) \
            and _MAIN_VERB_AFTER_PARTICIPLE.match(s, date_phrase_end(t, [t]) - sentence.start):
        # "L'accordo di cessate il fuoco firmato a Ginevra nell'ottobre 2020 resta in vigore": the participle on the
        # subject is the date's happening, whatever the main verb says now
        part = bare["part"].lower()
        place = f" {bare['place'].strip()}" if bare["place"] else ""
        np = _without_contraction(bare)
        return f"{np[:1].upper()}{np[1:]} {romance_passive(part, s)} {part}{place}"
    if bare is not None and _reads_romance(s) and closing is not None:
        # "…à l'accord de paix d'Alger signé en 2015.": a participle closing the sentence with its date, no comma (and
        # what it was done between or by: "…l'accord de Bougival conclu en juillet dernier entre l'État et les partis")
        part = bare["part"].lower()
        place = f" {bare['place'].strip()}" if bare["place"] else ""
        np = _without_contraction(bare)
        return f"{np[:1].upper()}{np[1:]} {romance_passive(part, s)} {part}{place}{closing['rest'] or ''}"
    # (a sentence is too short for the language guess: the participle and an article of the language say it)
    if m is None or not _reads_romance(s):
        return None
    part = m["part"].lower()
    if m.group().startswith(","):
        name = _NAME_BEFORE_COMMA.search(s, max(0, m.start() - 60), m.start())
        # (…nor a name joined to another a preposition governs: "O acordo de paz entre a RDC e [o Ruanda], assinado em…")
        joined = name is not None and _JOINED_BEFORE.search(s, max(0, name.start() - 8), name.start()) is not None
        if joined and (subject := _OPENING_SUBJECT.fullmatch(s, dateline_end(s), m.start())) is not None:
            name, joined = subject, False  # (the whole subject opening the sentence, when it is one: the thing done)
        if name is None or joined or _GOVERNING_PREPOSITION.search(s, max(0, name.start() - 12), name.start()) \
                or re.search(r"\b(?:de|da|do|del|di|du|des|della|dei|degli|dos|das)\s+$", s[max(0, name.start() - 8):name.start()]):
            # (…nor is a name of whom or what the noun is: "o processo de desarmamento … dos antigos guerrilheiros [da
            # Renamo], iniciado em julho de 2019" was the process)
            # (a name a preposition governs is the end of a longer noun phrase: "l'accord de paix avec [l'Azerbaïdjan]")
            genitive = name is None or joined or not _GOVERNING_PREPOSITION.search(s, max(0, name.start() - 12), name.start())
            name = _last_free_noun_phrase(s, max(0, m.start() - 70), m.start())
            if name is not None and _JOINED_BEFORE.search(s, max(0, name.start() - 8), name.start()) \
                    and (subject := _OPENING_SUBJECT.fullmatch(s, dateline_end(s), m.start())) is not None:
                name = subject  # (…so is a second noun joined inside it: "I colloqui tra il governo e [i gruppi di
                # opposizione], ripresi a Nairobi il 18 novembre, …" were the talks)
            if name is None and genitive:
                np = _agreeing_governed_phrase(s, max(0, m.start() - 160), m.start(), part)
                if np is not None:
                    return f"{np[:1].upper()}{np[1:]} {romance_passive(part, s)} {part}"
        if name is None:
            return None
        # told as a passive, with what the aside says after its date: "L'accord de Bougival a été signé entre l'État et
        # les principaux partis"
        rest = _ASIDE_REST.match(s, t.end - sentence.start)
        # (…and where, between it and its date: "paraphé [à Washington] le 8 août")
        # (…and a "since" that only bounds it: "cerrado [desde] el 28 de octubre" was closed then)
        told_mid = re.sub(r"(?:^|\s+)(?:desde|depuis|dès|dal|dalla|seit|desde\s+o|desde\s+a)$", "",
                          _PREPOSITION_LAST.sub("", m["mid"] or ""))
        mid = f" {told_mid}" if told_mid and not re.fullmatch(r"(?:le|la|el|il|lo)", told_mid) else ""
        # (…but not a date listed before its own: "rinnovato [nel 2020 e] nel 2023")
        mid = re.sub(r"\s+(?:(?:nel|nell['’]|in|en|em|no|na|a|à|au|le|el|il)\s+)?(?:[^\W\d_]+\s+)?\d{1,4}\s+(?:e|et|y|ed|ou|o)"
                     r"(?:\s+(?:nel|nell['’]|in|en|em|no|na|a|à|au|le|el|il))?$", "", mid)
        np = re.sub(r"^(?:[Dd]e|[Dd]a|[Nn]e|[Ss]u|[Aa])ll(?=['’])", "L", name["np"])  # ("dell'accordo": "L'accordo")
        # (a preposition of time inside it opens the noun the aside is about: "la corte [tras] sendas consultas
        # populares, celebradas en Guatemala en abril de 2018")
        after_time = _TIME_PREPOSITION_INSIDE.search(np)
        if after_time is not None:
            np = after_time["np"]
        if _ROMANCE_PLAN_PARTICIPLE.fullmatch(part) and len(s[dateline_end(s):name.start()].split()) < 2:
            return None  # (the subject's plan is told by its own verb: "Le ultime elezioni, previste per il 24 dicembre
            # 2021, non si sono mai tenute")
        if _ROMANCE_PLAN_PARTICIPLE.fullmatch(part):
            # "…un nuovo rinvio delle elezioni generali, previste per il dicembre 2026": what is planned for then is the
            # title, the last thing the phrase names ("Le elezioni generali")
            held = list(_CONTRACTED_ARTICLE.finditer(np))
            if held:
                article = ROMANCE_ARTICLE_OF.get(held[-1]["c"].lower(), _ARTICLE_OF_CONTRACTION.get(held[-1]["c"].lower(), ""))
                space = "" if article.endswith(("'", "’")) else " "
                np = f"{article}{space}{np[held[-1].end():]}"
            np = _ROMANCE_HOLDING_OF.sub("", np)
            return np[:1].upper() + np[1:]
        return f"{np} {romance_passive(part, s)} {part}{mid}{rest['rest'] if rest else ''}"
    if m.start() != dateline_end(s):
        return None
    subject = _SUBJECT_AFTER_COMMA.search(s, start)
    return f"{subject['np']} {part}" if subject is not None else None


#: A Romance relative clause after its noun, right up to its date: "…el cese al fuego bilateral, que entrará en
#: vigor el próximo [2 de diciembre]", "…la conférence, qui se tiendra le [3 mars]".
_ROMANCE_RELATIVE = re.compile(r"(?P<np>\b(?:(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|un|una|une|uno|um|uma|al|del|au|du)\b\s*"
                               r"|l['’])[^,;:()]{2,60}?),\s+(?P<rel>que|qui|che|quien)\s+"
                               r"(?P<rest>[^,;:()]{3,100}?)\s+(?:(?:el|le|la|il|lo|en|à|au|a|nel|del|al|no|em|entre|tra|fra)\s+)?"
                               r"(?:(?:próximo|pasado|prochain|dernier|prossimo|scorso)\s+)?$", re.I)
#: A restrictive clause's own subject, a name or an article's noun, then its verb: "[Adís Abeba firmó]", "[la junte a]" (not
#: "prevê a realização", whose "a" is an article).
_RESTRICTIVE_SUBJECT_THEN_VERB = re.compile(r"(?:(?:l['’]|(?:le|la|les|el|los|las|il|lo|gli|o|os|as)\s+)[a-zà-ÿ][\w-]+"
                                            r"|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})"
                                            r"\s+(?:a|ont|avait|avaient|ha|han|había|habían|hanno|aveva|avevano|tem|têm|"
                                            r"[a-zà-ÿ]{3,}(?:ó|aron|ou|aram|ò|arono|iu|eu))\b")
#: An object pronoun or "se" and the verb after a restrictive "que": "[los enfrentó]", "[se reunirá]".
_CLITIC_THEN_VERB = re.compile(r"(?:se|los|las|lo|la|le|les|nos|si|ci|li)\s+(?P<verb>[^\W\d_]{3,})", re.I)
#: A compound past's participle right after its auxiliary: " signé", " firmado", " firmato".
_PARTICIPLE_AFTER_AUXILIARY = re.compile(r"\s+[a-zà-ÿ]{2,}(?:ée?s?|is|it|ert|u|ad[oa]s?|id[oa]s?|at[oaie]|it[oaie]|ut[oaie])\b")
#: …or with no comma, a restrictive clause with its own subject: "…el memorando [que] Adís Abeba firmó con Somalilandia el".
_ROMANCE_RESTRICTIVE_RELATIVE = re.compile(r"(?P<np>\b(?:(?:el|la|los|las|le|les|il|lo|gli|un|una|une|uno|um|uma|al|del|au|du)\b\s*"
                                           r"|l['’])[^,;:()]{2,60}?)"
                                           # (not a conjunction's "que": "desde que", "después de que", "bien que")
                                           r"(?<!\bdesde)(?<!\bde)(?<!\bdès)(?<!\bdepuis)(?<!\bavant)(?<!\baprès)(?<!\bbien)"
                                           r"(?<!\bpour)(?<!\bsans)(?<!\bdopo)(?<!\bprima)(?<!\bhasta)(?<!\bpara)(?<!\bya)"
                                           r"(?<!\bassim)(?<!\bantes)(?<!\bdepois)(?<!\bpor)(?<!\bsin)(?<!\bmientras)(?<!\bsempre)"
                                           r"\s+(?P<rel>que|che)\s+"
                                           r"(?P<rest>[^,;:()]{3,100}?)\s+(?:(?:el|le|la|il|lo|en|à|au|a|nel|del|al|no|em)\s+)?$",
                                           re.I)
#: …or with its date first, right after the relative pronoun: "…del canciller ecuatoriano, que [el viernes] se reunirá con…".
_ROMANCE_RELATIVE_DATE_FIRST = re.compile(r"(?P<np>\b(?:(?:el|la|los|las|le|les|il|lo|gli|o|a|os|as|un|una|une|uno|um|uma|al|"
                                          r"del|au|du)\b\s*|l['’])[^,;:()]{2,60}?),\s+(?P<rel>que|qui|che|quien)\s+"
                                          r"(?:(?:el|le|la|il|lo|este|esta|ce|cette|questo|questa|o|a|na|no|nesta|neste)\s+)?$", re.I)


#: A place's relative clause with a subject and a verb of its own: ", où le FLNKS a confirmé samedi son rejet",
#: ", donde el ejército tomó en mayo la ciudad", ", dove i ministri si sono riuniti lunedì".
_ROMANCE_WHERE_CLAUSE = re.compile(r",\s+(?:où|donde|dove|onde)\s+(?P<clause>(?:l['’]|(?:le|la|les|el|los|las|il|lo|i|gli|o|a|os|as)\s+|"
                                   r"[A-ZÀ-Ý])[^,;:]{5,200})")


def romance_where_clause(sentence: Sentence, t: Timex) -> str | None:
    """"…continue de diviser la Nouvelle-Calédonie, où le FLNKS a confirmé samedi son rejet du texte": the date in a
    place's relative clause with its own subject and verb is what that clause tells ("Le FLNKS a confirmé son rejet…")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _ROMANCE_WHERE_CLAUSE.search(s, max(0, start - 160))
    if m is None or not m.start("clause") < start < m.end("clause") or not _reads_romance(s) \
            or not (FOREIGN_PAST.search(m["clause"]) or _ROMANCE_FUTURE_OR_PRESENT_VERB.search(m["clause"])):
        return None
    clause = remove_date_phrase(m["clause"], start - m.start("clause"), t.end - sentence.start - m.start("clause"))
    clause = clause.strip(" .")
    return clause[:1].upper() + clause[1:]


#: A Russian or Ukrainian place's clause with a past of its own, and the place named before it: "…положение [в Сирии], где
#: в марте прошли первые парламентские выборы".
_SLAVIC_WHERE_CLAUSE = re.compile(r"(?P<place>(?<!\w)(?:в|во|на|у)\s+[А-ЯЁІЇЄ][\w-]*(?:\s+[А-ЯЁІЇЄ][\w-]*)?),\s+(?:где|де)\s+"
                                  r"(?P<clause>[^,;:]{5,200})")
#: A Russian or Ukrainian past: "прошли", "состоялась", "відбулися".
_SLAVIC_PAST = re.compile(r"(?<!\w)[а-яёіїє]{3,}(?:ли|ла|ло|л)(?:ся|сь)?(?!\w)")


def slavic_where_clause(sentence: Sentence, t: Timex) -> str | None:
    """"Стороны обсудили положение в Сирии, где в марте прошли первые за десятилетие парламентские выборы": the date in
    a place's clause with a past of its own is what that clause tells, at the place ("В Сирии прошли первые…")."""
    s = sentence.text
    start = t.start - sentence.start
    m = _SLAVIC_WHERE_CLAUSE.search(s, max(0, start - 200), start + 200)
    if m is None or not m.start("clause") <= start < m.end("clause") or not _SLAVIC_PAST.search(m["clause"]):
        return None
    clause = remove_date_phrase(m["clause"], start - m.start("clause"), t.end - sentence.start - m.start("clause"))
    return f"{m['place'][:1].upper()}{m['place'][1:]} {clause.strip(' .')}"


#: A French, Spanish, Italian or Portuguese future or a present of the third person, which a place's clause tells too:
#: "où se tiendra", "donde se reúnen".
_ROMANCE_FUTURE_OR_PRESENT_VERB = re.compile(r"(?<!\w)[^\W\d_]{3,}(?:era|eront|ira|iront|ará|arán|erá|erán|irá|irán|erà|eranno|"
                                             r"irà|iranno)(?!\w)")


#: A noun phrase, then a "whose" clause in Spanish, Portuguese or French up to a date: "El consejo de transición,
#: cuyo mandato expiró [el 7 de febrero]", "Le conseil, dont le mandat a expiré [le 7 février]".
_ROMANCE_WHOSE = re.compile(r"(?:^|,\s+|\s)(?P<np>(?i:el|la|los|las|le|les|o|a|os|as|un|une|una|um|uma)\s[^,;:()\"“”]{2,80}?|"
                            r"[Ll]['’][^,;:()\"“”]{2,80}?)"
                            # (…its acronym set off after it: "la Force intérimaire des Nations unies au Liban [(Finul)]")
                            r"(?P<acronym>\s+\([A-ZÀ-Ý][\w-]{1,9}\))?,?\s+"
                            r"(?P<rel>cuy[oa]s?|cuj[oa]s?|dont\s+(?:le|la|les|l['’]))\s*(?P<owned>[a-zà-ÿ][\w-]+(?:\s+[a-zà-ÿ][\w-]+)??)"
                            # (…and the one it names: "cuya candidata [María Corina Machado] recibió")
                            r"(?:\s+(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+)?[A-ZÀ-Ý][\w'’-]+){0,3}))?"
                            # (…then its verb: "[expiró]", "[a expiré]", "[ont quitté]", "[foi] extinto")
                            r"\s+(?=(?:a|ont|est|sont|avait|avaient|ha|han|había|fue|fueron|foi|foram|tem|têm)\s|"
                            r"[a-zà-ÿ]{3,}(?:ó|ou|aron|aram|eu|iu)\b"
                            # (…or a present of a term's course: "cuyo mandato [termina] en agosto", "dont le mandat
                            # [s'achève] en mai")
                            r"|(?:termina|terminan|expira|expiran|vence|vencen|acaba|caduca|concluye|terminam|"
                            r"termine|expire|s['’]achève|prend\s+fin)\b"
                            # (…or its future: "dont le mandat [prendra] fin", "cuyo mandato [expirará]")
                            r"|[a-zà-ÿ]{3,}(?:ra|ront|rá|rán|rão)\b)"
                            r"(?P<rest>[^,;:()\"“”]{2,120}?)\s+(?:(?:el|le|em|en|a|o|no|na|au)\s+)?$")
#: An article and a capitalised name inside a noun phrase: "…du retrait de [la Force] intérimaire".
_ARTICLE_THEN_NAME = re.compile(r"(?:^|\s)(?P<np>(?:la|le|les|el|los|las|o|a|os|as)\s+[A-ZÀ-Ý]|[Ll]['’][A-ZÀ-Ý])")
#: The owned noun's article, said by the relative word: "cuyo" → "el", "cuja" → "a", "dont la" → "la".
_WHOSE_ARTICLE = {"cuyo": "el", "cuya": "la", "cuyos": "los", "cuyas": "las", "cujo": "o", "cuja": "a", "cujos": "os",
                  "cujas": "as"}
#: "Of" joined to the owner's article: "de" + "el consejo" → "del consejo".
_OF_ARTICLE = {"es": {"el": "del", "la": "de la", "los": "de los", "las": "de las", "un": "de un", "una": "de una"},
               "pt": {"o": "do", "a": "da", "os": "dos", "as": "das", "um": "de um", "uma": "de uma"},
               "fr": {"le": "du", "la": "de la", "les": "des", "l'": "de l'", "l’": "de l’", "un": "d'un", "une": "d'une"}}
#: A present participle's phrase on the owner, which the title leaves: "un oléoduc [reliant les champs … au port de Sèmè]".
_OWNER_PARTICIPLE_PHRASE = re.compile(r"\s+[a-zà-ÿ]{3,}(?:ant|ando|endo|indo)\s.*$")


#: A Romance "but" opening a clause of its own after a comma: ", ma le elezioni…", ", pero las elecciones…", ", mais…".
_ROMANCE_BUT = re.compile(r",\s+(?:ma|però|pero|mais|mas)\s+(?=(?:l['’]|(?:le|la|les|il|lo|gli|i|el|los|las|o|os|as|a|un|una|une|"
                          r"uno|um|uma)\s|[A-ZÀ-Ý]))")


def romance_but_clause(sentence: Sentence, t: Timex) -> str | None:
    """"L'accordo resta in vigore, ma le elezioni previste per il dicembre 2021 non si sono mai tenute": a clause after a
    Romance "but" that holds the date is the date's happening (told without the date)."""
    s = sentence.text
    start = t.start - sentence.start
    but = next(reversed(list(_ROMANCE_BUT.finditer(s, 0, start))), None)
    if but is None or not _reads_romance(s):
        return None
    rest = s[but.end():]
    told = remove_date_phrase(rest, start - but.end(), t.end - sentence.start - but.end())
    return told[:1].upper() + told[1:]


#: A name, then a Romance relative clause about the person, to the clause's end: "Tajani, che la settimana scorsa aveva
#: incontrato a Roma il premier libico", "Barrot, qui avait rencontré la semaine dernière…".
_NAME_RELATIVE = re.compile(r"(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de|da|di|del|van|von|[A-ZÀ-Ý][\w'’-]+))*),\s+"
                            r"(?:che|que|qui|quien)\s+(?P<clause>[^,;:()\"“”«»]{6,160})")


def romance_name_relative_title(sentence: Sentence, t: Timex) -> str | None:
    """"…, ha detto Tajani, che la settimana scorsa aveva incontrato a Roma il premier libico": a date inside a relative
    clause about a named person dates what the clause says the person did ("Tajani aveva incontrato a Roma il premier
    libico"), not the main clause."""
    s = sentence.text
    start = t.start - sentence.start
    m = next((m for m in _NAME_RELATIVE.finditer(s, max(0, start - 200), min(len(s), start + 200))
              if m.start("clause") <= start and t.end - sentence.start <= m.end("clause")), None)
    # (not a name a preposition governs, "l'envoyé de Estados Unidos, que…", nor an object's clause, "…, que l'Azerbaïdjan
    # a repris", nor a range's: "…, que gobernó entre 2006 y 2019")
    if m is None or not _reads_romance(s) or t.range_id is not None or _SUBJECT_THEN_VERB.match(m["clause"]) \
            or re.search(r"\b(?:de|del|du|des|da|di|do|della|of)\s+$|\bd['’]$", s[max(0, m.start() - 6):m.start()]):
        return None
    told = remove_date_phrase(m["clause"], start - m.start("clause"), t.end - sentence.start - m.start("clause"))
    return f"{m['name']} {told.strip().rstrip('.')}" if re.search(r"[^\W\d_]{3,}", told) else None


def romance_whose_title(sentence: Sentence, t: Timex) -> str | None:
    """"El consejo presidencial, cuyo mandato expiró el 7 de febrero, fue sustituido en agosto": the date of a "whose"
    clause is what the clause tells of the owned noun ("El mandato del consejo presidencial expiró"), not the main
    clause's happening."""
    s = sentence.text
    # (from the space before the first word after a dateline, which the pattern opens on)
    m = _ROMANCE_WHOSE.search(s, max(0, dateline_end(s) - 1), t.start - sentence.start)
    past = FOREIGN_PAST.search(m["np"]) if m is not None and m["acronym"] else None
    if past is not None:  # ("Le Conseil a approuvé le calendrier du départ de la Mission … (Monug), dont": the name's)
        m = _ROMANCE_WHOSE.search(s, m.start("np") + past.end(), t.start - sentence.start)
    # (a noun phrase, not a clause, owns it: not "la junte a rompu avec la France, dont les derniers soldats…")
    if m is None or FOREIGN_PAST.search(m["np"]):
        return None
    rel = m["rel"].lower()
    if rel.startswith("dont"):
        article, lang = rel.split(None, 1)[1] if " " in rel else rel[4:].strip(), "fr"
    else:
        article, lang = _WHOSE_ARTICLE[rel], "es" if rel.startswith("cuy") else "pt"
    np = m["np"]
    named = list(_ARTICLE_THEN_NAME.finditer(np)) if m["acronym"] else []
    if named:  # ("le calendrier du retrait de la Force intérimaire … (Finul), dont le mandat": the name the acronym is of)
        np = np[named[-1].start("np"):]
    np = _OWNER_PARTICIPLE_PHRASE.sub("", np)
    first = re.match(r"(?i:el|la|los|las|le|les|o|a|os|as|un|une|una|um|uma)\s|[Ll]['’]", np)
    of = _OF_ARTICLE[lang].get(first.group().strip().lower()) if first is not None else None
    if of is None:
        return None
    owner = f"{of}{'' if of.endswith(('’', chr(39))) else ' '}{np[first.end():]}"
    joined = "" if article.endswith(("'", "’")) else " "
    if m["name"]:  # "La oposición, cuya candidata María Corina Machado recibió el Premio Nobel…": the one named did it
        return f"{m['name']} {m['rest']}"
    done_by = _VERB_THEN_NAMED_SUBJECT.fullmatch(m["rest"])
    if done_by is not None:
        # "el río cuyo caso resolvió la Corte Internacional de Justicia": the owned noun is the object, the named body
        # after the verb did it ("La Corte Internacional de Justicia resolvió el caso del río")
        return f"{done_by['subject'][:1].upper()}{done_by['subject'][1:]} {done_by['verb']} {article}{joined}{m['owned']} {owner}"
    return f"{article[:1].upper()}{article[1:]}{joined}{m['owned']} {owner} {m['rest']}"


#: A Spanish or Portuguese preterite and the named subject after it: "resolvió [la Corte Internacional de Justicia]".
_VERB_THEN_NAMED_SUBJECT = re.compile(r"(?P<verb>[a-zà-ÿ]{3,}(?:ó|ou|aron|aram|eu|iu))\s+"
                                      r"(?P<subject>(?:la|el|los|las|o|a|os|as)\s+[A-ZÁÉÍÓÚ][^,;:()]*)")


#: A German relative clause after its comma that closes the sentence, its verb last: "…, [das] [ihm bereits im August das
#: Mandat entzogen] [hatte]."
_GERMAN_CLOSING_RELATIVE = re.compile(r",\s+(?P<pron>der|die|das)\s+(?P<rest>[^,;:()]{3,160}?)\s+(?P<verb>[a-zäöüß]{3,})\s*[.!?]?\s*$")
#: The article a noun phrase takes as the subject of its own clause, by the relative pronoun's gender and the article it had:
#: "das" a neuter's ("einem Urteil" → "Ein Urteil"), "der" a masculine's, "die" a feminine's or a plural's.
_GERMAN_NOMINATIVE = {"das": {"einem": "Ein", "eines": "Ein", "dem": "Das", "ein": "Ein", "das": "Das"},
                      "der": {"einem": "Ein", "eines": "Ein", "einen": "Ein", "dem": "Der", "den": "Der", "ein": "Ein",
                              "der": "Der"},
                      "die": {"einer": "Eine", "der": "Die", "den": "Die", "eine": "Eine", "die": "Die"}}


#: A preposition and its article in one word, and the article it holds: "zum" is "zu dem", "zur" "zu der".
_GERMAN_CONTRACTED_ARTICLE = {"zum": "dem", "im": "dem", "am": "dem", "vom": "dem", "beim": "dem", "zur": "der", "ins": "das"}


def german_closing_relative_title(sentence: Sentence, t: Timex) -> str | None:
    """"Er zog die Konsequenz aus einem Urteil des Staatsgerichts, das ihm bereits im August das Mandat entzogen hatte": the
    only date, in a relative clause closing the sentence, dates what the clause tells of its noun ("Ein Urteil des
    Staatsgerichts hatte ihm bereits das Mandat entzogen"), the finite verb put back second."""
    s = sentence.text
    m = _GERMAN_CLOSING_RELATIVE.search(s, max(0, t.start - sentence.start - 200))
    if m is None or language_of(s) != "de" or not m.start("rest") <= t.start - sentence.start < m.end("rest"):
        return None
    # the noun phrase is the last article's before the comma, not a genitive's after a noun ("Urteil [des] Staatsgerichts")
    words = list(re.finditer(r"\S+", s[max(0, m.start() - 80):m.start()]))
    for i in range(len(words) - 1, 0, -1):
        # (a preposition's contracted article is one too: "kam es zum Krieg, der…" is "zu dem Krieg")
        word = words[i].group().lower()
        article = _GERMAN_NOMINATIVE[m["pron"]].get(_GERMAN_CONTRACTED_ARTICLE.get(word, word))
        if words[i - 1].group()[:1].isupper() and words[i].group().lower() in ("des", "der"):
            continue  # (a genitive after its noun)
        if article is None:
            continue
        np = s[max(0, m.start() - 80) + words[i].end():m.start()].strip()
        initials = re.match(r"[A-ZÄÖÜ]{2,6}\s+(?=[A-ZÄÖÜ][a-zäöüß])", np)
        if initials is not None:
            # ("verhängte die EU Maßnahmen gegen das Kosovo, die…": the article was the initials' own; the noun after them
            # is a bare plural)
            np, article = np[initials.end():], ""
        # (a separable verb's particle closes the main clause, no part of the noun: "geht auf ein Abkommen [zurück], das…")
        np = _GERMAN_PARTICLE_END.sub("", np)
        # (…nor does the main clause's participle, lower case where a noun is capitalised: "hatte die Gespräche [vermittelt],
        # die…")
        np = re.sub(r"(\b[A-ZÄÖÜ][\w-]+)(?:\s+[a-zäöüß][\w-]*(?:t|en))+$", r"\1", np)
        # (…nor the infinitive the noun is the object of: "beschlossen, das 19. Sanktionspaket … [zu übernehmen], das…")
        np = re.sub(r"\s+zu\s+[a-zäöüß]+$", "", np)
        rest = remove_date_phrase(m["rest"], t.start - sentence.start - m.start("rest"), t.end - sentence.start - m.start("rest"))
        own_subject = _GERMAN_PLURAL_SUBJECT.match(rest.strip()) \
            if m["verb"].endswith("en") and words[i].group().lower() in _GERMAN_SINGULAR_ARTICLES else None
        if own_subject is not None:
            # "…ein Rahmenabkommen, das beide Seiten Mitte November in Doha unterzeichnet hatten": a plural verb after a
            # singular noun has a subject of its own, the noun its object ("Beide Seiten hatten in Doha ein Rahmenabkommen
            # unterzeichnet")
            between, _, participle = rest.strip()[own_subject.end():].rpartition(" ")
            subject = own_subject["np"]
            accusative = _GERMAN_ACCUSATIVE[m["pron"]].get(words[i].group().lower(), words[i].group().lower())
            return " ".join(part for part in (f"{subject[:1].upper()}{subject[1:]}", m["verb"], between.strip(), accusative, np,
                                              participle) if part)
        separable = _GERMAN_SEPARABLE_VERB.fullmatch(m["verb"])
        if separable is not None:  # "die am Montag in Putrajaya [stattfanden]": "Die Gespräche fanden in Putrajaya statt"
            return f"{article} {np} {separable['verb']} {rest.strip()} {separable['particle']}".replace("  ", " ").strip()
        np = _german_nominative_adjectives(np, m["pron"], article, word)
        return f"{article} {np} {m['verb']} {rest.strip()}".strip()
    return None


#: The ending an adjective takes before a singular subject's noun, by the relative pronoun's gender and the article.
_GERMAN_NOMINATIVE_ENDING = {("der", "Ein"): "er", ("der", "Der"): "e", ("das", "Ein"): "es", ("das", "Das"): "e",
                             ("die", "Eine"): "e"}


def _german_nominative_adjectives(np: str, pron: str, article: str, was: str) -> str:
    """"mehr als einjährigen Krieg" → "mehr als einjähriger Krieg": an object's adjectives take the subject's endings with
    its article ("einen … Krieg" becomes "Ein … Krieg"); a plural's, or a feminine's after "der" (a dative or a plural), are
    left as they were."""
    ending = _GERMAN_NOMINATIVE_ENDING.get((pron, article))
    noun = re.search(r"(?<![\w-])[A-ZÄÖÜ]", np)
    if ending is None or noun is None or (pron == "die" and was not in ("einer",)):
        return np
    head = re.sub(r"(?<![\w-])([a-zäöüß][a-zäöüß-]{2,})e[nm](?=\s)", lambda a: a[1] + ending, np[:noun.start()])
    return head + np[noun.start():]


#: A German "whose" clause after its noun phrase, up to its verb: "…einem Rahmenabkommen zugestimmt, [dessen] [Umsetzungsplan]
#: [im März 2023 in Ohrid vereinbart] [wurde]".
_GERMAN_WHOSE = re.compile(r"(?P<art>\b(?:dem|den|der|die|das|einem|einen|einer|eine|ein))\s+(?P<adj>(?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2})"
                           r"(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)(?:\s+[a-zäöüß]{3,}(?:t|en))?,\s+(?P<pron>dessen|deren)\s+"
                           r"(?P<owned>(?:[a-zäöüß]+(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\wäöüß-]*)\s+"
                           r"(?P<rest>[^,;:()]{3,160}?)\s+(?P<verb>[a-zäöüß]{3,})(?=\s*(?:[,;.!?]|$))")
#: The genitive article of the noun phrase a German "whose" clause owns: "dessen" a masculine's or a neuter's, "deren" a
#: feminine's or a plural's.
_GERMAN_GENITIVE_ARTICLE = {"dessen": {"dem": "des", "den": "des", "der": "des", "das": "des", "einem": "eines", "einen": "eines",
                                       "ein": "eines"},
                            "deren": {"der": "der", "die": "der", "den": "der", "einer": "einer", "eine": "einer"}}


def german_whose_title(sentence: Sentence, t: Timex) -> str | None:
    """"Beide Seiten hatten im Februar 2023 einem Rahmenabkommen zugestimmt, dessen Umsetzungsplan im März 2023 in Ohrid
    vereinbart wurde": the date inside a "whose" clause dates what the clause tells of the owned noun ("Umsetzungsplan
    eines Rahmenabkommens wurde in Ohrid vereinbart"), not the main clause's happening."""
    s = sentence.text
    rel = t.start - sentence.start
    m = _GERMAN_WHOSE.search(s, max(0, rel - 200), min(len(s), t.end - sentence.start + 160))
    if m is None or not m.start("rest") <= rel < m.end("rest") or language_of(s) != "de":
        return None
    article = _GERMAN_GENITIVE_ARTICLE[m["pron"]].get(m["art"].lower())
    if article is None:
        return None
    noun = m["noun"]
    if m["pron"] == "dessen":  # (a strong noun's genitive "-s", "-es" after a hiss; a weak one's "-en": "des Präsidenten")
        noun += "en" if re.search(r"(?:ent|ant|ist|at)$", noun) else "n" if noun.endswith("e") \
            else "es" if noun.endswith(("s", "ß", "x", "z")) else "s"
    adjectives = " ".join(re.sub(r"(?:e|en|er|es|em)$", "en", a) for a in m["adj"].split())
    owner = " ".join(part for part in (article, adjectives, noun) if part)
    rest = remove_date_phrase(m["rest"], rel - m.start("rest"), t.end - sentence.start - m.start("rest")).strip()
    separable = _GERMAN_SEPARABLE_VERB.fullmatch(m["verb"])
    if separable is not None:
        return f"{m['owned']} {owner} {separable['verb']} {rest} {separable['particle']}".replace("  ", " ")
    return f"{m['owned']} {owner} {m['verb']} {rest}".strip()


#: A German noun phrase whose participle a date qualifies, from its article to the date: "ihre [im] ", "ein [im] ".
_GERMAN_ATTRIBUTE_OPENING = re.compile(r"(?<![\w-])(?P<det>der|die|das|ein|eine|einer|einem|eines|einen|ihre|seine|deren|dessen|"
                                       r"unsere)\s+"
                                       r"(?:(?:im|am|seit|vom|bereits|erst|schon|Anfang|Mitte|Ende)\s+){0,3}$", re.IGNORECASE)
#: The inflected participle and its noun after the date: " abgebrochenen Friedensgespräche", " vereinbarter Waffenstillstand"
#: (a few words of where or how may come between: " in Doha unterzeichnete").
_GERMAN_ATTRIBUTE_CLOSING = re.compile(r"(?:\s+(?:in|mit|von|zwischen|unter)\s+(?:[\wäöüß-]+\s+){0,2}?[A-ZÄÖÜ][\wäöüß-]*)?"
                                       r"\s+(?P<participle>(?:[a-zäöüß]{0,6}ge[a-zäöüß]{2,}|(?:ver|be|er|ent|zer|unter|über|miss)"
                                       r"[a-zäöüß]{2,}|[a-zäöüß]{3,}iert)(?:t|en))(?P<ending>e|en|er|es)"
                                       r"\s+(?P<noun>[A-ZÄÖÜ][\wäöüß-]+)(?![\wäöüß-])")
#: Participles of a plan or a reckoning, whose date is no doing of the noun's: "die für Februar [geplanten] Gespräche", "im
#: [vergangenen] Jahr".
_GERMAN_NOT_DONE = {"geplant", "vorgesehen", "angesetzt", "anberaumt", "erwartet", "terminiert", "vergangen", "gewesen",
                    "verblieben", "bevorstanden", "genannt", "erwähnt", "gegangen", "gelegen"}
#: The endings of a German feminine noun in the singular: "-vereinbarung", "-ruhe", "-konferenz", "-resolution".
_GERMAN_FEMININE_SINGULAR_END = re.compile(r"(?:ung|heit|keit|schaft|ion|tät|ei|ie|ik|enz|anz|ur|ruhe|nahme|wahl|frist|krise|"
                                           r"runde|reise|grenze)$")
#: The article a noun takes as a title's subject, by the participle's ending (a plural's "-en" after a definite article).
_GERMAN_SUBJECT_ARTICLE = {"e": "Die", "en": "Die", "er": "Der", "es": "Das"}


def german_attributive_participle_title(sentence: Sentence, t: Timex) -> str | None:
    """"…wollen ihre im Januar 2025 abgebrochenen Friedensgespräche im Februar wieder aufnehmen": a date inside a
    participle's phrase before its noun dates the participle, told as the noun's passive ("Die Friedensgespräche wurden
    abgebrochen"), whatever the main verb does."""
    s = sentence.text
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    opening = _GERMAN_ATTRIBUTE_OPENING.search(s, max(0, rel_start - 40), rel_start)
    closing = _GERMAN_ATTRIBUTE_CLOSING.match(s, rel_end) if opening is not None else None
    if closing is None or closing["participle"].lower() in _GERMAN_NOT_DONE or language_of(s) != "de":
        return None
    det = opening["det"].lower()
    indefinite = det.startswith("ein")
    # (an indefinite article's case ending tells the noun's gender, whatever the participle's: "trotz [einer] im Juli
    # vereinbarten Waffenruhe" is "Eine Waffenruhe"; "einem", "eines", "einen" are a masculine's or a neuter's, "Ein")
    article = ("Eine" if det in ("eine", "einer") else "Ein") if indefinite else _GERMAN_SUBJECT_ARTICLE[closing["ending"]]
    # (after "der" a weak ending is a feminine singular's too, told by its noun: "trotz der im Juni unterzeichneten
    # Friedensvereinbarung" is "Die Friedensvereinbarung wurde", "der im Juli begonnenen Gespräche" a plural's)
    plural = closing["ending"] == "en" and not indefinite \
        and not (det == "der" and _GERMAN_FEMININE_SINGULAR_END.search(closing["noun"]))
    return f"{article} {closing['noun']} {'wurden' if plural else 'wurde'} {closing['participle']}"


#: The endings of a Romance past participle, regular and the common irregular ones ("suspensas", "repris", "aperto").
_GAPPED_PARTICIPLE_END = r"(?:ad[oa]s?|id[oa]s?|é(?:e|s|es)?|u(?:e|s|es)?|is(?:e|es)?|at[oaie]|ut[oaie]|it[oaie]|ert[oaie]|s[oa]s?)\b"
#: A Romance passive with two participles joined by "and", each with its own date: "As conversas [foram] [suspensas] em
#: abril de 2025, …, e [retomadas] em outubro", "Les pourparlers [ont été] [suspendus] en avril et [repris] en octobre".
_ROMANCE_GAPPED_PASSIVE = re.compile(
    r"(?P<head>(?:^|(?<=[.;:]\s))[^,;:]{3,120}?\s(?:foram|foi|fueron|fue|han\s+sido|ha\s+sido|ont\s+été|a\s+été|"
    r"furono|fu|sono\s+stat[ie]|è\s+stat[oa]|sont|est))\s+"
    r"(?P<first>(?:[^\W\d_]+mente\s+|d['’]abord\s+)?[^\W\d_]{3,}?" + _GAPPED_PARTICIPLE_END + r")"
    r"(?P<middle>\s[^;]{3,200}?),?\s+(?:e|y|et|ed)\s+(?:(?:depois|después|ensuite|poi|luego|más\s+tarde|mais\s+tarde)\s+)?"
    r"(?P<second>[^\W\d_]{3,}?" + _GAPPED_PARTICIPLE_END + r")(?P<rest>\s[^;]*)$")


def romance_gapped_passive_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"As conversas foram suspensas em abril de 2025 … e retomadas em outubro do mesmo ano": each date goes with the
    participle before it, told with the shared subject and auxiliary ("As conversas foram retomadas")."""
    s = sentence.text
    if len(inside) < 2 or language_of(s) not in ("pt", "es", "fr", "it"):
        return None
    m = _ROMANCE_GAPPED_PASSIVE.search(s[dateline_end(s):])
    if m is None:
        return None
    lead = dateline_end(s)
    rel = t.start - sentence.start - lead
    dated = [o.start - sentence.start - lead for o in inside]
    # (each participle has a date of its own: one in the middle, one after the second)
    if not any(m.start("middle") <= d < m.end("middle") for d in dated) or not any(d >= m.start("rest") for d in dated):
        return None
    head = m["head"].strip()
    if m.start("middle") <= rel < m.end("middle"):
        return f"{head} {m['first'].strip()}"
    if rel >= m.start("rest"):
        return f"{head} {m['second']}"
    return None


#: A German participle closing its clause: "eingenommen", "erobert", "unterzeichnet", "stationiert".
_GERMAN_PARTICIPLE = r"(?:[a-zäöüß]{0,8}ge[a-zäöüß]{2,}(?:t|en)|(?:ver|be|er|ent|zer|über|unter)[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert)"
#: A German perfect whose auxiliary two participles share, each with its own phrase: "Die M23 [hatte] Ende Januar 2025 die
#: Provinzhauptstadt Goma [eingenommen] und im Februar auch Bukavu [erobert]".
_GERMAN_GAPPED_PERFECT = re.compile(rf"(?P<head>[A-ZÄÖÜ][^,;:]{{1,80}}?\s(?:hatte|hatten|hat|haben|ist|sind|war|waren))\s+"
                                    rf"(?P<first>[^,;:]{{3,200}}?\s{_GERMAN_PARTICIPLE}),?\s+und\s+"
                                    rf"(?P<second>[^,;:]{{3,200}}?\s{_GERMAN_PARTICIPLE})\s*[.!]?\s*$")


def german_gapped_perfect_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Die M23 hatte Ende Januar 2025 Goma eingenommen und im Februar auch Bukavu erobert": a date of the second
    participle's phrase is that participle's, told with the shared subject and auxiliary ("Die M23 hatte auch Bukavu
    erobert"), not with the first's."""
    s = sentence.text
    if len(inside) < 2 or language_of(s) != "de":
        return None
    lead = dateline_end(s)
    m = _GERMAN_GAPPED_PERFECT.match(s, lead)
    rel, rel_end = t.start - sentence.start, t.end - sentence.start
    if m is None or not m.start("second") <= rel < m.end("second") \
            or not any(m.start("first") <= o.start - sentence.start < m.end("first") for o in inside):
        return None
    second = remove_date_phrase(s[m.start("second"):m.end("second")], rel - m.start("second"), rel_end - m.start("second"),
                                own=True)
    return f"{m['head'].strip()} {second.strip()}"


#: A separable verb closing a subordinate clause, its particle joined on: "stattfanden", "zurücktraten", "teilnahmen".
#: (not "an" nor "ein", which open verbs of their own: "antworteten", "einigten")
#: The particles German joins to the front of a verb closing its clause: "[zusammen]kamen", "[statt]finden".
_SEPARABLE_PARTICLES = r"zusammen|zurück|statt|teil|fest|weiter|fort|bekannt|ab|auf|aus|vor|mit|bei|nach|zu"
_GERMAN_SEPARABLE_VERB = re.compile(rf"(?P<particle>{_SEPARABLE_PARTICLES})(?P<verb>[a-zäöüß]{{4,}}(?:en|te|t))")


#: A separable verb's particle at the end of a main clause: " zurück", " an", " fest".
_GERMAN_PARTICLE_END = re.compile(r"\s+(?:zurück|an|auf|aus|ab|vor|zu|fest|bei|mit|ein|fort|hin|her|nach|weiter)$")
#: The articles of a singular noun phrase.
_GERMAN_SINGULAR_ARTICLES = {"ein", "einem", "eines", "einen", "einer", "eine", "das", "dem", "der", "den"}
#: A plural subject opening a relative clause: "beide Seiten", "die Konfliktparteien", "Kongo und Ruanda".
_GERMAN_PLURAL_SUBJECT = re.compile(r"(?P<np>(?:die|beide|alle|zwei|drei|vier|mehrere|viele)\s+(?:[a-zäöüß]+(?:e|en)\s+)?"
                                    r"[A-ZÄÖÜ][\wäöüß-]*|[A-ZÄÖÜ][\wäöüß-]*\s+und\s+(?:die\s+)?[A-ZÄÖÜ][\wäöüß-]*)\s+")
#: The article a noun phrase takes as its clause's object, by the relative pronoun's gender and the article it had.
_GERMAN_ACCUSATIVE = {"das": {"einem": "ein", "eines": "ein", "dem": "das", "des": "das"},
                      "der": {"einem": "einen", "eines": "einen", "ein": "einen", "dem": "den", "der": "den", "des": "den"},
                      "die": {"einer": "eine", "der": "die"}}


#: A German clause up to its auxiliary, and the preposition of the first of two dated objects: "Die M23 hatte im ".
_GERMAN_HEAD_TO_AUXILIARY = re.compile(r"(?P<head>.*\b(?:hatte|hatten|hat|haben|ist|sind|war|waren|wurde|wurden))\s+"
                                       r"(?:(?:im|am|in|seit|Anfang|Mitte|Ende)\s+)?$")
#: What stands between two dated objects of one German participle: " die Provinzhauptstadt Goma und im " (an object
#: ends on its noun, capitalised; not a participle of its own: "in Kraft getreten und im Februar 2024 verlängert worden").
_GERMAN_FIRST_OBJECT = re.compile(r"\s+(?P<object>[^,;]{0,60}?[A-ZÄÖÜ][\wäöüß-]*)\s+und\s+(?:(?:im|am|in|Anfang|Mitte|Ende)\s+)?$")
#: The second object and the participle that closes the sentence: " Bukavu eingenommen.".
_GERMAN_LAST_OBJECT = re.compile(r"\s+(?P<object>[^,;]{0,60}?[A-ZÄÖÜ][\wäöüß-]*)\s+(?P<part>(?:ge)?[a-zäöüß]{3,}(?:t|en))\s*[.!]?\s*$")


def german_gapped_objects_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Die M23 hatte im Januar die Provinzhauptstadt Goma und im Februar Bukavu eingenommen": two dates, each with its
    object, share the clause's subject, auxiliary and closing participle ("Die M23 hatte Bukavu eingenommen")."""
    s = sentence.text
    if language_of(s) != "de":
        return None
    for first, second in zip(inside, inside[1:], strict=False):
        if t not in (first, second):
            continue
        head = _GERMAN_HEAD_TO_AUXILIARY.fullmatch(s, dateline_end(s), first.start - sentence.start)
        middle = _GERMAN_FIRST_OBJECT.fullmatch(s, first.end - sentence.start, second.start - sentence.start)
        tail = _GERMAN_LAST_OBJECT.fullmatch(s, second.end - sentence.start)
        if head is None or middle is None or tail is None:
            continue
        told = (middle if t is first else tail)["object"]
        return f"{head['head']} {told} {tail['part']}"
    return None


#: What stands between two dated objects of one Romance verb: ", puis de Bukavu à la ", " y de Bukavu a mediados de ".
_ROMANCE_SECOND_OBJECT = re.compile(r",?\s+(?:puis|et|y|luego|e|poi|depois)\s+(?P<object>(?P<prep>de|d['’]|à|a|del|al|di|da)\s*"
                                    r"[^\W\d_][^,;:()]{0,60}?)\s+(?:(?:à|a|en|el|le|la|au|em|no|na|nel|in)\s+)*$", re.I)


def romance_gapped_objects_title(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Le M23 s'est emparé de Goma fin janvier 2025, puis de Bukavu à la mi-février": two dates, each after its object,
    share the clause's subject and verb ("Le M23 s'est emparé de Bukavu"), in French, Spanish, Italian or Portuguese."""
    s = sentence.text
    if not _reads_romance(s):
        return None
    for first, second in zip(inside, inside[1:], strict=False):
        if t not in (first, second) or not re.match(r"\s*[.!]?\s*$", s[second.end - sentence.start:]):
            continue
        middle = _ROMANCE_SECOND_OBJECT.fullmatch(s, first.end - sentence.start, second.start - sentence.start)
        if middle is None:
            continue
        head = re.sub(r"\s+(?:(?:en|el|le|la|à|a|au|em|no|na|nel|in|fin|début|finales\s+de|principios\s+de|mediados\s+de)\s+)*$",
                      "", s[dateline_end(s):first.start - sentence.start])
        prep = middle["prep"].lower().rstrip("'’")
        at = max(head.lower().rfind(f" {prep} "), head.lower().rfind(f" {prep}'"), head.lower().rfind(f" {prep}’"))
        if at < 0 or not (FOREIGN_PAST.search(head, 0, at) or _ROMANCE_FINITE.search(head, 0, at)):
            continue
        return head if t is first else f"{head[:at]} {middle['object']}"
    return None


def romance_relative_title(sentence: Sentence, t: Timex) -> str | None:
    """A date at the end of a relative clause in French, Spanish, Italian or Portuguese dates what the clause
    says of its noun: "…un protocolo para restablecer el cese al fuego, que entrará en vigor el 2 de diciembre" →
    "El cese al fuego entrará en vigor"."""
    s = sentence.text
    start = t.start - sentence.start
    if _ROMANCE_HAPPENING_OF_DAY.search(s, max(0, start - 60), start):
        return None  # ("…, qui pourrait être soumise à référendum après les législatives de juin 2026": the elections')
    m = _ROMANCE_RELATIVE.search(s, max(0, start - 180), start)
    while m is not None and re.match(r"a\s+(?:ainsi\s+|aussi\s+|déjà\s+|alors\s+)?[^\W\d_]+[éi]\s", m["np"]):
        # (a French auxiliary is no article: "a déclaré Barrot, qui avait rencontré…", "Il a ainsi tiré les conséquences
        # d'un jugement, qui lui avait retiré son mandat en août" has its noun phrase further on)
        m = _ROMANCE_RELATIVE.search(s, m.start() + 2, start)
    restrictive = _ROMANCE_RESTRICTIVE_RELATIVE.search(s, max(0, start - 180), start) if m is None else None
    while restrictive is not None and (FOREIGN_PAST.search(restrictive["np"]) or _ROMANCE_FINITE.search(restrictive["np"])):
        # (the noun phrase after the main clause's verb, not the main clause: "Le ministre a critiqué [l'accord] que…")
        restrictive = _ROMANCE_RESTRICTIVE_RELATIVE.search(s, restrictive.start() + 1, start)
    done = _RESTRICTIVE_SUBJECT_THEN_VERB.match(restrictive["rest"]) if restrictive is not None else None
    if done is not None and _reads_romance(s):
        # "…la crisis desatada por el memorando que Adís Abeba firmó con Somalilandia el 1 de enero de 2024": a clause with
        # no comma, its own subject and past, did it to its noun, the nearest ("Adís Abeba firmó el memorando con…")
        openers = list(_ROMANCE_DETERMINER.finditer(restrictive["np"]))
        np = _with_its_own_article(restrictive["np"][openers[-1].start():] if openers else restrictive["np"])
        rest = restrictive["rest"]
        # (a compound past's participle before it: "la junte a [signé] l'accord")
        participle = _PARTICIPLE_AFTER_AUXILIARY.match(rest, done.end())
        verb_end = participle.end() if participle is not None else done.end()
        return f"{rest[:1].upper()}{rest[1:verb_end]} {np[:1].lower()}{np[1:]}{rest[verb_end:]}"
    clitic = _CLITIC_THEN_VERB.match(restrictive["rest"]) if restrictive is not None and done is None else None
    # (…the last "que" before the date, when an earlier one opened another clause: "un recurso que ambos países comparten
    # desde la guerra que los enfrentó en 1932")
    later = restrictive
    while clitic is None and later is not None and done is None:
        later = _ROMANCE_RESTRICTIVE_RELATIVE.search(s, later.end("rel"), start)
        clitic = _CLITIC_THEN_VERB.match(later["rest"]) if later is not None else None
        restrictive = later if clitic is not None else restrictive
    if clitic is not None and t.range_id is None and re.search(r"\s(?:de|del|di|du|da|do|della|dello)$", restrictive["rest"]):
        # ("…dos protestos que se seguiram às eleições gerais de outubro de 2024": a date a noun governs is the noun's,
        # no date of the clause)
        return None
    if clitic is not None and _reads_romance(s) and (FOREIGN_PAST.match(clitic["verb"])
                                                     or _ROMANCE_FUTURE_OR_PRESENT_VERB.fullmatch(clitic["verb"])):
        # "…desde la guerra que los enfrentó en 1932", "…una comisión que se reunirá en marzo": a pronoun or "se" right
        # after "que" leaves "que" the clause's subject, its noun the nearest
        openers = list(_ROMANCE_DETERMINER.finditer(restrictive["np"]))
        np = _with_its_own_article(restrictive["np"][openers[-1].start():] if openers else restrictive["np"])
        rest = re.sub(r"\s+(?:entre|desde|hasta|tra|fra|dal|de|depuis|jusqu['’]à)$", "", restrictive["rest"])  # (a range's)
        return f"{np[:1].upper()}{np[1:]} {rest}"
    rest = m["rest"] if m is not None else ""
    date_first = m is None
    if date_first:
        # (the date first, the clause after it: "…del canciller ecuatoriano, que el viernes se reunirá con el presidente")
        m = _ROMANCE_RELATIVE_DATE_FIRST.search(s, max(0, start - 120), start)
        after = re.match(r"\s*(?P<rest>[^,;:()]{3,120}?)\s*(?:[,;:.!?]|$)", s[date_phrase_end(t, [t]) - sentence.start:]) \
            if m is not None else None
        if after is None or not FOREIGN_PAST.search(after["rest"]) and not _ROMANCE_FUTURE_OR_PRESENT_VERB.search(after["rest"]):
            return None
        rest = after["rest"]
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
    opener = list(_ROMANCE_DETERMINER.finditer(np))
    if len(opener) > 1 and _PLURAL_FINITE.match(rest) and not _PLURAL_DETERMINER.fullmatch(opener[-1].group().strip()):
        # (a plural verb is no singular noun's: "Los combates en el Catatumbo, que comenzaron el 16 de enero" are the
        # fighting's)
        opener = [o for o in opener if _PLURAL_DETERMINER.fullmatch(o.group().strip())] or opener
    plural = _PLURAL_OR_ITALIAN_PLURAL if len(opener) > 1 and language_of(s) == "it" else _PLURAL_DETERMINER
    if len(opener) > 1 and _SINGULAR_FINITE.match(rest) and plural.fullmatch(opener[-1].group().strip()):
        # (…nor a singular verb a plural's: "un nuovo accordo con le autorità di Bengasi, che dovrebbe entrare in vigore" is
        # the accord's)
        opener = [o for o in opener if not plural.fullmatch(o.group().strip())] or opener
    # (its own noun phrase, the nearest: "…para restablecer [el cese al fuego]", "la creación de [una comisión]")
    np = np[opener[-1].start():] if opener else np
    # (…a plural one a contraction opens, when the verb is plural and the opener not: "l'arrêt [des pourparlers de paix
    # directs], qui s'étaient tenus à Istanbul")
    contracted = list(_PLURAL_CONTRACTION.finditer(np)) \
        if _PLURAL_FINITE.match(rest) and opener and not _PLURAL_DETERMINER.fullmatch(opener[-1].group().strip()) else []
    if contracted:
        np = f"{ROMANCE_ARTICLE_OF[contracted[-1]['c'].lower()]} {np[contracted[-1].end():]}"
    person = _OF_A_PERSON.search(np)
    if person is not None and m["rel"].lower() in ("que", "qui", "che") and not _SUBJECT_THEN_VERB.match(rest):
        # "…la visita a Caracas [del enviado especial], que se reunió el 28 de mayo con Maduro": a person the noun phrase
        # ends on is who did what the clause says
        np = np[person.start("np"):]
    owner = _DOING_OF_AN_OWNER.match(np) if _SAYING_OR_DECIDING.match(rest) else None
    if owner is not None:
        # "…pidió la disolución del grupo, que anunció su autodisolución en mayo": a doing's noun says nothing; what it is
        # of does ("El grupo anunció…")
        np = _ARTICLE_AFTER_OF[" ".join(owner["of"].lower().split())] + owner["np"]
    np = _with_its_own_article(np)
    if m["rel"].lower() in ("que", "che") and _SUBJECT_THEN_VERB.match(rest):
        # "…le contrôle du Haut-Karabakh, que l'Azerbaïdjan a repris en septembre 2023": the clause's own subject did it
        # to the noun ("L'Azerbaïdjan a repris le contrôle du Haut-Karabakh")
        return f"{rest[:1].upper()}{rest[1:]} {np[:1].lower()}{np[1:]}"
    named = _NAME_AT_END.search(np) if FOREIGN_PAST.search(np) else None
    if named is not None:
        # "La mediación corrió a cargo de [Emiratos Árabes Unidos], que ha facilitado…": a clause before the comma, whose
        # last name the relative is about
        np = named.group()
    # (the date's own bound goes with it: "…más de una docena de intercambios [desde] enero de 2024")
    rest = _BOUND_LEFT.sub("", rest)
    # (with whom or where, after the date, to the clause's end: "…se reunió el 28 de mayo [con el presidente Maduro]")
    tail = _COMPANY_TO_CLAUSE_END.match(s, date_phrase_end(t, [t]) - sentence.start) if not date_first else None
    return f"{np[:1].upper()}{np[1:]} {rest}{tail['rest'] if tail else ''}"


def _with_its_own_article(np: str) -> str:
    """A noun phrase a preposition's article opened, told with its own: "dejó fuera [al] Movimiento al Socialismo" →
    "el Movimiento…", "du" → "le", "della" → "la", "do" → "o"."""
    np = re.sub(r"^(?:al|del)\b", "el", re.sub(r"^(?:au|du)\b", "le", np, flags=re.I), flags=re.I)
    np = re.sub(r"^(?:della|dello)\b", lambda o: "la" if o.group().lower() == "della" else "lo", np, flags=re.I)
    return re.sub(r"^(?:do|da)\b", lambda o: "o" if o.group().lower() == "do" else "a", np, flags=re.I)


#: A noun of a doing and what or who it is of: "la disolución [del] [grupo]", "la suspension [de l']accord".
_DOING_OF_AN_OWNER = re.compile(r"(?:la|el|le|il|a|o|l['’])\s*[^\W\d_]+(?:ción|sión|miento|tion|sion|ment|zione|sione|mento|ção|são)\s+"
                                r"(?P<of>de\s+la|de\s+los|de\s+las|de\s+l['’]|del|du|des|della|dello|dei|degli|dos|das|do|da)"
                                r"\s*(?P<np>[^\W\d_][^,;:()]{1,60})", re.I)
#: The article a noun takes once out of the "of" phrase it stood in.
_ARTICLE_AFTER_OF = {"de la": "la ", "de los": "los ", "de las": "las ", "de l'": "l'", "de l’": "l’", "del": "el ", "du": "le ",
                     "des": "les ", "della": "la ", "dello": "lo ", "dei": "i ", "degli": "gli ", "dos": "os ", "das": "as ",
                     "do": "o ", "da": "a "}
#: A relative clause's verb of saying or deciding, which only someone does: "anunció", "a annoncé", "ha dichiarato".
_SAYING_OR_DECIDING = re.compile(r"(?:ha\s+|a\s+|había\s+|avait\s+|aveva\s+|hanno\s+|ont\s+|han\s+|tinha\s+)?"
                                 r"(?:anunci|declar|dijo|dijeron|afirm|pidi|rechaz|acept|proclam|annonc|déclar|affirm|dit\b|"
                                 r"annunci|dichiar|afferm|comunic|advirti|avert|reivindic|revendiqu|rivendic)", re.I)


#: A name closing a clause: "…corrió a cargo de [Emiratos Árabes Unidos]".
_NAME_AT_END = re.compile(r"(?<=\s)(?:[A-ZÀ-Ý][\w'’-]*\s+(?:(?:de|del|do|da|di|des|du)\s+)?){0,3}[A-ZÀ-Ý][\w'’-]*$")
#: A bound's preposition left at a clause's end once its date is gone: " desde", " depuis", " dal".
_BOUND_LEFT = re.compile(r"\s+(?:desde|depuis|dès|dal|dalla|dai|dalle|desde\s+o|desde\s+a|hasta|até|jusqu['’]au|fino\s+al?)$", re.I)


#: A plural determiner of the Romance languages, and a plural finite verb opening a clause (after its clitics):
#: "comenzaron", "han", "ont", "avaient", "hanno", "foram".
_PLURAL_DETERMINER = re.compile(r"(?i:los|las|les|gli|os|as|unos|unas|des)")
#: …with Italian's "le" and "i" (French's "le" is a singular's), where a singular verb tells the noun is no plural.
_PLURAL_OR_ITALIAN_PLURAL = re.compile(r"(?i:los|las|les|gli|os|as|unos|unas|des|le|i|delle|degli|dei|alle|agli|ai|nelle|negli|nei)")
#: A singular finite verb or modal opening a relative clause: "dovrebbe", "debería", "devrait", "è".
_SINGULAR_FINITE = re.compile(r"(?i:dovrebbe|deve|potrebbe|sarà|è|debería|debe|podría|será|es|devrait|doit|pourrait|sera|est|"
                              r"deverá|poderá|é|vai)\b")
#: A plural "of the" inside a noun phrase, before its noun: "des", "dei", "dos", "degli".
_PLURAL_CONTRACTION = re.compile(r"(?<![\w'’])(?P<c>des|dei|degli|delle|dos|das)\s+(?=[a-zà-ÿ])")
_PLURAL_FINITE = re.compile(r"(?:(?:se|le|les|lui|leur|lo|la|los|las|nos|ne|n['’]|y|s['’]|l['’]|si|gli|ci)\s*)*"
                            r"[^\W\d_]*(?:ron|aban|ían|an|en|aient|ont|ent(?<!ient)|ano|ono|nno|am|em)\b")
#: Whom a clause's doing was with, after its date, up to the clause's end: " con el presidente Nicolás Maduro".
_COMPANY_TO_CLAUSE_END = re.compile(r"(?P<rest>\s+(?:con|avec|com|con\s+il|con\s+la)\s[^,;:().]{1,60}"
                                    # (…or where: "que llegó el lunes [a Puerto Príncipe]")
                                    r"|\s+(?:a|à|au|en|em|in|no|na)\s+[A-ZÀ-Ý][^,;:().]{0,60})(?=\s*(?:[,;:.]|$))")
#: A person after "of the" at the end of a noun phrase: "la visita a Caracas [del enviado especial de Estados Unidos]".
_OF_A_PERSON = re.compile(r"\b(?P<np>(?:del|du|della|dello|do|da)\s+(?:(?:nuevo|nouvel|nuovo|ex)\s+)?"
                          rf"(?:{PERSON_ROLE_WORDS})\b[^,;]*)$", re.I)
#: A relative clause's own subject, then its verb: "[l'Azerbaïdjan a] repris", "[el ejército recuperó]".
_SUBJECT_THEN_VERB = re.compile(r"(?:l['’]|(?:le|la|les|el|los|las|il|lo|gli|o|os|as)\s+)?"
                                # (a reflexive pronoun is no subject: "que [se] reunió el 28 de mayo")
                                r"(?:[A-ZÀ-Ý][\w'’-]*|(?!(?:se|si|me|te|nos|os|le|les|lo|la|los|las|ne|ya|no)\s)[a-zà-ÿ][\w-]+)"
                                r"(?:\s+[A-ZÀ-Ý][\w'’-]*)?\s+(?:a|ont|avait|avaient|ha|han|había|habían|hanno|aveva|avevano|tem|têm|"
                                r"[a-zà-ÿ]{3,}(?:ó|aron|ou|aram|ò|arono))\b")


#: A Romance preposition of time before a noun phrase right up to its date: "après [le rétablissement des sanctions
#: de l'ONU] le", "tras [la firma del acuerdo] el", "dopo [le elezioni] del".
_ROMANCE_GOVERNED = re.compile(r"(?:,\s+|\s|(?<!\S))(?P<prep>(?i:après|avant|depuis|malgré|lors\s+d[eu]|suite\s+à|à\s+la\s+suite\s+d[eu]|"
                               # (a second object of "fait suite à": "…à une déclaration signée le 19 juillet, et à un accord
                               # conclu le 27 juin")
                               r"et\s+(?:à|aux?)|en\s+réponse\s+à|"
                               r"tras|después\s+de|antes\s+de|desde|pese\s+a|dopo|prima\s+d[ie]|dall?a|após|"
                               r"depois\s+de|"
                               # (…or its article joined to the preposition: "depois [do] início da insurgência")
                               r"(?:depois|antes)\s+(?P<joined>d[oa]s?)(?=\s)|(?:después|antes)\s+(?P<joined_es>del)(?=\s)|"
                               r"(?:dopo|prima)\s+(?P<joined_it>del|della|dello|dei|delle)(?=\s)|(?:après|avant)\s+(?P<joined_fr>du|des)(?=\s)))\s+"
                               # (…or a plural indefinite: "tras [unas] elecciones")
                               r"(?P<np>(?:(?:le|la|les|un|une|des|el|los|las|una|unos|unas|il|lo|gli|o|a|os|as|um|uma|uns|"
                               r"umas)\s|l['’]|"
                               r"(?<=\sdo\s)|(?<=\sda\s)|(?<=\sdos\s)|(?<=\sdas\s)|(?<=\sdel\s)|(?<=\sdella\s)|(?<=\sdello\s)|"
                               r"(?<=\sdei\s)|(?<=\sdelle\s)|(?<=\sdu\s)|(?<=\sdes\s))[^,;:()\"“”]{3,80}?)"
                               # (its date may be set off by a comma: "…depois de um ataque à vila de Palma, em março")
                               r",?\s+(?:(?:le|el|il|en|au|à|a|em|no|na|del|dell['’]|nel|de|di|du|d['’])\s*)?"
                               r"(?:(?:dia|día|jour|giorno)\s+(?:de\s+|du\s+)?)?$")
#: A finite verb of those languages, which makes a phrase a clause: "après que les sanctions [ont] été rétablies".
_ROMANCE_FINITE = re.compile(r"\b(?i:que|qui|che|ont|est|sont|été|était|avait|avaient|ha|han|fue|fueron|había|è|sono|"
                             # (French "a" only before its participle: a Spanish or Portuguese "a" is a preposition, "um
                             # ataque a Macomia")
                             r"foi|foram|a(?=\s+(?:été|[a-zà-ÿ]{2,}(?:é|i|is|it|u|ert|ait|ort)\b)))\b")


def fronted_romance_governed_title(sentence: Sentence, t: Timex) -> str | None:
    """"Tras las elecciones presidenciales del 28 de julio de 2024, más de 2.000 personas fueron detenidas": a sentence's
    only date, in the phrase a preposition of time governs before the main clause, is that phrase's happening."""
    s = sentence.text
    lead = dateline_end(s)
    lead += len(s[lead:]) - len(s[lead:].lstrip())
    m = _ROMANCE_GOVERNED.match(s, lead, t.start - sentence.start) if re.match(r"[A-ZÀ-Ý]", s[lead:lead + 1]) else None
    if m is None or not re.match(r",\s", s[date_phrase_end(t, [t]) - sentence.start:]) \
            or m["prep"].lower() in ("desde", "depuis", "dal", "dalla", "da"):
        return None  # (a state since then is the main clause's, told since its start)
    return romance_governed_title(sentence, t)


def romance_governed_title(sentence: Sentence, t: Timex) -> str | None:
    """A date right after the noun phrase a French, Spanish, Italian or Portuguese preposition of time governs dates
    that phrase's happening: "…suspendues fin septembre, après le rétablissement des sanctions de l'ONU le 28 septembre"
    → "Le rétablissement des sanctions de l'ONU"."""
    s = sentence.text
    start = t.start - sentence.start
    if not _DAY_WORD.fullmatch(t.text) and (happening := romance_noun_of_day(sentence, t)) is not None:
        return happening  # ("après l'annonce de sa victoire à l'élection présidentielle du 6 mai": the election's day)
    m = _ROMANCE_GOVERNED.search(s, max(0, start - 120), start)
    if m is None or _ROMANCE_FINITE.search(m["np"]) \
            or not _reads_romance(s):
        return None
    if _DATE_PLACING_WORD.fullmatch(m["np"].strip()):
        return None  # ("cerrado desde [el pasado] 15 de agosto": the date's own word, no happening)
    if m["prep"].lower().startswith("et") and not re.search(r"\bsuite\s+(?:à|aux?)\s", s[:m.start()], re.I):
        return None  # ("…et à un accord" is a second object of "suite à" only)
    np = m["np"]
    joined = m["joined"] or m["joined_es"] or m["joined_it"] or m["joined_fr"]
    if joined:  # ("depois do início…": "O início…")
        np = f"{ROMANCE_ARTICLE_OF[joined.lower()]} {np}"
    participle = _CLOSING_PARTICIPLE.search(np)
    if participle is not None and re.fullmatch(ROMANCE_NOT_PARTICIPLES, participle["part"].lower()):
        participle = None  # ("a insurgência armada": an adjective, no participle)
    if participle is not None:  # "dopo la sospensione decisa [a giugno]": "La sospensione è stata decisa"
        np = f"{np[:participle.start()]} {romance_passive(participle['part'].lower(), s)} {participle['part']}"
        # (…with the town named after its date: "l'accord signé en juin [à Washington]")
        town = _ROMANCE_TOWN_AFTER.match(s, t.end - sentence.start)
        np = f"{np} {town['town']}" if town is not None else np
    one = _THE_ONE_OF_ANOTHER_DATE.fullmatch(np)
    if one is not None:  # ("lors du coup d'État d'août 2020 puis de [celui] de mai 2021": the coup d'État)
        np = one["head"]
    return f"{np[:1].upper()}{np[1:]}"


#: A noun phrase with its own date, then the pronoun that stands for it again with the next date: "coup d'État d'août 2020
#: puis de celui", "golpe de agosto de 2020 y el", "colpo di stato dell'agosto 2020 e quello".
_THE_ONE_OF_ANOTHER_DATE = re.compile(r"(?P<head>.+?)\s+(?:d['’]|de\s+|du\s+|del\s+|dell['’]|di\s+|do\s+|da\s+)(?:[^\W\d]\S*\s+(?:de\s+|del\s+)?)?\d[^,;()]*?"
                                      r"\s(?:(?:puis|et|ou|y|o|e|poi|ensuite|luego|depois)\s+)?(?:de\s+|d['’]|di\s+|da\s+)?"
                                      r"(?:celui|celle|ceux|celles|quello|quella|quelli|quelle|aquele|aquela|aqueles|aquelas|"
                                      r"el|la|los|las|o|a|os|as)")


#: A word that places a date, with its article, standing before it: "el pasado", "le dernier", "il prossimo".
_DATE_PLACING_WORD = re.compile(r"(?:el|le|la|o|a|il|lo|l['’])\s*(?:pasado|próximo|pr[oó]xima|dernier|derni[eè]re|prochaine?|passado|"
                                r"scorso|scorsa|prossimo|prossima|último|última|ultimo|ultima)", re.I)
#: A town named right after a date, closing its phrase: " à Washington.", " en Doha,", " a Roma".
_ROMANCE_TOWN_AFTER = re.compile(r"\s+(?P<town>(?:à|au|en|a|em|in)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2})"
                                 r"(?=\s*(?:[,;.:!?)]|$))")


#: A participle closing a Romance noun phrase: "la sospensione [decisa]", "la suspension [décidée]".
_CLOSING_PARTICIPLE = re.compile(r"(?<=[^\W\d_]{3})\s+(?P<part>[^\W\d_]{2,}(?:ato|ata|ati|ate|ito|ita|iti|ite|uto|uta|ado|ada|ados|adas|"
                                 r"ido|ida|idos|idas|ée|ées|és)"
                                 # (…and French's masculine "-é", not a noun's: "l'accord [signé]", not "le traité")
                                 r"|(?!(?:comité|traité|marché|côté|été|député|clergé|degré|café|préfet)$)[^\W\d_]{2,}(?<!it)é"
                                 r"|(?:deci|pre|chiu|conclu|sospe|rimo|espul)(?:so|sa|si|se))$")


#: A noun phrase and the subject relative clause after it in French, Spanish or Italian, up to the clause's date: "un
#: cese al fuego que expiró en ", "un cessez-le-feu qui a expiré en ", "una tregua che è scaduta ad ".
_ROMANCE_SUBJECT_RELATIVE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:un|une|una|uno|le|la|les|el|los|las|il|lo|gli|l['’])\s*[^\W\d_][^,;:()]{0,50}?),?\s+"
    # (not a conjunction's "que": "el tercer intercambio desde que entró en vigor…", "depuis que", "después de que")
    r"(?<!\bdesde\s)(?<!\bdepuis\s)(?<!\bde\s)(?<!\bhasta\s)(?<!\bantes\s)(?<!\bpara\s)(?<!\bsin\s)(?<!\bsans\s)"
    r"(?<!\bpour\s)(?<!\bavant\s)(?<!\baprès\s)(?<!\bdopo\s)(?<!\bprima\s)(?<!\bya\s)(?<!\bparce\s)"
    rf"{ROMANCE_SUBJECT_PRONOUN}\s+"
    r"(?P<clause>[^,;:()]{2,80}?)\s+(?:(?:en|el|le|les|in|il|a|ad|au|aux|à|del|de|dès|desde|depuis|entre)\s+)?(?:(?:el|la|le|les|l['’])\s*)?$",
    re.UNICODE)


#: A saying in French, Spanish or Russian and the word that opens what it reports: "dijo el lunes que ", "a déclaré
#: lundi que ", "заявил в понедельник, что ".
_FOREIGN_SAYING_THAT = re.compile(
    # (not German's "dass", whose clause puts its verb last: "dass die Wahlen im März stattfinden")
    rf"(?<!\w)(?:{saying_pasts('es', 'fr', 'ru', 'pt', 'it', attributing=True)})(?!\w)"
    r"[^;:,]{0,40}?(?:\s+(?:que|qu['’]|che)|,?\s+что)\s*",
    re.IGNORECASE | re.UNICODE)


def foreign_reported_clause(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
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


#: A Russian or Ukrainian reported clause with no subject of its own, its finite verb first: "рассчитывает подписать…".
_SUBJECTLESS_SLAVIC_CLAUSE = re.compile(r"[А-ЯЁІЇЄа-яёіїє][а-яёіїє]+(?:ет|ит|ют|ят|ут|ал|ала|али|ил|ила|или|ался|алась|ется|ится|"
                                        r"уется|ются|ятся)(?!\w)")
#: A Spanish, French or Italian reported clause with no subject of its own, its future or conditional first: "Celebrará
#: audiencias…", "Organisera…".
_SUBJECTLESS_ROMANCE_CLAUSE = re.compile(r"[A-ZÀ-Ýa-zà-ÿ][a-zà-ÿ]{2,}(?:rá|rán|ría|rían|era|eront|erait|eraient|rà|ranno|rebbe|rebbero)(?!\w)"
                                         # (…or a Portuguese future of "ir": "Vai retomar…")
                                         r"|(?:[Vv]ai|[Vv]ão|[Ii]rá|[Ii]rão)\s+[a-zà-ÿ]{2,}r(?!\w)")
#: The sayer's name right before the saying: "Премьер-министр Никол [Пашинян] заявил".
_SLAVIC_SAYER_BEFORE = re.compile(r"(?P<name>[А-ЯЁІЇЄ][а-яёіїє'’-]+)\s+(?:[а-яёіїє]+\s+)?$")


def reported_sayer(sentence: Sentence, reported: Sentence) -> str | None:
    """Who says what a Russian or Ukrainian reported clause without a subject tells, as the title names them: "Пашинян
    заявил в понедельник, что рассчитывает подписать…" is Pashinyan's reckoning."""
    romance = _SUBJECTLESS_ROMANCE_CLAUSE.match(reported.text)
    if not (romance or _SUBJECTLESS_SLAVIC_CLAUSE.match(reported.text)):
        return None
    said = list(_FOREIGN_SAYING_THAT.finditer(sentence.text, 0, reported.start - sentence.start + 1))
    if not said:
        return None
    if romance:  # ("La Corte Internacional de Justicia anunció el miércoles que celebrará audiencias…": the court will)
        opening = _OPENING_SUBJECT.fullmatch(sentence.text, dateline_end(sentence.text), said[-1].start())
        return opening["np"].strip() if opening is not None and not FOREIGN_PAST.search(opening["np"]) else None
    name = _SLAVIC_SAYER_BEFORE.search(sentence.text, max(0, said[-1].start() - 60), said[-1].start())
    return name["name"] if name is not None else None


#: A Romance "before/after being" and its participle right before a date: ", avant d'être défait ", ", antes de ser
#: derrotado ", ", prima di essere sconfitto ".
_BEFORE_BEING = re.compile(r",\s+(?:avant\s+d['’]être|après\s+avoir\s+été|antes\s+de\s+ser|tras\s+ser|después\s+de\s+ser|"
                           r"prima\s+di\s+essere|dopo\s+essere\s+stat[oaie])\s+(?P<part>[^\W\d_]{3,})"
                           # (…and what it was made: ", avant d'être élu président en ")
                           r"(?P<rest>\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?\s+(?:(?:en|le|el|il|a|à|au|nel|nella|in)\s+)?$", re.I)
#: The subject of the main clause, after its opening phrase if any, and its auxiliary: "[le M23] avait".
_ROMANCE_MAIN_SUBJECT = re.compile(r"(?:^|,\s+|\s[-–—]\s+)"  # (…or after a wire dateline's dash)
                                   r"(?P<np>(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Ll]o|[Gg]li|I|"
                                   r"[Ss]on|[Ss]a|[Ss]es|[Ss]us|[Ss]u|[Ll]eurs?)\s*"
                                   # (a count or an adjective among its words: "[Les deux pays]", "[I due paesi]")
                                   r"(?:(?-i:deux|trois|dos|tres|due|tre|dois|duas)\s+)?"
                                   r"[^\W\d_][\w'’-]*(?:\s+(?:[A-ZÀ-Ý0-9][\w'’-]*|de|du|des|del|di|della))*?"
                                   # (…or a name alone: "[Mahamat Idriss Déby] a pris")
                                   r"|(?-i:[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}))"
                                   # (…and the name set off after it, which says who: "Son fils, Mahamat Idriss Déby, avait")
                                   r"(?:,\s+(?P<name>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,3}),)?\s+"
                                   r"(?:avait|avaient|a|ont|había|habían|ha|han|aveva|avevano|hanno|[^\W\d_]+(?:a|ó|è|aron|ieron)"
                                   # (…or a reflexive's: "[Les deux pays] s'étaient affrontés", "[Los dos países] se
                                   # enfrentaron")
                                   r"|s['’](?:était|étaient|est|sont)|se\s+[^\W\d_]+)\b")


#: A Romance "before doing" and its infinitive's clause up to a date: ", prima di concordare un cessate il fuoco ",
#: ", avant de conclure un cessez-le-feu ", ", antes de firmar un acuerdo ".
_BEFORE_DOING = re.compile(r",\s+(?:avant\s+d(?:e\s+|['’])|antes\s+de\s+|prima\s+di\s+)(?!(?:se|s['’]|être|ser|essere)\b)"
                           r"(?P<inf>[^\W\d_]{2,}(?:er|ir|re|ar))(?P<rest>\s+[^,;:()]{0,80}?)?\s+"
                           r"(?:(?:le|el|il|en|in|a|à|au|nel|nella)\s+)?$", re.I)
#: The participle of an infinitive, by its ending, in French, Italian and Spanish: "conclure" → "conclu", "concordare" →
#: "concordato", "firmar" → "firmado".
_PARTICIPLE_OF_INFINITIVE = {"fr": (("ure", "u"), ("er", "é"), ("ir", "i"), ("re", "u")),
                             "it": (("are", "ato"), ("ere", "uto"), ("ire", "ito")),
                             "es": (("ar", "ado"), ("er", "ido"), ("ir", "ido"))}
#: The auxiliary of a compound past, singular and plural.
_PERFECT_AUXILIARY = {"fr": ("a", "ont"), "it": ("ha", "hanno"), "es": ("ha", "han")}


def romance_before_doing(sentence: Sentence, t: Timex) -> str | None:
    """"I due paesi avevano combattuto per cinque giorni a luglio, prima di concordare un cessate il fuoco il 28 luglio":
    for the later date, "I due paesi hanno concordato un cessate il fuoco" (what the main clause's subject did then)."""
    s = sentence.text
    doing = _BEFORE_DOING.search(s, max(0, t.start - sentence.start - 120), t.start - sentence.start)
    subject = _ROMANCE_MAIN_SUBJECT.search(s, 0, doing.start()) if doing is not None else None
    language = language_of(s)
    if subject is None or language not in _PARTICIPLE_OF_INFINITIVE:
        return None
    infinitive = doing["inf"].lower()
    part = next((infinitive[:-len(end)] + to for end, to in _PARTICIPLE_OF_INFINITIVE[language] if infinitive.endswith(end)),
                None)
    if part is None:
        return None
    np = subject["name"] or subject["np"]
    plural = re.match(r"(?i:les|los|las|i|gli)\s", np) is not None
    auxiliary = _PERFECT_AUXILIARY[language][plural]
    return f"{np[:1].upper()}{np[1:]} {auxiliary} {part}{doing['rest'] or ''}"


def romance_before_being(sentence: Sentence, t: Timex) -> str | None:
    """"Le M23 avait occupé Goma, avant d'être défait l'année suivante": for the later date, "Le M23 a été défait" (what
    was done to the main clause's subject then)."""
    s = sentence.text
    being = _BEFORE_BEING.search(s, max(0, t.start - sentence.start - 60), t.start - sentence.start)
    subject = _ROMANCE_MAIN_SUBJECT.search(s, 0, being.start()) if being is not None else None
    if subject is None:
        return None
    np, part = subject["name"] or subject["np"], being["part"].lower()
    rest = re.sub(r"\s+(?:en|le|el|il|a|à|au|nel|nella|in)$", "", being["rest"] or "", flags=re.I)
    return f"{np[:1].upper()}{np[1:]} {romance_passive(part, s)} {part}{rest}"


#: Italian nouns spelled as participles are: "stato", "mandato", "risultato".
_ITALIAN_NOT_PARTICIPLES = (r"(?:stat[oi]|mandat[oi]|mercat[oi]|senato|candidat[oi]|attentat[oi]|risultat[oi]|trattat[oi]|"
                            r"esercit[oi]|partit[oi]|sindacat[oi]|deputat[oi]|soldat[oi]|avvocat[oi]|comitat[oi]|"
                            r"dibattit[oi]|credit[oi]|sit[oi]|minut[oi]|istitut[oi]|contribut[oi]|aiut[oi]|tribut[oi]|statut[oi]|"
                            r"volta|data|vita|uscita|salita|ferita|partita|entrata|giornata|strada|portata|durata)")
#: An object and a participle aside after it in Spanish or French, up to the aside's date: "el diálogo de paz, suspendido
#: ", "le dialogue, suspendu il y a ".
_ROMANCE_OBJECT_PARTICIPLE = re.compile(
    # (Portuguese's too: "as conversações sobre a desmobilização, interrompidas há dois meses")
    # (…or a possessive's: "leurs consulats à Cúcuta, fermés depuis 2019")
    r"(?<![\w'’-])(?P<np>(?:(?:un|une|una|le|la|les|el|los|las|o|os|as|um|uma|il|lo|gli|i|son|sa|ses|leurs?|sus|seus?|suas?)\s+"
    r"|l['’]\s*)"
    r"[^\W\d_][^,;:()]{0,80}?),\s+"
    # (not a word that only ends as one does: ", después de que Washington desplegara [la semana pasada]")
    rf"(?P<part>(?!{ROMANCE_NOT_PARTICIPLES}\b)(?:[^\W\d_]{{3,}}{ROMANCE_PARTICIPLE_END}|{ROMANCE_IRREGULAR_PARTICIPLE}"
    # (…or Italian's: "approvata", "firmato", "concluse"; not its nouns so spelled)
    rf"|(?!{_ITALIAN_NOT_PARTICIPLES}\b)[^\W\d_]{{3,}}(?:at|it|ut)[oaie]))"
    # (what it was done by may come before the date: "une transition…, prolongée [de cinq ans] en mars 2025")
    # (a whole word: "suspendidas [desde] febrero" has no "de" phrase)
    r"(?P<mid>\s+(?:(?:de|por|par|pour|para|hasta|dal|dalla|dai|dalle|da)\b|d['’]|jusqu['’]à)\s*[^,;:()]{1,30}?"
    # (…or what it became: "l'Alliance des États du Sahel, devenue [une confédération] l'été suivant")
    r"|(?:(?<=devenu)|(?<=devenue)|(?<=devenus)|(?<=devenues))\s+(?:une?|des)\s+[^,;:()]{1,30}?)?\s+"
    r"(?:(?:hace|il\s+y\s+a|en|el|le|la|les|depuis|desde|em|no|na|da|dal|dalla|nel|nella)\s+)?$", re.UNICODE)
#: …or an appositive that sums up what came before, its participle right after it: ", una medida anunciada hace ",
#: ", une décision annoncée le ".
_ROMANCE_APPOSITIVE_PARTICIPLE = re.compile(
    r",\s+(?P<np>(?:un|une|una|uno|um|uma)\s+[^\W\d_]{3,}(?:\s+[^\W\d_]{3,})?)\s+"
    rf"(?P<part>(?!{ROMANCE_NOT_PARTICIPLES}\b)(?:[^\W\d_]{{3,}}{ROMANCE_PARTICIPLE_END}|{ROMANCE_IRREGULAR_PARTICIPLE}))"
    r"(?P<mid>)\s+(?:(?:hace|il\s+y\s+a|en|el|le|la|les|depuis|desde)\s+)?$", re.UNICODE)


#: A participle right after its noun phrase, no comma between, up to the date its phrases of partner and place lead to:
#: "…l'application de la déclaration de paix [signée] avec le Cambodge à Kuala Lumpur [le]".
_ROMANCE_RESTRICTIVE_PARTICIPLE = re.compile(
    r"(?<![\w'’-])(?P<np>(?:(?:une?|una|le|la|les|el|los|las|il|lo|gli|o|a|os|as|um|uma)\s+|l['’]\s*)[^\W\d_][^,;:()]{0,60}?)\s+"
    rf"(?P<part>(?!{ROMANCE_NOT_PARTICIPLES}\b)(?:[^\W\d_]{{3,}}{ROMANCE_PARTICIPLE_END}|{ROMANCE_IRREGULAR_PARTICIPLE}"
    rf"|(?!{_ITALIAN_NOT_PARTICIPLES}\b)[^\W\d_]{{3,}}(?:at|it|ut)[oaie]))"
    r"(?P<mid>(?:\s+(?:avec|con|com|mit|entre|tra|fra|à|a|en|em|in|au|aux|par|por|pelo|pela|dal|dalla)\s+[^,;:()]{1,40}?){0,2}?)\s+"
    r"(?:(?:le|el|il|em|no|na|en|in|a|à)\s+)?$", re.UNICODE)


#: An article joined to its preposition, and the article alone: "della" → "la", "du" → "le", "do" → "o".
_ARTICLE_OF_CONTRACTION = {"della": "la", "dello": "lo", "del": "il", "dei": "i", "degli": "gli", "delle": "le", "dell'": "l'",
                           "dell’": "l'", "du": "le", "des": "les", "da": "a", "do": "o", "das": "as", "dos": "os"}
#: …found in a noun phrase: " della dichiarazione", " du traité".
_CONTRACTED_ARTICLE = re.compile(r"(?<![\w'’-])(?P<c>della|dello|del|dei|degli|delle|dell['’]|du|des|da|do|das|dos)(?:\s+|(?<=['’]))",
                                 re.I)


#: A participle of reaching or signing a pact: "raggiunto", "firmado", "signé", "assinado".
_ROMANCE_PACT_PARTICIPLE = re.compile(r"(?i:raggiunt[oaie]|firmat[oaie]|siglat[oaie]|alcanzad[oa]s?|firmad[oa]s?|suscrit[oa]s?|"
                                      r"conclu[ei]?(?:e|s|es)?|sign[ée]e?s?|alcançad[oa]s?|assinad[oa]s?|conclu[íi]d[oa]s?|"
                                      r"concluso|conclusa|concluid[oa]s?)$")
#: A pact's noun, right after its determiner: "accordo", "acuerdo", "accord", "tratado", "intesa".
_ROMANCE_PACT_NOUN = re.compile(r"\s*(?i:accord[oi]?s?|acuerdos?|acordos?|intesa|intese|tratad[oa]s?|trattat[oi]|traités?|"
                                r"pactos?|patt[oi]|pactes?|entente|convenio|convenção|convenzione|protocol(?:o|e)s?|"
                                r"memorand[oau]m?s?|cessate\s+il\s+fuoco|alto\s+el\s+fuego|cessez-le-feu|cessar-fogo|"
                                r"tregua|trêve|trégua)\b")
#: A main verb of the present that says where a thing stands to another, dating nothing: "segue", "sigue", "suit".
_ROMANCE_PRESENT_MAIN = re.compile(r"(?<!\w)(?:segue|seguono|sigue|siguen|suit|suivent|fait\s+suite\s+à|ricorda|recuerda|"
                                   r"rappelle|relembra|riprende|retoma|reprend)(?!\w)", re.I)


def romance_restrictive_participle(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"La Thaïlande a suspendu mercredi l'application de la déclaration de paix signée avec le Cambodge à Kuala Lumpur le
    26 octobre": for the participle's date, "La déclaration de paix a été signée avec le Cambodge à Kuala Lumpur" (the
    noun phrase nearest before the participle, of its gender, was done to then; the main clause has a date of its own)."""
    rel = t.start - sentence.start
    if not _reads_romance(sentence.text):
        return None
    m = _ROMANCE_RESTRICTIVE_PARTICIPLE.search(sentence.text, max(0, rel - 160), rel)
    if m is None or re.fullmatch(FOLLOWING_PARTICIPLE, m["part"], re.I) or _ROMANCE_AUXILIARY_END.search(m["np"]):
        return None
    if not any(o.end <= t.start and o is not t for o in inside) \
            and (FOREIGN_PAST.search(sentence.text, dateline_end(sentence.text), m.start("np"))
                 or not _ROMANCE_PRESENT_MAIN.search(sentence.text, dateline_end(sentence.text), m.start("np"))):
        return None  # (alone, the date is the participle's only when the main verb is a present that dates nothing:
        # "L'incontro segue l'accordo sulla nomina del governatore raggiunto a settembre 2024")
    # (an article joined to its preposition opens a noun phrase too: Italian's "della dichiarazione", French "du traité")
    language = language_of(sentence.text)
    determiners = sorted([(d.start(), d.group().strip().lower(), d.end()) for d in _ROMANCE_DETERMINER.finditer(m["np"])]
                         + [(d.start(), "el" if language == "es" and d["c"].lower() == "del"
                             else _ARTICLE_OF_CONTRACTION[d["c"].lower()], d.end())
                            for d in _CONTRACTED_ARTICLE.finditer(m["np"])
                            # (Portuguese's "da" and "do" only: Italian's "da" is "from")
                            if language == "pt" or d["c"].lower() not in ("da", "do", "das", "dos")])
    gender = _participle_gender(m["part"])
    agreeing = [d for d in determiners if _DETERMINER_GENDER.get(d[1]) in (gender, None)] or determiners
    if _ROMANCE_PACT_PARTICIPLE.match(m["part"]):
        # (what is reached or signed is a pact, the nearest noun of its gender or not: "l'accordo sulla nomina del
        # governatore … raggiunto a settembre 2024" is the agreement)
        agreeing = [d for d in agreeing if _ROMANCE_PACT_NOUN.match(m["np"], d[2])] or agreeing
    start, article, end = agreeing[-1] if agreeing else (0, "", 0)
    np_start = m.start("np") + start
    if any(np_start <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    np = sentence.text[np_start:m.end("np")]
    if start and m["np"][start:end].strip().lower() != article:  # ("della dichiarazione" → "la dichiarazione")
        np = article + ("" if article.endswith("'") else " ") + m["np"][end:]
    if FOREIGN_PAST.search(np):
        return None  # (a clause of its own, no noun phrase: "…que le Cambodge a signée le 26 octobre")
    rest = re.match(r"[^,;:()]*", sentence.text[date_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    rest = re.sub(r"^\s+(?:que|qui|che|quien|donde|où|dove)\b.*", "", rest)
    return f"{np[:1].upper()}{np[1:]} {romance_passive(m['part'], sentence.text)} {m['part']}{m['mid']}{rest}"


def romance_object_participle(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…reanudaron el diálogo de paz, suspendido hace dos meses tras un atentado": for the aside's date, "El diálogo de
    paz fue suspendido tras un atentado" (the participle's noun was done to then)."""
    rel = t.start - sentence.start
    if not any(o.end <= t.start and o is not t for o in inside):
        return None
    if re.match(rf"\s*,?\s*{WHEN_WORD}", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        return None  # "…l'Algérie, interrompu depuis avril 2025, lorsqu'un drone avait été abattu": the when-clause's date
    m = _ROMANCE_OBJECT_PARTICIPLE.search(sentence.text, max(0, rel - 150), rel) \
        or _ROMANCE_APPOSITIVE_PARTICIPLE.search(sentence.text, max(0, rel - 80), rel)
    if m is None or re.fullmatch(FOLLOWING_PARTICIPLE, m["part"], re.I):
        return None  # (…not one of following: ", seguida en noviembre de un acuerdo marco" dates what followed)
    # (each noun phrase's determiner and where it stands; the phrase's own opening too, a Portuguese "o" or an Italian "i"
    # that the finder leaves, as the words for "or" and "and" they also are)
    determiners = [(d.start(), d.group().strip().lower()) for d in _ROMANCE_DETERMINER.finditer(m["np"])]
    if not determiners or determiners[0][0] > 0:
        determiners.insert(0, (0, m["np"].split(None, 1)[0].lower()))
    if re.search(r"(?:[oa]s|ée?s|[ui]e?s)$", m["part"]):
        # (a plural participle agrees with the last plural noun phrase: "las conversaciones sobre la disputa…,
        # suspendidas desde diciembre" were suspended, not the dispute)
        determiners = [d for d in determiners if d[1] in ("los", "las", "les", "os", "as", "i", "gli", "ses", "leurs", "sus",
                                                          "seus", "suas")] or determiners
    # (…and the participle's gender: "el diálogo sobre la seguridad en la frontera común, suspendido desde julio" is the
    # dialogue)
    gender = _participle_gender(m["part"])
    determiners = [d for d in determiners if _DETERMINER_GENDER.get(d[1]) in (gender, None)] or determiners
    # (…not one a preposition governs, which only says what the noun is about: "el diálogo bilateral sobre el territorio
    # del Esequibo, suspendido desde abril" is the dialogue)
    ungoverned = [d for d in determiners if not _GOVERNING_PREPOSITION.search(m["np"][:d[0]] + " ")] or determiners
    np_start = m.start("np") + ungoverned[-1][0]  # (its last noun phrase)
    if any(np_start <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    np = sentence.text[np_start:m.end("np")]
    part = m["part"]
    if _ROMANCE_PLAN_PARTICIPLE.fullmatch(part):
        # "…la tenue d'un référendum, prévu pour le printemps prochain": what is planned for then is the title, the
        # holding of it said by the date ("Un référendum")
        held = _ROMANCE_HOLDING_OF.sub("", np)
        return held[:1].upper() + held[1:]
    rest = re.match(r"[^,;:()]*", sentence.text[date_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    rest = re.sub(r"^\s+(?:que|qui|che|quien|donde|où|dove)\b.*", "", rest)  # (a relative clause after it is another's)
    return f"{np[:1].upper()}{np[1:]} {romance_passive(part, sentence.text)} {part}{m['mid'] or ''}{rest}"


#: The gender a Romance determiner tells, where it tells one in every language we read ("le" is French masculine and
#: Italian feminine plural, "les" and "l'" either).
_DETERMINER_GENDER = {**dict.fromkeys(("el", "los", "un", "uno", "o", "os", "um", "il", "lo", "gli"), "m"),
                      **dict.fromkeys(("la", "las", "una", "une", "a", "as", "uma"), "f")}


def _participle_gender(participle: str) -> str | None:
    """"m" for "suspendido", "firmados", "signé", "sciolti"; "f" for "suspendida", "signée", "firmate"; else None."""
    word = participle.lower()
    if word.endswith(("a", "as", "e", "es")) and not word.endswith(("é", "és")):
        return "f"
    if word.endswith(("é", "és", "o", "os", "i", "u", "us", "is", "t", "ts")):
        return "m"
    return None


#: A participle of planning: "prévu", "programada", "previsto", "fixée".
_ROMANCE_PLAN_PARTICIPLE = re.compile(r"(?:prévue?s?|programmée?s?|fixée?s?|prevists?[oaie]?s?|previst[oaie]s?|programad[oa]s?|"
                                      r"fijad[oa]s?|programmat[oaie]|fissat[oaie]|marcad[oa]s?|agendad[oa]s?)", re.IGNORECASE)
#: The noun of a holding before what is held: "la tenue d'", "la celebración de", "a realização de".
_ROMANCE_HOLDING_OF = re.compile(r"^(?:la\s+tenue|la\s+celebración|la\s+realización|la\s+organisation|a\s+realização|"
                                 r"lo\s+svolgimento|la\s+celebrazione)\s+(?:de\s+la\s+|de\s+las\s+|de\s+los\s+|d['’]|des\s+|du\s+|"
                                 r"de\s+|del\s+|di\s+|dei\s+|delle\s+|da\s+|do\s+|dos\s+|das\s+)", re.IGNORECASE)
#: (not the article inside a name of a truce: "un alto [el] fuego", "il cessate [il] fuoco")
_ROMANCE_DETERMINER = re.compile(r"(?<![\w'’-])(?<!\balto\s)(?<!\bcessate\s)"
                                 r"(?:un|une|una|uno|le|la|les|el|los|las|il|lo|gli|i|l['’]|os|as|um|uma|son|sa|ses|leurs?|sus|"
                                 r"seus?|suas?)(?:\s|(?<=['’]))",
                                 re.UNICODE | re.I)


#: A Spanish or French time clause with a subject of its own, up to its date: ", después de que Washington desplegara ".
_ROMANCE_TIME_CLAUSE = re.compile(r"\b(?:después\s+de\s+que|luego\s+de\s+que|antes\s+de\s+que|cuando|après\s+que|"
                                  r"lorsque|quand|avant\s+que|desde\s+que|depuis\s+que)\s+"
                                  r"(?P<subject>(?:(?:el|la|los|las|le|les|l['’])\s*)?"
                                  # (…or a count of a plain noun: "miles de transportistas")
                                  r"[^\W\d_][^\s,;:()]*(?:\s+(?:de\s+|du\s+|des\s+)?[A-ZÁÉÍÓÚ][^\s,;:()]*"
                                  r"|\s+(?:de|du|des|del)\s+[a-záéíóúèàç][^\s,;:()]*){0,3})\s+"
                                  r"(?P<verb>(?:(?:a|ont|avait|avaient|est|sont|était|étaient|ha|han|había|habían)\s+)?"
                                  r"[^\W\d_]{3,})"
                                  # (its object and place may come before the date: "desplegó buques de guerra en el Caribe
                                  # [en] agosto")
                                  # (…and "a finales de", "a mediados de" takes its "a": "suspendiera los vuelos [a] finales…")
                                  r"(?P<object>\s+(?!(?:en|el|le|la|à|au|a)\s*$)[^,;:()]{2,60}?)?\s+(?:(?:en|el|le|la|à|au|a)\s+)?$",
                                  re.UNICODE)
#: …and a Spanish one whose subject follows its verb: "desde que [entró en vigor] [el alto el fuego] el 10 de octubre".
_SPANISH_INVERTED_TIME_CLAUSE = re.compile(r"\b(?:después\s+de\s+que|luego\s+de\s+que|antes\s+de\s+que|cuando|desde\s+que)\s+"
                                           r"(?P<verb>[^\W\d_]{2,}(?:ó|aron|ieron|ara|aran|iera|ieran)(?:\s+en\s+vigor)?)\s+"
                                           r"(?P<subject>(?:el|la|los|las)\s+[^\W\d_][^,;:()]{1,50}?)(?P<object>)"
                                           r"\s+(?:(?:en|el|la|a)\s+)?$")
#: A Romance "when" clause opening the sentence, up to its comma: "Cuando [la nueva canciller asumió el cargo el 9 de
#: noviembre], prometió…", "Lorsque [le sommet s'est ouvert le 3 mars], …".
_ROMANCE_FRONTED_WHEN = re.compile(rf"\s*{ROMANCE_WHEN}\s*(?P<clause>[^,;:()]{{5,160}}?)\s*,\s+(?=\w)")
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


def romance_time_clause(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"Maduro denunció el jueves las amenazas, después de que Washington desplegara [la semana pasada] un portaaviones":
    the time clause's own date is its happening, "Washington desplegó un portaaviones"."""
    rel = t.start - sentence.start
    fronted = _ROMANCE_FRONTED_WHEN.match(sentence.text, dateline_end(sentence.text))
    if fronted is not None and fronted.start("clause") <= rel and t.end - sentence.start <= fronted.end("clause") \
            and not any(o is not t and fronted.start() <= o.start - sentence.start < fronted.end() for o in inside):
        # "Cuando la nueva canciller asumió el cargo el 9 de noviembre, prometió…": the fronted clause's date is its own
        at = fronted.start("clause")
        clause = remove_date_phrase(fronted["clause"], rel - at, t.end - sentence.start - at)
        return clause[:1].upper() + clause[1:] if len(clause.split()) >= 3 else None
    m = _SPANISH_INVERTED_TIME_CLAUSE.search(sentence.text, max(0, rel - 90), rel) \
        or _ROMANCE_TIME_CLAUSE.search(sentence.text, max(0, rel - 90), rel)
    if m is None or any(m.start() <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    words = m["verb"].split()
    verb = " ".join([_preterite_of(words[0])] + words[1:]) + (m["object"] or "")
    rest = re.match(r"[^,;:()]*", sentence.text[date_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    subject = m["subject"]
    renewed = _ROMANCE_RENEWED_THING.search(sentence.text, 0, m.start()) \
        if re.fullmatch(r"(?:el|la|le|il|o|a)\s+(?:anterior|précédente?|precedente)", subject, re.I) else None
    if renewed is not None:  # "…una nueva tregua, después de que la anterior expirara": the previous truce
        subject = f"{subject} {renewed['noun']}"
    return f"{subject[:1].upper()}{subject[1:]} {verb}{rest}"


#: A Romance when-clause right after a date, with a subject and a past of its own, to its end: ", quando la crisi energetica
#: aveva congelato i contatti", ", cuando el ejército tomó la ciudad", ", lorsqu'un drone a été abattu".
_ROMANCE_WHEN_AFTER_DATE = re.compile(r"\s*,\s+(?:(?:quando|cuando|quand)\s+|lorsqu(?:e\s+|['’])\s*)(?P<clause>(?:l['’]|(?:le|la|les|el|los|las|il|lo|"
                                      r"i|gli|o|a|os|as|un|une|una|uno|um|uma)\s+|[A-ZÀ-Ý])[^,;:()]{5,160})")


#: A Spanish or Portuguese when-clause right after a date, its passive before its subject: ", quando [foi encerrada] [a última
#: base da Renamo]".
_ROMANCE_WHEN_INVERTED_PASSIVE = re.compile(r"\s*,\s+(?:quando|cuando)\s+(?P<aux>foi|foram|fue|fueron)\s+"
                                            r"(?P<part>[a-zà-ÿ]{3,}(?:ado|ada|ados|adas|ido|ida|idos|idas))\s+"
                                            r"(?P<np>(?:o|a|os|as|el|la|los|las)\s+[^,;:()]{3,80})")


def romance_when_after_date(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"…per la prima volta dal febbraio 2025, quando la crisi energetica aveva congelato i contatti": a when-clause with a
    past of its own right after a date tells what happened then ("La crisi energetica aveva congelato i contatti"), not the
    main clause, which has a date of its own."""
    s = sentence.text
    inverted = _ROMANCE_WHEN_INVERTED_PASSIVE.match(s, date_phrase_end(t, inside) - sentence.start)
    if inverted is not None and _reads_romance(s) and any(o.end <= t.start for o in inside if o is not t):
        # ("…concluído em junho de 2023, quando foi encerrada a última base da Renamo": the passive's subject after it)
        np = inverted["np"].strip().rstrip(".!?")
        return f"{np[:1].upper()}{np[1:]} {inverted['aux']} {inverted['part']}"
    m = _ROMANCE_WHEN_AFTER_DATE.match(s, date_phrase_end(t, inside) - sentence.start)
    if m is None or not _reads_romance(s) or not FOREIGN_PAST.search(m["clause"]) \
            or not any(o.end <= t.start for o in inside if o is not t):
        return None
    clause = m["clause"].strip().rstrip(".")
    return clause[:1].upper() + clause[1:]


#: A thing said to be made anew, which "el anterior" after it stands for: "un nuevo [cese al fuego]", "une nouvelle
#: [trêve]".
_ROMANCE_RENEWED_THING = re.compile(r"\b(?:un|una|une|um|uma)\s+(?:nuev[oa]|nouvel(?:le)?|nouveau|nov[oa]|nuov[oa])\s+"
                                    r"(?P<noun>[^\W\d_]{3,}(?:\s+(?:al|de|du|del|di|do|da)\s+[^\W\d_]{3,})?)")


def romance_subject_relative(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """The clause a French, Spanish or Italian subject relative tells, with its own date after the main clause's:
    "Hace dos años, en noviembre de 2024, ambas partes firmaron un cese al fuego que expiró en agosto de 2025" is, for
    its second date, "Un cese al fuego expiró"."""
    rel = t.start - sentence.start
    if not any(o.end <= t.start and o is not t for o in inside) \
            or not re.match(r"\s*(?:[.;!?]\s*$|,)", sentence.text[date_phrase_end(t, inside) - sentence.start:]):
        return None
    m = _ROMANCE_SUBJECT_RELATIVE.search(sentence.text, max(0, rel - 160), rel)
    if m is None or any(m.start() <= o.start - sentence.start < rel for o in inside if o is not t):
        return None
    np = m["np"]
    last = list(_ROMANCE_DETERMINER.finditer(np))[-1]  # ("…ont signé un cessez-le-feu qui…": the last noun phrase)
    np = _ROMANCE_MAKING_OF.sub("", np[last.start():])  # ("la création d'une force unifiée, qui…": the force)
    return f"{np[:1].upper()}{np[1:]} {m['clause']}"


#: The making of a thing, before the thing a relative clause after it is about: "[la création d']une force unifiée".
_ROMANCE_MAKING_OF = re.compile(r"^(?:la|le|el|il|a|o|l['’])\s*(?:création|creación|creazione|criação|mise\s+en\s+place|"
                                r"formation|formación|formazione|formação|establecimiento|istituzione)\s+"
                                r"(?:d['’]|de\s+|del\s+|della\s+|dell['’]|da\s+|do\s+)(?=(?:une?|una|uno|um|uma)\s)",
                                re.IGNORECASE)


#: A Spanish or Portuguese preterite in the plural: "firmaron", "libraron", "assinaram".
_PLURAL_PRETERITE = r"[a-záéíóúç]{3,}(?:aron|ieron|aram|eram|iram)"
#: The first clause's subject, up to its own plural preterite: "[Ambos países] libraron".
_SUBJECT_BEFORE_PRETERITE = re.compile(rf"[\s.–—-]*(?P<np>[^\W\d_][^,;:()]{{2,60}}?)\s+{_PLURAL_PRETERITE}\b")


#: …and in the singular, Spanish's ("eligió", "celebró"), whose accented ending no noun has.
#: (…Portuguese's "expirou", "venceu"; French's and Italian's perfect: "a expiré", "è scaduto")
# (…or an irregular one, Spanish's and Portuguese's: "impuso", "hizo", "propôs", "fez")
_SINGULAR_PRETERITE = (r"[a-záéíóúñ]{2,}ió|[a-záéíóúñ]{3,}ó|[a-zàáâãéêíóôõúç]{3,}(?:ou|eu|iu)|(?:a|è|ha)\s+[a-zéè]{3,}(?:é|i|u|(?:at|it|ut)[oa])"
                       rf"|{ROMANCE_IRREGULAR_PRETERITES}")
#: (the first clause's own verb may be an auxiliary: "[Un premier cessez-le-feu] est entré en vigueur")
_SUBJECT_BEFORE_SINGULAR_PRETERITE = re.compile(rf"[\s.–—-]*(?P<np>[^\W\d_][^,;:()]{{2,60}}?)\s+"
                                                rf"(?:{_SINGULAR_PRETERITE}|(?:est|a|è|ha|foi|fue)\s+[a-zéè]{{3,}})\b")
#: A date phrase fronted before a Romance clause's subject, with its comma: "En enero de 2025, ", "Le 3 mars, ".
_FRONTED_DATE_PHRASE = re.compile(r"^\s*(?:(?:Em|En|Au|À|A|Nel|Nell['’]|Il|Le|El|Lo|No|Na|Dès|Depuis|Desde|Dal|Dalla|Durante|"
                                  r"Pendant)\s+[^,;:()]{1,40}?\d[^,;:()]{0,20}"
                                  # (…or one counted from the day of writing: "El año pasado, ", "L'an dernier, ", "Ayer, ")
                                  r"|(?:El|La|L['’]|O|A|Lo|Il)\s*(?:año|mes|semana|an|année|mois|semaine|ano|mês|anno|mese|"
                                  r"settimana)\s+(?:pasad[oa]|dernier|dernière|passad[oa]|scors[oa])|Ayer|Hier|Ontem|Ieri),\s+"
                                  # (…or with no comma, a year closing it before the subject's article: "En diciembre de
                                  # 2020 los jueces se declararon…")
                                  r"|^\s*(?:Em|En|Au|À|A|Nel|Nell['’]|Dès|Depuis|Desde|Dal|Dalla)\s+[^,;:()]{1,40}?\b\d{4}\s+"
                                  r"(?=(?:los|las|el|la|le|les|o|os|as|il|i|gli|lo|l['’]|un|una|um|uma|une)\b)")
#: A relative clause set off by commas after a subject: ", que no reconoce la jurisdicción de la corte,".
_SET_OFF_RELATIVE = re.compile(r",\s+(?:que|qui|quien|quienes|che|cui)\s[^,;]{3,160},")


#: A German first clause's subject and auxiliary: "[Ein erster Waffenstillstand] [war] im August…".
_GERMAN_SUBJECT_AND_AUXILIARY = re.compile(r"[\s.–—-]*(?P<np>(?:Der|Die|Das|Ein|Eine|Einen)\s[^,;:()]{2,90}?)\s+"
                                           r"(?P<aux>war|waren|ist|sind|hat|haben|hatte|hatten|wurde|wurden)\s")


#: A Romance subject with its article, and the auxiliary of its compound past: "[Les deux pays] [avaient] découvert",
#: "[El Gobierno] [había] firmado".
_ROMANCE_SUBJECT_AND_AUXILIARY = re.compile(
    r"[\s.–—-]*(?P<np>(?:L['’]|(?:Les?|La|Los|Las|El|Il|I|Gli|Lo|Os|As|O|A)\s)[^,;:()]{2,60}?)\s+"
    r"(?P<aux>ont|avaient|a|avait|sont|étaient|est|était|han|habían|ha|había|hanno|avevano|aveva|sono|erano|è|era|têm|"
    r"tinham|tem|tinha)\s+(?:[a-z]+ment\s+)?[a-zàâçéèêîôû]{2,}(?:é|ée?s?|i|ie?s?|u|ue?s?|is|it|ert|ado|ido|ato|ito|uto|ati|iti)\s")
#: A Romance infinitive's ending: "concluder[si]", "termin[ar]", "iniz[iare]".
_INFINITIVE_END = r"(?:are|ere|ire|arsi|ersi|irsi|ar|er|ir|arse|erse|irse|re)"
#: A title opening with an infinitive, its modal left with the first clause: "Concludersi", "Terminar en junio".
_INFINITIVE_FIRST = re.compile(rf"[a-zà-ÿ]{{3,}}{_INFINITIVE_END}(?:\s|$)")
#: The noun phrase that opens a Romance first clause, its article first, up to its verb: "[I lavori di ripristino] ".
_OPENING_ROMANCE_NP = (r"[\s.–—-]*(?P<np>(?:L['’]|(?:Les?|La|Los|Las|El|Il|I|Gli|Lo|Os|As|O|A|Un|Una|Une|Um|Uma)\s)"
                       r"[^,;:()]{2,60}?)\s+")
#: …or with a possessive first: "[Son procès pour trahison] ", "[Su audiencia] ".
_OPENING_ROMANCE_NP_OR_OWNED = _OPENING_ROMANCE_NP.replace("|Um|Uma)", "|Um|Uma|Son|Sa|Ses|Leur|Leurs|Su|Sus|Seu|Sua|Suo)")
#: A first clause's subject and its modal: "[I lavori di ripristino] [dovrebbero] iniziare".
_SUBJECT_AND_MODAL = re.compile(
    _OPENING_ROMANCE_NP
    + r"(?P<modal>dovrebbero|dovrebbe|devono|deve|potrebbero|potrebbe|possono|può|debería|deberían|debe|deben|podría|podrían|"
    r"puede|pueden|devrait|devraient|doit|doivent|pourrait|pourraient|peut|peuvent|deveria|deveriam|devem|pode|podem|"
    rf"vão|van|vont|va|vanno)\s+[a-zà-ÿ]{{3,}}{_INFINITIVE_END}\b")
#: A Romance modal and its infinitive, opening a predicate: "doit reprendre", "debe reanudarse", "dovrebbe riprendere".
_MODAL_FIRST = re.compile(rf"(?:doit|doivent|devrait|devraient|debe|deben|debería|deberían|deve|devem|deveria|dovrebbe|"
                          rf"dovrebbero|devono)\s+(?:(?:se|si|s['’])\s*)?[a-zà-ÿ]{{3,}}{_INFINITIVE_END}\b")
#: A first clause's subject, its possessive or article first, up to its past: "[Son procès pour trahison] s'est ouvert".
_SUBJECT_BEFORE_ITS_PAST = re.compile(
    _OPENING_ROMANCE_NP_OR_OWNED
    + r"(?=(?:s['’]|se\s+|si\s+)?(?:est|a|ont|sont|ha|han|è|hanno|foi|fue|fueron|[a-zà-ÿ]{3,}(?:ó|aron|ieron|ou|ò)\b))")
#: An "and" right before a noun phrase (its article too): "…il governo [e i] gruppi".
_JOINED_BEFORE = re.compile(r"\b(?:e|et|y|ed|and)\s+(?:(?:o|a|os|as|le|la|les|el|il|lo|i|gli|los|las|l['’])\s*)?$")
#: A title that opens with an auxiliary (a word of limit maybe first), its subject left with the first clause: "Solo fueron
#: retomadas", "Só foram retomadas", "N'ont repris qu'en".
_LIMITED_AUXILIARY_FIRST = re.compile(r"(?:(?:solo|sólo|só|apenas|ya|já)\s+|n['’])(?:ont|a|sont|est|han|ha|fueron|fue|foram|"
                                      r"foi|sono|è|hanno|tinham|tinha)\s")
#: …and the first clause's subject before its own auxiliary: "[Las conversaciones] fueron interrumpidas".
_ROMANCE_SUBJECT_BEFORE_AUXILIARY = re.compile(_OPENING_ROMANCE_NP
                                               + r"(?:ont|a|sont|est|han|ha|fueron|fue|foram|foi|sono|è|hanno|tinham|tinha)\s")
#: A title that opens with a participle alone, its auxiliary left with the first clause: "Conclu un accord…".
_ROMANCE_PARTICIPLE_FIRST = re.compile(r"[a-zàâçéèêîôû]{2,}(?:é|i|u|is|it|ert|ado|ido|ato|ito|uto)\s+\S")
#: A title that opens with a compound past's auxiliary, its subject left with the first clause: "Ont conclu un accord…".
_ROMANCE_AUXILIARY_FIRST = re.compile(r"(?:ont|avaient|sont|étaient|han|habían|hanno|avevano|sono|erano|têm|tinham)\s+"
                                      r"[a-zàâçéèêîôû]{2,}(?:é|ée?s|i|ie?s|u|ue?s|is|it|ert|ado|ido|ato|ito|uto|ati|iti)\s")


#: A second object joined on, its article after "and": " y la reapertura del diálogo", " et la tenue d'un sommet".
_JOINED_OBJECT = re.compile(r"\s+(?:y|e|et|und)\s+(?P<np>(?:l['’]|(?:la|el|los|las|le|les|il|lo|gli|o|a|os|as|un|una|une|uno|um|uma|"
                            r"die|der|das|den)\s+)[^\W\d_][^,;:()]{2,120}?)\s*$")


def romance_joined_object(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"El acuerdo prevé la celebración de elecciones en 2027 y la reapertura del diálogo el próximo 15 de noviembre": each
    object a verb takes has its own date, and the second's title is its noun phrase ("La reapertura del diálogo")."""
    s = sentence.text
    start = t.start - sentence.start
    before = [o for o in inside if o is not t and o.end <= t.start]
    if not before or not _reads_romance(s):
        return None
    lo = before[-1].end - sentence.start
    m = _JOINED_OBJECT.search(s, lo, start)
    if m is None or FOREIGN_PAST.search(m["np"]) or _ROMANCE_FUTURE_OR_PRESENT_VERB.search(m["np"]):
        return None  # (a clause of its own: "…y las tropas se retiraron en marzo")
    if re.search(r"\b[A-ZÀ-Ý][\w'’.-]*$", s[:m.start()]) and re.match(r"(?:l['’]|\w+\s+)[A-ZÀ-Ý]", m["np"]):
        return None  # (the second half of a name: "la cumbre de San Vicente [y las Granadinas] de diciembre de 2023")
    np = re.sub(r"\s+(?:el|le|la|il|en|em|no|na|a|à|au|del|de)\s*(?:pr[óo]xim[oa]|prochain)?\s*$", "", m["np"]).strip()
    rest = re.match(r"[^,;:()]*", s[date_phrase_end(t, inside) - sentence.start:]).group().rstrip(" .!?")
    return (np[:1].upper() + np[1:] + rest).strip()


def first_joined_object_end(sentence: Sentence, t: Timex, inside: list[Timex]) -> int | None:
    """Where the first of two objects with their own dates ends: "…la celebración de elecciones regionales [en 2027][ y la
    reapertura del diálogo el 15 de noviembre]" is cut before the "y"."""
    s = sentence.text
    after = [o for o in inside if o is not t and o.start >= t.end]
    if not after or not _reads_romance(s):
        return None
    end = date_phrase_end(t, inside) - sentence.start
    # (…or before a "before doing" with a date of its own: "…combattuto per cinque giorni a luglio[, prima di concordare un
    # cessate il fuoco il 28 luglio]")
    doing = _BEFORE_DOING.match(s, s.rfind(",", end, after[0].start - sentence.start), after[0].start - sentence.start) \
        if "," in s[end:after[0].start - sentence.start] else None
    if doing is not None:
        return sentence.start + doing.start()
    m = _JOINED_OBJECT.search(s, end, after[0].start - sentence.start)
    if m is None or FOREIGN_PAST.search(m["np"]) or _ROMANCE_FUTURE_OR_PRESENT_VERB.search(m["np"]):
        return None
    return sentence.start + m.start()


def foreign_joined_predicate(first_clause: str, title: str) -> str | None:
    """"Ambos países libraron una guerra en 1995 y firmaron la paz en Brasilia en 1998": a joined predicate that opens with
    a plural preterite is done by the first clause's subject ("Ambos países firmaron la paz en Brasilia")."""
    german = _GERMAN_SUBJECT_AND_AUXILIARY.match(first_clause)
    if german is not None and re.fullmatch(r"(?:ge)?[a-zäöü]{3,}(?:t|en)(?:\s+worden)?", title[:1].lower() + title[1:]):
        # ("Ein erster Waffenstillstand war im August 2023 in Kraft getreten und im Februar 2024 verlängert worden": the
        # subject and its auxiliary are shared)
        return f"{german['np']} {german['aux']} {title[:1].lower()}{title[1:]}"
    shared = _ROMANCE_SUBJECT_AND_AUXILIARY.match(first_clause)
    if shared is not None and _ROMANCE_PARTICIPLE_FIRST.match(title[:1].lower() + title[1:]):
        # ("Les deux pays avaient découvert le gisement en 2015 et conclu un accord en février 2018": the subject and its
        # auxiliary are shared)
        return f"{shared['np']} {shared['aux']} {title[:1].lower()}{title[1:]}"
    if shared is not None and (_ROMANCE_AUXILIARY_FIRST.match(title[:1].lower() + title[1:])
                               # (…or the first clause's own singular one: "a organisé un référendum … et, en mai 2025, a
                               # élu un gouverneur")
                               or _ROMANCE_PARTICIPLE_FIRST.match(title, len(shared["aux"]) + 1)
                               and title[:1].lower() + title[1:len(shared["aux"]) + 1] == shared["aux"] + " "):
        # ("…et ont conclu un accord en février 2018": the subject is shared)
        return f"{shared['np']} {title[:1].lower()}{title[1:]}"
    due = _MODAL_FIRST.match(title[:1].lower() + title[1:])
    opening = _SUBJECT_BEFORE_ITS_PAST.match(first_clause) if due is not None else None
    if opening is not None:
        # ("Son procès s'est ouvert en septembre à Juba et doit reprendre le 15 janvier": the second predicate, a modal and
        # its infinitive, is the first clause's subject's)
        return f"{opening['np']} {title[:1].lower()}{title[1:]}"
    modal = _SUBJECT_AND_MODAL.match(first_clause) if _INFINITIVE_FIRST.match(title[:1].lower() + title[1:]) else None
    if modal is not None:
        # ("I lavori dovrebbero iniziare nella primavera del 2027 e concludersi entro la fine del 2028": the subject and its
        # modal are shared)
        return f"{modal['np']} {modal['modal']} {title[:1].lower()}{title[1:]}"
    limited = _LIMITED_AUXILIARY_FIRST.match(title[:1].lower() + title[1:])
    subject = _ROMANCE_SUBJECT_BEFORE_AUXILIARY.match(first_clause) if limited is not None else None
    if subject is not None:
        # ("Las conversaciones fueron interrumpidas en marzo y solo fueron retomadas en octubre": the subject is shared;
        # French's "ne … que" of the date is an "only", no "not": "n'ont repris qu'en octobre" → "ont repris")
        told = title[:1].lower() + title[1:]
        only = re.search(r"\s+qu(?:e|['’]en?|['’]au)\s*$", told)  # (the "que" the date took its place after)
        if only is not None:
            told = re.sub(r"^n['’]", "", told[:only.start()])
        return f"{subject['np']} {told}"
    # (a reflexive's pronoun may open it: "…se rompieron en febrero de 2019 y [se] restablecieron en agosto de 2022")
    reflexive = r"(?:(?:se|si)\s+|s['’])?"
    # (…or a present of planning, its infinitive after it: "…celebró audiencias en marzo y prevé dictar sentencia")
    intent = re.match(ROMANCE_INTENT_AND_INFINITIVE, title[:1].lower() + title[1:])
    singular = re.match(rf"{reflexive}(?:{_SINGULAR_PRETERITE})(?:\s|,|$)", title[:1].lower() + title[1:]) is not None \
        or intent is not None and not re.match(r"[a-zà-ÿ]+(?:n|nt|ono|em)\s", intent.group())  # (not "prevén", "prevedono")
    if not singular and not re.match(rf"{reflexive}{_PLURAL_PRETERITE}(?:\s|,|$)", title[:1].lower() + title[1:]) \
            and intent is None:
        return None
    # (…its subject's relative clause set off is no part of it: "Venezuela, que no reconoce la corte, celebró…")
    first_clause = _SET_OFF_RELATIVE.sub("", first_clause)
    # (…nor the date fronted before it: "Em janeiro de 2025, o grupo M23 tomou Goma… e em fevereiro avançou")
    first_clause = _FRONTED_DATE_PHRASE.sub("", first_clause, count=1)
    m = (_SUBJECT_BEFORE_SINGULAR_PRETERITE if singular else _SUBJECT_BEFORE_PRETERITE).match(first_clause)
    if m is None or re.search(r"(?i:\b(?:que|qui|che|quien|cuando|donde)\b)", m["np"]):
        return None
    # (a reflexive's pronoun is the first verb's, not the subject's: "La Corte se declaró competente … y rechazó")
    np = re.sub(r"\s+(?:se|si|s['’]|lo|la|le|les|los|las)$", "", m["np"])
    return f"{np} {title[:1].lower()}{title[1:]}"


#: A noun phrase with its article, and the preposition a year it is of follows: "[L'accord] de", "[Das Abkommen] von",
#: "[el laudo arbitral] de".
_NOUN_BEFORE_ITS_YEAR = re.compile(r"(?P<np>(?:(?<![\w'’])(?:[Ll]|[Dd]all|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull)['’]|\b(?:[Ll]es?|[Ll]a|[Ee]l|[Ll]os|[Ll]as|[Ii]l|[Dd]er|[Dd]ie|[Dd]as|"
                                   # (…or an indefinite one: "una ley de 1798")
                                   r"[Dd]em|[Dd]en|[Uu]na|[Uu]ne?|[Uu]ma|[Ee]ine?)\s+)[^\W\d_][\w'’-]*"
                                   # (the nearest article's: not "[el Gobierno aplicara] una ley de")
                                   r"(?:\s+(?!(?:el|la|los|las|le|les|un|une|una|uma|um|der|die|das|dem|den|ein|eine)\s)"
                                   r"[^\W\d_][\w'’-]*){0,3}?"
                                   # (…or a text's capitalised name, whatever article or contraction goes before it: "ao
                                   # [Acordo de Paz e Reconciliação Nacional] de 2019")
                                   r"|(?<=\s)(?:Acordo|Acuerdo|Accordo|Accord|Traité|Tratado|Trattato|Abkommen|Vertrag|Déclaration|"
                                   r"Declaración|Declaração|Protocole|Protocolo|Protocollo)(?:\s+(?:(?:de|e|y|et|del|da|do|di|du|des|"
                                   r"für|und)\s+)?[A-ZÀ-Ý][\w'’-]*){0,6}"
                                   # (…and in English, the name ending on what the text is: "the Peace and National
                                   # Reconciliation Agreement of 2019")
                                   r"|\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+(?:(?:and|of|for|on)\s+)?){0,5}(?:Agreement|Accords?|Treaty|"
                                   r"Declaration|Protocol|Convention|Charter))\s+"
                                   r"(?P<of>de|von|vom|del|di|dell['’]|della|du|d['’]|de\s+la|do|da|of)\s*$")
#: A text's head noun, whose month or year says when it was made: "accordo", "traité", "Abkommen".
_TEXT_NOUN = re.compile(r"(?i)\b(?:accord[oi]?|acuerdos?|acordos?|trattat[oi]|tratados?|traités?|tregua|trêve|protocol[oe]s?|"
                        r"protocoll[oi]|abkommen|vertrag|intesa|memorando|mémorandum|"
                        # (…or a law's: "una ley de 1798", "la loi de 1905", "das Gesetz von 1949")
                        r"ley|leyes|loi|lois|legge|leggi|lei|leis|gesetz|decreto|décret|constitución|constitution|"
                        r"costituzione|constituição|verfassung)\b")
#: A phrase of what a text is against or about, right after its year, which leaves the year the text's: "[ contra] los
#: extranjeros enemigos".
_TEXT_S_OBJECT_AFTER = re.compile(r"\s+(?:contra|sobre|con|contre|sur|avec|contro|sul|sulla|sui|sulle|com|gegen|über|mit)\s", re.I)
#: A count from a happening right before its noun phrase: "cinque anni dopo [il cessate il fuoco]", "deux ans après".
_COUNT_FROM_NOUN = re.compile(r"\b(?:dopo|después\s+de|depois\s+d[eoa]s?|après|nach|seit|depuis|desde|dal|dalla|dall['’])\s*$", re.I)


def foreign_year_of_noun(sentence: Sentence, t: Timex, inside: list[Timex]) -> str | None:
    """"L'accord de 2015 a expiré en octobre", "Das Abkommen von 2015 ist im Oktober ausgelaufen": a bare year a noun is
    of, when another date dates the clause, names that noun ("L'accord de 2015"), as "the 2015 nuclear deal" does."""
    s = sentence.text
    start = t.start - sentence.start
    m = _NOUN_BEFORE_ITS_YEAR.search(s, max(0, start - 60), start)
    # (…or, whatever the clause's own date, when a count is from it: "L'intesa arriva cinque anni dopo il cessate il
    # fuoco dell'ottobre 2020")
    counted = m is not None and _COUNT_FROM_NOUN.search(s, max(0, m.start() - 20), m.start()) is not None
    # (…or a text's month or year, even alone: "una guerra civile, conclusa dall'accordo di pace rivitalizzato del settembre
    # 2018", "el proceso amenaza el acuerdo de paz de 2018")
    # (the date closing its clause: a verb after it is the noun's own doing, "the Tashkent Accord of July 1972 obliged…")
    texts_month = m is not None and _TEXT_NOUN.search(m["np"]) is not None and re.fullmatch(r"\d{4}(?:-\d{2})?", t.value) is not None \
        and (re.match(r"\s*(?:[.;!?]|$)", s[date_phrase_end(t, inside) - sentence.start:]) is not None
             or _TEXT_S_OBJECT_AFTER.match(s, date_phrase_end(t, inside) - sentence.start) is not None)
    # (…or German's "vom" and a day, which only a noun's day follows: "vor der Präsidentenwahl vom 28. Juli 2024")
    german_day = m is not None and m["of"] == "vom" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.value) is not None
    if m is None or not (re.fullmatch(r"\d{4}", t.text) and any(o is not t for o in inside) or counted or texts_month
                         or german_day):
        return None
    if german_day and re.match(r"der\s", m["np"]) \
            and re.search(r"\b(?:vor|nach|seit|bei|mit|von|zu|aus|gegenüber)\s+$", s[max(0, m.start() - 12):m.start()]):
        # (a dative's feminine article after its preposition: "vor der Präsidentenwahl" is "Die Präsidentenwahl")
        return f"Die {m['np'][4:]} vom {t.text}"
    np = re.sub(r"^(?:[Dd]all|[Dd]ell|[Nn]ell|[Aa]ll|[Ss]ull)(?=['’])", "L", m["np"])  # ("dall'accordo": "L'accordo")
    np = re.sub(r"^(?:dem|den)\s", lambda w: "Der " if w.group().startswith("dem") else "Die ", np)  # (German's dative)
    of = m["of"] if m["of"][-1] in "'’" else m["of"] + " "
    return f"{np[:1].upper()}{np[1:]} {of}{t.text}"


#: A French, Spanish, Italian or German time clause with its own subject: "depuis que [la junte malienne a mis fin…]".
_FOREIGN_TIME_CLAUSE = re.compile(r"\b(?:depuis\s+que|après\s+que|desde\s+que|después\s+de\s+que|dopo\s+che|nachdem|seitdem)\s+"
                                  # (…a German clause's date may come first, and its subject be counted: "nachdem [am
                                  # Freitag zwei Tanker … getroffen worden waren]")
                                  r"(?P<clause>(?:(?:am|im)\s+[A-ZÄÖÜ][\wäöüß]+\s+)?"
                                  r"(?:l['’]|(?:le|la|les|el|los|las|il|lo|gli|der|die|das|os|as|zwei|drei|vier|fünf|sechs|"
                                  r"mehrere|einige)\s+|[A-ZÀ-Ý])[^;]{3,200}?)"
                                  r"\s*(?:(?<!\d)[.;!?]|$)", re.I)  # (a German day's ordinal stop ends no clause: "12. November")


#: A German subordinate clause's past, its finite verb last: "…auf Einsparungen [geeinigt hatte]", "[zurückgetreten war]".
#: (…a passive's "worden" between: "[getroffen worden waren]")
_GERMAN_FINAL_PAST = re.compile(r"\s(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]{3,}iert|(?:be|ver|er|ent|zer|emp|miss)"
                                r"[a-zäöüß]{3,}(?:t|en))(?:\s+worden)?\s+(?P<verb>hatte|hatten|war|waren|hat|haben|ist|sind)\s*$")
#: …the same before a comma, inside a longer stretch.
_GERMAN_FINAL_PAST_BEFORE_COMMA = re.compile(_GERMAN_FINAL_PAST.pattern.replace(r"\s*$", r"(?=\s*,)"))
#: A German clause's subject, from its opening: an article's noun phrase (and its genitive) or a name.
_GERMAN_NOUN_PHRASE = (r"(?:(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]ine?|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Mm]ehrere|[Ee]inige)\s+"
                       r"(?:[a-zäöüß][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*"
                       # (a name after the noun, its adjective capitalised: "die Regierungspartei Georgischer Traum")
                       r"(?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:er|es|e)\s+[A-ZÄÖÜ][\wäöüß-]*)?"
                       # (…a genitive's adjective too: "zwei Tanker der russischen Schattenflotte")
                       r"(?:\s+(?:der|des)\s+(?:[a-zäöüß][\wäöüß-]*\s+)?[A-ZÄÖÜ][\wäöüß-]*)?|[A-ZÄÖÜ][\wäöüß-]+(?:\s+[A-ZÄÖÜ][\wäöüß-]+)*)")
#: …and two of them joined: "Israel und die Hamas".
_GERMAN_CLAUSE_SUBJECT = re.compile(rf"{_GERMAN_NOUN_PHRASE}(?:\s+und\s+{_GERMAN_NOUN_PHRASE})?(?=\s)")


def foreign_time_clause(sentence: Sentence, t: Timex, inside: list[Timex]) -> Sentence | None:
    """"Les relations se sont dégradées depuis que la junte a mis fin, en janvier 2024, à l'accord d'Alger": a date in a
    time clause with its own subject and past dates that clause, not the main one (German's too, its verb last: "…, nachdem
    die Koalition sich in der Nacht zum 12. November geeinigt hatte")."""
    s = sentence.text
    m = _FOREIGN_TIME_CLAUSE.search(s)
    rel = t.start - sentence.start
    if m is None or not m.start("clause") <= rel < m.end("clause") or _BARE_ROMANCE_PARTICIPLE.search(s, max(0, rel - 80), rel):
        return None
    # (a Romance clause's date only when it is the sentence's only one — others go as their own functions tell them; a
    # German clause, its verb last, is the clause's whatever the main clause's date)
    # (a German clause ends at its verb, before what follows its comma: "…angekündigt hatte[, die Gespräche auszusetzen]")
    end = next((f.end() for f in _GERMAN_FINAL_PAST_BEFORE_COMMA.finditer(m["clause"])
                if f.end() > rel - m.start("clause")), len(m["clause"]))
    clause = m["clause"][:end]
    if not (_GERMAN_FINAL_PAST.search(clause) or FOREIGN_PAST.search(clause)
            and not any(o.start - sentence.start < m.start() for o in inside if o is not t)):
        return None
    return Sentence(sentence.start + m.start("clause"), sentence.start + m.start("clause") + end, clause)


def german_main_order(title: str) -> str:
    """"Die Koalition sich auf Einsparungen geeinigt hatte" → "Die Koalition hatte sich auf Einsparungen geeinigt", "Als der
    Bundestag die Schuldenbremse lockerte" → "Der Bundestag lockerte die Schuldenbremse": a German subordinate clause told
    as a title loses its conjunction and puts its finite verb back second, after its subject."""
    opened = GERMAN_SUBORDINATOR.match(title)
    clause = title[opened.end():] if opened is not None else title
    final = _GERMAN_FINAL_PAST.search(clause) or (_GERMAN_FINAL_SIMPLE_PAST.search(clause) if opened is not None else None)
    subject = _GERMAN_CLAUSE_SUBJECT.match(clause) if final is not None else None
    if subject is None or subject.end() > final.start():
        return title
    verb, particle = final["verb"], ""
    separable = _GERMAN_SEPARABLE_PAST.fullmatch(verb)
    if separable is not None:  # ("…in Brüssel zusammenkamen": "…kamen in Brüssel zusammen")
        verb, particle = separable["verb"], f" {separable['particle']}"
    told = f"{clause[:subject.end()]} {verb}{clause[subject.end():final.start('verb')].rstrip()}{particle}"
    return told[:1].upper() + told[1:]


#: A German subordinating conjunction opening a clause cut as a title: "Als ", "Nachdem ".
GERMAN_SUBORDINATOR = re.compile(r"(?:Als|Nachdem|Bevor|Seitdem|Sobald|Während)\s+(?=(?:der|die|das|ein|eine)\s|[A-ZÄÖÜ])")
#: A German subordinate clause's simple past, last: "…die Schuldenbremse [lockerte]" (a weak past, or a strong one news
#: tells).
_GERMAN_FINAL_SIMPLE_PAST = re.compile(rf"\s(?P<verb>[a-zäöüß]{{3,}}(?:te|ten)|(?:{_SEPARABLE_PARTICLES})?{GERMAN_LEXICAL_PAST})\s*$")
#: A strong past with its separable particle joined on, as a subordinate clause closes with it: "zusammenkamen".
_GERMAN_SEPARABLE_PAST = re.compile(rf"(?P<particle>{_SEPARABLE_PARTICLES})(?P<verb>{GERMAN_LEXICAL_PAST})")


#: A saying in French, Spanish or Italian and the clause it reports, up to the clause's start: "l'annonce par l'Algérie
#: [qu']", "a affirmé [que]", "anunció [que]".
_ROMANCE_SAYING_THAT = re.compile(r"\b(?:annonce|annoncé|affirmé|déclaré|dit|indiqué|assuré|estimé|anunció|afirmó|dijo|declaró|"
                                  r"aseguró|informó|detto|dichiarato|annunciato|affermato)\b(?P<by>[^,;.]{0,60}?)"
                                  r"\b(?:qu['’]|que\s+|che\s+)")
#: Who is named as the sayer between the saying and its clause: "par l'Algérie", "de Rome".
_ROMANCE_SAYER = re.compile(r"\b(?:par|por|da)\s+(?P<name>(?:l['’]|(?:le|la|les|el|los|las|il)\s+)?[A-ZÀ-Ý][\w'’-]*"
                            r"(?:\s+[A-ZÀ-Ý][\w'’-]*)*)")


def romance_reported_clause(sentence: Sentence, t: Timex) -> str | None:
    """"…au lendemain de l'annonce par l'Algérie qu'elle avait abattu un drone malien dans la nuit du 31 mars": a date
    inside what a saying reports, told in a past, is that report's happening ("L'Algérie avait abattu un drone…"),
    its pronoun the sayer named."""
    s = sentence.text
    rel = t.start - sentence.start
    said = next(reversed(list(_ROMANCE_SAYING_THAT.finditer(s, max(0, rel - 200), rel))), None)
    if said is None or not _reads_romance(s) or re.search(r"[;]|,\s", s[said.end():rel]) \
            or not FOREIGN_PAST.search(s, said.end(), rel):
        return None
    end = re.search(r"[,;.]\s|[.;]?$", s[t.end - sentence.start:])
    clause = s[said.end():t.end - sentence.start + end.start()]
    clause = remove_date_phrase(clause, rel - said.end(), t.end - sentence.start - said.end(), own=True).strip(" .")
    pronoun = re.match(r"(?:il|elle|ils|elles)\s", clause)
    sayer = _ROMANCE_SAYER.search(said["by"]) if pronoun else None
    if pronoun and sayer is None:
        return None
    if sayer is not None:
        clause = sayer["name"] + " " + clause[pronoun.end():]
    return clause[:1].upper() + clause[1:]
