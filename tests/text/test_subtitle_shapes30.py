"""Session 30's sub-heading shapes: what a listener hears as a chapter's name and what stays the article's text.

- A line opening with a verb of the present after a list's mark ("ب- يحق ...") is a statute's clause or a list's
  item: body, never a chapter (``text.nottitles``). Unmarked, a line so opened may head a part as a headline does;
  nouns spelt like a verb ("ينابيع", "يزيديون", "يهود", a given name, a month, "يوميات") are no verbs.
- An interview whose byline shares the talk's credit with another hand ("إعداد وحوار:" over the interviewer's name)
  reads its questions as body (``rules.TALK_BYLINE``); a show's credit ("إعداد وتقديم:") names no talk.
- A question standing under a list's last item heads the part under it (``blocks._asks_over_a_paragraph``); an
  exclamation there, or a question over a short line, does not.
- "مقدمة:" and what the opening part tells, right above the lead, heads that part; "تقديم:", "التقديم:" or
  "مقدمة:" before a name, a date or a number is a credit's or a notice's row (``plain.opens_on_the_openings_name``).
- A lead-in closing on a word pointing to its list ("... أهمها:") is body (``headings._built_as_a_clause``).
Our own words throughout, in the shapes real pages have."""

from __future__ import annotations

from tests.support.article_views import decisions, page
from text.nottitles import never_heads_a_part, states_with_a_verb
from text.plain import opens_on_the_openings_name

SEA_TITLE = "صيادو الخليج الصغير ينتظرون قرار تمديد موسم الصيد"
SEA_LEAD = ("ينتظر نحو ثلاثمئة صياد في قرى الخليج الصغير قرارا من هيئة الثروة السمكية بشأن تمديد الموسم أسبوعين، بعد "
            "أن أضاعت العواصف المتلاحقة أياما كثيرة من عملهم هذا الشتاء.")
SEA_MID = ("ويقول رئيس جمعية الصيادين إن الأسر التي تعيش من البحر لم تجمع نصف دخلها المعتاد، وإن ديون الوقود والشباك "
           "تراكمت على معظم القوارب منذ الخريف.")
SEA_END = ("وتدرس الهيئة الطلب مع خبراء الأحياء البحرية، إذ تخشى أن يضر التمديد بأسراب السردين التي تقترب من الشاطئ "
           "في هذه الأسابيع لتضع بيضها.")


def test_an_unmarked_line_opening_with_a_verb_may_head_a_part():
    """Near miss (reviewer, review_subtitles30 M1): without a list's mark, a line opening with a verb of the present
    heads its part as a headline does, long or short."""
    for heading in ("يطالب الصيادون بتعويض عن أيام العواصف في الشتاء", "يعود البحارة إلى الميناء"):
        assert not states_with_a_verb(heading), heading
        seen = decisions(page(SEA_TITLE, SEA_LEAD, SEA_MID, heading, SEA_END))
        assert seen[heading] == "section title", heading


CHARTER_TITLE = "نص النظام الداخلي لجمعية سكان الحي الشرقي بعد تعديله"
CHARTER_LEAD = ("تنشر الجمعية في ما يلي نص نظامها الداخلي بعد التعديلات التي أقرتها هيئتها العامة في اجتماعها السنوي، "
                "على أن يعمل به اعتبارا من مطلع العام.")
CHARTER_ONE = ("البند الثاني: تتكون الهيئة الإدارية من سبعة أعضاء يختارهم السكان لمدة سنتين بالتصويت المباشر، ويجوز "
               "تجديد عضوية العضو مرة واحدة فقط.")
CLAUSE_B = "ب- يحق لكل ساكن"
CLAUSE_B_REST = "بالغ مقيم في الحي منذ سنة على الأقل أن يترشح لعضوية الهيئة، شرط أن يكون قد سدد اشتراكه السنوي كاملا."
CLAUSE_C = "ج - يلتزم الأعضاء"
CLAUSE_C_REST = "بحضور الاجتماعات الشهرية، ومن غاب ثلاث مرات متتالية دون عذر مقبول تسقط عضويته بقرار من الهيئة."


def test_a_charters_lettered_clauses_are_body():
    """Fails on main: "ب- يحق ..." and "ج - يلتزم ..." (the second the page's last part, cut off by its end) headed
    parts."""
    seen = decisions(page(CHARTER_TITLE, CHARTER_LEAD, CHARTER_ONE, CLAUSE_B, CLAUSE_B_REST, CLAUSE_C, CLAUSE_C_REST))
    assert seen[CLAUSE_B] == seen[CLAUSE_C] == "body"
    assert never_heads_a_part(CLAUSE_B) == "a sentence opening with a verb"


