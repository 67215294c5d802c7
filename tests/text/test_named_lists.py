"""Recipe and how-to pages, in our own words (s18 review_r7.md H1): a list under a heading that names it ("المكونات",
"المقادير", "مكونات X", "الأدوات المطلوبة") of short item lines ("3 بيضات", "كوب سكر"), then the method ("طريقة
التحضير" and its steps) is the article: each short item scored below prose, and five or more cut the ingredients and
the method "after the article" (or the intro "before" it). The items are read, the headings are section titles, the
page's title stays the headline. Keep-twins: a most-read list, a "related recipes" box, a shopping-prices widget and
the tags under the recipe are still dropped."""

from __future__ import annotations

import pytest

from tests.support.article_views import decisions, page, spoken
from text.plain import parse_plain


def _check(text: str, title: str, article_lines: tuple[str, ...], headings: tuple[str, ...],
           furniture: tuple[str, ...]) -> None:
    """The title is the headline; every line of the article is read, its headings as section titles; the page's
    furniture is not."""
    article = parse_plain(text)
    assert article.headline == title
    said = decisions(text)
    heard = spoken(article)
    for line in article_lines:
        assert said[line] in ("body", "section title"), line
    for heading in headings:
        assert said[heading] == "section title", heading
    for line in furniture:
        assert not said[line].startswith(("body", "section title", "headline")), line
        assert line not in heard


LENTIL_TITLE = "طريقة عمل شوربة العدس الأصفر بطعم المطاعم"
LENTIL_INTRO = ("تعد شوربة العدس من الأطباق الدافئة التي يقبل عليها الجميع في أيام الشتاء الباردة، ونعرض لكم فيما يلي "
                "طريقة تحضيرها بخطوات بسيطة.")
LENTIL_ITEMS = ("كوبان عدس أصفر", "بصلة متوسطة", "جزرة مقطعة", "حبة طماطم", "ملعقة كمون", "لتر مرق دجاج",
                "ملح وفلفل أسود")
LENTIL_STEPS = ("1- يغسل العدس جيدا وينقع في الماء لمدة نصف ساعة.",
                "2- يقلب البصل والجزر في قليل من الزيت حتى يذبل.",
                "3- يضاف العدس والطماطم والمرق ويترك على نار هادئة حتى ينضج.",
                "4- يضرب الخليط في الخلاط ويتبل بالكمون والملح ويقدم ساخنا.")


def test_ingredients_under_a_heading_naming_the_dish_then_numbered_steps():
    """The reviewer's shape (an Egyptian daily's kitchen page): "مكونات X" over seven short items, "طريقة التحضير",
    numbered steps, a related box and the copyright under it."""
    text = page("البوابة", "الرئيسية", "منوعات", "ستات", "مطبخ", LENTIL_TITLE, "كتبت: هبة سالم",
                "الأحد 12/مايو/2024 - 06:15 م", LENTIL_INTRO, "مكونات شوربة العدس", *LENTIL_ITEMS, "طريقة التحضير",
                *LENTIL_STEPS, "الوسوم", "شوربة", "مطبخ", "مواضيع متعلقة", "طريقة عمل شوربة الخضار",
                "جميع الحقوق محفوظة © 2024")
    _check(text, LENTIL_TITLE, (LENTIL_INTRO, *LENTIL_ITEMS, *LENTIL_STEPS), ("مكونات شوربة العدس", "طريقة التحضير"),
           ("الوسوم", "شوربة", "طريقة عمل شوربة الخضار"))


MAHSHI_TITLE = "محشي الكوسة باللحم المفروم.. وصفة سهلة لسفرة الجمعة"
MAHSHI_INTRO = ("يحرص كثير من الأسر على تحضير محشي الكوسة في يوم الإجازة، وهو طبق يحتاج إلى بعض الصبر لكن نتيجته تستحق "
                "العناء.")
MAHSHI_METHOD = ("تفرغ الكوسة بعناية، ثم يخلط الأرز باللحم والبصل والطماطم المبشورة والبهارات، وتحشى الكوسة بالخليط "
                 "دون ضغط.",
                 "ترص الكوسة في حلة واسعة وتغمر بمرق اللحم، وتترك على نار متوسطة حتى ينضج الأرز تماما.")


