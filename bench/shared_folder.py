"""Where the team's shared material is (real articles, annotated pages), for the tests and the bench scripts.

It is ``../shared`` beside the checkout, unless the environment variable AUDIO_EDITION_SHARED names another folder
(for a checkout kept elsewhere, such as a git worktree). Nothing here checks that the folder exists: the tests
skip and the scripts stop, naming the folder, when what they need is not there.

The scripts run as files (``python bench/offline_speed.py``) import this module as ``shared_folder``, the others
(and the tests) as ``bench.shared_folder``.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "AUDIO_EDITION_SHARED"
CHECKOUT = Path(__file__).resolve().parents[1]
WHERE = f"../shared beside the checkout, or the folder ${ENV} names"
"""Where the folder is looked for, for the messages that name a missing one."""


def named_folder() -> Path | None:
    """The folder $AUDIO_EDITION_SHARED names; None when it is unset or empty."""
    named = os.environ.get(ENV)
    return Path(named).expanduser().absolute() if named else None


def shared_folder(checkout: Path = CHECKOUT) -> Path:
    """The folder $AUDIO_EDITION_SHARED names, else ``shared`` beside ``checkout``."""
    return named_folder() or checkout.parent / "shared"


SHARED = shared_folder()
SEED = SHARED / "seeds" / "000_0d1342c88ff5f8bf.txt"
"""The seed article, the default of the speed benches and the subject of the seed tests."""
