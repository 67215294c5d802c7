"""The learned title choice (text/title_model.py, text/headline.py) and its fit (bench/train_title_model.py),
on synthetic pages of our own."""

import numpy as np
import pytest

from bench.train_title_model import Page, fit, fit_weights, is_right, nested_held_out
from text.bodyfind import find_body
from text.headline import (choose_headline, is_masthead, named_by_breadcrumb, never_title, overlap, pick_title,
                           sentence_titles, stems_of, title_candidates)
from text.plain import page_lines, parse_plain, split_plain
from text.title_model import FEATURES, title_model
from tests.support.pages import LEAD, MENU, SECOND, THIRD, TITLE

CAPTION_REPEATED = "رئيس البلدية يتفقد الموقع"


def test_the_stored_weights_are_for_todays_features():
    model = title_model()
    assert model.features == FEATURES and len(model.weights) == len(FEATURES)
    assert 0.0 <= model.threshold < 1.0 and 0.0 <= model.sentence_threshold <= 1.01


def test_a_masthead_is_never_the_title_even_when_it_shares_words_with_the_lead():
    page = "\n".join(["الساحل اليوم | أخبار المدينة", "محليات", TITLE, LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body
    assert is_masthead("الساحل اليوم | أخبار المدينة")
    assert not is_masthead("ملايين السياح زاروا المدينة منذ بداية العام | الساحل اليوم")  # a title with the site


def test_a_caption_the_page_repeats_above_the_title_is_not_the_title():
    # A photo gallery: its caption twice, with the image counter between, then the title and the article. (A
    # caption made of more of the lead's words than the title is beyond the model: only meaning tells them apart.)
    page = "\n".join([*MENU[:3], CAPTION_REPEATED, "1", CAPTION_REPEATED, TITLE, "نشر :", "11:42 2024-09-18|",
                      LEAD, SECOND]) + "\n"
    assert parse_plain(page).headline == TITLE


def test_a_short_title_above_two_paragraphs_is_kept():
    title = "محطة تحلية جديدة"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


def test_inspect_lines_show_each_candidate_with_its_probability():
    page = "\n".join([*MENU, CAPTION_REPEATED, TITLE, LEAD, SECOND]) + "\n"
    why = {line.text: line.why for line in split_plain(page).lines}
    assert "title probability" in why[TITLE]
    assert "title probability" not in why[LEAD]


def _page(rows, right, *, right_without=False):
    return Page("synthetic", np.array(rows, dtype=float), tuple(range(len(rows))), tuple(right), right_without,
                frozenset(), None)


def test_the_fit_is_deterministic_and_learns_which_line_is_the_title():
    size = len(FEATURES)
    rng = np.random.default_rng(7)
    pages = []
    for _ in range(30):
        rows = rng.integers(0, 2, size=(3, size)).astype(float)
        rows[:, 0] = 1.0
        rows[:, 1] = 0.0
        rows[1, 1] = 1.0  # one feature marks the title
        pages.append(_page(rows, [False, True, False]))
    first, again = fit_weights(pages, 1.0), fit_weights(pages, 1.0)
    assert np.array_equal(first, again)
    weights, threshold = fit(pages, 1.0)
    assert all(is_right(page, weights, threshold) for page in pages)


def test_the_nested_figure_chooses_each_folders_penalty_without_it():
    size = len(FEATURES)
    rng = np.random.default_rng(3)

    def folder(count):
        pages = []
        for _ in range(count):
            rows = rng.integers(0, 2, size=(2, size)).astype(float)
            rows[:, 0], rows[:, 1] = 1.0, [0.0, 1.0]  # one feature marks the title
            pages.append(_page(rows, [False, True]))
        return pages

    data = {"a": folder(8), "b": folder(8), "c": folder(8)}
    result = nested_held_out(data, [0.1, 10.0], (0.0,))
    assert set(result) == {"a", "b", "c"}
    assert all(right == 8 and penalty == 0.1 for right, penalty in result.values())  # a tie: the weaker


def test_credits_addresses_and_times_are_never_the_title():
    for line in ("الساحل اليوم/سارة علي", "القاهرة / الساحل اليوم", "منذ ثانية واحدة", "مدة القراءة : 3 دقائق",
                 "https://example.com/news/2025/محطة-تحلية-جديدة"):
        article = parse_plain(f"{line}\n{LEAD}\n{SECOND}\n")
        assert article.headline_from_body, line


def test_a_text_copied_from_the_middle_of_an_article_in_short_lines_has_no_title():
    # Hard-wrapped lines that open mid-paragraph: the second line is no title either (it goes on from the first).
    lines = ["وأشار رئيس البلدية إلى أن محطة", "تحلية المياه الجديدة في مدينة الساحل تعمل بالطاقة الشمسية",
             "جزئيا، وأن كلفتها بلغت نحو ثلاثين مليون دولار.", SECOND]
    article = parse_plain("\n".join(lines) + "\n")
    assert article.headline_from_body


def test_a_lead_without_its_full_stop_is_no_title_and_a_long_title_is_one():
    lead = "أعلنت بلدية مدينة الساحل أنها ستفتتح محطة جديدة لتحلية مياه البحر قبل الصيف"  # reports speech
    article = parse_plain(f"{lead}\n{SECOND}\n{LEAD}\n")
    assert article.headline_from_body and article.headline.startswith("أعلنت بلدية")
    title = ("مدينة الساحل تفتتح أكبر محطة لتحلية المياه في المنطقة.. مئة ألف متر مكعب يوميا بالطاقة الشمسية "
             "وكلفة ثلاثين مليون دولار")
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


def test_a_long_lead_without_its_full_stop_above_paragraphs_without_theirs_is_no_title():
    # A site that drops full stops: a long first line is a title only above a longer, finished paragraph.
    lead = ("افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب "
            "يوميا في خطوة لإنهاء انقطاع المياه في الصيف")
    article = parse_plain(f"{lead}\n{SECOND.rstrip('.')}\n{THIRD.rstrip('.')}\n")
    assert article.headline_from_body


def test_a_question_may_say_an_and_still_be_the_title():
    title = "هل يمكن أن تنهي محطة التحلية أزمة المياه في الساحل؟"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


def test_a_title_the_page_repeats_under_a_read_also_marker_is_its_title():
    # Related stories follow a "read also" marker; a line said twice there, right above the article, is its own.
    for marker in ("اقرأ أيضا:", "المزيد من الأخبار"):
        page = "\n".join([marker, "", TITLE, "", TITLE, "الساحل اليوم", LEAD, SECOND]) + "\n"
        article = parse_plain(page)
        assert article.headline == TITLE and not article.headline_from_body, marker


def test_a_title_only_the_lead_right_under_it_shares_words_with_is_the_title():
    # A long title the body finder counts in the article: it is compared with the lines right under it (here only
    # the lead names its words), not with those after the article's opening run.
    title = ("بلدية مدينة الساحل تنهي انقطاع المياه في الصيف بمئة ألف متر مكعب يوميا من مياه البحر بعد سنوات من "
             "الانتظار الطويل")
    article = parse_plain(f"{title}\n{LEAD}\nمراحل التشغيل\n{THIRD}\n")
    assert article.headline == title and not article.headline_from_body


def test_the_line_a_breadcrumb_ends_with_is_the_title_whatever_its_shape():
    # A "skip to content" link opens the page; the breadcrumb ends with the title (cut short), which opens like a
    # photo link ("بالصور..") or says "أن" as a lead does: the page names it, so it is the title.
    for title in (f"بالصور.. {TITLE}", "بلدية الساحل تشترط أن تعمل محطة التحلية الجديدة بالطاقة الشمسية"):
        crumb = "الرئيسية » محليات » " + " ".join(title.split()[:5])
        page = "\n".join(["انتقل إلى المحتوى", crumb, "", title, "", "محليات", LEAD, SECOND]) + "\n"
        article = parse_plain(page)
        assert article.headline == title and not article.headline_from_body, title
        assert [text for section in article.sections for text in section.paragraphs] == [LEAD, SECOND]


def test_a_title_with_a_topic_before_a_colon_and_a_comma_is_no_lead():
    title = "محطات التحلية: الساحل تفتتح أكبر محطة في المنطقة، والبلدية تعد بإنهاء الانقطاع"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body


def test_a_photo_title_right_under_the_title_is_not_the_title():
    # The photo's title repeats more of the lead's words; it stands right under the title.
    title = "محطة التحلية الجديدة تنهي أزمة المياه في الساحل"
    for above in ((), MENU):
        page = "\n".join([*above, title, "محطة تحلية جديدة في مدينة الساحل", "صورة أرشيفية", LEAD, SECOND]) + "\n"
        assert parse_plain(page).headline == title


def test_a_site_name_left_with_a_dangling_dash_is_not_the_title():
    article = parse_plain(f"الساحل اليوم الإخباري -\n{LEAD}\n{SECOND}\n")
    assert article.headline_from_body


def test_text_wrapped_in_the_middle_of_a_word_has_no_title():
    # A scraper broke the lines inside words: the first line ends on a bare article, the next goes on from it.
    lines = ["افتتحت بلدية مدينة الساحل، صباح اليوم محطة جديدة لتحلية ال", "مياه البحر بطاقة تبلغ",
             "مئة ألف متر مكعب يوميا.", SECOND, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert article.headline_from_body


def test_a_long_title_above_its_date_and_a_caption_is_the_title():
    # The longer, finished paragraph that shows a long first line is a title may come after a date and a caption.
    title = ("د. سامي علي .. يقرأ نتائج المرحلة الأولى من مشروع محطة التحلية في الساحل لأول مرة منذ عشر سنوات "
             "تصل المياه إلى كل البيوت والمدارس")
    page = "\n".join([title, "الأحد 12-03-2025 10:24",
                      "عمال في موقع المحطة الجديدة قرب الميناء عمال في موقع المحطة تصوير سارة علي", LEAD, SECOND])
    article = parse_plain(page + "\n")
    assert article.headline == title and not article.headline_from_body


def test_a_page_of_short_lines_does_not_take_a_writer_or_a_site_name_for_its_title():
    # Nothing reads as prose, so the page's first line is its title only when it is shaped like one.
    for first in ("كتبت : سارة علي", "الساحل اليوم الإخباري -"):
        article = parse_plain("\n".join([first, "افتتحت بلدية الساحل محطة جديدة", "لتحلية مياه البحر"]) + "\n")
        assert article.headline_from_body, first
    article = parse_plain("\n".join([TITLE, "افتتحت بلدية الساحل محطة جديدة", "لتحلية مياه البحر"]) + "\n")
    assert article.headline == TITLE and not article.headline_from_body


def test_a_title_the_page_glued_to_itself_is_read_once():
    # The page's title and its heading copied as one line ("Title Title") above the title said once.
    page = "\n".join([TITLE, f"{TITLE} {TITLE}", "محليات", TITLE, "سارة علي", LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body
    assert [text for section in article.sections for text in section.paragraphs] == [LEAD, SECOND]


def test_a_title_with_a_kicker_glued_by_two_dots_gives_way_to_the_title_said_alone():
    # "KICKER.. TITLE..": the page's title with a part of its own set off by ".."; the title said alone is the title,
    # however long the kicker (a copy glued to a site's name or a breadcrumb's words may carry four words at most).
    title = f"{TITLE}.."
    glued = f"لتنتهي أزمة انقطاع المياه في كل أحياء المدينة.. {title}"
    for page in (["الأحد، 19 ديسمبر 2021", title, "", glued, LEAD, SECOND],
                 ["الأحد، 19 ديسمبر 2021", title, "", "محليات", glued, "", LEAD, SECOND]):
        article = parse_plain("\n".join(page) + "\n")
        assert article.headline == title and not article.headline_from_body


def test_a_short_label_the_page_repeats_is_not_named_as_its_title():
    # A category or a tag shown twice (in the menu and over the article) is as repeated as a title shown twice:
    # repetition names a line of five words or more as the title, not one of three or four.
    label = "بلدية مدينة الساحل"
    named = FEATURES.index("named as the title on the page")
    for repeated, expected in ((label, 0.0), (TITLE, 1.0)):
        page = "\n".join(["محليات", repeated, repeated, TITLE, "الأحد 12 مايو 2024", LEAD, SECOND, THIRD]) + "\n"
        body = find_body([line for _, line in page_lines(page)])
        values = [features[named] for index, features in title_candidates(body)
                  if body.lines[index].text == repeated]
        assert values and set(values) == {expected}, repeated


def test_a_source_named_before_a_colon_is_no_reported_speech():
    # "إن" inside a source's spelled-out name (before the title's colon) does not make the title a lead.
    title = "سي إن إن : محطة التحلية الجديدة تنهي أزمة المياه في الساحل"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body
    lead = "قالت البلدية: إن محطة التحلية الجديدة تنهي أزمة المياه في الساحل"
    assert parse_plain(f"{lead}\n{LEAD}\n{SECOND}\n").headline_from_body


def test_an_after_a_word_of_time_or_kada_reports_no_speech_but_after_ila_or_hatta_it_does():
    # "قبل أن يبدأ" (before it starts), "يكاد أن يكتمل" (nearly complete): a verbal noun and a verb's complement. "لفت
    # إلى أن" and "حتى أن" report speech or join a lead's clauses: the line stays no title.
    for title in ("قبل أن يبدأ الموسم الزراعي.. مزارعو الوادي يطالبون بخفض أسعار البذور",
                  "مشروع الطريق الساحلي يكاد أن يكتمل بعد سنوات من التأخير"):
        assert not never_title(title), title
    for lead in ("أعلنت الجامعة أن الرسوم الجديدة تبدأ الشهر المقبل",
                 "رئيس اللجنة نوه في حديث إذاعي إلى أن أسعار البذور سترتفع في الموسم المقبل",
                 "الرياح القوية اقتلعت أشجارا كثيرة في الوادي حتى أن بعض الطرق أغلقت ساعات"):
        assert never_title(lead), lead
    title = "قبل أن يبدأ الموسم الزراعي.. مزارعو الوادي يطالبون بخفض أسعار البذور"
    lead = ("طالب مزارعو الوادي وزارة الزراعة بخفض أسعار البذور قبل أن يبدأ الموسم الزراعي الشهر المقبل، وقالوا إن "
            "الأسعار تضاعفت مرتين خلال عام واحد.")
    article = parse_plain("\n".join([title, "", title, "", "- سارة علي", lead, SECOND]) + "\n")
    assert article.headline == title and not article.headline_from_body


def test_a_city_or_an_agency_a_colon_and_one_word_is_a_credit_never_the_title():
    # A dateline or a source ("CITY: AGENCY", "SITE: CITY"); a speaker and a one-word quote is a title.
    for credit in ("الرياض: وكالات", "بيروت: «الساحل»", '"Sahel News": بغداد'):
        assert never_title(credit), credit
    for title in ("رئيس بلدية الساحل: مطمئنون", "بلدية الساحل: المحطة الجديدة تعمل الشهر المقبل"):
        assert not never_title(title), title
    quote = "رئيس بلدية الساحل: مطمئنون"
    lead = ("قال رئيس بلدية الساحل إنه مطمئن إلى قدرة المحطة الجديدة على تلبية حاجة المدينة من المياه في الصيف، رغم "
            "ارتفاع الاستهلاك.")
    article = parse_plain("\n".join(["الرئيسية | أخبار | محليات", quote, lead, SECOND]) + "\n")
    assert article.headline == quote and not article.headline_from_body


def test_a_line_of_three_short_parts_joined_by_separators_is_a_credit_never_the_title():
    # A byline's fields ("SITE_ NAME_ CITY _ SOURCE"), as two such parts are ("الساحل اليوم/سارة علي").
    credit = "الساحل نيوز_ سارة علي_ مدينة الساحل _ المكتب الإعلامي"
    assert never_title(credit) and never_title("الرئيسية / أخبار / محليات")
    assert not never_title("بلدية الساحل - المحطة الجديدة تعمل الشهر المقبل")
    lead = ("افتتح المكتب الإعلامي لبلدية مدينة الساحل صباح اليوم معرضا للصور عن تاريخ المدينة، بحضور سارة علي "
            "وعدد من المسؤولين.")
    assert parse_plain(f"{credit}\n{lead}\n{SECOND}\n").headline_from_body


def test_a_first_line_going_on_with_a_linking_word_spelled_without_hamza_is_no_title():
    # A text copied from the middle of an article: its first line goes on from a sentence before ("اذ" = "إذ").
    first = "اذ افتتحت بلدية الساحل محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب"
    assert parse_plain(f"{first}\n{LEAD}\n{SECOND}\n").headline_from_body


def test_the_title_said_with_the_sites_name_gives_way_to_the_title_said_alone():
    # The browser's title ("Title | Site") opens the page; the page's own title comes lower, alone.
    for separator in ("|", "-"):
        page = "\n".join([f"{TITLE} {separator} الساحل اليوم", *MENU[:3], TITLE, "سارة علي", LEAD, SECOND]) + "\n"
        article = parse_plain(page)
        assert article.headline == TITLE and not article.headline_from_body, separator


def test_a_line_the_lead_says_word_for_word_gives_way_to_the_title():
    # A photo's caption (or a standfirst) copied from the lead, under the title: the lead tells more of its
    # words than of the title's, yet it is a copy, not a title written for the article.
    copied = "مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر"  # the lead has a comma after it
    assert copied + "،" in LEAD
    page = "\n".join([TITLE, copied, "الأحد 12-03-2025 10:24", LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body
    # Alone, such a line may still be the title.
    article = parse_plain("\n".join([copied, LEAD, SECOND]) + "\n")
    assert article.headline == copied and not article.headline_from_body


def test_a_list_of_tags_is_never_the_title():
    # The page's keywords, joined by commas, above the title: they share the lead's words, but a title is no list.
    tags = "محطة التحلية,مدينة الساحل,المياه,البلدية,مياه البحر"
    page = "\n".join([tags, "محليات", TITLE, "سارة علي", LEAD, SECOND]) + "\n"
    assert parse_plain(page).headline == TITLE
    assert never_title(tags) and never_title("محطة التحلية، مدينة الساحل، المياه، البلدية")
    assert not never_title("محطات التحلية: الساحل تفتتح أكبر محطة في المنطقة، والبلدية تعد بإنهاء الانقطاع")


def test_a_title_opening_with_a_noun_that_begins_with_waw_is_the_title():
    # "وزارة" merely begins with و; "ويهدف" is و joined to a verb: built as a sentence (a clause, a relative),
    # a paragraph going on, no title.
    title = "وزارة المياه تفتتح أكبر محطة لتحلية المياه في الساحل"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body
    for going_on in ("ويهدف المشروع، بحسب البلدية، إلى تحلية مياه البحر في مدينة الساحل",
                     "ويهدف المشروع الذي تموله البلدية إلى تحلية مياه البحر في مدينة الساحل"):
        assert parse_plain(f"{going_on}\n{LEAD}\n{SECOND}\n").headline_from_body


@pytest.mark.parametrize("title", ["وتيرة التضخم تتباطأ في منطقة الساحل للشهر الثالث",
                                   "ويكيليكس تنشر وثائق جديدة عن صفقة المحطة",
                                   "ويندوز الجديد يصل إلى الأجهزة القديمة الشهر المقبل"])
def test_a_title_opening_with_a_name_that_begins_with_waw_ya_or_ta_is_the_title(title):
    # و + ي/ت opens verbs ("ويهدف") but also nouns and names: the opening alone refuses no title, above the
    # article nor said twice on the page.
    article = parse_plain("\n".join([*MENU, title, LEAD, SECOND, THIRD]) + "\n")
    assert article.headline == title and not article.headline_from_body
    twice = parse_plain("\n".join([*MENU, title, "الأربعاء، 12 مارس 2025", title, LEAD, SECOND, THIRD]) + "\n")
    assert twice.headline == title and not twice.headline_from_body


def test_a_title_with_separators_left_at_its_end_is_the_title_and_a_table_row_is_not():
    # The site's name after the bar was lost in the copy ("Title | ||"); a short credit with a dangling dash
    # and a table's row ("| caption |") stay no titles.
    article = parse_plain(f"{TITLE} | ||\n{LEAD}\n{SECOND}\n")
    assert article.headline == f"{TITLE} | ||" and not article.headline_from_body
    assert never_title("الساحل اليوم الإخباري -") and never_title(f"| {TITLE} |")


def test_a_long_title_of_short_parts_joined_by_two_dots_is_the_title():
    title = ("مدينة الساحل تفتتح أكبر محطة لتحلية المياه في المنطقة.. مئة ألف متر مكعب يوميا لسكان المدينة "
             "والقرى المجاورة.. وخطة لمحطة ثانية قبل نهاية العام القادم بتمويل مشترك من البلدية والحكومة المركزية")
    assert len(title.split()) > 30
    article = parse_plain(f"{title}\n{LEAD} {SECOND}\n{THIRD}\n")  # a longer paragraph under it
    assert article.headline == title and not article.headline_from_body


def test_a_title_under_a_date_line_ending_with_published_on_is_the_title():
    # "نشر في" (published on) closes the date line: no sentence that the title would go on.
    page = "\n".join([*MENU[:3], "10:46:01 2024-09-18 : نشر في", TITLE, "حجم الخط", LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body


def test_a_title_under_another_storys_lead_at_the_top_of_the_page_is_the_title():
    # The page shows another story's lead first (no word in common with ours), then our title, its date, its lead.
    other = ("دعت منظمة الصحة العالمية الحكومات كافة إلى تعزيز برامج التطعيم ضد الحصبة بعد تزايد الإصابات في "
             "عدة دول آسيوية وأفريقية.")
    for above, title, below in (
            ([], [TITLE], ["[18/09/2024 10:24]"]),  # a date under the title
            ([], [TITLE], ["عمال في موقع المحطة قرب الميناء"]),  # a photo's caption
            ([*MENU[:3]], [TITLE], ["كتبت سارة علي", "عمال في موقع المحطة قرب الميناء", "الأحد 12-03-2025 10:24"]),
            ([], [TITLE, TITLE], [])):  # the title said twice in a row
        page = "\n".join([other, *above, *title, *below, LEAD, SECOND]) + "\n"
        article = parse_plain(page)
        assert article.headline == TITLE and not article.headline_from_body, (above, below)
        assert other not in [text for section in article.sections for text in section.paragraphs]
    # A sub-heading under the article's own first paragraph (sharing its words) stays a sub-heading.
    lead_first = "\n".join([LEAD, "مراحل تشغيل محطة التحلية", SECOND]) + "\n"
    assert parse_plain(lead_first).headline_from_body


def test_a_title_tagged_as_a_gallery_above_the_article_is_the_title():
    # "بالصور.. X" is another story's teaser inside or after an article, but above it the page's own title.
    title = f"بالصور.. {TITLE}"
    page = "\n".join([*MENU[:3], title, "سارة علي", LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == title and not article.headline_from_body


def test_a_long_title_of_parts_above_a_paragraph_cut_with_the_page_is_the_title():
    # Pages are often cut short: the paragraph under a long title may have lost its end (and no sentence under it
    # shows that the title is none); a title of short parts joined by ".." is no lead whatever follows it.
    title = ("مدينة الساحل تفتتح أكبر محطة لتحلية المياه.. مئة ألف متر مكعب يوميا لسكان المدينة.. "
             "وخطة لمحطة ثانية قبل نهاية العام القادم")
    assert len(title.split()) > 20
    cut = "افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر، بطاقة تبلغ مئة ألف متر مكعب يوميا، في"
    article = parse_plain(f"{title}\n{cut}\n")
    assert article.headline == title and not article.headline_from_body


def test_a_lead_opening_with_a_verb_of_waws_root_without_its_full_stop_is_no_title():
    # "وقعت" (signed) is a verb whose root begins with و: a lead that lost its full stop, unlike "وزارة".
    first = "وقعت بلدية الساحل اتفاقا لبناء محطة جديدة لتحلية مياه البحر بطاقة مئة ألف متر مكعب يوميا"
    assert parse_plain(f"{first}\n{LEAD}\n{SECOND}\n").headline_from_body


def test_a_list_item_under_the_first_paragraph_is_never_taken_for_a_title_under_another_story():
    # The list item shares no word with the paragraph above it, which shares few with the one under it: still
    # the article's own lines (a list's item is no title), nothing of it dropped.
    title = "المدينة المدينة المدينة المدينة السكان المدينة"
    page = "\n".join([title, "الحكومة الحكومة الحكومة الحكومة المدينة الحكومة.", "- السكان السكان السكان",
                      "المدينة المدينة المدينة المدينة السكان المدينة."]) + "\n"
    article = parse_plain(page)
    assert article.headline == title and not article.dropped


def test_a_photo_caption_sharing_one_word_under_the_first_paragraph_is_no_title_under_another_story():
    # A gallery's caption between the article's first paragraphs shares one word with the text under it ("الصور"):
    # one shared word is no story, and the first paragraph above it stays the article's.
    first = "نشر ناشطون صباح الاثنين لقطات لامتحان الجغرافيا قالوا إنها سربت من إحدى القاعات،"
    page = "\n".join([first, "وتظهر في اللقطات ورقة الأسئلة بجانب دفتر الإجابات.", "1 / 6", "صور من الحفل", "2 / 6",
                      "ولم يتسن التأكد من صحة الصور من مصدر مستقل، فيما لم تعلق الوزارة حتى المساء.",
                      "ويرجح مراقبون أن التسريب تم عبر تطبيق للمراسلة يتيح نقل الصور بسهولة."]) + "\n"
    article = parse_plain(page)
    assert article.headline_from_body and first not in [item.text for item in article.dropped]


def test_an_opinions_title_above_its_opening_paragraph_stays_the_title():
    # The opening paragraph shares no word with the rest (an opinion's way in), a sub-heading follows it: the title
    # above the run is the title, not the sub-heading taken for a title under another story's lines.
    title = "عام آخر من الانتظار"
    opening = "في كل عام يعود الجدل نفسه ويتكرر المشهد ذاته دون أن يتغير شيء يذكر رغم الوعود الكثيرة."
    page = "\n".join([*MENU, title, opening, "محطة تحلية المياه في مدينة الساحل", LEAD, SECOND, THIRD]) + "\n"
    article = parse_plain(page)
    assert article.headline == title and not article.headline_from_body
    assert opening in [text for section in article.sections for text in section.paragraphs]


@pytest.mark.parametrize("glued", [
    f"الساحل اليوم - {TITLE}",  # the site's name before a dash
    f"الرئيسية محليات بيئة {TITLE}",  # a breadcrumb that lost its separators
    f"{TITLE} أكبر محطة",  # the title with a photo's caption glued after it (words of the title's own)
    f"الرئيسيةمحلياتبيئة{TITLE}",  # a breadcrumb that lost its separators and spaces, run into the title
    f"trk {TITLE} | الساحل اليوم",  # a page's title tag: a tracking token before it, the site's name after a bar
])
def test_the_title_with_a_few_words_glued_to_it_gives_way_to_the_title_said_alone(glued):
    page = "\n".join([glued, "محليات", TITLE, "سارة علي", LEAD, SECOND]) + "\n"
    article = parse_plain(page)
    assert article.headline == TITLE and not article.headline_from_body


def test_a_longer_title_telling_more_of_the_article_stays_the_title():
    # Words the lead tells glued after the title make a longer title, not a copy with furniture glued to it: the page
    # keeps the longer one, wherever it stands.
    longer = f"{TITLE} بطاقة مئة ألف متر"
    for lines in ([TITLE, longer], [longer, "محليات", TITLE], [TITLE, "محليات", longer]):
        article = parse_plain("\n".join([*lines, "سارة علي", LEAD, SECOND]) + "\n")
        assert article.headline == longer and not article.headline_from_body, lines


@pytest.mark.parametrize("credit", [
    "كتبت : سارة علي -الساحل – جمهورية البحر الأبيض",  # a writer's role and a colon, at any length
    "الساحل // وكالة أنباء الساحل //",  # a dateline with its agency, both parts closed by separators
    "الساحل/ البحر الأبيض.. 25 يوليو",  # a place and a date
    "محطة التحلية الجديدة قرب ميناء الساحل. صورة: سارة علي",  # a photo's caption with its credit
    "ت: سارة علي",  # a role's first letter (تصوير, ترجمة) and a name
])
def test_credits_and_datelines_over_a_page_with_no_title_are_never_its_title(credit):
    assert never_title(credit)
    article = parse_plain(f"{credit}\n{LEAD}\n{SECOND}\n")
    assert article.headline_from_body


def test_titles_ending_with_a_separator_or_a_date_or_tagged_as_a_photo_may_still_be_titles():
    assert not never_title(f"{TITLE} | ||")
    assert not never_title("أسعار الذهب اليوم في مدينة الساحل 25 يوليو")
    assert not never_title("صورة: طفل يبكي أمام محطة التحلية الجديدة")  # a photo story's tag, no credit
    # A series' label holding "صورة:" after a word is no credit either (review s9 M4).
    title = "قصة صورة: طفل من الساحل يحمل جرة ماء إلى جدته"
    assert not never_title(title) and not never_title("في صورة: الماء يعود إلى حي الوادي بعد سنوات")
    article = parse_plain("\n".join([*MENU, title, LEAD, SECOND, THIRD]) + "\n")
    assert article.headline == title and not article.headline_from_body
    assert never_title("تصوير: سارة علي")


def test_a_title_of_two_words_closed_by_an_exclamation_mark_is_the_title():
    title = "مياه عذبة!"
    article = parse_plain(f"{title}\n{LEAD}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body
    article = parse_plain(f"مياه عذبة\n{LEAD}\n{SECOND}\n")  # a tag's two words
    assert article.headline_from_body


@pytest.mark.parametrize("kicker", ["أين المياه؟", "من المسؤول؟", "خبر سار!"])
def test_two_words_exclaimed_over_the_title_are_its_kicker_and_the_title_is_heard(kicker):
    # Review s9 M1/L5: over a line of a title's size, two words closed by "?" or "!" are the title's kicker: the
    # title stays the headline (it was dropped unheard as a caption under the kicker, or spoken as a sub-heading).
    for page in ([*MENU, kicker, TITLE, LEAD, SECOND, THIRD],
                 [*MENU, kicker, TITLE, "الأربعاء، 12 مارس 2025", LEAD, SECOND, THIRD]):
        article = parse_plain("\n".join(page) + "\n")
        assert article.headline == TITLE and not article.headline_from_body, page
        assert TITLE not in [item.text for item in article.dropped]


def test_a_line_written_as_one_sentence_may_be_the_title_when_the_model_is_sure_enough():
    # A clean page whose first line names the news in one short sentence closed by a full stop, over the lead that
    # tells it: a title candidate (before, never: only the first-sentence fallback read it, flagged), which the model
    # takes when its probability reaches the fitted sentence threshold. (Under it the page may still set it apart from
    # its lead, tests/text/test_sentence_title.py; else the fallback reads it, flagged.)
    title = "ارتفاع أسعار الخبز في مدينة الساحل بنسبة عشرين في المئة."
    lead = ("ارتفعت أسعار الخبز في مخابز مدينة الساحل بنسبة عشرين في المئة، بعد زيادة كلفة الطحين والوقود خلال "
            "الأشهر الأخيرة، وسط شكاوى من السكان.")
    page = f"{title}\n{lead}\n{SECOND}\n"
    body = find_body([line for _, line in page_lines(page)])
    chosen, scored = choose_headline(body)
    assert [index for index, _ in scored] == [0] and sentence_titles(body, [0]) == {0}
    likelihood = dict(scored)[0]
    model = title_model()
    assert (pick_title(scored, model.threshold, frozenset({0}), model.sentence_threshold) == 0) == (
        likelihood >= model.sentence_threshold)
    article = parse_plain(page)
    assert article.headline == title and article.headline_from_body == (chosen is None)


def test_a_sentence_candidate_below_the_sentence_threshold_gives_way():
    assert pick_title([(0, 0.45), (3, 0.2)], 0.0, frozenset({0}), 0.5) == 3
    assert pick_title([(0, 0.45)], 0.0, frozenset({0}), 0.5) is None
    assert pick_title([(0, 0.55), (3, 0.6)], 0.0, frozenset({0}), 0.5) == 3
    assert pick_title([(0, 0.45)], 0.0) == 0  # a line that is no sentence: no such threshold


def test_a_leads_first_sentence_opening_with_a_past_verb_and_saying_when_is_no_title():
    first = "أعلنت بلدية مدينة الساحل اليوم الأحد افتتاح محطة جديدة لتحلية مياه البحر."
    article = parse_plain(f"{first}\n{SECOND}\n{THIRD}\n")
    assert article.headline_from_body and article.headline == first


def test_past_tense_openings_and_words_that_say_when():
    from text.title_model import opens_with_past_verb, says_when
    for line in ("أعلنت البلدية افتتاح المحطة", "كشفت دراسة جديدة", "أصدر المجلس قرارا", "ارتفع سعر الخبز",
                 "انطلقت الدورة", "استقبل الرئيس الوفد", "«أعلنت» البلدية"):
        assert opens_with_past_verb(line), line
    for line in ("البلدية تعلن افتتاح المحطة", "ارتفاع أسعار الخبز", "انطلاقة قوية للدورة", "انتخابات البلدية",
                 "بيروت تستضيف المعرض", "يتوقع المزارعون موسما جيدا", "2024 أعلنت البلدية"):
        assert not opens_with_past_verb(line), line
    assert says_when("افتتحت البلدية، اليوم الأحد، المحطة") and says_when("وصل الوفد مساءً")
    assert not says_when("ارتفاع أسعار الخبز في مدينة الساحل") and not says_when("الأخبار اليومية")


def test_a_first_line_the_next_line_goes_on_from_is_the_lead_not_the_title():
    # Shaped like a title (no full stop, no clause), but the next line goes on from it ("ولم ...", "وأكد ..."): the
    # page opens with its first paragraph and has no title line.
    first = "هطلت أمطار غزيرة على قرى الوادي طوال ليلة الأحد وغمرت المياه عشرات الحقول والطرق الزراعية في المنطقة"
    for going_on in ("ولم تسجل فرق الدفاع المدني أي إصابات بين السكان، وكانت الأضرار مادية في معظمها حتى صباح اليوم.",
                     "وأكد رئيس البلدية في بيان أن فرق الصيانة بدأت فتح الطرق المغلقة، وأن المدارس ستعمل كالمعتاد."):
        article = parse_plain(f"{first}\n{going_on}\n{SECOND}\n")
        assert article.headline_from_body, going_on
    anew = ("غمرت مياه الأمطار الغزيرة عشرات الحقول والطرق الزراعية في قرى الوادي ليلة الأحد، بعد هطول استمر ساعات "
            "طويلة دون توقف.")
    article = parse_plain(f"{first}\n{anew}\n{SECOND}\n")
    assert article.headline == first and not article.headline_from_body


def test_a_lead_opening_with_waw_and_a_preposition_does_not_unmake_a_long_title():
    # "وفي التفاصيل، ..." and "ومن المتوقع ..." open many a lead right under its title: و joined to a preposition is
    # no paragraph going on; nor is a title opening with a noun that begins with و ("ولي العهد", "والي الولاية").
    for title, lead in (
            ("البلدية تعتمد خطة جديدة لصيانة شبكة المياه في الأحياء الشرقية، وتخصص نصف الموازنة للتمديدات",
             "وفي التفاصيل، اعتمد المجلس البلدي في جلسته الأسبوعية خطة لصيانة شبكة المياه في الأحياء الشرقية، تشمل "
             "تبديل الأنابيب القديمة."),
            ("ولي العهد يفتتح معرض الكتاب في العاصمة، ويزور أجنحة دور النشر العربية والأجنبية",
             "ولي العهد افتتح صباح اليوم معرض الكتاب الدولي في العاصمة، وتجول في أجنحة دور النشر المشاركة، واطلع على "
             "أحدث الإصدارات.")):
        article = parse_plain(f"{title}\n{lead}\n{SECOND}\n{THIRD}\n")
        assert article.headline == title and not article.headline_from_body, title


LEAD_SHAPED_TITLES = [
    ("بطولة الوادي للشطرنج: الذهبية للساحل، الفضية للجبل، والبرونزية للمدينة",
     "اختتمت بطولة الوادي للشطرنج مساء أمس بتتويج لاعبي الساحل بالميدالية الذهبية، فيما نال لاعبو الجبل الفضية، وذهبت "
     "البرونزية إلى لاعبي المدينة."),
    ("والي الولاية يزور مستشفى الوادي ويعد بتوفير الأدوية الناقصة",
     "زار والي الولاية صباح اليوم مستشفى الوادي المركزي، ووعد بتوفير الأدوية الناقصة خلال أسبوع، واستمع إلى شكاوى "
     "الأطباء والمرضى."),
]


@pytest.mark.parametrize(("title", "anew"), LEAD_SHAPED_TITLES)
def test_a_title_shaped_like_a_lead_is_the_title_when_the_next_line_tells_the_story_anew(title, anew):
    # With clause marks, opening with a word that begins with و: a lead's shapes. The page says it is the title: the
    # next line does not go on from it, is longer and repeats most of its words.
    article = parse_plain(f"{title}\n{anew}\n{SECOND}\n")
    assert article.headline == title and not article.headline_from_body
    # The same line over one going on from it is the lead: no title.
    going_on = "وأضاف أن العمل مستمر حتى نهاية العام في كل أحياء المدينة."
    assert parse_plain(f"{title}\n{going_on}\n{SECOND}\n").headline_from_body


@pytest.mark.parametrize(("title", "anew"), LEAD_SHAPED_TITLES)
def test_a_title_shaped_like_a_lead_is_restated_by_the_paragraph_under_its_byline(title, anew):
    # A byline or the site's name may stand between the title and the lead that tells its story anew.
    for between in ("* سارة علي", "SahelNews.net"):
        article = parse_plain(f"{title}\n{between}\n{anew}\n{SECOND}\n")
        assert article.headline == title and not article.headline_from_body, between


def test_a_lead_telling_its_news_in_the_past_tense_is_no_title_however_the_next_line_restates_it():
    # "وزير الزراعة أكد ... أن ...": a verb in the past tense among its first words, speech reported; the next line
    # restating it does not make it a title.
    lead = "وزير الزراعة أكد خلال جولة في قرى الوادي اليوم أن الحكومة لن تسمح بارتفاع أسعار البذور هذا الموسم"
    anew = ("الوزير شدد خلال جولته في قرى الوادي على أن الحكومة لن تسمح بأي ارتفاع في أسعار البذور هذا الموسم، مشيرا "
            "إلى أن المخزون يكفي حاجة المزارعين.")
    assert parse_plain(f"{lead}\n{anew}\n{SECOND}\n").headline_from_body


def test_a_writers_title_and_name_alone_is_a_byline_never_the_title():
    # An opinion piece: its title, then the writer ("الدكتور NAME", "الكاتب والباحث/ NAME", "د. NAME"); the title
    # stays the headline. A title about a person says what of them.
    for byline in ("الدكتور سامر الساحلي", "الكاتب والباحث/ سامر يوسف", "د. ليلى الوادي", "الدكتور سامر عبد الله"):
        assert never_title(byline), byline
    for title in ("الكاتب في زمن الحرب", "الباحث يكشف سر المحطة القديمة", "المهندس سامر يوسف يفوز بجائزة الساحل",
                  "الصحفي المختطف يعود"):
        assert not never_title(title), title
    title = "الزيارة الثانية لوفد البلدية إلى مدن الساحل"
    lead = ("لقد بات واضحا أن الزيارة الثانية لوفد البلدية إلى مدن الساحل خلال الشهر الماضي فتحت بابا جديدا للتعاون "
            "في مشاريع المياه والطرق، بعد سنوات من التأخير.")
    article = parse_plain("\n".join([title, "الدكتور سامر الساحلي", lead, SECOND]) + "\n")
    assert article.headline == title and not article.headline_from_body


def test_a_word_run_into_a_title_by_a_clitic_is_no_breadcrumb():
    # A crumb run into the title names it; "و" or "وب" joined to a title's first word ("والحكومة ...") is the
    # language's own, and words set apart by a space are weighed as glued words, not as a crumb.
    title = "الحكومة تعلن خطة جديدة للمياه"
    for above, named in (("الرئيسيةمحليات" + title, True), ("و" + title, False), ("وب" + title, False),
                         ("الرئيسية محليات " + title, False), ("الصفحة الرئيسيةمحليات" + title, True),
                         ("عاجل" + title, False), ("اقرأ أيضا" + title, False), ("الأكثر قراءة" + title, False)):
        body = find_body([line for _, line in page_lines("\n".join([above, title, LEAD, SECOND]) + "\n")])
        assert (1 in named_by_breadcrumb(body)) == named, above


REFRAIN_POEM = ["الساحل اليوم", "رسالة إلى المدينة", "يا مدينتي النائمة", "على كتف البحر", "سلام على المدينة",
                "سلام على أهلها الطيبين", "والسلام على المدينة", "حين تصحو من نومها"]


def test_a_teaser_run_into_its_read_also_marker_is_not_named_as_the_title():
    # A "read also" link inside the article runs its marker into the title of a story a "most read" box above the
    # article shows too: a label run into a line is no breadcrumb (a crumb opens on the site's home), so the teaser is
    # not named as the page's title, and the title (or, without one, the first sentence) is the headline.
    box = ["الأكثر قراءة", "المنتخب الوطني يتأهل إلى نهائي الكأس العربية", "ارتفاع أسعار الذهب في الأسواق المحلية"]
    title, date = "الساحل تودع العطش بأكبر محطة تحلية", "الأربعاء، 12 مارس 2025"
    glued = "اقرأ أيضا" + box[1]
    article = parse_plain("\n".join([*box, "الرئيسية", "محليات", title, date, LEAD, glued, SECOND, THIRD]) + "\n")
    assert article.headline == title
    article = parse_plain("\n".join(["الرئيسية", "محليات", *box, glued, date, LEAD, SECOND, THIRD]) + "\n")
    assert article.headline_from_body and article.headline.startswith(LEAD[:20])


def test_a_refrain_said_again_with_and_the_is_no_breadcrumb_run_into_it():
    # A poem says its refrain bare, then with "و" and the article joined to its first word: clitics and the article
    # alone ("وال", "فال", "بال", "ولل") run into a line are the language's, no crumb naming it as the title, so no
    # line of the poem is dropped as standing above its title.
    body = find_body([line for _, line in page_lines("\n".join(REFRAIN_POEM) + "\n")])
    assert not named_by_breadcrumb(body)
    for clitics in ("فال", "بال", "ولل"):
        lines = [*REFRAIN_POEM[:6], clitics + REFRAIN_POEM[4], REFRAIN_POEM[7]]
        body = find_body([line for _, line in page_lines("\n".join(lines) + "\n")])
        assert not named_by_breadcrumb(body), clitics
    article = parse_plain("\n".join(REFRAIN_POEM) + "\n")
    said = [article.headline, *(text for section in article.sections for text in (section.title, *section.paragraphs)
                                if text)]
    assert all(line in said for line in REFRAIN_POEM[1:]) and not any("breadcrumb" in note for note in article.notes)


def test_a_title_its_writer_closed_after_a_particle_is_a_title():
    # "... (رأسا على عقب!)": the particle's phrase ends inside the marks; a line stopping on it unclosed is a sentence
    # broken across lines, no title.
    lead = ("انقلب سوق السمك في مدينة الساحل رأسا على عقب صباح اليوم، بعد أن وصلت سفن الصيد كلها في ساعة واحدة، "
            "فهبطت الأسعار إلى النصف.")
    for title in ("سوق السمك في الساحل (رأسا على عقب!)", "سوق السمك في الساحل رأسا على عقب!"):
        article = parse_plain(f"{title}\n{lead}\n{SECOND}\n")
        assert article.headline == title and not article.headline_from_body, title
    assert parse_plain(f"سوق السمك في الساحل رأسا على\n{lead}\n{SECOND}\n").headline_from_body


def test_a_standfirst_copied_from_the_lead_with_its_subject_before_it_gives_way_to_the_title():
    # The line under the title copies a phrase of the lead, the story's subject named before it: a standfirst, as a
    # line the lead says word for word is; the title above it stays the headline. Alone, such a line is still read.
    title, deck = "البلدية تدشن محطة كبرى على البحر", "المحطة بطاقة تبلغ مئة ألف متر مكعب يوميا"
    article = parse_plain("\n".join([title, deck, LEAD, SECOND]) + "\n")
    assert article.headline == title and not article.headline_from_body
    assert parse_plain("\n".join([deck, LEAD, SECOND]) + "\n").headline == deck


def test_a_title_the_lead_restates_but_for_its_kicker_stays_the_headline_over_a_caption():
    # "KICKER.. X" or "X TIME" with the lead saying X word for word is the commonest news title. Said but for its
    # first word, a line is a copy only when a line above that may be the title names that word (the story's subject
    # before a copied standfirst) and the word is not set apart: the title stays over the photo's caption under it,
    # and under another story's title above it.
    lead = ("أعلنت وزارة المالية اليوم زيادة رواتب المعلمين بنسبة عشرة بالمئة ابتداء من الشهر المقبل، في خطوة طالبت "
            "بها نقابة المعلمين منذ ثلاث سنوات.")
    second = ("وقال وزير المالية في مؤتمر صحفي إن الزيادة تشمل ثمانين ألف معلم في المدارس الحكومية، وإن كلفتها "
              "السنوية تبلغ مئة مليون دينار.")
    caption = "وزير المالية خلال المؤتمر الصحفي في مقر الوزارة"
    for title in ("رسميا.. زيادة رواتب المعلمين بنسبة عشرة بالمئة", "رسميا زيادة رواتب المعلمين بنسبة عشرة بالمئة",
                  "زيادة رواتب المعلمين بنسبة عشرة بالمئة | رسميا", "المالية: زيادة رواتب المعلمين بنسبة عشرة بالمئة"):
        article = parse_plain("\n".join(["الساحل اليوم", title, caption, lead, second]) + "\n")
        assert article.headline == title and not article.headline_from_body, title
    title = "زيادة رواتب المعلمين بنسبة عشرة بالمئة اليوم"
    article = parse_plain("\n".join(["الرئيسية", "اقتصاد", "أسعار النفط تتراجع في الأسواق العالمية", "اقتصاد", title,
                                     "الأحد 12 مارس 2025", lead, second]) + "\n")
    assert article.headline == title and not article.headline_from_body


OTHER_STORIES = ("وزير الزراعة يزور مزارع القمح في الشمال", "المنتخب يتأهل إلى نهائي الكأس العربية",
                 "ارتفاع أسعار الذهب في الأسواق المحلية وسط مخاوف التجار من الركود هذا الصيف")


def test_a_line_among_other_stories_titles_sharing_a_word_by_chance_is_no_title():
    # A ticker over a page with no title line: titles sharing no word with the article, and one sharing a word of ten
    # with it by chance ("الصيف"). None is the title: the first sentence is read, flagged.
    for lines in ([OTHER_STORIES[2], OTHER_STORIES[1]], [OTHER_STORIES[0], OTHER_STORIES[2], OTHER_STORIES[1],
                                                          "الأحد 12 مارس 2025"]):
        article = parse_plain("\n".join([*lines, LEAD, SECOND]) + "\n")
        assert article.headline_from_body and article.headline.startswith(LEAD[:20]), lines


def test_a_title_sharing_few_words_with_its_lead_stays_under_a_label_or_over_a_date():
    # The same share of words, with no other story's title beside it: the page's title.
    title = "أسواق الذهب في الساحل تترقب أسبوعا هادئا"
    for lines in (["اقتصاد", title], [title, "الأحد 12 مارس 2025"], [OTHER_STORIES[1], "محليات", title]):
        article = parse_plain("\n".join([*lines, LEAD, SECOND]) + "\n")
        assert article.headline == title and not article.headline_from_body, lines


def test_a_word_whose_first_letter_may_be_a_clitic_meets_its_other_forms():
    # "فيضان" loses its ف as "so" and "باكستان" its ب as "in": the title shares its words with the lead all the same,
    # and is the headline, not the first sentence.
    title = "الفيضانات تضرب باكستان مجددا"
    lead = ("أغرقت مياه فيضان الأنهار عشرات القرى في إقليم البنجاب شرقي الباكستان، وأجلت السلطات آلاف السكان إلى "
            "مخيمات مؤقتة.")
    second = "وقال مسؤول في هيئة الطوارئ إن فرق الإنقاذ تعمل ليلا ونهارا للوصول إلى العالقين فوق أسطح المنازل."
    assert overlap(title, stems_of(lead)) == 0.5
    article = parse_plain("\n".join([title, lead, second]) + "\n")
    assert article.headline == title and not article.headline_from_body


def test_no_clitic_stands_after_the_article():
    # "البحرية" (naval) is no ب + "حرية" (freedom), "البحيرة" no ب + "حيرة", "الكرامة" no ك + "رامة": a ticker line
    # over a page with no title shares no word with the lead through them, and the first sentence is read, flagged.
    lead = ("نظم عشرات الصحفيين صباح اليوم وقفة احتجاجية أمام مبنى البرلمان للمطالبة بحماية حرية الصحافة، بعد "
            "اعتقال ثلاثة من زملائهم الأسبوع الماضي بسبب تقارير عن الفساد.")
    second = ("ورفع المحتجون لافتات تطالب بالإفراج عن الصحفيين المعتقلين، وبإلغاء المواد التي تجيز حبس الصحفيين في "
              "قانون المطبوعات.")
    for title, word in (("البحرية", "حرية"), ("البحيرة", "حيرة"), ("الكرامة", "رامة"), ("الوسائل", "سائل"),
                        ("البطاريات", "طارئة")):
        assert overlap(title, stems_of(word)) == 0 and overlap(word, stems_of(title)) == 0, title
    assert overlap("بحرية", stems_of("البحرية")) == 1  # (without the article, ب may be "in" or the root's)
    ticker = "القوات البحرية تنفذ مناورة واسعة قرب السواحل الشمالية"
    article = parse_plain("\n".join(["الساحل اليوم", "عاجل", ticker, "الأحد 12 مارس 2025", lead, second]) + "\n")
    assert article.headline_from_body and article.headline.startswith(lead[:20])
    # The other way round: a teaser naming freedom over a navy story's title; the title stays the headline.
    title = "نجاة 12 صيادا من الغرق"
    lead = ("أعلنت القوات البحرية صباح اليوم إنقاذ اثني عشر صيادا بعد غرق قاربهم قرب جزيرة الشعاب، إثر عاصفة مفاجئة "
            "ضربت الساحل ليلا.")
    second = ("وقال قائد الدورية إن فرق الإنقاذ عثرت على الصيادين متشبثين بحطام القارب، وإنهم نقلوا إلى المستشفى في "
              "حالة مستقرة.")
    article = parse_plain("\n".join(["الرئيسية", "محليات", "حرية الصحافة في خطر إثر اعتقال ثلاثة صحفيين", "الأخبار",
                                     title, "الأربعاء، 12 مارس 2025", lead, second]) + "\n")
    assert article.headline == title


def test_a_letter_and_a_colon_make_a_credit_only_before_a_name():
    assert never_title("ص : سارة علي") and not never_title("ت: سارة علي تكتب عن ليالي المدينة الساحلية")


def test_the_title_a_read_also_box_above_the_article_took_is_the_title():
    # A sidebar's box copied before the article: its marker, a teaser, then the page's own title right above the lead,
    # which the box's reach took with the teasers. It tells what the lead tells: the title.
    teaser = "البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي"
    for above in ([*MENU, "اقرأ أيضا", teaser], ["اقرأ أيضا", teaser]):
        article = parse_plain("\n".join([*above, TITLE, LEAD, SECOND]) + "\n")
        assert article.headline == TITLE and not article.headline_from_body, above
    # Another story's teaser right above the lead shares a word or two with it: no title, the first sentence is read.
    article = parse_plain("\n".join([*MENU, "اقرأ أيضا", teaser, "مهرجان الصيف يعود إلى شواطئ الساحل", LEAD, SECOND])
                          + "\n")
    assert article.headline_from_body
    # A title above the box stays the title, the box's last teaser on the same story notwithstanding.
    related = "محطة تحلية المياه في الساحل تعمل بالطاقة الشمسية جزئيا"
    article = parse_plain("\n".join([TITLE, "اقرأ أيضا", teaser, related, LEAD, SECOND]) + "\n")
    assert article.headline == TITLE


def test_a_related_teaser_ending_a_box_above_a_page_with_no_title_is_no_headline():
    # Reviewer (s14review3.md on e6de129): a page with no title line, its "read also" box ending with an older story's
    # teaser on the same topic right above the lead. The teaser shares words the lead's first paragraph does not say
    # (said by the second): it is another story's title, and the lead's first sentence stands in.
    teaser = "البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي"
    related = "محطة تحلية المياه في الساحل تعمل بالطاقة الشمسية جزئيا"
    lead = ("افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر، بطاقة تبلغ مئة ألف متر مكعب يوميا، "
            "في خطوة قالت إنها ستنهي انقطاع المياه في الصيف.")
    second = "وقال رئيس البلدية إن المحطة تعمل بالطاقة الشمسية جزئيا، وإن كلفتها بلغت نحو ثلاثين مليون دولار."
    article = parse_plain("\n".join([*MENU, "اقرأ أيضا", teaser, related, lead, second]) + "\n")
    assert article.headline != related and article.headline_from_body