def test_ingredients_after_a_colon_label_and_method_paragraphs():
    """"المكونات:" closed by a colon, bulleted items, "طريقة التحضير:" and two paragraphs: on main the intro and the
    items were cut "before the article", the run being the method only."""
    items = ("- كيلو كوسة صغيرة", "- نصف كيلو لحم مفروم", "- كوب أرز مصري", "- بصلة مفرومة", "- 2 حبة طماطم",
             "- ملح وبهارات")
    text = page(MAHSHI_TITLE, MAHSHI_INTRO, "المكونات:", *items, "طريقة التحضير:", *MAHSHI_METHOD)
    _check(text, MAHSHI_TITLE, (MAHSHI_INTRO, *items, *MAHSHI_METHOD), ("طريقة التحضير:",), ())


KOFTA_TITLE = "طريقة عمل صينية الكفتة بالبطاطس في الفرن"
KOFTA_INTRO = ("صينية الكفتة بالبطاطس من الأكلات التي لا تحتاج إلى وقت طويل، وتناسب الغداء اليومي للأسرة بمكونات "
               "متوفرة في كل بيت.")
KOFTA_PARTS = (("1", "تجهيز الكفتة",
                "تجهيز الكفتة يبدأ بخلط اللحم مع البصل والبقدونس والبهارات، ثم تشكل أقراصا متوسطة الحجم."),
               ("2", "تجهيز البطاطس",
                "تقشر البطاطس وتقطع شرائح رفيعة، وترص في الصينية بالتبادل مع أقراص الكفتة."),
               ("3", "الصلصة والفرن",
                "تصب الصلصة فوق الصينية وتدخل الفرن لمدة خمس وأربعين دقيقة حتى تتحمر البطاطس."))


def test_numbered_ingredients_then_step_headings_keep_the_title_as_headline():
    """"المقادير" over items numbered one number a line, then steps each under its number and heading (another
    fixer's find on main): the lead and the ingredients were cut "before the article" and the first step's heading,
    repeating its paragraph's opening, became the headline."""
    items = ("1", "كيلو لحم مفروم", "2", "بصلة مبشورة", "3", "نصف كيلو بطاطس", "4", "كوب صلصة طماطم")
    steps = tuple(line for part in KOFTA_PARTS for line in part)
    text = page("الرئيسية", "مطبخ", "صحتك", KOFTA_TITLE, "كتبت: منى حسن", KOFTA_INTRO, "المقادير", *items,
                "طريقة التحضير", *steps, "الوسوم", "لحوم")
    article_lines = (KOFTA_INTRO, *[item for item in items if not item.isdigit()],
                     *[line for _, heading, paragraph in KOFTA_PARTS for line in (heading, paragraph)])
    _check(text, KOFTA_TITLE, article_lines, ("المقادير", "طريقة التحضير"), ("الوسوم", "لحوم"))


BASBOUSA_TITLE = "البسبوسة بالقشطة في البيت.. أسهل طريقة للمبتدئات"
BASBOUSA_INTRO = ("البسبوسة من أشهر الحلويات الشرقية، وتحضيرها في البيت لا يحتاج إلى خبرة كبيرة إذا اتبعت الخطوات "
                  "بدقة، وهذه طريقتنا المجربة.")
BASBOUSA_METHOD = ("تخلط مكونات العجينة باليد حتى تتماسك، ويفرد نصفها في صينية مدهونة، ثم توزع القشطة فوقه ويغطى "
                   "بالنصف الآخر.")
MOST_READ = ("الأكثر قراءة", "1", "ارتفاع أسعار الدواجن في الأسواق اليوم", "2",
             "موعد صرف معاشات شهر يونيو", "3", "تفاصيل حالة الطقس غدا")


def test_ingredient_parts_under_their_own_names_and_a_most_read_list_after():
    """A dish in parts ("مكونات العجينة", "مكونات الحشوة") over unmarked items (bulleted ones join the run already),
    then "طريقة العمل" and a paragraph; the page's most-read list (numbered titles) under the recipe is still dropped
    (keep)."""
    dough = ("كوبان سميد خشن", "كوب سكر", "نصف كوب زبدة مذابة", "كوب زبادي", "ملعقة بيكنج باودر", "رشة فانيليا")
    filling = ("علبة قشطة", "ملعقة نشا", "كوب حليب")
    text = page("ستات وبس", "مطبخ", BASBOUSA_TITLE, "الخميس 16 مايو 2024 09:40 ص", BASBOUSA_INTRO,
                "مكونات العجينة", *dough, "مكونات الحشوة", *filling, "طريقة العمل", BASBOUSA_METHOD, *MOST_READ,
                "من نحن", "اتصل بنا", "سياسة الخصوصية")
    _check(text, BASBOUSA_TITLE, (BASBOUSA_INTRO, *dough, *filling, BASBOUSA_METHOD),
           ("مكونات العجينة", "مكونات الحشوة", "طريقة العمل"), MOST_READ[2::2])


