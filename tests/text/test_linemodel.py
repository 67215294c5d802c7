"""The learned line classifier (text/linemodel.py) and how the plain-text splitter uses its verdicts."""

import math
from dataclasses import replace

from bench.fit_line_model import Page, fit, learn_vocabulary, site_counts
from text import linemodel
from text.bodyfind import find_body
from text.linemodel import (CLASSES, LineModel, has_furniture_cue, label_words, line_words, load_model, page_features,
                            page_words, use_model)
from text.plain import MODEL_FURNITURE, parse_plain, split_plain
from tests.support.pages import LEAD, SECOND, SUBHEAD, THIRD, TITLE, WHOLE_PAGE

PROMPT = "تابع المزيد من الأخبار المحلية عبر موقعنا وتطبيقنا على الهاتف."


def toy_model(*, furniture: dict[str, float], title: dict[str, float] | None = None,
              thresholds: dict[str, float] | None = None) -> LineModel:
    """A hand-set model over a few features (raw values: mean 0, scale 1)."""
    names = tuple(sorted({*furniture, *(title or {})}))
    rows = {name: tuple(weights.get(feature, 0.0) for feature in names)
            for name, weights in (("furniture", furniture), ("title", title or {}))}
    weights = tuple(rows.get(label, (0.0,) * len(names)) for label in CLASSES)
    return LineModel(CLASSES, names, (0.0,) * len(names), (1.0,) * len(names), weights, (0.0, -3.0, -2.0, -9.0),
                     thresholds or {"furniture": 0.5, "title": 0.9, "veto": 1.01})


def test_the_shipped_weights_load_and_give_probabilities():
    model = load_model()
    assert model is not None and model.classes == CLASSES
    assert len(model.names) == len(model.mean) == len(model.scale) == len(model.weights[0])
    assert set(model.thresholds) == {"furniture", "title", "veto"}
    body = find_body([TITLE, LEAD, SECOND, SUBHEAD, THIRD])
    for features in page_features(body):
        p = model.probabilities(features)
        assert math.isclose(sum(p.values()), 1.0) and all(0.0 <= v <= 1.0 for v in p.values())


def test_every_line_gets_the_same_features():
    body = find_body(WHOLE_PAGE.splitlines())
    names = [tuple(sorted(features)) for features in page_features(body)]
    assert len(set(names)) == 1 and len(names) == len(body.lines)


def test_the_whole_page_example_splits_the_same_with_and_without_the_model():
    with use_model(None):
        rules = parse_plain(WHOLE_PAGE)
    assert parse_plain(WHOLE_PAGE) == rules


def test_a_line_the_model_calls_furniture_is_dropped_with_its_reason_and_shown_with_its_probability():
    page = "\n".join([TITLE, LEAD, PROMPT, SECOND, THIRD]) + "\n"
    with use_model(toy_model(furniture={"web_words": 9.0})):
        split = split_plain(page)
    article = split.article
    assert PROMPT not in [p for s in article.sections for p in s.paragraphs]
    reason = next(item.reason for item in article.dropped if item.text == PROMPT)
    assert reason == f"{MODEL_FURNITURE} (0.72)"
    line = next(line for line in split.lines if line.text == PROMPT)
    assert not line.spoken and "model: furniture 0.72" in line.why and "web_words" in line.why
    with use_model(None):
        assert PROMPT in [p for s in parse_plain(page).sections for p in s.paragraphs]


def test_the_model_alone_never_drops_a_plain_short_line_nor_lines_the_rules_joined_on_purpose():
    # Sure as it may be, a short line between paragraphs with no furniture cue is most likely a sub-heading;
    # a list announced by the paragraph before belongs to the article.
    model = toy_model(furniture={"words<=5": 9.0, "bullet": 9.0})
    items = ["1- محطة الميناء القديم", "2- محطة السوق الكبير"]
    page = "\n".join([TITLE, LEAD, SECOND, SUBHEAD, THIRD, "وتشمل المرحلة الثانية المحطات التالية:", *items]) + "\n"
    with use_model(model):
        article = parse_plain(page)
    assert [section.title for section in article.sections] == [None, SUBHEAD]
    assert article.sections[-1].paragraphs[-2:] == tuple(items)