def test_names_of_parts_spelt_like_a_verb_stay_headings():
    """Near misses: a diary's name ("يوميات"), a given name, a month, a past verb, a verbal noun spelt with ت."""
    for heading in ("يوميات طالبة في مدينة غريبة", "يونس البحار في سطور", "يوليو الصعب", "تراجعت المبيعات",
                    "تزايد الطلب"):
        assert not states_with_a_verb(heading), heading
        seen = decisions(page(SEA_TITLE, SEA_LEAD, SEA_MID, heading, SEA_END))
        assert seen[heading] == "section title", heading
    for item in (CLAUSE_B, CLAUSE_C, "• يعمل المحرك بالكهرباء وحدها", "3) يجب غسل الخضار جيدا"):
        assert states_with_a_verb(item), item


def test_nouns_of_a_verbs_shape_after_a_mark_are_no_verbs():
    """Fails before the mend (reviewer's examples, review_subtitles30 M1): a people's name ("يهود"), a broken plural
    ("ينابيع") and a faith's people in the plural ("يزيديو") read as verbs of the present."""
    for line in ("يهود اليمن في إسرائيل يروون قصص الهجرة", "ينابيع المياه في القرى الجبلية تجف عاما بعد عام",
                 "يزيديو سنجار يعودون إلى قراهم بعد سنوات", "يزيديون في المهجر"):
        for marked in (line, f"- {line}", f"2) {line}"):
            assert not states_with_a_verb(marked), marked
            assert never_heads_a_part(marked) is None, marked


BIKE_TITLE = "من ورشة في قبو البيت إلى متجر على الإنترنت: شاب يعيد الحياة إلى الدراجات القديمة"
BIKE_ABOVE = ("شباب", BIKE_TITLE)
BIKE_LEAD = ("في قبو بيت أهله جمع مراد أكثر من أربعين دراجة هوائية قديمة وجدها مهملة على الأرصفة أو اشتراها بثمن زهيد، "
             "وراح يفككها قطعة قطعة ويعيد طلاءها قبل أن يعرضها للبيع.")
BIKE_TALK = (
    "من أين جاءتك فكرة ترميم الدراجات؟",
    "ورثت عن أبي دراجة صدئة أحببتها كثيرا، فحاولت إصلاحها بنفسي، ومن يومها صرت أبحث عن كل دراجة منسية في حارتنا.",
    "هل يكفي هذا العمل لتعيش منه؟",
    "ليس بعد. أعمل صباحا في مكتب للمحاسبة، وأقضي المساء في الورشة، لكنني أبيع الآن ثلاث دراجات أو أربعا في الشهر.",
    "ماذا تقول لمن يريد أن يبدأ مثلك؟",
    "أقول له أن يبدأ بدراجة واحدة، وألا يخاف من الخطأ، فأنا أفسدت أول ثلاث دراجات قبل أن أتعلم الصنعة كما يجب.",
)


def _questions(text: str) -> dict[str, str]:
    seen = decisions(text)
    return {line: seen[line] for line in BIKE_TALK[::2]}


def test_questions_under_a_shared_talk_credit_are_body():
    """Fails on main: "إعداد وحوار:" named no talk, and the three questions headed parts."""
    text = page(*BIKE_ABOVE, "إعداد وحوار:", "سامر الخطيب", BIKE_LEAD, *BIKE_TALK)
    assert set(_questions(text).values()) == {"body"}
    text = page(*BIKE_ABOVE, "حوار وتصوير: سامر الخطيب", BIKE_LEAD, *BIKE_TALK)
    assert set(_questions(text).values()) == {"body"}


def test_a_shows_credit_names_no_talk():
    """Near miss: "إعداد وتقديم:" credits a programme, not an interview: the questions keep heading their parts, as
    they do under no credit at all."""
    for credit in ("إعداد وتقديم:", "إعداد:"):
        text = page(*BIKE_ABOVE, credit, "سامر الخطيب", BIKE_LEAD, *BIKE_TALK)
        assert set(_questions(text).values()) == {"section title"}, credit


CAR_TITLE = "علامات تنذرك بأن بطارية سيارتك على وشك التوقف"
CAR_LEAD = ("مع أول موجة برد في الشتاء، تزدحم ورش الكهرباء بسيارات رفضت محركاتها الدوران صباحا، وغالبا ما يكون السبب "
            "بطارية أنهكها الاستعمال دون أن ينتبه صاحبها إلى إشارات سبقت العطل بأسابيع.")
