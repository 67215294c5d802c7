"""A line the page says again inside the article (issue 11, "repetition"): a photo's caption and its alt text in a
row, one image's text repeated between a list's steps, the headline said again closed by a stop. A listener hears
none of them; a paragraph doubled, a quoted chant, a poem's refrain, a list's repeated step and a sub-heading said
twice apart keep every word. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from text.saidagain import OVER_AND_OVER, SAID_AGAIN_CUT, SAID_TWICE_IN_A_ROW, said_again
from tests.support.article_views import decisions, page, reasons, spoken

TITLE = "افتتاح مكتبة عامة جديدة في وسط مدينة الرمال"
LEAD = ("افتتحت بلدية مدينة الرمال صباح اليوم مكتبة عامة جديدة في وسط المدينة، تضم أكثر من عشرين ألف كتاب في "
        "مختلف المجالات، بحضور عدد من المسؤولين والكتاب.")
SECOND = ("وقال رئيس البلدية إن المكتبة ستفتح أبوابها يوميا من التاسعة صباحا حتى التاسعة مساء، وإنها تضم قاعة "
          "للأطفال وأخرى للمطالعة الصامتة.")
THIRD = "وأضاف أن البلدية تعمل على إطلاق برنامج للقراءة الصيفية بالتعاون مع المدارس القريبة خلال الأشهر المقبلة."
STEPS = ["1- الدخول إلى البوابة الإلكترونية للمديرية وتسجيل الدخول بالحساب الشخصي.",
         "2- اختيار خدمة تجديد الجواز من قائمة الخدمات المتاحة في الصفحة الرئيسية.",
         "3- رفع صورة شخصية حديثة وإرفاق نسخة من الجواز القديم ثم الضغط على إرسال.",
         "4- دفع الرسوم المقررة إلكترونيا وانتظار رسالة التأكيد على الهاتف."]
STEPS_TITLE = "خطوات تجديد جواز السفر إلكترونيا دون زيارة المكتب"
STEPS_LEAD = ("أتاحت المديرية العامة للجوازات خدمة تجديد جواز السفر عبر بوابتها الإلكترونية، وذلك لتخفيف الزحام على "
              "المكاتب وتسريع إنجاز المعاملات.")


@pytest.mark.parametrize("first, second", [
    ("جانب من حفل افتتاح المكتبة.", "جانب من حفل افتتاح المكتبة."),  # closed by a stop both times
    ("زوار في قاعة المطالعة الجديدة.", "زوار في قاعة المطـالعة الجديدة."),  # a tatweel aside
])
def test_a_caption_and_its_alt_text_in_a_row_above_the_lead_are_not_spoken(first, second):
    article = parse_plain(page(TITLE, "", first, second, "", LEAD, "", SECOND, "", THIRD))
    assert spoken(article) == [LEAD, SECOND, THIRD]
    assert reasons(article)[first] == SAID_TWICE_IN_A_ROW


def test_a_sentence_said_twice_in_a_row_below_the_lead_is_left_to_the_finder():
    # Further down a pair is ``bodyfind._said_twice_in_a_row``'s, which takes no sentence closed by a stop.
    sentence = "جانب من حفل افتتاح المكتبة."
    article = parse_plain(page(TITLE, "", LEAD, "", sentence, sentence, "", SECOND, "", THIRD))
    assert spoken(article) == [LEAD, sentence, sentence, SECOND, THIRD]


def test_a_caption_pair_between_the_title_and_the_lead_is_not_the_lead():
    caption = "إقبال كبير على المكتبة الجديدة."
    article = parse_plain(page(TITLE, "", TITLE, "", caption, caption, "", LEAD, "", SECOND))
    assert article.headline == TITLE and spoken(article) == [LEAD, SECOND]


@pytest.mark.parametrize("caption", ["صورة توضيحية لخدمة تجديد جواز السفر", "تجديد جواز السفر عبر البوابة إلكترونيا"])
def test_one_images_text_between_a_lists_steps_is_no_sub_heading(caption):
    text = page(STEPS_TITLE, "", STEPS_LEAD, "", STEPS[0], "", caption, "", STEPS[1], "", caption, "", STEPS[2], "",
                caption, "", STEPS[3])
    article = parse_plain(text)
    assert [section.title for section in article.sections] == [None]
    assert spoken(article) == [STEPS_LEAD, *STEPS]
    assert decisions(text)[caption] == OVER_AND_OVER


def test_a_copy_cut_by_the_pages_end_goes_with_its_copies():
    caption = "صورة توضيحية لخدمة تجديد جواز السفر"
    article = parse_plain(page(STEPS_TITLE, "", STEPS_LEAD, "", STEPS[0], "", caption, "", STEPS[1], "", caption, "",
                               STEPS[2], "", caption, "", "صورة توضيحية لخدمة تج"))
    assert spoken(article) == [STEPS_LEAD, *STEPS[:3]]
    assert reasons(article)["صورة توضيحية لخدمة تج"] == SAID_AGAIN_CUT


def test_a_gallerys_caption_between_paragraphs_is_said_nowhere():
    caption = "لقطات من حفل افتتاح المكتبة"
    fourth = "وكرمت البلدية في الختام المتبرعين بالكتب، وسط حضور رسمي وشعبي لافت."
    article = parse_plain(page(TITLE, "", LEAD, "", caption, "", SECOND, "", caption, "", THIRD, "", caption, "",
                               fourth))
    assert spoken(article) == [LEAD, SECOND, THIRD, fourth]


def test_the_headline_said_again_with_a_stop_is_not_the_lead():
    article = parse_plain(page("محليات", TITLE, "", TITLE + ".", "", LEAD, "", SECOND))
    assert article.headline == TITLE and spoken(article) == [LEAD, SECOND]


# Near misses: every word stays.

def test_a_paragraph_the_page_doubles_is_kept():
    article = parse_plain(page(TITLE, "", LEAD, LEAD, "", SECOND))
    assert spoken(article) == [LEAD, LEAD, SECOND]


def test_a_chant_the_article_announces_said_twice_is_kept():
    chant = "الكتاب حق لكل طفل"
    announce = "وردد الأطفال أمام المكتبة:"
    article = parse_plain(page(TITLE, "", LEAD, "", announce, chant, chant, "", SECOND))
    assert spoken(article) == [LEAD, announce, chant, chant, SECOND]


def test_a_poems_refrain_inside_the_article_is_kept():
    refrain = "سنعود يوما للديار"
    verses = ["يا دارنا يا دار", refrain, "يا ليلنا الطويل", refrain, "يا حلمنا الجميل", refrain]
    intro = "ومن القصيدة التي ختم بها الشاعر الأمسية:"
    article = parse_plain(page(TITLE, "", LEAD, "", intro, "", *verses, "", SECOND))
    assert spoken(article) == [LEAD, intro, *verses, SECOND]


def test_a_lists_repeated_step_is_kept():
    step = "• الدخول إلى المنصة بالحساب الموحد"
    items = [step, "• اختيار خدمة دفع المخالفات المرورية", step, "• اختيار خدمة تجديد رخصة القيادة", step,
             "• اختيار خدمة دفع رسوم الكهرباء"]
    said = parse_plain(page(TITLE, "", LEAD, "", *items, "", SECOND))
    assert sum(line.count("بالحساب الموحد") for line in spoken(said)) == 3


def test_a_sub_heading_said_twice_apart_stays_a_sub_heading():
    heading = "نسبة المشاركة في الدوائر"
    article = parse_plain(page(TITLE, "", LEAD, "", heading, "", SECOND, "", "مواعيد المطالعة", "", THIRD, "",
                               heading, "", "وأوضحت البلدية أن الأرقام النهائية ستعلن بعد انتهاء الشهر الأول."))
    assert [section.title for section in article.sections].count(heading) == 2


@pytest.mark.parametrize("lines", [
    ["نعم", "نعم", "نعم"],  # a table's cells: too short to name a photo
    ["المصدر:", "نص", "المصدر:", "نص", "المصدر:"],  # a label closed by a colon
    ["السعر 25 دينارا", "السعر 25 دينارا", "السعر 25 دينارا"],  # figures: a table's rows
])
def test_short_cells_labels_and_figures_are_not_captions(lines):
    assert said_again(lines, range(len(lines))) == {}


def test_the_headline_said_again_with_a_stop_as_the_only_paragraph_is_kept():
    # Nothing of the article follows the copy: it is the article's one sentence, read rather than lost.
    article = parse_plain(page("محليات", TITLE, "", TITLE + "."))
    assert spoken(article) == [TITLE + "."]
    assert said_again([TITLE, TITLE + "."], range(1, 2), headline=TITLE) == {}
    assert said_again([TITLE, TITLE + ".", LEAD], range(1, 3), headline=TITLE) == {1: "repeated headline"}


# The review's near misses (s25): the article's own words said again on purpose keep every word.

WORDS = "بالتعاون مع المدارس القريبة خلال الأشهر المقبلة"
AGAIN = {OVER_AND_OVER, SAID_AGAIN_CUT, SAID_TWICE_IN_A_ROW, "repeated headline"}


def test_a_sentence_is_not_dropped_for_teasers_that_repeat_it_under_the_article():
    # Copies are counted among the article's lines: "read also" teasers are no copies, and a line closed by a stop
    # is never read as a copy of lines without one.
    sentence = "برنامج القراءة الصيفية " + WORDS + "."
    teaser = "برنامج القراءة الصيفية " + WORDS
    lines = [TITLE, LEAD, sentence, "اقرأ أيضا:", teaser, SECOND, "اقرأ أيضا:", teaser, THIRD]
    assert said_again(lines, range(1, len(lines)), live={1, 2, 5, 8},
                      echoes_headline=lambda text: True) == {}
    assert said_again(lines, range(1, len(lines)), echoes_headline=lambda text: True) == {}


@pytest.mark.parametrize("announce", ["وردد الحاضرون بصوت واحد", "وختم رئيس البلدية كلمته مكررا عبارة واحدة"])
@pytest.mark.parametrize("gap", [[], [""]])
def test_a_slogan_said_twice_with_a_stop_inside_the_article_is_kept(announce, gap):
    slogan = "المعرفة حق للجميع."
    article = parse_plain(page(TITLE, "", LEAD, "", announce, slogan, *gap, slogan, "", SECOND, "", THIRD))
    assert spoken(article) == [LEAD, announce, slogan, slogan, SECOND, THIRD]


PARTS = ["مواعيد فتح قاعات المطالعة", "برنامج الأنشطة الخاصة بالأطفال", "شروط الاشتراك في خدمة الإعارة"]


@pytest.mark.parametrize("at_the_end", [True, False])
def test_a_table_of_contents_keeps_the_sub_headings_it_lists(at_the_end):
    parts = [line for heading, body in zip(PARTS, [SECOND, THIRD, STEPS_LEAD]) for line in (heading, body, "")]
    text = page(TITLE, "", LEAD, "", *PARTS, "", *parts, *(PARTS if at_the_end else []))
    # The entries and their sub-headings do not repeat the headline's words, and the list stands in a run of short
    # lines: none is read as a line said over and over (what the line model makes of them is its own).
    assert not set(decisions(text).values()) & AGAIN
    assert said_again(text.splitlines(), range(2, len(text.splitlines())), echoes_headline=lambda line: True) == {}


def test_an_faq_question_said_over_each_answer_is_kept():
    question = "كيف يمكن الاشتراك في المكتبة"
    answers = ["يتم الاشتراك عبر تعبئة استمارة في مكتب الاستقبال مع إرفاق صورة من بطاقة الهوية الشخصية.",
               "ويمكن أيضا الاشتراك عبر الموقع الإلكتروني للبلدية خلال ساعات الدوام الرسمي.",
               "والاشتراك مجاني للطلاب وكبار السن طوال العام الأول من افتتاح المكتبة."]
    text = page("أسئلة شائعة عن خدمات البلدية", "", LEAD, "",
                *[line for answer in answers for line in (question, answer, "")])
    assert not set(decisions(text).values()) & AGAIN  # the question does not repeat the headline's words
    assert all(answer in spoken(parse_plain(text)) for answer in answers)


@pytest.mark.parametrize("note, items", [
    ("الخدمة متوقفة مؤقتا للصيانة", ["• قاعة المطالعة الصامتة", "• قاعة الأطفال", "• قاعة الوسائط المتعددة"]),
    ("يرجى الاحتفاظ بإيصال الدفع حتى نهاية العام", STEPS[:3]),
])
def test_a_lists_note_under_each_item_is_kept(note, items):
    text = page(STEPS_TITLE, "", STEPS_LEAD, "", *[line for item in items for line in (item, note)], "", SECOND)
    assert not set(decisions(text).values()) & AGAIN  # the note does not repeat the headline's words
    assert all(item in spoken(parse_plain(text)) for item in items)


def test_the_headlines_words_quoted_inside_the_article_are_kept():
    title = "لن نتخلى عن مكتبتنا العامة"
    announce = "وختم رئيس البلدية كلمته بالقول:"
    article = parse_plain(page(title, "", LEAD, "", announce, title + ".", "", SECOND))
    assert spoken(article) == [LEAD, announce, title + ".", SECOND]
    # and unannounced, below the first paragraph: a quote too
    article = parse_plain(page(title, "", LEAD, "", title + ".", "", SECOND))
    assert title + "." in spoken(article)


def test_a_quote_said_over_and_over_keeps_the_copy_the_article_announces():
    quote = "«المكتبة العامة بيت لكل القراء في مدينة الرمال»"
    announce = "وختم رئيس البلدية كلمته قائلا:"
    said = spoken(parse_plain(page(TITLE, "", LEAD, "", quote, "", SECOND, "", announce, quote, "", THIRD, "",
                                   quote, "", "وكرمت البلدية في الختام المتبرعين بالكتب، وسط حضور رسمي وشعبي لافت.")))
    assert announce in said and said[said.index(announce) + 1].startswith(quote)
