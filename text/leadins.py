"""A line of the article announcing the rows under it without a colon: "ومن المقرر أن تقام المباريات كالتالى.." over a
schedule whose rows ("السبت 5 إبريل الفريق والضيف") bear no mark or punctuation. ``text.scoredline.announces`` reads
such a line as it reads one closed by a colon ("... كالتالي:"), so the lead-in and its rows are the article's: cut as
what comes after the article, they were the article's last words (s24 b03, a sports site's schedule; the colon form
is on many sites: metro and tram hours, tides, fees, gold prices).

Without a colon only words that cannot end a sentence otherwise announce: "كالتالي" / "كالآتي", "(ك)ما يلي" /
"(ك)ما يأتي", and "التالي" / "الآتي" after a noun of manner or a table ("على النحو التالي", "بالشكل الآتي", "في
الجدول التالي"). "... في الأيام التالية." or "... في الجولة التالية." tells a time, not a list: it announces
nothing."""

from __future__ import annotations

import re

from text.lineshape import Spellings

_OPEN_END = re.compile(r"\s*(?:\.{1,3}|…)?\s*$")
"""How a lead-in without a colon may close: nothing, a full stop, two or three dots, an ellipsis."""
AS_FOLLOWS_ALONE = Spellings(("كالتالي", "كالآتي", "كالاتي", "وكالتالي", "وكالآتي"))
""""As follows" in one word: it announces whatever closes the line."""
WHAT_FOLLOWS = Spellings(("يلي", "يأتي"))
WHAT = Spellings(("ما", "كما", "فيما", "وفيما", "بما", "وكما"))
""""(ك)ما يلي", "فيما يأتي": what follows."""
FOLLOWING = Spellings(("التالي", "التالية", "الآتي", "الآتية", "الاتي", "الاتية"))
MANNER = Spellings(("النحو", "الشكل", "الترتيب", "الوجه", "الجدول", "البيان", "الجدولة"))
"""Nouns "the following" qualifies as a manner or a table ("على النحو التالي"); after another noun ("الأيام
التالية", "المرحلة التالية") it tells a time or a step."""
_JOINED = ("وب", "وك", "و", "ب", "ك", "ف")


def _manner(word: str) -> bool:
    """Whether ``word`` is one of ``MANNER``, maybe with a joined letter ("بالشكل", "وبالترتيب")."""
    return word in MANNER or any(word.startswith(joined) and word[len(joined):] in MANNER for joined in _JOINED)


def announces_without_colon(text: str) -> bool:
    """Whether a line closes on "as follows" (see the module) with no colon: nothing, a full stop or dots after it."""
    tokens = _OPEN_END.sub("", text).split()
    if not tokens or text.rstrip().endswith((":", "：")):
        return False
    last = tokens[-1]
    if last in AS_FOLLOWS_ALONE:
        return True
    if len(tokens) < 2:
        return False
    return (last in WHAT_FOLLOWS and tokens[-2] in WHAT) or (last in FOLLOWING and _manner(tokens[-2]))
