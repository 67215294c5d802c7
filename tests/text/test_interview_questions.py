"""An interview's questions are body, not section titles (annotation guide: "a question in an interview"), while a
question-headed explainer, a guide and a report quoting people keep their question sub-headings. Also: a question
asking "then" (إذن) in an opinion piece, and a label closed by a colon under a paragraph announcing a list. Our own
words, in the shapes real pages have."""

import pytest

from text.plain import split_plain

# An interview: the byline names the talk, the answers speak in the first person, the questions are unmarked.
NAMED_INTERVIEW = """\
ثقافة
الخطاط سليم الراشد: الحرف العربي يعيش على الشاشات أكثر مما يعيش على الورق
حاوره: باسم عادل
١٢ مارس ٢٠٢٤
يعمل الخطاط سليم الراشد منذ ربع قرن على تعليم الخط للأطفال في ورشة بالمدينة القديمة، وفي هذا الحوار يتحدث عن الحرف.
متى بدأت علاقتك بالقلم والحبر؟
كنت في العاشرة حين رأيت جدي يكتب لافتة لدكان جارنا. منذ ذلك اليوم وأنا أجمع الأقلام وأقلد كل ما تقع عليه عيني.
هل تخشى على الخط من الحاسوب؟
لا أخشى عليه، بل أرى أن الشاشات أعادته إلى الناس. نحن نرى شبابا يتعلمون الخط من مقاطع قصيرة ثم يأتون إلينا.
ما الذي ينقص المدارس؟
ينقصها الوقت. حصة واحدة في الأسبوع لا تصنع خطاطا، ولدينا تجربة تثبت أن ساعتين يوميا تغيران يد الطفل في شهر.
"""

# The same talk marked the way magazines print it: questions with one mark, answers with a dash.
MARKED_INTERVIEW = """\
فنون
المغنية ريم الساعدي: أغني للبحر لأنه علمني الصبر
■ ما الذي يجمع أغانيك الجديدة؟
- البحر. كل أغنية كتبتها هذا العام تبدأ من الشاطئ الذي نشأت عليه، وأنا لا أعرف أن أكتب عن مكان لم أعشه.
■ كيف تختارين كلماتك؟
- أقرأ كثيرا قبل أن أختار. أحيانا أبقى شهرا كاملا مع قصيدة واحدة حتى أشعر أنها صارت لي وأستطيع أن أغنيها.
■ وماذا عن جولتك المقبلة؟
- سنبدأ في الخريف بثلاث مدن ساحلية، ونريد أن نغني في الساحات العامة لا في القاعات المغلقة فقط.
"""

# A question-headed explainer: third-person questions, answers about the subject, one quoting an official's "we".
EXPLAINER = """\
صحة
ما الذي نعرفه عن داء الكلب؟
سجلت مديرية الصحة أربع إصابات بعضات كلاب ضالة في الأحياء الشرقية خلال أسبوع، ما أعاد الحديث عن داء الكلب.
ما هو داء الكلب؟
مرض فيروسي يصيب الجهاز العصبي وينتقل إلى الإنسان عبر لعاب الحيوان المصاب، وهو قاتل تقريبا إذا ظهرت أعراضه قبل العلاج.
كيف يمكن الوقاية منه؟
تطعيم الكلاب المنزلية سنويا وغسل مكان العضة فورا بالماء والصابون، ثم التوجه إلى أقرب مركز صحي لتلقي اللقاح.
هل يتوفر اللقاح؟
قال مدير المديرية: «لدينا مخزون يكفي ستة أشهر، ونحن نوزعه على المراكز كل أسبوع»، مشيرا إلى أن الجرعات مجانية.
"""

# A guide addressing the reader ("you"), answered in the third person and the second: no interview.
GUIDE = """\
خدمات
دليلك لتجديد رخصة القيادة إلكترونيا
أتاحت إدارة المرور تجديد رخص القيادة عبر تطبيقها على الهواتف الذكية، دون مراجعة مكاتب الترخيص في معظم الحالات.
ما الذي تحتاجه لطلبك؟
يحتاج المتقدم إلى فحص نظر حديث من مركز معتمد، وإلى سداد المخالفات المسجلة على اسمه قبل بدء الطلب.
كيف تدفع رسوم التجديد؟
يمكنك الدفع ببطاقة مصرفية من داخل التطبيق، وتصلك رسالة تأكيد فور اكتمال العملية بنجاح.
متى تصلك الرخصة الجديدة؟
تصل الرخصة بالبريد خلال سبعة أيام عمل، ويمكن طباعة نسخة رقمية مؤقتة من التطبيق إلى حين وصولها.
"""

# A report on a national dialogue: the headline says "الحوار", the answers report what participants said.
DIALOGUE_REPORT = """\
سياسة
مؤتمر الحوار الوطني يبدأ أعماله: ما المطروح وما المنتظر؟
تبدأ غدا أعمال مؤتمر الحوار الوطني بمشاركة ممثلين عن الأحزاب والنقابات، وسط آمال بتوافق على قانون الانتخابات.
من يشارك في المؤتمر؟
يشارك نحو مئتي ممثل. ويقول أحد أعضاء اللجنة التحضيرية إن لدينا قائمة طويلة من الأسماء لم تحسم بعد.
ما أبرز الملفات؟
تتصدر الملفات قوانين الانتخابات والإدارة المحلية وحرية الصحافة، على أن تناقش كل لجنة ملفها في جلسات مغلقة.
ماذا ينتظر الشارع؟
ينتظر الشارع نتائج ملموسة في ملف الأسعار أولا، بحسب استطلاع أجراه مركز بحثي مستقل الشهر الماضي.
"""

