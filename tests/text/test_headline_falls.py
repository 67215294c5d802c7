"""Which line is taken as the headline where a page's shape misled the title rules (session 29): a lead's long first
line that the page broke inside its sentence is no title (the first sentence stands in, flagged), and the title the
page says twice right above its byline is the title, not the lead's first line under the byline. Synthetic pages of
our own words."""

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


WATER_TITLE = "انقطاع المياه عن مدينة الوادي وكافة القرى المجاورة لها"
WATER_LEAD_LINE = "أعلنت البلدية و مؤسسة المياه في الوادي عن انقطاع تام للمياه عن كافة القرى المجاورة"
"""The lead's first line under the byline: it tells the title's words again, and more of the lead's."""
WATER_GOES_ON = "ويرجع سبب الانقطاع الى عطل مفاجئ في المضخة الرئيسية"
WATER_SECOND = ("وعبر بيان لمؤسسة المياه أعلنت أن العطل يرجع إلى التجاوزات التي تحدث في الشبكة منذ أشهر دون رقابة من "
                "الجهات المختصة")
WATER_HEADER = ("اقرأ التفاصيل", "أخبار عاجلة")


def _meta_block_choice(lines: tuple[str, ...], pick: str, over: str, likelihood_over: float) -> str:
    """The line ``_title_over_the_meta_block`` keeps when the model picked ``pick`` (0.6) over ``over``."""
    body = find_body(list(lines))
    index = {text: at for at, text in enumerate(lines)}
    best = headline._title_over_the_meta_block(body, index[pick], {index[over]: likelihood_over, index[pick]: 0.6})
    return lines[best]


def test_the_title_said_twice_over_the_byline_wins_over_the_lead_line_the_model_prefers():
    # Whatever the model gives the title's copies, the page names it as its title by saying it twice right over its
    # byline: the line under the byline is the lead's (or a photo's), not the title.
    lines = (*WATER_HEADER, WATER_TITLE, WATER_TITLE, "كتب/ سامي الحداد", WATER_LEAD_LINE, WATER_GOES_ON, WATER_SECOND)
    assert _meta_block_choice(lines, WATER_LEAD_LINE, WATER_TITLE, 0.3) == WATER_TITLE


def test_a_title_said_once_over_the_byline_needs_the_model_to_lean_to_it():
    # Near miss: said once, a line the model gives little stays below the pick under the byline.
    lines = (*WATER_HEADER, "تغطية خاصة", WATER_TITLE, "كتب/ سامي الحداد", WATER_LEAD_LINE, WATER_GOES_ON,
             WATER_SECOND)
    assert _meta_block_choice(lines, WATER_LEAD_LINE, WATER_TITLE, 0.3) == WATER_LEAD_LINE


def test_a_pick_the_page_says_twice_too_is_left_alone():
    # Near miss: both said twice, one pair under the other (a title and its deck or photo's caption, each twice).
    lines = (*WATER_HEADER, WATER_TITLE, WATER_TITLE, "كتب/ سامي الحداد", WATER_LEAD_LINE, WATER_LEAD_LINE,
             WATER_GOES_ON, WATER_SECOND)
    body = find_body(list(lines))
    assert headline._title_over_the_meta_block(body, 6, {3: 0.3, 6: 0.6}) == 6


def test_the_page_with_its_title_said_twice_over_the_byline_reads_its_lead_line():
    article = parse_plain(page(*WATER_HEADER, WATER_TITLE, WATER_TITLE, "كتب/ سامي الحداد", WATER_LEAD_LINE,
                               WATER_GOES_ON, WATER_SECOND))
    assert article.headline == WATER_TITLE and not article.headline_from_body
    assert spoken(article)[0].startswith(WATER_LEAD_LINE)  # the lead's first line is read, not lost
