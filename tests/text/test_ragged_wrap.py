"""A page copied from its lead whose every paragraph a ragged wrap broke (``text.raggedlead``): lines of about the
same length cut inside their sentences, not full at one width, so ``text.unwrap`` and ``text.wrappedlead`` leave them
alone. The first line is the lead's first piece, never the title, and the piece under it is never the title's photo
caption: no word of the lead is lost. Look-alikes keep their roles: a title over a ragged body (shorter than its
lines, told again by the lead, or over a line opening a sentence of its own), and a long title over a body written
one paragraph a line; a quoted first line opens no ragged lead. Synthetic pages of our own words."""

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.bodyfind import find_body
from text.plain import parse_plain
from text.rules import line_reason
from text.unwrap import wrap_width

MARKET = ["ارتفعت أسعار الخضار في أسواق العاصمة خلال الأسبوع الماضي بنسبة كبيرة ، معظم التجار",
          "عزوا ذلك إلى نقص الكميات الواردة من المزارع وارتفاع تكاليف النقل والوقود (كالبنزين والديزل)",
          "وقلة الأيدي العاملة في موسم الحصاد بسبب هجرة الشباب إلى المدن الكبرى بحثاً عن",
          "فرص عمل أفضل.",
          "ويشكو المواطنون من أن الرواتب لم تعد تكفي لشراء الحاجات الأساسية ,",
          "خاصة مع ارتفاع أسعار الخبز والسكر والزيت في الأسابيع الأخيرة بشكل متواصل.",
          "وطالب عدد من السكان الجهات المختصة بالتدخل العاجل لضبط الأسعار ومراقبة الأسواق قبل",
          "أن تتفاقم الأزمة أكثر."]
"""A subject closing the first piece, its plural verb opening the next ("معظم التجار" / "عزوا ..."), and a bracket
of examples ("(كالبنزين والديزل)") that is no photo's source."""
PARK = ["افتتح رئيس البلدية صباح اليوم الحديقة العامة الجديدة في الحي الشرقي",
        "للمدينة بعد أعمال تأهيل استمرت ثمانية",
        "أشهر بتكلفة بلغت نحو مليوني دينار.",
        "وتضم الحديقة ملاعب للأطفال ومسارات للمشي وركوب الدراجات إضافة إلى مساحات خضراء واسعة",
        "ومقاعد موزعة على جنبات الممرات، وستفتح أبوابها",
        "يومياً من السابعة صباحاً حتى العاشرة مساءً.",
        "وأكد رئيس البلدية أن المشروع جزء من خطة أوسع لزيادة المساحات",
        "الخضراء في المدينة خلال السنوات الثلاث المقبلة."]
"""A first piece opening with a verb of the past, as a lead does."""
FIRE = ["تمكنت فرق الدفاع المدني مساء أمس من السيطرة على حريق اندلع في مستودع",
        "للأخشاب في المنطقة الصناعية جنوب المدينة، دون أن يسفر عن إصابات بشرية.",
        "وقال مصدر في الدفاع المدني إن الحريق امتد إلى مستودعين مجاورين قبل",
        "أن تتمكن الفرق من محاصرته، مشيراً إلى أن أسبابه لا تزال قيد التحقيق، وأن الخسائر المادية",
        "كبيرة بحسب التقديرات الأولية.",
        "وطالب أصحاب المستودعات بتوفير معدات إطفاء في المنطقة",
        "الصناعية التي تفتقر إلى أبسط وسائل السلامة."]
FAIR = ["شهدت مدينة الإسكندرية أمس افتتاح معرض الكتاب السنوي بمشاركة أكثر من",
        "مئتي دار نشر من اثنتي عشرة دولة عربية وأجنبية، في دورة هي الأكبر منذ",
        "انطلاق المعرض قبل عقدين.",
        "وقالت إدارة المعرض إن عدد الزوار في اليوم الأول تجاوز كل التوقعات، وإن البرنامج",
        "الثقافي يضم ندوات وأمسيات شعرية وورش عمل للأطفال طوال أيام",
        "المعرض العشرة، إضافة إلى حفلات توقيع لعدد من الكتاب الشباب.",
        "ودعت الإدارة الزوار إلى استخدام وسائل النقل العام لتجنب الزحام في الشوارع",
        "المحيطة بمقر المعرض خلال ساعات الذروة."]
