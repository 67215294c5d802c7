"""A table of contents (issue 11): a guide lists its own parts near the top under a contents label, and the same words
come back below as its sub-headings. The listener hears each heading once, over its part; the list is dropped as
"table of contents". A list under no label, a list some of whose lines only come back, figures in a list over bare
headings, the article's own lines under the box, a menu printed twice and a title over the list stay as they were
(s28 review of this module: H1-H4, M1, M2). Synthetic pages of our own.
"""

from __future__ import annotations

import pytest

from text.contents import CUT_SHORT_ENTRY, _key, _same_entry, contents_entries
from text.plain import split_plain
from tests.support.article_views import page, spoken

TITLE = "دليل الرحلة إلى وادي الينابيع الحارة في الجبال الشمالية"
LEAD = ("يقصد آلاف الزوار كل شتاء وادي الينابيع الحارة في الجبال الشمالية، حيث تتدفق المياه الدافئة بين الصخور "
        "وتحيط بها غابات الصنوبر والقرى الصغيرة.")
PARTS = ("تاريخ الينابيع وسكان الوادي", "أفضل المسارات للمشي بين الينابيع", "الإقامة في القرى المجاورة",
         "نصائح قبل السفر إلى الوادي")
PARAGRAPHS = (
    "عرف سكان الوادي الينابيع منذ قرون، واستخدموا مياهها في العلاج والاستحمام قبل أن تتحول إلى مقصد للسياح.",
    "يبدأ المسار الأشهر من ساحة القرية الكبرى ويمتد ثلاثة كيلومترات بين الينابيع، ويناسب العائلات والأطفال.",
    "توفر القرى المجاورة بيوتا للضيافة بأسعار معقولة، ويفضل الحجز قبل وصول موسم الثلوج بأسابيع.",
    "ينصح المرشدون بحمل ملابس دافئة وأحذية مريحة، وبالتحقق من حالة الطريق الجبلي قبل الانطلاق صباحا.",
)
BODY = [line for part, paragraph in zip(PARTS, PARAGRAPHS) for line in (part, paragraph)]
CONTENTS = "table of contents"


def _said_at(text: str, numbers: range) -> list[str]:
    """The decisions for the page's lines ``numbers`` (1-based), by place: an entry reads as its sub-heading does."""
    said = {line.number: line.decision for line in split_plain(text).lines}
    return [said[number] for number in numbers]


def _titles(text: str) -> list[str]:
    return [section.title for section in split_plain(text).article.sections if section.title]


@pytest.mark.parametrize("label", ["جدول المحتويات:", "محتويات المقال", "فهرس المقال [إخفاء]"])
@pytest.mark.parametrize("entries", [
    tuple(f"- {part}" for part in PARTS),
    tuple(f"{number}. {part}" for number, part in enumerate(PARTS, 1)),
    PARTS,
])
def test_entries_under_a_contents_label_are_dropped_and_the_parts_keep_their_titles(label, entries):
    text = page(TITLE, LEAD, label, *entries, *BODY)
    article = split_plain(text).article
    assert article.headline == TITLE
    assert spoken(article) == [LEAD, *BODY]
    assert _titles(text) == list(PARTS)
    assert _said_at(text, range(3, 4 + len(entries))) == [CONTENTS] * (1 + len(entries))


CUT = "عرف سكان الوادي الينابيع منذ قرون، واستخدموا مياهها في العلاج والاستحمام قبل أن تتحول إلى مقصد"
"""The first part's paragraph, the page cut inside it."""


def test_a_page_cut_short_under_its_first_part_drops_the_whole_labelled_list():
    """Only the first entry comes back before the copy's end (s28 r03/17's shape): the label names the rest."""
    text = page(LEAD, "جدول المحتويات:", *(f"- {part}" for part in PARTS), PARTS[0], CUT)
    article = split_plain(text).article
    assert spoken(article) == [PARTS[0], CUT]
    assert _said_at(text, range(2, 3 + len(PARTS))) == [CONTENTS] * (1 + len(PARTS))


