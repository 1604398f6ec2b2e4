from datetime import date

import pytest

from timeline_app.extraction.published import detect_published, find_published


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("World, Europe\n\nEnvoys meet again\n\nA. Writer | 28.11.2023 - Update : 29.11.2023\n\nText.", date(2023, 11, 28)),
        ("Border talks resume\nBy A. Writer\nNov 28, 2023\n\nThe delegations met.", date(2023, 11, 28)),
        ("Updated: 2023-11-30\nPublished: 2023-11-28\n\nBody text.", date(2023, 11, 28)),
        ("Published: 2023-11-28\n\nThe ministers will meet on 30 November 2023.", date(2023, 11, 28)),
        ("Envoys meet again\nFirst published on Tue 28 Nov 2023 14.05 GMT\n\nText.", date(2023, 11, 28)),
        ("Envoys meet again\nUpdated 10:45 AM EST, Tue November 28, 2023\n\nText.", date(2023, 11, 28)),
        ("Envoys meet again\nNovember 28, 2023 at 2:05 p.m. EST\n\nText.", date(2023, 11, 28)),
    ],
)
def test_datelines(header, expected):
    assert detect_published(header, today=date(2024, 1, 1)) == expected


def test_no_dateline_gives_none():
    assert detect_published("Just a paragraph about talks last week.", today=date(2024, 1, 1)) is None


def test_future_dates_are_not_publication_dates():
    assert detect_published("Summit set for 30 November 2031\n\nText.", today=date(2024, 1, 1)) is None


def test_wire_dateline_without_a_year_takes_the_latest_such_day():
    text = "Talks resume\n\nWASHINGTON, Nov 28 (Reuters) - Envoys met on Monday to discuss the border.\n"
    assert detect_published(text, today=date(2024, 1, 10)) == date(2023, 11, 28)
    assert detect_published(text, today=date(2024, 12, 1)) == date(2024, 11, 28)


def test_relative_dates_in_the_lead_never_give_the_publication_date():
    text = "Envoys meet again\n\nThe envoys met on Monday and again yesterday, officials said today.\n"
    assert detect_published(text, today=date(2024, 1, 10)) is None


def test_an_update_date_is_used_when_nothing_else_dates_the_article():
    text = "Envoys meet again\nLast updated on 28 Nov 2023\n\nThe envoys met on Monday.\n"
    assert detect_published(text, today=date(2024, 1, 10)) == date(2023, 11, 28)


def test_a_dateline_without_a_year_says_the_year_was_assumed():
    text = "Talks resume\n\nGORIS, Dec 7 (Reuters) - Envoys met on Thursday to discuss the border.\n"
    assert find_published(text, today=date(2024, 1, 10)) == (date(2023, 12, 7), "dateline-no-year")
    assert find_published("Border talks\nNov 28, 2023\n\nText.", today=date(2024, 1, 10))[1] == "dateline"


def test_a_wire_clock_time_is_no_written_year():
    text = ("KYIV, Dec 7 (Reuters) - Drones struck overnight, and the army spoke at around 1900 GMT on "
            "Wednesday.\n")
    assert find_published(text, today=date(2024, 1, 10)) == (date(2023, 12, 7), "dateline-no-year")


def test_a_year_glued_to_a_clock_by_a_copied_page_layout():
    text = "Envoys meet in Geneva\n\nBy Jane Doe\nMarch 7, 20244:32 PM GMT+1Updated 2 days ago\n\nEnvoys met on Thursday."
    assert detect_published(text, date(2026, 1, 1)) == date(2024, 3, 7)


def test_a_full_date_in_the_story_is_no_dateline():
    text = ("Jets strike Lebanon\n\nBEIRUT, Oct 30 (Reuters) - Israeli jets struck southern Lebanon early on Wednesday.\n\n"
            "Hezbollah began firing at Israel on Oct. 8, 2023, a day after the Hamas attack.\n")
    assert find_published(text, today=date(2024, 11, 5)) == (date(2024, 10, 30), "dateline-no-year")
    assert detect_published("Talks stall\n\nThe war began on Oct. 8, 2023, officials recalled.\n", date(2024, 1, 1)) is None
    assert detect_published("Talks stall\nPosted by Jane Doe on March 7, 2024\n\nText.", date(2025, 1, 1)) == date(2024, 3, 7)


def test_a_wire_dateline_naming_two_cities():
    text = "Talks resume\n\nTEHRAN/WASHINGTON, April 16 (Reuters) - Iran and the United States will meet on Saturday.\n"
    assert find_published(text, today=date(2025, 5, 1)) == (date(2025, 4, 16), "dateline-no-year")


