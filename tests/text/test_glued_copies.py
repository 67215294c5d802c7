"""Page elements a copy glued together: a title said twice on one line, sub-headings said twice in a row, tags run
into one line; and the look-alikes that are article text (a chant said twice, a title run into its lead, a list run
together after the line announcing it, a caption said twice)."""

from text.doubled import doubled_title, title_once
from text.gluedtags import GLUED_TAGS, glued_parts, is_glued_tags
from text.plain import parse_plain
from text.twiceheads import HEADING_COPY
from tests.support.article_views import decisions, page, reasons, spoken

TITLE = "حلويات الشتاء"
LEAD = ("لا يكتمل مساء الشتاء في بيوتنا دون طبق من حلويات الشتاء الدافئة، تتوارثه الأسر وتعده الأمهات حين يشتد "
        "البرد ويجتمع الأبناء حول المدفأة في البيت.")
SECOND = ("تحتاج العجينة إلى دقيق ناعم وزبدة طرية وقليل من ماء الزهر، وتعجن بلطف حتى تتماسك دون أن تفقد "
          "طراوتها، ثم تترك لترتاح نصف ساعة.")
THIRD = ("يخبز الطبق في فرن متوسط الحرارة حتى يصير لونه ذهبيا، ثم يسقى بالقطر البارد ويترك حتى يبرد قبل "
         "تقديمه مع القهوة.")
FOURTH = ("ويفضل كثيرون حفظ ما يتبقى منه في علبة محكمة الإغلاق، فيبقى طريا لأيام عدة دون أن يفقد شيئا من "
          "نكهته.")
FIRST_PART = "العجينة المثالية"
SECOND_PART = "طريقة الخبز والتقديم"
NEWS_TITLE = "طريقة تحضير حلويات الشتاء في البيت"


def test_a_title_glued_to_its_own_copy_is_the_headline_said_once():
    for doubled in (TITLE + TITLE, NEWS_TITLE + " " + NEWS_TITLE):
        article = parse_plain(page("Article Details", doubled, LEAD, SECOND, THIRD))
        assert article.headline == doubled_title(doubled)
        assert spoken(article) == [LEAD, SECOND, THIRD]
    # The page saying the title alone under the glued copy: that copy is dropped as the headline's repeat.
    article = parse_plain(page(TITLE + TITLE, TITLE, LEAD, SECOND, THIRD))
    assert article.headline == TITLE and spoken(article) == [LEAD, SECOND, THIRD]


def test_a_sub_heading_glued_to_its_own_copy_is_read_once():
    article = parse_plain(page(NEWS_TITLE, LEAD, SECOND, FIRST_PART + FIRST_PART, THIRD, SECOND_PART + SECOND_PART,
                               FOURTH))
    assert [section.title for section in article.sections] == [None, FIRST_PART, SECOND_PART]
    assert decisions(page(NEWS_TITLE, LEAD, SECOND, FIRST_PART + FIRST_PART, THIRD))[FIRST_PART * 2] == "section title"


def test_sub_headings_said_twice_in_a_row_head_their_parts():
    text = page(NEWS_TITLE, "", LEAD, "", FIRST_PART, "", FIRST_PART, "", SECOND, THIRD, "", SECOND_PART, "",
                SECOND_PART, "", FOURTH)
    article = parse_plain(text)
    assert spoken(article) == [LEAD, FIRST_PART, SECOND, THIRD, SECOND_PART, FOURTH]
    assert [section.title for section in article.sections] == [None, FIRST_PART, SECOND_PART]
    assert reasons(article)[FIRST_PART] == HEADING_COPY


