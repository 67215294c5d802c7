"""Reading files and stdin: encodings, binary input, format detection and --format."""

import json
import subprocess
import sys

import pytest

from audio_edition.errors import InputError
from text.reader import detect_format, read_article

ARTICLE = ("انطلاق معرض الكتاب في دورته الجديدة\n\n"
           "افتتح وزير الثقافة معرض الكتاب الدولي بمشاركة مئات دور النشر من عشرين دولة.\n\n"
           "ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية.\n")
HEADLINE = "انطلاق معرض الكتاب في دورته الجديدة"


def write(tmp_path, name, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize("encoded", [
    ARTICLE.encode("utf-8"),
    b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"),
    ARTICLE.encode("utf-16"),
    ARTICLE.encode("utf-16-le"),
    ARTICLE.encode("utf-16-be"),
    ARTICLE.encode("cp1256"),
], ids=["utf8", "utf8-bom", "utf16-bom", "utf16le-no-bom", "utf16be-no-bom", "windows-1256"])
def test_article_reads_the_same_in_every_supported_encoding(tmp_path, encoded):
    article = read_article(write(tmp_path, "a.txt", encoded))
    assert article.headline == HEADLINE
    assert article.sections[0].paragraphs[1] == "ويستمر المعرض عشرة أيام ويضم ندوات وأمسيات شعرية."


def test_binary_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="binary"):
        read_article(write(tmp_path, "a.txt", bytes(range(256)) * 8))


def test_known_binary_kind_is_named_in_the_error(tmp_path):
    with pytest.raises(InputError, match="PDF"):
        read_article(write(tmp_path, "a.txt", b"%PDF-1.7\n" + bytes(300)))


def test_empty_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_article(write(tmp_path, "a.txt", b" \n\n"))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(str(tmp_path / "nothing.txt"))


def test_markdown_is_detected_by_extension(tmp_path):
    assert read_article(write(tmp_path, "a.md", b"# \xd8\xb9\xd9\x86\xd9\x88\xd8\xa7\xd9\x86\n\n" +
                              "نص الخبر الأول.\n".encode())).headline == "عنوان"


def test_markdown_is_detected_by_content():
    assert detect_format("# عنوان\n\nنص.\n\n## قسم\n\nنص آخر.\n", name="<stdin>") == "markdown"


def test_html_is_detected_by_content():
    assert detect_format("<!DOCTYPE html>\n<html><body><p>نص</p></body></html>", name="<stdin>") == "html"


def test_html_is_detected_by_extension():
    assert detect_format("just text", name="page.htm") == "html"


def test_scrape_starting_with_a_hash_tag_word_is_not_markdown():
    assert detect_format("#عاجل\nعنوان الخبر\nنص الخبر.\n", name="<stdin>") == "text"


def test_format_option_overrides_detection(tmp_path):
    path = write(tmp_path, "a.md", ARTICLE.replace(HEADLINE, "# " + HEADLINE).encode())
    assert read_article(path, fmt="text").headline == "# " + HEADLINE


def test_unknown_format_is_a_clear_error(tmp_path):
    with pytest.raises(InputError, match="unknown input format"):
        read_article(write(tmp_path, "a.txt", ARTICLE.encode()), fmt="pdf")


def test_stdin_is_read_with_a_dash():
    result = subprocess.run([sys.executable, "-m", "audio_edition.cli", "inspect", "-", "--json"],
                            input=ARTICLE.encode("utf-16"), capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["headline"] == HEADLINE


def test_cli_format_html_is_accepted(tmp_path):
    page = f"<html><head><title>{HEADLINE}</title></head><body><article><p>{'افتتح الوزير المعرض اليوم. ' * 20}</p>" \
           "</article></body></html>"
    path = write(tmp_path, "page.txt", page.encode())
    result = subprocess.run([sys.executable, "-m", "audio_edition.cli", "inspect", path, "--format", "html",
                             "--json"], capture_output=True, timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["headline"] == HEADLINE


def test_cli_bad_input_is_one_line_and_exit_code_2(tmp_path):
    path = write(tmp_path, "a.txt", b"\x89PNG\r\n\x1a\n" + bytes(100))
    result = subprocess.run([sys.executable, "-m", "audio_edition.cli", "inspect", path],
                            capture_output=True, timeout=60, text=True)
    assert result.returncode == 2
    assert result.stderr.strip() == f"audio-edition: error: {path}: this is a PNG image, not an article"


def test_saved_page_named_txt_is_read_as_html():
    assert detect_format("<!DOCTYPE html>\n<html><body><p>نص</p></body></html>", name="page.txt") == "html"
