"""A lead-in announcing the rows under it with "as follows" and no colon ("... كالتالى..", "... كما يلي", "... على
النحو التالي."): the lead-in and its unmarked rows are the article's, as under "... كالتالي:" (seen on a sports
site in s24: a schedule of six rows cut with its lead-in as "after the article"). Without a colon only rows join
(short lines holding figures, or sharing a word): the teasers, tags and footer under such a last line stay dropped
(review of fix24_schedule, H1-H3). "The following days." announces nothing, and a "read also" box under an
announcing line stays dropped. Our own words throughout."""

from __future__ import annotations

import pytest

from tests.support.article_views import page, spoken
from text.leadins import announced_rows, announces_without_colon
from text.plain import parse_plain

TITLE = "أسعار الخضروات في سوق الجملة اليوم الأحد بالمدينة"
LEAD = ("شهدت أسعار الخضروات في سوق الجملة بالمدينة اليوم الأحد استقرارا ملحوظا بعد أسبوع من الارتفاعات المتتالية، "
        "بحسب ما أعلنته إدارة السوق في نشرتها اليومية.")
PRICES = ("الطماطم 12 جنيها", "البطاطس 9 جنيهات", "البصل 7 جنيهات", "الخيار 10 جنيهات")
TEASERS = ("ارتفاع أسعار الذهب في السوق المحلية مع بداية التعاملات",
           "الحكومة تعلن موعد صرف رواتب الشهر المقبل للموظفين",
           "تعرف على حالة الطقس المتوقعة غدا في مختلف المناطق")

SPORT_TITLE = "فريق الشروق يستعد للبطولة العربية لكرة اليد"
SPORT_LEAD = ("يستعد فريق كرة اليد بنادي الشروق بقيادة مدربه الجديد للمشاركة في البطولة العربية للأندية التي تنطلق "
              "الشهر المقبل، بعد أن أنهى معسكره الإعدادي الأول بنجاح.")
SPORT_GROUP = "ويقع الشروق في المجموعة الثانية التي تضم كلا من: النجم، الوحدة، والكويت."
SCHEDULE = ("الأحد 3 مايو الشروق والنجم", "الثلاثاء 5 مايو الشروق والوحدة", "الخميس 7 مايو الشروق والكويت",
            "السبت 9 مايو الشروق والنجم")

AGENDA_TITLE = "جدول أعمال الدورة الطارئة لمجلس البلدية"
AGENDA_LEAD = ("دعا رئيس مجلس البلدية الأعضاء إلى دورة طارئة تعقد صباح الخميس المقبل بمقر البلدية، لمناقشة عدد من "
               "الملفات العالقة التي أثارت جدلا في الأسابيع الماضية بين السكان.")
AGENDA = ("مناقشة ميزانية السنة المقبلة", "المصادقة على اتفاقية النقل الحضري", "دراسة طلبات تهيئة الحدائق العامة")


@pytest.mark.parametrize("lead_in", [
    "ومن المقرر أن تقام مباريات الشروق في البطولة كالتالى..",
    "ومن المقرر أن تقام مباريات الشروق في البطولة كالتالي",
    "ومن المقرر أن تقام مباريات الشروق في البطولة كالآتي.",
    "وتقام مباريات الفريق في الدور الأول على النحو التالى…",
])
def test_a_schedule_under_an_as_follows_lead_in_is_read(lead_in):
    """Fails before for the dotted forms: the lead-in and every row were cut as after the article."""
    heard = spoken(parse_plain(page(SPORT_TITLE, SPORT_LEAD, SPORT_GROUP, lead_in, *SCHEDULE)))
    assert lead_in in heard
    for row in SCHEDULE:
        assert row in heard


@pytest.mark.parametrize("lead_in", ["وجاءت أسعار الكيلوجرام على النحو التالي.", "وجاءت أسعار الكيلوجرام كما يلى"])
def test_a_price_list_under_an_as_follows_lead_in_is_read(lead_in):
    heard = spoken(parse_plain(page(TITLE, LEAD, lead_in, *PRICES)))
    assert lead_in in heard
    for row in PRICES:
        assert row in heard


def test_the_following_days_announce_no_teasers():
    """Near miss: "... في الأيام التالية." ends a sentence; the other stories' titles under it stay dropped."""
    closing = "ويتوقع التجار أن تواصل الأسعار استقرارها في الأيام التالية."
    heard = spoken(parse_plain(page(TITLE, LEAD, closing, *TEASERS, "مصرع شخصين في حادث سير على الطريق السريع")))
    assert closing in heard
    for teaser in TEASERS:
        assert teaser not in heard


@pytest.mark.parametrize("closing", ["ويتوقع التجار أن تواصل الأسعار استقرارها في الأيام التالية.",
                                     "وجاءت أسعار الكيلوجرام كالتالي.."])
def test_a_read_also_box_under_the_last_line_stays_dropped(closing):
    """Near miss: a "read also" marker is no row, whatever the line above announces; its teasers stay dropped."""
    heard = spoken(parse_plain(page(TITLE, LEAD, closing, "اقرأ أيضا", *TEASERS)))
    assert LEAD in heard
    assert "اقرأ أيضا" not in heard
    for teaser in TEASERS:
        assert teaser not in heard


@pytest.mark.parametrize("text", [
    "ومن المقرر أن تقام المباريات كالتالى..", "وجاءت النتائج كالاتي", "وهي كما يلي.", "وجاء في البيان كما يأتي…",
    "وأصبحت الأسعار بالشكل الآتي", "ويبين الجدول التالي.", "وتوزعت المقاعد على النحو التالى .",
    "ورتبت اللجنة الفائزين بالترتيب الآتي…", "وأعلنت الهيئة الأسعار الجديدة كالتالي",
])
def test_announcing_endings(text):
    assert announces_without_colon(text)


