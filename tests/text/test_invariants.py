"""The invariant that matters most: no body word is lost, none is spoken twice, order is kept.

Property tests build articles from body text and known furniture and check
that exactly the body is spoken; they also feed arbitrary lines and check that
every input word comes out once, spoken or reported in ``dropped``.
"""

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from bench.shared_folder import SEED, SHARED, WHERE
from text.account import account, words
from text.blocks import Block, drop_furniture
from text.doubled import doubled_title
from text.lineshape import script_shares
from text.headings import CLOSING_PARTICLES
from text.markdown import parse_markdown
from text.model import Article, Dropped, Section
from text.plain import parse_plain

CORPUS = sorted((SHARED / "corpus").glob("*.txt")) or [SHARED / "corpus" / "missing.txt"]

VOCABULARY = ("الحكومة", "المدينة", "السكان", "الوزير", "أعلن", "قرر", "مشروع", "جديد", "الماء", "الكهرباء",
              "المدارس", "الطلاب", "ميزانية", "العام", "المقبل", "خطة", "تطوير", "الطرق", "النقل", "الصحة",
              "مستشفى", "الأطباء", "عدد", "كبير", "من", "في", "على", "إلى", "بعد", "قبل", "خلال", "ثلاثة",
              "2024", "15", "بالمئة", "ماسك", "ترامب", "UKMTO", "CNN", "الفَرَج", "هـ", "تويتر", "فيسبوك")
FURNITURE = ("• مشاركة :", "post-title", "إعلان", "تابعونا على فيسبوك", "الرئيسية > أخبار > محليات",
             "نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق", "التعليقات (3)", "جميع الحقوق محفوظة © 2024",
             "صورة: مبنى البلدية", "الوسوم: الحكومة، المدينة")
MID_ARTICLE_FURNITURE = tuple(line for line in FURNITURE if line != "التعليقات (3)")
"""Furniture drawn between the article's paragraphs: not a comments header, which ends the article on a real page
(what follows it is the readers' comments: an unseeded draw of a paragraph under one, after a 'read also' line,
was read as the page's tail)."""
ODD = ("-", "•", "..", "؟", "!", "،", ":", "(CNN)--", "اقرأ أيضا:", "|", "«", "»", "\"", "1.", "\u200f", "\u0640",
       "\u00a0", "  ")

def mostly_arabic(text: str) -> bool:
    arabic, latin = script_shares(text)
    return arabic > latin


PARTICLES = ("من", "في", "على", "إلى", "بعد", "قبل", "هـ", "المقبل")
"""Words that tie no title to its article: a title names something its lead tells; a word of when ("المقبل") tells
when, not what (a widget's "... اليوم" over a lead dated "اليوم" is no title: ``text.headline._WHEN_WORDS``)."""
word = st.sampled_from(VOCABULARY)
# Words that can never make a short line look like a share widget on their own.
neutral_word = st.sampled_from([w for w in VOCABULARY if w not in ("تويتر", "فيسبوك")])
sentence = st.lists(word, min_size=6, max_size=18).map(lambda ws: " ".join(ws) + ".")
# A body line mostly in Latin letters ("الحكومة 2024 UKMTO UKMTO UKMTO UKMTO.") is an English caption on an Arabic
# page, dropped and reported (issue 11): the article's own lines are mostly Arabic, as its headline is below.
paragraph = st.lists(sentence, min_size=1, max_size=3).map(" ".join).filter(mostly_arabic)
# A line of numbers alone ("2024 2024") is a date line to the body finder, and numbers joined by "من" ("3 من 12")
# a photo gallery's counter: never a heading or a list item.
not_only_numbers = lambda ws: not all(w.isdigit() or w == "من" for w in ws)  # noqa: E731
heading = st.lists(neutral_word, min_size=1, max_size=4).filter(not_only_numbers).map(" ".join)
bullet = st.lists(neutral_word, min_size=2, max_size=6).filter(not_only_numbers).map(
    lambda ws: "- " + " ".join(ws)).filter(mostly_arabic)
related_headline = st.lists(neutral_word, min_size=6, max_size=14).map(" ".join)
DATELINES = ("(CNN)-- ", "بيروت (رويترز) - ", "القاهرة - ", "دبي، الإمارات العربية المتحدة (CNN)—")
section_body = st.lists(st.one_of(paragraph, paragraph, bullet), min_size=1, max_size=4).filter(
    lambda items: not items[0].startswith("- "))


