"""A page whose article opens with a lead copied with its line breaks: the first sentence runs over several lines of
one width, none ending a sentence until the last (``text.wrappedlead``). The pieces are the lead's words, never "before
the article", and no piece is taken for the title (the page has no title line: the first-sentence fallback reads
it, flagged). Look-alikes keep their roles: a title, a figurative title, a label, a photo's caption or a box of
teasers of the wrap's width above the lead, a poem's verses under its title; and (review s20/review_wraptop.md) a
title opening with a past verb under a menu or a masthead, a verbless title over a lead opening with a club's name
shaped like an adjective ("الأهلي"), a reporter's line or a caption of the wrap's width over the lead, a deck under its
title; and (review s20/review2_wraptop.md, pages in wrapped_lead_pages/) a title on the page's first line, a caption,
credits and a site's line over the lead. Synthetic pages of our own words."""

import textwrap
from pathlib import Path

import pytest

from tests.support.article_views import decisions, page, reasons, spoken
from text.bodyfind import find_body
from text.plain import parse_plain
from text.wrappedlead import wrapped_lead

MENU = ("الرئيسية", "أخبار", "اقتصاد")
SECOND = ("وأضاف المتحدث أن الفرق الفنية ستواصل عملها خلال الأيام المقبلة حتى تعود الأمور إلى طبيعتها في جميع "
          "المناطق، داعيا السكان إلى التعاون مع الطواقم الميدانية.")
THIRD = ("من جهتهم، عبر عدد من السكان عن ارتياحهم للخطوة، لكنهم طالبوا بحلول دائمة تمنع تكرار الأزمة في الصيف "
         "المقبل، مشيرين إلى أن المعاناة تتكرر كل عام.")
FOOTER = ("شارك الخبر", "جميع الحقوق محفوظة © 2024")

COUNCIL_LEAD = ("استعرضت اللجنة المالية في اجتماعها الأسبوعي مساء أمس برئاسة نائب رئيس اللجنة سامي عبد الرحيم "
                "تقرير الفريق الفني حول مشروع توسعة محطة تحلية المياه الساحلية المبرم بين البلدية وإحدى الشركات "
                "الوطنية بقيمة 12 مليون دينار على مدى ثلاث سنوات.")
FILM_REST = ("الوثائقي رحلة الملح، عن قوافل الصحراء القديمة، في صالات المدينة بعدما نال الفيلم عددا من الجوائز "
             "والإشادات من النقاد والجمهور في جولة العرض الدولية للعمل الذي شارك مؤخرا في مهرجانات عدة في أوروبا، "
             "ومن المقرر أن يعرض في الشهر المقبل في مهرجان ثالث في العاصمة.")
"""A lead whose first piece, "يعرض الفيلم", a photo floated beside it cut short: the next piece opens with the
adjective of its last noun."""


def _wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width)


def _the_lead_opens_the_article(lines: list[str], pieces: list[str]) -> None:
    """No piece is dropped or taken for the title; the fallback reads the whole first sentence, flagged."""
    text = page(*lines)
    article = parse_plain(text)
    assert article.headline_from_body, article.headline
    assert article.headline == " ".join(pieces)
    assert not set(pieces) & set(reasons(article))
    assert all(decisions(text)[piece] not in ("headline", "before the article") for piece in pieces[1:])
    assert spoken(article)[-2:] == [SECOND, THIRD]


def test_an_untitled_page_opening_with_a_wrapped_lead_keeps_every_piece():
    pieces = _wrapped(COUNCIL_LEAD, 70)
    assert len(pieces) == 4
    _the_lead_opens_the_article([*pieces, SECOND, THIRD, *FOOTER], pieces)


def test_a_short_first_piece_whose_noun_the_next_piece_qualifies_is_the_leads():
    pieces = ["يعرض الفيلم", *_wrapped(FILM_REST, 72)]
    _the_lead_opens_the_article([*pieces, SECOND, THIRD, *FOOTER], pieces)


