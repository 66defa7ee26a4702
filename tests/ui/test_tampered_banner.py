"""The window names records changed outside Afterglow, says what was done, and still fits."""

from __future__ import annotations

import os

import pytest

from journal_app.services.bundle import Services
from journal_app.ui.main_window import MainWindow
from journal_app.ui.session import SessionViewModel
from tests.cli.test_tampered_records import SAID, tampered_journal
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

HEADLINE_MANY = (
    "The journal file was changed outside Afterglow, so {n} saved records were left out:"
)
SAFE = "The rest of your journal is here and safe. You can bring these records back from a backup."


@pytest.fixture
def open_window(qtbot, tmp_path, theme, qsettings, monkeypatch):
    """Unlock a journal tampered with by ``tampered_journal(**how)`` in the window."""
    monkeypatch.setattr(MainWindow, "_quit_anyway", lambda self, problems: True)
    sessions: list[SessionViewModel] = []

    def make(**how: object) -> tuple[MainWindow, dict[str, str]]:
        folder = tmp_path / "journal"
        ids = tampered_journal(folder, **how)  # type: ignore[arg-type]
        session = SessionViewModel(Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock))
        sessions.append(session)
        window = MainWindow(session, theme, qsettings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(session.vault_unlocked, timeout=5000):
            session.unlock(PASSPHRASE)
        return window, ids

    yield make
    for session in sessions:
        session.lock()


def test_the_banner_names_each_record_and_what_was_done(open_window):
    window, ids = open_window(kinds=("rollback", "removed", "replayed", "untrashed", "stranger"))
    banner = window.shell.damaged_banner
    assert banner is not None
    lines = banner.text().splitlines()
    assert lines[0] == HEADLINE_MANY.format(n=5)
    for kind, said in SAID.items():
        assert f"• {ids[kind][:8]}: {said}" in lines
    assert lines[-1] == SAFE
    assert ids["kept"][:8] not in banner.text()
    assert "outside Afterglow" in banner.accessibleName()
    assert banner.accessibleDescription() == banner.text()
    assert [r.id for r in window.session.services.journal.entries()] == [ids["kept"]]


def test_past_five_records_the_rest_are_counted_and_damaged_ones_follow(open_window):
    window, ids = open_window(kinds=("stranger",), strangers=7, damaged=True)
    banner = window.shell.damaged_banner
    assert banner is not None
    lines = banner.text().splitlines()
    assert lines[0] == HEADLINE_MANY.format(n=7)
    assert sum(line.endswith(SAID["stranger"]) for line in lines) == 5
    assert "• and 2 more" in lines
    assert lines[-2] == (
        "1 other saved record could not be opened because the file was damaged: "
        f"{ids['damaged'][:8]}."
    )
    assert lines[-1] == SAFE


def test_one_record_is_said_in_the_singular(open_window):
    window, ids = open_window(kinds=("removed",))
    banner = window.shell.damaged_banner
    assert banner is not None
    assert banner.text().splitlines()[:2] == [
        "The journal file was changed outside Afterglow, so 1 saved record was left out:",
        f"• {ids['removed'][:8]}: {SAID['removed']}",
    ]


def test_a_journal_only_damaged_keeps_the_damaged_wording(open_window):
    window, ids = open_window(kinds=(), damaged=True)
    banner = window.shell.damaged_banner
    assert banner is not None
    assert banner.text() == (
        f"1 saved record(s) could not be opened because the file was damaged: "
        f"{ids['damaged'][:8]}. Everything else is here and safe. You can restore them "
        "from a backup."
    )
    assert banner.accessibleName() == "Damaged records"


def test_the_banner_wraps_and_fits_at_1024_by_600(open_window, qtbot, tmp_path):
    window, _ = open_window(kinds=("rollback", "removed", "replayed", "untrashed", "stranger"))
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    banner = window.shell.damaged_banner
    assert banner is not None
    assert banner.wordWrap()
    qtbot.waitUntil(lambda: banner.height() >= banner.heightForWidth(banner.width()))
    top_left = banner.mapTo(window, banner.rect().topLeft())
    bottom_right = banner.mapTo(window, banner.rect().bottomRight())
    assert window.rect().contains(top_left) and window.rect().contains(bottom_right)
    assert banner.height() < window.height() / 2  # the journal below still has room
    assert window.shell.page_area.height() > 250
    if path := os.environ.get("AFTERGLOW_SCREENSHOT"):
        window.grab().save(path)
