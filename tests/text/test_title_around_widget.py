"""The title the page says twice at its top with a widget between the copies (its heading, a share box, its title:
s27 r02 zarzisinfo), most of its words told in the article, is its title, not the lead's first paragraph the model
leans to, nor the widget. Near misses: a slogan said twice so, sharing a word or none with the story, with a widget
between its copies or none, on a page with no title line; copies with the article's own line between them.
Synthetic pages of our own words."""

import pytest

from text.plain import split_plain
from tests.support.article_views import page, spoken

TITLE = "انتعاش المؤشرات السياحية.."
DECK = "الأسواق الأوروبية في المقدمة"
LEAD = ("تعد المنطقة الساحلية من أهم الوجهات السياحية في البلاد حيث تضم أكثر من مئة فندق بطاقة استيعاب تقارب عشرين "
        "ألف سرير")
SECOND = ("وبلغ عدد الزوار منذ بداية الشهر أكثر من ثلاثين ألف زائر بزيادة تفوق خمسة بالمائة مقارنة بالفترة نفسها من "
          "العام الماضي، وفق المندوبية الجهوية للسياحة.")
THIRD = "وتتوقع المندوبية أن تبقى المؤشرات مرتفعة"  # the title's "المؤشرات", told under the lead


def decisions(text: str) -> dict[str, str]:
    return {line.text: line.decision for line in split_plain(text).lines}


@pytest.mark.parametrize("widget", ["شارك المقال", "إنشر المقال على مواقع التواصل الإجتماعي"])
def test_a_title_said_twice_around_a_widget_is_the_title(widget):
    text = page(TITLE, "", widget, "", TITLE, "", DECK, LEAD, "", SECOND, THIRD)
    split = split_plain(text)
    assert split.article.headline == TITLE and not split.article.headline_from_body
    assert spoken(split.article) == [LEAD, SECOND, THIRD]  # the lead's first paragraph is read as the article's
    assert decisions(text)[widget] == "share widget"


@pytest.mark.parametrize("slogan", ["صوت المدينة الحر دائما", "بوابة السياحة في الجنوب", "أخبار البلاد ساعة بساعة.."])
@pytest.mark.parametrize("between", [["شارك المقال"], ["الاثنين 10 يونيو 2024"], ["شارك", "الاثنين 10 يونيو 2024"], []])
def test_a_site_slogan_said_twice_is_no_title_of_a_title_less_page(slogan, between):
    # The site's slogan, which may name the story's place or trade ("البلاد", "السياحة") by chance, said over a
    # title-less article with a widget between its copies or none: the lead's first sentence stays the headline.
    split = split_plain(page(slogan, "", *between, "", slogan, "", DECK, LEAD, "", SECOND, THIRD))
    assert split.article.headline != slogan


def test_prose_between_the_copies_is_read():
    # A paragraph between the copies is no widget to step over: it is the article's, and read.
    assert SECOND in spoken(split_plain(page(TITLE, "", SECOND, "", TITLE, "", DECK, LEAD, "", THIRD)).article)
