"""The site's own text at the article's edges (s27 fix27_edges): a comment form under the article in a wording no line
rule knows (``text.commentform``), and lines above the story in which the site speaks of itself: a banner about the
site or the web, a promo of its service to the reader (``text.sitevoice``). Each with the article lines of the same
words that stay: a story about comments or a comment form, about a site's launch or HTTPS, an interview's questions."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.commentform import COMMENT_FORM
from text.plain import parse_plain
from text.sitevoice import SITE_NOTICE

MENU = ("الرئيسية", "ثقافة", "فنون")
TITLE = "مهرجان المسرح يفتتح دورته الجديدة بعرض عن الذاكرة"
LEAD = ("افتتح مهرجان المسرح في المدينة دورته الجديدة مساء الأحد بعرض يستعيد ذاكرة الحي القديم، بحضور جمهور كبير "
        "من محبي الخشبة والفنانين الشباب.")
MORE = ("ويشارك في المهرجان هذا العام أحد عشر عرضا من ست دول، تتنافس على جوائز الإخراج والتمثيل والنص، على أن "
        "تختتم العروض نهاية الأسبوع المقبل.")
LAST = ("وقال مدير المهرجان إن الدورة تراهن على الأعمال الأولى للمخرجين الشباب، وإن لجنة التحكيم ستعلن النتائج "
        "في حفل الختام.")
FOOT = ("أعلى الصفحة",)

# A comment form in a wording the line rules do not know: the prompt asks for a message or a comment, a moderation
# notice, a "who are you?" field, the reader's post, a hint on how to write.
PROMPT = "هل لديك رسالة أو تعليق؟"
MODERATED = "مراقبة مسبقة"
NOTICE = "هذه المساحة مراقبة: لن تظهر مشاركتك إلا بعد موافقة أحد المشرفين."
WHO = "من أنت؟"
POST = "مشاركتك"
HINT = "اترك سطرا فارغا بين الفقرات."
FORM = (PROMPT, MODERATED, NOTICE, WHO, POST, HINT)


def test_a_comment_form_in_an_unknown_wording_is_dropped_as_one_block():
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, *FORM, *FOOT))
    assert spoken(article) == [LEAD, MORE, LAST]
    assert article.headline == TITLE
    why = reasons(article)
    for line in (PROMPT, MODERATED, NOTICE, WHO, POST):
        assert why[line] == COMMENT_FORM
    assert HINT not in spoken(article)


def test_a_form_of_required_fields_and_its_policy_is_dropped():
    """Another platform's form: a prompt, the fields marked required or private, its publishing policy as a sentence
    (which reads as prose), a button."""
    form = ("ما رأيك في هذا الخبر؟ اكتب تعليقك", "الاسم الكامل (مطلوب)", "البريد الإلكتروني (لن يظهر للقراء)",
            "تنشر التعليقات بعد موافقة هيئة التحرير عليها، ويحذف كل تعليق يسيء إلى الآخرين أو يخرج عن الموضوع.",
            "إرسال")
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, LAST, *form, *FOOT))
    assert spoken(article) == [LEAD, MORE, LAST]
    assert all(reasons(article)[line] == COMMENT_FORM for line in form[:4])


def test_two_lines_of_a_forms_words_are_no_form():
    """A block holds three lines of a form's words at least: two short lines at the article's end are left to the
    other rules."""
    closing = ("رأي الجمهور", "من أنت؟")
    text = page(*MENU, TITLE, LEAD, MORE, LAST, *closing)
    assert COMMENT_FORM not in decisions(text).values()


def test_a_story_about_a_comment_form_keeps_its_lines():
    """An article describing a form speaks of comments in its paragraphs and lists the fields it announces: its
    own lines, whatever their words (a platform's how-to, s27 near-miss)."""
    lead = ("تتيح المواقع الإخبارية لقرائها إضافة التعليقات تحت كل مقال، وتطلب بعض البيانات قبل نشر أي تعليق "
            "على الصفحة.")
    fields = ("ويطلب النموذج عادة ما يلي:", "- الاسم: يظهر فوق التعليق المنشور.",
              "- البريد الإلكتروني: لا يظهر للقراء.", "- التعليق: نص الرأي الذي يكتبه القارئ.")
    article = parse_plain(page(*MENU, "كيف تعمل نماذج التعليقات في المواقع الإخبارية", lead, *fields, *FOOT))
    assert all(line in spoken(article) for line in fields)


def test_an_interviews_questions_about_a_comment_stay():
    """Questions to a guest that say "your comment" and "your participation" are the interview's: its answers
    between them are prose."""
    lines = ("ما تعليقك على قرار لجنة التحكيم؟",
             "القرار كان مفاجئا لنا جميعا، لكننا نحترم اللجنة ونؤمن بأن العمل الجيد يجد طريقه إلى الجمهور في "
             "النهاية.",
             "وماذا عن مشاركتك المقبلة؟",
             "أستعد لعمل جديد مع فرقة شابة، وننتظر موافقة إدارة المسرح الوطني على موعد العرض الأول في الربيع.",
             "ورسالتك للجمهور؟",
             "أن يبقى قريبا من المسرح، لأن الخشبة لا تعيش إلا بجمهورها ومحبيها في كل المدن.")
    article = parse_plain(page(*MENU, TITLE, LEAD, *lines, *FOOT))
    assert all(line in spoken(article) for line in lines)


# The site speaking of itself above the story: a banner about the site and the web, a promo of its service.
BANNER = ("موقع رسمي تابع لهيئة البلديات الوطنية",
          "روابط المواقع الرسمية للهيئات تنتهي بالنطاق الحكومي",
          "المواقع الرسمية تستخدم بروتوكول HTTPS لتشفير الاتصال وحمايته.")
PROMO = "المنبر يقدم لكم خدمة الاستماع إلى مقالاتها اختر أي فقرة واستمع إليها"


def test_a_sites_banner_over_the_story_is_dropped_and_the_title_under_it_kept():
    article = parse_plain(page(*BANNER, *MENU, TITLE, LEAD, MORE, LAST, *FOOT))
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, MORE, LAST]
    why = reasons(article)
    assert all(why[line] == SITE_NOTICE for line in BANNER)


