"""Which line of a page is the article's title.

The rules say which lines may be the title at all: the title-shaped lines above
the article (see ``text.bodyfind``), and the article's first one or two lines when
they are title-shaped (a long photo caption may open the run, with the title under
it). Never furniture by rule or shape (dates, menus, breadcrumbs), a "Site |
Section" masthead, a site name, a label of one or two words, a byline, a sentence
(unless nothing else may be), a teaser under a "read also" marker; nor a line that
shares no word with the first paragraphs, unless the page names it as its title
elsewhere too (it repeats it, or a breadcrumb ends with it): a title names what its
article tells (360 of 361 annotated titles share a word with their lead), while a
page's first line sharing none is a "skip to content" link, a byline, a label or a
dateline. When no other line may be the title (but the lead's first sentence), a line the page
frames as its title is one whatever it shares: a column's figurative title under its
section's label over the byline, a round-up's title over its short items. Words are
compared after folding spelling variants and the prefixes
و ف ب ل ك and ال, so that "بالدوري" meets "دوري". Of the title's copies, the one
said alone stands for "Title | Site", "Site - Title", "Title Title" and the title
with a few words glued to it that the article does not tell (a breadcrumb's, a
caption's); a line the lead says word for word (a photo's caption, a standfirst)
gives way to one written as a title.
The article's first line written as one short sentence closed by a full stop may be
the title too ("ارتفاع أسعار الخبز في المدينة."), though far more often it is the
lead's first sentence: such a line is the title only when the model is sure enough
(``sentence_titles``); else the first-sentence fallback reads it, flagged.
When the page shows another story first (its title or lead opening the article's
run, sharing no word with our paragraphs), the title-shaped line right above the
first paragraph that tells our story may be the title too.

Among the lines allowed, ``text.title_model`` (a logistic model fitted on
annotated real pages) picks the likeliest: how many of its words the lead repeats
and whether another line shares more, whether the page names it as its title, its
place, length, ending and shape. Where the page's layout says more than the words,
the layout decides: a photo's caption under the date or byline block, right over the
lead, is not the title over the candidate above that block (unless a breadcrumb names
the lower line).

When no line is allowed, the caller falls back to the first sentence, flagged, unless the article's first line is a
title headed by its topic and a colon ("PLACE: NOUN ...", ``text.topictitle``): a lead opening so goes on with a verb.

This module gathers the candidates and picks the title among them; its parts live in: ``text.titlewords`` (how a
title's words are compared with the lead's), ``text.titleshape`` (whether a line is shaped like a title or a
paragraph), ``text.livetitle`` (a live page's entries and title), ``text.titlecrumbs`` (what a breadcrumb or a
masthead says of the title) and ``text.bylines`` (lines that credit the article, never its title).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from text.blocks import looks_like_heading
from text.bodyfind import Body, LineScore, READ_ALSO_REASON, SAID_TWICE, in_a_table, sub_headings
from text.bylines import (COMMA_MARK, CREDIT, JOINERS, MAX_WRITER_WORDS, SEPARATOR, WRITER, bylined, credit_of_parts,
                          dangling, dated_credit, dateline_credit, posted_writer, writer_named, writer_role_alone,
                          writer_with_role, writers_line)
from text.clean import FOLD
from text.credits import (PARTICLES as CREDIT_PARTICLES, desk_credit, is_section_name, names_a_section,
                          names_an_outlet)
from text.doubled import doubled_title, once_said
from text.grammar import PREPOSITIONS
from text.latinnames import named_in_latin
from text.lineshape import (COMMA, HARAKAT, LINKING_WORDS, NEEDS_WHAT_FOLLOWS, SECOND_PERSON, SEGMENTS,
                            SENTENCE_PARTICLES, SITE_VOICE, answers_above, bare_words, calls_the_reader, clause_marks,
                            continues_paragraph, ends_sentence, has_page_script, has_sentence_particle, in_other_script,
                            is_label, is_present_verb, joined_to, normal, points_at_the_site, shows_a_scene,
                            strip_bullet)
from text.livetitle import TIME_AGO, live_entry_heading, live_title_over_its_entries
from text.namecredits import names_a_credit
from text.photolabels import wire_caption
from text.rules import (BYLINE_OPENERS, CAPTION_REASON, DATELINE_ALONE, DATELINE_CITIES, DATELINE_HEAD, MASTHEAD,
                        SECTION_LABEL, SITE_NAMES, WEEKDAYS, credited_to_an_unlisted_source, glued_prefix)
from text.slashtitle import slash_segmented
from text.title_model import (DIACRITICS, Context, line_features, opens_with_hollow_verb, opens_with_past_verb,
                               title_model)
from text.titlecrumbs import (CRUMB_SEPARATOR, HOME_CRUMB_SEPARATOR, MAX_GLUED_WORDS, glued_crumb,
                              home_crumb_before, is_masthead, named_by_a_home_crumb, named_by_breadcrumb,
                              opens_on_home, run_into)
from text.titleshape import (CLOSING_MARKS, GOES_ON, MIN_TITLE_WORDS, is_paragraph, stops_short, title_sized,
                             two_words_exclaimed)
from text.titleedges import unframed_titles
from text.topictitle import headed_by_its_topic
from text.titlewords import (LEAD_WORDS, Stems, WORD_TOKEN, content_forms, content_stems, folded_word, lead_stems,
                             overlap, stem, stems_of, without_name_joiners)

__all__ = ["CRUMB_SEPARATOR", "HOME_CRUMB_SEPARATOR", "MIN_TITLE_WORDS", "TitleChoice", "choose_headline",
           "choose_title", "content_forms", "content_stems", "inner_sub_headings", "is_masthead", "live_entry_heading",
           "may_open_as_title", "named_by_breadcrumb", "never_title", "opens_going_on", "opens_on_home", "overlap",
           "pick_title", "sentence_titles", "stem", "stems_of", "title_candidates", "wraps_into_the_lead",
           "writer_with_role"]
"""The headline's public names, some of them defined in the modules it is split into (see the module docstring)."""