LEAD_IN = "ويضم الوادي عددا من المعالم التي يقصدها الزوار:"
ITEMS = ("- النبع الكبير، أقدم ينابيع الوادي وأكثرها حرارة في فصل الشتاء",
         "- الجسر الحجري، الذي بناه سكان القرية القديمة فوق مجرى النهر",
         "- برج المراقبة، الذي يطل على الوادي كله من قمة التلة الشرقية وعلى")
"""The first part's own list under its lead-in, the page cut inside its last item."""


def test_a_page_cut_inside_its_first_parts_list_drops_the_whole_labelled_list():
    """The first part runs on from its paragraph into its own list, and the copy stops inside the list (s28 b03/29's
    shape): the parts the other entries name were never copied."""
    text = page(LEAD, "جدول المحتويات", *(f"- {part}" for part in PARTS), PARTS[0], PARAGRAPHS[0], LEAD_IN, *ITEMS)
    article = split_plain(text).article
    assert spoken(article) == [PARTS[0], PARAGRAPHS[0], LEAD_IN, *ITEMS]
    assert _said_at(text, range(2, 3 + len(PARTS))) == [CONTENTS] * (1 + len(PARTS))


def test_a_page_cut_under_another_sub_heading_keeps_the_list():
    """Under the first part another sub-heading heads a paragraph, not the second entry's: the page's parts are not
    the list's, and the list is heard under its label."""
    text = page(LEAD, "جدول المحتويات", *(f"- {part}" for part in PARTS), PARTS[0], PARAGRAPHS[0],
                "مواسم الزيارة", CUT)
    said = spoken(split_plain(text).article)
    assert all(f"- {part}" in said for part in PARTS[1:])


COLOPHON = "الدليل صادر عن دار الأفق للنشر في 300 صفحة من القطع المتوسط"
"""A book's colophon: a whole line that ends no sentence."""


@pytest.mark.parametrize("tail", [(COLOPHON, "شارك المقال"), (COLOPHON,), ("شارك المقال",)])
def test_a_whole_page_ending_on_a_colophon_or_a_share_line_keeps_the_list(tail):
    """Only the first entry comes back, and the page ends on a line that is no part's text (review_furn29 H2, a book
    review's index over its first chapter): the page is not cut, and the list is the article's."""
    text = page(LEAD, "الفهرس", *(f"- {part}" for part in PARTS), PARTS[0], *PARAGRAPHS[:3], *tail)
    said = spoken(split_plain(text).article)
    assert all(f"- {part}" in said for part in PARTS)


def test_a_cut_short_table_says_why():
    """Dropped because the page stops in its first part, an entry tells that, not that it comes back below (L1)."""
    text = page(LEAD, "جدول المحتويات", *(f"- {part}" for part in PARTS), PARTS[0], PARAGRAPHS[0], LEAD_IN, *ITEMS)
    found = contents_entries([line for line in text.splitlines() if line.strip()])
    assert set(found.values()) == {CUT_SHORT_ENTRY}


def test_a_page_ending_whole_after_its_first_part_keeps_the_list():
    """The page is not cut: the other entries are said nowhere else, and are heard under the label."""
    text = page(LEAD, "جدول المحتويات:", *(f"- {part}" for part in PARTS), PARTS[0], PARAGRAPHS[0])
    said = spoken(split_plain(text).article)
    assert all(f"- {part}" in said for part in PARTS[1:])


def test_entries_a_word_apart_from_their_sub_headings_are_the_same_parts():
    headings = ("تاريخ الينابيع الحارة وسكان الوادي", "أفضل المسارات للمشي بين الينابيع", "الإقامة في القرى المجاورة",
                "نصائح مهمة قبل السفر إلى الوادي")
    body = [line for heading, paragraph in zip(headings, PARAGRAPHS) for line in (heading, paragraph)]
    text = page(TITLE, LEAD, "جدول المحتويات", *(f"{number}- {part}" for number, part in enumerate(PARTS, 1)), *body)
    assert spoken(split_plain(text).article) == [LEAD, *body]


