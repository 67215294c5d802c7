"""Split scraped plain text (one paragraph a line) into headline, byline and sections.

A whole page copied as text has the article somewhere in the middle. It is read
in four parts:

1. the article region: ``text.bodyfind`` scores every line and takes the best
   contiguous run of article-like lines;
2. the headline: ``text.headline`` picks the title line above the article (or
   its first line when that is a title). When there is none the first sentence
   of the text stands in: it becomes the headline, is removed from the lead so it
   is spoken once, and ``headline_from_body`` is set;
3. everything above the article is dropped with its reason: mastheads and site
   names (the site is kept in ``Article.site``), navigation, dates, share widgets,
   template tokens, photo captions, the byline (kept in ``Article.byline``);
   what no rule names is reported as "before the article"; below the article,
   the same, or "after the article";
4. inside the article: furniture lines and "read also" blocks are dropped (see
   ``text.blocks``), datelines or bylines glued to the start of the lead are cut,
   glued sub-headings are cut off flattened paragraphs (see ``text.headings``),
   and short unpunctuated lines between paragraphs start sections (so do numbered
   ones, ordinals "أولًا:" and short lines ending in a colon).

``split_plain`` also returns the decision for every input line, with its score,
for ``audio-edition inspect --lines``.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace

from text.blocks import (MAX_HEADING_WORDS, Block, broken_off, drop_furniture, first_sentence, first_words_apart,
                         is_box_label, is_bullet, leads_into_a_list, looks_like_heading, repeats_headline,
                         sections_with_headline)
from text.bodyfind import (Body, CUT_LINE_WORDS, LineScore, MENU_ITEM, READ_ALSO_REASON, OVERRULED_RULES, find_body,
                           heads_a_part, heads_listed_rows, heads_prose, repeats_line_before, speaks_to_reader,
                           sub_headings)
from text.lineshape import (DIGIT, EDGE_SHAPES, HARAKAT, NUMBER_ONLY, SENTENCE_OPENERS, SPEECH_WORDS, builds_a_sentence,
                            calls_the_reader, continues_paragraph, ends_mid_word, ends_sentence, enumerates, has_letter,
                            has_sentence_particle, is_dateline, is_label, is_menu_item, is_reader_call, normal,
                            stops_mid_phrase, shows_a_scene, strip_bullet, strip_symbol, tells_in_the_present)
from text.clean import FOLD, clean_line, clean_text, raw_lines
from text.creditnames import credit_line, masthead_outlet, outlet_name, person_name
from text.credits import is_section_name
from text.grammar import TRANSITIVE_VERBS
from text.gluedrow import glued_rows
from text.headings import (mark_colon_headings, mark_numbered_headings, mark_numbered_siblings, mark_opening_question,
                           split_glued_headings)
from text.howto import tells_the_articles_step
from text.interview import mark_interview_questions
from text.nottitles import never_heads_a_part
from text.keypoints import is_summary_label, key_points_above
from text.labelleddates import labelled_date
from text.linemodel import EDGE_CUES, LineModel, active_model, has_furniture_cue, page_features
from text.title_model import opens_with_past_verb
from text.bodyfind import named_list_headings
from text.titleedges import framed_alone, unframed
from text.headline import (CRUMB_SEPARATOR, HOME_CRUMB_SEPARATOR, MIN_TITLE_WORDS, choose_title, content_forms,
                           content_stems, inner_sub_headings, live_entry_heading, may_open_as_title,
                           opens_going_on, opens_on_home, overlap, stems_of, wraps_into_the_lead, writer_with_role)
from text.embeds import MARKED_BLOCKS
from text.doubled import title_once
from text.saidagain import HEADLINE_ECHO, said_again
from text.leadteaser import TEASER_OF_THE_LEAD, is_lead_teaser
from text.sitestamp import SITE_STAMP, named_by_the_page, over_the_lead, stamp_shaped
from text.model import Article, Dropped
from text.names import bare_name
from text.datetext import dates_in
from text.pagedate import page_date
from text.photolabels import dash_credited
from text.rules import (AGENCIES, BYLINE, BYLINE_MAX_WORDS, CLOSING_MARKS, DATE_LINE_REASON,
                        DATELINE_HEAD, MASTHEAD, MONTHS, PHOTO_CREDITS, PHOTO_KINDS, PREAMBLE_CAPTION_MAX_WORDS,
                        SECTION_LABEL, SITE_NAMES, TALK_BYLINE, glued_prefix, line_reason, split_date_marker)
from text.rewrap import rewrap
from text.unwrap import unwrap

log = logging.getLogger(__name__)

BEFORE = "before the article"
AFTER = "after the article"
MAX_LATIN_HEADING_WORDS = 4
MAX_SET_APART_WORDS = 3
"""A paragraph's first words set apart on a line of their own are this many at most (see ``set_apart``)."""
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652]{2,}")
MAX_BROKEN_HEADING_WORDS = 5
"""A heading-shaped block this short stopping mid-phrase ("الفرق بين") over a whole paragraph is a sub-heading."""
MIN_BROKEN_PIECES = 2
"""A lead's first piece may stand above the article when this many of the article's lines stop mid-phrase."""
OPENING_PART_NAMES = frozenset(name.translate(FOLD) for name in ("مقدمة", "المقدمة", "تقديم", "التقديم", "تمهيد",
                                                                  "التمهيد", "توطئة", "مدخل", "المدخل"))
"""The names an essay or a report gives its opening part ("introduction", "preface"), spelling folded."""
OPENING_NAMES_BEFORE_A_COLON = frozenset(name.translate(FOLD) for name in ("مقدمة", "المقدمة"))
"""The opening part's names that head it before a colon and what the part tells ("مقدمة: ..."); the others credit
a presenter or a foreword there, or tell how to apply ("تقديم: NAME", "التقديم: عبر الموقع")."""
MIN_LABEL_SIBLINGS = 2
"""A colon or question label above the article heads its first part when the article has this many of its own."""
CAPTION = "image caption"
CAPTION_OVERLAP = 0.75
"""A short line inside the article whose words are this much the headline's may be a caption of its photo."""
MODEL_FURNITURE = "page furniture by the line model"
MIN_ARTICLE_LINE_WORDS = 7
"""A line between the headline and the article read as the article's holds this many words at least: a photo's
caption or a part's label names its subject in fewer ("نتائج فحص المحطة", "رئيس البلدية خلال جولته في المحطة")."""
KEPT_UNSURE_BELOW = ("kept though unsure (issue 11): the page's last line, right under the article, with no furniture "
                     "cue and no rule against it")
KEPT_STANDFIRST = ("kept as the standfirst: right under the headline, over the date or byline block, said once, no "
                   "furniture cue")
KEPT_DECK_LINE = ("kept as a line of the standfirst: one of 2-3 lines right under the headline, over a block holding "
                  "an interview's byline, each said once with no furniture cue and sharing the article's words, one "
                  "quoting or saying a clause")
MIN_STANDFIRST_WORDS = 5
"""A standfirst holds a clause's words; a shorter line under the title is a label, a name or a caption."""
MAX_STANDFIRST_LINES = 3
"""A standfirst may be printed as a few lines, one claim or quote each (an interview's highlights over "حوار: NAME");
a longer run of statement lines under the title is a list of the site's, not the story's deck."""
KEPT_KEY_POINT = ("kept as a key point: one of 2 or more statement lines under a summary's label, above the lead and "
                  "a photo's block, sharing the article's words")
KEPT_UNSURE_ABOVE = ("kept though unsure (issue 11): only its place under the headline marks it as furniture; the line "
                     "model reads it as the article's")
TITLE_BY_ITS_TOPIC = ("taken as the title by its shape alone, TOPIC: NEWS (no rule or the model took a line): the "
                      "lines under it are read as the article's unless a rule drops them")
TITLE_SET_APART = ("taken as the title though the model is unsure: one sentence, not opening as a lead does, over a "
                   "paragraph that opens anew rather than going on from it; the lines under it are read as the "
                   "article's unless a rule drops them")
SURE_FURNITURE_BELOW = 0.75
"""The line model's furniture probability from which a cue-less last line under the article is dropped: below it the
model, reading only the line's place and length, is unsure, and unsure text is kept (issue 11)."""
UNSURE_NOTE = ("the page has only short lines, none reading like an article's sentences: every line is kept and read "
               "aloud except recognised menus, share buttons and other site clutter; check the result with "
               "'inspect --lines'")
UNSURE_TITLED_NOTE = ("the page has only short lines, none reading like an article's sentences: its breadcrumb names "
                      "the title, so the lines above the title are dropped and every line under it is kept and read "
                      "aloud except recognised menus, share buttons and other site clutter; check the result with "
                      "'inspect --lines'")


@dataclass(frozen=True)
class LineDecision:
    """What became of one non-empty input line, for ``inspect --lines``."""

    number: int
    """1-based line number in the input."""
    text: str
    decision: str
    """'headline', 'byline', 'section title', 'body', or the reason it was dropped."""
    spoken: bool
    score: float
    why: str


@dataclass(frozen=True)
class PlainSplit:
    article: Article
    lines: tuple[LineDecision, ...]


def parse_plain(text: str, *, source: str | None = None) -> Article:
    return split_plain(text, source=source).article


