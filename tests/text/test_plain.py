"""Plain-text scrapes: headline, byline, preamble furniture, sections, bullets."""

from dataclasses import replace

import pytest

from bench.shared_folder import SEED
from text.account import account
from text.blocks import Block, broken_off, build_sections
from text.linemodel import use_model
from text.plain import parse_plain, split_plain
from text.reader import parse_article
from tests.support.pages import LEAD, MENU, SECOND, SUBHEAD, TEASERS, THIRD, TITLE
from tests.text.test_linemodel import toy_model
from tests.support.article_views import reasons

PAGE = """\
موقع الخبر | أخبار عربية

الحكومة تطلق خطة وطنية للطاقة الشمسية.. تفاصيل المرحلة الأولى

شارك: فيسبوك تويتر واتساب
post-title
ألواح شمسية في منطقة صحراوية - أرشيفية

موقع الخبر - ليلى حسن

القاهرة - أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات.

وقال وزير الكهرباء إن الخطة تشمل إنشاء محطات كبيرة في الصحراء الغربية.

اقرأ أيضا:
ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة
البنك المركزي يثبت أسعار الفائدة

تمويل الخطة

وأوضح الوزير أن التمويل سيأتي من القطاع الخاص ومن قروض ميسرة.

إعلان

ويقول خبراء إن الخطة طموحة لكنها ممكنة.

الحكومة تطلق خطة وطنية للطاقة الشمسية.. تفاصيل المرحلة الأولى

مواعيد التنفيذ

وتبدأ المرحلة الأولى العام المقبل وتنتهي بعد ثلاث سنوات.
"""


def titles(article):
    return [section.title for section in article.sections]


def test_headline_is_the_title_line_after_the_masthead():
    assert parse_plain(PAGE).headline == "الحكومة تطلق خطة وطنية للطاقة الشمسية.. تفاصيل المرحلة الأولى"


def test_byline_names_the_author():
    assert parse_plain(PAGE).byline == "ليلى حسن"


def test_site_name_comes_from_the_masthead():
    assert parse_plain(PAGE).site == "موقع الخبر"  # "Site | Section": "أخبار عربية" names a section, no outlet


def test_lead_then_one_section_per_sub_heading():
    assert titles(parse_plain(PAGE)) == [None, "تمويل الخطة", "مواعيد التنفيذ"]


def test_page_furniture_is_reported_with_reasons():
    dropped = reasons(parse_plain(PAGE))
    assert dropped["موقع الخبر | أخبار عربية"] == "site name"
    assert dropped["شارك: فيسبوك تويتر واتساب"] == "share widget"
    assert dropped["post-title"] == "template token"
    assert dropped["ألواح شمسية في منطقة صحراوية - أرشيفية"] == "image caption"
    assert dropped["موقع الخبر - ليلى حسن"] == "byline"
    assert dropped["القاهرة -"] == "dateline"
    assert dropped["إعلان"] == "advertisement"


def test_read_also_block_drops_the_related_headlines_but_not_the_next_sub_heading():
    article = parse_plain(PAGE)
    dropped = reasons(article)
    assert dropped["ارتفاع أسعار الوقود في الأسواق المحلية للمرة الثالثة"] == "read also"
    assert dropped["البنك المركزي يثبت أسعار الفائدة"] == "read also"
    assert "تمويل الخطة" in titles(article)


def test_headline_repeated_in_the_body_is_dropped():
    article = parse_plain(PAGE)
    assert [d.reason for d in article.dropped].count("repeated headline") == 1
    spoken = " ".join(p for s in article.sections for p in s.paragraphs)
    assert "تفاصيل المرحلة الأولى" not in spoken


def test_dateline_is_cut_from_the_lead():
    assert parse_plain(PAGE).sections[0].paragraphs[0].startswith("أعلنت الحكومة اليوم")


def test_short_line_right_after_the_headline_is_taken_as_a_photo_caption():
    text = "عنوان الخبر عن الفيضانات\nسيارات غارقة في شارع رئيسي\nغمرت الفيضانات أحياء واسعة من المدينة بعد أمطار غزيرة استمرت يومين.\n"
    article = parse_plain(text)
    assert (article.dropped[0].text, article.dropped[0].reason) == ("سيارات غارقة في شارع رئيسي", "image caption")


def test_bullet_lines_stay_body_text_not_sub_headings():
    text = ("أسماء الفائزين بالجائزة\nأعلنت اللجنة أسماء الفائزين بالجائزة السنوية للأدب:\n"
            "- الروائي سعيد ناصر\n- الشاعرة منى خالد\n• القاص علي حمدان\n1. المترجمة هدى سالم\n"
            "وتسلم الفائزون جوائزهم في حفل أقيم مساء أمس.\n")
    article = parse_plain(text)
    assert titles(article) == [None]
    assert "- الروائي سعيد ناصر" in article.sections[0].paragraphs
    assert "1. المترجمة هدى سالم" in article.sections[0].paragraphs


def test_run_of_short_lines_is_body_text_not_headings():
    text = ("قصيدة جديدة للشاعر\nنشر الشاعر قصيدته الجديدة في مجلة أدبية معروفة.\n"
            "يا ليل الصب\nمتى غده\nأقيام الساعة موعده\nوقال النقاد إن القصيدة تستعيد نصا قديما.\n")
    assert titles(parse_plain(text)) == [None]


def test_page_without_a_title_line_uses_the_first_sentence_and_says_so():
    text = ("أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات. "
            "وقال الوزير إن الخطة تشمل محطات كبيرة.\nوأوضح أن التمويل سيأتي من القطاع الخاص.\n")
    article = parse_plain(text)
    assert article.headline_from_body
    assert article.headline.startswith("أعلنت الحكومة اليوم") and article.headline.endswith("عشر سنوات.")
    assert article.sections[0].paragraphs[0] == "وقال الوزير إن الخطة تشمل محطات كبيرة."


def test_one_sentence_article_without_a_title_is_read_whole_without_a_headline():
    sentence = ("أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات، "
                "في ظل ارتفاع الطلب على الكهرباء في الصيف.")
    article = parse_article(sentence + "\n\n\n", fmt="text")
    assert article.headline is None and not article.headline_from_body
    assert [p for s in article.sections for p in s.paragraphs] == [sentence]


def test_title_line_is_found_below_a_date_and_navigation():
    text = ("الرئيسية > أخبار > اقتصاد\nالأحد، 12 مايو 2024\nالبورصة تغلق على ارتفاع\n"
            "أغلقت البورصة جلسة اليوم على ارتفاع بدعم من أسهم البنوك.\n")
    article = parse_plain(text)
    assert article.headline == "البورصة تغلق على ارتفاع"
    assert not article.headline_from_body


def test_body_sentence_mentioning_twitter_stays():
    text = ("المنصات تغير متابعة الأخبار\nقال الباحث إن تويتر غيّر طريقة متابعة الأخبار في العالم العربي.\n"
            "تويتر\nوأضاف أن فيسبوك ما زال الأوسع انتشارا.\n")
    article = parse_plain(text)
    spoken = [p for s in article.sections for p in s.paragraphs]
    assert "قال الباحث إن تويتر غيّر طريقة متابعة الأخبار في العالم العربي." in spoken
    assert reasons(article)["تويتر"] == "share widget"