WORKS = ["بدأت ورش الصيانة التابعة لشركة المياه منذ ساعات الفجر الأولى أعمال إصلاح",
         "الخط الرئيسي الذي انفجر قرب الجسر القديم، وسط توقعات بعودة الضخ إلى الأحياء المتضررة",
         "مساء الغد.",
         "وأوضحت الشركة في بيانها أن الفرق تعمل على مدار الساعة لاستبدال",
         "الأنابيب التالفة بأنابيب جديدة أكثر متانة، وأن صهاريج المياه ستجوب الأحياء",
         "لتزويد السكان بحاجاتهم الضرورية.",
         "ودعت الشركة المواطنين إلى ترشيد الاستهلاك حتى انتهاء الأعمال",
         "وإبلاغها عن أي تسرب يلاحظونه في الشبكة."]
"""A first piece breaking on a word that needs what follows, no verb of the past first."""
NO_PAST_VERB_FIRST = ["جميع السكان في الأحياء الشمالية من المدينة القديمة وقراها المحيطة بها",
                      "باتوا يعانون من انقطاع المياه منذ أسبوعين بسبب عطل",
                      "في محطة الضخ الرئيسية قرب النهر.",
                      *WORKS[3:]]
"""A subject filling the first piece, its plural verb opening the next: the subject is in the line above."""


@pytest.mark.parametrize("lines", [MARKET, PARK, FIRE, FAIR, WORKS, NO_PAST_VERB_FIRST],
                         ids=["plural-verb-under-subject", "past-verb", "past-verb-2", "past-verb-3",
                              "comma-break", "subject-over-plural-verb"])
def test_the_first_line_of_a_ragged_wrap_is_the_leads_piece(lines):
    assert wrap_width(lines) is None  # ragged: the even wrap's joining leaves the page alone
    text = page(*lines)
    article = parse_plain(text)
    assert article.headline_from_body and article.headline.startswith(lines[0]), article.headline
    assert not set(lines) & set(reasons(article))
    assert all(decisions(text)[line] not in ("headline", "before the article") for line in lines)
    assert " ".join(spoken(article)).endswith(lines[-1])


def test_a_bracket_of_examples_closing_a_line_is_no_caption():
    assert line_reason(MARKET[1]) is None
    assert line_reason("الفريق يحتفل بالفوز في الملعب الكبير بعد نهاية المباراة (وزارة الرياضة)") == "image caption"


def _title_stays(title: str, lines: list[str]) -> None:
    assert wrap_width([title, *lines]) is None  # ragged: the even wrap's joining leaves the page alone
    article = parse_plain(page(title, *lines))
    assert article.headline == title
    assert find_body([title, *lines]).wrapped is None
    assert " ".join(spoken(article)).endswith(lines[-1])


@pytest.mark.parametrize("title", [
    "تمكنت فرق الدفاع المدني من السيطرة على حريق مستودع الأخشاب في المنطقة الصناعية",  # told again by its lead
    "حريق ضخم في المنطقة الصناعية",  # shorter than the column
])
def test_a_title_over_a_ragged_body_stays_the_title(title):
    _title_stays(title, FIRE)


def test_a_title_over_a_line_opening_its_own_sentence_stays_the_title():
    _title_stays("أعلنت وزارة الزراعة خطة جديدة لدعم صغار المزارعين في المحافظات الجنوبية المتضررة", FIRE[2:])


