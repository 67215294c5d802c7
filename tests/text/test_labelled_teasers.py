"""Other stories' titles inside the article, seen through the rules and empty lines around them (s24 fixer "teasers",
commit 535b053; shape seen on s24 r01/14): a title linked under its label ("لا تفوت: ...") fenced off by rules of dashes
between two paragraphs, sharing one word with the article (a local site's other story names the country too), and a
run of three titles with rules or empty lines between them. Before, the rules hid the paragraphs around them and the
titles were read as the article's. Each drop has its keep-tests: the article's own lines of the same shapes (verses,
slogans, a speaker's words under the speaker, unpunctuated paragraphs, law titles, a group's heading over its items)
stay spoken. All pages are our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import page, reasons, spoken
from text.othertitles import OTHER_TITLES
from text.plain import split_plain

TITLE = "ارتفاع صادرات التمور من الجزائر إلى الأسواق الأوروبية"
LEAD = ("سجلت صادرات التمور الجزائرية ارتفاعا كبيرا في الموسم الحالي، بحسب أرقام نشرتها وزارة التجارة اليوم "
        "الأحد.")
SECOND = "وقالت الوزارة إن صادرات التمور بلغت مستوى لم تسجله منذ عشر سنوات، بفضل وفرة المحصول وجودته."
THIRD = "وأوضحت الوزارة أن صادرات التمور تجاوزت مئتي ألف طن، وأن الأسواق الأوروبية استوعبت أكثر من نصفها."
FOURTH = "وأضافت الوزارة أن المصدرين يستعدون لموسم جديد من صادرات التمور نحو أسواق آسيا."
LINK_NONE = "لا تفوت: افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر العربية"
LINK_ONE = "لا تفوت: افتتاح معرض الكتاب الدولي بمشاركة مئات دور النشر الأوروبية"  # shares "الأوروبية"
LINK_TWO = "لا تفوت: افتتاح معرض صادرات الكتاب الدولي بمشاركة مئات دور النشر الأوروبية"
RUN = ("مهرجان الموسيقى الروحية يعود إلى مدينة فاس بمشاركة فرق من عشرين بلدا",
       "تعرف على أسعار الذهب في البورصات العالمية مع نهاية تعاملات الأسبوع",
       "رسميا اتحاد الشباب يعلن موعد انطلاق المخيمات الصيفية للأطفال هذا العام")


def _article(*lines: str):
    return split_plain(page(*lines)).article


@pytest.mark.parametrize("rule", ["____", "***", "-----"])
@pytest.mark.parametrize("link", [LINK_NONE, LINK_ONE])
def test_a_labelled_title_fenced_by_rules_is_not_read(rule, link):
    article = _article(TITLE, LEAD, SECOND, rule, link, rule, THIRD, FOURTH)
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
    assert reasons(article)[link] == OTHER_TITLES


@pytest.mark.parametrize("label", ["لا تفوت", "من أخبارنا", "مقال مقترح"])
def test_a_fenced_labelled_title_sharing_one_word_is_not_read_whatever_its_label(label):
    link = f"{label}: {LINK_ONE.partition(': ')[2]}"
    article = _article(TITLE, LEAD, SECOND, "____", link, "____", THIRD, FOURTH)
    assert link not in spoken(article)
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


@pytest.mark.parametrize("between", [("____",), ("", "***", ""), ("-----", "")])
def test_a_run_of_three_titles_with_rules_between_them_is_not_read(between):
    lines = [TITLE, LEAD, SECOND, RUN[0], *between, RUN[1], *between, RUN[2], THIRD, FOURTH]
    article = _article(*lines)
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]
    assert all(reasons(article)[title] == OTHER_TITLES for title in RUN)


def test_a_run_of_three_titles_fenced_by_rules_is_not_read():
    article = _article(TITLE, LEAD, SECOND, "____", *RUN, "____", THIRD, FOURTH)
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


def test_a_run_of_three_titles_on_a_page_spacing_its_lines_is_not_read():
    article = split_plain("\n\n".join((TITLE, LEAD, SECOND, *RUN, THIRD, FOURTH)) + "\n").article
    assert spoken(article) == [LEAD, SECOND, THIRD, FOURTH]


# Near misses: the article's own lines, of the same shapes, stay.

@pytest.mark.parametrize("fence", [(), ("____",)])
def test_a_labelled_title_sharing_two_words_stays(fence):
    article = _article(TITLE, LEAD, SECOND, *fence, LINK_TWO, *fence, THIRD, FOURTH)
    assert LINK_TWO in spoken(article)


def test_an_unfenced_labelled_line_sharing_one_word_stays():
    assert LINK_ONE in spoken(_article(TITLE, LEAD, SECOND, LINK_ONE, THIRD, FOURTH))


MINISTER = ("وزير الصحة يعلن خطة لتطوير المستشفيات الحكومية",
            "أعلن وزير الصحة اليوم الثلاثاء خطة شاملة لتطوير المستشفيات الحكومية خلال خمس سنوات، بتكلفة تتجاوز "
            "مليار دينار.",
            "وقال الوزير في مؤتمر صحفي إن الخطة تشمل بناء عشرة مستشفيات جديدة وتحديث الأجهزة الطبية في المستشفيات "
            "القائمة.")
MINISTER_END = "وأضاف الوزير أن تطوير المستشفيات سيبدأ بالمحافظات الجنوبية التي تعاني نقصا في الأسرة والأطباء."


@pytest.mark.parametrize("fence", [(), ("____",)])
def test_a_minister_s_words_under_his_title_stay(fence):
    quote = "الوزير: نريد أن يجد كل مريض سريرا قريبا من بيته دون انتظار طويل"
    article = _article(*MINISTER, *fence, quote, *fence, MINISTER_END)
    assert quote in spoken(article)
    spaced = split_plain("\n\n".join((*MINISTER, quote, MINISTER_END)) + "\n").article
    assert quote in spoken(spaced)


def test_a_witness_s_words_sharing_one_word_with_the_story_stay():
    lead = "شهدت أسواق الخضار في المدينة ارتفاعا ملحوظا في الأسعار خلال الأسبوع الجاري، وسط شكاوى من المواطنين."
    second = "وقال تجار إن موجة البرد التي ضربت المزارع قلصت الكميات المعروضة في الأسواق، مما رفع الأسعار."
    witness = "مواطن: الأسعار لم تعد تطاق ولا نعرف كيف نكمل الشهر بهذه الرواتب"
    closing = "ويتوقع التجار أن تعود الأسعار إلى الانخفاض مع تحسن الطقس، مشيرين إلى أن الطلب ما زال مرتفعا."
    article = _article("ارتفاع أسعار الخضار في أسواق المدينة", lead, second, witness, closing)
    assert spoken(article) == [lead, second, witness, closing]


@pytest.mark.parametrize("spaced", [False, True])
def test_two_verses_between_paragraphs_stay(spaced):
    lines = ("الشاعر سليم الحداد يفوز بجائزة الإبداع الأدبي",
             "فاز الشاعر سليم الحداد بجائزة الإبداع الأدبي لهذا العام عن ديوانه الأخير، وقد تسلم الجائزة في حفل "
             "أقيم مساء الخميس.",
             "وقرأ الحداد في الحفل أبياتا من قصيدته الجديدة التي كتبها عن مدينته الساحلية.",
             "يا ليل الصب متى غده أقيام الساعة موعده", "رقد السمار فأرقه أسف للبين يردده",
             "وعبر الحداد عن سعادته بالجائزة، مؤكدا أن الشعر ما زال قادرا على مخاطبة الناس في كل زمان.")
    article = split_plain(("\n\n" if spaced else "\n").join(lines) + "\n").article
    assert spoken(article) == list(lines[1:])


@pytest.mark.parametrize("spaced", [False, True])
def test_two_slogans_between_paragraphs_stay(spaced):
    lines = ("آلاف المتظاهرين في شوارع العاصمة للمطالبة بإصلاحات",
             "خرج آلاف المتظاهرين إلى شوارع العاصمة مساء الجمعة للمطالبة بإصلاحات سياسية واقتصادية، وسط انتشار "
             "أمني كثيف.",
             "ورفع المحتجون لافتات وأعلاما وهتفوا بشعارات عديدة.",
             "الشعب يريد حكومة نظيفة تخدم الفقراء قبل الأغنياء", "لا للغلاء لا للبطالة نعم للكرامة والحرية",
             "وأكد منظمو الاحتجاج أن التظاهرات ستتواصل كل أسبوع حتى تستجيب الحكومة لمطالبهم، داعين إلى السلمية.")
    article = split_plain(("\n\n" if spaced else "\n").join(lines) + "\n").article
    assert spoken(article) == list(lines[1:])


def test_two_unpunctuated_paragraphs_on_a_page_spacing_its_lines_stay():
    lines = ("ارتفاع أسعار الخضار في أسواق المدينة",
             "شهدت أسواق الخضار في المدينة ارتفاعا ملحوظا في الأسعار خلال الأسبوع الجاري، وسط شكاوى من المواطنين.",
             "وصل سعر كيلو الطماطم في أسواق المدينة إلى ثلاثة دنانير للمرة الأولى",
             "ويرجع التجار ارتفاع أسعار الخضار إلى موجة البرد التي ضربت المزارع",
             "وقال أحد التجار إن الأسعار ستعود إلى الانخفاض مع تحسن الطقس، مشيرا إلى أن الطلب ما زال مرتفعا.")
    article = split_plain("\n\n".join(lines) + "\n").article
    assert spoken(article) == list(lines[1:])


@pytest.mark.parametrize("spaced", [False, True])
def test_two_law_titles_between_paragraphs_stay(spaced):
    lines = ("البرلمان يصادق على قانونين جديدين",
             "صادق البرلمان في جلسته العامة اليوم الأربعاء على مشروعي قانونين قدمتهما الحكومة، بعد نقاش استمر "
             "ساعات.",
             "وحاز المشروعان موافقة أغلبية النواب الحاضرين في الجلسة.",
             "قانون رقم 12 لسنة 2024 بشأن تنظيم التجارة الإلكترونية",
             "قانون رقم 13 لسنة 2024 بشأن حماية بيانات المستهلكين",
             "وينص القانون الأول على إنشاء هيئة تراقب المتاجر الإلكترونية، فيما يلزم الثاني الشركات بحماية "
             "بيانات عملائها.")
    article = split_plain(("\n\n" if spaced else "\n").join(lines) + "\n").article
    assert spoken(article) == list(lines[1:])


@pytest.mark.parametrize("spaced", [False, True])
def test_a_group_s_heading_between_a_list_s_lead_in_and_its_items_stays(spaced):
    lead = ("أعلن بنك الإسكان صباح اليوم عن شروط الحصول على قرض الإسكان الجديد للموظفين، بعد أن رفع قيمة القرض "
            "إلى ضعف ما كانت عليه.")
    lead_in = "وجاءت الشروط على النحو الآتي:"
    heading = "الشروط الخاصة بالموظفين في القطاع الحكومي والقطاع الخاص للحصول على القرض"
    items = ("- أن يكون الموظف على رأس عمله منذ سنتين.", "- ألا يتجاوز القسط ثلث الراتب الشهري.",
             "- أن يقدم كشف حساب لآخر ستة أشهر.")
    closing = "وأكد البنك أن الطلبات تقدم عبر التطبيق الإلكتروني خلال الشهر المقبل."
    lines = ("شروط الحصول على قرض الإسكان الجديد", lead, lead_in, heading, *items, closing)
    article = split_plain(("\n\n" if spaced else "\n").join(lines) + "\n").article
    assert all(line.lstrip("- ") in " ".join(spoken(article)) for line in lines[1:])