@pytest.fixture
def seed_article():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED}")
    return parse_plain(SEED.read_text(encoding="utf-8"))


def test_seed_headline(seed_article):
    assert seed_article.headline == "تحالف المال والتكنولوجيا.. ترامب يدرس تعيين \"ماسك\" مستشارا بالبيت الأبيض"


def test_seed_byline(seed_article):
    assert "سامح جريس" in seed_article.byline


def test_seed_sections(seed_article):
    assert titles(seed_article) == [None, "تحالف جديد", "مراقبة الانتخابات", "تحالف ترامب وماسك", "تبادل المصالح"]
    assert seed_article.sections[0].paragraphs


def test_seed_page_chrome_is_dropped_not_spoken(seed_article):
    assert {d.reason for d in seed_article.dropped} >= {"site name", "share widget", "template token",
                                                        "image caption", "byline"}
    spoken = " ".join(p for s in seed_article.sections for p in s.paragraphs)
    for chrome in ("مشاركة", "post-title", "أرشيفية", "الموقع الرسمي"):
        assert chrome not in spoken


def test_category_label_above_the_headline_is_dropped():
    article = parse_plain("رياضة\nالأهلي يتوج بلقب الدوري\nحسم الأهلي لقب الدوري بفوزه في المباراة الأخيرة.\n")
    assert article.headline == "الأهلي يتوج بلقب الدوري"
    assert (article.dropped[0].text, article.dropped[0].reason) == ("رياضة", "section label")


def test_byline_with_a_writing_verb_names_the_author_not_a_site():
    article = parse_plain("عنوان الخبر هنا\nكتب - أحمد سمير\nحسم الأهلي لقب الدوري بفوزه في المباراة الأخيرة.\n")
    assert (article.byline, article.site) == ("أحمد سمير", None)


def test_agency_byline_names_the_site_when_there_is_no_masthead():
    article = parse_plain("عنوان الخبر هنا\nوكالة الأنباء - سارة علي\nحسم الأهلي لقب الدوري بفوزه في المباراة الأخيرة.\n")
    assert (article.byline, article.site) == ("سارة علي", "وكالة الأنباء")


def test_first_line_ending_in_a_colon_is_not_a_headline():
    article = parse_plain("وجاء في بيان الوزارة ما يلي:\nإن الامتحانات ستبدأ في موعدها المحدد الشهر المقبل.\n")
    assert article.headline_from_body


def test_byline_glued_to_the_lead_goes_into_the_byline():
    article = parse_plain("عنوان الخبر هنا\nكتب: محمد علي - أعلنت الحكومة اليوم خطة جديدة للنقل العام.\n")
    assert article.byline == "محمد علي"
    assert article.sections[0].paragraphs == ("أعلنت الحكومة اليوم خطة جديدة للنقل العام.",)


def test_sub_heading_after_an_inline_read_also_link_is_kept():
    text = ("خطة جديدة للنقل العام في العاصمة\nأعلنت الحكومة اليوم خطة جديدة للنقل العام في العاصمة.\n"
            "اقرأ أيضاً | الزمالك يعلن رحيل مدربه بعد نهاية الموسم\nتمويل الخطة\n"
            "وقال الوزير إن التمويل سيأتي من الموازنة العامة.\n")
    article = parse_plain(text)
    assert titles(article) == [None, "تمويل الخطة"]
    assert reasons(article)["اقرأ أيضاً | الزمالك يعلن رحيل مدربه بعد نهاية الموسم"] == "read also"


def test_byline_with_bawasita_names_the_author():
    article = parse_plain("عنوان الخبر هنا\nبواسطة: ريم العلي\nحذرت هيئة الأرصاد من موجة حر شديدة الأسبوع المقبل.\n")
    assert article.byline == "ريم العلي"


def test_known_site_name_above_the_headline_is_dropped():
    article = parse_plain("الجزيرة نت\nعنوان الخبر هنا\nأعلنت الحكومة اليوم خطة جديدة للنقل العام.\n")
    assert (article.headline, article.site) == ("عنوان الخبر هنا", "الجزيرة نت")
    assert (article.dropped[0].text, article.dropped[0].reason) == ("الجزيرة نت", "site name")


def test_follow_us_glued_to_the_last_paragraph_is_cut_and_reported():
    article = parse_plain("عنوان الخبر هنا\nأعلنت الحكومة اليوم خطة جديدة للنقل العام. تابع موقعنا على:\n")
    assert article.sections[0].paragraphs == ("أعلنت الحكومة اليوم خطة جديدة للنقل العام.",)
    assert (article.dropped[0].text, article.dropped[0].reason) == ("تابع موقعنا على:", "follow us")


def test_text_opening_with_a_numbered_heading_and_no_title_keeps_the_reading_order():
    # Found by the property test: the first sentence under the heading stood in as headline, before it.
    text = "1. الحكومة\n" + " ".join(["الحكومة"] * 11) + "\n1. الحكومة\nالحكومة ..\n"
    assert account(text, parse_plain(text)).ok


def test_a_short_line_ending_in_a_colon_between_paragraphs_is_a_sub_heading():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    after = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية."
    for line, title in (("مراحل الخطة:", "مراحل الخطة:"), ("وقال الوزير في بيان:", None), ("وأضاف:", None)):
        article = parse_plain(f"الحكومة تطلق خطة للطاقة الشمسية\n{lead}\n{line}\n{after}\n")
        assert [section.title for section in article.sections][1:2] == ([title] if title else [])
        assert article.sections[-1].paragraphs[-1] == after  # a label between paragraphs does not cut the article


@pytest.mark.parametrize("heading", ["فوز صعب للفريق الأول على منافسه بهدف واحد", "الرئيس يعقد اجتماعا مطولا مع والي"])
def test_a_sub_heading_ending_on_a_word_that_only_looks_joined_to_a_particle_heads_its_part(heading):
    # "واحد" (one), "والي" (governor) read as و joined to احد / الي, words that need what follows; they are words of
    # their own and end a sub-heading: it is not joined to the paragraph under it as a line broken off mid-phrase.
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, heading, THIRD]) + "\n")
    assert titles(article) == [None, heading]
    assert article.sections[-1].paragraphs == (THIRD,)


def test_the_first_sub_heading_right_under_a_headline_that_opens_the_article_is_no_caption():
    # A long title line the body finder takes into the article's run; right under it, the article's first sub-heading,
    # written like the two further down: it heads the lead. Without such siblings it is a photo's caption, dropped.
    head = "انفراجة في ملف المياه: البلدية تعلن البدء بتشغيل محطة التحلية تدريجيا بدءا من مساء اليوم"
    first = "نتائج فحص المحطة"
    article = parse_plain("\n".join(["البلدية", "البلدية", head, first, LEAD, SUBHEAD, SECOND, "كلفة المشروع", THIRD])
                          + "\n")
    assert article.headline == head
    assert titles(article) == [first, SUBHEAD, "كلفة المشروع"]
    article = parse_plain("\n".join(["البلدية", "البلدية", head, first, LEAD, SECOND, SUBHEAD, THIRD]) + "\n")
    assert titles(article) == [None, SUBHEAD]
    assert (first, "image caption") in [(item.text, item.reason) for item in article.dropped]