def split_plain(text: str, *, source: str | None = None) -> PlainSplit:
    raw = raw_lines(text)
    cleaned = [clean_line(line) for line in raw]
    numbered = _numbered_lines(cleaned)
    lines = [line for _, line in numbered]
    body = find_body(lines, glued_rows(raw, [number for number, _ in numbered]))
    model = active_model()
    verdicts = _over_furniture(_with_named_list_headings(_model_verdicts(model, body), body), body)
    notes: tuple[str, ...] = ()
    dropped: list[Dropped] = []
    decisions: dict[int, str] = {}
    candidates: dict[int, float] = {}
    kept_unsure: dict[int, str] = {}
    """Lines kept on weak evidence for furniture, and a title taken on its shape alone, with the why ``inspect
    --lines`` shows."""
    title_alone = False
    """The title was taken as evidence for its line and no further: on its shape alone or as a sentence set apart from
    its lead (``headline.TitleChoice.by_its_topic``, ``set_apart``)."""
    site = None
    standfirst = None
    """A standfirst under the headline, over the date or byline block (``_standfirst``): read before the lead."""
    points = None
    """Key points above the lead, over a photo's block (``text.keypoints``): read before the lead."""
    if body.unsure:
        named = _title_named_by_breadcrumb(body)
        left = any(line.furniture is None for line in body.lines)  # a page of furniture only reads no article
        if left and (any(line.score > 0 for line in body.lines) or len(lines) > 3):
            note = UNSURE_NOTE if named is None else UNSURE_TITLED_NOTE
            log.warning("%s: %s", source or "<text>", note)
            notes = (note,)
        if named is not None:  # the page says where its article begins: what is above its title is not the article
            index = headline_at = named
            site = _drop_above(body, named, dropped, decisions)
        else:
            index, site = _skip_masthead(lines, dropped, decisions)
            if _label_over_title(body, index):  # "الرئيسية" / "شعر" / the poem's title
                dropped.append(Dropped(lines[index], SECTION_LABEL.reason))
                decisions[index] = SECTION_LABEL.reason
                index += 1
            # The title leaves a line to read: a page of one line (a lead cut short) is read, not refused as empty.
            # A page of furniture only (a site's menu: ``text.menupage``) has no title either.
            headline_at = index if left and index + 1 < len(lines) and may_open_as_title(lines[index]) else None
        start, end = (index + 1 if headline_at is not None else index), len(lines)
        begin = start
    else:
        choice = choose_title(body)
        headline_at, scored = choice.index, choice.scored
        title_alone = choice.by_its_topic or choice.set_apart
        candidates = dict(scored)
        if choice.by_its_topic:
            kept_unsure[choice.index] = TITLE_BY_ITS_TOPIC
        elif choice.set_apart:
            kept_unsure[choice.index] = TITLE_SET_APART
        start, end = body.start, _with_last_line_read_as_body(body, verdicts)
        if end > body.end:
            kept_unsure[end - 1] = KEPT_UNSURE_BELOW
        if headline_at is not None:
            start = max(start, headline_at + 1)
            site = _drop_above(body, headline_at, dropped, decisions)
        begin = 0 if headline_at is None else headline_at + 1
    headline = None
    if headline_at is not None:  # a title framed by marks alone ("| TITLE |", "*TITLE") is read without them
        headline = unframed(lines[headline_at]) if framed_alone(body.lines, headline_at) \
            else strip_symbol(lines[headline_at])
    once = title_once(headline) if headline is not None else None
    if once != headline:
        # A title said twice on its line ("XX", "X X": text.doubled) is read once; its copy is reported dropped,
        # as a repeated headline is, so that every word of the page is spoken or reported.
        dropped.append(Dropped(" ".join(headline.split())[len(once):].strip(), "repeated headline"))
        headline = once
    lead_piece = (headline_at is not None and _lead_piece_above(body, headline_at, start, verdicts)
                  or _word_set_apart_above(body, headline_at, start))
    if headline_at is not None:
        decisions[headline_at] = "headline"
    if lead_piece:
        start -= 1
    first_heading = _opening_sub_heading(body, headline_at, start, end, verdicts)
    if body.unsure or headline_at is not None and headline_at >= body.start:
        # The headline opens the kept text: what follows it is furniture as far as rules and shapes say, but for
        # the article's first sub-heading, which the page's own sub-headings show (no caption then).
        def opens_the_article(index: int) -> bool:
            return not body.unsure and _first_sub_heading(body, index, headline_at, verdicts)

        byline, byline_site, start = _drop_preamble(body, begin, end - 1, headline, dropped, decisions,
                                                    greedy=False, sub_heading=opens_the_article, verdicts=verdicts,
                                                    kept_unsure=kept_unsure, no_caption=title_alone)
        if start + 1 < end and opens_the_article(start):
            first_heading, start = True, start + 1
    else:
        if not first_heading and not lead_piece:
            read_from = _with_article_read_above(body, begin, start, verdicts)
            kept_unsure.update(dict.fromkeys(range(read_from, start), KEPT_UNSURE_ABOVE))
            start = _under_a_summary_label(body, begin, read_from, start, verdicts)
            standfirst = _standfirst(body, headline_at, start, verdicts)
            if standfirst is None and start == read_from:
                points = key_points_above(body, begin, start, None if verdicts is None else [
                    verdict.called_furniture and verdict.cue for verdict in verdicts])
        if standfirst is not None:
            begin = standfirst.stop
            kept_unsure.update(dict.fromkeys(standfirst, KEPT_STANDFIRST if len(standfirst) == 1 else KEPT_DECK_LINE))
        if points is not None:  # the photo's block between the points and the lead is dropped, the points kept
            kept_unsure.update(dict.fromkeys(range(points.start, points.stop), KEPT_KEY_POINT))
            byline, byline_site, _ = _drop_preamble(body, begin, points.start, headline, dropped, decisions,
                                                    greedy=True)
            gap_byline, gap_site, _ = _drop_preamble(body, points.stop, start, headline, dropped, decisions,
                                                     greedy=True)
            byline, byline_site = byline or gap_byline, byline_site or gap_site
        else:
            byline, byline_site, _ = _drop_preamble(body, begin, start - 1 if first_heading else start, headline,
                                                    dropped, decisions, greedy=True)
    if headline_at is not None and not body.unsure and standfirst is None and points is None and not lead_piece \
            and not first_heading:
        edge = _credit_under_the_headline(body, headline_at, start, end, decisions, site or byline_site)
        if edge is not None:  # the site's name or the byline the article's run opens on, over the lead
            reason, person = edge
            dropped.append(Dropped(lines[start], reason))
            decisions[start] = reason
            byline = byline or person
            start += 1
        if _right_under_the_headline(headline_at, start, end, decisions) and is_lead_teaser(lines, start):
            dropped.append(Dropped(lines[start], TEASER_OF_THE_LEAD))  # its words are said in full under it
            decisions[start] = TEASER_OF_THE_LEAD
            start += 1
    preamble_end = start - 1 if first_heading else start
    site = site or byline_site
    region_dropped: dict[int, str] = {}
    """The reason of each whole line dropped inside the article, by its index: the line ``inspect --lines`` shows
    dropped, though another line of the page reads the same."""
    blocks = [Block(lines[index], at=index) for index in range(start, end)]
    if first_heading:
        blocks.insert(0, Block(lines[start - 1], "heading", at=start - 1))
    if blocks and blocks[0].kind == "line":
        lead, glued_author = _cut_glued_prefixes(blocks[0].text, dropped)
        blocks[0] = replace(blocks[0], text=lead)
        byline = byline or glued_author
    if body.cut_section and [block.text for block in blocks[-2:]] == lines[-2:]:
        # The article's next part, cut off by the page's end: its sub-heading and the first words under it (as
        # the page gives them: a line whose glued prefix was just cut off keeps its cut form). A line naming three
        # things between commas is a list's row cut short with the list, and one the model's verdict refuses a box's
        # header or a notice, and a label closed by a colon over a list's first item leads into the list, and a line no
        # part is headed by (a quotation, a sentence opening with its verb: ``nottitles``): no heading.
        refused = (enumerates(lines[-2]) or broken_off(lines[-2]) or not names_something(lines[-2])
                   or leads_into_a_list(lines[-2], lines[-1]) or never_heads_a_part(lines[-2]) is not None
                   or verdicts is not None and verdicts[len(lines) - 2].title is False)
        blocks[-2:] = [Block(lines[-2], "line" if refused else "heading", at=blocks[-2].at),
                       Block(lines[-1], "paragraph", at=blocks[-1].at)]
    blocks = _drop_shapes(blocks, body, range(preamble_end, end), headline, dropped, verdicts, region_dropped)
    # What a rule names but the finder read as the article's own by where it stands (``OVERRULED_RULES``) stays.
    overruled = frozenset(line.text for line in body.lines[start:end]
                          if line.furniture is None and line_reason(line.text) in OVERRULED_RULES)
    blocks = drop_furniture(blocks, headline=headline, dropped=dropped, overruled=overruled,
                            dropped_at=region_dropped)
    if standfirst is not None:  # the lead's first lines, above the date or byline the preamble dropped
        blocks[:0] = [Block(lines[index], "paragraph", at=index) for index in standfirst]
    if points is not None:  # the story's points, above the photo's block the preamble dropped
        blocks[:0] = [Block(lines[index], "paragraph", at=index) for index in range(points.start, points.stop)]
    if lead_piece:
        blocks = _joined_to_the_lead(blocks, lines[start])
    blocks = _join_broken_lines(_with_wrapped_lead_joined(blocks, body))
    blocks = mark_numbered_siblings(mark_colon_headings(mark_numbered_headings(split_glued_headings(blocks))))
    blocks = mark_interview_questions(blocks, [] if headline_at is None else lines[headline_at:start])
    blocks = mark_opening_question(blocks, right_under_headline=bool(blocks) and headline_at is not None
                                   and blocks[0].at == headline_at + 1)
    _drop_below(body, end, headline, dropped, decisions)
    headline, sections, headline_from_body = sections_with_headline(blocks, headline, title_first=not first_heading)
    article = Article(headline, sections, byline=byline, source=source, site=site, dropped=tuple(dropped),
                      headline_from_body=headline_from_body, notes=notes)
    lines_decided = _decisions(numbered, body, decisions, range(preamble_end, end), article, region_dropped,
                               candidates, verdicts, kept_unsure, _last_pieces(cleaned, numbered))
    stated = page_date([(line.number, line.text, line.decision, line.spoken) for line in lines_decided])
    if stated is not None:
        article = replace(article, published=stated.day.isoformat(), published_from=stated.source())
    return PlainSplit(article, lines_decided)


