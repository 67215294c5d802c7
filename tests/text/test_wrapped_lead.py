"""A page whose article opens with a lead copied with its line breaks: the first sentence runs over several lines of
one width, none ending a sentence until the last (``text.wrappedlead``). The pieces are the lead's words, never "before
the article", and no piece is taken for the title (the page has no title line: the first-sentence fallback reads
it, flagged). Look-alikes keep their roles: a title, a figurative title, a label, a photo's caption or a box of
teasers of the wrap's width above the lead, a poem's verses under its title. Synthetic pages of our own words."""

import textwrap

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


def test_a_wrapped_lead_under_the_menu_keeps_every_piece():
    pieces = _wrapped(COUNCIL_LEAD, 66)
    _the_lead_opens_the_article([*MENU, *pieces, SECOND, THIRD, *FOOTER], pieces)


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


def test_no_piece_of_a_wrapped_lead_under_a_two_line_title_is_read_as_a_sub_heading():
    lead = ("مئات المتطوعين من طلاب الجامعات والجمعيات الأهلية انتشروا منذ ساعات الصباح الأولى على طول الشواطئ "
            "الغربية، يجمعون النفايات البلاستيكية ويزرعون لافتات تدعو المصطافين إلى الحفاظ على نظافة الرمال.")
    title = ("مئات المتطوعين يشاركون في حملة واسعة لتنظيف الشواطئ في", "محافظات الساحل الغربي قبل بدء موسم الاصطياف")
    article = parse_plain(page(*MENU, *title, *_wrapped(lead, 64), SECOND, THIRD, *FOOTER))
    assert not any(section.title for section in article.sections)
    assert lead in spoken(article)
