"""The pack record: the data contract between the reader and everything downstream.

One dataclass per entry of ``shared/gold/SCHEMA.md`` (published in the repo as
``minutebook/schema/pack-1.schema.json``).  Every list entry carries ``line``
(1-based line of the source) and, where the source has pages, ``page``.
``to_json``/``from_json`` round-trip the exact JSON shape.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from typing import Any, TypeVar

SCHEMA_ID = "minutebook.pack/1"

T = TypeVar("T")


@dataclass
class Document:
    """One document of a pack: agenda, minutes, actions log, report, appendix, …"""

    kind: str
    title: str
    first_line: int
    last_line: int
    agenda_item: str | None = None
    first_page: int | None = None
    last_page: int | None = None


@dataclass
class Member:
    """A member of the body as printed in the agenda's membership list."""

    name: str
    role: str | None = None
    line: int = 0
    page: int | None = None


@dataclass
class Attendance:
    """One person's attendance at a recorded meeting."""

    name: str
    status: str  # present | deputy | also_present | apologies
    deputy_for: str | None = None
    role: str | None = None
    line: int = 0
    page: int | None = None


@dataclass
class Declaration:
    """A declaration of interest made at a meeting."""

    name: str
    text: str
    line: int = 0
    page: int | None = None


@dataclass
class AgendaItem:
    """A numbered item of an agenda or of the minutes."""

    number: str
    title: str
    first_page: int | None = None
    last_page: int | None = None
    part: str | None = None
    line: int = 0
    page: int | None = None
    exempt: bool = False


@dataclass
class Resolution:
    """One formal RESOLVED decision (one per numbered resolution or sub-paragraph)."""

    item: str | None
    paragraph: str | None
    text: str
    line: int = 0
    page: int | None = None


@dataclass
class Meeting:
    """A meeting the pack describes: the one it summons (agenda) or one it records."""

    kind: str  # agenda | minutes | notes
    body: str | None
    date: str | None
    time: str | None = None
    venue: str | None = None
    ended: str | None = None
    line: int = 0
    page: int | None = None
    members: list[Member] = field(default_factory=list)
    attendance: list[Attendance] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)
    items: list[AgendaItem] = field(default_factory=list)
    resolutions: list[Resolution] = field(default_factory=list)


@dataclass
class ActionArising:
    """One row of an Actions Arising log."""

    meeting_date: str | None
    topic: str | None
    action: str
    leads: list[str] = field(default_factory=list)
    comment: str = ""
    status: str = "open"  # completed | in_progress | deferred | open
    line: int = 0
    page: int | None = None


@dataclass
class Contact:
    """A report author or contact officer."""

    name: str | None
    email: str | None = None
    phone: str | None = None
    line: int = 0
    page: int | None = None


@dataclass
class Report:
    """A report's header block."""

    title: str
    agenda_item: str | None = None
    date: str | None = None
    classification: str | None = None
    report_of: str | None = None
    wards: str | None = None
    contacts: list[Contact] = field(default_factory=list)
    line: int = 0
    page: int | None = None


@dataclass
class PackRecord:
    """Everything read out of one pack."""

    source: str
    documents: list[Document] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    actions_log: list[ActionArising] = field(default_factory=list)
    reports: list[Report] = field(default_factory=list)
    schema: str = SCHEMA_ID

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        return {"schema": out.pop("schema"), **out}

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PackRecord:
        return PackRecord(
            source=data.get("source") or "",
            schema=data.get("schema") or SCHEMA_ID,
            documents=_many(Document, data.get("documents")),
            meetings=[_meeting(m) for m in data.get("meetings") or []],
            actions_log=_many(ActionArising, data.get("actions_log")),
            reports=[_report(r) for r in data.get("reports") or []],
        )

    @classmethod
    def from_json(cls, text: str) -> PackRecord:
        return cls.from_dict(json.loads(text))


def _build(kind: type[T], data: dict[str, Any]) -> T:
    """Build a dataclass from a dict, ignoring keys it does not know."""
    names = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    return kind(**{k: v for k, v in data.items() if k in names})


def _many(kind: type[T], rows: list[dict[str, Any]] | None) -> list[T]:
    return [_build(kind, row) for row in rows or []]


def _meeting(data: dict[str, Any]) -> Meeting:
    lists = {
        "members": _many(Member, data.get("members")),
        "attendance": _many(Attendance, data.get("attendance")),
        "declarations": _many(Declaration, data.get("declarations")),
        "items": _many(AgendaItem, data.get("items")),
        "resolutions": _many(Resolution, data.get("resolutions")),
    }
    plain = {k: v for k, v in data.items() if k not in lists}
    meeting = _build(Meeting, plain)
    for name, value in lists.items():
        setattr(meeting, name, value)
    return meeting


def _report(data: dict[str, Any]) -> Report:
    report = _build(Report, {k: v for k, v in data.items() if k != "contacts"})
    report.contacts = _many(Contact, data.get("contacts"))
    return report
