from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal_app.domain.checkin import CheckIn
from journal_app.domain.entry import Entry
from journal_app.domain.errors import IntegrityError, ValidationError
from journal_app.domain.journey import Answer, Intention, Journey, SessionLog, TimedNote
from journal_app.domain.records import Record, UnknownPayload

NOW = "2026-03-14T18:30:00.000Z"
texts = st.text(min_size=1, max_size=200).filter(lambda t: t.strip())
minutes = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)).map(
    lambda d: d.replace(second=0, microsecond=0)
)
entries = st.builds(
    Entry,
    body=texts,
    day=st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
    title=st.text(max_size=50),
    tags=st.lists(st.text(min_size=1, max_size=20), max_size=4).map(tuple),
    private=st.booleans(),
    mood=st.none() | st.integers(1, 10),
)
checkins = st.builds(
    CheckIn,
    at=minutes,
    mood=st.integers(1, 10),
    anxiety=st.none() | st.integers(0, 10),
    energy=st.none() | st.integers(0, 10),
    sleep_hours=st.none() | st.floats(0, 24),
    sleep_quality=st.none() | st.integers(1, 5),
    note=st.text(max_size=100),
)
journeys = st.builds(
    Journey,
    planned_at=minutes,
    intention=st.builds(Intention, sentence=st.text(max_size=100)),
    session=st.builds(
        SessionLog,
        route=st.sampled_from(["IV", "IM", "sublingual", "intranasal", "oral", None]),
        dose_mg=st.none() | st.floats(0.5, 1000),
        notes=st.lists(st.builds(TimedNote, at=minutes, text=texts), max_size=3).map(tuple),
    ),
    integration=st.dictionaries(
        st.sampled_from(["0h", "1d", "30d"]),
        st.dictionaries(st.text(min_size=1, max_size=8), st.builds(Answer, text=texts)),
        max_size=2,
    ),
)


@given(st.one_of(entries, checkins, journeys))
def test_every_kind_survives_a_round_trip_through_plain_data(payload):
    record = Record.create(payload, NOW)
    assert Record.from_dict(record.to_dict()) == record


def test_a_new_record_has_a_random_128_bit_id():
    first = Record.create(Entry("x", date(2026, 1, 1)), NOW)
    second = Record.create(Entry("x", date(2026, 1, 1)), NOW)
    assert len(first.id) == 32 and int(first.id, 16) >= 0
    assert first.id != second.id


def test_revised_record_counts_up_and_keeps_creation_time():
    record = Record.create(Entry("one", date(2026, 1, 1)), NOW)
    later = record.revised(Entry("two", date(2026, 1, 1)), "2026-03-15T00:00:00.000Z")
    assert (later.rev, later.created_at, later.updated_at[:10]) == (2, NOW, "2026-03-15")


def test_unknown_kinds_are_kept_untouched():
    raw = {**Record.create(Entry("x", date(2026, 1, 1)), NOW).to_dict(), "kind": "future"}
    raw["data"] = {"anything": [1, 2]}
    record = Record.from_dict(raw)
    assert isinstance(record.data, UnknownPayload)
    assert record.to_dict() == raw


def test_malformed_stored_data_is_an_integrity_error_without_the_text():
    raw = Record.create(Entry("secret words", date(2026, 1, 1)), NOW).to_dict()
    raw["data"]["date"] = "not a date"
    with pytest.raises(IntegrityError) as caught:
        Record.from_dict(raw)
    assert "secret" not in str(caught.value)


@pytest.mark.parametrize("body", ["", "   ", "\n\t"])
def test_an_entry_needs_text(body):
    with pytest.raises(ValidationError, match="needs some text"):
        Entry(body, date(2026, 1, 1))


def test_tags_are_trimmed_and_deduplicated_ignoring_case():
    entry = Entry("x", date(2026, 1, 1), tags=("#Sleep", "sleep", " walks ", ""))
    assert entry.tags == ("Sleep", "walks")


@pytest.mark.parametrize(
    "fields",
    [
        {"mood": 0},
        {"mood": 11},
        {"anxiety": -1},
        {"energy": 11},
        {"sleep_hours": 25},
        {"sleep_quality": 0},
        {"mood": True},
    ],
)
def test_checkin_values_out_of_range_are_refused(fields):
    values = {"at": datetime(2026, 1, 1, 9), "mood": 5, **fields}
    with pytest.raises(ValidationError):
        CheckIn(**values)


@pytest.mark.parametrize("dose", [-5.0, 0.0, 5000.0])
def test_a_negative_or_absurd_dose_is_refused(dose):
    with pytest.raises(ValidationError, match="dose"):
        SessionLog(dose_mg=dose)


def test_a_session_cannot_end_before_it_starts():
    with pytest.raises(ValidationError, match="end before it starts"):
        SessionLog(start=datetime(2026, 1, 1, 10), end=datetime(2026, 1, 1, 9))


def test_route_and_setting_must_be_known():
    with pytest.raises(ValidationError, match="route"):
        SessionLog(route="smoked")
    with pytest.raises(ValidationError, match="setting"):
        SessionLog(setting="beach")
