"""Find the article in a page of text lines: a score per line, then the best contiguous run.

Every line gets a score from features that hold across sites rather than
phrases seen on one site:

- paragraph evidence: length in words, a sentence end (. ! ؟ …), commas and
  clause punctuation inside, and the share of common Arabic words (the jusText
  Arabic stop list, installed with trafilatura): prose has them, menus and name
  lists do not;
- furniture evidence: a match of one of the rules in ``text.rules`` (share bars,
  "read also", ads, cookie notices...), a line made only of digits, dates and
  times, a line in another script than the page (an English caption or credit),
  a short label ending in ':', a line the page repeats, a breadcrumb such as
  "العالم-الامريكيتان";
- list items (bullets, numbers) count as body when they read like sentences.

The article is the contiguous run of lines with the highest total score (as
boilerpipe and Readability take the main text block): menus and headers before
it and teasers, comments and app prompts after it fall away, while one odd
line inside the article (a sub-heading, an ad label) costs less than the
paragraphs around it bring. Rule-matched lines weigh little either way: they
are dropped wherever they are. A list right next to the run joins it, and so do
the short lines after a last paragraph that announces them ("... على النحو
التالي:", a flattened table), a table after the last paragraph with its title
(rows holding figures: shares, scores, ranges, times), and a page cut short ends
on the article's next part. The run never opens or ends at a line broken off mid-phrase
("... في", "... وقال", "بعض ال"): the piece on the other side of the break joins it (a label
heading the article's list does too). The run stops at the comments or a comment form, at other stories' titles
after its last finished paragraph (a list of them too, marked alike, when nothing announces it), and before short
lines at its end that speak to the reader or of the page (a paywall, a comment policy). A table or a chart between two
paragraphs weighs nothing against the article; its lines keep the finder's decisions without it, but for a widget
under its title (dropped) and the lines it newly brings in: rows naming what the article tells are read, cells one a
line and a chart's ticks are not. Inside the run, a caption said
twice in a row is furniture, and so is a labelled title sharing no word with the article around it. A table of
contents' entries under its label, the sub-headings said again below (``text.contents``), are furniture wherever
they stand, weighing nothing. When no line reads like prose (a page of short
lines, a poem) the finder is unsure and keeps everything; ``Body.unsure`` says so.

Deterministic and linear in the number of lines.

This module scores the lines and joins to the best run what belongs to the article; its parts live in:
``text.scoredline`` (a scored line and the tests of one line the parts share), ``text.sharedwords`` (the words two
lines share), ``text.bestrun`` (the best run and its thin tail), ``text.bodytables`` (tables and charts between two
paragraphs), ``text.toreader`` (lines speaking to the reader or of the page), ``text.goingon`` (a line going on
from the article), ``text.othertitles`` (other stories' titles inside the article and at its edges),
``text.namedlists`` (lists a heading names), ``text.articlerows`` (the article's own rows), ``text.runend`` (where the
run stops: the comments, other stories' titles, lines to the reader), ``text.closingboxes`` (what a page template sets
under the article: the next story, a writer's box, a poll, an end mark), ``text.cutshort`` (a page cut short inside the
article; ``text.taillists``: the article's labelled lists it was cut in), ``text.runedges`` (lists and announced
content joining the run at its edges) and ``text.menupage`` (an unsure page that is only a site's menu, dropped
whole).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from text.articlerows import (announced_items, announced_rows, heads_listed_rows, rows_under_a_heading,
                             weights_with_announced_lists)
from text.bestrun import best_run, without_thin_tail
from text.brokenlead import broken_lead
from text.bodytables import (TABLE_ROW_WORDS, in_a_table, table_between_paragraphs, table_blocks,
                             with_tables_between_paragraphs)
from text.closingboxes import before_closing_boxes
from text.contents import contents_entries
from text.credits import CREDIT_LINE, CREDIT_REASONS, PageEvidence
from text.cutshort import (cut_closing_section, cut_last_line_past_a_teaser, heads_a_part, sub_headings,
                           with_cut_last_line, with_cut_page_end)
from text.datelines import heads_with_place, marked as marked_datelines
from text.embeds import EMBEDDED_VIDEO, embedded_videos
from text.factrows import fact_rows, lifted
from text.goingon import goes_on_below, heads_prose, with_closing_prose
from text.lineshape import (DIGIT, MIN_ANNOUNCING_WORDS, NUMBER_TOKEN, PARAGRAPH_WORDS, SENTENCE_END, SOURCE_CREDIT,
                            TOP_EDGE_ONLY, UNENDED_WORDS, announces_what_follows, calls_the_reader, continues_paragraph,
                            credit_reason, edge_reason, ends_as_follows, ends_sentence, goes_on_as_prose,
                            goes_on_asking, has_letter, has_sentence_particle, is_label, is_menu_item,
                            is_question_title, is_teaser, leads_in_a_quote, normal, paragraph_score, script_shares,
                            shape_reason, stops_mid_phrase, strip_bullet, strip_symbol)
from text.namedlists import named_list_headings, named_list_items
from text.menupage import as_menu_page
from text.names import credited_names
from text.gluedrow import other_stories_rows
from text.neighbours import EDGE_REASONS, neighbour_reasons
from text.nextpart import with_next_part_cut_off
from text.othertitles import (MAX_LINK_LABEL_WORDS, OTHER_TITLES, before_a_teaser_list, may_title,
                              off_topic_titles_inside, teasers_inside, without_other_stories_above)
from text.photolabels import credited_caption
from text.raggedlead import ragged_lead
from text.rules import (CONTENTS_REASON, CONTENTS_WORD, DATELINE_HEAD, READ_ALSO_REASON, SECTION_LABEL, TAGS_REASON,
                        glued_prefix, is_hashtag_row, line_reason, marker_has_title, worded_box_label)
from text.runedges import (listed_in_parts, with_adjacent_lists, with_announced_content, with_announcing_line_above,
                           with_closing_tables, with_list_section_below)
from text.runend import (COMMENT_MARKERS, MIN_TEASER_WORDS, before_reader_lines, before_teasers,
                         before_what_ends_the_page)
from text.saidagain import announced_by
from text.storylists import ArticleWords, story_lists, titles_the_lead
from text.scoredline import (COMMENT_LABEL, LineScore, PROSE, RULE_SCORE, SHAPE_SCORE, announces, is_list_item,
                             is_short_title, is_whole_title)
from text.screen_reader import (LABELLED_BOX, LINK_LIST, SKIPPED_BOX, labelled_boxes, screen_reader_lists,
                                skipped_boxes)
from text.sharedwords import CUT_LINE_SHARED, CUT_LINE_WORDS, article_keys, common_keys, word_keys
from text.taillists import tail_lists
from text.toreader import speaks_to_reader
from text.wrappedlead import wrapped_lead
from text.writerlines import credit_label_alone

__all__ = ["Body", "CLOSING_NOTE", "CUT_LINE_WORDS", "LineScore", "MAX_HEADING_AFTER_RELATED", "MENU_ITEM",
           "OVERRULED_RULES", "PROSE", "PROSE_SHAPED_RULES", "READ_ALSO_REASON", "SAID_TWICE", "best_run", "find_body",
           "heads_a_part", "heads_listed_rows", "heads_prose", "in_a_table", "leads_the_article", "named_list_headings",
           "own_list", "paragraphs_without_stops", "repeats_line_before", "score_lines", "speaks_to_reader",
           "sub_headings", "without_thin_tail"]
"""The finder's public names, some of them defined in the modules it is split into (see the module docstring)."""

