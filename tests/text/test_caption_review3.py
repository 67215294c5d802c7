"""Third review of the caption gloss and promo guards (s16review_caption3.md): where the branch read a line
differently from main, main's reading comes back.
- a caption closing on a maker's or a club's Latin name is a caption on a page without full stops too, alone, in a
  gallery, under a deck, under a ticker or before the comments (H1, M1: the glossed-paragraph spare is gone);
- a bracket opening with a wire's or a photo brand's Latin name, in any case and followed by more words ("(Wam)",
  "(dpa)", "(Anadolu Agency)", "(Getty Images)", "(Handout)"), is a credit: such a caption alone over the article is
  no headline (H2); a title glossed by its own initials alone over the article still is;
- a promo whose relative clause has a second verb joined by و, opens with "كما", or whose second call is said to
  many ("واحصلوا") still calls the reader (M2).
Our own pages, in the probes' shapes."""

import pytest

from text.lineshape import calls_the_reader
from text.plain import parse_plain
from text.rules import credits_a_wire_in_latin
from tests.support.article_views import spoken, reasons

FIRST = ("أعلن نادي الاتحاد البحري صباح الأحد تعاقده مع مدرب جديد للفريق الأول لمدة ثلاثة مواسم بعد مفاوضات "
         "استمرت عدة أسابيع مع إدارة ناديه السابق في العاصمة")
NEXT = "وقال رئيس النادي في مؤتمر صحفي إن المدرب الجديد سيبدأ عمله مع الفريق مطلع الأسبوع المقبل في معسكر خارجي"
LAST = "وكان الفريق قد أنهى الموسم الماضي في المركز الخامس بعد سلسلة من النتائج المخيبة في الجولات الأخيرة"
GALLERY = [
    "المدرب الجديد يحمل قميص الفريق في المؤتمر الصحفي داخل قاعة النادي"
    " خلال تقديمه لنادي ريال سوسيداد (Real Sociedad)",
    "رئيس النادي يصافح المدرب الجديد بعد توقيع العقد في مكتبه داخل"
    " المقر الرئيسي لنادي ريال سوسيداد (Real Sociedad)",
]


def _page(*lines):
    return parse_plain("\n".join(lines) + "\n")


@pytest.mark.parametrize("captions", [GALLERY, GALLERY[:1], GALLERY[1:]])
def test_a_club_gallery_between_unended_paragraphs_is_dropped(captions):
    # H1, M1: on a page without full stops, captions crediting the club by its own Latin name were spoken.
    article = _page("رياضة", "النادي البحري يقدم مدربه الجديد", FIRST, *captions, NEXT, LAST)
    for caption in captions:
        assert caption not in spoken(article) and reasons(article)[caption] == "image caption", reasons(article)
    assert FIRST in spoken(article) and NEXT in spoken(article) and LAST in spoken(article)


def test_a_glossed_caption_under_a_deck_or_before_comments_is_dropped():
    # M1: a deck above or long reader comments below made the caption look "between paragraphs".
    deck = "المدرب الجديد يتولى المهمة بعد رحيل سلفه ويطمح إلى إعادة الفريق إلى المنافسة على اللقب هذا الموسم"
    under_deck = _page("الرئيسية", "رياضة", "النادي البحري يقدم مدربه الجديد", deck, GALLERY[0], FIRST, NEXT)
    before_comments = _page("رياضة", "النادي البحري يقدم مدربه الجديد", FIRST, NEXT, GALLERY[1], "التعليقات", "سامي",
                            "أتمنى للمدرب الجديد التوفيق مع الفريق لكن الإدارة يجب أن تدعمه بصفقات قوية في الصيف")
    assert GALLERY[0] not in spoken(under_deck) and GALLERY[1] not in spoken(before_comments)
    assert under_deck.headline == "النادي البحري يقدم مدربه الجديد"


@pytest.mark.parametrize("credit", ["(Anadolu Agency)", "(dpa)", "(Wam)", "(Kuna)", "(XINHUA)", "(Xinhua News Agency)",
                                    "(Bloomberg)", "(Handout)", "(Sputnik)", "(Getty Images)", "(EPA)"])
def test_a_caption_with_a_brand_credit_alone_under_the_header_is_no_headline(credit):
    # H2: a copy begun at the photo; the caption became the headline for the wires' usual spellings.
    caption = f"رجال الإطفاء يخمدون حريقا في مستودع للأخشاب بالمنطقة الصناعية {credit}"
    lead = ("اندلع حريق كبير، فجر الإثنين، في مستودع للأخشاب بالمنطقة الصناعية شرق المدينة، وتمكنت فرق الدفاع المدني "
            "من السيطرة عليه بعد ساعات.")
    article = _page("الرئيسية", "محليات", "الإثنين 3 يونيو 2024", caption, lead,
                    "وقال متحدث باسم الدفاع المدني إن الحريق لم يسفر عن إصابات.")
    assert article.headline != caption and caption not in spoken(article), [article.headline, reasons(article)]


@pytest.mark.parametrize("bracket, credit", [("Anadolu Agency", True), ("dpa", True), ("Wam", True), ("AFP", True),
                                             ("Reuters", True), ("MENA", False), ("SPA", False), ("Petra", False),
                                             ("MAP", False), ("TAP", False), ("PA", False), ("AA", False),
                                             ("SANA", False), ("UPI", False), ("IMF", False), ("Siemens", False)])
def test_only_a_brand_opening_the_bracket_credits_a_wire(bracket, credit):
    # Keep: ambiguous initials and glosses are no wire credit (s16review_caption2.md H2).
    assert credits_a_wire_in_latin(f"الوزير يتفقد أعمال الصيانة في الميناء ({bracket})") is credit


@pytest.mark.parametrize("line", ["شاهد المقطع الذي صورته الكاميرات ويتناقله المغردون.",
                                  "شاهد المقطع الذي بثه التلفزيون ويتحدث عنه المشاهدون.",
                                  "شاهد المقطع كما صوره المتابعون من المدرجات",
                                  "حملوا التطبيق واحصلوا على تخفيض 15 في المئة من قيمة التذكرة"])
def test_a_promo_with_a_second_clause_verb_or_a_plural_second_call_calls_the_reader(line):
    # M2: the second verb's subject or the words after a plural second call were read as the people a report tells of.
    assert calls_the_reader(line)


def test_a_report_with_its_people_after_the_clause_is_still_no_promo():
    # Keep (round 2): people named after the relative clause are the promo verb's subject: a report.
    assert not calls_the_reader("شاهد المقطع الذي نشره النادي جمهور واسع من المشجعين في أنحاء البلاد.")
