"""A title said twice on one line: a page's heading and its copy (the tab's title, a hidden heading) copied as one.

"حلويات العيدحلويات العيد" is the title "حلويات العيد" glued to itself; "X X" the same with a space between. Such a
line, read as the headline or as a sub-heading, is the title said once. Written text never glues a word to a copy of
the line's start, so a glued copy needs only a title of ``MIN_GLUED_TITLE_WORDS`` words (never one word: a stray
"شكراشكرا" names nothing); a copy after a space may be a phrase said twice on purpose ("الله أكبر الله أكبر", a
chant, a song's refrain), so it needs a title's full size (``MIN_SPACED_TITLE_WORDS``) and is read once only as the
headline. A title names things: one word said over and over ("الحكومة الحكومة الحكومة ...") is no title said twice. Only headlines and section titles are read so: a paragraph keeps all its words.
"""

from __future__ import annotations

MIN_GLUED_TITLE_WORDS = 2
"""Words the title glued to its own copy holds at least."""
MIN_SPACED_TITLE_WORDS = 3
"""Words the title said twice with a space between holds at least (``text.titleshape.MIN_TITLE_WORDS``)."""


def doubled_title(text: str) -> str | None:
    """The title ``text`` says twice, glued to itself or after a space (see the module docstring), else None."""
    words = text.split()
    half = len(words) // 2
    if half >= MIN_SPACED_TITLE_WORDS and words[:half] == words[half:] and len(set(words[:half])) > 1:
        return " ".join(words[:half])
    line = " ".join(words)
    middle = len(line) // 2
    if len(line) % 2 or line[:middle] != line[middle:]:
        return None
    title = line[:middle]
    named = len(title.split()) >= MIN_GLUED_TITLE_WORDS and len(set(title.split())) > 1
    return title if named and any(char.isalpha() for char in title) else None


def once_said(text: str) -> str:
    """``text`` with single spaces, and its title said once when it says one twice (``doubled_title``)."""
    return doubled_title(text) or " ".join(text.split())


def title_once(text: str, *, spaced: bool = True) -> str:
    """A headline or section title as it is read: the title said once when the line says it twice, else as is.
    ``spaced=False`` (a sub-heading inside the article) reads only a copy glued to the title so: a line between
    paragraphs saying one phrase twice with a space between is as likely a chant or a refrain the article quotes
    ("نريد الماء في كل بيت نريد الماء في كل بيت"), and all its words are kept."""
    title = doubled_title(text)
    if title is None or not spaced and len(" ".join(text.split())) != 2 * len(title):
        return text
    return title
