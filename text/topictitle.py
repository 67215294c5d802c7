"""A news title headed by its topic and a colon: "PLACE: NOUN ...", "NAME: NOUN ...".

A title often names its place, body or speaker before a colon and tells its news after it in a noun phrase ("البلدة:
افتتاح مركز صحي جديد", "الوزارة: تسجيل إصابات جديدة"). A lead that opens with a place and a colon goes on with a
verb ("البلدة: أعلنت البلدية ...") or a preposition ("البلدة: في خطوة ..."), and reports speech ("... إن ..."), in the
sentences and clauses of prose. On the 413 readable annotated pages (shared, s27, s28/r01-r02) 24 titles from 24
sites have the shape and no article's first line does; of the 191 pages the first-sentence fallback read before
(no rule took a title), 3 of the 15 with a title open with a title so shaped, and none of the 176 without one.

``text.headline`` takes such a line as the title when it opens the article and no other line may be the title: the
shape is the page's evidence, as a line said twice or a breadcrumb is; the first-sentence fallback would read the same
words flagged as no title.
"""

from __future__ import annotations

import re

from text.lineshape import HARAKAT, clause_marks, ends_sentence, is_present_verb
from text.scoredline import opens_going_on
from text.title_model import opens_with_past_verb
from text.titleshape import GOES_ON
from text.titlewords import FUNCTION_WORDS, folded_word

TOPIC_HEAD = re.compile(r"^(?P<topic>[^:：،,.؛!؟?\-–—/|]{2,40}?)\s*[:：]\s+(?P<news>\S.*)$")
"""A topic of a few words before a colon, then the news: no clause mark, dash, slash or bar in the topic (a dateline
with its reporter, "CITY – SITE:", is a credit)."""
MIN_TOPIC_NEWS_WORDS = 3
"""The news after the colon says what happened in this many words at least ("تحقيق: موت بطيء ..." ); a label with a
name or two after it ("المصدر: وكالات", "تصوير: NAME") is a credit."""
MAX_TOPIC_WORDS = 4
"""A topic names a place, a body or a person in this many words at most; a longer run before a colon is a clause."""
MAX_NEWS_CLAUSES = 1
"""The news after the colon holds at most one clause mark (its own full stop aside): a lead's sentence has more."""


def headed_by_its_topic(text: str) -> bool:
    """Whether a line is a title headed by its topic (see the module's docstring): a topic of ``MAX_TOPIC_WORDS``
    words at most that opens with no verb, a colon, then a noun phrase of ``MIN_TOPIC_NEWS_WORDS`` words or more (no
    verb of the past or the present first, no preposition or particle first: ``FUNCTION_WORDS``), one sentence at most
    with ``MAX_NEWS_CLAUSES`` clause mark at most and no second colon (fields: "التاريخ: ... التوقيت: ..."). A topic
    going on from a paragraph ("وأضاف: ...", "وتروي ...: ...") introduces speech in the article."""
    match = TOPIC_HEAD.match(HARAKAT.sub("", text.strip()))
    if match is None:
        return False
    topic, news = match.group("topic").split(), match.group("news")
    words = news.split()
    if not topic or len(topic) > MAX_TOPIC_WORDS or len(words) < MIN_TOPIC_NEWS_WORDS:
        return False
    if any(_opens_with_verb(part) for part in (match.group("topic"), news)) or folded_word(words[0]) in FUNCTION_WORDS \
            or _goes_on(match.group("topic")) or ":" in news or "：" in news:
        return False
    body = news[:-1] if ends_sentence(news) else news
    return not ends_sentence_inside(body) and clause_marks(body) <= MAX_NEWS_CLAUSES


def ends_sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside the text (a full stop, "!" or "?" followed by more words; ".." joins a title's
    parts and is no end)."""
    return bool(re.search(r"(?<!\.)[.!?؟](?!\.)\s+\S", text))


def _opens_with_verb(text: str) -> bool:
    first = (text.split() or [""])[0]
    return opens_with_past_verb(text) or is_present_verb(first)


def _goes_on(topic: str) -> bool:
    """Whether the part before the colon goes on from a paragraph ("وأضاف", "وتروي ...", "وقال"); a name that merely
    begins with و ("وزارة", "وزير") does not."""
    return bool(GOES_ON.match(topic)) or opens_going_on(topic)
