"""The headline against the page's furniture (session 20): a font-size widget is never the title (nor spoken), a
platform's moderation notice over the title does not push the title down into the body, a long title of two headlines
joined by " / " is still a title, and a title tagged as a series' part with its ordinal and number ("( الجزء الخامس
5 )") is no photo caption. And the look-alikes stay the article's: a quiz's letters, a formula, a story quoting a
platform's notice, a lead that happens to hold a slash. Synthetic pages of our own words."""

import pytest

from text.html import parse_html
from text.plain import parse_plain
from text.rules import line_reason
from text.sizewidget import SizeWidgetRule
from text.slashtitle import slash_segmented
from tests.support.article_views import page, reasons, spoken


LEAD = ("تقع جزيرة النخيل في أقصى الجنوب، وتعد من أغنى المحميات الطبيعية في المنطقة بأنواع الطيور والنباتات النادرة "
        "التي لا تعيش في أي مكان آخر.")
SECOND = ("وقال باحثون في جامعة الساحل إن عدد الطيور المهاجرة التي تمر بالجزيرة تراجع إلى النصف خلال عشر سنوات، "
          "بسبب الجفاف وتراجع مساحة الغابات.")
THIRD = "ودعا الباحثون السلطات إلى توسيع المحمية ومنع الصيد في مواسم الهجرة."


# A font-size widget: one sample letter shown at several sizes.

# The widget's reset button ("الحجم الطبيعي") meets the lead on a word ("الطبيعية"): the line was a title candidate.
@pytest.mark.parametrize("widget", ["ع + ع – الحجم الطبيعي", "ت ت ت الخط الطبيعي", "حجم الخط: ع+ ع- الطبيعي",
                                    "A+ A- الحجم الطبيعي", "حجم الخط A+ A A-", "تكبير الخط أ+ أ-"])
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
                                  "الخيار أ أو الخيار ب", "ع ع وما بعدها من الكلمات الطويلة",
                                  # s20 review_headfurn H2: letters with no sign and no size word, other letters than
                                  # a widget's sample, signs that are no widget's, words that name no size
                                  "أ أ أ", "A A", "a a", "I I", "ب ب", "و و", "ج ج", "ن ن ن", "ف ف ف ف ف",
                                  "ن ن ن الحرف الأخير", "م م م ماما", "ب ب ب بابا", "فصيلة O+ O-", "فصيلة A+ A-",
                                  "جيد جدا: B+ B B-", "س × س", "ص ÷ ص", "س - س + س", "س / س", "س : س", "ا / ا",
                                  "ع : ع", "A+ | A-", "A+ A+", "A+ A-إعادة",
                                  # s20 review2_headfurn H1, M1: letters and signs alone, with no size word, are a
                                  # blood group's, a grade's or a tutorial's buttons as often as a widget's
                                  "A- A+", "O- O+", "أ+ أ-", "A+ A A-", "-A +A", "ت+ ت-", "ع + ع –"])
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


# The review's look-alikes (s20 review_headfurn.md, our own invented pages): the article's lines stay spoken, a title
# quoting a platform's notice stays the headline, a ticker's slashes leave the real title, a map's sheet stays a
# caption.

MENU = ("الرئيسية", "أخبار", "اقتصاد", "رياضة", "منوعات")
FOOT = ("شارك هذا المقال", "فيسبوك تويتر واتساب", "جميع الحقوق محفوظة © 2025")


def _menu_page(*lines: str) -> str:
    """A page between a site's menu and its share bar and footer."""
    return page(*MENU, *lines, *FOOT)


BLOOD = _menu_page(
    "مستشفى المدينة يطلق نداء عاجلا للتبرع بالدم بعد حادث الطريق الصحراوي", "الأحد 12 مايو 2025 - 10:30",
    "أطلق مستشفى المدينة العام صباح اليوم نداء عاجلا للتبرع بالدم، بعد وصول أكثر من ثلاثين مصابا في حادث تصادم "
    "حافلتين على الطريق الصحراوي.",
    "وقال مدير بنك الدم في المستشفى إن المخزون تراجع إلى مستويات حرجة، وإن الحاجة ملحة إلى الفصائل التالية:",
    "فصيلة O+ O-", "فصيلة A+ A-", "فصيلة B-",
    "ودعا المواطنين القادرين على التبرع إلى التوجه إلى مبنى الطوارئ بين الثامنة صباحا والعاشرة مساء.")
