"""My safety plan: write, save, reopen; failures keep the words; closing asks; a lock seals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPlainTextEdit, QWidget

from journal_app.domain.errors import DiskFull, ReadOnlyStorage
from journal_app.domain.safety_plan import MAX_STEP, STEP_TITLES, STEPS, SafetyPlan
from journal_app.services.bundle import Services
from journal_app.ui import safety_plan as module
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.safety_plan import Answer, SafetyPlanDialog
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)
WORDS = "Lanternmoss: when I stop answering messages"


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    widget.resize(800, 600)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def opened(parent: QWidget) -> SafetyPlanDialog | None:
    found = [d for d in parent.window().findChildren(SafetyPlanDialog) if d.isVisible()]
    return found[0] if found else None


def open_plan(qtbot, parent: QWidget, services: Services) -> SafetyPlanDialog:
    SafetyPlanDialog.edit(parent, services)
    dialog = opened(parent)
    assert dialog is not None
    return dialog


def break_disk(services: Services, monkeypatch, error: Exception) -> None:
    def refuse(*_args, **_kwargs):
        raise error

    monkeypatch.setattr(services.vault.store._repository, "save", refuse)


def test_type_save_and_reopen_shows_the_words(qtbot, parent, unlocked):
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(dialog.editors["warning_signs"], WORDS)
    assert dialog.save_state.text() == "Not saved yet"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.save_state.text() == "Saved"
    assert not dialog.problem.isVisible()
    assert unlocked.safety_plan.get().warning_signs == WORDS
    dialog.close_button.click()
    assert not dialog.isVisible()

    again = open_plan(qtbot, parent, unlocked)
    assert again is not dialog
    assert again.editors["warning_signs"].toPlainText() == WORDS
    assert not again.unsaved()


def test_one_sitting_keeps_one_earlier_version(qtbot, parent, unlocked):
    unlocked.safety_plan.save(SafetyPlan(coping_alone="before"))
    dialog = open_plan(qtbot, parent, unlocked)
    for text in ("one", "two", "three"):
        dialog.editors["coping_alone"].setPlainText(text)
        assert dialog.save()
    [earlier] = unlocked.safety_plan.revisions()
    assert earlier.data.snapshot["data"]["coping_alone"] == "before"


@pytest.mark.parametrize(
    ("error", "said"),
    [(DiskFull(), "The disk is full"), (ReadOnlyStorage(), "read-only")],
)
def test_a_failed_save_keeps_the_words_and_says_so_kindly(
    qtbot, parent, unlocked, monkeypatch, error, said
):
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(dialog.editors["people_to_ask"], WORDS)
    with monkeypatch.context() as patch:
        break_disk(unlocked, patch, error)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible()
        assert dialog.editors["people_to_ask"].toPlainText() == WORDS
        assert said in dialog.problem.text()
        assert "Your words are still here." in dialog.problem.text()
        assert WORDS not in dialog.problem.text()
        assert dialog.problem.isVisible()
        assert dialog.save_state.text() == "Not saved"
        assert unlocked.safety_plan.get().empty
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # there is room again
    assert unlocked.safety_plan.get().people_to_ask == WORDS
    assert not dialog.problem.isVisible()


def test_too_much_text_is_refused_plainly_and_kept(qtbot, parent, unlocked):
    dialog = open_plan(qtbot, parent, unlocked)
    huge = "x" * (MAX_STEP + 1)
    dialog.editors["distractions"].setPlainText(huge)
    assert not dialog.save()
    assert "Step 3 of the safety plan can hold up to" in dialog.problem.text()
    assert dialog.editors["distractions"].toPlainText() == huge
    assert unlocked.safety_plan.get().empty


def test_closing_without_changes_does_not_ask(qtbot, parent, unlocked, monkeypatch):
    monkeypatch.setattr(module, "ask_about_unsaved", lambda _: pytest.fail("asked"))
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClick(dialog.editors["warning_signs"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("answer", "still_open", "saved"),
    [(Answer.KEEP_EDITING, True, ""), (Answer.DISCARD, False, ""), (Answer.SAVE, False, WORDS)],
)
def test_closing_with_unsaved_words_asks(
    qtbot, parent, unlocked, monkeypatch, answer, still_open, saved
):
    asked: list[QWidget] = []
    monkeypatch.setattr(module, "ask_about_unsaved", lambda d: asked.append(d) or answer)
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(dialog.editors["safer_surroundings"], WORDS)
    dialog.close_button.click()
    assert asked == [dialog]
    assert dialog.isVisible() == still_open
    assert unlocked.safety_plan.get().safer_surroundings == saved
    if still_open:
        assert dialog.editors["safer_surroundings"].toPlainText() == WORDS


def test_save_on_close_that_fails_keeps_the_dialog_open(qtbot, parent, unlocked, monkeypatch):
    monkeypatch.setattr(module, "ask_about_unsaved", lambda _: Answer.SAVE)
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(dialog.editors["warning_signs"], WORDS)
    break_disk(unlocked, monkeypatch, DiskFull())
    dialog.close()  # the window's ×
    assert dialog.isVisible()
    assert dialog.editors["warning_signs"].toPlainText() == WORDS
    assert "The disk is full" in dialog.problem.text()


def test_the_question_offers_save_dont_save_and_keep_editing(qtbot, parent, unlocked):
    dialog = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(dialog.editors["warning_signs"], WORDS)
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.extend(b.text() for b in box.buttons())
        seen.append(box.defaultButton().text())
        box.reject()  # Esc: keep editing

    QTimer.singleShot(0, answer)
    dialog.reject()
    assert sorted(seen[:3]) == sorted(["Save", "Don't save", "Keep editing"])
    assert seen[3] == "Save"  # the default
    assert dialog.isVisible()
    assert dialog.editors["warning_signs"].toPlainText() == WORDS


def test_a_locked_journal_opens_no_plan_and_says_why(qtbot, parent, services, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text: said.append(text))
    SafetyPlanDialog.edit(parent, services)  # no journal unlocked
    assert opened(parent) is None
    assert "Unlock your journal to see your safety plan" in said[0]


def test_opening_twice_shows_the_same_dialog(qtbot, parent, unlocked):
    first = open_plan(qtbot, parent, unlocked)
    qtbot.keyClicks(first.editors["coping_alone"], WORDS)
    assert open_plan(qtbot, parent, unlocked) is first
    assert first.editors["coping_alone"].toPlainText() == WORDS


def test_six_labelled_steps_with_guidance_and_accessible_names(qtbot, parent, unlocked):
    dialog = open_plan(qtbot, parent, unlocked)
    names = [dialog.editors[name].accessibleName() for name in STEPS]
    assert names == [f"Step {n}: {STEP_TITLES[s]}" for n, s in enumerate(STEPS, start=1)]
    for editor in dialog.editors.values():
        assert editor.accessibleDescription()  # the sentence of guidance
        assert editor.tabChangesFocus()
    assert dialog.save_button.accessibleName() == "Save my safety plan"
    assert dialog.close_button.accessibleName() == "Close my safety plan"


def test_tab_goes_through_the_steps_in_order_then_save_and_close(qtbot, parent, unlocked):
    dialog = open_plan(qtbot, parent, unlocked)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    first = dialog.editors[STEPS[0]]
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    order = [first]
    for _ in range(len(STEPS) + 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [dialog.editors[name] for name in STEPS] + [dialog.save_button, dialog.close_button]
    assert order == expected
    last = dialog.editors[STEPS[-1]]
    assert (
        dialog.scroll_area.viewport()
        .rect()
        .intersects(
            QRect(last.mapTo(dialog.scroll_area.viewport(), last.rect().topLeft()), last.size())
        )
    )


class SmallScreen:
    """A 1024×600 screen (the smallest the issue names)."""

    def availableGeometry(self) -> QRect:  # noqa: N802
        return QRect(0, 0, 1024, 600)


def test_it_fits_a_1024_by_600_screen_with_save_in_view(qtbot, unlocked, monkeypatch):
    monkeypatch.setattr(SafetyPlanDialog, "screen", lambda self: SmallScreen())
    dialog = SafetyPlanDialog(unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024 and dialog.height() <= 600 - 40
    assert dialog.minimumSizeHint().height() <= dialog.height()
    for button in (dialog.save_button, dialog.close_button):
        assert button.isVisible()
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(where)
    assert dialog.editors[STEPS[0]].isVisible()


def screenshot(qtbot, unlocked, theme, mode: str, path: str, monkeypatch) -> None:
    monkeypatch.setattr(SafetyPlanDialog, "screen", lambda self: SmallScreen())
    theme.set_mode(mode)
    unlocked.safety_plan.save(
        SafetyPlan(
            warning_signs="Not sleeping. Cancelling plans. Thinking nobody would notice.",
            coping_alone="Walk to the river. The playlist called 'slow'. A hot shower.",
        )
    )
    dialog = SafetyPlanDialog(unlocked)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save(path)


def test_screenshots_at_1024_by_600_in_both_themes(qtbot, unlocked, theme, monkeypatch, tmp_path):
    try:
        for mode in ("light", "dark"):
            path = tmp_path / f"safety-plan-{mode}.png"
            screenshot(qtbot, unlocked, theme, mode, str(path), monkeypatch)
            assert path.stat().st_size > 0
    finally:
        theme.set_mode("system")  # later tests meet the usual look


# Locking while the plan is open


def need_help_panel(window: MainWindow) -> QDialog:
    """Stands in for the Need help panel: a dialog owned by the window, as CrisisDialog is."""
    panel = QDialog(window)
    panel.show()
    return panel


def test_a_lock_seals_the_words_closes_the_plan_and_unlock_brings_them_back(qtbot, window):
    services = window.session.services
    panel = need_help_panel(window)
    dialog = open_plan(qtbot, panel, services)
    qtbot.keyClicks(dialog.editors["warning_signs"], WORDS)

    window.session.lock()  # Ctrl+L, the idle timer and the screen lock all come here

    assert not services.vault.unlocked
    assert not dialog.isVisible()  # the plan is not left on screen
    assert all(not e.toPlainText() for e in dialog.editors.values())
    held = b"".join(window.session.journal._drafts.values())
    assert held and WORDS.encode() not in held  # only ciphertext while locked
    QApplication.sendPostedEvents(None, 0)

    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.shell is not None and opened(window) is not None, timeout=5000)
    back = opened(window)
    assert back.editors["warning_signs"].toPlainText() == WORDS
    assert back.unsaved()
    assert "before the journal locked is back" in back.restored.text()
    assert back.restored.isVisible()
    assert services.safety_plan.get().empty  # not saved behind the person's back
    assert back.save()
    assert services.safety_plan.get().warning_signs == WORDS
    assert not back.restored.isVisible()


def test_a_lock_with_nothing_unsaved_just_closes_the_plan(qtbot, window):
    services = window.session.services
    services.safety_plan.save(SafetyPlan(warning_signs=WORDS))
    dialog = open_plan(qtbot, need_help_panel(window), services)
    window.session.lock()
    assert not dialog.isVisible()
    assert not window.session.journal.has_drafts()
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: window.shell is not None, timeout=5000)
    assert opened(window) is None


def test_a_lock_while_the_close_question_is_open_still_seals_and_closes(qtbot, window):
    services = window.session.services
    dialog = open_plan(qtbot, need_help_panel(window), services)
    qtbot.keyClicks(dialog.editors["professionals"], WORDS)
    QTimer.singleShot(0, window.session.lock)  # the idle timer, while the box waits
    dialog.reject()  # asks; the lock answers for the person
    assert not services.vault.unlocked
    assert not dialog.isVisible()
    assert not [b for b in dialog.findChildren(QMessageBox) if b.isVisible()]
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: opened(window) is not None, timeout=5000)
    assert opened(window).editors["professionals"].toPlainText() == WORDS


def test_a_failed_save_then_a_lock_keeps_the_words(qtbot, window, monkeypatch):
    services = window.session.services
    dialog = open_plan(qtbot, need_help_panel(window), services)
    qtbot.keyClicks(dialog.editors["coping_alone"], WORDS)
    with monkeypatch.context() as patch:
        break_disk(services, patch, DiskFull())
        assert not dialog.save()
        window.session.lock()
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: opened(window) is not None, timeout=5000)
    assert opened(window).editors["coping_alone"].toPlainText() == WORDS


def test_from_the_need_help_panel_a_lock_closes_the_plan_but_not_the_lines(qtbot, window):
    services = window.session.services
    seen: dict[str, bool] = {}

    def in_the_panel() -> None:
        panel = QApplication.activeModalWidget()
        assert isinstance(panel, CrisisDialog)
        panel.safety_plan_button.click()
        plan = opened(window)
        assert isinstance(plan.editors["warning_signs"], QPlainTextEdit)
        qtbot.keyClicks(plan.editors["warning_signs"], WORDS)
        window.session.lock()
        seen.update(plan=plan.isVisible(), panel=panel.isVisible())
        panel.reject()

    QTimer.singleShot(0, in_the_panel)
    CrisisDialog.show_for(window, services)
    assert seen == {"plan": False, "panel": True}
    window.session.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: opened(window) is not None, timeout=5000)
    assert opened(window).editors["warning_signs"].toPlainText() == WORDS


def test_ctrl_l_in_the_plan_locks_like_anywhere_else(qtbot, window):
    services = window.session.services
    dialog = open_plan(qtbot, need_help_panel(window), services)
    qtbot.keyClicks(dialog.editors["warning_signs"], WORDS)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    qtbot.keyClick(
        dialog.editors["warning_signs"], Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: not services.vault.unlocked, timeout=5000)
    assert not dialog.isVisible()
    assert window.session.journal.has_drafts()  # the words were sealed, not lost
