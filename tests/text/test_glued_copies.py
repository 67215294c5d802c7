"""A title a copy glued to itself on one line ("XX", "X X"), read once as the headline or a section title; and the
look-alikes that must keep their reading: a chant said twice, photo captions said twice (alt text and caption) between
paragraphs, a headline or list that lost its spaces (a PDF or Word copy)."""

from text.account import account
from text.doubled import doubled_title, title_once
from text.plain import parse_plain
from tests.support.article_views import decisions, page, spoken

TITLE = "حلويات الشتاء"
LEAD = ("لا يكتمل مساء الشتاء في بيوتنا دون طبق من حلويات الشتاء الدافئة، تتوارثه الأسر وتعده الأمهات حين يشتد "
        "البرد ويجتمع الأبناء حول المدفأة في البيت.")
SECOND = ("تحتاج العجينة إلى دقيق ناعم وزبدة طرية وقليل من ماء الزهر، وتعجن بلطف حتى تتماسك دون أن تفقد "
          "طراوتها، ثم تترك لترتاح نصف ساعة.")
THIRD = ("يخبز الطبق في فرن متوسط الحرارة حتى يصير لونه ذهبيا، ثم يسقى بالقطر البارد ويترك حتى يبرد قبل "
         "تقديمه مع القهوة.")
FOURTH = ("ويفضل كثيرون حفظ ما يتبقى منه في علبة محكمة الإغلاق، فيبقى طريا لأيام عدة دون أن يفقد شيئا من "
          "نكهته.")
FIRST_PART = "العجينة المثالية"
SECOND_PART = "طريقة الخبز والتقديم"
NEWS_TITLE = "طريقة تحضير حلويات الشتاء في البيت"


def test_a_title_glued_to_its_own_copy_is_the_headline_said_once():
    for doubled in (TITLE + TITLE, NEWS_TITLE + " " + NEWS_TITLE):
        article = parse_plain(page("Article Details", doubled, LEAD, SECOND, THIRD))
        assert article.headline == doubled_title(doubled)
        assert spoken(article) == [LEAD, SECOND, THIRD]
    # The page saying the title alone under the glued copy: that copy is dropped as the headline's repeat.
    article = parse_plain(page(TITLE + TITLE, TITLE, LEAD, SECOND, THIRD))
    assert article.headline == TITLE and spoken(article) == [LEAD, SECOND, THIRD]


def test_a_sub_heading_glued_to_its_own_copy_is_read_once():
    article = parse_plain(page(NEWS_TITLE, LEAD, SECOND, FIRST_PART + FIRST_PART, THIRD, SECOND_PART + SECOND_PART,
                               FOURTH))
    assert [section.title for section in article.sections] == [None, FIRST_PART, SECOND_PART]
    assert decisions(page(NEWS_TITLE, LEAD, SECOND, FIRST_PART + FIRST_PART, THIRD))[FIRST_PART * 2] == "section title"


def test_a_phrase_said_twice_on_purpose_keeps_its_words():
    chant = "نريد الماء في كل بيت نريد الماء في كل بيت"
    announced = "وردد المحتجون أمام مبنى البلدية هتافات تطالب بتسريع العمل:"
    article = parse_plain(page(NEWS_TITLE, LEAD, announced, chant, SECOND, THIRD))
    assert " ".join(spoken(article)).count("نريد الماء") == 2
    # Inside the article only a copy glued to the title is read once; one word said twice is never a title.
    assert title_once(chant, spaced=False) == chant and title_once(chant) == "نريد الماء في كل بيت"
    for line in ("شكرا شكرا", "شكراشكرا", "حلويات الشتاء حلويات الشتاء"):
        assert doubled_title(line) is None
    article = parse_plain(page(NEWS_TITLE, LEAD, SECOND, "شكرا شكرا", THIRD))
    assert "شكرا شكرا" in spoken(article)


MENU = ("الرئيسية", "أخبار", "اقتصاد", "رياضة", "فن وثقافة", "منوعات")
FOOT = ("اقرأ أيضا", "ارتفاع أسعار الذهب في السوق المحلية مع بداية تعاملات الأسبوع",
        "الأرصاد تحذر من موجة حارة تضرب البلاد نهاية الأسبوع", "جميع الحقوق محفوظة © 2024")


