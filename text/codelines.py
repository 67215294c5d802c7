"""A line of web code printed as text: CSS, JavaScript or an HTML comment, furniture wherever it stands.

Pages copied or scraped from the web carry the style and script blocks of the page as lines of text: a style rule
("figure { display: flex; justify-content: center; }", ".wp-block-image{margin:0}", "@media (max-width: 600px)
{...}"), an ad or analytics snippet ("(adsbygoogle = window.adsbygoogle || []).push({});", "googletag.cmd.push(
function() {...});", "window.dataLayer = window.dataLayer || [];"), a markup comment ("<!-- ... -->"). A listener
must never hear them.

Told by structure, never by one site's class names: once the comments (``/* */``, ``<!-- -->``) and the markup tags
of script and style elements are set aside, what remains holds no Arabic letter (a site's Arabic notes live in the
comments) and is either

- a run of style rules: selectors before blocks of ``property: value`` declarations, at-rules and closing braces,
  nothing else; or
- a script statement: a call on a dotted name or a ``function``, an arrow, a ``var``/``let``/``const`` or
  ``window``/``document`` name, ``||``/``&&``, or braces, AND a statement's ``;`` or braces, with the signs of
  code (brackets, ``;``, ``=``, ``|``) dense among its tokens; or
- nothing at all (a line of comments or script tags alone).

An Arabic sentence that mentions code, a URL, a formula ("f(x) = 2x + 1"), a score ("2-1"), a time ("10:30"), a
ratio, a bracketed aside or an emoticon is none of these and is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAGE_CODE_REASON = "page code"
"""The reason ``inspect`` shows for a dropped line of code: the name ``text.lineshape`` already gives a line of code
with no Arabic at all, which this rule also finds when the code's comments hold Arabic."""

_COMMENT = re.compile(r"/\*.*?(?:\*/|$)|<!--.*?(?:-->|$)", re.DOTALL)
"""A style or script comment, or a markup comment; an unclosed one runs to the end of the line."""

_UNCLOSED_COMMENT = re.compile(r"(?:/\*(?!.*?\*/)|<!--(?!.*?-->)).*$", re.DOTALL)
"""A comment opened on the line and not closed on it: what follows may as well be the article's sentence."""

_CODE_TAG = re.compile(r"</?(?:script|style|noscript|ins|iframe|link|meta)\b[^<>]*>", re.IGNORECASE)
"""A markup tag of the elements that hold code or an ad slot, never an article's paragraph."""

_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")

_DECLARATION = r"\s*-?[a-z][a-z-]*\s*:\s*[^{};:\s][^{};]*?(?:\s*!important)?\s*"
"""One ``property: value`` of a style rule: a lowercase property name, a value with no brace or ``;``."""

_DECLARATION_BLOCK = re.compile(r"\{(?:" + _DECLARATION + r";)*(?:" + _DECLARATION + r";?)\s*\}")
"""A brace block of one or more declarations, the last ``;`` optional."""

_SELECTOR_TEXT = re.compile(r"^[\w\s.#>+~*,\[\]=\"'^$|()%:@-]*$")
"""What may stand outside the declaration blocks of a style sheet: selectors ("figure", ".a-b > p:hover",
"#x, iframe"), an at-rule's head ("@media (max-width: 600px)") and the braces it opens and closes."""

_SELECTOR_HEAD = re.compile(r"(?:^|[{}])\s*([^{}]*?)\s*$")
"""The selector standing just before a declaration block."""

_SCRIPT_SHAPE = re.compile(
    r"[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\s*\("  # a call on a dotted name: "a.b.push("
    r"|\bfunction\b\s*[\w$]*\s*\("                   # a function
    r"|=>|\|\||&&"                                     # an arrow, a logical or / and
    r"|\b(?:var|let|const|window|document)\b"         # a declaration or the page's globals
    r"|[A-Za-z_$][\w$]*\(\s*['\"]"                      # a call given a quoted string: "gtag('js'"
    r"|\bnew\s+[A-Z]\w*\s*\("                            # a constructor: "new Date("
    r"|\{[^{}]*[;:(][^{}]*\}|\{\s*\}")                  # a block of statements or fields, or an empty one
"""A shape only a script has, not a formula ("f(x) = 2x + 1") nor a sentence."""

_AT_RULE_HEAD = re.compile(r"^@(?:media|supports|font-face|keyframes|-webkit-keyframes|import|charset)\b[^{};]*[{;]?$")
"""A style sheet's at-rule standing alone on its line, its block opened below: "@media (max-width: 600px) {"."""

_STATEMENT_MARK = re.compile(r";|[{}]")
"""The end of a statement or a block's brace."""

_CODE_SIGNS = re.compile(r"[{}()\[\];=|&<>]")
"""The signs of code, counted against a line's tokens."""

MIN_CODE_SIGNS_PER_TOKEN = 0.5
"""How dense the signs of code must be among a script line's whitespace tokens: a snippet has one or more per
token, an English sentence that names a function one in three or four."""


def _code_part(line: str) -> tuple[str, bool]:
    """The line with its comments and code-holding tags set aside, and whether it had any."""
    without = _CODE_TAG.sub(" ", _COMMENT.sub(" ", line))
    return without.strip(), without != line


def _is_style_sheet(code: str) -> bool:
    """Whether ``code`` is style rules and nothing else: declaration blocks, each after a selector or an at-rule's
    brace, and only selector text between them."""
    blocks = list(_DECLARATION_BLOCK.finditer(code))
    if not blocks:
        return False
    rest = _DECLARATION_BLOCK.sub("\x00", code)
    if not _SELECTOR_TEXT.match(rest.replace("\x00", " ").replace("{", " ").replace("}", " ")):
        return False
    heads = [_SELECTOR_HEAD.search(code[:block.start()]) for block in blocks]
    selectors = [head.group(1) if head else "" for head in heads]
    # A block with no selector at all is an object literal: code too, but only with a statement's ";" inside.
    return all(selector or ";" in block.group(0) for selector, block in zip(selectors, blocks))


def _is_script(code: str) -> bool:
    """Whether ``code`` is a script statement: a shape only scripts have, a statement's end or a brace, and the
    signs of code dense among its tokens."""
    if not _SCRIPT_SHAPE.search(code) or not _STATEMENT_MARK.search(code):
        return False
    tokens = code.split()
    return len(_CODE_SIGNS.findall(code)) >= MIN_CODE_SIGNS_PER_TOKEN * len(tokens)


def is_web_code(line: str) -> bool:
    """Whether ``line`` is a line of web code (see the module docstring). A line that is nothing but an unclosed
    comment with Arabic in it is not: a stray "/*" or "<!--" before a sentence must not silence the sentence."""
    code, had_comment = _code_part(line)
    if _ARABIC.search(code):
        return False
    if not code:
        unclosed = _UNCLOSED_COMMENT.search(line)
        return had_comment and not (unclosed and _ARABIC.search(unclosed.group(0)))
    at_rule = _AT_RULE_HEAD.match(code) and any(mark in code for mark in "({;")
    return bool(at_rule) or _is_style_sheet(code) or _is_script(code)


@dataclass(frozen=True)
class WebCodeRule:
    """Matches a line of web code; same interface as ``text.rules.LineRule``."""

    reason: str = PAGE_CODE_REASON

    def matches(self, line: str) -> bool:
        """Whether ``line`` is a line of web code."""
        return is_web_code(line)
