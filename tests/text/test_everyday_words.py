"""Rules keyed on a word that is also an everyday verb or noun (تابع, نشر في, سجل, جاري, المصدر, a bracketed gloss),
and the line model's call to the reader, inside the article's prose: the article's sentence stays, the furniture the
rule was written for goes (reviewer, s15review2.md F1-F4, F6-F11, F13). Our own pages, in the probes' shapes."""

import pytest

from text.lineshape import calls_the_reader
from text.plain import parse_plain
from text.rules import line_reason
from tests.support.article_views import spoken, reasons

HEAD = "مهرجان الأفلام القصيرة يفتتح دورته العاشرة بمشاركة ثلاثين دولة"
OPENING = ("افتتح المهرجان الدولي للأفلام القصيرة دورته العاشرة مساء السبت في قاعة المدينة الكبرى، بمشاركة أكثر "
           "من مئة فيلم من ثلاثين دولة.")
CLOSING = "ويستمر المهرجان أسبوعا كاملا في قاعات المدينة الثقافية، وتعلن الجوائز في حفل الختام."


def _between(line: str, *, label: str = "ثقافة") -> object:
    """A short report: a category, the title, a paragraph, ``line``, a closing paragraph."""
    return parse_plain("\n".join([label, HEAD, OPENING, line, CLOSING]) + "\n")


@pytest.mark.parametrize("line", [
    "تابع مئات الطلاب حفل الافتتاح عبر قناة الجامعة.",  # F1: "followed", not "follow us"
    "نشر فيلم قصير عن كواليس الحفل على مواقع التواصل.",
    "نشر في العدد الأخير من مجلة المهرجان برنامج العروض كاملا.",  # F3: "was published in", no date
    "سجل مؤشر الحضور رقما قياسيا وفق النشرة اليومية للمهرجان.",  # F4: "recorded ... the bulletin"
    "انضم ثلاثون متطوعا جديدا إلى فريق النشرة اليومية للمهرجان.",
])
def test_a_sentence_opening_with_an_everyday_verb_between_two_paragraphs_is_spoken(line):
    article = _between(line)
    assert spoken(article) == [OPENING, line, CLOSING], reasons(article)


@pytest.mark.parametrize("line", [
    "تابع مئات الطلاب حفل الافتتاح عبر قناة الجامعة.",
    "نشر في العدد الأخير من مجلة المهرجان برنامج العروض كاملا.",
    "جاري إسعاف المصابين في موقع الحادث...",
])
def test_the_rules_no_longer_read_an_everyday_sentence_as_furniture_where_the_words_tell(line):
    # F2/F3/F9: the date line wants a date after "نشر في"; a loading message names what loads.
    assert line_reason("نشر فيلم قصير عن الحفل.") is None
    if not line.startswith("تابع"):
        assert line_reason(line) is None


@pytest.mark.parametrize("line, reason", [
    ("تابعونا عبر قناتنا على تلغرام.", "follow us"),  # a call, closed by a full stop: still a call
    ("تابع آخر الأخبار عبر قناتنا.", "follow us"),  # the site's own voice
    ("تابع الساحل نت على تلغرام", "follow us"),  # the rule's own shape, no full stop
    ("حمل تطبيق الساحل الآن.", "follow us"),
    ("سجل بريدك الإلكتروني لتصلك نشرتنا اليومية.", "follow us"),
    ("انضم إلى النشرة الإخبارية", "newsletter"),
    ("جاري التحميل...", "loading text"),
    ("جاري تحميل الفيديو...", "loading text"),
])
def test_the_furniture_those_rules_were_written_for_is_still_dropped_between_two_paragraphs(line, reason):
    article = _between(line)
    assert spoken(article) == [OPENING, CLOSING] and reasons(article)[line] == reason


@pytest.mark.parametrize("line", ["نشر في 12/03/2024", "نشر في: الأحد 3 مارس 2024", "آخر تحديث: 14:20",
                                  "تاريخ النشر : 2024-03-12", "آخر تحديث :", "آخر تحديث في 12 مارس 2024"])
def test_a_date_line_is_still_a_date_line(line):
    assert line_reason(line) == "date line"
    article = parse_plain("\n".join(["ثقافة", HEAD, line, OPENING, CLOSING]) + "\n")
    assert spoken(article) == [OPENING, CLOSING] and reasons(article)[line] == "date line"
    # Between two paragraphs, closed by a full stop: a date, no sentence.
    dated = f"{line} 10:30." if line.endswith(":") else f"{line}."
    assert reasons(_between(dated)).get(dated) == "date line"


