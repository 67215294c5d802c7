"""What a page template sets under the article (``text.closingboxes``): the next story, a writer's box, a poll, at
the page's closing tail. Each is dropped with its reason; near-misses in the same shapes (a part's sub-heading, a
round-up, a review's part on its author, an article's closing question over its tags, and the same shapes in the
middle of an article) are read. An end mark is furniture, and what stands under it is read. Every page is written
for the test: our own words, places and people."""

import pytest

from text.closingboxes import ANOTHER_STORY, AUTHOR_BOX, POLL
from text.pagedate import NOT_A_STAMP
from text.plain import parse_plain
from text.rules import END_MARK_REASON, line_reason
from tests.support.article_views import decisions, page, spoken

TITLE = "افتتاح مستشفى الأطفال الجديد في الحي الجنوبي"
DATE = "الإثنين 8 يناير 2024"
ARTICLE = ["افتتح وزير الصحة اليوم مستشفى الأطفال الجديد في الحي الجنوبي بسعة مئتي سرير، ويضم أقساما للعناية "
           "المركزة لحديثي الولادة وجراحة الأطفال.",
           "وقال الوزير إن المستشفى سيخفف الضغط على المستشفى المركزي، الذي كان يستقبل الحالات المحولة من "
           "المحافظات الجنوبية كافة.",
           "وبلغت كلفة المشروع نحو خمسة وأربعين مليون دينار، وموله صندوق التنمية الوطني بالكامل."]
NEXT_TITLE = "إغلاق طريق الكورنيش ليلا لأعمال الصيانة حتى نهاية الشهر"
NEXT_LEAD = ("قررت أمانة المدينة إغلاق طريق الكورنيش أمام حركة السيارات من منتصف الليل حتى الخامسة صباحا، بدءا "
             "من اليوم وحتى نهاية الشهر، لتنفيذ أعمال صيانة الإنارة والأرصفة.")
NEXT_MORE = "ودعت الأمانة السائقين إلى استخدام الشوارع الموازية، مؤكدة أن الطريق سيبقى مفتوحا خلال ساعات النهار."


def _next_story_dropped(text: str) -> None:
    said = decisions(text)
    assert said[NEXT_TITLE] == said[NEXT_MORE] == ANOTHER_STORY
    assert all(said[line] == "body" for line in ARTICLE)


def test_the_next_story_under_a_label_and_over_a_date_stamp_is_dropped():
    text = page("محليات", TITLE, *ARTICLE, "المقال التالي", NEXT_TITLE, DATE, NEXT_LEAD, NEXT_MORE)
    _next_story_dropped(text)
    assert decisions(text)["المقال التالي"] == ANOTHER_STORY


def test_the_next_story_under_a_label_and_over_a_byline_is_dropped():
    _next_story_dropped(page(TITLE, *ARTICLE, "المقال التالي", NEXT_TITLE, "كتب: رامي السعدي", NEXT_LEAD, NEXT_MORE))


@pytest.mark.parametrize("marks", [
    pytest.param(("المقال التالي", NEXT_TITLE, NEXT_LEAD), id="label-only"),
    pytest.param((NEXT_TITLE, DATE, NEXT_LEAD), id="date-only"),
    pytest.param((NEXT_TITLE, "كتب: رامي السعدي", NEXT_LEAD), id="byline-only"),
    pytest.param((NEXT_TITLE, "المرفأ - " + NEXT_LEAD), id="dateline-only"),
])
def test_a_closing_item_marked_once_is_read(marks):
    # One mark alone stands over a wire's or a round-up's last item, a dated update, a pull quote over a part.
    said = decisions(page(TITLE, *ARTICLE, *marks, NEXT_MORE))
    assert ANOTHER_STORY not in said.values()
    assert said[NEXT_MORE] == "body"


def test_a_part_on_a_new_topic_under_its_sub_heading_is_read():
    # The same title and lead with nothing marking another story: the article's own part.
    text = page(TITLE, DATE, *ARTICLE, NEXT_TITLE, NEXT_LEAD, NEXT_MORE)
    assert {NEXT_TITLE, NEXT_LEAD, NEXT_MORE} <= set(spoken(parse_plain(text)))


def test_a_round_up_whose_parts_each_open_with_a_dateline_is_read():
    parts = ["الميناء - " + ARTICLE[0], ARTICLE[1], NEXT_TITLE, "المرفأ - " + NEXT_LEAD, NEXT_MORE]
    text = page("حصاد اليوم في المحافظات", *parts)
    assert set(parts) - {NEXT_TITLE} <= set(spoken(parse_plain(text)))
    assert ANOTHER_STORY not in decisions(text).values()


