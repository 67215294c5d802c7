"""Text pages' own dates (``text.pagedate``) on page folders: how many are found, and how many agree with the date
the page's address carries; then our date-line parser against ``dateparser`` on the dropped lines by the title.

    python -m bench.page_dates FOLDER [FOLDER ...] [-v] [--no-dateparser]

A folder holds ``*.txt`` pages and ``sources.tsv`` (file, site, URL) or ``annotations.json`` (``pages``: file,
source). An address's date (``/2024/05/12/``, ``-2017-06-22-09-32-30``, ``/07/02/2021/``, ``20131218``) is the
reference where there is one: a found date that differs from it is counted wrong. Numbers only; ``-v`` names the
pages whose date differs or is found where the address has none (never their text).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import urllib.parse
import warnings
from datetime import date
from pathlib import Path

from text.datetext import dates_in
from text.pagedate import ABOVE_TITLE, page_date
from text.plain import split_plain

_ADDRESS_DATES = (
    (re.compile(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?=[/_.-]|$)"), "ymd"),
    (re.compile(r"(?<!\d)-((?:19|20)\d\d)-(\d\d)-(\d\d)-\d\d-\d\d-\d\d"), "ymd"),  # a CMS's article stamp
    (re.compile(r"/(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)/"), "dmy"),
    (re.compile(r"/(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)-"), "dmy"),
    (re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"), "ymd"),
    (re.compile(r"_(\d\d)(\d\d)((?:19|20)\d\d)/"), "dmy"),
)


def address_date(url: str) -> date | None:
    """The date an article's address carries, when it carries one."""
    url = urllib.parse.unquote(url)
    for pattern, order in _ADDRESS_DATES:
        match = pattern.search(url)
        if match is None:
            continue
        first, second, third = (int(part) for part in match.groups())
        try:
            return date(first, second, third) if order == "ymd" else date(third, second, first)
        except ValueError:
            continue
    return None


def sources(folder: Path) -> dict[str, str]:
    """Each page's address, by file name; none when the folder has neither ``annotations.json`` nor ``sources.tsv``
    (its pages are counted, with no address's date to compare with)."""
    annotations = folder / "annotations.json"
    if annotations.exists():
        pages = json.loads(annotations.read_text(encoding="utf-8")).get("pages", [])
        return {page["file"]: page["source"] for page in pages if "file" in page and "source" in page}
    table = folder / "sources.tsv"
    if not table.exists():
        print(f"{folder}: no annotations.json or sources.tsv; its pages have no address to compare with",
              file=sys.stderr)
        return {}
    rows = table.read_text(encoding="utf-8").splitlines()
    return {row.split("\t")[0]: row.split("\t")[2] for row in rows if row.count("\t") >= 2}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("-v", action="store_true", help="name the pages whose date differs from the address's")
    parser.add_argument("--no-dateparser", action="store_true", help="skip the comparison with dateparser")
    args = parser.parse_args(argv)
    pages = found = addressed = agree = 0
    seconds = 0.0
    lines: set[str] = set()
    for folder in args.folders:
        urls = sources(folder)
        for path in sorted(folder.glob("*.txt")):
            split = split_plain(path.read_text(encoding="utf-8"), source=path.name)
            decided = [(line.number, line.text, line.decision, line.spoken) for line in split.lines]
            started = time.perf_counter()
            stated = page_date(decided)
            seconds += time.perf_counter() - started
            reference = address_date(urls.get(path.name, ""))
            pages += 1
            found += stated is not None
            if reference is not None and stated is not None:
                addressed += 1
                agree += stated.day == reference
                if args.v and stated.day != reference:
                    print(f"  differs: {path} (found {stated.day}, address {reference})")
            lines.update(_by_the_title(decided))
    print(f"{pages} pages: a date found on {found}; {addressed} of them have a date in their address, {agree} agree, "
          f"{addressed - agree} differ; {1000 * seconds / max(pages, 1):.3f} ms a page")
    if not args.no_dateparser:
        _compare(sorted(lines))
    return 0


def _by_the_title(decided: list[tuple[int, str, str, bool]]) -> list[str]:
    """The dropped lines with figures around the title: what a date line may be."""
    first = next((i for i, (_, _, decision, spoken) in enumerate(decided) if spoken and decision != "headline"), None)
    if first is None:
        return []
    title = next((i for i, (_, _, decision, _) in enumerate(decided[:first]) if decision.startswith("headline")), first)
    return [text for _, text, _, spoken in decided[max(0, title - ABOVE_TITLE):first + 3]
            if not spoken and re.search(r"[0-9\u0660-\u0669]", text)]


def _compare(lines: list[str]) -> None:
    """Dates read from the same lines by our parser and by dateparser (``parse`` on the line, ``search_dates`` in
    it), with their time a line and dateparser's import time."""
    warnings.filterwarnings("ignore")
    started = time.perf_counter()
    ours = [[found.day for found in dates_in(line)] for line in lines]
    our_time = time.perf_counter() - started
    started = time.perf_counter()
    try:
        import dateparser
        from dateparser.search import search_dates
    except ImportError:
        print(f"{len(lines)} dropped lines with figures by the title: ours read a date on {sum(map(bool, ours))} "
              f"({1000 * our_time / max(len(lines), 1):.3f} ms a line); dateparser is not installed, the comparison "
              "is skipped (pip install dateparser)")
        return

    imported = time.perf_counter() - started
    settings = {"DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month", "year"], "PREFER_DATES_FROM": "past"}
    languages = ["ar", "en", "fr"]
    dateparser.parse("1 يناير 2020", languages=languages)  # its first call loads the languages' data
    started = time.perf_counter()
    parsed = [dateparser.parse(line, languages=languages, settings=settings) for line in lines]
    parse_time = time.perf_counter() - started
    started = time.perf_counter()
    searched = [search_dates(line, languages=languages, settings=settings) or [] for line in lines]
    search_time = time.perf_counter() - started
    count = max(len(lines), 1)
    print(f"{len(lines)} dropped lines with figures by the title: ours read a date on {sum(map(bool, ours))} "
          f"({1000 * our_time / count:.3f} ms a line); dateparser.parse on {sum(map(bool, parsed))} "
          f"({1000 * parse_time / count:.2f} ms), search_dates on {sum(map(bool, searched))} "
          f"({1000 * search_time / count:.2f} ms); dateparser's import {1000 * imported:.0f} ms")
    only_theirs = sum(1 for mine, theirs in zip(ours, searched) if theirs and not mine)
    differ = sum(1 for mine, theirs in zip(ours, searched)
                 if mine and theirs and mine[0] not in [found[1].date() for found in theirs])
    print(f"  search_dates read a date where ours read none on {only_theirs} lines; a date that is not ours on "
          f"{differ}")


if __name__ == "__main__":
    sys.exit(main())