WASHER_TITLE = "تنظيف الغسالة الأوتوماتيك من الداخل بمواد من مطبخك"
WASHER_INTRO = ("تتراكم بقايا المنظفات والجير داخل حوض الغسالة مع الوقت، فتظهر رائحة غير مستحبة على الملابس، ويمكن "
                "التخلص منها بمواد بسيطة.")
WASHER_STEPS = ("يصب الخل الأبيض في درج المنظفات، ثم تشغل الغسالة على أعلى درجة حرارة دون ملابس.",
                "بعد انتهاء الدورة تمسح حواف الباب والمطاط بقطعة القماش المبللة ببيكربونات الصوديوم.")


def test_a_how_to_page_tools_list_then_steps_and_related_box_dropped():
    """A how-to (not a recipe): "الأدوات المطلوبة" over short items, "الخطوات" over the steps' paragraphs; the
    "قد يعجبك أيضا" box of short titles under it stays furniture (keep)."""
    tools = ("كوبان خل أبيض", "نصف كوب بيكربونات الصوديوم", "قطعة قماش ناعمة", "فرشاة أسنان قديمة")
    related = ("طريقة تنظيف الثلاجة", "إزالة بقع الزيت من الملابس", "تلميع الأرضيات الرخام")
    text = page("سيدتي", "منزل", "ديكور", WASHER_TITLE, "إعداد: ريم العلي", WASHER_INTRO, "الأدوات المطلوبة", *tools,
                "الخطوات", *WASHER_STEPS, "قد يعجبك أيضا", *related, "جميع الحقوق محفوظة")
    _check(text, WASHER_TITLE, (WASHER_INTRO, *tools, *WASHER_STEPS), ("الأدوات المطلوبة", "الخطوات"), related)


KABSA_TITLE = "كبسة اللحم على الطريقة السعودية"
KABSA_INTRO = ("تحضر الكبسة في أغلب بيوت الخليج أسبوعيا، وسر نجاحها في نقع الأرز جيدا واختيار خلطة بهارات متوازنة "
               "تعطيها النكهة المميزة.")
KABSA_METHOD = ("يحمر اللحم مع البصل في قدر عميق، ثم يضاف الماء والبهارات ويترك حتى ينضج اللحم تماما.",
                "يضاف الأرز المنقوع إلى المرق ويطهى على نار هادئة حتى يتشرب الماء، ويقدم مع الدقوس.")
PRICES = ("أسعار الخضار اليوم", "الطماطم 4 ريالات", "البصل 3 ريالات", "الليمون 6 ريالات", "البطاطس 5 ريالات")


def test_gulf_recipe_with_amounts_and_a_prices_widget_after():
    """A Gulf paper's recipe, "المقادير:" with amounts, "طريقة التحضير:" and paragraphs; a shopping-prices widget
    (a title over short rows with figures) and the tags under the recipe are dropped (keep)."""
    items = ("كيلو لحم غنم", "3 أكواب أرز بسمتي", "بصلتان مفرومتان", "ملعقتان بهارات كبسة", "2 حبة طماطم",
             "ملعقة معجون طماطم")
    text = page("الوطن", "محليات", "منوعات", "مطبخ الوطن", KABSA_TITLE, "الرياض - الوطن", KABSA_INTRO, "المقادير:",
                *items, "طريقة التحضير:", *KABSA_METHOD, *PRICES, "الكلمات المفتاحية", "كبسة", "طبخ")
    _check(text, KABSA_TITLE, (KABSA_INTRO, *items, *KABSA_METHOD), (), PRICES[1:])