FURNITURE_SCORE = -1.5
REPEATED_SCORE = 0.0
NEIGHBOUR_FLOOR = -0.1
SAID_TWICE = "caption said twice"
MAX_HEADING_AFTER_RELATED = 4
"""Other stories' titles under a "read also" marker are full news titles: after one of them, a line of at most this
many words right over a paragraph is the article's next sub-heading, the box has ended (``_heads_next_part``)."""
FACT_ROW_NOTE = "a fact of the article's data box between its paragraphs"
"""What ``inspect --lines`` says of a "label: value" line kept with its siblings between two paragraphs."""
CLOSING_NOTE = "kept: prose going on from the article past its run"
"""What ``inspect --lines`` says of the lines of a closing part the run left out (``with_closing_prose``): kept on
weak evidence rather than lost."""
UNSURE_BELOW = 1.0
"""A best run scoring less than this (no line reads like prose) is not trusted."""
MENU_ITEM = "menu item"
MIN_MENU_RUN = 4
MAX_MENU_RUN_WORDS = 2
"""On a page the finder is unsure of, this many lines in a row or more, each a word or two (at most
``MAX_MENU_RUN_WORDS``) marked with a bullet symbol, are a menu: a site's sections, pages or links."""
MIN_MENU_WORD_SHARE = 0.5
"""... when at least this share of them are a site's section words (``rules.SECTION_LABEL``: "الرئيسية", "أخبار",
"رياضة"): a squad's names ("• أحمد سالم") or a recipe's ingredients ("• زيت زيتون") have the same shape but none."""


@dataclass(frozen=True)
class Body:
    lines: tuple[LineScore, ...]
    start: int
    end: int
    """The article's lines are ``lines[start:end]``."""
    unsure: bool
    """No line read like prose: the whole page is kept."""
    latin_page: bool
    run: tuple[int, int] = (0, 0)
    """The best-scoring run itself, before the lists, announced lines and cut last line joined it."""
    cut_section: bool = False
    """The page ends on the article's next part cut off by the scrape: its last line but one is that part's
    sub-heading, to be read as a heading above the cut line."""
    announced: frozenset[int] = frozenset()
    """Rows of a table that a line of the article announces ("تعرفة المياه في المدينة:" / "الشريحة الأولى: 5 دراهم"
    ...), inside the run: the article's own, whatever their shape (``announced_rows``); and the items of a list its
    heading names ("المكونات" / "3 بيضات": ``named_list_items``); and the marked items of a list a line of the
    article announces with a colon, one or more (``announced_items``: "... كما يلي:" / "• ...")."""
    listed: frozenset[int] = frozenset()
    """Every short line of such a list, figures or not (``announced_rows``' second set): a name, a place or a
    company in Latin letters listed by the article ("وشاركت ثلاث شركات هي:" / "• Acme Water"); and the items under
    a label of a part joined below the run (``listed_in_parts``: "• عدد الألقاب القارية: 4")."""
    wrapped: range | None = None
    """The lines of the article's opening paragraph a hard wrap broke (``text.wrappedlead``), found once: the headline
    rules take none of them as the title, the splitter reads them as one paragraph."""
    facts: frozenset[int] = frozenset()
    """The article's facts set out as "label: value" lines between two of its paragraphs (``text.factrows``: "عدد
    المستفيدين: 1.2 مليون عامل" / "الكلفة السنوية: ..."): body, none of them a sub-heading."""


def repeats_line_before(lines: tuple[LineScore, ...], index: int) -> bool:
    """Whether ``lines[index]`` says the same words as the line before it."""
    return index > 0 and normal(lines[index].text) == normal(lines[index - 1].text)


_GLYPH = re.compile(r"^([\u2190-\u2bff\U0001f300-\U0001faff])\ufe0f?\s*")


def _opening_glyph(line: str) -> str | None:
    """The symbol or emoji a line opens with ("▶ ...", "📷 ..."), if any."""
    match = _GLYPH.match(line)
    return match.group(1) if match else None


def _lone_glyph_caption(line: str, glyphs: Counter[str | None]) -> str | None:
    """"image caption" for a photo's caption marked with a symbol no other line of the page opens with ("▶ NAME
    during the opening (SOURCE)"): the caption rule leaves marked lines alone, since a list marks all its items so
    ("▪ ... (...)" rows); a mark standing once marks no list."""
    glyph = _opening_glyph(line)
    if glyph is None or glyphs[glyph] > 1:
        return None
    return "image caption" if line_reason(_GLYPH.sub("", line, count=1)) == "image caption" else None


NUMBERED_ALIKE = "image captions numbered alike"
"""The reason given for a gallery's file names (``_numbered_alike``)."""
MIN_NUMBERED_ALIKE_WORDS = 3
"""Lines that differ only in their numbers keep this many words without them."""
MAX_NUMBERED_ALIKE_WORDS = 10
"""A gallery's file name or caption has this many words at most."""
_LETTERED = re.compile(r"[^\W\d_]")
"""A letter of any script: a word holding one counts among a line's words once its numbers are off."""


_FILE_NUMBER = re.compile(r"(?<![^\W\d_])(?:[A-Za-z]+_?[0-9]{3,}|[0-9]{6,})(?![^\W\d_])")
"""A camera's or a file's number: Latin letters joined to three digits or more ("WA0041", "DSC_0012", "IMG2045") or a
run of six digits or more ("20221113"); an article's figures (an episode's "1", a score's "3", a year) are neither."""


def _numbered_alike(lines: list[str]) -> frozenset[int]:
    """The lines a page writes alike but for their file numbers (``_FILE_NUMBER``: "IMG 20221113 WA0041 - SITE",
    "... WA0088 - SITE"): a gallery's file names, captions that name no part. Short, no list item and no finished
    sentence. Lines alike but for an article's figures are the article's: an episode's or a match's sub-headings
    ("ملخص أحداث الحلقة 1", "... 2"), a score's rows, a title said with and without its year. Not a table's rows
    either: the lines of a group stand apart, each away from the others. A group is kept whole when the line under
    any of its lines takes up that line's numbers."""
    groups: dict[str, list[int]] = {}
    for index, line in enumerate(lines):
        bare = NUMBER_TOKEN.sub(" ", line)
        if (_FILE_NUMBER.search(line) and len(line.split()) <= MAX_NUMBERED_ALIKE_WORDS and strip_bullet(line) == line
                and not ends_sentence(line)
                and sum(bool(_LETTERED.search(word)) for word in bare.split()) >= MIN_NUMBERED_ALIKE_WORDS):
            groups.setdefault(normal(bare), []).append(index)
    alike: set[int] = set()
    for members in groups.values():
        if len({lines[index] for index in members}) < 2 or any(_numbers_taken_up(lines, index) for index in members):
            continue
        if _stand_apart(lines, members):
            alike.update(members)
    return frozenset(alike)


def _stand_apart(lines: list[str], members: list[int]) -> bool:
    """Whether a non-blank line stands between each two of ``members`` (in page order)."""
    return all(any(lines[between].strip() for between in range(first + 1, second))
               for first, second in zip(members, members[1:]))


def _numbers_taken_up(lines: list[str], index: int) -> bool:
    """Whether the next non-blank line gives one of line ``index``'s numbers."""
    below = _nearest_line(lines, range(index + 1, len(lines)))
    numbers = set(NUMBER_TOKEN.findall(lines[index]))
    return below is not None and bool(numbers & set(NUMBER_TOKEN.findall(below)))


PAGE_SCRIPT_PARAGRAPH_WORDS = 8
"""A line this long is one of the page's paragraphs when telling the page's script (``_mostly_latin``)."""
MIN_ARABIC_PARAGRAPHS = 2
"""An Arabic article under one long Latin line holds this many Arabic paragraphs at least, its title aside."""


