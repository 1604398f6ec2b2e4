"""People an article introduces by their full name and then calls by their surname.

The gazetteer knows the people news names most, and a title finds others ("spokesman Matthew
Miller"); but a story about a newcomer ("The election of Tufan Erhürman as Turkish Cypriot leader")
names them with no title and goes on with the surname alone ("Erhürman, who backs a federal
solution, won…"). Both forms together say it is a person, as a reader takes it: a full name of two
or three capitalised words whose last word stands alone elsewhere as a subject ("Erhürman said",
"Erhürman, who…") or after "Mr."/"Ms.", or a full name a "who" clause follows. Such a person is then
an actor of every sentence that names them, and the "he" or "she" of the sentence after one they open.
"""

from __future__ import annotations

import re

from timeline_app.extraction.actors import Gazetteer
from timeline_app.extraction.verbs import PLAIN_PASTS, words_pattern

#: A capitalised word of a name, accented letters and all ("Erhürman", "Christodoulides").
_WORD = r"[A-Z][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]"
#: Two or three capitalised words (not opening a sentence, where any word is capitalised).
#: (…or after an abbreviated title: "Gen. Assimi Goita", "Dr. …")
_FULL_NAME = re.compile(rf"(?:(?<=[a-z,;:(]\s)|(?<=\b[A-Z][a-z]\.\s)|(?<=\b[A-Z][a-z]{{2}}\.\s)|(?<=\b[A-Z][a-z]{{3}}\.\s))"
                        rf"(?P<full>{_WORD}(?:\s+{_WORD}){{1,2}})(?![\w'’-])")
#: Any capitalised word, and how many of its places are looked at (a name is told early).
_CAPITALISED = re.compile(rf"(?<![\w'’-]){_WORD}(?![\w'’-])")
_SPOTS_PER_WORD = 40
#: A relative clause of a person ("the incumbent Ersin Tatar, who had campaigned…"; a body's is "which").
_WHO_AFTER = re.compile(r"\s*,\s+(?:who|whose)\b")
#: What a surname standing alone as a person is followed or preceded by.
_PERSON_AFTER = re.compile(_WHO_AFTER.pattern + r"|['’]s\s|\s+(?:(?:also|then|later|has|had|have|was|is|will|would)\s+)?"
                           r"(?:said|says|told|added|won|met|called|urged|warned|announced|denied|insisted|vowed|"
                           r"congratulated|defeated|replaced|resigned|arrived|visited|spoke|wrote|argued|stressed|"
                           r"campaigned|promised|pledged|accused|rejected|signed|travel(?:l)?ed|took|became|"
                           # (…or any past a person does: "Goita seized power", "Gonzalez fled")
                           rf"[a-z]{{3,}}ed|{words_pattern(PLAIN_PASTS)})\b")
_PERSON_BEFORE = re.compile(r"\b(?:Mr|Ms|Mrs|Dr)\.?\s+$")
#: First words that make a capitalised pair something other than a person's name.
_NOT_FIRST_NAMES = frozenset({
    "The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "After", "Before", "Since", "During", "When",
    "While", "But", "And", "Or", "As", "If", "Under", "Over", "Between", "This", "That", "These", "Those", "His", "Her",
    "Their", "Its", "Our", "New", "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western",
    "Central", "Upper", "Lower", "Greater", "Saint", "St", "Lake", "Mount", "Cape", "Port", "Fort", "San", "Santa",
    "Los", "Las", "Le", "La", "El", "Al", "United", "National", "International", "European", "Islamic", "Security",
    "General", "Supreme", "Constitutional", "Federal", "State", "Republic", "Democratic", "Popular", "People's",
    "Foreign", "Defence", "Defense", "Interior", "Finance", "Justice", "Prime", "Vice", "Deputy", "Former", "Secretary",
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Christmas", "Easter",
})
#: Titles the gazetteer does not list, which open a name in news copy.
_MORE_TITLES = frozenset({"Judge", "Justice", "Staff", "Sgt", "Sergeant", "Captain", "Capt", "Col", "Colonel", "Lt",
                          "Major", "Maj", "Admiral", "Adm", "Bishop", "Cardinal", "Rabbi", "Imam", "Ayatollah",
                          "Exchequer", "Rep", "Representative", "Congressman", "Congresswoman", "Lord", "Lady", "Sir",
                          "Dame", "Mr", "Mrs", "Ms", "Dr", "Professor", "Prof", "Chief", "Director", "Attorney"})
