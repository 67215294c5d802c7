"""An interview's questions: body, never sub-headings.

An interview prints each question on a line of its own over the answer, as a question-headed explainer prints
its sub-headings ("ما هي الحمى القلاعية؟" over what the article says of it). The annotation guide reads the first
as body and the second as titles. Line by line they look the same; what tells them apart is who speaks. In an
interview the answers speak in the first person ("بدأت صدفة. كنت طالبا ...", "نحن نصور ..."), and the page says
it is one in at least one more way: the text above the first question names the talk ("حوار", "حاوره:"), the
questions address the one answering ("مشروعك", "عملياتكم"), or the answers are marked as answers (a dash or
"ج:" opening them when the questions open otherwise). An explainer's answers speak of their subject in the third
person, and a guide's address the reader ("يمكنك ..."): neither is read as an interview, whatever its questions say.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.blocks import Block
from text.lineshape import without_conjunction
from text.rules import ADDRESSED_WORDS, FIRST_PERSON_WORDS, HARAKAT, NOT_ADDRESSING_WORDS, TALK_WORDS

MIN_QUESTIONS = 2
"""Questions, each over its answer, that make a page of questions and answers (a page cut short may show two)."""
MAX_QUESTION_WORDS = 30
"""A line ending in a question mark this long at most may be a question put to the one answering (a question
may carry a remark before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟"); a longer one is a paragraph."""

_MARK = re.compile(r"^\s*(?:[■□▪▫●•·◆◇►▶*\-–—]+\s*|(?P<label>[سج]|سؤال|جواب)\s*[:/\-–]\s*)")
"""What may open a question or an answer: a bullet, a dash, or the labels "س:" and "ج:" (question, answer)."""
_ANSWER_LABEL = frozenset(("ج", "جواب"))
_CLOSING = "\"”»)'’ "
_WORD = re.compile(r"[\u0621-\u064a]+")


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
    """Answers in the first person (half of them or more), and one more sign of a talk: the page names it above the
    first question, half the questions address the one answering, or half the answers are marked as answers."""
    count = len(exchanges)
    if count < MIN_QUESTIONS or 2 * sum(_speaks_first_person(exchange.answer) for exchange in exchanges) < count:
        return False
    before = [*above, *(block.text for block in blocks[:exchanges[0].question])]
    named = any(_names_a_talk(line) for line in before)
    addressed = sum(_addresses_someone(blocks[exchange.question].text) for exchange in exchanges)
    marked = sum(exchange.answer_marked for exchange in exchanges)
    return named or 2 * addressed >= count or 2 * marked >= count


def _words(text: str) -> list[str]:
    """The line's Arabic words without their vowel marks or a joined و/ف."""
    return [without_conjunction(word) for word in _WORD.findall(HARAKAT.sub("", text))]


def _speaks_first_person(text: str) -> bool:
    """Whether a text speaks as "I" or "we": a first-person pronoun or particle (``FIRST_PERSON_WORDS``: "أنا",
    "لدينا", "لأنني"), or a noun owned by "us" after its ة ("ذاكرتنا", "منطقتنا")."""
    return any(word in FIRST_PERSON_WORDS or len(word) > 4 and word.endswith("تنا") for word in _words(text))


def _addresses_someone(text: str) -> bool:
    """Whether a question addresses the one it is put to: "you" ("أنت", "برأيك", ``ADDRESSED_WORDS``) or a word
    owned by "you" ("مشروعك", "عملياتكم"): ك or كم ending a word without the article, which is not one of the words
    ending so of themselves (``NOT_ADDRESSING_WORDS``: "ذلك", "هناك")."""
    return any(word in ADDRESSED_WORDS
               or (word.endswith(("ك", "كم")) and len(word) > 3 and not word.startswith("ال")
                   and word not in NOT_ADDRESSING_WORDS)
               for word in _words(text))


def _names_a_talk(line: str) -> bool:
    """Whether a line above the questions names an interview ("حوار", "حاوره:", "في هذا الحوار")."""
    return any(word in TALK_WORDS or word.startswith(("ال", "لل")) and word[2:] in TALK_WORDS
               for word in _words(line))
