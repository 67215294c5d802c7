"""A page cut short inside the article's closing lists (``text.taillists``, ``text.cutshort.with_cut_page_end``).

The article closes on a list under a label of its own (the parts of an opening ceremony, a fact box's parts and rows)
and the excerpt ends inside it: the label, the items and the cut last line are the article's. A box of the page stays
out, cut or not: other stories' titles under a label sharing the story's word, a tag list, a site's section, a
channel's programmes, a list under a label naming nothing the article says (or only what the site's menu says).
Every page is written for the test (no real page's text).
"""

import pytest

from text.cutshort import with_cut_page_end
from text.lineshape import cut_in_quoted_speech
from text.plain import parse_plain
from text.scoredline import LineScore
from text.taillists import tail_lists, tells_news
from tests.support.article_views import spoken

MENU = ["الصفحة الأولى", "محليات", "ثقافة", "رياضة"]
TITLE = "نادي الواحة يدشن ملعبه الجديد بمباراة ودية أمام فريق الساحل"
LEAD = ["دشن نادي الواحة مساء السبت ملعبه الجديد في الحي الشمالي، بعد ثلاث سنوات من الأشغال، بحضور رئيس البلدية "
        "وعدد من قدماء اللاعبين.",
        "وتضمنت فقرات الحفل عروضا لفرق الناشئين قبل المباراة الودية، ونقلت قناة المدينة المباراة مباشرة، فيما ملأ "
        "الجمهور مقاعد الملعب ومدرجاته الأربعة منذ العصر دعما لملاعب الأحياء."]
PARTS = ["فقرات الحفل:", "استعراض فرق الناشئين", "تكريم قدماء اللاعبين", "مباراة ودية أمام الساحل",
         "توزيع الجوائز على الم"]
TEASERS = ["حارس الواحة يجدد عقده لموسمين", "المدرب يستدعي ثلاثة لاعبين شبان", "جماهير الساحل تطالب برحيل الإدارة",
           "النادي يفتح باب الاشتراكات في"]


def page(*lines: str) -> list[str]:
    return spoken(parse_plain("\n".join([*MENU, TITLE, *LEAD, *lines])))


def test_the_articles_list_under_its_label_is_kept_when_the_page_is_cut_inside_it():
    said = page(*PARTS)
    assert all(line in said for line in PARTS)  # the label is read too, as body or as the part's heading


def test_the_same_list_on_a_page_that_ends_whole_is_left_to_the_other_rules():
    # Not cut: a page part past the article ends whole; nothing here says the list is the article's.
    said = page(*PARTS[:-1], "توزيع الجوائز")
    assert "تكريم قدماء اللاعبين" not in said


def test_a_list_under_a_label_naming_nothing_the_page_says_stays_out():
    said = page("أقسام الموقع:", "أخبار محلية", "رياضة", "اقتصاد", "منوعات", "تك")
    assert not {"أخبار محلية", "اقتصاد"} & set(said)


def test_writers_and_contact_boxes_stay_out():
    writers = page("كتاب الموقع:", "سامي الخطيب", "ليلى الحسن", "خالد النجار", "منى س")
    contact = page("للتواصل:", "الهاتف: 0123456", "البريد: info", "العنوان: شارع ال")
    assert not {"سامي الخطيب", "ليلى الحسن"} & set(writers)
    assert not {"الهاتف: 0123456", "البريد: info"} & set(contact)


@pytest.mark.parametrize("label", [
    "قصص مشابهة:", "في نفس السياق:", "تعليقات القراء:", "أخبار النادي:", "مقالات عن الملعب:",
    # A label naming a kind of the site's content or a part of its page in any of its words, though it shares the
    # story's word.
    "آخر أخبار النادي:", "في ملف الملعب الجديد:", "عناوين نادي الواحة:", "ذات صلة بنادي الواحة:",
    # A box named after the story's subject, over other stories' titles: the titles are told as news.
    "نادي الواحة:", "حصيلة الموسم في الملعب:"])
def test_a_box_of_titles_on_the_story_stays_out(label):
    said = page(label, *TEASERS)
    assert not set(TEASERS) & set(said), label


def test_a_tag_list_under_a_label_naming_tags_stays_out():
    tags = ["نادي الواحة", "الملاعب", "فرق الناشئين", "البلدية", "الدوري المح"]
    said = page("الكلمات المفتاحية للنادي:", *tags)
    assert not set(tags) & set(said)


