"""A cheap guess at an article's language, enough to route it to the right date grammar."""

from __future__ import annotations

import re

_STOPWORDS = {
    # (…and its own auxiliaries and pronouns, no other language's words, for a short text that quotes a name with accents:
    # "…between 2022 and March 2025, when President João Lourenço stepped down")
    "en": {"the", "and", "of", "to", "in", "is", "was", "said", "on", "for", "with", "that", "by", "from", "had", "has",
           "have", "were", "when", "which", "who", "would", "will", "they", "he", "she", "it", "its", "their", "been",
           "after", "between", "but", "at"},
    # ("de" and "la" are Spanish's too: French's own elided articles and "à" tell a short French sentence apart)
    "fr": {"le", "la", "les", "des", "et", "du", "un", "une", "est", "dans", "pour", "que", "sur", "au", "avec",
           "ont", "été", "aux", "ses", "qui", "pas", "leur", "de", "à", "l", "d", "qu", "par", "selon", "cette", "sont"},
    "de": {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine", "auf", "im", "sich",
           "am", "hat", "haben", "hatte", "hatten", "wurde", "auch", "nach", "bei", "für", "dem", "des", "beide"},
    "es": {"el", "la", "los", "las", "y", "de", "que", "en", "un", "una", "por", "con", "para", "del", "se",
           "al", "su", "sus", "fue", "han", "como", "más"},
    "tr": {"ve", "bir", "bu", "ile", "için", "da", "de", "olarak", "olan", "göre", "dedi", "ancak", "çok", "daha"},
    "ru": {"и", "в", "не", "на", "что", "с", "по", "как", "из", "за", "от", "для", "это", "был", "года"},
    "uk": {"і", "у", "в", "та", "що", "від", "це", "року", "із", "був", "була", "було", "які", "також", "його", "на",
           "не", "з", "до", "за", "для", "про"},
    "it": {"il", "di", "che", "e", "la", "per", "un", "del", "della", "con", "non", "sono", "nel", "alla", "gli", "dei",
           "delle", "degli", "dal", "dalla", "nella", "anche", "è", "stato", "stata", "state", "stati", "erano", "hanno"},
    "pt": {"o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "na", "ao", "pelo",
           "pela", "às", "foi", "são", "seu", "sua"},
    # (Dutch, whose dates the foreign grammar reads too: "Het hof had in maart 2023 om het advies gevraagd")
    "nl": {"het", "een", "van", "en", "op", "voor", "niet", "zijn", "werd", "werden", "heeft", "hebben", "naar", "bij",
           "uit", "ook", "dat", "door", "maar", "wordt", "om", "tegen",
           # (…and its "de", which Spanish, French and Portuguese share, with its own "te", "met", "die", "aan", "sinds")
           "de", "te", "met", "die", "aan", "als", "er", "nog", "sinds", "hun", "zich", "deze", "dit", "worden", "wil"},
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str:
    """ISO 639-1 code of the most likely language among those the tagger knows; "en" when unsure."""
    words = [w.lower() for w in _WORD.findall(text[:20_000])]
    if not words:
        return "en"
    scores = {lang: sum(1 for w in words if w in stops) for lang, stops in _STOPWORDS.items()}
    best = max(scores, key=lambda k: scores[k])
    if scores["en"] >= 3 and scores[best] <= scores["en"] * 1.2:
        return "en"  # (English's own little words, whatever names with accents it quotes: "Türkiye")
    if scores[best] < 3 or scores[best] <= scores["en"] * 1.2:
        return _by_script(words)
    return best


def _by_script(words: list[str]) -> str:
    """A text too short for its little words to tell: its letters may ("Лавров посетил Анкару в октябре" is
    Russian, "Fidan Bakü'yü ziyaret etmişti" Turkish), else "en"."""
    cyrillic = sum(1 for w in words if "а" <= w[0] <= "я" or w[0] in "ёіїєґ")
    if cyrillic * 2 > len(words):
        return "uk" if any(ch in w for w in words for ch in "іїєґ") else "ru"
    if sum(1 for w in words if any(ch in w for ch in "ğış")) >= 2:
        return "tr"
    # (…or its accents: "Le sommet, prévu en juin à Bruxelles, pourrait être reporté" is French)
    def having(letters: str) -> int:
        return sum(1 for w in words if any(ch in w for ch in letters))
    if having("ãõ") >= 1:
        return "pt"
    if having("äöüß") >= 2:
        return "de"
    if having("ñáíóú") >= 2:
        return "es"
    if having("èêàçâîôûœ") >= 2 or having("é") >= 2 and not having("ñáíóúìò"):
        return "fr"
    return "en"
