"""Other stories' titles standing alone inside the article in a short run, with no "read also" header (s24 fixer
"teasers": seen on three sites of one network, two titles between two paragraphs or between a paragraph closed by a
colon and its marked list, and on a fourth site one title under "لا تفوت:" fenced by rules of dashes). Before, they
were read as the article's lines. A short run is told by its words: each line is a whole long title sharing almost
none of its words with the article. Each drop has its keep-test: a sub-heading over a short unpunctuated paragraph, two
unpunctuated paragraphs of the story, a group's heading between a list's lead-in and its items, two verses, a quote
under its speaker's name, a page spacing its sub-headings with empty lines. All pages are our own words.
"""

from __future__ import annotations

import pytest

from tests.support.article_views import page, reasons, spoken
from text.othertitles import OTHER_TITLES
from text.plain import split_plain

TITLE = "افتتاح خط القطار السريع بين الرباط ومراكش"
LEAD = ("أعلن المكتب الوطني للسكك الحديدية في المغرب، اليوم الاثنين، عن بدء تشغيل الخط الجديد للقطار السريع بين "
        "الرباط ومراكش ابتداء من الشهر المقبل بعد سنوات من الأشغال.")
SECOND = ("وأوضح المكتب في بيان أن الرحلة بين المدينتين ستستغرق ساعة ونصف الساعة بدلا من ثلاث ساعات، وأن التذاكر "
          "ستطرح للبيع عبر الموقع الإلكتروني والمحطات.")
THIRD = "وأشار البيان إلى أن القطارات الجديدة مجهزة بمقاعد مريحة وخدمة الإنترنت اللاسلكي."
TEASERS = ("مهرجان الموسيقى الروحية يعود إلى فاس بمشاركة فرق من عشرين بلدا",
           "تعرف على أسعار الذهب في الأسواق المغربية خلال تعاملات نهاية الأسبوع",
           "رسميا.. وزارة التجارة تعلن موعد صرف الدعم النقدي للأسر المستحقة بعد التعديل الأخير")


def _dropped_as_other_titles(article, lines) -> bool:
    return all(reasons(article).get(line) == OTHER_TITLES for line in lines)


@pytest.mark.parametrize("pair", [TEASERS[:2], TEASERS[1:], (TEASERS[2], TEASERS[0])])
def test_two_titles_of_other_stories_between_paragraphs_are_not_read(pair):
    article = split_plain(page(TITLE, LEAD, *pair, SECOND, THIRD)).article
    assert spoken(article) == [LEAD, SECOND, THIRD]
    assert _dropped_as_other_titles(article, pair)


def test_on_a_page_spacing_its_lines_the_empty_lines_stand_between_nothing():
    text = "\n\n".join((TITLE, LEAD, *TEASERS, SECOND, THIRD)) + "\n"
    article = split_plain(text).article
    assert spoken(article) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("mark", ["•", "-", "1."])
def test_a_title_between_a_list_s_lead_in_and_its_marked_items_is_not_read(mark):
    lead_in = ("فتحت الجامعة الوطنية باب التقديم على منحها الدراسية للعام الجامعي الجديد، وحددت مجموعة من الشروط "
               "الواجب توفرها في المتقدمين، ومن أبرزها:")
    items = [f"{mark} أن يكون المتقدم حاصلا على معدل لا يقل عن 85 بالمئة.", f"{mark} أن يقدم شهادة حسن السيرة والسلوك.",
             f"{mark} ألا يكون مستفيدا من منحة أخرى."]
    closing = "وأكدت الجامعة أن آخر موعد لتقديم الطلبات هو نهاية الشهر الجاري."
    article = split_plain(page("شروط التقديم على منحة الجامعة الوطنية", lead_in, TEASERS[2], *items, closing)).article
    assert spoken(article) == [lead_in, *items, closing]


def test_a_title_beside_a_known_video_teaser_goes_with_it():
    teaser = "عاجل.. انقطاع المياه عن عدة أحياء غدا لأعمال الصيانة الدورية"
    article = split_plain(page(TITLE, LEAD, "فيديو.. لحظة إنقاذ طفل سقط في بئر مهجورة بإحدى القرى", teaser, SECOND,
                               THIRD)).article
    assert spoken(article) == [LEAD, SECOND, THIRD]


@pytest.mark.parametrize("rule", ["____", "***", ""])
def test_a_labelled_title_fenced_by_rules_is_not_read(rule):
    title = "تراجع أسعار القمح في البورصات العالمية"
    lead = "سجلت أسعار القمح تراجعا جديدا في البورصات العالمية خلال تعاملات الأسبوع الماضي بفعل وفرة المعروض."
    second = "وتوقع محللون أن تستمر أسعار القمح في التراجع خلال الأشهر المقبلة مع بدء موسم الحصاد في الشمال."
    third = "وأضاف المحللون أن أسعار القمح قد تعود للارتفاع إذا تراجع المعروض من الدول المصدرة."
    link = "ننصحك بقراءة: فريق المنتخب الأولمبي يغادر إلى فرنسا استعدادا لبطولة الصيف العالمية"
    article = split_plain(page(title, lead, rule, link, rule, second, third)).article
    assert spoken(article) == [lead, second, third]


# Near misses: the article's own lines, of the same shapes, stay.