def test_a_channels_programmes_stay_out_though_the_story_names_the_channel():
    shows = ["نشرة المساء", "ملاعب وأبطال", "حكايات من الحي", "سهرة الجمعة مع"]
    said = page("جدول بث قناة المدينة:", *shows)
    assert not set(shows) & set(said)


def test_a_site_section_named_by_the_story_over_its_news_stays_out():
    teasers = ["الفريق الأول يعود إلى التدريبات", "اللاعب الدولي يغيب عن المباراة المقبلة",
               "الاتحاد يعلن مواعيد الجولة الثانية", "الحكام يطالبون بزيادة أجورهم في"]
    said = page("ملاعب:", *teasers)
    assert not set(teasers) & set(said)


def test_the_articles_names_then_a_box_of_news_the_box_being_cut_stays_out():
    scorers = ["أهداف المباراة:", "أنيس الكافي", "رامي بن سالم"]
    said = page(*scorers, "عناوين الدوري:", "النجم يقيل مدربه بعد الهزيمة", "الأمل يتعاقد مع مهاجم",
                "الاتحاد يستعيد قائده من")
    assert not {"أنيس الكافي", "الأمل يتعاقد مع مهاجم"} & set(said)


def test_a_box_below_the_articles_list_is_judged_on_its_own():
    # The article's parts share the story's word; the box under them does not, and its teasers are no one's parts.
    said = page(*PARTS[:-1], "منوعات:", "فنانة معروفة تعلن خطوبتها", "وصفة سريعة لكعك العيد",
                "أغرب العادات حول العالم", "نصائح لنوم هادئ في")
    assert not {"وصفة سريعة لكعك العيد", "تكريم قدماء اللاعبين"} & set(said)


def test_a_label_sharing_only_the_menus_word_stays_out():
    said = page("ثقافة:", "مهرجان المسرح يفتتح دورته العاشرة", "الكاتبة تقدم روايتها الأولى",
                "المتحف يستقبل زواره مجانا", "معرض الكتاب يمدد أيامه إلى")
    assert "مهرجان المسرح يفتتح دورته العاشرة" not in said


def test_a_label_sharing_only_a_word_any_box_uses_stays_out():
    # "الأسبوع" is in the lead and the label; the label names nothing else of the story.
    lead = LEAD[0].replace("مساء السبت", "هذا الأسبوع")
    said = spoken(parse_plain("\n".join([*MENU, TITLE, lead, LEAD[1], "مباريات الأسبوع:", "الواحة والنجم",
                                         "الأمل والاتحاد", "الشباب والساحل", "الهلال والم"])))
    assert "الأمل والاتحاد" not in said


def test_a_lone_label_at_the_page_end_is_no_cut_without_a_fact_box_above_it():
    assert "تكريم قدماء اللاعبين" not in page(*PARTS[:-1], "الصور:")
    assert "المدرب يستدعي ثلاثة لاعبين شبان" not in page("حصيلة النادي:", *TEASERS[:-1], "تحليلات:")


STADIUM_BOX = ["بطاقة الملعب", "عدد المقاعد: 8 آلاف مقعد", "عدد المدرجات: 4 مدرجات", "المرافق",
               "غرف الملابس: 4 غرف", "مساحة العيادة: 60 مترا", "الخدمات:", "مقهى للجمهور", "مصلى",
               "موقف للحافلات", "الإنارة:"]


def test_a_fact_box_of_headed_rows_and_lists_cut_on_its_next_label_is_kept():
    said = page(*STADIUM_BOX)
    assert all(line in said for line in STADIUM_BOX[1:3] + STADIUM_BOX[4:6] + STADIUM_BOX[7:10])


def test_a_lone_label_at_the_page_end_is_no_cut_without_a_list_above_it():
    said = page("استعراض فرق الناشئين", "الملعب:")
    assert "الملعب:" not in said


SPEECH = "رئيس البلدية، الذي حضر الحفل مع أعضاء المجلس، توجه إلى الجمهور بالقول:"


def test_a_quoted_speech_cut_after_its_first_sentence_ends_the_page_cut():
    said = page(*PARTS[:-1], SPEECH, "\"هذا الملعب ملك لكل أبناء الحي. ونأمل أن يكون بداية لمرافق أخرى تخدم شباب")
    assert "تكريم قدماء اللاعبين" in said