def _hashtag_row(lines: list[str], index: int) -> str | None:
    """``TAGS_REASON`` for a row of hashtags (``rules.is_hashtag_row``), unless the line above announces it with a
    colon: a post or the trending tags the article quotes ("وكتب الوزير على حسابه في منصة إكس:"; s24 review_captions
    H3)."""
    if not is_hashtag_row(lines[index]):
        return None
    above = _nearest_line(lines, range(index - 1, -1, -1))
    return None if above is not None and above.rstrip().endswith((":", "：")) else TAGS_REASON


def _mostly_latin(lines: list[str]) -> bool:
    """Whether the page is in Latin script: more Latin letters than Arabic ones over its distinct lines, unless one
    Latin paragraph alone (``PAGE_SCRIPT_PARAGRAPH_WORDS``) wins them over an Arabic article: without it the page has
    more Arabic letters, and it holds ``MIN_ARABIC_PARAGRAPHS`` Arabic paragraphs besides its first line (r02
    maurinews: a 60-word English caption over a short Arabic article). An English article in one long paragraph
    under Arabic menus, or in two over Arabic captions, stays English (s24 review_captions H4)."""
    distinct = list(dict.fromkeys(line for line in lines if line.strip()))
    shares = [script_shares(line) for line in distinct]
    arabic, latin = sum(a for a, _ in shares), sum(b for _, b in shares)
    if latin <= arabic:
        return False
    long = [len(line.split()) >= PAGE_SCRIPT_PARAGRAPH_WORDS for line in distinct]
    latin_paragraphs = [index for index, (a, b) in enumerate(shares) if long[index] and b > a]
    arabic_paragraphs = sum(long[index] and a > b for index, (a, b) in enumerate(shares) if index > 0)
    if len(latin_paragraphs) != 1 or arabic_paragraphs < MIN_ARABIC_PARAGRAPHS:
        return True
    alone_a, alone_b = shares[latin_paragraphs[0]]
    return arabic - alone_a <= latin - alone_b


def score_lines(lines: list[str], glued: Mapping[int, tuple[str, ...]] | None = None
                ) -> tuple[tuple[LineScore, ...], bool]:
    """Score each line; returns (scores, whether the page is mostly in Latin script). ``glued``: the lines that are a
    row of items glued with wide gaps (``text.gluedrow.glued_rows``), with their items; those standing where other
    stories' titles stand (``other_stories_rows``) are dropped as such when no rule names them."""
    latin_page = _mostly_latin(lines)
    counts = Counter(normal(line) for line in lines)
    glyphs = Counter(_opening_glyph(line) for line in lines)
    alike = _numbered_alike(lines)
    paragraphs = [index for index, line in enumerate(lines) if len(line.split()) >= PARAGRAPH_WORDS
                  and paragraph_score(line)[0] >= PROSE]
    page = PageEvidence.of(lines, [lines[index] for index in paragraphs])
    credited = credited_names(lines, page, paragraphs[0] if paragraphs else None)
    furniture_by_shape = [shape_reason(line, latin_page=latin_page) or _lone_glyph_caption(line, glyphs)
                          or credited_caption(line) or _hashtag_row(lines, index)
                          or (CREDITED_NAME if index in credited or credit_label_alone(line) else None)
                          or (NUMBERED_ALIKE if index in alike else None) for index, line in enumerate(lines)]
    prose = frozenset(index for index in paragraphs if furniture_by_shape[index] is None)
    tickers = other_stories_rows(lines, glued, furniture_by_shape, prose) if glued else frozenset()
    for index in tickers:
        furniture_by_shape[index] = furniture_by_shape[index] or OTHER_TITLES
    prose -= tickers
    # What the article's own prose says, for the writer's lines: not the page's hashtag rows or captions that ``page``
    # reads too ("#NAME_NAME" naming another play's writer is no word of the article: s24 theatersgovsy). The prose
    # is among the paragraphs: when none of them is furniture, ``page`` is that already.
    article = [lines[index] for index in sorted(prose)]
    told = page if len(article) == len(paragraphs) else PageEvidence.of(lines, article)
    for index, reason in neighbour_reasons(lines, furniture_by_shape, prose, told).items():
        furniture_by_shape[index] = reason
    for index in fact_rows(lines, furniture_by_shape):  # a data box's labelled date is no byline
        if lifted(lines[index], furniture_by_shape[index]):
            furniture_by_shape[index] = None
    unended_span = paragraphs_without_stops(lines, furniture_by_shape)
    boxed = {index: (LINK_LIST, why) for index, why in screen_reader_lists(lines).items()}
    boxed |= {index: (SKIPPED_BOX, why) for index, why in skipped_boxes(lines).items()}
    for reason, found in ((LABELLED_BOX, labelled_boxes(lines, boxed)), (EMBEDDED_VIDEO, embedded_videos(lines))):
        boxed |= {index: (reason, why) for index, why in found.items() if index not in boxed}
    contents = contents_entries(lines)
    lead = _lead(lines, furniture_by_shape)
    stories = story_lists(lines, frozenset(paragraphs), lead, furniture_by_shape)
    opening = ArticleWords.of(lines, prose, lead)  # what the article's title under a "read also" box tells
    scored = []
    teaser = False
    links = 0  # lines under the marker, this one included
    below_prose = False
    comments = False  # under the comments' header, after the article's prose
    for index, line in enumerate(lines):
        under_prose = below_prose  # under a finished paragraph above this line
        if index in boxed:
            scored.append(LineScore(line, RULE_SCORE, *boxed[index], by_rule=True))
            teaser = False
            continue
        if index in stories:  # a labelled box of other stories: dropped where it stands, weighing nothing
            scored.append(LineScore(line, RULE_SCORE, OTHER_TITLES, stories[index]))
            teaser = False
            continue
        if index in contents:  # dropped where it stands (no rule names it), weighing nothing against the article
            scored.append(LineScore(line, RULE_SCORE, CONTENTS_REASON, contents[index]))
            teaser = False
            continue
        furniture = furniture_by_shape[index]
        comments = comments or below_prose and (furniture in COMMENT_MARKERS or bool(_COMMENT_COUNT.match(line)))
        if furniture in PROSE_SHAPED_RULES and (_between_paragraphs(lines, furniture_by_shape, index)
                                               or goes_on_as_prose(line)) or _overruled_in_the_article(
                lines, furniture_by_shape, index, furniture):
            furniture = None
        if furniture is None and below_prose:
            furniture = credit_reason(line)
            if furniture == SOURCE_CREDIT and _in_the_article(lines, furniture_by_shape, index,
                                                              announced=line.rstrip().endswith((":", "："))):
                furniture = None
        below_prose = below_prose or furniture is None and ends_sentence(line) and paragraph_score(line)[0] >= PROSE
        edge = edge_reason(line) if furniture is None else None
        if edge is not None and (_between_paragraphs(lines, furniture_by_shape, index)
                                 or _among_place_rows(lines, index)
                                 or _below_its_edge(lines, index, edge[0], under_prose)
                                 or edge[0] == "dateline" and heads_with_place(line)):
            edge = None
        if edge is not None:
            reason, by_rule = edge
            scored.append(LineScore(line, RULE_SCORE if by_rule else SHAPE_SCORE, reason,
                                    "rule" if by_rule else "shape", by_rule=by_rule))
            teaser = False
            continue
        if furniture is None:  # what no rule, shape or edge names, the page's evidence may
            furniture = _page_credit(lines, furniture_by_shape, index, page, under_prose=under_prose)
        links = links + 1 if teaser and furniture is None else 0
        teaser = (furniture == READ_ALSO_REASON and not marker_has_title(line)
                  # the article's own list under a heading worded as a box's, unless it goes on a box's run
                  and not (not teaser and worded_box_label(line) and own_list(lines[index + 1:], lead))
                  or teaser and furniture is None and len(line.split()) >= MIN_TEASER_WORDS
                  and not continues_paragraph(line, strict=True)  # the article going on under the marker
                  and not _heads_next_part(lines, index, links)
                  # the article's title under a box standing over it
                  and not (not below_prose and titles_the_lead(line, opening))
                  and (is_teaser(line) or is_question_title(line) and not _question_of_the_article(lines, index, links)))
        if teaser and furniture is None:
            scored.append(LineScore(line, RULE_SCORE, READ_ALSO_REASON, "under a 'read also' marker", by_rule=True))
            continue
        if furniture is not None:
            rule = line_reason(line) is not None
            scored.append(LineScore(line, RULE_SCORE if rule else SHAPE_SCORE, furniture,
                                    "rule" if rule else "shape", by_rule=rule))
            continue
        unended_words = PARAGRAPH_WORDS if index in unended_span else UNENDED_WORDS
        cut_off = _cut_off_paragraph(lines, index, prose)
        score, why = paragraph_score(line, unended_words=unended_words, cut_off=cut_off)
        if unended_words != UNENDED_WORDS and not ends_sentence(strip_bullet(line)):
            why += ", among paragraphs ending with no stop"
        if counts[normal(line)] > 1 and not ends_sentence(line) and strip_bullet(line) == line:
            score = min(score, REPEATED_SCORE)  # a title block, a caption, a menu: never the article's start
            why += ", repeated on the page"
        elif comments and _short_lead_in(line):
            score = min(score, FURNITURE_SCORE)
            why += f", {COMMENT_LABEL}"
        elif is_label(line) and not announces_what_follows(line):
            score = min(score, FURNITURE_SCORE)
            why += ", a label"
        scored.append(LineScore(line, round(score, 2), None, why))
    return _between_article_lines(marked_datelines(scored, page)), latin_page


