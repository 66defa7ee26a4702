from __future__ import annotations

from datetime import date

import pytest

from journal_app.domain.errors import NotFound, ValidationError
from journal_app.domain.revision import REVISIONS_KEPT
from journal_app.services.journal import JournalService
from tests.conftest import PASSPHRASE


@pytest.fixture
def journal(vault):
    return JournalService(vault)


def test_an_entry_defaults_to_today(journal):
    assert journal.create("hello").data.day == date(2026, 3, 14)


def test_editing_keeps_the_previous_version(journal):
    record = journal.create("first draft", title="Draft")
    edited = journal.edit(record.id, body="second draft")
    assert (edited.rev, edited.data.body, edited.data.title) == (2, "second draft", "Draft")
    [previous] = journal.revisions(record.id)
    assert previous.data.snapshot["data"]["body"] == "first draft"


def test_an_edit_that_changes_nothing_makes_no_version(journal):
    record = journal.create("same")
    assert journal.edit(record.id, body="same").rev == 1
    assert journal.revisions(record.id) == []


def test_only_the_last_twenty_versions_are_kept(journal, vault):
    record = journal.create("v0")
    for n in range(1, REVISIONS_KEPT + 6):
        journal.edit(record.id, body=f"v{n}")
    history = journal.revisions(record.id)
    assert len(history) == REVISIONS_KEPT
    assert history[0].data.snapshot["data"]["body"] == f"v{REVISIONS_KEPT + 4}"
    vault.lock()
    vault.unlock(PASSPHRASE)
    assert len(JournalService(vault).revisions(record.id)) == REVISIONS_KEPT


def test_a_previous_version_can_be_restored(journal):
    record = journal.create("the original")
    journal.edit(record.id, body="a regretted edit")
    [previous] = journal.revisions(record.id)
    restored = journal.restore_revision(previous.id)
    assert restored.data.body == "the original"
    assert len(journal.revisions(record.id)) == 2


def test_delete_moves_to_trash_and_undelete_brings_back(journal, vault):
    record = journal.create("for the bin")
    journal.delete(record.id[:6])
    assert journal.entries() == [] and [r.id for r in journal.trash()] == [record.id]
    vault.lock()
    vault.unlock(PASSPHRASE)
    journal.undelete(record.id)
    assert [r.id for r in journal.entries()] == [record.id] and journal.trash() == []


def test_purge_removes_an_entry_in_the_trash_with_its_history(journal, vault):
    record = journal.create("gone")
    journal.edit(record.id, body="gone for good")
    with pytest.raises(ValidationError, match="Trash"):
        journal.purge(record.id)
    journal.delete(record.id)
    journal.purge(record.id)
    assert len(vault.store) == 0
    with pytest.raises(NotFound):
        journal.get(record.id)


def test_entries_filter_by_dates_and_tag_newest_first(journal):
    journal.create("a", day=date(2026, 1, 1), tags=["Sleep"])
    journal.create("b", day=date(2026, 2, 1), tags=["walks"])
    journal.create("c", day=date(2026, 3, 1), tags=["sleep"])
    bodies = lambda records: [r.data.body for r in records]  # noqa: E731
    assert bodies(journal.entries()) == ["c", "b", "a"]
    assert bodies(journal.entries(start=date(2026, 1, 15), end=date(2026, 2, 15))) == ["b"]
    assert bodies(journal.entries(tag="#SLEEP")) == ["c", "a"]
    assert journal.tags()[0].casefold() == "sleep"


def test_ids_can_be_shortened_but_not_too_much(journal):
    record = journal.create("x")
    assert journal.get(record.id[:4]).id == record.id
    with pytest.raises(ValidationError, match="at least 4"):
        journal.get(record.id[:3])
    with pytest.raises(NotFound):
        journal.get("ffffffffffff")


def test_a_failed_save_leaves_memory_as_it_was(journal, vault, monkeypatch):
    record = journal.create("before")

    def disk_full(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(vault.store._repository, "save", disk_full)
    with pytest.raises(OSError):
        journal.edit(record.id, body="after")
    assert journal.get(record.id).data.body == "before"
