"""A lead-in announcing the rows under it with "as follows" and no colon ("... كالتالى..", "... كما يلي", "... على
النحو التالي."): the lead-in and its unmarked rows are the article's, as under "... كالتالي:" (seen on a sports
site in s24: a schedule of six rows cut with its lead-in as "after the article"). "The following days." announces
nothing, and a "read also" box under an announcing line stays dropped. Our own words throughout."""

from __future__ import annotations

import pytest

from tests.support.article_views import page, spoken
from text.leadins import announces_without_colon
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


def test_an_agenda_without_figures_under_what_follows_is_read():
    """Rows with no figure (an agenda's points) under "... ما يلي…"."""
    lead_in = "ويتضمن جدول أعمال الدورة ما يلي…"
    heard = spoken(parse_plain(page(AGENDA_TITLE, AGENDA_LEAD, lead_in, *AGENDA)))
    assert lead_in in heard
    for row in AGENDA:
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
    "ومن المقرر أن تقام المباريات كالتالى..", "وجاءت النتائج كالاتي", "وهي كما يلي.", "وجاء في البيان ما يأتي…",
    "وأصبحت الأسعار بالشكل الآتي", "ويبين الجدول التالي.", "وتوزعت المقاعد على النحو التالى .",
])
def test_announcing_endings(text):
    assert announces_without_colon(text)


@pytest.mark.parametrize("text", [
    "ويتوقع أن تستقر الأسعار في الأيام التالية.", "وتستأنف المنافسات في الجولة التالية", "ثم انتقل إلى المرحلة الآتية.",
    "وجاءت النتائج كالتالي:", "هل تعرف ما يلي؟", "وقال إن الخير يأتي.", "اقرأ أيضا",
])
def test_endings_announcing_nothing_without_a_colon(text):
    """A time or a step ("the following days/round/stage"), a question, a colon line (``announces_what_follows``'s),
    a plain verb, a "read also" marker."""
    assert not announces_without_colon(text)