def _right_under_the_headline(headline_at: int, start: int, end: int, decisions: dict[int, str]) -> bool:
    """Whether the article's first line ``start`` stands right under the headline (only dropped lines between) and
    over more of the article."""
    return headline_at < start < end - 1 and all(index in decisions for index in range(headline_at + 1, start))


def _credit_under_the_headline(body: Body, headline_at: int, start: int, end: int, decisions: dict[int, str],
                               site: str | None) -> tuple[str, str | None] | None:
    """(reason, writer's name) when the article's first line, right under the headline (only dropped lines between)
    and over the lead's paragraph, is the site's name standing as a stamp, which the page vouches for
    (``text.sitestamp``: the name again in its masthead, footer or credits, or ``site``, the masthead's), or a byline
    naming a person (``rules.BYLINE``: "كتبت د. NAME NAME:", which the finder may read as prose for its length and
    its abbreviation's dot, while the preamble drops the same byline standing above the run); else None."""
    if not _right_under_the_headline(headline_at, start, end, decisions):
        return None
    texts, scores = [line.text for line in body.lines], [line.score for line in body.lines]
    if not over_the_lead(texts, start, scores):
        return None
    if stamp_shaped(texts[start]) and named_by_the_page(texts, start, range(headline_at, end), site):
        return SITE_STAMP, None
    text = texts[start]
    person = credit_line(text).person if len(text.split()) <= BYLINE_MAX_WORDS and BYLINE.match(text) else None
    return ("byline", person) if person is not None else None


def _with_last_line_read_as_body(body: Body, verdicts: list[Verdict] | None) -> int:
    """Where the article ends: the run's end, or the page's end when the page's last line, right under the run
    (only lines without a letter, or photos' captions, between: ``_stands_in_the_article``), is kept as article
    text though no rule took it: a page cut short inside the article's next paragraph ("... وتزن"), kept rather than
    dropped when unsure (issue 11). Without a furniture cue the line model reads only the line's place and length
    there, so its lean is weak evidence: the line is kept unless the model is sure (``SURE_FURNITURE_BELOW``), or it
    is cut inside a sentence (it builds one, or stops inside a word: "يمثل هذا المهرجان عرسا فنيا ي") whatever the
    model's lean. Not a finished sentence, a line of fewer than ``CUT_LINE_WORDS`` words, a label ("X: Y"), a call to
    the reader anywhere in it ("من جهة أخرى تابعوا ...") or the site's notice: those the rules have judged; nor a line
    joining its parts with ".." or "…" the way titles do ("أسعار الخضار ترتفع.. والبلدية تتدخ"), nor one told in a
    title's grammar (``tells_in_the_present``: "سكان الوادي يشكون من", another story's title cut short)."""
    end = body.end
    last = len(body.lines) - 1
    if (verdicts is None or body.unsure or end > last
            or not all(_stands_in_the_article(line) for line in body.lines[end:last])):
        return end
    line = body.lines[last]
    tokens = line.text.split()
    if (line.furniture is not None or ends_sentence(line.text) or len(tokens) < CUT_LINE_WORDS
            or ":" in line.text or "：" in line.text or ".." in line.text or "…" in line.text
            or speaks_to_reader(line) or any(is_reader_call(token, line.text) for token in tokens)):
        return end
    verdict = verdicts[last]
    # Without a cue, a line cut inside its sentence (a word that builds one, or stopping inside a word) is the
    # article's next words whatever the model's lean from its place and length; a whole title there may be another
    # story's (``builds_a_sentence``: "سكان الوادي يشكون من" is a title cut short).
    cut_in_a_sentence = not verdict.cue and (builds_a_sentence(line.text) or ends_mid_word(line.text))
    unsure = (not verdict.cue and verdict.probabilities["furniture"] < SURE_FURNITURE_BELOW
              and not tells_in_the_present(line.text))
    top = max(verdict.probabilities, key=verdict.probabilities.get)
    return last + 1 if top == "body" or cut_in_a_sentence or unsure else end


_CAPTION_REASONS = frozenset((CAPTION, "caption in English"))


def _stands_in_the_article(line: LineScore) -> bool:
    """A line that may stand between two parts of the article: one without a letter (a mark, an ad slot's number) or
    a photo's caption the rules or its shape name; a teaser, a label or a box's header may not."""
    return not has_letter(line.text) or line.furniture in _CAPTION_REASONS


def page_lines(text: str) -> list[tuple[int, str]]:
    """(1-based input line number, cleaned line) of each non-empty line, as the splitter reads them; the pieces
    of a hard-wrapped paragraph are one line, numbered as its first piece (an even wrap: ``text.unwrap``; a ragged
    one: ``text.rewrap``)."""
    return _numbered_lines(clean_text(text))


def _numbered_lines(cleaned: list[str]) -> list[tuple[int, str]]:
    """``page_lines`` of the text's cleaned lines (``clean_text``)."""
    return _with_marker_apart([(index + 1, line) for index, line in rewrap(unwrap(cleaned)) if line])


