"""Whether a line under the article's last line is the article going on: a paragraph opening as prose goes on (و/ف
joined to a verb, in the future, the lexicons' or the present by its shape) rather than a title, and whether a
sub-heading heads prose. The body finder (``text.bodyfind``) lets the article run on through such lines."""

from __future__ import annotations

import re

from text.grammar import TRANSITIVE_VERBS
from text.lineshape import (FUTURE_VERB, HARAKAT, SPEECH_WORDS, ends_sentence, goes_on_from_above,
                            has_sentence_particle, joins_parts_as_title)
from text.rules import DATELINE_CITIES, MONTHS
from text.scoredline import LineScore, PROSE, is_whole_title
from text.sharedwords import CUT_LINE_WORDS
from text.toreader import speaks_to_reader

_PRESENT_VERB = re.compile(
    r"^[وف]?[يت](?![\u0621-\u064a]{2}ي[\u0621-\u064a]$)(?!ت?[\u0621-\u064a]ا[\u0621-\u064a]ي[\u0621-\u064a]$)"
    r"[\u0621-\u064a]{3,}(?<![ةا])(?<!ات)(?<!ك)(?<!كم)(?<!كن)(?<!كما)$")
"""A verb in the present tense by its shape: the prefix ي or ت and three letters or more ("يطالب", "وتدعو", "يستمر",
"وتنطلق"), not ending as a noun does (ة, ا, ات: "وتيرة", "وتركيا", "وتحديات"), nor built as the verbal noun تفعيل
("وتطوير", "وتقديم") or the broken plural تفاعيل ("وتفاصيل", "وتقارير", "وتصاميم"), nor ending on the reader as its
object (ك, كم, كن: "ولا تفوتك", "ويهمكم"), a site's call to its visitor."""
_NEGATIONS = frozenset(("لم", "لن", "لا"))
"""Particles that deny a verb ("ولم يصدر", "ولا يزال"): the verb follows them."""
_KNOWN_NAMES = frozenset((*MONTHS, *DATELINE_CITIES))
"""Months and places the lexicons know ("تموز", "تونس"): spelt like a present verb ("وتونس", "وتموز"), they are none."""


def _opens_with_verb(first: str, second: str = "") -> bool:
    """Whether a line's first word, joined to و or ف, is a verb: in the future ("وسيعلن"), one the lexicons list
    ("ويعلن", "وقال"), or one in the present by its shape (``_PRESENT_VERB``: "ويطالب", "وتدعو"), maybe after a
    particle denying it ("ولم يصدر"). A noun spelt as و/ف and a verb's prefix ("وتيرة", "فندق") is none."""
    verb = first[1:] if first[:1] in "وف" else None
    if verb in _NEGATIONS:
        return second not in _KNOWN_NAMES and bool(_PRESENT_VERB.match(second))
    return (bool(FUTURE_VERB.match(first)) or verb in TRANSITIVE_VERBS or verb in SPEECH_WORDS
            or verb is not None and not first.startswith("في") and verb not in _KNOWN_NAMES
            and bool(_PRESENT_VERB.match(first)))


def _opens_with_verb_as_prose(line: LineScore, tokens: list[str]) -> bool:
    """``_opens_with_verb`` for a line that may close the article: a title opens with a verb as well when it joins
    its parts with ".." or a colon ("وتبقى الطوابير.. عائلات ..."), so such a line needs more than a lexicon's
    verb (one of ``TRANSITIVE_VERBS`` or ``SPEECH_WORDS``) to read as prose."""
    if not joins_parts_as_title(line.text):
        return _opens_with_verb(tokens[0], tokens[1])
    verb = tokens[0][1:] if tokens[0][:1] in "وف" else None
    return bool(FUTURE_VERB.match(tokens[0])) or verb in TRANSITIVE_VERBS or verb in SPEECH_WORDS


def goes_on_below(line: LineScore, below: str | None = None) -> bool:
    """Whether a line under the article's last line is the article going on: no furniture, ``CUT_LINE_WORDS`` words or
    more, opening as a paragraph goes on (``continues_paragraph(strict=True)``, or و/ف joined to a verb), neither a
    label ("والمصدر: ...") nor a call or a notice to the reader ("وتابعونا ...", "وللمزيد من الأخبار:"); and built as
    prose (a sentence end, a comma, a word that builds sentences) unless a line that is no whole title stands under it
    (``below``, the next line that is no furniture; None when only furniture follows): many nouns and names open as
    the opening test asks ("وتيرة ...", "فندق ...", "والدة ..."), so another story's title atop a list of titles, or
    alone above the page's footer, after the article does."""
    tokens = HARAKAT.sub("", line.text).split()
    if line.furniture is not None or len(tokens) < CUT_LINE_WORDS or line.text.rstrip().endswith((":", "：")):
        return False
    first = tokens[0]
    if speaks_to_reader(line) or first.endswith((":", "：")) and first[1:-1] not in SPEECH_WORDS:
        return False  # "وتابعونا على ...", "وشاركونا آراءكم", "والمصدر: ..."
    prose = (ends_sentence(line.text) or has_sentence_particle(line.text) or bool(re.search("[،,؛;]", line.text))
             or _opens_with_verb_as_prose(line, tokens))
    # With only furniture under it (a footer, share buttons, the comments' header) a lone title after the article
    # looks the same: there, the line must be prose (a page's cut last line is left to with_cut_last_line).
    return (prose or below is not None and not is_whole_title(below)) and (
        goes_on_from_above(line.text) or _opens_with_verb_as_prose(line, tokens))


def heads_prose(scored: tuple[LineScore, ...], index: int) -> bool:
    """Whether the line at ``index`` stands right above prose: the next line no rule matched (rule-matched furniture
    in between aside) is no furniture and scores as prose, as under a sub-heading."""
    following = next((other for other in scored[index + 1:] if not other.by_rule), None)
    return following is not None and following.furniture is None and following.score >= PROSE
