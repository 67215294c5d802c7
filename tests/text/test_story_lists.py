"""A labelled list of other stories' titles above the article (s29 fixer "teasers29"). Shape: a box's label alone on
its line over a run of titles, seen above the article on s29 r03/08 (beirut24: "Latest News" over ten "- ..." titles)
and below it on s28 b02/38 (egelyom), the shared alqiyady page, s28 r04/08 (usfp.ma) and in the search tool's pages
(walaw.press: "آخر الأخبار" over "- TIME ..." titles). Below the article the "read also" rules dropped such a box;
above it the first title was read as the headline and the others as the lead, and the real title became a section
title. Each drop has its keep-tests: the article's own list under its lead-in, a sub-heading named like a box over
paragraphs, a label with only the title and lead under it, the article's own list under such a label. All pages are
our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.bodyfind import READ_ALSO_REASON, score_lines
from text.othertitles import OTHER_TITLES
from text.plain import split_plain
from text.storylists import names_other_stories

TITLE = "فريق المدينة يتوج بلقب البطولة الإقليمية لكرة السلة"
PARAGRAPHS = (
    "فاز فريق المدينة بلقب البطولة الإقليمية لكرة السلة بعد مباراة نهائية مثيرة أمام منافسه التقليدي أمس في الصالة "
    "الكبرى.",
    "وقال مدرب الفريق إن اللاعبين قدموا أداء استثنائيا طوال البطولة رغم الإصابات التي لحقت بعدد منهم في الأدوار "
    "الأولى.",
    "وكان الفريق قد تأهل إلى النهائي بعد فوزه في نصف النهائي على بطل الموسم الماضي بفارق ثلاث نقاط فقط في مباراة "
    "حبست الأنفاس.",
    "وشهدت المباراة النهائية حضورا جماهيريا كبيرا، إذ امتلأت مدرجات الصالة قبل ساعة من انطلاقها، ورفع المشجعون "
    "أعلام النادي.",
    "ويعد هذا اللقب الثالث للنادي في تاريخه، بعد لقبين حققهما في مطلع العقد الماضي تحت قيادة المدرب نفسه.",
    "ومن المنتظر أن يستقبل رئيس البلدية اللاعبين في حفل تكريم يقام مساء الخميس في الساحة العامة بحضور الأهالي.",
)
TEASERS = (
    "- لماذا يتأخر افتتاح الجسر الجديد في الضاحية؟",
    "- وزارة النقل: إعادة فتح الطريق الساحلي بعد الصيانة",
    "- البلدية تطلق حملة لتنظيف الشواطئ هذا الأسبوع",
    "- المنتخب يستعد لمواجهة ودية أمام ضيفه الشهر المقبل!",
)
PLAIN_TEASERS = tuple(teaser[2:] for teaser in TEASERS[1:])


def _split(*lines: str):
    return split_plain(page(*lines)).article


@pytest.mark.parametrize("label", ["آخر الأخبار", "أحدث الأخبار:", "Latest News", "Trending", "Most Read",
                                   "À lire aussi", "اقرأ أيضا", "أخبار ذات صلة"])
def test_a_labelled_list_over_the_title_is_not_read(label):
    article = _split(label, "", *TEASERS, "", TITLE, "", *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)
    assert all(reasons(article)[teaser] == OTHER_TITLES for teaser in TEASERS)


@pytest.mark.parametrize("label", ["آخر الأخبار", "Latest News"])
def test_a_labelled_list_over_a_title_less_article_is_not_read(label):
    article = _split(label, *TEASERS, *PARAGRAPHS)
    assert article.headline not in TEASERS
    heard = [article.headline, *spoken(article)]
    assert not any(teaser in heard for teaser in TEASERS)
    assert all(paragraph in " ".join(heard) for paragraph in PARAGRAPHS)


def test_plain_titles_under_a_label_are_not_read_and_the_title_over_the_lead_stays():
    article = _split("آخر الأخبار", *PLAIN_TEASERS, TITLE, *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)
    assert all(reasons(article)[teaser] == OTHER_TITLES for teaser in PLAIN_TEASERS)


def test_a_label_over_only_the_title_and_lead_keeps_them():
    article = _split("آخر الأخبار", TITLE, *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)


def test_the_articles_own_list_under_its_lead_in_is_read():
    lead_in = "وحدد المدرب أسباب الفوز في النقاط التالية:"
    points = ("- الدفاع المنظم طوال المباراة", "- التسديد الدقيق من خارج القوس", "- اللياقة العالية في الشوط الأخير")
    lines = (TITLE, *PARAGRAPHS[:3], lead_in, *points, *PARAGRAPHS[3:])
    assert {decisions(page(*lines))[point] for point in points} == {"body"}
    assert spoken(_split(*lines)) == [*PARAGRAPHS[:3], lead_in, *points, *PARAGRAPHS[3:]]


@pytest.mark.parametrize("heading", ["آخر التطورات", "آخر الأخبار"])
def test_a_sub_heading_named_like_a_box_over_paragraphs_stays(heading):
    article = _split(TITLE, *PARAGRAPHS[:3], heading, *PARAGRAPHS[3:])
    assert article.headline == TITLE
    assert spoken(article) == [*PARAGRAPHS[:3], heading, *PARAGRAPHS[3:]]


def test_the_articles_own_list_under_a_box_named_part_is_read():
    points = ("- فريق المدينة يحتفل بلقب البطولة الإقليمية مع الجماهير",
              "- مدرب فريق المدينة يشكر اللاعبين على البطولة",
              "- رئيس البلدية يكرم فريق المدينة بعد البطولة")
    lines = (TITLE, *PARAGRAPHS[:3], "آخر الأخبار", *points, *PARAGRAPHS[3:])
    heard = spoken(_split(*lines))
    assert all(point in heard for point in points)


@pytest.mark.parametrize("line, named", [
    ("آخر الأخبار", True), ("• Latest News", True), ("Les plus lus", True), ("اقرأ أيضا:", True),
    ("آخر الأخبار عن البطولة الإقليمية", False), ("آخر التطورات", False), ("اقرأ أيضا: الفريق يتوج باللقب", False),
    ("وتابع آخر الأخبار على موقعنا.", False),
])
def test_a_box_label_is_named_alone_on_its_line(line, named):
    assert names_other_stories(line) is named


# review_teasers29 H1: a name only ``rules.OTHER_STORIES_BOXES`` gives ("آخر الأخبار", "Latest", "Trending") heads a
# live page's updates, a digest's items or the article's own list when it stands under the title or between
# paragraphs; those items tell of other things in other words than the paragraphs, as other stories' titles do.
LIVE_TITLE = "موجة حر غير مسبوقة تضرب البلاد وتعطل الحياة اليومية"
LIVE_DEK = "تتواصل موجة الحر لليوم الثالث على التوالي وسط تحذيرات من ارتفاع إضافي في الحرارة"
UPDATES = (
    "- الدفاع المدني ينقذ متنزهين علقوا في واد قرب الحدود الشمالية",
    "- وزارة التعليم تقرر تقديم موعد انتهاء الدوام المدرسي ساعتين",
    "- المستشفيات ترفع درجة الاستعداد في أقسام الطوارئ تحسبا لأي طارئ",
    "- شركة الكهرباء تعلن خطة لتخفيف الأحمال في ساعات الذروة",
    "- البلديات تفتح قاعات مكيفة مجانية أمام كبار السن",
)
LIVE_PARAGRAPHS = (
    "وكانت هيئة الأرصاد قد حذرت منذ مطلع الأسبوع من كتلة هوائية شديدة الحرارة قادمة من الصحراء، متوقعة أن تبلغ "
    "ذروتها يومي الأربعاء والخميس.",
    "وتوقعت الهيئة أن تنخفض درجات الحرارة تدريجيا بداية الأسبوع المقبل، مع هبوب رياح شمالية غربية معتدلة على "
    "المناطق الساحلية.",
)


@pytest.mark.parametrize("label", ["آخر الأخبار", "أحدث الأخبار:", "Latest"])
def test_a_live_pages_updates_under_the_title_are_read(label):
    article = _split(LIVE_TITLE, LIVE_DEK, label, *UPDATES, *LIVE_PARAGRAPHS)
    assert article.headline == LIVE_TITLE
    heard = spoken(article)
    assert all(update in heard for update in UPDATES)
    assert all(paragraph in heard for paragraph in LIVE_PARAGRAPHS)


def test_a_live_pages_unmarked_updates_under_the_title_are_read():
    updates = tuple(update[2:] for update in UPDATES[:4])
    article = _split(LIVE_TITLE, LIVE_PARAGRAPHS[0], "آخر الأخبار", *updates, *LIVE_PARAGRAPHS)
    assert article.headline == LIVE_TITLE
    assert OTHER_TITLES not in reasons(article).values()
    assert all(update in " ".join(spoken(article)) for update in updates)


def test_a_digests_items_under_a_latest_news_heading_are_read():
    lead = ("نقدم لكم في هذه النشرة أبرز ما شهدته الساعات الماضية من أحداث داخل البلاد وخارجها، مع متابعة لأهم "
            "القضايا المطروحة.")
    items = tuple(update for update in UPDATES[1:])
    closing = "ولمتابعة هذه الأخبار بالتفصيل، ندعوكم إلى نشرتنا المسائية التي تبث عند التاسعة بتوقيت العاصمة."
    article = _split("نشرة الظهيرة ليوم الأحد", lead, "أحدث الأخبار:", *items, closing)
    heard = spoken(article)
    assert all(item in heard for item in items)
    assert OTHER_TITLES not in reasons(article).values()


@pytest.mark.parametrize("label", ["آخر الأخبار", "أحدث الأنباء:", "Trending now", "Les plus lus"])
def test_the_articles_own_list_between_paragraphs_under_a_latest_news_heading_is_read(label):
    lines = (LIVE_TITLE, *LIVE_PARAGRAPHS[:1], label, *UPDATES[:4], *LIVE_PARAGRAPHS[1:])
    article = _split(*lines)
    assert all(update in spoken(article) for update in UPDATES[:4])
    assert OTHER_TITLES not in reasons(article).values()


def test_a_latest_news_box_under_the_last_paragraph_is_not_read():
    article = _split(TITLE, *PARAGRAPHS, "آخر الأخبار", *TEASERS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)


def test_a_latest_news_box_under_the_sites_menu_is_not_read():
    article = _split("الرئيسية", "رياضة", "آخر الأخبار", *TEASERS, TITLE, *PARAGRAPHS)
    assert article.headline == TITLE
    assert spoken(article) == list(PARAGRAPHS)
    assert all(reasons(article)[teaser] == OTHER_TITLES for teaser in TEASERS)


# review_teasers29 M2: "آخر الأخبار" as a section crumb over the article's own title and short deck lines worded
# apart from the lead (decks often rephrase): the run of title-shaped lines stops at the title, none is dropped.
DECKS = ("جماهير غفيرة تحتشد في الساحة احتفاء باللاعبين", "المدرب يهدي الكأس إلى الأنصار الأوفياء",
         "حفل تكريم رسمي بانتظار الأبطال نهاية الأسبوع")


def test_a_latest_news_crumb_over_the_title_and_its_decks_keeps_them():
    article = _split("آخر الأخبار", TITLE, *DECKS, *PARAGRAPHS)
    assert article.headline == TITLE
    assert OTHER_TITLES not in reasons(article).values()
    assert all(paragraph in " ".join(spoken(article)) for paragraph in PARAGRAPHS)


# A box of the "read also" class (most read, read also, related) right over the article's title, its titles with no
# list mark: the run under the label stops at the line telling the lead's story in its words (the title), however
# few titles the box holds and whatever follows the title (a deck, a byline).
PLANT_TITLE = "افتتاح محطة جديدة لتحلية المياه في مدينة الساحل بطاقة مئة ألف متر مكعب"
PLANT_DECK = "المشروع يخفف العجز الصيفي ويوفر مئات فرص العمل للشباب"
PLANT_PARAGRAPHS = (
    "افتتح وزير الطاقة صباح اليوم محطة جديدة لتحلية المياه في مدينة الساحل، بطاقة إنتاجية تبلغ مئة ألف متر مكعب "
    "يوميا، تغطي حاجة نحو نصف مليون نسمة من مياه الشرب.",
    "وقال الوزير في كلمته خلال حفل الافتتاح إن المحطة تعمل بالطاقة الشمسية في ساعات النهار، ما يخفض كلفة الإنتاج "
    "بنحو الثلث مقارنة بالمحطات القديمة.",
    "وأوضح مدير المشروع أن أعمال البناء استغرقت ثلاث سنوات، وشارك فيها أكثر من ألفي عامل ومهندس من أبناء المنطقة "
    "والمناطق المجاورة.",
    "ومن المنتظر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل، لترتفع الطاقة الإجمالية إلى ضعف ما هي عليه "
    "الآن.",
)
OTHER_STORIES = ("تعادل مثير في قمة الدوري بين الناديين الكبيرين", "ارتفاع أسعار الخضروات في أسواق العاصمة",
                 "تأجيل مهرجان الربيع الثقافي إلى موعد لاحق")


def _plant_page(label, stories, *between):
    return _split(label, *stories, PLANT_TITLE, *between, *PLANT_PARAGRAPHS)


@pytest.mark.parametrize("label", ["الأكثر قراءة", "اقرأ أيضا", "أخبار ذات صلة", "Related"])
@pytest.mark.parametrize("count", [1, 2, 3])
def test_a_read_also_box_over_the_title_leaves_the_title(label, count):
    stories = OTHER_STORIES[:count]
    article = _plant_page(label, stories)
    assert article.headline == PLANT_TITLE
    assert spoken(article) == list(PLANT_PARAGRAPHS)
    assert not any(story in [article.headline, *spoken(article)] for story in stories)


def test_a_read_also_box_over_the_title_and_deck_leaves_both():
    article = _plant_page("الأكثر قراءة", OTHER_STORIES[:1], PLANT_DECK)
    assert article.headline == PLANT_TITLE
    assert PLANT_DECK not in reasons(article)
    assert OTHER_STORIES[0] in reasons(article)


@pytest.mark.parametrize("stories", [OTHER_STORIES, tuple(f"{n} {story}" for n, story in enumerate(OTHER_STORIES, 1))])
def test_a_read_also_box_over_the_title_and_byline_leaves_the_title(stories):
    article = _plant_page("الأكثر قراءة", stories, "كتب: سامر العطار")
    assert article.headline == PLANT_TITLE
    assert spoken(article) == list(PLANT_PARAGRAPHS)


def test_a_boxed_title_on_the_same_matter_is_still_another_story():
    same_matter = "انقطاع المياه عن أحياء شرق المدينة لمدة يومين"
    article = _plant_page("الأكثر قراءة", (same_matter, *OTHER_STORIES[:1]))
    assert article.headline == PLANT_TITLE
    assert same_matter in reasons(article) and spoken(article) == list(PLANT_PARAGRAPHS)


@pytest.mark.parametrize("count", [1, 2])
def test_the_read_also_run_over_the_title_stops_at_the_title(count):
    """Where the box holds too few titles for ``story_lists``, the "read also" rules' run stops at the title itself,
    not leaving it to the headline finder to take back a line dropped as another story's."""
    lines = ["الأكثر قراءة", *OTHER_STORIES[:count], PLANT_TITLE, *PLANT_PARAGRAPHS]
    scored, _ = score_lines(lines)
    assert [line.furniture for line in scored[:count + 2]] == [READ_ALSO_REASON] * (count + 1) + [None]
