"""The crisis panel: the person's region first, the others folded, always that nobody monitors."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from journal_app.services.crisis import crisis_info
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

MONITORING = "Nobody monitors this app"


@pytest.fixture
def canada() -> Iterator[None]:
    """The window speaks Canadian French, as a computer set to fr_CA would."""
    before = QLocale()
    QLocale.setDefault(QLocale("fr_CA"))
    yield
    QLocale.setDefault(before)


def panel(qtbot, region_id: str | None, **options) -> CrisisDialog:
    dialog = CrisisDialog(crisis_info(), region_id, **options)
    qtbot.addWidget(dialog)
    return dialog


def visible_text(dialog: CrisisDialog) -> str:
    """What can be read without opening anything (folded regions are hidden)."""
    dialog.show()
    labels = [label for label in dialog.findChildren(QLabel) if label.isVisibleTo(dialog)]
    return "\n".join(label.text() for label in labels)


def test_the_persons_region_comes_first_and_open(qtbot):
    dialog = panel(qtbot, "us")
    text = visible_text(dialog)
    assert "You don't have to hold this alone" in text
    assert "Call or text 988, or chat at 988lifeline.org" in text
    assert "Text HOME to 741741" in text
    assert "62-FIRESIDE (623-473-7433)" in text
    assert "Call 911" in text
    assert MONITORING in text and "immediate danger" in text
    assert dialog.region.id == "us"
    assert dialog.first_line.accessibleName() == "988 Suicide & Crisis Lifeline, United States"


def test_the_other_countries_follow_folded_with_elsewhere_last(qtbot):
    dialog = panel(qtbot, "uk")
    assert list(dialog.toggles) == [
        "us",
        "ca",
        "ie",
        "au",
        "nz",
        "de",
        "fr",
        "nl",
        "es",
        "elsewhere",
    ]
    text = visible_text(dialog)
    assert "Samaritans" in text and "SHOUT to 85258" in text
    assert "Other countries" in text
    assert "988" not in text  # the United States is there, folded
    assert all(not toggle.isChecked() for toggle in dialog.toggles.values())


def test_a_folded_country_opens_and_closes(qtbot):
    dialog = panel(qtbot, "uk")
    dialog.show()
    toggle = dialog.toggles["au"]
    assert toggle.arrowType() == Qt.ArrowType.RightArrow
    toggle.click()
    assert toggle.isChecked() and toggle.arrowType() == Qt.ArrowType.DownArrow
    assert "Call 13 11 14 or text 0477 13 11 14" in visible_text(dialog)
    toggle.click()
    assert "13 11 14" not in visible_text(dialog)


def test_the_country_toggles_work_from_the_keyboard_and_have_names(qtbot):
    dialog = panel(qtbot, "de")
    dialog.show()
    toggle = dialog.toggles["fr"]
    assert toggle.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert toggle.accessibleName() == "France"
    assert toggle.accessibleDescription() == "Show or hide the lines for France"
    toggle.setFocus()
    qtbot.keyClick(toggle, Qt.Key.Key_Space)
    assert toggle.isChecked()
    assert "Call 3114 (free)" in visible_text(dialog)


def test_peer_support_is_labelled_as_such(qtbot):
    text = visible_text(panel(qtbot, "us"))
    assert "Peer support · Hours vary: see firesideproject.org" in text


def test_without_a_region_the_locale_chooses_and_says_so(qtbot, canada):
    dialog = panel(qtbot, None)
    assert dialog.region.id == "ca"
    text = visible_text(dialog)
    assert "9-8-8 Suicide Crisis Helpline" in text
    assert "These are the lines for Canada, from your computer's settings." in text


def test_a_region_from_settings_needs_no_explanation(qtbot):
    text = visible_text(panel(qtbot, "nl", from_settings=True))
    assert "from your computer's settings" not in text
    assert "Call 113 or 0800-0113 (free), or chat at 113.nl" in text


def test_the_panel_uses_the_calm_banner_style_and_closes(qtbot):
    dialog = panel(qtbot, "us")
    assert not [w for w in dialog.findChildren(QFrame) if w.objectName() == "error"]
    assert dialog.first_line.objectName() == "banner"
    assert dialog.close_button.hasFocus() or dialog.focusWidget() is dialog.close_button
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()


@pytest.fixture
def captured(monkeypatch) -> list[CrisisDialog]:
    """The panels shown; exec returns at once instead of waiting."""
    shown: list[CrisisDialog] = []

    def exec_(self: CrisisDialog) -> int:
        shown.append(self)
        return 0

    monkeypatch.setattr(CrisisDialog, "exec", exec_)
    return shown


@pytest.mark.parametrize(("region", "first"), [("us", "us"), ("uk", "uk"), (None, "ca")])
def test_show_for_reads_the_region_from_settings(qtbot, unlocked, captured, canada, region, first):
    unlocked.settings.set("region", region)
    CrisisDialog.show_for(None, unlocked)
    [dialog] = captured
    assert dialog.region.id == first
    assert MONITORING in dialog.text()


def test_an_unknown_saved_region_falls_back_to_the_locale(qtbot, unlocked, captured, canada):
    unlocked.settings.set("region", "atlantis")
    CrisisDialog.show_for(None, unlocked)
    assert captured[0].region.id == "ca"
    assert "from your computer's settings" in captured[0].text()


def test_the_panel_belongs_to_the_window_so_locking_does_not_close_it(qtbot, unlocked, captured):
    window = QWidget()
    page = QWidget(window)
    qtbot.addWidget(window)
    CrisisDialog.show_for(page, unlocked)
    assert captured[0].parent() is window


def test_a_locked_journal_still_shows_the_lines_but_no_safety_plan(
    qtbot, services, captured, canada
):
    CrisisDialog.show_for(None, services)  # nothing created, nothing unlocked
    [dialog] = captured
    assert dialog.region.id == "ca" and "988" in dialog.text()
    dialog.show()
    assert not dialog.safety_plan_button.isVisible()
    assert dialog.close_button.isVisible()


def test_no_safety_plan_button_without_services(qtbot):
    dialog = panel(qtbot, "uk")
    dialog.show()
    assert not dialog.safety_plan_button.isVisible()


@pytest.fixture
def plan_opened(monkeypatch) -> list[tuple[object, object]]:
    """A stand-in SafetyPlanDialog module recording what edit() was asked to open."""
    calls: list[tuple[object, object]] = []
    module = types.ModuleType("journal_app.ui.safety_plan")

    class SafetyPlanDialog:
        @classmethod
        def edit(cls, parent, services) -> None:
            calls.append((parent, services))

    module.SafetyPlanDialog = SafetyPlanDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "journal_app.ui.safety_plan", module)
    return calls


def test_while_unlocked_my_safety_plan_opens_the_plan(qtbot, unlocked, plan_opened):
    dialog = panel(qtbot, "uk", services=unlocked)
    dialog.show()
    button = dialog.safety_plan_button
    assert button.isVisible() and button.text() == "My safety plan"
    assert button.accessibleName() == "Open my safety plan"
    button.click()
    assert plan_opened == [(dialog, unlocked)]


def test_if_the_journal_locks_while_open_the_plan_button_goes(qtbot, unlocked, plan_opened):
    dialog = panel(qtbot, "uk", services=unlocked)
    dialog.show()
    unlocked.vault.lock()
    dialog.safety_plan_button.click()
    assert plan_opened == []
    assert not dialog.safety_plan_button.isVisible()
    assert dialog.close_button.isVisible() and "Samaritans" in dialog.text()


def test_need_help_now_in_the_sidebar_opens_the_panel(
    qtbot, unlocked, session, theme, qsettings, captured
):
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.show()
    session.finish_first_run()
    unlocked.settings.set("region", "uk")
    button = window.shell.help_button
    assert button.text() == "Need help now?"
    assert button.objectName() == "link"
    assert button.isVisible()
    button.click()
    assert len(captured) == 1 and captured[0].region.id == "uk"
    assert captured[0].safety_plan_button.isVisibleTo(captured[0])
    window.shell.show_page("journal")
    assert button.isVisible()  # there on every page
