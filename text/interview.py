"""An interview's questions: body, never sub-headings.

An interview prints each question on a line of its own over the answer, as a question-headed explainer prints
its sub-headings ("ما هي الحمى القلاعية؟" over what the article says of it). The annotation guide reads the first
as body and the second as titles. Line by line they look the same; what tells them apart is who speaks and how the
page presents them. A page is an interview only when both hold: most answers speak in the first person, in their
own voice ("بدأت صدفة. كنت طالبا ...", "نحن نصور ..."), and the page says it is an interview, either by its headline
or a byline-shaped line above the article OPENING in an interview's own form ("حوار: ...", "حاوره: ...", "أجرى
الحوار: ...") or by marking its answers as answers ("ج: ..."). Then only the questions whose own answer speaks in the
first person or carries "ج:" read as body: a closing box "من هو ...؟" over a biography keeps its title.
Not read as signs (reviewer, review_questions.md H1-H3, review_questions2.md H1-H4, M1, M2): the lead's phrases
("في حوار مع قناة ...", "في هذا الحوار", "نص الحوار الوطني"), a related teaser "حوار - NAME: ..." under the
headline, any repeated "X:" label ("الحقيقة:", "الوزارة:") or a speaker's name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.blocks import Block
from text.lineshape import REPORTING_WORDS, without_conjunction
from text.rules import FIRST_PERSON_WORDS, HARAKAT, TALK_BYLINE

MIN_QUESTIONS = 2
"""Questions, each over its answer, that make a page of questions and answers (a page cut short may show two)."""
MAX_QUESTION_WORDS = 30
"""A line ending in a question mark this long at most may be a question put to the one answering (a question
may carry a remark before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟"); a longer one is a paragraph."""
MAX_BYLINE_WORDS = 7
"""Words of a byline naming the talk ("حوار: محمد عادل", "أجرى الحوار: سارة أحمد وعلي حسن"); a longer line, or
one going on after a second colon ("حوار - الفنانة رنا سعيد: المسرح أنقذني"), is a teaser's title."""

_QUESTION_MARK = re.compile(r"^\s*(?:[■□▪▫●•·◆◇►▶*\-–—]+\s*|(?:س|سؤال)\s*[:：]\s*)")
"""What may open a question: a bullet, a dash, or the label "س:" (question)."""
_ANSWER_LABEL = re.compile(r"^\s*(?:ج|جواب|الجواب)\s*[:：]\s*\S")
"""A label naming an answer as an answer ("ج: ...", "الجواب: ..."). Only with a colon: "ج-" is also a list's third
letter (أ/ب/ج). Never another label: "الحقيقة:", "الوزارة:", "المذيع:" open a fact-check's verdict, an FAQ's
answer or a transcript as readily (reviewer, review_questions2.md H4, M1)."""
_DASHED_TALK = re.compile(r"^[\s|]*حوار\s*[\-–—]")
""""حوار - NAME" under the headline: a column's name over its author as readily as an interviewer's byline
(reviewer, review_questions2.md M2); it names the talk only as the headline."""
_CLOSING_QUOTES = "\"”»)'’ "
"""Marks that may close a question after its question mark."""
_WORD = re.compile(r"[\u0621-\u064a]+")
_QUOTED = re.compile(r"([«»“”\"])[^«»“”\"]*(?:[«»“”\"]|$)")
"""Quoted words, from whichever mark comes first to the next mark (or the text's end when the page cuts the
quote): «...», »...« (Maghreb sites, right-to-left copies), “...”, ”...“, "..."."""


@dataclass(frozen=True)
class _Exchange:
    """One question (a block's position) and the answer under it, up to the next question."""
    question: int
    answer: str
    labelled: bool
    """Whether the answer opens with an answer label ("ج:")."""


def mark_interview_questions(blocks: Sequence[Block], above: Sequence[str]) -> list[Block]:
    """The blocks with an interview's questions read as body (``Block`` of kind "line", ``title=False``), when the
    page is an interview (see the module docstring), those whose answer speaks in the first person or carries "ج:";
    ``above`` is the page's title block above the article's blocks, the headline first (then a byline "حاوره: ...")."""
    exchanges = _exchanges(blocks)
    if not _is_interview(exchanges, above):
        return list(blocks)
    questions = frozenset(exchange.question for exchange in exchanges
                          if exchange.labelled or _speaks_first_person(exchange.answer))
    return [Block(block.text, "line", False) if position in questions and block.kind != "paragraph" else block
            for position, block in enumerate(blocks)]


def _exchanges(blocks: Sequence[Block]) -> list[_Exchange]:
    """Every question line with the answer under it (a question right over another question has none and is left
    out: a list of questions, or a question over the part it heads with a question)."""
    asked = [position for position, block in enumerate(blocks) if _is_question(block.text)]
    result = []
    for number, position in enumerate(asked):
        stop = asked[number + 1] if number + 1 < len(asked) else len(blocks)
        if stop == position + 1:
            continue
        result.append(_Exchange(position, " ".join(block.text for block in blocks[position + 1:stop]),
                                bool(_ANSWER_LABEL.match(HARAKAT.sub("", blocks[position + 1].text)))))
    return result


def _is_question(text: str) -> bool:
    """A line asking, its mark aside: closed by a question mark, short enough to be put to someone (a question may
    carry a remark or a label before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟", "الشرق: ...؟")."""
    bare = _QUESTION_MARK.sub("", text).rstrip(_CLOSING_QUOTES)
    return bare.endswith(("؟", "?")) and 0 < len(bare.split()) <= MAX_QUESTION_WORDS


def _is_interview(exchanges: list[_Exchange], above: Sequence[str]) -> bool:
    """Most answers speak in the first person in their own voice, AND the page says it is an interview: its headline
    or a byline above the article opens in an interview's own form (``_names_the_talk``), or most answers carry the
    answer label "ج:". Either alone is no evidence: an opinion column says "we"; "ج:" may answer a reader's FAQ."""
    count = len(exchanges)
    if count < MIN_QUESTIONS:
        return False
    if 2 * sum(_speaks_first_person(exchange.answer) for exchange in exchanges) <= count:
        return False
    labelled = sum(exchange.labelled for exchange in exchanges)
    return _names_the_talk(above) or labelled >= MIN_QUESTIONS and 2 * labelled > count


def _words(text: str) -> list[str]:
    """The line's Arabic words without their vowel marks or a joined و/ف."""
    return [without_conjunction(word) for word in _WORD.findall(HARAKAT.sub("", text))]


def _speaks_first_person(text: str) -> bool:
    """Whether a text speaks as "I" or "we" in its own voice: a first-person pronoun or particle
    (``FIRST_PERSON_WORDS``: "أنا", "لدينا", "لأنني"), or a noun owned by "us" after its ة ("ذاكرتنا", "منطقتنا"),
    outside quotation marks, in a text reporting nobody's words ("وقال الوزير: ...", "وتابع ...", "وشدد ...":
    ``REPORTING_WORDS``). A report quoting people under its question-headed parts, with quote
    marks or without, speaks of them; an interview's answer is the speaker's own."""
    words = _words(_QUOTED.sub(" ", text))
    if any(word in REPORTING_WORDS for word in words):
        return False
    return any(word in FIRST_PERSON_WORDS or len(word) > 4 and word.endswith("تنا") for word in words)


def _names_the_talk(above: Sequence[str]) -> bool:
    """Whether the headline (``above[0]``) or a byline-shaped line under it opens in an interview's own form
    (``TALK_BYLINE``: "حوار: ...", "حاوره: ...", "أجرى الحوار: ...", the dashed "حوار - ..." only as the headline).
    A byline is short and says no more after the name: "حوار - الفنانة رنا سعيد: المسرح أنقذني" under the headline
    is a related teaser, "حوار - د. سامي النصف" a column's name (review_questions2.md M2). The lead's paragraphs are never read: "في حوار مع قناة ..." reports a talk printed elsewhere."""
    for number, line in enumerate(above):
        bare = HARAKAT.sub("", line)
        found = TALK_BYLINE.match(bare)
        if found is None:
            continue
        if number == 0:
            return True
        rest = bare[found.end():].lstrip(" :：-–—|")
        if (not _DASHED_TALK.match(bare) and len(_WORD.findall(rest)) <= MAX_BYLINE_WORDS
                and not any(mark in rest for mark in ":：")):
            return True
    return False
