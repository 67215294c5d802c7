"""The seed and the older shared articles split exactly as they did before the body finder (issue 11).

Only a fingerprint of each split is kept here (SHA-256 of its JSON), never the text: the articles stay in
../shared. A change in any headline, title, paragraph or dropped line changes the fingerprint.
"""

import hashlib
import json

import pytest

from text.plain import parse_plain

# path under ../shared: (fingerprint, sections, paragraphs, dropped lines), recorded from main before issue 11
SPLITS = {
    "seeds/000_0d1342c88ff5f8bf.txt": ("d1075fa9b287be31", 5, 17, 5),
    "corpus/aljazeera_longform.txt": ("eef1390a0c8dacdb", 15, 15, 1),
    "corpus/cnnarabic_latin.txt": ("be28fe137da3e8c4", 1, 6, 1),
    "corpus/cnnarabic_list.txt": ("b297ca69a0808a44", 1, 15, 1),
    "corpus/cnnarabic_numbers.txt": ("c6b5f9ac4746a0f9", 1, 8, 1),
}


@pytest.mark.parametrize("relative", SPLITS)
def test_split_is_unchanged(shared_dir, relative):
    article = parse_plain((shared_dir / relative).read_text(encoding="utf-8"))
    shape = (len(article.sections), sum(len(s.paragraphs) for s in article.sections), len(article.dropped))
    fingerprint, *expected_shape = SPLITS[relative]
    assert shape == tuple(expected_shape)
    # The keys the fingerprints were taken on; a key added to the JSON later must not change them.
    data = {key: article.to_json()[key] for key in ("headline", "byline", "sections", "dropped")}
    data |= {"headline_from_body": article.headline_from_body, "site": article.site}
    digest = hashlib.sha256(json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    assert digest[:16] == fingerprint, "the split changed: compare 'audio-edition inspect' with main"
