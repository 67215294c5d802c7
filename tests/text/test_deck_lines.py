"""A standfirst printed as a few lines under the title (an interview's highlights over "حوار: NAME"), read before the
lead; runs of captions, of other stories' titles or of a site's list in the same place stay dropped (pages in the
shape of s27 r01's interview page, in our own words)."""

from __future__ import annotations

from tests.support.article_views import page, spoken
from text.plain import parse_plain, split_plain

TITLE = "الممثل المسرحي سامي الطيب"
HIGHLIGHTS = ("الفرق المسرحية تحتاج إلى دعم الدولة",
              "«عرس القرية» يعود إلى الخشبة قريبا وأراهن عليه",
              "يكفي المسرح أنه علمني الصبر على الجمهور")
CREDIT = "حوار: ناصر العمري"
LEAD = ("الممثل المسرحي سامي الطيب واحد من أبرز وجوه المسرح الكوميدي، قدم على الخشبة عشرات العروض التي جالت "
        "المدن والقرى، ويستعد هذه الأيام لعودة عرسه المسرحي الأشهر.")
MORE = ("ويقول الطيب إن الفرق المسرحية تعيش ظروفا صعبة منذ سنوات، فلا قاعات مجهزة ولا دعم يكفي لإنتاج عرض "
        "واحد في الموسم.")
AFTER = "ويضيف أن «عرس القرية» سيعود بممثليه الأوائل، وأن الجمهور الذي أحب العرض قبل عشرين عاما ما زال ينتظره."


def test_an_interviews_highlights_under_the_title_are_read_before_the_lead():
    text = page("ثقافة وفنون", TITLE, *HIGHLIGHTS, CREDIT, LEAD, MORE, AFTER)
    article = parse_plain(text)
    assert article.headline == TITLE
    assert spoken(article)[:4] == [*HIGHLIGHTS, LEAD]
    assert CREDIT not in spoken(article)


def test_two_short_highlight_lines_over_a_date_are_read():
    deck = ("الفرق المسرحية تحتاج إلى دعم", "«عرس القرية» يعود إلى الخشبة قريبا")
    text = page(TITLE, *deck, "الأحد، 09 يونيو 2024 - 10:30 ص", LEAD, MORE, AFTER)
    assert spoken(parse_plain(text))[:3] == [*deck, LEAD]


def test_inspect_says_why_each_highlight_is_kept():
    lines = {line.text: line for line in split_plain(page(TITLE, *HIGHLIGHTS, CREDIT, LEAD, MORE, AFTER)).lines}
    for highlight in HIGHLIGHTS:
        assert lines[highlight].spoken and "kept as a line of the standfirst" in lines[highlight].why


def test_two_photos_captions_under_the_title_stay_dropped():
    """Keep-test: two captions naming who is shown where (the story's people and places, no quote, no clause)."""
    captions = ("الممثل سامي الطيب في كواليس المسرح القومي", "فرقة المسرح الشعبي في بروفة عرس القرية")
    text = page(TITLE, *captions, "الأحد، 09 يونيو 2024 - 10:30 ص", LEAD, MORE, AFTER)
    heard = spoken(parse_plain(text))
    assert heard[0] == LEAD
    assert not set(captions) & set(heard)


def test_other_stories_titles_under_the_title_stay_dropped():
    """Keep-test: a related box that lost its header, one title quoting a speaker, neither sharing a word with the
    article."""
    others = ("«لن نرفع الأسعار» وزير التجارة يطمئن الأسواق", "منتخب الشباب يتأهل إلى نهائي البطولة العربية")
    text = page(TITLE, *others, CREDIT, LEAD, MORE, AFTER)
    heard = spoken(parse_plain(text))
    assert heard[0] == LEAD
    assert not set(others) & set(heard)


def test_four_statement_lines_under_the_title_are_no_standfirst():
    """Keep-test: a run longer than a deck's (``MAX_STANDFIRST_LINES``) under the title is a list of the site's."""
    run = (*HIGHLIGHTS, "المسرح الشعبي يفتتح موسمه الجديد بعرض للأطفال")
    heard = spoken(parse_plain(page(TITLE, *run, CREDIT, LEAD, MORE, AFTER)))
    assert heard[0] == LEAD
    assert not set(run) & set(heard)