def test_a_promo_of_the_sites_service_is_never_the_headline():
    """The promo over the site's own tag, which sets it apart from the story (s27 r05 althaer's shape)."""
    article = parse_plain(page("تابعنا", PROMO, "#المنبر", LEAD, MORE, LAST))
    assert article.headline != PROMO
    assert reasons(article)[PROMO] == SITE_NOTICE
    assert PROMO not in spoken(article)
    assert MORE in spoken(article) and LAST in spoken(article)


def test_a_promo_right_over_the_lead_is_not_the_headline_either():
    """Without a header line between, the promo is not the site's by this rule (a title of its words stands right
    over its lead), but the page's other rules still leave it out."""
    article = parse_plain(page("تابعنا", PROMO, LEAD, MORE, LAST))
    assert article.headline != PROMO
    assert PROMO not in spoken(article)


def test_a_story_about_a_sites_launch_keeps_its_title_and_lines():
    """A story about a site or HTTPS tells it in its title and paragraphs, which share the site's words: nothing of
    it is the site speaking of itself, its title opening with "موقع" either."""
    title = "موقع البلدية الجديد يتيح حجز المواعيد إلكترونيا"
    lead = ("أطلقت البلدية موقعها الإلكتروني الجديد الذي يتيح للسكان حجز المواعيد ودفع الرسوم دون مراجعة "
            "المكاتب، بحسب بيان صدر اليوم.")
    inner = "المواقع الرسمية تستخدم بروتوكول HTTPS لتشفير الاتصال وحمايته."
    more = ("وأوضح البيان أن الموقع يستخدم بروتوكول HTTPS لتشفير بيانات السكان، وأن المواعيد تؤكد برسالة نصية "
            "بعد الحجز.")
    article = parse_plain(page(*MENU, title, lead, inner, more, *FOOT))
    assert article.headline == title
    assert spoken(article) == [lead, inner, more]


def test_a_title_addressing_the_reader_about_the_story_stays():
    """A title that speaks to the reader about what the story tells shares its words: no promo of the site."""
    title = "هيئة الزكاة تتيح لكم خدماتها إلكترونيا"
    lead = ("أتاحت هيئة الزكاة خدماتها إلكترونيا للمكلفين عبر منصة جديدة، تغني عن مراجعة الفروع وتختصر مدة إنجاز "
            "الطلبات إلى يوم واحد.")
    article = parse_plain(page(*MENU, title, lead, MORE, *FOOT))
    assert article.headline == title


def test_a_lead_opening_with_a_platform_as_its_subject_stays():
    """A lead whose subject is a platform runs on into the story's next paragraph, however few words they share: no
    header line sets it apart as a banner is."""
    lead = ("منصة درسني التعليمية أطلقت أمس برنامجا مجانيا لتقوية مهارات القراءة عند تلاميذ المرحلة الابتدائية "
            "في القرى.")
    more = ("وقال مدير المشروع إن الدروس تبث مساء كل خميس، وإن التسجيل مفتوح حتى نهاية الشهر الجاري عبر "
            "المدارس.")
    article = parse_plain(page(*MENU, "دروس مجانية في القراءة لتلاميذ القرى", lead, more, *FOOT))
    assert spoken(article) == [lead, more]


# Review near-misses (review_edges.md H1-H3), rewritten: a headline opening with a web word that is a news word too
# (the results' link, ties, a coalition, a new platform's launch) and paraphrasing its lead; a lead whose subject is
# a platform over a sub-heading; an interview's closing questions with short answers.
NEWS_MENU = ("الرئيسية", "أخبار")
CLOSING = ("وأشار المسؤول إلى أن الفرق المعنية ستواصل عملها خلال الأسابيع المقبلة، على أن يصدر تقرير مفصل عن "
           "الحصيلة قبل نهاية الشهر.")