def test_two_colon_labels_one_over_the_other_head_a_part_and_its_first_sub_part():
    north = "تبني الخطة في المنطقة الشمالية محطة بطاقة مئة ميغاواط في الوادي وخط نقل جديدا إلى المدينة."
    lines = [TITLE, LEAD, SECOND, "مشاريع الخطة:", "المنطقة الشمالية:", north, "المنطقة الجنوبية:", THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None, "مشاريع الخطة:", "المنطقة الشمالية:", "المنطقة الجنوبية:"]
    assert article.sections[2].paragraphs == (north,)


def test_colon_labels_over_a_list_lead_into_it():
    """A label closed by a colon right over a list's first item leads into the list and heads no part (the annotation
    guide's lead-in line; on s14's unseen pages every such label, 8 of 8, is body), one over another label too."""
    north = ["- محطة بطاقة مئة ميغاواط في الوادي", "- خط نقل جديد إلى المدينة"]
    south = ["- محطتان صغيرتان قرب الساحل", "- شبكة توزيع للقرى البعيدة"]
    lines = [TITLE, LEAD, SECOND, "مشاريع الخطة:", "المنطقة الشمالية:", *north, "المنطقة الجنوبية:", *south, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None]
    assert all(line in article.sections[0].paragraphs for line in [*north, *south])


def test_a_numbered_sub_heading_over_its_first_sub_parts_title_heads_a_part_too():
    part, sub = "1. محطات الساحل الجديدة", "محطة الميناء القديم – أول محطة تعمل بالطاقة الشمسية"
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, part, sub, THIRD]) + "\n")
    assert titles(article) == [None, part, sub]
    # Over a list's short lines it is no part's title: the marked line is a list's first item.
    items = ["1. محطة الميناء", "محطة الوادي", "محطة الجبل"]
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, *items, THIRD]) + "\n")
    assert items[0] not in titles(article)


def test_the_first_part_announced_as_follows_heads_its_part_when_a_paragraph_stands_under_it():
    announce = "وتضم قائمة المحطات المقرر افتتاحها هذا العام عددا من المشاريع الكبرى نعرضها من خلال ما يلي:"
    first = ("تقع المحطة الأولى قرب الميناء القديم، وتبلغ طاقتها مئة ألف متر مكعب يوميا، ويبدأ تشغيلها التجريبي في "
             "الربيع المقبل بعد اكتمال الفحوص.")
    second = ("أما محطة الوادي فتعمل بالطاقة الشمسية بالكامل، وتغطي حاجة القرى البعيدة عن الشبكة العامة، ويتوقع أن "
              "تفتتح مع نهاية الصيف المقبل.")
    article = parse_plain("\n".join([TITLE, LEAD, announce, "محطة الميناء", first, "محطة الوادي", second]) + "\n")
    assert titles(article) == [None, "محطة الميناء", "محطة الوادي"]
    # What a statement announces is the statement: its first line heads nothing.
    article = parse_plain("\n".join([TITLE, LEAD, "وجاء نص البيان كالتالي:", "بسم الله الرحمن الرحيم", first, SECOND])
                          + "\n")
    assert titles(article) == [None]


def test_a_colon_line_built_as_a_sentence_leads_into_its_list_and_heads_no_part():
    items = ["- سلمى يوسف (المركز الأول)", "- كريم نادر (المركز الثاني)", "- هالة سمير (المركز الثالث)"]
    for line in ("أسماء الفائزين كما أعلنتها لجنة التحكيم:", "أسماء الفائزين:"):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, line, *items, THIRD]) + "\n")
        assert titles(article) == [None], line
        assert items[-1] in [p for s in article.sections for p in s.paragraphs]


def test_the_article_goes_on_right_under_a_read_also_link_with_its_title():
    # "اقرأ أيضًا.. <title>" is one link: what follows is the article's again, even a line without a full stop.
    goes_on = "وأضاف الوزير أن العمل في المحطة يسير وفق الجدول المعلن"
    text = ("محطة جديدة لتحلية المياه في مدينة الساحل\nافتتحت البلدية اليوم محطة جديدة لتحلية مياه البحر في المدينة.\n"
            "اقرأ أيضًا.. البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي\n"
            f"{goes_on}\nوقال رئيس البلدية إن المحطة تعمل بالطاقة الشمسية جزئيا.\n")
    article = parse_plain(text)
    assert goes_on in [p for section in article.sections for p in section.paragraphs]
    assert [item.reason for item in article.dropped] == ["read also"]


def test_a_page_of_one_cut_line_is_read_not_refused():
    # A lead cut short reads like a long title; with nothing under it, it is the text to read.
    line = ("قررت لجنة المياه في بلدية مدينة الساحل خفض سعر المتر المكعب بنسبة 2%، لتعود سياسة الدعم بعد قرار "
            "تثبيت الأسعار ف")
    article = parse_plain(line + "\n")
    assert [p for section in article.sections for p in section.paragraphs] == [line]


def test_a_label_ending_in_a_colon_leads_into_a_list_or_heads_a_paragraph_after_one():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    items = ["- في الساحل: تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة.",
             "- في الجبل: تنتظر البلدية موافقة الوزارة على موقع المحطة الثانية."]
    after = "تقول الوزارة إن كلفة الخطة كلها تبلغ نحو ملياري دولار على عشر سنوات."
    for label in ("ردود الأفعال:", "التحديات:"):
        article = parse_plain("\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, label, *items, label, after]) + "\n")
        assert [section.title for section in article.sections] == [None, label]
    # A sentence announcing the list is no label, with short vowels on its last word too.
    for announcing in ("يجب مراعاة الآتي:", "يجب مراعاة الآتيَ:"):
        article = parse_plain("\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, announcing, *items]) + "\n")
        assert [section.title for section in article.sections] == [None]


def test_sub_headings_marked_like_list_items_head_their_parts():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    first = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية."
    second = "تقول الوزارة إن كلفة الخطة كلها تبلغ نحو ملياري دولار على عشر سنوات."
    items = ["- محطة في الساحل بطاقة مئتي ميغاواط", "- محطة في الجبل بطاقة مئة ميغاواط"]
    for mark in ("• ", "▪ ", "- "):
        text = "\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, f"{mark}مراحل الخطة", first, f"{mark}كلفة الخطة",
                          second]) + "\n"
        assert titles(parse_plain(text)) == [None, f"{mark}مراحل الخطة", f"{mark}كلفة الخطة"]
    # Numbered, a question among them, and a list marked otherwise right under one.
    text = "\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, "1. ما مراحل الخطة؟", first, *items,
                      "2. كلفة الخطة", second]) + "\n"
    assert titles(parse_plain(text)) == [None, "1. ما مراحل الخطة؟", "2. كلفة الخطة"]
    # Marked lines side by side, or mixed marks in a row, are a list; by the rules alone, so is one marked line
    # alone under a line announcing it or over a short line (a list of one item).
    for above, middle in (([lead], ["• مراحل الخطة", "- كلفة الخطة", "• موعد الخطة", first]),
                          ([lead, "وتشمل الخطة:"], ["• مراحل الخطة", first]),
                          ([lead], ["• مراحل الخطة", "محطات الصحراء الغربية", first])):
        with use_model(None):
            article = parse_plain("\n".join(["الحكومة تطلق خطة للطاقة الشمسية", *above, *middle, second]) + "\n")
        assert "• مراحل الخطة" not in titles(article), middle
    # One marked line alone between a finished paragraph and a paragraph heads the part under it, even the only one
    # the page shows (a list article's first item, a page cut short after it).
    for mark in ("• ", "1. "):
        with use_model(None):
            article = parse_plain("\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, f"{mark}مراحل الخطة", first,
                                              second]) + "\n")
        assert titles(article) == [None, f"{mark}مراحل الخطة"]
        cut = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات في الصحراء الغ"
        article = parse_plain("\n".join(["الحكومة تطلق خطة للطاقة الشمسية", lead, second, f"{mark}مراحل الخطة", cut])
                              + "\n")
        assert titles(article) == [None, f"{mark}مراحل الخطة"] and article.sections[-1].paragraphs == (cut,)


