"""Photos' captions inside the article told by a label or a credit (issue 11).

A page copied with select-all prints a photo inside the article as its caption on a line of its own, with its label
("صورة من المباراة", "لقطة من الفيديو") or its credit ("- المكتب الإعلامي للنادي", "(تصوير: NAME).") or neither.
Alone, a short noun phrase between two paragraphs may as well head a part ("صورة من الماضي", "لقطة الموسم"), so a
caption is told by what it carries:

- a label naming the event the photo is from (``rules.PHOTO_LABEL``: "صورة من المباراة") over a line shaped as a
  caption showing who is where or doing what (``pictures_a_scene``), the two between a paragraph ending its sentence and
  one going on from it ("وشهدت المباراة ..."), as the text runs on across a photo (``inner_captions``);
- a credit naming who took or gave the photo, in brackets with a full stop before or after them
  (``credited_caption``) or after a dash under the headline (``dash_credited``).

Earlier tries dropped captions by their place alone and lost real sub-headings, verses and lists: each test here
needs a label or a credit. A caption with neither stays the article's: "X of Y during Z" heads a part as often
(review_captions H1).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.grammar import is_verbal_noun, looks_like_verb
from text.lineshape import (DAY_WORDS, HARAKAT, ends_sentence, goes_on_from_above, has_sentence_particle,
                            is_present_verb, strip_bullet)
from text.rules import CAPTION_REASON, CREDITED_CAPTION, FROM_THE_EVENT, PAST_VERB, PHOTO_LABEL, PHOTO_TAKERS

MAX_LABEL_WORDS = 7
"""A photo's label has this many words at most ("لقطة شاشة من البث المباشر للمؤتمر")."""
MAX_CAPTION_WORDS = 15
"""A caption has this many words at most: a longer line is a paragraph."""
MIN_CREDITED_WORDS = 3
"""A caption closed by its credit says what is shown in this many words at least ("أعمال الحفر في الموقع")."""
SCENE_PLACES = frozenset(("في", "فى", "داخل", "أمام", "امام", "خلال", "أثناء", "اثناء", "عقب", "وسط", "بين"))
"""Words setting where who is shown stands ("جماهير الفريق في المدرجات", "الباعة أمام المحلات")."""
PHRASE_BUILDERS = frozenset(("ما", "لا", "لم", "لن", "قد", "هل", "كيف", "لماذا", "متى", "أين", "هذا", "هذه", "ذلك",
                             "تلك", "كل", "غير", "أبرز", "أهم", "إلى", "الى"))
"""Words that build a clause, a summary or a news title's change ("أبرز ما جاء خلال ...", "كيف تغير ...", "... إلى
40 قتيلا"), which a caption naming who is shown does not hold."""
NAME_PARTICLES = frozenset(("في", "من", "على", "إلى", "الى", "عن", "مع", "لا", "ما", "لم", "لن", "قد", "بعد", "قبل"))
"""Words no person's name holds: a bracket holding one glosses or adds, it credits no photographer."""

_BEFORE_A_NOUN = SCENE_PLACES | {"بعد", "قبل", "عند", "لدى", "من", "إلى", "الى", "على", "عن", "منذ"}
"""Prepositions: the word after one is a noun, whatever its shape ("أثناء تفقده")."""
_TAKER_BRACKET = re.compile(rf"\(\s*{PHOTO_TAKERS}\s*\)\s*\.?\s*$")
"""A bracket crediting who took or gave the photo (``rules.PHOTO_TAKERS``: "(تصوير: NAME)", "(أرشيف الصحيفة)",
"(مواقع التواصل)") closing the line, a full stop after it or not."""
_NAME_BRACKET = re.compile(r"\(\s*[^\s()\d.!?؟،,:：«»\"“”]+(?:\s+[^\s()\d.!?؟،,:：«»\"“”]+){1,2}\s*\)\s*\.?\s*$")
"""A bracket holding a name of two or three words closing the line, a full stop after it or not."""
_INSIDE_A_SENTENCE = re.compile(r"[.!?؟،,:：;؛«»\"“”]")
_FIGURE = re.compile(r"[0-9\u0660-\u0669]")
_LAST_DASH = re.compile(r"\s[-–—]\s*(?=[^-–—]*$)")
_CLOSING_CREDIT = re.compile(r"(?:^|[.\s(\-–—|/])(?:تصوير|الصورة|صورة|Photo)\s*[:：]\s*"
                             r"(?P<name>[^:：.؟?!،,]{2,80})[.)\s]*$", re.IGNORECASE)
"""A photo's credit closing a caption after its full stop, its taker's name and agency ("... . تصوير : NAME NAME –
AGENCY .")."""
MAX_CREDIT_NAME_WORDS = 8
"""A taker's name with an agency after a dash runs to this many words ("محمد نور الدين عبد الله – رويترز")."""
MAX_WIRE_CAPTION_WORDS = 40
"""A wire photo's caption closed by its credit tells who is where, when and why in this many words at most."""


