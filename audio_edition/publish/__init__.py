"""Publishing: many editions into one folder, a podcast feed, episode pages and a small web server.

Layout of an output folder (OUTDIR), everything flat so one URL prefix serves it all::

    feed.xml                     RSS 2.0 + itunes + Podcasting 2.0, rebuilt from the manifests
    index.html                   the episode list
    channel.json                 programme settings used to rebuild the feed
    cover.png                    the programme's cover (generated, or a copy of --cover)
    assets/                      player.js, style.css and the Arabic web font (no CDN)
    <name>.mp3 .vtt .chapters.json .png .html
    <name>.episode.json          the manifest: written last, so its presence means "complete"

``<name>`` is an ASCII slug of the source's file name plus a short hash of the
source bytes (see :mod:`audio_edition.publish.names`).
"""