def test_a_highlighted_fact_marked_alone_between_paragraphs_heads_no_part():
    # A bullet alone between paragraphs names a part when shaped as a name; a fact (a number, a sentence) is body.
    for fact in ("• المحطة تنتج مئة ألف متر مكعب يوميا", "• المحطة تنتج 100 ألف متر", "• قال الوزير إن المحطة جاهزة"):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, fact, THIRD]) + "\n")
        assert titles(article) == [None], fact


def test_a_label_above_the_article_written_like_its_own_sub_headings_is_its_first_sub_heading():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    after = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية."
    last = "وتقول الوزارة إن الخطة ستوفر آلاف الوظائف للشباب في المناطق البعيدة عن المدن الكبرى."
    title = "الحكومة تطلق خطة للطاقة الشمسية"
    # The article writes its sub-headings as a pattern (two, each over a paragraph): the label above is the first.
    article = parse_plain("\n".join([title, "الخطة:", lead, "التمويل:", after, "الوظائف:", last]) + "\n")
    assert titles(article) == ["الخطة:", "التمويل:", "الوظائف:"]
    # Without a sibling written the same way it is a label of the page, dropped before the article.
    article = parse_plain("\n".join([title, "الخطة:", lead, "التمويل", after]) + "\n")
    assert "الخطة:" not in titles(article) and "الخطة:" in [item.text for item in article.dropped]


def test_a_page_without_a_title_line_opening_with_its_first_sub_heading_keeps_it_as_a_sub_heading():
    # No title line: the page opens with a sub-heading written like its two siblings further down. It heads its part,
    # never the headline itself; no first sentence stands in either (it would be read before its sub-heading).
    lead = "تشغل البلدية منذ الربيع محطة صغيرة لتحلية المياه قرب الميناء القديم. وتغطي المحطة حاجة ثلاثة أحياء."
    after = "بلغت كلفة التوسعة المقترحة نحو عشرين مليون دولار تتقاسمها البلدية مع صندوق إقليمي للتنمية."
    last = "يتوقع المجلس البلدي أن تنخفض ساعات انقطاع المياه إلى النصف مع نهاية الصيف المقبل."
    first, second, third = "نظرة عامة", "كلفة التوسعة", "الأثر على الأحياء"
    text = "\n\n".join([first, lead, second, after, third, last]) + "\n"
    article = parse_plain(text)
    assert article.headline is None and not article.headline_from_body
    assert titles(article) == [first, second, third]
    assert article.sections[0].paragraphs == (lead,)
    assert account(text, article).ok
    # A page with a title line keeps it, and the sub-heading under it heads the lead as before.
    article = parse_plain("البلدية توسع محطة التحلية\n\n" + text)
    assert article.headline == "البلدية توسع محطة التحلية"
    assert titles(article) == [first, second, third]


@pytest.mark.parametrize("piece", ["وأعلنت", "فأغلقت", "وشرحوا", "من قبل", "قبل"])
def test_a_paragraphs_first_words_set_apart_head_no_part_and_begin_the_line_under_them(piece):
    # A page writing a paragraph's first word on a line of its own: a verb joined to و or ف, or function words alone,
    # name no part; they are read with the line they begin, between paragraphs or above the article.
    rest = "المهندسون تفاصيل المشروع للسكان في لقاء مفتوح أمس بحضور رئيس البلدية وعدد من الأعضاء."
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, piece, rest]) + "\n")
    assert titles(article) == [None]
    assert article.sections[0].paragraphs[-1] == f"{piece} {rest}"
    article = parse_plain("\n".join([piece, rest, SECOND, THIRD]) + "\n")  # no title line: the lead's first words
    assert titles(article) == [None] and article.headline_from_body
    assert article.headline.startswith(f"{piece} {rest.split()[0]}")
    assert piece not in [item.text for item in article.dropped]
    # The page cut right after it, in an article with a sub-heading of its own: a real sub-heading there heads the
    # cut part ("ضوابط التجوال"); the piece does not.
    cut = "السلطات المحلية حظر التجوال وأغلقت المدا"
    for line, expected in ((piece, [None, SUBHEAD]), ("ضوابط التجوال", [None, SUBHEAD, "ضوابط التجوال"])):
        article = parse_plain("\n".join([TITLE, LEAD, SUBHEAD, SECOND, line, cut]) + "\n")
        assert titles(article) == expected, line


@pytest.mark.parametrize("line", ["ومع أن المحطة من أكبر المشاريع التي نفذتها", "وفي هذا الإطار، فإن البلدية"])
def test_a_line_opening_with_waw_or_fa_joined_to_a_particle_goes_on_and_heads_no_part(line):
    # و or ف joined to a word that needs what follows ("ومع", "وفي"): a sentence going on, cut across lines, even where
    # the line model is sure it is a title.
    sure = toy_model(furniture={}, title={"inside*short*unended": 9.0},
                     thresholds={"furniture": 1.01, "title": 0.55, "veto": 1.01})
    for model in (None, sure):
        with use_model(model):
            article = parse_plain("\n".join([TITLE, LEAD, SECOND, line, THIRD]) + "\n")
        assert titles(article) == [None], model


@pytest.mark.parametrize("heading", ["واشنطن", "فيتنام", "ماذا بعد؟", "فعاليات", "وثائقيات", "فارس الخوري",
                                     "وادي النيل"])
def test_a_one_word_sub_heading_that_merely_begins_like_a_word_going_on_heads_its_part(heading):
    # A name or a noun that begins with و or ف ("واشنطن", "فارس الخوري", "وادي النيل"), a noun's plural ("فعاليات") or a
    # short question is no word set apart, nor a sentence going on: it heads its part ("وانطلقت ..." goes on).
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, heading, THIRD]) + "\n")
    assert titles(article) == [None, heading]


