"""Latin acronyms in Arabic text, spelled with Arabic letter names for the offline engines.

The names and acronyms Arabic news uses most are in the built-in lexicon
(``builtin_names.tsv``: CNN -> سي إن إن، NATO -> الناتو) and are replaced
before this runs. Any other acronym of 2 to 6 capital letters is spelled the
way an Arabic newsreader says it: FBI -> إف بي آي (espeak-ng would otherwise
say the English letter names). Other Latin words are left as they are:
espeak-ng's Arabic voice switches to its English voice for a Latin word, so
"Eyal Ofer" is read as English, not letter by letter.
"""

from __future__ import annotations

import re

LETTER_NAMES = {
    "A": "إيه", "B": "بي", "C": "سي", "D": "دي", "E": "إي", "F": "إف", "G": "جي", "H": "إتش", "I": "آي",
    "J": "جيه", "K": "كيه", "L": "إل", "M": "إم", "N": "إن", "O": "أو", "P": "بي", "Q": "كيو", "R": "آر",
    "S": "إس", "T": "تي", "U": "يو", "V": "في", "W": "دبليو", "X": "إكس", "Y": "واي", "Z": "زد",
}

# 2-6 capitals standing alone or before digits (FBI, GPT4), or dotted (U.S.); not inside a word (iOS, ChatGPT).
_ACRONYM = re.compile(r"(?<![A-Za-z])(?:[A-Z]\.){2,5}(?![A-Za-z])|(?<![A-Za-z])[A-Z]{2,6}(?![A-Za-z])")


def spell(acronym: str) -> str:
    """"FBI" -> "إف بي آي"."""
    return " ".join(LETTER_NAMES[letter] for letter in acronym if letter in LETTER_NAMES)


def spell_acronyms(text: str) -> str:
    """Every all-capital Latin acronym in ``text`` spelled with Arabic letter names."""
    return _ACRONYM.sub(lambda match: spell(match.group(0)), text)
