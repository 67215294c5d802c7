"""Each boilerplate rule: the furniture it must catch, and body text it must leave alone."""

import pytest

from text.rules import LINE_RULES, SECTION_LABEL, glued_prefix, glued_suffix, line_reason

FURNITURE = [
    ("post-title", "template token"),
    ("entry-content", "template token"),
    ("/* ضبط الهوامش */ .post-photo { margin: 0 auto; }", "page code"),
    ("(adunits = window.adunits || []).push({});", "page code"),
    ("• مشاركة :", "share widget"),
    ("قم بمشاركة الخبر", "share widget"),
    ("- انتهى -", "end mark"),
    ("شارك: فيسبوك | تويتر | واتساب", "share widget"),
    ("Share 12", "share widget"),
    ("نسخ الرابط", "share widget"),
    ("اقرأ أيضا:", "read also"),
    ("اقراء ايضاً :", "read also"),  # the call misspelt with a hamza on the line
    ("آ", "stray letter"),
    # the page's meta row as one line: byline, the stamp's label, date and clock, section
    ("تحرير سلمى ناصر 🕔 تم النشر بتاريخ : 4 ديسمبر، 2019 7:31:07 م خبر أعمال واقتصاد", "date line"),  # a garbled no-break space alone between paragraphs
    ("f", "stray letter"),
    ("حجم الخط A+ A A-", "text size widget"),
    ("ع + ع – الحجم الطبيعي", "text size widget"),
    ("بقلم سامي علي | نشر في 3 مارس 2024 - 10:45 | اقتصاد", "date line"),
    ("اقرأ أيضًا: الحكومة تعلن موازنة جديدة", "read also"),
    ("إقرأ أيضاً:البلدية تعلن مناقصة جديدة لتوسيع شبكة الصرف الصحي في الأحياء الشمالية: سكان الساحل يشكون من "
     "انقطاع المياه للأسبوع الثالث على التوالي! وزير المياه يزور المحطة الجديدة ويعد بحل الأزمة خلال شهر واحد.",
     "read also"),
    ("وقد يهمك", "read also"),
    ("Check Also", "read also"),
    ("جاري تحميل المشغل ..", "loading text"),
    ("شاهد أيضا: فيديو من موقع الحادث", "read also"),
    ("طالع أيضًا.. البلدية تعلن مناقصة جديدة لتوسيع الشبكة!", "read also"),
    ("شاركها.", "share widget"),
    ("صورة من الأرشيف / وكالة الأنباء", "image caption"),
    ("أخبار ذات صلة", "read also"),
    ("تابعونا على فيسبوك وتويتر", "follow us"),
    ("تابع الجزيرة نت على تلغرام", "follow us"),
    ("تابعوا قناتنا عبر يوتيوب", "follow us"),
    ("اشترك في النشرة البريدية", "follow us"),
    ("احصل على أهم الأخبار مباشرة في بريدك الإلكتروني", "newsletter"),
    ("اشترك في نشرتنا اليومية", "follow us"),
    ("فيديو | لحظة وصول الوفد إلى المطار", "video teaser"),
    ("جاري التحميل...", "loading text"),
    ("تم النسخ", "share widget"),
    ("اضغط هنا لمتابعة الأسعار لحظة بلحظة", "link prompt"),
    ("— محلل الأسواق (@gold_watch) May 12, 2024 pic.twitter.com/abc123", "embedded post"),
    ("هل تؤيد القرار؟ نعم لا", "poll"),
    ("المصدر: وكالات", "source credit"),
    ("المصدر: الجزيرة + وكالات", "source credit"),
    ("المصدر : رويترز، أ ف ب", "source credit"),
    ("المصادر: صحيفة الساحل، موقع المدينة", "source credit"),
    ("وكالات.", "source credit"),
    ("2024 © موقع الساحل. جميع حقوق النشر محفوظة.", "copyright"),
    ("- الإعلانات -", "advertisement"),
    ("(صورة توضيحية - Pixabay)", "image caption"),
    ("(وكالات)", "source credit"),
    ("وكالة الأنباء الألمانية (د ب أ)", "source credit"),
    ("رويترز - أ ف ب", "source credit"),
    ("3 / 12", "gallery counter"),
    ("الصورة 2 من 5", "gallery counter"),
    ("صورة ٣ من ٧", "gallery counter"),
    ("Photo 2 of 5", "gallery counter"),
    ("أخبار متعلقة", "read also"),
    ("شاهد.. أهداف المباراة كاملة", "video teaser"),
    ("اقرأ أيضاً | الزمالك يعلن رحيل مدربه", "read also"),
    ("إقرأ المزيد", "read also"),
    ("اقرأ أيضاً:", "read also"),
    ("اقرأ/ي أيضًا: معلمون متطوعون يعيدون فتح مدرسة القرية", "read also"),
    ("شاهد/ي أيضا", "read also"),
    ("إقرأ أيضاً البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي", "read also"),
    ("Tag:", "tags"),
    ("منذ 3 ساعات", "date line"),
    ("دقيقة واحدة للقراءة", "reading time"),
    ("إعلان", "advertisement"),
    ("مدة الفيديو 02 minutes 47 seconds", "video length"),
    ("Current Time 0:00", "video player"),
    ("- Advertisement -", "advertisement"),
    ("مساحة إعلانية", "advertisement"),
    ("نستخدم ملفات تعريف الارتباط لتحسين تجربتك. موافق", "cookie notice"),
    ("This site uses cookies. Accept", "cookie notice"),
    ("الرئيسية > أخبار > سياسة", "navigation"),
    ("الرئيسية أخبار رياضة اقتصاد فيديو", "navigation"),
    ("الرئيس الأمريكي دونالد ترامب - أرشيفية", "image caption"),
    ("عمال يركبون الألواح الشمسية فوق سطح المحطة، التي تغذي الأحياء الشرقية بالمياه – صورة توضيحية", "image caption"),
    ("محطة تحلية المياه الجديدة على الساحل - صورة من الأرشيف", "image caption"),
    ("صورة: أطفال في مخيم للنازحين", "image caption"),
    ("جنود في موقع الانفجار (رويترز)", "image caption"),
    ("الأحد، 12 مايو 2024 - 03:15 م", "date line"),
    ("12/05/2024", "date line"),
    ("آخر تحديث: 12 مايو 2024", "date line"),
    ("5 دقائق قراءة", "reading time"),
    ("وقت القراءة: 4 دقائق", "reading time"),
    ("جدول المحتويات", "table of contents"),  # a contents label alone, its items folded away
    ("📅 تحديث: 30 يناير 2026 ⏱️ وقت القراءة: 11 دقيقة ✍️ هيئة التحرير", "date line"),  # a meta row of stamps
    ("- تم نسخ عنوان المقال إلى الحافظة", "share widget"),  # a copy notice
    ("- 2 minute read", "reading time"),
    ("4 دقائق للقراءة 812 كلمة", "reading time"),
    ("اترك رد", "comments"),
    ("الوسوم: غزة، الأمم المتحدة", "tags"),
    ("التعليقات (3)", "comments"),
    # Comment counters, the figure glued to the word or not, or the count in words.
    ("0تعليقات", "comments"),
    ("15 تعليقا", "comments"),
    ("٣ تعليقات", "comments"),
    ("تعليق واحد", "comments"),
    ("(2) ردود", "comments"),
    ("15 تعليقاً", "comments"),
    ("١٥ تعليقاً", "comments"),
    ("15 تعليقًا", "comments"),
    ("جميع الحقوق محفوظة © 2024", "copyright"),
    ("الكلمات الدالة الحكومة الموازنة البرلمان", "tags"),
    ("اترك تعليقاً", "comments"),
    ("أضف تعليقاً", "comments"),
    ("أضف تعليقاً جديداً", "comments"),
    ("إرسال تعليق", "comments"),
    ("ليست هناك تعليقات:", "comments"),
    ("لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *", "comment form"),
    ("رئيس التحرير: سامي يوسف", "masthead"),
    ("رئيس مجلس الإدارة", "masthead"),
    ("Jane Doe/Getty Images مشاة في شارع مغمور بالمياه", "image caption"),
    ("AFP/Getty Images مزارعون في حقل قمح", "image caption"),
    ("لاعبون يحتفلون بالهدف الأول (تصوير: سعيد أحمد)", "image caption"),
    # A photo's credit on a line of its own.
    ("تصوير “هيئة المتنزهات الوطنية”", "image caption"),
    ("صور من سامر يوسف", "image caption"),
    ("بعدسة: سامر يوسف", "image caption"),
    ("عدسة «الساحل اليوم»", "image caption"),
    # Cross-site tools' alt texts: Facebook's guess at what a photo holds, Google's image search.
    ("ربما تحتوي الصورة على: ‏شخصان‏، ‏أشخاص يجلسون‏", "image caption"),
    ("ربما تحتوي الصورة على: منظر داخلي", "image caption"),
    ("نتيجة بحث الصور عن محطة تحلية المياه في الساحل", "image caption"),
    ("صورة ذات صلة", "image caption"),
    ("لا يتوفر وصف للصورة.", "image caption"),
    ("Loading ads...", "loading text"),
    ("جاري تحويل النص إلى صوت ..", "loading text"),
    ("التخطي إلى المحتوى", "skip link"),
    ("تخطى إلى المحتوى", "skip link"),
    ("Skip to content", "skip link"),
    ("انضم لأكثر من 25K+ متابع", "follow us"),
    ("812 مشاهدة", "view counter"),
    ("• المشاهدات: 4520", "view counter"),
    ("ننصحك أيضا :", "read also"),
    ("ربما تقرأ أيضاً", "read also"),
    ("لا تفوت أيضا:", "read also"),
    ("النشرة اليومية من الساحل على واتساب .. للاشتراك اضغط هنا", "link prompt"),
    ("أخبار المدينة أولا بأول على هاتفك اشترك الآن", "link prompt"),
    ("هذا الخبر \"البلدية تفتتح محطة التحلية\" ظهر أولاً في موقع الساحل.", "syndication"),
    ("The post Coastal plant opens appeared first on Sahel News.", "syndication"),
    ("ما يرد هنا يعبر عن كاتبه لا عن رأي الموقع، وقد تم نقله كما نشر في الساحل", "syndication"),
    ("اضافة اعلان", "advertisement"),
    ("أعلن معنا", "advertisement"),
    ("التعليقات المنشورة لا تعبر عن رأي الموقع وإنما عن رأي كاتبيها", "comment policy"),
    ("- الرجاء عدم تكرار التعليق كي لا يعد سبام", "comment policy"),
    ("ليصلك كل جديد من أخبار الساحل انضم إلى قناتنا", "follow us"),
    ("فعّل الإشعارات", "follow us"),
    ("Enable notifications", "follow us"),
    ("لقراءة المقال كاملاً", "link prompt"),
    ("لمتابعة التفاصيل الكاملة حول افتتاح محطة التحلية في الساحل", "link prompt"),
    # Captions closed by their source, opening with ف or holding a date written with dashes (review s9 H3).
    ("في الصورة رئيس البلدية يقص شريط الافتتاح (الساحل اليوم)", "image caption"),
    ("فنيون يفحصون أنابيب المحطة الجديدة (الساحل اليوم)", "image caption"),
    ("رئيس البلدية خلال الافتتاح يوم 12-3-2025 (الساحل اليوم)", "image caption"),
    # A platform's alt text copied with its photo, and a photographer's credit.
    ("ربما تحتوي الصورة على: شخصان، وأشخاص يبتسمون", "image caption"),
    ("نتيجة بحث الصور عن محطة تحلية المياه في الساحل", "image caption"),
    ("May be an image of 3 people and text", "image caption"),
    ("قد تكون صورة \u200fشخص واحد\u200f و\u200fشجرة\u200f", "image caption"),
    # A share bar naming more networks, one by its old name in brackets.
    ("فيسبوك X (Twitter) الانستغرام", "share widget"),
    ("فيسبوك تويتر بنترست Tumblr واتساب تلقرام", "share widget"),
    ("فيسبوك تويتر تليغرام إنستاغرام", "share widget"),  # spellings folded (s14review.md, 984079c)
    ("فيسبوك واتساب ماسنجر", "share widget"),
]

