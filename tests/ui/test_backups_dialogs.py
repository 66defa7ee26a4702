"""The backup key dialog and the words that describe backups."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from journal_app.services.backups import BackupSummary, MergeReport
from journal_app.ui.backups.key_dialog import BackupKey, BackupKeyDialog
from journal_app.ui.backups.words import describe_report, describe_summary, size_mb


@pytest.fixture
def dialog(qtbot, theme):
    made = BackupKeyDialog("afterglow-2026-03-14.journal-backup", new_passphrase=True)
    qtbot.addWidget(made)  # not shown: offscreen warns about windows sized by their layout
    return made


def test_the_passphrase_is_asked_first_and_ok_waits_for_it(qtbot, dialog):
    assert not dialog.showing_recovery() and not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.passphrase, "the old words")
    assert dialog.ok_button.isEnabled()
    assert dialog.key_typed() == BackupKey(passphrase="the old words")


def test_the_recovery_key_comes_with_a_new_passphrase_typed_twice(qtbot, dialog):
    qtbot.mouseClick(dialog.recovery_button, Qt.MouseButton.LeftButton)
    assert dialog.showing_recovery() and dialog.form is not None
    qtbot.keyClicks(dialog.key, " ABCD-EFGH ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.form.first, "a fresh start passphrase")
    qtbot.keyClicks(dialog.form.second, "a fresh start passphrase")
    assert dialog.form.meter.bar.value() > 0
    assert dialog.ok_button.isEnabled()
    assert dialog.key_typed() == BackupKey(
        recovery_code="ABCD-EFGH", new_passphrase="a fresh start passphrase"
    )
    qtbot.mouseClick(dialog.passphrase_button, Qt.MouseButton.LeftButton)
    assert not dialog.showing_recovery()


def test_asking_again_shows_why_and_keeps_the_recovery_key(qtbot, dialog):
    dialog.fill(BackupKey(recovery_code="WXYZ", new_passphrase="a fresh start passphrase"))
    dialog.show_problem("That recovery key doesn't open this backup.")
    assert dialog.showing_recovery() and dialog.key.text() == "WXYZ"
    assert not dialog.message.isHidden() and "doesn't open" in dialog.message.text()
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.key, "Q")
    assert dialog.message.isHidden()  # typing clears the old message


def test_without_a_new_journal_there_is_no_new_passphrase(qtbot):
    made = BackupKeyDialog("b.journal-backup")
    qtbot.addWidget(made)
    made.show_recovery(True)
    assert made.form is None
    qtbot.keyClicks(made.key, "ABCD")
    assert made.ok_button.isEnabled()
    assert made.key_typed() == BackupKey(recovery_code="ABCD")


def test_every_control_in_the_dialog_has_a_name(dialog):
    for control in (
        dialog.passphrase,
        dialog.recovery_button,
        dialog.key,
        dialog.passphrase_button,
        dialog.ok_button,
    ):
        assert control.accessibleName()


@pytest.mark.parametrize(
    ("size", "shown"),
    [(2_000, "under 0.01 MB"), (420_000, "0.42 MB"), (12_345_678, "12.3 MB")],
)
def test_sizes_read_as_megabytes(size, shown):
    assert size_mb(size) == shown


def test_a_summary_counts_what_there_is():
    summary = BackupSummary(
        "a" * 32, 3, "2026-03-14T18:30:00+00:00", {"entry": 3452, "checkin": 1}, 12, 2
    )
    text = describe_summary(summary)
    assert text.startswith("Intact: 3,452 entries, 1 check-in, 12 earlier versions.")
    assert "2 are in the Trash." in text and "Made " in text


def test_a_merge_report_always_says_nothing_was_deleted():
    report = MergeReport(added=1, unchanged=4, safety_backup=Path("/data/backups/x"))
    text = describe_report(report)
    assert "1 record came in." in text and "4 were already the same." in text
    assert "Nothing was deleted." in text and "/data/backups" in text
    assert describe_report(MergeReport()).startswith("Your journal already had everything")