def spoken_body(article: Article) -> list[str]:
    return [w for s in article.sections for text in ((s.title or ""), *s.paragraphs) for w in words(text)]


@st.composite
def scraped_article(draw):
    """(text, headline, body words expected to be spoken in order, furniture put in) for a page."""
    lines = []
    furniture = set(FURNITURE)
    if draw(st.booleans()):
        lines.append("موقع المدينة | أخبار محلية")
        furniture.add(lines[-1])
    # A headline made only of share-bar words and numbers ("2024 تويتر تويتر") is a share widget, not a title;
    # one mostly in Latin letters ("المدينة UKMTO UKMTO") is an English caption on an Arabic page; one that
    # stops on a preposition ("الحكومة الحكومة من") is a sentence broken across lines; one saying the same words twice
    # ("X X", three words or more each) is a title said twice on its line, read once (text.doubled).
    headline = draw(st.lists(word, min_size=3, max_size=10).filter(
        lambda ws: any(w not in ("تويتر", "فيسبوك") and not w.isdigit() for w in ws) and ws[-1] not in CLOSING_PARTICLES
    ).map(" ".join).filter(mostly_arabic).filter(lambda h: doubled_title(h) is None))
    lines.append(headline)
    lines += draw(st.lists(st.sampled_from(FURNITURE[:2]), max_size=2))
    expected: list[str] = []
    for number, body in enumerate(draw(st.lists(section_body, min_size=1, max_size=4))):
        if number:
            title = draw(heading.filter(lambda h: h != headline))  # an equal line is a repeated headline
            lines.append(title)
            expected += words(title)
        for position, item in enumerate(body):
            # A real title shares a word with its lead (360 of 361 annotated titles do); a first line that
            # shares none is a "skip to content" link, a byline or a label, and no title.
            assume(number or position or set(headline.split()) & set(item.split()) - set(PARTICLES))
            if number == position == 0 and draw(st.booleans()):
                # One or two words and a year over a wire's dateline lead ("الحكومة المدينة 2024") is a topic's tag,
                # the file the story is filed under, and no title (s16review_top.md H-B).
                tokens = headline.split()
                years = sum(token == "2024" for token in tokens)
                assume(not 0 < years < len(tokens) <= years + 2)
                dateline = draw(st.sampled_from(DATELINES))
                lines.append(dateline + item)  # glued to the lead
                furniture.add(dateline.strip())
            elif not item.startswith("- ") and (number or position) and draw(st.integers(0, 3)) == 0:
                if draw(st.booleans()):  # a marker heading a list of related titles
                    lines.append(draw(st.sampled_from(["اقرأ أيضا:", "وقد يهمك", "شاهد أيضًا:"])))
                    related = draw(st.lists(related_headline, min_size=1, max_size=3))
                    furniture.update([lines[-1], *related])
                    lines += related
                else:  # one link, its title on the marker's line: the article goes on right under it
                    marker = draw(st.sampled_from(["اقرأ أيضا: ", "طالع أيضًا.. ", "شاهد أيضًا | "]))
                    lines.append(marker + draw(related_headline))
                    furniture.add(lines[-1])
                lines.append(item)
            else:
                lines.append(item)
            expected += words(item)
            if draw(st.integers(0, 4)) == 0:
                lines.append(draw(st.sampled_from(MID_ARTICLE_FURNITURE)))
    # A paragraph said twice on one page is a copy (a teaser's, a pull quote's, a comment quoting it): the splitter
    # may report one copy dropped, so the generated articles say each paragraph once.
    items = [line for line in lines if line not in furniture and line.endswith(".")]
    assume(len(items) == len(set(items)))
    separator = draw(st.sampled_from(["\n", "\n\n", "\r\n"]))
    return separator.join(lines) + "\n", headline, expected, furniture


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_article())
def test_exactly_the_body_is_spoken_in_order(case):
    text, headline, expected, _furniture = case
    article = parse_plain(text)
    assert article.headline == headline
    assert spoken_body(article) == expected


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(scraped_article())
def test_every_dropped_line_is_furniture_that_was_put_in(case):
    text, _headline, _expected, furniture = case
    assert all(item.text in furniture for item in parse_plain(text).dropped)


