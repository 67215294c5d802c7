"""A build from a file loads no code it does not use: every command pays for its imports at start-up."""

import subprocess
import sys

UNUSED_BY_AN_OFFLINE_BUILD = ("requests", "urllib3", "asyncio", "xml.sax", "edge_tts", "aiohttp", "importlib.metadata")


def test_the_build_pipeline_and_the_registry_import_no_network_client():
    code = ("import sys; import audio_edition.pipeline, tts.registry, text.url; "
            f"print([name for name in {UNUSED_BY_AN_OFFLINE_BUILD!r} if name in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_fetching_still_loads_its_http_client_when_called():
    code = ("import sys; from text.url import fetch\n"
            "try:\n    fetch('http://127.0.0.1:9/')\nexcept Exception as error:\n    print(type(error).__name__)\n"
            "print('requests' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["InputError", "True"]
