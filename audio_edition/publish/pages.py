"""Static HTML: ``index.html`` (the episode list) and one page per episode.

Each episode page has an HTML5 player, the chapter list (buttons that seek) and
the transcript, one ``<span>`` per WebVTT cue carrying its start and end time;
``assets/player.js`` highlights the cue being spoken. Chapters and cues are
read from the episode's own ``.chapters.json`` and ``.vtt`` files, so the page
shows exactly what the feed's sidecars say. All text is HTML-escaped; the
script, style sheet and font are copied into ``OUTDIR/assets`` (no CDN).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from html import escape
from importlib import resources
from pathlib import Path

from audio.sidecars import read_webvtt
from audio.write import write_atomic
from audio_edition.publish.cover import font_path
from audio_edition.publish.feed import Channel
from audio_edition.publish.manifest import Episode

ASSETS = "assets"
STATIC_FILES = ("player.js", "style.css")
FONT_FILE = "NotoSansArabic.ttf"


@dataclass(frozen=True)
class TimedText:
    start: float
    end: float
    text: str


def parse_vtt(text: str) -> list[TimedText]:
    """The cues of a WebVTT file, in seconds."""
    return [TimedText(cue.start_ms / 1000, cue.end_ms / 1000, cue.text) for cue in read_webvtt(text)]


def read_chapters(path: Path) -> list[TimedText]:
    payload = json.loads(path.read_text(encoding="utf-8"))
    return [TimedText(float(c["startTime"]), float(c.get("endTime", c["startTime"])), str(c.get("title", "")))
            for c in payload.get("chapters", [])]


def clock(seconds: float) -> str:
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


def _date(iso: str) -> str:
    return datetime.fromisoformat(iso).date().isoformat()


def _head(title: str, channel: Channel) -> str:
    return (
        "<!doctype html>\n"
        '<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n"
        f'<link rel="stylesheet" href="{ASSETS}/style.css">\n'
        f'<link rel="alternate" type="application/rss+xml" href="feed.xml" title="{escape(channel.title)}">\n'
        "</head>\n<body>\n"
        f'<header class="programme"><a href="index.html">{escape(channel.title)}</a></header>\n'
    )


def _transcript(chapters: list[TimedText], cues: list[TimedText]) -> str:
    """Cues grouped under their chapter, one paragraph per chapter."""
    starts = [c.start for c in chapters] or [0.0]
    groups: list[list[tuple[int, TimedText]]] = [[] for _ in starts]
    for number, cue in enumerate(cues, start=1):
        group = max(i for i, s in enumerate(starts) if s <= cue.start + 0.001) if cue.start >= starts[0] else 0
        groups[group].append((number, cue))
    html = []
    for index, group in enumerate(groups):
        if not group:
            continue
        if chapters:
            html.append(f"<h3>{escape(chapters[index].text)}</h3>")
        spans = " ".join(
            f'<span class="cue" id="cue-{number}" data-start="{cue.start:.3f}" data-end="{cue.end:.3f}">'
            f"{escape(cue.text)}</span>" for number, cue in group)
        html.append(f"<p>{spans}</p>")
    return "\n".join(html)


def episode_page(channel: Channel, episode: Episode, chapters: list[TimedText], cues: list[TimedText]) -> str:
    cover = episode.cover or channel.image
    chapter_items = "\n".join(
        f'<li><button type="button" class="chapter" data-start="{c.start:.3f}">'
        f'<span class="time">{clock(c.start)}</span><span class="title">{escape(c.text)}</span></button></li>'
        for c in chapters)
    byline = f'<p class="byline">{escape(episode.byline)}</p>\n' if episode.byline else ""
    return (
        _head(f"{episode.headline} — {channel.title}", channel)
        + '<main class="episode">\n<div class="episode-head">\n'
        f'<img class="cover" src="{escape(cover)}" alt="">\n<div>\n'
        f"<h1>{escape(episode.headline)}</h1>\n{byline}"
        f'<p class="meta"><time datetime="{escape(episode.published)}">{_date(episode.published)}</time>'
        f' · <span class="time">{clock(episode.duration_ms / 1000)}</span></p>\n</div>\n</div>\n'
        '<div class="player">\n'
        f'<audio id="player" controls preload="metadata" src="{escape(episode.mp3)}">\n'
        f'<track kind="captions" src="{escape(episode.vtt)}" srclang="ar" label="العربية" default>\n'
        f'<a href="{escape(episode.mp3)}">MP3</a>\n</audio>\n</div>\n'
        f'<p class="downloads"><a href="{escape(episode.mp3)}" download>تنزيل MP3</a> · '
        f'<a href="{escape(episode.vtt)}">النص (WebVTT)</a> · '
        f'<a href="{escape(episode.chapters_file)}">الفصول (JSON)</a> · <a href="feed.xml">اشترك في البودكاست</a></p>\n'
        f'<section class="chapters">\n<h2>الفصول</h2>\n<ol id="chapters">\n{chapter_items}\n</ol>\n</section>\n'
        f'<section class="transcript">\n<h2>النص</h2>\n<div id="transcript">\n{_transcript(chapters, cues)}\n'
        "</div>\n</section>\n</main>\n"
        f'<script src="{ASSETS}/player.js" defer></script>\n</body>\n</html>\n'
    )


def index_page(channel: Channel, episodes: list[Episode]) -> str:
    items = "\n".join(
        f'<li><a href="{escape(e.page)}"><img src="{escape(e.cover or channel.image)}" alt=""></a><div>'
        f'<h2><a href="{escape(e.page)}">{escape(e.headline)}</a></h2>'
        f'<p><time datetime="{escape(e.published)}">{_date(e.published)}</time> · '
        f'<span class="time">{clock(e.duration_ms / 1000)}</span></p>'
        f"<p>{escape(e.lead[:220] + ('…' if len(e.lead) > 220 else ''))}</p></div></li>"
        for e in episodes)
    empty = "" if episodes else "<p>لا توجد حلقات بعد.</p>\n"
    return (
        _head(channel.title, channel)
        + f'<main>\n<h1>{escape(channel.title)}</h1>\n<p class="meta">{escape(channel.description)}</p>\n'
        f'<p>للاشتراك في تطبيق البودكاست: <a class="feed-url" href="feed.xml">'
        f'{escape(channel.url("feed.xml"))}</a></p>\n'
        f'{empty}<ol class="episodes">\n{items}\n</ol>\n</main>\n</body>\n</html>\n'
    )


def write_assets(outdir: Path) -> None:
    folder = outdir / ASSETS
    folder.mkdir(exist_ok=True)
    static = resources.files("audio_edition.publish") / "static"
    for name in STATIC_FILES:
        write_atomic(folder / name, (static / name).read_bytes())
    font = font_path()
    if not (folder / FONT_FILE).is_file() or (folder / FONT_FILE).stat().st_size != font.stat().st_size:
        shutil.copyfile(font, folder / FONT_FILE)
        licence = font.parent.parent / "LICENSE"
        if licence.is_file():
            shutil.copyfile(licence, folder / "NotoSansArabic-LICENSE.txt")


def write_pages(outdir: Path, channel: Channel, episodes: list[Episode]) -> None:
    """Assets, one page per episode and the index, all rebuilt from the manifests and sidecars."""
    write_assets(outdir)
    for episode in episodes:
        chapters = read_chapters(outdir / episode.chapters_file)
        cues = parse_vtt((outdir / episode.vtt).read_text(encoding="utf-8"))
        write_atomic(outdir / episode.page, episode_page(channel, episode, chapters, cues))
    write_atomic(outdir / "index.html", index_page(channel, episodes))