odd_line = st.lists(st.one_of(word, word, word, st.sampled_from(ODD), st.sampled_from(FURNITURE)),
                    min_size=1, max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(odd_line, min_size=1, max_size=15).map("\n".join))
def test_any_input_word_is_spoken_or_reported_exactly_once(text):
    result = account(text, parse_plain(text))
    assert not result.missing, f"lost words: {result.missing}"
    assert not result.invented, f"invented or doubled words: {result.invented}"
    assert result.in_order


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(paragraph, bullet, heading.map(lambda h: "## " + h)), min_size=1, max_size=8),
       st.lists(word, min_size=2, max_size=8).map(" ".join))
def test_markdown_body_is_spoken_in_order(items, title):
    text = f"# {title}\n\n" + "\n\n".join(items) + "\n"
    article = parse_markdown(text)
    assert account(text, article).ok
    assert all(item.reason == "repeated headline" for item in article.dropped)


def test_a_parser_that_loses_a_paragraph_fails_the_accounting():
    text = "عنوان الخبر هنا\nالفقرة الأولى من الخبر.\nالفقرة الثانية من الخبر.\n"
    article = parse_plain(text)
    lossy = Article(article.headline, (Section(None, article.sections[0].paragraphs[:1]),))
    assert account(text, lossy).missing == ("الثانية", "الخبر", "الفقرة", "من")


def test_dropping_body_text_as_furniture_is_caught():
    dropped: list[Dropped] = []
    kept = drop_furniture([Block("وقال الوزير إن تويتر ليس مصدرا للأخبار.")], headline=None, dropped=dropped)
    assert [b.text for b in kept] == ["وقال الوزير إن تويتر ليس مصدرا للأخبار."] and not dropped


@pytest.fixture(params=CORPUS + [SEED], ids=lambda p: p.name)
def shared_file(request):
    if not request.param.is_file():
        pytest.skip(f"shared test articles not found in {SHARED} ({WHERE})")
    return request.param


def test_no_body_word_is_lost_in_the_shared_articles(shared_file):
    text = shared_file.read_text(encoding="utf-8")
    result = account(text, parse_plain(text))
    assert result.ok, (result.missing[:10], result.invented[:10], result.in_order)


@pytest.fixture(params=CORPUS, ids=lambda p: p.name)
def corpus_file(request):
    if not request.param.is_file():
        pytest.skip(f"corpus articles not found in {SHARED / 'corpus'} ({WHERE})")
    return request.param


def test_corpus_headline_is_the_first_line(corpus_file):
    text = corpus_file.read_text(encoding="utf-8")
    assert parse_plain(text).headline == text.splitlines()[0].strip()


def test_corpus_bullets_stay_body_text():
    path = SHARED / "corpus" / "cnnarabic_list.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    article = parse_plain(path.read_text(encoding="utf-8"))
    bullets = [p for p in article.sections[0].paragraphs if p.startswith("- ")]
    assert len(article.sections) == 1 and len(bullets) == 13


def test_corpus_short_articles_have_no_invented_sub_headings():
    paths = [p for p in CORPUS if p.name.startswith("cnnarabic") and p.is_file()]
    if not paths:
        pytest.skip("corpus not found")
    assert all(len(parse_plain(p.read_text(encoding="utf-8")).sections) == 1 for p in paths)


LONGFORM_HEADINGS = ["أمة اقرأ", "عميد الوراقين", "تخصص لافت", "تألق وازدهار", "صنعة علمائية", "أمهات وراقات",
                     "مهنة مفتوحة", "توسع شامل", "تنافس تجاري", "إتقان متباين", "منتديات ثقافية", "ضبط تشريعي",
                     "ضبط مؤسسي", "بداية النهاية"]


def test_longform_sub_headings_glued_to_paragraph_ends_are_found():
    path = SHARED / "corpus" / "aljazeera_longform.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    article = parse_plain(path.read_text(encoding="utf-8"))
    assert [s.title for s in article.sections] == [None] + LONGFORM_HEADINGS


def test_longform_follow_us_tail_is_dropped():
    path = SHARED / "corpus" / "aljazeera_longform.txt"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    article = parse_plain(path.read_text(encoding="utf-8"))
    assert ("تابع الجزيرة نت على:", "follow us") in [(d.text, d.reason) for d in article.dropped]
