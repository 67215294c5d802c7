"""Where the article's run stops before what follows it on the page: the comments, a comment form, tags or the
copyright line (``before_what_ends_the_page``), other stories' titles after its last finished paragraph
(``before_teasers``), and short lines at its end that speak to the reader or of the page (``before_reader_lines``).
The body finder (``text.bodyfind``) ends the best run at the first of them."""

from __future__ import annotations

from text.commentform import COMMENT_FORM
from text.lineshape import (TITLE_DOTS, ends_sentence, goes_on, goes_on_asking, goes_on_from_above,
                            has_sentence_particle, is_question_title, is_site_notice, is_teaser, joins_parts_as_title,
                            stop_words, stops_mid_phrase, strip_bullet)
from text.othertitles import MIN_TEASERS, inner_teaser_shaped
from text.scoredline import LineScore, PROSE
from text.sharedwords import CUT_LINE_SHARED, article_keys, word_keys
from text.howto import tells_the_articles_step
from text.toreader import addresses_reader

PAGE_END_MARKERS = frozenset(("comments", COMMENT_FORM, "tags", "copyright"))
PAGE_END_SHORT_LINES = 2
MIN_TEASER_WORDS = 3
"""Under a bare "read also" marker, a line of fewer words is not taken for a linked title by the finder
(``text.blocks`` judges it with its neighbours)."""
MAX_PAGER_WORDS = 2
MIN_TEASERS_BESIDE_LABELS = 2
"""After the article, a pager's labels of a word or two ("previous", "next") may stand between other stories' titles
(see ``before_teasers``): at least this many titles beside them."""
MIN_SENTENCE_TAIL_WORDS = 12
"""An unended line of this many words holding a sentence particle is built as a sentence, not as a title (see
``_built_as_sentence``): of the 339 annotated headlines of READ, FH and r15 (median 10 words), 4 are."""
MIN_ENDED_PARAGRAPHS = 2
"""Teasers after the article: at least three title-shaped lines of at most this many words, after the last of
at least two paragraphs ending with a full stop."""