CAR_MID = ("ويوضح فنيون أن البرد يبطئ التفاعلات الكيميائية داخل البطارية فيضعف تيارها، بينما يحتاج المحرك البارد إلى "
           "قوة أكبر ليدور، فتنكشف البطارية الضعيفة في هذا الموسم قبل غيره.")
CAR_LIST = ("إشارات لا ينبغي تجاهلها:", "تباطؤ المحرك عند التشغيل", "خفوت أضواء لوحة القيادة",
            "ظهور مسحوق أبيض حول الأقطاب", "انتفاخ جوانب العلبة البلاستيكية")
CAR_QUESTION = "متى يحين موعد تغيير البطارية القديمة؟"
CAR_ANSWER = "يعيش أغلب البطاريات بين ثلاث سنوات وخمس، ويقصر عمرها في المدن الحارة، لذلك ينصح الفنيون بما يلي:"
CAR_STEP = ("افحص الجهد مرتين في السنة: يكفي جهاز قياس رخيص لمعرفة ما إذا كانت البطارية تحتفظ بشحنتها قبل حلول "
            "الشتاء.")


def test_a_question_under_a_lists_last_item_heads_its_part():
    """Fails on main: the short item above the question kept it from heading the part under it."""
    seen = decisions(page(CAR_TITLE, CAR_LEAD, CAR_MID, *CAR_LIST, CAR_QUESTION, CAR_ANSWER, CAR_STEP))
    assert seen[CAR_QUESTION] == "section title"
    assert all(seen[item] == "body" for item in CAR_LIST)


def test_an_exclamation_or_a_question_over_a_short_line_under_a_list_stays_body():
    """Near misses: an exclamation under the list, and a question over a short line, head nothing."""
    shout = "لا تنتظر حتى تتعطل بك السيارة في الطريق!"
    seen = decisions(page(CAR_TITLE, CAR_LEAD, CAR_MID, *CAR_LIST, shout, CAR_ANSWER, CAR_STEP))
    assert seen[shout] == "body"
    seen = decisions(page(CAR_TITLE, CAR_LEAD, CAR_MID, *CAR_LIST, CAR_QUESTION, "راجع الفني دون تأخير",
                          CAR_ANSWER, CAR_STEP))
    assert seen[CAR_QUESTION] == "body"


MARKET_TITLE = "سوق الجملة بعد عام من الغلاء: من يدفع الثمن في النهاية؟"
MARKET_BYLINE = "تقرير : هالة منصور / خاص"
MARKET_LEAD = ("بعد عام من الارتفاع المتواصل في أسعار الخضار والفاكهة، لم يعد تجار سوق الجملة يفتحون محالهم "
               "قبل الفجر كما اعتادوا، فالزبائن قلوا والبضاعة تبقى في الصناديق أياما.")
MARKET_PART = "كلفة النقل"
MARKET_MORE = ("ويقول التجار إن أجرة الشاحنة من المزارع إلى السوق تضاعفت مرتين خلال عام، وإنهم يضيفونها إلى السعر لأن "
               "هامش ربحهم لم يعد يحتمل أي خسارة إضافية.")


def test_the_openings_name_before_a_colon_heads_the_first_part():
    """Fails on main: "مقدمة: ..." right above the lead was dropped as a photo's caption."""
    opening = "مقدمة: حال التجار هذا الموسم"
    seen = decisions(page(MARKET_TITLE, MARKET_BYLINE, opening, MARKET_LEAD, MARKET_PART, MARKET_MORE))
    assert seen[opening] == "section title"


def test_a_caption_above_the_lead_is_no_opening():
    """Near miss: a line naming what a photo shows above the lead, or one only opening with the word "مقدمة", is no
    opening part's name."""
    for line in ("مقدمة الشاحنات عند بوابة السوق", "التجار أمام محالهم المغلقة"):
        seen = decisions(page(MARKET_TITLE, MARKET_BYLINE, line, MARKET_LEAD, MARKET_PART, MARKET_MORE))
        assert seen[line] != "section title", line


SHOW_TITLE = "برنامج «صباح الخير» يستضيف رواد الأعمال الشباب في حلقة خاصة"
SHOW_LEAD = ("خصص برنامج «صباح الخير» حلقته الأسبوعية لقصص رواد أعمال شباب أطلقوا مشاريعهم الصغيرة من بيوتهم، وتحدثوا "
             "عن الصعوبات التي واجهوها في الحصول على التمويل والتراخيص.")
