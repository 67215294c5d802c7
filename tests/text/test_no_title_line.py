"""Pages that print no title line of their own: the article starts right after the page's furniture, and the
headline falls back to the lead's first sentence, flagged (issue 11, session 17). A furniture line that meets the
lead on a word by chance must not be taken for the title: a site's name beside its slogan, a widget's title dated
"today", a line calling the reader, a writer named by his post, the first piece of a lead a hard wrap broke off. And a
real title in the same place stays the headline. Synthetic pages of our own words."""

import pytest

from text.plain import parse_plain
from tests.support.article_views import page, spoken


LIBRARY_LEAD = ("افتتحت بلدية الوادي اليوم مكتبة عامة جديدة في وسط البلدة تضم أكثر من عشرة آلاف كتاب وقاعة للمطالعة "
                "مفتوحة للطلاب طوال أيام الأسبوع.")
LIBRARY_SECOND = ("وقال مدير المكتبة إن البلدية ستنظم ورشات للقراءة لفائدة الأطفال كل يوم سبت، وإن الاشتراك فيها مجاني "
                  "لسكان البلدة.")
LIBRARY_THIRD = "وأضاف أن المكتبة ستستقبل تبرعات الكتب من السكان والمؤسسات طوال الصيف المقبل قبل توسيع قاعاتها."
DATE = "الثلاثاء 14 مايو 2024"


