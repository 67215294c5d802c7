"""A news title headed by its topic and a colon: "PLACE: NOUN ...", "NAME: NOUN ...".

A title often names its place, body or speaker before a colon and tells its news after it in a noun phrase ("البلدة:
افتتاح مركز صحي جديد", "الوزارة: تسجيل إصابات جديدة"). A lead that opens with a place and a colon goes on with a
verb ("البلدة: أعلنت البلدية ...", "البلدة: قال ..."), a preposition or a fronting word ("البلدة: في خطوة ...", "البلدة:
وسط ترقب، انطلقت ..."), or the paper or writer who tells it ("البلدة: «PAPER» أعلنت ...", "البلدة: NAME وجه ..."), and
reports speech ("... إن ..."), in the sentences and clauses of prose. On the 493 readable annotated pages (shared, s27,
s28/r01-r04) 32 titles from 32 sites have the shape, and 4 lines inside articles (none opening one); the shape takes
the title on 3 pages where no rule took one, and none of the pages without a title.

A lead told in nouns and the present ("البلدة: عمليات التصويت تنطلق ... ." ) has a title's shape and may be taken: so
``text.headline`` takes such a line as the title when it opens the article and no other line may be the title (the
shape is the page's evidence, as a line said twice or a breadcrumb is; the first-sentence fallback would read the same
words flagged as no title), and the evidence carries no further than that line: no line under it is dropped for its
place under a title (``headline.TitleChoice.by_its_topic``), so a lead's first sub-heading is read.
"""

from __future__ import annotations

import re

from text.articlerows import credit_label
from text.clean import FOLD
from text.grammar import TRANSITIVE_VERBS
from text.lineshape import (HARAKAT, NEEDS_WHAT_FOLLOWS, REPORTING_WORDS, SENTENCE_PARTICLES, clause_marks,
                            ends_sentence, is_present_verb, joined_to, normal)
from text.names import is_given_name
from text.rules import BYLINE_OPENERS, PAST_VERB
from text.scoredline import opens_going_on
from text.title_model import opens_with_past_verb
from text.titleshape import GOES_ON
from text.titlewords import FUNCTION_WORDS, folded_word
from text.wrappedlead import ELATIVE, FRONTED_WORDS

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


NOUN_HEADS = frozenset(("بعض", "كل", "عدة", "أحد", "احد", "إحدى", "احدى", "جميع", "معظم", "أغلب", "اغلب"))
"""Words that head a noun among ``NEEDS_WHAT_FOLLOWS``: a title's noun phrase may open with one."""
NEWS_OPENERS = (NEEDS_WHAT_FOLLOWS - NOUN_HEADS) | FRONTED_WORDS | frozenset(("رغم", "برغم"))
"""Prepositions, particles and fronting words ("وسط", "خلال", "بحضور", "إثر", "عقب", "تحت", "رغم", "أن"): news opening
with one sets the scene of a sentence whose verb comes after ("البلدة: وسط ترقب كبير، انطلقت ..."), a lead's shape. Not
the words that head a noun ("عدة", "جميع", "معظم": "البلدة: عدة إصابات ..." is a title's noun phrase)."""
QUOTES = "«»“”\"'„‘’"
"""Quote marks: a name quoted right after the colon ("CITY: «PAPER» ...") is the paper or agency a site credits
glued to its lead, not a title's news."""
CLAUSE_BREAK = re.compile("[،,؛]")


def headed_by_its_topic(text: str) -> bool:
    """Whether a line is a title headed by its topic (see the module's docstring): a topic of ``MAX_TOPIC_WORDS``
    words at most that opens with no verb (of speech either: "قال الوزير: ...", "أكد ...") and is no credit's label
    ("متابعة : NAME", "المصدر: ..."), a colon, then a noun phrase of ``MIN_TOPIC_NEWS_WORDS`` words or more, one
    sentence at most with ``MAX_NEWS_CLAUSES`` clause mark at most and no second colon (fields: "التاريخ: ...
    التوقيت: ..."). The news opens with no verb, no preposition, particle or fronting word (``FUNCTION_WORDS``,
    ``NEWS_OPENERS``: "وسط ..."), no quoted name and no given name (a paper or a writer glued to a lead: "«PAPER»
    أعلنت ...", "NAME وجه ..."), and no clause of it holds a verb of the past before its first clause mark or opens
    with one after it (``_told_in_the_past``: a lead's "CITY: NOUN أعلنت ...", "CITY: ...، انطلقت ..."); a title
    tells its news in nouns or in the present ("السيول تحاصر ..."). A topic going on from a paragraph ("وأضاف: ...",
    "وتروي ...: ...") introduces speech in the article."""
    match = TOPIC_HEAD.match(HARAKAT.sub("", text.strip()))
    if match is None:
        return False
    topic, news = match.group("topic"), match.group("news")
    words = news.split()
    if not topic.split() or len(topic.split()) > MAX_TOPIC_WORDS or len(words) < MIN_TOPIC_NEWS_WORDS:
        return False
    if _opens_with_verb(topic) or _goes_on(topic) or _labels_a_credit(topic) or ":" in news or "：" in news:
        return False
    if _opens_with_verb(news) or _opens_with_a_name(news) or _told_in_the_past(news):
        return False
    body = news[:-1] if ends_sentence(news) else news
    return not ends_sentence_inside(body) and clause_marks(body) <= MAX_NEWS_CLAUSES