def test_a_related_card_whose_title_shares_the_last_paragraphs_words_is_not_read():
    """Keep (mend 1, s18 review_recipe.md M5): a related recipe's card with no label under the recipe, its title
    sharing two words with the recipe's last paragraph, then its own "المكونات", items and method: not the article's
    (a heading naming the dish over items is no longer taken as the article's)."""
    intro = ("صلصة الطحينة لا تغيب عن مائدة الشاورما والفلافل، ويمكن تحضيرها في دقائق قليلة بمكونات متوفرة في كل "
             "مطبخ.")
    method = "تخلط الطحينة مع عصير الليمون والثوم، ثم يضاف الماء تدريجيا مع التقليب حتى يصبح قوام الصلصة كريميا."
    title = "صلصة الطحينة للشاورما في خمس دقائق"
    card = ("صلصة الطحينة بالزبادي والنعناع", "المكونات", "كوب زبادي", "ربع كوب طحينة", "أوراق نعناع",
            "يخفق الزبادي مع الطحينة ويضاف النعناع المفروم، ثم تبرد الصلصة ساعة قبل التقديم مع المشويات.")
    text = page("الرئيسية", "مطبخ", title, "كتبت: سلمى فؤاد", intro, method, *card, "جميع الحقوق محفوظة")
    _check(text, title, (intro, method), (), card)


RICE_TITLE = "طريقة عمل الأرز بالشعرية المصري"
RICE_INTRO = ("الأرز بالشعرية طبق أساسي على السفرة المصرية، وسر نجاحه في تحميص الشعرية جيدا قبل إضافة الأرز والماء "
              "المغلي.")
RICE_ITEMS = ("كوبان أرز مصري", "ربع كوب شعرية", "ملعقتان سمن", "ملح")
RICE_METHOD = ("تحمص الشعرية في السمن حتى يصبح لونها ذهبيا، ثم يضاف الأرز ويقلب دقيقة، ويضاف الماء المغلي والملح "
               "ويترك على نار هادئة.")
CARD_ITEMS = ("نصف كيلو مكرونة قلم", "كيلو لحم مفروم", "لتر حليب", "ملعقتان دقيق")
CARD_METHOD = ("تسلق المكرونة وتطهى اللحمة مع البصل، ثم يحضر البشاميل بالزبدة والدقيق والحليب، وترص الطبقات في صينية "
               "وتدخل الفرن.")


def _rice_page(*card_head: str) -> str:
    """A recipe, then another recipe's card under it (its box's label, its title, maybe its ingredients' heading,
    its items, its method), a "read also" box and the copyright."""
    return page("الرئيسية", "مطبخ", RICE_TITLE, RICE_INTRO, "المكونات", *RICE_ITEMS, "طريقة التحضير", RICE_METHOD,
                "وصفة اليوم", "طريقة عمل المكرونة بالبشاميل", *card_head, *CARD_ITEMS, "طريقة التحضير", CARD_METHOD,
                "اقرأ أيضا", "طريقة عمل الكنافة بالمانجو", "جميع الحقوق محفوظة")


def test_another_recipes_card_under_the_recipe_is_not_read():
    """Keep: the card of another recipe under the article hangs from its own title, not from the article's prose:
    its "المكونات" names its list, which must not join the run (the recipe itself is read whole)."""
    for card_head in (("المكونات",), ()):
        text = _rice_page(*card_head)
        _check(text, RICE_TITLE, (RICE_INTRO, *RICE_ITEMS, RICE_METHOD), (),
               ("وصفة اليوم", "طريقة عمل المكرونة بالبشاميل", *CARD_ITEMS, CARD_METHOD))


def test_a_price_list_under_a_heading_opening_like_ingredients_stays_a_widget():
    """Keep: a news story's price box ("المكونات الأساسية للسلة" over priced rows) under its last paragraph, then a
    related box: no article goes on under the rows."""
    title = "الحكومة تعلن خطة لخفض أسعار السلع الأساسية خلال رمضان"
    story = ("أعلنت الحكومة اليوم خطة لخفض أسعار السلع الأساسية في الأسواق خلال شهر رمضان، عبر زيادة المعروض في "
             "المنافذ الحكومية.",
             "وقال وزير التموين إن الخطة تشمل طرح كميات إضافية من السلع بأسعار مخفضة في جميع المحافظات.")
    rows = ("سكر 30 جنيها", "زيت 60 جنيها", "أرز 35 جنيها", "مكرونة 20 جنيها", "شاي 25 جنيها")
    text = page("الرئيسية", "سياسة", title, *story, "أسعار السلع اليوم", "المكونات الأساسية للسلة", *rows,
                "أخبار ذات صلة", "ارتفاع أسعار الذهب في السوق المحلية اليوم الثلاثاء بقيمة 20 جنيها للجرام، وسط ترقب "
                "لقرارات البنك المركزي الأسبوع المقبل.", "جميع الحقوق محفوظة")
    _check(text, title, story, (), rows)