def test_inspect_says_why_an_entry_is_dropped():
    text = page(TITLE, LEAD, "جدول المحتويات", *(f"- {part}" for part in PARTS), *BODY)
    line = next(line for line in split_plain(text).lines if line.text == f"- {PARTS[0]}")
    assert line.decision == CONTENTS and not line.spoken
    assert "said again below" in line.why


PHONE_LEAD = ("يحتار كثير من المستخدمين عند شراء هاتف جديد بسبب كثرة الطرازات والمواصفات المتشابهة في الأسواق، وهذا "
              "الدليل يساعدك على الاختيار.")
PHONE_PARTS = ("حدد ميزانيتك أولا", "الكاميرا والشاشة", "عمر البطارية")
PHONE_BODY = tuple(line for part, paragraph in zip(PHONE_PARTS, (
    "تبدأ الهواتف الجيدة من فئات سعرية متوسطة، ولا يحتاج أغلب المستخدمين إلى الطرازات الأغلى في السوق.",
    "اختر شاشة بدقة عالية ومعدل تحديث مرتفع إذا كنت تشاهد الفيديو كثيرا، وانتبه لأداء الكاميرا في الإضاءة الضعيفة.",
    "بطارية بسعة خمسة آلاف ملي أمبير تكفي يوما كاملا من الاستخدام المكثف لدى أغلب المستخدمين.")) for line in (
    part, paragraph))
PHONE_SENTENCE = ("لا تنخدع بالأرقام الكبيرة في الإعلانات",
                  "فالمواصفات على الورق لا تعكس دائما تجربة الاستخدام الحقيقية")
PHONE_ADVICE = ("ينصح الخبراء بتجربة الهاتف في المتجر قبل شرائه، ومقارنة أدائه مع طرازين أو ثلاثة في الفئة السعرية "
                "نفسها.")


def test_the_articles_sentence_under_the_table_is_no_entry():
    """s28 review H3 (s13b): under the unmarked entries, the article's sentence broken over two short lines. The run
    stops at it: the entries are dropped, the sentence is spoken."""
    text = page("كيف تختار هاتفك الذكي المقبل", PHONE_LEAD, "فهرس المقال", *PHONE_PARTS, *PHONE_SENTENCE, PHONE_ADVICE,
                *PHONE_BODY)
    said = spoken(split_plain(text).article)
    assert all(line in said for line in (*PHONE_SENTENCE, PHONE_ADVICE, *PHONE_BODY))
    assert _said_at(text, range(4, 7)) == [CONTENTS] * 3


def test_the_articles_short_lines_longer_than_the_entries_are_no_entries():
    """Two short lines of the article under the box, more than twice the entries' words: the entries' form ends."""
    longer = ("لن تنسى أيام هذه الرحلة طوال حياتك", "رحلة تستحق كل دقيقة تقضيها في الوادي")
    parts = ("الإقامة", "الطعام")
    body = [parts[0], PARAGRAPHS[2], parts[1], PARAGRAPHS[3]]
    text = page(TITLE, LEAD, "المحتويات", *parts, *longer, PARAGRAPHS[0], *body)
    said = spoken(split_plain(text).article)
    assert all(line in said for line in (*longer, *body))
    assert _said_at(text, range(4, 6)) == [CONTENTS] * 2


def test_the_articles_line_marked_otherwise_is_no_entry():
    """A numbered table, then the article's own bulleted line: another list, spoken."""
    note = "- رحلات يومية من المدينة"
    text = page(TITLE, LEAD, "جدول المحتويات", *(f"{number}. {part}" for number, part in enumerate(PARTS, 1)), note,
                *BODY)
    assert note in spoken(split_plain(text).article)
    assert _said_at(text, range(4, 8)) == [CONTENTS] * 4


# What stays as it was: every example of the s28 review, each a page the branch before it broke.

ECONOMY = ("الاقتصاد الوطني ينمو بأسرع وتيرة منذ عقد",
           "أظهرت بيانات جهاز الإحصاء الصادرة اليوم أن الاقتصاد الوطني سجل خلال الربع الثالث أداء فاق توقعات "
           "المحللين، مدفوعا بانتعاش قطاعي السياحة والصناعات التحويلية.")