def test_a_page_glued_onto_one_line_is_never_dropped_by_the_model():
    # A whole page copied onto one line carries its share buttons and dates with the article: the model
    # may call that line furniture, but it is the article (dropping it left nothing to read).
    stamp = "سارة علي 18 أغسطس 2022 | 3:50 م"
    glued = " ".join([TITLE, f"بواسطة {stamp} كتب {stamp}", "FacebookTwitterWhatsappTelegramEmail",
                      LEAD, SECOND, THIRD.rstrip(".")[:-3]])  # cut mid-word, as a page cut short is
    for model in (toy_model(furniture={"pipe": 9.0}), load_model()):
        with use_model(model):
            article = parse_plain(glued + "\n")
        spoken = " ".join([article.headline or "", *(p for s in article.sections for p in s.paragraphs)])
        assert LEAD in spoken and SECOND in spoken
        assert not [item for item in article.dropped if item.reason.startswith(MODEL_FURNITURE)]


def test_on_a_page_the_finder_is_unsure_of_the_model_drops_nothing():
    lines = ["يا بحر", "خذني إليك", "ولا تعد", "بلا موعد", "في الصباح"]
    with use_model(toy_model(furniture={"words<=5": 9.0, "web_words": 9.0})):
        article = parse_plain("\n".join(lines) + "\n")
    assert not [item for item in article.dropped if item.reason.startswith(MODEL_FURNITURE)]


def test_a_sure_title_verdict_makes_a_sub_heading():
    # Two short lines in a row: the rules read neither as a sub-heading (a run of short lines is body text).
    page = "\n".join([TITLE, LEAD, SECOND, "أسباب الانقطاع", "أعمال صيانة شاملة", THIRD]) + "\n"
    with use_model(None):
        assert [section.title for section in parse_plain(page).sections] == [None]
    with use_model(toy_model(furniture={}, title={"prev_short": 12.0})):
        article = parse_plain(page)
    # The line the model is sure of heads its part; the short line between a finished paragraph and it is the heading
    # of the part it opens (``text.blocks._over_its_first_sub_heading``): a part's heading over its first sub-part's.
    assert [section.title for section in article.sections] == [None, "أسباب الانقطاع", "أعمال صيانة شاملة"]
    assert article.sections[1].paragraphs == () and article.sections[2].paragraphs == (THIRD,)


def test_a_line_the_model_calls_furniture_is_never_a_sub_heading_and_is_dropped_only_on_a_cue():
    source = "القسم: محليات"
    page = "\n".join([TITLE, LEAD, SECOND, source, THIRD]) + "\n"
    with use_model(None):
        assert [section.title for section in parse_plain(page).sections] == [None, source]
    model = toy_model(furniture={"inside*short*unended": 9.0},
                      thresholds={"furniture": 1.01, "title": 1.01, "veto": 0.5})
    with use_model(model):
        article = parse_plain(page)
    assert [section.title for section in article.sections] == [None]
    assert source in [p for s in article.sections for p in s.paragraphs]
    # Without a cue, a short line between paragraphs the model calls furniture is no sub-heading either: it is read
    # as body, never dropped (the model alone drops nothing).
    with use_model(model):
        article = parse_plain(page.replace(source, SUBHEAD))
    assert [s.title for s in article.sections] == [None]
    assert SUBHEAD in [p for s in article.sections for p in s.paragraphs]
    assert SUBHEAD not in [item.text for item in article.dropped]
    # One the model does not call furniture stays a sub-heading.
    with use_model(toy_model(furniture={}, thresholds={"furniture": 1.01, "title": 1.01, "veto": 0.5})):
        assert [s.title for s in parse_plain(page.replace(source, SUBHEAD)).sections] == [None, SUBHEAD]


def test_above_the_article_a_furniture_verdict_without_a_cue_unmakes_no_first_sub_heading():
    # Above the article a line that heads nothing is dropped: there the model needs a cue to unmake a sub-heading.
    first, second, third = "خطة التمويل", "مواعيد التنفيذ", "أثر الخطة على الأسعار"
    lines = [TITLE, first, LEAD, second, SECOND, third, THIRD]
    model = toy_model(furniture={"inside*short*unended": 9.0, "before": 9.0},
                      thresholds={"furniture": 1.01, "title": 1.01, "veto": 0.5})
    with use_model(None):
        assert [s.title for s in parse_plain("\n".join(lines) + "\n").sections] == [first, second, third]
    with use_model(model):
        article = parse_plain("\n".join(lines) + "\n")
    assert [s.title for s in article.sections] == [first]
    assert first not in [item.text for item in article.dropped]