STUTTER = _menu_page(
    "عيادة جديدة لعلاج التأتأة عند الأطفال في مستشفى الجامعة", "كتبت: هدى سالم",
    "افتتح مستشفى الجامعة عيادة متخصصة لعلاج التأتأة عند الأطفال، تستقبل الحالات من عمر ثلاث سنوات حتى الثانية "
    "عشرة.",
    "وتقول أخصائية النطق في العيادة إن أكثر ما يلاحظه الأهل أن الطفل يكرر الحرف الأول من الكلمة مرات عدة قبل أن "
    "ينطقها، كأن يقول:",
    "م م م ماما", "أو يقول:", "ب ب ب بابا",
    "وتنصح الأخصائية الأهل بعدم مقاطعة الطفل أو إكمال الكلمة عنه، لأن ذلك يزيد من توتره.")
ALGEBRA = _menu_page(
    "شرح درس ضرب الحدود الجبرية للصف الثامن", "تعليم",
    "نتعلم في هذا الدرس كيف نضرب حدا جبريا في نفسه، وكيف نقسمه على نفسه، وهي من أكثر الأسئلة تكرارا في الامتحانات.",
    "أولا: إذا ضربنا المتغير في نفسه كتبنا:", "س × س", "والناتج هو مربع المتغير، أي س أس اثنين.",
    "ثانيا: إذا قسمنا المتغير على نفسه كتبنا:", "ص ÷ ص", "والناتج يساوي واحدا دائما ما دام المتغير لا يساوي صفرا.",
    "ثالثا: إذا طرحنا المتغير من نفسه ثم أضفناه مرة أخرى:", "س - س + س", "فالناتج هو المتغير نفسه.")
GRADES = _menu_page(
    "وزارة التربية تعتمد سلم تقديرات جديدا لطلاب المرحلة الثانوية", "الاثنين 3 مارس 2025",
    "اعتمدت وزارة التربية والتعليم سلم تقديرات جديدا لطلاب المرحلة الثانوية يبدأ تطبيقه مع العام الدراسي المقبل، "
    "بدلا من النسب المئوية المعمول بها حاليا.",
    "ويقسم السلم الجديد كل تقدير إلى ثلاث درجات، على النحو التالي:", "ممتاز: A+ A A-", "جيد جدا: B+ B B-",
    "جيد: C+ C C-",
    "وقال وكيل الوزارة إن النظام الجديد يقترب من الأنظمة المعمول بها في الجامعات، ويسهل على الطلاب التقديم للمنح "
    "الخارجية.")
FORM = _menu_page(
    "النادي الأهلي يستضيف الاتحاد في قمة الجولة العشرين", "رياضة محلية",
    "يستضيف النادي الأهلي مساء الجمعة نظيره الاتحاد على ملعب المدينة في قمة مباريات الجولة العشرين من الدوري "
    "الممتاز.",
    "ويدخل الأهلي المباراة في أفضل حالاته، إذ فاز في مبارياته الخمس الأخيرة كلها:", "ف ف ف ف ف",
    "في حين تبدو نتائج الاتحاد متذبذبة في الفترة الأخيرة:", "ف خ ت ف خ",
    "ويحتل الأهلي المركز الثاني برصيد ثمانية وأربعين نقطة، بفارق نقطتين عن المتصدر.")
POEM = _menu_page(
    "ديوان جديد للشاعر سليم ناصر يحتفي بالحروف", "ثقافة",
    "صدر حديثا عن دار الساحل للنشر ديوان جديد للشاعر سليم ناصر بعنوان «حروف الطفولة»، يضم ثلاثين قصيدة كتبها خلال "
    "السنوات الخمس الأخيرة.",
    "ويلعب الشاعر في قصائده على أصوات الحروف، ففي قصيدة «النون» يكرر الحرف وحده في سطر كامل:", "ن ن ن",
    "قبل أن يكتب:", "نون النسوة ونون الحنين", "ويقع الديوان في مئة وعشرين صفحة من القطع المتوسط.")
