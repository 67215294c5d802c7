"""Which line is taken as the headline where a page's shape misled the title rules (session 29): a lead's long first
line that the page broke inside its sentence is no title (the first sentence stands in, flagged), while a long title
over a short lead stays the title; the title the page says twice right above its byline is the title over a lead line
the model is unsure of, while a slogan, a ticker's item, a section's name or a teaser said twice there never wins over
a title the model is sure of. Synthetic pages of our own words."""

from text import headline
from text.bodyfind import find_body
from text.plain import parse_plain
from tests.support.article_views import page, spoken

BYLINE = "كتب : سامي الحداد"
BROKEN_LEAD = ("تمكنت فرق الدفاع المدني في مدينة الوادي من السيطرة على حريق كبير اندلع في مستودع للأخشاب قرب المنطقة "
               "الصناعية، حيث عملت الفرق طوال الليل")
"""A lead's first line of 24 words that the page broke inside its sentence: it holds a clause ("حيث") and runs on."""
BROKEN_REST = "على منع امتداد النيران إلى المصانع المجاورة دون تسجيل أي إصابات بين العمال."
"""The rest of that sentence: a finished paragraph shorter than the line above it."""
SECOND = ("وقال مدير الدفاع المدني إن أسباب الحريق ما زالت مجهولة، وإن لجنة فنية ستبدأ التحقيق صباح الغد لمعرفة "
          "ملابساته وتقدير الأضرار التي لحقت بالمستودع والبضائع المخزنة فيه.")
THIRD = ("وأضاف أن فرق الإطفاء استعانت بصهاريج المياه التابعة للبلدية، وأن حركة السير على الطريق المؤدي إلى المنطقة "
         "الصناعية ستبقى مغلقة حتى انتهاء أعمال التبريد وإزالة الركام من محيط المستودع.")
LONG_TITLE = ("الدفاع المدني في مدينة الوادي يسيطر على حريق كبير في مستودع للأخشاب قرب المنطقة الصناعية بعد ليلة طويلة "
              "من العمل المتواصل للفرق")
"""A title of 22 words, of noun phrases and one verb of the present, closed by no mark."""
LONG_LEAD = ("تمكنت فرق الدفاع المدني في مدينة الوادي فجر اليوم من السيطرة على حريق كبير اندلع مساء أمس في مستودع "
             "للأخشاب قرب المنطقة الصناعية، بعد ساعات من العمل المتواصل، دون تسجيل أي إصابات بين العمال أو فرق "
             "الإطفاء.")


def test_a_long_lead_line_broken_inside_its_sentence_is_no_title():
    # 24 words over a finished paragraph that is shorter: the lead runs on (longer ones below are its next).
    article = parse_plain(page(BYLINE, BROKEN_LEAD, BROKEN_REST, SECOND, THIRD))
    assert article.headline_from_body  # the first sentence stands in, flagged
    assert BROKEN_REST in " ".join(spoken(article))


def test_a_long_title_over_a_longer_finished_lead_stays_the_title():
    # Near miss: as long, but no clause of a sentence, and the paragraph right under it is the longer, finished lead.
    article = parse_plain(page(LONG_TITLE, LONG_LEAD, SECOND, THIRD))
    assert article.headline == LONG_TITLE and not article.headline_from_body


def test_a_long_title_over_its_date_and_a_longer_lead_stays_the_title():
    # Near miss: a date between the title and its lead is no paragraph, and is skipped.
    article = parse_plain(page(LONG_TITLE, "الأحد 12 مايو 2024", LONG_LEAD, SECOND, THIRD))
    assert article.headline == LONG_TITLE and not article.headline_from_body




def test_a_long_title_over_a_short_finished_lead_stays_the_title():
    # Near miss (review_headfall29 M1): 23 words over a 10-word lead, longer paragraphs below. The title runs on into
    # nothing: it closes no clause and the lead tells the story anew.
    article = parse_plain(page(HOSPITAL_TITLE, HOSPITAL_LEAD, HOSPITAL_SECOND, HOSPITAL_THIRD))
    assert article.headline == HOSPITAL_TITLE and not article.headline_from_body


def test_a_long_title_over_its_date_and_a_short_lead_stays_the_title():
    article = parse_plain(page(HOSPITAL_TITLE, "الخميس 16 مايو 2024", HOSPITAL_LEAD, HOSPITAL_SECOND, HOSPITAL_THIRD))
    assert article.headline == HOSPITAL_TITLE and not article.headline_from_body


def test_a_long_kicker_title_over_a_short_lead_stays_the_title():
    article = parse_plain(page(HEAT_TITLE, HEAT_LEAD, HEAT_SECOND, HOSPITAL_THIRD))
    assert article.headline == HEAT_TITLE and not article.headline_from_body