TRAIN_TITLE = "زيادة أسعار تذاكر المترو لجميع الخطوط اعتبارا من الشهر المقبل"
TRAIN_STORY = ("أعلنت شركة المترو زيادة أسعار تذاكر المترو على جميع الخطوط بنسبة محدودة اعتبارا من أول الشهر المقبل.",
               "وقالت الشركة في بيان إن الزيادة تغطي جزءا من تكاليف التشغيل والصيانة، وإن اشتراكات الطلاب لن تتغير.")


def test_a_recipe_widget_before_a_news_story_keeps_the_storys_title():
    """Mend 1 (s18 review_recipe.md H1): a "وصفة اليوم" widget printed before the story (a select-all copy of a
    right-hand sidebar): its label, one-sentence teaser, "المكونات" and three items, then the story's title and
    paragraphs. The story's title, restated by its lead, is no item of the widget's list: it stays the headline and
    the widget is not read."""
    widget = ("وصفة اليوم", "العدس بالأرز من الأكلات البسيطة التي تناسب أيام البرد في الشتاء.", "المكونات",
              "كوب عدس بني", "كوب أرز", "بصلة كبيرة")
    text = page("الرئيسية", "أخبار", *widget, TRAIN_TITLE, *TRAIN_STORY)
    _check(text, TRAIN_TITLE, TRAIN_STORY, (), widget)


def test_a_job_ad_a_footer_menu_and_a_shop_widget_are_no_named_lists():
    """Mend 1 (M1-M3): "المطلوب" over a job ad's posts and its call to apply, "المواد" over a footer's menu of
    subjects, "ما تحتاجينه" over a shop's products and prices after a story or a recipe: not the article's list
    (these words left the vocabulary)."""
    title = "فتح باب التقديم لمسابقة المعلمين الجديدة في المحافظات"
    story = ("أعلنت الوزارة فتح باب التقديم لمسابقة المعلمين الجديدة اعتبارا من الأسبوع المقبل عبر البوابة الرسمية.",
             "وأوضحت الوزارة أن النتائج ستعلن خلال شهرين من غلق باب التقديم، وأن الاختبارات ستجرى في كل محافظة.")
    boxes = (("المطلوب", "مهندس مدني حديث التخرج", "فني كهرباء", "موظف استقبال",
              "يرسل المتقدمون سيرهم الذاتية عبر الموقع وسيتم التواصل مع المقبولين منهم خلال أسبوعين من الإعلان."),
             ("المواد", "الفيزياء", "الكيمياء", "الأحياء", "الجغرافيا",
              "منصة المعلم موقع تعليمي مجاني يقدم الدروس والاختبارات لطلاب المراحل الدراسية المختلفة في كل مكان."),
             ("ما تحتاجينه", "مضرب بيض كهربائي", "علبة قشطة", "قالب كيك مستدير",
              "توصيل مجاني لكل الطلبات داخل المدينة خلال يومين من تاريخ الطلب، والدفع عند الاستلام متاح أيضا."))
    for box in boxes:
        text = page("الرئيسية", "تعليم", title, *story, *box, "جميع الحقوق محفوظة")
        _check(text, title, story, (), box)


def test_a_shop_widget_under_ingredients_with_prices_is_not_read():
    """Mend 1 (M3): a shop's widget under a heading of the vocabulary ("المكونات") after a recipe: products, their
    prices and a call to order. A price or a call to order ends the walk: no paragraph of the article under it."""
    title = "طريقة عمل الكيك الإسفنجي الهش"
    intro = ("الكيك الإسفنجي أساس كثير من الحلويات، وسر نجاحه في خفق البيض طويلا حتى يتضاعف حجمه قبل إضافة الدقيق "
             "بلطف.")
    method = "يخفق البيض مع السكر عشر دقائق، ثم يضاف الدقيق على دفعات ويصب الخليط في قالب ويخبز نصف ساعة."
    widget = ("المكونات", "دقيق فاخر", "45 جنيها", "سكر ناعم", "30 جنيها",
              "اطلبي الآن من متجرنا واحصلي على خصم خاص على كل مستلزمات الحلويات حتى نهاية الأسبوع الحالي.")
    text = page("مطبخ", title, intro, method, *widget, "جميع الحقوق محفوظة")
    _check(text, title, (intro, method), (), widget)


