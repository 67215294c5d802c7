"""Lists a heading names, on a recipe's or a how-to's page ("المكونات" / "3 بيضات" / ... / "طريقة التحضير" / steps):
which heading names a list, how far its items run, whether the list hangs from the article and leads on into its
text, and the weight the list takes in the best run (none against the article). ``text.bodyfind`` reads its items
as the article's."""

from __future__ import annotations

import re

from text.bestrun import best_run
from text.bodytables import TABLE_ROW_WORDS
from text.clean import FOLD
from text.lineshape import DIGIT, HARAKAT, PARAGRAPH_WORDS, ends_sentence, strip_bullet
from text.othertitles import inner_teaser_shaped
from text.rules import worded_box_label
from text.scoredline import LineScore, NEUTRAL_SHAPES, PROSE, announces, opens_going_on
from text.sharedwords import CUT_LINE_SHARED, word_keys

LIST_NAMES = frozenset(" ".join(name.translate(FOLD).split()) for name in (
    "المكونات", "المقادير", "المكونات المطلوبة", "المقادير المطلوبة", "طريقة التحضير", "طريقة العمل", "طريقة الطهي",
    "طريقة التقديم", "طريقة الاعداد", "الخطوات", "خطوات التحضير", "خطوات العمل", "خطوات الطهي", "التحضير",
    "الأدوات المطلوبة", "المواد المطلوبة", "الطريقة"))
"""The headings that name the list under them on a recipe's or a how-to's page (the class's small vocabulary, from
Egyptian and Gulf sites' kitchen and how-to pages): its ingredients ("المكونات", "المقادير"), its tools ("الأدوات
المطلوبة"), its method ("طريقة التحضير", "طريقة العمل", "الخطوات"). Compared folded, without harakat, bullet or
colon. Not the words that head a job ad ("المطلوب"), a footer's menu ("المواد", "الأدوات") or a shop's widget ("ما
تحتاجينه", "ما تحتاجه"): their lists are short lines too (s18 review_recipe.md M1-M3)."""
LIST_NAME_OPENINGS = tuple(" ".join(name.translate(FOLD).split()) + " " for name in (
    "مكونات", "مقادير", "المكونات", "المقادير"))
"""A heading naming the ingredients of a dish or of one of its parts ("مكونات كيكة البرتقال", "مقادير الصوص",
"المكونات للعجينة"): these openings and ``MAX_LIST_NAME_WORDS`` words at most."""
MAX_LIST_NAME_WORDS = 5
MAX_NAMED_ITEM_WORDS = TABLE_ROW_WORDS
"""An item of a named list ("3 بيضات", "كوب عصير برتقال طازج", "ملعقة صغيرة من الفانيليا السائلة") is this short."""


def names_a_list(text: str) -> bool:
    """Whether a line is a heading that names the list under it (``LIST_NAMES``, ``LIST_NAME_OPENINGS``): "المكونات:",
    "مكونات كيكة البرتقال", "طريقة التحضير". A recipe's title ("طريقة عمل كيكة البرتقال") names a dish, not a list."""
    words = HARAKAT.sub("", strip_bullet(text)).rstrip(" :：").translate(FOLD).split()
    name = " ".join(words)
    return 0 < len(words) <= MAX_LIST_NAME_WORDS and (name in LIST_NAMES or name.startswith(LIST_NAME_OPENINGS))


def weights_with_named_lists(scored: tuple[LineScore, ...]) -> list[float]:
    """The lines' scores for the best run, with a list under a heading that names it weighing nothing against the
    article when the article goes on under it (``named_lists``): "المكونات" / "3 بيضات" / "كوب سكر" / ... / "طريقة
    التحضير" / "1- يخفق البيض ...". Each short item scores below prose on its own (-0.5 to -1.0), and five or more
    outweighed the recipe's intro or its method: the best run kept one side and cut the ingredients, the very matter
    of the page, with the other (reviewer, s18 review_r7.md H1)."""
    weights = [line.score for line in scored]
    for first, stop in named_lists(scored):
        for row in range(first, stop):
            weights[row] = max(weights[row], 0.0)
    return weights