def test_photo_captions_said_twice_between_paragraphs_stay_dropped():
    # Review H1: two or three captions said twice (alt text and caption), named as who or what is shown, are no
    # sub-headings said twice: both copies are dropped and the article is not split at them.
    opening = ("استقبل الرئيس الفرنسي نظيره الأمريكي في قصر الإليزيه صباح اليوم، في زيارة رسمية تستمر ثلاثة أيام "
               "يبحث خلالها الجانبان ملفات عدة.")
    middle = ("وبحث الرئيسان خلال اللقاء تطورات الحرب في أوكرانيا وسبل دعم كييف عسكريا واقتصاديا في مواجهة الهجوم "
              "الروسي المستمر.")
    closing = ("ومن المقرر أن يشارك الضيف غدا في احتفالات ذكرى إنزال النورماندي إلى جانب عدد من قادة الدول "
               "الحليفة.")
    person, place = "الرئيس الأمريكي جو بايدن", "قصر الإليزيه في العاصمة الفرنسية باريس"
    article = parse_plain(page(*MENU, "ماكرون يستقبل بايدن في باريس لبحث الحرب في أوكرانيا",
                               "الأربعاء 5 يونيو 2024 - 10:30 ص", opening, person, person, middle, place, place,
                               closing, *FOOT))
    assert spoken(article) == [opening, middle, closing]
    assert [section.title for section in article.sections] == [None]


def test_a_headline_that_lost_its_spaces_stays_the_headline():
    # Review H2: a PDF or Word copy drops the space after a final ة; the line is still the headline and the lead
    # stays the article's first paragraph.
    headline = "قمة عربيةطارئة في القاهرةلبحث الأزمةالإنسانية"
    lead = ("يعقد القادة العرب قمة طارئة في القاهرة بعد غد لبحث تدهور الأوضاع الإنسانية في المنطقة، بدعوة من "
            "جامعة الدول العربية.")
    second = ("وقال الأمين العام للجامعة إن القمة ستناقش آليات إيصال المساعدات وتأمين الممرات الإنسانية للمدنيين "
              "المحاصرين.")
    article = parse_plain(page(*MENU, headline, "الثلاثاء 14 مايو 2024", lead, second, *FOOT))
    assert article.headline == headline
    assert spoken(article) == [lead, second]


def test_a_list_run_together_under_its_sub_heading_is_the_articles():
    # Review H3: a recipe's ingredients run together (missing spaces) under "المكونات": the list is the article's
    # and both sub-headings stay titles.
    intro = ("كيكة البرتقال من أسهل الحلويات التي يمكن تحضيرها في البيت، وتناسب جلسات العصر مع كوب من الشاي أو "
             "القهوة.")
    ingredients = "كوب دقيق ذرةملعقة كبيرة زبدةرشة قرفةحبة بيضة مخفوقة"
    steps = ("يخفق البيض مع السكر حتى يصبح المزيج فاتحا وكثيفا، ثم يضاف عصير البرتقال والزيت ويقلب جيدا.",
             "يصب الخليط في قالب مدهون ويخبز في فرن حرارته مئة وثمانون درجة لمدة أربعين دقيقة حتى ينضج تماما.")
    seen = decisions(page(*MENU, "طريقة عمل كيكة البرتقال الإسفنجية", "آخر تحديث: 4 مايو 2024", intro, "المكونات",
                          ingredients, "طريقة التحضير", *steps, *FOOT))
    assert seen["المكونات"] == seen["طريقة التحضير"] == "section title"
    assert not seen[ingredients].startswith("-")


def test_a_headline_said_twice_with_a_space_is_read_once_and_its_copy_reported():
    """Every word of the page is spoken or reported: the copy goes to the dropped lines, as a repeated headline."""
    title = "خطة تطوير الطرق الجديدة"
    text = f"{title} {title}\nأعلن الوزير خطة تطوير الطرق الجديدة في المدينة خلال العام المقبل.\n"
    article = parse_plain(text)
    assert article.headline == title
    assert [(item.text, item.reason) for item in article.dropped] == [(title, "repeated headline")]
    assert account(text, article).ok


def test_one_word_said_over_and_over_is_no_title_said_twice():
    line = " ".join(["الحكومة"] * 6)
    assert doubled_title(line) is None and doubled_title(line.replace(" ", "")) is None
