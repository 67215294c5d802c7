"""The top of a page: which line is the title, and which lines around it are the article's (s15review1.md's H
problems of the headline). Synthetic pages of our own words, in the shapes the reviewer found."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken


FLOOD_LEAD = ("غمرت مياه الأمطار الغزيرة شوارع الحي القديم ليلة أمس، وتضررت عشرات المنازل والمحلات قبل أن تتمكن فرق "
              "البلدية من فتح مجاري التصريف.")
FLOOD_SECOND = "وقال رئيس البلدية إن الأضرار مادية فقط، وإن فرق الصيانة ستعمل طوال الأسبوع لإصلاح الشبكة."


# Problem 5 (s15review1 F3): "Short title - Site" as the page's only title line.

@pytest.mark.parametrize("joiner", [" - ", " | ", " – "])
def test_a_short_title_with_the_outlets_name_as_the_only_title_line_is_the_headline(joiner):
    title_line = f"فيضان يغمر الحي القديم{joiner}جريدة الوادي"
    article = parse_plain(page(title_line, FLOOD_LEAD, FLOOD_SECOND))
    assert article.headline == title_line and not article.headline_from_body
    assert spoken(article) == [FLOOD_LEAD, FLOOD_SECOND]


@pytest.mark.parametrize("credit", ["سامر يوسف - جريدة الوادي", "مكتب الوادي | جريدة الوادي", "الوادي نيوز - خاص"])
def test_a_credit_naming_an_outlet_above_the_lead_is_still_dropped(credit):
    text = page("فيضان يغمر شوارع الحي القديم بعد ليلة من الأمطار", credit, FLOOD_LEAD, FLOOD_SECOND)
    article = parse_plain(text)
    assert article.headline == "فيضان يغمر شوارع الحي القديم بعد ليلة من الأمطار"
    assert spoken(article) == [FLOOD_LEAD, FLOOD_SECOND]


@pytest.mark.parametrize("line", ["أخبار البلدية والأحياء | جريدة الوادي", "أخبار الحي القديم | الوادي نيوز"])
def test_a_sections_name_of_three_words_beside_the_outlet_is_no_title(line):
    # "Section | Site" (the tab's title) over the lead: the section's words may be the lead's, it is still no title.
    article = parse_plain(page(line, "الأحد 7 يونيو 2026", FLOOD_LEAD, FLOOD_SECOND))
    assert article.headline != line
    assert spoken(article) == [FLOOD_LEAD, FLOOD_SECOND] or article.headline_from_body


def test_a_title_opening_with_a_sections_word_beside_the_outlet_is_still_the_headline():
    line = "أمطار غزيرة تغمر الحي القديم | جريدة الوادي"
    assert parse_plain(page(line, FLOOD_LEAD, FLOOD_SECOND)).headline == line


# Problem 3 (s15review1 F2): a topic's tag with its year over the title.

BUDGET_LEAD = ("أقر المجلس البلدي أمس ميزانية البلدية 2027 بزيادة في مخصصات النقل العام والحدائق، بعد نقاش استمر "
               "أكثر من خمس ساعات.")
BUDGET_SECOND = "وقال رئيس المجلس إن الزيادة ستمول من رسوم المواقف الجديدة، وإن الضرائب لن ترتفع هذا العام."


@pytest.mark.parametrize("date", [[], ["الخميس 4 ديسمبر 2026"]])
def test_a_topics_tag_with_its_year_over_the_title_is_not_the_headline(date):
    title = "النقل العام يربح معركة الأرقام"
    text = page("اقتصاد", "ميزانية البلدية 2027", title, *date, BUDGET_LEAD, BUDGET_SECOND)
    article = parse_plain(text)
    assert article.headline == title
    assert spoken(article) == [BUDGET_LEAD, BUDGET_SECOND]
    assert decisions(text)["ميزانية البلدية 2027"] != "headline"


@pytest.mark.parametrize("title", ["ميزانية البلدية 2027", "ميزانية البلدية الجديدة لعام 2027"])
def test_a_short_title_with_a_year_and_no_title_under_it_is_still_the_headline(title):
    article = parse_plain(page("اقتصاد", title, "الخميس 4 ديسمبر 2026", BUDGET_LEAD, BUDGET_SECOND))
    assert article.headline == title and not article.headline_from_body


# Problem 4 (s15review1 F7): "د. NAME - role" under a column's title.

WATER_COLUMN = ("تخسر شبكات المياه في مدننا ثلث ما تضخه قبل أن يصل إلى البيوت، بين أنابيب متآكلة ووصلات غير "
                "قانونية، ولا أحد يحاسب على هذا الهدر في موسم الجفاف.")
WATER_SECOND = "إن إصلاح الشبكة أرخص من بناء سد جديد، فقد قدرت دراسات كلفة الإصلاح بنصف كلفة السد."


@pytest.mark.parametrize("writer", ["د. ليلى حداد - خبيرة في إدارة الموارد المائية",
                                    "الدكتورة ليلى حداد، أستاذة هندسة المياه في جامعة الساحل",
                                    "أ.د. ليلى حداد | باحثة في شؤون المياه والري"])
def test_a_writers_honorific_name_and_role_under_the_columns_title_is_no_headline(writer):
    title = "الماء الضائع في الأنابيب"
    for above in ([], ["مقالات"]):
        text = page(*above, title, writer, WATER_COLUMN, WATER_SECOND)
        article = parse_plain(text)
        assert article.headline == title
        assert spoken(article) == [WATER_COLUMN, WATER_SECOND]
        assert decisions(text)[writer] == "byline" and article.byline and "ليلى حداد" in article.byline


def test_a_lead_opening_with_a_titled_name_and_a_role_is_kept():
    lead = "الدكتورة ليلى حداد، أستاذة هندسة المياه في جامعة الساحل ترى أن إصلاح الشبكة أولى من بناء السدود"
    second = "وتقول حداد إن الشبكة تخسر ثلث ما تضخه قبل أن يصل إلى البيوت وإن الإصلاح أرخص بكثير"
    article = parse_plain(page("خبيرة تدعو إلى إصلاح شبكات المياه", "الخميس 4 ديسمبر 2026", lead, second))
    assert spoken(article) == [lead, second]


# Problem 8 (s15review1 F6): a section's one-word label over the title on a page of short lines.

VERSES = ("على شباك بيتنا", "تنام الغيمة البيضاء", "وتحلم بالحقول", "وبالطفل الذي كنته", "قبل أن يكبر الطريق")
POEM_TITLE = "غيمة على الشباك"


@pytest.mark.parametrize("crumb", [[], ["الرئيسية / خواطر / غيمة على الشباك"]])
def test_a_one_word_section_under_the_home_line_is_no_title_of_a_poem(crumb):
    text = page("الرئيسية", "خواطر", *crumb, POEM_TITLE, *VERSES)
    article = parse_plain(text)
    assert article.headline == POEM_TITLE
    assert spoken(article) == list(VERSES)
    assert decisions(text)["خواطر"] != "headline"


def test_a_slash_breadcrumb_from_home_names_the_title_of_a_poem():
    text = page("الرئيسية", "خواطر", "أدب", "الرئيسية / خواطر / غيمة على الشباك", POEM_TITLE, *VERSES)
    article = parse_plain(text)
    assert article.headline == POEM_TITLE and spoken(article) == list(VERSES)


def test_a_title_broken_after_its_first_word_on_a_page_of_short_lines_keeps_its_first_word():
    # No home line above: one word may be the title's first piece (the page broke the title into short lines).
    text = page("رئيس", "البلدية يزور الحي", "القديم مع وفد", "من المهندسين", "وتفقد الوفد", "شبكة المياه القديمة")
    assert parse_plain(text).headline == "رئيس"


def test_a_poems_one_word_title_under_the_home_line_is_the_headline():
    # "الرئيسية" / a one-word title / verses: the word names no section ("خواطر", "شعر"), it is the poem's title.
    text = page("الرئيسية", "غيمة", *VERSES)
    assert parse_plain(text).headline == "غيمة"


def test_a_dishs_two_word_title_over_its_deck_and_byline_is_the_headline():
    # A recipe: a two-word title, a one-line deck, the byline, the ingredients: no section's label over a title.
    text = page("شوربة العدس", "وصفة دافئة للشتاء تحضرها في نصف ساعة بمكونات من المطبخ", "بقلم: سلمى الحداد",
                "المقادير", "كوب من العدس الأحمر", "جزرة مقطعة", "بصلة صغيرة", "طريقة التحضير",
                "نسلق العدس مع الخضار حتى ينضج ثم نهرسه", "نضيف الكمون والملح ونقدم الشوربة ساخنة")
    assert parse_plain(text).headline == "شوربة العدس"


# Problem 7 (s15review1 F1, F1b): a standfirst, or a lead's short first paragraph, taken for a photo's caption.

HARBOUR_TITLE = "ميناء الصيد يغلق أبوابه أسبوعين"
HARBOUR_DECK = "الصيادون يطالبون بتعويض عن أيام التوقف وارتفاع أسعار الوقود"
HARBOUR_LEAD = ("أعلنت إدارة ميناء الصيد أمس إغلاق الميناء أمام المراكب أسبوعين لصيانة الرصيف الشمالي، وهي المرة "
                "الأولى التي يغلق فيها منذ عشر سنوات.")
HARBOUR_SECOND = "وقال ممثل الصيادين إن الإغلاق يأتي في ذروة موسم السردين، وإن مئات العائلات ستبقى بلا دخل."


@pytest.mark.parametrize("block", [["الخميس 4 ديسمبر 2026"], ["بقلم: سامر يوسف"],
                                   ["بقلم: سامر يوسف", "الخميس 4 ديسمبر 2026"]])
def test_a_standfirst_over_the_date_or_byline_is_read(block):
    text = page("محليات", HARBOUR_TITLE, HARBOUR_DECK, *block, HARBOUR_LEAD, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline == HARBOUR_TITLE
    assert spoken(article) == [HARBOUR_DECK, HARBOUR_LEAD, HARBOUR_SECOND]
    assert decisions(text)[HARBOUR_DECK] == "body"
    if "بقلم: سامر يوسف" in block:
        assert article.byline == "سامر يوسف"


@pytest.mark.parametrize("lines", [
    # a photo's caption under the date, right over the lead
    [HARBOUR_TITLE, "الخميس 4 ديسمبر 2026", "مراكب راسية في الميناء القديم", HARBOUR_LEAD],
    # a caption under the title said again (its alt text)
    [HARBOUR_TITLE, "مراكب الصيد راسية في الميناء القديم صباح أمس", "الخميس 4 ديسمبر 2026",
     "مراكب الصيد راسية في الميناء القديم صباح أمس", HARBOUR_LEAD],
    # a caption opening with a past verb over a lead that tells its news anew
    [HARBOUR_TITLE, "الخميس 4 ديسمبر 2026", "زار المحافظ الميناء مع وفد", HARBOUR_LEAD],
    # a label under the title
    [HARBOUR_TITLE, "الصيد البحري", "الخميس 4 ديسمبر 2026", HARBOUR_LEAD],
    # a shorter copy of the title
    ["ميناء الصيد يغلق أبوابه أسبوعين للصيانة وسط غضب الصيادين", HARBOUR_TITLE, "الخميس 4 ديسمبر 2026", HARBOUR_LEAD],
])
def test_a_caption_a_label_or_a_title_copy_over_the_lead_is_still_dropped(lines):
    article = parse_plain(page(*lines, HARBOUR_SECOND))
    assert spoken(article) == [HARBOUR_LEAD, HARBOUR_SECOND]


def test_a_short_first_paragraph_under_the_date_on_a_page_without_full_stops_is_read():
    lead = "أغلقت إدارة الميناء الرصيف الشمالي أمام المراكب"
    second = "وجاء الإغلاق بعد تشققات ظهرت في الرصيف خلال العاصفة الأخيرة وهددت سلامة الصيادين"
    third = "وقال مدير الميناء إن أعمال الصيانة ستستمر أسبوعين على الأقل وإن الرصيف الجنوبي يبقى مفتوحا"
    article = parse_plain(page(HARBOUR_TITLE, "الخميس 4 ديسمبر 2026", lead, second, third))
    assert article.headline == HARBOUR_TITLE
    assert spoken(article) == [lead, second, third]


# Problem 1 (s15review1 F8): a photo's caption between the date and the lead taken for the title.

MARKET_TITLE = "افتتاح سوق للباعة المتجولين في حي الزيتون"
MARKET_CAPTION = "رئيس البلدية يتجول بين بسطات السوق الشعبي الجديد في حي الزيتون صباح اليوم"
MARKET_LEAD = ("افتتح رئيس البلدية صباح اليوم السوق الشعبي الجديد في حي الزيتون، ويضم مئة وعشرين بسطة للخضار "
               "والفواكه والملابس، بعد عامين من الأشغال.")
MARKET_SECOND = "وقال رئيس البلدية إن البسطات وزعت بالقرعة على الباعة المتجولين، وإن الإيجار رمزي في السنة الأولى."


@pytest.mark.parametrize("meta", [["الخميس 4 ديسمبر 2026"], ["بواسطة admin", "منذ يومين"]])
def test_a_photos_caption_under_the_date_is_not_the_title_over_it(meta):
    text = page("أخبار محلية", MARKET_TITLE, *meta, MARKET_CAPTION, MARKET_LEAD, MARKET_SECOND)
    article = parse_plain(text)
    assert article.headline == MARKET_TITLE
    assert decisions(text)[MARKET_TITLE] == "headline"


def test_a_title_under_the_date_is_still_the_headline_over_another_storys_line():
    # Another story's title first (it shares little with the lead), then the date, then the article's title.
    other = "البلدية تطلق حملة لتنظيف الحدائق العامة"
    text = page(other, "الخميس 4 ديسمبر 2026", MARKET_TITLE, MARKET_LEAD, MARKET_SECOND)
    assert parse_plain(text).headline == MARKET_TITLE


# Problem 2 (s15review1 F5): its rule (_title_under_a_label, 51c18c5) reverted after the fix review (H4): title /
# its category / the excerpt / the date has the same layout as another story's line / label / title / date.

FARE_EARLIER = "هيئة النقل ترفع أجرة الحافلات بين المدن"
FARE_TITLE = "مقاعد فارغة في محطة الحافلات الكبرى"
FARE_LEAD = ("بعد أسبوع من قرار هيئة النقل رفع أجرة الحافلات بين المدن، خلت مقاعد كثيرة في محطة الحافلات الكبرى، "
             "وقال السائقون إن عدد الركاب تراجع إلى النصف.")
FARE_SECOND = "ويقول طلاب الجامعات إنهم صاروا يتشاركون سيارات الأجرة بدل الحافلات لتوفير المال."


def test_the_title_over_its_category_and_excerpt_over_the_date_stays_the_headline():
    excerpt = "ركاب أقل وسائقون ينتظرون ساعات في المحطة بعد قرار الهيئة الأخير"
    title = "هيئة النقل ترفع أجرة الحافلات بين المدن ابتداء من الأسبوع المقبل"
    text = page(title, "نقل", excerpt, "الخميس 4 ديسمبر 2026", FARE_LEAD, FARE_SECOND)
    assert parse_plain(text).headline == title


def test_a_line_under_a_label_without_a_date_under_it_does_not_take_the_titles_place():
    # Title, a photo's label, a short line, then the lead: the title stays (no date or byline under the short line).
    title = "ركاب أقل في محطة الحافلات الكبرى بعد رفع الأجرة"
    text = page(title, "صورة", "مقاعد فارغة في المحطة", FARE_LEAD, FARE_SECOND)
    assert parse_plain(text).headline == title


# s15review2 F14: a press review or a timed bulletin with no intro paragraph.

REVIEW_PARTS = ("جريدة الوادي", "البلدية تعد بحل أزمة المواقف قبل الصيف.", "المستشفى الجديد يستقبل أول مرضاه.",
                "جريدة الساحل", "الميناء يسجل رقما قياسيا في عدد السفن.", "الصيادون يشكون غلاء الشباك.",
                "جريدة الجبل", "الثلوج تقطع الطرق إلى القرى العالية.")


def test_a_press_reviews_title_and_its_first_papers_name_are_kept_without_an_intro():
    title = "جولة في صحف الصباح"
    text = page("الرئيسية", "أخبار", title, "الخميس 4 ديسمبر 2026", *REVIEW_PARTS, "شارك")
    article = parse_plain(text)
    assert article.headline == title
    assert [section.title for section in article.sections] == ["جريدة الوادي", "جريدة الساحل", "جريدة الجبل"]
    assert spoken(article) == list(REVIEW_PARTS)


def test_a_papers_name_alone_over_a_lead_is_still_dropped():
    text = page(HARBOUR_TITLE, "الخميس 4 ديسمبر 2026", "جريدة الوادي", HARBOUR_LEAD, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline == HARBOUR_TITLE and spoken(article) == [HARBOUR_LEAD, HARBOUR_SECOND]


def test_a_timed_bulletins_title_under_its_label_is_the_headline():
    items = ("08:00", "افتتاح معرض الكتاب في قاعة البلدية.", "08:30", "تحويل السير في الشارع الرئيسي.",
             "09:10", "ارتفاع درجات الحرارة بعد الظهر.")
    text = page("نشرات", "أخبار الصباح باختصار", *items)
    article = parse_plain(text)
    assert article.headline == "أخبار الصباح باختصار"
    assert decisions(text)["نشرات"] != "headline"
    assert spoken(article) == [item for item in items if ":" not in item]


# Problem 6 (s15review1 F4): a column's figurative title sharing no word with its text.

COLUMN = ("كلما مررت بساحة الحي تذكرت الأراجيح الخشبية التي كانت فيها، والأطفال الذين كانوا يتسابقون إليها بعد "
          "المدرسة.")
COLUMN_SECOND = "اليوم صارت الساحة موقفا للسيارات، ولم يسأل أحد أين يلعب الصغار، ولا أين يجلس الكبار في المساء."
FIGURATIVE = "ظل بلا شجرة"


@pytest.mark.parametrize("head", [["آراء", FIGURATIVE, "بقلم: هدى سالم"],
                                  ["رأي", FIGURATIVE, "الخميس 4 ديسمبر 2026", "بقلم: هدى سالم"],
                                  ["مقالات", FIGURATIVE, "هدى سالم - كاتبة وصحفية"],
                                  # a joined section name either way round (s18 review_r9.md m28k)
                                  ["آراء ومقالات", FIGURATIVE, "بقلم: هدى سالم", "15 أيار 2024"],
                                  [FIGURATIVE, "بقلم: هدى سالم", "الخميس 4 ديسمبر 2026"]])
def test_a_figurative_title_the_page_frames_as_its_title_is_the_headline(head):
    article = parse_plain(page(*head, COLUMN, COLUMN_SECOND))
    assert article.headline == FIGURATIVE and not article.headline_from_body
    assert spoken(article) == [COLUMN, COLUMN_SECOND]


# s16review_fh.md: a frame with a date under it and no writer frames a site's slogan, strapline, promo or sponsor
# notice between the menus and the date as well as a column's title; only a signed column is framed.
@pytest.mark.parametrize("head", [["صوت الساحل الحر", "الخميس 4 ديسمبر 2026"],
                                  ["محليات", "أخبار تهمك كل صباح", "الخميس 4 ديسمبر 2026 - 10:15"],
                                  ["الرئيسية", "أخبار", "رياضة", "محليات", "معا نصنع إعلاما مسؤولا", "4 ديسمبر 2026"],
                                  ["رأي", FIGURATIVE, "الخميس 4 ديسمبر 2026"]])
def test_a_line_framed_by_a_date_alone_is_no_title(head):
    article = parse_plain(page(*head, COLUMN, COLUMN_SECOND))
    assert article.headline_from_body and article.headline == COLUMN
    assert spoken(article) == [COLUMN_SECOND]


@pytest.mark.parametrize("head", [["العنوان:", "12 شارع البحر - الطابق الثاني فوق الصيدلية", "كتبت: هدى سالم"],
                                  ["تطبيق الساحل", "لرؤية أوضح للأخبار", "كتب - سامر يوسف :"]])
def test_a_line_sharing_no_word_without_a_title_frame_is_no_title(head):
    article = parse_plain(page(*head, COLUMN, COLUMN_SECOND))
    assert article.headline_from_body


def test_a_slogan_under_an_apps_label_over_the_byline_does_not_take_the_titles_place():
    title = "ساحة الحي تتحول إلى موقف للسيارات"
    text = page(title, "الخميس 4 ديسمبر 2026", "تطبيق الساحل", "لرؤية أوضح للأخبار", "كتب - سامر يوسف :", COLUMN,
                COLUMN_SECOND)
    assert parse_plain(text).headline == title


def test_a_tickers_line_over_the_date_does_not_take_the_title_under_it():
    ticker = "البلدية تفتتح سوقا جديدا للباعة المتجولين"
    text = page("عاجل", ticker, "الخميس 4 ديسمبر 2026", MARKET_TITLE, MARKET_LEAD, MARKET_SECOND)
    assert parse_plain(text).headline == MARKET_TITLE


# Fix review (s15fixreview_head.md) H5: the opinion pages' notice under their label is no framed title.

@pytest.mark.parametrize("notice", ["الآراء الواردة في المقالات تعبر عن وجهة نظر أصحابها",
                                    "ما ينشر في هذه الزاوية لا يعبر بالضرورة عن رأي الصحيفة"])
def test_the_opinion_pages_notice_under_their_label_is_no_title(notice):
    text = page("مقالات", notice, "بقلم: رامي العلي", COLUMN, COLUMN_SECOND)
    article = parse_plain(text)
    assert article.headline != notice
    assert notice not in spoken(article)


def test_a_framed_column_title_under_the_label_is_still_the_headline():
    text = page("مقالات", FIGURATIVE, "بقلم: رامي العلي", COLUMN, COLUMN_SECOND)
    assert parse_plain(text).headline == FIGURATIVE


# H6: a breadcrumb from the home naming the title under the date: a same-topic teaser over the date is no title.

def test_the_title_a_home_crumb_names_under_the_date_beats_a_teaser_over_it():
    crumb = "الرئيسية / محليات / افتتاح سوق للباعة"
    teaser = "البلدية تفتتح سوقا جديدا للباعة في حي الزيتون"
    text = page(crumb, teaser, "الخميس 4 ديسمبر 2026", MARKET_TITLE, MARKET_LEAD, MARKET_SECOND)
    assert parse_plain(text).headline == MARKET_TITLE


def test_a_caption_under_the_date_under_a_home_crumb_naming_the_title_is_still_dropped():
    crumb = "الرئيسية / محليات / افتتاح سوق للباعة"
    text = page(crumb, MARKET_TITLE, "الخميس 4 ديسمبر 2026", MARKET_CAPTION, MARKET_LEAD, MARKET_SECOND)
    article = parse_plain(text)
    assert article.headline == MARKET_TITLE and spoken(article)[0] == MARKET_LEAD


# Fix review 2 (s16review_head.md) H-a: "Section | Site" whose section name the word list does not cover.

FESTIVAL_LEAD = ("أطلقت البلدية مهرجانا للثقافة والفن والأدب، يرافقه برنامج سفر ومغامرات في جبال المنطقة، ويستمر "
                 "أسبوعا كاملا.")

@pytest.mark.parametrize("line", ["ثقافة وأدب وفن | جريدة الوادي", "سياحة وسفر ومغامرات | مجلة الرحالة",
                                  "محليات وخدمات البلدية | الوادي نيوز"])
def test_a_list_of_sections_beside_the_outlet_is_no_title(line):
    # A list of fields joined by "و" (a short one, "وفن"; one the word list misses, "ومغامرات"), sharing words with
    # the lead: the section's name, dropped as before the titles of "Title | Site" were read.
    article = parse_plain(page(line, "الأحد 7 يونيو 2026", FESTIVAL_LEAD, FLOOD_SECOND))
    assert article.headline != line
    assert spoken(article) == [FESTIVAL_LEAD, FLOOD_SECOND] or article.headline_from_body


def test_a_noun_phrase_title_with_and_beside_the_outlet_is_still_the_headline():
    # Not opening on a section's word: a title ("انقطاع الكهرباء والمياه"), whatever its "و".
    line = "انقطاع الكهرباء ومياه الأمطار | جريدة الوادي"
    assert parse_plain(page(line, FLOOD_LEAD, FLOOD_SECOND)).headline == line


# H-c: a two-word title opening on a section's word over its deck and byline.

@pytest.mark.parametrize("title", ["سياحة الصحراء", "ثقافة الحوار"])
def test_a_two_word_title_opening_on_a_sections_word_over_its_deck_is_the_headline(title):
    text = page(title, "كيف تخطط لرحلة آمنة بين الكثبان في أيام الربيع المعتدلة", "بقلم: نادر الشامي",
                "احمل ماء يكفي ليومين", "أخبر أحدا بطريقك", "لا تقد وحدك بعد الغروب", "اختر دليلا من أهل المنطقة")
    article = parse_plain(text)
    assert article.headline == title
    assert decisions(text)[title] == "headline"


@pytest.mark.parametrize("label", ["أخبار محلية", "أخبار الجنوب"])
def test_a_two_word_sections_label_over_a_timed_bulletins_title_is_still_dropped(label):
    items = ("08:00", "افتتاح معرض الكتاب في قاعة البلدية.", "08:30", "تحويل السير في الشارع الرئيسي.",
             "09:10", "ارتفاع درجات الحرارة بعد الظهر.")
    text = page(label, "أخبار الصباح باختصار", *items)
    assert parse_plain(text).headline == "أخبار الصباح باختصار"
    assert decisions(text)[label] != "headline"


# H-e, H-d: the opinion pages' notice in its other wordings; a column's title speaking of opinions is none.

@pytest.mark.parametrize("notice", ["ما يرد في هذه الزاوية يمثل رأي كاتبه وحده",
                                    "الآراء المنشورة هنا على مسؤولية أصحابها وحدهم",
                                    "لا تتبنى الصحيفة بالضرورة ما تحمله المقالات من أفكار"])
@pytest.mark.parametrize("label", ["آراء", "مقالات الرأي"])
def test_the_opinion_pages_notice_in_other_wordings_is_no_title(label, notice):
    article = parse_plain(page(label, notice, "بقلم: رامي العلي", COLUMN, COLUMN_SECOND))
    assert article.headline != notice
    assert notice not in spoken(article)


@pytest.mark.parametrize("title", ["حين تعبر عن رأيك في العلن", "مسؤولية الكاتب في زمن الضجيج"])
def test_a_columns_title_speaking_of_opinions_under_the_label_is_the_headline(title):
    article = parse_plain(page("مقالات", title, "بقلم: رامي العلي", COLUMN, COLUMN_SECOND))
    assert article.headline == title and spoken(article) == [COLUMN, COLUMN_SECOND]


# M1 (s15fixreview_head.md): a photo's caption with no cue word between the title and the date is no standfirst.

@pytest.mark.parametrize("caption", ["مدير الميناء أثناء جولته على الرصيف الشمالي صباح أمس",
                                     "ممثل الصيادين خلال لقائه بإدارة الميناء في المبنى الرئيسي",
                                     "وزيرة الزراعة لدى وصولها إلى الرصيف الشمالي"])
def test_a_photos_caption_between_the_title_and_the_date_is_not_read_as_a_standfirst(caption):
    text = page("محليات", HARBOUR_TITLE, caption, "الخميس 4 ديسمبر 2026", HARBOUR_LEAD, HARBOUR_SECOND)
    article = parse_plain(text)
    assert article.headline == HARBOUR_TITLE
    assert spoken(article) == [HARBOUR_LEAD, HARBOUR_SECOND]


@pytest.mark.parametrize("deck", ["الصيادون يخسرون دخلهم خلال ذروة موسم السردين",
                                  "وزارة الزراعة تعوض الصيادين خلال أسبوعين",
                                  "توقف المراكب خلال أسبوعين يكلف الصيادين دخل الموسم"])
def test_a_standfirst_with_a_during_is_still_read(deck):
    text = page("محليات", HARBOUR_TITLE, deck, "الخميس 4 ديسمبر 2026", HARBOUR_LEAD, HARBOUR_SECOND)
    assert spoken(parse_plain(text)) == [deck, HARBOUR_LEAD, HARBOUR_SECOND]



@pytest.mark.parametrize("section", ["آراء", "آراء ومقالات"])
def test_a_writer_boxs_link_to_her_articles_is_no_columns_title(section):
    # s18 review_lead2.md H3: "جميع مقالات الكاتبة" between the section's name and the writer's line.
    article = parse_plain(page(section, "جميع مقالات الكاتبة", "هدى سالم - كاتبة وصحفية", COLUMN, COLUMN_SECOND))
    assert article.headline != "جميع مقالات الكاتبة"
    assert "جميع مقالات الكاتبة" not in spoken(article)
