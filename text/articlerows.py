"""The article's own rows: "label: value" rows or a match's events under a sub-heading of the article, rows a line of
the article announces with a colon, and the weight such a list takes in the best run (none against the article when
it stands between two of its paragraphs). A credits block or a widget of the page is no row of the article. The body
finder (``text.bodyfind``) reads the rows and the sub-heading over them as the article's."""

from __future__ import annotations

import re

from text.bodytables import MIN_ANNOUNCED_ROWS, TABLE_ROW_WORDS
from text.clean import FOLD
from text.goingon import heads_prose
from text.lineshape import (DIGIT, HARAKAT, NUMBER_ONLY, POINTING_BACK, goes_on_from_above, goes_on_telling, has_letter,
                            is_site_notice, normal, strip_bullet, without_conjunction)
from text.namedlists import weights_with_named_lists
from text.rules import read_also_inside
from text.scoredline import (LineScore, NEUTRAL_SHAPES, PROSE, announces, is_short_title, is_whole_title, list_label,
                             list_label_value, opens_going_on)
from text.sharedwords import CUT_LINE_SHARED, article_keys, common_keys, key_figures, word_keys
from text.toreader import addresses_reader


def weights_with_announced_lists(scored: tuple[LineScore, ...]) -> list[float]:
    """The lines' scores for the best run, with a list the article announces weighing nothing against it: the short
    lines (``TABLE_ROW_WORDS`` words at most, no furniture but a separator or a figure) right under a line announcing
    what follows ("وجاءت أسماؤهم على النحو التالي:"), up to the first longer line. Names, places and dated rows score
    below prose one by one, and a long list would otherwise cut the article in two, the run taking only one side."""
    weights = weights_with_named_lists(scored)
    for index, line in enumerate(scored):
        lead_in = _leads_in_under_prose(scored, index)
        if not (announces(line) or lead_in) or addresses_reader(line):
            continue
        telling = lead_in and not announces(line)  # a label's shape: the article must go on telling under it
        position = index + 1
        while (position < len(scored) and (scored[position].furniture in (None, NUMBER_ONLY, *NEUTRAL_SHAPES)
                                            or scored[position].by_rule)
               and len(scored[position].text.split()) <= TABLE_ROW_WORDS and not announces(scored[position])
               and not (position > index + 1 and _article_brackets(scored, position, telling=telling))):
            position += 1
        if _article_brackets(scored, position, telling=telling):
            for row in range(index if lead_in else index + 1, position):
                weights[row] = max(weights[row], 0.0)
    for first, stop in _headed_blocks(scored, 0, len(scored)):
        if _between_the_articles_paragraphs(scored, first, stop):
            for row in range(first, stop):
                weights[row] = max(weights[row], 0.0)
    return weights


