"""Labels closed by a colon: the parts' names on a page headed so, or a lead-in and a label's value (body)."""

from text.plain import parse_plain
from tests.support.pages import LEAD, SECOND, THIRD, TITLE

FIRST_LIST = ["- أن يكون المتقدم حاصلا على شهادة جامعية معترف بها من وزارة التعليم.",
              "- أن يجتاز المتقدم اختبار اللغة المعتمد لدى الجامعة قبل التسجيل."]
SECOND_LIST = ["• تبدأ الدراسة في الأسبوع الأول من الخريف وتستمر حتى بداية الصيف.",
               "• تعقد المحاضرات مساء ثلاثة أيام في الأسبوع في المبنى الرئيسي."]


def titles(article):
    return [section.title for section in article.sections]


def body(article):
    return [paragraph for section in article.sections for paragraph in section.paragraphs]


def test_labels_over_lists_head_their_parts_on_a_page_headed_only_so():
    """Two labels or more, each over a list, and no other kind of heading: the page's parts, each list under its
    name (a listener hears where each part begins)."""
    lines = [TITLE, LEAD, "شروط التسجيل:", *FIRST_LIST, "مواعيد الدراسة:", *SECOND_LIST, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None, "شروط التسجيل:", "مواعيد الدراسة:"]
    assert all(line in body(article) for line in [*FIRST_LIST, *SECOND_LIST, THIRD])


def test_labels_over_lists_inside_parts_headed_otherwise_lead_into_their_lists():
    lines = [TITLE, LEAD, "تأثير القرار على السكان", SECOND, "شروط التسجيل:", *FIRST_LIST, "مواعيد الدراسة:",
             *SECOND_LIST, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None, "تأثير القرار على السكان"]
    assert "شروط التسجيل:" in body(article) and "مواعيد الدراسة:" in body(article)


def test_lead_in_sentences_and_a_single_label_over_a_list_stay_body():
    for first, second in (("وتشمل الخطة:", "ومن أبرز بنودها:"), ("يجب مراعاة الآتي:", "وأهم الشروط كالتالي:")):
        article = parse_plain("\n".join([TITLE, LEAD, first, *FIRST_LIST, second, *SECOND_LIST, THIRD]) + "\n")
        assert titles(article) == [None]
    article = parse_plain("\n".join([TITLE, LEAD, "شروط التسجيل:", *FIRST_LIST, SECOND, THIRD]) + "\n")
    assert titles(article) == [None]


def test_a_label_over_a_numbered_sub_heading_names_the_group_of_parts():
    under_one = "تقدم الفرق المشاركة عروضا مسرحية يومية للكبار والصغار على المسرح المفتوح في الساحة الكبرى كل ليلة."
    under_two = "يضم السوق أكثر من ستين جناحا للحرفيين الذين يعرضون منتجاتهم من الفخار والنسيج والخشب المحفور."
    lines = [TITLE, LEAD, "موعد المهرجان ومكانه:", SECOND, "أبرز فقرات المهرجان:", "1. العروض المسرحية", under_one,
             "2. سوق الحرف اليدوية", under_two]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None, "موعد المهرجان ومكانه:", "أبرز فقرات المهرجان:", "1. العروض المسرحية",
                               "2. سوق الحرف اليدوية"]


def test_rows_of_a_numbering_label_and_its_value_head_nothing():
    """"الربع الأول:" / "المنتخب 20 نقطة والضيوف 18 نقطة" / "الربع الثاني:" / ...: each line under a label is its
    value, the last one too (a paragraph under it goes on with the story)."""
    rows = ["الربع الأول:", "المنتخب 20 نقطة والضيوف 18 نقطة", "الربع الثاني:", "المنتخب 41 نقطة والضيوف 35 نقطة",
            "الربع الأخير:", "المنتخب 81 نقطة والضيوف 70 نقطة"]
    article = parse_plain("\n".join([TITLE, LEAD, SECOND, *rows, THIRD, SECOND.replace("وقال", "وأضاف")]) + "\n")
    assert titles(article) == [None]
    assert all(row in body(article) for row in rows)


def test_a_parts_name_under_a_numbering_label_still_heads_its_part():
    lines = [TITLE, LEAD, "أولا:", "تبسيط الإجراءات الحكومية", SECOND, "ثانيا:", "تطوير الخدمات الرقمية", THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert "تبسيط الإجراءات الحكومية" in titles(article) and "تطوير الخدمات الرقمية" in titles(article)


def test_clause_lead_ins_over_lists_stay_body():
    """"أبرز ما ...:" and "أهم ما ...:" are clauses leading into their list, not parts' names: beside a noun label,
    back to back or with prose between, no label heads a part (reviewer, s25 titles H2, M2)."""
    for clause in ("أبرز ما جاء في البيان:", "أهم ما تضمنه القرار:"):
        for between in ([], [SECOND]):
            lines = [TITLE, LEAD, clause, *FIRST_LIST, *between, "الفئات المستفيدة:", *SECOND_LIST, THIRD]
            article = parse_plain("\n".join(lines) + "\n")
            assert titles(article) == [None]
            assert clause in body(article) and "الفئات المستفيدة:" in body(article)


def test_labels_over_lists_with_prose_between_stay_body():
    """Noun labels over lists scattered through a story told in paragraphs lead into their lists."""
    lines = [TITLE, LEAD, "شروط التسجيل:", *FIRST_LIST, SECOND, "مواعيد الدراسة:", *SECOND_LIST, THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert titles(article) == [None]
    assert "شروط التسجيل:" in body(article) and "مواعيد الدراسة:" in body(article)


QUOTE = "«لن يضطر أحد بعد اليوم إلى الانتظار ساعات طويلة أمام المكاتب لإنجاز معاملة واحدة بسيطة»."


def test_a_parts_name_under_a_numbering_label_heads_its_part_beside_speech_labels():
    """A label of speech ("وقال الوزير:", "وأضاف:") is no label that numbers a part: it makes no row of label and
    value with the numbering label, and the part's name under "أولا:" or "المحور الأول:" still heads its part, the
    speech label and its quote body (reviewer, s25 titles H1, M1)."""
    for speech in ("وقال الوزير:", "وأضاف:"):
        lines = [TITLE, LEAD, "أولا:", "تبسيط الإجراءات الحكومية", SECOND, speech, QUOTE, "ثانيا:",
                 "تطوير الخدمات الرقمية", THIRD]
        article = parse_plain("\n".join(lines) + "\n")
        assert "تبسيط الإجراءات الحكومية" in titles(article) and "تطوير الخدمات الرقمية" in titles(article)
        assert speech in body(article) and QUOTE in body(article)
    lines = [TITLE, LEAD, "المحور الأول:", "الممرات الآمنة", "وقال المندوب:", QUOTE, "المحور الثاني:",
             "وقف إطلاق النار", THIRD]
    article = parse_plain("\n".join(lines) + "\n")
    assert "الممرات الآمنة" in titles(article) and "وقف إطلاق النار" in titles(article)
    assert "وقال المندوب:" in body(article) and QUOTE in body(article)