def ends_sentence_inside(text: str) -> bool:
    """Whether a sentence ends inside the text (a full stop, "!" or "?" followed by more words; ".." joins a title's
    parts and is no end)."""
    return bool(re.search(r"(?<!\.)[.!?؟](?!\.)\s+\S", text))


def _bare(word: str) -> str:
    return word.strip(".…،,؛:!؟?()[]" + QUOTES)


def _is_verb(word: str) -> bool:
    """Whether a word is a verb by its shape (of the past, the present or the future: "ستنطلق") or by the lists of
    verbs (``REPORTING_WORDS``: "قال", "أكد", "دعا"; ``grammar.TRANSITIVE_VERBS``), which hold the verbs of three
    letters the shapes miss."""
    bare = _bare(word)
    return (opens_with_past_verb(bare) or is_present_verb(bare) or bare[:1] == "س" and is_present_verb(bare[1:])
            or bare in REPORTING_WORDS or joined_to(bare) in REPORTING_WORDS or bare in TRANSITIVE_VERBS)


def _is_past_verb(word: str) -> bool:
    """Whether a word is a verb of the past among a line's words: by its shape (``rules.PAST_VERB``: "أعلنت",
    "انطلقت") unless it is also an elative's ("أكبر", "أكثر": ``wrappedlead.ELATIVE``), or a verb of speech
    (``REPORTING_WORDS``: "قال", "أكد", "دعت") not shaped as the present. Not the other lists' verbs of three letters,
    spelt as nouns as often ("ظل", "طلب", "سجل")."""
    bare = _bare(word)
    return (bool(PAST_VERB.fullmatch(bare)) and not ELATIVE.match(bare)
            or not is_present_verb(bare) and (bare in REPORTING_WORDS or joined_to(bare) in REPORTING_WORDS))


def _opens_with_verb(text: str) -> bool:
    """Whether a part opens with a verb (``_is_verb``), a writer's byline verb ("كتب"), a preposition, a particle or
    a fronting word (``FUNCTION_WORDS``, ``NEWS_OPENERS``, ``SENTENCE_PARTICLES``: "حيث", "كما"), also joined to و or
    ف ("وخلال")."""
    first = _bare((text.split() or [""])[0])
    return (_is_verb(first) or first in BYLINE_OPENERS or folded_word(first) in FUNCTION_WORDS
            or first in NEWS_OPENERS or joined_to(first) in NEWS_OPENERS or first in SENTENCE_PARTICLES)


def _opens_with_a_name(news: str) -> bool:
    """Whether the news opens with a quoted name ("«PAPER» ...") or a given name ("NAME وجه ..."): who tells a lead,
    glued to it after its dateline."""
    first = news.split()[0]
    return first[0] in QUOTES or is_given_name(_bare(first))


def _told_in_the_past(news: str) -> bool:
    """Whether the news holds a verb of the past before its first clause mark, or opens a later clause with one
    ("CITY: NOUN أعلنت ...", "CITY: وسط ترقب، انطلقت ..."): a lead's sentence."""
    first, *rest = CLAUSE_BREAK.split(news)
    return any(map(_is_past_verb, first.split())) or any(_is_past_verb(clause.split()[0]) for clause in rest
                                                           if clause.split())


def _labels_a_credit(topic: str) -> bool:
    """Whether the topic is a credit's label ("متابعة", "تقرير", "تصوير", "المصدر": ``articlerows.credit_label``): a
    name or a source follows it, not news."""
    return credit_label(normal(topic).translate(FOLD))


def _goes_on(topic: str) -> bool:
    """Whether the part before the colon goes on from a paragraph ("وأضاف", "وتروي ...", "وقال"); a name that merely
    begins with و ("وزارة", "وزير") does not."""
    return bool(GOES_ON.match(topic)) or opens_going_on(topic)