def test_a_long_title_over_a_lead_opening_on_a_preposition_stays_the_title():
    # Near miss: the lead opens on "في" as many do ("في خطوة ..."), but the title above it closes no clause.
    lead = "في خطوة طال انتظارها، افتتح رئيس الوزراء اليوم مستشفى الأمل الجامعي في المدينة الساحلية."
    article = parse_plain(page(HOSPITAL_TITLE, lead, HOSPITAL_SECOND, HOSPITAL_THIRD))
    assert article.headline == HOSPITAL_TITLE and not article.headline_from_body


HOSPITAL_TITLE = ("رئيس الوزراء يفتتح مستشفى الأمل الجامعي الجديد في المدينة الساحلية بطاقة استيعابية تبلغ "
                  "خمسمائة سرير وبتكلفة تجاوزت مئتي مليون دولار وفق أحدث المعايير")
HOSPITAL_LEAD = "افتتح رئيس الوزراء اليوم مستشفى الأمل الجامعي في المدينة الساحلية."
HOSPITAL_SECOND = ("وقال رئيس الوزراء في كلمة خلال حفل الافتتاح إن المستشفى يضم أقساما متخصصة في جراحة القلب والأورام "
                   "وطب الأطفال، ومركزا للأبحاث الطبية، وإنه سيخدم سكان المحافظات الجنوبية الذين كانوا يضطرون إلى "
                   "السفر مئات الكيلومترات لتلقي العلاج.")
HOSPITAL_THIRD = ("من جانبه، أوضح مدير المستشفى أن الطاقم الطبي يضم أكثر من ألف طبيب وممرض، وأن العمل في الأقسام سيبدأ "
                  "تدريجيا خلال الأسابيع المقبلة، على أن تستقبل العيادات الخارجية المراجعين اعتبارا من الأسبوع المقبل.")
HEAT_TITLE = ("عاجل: الأرصاد الجوية تحذر من موجة حر شديدة تضرب البلاد اعتبارا من يوم غد الأربعاء وتستمر حتى نهاية "
              "الأسبوع مع توقعات بتجاوز درجات الحرارة 45 درجة مئوية")
HEAT_LEAD = "حذرت هيئة الأرصاد الجوية من موجة حر شديدة."
HEAT_SECOND = ("وقالت الهيئة في نشرتها اليومية إن الكتلة الهوائية الحارة القادمة من الجنوب ستؤدي إلى ارتفاع كبير في "
               "درجات الحرارة، تتجاوز في بعض المناطق الداخلية خمسا وأربعين درجة مئوية، داعية المواطنين إلى تجنب "
               "التعرض لأشعة الشمس في ساعات الظهيرة.")


BRIDGE_TITLE = "إغلاق جسر النهر الكبير أمام حركة السيارات لمدة أسبوع"
BRIDGE_LEAD_LINE = "قررت مديرية الطرق إغلاق جسر النهر الكبير أمام حركة السيارات"
"""The lead's first line under the byline: it tells the title's words again, in a sentence."""
BRIDGE_GOES_ON = "ويأتي القرار لإجراء صيانة عاجلة لأعمدة الجسر"
BRIDGE_SECOND = ("وأوضح مدير الطرق في تصريح صحفي أن المهندسين رصدوا تشققات في الأعمدة خلال الكشف الدوري الشهر الماضي، "
                 "وأن على السائقين سلوك الطريق الدائري طوال فترة الإغلاق")
BRIDGE_HEADER = ("الرئيسية", "أخبار المحافظات")
BYLINE_SLASH = "كتب/ سامي الحداد"


def _meta_block_choice(lines: tuple[str, ...], pick: str, over: str, likelihood_over: float,
                       likelihood_pick: float = 0.6) -> str:
    """The line ``_title_over_the_meta_block`` keeps when the model picked ``pick`` (``likelihood_pick``) over
    ``over``."""
    body = find_body(list(lines))
    index = {text: at for at, text in enumerate(lines)}
    best = headline._title_over_the_meta_block(body, index[pick],
                                               {index[over]: likelihood_over, index[pick]: likelihood_pick})
    return lines[best]


def test_the_title_said_twice_over_the_byline_wins_over_a_lead_line_the_model_is_unsure_of():
    # The page names its title by saying it twice right over its byline, and the title tells the lead's story: the
    # line under the byline, a pick the model is unsure of (0.6), is the lead's, not the title.
    lines = (*BRIDGE_HEADER, BRIDGE_TITLE, BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_GOES_ON, BRIDGE_SECOND)
    assert _meta_block_choice(lines, BRIDGE_LEAD_LINE, BRIDGE_TITLE, 0.3) == BRIDGE_TITLE


def test_a_title_said_twice_leaves_a_pick_the_model_is_sure_of():
    # Near miss (review_headfall29 H1): the same page, but the model is sure of its pick (0.86): it stays.
    lines = (*BRIDGE_HEADER, BRIDGE_TITLE, BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_GOES_ON, BRIDGE_SECOND)
    assert _meta_block_choice(lines, BRIDGE_LEAD_LINE, BRIDGE_TITLE, 0.3, 0.86) == BRIDGE_LEAD_LINE