def test_one_pair_or_pairs_shaped_as_captions_stay_captions_said_twice():
    # One pair alone is a photo's alt text and caption, however it is worded.
    article = parse_plain(page(NEWS_TITLE, LEAD, FIRST_PART, FIRST_PART, SECOND, THIRD))
    assert spoken(article) == [LEAD, SECOND, THIRD]
    # Two pairs that show a scene, a subject doing something, or what a photo shows ("جانب من ...").
    shows = "جانب من الحرفيين في السوق"
    doing = "رئيس البلدية يتجول بين الأجنحة"
    scene = "وزير الثقافة خلال جولته في السوق"
    for first, second in ((shows, doing), (shows, scene), (doing, scene)):
        article = parse_plain(page(NEWS_TITLE, LEAD, first, first, SECOND, THIRD, second, second, FOURTH))
        assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
        assert HEADING_COPY not in reasons(article).values()


def test_tags_run_together_are_dropped_at_the_articles_edge():
    tags = "الحلويات الشرقيةWinterالمطبخ العربيوصفات سهلةالمناسبات العائلية"
    assert is_glued_tags(tags)
    # Under the standfirst and over the title said again, above the title, after the last paragraph.
    for text in (page(NEWS_TITLE, LEAD, tags, "Share:", NEWS_TITLE, SECOND, THIRD),
                 page(tags, NEWS_TITLE, LEAD, SECOND, THIRD), page(NEWS_TITLE, LEAD, SECOND, THIRD, tags)):
        article = parse_plain(text)
        assert article.headline == NEWS_TITLE and spoken(article) == [LEAD, SECOND, THIRD]
        assert tags not in spoken(article)
    assert reasons(parse_plain(page(NEWS_TITLE, LEAD, tags, "Share:", NEWS_TITLE, SECOND, THIRD)))[tags] == GLUED_TAGS
    # Between two of the article's paragraphs, as every edge shape, it is kept.
    assert tags in spoken(parse_plain(page(NEWS_TITLE, LEAD, SECOND, tags, THIRD, FOURTH)))


def test_text_run_together_that_is_the_articles_stays():
    # A list the article announces, its items run together, between two paragraphs.
    announced = "وشاركت في تنظيم السوق الجهات التالية:"
    listed = "وزارة الثقافةغرفة التجارةالهيئة العامة للسياحةجمعية الحرفيين"
    assert is_glued_tags(listed)
    article = parse_plain(page(NEWS_TITLE, LEAD, announced, listed, SECOND, THIRD))
    assert listed in spoken(article)
    # A title run into its lead, a ticker of headlines run together, a breadcrumb run into a short title: long parts,
    # or the site's home first, never tags.
    for line in (NEWS_TITLE + LEAD,
                 "ارتفاع أسعار الذهب في الأسواق المحلية اليومالحكومة تعلن خطة جديدة للنقل العاموزارة الصحة تطلق حملة",
                 "الرئيسيةأخبار محليةالمدينةسوق الحرفيين الجديد"):
        assert not is_glued_tags(line)
    # A missing space or a hamza after ى ("لاجىء", "قارىء") is no join between two words.
    assert glued_parts("وصل عدد اللاجىء إلى المدينةحيث استقبلتهم البلدية") == [
        "وصل عدد اللاجىء إلى المدينة", "حيث استقبلتهم البلدية"]


def test_a_phrase_said_twice_on_purpose_keeps_its_words():
    chant = "نريد الماء في كل بيت نريد الماء في كل بيت"
    announced = "وردد المحتجون أمام مبنى البلدية هتافات تطالب بتسريع العمل:"
    article = parse_plain(page(NEWS_TITLE, LEAD, announced, chant, SECOND, THIRD))
    assert " ".join(spoken(article)).count("نريد الماء") == 2
    # Inside the article only a copy glued to the title is read once; one word said twice is never a title.
    assert title_once(chant, spaced=False) == chant and title_once(chant) == "نريد الماء في كل بيت"
    for line in ("شكرا شكرا", "شكراشكرا", "حلويات الشتاء حلويات الشتاء"):
        assert doubled_title(line) is None
    article = parse_plain(page(NEWS_TITLE, LEAD, SECOND, "شكرا شكرا", THIRD))
    assert "شكرا شكرا" in spoken(article)