@pytest.mark.parametrize("heading", ["الحكومة تقول", "ماذا قال", "الوزير أضاف"])
def test_a_sub_heading_stopping_on_a_verb_of_speech_or_a_preposition_is_not_joined_to_its_paragraph(heading):
    # A short heading-shaped line over a whole paragraph heads it; a piece broken from a paragraph is long, or goes on.
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, heading, THIRD]) + "\n")
    assert titles(article) == [None, heading] and article.sections[-1].paragraphs == (THIRD,)


@pytest.mark.parametrize("label", ["عاجل:", "حصري:", "بالصور:", "ملخص المقال:", "الرياض:"])
def test_a_kicker_or_dateline_above_the_article_is_no_sub_heading_for_one_colon_sibling(label):
    # Kickers, widgets and datelines are colon labels too; one colon sub-heading of the article (a Q&A's, a
    # closing "الخلاصة:") is no pattern that makes the label above its first.
    article = parse_plain("\n".join([*MENU, TITLE, label, LEAD, SECOND, "التشغيل:", THIRD]) + "\n")
    assert label not in titles(article) and label in [item.text for item in article.dropped]
    assert titles(article) == [None, "التشغيل:"]


def test_a_short_exclamation_between_paragraphs_heads_its_part():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    after = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية."
    with use_model(None):  # the rules alone
        for line, title in (("مفاجأة في كلفة الخطة!", "مفاجأة في كلفة الخطة!"), ("وهناك تأخير واضح..!", None),
                            ("الخطة محمية !!", None), ("كفى!", None), ("1. مفاجأة!", "1. مفاجأة!")):
            article = parse_plain(f"الحكومة تطلق خطة للطاقة الشمسية\n{lead}\n{line}\n{after}\n")
            assert titles(article) == [None] + ([title] if title else []), line
    # One word exclaimed alone is an interjection; numbered, it heads its part by its number (review s9 M2).
    article = parse_plain("\n".join([*MENU, TITLE, LEAD, SECOND, "1. مفاجأة!", THIRD, SECOND]) + "\n")
    assert "1. مفاجأة!" in titles(article)


def test_a_short_heading_closed_by_a_full_stop_between_long_paragraphs_heads_its_part():
    lead = ("أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات، في أكبر مشروع من "
            "نوعه تعرفه البلاد منذ عقود.")
    after = ("تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية، وتليها مرحلتان في الشمال "
             "والجنوب حتى نهاية العقد.")
    last = ("وتقول الوزارة إن الخطة ستوفر آلاف الوظائف للشباب في المناطق البعيدة عن المدن الكبرى، وإنها ستخفض فاتورة "
            "الكهرباء على الأسر.")
    sibling = "الوظائف والأسعار."  # the site closes its headings so: two of them in the article
    with use_model(None):  # the rules alone
        for line, title in (("مراحل الخطة.", "مراحل الخطة."), ("كلفة الخطة وتمويلها.", "كلفة الخطة وتمويلها."),
                            ("وهو ما نفته الوزارة.", None), ("وقال إن الخطة بدأت.", None), ("انتهى.", None)):
            article = parse_plain(f"الحكومة تطلق خطة للطاقة الشمسية\n{lead}\n{line}\n{after}\n{sibling}\n{last}\n")
            assert titles(article) == ([None, title, sibling] if title else [None]), line
        # One short sentence alone between long paragraphs is a paragraph of its own.
        for line in ("مراحل الخطة.", "الوضع هادئ في الوادي.", "المياه عادت إلى الأحياء.", "انتهى الاجتماع دون نتائج."):
            article = parse_plain(f"الحكومة تطلق خطة للطاقة الشمسية\n{lead}\n{line}\n{after}\n{last}\n")
            assert titles(article) == [None], line
        # Between short paragraphs it is one more of them.
        article = parse_plain("الحكومة تطلق خطة للطاقة الشمسية\nبدأت الخطة اليوم.\nمراحل الخطة.\nتبدأ في الصيف.\n")
        assert titles(article) == [None]


def test_a_sub_heading_may_end_on_a_name_in_quotes():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    after = "تبدأ المرحلة الأولى في الصيف المقبل بثلاث محطات كبيرة في الصحراء الغربية."
    with use_model(None):  # the rules alone
        for line, title in (("مشروع «الشمس الساطعة»", "مشروع «الشمس الساطعة»"), ("قصة مسلسل “الساحل”", "قصة مسلسل “الساحل”"),
                            ("«لن نتراجع عن الخطة»", None), ("وقال الوزير: «لن نتراجع»", None)):
            article = parse_plain(f"الحكومة تطلق خطة للطاقة الشمسية\n{lead}\n{line}\n{after}\n")
            assert titles(article) == [None] + ([title] if title else [])


def test_a_line_saying_as_follows_or_going_on_heads_no_part_even_when_the_line_model_calls_it_a_title():
    lead = "أعلنت الحكومة اليوم إطلاق خطة وطنية لإنتاج الكهرباء من الطاقة الشمسية خلال عشر سنوات."
    item = "1. الالتزام بمواعيد التشغيل المعلنة. 2. إبلاغ البلدية عن أي عطل في الشبكة خلال يوم واحد."
    # Nor does a line going on from the paragraph before, a speech's opening ("وأضاف:").
    for line, title in (("يجب مراعاة الآتي:", None), ("وجاءت المراحل كالتالي:", None), ("وأضاف:", None),
                        ("وتابع قائلا:", None), ("التحديات:", "التحديات:")):
        sections = build_sections([Block(lead), Block(line, title=True), Block(item[3:])])
        assert [section.title for section in sections] == [None] + ([title] if title else [])


def test_the_first_piece_of_a_lead_broken_apart_right_under_the_title_is_read_with_the_lead():
    # The page breaks its paragraphs over lines (two of the article's lines stop mid-phrase, "... في", "... من"); the
    # lead's first piece is short and stops on no particle: it is read as the start of the lead's paragraph (review s8
    # L2, s9 L1), not as the article's first sub-heading, a caption under the title, or a paragraph of its own.
    first = "افتتحت بلدية الساحل"
    pieces = [first, "صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب في",
              "إطار خطة تمتد على عدة سنوات لإنهاء انقطاع المياه في الصيف."]
    broken = ["وقال رئيس البلدية إن المحطة تعمل بالطاقة الشمسية في النهار وتأخذ ما تحتاجه ليلا من",
              "الشبكة العامة، وإن كلفتها بلغت نحو ثلاثين مليون دولار."]
    for middle in ([], ["مراحل التشغيل", THIRD, "كلفة المشروع", SECOND]):
        article = parse_plain("\n".join([TITLE, *pieces, *broken, *middle, THIRD]) + "\n")
        assert article.headline == TITLE
        assert article.sections[0].title is None, middle
        assert article.sections[0].paragraphs[0].startswith(first + " صباح"), middle
        assert first not in [item.text for item in article.dropped]
    # A short caption under the title over a whole lead is still dropped as before.
    article = parse_plain("\n".join([TITLE, "رئيس البلدية خلال الافتتاح", LEAD, SECOND, THIRD]) + "\n")
    assert article.sections[0].paragraphs[0] == LEAD