def test_a_line_said_twice_that_tells_another_story_leaves_an_unsure_pick():
    # Near miss: a slogan said twice (a logo's text and its alt) shares none of the lead's words.
    slogan = "صوت الناس الحر من قلب العاصمة"
    lines = (*BRIDGE_HEADER, slogan, slogan, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_GOES_ON, BRIDGE_SECOND)
    assert _meta_block_choice(lines, BRIDGE_LEAD_LINE, slogan, 0.3) == BRIDGE_LEAD_LINE


def test_a_line_said_twice_under_a_ticker_marker_leaves_an_unsure_pick():
    # Near miss: "عاجل" over the first copy marks a ticker's item, another story's line, however it reads.
    lines = ("الرئيسية", "عاجل", BRIDGE_TITLE, BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_GOES_ON,
             BRIDGE_SECOND)
    assert _meta_block_choice(lines, BRIDGE_LEAD_LINE, BRIDGE_TITLE, 0.3) == BRIDGE_LEAD_LINE


def test_a_title_said_once_over_the_byline_needs_the_model_to_lean_to_it():
    # Near miss: said once, a line the model gives little stays below the pick under the byline.
    lines = (*BRIDGE_HEADER, "تغطية خاصة", BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_GOES_ON,
             BRIDGE_SECOND)
    assert _meta_block_choice(lines, BRIDGE_LEAD_LINE, BRIDGE_TITLE, 0.3) == BRIDGE_LEAD_LINE


def test_a_pick_the_page_says_twice_too_is_left_alone():
    # Near miss: both said twice, one pair under the other (a title and its deck or photo's caption, each twice).
    lines = (*BRIDGE_HEADER, BRIDGE_TITLE, BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE, BRIDGE_LEAD_LINE,
             BRIDGE_GOES_ON, BRIDGE_SECOND)
    body = find_body(list(lines))
    assert headline._title_over_the_meta_block(body, 6, {3: 0.3, 6: 0.6}) == 6


def test_the_page_with_its_title_said_twice_over_the_byline_reads_its_lead_line():
    article = parse_plain(page(*BRIDGE_HEADER, BRIDGE_TITLE, BRIDGE_TITLE, BYLINE_SLASH, BRIDGE_LEAD_LINE,
                               BRIDGE_GOES_ON, BRIDGE_SECOND))
    assert article.headline == BRIDGE_TITLE and not article.headline_from_body
    assert spoken(article)[0].startswith(BRIDGE_LEAD_LINE)  # the lead's first line is read, not lost


VACCINE_TITLE = "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الحصبة في المدارس"
VACCINE_ARTICLE = (
    "أطلقت وزارة الصحة صباح اليوم حملة وطنية للتطعيم ضد مرض الحصبة تستهدف طلاب المدارس الابتدائية في جميع "
    "المحافظات، وتستمر لمدة أسبوعين.",
    "وقال مدير الرعاية الصحية الأولية إن فرق التطعيم ستزور أكثر من ثلاثة آلاف مدرسة، وإن اللقاح آمن ومجاني، داعيا "
    "أولياء الأمور إلى التعاون مع الفرق الطبية وتوقيع نماذج الموافقة.",
    "وأضاف أن الوزارة رصدت خلال الأشهر الماضية ارتفاعا في عدد الإصابات بالحصبة في عدد من المحافظات، ما استدعى "
    "إطلاق الحملة قبل موعدها المقرر.",
)
SLOGAN = "صوت الناس الحر من قلب العاصمة"
TICKER = "ارتفاع أسعار الذهب في الأسواق المحلية خلال تعاملات اليوم"
TEASER = "وزارة الصحة تعلن نتائج حملة التطعيم ضد شلل الأطفال الأخيرة"
SECTION = "أخبار المحافظات والمدن والقرى من مراسلينا"
DATE = "الأربعاء 15 مايو 2024"
HEADS_SAID_TWICE = {
    "slogan over the date": (SLOGAN, SLOGAN, DATE),
    "slogan over the byline": ("الرئيسية", "محليات", SLOGAN, SLOGAN, "كتب: سامر العلي"),
    "ticker's item": ("الرئيسية", "أخبار", "عاجل", TICKER, TICKER, "15 مايو 2024"),
    "teaser": ("الرئيسية", "صحة", TEASER, TEASER, "منذ 3 ساعات"),
    "section's name": ("الرئيسية", SECTION, SECTION, DATE),
}
"""Page heads of review_headfall29 H1: a line said twice in a row over the date or byline block that is not the page's
title (a logo's text and its alt, a ticker, a "latest" box's last item, a section's heading), over the title the model
is sure of."""


def test_a_line_said_twice_over_the_date_never_takes_the_place_of_a_title_the_model_is_sure_of():
    for shape, head in HEADS_SAID_TWICE.items():
        article = parse_plain(page(*head, VACCINE_TITLE, *VACCINE_ARTICLE))
        assert (shape, article.headline, article.headline_from_body) == (shape, VACCINE_TITLE, False)
        assert spoken(article)[0].startswith(VACCINE_ARTICLE[0][:40])  # the lead is read
