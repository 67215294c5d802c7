"""A comment form printed under the article, told as one block (issue 11).

Every publishing platform prints a form under its articles for the readers' comments, each in its own wording: a
WordPress site "اترك تعليقاً" over "لن يتم نشر عنوان بريدك الإلكتروني" and its fields ("الاسم *", "البريد الإلكتروني
*"), a SPIP site a question asking for a message or a comment, a moderation notice, a "who are you?" field and a field
for the reader's post, a Drupal site its fields and a hint on how to write. The line rules know a few wordings
(``text.rules``: the header, the WordPress notice); a wording they do not know reads as short prose and was spoken
(s27 r05 diwanalarab). What all forms share is their block: short lines under the article's last paragraph that
speak of commenting (a comment, the reader's own post or message), of the commenter's fields (name, e-mail, "who
are you", a required mark) or of the moderation the comment awaits (monitored, reviewed, approved before it
shows).

``comment_form_lines`` takes such a block when it holds ``MIN_FORM_LINES`` lines of its words or more, one of them
asking for the comment and one in a form's own shape (``form_shaped``: a field's label alone, "من أنت؟", "الاسم *",
"(مطلوب)", a notice that the comment shows only later or awaits approval, a comment box's line by rule): the words
alone are an interview's questions as often ("ما تعليقك على ...؟", "ما رسالتك لـ...؟", "هل تنتظرين الموافقة ...؟"),
each over its short answer, which ends a sentence as no field of a form does. Every line short
(``MAX_FORM_LINE_WORDS``), none going on from the article (``goes_on``) nor sharing ``CUT_LINE_SHARED`` of its words
(common words aside): a story about a platform's comments speaks of them in its own words, in paragraphs, and its
lines share its words. Nor under an article whose paragraphs speak of comments themselves, nor under a line
announcing it with a colon, nor made of list items: an article describing a form lists its fields so ("تتضمن هذه
الحقول ما يلي:" / "- الاسم: ..."), which a form never does. A few other short lines may stand between the block's
lines (a button, a field's hint), never prose of the article, nor an answer under a question (``_answered``); only
the block's own lines are the form's. The body finder (``text.bodyfind``, through ``text.neighbours``) drops them,
and its run ends at the block's first line (``text.runend.before_what_ends_the_page``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from text.lineshape import HARAKAT, ends_sentence, goes_on, normal, paragraph_score, strip_bullet
from text.rules import COMMENTS_ON_THE_POST
from text.scoredline import PROSE
from text.sharedwords import CUT_LINE_SHARED, KEY_PUNCTUATION, common_keys, word_keys

COMMENT_FORM = "comment form"
"""The reason a comment form's line is dropped (the line rules give it to the WordPress notice too)."""
COMMENTS = "comments"
"""The reason a comment box's header is dropped (the line rules give it to its counter and closed notice too)."""
COMMENT_REASONS = frozenset((COMMENTS, COMMENT_FORM, "comment policy"))
"""The line rules' reasons for a comment box's header, counter, notice and policy: lines of the form's block."""
MIN_POST_WORDS = 2
"""The post a comment box's header names is the page's title only when it is this long at least."""
MIN_FORM_LINES = 3
"""A form's block holds this many lines of its words at least (a header, a notice, a field)."""
MAX_FORM_LINE_WORDS = 20
"""Each line of a form is this long at most (a notice on moderation runs to 15 words)."""
MAX_LINES_BETWEEN = 2
"""Other short lines between two of the form's lines, this many at most (a button, a hint under a field)."""

ASKING = frozenset(("تعليق", "تعليقا", "التعليق", "تعليقات", "التعليقات", "تعليقك", "تعليقكم", "تعليقي", "مشاركتك",
                    "رسالتك", "ردك", "مساهمتك", "تعقيبك", "comment", "comments"))
"""Words asking for the comment: a comment, or the reader's own post, message or reply ("مشاركتك", "رسالتك")."""
FIELDS = frozenset(("الاسم", "الإسم", "اسمك", "اسمي", "البريد", "بريدك", "بريدي", "الإيميل", "الايميل", "إيميلك",
                    "ايميلك", "مطلوب", "مطلوبة", "إلزامي", "الإلزامية", "الإلزامي", "الحقول", "name", "email",
                    "e-mail", "website", "required"))