BODY = [
    # s18 review_lead.md H8: a tip addressed to a woman reader, no "read also" box.
    "• اقرئي أيضا قائمة المكونات على ظهر العبوة وتجنبي المنتجات الغنية بالسكر",
    "الصورة 2 من 5 في المعرض كانت الأكثر مشاهدة بين زوار المهرجان.",
    # The filming or a phone's lens named as a part; photos in a sentence.
    "تصوير المسلسل في دمشق",
    "عدسة الكاميرا الأمامية",
    "صور لأول مرة من داخل المحطة.",
    # Review 3 (7482a66): a photo story's headline and a feature's sub-heading say what the photos show.
    "صور من حفل تخريج طلاب الطب",
    "صور من الذاكرة",
    "صور من حفل زفاف",
    # A span of years in brackets is no photo's source: a part's sub-heading.
    "الجيل الأول (2005 - 2009)",
    "الجيل الثاني (2010-2015)",
    # A sentence about a photo or a search is no tool's alt text.
    "ربما تحتوي الصورة على تفاصيل لم يلاحظها أحد من قبل، كما قال الخبير.",
    "صورة ذات صلة بالحادث نشرتها الشرطة على صفحتها.",
    "وأتاحت المنصة للمستخدمين إرسال تعليق صوتي على المنشورات بدلا من الكتابة.",
    "ليست هناك تعليقات رسمية من الوزارة على التقرير حتى الآن.",
    # A count of comments or replies inside a title or a sentence is the article's ("5 تعليقات" alone is a counter).
    "5 تعليقات غاضبة تكشف أزمة النقل",
    "ردود فعل واسعة على القرار",
    "تعليق الدراسة في مدارس المحافظة",
    "بنترست وتمبلر وريديت",  # the networks an article lists, joined by و
    "3- بنترست",  # one network heads an article's part on it (s14review.md, 984079c)
    "4- الانستغرام",
    "1- تيليغرام (Telegram)",
    "تصوير المشاهد الأولى",  # a part of a story about a film
    "عدسة «الساحل اليوم» ترصد آثار العاصفة",  # a photo story's title
    "تصوير «الأرض» في قرية حقيقية",  # a part's heading in a story on a film
    "تصوير: سامر يوسف",  # a film's crew list: "إخراج: ..." / "سيناريو: ..." / "تصوير: ..." (s14review.md, 371eada)
    "عدسة: سامر يوسف",
    "قد تكون صورة الوضع أسوأ مما نعتقد.",
    "ربما تحتوي الصورة على أدلة جديدة.",
    "وقالت الشرطة إن نتيجة بحث الصور عن المفقود لم تظهر بعد.",
    "فيسبوك (ميتا) تطلق ميزة جديدة",  # brackets inside a title
    "وكالة الأنباء الألمانية قالت إن الحكومة ستعلن الخطة غدا.",
    "وعرض الوزير صورة المحطة الجديدة على الساحل - صورة التقطت من الجو.",
    "وقالت وكالات الأنباء إن الاجتماع انتهى دون اتفاق",
    "وأعاد ماسك فتح حساب ترامب على منصة إكس \"تويتر سابقًا\" بعد استحواذه على المنصة.",
    "وقال الوزير إن الشركة ستشارك في المؤتمر الدولي المقبل.",
    "تابعوا المفاوضات عن كثب طوال الأسبوع الماضي.",
    "تابع الوفد أعماله على مدى يومين.",
    "ونشرت الشركة إعلانا في الصحف المحلية عن الوظائف الجديدة.",
    "وتقول الدراسة إن بعض المواقع تجمع بيانات المستخدمين عبر ملفات تعريف الارتباط دون علمهم.",
    "وأضاف: اقرأ أيضا ما كتبه المؤرخون عن تلك الحقبة.",
    "اقرأ أيضا ما كتبه المؤرخون عن تلك الحقبة.",
    "السلطان هيثم بن طارق، سلطان سلطنة عُمان",
    "مراقبة الانتخابات",
    "وفي 12 مايو 2024 أعلنت الحكومة خطتها.",
    "الرئيسية في هذا الملف هي مسألة التمويل.",
    "2024",
    "5 دقائق",
    "وقال إن المشتركين يحصلون على النشرة عبر بريدهم الإلكتروني كل صباح.",
    "فيديو نشره ناشطون يظهر لحظة وصول الوفد.",
    "وسأل الصحفي الوزير: هل ستستقيل؟ فأجاب: لا.",
    "المصدر: مسؤول في الوزارة طلب عدم ذكر اسمه قال إن القرار نهائي.",
    "اضغط الحكومة على الشركات لخفض الأسعار.",
    "Getty تضع علامة على صورة للعائلة المالكة",
    "وقالت AFP إن الوفد وصل صباح اليوم.",
    "وزارة الإسكان تكشف شروط الحصول على شقة (فيديو)",
    "وزارة الإسكان تكشف شروط الحصول على شقة (صور وفيديو)",
    "3- يعين السيد سامي يوسف وزيرا للنقل (بقي في منصبه من الحكومة السابقة)",
    "وذكرت قناة (الرافدين) أن الوفد وصل صباح اليوم.",
    "رئيس الوزراء يلتقي وفد البنك الدولي",
    "(2)",
    "جاري تحويل الأموال إلى حسابات المستفيدين.",
    "وأكد المحامي أن جميع الحقوق محفوظة للمؤلفين بموجب القانون الجديد الذي أقره البرلمان أمس في جلسته العامة بعد نقاش.",
    "جاري البحث عن المفقودين بعد انهيار المبنى في وسط المدينة..",
    "جاري العمل على إصلاح الطريق.",
    "الحكومة تنتقل إلى المحتوى الرقمي في مدارسها",
    "نجم الفريق يتخطى عشرة ملايين متابع على إنستغرام",
    "وبلغ عدد المشاهدات 5000 مشاهدة في يوم واحد.",
    "قناة السويس",
    "موقع الحادث",
    "وكالة الفضاء الأوروبية",
    "صحيفة الساحل تكشف تفاصيل المشروع الجديد",
    "وقال الوزير إن المشروع سيكتمل أيضا",
    "ظهر الفيروس أولاً في مدينة الساحل قبل أن ينتشر في البلاد.",
    "وأضاف أن الخبر ظهر أولاً في وسائل الإعلام المحلية قبل أن تؤكده الوزارة.",
    "أعلن الوزير خطة جديدة",
    "وقال إن المواطنين يستطيعون الاشتراك في الخدمة الآن عبر الموقع.",
    "للتسجيل عبر المنصة الرسمية يجب إدخال الرقم الوطني",
    "ويمكن للمواطن أن يشترك الآن",
    "وقالت المنصة إن التعليقات التي تحوي تحريضا لن يتم نشرها بعد اليوم.",
    "التعليقات التي نشرها المتابعون أثارت جدلا واسعا",
    "وأعلنت الشركة تفعيل خدمة الإشعارات الفورية لعملائها في الساحل.",
    "وقال إن المساعدات ستصل إلى المتضررين خلال أيام.",
    "ولم تكشف الشركة حتى الآن عن التفاصيل الكاملة للمشروع.",
    # "also" closing a line that calls no reader, or a sentence (review s7, H2).
    "والمستشفيات أيضا",
    "وهكذا جرى أيضا.",
    "وكذلك الأسواق أيضا",
    # A syndication shape that does not end on a site, or copying that is no aggregator's (review s7, M2).
    "المقال الذي أغضب القراء ظهر أولا على منصة مجهولة قبل شهر، وفق الصحيفة.",
    "وأكد المسعف أن المصاب تم نقله كما هو إلى أقرب مركز صحي.",
    # A list's item or a table's row closed by brackets is no caption closed by its source.
    "▪️ كلية الهندسة (المعدل الأدنى 65)",
    "🔹 خط الميناء – المدينة (رحلتان يوميا)",
    "● قسم اللغات (مقاعد محدودة)",
    "نادي الساحل 2-1 (كأس البطولة)",
    "أ)",  # a list's letter alone keeps its mark: its item follows
    "وأضاف أن آخر تحديث للبيانات جرى يوم 4 ديسمبر 2019 عند 10:30",  # the label names what was updated
    "أب",
    "ب",  # a quiz's answer or a law's clause letter alone (s19 review_landed M2)
    "وقالت الوزارة في بيان نشر في 4 مارس 2024 الساعة 7:30 مساء إن الامتحانات ستبدأ",  # no final stop (H1)
    "وجاء القرار في منشور رسمي نشر في 12 مارس 2024 الساعة 8:40 مساء",
    "- الحساب الأول نشر في 3 يناير 2019 الساعة 14:20 المقطع نفسه مع تعليق مختلف",
    "- صورة من: بطاقة الرقم القومي سارية",  # a list of documents (M1)
    "وصورة من: شهادة المؤهل الدراسي",
    "فريق المدينة (4-3-3)",
    "وتقدم المحطة خدماتها لأحياء الميناء كافة (الشمالية والجنوبية)",
    "نتائج الشعبة العلمية (نسبة النجاح 85%)",
    "محطة الميناء القديمة (حصتها ٤٠٪ من الإنتاج)",
]