def test_breaking_updates_trailing_off_between_paragraphs_are_spoken():
    # F9: "جاري/جار + a verbal noun" is the news's "is being done"; a widget's message names loading or converting.
    first, second = "جاري إسعاف المصابين في موقع الحادث...", "جار فتح الطرق المغلقة أمام السيارات..."
    middle = "وأفاد الدفاع المدني بأن فرقه سيطرت على الحريق بعد ساعتين من اندلاعه."
    article = parse_plain("\n".join(["عاجل", HEAD, OPENING, first, middle, second, CLOSING]) + "\n")
    assert spoken(article) == [OPENING, first, middle, second, CLOSING], reasons(article)


def test_sub_headings_closed_by_a_bracketed_gloss_are_spoken():
    # F6: a part's name with a note in brackets is no caption closed by its credit.
    parts = [("المرحلة الأولى (شمال المدينة)", "تشمل تأهيل الطرق الرئيسية، وإنارة الساحات، وزراعة الأرصفة بالأشجار."),
             ("المرحلة الثانية (الأحياء الشرقية)", "تشمل بناء مدرستين وحديقة عامة، وتوسيع شبكة المياه إلى الأحياء."),
             ("المرحلة الثالثة (الواجهة البحرية)", "تشمل ممشى على طول الشاطئ ومواقف للسيارات ومرفأ صغيرا للصيادين.")]
    lines = ["محليات", HEAD, OPENING, *[line for part in parts for line in part]]
    article = parse_plain("\n".join(lines) + "\n")
    assert spoken(article) == lines[2:], reasons(article)  # spoken; whether each heads its part is the model's


def test_a_caption_closed_by_its_credit_between_two_paragraphs_is_still_dropped():
    for caption in ("الوزير يتفقد المحطة الجديدة (وكالة الأنباء الرسمية)", "لقطة من حفل الافتتاح (مواقع التواصل)",
                    "جمهور المهرجان أمام القاعة (إكس)", "مشهد من أحد الأفلام المشاركة (Pixabay)"):
        article = _between(caption)
        assert spoken(article) == [OPENING, CLOSING] and reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("tag", ["تقرير", "حوار", "بالأرقام", "تقرير خاص", "صور وفيديو", "الجزء الثاني", "كاملة",
                                 "تحديث 2", "بالفيديو والصور"])
def test_a_headline_tagged_with_its_genre_in_brackets_is_the_headline(tag):
    # F7: a genre word in brackets is the title's tag (``TITLE_TAGS``, a closed set), never a photo's credit.
    title = f"البرلمان يقر قانون الإيجارات الجديد بعد جدل طويل ({tag})"
    lead = ("أقر البرلمان، في جلسته المسائية أمس، قانون الإيجارات الجديد بأغلبية الأعضاء، بعد نقاش استمر ثلاثة "
            "أشهر بين الكتل النيابية.")
    second = "وقال رئيس لجنة الإسكان إن القانون يحمي المستأجرين القدامى ويمنح المالكين زيادة سنوية محدودة."
    article = parse_plain("\n".join(["الرئيسية", "برلمان", title, "الاثنين 6 نوفمبر 2023", lead, second]) + "\n")
    assert article.headline == title and spoken(article) == [lead, second]


def test_a_paragraph_closing_on_a_name_in_latin_letters_on_a_page_without_full_stops_is_spoken():
    # F8: a page that never ends its paragraphs with a full stop; one closes on the company's name in brackets.
    first = ("تعاقدت بلدية المدينة اليوم مع شركة عالمية لإدارة شبكة المياه وتحديثها خلال خمس سنوات بكلفة تقارب "
             "مئتي مليون دولار")
    named = "تعاقدت البلدية مع شركة فيوليا الفرنسية (Veolia)"
    last = "ومن المنتظر ان تبدأ الشركة عملها مطلع العام المقبل بعد استكمال الاجراءات"
    article = parse_plain("\n".join(["محليات", "البلدية تتعاقد مع شركة عالمية لإدارة المياه", first, named, last])
                          + "\n")
    assert named in spoken(article), reasons(article)


