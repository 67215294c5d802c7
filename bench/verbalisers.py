"""Compare our verbaliser with the Arabic number verbalisers on PyPI, by kind of case.

Cases: tests/data/verbalisation*.tsv (kind, input, expected spoken form). Each
verbaliser reads every input; a case is right when the output equals the
expected text exactly (numbers, case endings, gender, units, order).

  ours                  text.verbalise after the built-in lexicon (what espeak and Piper get)
  arabic-tts-frontend   arabic_tts_frontend.normalise(): a whole-sentence front end
  num2words / num2words2 / pyarabic / tafqit
                        number-only libraries: each number in the sentence is replaced
                        by the library's words (nominative, masculine: they see no context)

Also printed: "speakable", the share of outputs with nothing espeak would misread
(text.verbalise.leftovers: digits, %, currency, fractions, slashes, a minus, a
unit abbreviation), and, for the number words alone, how often each library's
cardinal agrees with ours when given the case and gender our grammar chose
(tafqit takes both; the others take neither).

    .venv/bin/python bench/verbalisers.py [--show KIND]

The libraries are optional (pip install num2words num2words2 pyarabic tafqit
arabic-tts-frontend); a missing one is skipped.
"""

from __future__ import annotations

import argparse
import importlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from text.lexicon import builtin_lexicon
from text.numbers import FEMININE, MASCULINE, NOMINATIVE, OBLIQUE, cardinal
from text.verbalise import leftovers, verbalise

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FILES = {"development": "verbalisation.tsv", "held out": "verbalisation_holdout.tsv",
         "held out 2": "verbalisation_holdout2.tsv"}
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩٫٬٪", "0123456789.,%")


def load(name: str) -> list[tuple[str, str, str]]:
    cases = []
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, source, expected, *_ = line.split("\t")
            cases.append((kind, source, expected))
    return cases


def _each_number(words: Callable[[str], str]) -> Callable[[str], str]:
    """A sentence verbaliser from a number-only library: every number replaced by its words."""
    def run(text: str) -> str:
        return _NUMBER.sub(lambda match: words(match.group(0).replace(",", "")), text.translate(_INDIC))
    return run


def _as_number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def verbalisers() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"ours": lambda text: verbalise(builtin_lexicon().apply(text))}
    try:
        frontend = importlib.import_module("arabic_tts_frontend")
        found["arabic-tts-frontend"] = lambda text: frontend.normalise(text).tts
    except ImportError:
        pass
    try:
        num2words = importlib.import_module("num2words").num2words
        found["num2words"] = _each_number(lambda n: num2words(_as_number(n), lang="ar"))
    except ImportError:
        pass
    try:
        num2words2 = importlib.import_module("num2words2").num2words
        found["num2words2"] = _each_number(lambda n: num2words2(_as_number(n), lang="ar"))
    except ImportError:
        pass
    try:
        arnumbers = importlib.import_module("pyarabic.number").ArNumbers()
        found["pyarabic"] = _each_number(lambda n: arnumbers.int2str(n))
    except ImportError:
        pass
    try:
        tafqit = importlib.import_module("tafqit")
        found["tafqit"] = _each_number(
            lambda n: tafqit.number_ar(int(n)) if n.isdigit() else f"{n} (no decimals)")
    except ImportError:
        pass
    return found


def _safe(run: Callable[[str], str], text: str) -> str:
    try:
        return run(text)
    except Exception as error:  # noqa: BLE001 - a library failing on a case is a result, not a crash
        return f"<error {type(error).__name__}>"


def cardinal_agreement(names: list[str]) -> dict[str, str]:
    """How often each library's bare cardinal equals ours, given our case and gender."""
    numbers = [*range(0, 130), 200, 300, 1000, 2000, 2025, 3000, 11000, 33175, 101000, 200000, 1700000, 2500000,
               3000000000]
    grid = [(n, gender, case) for n in numbers for gender in (MASCULINE, FEMININE) for case in (NOMINATIVE, OBLIQUE)]
    results = {}
    libraries: dict[str, Callable[[int, str, str], str]] = {}
    if "tafqit" in names:
        tafqit = importlib.import_module("tafqit")
        libraries["tafqit"] = lambda n, g, c: tafqit.number_ar(n, feminine=g == FEMININE,
                                                               case="nominative" if c == NOMINATIVE else "genitive")
    if "num2words" in names:
        num2words = importlib.import_module("num2words").num2words
        libraries["num2words"] = lambda n, g, c: num2words(n, lang="ar")
    if "num2words2" in names:
        num2words2 = importlib.import_module("num2words2").num2words
        libraries["num2words2"] = lambda n, g, c: num2words2(n, lang="ar")
    if "pyarabic" in names:
        arnumbers = importlib.import_module("pyarabic.number").ArNumbers()
        libraries["pyarabic"] = lambda n, g, c: arnumbers.int2str(str(n))
    for name, words in libraries.items():
        same = sum(_normal(words(n, g, c)) == _normal(cardinal(n, gender=g, case=c)) for n, g, c in grid)
        results[name] = f"{same}/{len(grid)}"
    return results


def _normal(words: str) -> str:
    """Spelling variants that sound the same: مائة/مئة, ألفاً/ألفًا, إثنا/اثنا, spaces after و."""
    words = words.replace("مائة", "مئة").replace("مائت", "مئت").replace("اً", "ًا").replace("إثن", "اثن")
    return re.sub(r"\s+", " ", re.sub(r"\bو\s+", "و", words)).strip()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--show", metavar="KIND", help="print every case of this kind that each verbaliser misses")
    args = parser.parse_args()
    runs = verbalisers()
    for label, name in FILES.items():
        cases = load(name)
        kinds = sorted({kind for kind, _, _ in cases})
        right: dict[str, Counter[str]] = defaultdict(Counter)
        speakable: Counter[str] = Counter()
        totals = Counter(kind for kind, _, _ in cases)
        for kind, source, expected in cases:
            for verbaliser, run in runs.items():
                spoken = _safe(run, source)
                right[verbaliser][kind] += spoken == expected
                speakable[verbaliser] += not leftovers(spoken)
                if args.show == kind and spoken != expected:
                    print(f"  [{verbaliser}] {source}\n      got      {spoken}\n      expected {expected}")
        print(f"\n{label} ({name}, {len(cases)} cases): exact readings by kind")
        width = max(len(kind) for kind in kinds)
        print(" " * (width + 2) + "".join(f"{v:>21}" for v in runs))
        for kind in kinds:
            print(f"  {kind:<{width}}" + "".join(f"{f'{right[v][kind]}/{totals[kind]}':>21}" for v in runs))
        print(f"  {'all':<{width}}" + "".join(
            f"{f'{sum(right[v].values())}/{len(cases)}':>21}" for v in runs))
        print(f"  {'speakable':<{width}}" + "".join(f"{f'{speakable[v]}/{len(cases)}':>21}" for v in runs))
    print("\nbare cardinals equal to ours (given our case and gender where the library takes them):")
    for name, figure in cardinal_agreement(list(runs)).items():
        print(f"  {name:<12} {figure}")


if __name__ == "__main__":
    main()