@pytest.mark.parametrize(("line", "reason"), FURNITURE, ids=[f"{r}:{l[:20]}" for l, r in FURNITURE])
def test_furniture_line_is_dropped_with_its_reason(line, reason):
    assert line_reason(line) == reason


@pytest.mark.parametrize("line", BODY, ids=[l[:25] for l in BODY])
def test_body_sentence_is_not_furniture(line):
    assert line_reason(line) is None


def test_every_line_rule_has_an_example():
    covered = {reason for _line, reason in FURNITURE}
    assert {rule.reason for rule in LINE_RULES} <= covered


def test_long_line_mentioning_share_words_is_body_text():
    line = "شارك " + " ".join(["المواطنون في الانتخابات"] * 25) + "."
    assert line_reason(line) is None


@pytest.mark.parametrize(("line", "furniture"), [
    ("(CNN)-- أكد موقع عمليات التجارة البحرية أن سفينة احتجزت.", "(CNN)--"),
    ("دبي، الإمارات العربية المتحدة (CNN)—تبادل الرئيس التهنئة.", "دبي، الإمارات العربية المتحدة (CNN)—"),
    ("بيروت (رويترز) - قال مسؤول إن المحادثات انتهت.", "بيروت (رويترز) -"),
    ("القاهرة - أعلنت الحكومة اليوم خطة جديدة.", "القاهرة -"),
])
def test_dateline_glued_to_the_lead_is_cut(line, furniture):
    reason, text, _match = glued_prefix(line)
    assert (reason, text) == ("dateline", furniture)


