"""Assessment records: version-1 payloads still read; difficulty and event note round-trip."""

from __future__ import annotations

from datetime import datetime

import pytest

from journal_app.domain.assessment import Assessment
from journal_app.domain.errors import ValidationError

# Exactly what Afterglow stored for a PHQ-9 before the instruments reached version 2.
VERSION_1_PAYLOAD = {
    "instrument": "phq9",
    "version": 1,
    "at": "2026-03-12T19:30",
    "answers": [1, 1, 0, 2, 1, 0, 1, 0, 0],
    "total": 6,
    "severity": "mild",
    "flags": [],
    "extra": {},
}


def test_a_version_1_payload_reads_with_no_difficulty_and_no_note():
    result = Assessment.from_data(dict(VERSION_1_PAYLOAD))
    assert (result.instrument, result.version, result.total) == ("phq9", 1, 6)
    assert result.at == datetime(2026, 3, 12, 19, 30)
    assert result.difficulty is None
    assert result.event_note == ""


def test_a_version_1_payload_written_again_gains_the_new_keys_empty():
    data = Assessment.from_data(dict(VERSION_1_PAYLOAD)).to_data()
    assert data["difficulty"] is None and data["event_note"] == ""
    assert {k: v for k, v in data.items() if k in VERSION_1_PAYLOAD} == VERSION_1_PAYLOAD


def test_difficulty_and_event_note_round_trip():
    result = Assessment(
        "pcl5", 2, datetime(2026, 3, 1, 9, 0), (0,) * 20, 0, "below_threshold", event_note="x"
    )
    assert Assessment.from_data(result.to_data()) == result
    phq9 = Assessment("phq9", 2, datetime(2026, 3, 1, 9, 0), (0,) * 9, 0, "minimal", difficulty=2)
    assert phq9.to_data()["difficulty"] == 2
    assert Assessment.from_data(phq9.to_data()).difficulty == 2


@pytest.mark.parametrize("bad", [-1, 4, True, 1.5])
def test_a_difficulty_outside_0_to_3_is_refused(bad):
    with pytest.raises(ValidationError, match="how difficult"):
        Assessment("phq9", 2, datetime(2026, 3, 1), (0,) * 9, 0, "minimal", difficulty=bad)


def test_an_event_note_over_500_characters_is_refused():
    Assessment("pcl5", 2, datetime(2026, 3, 1), (0,) * 20, 0, "b", event_note="x" * 500)
    with pytest.raises(ValidationError, match="at most 500 characters"):
        Assessment("pcl5", 2, datetime(2026, 3, 1), (0,) * 20, 0, "b", event_note="x" * 501)
