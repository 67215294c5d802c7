"""The headline among the lines over the article (issue 11 point 2): a line the page says twice in a row is its title
over a deck or a photo's caption that retells more of the lead; a line meeting the lead on one word between other
stories' titles is one more of them. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken

MENU = ["الرئيسية", "محليات", "اقتصاد", "رياضة"]
LEAD = ("افتتحت بلدية الوادي، صباح اليوم الخميس، سوقا شعبيا جديدا للخضار والفواكه في حي الزيتون يضم مئتي محل، بعد "
        "عامين من أعمال البناء.")
SECOND = "وقال رئيس البلدية إن السوق سيفتح أبوابه للتجار مطلع الشهر المقبل، وإن إيجارات المحال ستكون رمزية."
THIRD = "وأضاف أن البلدية خصصت موقفا للسيارات بجوار السوق لتخفيف الزحام في الشوارع المحيطة به."
TITLE = "سوق جديد ينهي فوضى الباعة في حي الزيتون"
"""A title telling the lead's story in fewer of its words than the deck or the caption under it."""


@pytest.mark.parametrize("under", [
    "سوق شعبي جديد للخضار والفواكه في حي الزيتون بمئتي محل",  # a deck retelling the lead
    "رئيس بلدية الوادي في السوق الشعبي الجديد بحي الزيتون",  # a photo's caption in the lead's words
])
def test_a_title_said_twice_in_a_row_beats_the_line_under_it(under):
    text = page(*MENU, TITLE, TITLE, under, "الخميس 9 أكتوبر 2025", LEAD, SECOND, THIRD)
    article = parse_plain(text)
    assert article.headline == TITLE and not article.headline_from_body
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


def test_a_gallery_caption_said_twice_over_the_title_is_not_the_title():
    # A caption naming who is shown (no verb, no preposition) said twice, then the title: the title stays.
    caption = "رئيس البلدية ومدير السوق وأعضاء المجلس البلدي"
    title = "بلدية الوادي تفتتح سوقا شعبيا جديدا في حي الزيتون"
    text = page(*MENU[:2], caption, caption, title, "الخميس 9 أكتوبر 2025", LEAD, SECOND)
    assert parse_plain(text).headline == title


@pytest.mark.parametrize("caption", ["رئيس البلدية خلال جولة في السوق الجديد", "رئيس البلدية ومدير السوق الجديد"])
def test_a_caption_said_twice_over_a_title_said_once_keeps_main_reading(caption):
    title = "افتتاح سوق شعبي جديد للخضار في حي الزيتون"
    text = page(*MENU[:2], caption, caption, title, "بقلم: سامر يوسف", LEAD, SECOND)
    assert parse_plain(text).headline == title


@pytest.mark.parametrize("twice", ["صحيفة إلكترونية مستقلة تصدر من العاصمة كل صباح",  # a slogan: no lead word
                                   "وزير النقل يتفقد مشاريع الطرق في المحافظات الجنوبية",  # another story's title
                                   "ارتفاع أسعار الإسمنت في الأسواق قبل موسم البناء",  # one lead word ("البناء")
                                   # two by chance: the town the site is named after, "اليوم"
                                   "الوادي اليوم صحيفة إلكترونية يومية تصدر من العاصمة"])
def test_a_line_said_twice_telling_little_of_the_lead_does_not_beat_the_title(twice):
    title = "افتتاح سوق شعبي جديد للخضار والفواكه في حي الزيتون"
    text = page(twice, twice, title, "الخميس 9 أكتوبر 2025", LEAD, SECOND)
    assert parse_plain(text).headline == title


def test_a_line_said_twice_under_the_title_leaves_the_title_alone():
    caption = "سوق الزيتون الجديد"
    title = "بلدية الوادي تفتتح سوقا شعبيا جديدا للخضار في حي الزيتون"
    assert parse_plain(page(*MENU[:2], title, caption, caption, LEAD, SECOND)).headline == title