def test_a_line_without_a_letter_of_the_page_the_model_calls_furniture_is_no_sub_heading():
    page = "\n".join([TITLE, LEAD, SECOND, "Madrid", THIRD]) + "\n"
    with use_model(None):
        assert [section.title for section in parse_plain(page).sections] == [None, "Madrid"]
    model = toy_model(furniture={"foreign_only": 9.0}, thresholds={"furniture": 0.5, "title": 1.01, "veto": 0.5})
    with use_model(model):
        article = parse_plain(page)
    assert [section.title for section in article.sections] == [None]
    assert "Madrid" in [p for s in article.sections for p in s.paragraphs]  # kept: it may name the part under it
    # So it is with a "read also" line between it and the paragraph, and a list's item in Latin letters is body.
    for lines, line in (([TITLE, LEAD, SECOND, "Madrid", "اقرأ أيضا: البلدية تطرح مناقصة جديدة", THIRD], "Madrid"),
                        ([TITLE, LEAD, SECOND, THIRD, "- Galaxy S26 Ultra"], "- Galaxy S26 Ultra")):
        with use_model(model):
            assert not [item for item in parse_plain("\n".join(lines) + "\n").dropped if item.text == line]


def test_a_line_in_latin_letters_alone_heading_no_paragraph_or_a_template_token_is_dropped_and_reported():
    # An agency's tag above a line that is no paragraph, a template's token in small letters between paragraphs.
    tag, token, note = "ORF", "relatedinner", "وبحسب وكالة الأنباء"
    model = toy_model(furniture={"foreign_only": 9.0}, thresholds={"furniture": 0.5, "title": 1.01, "veto": 0.5})
    for page, line in (([TITLE, LEAD, tag, note, SECOND, THIRD], tag), ([TITLE, LEAD, SECOND, token, THIRD], token)):
        with use_model(model):
            article = parse_plain("\n".join(page) + "\n")
        assert line not in [p for s in article.sections for p in s.paragraphs]
        assert any(item.text == line and item.reason.startswith(MODEL_FURNITURE) for item in article.dropped)
        with use_model(None):  # the rules alone read it (as a sub-heading or a paragraph)
            assert line in [p for s in parse_plain("\n".join(page) + "\n").sections for p in (s.title, *s.paragraphs)]


def test_furniture_cues():
    body = find_body([TITLE, LEAD, "مراقبو اللجان في انتظار الناخبين مراقبو اللجان في انتظار الناخبين", PROMPT,
                      "الأحد 01-11-2015 23:24 | كتب: أحمد علي |", "سيارات الإسعاف في موقع الحادث (رويترز)", SECOND,
                      SUBHEAD, "الحكومة الحكومة الحكومة الحكومة", THIRD])
    cues = [has_furniture_cue(features) for features in page_features(body)]
    assert cues == [False, False, True, True, True, True, False, False, False, False]


def test_use_model_restores_the_shipped_model():
    with use_model(None):
        assert linemodel.active_model() is None
    assert linemodel.active_model() is load_model()


def test_a_sure_title_verdict_may_close_on_two_dots_but_two_of_the_webs_words_are_never_a_sub_heading():
    pause = "المؤشر العالمي لتحلية المياه.."
    page = "\n".join([TITLE, LEAD, SECOND, pause, THIRD]) + "\n"
    with use_model(toy_model(furniture={}, title={"dots_end": 12.0})):
        assert [section.title for section in parse_plain(page).sections] == [None, pause]
    promo = "المزيد من الأخبار اشترك بقناتنا"
    page = "\n".join([TITLE, LEAD, SECOND, promo, THIRD]) + "\n"
    with use_model(None):
        assert [section.title for section in parse_plain(page).sections] == [None, promo]
    with use_model(toy_model(furniture={}, thresholds={"furniture": 1.01, "title": 1.01, "veto": 1.01})):
        assert [section.title for section in parse_plain(page).sections] == [None]


def test_a_label_and_value_is_a_cue_but_a_quote_after_a_colon_or_a_long_list_is_not():
    quotes = ["فأجابه رئيس البلدية: نعم.", "قال أحد السكان (موظف): المحطة مكلفة.. ولا تستحق الضجة..",
              "المرحلة الثالثة: الميناء - السوق - الجامعة - المستشفى - الملعب - الحديقة - المطار - المصنع"]
    body = find_body([TITLE, LEAD, "القسم: محليات", *quotes, SECOND])
    cues = [has_furniture_cue(features) for features in page_features(body)]
    assert cues == [False, False, True, False, False, False, False]


