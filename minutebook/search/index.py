"""Building the search index from the record.  Exempt (Part 2) business is never indexed.

``index_source(source)`` (re)builds the entries read from one pack;
``index_actions(ids)`` those of actions, which span packs.  The full-text
structure follows the rows by itself (FTS5 triggers, PostgreSQL generated column).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from minutebook.records import paragraphs
from minutebook.records.models import (
    Action,
    AgendaItem,
    Declaration,
    Document,
    MinuteParagraph,
    PersonAlias,
    Resolution,
    SourceFile,
    SourceLine,
)
from minutebook.records.names import fold
from minutebook.search import ranking
from minutebook.search.facets import facets
from minutebook.search.models import EntryKind, SearchEntry

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")
_PASSAGE_KINDS = {"report": EntryKind.REPORT, "briefing": EntryKind.REPORT}
_NOT_PASSAGES = {"minutes", "notes", "agenda", "actions_log"}


def clean(text: str) -> str:
    """Index text: no control characters (the snippet markers are control characters)."""
    return _CONTROL.sub(" ", text)


@dataclass
class _Entry:
    row: SearchEntry
    people: set[int] = field(default_factory=set)


class Mentions:
    """Finds the people a passage names, by the full spellings of their names."""

    def __init__(self) -> None:
        keys = {key: pid for key, pid in PersonAlias.objects.values_list("key", "person_id") if " " in key}
        self.people = keys
        alternation = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        self.pattern = re.compile(rf"\b(?:{alternation})\b") if keys else None

    def __call__(self, text: str) -> set[int]:
        if self.pattern is None:
            return set()
        folded = " ".join(re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", fold(text)))
        return {self.people[m.group(0)] for m in self.pattern.finditer(folded)}


def index_source(source: SourceFile) -> int:
    """Rebuild the entries read from ``source`` (actions excepted); the number written."""
    SearchEntry.objects.filter(source=source).exclude(kind=EntryKind.ACTION).delete()
    mentions = Mentions()
    entries = [
        *_paragraphs(source, mentions),
        *_resolutions(source, mentions),
        *_items(source),
        *_declarations(source),
        *_documents(source),
    ]
    return _write(entries)


def index_actions(action_ids: Iterable[int]) -> int:
    """Rebuild the entries of these actions (one each, at their latest printing)."""
    ids = set(action_ids)
    SearchEntry.objects.filter(kind=EntryKind.ACTION, object_id__in=ids).delete()
    actions = Action.objects.filter(pk__in=ids).select_related("meeting")
    return _write([e for a in actions if (e := _action(a)) is not None])


def _write(entries: list[_Entry]) -> int:
    for e in entries:
        e.row.facets = facets(e.row.kind, e.row.body_id, e.row.date, e.people)
    SearchEntry.objects.bulk_create([e.row for e in entries], batch_size=1000)
    through = SearchEntry.people.through
    links = [through(searchentry_id=e.row.pk, person_id=p) for e in entries for p in e.people]
    through.objects.bulk_create(links, batch_size=2000, ignore_conflicts=True)
    return len(entries)


def _entry(kind: str, obj_id: int, title: str, text: str, fact: object, weight: float) -> SearchEntry:
    meeting = getattr(fact, "meeting", None)
    return SearchEntry(
        kind=kind,
        object_id=obj_id,
        title=clean(title)[:2000],
        text=clean(text),
        date=meeting.date if meeting else None,
        body_id=meeting.body_id if meeting else None,
        meeting=meeting,
        source_id=fact.source_id,
        line=fact.line,
        page=fact.page,  # type: ignore[attr-defined]
        weight=weight,
    )


def _item_title(item: AgendaItem | None) -> str:
    return f"{item.number}. {item.title}" if item else ""


def _paragraphs(source: SourceFile, mentions: Mentions) -> Iterator[_Entry]:
    rows = MinuteParagraph.objects.public().filter(source=source).select_related("meeting", "item")
    for p in rows:
        title = _item_title(p.item) or str(p.meeting)
        weight = ranking.weight("paragraph", p.item.title if p.item else None)
        yield _Entry(_entry(EntryKind.PARAGRAPH, p.pk, title, p.text, p, weight), mentions(p.text))


def _resolutions(source: SourceFile, mentions: Mentions) -> Iterator[_Entry]:
    rows = Resolution.objects.public().filter(source=source).select_related("meeting", "item")
    for r in rows:
        title = _item_title(r.item) or "Resolution"
        weight = ranking.weight("resolution", r.item.title if r.item else None)
        yield _Entry(_entry(EntryKind.RESOLUTION, r.pk, title, r.text, r, weight), mentions(r.text))


def _items(source: SourceFile) -> Iterator[_Entry]:
    rows = AgendaItem.objects.public().filter(source=source).select_related("meeting", "meeting__body")
    for i in rows:
        weight = ranking.weight("item", i.title)
        yield _Entry(_entry(EntryKind.ITEM, i.pk, str(i.meeting), f"{i.number}. {i.title}", i, weight))


def _declarations(source: SourceFile) -> Iterator[_Entry]:
    for d in Declaration.objects.filter(source=source).select_related("meeting"):
        entry = _entry(
            EntryKind.DECLARATION, d.pk, f"Declaration: {d.name}", d.text, d, ranking.weight("declaration")
        )
        yield _Entry(entry, {d.person_id})


def _documents(source: SourceFile) -> Iterator[_Entry]:
    """Report, appendix and other document text, passage by passage."""
    docs = (
        Document.objects.public()
        .filter(source=source)
        .exclude(kind__in=_NOT_PASSAGES)
        .select_related("meeting")
    )
    lines = list(SourceLine.objects.public().filter(source=source).values_list("number", "text", "page"))
    for doc in docs:
        kind = _PASSAGE_KINDS.get(doc.kind, EntryKind.DOCUMENT)
        span = [_line(n, t, p) for n, t, p in lines if doc.first_line <= n <= doc.last_line]
        for passage in paragraphs.blocks(span):
            row = SearchEntry(
                kind=kind,
                object_id=doc.pk,
                title=clean(doc.title)[:2000],
                text=clean(passage.text),
                date=doc.meeting.date if doc.meeting else None,
                body_id=doc.meeting.body_id if doc.meeting else None,
                meeting=doc.meeting,
                source_id=doc.source_id,
                line=passage.first_line,
                page=passage.page,
                weight=ranking.weight(kind),
            )
            yield _Entry(row)


def _line(number: int, text: str, page: int | None) -> paragraphs.Line:
    return paragraphs.Line(number=number, text=text, page=page)


def _action(action: Action) -> _Entry | None:
    latest = action.history().last()
    if latest is None:
        return None
    text = f"{action.text} {latest.comment}".strip()
    row = SearchEntry(
        kind=EntryKind.ACTION,
        object_id=action.pk,
        title=clean(action.topic or "Action arising")[:2000],
        text=clean(text),
        date=action.meeting_date,
        body_id=action.body_id,
        meeting=action.meeting,
        source_id=latest.source_id,
        line=latest.line,
        page=latest.page,
        weight=ranking.weight("action"),
    )
    people = {p for p in action.leads.values_list("person_id", flat=True) if p is not None}  # type: ignore[attr-defined]
    return _Entry(row, people)
