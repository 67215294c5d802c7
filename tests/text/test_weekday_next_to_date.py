"""A weekday refuses a date it does not fall on only next to the date: one word between at most, and none for its short
form ("جمعة" and "أحد" are also a given name and "one of")."""

from datetime import date

import pytest

from text.datetext import dates_in


def days(text):
    return [found.day for found in dates_in(text)]


@pytest.mark.parametrize("text, day", [
    ("جمعة محمد - 12 مارس 2025", date(2025, 3, 12)),
    ("أحد المراسلين 17/03/2025", date(2025, 3, 17)),
    ("خميس العلي 12 مارس 2025", date(2025, 3, 12)),
    ("سبت الخير 12 مارس 2025", date(2025, 3, 12)),
    ("سبت, 08/06/2022 - 23:34", date(2022, 8, 6)),
    ("الجمعة 14 مارس 2025", date(2025, 3, 14)),
    ("Sat 15 March 2025", date(2025, 3, 15)),
    ("Friday, March 14, 2025", date(2025, 3, 14)),
    ("الخميس قال الوزير إن الاتفاق وقع في 12 مارس 2025", date(2025, 3, 12)),
])
def test_date_kept(text, day):
    assert days(text) == [day]


@pytest.mark.parametrize("text", ["الخميس 14 مارس 2025", "الخميس، 14 مارس 2025", "الخميس الموافق 14 مارس 2025",
                                  "Sun 15 March 2025", "Thursday, March 14, 2025",
                                  "خميس 14 مارس 2025"])
def test_weekday_next_to_date_refuses_it(text):
    assert days(text) == []
