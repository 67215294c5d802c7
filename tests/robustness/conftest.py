"""Fixtures for the robustness suite: articles of our own, and the hostile server."""

from __future__ import annotations

ARABIC_TEXT = ("الأمطار تغرق شوارع المدينة\n\n"
               "هطلت أمطار غزيرة على المدينة طوال الليل وأغرقت عددا من الشوارع الرئيسية.\n\n"
               "وقالت البلدية إن فرقها تعمل على سحب المياه من الأحياء المنخفضة.\n")
ARABIC_PAGE = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>الأمطار تغرق شوارع المدينة</title></head>"
               "<body><article><h1>الأمطار تغرق شوارع المدينة</h1>"
               "<p>هطلت أمطار غزيرة على المدينة طوال الليل وأغرقت عددا من الشوارع الرئيسية في الأحياء القديمة.</p>"
               "<p>وقالت البلدية إن فرقها تعمل على سحب المياه من الأحياء المنخفضة منذ ساعات الفجر الأولى.</p>"
               "</article></body></html>")