#: Last words no surname is: "Security Council", "Waters Treaty", "Cypriot Airlines".
_NOT_SURNAME_WORDS = frozenset({
    "Council", "Court", "Treaty", "Agreement", "Accord", "Accords", "Union", "Nations", "Assembly", "Parliament",
    "Ministry", "Government", "Party", "Front", "Army", "Forces", "Force", "Guard", "Police", "Bank", "Fund", "Group",
    "Committee", "Commission", "Agency", "Office", "House", "Street", "Square", "Palace", "Airport", "Airlines",
    "Province", "Region", "Republic", "Kingdom", "State", "States", "City", "River", "Sea", "Ocean", "Mountains",
    "Valley", "Island", "Islands", "Strait", "Gulf", "Corridor", "Crossing", "Border", "Day", "War", "Summit",
    "Conference", "Times", "Post", "News", "Press", "Service", "Institute", "University", "Company", "Corporation",
    "Minister", "President", "Secretary", "Spokesman", "Spokeswoman", "Envoy", "Ambassador", "Mission", "Plan",
    "Securities", "Holdings", "Partners", "Capital", "Investments", "Industries", "Inc", "Corp", "Ltd", "Co",
    "Brothers", "Associates", "Systems", "Network", "Media", "Energy", "Motors", "Airways",
})


def article_people(text: str, gazetteer: Gazetteer) -> dict[str, str]:
    """{full name: surname} for the people `text` names in full and then by surname alone, who are not in
    the gazetteer already. Read once an article, in time linear in its length."""
    titles = _title_words(gazetteer)
    # where each capitalised word stands, found in one pass (not one search of the text per name)
    places: dict[str, list[int]] = {}
    for m in _CAPITALISED.finditer(text):
        spots = places.setdefault(m.group(), [])
        if len(spots) < _SPOTS_PER_WORD:
            spots.append(m.start())
    found: dict[str, str] = {}
    seen: set[str] = set()
    for m in _FULL_NAME.finditer(text):
        full = re.sub(r"\s+", " ", m["full"])
        if full in seen:
            continue
        seen.add(full)
        words = full.split()
        surname = words[-1]
        if words[0] in _NOT_FIRST_NAMES or surname in _NOT_SURNAME_WORDS \
                or any(w in _NOT_SURNAME_WORDS or w in _NOT_FIRST_NAMES for w in words[1:]) \
                or any(w in titles or w.endswith(("'s", "’s")) for w in words) \
                or gazetteer.mentions(full):  # (a name or a place the gazetteer knows)
            continue
        if _alone_as_a_person(text, places.get(surname, []), surname, words[0]) or _WHO_AFTER.match(text, m.end("full")):
            found[full] = surname
    # a surname two of them share ("Lazaro Gonzalez", "Juan Miguel Gonzalez") says neither alone: each
    # keeps the full name
    # (…as do two people a role names, each once: "President Rodrigo Duterte" and "Vice President Sara Duterte", whom a
    # title calling her "Duterte" would make her father)
    titled = {re.sub(r"\s+", " ", m[group]) for m in gazetteer.title_re.finditer(text) for group in ("name", "second")
              if m[group] and len(m[group].split()) >= 2}
    firsts: dict[str, set[str]] = {}
    for full in set(found) | titled:
        firsts.setdefault(full.split()[-1], set()).add(full.split()[0])
    shared = {surname for surname, names in firsts.items() if len(names) > 1}
    people = {full: full if surname in shared else surname for full, surname in found.items()}
    people.update({full: full for full in titled if full.split()[-1] in shared and not gazetteer.mentions(full)})
    return people


def _alone_as_a_person(text: str, spots: list[int], surname: str, first: str) -> bool:
    """Whether `surname`, standing at `spots`, stands somewhere without the first name, as a person does."""
    for start in spots:
        end = start + len(surname)
        if text[max(0, start - len(first) - 8):start].rstrip().endswith(first):
            continue  # the full name again
        if _PERSON_AFTER.match(text, end) or _PERSON_BEFORE.search(text, max(0, start - 6), start):
            return True
    return False


def _title_words(gazetteer: Gazetteer) -> frozenset[str]:
    """The capitalised words of the gazetteer's titles ("President", "King", "Judge"), no first names."""
    return frozenset(w for title in gazetteer.titles for w in title.split() if w[:1].isupper()) | _MORE_TITLES