def test_one_of_the_webs_words_is_a_cue_in_a_short_line_a_longer_one_needs_two():
    lines = ["تابعونا على صفحتنا", "وأعلن رئيس البلدية في مؤتمر صحافي اليوم عن موعد الإعلان الرسمي لنتائج المناقصة",
             "للمزيد من الأخبار تابعونا على صفحتنا الرسمية وشاركوا رأيكم في التعليقات أسفل الخبر"]
    body = find_body([TITLE, LEAD, *lines, SECOND])
    cues = [has_furniture_cue(features) for features in page_features(body)]
    assert cues == [False, False, True, False, True, False]


def test_the_learned_vocabulary_reads_words_without_harakat_clitics_or_the_article_and_numbers_as_one():
    assert line_words("وبالتعليقاتِ على الخبرِ 2024 و١٥") == {"تعليقات", "علي", "خبر", "#", "و"}
    assert line_words("Comments") == {"comments"}


def test_a_strong_word_of_the_learned_vocabulary_is_a_cue_in_a_short_line_a_longer_one_needs_two():
    # Our own made-up furniture words: the vocabulary is data fitted on annotated pages, not a list in the code;
    # it holds words as line_words gives them (ة folded to ه).
    vocabulary = {"زقزقه": 3.0, "وشوشه": 2.5, "محطه": -1.0}
    lines = ["زقزقة الأخبار الجديدة", "وأعلن رئيس البلدية في مؤتمر صحافي اليوم عن زقزقة المحطة الجديدة للمياه",
             "وأعلن رئيس البلدية في مؤتمر صحافي اليوم عن زقزقة المحطة ووشوشة المياه الجديدة"]
    body = find_body([TITLE, LEAD, *lines, SECOND])
    assert [has_furniture_cue(features) for features in page_features(body, vocabulary)] == [
        False, False, True, False, True, False]
    assert not any(has_furniture_cue(features) for features in page_features(body))
    short = page_features(body, vocabulary)[2]
    assert short["vocab_max"] == 3.0 and short["vocab_strong"] == 1 / 3 and short["vocab_known"] == 1 / 3


def test_a_model_with_its_vocabulary_drops_a_line_of_furniture_words_no_rule_knows():
    line = "زقزقة ووشوشة هنا"
    page = "\n".join([TITLE, LEAD, line, SECOND, THIRD]) + "\n"
    model = toy_model(furniture={"vocab_max": 3.0})
    with use_model(model):  # no vocabulary: nothing to say of the words, the short line is kept
        assert not [item for item in parse_plain(page).dropped if item.text == line]
    learned = replace(model, vocabulary={"زقزقه": 3.0, "وشوشه": 2.5})
    assert LineModel.from_json(learned.to_json()) == learned
    with use_model(learned):
        article = parse_plain(page)
    assert line not in [p for s in article.sections for p in s.paragraphs]
    assert any(item.text == line and item.reason.startswith(MODEL_FURNITURE) for item in article.dropped)


def _page(folder: str, name: str, lines: list[tuple[str, str]]) -> Page:
    return Page(folder, name, "", {}, [{} for _ in lines], [label for label, _ in lines],
                [line_words(text) | label_words(text) for _, text in lines])


def test_the_vocabulary_counts_sites_not_lines_and_keeps_words_many_sites_use_in_their_furniture():
    prose = ("body", "وقال رئيس البلدية إن المحطة الجديدة تعمل")
    pages = [_page("a", f"0{n}_site{n}.txt", [("furniture", "زقزقة الموقع"), prose]) for n in range(5)]
    # One site saying a word on many lines weighs as one site.
    pages.append(_page("b", "01_loud.txt", [("furniture", "زمجرة الموقع")] * 9 + [prose]))
    pages += [_page("b", f"0{n}_other{n}.txt", [("furniture", "الموقع"), prose]) for n in range(2, 6)]
    counts = site_counts(pages)
    assert counts["a"].furniture["زقزقه"] == 5 and counts["b"].furniture["زمجره"] == 1
    assert counts["b"].furniture_sites == 5 and counts["b"].article_sites == 5
    vocabulary = learn_vocabulary(list(counts.values()))
    assert "زمجره" not in vocabulary and "زقزقه" in vocabulary
    assert vocabulary["موقع"] > vocabulary["زقزقه"] > 0 and "محطه" not in vocabulary  # in no site's furniture
    model = fit(pages, l2=1.0, thresholds={})
    assert model.vocabulary == vocabulary and "vocab_max" in model.names
    assert "vocab_max" not in fit(pages, l2=1.0, thresholds={}, vocabulary=False).names


