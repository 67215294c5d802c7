"""An interview's questions: body, never sub-headings.

An interview prints each question on a line of its own over the answer, as a question-headed explainer prints
its sub-headings ("ما هي الحمى القلاعية؟" over what the article says of it). The annotation guide reads the first
as body and the second as titles. Line by line they look the same; what tells them apart is who speaks and how the
page presents them. An interview shows two of these signs or more: its answers speak in the first person ("بدأت
صدفة. كنت طالبا ...", "نحن نصور ..."), the text above the first question names the talk ("حوار", "حاوره:"), the
questions address the one answering ("مشروعك", "عملياتكم"), the answers are marked as answers (a dash or "ج:"
opening them when the questions open otherwise). An explainer's answers speak of their subject in the third person,
and a guide's address the reader ("يمكنك ..."): one sign at most.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.blocks import Block
from text.lineshape import SECOND_PERSON, SPEECH_WORDS, without_conjunction
from text.rules import FIRST_PERSON_WORDS, HARAKAT, NOT_ADDRESSING_WORDS, TALK_WORDS

MIN_QUESTIONS = 2
"""Questions, each over its answer, that make a page of questions and answers (a page cut short may show two)."""
MAX_QUESTION_WORDS = 30
"""A line ending in a question mark this long at most may be a question put to the one answering (a question
may carry a remark before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟"); a longer one is a paragraph."""

MIN_SIGNS = 2
"""Signs of a talk (``_is_interview``) that make the page an interview."""

_MARK = re.compile(r"^\s*(?:[■□▪▫●•·◆◇►▶*\-–—]+\s*|(?P<label>[سج]|سؤال|جواب)\s*[:/\-–]\s*)")
"""What may open a question or an answer: a bullet, a dash, or the labels "س:" and "ج:" (question, answer)."""
_ANSWER_LABEL = frozenset(("ج", "جواب"))
_CLOSING = "\"”»)'’ "
_WORD = re.compile(r"[\u0621-\u064a]+")
_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
"""Quoted words (to the closing mark, or the text's end when the page cuts the quote)."""


@dataclass(frozen=True)
class _Exchange:
    """One question (a block's position) and the text of the answer under it, up to the next question."""
    question: int
    answer: str
    answer_marked: bool
    """The answer opens with a mark the question does not open with (a dash, "ج:")."""


def mark_interview_questions(blocks: Sequence[Block], above: Sequence[str]) -> list[Block]:
    """The blocks with an interview's questions read as body (``Block`` of kind "line", ``title=False``), when the
    page is an interview (see the module docstring); ``above`` is the page's text above the article's blocks (the
    headline, a byline "حاوره: ..."), where the page may name the talk."""
    exchanges = _exchanges(blocks)
    if not _is_interview(blocks, exchanges, above):
        return list(blocks)
    questions = frozenset(exchange.question for exchange in exchanges)
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
        first = blocks[position + 1].text
        result.append(_Exchange(position, " ".join(block.text for block in blocks[position + 1:stop]),
                                _marks_an_answer(blocks[position].text, first)))
    return result


def _is_question(text: str) -> bool:
    """A line asking, its mark aside: closed by a question mark, short enough to be put to someone."""
    bare = _MARK.sub("", text).rstrip(_CLOSING)
    return bare.endswith(("؟", "?")) and 0 < len(bare.split()) <= MAX_QUESTION_WORDS


def _marks_an_answer(question: str, answer: str) -> bool:
    """Whether the answer opens with an answer's mark ("ج:") or a mark the question does not open with ("■ ..." over
    "- ...", or an unmarked question over "- ...")."""
    found = _MARK.match(answer)
    if found is None:
        return False
    if found.group("label"):
        return found.group("label") in _ANSWER_LABEL
    asked = _MARK.match(question)
    return asked is None or asked.group(0).strip() != found.group(0).strip()


def _is_interview(blocks: Sequence[Block], exchanges: list[_Exchange], above: Sequence[str]) -> bool:
    """Two signs of a talk or more (``MIN_SIGNS``) among: half the answers or more speak in the first person, the page
    names the talk above the first question, half the questions address the one answering, half the answers are
    marked as answers. One alone is no evidence: an explainer's answers may quote someone saying "we", a guide's
    questions address the reader, a report on a national dialogue names "الحوار"."""
    count = len(exchanges)
    if count < MIN_QUESTIONS:
        return False
    before = [*above, *(block.text for block in blocks[:exchanges[0].question])]
    signs = (2 * sum(_speaks_first_person(exchange.answer) for exchange in exchanges) >= count,
             any(_names_a_talk(line) for line in before),
             2 * sum(_addresses_someone(blocks[exchange.question].text) for exchange in exchanges) >= count,
             2 * sum(exchange.answer_marked for exchange in exchanges) >= count)
    return sum(signs) >= MIN_SIGNS


def _words(text: str) -> list[str]:
    """The line's Arabic words without their vowel marks or a joined و/ف."""
    return [without_conjunction(word) for word in _WORD.findall(HARAKAT.sub("", text))]


def _speaks_first_person(text: str) -> bool:
    """Whether a text speaks as "I" or "we" in its own voice: a first-person pronoun or particle
    (``FIRST_PERSON_WORDS``: "أنا", "لدينا", "لأنني"), or a noun owned by "us" after its ة ("ذاكرتنا", "منطقتنا"),
    outside quotation marks, in a text reporting nobody's words ("وقال الوزير: ..."). A report quoting people under
    its question-headed parts speaks of them; an interview's answer is the speaker's own."""
    words = _words(_QUOTED.sub(" ", text))
    if any(word in SPEECH_WORDS for word in words):
        return False
    return any(word in FIRST_PERSON_WORDS or len(word) > 4 and word.endswith("تنا") for word in words)


def _addresses_someone(text: str) -> bool:
    """Whether a question addresses the one it is put to: "you" ("أنت", "لك", ``SECOND_PERSON``) or a word
    owned by "you" ("مشروعك", "عملياتكم"): ك or كم ending a word without the article, which is not one of the words
    ending so of themselves (``NOT_ADDRESSING_WORDS``: "ذلك", "هناك")."""
    return any(word in SECOND_PERSON
               or (word.endswith(("ك", "كم")) and len(word) > 3 and not word.startswith("ال")
                   and word not in NOT_ADDRESSING_WORDS)
               for word in _words(text))


def _names_a_talk(line: str) -> bool:
    """Whether a line above the questions names an interview ("حوار", "حاوره:", "في هذا الحوار")."""
    return any(word in TALK_WORDS or word.startswith(("ال", "لل")) and word[2:] in TALK_WORDS
               for word in _words(line))