def test_byline_glued_to_the_lead_is_cut_and_names_the_author():
    reason, text, match = glued_prefix("كتب: محمد علي - أعلنت الحكومة اليوم خطة جديدة.")
    assert (reason, text, match.group("author")) == ("byline", "كتب: محمد علي -", "محمد علي")


def test_sentence_starting_with_a_city_name_keeps_its_words():
    assert glued_prefix("القاهرة مدينة كبيرة يسكنها الملايين.") is None


def test_follow_us_glued_to_the_end_of_a_paragraph_is_cut():
    assert glued_suffix("وبموته انقرض نظام هذا الفن\"!! تابع الجزيرة نت على:") == ("follow us", "تابع الجزيرة نت على:")


def test_share_widget_glued_to_the_end_of_a_paragraph_is_cut():
    assert glued_suffix("وانتهى الاجتماع مساء أمس. شارك: فيسبوك تويتر") == ("share widget", "شارك: فيسبوك تويتر")


def test_paragraph_ending_in_a_sentence_keeps_its_end():
    assert glued_suffix("وقال إنه تابع الملف على مدى سنوات.") is None


def test_category_label_above_the_headline_is_recognised():
    assert SECTION_LABEL.matches("رياضة") and SECTION_LABEL.matches("اقتصاد | أخبار")