def is_photo_label(line: str) -> bool:
    """Whether ``line`` is shaped as a photo's label (``rules.PHOTO_LABEL``) of ``MAX_LABEL_WORDS`` words at most."""
    text = _plain(line)
    return bool(PHOTO_LABEL.match(text)) and len(text.split()) <= MAX_LABEL_WORDS


def shaped_as_caption(line: str, longest: int = MAX_CAPTION_WORDS) -> bool:
    """Whether ``line`` is shaped as a photo's caption: two words up to ``longest``, no sentence end, colon or
    list mark, no word that builds a sentence (``has_sentence_particle``), not opening with a verb (past or present,
    by its shape or the lexicons') nor going on from the line above ("وأضاف", "كما"): who or what is shown, then
    where ("جماهير الفريق في المدرجات", "لاعبو الفريق يحتفلون بالهدف")."""
    text = _plain(line)
    tokens = text.split()
    if not 2 <= len(tokens) <= longest or ends_sentence(text) or strip_bullet(text) != text:
        return False
    if re.search("[:：؛;]", text) or has_sentence_particle(text) or goes_on_from_above(text):
        return False
    first = tokens[0].strip("«»\"“”'()")
    return not (PAST_VERB.fullmatch(first) or is_present_verb(first) or looks_like_verb(first)
                or _joined_to_a_verb(first))


def goes_on_past_the_photo(line: str) -> bool:
    """Whether a paragraph goes on from the text above it (``goes_on_from_above``, or و/ف joined to a verb in the
    past: "وشهدت", "فأعلن")."""
    tokens = _plain(line).split()
    return goes_on_from_above(line) or bool(tokens) and _joined_to_a_verb(tokens[0])


