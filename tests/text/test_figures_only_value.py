"""A result row's value of "figures alone" holds at least one figure."""

import pytest

from text.nottitles import states_a_result


@pytest.mark.parametrize("text", ["نسبة المشاركة: 64%", "النتيجة: 3-1", "المعدل: ٢٫٥"])
def test_figures_are_a_result(text):
    assert states_a_result(text)


@pytest.mark.parametrize("text", ["الحجم: x", "النتيجة: ...", "الرمز: %", "الفرق: / +"])
def test_marks_without_a_figure_are_no_result(text):
    assert not states_a_result(text)