CUT_OFF_WORDS = 2 * UNENDED_WORDS
"""The page's last line, this long with no sentence end, is a paragraph the excerpt cut off (``_cut_off_paragraph``)."""
MAX_OTHER_PARAGRAPHS = 1
"""... when the page holds this many other lines of prose at most: the cut paragraph and one box compete for the run."""


def _cut_off_paragraph(lines: list[str], index: int, prose: frozenset[int]) -> bool:
    """Whether ``lines[index]`` is the page's last line, a paragraph of ``CUT_OFF_WORDS`` words or more that reads as
    prose (``prose``) but stops with no sentence end (a copied excerpt cut it: "... بما يسهم في التأثير الإيجا"), on a
    page with at most ``MAX_OTHER_PARAGRAPHS`` other lines of prose, and speaking of the page's story: it shares
    ``CUT_LINE_SHARED`` words or more, besides the words any page shares by chance (``common_keys``), with the other
    prose line or the page's first line (its title). Its missing end is the cut's: scored as ended, the article's one
    paragraph no longer loses the run to a box above it scoring its full stop (a citation repeating the title, a
    banner's greeting; s24 r02 kohljournal, b02 oremama). A site's cut "about us" or copyright blurb under a
    one-paragraph article speaks of the site, not of the story: scored as ended, it would win the run and take the
    labels and teasers between with it. Where the page holds more paragraphs, the run has found the article and the cut
    last line is left to the splitter (``text.plain``), which asks the line model. (The box and the paragraph may have
    a share row between: ``text.cutshort``'s guards on the lines between would refuse the very shape.)"""
    line = lines[index]
    if not (index == len(lines) - 1 and index in prose and len(line.split()) >= CUT_OFF_WORDS
            and not ends_sentence(line) and len(prose - {index}) <= MAX_OTHER_PARAGRAPHS):
        return False
    first = next((other for other in lines[:index] if other.strip()), "")
    told = set().union(word_keys(first), *(word_keys(lines[other]) for other in prose - {index}))
    return len((word_keys(line) - common_keys()) & told) >= CUT_LINE_SHARED


_COMMENT_COUNT = re.compile(r"^\(?\d*\)?\s*(?:تعليقان|تعليقات|تعليق(?:\s+واحد)?|ردان|ردود)$")
"""The comments' header as a count ("تعليقان", "3 تعليقات"): the readers' comments follow it."""


def _short_lead_in(text: str) -> bool:
    """A lead-in to a quote shorter than ``MIN_ANNOUNCING_WORDS`` words that says no "as follows": under the comments'
    header (``_COMMENT_COUNT``, ``COMMENT_MARKERS``) such a line is a comment's label, whatever its words."""
    return (leads_in_a_quote(text) and len(text.rstrip(":： ").split()) < MIN_ANNOUNCING_WORDS
            and not ends_as_follows(text))


MIN_LONG_LINES = 2
"""A page's long lines, this many at least, tell whether the site ends its paragraphs with a full stop."""
MAX_ENDED_SHARE = 0.25
"""A site that ends this share of its long lines at most with a sentence mark writes its paragraphs without one (a
quote or a question may still close one)."""


def paragraphs_without_stops(lines: list[str], furniture_by_shape: list[str | None]) -> range:
    """From the first to the last of the page's long lines (``UNENDED_WORDS`` words or more, no furniture by shape;
    the last line aside, a page's end may cut it) when they mostly end without a sentence mark, else nothing: a site
    that writes its paragraphs so (no full stop, ever) would otherwise have its shorter paragraphs read like titles
    and its sub-headed parts left out. Only between its paragraphs: titles above the first (a ticker's, the
    article's) and a box's teasers under the last stay titles (reviewer, s14review2.md)."""
    long = [index for index, (line, furniture) in enumerate(zip(lines[:-1], furniture_by_shape))
            if furniture is None and len(strip_bullet(line).split()) >= UNENDED_WORDS]
    if len(long) < MIN_LONG_LINES or sum(ends_sentence(lines[index]) for index in long) > MAX_ENDED_SHARE * len(long):
        return range(0)
    return range(long[0], long[-1] + 1)


def _page_credit(lines: list[str], furniture_by_shape: list[str | None], index: int, page: PageEvidence, *,
                 under_prose: bool) -> str | None:
    """A credit or masthead line by what the page says of its names (``text.credits``; ``under_prose``: under a
    finished paragraph): never a sentence, and a credit not where the article's own lines stand
    (``_in_the_article``: between two paragraphs, unless it hands over to the text under it with a colon; in a list
    of pairs)."""
    line = lines[index]
    if has_sentence_particle(line) or continues_paragraph(line, strict=True):  # not "وليد", a name
        return None
    reason = page.credit_reason(line, index, under_prose=under_prose)
    if reason == CREDIT_LINE and _in_the_article(lines, furniture_by_shape, index,
                                                 announced=line.rstrip().endswith((":", "："))):
        return None
    return reason


def _nearest_line(lines: list[str], indices: range, furniture_by_shape: list[str | None] | None = None) -> str | None:
    """The first non-blank line at ``indices`` (furniture by shape aside when ``furniture_by_shape`` is given)."""
    return next((lines[other] for other in indices if lines[other].strip()
                 and (furniture_by_shape is None or furniture_by_shape[other] is None)), None)


def _lead(lines: list[str], furniture_by_shape: list[str | None]) -> str:
    """The page's first finished paragraph of prose, the article's lead as a rule (``own_list``)."""
    return next((line for index, line in enumerate(lines)
                 if furniture_by_shape[index] is None and leads_the_article(line)), "")


def leads_the_article(line: str) -> bool:
    """Whether a line may be the article's lead: a finished paragraph of prose of ``PARAGRAPH_WORDS`` or more."""
    return len(line.split()) >= PARAGRAPH_WORDS and ends_sentence(line) and paragraph_score(line)[0] >= PROSE


