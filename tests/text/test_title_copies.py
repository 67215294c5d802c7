"""The headline when the page gives its title more than once (issue 11 point 2): of the copies, the one that is the
title alone is read -- not the copy with a site's, a section's or a breadcrumb's words run into it with no space, nor
an image's alt text with a marker and a file's hash around it -- and a whole title over its cut copies (alt texts)
beats them. Near misses: a title opening with a place or a section's word, a deck longer than the title under it,
another story's title, a caption quoting the title inside a longer sentence. Synthetic pages of our own words."""

from collections import Counter

import pytest

from text.headline import _glued_copy
from text.plain import parse_plain, split_plain
from text.lineshape import normal
from text.titlecrumbs import home_crumb_before, run_into
from tests.support.article_views import page

LEAD = ("قال تجار في أسواق المدينة إن أسعار الحبوب ارتفعت خلال الأسبوع الماضي بنسبة كبيرة، بسبب تراجع الواردات "
        "وزيادة الطلب المحلي على الطحين في موسم الشتاء، وأضافوا أن الأسر تشكو من الغلاء.")
SECOND = ("وأوضح مسؤول في وزارة التجارة أن الحكومة تدرس خطة لدعم المخابز وضبط الأسعار في الأسواق، مشيرا إلى أن "
          "الكميات المتوفرة من الحبوب تكفي حاجة البلاد حتى نهاية العام الحالي.")
TITLE = "ارتفاع أسعار الحبوب في الأسواق المحلية"


def _read(*lines: str):
    split = split_plain(page(*lines))
    return split.article, {line.text: line for line in split.lines}


@pytest.mark.parametrize("glued", [
    "جريدة الواديأخبار الاقتصاد" + TITLE,  # a site's and a section's name run into the title
    "موقع النهارمحليات" + TITLE,
    "Accueil›Société›" + TITLE,  # a breadcrumb that lost its spaces
    "الرئيسية|محليات|" + TITLE,
    "Home»News»" + TITLE,
])
def test_the_title_said_alone_beats_its_copy_with_a_crumb_run_into_it(glued):
    article, lines = _read("جريدة الوادي", glued, "السبت 10 فبراير 2024", TITLE, LEAD, SECOND)
    assert article.headline == TITLE and not article.headline_from_body
    assert not lines[glued].spoken
    assert [paragraph for section in article.sections for paragraph in section.paragraphs] == [LEAD, SECOND]


@pytest.mark.parametrize("alt", [
    "صور " + TITLE + " grain_prices_2024.jpg",
    "بالفيديو " + TITLE + " 9c2e7a41d0b3f6e8a5c1",
])
def test_an_alt_text_with_a_marker_and_a_file_name_around_the_title_is_a_copy(alt):
    article, lines = _read("15 أغسطس 2023", alt, TITLE, LEAD, SECOND)
    assert article.headline == TITLE
    assert not lines[alt].spoken


def test_a_whole_title_over_its_cut_copies_is_the_headline():
    # The title at the page's top, its first words said twice lower down (an image's alt text): the whole title.
    title = "حملة تطعيم الأطفال ضرورة لحماية الجيل"
    cut = "حملة تطعيم الأطفال"
    lead = ("حملة تطعيم الأطفال انطلقت في المدارس الابتدائية وفق وزارة الصحة، وتستهدف أكثر من مليون تلميذ في "
            "مختلف المحافظات، وتستمر أسبوعين.")
    second = ("وأوضحت الوزارة أن فرقا طبية ستزور المدارس وفق جدول محدد، داعية أولياء الأمور إلى التعاون مع الفرق "
              "وإحضار بطاقات التطعيم.")
    article = parse_plain(page(title, "الخميس 7 مارس 2024 آخر تحديث :", cut, cut, lead, second))
    assert article.headline == title
    assert article.sections[0].paragraphs[0] == lead


def test_a_longer_line_under_the_title_does_not_replace_it():
    # A deck sharing the title's words and going on past them stands under the title: the title stays.
    deck = TITLE + " يثقل كاهل الأسر"
    assert parse_plain(page(TITLE, deck, "الأحد 4 فبراير 2024", LEAD, SECOND)).headline == TITLE


@pytest.mark.parametrize("title", [
    "كركوك تحتفل بعيد نوروز وسط إجراءات أمنية مشددة",  # opens with a place
    "اقتصاد الظل يهدد إيرادات الموازنة العامة",  # opens with a section's word, under that section's label
])
def test_a_title_opening_with_a_place_or_a_section_word_stays_whole(title):
    lead = (f"أكد خبراء ومسؤولون أن {title} بحسب ما نقلته وسائل الإعلام المحلية، وسط متابعة واسعة من المواطنين "
            "والجهات الرسمية خلال الأيام الماضية.")
    article = parse_plain(page("اقتصاد", title, "الثلاثاء 2 أبريل 2024", lead, SECOND))
    assert article.headline == title


def test_another_storys_title_is_no_copy():
    other = "انقطاع المياه عن أحياء شرق المدينة"
    title = "ارتفاع أسعار الحبوب يثقل كاهل الأسر"
    assert parse_plain(page("الرئيسية", other, title, LEAD, SECOND)).headline == title


