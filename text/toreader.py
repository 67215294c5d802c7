"""Lines that speak to the reader or of the page itself rather than tell the news: a call, the second person in a short
line, the page or the reader's own comment, account or e-mail named, a site's notice. The body finder
(``text.bodyfind``) ends the article before them and never takes them in past its end."""

from __future__ import annotations

import re

from text.lineshape import HARAKAT, SECOND_PERSON, bare_words, ends_sentence, is_reader_call, is_site_notice
from text.scoredline import LineScore, PROSE

READER_OWN = frozenset(("تعليقك", "تعليقكم", "حسابك", "حسابكم", "بريدك", "بريدكم"))
"""The reader's own comment, account or e-mail: only a site's form speaks of them."""
THIS_PAGE = re.compile(r"(?:هذا|هذه)\s+(?:المقال|المقالة|المنشور|التدوينة|الصفحة|الموقع|النموذج|النمودج)(?!\S)|الفيديو المرفق"
                       r"|(?:من|عبر|اضغط|انقر)\s+هنا(?!\w)|(?:أعلى|اعلى)\s+الصفحة|(?:إلى|الى)\s+(?:الأعلى|الاعلى)$")
"""The page itself, or a link on it ("من هنا": a pointer to a video or a form; "إلى أعلى الصفحة", "الذهاب إلى
الأعلى": the button back to the page's top)."""
MAX_READER_LINE_WORDS = 20
"""A line speaking to the reader (a form's notice, a poll, a call to subscribe) is at most this long."""


def speaks_to_reader(line: LineScore) -> bool:
    """Whether a line speaks to the reader or of the site: opens with a call (``is_reader_call``), speaks in the second
    person or of the page (``addresses_reader``), or is the site's notice (``is_site_notice``). One test for every
    place that asks."""
    tokens = line.text.split()
    return (bool(tokens) and is_reader_call(tokens[0], line.text) or addresses_reader(line)
            or is_site_notice(line.text))


def addresses_reader(line: LineScore) -> bool:
    """A short line (``MAX_READER_LINE_WORDS`` words at most) naming the page itself or the reader's own comment,
    account or e-mail ("هذا المقال", "هذه الصفحة", "الفيديو المرفق", "تعليقك"), or one with a word of the
    second person ("عليك", "يمكنكم", a poll's "فهل أنت:") unless it is a finished sentence of the article's
    prose: a service story may end by telling the reader how to apply ("ويمكنكم التقدم عبر الموقع الرسمي
    للوزارة حتى نهاية الشهر.")."""
    plain = HARAKAT.sub("", line.text)
    if len(plain.split()) > MAX_READER_LINE_WORDS:
        return False
    words = bare_words(plain)
    if words & READER_OWN or THIS_PAGE.search(plain):
        return True
    return bool(words & SECOND_PERSON) and (line.score < PROSE or not ends_sentence(line.text))
