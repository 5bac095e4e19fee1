"""Actions across logs: one Action per agreed action, one ActionUpdate per printing, in order."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.records.arising import ActionMatcher, action_key
from minutebook.records.models import Action, Meeting, Person
from tests.conftest import GoldPack
from tests.records.factories import ActionLeadFactory, ActionUpdateFactory, PersonFactory
from tests.records.helpers import import_all


def _issue_date(pack: GoldPack) -> dt.date:
    return dt.date.fromisoformat(next(m.date for m in pack.record.meetings if m.kind == "agenda"))


@pytest.mark.django_db
@pytest.mark.parametrize("order", [("003", "001"), ("001", "003")])
def test_actions_both_logs_print_appear_once_with_two_updates(
    gold_packs: dict[str, GoldPack], order: tuple[str, str]
) -> None:
    import_all(gold_packs, order)
    older, newer = gold_packs["003"], gold_packs["001"]
    reprinted = Action.objects.filter(updates__source__original_name=older.name).distinct()
    assert reprinted.count() == len(older.record.actions_log)
    for action in reprinted:
        history = list(action.history())
        assert [u.printed_on for u in history] == [_issue_date(older), _issue_date(newer)]
        assert action.status == history[-1].status
        assert action.last_printed_on == _issue_date(newer)
    assert Action.objects.count() == len(newer.record.actions_log)


@pytest.mark.django_db
def test_status_history_follows_the_logs(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs, ("001", "003"))
    row = next(r for r in gold_packs["003"].record.actions_log if r.status == "deferred")
    action = Action.objects.get(meeting_date=row.meeting_date, key=action_key(row.action))
    first, last = action.history()
    assert (first.status, first.comment) == ("deferred", row.comment)
    assert first.source.original_name == gold_packs["003"].name and first.line == row.line
    assert last.source.original_name == gold_packs["001"].name


@pytest.mark.django_db
def test_actions_link_to_the_meeting_that_agreed_them(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs, ("003",))
    minutes = next(m for m in gold_packs["003"].record.meetings if m.kind == "minutes")
    meeting = Meeting.objects.get(date=minutes.date)
    agreed = Action.objects.agreed_at(meeting)
    expected = [r for r in gold_packs["003"].record.actions_log if r.meeting_date == minutes.date]
    assert agreed.count() == len(expected)
    assert all(a.meeting_id == meeting.pk for a in agreed)


@pytest.mark.django_db
def test_open_actions_owned_by_a_person(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs, ("001",))
    rows = gold_packs["001"].record.actions_log
    owner = next(
        lead for r in rows if r.status == "open" for lead in r.leads if " " in lead and "Members" not in lead
    )
    person = Person.objects.get(aliases__name=owner)
    open_owned = Action.objects.open().owned_by(person)
    expected = [r for r in rows if owner in r.leads and r.status in ("open", "in_progress", "deferred")]
    assert open_owned.count() == len(expected)
    assert all(a.is_open for a in open_owned)
    assert Action.objects.completed().owned_by(person).count() == sum(
        1 for r in rows if owner in r.leads and r.status == "completed"
    )


@pytest.mark.django_db
def test_teams_lead_actions_without_becoming_people(gold_packs: dict[str, GoldPack]) -> None:
    import_all(gold_packs, ("003",))
    assert not Person.objects.filter(name__in=["Public Health", "NHS England", "Adult Social Care"]).exists()
    assert Action.objects.led_by_name("Public Health").exists()


@pytest.mark.django_db
def test_with_age_counts_days_open() -> None:
    update = ActionUpdateFactory(action__meeting_date=dt.date(2020, 1, 1))
    action = Action.objects.with_age(today=dt.date(2020, 1, 31)).get(pk=update.action.pk)
    assert action.open_for == dt.timedelta(days=30)


@pytest.mark.django_db
def test_owned_by_counts_an_action_once() -> None:
    person = PersonFactory()
    lead = ActionLeadFactory(person=person)
    ActionLeadFactory(person=person, update=ActionUpdateFactory(action=lead.action))
    assert list(Action.objects.owned_by(person)) == [lead.action]


D1, D2 = dt.date(2015, 5, 21), dt.date(2015, 7, 9)


def test_matcher_finds_a_lightly_edited_reprint() -> None:
    matcher = ActionMatcher(
        [(1, D1, action_key("Consideration be given to ensure JSNAs are more in line with X."))]
    )
    assert matcher.match(D1, action_key("Consideration be given to ensure JSNAs are more line with X.")) == 1


def test_matcher_needs_the_same_meeting_date() -> None:
    matcher = ActionMatcher(
        [(1, D1, action_key("Update on the Programme to be reported at the next meeting."))]
    )
    assert (
        matcher.match(D2, action_key("Update on the Programme to be reported at the next meeting.")) is None
    )


def test_matcher_keeps_different_actions_apart() -> None:
    matcher = ActionMatcher([(1, D1, action_key("Housing Strategy to be brought to a future meeting."))])
    assert matcher.match(D1, action_key("Board to receive an update in 2016.")) is None


def test_two_rows_of_one_log_are_two_actions() -> None:
    text = action_key("Members to provide comments by Friday.")
    matcher = ActionMatcher([(1, D1, text)])
    assert matcher.match(D1, text) == 1
    assert matcher.match(D1, text) is None