def named_lists(scored: tuple[LineScore, ...]) -> list[tuple[int, int]]:
    """(first, stop) of each list of the article headed by a line that names it (``names_a_list``), top down.
    Down from the heading: short items (``_named_item``), maybe under further headings of the kind ("طريقة التحضير"
    under the ingredients), up to a title-like line, a price or a call to sell (``_ends_a_named_list``), then a
    finished paragraph of the article (``_article_goes_on``); a title-like line on the way (``_title_like``) ends
    the walk. A list past the end of the best run found without the lists hangs from that run's paragraph
    (``_hangs_from_the_run``). A box of other recipes, a price widget or tags under
    the article carry no such heading, and the page's end, its furniture, a comment's one-liner or a story's title
    under a list is no article going on. Up from the heading, the list hangs from the article
    (``_named_list_top``): another recipe's card under the article ("وصفة اليوم" / its title / "المكونات" / ...)
    hangs from its own title."""
    blocks: list[tuple[int, int]] = []
    covered: set[int] = set()
    run = best_run([line.score for line in scored])[:2]
    for index, line in enumerate(scored):
        if line.by_rule or line.furniture not in (None, *NEUTRAL_SHAPES) or not names_a_list(line.text):
            continue
        stop = index + 1
        while stop < len(scored) and not _ends_a_named_list(scored, stop) and (
                names_a_list(scored[stop].text) or _named_item(scored[stop])):
            stop += 1
        if stop >= len(scored) or not _article_goes_on(scored, stop) or not _leads_on(scored, index, stop):
            continue
        first = _named_list_top(scored, index, covered)
        if first is not None and (index < run[1] or _hangs_from_the_run(scored, first, run, covered)):
            blocks.append((first, stop))
            covered.update(range(first, stop))
    return blocks


def _leads_on(scored: tuple[LineScore, ...], index: int, stop: int) -> bool:
    """Whether a named list headed at ``index`` leads on into the article's text at ``stop``: through a further
    heading of the kind ("المكونات" / items / "طريقة التحضير" / steps), or into a paragraph going on from it
    (``opens_going_on``: "ثم يخفق البيض ...", "وبعد ذلك ..."). Ingredients running straight into a paragraph that
    opens afresh are a widget's before a story, the story's title taken for one more item (s18 review_recipe3.md H1:
    "إغلاق طريق الكورنيش", "3 قتلى بانهيار عقار", "نصف مليون طالب أمام اللجان")."""
    return (any(names_a_list(scored[at].text) for at in range(index + 1, stop))
            or opens_going_on(scored[stop].text))


def _named_list_top(scored: tuple[LineScore, ...], index: int, covered: set[int]) -> int | None:
    """Where the list headed at ``index`` starts when it hangs from the article, or None: the heading itself when the
    nearest line above that is no furniture reads as prose or belongs to a list of the article above
    (``covered``: "طريقة التحضير" under the ingredients). Else the items of a list right above the heading that the
    paragraph above announces ("... وتحتاجين إلى:"). Prose under another recipe's label or title
    (``_under_another_title``) is that recipe's: its list is not the article's (s18 review_recipe.md M6). A heading
    naming a dish over its items ("كيكة البرتقال بالشوكولاتة", sharing words with the paragraph above) is no longer
    taken: a related recipe's card looks the same (M5)."""
    above = next((other for other in reversed(range(index)) if scored[other].furniture is None), None)
    if above is None:
        return None
    if above in covered:
        return index
    if scored[above].score >= PROSE:
        return None if _under_another_title(scored, above) else index
    first = index
    while first > 0 and _named_item(scored[first - 1]) and not names_a_list(scored[first - 1].text):
        first -= 1
    top = scored[first - 1] if 0 < first < index else None
    if top is None or top.furniture is not None:
        return None
    if first - 1 in covered or top.score >= PROSE and announces(top) and not _under_another_title(scored, first - 1):
        return first
    return None


