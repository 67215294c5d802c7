"""A standfirst printed as a few lines under the title (an interview's highlights over "حوار: NAME"), read before the
lead; runs of captions, of other stories' titles or of a site's list in the same place stay dropped, above all when no
interview's byline stands under them (synthetic pages in our own words, in the shape of s27 r01's interview page and
of the near-misses of review_decks.md)."""

from __future__ import annotations

from tests.support.article_views import page, spoken
from text.plain import parse_plain, split_plain

TITLE = "مهندسة المياه هالة منصور تتحدث عن مشروع الوادي"
HIGHLIGHTS = ("نصف القرى ما زالت تشرب من الآبار القديمة",
              "قلنا للممولين «لن نبني محطة لا يصلها الفلاحون»",
              "المحطة الجديدة تعمل بالطاقة الشمسية منذ الربيع")
CREDIT = "حوار: سلمى القاسم"
LEAD = ("تقود المهندسة هالة منصور منذ أربع سنوات مشروعا لإيصال مياه الشرب إلى قرى الوادي، وقد زارت معظم القرى "
        "وتحدثت إلى الفلاحين عن حاجتهم إلى الماء النظيف.")
MORE = ("وتشرح منصور أن الآبار القديمة جفت أو تلوثت في كثير من القرى، وأن الأسر تقطع مسافات طويلة كل يوم لتملأ "
        "أوعيتها من العين الوحيدة.")
AFTER = ("وتقول إن المحطة الجديدة تعمل بالطاقة الشمسية، وإن كلفة تشغيلها قليلة، وإن الفلاحين شاركوا في اختيار "
         "مكانها قرب الطريق.")
DATE = "الخميس، 14 مارس 2024 - 09:15 ص"


def test_an_interviews_highlights_under_the_title_are_read_before_the_lead():
    text = page("حوارات", TITLE, *HIGHLIGHTS, CREDIT, LEAD, MORE, AFTER)
    article = parse_plain(text)
    assert article.headline == TITLE
    assert spoken(article)[:4] == [*HIGHLIGHTS, LEAD]
    assert CREDIT not in spoken(article)


def test_two_highlights_over_the_interviews_byline_and_a_date_are_read():
    deck = HIGHLIGHTS[:2]
    assert spoken(parse_plain(page(TITLE, *deck, CREDIT, DATE, LEAD, MORE, AFTER)))[:3] == [*deck, LEAD]


def test_inspect_says_why_each_highlight_is_kept():
    lines = {line.text: line for line in split_plain(page(TITLE, *HIGHLIGHTS, CREDIT, LEAD, MORE, AFTER)).lines}
    for highlight in HIGHLIGHTS:
        assert lines[highlight].spoken and "kept as a line of the standfirst" in lines[highlight].why


def _dropped_above_the_lead(lines: tuple[str, ...], *block: str, title: str = TITLE,
                            article: tuple[str, ...] = (LEAD, MORE, AFTER)) -> None:
    heard = spoken(parse_plain(page(title, *lines, *block, *article)))
    assert heard[0] == article[0]
    assert not set(lines) & set(heard)


def test_two_photos_captions_under_the_title_stay_dropped():
    """Keep-test: two captions naming who is shown where (the story's people and places, no quote, no clause)."""
    captions = ("المهندسة هالة منصور بين فلاحي قرية العين", "خزان المحطة الجديدة فوق التلة الغربية للوادي")
    _dropped_above_the_lead(captions, CREDIT)


def test_other_stories_titles_under_the_title_stay_dropped():
    """Keep-test: a related box that lost its header, one title quoting a speaker, neither sharing a word with the
    article."""
    others = ("«لن نرفع الأسعار» وزير التجارة يطمئن الأسواق", "منتخب الشباب يتأهل إلى نهائي البطولة العربية")
    _dropped_above_the_lead(others, CREDIT)


def test_four_statement_lines_under_the_title_are_no_standfirst():
    """Keep-test: a run longer than a deck's (``MAX_STANDFIRST_LINES``) under the title is a list of the site's."""
    _dropped_above_the_lead((*HIGHLIGHTS, "الفلاحون يحفرون قناة صغيرة توصل الماء إلى الحقول"), CREDIT)


STORM_TITLE = "عاصفة قوية تقطع التيار عن الحي الشرقي وتسقط الأشجار على الطرق"
STORM = ("ضربت عاصفة قوية المدينة ليل الأربعاء، فأسقطت الريح عشرات الأشجار على الطرق وقطعت الأسلاك عن الحي "
         "الشرقي وثلاثة أحياء مجاورة.",
         "وعملت فرق البلدية حتى الصباح على فتح الطرق، فيما قال سكان إن التيار لم يعد إلى بيوتهم بعد يوم كامل.",
         "وتوقعت دائرة الأرصاد أن تهدأ الريح مساء الخميس، ودعت السائقين إلى الحذر على الطرق الجبلية.")
NEWS_BLOCK = ("كتب: مراد الشامي", DATE)


def test_captions_with_a_relative_clause_over_a_plain_byline_stay_dropped():
    """Keep-test (review_decks.md H1, page B): a gallery's captions over "كتب: NAME" and a date; a relative clause
    (التي) is no interview's voice, and no interview's byline stands under them."""
    captions = ("متطوعون ينقلون جذوع الأشجار التي سدت مدخل السوق", "أعمدة الإنارة التي مالت فوق أحد الطرق قرب المدرسة")
    _dropped_above_the_lead(captions, *NEWS_BLOCK, title=STORM_TITLE, article=STORM)


def test_same_story_teasers_with_a_quoted_name_over_a_plain_byline_stay_dropped():
    """Keep-test (review_decks.md H1, page J): a "related" box of the same story that lost its header, one title with
    a body's name in quote marks, over "كتب: NAME" and a date."""
    teasers = ("«الكهرباء» تعد بإعادة التيار إلى الحي الشرقي خلال يومين",
               "سكان الأحياء المتضررة يطالبون البلدية بتعويض عن خسائرهم")
    _dropped_above_the_lead(teasers, *NEWS_BLOCK, title=STORM_TITLE, article=STORM)


def test_teasers_with_a_quoted_name_over_an_interviews_byline_stay_dropped():
    """Keep-test (review_decks.md M2): one or two words in quote marks are a name, not a quote; over an interview's
    byline, two same-topic titles with no clause and no quoted span are not its highlights."""
    teasers = ("«المياه» تعلن خطة لحفر عشرين بئرا جديدة في الوادي", "مزارعو الوادي يطالبون بتوسيع شبكة الري")
    _dropped_above_the_lead(teasers, CREDIT)
