"""Lines that go on from or into the text around them are body, not section titles: a line pointing back to what was
said ("جاء ذلك في ...", "يأتي هذا القرار ..."), a line whose sentence the next line goes on with a relative pronoun,
written with a joined و or the Egyptian ى ("والذى ...", "التى ..."); and the headline said again without the site's
name its page title closes with is the headline's copy. Near misses keep their sub-headings: a verb of coming
without "that" ("جاء دور الشباب"), a heading over a paragraph opening with "فى" or "والتقى". Our own invented pages."""

import pytest

from text.blocks import repeats_headline
from text.plain import split_plain

POINTS_BACK = """\
اقتصاد
الحكومة تطلق صندوقا لدعم المشروعات الصغيرة في المحافظات
الأحد 6 أبريل 2025
أعلنت وزارة المالية إطلاق صندوق بقيمة خمسة مليارات لدعم المشروعات الصغيرة والمتوسطة في المحافظات الأقل نموا.
جاء ذلك في بيان نشرته الوزارة على موقعها الرسمي مساء الأحد
وأوضح الوزير أن الصندوق سيقدم قروضا ميسرة بفائدة لا تتجاوز خمسة في المئة، مع فترة سماح تصل إلى عام كامل للمشروعات.
يأتي هذا القرار بعد أسابيع من مطالبات غرف التجارة
وكانت غرف التجارة قد طالبت مرارا بتسهيل حصول أصحاب المشروعات على التمويل، مشيرة إلى أن البنوك تتشدد في شروط الإقراض.
تأتي هذه الخطوة ضمن خطة التحول الاقتصادي
وتستهدف الخطة رفع مساهمة المشروعات الصغيرة في الناتج المحلي إلى ثلاثين في المئة بحلول نهاية العقد الحالي، بحسب الوزارة.
"""

RELATIVE_BELOW = """\
رياضة
الأهلي يتصدر الدوري بعد فوزه على الزمالك
الجمعة 4 أبريل 2025
حقق الأهلي فوزا ثمينا على غريمه التقليدي الزمالك بهدفين نظيفين في قمة الجولة العشرين من الدوري الممتاز مساء الخميس.
أعلنت رابطة الأندية الترتيب الجديد لجدول المسابقة
والذى تصدره الأهلي برصيد 48 نقطة متقدما بفارق ثلاث نقاط عن بيراميدز صاحب المركز الثاني، فيما تراجع الزمالك إلى المركز.
افتتح رئيس النادي مقر الفرع الجديد في التجمع
التى تضم ملاعب للكرة الخماسية ومسبحا أولمبيا وصالة مغطاة، ومن المنتظر أن تستقبل الأعضاء مطلع الشهر المقبل بعد اكتمال.
"""

NEAR_MISSES = """\
رياضة
المنتخب يستعد لمواجهة حاسمة في التصفيات
الجمعة 4 أبريل 2025
يواصل المنتخب الوطني استعداداته لمواجهة منتخب الجزائر في الجولة الخامسة من التصفيات المؤهلة لكأس العالم، وسط غيابات.
جاء دور الشباب
فى الشوط الثاني من المباراة الودية الأخيرة، دفع المدرب بخمسة لاعبين من المنتخب الأولمبي، وقدموا أداء لافتا أقنع الجهاز.
موعد المباراة والقناة الناقلة
والتقى المدرب باللاعبين في اجتماع مطول قبل المران، وشرح لهم خطة اللعب، على أن تقام المباراة في الثامنة مساء وتنقلها.
يأتي الربيع بالبطولات
تشهد الأشهر المقبلة ازدحاما كبيرا في روزنامة المنتخب، إذ يخوض ست مباريات رسمية خلال تسعين يوما فقط بين التصفيات وكأس.
"""

POINTS_BACK_AFTER_A_NOUN = """\
سياسة
المجلس البلدي يقر خطة جديدة للنقل العام في العاصمة
الأربعاء 9 أبريل 2025
صادق المجلس البلدي في جلسته الأسبوعية على خطة لتوسيع شبكة الحافلات وإضافة خمسة خطوط جديدة تربط الأحياء الطرفية بالمركز.
جاءت تلك التصريحات ردا على شكاوى السكان
وكان سكان الأحياء الشرقية قد اشتكوا مرارا من طول الانتظار في المحطات وقلة الحافلات في ساعات الذروة صباحا ومساء.
ويأتي هذا التوسع الكبير في إطار خطة المدينة للنقل
وتشمل الخطة أيضا تجديد أسطول الحافلات القديمة واستبدالها بحافلات كهربائية على مدى السنوات الخمس المقبلة، وفق المجلس.
"""

THAT_BEFORE_A_NOUN = """\
فنون
دليل المشاهد إلى موسم العروض المسرحية
الأحد 16 فبراير 2025
تستعد المسارح الوطنية لموسم حافل يضم أكثر من ثلاثين عرضا جديدا بين الكوميديا والتراجيديا والعروض الموجهة للأطفال.
تأتي هذه العروض في الصدارة
يتصدر قائمة العروض الأكثر انتظارا عرضان تاريخيان ضخمان، بلغت ميزانية أحدهما وحده أكثر من مليون بحسب مدير المسرح.
جاء هذا الموسم بوجوه جديدة
يشارك في الموسم الحالي عدد من الممثلين الشباب الذين تخرجوا حديثا في معهد الفنون، ويخوضون أولى بطولاتهم على الخشبة.
جاء ذلك اليوم أخيرا
بعد غياب دام عامين، تعود الفرقة الكوميدية الأشهر بعرض جديد يجمع أعضاءها الأصليين للمرة الأولى منذ سنوات طويلة.
"""

