"""Saving a sitter card from a home session's preparation step, and the clinic's number."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pypdf import PdfReader

from journal_app.domain.journey import SessionLog
from journal_app.ui.journeys import sitter
from journal_app.ui.journeys.page import JourneysPage


def test_a_home_session_offers_the_sitter_card_and_saves_it(qtbot, unlocked, tmp_path, monkeypatch):
    unlocked.settings.set("clinic_phone", "0161 555 0100")
    home = unlocked.journeys.add(
        datetime(2026, 3, 12, 9, 30), session=SessionLog(route="IM", setting="home")
    )
    clinic = unlocked.journeys.add(
        datetime(2026, 4, 20, 9, 30), session=SessionLog(route="IV", setting="clinic")
    )
    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    page.open_journey(clinic.id, "preparation")
    assert page.view.preparation.sitter_button.isHidden()
    page.open_journey(home.id, "preparation")
    assert not page.view.preparation.sitter_button.isHidden()
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(sitter, "choose_output_file", lambda *a, **k: out)
    shown: list[str] = []
    monkeypatch.setattr(sitter.QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.view.preparation.sitter_button.click()
    assert out.exists() and (out.stat().st_mode & 0o777) == 0o600
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert "0161 555 0100" in text
    assert shown and str(out) in shown[0]


def test_a_failed_save_says_so_and_writes_nothing(qtbot, unlocked, tmp_path, monkeypatch):
    from journal_app.domain.errors import DiskFull

    page = JourneysPage(unlocked)
    qtbot.addWidget(page)
    out = tmp_path / "card.pdf"
    monkeypatch.setattr(sitter, "choose_output_file", lambda *a, **k: out)

    def full(*_a, **_k):
        raise DiskFull("The disk is full. Free some space and try again.")

    import journal_app.reports.sitter_card as module

    monkeypatch.setattr(module, "write_sitter_card", full)
    warned: list[str] = []
    monkeypatch.setattr(sitter.QMessageBox, "warning", lambda *a: warned.append(a[2]))
    assert sitter.save_sitter_card(page, unlocked) is None
    assert warned and "disk is full" in warned[0] and not Path(out).exists()


def test_the_clinic_phone_is_kept_from_settings(qtbot, session, theme, unlocked):
    from journal_app.ui.pages.settings import SettingsPage

    page = SettingsPage(session, theme)
    qtbot.addWidget(page)
    page.clinic_phone.setText("  0161   555 0100 ")
    page.clinic_phone.editingFinished.emit()
    assert unlocked.settings.get("clinic_phone") == "0161 555 0100"