def test_a_teaser_the_site_shortened_is_no_cut():
    teasers = ["أرقام الموسم في الملاعب: حصيلة ثقيلة", "فرق الأحياء تشكو قلة الملاعب والمدربين منذ أعوام",
               "قال رئيس النادي: \"الملعب جاهز. لكن العشب يحتاج إلى صيانة أكبر..."]
    said = page(*teasers)
    assert not set(teasers) & set(said)


def test_quoted_speech_cut_needs_a_speech_opened_a_sentence_of_it_ended_and_no_ellipsis():
    assert cut_in_quoted_speech("\"هذا الملعب ملك لكل أبناء الحي. ونأمل أن يكون")
    assert cut_in_quoted_speech("وقال: «هذا الملعب ملك لكل أبناء الحي. ونأمل أن")
    assert not cut_in_quoted_speech("\"هذا الملعب ملك لكل أبناء الحي\" قال رئيس البلدية")  # closed
    assert not cut_in_quoted_speech("\"هذا الملعب ملك لكل أبناء الحي ونأمل أن يكون")  # no sentence ended inside
    assert not cut_in_quoted_speech("\"هذا الملعب ملك لكل أبناء الحي. ونأمل الخير.")  # the line ends its sentence
    assert not cut_in_quoted_speech("قال المدرب: \"الفريق جاهز. لكن الدفاع يحتاج إلى وقت...")  # the site's excerpt
    assert not cut_in_quoted_speech("قال المدرب: \"الفريق جاهز. لكن الدفاع يحتاج [...]")
    assert not cut_in_quoted_speech("مدرب الواحة: \"الفريق جاهز. لكن الدفاع يحتاج إلى")  # a title's name and colon
    assert not cut_in_quoted_speech("وقال: «زرنا د. سامي العيادي في عيادته مع")  # a doctor's abbreviation
    assert not cut_in_quoted_speech("وقال: «الموسم المقبل.. تحديات كبيرة أمام")  # a title's pause


def test_news_told_by_a_subject_and_its_verb_in_the_present():
    assert tells_news("حارس الواحة يجدد عقده لموسمين")
    assert tells_news("الحكام يطالبون بزيادة أجورهم")
    assert not tells_news("تكريم قدماء اللاعبين")  # a verbal noun names a part of the day
    assert not tells_news("• الأستاذ يوسف الحمامي")  # a given name of a verb's shape
    assert not tells_news("النجم يفوز")  # two words: a name and a word, no title


def line(text: str, score: float = -0.5) -> LineScore:
    return LineScore(text, score, None, "")


def test_tail_lists_gives_the_label_and_items_only_under_a_label_the_article_names():
    article = [line(text, 4.0) for text in LEAD]
    tail = [line(text) for text in PARTS]
    assert tail_lists(tail, article) == frozenset(range(len(PARTS)))
    menu = [line(text) for text in ("أقسام الموقع:", "أخبار محلية", "رياضة", "تك")]
    assert tail_lists(menu, article) == frozenset()


def test_tail_lists_takes_nothing_when_a_box_stands_among_the_lists():
    article = [line(text, 4.0) for text in LEAD]
    tail = [line(text) for text in (*PARTS[:-1], "منوعات:", "وصفة سريعة لكعك العيد", "أغرب العادات حول العالم")]
    assert tail_lists(tail, article) == frozenset()


def test_a_fact_boxs_parts_go_in_together_when_one_of_them_names_the_article():
    article = [line(text, 4.0) for text in LEAD]
    tail = [line(text) for text in STADIUM_BOX]
    assert tail_lists(tail, article) == frozenset(range(len(STADIUM_BOX)))  # "المرافق" shares no word: its box's


def test_listed_lines_are_no_cue_of_another_part_but_the_other_cues_stay():
    scored = (line(TITLE), *(line(text, 4.0) for text in LEAD), *(line(text) for text in PARTS))
    listed = frozenset(range(3, len(scored)))
    assert with_cut_page_end(scored, 1, 3) == 3  # items naming nothing of the article, in a row
    assert with_cut_page_end(scored, 1, 3, listed=listed) == len(scored)
    spoken_to = (*scored[:-1], line("شاركونا آراءكم في التعليقات وتابعوا صفحتنا على"))
    assert with_cut_page_end(spoken_to, 1, 3, listed=listed) == 3
