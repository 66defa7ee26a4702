"""The crisis panel: the lines for the person's region, calmly, and always that nobody monitors."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFrame, QWidget

from journal_app.services.crisis import crisis_info
from journal_app.ui.crisis import CrisisDialog
from journal_app.ui.main_window import MainWindow
from journal_app.ui.pages.settings import SettingsPage

MONITORING = "Nobody monitors this app"


def shown(qtbot, region_id: str | None) -> str:
    dialog = CrisisDialog(crisis_info(), region_id)
    qtbot.addWidget(dialog)
    return dialog.text()


def test_the_united_states_lines(qtbot):
    text = shown(qtbot, "us")
    assert "You don't have to hold this alone" in text
    assert "Call or text 988" in text
    assert "62-FIRESIDE (623-473-7433)" in text
    assert "Call 911" in text
    assert "Samaritans" not in text
    assert MONITORING in text
    assert "immediate danger" in text


def test_the_united_kingdom_lines(qtbot):
    text = shown(qtbot, "uk")
    assert "Samaritans" in text and "116 123" in text
    assert "988" not in text
    assert MONITORING in text


def test_every_region_when_none_is_chosen(qtbot):
    text = shown(qtbot, None)
    for name in ("United States", "United Kingdom", "Elsewhere"):
        assert name in text
    assert "988" in text and "116 123" in text and "findahelpline.com" in text
    assert MONITORING in text
    assert "choose your region in Settings" in text


def test_the_panel_uses_the_calm_banner_style_and_closes(qtbot):
    dialog = CrisisDialog(crisis_info(), "us")
    qtbot.addWidget(dialog)
    frames = [w for w in dialog.findChildren(QFrame) if w.objectName() == "banner"]
    assert len(frames) == 3
    assert not [w for w in dialog.findChildren(QFrame) if w.objectName() == "error"]
    with qtbot.waitSignal(dialog.rejected):
        dialog.close_button.click()


@pytest.fixture
def captured(monkeypatch) -> list[str]:
    """What each crisis panel said; exec returns at once instead of waiting."""
    texts: list[str] = []

    def exec_(self: CrisisDialog) -> int:
        texts.append(self.text())
        return 0

    monkeypatch.setattr(CrisisDialog, "exec", exec_)
    return texts


@pytest.mark.parametrize(
    ("region", "present", "absent"),
    [("us", "988", "Samaritans"), ("uk", "Samaritans", "988"), (None, "Samaritans", "")],
)
def test_show_for_reads_the_region_from_settings(
    qtbot, unlocked, captured, region, present, absent
):
    unlocked.settings.set("region", region)
    CrisisDialog.show_for(None, unlocked)
    [text] = captured
    assert present in text
    assert not absent or absent not in text
    assert MONITORING in text


def test_the_panel_belongs_to_the_window_so_locking_does_not_close_it(qtbot, unlocked, monkeypatch):
    owners = []
    monkeypatch.setattr(CrisisDialog, "exec", lambda self: owners.append(self.parent()) or 0)
    window = QWidget()
    page = QWidget(window)
    qtbot.addWidget(window)
    CrisisDialog.show_for(page, unlocked)
    assert owners == [window]


def test_a_locked_journal_shows_every_region(qtbot, services, captured):
    CrisisDialog.show_for(None, services)  # nothing created, nothing unlocked
    assert "United States" in captured[0] and "United Kingdom" in captured[0]


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
    assert len(captured) == 1 and "Samaritans" in captured[0]
    window.shell.show_page("journal")
    assert button.isVisible()  # there on every page


def test_the_region_setting_persists(qtbot, unlocked, session, theme):
    session.finish_first_run()
    page = SettingsPage(session, theme)
    qtbot.addWidget(page)
    assert page.region.currentData() is None
    assert [page.region.itemText(i) for i in range(page.region.count())][1:] == [
        "United States",
        "United Kingdom",
        "Elsewhere",
    ]
    page.region.setCurrentIndex(page.region.findData("uk"))
    assert unlocked.settings.get("region") == "uk"
    again = SettingsPage(session, theme)
    qtbot.addWidget(again)
    assert again.region.currentData() == "uk"
    again.region.setCurrentIndex(0)
    assert unlocked.settings.get("region") is None