SCALE = page(
    "الرئيسية", "أخبار", "جامعة الساحل تعتمد نظام التقديرات بالحروف في جميع كلياتها", "الاثنين 3 مارس 2025",
    "اعتمد مجلس جامعة الساحل نظام التقديرات بالحروف في جميع كلياتها بدلا من الدرجات المئوية، ابتداء من الفصل المقبل.",
    "وتنقسم الدرجة العليا في النظام الجديد إلى ثلاث درجات هي:", "أ+ أ أ-",
    "وقال رئيس الجامعة إن النظام يسهل على الخريجين التقديم إلى الجامعات الأجنبية.", "شارك هذا المقال")


@pytest.mark.parametrize(("text", "lines"), [
    (BLOOD, ["فصيلة O+ O-", "فصيلة A+ A-"]), (STUTTER, ["م م م ماما", "ب ب ب بابا"]),
    (ALGEBRA, ["س × س", "س - س + س"]), (GRADES, ["جيد جدا: B+ B B-", "جيد: C+ C C-"]), (FORM, ["ف ف ف ف ف"]),
    (POEM, ["ن ن ن"]),
    # a widget's own letters and signs with no size word, under a line closed by a colon: the article's list
    (SCALE, ["أ+ أ أ-"])])
def test_letters_and_signs_of_the_article_stay_spoken(text, lines):
    heard = spoken(parse_plain(text))
    for line in lines:
        assert line in heard


def test_a_size_widget_next_to_the_title_is_dropped():
    lines = ("تصغير الخط ع- ع ع+", "حجم النص أ- أ+")
    title = "ارتفاع أسعار الذهب في السوق المحلية لليوم الثالث على التوالي"
    article = parse_plain(_menu_page(
        lines[0], title, lines[1], "الثلاثاء 4 مارس 2025",
        "واصلت أسعار الذهب ارتفاعها في السوق المحلية لليوم الثالث على التوالي، مدفوعة بصعود الأوقية في البورصات "
        "العالمية.",
        "وقال تجار في سوق الصاغة إن الإقبال على الشراء تراجع بشكل ملحوظ، في حين زاد عدد الراغبين في البيع.",
        "ويتوقع خبراء أن تستمر الأسعار في الصعود خلال الأسابيع المقبلة."))
    assert article.headline == title
    assert not set(lines) & set(spoken(article))


@pytest.mark.parametrize("title", ["«سيتم حجب هذا المحتوى بعد الإبلاغ عنه» - رسالة تثير جدلا بين صناع المحتوى",
                                   "سيتم حذف هذه المنشورات بعد الإبلاغ عنها: فيسبوك تشدد قواعدها"])
def test_a_title_quoting_a_platforms_notice_stays_the_headline(title):
    article = parse_plain(_menu_page(
        title, "الجمعة 7 مارس 2025",
        "أثارت رسالة آلية بدأت منصة الفيديو القصير في عرضها للمستخدمين جدلا واسعا بين صناع المحتوى في المنطقة "
        "العربية.",
        "ويرى صناع المحتوى أن الرسالة تشجع على الإبلاغ الكيدي، في حين تقول المنصة إنها تحمي المستخدمين من المحتوى "
        "الضار.",
        "ولم تعلن المنصة عن أي تعديل على الخاصية حتى الآن."))
    assert article.headline == title and not article.headline_from_body


def test_a_notice_quoted_on_the_storys_first_line_is_spoken():
    quote = "«سيتم إخفاء هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة مستخدمين»"
    article = parse_plain(_menu_page(
        "رسالة آلية تثير غضب مستخدمي منصة الصور الشهيرة", "تقنية", "الأربعاء 5 مارس 2025", quote,
        "بهذه الرسالة فوجئ آلاف المصورين الهواة خلال الأيام الماضية، بعد أن اختفت صورهم من المنصة دون أي مراجعة "
        "بشرية.",
        "ويقول المصورون إن حملات منظمة باتت تستغل خاصية الإبلاغ لإخفاء صور منافسيهم، وإن المنصة لا ترد على شكاواهم.",
        "وأكدت المنصة في بيان أنها تعمل على مراجعة الخاصية خلال الأسابيع المقبلة."))
    assert quote in spoken(article)