def before_what_ends_the_page(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The run ends at the comments, tags or copyright line after the article when what follows it opens with
    short title-shaped lines (a captcha, a related box and its teasers) before any prose, or when a comment
    form's notice stands in the furniture right under it (or is the line itself): another page part, however
    long the prose under it (another story's text, the comment policy), or when another story's title and lead
    stand right under it (``another_story_below``), or when no line under it in the run scores as prose (a
    reader's comment under a counter). One such line alone amid prose (a comment count between two paragraphs)
    ends nothing."""
    seen_prose = False
    for index in range(start, end):
        line = scored[index]
        if line.furniture in PAGE_END_MARKERS and seen_prose:
            following = [other for other in scored[index + 1:end] if other.furniture is None]
            short = 0
            for other in following:
                if other.score >= PROSE:
                    break
                short += strip_bullet(other.text) == other.text and not ends_sentence(other.text)
            block = scored[index:end]
            under = block[:next((n for n, other in enumerate(block) if other.furniture is None), len(block))]
            if (short >= PAGE_END_SHORT_LINES or any(other.furniture == COMMENT_FORM for other in under)
                    or not any(other.score >= PROSE for other in following)
                    or another_story_below(following, scored[start:index])
                    or _opens_a_comment_box(scored, index, scored[start:index])):
                return index
        seen_prose = seen_prose or (line.furniture is None and line.score >= PROSE)
    return end


COMMENT_MARKERS = frozenset(("comments", COMMENT_FORM))
MAX_COMMENT_BOX_LINES = 3
"""A comment box's own text (its policy, a prompt) between its header and its list or form is this many lines at
most."""


def _opens_a_comment_box(scored: tuple[LineScore, ...], index: int, article: tuple[LineScore, ...]) -> bool:
    """Whether the comments line at ``index`` opens a comment box closed by another comments line or a comment form
    below it, ``MAX_COMMENT_BOX_LINES`` lines at most between them: what stands between (the site's rules for
    commenting, "من شروط النشر: ...") is the box's, however much it reads like prose. The article never runs on
    between a comment form's header and its list. Not a toolbar's markers with nothing between them, nor lines between
    in the ``article``'s words (``CUT_LINE_SHARED``, common words aside) or going on as its paragraphs do ("وقال ..."),
    nor markers with prose under the closing one: the article goes on there (a story about comments titles its parts
    so; reviewer, s14review2.md)."""
    if scored[index].furniture not in COMMENT_MARKERS:
        return False
    below = scored[index + 1:index + 2 + MAX_COMMENT_BOX_LINES]
    closing = next((position for position in range(1, len(below)) if below[position].furniture in COMMENT_MARKERS),
                   None)
    if closing is None:
        return False
    between = [line for line in below[:closing] if line.furniture is None]
    if not between:
        return False  # a toolbar ("تعليقات", "مشاركة", "التعليقات (3)") holds no box's text between its markers
    common = stop_words()
    known = article_keys(article) - common
    if any(len((word_keys(line.text) - common) & known) >= CUT_LINE_SHARED or goes_on(line.text) for line in between):
        return False  # the article going on past a comment count, not the box's rules
    after = scored[index + 2 + closing:]
    return not any(line.furniture is None and line.score >= PROSE for line in after)


def another_story_below(following: list[LineScore], article: tuple[LineScore, ...]) -> bool:
    """Whether the lines under a comments, tags or copyright line open another story: its title (shaped as a title of
    ``MIN_INNER_TEASER_WORDS`` words or more, no list item, no comma, not going on: ``inner_teaser_shaped``) and its
    lead right under it, restating the title (``CUT_LINE_SHARED`` words shared, as a story's lead restates its title),
    both speaking of other things than the article above (fewer than ``CUT_LINE_SHARED`` of its words; common words,
    jusText's stop list, aside: "وقال", "اليوم" tell no topic). A sub-heading of the article's own under a misplaced
    tags line seldom restates its paragraph so, and the paragraph goes on with the article's story."""
    if len(following) < 2 or not inner_teaser_shaped(following[0]):
        return False
    common = stop_words()
    title, lead = word_keys(following[0].text) - common, word_keys(following[1].text) - common
    known = article_keys(article) - common
    return (len(title & known) < CUT_LINE_SHARED and len(lead & known) < CUT_LINE_SHARED
            and len(title & lead) >= CUT_LINE_SHARED)


def before_teasers(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The run ends at its last finished paragraph when only headline-shaped lines follow it there, two or
    more, none finished, none a list item (other stories' titles, an excerpt cut off with "..."), on a page
    whose paragraphs do end with a full stop: an article's own last part would end with one too."""
    # A question going on from the article ("فهل ...؟", "ومن ...؟") is its own last part, not a title. (Words shared
    # with the article would tell nothing here: the site's other stories share its theme.)
    ended = [index for index in range(start, end) if scored[index].furniture is None
             and ends_sentence(scored[index].text)
             and (not is_question_title(scored[index].text) or goes_on_asking(scored[index].text))]
    if len(ended) < MIN_ENDED_PARAGRAPHS:
        return end
    last = _last_unended_paragraph(scored, ended[-1], end)
    # The titles may run on past the run's end to the page's (a title asking a question reads as a short sentence
    # and keeps the run going); there, each of them a title of a few words (not an ad slot's "[ad2]").
    for stop, fewest in ((end, 1), (len(scored), MIN_TEASER_WORDS)):
        tail = [line for line in scored[last + 1:stop] if line.furniture is None]
        if any(stops_mid_phrase(line.text, in_a_word=False) for line in tail[:-1]):
            continue  # one paragraph broken apart, not titles: a title is whole (the page's last line may be cut)
        # Two lines alone may be a sub-heading and the start of its paragraph on a page cut short, unless the
        # second is an excerpt cut off with an ellipsis.
        # A pager right under the article's last finished paragraph: its labels stand among the titles. (Not after
        # another line: an unfinished closing line of the article's own stays the article's.)
        paged = bool(tail) and _pager_label(tail[0].text)
        titles = [line for line in tail if len(line.text.split()) >= fewest or not (paged and _pager_label(line.text))]
        if ((len(tail) >= MIN_TEASERS or len(tail) > 1 and tail[-1].text.endswith(("..", "…")))
                and len(titles) >= MIN_TEASERS_BESIDE_LABELS
                and all(strip_bullet(line.text) == line.text and len(line.text.split()) >= fewest
                        and not _built_as_sentence(line)
                        and (is_teaser(line.text) or is_question_title(line.text) and not goes_on_asking(line.text))
                        for line in titles)):
            return last + 1
    return end


def _built_as_sentence(line: LineScore) -> bool:
    """Whether an unended line under the article is built as a sentence, not as another story's title: it holds a
    word that builds sentences (``has_sentence_particle``: "التي", "أن", "أما"), is longer than most titles
    (``MIN_SENTENCE_TAIL_WORDS``) and joins no two parts the way titles do (``joins_parts_as_title``: "X: Y",
    "X.. Y"). The article's closing paragraphs whose full stops were left out read so (reviewer, s15fixreview_body.md
    H1: three of them were cut as teasers)."""
    return (has_sentence_particle(line.text) and len(line.text.split()) >= MIN_SENTENCE_TAIL_WORDS
            and not joins_parts_as_title(line.text))


def _last_unended_paragraph(scored: tuple[LineScore, ...], ended: int, end: int) -> int:
    """The article's last line at or after its last finished paragraph (``ended``): the lines right under it, inside
    the run, that open as the text goes on from the line above (``goes_on_from_above``: "ويعد الجسر ...", "كما ...")
    and hold no title's dots (``TITLE_DOTS``: an excerpt cut off with an ellipsis, a title's parts joined with "..",
    "وتبقى المعاناة.. سكان ..."; reviewer, s15fixreview_body.md M4) are the article's closing paragraphs whose full
    stop was forgotten (the last full stop is the one writers most often leave out; reviewer, s15review2.md F12). No
    other story's title opens with و or ف joined to a verb: the teasers start below them."""
    last = ended
    for index in range(ended + 1, end):
        line = scored[index]
        if line.furniture is not None:
            continue
        if not goes_on_from_above(line.text) or any(dots in line.text for dots in TITLE_DOTS):
            break
        last = index
    return last


def _pager_label(text: str) -> bool:
    """A label of one or two words in letters alone, no sentence (a pager's "previous" / "next" between the other
    stories' titles, a box's name above them)."""
    words = text.split()
    return 0 < len(words) <= MAX_PAGER_WORDS and all(word.isalpha() for word in words)


def before_reader_lines(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The run ends before the lines at its end that speak to the reader or of the page itself ("... يتوجب
    عليك الاشتراك", "سيظهر تعليقك على هذه الصفحة ...", "التفاصيل تتابعونها في الفيديو المرفق."): a paywall,
    a comment form's policy, a pointer to a video, not the news, which is told in the third person. Only at the
    run's end and in short lines (a quote in the article's last paragraph may say "لكم"); the weak lines left
    above them (the box's heading) go with them. A step of the article's own instructions (``tells_the_articles_step``)
    is the article's."""
    position, found = end, False
    while position - 1 > start:
        line = scored[position - 1]
        if (addresses_reader(line) or is_site_notice(line.text)) and not tells_the_articles_step(scored, position - 1):
            found = True
        elif line.score > 0:
            break
        position -= 1
    return position if found else end