# Look-alikes: the same widths, but a line above the lead that is no piece of its sentence.

def test_a_title_as_wide_as_the_wrap_and_told_by_the_lead_stays_the_headline():
    title = "سكان الأحياء الشرقية يشتكون انقطاع المياه منذ أسبوع كامل"
    lead = ("عشرات الأسر في الأحياء الشرقية من المدينة تعيش منذ أسبوع كامل بلا مياه في الصنابير، بعد عطل أصاب "
            "محطة الضخ الرئيسية، في حين تقول البلدية إن الإصلاح يحتاج إلى أيام أخرى.")
    pieces = _wrapped(lead, len(title))
    article = parse_plain(page(*MENU, title, *pieces, SECOND, THIRD, *FOOTER))
    assert article.headline == title
    assert all(any(piece in text for text in spoken(article)) for piece in pieces)


def test_a_title_opening_a_page_over_a_lead_of_its_width_stays_the_headline():
    title = "اللجنة المالية تناقش تقرير توسعة محطة تحلية المياه الساحلية"
    pieces = _wrapped(COUNCIL_LEAD, len(title))
    article = parse_plain(page(title, *pieces, SECOND, THIRD, *FOOTER))
    assert article.headline == title


def test_a_title_opening_with_a_past_verb_and_told_by_the_lead_stays_the_headline():
    title = "أطلقت الحكومة منصة رقمية لتسجيل المشاريع الناشئة الصغيرة"
    lead = ("أطلقت الحكومة صباح اليوم منصة رقمية جديدة تتيح لأصحاب المشاريع الناشئة الصغيرة تسجيل شركاتهم عبر "
            "الإنترنت في أقل من يوم واحد، بدلا من أسابيع من المراجعات في المكاتب الحكومية المختلفة التي كانت تثقل "
            "كاهل الشباب.")
    article = parse_plain(page(*MENU, title, *_wrapped(lead, len(title)), SECOND, THIRD, *FOOTER))
    assert article.headline == title


def test_a_short_kicker_over_a_lead_opening_with_a_companys_name_is_not_read():
    label = "ملف الاتصالات"
    lead = ("المصرية للاتصالات بدأت اليوم تشغيل شبكة الجيل الخامس في ثلاث محافظات جديدة، ضمن خطة تمتد عامين "
            "وتشمل تركيب مئات الأبراج في المدن والقرى البعيدة عن المراكز، بحسب بيان صدر عن الشركة مساء أمس في "
            "العاصمة.")
    title = "شركة الاتصالات توسع شبكة الجيل الخامس إلى ثلاث محافظات"
    article = parse_plain(page(*MENU, title, label, *_wrapped(lead, 58), SECOND, THIRD, *FOOTER))
    assert article.headline == title
    assert not any(label in text for text in spoken(article))


def test_a_caption_as_wide_as_the_wrap_over_the_lead_is_not_read():
    title = "مؤتمر دولي يناقش مستقبل الطاقة المتجددة في المنطقة"
    caption = "لقطة من الجلسة الافتتاحية للمؤتمر بحضور عدد كبير من الخبراء أمس"
    lead = ("انطلقت صباح اليوم أعمال المؤتمر الدولي للطاقة المتجددة بمشاركة وفود من عشرين دولة، ويناقش المشاركون "
            "على مدى ثلاثة أيام سبل تمويل مشاريع الرياح والشمس وربط الشبكات بين الدول.")
    text = page(*MENU, title, "الاثنين 13 مايو 2024", caption, *_wrapped(lead, len(caption)), SECOND, THIRD,
                *FOOTER)
    assert not any(caption in unit for unit in spoken(parse_plain(text)))


