"""What a page adds around the story (reference marks, links to other stories, references, footers) tells
nothing that happened; an encyclopedia's entry is a narrative dated by its last edit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline_app.extraction.page_furniture import find_furniture, strip_reference_marks
from timeline_app.extraction.pipeline import extract, extract_source, read_source
from timeline_app.extraction.readers import is_body_line, read_text
from timeline_app.extraction.temporal import tag

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


def dated(extraction):
    return [(c.start.to_timex(), c.status.value) for c in extraction.candidates]


def test_reference_marks_go_and_only_them():
    assert strip_reference_marks("in Washington on 4 December 2025.[1] It followed") == \
        "in Washington on 4 December 2025. It followed"
    assert strip_reference_marks("Goma[5][6] and Bukavu.[a][citation needed] Then") == "Goma and Bukavu. Then"
    assert strip_reference_marks("cited twice.[12]: 45 Next") == "cited twice. Next"
    assert strip_reference_marks("Background[edit]") == "Background"  # a heading's edit link
    # brackets a writer puts in a quotation or a list stay
    assert strip_reference_marks('"They [the rebels] left," he said. [1] Goma fell.') == \
        '"They [the rebels] left," he said. [1] Goma fell.'


def test_encyclopedia_entry_as_text_is_a_narrative_dated_by_its_last_edit():
    extraction = extract_source(str(ARTICLES / "encyclopedia-entry.txt"), today=date(2026, 11, 29))
    assert extraction.title == "Kivu border agreement"  # not "From Wikipedia, the free encyclopedia"
    assert (extraction.published, extraction.published_how) == (date(2026, 11, 14), "footer")
    assert dated(extraction) == [
        ("2025-12-04", "happened"), ("2025-06", "happened"), ("2025-04-25", "happened"), ("2021", "happened"),
        ("2025-01-27", "happened"), ("2025-02", "happened"), ("2025-03", "happened"),
        ("2025-04-23", "happened"),  # "on 23 April" after "in March 2025": the narrative's year, not 2026
        ("2025-SU", "happened"), ("2025-07-19", "happened"), ("2025-12-05", "happened"),
        ("2025-12-10", "happened"),  # "as early as 10 December" after "5 December 2025"
    ]
    for c in extraction.candidates:  # no reference, "See also" entry or footer is an event
        assert "[" not in c.evidence and "Retrieved" not in c.evidence and "edited" not in c.evidence
    assert "Goma" in extraction.candidates[4].evidence and extraction.candidates[4].evidence.endswith("mid-February.")


def test_encyclopedia_page_is_dated_by_its_footer_not_by_a_reference():
    doc = read_source(str(ARTICLES / "encyclopedia-entry.html"))
    assert doc.title == "Kivu border agreement" and doc.narrative
    # (a page-date finder takes a reference's "Retrieved 5 December 2025" for the page's date)
    assert (doc.published, doc.published_how) == (date(2026, 11, 14), "footer")
    assert "[1]" not in doc.text
    extraction = extract_source(str(ARTICLES / "encyclopedia-entry.html"))
    assert ("2025-04-23", "happened") in dated(extraction) and ("2025-12-10", "happened") in dated(extraction)
    assert not any("Lusaka" in c.evidence or "Retrieved" in c.evidence for c in extraction.candidates)


def test_news_is_no_narrative():
    """A news story leaves out the year of its own time: "on 23 April" after a date of an earlier year is this
    year's, unless the text is an encyclopedia's."""
    text = "Talks began in Doha in March 2025. A first ceasefire was declared on 23 April, and it held into the summer."
    news = [(t.text, t.value) for t in tag(text, date(2026, 11, 14))]
    narrative = [(t.text, t.value) for t in tag(text, date(2026, 11, 14), narrative=True)]
    assert news == [("March 2025", "2025-03"), ("23 April", "2026-04-23"), ("the summer", "2026-SU")]
    assert narrative == [("March 2025", "2025-03"), ("23 April", "2025-04-23"), ("the summer", "2025-SU")]
    # a span running on from the narrative's date ends in the next year when its day comes earlier
    run = tag("The siege began on 1 November 2024 and lasted until 15 January.", date(2026, 11, 14), narrative=True)
    assert [t.value for t in run] == ["2024-11-01", "2025-01-15"]


def test_links_to_other_stories_are_not_events():
    extraction = extract_source(str(ARTICLES / "related-box.txt"), today=date(2026, 11, 29))
    assert dated(extraction) == [("2026-11-25", "happened"), ("2023-03", "happened"), ("2027-01", "scheduled")]
    # the story goes on after the box of related stories
    assert extraction.candidates[-1].evidence.startswith("The commission, which first met in March 2023")


def test_end_matter_starts_after_the_story_only():
    text = ("Most read\nTalks collapse on Monday\n\nThe two delegations met in Geneva on Tuesday to discuss the "
            "exchange of prisoners, officials said.\n\nSee also\nGeneva talks (2024)\n")
    furniture = find_furniture(text, is_body_line)
    assert text[furniture.story_end:].startswith("See also")
    assert text[furniture.ranges[0][0]:].startswith("Most read")  # a box above the story, not its end
    assert furniture.story_end > text.index("Geneva on Tuesday")


def test_an_encyclopedia_entry_is_dated_by_its_footer_not_by_its_subject_dates():
    """An entry's box of facts heads the text ("Date 12 March 2024 – 30 September 2024"): its dates are the
    subject's, the entry's own is its last edit; and years in brackets after a name are a span of life."""
    text = ("Lake Chad truce\nFrom Wikipedia, the free encyclopedia\nDate\t12 March 2024 – 30 September 2024\n\n"
            "The truce was announced on 11 March 2024 and took effect the next day. Its mediator, Abakar Mahamat "
            "(1961–2019), had been killed in an air strike in October 2019. On 2 May, both governments released "
            "140 prisoners.\n\nReferences\n^ \"Truce agreed\". Example Wire. 11 March 2024. Retrieved 12 March 2024.\n"
            "This page was last edited on 3 September 2026, at 17:40 (UTC).\n")
    doc = read_text(text, source="entry.txt")
    assert (doc.published, doc.published_how) == (date(2026, 9, 3), "footer")
    extraction = extract(doc)
    assert [(c.start.to_timex(), c.status.value, c.title) for c in extraction.candidates] == [
        ("2024-03-11", "happened", "The truce was announced"),
        ("2024-03-12", "happened", "The truce took effect"),
        ("2019-10", "happened", "Abakar Mahamat had been killed in an air strike"),
        # (2024, not 2019: a look back in the pluperfect and a span of life do not move the narrative; and
        # "happened", where a publication date of 12 March 2024 would make it "scheduled")
        ("2024-05-02", "happened", "Both governments released 140 prisoners"),
    ]


def test_a_note_on_the_article_is_no_news(tmp_path):
    path = tmp_path / "amended.txt"
    path.write_text(
        "Sudan's army and RSF agree to a pause\n\nFri 27 Nov 2026 14.02 GMT\n\n"
        "Sudan's army and the Rapid Support Forces have agreed to a 10-day humanitarian pause around El Fasher, "
        "mediators said on Friday, after five days of talks in Jeddah.\n\n"
        "Correction: an earlier version said the talks began on 20 November; they began on 22 November.\n\n"
        "This article was amended on 28 November 2026 to correct the length of the talks.\n"
        "(Corrects date of talks in paragraph 2 to Nov. 22 from Nov. 20)\n", encoding="utf-8")
    extraction = extract_source(str(path), today=date(2026, 11, 29))
    assert [c.start.to_timex() for c in extraction.candidates] == ["2026-11-27"]


def test_an_encyclopedia_entry_in_french_is_read_as_one():
    text = ("Accord de Lomé (1999)\nUn article de Wikipédia, l'encyclopédie libre.\n\n"
            "L'accord de Lomé est un accord de paix signé le 7 juillet 1999 à Lomé entre le gouvernement et les "
            "rebelles, après des négociations ouvertes à Lomé et longues de plusieurs semaines.[1] Les négociations "
            "avaient commencé en mai, et un premier cessez-le-feu avait été signé le 18 mai.[2]\n\n"
            "Notes et références\n↑ « Accord signé », Exemple, 8 juillet 1999.\n\n"
            "La dernière modification de cette page a été faite le 3 octobre 2026 à 11:20.\n")
    doc = read_text(text, source="lome.txt")
    assert doc.narrative and doc.title == "Accord de Lomé (1999)"
    assert (doc.published, doc.published_how) == (date(2026, 10, 3), "footer")
    extraction = extract(doc)
    # (in news, "en mai" and "le 18 mai" would be of the months nearest the publication date)
    assert [c.start.to_timex() for c in extraction.candidates] == ["1999-07-07", "1999-05", "1999-05-18"]


def test_an_encyclopedia_entry_in_german_is_dated_by_its_footer():
    """The footer is read in the entry's language: a few German lines alone are too few to tell it by."""
    text = ("Abkommen (Beispiel)\nAus Wikipedia, der freien Enzyklopädie\n\n"
            "Das Abkommen wurde am 14. Dezember 1995 in Paris von den Präsidenten der drei Staaten feierlich "
            "unterzeichnet.[1] Die Verhandlungen hatten im November auf einem Stützpunkt in Ohio begonnen.[2]\n\n"
            "Einzelnachweise\n↑ Beispielzeitung, 15. Dezember 1995.\n\n"
            "Diese Seite wurde zuletzt am 2. Oktober 2026 um 10:04 Uhr bearbeitet.\n")
    doc = read_text(text, source="abkommen.txt")
    assert doc.narrative and doc.language == "de"
    assert (doc.published, doc.published_how) == (date(2026, 10, 2), "footer")  # not the 1995 of its first sentence
    assert [c.start.to_timex() for c in extract(doc).candidates] == ["1995-12-14", "1995-11"]