def own_list(following: Iterable[str], lead: str) -> bool:
    """Whether the title-shaped lines right under a box's label in the class's words (``rules.BOX_LABEL``), the
    ``following`` lines up to the first that is no title (``is_teaser``), each share ``CUT_LINE_SHARED`` words or more
    (``word_keys``) with the article's lead: the article's own list under a heading worded as a box's ("تقارير ذات صلة"
    over a dossier's own reports). Other stories' links may share the lead's words one by one (a related box is on
    the matter), not all of them. Not asked under a label that goes on a box's run ("اقرأ أيضا" / its link / "أخبار
    مرتبطة" / links on a running story: s18 review_boxes2 M1)."""
    items = list(itertools.takewhile(is_teaser, (line for line in following if line.strip())))
    return bool(lead and items) and all(len(word_keys(item) & word_keys(lead)) >= CUT_LINE_SHARED for item in items)


def _heads_next_part(lines: list[str], index: int, links: int) -> bool:
    """Whether a line under a "read also" marker, after at least one link's title (``links`` counts the lines under
    the marker, this one included), is the article's next sub-heading: at most ``MAX_HEADING_AFTER_RELATED`` words,
    right over a paragraph. The line model reads it then, as it would without the box above."""
    below = _nearest_line(lines, range(index + 1, len(lines)))
    return (links >= 2 and len(lines[index].split()) <= MAX_HEADING_AFTER_RELATED and below is not None
            and paragraph_score(below)[0] >= PROSE)


def _between_paragraphs(lines: list[str], furniture_by_shape: list[str | None], index: int) -> bool:
    """Whether the nearest lines around ``lines[index]`` (furniture aside) are a finished paragraph above and
    prose below: where a sub-heading stands, never a title block's dateline."""
    above = _nearest_line(lines, range(index - 1, -1, -1), furniture_by_shape)
    below = _nearest_line(lines, range(index + 1, len(lines)), furniture_by_shape)
    return (above is not None and below is not None and ends_sentence(above)
            and paragraph_score(above)[0] >= PROSE and paragraph_score(below)[0] >= PROSE)


def _below_its_edge(lines: list[str], index: int, reason: str, under_prose: bool) -> bool:
    """Whether ``lines[index]``, of an edge shape furniture above the article only (``TOP_EDGE_ONLY``: a moderation
    notice, which a platform prints above the article, under a photo or the title), is the article's: under a
    finished paragraph a story on a platform's rules may end on the same words (s20 review2_headfurn M3), and right
    under a line closed by a colon it quotes them ("... رسالة نصها:"; review_headfurn H2). As an edge shape with no
    line rule, such a line is dropped outside the article's range only (review2_headfurn L1)."""
    if reason not in TOP_EDGE_ONLY:
        return False
    above = _nearest_line(lines, range(index - 1, -1, -1))
    return under_prose or above is not None and above.rstrip().endswith((":", "："))


def _among_place_rows(lines: list[str], index: int) -> bool:
    """Whether the line right above or under ``lines[index]`` is a short row opening with a place too: "PLACE: ..."
    rows in a row are a list the article gives (its figures city by city, "... على النحو التالي:"), where a
    dateline stands alone above the lead."""
    neighbours = (_nearest_line(lines, range(index - 1, -1, -1)), _nearest_line(lines, range(index + 1, len(lines))))
    return any(line is not None and len(line.split()) <= TABLE_ROW_WORDS
               and DATELINE_HEAD.match(strip_bullet(line).strip()) for line in neighbours)


CREDITED_NAME = "byline"
"""A credit's label and a person's name alone ("حوار : NAME NAME.", "تصوير: NAME NAME": ``names.credited_names``), a
byline wherever it stands, when the article's prose does not tell of the name and no details box holds the line: s25
donyayadonya's interviewer between the deck and the questions. The writer's verb and a name ("كتب NAME NAME") only
over the first paragraph or under a repeated title, once a page."""


PROSE_SHAPED_RULES = frozenset(("comment policy", "syndication", "link prompt"))
"""Whole-line rules whose furniture reads like a sentence: between two of the article's paragraphs, or going on
like one, such a line is the article's ("التعليقات المسيئة سيتم حذفها ..." in a story about a platform)."""


EVERYDAY_WORD_RULES = frozenset(("follow us", "newsletter", "date line", "loading text"))
"""Whole-line rules keyed on words that are everyday verbs or nouns too ("تابع ... عبر قناة", "سجل ... النشرة", "نشر
في", "جاري"): between two of the article's paragraphs, a finished sentence one of them matches is the article's unless
it calls the reader in person (``calls_the_reader``: "تابعونا ...", "... قناتنا", "... بريدك"; reviewer,
s15review2.md F1-F4)."""
OVERRULED_RULES = EVERYDAY_WORD_RULES | {SOURCE_CREDIT, CONTENTS_REASON}
"""The rules ``_overruled_in_the_article`` may overrule (``text.plain`` keeps what the finder kept of them)."""
ELLIPSIS = "…"
"""The one-character ellipsis: a line closed by it trails off, as one closed by ".." or "..." does."""
MIN_SENTENCE_WORDS = 3
"""A finished sentence of the article holds this many words at least: "شاركها." or "المصدر: وكالات." is a widget's."""
_LABELLED_QUESTION = re.compile(r"^\W{0,2}[^\s:：]{1,15}(?:\s[^\s:：]{1,15})?\s*[:：].*[؟?]\s*$")
"""An interview's question under its speaker's label ("س: متى تبدأ الخطة؟", "الصحيفة: وهل ...؟")."""
_SPEAKER_LABEL = re.compile(r"^\W{0,2}[^\s:：]{1,15}(?:\s[^\s:：]{1,15})?\s*[:：]\s*\S")


def _overruled_in_the_article(lines: list[str], furniture_by_shape: list[str | None], index: int,
                              furniture: str | None) -> bool:
    """Whether a whole-line rule's furniture (``furniture``) at ``lines[index]`` is the article's own line by where it
    stands: a finished sentence of ``EVERYDAY_WORD_RULES`` between two paragraphs that calls no reader in person
    ("تابع آلاف المشجعين المباراة عبر قناة ..."); or "SOURCE: ..." right under an interview's labelled question, the
    source's answer ("المصدر: مطلع الشهر المقبل."; reviewer, s15review2.md F1-F4, F11); or a date's label alone
    that is one item of a list marked alike (``_among_marked_items``); or a table of contents' label whose paragraph
    right under it uses the label's word, a guide's part on writing one ("جدول المحتويات" / "يأتي جدول المحتويات
    بعد ..."; s26 review of fix26_widgets M2). A caption between two paragraphs is a photo's
    inside the text: the caption rule's own shape tells it from a glossed sub-heading (``rules.CaptionRule``)."""
    line = lines[index]
    if furniture == "date line" and _among_marked_items(lines, furniture_by_shape, index):
        return True
    if furniture in EVERYDAY_WORD_RULES:
        dated = furniture == "date line" and DIGIT.search(line)  # "نشر في 12 مارس 2024." is a date line still
        # Trailing off with "…" as with "...", a line is no finished sentence: "جاري تحميل الفيديو…" (reviewer,
        # s15fixreview_rules.md F5).
        finished = ends_sentence(line) and not line.rstrip().endswith(ELLIPSIS)
        return (finished and len(line.split()) >= MIN_SENTENCE_WORDS and not dated
                and not calls_the_reader(line) and _between_paragraphs(lines, furniture_by_shape, index))
    if furniture == CONTENTS_REASON:
        below = _nearest_line(lines, range(index + 1, len(lines)))
        words = {word.group(0).casefold() for word in CONTENTS_WORD.finditer(line)}
        return below is not None and any(word.group(0).casefold() in words for word in CONTENTS_WORD.finditer(below))
    if furniture == SOURCE_CREDIT:
        above = _nearest_line(lines, range(index - 1, -1, -1))
        return bool(_SPEAKER_LABEL.match(line)) and above is not None and bool(_LABELLED_QUESTION.match(above))
    return False