def test_comments_under_short_steps_are_no_steps():
    """Mend 1 (M4): short method steps followed right away by the comments (a name, a one-liner, a name, a
    question, a name, a long comment): the one-liner question is no paragraph of the article going on, so the
    commenters' names and lines are not read as steps."""
    title = "طريقة عمل شوربة الخضار الصحية"
    intro = ("شوربة الخضار من أخف الأطباق على المعدة، وهي غنية بالفيتامينات ومناسبة لكل أفراد الأسرة في أيام "
             "الشتاء.")
    comments = ("منى سعيد", "طعمها جميل جدا", "هالة", "هل تصلح بدون كوسة؟", "نادية علي",
                "جربت الوصفة أمس مع أولادي وأعجبتهم جدا، شكرا لكم وأتمنى نشر المزيد من الوصفات الصحية السهلة.")
    text = page("مطبخ", title, intro, "المقادير", "جزرتان", "كوسة", "بطاطس", "طريقة التحضير", "تقطع الخضار",
                "تسلق في المرق", "تضرب في الخلاط", *comments)
    said = decisions(text)
    for line in comments[:3]:
        assert not said[line].startswith(("body", "section title", "headline")), line


def test_the_next_recipe_under_the_first_keeps_its_list_out():
    """Mend 1 (M6): the next recipe printed under the first (a label, its title, its intro, "المكونات", items, its
    method): its list hangs from prose under another title, not from the article's; its items and method are not
    read."""
    title = "طريقة عمل الملوخية بالأرانب"
    story = ("الملوخية من الأطباق المصرية الأصيلة، وتطهى مع الأرانب أو الدجاج وتقدم مع الأرز الأبيض والعيش المحمص.",
             "تسلق الأرانب مع البصل والحبهان، ثم تضاف الملوخية إلى المرق مع التقلية ولا تغطى الحلة بعد إضافتها.")
    other = ("طريقة عمل الفول المدمس", "الفول المدمس فطار المصريين الأول، ويحتاج إلى تدميس طويل على نار هادئة جدا.")
    items = ("كيلو فول", "ملعقة عدس أصفر", "ملح")
    method = "ينقع الفول ليلة كاملة ثم يوضع في القدرة مع العدس والماء ويترك على نار هادئة ثماني ساعات."
    text = page("مطبخ", title, *story, "وصفة أخرى", *other, "المكونات", *items, method)
    said = decisions(text)
    for line in (*items, method):
        assert not said[line].startswith(("body", "section title", "headline")), line


BUS_STORY = ("قررت هيئة النقل العام تعديل مواعيد خطوط الحافلات الليلية في العاصمة اعتبارا من مطلع الأسبوع المقبل.",
             "وأوضحت الهيئة في بيان أن التعديل يشمل أربعة خطوط فقط، وأن أسعار التذاكر تبقى كما هي دون أي زيادة.")
RICE_WIDGET = ("وصفة اليوم", "الأرز بالشعرية من الأطباق اليومية التي لا تغيب عن المائدة المصرية في الغداء.",
               "المكونات", "كوب أرز", "ربع كوب شعرية", "ملعقة سمن")


def test_a_recipe_widget_before_a_story_whose_title_is_figurative_short_or_over_a_caption():
    """Mend 2 (s18 review_recipe2.md H1): the widget before the story again, but the story's title shares no word
    with its lead, has four words only, or has a photo's caption between it and its lead. A title-like line (more
    than three words, no sentence end, no quantity opening it) over a paragraph ends the walk down the list: the
    widget's list is not read, and the title is no item of it nor a section title. (Which line heads these pages
    is main's matter: on main the lead heads the first, the caption the third.)"""
    for title, caption in (("الليل الطويل في محطات الانتظار", ()), ("تعديل مواعيد الحافلات الليلية", ()),
                           ("تعديل مواعيد خطوط الحافلات الليلية في العاصمة", ("موقف حافلات بوسط المدينة",))):
        text = page("الرئيسية", *RICE_WIDGET, title, *caption, *BUS_STORY, "جميع الحقوق محفوظة")
        said = decisions(text)
        assert said[BUS_STORY[1]] == "body"
        for line in (*RICE_WIDGET[2:], *caption):
            assert not said[line].startswith(("body", "section title")), line
        assert said[title] not in ("body", "section title"), title