@pytest.mark.parametrize("text", [
    "ويتوقع أن تستقر الأسعار في الأيام التالية.", "وتستأنف المنافسات في الجولة التالية", "ثم انتقل إلى المرحلة الآتية.",
    "وجاءت النتائج كالتالي:", "هل تعرف ما يلي؟", "وقال إن الخير يأتي.", "اقرأ أيضا",
    "ويقول الباعة إنهم لا يعلمون ما يأتي.", "وحل الفريق الضيف في الترتيب التالي.",
    "وأوضحت الهيئة أنها ستكشف التفاصيل في البيان التالي.", "تعرف على أسعار الفضة اليوم في الأسواق كالتالي",
])
def test_endings_announcing_nothing_without_a_colon(text):
    """A time or a step ("the following days/round/stage"), a question, a colon line (``announces_what_follows``'s),
    a plain verb, a "read also" marker; "ما يأتي" as "what is coming", "الترتيب/البيان التالي" as "the next rank /
    statement", and a title closing on "كالتالي" with no sentence end and nothing building a sentence."""
    assert not announces_without_colon(text)


FOOTER = ("عن الموقع", "راسلنا", "شروط الاستخدام")
SHORT_TEASERS = ("أمطار غزيرة على الساحل غدا", "القبض على مزور العملات", "موعد امتحانات آخر العام",
                 "افتتاح معرض الكتاب")
TAGS = ("الكلمات الدالة", "أسعار", "خضروات", "سوق الجملة", "الطماطم")


@pytest.mark.parametrize("closing, below", [
    ("وجاءت تفاصيل الخطة كما يلي.", (*TEASERS, *FOOTER)),
    ("وجاءت أسعار الكيلوجرام كالتالي..", (*TAGS, *FOOTER)),
    ("وجاءت أسعار الكيلوجرام كالتالي..", TAGS[1:]),
    ("وجاءت أسعار الكيلوجرام على النحو التالي.", FOOTER),
    ("وجاءت أسعار الكيلوجرام على النحو التالي…", (*SHORT_TEASERS, *FOOTER)),
    ("ويقول الباعة إنهم لا يعلمون ما يأتي.", (*TEASERS, *FOOTER)),
    ("وحل الفريق الضيف في الترتيب التالي.", (*TEASERS, *FOOTER)),
    ("وأوضحت الهيئة أنها ستكشف التفاصيل في البيان التالي.", (*TEASERS, *FOOTER)),
])
def test_what_is_not_rows_under_a_colonless_last_line_stays_dropped(closing, below):
    """Reviewer's probes (H1, H2): other stories' titles, short or long, a tag box and the footer under a last line
    saying "as follows" (or only seeming to) are not its rows: none of them is read."""
    heard = spoken(parse_plain(page(TITLE, LEAD, closing, *below)))
    assert LEAD in heard
    for line in below:
        assert line not in heard


def test_a_teaser_closing_on_as_follows_announces_nothing():
    """H3: the first teaser after a finished article, a title closing on "كالتالي" without a sentence end, takes in
    none of the teasers and footer under it."""
    ending = "وأكد المسؤول أن الخطة تدخل حيز التنفيذ خلال أسبوعين من تاريخ إقرارها رسميا."
    teaser = "تعرف على أسعار الفضة اليوم في الأسواق كالتالي"
    heard = spoken(parse_plain(page(TITLE, LEAD, ending, teaser, *TEASERS, *FOOTER)))
    assert ending in heard
    for line in (teaser, *TEASERS, *FOOTER):
        assert line not in heard


@pytest.mark.parametrize("lead_in, rows", [
    ("وتقام مباريات الدور الأول على النحو التالي", ("الشروق ضد النجم", "الوحدة ضد الكويت", "الأمل ضد الفجر")),
    ("ورتبت اللجنة الفائزين بالترتيب الآتي…", ("المركز الأول سعاد ناجي", "المركز الثاني رامي عودة",
                                               "المركز الثالث ليلى حسان")),
    ("وجاءت أسعار الكيلوجرام كما يلي.", PRICES),
])
def test_rows_join_and_the_footer_under_them_stays_dropped(lead_in, rows):
    """Rows sharing a word ("ضد", "المركز") or holding figures join; the footer under the last row does not."""
    heard = spoken(parse_plain(page(TITLE, LEAD, lead_in, *rows, *FOOTER)))
    for line in (lead_in, *rows):
        assert line in heard
    for line in FOOTER:
        assert line not in heard


def test_names_under_a_colonless_lead_in_are_a_known_limit():
    """M1: names bear neither a figure nor a shared word, as other stories' short titles: they stay out (as before
    this change), and so does the footer under them; the lead-in, the article's sentence, is read."""
    lead_in = "وضمت قائمة الفائزين الأسماء التالية."
    names = ("سعاد ناجي", "رامي عودة", "ليلى حسان", "مازن الخطيب")
    heard = spoken(parse_plain(page(TITLE, LEAD, lead_in, *names, *FOOTER)))
    assert lead_in in heard
    for line in FOOTER:
        assert line not in heard


@pytest.mark.parametrize("below, rows", [
    (("الأحد 3 مايو الشروق والنجم", "الثلاثاء 5 مايو الشروق والوحدة", "عن الموقع"), 2),
    (("الشروق ضد النجم", "الوحدة ضد الكويت", "الأمل ضد الفجر", "الكلمات الدالة"), 3),
    (("الشروق ضد النجم", "الوحدة ضد الكويت"), 0),
    (SHORT_TEASERS, 0),
    (TAGS, 0),
    (("الأحد 3 مايو", TEASERS[0]), 0),
])
def test_announced_rows(below, rows):
    assert announced_rows(below) == rows