def _spoken(article) -> str:
    return " | ".join(text for section in article.sections for text in (section.title or "", *section.paragraphs))


def test_furniture_under_the_title_over_a_lead_stopping_mid_phrase_once_is_not_read_with_it():
    # Review s9 H1: a lead whose first line ends on "في" (its own wording, or a link breaking it once) is no page
    # broken apart: the credit, the counter, the category or the caption under the title stays dropped; and never
    # what the preamble drops by its shape, even on a page broken apart.
    lead = ["افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر بطاقة تبلغ مئة ألف متر مكعب في",
            "إطار خطة تمتد على عدة سنوات لإنهاء انقطاع المياه في الصيف."]
    broken = ["وقال رئيس البلدية إن المحطة تعمل بالطاقة الشمسية في النهار وتأخذ ما تحتاجه ليلا من",
              "الشبكة العامة، وإن كلفتها بلغت نحو ثلاثين مليون دولار."]
    for under in ("تصوير أحمد سالم", "0 تعليق", "محليات", "أحمد سالم", "رئيس البلدية خلال جولته في المحطة"):
        article = parse_plain("\n".join([*MENU, TITLE, under, *lead, SECOND, THIRD]) + "\n")
        assert article.headline == TITLE
        assert under not in _spoken(article), under
        assert article.sections[0].paragraphs[0].startswith(lead[0]), under
    # On a page broken apart, the line above a lead opening a sentence of its own ("افتتحت ...") is no piece of it
    # (review s9 M6).
    for under in ("0 تعليق", "محليات", "تصوير أحمد سالم", "أحمد سالم", "رئيس البلدية خلال جولته في المحطة"):
        article = parse_plain("\n".join([*MENU, TITLE, under, *lead, *broken, THIRD]) + "\n")
        assert under not in _spoken(article), under


def test_a_long_question_the_line_model_is_sure_of_still_heads_its_part_by_the_rules():
    # The model's "surely a sub-heading" reads short lines (ten words at most); a longer question it is sure of is
    # left to the rules, which take a question of up to sixteen words between two long paragraphs.
    question = "ما الذي سيتغير في فاتورة المياه بعد تشغيل المحطة الجديدة في مدينة الساحل ؟"
    before = Block(LEAD + " " + SECOND)
    after = Block(THIRD + " " + SECOND)
    for title in (True, None):
        sections = build_sections([before, Block(question, title=title), after])
        assert [section.title for section in sections] == [None, question], title
    # A model's "surely not" still vetoes it.
    assert [section.title for section in build_sections([before, Block(question, title=False), after])] == [None]


def test_a_line_announcing_a_list_with_a_colon_is_no_sub_heading_even_when_the_model_is_sure():
    # "وضمت المحطة:" opens as a sentence going on (و joined to a verb) and announces the list under it; the
    # colon-label rule never took it, and the model's "surely a sub-heading" does not either.
    items = [Block("• الأولى وحدة لتحلية مياه البحر"), Block("• الثانية خزان كبير على التلة")]
    for line in ("وضمت المحطة:", "وتشمل الخطة:", "وأضاف المهندس:", "وجاء في البيان:", "فكانت النتائج:",
                 "وجاءت الأسماء كالتالي:"):
        sections = build_sections([Block(LEAD), Block(line, title=True), *items])
        assert [section.title for section in sections] == [None], line
    # A colon label the model is sure of still heads its part, also one whose first word is a noun or a name that
    # merely begins with و or ف (review s9 H2).
    for label in ("ردود الأفعال:", "فوائد المحطة:", "وزارة المياه:", "فريق التشغيل:", "فلسطين:"):
        sections = build_sections([Block(LEAD), Block(label, title=True), Block(SECOND)])
        assert [section.title for section in sections] == [None, label], label


def test_a_colon_sub_heading_opening_with_a_noun_in_waw_or_fa_heads_its_part():
    # Review s9 H2: "فوائد المحطة:" between paragraphs heads its part, with a sibling sub-heading or alone, as a
    # sub-heading whose first word does not begin with و or ف does.
    fourth = "وأضاف المهندس أن الشركة المنفذة ستدرب خمسين عاملا من أبناء المدينة على تشغيل المحطة وصيانتها."
    for label in ("فوائد المحطة:", "وزارة المياه:", "كلفة المشروع:"):
        for tail in ([], ["ردود الأفعال:", SECOND]):
            article = parse_plain("\n".join([*MENU, TITLE, LEAD, SECOND, label, THIRD, fourth, *tail]) + "\n")
            assert label in [section.title for section in article.sections], (label, tail)


def test_a_line_under_a_box_header_is_no_sub_heading():
    # "قصص أخرى من الساحل…" heads a box: the title under it is another story's, not the article's next part,
    # whatever the line model says of it; so is a line under a widget's notice of a few words trailing off.
    other = Block("البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي")
    under = Block("أعلنت البلدية اليوم عن مناقصة جديدة لتوسيع شبكة الصرف الصحي في أحياء الشمال خلال العام المقبل.")
    for header in ("قصص أخرى من الساحل…", "المزيد من الساحل..", "هذا المحتوى للمشتركين !!"):
        for title in (True, None):
            sections = build_sections([Block(LEAD), Block(SECOND), Block(header), replace(other, title=title), under])
            assert [section.title for section in sections] == [None], (header, title)
    # Under a paragraph, a list item or a table row, a sub-heading heads its part; also under a short paragraph
    # trailing off or exclaiming once (review s9 M5).
    for above in (SECOND, "• محطة الميناء القديم بطاقة عشرين ألف متر.", "الرحلة الثالثة: 19:30 مساء",
                  "والنتيجة معروفة..", "لكن الأمل باق…", "يا لها من مفارقة!"):
        sections = build_sections([Block(LEAD), Block(above), replace(other, title=True), under])
        assert [section.title for section in sections] == [None, other.text], above


def test_a_colon_line_stopping_on_a_particle_is_no_sub_heading_even_when_the_model_is_sure():
    # "... على:" stops mid-phrase before its colon: it announces what follows, whatever its first word.
    items = [Block("• تشغيل المحطة بنصف طاقتها في الشهر الأول."), Block("• اكتمال التشغيل قبل نهاية العام.")]
    for line in ("ونص الاتفاق الجديد على:", "وتشمل المرحلة الأولى من المشروع على:", "بنود الخطة في:"):
        sections = build_sections([Block(LEAD), Block(line, title=True), *items])
        assert [section.title for section in sections] == [None], line
    # A colon label ending on a noun still heads its part.
    sections = build_sections([Block(LEAD), Block("بنود الاتفاق:", title=True), Block(SECOND)])
    assert [section.title for section in sections] == [None, "بنود الاتفاق:"]


