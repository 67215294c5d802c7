"""Compare diacritisers on accuracy and speed, to choose text/diacritise.py's default.

The reference is a small set of fully diacritised news-style sentences written
for this project (below). Each diacritiser gets the sentence with its marks
removed; its output goes through ``transfer_marks`` (as in production) and is
compared letter by letter with the reference:

  DER       share of Arabic letters whose marks differ from the reference
  DER-noCE  the same without each word's last letter (case endings)
  DER-nosk  the same with sukun counted as no mark (a spelling convention)
  WER       share of words with any letter wrong
  ms/sent   median time per sentence (model already loaded), load = first call

    .venv/bin/python bench/diacritisers.py [--runs 3] [--models a,b,...]

Only models bundled in the text2tashkeel wheel are tried (the others download
weights). mishkal is tried when installed (pip install mishkal); it is not a
dependency.
"""

from __future__ import annotations

import argparse
import functools
import statistics
import time
from collections.abc import Callable

from text.diacritise import TASHKEEL, strip_diacritics, transfer_marks

SUKUN = "\u0652"

REFERENCE = [
    "ذَهَبَ الطَّالِبُ إِلَى الْمَدْرَسَةِ صَبَاحًا.",
    "قَالَ وَزِيرُ الْخَارِجِيَّةِ إِنَّ الْمُفَاوَضَاتِ سَتُسْتَأْنَفُ الْأُسْبُوعَ الْمُقْبِلَ.",
    "أَعْلَنَتِ الْحُكُومَةُ عَنْ خُطَّةٍ جَدِيدَةٍ لِدَعْمِ الِاقْتِصَادِ الْوَطَنِيِّ.",
    "ارْتَفَعَتْ أَسْعَارُ النَّفْطِ فِي الْأَسْوَاقِ الْعَالَمِيَّةِ يَوْمَ الْخَمِيسِ.",
    "وَأَكَّدَ الْمُتَحَدِّثُ أَنَّ الْوَفْدَ سَيَصِلُ إِلَى الْقَاهِرَةِ مَسَاءَ الْيَوْمِ.",
    "شَارَكَ آلَافُ الْمُوَاطِنِينَ فِي الِاحْتِفَالِ بِالْعِيدِ الْوَطَنِيِّ.",
    "يَعْقِدُ مَجْلِسُ الْأَمْنِ جَلْسَةً طَارِئَةً لِمُنَاقَشَةِ الْأَوْضَاعِ فِي الْمِنْطَقَةِ.",
    "كَتَبَ الصَّحَفِيُّ تَقْرِيرًا مُفَصَّلًا عَنِ الْفَيَضَانَاتِ الَّتِي ضَرَبَتِ الْبِلَادَ.",
    "تَسْتَضِيفُ الْمَدِينَةُ مُؤْتَمَرًا دَوْلِيًّا حَوْلَ التَّغَيُّرِ الْمُنَاخِيِّ.",
    "قَرَّرَتِ الْوِزَارَةُ تَأْجِيلَ الِامْتِحَانَاتِ بِسَبَبِ الظُّرُوفِ الْجَوِّيَّةِ.",
    "فَازَ الْمُنْتَخَبُ الْوَطَنِيُّ عَلَى مُنَافِسِهِ بِهَدَفَيْنِ مُقَابِلَ هَدَفٍ وَاحِدٍ.",
    "دَعَا الرَّئِيسُ إِلَى الْحِوَارِ بَيْنَ جَمِيعِ الْأَطْرَافِ السِّيَاسِيَّةِ.",
    "تُشِيرُ التَّقَارِيرُ إِلَى أَنَّ عَدَدَ السُّكَّانِ تَضَاعَفَ خِلَالَ عِشْرِينَ عَامًا.",
    "افْتَتَحَ الْوَزِيرُ مَصْنَعًا جَدِيدًا فِي شَمَالِ الْبِلَادِ.",
    "يَحْتَاجُ الْقِطَاعُ الزِّرَاعِيُّ إِلَى اسْتِثْمَارَاتٍ كَبِيرَةٍ فِي السَّنَوَاتِ الْمُقْبِلَةِ.",
    "نَشَرَتِ الصَّحِيفَةُ مَقَالًا عَنْ تَارِيخِ الْمَدِينَةِ الْقَدِيمَةِ.",
    "اسْتَقْبَلَ الْمَلِكُ سَفِيرَ الصِّينِ فِي الْقَصْرِ الْمَلَكِيِّ.",
    "تَعْمَلُ الشَّرِكَةُ عَلَى تَطْوِيرِ تِقْنِيَاتٍ حَدِيثَةٍ لِتَحْلِيَةِ مِيَاهِ الْبَحْرِ.",
    "أَكَّدَتِ الْأُمَمُ الْمُتَّحِدَةُ ضَرُورَةَ إِيصَالِ الْمُسَاعَدَاتِ إِلَى الْمَنَاطِقِ الْمُتَضَرِّرَةِ.",
    "سَافَرَ الْفَرِيقُ إِلَى الْمَغْرِبِ لِلْمُشَارَكَةِ فِي الْبُطُولَةِ.",
    "وَقَّعَ الْبَلَدَانِ اتِّفَاقِيَّةً لِلتَّعَاوُنِ فِي مَجَالِ الطَّاقَةِ.",
    "انْخَفَضَتْ دَرَجَاتُ الْحَرَارَةِ بِشَكْلٍ مَلْحُوظٍ فِي الْمُدُنِ السَّاحِلِيَّةِ.",
    "يَقْرَأُ الْأَطْفَالُ الْقِصَصَ فِي الْمَكْتَبَةِ الْعَامَّةِ كُلَّ أُسْبُوعٍ.",
    "طَالَبَ الْمُحْتَجُّونَ بِتَحْسِينِ الْخَدَمَاتِ الصِّحِّيَّةِ وَالتَّعْلِيمِيَّةِ.",
    "قَالَتْ شَرِكَةُ Google إِنَّ الْخِدْمَةَ سَتَعُودُ خِلَالَ 24 سَاعَةً.",
    "بَلَغَ عَدَدُ الزُّوَّارِ 1500 زَائِرٍ فِي الْيَوْمِ الْأَوَّلِ.",
]

