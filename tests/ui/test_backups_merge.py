"""Settings > Backups > Restore from a backup…: merging into this journal deletes nothing."""

from __future__ import annotations

import pytest

from journal_app.ui.backups.card import BackupsCard
from journal_app.ui.backups.confirm import OTHER_PROMISE, PROMISE, ConfirmMergeDialog
from journal_app.ui.backups.key_dialog import BackupKey
from tests.conftest import PASSPHRASE
from tests.ui.backup_helpers import (
    answer_keys,
    answer_open,
    build,
    journal_with_backup,
    show_in_window,
)


@pytest.fixture
def card(qtbot, unlocked, session):
    session.finish_first_run()
    made = BackupsCard(session)
    window = show_in_window(qtbot, made)
    yield made
    del window


@pytest.fixture
def confirmations(monkeypatch) -> list[str]:
    """Say yes to the confirmation; remember what it showed."""
    shown: list[str] = []

    def confirm(cls, parent, summary, *, other_journal=False):
        shown.append(("other journal: " if other_journal else "") + summary)
        return True

    monkeypatch.setattr(ConfirmMergeDialog, "confirm", classmethod(confirm))
    return shown


def bodies(services) -> set[str]:
    return {record.data.body for record in services.journal.entries()}


def test_merging_brings_in_a_newer_record_and_keeps_what_was_written_since(
    qtbot, card, unlocked, monkeypatch, confirmations, tmp_path
):
    unlocked.journal.create("before the backup")
    first = tmp_path / "first.journal-backup"
    unlocked.backups.export(first)
    # The same journal carried on elsewhere (restored from that backup) and wrote more.
    elsewhere = build(tmp_path / "elsewhere")
    opened = elsewhere.backups.open(first, passphrase=PASSPHRASE)
    elsewhere.backups.restore_new(opened)
    elsewhere.journal.create("written on the other computer")
    second = tmp_path / "second.journal-backup"
    elsewhere.backups.export(second)
    elsewhere.vault.lock()
    unlocked.journal.create("written here after the backup")

    answer_open(monkeypatch, second)
    asked = answer_keys(monkeypatch, [])
    with qtbot.waitSignal(card.merge.finished, timeout=5000):
        card.restore_button.click()
    assert asked == []  # a backup of this journal opens with this unlock's key
    assert confirmations[0].startswith("Intact: 2 entries")
    assert bodies(unlocked) == {
        "before the backup",
        "written on the other computer",
        "written here after the backup",
    }
    text = card.result.text()
    assert "1 record came in" in text
    assert "Nothing was deleted" in text
    assert str(unlocked.backups.auto_folder()) in text  # where the copy from before is
    assert card.list.topLevelItemCount() == 1  # that copy is an automatic backup
    assert card.restore_button.isEnabled() and not card.busy.isVisible()


def test_a_backup_from_another_journal_asks_for_its_passphrase(
    qtbot, card, unlocked, monkeypatch, confirmations, tmp_path
):
    path, _ = journal_with_backup(tmp_path / "other", "the other journal's words")
    unlocked.journal.create("mine")
    answer_open(monkeypatch, path)
    asked = answer_keys(
        monkeypatch,
        [
            BackupKey(passphrase="not quite right at all"),
            BackupKey(passphrase="the other journal's words"),
        ],
    )
    with qtbot.waitSignal(card.merge.finished, timeout=5000):
        card.restore_button.click()
    assert "another passphrase" in str(asked[0]["message"])
    assert "doesn't open this backup" in str(asked[1]["message"])
    assert asked[1]["previous"] == BackupKey(passphrase="not quite right at all")
    assert bodies(unlocked) == {"mine", "from the backup"}
    assert confirmations[0].startswith("other journal: Intact")  # said so before merging
    assert "Nothing was deleted" in card.result.text()
    assert "new records in your journal, from another journal" in card.result.text()


def test_saying_no_changes_nothing(qtbot, card, unlocked, monkeypatch, tmp_path):
    unlocked.journal.create("mine")
    path = tmp_path / "mine.journal-backup"
    unlocked.backups.export(path)
    unlocked.journal.create("and more")
    monkeypatch.setattr(ConfirmMergeDialog, "confirm", classmethod(lambda cls, p, s, **kw: False))
    answer_open(monkeypatch, path)
    with qtbot.waitSignal(card.merge.cancelled, timeout=5000):
        card.restore_button.click()
    assert bodies(unlocked) == {"mine", "and more"}
    assert card.list.topLevelItemCount() == 0  # not even the copy from before was needed


def test_a_file_that_is_not_a_backup_says_so(qtbot, card, monkeypatch, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("shopping list")
    answer_open(monkeypatch, path)
    with qtbot.waitSignal(card.merge.failed, timeout=5000):
        card.restore_button.click()
    assert "not an Afterglow backup" in card.problem.text()


def test_the_confirmation_says_what_will_happen(qtbot):
    dialog = ConfirmMergeDialog("Intact: 3 entries.")
    qtbot.addWidget(dialog)
    assert dialog.promise.text() == PROMISE
    assert "Nothing is deleted" in PROMISE
    assert dialog.ok_button.text() == "Restore"


def test_the_confirmation_for_another_journal_says_they_become_new_entries(qtbot):
    dialog = ConfirmMergeDialog("Intact: 3 entries.", other_journal=True)
    qtbot.addWidget(dialog)
    assert dialog.promise.text() == OTHER_PROMISE
    assert "become new entries in this journal" in OTHER_PROMISE
    assert "settings stay as they are" in OTHER_PROMISE
    assert dialog.ok_button.text() == "Add as new entries"
