"""A service story's own instructions to its reader: the steps of how to apply, register or pay ("يمكنك التسجيل
... من خلال اتباع الخطوات التالية:", "اضغط على زر التحقق ..."), told in the second person inside the article.

A call to the reader is the page's furniture where it stands alone (a box's "تابعونا على ...", a form's notice, a
paywall), and ``text.toreader`` drops a short line in the second person unless it is a finished sentence of the
article's prose. Inside a how-to article the same words are the article: the line is held between the article's
own lines. ``tells_the_articles_step`` tells those lines by where they stand, not by their words: a line that
announces what follows (a colon closing it) under the article's text and over its next paragraph or step sharing
a word with it, or the page's last line, cut off inside a word or a quote by the excerpt, right after the article's
finished line and sharing its words. A call that points at the site (its channel, its app, its newsletter, a
link "هنا", the reader's comment, "more" to read) is the site's, wherever it stands. Promos name no site word as
often ("يمكنك الاشتراك في النشرة الاقتصادية لمعرفة أسعار الذهب كل صباح:" over the article's next paragraph, "يمكنك
متابعة أسعار الذهب ... من خلال تطبيق الصحيفة المتوفر على متجر أبل وغو" cut last; review of s26): the line below an
announcing line must itself be a step (a list item, or telling the reader what to do), and a last line cut inside
a word must come right under a step; a promo's paragraph below, or the article's prose above, leaves it dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from text.lineshape import (HARAKAT, READER_IMPERATIVES, SECOND_PERSON, SITE_OWN, SITE_VOICE, bare_words,
                            calls_the_reader, cut_in_a_quote, ends_mid_word, ends_sentence, has_letter, is_site_notice,
                            points_at_the_site)
from text.rules import read_also_inside
from text.scoredline import PROSE, LineScore, closes_a_paragraph, is_list_item, is_short_title
from text.sharedwords import CUT_LINE_SHARED, CUT_LINE_WORDS, article_keys, word_keys
from text.toreader import READER_OWN, THIS_PAGE

MAX_SKIPPED_ABOVE = 1
"""Furniture lines a rule named between the article's text and the step ("اقرأ أيضًا:" left alone by its link)."""
ARTICLE_ABOVE_LINES = 6
"""The article's lines above a cut last line whose words it must share."""
_QUOTES = re.compile("[\"'«»“”]")
MORE_OF_IT = "المزيد"
"""A call to read "more" on the subject ("يمكنك أيضا قراءة المزيد عن ...:") points at the site's other stories, as a
"read also" marker does (``read_also_inside``), even with no word of the site's own."""


def tells_the_articles_step(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether line ``index`` (one speaking to the reader) is a step of the article's own instructions: it points at
    nothing of the site (``_of_the_site``), stands under the article's text (``_article_above``), and either
    announces what follows over the article's next line sharing a word with it (``_announces_the_article``) or is
    the page's last line, cut off by the excerpt (``_cut_last_step``)."""
    line = scored[index]
    if _of_the_site(line.text):
        return False
    above = _article_above(scored, index)
    if above is None:
        return False
    return _announces_the_article(scored, index) or _cut_last_step(scored, index, above)


def _of_the_site(text: str) -> bool:
    """A call about the site itself: the page or a link on it, the reader's own comment or account, the site's
    voice or its own channel ("معنا", "قناتنا", "تطبيقنا"), its promo ("تابعوا آخر الأخبار ..."), a site's notice,
    a "read also" marker's words or "more" to read (``MORE_OF_IT``)."""
    plain = HARAKAT.sub("", text)
    words = bare_words(plain)
    tokens = [token.strip(".:：،,!؟?\"'«»“”()") for token in plain.split()]
    return bool(THIS_PAGE.search(plain) or words & (READER_OWN | SITE_VOICE | SITE_OWN) or is_site_notice(text)
                or MORE_OF_IT in words or read_also_inside().search(plain)
                or points_at_the_site([token for token in tokens if token]))


def _article_above(scored: tuple[LineScore, ...], index: int, *, heading: bool = True) -> LineScore | None:
    """The article's line right above ``index`` (past at most ``MAX_SKIPPED_ABOVE`` furniture lines a rule named):
    prose, or a finished step of a list, no furniture; or, ``heading``, the article's sub-heading over the steps
    ("طريقة تحويل التأشيرة") with the article's text above it. None when another line stands there."""
    skipped = 0
    for position in range(index - 1, -1, -1):
        line = scored[position]
        if not has_letter(line.text):
            continue
        if line.furniture is None:
            step = ends_sentence(line.text) and line.score > 0
            if line.score >= PROSE or step:
                return line
            if heading and is_short_title(line) and _article_above(scored, position, heading=False) is not None:
                return line
            return None
        skipped += 1
        if skipped > MAX_SKIPPED_ABOVE:
            return None
    return None


def _announces_the_article(scored: tuple[LineScore, ...], index: int) -> bool:
    """The line closes on a colon over the article's next line: prose, or a finished list step, no furniture, itself
    a step (a list item, or ``_a_step``), sharing a word of four letters or more with it ("يمكنك التسجيل ...
    الخطوات التالية:" / "للبدء في عملية التسجيل يجب عليك ..."). A call to follow the site announces its links or its
    form; a promo ("يمكنك الاشتراك في النشرة ... :") stands over the article's next paragraph, told in the third
    person: neither is announced."""
    line = scored[index]
    if not line.text.rstrip().endswith((":", "：")):
        return False
    below = next((other for other in scored[index + 1:] if has_letter(other.text)), None)
    if below is None or below.furniture is not None:
        return False
    paragraph = below.score >= PROSE or is_list_item(below) and ends_sentence(below.text) and below.score > 0
    step = is_list_item(below) or _a_step(below.text)
    return paragraph and step and bool(_keys(line.text) & _keys(below.text))


def _cut_last_step(scored: tuple[LineScore, ...], index: int, above: LineScore) -> bool:
    """The line is the page's last, cut off inside a quote, or inside a word right under a finished step
    (``_a_step``; a promo's own line may be cut so under the article's last paragraph), right under a finished line
    of the article, and shares ``CUT_LINE_SHARED`` words with the article's lines above it (``article_keys``)."""
    line = scored[index]
    if any(has_letter(other.text) for other in scored[index + 1:]):
        return False
    text = line.text
    if (ends_sentence(text) or len(text.split()) < CUT_LINE_WORDS or not closes_a_paragraph(above)
            or not (cut_in_a_quote(text) or ends_mid_word(text) and _a_step(above.text))):
        return False
    # Quote marks off the article's lines too: "“رقم الجلوس”" is the article's "رقم الجلوس".
    article = tuple(replace(other, text=_QUOTES.sub(" ", other.text))
                    for other in scored[max(0, index - ARTICLE_ABOVE_LINES):index] if other.furniture is None)
    return len(_keys(text) & article_keys(article)) >= CUT_LINE_SHARED


def _keys(text: str) -> set[str]:
    """The line's words of four letters or more (``word_keys``), quote marks off: "“أبشر" is "أبشر"."""
    return word_keys(_QUOTES.sub(" ", text))


def _a_step(text: str) -> bool:
    """The line tells the reader what to do: it calls them (``calls_the_reader``), or holds an imperative spelt as
    nothing else (``READER_IMPERATIVES``: "اضغط") or a word in the second person (``SECOND_PERSON``: "يمكنك")
    anywhere ("بعد ذلك اضغط على ..."). A how-to's steps do; the article's news prose does not."""
    return calls_the_reader(text) or bool(bare_words(HARAKAT.sub("", text)) & (READER_IMPERATIVES | SECOND_PERSON))