SHOW_MORE = ("وقالت إحدى الضيفات إنها بدأت مشروعها لصناعة الصابون الطبيعي بمبلغ لا يتجاوز مئتي دولار، قبل أن تتوسع "
             "وتوظف خمس نساء من حيها خلال عامين فقط.")
JOB_TITLE = "مستشفيات الحكومة بحاجة إلى ألف ممرض وممرضة قبل الصيف"
JOB_LEAD = ("أعلنت وزارة الصحة عن حاجتها إلى تعيين ألف ممرض وممرضة للعمل في المستشفيات الحكومية بالمحافظات، على أن "
            "يبدأ استقبال الطلبات مطلع الأسبوع المقبل ولمدة أسبوعين.")
JOB_MORE = ("واشترطت الوزارة أن يكون المتقدم حاصلا على مؤهل في التمريض من جهة معتمدة، وألا يتجاوز عمره خمسة وثلاثين "
            "عاما، وأن يجتاز المقابلة الشخصية والاختبار التحريري.")


def test_a_presenters_or_a_notices_row_before_a_colon_heads_no_part():
    """Fails before the mend (reviewer's examples, review_subtitles30 H1): a presenter's credit ("تقديم: NAME",
    "مقدمة: NAME"), a photo's credit after "تقديم:", and a job notice's way and date of applying ("التقديم: ...")
    right above the lead read as the opening part's name; none is a chapter."""
    for above in (("إعداد: سامي يوسف", "تقديم: ريم الخطيب"), ("مقدمة: ريم الخطيب",),
                  ("تقديم: الصورة من أرشيف البرنامج",)):
        seen = decisions(page(SHOW_TITLE, *above, SHOW_LEAD, SHOW_MORE))
        assert seen[above[-1]] != "section title", above
    for above in (("الجهة: وزارة الصحة", "عدد الوظائف: 1000", "التقديم: إلكترونيا عبر موقع الوزارة"),
                  ("الجهة: وزارة الصحة", "التقديم: حتى 15 مارس")):
        seen = decisions(page(JOB_TITLE, *above, JOB_LEAD, JOB_MORE))
        assert seen[above[-1]] != "section title", above
    for line in ("تقديم: ريم الخطيب", "مقدمة: ريم الخطيب", "التقديم: إلكترونيا عبر موقع الوزارة",
                 "التقديم: حتى 15 مارس", "مقدمة: 12 مارس 2025", "مدخل: بوابة المعرض الرئيسية"):
        assert not opens_on_the_openings_name(line), line
    assert opens_on_the_openings_name("المقدمة: لماذا نكتب عن السوق")


LIBRARY_TITLE = "مكتبة عامة تطلق برنامجا صيفيا للقراءة في أحياء المدينة"
LIBRARY_LEAD = ("أطلقت المكتبة العامة في المدينة برنامجا صيفيا يستمر ثمانية أسابيع لتشجيع الأطفال واليافعين على "
                "القراءة، بالتعاون مع عشرين مدرسة ومركزا ثقافيا في الأحياء الشعبية.")
LIBRARY_AIMS = ("- تقريب الكتاب من الأطفال في أحيائهم.", "- ملء أوقات العطلة بنشاط مفيد.",
                "- تدريب متطوعين على إدارة نوادي القراءة.")
LIBRARY_SERVICES = ("- حافلة تحمل الكتب إلى الساحات مرتين في الأسبوع.", "- استعارة مجانية طوال الصيف.",
                    "- جلسات حكي للصغار كل جمعة.")


def test_a_lead_in_closing_on_the_word_pointing_to_its_list_is_body():
    """Fails on main: two labels over lists back to back read as the parts' names, the second a lead-in closing on
    "أهمها:" (the annotation guide's "ومن أبرزها:"); with it read as a lead-in, one label over a list is body too."""
    aims, services = "أهداف البرنامج:", "خدمات جديدة يحصل عليها المشتركون أهمها:"
    seen = decisions(page(LIBRARY_TITLE, LIBRARY_LEAD, aims, *LIBRARY_AIMS, services, *LIBRARY_SERVICES))
    assert seen[aims] == seen[services] == "body"


def test_part_labels_over_lists_back_to_back_stay_headings():
    """Near miss: labels naming their parts ("أهداف البرنامج:", "خدمات البرنامج:") over lists back to back head
    them."""
    aims, services = "أهداف البرنامج:", "خدمات البرنامج:"
    seen = decisions(page(LIBRARY_TITLE, LIBRARY_LEAD, aims, *LIBRARY_AIMS, services, *LIBRARY_SERVICES))
    assert seen[aims] == seen[services] == "section title"
