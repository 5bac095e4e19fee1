"""Controlled vocabularies: printed actions-log comments and the status each means."""

from __future__ import annotations

import pytest

from minutebook.packs.vocab import ActionStatus, action_status, match_action_status

COMPLETED, IN_PROGRESS, DEFERRED, OPEN = (
    ActionStatus.COMPLETED,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DEFERRED,
    ActionStatus.OPEN,
)


@pytest.mark.parametrize(
    "comment, status",
    [
        # as the seeds print them
        ("Completed.", COMPLETED),
        ("Completed", COMPLETED),
        ("Complete.", COMPLETED),
        ("Circulated.", COMPLETED),
        ("On-going.", IN_PROGRESS),
        ("In progress", IN_PROGRESS),
        ("In progress.", IN_PROGRESS),
        ("To be provided at a future meeting.", DEFERRED),
        ("To be considered at future meetings.", DEFERRED),
        ("To be considered at a forthcoming meeting.", DEFERRED),
        ("To be considered at the 19 November 2015 meeting.", DEFERRED),
        ("To be confirmed.", DEFERRED),
        (
            "First update to be considered at the 19 th November 2015 Health and Wellbeing Board meeting.",
            DEFERRED,
        ),
        ("Update to be considered at the 19 th November 2015 Health and Wellbeing Board meeting.", DEFERRED),
        ("Report being considered 9 th July 2015", DEFERRED),
        ("Being considered at the 9 th July 2015 Health and Wellbeing Board", DEFERRED),
        (
            "To considered at the forthcoming meeting in May 2015. This has been pushed back to later in 2015",
            DEFERRED,
        ),
        ("", OPEN),
        (None, OPEN),
        ("   ", OPEN),
        # other councils' trackers
        ("Closed", COMPLETED),
        ("Done", COMPLETED),
        ("Done – circulated 2 April 2019.", COMPLETED),
        ("Superseded", COMPLETED),
        ("Superseded by the statutory timetable.", COMPLETED),
        ("No further action", COMPLETED),
        ("Actioned", COMPLETED),
        ("Noted", COMPLETED),
        ("Green", COMPLETED),
        ("C", COMPLETED),
        ("Letter sent 10 March 2020; response awaited.", COMPLETED),
        ("Ongoing", IN_PROGRESS),
        ("Ongoing – briefing being arranged.", IN_PROGRESS),
        ("On going", IN_PROGRESS),
        ("Completed in part, on-going", IN_PROGRESS),
        ("Partially complete", IN_PROGRESS),
        ("Underway", IN_PROGRESS),
        ("Amber", IN_PROGRESS),
        ("Work is continuing with partners", IN_PROGRESS),
        ("Awaiting response from NHS England", IN_PROGRESS),
        ("IP", IN_PROGRESS),
        ("Scheduled for the March meeting", DEFERRED),
        ("Programmed for the Board's July agenda", DEFERRED),
        ("Survey booked for April.", IN_PROGRESS),
        ("No longer required", COMPLETED),
        ("Withdrawn", COMPLETED),
        ("Cancelled - superseded by the new strategy", COMPLETED),
        ("Carried forward", DEFERRED),
        ("Carried forward to the next meeting.", DEFERRED),
        ("C/f to next meeting", DEFERRED),
        ("Deferred to March", DEFERRED),
        ("Postponed due to the pandemic.", DEFERRED),
        ("On hold", DEFERRED),
        ("TBC", DEFERRED),
        ("Agreed to defer to June", DEFERRED),
        ("Covered by the report on this agenda; recommended for closure.", COMPLETED),
        ("Proposed for closure", COMPLETED),
        ("Briefing issued to members. Action can now be closed.", COMPLETED),
        ("Ongoing – recommended for closure once the survey ends", IN_PROGRESS),
        ("Remove from the action log", COMPLETED),
        ("Recommend removal", COMPLETED),
        ("Figures e-mailed to the panel on 2 May", COMPLETED),
        ("Breakdown provided at the March meeting", COMPLETED),
        ("Answered by the Portfolio Holder in writing", COMPLETED),
        ("No further action required", COMPLETED),
        ("Reply not yet received from the Trust", IN_PROGRESS),
        ("Agenda papers still to be sent", IN_PROGRESS),
        ("Open", OPEN),
        ("Outstanding", OPEN),
        ("Not started", OPEN),
        ("No update", OPEN),
        ("Red", OPEN),
        ("New", OPEN),
    ],
)
def test_action_status(comment: str | None, status: ActionStatus) -> None:
    assert action_status(comment) == status


def test_an_unrecognised_update_is_in_progress_but_states_nothing() -> None:
    comment = "Officers met the Trust on 4 May."
    assert match_action_status(comment) is None
    assert action_status(comment) == IN_PROGRESS
