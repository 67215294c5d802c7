"""A publication label is a word of its own: "صدر" inside "المصدر" (the source) labels nothing, and "صدر" labels a date
only as "صدر في" / "صدر بتاريخ"."""

from datetime import date

import pytest

from text.pagedate import PUBLISHED, STAMP, UPDATED, line_dates

TODAY = date(2026, 1, 1)


def kinds(text):
    return [found.kind for found in line_dates(1, text, today=TODAY)]


def test_source_is_no_publication_label():
    assert PUBLISHED not in kinds("المصدر: رويترز 12 مارس 2025")
    assert kinds("المصدر: رويترز 12 مارس 2025") == [STAMP]


@pytest.mark.parametrize("text, kind", [
    ("نشر في 12 مارس 2025", PUBLISHED), ("تاريخ النشر: 12 مارس 2025", PUBLISHED), ("صدر في 12 مارس 2025", PUBLISHED),
    ("صدر بتاريخ 12/03/2025", PUBLISHED), ("تاريخ الإضافة 12/03/2025", PUBLISHED),
    ("نشرت بتاريخ 12 مارس 2025", PUBLISHED), ("Published 12 March 2025", PUBLISHED),
    ("آخر تحديث: 12 مارس 2025", UPDATED), ("Updated: March 12, 2025", UPDATED),
])
def test_labels_still_read(text, kind):
    assert kinds(text) == [kind]