TICKER = ["انقطاع المياه عن أحياء واسعة من المدينة لساعات", "المنتخب يفوز على ضيفه بهدفين في مباراة ودية",
          "أسعار الذهب تواصل الصعود في الأسواق المحلية", "مهرجان المسرح يفتتح دورته العاشرة بعرض عربي"]


@pytest.mark.parametrize("shared", ["الرئيس يستقبل وفدا من المستثمرين الأجانب",  # "رئيس" of the lead's second line
                                    "أسعار النفط ترتفع في مطلع التداولات"])  # "مطلع" of the lead's second line
def test_a_line_meeting_the_lead_on_one_word_between_other_stories_titles_is_no_title(shared):
    text = page(TICKER[0], shared, *TICKER[1:], LEAD, SECOND, THIRD)
    article = parse_plain(text)
    assert article.headline_from_body and decisions(text)[shared] != "headline"
    assert LEAD in (article.headline, *spoken(article)) and spoken(article)[-2:] == [SECOND, THIRD]


def test_a_title_under_other_stories_titles_sharing_the_leads_words_stays_the_headline():
    title = "سوق شعبي جديد في حي الزيتون"
    text = page(TICKER[0], title, TICKER[1], LEAD, SECOND)
    assert parse_plain(text).headline == title


ONE_WORD_TITLE = "الزيتون يودع فوضى الأرصفة أخيرا"
"""A figurative title meeting the lead on one word alone ("الزيتون")."""
DATE = "الخميس 9 أكتوبر 2025"


@pytest.mark.parametrize("above, under", [
    (TICKER[1], "أسر تروي متاعبها مع الباعة المتجولين طوال سنوات"),  # a ticker's item over it, a deck under it
    ("من دفتر الحكايات اليومية", "أسر تروي متاعبها مع الباعة المتجولين طوال سنوات"),  # a kicker over it
    (TICKER[2], "«لم نعرف الراحة منذ زمن طويل»"),  # a quote for its deck
])
def test_a_title_meeting_the_lead_on_one_word_between_two_lines_sharing_none_stays_with_its_deck(above, under):
    # One line sharing no lead word on each side is no run of other stories' titles: the title and its deck stay.
    text = page(*MENU, above, ONE_WORD_TITLE, under, DATE, LEAD, SECOND, THIRD)
    article = parse_plain(text)
    assert article.headline == ONE_WORD_TITLE and not article.headline_from_body
    assert under in spoken(article) and spoken(article)[-3:] == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("lines", [
    [TICKER[0], ONE_WORD_TITLE, TICKER[1]],  # a ticker's item on each side, the lead right under (no date)
    [TICKER[0], ONE_WORD_TITLE, "أطفال يحملون صناديق فارغة إلى عربة صغيرة", DATE],  # a photo's caption under it
])
def test_a_title_meeting_the_lead_on_one_word_outside_a_run_of_other_titles_stays_the_headline(lines):
    article = parse_plain(page(*MENU, *lines, LEAD, SECOND, THIRD))
    assert article.headline == lines[1] and not article.headline_from_body


@pytest.mark.parametrize("label", [
    "السابق: بلدية الوادي تبدأ تجهيز السوق الشعبي في حي الزيتون",  # a link to the story before
    "ملف أسواق الوادي: بلدية الوادي تفتتح سوقا شعبيا في حي الزيتون",  # a file's name and one of its stories
    "المقال التالي: بلدية الوادي تبدأ بناء سوق للخضار في حي الزيتون",  # a link to the story after
    "ملف الأسواق الشعبية في بلدية الوادي وحي الزيتون",  # a file's name alone
])
def test_a_line_a_label_opens_said_twice_over_the_title_is_not_the_title(label):
    title = "افتتاح سوق شعبي جديد للخضار والفواكه في حي الزيتون"
    text = page(*MENU, label, label, title, DATE, LEAD, SECOND)
    article = parse_plain(text)
    assert article.headline == title and title not in spoken(article)