def test_a_tag_label_opening_a_sub_heading_with_a_preposition_heads_its_part():
    # F10: a sub-heading "الكلمات الدالة على ..." between two paragraphs; a tags line lists names, no preposition.
    heading = "كلمات دالة من رسائل المحتجين"
    under = "تكررت كلمة الكرامة في اللافتات أكثر من أي كلمة أخرى، تلتها كلمتا العمل والسكن."
    article = parse_plain("\n".join(["تحليلات", HEAD, OPENING, heading, under, CLOSING]) + "\n")
    assert [section.title for section in article.sections] == [None, heading], reasons(article)
    assert line_reason("الكلمات المفتاحية المهرجان السينما الأفلام القصيرة") == "tags"


def test_a_source_answering_a_labelled_question_is_spoken():
    # F11: an interview with an unnamed official, the answers labelled "المصدر:".
    qa = ["س: كم مدرسة ستفتح هذا العام؟", "المصدر: نحو عشرين مدرسة.", "س: ومتى تبدأ الدراسة فيها؟",
          "المصدر: في أيلول المقبل."]
    intro = "التقت الصحيفة مسؤولا في وزارة التربية طلب عدم ذكر اسمه، وسألته عن خطة المدارس الجديدة هذا العام."
    article = parse_plain("\n".join(["حوارات", "مسؤول في التربية يكشف خطة المدارس الجديدة", intro, *qa]) + "\n")
    assert all(line in [text for section in article.sections for text in (section.title, *section.paragraphs)]
               for line in qa[1::2]), reasons(article)


def test_a_source_line_under_the_article_is_still_dropped_even_under_a_question():
    for source in ("المصدر: وكالات", "المصدر: وكالة الأنباء الرسمية."):
        for last in (CLOSING, "فهل ينجح المهرجان في جذب جمهور جديد هذا العام؟"):
            article = parse_plain("\n".join(["ثقافة", HEAD, OPENING, last, source]) + "\n")
            assert reasons(article).get(source) == "source credit"


@pytest.mark.parametrize("line", [
    "شاهد الحفل أكثر من ألفي متفرج.",  # F13: past tenses spelt as calls ("watched", "took part", "carried")
    "شارك في التحكيم خمسة مخرجين.",
    "حمل الفائزون جوائزهم إلى المسرح.",
])
def test_a_short_sentence_opening_with_a_past_tense_spelt_as_a_call_is_spoken(line):
    article = _between(line)
    assert spoken(article) == [OPENING, line, CLOSING], reasons(article)
    assert not calls_the_reader(line)


@pytest.mark.parametrize("line", ["تابعونا على فيسبوك.", "اضغط هنا للمزيد.", "شارك برأيك في التعليقات.",
                                  "حمل تطبيقنا على هاتفك.", "الرجاء عدم نسخ المحتوى."])
def test_a_call_to_the_reader_calls_whatever_its_first_word_is_spelt_like(line):
    assert calls_the_reader(line)


# s15fixreview_rules.md: the credits of captions are an open set (agencies, outlets, institutions); the tags of titles
# are a closed one. A caption credited to a name no list holds is still a caption, under the title or in the text.
TITLE = "وزيرة الثقافة: لا إغلاق للمسارح هذا الموسم"
LEAD = ("قالت وزيرة الثقافة، خلال لقائها مديري المسارح في العاصمة، إن الوزارة لن تغلق أي مسرح هذا الموسم، "
        "وإنها ستزيد دعم الفرق المستقلة.")
SECOND = "وأضافت أن الموازنة الجديدة تخصص مبلغا إضافيا لترميم المسارح القديمة في المحافظات."
UNLISTED_CREDITS = ("(الألمانية)", "(شينخوا)", "(وزارة الثقافة)", "(Xinhua)", "(EPA-EFE)", "(AP Photo)")


@pytest.mark.parametrize("credit", UNLISTED_CREDITS)
@pytest.mark.parametrize("title", [TITLE, "«لن نغلق أي مسرح»", "المسارح لن تغلق"])
@pytest.mark.parametrize("above", [[], ["ثقافة"]])
def test_a_caption_under_the_title_credited_to_a_source_no_list_names_leaves_the_title_the_headline(credit, title,
                                                                                                    above):
    # H1: the caption was made the headline and the title dropped.
    caption = f"الوزيرة خلال لقائها مديري المسارح في العاصمة {credit}"
    article = parse_plain("\n".join([*above, title, caption, LEAD, SECOND]) + "\n")
    assert article.headline == title and spoken(article) == [LEAD, SECOND], reasons(article)
    assert reasons(article)[caption] == "image caption"