def test_a_sub_heading_over_a_short_unpunctuated_paragraph_stays():
    lead = ("أطلقت وزارة الصحة صباح اليوم حملة التطعيم الموسمية ضد الإنفلونزا في جميع المراكز الصحية بالمحافظات، "
            "وتستمر الحملة شهرين.")
    heading = "الفئات المستهدفة بحملة التطعيم ضد الإنفلونزا هذا الموسم"
    short = "تستهدف الحملة كبار السن والحوامل والأطفال ومرضى الأمراض المزمنة"
    closing = ("وأكدت الوزارة أن اللقاح متوفر مجانا في المراكز الصحية، وأن التطعيم يقلل خطر المضاعفات الخطيرة "
               "للإنفلونزا بنسبة كبيرة.")
    article = split_plain(page("وزارة الصحة تطلق حملة التطعيم الموسمية", lead, heading, short, closing)).article
    assert spoken(article) == [lead, heading, short, closing]


def test_two_unpunctuated_paragraphs_of_the_story_stay():
    lead = "شهدت أسواق الخضار في المدينة ارتفاعا ملحوظا في الأسعار خلال الأسبوع الجاري، وسط شكاوى من المواطنين."
    first = "وصل سعر كيلو الطماطم في أسواق المدينة إلى ثلاثة دنانير للمرة الأولى"
    second = "ويرجع التجار ارتفاع أسعار الخضار إلى موجة البرد التي ضربت المزارع"
    closing = "وقال أحد التجار إن الأسعار ستعود إلى الانخفاض مع تحسن الطقس، مشيرا إلى أن الطلب ما زال مرتفعا."
    article = split_plain(page("ارتفاع أسعار الخضار في أسواق المدينة", lead, first, second, closing)).article
    assert spoken(article) == [lead, first, second, closing]


def test_a_group_s_heading_between_a_list_s_lead_in_and_its_items_stays():
    lead_in = ("أعلن بنك الإسكان صباح اليوم عن شروط الحصول على قرض الإسكان الجديد للموظفين، بعد أن رفع قيمة القرض "
               "إلى ضعف ما كانت عليه، وتشمل الشروط ما يلي:")
    heading = "الشروط الخاصة بالموظفين في القطاع الحكومي والقطاع الخاص للحصول على القرض"
    items = ["- أن يكون الموظف على رأس عمله منذ سنتين.", "- ألا يتجاوز القسط ثلث الراتب الشهري.",
             "- أن يقدم كشف حساب لآخر ستة أشهر."]
    closing = "وأكد البنك أن الطلبات تقدم عبر التطبيق الإلكتروني."
    article = split_plain(page("شروط الحصول على قرض الإسكان الجديد", lead_in, heading, *items, closing)).article
    assert spoken(article)[:2] == [lead_in, heading]


def test_two_verses_quoted_between_paragraphs_stay():
    lead = ("فاز الشاعر سليم الحداد بجائزة الإبداع الأدبي لهذا العام عن ديوانه الأخير، وقد تسلم الجائزة في حفل أقيم "
            "مساء الخميس وقرأ فيه أبياتا من قصيدته.")
    verses = ["يا ليل الصب متى غده أقيام الساعة موعده", "رقد السمار فأرقه أسف للبين يردده"]
    closing = "وعبر الحداد عن سعادته بالجائزة، مؤكدا أن الشعر ما زال قادرا على مخاطبة الناس في كل زمان."
    article = split_plain(page("الشاعر يفوز بجائزة الإبداع الأدبي", lead, *verses, closing)).article
    assert spoken(article) == [lead, *verses, closing]


def test_a_quote_under_its_speaker_s_name_stays():
    lead = "انطلقت أمس بطولة الشطرنج الدولية في العاصمة بمشاركة مئة لاعب من ثلاثين دولة، وتستمر البطولة عشرة أيام."
    quote = "الوزير: البطولة فرصة لاكتشاف المواهب الشابة في الشطرنج"
    after = ("وأكد الوزير في كلمته خلال حفل الافتتاح أن البطولة تعكس اهتمام الدولة بالرياضات الذهنية، داعيا "
             "اللاعبين الشباب إلى المشاركة.")
    article = split_plain(page("انطلاق بطولة الشطرنج الدولية في العاصمة", lead, quote, after,
                               "ويشارك في البطولة عدد من أبطال العالم السابقين.")).article
    assert quote in spoken(article)


def test_sub_headings_on_a_page_spacing_its_lines_stay():
    lines = ("تطوير شبكة النقل العام في المدينة",
             "بدأت بلدية المدينة تنفيذ خطة لتطوير شبكة النقل العام تشمل خطوطا جديدة للحافلات ومحطات حديثة.",
             "المرحلة الأولى من خطة تطوير شبكة النقل العام",
             "تشمل المرحلة الأولى إنشاء عشرين محطة حافلات حديثة في وسط المدينة، على أن تنتهي الأعمال خلال ستة أشهر.",
             "المرحلة الثانية وتوسيع خطوط الحافلات إلى الضواحي",
             "تمتد الخطوط في المرحلة الثانية إلى الضواحي الشمالية والجنوبية، وتضاف إليها حافلات كهربائية.")
    article = split_plain("\n\n".join(lines) + "\n").article
    assert spoken(article) == list(lines[1:])
    assert [section.title for section in article.sections if section.title] == [lines[2], lines[4]]
