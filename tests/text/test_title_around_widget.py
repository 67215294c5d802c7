"""The title the page says twice at its top with a widget between the copies (its heading, a share box, its title:
s27 r02 zarzisinfo) is its title, not the lead's first paragraph the model leans to, nor the widget. Near misses: a
slogan said twice so that shares no word with the lead, copies with the article's own line between them. Synthetic
pages of our own words."""

import pytest

from text.plain import split_plain
from tests.support.article_views import page, spoken

TITLE = "انتعاش المؤشرات السياحية.."
DECK = "الأسواق الأوروبية في المقدمة"
LEAD = ("تعد المنطقة الساحلية من أهم الوجهات السياحية في البلاد حيث تضم أكثر من مئة فندق بطاقة استيعاب تقارب عشرين "
        "ألف سرير")
SECOND = ("وبلغ عدد الزوار منذ بداية الشهر أكثر من ثلاثين ألف زائر بزيادة تفوق خمسة بالمائة مقارنة بالفترة نفسها من "
          "العام الماضي، وفق المندوبية الجهوية للسياحة.")
THIRD = "وتتوقع المندوبية أن تبقى نسبة الامتلاء مرتفعة"


def decisions(text: str) -> dict[str, str]:
    return {line.text: line.decision for line in split_plain(text).lines}


@pytest.mark.parametrize("widget", ["شارك المقال", "إنشر المقال على مواقع التواصل الإجتماعي"])
def test_a_title_said_twice_around_a_widget_is_the_title(widget):
    text = page(TITLE, "", widget, "", TITLE, "", DECK, LEAD, "", SECOND, THIRD)
    split = split_plain(text)
    assert split.article.headline == TITLE and not split.article.headline_from_body
    assert spoken(split.article) == [LEAD, SECOND, THIRD]  # the lead's first paragraph is read as the article's
    assert decisions(text)[widget] == "share widget"


def test_a_slogan_said_twice_around_a_widget_is_no_title():
    slogan = "صوت المدينة الحر دائما"
    split = split_plain(page(slogan, "", "شارك المقال", "", slogan, "", DECK, LEAD, "", SECOND, THIRD))
    assert split.article.headline != slogan


def test_prose_between_the_copies_is_read():
    # A paragraph between the copies is no widget to step over: it is the article's, and read.
    assert SECOND in spoken(split_plain(page(TITLE, "", SECOND, "", TITLE, "", DECK, LEAD, "", THIRD)).article)
