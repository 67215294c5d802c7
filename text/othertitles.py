"""Other stories' titles inside the article and at its edges: a run of titles between two paragraphs (a related box
without its header), a linked title under a label sharing no word with the article, a list of titles over the lead
or closing the run (marked alike, announced by nothing, speaking of other things). The body finder
(``text.bodyfind``) drops them as "other stories' titles"."""

from __future__ import annotations

import re
from collections import Counter

from text.bodytables import TABLE_ROWS
from text.lineshape import (COMMA, HARAKAT, MAX_TEASER_WORDS, SEGMENTS, continues_paragraph, ends_sentence,
                            is_question_title, is_teaser, normal, says_as_follows, stops_mid_phrase, strip_bullet)
from text.rules import READER_VERBS, read_also_inside
from text.scoredline import (LineScore, PROSE, SHAPE_SCORE, closes_a_paragraph, is_list_item, is_short_title,
                             list_label_value, list_mark)
from text.sharedwords import CUT_LINE_SHARED, article_keys, common_keys, word_keys

OTHER_TITLES = "other stories' titles"
MIN_TEASERS = 3
WORDLESS = "no words"
MIN_INNER_TEASER_WORDS = 6
"""Inside the article, only titles this long count toward a run of other stories' titles (a list of names or
short items is the article's)."""
MAX_LINK_LABEL_WORDS = 3
"""A label over a title linked inside the article ("مقال مقترح:") has at most this many words."""
MAX_LINK_SHARED = 1
"""A title linked inside the article and fenced off by a rule ("____") may share this many words with it (the commonest
aside), when it holds more than twice as many, none in its label: a local site's other story names its country too
("لا تفوت: ملتقى ... إلى السعودية: ..."). Unfenced, or with the shared word in its label, it is as likely a speaker's
words under the speaker ("الوزير: ...", "مواطن: الأسعار لم تعد تطاق ...") and must share none."""