FIGURES = ("- النمو 4.1%", "- التضخم 6.3%", "- البطالة 9.8%")
ECONOMY_BODY = (
    "النمو", "جاء النمو أعلى من تقديرات صندوق النقد الدولي، وساهمت فيه الصادرات الزراعية وعودة الاستثمارات الأجنبية.",
    "التضخم", "تراجع التضخم للشهر الرابع على التوالي بفضل استقرار سعر صرف العملة المحلية وانخفاض أسعار الوقود.",
    "البطالة", "انخفض معدل البطالة بين الشباب، غير أن الفجوة بين الجنسين في سوق العمل ما زالت واسعة بحسب التقرير.")


@pytest.mark.parametrize("label", [(), ("المحتويات",)])
def test_figures_over_bare_headings_are_spoken(label):
    """s28 review H1 (s10): the figures are said only in the list; "النمو 4.1%" is no copy of "النمو"."""
    text = page(*ECONOMY, *label, *FIGURES, *ECONOMY_BODY)
    said = spoken(split_plain(text).article)
    assert all(figure in said for figure in FIGURES)


@pytest.mark.parametrize("label", [(), ("المحتويات",)])
def test_seats_and_scores_over_bare_headings_are_spoken(label):
    """s28 review H1 (s1, s11b): seat counts over the parties' sections, scores over the matches' sections."""
    seats = ("- حزب العدالة والتنمية 112 مقعدا", "- حزب الأمل الوطني 74 مقعدا", "- التحالف الديمقراطي 39 مقعدا",
             "- المستقلون 22 مقعدا")
    parties = ("حزب العدالة والتنمية", "حزب الأمل الوطني", "التحالف الديمقراطي", "المستقلون")
    lead = ("أعلنت الهيئة العليا المستقلة للانتخابات مساء الثلاثاء النتائج الأولية للانتخابات البرلمانية التي جرت "
            "الأحد الماضي، وسط مشاركة بلغت 48 في المئة من الناخبين المسجلين.")
    body = [line for party, paragraph in zip(parties, PARAGRAPHS) for line in (party, paragraph)]
    said = spoken(split_plain(page("نتائج أولية للانتخابات البرلمانية", lead, *label, *seats, *body)).article)
    assert all(seat in said for seat in seats)
    scores = ("ريال مدريد 1-2 برشلونة", "أتلتيكو مدريد 3-0 إشبيلية", "فالنسيا 1-1 فياريال")
    matches = ("ريال مدريد - برشلونة", "أتلتيكو مدريد - إشبيلية", "فالنسيا - فياريال")
    lead = ("شهدت الجولة العاشرة من الدوري الإسباني نتائج مثيرة، أبرزها سقوط المتصدر على أرضه في قمة الجولة أمام "
            "غريمه التقليدي.")
    body = [line for match, paragraph in zip(matches, PARAGRAPHS) for line in (match, paragraph)]
    said = spoken(split_plain(page("حصاد الجولة العاشرة من الدوري", lead, *label, *scores, *body)).article)
    assert all(score in said for score in scores)


CANDIDATES = ("أحمد الشريف", "خالد المنصوري", "يوسف الحداد", "عمر البكري", "سالم العتيبي")


@pytest.mark.parametrize("lead_in", [
    "وأعلنت اللجنة أسماء المرشحين المقبولين بعد فحص ملفاتهم.",  # s17: a closed sentence over the list
    "وأبرز هذه الأسماء بحسب مصادر مطلعة",  # s2: a lead-in with no colon
    "وتشمل القائمة خمسة أسماء هي",  # s4
    "من هم المرشحون في هذا السباق؟",  # s15: a question over the list
])
def test_an_articles_list_under_no_label_is_spoken_whole(lead_in):
    """s28 review H2: a list under no contents label is the article's, however its lines come back below."""
    lead = ("يتنافس خمسة مرشحين على رئاسة اتحاد كرة القدم في الانتخابات المقررة الشهر المقبل، بعد أن أغلقت اللجنة "
            "باب الترشح مساء أمس.")
    body = [line for name, paragraph in zip(CANDIDATES[1:4], PARAGRAPHS) for line in (name, paragraph)]
    text = page("خمسة أسماء في سباق رئاسة الاتحاد", lead, lead_in, *CANDIDATES, PARAGRAPHS[3], *body)
    said = spoken(split_plain(text).article)
    assert all(name in said for name in CANDIDATES)
    assert contents_entries(text.splitlines()) == {}