def test_a_long_title_over_paragraphs_one_a_line_stays_the_title():
    _title_stays("كشفت الأرقام الرسمية الصادرة اليوم عن تراجع كبير في صادرات القمح والشعير هذا الموسم",
                 ["وقال المتحدث باسم الوزارة إن الصادرات تراجعت بنحو الثلث مقارنة بالموسم الماضي.",
                  "وأضاف أن الجفاف وارتفاع تكاليف النقل أثرا على كميات الإنتاج.",
                  "وأشار إلى أن الوزارة تعمل على خطة لدعم المزارعين في الموسم المقبل."])


def test_a_quoted_first_line_opens_no_ragged_lead():
    title = "«أعلنت البلدية خطة جديدة لتوسيع المساحات الخضراء في الأحياء الشرقية للمدينة»"
    assert find_body([title, *FIRE]).wrapped is None


TITLED = {
    "fi-place": ["مخاوف متزايدة من انهيار المنظومة الصحية بعد أشهر من الحصار ونقص الأدوية في غزة",
                 "وزير الزراعة يؤكد في مؤتمر صحفي عقده ظهر اليوم بمقر الوزارة أن محصول القمح لهذا",
                 "الموسم سيكون الأعلى منذ عشر سنوات،",
                 "بفضل الأمطار الغزيرة التي هطلت طوال الشتاء واتساع المساحات المزروعة في السهول الداخلية.",
                 "وأضاف الوزير أن الوزارة ستشتري المحصول من المزارعين",
                 "بأسعار تشجيعية تفوق أسعار السوق، وأن صوامع التخزين جاهزة لاستقبال الكميات الكبيرة المتوقعة",
                 "خلال الأسابيع المقبلة.",
                 "ودعا المزارعين إلى التعاون مع لجان الاستلام",
                 "وتسليم محاصيلهم في المواعيد المحددة دون تأخير حتى لا تتعرض للتلف في المخازن الخاصة."],
    "ala-place": ["مئات العائلات تنزح من القرى الحدودية نحو الشمال بعد تصاعد القصف على لبنان",
                  "رئيس البلدية يقول في حديث للصحفيين صباح اليوم إن مراكز الإيواء في المدينة امتلأت",
                  "بالكامل منذ ليلة أمس، وإن المتطوعين يعملون على تأمين الفرش والطعام والدواء",
                  "للوافدين الجدد.",
                  "وأوضح أن المدارس الرسمية فتحت أبوابها لاستقبال النازحين، وأن البلدية طلبت",
                  "من المنظمات الدولية إرسال مساعدات عاجلة قبل حلول فصل",
                  "الشتاء.",
                  "وناشد الأهالي الميسورين في المدينة فتح بيوتهم لمن لم يجد",
                  "مكانا في مراكز الإيواء المكتظة."],
    "mundhu-years": ["عجز الموازنة العامة للدولة في العام الحالي هو الأكبر منذ سنوات",
                     "تقرير ديوان المحاسبة الصادر صباح اليوم يكشف أن النفقات الجارية ارتفعت بنحو",
                     "الربع مقارنة بالعام الماضي، في حين تراجعت الإيرادات الضريبية بسبب",
                     "ركود الأسواق.",
                     "وأشار التقرير إلى أن رواتب القطاع العام ودعم المحروقات يستهلكان أكثر من",
                     "نصف النفقات، وأن الدين الداخلي بلغ مستوى غير مسبوق منذ",
                     "عقدين.",
                     "وأوصى الديوان بمراجعة سياسة الدعم وتوسيع قاعدة المكلفين",
                     "بالضرائب دون المساس بذوي الدخل المحدود."],
}
"""Titles closing on a preposition and one word without the article ("... في غزة", "... على لبنان", "... منذ
سنوات"): a title's common end, not a break inside a phrase sure enough to read the title as the lead's first piece,
over a ragged lead opening with a noun (no verb of the past first, no plural verb under it)."""


@pytest.mark.parametrize("name", list(TITLED))
def test_a_title_ending_on_a_preposition_and_a_word_stays_the_title(name):
    _title_stays(TITLED[name][0], TITLED[name][1:])