def _between_the_articles_paragraphs(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether a block of the article's rows under its sub-heading (``_headed_blocks``: "الأهداف" / "27' NAME (TEAM)"
    / ...) stands between two paragraphs of one story: the nearest line above reads as prose, and so does the line
    right under the block, which reads as the article going on (``_goes_on_under_rows``). A match report closes on a
    paragraph under its goals and cards; scored short line by short line, the list would cost more than that
    paragraph brings, and the best run would stop above it (reviewer, s17 review_r4.md H2). A box of the page under
    the article is followed by other furniture or another story's lead. The rows must tell what the prose ABOVE them
    told (``_block_speaks_of_the_article`` on the lines above alone: the goals' minutes and team the report gave): a
    standings box in a transfer story shares its teams and points only with the other story's line under it
    (reviewer, s18 review_lists2 p08)."""
    above = next((line for line in reversed(scored[:first]) if line.furniture is None), None)
    below = scored[stop] if stop < len(scored) else None
    if above is None or below is None or above.score < PROSE or below.furniture is not None or below.score < PROSE:
        return False
    return _block_speaks_of_the_article(scored, 0, first, first, stop) and _goes_on_under_rows(scored, first, stop)


def _goes_on_under_rows(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether the paragraph right under a block of rows (``first``: its sub-heading, ``stop``: the paragraph) goes on
    from it: it opens as the text goes on (``goes_on_from_above``: "وبهذا الفوز ...", "كما ..."; never an oath,
    ``OATHS``: "والله ..." opens a reader's comment), or it points back to what was said (``_points_back``: "بهذه
    النتيجة رفع NAME رصيده ...") naming a word of the rows themselves (the team in a goal's brackets), or it shares
    ``CUT_LINE_SHARED`` words with the rows outside brackets that the prose above never used (the scorers the closing
    paragraph names), no figure. Words shared with the article alone prove nothing: a teaser of the same league names
    both teams, a minute is any match's (reviewer, s18 review_lists M1); a line pointing back alone neither: another
    story's "بهذه النتيجة ودع الفريق ..." under a standings box (reviewer, s18 review_lists2 M2)."""
    below = scored[stop].text
    if opens_going_on(below):
        return True
    rows = scored[first + 1:stop]
    if _points_back(below) and word_keys(below) & (set().union(*(word_keys(row.text) for row in rows)) - common_keys()):
        return True
    told = article_keys(tuple(line for line in scored[:first] if line.furniture is None))
    cells = set().union(*(word_keys(_BRACKETED_PART.sub(" ", row.text)) for row in rows))
    return len((word_keys(below) & cells) - told - common_keys()) >= CUT_LINE_SHARED


def _points_back(text: str) -> bool:
    """Whether a line opens pointing back to what was said: a demonstrative (``POINTING_BACK``) as its first word,
    maybe after و/ف and a preposition joined to it ("بهذه النتيجة ...", "وبذلك ...", "لذلك ..."): the sentence after
    a match's goals ("بهذه النتيجة رفع ..."), or another story's line that opens the same (``_goes_on_under_rows``
    asks for more)."""
    tokens = HARAKAT.sub("", text).split()
    word = tokens[0] if tokens else ""
    word = without_conjunction(word)
    word = word[1:] if len(word) > 3 and word[0] in "بلك" else word
    return word in POINTING_BACK


_BRACKETED_PART = re.compile(r"\([^()]*\)")
"""A part of a row in brackets: the team of a goal's scorer ("27' NAME (TEAM)"), the same in every match's box."""


def _leads_in_under_prose(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether the line at ``index`` is a short lead-in closed by a colon ("وأبرز مطالبهم:", "ومن أشهر أبياته:")
    right under a paragraph of the article: no furniture, no notice of the site, the nearest line above that is no
    furniture reading as prose. Its shape is a widget's label's ("نشر :", scored down as ``FURNITURE_SCORE``), so
    ``weights_with_announced_lists`` lifts it with its list only when the article goes on under the list
    (``_article_brackets``): a widget's label stands under the article, never between two of its paragraphs
    (reviewer, s15review2.md F15: the list, the verses and the closing paragraph were lost with it)."""
    line = scored[index]
    if line.furniture is not None or not line.text.rstrip().endswith((":", "：")) or is_site_notice(line.text):
        return False
    above = next((other for other in reversed(scored[:index]) if other.furniture is None), None)
    return above is not None and above.score >= PROSE


def _article_brackets(scored: tuple[LineScore, ...], after: int, *, telling: bool = False) -> bool:
    """Whether the article goes on under a list that ends before line ``after``: the next line, no furniture, goes on
    from the text above (``goes_on_from_above``: "وبحسب نص المرسوم ..."). A box's list under its label ("مواضيع أخرى
    قد تعجبك:") is followed by other furniture or by the site's own words, which may share the article's (a city).
    ``telling`` (under a short lead-in, a label's shape): the line goes on telling the story (``goes_on_telling``):
    readers' comments under their box's label ("آراء القراء:") may end with one opening "والله ..." or "وال..."
    (reviewer, s15fixreview_body.md M5)."""
    below = next((line for line in scored[after:] if line.text.strip()), None)
    goes_on_below = goes_on_telling if telling else goes_on_from_above
    return below is not None and below.furniture is None and goes_on_below(below.text)


CREDIT_ROLES = frozenset(normal(word).translate(FOLD) for word in (
    "تحرير", "تدقيق", "تدقيق لغوي", "تصوير", "إعداد", "مراجعة", "إخراج فني", "الإخراج الفني", "تصميم", "مونتاج",
    "ترجمة", "كتابة", "رسوم", "جرافيك", "غرافيك", "إنفوجراف", "إشراف", "متابعة", "تنسيق", "رسم", "فيديو", "صور",
    "كتب", "بقلم", "المصدر", "مصدر", "المحرر", "المراسل", "بحث", "تعليق صوتي", "التعليق الصوتي", "خرائط", "سيناريو"))
"""The labels of a credits block ("تحرير: NAME" / "تدقيق: NAME" / "تصوير: NAME"): the people who made the page, not a
list the article gives. A credits block may stand under a sub-heading ("فريق العمل") or between two parts. A label is a
credit when any of its words is (``credit_label``: "بحث وتحرير", "رسوم بيانية", "تعليق صوتي"). A film's "إخراج" and
"إنتاج" are left out: a film review's crew list ("إخراج: ..." / "تأليف: ...") is the article's."""


def credit_label(label: str) -> bool:
    """Whether a row's label (normalised, folded) names a credit's role: the whole label or any of its words, a joined
    و or the article taken off ("بحث وتحرير", "التصميم والغرافيك", "رسوم بيانية")."""
    words = [re.sub(r"^و?(?:ال)?(?=\w{3})", "", word) for word in label.split()]
    return label in CREDIT_ROLES or any(word in CREDIT_ROLES for word in (*label.split(), *words))


_EVENT_ROW = re.compile(r"^[0-9\u0660-\u0669\u06f0-\u06f9]{1,3}(?:\+[0-9\u0660-\u0669\u06f0-\u06f9]{1,2})?"
                        r"\s*['’′]\s*\S")
"""A match report's event row opens with the minute it happened, closed by a minute mark ("27' NAME (TEAM)",
"90+2’ NAME - بطاقة حمراء"): the goals, cards and substitutions a report lists under "الأهداف" / "البطاقات"."""


def _row(line: LineScore) -> bool:
    """A row of the article's list: "label: value" ("خط الوسط: NAME، NAME", "المركز الأول: NAME", "الإسكندرية: العظمى
    31 والصغرى 22"), a short label (``list_label_value``) that names no credit's role (``CREDIT_ROLES``) and a value
    after it, or a match's event under its minute (``_EVENT_ROW``); no furniture by rule or shape, ``TABLE_ROW_WORDS``
    words at most."""
    if line.furniture is not None or len(line.text.split()) > TABLE_ROW_WORDS:
        return False
    if _EVENT_ROW.match(strip_bullet(line.text)) and has_letter(line.text):
        return True
    label = normal(strip_bullet(line.text).partition(":")[0]).strip().translate(FOLD)
    return list_label_value(line.text) and not list_label(line) and not credit_label(label)


def _heads_rows(line: LineScore) -> bool:
    """Whether a line may head the article's rows: a short sub-heading ("تشكيلة الفريق", "أسماء الفائزين") or a short
    label closed by a colon ("تشكيلة الوداد:"), never a "label: value" row itself (the first of several credits or
    rows heads nothing)."""
    return ((is_short_title(line) or list_label(line)) and not list_label_value(line.text.rstrip(" :："))
            and not _row(line))


def rows_under_a_heading(scored: tuple[LineScore, ...], start: int, end: int) -> frozenset[int]:
    """The rows of the article's own lists under its sub-headings (``start``..``end``): two or more "label: value"
    rows in a row (``MIN_ANNOUNCED_ROWS``, ``_row``) right under a line of the article that heads them
    (``_heads_rows``: "تشكيل الفريق", "أسماء الفائزين", "درجات الحرارة المتوقعة"), the heading or the rows' labels
    sharing a word with the article's prose around them (``_block_speaks_of_the_article``). A row among rows of the
    same shape under the article's sub-heading is the article's, whatever its words: a line-up's or a winners' list
    opens its values with a name, a weather table its rows with a city, as a byline or a dateline does ("كتب: NAME",
    "القاهرة: ..."), words the line model learned as furniture labels. A widget of the page between two paragraphs
    (the weather, the paper's address, the day's matches under an economy story) speaks of nothing the article
    does; a credits block (``CREDIT_ROLES``), and the first of several rows or a bare name over it, are the page's; a
    lone credit stands at the article's edge."""
    return frozenset(index for first, stop in _headed_blocks(scored, start, end)
                     for index in range(first + 1, stop) if _row(scored[index]))


def heads_listed_rows(scored: tuple[LineScore, ...], index: int, listed: frozenset[int]) -> bool:
    """Whether the line at ``index`` is the sub-heading over a list of the article's rows (``listed``, the first of
    them right under it): a short title of its own (``is_short_title``: "الأهداف", "أسماء الفائزين"), no row nor a
    label closed by a colon (an announcing line, "وجاءت النتائج كالتالي:", is the paragraph's). It names the part the
    list makes, as a sub-heading over a paragraph does (reviewer, s17 review_r2.md M4). Only where the list stands
    between the article's paragraphs (``_between_the_articles_paragraphs``): a standings or top scorers' box closing
    the story, read with it, is the page's, and its heading no part of the article (reviewer, s18 review_lists M5)."""
    if not (index not in listed and index + 1 in listed and index + 1 < len(scored)
            and is_short_title(scored[index]) and _heads_rows(scored[index]) and _row(scored[index + 1])):
        return False
    return any(first <= index < stop and (_between_the_articles_paragraphs(scored, first, stop)
                                          or _over_the_articles_next_part(scored, first, stop))
               for first, stop in _headed_blocks(scored, 0, len(scored)))


def _over_the_articles_next_part(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether a block of rows under its sub-heading stands between the article's prose above and the article's next
    part below: a short sub-heading (``is_short_title``, no whole title of another story) over prose ("تشكيل الأهلي"
    / rows / "أحداث المباراة" / a paragraph). The line-up is the report's, as its events are."""
    above = next((line for line in reversed(scored[:first]) if line.furniture is None), None)
    if above is None or above.score < PROSE or stop >= len(scored):
        return False
    below = scored[stop]
    return (is_short_title(below) and not is_whole_title(below.text) and not _row(below)
            and heads_prose(scored, stop))


def _headed_blocks(scored: tuple[LineScore, ...], start: int, end: int) -> list[tuple[int, int]]:
    """(heading, stop) of each block of the article's rows under its sub-heading (``rows_under_a_heading``): rows in a
    row, ``MIN_ANNOUNCED_ROWS`` or more, where a further sub-heading over rows of its own may stand ("الأهداف" / two
    goals / "البطاقات" / one card: one list in parts), speaking of the article."""
    blocks: list[tuple[int, int]] = []
    index = start + 1
    while index < end:
        if not (_heads_rows(scored[index - 1]) and _row(scored[index])):
            index += 1
            continue
        stop, rows = index, 0
        while stop < end and (_row(scored[stop]) or rows and stop + 1 < end and _heads_rows(scored[stop])
                              and _row(scored[stop + 1])):
            rows += _row(scored[stop])
            stop += 1
        if rows >= MIN_ANNOUNCED_ROWS and _block_speaks_of_the_article(scored, start, end, index - 1, stop):
            blocks.append((index - 1, stop))
        index = stop + 1
    return blocks


def _block_speaks_of_the_article(scored: tuple[LineScore, ...], start: int, end: int, first: int, stop: int) -> bool:
    """Whether a heading (``scored[first]``), or its rows' labels and values (``scored[first + 1:stop]``) between them,
    share ``CUT_LINE_SHARED`` words (``word_keys``, none of ``_COMMON_WORDS``) with the article's prose (its lines of
    ``PROSE`` score or more in ``start``..``end``, the block left out): a weather table's heading names the heat the
    story speaks of ("درجات الحرارة"), a film's crew list the director the review names. A widget of the page shares one
    word by chance at most ("ترتيب الدوري" in a transfer story, "طقس اليوم" under a lead that says "اليوم"); a time
    word, a capital or a common word ("مساء", "خلال") proves nothing. A figure of two digits or more counts as a word
    (``key_figures``): a goal's minute the report tells ("في الدقيقة 27" / "27' NAME")."""
    prose_lines = tuple(line for at, line in enumerate(scored[start:end], start)
                        if not first <= at < stop and line.furniture is None and line.score >= PROSE)
    prose = article_keys(prose_lines) | set().union(*(key_figures(line.text) for line in prose_lines))
    prose -= common_keys()
    rows = [row.text.partition(":") for row in scored[first + 1:stop]]
    cells = set().union(*(word_keys(label) | word_keys(value) | key_figures(label + " " + value)
                          for label, _, value in rows))
    return len(word_keys(scored[first].text) & prose) >= CUT_LINE_SHARED or len(cells & prose) >= CUT_LINE_SHARED


def announced_items(scored: tuple[LineScore, ...], start: int, end: int) -> frozenset[int]:
    """The items of a list a line of the article announces with a colon (``announces``: "... ستصبح المواعيد كما يلي:",
    "... على النحو التالي:"; not a line speaking to the reader): the lines marked as items (``_marked_item``: "• ...",
    "- ...", "1. ...") right under it, one or more, and an unmarked line between two of them (an item's second
    line). They are the article's text whatever the line model reads in a short "label: figures" item: a list of
    one item ("• السبت إلى الخميس: 5 صباحًا – 1 فجراً") is not ``announced_rows``' table. A line a rule names
    (a "read also" header, its teasers) is no item: it ends the list; and a line holding a "read also" phrase
    (``read_also_inside``: "مواضيع ذات صلة بهذا الخبر قد تهمك:") announces a box of links, not the article's list."""
    items: set[int] = set()
    for index in range(start, end - 1):
        if (not announces(scored[index]) or addresses_reader(scored[index])
                or read_also_inside().search(scored[index].text)):
            continue
        position = index + 1
        while position < end and (_marked_item(scored[position]) or position + 1 < end and position > index + 1
                                  and _unmarked_between(scored[position]) and _marked_item(scored[position + 1])):
            items.add(position)
            position += 1
    return frozenset(items)


def _marked_item(line: LineScore) -> bool:
    """A line no rule names, opened by a list's mark (a bullet symbol, a dash or an item's number) and holding a
    letter after it."""
    text = line.text.strip()
    item = strip_bullet(text)
    return line.furniture is None and not line.by_rule and item != text and has_letter(item)


def _unmarked_between(line: LineScore) -> bool:
    """A line no rule names and that announces nothing, standing between two items of a list: an item's own."""
    return line.furniture is None and not line.by_rule and not announces(line) and has_letter(line.text)


def announced_rows(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[frozenset[int], frozenset[int]]:
    """The rows holding a figure, two or more (``MIN_ANNOUNCED_ROWS``), among the short lines (``TABLE_ROW_WORDS`` words
    at most, no furniture) right under a line of the article that announces them with a colon (``announces``, not
    speaking to the reader), up to the first longer line: the rows of a table or a list the article gives ("تعرفة
    المياه في المدينة:" / "الشريحة الأولى: 5 دراهم"), however much a row of figures and a colon looks like a page's
    widget (a time, a counter); and, second, every such short line, figures or not, two or more (a list's items)."""
    rows: set[int] = set()
    listed: set[int] = set()
    for index in range(start, end - 1):
        if not announces(scored[index]) or addresses_reader(scored[index]):
            continue
        position = index + 1
        while (position < end and scored[position].furniture in (None, NUMBER_ONLY)
               and 0 < len(scored[position].text.split()) <= TABLE_ROW_WORDS and not announces(scored[position])):
            position += 1
        # Rows giving figures; a short line without any (a photo's caption, a sub-heading) may stand there too.
        short = range(index + 1, position)
        figured = [row for row in short if DIGIT.search(scored[row].text)]
        if len(figured) >= MIN_ANNOUNCED_ROWS:
            rows.update(figured)
        if len(short) >= MIN_ANNOUNCED_ROWS:
            listed.update(short)
    return frozenset(rows), frozenset(listed)