_LIST_MARK = re.compile(r"^\s*([•·●▪\-*–—])\s*\S")


def _among_marked_items(lines: list[str], furniture_by_shape: list[str | None], index: int) -> bool:
    """Whether ``lines[index]``, a date's label alone behind a list mark ("• آخر تحديث", "- تاريخ النشر:"), is one item
    of a list: the line next to it above or below is marked alike and no furniture ("- عنوان البحث" / "- تاريخ النشر"
    / "- اسم الكاتب", a form's fields; reviewer, s25 review of fix25_furniture M2)."""
    mark = _LIST_MARK.match(lines[index])
    if mark is None or DIGIT.search(lines[index]):
        return False
    for indices in (range(index - 1, -1, -1), range(index + 1, len(lines))):
        other = next((other for other in indices if lines[other].strip()), None)
        sibling = _LIST_MARK.match(lines[other]) if other is not None else None
        if sibling is not None and sibling.group(1) == mark.group(1) and furniture_by_shape[other] is None:
            return True
    return False


_PAIR_SIDE = r"[^\s\-–—.!?؟:：]+(?:\s+[^\s\-–—.!?؟:：]+){0,3}"
_DASH_ROW = re.compile(rf"^{_PAIR_SIDE}\s*[-–—]\s*{_PAIR_SIDE}$")
"""A row of a list of pairs ("الوحدة - العين", "طريق الساحل - الوادي")."""


def _in_the_article(lines: list[str], furniture_by_shape: list[str | None], index: int, *, announced: bool) -> bool:
    """Whether ``lines[index]`` stands where the article's own lines stand, not where a credit does: between two
    paragraphs (a sub-heading "شهادات السكان - خاص"; unless the line ``announced`` the text under it with a colon,
    as a credit does: "الساحل 24 - رويترز:"), or in a list a line announces ("... على النحو التالي:") or of rows
    shaped like it ("الشارقة - الجزيرة" / "الوحدة - العين")."""
    if not announced and _between_paragraphs(lines, furniture_by_shape, index):
        return True
    above = _nearest_line(lines, range(index - 1, -1, -1)) or ""
    below = _nearest_line(lines, range(index + 1, len(lines))) or ""
    return (above.rstrip().endswith((":", "：")) or announces_what_follows(above)
            or any(_DASH_ROW.match(other) and credit_reason(other) != SOURCE_CREDIT for other in (above, below)))


def _question_of_the_article(lines: list[str], index: int, links: int) -> bool:
    """Under a bare "read also" marker, a question going on from the article ("فهل ...؟", "ومن ...؟"), or one right
    before a paragraph after the box's first link (the next part's sub-heading; the first link may ask a question
    with the article going on under it)."""
    below = _nearest_line(lines, range(index + 1, len(lines)))
    return goes_on_asking(lines[index]) or links > 1 and below is not None and paragraph_score(below)[0] >= PROSE


_EDGE_FURNITURE = CREDIT_REASONS | EDGE_REASONS | COMMENT_MARKERS
"""Furniture standing at the article's edge, which no article line is looked past (``_between_article_lines``): under
the comments' header or counter ("التعليقات", "3 تعليقات"), a commenter's name ("NAME يقول:") stands over a reader's
comment, not between two of the article's paragraphs."""


def _between_article_lines(scored: list[LineScore]) -> tuple[LineScore, ...]:
    """The neighbours' scores: a weak line whose nearest other lines on both sides (furniture aside) read
    like prose is part of the article (a sub-heading, a short quote) and costs next to nothing."""
    # List items are looked past, as furniture is: a sub-heading after a list is between the paragraph that
    # announced the list and the next one. A credit line is not: it stands at the article's edge, and the lines on
    # its other side are the title block's or the page's (``text.credits``).
    prose = [index for index, line in enumerate(scored)
             if line.furniture is None and not is_list_item(line) or line.furniture in _EDGE_FURNITURE]
    result = list(scored)
    for before, index, after in zip(prose, prose[1:], prose[2:]):
        line = scored[index]
        if (line.furniture is None and line.score < NEIGHBOUR_FLOOR and scored[before].score >= PROSE
                and scored[after].score >= PROSE):
            result[index] = LineScore(line.text, NEIGHBOUR_FLOOR, None, line.why + ", between article lines")
    return tuple(result)


def _with_closing_part(scored: tuple[LineScore, ...], end: int) -> tuple[LineScore, ...]:
    """The lines with two weak ones past the best run's ``end`` weighing next to nothing, when they stand over the
    page's last paragraph (``_closes_the_page``): one weak line there already does (``_between_article_lines``)."""
    prose = [index for index, line in enumerate(scored) if line.furniture is None and not is_list_item(line)]
    if len(prose) < 4 or prose[-3] < end or not _closes_the_page(scored, *prose[-4:]):
        return scored
    result = list(scored)
    for index in prose[-3:-1]:
        line = scored[index]
        if line.score < NEIGHBOUR_FLOOR:
            result[index] = LineScore(line.text, NEIGHBOUR_FLOOR, None, line.why + ", between article lines")
    return tuple(result)


def _closes_the_page(scored: tuple[LineScore, ...], before: int, first: int, second: int, last: int) -> bool:
    """Whether two weak lines (``first``, ``second``, no furniture) stand between a paragraph (``before``:
    ``PARAGRAPH_WORDS`` words or more, read as prose) and the page's last line that reads as prose (``last``; only
    furniture below it), and they and that line share ``CUT_LINE_SHARED`` words or more with the text above: the
    article's last part under its title and its sub-part's title, or a sentence wrapped at a column's width into
    pieces that each read weakly. Under a title, two short lines are more often an ad's slogan; the article's own
    words tell its part from a box of other stories: each of the two lines names something of it or goes on, longer
    than a label, from a line left unfinished, or the first is a part's title over a sub-part's that names it ("عن
    الكاتب" over a writer's name does neither), and no furniture stands between (a box's date; reviewer,
    s14review2.md)."""
    lines = [scored[index] for index in (first, second)]
    if (scored[before].score < PROSE or len(scored[before].text.split()) < PARAGRAPH_WORDS
            or scored[last].furniture is not None or scored[last].score < PROSE
            or any(line.furniture is not None for line in scored[before + 1:last])
            or any(line.furniture is None and has_letter(line.text) for line in scored[last + 1:])):
        return False
    above = set().union(*(word_keys(line.text) for line in scored[:before + 1] if line.furniture is None))

    def names(index: int) -> bool:
        return bool(word_keys(scored[index].text) & above)

    def follows_unfinished(index: int) -> bool:
        return not ends_sentence(scored[index - 1].text) and len(scored[index].text.split()) > MAX_LINK_LABEL_WORDS

    # A part's title may name nothing of the article when its sub-part's title under it does.
    named = ((names(first) or follows_unfinished(first) or names(second))
             and (names(second) or follows_unfinished(second)))
    return named and len(article_keys((*lines, scored[last])) & above) >= CUT_LINE_SHARED


def find_body(lines: list[str], glued: Mapping[int, tuple[str, ...]] | None = None) -> Body:
    """Score the lines and take the article as the best-scoring contiguous run (see the module docstring). A table
    or a chart between two paragraphs weighs nothing in the run (``with_tables_between_paragraphs``); its lines keep
    the decisions the finder makes without it, but for the ones it newly brings in and a widget's. ``glued``: the
    lines that are a row of items glued with wide gaps in the page's own text, with their items (``text.gluedrow``)."""
    scored, latin_page = score_lines(lines, glued)
    tables = [block for block in table_blocks(scored) if table_between_paragraphs(scored, *block)]
    if not tables:
        return _body(scored, latin_page)
    scored, quiet = with_tables_between_paragraphs(scored, tables, _held(_body(scored, latin_page)))
    return _body(scored, latin_page, quiet)


