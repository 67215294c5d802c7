"""The headline on three head-of-page shapes seen on session 24's pages (issue 11): a breadcrumb from the site's home
with spaced dashes over the title ("الرئيسية - قسم - Title" / Title), a long English photo caption on an Arabic page
(it must not turn the page's script and drop the Arabic title as "a line in Arabic"; the page's script itself is
fix24_captions' rule, review_head H1), and a line opening the article's
run that tells no story of its own (a widget speaking to its reader, a caption closed by its photo credit) over the
title. Near misses keep what they were. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import page, spoken

TITLE = "ارتفاع بنسبة خمسة بالمئة خلال أسبوع"
LEAD = ("أعلنت وزارة الاقتصاد اليوم الأحد ارتفاع أسعار الذهب في الأسواق المحلية بنسبة خمسة بالمئة خلال الأسبوع "
        "الماضي، وسط إقبال كبير من المواطنين على الشراء والإضافة إلى المدخرات في العاصمة.")
SECOND = "وقال مسؤول في الوزارة إن الارتفاع يعود إلى زيادة الطلب العالمي وتراجع سعر صرف العملة المحلية أمام الدولار."
THIRD = "وأضاف أن الوزارة تتابع حركة الأسواق عن كثب وتعمل على ضمان استقرار الأسعار وتوفير المعروض للمستهلكين."
CAPTION = ("A customer looks at gold jewellery displayed at a shop in the old market of the capital on March 12, 2024. "
           "Gold prices rose sharply over the past week as demand from households and investors climbed, traders "
           "said, while the local currency weakened against the dollar in recent trading sessions.")


def _titled(text: str, title: str) -> None:
    article = parse_plain(text)
    assert article.headline == title and not article.headline_from_body, article.headline
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("crumb, title", [
    ("الرئيسية - اقتصاد - ارتفاع أسعار الذهب في الأسواق المحلية", "ارتفاع أسعار الذهب في الأسواق المحلية"),
    ("الصفحة الرئيسية – أخبار محلية – الذهب يقفز في أسبوع!", "الذهب يقفز في أسبوع!"),
    ("الرئيسية — المال والأعمال — ارتفاع أسعار الذهب محليا !!", "ارتفاع أسعار الذهب محليا !!"),
    ("الرئيسية - تقارير - وزارة الاقتصاد - الذهب يرتفع في الأسواق", "وزارة الاقتصاد - الذهب يرتفع في الأسواق"),
])
def test_a_home_crumb_with_dashes_is_navigation_and_the_title_under_it_the_headline(crumb, title):
    _titled(page(crumb, title, "الساعة 10:30 صباحا", LEAD, SECOND, THIRD), title)


def test_two_steps_from_home_stay_a_label_over_the_title():
    _titled(page("الرئيسية - اقتصاد", TITLE, LEAD, SECOND, THIRD), TITLE)


def test_a_sentence_with_dashes_after_a_word_like_home_stays_body():
    inner = "الطرق الرئيسية - وفق الوزارة - تشهد زحاما كبيرا بسبب إقبال المواطنين على محلات الذهب في المدينة."
    article = parse_plain(page(TITLE, inner, LEAD, SECOND))
    assert article.headline == TITLE and inner in spoken(article)


@pytest.mark.parametrize("top", [
    (TITLE, "12 مارس 2025", CAPTION),
    (CAPTION, TITLE),
    ("أخبار", TITLE, "Photo: Reuters", CAPTION),
])
def test_a_long_english_caption_leaves_the_arabic_title_the_headline(top):
    _titled(page(*top, LEAD, SECOND, THIRD), TITLE)


def test_an_english_page_with_an_arabic_menu_stays_an_english_page():
    english = ("The ministry of economy said on Sunday that gold prices in local markets rose by five percent over "
               "the past week, amid strong demand from citizens.")
    more = ("An official at the ministry said the rise was due to higher global demand and the weakening of the local "
            "currency against the dollar in recent weeks.")
    article = parse_plain(page("الرئيسية", "أخبار", "Gold prices jump five percent in local markets", english, more))
    assert article.headline == "Gold prices jump five percent in local markets"
    assert spoken(article) == [english, more]


def test_an_english_article_in_one_long_line_under_an_arabic_menu_stays_an_english_page():
    # review_head H1: the whole article on one paragraph line, Arabic page furniture around it
    english = ("The ministry of economy said on Sunday that gold prices in local markets rose by five percent over "
               "the past week, amid strong demand from citizens. An official at the ministry said the rise was due "
               "to higher global demand and the weakening of the local currency against the dollar in recent weeks.")
    article = parse_plain(page("الرئيسية", "أخبار", "اقتصاد", "اتصل بنا", "Gold prices jump five percent", english))
    assert english in spoken(article)


@pytest.mark.parametrize("opening", [
    "قائمة المفضلة لديك فارغة. يمكنك إضافة المقالات إلى المدخرات من أي صفحة.",
    "زبائن في محل لبيع الذهب في السوق القديم بالعاصمة. تصوير : أحمد علي.",
    "مواطنون يشترون الذهب في أحد الأسواق المحلية بالعاصمة. تصوير: محمد نور الدين عبد الله – رويترز .",
])
def test_a_line_telling_no_story_over_the_title_is_no_other_story(opening):
    article = parse_plain(page(opening, TITLE, LEAD, SECOND, THIRD))
    assert article.headline == TITLE and not article.headline_from_body
    assert opening not in spoken(article)
    assert spoken(article)[-3:] == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("opening", [
    # another story's lead meeting ours on words: not told apart by a call or a credit, left as it was
    "تراجع أسعار الذهب في الأسواق العالمية بعد قرار البنك المركزي الأمريكي رفع الفائدة هذا الشهر.",
    # "صورة:" followed by a sentence, no taker's name: no credit
    "الذهب في أسواق العاصمة يسجل أرقاما قياسية. صورة: قال التجار إن الطلب ارتفع كثيرا بعد أن تراجع سعر العملة في "
    "الأسواق المحلية هذا الأسبوع",
])
def test_a_story_over_the_title_still_opens_the_article(opening):
    article = parse_plain(page(opening, TITLE, LEAD, SECOND, THIRD))
    assert article.headline != TITLE


def test_a_lead_calling_the_reader_over_its_sub_heading_keeps_its_place():
    first = "يمكنك الآن شراء الذهب بالتقسيط من البنوك المحلية بعد قرار المصرف المركزي الجديد."
    heading = "شروط الحصول على القرض"
    under = ("وأوضح المصرف أن شروط الحصول على القرض ميسرة للمواطنين من اليوم، على أن يكون القسط الشهري أقل من "
             "ثلث الراتب.")
    article = parse_plain(page(first, heading, under, SECOND))
    assert article.headline != heading and heading in spoken(article) and under in spoken(article)


@pytest.mark.parametrize("first", [
    # review_head H2: a lead speaking to its reader, or telling its news and closed by a photo's credit
    "هل تبحث عن مستشفى جيد لطفلك في العاصمة؟ إليك ما تحتاج معرفته عن المستشفى الجديد للأطفال وخدماته.",
    "يمكنك الآن علاج طفلك في المستشفى الجديد للأطفال بالعاصمة مجانا بعد قرار وزارة الصحة.",
    "افتتح وزير الصحة اليوم مستشفى جديدا للأطفال في العاصمة بتكلفة كبيرة وبحضور الأهالي. تصوير: خالد سعيد – رويترز .",
    "وزير الصحة يفتتح اليوم مستشفى جديدا للأطفال في العاصمة بحضور الأهالي. تصوير: خالد سعيد – رويترز .",
])
def test_a_lead_over_its_sub_heading_is_no_widget_nor_caption(first):
    heading = "خدمات المستشفى الجديد"
    under = ("ويضم المستشفى الجديد للأطفال أقساما للطوارئ والجراحة والعناية المركزة، ويعمل فيه أكثر من مئتي طبيب "
             "وممرض من أبناء العاصمة.")
    more = "وأوضح الوزير أن المستشفى سيستقبل المرضى من كل المحافظات اعتبارا من الشهر المقبل."
    article = parse_plain(page(first, heading, under, more))
    assert article.headline != heading
    assert heading in spoken(article) and under in spoken(article)


def test_a_sentence_opening_on_home_with_a_dashed_aside_stays_body():
    # review_head L1
    sentence = "الرئيسية - كما يسميها السكان - هي الطريق الذي يربط المستشفى بالمدينة."
    article = parse_plain(page(TITLE, LEAD, sentence, SECOND, THIRD))
    assert article.headline == TITLE and sentence in spoken(article)


@pytest.mark.parametrize("line, widget", [
    # review_head H2: the line a title may stand under, told no story of its own only by a widget's or a caption's shape
    ("هل تبحث عن مستشفى جيد لطفلك في العاصمة؟ إليك ما تحتاج معرفته عن المستشفى الجديد للأطفال.", False),
    ("يمكنك الآن علاج طفلك في المستشفى الجديد للأطفال بالعاصمة مجانا بعد قرار وزارة الصحة.", False),
    ("افتتح وزير الصحة اليوم مستشفى جديدا للأطفال في العاصمة وبحضور الأهالي. تصوير: خالد سعيد – رويترز .", False),
    ("وزير الصحة يفتتح اليوم مستشفى جديدا للأطفال في العاصمة بحضور الأهالي. تصوير: خالد سعيد – رويترز .", False),
    ("قائمة المفضلة لديك فارغة حاليا. يمكنك إضافة المقالات إليها من أي صفحة.", True),
    ("سلة المشتريات خالية. يمكنك إضافة الكتب لشرائها هنا.", True),
    ("أعمدة الدخان ترتفع فوق المباني في وسط المدينة في الثالث من يونيو 2024 بعد غارة جوية"
     " . تصوير : سامي أحمد – أ ف ب .", True),
])
def test_only_a_widget_or_a_credited_caption_tells_no_story(line, widget):
    from text.headline import _no_story
    assert _no_story(line) is widget