@pytest.mark.parametrize("credit", UNLISTED_CREDITS)
def test_a_caption_between_two_paragraphs_credited_to_a_source_no_list_names_is_dropped(credit):
    # F3: it was spoken as a section title.
    caption = f"جمهور يصطف أمام شباك التذاكر قبل العرض الأول {credit}"
    article = _between(caption)
    assert spoken(article) == [OPENING, CLOSING] and reasons(article)[caption] == "image caption"
    assert [section.title for section in article.sections] == [None]


@pytest.mark.parametrize("line", ["سامي يوسف (مدير المهرجان)", "شنتشن (الصين)", "الجائزة الكبرى (الأفلام الوثائقية)",
                                  "أعلنت اللجنة أسماء الفائزين في المسابقة الرسمية (Golden Reel)",
                                  "الجائزة الثانية: أفضل فيلم قصير (فئة الطلاب)",
                                  "«سنعود العام المقبل» (مدير المهرجان)",
                                  "مدير المهرجان: سنعود العام المقبل بدورة أكبر (تصريحات)"])
def test_a_name_with_its_gloss_a_quoted_or_labelled_title_or_a_sentence_closed_by_a_bracket_is_no_caption(line):
    # A caption describes its photo in three words or more, opens with no verb in the past, and neither quotes nor
    # labels: the bracket after a quotation names who spoke.
    assert line_reason(line) is None
    assert line_reason("جمهور يحمل لافتة كتب عليها «شكرا للمهرجان» (الألمانية)") == "image caption"


@pytest.mark.parametrize("line", [
    "تابعوا آخر أخبار المهرجان عبر قناة المدينة على واتساب.",  # F1: the plural call, the news
    "تابع أبرز أخبار الثقافة عبر حساب المدينة على منصة إكس.",  # F2: the singular, the news
    "حمل تطبيق المدينة لمتابعة مواعيد العروض يوما بيوم.",  # F1: the site's app
    "اشترك في النشرة الثقافية الشهرية لمعرفة مواعيد العروض.",  # F1: the newsletter
    "شاهد الفيديو الكامل لحفل الافتتاح على منصة المدينة.",  # F2: the site's video
])
def test_a_promo_closed_by_a_full_stop_between_two_paragraphs_is_dropped(line):
    # The verb straight before what the site offers: a call, no past tense with its subject.
    article = _between(line)
    assert spoken(article) == [OPENING, CLOSING], reasons(article)
    assert calls_the_reader(line)


@pytest.mark.parametrize("line", ["انضم إلى النشرة الثقافية الأسبوعية.", "سجل في النشرة اليومية.",
                                  "اشتركوا في النشرة الشهرية."])
def test_a_newsletter_prompt_closed_by_a_full_stop_under_the_article_is_dropped(line):
    # F4: the bulletin right after the verb.
    article = parse_plain("\n".join(["ثقافة", HEAD, OPENING, CLOSING, line]) + "\n")
    assert spoken(article) == [OPENING, CLOSING] and reasons(article)[line] == "newsletter"


@pytest.mark.parametrize("line", [
    "شاهد الفيديو المسرب أكثر من مليون شخص خلال يوم واحد.",  # a count of people: a report
    "تابع آلاف الطلاب الحفل عبر قناة الجامعة.",
    "سجل عدد الزوار رقما قياسيا بحسب النشرة اليومية للمهرجان.",
    "انضم إلى لجنة التحكيم مخرجان من تونس والمغرب.",
])
def test_a_report_of_what_others_did_through_a_channel_is_spoken(line):
    article = _between(line)
    assert spoken(article) == [OPENING, line, CLOSING], reasons(article)
    assert not calls_the_reader(line)


def test_loading_text_closed_by_one_ellipsis_character_between_two_paragraphs_is_dropped():
    # F5: "…" trails off as "..." does.
    for line in ("جاري تحميل الفيديو…", "جاري تحميل الصور…"):
        article = _between(line)
        assert spoken(article) == [OPENING, CLOSING] and reasons(article)[line] == "loading text"
    update = "جار إجلاء السكان من المباني المجاورة…"  # breaking news trailing off: no widget's work
    assert spoken(_between(update)) == [OPENING, update, CLOSING]
