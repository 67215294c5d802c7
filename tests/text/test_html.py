"""Saved HTML pages: main content found, h1/h2/h3 kept, chrome gone, metadata title as fallback."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from audio_edition.errors import InputError
from text.account import words
from text.html import parse_html
from text.reader import parse_article

LEAD = ("أعلنت وزارة الصحة اليوم بدء حملة وطنية للتطعيم ضد الحصبة تستهدف ملايين الأطفال في جميع المحافظات، "
        "وذلك بعد تسجيل حالات جديدة في عدة مدن خلال الأسابيع الماضية.")
SECOND = ("وقال المتحدث باسم الوزارة إن الحملة ستستمر أسبوعين، وإن فرقا متنقلة ستصل إلى القرى البعيدة "
          "والمناطق التي يصعب الوصول إليها، داعيا الأهالي إلى التعاون مع الفرق الصحية.")
THIRD = ("وأوضح أن اللقاح آمن ومجاني، وأنه متوفر أيضا في المراكز الصحية طوال فترة الحملة، مشيرا إلى أن "
         "نسبة التطعيم في العام الماضي تجاوزت تسعين بالمئة في معظم المحافظات.")
FOURTH = ("ورحبت منظمة الصحة العالمية بالحملة، وقالت في بيان إنها خطوة مهمة لوقف انتشار المرض، "
          "وإنها ستقدم الدعم الفني واللوجستي للوزارة حتى نهاية الحملة.")


def page(*, h1=True, title="حملة وطنية للتطعيم ضد الحصبة | موقع الصحة", extra=""):
    heading = "<h1>وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة</h1>" if h1 else ""
    return f"""<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>
