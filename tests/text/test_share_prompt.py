"""A share box's call alone on its line is a share widget, in any spelling: "share (or publish) the article", maybe on
social media, with friends or on a network, and nothing more. Near misses: the same words telling who shared the news
or what followed, the past tense and the noun ("نشر", "مشاركة"), a call going on. Synthetic lines of our own words."""

import pytest

from text.rules import line_reason

PROMPTS = [
    "إنشر المقال على مواقع التواصل الإجتماعي",  # the imperative and the adjective with a hamza written
    "انشر المقال على مواقع التواصل الاجتماعي",
    "شارك الخبر على",  # the box's heading, its buttons printed apart
    "شارك الخبر على السوشيال ميديا",
    "يمكنك مشاركة هذا المقال على مواقع التواصل الاجتماعي",
    "شارك المقال عبر:",
    "شارك هذا الموضوع",
    "شاركوا المقال مع أصدقائكم",
    "• شارك الخبر على فيسبوك",
]


@pytest.mark.parametrize("line", PROMPTS)
def test_a_call_to_share_the_article_is_a_share_widget(line):
    assert line_reason(line) == "share widget"


SENTENCES = [
    "شارك الخبر على مواقع التواصل آلاف المستخدمين خلال ساعات",  # who shared it
    "نشر الخبر على مواقع التواصل الاجتماعي",  # the past tense: a sentence's verb or a heading
    "مشاركة المقال على مواقع التواصل الاجتماعي تضاعفت",
    "شارك في الحفل ممثلون عن الوزارة",
    "انشر المقال على مواقع التواصل وانتظر الردود من القراء حول الموضوع",  # a how-to's step going on
]


@pytest.mark.parametrize("line", SENTENCES)
def test_the_same_words_telling_the_news_stay_the_article(line):
    assert line_reason(line) is None