def _held(body: Body) -> frozenset[int]:
    """The lines inside a body's article (all of them when unsure): what is made of them is decided there."""
    return frozenset(range(len(body.lines)) if body.unsure else range(body.start, body.end))


def _run_weights(scored: tuple[LineScore, ...], quiet: frozenset[int]) -> list[float]:
    """The best run's weights (``weights_with_announced_lists``), the ``quiet`` lines (a table or a chart between two
    paragraphs) weighing nothing."""
    weights = weights_with_announced_lists(scored)
    return [0.0 if index in quiet else weight for index, weight in enumerate(weights)]


def _body(scored: tuple[LineScore, ...], latin_page: bool, quiet: frozenset[int] = frozenset()) -> Body:
    """The article in the scored lines: the best run (``quiet`` lines weighing nothing) and all that joins it."""
    start, end, total = best_run(_run_weights(scored, quiet))
    closing = _with_closing_part(scored, end)
    if closing != scored:
        scored = closing
        start, end, total = best_run(_run_weights(scored, quiet))
    end = without_thin_tail(scored, start, end, total)
    if total < UNSURE_BELOW or end <= start:
        return Body(as_menu_page(_menu_runs(scored)), 0, len(scored), True, latin_page, (start, end))
    best_end = end
    end = before_what_ends_the_page(scored, start, end)
    end = before_reader_lines(scored, start, before_teasers(scored, start, end))
    scored, end = before_closing_boxes(scored, start, end)
    ended_by_the_page = end < best_end  # the comments, other stories' titles or lines to the reader stop it there
    while end - 1 > start and scored[end - 1].score <= 0:
        end -= 1  # cut short, the run still ends on its last line that reads like the article
    run = (start, end)
    start, end = _with_lead_cut_above(scored, start), _with_paragraph_going_on(scored, end)
    scored, start = without_other_stories_above(scored, start, end)
    start = _from_the_dateline(scored, start, end)
    wrapped = wrapped_lead(scored, start) or ragged_lead(scored, start, end) or broken_lead(scored, start)
    if wrapped:  # a lead broken by a hard wrap opens the article at its first piece
        start = wrapped.start
    start, end = with_adjacent_lists(scored, start, end)
    end = before_a_teaser_list(scored, start, with_list_section_below(scored, start, end))
    if not ended_by_the_page:  # the closing part in loose prose the run left out (after the lists: a list item
        closing = with_closing_prose(scored, start, end)  # under it is another page part's, not the article's)
        scored, end = _noted(scored, range(end, closing), CLOSING_NOTE), closing
    announced_from = with_announcing_line_above(scored, start, latin_page=latin_page)
    scored = _noted(scored, range(announced_from + 1, start), "announced by the paragraph before")
    start = announced_from
    announced = with_announced_content(scored, end, latin_page=latin_page)
    if announced > end:  # the article may go on under what it announced ("وأضاف:" / a quote / "وتنطلق ...")
        announced = _with_paragraph_going_on(scored, announced)
    scored = _noted(scored, range(end, announced), "announced by the paragraph before")
    tabled = with_closing_tables(scored, start, announced, latin_page=latin_page)
    scored = _noted(scored, range(announced, tabled), "a table after the article's last paragraph")
    # A page cut short (a copied excerpt) ends inside the article's next paragraph, or on its next sub-heading
    # and the first words under it: the cut end joins the article.
    cut_section = cut_closing_section(scored, start, tabled, latin_page=latin_page)
    end = len(scored) if cut_section else with_cut_last_line(scored, start, tabled)
    if end < len(scored):
        scored, end = cut_last_line_past_a_teaser(scored, end)
    scored = _noted(scored, range(tabled, end), "the page's last line goes on from the article")
    listed_past = frozenset(index + end for index in tail_lists(scored[end:], scored[start:end]))
    cut_end = with_cut_page_end(scored, start, end, listed=listed_past)
    cut_lists = listed_past if cut_end > end else frozenset()  # the article's lists the page was cut in
    scored, end = _noted(scored, range(end, cut_end), "the article goes on to the page's cut end"), cut_end
    next_part = with_next_part_cut_off(scored, start, end)
    scored, end = _noted(scored, range(end, next_part), "the article's next part, cut by the page's end"), next_part
    scored = off_topic_titles_inside(teasers_inside(_said_twice_in_a_row(scored, start, end), start, end), start, end)
    rows, listed = announced_rows(scored, start, end)
    scored = _noted(scored, sorted(listed), "announced by the paragraph before")
    parts = listed_in_parts(scored, run[1], end)
    scored = _noted(scored, sorted(parts - listed), "an item of the article's labelled list")
    headed = rows_under_a_heading(scored, start, end)
    scored = _noted(scored, sorted(headed - listed - parts), "a row of the article's list under its sub-heading")
    named = named_list_items(scored, start, end)
    scored = _noted(scored, sorted(named - listed - parts - headed), "an item of the article's list under its name")
    items = announced_items(scored, start, end)
    facts = frozenset(index for index in fact_rows([line.text for line in scored], [line.furniture for line in scored])
                      if start <= index < end)
    scored = _noted(scored, sorted(facts), FACT_ROW_NOTE)
    return Body(scored, start, end, False, latin_page, run, cut_section, rows | named | items | facts,
                listed | parts | headed | named | facts | cut_lists, wrapped, facts)


def _with_lead_cut_above(scored: tuple[LineScore, ...], start: int) -> int:
    """The article's first lines broken apart mid-phrase (a lead copied with its line breaks, each piece stopping
    on a word that needs what follows: "... أعلنت البلدية عن توسيع بعض ال" / "أحياء الشمال في" / "موجة الحر ..."):
    the lines right above the run that stop mid-phrase (``stops_mid_phrase``, not inside a word: an agency's short
    name looks so) go on in the line under each, and the run opens with them -- two such pieces or more, or one that
    is itself long prose (no short title). One short line stopping on a preposition right under the title is a
    kicker, a share prompt or a caption ("تقرير خاص من", "شارك الخبر عبر", "... خلال جولة في"), not the lead."""
    top = start
    while top > 0 and scored[top - 1].furniture is None and stops_mid_phrase(scored[top - 1].text, in_a_word=False):
        top -= 1
    return top if start - top >= 2 or top < start and not is_short_title(scored[top]) else start


STEPPED_CAPTIONS = frozenset(("image caption", "caption in English"))
"""Shapes of a photo's caption: one such line (``MAX_STEPPED_CAPTIONS``) may stand between the article's last
paragraphs, and the paragraph under it still goes on from the article (a caption is dropped wherever it stands)."""
MAX_STEPPED_CAPTIONS = 1


def _with_paragraph_going_on(scored: tuple[LineScore, ...], end: int) -> int:
    """The run never ends on a line that stops mid-phrase ("... وأضاف مدير المحطة") when the page goes on: the line
    under it, no furniture, is the rest of that paragraph (a page breaking its paragraphs apart) -- unless it is a
    whole title of its own (another story's, after an article whose last line lost its end): ``is_teaser``, three
    words or more, neither building a sentence nor stopping mid-phrase itself. Nor does it end above a line that
    goes on from it (``goes_on_below``: "وأوضحت البلدية ...", "والأمر نفسه في الميناء"): a short last paragraph
    the run left out for its weak score, also under a photo's caption (``STEPPED_CAPTIONS``), as whole pages place
    one between the last two paragraphs."""
    while end < len(scored):
        if (scored[end].furniture is None and stops_mid_phrase(scored[end - 1].text, in_a_word=False)
                and not is_whole_title(scored[end].text)):
            end += 1
            continue
        below = end
        while (below < len(scored) and below - end < MAX_STEPPED_CAPTIONS
               and scored[below].furniture in STEPPED_CAPTIONS):
            below += 1
        if below < len(scored) and goes_on_below(scored[below], _nearest_text_below(scored, below)):
            end = below + 1
            continue
        return end
    return end