<body><header><nav><a href="/">الرئيسية</a> | <a href="/n">أخبار</a> | <a href="/s">صحة</a></nav></header>
<main><article>{heading}
<div class="byline">بقلم: نورة الشمري</div>
<div class="share"><a>فيسبوك</a> <a>تويتر</a> <a>واتساب</a></div>
<figure><img src="a.jpg"><figcaption>طفل يتلقى اللقاح - أرشيفية</figcaption></figure>
<p>{LEAD}</p><p>{SECOND}</p>
<h2>فرق متنقلة</h2><p>{THIRD}</p>
<ul><li>التطعيم مجاني</li><li>يشمل الأطفال حتى خمس سنوات</li></ul>
{extra}
<h3>ترحيب دولي</h3><p>{FOURTH}</p>
</article></main>
<aside><h4>الأكثر قراءة</h4><ul><li><a href="/x">خبر آخر لا علاقة له</a></li></ul></aside>
<footer>جميع الحقوق محفوظة © 2024 - سياسة الخصوصية</footer></body></html>"""


def spoken(article):
    return " ".join([article.headline or ""] + [t for s in article.sections for t in (s.title or "", *s.paragraphs)])


def test_h1_is_the_headline():
    assert parse_html(page()).headline == "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة"


def test_h2_and_h3_start_sections():
    assert [s.title for s in parse_html(page()).sections] == [None, "فرق متنقلة", "ترحيب دولي"]


def test_every_article_paragraph_is_kept_in_order():
    article = parse_html(page())
    assert article.sections[0].paragraphs == (LEAD, SECOND)
    assert article.sections[1].paragraphs == (THIRD, "التطعيم مجاني", "يشمل الأطفال حتى خمس سنوات")
    assert article.sections[2].paragraphs == (FOURTH,)


def test_navigation_share_caption_sidebar_and_footer_are_not_spoken():
    text = spoken(parse_html(page()))
    for chrome in ("الرئيسية", "واتساب", "أرشيفية", "الأكثر قراءة", "خبر آخر", "جميع الحقوق"):
        assert chrome not in text


def test_metadata_title_is_the_headline_when_the_body_has_no_h1():
    article = parse_html(page(h1=False, title="حملة وطنية للتطعيم ضد الحصبة"))
    assert article.headline == "حملة وطنية للتطعيم ضد الحصبة"
    assert not article.headline_from_body


def test_read_also_left_inside_the_article_is_dropped_and_reported():
    extra = "<p>اقرأ أيضا: الوزارة تحذر من انتشار الإنفلونزا الموسمية</p>"
    article = parse_html(page(extra=extra))
    assert "الإنفلونزا" not in spoken(article)
    assert [d.reason for d in article.dropped] == ["read also"]


def test_author_becomes_the_byline_without_the_writing_verb():
    assert parse_html(page()).byline == "نورة الشمري"


def test_page_without_any_title_uses_the_first_sentence():
    html = f"<html><body><div><p>{LEAD} {SECOND}</p><p>{THIRD}</p></div></body></html>"
    article = parse_html(html)
    assert article.headline_from_body and article.headline == LEAD


def test_table_rows_are_read_as_body_lines():
    table = "<table><tr><td>المحافظة</td><td>عدد الحالات</td></tr><tr><td>الشمال</td><td>120</td></tr></table>"
    paragraphs = [p for s in parse_html(page(extra=table)).sections for p in s.paragraphs]
    assert "الشمال، 120" in paragraphs


def test_page_without_article_text_is_a_clear_error():
    with pytest.raises(InputError, match="no article text found"):
        parse_article("<html><head><title>x</title></head><body><nav><a href='/'>الرئيسية</a></nav></body></html>",
                      name="empty.html")


WORDS = ("الحكومة", "المدينة", "السكان", "الوزير", "أعلن", "قرر", "مشروع", "جديد", "الماء", "الكهرباء", "المدارس",
         "الطلاب", "ميزانية", "العام", "المقبل", "خطة", "تطوير", "الطرق", "النقل", "2024")
phrase = lambda low, high: st.lists(st.sampled_from(WORDS), min_size=low, max_size=high).map(" ".join)  # noqa: E731
html_block = st.one_of(
    phrase(2, 40).map(lambda t: ("p", t + ".")),
    phrase(1, 5).map(lambda t: ("li", t)),
    phrase(1, 4).map(lambda t: ("h2", t)),
    phrase(1, 4).map(lambda t: ("h3", t)),
)


@settings(max_examples=60, deadline=None)
@given(phrase(3, 10), st.lists(html_block, min_size=1, max_size=8).filter(lambda b: b[-1][0] in ("p", "li")),
       st.booleans())
def test_every_word_of_a_generated_page_is_spoken_in_order(title, blocks, small_page):
    assume(all(text != title for _tag, text in blocks))  # an equal line is a repeated headline, dropped
    body = "".join(f"<ul><li>{text}</li></ul>" if tag == "li" else f"<{tag}>{text}</{tag}>" for tag, text in blocks)
    chrome = "" if small_page else "<nav><a href='/'>الرئيسية</a> <a href='/a'>أخبار</a></nav>"
    html = (f"<html><head><title>{title}</title></head><body>{chrome}<article><h1>{title}</h1>{body}</article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")
    article = parse_html(html)
    spoken = [w for s in article.sections for t in (s.title or "", *s.paragraphs) for w in words(t)]
    assert article.headline == title
    assert spoken == [w for _tag, text in blocks for w in words(text)]


def test_a_paragraph_the_page_repeats_is_read_twice():
    """trafilatura drops a long block equal to the one before it; the page said it twice."""
    said_twice = "وقالت الوزارة إن الحملة ستشمل كل المدارس الحكومية والخاصة في المحافظات كافة."
    html = ("<html><head><title>t</title></head><body><article><h1>حملة التطعيم تبدأ غدا في المدارس</h1>"
            f"<p>{said_twice}</p><p>{said_twice}</p><p>وتستمر الحملة أسبوعين.</p></article></body></html>")
    paragraphs = [p for section in parse_html(html).sections for p in section.paragraphs]
    assert paragraphs.count(said_twice) == 2
