"""Photo captions and credits among the article's paragraphs (s19): credit marks a caption closes with (a full stop
around its bracket, "تصوير: NAME", a person's name, "©" and a wire in letters apart, DW's "صورة من: ...", BBC's
"مصدر الصورة، ...", a media office after a dash), and captions without a credit between two paragraphs: the first of
two short lines in a row is no sub-heading, and is dropped when it names a picture over the next part's sub-heading;
a lone line the tags repeat is no sub-heading. The look-alikes stay the article's: sentences closed by a bracket and
a stop, prose naming the credit words, verses, a round-up's headings named as its tags. All pages are our own.
"""

from __future__ import annotations

import pytest

from text.plain import split_plain
from text.rules import line_reason
from tests.support.article_views import decisions, page, spoken

SITE = ["بوابة الضفة", "الرئيسية", "محليات"]
TITLE = "البلدية تبدأ أعمال توسعة شبكة الصرف في الأحياء الشمالية"
DATE = "14 مارس 2025"
LEAD = ("بدأت البلدية أعمال توسعة شبكة الصرف الصحي في الأحياء الشمالية للمدينة، بتكلفة تقارب خمسة ملايين دينار، "
        "على أن تنتهي المرحلة الأولى قبل موسم الأمطار المقبل.")
SECOND = ("وقال رئيس البلدية في مؤتمر صحفي إن المشروع يشمل مد أنابيب جديدة بطول ثلاثين كيلومترا، وإنشاء محطتي ضخ "
          "في حيين يعانيان من تجمع المياه كل شتاء.")
THIRD = ("تعمل المضخات الجديدة بالطاقة الشمسية نهارا وبالكهرباء ليلا، وتبلغ قدرة كل منها ألف متر مكعب في الساعة، "
         "بحسب المهندس المشرف على المشروع.")
FOURTH = ("ودعت البلدية السكان إلى تحمل الإزعاج المؤقت خلال أعمال الحفر، وأعلنت عن خط ساخن لتلقي الشكاوى والاستفسارات "
          "طوال فترة التنفيذ.")
TAGS = ["الوسوم", "البلدية", "الصرف الصحي"]


def titles(text: str) -> list[str]:
    return [section.title for section in split_plain(text).article.sections if section.title]


@pytest.mark.parametrize("line", [
    "عمال يمدون أنابيب جديدة في أحد الأحياء الشمالية (أرشيف \"الضفة\").",
    "من أعمال الحفر قرب السوق القديم (سامر حداد).",
    "أعمال الحفر في أحد شوارع الحي الشمالي. (تصوير: سامر حداد)",
    "مصدر الصورة، Getty Images",
    "صورة لعمال في موقع الحفر شمال المدينة. © سامر حداد، أ ف ب",
    "عمال في موقع الحفر شمال المدينةصورة من: Samer Haddad/dpa/picture alliance",
    "رئيس البلدية خلال جولته في موقع المشروع - المكتب الإعلامي لبلدية الضفة",
])
def test_a_caption_closed_by_its_credit_between_paragraphs_is_dropped(line):
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, line, THIRD, FOURTH, *TAGS)
    assert line_reason(line) == "image caption"
    assert line not in " ".join(spoken(split_plain(text).article))
    assert spoken(split_plain(text).article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("line", [
    "السكان يعانون من تجمع المياه كل شتاء منذ سنوات (بحسب الأهالي).",
    "المشروع سيكتمل قبل نهاية العام المقبل (وفق البلدية).",
    "المقاول المنفذ شركة محلية فازت بالمناقصة الشهر الماضي (شركة الرافدين).",
    "وقال إن الصورة من: الأرشيف الوطني",
    "مصدر الصورة، الذي يكتب تحتها عادة، يحدد الجهة التي تملك حقوق نشرها.",
    "ماذا يعني الرمز © تحت الصور؟",
])
def test_a_sentence_with_a_bracket_a_stop_or_a_credit_word_is_the_article(line):
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, line, THIRD, FOURTH, *TAGS)
    assert line in " ".join(spoken(split_plain(text).article))