"""The commenter's fields and how a form marks them required: name, e-mail, "required"."""
MODERATION = frozenset(("مراقب", "مراقبة", "مراقبا", "استباقيا", "استباقية", "المراجعة", "مراجعته", "مراجعتها",
                        "الموافقة", "موافقة", "التصديق", "المدراء", "المشرف", "المشرفين", "moderated", "moderation",
                        "approved"))
"""The moderation a comment awaits: monitored, reviewed, approved by the site's managers."""
_FIELD_SHAPE = re.compile(r"^\s*من\s+(?:أنت|انت)\s*[؟?:]?\s*$|\*\s*$|\(\s*(?:مطلوب|مطلوبة|required)\s*\)")
"""A field in a form's shape: "who are you?" alone (the commenter's identity), or a label closed by the required
mark ("الاسم *") or "(مطلوب)"."""
FIELD_LABEL_WORDS = frozenset(("الاسم", "الإسم", "اسمك", "البريد", "بريدك", "الإلكتروني", "الالكتروني", "الإيميل",
                               "الايميل", "الموقع", "موقعك", "الهاتف", "اختياري", "مطلوب", "مطلوبة", "name", "email",
                               "e-mail", "mail", "website", "required", "optional"))
"""The words of a field's label alone ("الاسم", "البريد الإلكتروني", "الموقع (اختياري)")."""
MAX_LABEL_WORDS = 3
"""A field's label alone is this long at most."""
_ASKING_NOTICE = frozenset(("تعليق", "التعليق", "تعليقات", "التعليقات", "تعليقك", "تعليقكم", "مشاركتك", "المشاركات",
                            "comment", "comments"))
"""A comment named in a moderation notice ("التعليقات تخضع للمراجعة", "يخضع تعليقك لموافقة ...")."""
_SHOWS_AFTER = re.compile(r"(?:لن|سوف|س)\s*(?:يتم\s+نشر|ينشر|تنشر|يظهر|تظهر)|(?:سيظهر|ستظهر)")
"""A notice that the comment shows (or is published) only later: "لن تظهر مشاركتك إلا بعد ...", "سيظهر بعد ..."."""


def _words(text: str) -> set[str]:
    return {token.strip(KEY_PUNCTUATION + "*") for token in HARAKAT.sub("", text).lower().split()}


def asks_for_a_comment(text: str) -> bool:
    return bool(_words(text) & ASKING)


def names_a_field_or_moderation(text: str) -> bool:
    plain = HARAKAT.sub("", text)
    return bool(_words(text) & (FIELDS | MODERATION) or _FIELD_SHAPE.search(plain) or _SHOWS_AFTER.search(plain))


def form_shaped(text: str, reason: str | None) -> bool:
    """A line in a form's own shape, not a word of it: a comment box's line by rule (``COMMENT_REASONS``), a field
    (``_FIELD_SHAPE``: "من أنت؟", "الاسم *", "(مطلوب)"), a field's label alone (``FIELD_LABEL_WORDS``), a notice that
    the comment shows only later (``_SHOWS_AFTER``), or a moderation notice naming the comment, which asks nothing."""
    if reason in COMMENT_REASONS:
        return True
    plain = HARAKAT.sub("", text)
    words = _words(text) - {""}
    if _FIELD_SHAPE.search(plain) or _SHOWS_AFTER.search(plain):
        return True
    if words and len(text.split()) <= MAX_LABEL_WORDS and words <= FIELD_LABEL_WORDS:
        return True
    return (bool(words & MODERATION) and bool(words & _ASKING_NOTICE)
            and not plain.rstrip().endswith(("؟", "?")))


def comment_form_lines(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int]) -> dict[int, str]:
    """``COMMENT_FORM`` for each line of a comment form's block under the article's prose (see the module
    docstring), from its first line of the form's words to its last."""
    if not prose:
        return {}
    found: dict[int, str] = {}
    index = min(prose) + 1
    while index < len(lines):
        block = _block_from(lines, furniture, index)
        if block and _is_a_form(lines, furniture, prose, block):
            found.update({line: COMMENT_FORM for line in block if furniture[line] is None})
            index = block[-1] + 1
        else:
            index += 1
    return found