def test_a_finished_sentence_between_paragraphs_is_kept_whatever_the_model_says_unless_it_calls_the_reader():
    policy = "التعليقات المخالفة سيتم حذفها تلقائيا بحسب القواعد الجديدة للتطبيق."  # the story's own sentence
    model = toy_model(furniture={"web_words": 9.0})
    with use_model(model):
        kept = parse_plain("\n".join([TITLE, LEAD, policy, SECOND, THIRD]) + "\n")
        cut = parse_plain("\n".join([TITLE, LEAD, policy.rstrip("."), SECOND, THIRD]) + "\n")
        prompt = parse_plain("\n".join([TITLE, LEAD, PROMPT, SECOND, THIRD]) + "\n")
    assert policy in [p for s in kept.sections for p in s.paragraphs]
    assert any(item.reason.startswith(MODEL_FURNITURE) for item in cut.dropped)  # no sentence: a notice
    assert any(item.text == PROMPT and item.reason.startswith(MODEL_FURNITURE) for item in prompt.dropped)


def test_the_learned_vocabulary_says_nothing_on_a_page_in_latin_letters():
    # Learned on Arabic pages, where English words are mostly furniture: an English article is no such page.
    body = find_body(["City opens the largest desalination plant in the region",
                      "The coastal city opened a new desalination plant this morning, officials said.",
                      "The plant runs partly on solar power and cost about thirty million dollars."])
    assert body.latin_page
    features = page_features(body, {"the": 3.0, "city": 3.0, "plant": 3.0})
    assert all(row["vocab_max"] == 0.0 and not has_furniture_cue(row) for row in features)


def test_label_words_are_the_words_at_a_short_lines_first_separator_figures_aside():
    assert label_words("- زقزقة ووشوشة: سالم الوردي") == {"زقزقه:", "وشوشه:", ":سالم"}
    assert label_words("قاعة المدينة الكبرى الجديدة - زقزقة سالم") == {":زقزقه"}  # a label of four words: no label
    assert label_words("السفرة الأولى: 05:30 صباحا") == {"سفره:", "اولي:"}
    assert label_words("95: 19 جنيها للتر") == set()
    assert label_words(SUBHEAD) == set() and label_words(SECOND) == set()
    body = find_body([TITLE, LEAD, "زقزقة: سالم الوردي", SECOND])
    assert page_words(body, "زقزقة: سالم الوردي") == {"زقزقه", "سالم", "وردي", "زقزقه:", ":سالم"}


def test_a_label_word_enters_the_vocabulary_when_three_sites_use_it_in_their_furniture():
    prose = ("body", "وقال رئيس البلدية إن المحطة الجديدة تعمل")
    pages = [_page("a", f"0{n}_site{n}.txt", [("furniture", "زقزقة: سالم"), prose]) for n in range(3)]
    vocabulary = learn_vocabulary(list(site_counts(pages).values()))
    assert "زقزقه:" in vocabulary and vocabulary["زقزقه:"] > 0
    assert "زقزقه" not in vocabulary  # the plain word needs five sites in all


def test_a_credit_the_rules_joined_to_the_article_is_dropped_by_its_learned_label_but_a_list_item_is_not():
    credits = ["- زقزقة: سالم الوردي", "- المحطة الثانية: ميناء الساحل"]
    page = "\n".join([TITLE, LEAD, SECOND, THIRD, *credits]) + "\n"
    body = find_body(page.splitlines())
    assert body.run[1] <= len(body.lines) - 2 and body.end == len(body.lines)  # joined to the run as a list
    model = toy_model(furniture={"label_max": 3.0, "inner_colon": 9.0})
    with use_model(model):  # no learned label: a "label: value" cue alone drops nothing the rules joined
        assert not [item for item in parse_plain(page).dropped if item.reason.startswith(MODEL_FURNITURE)]
    with use_model(replace(model, vocabulary={"زقزقه:": 3.0})):
        article = parse_plain(page)
    assert [item.text for item in article.dropped if item.reason.startswith(MODEL_FURNITURE)] == [credits[0]]
    assert credits[1] in [p for s in article.sections for p in s.paragraphs]