def test_a_sub_heading_over_a_paragraph_on_the_articles_topic_is_read_under_a_date():
    # A dated part of the article's own story (its words shared) is no other story.
    title = "موعد استقبال المرضى في المستشفى الجديد"
    lead = ("يبدأ المستشفى الجديد استقبال الأطفال المرضى المحولين من المستشفى المركزي مطلع الشهر المقبل، وفق جدول "
            "أعدته وزارة الصحة.")
    text = page(TITLE, *ARTICLE, title, DATE, lead)
    assert lead in spoken(parse_plain(text))


def test_another_storys_excerpt_cut_off_with_an_ellipsis_is_dropped():
    excerpt = ("تستعد فرق الكشافة في البلدات الساحلية لمخيمها الصيفي السنوي على شاطئ الرمال البيضاء، ويتوقع "
               "المنظمون مشاركة مئات الفتيان من... اقرأ المزيد")
    said = decisions(page(TITLE, *ARTICLE, "من الأرشيف", excerpt))
    assert said[excerpt] == said["من الأرشيف"] == ANOTHER_STORY
    assert said[ARTICLE[-1]] == "body"


OPINION = ["عن الصمت الذي يسبق القرار",
           "يعرف كل من عمل في مؤسسة كبيرة تلك اللحظة التي يصمت فيها الجميع في الاجتماع، لا لأنهم موافقون، بل لأن "
           "أحدا لا يريد أن يكون أول من يعترض.",
           "هذا الصمت مكلف أكثر مما نظن، فهو يمرر قرارات كان يمكن تحسينها بملاحظة صغيرة، ويؤجل اكتشاف الأخطاء.",
           "الإدارة الجيدة لا تكتفي بالسؤال عن الاعتراضات في نهاية العرض، بل تصنع مناخا يشعر فيه الموظف بالأمان."]


def test_a_writers_box_with_a_line_on_the_writer_is_dropped():
    box = ["عن الكاتب", "يوسف البنا", "مستشار في الإدارة وتطوير المؤسسات، له ثلاثة كتب في القيادة والعمل الجماعي.",
           "جميع مقالات الكاتب"]
    said = decisions(page(*OPINION, *box))
    assert all(said[line] == AUTHOR_BOX for line in box)
    assert said[OPINION[-1]] == "body"


def test_a_writers_box_of_a_label_and_one_sentence_is_dropped():
    box = ["نبذة عن الكاتبة", "معلمة سابقة وباحثة في التربية، تكتب عن التعليم والطفولة."]
    said = decisions(page(*OPINION, *box))
    assert said[box[0]] == said[box[1]] == AUTHOR_BOX


def test_a_reviews_closing_part_on_its_author_is_read():
    review = ["رواية البحر الأخير.. مدينة تنسى بحرها",
              "تحكي رواية البحر الأخير للروائي سامي العطار قصة صياد عجوز يرفض مغادرة بيته على الشاطئ بعد أن "
              "ابتلعت المشاريع الجديدة الميناء القديم.",
              "ويكتب العطار بلغة هادئة، تتنقل بين ذاكرة الصياد وحاضر المدينة، دون أن تحاكم أحدا من شخصياتها."]
    part = ["عن الكاتب", "ولد سامي العطار في مدينة الساحل عام 1961، وصدرت له خمس روايات قبل رواية البحر الأخير."]
    article = parse_plain(page(*review, *part))
    assert part[1] in spoken(article)


def test_a_closing_part_titled_with_the_writers_noun_and_other_words_is_read():
    part = ["الكاتب والسلطة", "لا يحتاج الموظف إلى شجاعة استثنائية كي يقول رأيه، بل إلى من يسمعه دون أن يحاسبه."]
    assert part[1] in spoken(parse_plain(page(*OPINION, *part)))


POLL_PAGE = ["البلدية تدرس منع السيارات من دخول البلدة القديمة أيام الجمعة",
             "تدرس بلدية الجسر مقترحا لمنع دخول السيارات الخاصة إلى البلدة القديمة أيام الجمعة، وتحويل شوارعها إلى "
             "مساحات للمشاة والأسواق الشعبية.",
             "وقال عضو في المجلس البلدي إن المقترح سيطرح للنقاش العام قبل التصويت عليه، وإن البلدية ستوفر مواقف "
             "بديلة وحافلات مجانية."]


