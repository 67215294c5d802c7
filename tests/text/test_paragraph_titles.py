"""Lines that were taken as the headline though they are no title (session 30): the first words of the lead that a
line break split off (``text.brokenlead``), a site's or a writer's name with its Latin handle or acronym
(``text.latinnames``), a writer's role alone in brackets and a writer's title, name and role joined by slashes
(``text.bylines``). The lead's piece stays spoken as the lead, joined to the rest of its sentence; the names are
dropped; real titles of near shapes stay the headline: titles told in the present or opening with a noun, a verb of
the past's title over a lead that does not retell it, an event's title with its acronym, a title bracketed whole.
Synthetic pages of our own words."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.bylines import writer_role_alone, writer_with_role
from text.latinnames import named_in_latin
from text.plain import parse_plain

PIECE = "وصلت إلى ميناء المدينة، صباح أمس الأحد، أولى"
REST = "شحنات القمح المخصصة للمطاحن المحلية، على أن تتبعها ثلاث شحنات أخرى قبل نهاية الشهر."
SECOND = "وقال مدير الميناء إن عمليات التفريغ تجري على مدار الساعة، وإن الكميات تكفي حاجة السوق لأشهر."
THIRD = "وأضاف أن الحمولة ستنقل بالشاحنات إلى مخازن الحبوب في المحافظات الثلاث خلال أسبوع."
LIBRARY_LEAD = ("افتتحت بلدية الوادي اليوم مكتبة عامة جديدة في وسط البلدة فيها عشرة آلاف كتاب وقاعة للمطالعة "
                "مفتوحة للطلاب طوال أيام الأسبوع.")
LIBRARY_SECOND = ("وقال مدير المكتبة إن البلدية ستنظم ورشات للقراءة لفائدة الأطفال كل يوم سبت، وإن الاشتراك فيها مجاني "
                  "لسكان البلدة.")
LIBRARY_THIRD = "وأضاف أن المكتبة ستستقبل تبرعات الكتب من السكان والمؤسسات طوال الصيف المقبل قبل توسيع قاعاتها."
DATE = "الثلاثاء 14 مايو 2024"


# The lead's first words broken off onto the page's first line: a verb of the past first, a comma in it, the sentence
# going on below.

def test_the_leads_first_words_broken_off_are_no_title_and_are_read_with_their_sentence():
    article = parse_plain(page(PIECE, REST, SECOND, THIRD))
    assert article.headline_from_body
    assert article.headline == f"{PIECE} {REST}"
    assert spoken(article) == [SECOND, THIRD]


@pytest.mark.parametrize("title", [
    "وصلت أولى شحنات القمح إلى ميناء المدينة",  # told again by the lead: its title
    "الميناء يستقبل أولى شحنات القمح",  # no verb first: a title's noun and verb
    "وصلت الشحنة.. قمح للمطاحن المحلية",  # a title's mark
])
def test_a_title_over_the_lead_stays_the_headline(title):
    lead = "رست في ميناء المدينة صباح أمس أولى شحنات القمح المخصصة للمطاحن المحلية، وتتبعها ثلاث شحنات أخرى."
    article = parse_plain(page(title, lead, SECOND, THIRD))
    assert article.headline == title and not article.headline_from_body


@pytest.mark.parametrize("lines", [
    # A title told in the present, or opening with a noun of a verb's shape ("توقعات", "تفاصيل"), over a lead that
    # opens with a verb of the present, a short verb of the past or a dateline, in words of its own.
    ("يستعد طلاب المحافظة لامتحانات نهاية العام",
     "يترقب أكثر من مئة ألف طالب وطالبة انطلاق الاختبارات النهائية الأسبوع المقبل، وسط استعدادات مكثفة في المدارس "
     "والبيوت.",
     "وقال مدير التربية إن الوزارة أنهت تجهيز القاعات وتوزيع المراقبين على المراكز في الأقضية كافة.",
     "وأضاف أن النتائج ستعلن بعد شهر من انتهاء الامتحانات، وأن باب الاعتراض سيبقى مفتوحا أسبوعين."),
    ("تعرف على أسعار الذهب صباح الأحد في محلات الصاغة",
     "شهد سعر الغرام عيار 21 استقرارا خلال تعاملات الصباح، بعد ارتفاعات متتالية طوال الأسبوع الماضي.",
     "وقال تجار في سوق الصاغة إن الإقبال على الشراء تراجع بشكل ملحوظ مع موجة الغلاء.",
     "ويتوقع خبراء أن تبقى الأسعار مرتفعة حتى نهاية الشهر الجاري."),
    ("يزور رئيس الحكومة محافظة الشمال غدا الخميس",
     "عمان - يتفقد رئيس الوزراء خلال الجولة مشاريع المياه والطرق المتعثرة، ويلتقي الفعاليات الشعبية في مبنى البلدية.",
     "وكان الأهالي قد طالبوا مرارا بتسريع العمل في هذه المشاريع التي تأخرت سنوات.",
     "ومن المتوقع أن يعلن خلال الزيارة عن حزمة مشاريع جديدة."),
    ("توقعات بموجة حر شديدة على معظم المناطق",
     "دعت هيئة الأرصاد الجوية المواطنين إلى توخي الحذر مع ارتفاع درجات الحرارة إلى خمس وأربعين درجة مئوية في المدن "
     "الداخلية.",
     "ونصحت الهيئة بتجنب التعرض لأشعة الشمس بين الظهر والرابعة عصرا.",
     "وتوقعت أن تنخفض الحرارة تدريجيا مطلع الأسبوع المقبل."),
    ("تفاصيل جديدة حول انهيار المبنى السكني في حي الزهور",
     "لقي ثلاثة أشخاص حتفهم وأصيب سبعة آخرون، بعد سقوط عمارة من أربعة طوابق فجر الأحد، فيما تواصل فرق الدفاع المدني "
     "البحث عن مفقودين.",
     "وقال شهود عيان إن تشققات ظهرت في جدران العمارة قبل أسابيع دون أن تتدخل الجهات المعنية.",
     "وأمرت النيابة بفتح تحقيق لتحديد المسؤوليات."),
    # A title of the past's verb, a whole clause with no comma, over a lead that does not retell it.
    ("انطلقت حملة التطعيم ضد شلل الأطفال في الجنوب",
     "تستهدف فرق وزارة الصحة نحو مليون طفل في عمر الخامسة وما دونها خلال خمسة أيام، عبر زيارات منزلية ونقاط ثابتة "
     "في المراكز.",
     "وقال مسؤول في الوزارة إن اللقاح آمن ومجاني، داعيا الأهالي إلى التعاون مع الفرق الميدانية.",
     "وأشار إلى أن الحملة السابقة بلغت نسبة تغطية تجاوزت تسعين في المئة."),
    ("أطلقت البلدية حملة لتنظيف شوارع المدينة",
     "شارك مئات المتطوعين صباح السبت في جمع النفايات من الأحياء القديمة، بالتعاون مع عمال النظافة والجمعيات الأهلية.",
     "وقال رئيس البلدية إن الحملة ستتكرر مطلع كل شهر.",
     "ودعا السكان إلى الالتزام بمواعيد إخراج النفايات."),
], ids=["present", "taarraf", "dateline", "noun-tawaqquat", "noun-tafasil", "past-noun-lead", "past-masculine-lead"])
def test_a_title_over_a_lead_in_other_words_stays_the_headline(lines):
    """The title is the headline, not glued to the lead's first sentence; the lead is spoken first (its dateline
    aside)."""
    title, lead = lines[0], lines[1]
    article = parse_plain(page(*lines))
    assert article.headline == title
    assert spoken(article)[0] in lead and lead.endswith(spoken(article)[0])


def test_a_past_verbs_title_over_a_lead_opening_with_a_fronted_phrase_stays_the_headline():
    """The lead tells one word of the title only, but opens a phrase of its own ("بحضور ..."): a lead under its
    title, not the rest of its sentence."""
    title = "اختتم المهرجان الثقافي في المدينة القديمة"
    lead = ("بحضور آلاف الزوار من مختلف المحافظات، أسدلت الستارة مساء أمس على دورة المهرجان بعد عشرة أيام من العروض "
            "والأمسيات.")
    second = "وقال مدير المهرجان إن عدد الزوار فاق التوقعات هذا العام، وإن الدورة المقبلة ستقام في الربيع."
    article = parse_plain(page(title, lead, second, THIRD))
    assert article.headline == title and not article.headline_from_body


def test_a_byline_over_the_lead_is_not_joined_to_it():
    byline = "كتبت سلمى الحسيني"
    text = page(byline, "يقع متحف المدينة في قلب الحي القديم، وقد افتتح أبوابه للزوار بعد عامين من الترميم.",
                SECOND, THIRD)
    assert decisions(text)[byline] != "body"
    assert not any(byline in paragraph for paragraph in spoken(parse_plain(text)))


# A site's or an association's name beside its Latin handle or acronym.

@pytest.mark.parametrize("masthead", ["جمعية مكتبات الوادي – MWL", "نبض الوادي -nabdwadi نبض الوادي -nabdwadi"])
def test_a_name_beside_its_latin_handle_is_no_title(masthead):
    article = parse_plain(page("الرئيسية", masthead, DATE, LIBRARY_LEAD, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline_from_body and article.headline.startswith("افتتحت بلدية الوادي")
    assert masthead not in spoken(article)


@pytest.mark.parametrize("title", ["مكتبة الوادي العامة - Kutub", "افتتاح مكتبة الوادي العامة – MWL",
                                   "افتتاح مكتبة الوادي العامة – MWL افتتاح مكتبة الوادي العامة – MWL"])
def test_a_title_naming_a_brand_or_an_acronym_in_latin_stays_the_headline(title):
    article = parse_plain(page("الرئيسية", title, DATE, LIBRARY_LEAD, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline.startswith("مكتبة الوادي") or article.headline.startswith("افتتاح مكتبة")
    assert not article.headline_from_body


def test_an_events_title_with_its_acronym_under_the_menu_stays_the_headline():
    title = "انطلاق قمة المناخ – COP28"
    lead = ("انطلقت اليوم في دبي أعمال مؤتمر الأطراف الثامن والعشرين بمشاركة أكثر من 160 رئيس دولة وحكومة ونحو "
            "سبعين ألف مشارك.")
    second = "وتبحث القمة على مدى أسبوعين سبل خفض الانبعاثات وتمويل الدول الأكثر تضررا من التغير المناخي."
    third = "وقال رئيس المؤتمر في افتتاح الجلسة الأولى إن العالم يقف أمام فرصة أخيرة لتجنب أسوأ الآثار."
    article = parse_plain(page("الرئيسية", "أخبار", title, "الخميس 30 نوفمبر 2023", lead, second, third))
    assert article.headline == title and not article.headline_from_body


@pytest.mark.parametrize("line, expected", [
    ("جمعية مكتبات الوادي – MWL", True), ("الرابطة الأدبية للوادي - RAW", True), ("بواسطة: admin", True),
    ("المصدر :wadinews", True), ("الصورة: www.wadinews.com", True),
    ("نبض الوادي -nabdwadi نبض الوادي -nabdwadi", True), ("صحيفة نبض الوادي – NW", True),
    ("مراجعة الهاتف الجديد - Galaxy", False),  # a brand's name, capital first
    ("دليل التسجيل في الجامعة - PDF", False),  # a phrase, not a name
    ("البلدية تطلق تطبيقها الجديد - app", False),  # a verb: it tells something
    # An event, a verbal noun or a result before the acronym: a title, whatever its length.
    ("انطلاق قمة المناخ – COP28", False), ("مقتل قائد تنظيم داعش - ISIS", False),
    ("إعلان نتائج الباكالوريا – BAC", False), ("نتائج شهادة التعليم المتوسط – BEM", False),
    ("معرض الكتاب الدولي – SIBA", False), ("شرح تحميل تطبيق سند - sanad", False),
    ("شرح تحميل تطبيق سند - sanad شرح تحميل تطبيق سند - sanad", False),  # said twice, but no site's name
    ("جمعية مكتبات الوادي والقرى المجاورة لها – MWL", False),  # longer than a name
    pytest.param("منظمة الصحة العالمية – WHO", False, marks=pytest.mark.xfail(
        strict=True, reason="a body's bare name with its acronym: no sign on the line tells a title from a masthead")),
])
def test_named_in_latin(line, expected):
    assert named_in_latin(line) is expected


# A writer's role alone in brackets, and a writer's title, name and role joined by slashes.

COLUMN = ("تعيش الأسواق المحلية منذ أشهر على وقع ارتفاع متواصل في أسعار المواد الأساسية، وهو ما يطرح أسئلة جدية عن "
          "قدرة الأسر على مواجهة الغلاء وحماية المستهلك في الأشهر المقبلة.")
COLUMN_SECOND = "ولعل أول ما ينبغي التوقف عنده هو ضعف الرقابة على الأسعار في أسواق الجملة، حيث تتحدد الأسعار فعليا."
COLUMN_THIRD = "ويبقى الأمل في أن تتحرك الجهات المختصة بسرعة قبل أن تتسع الفجوة بين الدخل والأسعار أكثر."


def test_a_writers_role_alone_in_brackets_under_the_byline_is_no_title():
    """The role shares the column's words ("الأسواق", "المستهلك") as a title would."""
    role = "(خبير في شؤون الأسواق – مدير سابق لجمعية حماية المستهلك)"
    article = parse_plain(page("بقلم/ سامر عبد الكريم", role, COLUMN, COLUMN_SECOND, COLUMN_THIRD))
    assert article.headline_from_body and article.headline.startswith("تعيش الأسواق المحلية")
    assert role not in spoken(article)