def test_a_caption_quoting_the_title_in_a_longer_sentence_leaves_the_title_alone():
    caption = "تجار في سوق الحبوب يتحدثون عن " + TITLE + " خلال الأسبوع الماضي"
    article = parse_plain(page(TITLE, "الأحد 4 فبراير 2024", caption, LEAD, SECOND))
    assert article.headline == TITLE


@pytest.mark.parametrize("text, title, copy", [
    ("مجلة الواديأخبار" + TITLE, TITLE, True),
    ("Home»News»" + TITLE, TITLE, True),
    ("و" + TITLE, TITLE, False),  # a clitic before the title is the language's, no crumb
    ("قائمة ب" + TITLE, TITLE, False),  # "ب" alone run into a word: a preposition
    ("أخبار " + TITLE, TITLE, False),  # a space between: a word of a longer line, not run into it
    ("مجلة الواديأخبار الأسعار", "الأسعار", False),  # too short to be a title
])
def test_what_is_run_into_a_title(text, title, copy):
    assert run_into(text, title) is copy


@pytest.mark.parametrize("tail", [
    "بالفيديو",  # a marker
    "عاجل",
    "2024",  # a year
    "بالصور 2024",  # markers and figures only
    "جريدة الميزان",  # an outlet's name
    "موقع الميزان",  # a site's word and a name
])
def test_a_title_at_the_top_with_furniture_after_it_is_no_whole_title(tail):
    # The page's first line is the title with a marker, a year or the site's name after it, and the title is said
    # alone under the date: the title alone is the headline, the furniture is not spoken.
    top = TITLE + " " + tail
    article, lines = _read(top, "الأحد 4 فبراير 2024", TITLE, LEAD, SECOND)
    assert article.headline == TITLE
    assert not lines[top].spoken


def test_a_title_at_the_top_with_the_masthead_after_it_is_no_whole_title():
    # The words after the title are a line the page shows on its own (its masthead): no title's own words.
    site = "الوادي اليوم"
    top = TITLE + " " + site
    article, lines = _read(site, top, "الأحد 4 فبراير 2024", TITLE, LEAD, SECOND)
    assert article.headline == TITLE
    assert not lines[top].spoken


@pytest.mark.parametrize("text, copy", [
    ("بالصور " + TITLE + " 9c2e7a41d0b3", True),  # a marker before, a hash after: an alt text
    ("فيديو " + TITLE + " IMG_2041", True),
    ("عاجل " + TITLE + " اليوم", False),  # a marker before, a word after: no file, no hash
    ("سوريا: " + TITLE + " 2024", False),  # a place before, a year after
    ("الأسواق " + TITLE + " 7fa3c2", False),  # a word before that is no marker
])
def test_words_on_both_sides_of_a_title_make_a_copy_only_as_an_alt_text(text, copy):
    assert _glued_copy(text, TITLE, Counter()) is copy


LONG_TITLE = "ارتفاع أسعار الحبوب في الأسواق المحلية بعد تراجع الواردات من الخارج إلى أدنى مستوى منذ سنوات"
"""A title long enough that, with a breadcrumb's words before it, the body finder reads the line as the article's
first paragraph."""


@pytest.mark.parametrize("crumbed", [
    "Home أخبار وتقارير " + LONG_TITLE,  # a breadcrumb from the site's home, its separators lost, its spaces kept
    "الرئيسية " + LONG_TITLE,
    "الرئيسية » أسواق " + LONG_TITLE,
    "Home التجارة والأسواق " + LONG_TITLE,  # the crumb's words are the lead's too: the home crumb alone tells
])
def test_a_title_under_a_spaced_home_crumb_gives_way_to_the_title_said_alone(crumbed):
    # The page opens on its breadcrumb glued to the title, then says the title alone: the title alone is the
    # headline, the crumbed copy is not spoken, and the title is not read again as the lead's first paragraph.
    article, lines = _read(crumbed, LONG_TITLE, "0 comments", LEAD, SECOND)
    assert article.headline == LONG_TITLE and not article.headline_from_body
    assert not lines[crumbed].spoken
    assert [paragraph for section in article.sections for paragraph in section.paragraphs] == [LEAD, SECOND]


@pytest.mark.parametrize("text, copy", [
    ("Home أخبار وتقارير " + TITLE, True),
    ("الرئيسية " + TITLE, True),
    ("الصفحة الرئيسية / اقتصاد / " + TITLE, True),
    ("الرئيسية" + TITLE, False),  # run into the title: ``glued_crumb``'s
    ("محليات " + TITLE, False),  # no home: a section's word, weighed against the lead (``_glued_words``)
    ("الرئيسية أخبار محلية عربية ودولية " + TITLE, False),  # five words before the title: a line of its own
    ("الرئيسية أسواق", False),  # a crumb alone, no title in it
    ("Homeland " + TITLE, False),  # a word that starts like the home word is no home crumb
])
def test_a_copy_under_a_home_crumb_is_told_by_the_crumb_alone(text, copy):
    assert home_crumb_before(normal(text), TITLE) is copy