def test_a_chronology_s_first_entry_is_no_dateline_but_its_update_line_is():
    text = ("Key dates in the dispute\n\nUpdated June 24, 2025\n\n• July 14, 2015: Six powers and Tehran agree a plan in "
            "Vienna.\n• Jan. 16, 2016: Sanctions are lifted.\n")
    assert detect_published(text, date(2025, 11, 1)) == date(2025, 6, 24)
    bare = "Key dates\n\nJuly 14, 2015: Six powers and Tehran agree a plan.\nJan. 16, 2016: Sanctions are lifted.\n"
    assert detect_published(bare, date(2025, 11, 1)) is None


def test_a_chronology_of_dashed_lines_gives_no_publication_date():
    text = ("The ceasefire year: a chronology\n\nJan. 4, 2025 – Both armies pull back from the river.\n\n"
            "March 2-5, 2025 – Talks in Doha stall over prisoners.\n\nJune 30, 2025 – A second truce is signed.\n")
    assert detect_published(text, date(2026, 11, 1)) is None
    # one such line alone is the page's dateline and update
    assert detect_published("Talks stall\n\n28.11.2023 - Update : 29.11.2023\n\nText.", date(2024, 1, 1)) == date(2023, 11, 28)


def test_a_wire_dateline_before_a_chronology_of_full_dates_is_the_publication():
    text = ("Key dates in the truce talks\n\nOct 10 (Reuters) - Here are the main moments of the talks.\n\n"
            "Oct 7, 2023 - Gunmen attack border towns.\n\nJan 19, 2025 - A second truce begins.\n\n"
            "March 18 - Strikes resume.\n\nOct 9 - Both sides agree to a first phase.\n")
    # the entries run on from 2025 without their year: the dateline is the first such day after them
    assert find_published(text, today=date(2026, 11, 29)) == (date(2025, 10, 10), "dateline-no-year")
    # …while a chronology of full dates alone says nothing of the year it was written in
    assert find_published(text[:text.index("March")], today=date(2026, 11, 29)) == (date(2026, 10, 10), "dateline-no-year")


def test_a_wire_dateline_with_only_old_years_in_the_story_is_the_latest_such_day():
    text = ("Parade\n\nSEOUL, Oct. 11 (Yonhap) -- The North held a parade late Friday, its first since January 2021.\n\n"
            "Oct 7, 2019 - Talks broke down in Stockholm.\n")
    # (the entry comes after the lead: no chronology opens the story, and old years say nothing of this one)
    assert find_published(text, today=date(2026, 11, 29))[0] == date(2026, 10, 11)


def test_a_label_inside_a_sentence_labels_what_it_tells_not_the_page():
    text = ("Ministers meet\n\n28.11.2024 - Update: 29.11.2024\n\nVALLETTA - The chair said in a note dated 26/11/2024 "
            "that the posts would be filled.\n")
    assert find_published(text, today=date(2026, 11, 29)) == (date(2024, 11, 28), "dateline")


def test_a_date_glued_to_its_copy_by_the_page_layout_is_still_the_dateline():
    text = "Talks resume\n\nPublished On 27 Nov 202627 Nov 2026\nSave\n\nEnvoys met on Thursday.\n"
    assert find_published(text, today=date(2026, 11, 29)) == (date(2026, 11, 27), "dateline")


@pytest.mark.parametrize("text", [
    "Les ministres\n\nPARIS, 28 novembre (AFP) - Les ministres des affaires étrangères se sont réunis jeudi à Paris pour "
    "discuter de la situation au Liban, a indiqué le ministère.\n",
    "Diálogo\n\nCARACAS, 28 nov (EFE).- Los cancilleres de Venezuela y Guyana se reunieron este miércoles en Brasilia, por "
    "primera vez desde marzo de 2024.\n",
    # (EFE writes its place in capitals or not; before an agency's name, either is a dateline)
    "Diálogos\n\nCaracas, 28 nov (EFE).- El Gobierno y la guerrilla reanudaron este jueves en Caracas los diálogos de "
    "paz, suspendidos desde enero.\n",
    "Переговоры\n\nАНКАРА, 28 ноября. Министры иностранных дел России и Турции провели телефонный разговор во вторник. "
    "Предыдущая встреча состоялась в Стамбуле 18 октября 2024 года.\n",
])
def test_a_yearless_dateline_in_another_language_is_the_latest_such_day(text):
    assert find_published(text, today=date(2026, 11, 29)) == (date(2026, 11, 28), "dateline-no-year")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Frontière : un premier poste ouvrira\n\nPar notre correspondant, publié le vendredi 27 novembre 2026 à 18h30\n\n"
         "Les deux pays se sont entendus jeudi 26 novembre pour ouvrir un poste-frontière.", date(2026, 11, 27)),
        ("Grenze: erster Übergang soll öffnen\n\nVon unserem Korrespondenten, veröffentlicht am 27. November 2026\n\n"
         "Die beiden Länder haben sich am Donnerstag, dem 26. November, auf einen Grenzübergang geeinigt.", date(2026, 11, 27)),
        ("Frontera: abrirá un primer paso\n\nPor nuestro corresponsal, publicado el 27 de noviembre de 2026\n\n"
         "Los dos países acordaron el jueves 26 de noviembre abrir un primer paso fronterizo.", date(2026, 11, 27)),
    ],
)
def test_a_stamp_labelled_in_another_language_gives_the_date(header, expected):
    assert detect_published(header, today=date(2026, 11, 30)) == expected