def test_an_untitled_recipe_widget_after_a_story_is_not_read():
    """Mend 2 (M1): a recipe widget with no label after a news story (a teaser, "المكونات", items, "طريقة التحضير",
    a method paragraph), with an ad's label between them or nothing: the list lies past the story's run, and the
    paragraph above it is a teaser under an ad's label, or one going on from nothing of the story: not read."""
    title = "تعديل مواعيد خطوط الحافلات الليلية في العاصمة"
    widget = ("الفول بالطماطم من أسرع أطباق الفطور وأرخصها، ويمكن تحضيره في دقائق معدودة صباحا.", "المكونات",
              "علبة فول", "حبة طماطم", "فص ثوم", "طريقة التحضير",
              "تقلب الطماطم مع الثوم في قليل من الزيت، ثم يضاف الفول ويهرس ويترك على النار خمس دقائق ويقدم.")
    for gap in (("إعلان",), ()):
        text = page("الرئيسية", "محليات", title, *BUS_STORY, *gap, *widget, "الأكثر قراءة", "جميع الحقوق محفوظة")
        said = decisions(text)
        assert parse_plain(text).headline == title
        for line in widget[1:]:
            assert not said[line].startswith(("body", "section title", "headline")), line


def test_tools_of_four_words_and_short_steps_stay_items():
    """Mend 2 keep-test: an item of more than three words that opens with no quantity ("لوح خشب بطول متر", a step
    "يوضع في قدر مع البصل") among further items is no story's title: the recipe's or how-to's list is read. (Such a
    step among the last two lines over the closing paragraph ends the walk: the list then reads as on main.)"""
    title = "طريقة عمل أرز بالخضار في خطوات سريعة"
    intro = ("الأرز بالخضار طبق متكامل يناسب الغداء السريع، ويمكن تحضيره بما يتوفر في الثلاجة من خضروات مجمدة أو "
             "طازجة.")
    items = ("كوب أرز", "خضار مشكل مجمد للطهي", "بصلة", "ملح")
    steps = ("يقلب البصل في الزيت", "يوضع الأرز مع الخضار المشكل", "يضاف الماء", "يقلب جيدا")
    outro = "يترك الأرز على نار هادئة حتى ينضج تماما ويتشرب الماء، ثم يقلب بالشوكة ويقدم ساخنا مع السلطة الخضراء."
    text = page("مطبخ", title, intro, "المقادير", *items, "طريقة التحضير", *steps, outro, "جميع الحقوق محفوظة")
    _check(text, title, (intro, *items, *steps, outro), ("المقادير", "طريقة التحضير"), ())



@pytest.mark.parametrize("title", ["إغلاق طريق الكورنيش", "7 أيام لإغلاق طريق الكورنيش", "نصف طريق الكورنيش مغلق"])
def test_a_recipe_box_before_a_story_with_a_short_title_keeps_the_storys_headline(title):
    """s18 review_recipe3.md H1: a box's ingredients run straight into the story's short title (3 words, or opening
    with a figure or a measure word) and its lead, which opens afresh: the box leads on into nothing of its own."""
    lead = ("قررت السلطات المحلية صباح اليوم إغلاق طريق الكورنيش أمام حركة السيارات لمدة أسبوع كامل، بسبب أعمال "
            "الصيانة التي تنفذها الشركة المكلفة بالمشروع على طول الساحل.")
    more = ("وأوضح مسؤول في المحافظة أن الأعمال تشمل إعادة رصف الطريق وتركيب أعمدة إنارة جديدة، على أن يعاد فتحه "
            "أمام السيارات مطلع الأسبوع المقبل.")
    text = "\n".join(["الرئيسية", "وصفة سريعة", "شوربة العدس الأصفر",
                      "شوربة دافئة ومغذية تناسب أيام الشتاء الباردة ويحبها الكبار والصغار في البيت.",
                      "المكونات", "كوب عدس أصفر", "بصلة مبشورة", "ملعقة كمون", title, lead, more]) + "\n"
    article = parse_plain(text)
    assert article.headline == title
    assert "كوب عدس أصفر" not in [p for section in article.sections for p in section.paragraphs]
