"""Check folders of annotated pages before they are used to measure or fit the splitter.

    python -m bench.check_annotations FOLDER [FOLDER ...]

The format is the one of ../shared/corpus/pages (README there; how to make such folders:
docs/annotating_pages.md). Every non-empty line must be in exactly one list, numbers in range, each file
listed once, and no site may give two pages across all the folders given (a site seen twice lets its
furniture be learned on one side of a split and scored on the other). Prints OK or one problem a line.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from tld import get_fld

SECOND_LEVELS = {"com", "co", "net", "org", "gov", "edu", "ac", "info", "gouv"}
"""Second-level labels under a country's domain, for hosts the public-suffix list does not know."""


def site_of(url: str) -> str:
    """The registrable domain of ``url``: ``tech.example.com`` and ``www.example.com`` are one site,
    ``news.example.com.eg`` is ``example.com.eg``, ``headless2.news.tn`` is ``news.tn``. The public-suffix list
    (the ``tld`` package, installed with trafilatura) decides; a host it does not know falls back to the
    common second-level labels."""
    host = (urlsplit(url).hostname or "").lower()
    if not host:
        return ""
    try:
        return str(ipaddress.ip_address(host))  # a bare address is a host of its own
    except ValueError:
        pass
    known = get_fld(host, fix_protocol=True, fail_silently=True)
    if known:
        return known
    parts = host.split(".")
    if len(parts) >= 3 and parts[-2] in SECOND_LEVELS and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def page_problems(folder: Path, page: dict) -> list[str]:
    name = page.get("file")
    path = folder / str(name)
    if not path.is_file():
        return [f"{folder.name}/{name}: listed but missing"]
    try:
        lines = path.read_text(encoding="utf-8").split("\n")
    except UnicodeDecodeError:
        return [f"{folder.name}/{name}: not UTF-8"]
    problems = []
    if page.get("lines") != len(lines):
        problems.append(f"{folder.name}/{name}: 'lines' is {page.get('lines')}, the text has {len(lines)}")
    places: dict[int, str] = {}

    def place(number: object, where: str) -> None:
        if not isinstance(number, int) or not 1 <= number <= len(lines) or not lines[number - 1].strip():
            problems.append(f"{folder.name}/{name}: {where} line {number} is out of range or empty")
        elif number in places:
            problems.append(f"{folder.name}/{name}: line {number} is both {places[number]} and {where}")
        else:
            places[number] = where

    if page.get("headline_line") is not None:
        place(page["headline_line"], "headline")
    for number in page.get("headline_duplicate_lines", []):
        place(number, "headline duplicate")
    for index, section in enumerate(page.get("sections", []), 1):
        if section.get("title_line") is None and index > 1:
            problems.append(f"{folder.name}/{name}: section {index} has no title line (only the lead may)")
        if section.get("title_line") is not None:
            place(section["title_line"], f"section {index} title")
        for number in section.get("body_lines", []):
            place(number, f"section {index} body")
    for number in page.get("boilerplate_line_numbers", []):
        place(number, "furniture")
    unplaced = [number for number, line in enumerate(lines, 1) if line.strip() and number not in places]
    if unplaced:
        problems.append(f"{folder.name}/{name}: lines {unplaced} are in no list")
    return problems


def check(folders: list[Path]) -> list[str]:
    problems: list[str] = []
    sites: dict[str, str] = {}
    texts: dict[str, str] = {}
    for folder in folders:
        table = folder / "annotations.json"
        try:
            pages = json.loads(table.read_text(encoding="utf-8"))["pages"]
        except (OSError, ValueError, KeyError) as error:
            problems.append(f"{folder}: no readable annotations.json ({error})")
            continue
        listed = [str(page.get("file")) for page in pages]
        files = sorted(path.name for path in folder.glob("*.txt"))
        if sorted(listed) != files:
            problems.append(f"{folder.name}: files not listed {sorted(set(files) - set(listed))}, "
                            f"listed twice or missing {sorted(n for n in set(listed) if listed.count(n) > 1 or n not in files)}")
        for page in pages:
            here = f"{folder.name}/{page.get('file')}"
            problems += page_problems(folder, page)
            site = site_of(str(page.get("source", "")))
            if not site:
                problems.append(f"{here}: 'source' is not a page address")
            elif site in sites:
                problems.append(f"{here}: site {site} already gives {sites[site]}")
            else:
                sites[site] = here
            path = folder / str(page.get("file"))
            if path.is_file():
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                if digest in texts:
                    problems.append(f"{here}: same text as {texts[digest]}")
                texts.setdefault(digest, here)
    return problems


def main(argv: list[str] | None = None) -> int:
    folders = [Path(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    if not folders or any(arg.startswith("-") for arg in map(str, folders)):
        print(__doc__.strip().split("\n\n")[1].strip())
        return 2
    problems = check(folders)
    for problem in problems:
        print(problem)
    pages = sum(len(list(folder.glob("*.txt"))) for folder in folders)
    print(f"{len(problems)} problem(s) in {pages} pages" if problems else f"OK: {pages} pages in {len(folders)} folder(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
