"""A title written as one sentence closed by a full stop, set apart from its lead (text/headline.py
``_sentence_set_apart``), on synthetic pages of our own: the title, not the first-sentence fallback flagged as "no
title line"; and the near-misses that stay the lead's first sentence. Every near-miss first asserts that the model
gives its line ``SET_APART_THRESHOLD`` or more, so that only the check it is about keeps the line from the title."""

import json

import pytest

from text.bodyfind import find_body
from text.headline import SET_APART_THRESHOLD, choose_title
from text.lineshape import answers_above
from text.plain import TITLE_SET_APART, page_lines, parse_plain, split_plain
from text.title_model import opens_with_hollow_verb, title_model
from tests.support.pages import SECOND, THIRD

TITLE = "مكتبة البلدية تستقبل قراءها في مبناها الجديد قرب الميناء القديم."
LEAD = ("استقبلت مكتبة البلدية قراءها صباح اليوم في مبناها الجديد قرب الميناء القديم، بعد أشهر من أعمال الترميم "
        "التي شملت القاعات والرفوف وأجهزة الإعارة.")
GOING_ON = ("وبحسب إدارة المكتبة، استقبل المبنى الجديد قرب الميناء القديم مئات القراء في يومه الأول، بعد أشهر من "
            "أعمال الترميم.")
FRESH_BELOW = ("توافد مئات القراء صباح اليوم على مكتبة البلدية في مبناها الجديد قرب الميناء القديم، بعد أشهر من "
               "أعمال الترميم التي شملت القاعات والرفوف وأجهزة الإعارة.")
"""A paragraph opening anew under a line that names the same news."""
ANSWERING = (
    "من جهته، قال مدير المكتبة إن المبنى الجديد قرب الميناء القديم سيستقبل القراء طوال أيام الأسبوع، بعد أشهر من "
    "أعمال الترميم.",
    "بدوره، قال مدير المكتبة إن المبنى الجديد قرب الميناء القديم سيستقبل القراء طوال أيام الأسبوع، بعد أشهر من "
    "أعمال الترميم.",
    "إلى ذلك، أعلنت إدارة المكتبة أن المبنى الجديد قرب الميناء القديم سيستقبل القراء طوال أيام الأسبوع، بعد أشهر "
    "من أعمال الترميم.",
    "يأتي ذلك بعد أشهر من أعمال الترميم التي شملت قاعات المكتبة ورفوفها في مبناها الجديد قرب الميناء القديم.",
    "في المقابل، اشتكى بعض القراء من بعد المبنى الجديد قرب الميناء القديم عن وسط المدينة، بعد أشهر من أعمال "
    "الترميم.",
    "يذكر أن المبنى الجديد قرب الميناء القديم استقبل القراء بعد أشهر من أعمال الترميم التي شملت القاعات والرفوف.",
)
"""Paragraphs that answer what was said above them ("for his part", "in his turn", "besides that", "this comes after",
"in return", "it is worth noting"): under the page's first line they show it is the story's first paragraph."""
CONCEDING = ("على الرغم من المطر، توافد القراء صباح اليوم على مكتبة البلدية في مبناها الجديد قرب الميناء القديم، بعد "
             "أشهر من أعمال الترميم التي شملت القاعات.")
"""A lead may open with a concession under its title: no answer to what was said."""


def _page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def _likelihood(page: str) -> float:
    body = find_body([line for _, line in page_lines(page)])
    return dict(choose_title(body).scored)[body.start]


def _stays_the_first_sentence(first: str, below: str) -> None:
    page = _page(first, below, SECOND, THIRD)
    assert SET_APART_THRESHOLD <= _likelihood(page) < title_model().sentence_threshold
    article = parse_plain(page)
    assert article.headline_from_body and first.endswith(article.headline)  # (a dateline's city is dropped)


def test_a_one_sentence_title_over_a_lead_that_opens_anew_is_the_title_though_the_model_is_unsure():
    # The model alone leaves it to the first-sentence fallback, which read it flagged as "no title line"; the page sets
    # it apart: the lead under it opens anew and the line names its news in the present, subject first.
    page = _page(TITLE, LEAD, SECOND, THIRD)
    assert SET_APART_THRESHOLD <= _likelihood(page) < title_model().sentence_threshold
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body
    assert article.sections[0].paragraphs[0] == LEAD  # the lead is read whole under it, nothing dropped
    assert not article.dropped
    line = next(line for line in split_plain(page).lines if line.number == 1)
    assert line.decision == "headline" and TITLE_SET_APART in line.why