def test_the_first_row_of_a_list_without_marks_is_no_sub_heading_even_when_the_model_is_sure():
    # Short rows of the same shape under a paragraph (a word in common, figures aside) are a list or a table
    # written without marks: its first row heads nothing, whatever the model says of it.
    for rows in (["الصنف الأول", "الصنف الثاني", "الصنف الثالث"],
                 ["120 ألف زائر عام 2022", "150 ألف زائر عام 2023"],
                 ["اللغة الأولى مادة إلزامية", "الرياضيات مادة إلزامية", "العلوم مادة إلزامية"]):
        for title in (True, None):
            blocks = [Block(LEAD), Block(rows[0], title=title), *map(Block, rows[1:])]
            assert [section.title for section in build_sections(blocks)] == [None], (rows, title)
    # A sub-heading over a table in other words, or over a sub-heading that heads a paragraph, heads its part.
    table = [Block("نتائج الجولة الأولى", title=True), Block("الساحل - الجبل 3-0"), Block("الميناء - الوادي 1-1")]
    assert [section.title for section in build_sections([Block(LEAD), *table])] == [None, table[0].text]
    nested = [Block(LEAD), Block("موعد تشغيل المحطة الجديدة", title=True), Block("تشغيل المحطة", title=True),
              Block(THIRD)]
    assert [section.title for section in build_sections(nested)] == [None, nested[1].text, nested[2].text]


def test_a_sub_heading_repeating_one_word_of_the_short_rows_under_it_still_heads_its_part():
    # A heading names its rows' subject: it may share a word with the first row, but in another place, or without
    # the rows' figures, or not the word the rows go on sharing. Only a row's own shape makes it a row.
    for heading, rows in (("حصيلة الموسم", ["حصيلة الفريق الأول", "الفريق الثاني: ثلاثة ألقاب"]),
                          ("رسوم الكهرباء المعدلة", ["الكهرباء المنزلية 5 قروش", "الكهرباء التجارية 8 قروش"]),
                          ("جدول الرحلات اليومية", ["الرحلات الصباحية من الميناء", "الرحلات المسائية من المطار"])):
        blocks = [Block(LEAD), Block(heading, title=True), *map(Block, rows), Block(THIRD)]
        assert [section.title for section in build_sections(blocks)] == [None, heading], heading


def test_a_colon_line_ending_on_such_as_or_marked_as_the_list_around_it_is_no_sub_heading():
    # "... مثل:" stops before the examples it announces; a line marked as the list's items beside it is one of them.
    items = ["- وحدة لتحلية مياه البحر.", "- خزان كبير على التلة."]
    for line in ("أطلقت البلدية مشروعات جديدة مثل:", "برامج مفيدة مثل:"):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, line, *items, THIRD]) + "\n")
        assert titles(article) == [None], line
    ranks = ["• الجائزة الأولى: فريق الساحل عن مشروع المحطة.", "• الجائزة الثانية (مناصفة):",
             "• فريق الجبل عن مشروع الخزان.", "• فريق الوادي عن مشروع الشبكة."]
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, *ranks, THIRD]) + "\n")
    assert titles(article) == [None]
    # A colon label between paragraphs still heads its part; above a list, marked otherwise too, it leads into it.
    for label, under, heads in (("نتائج المسابقة:", [THIRD], True), ("• نتائج المسابقة:", items + [THIRD], False)):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, label, *under]) + "\n")
        assert (label in titles(article)) == heads, label


def test_a_line_naming_three_things_between_commas_is_no_sub_heading():
    # "LABEL: A، B، C" lists names: a list's row, also when the model is sure of it or the page is cut right under
    # it (where the article's cut next part would be a sub-heading and its first words).
    row = "تشكيلة الفريق: سامي، كريم، وليد، عمر"
    sections = build_sections([Block(LEAD), Block(row, title=True), Block(THIRD)])
    assert [section.title for section in sections] == [None]
    article = parse_plain("\n".join([TITLE, LEAD, SUBHEAD, SECOND, THIRD, row, "الاحتياط: ماهر"]) + "\n")
    assert titles(article) == [None, SUBHEAD]
    assert row in [p for section in article.sections for p in section.paragraphs]
    # One comma is no list ("NAME – PLACE، COUNTRY" heads a part).
    heading = "عامل مهاجر – الساحل، الجنوب"
    sections = build_sections([Block(LEAD), Block(heading, title=True), Block(THIRD)])
    assert [section.title for section in sections] == [None, heading]


def test_a_line_over_furniture_the_model_drops_heads_no_part():
    # A box's header over a line the model drops (a call to the reader, another story's link) and no paragraph under
    # it is the box's: no sub-heading, at the article's opening either; the article's own sub-heading further down
    # still heads its part.
    call = "- تابع آخر أخبار الساحل عبر تطبيقنا على الهاتف"
    box = ["عناوين قد تهمك", call, "- " + TEASERS[1]]
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, *box, SUBHEAD, THIRD]) + "\n")
    assert titles(article) == [None, SUBHEAD]
    assert reasons(article)[call].startswith("page furniture by the line model")
    opening = [TITLE, "انقطاع المياه في الساحل", call.lstrip("- "), LEAD, SECOND, SUBHEAD, THIRD, "تكلفة المحطة", SECOND]
    assert titles(parse_plain("\n".join(opening) + "\n")) == [None, SUBHEAD, "تكلفة المحطة"]
    # Over a dropped line and then the part's paragraph (a comment counter between), a sub-heading heads it (review
    # s10 M4).
    for heading in ("مراحل التشغيل", "كلفة المشروع"):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, heading, "0 تعليق", THIRD, SECOND]) + "\n")
        assert titles(article) == [None, heading], heading


def test_the_cut_pages_last_part_is_no_sub_heading_when_the_models_verdict_refuses_it():
    # The page's end taken as the article's next part cut short (a short line and the first words under it): a line
    # under a widget's notice trailing off ("... !!") is the widget's, not a sub-heading.
    tail = ["تنبيه: النسخ ممنوع !!", "أنت تحجب إعلانات الموقع", "ساعدنا بإيقاف أداة حجب الإعلانات"]
    article = parse_plain("\n".join([TITLE, LEAD, SUBHEAD, SECOND, THIRD, *tail]) + "\n")
    assert titles(article) == [None, SUBHEAD]


def test_a_line_under_the_title_the_model_reads_as_the_articles_own_is_kept():
    # Only its place marks it as a photo's caption: no rule, no cue, the line model reads it as body, a clause's words
    # and none of them another line's: kept when unsure (issue 11), under a short title (above the best run) or a long
    # one (inside it).
    long_title = "انفراجة في ملف المياه: البلدية تعلن البدء بتشغيل محطة التحلية تدريجيا بدءا من مساء اليوم"
    under = "عدد المستفيدين من المحطة سيصل إلى نصف مليون نسمة"
    for title in (TITLE, long_title):
        split = split_plain("\n".join([*MENU, title, under, LEAD, SECOND, THIRD]) + "\n")
        assert under in _spoken(split.article), title
        assert "kept though unsure" in next(line.why for line in split.lines if line.text == under)  # inspect says so
    # The lead's first words said again above it: a summary the page repeats, dropped.
    summary = "افتتحت بلدية مدينة الساحل صباح اليوم محطة جديدة لتحلية مياه البحر"
    for title in (TITLE, long_title):
        article = parse_plain("\n".join([*MENU, title, summary, LEAD, SECOND, THIRD]) + "\n")
        assert summary in [item.text for item in article.dropped], title