def _article_goes_on(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether the line under a named list proves the article goes on there: a finished paragraph of
    ``PARAGRAPH_WORDS`` words or more (no furniture, scored as prose, ending a sentence), neither a title over its
    lead nor a call to sell (``_ends_a_named_list``). A comment's one-liner ("هل يمكن إضافة البطاطس؟") or a
    commenter's name is not (s18 review_recipe.md M4)."""
    line = scored[index]
    return (line.furniture is None and line.score >= PROSE and ends_sentence(line.text)
            and len(line.text.split()) >= PARAGRAPH_WORDS and not _ends_a_named_list(scored, index))


CURRENCIES = frozenset(" ".join(word.translate(FOLD).split()) for word in (
    "جنيه", "جنيها", "جنيهات", "ج.م", "ريال", "ريالا", "ريالات", "ر.س", "درهم", "دراهم", "د.إ", "دينار", "دينارا",
    "دنانير", "ليرة", "ليرات", "دولار", "دولارا", "دولارات", "يورو", "$", "€", "£", "EGP", "SAR", "AED", "USD"))
"""Currencies a shop's widget prices its goods in ("49 جنيها", "35 ريالا", "$12"): no ingredient or step gives one."""
CALLS_TO_ACTION = frozenset(word.translate(FOLD) for word in (
    "اطلب", "اطلبي", "اطلبوا", "اشتري", "اشتر", "اشتروا", "تسوق", "تسوقي", "احجز", "احجزي", "للتقديم", "للطلب",
    "للحجز", "للشراء", "للاستفسار", "للتواصل", "اتصل", "اتصلي"))
"""First words of a shop's or an ad's call ("اطلبي الآن ...", "اشتري الآن", "للتقديم أرسل سيرتك ..."): what a
widget or a job ad closes with, no recipe's item or step (not "أضف"/"أضيفي": a step opens so)."""
PHONE_OR_MAIL = re.compile(r"\S+@\S+\.\w+|(?<!\d)\+?\d[\d \-]{6,}\d(?!\d)")
"""An e-mail address or a phone number (seven digits or more, maybe with spaces or dashes): a contact, no item."""


def _sells_or_calls(text: str) -> bool:
    """Whether a line prices, sells or calls: a currency (``CURRENCIES``), a call to action opening it
    (``CALLS_TO_ACTION``), a phone number or an e-mail address (``PHONE_OR_MAIL``)."""
    words = HARAKAT.sub("", strip_bullet(text)).translate(FOLD).split()
    return (any(word.strip(".,،:()") in CURRENCIES for word in words) or any(symbol in text for symbol in "$€£")
            or bool(words) and words[0] in CALLS_TO_ACTION or bool(PHONE_OR_MAIL.search(text)))


def _title_over_its_lead(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether a line reads as a story's title over its lead: title-shaped (``inner_teaser_shaped``,
    ``MIN_INNER_TEASER_WORDS`` words or more) and the next line that is no furniture is prose restating it
    (``CUT_LINE_SHARED`` words shared, as a lead restates its title). A news story's title printed under a recipe
    widget is no item of the widget's list (s18 review_recipe.md H1)."""
    line = scored[index]
    if not inner_teaser_shaped(line):
        return False
    below = next((other for other in scored[index + 1:] if other.furniture is None), None)
    return (below is not None and below.score >= PROSE
            and len(word_keys(line.text) & word_keys(below.text)) >= CUT_LINE_SHARED)


QUANTITY_WORDS = frozenset(word.translate(FOLD) for word in (
    "نصف", "ربع", "ثلث", "ثلثا", "ثلثي", "واحد", "واحدة", "اثنان", "اثنين", "اثنتان", "ثلاث", "ثلاثة", "أربع",
    "أربعة", "خمس", "خمسة", "ست", "ستة", "سبع", "سبعة", "عشر", "عشرة", "كوب", "كوبان", "كوبين", "أكواب", "ملعقة",
    "ملعقتان", "ملعقتين", "ملاعق", "م.ك", "م.ص", "كيلو", "كيلوجرام", "جرام", "جم", "غرام", "غ", "لتر", "مل", "ملل",
    "حبة", "حبتان", "حبتين", "حبات", "علبة", "علبتان", "علب", "فص", "فصوص", "رشة", "قطعة", "قطع", "عود", "أعواد",
    "كيس", "باكو", "شريحة", "شرائح", "حزمة", "ربطة", "قليل", "بيضة", "رأس", "ورقة", "أوراق"))
"""Words a recipe's or a how-to's item opens with: a quantity or a measure ("نصف كيلو بامية", "كوب عصير برتقال
طازج", "ملعقة صغيرة من الفانيليا"), besides a figure ("3 بيضات", "½ كوب")."""
MAX_ITEM_NAME_WORDS = 3
"""An item naming its thing alone is this short ("بصلة مفرومة", "صلصة طماطم", "ملح وفلفل أسود")."""


TITLE_TO_LEAD_LINES = 2
"""A story's title stands this close over its lead: right over it, or over a photo's caption over it."""


def _title_like(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether a line under a named list reads as a story's title over its lead rather than an item: more than
    ``MAX_ITEM_NAME_WORDS`` words, no sentence end, not opening with a quantity, a measure or a figure
    (``QUANTITY_WORDS``), and a paragraph among the next ``TITLE_TO_LEAD_LINES`` lines that are no furniture. A
    story's title printed under a recipe widget ("قطار الغلاء لا يتوقف عند محطة", "رفع أسعار تذاكر القطارات") is no
    item, whether or not it shares words with its lead, with a caption under it or not (s18 review_recipe2.md H1).
    A tool ("لوح خشب بطول متر") or a step ("يوضع في قدر مع البصل") among further items stays an item."""
    line = scored[index]
    words = HARAKAT.sub("", strip_bullet(line.text)).translate(FOLD).split()
    if (len(words) <= MAX_ITEM_NAME_WORDS or ends_sentence(line.text) or names_a_list(line.text)
            or DIGIT.search(words[0]) or any(mark in words[0] for mark in "½¼¾⅓⅔") or words[0] in QUANTITY_WORDS):
        return False
    below = [other for other in scored[index + 1:] if other.furniture is None][:TITLE_TO_LEAD_LINES]
    return any(other.score >= PROSE and not names_a_list(other.text) for other in below)


def _hangs_from_the_run(scored: tuple[LineScore, ...], first: int, run: tuple[int, int], covered: set[int]) -> bool:
    """Whether a list past the end of the best run found without the lists (``run``) is the article's: the line right
    above it (no furniture between: an ad's label is a gap) is a paragraph inside that run, or a list of the article,
    and that paragraph is the run's first one (a recipe's intro) or goes on from the paragraph right above it (opens
    going on, or shares ``CUT_LINE_SHARED`` words). A widget's teaser under a news story, after an "إعلان" or not,
    is no paragraph of the story (s18 review_recipe2.md M1)."""
    above = first - 1
    if above in covered:
        return True
    if not run[0] <= above < run[1] or scored[above].furniture is not None or scored[above].score < PROSE:
        return False
    if not any(line.furniture is None and line.score >= PROSE for line in scored[run[0]:above]):
        return True
    prior = scored[above - 1]
    return (prior.furniture is None and prior.score >= PROSE
            and (opens_going_on(scored[above].text)
                 or len(word_keys(prior.text) & word_keys(scored[above].text)) >= CUT_LINE_SHARED))


def _ends_a_named_list(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether the walk down a named list stops at ``index``: a title over its lead (``_title_over_its_lead``), or a
    line pricing, selling or calling (``_sells_or_calls``: a shop's widget, a job ad). The list's block then ends on
    no paragraph of the article and is not taken."""
    return (_title_over_its_lead(scored, index) or _title_like(scored, index)
            or _sells_or_calls(scored[index].text))


def _under_another_title(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether the prose at ``index`` stands under another recipe's label or title rather than the article's: up
    over prose, the first line that is neither furniture nor prose (nor a list's name) is a box's label
    (``worded_box_label``) or has the article's prose above it: a second title, or a label ("وصفة أخرى"), after the
    article's text (s18 review_recipe.md M6). The page's own title has only furniture above it."""
    above = index
    while above >= 0 and (scored[above].furniture is not None or scored[above].score >= PROSE):
        above -= 1
    if above < 0 or names_a_list(scored[above].text):
        return False
    return worded_box_label(scored[above].text) or any(
        other.furniture is None and other.score >= PROSE for other in scored[:above])


def named_list_items(scored: tuple[LineScore, ...], start: int, end: int) -> frozenset[int]:
    """The items inside the article of the lists its headings name (``named_lists``; the headings themselves aside):
    read as the article's list, whatever the line model makes of a short line ("بصلة مبشورة" reads as a caption)."""
    return frozenset(row for first, stop in named_lists(scored) for row in range(max(first, start), min(stop, end))
                     if _named_item(scored[row]) and not names_a_list(scored[row].text))


def named_list_headings(scored: tuple[LineScore, ...]) -> frozenset[int]:
    """The headings of the article's named lists (``named_lists``): sub-headings, however short ("المكونات")."""
    return frozenset(row for first, stop in named_lists(scored) for row in range(first, stop)
                     if names_a_list(scored[row].text))


def _named_item(line: LineScore) -> bool:
    """An item of a named list: short (``MAX_NAMED_ITEM_WORDS`` words), no furniture but a bare number or a
    separator, not reading as prose ("3 بيضات", "كوب عصير برتقال طازج", "2", "- رشة ملح")."""
    return (not line.by_rule and line.furniture in (None, *NEUTRAL_SHAPES) and line.score < PROSE
            and 0 < len(line.text.split()) <= MAX_NAMED_ITEM_WORDS)