def test_a_yearless_dateline_takes_the_year_its_story_s_weekday_says():
    text = ("Pakistan, Afghanistan extend truce\n\nISLAMABAD, Oct 31 (Reuters) - Pakistan and Afghanistan agreed on "
            "Thursday, Oct. 30, to extend a ceasefire.\n")
    # (30 October is a Thursday in 2025, not in 2026)
    assert detect_published(text, today=date(2026, 11, 28)) == date(2025, 10, 31)
    # a weekday that fits the latest such day changes nothing
    assert detect_published(text.replace("Thursday", "Friday"), today=date(2026, 11, 28)) == date(2026, 10, 31)


def test_a_byline_in_words_then_a_dash_and_its_date_is_the_dateline():
    text = ("Opinion | The peace that never came\n\nBy a former envoy — November 26, 2026\n\n"
            "For decades, diplomats have treated the conflict as something to be managed.\n")
    assert detect_published(text, today=date(2026, 11, 30)) == date(2026, 11, 26)
    # a sentence opened by "By" is no byline
    prose = "Talks\n\nBy the end of the war, the envoys had met on March 3, 1944, and again later.\n"
    assert detect_published(prose, today=date(2026, 11, 30)) is None


def test_a_byline_then_a_bar_and_a_labelled_date_is_the_dateline():
    text = ("Rebels claim the city\n\nBy staff writers | Published 27 October 2026\n\n"
            "The rebels said on Sunday that they had taken the city.\n")
    assert detect_published(text, today=date(2026, 12, 4)) == date(2026, 10, 27)
    # (…an update so labelled after a byline is still no publication date when the publication's is given)
    both = text.replace("Published 27 October", "Published 25 October 2026 — Updated 27 October")
    assert detect_published(both, today=date(2026, 12, 4)) == date(2026, 10, 25)


def test_a_byline_then_a_comma_and_a_date_closing_its_line_is_the_dateline():
    text = "Veteran mediator dies at 88\n\nBy staff writers, 29 November 2026\n\nThe diplomat died on Thursday.\n"
    assert detect_published(text, today=date(2026, 11, 30)) == date(2026, 11, 29)


def test_a_key_dates_list_whose_entries_open_with_ranges_gives_no_publication_date():
    text = ("Key dates in the conflict\n\n1988: The regional assembly votes to join Armenia.\nMay 1994: A ceasefire takes "
            "effect.\nSept. 27 - Nov. 10, 2020: A 44-day war ends.\nSept. 19-20, 2023: A one-day offensive gives Baku "
            "control.\n")
    assert detect_published(text, today=date(2026, 11, 30)) is None


def test_the_last_of_two_weekdays_before_a_range_of_days_says_nothing_of_the_year():
    text = ("OSCE ministers meet\n\nVIENNA, Dec 4 (Reuters) - Foreign ministers met on Thursday and Friday, Dec. 4-5, for "
            "their annual council.\n")
    # (Friday is the 5th's; paired with the 4th it would say 2020)
    assert detect_published(text, today=date(2026, 11, 30)) == date(2025, 12, 4)


@pytest.mark.parametrize("where", ["head", "foot"])
def test_a_slashed_date_that_reads_both_ways_takes_the_order_the_story_s_months_fit(where):
    stamp = "Published 07/11/2026"
    story = ("Mali extends military rule\n\nBAMAKO (AFP) - The junta extended its mandate late Thursday. Since early "
             "September, fighters have blocked fuel convoys, and embassies urged their citizens at the end of October "
             "to leave. The army first seized power in August 2020.\n")
    text = f"{stamp}\n\n{story}" if where == "head" else f"{story}\n{stamp}\n"
    # (September and October are the two months before 7 November; before 11 July they are none)
    assert detect_published(text, today=date(2026, 11, 30)) == date(2026, 11, 7)
    # a story that names the months before July keeps the month-first reading
    june = text.replace("early September", "early June").replace("end of October", "end of May")
    assert detect_published(june, today=date(2026, 11, 30)) == date(2026, 7, 11)
    # another slashed date that reads one way only settles it
    settled = text.replace("late Thursday", "on 11/30/2025")
    assert detect_published(settled, today=date(2026, 11, 30)) == date(2026, 7, 11)