def test_a_poems_verses_ending_on_commas_keep_its_title_as_the_headline():
    title = "قصيدة جديدة للشاعر في وداع المدينة القديمة"
    verses = ("يا مدينة الصبح التي نامت على كتف الجبال،", "ما زال في أزقتك القديمة عطر من مروا،",
              "وما زالت النوافذ تنتظر الذين سافروا،", "فارفعي للغيم وجهك واغسلي حزن الرمال.")
    article = parse_plain(page(*MENU, title, *verses, SECOND, THIRD, *FOOTER))
    assert article.headline == title
    assert all(any(verse in text for text in spoken(article)) for verse in verses)


def test_teasers_cut_at_the_wraps_width_under_a_label_are_no_pieces():
    teasers = ("وزير المالية يعلن حزمة إجراءات جديدة لدعم الشركات الصغيرة في",
               "ارتفاع أسعار الذهب في الأسواق المحلية مع اقتراب موسم الأعراس من",
               "البنك المركزي يبقي سعر الفائدة دون تغيير للمرة الرابعة على التوالي و")
    pieces = _wrapped(COUNCIL_LEAD, 66)
    article = parse_plain(page(*MENU, "الأكثر قراءة", *teasers, *pieces, SECOND, THIRD, *FOOTER))
    assert not any(teaser in text for teaser in teasers for text in spoken(article))


def test_a_column_of_whole_titles_of_one_width_is_no_wrapped_sentence():
    titles = ("الحكومة تطلق منصة رقمية جديدة لتسجيل المشاريع الناشئة الصغيرة",
              "المنتخب الوطني يتأهل إلى نهائي البطولة الإقليمية بعد فوز مثير",
              "ارتفاع أسعار الخضار والفواكه في الأسواق مع بداية موسم الصيف")
    lines = [*titles, "وتستمر الأسعار في الارتفاع.", SECOND, THIRD]
    body = find_body(lines)
    assert wrapped_lead(body.lines, body.start) is None


def test_a_two_line_title_over_a_wrapped_lead_is_not_joined_into_it():
    lead = ("مئات المتطوعين من طلاب الجامعات والجمعيات الأهلية انتشروا منذ ساعات الصباح الأولى على طول الشواطئ "
            "الغربية، يجمعون النفايات البلاستيكية ويزرعون لافتات تدعو المصطافين إلى الحفاظ على نظافة الرمال.")
    title = ("مئات المتطوعين يشاركون في حملة واسعة لتنظيف الشواطئ في", "محافظات الساحل الغربي قبل بدء موسم الاصطياف")
    pieces = _wrapped(lead, 64)
    article = parse_plain(page(*MENU, *title, *pieces, SECOND, THIRD, *FOOTER))
    assert pieces[0] not in article.headline and not any(title[0] in text for text in spoken(article))
    assert all(any(piece in text for text in spoken(article)) for piece in pieces)


# Review s20/review_wraptop.md: look-alikes the first version took for the lead's first piece.

NEWS_MENU = ("الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة")
NEWS_TAIL = ("وأوضح المصدر أن الجهات المعنية ستعقد اجتماعا موسعا الأسبوع المقبل لمتابعة التنفيذ ومراجعة الجداول "
             "الزمنية، مؤكدا أن أي تأخير سيعالج فورا بالتنسيق مع السلطات المحلية في كل محافظة.",
             "في المقابل، انتقد عدد من النواب ما وصفوه بغياب الشفافية في إعداد الخطة، مطالبين بعرضها على البرلمان "
             "قبل المضي في تنفيذها، ومحذرين من تكرار أخطاء التجارب السابقة التي لم تحقق أهدافها.",
             "شارك هذا المقال", "تابعونا على فيسبوك وتويتر", "© 2024 جميع الحقوق محفوظة")


def _headline_kept(*lines: str) -> None:
    """The page's title line (the first line of ``lines``) stays its headline, not the first-sentence fallback."""
    article = parse_plain(page(*NEWS_MENU, *lines, *NEWS_TAIL))
    assert article.headline == lines[0] and not article.headline_from_body


