"""The layering rule: text/, tts/ and audio/ never import each other.

Each may import itself, the standard library, third-party packages and the two
shared modules audio_edition.errors and audio_edition.ffmpeg; only
audio_edition/pipeline.py and the CLI tie the three together. Every import is
checked, including the ones inside functions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
LAYERS = ("text", "tts", "audio")
SHARED = frozenset({"audio_edition.errors", "audio_edition.ffmpeg"})


def imported_modules(path: Path, root: Path) -> list[tuple[int, str]]:
    """(line, absolute module name) for every import statement in ``path`` (a file below ``root``)."""
    package = ".".join(path.relative_to(root).with_suffix("").parts[:-1])
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            # "from audio_edition import errors" imports audio_edition.errors.
            found += [(node.lineno, f"{module}.{alias.name}") if module == "audio_edition" else (node.lineno, module)
                      for alias in node.names]
    return found


def violations(layer: str, root: Path = REPO) -> list[str]:
    problems = []
    for path in sorted((root / layer).rglob("*.py")):
        where = path.relative_to(root).as_posix()
        for line, module in imported_modules(path, root):
            top = module.split(".")[0]
            if top in LAYERS and top != layer:
                problems.append(f"{where}:{line} imports {module}")
            elif top == "audio_edition" and not any(module == s or module.startswith(s + ".") for s in SHARED):
                problems.append(f"{where}:{line} imports {module} "
                                f"(only {', '.join(sorted(SHARED))} are shared)")
    return problems


@pytest.mark.parametrize("layer", LAYERS)
def test_package_imports_no_other_layer(layer):
    assert (REPO / layer / "__init__.py").is_file()
    assert violations(layer) == []


def test_the_check_sees_a_cross_layer_import(tmp_path):
    """The checker itself: a module of text/ importing tts (at top level or in a function) is reported."""
    fake_repo = tmp_path / "repo"
    (fake_repo / "text").mkdir(parents=True)
    (fake_repo / "text" / "__init__.py").write_text("")
    (fake_repo / "text" / "bad.py").write_text(
        "from text.model import Article\n"
        "import audio_edition.errors\n"
        "def f():\n"
        "    from tts.base import Engine\n"
        "    from audio_edition import pipeline\n")
    assert violations("text", fake_repo) == [
        "text/bad.py:4 imports tts.base",
        "text/bad.py:5 imports audio_edition.pipeline (only audio_edition.errors, audio_edition.ffmpeg are shared)",
    ]
