"""Spell out numbers for engines that cannot read digits well.

Placeholder until the verbaliser lands: text is returned unchanged.
"""


def verbalise(text: str) -> str:
    return text
