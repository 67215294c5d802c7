"""The article's closing part in loose prose past its run: short lines without a full stop, maybe under one short
sub-heading, that go on from the article ("ولكنها ...", "وبيقول ...") stay the article's (issue 11: never lose the
article); what follows articles on a page (other stories' titles, readers' comments, the site's blurb) stays out.
Every page is written for the test (no real page's text)."""

from __future__ import annotations

import pytest

from tests.support.article_views import page, spoken
from text.bodyfind import CLOSING_NOTE
from text.plain import parse_plain, split_plain

TITLE = "افتتاح مستشفى جديد في المحافظة بطاقة مئتي سرير"
LEAD = ("افتتح محافظ الإقليم اليوم مستشفى جديدا بطاقة مئتي سرير، يضم أقساما للطوارئ والجراحة والأطفال، بكلفة بلغت "
        "ثلاثين مليون دينار.")
SECOND = "وقال المحافظ إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والقرى المحيطة بها."
FOOTER = ("شارك", "فيسبوك", "جميع الحقوق محفوظة © 2024")
LOOSE_TITLE = TITLE
LOOSE_LEAD = ("افتتح محافظ الإقليم اليوم مستشفى جديدا بطاقة مئتي سرير، يضم أقساما للطوارئ والجراحة والأطفال، "
              "بكلفة بلغت ثلاثين مليون دينار")
LOOSE_SECOND = "وقال المحافظ إن المستشفى سيخدم أكثر من نصف مليون نسمة في المحافظة والقرى المحيطة بها"
"""An article written loose itself, as a personal page writes: its closing part past the run is the article's."""

CLOSING_PARTS = {
    "under a sub-heading, then the page's end": (
        "رأي الأهالي",
        "المستشفى ده كان حلم لكل أهالي القرى من سنين طويلة",
        "ولكنها خطوة متأخرة جدا بعد ما الناس تعبت من السفر للعلاج",
        "الأطباء لسه مش كفاية في أقسام الطوارئ والأطفال",
        "واكيد الوزارة هتحتاج تعين دكاترة جداد قبل الصيف"),
    "without a sub-heading, over the footer": (
        "أهالي القرى المحيطة استقبلوا المستشفى بفرحة كبيرة بعد سنين انتظار",
        "وبيقول كتير منهم إن أقرب مستشفى كان على بعد ساعتين بالسيارة",
        "فيما طالب آخرون بتوفير سيارات إسعاف كافية للقرى البعيدة"),
}


@pytest.mark.parametrize("part", CLOSING_PARTS.values(), ids=CLOSING_PARTS.keys())
def test_a_closing_part_in_loose_prose_stays_the_articles(part):
    article = parse_plain(page(LOOSE_TITLE, LOOSE_LEAD, LOOSE_SECOND, *part, *FOOTER))
    heard = spoken(article)
    assert all(line in heard for line in part if len(line.split()) > 2)
    assert not {"فيسبوك", "جميع الحقوق محفوظة © 2024"} & set(heard)


def test_inspect_says_the_closing_part_was_kept_past_the_run():
    part = CLOSING_PARTS["under a sub-heading, then the page's end"]
    lines = {line.text: line for line in split_plain(page(LOOSE_TITLE, LOOSE_LEAD, LOOSE_SECOND, *part)).lines}
    assert all(lines[text].decision == "body" and CLOSING_NOTE in lines[text].why for text in part[1:])


