"""Pronunciation lexicon: words replaced by how they should be said, before synthesis.

A user file (``--lexicon FILE``) is either TSV, one ``word<TAB>spoken form`` a
line (``#`` starts a comment line), or TOML (``.toml``) with one
``"word" = "spoken form"`` a line. Its entries are added to the built-in
lexicon (``builtin_lexicon.tsv``: abbreviations; ``builtin_names.tsv``: the
Latin names and acronyms Arabic news uses most) and win over it.

Matching rule (whole words, Arabic clitics kept):
- An entry matches a whole word or phrase: not preceded or followed by a letter
  or digit. Spaces inside an entry match any run of spaces.
- The attached prefixes و/ف then ب/ل/ك may stand before it and are kept:
  with the entry ماسك, "وماسك" and "لماسك" become "و" / "ل" + the spoken form.
  For an entry starting with ال, "لل" (ل + ال) also matches: with البيت, the
  text "للبيت" becomes "لل" + the spoken form without its ال.
- Suffixes are not matched: "ماسكه" is left alone (add it as its own entry).
- Short vowels in the article are ignored when matching (ماسِك matches ماسك),
  Latin letters match case-sensitively. Longer entries win over shorter ones;
  spoken forms are not looked up again.
"""

from __future__ import annotations

import functools
import re
import tomllib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from audio_edition.errors import InputError

BUILTIN_PATH = Path(__file__).with_name("builtin_lexicon.tsv")
BUILTIN_NAMES_PATH = Path(__file__).with_name("builtin_names.tsv")
"""The Latin-script names and acronyms of Arabic news (Reuters -> رويترز), apart from the abbreviations."""
_DIACRITICS = "\u064b-\u0652\u0670"
_STRIP_DIACRITICS = re.compile(f"[{_DIACRITICS}]")


def _normal(text: str) -> str:
    return _STRIP_DIACRITICS.sub("", unicodedata.normalize("NFC", text)).strip()


def _entry_pattern(word: str) -> str:
    """``word`` as a regex that ignores short vowels and matches any run of spaces."""
    parts = []
    for char in word:
        if char.isspace():
            if not parts or parts[-1] != r"\s+":
                parts.append(r"\s+")
        else:
            parts.append(re.escape(char) + f"[{_DIACRITICS}]*")
    return "".join(parts)


@dataclass(frozen=True)
class Lexicon:
    """Word -> spoken form, applied to text with :meth:`apply`."""

    entries: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        cleaned = {}
        for word, spoken in self.entries.items():
            key = re.sub(r"\s+", " ", _normal(word))
            if not key or not spoken.strip():
                raise ValueError(f"empty lexicon entry {word!r} -> {spoken!r}")
            cleaned[key] = spoken.strip()
        object.__setattr__(self, "entries", cleaned)

    def __hash__(self) -> int:
        return hash(tuple(sorted(self.entries.items())))

    def merged(self, other: "Lexicon") -> "Lexicon":
        """This lexicon with ``other``'s entries added (``other`` wins)."""
        return Lexicon({**self.entries, **other.entries})

    @functools.cached_property
    def _pattern(self) -> re.Pattern[str] | None:
        if not self.entries:
            return None
        bodies = []
        for word in sorted(self.entries, key=len, reverse=True):
            bodies.append(_entry_pattern(word))
            if word.startswith("ال") and len(word) > 2:
                bodies.append(_entry_pattern(word[1:]))  # after a prefix ل: للبيت
        return re.compile(r"(?<!\w)(?P<prefix>[وف]?[بلك]?)(?P<body>" + "|".join(bodies) + r")(?!\w)")

    def _replace(self, match: re.Match[str]) -> str:
        prefix, body = match.group("prefix"), re.sub(r"\s+", " ", _normal(match.group("body")))
        if body in self.entries:
            return prefix + self.entries[body]
        if prefix.endswith("ل") and "ا" + body in self.entries:
            spoken = self.entries["ا" + body]
            return prefix + (spoken[1:] if spoken.startswith("ال") else spoken)
        return match.group(0)

    def apply(self, text: str) -> str:
        pattern = self._pattern
        if pattern is None:
            return text
        return pattern.sub(self._replace, text)


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: lexicon file not found") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a lexicon file") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: lexicon is not UTF-8 text") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read lexicon ({error.strerror})") from None


def parse_tsv(text: str, *, name: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t")
        # _normal drops short vowels: a word of marks alone is empty too.
        if len(fields) != 2 or not _normal(fields[0]) or not fields[1].strip():
            raise InputError(f"{name}:{number}: expected 'word<TAB>spoken form', got {line.strip()!r}")
        word, spoken = _normal(fields[0]), fields[1].strip()
        if word in first_line:
            raise InputError(f"{name}:{number}: {word!r} is already given on line {first_line[word]}")
        first_line[word] = number
        entries[word] = spoken
    return entries


def _line_of(text: str, key: str) -> int:
    for number, line in enumerate(text.splitlines(), start=1):
        if key in line:
            return number
    return 1


def parse_toml(text: str, *, name: str) -> dict[str, str]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        found = re.search(r"\(at line (\d+), column \d+\)", message)
        line = found.group(1) if found else "?"
        raise InputError(f"{name}:{line}: not valid TOML: {re.sub(r' [(]at line.*', '', message)}") from None
    entries = {}
    for word, spoken in data.items():
        if not isinstance(spoken, str) or not spoken.strip() or not _normal(word):
            raise InputError(f"{name}:{_line_of(text, word)}: expected \"word\" = \"spoken form\" "
                             f"(a non-empty string) for {word!r}")
        key = _normal(word)
        if key in entries:  # keys that differ only in short vowels are one entry, as in a TSV file
            raise InputError(f"{name}:{_line_of(text, word)}: {key!r} is already given")
        entries[key] = spoken.strip()
    return entries


def read_lexicon_file(path: Path) -> Lexicon:
    """A user lexicon (TSV, or TOML for a .toml file); InputError naming file and line."""
    path = Path(path)
    text = _read_text(path)
    parse = parse_toml if path.suffix.lower() == ".toml" else parse_tsv
    return Lexicon(parse(text, name=str(path)))


@functools.cache
def builtin_lexicon() -> Lexicon:
    """The built-in abbreviations and names; a word given in both files is a mistake."""
    entries: dict[str, str] = {}
    for path in (BUILTIN_PATH, BUILTIN_NAMES_PATH):
        found = parse_tsv(path.read_text(encoding="utf-8"), name=str(path))
        if entries.keys() & found.keys():
            raise ValueError(f"{path}: already in another built-in lexicon: {sorted(entries.keys() & found.keys())}")
        entries.update(found)
    return Lexicon(entries)


def load_lexicon(path: Path | str | None = None) -> Lexicon:
    """The built-in lexicon, with the user file's entries on top when ``path`` is given."""
    lexicon = builtin_lexicon()
    if path is not None:
        lexicon = lexicon.merged(read_lexicon_file(Path(path)))
    return lexicon
