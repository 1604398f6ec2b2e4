"""What a web page or an encyclopedia adds around an article's own text: reference marks ("[12]"),
lines that only link to other stories ("Read more: …"), and the end matter after the story
(references, "See also", "Related stories", the page's footer). None of it tells what happened, and
its dates (a reference's "Retrieved 5 December 2025", a related story's headline) must never become
events or the article's publication date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: A reference mark glued to the word or stop it follows: "…in Washington on 4 December 2025.[1]",
#: "Goma[5][6]", "[a]", "[note 3]", "[citation needed]", "[12]: 45" (with its page).
_MARK = (r"\[(?:\d{1,3}|[a-z]|(?:note|nb|n)\s?\d{1,3}|citation\s+needed|clarification\s+needed|better\s+source\s+needed|"
         r"failed\s+verification|page\s+needed|dubious(?:\s+[–-]\s+discuss)?|when\?|who\?|which\?|by\s+whom\?|"
         r"according\s+to\s+whom\?|year\s+needed|dead\s+link|permanent\s+dead\s+link|update|edit|modifier|bearbeiten|editar|править)\](?::\s?\d{1,4}(?:[–-]\d{1,4})?)?")
REFERENCE_MARKS = re.compile(rf"(?<=[^\s\[])(?:{_MARK})+", re.I)

#: The heading of what follows a story to the end of the page: an encyclopedia's notes, references and
#: links, a press release's notes to editors (a line of its own, with a colon or an "[edit]" link at most).
_END_HEADINGS = (r"references|notes|footnotes|citations|sources|bibliography|works\s+cited|further\s+reading|"
                 r"external\s+links|see\s+also|notes\s+and\s+references|references\s+and\s+notes|notes\s+to\s+editors?|"
                 # (the same in the other languages we read)
                 r"références|notes\s+et\s+références|voir\s+aussi|liens\s+externes|bibliographie|"
                 r"einzelnachweise|weblinks|siehe\s+auch|literatur|anmerkungen|quellen|"
                 r"referencias|notas|véase\s+también|enlaces\s+externos|bibliografía|"
                 r"примечания|ссылки|литература|см\.\s+также|"
                 r"kaynakça|notlar|ayrıca\s+bakınız|dış\s+bağlantılar")
#: The heading of a box of links to other stories, which a news page puts after the story or between its
#: paragraphs: it runs until the story's next paragraph.
_BOX_HEADINGS = (
    r"related(?:\s+(?:articles?|stories|coverage|content|topics|news|reading|links))?|more\s+on\s+this\s+(?:story|topic)|"
    r"read\s+(?:more|next)|more\s+stories|more\s+from\s+[\w .'&-]{2,30}|most\s+(?:read|popular|viewed)|"
    r"recommended(?:\s+(?:stories|articles|for\s+you))?|you\s+may\s+(?:also\s+)?like|you\s+might\s+also\s+like|"
    r"top\s+stories|latest\s+stories|trending(?:\s+now)?|list\s+of\s+\d+\s+items|"
    # (a newsletter's reading list)
    r"what\s+(?:we['’]re|we\s+are|i['’]m|i\s+am)\s+reading|(?:also\s+)?worth\s+reading|in\s+other\s+news")
_HEADING = r"^\s*(?:[#=]+\s*)?(?:{})\s*(?:[#=]+)?\s*(?:\[\s*edit\s*\])?\s*:?\s*$"
_END_HEADING = re.compile(_HEADING.format(_END_HEADINGS), re.I)
_BOX_HEADING = re.compile(_HEADING.format(_BOX_HEADINGS), re.I)

#: A line that only points to another story: "Read more: Why the talks failed", "ALSO READ | …",
#: "Related: …", "See also: …".
LINK_LINE = re.compile(r"^\s*(?:read\s+more|also\s+read|read\s+also|related|see\s+also|recommended|more\s+on\s+this|"
                       r"watch|listen)\s*[:|–—-]\s*\S", re.I)


#: A note on the article itself, not on the news: "This article was amended on 28 November 2026…",
#: "Correction: An earlier version…", "Editor's note: …" (its date is the note's).
NOTE_ON_THE_ARTICLE = re.compile(
    r"^\s*\*?\s*(?:(?:Correction|Clarification|Editor['’]s\s+note|Note\s+to\s+readers)s?\s*[:|–—-]"
    r"|This\s+(?:article|story|report|piece|page|post)\s+(?:was|has\s+been|had\s+been|is\s+being)\s+"
    r"(?:amended|corrected|updated|changed|edited|revised)\b"
    r"|An\s+earlier\s+version\s+of\s+this\s+(?:article|story|report|piece)\b"
    r"|\((?:Corrects|Updates|Adds|Recasts|Rewrites|Removes)\s[^)\n]{3,200}\)\s*$"
    # (…and a transcript's closing stage note: "(The briefing was concluded at 2:51 p.m.)")
    r"|\(\s*(?:The\s+)?(?:briefing|press\s+(?:briefing|conference)|news\s+conference|meeting|session|hearing|call|"
    r"interview|event)\s+(?:was\s+)?(?:concluded|ended|adjourned|closed)\b[^)\n]{0,60}\)\s*$)", re.I)


def strip_reference_marks(text: str) -> str:
    """The text without its reference marks, which stand between a sentence's stop and the next
    sentence ("2025.[1] It followed…") and in the middle of quoted evidence."""
    if "[" not in text:
        return text
    return REFERENCE_MARKS.sub("", text)


#: Emphasis a text written in Markdown sets around its words: "**22 July 2022**", "*Razoni*", "__now__" (not a
#: bullet's "* ", nor a lone wire-style "_").
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|__)(?=[^\s*])([^*\n]{1,200}?)(?<=[^\s*])\1(?![\w*])")


def strip_emphasis_marks(text: str) -> str:
    """The text without Markdown's emphasis marks, which would otherwise stand between a date and its
    preposition ("opened in **August 2023**") and stay in titles when the date is taken out."""
    if "*" not in text and "__" not in text:
        return text
    return _EMPHASIS.sub(r"\2", text)


@dataclass
class Furniture:
    """Where a text's furniture lies: lines that are not the story's (`ranges`), and where the end
    matter starts (`story_end`, the text's length when there is none)."""

    ranges: list[tuple[int, int]]
    story_end: int


def find_furniture(text: str, is_body: Callable[[str], bool]) -> Furniture:
    """Link lines, notes on the article, boxes of related stories (from their heading to the story's next paragraph) and the
    end matter, which starts at the first heading of references or links after a line of the story's
    body (`is_body`): before the story, a "Most read" list is the page's header, not its end."""
    ranges: list[tuple[int, int]] = []
    seen_body = in_box = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        stripped = line.strip()
        body = is_body(stripped)
        if seen_body and len(stripped) <= 60 and _END_HEADING.match(stripped):
            ranges.append((start, len(text)))
            return Furniture(ranges, start)
        if len(stripped) <= 60 and _BOX_HEADING.match(stripped):
            in_box = True
        elif body:
            in_box = False
        if in_box or (stripped and (LINK_LINE.match(stripped) or NOTE_ON_THE_ARTICLE.match(stripped))):
            ranges.append((start, start + len(line)))
        seen_body = seen_body or body
    return Furniture(ranges, len(text))