def test_a_strong_label_is_a_cue_on_a_line_that_is_no_sentence_away_from_the_middle_of_the_text():
    vocabulary = {"زقزقه:": 3.0}
    credit, lead = "زقزقة - سالم الوردي", "زقزقة - أعلنت البلدية موعد التشغيل."
    for lines, expected in (([TITLE, LEAD, SECOND, credit], True),  # under the last paragraph
                            ([TITLE, LEAD, credit, SECOND], False),  # between two paragraphs: it may head a part
                            ([TITLE, lead, LEAD, SECOND], False)):  # a sentence: a lead after its dateline
        features = page_features(find_body(lines), vocabulary)
        index = next(n for n, line in enumerate(lines) if line in (credit, lead))
        assert features[index]["label_strong"] == 1.0
        assert has_furniture_cue(features[index]) is expected


def test_a_line_under_a_box_header_is_no_sub_heading_when_the_model_drops_the_header():
    # The model drops the box's header ("المزيد" is one of the web's words); the title under it, which it is sure
    # of, is still the box's, not the article's next part: the header is read on the page, not among kept lines.
    header, other = "المزيد من الساحل..", "البلدية تعلن مناقصة لتوسيع شبكة الصرف الصحي"
    under = "أعلنت البلدية اليوم عن مناقصة جديدة لتوسيع شبكة الصرف الصحي في أحياء الشمال خلال العام المقبل."
    page = "\n".join([TITLE, LEAD, SECOND, THIRD, header, other, under, SECOND]) + "\n"
    model = toy_model(furniture={"web_words": 40.0}, title={"short*next_goes_on": -12.0, "words<=10": 6.0},
                      thresholds={"furniture": 0.5, "title": 0.6, "veto": 1.01})
    with use_model(model):
        article = parse_plain(page)
    assert header in [item.text for item in article.dropped]
    assert [section.title for section in article.sections] == [None]
    # Under the article's own text, the same line is a sub-heading.
    with use_model(model):
        article = parse_plain("\n".join([TITLE, LEAD, SECOND, THIRD, other, under, SECOND]) + "\n")
    assert [section.title for section in article.sections] == [None, other]


def test_the_reader_spoken_to_anywhere_in_a_short_unfinished_line_is_a_cue():
    # The reader spoken to inside the line, past a first word no list holds ("... يمكنك الاستفسار ..."), or the
    # site's notice to its readers; not a finished sentence of the article that tells the reader how to apply.
    call = "ولأن الربط بالشبكة الجديدة يبدأ قريبا في الأحياء كلها يمكنك الاستفسار من فرق البلدية الميدانية"
    service = "ويمكنكم التقدم بطلب الاشتراك في الخدمة الجديدة عبر مكاتب البلدية حتى نهاية الشهر."
    body = find_body([TITLE, LEAD, call, SECOND, service, THIRD])
    features = page_features(body)
    assert [row["speaks_to_reader"] for row in features] == [0.0, 0.0, 1.0, 0.0, 0.0, 0.0]
    assert has_furniture_cue(features[2]) and not has_furniture_cue(features[4])
    with use_model(toy_model(furniture={"speaks_to_reader": 9.0})):
        article = parse_plain("\n".join([TITLE, LEAD, call, SECOND, service, THIRD]) + "\n")
    assert [item.text for item in article.dropped if item.reason.startswith(MODEL_FURNITURE)] == [call]
    assert service in [p for s in article.sections for p in s.paragraphs]


def test_a_line_the_model_reads_surely_as_a_sub_heading_is_not_dropped_as_furniture_on_a_weaker_furniture_reading():
    # Inside the article, a sub-heading holding one of the web's words ("موقع") shows a furniture cue; a model
    # more sure it heads a part (0.60, over its title threshold) than that it is furniture (0.37) keeps it as one.
    heading = "موقع المحطة الجديدة"
    page = "\n".join([TITLE, LEAD, SECOND, heading, THIRD]) + "\n"
    model = toy_model(furniture={"web_words": 13.5}, title={"web_words": 18.0},
                      thresholds={"furniture": 0.3, "title": 0.55, "veto": 0.5})
    with use_model(model):
        article = parse_plain(page)
    assert heading not in [item.text for item in article.dropped]
    assert [section.title for section in article.sections] == [None, heading]
    # Less sure of the heading than of its title threshold, the model's furniture reading on a cue still drops it.
    with use_model(replace(model, thresholds={"furniture": 0.3, "title": 0.65, "veto": 0.5})):
        assert heading in [item.text for item in parse_plain(page).dropped]
