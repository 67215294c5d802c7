"""Tables and charts between two of the article's paragraphs: where a table copied from a page stands (its cells, its
rows of figures, its title), whether it stands between two paragraphs of one article, and what is made of its lines
(it weighs nothing against the article; its rows are read when they name what the article tells, a widget's are
dropped). Also the tests of a table's rows the headline rules share (``in_a_table``)."""

from __future__ import annotations

import re

from text.clean import FOLD
from text.grammar import looks_like_verb
from text.lineshape import (DIGIT, NUMBER_ONLY, NUMBER_TOKEN, SHORT_WORDS, SOURCE_CREDIT, TITLE_DOTS, ends_sentence,
                            has_letter, holds_figures, normal, strip_bullet)
from text.rules import MONTHS
from text.scoredline import LineScore, NEUTRAL_SHAPES, PROSE, announces, opens_going_on
from text.sharedwords import CUT_LINE_SHARED, article_keys, common_keys, word_keys

TABLE_ROW_WORDS = 12
MIN_TABLE_ROWS = 3
"""A table after the article: at least this many short rows (of at most ``TABLE_ROW_WORDS`` words), two or more and
half of them holding figures (``holds_figures``)."""


MIN_ANNOUNCED_ROWS = 2
"""A table has this many rows at least."""


TABLE_CELLS = "a table's cells"
TABLE_ROWS = "a table's row read with the article"
MAX_CELL_WORDS = 4
"""A table's cell copied on a line of its own names a row or a column in this many words at most ("البند", "صافي
الربح", "الربع الأول 2024"); a header row of several cells joined on one line is longer and holds two figures or more
(years, quarters: ``holds_figures``), up to ``MAX_TABLE_ROW_WORDS`` words."""
MAX_TABLE_ROW_WORDS = 20
MAX_TABLE_TITLE_WORDS = 8
"""A table's or a chart's title right above its cells ("النتائج المالية (مليون ريال)") is this short at most."""
MIN_TABLE_FIGURES = 3
"""A table between two paragraphs holds this many lines of figures at least (a lone "2024" may be a sub-heading), and
they make a third of its lines or more (``MIN_TABLE_FIGURE_SHARE``)."""
MIN_TABLE_FIGURE_SHARE = 1 / 3
_DIGIT_CLASS = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_NUMBER_CELL = rf"\(?[-+−]?{_DIGIT_CLASS}+(?:[.,٫]{_DIGIT_CLASS}+)*\)?\s*[%٪]?"
_FIGURES_SIDE_BY_SIDE = re.compile(rf"(?<![^\s(]){_NUMBER_CELL}\s+{_NUMBER_CELL}(?!\S)")
"""Two figures with nothing but a space between ("18,012.40 18,790.10", "3.9 % (3.10)"): the cells of one table row
copied on one line. Prose and a spoken list put a word between two figures ("من 12 إلى 15 مليار", "عيار 21: 3150
جنيها")."""
_LABEL_COLON = re.compile(rf"(?<!{_DIGIT_CLASS})[:：]|[:：](?!{_DIGIT_CLASS})")


def _table_line(line: LineScore) -> str | None:
    """What a line is to a table copied from a page, or None: "figure" (a cell of figures alone, "128.50", "(3.10)",
    "17.7 %", a chart's tick "40", or a row of figures side by side, ``_FIGURES_SIDE_BY_SIDE``), "blank" (a cell with
    no letter and no digit: "--", "%") or "label" (a row's or a column's name: ``MAX_CELL_WORDS`` words at most, or a
    header row holding figures). Never a line that reads as prose (``PROSE`` or more), ends a sentence, is a list item
    or a "label: value" row (a list the article speaks, "عيار 21: 3150 جنيها"), nor furniture by rule."""
    text = line.text.strip()
    if not text or line.by_rule:
        return None
    if not has_letter(text):
        return "figure" if DIGIT.search(text) else "blank"
    words = len(text.split())
    if (line.score >= PROSE or ends_sentence(text) or strip_bullet(text) != text or _LABEL_COLON.search(text)
            or words > MAX_TABLE_ROW_WORDS or line.furniture not in (None, NUMBER_ONLY, *NEUTRAL_SHAPES)):
        return None
    if is_table_row(text):
        return "figure"
    return "label" if words <= MAX_CELL_WORDS or holds_figures(text) else None