MAX_TITLE_WORDS = 30
MAX_SEGMENTED_TITLE_WORDS = 45
"""A title made of short parts joined by ".." ("محطة التحلية تعمل.. مئة ألف متر مكعب يوميا.. ..") may run to this many
words."""
MAX_SEGMENT_WORDS = 20
_SEGMENT_END = re.compile(r"(?:\.{2,}|…)$")
MIN_NAMED_WORDS = 5
"""A line the page repeats is named as its title only from this many words (``_named_as_title``)."""
_YEAR = re.compile(r"(?:19|20)[0-9]{2}|[\u0661\u0662][\u0660-\u0669]{3}")
"""A year ("2026", "٢٠٢٦")."""
_CONJOINED_VERB = re.compile(r"^و[يت]\S{3,}")
"""و joined to a verb of the present or of forms V/VI ("ويهدف", "وتابع") -- or to a noun or name that merely begins
so ("وتيرة", "ويندوز"): only with the build of a sentence (``_goes_on_with_verb``) is it a paragraph going on."""
GOING_ON_WORDS = 12
"""A line opening with و + ي/ت this long, with no clause mark or sentence particle, reads as prose going on."""
_FEMININE_NOUN = re.compile(r"^[وف]\S{2,}(?:ة|ات)(?=\s|$)")
"""A noun that merely begins with و or ف ("وزارة", "فعاليات"): its ending is one no verb has, so it does not go on
from a paragraph before as "وأشار", "فيما" or a verb of و's root do ("وقعت", "واصل": a lead that lost its full stop)."""
_FIELD = re.compile(r"^[^:：]{2,30}[:：]\s*(?=[^:：]*[0-9\u0660-\u0669])\S+(?:\s\S+){0,2}$")
"""A page's field: a label, a colon and a short value with a number ("مدة القراءة : 1 دقائق")."""
_TABLE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
_WEB_ADDRESS = re.compile(r"https?://|www\.", re.IGNORECASE)
_SITE_TAIL = re.compile(r"^(.{10,}?)\s+[|｜\-–—]\s+\S+(?:\s\S+){0,3}$")
"""A line with a site's name (one to four words) after a bar or dash: "Title | Site"."""
MAX_OPENING_TITLE_WORDS = 20
"""An opening line longer than this is the title only above a longer, finished paragraph."""
LOOK_AHEAD = 3
"""How many lines below a long opening line that paragraph may be (a date or a caption may stand between)."""
_REPORTED = frozenset(("أن", "إن", "أنه", "إنه", "أنها", "إنها", "بأن", "بأنه"))
"""Words that report speech ("أعلنت الشركة أنها ..."): a lead's, never a title's (none of 140 annotated
titles has one; a third of the first lines of articles do)."""
_NO_SPEECH_BEFORE = frozenset(("بعد", "قبل", "منذ", "دون", "بدون", "كاد", "كادت", "يكاد", "تكاد"))
"""Words after which "أن" reports no speech: after a word of time or "without" it makes a verbal noun ("بعد أن أقر
المجلس ..." = after the council passed), after كاد it completes the verb ("كادت أن تقع"). Not "إلى أن" ("لفت إلى
أن ...": speech reported) nor "حتى أن" (a lead's second clause)."""
_TOPIC_HEAD = re.compile(r"^[^:：،,.]{2,40}[:：]\s")
"""A title's topic before a colon ("بطولة مدريد: ..."), no clause of a lead."""
LEAD_CLAUSES = 2
"""An opening line with this many commas or other clause marks inside is a lead without its full stop."""
PAST_VERB_PLACES = 3
"""A lead's verb in the past tense stands among its first words ("أعلنت الوزارة", "وزير الخارجية أكد"): a line with one
there is no title the page restates (``_may_head``)."""
MIN_COPY_WORDS = 6
"""A line of this many words or more that the lead says word for word is a copy of it, not a title written for it
(a short title, "انقطاع الكهرباء", may well recur in the lead)."""
_KICKER_FIRST = re.compile(r"^[^\s.…:：|｜\-–—/]+\s*(?:\.{2,}|…|[:：|｜\-–—/])")
"""A line's first word set apart from the rest by "..", "…", a colon, a bar, a dash or a slash: a kicker
("رسميا.. زيادة الرواتب", "الصحة: حملة تطعيم"), no word of a sentence the lead copies."""
MARKERS = frozenset(("عاجل", "خاص", "حصري", "فيديو", "بالفيديو", "بالصور", "صور", "صورة", "الصورة", "مباشر", "تحديث",
                     "الآن", "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "شاهد", "شاهد أيضا"))
"""Words that mark a line as a ticker's, a kicker's, a photo's or a box's, not a section's label (``_is_section``,
``_under_a_marker``)."""
COLUMN_SECTIONS = frozenset(("آراء", "اراء", "رأي", "الرأي", "مقالات", "مقالات الرأي", "أعمدة", "كتاب وآراء",
                             "كتاب الرأي", "وجهات نظر", "زوايا", "مقال", "مقالات وآراء", "آراء ومقالات", "اراء ومقالات",
                             "رأي ومقالات", "مقالات رأي", "آراء وتحليلات", "آراء وأفكار"))
"""The sections opinion columns stand in, over a column's title (``_framed_as_title``); the two words of a joined
name either way round ("مقالات وآراء", "آراء ومقالات")."""
ROUND_UP_ITEMS = 3
ROUND_UP_ITEM_WORDS = 12
"""A round-up (a press review, a news brief) opens with this many items or more of this many words at most: no lead
paragraph under its title (``_round_up_title``)."""
MAX_OPENING_LINES = 10
"""How far into the article's run a title may stand under another story's lines (``_under_other_story``): the
page's header lines (menus, dates, labels) may stand between."""
LEAD_BELOW = 5
"""How many lines under such a title its first paragraph may come (a date, a byline, a caption between)."""
ON_TOPIC = 0.5
"""A title under another story's lines shares this much of its words with the paragraphs under it, ..."""
MIN_SHARED_WORDS = 2
"""... and at least this many words (one shared word is no story: a photo's caption "صور من الحفل")."""
OFF_TOPIC = 0.2
"""... and each line above it less than this."""
TICKER_SHARED_WORDS = 1
"""A line above the article sharing this many of the lead's words or fewer, between two other stories' titles, is one
more of them (``_among_other_titles``)."""
MAY_BE_TITLE = (None, "caption in English", "line in Arabic", "video teaser")
"""Verdicts of the furniture rules a line above the article may have and still be its title: a title tagged as a
gallery or a video ("بالصور.. ...", "فيديو | ...") is another story's teaser inside or after an article, but above
it the page's own title (3 of 3 such lines above the article on the training pages)."""
MIN_TITLE_OVER_CAPTION = 0.5
"""A candidate over the date or byline block is the title over the model's pick in the caption's place under that
block when the model gives it this much (``_title_over_the_meta_block``)."""
UNSURE_PICK = 0.7
"""The model's pick in the caption's place stands as the title by itself from this probability: on the 693 readable
pages (session 29) the model's picks below it are the annotated title 13 times in 22, about a coin's toss, and from it
337 times in 362 (93%). Below it a title said twice over the date or byline block may win over the pick
(``_title_said_twice_over_an_unsure_pick``)."""
NOTICE_STANCE = ("تعبر", "يعبر", "تمثل", "يمثل", "تعكس", "يعكس", "تلزم", "يلزم", "تتحمل", "يتحمل", "تتبنى", "يتبنى",
                 "مسؤولية", "مسئولية", "عهدة")
"""What an opinion page's notice says of what it publishes: it "expresses", "represents", "binds", or is the
"responsibility" of someone (``_editorial_notice``)."""
NOTICE_OWNER = ("الكاتب", "الكاتبة", "كاتبه", "كاتبها", "كاتبيها", "كتابها", "أصحابها", "صاحبها", "صاحبه", "أصحابه",
                "الموقع", "الصحيفة", "الجريدة", "المجلة", "المؤسسة", "الإدارة", "التحرير", "الوكالة")
"""Whose opinion or responsibility the notice names: the writers' or the site's (``_editorial_notice``)."""
NOTICE_SCOPE = ("لا", "ليس", "ليست", "بالضرورة", "وحده", "وحدها", "وحدهم", "فقط", "المقالات", "المقال", "الآراء",
                "المنشورة", "المنشور", "ينشر", "الواردة", "يرد", "ورد", "المواد", "التعليقات", "المحتوى")
"""What the notice covers or how it limits it: what is published ("المقالات المنشورة", "ما ينشر") or "not
necessarily", "alone" (``_editorial_notice``)."""


def _whole_words(*words: str) -> re.Pattern[str]:
    """Any of ``words`` as a whole word of a line without diacritics, folded (``FOLD``): "كاتبه" is not "كاتبها"."""
    return re.compile(r"(?<!\w)(?:%s)(?!\w)" % "|".join(re.escape(word.translate(FOLD)) for word in words))


_NOTICE_PARTS = (_whole_words(*NOTICE_STANCE), _whole_words(*NOTICE_OWNER), _whole_words(*NOTICE_SCOPE))


MAX_OPENING_TITLES = 2
"""Title-shaped lines at the article's start that may be its title: a caption or kicker, then the title."""
GLUED_IN_LEAD = 0.5
"""Glued words of which the lead tells less than this share are no part of the title."""
_CREDIT_OPENERS = (*(word for word in BYLINE_OPENERS if word != "تقرير"), "اعداد", "تصوير")
"""A role before a colon is a credit whatever follows ("تحرير: NAME", "تصوير: NAME"); "تقرير:" may head a report's
title."""
_CREDITED = re.compile(rf"^(?:{'|'.join(_CREDIT_OPENERS)}"
                       r"|[\u0621-\u064a]\.?(?=\s*[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){0,2}$))\s*[:：]", re.IGNORECASE)
"""A role before a colon ("تحرير: NAME"), or a role's first letter before a colon and a name of three words at most
("ت: NAME", "ص: NAME" for تصوير, ترجمة, صورة): a credit. No title's topic is one letter."""
_PHOTO_CREDIT = re.compile(r"\S[\s.(\-–—|/]+(?:صورة|الصورة|تصوير)\s*[:：]\s*[^\s:：]+(?:\s+[^\s:：]+){0,2}\)?$")
"""A photo's credit closing its caption ("... الميناء. صورة: سارة علي"): a name of three words at most ends the line.
A title tagged as a photo story may open with "صورة:", or hold it after a word ("قصة صورة: طفل ... إلى جدته"):
only a short name closing the line makes it a credit."""
LIST_COMMAS = 3
"""A line with this many commas is a list (of tags, of names), not a title (no annotated title has two)."""
_PUNCTUATION = re.compile(r"[\u060c\u061b\u061f\u066a-\u066d\u06d4]")
"""Arabic punctuation (، ؛ ؟ ٪ ٫ ٬ ٭ ۔), which the letters' block holds too."""


def is_title_line(line: str) -> bool:
    """A title: not a long paragraph, not a sentence closed by one full stop ('..' and '?' are fine)."""
    text = strip_bullet(line)
    words = len(text.split())
    if not text or (words > MAX_TITLE_WORDS and not _segmented(text)) or (text != line and words < 3):
        return False
    if text[-1] in ":：،,؛":
        return False
    return not (text.endswith(".") and not text.endswith("..") and words > 6)


def _segmented(text: str) -> bool:
    """A long title of short parts joined by ".." and no comma (a lead's long sentence has its clauses), or of
    headlines joined by a spaced slash (``text.slashtitle``)."""
    if len(text.split()) > MAX_SEGMENTED_TITLE_WORDS:
        return False
    if slash_segmented(text):
        return True
    parts = [part for part in SEGMENTS.split(text) if part.strip()]
    return (len(parts) >= 2 and not COMMA_MARK.search(text)
            and max(len(part.split()) for part in parts) <= MAX_SEGMENT_WORDS)


def may_open_as_title(line: str) -> bool:
    """Whether a page's first line (past its masthead) may be its title when the article cannot be told from
    the rest: shaped like a title, and none of the shapes that never are (a credit, a writer's line, a lead
    reporting speech, a line cut short...)."""
    text = strip_bullet(line)
    tokens = WORD_TOKEN.findall(text)
    return (is_title_line(line) and bool(tokens) and not never_title(text) and not stops_short(text)
            and not (WRITER.match(text) and len(text.split()) <= MAX_WRITER_WORDS))


@dataclass(frozen=True)
class TitleChoice:
    """The title line chosen, if any, and how."""

    index: int | None
    scored: list[tuple[int, float]]
    """Every candidate with its probability of being the title."""
    by_its_topic: bool = False
    """Taken on its shape alone ("TOPIC: NEWS", ``_title_headed_by_its_topic``) when no rule or the model took a line:
    evidence for the title line and no further, so no line under it is dropped for its place under a title (a short
    line there is a photo's caption under a title, the article's first sub-heading under a lead)."""
    set_apart: bool = False
    """Taken as a title written as one sentence that the page sets apart from its lead (``_sentence_set_apart``) though
    the model is unsure of it: evidence for the title line and no further, as ``by_its_topic``."""


def choose_headline(body: Body) -> tuple[int | None, list[tuple[int, float]]]:
    """(index of the title line or None, every candidate with its probability of being the title): ``choose_title``."""
    choice = choose_title(body)
    return choice.index, choice.scored


def choose_title(body: Body) -> TitleChoice:
    """The title line and every candidate with its probability of being the title.

    The rules (``_rule_candidates``) say which lines may be the title at all; ``text.title_model``, fitted
    on real pages, weighs those and picks the likeliest, unless even that one is below the model's
    threshold: then the page has no title line, unless its first line is a title headed by its topic
    (``_title_headed_by_its_topic``), and the caller falls back to the first sentence."""
    model = title_model()
    body = unframed_titles(body)
    found = _candidates_of_unframed(body)
    scored = [(index, round(model.probability(values), 3)) for index, values in found]
    sentences = sentence_titles(body, [index for index, _ in found])
    best = pick_title(scored, model.threshold, sentences, model.sentence_threshold)
    likelihood = dict(scored)
    best = _title_said_twice_over(body, best, likelihood)
    best = _title_copied_over_the_lead(body, best, likelihood)
    best = _title_over_the_meta_block(body, best, likelihood)
    if best is None and (topic := _title_headed_by_its_topic(body)) is not None:
        return TitleChoice(topic, scored, by_its_topic=True)
    if best is None and (apart := _sentence_set_apart(body, sentences, likelihood)) is not None:
        return TitleChoice(apart, scored, set_apart=True)
    return TitleChoice(best, scored)


SET_APART_THRESHOLD = 0.3
"""A one-sentence title set apart from its lead (``_sentence_set_apart``) is taken from this probability, under the
model's ``sentence_threshold``. On the training pages (sessions 27 and 28 and the shared ones) the sentence candidates
set apart so from 0.3 and under the sentence threshold are 3 titles (0.33-0.47) and no lead's first sentence (one at
0.37 opens with a hollow verb: ``opens_with_hollow_verb``); from 0.2 to 0.3, 2 titles and 1 lead's first sentence, too
few titles for each lead to take (false titles cost more than misses: the fallback reads the same line, flagged);
under 0.2 leads only (0.02-0.18)."""


def _sentence_set_apart(body: Body, sentences: frozenset[int], likelihood: dict[int, float]) -> int | None:
    """The article's first line as its title when no candidate reaches its threshold and the line is a candidate
    written as one sentence (``sentence_titles``: "مكتبة الحي تفتح أبوابها للقراء.") that the model gives
    ``SET_APART_THRESHOLD`` or more, and that the page sets apart from its lead as a title stands over it: the
    paragraph under it (``_next_paragraph``: a date or a caption may stand between) opens anew, not going on from what
    was said (``opens_going_on``, ``_goes_on``: "وأضاف ...", "وبحسب ...", "حيث ..."; ``answers_above``: "من جهته، ...",
    "بدوره، ...", "إلى ذلك، ...", "يأتي ذلك ..."), and the line does not tell its news as a lead does
    (``_opens_as_a_lead``: "نال الفريق ...", "المدينة - ..."; a title tells it in the present or names it). On the
    training pages the paragraph under the article's first line goes on from it on 124 of the 232 pages without a title
    line whose first line is closed by a full stop, under 1 of the 9 titles closed so (a verb's و read as a
    conjunction: "وافق"). Else None: the first sentence stands in, flagged."""
    index = body.start
    if index not in sentences or likelihood.get(index, 0.0) < SET_APART_THRESHOLD:
        return None
    below = _next_paragraph(body, index)
    if below is None or opens_going_on(below.text) or _goes_on(below.text) or answers_above(below.text):
        return None
    return None if _opens_as_a_lead(body.lines[index].text) else index


CIRCUMSTANCE_PLACES = 8
"""A lead may open with its circumstance, a preposition's phrase, before its verb in the past ("في إطار حملتها نظمت
الجمعية ...", "خلال زيارته للمدينة افتتح الوزير ..."): the verb is looked for among this many words when the line opens
with a preposition and no mark sets the phrase apart as a title's kicker ("في ظل الأزمة.. تحرك أممي"). On the annotated
pages (sessions 27 to 30 and the shared ones) 22 first body lines of 22 sites have their verb there, past
``PAST_VERB_PLACES``, and 2 of 567 titles, neither written as one sentence."""
_KICKER_MARK = re.compile(r"\.\.|…|[:：|｜\-–—]")


def _opens_as_a_lead(text: str) -> bool:
    """Whether a line tells its news as a lead does: opened by a dateline, a city and a dash or an agency's bracket
    ("المدينة - ...", ``DATELINE_HEAD``; a city and a colon heads a title's topic); or, past the city or its topic's
    head ("الوادي: ..."), with a verb in the past among its first words (``PAST_VERB_PLACES``: "أعلنت البلدية ...",
    "«صحيفة النهر» أعلنت ...", after a circumstance up to ``CIRCUMSTANCE_PLACES``: "في ختام الدورة أعلنت ...") or a
    hollow verb opening it before its subject (``opens_with_hollow_verb``: "نال الفريق ...", "أشاد الوزير ..."). Only
    the shapes ``PAST_VERB`` and ``HOLLOW_PAST_VERB`` know: a verb of three letters with a doubled one ("أكد", "توج"),
    a weak last letter ("دعا", "لقي") or the shapes a noun or a verb of the present shares ("شارك" and "لاعب", "تمكن"
    and "تعلن") are not seen."""
    dateline = DATELINE_HEAD.match(text)  # 7 first body lines of 7 sites on the annotated pages, no title
    if dateline and re.search(r"[-–—(]", text[:dateline.end() + 1]):
        return True
    text = _without_dateline(text)
    head = _TOPIC_HEAD.match(text)
    words = (text[head.end():] if head else text).split()
    circumstance = bool(words) and words[0] in PREPOSITIONS and not any(
        _KICKER_MARK.search(word) for word in words[:CIRCUMSTANCE_PLACES])
    places = CIRCUMSTANCE_PLACES if circumstance else PAST_VERB_PLACES
    return (any(opens_with_past_verb(" ".join(words[place:])) for place in range(min(places, len(words))))
            or opens_with_hollow_verb(" ".join(words)))


def _title_headed_by_its_topic(body: Body) -> int | None:
    """The article's first line as its title when no line may be one by the rules and the model, and the line is a
    title headed by its topic (``text.topictitle``: "PLACE: NOUN ..."), of a title's size, over a longer paragraph
    (its copies aside: a page may say its title twice) whose words it shares (``_tells_the_lead``). Else None: the
    first sentence stands in, flagged."""
    index = body.start
    if index >= body.end:
        return None
    line = body.lines[index]
    text = line.text
    if line.furniture is not None or strip_bullet(text) != text or not title_sized(text) \
            or len(text.split()) > MAX_TITLE_WORDS or never_title(text) or not headed_by_its_topic(text):
        return None
    key = said_once(text)
    below = next((other for other in body.lines[index + 1:min(body.end, index + 1 + LEAD_BELOW)]
                  if is_paragraph(other) and said_once(other.text) != key), None)
    if below is None or len(below.text.split()) <= len(text.split()):
        return None
    return index if _tells_the_lead(text, lead_stems(body, start=index + 1), _text_below(body, index)) else None


TITLE_WORDS_TOLD = 0.5
"""The share of a title's content words the article tells, which a line said twice around a widget must exceed to be
taken over the model's pick (``_title_copied_over_the_lead``)."""


def _title_copied_over_the_lead(body: Body, best: int | None, likelihood: dict[int, float]) -> int | None:
    """The title when the model picks one of the article's own lines while a candidate above the article is one of two
    copies opening the page with a widget a rule took between them (``_copied_around_a_widget``: the page's heading,
    a share box, its title) and most of its content words are the article's (more than ``TITLE_WORDS_TOLD``; a title
    may tell the story figuratively, "تطور المؤشرات ..." over the figures, so the whole article is asked, not only
    its lead). The page names that line its title by saying it twice where a title stands; the article's line taken
    as the title would be lost from the story. A site's slogan said twice so ("أخبار البلاد لحظة بلحظة") shares a
    word with the story at most by chance, and the model's pick stands."""
    if best is None or best < body.start:
        return best
    copies = [index for index in likelihood if index < body.start and _copied_around_a_widget(body, index)]
    if not copies:
        return best
    title = max(copies)
    told = stems_of(*(line.text for line in body.lines[body.start:body.end] if line.furniture is None))
    return title if overlap(said_once(body.lines[title].text), told) > TITLE_WORDS_TOLD else best


def _title_said_twice_over(body: Body, best: int | None, likelihood: dict[int, float]) -> int | None:
    """The title when the model's pick stands right under a candidate the page says twice in a row (two copies one
    over the other, or glued on one line: the page's title and its heading) of a title's length
    (``MIN_NAMED_WORDS``), and the page says the pick once: the pick is that title's deck or its photo's caption,
    which shares more of the lead's words by telling more of it. A line said twice in a row above the article is the
    page's title on the annotated pages (as ``text.bodyfind`` says); here it must also tell the lead's story in the
    lead's words (``_on_topic``: half its words and two or more), as a site's slogan or another story's title said
    twice (a logo's text and its alt) does not: they meet the lead on a word or two by chance (the town a site is named
    after, "اليوم"). A gallery's caption said twice may stand over the title too, and names who or what it shows: a
    line that only names (no verb of the present, no preposition or particle: "الوزير ورئيس البلدية وأعضاء المجلس",
    ``_tells_something``) or shows a scene (``shows_a_scene``) is left alone, and so is a line a label opens
    (``_LABELLED``: "السابق: ...", "ملف ...: ...": a link to another story, a file's name). A figurative title sharing
    fewer words stays as the model reads it."""
    if best is None or best < 2 or best - 1 not in likelihood or _named_twice(body, best):
        return best
    above = body.lines[best - 1].text
    key = said_once(above)
    in_a_row = key == said_once(body.lines[best - 2].text) or doubled_title(strip_bullet(above)) is not None
    if not in_a_row or len(WORD_TOKEN.findall(key)) < MIN_NAMED_WORDS or shows_a_scene(key) \
            or not _tells_something(key) or _LABELLED.match(key):
        return best
    lead = lead_stems(body, start=max(body.start, best + 1))
    return best - 1 if _on_topic(key, lead) and _tells_the_lead(key, lead, body.lines[best].text) else best


_LABEL_HEAD_WORDS = 5
_LABELLED = re.compile(rf"^(?:(?:[^\s:：]+\s+){{0,{_LABEL_HEAD_WORDS - 1}}}(?:السابق|التالي|السابقة|التالية)\s*[:：]"
                       r"|ملف(?:ات)?(?=[\s:：]))")
"""A line a label opens: a link to the story before or after, its label closed by a colon within
``_LABEL_HEAD_WORDS`` words ("السابق:", "المقال التالي:"), or the name of a file the site gathers stories in ("ملف:",
"ملف أزمة المياه: ...", "ملف أزمة المياه في ..."). Said twice over a title, it is a box's line, not the title
(reviewer s22/review_headline.md M1); a kicker naming a source ("الصحة: ...") opens a title."""

_JOINED_PREPOSITION = re.compile(r"^[وف]?(?:[بلك]ال|لل|[بل][أإ])\S{2,}")
"""A preposition joined to its noun: ب, ل or ك before the article ("بالموافقة", "للطلاب"), or ب or ل before a hamza
("لإنهاء", "بأسعار"); a name seldom opens so."""


def _tells_something(text: str) -> bool:
    """Whether a line tells more than names: it holds a verb of the present ("الوزارة تطلق ...") or a word that builds
    a phrase (``NEEDS_WHAT_FOLLOWS``: "توضيح حول ...", "زيادة في ..."; a preposition joined to its noun,
    ``_JOINED_PREPOSITION``: "خطة لإنهاء الأزمة"). A photo's caption may only name who is shown ("الوزير ورئيس
    البلدية وأعضاء المجلس")."""
    words = [DIACRITICS.sub("", word).strip(_MARKS_AROUND) for word in text.split()]
    return any(word in NEEDS_WHAT_FOLLOWS or is_present_verb(word) or _JOINED_PREPOSITION.match(word)
               for word in words)


def _named_twice(body: Body, index: int) -> bool:
    """Whether the page has line ``index`` twice or more (``_repeats``, of any size: not ``_named_as_title``), or a
    breadcrumb ends with it."""
    return _repeats(body)[said_once(body.lines[index].text)] > 1 or index in named_by_breadcrumb(body)


def _title_over_the_meta_block(body: Body, best: int | None, likelihood: dict[int, float]) -> int | None:
    """The title when the model's pick stands in a photo's caption's place: right over the article's first paragraph,
    under the date or byline block (``_meta_line``: furniture by rule or shape, a writer's line; one line or more), with
    a candidate right over that block that the page puts first (only its header above it, ``_opens_page``, and no
    ticker's marker right above, ``_under_a_marker``; or a breadcrumb names it) and that the model leans to calling the
    title too (``MIN_TITLE_OVER_CAPTION``), unless a breadcrumb names the pick itself (a crumb ending with the title's
    first words, a same-topic teaser over the date). Title, date and byline, the featured image's caption, the lead: the
    commonest head of a news page (WordPress and its themes); the caption names what the photo shows in the lead's
    words, so it shares more of them than the title does."""
    if best is None or not is_paragraph(_next_paragraph(body, best) or body.lines[best]):
        return best
    above = max((index for index in likelihood if index < best), default=None)
    if above is None:
        return best
    said_twice = _title_said_twice_over_an_unsure_pick(body, above, best, likelihood)
    if likelihood[above] < MIN_TITLE_OVER_CAPTION and not said_twice:
        return best
    block = body.lines[above + 1:best]
    crumbed = named_by_breadcrumb(body)
    if best in crumbed or named_by_a_home_crumb(body, best):  # the title under the date, a teaser above it
        return best
    named = _opens_page(body, above) and not _under_a_marker(body, above) or above in crumbed or said_twice
    return above if block and named and all(map(_meta_line, block)) else best


def _title_said_twice_over_an_unsure_pick(body: Body, above: int, best: int, likelihood: dict[int, float]) -> bool:
    """Whether the candidate ``above`` the date or byline block is the title though the model gives it little: the
    page says it twice in a row (``_said_twice_in_a_row``; the pick once), its first copy opens the page under no
    ticker's marker (``_opens_page``, ``_under_a_marker``: "عاجل" over another story's line), it tells the lead's
    story in the lead's words (``_on_topic``, as ``_title_said_twice_over`` asks), and the model is unsure of its pick
    under the block (below ``UNSURE_PICK``). A site's slogan, a section's name or another story's teaser said twice
    (a logo's text and its alt, a "latest" box's last item) meets none of the lead's words or stands over a title
    the model is sure of, which then stays the title."""
    if not _said_twice_in_a_row(body, above) or _said_twice_in_a_row(body, best) or likelihood[best] >= UNSURE_PICK:
        return False
    if not _opens_page(body, above - 1) or _under_a_marker(body, above - 1):
        return False
    return _on_topic(said_once(body.lines[above].text), lead_stems(body, start=best))  # (the pick: the lead's line)


def _said_twice_in_a_row(body: Body, index: int) -> bool:
    """Whether line ``index`` is the second of two copies one right over the other (``said_once``: "Title" and
    "Title | Site" alike), of a title's length (``MIN_NAMED_WORDS``): the page's title and its heading, as a theme
    prints them over the date or byline block, or a site's slogan or another story's line said twice
    (``_title_said_twice_over_an_unsure_pick`` tells them apart)."""
    if index < 1:
        return False
    key = said_once(body.lines[index].text)
    return key == said_once(body.lines[index - 1].text) and len(WORD_TOKEN.findall(key)) >= MIN_NAMED_WORDS


def _under_a_marker(body: Body, index: int) -> bool:
    """Whether a ticker's or kicker's marker (``MARKERS``: "عاجل") stands right above line ``index``: another story's
    line, not the page's title."""
    return index > 0 and strip_bullet(body.lines[index - 1].text).strip(" :：") in MARKERS


def _meta_line(line: LineScore) -> bool:
    """A line of the date or byline block under a title: furniture by rule or shape, a writer's line by its opener
    (``bylined``), a writer's name and role ("NAME - كاتب وصحفي", ``CREDIT``; "د. NAME - خبير ...",
    ``writer_with_role``), a name beside a label or a place ("المهندس: NAME", ``text.namecredits``)."""
    return line.furniture is not None or writers_line(line.text) or names_a_credit(line.text)


def pick_title(scored: list[tuple[int, float]], threshold: float, sentences: frozenset[int] = frozenset(),
               sentence_threshold: float = 0.0) -> int | None:
    """The likeliest candidate (on a tie the line nearer the article), or None when even it is below
    ``threshold``; a candidate written as one sentence inside the article (``sentences``) only when it reaches
    ``sentence_threshold``."""
    scored = [(index, likelihood) for index, likelihood in scored
              if index not in sentences or likelihood >= sentence_threshold]
    if not scored:
        return None
    best, likelihood = max(scored, key=lambda item: (item[1], item[0]))
    return best if likelihood >= threshold else None


def sentence_titles(body: Body, candidates: list[int]) -> frozenset[int]:
    """The candidates written as one sentence inside the article (``_one_sentence_title``; the article's other
    first lines that may be its title are title lines): the title only when the model is sure enough
    (``TitleModel.sentence_threshold``), for they may as well be the lead's first sentence."""
    return frozenset(index for index in candidates if index >= body.start and not is_title_line(body.lines[index].text))


def title_candidates(body: Body) -> list[tuple[int, tuple[float, ...]]]:
    """(index, features) of each line the rules allow as the title, top to bottom (lines framed by marks alone read
    without them: ``text.titleedges``)."""
    return _candidates_of_unframed(unframed_titles(body))


def _candidates_of_unframed(body: Body) -> list[tuple[int, tuple[float, ...]]]:
    """``title_candidates`` of a page whose framed lines are already read without their marks."""
    repeats = _repeats(body)
    crumbed = named_by_breadcrumb(body)
    allowed = _rule_candidates(body, repeats, crumbed)
    if not allowed:
        return []
    zone, after_opening = title_zone(body)
    opening = _opening_lines(body)
    lead = lead_stems(body)
    # A line above the article is compared with its first lines, one of them with the lines after it.
    texts = {index: _without_dateline(strip_bullet(body.lines[index].text)) for index in allowed}
    shares = {index: overlap(texts[index], lead if index < body.start else after_opening if index < opening
                             else lead_stems(body, start=index + 1)) for index in allowed}
    counts = {index: _words_shared(texts[index], shares[index]) for index in allowed}
    found = []
    for index in allowed:
        text = strip_bullet(body.lines[index].text)
        context = Context(
            zone=tuple(zone), lead_share=shares[index],
            best_other_share=max((share for other, share in shares.items() if other != index), default=0.0),
            lead_words=counts[index],
            best_other_words=max((count for other, count in counts.items() if other != index), default=0.0),
            named_as_title=_named_as_title(text, repeats) or index in crumbed, opens_page=_opens_page(body, index),
            under_candidate=index - 1 in allowed)
        found.append((index, line_features(body, index, allowed, context)))
    return found


def _named_as_title(text: str, repeats: Counter[str]) -> bool:
    """Whether the page names the line as its title by saying it twice or more: a line of a title's length
    (``MIN_NAMED_WORDS`` words or more). A page repeats its short labels as often (a category in the menu and over
    the article, a tag and its link: "مؤسسة كهرباء لبنان" twice), so repetition names no line of three or four words
    (the title model's "named as the title on the page"; the rules still let a repeated line of any size through)."""
    return repeats[said_once(text)] > 1 and len(WORD_TOKEN.findall(text)) >= MIN_NAMED_WORDS


def title_zone(body: Body) -> tuple[list[int], Counter[str]]:
    """The lines that may be the title, top to bottom (every line above the article, and its first
    lines while no paragraph came), and the content words of the lead after them."""
    opening = _opening_lines(body)
    candidates = [index for index in range(opening) if strip_bullet(body.lines[index].text)]
    return candidates, lead_stems(body, start=opening)


def _rule_candidates(body: Body, repeats: Counter[str], crumbed: frozenset[int]) -> list[int]:
    """The lines the rules allow as the title: title-shaped, sharing words with the lead or named as the title
    elsewhere on the page (said more than once, ``repeats``, or ending a breadcrumb, ``crumbed``)."""
    found = _candidates(body, body.start, lead_stems(body), repeats, crumbed)
    # The article's first lines may be its title, when they are shaped like one (a long caption may come
    # first); each is compared with the lines after it.
    for index in range(body.start, _opening_lines(body)):
        text = strip_bullet(body.lines[index].text)
        if _restated_below(body, index):
            found.append(index)  # the title, though shaped like a lead (see ``_restated_below``)
            continue
        if _copied_at_the_top(body, index):
            found.append(index)  # as in ``_candidates``
            continue
        if not title_sized(text) or (never_title(text) and index not in crumbed) \
                or not (_title_shaped(body, index) or _one_sentence_title(body, index)) \
                or in_a_table(body.lines, index):
            continue
        if _tells_the_lead(text, lead_stems(body, start=index + 1), _text_below(body, index)) \
                or index in crumbed:
            found.append(index)
    found += _under_other_story(body)
    found = _allowed(body, found or _swallowed_by_a_box(body, crumbed), repeats, crumbed)
    # A round-up's title or a column's figurative one shares no word with the lead: only when no other line may be
    # the title (but the lead's first sentence), and only where the page puts its title.
    if all(_is_sentence(body.lines[index].text) for index in found):
        found += _allowed(body, _round_up_title(body) or _framed_titles(body, repeats, crumbed), repeats, crumbed)
    titles = [index for index in found if not _is_sentence(body.lines[index].text)]
    # A short sentence ("سعر الذهب اليوم في مصر 21/9/2023.") only when no other line may be the title.
    found = sorted(titles or found)
    if len(found) > 1 and found[-1] == body.start - 1 and inner_sub_headings(body) >= 2:
        found.pop()  # the article's own sub-headings show that the line right above it is the first of them
    found = _one_copy_each(body, found)
    # A live page's entries head their paragraphs: its title, marked live, is above them.
    found = live_title_over_its_entries(body, found)
    # A line the article's first lines say word for word (a photo's caption or a standfirst copied from the
    # lead) gives way to a line written as a title, unless the page names it as its title.
    written = [index for index in found if index in crumbed or repeats[said_once(body.lines[index].text)] > 1
               or not _said_below(body, index, _words_above(body, found, index))]
    return written or found


def _allowed(body: Body, found: list[int], repeats: Counter[str], crumbed: frozenset[int]) -> list[int]:
    """The lines of ``found`` that neither go on from a sentence above nor into the line below, nor are a kicker over
    the title, nor a piece of the lead's first sentence a hard wrap broke (``wraps_into_the_lead``: the piece above
    the article and the article's first line, which goes on from it), nor (unless the page names them as its title)
    stand among other stories' titles, nor a piece of the lead's first sentence broken by a hard wrap over several lines
    (``text.wrappedlead``)."""
    named = [index for index in found if index in crumbed or repeats[said_once(body.lines[index].text)] > 1]
    wrapped = body.wrapped or range(0)  # the pieces of a lead a hard wrap broke
    return [index for index in found if index not in wrapped
            and not _rest_of_a_sentence(body, index) and not _kicker_over_title(body, index)
            and not wraps_into_the_lead(body, index) and not wraps_into_the_lead(body, index - 1)
            and not _goes_on_below(body, index)
            and (index in named or not _among_other_titles(body, index))]


WRAPPED_CLAUSE_WORDS = 3
"""A lead broken by a hard wrap right after the first words of its first sentence closes that clause within this many
words of its next line ("... مدينته" / "الأصلية، عاد ...")."""
_NISBA = re.compile(r"^ال[\u0621-\u064a]{2,}ي[ةه]?$")
"""An adjective of relation with the article ("الأصلية", "الرئاسية", "الوطني"): it qualifies the noun before it."""


def wraps_into_the_lead(body: Body, index: int) -> bool:
    """Whether the line right above the article is the first piece of the lead's first sentence, which a hard wrap
    broke off: the article's first line opens with an adjective of relation (``_NISBA``) whose clause a comma closes
    within ``WRAPPED_CLAUSE_WORDS`` words ("الأصلية، عاد ...", "الرئاسية في البلد، أظهرت ...") and no noun that the
    adjective would follow (``_opens_on_a_qualifier``), the piece reads as a sentence's words (``_sentence_piece``),
    and the article itself breaks its sentences across lines (``_breaks_sentences``): the evidence of a hard wrap.
    A lead under a real title opens so too, on a city or a body named by a word of the same shape ("الإسكندرية، 12
    مايو - ...", "المفوضية الأوروبية، ...", "البلدية، وفي إطار ...", reviewer s17/review_notitle.md H1): without the
    wrap's evidence the title stays the title, and a line a rule marked furniture (a "read also" teaser the title
    rules may still rescue) is never taken for the piece."""
    if index < 0 or index != body.start - 1 or body.start >= body.end or body.lines[index].furniture is not None \
            or ends_sentence(body.lines[index].text) or body.lines[index].text.rstrip().endswith(CLOSING_MARKS):
        return False
    return (_opens_on_a_qualifier(body.lines[body.start].text) and _sentence_piece(body.lines[index].text)
            and _breaks_sentences(body) and not _taken_as_title_before(body, index))


def _taken_as_title_before(body: Body, index: int) -> bool:
    """Whether the line shares a word with the article under it, the test that made a line above the article a title
    candidate before wrapped leads were looked for (reviewer s17/review_notitle2.md H5): a real title over a lead a
    hard wrap broke is then kept as it was, and only a piece that tells the lead nothing by itself is joined to it."""
    return overlap(_without_dateline(body.lines[index].text), lead_stems(body, start=index + 1)) > 0


def _opens_on_a_qualifier(text: str) -> bool:
    """Whether the line opens with an adjective of relation (``_NISBA``) that closes its clause with a comma within
    ``WRAPPED_CLAUSE_WORDS`` words, with no second such adjective before the comma (then the first word is the noun
    it qualifies: "المفوضية الأوروبية،", "الداخلية السعودية،") and no city of a dateline ("الإسكندرية،"). A first word
    the comma follows directly is a dateline or the sentence's subject ("السعودية، أكبر ...", "الداخلية، في بيان ...":
    reviewer s17/review_notitle2.md H5), not a wrapped adjective."""
    words = [DIACRITICS.sub("", word) for word in text.split()[:WRAPPED_CLAUSE_WORDS]]
    closing = next((at for at, word in enumerate(words) if word.endswith(("،", ","))), None)
    if closing in (None, 0) or not _NISBA.match(words[0].rstrip("،,")) or words[0].rstrip("،,") in DATELINE_CITIES:
        return False
    return not any(_NISBA.match(word.rstrip("،,")) for word in words[1:closing + 1])


def _sentence_piece(text: str) -> bool:
    """Whether the line holds a sentence's words: at least ``MIN_TITLE_WORDS`` words and a particle no name holds
    ("بعد أن هجر ...", "... في الانتخابات"); a writer's bare name over the lead holds none (s17 review, M)."""
    words = DIACRITICS.sub("", text).split()
    return len(words) >= MIN_TITLE_WORDS and any(word in CREDIT_PARTICLES for word in words)


def _breaks_sentences(body: Body) -> bool:
    """Whether a line of the article, not its last, stops inside a clause: it ends no sentence and holds a comma
    ("الأصلية، عاد مهرجان ... العريقة، متحديا" / "وبحسب اللجنة، حصل"). A page scraped one paragraph a line
    ends each line on a full stop, and a sub-heading holds no comma."""
    return any(not ends_sentence(line.text) and COMMA.search(line.text) is not None
               for line in body.lines[body.start:body.end - 1])


def _words_above(body: Body, found: list[int], index: int) -> frozenset[str]:
    """The words (``_words_alone``) of the lines that may be the title above the line."""
    return frozenset(word for other in found if other < index
                     for word in _words_alone(strip_bullet(body.lines[other].text)))


def _under_other_story(body: Body) -> list[int]:
    """The title under lines that open the article's run but tell another story (another story's title or lead,
    an alert, shown first; the page's header may stand between): the first title-shaped line past them, above a
    paragraph (a date, a byline or a caption may stand between), sharing at least half its words with the
    paragraphs under it, while the lines above share next to none with those paragraphs nor with the line (a
    sub-heading under the article's own lead shares words with both)."""
    if not _opens_page(body, body.start):
        return []  # a line above the run may be the title (an opinion's title above its opening paragraph)
    opening = _opening_lines(body)
    for index in range(opening, min(body.start + MAX_OPENING_LINES, body.end - 1)):
        line = body.lines[index]
        if line.furniture != SAID_TWICE and _page_header(line):
            continue  # (the title said twice in a row is taken for a photo's caption inside an article)
        text = strip_bullet(line.text)
        if is_paragraph(line) or text != line.text or not title_sized(text) or never_title(text) \
                or not is_title_line(text) or continues_paragraph(text, strict=True):
            return []  # (a list's item is no title)
        if not any(is_paragraph(after) or _cut_by_the_page(body, after) for after in
                   body.lines[index + 1:min(body.end, index + 1 + LEAD_BELOW)]):
            return []
        lead = lead_stems(body, start=index + 1)
        above = [other.text for other in body.lines[body.start:index] if not _page_header(other)]
        apart = all((overlap(other, lead) < OFF_TOPIC or _no_story(other))
                    and overlap(text, stems_of(other)) < OFF_TOPIC for other in above)
        # Lines sharing a few words with the paragraphs, over an article with sub-headings of its own: the line is
        # the first of them, under the article's lead.
        sectioned = inner_sub_headings(body) >= 2 and any(overlap(other, lead) for other in above)
        return [index] if above and apart and not sectioned and _on_topic(text, lead) else []
    return []


_EMPTY_WORDS = frozenset(("فارغة", "فارغه", "فارغ", "خالية", "خاليه", "خالي"))
"""A site's list or cart says so when it holds nothing ("سلة الدراسات فارغة حاليا.", "قائمة المفضلة لديك خالية.")."""
MAX_NOTICE_WORDS = 6
"""A widget's notice that its list is empty runs to this many words ("قائمة المفضلة لديك فارغة حاليا")."""


def _no_story(text: str) -> bool:
    """Whether a line opening the article's run tells no story of its own, though it meets the lead on words: a site's
    widget speaking to its reader (``_site_widget``: "سلة الدراسات فارغة حاليا. يمكنك إضافة الدراسات ...") or a
    photo's caption closed by its credit (``photolabels.wire_caption``: "سحب الدخان تتصاعد فوق ... . تصوير : NAME –
    AGENCY ."), which names what the photo shows in the lead's words. Another story's title or lead shares next to
    nothing with ours; these share a few words by their nature, and the title under them still shares none with them
    (``_under_other_story``). A lead speaking to its reader ("هل تبحث عن ...؟ إليك ...", "يمكنك الآن ...") or closed
    by a credit after telling its news is no widget nor caption (review_head H2)."""
    return wire_caption(text) or _site_widget(text)


def _site_widget(text: str) -> bool:
    """Whether a line is a site's widget speaking to its reader (``calls_the_reader``): a promo for what the site
    offers (``points_at_the_site``), or a notice of ``MAX_NOTICE_WORDS`` words at most that the site's list or cart is
    empty (``_EMPTY_WORDS`` in its last two words) opening it ("سلة الدراسات فارغة حاليا. يمكنك إضافة ...")."""
    if not calls_the_reader(text):
        return False
    tokens = [token.strip(".:：،,!؟?\"'«»()") for token in HARAKAT.sub("", text).split()]
    if points_at_the_site([token for token in tokens if token]):
        return True
    notice = HARAKAT.sub("", re.split(r"[.!؟?]", text, maxsplit=1)[0]).split()
    return 2 <= len(notice) <= MAX_NOTICE_WORDS and bool(set(notice[-2:]) & _EMPTY_WORDS)


def _swallowed_by_a_box(body: Body, crumbed: frozenset[int]) -> list[int]:
    """When no line may be the title, the last line of a "read also" box standing right above the article (a box of
    the page's sidebar copied before its article), title-shaped and telling what the lead tells (at least half its
    words and two or more, ``_on_topic``): the box took the page's own title with its teasers, as nothing but the
    box's reach marks its end. A teaser of another story shares a word or two with the lead, not half its words."""
    index = body.start - 1
    if index < 0 or body.lines[index].furniture != READ_ALSO_REASON or index in crumbed:
        return []
    text = strip_bullet(body.lines[index].text)
    if not is_title_line(text) or not title_sized(text) or never_title(text):
        return []
    lead = lead_stems(body)
    return [index] if _on_topic(text, lead) and _told_first(text, body, lead) else []


def _round_up_title(body: Body) -> list[int]:
    """When no line may be the title and the article is a round-up of short items with no lead paragraph (a press
    review, a news brief: its first ``ROUND_UP_ITEMS`` lines, furniture aside, ``ROUND_UP_ITEM_WORDS`` words at
    most each), the title-shaped line right above it, past the date or byline block and a paper's name heading the
    first item (furniture lines): a round-up's title names its kind ("أبرز عناوين الصحف اليوم", "موجز الأخبار"),
    never its first item's words, which a title shares with a lead."""
    items = [line for line in body.lines[body.start:body.end] if line.furniture is None][:ROUND_UP_ITEMS]
    if len(items) < ROUND_UP_ITEMS or any(len(line.text.split()) > ROUND_UP_ITEM_WORDS for line in items):
        return []
    index = next((index for index in range(body.start - 1, -1, -1)
                  if body.lines[index].furniture is None and not bylined(body.lines[index].text)), None)
    if index is None:
        return []
    text = strip_bullet(body.lines[index].text)
    shaped = (is_title_line(body.lines[index].text) and title_sized(text) and not never_title(text)
              and not is_label(text) and text not in SITE_NAMES and not SECTION_LABEL.matches(text))
    return [index] if shaped and text == body.lines[index].text else []


def _told_first(text: str, body: Body, lead: Stems) -> bool:
    """Whether all a line shares with the lead (``overlap``) is told in the lead's first paragraph: a title tells what
    the lead opens with; a related older story's teaser at the end of a box above the lead shares words said only in
    later paragraphs ("... تعمل بالطاقة الشمسية جزئيا", said by the second one) (reviewer, s14review3.md)."""
    first = stems_of(body.lines[body.start].text)
    return overlap(_without_dateline(text), first) >= overlap(_without_dateline(text), lead)


def _among_other_titles(body: Body, index: int) -> bool:
    """Whether a line above the article, sharing little with it (less than ``OFF_TOPIC`` of its words), stands right
    under or over another story's title: a line of a title's shape and size sharing no word with the article. It is
    then one more of a list of other stories' titles (a ticker, a "latest news" box) that happens to share a word with
    the article, not the article's title, which tells what the article tells. A line sharing one word alone
    (``TICKER_SHARED_WORDS``) is one more of the list too when such titles stand both right over and right under it:
    a title and its lead speak of the same names, places and figures, while one word met among a list's items is met
    by chance ("أول" of a lead's "تشرين الأول"). Only inside a real run of them: a third stands two lines over or
    under it. A title is often met by one line sharing no word with the lead on each side (a ticker's item or a kicker
    over it, a deck, a quote or a photo's caption under it: reviewer s22/review_headline.md H1), and a figurative
    title shares few words by nature. (The caller spares a line the page names as its title: a title said twice
    sharing no word with its lead stands beside its copy.)"""
    if index >= body.start:
        return False
    lead = lead_stems(body)
    text = _without_dateline(strip_bullet(body.lines[index].text))
    share = overlap(text, lead)

    def other_titles(*places: int) -> int:
        return sum(_other_story_title(body.lines[near], lead) for near in places if 0 <= near < body.start)
    if share < OFF_TOPIC:
        return other_titles(index - 1, index + 1) > 0
    return (round(_words_shared(text, share)) <= TICKER_SHARED_WORDS and other_titles(index - 1, index + 1) == 2
            and other_titles(index - 2, index + 2) > 0)


def _other_story_title(line: LineScore, lead: Counter[str]) -> bool:
    """A line shaped like a title (``is_title_line``, ``title_sized``), no furniture, sharing no word with the lead."""
    text = strip_bullet(line.text)
    return (line.furniture is None and is_title_line(line.text) and title_sized(text) and not never_title(text)
            and overlap(_without_dateline(text), lead) == 0)


def _cut_by_the_page(body: Body, line: LineScore) -> bool:
    """Whether ``line`` is the page's last line, a paragraph the page's end cut short (it reads as prose a little,
    with no furniture): a copied excerpt stops inside the lead."""
    return line is body.lines[-1] and line.furniture is None and line.score > 0 and not ends_sentence(line.text)


def _next_paragraph(body: Body, index: int) -> LineScore | None:
    """The article's first line under line ``index`` that is no furniture (a date or a caption may stand between)."""
    return next((line for line in body.lines[index + 1:body.end] if line.text.strip() and line.furniture is None),
                None)


def _paragraph_below(body: Body, index: int) -> LineScore | None:
    """The first paragraph under line ``index`` (``is_paragraph``) within ``LEAD_BELOW`` lines: a title's lead, past
    a byline, a date or the site's name between ("* NAME", "SITE.net")."""
    return next((line for line in body.lines[index + 1:min(body.end, index + 1 + LEAD_BELOW)] if is_paragraph(line)),
                None)


def _goes_on_below(body: Body, index: int) -> bool:
    """Whether the article's next line goes on from line ``index`` ("وأضاف ...", "ولم يشهد ..."): the line is then
    the story's first paragraph, not its title, which the next line would tell anew (the annotators' guide says so
    of a first line followed by "وأضاف..." or "وتابع...": no title). Only for the article's own lines: above it the
    next line may be a dateline's credit ("فلسطين اليوم-نابلس")."""
    below = _next_paragraph(body, index) if index >= body.start else None
    return below is not None and opens_going_on(below.text)


def opens_going_on(text: str) -> bool:
    """Whether a line opens the way a paragraph goes on: a linking word ("كما", "بينما"), و or ف joined to a word
    opening with hamza ("وأشار", "فإن") or to a particle that builds sentences ("ولم", "وقد", "فقد", "وكان":
    ``SENTENCE_PARTICLES``), or و joined to a verb in a line built as a sentence (``_goes_on_with_verb``). Not و joined
    to a preposition ("وفي التفاصيل، ..." opens many a lead under its title) nor a word that merely begins with و
    ("وزير", "ولي العهد", "والي الولاية", "وطنا")."""
    first = DIACRITICS.sub("", (strip_bullet(text).split() or [""])[0])
    joined = joined_to(first) != first and joined_to(first) in SENTENCE_PARTICLES
    return first in LINKING_WORDS or joined or bool(GOES_ON.match(text)) or _goes_on_with_verb(text)


def _restated_below(body: Body, index: int) -> bool:
    """Whether the article's first line is its title though shaped like a lead (with clause marks: "الذهبي لـ..،
    الفضي لـ..، ...", opening with a word that begins with و: "والي الجزيرة ..."), because the page says so: the
    article's next line does not go on from it but tells the story anew in more words, repeating at least half of the
    line's words (``ON_TOPIC``, and two or more, ``MIN_SHARED_WORDS``). A lead that lost its full stop is followed by a
    paragraph that goes on from it, or by a shorter one, or one that repeats few of its words."""
    line = body.lines[index]
    text = strip_bullet(line.text)
    below = _paragraph_below(body, index)
    if index != body.start or below is None or line.furniture is not None or text != line.text or not _may_head(text):
        return False  # (a list's item is no title: "• المحطة تنتج ...")
    if opens_going_on(below.text) or len(strip_bullet(below.text).split()) <= len(text.split()):
        return False
    return _on_topic(text, stems_of(below.text))


def _on_topic(text: str, told: Counter[str]) -> bool:
    """Whether ``told`` (the words of the lines under a title) repeats at least half of the line's words
    (``ON_TOPIC``) and two or more (``MIN_SHARED_WORDS``), its dateline's city aside."""
    text = _without_dateline(text)
    share = overlap(text, told)
    return share >= ON_TOPIC and _words_shared(text, share) >= MIN_SHARED_WORDS


def _words_shared(text: str, share: float) -> float:
    """How many of the line's content words the lead has, from their ``share`` (``overlap``)."""
    return share * len(content_stems(text))


def _may_head(text: str) -> bool:
    """Whether a line shaped like a lead may still be a title the page restates (``_restated_below``): a title's size,
    no finished sentence, none of the shapes that are never a title whatever the page (``_never_shape``), and none of
    a lead's: speech reported ("... أكد أن ..."), a verb in the past tense among its first words ("وزير الخارجية أكد
    ...": a title tells its news in the present), "وأشار", و joined to a verb in a line built as a sentence ("ويهدف
    المشروع، ...")."""
    words = text.split()
    past = any(opens_with_past_verb(" ".join(words[place:])) for place in range(min(PAST_VERB_PLACES, len(words))))
    return (is_title_line(text) and title_sized(text) and not _is_sentence(text) and not _never_shape(text)
            and not _reports_speech(text) and not GOES_ON.match(text) and not _goes_on_with_verb(text) and not past)


def _page_header(line: LineScore) -> bool:
    """Furniture by rule or shape (menus, dates), a "Site | Section" masthead, a site name, a category label of one
    or two words: the page's header."""
    return (line.furniture is not None or bool(MASTHEAD.match(line.text)) or line.text in SITE_NAMES
            or len(line.text.split()) <= 2)


def _one_copy_each(body: Body, found: list[int]) -> list[int]:
    """Of a line the page has several copies of, the copy nearest the article stands for all (they differ only
    in place); a copy glued to itself ("Title Title"), with the site's name after a bar or dash ("Title |
    Site"), with a crumb run into it or with a few words glued to it that tell nothing of the article
    (``_glued_copy``) only when no plain copy is left. One exception: a whole title opening the page over the plain
    copies of its first words (``_whole_title_over_cut``) stands for them."""
    page = {said_once(line.text) for line in body.lines}
    keys: dict[int, str] = {}
    for index in found:
        key = said_once(body.lines[index].text)
        named = _SITE_TAIL.match(key)
        keys[index] = named.group(1) if named and named.group(1) in page else key
    lead = lead_stems(body)
    base: dict[str, str] = {}
    for key in sorted(set(keys.values()), key=lambda key: (len(key.split()), len(key))):
        base[key] = next((base[other] for other in base if _glued_copy(key, other, lead)), key)
    copies: dict[str, list[int]] = {}
    for index in found:
        copies.setdefault(base[keys[index]], []).append(index)
    kept = []
    for title, group in copies.items():
        plain = [index for index in group if normal(strip_bullet(body.lines[index].text)) == title]
        whole = _whole_title_over_cut(body, group, plain, title, page)
        kept.append((plain or group)[-1] if whole is None else whole)
    return sorted(kept)


def _whole_title_over_cut(body: Body, group: list[int], plain: list[int], title: str, page: set[str]) -> int | None:
    """The copy of ``title`` that goes on past it with words of its own (``_goes_on_past``) when it stands above
    every plain copy and only the page's header stands above it (``_opens_page``): the page's whole title over its
    cut copies (an image's alt text). Under the plain title, a longer copy is a caption or a deck, and the title
    stays."""
    if not plain:
        return None
    whole = next((index for index in group
                  if _goes_on_past(normal(strip_bullet(body.lines[index].text)), title, page)), None)
    return whole if whole is not None and whole < plain[0] and _opens_page(body, whole) else None


def _goes_on_past(text: str, title: str, page: set[str]) -> bool:
    """Whether ``text`` is ``title`` going on with a few more words of its own, no mark between ("حملة تطعيم الأطفال
    ضرورة لحماية الجيل" over "حملة تطعيم الأطفال"). Standing above every copy of the shorter
    line, it is the page's whole title and the shorter copies under it (an image's alt text, said once or more) are
    cut short from it; standing under the short title, it is a caption or an alt text that adds to it (the title
    over its photo). A site's name after a bar or a dash, or a part after "..", is no going on (``_glued_words``), nor
    are words the title already says (a caption's piece glued after it: "Title أكبر محطة"): a title goes on with words
    of its own, ``MIN_TAIL_WORDS`` of them or more, and no furniture (``_furniture_tail``: "Title بالفيديو",
    "Title 2024", "Title جريدة المدينة"). The caller asks that the whole title open the page too (only its header
    above it): an image's alt text stands under the title, not over it."""
    tail = text[len(title):].split() if text.startswith(title + " ") else []
    own = set(content_stems(title))
    return (len(tail) >= MIN_TAIL_WORDS and all(_PLAIN_WORD.fullmatch(word) for word in tail)
            and any(key not in own for key in content_stems(" ".join(tail))) and not _furniture_tail(tail, page))


MIN_TAIL_WORDS = 2
"""A whole title goes on past its cut copy by this many words or more: one word after a title is mostly a marker, a
year or a site's one-word name ("Title عاجل"), and a title cut one word short is hardly an alt text's cut."""


_SITE_WORDS = frozenset(("موقع", "قناة", "شبكة", "وكالة"))
"""Words a site's, a channel's or an agency's name opens with; with one word after them, after a title, a name
("Title موقع المدينة"), though alone they are no outlet's (``credits.OUTLET_WORDS``: "موقع الحادث")."""


def _furniture_tail(tail: list[str], page: set[str]) -> bool:
    """Whether the words after a title are furniture, not the title going on: markers and figures only
    ("بالفيديو 2024", ``MARKERS``), a site's or an outlet's name ("جريدة المدينة", ``SITE_NAMES``,
    ``credits.names_an_outlet``; "موقع المدينة": a site's word and one name, ``_SITE_WORDS``), a section's label, or a
    line the page shows on its own (its masthead)."""
    text = " ".join(tail)
    return (all(word in MARKERS or word.isdigit() for word in tail) or text in SITE_NAMES or names_an_outlet(text)
            or len(tail) == 2 and tail[0] in _SITE_WORDS
            or bool(SECTION_LABEL.matches(text)) or names_a_section(text) or said_once(text) in page)


_PLAIN_WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\w]+[.!؟?]?")
"""A word of letters or digits, a sentence's closing mark at most: no separator, no ".." before another part."""


def _glued_copy(text: str, title: str, lead: Counter[str]) -> bool:
    """Whether ``text`` is a copy of ``title`` with something glued to it: a breadcrumb, a site's or a section's name
    run into it with no space between (``glued_crumb``, ``text.titlecrumbs.run_into``: "SiteSectionTitle",
    "Home»National»Title"), a breadcrumb opening on the site's home before it, spaced ("Home أخبار وتقارير Title",
    ``text.titlecrumbs.home_crumb_before``), a few words (``_glued_words``), or a few words and the site's name after a
    bar or a dash ("fbpx Title | Site": a tracking token left before a page's own title tag)."""
    if glued_crumb(text, title) or run_into(text, title) or home_crumb_before(text, title):
        return True
    named = _SITE_TAIL.match(text)
    if named and (named.group(1) == title or _glued_words(named.group(1), title, lead)):
        return True
    return _glued_words(text, title, lead)


def _glued_words(text: str, title: str, lead: Counter[str]) -> bool:
    """Whether ``text`` is ``title`` with at most ``MAX_GLUED_WORDS`` words glued before or after it that are no
    part of the title: joined by a bar or a dash (a site's name, "Site - Title"), or telling nothing the article
    tells (a breadcrumb's words, a photo's caption, "cover image of the article": their words other than the
    title's own are not in the lead). Words the lead tells make a longer title ("Title, and why"), which the
    page may well show as its title beside a short one. A part set off by ".." or "…" (a kicker before the title,
    "لرفع المناعة.. Title..", or a tail after it) may be as long as a title's part (``MAX_SEGMENT_WORDS``): the
    title said alone stands for the line that glues it to another part. Words on both sides of the title (an image's
    alt text: "بالصور Title 3f9a0c...") are a copy only when at most ``MAX_GLUED_WORDS`` of them are markers before it
    and a file's name or hash after it (``_marker_and_file``): other words around a title ("سوريا: Title 2024")
    leave the line a line of its own."""
    words, part = text.split(), title.split()
    glued = len(words) - len(part)
    if len(part) < MIN_TITLE_WORDS or not 0 < glued <= max(MAX_GLUED_WORDS, MAX_SEGMENT_WORDS):
        return False
    if words[:len(part)] == part:
        extra, junction, before = " ".join(words[len(part):]), words[len(part)][0], words[len(part) - 1]
    elif words[-len(part):] == part:
        extra, junction, before = " ".join(words[:-len(part)]), words[-len(part) - 1][-1], words[-len(part) - 1]
    elif glued <= MAX_GLUED_WORDS and (inside := _inside(words, part)):
        return _marker_and_file(words[:inside], words[inside + len(part):])
    else:
        return False
    if _SEGMENT_END.search(before):
        return True
    if glued > MAX_GLUED_WORDS:
        return False
    if junction in JOINERS:
        return True
    own = set(content_stems(title))
    new = " ".join(key for key in content_stems(extra) if key not in own)
    return overlap(new, lead) < GLUED_IN_LEAD


def _marker_and_file(before: list[str], after: list[str]) -> bool:
    """Whether the words around a title are an image's alt text's: markers before it ("بالصور", ``MARKERS``) and
    a file's name or hash after it ("IMG_2041", "grain_2024.jpg", "9c2e7a41d0b3", ``_FILE_TOKEN``)."""
    return all(word in MARKERS for word in before) and all(_FILE_TOKEN.fullmatch(word) for word in after)


_FILE_TOKEN = re.compile(r"[\w.\-]*\.(?:jpe?g|png|gif|webp|mp4)|(?=[\w\-]*[A-Za-z_])(?=[\w\-]*\d)[A-Za-z0-9_\-]+"
                         r"|\d{6,}", re.IGNORECASE)
"""A file's name (with an image's or a video's ending), a camera's or an upload's name or a hash of letters and
digits ("IMG_2041", "9c2e7a41"), or six digits or more: no word of the language, no year alone."""


def _inside(words: list[str], part: list[str]) -> int:
    """Where ``part`` stands inside ``words`` with a word or more on both sides of it, else 0."""
    return next((start for start in range(1, len(words) - len(part)) if words[start:start + len(part)] == part), 0)


def said_once(text: str) -> str:
    """The line as compared with the page's other lines: bullet and spacing aside, and said once when the page
    glued it to itself ("Title Title", "TitleTitle": a page's title and its heading copied as one line,
    ``text.doubled``)."""
    return once_said(strip_bullet(text))


def _said_below(body: Body, index: int, subjects: frozenset[str] = frozenset()) -> bool:
    """Whether the article's first lines under the line say it word for word (``MIN_COPY_WORDS`` words or more), or
    all of it but its first word when a line above that may be the title names that word (``subjects``): a standfirst
    copied from a paragraph, the story's subject that its title names put before it ("Subject في تحد جديد ..." under
    "Subject تدشن ...", over "... في تحد جديد ..."), is a copy as much as a caption said word for word. Not when the
    word is set apart (``_KICKER_FIRST``: "رسميا.. X", "الصحة: X"), and not a word more at the end ("X اليوم"): a
    title restating its lead with a kicker or a time word is the commonest news title, and may stand under another
    story's."""
    text = strip_bullet(body.lines[index].text)
    keys = _words_alone(text)
    if len(keys) < MIN_COPY_WORDS:
        return False
    below: list[str] = []
    for line in body.lines[max(index + 1, body.start):body.end]:
        below += _words_alone(line.text)
        if len(below) >= LEAD_WORDS:
            break
    runs = [keys] + ([keys[1:]] if len(keys) > MIN_COPY_WORDS and keys[0] in subjects
                     and not _KICKER_FIRST.search(text) else [])
    return any(below[start:start + len(run)] == run for run in runs for start in range(len(below) - len(run) + 1))


def _words_alone(text: str) -> list[str]:
    """The line's words as compared word for word: punctuation aside ("الجمعة،" is "الجمعة")."""
    return [stem(token) for token in WORD_TOKEN.findall(_PUNCTUATION.sub(" ", text))]


def _repeats(body: Body) -> Counter[str]:
    """How many times the page has each line (``said_once``)."""
    return Counter(said_once(line.text) for line in body.lines)


def _without_dateline(text: str) -> str:
    """The line less a dateline's city ("القاهرة - محمد علي"): the lead names the city too, which does not
    make the dateline a title."""
    match = DATELINE_HEAD.match(text)
    return text[match.end():] if match else text


def _kicker_over_title(body: Body, index: int) -> bool:
    """Whether two words exclaimed ("أين المياه؟", "خبر سار!") or a topic's tag with its year ("كأس العالم 2026",
    ``_dated_tag``) stand over a line of a title's size before any paragraph: they are that title's kicker, not the
    title (a title of two words is followed by its lead, a date or a byline). A default, not evidence: a two-word
    title over a title-sized standfirst is taken for a kicker too, and the annotated pages hold one such line of each
    kind; sharing words with the line under it tells neither ("أين المياه؟" over a title about the water). A tag
    names the file the story belongs to, in the lead's very words, so it beats the title by the words it shares."""
    text = strip_bullet(body.lines[index].text)
    if not (two_words_exclaimed(text) or _dated_tag(text)):
        return False
    for line in body.lines[index + 1:body.end]:
        if is_paragraph(line):
            return False
        if not _page_header(line) and len(WORD_TOKEN.findall(strip_bullet(line.text))) >= MIN_TITLE_WORDS:
            return True
    return False


def _dated_tag(text: str) -> bool:
    """A topic's tag with its year: one or two words and a year ("كأس العالم 2026", "الانتخابات البلدية 2026"), a
    label of the size ``MIN_TITLE_WORDS`` refuses once the year is set aside, and no closing mark (a title of so few
    words says something: "مونديال 2026!")."""
    tokens = WORD_TOKEN.findall(text)
    years = sum(bool(_YEAR.fullmatch(token)) for token in tokens)
    return (0 < years < len(tokens) and len(tokens) - years < MIN_TITLE_WORDS
            and not text.rstrip().endswith(CLOSING_MARKS))


def _opens_on_a_dateline(body: Body) -> bool:
    """Whether the article's first line opens on a dateline ("تونس (وات) - ...", "CITY - ..."): a wire's story, told
    whole from its lead. A topic's tag with its year (``_dated_tag``) above it is then the file the story is filed
    under, not its title; over a lead with no dateline a short title with a year ("ميزانية البلدية 2027") may stand
    alone. A section's name over such a lead is the section the wire's story is filed in; over a byline or a plain
    lead it may be a column's own title ("أخبار ..." under "آراء"). The dateline may stand on its own line right
    above the lead, with its reporter ("CITY - NAME:", ``DATELINE_ALONE``)."""
    if body.start >= body.end:
        return False
    text = strip_bullet(body.lines[body.start].text)
    glued = glued_prefix(text)
    above = next((line.text for line in reversed(body.lines[:body.start]) if line.text.strip()), "")
    return bool(DATELINE_HEAD.match(text)) or (glued is not None and glued[0] == "dateline") \
        or bool(DATELINE_ALONE.match(strip_bullet(above)))


def _opens_page(body: Body, index: int) -> bool:
    """Whether only the page's header stands above the line: furniture by rule or shape (menus, dates),
    a "Site | Section" masthead, a site name, a category label of one or two words."""
    return all(_page_header(line) for line in body.lines[:index])


def _opening_lines(body: Body) -> int:
    """The end of the article's opening lines that may hold its title: its first line, and the next while
    no paragraph (a finished sentence, a line that reads clearly as prose) came first (at most
    ``MAX_OPENING_TITLES`` lines, and never all of the article). A long photo caption may come before the
    title; the lead may not, but a title's kicker closed by "?" or "!" may (``_kicker_over_title``)."""
    end = min(body.start + 1, body.end - 1)
    while end < min(body.start + MAX_OPENING_TITLES, body.end - 1) and (
            not is_paragraph(body.lines[end - 1]) or _kicker_over_title(body, end - 1)):
        end += 1
    return end


def _is_sentence(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..")


def _goes_on(text: str) -> bool:
    """Whether one of the article's first lines opens the way a paragraph goes on from the one before ("وأشار",
    "فيما", "وقعت"), not with a noun that merely begins with و or ف ("وزارة"; with و + ي/ت only a line built as a
    sentence goes on, ``_goes_on_with_verb``: "وتيرة", "ويندوز")."""
    if continues_paragraph(text, strict=True) or GOES_ON.match(text):
        return True
    if _CONJOINED_VERB.match(text):
        return _goes_on_with_verb(text)
    return continues_paragraph(text) and not _FEMININE_NOUN.match(text)


def _title_shaped(body: Body, index: int) -> bool:
    """Whether one of the article's own first lines may be its title rather than its lead: shaped like a
    title, and not reading like a lead that lacks its full stop (with clauses, going on with و; reporting
    speech, see ``never_title``)."""
    line = body.lines[index]
    text = line.text
    if line.furniture is not None or not is_title_line(text) or strip_bullet(text) != text:
        return False
    if sum(other.text == text for other in body.lines) > 1:
        return True  # the page repeats its title
    clauses = clause_marks(text) - bool(_TOPIC_HEAD.match(text))  # "بطولة مدريد: ..." heads a title
    if _is_sentence(text) or clauses >= LEAD_CLAUSES or _goes_on(text):
        return False
    if len(text.split()) <= MAX_OPENING_TITLE_WORDS or _segmented(text):
        return True  # (a title of short parts joined by "..": a lead has clauses, not such parts)
    return _long_title_shaped(body, index)


def _long_title_shaped(body: Body, index: int) -> bool:
    """Whether an opening line longer than ``MAX_OPENING_TITLE_WORDS`` words may be the title: only above a longer
    paragraph that ends its sentence (a date or a caption may stand between, within ``LOOK_AHEAD`` lines; a lead that
    lost its full stop is followed by paragraphs that may have lost theirs too), and not when the line is the lead's
    first piece that the page broke off inside its sentence (``_runs_on``)."""
    text = body.lines[index].text
    if _runs_on(body, index):
        return False
    return any(ends_sentence(after.text) and len(after.text.split()) > len(text.split())
               for after in body.lines[index + 1:min(body.end, index + 1 + LOOK_AHEAD)])


RUNS_ON_WORDS = NEEDS_WHAT_FOLLOWS | {"على"}
"""Words a line opens on that need what came before it when the line above stopped inside a clause: a preposition or a
particle ("من ضبط ...", "على منع ..."; "على" may end a byline's name, not open a sentence's rest)."""


def _runs_on(body: Body, index: int) -> bool:
    """Whether line ``index`` stops inside a clause it opened after its last comma with a linking word or the way a
    sentence goes on ("...، حيث نجح رجال الأمن": ``LINKING_WORDS``, ``opens_going_on``), and the next line finishes
    that clause: it opens on a preposition or a particle (``RUNS_ON_WORDS``: "من ضبط ...") or goes on
    (``opens_going_on``). A title never runs on into the line under it. Both halves are asked: a lead under a title
    may open on a preposition ("في خطوة ...": 31 of the 398 annotated titles on the readable pages stand over such a
    line), while a title closes no clause so (none of the annotated titles of more than 20 words does)."""
    text = body.lines[index].text
    parts = COMMA.split(text)
    tail = parts[-1].strip()
    if len(parts) < 2 or not tail or ends_sentence(text):
        return False
    if DIACRITICS.sub("", tail.split()[0]) not in LINKING_WORDS and not opens_going_on(tail):
        return False
    below = next((line.text for line in body.lines[index + 1:body.end] if line.text.strip()), None)
    if below is None:
        return False
    words = strip_bullet(below).split()
    if not words:
        return False
    first = DIACRITICS.sub("", words[0])
    return first in RUNS_ON_WORDS or opens_going_on(below)


def _one_sentence_title(body: Body, index: int) -> bool:
    """Whether the article's first line may be its title written as one short sentence ("ارتفاع أسعار الخبز في
    المدينة."): closed by a full stop, at most ``MAX_OPENING_TITLE_WORDS`` words, with fewer clause marks than a lead
    (``LEAD_CLAUSES``), not going on from a paragraph, and a paragraph under it. A lead's first sentence has this
    shape too (nine times as often on the training pages): the title model weighs it (``sentence_titles``), and only
    when no other line may be the title."""
    line = body.lines[index]
    text = line.text
    return (index == body.start and index + 1 < body.end and line.furniture is None and strip_bullet(text) == text
            and _is_sentence(text) and len(text.split()) <= MAX_OPENING_TITLE_WORDS
            and clause_marks(text[:-1]) < LEAD_CLAUSES and not _goes_on(text))


def _candidates(body: Body, stop: int, lead: Counter[str], repeats: Counter[str],
                crumbed: frozenset[int], *, framed: bool = False) -> list[int]:
    """The title-shaped lines above ``stop`` that the rules allow as the title."""
    found: list[int] = []
    for index in range(stop - 1, -1, -1):
        line = body.lines[index]
        mixed = in_other_script(line.text, latin_page=body.latin_page)
        if mixed and not has_page_script(line.text, latin_page=body.latin_page):
            continue  # wholly in the other script: "Logo", "Lebanon 24"
        text = strip_bullet(line.text)
        repeated = repeats[said_once(text)] > 1 or index in crumbed
        # A teaser under a "read also" marker is another story's title, unless the page repeats it: its own.
        # Whatever a furniture rule took (a "بالصور.." link), the page's breadcrumb may name it as its title.
        if (line.furniture not in MAY_BE_TITLE and not (line.furniture == READ_ALSO_REASON and repeated)
                and index not in crumbed and not _glossed_title_alone(body, index, crumbed)) \
                or not is_title_line(line.text) or is_label(line.text) or line.text in SITE_NAMES \
                or SECTION_LABEL.matches(line.text) \
                or ((is_section_name(text) or _dated_tag(text)) and _opens_on_a_dateline(body)):
            continue  # (over a wire's lead: a section's name by all its words, a topic's tag with its year)
        if WRITER.match(text) and len(text.split()) <= MAX_WRITER_WORDS:
            continue  # "كتبت نانسي", "بقلم: ..."
        if in_a_table(body.lines, index):
            continue  # a table's row among its rows
        if _copied_at_the_top(body, index):
            found.append(index)  # the page's title and its heading, whatever their shape (see ``_copied_at_the_top``)
            continue
        if not title_sized(text) or (never_title(text) and index not in crumbed) \
                or (_goes_on_with_verb(text) and not repeated):
            continue
        # A title shares words with its lead; a line that does not (a "skip to content" link, a byline, a
        # dateline, a caption, a section name) is one only when the page names it as its title elsewhere
        # (``framed``: every line the other rules allow, for the caller to keep the one the page frames as its title).
        if _tells_the_lead(text, lead, _text_below(body, index)) or repeated or framed:
            found.append(index)
    return found


def _copied_at_the_top(body: Body, index: int) -> bool:
    """Whether the line is one of two copies in a row that open the page (only its header above them, and at most a
    widget a rule took between them: ``_copy_beside``,
    ``_opens_page``): the page's title and its heading, taken whatever their shape (speech with "إن", a star's
    line closed by a full stop). Never a shape that is no title (``_never_shape``), a line a rule took as
    furniture, a section's name, a list's item (closed by a comma or a colon), a paragraph, nor a name of two
    words: a site's name, a tag or a section's said twice is shaped alike and shares the lead's words alike
    ("مجلس الوزراء" over "أقر مجلس الوزراء ...")."""
    return _top_copy_pair(body, index) is not None


def _copied_around_a_widget(body: Body, index: int) -> bool:
    """Whether the line is one of two copies opening the page (``_copied_at_the_top``) with a widget a rule took
    between them ("TITLE" / "إنشر المقال على مواقع التواصل" / "TITLE"), not right one over the other."""
    pair = _top_copy_pair(body, index)
    return pair is not None and pair[1] - pair[0] > 1


def _top_copy_pair(body: Body, index: int) -> tuple[int, int] | None:
    """The line's copy pair (``_copy_pair``) when the line is one of two copies opening the page
    (``_copied_at_the_top``); else None."""
    line = body.lines[index]
    key = said_once(line.text)
    if line.furniture not in MAY_BE_TITLE or not MIN_TITLE_WORDS <= len(WORD_TOKEN.findall(key)) <= MAX_TITLE_WORDS \
            or key[-1] in ":：،,؛" or _never_shape(key) or _is_section(key) or is_section_name(key):
        return None
    pair = _copy_pair(body, index, key)
    return pair if pair is not None and _opens_page(body, pair[0]) else None


def _copy_pair(body: Body, index: int, key: str) -> tuple[int, int] | None:
    """(first, second): the line's copy pair, ``index`` one of them and the other next to it past widgets
    (``_copy_beside``), both said as ``key``; None when the line has no copy there."""
    above, below = _copy_beside(body, index, -1), _copy_beside(body, index, 1)
    return next(((first, second) for first, second in ((above, index), (index, below))
                 if first is not None and second is not None
                 and said_once(body.lines[first].text) == key == said_once(body.lines[second].text)), None)


MAX_WIDGETS_BETWEEN_COPIES = 2
"""Lines a rule took as furniture that may stand between the title's two copies at the top (``_copy_beside``)."""


def _copy_beside(body: Body, index: int, step: int) -> int | None:
    """The line above (``step`` -1) or under (1) ``index`` where the title's other copy would stand: the next line,
    past at most ``MAX_WIDGETS_BETWEEN_COPIES`` lines a rule took as furniture (a share widget, a date line between the
    page's heading and its title: "TITLE" / "إنشر المقال على مواقع التواصل" / "TITLE"); None past the page's edge."""
    other = index + step
    for _ in range(MAX_WIDGETS_BETWEEN_COPIES):
        if not (0 <= other < len(body.lines) and body.lines[other].by_rule):
            break
        other += step
    return other if 0 <= other < len(body.lines) else None


def _text_below(body: Body, index: int) -> str:
    """The text of the line under ``index`` ("" under the page's last)."""
    return body.lines[index + 1].text if index + 1 < len(body.lines) else ""


def _tells_the_lead(text: str, lead: Counter[str], below: str = "") -> bool:
    """Whether a line above the article shares with the lead what a title shares: a word of what the news is, its
    dateline's city aside (``_without_dateline``), and none of the shapes whose shared word tells nothing of it: words
    of when alone on a widget's line (``_without_when``: "أسعار الذهب اليوم (محدث)" over a lead dated "اليوم"), a
    site's or section's name beside its slogan (``_named_beside_a_slogan``), the reader called with one word of the lead
    (``_calls_with_a_word``, over ``below``, the next line), a writer named by his post (``posted_writer``). A word
    joining a person's names ("بن", ``without_name_joiners``) meets another name of the lead by chance."""
    text = _without_dateline(text)
    return (overlap(without_name_joiners(_without_when(text)), lead) > 0 and not _named_beside_a_slogan(text, lead)
            and not _calls_with_a_word(text, lead, below) and not posted_writer(text, lead))


_WHEN_WORDS = frozenset(folded_word(word) for word in (
    *WEEKDAYS, "اليوم", "أمس", "غدا", "الليلة", "مساء", "صباح", "الماضي", "الماضية", "المقبل", "المقبلة",
    "الحالي", "الجاري", "الساعة"))
"""Words that say when: a lead dates its news with them ("أعلنت الوزارة، اليوم الأحد، ..."), and so do a page's
widgets and slogans at their end ("حالة الطقس اليوم", "على مدار الساعة"); shared alone, they tell nothing of what the
news is."""
_UPDATE_MARK = re.compile(r"\s*[(\[]\s*(?:محدث|محدثة|مباشر|تحديث|يتجدد|متجدد)\s*[)\]]\s*$")
"""A widget's update mark in brackets closing a line ("(محدث)", "(مباشر)", "[يتجدد]"): a box refreshed through the
day, whose title is dated by its closing words of when."""


def _without_when(text: str) -> str:
    """A widget's line, which carries its update mark (``_UPDATE_MARK``: "أسعار الخضار اليوم (محدث)"), less the words
    of when (``_WHEN_WORDS``) that close it: they date the box and tell nothing of what the news is. Any other line is
    left whole: a title's closing day is often its only word in common with the lead ("موعد مع المجد مساء الجمعة",
    "ساعة الحقيقة غدا": reviewer s17/review_notitle2.md H2), and a weekday elsewhere is what the line is about."""
    if not _UPDATE_MARK.search(text):
        return text
    tokens = _UPDATE_MARK.sub("", text).split()
    while tokens and folded_word(tokens[-1].strip(_MARKS_AROUND)) in _WHEN_WORDS:
        tokens.pop()
    return " ".join(tokens)


_MARKS_AROUND = ".,،:؛!؟?()«»\"'“”"
"""Marks a word may carry before or after it on a line."""


def _named_beside_a_slogan(text: str, lead: Counter[str]) -> bool:
    """Whether a line of two parts joined by a dash, a bar or a slash is a site's or section's name beside its
    slogan or its section ("صوت المدينة - أخبار الوطن على مدار الساعة", "أخبار الجالية-البلد"): the shorter part,
    too short for a title alone (fewer than ``MIN_TITLE_WORDS`` words), shares the lead's word (a site named after its
    town, a section after its country), while the longer part, which would be the title of a "Title - Site" line,
    shares none. A title tells what its lead tells (360 of 361 annotated titles share a word with it); a tag beside a
    title ("محليات - حريق في السوق") is no longer than the title part. Spared (reviewer s17/review_notitle.md H2): a
    single word before the dash, a place's or topic's kicker over a feature's figurative title ("الساحل – ليلة بلا
    كهرباء"); a single word after a spaced dash, the place a title is tagged with ("عروس البحر تغرق - CITY"; a site
    glues its section to its name: "أخبار الجالية-البلد"); and a part holding a quote, a speaker's words beside his
    name ("وزير الخارجية - «...»"), which no slogan is quoted as. A hyphen inside a name (``_NAMING_HYPHEN``) joins
    no parts."""
    parts = [part for part in SEPARATOR.split(_NAMING_HYPHEN.sub(" ", text)) if WORD_TOKEN.search(part)]
    if len(parts) != 2 or any(mark in text for mark in _QUOTE_MARKS):
        return False
    longer, shorter = sorted(parts, key=lambda part: len(content_stems(part)), reverse=True)
    one_word = len(WORD_TOKEN.findall(shorter)) == 1
    kicker = one_word and (shorter is parts[0] or _spaced_separator(text))
    return (len(content_stems(longer)) > len(content_stems(shorter)) and not kicker
            and len(WORD_TOKEN.findall(shorter)) < MIN_TITLE_WORDS and overlap(longer, lead) == 0)


_NAMING_HYPHEN = re.compile(r"(?<=[0-9A-Za-z\u0660-\u0669])[-–](?=\S)|(?<=\S)[-–](?=[0-9A-Za-z\u0660-\u0669])")
"""A hyphen glued to a digit or a Latin letter on either side: part of a name ("كوفيد-19", "إف-16", "A-10",
"2024-2025"), never a site's name joined to its slogan (reviewer s17/review_notitle2.md H3)."""
_QUOTE_MARKS = "«»\"“”"
"""Marks that quote a speaker's words."""


def _spaced_separator(text: str) -> bool:
    """Whether the line's first separator (``SEPARATOR``) stands apart from the words around it."""
    found = SEPARATOR.search(text)
    return found is not None and found.group() != found.group().strip()


MAX_CALL_SHARED = 1
"""A line calling its reader that shares this many of the lead's words or fewer is a promo, not a title."""


def _calls_with_a_word(text: str, lead: Counter[str], below: str = "") -> bool:
    """Whether the line is a site's promo, welcome or service box, which meets the lead on a word by chance (a wedding
    site's "are you getting married?" over a singer's wedding story): it shares at most ``MAX_CALL_SHARED`` word with
    the lead, and it speaks as the site by a pronoun that does nothing else (``SITE_VOICE``: "تواصل معنا") or by a
    greeting beside a word naming the site (``_GREETINGS``: "مرحبا بكم في موقع ..."), never in a speaker's words
    after his colon (``_SPEAKER``), or to its reader (``SECOND_PERSON``: "هل أنت مقبل على ...؟") over a
    line ``below`` that calls the reader too and tells the lead no more (``lineshape.calls_the_reader``: "لا تضيع
    وقتك"): a box of calls. A title speaks to its reader alone,
    over its date or its lead ("إليك أبرز ما جاء في ...", "هل أنت مستعد لـ...؟", reviewer s17/review_notitle.md H3),
    and one that tells the article names more of it ("اخترت لكم أفضل 10 مسلسلات في رمضان؟" shares two words or
    more). A word merely ending in ك ("ماسك", "بنك") addresses no one on the line itself."""
    if overlap(text, lead) * len(content_stems(text)) > MAX_CALL_SHARED:
        return False
    plain = DIACRITICS.sub("", text)
    words = bare_words(plain)
    site_voice = _SPEAKER.search(plain) is None and (
        bool(words & SITE_VOICE)
        or bool(words & SECOND_PERSON) and bool(words & _GREETINGS) and _SITE_WORD.search(plain) is not None)
    return site_voice or bool(words & SECOND_PERSON) and calls_the_reader(below) \
        and overlap(below, lead) * len(content_stems(below)) <= MAX_CALL_SHARED


_GREETINGS = frozenset(("مرحبا", "أهلا", "اهلا"))
"""Words a site welcomes its visitor with ("مرحبا بكم في موقع ..."): the site's voice only beside a word naming the
site (``_SITE_WORD``); a title greets a season or a city too ("أهلا بك يا رمضان", "مرحبا بكم في الدوحة": reviewer
s17/review_notitle2.md H1)."""
_SITE_WORD = re.compile(r"(?:^|\s)[وفبل]?(?:ال|لل)?(?:موقع|بوابة|بوابت|منصة|منصت|صفحة|صفحت|قناة|قنات)\S*")
"""A word naming the site a greeting welcomes to: its site, portal, platform, page or channel ("بوابتنا", "الموقع")."""
_SPEAKER = re.compile(r"^[^:：]{2,}[:：]\s*\S")
"""A speaker's colon, his words after it ("NAME: واشنطن معنا"): the "we" of a quote is the speaker's, never the
site's voice (reviewer s17/review_notitle2.md H1)."""


def _glossed_title_alone(body: Body, index: int, crumbed: frozenset[int] = frozenset()) -> bool:
    """Whether the line is named a caption only by a bracket no list knows as a photo's source
    (``rules.credited_to_an_unlisted_source``) and stands alone over the article: only the page's header above it
    (``_opens_page``) and below it, down to the article (menus, labels, a date). A caption stands under its title; with
    no title on the page, the line is the title with a gloss or an abbreviation in brackets ("... (الناتو)", "...
    (Llama)"), a candidate like any other (reviewer, s15fixreview_rules2.md H6-H8). A line the breadcrumb ends with
    (``crumbed``) is the page's title, never its header."""
    if body.lines[index].furniture != CAPTION_REASON or not credited_to_an_unlisted_source(body.lines[index].text):
        return False
    lead = lead_stems(body)
    return all(place not in crumbed and _header_not_title(body.lines[place], lead)
               for place in (*range(index), *range(index + 1, body.start)))


def _header_not_title(line: LineScore, lead: Stems) -> bool:
    """Whether a line around a caption is the page's header for reasons that no title shares, so that the caption
    stands alone (``_glossed_title_alone``): furniture by a rule or by shape that no title carries (``MAY_BE_TITLE``:
    a title tagged "فيديو |", "بالصور.." may be the title), a site's name, a section's label, a masthead whose parts
    are a site's or a section's (``_names_the_site``), or a line too short for a title candidate (fewer than
    ``MIN_TITLE_WORDS`` words) that the article does not tell (``lead``). A title with a tag before a bar ("عاجل |
    ...", "محليات | ..."), a short column's or interview's title its lead takes up ("صيف ساخن" over "مع كل صيف ...",
    "حوار | وزير المالية" over "قال وزير المالية ...") is the title the caption stands under (reviewer,
    s16review_caption.md H1, M3; s16review_caption2.md H1, M2), though ``_page_header`` takes them for header."""
    text = line.text
    if line.furniture not in MAY_BE_TITLE or text in SITE_NAMES or SECTION_LABEL.matches(text):
        return True
    if MASTHEAD.match(text):
        return _names_the_site(text, lead)
    return len(text.split()) < MIN_TITLE_WORDS and overlap(text, lead) == 0


def _names_the_site(text: str, lead: Stems) -> bool:
    """Whether each part of a "X | Y" line is a site's name or a section's (``credits.names_a_section``: "موقع
    المدينة | أخبار محلية", "سكاي نيوز عربية | اقتصاد", "حوادث وقضايا المحاكم | SITE") or too short for a title
    (fewer than ``MIN_TITLE_WORDS`` words) and untold by the article (``lead``): a masthead. A part of a title's size
    that names neither makes the line a tagged title ("عاجل | انهيار مبنى ..."), and so does a short part the lead
    takes up ("طقس الغد | أمطار ورياح" over "... أمطارا غزيرة ورياحا ...")."""
    parts = [part.strip() for part in re.split(r"[|｜]", text)]
    return all(part in SITE_NAMES or SECTION_LABEL.matches(part) or names_a_section(part)
               or len(part.split()) < MIN_TITLE_WORDS and overlap(part, lead) == 0 for part in parts)


def _framed_as_title(body: Body, index: int, stop: int) -> bool:
    """Whether the page frames a line above the article as its title: nothing (it opens the page), a section's label
    (``_is_section``) or a topic's tag with its year right above it, and under it only the date or byline block
    (``_meta_line``, one line or more, the writer's among them: ``_signed``) down to the article ("آراء" / TITLE /
    "بقلم: NAME" / the column). A column's
    title is figurative by habit and may share no word with its text ("ذاكرة من إسمنت"); the frame says what the words
    do not. Not any short line: an address, a slogan stand under a field's or an app's label over a byline ("العنوان:",
    "تطبيق SITE"), nor the opinion pages' notice under their label (``_editorial_notice``: "المقالات المنشورة تعبر
    عن آراء كتابها")."""
    if stop != body.start:
        return False
    above = strip_bullet(body.lines[index - 1].text) if index else ""
    block = body.lines[index + 1:stop]
    labelled = index == 0 or _is_section(above) or _dated_tag(above)
    notice = _editorial_notice(body.lines[index].text) or bool(_WRITERS_ARTICLES.search(body.lines[index].text))
    return (labelled and not notice and bool(block) and all(map(_meta_line, block))
            and any(map(_signed, block)))


_WRITERS_ARTICLES = re.compile(r"(?:^|\s)(?:جميع|كل|المزيد من|مزيد من)\s+(?:مقالات|كتابات|مقالات ومدونات)"
                               r"(?:\s+(?:ال)?كاتب(?:ة)?)?(?:\s|$)")
"""A writer box's link to the writer's other articles ("جميع مقالات الكاتبة", "المزيد من مقالات الكاتب"), framed by
the section's name and the writer's line like a column's title, and no title (s18 review_lead2.md H3)."""


def _signed(line: LineScore) -> bool:
    """A writer's line in the block under a framed title: the byline the rules drop ("بقلم: NAME") or a writer's line
    (``writers_line``: its opener, a name and role). A column is signed; a date alone
    under a line frames a site's slogan, strapline, promo or sponsor notice just as well (reviewer,
    s16review_fh.md: seven such pages took the slogan for the headline where the lead's first sentence was right)."""
    return line.furniture == "byline" or writers_line(line.text)


def _editorial_notice(text: str) -> bool:
    """Whether a line is a site's notice on its writers' pages, in any of its wordings: what it publishes expresses
    or represents someone's opinion, binds someone or is someone's responsibility (``NOTICE_STANCE``), that someone the
    writers or the site (``NOTICE_OWNER``), and it says what it covers or how far ("المقالات المنشورة", "ما ينشر",
    "بالضرورة", "وحده": ``NOTICE_SCOPE``): "المقالات المنشورة تعبر عن آراء كتابها", "لا تمثل بالضرورة موقف الموقع",
    "ما ينشر هنا مسؤولية كاتبه وحده". Whole words: a column's title may speak of opinions ("أن تعبر عن رأيك همسا")
    or of a writer's responsibility ("مسؤولية الكاتب في زمن الحرب") without being one."""
    folded = DIACRITICS.sub("", text).translate(FOLD)
    return all(part.search(folded) for part in _NOTICE_PARTS)


def _is_section(text: str) -> bool:
    """A section's name the rules know, or one columns stand in (``COLUMN_SECTIONS``), and no ticker's or kicker's
    marker (``MARKERS``: the rules' section labels hold "عاجل", which heads another story's line)."""
    return (SECTION_LABEL.matches(text) or text in COLUMN_SECTIONS) and text.strip(" :：") not in MARKERS


def _framed_titles(body: Body, repeats: Counter[str], crumbed: frozenset[int]) -> list[int]:
    """When no line may be the title, the line the page frames as its title (``_framed_as_title``) that the rules
    allow but for the words it shares with the lead."""
    return [index for index in _candidates(body, body.start, Stems(), repeats, crumbed, framed=True)
            if _framed_as_title(body, index, body.start)][-1:]


def _rest_of_a_sentence(body: Body, index: int) -> bool:
    """Whether the line above was cut in the middle of a sentence that goes on here: it does not end one,
    and it opens the way a paragraph goes on ("وأشار التجار إلى أن سوق") or stops on a particle ("... نحو")."""
    if index == 0 or body.lines[index - 1].furniture is not None:
        return False  # a date line ending "... نشر في" (published on) is furniture, no sentence going on here
    above = body.lines[index - 1].text
    tokens = WORD_TOKEN.findall(above)
    return bool(tokens) and not ends_sentence(above) and (
        bool(GOES_ON.match(above)) or continues_paragraph(above, strict=True) or stops_short(above))


def never_title(text: str) -> bool:
    """Shapes that are never a title whatever the page: a masthead, a web address, a time ago ("منذ ثانية واحدة"), a
    short credit of two parts joined by a dash or slash ("القاهرة - مصر اليوم", "وكالات _ الموقع", "الموقع/اسم الكاتب")
    or of three short parts or more ("SITE_ NAME_ CITY", ``credit_of_parts``), or one left without its second part
    ("الموقع الإخباري -", ``dangling``), a dateline with its date (``dated_credit``), a writer's role and a colon
    ("كتبت : ..."), a newsroom's post or desk credited instead of a writer ("مراسل الموقع في CITY", "قسم الأخبار
    الاقتصادية", ``credits.desk_credit``), a person's name beside a label or a place ("المهندس: NAME", "NAME – SITE",
    ``text.namecredits``), a name beside its Latin handle or acronym ("NAME – ACRONYM", "بواسطة: handle",
    ``text.latinnames``), a writer's role alone in brackets ("(محلل مالي)", ``bylines.writer_role_alone``), a photo's
    caption with its credit ("... صورة: NAME"), a field with a number
    ("مدة القراءة : 1 دقائق") or a city's or agency's one word after a colon ("عمان: وكالات"), a table's row ("| ...
    |"), a list of three commas or more (the page's keywords), a line going on from a paragraph before it ("وأشار التجار
    إلى أن سوق", "إذ قبلت المحكمة ..."; no annotated title or furniture line opens with such a linking word), a line
    reporting speech ("قالت الوزارة إن ..."; not a question: "هل يمكن أن تنخفض الأسعار؟" is no lead and may be a
    title)."""
    return _never_shape(text) or bool(GOES_ON.match(text)) or _reports_speech(text)


def _never_shape(text: str) -> bool:
    """``never_title``'s shapes that no page evidence overrides: all but those of a lead going on or reporting
    speech (``_restated_below`` may find a title written so)."""
    return (is_masthead(text) or bool(_WEB_ADDRESS.search(text) or TIME_AGO.match(text) or CREDIT.match(text)
                                       or _FIELD.match(text) or _CREDITED.match(text) or _PHOTO_CREDIT.search(text)
                                       or _TABLE_ROW.match(text))
            or dangling(text) or dated_credit(text) or dateline_credit(text) or credit_of_parts(text)
            or writer_named(text) or writer_with_role(text) is not None or desk_credit(text) or names_a_credit(text)
            or named_in_latin(text) or writer_role_alone(text)
            or (text.split() or [""])[0] in LINKING_WORDS or len(COMMA_MARK.findall(text)) >= LIST_COMMAS)


def _goes_on_with_verb(text: str) -> bool:
    """Whether a line opening with و + ي/ت ("ويهدف المشروع، الذي ...") is a paragraph going on: the opening alone
    is no evidence (many nouns and names begin so: "وتيرة", "ويكيليكس"), a line built as a sentence is (a clause
    mark, a word that builds sentences, or ``GOING_ON_WORDS`` words)."""
    return bool(_CONJOINED_VERB.match(text)) and (clause_marks(text) > 0 or has_sentence_particle(text)
                                                  or len(text.split()) >= GOING_ON_WORDS)


def _reports_speech(text: str) -> bool:
    """Whether the line reports speech ("قالت الوزارة إن ..."), past a title's topic before a colon (a source
    spelled out there, "سي إن إن : ...", is no speech) and not after a word that makes "أن" no speech
    (``_NO_SPEECH_BEFORE``: "بعد أن ..."); a question ("هل يمكن أن ...؟") is no lead."""
    head = _TOPIC_HEAD.match(text)
    words = text[head.end():].split() if head else text.split()
    first = 0 if head else 1  # (speech is reported after a verb: the line's first word reports none)
    reported = any(words[place] in _REPORTED and (place == 0 or words[place - 1] not in _NO_SPEECH_BEFORE)
                   for place in range(first, len(words)))
    return reported and not text.endswith(("?", "؟"))


def inner_sub_headings(body: Body) -> int:
    """How many sub-headings the article shows: heading-shaped lines right between two prose lines."""
    return sub_headings(body.lines, body.start, body.end,
                        is_heading=lambda line: line.furniture is None and looks_like_heading(line.text))