BOOK_REVIEW = ("قراءة في مجموعة قصصية جديدة عن الغربة والحنين",
               "صدرت حديثا عن دار نشر عربية مجموعة قصصية جديدة لكاتب شاب بعنوان عودة المسافر، تتناول حكايات "
               "المهاجرين وعلاقتهم بالمدن التي تركوها خلفهم.")
STORIES = ("طفولة في القرية", "رحلة إلى الجنوب", "عودة المسافر", "رسائل لم تصل")
REVIEW = ("وتتميز المجموعة بلغتها البسيطة وقدرتها على رسم الشخصيات بعدد قليل من الجمل، وتترك للقارئ مساحة واسعة.",
          "ويقول الكاتب في مقدمته إنه كتب قصص المجموعة خلال عشر سنوات من التنقل بين المدن، مستعينا بذكرياته.")


@pytest.mark.parametrize("below", [
    ("غلاف عودة المسافر", "ويعد هذا العمل الثالث للكاتب بعد روايتين لقيتا اهتماما نقديا واسعا في السنوات الأخيرة."),
    ("الكتاب: عودة المسافر", "عدد الصفحات: 180 صفحة"),
])
def test_one_coincidental_copy_below_does_not_carry_the_list(below):
    """s28 review H4 (s12c, s12b): a book's stories under "المحتويات", one of them the book's name, said again in a
    caption under the review: the four titles are spoken, and none becomes a section title."""
    text = page(*BOOK_REVIEW, "المحتويات", *STORIES, *REVIEW, *below)
    said = spoken(split_plain(text).article)
    assert all(story in said for story in STORIES)
    assert not set(_titles(text)) & set(STORIES)


def test_a_list_some_of_whose_items_come_back_is_spoken_whole():
    """s28 review H4 (s6): three seized items under "المحتويات", two of them told about below: all three spoken."""
    items = ("تماثيل برونزية صغيرة", "عملات ذهبية بيزنطية", "مخطوطات على ورق البردي")
    lines = ("مصادرة شحنة آثار مهربة في ميناء العقبة",
             "ضبطت السلطات الجمركية في ميناء العقبة شحنة تضم قطعا أثرية نادرة كانت معدة للتهريب داخل حاوية مواد بناء.",
             "المحتويات", *items,
             "وقال مدير الجمارك إن فريقا من الخبراء يعمل على فحص القطع وتحديد عمرها، مشيرا إلى أن بعضها قديم جدا.",
             items[0], "وأوضح الخبراء أن التماثيل البرونزية تعود إلى العصر الروماني، وعثر عليها في موقع غير مسجل.",
             items[1], "كما تبين أن العملات الذهبية سكت في القسطنطينية، ويقدر ثمنها بمئات آلاف الدولارات.",
             "وأحيلت القضية إلى النيابة العامة لاستكمال التحقيق مع المتهمين الثلاثة.")
    text = page(*lines)
    said = spoken(split_plain(text).article)
    assert all(item in said for item in items)
    assert items[2] not in _titles(text)


def test_a_list_announced_with_a_colon_is_the_articles_own():
    lead_in = "ويتناول هذا الدليل المحاور التالية:"
    items = [f"- {part}" for part in PARTS]
    text = page(TITLE, LEAD, lead_in, *items, *BODY)
    assert spoken(split_plain(text).article)[:len(items) + 2] == [LEAD, lead_in, *items]


def test_the_headline_over_its_parts_stays_the_headline():
    """s26 review of the earlier contents module, H1: the title right above the list is no entry."""
    text = page(TITLE, *PARTS, LEAD, *BODY)
    assert split_plain(text).article.headline == TITLE