def test_a_past_verb_title_under_the_menu_over_a_lead_it_runs_into_unmarked_stays_the_headline():
    _headline_kept("وقعت الحكومة والبنك الدولي اتفاقية بقيمة 300 مليون دولار لتمويل الطرق",
                   "بموجب الاتفاق الذي جرى توقيعه صباح اليوم في مقر وزارة التخطيط، ستنفذ",
                   "خلال السنوات الخمس المقبلة مشاريع لإعادة تأهيل نحو ألفي كيلومتر من",
                   "الشبكة الريفية المتهالكة، إلى جانب إنشاء جسور جديدة في المناطق التي",
                   "تعزلها الأمطار كل شتاء عن مراكز المحافظات.")


def test_a_press_releases_past_verb_title_under_its_masthead_stays_the_headline():
    lines = ("بيان صحفي - للنشر الفوري", "وقعت الشركة الوطنية للكهرباء عقدا لإنشاء محطة طاقة شمسية جديدة",
             "بقدرة إنتاجية تصل إلى مئتي ميغاواط، ستقام المحطة على مساحة",
             "خمسة آلاف دونم في الصحراء الجنوبية، وهي الأكبر من نوعها في",
             "البلاد، على أن تدخل الخدمة خلال ثلاثين شهرا من تاريخ توقيع", "العقد مع التحالف الدولي المنفذ.",
             "وقال المدير العام للشركة إن المحطة ستغطي احتياجات نحو مئة ألف منزل، وستسهم في خفض فاتورة استيراد "
             "الوقود بنحو ستين مليون دولار سنويا.", "للاستفسارات الإعلامية: إدارة الاتصال المؤسسي", "هاتف: 065000000")
    article = parse_plain(page(*lines))
    assert article.headline == lines[1] and not article.headline_from_body


def test_a_newsletters_past_verb_title_over_a_lead_opening_with_a_preposition_stays_the_headline():
    lines = ("النشرة الأسبوعية - العدد 112", "انطلقت حملة التطعيم الوطنية ضد شلل الأطفال في جميع المحافظات",
             "بمشاركة أكثر من خمسة آلاف فريق ميداني من الأطباء والممرضين",
             "والمتطوعين، تستمر الجولة الأولى من الحملة خمسة أيام يجري",
             "خلالها التنقل بين المنازل والمدارس ومراكز الإيواء، بهدف", "الوصول إلى نحو مليوني طفل دون سن الخامسة.",
             "مخاوف من عودة المرض", "وتأتي الحملة بعد رصد حالات إصابة في دول مجاورة خلال الأشهر الماضية، ما دفع "
             "منظمة الصحة العالمية إلى التحذير من خطر انتقال العدوى عبر الحدود في ظل تراجع نسب التطعيم.",
             "دعوة الأهالي إلى التعاون", "ودعت وزارة الصحة الأهالي إلى فتح أبوابهم للفرق الميدانية، مؤكدة أن اللقاح "
             "آمن ومجاني.", "لإلغاء الاشتراك في النشرة اضغط هنا")
    article = parse_plain(page(*lines))
    assert article.headline == lines[1] and not article.headline_from_body


def test_a_verbless_title_over_a_lead_opening_with_a_clubs_name_shaped_like_an_adjective_stays_the_headline():
    _headline_kept("نتائج مثيرة وأهداف متأخرة في افتتاح الجولة الخامسة من الدوري الممتاز",
                   "الأهلي عزز صدارته لجدول الترتيب بفوز صعب على ضيفه بهدف دون رد سجله",
                   "المهاجم الشاب في الدقائق الأخيرة من اللقاء، فيما سقط حامل اللقب في",
                   "فخ التعادل السلبي أمام فريق صاعد حديثا إلى دوري الأضواء.")