def test_a_live_page_s_update_stamp_dates_it_not_a_full_date_in_its_story_or_list():
    text = ("Live: Truce talks in Doha\n\nUpdated 14 March 2026, 18:42 GMT\n\n"
            "18:30 GMT – Mediators say the two delegations will meet again tomorrow morning after a long day.\n\n"
            "What we know so far:\n- Talks resumed in Doha on Thursday after a pause.\n- Fighting resumed on 18 March 2025.\n")
    assert detect_published(text, date(2026, 11, 1)) == date(2026, 3, 14)
    # a bulleted line is never a dateline, however short
    assert detect_published("Truce talks\n\n- Fighting resumed on 18 March 2025.\n", date(2026, 11, 1)) is None
    # …while a date under a story's standfirst, with no update stamp before it, still is
    standfirst = "Truce talks\nMediators hope that a long day of talks in Doha will end the war.\n14 March 2026\n\nText."
    assert detect_published(standfirst, date(2026, 11, 1)) == date(2026, 3, 14)


def test_a_dateline_whose_abbreviated_month_has_its_full_stop_before_the_agency():
    from timeline_app.extraction.dateline import dateline_end
    text = "MADRID, 5 Mar. (EUROPA PRESS) - El Gobierno aprobó el martes el proyecto de ley."
    assert text[dateline_end(text):].startswith("El Gobierno")


def test_a_press_release_s_own_label_gives_its_day_even_in_words():
    text = ("PRESS RELEASE\n\nMinistry of Foreign Affairs\nFor immediate release – 27 January 2026\n\n"
            "Minister opens regional conference\n\nThe Minister today opened the fourth conference, first held in 2019.\n")
    assert detect_published(text, today=date(2026, 12, 1)) == date(2026, 1, 27)
    # (…but a release told in a sentence is no label)
    assert detect_published("The ministry said the report released on 4 May 2024 was wrong.\n",
                            today=date(2026, 12, 1)) is None


def test_a_yearless_dateline_whose_chronology_ends_on_its_own_day_is_of_that_year():
    text = ("Key moments of a long dispute\n\nMay 12 (Wire) - The two governments signed a border accord on Monday. "
            "Here are the milestones.\n\n* 1991 - The republics part ways.\n\n* March 3, 2024 - Talks open in Geneva.\n\n"
            "* May 12, 2025 - Leaders sign the accord in Oslo.\n")
    assert detect_published(text, today=date(2026, 12, 1)) == date(2025, 5, 12)
    # (a chronology that stops short of the dateline's day says nothing of its year)
    assert detect_published(text.replace("May 12, 2025", "April 2, 2026"), today=date(2026, 12, 1)) == date(2026, 5, 12)


@pytest.mark.parametrize("foot, expected", [
    ("(Compiled from wire reports, Nov. 29, 2026)", date(2026, 11, 29)),
    ("(Reporting by the Lima bureau; editing by the desk – 29 November 2026)", date(2026, 11, 29)),
    ("(The bill was first tabled on 3 March 2023.)", None),  # a bracketed sentence of the story is no credit
])
def test_a_short_brief_is_dated_by_the_bracketed_credit_that_closes_it(foot, expected):
    text = ("WORLD BRIEFING\n\nPERU\nA former president was sentenced on Friday to eleven years in prison.\n\n"
            "GEORGIA\nParliament adopted a law on foreign agents on Tuesday night.\n\n" + foot + "\n")
    assert find_published(text, date(2026, 12, 2))[0] == expected


def test_a_foreign_byline_with_its_place_and_weekday_dates_the_story():
    text = "Ukraine : les négociateurs se retrouvent\n\nPar notre correspondant, Genève, lundi 30 novembre 2026\n\nLes " \
           "délégations se sont retrouvées lundi matin à Genève.\n"
    assert detect_published(text, today=date(2026, 12, 2)) == date(2026, 11, 30)


