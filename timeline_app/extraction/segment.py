"""Sentences with character offsets, body text only (a dateline or a caption is not an event)."""

from __future__ import annotations

import re
from dataclasses import dataclass

ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "gov", "sen", "rep", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thurs", "fri", "sat", "sun", "no", "nos", "vs", "etc", "inc", "corp", "co", "ltd", "jr", "sr",
    "prof", "rev", "hon", "dept", "est", "approx", "fig", "vol", "art", "sec", "u.s", "u.k", "u.n", "e.u", "a.m",
    "p.m", "d.c", "ft", "mt", "messrs", "op", "cf", "al", "i.e", "e.g",
}
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘«(\[]?\w)")
#: A day written with a full stop before its month ("am 30. November", "den 28. Mai") ends no sentence.
_DAY_BEFORE_MONTH = re.compile(r"\b\d{1,2}\.\s+(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|"
                               r"November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\b")


#: A German ordinal after its article, before its noun ("das 19. Sanktionspaket", "zum 80. Jahrestag") ends no sentence.
_GERMAN_ORDINAL = re.compile(r"\b(?:der|die|das|dem|den|des|zum|zur|am|im|vom|beim|ein|eine|einem|einer|ihr|ihre|ihrem|ihren|"
                             r"sein|seine|seinem|seinen)\s+\d{1,3}\.\s+[A-ZÄÖÜ][a-zäöüß]")
#: Abbreviations that may end a sentence ("…fired at about 5:30 a.m. No one was hurt."): they do when
#: a word that only opens a sentence follows.
_MAY_END_SENTENCE = {"a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "d.c", "etc", "inc", "corp", "co", "ltd", "jr", "sr"}
_SENTENCE_OPENER = re.compile(r"\s+[\"'“‘]?(?:The|A|An|No|None|He|She|It|They|We|I|There|This|That|These|Those|But|And|"
                              r"His|Her|Its|Their|Our|Some|Many|Most|Both|Neither|Meanwhile|However|Earlier|Later)\s")


#: …and after a clock's "a.m."/"p.m." any capitalised word then a lower-case one or a comma opens one ("…until after 6
#: a.m. Explosions were heard…"), but not a day, a month or a place's time ("6 a.m. Tuesday", "9 a.m. Kyiv time").
_AFTER_CLOCK_SENTENCE = re.compile(r"\s+[\"'“‘]?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
                                   r"March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|"
                                   r"Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Local|Eastern|Central|Pacific|Mountain)\b)"
                                   # (…or a name of words and its comma: "ran past 3 a.m. Belgium, where…, had demanded")
                                   r"[A-Z][a-z]+(?:\s+(?!time\b)[a-z]|(?:\s+[A-Z][a-z]+){0,2},\s)")


#: A capital letter standing alone after a lower-case word, no initial of a name but a thing's name: "says on [X].",
#: "vitamin [D]." (which ends a sentence before a word that only opens one).
_LETTER_NAMED_AFTER_LOWER = re.compile(r"(?<![\w.])[a-z]+\s+[A-Z]$")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in ranges)


def split_sentences(text: str, skip: list[tuple[int, int]] | None = None) -> list[Sentence]:
    """Sentences of the body: paragraphs split at sentence ends that are not abbreviations."""
    skip = skip or []
    sentences: list[Sentence] = []
    pos = 0
    for paragraph in text.split("\n"):
        p_start, p_end = pos, pos + len(paragraph)
        pos = p_end + 1
        if not paragraph.strip() or _inside(skip, p_start, p_end):
            continue
        cursor = 0
        for m in _BOUNDARY.finditer(paragraph):
            if not _starts_sentence(paragraph, m.end()):
                continue
            if _DAY_BEFORE_MONTH.match(paragraph, max(0, m.start() - 2)) or _DAY_BEFORE_MONTH.match(
                    paragraph, max(0, m.start() - 1)):
                continue
            if _GERMAN_ORDINAL.search(paragraph, max(0, m.start() - 12), min(len(paragraph), m.end() + 4)):
                continue
            # the word before the full stop, from a bounded window: a whole prefix per full stop made
            # a long paragraph quadratic (a 400 KB line took minutes)
            token = re.search(r"(\S+?)[.!?…]+[\"'”’)\]]*$", paragraph[max(0, m.end() - 80): m.end()])
            word = token.group(1).lower().strip("(\"'“") if token else ""
            word = word.rsplit("-", 1)[-1]  # "then-U.S. President", "ex-Gen. Smith"
            if m.group(0).startswith(".") and (word in ABBREVIATIONS or re.fullmatch(r"[a-z]", word)
                                               or re.fullmatch(r"(?:[a-z]\.)+[a-z]", word)) \
                    and not (word in _MAY_END_SENTENCE and _SENTENCE_OPENER.match(paragraph, m.end())) \
                    and not (word in ("a.m", "p.m") and _AFTER_CLOCK_SENTENCE.match(paragraph, m.end())) \
                    and not (len(word) == 1 and _LETTER_NAMED_AFTER_LOWER.search(paragraph, max(0, m.start() - 30), m.start())
                             and _SENTENCE_OPENER.match(paragraph, m.end())) \
                    and not (word in ("no", "nos") and not re.match(r"\s*\d", paragraph[m.end():m.end() + 4])):
                # ("No. 10" numbers; "No. A grain corridor ran…" answers a question and ends)
                continue
            _add(sentences, text, p_start + cursor, p_start + m.end())
            cursor = m.end()
        _add(sentences, text, p_start + cursor, p_end)
    return sentences


def _starts_sentence(paragraph: str, pos: int) -> bool:
    """Whether the word after `pos` can open a sentence: a capital in any cased script, a digit, or a
    letter of a script without case (Arabic, Hebrew, Chinese…)."""
    rest = paragraph[pos:pos + 12].lstrip().lstrip("\"'“‘«([")
    ch = rest[:1]
    return bool(ch) and (ch.isupper() or ch.isdigit() or (ch.isalpha() and not ch.islower()))


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
