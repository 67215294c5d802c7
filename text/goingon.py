"""Whether a line under the article's last line is the article going on: a paragraph opening as prose goes on (و/ف
joined to a verb, in the future, the lexicons' or the present by its shape) rather than a title, and whether a
sub-heading heads prose. The body finder (``text.bodyfind``) lets the article run on through such lines."""

from __future__ import annotations

import re

from text.grammar import TRANSITIVE_VERBS
from text.lineshape import (FUTURE_VERB, HARAKAT, OATHS, SPEECH_WORDS, builds_a_sentence, clause_marks,
                            continues_paragraph, ends_sentence, goes_on, goes_on_from_above, has_sentence_particle,
                            is_question_title, joins_parts_as_title, strip_bullet)
from text.rules import DATELINE_CITIES, MONTHS
from text.runend import PAGE_END_MARKERS, another_story_below
from text.scoredline import LineScore, PROSE, is_short_title, is_whole_title
from text.sharedwords import CUT_LINE_WORDS, article_keys, common_keys, word_keys
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


def is_present_verb(word: str) -> bool:
    """Whether one word (with و/ف or not) is a verb in the present tense by its shape (``_PRESENT_VERB``), not a
    month or a place the lexicons know."""
    return bool(_PRESENT_VERB.match(word)) and word not in _KNOWN_NAMES and word[1:] not in _KNOWN_NAMES


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


MIN_CLOSING_LINES = 2
"""Prose past the run's end joins the article as its closing part with this many lines of prose at least, this many of
them built as sentences (one line alone is the page's last line, judged by ``text.cutshort``; a title over one
sentence is another story's title and lead)."""
MIN_CLOSING_SHARED = 1
"""Words of four letters or more the closing part shares with the article at least: a closing part in the loose
style of a personal page names the story in its own words ("الميه" for "المياه"), while a site's blurb or notice names
none of it."""
MIN_CLOSING_WORDS = 6
"""A line of the closing part holds this many words at least: shorter ones are labels, names, links or its
sub-headings."""


def with_closing_prose(scored: tuple[LineScore, ...], start: int, end: int) -> int:
    """Where the article ends once the prose right past its run's end is joined: lines of prose going on to the first
    furniture or the page's end, under short sub-headings maybe ("القرار الوزاري"; below the first, each names
    something the story names, as a commenter's name does not), that the run left out for their weak scores (short
    lines without a full stop, in the loose style of a personal page: "ولكنها تتحول ...", "واكيد القرار ده ...").
    Never lose the article (issue 11): the part joins when it reads as the article going on, as what follows an
    article on a page does not: one of its lines opens the way no title opens (``_opens_going_on``: "ولكنها ...",
    "وتنتظر ...", "وبيقول ..."), two of them and at least half are built as sentences (``_built_as_prose``), no other
    story's title and lead restating it open it (``another_story_below``), and it names something the article names
    (``MIN_CLOSING_SHARED``; words of any page aside: ``common_keys``). Each line is ``MIN_CLOSING_WORDS`` words or
    more, no list item, no title joining its parts with ".." or a colon, no question title, no label or announcement
    closed by a colon, and does not speak to the reader: other stories' titles, a comment box's lines and a footer's
    do one of these, and stop the part. Never past a comments, tags or copyright line inside the run
    (``PAGE_END_MARKERS``): readers' comments under a counter read as loose prose too. Only under an article written
    loose itself: under one whose every long line ends its sentence, a loose tail is a box's, a comment's or a
    teaser list's (reviewer s22/review_tail.md H1-H3)."""
    if any(line.furniture in PAGE_END_MARKERS for line in scored[start:end]):
        return end  # past the comments' header or counter, tags or a copyright line, the prose is the page's
    if all(ends_sentence(line.text) for line in scored[start:end]
           if line.furniture is None and len(line.text.split()) >= MIN_CLOSING_WORDS):
        return end  # a punctuated article's loose tail is another page part's (a box, a comment, teasers)
    known = article_keys(scored[start:end]) - common_keys()
    lines: list[LineScore] = []
    index = last = end
    while index < len(scored):
        if _closing_line(scored[index]):
            lines.append(scored[index])
            index = last = index + 1
        elif (index + 1 < len(scored) and _heads_closing_prose(scored[index], scored[index + 1])
              and (index == end or word_keys(scored[index].text) & (known | article_keys(tuple(lines))))):
            index += 1  # a sub-heading; below the part's first one, it names the story (a commenter's name does not)
        else:
            break
    if len(lines) < MIN_CLOSING_LINES or not any(_opens_going_on(line.text) for line in lines):
        return end
    built = sum(_built_as_prose(line.text) for line in lines)
    if built < MIN_CLOSING_LINES or 2 * built < len(lines) or another_story_below(lines, scored[start:end]):
        return end
    return last if len(article_keys(tuple(lines)) & known) >= MIN_CLOSING_SHARED else end


def _heads_closing_prose(line: LineScore, below: LineScore) -> bool:
    """A short sub-heading (fewer than ``MIN_CLOSING_WORDS`` words, no sentence, no label) right over a line of
    prose (``_closing_line``)."""
    return (line.furniture is None and is_short_title(line) and len(line.text.split()) < MIN_CLOSING_WORDS
            and not joins_parts_as_title(line.text) and _closing_line(below))


def _closing_line(line: LineScore) -> bool:
    """A line that may be the article's closing prose (see ``with_closing_prose``)."""
    text = line.text
    return (line.furniture is None and len(text.split()) >= MIN_CLOSING_WORDS and strip_bullet(text) == text
            and not joins_parts_as_title(text) and not is_question_title(text)
            and not text.rstrip().endswith((":", "：")) and not speaks_to_reader(line))


def _built_as_prose(text: str) -> bool:
    """Whether a line is built as a sentence, not as a title: a sentence end or a clause mark, a word that builds or
    points back (``builds_a_sentence``), or an opening going on from the line above (``goes_on``)."""
    return ends_sentence(text) or clause_marks(text) > 0 or builds_a_sentence(text) or goes_on(text)


_SPOKEN_PRESENT = re.compile(r"^وب[يتن][\u0621-\u064a]{3,}$")
"""و joined to a verb of the spoken present, its prefix ب before the person's ("وبيقول", "وبتحاول", "وبنشوف"): how
a paragraph in the loose style of a personal page goes on; a title is written in the standard language."""


def _opens_going_on(text: str) -> bool:
    """Whether a line opens the way a paragraph goes on and no title opens: a linking word or و/ف joined to a common
    word ("كما", "ولكنها", "وكان"; ``continues_paragraph`` without its و+ال nouns, "والدة ..."), و/ف joined to a verb
    (``_opens_with_verb``: "وتنتظر", "ولم تقدم"; not a noun of a verb's shape, "وتيرة", "فندق"), or و joined to a
    verb of the spoken present (``_SPOKEN_PRESENT``, not a place the lexicons know: "وبيروت"). Never an oath ("والله
    ..." opens a reader's comment) nor و joined to a noun with ال."""
    tokens = HARAKAT.sub("", text).split()
    if not tokens or tokens[0] in OATHS:
        return False
    first, second = tokens[0], tokens[1] if len(tokens) > 1 else ""
    joined = continues_paragraph(text, strict=True) and not first.startswith("وال")
    return (joined or _opens_with_verb(first, second)
            or bool(_SPOKEN_PRESENT.match(first)) and first[1:] not in _KNOWN_NAMES)
