"""The metadata's site name is kept unless it is a date, a time, a menu's word or a place (never judged as a person's
name); Latin writers' names with particles, hyphens, inner or all capitals are read as names."""

import pytest

from text.creditnames import credit_line, person_name, site_name


@pytest.mark.parametrize("name", ["Al Jazeera", "Al Arabiya", "Middle East Eye", "Le Monde", "Enab Baladi",
                                  "Asharq Al-Awsat", "الجزيرة نت", "BBC News"])
def test_site_name_keeps_outlets(name):
    assert site_name(name) == name


@pytest.mark.parametrize("text", ["12 مارس 2025", "10:30", "Monday 12 March 2025", "الرئيسية", "Home", "الأخبار",
                                  "دمشق", ""])
def test_site_name_drops_dates_menus_places(text):
    assert site_name(text) is None


def test_html_metadata_site_name():
    import text.html as html
    assert html.site_name is site_name


@pytest.mark.parametrize("name", ["Ahmed al-Masri", "Jean-Pierre McDonald", "JOHN SMITH", "Ludwig van Beethoven"])
def test_latin_writers_names(name):
    assert person_name(name) == name
    assert credit_line("By " + name).person == name


def test_dash_without_space_does_not_split_a_name():
    assert credit_line("Jean-Pierre McDonald - Reuters").person == "Jean-Pierre McDonald"
    assert credit_line("كتب - أحمد محمد").person == "أحمد محمد"


def test_bare_particle_is_no_name():
    assert person_name("al Masri") is None