TEXT2TASHKEEL_MODELS = ("rawi-ensemble", "rawi-v2-int8+rawi-v3-int8", "rawi-v2-int8+rawi-int8",
                        "bilstm-int8+rawi-int8", "rawi-v3-int8", "rawi-v2-int8", "rawi-int8", "bilstm-int8")


def is_arabic_letter(character: str) -> bool:
    return "\u0621" <= character <= "\u064a"


def letters(text: str) -> list[tuple[str, frozenset[str], bool]]:
    """(letter, its marks, is the word's last Arabic letter) for each Arabic letter."""
    out: list[tuple[str, frozenset[str], bool]] = []
    for word in text.split():
        word_letters: list[list] = []
        for character in word:
            if character in TASHKEEL:
                if word_letters:
                    word_letters[-1][1] += character
            else:
                word_letters.append([character, ""])
        arabic = [(c, frozenset(m)) for c, m in word_letters if is_arabic_letter(c)]
        out += [(c, m, index == len(arabic) - 1) for index, (c, m) in enumerate(arabic)]
    return out


def score(reference: str, predicted: str) -> dict[str, int]:
    ref, pred = letters(reference), letters(predicted)
    if [c for c, _, _ in ref] != [c for c, _, _ in pred]:
        raise ValueError(f"letters differ: {reference!r} vs {predicted!r}")
    counts = dict(letters=0, errors=0, inner=0, inner_errors=0, errors_nosk=0, words=0, word_errors=0)
    word_wrong = False
    for (_, ref_marks, last), (_, pred_marks, _) in zip(ref, pred):
        wrong = ref_marks != pred_marks
        counts["letters"] += 1
        counts["errors"] += wrong
        counts["errors_nosk"] += (ref_marks - {SUKUN}) != (pred_marks - {SUKUN})
        if not last:
            counts["inner"] += 1
            counts["inner_errors"] += wrong
        word_wrong = word_wrong or wrong
        if last:
            counts["words"] += 1
            counts["word_errors"] += word_wrong
            word_wrong = False
    return counts


def text2tashkeel(model: str) -> Callable[[str], str]:
    from text2tashkeel import Diacritizer

    return Diacritizer(model).diacritize


def mishkal_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("mishkal") is not None


def mishkal() -> Callable[[str], str]:
    import mishkal.tashkeel

    return mishkal.tashkeel.TashkeelClass().tashkeel


def evaluate(factory: Callable[[], Callable[[str], str]], runs: int) -> dict[str, float]:
    bare = [strip_diacritics(sentence) for sentence in REFERENCE]
    started = time.perf_counter()
    function = factory()
    function(bare[0])
    load = time.perf_counter() - started
    times: list[float] = []
    outputs: list[str] = []
    for _ in range(runs):
        outputs = []
        started = time.perf_counter()
        for sentence in bare:
            outputs.append(transfer_marks(sentence, function(sentence)))
        times.append((time.perf_counter() - started) / len(bare))
    totals: dict[str, int] = {}
    for reference, output in zip(REFERENCE, outputs):
        for key, value in score(reference, output).items():
            totals[key] = totals.get(key, 0) + value
    return {
        "DER": totals["errors"] / totals["letters"],
        "DER-noCE": totals["inner_errors"] / totals["inner"],
        "DER-nosk": totals["errors_nosk"] / totals["letters"],
        "WER": totals["word_errors"] / totals["words"],
        "ms": statistics.median(times) * 1000,
        "load": load,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--models", help="comma-separated text2tashkeel models (default: the bundled ones)")
    args = parser.parse_args()
    models = args.models.split(",") if args.models else list(TEXT2TASHKEEL_MODELS)
    candidates = [(model, functools.partial(text2tashkeel, model)) for model in models]
    if mishkal_installed():
        candidates.append(("mishkal", mishkal))
    else:
        print("mishkal: not installed, skipped")
    letter_count = sum(len(letters(sentence)) for sentence in REFERENCE)
    print(f"{len(REFERENCE)} reference sentences, {letter_count} Arabic letters, {args.runs} timed runs")
    print(f"{'diacritiser':28} {'DER':>6} {'DER-noCE':>9} {'DER-nosk':>9} {'WER':>6} {'ms/sent':>8} {'load s':>7}")
    for name, factory in candidates:
        row = evaluate(factory, args.runs)
        print(f"{name:28} {row['DER']:6.1%} {row['DER-noCE']:9.1%} {row['DER-nosk']:9.1%} {row['WER']:6.1%} "
              f"{row['ms']:8.1f} {row['load']:7.2f}")


if __name__ == "__main__":
    main()
