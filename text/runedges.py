"""What joins the article's run at its edges: a list right next to it or under a label naming it
(``with_adjacent_lists``), a section of short items below it that the article's prose resumes under or that tells the
article's points (``with_list_section_below``, its items: ``listed_in_parts``), the content its last line announces
(``with_announced_content``: a quote, a list), a table after its last paragraph with its title
(``with_closing_tables``), and a paragraph above it announcing a list (``with_announcing_line_above``). A widget's
rows, a page's own parts and another box's list stay out. The body finder (``text.bodyfind``) widens the best run
with them."""

from __future__ import annotations

import itertools
import re

from text.bodytables import MIN_TABLE_ROWS
from text.cutshort import flattened_table_row
from text.leadins import announced_rows, announces_without_colon
from text.lineshape import (DIGIT, HARAKAT, MIN_ANNOUNCING_WORDS, NUMBER_ONLY, PARAGRAPH_WORDS, VERB_GOING_ON,
                            continues_paragraph, ends_as_follows, ends_sentence, has_letter, has_page_script,
                            holds_figures, is_label, is_menu_item, leads_in_a_quote, strip_bullet)
from text.othertitles import MIN_INNER_TEASER_WORDS
from text.rules import MONTHS, WEEKDAYS
from text.scoredline import (LineScore, MAX_COLON_TITLE_WORDS, PROSE, announces, is_list_item,
                             is_short_title, list_label, list_label_value, list_mark)
from text.sharedwords import CUT_LINE_SHARED, KEY_PUNCTUATION, article_keys, word_keys, word_stems

MAX_ANNOUNCED_LINES = 30
"""How far above the run a paragraph announcing a list may stand."""