def _from_the_lead(*top: str) -> None:
    article = parse_plain(page(*top, LIBRARY_LEAD, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline_from_body, article.headline
    assert article.headline.startswith("افتتحت بلدية الوادي")
    assert spoken(article)[-2:] == [LIBRARY_SECOND, LIBRARY_THIRD]


def _headline(title: str, *top: str, lead: str = LIBRARY_LEAD) -> None:
    article = parse_plain(page(*top, title, DATE, lead, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline == title and not article.headline_from_body


# A site's or a section's name beside its slogan: the short part shares the lead's word (the site is named after its
# town), the long part, which would be the title, shares none.

@pytest.mark.parametrize("masthead", ["نبض الوادي - صوتك الحر في كل صباح", "نبض الوادي | منبر من لا منبر له",
                                      "نبض الوادي – عين على الحقيقة والناس"])
def test_a_sites_name_beside_its_slogan_is_no_title(masthead):
    _from_the_lead("الرئيسية", "محليات", masthead, DATE)


def test_a_site_and_its_section_joined_without_spaces_is_no_title():
    _from_the_lead("شبكة أخبار الجاليات في المهجر-الوادي", DATE)


@pytest.mark.parametrize("title", ["مكتبة عامة جديدة في وسط البلدة - نبض الوادي",
                                   "نبض الوادي | افتتاح مكتبة عامة جديدة للطلاب"])
def test_a_title_beside_the_sites_name_is_still_the_headline(title):
    _headline(title, "الرئيسية", "محليات")


def test_a_sections_tag_beside_a_title_is_still_the_headline():
    _headline("محليات - مكتبة عامة جديدة للطلاب", "الرئيسية")


# A widget's title dated "today" over a lead dated "today": the word of when tells nothing of what the news is.

@pytest.mark.parametrize("widget", ["أسعار الخضار والفواكه اليوم (محدث)", "أسعار صرف العملات الأجنبية اليوم (مباشر)",
                                    "درجات الحرارة المتوقعة اليوم [يتجدد]"])
def test_a_widget_sharing_only_today_with_the_lead_is_no_title(widget):
    _from_the_lead("الرئيسية", "محليات", widget, DATE)


def test_a_title_dated_today_that_tells_the_lead_is_still_the_headline():
    _headline("افتتاح مكتبة عامة في الوادي اليوم", "الرئيسية", "محليات")


# A line calling the reader with one word of the lead: a site's promo or welcome.

def test_a_line_calling_the_reader_with_one_word_of_the_lead_is_no_title():
    _from_the_lead("هل أنت من عشاق الكتب؟", "لا تضيع وقتك في البحث", "راسلنا الآن واحصل على عرض خاص")


def test_a_sites_welcome_with_one_word_of_the_lead_is_no_title():
    _from_the_lead("أهلا بكم في بوابة البلدة الإخبارية", DATE)


def test_a_title_calling_the_reader_that_tells_the_lead_is_still_the_headline():
    _headline("كيف تستفيد من المكتبة العامة الجديدة في البلدة؟", "الرئيسية")


# A writer named by his post and his name.

def test_a_writer_named_by_his_post_is_no_title():
    _from_the_lead("الكاتب : الموقع", DATE, "المحرر الثقافي سامر الخطيب")


def test_a_title_telling_what_the_post_did_is_still_the_headline():
    _headline("المحرر الثقافي يزور مكتبة الوادي الجديدة", "الرئيسية")


# The first piece of a lead a hard wrap broke off right after its first words: the next line opens with the
# adjective that qualifies the piece's last noun and closes the clause with a comma.

WRAPPED = ("بعد أن أغلقت أبوابها", "الرئيسية في الشتاء، افتتحت بلدية الوادي اليوم مكتبة عامة جديدة في وسط البلدة تضم آلاف",
           "الكتب وقاعة للمطالعة مفتوحة للطلاب طوال أيام الأسبوع.",
           "وقال مدير المكتبة إن البلدية ستنظم ورشات للقراءة لفائدة الأطفال كل يوم سبت، وإن",
           "الاشتراك فيها مجاني لسكان البلدة.")


def test_the_first_piece_of_a_wrapped_lead_is_no_title():
    article = parse_plain(page(*WRAPPED))
    assert article.headline_from_body, article.headline
    assert article.headline.startswith("بعد أن أغلقت أبوابها")
    assert "بعد أن أغلقت أبوابها" not in {item.text for item in article.dropped}


def test_a_title_over_a_lead_closing_its_first_clause_early_is_still_the_headline():
    lead = ("افتتحت البلدية، صباح اليوم، مكتبة عامة جديدة في وسط البلدة تضم أكثر من عشرة آلاف كتاب وقاعة للمطالعة "
            "مفتوحة للطلاب.")
    article = parse_plain(page("مكتبة عامة جديدة في وسط البلدة", lead, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline == "مكتبة عامة جديدة في وسط البلدة" and not article.headline_from_body


# A real title over a lead that opens with a word of the wrapped piece's shape but under no hard wrap (reviewer
# s17/review_notitle.md H1): a city's dateline ending in -ية, a body named by a noun and its adjective, a body named
# alone. The article ends each line on a full stop: nothing says a wrap broke a sentence, and the title stays.

TITLE = "مكتبة عامة جديدة تفتح أبوابها للطلاب"


@pytest.mark.parametrize("lead", [
    "الإسماعيلية، 3 مارس - افتتحت بلدية الوادي مكتبة عامة جديدة في وسط البلدة تضم آلاف الكتب.",
    "المديرية الجهوية، الجهة المشرفة على المكتبات، افتتحت مكتبة عامة جديدة في وسط البلدة للطلاب.",
    "البلدية، وفي إطار خطتها الثقافية، افتتحت مكتبة عامة جديدة في وسط البلدة للطلاب."])
def test_a_title_over_a_lead_opening_on_a_word_of_relation_is_still_the_headline(lead):
    article = parse_plain(page(TITLE, lead, LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline == TITLE and not article.headline_from_body


def test_a_title_under_a_most_read_box_over_such_a_lead_is_still_the_headline():
    lead = "المديرية الجهوية، الجهة المشرفة على المكتبات، افتتحت مكتبة عامة جديدة في وسط البلدة للطلاب."
    article = parse_plain(page("الأكثر قراءة", "ارتفاع أسعار الورق في الأسواق المحلية", TITLE, lead,
                               LIBRARY_SECOND, LIBRARY_THIRD))
    assert article.headline == TITLE


def test_a_writers_name_over_a_wrapped_lead_is_not_read_as_the_lead():
    article = parse_plain(page("الرئيسية", DATE, "سامر الخطيب", *WRAPPED[1:]))
    assert "سامر الخطيب" not in spoken(article)
    assert not article.headline.startswith("سامر الخطيب")


# A title of two parts that is no site's name beside its slogan (H2): a speaker's name and his quoted words, a
# figurative title tagged with its place after a spaced dash.

def test_a_speaker_beside_his_quoted_words_is_still_the_headline():
    lead = ("أكد رئيس البلدية أن المكتبة العامة الجديدة ستبقى مفتوحة طوال أيام الأسبوع، وذلك خلال حفل الافتتاح في "
            "وسط البلدة.")
    _headline("رئيس البلدية - «لن نغلق أبواب المعرفة»", "الرئيسية", "محليات", lead=lead)


def test_a_figurative_title_tagged_with_its_place_is_still_the_headline():
    lead = "هطلت أمطار غزيرة على جدة مساء أمس، وتعطلت الحركة في عدد من الطرق الرئيسية لساعات طويلة."
    _headline("سماء غاضبة وشوارع غارقة حتى الفجر - جدة", "الرئيسية", "محليات", lead=lead)


# A title speaking to its reader alone, over its date (H3): no box of calls.

@pytest.mark.parametrize("title", ["إليكم أبرز ما يقدمه المعرض للطلاب", "هل أنت مستعد لموسم المطالعة؟"])
def test_a_title_speaking_to_the_reader_over_its_date_is_still_the_headline(title):
    _headline(title, "الرئيسية", "منوعات")


# Real titles over their own leads, each of a shape a no-title rule must stand down for (first review,
# s17/review_notitle.md: a post that signs no story, H4; a weekday that is the topic, H5; second review,
# review_notitle2.md: a name glued to its number, H3; a post the lead names itself, H4).
REAL_TITLES_OVER_LEADS = {
    "envoy and what he did": ("المندوب الفرنسي يغادر القاعة غاضبا", "دولي",
                              "غادر السفير الفرنسي قاعة المجلس خلال جلسة طارئة عقدت مساء الثلاثاء، احتجاجا على كلمة "
                              "نظيره، وقال دبلوماسيون إن الجلسة استمرت."),
    "reporter and what he tells": ("المراسل الرياضي يروي من المدرجات", "رياضة",
                                   "روى مراسل الموقع لحظات التتويج في الملعب البلدي مساء الجمعة، حين احتفل آلاف "
                                   "المشجعين بالفريق حتى الفجر."),
    "weekday as the topic": ("السبت الذي ينتظره الصغار", "محليات",
                             "يستقبل المتحف البلدي زواره مجانا يوم السبت من كل أسبوع، في مبادرة تهدف إلى تقريب الفن "
                             "من الأطفال وعائلاتهم."),
    "name glued to its number": ("حافلات إي-12 تدخل الخدمة قريبا", "محليات",
                                 "تسلمت بلدية الوادي صباح اليوم عشر حافلات كهربائية جديدة لنقل التلاميذ بين الأحياء "
                                 "البعيدة والمدارس، على أن تبدأ العمل مطلع الشهر."),
    "post the lead names": ("المحررة الثقافية تترجل", "ثقافة",
                            "أعلنت المحررة الثقافية لصحيفة الوادي تقاعدها بعد ثلاثين عاما من العمل في قسم الكتب، "
                            "وأقام لها زملاؤها حفلا صغيرا."),
}


@pytest.mark.parametrize("case", REAL_TITLES_OVER_LEADS)
def test_a_real_title_over_its_lead_is_still_the_headline(case):
    title, section, lead = REAL_TITLES_OVER_LEADS[case]
    _headline(title, "الرئيسية", section, lead=lead)


# Second review (s17/review_notitle2.md): each rule stands down where its shape is a real title's.

@pytest.mark.parametrize("title", ["أهلا بكم في الوادي", "رواد المكتبة: الكتاب معنا دائما"])
def test_a_greeting_to_a_place_or_a_speakers_we_is_still_the_headline(title):
    """H1: a greeting with no word naming the site welcomes to a place; "we" after a speaker's colon is his."""
    _headline(title, "الرئيسية", "منوعات")


def test_a_title_whose_only_word_in_common_is_its_day_is_still_the_headline():
    """H2: no widget's update mark: the closing word of when counts as any word."""
    _headline("عرس ثقافي ينتظر الصغار اليوم", "الرئيسية", "محليات")


def test_a_title_over_a_lead_a_hard_wrap_broke_is_still_the_headline():
    """H5: a first word the comma follows is the lead's subject (a dateline, a body), not a wrapped adjective."""
    first = "البلدية، الجهة المشرفة على المكتبات في الوادي، قالت يوم الأحد إنها ستفتح"
    title = "مكتبة عامة جديدة تفتح أبوابها في وسط البلدة"
    article = parse_plain(page(title, first, "مكتبة عامة جديدة في وسط البلدة تضم آلاف الكتب حتى نهاية الشهر،",
                               "مما أسعد الطلاب في الأحياء البعيدة.",
                               "وقال مدير المكتبة إن القاعة ستبقى مفتوحة طوال أيام الأسبوع."))
    assert article.headline == title and not article.headline_from_body