@pytest.mark.parametrize("title, above, lead", [
    ("الأمن يحبط محاولة تهريب كميات كبيرة من المخدرات عبر الحدود",
     "إربد - خالد الزعبي مراسل الموقع في المحافظات الشمالية،",
     ("أحبطت الأجهزة الأمنية فجر اليوم محاولة لتهريب كميات كبيرة من",
      "المواد المخدرة عبر الحدود الشمالية، بعد اشتباك مع مجموعة",
      "مسلحة حاولت اجتياز الشريط الحدودي تحت غطاء الضباب الكثيف،", "وفق ما أفاد مصدر عسكري مسؤول.")),
    ("آلاف المتظاهرين يطالبون بإقالة الحكومة في العاصمة",
     "احتشد المحتجون أمام مقر البرلمان وهم يرفعون لافتات وأعلاما في",
     ("خرج آلاف المواطنين بعد ظهر اليوم في مسيرة حاشدة جابت الشوارع",
      "الرئيسية في وسط العاصمة، مطالبين برحيل الحكومة ومحاسبة",
      "المسؤولين عن تدهور الأوضاع المعيشية، وسط انتشار أمني كثيف على", "مداخل الساحات العامة.")),
], ids=["reporters_line_ending_on_a_comma", "caption_opening_with_a_past_verb"])
def test_a_line_at_the_wraps_width_between_title_and_lead_is_not_read(title, above, lead):
    article = parse_plain(page(*NEWS_MENU, title, above, *lead, *NEWS_TAIL))
    assert not any(above in text for text in spoken(article)) and above not in article.headline


def test_the_first_line_of_a_deck_over_a_wrapped_lead_is_still_read():
    deck = "المشروع الأول من نوعه في المحافظة يستهدف معالجة مئتي طن يوميا"
    article = parse_plain(page(*NEWS_MENU, "البلدية تطلق مشروعا لتحويل النفايات العضوية إلى سماد زراعي", deck,
                               "ويوفر عشرات فرص العمل للشباب في القرى المجاورة لمكب النفايات", "القديم",
                               "وضع رئيس البلدية صباح اليوم حجر الأساس لمحطة المعالجة في المنطقة",
                               "الصناعية الشرقية، بحضور ممثلين عن وزارة الزراعة والجهات المانحة",
                               "التي تمول المشروع بمنحة تبلغ أربعة ملايين دولار، على أن يبدأ",
                               "التشغيل التجريبي مطلع العام المقبل.", *NEWS_TAIL))
    assert deck in article.headline or any(deck in text for text in spoken(article))


# Second review (s20/review2_wraptop.md): pages copied from their title (H1: a past verb's title over a lead opening
# with a fronted phrase; M3: a short title opening with a verbal noun over a club's name), a caption and credits
# ending on a comma over the lead under a menu (M1, M2), a site's line of a dateline's shape at line 1 (M4).

PAGES = Path(__file__).parent / "wrapped_lead_pages"


def _probe(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", ["04_top_newsletter_past_verb_title", "15_top_past_verb_title_over_lead_bi",
                                  "06_top_short_title_over_nisba_club_lead"])
def test_a_title_on_the_pages_first_line_over_a_wrapped_lead_stays_the_headline(name):
    text = _probe(name)
    article = parse_plain(text)
    assert article.headline == text.splitlines()[0].strip()
    assert not article.headline_from_body


@pytest.mark.parametrize(("name", "number"), [("19_menu_nominal_caption_comma_over_lead", 9),
                                              ("10_menu_translation_credit_comma", 8),
                                              ("11_menu_from_our_correspondent_comma", 8),
                                              ("24_top_site_line_dateline_shape_w62", 1)])
def test_a_caption_a_credit_or_a_sites_line_ending_over_a_wrapped_lead_is_not_spoken(name, number):
    text = _probe(name)
    line = text.splitlines()[number - 1].strip()
    assert decisions(text)[line] != "body"
