"""The article's labelled lists past the best run, on a page cut short inside them.

An article may close on lists under labels of its own: a club's aims under "أهداف النادي:", a team's players under
"تشكيلة المنتخب:", or a fact box on a building ("مرافق الملعب" / "عدد المدرجات: 4 مدرجات" / "الخدمات:" / "مطاعم"
...). Line by line such a list scores below prose: the best run stops at the last paragraph above it, and when the
excerpt ends inside the list, ``text.cutshort.with_cut_page_end`` must tell the article's cut tail from a page
part's. Its cues of another part are the lines a list is made of: a short line naming nothing of the article, two
words alone in a row, whole titles in a row. Under a label of the tail they are the list's items, not the page's
links: ``tail_lists`` gives those lines, which the cut-tail test then takes for no cue.

A page's own boxes look the same: other stories' titles, tags, a site's section, a channel's programmes, each under
a colon label that may well name the story's subject ("... الانتخابات:"). Sharing a word is not enough, so a list
is the article's only when all of these hold:

- its label or heading names no part of the page (``runedges.names_a_page_part``), no kind of the site's content or
  of a page's section in any of its words (``PAGE_KINDS``: "أخبار", "عناوين", "ذات صلة", "الكلمات المفتاحية", "بث",
  ...), is no site section's name alone ("منوعات:", "رياضة:") and no credit ("المصدر:");
- no item is told as a story's title: a subject, then a verb in the present ("الفريق يفوز على ضيفه": ``tells_news``),
  which is how a box's teasers read; the article's items are names, noun phrases or "label: value" rows;
- its label, heading or rows' labels share a topic word with the article's own lines (``MIN_SHARED``; words any box
  uses, "أخبار", "الأسبوع", "عدد", are none: ``runedges.topic_keys``, ``sharedwords.common_keys``). The article is
  the run's lines only, never the site's menu or masthead above the headline.

Each list is judged alone, with one exception: the parts of one fact box (lists joined to each other by nothing but
short headings and "label: value" rows, one of them holding such rows) go in together when one of them shares a
word, since a box's later parts ("الخدمات:" / "مطاعم" / "مصليات") need not repeat the story's words. A label left
with no item at the page's end right under such a fact box is its next part the page was cut under ("المواقف:"); a
lone label under any other list is no sign that the page was cut.

The other cues stay: furniture by a rule or a shape, lines speaking to the reader, another story's title and lead,
a page not ending cut (``text.cutshort``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from text.articlerows import credit_label
from text.clean import FOLD
from text.goingon import is_present_verb
from text.lineshape import HARAKAT, ends_sentence, has_letter, normal, strip_bullet
from text.menupage import MORE_SECTIONS
from text.names import is_given_name
from text.rules import NAV_WORDS
from text.runedges import loose_keys, names_a_page_part, topic_keys
from text.sharedwords import common_keys, word_keys
from text.scoredline import LineScore, NEUTRAL_SHAPES, is_short_title, is_whole_title, list_label, list_label_value

MIN_SHARED = 1
"""Topic words a list's label, heading or rows' labels share with the article at least ("أهداف النادي:" under a lead
on the club's new season plan that names "أهداف النادي")."""
MIN_LIST_ITEMS = 2
"""Items a label gives at least to head a list (one line under a label is a box's single link as often)."""
MAX_ITEM_WORDS = 8
"""A list's item is this many words at most: a name, an aim, a service, a fact ("سعة المدرج الشمالي: 12 ألف
متفرج"). Other stories' titles in a box run longer."""
MAX_NAMED_ITEM_WORDS = 6
"""An unmarked item shaped as a whole title (``is_whole_title``) is an item only up to this many words: an aim, a
name or a service is a phrase; another story's title tells a story, in more words."""
MIN_NEWS_WORDS = 3
"""An item tells news (``tells_news``) in this many words at least: a subject, its verb, and what it does."""
MAX_SUBJECT_WORDS = 3
"""The words a story's title puts before its verb at most ("لاعبو المنتخب الأول يطالبون ...")."""


@dataclass(frozen=True)
class _List:
    heads: tuple[int, ...]
    """Positions of the list's heading (a short title over a label or a row) and label (closed by a colon)."""
    items: tuple[int, ...]
    """Positions of its items and rows."""


def tail_lists(tail: Sequence[LineScore], article: Sequence[LineScore]) -> frozenset[int]:
    """The positions in ``tail`` (the lines past the run, in order) of the labels, headings and items of the lists
    that are the article's (see the module docstring), ``article`` being the run's lines."""
    lists = _lists(tail)
    if not lists:
        return frozenset()
    told = _topic(set().union(*(loose_keys(line.text) for line in article)))
    kept: list[_List] = []
    for box in _boxes(tail, lists):
        if len(box) == 1 and not any(_row(tail[at]) for at in box[0].items):
            kept.extend(box if _fits(tail, box[0]) and _named(tail, box[0]) & told else ())
            continue
        fitting = tuple(itertools.takewhile(lambda found: _fits(tail, found), box))  # a fact box's parts
        if not any(_named(tail, found) & told for found in fitting):
            continue
        kept.extend(fitting)
        last = len(tail) - 1
        if (fitting[-1] is lists[-1] and _label(tail[last]) and not _names_the_page(tail[last].text)
                and last > fitting[-1].items[-1] and _only_blank_between(tail, fitting[-1].items[-1], last)):
            kept.append(_List((last,), ()))  # the box's next part, its items cut off by the page's end
    if any(found not in kept for found in lists):
        return frozenset()  # a box of the page stands among the lists: the page may be cut inside it
    return frozenset(at for found in kept for at in (*found.heads, *found.items))


def _lists(tail: Sequence[LineScore]) -> list[_List]:
    lists = []
    position = 0
    while position < len(tail):
        found = _list_at(tail, position)
        if found is None:
            position += 1
            continue
        lists.append(found)
        position = found.items[-1] + 1
    return lists


def _boxes(tail: Sequence[LineScore], lists: list[_List]) -> list[tuple[_List, ...]]:
    """The lists in runs of one fact box: two lists are parts of one box when the lines between them are only short
    headings and "label: value" rows, and one list at least of the run holds such rows. Any other list stands alone."""
    runs: list[list[_List]] = []
    for found in lists:
        if runs and all(not has_letter(line.text) or _row(line) or _heading(line)
                        for line in tail[runs[-1][-1].items[-1] + 1:found.heads[0]]):
            runs[-1].append(found)
        else:
            runs.append([found])
    boxes: list[tuple[_List, ...]] = []
    for run in runs:
        if any(_row(tail[at]) for found in run for at in found.items):
            boxes.append(tuple(run))
        else:
            boxes.extend((found,) for found in run)
    return boxes


def _topic(keys: set[str]) -> set[str]:
    """The keys naming a topic: no word any box's title uses (``topic_keys``), no word any page shares with any
    article by chance (``common_keys``, taken the way ``word_keys`` gives it)."""
    common = common_keys()
    return {key for key in topic_keys(keys) if not word_keys(key) <= common}


def _named(tail: Sequence[LineScore], found: _List) -> set[str]:
    """The topic words a list's heading, label and rows' labels name."""
    return _topic(set().union(*(loose_keys(strip_bullet(tail[at].text)) for at in found.heads),
                              *(loose_keys(strip_bullet(tail[at].text).partition(":")[0]) for at in found.items
                                if _row(tail[at]))))


def _fits(tail: Sequence[LineScore], found: _List) -> bool:
    """Whether a list can be the article's: no label or heading naming the page, no item told as another story."""
    return (not any(_names_the_page(tail[at].text) for at in found.heads)
            and not any(tells_news(tail[at].text) for at in found.items))


def _list_at(tail: Sequence[LineScore], position: int) -> _List | None:
    """The list opening at ``position``, if one does: its heading (a short title over a label or a row), its label,
    and its items."""
    at = _next_with_letters(tail, position)
    if at is None:
        return None
    heads: tuple[int, ...] = ()
    if _heading(tail[at]):
        below = _next_with_letters(tail, at + 1)
        if below is None:
            return None
        if _row(tail[below]):
            items = _items(tail, below)
            return _List((at,), tuple(items)) if len(items) >= MIN_LIST_ITEMS else None
        heads, at = (at,), below
    if not _label(tail[at]):
        return None
    items = _items(tail, at + 1)
    return _List((*heads, at), tuple(items)) if len(items) >= MIN_LIST_ITEMS else None


def _items(tail: Sequence[LineScore], position: int) -> list[int]:
    """The positions of the items from ``position`` on, up to the first line that is no item (lines without a letter
    between them are passed over)."""
    items = []
    while position < len(tail):
        line = tail[position]
        if not has_letter(line.text) and line.furniture in (None, *NEUTRAL_SHAPES):
            position += 1
            continue
        if not _item(line):
            break
        items.append(position)
        position += 1
    return items


def _next_with_letters(tail: Sequence[LineScore], position: int) -> int | None:
    return next((at for at in range(position, len(tail)) if has_letter(tail[at].text)), None)


def _only_blank_between(tail: Sequence[LineScore], first: int, last: int) -> bool:
    return not any(has_letter(line.text) for line in tail[first + 1:last])


PAGE_KINDS = frozenset(("أخبار", "اخبار", "خبر", "مقالات", "مقال", "قصص", "تقارير", "فيديو", "فيديوهات", "صور",
                        "مواضيع", "موضوعات", "روابط", "تعليقات", "منشورات", "تدوينات", "عناوين", "آخر", "اخر",
                        "أحدث", "احدث", "صلة", "ملف", "ملفات", "كلمات", "المفتاحية", "مفتاحية", "وسوم", "دلالية",
                        "بث", "البث", "تغطية", "متابعات", "منوعات"))
"""Words naming a kind of the site's content or a part of its page, in any place of a box's label ("آخر أخبار
المدينة:", "في ملف الدوري:", "عناوين اليوم:", "ذات صلة بالحدث:", "الكلمات المفتاحية:", "جدول بث القناة:"): the
links under it are the site's, whatever topic they share with the story. Not "أقسام": a hospital's or a school's
departments are the article's; a site's sections name the site, nothing the story says ("أقسام الموقع:")."""
SITE_SECTIONS = frozenset(normal(name).translate(FOLD) for name in (*NAV_WORDS, *MORE_SECTIONS))
"""A site's section names (``rules.NAV_WORDS``, ``menupage.MORE_SECTIONS``): a label that is only one ("سياسة:",
"منوعات:") heads that section's latest titles."""


def _label(line: LineScore) -> bool:
    """A list's label: closed by a colon, short, no furniture, no credit."""
    return (list_label(line) and not line.by_rule
            and not credit_label(normal(strip_bullet(line.text)).rstrip(":： ").translate(FOLD)))


_ASKS = re.compile(r"^\W*(?:هل|ما|ماذا|كيف|لماذا|متى|أين|اين|أي|اي|كم)\s|[؟?]\s*$")
"""A line asking ("ما رأيك في ...", "هل تؤيد ...؟"): a poll's question, heading its answers and their votes."""


def _heading(line: LineScore) -> bool:
    """A short title that may head a part of a fact box: no furniture, no sentence, no label, no question
    (``_ASKS``)."""
    return (is_short_title(line) and len(line.text.split()) <= MAX_ITEM_WORDS and not line.by_rule
            and not _ASKS.search(HARAKAT.sub("", line.text)))


def _names_the_page(label: str) -> bool:
    """Whether a label or heading names a part of the page or a widget (``names_a_page_part``), holds a word of
    ``PAGE_KINDS`` (with or without the article, a joined و, ب or ل), or is a site's section name alone."""
    bare = HARAKAT.sub("", strip_bullet(label)).rstrip(":： ")
    words = [re.sub(r"^(?:[وبل]?ال|لل|[وبل](?=\w{3}))", "", word) for word in bare.split()]
    return (names_a_page_part(label) or any(word in PAGE_KINDS for word in (*bare.split(), *words))
            or normal(bare).translate(FOLD) in SITE_SECTIONS)


def tells_news(text: str) -> bool:
    """Whether a line is told as a story's title: ``MIN_NEWS_WORDS`` words or more, with a verb in the present
    (``goingon.is_present_verb``) after a subject of ``MAX_SUBJECT_WORDS`` words at most ("نادي المدينة يتعاقد مع
    مدرب جديد"). A given name of a verb's shape ("يوسف") is none; an aim or a service is a noun phrase ("تطوير
    الملاعب")."""
    words = HARAKAT.sub("", strip_bullet(text)).split()
    return len(words) >= MIN_NEWS_WORDS and any(is_present_verb(word) and not is_given_name(word)
                                                 for word in words[1:MAX_SUBJECT_WORDS + 1])


def _row(line: LineScore) -> bool:
    """A "label: value" row of a fact box, no sentence ("عدد المدرجات: 4 مدرجات")."""
    return (line.furniture is None and list_label_value(line.text) and not list_label(line)
            and not ends_sentence(line.text) and len(line.text.split()) <= MAX_ITEM_WORDS)


def _item(line: LineScore) -> bool:
    """A list's item: no furniture, a letter, ``MAX_ITEM_WORDS`` words at most, no sentence finished, no label; an
    unmarked one no other story's whole title of more than ``MAX_NAMED_ITEM_WORDS`` words."""
    text = line.text
    if (line.furniture is not None or line.by_rule or not has_letter(text) or ends_sentence(text)
            or len(text.split()) > MAX_ITEM_WORDS or list_label(line)):
        return False
    marked = strip_bullet(text) != text
    return marked or _row(line) or not (is_whole_title(text) and len(text.split()) > MAX_NAMED_ITEM_WORDS)