def _nearest_text_below(scored: tuple[LineScore, ...], index: int) -> str | None:
    """The next line under ``index`` that is no furniture."""
    return next((other.text for other in scored[index + 1:] if other.furniture is None), None)


def _said_twice_in_a_row(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[LineScore, ...]:
    """Inside the article, a title-shaped line said twice in a row (not a list item) is a photo's caption
    written twice (its alt text and its caption): both copies are furniture, and so is the same line elsewhere
    in the article. A sub-heading is followed by its paragraph, never by itself; above the article the pair is
    most often the page's title and is left to the headline. A pair the article announces with a colon ("وردد
    المحتجون:" / a chant said twice) is a quote, the article's own. Who owns which pair: this rule takes pairs
    without a stop anywhere inside the article (``is_teaser``); ``text.saidagain`` takes a pair closed by a stop only
    above the article's first paragraph of prose (a caption and its alt text over the lead), and a sentence said
    twice further down is left to be read (a slogan, a quote)."""
    captions = {normal(line.text) for index, line in enumerate(scored[start + 1:end], start + 1)
                if line.furniture is None and scored[index - 1].furniture is None and repeats_line_before(scored, index)
                and is_teaser(line.text) and strip_bullet(line.text) == line.text
                and not (index - 2 >= start and scored[index - 2].furniture is None
                         and announced_by(scored[index - 2].text))}
    return tuple(LineScore(line.text, SHAPE_SCORE, SAID_TWICE, "said twice in a row")
                 if start <= index < end and line.furniture is None and normal(line.text) in captions else line
                 for index, line in enumerate(scored))


def _menu_runs(scored: tuple[LineScore, ...]) -> tuple[LineScore, ...]:
    """The scores with the clear menus of a page the finder is unsure of named as furniture: ``MIN_MENU_RUN`` or more
    bulleted items of a word or two in a row (``_menu_entry``) that no line above announces (a label closed by a
    colon, "المكونات:", or a line saying "as follows"). Issue 11 keeps text when unsure, but a run of one- or two-word
    items whose entries are mostly a site's section words (``_names_sections``) is a menu on any site; a poem's short
    lines bear no bullet, a list's items a figure or a sentence, a squad's or an ingredients list's items no section
    word. Everything else stays as it was."""
    result = list(scored)
    index = 0
    while index < len(scored):
        stop = index
        while stop < len(scored) and _menu_entry(scored[stop].text):
            stop += 1
        above = scored[index - 1].text.rstrip() if index > 0 else ""
        announced = above.endswith((":", "：")) or index > 0 and announces(scored[index - 1])
        if stop - index >= MIN_MENU_RUN and not announced and _names_sections(scored[index:stop]):
            for position in range(index, stop):
                line = scored[position]
                if line.furniture is None:
                    result[position] = LineScore(line.text, line.score, MENU_ITEM,
                                                 f"{line.why}, one of {stop - index} bulleted items in a row")
        index = max(stop, index + 1)
    return tuple(result)


def _names_sections(run: tuple[LineScore, ...]) -> bool:
    """Whether at least ``MIN_MENU_WORD_SHARE`` of a run's bulleted entries are a site's section words
    (``rules.SECTION_LABEL``): a menu names the site's parts; a list of names or ingredients names none."""
    named = sum(SECTION_LABEL.matches(strip_symbol(line.text)) for line in run)
    return named >= MIN_MENU_WORD_SHARE * len(run)


def _menu_entry(text: str) -> bool:
    """A menu's entry: a bullet symbol, then one or two words (``MAX_MENU_RUN_WORDS``) with no figure and no closing
    mark ("• الرئيسية", "• اتصل بنا"; not "• 2 كوب دقيق", "• الصبر.", "• ملاحظات:")."""
    item = strip_symbol(text)
    return (is_menu_item(text) and len(item.split()) <= MAX_MENU_RUN_WORDS and not DIGIT.search(item)
            and item[-1] not in SENTENCE_END + ":：")


def _noted(scored: tuple[LineScore, ...], indices: Iterable[int], note: str) -> tuple[LineScore, ...]:
    """The scores with ``note`` added to the features of the article lines at ``indices`` (for
    ``inspect --lines``)."""
    result = list(scored)
    for index in indices:
        line = scored[index]
        if line.furniture is None and not announces(line) and not line.why.endswith(note):
            result[index] = LineScore(line.text, line.score, None, f"{line.why}, {note}")
    return tuple(result)


OPENING_CREDITS = frozenset(("dateline", CREDIT_LINE))
"""A line of these shapes alone, closed by a colon ("صنعاء - سبأ :", "CITY/SITE/خاص:"), opens a news story's lead."""

MIN_OTHER_LEADS = 2
"""Other stories' leads over the article's dateline are a box of this many at least, telling stories apart (no two
share ``CUT_LINE_SHARED`` words): one paragraph over a credit closed by a colon is the article's own."""


def _opens_a_lead(line: LineScore) -> bool:
    """A dateline or credit standing alone, closed by a colon (``OPENING_CREDITS``): the lead under it opens there."""
    return line.furniture in OPENING_CREDITS and line.text.rstrip().endswith((":", "："))


def _from_the_dateline(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The run's start moved down under the dateline standing alone over the article's lead (``_opens_a_lead``, prose
    under it) when the run opens on other stories' paragraphs above it (an agency's "latest news" box of leads over
    the article): ``MIN_OTHER_LEADS`` paragraphs or more, each telling another story (fewer than half its words the
    article's under the dateline, fewer than ``CUT_LINE_SHARED`` shared with each of the others) and none opening with
    a dateline of its own, glued or alone: the page has no other (the parts of a round-up each open so), and standing
    above a title-shaped line over the dateline (``_titled_under``): the article's title stands between the box and
    its dateline, while paragraphs between a title and its dateline are the article's deck (a standfirst), kept. The
    line right above the dateline may be the article's title: above the run, the headline rules read it."""
    openings = [index for index in range(end - 1) if _opens_a_lead(scored[index])]
    if len(openings) != 1 or not start < openings[0]:
        return start  # none, or a round-up's parts each under its own
    index = openings[0]
    if scored[index + 1].furniture is not None or scored[index + 1].score < PROSE:
        return start
    known = article_keys(scored[index + 1:end])
    above = [line for line in scored[start:index] if line.furniture is None and line.score >= PROSE]
    keys = [word_keys(line.text) for line in above]
    if (len(above) < MIN_OTHER_LEADS or any(len(own & known) * 2 >= len(own) for own in keys)
            or any(len(one & other) >= CUT_LINE_SHARED for one, other in itertools.combinations(keys, 2))
            or any(glued_prefix(line.text) for line in above) or not _titled_under(scored, start, index)):
        return start
    return index + 1


def _titled_under(scored: tuple[LineScore, ...], start: int, index: int) -> bool:
    """Whether a title-shaped line (``may_title``, not prose) stands under the last paragraph of prose in
    ``scored[start:index]`` and above the dateline at ``index``, or nothing but furniture stands above the paragraphs
    (the box opens the page's text): a box of other stories' leads sits over the article's title or at the page's top,
    while a deck (standfirst) sits under the headline, right over the dateline."""
    last = max(at for at in range(start, index) if scored[at].furniture is None and scored[at].score >= PROSE)
    return (any(may_title(line) and line.score < PROSE for line in scored[last + 1:index])
            or all(line.furniture is not None for line in scored[:start]))
