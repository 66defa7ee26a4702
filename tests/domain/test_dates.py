"""One range of years for every new date, and a reader that still opens older records."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.assessment import Assessment
from journal_app.domain.checkin import CheckIn
from journal_app.domain.clock import (
    MAX_YEAR,
    MIN_YEAR,
    check_year,
    local_minutes,
    parse_date,
    parse_local_datetime,
    read_date,
    read_local_datetime,
    shifted,
)
from journal_app.domain.entry import Entry
from journal_app.domain.errors import ValidationError
from journal_app.domain.integration import UPCOMING, schedule
from journal_app.domain.journey import Journey, SessionLog, TimedNote
from journal_app.domain.records import Record

NOW = "2026-03-14T18:30:00.000Z"
REFUSED = [date(1899, 12, 31), date(2200, 1, 1), date(999, 6, 1), date(9999, 12, 20)]
ACCEPTED = [date(1900, 1, 1), date(2199, 12, 31)]
MESSAGE = r"Please give a date between 1900 and 2199 \(this one is "


def at_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0)


def test_the_range_is_1900_to_2199():
    assert (MIN_YEAR, MAX_YEAR) == (1900, 2199)


@pytest.mark.parametrize("day", ACCEPTED)
def test_the_first_and_last_days_are_accepted(day):
    check_year(day)
    check_year(at_noon(day))
    assert parse_date(day.isoformat()) == day
    assert parse_local_datetime(f"{day.isoformat()}T12:00") == at_noon(day)


@pytest.mark.parametrize(
    ("text", "shown"), [("1899-12-31", "1899-12-31"), ("2200-01-01", "2200-01-01")]
)
def test_typed_dates_outside_the_range_are_refused_kindly(text, shown):
    with pytest.raises(ValidationError, match=MESSAGE + shown + r"\)\.$"):
        parse_date(text)
    with pytest.raises(ValidationError, match=MESSAGE + shown):
        parse_local_datetime(f"{text}T10:00")


def test_the_message_pads_a_short_year():
    with pytest.raises(ValidationError, match=MESSAGE + r"0999-06-01\)"):
        check_year(date(999, 6, 1))


@pytest.mark.parametrize("day", REFUSED)
def test_every_record_kind_refuses_a_date_outside_the_range(day):
    moment = at_noon(day)
    inside = datetime(2026, 3, 1, 10, 0)
    attempts = [
        lambda: Entry(body="words", day=day),
        lambda: CheckIn(at=moment, mood=5),
        lambda: Assessment("phq9", 1, moment, (0,) * 9, 0, "minimal"),
        lambda: Journey(planned_at=moment),
        lambda: Journey(planned_at=inside, session=SessionLog(start=moment)),
        lambda: Journey(planned_at=inside, session=SessionLog(end=moment)),
        lambda: Journey(
            planned_at=inside, session=SessionLog(notes=(TimedNote(moment, "a note"),))
        ),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match=MESSAGE):
            attempt()


def test_changing_a_journey_checks_its_dates_again():
    journey = Journey(planned_at=datetime(2026, 3, 1, 10, 0))
    with pytest.raises(ValidationError, match=MESSAGE):
        replace(journey, session=SessionLog(start=datetime(2200, 1, 1, 10, 0)))


def test_years_below_1000_are_now_written_with_four_digits():
    assert local_minutes(datetime(999, 6, 1, 12, 0)) == "0999-06-01T12:00"
    assert local_minutes(datetime(2026, 3, 14, 9, 5)) == "2026-03-14T09:05"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("999-06-01", date(999, 6, 1)),
        ("42-01-02", date(42, 1, 2)),
        ("0999-06-01", date(999, 6, 1)),
        ("2026-03-14", date(2026, 3, 14)),
    ],
)
def test_the_reader_accepts_years_written_without_leading_zeros(text, expected):
    assert read_date(text) == expected
    assert read_local_datetime(f"{text}T12:00") == at_noon(expected)


@given(st.datetimes(max_value=datetime(9999, 12, 31, 23, 59)))
def test_whatever_an_earlier_version_wrote_reads_back(moment):
    moment = moment.replace(second=0, microsecond=0)
    unpadded = f"{moment.year}-{moment:%m-%dT%H:%M}"  # what strftime("%Y") wrote on Linux
    assert read_local_datetime(unpadded) == moment


def _stored(kind: str, data: dict[str, object]) -> dict[str, object]:
    return {
        "id": "a" * 32,
        "kind": kind,
        "schema": 1,
        "created_at": NOW,
        "updated_at": NOW,
        "rev": 1,
        "deleted_at": None,
        "data": data,
    }


def test_records_stored_the_old_way_are_read_though_outside_the_range():
    checkin = Record.from_dict(_stored("checkin", {"at": "999-06-01T12:00", "mood": 4}))
    assert checkin.data.at == datetime(999, 6, 1, 12, 0)
    entry = Record.from_dict(_stored("entry", {"body": "old", "date": "999-06-01"}))
    assert entry.data.day == date(999, 6, 1)
    answers = [0] * 9
    assessment = Record.from_dict(
        _stored(
            "assessment",
            {
                "instrument": "phq9",
                "version": 1,
                "at": "999-06-01T12:00",
                "answers": answers,
                "total": 0,
                "severity": "minimal",
            },
        )
    )
    assert assessment.data.at.year == 999
    journey = Record.from_dict(
        _stored(
            "journey",
            {
                "planned_at": "9999-12-20T10:00",
                "session": {
                    "start": "999-06-01T10:00",
                    "notes": [{"at": "999-06-01T10:30", "text": "calm"}],
                },
            },
        )
    )
    assert journey.data.planned_at == datetime(9999, 12, 20, 10, 0)
    assert journey.data.session.notes[0].at == datetime(999, 6, 1, 10, 30)
    assert Record.from_dict(journey.to_dict()).data == journey.data


def test_shifted_stops_at_the_ends_of_the_calendar():
    assert shifted(datetime(9999, 12, 20), timedelta(days=30)) == datetime.max
    assert shifted(date(1, 1, 2), timedelta(days=-7)) == date.min
    assert shifted(date(2026, 3, 14), timedelta(days=1)) == date(2026, 3, 15)


@pytest.mark.parametrize("start", [datetime(9999, 12, 20, 10, 0), datetime(999, 6, 1, 10, 0)])
def test_a_stored_journey_at_the_calendars_edges_has_a_schedule(start):
    old = Record.from_dict(
        _stored("journey", {"planned_at": local_minutes(start), "session": {}})
    ).data
    states = schedule(old, datetime(2026, 3, 14, 18, 30))
    assert len(states) == 6
    assert all(s.due >= start and s.until >= s.due for s in states)
    if start.year == 9999:
        assert states[-1].due == datetime.max
        assert {s.status for s in states} == {UPCOMING}
