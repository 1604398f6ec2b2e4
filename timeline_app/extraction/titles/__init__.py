"""Titles for proposed events, cut from the sentence that reports them, never invented: the date
phrase and its preposition go, leading attributions ("In a statement on Nov. 21,") go, people lose
their titles ("US Secretary of State Antony Blinken" → "Blinken"), and trailing purpose or relative
clauses go when the title is long. A sentence that dates several happenings titles each from its
own clause ("…a step agreed in a framework deal signed in December 2022"); "Since 1991, when the
military occupied the region" makes the `when` clause the event.

The rules live in modules by what they look at, each using only the ones listed before it:
`grammar` (word patterns and small tests every rule shares), `subjects` (who a clause is about),
`dates` (a date's own phrase and the noun it dates), `relatives`, `romance` (French, Spanish, Italian,
Portuguese and German clause shapes), `clauses` (cutting a sentence to the clause a date belongs to),
`finishing` (trimming a cut clause to a title) and `making` (choosing the rule for a sentence and date).
"""

from timeline_app.extraction.titles.grammar import (
           ABSOLUTE_WITH,
           ABSOLUTE_WITH_GERUND,
           CLOCK_OF_THE_DAY_BETWEEN,
           CLOSING_SAYING_THAT,
           attributes,
           be_for,
           document_language,
           subject_of,
           tells_a_doing,
)
from timeline_app.extraction.titles.making import SentenceTitles, agreed_doing, ellipsis_filled, make_title
from timeline_app.extraction.titles.relatives import zero_relative_before
from timeline_app.extraction.titles.subjects import pronoun_as_subject, shorten_people

__all__ = ["ABSOLUTE_WITH", "ABSOLUTE_WITH_GERUND", "CLOCK_OF_THE_DAY_BETWEEN", "CLOSING_SAYING_THAT", "SentenceTitles", "agreed_doing", "attributes", "be_for", "document_language", "ellipsis_filled", "make_title", "pronoun_as_subject",
           "shorten_people", "subject_of", "tells_a_doing", "zero_relative_before"]