def test_the_byline_under_such_a_title_is_dropped_and_the_lead_read():
    # A date line, the title, the byline, then the lead: the commonest head of a news page.
    page = _page("الثلاثاء 14 مايو 2024 | 09:40", TITLE, "نشر في 14 مايو 2024 | كتبه: فريق الموقع", LEAD, SECOND,
                 THIRD)
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body
    assert article.sections[0].paragraphs[0] == LEAD


def test_the_same_line_over_a_paragraph_going_on_from_it_is_the_leads_first_sentence():
    # "وبحسب ..." goes on from the line above: the page opens with its first paragraph and has no title line.
    _stays_the_first_sentence(TITLE, GOING_ON)


@pytest.mark.parametrize("below", ANSWERING, ids=("min_jihatihi", "badawrihi", "ila_dhalik", "yati_dhalik",
                                                  "fil_muqabil", "yudhkar"))
def test_the_same_line_over_a_paragraph_answering_it_is_the_leads_first_sentence(below):
    # Reviewer (review_stoptitle30.md M1): a paragraph opening "من جهته،", "بدوره،", "إلى ذلك،", "يأتي ذلك" ... answers
    # the line above, which is then the story's first paragraph, not its title.
    _stays_the_first_sentence(TITLE, below)


def test_a_title_over_a_lead_opening_with_a_concession_is_still_the_title():
    # Near-miss: "على الرغم من ..." opens many a lead under its title; it answers nothing said above.
    page = _page(TITLE, CONCEDING, SECOND, THIRD)
    assert parse_plain(page).headline_from_body is False


@pytest.mark.parametrize("first", (
    "المكتبة البلدية استقبلت قراءها في مبناها الجديد قرب الميناء القديم.",  # its verb in the past at place 3
    "عاد قراء مكتبة البلدية إلى مبناها الجديد قرب الميناء القديم.",  # a hollow verb first
    "أشاد رواد مكتبة البلدية بمبناها الجديد قرب الميناء القديم.",  # the same with the causative's hamza
    "ضمن برنامجها الصيفي للقراءة استقبلت مكتبة البلدية قراءها في مبناها الجديد قرب الميناء.",  # past a circumstance
    "طرابلس - مكتبة البلدية تستقبل قراءها في مبناها الجديد قرب الميناء القديم.",  # a dateline and a dash
), ids=("past_verb_third", "hollow", "hollow_causative", "after_circumstance", "dash_dateline"))
def test_a_line_opening_as_a_lead_stays_the_first_sentence_over_a_paragraph_that_opens_anew(first):
    # Each line names the news as a lead does (a verb in the past before or soon after its subject, a dateline), and
    # the model gives it enough: only the lead-opening check keeps it from the title.
    _stays_the_first_sentence(first, FRESH_BELOW)


def test_hollow_verbs_before_a_word_and_the_shapes_that_are_not():
    for line in ("نال الفريق كأس الدوري", "قال رئيس النادي إن", "كان الشتاء قاسيا", "عاد الصيادون إلى الميناء",
                 "قَامَ المحافظ بزيارة", "أشاد المدرب باللاعبين", "أفاد شهود بأن"):
        assert opens_with_hollow_verb(line), line
    for line in ("خاص – المكتبة تعلن موعد الافتتاح", "قالت البلدية إن", "مكتبة البلدية تستقبل", "نال", "الفريق نال",
                 "استقبل القراء المكتبة", "أمام المكتبة طابور", "أيام قليلة قبل", "أداء الفريق"):
        assert not opens_with_hollow_verb(line), line


def test_a_paragraph_answers_above_with_a_phrase_that_needs_it_or_pointing_back():
    for line in (*ANSWERING, "من جانبهم، طالب القراء", "وبدورها أكدت الإدارة", "في هذا السياق، قالت الإدارة",
                 "لذلك قررت الإدارة", "جاء ذلك خلال حفل"):
        assert answers_above(line), line
    for line in (CONCEDING, LEAD, FRESH_BELOW, "من جهة البحر يطل المبنى", "وزارة الثقافة تعلن", "ذكرت الإدارة أن"):
        assert not answers_above(line), line


def test_inspect_lines_says_why_the_sentence_is_the_title(tmp_path, capsys):
    from audio_edition.cli import main
    path = tmp_path / "page.txt"
    path.write_text(_page(TITLE, LEAD, SECOND, THIRD), encoding="utf-8")
    main(["inspect", "--lines", "--json", str(path)])
    rows = json.loads(capsys.readouterr().out)
    first = next(row for row in rows if row["line"] == 1)
    assert first["decision"] == "headline" and TITLE_SET_APART in first["why"]
