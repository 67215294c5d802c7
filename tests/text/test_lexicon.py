"""Pronunciation lexicon: user TSV/TOML files and the built-in list, matched as whole words."""

from pathlib import Path

import pytest

from audio_edition.errors import InputError
from text.lexicon import Lexicon, builtin_lexicon, load_lexicon, read_lexicon_file


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_entry_replaces_a_whole_word() -> None:
    assert Lexicon({"ماسك": "ماسْك"}).apply("قال ماسك اليوم") == "قال ماسْك اليوم"


def test_entry_does_not_match_inside_a_longer_word() -> None:
    assert Lexicon({"سك": "X"}).apply("ماسك سكان") == "ماسك سكان"


@pytest.mark.parametrize("prefix", ["و", "ف", "ب", "ل", "ك", "وب", "ول", "فب"])
def test_attached_prefixes_are_kept_before_the_spoken_form(prefix: str) -> None:
    assert Lexicon({"ماسك": "ماسْك"}).apply(f"{prefix}ماسك") == f"{prefix}ماسْك"


def test_lam_with_the_article_matches_an_entry_starting_with_al() -> None:
    lexicon = Lexicon({"البيت الأبيض": "البَيت الأبيَض"})
    assert lexicon.apply("للبيت الأبيض") == "للبَيت الأبيَض"
    assert lexicon.apply("بالبيت الأبيض") == "بالبَيت الأبيَض"


def test_suffixed_word_is_left_alone() -> None:
    assert Lexicon({"ماسك": "ماسْك"}).apply("ماسكه") == "ماسكه"


def test_short_vowels_in_the_article_do_not_prevent_a_match() -> None:
    assert Lexicon({"ماسك": "ماسْك"}).apply("ماسِكُ") == "ماسْك"


def test_spaces_inside_an_entry_match_any_run_of_spaces() -> None:
    assert Lexicon({"إيلون ماسك": "إيلون ماسْك"}).apply("إيلون  ماسك") == "إيلون ماسْك"


def test_longest_entry_wins_and_spoken_forms_are_not_looked_up_again() -> None:
    lexicon = Lexicon({"البيت": "بيت", "البيت الأبيض": "مقر الرئاسة", "مقر": "X"})
    assert lexicon.apply("البيت الأبيض والبيت") == "مقر الرئاسة وبيت"


def test_latin_entries_match_case_sensitively() -> None:
    assert Lexicon({"US": "الولايات المتحدة"}).apply("US and us") == "الولايات المتحدة and us"


def test_tsv_file_with_comments_and_blank_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "names.tsv", "# people\n\nماسك\tماسْك\nترامب\tترامْب\n")
    assert read_lexicon_file(path).entries == {"ماسك": "ماسْك", "ترامب": "ترامْب"}


def test_toml_file(tmp_path: Path) -> None:
    path = write(tmp_path, "names.toml", '# people\n"ماسك" = "ماسْك"\nSpaceX = "سبيس إكس"\n')
    assert read_lexicon_file(path).entries == {"ماسك": "ماسْك", "SpaceX": "سبيس إكس"}


def test_builtin_lexicon_is_applied_without_a_file() -> None:
    assert load_lexicon().apply("قالت CNN إلخ") == "قالت سي إن إن إلى آخره"


def test_user_entries_win_over_builtin_ones(tmp_path: Path) -> None:
    path = write(tmp_path, "mine.tsv", "CNN\tسي إن إن العربية\n")
    assert load_lexicon(path).apply("CNN") == "سي إن إن العربية"
    assert "CNN" in builtin_lexicon().entries


@pytest.mark.parametrize("line", ["ماسك", "ماسك\t", "\tماسْك", "ماسك\tماسْك\tزيادة", "\u064e\u064f\tماسْك"])
def test_malformed_tsv_line_names_file_and_line(tmp_path: Path, line: str) -> None:
    path = write(tmp_path, "bad.tsv", f"# comment\nترامب\tترامْب\n{line}\n")
    with pytest.raises(InputError, match=rf"^{path}:3: expected 'word<TAB>spoken form'"):
        read_lexicon_file(path)


def test_duplicate_tsv_entry_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.tsv", "ماسك\tأ\nترامب\tب\nماسك\tج\n")
    with pytest.raises(InputError, match=rf"^{path}:3: 'ماسك' is already given on line 1"):
        read_lexicon_file(path)


def test_invalid_toml_names_file_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", '"ماسك" = "ماسْك"\n"ترامب" ترامْب\n')
    with pytest.raises(InputError, match=rf"^{path}:2: not valid TOML"):
        read_lexicon_file(path)


def test_toml_keys_differing_only_in_short_vowels_are_a_duplicate(tmp_path: Path) -> None:
    path = write(tmp_path, "dup.toml", '"ماسك" = "أ"\n"ماسِك" = "ب"\n')
    with pytest.raises(InputError, match=rf"^{path}:2: 'ماسك' is already given"):
        read_lexicon_file(path)


def test_toml_key_of_short_vowels_only_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "vowels.toml", '"ماسك" = "ماسْك"\n"\u064e\u064f" = "ماسْك"\n')
    with pytest.raises(InputError, match=rf"^{path}:2: expected"):
        read_lexicon_file(path)


def test_toml_value_that_is_not_a_string_names_its_line(tmp_path: Path) -> None:
    path = write(tmp_path, "bad.toml", '"ماسك" = "ماسْك"\n"عدد" = 3\n')
    with pytest.raises(InputError, match=rf"^{path}:2: expected"):
        read_lexicon_file(path)


def test_missing_lexicon_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="lexicon file not found"):
        load_lexicon(tmp_path / "absent.tsv")


def test_lexicon_that_is_not_utf8_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "cp1256.tsv"
    path.write_bytes("ماسك\tماسْك\n".encode("cp1256"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_lexicon_file(path)
