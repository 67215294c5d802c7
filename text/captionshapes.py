"""Small furniture lines told by their shape and their neighbours, not by a site's wording (issue 11).

- A photo's caption heading nothing: a line shaped as a caption naming who is shown (a role and a person's name,
  "بائع الخضار NAME NAME") or a scene (``photolabels.pictures_a_scene``: "لاعبو الفريق يحتفلون بالهدف"), standing
  under a paragraph and right over another heading-shaped line that heads the next paragraphs. A part's heading
  heads paragraphs; a line over another heading heads none, as a photo between two parts does. A topic's heading
  over a sub-heading ("القراءة التحليلية لأرقام السوق", a verbal noun, no person) keeps its place: only a person's
  name or a scene makes the caption, so "X during Y" with neither stays (review_captions H1).
- A section's label stamped with a full date ("أخبار محلية، 3 مارس 2021") under the headline: the page's
  meta row, never the article's standfirst (``labelled_date``).
"""

from __future__ import annotations

import re

from text.grammar import is_verbal_noun, looks_like_verb
from text.credits import PARTICLES
from text.lineshape import HARAKAT, SENTENCE_PARTICLES, has_sentence_particle, is_date_line
from text.names import bare_name, name_words
from text.photolabels import pictures_a_scene, shaped_as_caption

MAX_LABEL_WORDS = 3
"""A label stamped with a date names a section in this many words at most ("أخبار محلية")."""
MAX_ROLE_WORDS = 3
"""A caption says who the person shown is in this many words at most before the name ("بائع الخضار")."""
_GLUED_LEAD_IN = ("لل", "بال", "وال", "فال", "كال")
"""A preposition or conjunction glued to the article: a phrase's word ("للشاعر"), not a role's."""
MAX_CAPTION_WORDS = 7
"""A caption right over a heading names who or what is shown in this many words at most; a longer line told in the
present is a news title ("منتخب الناشئين يتأهل إلى نهائي البطولة الإقليمية بعد فوز صعب"), one of a list of them."""
MIN_PARAGRAPH_WORDS = 8
"""The line above a caption is a paragraph of this many words at least (not a heading over a sub-heading)."""
_LABEL_AND_DATE = re.compile(r"^(?P<label>[^\d،,|\-–—]+?)\s*[،,|\-–—]\s*(?P<date>\d.*)$")


def labelled_date(text: str) -> bool:
    """Whether a line is a label of ``MAX_LABEL_WORDS`` words at most, a comma or a dash, then a date and nothing else
    (``lineshape.is_date_line``): a category's stamp. A deck tells the story in a clause."""
    match = _LABEL_AND_DATE.match(HARAKAT.sub("", text.strip()))
    return (match is not None and len(match.group("label").split()) <= MAX_LABEL_WORDS
            and is_date_line(match.group("date")))


def names_who_is_shown(text: str) -> bool:
    """Whether a line shaped as a caption (``shaped_as_caption``) names a person after the words saying who they are:
    one to ``MAX_ROLE_WORDS`` words, not opening with a verbal noun and holding no particle nor a preposition glued to
    the article (a phrase: "ديوان شعر جديد عن المدن للشاعر NAME NAME" names a book), then a person's name
    (``names.bare_name``: a given name and a family's) closing the line ("بائع الخضار NAME NAME", "المدرب NAME
    NAME")."""
    words = name_words(text)
    if not shaped_as_caption(text) or len(words) < 3 or is_verbal_noun(words[0]):
        return False
    for start in range(1, min(len(words) - 1, MAX_ROLE_WORDS + 1)):
        if any(word in PARTICLES or word in SENTENCE_PARTICLES or word.startswith(_GLUED_LEAD_IN)
               for word in words[:start]):
            return False
        if bare_name(" ".join(words[start:])) is not None:
            return True
    return False


def caption_over_a_heading(text: str, above: str, below: str, after: str) -> bool:
    """Whether ``text``, between the paragraph ``above`` and the heading-shaped line ``below`` (``below`` itself over
    the paragraph ``after``), is a photo's caption: in ``MAX_CAPTION_WORDS`` words at most, it names who is shown
    (``names_who_is_shown``) or a scene (``pictures_a_scene``), and ``below`` names a topic (``_names_a_topic``).
    The caller tells that ``text`` and ``below`` are heading-shaped and that ``after`` is not."""
    return (len(text.split()) <= MAX_CAPTION_WORDS and len(above.split()) >= MIN_PARAGRAPH_WORDS
            and len(after.split()) >= MIN_PARAGRAPH_WORDS and _names_a_topic(below)
            and (names_who_is_shown(text) or pictures_a_scene(text)))


def _names_a_topic(heading: str) -> bool:
    """Whether a heading-shaped line names its part's topic: no word building a sentence (``has_sentence_particle``)
    and not opening with a word shaped as a verb (``grammar.looks_like_verb``). Two short lines over a paragraph
    going on may be a quoted verse's two halves ("تبقى وإن تبدل حاله ..."): no caption over a heading then."""
    words = name_words(heading)
    return bool(words) and not looks_like_verb(words[0]) and not has_sentence_particle(heading)