def test_a_poll_under_the_article_is_dropped_with_its_label_and_answers():
    poll = ["استطلاع رأي", "هل تؤيد منع السيارات من دخول البلدة القديمة؟", "نعم", "لا", "لا رأي لي", "صوّت",
            "عرض النتائج"]
    said = decisions(page(*POLL_PAGE, *poll))
    assert all(said[line] == POLL for line in poll)
    assert said[POLL_PAGE[-1]] == "body"


def test_a_closing_question_over_tags_naming_the_articles_topics_is_read():
    question = "فهل تنجح البلدية في إقناع التجار؟"
    article = parse_plain(page(*POLL_PAGE, question, "البلدة القديمة", "السيارات"))
    assert question in spoken(article)


def test_an_end_mark_is_furniture_and_the_writers_words_under_it_are_read():
    assert line_reason("- انتهى -") == line_reason("(انتهى)") == line_reason("// انتهى //") == END_MARK_REASON
    assert line_reason("انتهى العرض في موعده") is None
    assert line_reason("- انتهى!") != END_MARK_REASON  # a story's dialogue
    # A column quoting a report closes the quotation with the mark, then goes on in the writer's own words.
    quoted = ["يقول التقرير الصادر عن هيئة المياه:",
              "«تراجع مخزون السدود الشمالية إلى أدنى مستوى له منذ عقدين، ولم تعد الآبار تكفي حاجة القرى.»"]
    comment = ["وهذه الأرقام لا تحتاج إلى شرح، فهي تدين سنوات من التأجيل في مشاريع الحصاد المائي.",
               "والمطلوب اليوم خطة بمواعيد معلنة، لا لجنة جديدة تدرس ما درسته اللجان السابقة."]
    said = decisions(page("عطش الشمال", *quoted, "(انتهى)", *comment))
    assert said["(انتهى)"] == END_MARK_REASON
    assert all(said[line] == "body" for line in comment)


def test_entries_each_titled_over_a_date_stamp_are_read():
    # A day's log: every entry under its title and date, on its own topic. Marked alike, they are the article's
    # entries, not one story printed under it.
    entries = [("افتتاح قسم جديد لغسيل الكلى في مستشفى الميناء",
                "افتتحت مديرية الصحة قسما جديدا لغسيل الكلى في مستشفى الميناء يضم عشرين جهازا حديثا."),
               ("بدء صيانة خطوط المياه في الحي الشرقي",
                "بدأت مصلحة المياه أعمال صيانة خطوط المياه في الحي الشرقي على أن تنتهي خلال أسبوعين."),
               ("توزيع مقاعد دراسية على مدارس القرى الجبلية",
                "وزعت مديرية التربية ألف مقعد دراسي على مدارس القرى الجبلية قبل بدء الفصل الثاني.")]
    lines = [TITLE, DATE, *ARTICLE]
    for title, lead in entries:
        lines += [title, DATE, lead]
    heard = spoken(parse_plain(page(*lines)))
    assert all(lead in heard for _, lead in entries)


def test_no_box_under_the_article_dates_the_page():
    assert {ANOTHER_STORY, AUTHOR_BOX, POLL} <= NOT_A_STAMP


