"""Settings > Backups: the automatic backups, Verify, Back up now and the extra folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QPushButton, QTreeWidget

from journal_app.ui.backups.card import BackupsCard
from journal_app.ui.backups.key_dialog import BackupKey
from tests.conftest import PASSPHRASE
from tests.ui.backup_helpers import answer_keys, show_in_window
from tests.ui.printing_helpers import answer_boxes, answer_saves, mode

TAKES_TAB = (Qt.FocusPolicy.StrongFocus, Qt.FocusPolicy.TabFocus, Qt.FocusPolicy.WheelFocus)


@pytest.fixture
def make_card(qtbot, unlocked, session):
    session.finish_first_run()

    windows = []

    def make() -> BackupsCard:
        card = BackupsCard(session)
        windows.append(show_in_window(qtbot, card))
        return card

    yield make
    windows.clear()


def relock(session, services) -> None:
    """Lock (which makes the automatic backup) and open the journal again."""
    session.lock()
    services.vault.unlock(PASSPHRASE)
    session.finish_first_run()


def test_a_lock_makes_a_backup_that_the_list_shows_and_verify_finds_intact(
    qtbot, make_card, session, unlocked
):
    unlocked.journal.create("a quiet morning")
    unlocked.checkins.add(7)
    relock(session, unlocked)
    card = make_card()
    assert card.list.topLevelItemCount() == 1
    assert card.list.topLevelItem(0).text(1).endswith(" MB")
    assert not card.empty.isVisible()
    assert card.verify_button.isEnabled()

    with qtbot.waitSignal(card.tasks.verified, timeout=5000):
        card.verify_button.click()
        assert card.busy.isVisible()
        assert not card.verify_button.isEnabled() and not card.back_up_button.isEnabled()
    assert card.result.text().startswith("Intact: 1 entry, 1 check-in")
    assert not card.busy.isVisible() and card.verify_button.isEnabled()


def test_back_up_now_adds_one_to_the_list_and_says_where(qtbot, make_card, unlocked):
    card = make_card()
    assert card.list.topLevelItemCount() == 0
    assert card.empty.isVisible() and not card.verify_button.isEnabled()
    with qtbot.waitSignal(card.tasks.backed_up, timeout=5000):
        card.back_up_button.click()
    assert card.list.topLevelItemCount() == 1
    [written] = [path for path, _, _ in unlocked.backups.list_backups()]
    assert str(written) in card.result.text()
    assert unlocked.backups.verify(written).counts == {}


def test_a_damaged_backup_says_it_ends_early(qtbot, make_card, unlocked):
    unlocked.journal.create("words to keep")
    card = make_card()
    with qtbot.waitSignal(card.tasks.backed_up, timeout=5000):
        card.back_up_button.click()
    path = card.selected_path()
    assert path is not None
    path.write_bytes(path.read_bytes()[:-40])
    with qtbot.waitSignal(card.tasks.verify_failed, timeout=5000):
        card.verify_button.click()
    assert "ends early" in card.problem.text()
    assert "Your journal itself is fine" in card.problem.text()
    assert card.problem.isVisible() and not card.result.isVisible()


def test_an_older_passphrase_is_asked_for_when_verifying(
    qtbot, make_card, session, unlocked, monkeypatch
):
    card = make_card()
    with qtbot.waitSignal(card.tasks.backed_up, timeout=5000):
        card.back_up_button.click()
    unlocked.vault.change_passphrase("a newer passphrase for later")
    asked = answer_keys(monkeypatch, [BackupKey(passphrase=PASSPHRASE)])
    with qtbot.waitSignal(card.tasks.verified, timeout=5000):
        card.verify_button.click()
    assert "another passphrase" in str(asked[0]["message"])
    assert card.result.text().startswith("Intact:")


def test_the_extra_folder_is_kept_and_back_up_now_copies_there(
    qtbot, make_card, session, unlocked, monkeypatch, tmp_path
):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(usb))
    )
    card = make_card()
    assert not card.stop_button.isEnabled()
    card.choose_button.click()
    assert card.extra_label.text() == str(usb)
    assert card.stop_button.isEnabled()

    relock(session, unlocked)
    card = make_card()
    assert card.extra_label.text() == str(usb)  # kept in the journal's settings
    with qtbot.waitSignal(card.tasks.backed_up, timeout=5000):
        card.back_up_button.click()
    newest = card.selected_path()
    assert newest is not None and (usb / newest.name).is_file()
    assert f"A copy is also in {usb}" in card.result.text()

    card.stop_button.click()
    assert unlocked.backups.extra_folder() is None
    assert card.extra_label.text() == "Not copying anywhere else."


def test_every_control_has_a_name_and_takes_the_keyboard(make_card):
    card = make_card()
    controls = [
        *card.findChildren(QPushButton),
        *card.findChildren(QLineEdit),
        *card.findChildren(QTreeWidget),
    ]
    assert len(controls) >= 7
    for control in controls:
        assert control.accessibleName(), control
        assert control.focusPolicy() in TAKES_TAB, control


def test_an_export_into_the_journal_folder_is_refused_and_asked_again(
    qtbot, make_card, unlocked, monkeypatch, tmp_path
):
    folder = unlocked.vault.folder
    before = sorted(p.name for p in folder.iterdir())
    boxes = answer_boxes(monkeypatch)
    offered = answer_saves(monkeypatch, folder / "vault.db", tmp_path / "drawer")
    card = make_card()
    with qtbot.waitSignal(card.tasks.exported, timeout=5000):
        card.export_button.click()
    assert len(offered) == 2
    assert "inside your journal's folder" in boxes.warnings[0]
    assert sorted(p.name for p in folder.iterdir()) == before
    written = tmp_path / "drawer.journal-backup"
    assert mode(written) == 0o600
    assert unlocked.backups.verify(written).counts == {}