OPINION_THEN = """\
مقالات
القرى الصغيرة تستحق مدارسها
كل عام تغلق مدرسة أو اثنتان في القرى البعيدة بحجة قلة الطلاب، فيركب الأطفال الحافلات ساعتين كل يوم إلى المدينة.
والنتيجة أن الأسر التي تستطيع الرحيل ترحل، وتبقى القرية لكبار السن، ثم نسأل بعد سنوات عن سبب هجرة الريف.
ما الحل إذن؟
الحل أن نقيس كلفة المدرسة بكلفة هجرة الأسر، لا بعدد المقاعد الفارغة، وأن نجرب الفصول التي تجمع صفين في غرفة.
"""

ANNOUNCED_LIST_CUT = """\
محاكم
المحكمة تقضي بسجن صاحب متجر إلكتروني بتهمة الاحتيال
قضت المحكمة الجنائية بسجن صاحب متجر إلكتروني ثلاث سنوات بعد ثبوت احتياله على مئات المشترين العام الماضي.
وواجه المتهم عددا من التهم التي استندت إليها المحكمة في حكمها، ومن أبرزها:
بيع سلع غير موجودة:
تلقي مبالغ مالية مقابل أجهزة لم تكن في مخزنه أصلا ولم يرسلها إلى المشترين رغم مطالباتهم عبر
"""

PHASES = """\
محليات
البلدية تطلق خطة من مرحلتين لتجديد السوق القديم
أعلنت البلدية خطة لتجديد السوق القديم بتكلفة خمسين مليونا على مدى عامين، وجاءت مراحلها على النحو التالي:
المرحلة الأولى:
تشمل ترميم واجهات المحلات وإعادة رصف الأزقة الرئيسية وتمديد شبكة جديدة لتصريف مياه الأمطار في السوق.
المرحلة الثانية:
تتضمن إنشاء ساحة مظللة للزوار ومواقف للسيارات عند المدخل الشرقي، وتطرح للاستثمار الخاص في مزايدة علنية.
"""


def _split(page: str):
    return split_plain(page)


def _titles(page: str) -> list[str]:
    return [section.title for section in _split(page).article.sections if section.title]


def _spoken_all(page: str, first: str) -> bool:
    """Whether every line from the one starting with ``first`` on is spoken."""
    lines = _split(page).lines
    start = next(index for index, line in enumerate(lines) if line.text.startswith(first))
    return all(line.spoken for line in lines[start:] if line.text.strip())


@pytest.mark.parametrize("page, first", [(NAMED_INTERVIEW, "يعمل الخطاط"), (MARKED_INTERVIEW, "■ ما الذي")])
def test_interview_questions_are_body(page, first):
    """An interview's questions head no part: no section title, every question and answer read as body."""
    assert _titles(page) == []
    assert _spoken_all(page, first)
    decisions = {line.text: line.decision for line in _split(page).lines}
    assert all(decision == "body" for text, decision in decisions.items() if text.endswith("؟"))


@pytest.mark.parametrize("page, titles", [
    (EXPLAINER, ["ما هو داء الكلب؟", "كيف يمكن الوقاية منه؟", "هل يتوفر اللقاح؟"]),
    (GUIDE, ["ما الذي تحتاجه لطلبك؟", "كيف تدفع رسوم التجديد؟", "متى تصلك الرخصة الجديدة؟"]),
    (DIALOGUE_REPORT, ["من يشارك في المؤتمر؟", "ما أبرز الملفات؟", "ماذا ينتظر الشارع؟"]),
])
def test_question_sub_headings_stay(page, titles):
    """Keep-test: questions heading an explainer's parts (an official quoted saying "we" under one), a guide's
    questions addressing the reader, a report whose headline names a national dialogue: one sign of a talk at most,
    the questions stay section titles."""
    assert _titles(page) == titles


def test_question_asking_then_is_body():
    """An opinion piece asking "what then?" ("ما الحل إذن؟") draws its question from the paragraph above: body."""
    assert _titles(OPINION_THEN) == []
    assert _spoken_all(OPINION_THEN, "كل عام")


def test_label_under_an_announcing_paragraph_is_an_item():
    """A label closed by a colon right under a paragraph announcing a list ("ومن أبرزها:"), on a page cut after it,
    names the list's first item: body, not a section title."""
    assert _titles(ANNOUNCED_LIST_CUT) == []
    assert _spoken_all(ANNOUNCED_LIST_CUT, "قضت المحكمة")


def test_numbered_parts_under_an_announcing_paragraph_stay():
    """Keep-test: labels numbering the parts a paragraph announces ("على النحو التالي:" / "المرحلة الأولى:") head
    them."""
    assert _titles(PHASES) == ["المرحلة الأولى:", "المرحلة الثانية:"]
