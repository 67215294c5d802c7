"""The suite never reaches a host other than 127.0.0.1 (see the autouse fixture in conftest.py)."""

import os
from urllib.parse import urlsplit

from tts.gtts_engine import BASE_URL_ENV, GttsConfig


def test_every_test_sees_the_gtts_endpoint_on_loopback():
    assert urlsplit(os.environ[BASE_URL_ENV]).hostname == "127.0.0.1"
    assert urlsplit(GttsConfig().endpoint()).hostname == "127.0.0.1"


def test_every_test_sees_edge_on_loopback_and_no_cloud_key():
    from tests.conftest import CLOUD_KEYS
    from tts.edge_engine import URL_ENV, edge_url

    assert urlsplit(edge_url()).hostname == "127.0.0.1" and os.environ[URL_ENV] == edge_url()
    assert not [variable for variable in CLOUD_KEYS if variable in os.environ]