def test_a_notice_announced_on_the_storys_last_line_is_spoken():
    notice = "سيتم حذف هذا التعليق نهائيا بعد مراجعة الإبلاغ عنه"
    article = parse_plain(page(
        *MENU, "منصة تواصل تعدل قواعد التعليقات بعد موجة من الإساءات", "الخميس 6 مارس 2025",
        "أعلنت منصة التواصل الاجتماعي الأكثر انتشارا في المنطقة أمس عن تعديل قواعد التعليقات، بعد موجة من الإساءات "
        "طالت عددا من الرياضيين.",
        "وقالت المنصة إن التعليقات المسيئة لن تحذف فورا، وإنما ستخفى إلى حين مراجعتها من فريق مختص.",
        "وستظهر للمستخدمين تحت كل تعليق مخفي رسالة نصها:", notice, "الوسوم: منصات التواصل، تعليقات، رياضة", *FOOT))
    assert notice in spoken(article)


def test_a_notice_over_the_title_and_at_the_foot_is_dropped():
    notices = ("سوف يتم حذف هذه الصورة في حال تم التبليغ عنها", "سيتم إزالة هذا التعليق عند تكرار الإبلاغ عنه")
    title = "افتتاح أكبر حديقة عامة في العاصمة بعد ثلاث سنوات من العمل"
    article = parse_plain(_menu_page(
        notices[0], title, "السبت 8 مارس 2025",
        "افتتح محافظ العاصمة أمس أكبر حديقة عامة في المدينة، على مساحة تزيد على مئة ألف متر مربع، بعد ثلاث سنوات من "
        "العمل.",
        "وتضم الحديقة بحيرة صناعية ومسارات للدراجات وملاعب للأطفال، إضافة إلى مكتبة عامة صغيرة.",
        "وقال المحافظ إن الدخول إلى الحديقة سيكون مجانيا طوال الشهر الأول.", "التعليقات", notices[1]))
    assert article.headline == title
    assert not set(notices) & set(spoken(article))


def test_a_tickers_slashes_leave_the_real_title_spoken():
    ticker = ("عاجل: الرئيس يصل إلى العاصمة الفرنسية في زيارة رسمية تستغرق ثلاثة أيام / وزارة الصحة تعلن تسجيل عشر "
              "إصابات جديدة بالحمى في المحافظات الجنوبية / منتخب الشباب يتأهل إلى نهائي البطولة العربية")
    title = "الحكومة تقر خطة لدعم صغار المزارعين في المحافظات الجنوبية"
    assert not slash_segmented(ticker)
    article = parse_plain(_menu_page(
        ticker, title, "الأحد 9 مارس 2025",
        "أقر مجلس الوزراء في جلسته الأسبوعية أمس خطة لدعم صغار المزارعين في المحافظات الجنوبية، بكلفة تصل إلى خمسين "
        "مليون دولار.",
        "وتشمل الخطة توزيع البذور والأسمدة مجانا، وتقديم قروض ميسرة لشراء معدات الري الحديثة.",
        "وقال وزير الزراعة إن الخطة ستبدأ الشهر المقبل وتستمر ثلاث سنوات."))
    assert title == article.headline or title in spoken(article)


@pytest.mark.parametrize("caption", ["خريطة المواقع الأثرية في المدينة القديمة (الجزء الشمالي 2)",
                                     "خريطة المواقع الأثرية في المدينة القديمة (الجزء الجنوبي 3)"])
def test_a_caption_whose_bracket_names_a_sheet_with_its_number_stays_a_caption(caption):
    assert line_reason(caption) == "image caption"


# The second review's look-alikes (s20 review2_headfurn.md, our own invented pages): a list of blood groups in HTML
# and in text, a ticker whose label is not followed by a colon, a story ending on a notice's words, a caption's
# season and year.

BLOOD_LEAD = ("حدد بنك الدم المركزي الفصائل التي يحتاجها بشكل عاجل خلال شهر رمضان، بعد تراجع أعداد المتبرعين إلى "
              "النصف مقارنة بالأشهر الماضية، ودعا المواطنين إلى المبادرة.")
BLOOD_ANNOUNCED = "وجاءت الفصائل المطلوبة مرتبة بحسب الحاجة:"
BLOOD_CLOSE = ("ويستقبل البنك المتبرعين يوميا من الساعة التاسعة مساء حتى الثانية فجرا طوال الشهر، في مقره الرئيسي وفي "
               "فروعه بالمحافظات.")