def test_short_headline_is_not_a_category_label():
    assert not SECTION_LABEL.matches("الأهلي بطلا للدوري")


def test_category_label_breaking_news_is_recognised():
    assert SECTION_LABEL.matches("عاجل")


def test_facebooks_may_be_an_image_of_is_a_caption_but_the_same_words_in_a_title_are_not():
    # s14review5.md on 5b2c684: Facebook's alt text names people, text or a count after "قد تكون صورة"; a title may say
    # "the picture may be ..." of anything.
    for caption in ("قد تكون صورة شخص واحد وشجرة", "قد تكون صورة \u200fشخص واحد\u200f و\u200fنص\u200f",
                    "قد تكون صورة \u200f٣ أشخاص"):
        assert line_reason(caption) == "image caption", caption
    for title in ("قد تكون صورة الاقتصاد أسوأ مما تقوله الأرقام الرسمية", "قد تكون صورة الأسواق مختلفة"):
        assert line_reason(title) is None, title


def test_an_end_mark_is_the_word_alone_between_any_marks_not_a_sentence_using_it():
    for mark in ("-انتهى-", "- انتهى -", "(انتهى)", "// انتهى //", "ـ انتهى ـ", "*** انتهى ***"):
        assert line_reason(mark) == "end mark", mark
    # The word alone or in quotes is a word someone said ("قال لابنه:" / "انتهى"): it is read.
    for sentence in ("انتهى العرض في موعده", "- انتهى الاجتماع دون اتفاق", "انتهى.", "- انتهى!", "انتهى",
                     "«انتهى»", '"انتهى"'):
        assert line_reason(sentence) != "end mark", sentence