RELATIVE_CLAUSE_AS_SUBJECT = """\
صحة
وزارة الصحة تعد بتقليص الانتظار في المستشفيات العامة
الاثنين 10 مارس 2025
أعلنت وزارة الصحة خطة لتقليص مدة الانتظار في أقسام الطوارئ إلى ساعة واحدة على الأكثر بحلول نهاية العام المقبل.
الانتظار في الطوارئ
الذين يراجعون المستشفيات العامة يعرفون طول الانتظار في الممرات، ولهذا وعدت الوزارة بزيادة عدد الأطباء المناوبين.
والتي تشمل الخطة أيضا توظيف مئات الممرضين الجدد، وفتح عيادات مسائية في الأحياء الأكثر كثافة بالسكان.
"""

SITE_TAIL = """\
حوادث
حريق يلتهم مخزنا للأخشاب في المنطقة الصناعية | أخبار المدينة
الأحد 6 أبريل 2025
اندلع حريق ضخم في مخزن للأخشاب بالمنطقة الصناعية شمال المدينة فجر الأحد، وهرعت إلى المكان عشر سيارات إطفاء للسيطرة عليه.
حريق يلتهم مخزنا للأخشاب في المنطقة الصناعية
وقال مدير الدفاع المدني إن فرق الإطفاء تمكنت من محاصرة النيران ومنع امتدادها إلى المصانع المجاورة بعد ثلاث ساعات.
خسائر مادية كبيرة
وقدر صاحب المخزن الخسائر بأكثر من مليون، مؤكدا أن الحريق أتى على كامل البضاعة المخزنة استعدادا لموسم البناء.
"""



def _decisions(page: str) -> dict[int, str]:
    return {line.number: line.decision for line in split_plain(page).lines}


@pytest.mark.parametrize("page, numbers", [(POINTS_BACK, (5, 7, 9)), (RELATIVE_BELOW, (5, 7))])
def test_lines_going_on_are_body(page, numbers):
    """A line pointing back with a verb of coming and "that", or one the next line goes on from with "والذى" or "التى":
    read as body, with no section title on the page."""
    decisions = _decisions(page)
    assert [decisions[number] for number in numbers] == ["body"] * len(numbers)
    assert "section title" not in decisions.values()


def test_that_before_a_noun_points_back_only_with_a_link():
    """"جاءت تلك التصريحات ردا على ...", "ويأتي هذا التوسع الكبير في إطار ...": "that" on a noun, then a link to
    an occasion, goes on from above: body."""
    decisions = _decisions(POINTS_BACK_AFTER_A_NOUN)
    assert [decisions[number] for number in (5, 7)] == ["body"] * 2


def test_that_as_an_adjective_keeps_the_sub_heading():
    """Keep-test (review M3): "تأتي هذه العروض في الصدارة", "جاء هذا الموسم بوجوه جديدة", "جاء ذلك اليوم أخيرا":
    "that" on a noun with no link to an occasion after it; each stays a section title."""
    decisions = _decisions(THAT_BEFORE_A_NOUN)
    assert [decisions[number] for number in (5, 7, 9)] == ["section title"] * 3


def test_paragraph_opening_with_a_relative_clause_stays_body():
    """Keep-test (review L2): a paragraph whose subject is a relative clause ("الذين يراجعون المستشفيات يعرفون ...")
    and one opening with "والتي" are body, and every line of the article is spoken."""
    lines = split_plain(RELATIVE_CLAUSE_AS_SUBJECT).lines
    decisions = {line.number: line.decision for line in lines}
    assert [decisions[number] for number in (4, 6, 7)] == ["body"] * 3
    assert decisions[5] in ("body", "section title")


def test_near_misses_keep_their_sub_headings():
    """Keep-test: "جاء دور الشباب" over a paragraph opening with "فى", a heading over "والتقى ...", "يأتي الربيع
    بالبطولات": each stays a section title."""
    decisions = _decisions(NEAR_MISSES)
    assert [decisions[number] for number in (5, 7, 9)] == ["section title"] * 3


def test_headline_said_again_without_the_site_name():
    """The headline "TITLE | أخبار المدينة" said again as "TITLE" inside the article is its copy, not a sub-heading;
    the real sub-heading under it stays."""
    decisions = _decisions(SITE_TAIL)
    assert decisions[5] == "repeated headline"
    assert decisions[7] == "section title"


@pytest.mark.parametrize("line, headline, repeated", [
    ("حريق يلتهم المخزن", "حريق يلتهم المخزن | أخبار المدينة", True),
    ("حريق يلتهم المخزن", "حريق يلتهم المخزن", True),
    ("فيديو", "فيديو | سقوط رافعة", False),  # a kicker before its title
    ("أسعار الذهب اليوم", "أسعار الذهب اليوم | ارتفاع جديد في السوق المحلية", False),  # a title in two clauses
])
def test_repeats_headline_without_a_site_tail(line, headline, repeated):
    assert repeats_headline(line, headline) is repeated
