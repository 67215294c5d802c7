"""An interview's questions: body, never sub-headings.

An interview prints each question on a line of its own over the answer, as a question-headed explainer prints
its sub-headings ("ما هي الحمى القلاعية؟" over what the article says of it). The annotation guide reads the first
as body and the second as titles. Line by line they look the same; what tells them apart is who speaks and how the
page presents them. A page is an interview only when both hold: most answers speak in the first person, in their
own voice ("بدأت صدفة. كنت طالبا ...", "نحن نصور ..."), and the page says it is an interview, by naming it in an
interview's own form above the first question ("حوار: ...", "حاوره: ...", "وفي ما يلي نص الحوار:") or by
labelling its answers ("ج: ...", "الوزير: ..."). A guide addressing its reader over bulleted answers, an opinion
column saying "we", a report on "الحوار الوطني", a sports page on "المقابلة" (the match) show no such sign
(reviewer, review_questions.md H1-H3).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.blocks import Block
from text.lineshape import REPORTING_WORDS, SPEECH_WORDS, without_conjunction
from text.rules import FIRST_PERSON_WORDS, HARAKAT, TALK_BYLINE, TALK_PHRASES, TALK_VERBS

MIN_QUESTIONS = 2
"""Questions, each over its answer, that make a page of questions and answers (a page cut short may show two)."""
MAX_QUESTION_WORDS = 30
"""A line ending in a question mark this long at most may be a question put to the one answering (a question
may carry a remark before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟"); a longer one is a paragraph."""
MAX_LABEL_WORDS = 3
"""Words of a speaker's label opening an answer ("الوزير:", "د. سالم:"): a name or a title, no sentence."""

_QUESTION_MARK = re.compile(r"^\s*(?:[■□▪▫●•·◆◇►▶*\-–—]+\s*|(?:س|سؤال)\s*[:：]\s*)")
"""What may open a question: a bullet, a dash, or the label "س:" (question)."""
_LABEL = re.compile(r"^\s*(?P<label>[\u0621-\u064a.]+(?:\s+[\u0621-\u064a.]+)*)\s*[:：]\s*\S")
"""A label closed by a colon opening a line, with the line going on after it ("ج: ...", "الوزير: ...")."""
_ANSWER_LABELS = frozenset(("ج", "جواب", "الجواب"))
"""Labels naming an answer as an answer. Only with a colon: "ج-" is also a list's third letter (أ/ب/ج)."""
_CLOSING_QUOTES = "\"”»)'’ "
"""Marks that may close a question after its question mark."""
_WORD = re.compile(r"[\u0621-\u064a]+")
_QUOTED = re.compile(r"«[^»]*»?|“[^”]*”?|\"[^\"]*\"?")
"""Quoted words (to the closing mark, or the text's end when the page cuts the quote)."""


@dataclass(frozen=True)
class _Exchange:
    """One question (a block's position) and the answer under it, up to the next question."""
    question: int
    answer: str
    label: str | None
    """The label opening the answer ("ج", "الوزير"), unless the question opens with the same one."""


def mark_interview_questions(blocks: Sequence[Block], above: Sequence[str]) -> list[Block]:
    """The blocks with an interview's questions read as body (``Block`` of kind "line", ``title=False``), when the
    page is an interview (see the module docstring); ``above`` is the page's title block above the article's blocks
    (the headline, a byline "حاوره: ..."), where the page may name the talk."""
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
        label = _label(blocks[position + 1].text)
        result.append(_Exchange(position, " ".join(block.text for block in blocks[position + 1:stop]),
                                None if label == _label(blocks[position].text) else label))
    return result


def _is_question(text: str) -> bool:
    """A line asking, its mark aside: closed by a question mark, short enough to be put to someone (a question may
    carry a remark or a label before it: "منحت فرصا كثيرة للاعبين الشباب. لماذا؟", "الشرق: ...؟")."""
    bare = _QUESTION_MARK.sub("", text).rstrip(_CLOSING_QUOTES)
    return bare.endswith(("؟", "?")) and 0 < len(bare.split()) <= MAX_QUESTION_WORDS


def _label(text: str) -> str | None:
    """The short label opening a line ("ج", "الوزير"), without its vowel marks."""
    found = _LABEL.match(HARAKAT.sub("", text))
    if found is None or len(found.group("label").split()) > MAX_LABEL_WORDS:
        return None
    return found.group("label")


def _is_interview(blocks: Sequence[Block], exchanges: list[_Exchange], above: Sequence[str]) -> bool:
    """Most answers speak in the first person in their own voice, AND the page says it is an interview: it names
    the talk in an interview's own form above the first question (``_names_the_talk``), or most answers carry one
    and the same label the questions lack ("ج:", the one answering's name: "الوزير:"). Either alone is no evidence:
    an opinion column says "we", a report on a national dialogue says "الحوار"."""
    count = len(exchanges)
    if count < MIN_QUESTIONS:
        return False
    if 2 * sum(_speaks_first_person(exchange.answer) for exchange in exchanges) <= count:
        return False
    before = [*above, *(block.text for block in blocks[:exchanges[0].question])]
    return any(_names_the_talk(line) for line in before) or _labels_the_answers(exchanges)


def _labels_the_answers(exchanges: list[_Exchange]) -> bool:
    """Whether most answers open with one and the same label ("الوزير:", "ج:"), more than one of them."""
    labels = [exchange.label for exchange in exchanges if exchange.label is not None]
    if not labels:
        return False
    most = max(labels.count(label) for label in set(labels))
    return most >= MIN_QUESTIONS and 2 * most > len(exchanges)


def _words(text: str) -> list[str]:
    """The line's Arabic words without their vowel marks or a joined و/ف."""
    return [without_conjunction(word) for word in _WORD.findall(HARAKAT.sub("", text))]


def _speaks_first_person(text: str) -> bool:
    """Whether a text speaks as "I" or "we" in its own voice: a first-person pronoun or particle
    (``FIRST_PERSON_WORDS``: "أنا", "لدينا", "لأنني"), or a noun owned by "us" after its ة ("ذاكرتنا", "منطقتنا"),
    outside quotation marks, in a text reporting nobody's words ("وقال الوزير: ...", "وتابع ...", "وشدد ...":
    ``SPEECH_WORDS``, ``REPORTING_WORDS``). A report quoting people under its question-headed parts, with quote
    marks or without, speaks of them; an interview's answer is the speaker's own."""
    words = _words(_QUOTED.sub(" ", text))
    if any(word in SPEECH_WORDS or word in REPORTING_WORDS for word in words):
        return False
    return any(word in FIRST_PERSON_WORDS or len(word) > 4 and word.endswith("تنا") for word in words)


def _names_the_talk(line: str) -> bool:
    """Whether a line above the questions names the page's interview in an interview's own form: a byline
    (``TALK_BYLINE``: "حوار: ...", "حاوره: ..."), the verb "interviewed him" (``TALK_VERBS``), or a phrase
    presenting the talk (``TALK_PHRASES``: "نص الحوار", "الحوار التالي", "في حوار خاص")."""
    if TALK_BYLINE.match(HARAKAT.sub("", line)):
        return True
    words = _words(line)
    if any(word in TALK_VERBS for word in words):
        return True
    return any(tuple(words[start:start + len(phrase)]) == phrase
               for phrase in TALK_PHRASES for start in range(len(words) - len(phrase) + 1))