def test_a_picture_caption_over_the_next_parts_sub_heading_is_dropped_and_the_heading_kept():
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, "خريطة مسار الأنابيب الجديدة", "المضخات الجديدة", THIRD, FOURTH,
                *TAGS)
    article = split_plain(text).article
    assert titles(text) == ["المضخات الجديدة"]
    assert decisions(text)["خريطة مسار الأنابيب الجديدة"] == "image caption"
    assert spoken(article) == [LEAD, SECOND, "المضخات الجديدة", THIRD, FOURTH]


MATCH = ["بدأ النجم الساحلي المباراة بضغط هجومي مبكر، وأهدر مهاجمه فرصة محققة في الدقيقة العاشرة بعدما سدد كرة مرت "
         "بجوار القائم الأيسر.",
         "ونجح الفريق في افتتاح التسجيل في الدقيقة 30 عن طريق لاعب الوسط الذي استقبل عرضية من الجهة اليسرى وسددها في "
         "الشباك.",
         "وقال مدرب النجم الساحلي في المؤتمر الصحفي عقب اللقاء إن فريقه لعب بروح كبيرة، مضيفا أن الفريق يحتاج إلى كل "
         "نقطة في المرحلة المقبلة.",
         "ويلتقي النجم الساحلي في الجولة المقبلة مع فريق الوادي خارج ملعبه، فيما يستضيف المنافس نظيره اتحاد المدينة."]


def test_the_first_of_two_short_lines_between_paragraphs_is_no_sub_heading():
    caption = "لاعبو النجم الساحلي يحتفلون بالهدف الأول"
    text = page("الرئيسية", "رياضة", "النجم الساحلي يفوز على ضيفه بهدف نظيف في الدوري", "12 مايو 2025", MATCH[0],
                "شوط أول متكافئ", MATCH[1], caption, "جماهير النجم الساحلي", *MATCH[2:], "الوسوم", "النجم الساحلي")
    assert caption not in titles(text)
    assert "شوط أول متكافئ" in titles(text)
    assert caption in spoken(split_plain(text).article)


def test_a_lone_line_the_tags_repeat_is_no_sub_heading():
    name = "وزارة الأشغال العامة"
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, name, THIRD, FOURTH, "الوسوم", name, "الصرف الصحي")
    assert titles(text) == []
    assert name in spoken(split_plain(text).article)


def test_verses_between_paragraphs_are_kept_even_opening_with_a_picture_word():
    verses = ["صورة من الحي القديم في البال", "تبقى وإن طال الزمان بهية"]
    poet = ("ويحفظ سكان الحي بيتين كتبهما شاعر المدينة عن شوارعهم القديمة، ويرددونهما في كل مناسبة تجمعهم في "
            "الساحة العامة")
    text = page(*SITE, TITLE, DATE, LEAD, poet, *verses, THIRD, FOURTH, *TAGS)
    said = spoken(split_plain(text).article)
    assert all(verse in said for verse in verses)


def test_a_round_ups_headings_named_as_its_tags_stay_headings():
    parts = [("الحي الشمالي", LEAD), ("الحي الغربي", SECOND), ("الحي الشرقي", THIRD)]
    lines = [line for heading, paragraph in parts for line in (heading, paragraph)]
    text = page(*SITE, TITLE, DATE, FOURTH, *lines, "الوسوم", "الحي الشمالي", "البلدية")
    assert titles(text) == ["الحي الشمالي", "الحي الغربي", "الحي الشرقي"]


def test_a_sub_heading_between_paragraphs_stays_a_heading():
    text = page(*SITE, TITLE, DATE, LEAD, SECOND, "المضخات الجديدة", THIRD, FOURTH, *TAGS)
    assert titles(text) == ["المضخات الجديدة"]