def test_a_title_bracketed_whole_stays_the_headline():
    title = "(رئيس البلدية يفتتح حديقة عامة في الحي الشرقي)"
    lead = ("افتتح رئيس بلدية المدينة صباح اليوم حديقة عامة جديدة في الحي الشرقي على مساحة خمسة دونمات، فيها ملاعب "
            "للأطفال ومسارات للمشي.")
    second = "وقال إن البلدية ستفتتح حديقتين أخريين قبل نهاية العام ضمن خطة لزيادة المساحات الخضراء."
    third = "وشكر الأهالي البلدية على المشروع الذي طال انتظاره."
    text = page("الرئيسية", "محليات", title, "الإثنين 12 يونيو 2023", lead, second, third)
    assert decisions(text)[title] == "headline"


@pytest.mark.parametrize("top", [("الرئيسية", "مقالات"), ("مقالات",)])
def test_a_writers_title_name_and_role_joined_by_slashes_is_no_title(top):
    writer = "أ.د. سامر عبد الكريم/ عضو جمعية حماية المستهلك/عمّان"
    text = page(*top, writer, DATE, COLUMN, COLUMN_SECOND, COLUMN_THIRD)
    article = parse_plain(text)
    assert article.headline_from_body and article.headline.startswith("تعيش الأسواق المحلية")
    assert decisions(text)[writer] == "byline"


@pytest.mark.parametrize("line, expected", [
    ("(كاتب رياضي)", True), ("(خبير اقتصادي – مدير سابق في مصرف الادخار)", True),
    ("(خبير) يحذر من موجة غلاء جديدة", False),  # a title quoting a role, not bracketed whole
    ("(صور) افتتاح المكتبة العامة", False),
    ("(رئيس البلدية يفتتح حديقة عامة في الحي الشرقي)", False),  # a verb: a title bracketed whole
    ("(نائب يطالب بمحاسبة الوزير)", False),
    ("(مدير المدرسة: النتائج مشرفة)", False),  # a colon: someone's words
])
def test_writer_role_alone(line, expected):
    assert writer_role_alone(line) is expected


def test_a_writer_with_role_joined_by_a_slash():
    assert writer_with_role("د. سامر عبد الكريم/ أستاذ الاقتصاد في الجامعة") == "د. سامر عبد الكريم"
    assert writer_with_role("د. سامر عبد الكريم - أستاذ الاقتصاد في الجامعة") == "د. سامر عبد الكريم"
    assert writer_with_role("د. سامر عبد الكريم/ رحلة في عالم الطب") is None  # no role: a profile's title