@pytest.mark.parametrize("title, under, lead", [
    ("رابط نتيجة الدبلومات الفنية برقم الجلوس", ("بقلم سامي عادل",),
     "أعلنت الوزارة صباح اليوم نتائج الدبلوم الفني في المدارس الصناعية والتجارية، ويمكن للطلاب معرفة درجاتهم "
     "بإدخال رقم الجلوس."),
    ("روابط الجوار تجمع تونس وليبيا", (),
     "التقى رئيس الحكومة التونسية نظيره الليبي في جربة، في لقاء يومين خصص للتجارة عبر الحدود وعودة العمال "
     "إلى بلدهم."),
    ("منصة النقابات تختار ناطقة باسمها", (),
     "اختار مجلس تنسيق النقابات المهنية، مساء الخميس، المحامية هدى سالم ناطقا رسميا باسمه أمام الحكومة بعد "
     "استقالة سلفها الشهر الماضي."),
    ("هذه المنصة تربط الحرفيين بزبائنهم في المدن", (),
     "ابتكرت طالبتان من سوسة تطبيقا يعرض أعمال النجارين والحدادين على السكان، ويضم اليوم أكثر من خمسمئة "
     "ورشة في الساحل."),
    ("منصة مغربية تعلم الصغار الرياضيات باللعب", ("الاثنين 3 مارس 2025",),
     "أطلق مهندسون شباب في الدار البيضاء مشروعا رقميا يقدم تمارين تفاعلية في الرياضيات لتلاميذ الابتدائي، "
     "يتعلمون فيها الحساب عبر الألغاز."),
    ("المدير للأولياء: منصتنا مفتوحة لكم طوال العطلة", (),
     "دعا مدير الأكاديمية الجهوية، في لقاء مع جمعيات الآباء صباح الجمعة، الأسر إلى متابعة واجبات أبنائها "
     "عن بعد خلال الإجازة."),
])
def test_a_headline_opening_with_a_web_word_stays_the_title(title, under, lead):
    """A title of "رابط" (the results' link), "روابط" (ties), "منصة" (a coalition, a new app), or a quoted official
    speaking of "our platform" to "you", that tells its story in other words than its lead: the headline, and the
    lead a paragraph (on the branch they were dropped as the site speaking of itself)."""
    article = parse_plain(page(*NEWS_MENU, title, *under, lead, CLOSING, *FOOT))
    assert article.headline == title
    assert SITE_NOTICE not in reasons(article).values()
    assert spoken(article)[:2] == [lead, CLOSING]


def test_a_lead_whose_subject_is_a_platform_stays_over_its_sub_heading():
    """The lead stands under the title; the sub-heading under it sets nothing apart."""
    title = "خدمة جديدة لتتبع مواعيد الحافلات في العاصمة"
    lead = ("منصة مساري تسمح للركاب بمعرفة موعد وصول الحافلة إلى المحطة والإبلاغ عن التأخير من هواتفهم مباشرة.")
    sub = "ما الجديد فيها؟"
    more = ("وقال مدير شركة النقل الحضري في مؤتمر صحفي إن الشركة ستنشر شاشات في المحطات الكبرى خلال الصيف، "
            "وإن الخدمة مجانية.")
    article = parse_plain(page(*NEWS_MENU, title, lead, sub, more, *FOOT))
    assert article.headline == title
    assert lead in spoken(article) and more in spoken(article)
    assert SITE_NOTICE not in reasons(article).values()


@pytest.mark.parametrize("exchange", [
    ("ما تعليقك على تأجيل المباراة؟", "كان منتظرا.", "هل حصلتم على الموافقة للسفر؟", "ليس بعد.",
     "ما رسالتك للإدارة؟", "أن تحمي اللاعبين."),
    ("تعليقك على الملعب الجديد؟", "رائع.", "اسمك في الفريق؟", "القائد.", "رسالتك للمشجعين؟", "نحن معكم."),
    ("تعليقك على أداء الدفاع؟", "يحتاج وقتا، وننتظر عودة المصابين.", "رأيك في المشرف على التدريب؟",
     "صارم ومحبوب.", "رسالتك لزملائك؟", "لا تستسلموا."),
])
def test_an_interviews_closing_questions_and_short_answers_stay(exchange):
    """Questions saying "your comment", "your name", "your message", "the approval", "the supervisor", each over a
    short answer that ends a sentence: no line of a form's shape, so no comment form."""
    article = parse_plain(page(*MENU, TITLE, LEAD, MORE, *exchange, *FOOT))
    assert COMMENT_FORM not in reasons(article).values()
    said = spoken(article)
    assert all(line in said for line in exchange)