MID_ARTICLE_SHAPES = {
    # A section's lead with a parenthetical dash, then more sections: no next story.
    "section-lead-with-dash": [
        "بدء حصاد القمح في سهول الجنوب", DATE,
        "بدأ المزارعون في سهول الجنوب حصاد القمح مبكرا هذا العام بعد موسم دافئ قلل الأمطار في الشتاء.",
        "وتقدر مديرية الزراعة المحصول بنحو ستين ألف طن، أي أقل بقليل من محصول العام الماضي.",
        "نقص الحصادات يؤخر الحصاد",
        "قال ماجد العمري – رئيس تعاونية الفلاحين – إن نقص الحصادات يؤخر الحصاد، وإن الفلاحين ينتظرون دورهم أياما.",
        "ودعا العمري الوزارة إلى استئجار حصادات إضافية من المحافظات المجاورة.",
        "صوامع ممتلئة",
        "وتستقبل الصوامع الحكومية القمح منذ أسبوع، ويشكو سائقو الشاحنات من طول الطوابير أمام بواباتها.",
        "وقال مدير الصوامع إن ساعات الاستلام مددت حتى منتصف الليل."],
    # An inline "read also" between the lead and a sub-heading.
    "read-also-inline": [
        "البلدية تعلن خطة لتشجير الأحياء الشرقية", DATE,
        "أعلنت البلدية اليوم خطة لزراعة عشرين ألف شجرة في الأحياء الشرقية خلال ثلاثة أعوام.",
        "اقرأ أيضا: إغلاق الحديقة المركزية لأعمال الصيانة",
        "أشجار محلية تتحمل الجفاف",
        "تختار البلدية أنواعا محلية من الأشجار تتحمل الحر وقلة المياه، مثل الخروب والسدر.",
        "ويرى مهندسون زراعيون أن هذه الأنواع تحتاج رعاية أقل في سنواتها الأولى.",
        "متطوعون من المدارس",
        "وستشارك فرق من طلاب المدارس في الزراعة والري خلال العطلة الصيفية."],
    # A paragraph listing names that closes "... وغيرها", then the article goes on.
    "list-closing-etc": [
        "معرض الحرف اليدوية يفتح أبوابه في الساحة القديمة", DATE,
        "يفتح معرض الحرف اليدوية أبوابه في الساحة القديمة يوم الخميس، ويستمر أسبوعا كاملا.",
        "ويشارك هذا العام حرفيون من مدن الساحل والجبل، بينهم صانعو الفخار والنحاس والحصير، ونساجو "
        "السجاد، وصائغو الفضة من البلدات الجنوبية... وغيرها",
        "وقالت اللجنة المنظمة إن الدخول مجاني طوال أيام المعرض، مع ورش تعليمية للأطفال.",
        "وتفتح الأجنحة من العاشرة صباحا حتى التاسعة مساء."],
    # A question over a short list, then the article goes on under an inline "read also".
    "question-over-list": [
        "تجديد رخص القيادة إلكترونيا ابتداء من الشهر المقبل", DATE,
        "أعلنت إدارة المرور أن تجديد رخص القيادة سيتم إلكترونيا بالكامل ابتداء من الشهر المقبل، دون مراجعة المكاتب.",
        "ما الذي يحتاجه السائق؟",
        "رقم الرخصة",
        "فحص النظر",
        "بطاقة دفع",
        "اقرأ أيضا: تعديل مواعيد الحافلات المدرسية",
        "وقال مدير المرور إن الرخصة الجديدة تصل بالبريد خلال أسبوع من تقديم الطلب.",
        "وأضاف أن المكاتب ستبقى مفتوحة لكبار السن ومن لا يملك حسابا مصرفيا.",
        "ويقدر عدد الرخص التي تنتهي هذا العام بنحو ثلاثمئة ألف."],
    # A book review's closing part on its author, who is named in the headline.
    "review-about-the-author": [
        "«مدن الملح الصغيرة» لنبيلة حمدان.. سيرة السواحل المنسية", DATE,
        "يتتبع الكتاب الجديد حياة القرى التي عاشت على استخراج الملح على السواحل الجنوبية.",
        "وتعتمد الكاتبة على رسائل ودفاتر عائلية، فتعيد بناء يوميات العمال وأسرهم عبر ثلاثة أجيال.",
        "ويطول الكتاب في فصوله الوسطى، لكنه يبقى وثيقة نادرة عن مهنة تكاد تختفي.",
        "عن المؤلف",
        "نبيلة حمدان باحثة في التاريخ الاجتماعي، تدرس في جامعة الساحل.",
        "لها كتابان عن موانئ الصيد وأسواقها."],
    # A survey's results: the question and answers carrying figures.
    "survey-results": [
        "استطلاع: أغلب الطلاب يفضلون الدوام الصباحي", DATE,
        "أظهر استطلاع أجرته نقابة المعلمين أن أغلب طلاب المرحلة الثانوية يفضلون الدوام الصباحي على المسائي.",
        "وشمل الاستطلاع ثمانمئة طالب من عشر مدارس، وجاءت النتائج كما يلي.",
        "هل تفضل الدوام الصباحي؟",
        "نعم 68%",
        "لا 22%",
        "لا فرق 10%"],
}


@pytest.mark.parametrize("name", sorted(MID_ARTICLE_SHAPES))
def test_the_closing_boxes_shapes_inside_an_article_are_read(name):
    lines = MID_ARTICLE_SHAPES[name]
    said = decisions(page(*lines))
    assert not {ANOTHER_STORY, AUTHOR_BOX, POLL} & set(said.values()), name
    heard = spoken(parse_plain(page(*lines)))
    paragraphs = [line for line in lines[2:] if len(line.split()) >= 8]
    assert all(paragraph in heard for paragraph in paragraphs), name