def test_a_full_date_inside_a_sentence_of_another_alphabet_s_words_is_no_dateline():
    text = ("Dışişleri Bakanı, barış anlaşmasının imzalanmasını memnuniyetle karşıladı.\n\n"
            "Taraflar anlaşmanın metnini 8 Ağustos 2025'te Beyaz Saray'da paraflamıştı.\n\n28.11.2026\n")
    assert detect_published(text, today=date(2026, 12, 2)) == date(2026, 11, 28)


def test_a_byline_with_its_article_and_a_clock_after_the_date_is_the_dateline():
    text = ("Soudan : ce que l'on sait de la trêve\n\nPar la rédaction, le 29 novembre 2026 à 10h00\n\n"
            "L'armée a accepté vendredi une trêve de trois mois.\n")
    assert detect_published(text, today=date(2026, 12, 2)) == date(2026, 11, 29)


def test_a_date_inside_a_long_german_sentence_is_no_dateline():
    text = ("Waffenruhe verlängert\n\nBeirut (dpa) - Israel und der Libanon haben die Waffenruhe verlängert.\n\n"
            "Die Waffenruhe war am 27. November 2024 in Kraft getreten und hatte einen mehr als einjährigen Krieg zwischen "
            "Israel und der Hisbollah beendet.\n\n28.11.2026\n")
    assert detect_published(text, today=date(2026, 12, 2)) == date(2026, 11, 28)


def test_an_italian_wire_dateline_with_its_agency_first():
    text = ("Armenia-Azerbaigian, la pace è irreversibile\n\n(ANSA) - EREVAN, 30 NOV - Il primo ministro armeno ha dichiarato "
            "oggi che la pace è irreversibile.\n")
    assert detect_published(text, today=date(2026, 12, 2)) == date(2026, 11, 30)


@pytest.mark.parametrize("intro", [
    "The mediator spoke to us on Tuesday, 12 December 2023, in Riyadh.",
    "The interview was conducted on 12 December 2023 in Riyadh.",
    "The minister spoke to Nordic Radio by phone on Tuesday, 12 December 2023.",
    "An interview conducted in Addis Ababa on 12 December 2023.",
])
def test_an_interview_s_own_day_in_its_introduction_is_its_date(intro):
    text = f"Interview: \"We are closer than ever\"\n\n{intro}\n\nQ: What happens next?\nA: Talks resume next week.\n"
    assert detect_published(text, today=date(2026, 12, 5)) == date(2023, 12, 12)


def test_a_line_that_opens_with_a_conjunction_goes_on_from_the_one_before_and_is_no_dateline():
    text = ("Q&A: a view from the border\n\nOur reporter met the envoy in Tbilisi.\n\nThe war had simmered for years.\n"
            "And then August 7, 2008.\nYes. I was in Gori that night.\n")
    assert detect_published(text, today=date(2026, 12, 5)) is None
    assert detect_published(text.replace("And then ", ""), today=date(2026, 12, 5)) == date(2008, 8, 7)


def test_a_date_in_the_prose_of_an_introduction_that_is_no_interview_s_gives_no_date():
    text = "Profile\n\nThe mediator first visited the region on 12 December 2023, in the middle of the war.\n"
    assert detect_published(text, today=date(2026, 12, 5)) is None


def test_a_live_pages_yearless_day_headings_give_the_latest_as_its_day():
    text = ("Tigray: as it happened\n\nTuesday 8 April\nThe prime minister's office announced the appointment this "
            "evening.\n\nSaturday 5 April\nThousands rallied in Mekelle.\n")
    assert detect_published(text, today=date(2026, 12, 5)) == date(2025, 4, 8)
    # (one heading alone is no live page)
    assert detect_published(text.split("\n\nSaturday")[0] + "\n", today=date(2026, 12, 5)) is None


def test_a_foreign_dateline_s_place_may_open_with_a_single_letter_and_an_apostrophe():
    text = "Tchad\n\nN'DJAMENA, 3 octobre (AFP) - Le gouvernement a annoncé jeudi la reprise des vols vers Abéché.\n"
    assert detect_published(text, today=date(2026, 12, 5)) == date(2026, 10, 3)


def test_a_page_s_stamp_with_a_clock_and_a_day_without_its_year_gives_the_latest_such_day():
    text = ("Live: talks in Geneva\n\nLast updated 21:15 GMT, Nov. 3\n\n21:15 GMT - The delegations left the "
            "building without a statement.\n")
    assert detect_published(text, today=date(2026, 12, 5)) == date(2026, 11, 3)
    text = "Live: talks in Geneva\n\nPosted: Friday Nov. 6\n\nThe delegations left without a statement.\n"
    assert detect_published(text, today=date(2026, 12, 5)) == date(2026, 11, 6)