def inner_captions(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """Photos' captions between two of the article's paragraphs (``CAPTION_REASON``): a paragraph of ``prose`` ending
    its sentence over them and one going on from it under them (``goes_on_past_the_photo``), as the text runs on
    across a photo and not across a part's heading, and no rule or shape naming them (``furniture``): a label
    (``is_photo_label``) with right under it a line showing a scene (``pictures_a_scene``)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    found: dict[int, str] = {}
    for above, label, caption, below in zip(filled, filled[1:], filled[2:], filled[3:]):
        if (furniture[label] is None and furniture[caption] is None and above in prose and below in prose
                and ends_sentence(lines[above]) and goes_on_past_the_photo(lines[below])
                and is_photo_label(lines[label])
                and not is_photo_label(lines[caption]) and pictures_a_scene(lines[caption])):
            found |= dict.fromkeys((label, caption), CAPTION_REASON)
    return found


def pictures_a_scene(line: str, longest: int = MAX_CAPTION_WORDS) -> bool:
    """Whether a line shaped as a caption (``shaped_as_caption``) shows who is where or doing what, as a photo's
    caption does and a part's heading naming its topic does not: a verb of the present after its subject, in the
    first three words ("المحافظ يقص الشريط", not "تكلفة المشروع ومصادر تمويله"), or a place word
    (``SCENE_PLACES``: "جماهير الفريق في المدرجات"); not opening with a verbal noun, as a heading names its topic
    ("ارتفاع الأسعار في ...", review_captions M1). (``lineshape.shows_a_scene`` is a long caption's test.)"""
    tokens = _plain(line).split()
    if not shaped_as_caption(line, longest) or is_verbal_noun(tokens[0]):
        return False
    return any(is_present_verb(token) for token in tokens[1:3]) or any(token in SCENE_PLACES for token in tokens[1:])


def credited_caption(line: str) -> str | None:
    """``CAPTION_REASON`` for a photo's caption closed by its credit in brackets, with a full stop before or after
    the bracket (a caption without one is ``rules.CaptionRule``'s): a bracket naming who took or gave the photo
    (``_TAKER_BRACKET``), or a name's bracket after a caption naming the event the photo is from
    (``rules.FROM_THE_EVENT``: "من مباراة الفريقين (NAME NAME)."). The words before the bracket are shaped as a
    caption (``shaped_as_caption``) and hold no other stop, comma, colon or quote, nor a word building a clause
    (``PHRASE_BUILDERS``), nor a verb anywhere (``_holds_a_verb``, review_captions M3): "وقال الوزير إن ...
    (تصوير: NAME).", "التقط المصور هذه الصورة ... (تصوير: NAME)." and "الفائز هو اللاعب (NAME NAME)." are
    sentences, the article's."""
    text = _plain(line)
    match = _TAKER_BRACKET.search(text)
    if match is None and FROM_THE_EVENT.match(text):
        match = _NAME_BRACKET.search(text)
        if match is not None and set(match.group().strip("(). ").split()) & NAME_PARTICLES:
            match = None
    if match is None:
        return None
    before = text[:match.start()].rstrip().removesuffix(".").rstrip()
    if (len(before.split()) < MIN_CREDITED_WORDS or _INSIDE_A_SENTENCE.search(before)
            or set(before.split()) & PHRASE_BUILDERS or _holds_a_verb(before)):
        return None
    return CAPTION_REASON if shaped_as_caption(before) else None


def dash_credited(line: str) -> bool:
    """Whether a line of the article under its chosen headline is a photo's caption closed by its credit after a dash
    (``rules.CREDITED_CAPTION``: "NAME خلال المباراة - المكتب الإعلامي للنادي"), the words before the dash shaped
    as a caption and holding no figure nor a news title's words (``PHRASE_BUILDERS``). Only under the headline: a
    title credits its source so too ("ارتفاع الحصيلة إلى 40 قتيلا - المكتب الإعلامي")."""
    text = _plain(line)
    if not CREDITED_CAPTION.match(text) or _FIGURE.search(text):
        return False
    before = _LAST_DASH.split(text, maxsplit=1)[0]
    return shaped_as_caption(before) and not set(before.split()) & PHRASE_BUILDERS


def wire_caption(line: str) -> bool:
    """Whether ``line`` is a photo's caption closed by its credit after a full stop (``_CLOSING_CREDIT``: "سحب الدخان
    تتصاعد فوق الأبنية ... . تصوير : NAME – AGENCY ."): a name of ``MAX_CREDIT_NAME_WORDS`` words at most with no word
    building a sentence, after one sentence (no other stop, comma, colon or quote) holding no word building a clause
    (``PHRASE_BUILDERS``) nor a day a lead tells its news on (``DAY_WORDS``: a caption dates its photo), shaped as a
    caption: a short one holding no verb (``credited_caption``'s test), or a scene told in the present
    (``_scene_in_the_present``). A lead closed by a credit ("افتتح وزير الصحة اليوم ... . تصوير: NAME – AGENCY .")
    is the article's (review_head H2)."""
    text = _plain(line)
    credit = _CLOSING_CREDIT.search(text)
    if credit is None:
        return False
    name = credit.group("name")
    if len(name.split()) > MAX_CREDIT_NAME_WORDS or has_sentence_particle(name):
        return False
    before = text[:credit.start()].rstrip(" .")
    if _INSIDE_A_SENTENCE.search(before) or set(before.split()) & (PHRASE_BUILDERS | DAY_WORDS):
        return False
    short = len(before.split()) >= MIN_CREDITED_WORDS and shaped_as_caption(before) and not _holds_a_verb(before)
    return short or _scene_in_the_present(before)


def _scene_in_the_present(text: str) -> bool:
    """Whether a wire caption of ``MAX_WIRE_CAPTION_WORDS`` words at most shows who does what now: who is shown, then a
    verb of the present in the second or third word ("سحب الدخان تتصاعد فوق ...", "مواطنون يشترون ..."), no word
    building a sentence, no verb in the past and no line going on from above. The first word may be spelt as a verb by
    the lexicons only (``looks_like_verb``: "سحب"), a noun before a verb of the present; a past tense's shape
    (``rules.PAST_VERB``: "افتتح", "أعلنت") opens a lead."""
    tokens = [token.strip("«»\"“”'()") for token in text.split()]
    if not 3 <= len(tokens) <= MAX_WIRE_CAPTION_WORDS or has_sentence_particle(text) or goes_on_from_above(text):
        return False
    if is_present_verb(tokens[0]) or _joined_to_a_verb(tokens[0]) or any(map(PAST_VERB.fullmatch, tokens)):
        return False
    return any(is_present_verb(token) for token in tokens[1:3])


def _plain(line: str) -> str:
    """The line without harakat and the spaces around it."""
    return HARAKAT.sub("", line.strip())


def _joined_to_a_verb(word: str) -> bool:
    """و or ف joined to a verb in the past ("وشهدت", "فأعلن"): ``lineshape.VERB_GOING_ON`` takes و/ف only before a
    verb's prefix letter (أ/ت/ي/ن), so ``goes_on_from_above`` misses "وشهد"."""
    return len(word) > 3 and word[0] in "وف" and bool(PAST_VERB.fullmatch(word[1:]))


def _holds_a_verb(text: str) -> bool:
    """Whether a word of ``text`` is shaped as a verb, past or present (``rules.PAST_VERB``, ``is_present_verb``,
    ``looks_like_verb``), but for a word after a preposition, a noun there ("أثناء تفقده", "بعد تسلمه")."""
    tokens = [token.strip("«»\"“”'()") for token in text.split()]
    return any((PAST_VERB.fullmatch(token) or is_present_verb(token) or looks_like_verb(token))
               and not (place and tokens[place - 1] in _BEFORE_A_NOUN) for place, token in enumerate(tokens))