def is_table_row(text: str) -> bool:
    """Whether a line is a table's row of figures: two figures side by side (``_FIGURES_SIDE_BY_SIDE``), no sentence,
    no "label: value" row, ``MAX_TABLE_ROW_WORDS`` words at most ("الإيرادات 18,012.40 18,790.10 4.3 %"). A title
    puts words between its figures ("ترتفع 4% إلى 3.3 مليار")."""
    return (bool(_FIGURES_SIDE_BY_SIDE.search(text)) and not ends_sentence(text) and not _LABEL_COLON.search(text)
            and len(text.split()) <= MAX_TABLE_ROW_WORDS)


def in_a_table(lines: tuple[LineScore, ...], index: int) -> bool:
    """Whether the line at ``index`` is a table's row among rows (``is_table_row``, a row right above it and right
    below it): never a title. A title may stand right over a table's first row and hold figures side by side itself
    ("جدول ترتيب الدوري 2024 2025", "أسعار الذهب اليوم الخميس 16 مايو 2024 بمحلات الذهب"), so a row with no row above
    it is never excluded, not even as a header row: a dated title over price rows repeats its commodity and holds no
    little word, as column headings do (s18 review_tables2.md H1). A line whose figures are a season's years never is
    a row (``_season_only``; s18 review_tables.md H4)."""
    def row(at: int) -> bool:
        return 0 <= at < len(lines) and is_table_row(lines[at].text)

    if _season_only(lines[index].text):
        return False
    return row(index) and row(index - 1) and row(index + 1)


def heads_table_rows(lines: tuple[LineScore, ...], index: int) -> bool:
    """Whether the line at ``index`` is a table's header row: right above ``MIN_ANNOUNCED_ROWS`` rows of figures or
    more (``is_table_row``), holding two figures or more and a word said twice, as column headings repeat theirs
    ("البند الربع الأول 2023 الربع الأول 2024 التغير"), and made of labels only (``_labels_only``): a table copied
    row by row under it is read as rows (``_read_as_rows``). Not a headline's test: a dated title over price rows
    passes it (s18 review_tables2.md H1)."""
    text = lines[index].text
    below = lines[index + 1:index + 1 + MIN_ANNOUNCED_ROWS]
    words = [word for word in _TABLE_WORD.findall(text)]
    return (len(below) == MIN_ANNOUNCED_ROWS and all(is_table_row(line.text) for line in below)
            and len(NUMBER_TOKEN.findall(text)) >= 2 and len(set(words)) < len(words) and _labels_only(text))


def _labels_only(text: str) -> bool:
    """Whether a line reads as column headings side by side: no ".." or ":" joining a title's parts, no little word of
    a sentence ("إلى", "في", "من": ``SHORT_WORDS``), no verb by its shape (``looks_like_verb``: "تراجع", "ترتفع"; a
    month, "يونيو", is none)."""
    tokens = text.split()
    return (not any(mark in text for mark in (*TITLE_DOTS, ":", "："))
            and not any(token in SHORT_WORDS or looks_like_verb(token) and token not in MONTHS for token in tokens))


_YEAR = rf"(?:19|20){_DIGIT_CLASS}{{2}}"
_SEASON = re.compile(rf"(?<!{_DIGIT_CLASS})({_YEAR})\s*[-–/]?\s*({_YEAR})(?!{_DIGIT_CLASS})")


def _season_only(text: str) -> bool:
    """Whether a line's figures are a season's two years side by side and nothing else ("دوري روشن 2024 2025",
    "موازنة 2025/2026"): a title's, never a row of figures."""
    season = _SEASON.search(text)
    return (season is not None and int(season.group(2)) == int(season.group(1)) + 1
            and len(NUMBER_TOKEN.findall(text)) == 2)


_TABLE_WORD = re.compile(r"[^\W\d_]{3,}")