def with_adjacent_lists(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[int, int]:
    """A list right before or after the best run belongs to the article (highlights above the lead, the
    list a paragraph announces; not a menu's short items above it): list items score nothing on their own, so
    the run stops short of them. A list article goes on past a sub-heading when more items marked the same way
    follow it."""
    while start > 0 and is_list_item(scored[start - 1]) and not is_menu_item(scored[start - 1].text):
        start -= 1  # highlights say something; an item of two or three words above the lead is a menu's
    while True:
        position = end
        while position < len(scored) and (is_list_item(scored[position]) or scored[position].by_rule
                                          or _labels_a_list(scored, position, start)):
            position += 1
            if is_list_item(scored[position - 1]):
                end = position
        if not (0 < end < len(scored) - 1 and is_list_item(scored[end - 1]) and is_short_title(scored[end])
                and is_list_item(scored[end + 1])
                and list_mark(scored[end + 1].text) == list_mark(scored[end - 1].text)):
            return start, end
        end += 1  # the sub-heading; its items follow


MIN_SECTION_ITEMS = 3
"""A part of the article written as a list gives this many items at least."""
MIN_SECTION_LABELS = 2
"""... under this many labels at least: the article's part is built (a team's name, then its titles, its players);
one label over a few items is as likely a box's ("مواضيع قد تهمك:" over other stories' titles)."""
MIN_SECTION_SHARED = 1
"""Its labels (at the page's end) or its items (with the article's prose under them) name something the article's
run names: one word of four letters or more (a team, a place). A box's labels name a part of the page instead ("من
نفس القسم:", "الأكثر تفاعلا:"), however much its teasers share the article's topic."""


def _list_entry(line: LineScore) -> bool:
    """A list's item of any length ("• أمير سعيود", "- تغير مشهد التعليم العالي"): marked, no furniture, letters."""
    return (line.furniture is None and strip_bullet(line.text) != line.text and has_letter(line.text)
            and not list_label(line))


def with_list_section_below(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The article's next part written as labels and lists ("نبذة عن الفريقين:" / "الترجي الرياضي التونسي:" / "•
    لقب الفريق: ..." / "• أبرز اللاعبين:" / "• NAME"): right under the article, lines that are only labels and marked
    items (photos' captions and lines without a letter among them), ``MIN_SECTION_ITEMS`` items or more under
    ``MIN_SECTION_LABELS`` labels or more. Each line scores little alone (a name, a figure) and a label closed by a
    colon weighs against the run, so the run stops short of them. Such a part joins the article when the article's
    prose resumes under it (``_resumes_under``), with that prose and what follows it; or when it runs to the page's
    end under a label closed by a colon that names something the article names (``MIN_SECTION_SHARED`` words:
    "الترجي الرياضي التونسي:"). Boxes of other stories' titles stand under labels naming parts of the page ("من
    نفس القسم:", "الأكثر تفاعلا:", "مواضيع قد تهمك:") and are followed by another part of the page."""
    while True:
        if 0 < end < len(scored) and _list_entry(scored[end - 1]) and _prose_resuming(scored, start, end):
            end = _past_prose(scored, end)  # the lists joined already; the article goes on under them
            continue
        part = _list_part_below(scored, end)
        if part is None:
            return end
        position, last_item = part
        if position < len(scored) and scored[position].score >= PROSE:
            if not _resumes_under(scored, start, end, position):
                return end
            end = _past_prose(scored, position)
            continue
        # The part runs to the page's end or to what is no prose (the footer, the tags, a share bar under it).
        labels = tuple(line for line in scored[end:last_item]
                       if list_label(line) or is_short_title(line) and not _part_entry(line))
        items = tuple(line for line in scored[end:last_item] if _part_entry(line))
        article = scored[start:end]
        # Labels naming a part of the page or a widget ("المزيد من ...", "أسعار العملات") name nothing of the article.
        own = tuple(label for label in labels if not names_a_page_part(label.text))
        named = topic_keys(article_keys(own))
        shared = len(labels) >= MIN_SECTION_LABELS and (
            len(named & topic_keys(article_keys(article))) >= MIN_TOPIC_SHARED
            or position == len(scored) and all(_list_entry(item) for item in items)
            and len(article_keys(tuple(filter(list_label, own))) & article_keys(article)) >= MIN_SECTION_SHARED)
        # One heading over the points ("الخلاصة", maybe over "المميزات:" / "العيوب:"); boxes stand side by side, each
        # under its own colon label ("أخبار القسم:", "الأكثر مشاهدة:").
        # Short titles each naming the label's topic again are a box of stories on it ("مقالات المحطة:").
        # That heading names the article's closing part ("الخلاصة", "أبرز النقاط") or closes with a colon: a short
        # title of another kind ("الأبرز", "مباريات الجولة المقبلة") heads a box on the article's topic as well.
        headed = ((len(labels) == 1 or not list_label(labels[0])) and len(own) == len(labels)
                  and (list_label(labels[0]) or _names_a_closing_part(labels[0].text))
                  and not any(_each_names_the_label(label.text, items) for label in labels))
        return last_item if shared or headed and _the_articles_points(items, article) else end


MIN_TOPIC_SHARED = 2
"""A part of labels and lists under the article joins it when its labels name this many of the article's topic words
(``topic_keys``: the two teams of a lineup's "تشكيل الأهلي" / "تشكيل الزمالك"); a widget's title beside a story on
its topic shares one ("أسعار الذهب اليوم" under a story on gold). Marked items under colon labels running to the
page's end need only ``MIN_SECTION_SHARED`` words in those labels ("الترجي الرياضي التونسي:"), as before short titles
and "label: value" rows counted."""
GENERIC_TOPIC_WORDS = frozenset(("أسعار", "سعر", "اليوم", "يوم", "أخبار", "خبر", "آخر", "جديد", "جديدة", "المزيد",
                                 "مزيد", "عاجل", "الأسبوع", "أسبوع", "الشهر", "العام", "حالة", "أهم", "أبرز",
                                 "التي", "الذي", "الذين", "خلال", "عندما", "بينما", "أكثر", "أيضا", "هناك", "كانت",
                                 "بشأن", "أمام", "وذلك", "عليه", "عليها"))
"""Words any box or widget title uses whatever the topic ("أسعار العملات اليوم", "آخر الأخبار"), and the function
words of four letters or more ("التي", "خلال"): no topic shared. (jusText's stop list holds content words too.)"""
PAGE_PART_OPENINGS = frozenset(("المزيد", "مزيد", "اقرأ", "إقرأ", "اقرا", "تغطية", "ملف", "مواضيع", "موضوعات",
                                "وسوم", "الوسوم", "روابط", "كلمات", "تابع", "شاهد", "الأكثر", "الاكثر", "الأبرز",
                                "الابرز", "الأوسمة", "الاوسمة", "أوسمة", "هاشتاغ", "هاشتاج", "الهاشتاغ", "الهاشتاج",
                                "هاشتاقات", "هاشتاغات"))
"""First words of a box's label naming a part of the page ("المزيد من اقتصاد", "اقرأ المزيد عن ...", "تغطية مستمرة",
"ملف الدولار", "مواضيع", "الأكثر مشاهدة", "الأكثر تداولا", "الأبرز", "الأوسمة", "هاشتاغ"): the titles or tags
under it are the site's links, never the article's own heading."""
WIDGET_KINDS = frozenset(("العملات", "عملات", "الصرف", "الطقس", "طقس", "ترتيب", "مواقيت", "اتصل", "تواصل",
                          "الكاتب", "كاتب", "المؤلف", "الذهب"))
"""Words naming a widget's kind in its title ("أسعار العملات", "حالة الطقس", "ترتيب الدوري", "مواقيت الصلاة", "اتصل
بنا", "عن الكاتب"): a box the site shows beside every story on its topic."""


def names_a_page_part(label: str) -> bool:
    """Whether a label names a part of the page (opens with one of ``PAGE_PART_OPENINGS``) or a widget (holds one of
    ``WIDGET_KINDS``) rather than a part of the article."""
    words = HARAKAT.sub("", strip_bullet(label)).rstrip(":： ").split()
    return bool(words) and (words[0] in PAGE_PART_OPENINGS or any(word in WIDGET_KINDS for word in words))


CLOSING_PART_HEADINGS = frozenset(("خلاصة", "تقييم", "حكم نهائي", "إيجابيات", "ايجابيات", "سلبيات", "مميزات",
                                   "عيوب", "تشكيلة", "تشكيلة فريقين", "تشكيل", "أبرز نقاط", "أهم نقاط",
                                   "نقاط رئيسية", "توصيات", "مطالب", "نتائج", "باختصار", "في سطور", "محطات",
                                   "أبرز محطات"))
"""Headings of an article's own closing part, the same on every site (a review's "الخلاصة" / "الحكم النهائي" /
"المميزات", a match's "التشكيلة", a report's "أبرز النقاط" / "التوصيات", a story's "في سطور" / "محطات"), each
written without the article ال (``_closing_part_key``); two joined by و make one too ("الخلاصة والتقييم"). A box's
title on the article's topic is none of them ("الأبرز", "الأكثر مشاهدة", "مباريات الجولة المقبلة")."""


def _closing_part_key(words: list[str]) -> str:
    """Words of a heading as ``CLOSING_PART_HEADINGS`` writes them: a joined و before ال and the article ال off."""
    bare = [word[1:] if word.startswith("وال") else word for word in words]
    return " ".join(word[2:] if word.startswith("ال") and len(word) > 4 else word for word in bare)


def _names_a_closing_part(label: str) -> bool:
    """Whether a heading names an article's own closing part (``CLOSING_PART_HEADINGS``), maybe opening with و
    ("وباختصار") or two of them joined by و ("المميزات والعيوب")."""
    words = HARAKAT.sub("", strip_bullet(label)).rstrip(":： ").split()
    if words and words[0].startswith("و") and not words[0].startswith("وال"):
        words = [words[0][1:]] + words[1:]
    if _closing_part_key(words) in CLOSING_PART_HEADINGS:
        return True
    return any(words[cut].startswith("و") and _closing_part_key(words[:cut]) in CLOSING_PART_HEADINGS
               and _closing_part_key([words[cut][1:]] + words[cut + 1:]) in CLOSING_PART_HEADINGS
               for cut in range(1, len(words)))


def topic_keys(keys: set[str]) -> set[str]:
    """The keys that may name a topic: no word any box's title uses nor a function word (``GENERIC_TOPIC_WORDS``)."""
    return {key for key in keys
            if key not in GENERIC_TOPIC_WORDS and _JOINED_HEAD.sub("", key) not in GENERIC_TOPIC_WORDS}


def _list_part_below(scored: tuple[LineScore, ...], end: int) -> tuple[int, int] | None:
    """(where the labels and items under ``end`` stop, the end of their last item), when they make a part: enough
    items under enough labels (colon labels or short titles heading them), running to the page's end or to prose."""
    position, items, labels, last_item = end, 0, 0, end
    while position < len(scored):
        line = scored[position]
        if list_label(line) or is_short_title(line) and not _part_entry(line) and position + 1 < len(scored) and (
                _part_entry(scored[position + 1]) or list_label(scored[position + 1])):
            labels += 1
        elif _part_entry(line):
            items += labels > 0
            last_item = position + 1
        elif not (not has_letter(line.text) or line.furniture in ("image caption", "caption in English")):
            break
        position += 1
    if items < MIN_SECTION_ITEMS or labels < 1:
        return None
    return position, last_item


_JOINED_HEAD = re.compile(r"^(?:[وفبلك]?ال|لل|[وفبلك])")


def loose_keys(text: str) -> set[str]:
    """Words of four letters or more, each as written and without what may be joined at its head (ال, لل, و, ف, ب,
    ل, ك): a short point's bare word ("بطارية", "فرامل") and the article's ("البطارية", "الفرامل") meet, whichever
    of them starts with a letter that is also a prefix (``word_keys`` takes one off either way)."""
    keys = set()
    for token in HARAKAT.sub("", text).split():
        word = token.strip(KEY_PUNCTUATION)
        keys.update(form for form in (word, _JOINED_HEAD.sub("", word)) if len(form) >= 4)
    return keys


def _part_entry(line: LineScore) -> bool:
    """An entry of a part written as lists: a marked item (``_list_entry``) or a "label: value" row, no sentence
    ("حراسة المرمى: NAME", "الدفاع: NAME، NAME"), as a lineup or a fact box gives them; not a widget's row
    (``_widget_row``: a price, a degree, a team's points, a phone number)."""
    return _list_entry(line) or (line.furniture is None and list_label_value(line.text) and not list_label(line)
                                 and not ends_sentence(line.text) and not _widget_row(line.text))


WIDGET_UNITS = frozenset(("جنيه", "دينار", "درهم", "ريال", "دولار", "ليرة", "يورو", "روبل", "درجة", "درجات", "مئوية",
                          "نقطة", "نقاط", "كم", "كلم", "كم/س", "كم/ساعة", "ملم", "مم", "غرام", "جرام", "أونصة",
                          "برميل", "%", "٪", "ص", "م", "صباحا", "مساء"))
"""Units a widget's values carry ("50.70 جنيه", "38 درجة مئوية", "62 نقطة", "04:12 ص")."""
CONTACT_FIELDS = frozenset(("العنوان", "عنوان", "الهاتف", "هاتف", "الفاكس", "فاكس", "البريد", "بريد", "الجوال",
                            "جوال", "واتساب", "ص.ب"))
"""First words of a contact box's fields ("العنوان: ...", "الهاتف: ...", "البريد الإلكتروني: ..."); not words a
lineup's rows open with as well ("الخط الخلفي:"): a hotline's row gives a number anyway."""


def _widget_row(text: str) -> bool:
    """A widget's "label: value" row: the value mostly figures and their units (a price, a temperature, a team's
    points, a prayer's time, a phone number), or the label a contact field (``CONTACT_FIELDS``). An article's own
    rows give names or words ("الدفاع: NAME، NAME")."""
    head, _, value = HARAKAT.sub("", strip_bullet(text)).partition(":")
    tokens = value.split()
    figures = sum(bool(DIGIT.search(token)) or token.strip(".,،") in WIDGET_UNITS for token in tokens)
    label = head.split()
    return (bool(tokens) and figures * 2 >= len(tokens) or bool(label) and label[0] in CONTACT_FIELDS
            or _fixture_row(label, tokens))


MATCH_SEPARATORS = frozenset(("ضد", "-", "–", "×", "x", "vs", "أمام"))
"""What stands between two teams in a fixtures widget's row ("الوداد ضد الجيش الملكي", "الهلال - النصر")."""


def _fixture_row(label: list[str], value: list[str]) -> bool:
    """A fixtures widget's row "DAY/DATE: X ضد Y": the label a weekday or a date (a figure or a month's name) and
    the value two sides parted by ``MATCH_SEPARATORS``; a lineup's or a fact box's rows give a role over names."""
    dated = bool(label) and (label[0] in WEEKDAYS or any(DIGIT.search(word) or word in MONTHS for word in label))
    return dated and any(0 < at < len(value) - 1 and word.lower() in MATCH_SEPARATORS
                         for at, word in enumerate(value))


MIN_POINT_WORDS = 3
"""A point says something of a thing ("- شاشة سلسة بمعدل 120 هرتز"); a tag or a link of a word or two only names it."""


def _the_articles_points(items: tuple[LineScore, ...], article: tuple[LineScore, ...]) -> bool:
    """Whether the items of a part at the article's end, under a single label or labels naming nothing of the article,
    are the article's own points (a review's verdict, pros and cons: "الخلاصة" / "- بطارية تدوم يومين"): most of them
    name ``MIN_TOPIC_SHARED`` of the article's topic words (a related box's titles or tags share one, its topic) and
    are no widget's rows (``_widget_row``: prices, degrees), most are short points or finished
    sentences (other stories' titles are longer: ``MIN_INNER_TEASER_WORDS``; tags and links shorter:
    ``MIN_POINT_WORDS``), and one of them at least is half the
    article's words (other stories' titles each tell their own story: ``_items_speak_of_other_stories``). A box of
    related titles under its own label ("قصص أخرى") has long title-shaped items, each telling its story."""
    known = set().union(*(loose_keys(line.text) for line in article))
    shares = [_shared_words(strip_bullet(item.text), known) for item in items]
    points = [item for item in items
              if (MIN_POINT_WORDS <= len(strip_bullet(item.text).split()) < MIN_INNER_TEASER_WORDS
                  or ends_sentence(item.text)) and not _widget_row(item.text)]
    naming = sum(shared >= MIN_TOPIC_SHARED and not _widget_row(item.text)
                 for (shared, _), item in zip(shares, items))
    return (naming * 2 > len(items) and len(points) * 2 > len(items)
            and any(0 < words <= shared * 2 for shared, words in shares))


def _shared_words(text: str, known: set[str]) -> tuple[int, int]:
    """(how many of the line's topic words the article names, how many words of four letters or more it has), each
    word taken with or without what is joined at its head (``loose_keys``); a topic word is none of
    ``GENERIC_TOPIC_WORDS`` (``topic_keys``)."""
    words = [keys for keys in (loose_keys(token) for token in text.split()) if keys]
    return sum(bool(keys & known) and topic_keys(keys) == keys for keys in words), len(words)


def _resumes_under(scored: tuple[LineScore, ...], start: int, end: int, position: int) -> bool:
    """Whether the prose at ``position``, under a part of labels and lists, is the article going on: it opens as a
    paragraph going on (``_goes_on_from``; و or ف joined to a verb: "وتقام المباراة ...") or shares ``CUT_LINE_SHARED``
    words with the article, or the part's labels or items speak of the article's story (``MIN_SECTION_SHARED``
    words)."""
    first = HARAKAT.sub("", scored[position].text).split()[:1]
    named = article_keys(tuple(line for line in scored[end:position] if _list_entry(line) or list_label(line)))
    return (_goes_on_from(scored, start, position) or bool(first and VERB_GOING_ON.match(first[0]))
            or len(named & article_keys(scored[start:end])) >= MIN_SECTION_SHARED)


def _prose_resuming(scored: tuple[LineScore, ...], start: int, position: int) -> bool:
    """Whether the line at ``position`` is the article's prose going on (``_resumes_under`` with no part between)."""
    line = scored[position]
    return line.furniture is None and line.score >= PROSE and _resumes_under(scored, start, position, position)


def _past_prose(scored: tuple[LineScore, ...], position: int) -> int:
    """The end of the prose lines (no furniture) from ``position`` on."""
    while position < len(scored) and scored[position].furniture is None and scored[position].score >= PROSE:
        position += 1
    return position


def listed_in_parts(scored: tuple[LineScore, ...], start: int, end: int) -> frozenset[int]:
    """The items under a label of the parts joined between ``start`` (the best run's end) and ``end``: the article's own
    lists, whatever their shape ("• عدد الألقاب القارية: 4" reads "label: value" as a widget does). An item under no
    label ("- تحرير: ..." under the last paragraph) is left to the line model."""
    labelled, listed = False, set()
    for index in range(start, end):
        line = scored[index]
        labelled = labelled or list_label(line) or is_short_title(line) and index + 1 < end and _part_entry(
            scored[index + 1])
        if labelled and _part_entry(line):
            listed.add(index)
    return frozenset(listed)


def _labels_a_list(scored: tuple[LineScore, ...], index: int, start: int) -> bool:
    """A short label closed by a colon right over a list item, heading the article's own list (the article runs
    from ``start``): it goes on from the article ("وتشمل المرحلة الأولى:"); or it stands after a list item and its
    items go on with the article's words (``CUT_LINE_SHARED`` of them); or the label names something the article
    speaks of and its items are finished sentences or short points ("أبرز بنود الموازنة:" / "• زيادة رواتب
    المعلمين") that do not each name the label's topic again (a box's titles: ``_each_names_the_label``). A box of
    other stories' titles or links under its label ("مواضيع قد تهمك:", "روابط:") is none of these, even after an
    article ending with a list."""
    line = scored[index]
    if not (line.furniture is None and line.text.endswith((":", "：")) and strip_bullet(line.text) == line.text
            and len(line.text.split()) <= MAX_COLON_TITLE_WORDS and index + 1 < len(scored)
            and is_list_item(scored[index + 1])):
        return False
    if continues_paragraph(line.text, strict=True):
        return True
    article = article_keys(scored[start:index])
    items = tuple(itertools.takewhile(is_list_item, scored[index + 1:]))
    if index > 0 and is_list_item(scored[index - 1]):
        if len(article_keys(items) & article) >= CUT_LINE_SHARED:
            return True
    # Its items finished sentences, or short points (a title of another story is longer: MIN_INNER_TEASER_WORDS), not
    # each naming the label's topic again as a box's titles do ("أخبار الذهب:" / "• سعر الذهب في ..." / "• الذهب ...").
    points = (all(len(strip_bullet(item.text).split()) < MIN_INNER_TEASER_WORDS for item in items)
              and not _each_names_the_label(line.text, items))
    return (ends_sentence(scored[index + 1].text) or points) and bool(word_keys(line.text) & article)


def _each_names_the_label(label: str, items: tuple[LineScore, ...]) -> bool:
    """Whether two items or more each repeat a word of the label (``_stems``): a box's titles all name the topic
    its label names; the article's points under "أبرز بنود الموازنة:" say what each point is."""
    named = _stems(label)
    return len(items) >= 2 and all(_stems(item.text) & named for item in items)


def _stems(text: str) -> set[str]:
    """Words of three letters or more without the article or a joined و/ف/ب ("الذهب" is "ذهب"), list marks aside."""
    return word_stems(text, letters=3, strip=KEY_PUNCTUATION + "•-")


def with_announced_content(scored: tuple[LineScore, ...], end: int, *, latin_page: bool) -> int:
    """When the article's last line announces what follows ("... على النحو التالي:"), the short lines after
    it (a flattened table, a list with its group names) are that content: they join the article, up to the
    first line that is furniture by a rule or its shape, or has no letter in the page's script (an e-mail address)."""
    rows = _rows_announced_without_colon(scored, end, latin_page=latin_page)
    if rows:
        return rows
    if end < len(scored) and announces(scored[end]):
        end += 1  # the announcing line itself weighs nothing: the run stops short of it
    elif end + 1 < len(scored) and is_short_title(scored[end]) and announces(scored[end + 1]):
        end += 2  # a sub-heading, then the paragraph announcing a list ("14 وزيرًا جديدًا", "... التالي:")
    elif not any(announces(line) for line in scored[end - 1:end]):
        return end
    if _leads_in_a_short_quote(scored[end - 1]) and not ends_as_follows(strip_bullet(scored[end - 1].text)):
        return _past_quote(scored, end)
    while (end < len(scored) and scored[end].furniture in (None, NUMBER_ONLY)
           and has_page_script(scored[end].text, latin_page=latin_page)):
        end += 1
    return end


def _rows_announced_without_colon(scored: tuple[LineScore, ...], end: int, *, latin_page: bool) -> int:
    """The end of the rows a line of the article announces without a colon ("... كالتالى.." / "السبت 5 إبريل ..."),
    that line being the run's last or the one right after it; 0 when it announces none. Only rows join
    (``text.leadins.announced_rows``): the teasers, tags and footer under a last line saying "as follows" stay
    out, where the colon form takes all up to the first furniture line."""
    for lead_in in (end, end - 1):
        if not (0 <= lead_in < len(scored) and announces(scored[lead_in], says=announces_without_colon)):
            continue
        below = tuple(itertools.takewhile(
            lambda line: line.furniture in (None, NUMBER_ONLY) and has_page_script(line.text, latin_page=latin_page),
            scored[lead_in + 1:]))
        rows = announced_rows(tuple(line.text for line in below))
        if rows:
            return lead_in + 1 + rows
    return 0


def _leads_in_a_short_quote(line: LineScore) -> bool:
    """A lead-in of fewer than ``MIN_ANNOUNCING_WORDS`` words reporting speech ("وختم حديثه بالقول:"): it announces
    a quote, not a list, and the page's tags or links under the quote are no part of it -- unless it says "as
    follows" too (``ends_as_follows``: "وطالب المضربون بما يلي:"), announcing a list whose items may bear no mark."""
    return announces(line) and leads_in_a_quote(line.text) and len(line.text.split()) < MIN_ANNOUNCING_WORDS


_OPENS_QUOTE = re.compile(r"^\W{0,2}[«“\"]")


def _past_quote(scored: tuple[LineScore, ...], position: int) -> int:
    """The end of what a short lead-in announces, from ``position``: the quote when the line under it opens with a
    quote mark (that line, and the lines under it while its quote stays open), else the lines reading as prose (the
    speaker's words unmarked), up to the first other line; no furniture. What follows a closed quote (a writer's
    bio, a teaser) is the article only if it goes on from it (``_with_paragraph_going_on``, run after this)."""
    if position < len(scored) and scored[position].furniture is None and _OPENS_QUOTE.match(scored[position].text):
        opened = 0
        while position < len(scored) and scored[position].furniture is None:
            opened += _quote_balance(scored[position].text, opened)
            position += 1
            if opened <= 0:
                break
        return position
    while position < len(scored) and scored[position].furniture is None and scored[position].score >= PROSE:
        position += 1
    return position


def _quote_balance(text: str, opened: int) -> int:
    """How many quotes a line opens and leaves open ("«..." 1, "«...»" 0, "...»" -1), ``opened`` being open above it:
    an odd count of straight quote marks closes an open quote, else opens one."""
    curly = text.count("«") + text.count("“") - text.count("»") - text.count("”")
    if text.count('"') % 2:
        curly += -1 if opened > 0 else 1
    return curly


def with_announcing_line_above(scored: tuple[LineScore, ...], start: int, *, latin_page: bool) -> int:
    """When short lines (a list of places, "عيناتا - الأرز") stand between a paragraph announcing them ("...
    المقطوعة بسبب الثلوج، هي:") and the run, the run opens at the announcing paragraph: the list is the
    article's, not a menu above it. One writer's name alone under the line ("المهندس: NAME",
    ``namecredits.byline_under_a_colon``) is no list it announces: a title some sites close with a colon stands over
    its byline. Two names or more are a list (a committee's, a team's), and a label ("تقرير من إعداد:") announces its
    name as before."""
    from text.namecredits import byline_under_a_colon  # (here: its byline rules import the body finder's types)
    index = start - 1
    while (index >= 0 and start - index <= MAX_ANNOUNCED_LINES and scored[index].furniture in (None, NUMBER_ONLY)
           and has_page_script(scored[index].text, latin_page=latin_page)):
        if announces(scored[index]):
            byline = (index == start - 2 and not is_label(scored[index].text.strip())
                      and byline_under_a_colon(scored[start - 1].text))
            return index if index < start - 1 and not byline else start  # (a title's colon over its byline)
        if len(scored[index].text.split()) > PARAGRAPH_WORDS:
            break
        index -= 1
    return start


def with_closing_tables(scored: tuple[LineScore, ...], start: int, end: int, *, latin_page: bool) -> int:
    """A table after the article's last paragraph belongs to it, with the short title heading it: at least
    ``MIN_TABLE_ROWS`` short rows in a row (rule furniture and lines without a letter, a row separator "-",
    aside), at least half of them and two or more holding a number. A run scores the rows as weak lines and
    stops short of them; other stories' titles after an article do not hold numbers line after line. A title
    and a paragraph going on from the article may follow the table: the article's next part."""
    while True:
        rows: list[int] = []
        position = end
        while position < len(scored):
            line = scored[position]
            if flattened_table_row(line) and has_page_script(line.text, latin_page=latin_page):
                rows.append(position)
            elif not line.by_rule and has_letter(line.text):
                break
            position += 1
        figured = [row for row in rows if holds_figures(scored[row].text)]
        # The title and a header row may hold no figure; nor may the last row of a page cut inside it.
        if len(rows) < MIN_TABLE_ROWS or len(figured) < 2 or 2 * len(figured) < len(rows) - 2:
            return end
        end = rows[-1] + 1 if position == len(scored) else figured[-1] + 1
        title = next((index for index in range(end, len(scored)) if has_letter(scored[index].text)), len(scored))
        if title + 1 < len(scored) and is_short_title(scored[title]) and _goes_on_from(scored, start, title + 1):
            end = title + 2  # the article's next part: its title, and a paragraph going on from the article


def _goes_on_from(scored: tuple[LineScore, ...], start: int, index: int) -> bool:
    """Whether ``scored[index]`` is prose going on from the article in ``scored[start:index]``: it opens as a
    paragraph going on does, or shares ``CUT_LINE_SHARED`` words with the article."""
    line = scored[index]
    if line.furniture is not None or line.score < PROSE:
        return False
    return continues_paragraph(line.text, strict=True) or len(
        word_keys(line.text) & set().union(*(word_keys(other.text) for other in scored[start:index]))
    ) >= CUT_LINE_SHARED