NOT_THE_ARTICLE = {
    "other stories' titles, no marker": (
        "وزير الصحة يتفقد مستشفيات المحافظة ويعد بزيادة الكوادر الطبية",
        "نقص الأطباء يهدد خدمات الطوارئ في المستشفيات الحكومية",
        "وفد من منظمة الصحة العالمية يزور المحافظة لبحث دعم المستشفيات"),
    "readers' comments under their names": (
        "أحمد سالم",
        "والله خطوة ممتازة والمحافظة كانت محتاجة مستشفى من زمان",
        "خالد محمود",
        "ونتمنى يكون فيه أطباء كفاية مش مبنى بس يا جماعة"),
    "readers' comments under a counter": (
        "3 تعليقات",
        "ربنا يكون في عون المرضى والأطفال في القرى البعيدة",
        "ونحن نطالب الحكومة بتوفير الأطباء فورا لكل المستشفيات"),
    "the site's blurb under its label": (
        "عن الموقع",
        "موقع إخباري مستقل يغطي أخبار المحافظات الشمالية على مدار الساعة",
        "ويسعى فريق التحرير إلى تقديم محتوى دقيق ومتوازن لكل القراء"),
    # Under a punctuated article a loose tail is another page part's, whatever labels it (review_tail.md H1-H3).
    "the next article under its label": (
        "المقال التالي",
        "ويستعد المحافظ لافتتاح مدرسة جديدة في القرى المحيطة بالمدينة",
        "وكان المحافظ قد وعد الأهالي بافتتاحها قبل بداية العام الدراسي"),
    "related stories under a label no rule lists": (
        "من نفس القسم",
        "ويستعد المنتخب الأولمبي لمواجهة ودية في المحافظة الأسبوع المقبل",
        "ويغيب مدافع المنتخب عن المباراة بسبب إصابة في المستشفى"),
    "the newsletter's blurb": (
        "النشرة البريدية",
        "ويصل ملخص أخبار المحافظة اليومي إلى بريد المشتركين كل صباح",
        "كما ترسل النشرة تنبيهات عاجلة بأهم الأحداث في المحافظة"),
    "the app's blurb": (
        "حمل التطبيق",
        "ويتيح تطبيق الموقع متابعة أخبار المستشفيات والصحة لحظة بلحظة",
        "كما يوفر التطبيق خدمة التنبيهات العاجلة مجانا"),
    "a disclaimer under its label": (
        "تنويه",
        "ويتحمل الكاتب وحده مسؤولية ما يرد في مقاله من آراء عن المحافظة",
        "كما لا يعبر المقال بالضرورة عن رأي إدارة الموقع"),
    "one reader's comment under the commenter's name": (
        "أبو محمد",
        "ونتمنى من المسؤولين الاهتمام بالمستشفى القديم كمان يا جماعة",
        "ولكن فين الأطباء اللي هيشتغلوا في المستشفى ده",
        "زائر",
        "كلام فاضي والمستشفى مش هيشتغل قبل سنتين"),
    "teasers without a header, one opening with a verb": (
        "وزير الصحة يتفقد مستشفيات المحافظة ويعد بزيادة الكوادر",
        "ويستعد المنتخب الوطني لمواجهة حاسمة أمام نظيره الأردني في المحافظة",
        "وتستعد المحافظة لاستقبال موسم الأمطار بخطة طوارئ جديدة للمستشفى"),
    "another story's title and two lines of it": (
        "المحافظ يفتتح مدرسة جديدة في القرى المحيطة بالمدينة",
        "ويستعد المحافظ لافتتاح مدرسة جديدة في القرى المحيطة بالمدينة خلال أسبوع",
        "وكان المحافظ قد وعد الأهالي بافتتاحها قبل بداية العام الدراسي"),
}


@pytest.mark.parametrize("tail", NOT_THE_ARTICLE.values(), ids=NOT_THE_ARTICLE.keys())
def test_what_follows_the_article_on_a_page_stays_out(tail):
    heard = spoken(parse_plain(page(TITLE, LEAD, SECOND, *tail, *FOOTER)))
    assert SECOND in heard
    assert not set(tail[1:]) & set(heard)


COUNTED_COMMENTS = ("3 تعليقات", "15 تعليقاً", "١٥ تعليقاً", "تعليق واحد")


@pytest.mark.parametrize("counter", COUNTED_COMMENTS)
def test_a_reader_comment_under_a_counter_stays_out(counter):
    """A counter is no stop of the run: the run ends at it when nothing under it scores as prose (review H4)."""
    comment = ("المستشفى ده كان حلم لكل أهالي القرى من سنين طويلة",
               "ونتمنى يكون فيه أطباء كفاية مش مبنى بس يا جماعة")
    heard = spoken(parse_plain(page(TITLE, LEAD, SECOND, counter, *comment, *FOOTER)))
    assert SECOND in heard
    assert not set(comment) & set(heard)