def table_blocks(scored: tuple[LineScore, ...]) -> list[tuple[int, int]]:
    """(first, stop) of each table-like block (``_table_line``): lines in a row ending on a cell of figures, with
    ``MIN_TABLE_FIGURES`` lines of figures or more in a grid (``_grid_figures``), the lines of figures making
    ``MIN_TABLE_FIGURE_SHARE`` of its lines or more, and the
    short title right above it (``MAX_TABLE_TITLE_WORDS`` words, no prose) when it has one."""
    kinds = [_table_line(line) for line in scored]
    blocks: list[tuple[int, int]] = []
    index = 0
    while index < len(scored):
        if kinds[index] is None:
            index += 1
            continue
        first = index
        while index < len(scored) and kinds[index] is not None:
            index += 1
        stop = max((at + 1 for at in range(first, index) if kinds[at] != "label"), default=first)
        figures = sum(kinds[at] == "figure" for at in range(first, stop))
        if (_grid_figures(scored, kinds, first, stop) < MIN_TABLE_FIGURES
                or figures < MIN_TABLE_FIGURE_SHARE * (stop - first)):
            continue
        title = scored[first - 1] if first > 0 else None
        if (title is not None and title.furniture is None and title.score < PROSE
                and 0 < len(title.text.split()) <= MAX_TABLE_TITLE_WORDS and not ends_sentence(title.text)
                and not title.text.rstrip().endswith((":", "：")) and strip_bullet(title.text) == title.text):
            first -= 1
        blocks.append((first, stop))
    return blocks


def _grid_figures(scored: tuple[LineScore, ...], kinds: list[str | None], first: int, stop: int) -> int:
    """How many cells of figures in ``scored[first:stop]`` stand in a grid: a row of figures side by side
    (``is_table_row``), or a cell next to another cell without a letter (a row's figures one a line, a chart's ticks).
    A list numbered or dated line by line ("2019" / "تأسيس الشركة" / "2021" / ...) puts an item between its figures:
    it is read as the article's list, not dropped as a table."""
    def bare(at: int) -> bool:
        return first <= at < stop and kinds[at] in ("figure", "blank") and not has_letter(scored[at].text)

    return sum(kinds[at] == "figure" and (is_table_row(scored[at].text) or bare(at - 1) or bare(at + 1))
               for at in range(first, stop))