def test_a_lead_closed_by_a_bracket_under_the_headline_is_spoken():
    # An agency or an aside in brackets may close the lead ("... (رويترز)"): the paragraph is the article's.
    for lead in ("أعلنت الشرطة مقتل ثلاثة أشخاص في انفجار بمستودع للوقود قرب الميناء، وفتحت تحقيقا لمعرفة الأسباب."
                 " (رويترز)",
                 "افتتحت البلدية صباح اليوم حديقة عامة في الحي الشرقي. وقال رئيس البلدية إن المشروع استغرق عامين"
                 " (بتمويل من متبرعين)"):
        article = parse_plain("\n\n".join(["الرئيسية", TITLE, lead, SECOND]) + "\n")
        assert article.headline == TITLE and lead in spoken_text(article)


def test_a_line_the_model_calls_a_sub_heading_heads_its_part_when_the_paragraph_under_it_says_it_again():
    # A sub-heading names what its part says: the paragraph under it takes it up word for word. Then neither its
    # opening (و joined to a word, as a sentence going on opens) nor a page broken into a column's pieces unmakes it.
    lead = "أعلنت وزارة السياحة اليوم أرقام الموسم الماضي، وقد زاد عدد الزوار بنحو الربع عن العام الذي سبقه."
    heading = "ونجوم الموسم"  # و joined to a noun of the stop list ("وجهة" is a noun of its own: NOUNS_OF_THEIR_OWN)
    says_it = "وتبقى الفرق الكبيرة ونجوم الموسم محط أنظار الجماهير، إذ تمتلئ الملاعب بآلاف المشجعين كل أسبوع."
    says_other = "وتبقى الفرق الكبيرة محط أنظار الجماهير، إذ تمتلئ الملاعب بآلاف المشجعين كل أسبوع."
    for following, titles in ((says_it, [None, heading]), (says_other, [None])):
        sections = build_sections([Block(lead), Block(heading, title=True), Block(following)])
        assert [section.title for section in sections] == titles
    assert [s.title for s in build_sections([Block(lead), Block(heading), Block(says_it)])] == [None]
    # A page copied from a narrow column: most lines stop inside a sentence.
    company = "الشركة الوطنية للكهرباء"
    pieces = ["وأضاف الوزير أن المشروع الجديد الذي أعلن عنه",
              "تنفذه الشركة الوطنية للكهرباء بكل فروعها في المحافظات الجنوبية والشمالية معا",
              "على مدى ثلاث سنوات بكلفة تقارب مئة مليون"]
    for line, titles in ((company, [None, company]), ("مشروع الربط الجديد", [None])):
        sections = build_sections([Block(lead), Block(line, title=True), *map(Block, pieces)])
        assert [section.title for section in sections] == titles


def test_a_line_the_sentence_runs_on_through_heads_no_part():
    # و/ف joined to a verb in the past tense opens a sentence going on from the paragraph before, whatever the model
    # says of its shortness; a line the next one goes on describing ("... الفتاة “سارة”" / "التي درست ...") is a
    # sentence broken across lines. Neither heads a part; a name of a part opening with و stays one.
    lead = "أطلقت وزارة الصحة اليوم حملة وطنية للتلقيح تستمر أسبوعا كاملا وتشمل مئات الآلاف من المواطنين."
    after = "وكانت الوزارة قد أعلنت في وقت سابق أن الحملة السابقة بلغت أكثر من مئتي ألف شخص في الولايات كلها."
    goes_on = "وفتحت الحكومة عدة مراكز للتلقيح في مختلف الولايات"
    assert broken_off(goes_on) and not broken_off("وزارة الصحة تفتتح مراكز جديدة")
    # A page writing و apart ("و تساهم الفرق الشعبية") goes on from the text before as surely.
    assert broken_off("و تساهم الفرق الشعبية") and broken_off("و البهجة و السرور") and not broken_off("وحدات التلقيح")
    for line, title in ((goes_on, None), ("وحدات التلقيح المتنقلة", "وحدات التلقيح المتنقلة")):
        sections = build_sections([Block(lead), Block(line, title=True), Block(after)])
        assert [section.title for section in sections] == [None] + ([title] if title else [])
    story = "تدور الأحداث حول الفتاة الذكية “سارة”"
    for following, titles in (("التي درست الصحافة في دمشق، لكنها اضطرت إلى مغادرتها مع والدتها بعد الحرب.", [None]),
                              ("درست سارة الصحافة في دمشق، لكنها اضطرت إلى مغادرتها مع والدتها بعد الحرب.",
                               [None, story])):
        assert [section.title for section in build_sections([Block(lead), Block(story), Block(following)])] == titles


def test_a_short_title_the_lead_opens_on_after_its_verb_is_the_headline():
    # A day's prices or weather: the lead tells the title again right after its verb ("ارتفعت أسعار الذهب اليوم ..."):
    # the short line above it is the page's title, not a label naming the story's subject.
    for title, lead in (("أسعار الذهب اليوم", "ارتفعت أسعار الذهب اليوم في الأسواق المحلية بنحو عشرين جنيها للجرام، "
                                               "وسط إقبال ضعيف من المشترين بحسب شعبة الذهب."),
                        ("درجات الحرارة غدا", "سجلت درجات الحرارة غدا ارتفاعا ملحوظا على أغلب المناطق، بحسب ما "
                                               "أعلنت هيئة الأرصاد الجوية في بيانها.")):
        article = parse_plain("\n\n".join(["الرئيسية", title, lead, SECOND]) + "\n")
        assert article.headline == title and not article.headline_from_body


def spoken_text(article):
    return [text for section in article.sections for text in (section.title, *section.paragraphs) if text]


def test_a_title_under_a_ticker_over_a_lead_the_pages_end_cut_short_is_the_headline():
    # A news ticker glued onto one line opens the run; under it the article's title, and its lead, which the copied
    # excerpt cut off after 13 words (it reads as prose only a little): the lead counts as the paragraph under the
    # title.
    ticker = ("فريق النادي يفوز بكأس الدوري للمرة الثالثة على التوالي مراقبون: الأسواق تترقب قرار البنك المركزي "
              "بشأن أسعار الفائدة وزير الصحة يزور مستشفى الأطفال في العاصمة ويلتقي الأطباء ارتفاع أسعار الذهب في "
              "ختام تعاملات الأسبوع")
    title = "رئيس البلدية: المحطة الجديدة تنهي انقطاع المياه في الصيف"
    cut = "أكد رئيس البلدية أن المحطة الجديدة لتحلية مياه البحر، التي افتتحت صباح اليوم في"
    article = parse_plain("\n".join(["موقع الساحل", "الأحد 1 فبراير 2026", ticker, title, cut]) + "\n")
    assert article.headline == title and spoken_text(article) == [cut]
