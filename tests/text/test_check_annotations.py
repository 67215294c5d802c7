"""bench/check_annotations.py: the checks an annotated folder must pass before it measures or fits."""

import json

from bench.check_annotations import check, site_of

TEXT = "القائمة الرئيسية\nعنوان الخبر هنا\n\nفقرة أولى من الخبر.\nفقرة ثانية من الخبر.\n"


def folder_with(tmp_path, name, pages):
    folder = tmp_path / name
    folder.mkdir()
    for page in pages:
        (folder / page["file"]).write_text(page.pop("_text", TEXT), encoding="utf-8")
    (folder / "annotations.json").write_text(json.dumps({"pages": pages}), encoding="utf-8")
    return folder


def page(file="01_a.txt", source="https://www.first.example/1", **changes):
    entry = {"file": file, "source": source, "lines": 6, "headline_line": 2, "headline_duplicate_lines": [],
             "sections": [{"title_line": None, "body_lines": [4, 5]}], "boilerplate_line_numbers": [1]}
    return {**entry, **changes}


def test_a_complete_folder_passes(tmp_path):
    assert check([folder_with(tmp_path, "set", [page()])]) == []


def test_a_line_in_no_list_or_in_two_lists_is_named(tmp_path):
    problems = check([folder_with(tmp_path, "set", [page(boilerplate_line_numbers=[])])])
    assert problems == ["set/01_a.txt: lines [1] are in no list"]
    problems = check([folder_with(tmp_path, "two", [page(boilerplate_line_numbers=[1, 4])])])
    assert problems == ["two/01_a.txt: line 4 is both section 1 body and furniture"]


def test_an_empty_or_missing_line_number_is_named(tmp_path):
    problems = check([folder_with(tmp_path, "set", [page(boilerplate_line_numbers=[1, 3])])])
    assert "furniture line 3 is out of range or empty" in problems[0]


def test_one_site_gives_one_page_across_folders(tmp_path):
    first = folder_with(tmp_path, "one", [page()])
    second = folder_with(tmp_path, "two", [page(file="01_b.txt", source="https://news.second.example/2",
                                                _text=TEXT.replace("ثانية", "أخيرة"))])
    assert check([first, second]) == []
    third = folder_with(tmp_path, "three", [page(file="01_c.txt", source="https://tech.first.example/9",
                                                  _text=TEXT.replace("أولى", "أخرى"))])
    assert check([first, third]) == ["three/01_c.txt: site first.example already gives one/01_a.txt"]


def test_sites_are_registrable_domains():
    assert site_of("https://tech.news.example.com/a") == "example.com"
    assert site_of("http://www.paper.com.eg/x") == "paper.com.eg"
    assert site_of("not a url") == ""


def test_site_of_follows_the_public_suffix_list():
    # "news" is no second-level label under .tn: two hosts of one site must count as one
    assert site_of("https://headless2.news.tn/a") == site_of("http://www.news.tn/b") == "news.tn"
    assert site_of("https://www.example.co.uk/a") == "example.co.uk"
    assert site_of("http://65.108.61.0/page") == "65.108.61.0"  # a bare address is its own site
