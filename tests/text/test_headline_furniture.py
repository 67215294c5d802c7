"""The headline against the page's furniture (session 20): a font-size widget is never the title (nor spoken), a
platform's moderation notice over the title does not push the title down into the body, a long title of two headlines
joined by " / " is still a title, and a title tagged as a series' part with its ordinal and number ("( الجزء الخامس
5 )") is no photo caption. And the look-alikes stay the article's: a quiz's letters, a formula, a story quoting a
platform's notice, a lead that happens to hold a slash. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from text.rules import line_reason
from text.sizewidget import SizeWidgetRule
from text.slashtitle import slash_segmented
from tests.support.article_views import page, spoken


LEAD = ("تقع جزيرة النخيل في أقصى الجنوب، وتعد من أغنى المحميات الطبيعية في المنطقة بأنواع الطيور والنباتات النادرة "
        "التي لا تعيش في أي مكان آخر.")
SECOND = ("وقال باحثون في جامعة الساحل إن عدد الطيور المهاجرة التي تمر بالجزيرة تراجع إلى النصف خلال عشر سنوات، "
          "بسبب الجفاف وتراجع مساحة الغابات.")
THIRD = "ودعا الباحثون السلطات إلى توسيع المحمية ومنع الصيد في مواسم الهجرة."


# A font-size widget: one sample letter shown at several sizes.

# The widget's reset button ("الحجم الطبيعي") meets the lead on a word ("الطبيعية"): the line was a title candidate.
@pytest.mark.parametrize("widget", ["ع + ع – الحجم الطبيعي", "ت ت ت الخط الطبيعي", "حجم الخط: ع+ ع- الطبيعي",
                                    "A+ A- الحجم الطبيعي", "A+ A A-", "أ أ أ", "A A"])
def test_a_size_widget_is_never_the_headline_nor_spoken(widget):
    article = parse_plain(page("[ad_1]", widget, LEAD, SECOND, THIRD))
    assert article.headline_from_body, article.headline
    assert article.headline.startswith("تقع جزيرة النخيل")
    assert widget not in spoken(article)


def test_a_size_widget_under_the_title_leaves_the_title():
    title = "تراجع أعداد الطيور المهاجرة في جزيرة النخيل"
    article = parse_plain(page(title, "ع + ع – الحجم الطبيعي", LEAD, SECOND, THIRD))
    assert article.headline == title and not article.headline_from_body
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("line", ["أ ب ج د", "د ب أ", "س + س", "ص – ص", "س + ص - س", "س س 2", "أ - ب",
                                  "الخيار أ أو الخيار ب", "ع ع وما بعدها من الكلمات الطويلة"])
def test_letters_that_are_no_widget(line):
    assert not SizeWidgetRule().matches(line)


def test_a_formula_between_paragraphs_is_kept():
    formula = "س + س"
    article = parse_plain(page(
        "درس الجبر للصف السابع: جمع الحدود المتشابهة",
        "يتعلم الطلاب في الصف السابع جمع الحدود المتشابهة، وهي الحدود التي تحمل المتغير نفسه.",
        "فإذا كتبنا العبارة التالية:", formula,
        "فإن ناتجها ضعف المتغير، وهذا ما يطلبه المعلم في الواجب المنزلي لهذا الأسبوع.",
        "وينصح المعلمون بكتابة الخطوات كاملة في الدفتر قبل كتابة الناتج."))
    assert formula in spoken(article)


# A platform's moderation notice over a long title of two headlines joined by a slash.

NOTICE = "سيتم إخفاء هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة مستخدمين."
SLASH_TITLE = ("قلق في الميناء من شبكات تهريب الوقود / خفر السواحل يضبط ثلاث سفن محملة بالديزل قبالة الشاطئ الشرقي "
               "بينها سفينة تحمل علم دولة مجاورة بعد أسبوع من ضبط شحنة مماثلة في الميناء القديم")
SHIPS_LEAD = ("ضبط خفر السواحل فجر أمس ثلاث سفن محملة بالديزل المهرب قبالة الشاطئ الشرقي، بينها سفينة تحمل علم دولة "
              "مجاورة، وأحال طواقمها إلى النيابة العامة. وقال مصدر في الخفر إن الشحنات كانت متجهة إلى موانئ صغيرة "
              "في الجنوب، وإن التحقيقات جارية لمعرفة الجهات التي تقف وراءها")


def test_a_moderation_notice_gives_way_to_the_slash_joined_title():
    article = parse_plain(page(NOTICE, SLASH_TITLE, SHIPS_LEAD))
    assert article.headline == SLASH_TITLE and not article.headline_from_body
    assert NOTICE not in spoken(article)
    assert SHIPS_LEAD in " ".join(spoken(article))


@pytest.mark.parametrize("notice", [NOTICE, "سيتم حذف هذا التعليق عند تبليغ عدة قراء عنه",
                                    "This image will be hidden automatically when reported by several users."])
def test_a_moderation_notice_is_furniture_above_the_article(notice):
    article = parse_plain(page(notice, LEAD, SECOND, THIRD))
    assert notice not in spoken(article)
    assert article.headline.startswith("تقع جزيرة النخيل")


def test_a_story_quoting_a_platforms_notice_keeps_it():
    quoted = "سيتم حذف هذا المنشور تلقائيا عند الإبلاغ عنه من عدة مستخدمين"
    article = parse_plain(page(
        "منصة تواصل تشدد قواعد النشر بعد موجة من الشكاوى",
        "أعلنت منصة التواصل الاجتماعي الشهيرة أمس عن قواعد جديدة للنشر، بعد موجة من الشكاوى من المستخدمين.",
        "وجاء في رسالة وجهتها المنصة إلى مستخدميها:", quoted,
        "وأوضحت المنصة أن القاعدة الجديدة ستطبق على جميع الحسابات ابتداء من الشهر المقبل."))
    assert quoted in spoken(article)


def test_a_lead_worded_like_a_notice_is_kept():
    lead = ("سيتم حجب هذا المحتوى تلقائيا عند الإبلاغ عنه من عدة مستخدمين، بحسب القواعد الجديدة التي أعلنتها "
            "المنصة أمس.")
    article = parse_plain(page(lead, "وقالت المنصة في بيانها إن فريق المراجعة سيتولى فحص البلاغات خلال يومين.",
                               "وأضافت أن الحسابات التي تكرر نشر المحتوى المخالف ستتعرض للإيقاف المؤقت."))
    assert article.headline_from_body and article.headline.startswith("سيتم حجب هذا المحتوى")


def test_slash_joined_headlines():
    assert slash_segmented(SLASH_TITLE)


@pytest.mark.parametrize("text", [
    # a wire's dateline between slashes, then the lead's past verb
    "المدينة في 12 مايو / وام / أكد رئيس المجلس البلدي أن مشاريع الطرق الجديدة ستنتهي قبل نهاية العام الجاري وأن "
    "العمل يسير وفق الخطة الموضوعة للمرحلة الأولى",
    # a lead's sentences, commas and a full stop
    "تعلن وزارة الزراعة / قطاع الإرشاد الزراعي عن برنامج جديد. ويشمل البرنامج زراعة القمح والشعير وطرق الري، "
    "ويستمر ثلاثة أشهر، ويستهدف صغار المزارعين في القرى الجنوبية",
    # a season between numbers is no joint
    "يستعد فريق المدينة لموسم 2024 / 2025 بصفقات جديدة تشمل لاعبين من الدوري المحلي وآخرين من الخارج مع مدرب جديد "
    "يتسلم مهامه الشهر المقبل بعد انتهاء عقد المدرب الحالي",
    # a part opening on a verb in the past: the lead's sentence
    "لجنة الانتخابات في المحافظة الشمالية / أعلنت اللجنة أمس النتائج الأولية للانتخابات البلدية في عشرين دائرة "
    "وسط إقبال متوسط من الناخبين في أغلب المراكز"])
def test_lines_with_a_slash_that_are_no_joined_title(text):
    assert not slash_segmented(text)


# A series' part in a title's bracket, with its ordinal and its number.

SERIES_LEAD = ("هو المجلس المنتخب الذي يتولى التشريع في البلاد، ويعقد دورتين عاديتين كل عام بحسب الدستور، وتستمر "
               "كل منهما ثلاثة أشهر.")


@pytest.mark.parametrize("tag", ["( الجزء الخامس 5 )", "(الحلقة الثالثة 3)", "(الجزء 4 والأخير)"])
def test_a_series_part_closing_the_title_is_no_caption(tag):
    title = f"لمحة تاريخية عن المجلس النيابي وأهم الكتل البرلمانية {tag}"
    assert line_reason(title) is None
    article = parse_plain(page(title, "كتبت : سلمى حداد", SERIES_LEAD,
                               "وبعد الإصلاح الدستوري أصبح المجلس يضم مئة عضو موزعين على المحافظات بالتساوي.",
                               "وتجري انتخابات المجلس كل أربع سنوات بحسب القانون."))
    assert article.headline == title and not article.headline_from_body


@pytest.mark.parametrize("caption", ["الوزير يتفقد الجناح الجديد (الجزء الشمالي من المستشفى الكبير)",
                                     "عمال يرممون سور المدينة القديم (الجزء الغربي من السور)"])
def test_a_caption_whose_bracket_names_a_part_of_a_place_stays_a_caption(caption):
    assert line_reason(caption) == "image caption"