def _read_as_rows(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether a table is copied row by row: every line of it holding a figure is a row of figures with its label
    (``is_table_row``, letters and figures side by side) or the header row over them, none a figure alone."""
    figured = [index for index in range(first, stop) if DIGIT.search(scored[index].text)]
    return all(is_table_row(scored[index].text) and has_letter(scored[index].text) or heads_table_rows(scored, index)
               for index in figured)


_UNDER_A_TABLE = frozenset((SOURCE_CREDIT, "no words"))
"""What may stand between a table or a chart and the paragraph going on under it: its source ("المصدر: ..."), a line
without a letter. Any other furniture ("read also", comments, a copyright) ends the article there."""


def _table_speaks_of_the_article(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether a table's lines share ``CUT_LINE_SHARED`` words (``word_keys``, none of ``_COMMON_WORDS``) with the prose
    around it (the lines above it reading as prose, and the paragraph under it): the article's results table names
    the items its paragraphs tell ("صافي الربح", "الإيرادات"); a widget of the page between two paragraphs (a market
    ticker, the weather in three cities) names none of them."""
    below = next((line for line in scored[stop:] if line.furniture is None), None)
    prose = tuple(line for line in (*scored[:first], *((below,) if below else ()))
                  if line.furniture is None and line.score >= PROSE)
    cells = set().union(*(word_keys(line.text) for line in scored[first:stop]))
    return len((cells & article_keys(prose)) - common_keys()) >= CUT_LINE_SHARED


def table_between_paragraphs(scored: tuple[LineScore, ...], first: int, stop: int) -> bool:
    """Whether a table-like block stands between two paragraphs of one article, a source credit or a line without a
    letter aside (``_UNDER_A_TABLE``): the line above it reads as prose and announces nothing (an announced table is
    the article's list: ``announced_rows``); the line below is a paragraph (prose ending its sentence) that opens as
    the article going on (``opens_going_on``: و/ف joined to a verb, a connective; never an oath). Words shared with
    the article are not enough: the next or a related story's lead under a ticker or a results widget names the same
    institution, the same teams, and the teams of the widget's other rows, which the article never named (s18
    review_tables2.md M1); a site's "about" blurb, a reader's comment, a photo's caption restating the lead open
    going on none of them (M2). A most-read box's numbers stand under its label and over other stories' titles or the
    page's furniture; a gallery's strip of numbers ("1" / "2" / ... "6") over its photo's caption, which names the
    article's people but ends no sentence."""
    above = next((line for line in reversed(scored[:first]) if line.furniture not in _UNDER_A_TABLE), None)
    below = next((line for line in scored[stop:] if line.furniture not in _UNDER_A_TABLE and line.text.strip()), None)
    if (above is None or below is None or above.furniture is not None or above.score < PROSE or announces(above)
            or below.furniture is not None or below.score < PROSE or not ends_sentence(below.text)):
        return False
    return opens_going_on(below.text)


def with_tables_between_paragraphs(scored: tuple[LineScore, ...], tables: list[tuple[int, int]],
                                   held: frozenset[int]) -> tuple[tuple[LineScore, ...], frozenset[int]]:
    """The lines, and those weighing nothing in the best run (``_run_weights``), for the ``tables`` (``table_blocks``
    standing between two paragraphs, ``table_between_paragraphs``); ``held``: the lines inside the article the
    finder finds without this. Scored one by one below prose (figures alone as dates or counts, short names as labels,
    rows as lines of few common words), a table of nine cells outweighed a paragraph and the best run kept one side of
    it only: the article was cut in two, its other side dropped as "before/after the article", and a header row taken
    for the headline (reviewer, s18 review_r6.md H1). Weighing nothing, the table no longer cuts the article; its
    lines keep what the finder made of them (a round's results rows, an election's candidates and votes one a line,
    spoken inside the article, stay spoken: s18 review_tables.md H1, H2; under a widget's title too: a currency or a
    weather story's own table stands under "أسعار العملات", "حالة الطقس", s18 review_tables2.md H2). Only the lines
    the table newly brings into the article (they were "before/after the article") are judged:
    - under a widget's title (``WIDGET_TITLES``: "أسعار العملات", "حالة الطقس"): the page's, dropped
      (``WIDGET_TABLE``);
    - a table copied row by row, each row's label with its figures ("الإيرادات 18,012.40 18,790.10 4.3 %"), naming
      what the article tells (``_table_speaks_of_the_article``), is read with it, as a table after the last paragraph
      is read (``with_closing_tables``) and as annotators mark a story's table rows (body); rows naming nothing of it
      are a widget's (``WIDGET_TABLE``). Cells one a line ("الإيرادات" / "128.50" / "151.20") and a chart's title and
      ticks ("40", "20", "2024") stay dropped (``TABLE_CELLS``): a figure alone tells nothing by ear, and the labels
      left would be read without their figures."""
    result = list(scored)
    quiet: set[int] = set()
    for first, stop in tables:
        quiet.update(range(first, stop))
        widget = _widget_title(scored[first].text)
        rows = _read_as_rows(scored, first, stop)
        told = rows and _table_speaks_of_the_article(scored, first, stop)
        for index in range(first, stop):
            line = scored[index]
            if line.by_rule:
                continue
            if index in held:
                if told:
                    result[index] = LineScore(line.text, line.score, line.furniture, f"{line.why}, {TABLE_ROWS}")
            elif widget:
                result[index] = LineScore(line.text, 0.0, WIDGET_TABLE, f"{line.why}, {WIDGET_TABLE}")
            elif told:
                result[index] = LineScore(line.text, max(line.score, 0.0), line.furniture,
                                          f"{line.why}, {TABLE_ROWS}")
            else:
                reason = WIDGET_TABLE if rows else TABLE_CELLS
                result[index] = LineScore(line.text, 0.0, reason, f"{line.why}, {reason}")
    return tuple(result), frozenset(quiet)


WIDGET_TABLE = "a widget's table"
WIDGET_TITLES = frozenset(normal(title).translate(FOLD) for title in (
    "أسعار العملات", "أسعار العملات اليوم", "أسعار الصرف", "أسعار صرف العملات", "الطقس", "الطقس اليوم", "طقس اليوم",
    "حالة الطقس", "حالة الطقس اليوم", "مؤشرات الأسواق", "مؤشرات البورصة", "أسواق الأسهم", "مواقيت الصلاة",
    "أوقات الصلاة"))
"""The titles of a page's widgets that stand between an article's paragraphs (currencies, weather, market indices,
prayer times): a table under one of them, whole, is the page's, not the article's (s18 review_tables.md: p06, p17).
A closed list: a table's own title ("نتائج الجولة", "النتائج المالية") may be the article's."""


def _widget_title(text: str) -> bool:
    """Whether a table's first line is a widget's title (``WIDGET_TITLES``), its colon aside."""
    return normal(text.strip().rstrip(":：")).strip().translate(FOLD) in WIDGET_TITLES