def test_a_list_of_blood_groups_in_html_is_read_whole():
    html = ("<html><head><meta charset='utf-8'></head><body><article>"
            "<h1>بنك الدم يحدد الفصائل الأكثر حاجة خلال شهر رمضان</h1>"
            f"<p>{BLOOD_LEAD}</p><p>{BLOOD_ANNOUNCED}</p>"
            "<ul><li>O- O+</li><li>A- A+</li><li>B- AB-</li></ul>"
            f"<p>{BLOOD_CLOSE}</p></article></body></html>")
    heard = spoken(parse_html(html))
    for item in ("O- O+", "A- A+", "B- AB-"):
        assert item in heard


def test_a_list_of_blood_groups_in_text_keeps_its_first_row():
    article = parse_plain(_menu_page(
        "بنك الدم المركزي يحدد الفصائل الأكثر حاجة خلال شهر رمضان", "كتب: سامر حداد", BLOOD_LEAD, BLOOD_ANNOUNCED,
        "O- O+", "A- A+", "B- AB-", BLOOD_CLOSE))
    assert "O- O+" in spoken(article)
    assert reasons(article).get("A- A+") != "text size widget"


TICKER_ITEMS = ("وزارة الداخلية تعلن إغلاق الطريق الساحلي أمام حركة الشاحنات حتى إشعار آخر / الأرصاد تحذر من أمطار "
                "رعدية غزيرة على المناطق الشمالية مساء اليوم / مجلس الوزراء يعقد جلسة طارئة لبحث تداعيات الأزمة")
RELIEF_TITLE = "الحكومة تقر حزمة دعم عاجلة للمتضررين من السيول في المحافظات الشمالية"


@pytest.mark.parametrize("label", ["عاجل | ", "عاجل - ", "عاجل ", "أخبار عاجلة ", "أخبار عاجلة: "])
def test_a_ticker_labelled_with_no_colon_is_no_slash_title(label):
    ticker = label + TICKER_ITEMS
    assert not slash_segmented(ticker)
    article = parse_plain(_menu_page(
        ticker, RELIEF_TITLE, "الثلاثاء 18 مارس 2025",
        "أقرت الحكومة في جلستها الطارئة اليوم حزمة دعم عاجلة بقيمة 200 مليون دينار للمتضررين من السيول التي ضربت "
        "المحافظات الشمالية خلال الأيام الماضية.",
        "وتشمل الحزمة تعويضات مباشرة للأسر التي فقدت منازلها، وإعادة تأهيل الطرق والجسور المتضررة.",
        "وقال رئيس الوزراء إن صرف التعويضات سيبدأ خلال أسبوعين."))
    assert RELIEF_TITLE == article.headline or RELIEF_TITLE in spoken(article)


def test_a_story_ending_on_a_notices_words_keeps_its_last_paragraph():
    last = "سيتم حذف هذا المحتوى نهائيا بعد التحقق من صحة الإبلاغ عنه."
    article = parse_plain(_menu_page(
        "منصة الفيديو القصير تشدد قواعدها ضد المعلومات الصحية المضللة", "الجمعة 7 مارس 2025",
        "أعلنت منصة الفيديو القصير تشديد قواعدها ضد المعلومات الصحية المضللة، بعد انتشار مقاطع تروج لعلاجات غير "
        "مثبتة علميا خلال الأشهر الماضية.",
        "وقالت المنصة في بيان إنها ستعتمد على شراكات مع منظمات طبية مستقلة لمراجعة المقاطع المشكوك فيها، وإن صناع "
        "المحتوى سيتلقون تحذيرا قبل أي إجراء.",
        "أما المقاطع التي تدعو صراحة إلى التوقف عن تناول أدوية موصوفة فلن يتلقى أصحابها أي تحذير.", last))
    assert last in spoken(article)


@pytest.mark.parametrize("caption", ["الممثل في لقطة من المسلسل التاريخي (الجزء الرابع 2020)",
                                     "البطلة في مشهد من المسلسل (الحلقة الثالثة 2019)"])
def test_a_caption_with_a_part_and_its_year_stays_a_caption(caption):
    assert line_reason(caption) == "image caption"
