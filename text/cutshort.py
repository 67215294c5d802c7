"""A page cut short inside the article: the page ends on the article's next sub-heading and the first words of its
section (``cut_closing_section``), inside its next paragraph (``with_cut_last_line``, past one other story's title
linked between: ``cut_last_line_past_a_teaser``), or on its words cut off past lines the best run did not reach
(``with_cut_page_end``). The body finder (``text.bodyfind``) joins those last lines to the article."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from text.bodytables import TABLE_ROW_WORDS
from text.cutword import cuts_a_short_page_line, stops_in_a_page_word
from text.lineshape import (DIGIT, NUMBER_ONLY, PARAGRAPH_WORDS, builds_a_sentence, clause_marks, continues_paragraph,
                            cut_in_a_quote, cut_in_quoted_speech, ends_mid_word, ends_sentence, goes_on, has_letter,
                            has_page_script, has_sentence_particle, is_name_alone, is_question_title, is_reader_call,
                            says_as_follows, stops_mid_phrase, strip_bullet)
from text.othertitles import MAX_LINK_LABEL_WORDS, MAX_TAG_WORDS, MIN_TEASERS, OTHER_TITLES
from text.rules import READ_ALSO_REASON
from text.runend import another_story_below
from text.scoredline import (LineScore, MAX_COLON_TITLE_WORDS, NEUTRAL_SHAPES, PROSE, SHAPE_SCORE, closes_a_paragraph,
                             is_list_item, is_short_title, is_whole_title, list_label, list_mark)
from text.sharedwords import CUT_LINE_SHARED, CUT_LINE_WORDS, article_keys, word_keys
from text.howto import tells_the_articles_step
from text.toreader import THIS_PAGE, speaks_to_reader

_OPENS_PARAGRAPH = re.compile(r"[\w\"'«“(\[]")


def flattened_table_row(line: LineScore) -> bool:
    """A row of a flattened table: a short line, not a finished sentence, not a list item, no furniture ("الساحل
    - النهضة 3-0", "الهندسة 74% فرص أكبر للطلاب", a header "الشريحة الاستهلاك السعر")."""
    text = line.text
    return (line.furniture in (None, NUMBER_ONLY) and 0 < len(text.split()) <= TABLE_ROW_WORDS
            and not ends_sentence(text) and strip_bullet(text) == text)


def cut_closing_section(scored: tuple[LineScore, ...], start: int, end: int, *, latin_page: bool) -> bool:
    """Whether the page ends on the article's next sub-heading and the first words of its section ("...
    المحطات" / "مراحل التشغيل" / "يبدأ التشغيل بنصف الطاقة خلال الشه"): the two last lines, right after the
    article's last line (a finished paragraph, a list item or a table's row), a short title in the page's script
    (a question and a short label closed by a colon head a part too; one marked as a list's item does, after a
    finished paragraph and over a plain line) and an unfinished line, neither of them furniture; in an article
    with sub-headings of its own, or with that unfinished line reading as the article's next paragraph (prose
    sharing words with the article: a teaser's excerpt or a caption speaks of something else, or says too
    little)."""
    last = len(scored) - 2
    if end not in (last, last + 1, len(scored)) or last < 1:  # the run may have taken the heading, or all of it
        return False
    before, heading, fragment = scored[last - 1], scored[last], scored[last + 1]
    if not (closes_a_paragraph(before) or is_list_item(before) or flattened_table_row(before) and end == last):
        return False
    if strip_bullet(heading.text) != heading.text:  # "2. ..." alone, not the last item of a list
        if is_list_item(before) or not closes_a_paragraph(before) or strip_bullet(fragment.text) != fragment.text:
            return False
        heading = LineScore(strip_bullet(heading.text), heading.score, heading.furniture, heading.why)
    if not (heads_a_part(heading) and not continues_paragraph(heading.text, strict=True)
            and has_page_script(heading.text, latin_page=latin_page)
            and fragment.furniture is None and not ends_sentence(fragment.text)
            and not fragment.text.endswith(("..", "…"))  # an excerpt of another story, cut off by the site
            and (strip_bullet(fragment.text) == fragment.text or is_list_item(fragment))
            and not _stands_whole_as_label(fragment)):
        return False
    if sub_headings(scored, start, end, is_heading=heads_a_part) >= 1:
        return True
    # Without sub-headings of its own, the article's next one speaks of its story (shares a word with it), or the
    # line under it is built as prose (a clause mark) on the article's words: a box's header names a part of the
    # page instead ("قصص ذات صلة", "في السياق", "النشرة البريدية:"), and the teaser under it, cut at a fixed length
    # and on the same topic by design, reads like the article cut off.
    article = scored[start:last]
    keys = article_keys(article)
    return _opens_next_paragraph(fragment, article, stub=cut_inside_a_word(scored)) and (
        bool(word_keys(heading.text) & keys)
        or clause_marks(fragment.text) > 0 and len(word_keys(fragment.text) & keys) >= CUT_LINE_SHARED)


def _stands_whole_as_label(line: LineScore) -> bool:
    """Whether a page's last line is a whole label, not the article's next words cut off: closed by a colon (a page
    cut at a fixed length stops anywhere in the text, not right on a label's colon: "تحليل التعليقات:"). Only the
    colon: a cut line never ends a sentence, so a second-person test would drop a service story's cut last part
    ("يمكنكم التقديم عبر ...")."""
    return line.text.rstrip().endswith((":", "："))


def _opens_next_paragraph(line: LineScore, article: tuple[LineScore, ...], *, stub: bool) -> bool:
    """Whether a page's cut last line reads as the start of the article's next paragraph: it opens as a paragraph going
    on does, or stops mid-phrase (``stops_mid_phrase``: the page was cut at a fixed length) or inside a longer word
    (``stub``: ``cut_inside_a_word``), or holds ``CUT_LINE_WORDS``
    words or more, ``CUT_LINE_SHARED`` of them shared with the article above its sub-heading, and is neither a
    "label: value" line nor a call to the reader (a cut line has no full stop, so its prose score says little). A
    paragraph opens with a word, a number or a quote, never with a comma (the rest of a dateline)."""
    tokens = line.text.split()
    if (line.furniture is not None or not tokens or is_reader_call(tokens[0], line.text)
            or not _OPENS_PARAGRAPH.match(strip_bullet(line.text))):  # a list's first item opens with its mark
        return False
    cut = (stops_mid_phrase(line.text) or stub) and not is_name_alone(line.text)
    return continues_paragraph(line.text, strict=True) or cut or (
        len(tokens) >= CUT_LINE_WORDS and ":" not in line.text
        and len(word_keys(line.text) & article_keys(article)) >= CUT_LINE_SHARED)


def heads_a_part(line: LineScore) -> bool:
    """A short title (``is_short_title``), a short question ("لماذا تأخر التشغيل؟") or a short label closed by a
    colon ("الخلاصة:", "طرق الإيداع والصرف:"; a line announcing what follows or opening reported speech is
    no title)."""
    if is_short_title(line):
        return True
    text = line.text
    if line.furniture is not None or strip_bullet(text) != text:
        return False
    if is_question_title(text):
        return len(text.split()) <= PARAGRAPH_WORDS
    words = text.rstrip(":： ").split()
    return (text.endswith((":", "：")) and 0 < len(words) <= MAX_COLON_TITLE_WORDS and not says_as_follows(words[-1])
            and is_short_title(LineScore(" ".join(words), line.score, None, line.why))
            and not has_sentence_particle(text))


def cut_inside_a_word(scored: tuple[LineScore, ...]) -> bool:
    """Whether the page's last line stops inside a word: a stub of one or two letters (``ends_mid_word``), or a
    longer one, the start of a word the page uses (``stops_in_a_page_word``: "... وفق التقدي"), and it is no cut copy
    of a short line of the page (``cuts_a_short_page_line``: the headline said again, "للمهاجري")."""
    return _cut_inside_a_word(tuple(line.text for line in scored))


@lru_cache(maxsize=1)
def _cut_inside_a_word(texts: tuple[str, ...]) -> bool:
    """``cut_inside_a_word`` for the page's lines: the body finder's three tests of a cut end (``cut_closing_section``,
    ``with_cut_last_line``, ``with_cut_page_end``) ask it of the same page in turn, answered once."""
    text = texts[-1] if texts else ""
    page = texts[:-1]
    return (ends_mid_word(text) or stops_in_a_page_word(text, page)) and not cuts_a_short_page_line(text, page)


def sub_headings(scored: tuple[LineScore, ...], start: int, end: int, *,
                 is_heading: Callable[[LineScore], bool] = is_short_title) -> int:
    """How many lines of ``scored[start:end]`` that ``is_heading`` stand right between two prose lines: the
    sub-headings the article shows."""
    return sum(is_heading(scored[index]) and all(
        other.furniture is None and other.score >= PROSE for other in (scored[index - 1], scored[index + 1]))
        for index in range(max(start, 1), min(end, len(scored) - 1)))


def with_cut_last_line(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """A page cut short ends inside a paragraph: when the page's last line comes right after the article
    (furniture aside), is no furniture and no finished sentence, and opens the way Arabic paragraphs go on (و
    or ف joined to a word: "وارتفعت الأسعار"), it is the start of the article's next paragraph."""
    if end == len(scored):
        return end
    line = scored[-1]
    # A line right under a "read also" link is that link's story, or another one's; one calling or speaking to the
    # reader or the site's notice to its readers was cut off the run's end on purpose, unless it is a step of the
    # article's own instructions cut off by the excerpt (``tells_the_articles_step``).
    if (line.furniture is not None or ends_sentence(line.text) or scored[-2].furniture == READ_ALSO_REASON
            or speaks_to_reader(line) and not tells_the_articles_step(scored, len(scored) - 1)):
        return end
    # Cut inside a word right after a finished paragraph, maybe under its sub-heading ("... ثم يرتفع تدريجيا
    # حت"): the next part of the article, not another page part (none on the annotated pages is cut so).
    between = scored[end:-1]
    stub = cut_inside_a_word(scored)
    if (stub and not is_name_alone(line.text) and ends_sentence(scored[end - 1].text)
            and (not between or len(between) == 1 and is_short_title(between[0]))):
        return len(scored)
    if _stops_cut_off(line, scored[end - 1], between, stub=stub):
        return len(scored)
    if any(other.furniture is None for other in between):
        return end
    if goes_on(line.text):
        return len(scored)
    # Or it speaks of the article (shares words with it) right after a finished paragraph, and is no "label:
    # value" line: the first words of the next paragraph.
    tokens = line.text.split()
    if (len(tokens) >= CUT_LINE_WORDS and ":" not in line.text
            and ends_sentence(scored[end - 1].text)
            and len(word_keys(line.text) & set().union(*(word_keys(other.text) for other in scored[start:end])))
            >= CUT_LINE_SHARED):
        return len(scored)
    return end


MIN_CUT_TAIL_LINES = 3
"""A tail past the run of fewer lines is judged elsewhere: the page's last line alone (``with_cut_last_line``), a
sub-heading and its first words (``cut_closing_section``), where a box's header over a cut teaser looks the same."""


def with_cut_page_end(scored: tuple[LineScore, ...], start: int, end: int, *,
                      listed: frozenset[int] = frozenset()) -> int:
    """A page cut short inside the article, past lines the best run did not reach (a programme's dated rows, a part
    hard-wrapped into short lines under its sub-heading: each scores below prose, and the line model, reading them
    after the run, calls them furniture): when the page's last line is the article's words cut off (``_cut_off_words``)
    and nothing between the run's end and it tells of another page part -- no line furniture by a rule or by its
    shape (a separator aside), no short label or name naming nothing of the article (``_tells_of_another_part``), no
    box of titles (``_holds_titles_in_a_row``), no other story's title over the lead restating it
    (``another_story_below``) -- the whole tail is the article's. Never lose the article: a page part past the
    article shows a cue (a date, a credit, a "related" label, a comment prompt) or ends whole; a tail that shows none
    and ends cut is kept. ``listed``: the tail's lines that are the labels and items of the article's own lists
    (``text.taillists``): short lines naming nothing of the article, in a row, are what such a list is made of, no
    cue; and a page ending on a label ``listed`` gives (a fact box's next part, its items cut off) ends cut."""
    tail = scored[end:]
    if sum(has_letter(line.text) for line in tail) < MIN_CUT_TAIL_LINES or end <= start:
        return end
    keys = article_keys(scored[start:end])
    if not (_cut_off_words(scored[-1], tail_goes_on=_goes_on_as_the_article(tail, keys),
                           stub=cut_inside_a_word(scored))
            or len(scored) - 1 in listed and list_label(scored[-1])):
        return end
    article = scored[start:end]
    listed_here = frozenset(index - end for index in listed)
    if (any(_tells_of_another_part(line, below, keys) for index, (line, below) in enumerate(zip(tail, tail[1:]))
            if index not in listed_here)
            or any(speaks_to_reader(line) for line in tail) or _words_alone_in_a_row(tail, listed_here)
            or _holds_titles_in_a_row(tail, listed_here)
            or any(another_story_below(list(tail[index:]), article) for index in range(len(tail)))):
        return end
    return len(scored)


def _words_alone_in_a_row(tail: tuple[LineScore, ...], listed: frozenset[int] = frozenset()) -> bool:
    """Whether two lines of a word or two without a figure stand one under the other past the run: a tag list or a
    menu, whatever they name; the article's own rows past it give dates or figures, its sub-heading heads prose. The
    ``listed`` positions (a labelled list's lines) are none of them."""
    short = [0 < len(line.text.split()) <= MAX_TAG_WORDS and not DIGIT.search(line.text) and index not in listed
             for index, line in enumerate(tail) if line.text.strip()]
    return any(first and second for first, second in zip(short, short[1:]))


def _holds_titles_in_a_row(tail: tuple[LineScore, ...], listed: frozenset[int] = frozenset()) -> bool:
    """Whether ``MIN_TEASERS`` whole titles (``is_whole_title``) without a figure stand one under the other past the
    run: a box of other stories' titles with no header, on the article's topic maybe, the last one cut by the page's
    end. The article's own rows past it give dates, figures or the wrapped pieces of its prose. The ``listed``
    positions (a labelled list's items) are no titles."""
    in_a_row = 0
    for index, line in enumerate(tail):
        titled = (is_whole_title(strip_bullet(line.text)) and not DIGIT.search(line.text)
                  and index not in listed)
        in_a_row = in_a_row + 1 if titled else 0 if has_letter(line.text) else in_a_row
        if in_a_row >= MIN_TEASERS:
            return True
    return False


def _tells_of_another_part(line: LineScore, below: LineScore, keys: set[str]) -> bool:
    """Whether a line past the run is a cue of a page part other than the article: furniture by a rule or by its shape
    (``NEUTRAL_SHAPES`` aside), or a short line (``MAX_LINK_LABEL_WORDS`` words at most) naming nothing of the
    article (``keys``) and giving no figure (a table's row does: "حمص: 9 مقاعد"): a box's label ("المقالات الأقدم:",
    "عن الكاتب", "المقال التالي"), a commenter's name -- unless the line ``below`` it goes on as a paragraph does
    (``goes_on``: "ومن جانبه، صرح ..."): then it is the article's short sub-heading. (The page's cut last line is
    ``_cut_off_words``' to judge.)"""
    if line.by_rule or line.furniture is not None and line.furniture not in NEUTRAL_SHAPES:
        return True
    return (has_letter(line.text) and not DIGIT.search(line.text) and not goes_on(below.text)
            and len(strip_bullet(line.text).split()) <= MAX_LINK_LABEL_WORDS and not word_keys(line.text) & keys)


def _cut_off_words(line: LineScore, *, tail_goes_on: bool, stub: bool) -> bool:
    """Whether the page's last line is words cut off mid-sentence by the page's end: no furniture, no sentence end,
    no whole label, not speaking of the page or to the reader ("نقاش حول هذا المنشور"), and it stops mid-phrase or
    inside a word (``stops_mid_phrase``, or ``stub``: ``cut_inside_a_word``), or it is built as part of a sentence
    (``builds_a_sentence``) in a tail that goes on as the article (``tail_goes_on``): a page cut inside a word the
    short-word test cannot tell ("التطب")."""
    text = line.text
    if (line.furniture is not None or ends_sentence(text) or _stands_whole_as_label(line) or is_name_alone(text)
            or THIS_PAGE.search(text) or speaks_to_reader(line)):
        return False
    return stops_mid_phrase(text) or stub or builds_a_sentence(text) and tail_goes_on or cut_in_quoted_speech(text)


def _goes_on_as_the_article(tail: tuple[LineScore, ...], keys: set[str]) -> bool:
    """Whether lines past the run read as the article's prose going on: one of them opens as a paragraph going on
    (``goes_on``: "وعلى صعيد متصل ...", "وينص المرسوم على"; seldom how a title opens) and they share
    ``CUT_LINE_SHARED`` words or more with the article (``keys``)."""
    return any(goes_on(line.text) for line in tail) and len(article_keys(tail) & keys) >= CUT_LINE_SHARED


def cut_last_line_past_a_teaser(scored: tuple[LineScore, ...], end: int) -> tuple[tuple[LineScore, ...], int]:
    """A page cut short inside the article's next paragraph, with one other story's title linked between the article's
    last paragraph and that paragraph's first words (a site's inline "related" link without its marker, "مدير
    البشير: 90% من المراجعين ..."): the last line opens going on from the article (``goes_on``: "ولفت إلى أن
    الوزارة ...") and is cut inside its sentence (inside a word, on a word that needs what
    follows, or building a sentence), under a finished paragraph; the one line between is a whole title (other lines
    there are furniture or bear no letter). The last line joins the article and the title between is dropped as one
    of "other stories' titles"."""
    line, between = scored[-1], scored[end:-1]
    titles = [index for index in range(end, len(scored) - 1) if scored[index].furniture is None
              and has_letter(scored[index].text)]
    if (len(titles) != 1 or not between or not is_whole_title(scored[titles[0]].text)
            or not ends_sentence(scored[end - 1].text) or line.furniture is not None or ends_sentence(line.text)
            or len(line.text.split()) < CUT_LINE_WORDS or speaks_to_reader(line) or not goes_on(line.text)
            or not (ends_mid_word(line.text) or stops_mid_phrase(line.text) or builds_a_sentence(line.text))):
        return scored, end
    teaser = scored[titles[0]]
    marked = LineScore(teaser.text, SHAPE_SCORE, OTHER_TITLES, f"{teaser.why}, a title between the article and its cut "
                       "last line")
    return scored[:titles[0]] + (marked,) + scored[titles[0] + 1:], len(scored)


def _stops_cut_off(line: LineScore, last: LineScore, between: tuple[LineScore, ...], *, stub: bool) -> bool:
    """Whether the page's last line is the article's next words, cut off by the page's end, right under its last
    line (only marks without a letter between, a dash or a bar): it stops where no line of a page ends, inside a
    word or on a word that needs what follows ("... في", "وقال"; ``stops_mid_phrase``; ``stub``: inside a longer
    word, ``cut_inside_a_word``), under the article's prose,
    or it goes on with the article's list, marked as its last item is ("• ..." under "• ..."), unfinished."""
    tokens = line.text.split()
    if (not tokens or is_name_alone(line.text) or last.furniture is not None
            or any(has_letter(other.text) for other in between)):
        return False
    if is_list_item(last) and strip_bullet(line.text) != line.text and list_mark(line.text) == list_mark(last.text):
        return True
    after_prose = ends_sentence(last.text) or last.score >= PROSE or is_list_item(last)
    return after_prose and (stops_mid_phrase(line.text) and (ends_mid_word(line.text) or len(tokens) < 2
                                                              or builds_a_sentence(line.text))
                            or stub or cut_in_a_quote(line.text))