def test_a_biography_s_birth_in_brackets_is_the_birth():
    doc = read_text("Ilham Aliyev\nFrom Wikipedia, the free encyclopedia\n\nIlham Aliyev (born 24 December 1961) is an "
                    "Azerbaijani politician who has served as president since 2003. He was re-elected in February "
                    "2024.\n", source="bio.txt")
    extraction = extract(doc, published=date(2026, 11, 14))
    assert [(c.start.to_timex(), c.title) for c in extraction.candidates] == [
        ("1961-12-24", "Aliyev was born"), ("2024-02", "Aliyev was re-elected")]


def test_a_date_alone_on_the_last_line_under_the_credit_dates_a_long_copied_story():
    paragraph = ("Residents spent the night in shelters and metro stations as the sirens went on, and many said they "
                 "had not slept at all when the all-clear finally came in the morning.\n\n")
    text = ("Drones strike the capital\n\nDrones struck the capital overnight, officials said.\n\n" + paragraph * 14
            + "The Associated Press\nNov. 27, 2026\n")
    assert len(text) > 1600  # (beyond the header, where a dateline is looked for)
    doc = read_text(text, source="copied.txt")
    assert (doc.published, doc.published_how) == (date(2026, 11, 27), "footer")
    # a date alone on a line that is not the last is an entry's heading, not the page's stamp
    entries = read_text(text.replace("The Associated Press\nNov. 27, 2026\n", "Nov. 27, 2026\nTalks resumed.\n"),
                        source="chronology.txt")
    assert entries.published_how != "footer"


def test_markdown_emphasis_leaves_the_text_and_its_dates_read_whole():
    text = ("# How the grain deal unravelled\n\n*Published 26 November 2026*\n\n- **1 August 2022** — The first ship, "
            "the *Razoni*, leaves Odesa.\n\nUkraine's own corridor, opened in **August 2023**, has carried more "
            "than 100 million tonnes.\n")
    doc = read_text(text, source="deal.md")
    assert "*" not in doc.text and "- 1 August 2022" in doc.text  # (a bullet's dash stays)
    assert doc.published == date(2026, 11, 26)
    assert [(c.start.to_timex(), c.title) for c in extract(doc).candidates] == [
        ("2022-08-01", "The first ship, the Razoni, leaves Odesa"), ("2023-08", "Ukraine's own corridor was opened")]