def teasers_inside(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[LineScore, ...]:
    """Inside the article, ``MIN_TEASERS`` or more titles in a row between a finished paragraph and prose are
    other stories' titles (a related box without its header): a sub-heading is followed by its paragraph, not
    by another title. Each is title-shaped (``MIN_INNER_TEASER_WORDS`` to ``MAX_TEASER_WORDS`` words, no sentence
    end, no comma inside, no list mark), says something else than the others and shares at most a word with the
    article; a list a paragraph announces ("... كالآتي:", "وفي ما يلي أبرز ...", "... بعناوين متقاربة."), a list
    of the article's own points, a run of questions half or more (the article's own parts, asked) and a hard-wrapped
    paragraph (commas, lines going on) are not such runs."""
    result = list(scored)
    worded = worded_lines(scored, start, end)
    at = 1
    while at < len(worded):
        stop = at
        while stop < len(worded) and inner_teaser_shaped(scored[worded[stop]]):
            stop += 1
        run = worded[at:stop]
        texts = {normal(scored[index].text) for index in run}
        questions = sum(is_question_title(scored[index].text) for index in run)
        above, below = scored[worded[at - 1]], scored[worded[stop]] if stop < len(worded) else None
        if (len(run) >= MIN_TEASERS and len(texts) == len(run) and below is not None
                and questions * 2 < len(run)
                and above.furniture is None and ends_sentence(above.text) and above.score >= PROSE
                and not points_to_a_list(above.text)
                and below.furniture is None and below.score >= PROSE
                and _speak_of_other_things(scored, start, end, run)):
            _mark_other_titles(result, run, f"one of {len(run)} titles in a row")
        at = max(stop, at + 1)
    return _few_teasers_inside(scored, tuple(result), worded)


def _few_teasers_inside(scored: tuple[LineScore, ...], result: tuple[LineScore, ...],
                        worded: list[int]) -> tuple[LineScore, ...]:
    """Two other stories' titles in a row between two paragraphs, fewer than ``MIN_TEASERS`` (a site's box of two
    links flattened into the text, s24-s25 pages of four sites): whole titles (``_stray_title_shaped``) right under a
    finished paragraph of prose that announces nothing, each rich in words (``MIN_OFF_KEYS``) of which the article
    holds at most ``CUT_LINE_SHARED`` and under a third, the second sharing none with the paragraph under them, and the
    paragraphs above and under them sharing a word (the article goes on across the gap; a lead-in goes on as its
    list): a sub-heading names what its paragraphs say, and heads at least one, so the first of two titles in a row
    heads nothing. One such line alone stays: an article's transition ("وفي سياق آخر.. ..."), quote, paused
    sub-heading or digest's brief is so shaped."""
    out = list(result)
    at = 1
    while at < len(worded):
        stop = at
        while stop < len(worded) and _unmarked_stray_title(scored, result, worded[stop]):
            stop += 1
        run = worded[at:stop]
        if (MIN_FEW_TEASERS <= len(run) < MIN_TEASERS and stop < len(worded)
                and _few_titles_of_other_stories(scored, worded, at, stop)):
            _mark_other_titles(out, run, f"{len(run)} title(s) sharing almost no word with the article")
        at = max(stop, at + 1)
    return tuple(out)



def _mark_other_titles(lines: list[LineScore], run: list[int], why: str) -> None:
    """Mark the lines of ``run`` as other stories' titles, saying ``why`` after what was said of each."""
    for position in run:
        line = lines[position]
        lines[position] = LineScore(line.text, SHAPE_SCORE, OTHER_TITLES, f"{line.why}, {why}")


MIN_FEW_TEASERS = 2
"""Fewer other stories' titles than ``MIN_TEASERS`` between two paragraphs are told from the article's lines from
this many: one title-shaped line there is as often the article's own (a transition, a quote, a sub-heading)."""
MIN_OFF_KEYS = 7
"""A title between two paragraphs with this many words (of four letters or more, the commonest aside:
``word_keys``, ``common_keys``) that the article barely holds speaks of another story: across the readable pages a
sub-heading this long shares three or more of them with its article."""


def _unmarked_stray_title(scored: tuple[LineScore, ...], result: tuple[LineScore, ...], index: int) -> bool:
    """Whether line ``index`` is shaped as another story's whole title (``_stray_title_shaped``) and no rule before
    has set it apart."""
    return _stray_title_shaped(scored[index]) and result[index] == scored[index]


def _stray_title_shaped(line: LineScore) -> bool:
    """A whole title of another story inside the article: ``inner_teaser_shaped``, or so shaped in up to
    ``MAX_STRAY_TITLE_WORDS`` words, or a title pausing between its parts (``SEGMENTS``) closed by an exclamation or a
    question ("... الجديد… سكان الحي يحتفلون!"); no comma, no list mark, no table's cell, not going on from above."""
    text = line.text.strip()
    if inner_teaser_shaped(line):
        return True
    exclaimed = text.rstrip("\"”»)'’").endswith(("!", "؟", "?")) and _pauses_inside(text)
    return (line.furniture is None and strip_bullet(text) == text and TABLE_ROWS not in line.why and "|" not in text
            and MIN_INNER_TEASER_WORDS <= len(text.split()) <= MAX_STRAY_TITLE_WORDS
            and (exclaimed or not ends_sentence(text) and text[-1] not in "،,:：؛;")
            and not COMMA.search(text) and not continues_paragraph(text, strict=True))


def _pauses_inside(text: str) -> bool:
    """Whether a line pauses (``SEGMENTS``) between two parts of its own, not only at its end."""
    return len([part for part in SEGMENTS.split(text.rstrip("\"”»)'’!؟?")) if part.strip()]) >= 2


MAX_STRAY_TITLE_WORDS = 25
"""Another story's title between the article's paragraphs may run this long (a title of two clauses, its place and
its outcome): ``_few_titles_of_other_stories`` asks it to share almost no word with the article."""


def _few_titles_of_other_stories(scored: tuple[LineScore, ...], worded: list[int], at: int, stop: int) -> bool:
    """Whether the titles at ``worded[at:stop]`` are other stories' (``_few_teasers_inside``): under a finished
    paragraph announcing nothing, over a line of the article (a paragraph or a sub-heading), each far off the
    article's words, the last sharing none with the paragraph under them, which shares a word with the one above
    (or goes on from it as the list a lead-in announces)."""
    run = worded[at:stop]
    above, below = scored[worded[at - 1]], scored[worded[stop]]
    if above.furniture is not None or above.score < PROSE or below.furniture is not None:
        return False
    lead_in = above.text.rstrip().endswith((":", "："))
    if lead_in:  # the titles stand between a lead-in and the list it announces, which goes on from it
        if not (is_list_item(below) or is_short_title(below)):
            return False
    elif not ends_sentence(above.text) or points_to_a_list(above.text):
        return False
    if len({normal(scored[index].text) for index in run}) < len(run):
        return False
    article = set().union(*(word_keys(scored[index].text) for index in worded
                            if index not in run and scored[index].furniture is None))
    for index in run:
        keys = word_keys(scored[index].text) - common_keys()
        shared = keys & article
        if len(keys) < MIN_OFF_KEYS or len(shared) > CUT_LINE_SHARED or 3 * len(shared) >= len(keys):
            return False
    under = next((scored[index] for index in worded[stop:] if scored[index].furniture is None
                  and scored[index].score >= PROSE), None)
    if under is None or (word_keys(scored[run[-1]].text) - common_keys()) & word_keys(under.text):
        return False
    return lead_in or bool((word_keys(above.text) & word_keys(under.text)) - common_keys())


def worded_lines(scored: tuple[LineScore, ...], start: int, end: int) -> list[int]:
    """The article's lines that hold words: an empty line or a rule of dashes between paragraphs (a page that spaces
    its paragraphs, a related box fenced off by "____") stands between nothing."""
    return [index for index in range(start, end) if scored[index].furniture != WORDLESS]


def off_topic_titles_inside(scored: tuple[LineScore, ...], start: int, end: int) -> tuple[LineScore, ...]:
    """Inside the article, one line shaped as a linked title under a label of its own (``_linked_title_shaped``)
    between two paragraphs of prose (an empty line or a rule of dashes fencing it aside), that shares no word with the
    rest of the article (or ``MAX_LINK_SHARED``, the commonest words aside) while each of those paragraphs
    shares ``CUT_LINE_SHARED`` words or more with it, is another story's title linked in the text (a site's inline
    "related" link under a label no rule knows: "مقال مقترح: ...", "قد تشاهد: ..."): the article goes on around it,
    its next sub-heading (``is_short_title``) between the link and the paragraph under it or not when the label calls
    the reader (``_calls_the_reader``). A plain title there stays, whatever its length, as the article's sub-heading
    or one unpunctuated sentence may turn to a new matter ("الدخول مجاني طوال أيام الأسبوع ..." in a story on a park);
    so does a question (an interview's, though it shares no word with the answers: "ما الذي تغير في حياتك بعد
    الجائزة؟")."""
    result = list(scored)
    keys = {position: word_keys(other.text) for position, other in enumerate(scored[start:end], start)
            if other.furniture is None}  # each article line's words, read once for every candidate
    counts = Counter(word for words in keys.values() for word in words)

    def shared(index: int) -> set[str]:
        """The words of line ``index`` that another line of the article holds."""
        own = keys.get(index, set())
        return {word for word in word_keys(scored[index].text) if counts[word] - (word in own) > 0}

    worded = worded_lines(scored, start, end)
    for at in range(1, len(worded) - 1):
        index = worded[at]
        under = at + 1  # the paragraph under it, a sub-heading of the article between under a label calling the reader
        if (is_short_title(scored[worded[under]]) and under + 1 < len(worded)
                and _calls_the_reader(scored[index].text.partition(":")[0])):
            under += 1
        line, above, below = scored[index], scored[worded[at - 1]], scored[worded[under]]
        if not (_linked_title_shaped(line) and _reads_as_prose(above) and _reads_as_prose(below)):
            continue
        near = (worded[at - 1], index, worded[under])
        around = set().union(*(words for position, words in keys.items() if position not in near))
        fenced = worded[at + 1] - near[0] > 2  # a rule stands between it and the lines around it
        shares = shared(index) - common_keys()
        if (len(shares) <= (MAX_LINK_SHARED if fenced else 0) and not shares & word_keys(line.text.partition(":")[0])
                and len(word_keys(line.text)) > 2 * MAX_LINK_SHARED
                and len(word_keys(above.text) & (around | word_keys(below.text))) >= CUT_LINE_SHARED
                and len(word_keys(below.text) & (around | word_keys(above.text))) >= CUT_LINE_SHARED):
            result[index] = LineScore(line.text, SHAPE_SCORE, OTHER_TITLES,
                                      f"{line.why}, a linked title sharing almost no word with the article around it")
    return tuple(result)


def _calls_the_reader(label: str) -> bool:
    """Whether a link's label is one the rules know, calling the reader ("لا تفوت", "قد تشاهد": ``READER_VERBS``) or
    naming related news (``read_also_inside``): a note's or a speaker's label ("ملاحظة", a minister) stands over the
    article's own words, which a sub-heading under them need not share."""
    return bool(read_also_inside().search(label)) or any(word in READER_VERBS for word in label.split())


def _linked_title_shaped(line: LineScore) -> bool:
    """A line shaped as a linked title under its label: no list mark, no comma, not going on from the line above, a
    label of at most ``MAX_LINK_LABEL_WORDS`` words closed by a colon over a whole title (no sentence end) of
    ``MIN_INNER_TEASER_WORDS`` to ``MAX_TEASER_WORDS`` words."""
    text = line.text.strip()
    label, colon, title = text.partition(":")
    return (line.furniture is None and strip_bullet(text) == text and bool(colon)
            and 0 < len(label.split()) <= MAX_LINK_LABEL_WORDS and is_teaser(title)
            and MIN_INNER_TEASER_WORDS <= len(title.split()) <= MAX_TEASER_WORDS
            and not COMMA.search(text) and not continues_paragraph(text, strict=True))


def _reads_as_prose(line: LineScore) -> bool:
    return line.furniture is None and line.score >= PROSE and not stops_mid_phrase(line.text, in_a_word=False)


def _speak_of_other_things(scored: tuple[LineScore, ...], start: int, end: int, titles: range) -> bool:
    """Whether none of the lines at ``titles`` shares ``CUT_LINE_SHARED`` words or more with the rest of the
    article: other stories' titles speak of other things, the items of the article's own list of its topic."""
    article = set().union(*(word_keys(line.text) for index, line in enumerate(scored[start:end], start)
                            if index not in titles and line.furniture is None))
    return all(len(word_keys(scored[index].text) & article) < CUT_LINE_SHARED for index in titles)


def inner_teaser_shaped(line: LineScore) -> bool:
    """A line shaped as another story's title inside the article (``teasers_inside``); never a row of the article's
    table (``TABLE_ROWS``: "النصر 28 20 4 4 64" under "الفريق لعب فاز تعادل خسر النقاط")."""
    text = line.text
    return (line.furniture is None and strip_bullet(text) == text and TABLE_ROWS not in line.why
            and MIN_INNER_TEASER_WORDS <= len(text.split()) <= MAX_TEASER_WORDS
            and (is_teaser(text) or is_question_title(text)) and not re.search("[،,]", text)
            and not continues_paragraph(text, strict=True))


_ANNOUNCES = re.compile(r"(?<!\S)(?:[وف]?(?:في\s*)?ما\s+يلي|[وفب]?(?:ال)?(?:عناوين|أسئلة|اسئلة|تساؤلات|أبرز|أهم)|يلي)(?!\S)")
"""Words a paragraph announces a list with, whatever closes it ("وفي ما يلي أبرز ...", "... بعناوين متقاربة.")."""


def points_to_a_list(text: str) -> bool:
    """Whether a paragraph announces a list with its words, whatever closes it ("وفي ما يلي أبرز ...", "... بعناوين
    متقاربة.", "... كالتالي.")."""
    return (bool(_ANNOUNCES.search(HARAKAT.sub("", text)))
            or any(says_as_follows(word.strip(".:،,")) for word in text.split()))


def without_other_stories_above(scored: tuple[LineScore, ...], start: int,
                                 end: int) -> tuple[tuple[LineScore, ...], int]:
    """The scores and the run's start once a list of other stories' titles right above the lead is set apart (a
    ticker, a "latest news" column over the article; the run may have taken its items in, a title-sized item scoring
    a little), told as ``before_a_teaser_list`` tells them below it: ``MIN_TEASERS`` items or more, each a whole
    title (``_teaser_item``), speaking of other stories (``_items_speak_of_other_stories``), with no line above them
    that may be a title (the page opens with them, or only its menu, dates and other furniture stand over them:
    ``may_title``). Under a title line, a date between or not, the same list may be the article's highlights in
    words of their own: ``with_adjacent_lists`` takes them in."""
    above = start
    while above > 0 and is_list_item(scored[above - 1]):
        above -= 1
    lead = next((index for index in range(start, end) if not is_list_item(scored[index])), end)
    items = scored[above:lead]
    if (lead == end or any(may_title(line) for line in scored[:above])
            or len(items) < MIN_TEASERS or not all(_teaser_item(item) for item in items)
            or not _items_speak_of_other_stories(items, scored[lead:end])):
        return scored, start
    result = list(scored)
    for index in range(above, lead):
        line = scored[index]
        result[index] = LineScore(line.text, SHAPE_SCORE, OTHER_TITLES, f"{line.why}, a list of titles over the lead")
    return tuple(result), lead


def may_title(line: LineScore) -> bool:
    """Whether a line may be a title: no furniture, more than ``MAX_TAG_WORDS`` words (a menu's item or a label has
    fewer)."""
    return line.furniture is None and len(strip_bullet(line.text).split()) > MAX_TAG_WORDS


def before_a_teaser_list(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """The run ends above a list closing it that is other stories' titles (a related box flattened without its
    header: "- الوزير يترأس لقاء ..." / "- شركة تفتح مصنعا ..."), told by the page rather than by any label: a run of
    ``MIN_TEASERS`` items or more marked alike (``_parallel_items_at_end``) right under a finished paragraph of prose
    that announces nothing (no colon, no "as follows", no count of things: ``_SEVERAL``), with no prose under them
    anywhere on the page, each a whole title (``_teaser_item``), fewer than half of them a "label: value" row, and
    none mostly in the article's words nor all in one frame (``_items_speak_of_other_stories``). The article's own list is announced by the paragraph above
    it, or the article goes on below it, or its items speak of the article's topic or repeat one frame."""
    first = _parallel_items_at_end(scored, start, end)
    if end - first < MIN_TEASERS or first <= start:
        return end
    above, items = scored[first - 1], scored[first:end]
    if (above.furniture is not None or above.score < PROSE or not closes_a_paragraph(above)
            or above.text.rstrip().endswith((":", "：")) or points_to_a_list(above.text)
            or _SEVERAL.search(HARAKAT.sub("", above.text))):
        return end
    if any(line.furniture is None and line.score >= PROSE for line in scored[end:]):
        return end
    labelled = sum(list_label_value(item.text) for item in items)
    if (not all(_teaser_item(item) for item in items) or labelled * 2 >= len(items)
            or not _items_speak_of_other_stories(items, scored[start:first])):
        return end
    return first


_SEVERAL = re.compile(r"(?<!\S)[وفب]?(?:عدة|عده|مجموعة|جملة|بعض|ثلاث|ثلاثة|أربع|أربعة|خمس|خمسة|ست|ستة|سبع|سبعة|ثماني"
                      r"|ثمانية|تسع|تسعة|عشر|عشرة)(?!\S)")
"""Words a paragraph counts things with ("ويقدم الأطباء عدة نصائح ...", "... ثلاث خطوات."): a paragraph naming several
things may go on with them as a list, though no colon closes it (an article's closing tips)."""


def _parallel_items_at_end(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """Where the list items closing ``scored[start:end]``, all marked as the last one is, begin (``end`` if none)."""
    first = end
    while (first > start and is_list_item(scored[first - 1])
           and list_mark(scored[first - 1].text) == list_mark(scored[end - 1].text)):
        first -= 1
    return first


def _teaser_item(line: LineScore) -> bool:
    """A list item shaped as another story's whole title: ``MIN_INNER_TEASER_WORDS`` to ``MAX_TEASER_WORDS`` words
    once its mark is off (an article's own points are often shorter), no sentence end and no closing comma or colon
    (``is_teaser``), not going on from the line above it."""
    text = strip_bullet(line.text)
    return (MIN_INNER_TEASER_WORDS <= len(text.split()) <= MAX_TEASER_WORDS and is_teaser(text)
            and not continues_paragraph(text, strict=True))


def _items_speak_of_other_stories(items: tuple[LineScore, ...], article: tuple[LineScore, ...]) -> bool:
    """Whether fewer than half of each item's words are the article's, and fewer than half the items open with the same
    word: other stories' titles each tell their own story (a local site's may name its town, as the article does),
    while the article's own points speak of its topic or repeat one frame ("- سيتم ادخال ...", "- دبلوم ...")."""
    known = article_keys(article)
    if any(len(keys & known) * 2 >= len(keys) for keys in (word_keys(strip_bullet(item.text)) for item in items)):
        return False
    openings = Counter(HARAKAT.sub("", strip_bullet(item.text)).split()[0] for item in items)
    return all(count * 2 < len(items) for count in openings.values())


MAX_TAG_WORDS = 2
"""A tag or a menu's item past the article has this many words at most."""
