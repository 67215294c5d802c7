import re

from audio_edition.publish.names import episode_guid, episode_name, slugify, source_identity

SAFE = re.compile(r"^[a-z0-9-]+$")


def test_slug_is_ascii_letters_digits_and_hyphens():
    assert slugify("Breaking News: 2025/11 (Update)!") == "breaking-news-2025-11-update"


def test_arabic_names_are_transliterated_not_dropped():
    slug = slugify("مقال الاقتصاد")
    assert SAFE.match(slug) and len(slug) > 5


def test_slug_of_nothing_usable_falls_back_to_article():
    assert slugify("¿¡…") == "article"


def test_name_cannot_carry_a_path(tmp_path):
    name = episode_name("../../etc/..\\passwd\x00.txt", b"text")
    assert SAFE.match(name)


def test_url_name_cannot_carry_a_path():
    name = episode_name("https://example.org/news/..%2F..%2Fetc%2Fpasswd", b"text")
    assert SAFE.match(name)


def test_name_changes_with_the_text_but_keeps_its_slug():
    first, second = episode_name("a/story.txt", b"one"), episode_name("a/story.txt", b"two")
    assert first != second and first.split("-")[0] == second.split("-")[0] == "story"


def test_guid_depends_on_the_source_not_the_text(tmp_path):
    path = tmp_path / "story.txt"
    assert episode_guid(source_identity(str(path))) == episode_guid(source_identity(str(path.resolve())))
    assert episode_guid(source_identity(str(path))) != episode_guid(source_identity(str(tmp_path / "other.txt")))


def test_url_identity_ignores_the_fragment_and_host_case():
    assert source_identity("https://Example.org/a?x=1#top") == source_identity("https://example.org/a?x=1")