def _with_marker_apart(numbered: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A scraper's date marker glued to the first line (" date 2025-09-06 عنوان الخبر") stands as a line of its
    own (a date line, dropped), so that the title or lead it is glued to is read without it."""
    split = split_date_marker(numbered[0][1]) if numbered else None
    if split is None or not split[1]:
        return numbered
    number = numbered[0][0]
    return [(number, split[0]), (number, split[1]), *numbered[1:]]


def _drop_above(body: Body, stop: int, dropped: list[Dropped], decisions: dict[int, str]) -> str | None:
    """Drop every line above the headline; returns the site name a masthead line gives."""
    lines = [line.text for line in body.lines]
    site = None
    for index in range(stop):
        line = lines[index]
        reason, named = _masthead_reason(line)
        site = site or named
        if reason is None:
            reason = body.lines[index].furniture or BEFORE
        dropped.append(Dropped(line, reason))
        decisions[index] = reason
    return site


def _masthead_reason(line: str) -> tuple[str | None, str | None]:
    """(reason, site name) for a masthead-style line above the headline."""
    reason = line_reason(line)
    if reason is None and SECTION_LABEL.matches(line):
        reason = SECTION_LABEL.reason
    if reason is None and line in SITE_NAMES:
        return "site name", outlet_name(line)
    if reason is None and MASTHEAD.match(line):
        return "site name", masthead_outlet(line)
    return reason, None


EDGE_REASONS = frozenset(reason for reason, _, _ in EDGE_SHAPES)
"""What the edge shapes drop above the article (a dateline, a paper's name alone)."""
MIN_STEP_TITLE_WORDS = 2
"""A one-word line under the site's home is a breadcrumb's step over a line of this many words or more
(``_label_over_title``)."""
MAX_CRUMB_TO_TITLE = 3
"""A breadcrumb names the title standing at most this many lines under it (a category's label may come between)."""


def _title_named_by_breadcrumb(body: Body) -> int | None:
    """On a page the finder is unsure of, the line its breadcrumb names as its title ("الرئيسية » قسم » Title"): the
    whole line is what follows the crumb's second separator or a later one (``MIN_TITLE_WORDS`` words or more; a
    category in the footer menu is shorter), the first line saying it close under the crumb (``_nearest_under``; the
    title again below, printed twice, in a "most read" box or as a poem's refrain, is the page's later copy), said
    nowhere above the crumb, with a line under it left to read. The article begins at its title, so the page itself, not a guess, says the lines above it are not
    the article (a menu, a list of trending stories) even when no line below reads clearly as prose."""
    texts = [normal(strip_bullet(line.text)) for line in body.lines]
    for crumb, text in enumerate(texts):
        separator = HOME_CRUMB_SEPARATOR if opens_on_home(text) else CRUMB_SEPARATOR
        for found in list(separator.finditer(text))[1:]:
            tail = text[found.end():]
            if len(tail.split()) < MIN_TITLE_WORDS:
                continue
            named = _nearest_under(body, texts, crumb, tail)
            if named is not None and tail not in texts[:crumb]:
                return named
    return None


def _nearest_under(body: Body, texts: list[str], crumb: int, tail: str) -> int | None:
    """The first line under the crumb saying ``tail`` whole, with ``MAX_CRUMB_TO_TITLE`` lines at most between that
    are no furniture (a date, a byline, a category's label do not count) and a line under it left to read."""
    between = 0
    for index in range(crumb + 1, len(texts) - 1):
        if texts[index] == tail:
            return index
        between += body.lines[index].furniture is None
        if between > MAX_CRUMB_TO_TITLE:
            return None
    return None


def _label_over_title(body: Body, index: int) -> bool:
    """Whether line ``index``, the first past the masthead on a page the finder is unsure of, is a section's label
    over the title rather than the title: one word right under the site's home ("الرئيسية") over a line that may be
    the title (a breadcrumb printed one step a line: "الرئيسية" / "شعر" / "رسالة إلى أمي"), or one or two words over
    a title-sized line that a date, a time or a byline follows ("نشرات" / "موجز أخبار الظهيرة" / "10:05": label,
    title, date is the head of an article). A poem's or a bulletin's page has no prose to tell the title by; without
    such a frame one word may be a title's first piece, the page having broken the title into short lines. The label is
    a section's name by all its words (``credits.is_section_name``: "شعر", "مطبخ", "نشرات"): a poem's one-word title
    under the home line ("حنين") and a two-word title over its deck and byline ("كبسة الدجاج", "رياضة المشي": a
    section's word and its own topic) stand in the same frame."""
    lines = [line.text for line in body.lines]
    if index + 2 >= len(lines) or not may_open_as_title(lines[index + 1]):
        return False
    words, below = lines[index].split(), lines[index + 1].split()
    if (any(char.isdigit() for char in lines[index]) or len(words) > 2
            or not is_section_name(strip_bullet(lines[index]))):
        return False
    home_step = (index > 0 and opens_on_home(lines[index - 1]) and len(strip_bullet(lines[index - 1]).split()) <= 2
                 and len(words) == 1 and len(below) >= MIN_STEP_TITLE_WORDS)
    return home_step or len(below) >= MIN_TITLE_WORDS and body.lines[index + 2].furniture is not None


def _skip_masthead(lines: list[str], dropped: list[Dropped], decisions: dict[int, str]) -> tuple[int, str | None]:
    """Drop the furniture above the headline; returns (index of the first other line, site name)."""
    site = None
    index = 0
    while index + 1 < len(lines):  # the last line is never all there is to the article
        reason, named = _masthead_reason(lines[index])
        if reason is None:
            break
        site = site or named
        dropped.append(Dropped(lines[index], reason))
        decisions[index] = reason
        index += 1
    return index, site


def _lead_piece_above(body: Body, headline_at: int, start: int, verdicts: list[Verdict] | None) -> bool:
    """Whether the line just above the article, right under the headline, is the first piece of a lead broken apart
    across lines: a heading-shaped line over an article whose first line is itself a piece stopping
    mid-phrase ("... لإنشاء محطة تحلية على مقربة من"), on a page the copy broke into such pieces
    (``MIN_BROKEN_PIECES`` of the article's lines stop mid-phrase: one such line is a lead's own wording, not a
    broken page). Never what the preamble drops by its shape: one word (a category, a place), a figure ("0
    تعليق"), a byline, or a line the line model calls furniture on a furniture cue; a caption, a credit or a name
    under the headline is dropped as such on a page that is not broken apart."""
    before = start - 1
    if body.unsure or before != headline_at + 1 or start >= body.end or body.lines[before].furniture is not None:
        return False
    text = body.lines[before].text
    return (looks_like_heading(text) and len(text.split()) > 1 and not any(char.isdigit() for char in text)
            and not BYLINE.match(text)
            and (verdicts is None or verdicts[before].title is not False)
            and stops_mid_phrase(body.lines[start].text, in_a_word=False)
            and not _opens_a_sentence(body.lines[start].text)
            and sum(stops_mid_phrase(line.text, in_a_word=False)
                    for line in body.lines[start:body.end]) >= MIN_BROKEN_PIECES)


def _opens_a_sentence(text: str) -> bool:
    """Whether a line opens a sentence of its own: with a verb (``TRANSITIVE_VERBS``, a verb of speech), a word that
    opens sentences (``SENTENCE_OPENERS``) or و/ف joined to a word (``continues_paragraph``). A lead's second piece
    goes on from its first ("... بدأت في" / "المحطة الجديدة ..."); a lead opening so is whole, and the line above it
    is furniture."""
    words = text.split()
    first = words[0] if words else ""
    return (first in TRANSITIVE_VERBS or first in SPEECH_WORDS or first in SENTENCE_OPENERS
            or continues_paragraph(text))


def _joined_to_the_lead(blocks: list[Block], piece: str) -> list[Block]:
    """The lead's first piece read as the start of the lead's paragraph, not as a paragraph of its own: the copy
    broke one paragraph apart, and the listener hears it whole."""
    if len(blocks) > 1 and blocks[0].kind == blocks[1].kind == "line" and blocks[0].text == piece:
        return [replace(blocks[1], text=f"{piece} {blocks[1].text}", title=False), *blocks[2:]]
    return blocks


def _opening_sub_heading(body: Body, headline_at: int | None, start: int, end: int,
                         verdicts: list[Verdict] | None) -> bool:
    """Whether the line just above the article is its first sub-heading rather than a caption:
    a heading-shaped line when the article has sub-headings of its own further down (two, or one written the
    same way for a label closed by a colon or a question)."""
    before = start - 1
    if body.unsure or before < 0 or before == headline_at:
        return False
    return _first_sub_heading(body, before, headline_at, verdicts)


def _first_sub_heading(body: Body, before: int, headline_at: int | None, verdicts: list[Verdict] | None) -> bool:
    """Whether the line at ``before``, right above the article's first paragraph, is its first sub-heading (see
    ``_opening_sub_heading``)."""
    if body.lines[before].furniture is not None and not _heads_like_its_siblings(body, before):
        return False
    text = body.lines[before].text
    opening = opens_on_the_openings_name(text)
    if verdicts is not None and verdicts[before].title is False and not (opening and verdicts[before].on_its_colon):
        # over a line the model drops (``_over_furniture``), or called furniture on a cue; "مقدمة: ..." only on its
        # 'label: value' shape, which is the opening's name's own
        return False
    if headline_at is not None and before < headline_at:
        return False
    if BYLINE.match(text) or repeats_line_before(body.lines, before):
        return False  # a photo's caption (see bodyfind's said-twice rule)
    if names_the_opening(text) or opening:
        return True
    if not names_something(text):
        return False
    if live_entry_heading(body, before):  # a live page's first entry: its heading opens the article's first part
        return True
    below = max(body.start, before + 1)  # its siblings, not the line itself when the run holds it
    if looks_like_heading(text) and not is_label(text):
        return sub_headings(body.lines, below, body.end,
                            is_heading=lambda line: line.furniture is None and looks_like_heading(line.text)) >= 2
    # A label closed by a colon or a question is the first sub-heading when the article writes its own
    # sub-headings the same way, as a pattern (two or more, each between paragraphs): a page writes its
    # sub-headings alike. One such sub-heading is no pattern (a Q&A's last question, a closing "الخلاصة:"), and a
    # kicker, a widget, a byline or a dateline above the article ("عاجل:", "حجم الخط:", "كتب:", a city and a
    # colon) is a colon label too.
    # Only under a title line: on a page without one, the first line would stand in as the headline.
    mark = text.rstrip()[-1:]
    return headline_at is not None and mark in ":؟?" and heads_a_part(body.lines[before]) \
        and not DATELINE_HEAD.match(text) and sub_headings(
            body.lines, below, body.end,
            is_heading=lambda line: line.text.endswith(mark) and heads_a_part(line)) >= MIN_LABEL_SIBLINGS


def _heads_like_its_siblings(body: Body, before: int) -> bool:
    """Whether a line right above the article that an edge shape drops (a paper's name alone, "صحيفة الصباح"; a
    dateline) heads its first part: two or more of the article's own sub-headings open with its first word ("صحيفة
    المساء", "صحيفة الغد": a press review's parts, each under the paper's name; between paragraphs the edge shapes
    let them be). One such line alone is the site's name over the lead."""
    if body.lines[before].furniture not in EDGE_REASONS:
        return False
    first = body.lines[before].text.split()[0]
    return sub_headings(body.lines, before + 1, body.end, is_heading=lambda line: line.furniture is None and (
        line.text.split() or [""])[0] == first and looks_like_heading(line.text)) >= MIN_LABEL_SIBLINGS


def names_the_opening(text: str) -> bool:
    """Whether a line names the article's opening part as essays and reports do, whatever else the page shows
    ("مقدمة", "تقديم:", ``OPENING_PART_NAMES``): right above the first paragraph, its first sub-heading, even on a page
    cut short before the next one."""
    return HARAKAT.sub("", text).strip().rstrip(":： ").translate(FOLD) in OPENING_PART_NAMES


def opens_on_the_openings_name(text: str) -> bool:
    """Whether a line gives the opening part's name, a colon and what the part tells ("مقدمة: حال السوق اليوم"),
    ``OPENING_NAMES_BEFORE_A_COLON`` only: "تقديم:" and "مدخل:" before a colon credit a show's presenter, a
    foreword or a notice's way of applying ("التقديم: عبر الموقع"). Never before a person's name ("مقدمة: NAME" names
    a show's presenter), a date or a number ("التقديم: حتى 15 مارس"): a credit's or a notice's row."""
    label, colon, value = HARAKAT.sub("", text).partition(":")
    if not colon:
        label, colon, value = label.partition("：")
    value = value.strip(" .")
    return (bool(colon) and label.strip().translate(FOLD) in OPENING_NAMES_BEFORE_A_COLON and bool(value)
            and bare_name(value) is None and not DIGIT.search(value) and not dates_in(value)
            and not any(word in MONTHS for word in value.split()))


def _drop_preamble(body: Body, begin: int, stop: int, headline: str | None, dropped: list[Dropped],
                   decisions: dict[int, str], *, greedy: bool, sub_heading: Callable[[int], bool] | None = None,
                   verdicts: list[Verdict] | None = None, kept_unsure: dict[int, str] | None = None,
                   no_caption: bool = False) -> tuple[str | None, str | None, int]:
    """Drop widgets, captions and the byline between the headline and the article.

    ``greedy``: every line up to ``stop`` is dropped ("before the article" when nothing more precise is
    known); otherwise the first line that is not furniture ends the preamble, and so does one that
    ``sub_heading`` says is the article's first sub-heading (no caption then), or one shaped like a photo's caption
    that ``verdicts`` read as the article's own (``_read_as_article``; noted in ``kept_unsure``), or any such line when
    ``no_caption`` (a title taken on its shape alone: a short line under a lead is the article's first sub-heading,
    which main read so, not a photo's caption). Returns (author,
    site named in an "Agency - Author" byline, index of the first line not dropped).
    """
    lines = [line.text for line in body.lines]
    byline = site = None
    credited = False  # a byline line was met (it may name no person: "DATE - TIME", "CITY - OUTLET")
    caption_seen = False
    index = begin
    while index < stop:
        line = lines[index]
        reason = line_reason(line)
        if reason == READ_ALSO_REASON and not greedy:
            break  # a "read also" block is handled with its related headlines in the body
        if reason is None and headline is not None and repeats_headline(strip_symbol(line), headline):
            reason = "repeated headline"  # (behind the bullet the headline was read without: "*TITLE" under "*TITLE")
        if reason is None and not credited and len(line.split()) <= BYLINE_MAX_WORDS and BYLINE.match(line):
            credit = credit_line(line)  # each part told for what it is: a name, an outlet, a place, a date
            byline, site, credited, reason = credit.person, credit.outlet, True, "byline"
        if reason is None and not credited and (writer := writer_with_role(line)) is not None:
            # "د. NAME - خبير في ..." (an opinion page's writer and role)
            byline, credited, reason = person_name(writer, labelled=True), True, "byline"
        if reason is None:
            reason = body.lines[index].furniture
        if reason is None and labelled_date(line):
            reason = DATE_LINE_REASON  # "قصص أخبارية، 27 سبتمبر 2012": a section's label stamped with the date
        if reason is None and is_menu_item(line):
            reason = MENU_ITEM
        if reason is None and not greedy and sub_heading is not None and sub_heading(index):
            break
        if (reason is None and headline is not None and not caption_seen and not body.unsure and not no_caption
                and index + 1 < len(lines) and _is_short_caption(line, lines[index + 1])):
            if _read_as_article(body, index, verdicts):
                if kept_unsure is not None:
                    kept_unsure[index] = KEPT_UNSURE_ABOVE
            else:
                caption_seen = True
                reason = CAPTION
        if reason is None:
            if not greedy:
                break
            reason = BEFORE
        dropped.append(Dropped(line, reason))
        decisions[index] = reason
        index += 1
    return byline, site, index


def _with_wrapped_lead_joined(blocks: list[Block], body: Body) -> list[Block]:
    """The lead's first sentence a hard wrap broke over several lines (``text.wrappedlead``) read as one paragraph:
    no pause at each break, no piece read as a sub-heading, and when the page has no title line the first-sentence
    fallback takes the whole sentence, not its first piece. Its pieces are found among the kept blocks (lines kept
    above it may come first); the first may have lost a glued dateline or byline."""
    wrapped = body.wrapped
    pieces = [body.lines[index].text for index in wrapped] if wrapped else []
    for at in range(len(blocks) - len(pieces) + 1 if pieces else 0):
        run = blocks[at:at + len(pieces)]
        if (all(block.kind == "line" for block in run) and [block.text for block in run[1:]] == pieces[1:]
                and pieces[0].endswith(run[0].text)):
            joined = replace(run[0], text=" ".join(block.text for block in run), title=False)
            return [*blocks[:at], joined, *blocks[at + len(pieces):]]
    return blocks


def _join_broken_lines(blocks: list[Block]) -> list[Block]:
    """A line that stops mid-phrase (``stops_mid_phrase``: "... أعلنت البلدية عن توسيع بعض ال", "... بالإضافة إلى")
    goes on in the next line, the page having broken one paragraph apart: the two are read as one paragraph, and
    the piece after the break is no sub-heading. Not a sub-heading onto its paragraph: a short heading-shaped block
    (``_heading_shaped``) stopping on a verb of speech or a preposition ("الحكومة تقول", "الفرق بين") over a whole
    paragraph (a piece broken from a paragraph is long, or opens going on, or the text under it is no whole
    paragraph). A list's item stays one of its own ("... كلا من" / "• ..."). A paragraph's first words set apart
    (``set_apart``: "فأغلقت" / "البلدية الطريق الساحلي ...") begin the line under it, whatever that line is."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (previous is not None and previous.kind in ("line", "paragraph") and block.kind == "line"
                and strip_symbol(block.text) == block.text and (set_apart(previous.text) or (
                    stops_mid_phrase(previous.text, in_a_word=False)
                    and not (_heading_shaped(previous.text) and _is_whole_paragraph(block.text))))):
            joined[-1] = replace(previous, text=f"{previous.text} {block.text}", title=False)
        else:
            joined.append(block)
    return joined


def set_apart(text: str) -> bool:
    """A paragraph's first words set apart on a line of their own, as some pages print a paragraph's first word: a
    few function words naming nothing ("قبل", "من قبل") or one word going on from the paragraph before (و or ف joined
    to a verb: "فأغلقت"), with no closing mark. Such a line heads no part; it begins the line under it."""
    words = text.split()
    return (0 < len(words) <= MAX_SET_APART_WORDS and all(_ARABIC_WORD.fullmatch(word) for word in words)
            and (not names_something(text) or len(words) == 1 and broken_off(text)))


def _word_set_apart_above(body: Body, headline_at: int | None, start: int) -> bool:
    """Whether the line right above the article (and under the headline, if any) is its lead's first words set apart
    (``set_apart``, or shaped as a sentence's first words on a page that breaks its paragraphs so:
    ``first_words_apart``) or its dateline alone on a line ("طوكيو في 26 ديسمبر", ``is_dateline``: the annotation
    guide keeps a dateline opening the lead with it): it is read with the lead, never dropped as furniture above the
    article nor taken as its first sub-heading."""
    before = start - 1
    return (not body.unsure and before >= 0 and (headline_at is None or before > headline_at) and start < body.end
            and body.lines[before].furniture is None
            and (set_apart(body.lines[before].text) or is_dateline(body.lines[before].text)
                 or 0 in first_words_apart([line.text for line in body.lines[before:body.end]])))


def _heading_shaped(text: str) -> bool:
    """Shaped like a sub-heading: a few words (``MAX_BROKEN_HEADING_WORDS``), no closing mark, not going on from a
    paragraph (a piece of a broken paragraph often opens with و or ف joined to a word)."""
    return (len(text.split()) <= MAX_BROKEN_HEADING_WORDS and looks_like_heading(text)
            and not continues_paragraph(text, strict=True))


def _with_article_read_above(body: Body, begin: int, start: int, verdicts: list[Verdict] | None) -> int:
    """The article's first line, moved up over the lines right above it, under the headline (from ``begin``), that
    are read as the article's own (``_read_as_article``): a line the best run left out by its place and shortness
    alone ("بحضور ..." over the lead) is kept rather than dropped as the preamble (issue 11)."""
    while start > begin and _read_as_article(body, start - 1, verdicts):
        start -= 1
    return start


def _standfirst(body: Body, headline_at: int | None, start: int, verdicts: list[Verdict] | None) -> range | None:
    """The lines right under the headline when they are the article's standfirst (its deck, printed in bold, often
    with no full stop): one line, or a few (``MAX_STANDFIRST_LINES``: an interview's highlights, one quote or claim a
    line), each of a deck's shape (``_deck_shaped``), and only the date or byline block (``_in_the_byline_block``:
    furniture by rule or shape, or that the line model calls furniture on a cue or as a bare name or place; a line or
    more) between them and the article; over a line only the model calls furniture, each shares a word with the
    article's first paragraphs (``DECK_LEAD_LINES``, ``DECK_SHARED_WORDS``), and a deck of several lines is an
    interview's highlights over its byline (``_a_deck_of_several_lines``). Title, deck, then date and byline is the
    commonest layout of a news page's head; a photo's caption stands under that block, right over the lead, or is said
    twice (its alt text), or between the title and the date with no cue word but its shape. None when there is no such
    line."""
    if headline_at is None or body.unsure:
        return None
    first = stop = headline_at + 1
    while stop < start and stop - first < MAX_STANDFIRST_LINES and _deck_shaped(body, stop, headline_at, verdicts):
        stop += 1
    if stop == first or stop >= start or not all(_in_the_byline_block(body, other, verdicts)
                                                 for other in range(stop, start)):
        return None
    if (any(body.lines[other].furniture is None and not verdicts[other].cue for other in range(stop, start))
            and any(_shared_words(body.lines[index].text, body.lines[start:start + DECK_LEAD_LINES])
                    < DECK_SHARED_WORDS for index in range(first, stop))):
        return None  # over a short line only the model calls furniture: a deck tells the lead's story, a caption not
    if stop - first > 1 and not _a_deck_of_several_lines(body, range(first, stop), start):
        return None
    return range(first, stop)


def _deck_shaped(body: Body, index: int, headline_at: int, verdicts: list[Verdict] | None) -> bool:
    """Whether a line under the headline may be (a line of) its standfirst: it holds a clause's words
    (``MIN_STANDFIRST_WORDS``), the page says it once and it does not restate the headline (``CAPTION_OVERLAP`` of its
    words the headline's: a shorter copy of the title, a caption), and neither a byline's or a writer's shape nor a
    furniture cue of the line model marks it, nor a caption's shape (``shows_a_scene``: "وزير التجارة خلال مؤتمر
    صحفي ..."), nor a date's label."""
    line = body.lines[index]
    text = line.text
    if (line.furniture is not None or len(text.split()) < MIN_STANDFIRST_WORDS or is_bullet(text) or BYLINE.match(text)
            or writer_with_role(text) is not None or verdicts is not None and verdicts[index].cue or shows_a_scene(text)
            or labelled_date(text)
            or overlap(text, stems_of(body.lines[headline_at].text)) >= CAPTION_OVERLAP):
        return False
    return sum(normal(other.text) == normal(text) for other in body.lines) == 1


def _a_deck_of_several_lines(body: Body, deck: range, start: int) -> bool:
    """Whether the lines of a standfirst of several lines are an interview's highlights: the block under them holds the
    interview's byline (``TALK_BYLINE``: "حوار: NAME"; over a plain date or "كتب: NAME" a run of short lines is as
    often a gallery's captions or a "related" box that lost its header), each line shares at least one word with the
    article from its lead (``start``; ``_shared_words``: a weak check, which only a run of other stories' titles
    fails), and one at least quotes or says a clause (a quoted span, ``_quotes_a_span``, or ``has_sentence_particle``:
    "قال إن ..."), as a run of names and places does not."""
    if not any(TALK_BYLINE.match(body.lines[index].text) for index in range(deck.stop, start)):
        return False
    article = body.lines[start:body.end]
    texts = [body.lines[index].text for index in deck]
    return (all(_shared_words(text, article) >= 1 for text in texts)
            and any(_quotes_a_span(text) or has_sentence_particle(text) for text in texts))


QUOTED_SPAN_WORDS = 3
"""A quote is a span of words in quote marks; one or two words in marks are a name (a ministry's, a party's, a play's
title: «الصحة», «حماس»), as headlines and captions print them."""
_QUOTED_SPAN = re.compile("«([^«»]*)»|\"([^\"]*)\"|“([^“”]*)”")


def _quotes_a_span(text: str) -> bool:
    """Whether the line quotes a span of ``QUOTED_SPAN_WORDS`` words or more."""
    return any(len("".join(match.groups("")).split()) >= QUOTED_SPAN_WORDS for match in _QUOTED_SPAN.finditer(text))


MAX_SUMMARY_POINTS = 5
MIN_SUMMARY_POINT_WORDS = 4
"""A summary's point tells a piece of the story in a clause; a shorter line is a label, a name or a tag."""


def _under_a_summary_label(body: Body, begin: int, start: int, lead: int, verdicts: list[Verdict] | None) -> int:
    """The article's first line, moved up over a summary box right above it (under the headline, from ``begin``): the
    points (``MAX_SUMMARY_POINTS`` at most, each ``MIN_SUMMARY_POINT_WORDS`` words or more, none furniture by rule or
    shape nor called furniture by the line model: an app's or a newsletter's promo) right under a summary's label
    (``text.keypoints.is_summary_label``), most of them speaking of the article from its ``lead`` (``_speak_of``: a
    news-brief box, "موجز", over other stories' titles is the page's). Without a label, lines between the byline
    block and the lead are as likely captions: the label says they sum up the story (annotation guide: bullet lines
    and list items are the article's body)."""
    top = start
    while (top > begin and start - top < MAX_SUMMARY_POINTS and body.lines[top - 1].furniture is None
           and len(body.lines[top - 1].text.split()) >= MIN_SUMMARY_POINT_WORDS
           and not (verdicts is not None and verdicts[top - 1].called_furniture)):
        top -= 1
    if top == start or top == begin:
        return start
    if not is_summary_label(body.lines[top - 1].text):
        return start
    return top if _speak_of(body.lines[top:lead], body.lines[lead:body.end]) else start


def _speak_of(points: tuple[LineScore, ...], article: tuple[LineScore, ...]) -> bool:
    """Whether every point shares ``SUMMARY_POINT_SHARED`` content words (``content_stems``) with the article: a
    summary's points retell its story, while other stories' titles of the same section ("موجز" over the day's economy
    briefs) share one common word by chance ("البنك", "أسعار", "التضخم")."""
    known = {stem for line in article for stem in content_stems(line.text)}
    return all(len(known & set(content_stems(point.text))) >= SUMMARY_POINT_SHARED for point in points)


SUMMARY_POINT_SHARED = 2
"""A summary's point shares this many content words with the article it sums up."""


def _shared_words(text: str, lines: tuple[LineScore, ...]) -> int:
    """How many of the line's content words the lines hold (``overlap``'s share of them, counted)."""
    words = len(content_forms(text))
    return round(overlap(text, stems_of(" ".join(line.text for line in lines))) * words)


DECK_LEAD_LINES = 2
DECK_SHARED_WORDS = 2
"""A standfirst over a line only the line model calls furniture shares ``DECK_SHARED_WORDS`` words with the article's
first paragraphs (``overlap``): it retells their story, while a photo's caption or another story's title of the same
section shares one at most ("البنك")."""

MAX_BYLINE_BLOCK_WORDS = 3
"""A line of the byline block with no rule's name holds this many words at most (after a label closed by a colon): a
writer's bare name ("NAME NAME"), a place ("بيروت"), an interviewer's credit ("حاورتها: NAME"). A four-word line
there may be a title or a teaser's ("طوابير أطول أمام الأفران")."""


def _in_the_byline_block(body: Body, index: int, verdicts: list[Verdict] | None) -> bool:
    """Whether a line between a standfirst and the article is of the date or byline block: furniture by rule or shape,
    or called furniture by the line model, on a cue (a place's name in Latin letters) or as a few words that make no
    sentence (``MAX_BYLINE_BLOCK_WORDS``: a bare name, a city, "حاورتها: NAME", none of them a rule's) and name no
    photo (``_PHOTO_CREDIT_WORD``: "صورة تعبيرية", "رويترز" under a caption) nor a section (a teaser's tag)."""
    if body.lines[index].furniture is not None:
        return True
    if verdicts is None or not verdicts[index].called_furniture:
        return False
    text = body.lines[index].text
    label, colon, value = text.partition(":")
    named = value if colon and len(label.split()) == 1 else text  # "حاورتها: NAME"
    return verdicts[index].cue or (0 < len(named.split()) <= MAX_BYLINE_BLOCK_WORDS and not ends_sentence(text)
                                   and not _PHOTO_CREDIT_WORD.search(text.translate(FOLD))
                                   and not is_section_name(text))


_PHOTO_CREDIT_WORD = re.compile(r"(?<!\w)(?:{})(?!\w)".format("|".join(
    re.escape(word.translate(FOLD)) for word in (
        "صورة", "الصورة", "صور", "تصوير", "عدسة", "بعدسة", "أرشيف", "أرشيفية", "ارشيفية", *PHOTO_KINDS,
        *PHOTO_CREDITS, *AGENCIES, "Getty", "Getty Images"))), re.IGNORECASE)
"""A photo's label or credit ("صورة تعبيرية", "أرشيفية", "تصوير NAME", "رويترز"): a short line under a caption
naming it, not a line of the byline block; the line above it is the photo's caption, not the standfirst."""


def _read_as_article(body: Body, index: int, verdicts: list[Verdict] | None) -> bool:
    """Whether a line between the headline and the article, that no rule or shape names, is the article's own: the
    line model, reading its words, does not call it furniture and it shows no furniture cue (``Verdict.read_as_body``),
    it holds a clause's words (``MIN_ARTICLE_LINE_WORDS``), and its words are not another line's on the page
    (``CAPTION_OVERLAP``: a photo's caption restating the headline or a paragraph, a summary said twice). The evidence
    for furniture is then only the line's place: weak, and text is kept when unsure. A line the model calls furniture
    by its shortness and place alone (no cue) is the article's too when it opens the lead (``_opens_the_lead``), and so
    is the lead's first piece a hard wrap broke off right above it (``headline.wraps_into_the_lead``)."""
    text = body.lines[index].text
    if body.lines[index].furniture is None and wraps_into_the_lead(body, index):
        return True  # the lead's first words, which a hard wrap broke off its first line
    if (verdicts is None or body.lines[index].furniture is not None
            or not (verdicts[index].read_as_body or not verdicts[index].cue and _opens_the_lead(body, index))
            or len(text.split()) < MIN_ARTICLE_LINE_WORDS):
        return False
    return not any(overlap(text, stems_of(other.text)) >= CAPTION_OVERLAP
                   for number, other in enumerate(body.lines) if number != index)


def _opens_the_lead(body: Body, index: int) -> bool:
    """Whether the line opens the article's lead: its first word a verb in the past tense ("قررت الحكومة ...": 42 % of
    annotated leads open so, a caption of a photo names what it shows), and the next line going on from it ("وجاء القرار
    ...", ``opens_going_on``, ``continues_paragraph``: no article's first paragraph opens so). On a page that writes no
    full stop, a lead's one-sentence first paragraph is as short as a caption."""
    following = next((line for line in body.lines[index + 1:] if line.furniture is None), None)
    return (opens_with_past_verb(body.lines[index].text) and following is not None
            and (opens_going_on(following.text) or continues_paragraph(following.text, strict=True)))


def _is_whole_paragraph(text: str) -> bool:
    """A paragraph of its own: a finished sentence of more than a heading's words."""
    return ends_sentence(text) and len(text.split()) > MAX_HEADING_WORDS


def _is_short_caption(line: str, following: str) -> bool:
    """A short unpunctuated line right after the headline, before a paragraph or byline: a photo caption."""
    return (
        len(line.split()) <= PREAMBLE_CAPTION_MAX_WORDS
        and line[-1] not in CLOSING_MARKS + "،,"
        and not is_bullet(line)
        and not is_bullet(following)
    )


@dataclass(frozen=True)
class Verdict:
    """The line model's view of one line (``text.linemodel``)."""

    probabilities: dict[str, float]
    furniture: bool
    """Sure enough that the line is page furniture to drop it inside the article."""
    title: bool | None
    """Surely a sub-heading (True), surely not (False: the model calls it furniture and the line shows a
    furniture cue; it stays as body unless dropped), or unsure (None: the rules decide)."""
    why: str
    called_furniture: bool = False
    """The model calls the line furniture (at the veto threshold), cue or no cue."""
    cue: bool = False
    """The line shows a furniture cue (``has_furniture_cue``): evidence beyond its length, place and repetition."""
    read_as_body: bool = False
    """The model does not call the line furniture (below its furniture threshold) and the line shows no cue."""
    on_its_colon: bool = False
    """Surely not a sub-heading (``title`` False) on the model's call and a short line's 'label: value' shape alone,
    no other cue: "مقدمة: ..." shows that shape as the opening part's name (``opens_on_the_openings_name``)."""

    def inside_title(self) -> bool | None:
        """The verdict on a line kept inside the article: ``title``, and surely not a sub-heading when the model
        calls it furniture even without a cue. Unmaking a sub-heading there only reads the line as body, while
        above the article a line that heads nothing is dropped: there a cue is needed (``title``). On fresh pages
        most false sub-headings were captions, labels and other boxes' headers shaped like one."""
        return False if self.title is None and self.called_furniture else self.title


def _model_verdicts(model: LineModel | None, body: Body) -> list[Verdict] | None:
    if model is None:
        return None
    limits = model.thresholds
    run_words = sum(len(line.text.split()) for line in body.lines[body.run[0]:body.run[1]])
    verdicts = []
    for index, features in enumerate(page_features(body, model.vocabulary or None)):
        if body.run[0] <= index < body.run[1] and _heads_with_a_statement(body, index):
            # A speaker's label is no credit's: the line is read without what the model learned of credits' labels.
            features = {**features, **dict.fromkeys(CREDIT_LABEL_FEATURES, 0.0)}
            cue = has_furniture_cue({**features, "inner_colon": 0.0})  # "SOURCE: ..." is the line's shape
        else:
            cue = has_furniture_cue(features)
        p = model.probabilities(features)
        top = max(p, key=p.get)
        # A line without a letter of the page's script ("Madrid") may name a sub-heading ("UKMTO") and is kept,
        # but it is no sub-heading when the model calls it furniture.
        vetoed = (p["furniture"] >= limits["veto"] and (cue or features["foreign_only"])
                  or features["web_words"] >= 2 / 3)  # two of the web's words: never a sub-heading
        # Under a box's header on the page (kept or dropped), a line is the box's, never a sub-heading.
        boxed = index > 0 and is_box_label(body.lines[index - 1].text)
        title = False if boxed else True if p["title"] >= limits["title"] else False if vetoed else None
        if not boxed and body.start <= index < body.end and heads_listed_rows(body.lines, index, body.listed):
            title = True  # the sub-heading over the article's list of rows ("الأهداف" / "27' NAME (TEAM)" / ...)
        if index in body.facts:
            title = False  # a fact of the data box between two paragraphs ("الجهة المنفذة: NAME"), never a heading
        why = f"model: {top} {p[top]:.2f}"
        if top != "body":
            why += f" ({', '.join(model.reasons(features, top))})"
        if body.unsure:  # the whole page is kept: the model drops nothing and names no sub-heading
            verdicts.append(Verdict(p, False, None, why, cue=cue))
            continue
        # Lines the rules joined to the run on purpose (a list, a table, a cut last line) stay, unless they show a
        # credit's learned label or stand in another script (``EDGE_CUES``: "- تحرير: ..." under the last paragraph
        # reads as a list item to the rules); so does a short plain line (most likely a sub-heading) that nothing
        # but its shortness marks as furniture. Never the article itself: a line holding half the run's words or
        # more (a page glued onto one line, its share buttons and dates with it) is kept whatever the model says.
        # A finished sentence between two of the article's paragraphs is the article's own, whatever its words
        # (a story may quote a platform's comment policy), unless it calls the reader ("تابع ..."). Nor is a line the
        # model surely reads as a sub-heading (its title threshold) dropped on a weaker furniture reading: between
        # the article's paragraphs, a sub-heading naming a place or a site ("عدن: ...") shows a cue as a box does.
        in_run = body.run[0] <= index < body.run[1]
        at_edge = not in_run and body.start <= index < body.end and any(features.get(name) for name in EDGE_CUES)
        most = 2 * len(body.lines[index].text.split()) >= run_words
        # The model's call to the reader is the first word alone ("تابع", "شاهد", "شارك", "حمل"), spelt as the past
        # tense that opens many a short paragraph ("شاهد العرض أكثر من ألف متفرج."): in the flow of the article the
        # sentence must call in person (``calls_the_reader``; reviewer, s15review2.md F13).
        in_flow = (features["sentence_end"] and features["prev_prose"] and features["next_prose"]
                   and not (features["addresses_reader"] and calls_the_reader(body.lines[index].text)))
        announced = index in body.announced  # a list's item or a table's row the article announces
        # Any line of a list the article announces may be a name, a place or a company in Latin letters, or read
        # "label: value": those cues alone (``EDGE_CUES``, a short line's inner colon) do not drop it.
        listed = index in body.listed and not has_furniture_cue(
            {**features, **dict.fromkeys((*EDGE_CUES, *LIST_ROW_CUES), 0.0)})
        # A step of the article's own instructions ("يمكنك التسجيل ... التالية:" over its first step, the excerpt's
        # cut last step) is the article's, though it speaks to the reader (``tells_the_articles_step``).
        step = features["addresses_reader"] or features["speaks_to_reader"]
        furniture = (p["furniture"] >= limits["furniture"] and (in_run or at_edge) and cue and not most
                     and not title
                     and not in_flow and not announced and not listed
                     and not (step and tells_the_articles_step(body.lines, index)))
        on_its_colon = (title is False and not boxed and index not in body.facts and not features["foreign_only"]
                        and features["web_words"] < 2 / 3 and not has_furniture_cue({**features, "inner_colon": 0.0}))
        verdicts.append(Verdict(p, furniture, title, why, p["furniture"] >= limits["veto"], cue,
                                p["furniture"] < limits["furniture"] and not cue, on_its_colon))
    return verdicts


LIST_ROW_CUES = ("inner_colon", "bracket_end")
"""A list's row shows these cues by its shape: "label: value", or an item naming its group in brackets at its end
("27' NAME (TEAM)", as a credit closes "(وكالات)"): in a list the article announces or heads, they drop no row."""
CREDIT_LABEL_FEATURES = ("label_strong", "label_max")
"""What the line model learned of a line's label words from credits ("مصدر:" of "المصدر: وكالات"): a "SOURCE:
STATEMENT" sub-heading shows the same words as a speaker's label."""
MIN_STATEMENT_WORDS = 4
"""A statement after a speaker's label holds a clause's words; a credit's value is a name or an agency."""


def _heads_with_a_statement(body: Body, index: int) -> bool:
    """Whether a line inside the best run heads a paragraph (``heads_prose``) as "SOURCE: STATEMENT" ("مصدر أمني:
    القوات تعتقل ...", "مسؤول: الحكومة تدرس ..."): a short label, then a clause (``MIN_STATEMENT_WORDS``) told with
    a verb (``tells_in_the_present`` or ``opens_with_past_verb``). A live page heads its entries so; a credit ("المصدر:
    وكالات", "تصوير: NAME") gives a name, no verb, and stands at the article's edge."""
    label, colon, value = strip_bullet(body.lines[index].text).partition(":")
    return (bool(colon) and 0 < len(label.split()) <= MAX_SET_APART_WORDS and len(value.split()) >= MIN_STATEMENT_WORDS
            and (tells_in_the_present(value.strip()) or opens_with_past_verb(value.strip()))
            and heads_prose(body.lines, index))


def _with_named_list_headings(verdicts: list[Verdict] | None, body: Body) -> list[Verdict] | None:
    """The verdicts with the article's headings that name the list under them (``named_list_headings``: "المكونات",
    "طريقة التحضير", "مكونات الصوص") surely sub-headings, however short: the model reads a one-word heading over short
    items as body (s18 review_r7.md M8). Not under a box's header, where a line is the box's."""
    if verdicts is None:
        return None
    headings = named_list_headings(body.lines)
    return [replace(verdict, title=True)
            if index in headings and body.start <= index < body.end
            and not (index > 0 and is_box_label(body.lines[index - 1].text)) else verdict
            for index, verdict in enumerate(verdicts)]


def _over_furniture(verdicts: list[Verdict] | None, body: Body) -> list[Verdict] | None:
    """A line right above a line the model drops as furniture (no rule named it: a box's teaser, a notice), with no
    prose under the dropped lines either, heads no part of the article: a sub-heading heads the article's own text, a
    line over furniture a box of the page. Over a dropped line (a comment counter, a caption) and then a paragraph, it
    may head that paragraph: the rules decide (a caption between a sub-heading and its paragraph must not cost the
    sub-heading)."""
    if verdicts is None:
        return None

    def dropped(index: int) -> bool:
        return verdicts[index].furniture and body.lines[index].furniture is None

    result = []
    for index, verdict in enumerate(verdicts):
        if index + 1 < len(verdicts) and dropped(index + 1):
            below = next((other for other in range(index + 2, len(verdicts))
                          if not dropped(other) and not body.lines[other].by_rule), None)
            if below is None or not heads_prose(body.lines, below - 1):
                verdict = replace(verdict, title=False, on_its_colon=False)
        result.append(verdict)
    return result


def _drop_shapes(blocks: list[Block], body: Body, indices: range, headline: str | None,
                 dropped: list[Dropped], verdicts: list[Verdict] | None, dropped_at: dict[int, str]) -> list[Block]:
    """Inside the article, drop lines that are furniture by their shape alone (dates, English captions, a
    photo caption in the flow of the text or closed by its credit after a dash, ``photolabels.dash_credited``) or by
    the line model. Rule matches are left to ``drop_furniture``,
    which also handles "read also" blocks. Kept lines carry the model's sub-heading verdict; ``dropped_at`` receives
    each dropped line's reason by its index."""
    def drop(index: int, text: str, reason: str) -> None:
        dropped.append(Dropped(text, reason))
        dropped_at[index] = reason

    title = stems_of(headline or "")
    # An article with sub-headings of its own may head a part with the headline's words ("توقعات تجار
    # الخضار ..." under "مصير أسعار الخضار في الصيف ... تجار الخضار يوضحون"): a caption is told from them
    # only on a page without other sub-headings.
    captions = inner_sub_headings(body) < 2
    # A caption said again (its alt text in a row, or the same image's text between a list's steps): no article
    # says one line twice. A page of short lines the finder is unsure of (a poem and its refrain) keeps them all.
    # A line said over and over must name the headline's subject: on a page without a title line, the first
    # sentence ``sections_with_headline`` takes as headline (s25 r04/16).
    named = title if headline is not None or not blocks else stems_of(first_sentence(blocks[0].text)[0])
    again = {} if body.unsure else said_again(
        [line.text for line in body.lines], indices, headline=headline,
        is_headline=lambda text: headline is not None and repeats_headline(text, headline),
        echoes_headline=lambda text: overlap(text, named) >= HEADLINE_ECHO,
        live={index for index in indices if body.lines[index].furniture is None})
    kept = []
    for position, (block, index) in enumerate(zip(blocks, indices)):
        line = body.lines[index]
        following = blocks[position + 1].text if position + 1 < len(blocks) else ""
        in_flow = line.furniture is None and block.kind == "line" and position > 0
        verdict = verdicts[index] if verdicts is not None else None
        if index in again and line.furniture is None and block.text == line.text:
            drop(index, block.text, again[index])
        elif in_flow and captions and _is_flow_caption(block.text, following, title):
            drop(index, block.text, CAPTION)
        elif line.furniture is None and block.kind == "line" and block.text == line.text and dash_credited(block.text):
            drop(index, block.text, CAPTION)  # "NAME خلال المباراة - المكتب الإعلامي للنادي"
        elif (verdict is not None and verdict.furniture and line.furniture is None and block.kind == "line"
              and block.text == line.text and strip_symbol(block.text) != headline):
            drop(index, block.text, f"{MODEL_FURNITURE} ({verdict.probabilities['furniture']:.2f})")
        elif (line.furniture in (None, NUMBER_ONLY) or line.by_rule and line.furniture not in MARKED_BLOCKS
              or block.text != line.text
              or line.furniture == "caption in English" and _may_be_sub_heading(body, index, blocks, position)):
            kept.append(block if block.kind != "line" else replace(block, title=_title_verdict(block, verdict)))
        else:
            drop(index, block.text, line.furniture)
    return kept


def names_something(line: str) -> bool:
    """Whether the line holds a word of content, not only particles, prepositions and adverbs ("قبل", "من قبل", "ففي"):
    a sub-heading names its part; a line of function words alone is a piece of a sentence set apart (a page writing a
    paragraph's first word on a line of its own)."""
    return bool(content_stems(line))


def _title_verdict(block: Block, verdict: Verdict | None) -> bool | None:
    """A kept line's sub-heading verdict: surely none when it names nothing, else the model's (``inside_title``)."""
    if not names_something(block.text):
        return False
    return verdict.inside_title() if verdict is not None else block.title


def _is_flow_caption(line: str, following: str, title: Counter[str]) -> bool:
    """A photo caption between two paragraphs rather than a sub-heading: a short line made of the headline's
    own words ("وزير الخارجية ونظيره التركي"), after which the text goes on with و or ف ("والجدير بالذكر
    ..."), as it does not after a sub-heading that opens a new part."""
    return (looks_like_heading(line) and len(set(content_stems(line))) >= 2
            and overlap(line, title) >= CAPTION_OVERLAP and continues_paragraph(following, strict=True))


def _may_be_sub_heading(body: Body, index: int, blocks: list[Block], position: int) -> bool:
    """A name or acronym in Latin letters standing as a sub-heading ("UKMTO") right before a paragraph
    (rule-matched furniture in between aside)."""
    text = blocks[position].text
    return len(text.split()) <= MAX_LATIN_HEADING_WORDS and looks_like_heading(text) and heads_prose(body.lines, index)


def _drop_below(body: Body, end: int, headline: str | None, dropped: list[Dropped],
                decisions: dict[int, str]) -> None:
    lines = [line.text for line in body.lines]
    for index in range(end, len(lines)):
        reason = body.lines[index].furniture
        if reason is None and headline is not None and repeats_headline(lines[index], headline):
            reason = "repeated headline"
        reason = reason or AFTER
        dropped.append(Dropped(lines[index], reason))
        decisions[index] = reason


def _cut_glued_prefixes(line: str, dropped: list[Dropped]) -> tuple[str, str | None]:
    """Cut a dateline and/or byline stuck to the start of the lead; returns (lead, author or None)."""
    author = None
    for _ in range(2):
        glued = glued_prefix(line)
        if glued is None:
            break
        reason, furniture, match = glued
        dropped.append(Dropped(furniture, reason))
        if reason == "byline":
            author = credit_line(furniture).person
        line = line[match.end():].strip()
    return line, author


def _last_pieces(cleaned: list[str], numbered: list[tuple[int, str]]) -> dict[int, int]:
    """For each line the splitter read that joins the pieces of a hard-wrapped paragraph (``page_lines``), by its
    index, the input line number of its last piece (``cleaned``: the text's cleaned lines, ``clean_text``)."""
    filled = [number for number, line in enumerate(cleaned, 1) if line]
    starts = sorted({number for number, _ in numbered})
    last_pieces = {}
    for index, (number, _) in enumerate(numbered):
        following = starts[bisect_right(starts, number)] if bisect_right(starts, number) < len(starts) else None
        pieces = filled[bisect_left(filled, number):bisect_left(filled, following) if following else len(filled)]
        if pieces and pieces[-1] > number:
            last_pieces[index] = pieces[-1]
    return last_pieces


def _decisions(numbered: list[tuple[int, str]], body: Body, decisions: dict[int, str], region: range,
               article: Article, region_dropped: dict[int, str], candidates: dict[int, float],
               verdicts: list[Verdict] | None, kept_unsure: dict[int, str],
               last_pieces: dict[int, int]) -> tuple[LineDecision, ...]:
    """Every line's fate: decided above for lines outside the article, read back from the article inside it;
    a line that stood as the headline shows its score as a title, and one kept on weak evidence says so; a line
    joining a wrapped paragraph's pieces names its last piece. A line
    dropped inside the article is known by its index (``region_dropped``), never by its text, which another line of
    the page may share (a list item said in two lists)."""
    titles = Counter(section.title for section in article.sections if section.title)
    result = []
    for index, (number, text) in enumerate(numbered):
        line = body.lines[index]
        decision = decisions.get(index)
        if decision is None and index in region:
            if index in region_dropped:
                decision = region_dropped[index]
            elif titles[read_as := title_once(text, spaced=False)] > 0:
                titles[read_as] -= 1
                decision = "section title"
            elif article.headline_from_body and article.headline and text.startswith(article.headline):
                decision = "headline (first sentence)" if text != article.headline else "headline"
            else:
                decision = "body"
        decision = decision or "body"
        spoken = decision in ("headline", "headline (first sentence)", "section title", "body")
        why = line.why + (f"; title probability {candidates[index]:.2f}" if index in candidates else "")
        if verdicts is not None:
            why += f"; {verdicts[index].why}"
        if spoken and index in kept_unsure:
            why += f"; {kept_unsure[index]}"
        if index in last_pieces:
            why += f"; lines {number}-{last_pieces[index]} joined: one paragraph a hard wrap broke"
        result.append(LineDecision(number, text, decision, spoken, line.score, why))
    return tuple(result)