def comment_box_headers(lines: Sequence[str], furniture: Sequence[str | None],
                        prose: frozenset[int]) -> dict[int, str]:
    """``COMMENTS`` for a comment box's header naming the post (``text.rules.COMMENTS_ON_THE_POST``: "التعليقات -
    TITLE :", "3 تعليقات على “TITLE”") where the box stands: under the article's last paragraph (the page's last line
    of ``prose``), or anywhere when the post it names is the page's title (another line of the page says it alone).
    Its words head an opinion piece ("3 ردود على “...”"), a sub-heading between paragraphs ("تعليقان على «المادة
    12»") or a listicle ("5 أفكار حول «...»") as well, which stand over the article's prose."""
    said = {normal(line) for line in lines if line.strip()}
    last = max(prose, default=-1)
    found = {}
    for index, line in enumerate(lines):
        match = COMMENTS_ON_THE_POST.match(line.strip()) if furniture[index] is None else None
        if match is None:
            continue
        post = normal(match.group("dashed") or match.group("quoted") or "")
        if prose and index > last or len(post.split()) >= MIN_POST_WORDS and post in said:
            found[index] = COMMENTS
    return found


def _form_line(text: str, reason: str | None) -> bool:
    """A line of a form's words: a comment box's line by rule, or a short line asking for the comment, naming a
    field or the moderation."""
    if reason in COMMENT_REASONS:
        return True
    return (reason is None and 0 < len(text.split()) <= MAX_FORM_LINE_WORDS and strip_bullet(text) == text
            and (asks_for_a_comment(text) or names_a_field_or_moderation(text)))


def _announced(lines: Sequence[str], index: int) -> bool:
    """Whether the nearest line above ``index`` closes with a colon: it announces what follows (the article's own list
    of a form's fields, "تتضمن هذه الحقول ما يلي:")."""
    above = next((lines[other] for other in range(index - 1, -1, -1) if lines[other].strip()), "")
    return above.rstrip().endswith((":", "："))


def _block_from(lines: Sequence[str], furniture: Sequence[str | None], start: int) -> list[int]:
    """The form's lines of a block opening at ``start`` (a form's line), each next one at most
    ``MAX_LINES_BETWEEN`` other lines further on, those short and no prose; [] when ``start`` opens none."""
    if not _form_line(lines[start], furniture[start]):
        return []
    block, between = [start], 0
    for index in range(start + 1, len(lines)):
        text = lines[index]
        if not text.strip():
            continue
        if _form_line(text, furniture[index]):
            block.append(index)
            between = 0
            continue
        between += 1
        if (between > MAX_LINES_BETWEEN or furniture[index] is None
                and (len(text.split()) > MAX_FORM_LINE_WORDS or paragraph_score(text)[0] >= PROSE
                     and len(text.split()) > MAX_FORM_LINE_WORDS // 2)):
            break
    return block


def _answered(lines: Sequence[str], furniture: Sequence[str | None], block: list[int]) -> bool:
    """Whether a question of the block (a line closing with "؟") stands over a line ending a sentence that is none of
    the form's: an interview's question and its answer ("ما رسالتك للجمهور؟" / "أن يبقى قريبا منا.")."""
    taken = set(block)
    shown = [index for index in range(block[0], block[-1] + 2) if index < len(lines) and lines[index].strip()]
    return any(lines[above].rstrip().endswith(("؟", "?")) and below not in taken and furniture[below] is None
               and ends_sentence(lines[below]) for above, below in zip(shown, shown[1:]))


def _is_a_form(lines: Sequence[str], furniture: Sequence[str | None], prose: frozenset[int], block: list[int]) -> bool:
    """Whether the block's lines are a form's: ``MIN_FORM_LINES`` of them, one asking for the comment and one naming a
    field or the moderation, under the article's prose, none going on from it nor sharing its words."""
    if len(block) < MIN_FORM_LINES:
        return False
    texts = [lines[index] for index in block]
    reasons = [furniture[index] for index in block]
    asked = any(reason in COMMENT_REASONS or asks_for_a_comment(text) for text, reason in zip(texts, reasons))
    if not (asked and any(form_shaped(text, reason) for text, reason in zip(texts, reasons))):
        return False
    if _answered(lines, furniture, block):
        return False
    article = [lines[index] for index in sorted(prose) if index < block[0]]
    if not article or any(asks_for_a_comment(text) for text in article) or _announced(lines, block[0]):
        return False
    common = common_keys()
    known = set().union(*(word_keys(text) for text in article)) - common
    return not any(reason is None and (goes_on(text) or len((word_keys(text) - common) & known) >= CUT_LINE_SHARED)
                   for text, reason in zip(texts, reasons))
