"""Page furniture of a paged source: running headers, running footers, page numbers.

A page's *edges* are its first and last ``EDGE`` non-blank lines.  An edge
line is furniture when

* it is a page label: "Page 3", "Page 3 of 40", "3 of 40", "- 3 -"; or
* it recurs at the same edge (top or bottom) on at least ``MIN_PAGES`` pages,
  and on more than half the pages between its first and last appearance: a
  running header or footer of the whole pack, or of one document in it.
  "Recurs" means the same text (case and spacing aside), or the same text
  around a page number that keeps step with the page ("Minutes - 3",
  "Minutes - 4" on pages 5 and 6; a bare "3", "4").  A number that does not
  keep step (an item number, a date) makes a different line.  Text that also
  stands as a line in the body of pages (a "Completed" that ends table rows
  on many pages) is content, not furniture: it must be at least twice as
  common at that edge as in page bodies.

Page labels, page numbers and running footers are dropped on every page.  A
running header is kept once, where it first appears: it often carries the
document's title and date, and a table header printed again on every page
is needed once.  Lines in the body of a page are never touched.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Literal

EDGE = 3
MIN_PAGES = 3

Zone = Literal["top", "bottom"]
Key = tuple[Zone, str, int | None]  # (zone, text, printed page number - physical page)

_PAGE_LABEL = re.compile(
    r"(?:page ?\d{1,4}(?: ?(?:of|/) ?\d{1,4})?|\d{1,4} ?(?:of|/) ?\d{1,4}|- ?\d{1,4} ?-)"
)
_TRAILING_NUMBER = re.compile(r"(?:^|\s)(?:[|\-–—:] ?)?(?:page ?)?(\d{1,4})(?: ?(?:of|/) ?\d{1,4})?$")
_LEADING_NUMBER = re.compile(r"^(?:page ?)?(\d{1,4})(?: ?(?:of|/) ?\d{1,4})? ?[|\-–—:](?:\s|$)")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class EdgeLine:
    """A line at a page's edge, with the keys it may recur under."""

    zone: Zone
    label: bool
    keys: tuple[Key, ...] = field(default=())


def is_page_label(text: str) -> bool:
    """True for "Page 3", "Page 3 of 40", "3 of 40", "- 3 -" (any case)."""
    return bool(_PAGE_LABEL.fullmatch(text.lower()))


def normal(raw: str) -> str:
    """A line's text for comparison: lower case, white space folded."""
    return " ".join(raw.lower().split())


def edge_line(raw: str, zone: Zone, page: int) -> EdgeLine:
    """The furniture view of one edge line on (0-based) ``page``."""
    text = normal(raw)
    keys: list[Key] = [(zone, text, None)] if _LETTER.search(text) else []
    for pattern in (_TRAILING_NUMBER, _LEADING_NUMBER):
        found = pattern.search(text)
        if found:
            rest = (text[: found.start()] + text[found.end() :]).strip()
            keys.append((zone, rest, int(found.group(1)) - page))
    return EdgeLine(zone=zone, label=is_page_label(text), keys=tuple(keys))


def strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    """Each page's raw lines without its furniture."""
    edges = [_edges(lines, page) for page, lines in enumerate(pages)]
    running = _running(edges, _body_counts(pages, edges))
    seen: set[Key] = set()
    return [
        _strip_page(lines, page_edges, running, seen) for lines, page_edges in zip(pages, edges, strict=True)
    ]


def _edges(lines: list[str], page: int) -> dict[int, EdgeLine]:
    """Index -> EdgeLine of the edge lines of one page."""
    filled = [index for index, raw in enumerate(lines) if raw.strip()]
    found = {index: edge_line(lines[index], "bottom", page) for index in filled[-EDGE:]}
    found.update({index: edge_line(lines[index], "top", page) for index in filled[:EDGE]})
    return found


def _body_counts(pages: list[list[str]], edges: list[dict[int, EdgeLine]]) -> Counter[str]:
    """How often each text stands as a line in the body (not at an edge) of a page."""
    counts: Counter[str] = Counter()
    for lines, page_edges in zip(pages, edges, strict=True):
        counts.update(normal(raw) for index, raw in enumerate(lines) if index not in page_edges)
    return counts


def _running(edges: list[dict[int, EdgeLine]], body: Counter[str]) -> set[Key]:
    """The keys that recur on enough pages, and rarely in bodies, to be running headers or footers."""
    pages_of: dict[Key, list[int]] = {}
    for page, page_edges in enumerate(edges):
        for key in {key for edge in page_edges.values() for key in edge.keys}:
            pages_of.setdefault(key, []).append(page)
    return {key for key, pages in pages_of.items() if _recurs(pages) and _rare_in_bodies(key, pages, body)}


def _rare_in_bodies(key: Key, pages: list[int], body: Counter[str]) -> bool:
    """Plain text must be at least twice as common at the edge as in bodies (numbered keys keep step)."""
    return key[2] is not None or 2 * body[key[1]] <= len(pages)


def _recurs(pages: list[int]) -> bool:
    span = pages[-1] - pages[0] + 1
    return len(pages) >= MIN_PAGES and 2 * len(pages) > span


def _strip_page(lines: list[str], edges: dict[int, EdgeLine], running: set[Key], seen: set[Key]) -> list[str]:
    return [raw for index, raw in enumerate(lines) if not _is_furniture(edges.get(index), running, seen)]


def _is_furniture(edge: EdgeLine | None, running: set[Key], seen: set[Key]) -> bool:
    if edge is None:
        return False
    if edge.label:
        return True
    recurring = [key for key in edge.keys if key in running]
    if not recurring:
        return False
    numbered = any(key[2] is not None for key in recurring)
    if edge.zone == "top" and not numbered and recurring[0] not in seen:
        seen.add(recurring[0])
        return False
    return True
