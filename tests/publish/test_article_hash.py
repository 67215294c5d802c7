"""An episode is made again only when its article changed: the hash must not move when ``inspect --json`` grows."""

import hashlib
import json
from dataclasses import replace

from audio_edition.publish.plan import article_hash
from text.model import Article, Dropped, Section

ARTICLE = Article(headline="افتتاح جسر جديد فوق النهر", byline="مراسلنا",
                  sections=(Section(None, ("افتتحت البلدية اليوم جسرا جديدا فوق النهر.",)),),
                  dropped=(Dropped("شارك الخبر", "share widget"),), published="2026-03-14",
                  published_from="the page's date line, line 3")


def test_the_hash_is_the_one_earlier_versions_stored():
    payload = {"headline": ARTICLE.headline, "byline": ARTICLE.byline,
               "sections": [{"title": None, "paragraphs": list(ARTICLE.sections[0].paragraphs)}],
               "dropped": [{"text": "شارك الخبر", "reason": "share widget"}], "published": "2026-03-14"}
    stored = hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()
    assert article_hash(ARTICLE) == stored


def test_where_the_date_was_read_does_not_remake_the_episode():
    assert article_hash(replace(ARTICLE, published_from="the feed's item")) == article_hash(ARTICLE)
    assert article_hash(replace(ARTICLE, published="2026-03-15")) != article_hash(ARTICLE)