def test_a_list_that_never_comes_back_under_a_contents_label_is_spoken():
    """A book's chapters under "المحتويات" in a review of the book: no part of the article is named so."""
    chapters = ("طفولة في القرية", "رحلة إلى الجنوب", "عودة المسافر")
    review = ("صدر حديثا كتاب جديد يروي سيرة رحالة من الجبال الشمالية، ويقع في ثلاثة فصول تتبع رحلاته بين المدن.",
              "ويقول المؤلف إنه أمضى عشر سنوات في جمع الرسائل والصور التي يعتمد عليها الكتاب في سرد الأحداث.")
    text = page("كتاب جديد يروي سيرة رحالة من الجبال", review[0], "المحتويات", *chapters, review[1])
    said = spoken(split_plain(text).article)
    assert all(chapter in said for chapter in chapters)


def test_points_said_once_and_sentences_said_again_are_no_table_of_contents():
    points = ("ارتفاع عدد الزوار هذا العام", "افتتاح مسار جديد للمشي", "تخفيضات في أسعار الإقامة")
    sentences = ("ارتفع عدد الزوار هذا العام.", "افتتح مسار جديد للمشي.", "خفضت أسعار الإقامة.")
    assert contents_entries([TITLE, LEAD, *points, *BODY]) == {}
    assert contents_entries([TITLE, *sentences, LEAD, *[line for sentence, paragraph in zip(sentences, PARAGRAPHS)
                                                         for line in (sentence, paragraph)]]) == {}


def test_a_menu_printed_twice_is_no_table_of_contents():
    menu = ["الأخبار المحلية", "الرياضة والشباب", "الاقتصاد والأعمال"]
    assert contents_entries(["المحتويات", *menu, TITLE, LEAD, *PARAGRAPHS, *menu]) == {}


def test_a_refrain_among_short_verses_is_no_table_of_contents():
    refrain = ["يا وادي الينابيع الدافئة", "يا ظل الصنوبر في المساء", "عد بنا إلى البيوت القديمة"]
    verses = ["سرنا على الدرب الطويل", "والثلج يغطي القمم", "وسمعنا صوت الماء"]
    assert contents_entries(["المحتويات", *refrain, *verses, *refrain, *verses, *refrain]) == {}


def test_the_search_for_copies_is_linear_in_the_pages_lines(monkeypatch):
    """s28 review M1: a page of thousands of short lines (an archive's list, a sitemap) under a label, each over a
    paragraph."""
    import text.contents as contents
    calls = 0
    same_entry = contents._same_entry

    def counted(first: tuple[str, ...], second: tuple[str, ...]) -> bool:
        nonlocal calls
        calls += 1
        return same_entry(first, second)

    monkeypatch.setattr(contents, "_same_entry", counted)
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    titles = [f"باب{first}{second} درب{second}{first}" for first in letters for second in letters][:600]
    lines = ["المحتويات", *titles, *(line for title in titles for line in (title, PARAGRAPHS[0]))]
    contents.contents_entries(lines)
    assert calls < 4 * len(lines)


@pytest.mark.parametrize(("first", "second", "same"), [
    ("التوقعات المستقبلية", "التوقعات المستقبلية للسياحة", True),
    ("نصائح قبل السفر إلى الوادي", "نصائح مهمة قبل السفر إلى الوادي", True),
    ("1. الإقامة في القرى المجاورة", "الإقامة في القرى المجاورة؟", True),
    ("أعراض مرض السكري", "علاج مرض السكري", False),  # s28 review M2: a word changed names another part
    ("محمد بن سلمان", "محمد بن زايد", False),
    ("الطقس في القاهرة", "العظمى في القاهرة 35", False),
    ("- النمو 4.1%", "النمو", False),  # s28 review H1: figures are words
    ("- حزب العدالة والتنمية 112 مقعدا", "حزب العدالة والتنمية", False),
    ("ريال مدريد 1-2 برشلونة", "ريال مدريد - برشلونة", False),
    ("في القرية", "في القرية الجبلية", False),  # one word naming something is too little to be sure
])
def test_the_same_entry_is_the_same_words_or_one_word_added(first, second, same):
    assert _same_entry(_key(first), _key(second)) is same
