"""Adding details to a check-in just made changes that one, with or without its history."""

from __future__ import annotations

import pytest

from journal_app.domain.errors import ValidationError
from journal_app.services.checkins import CheckInService


@pytest.fixture
def checkins(vault) -> CheckInService:
    return CheckInService(vault)


def test_details_added_to_a_new_checkin_keep_no_earlier_version(checkins, vault):
    record = checkins.add(7)
    completed = checkins.update(record.id, keep_revision=False, anxiety=3, note="after a walk")
    assert completed.id == record.id
    assert (completed.data.mood, completed.data.anxiety, completed.data.note) == (
        7,
        3,
        "after a walk",
    )
    assert completed.data.at == record.data.at
    assert vault.store.revisions(record.id) == []
    assert [r.id for r in checkins.checkins()] == [record.id]


def test_a_change_keeps_the_earlier_version_unless_told_not_to(checkins, vault):
    record = checkins.add(4)
    checkins.update(record.id, mood=5)
    assert len(vault.store.revisions(record.id)) == 1


def test_the_same_values_write_nothing(checkins, vault):
    record = checkins.add(6, note="same")
    version = vault.store.version
    unchanged = checkins.update(record.id, keep_revision=False, mood=6, note="same")
    assert unchanged.rev == record.rev
    assert vault.store.version == version


def test_a_refused_detail_leaves_the_checkin_as_it_was(checkins):
    record = checkins.add(6)
    with pytest.raises(ValidationError):
        checkins.update(record.id, keep_revision=False, sleep_quality=9)
    assert checkins.get(record.id).data == record.data
