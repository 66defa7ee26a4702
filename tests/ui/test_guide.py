"""Help > User guide: opens offline, every topic there, links and Find work, facts true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextCursor

from journal_app.services.backup_folder import KEEP_LATEST, KEEP_WEEKS
from journal_app.services.courses import JOIN_WITHIN
from journal_app.services.vault_keys import MIN_PASSPHRASE
from journal_app.texts import resource_root
from journal_app.ui import guide as guide_module
from journal_app.ui.guide import GuideDialog, guide_text, slug
from journal_app.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore(
    "does not support propagateSizeHints", "does not support raise"
)

GUIDE = Path(str(resource_root().joinpath("guide", "guide.md"))).read_text(encoding="utf-8")
TOPICS = [
    "If you need help now",
    "Getting started",
    "Journeys and integration",
    "Mood and questionnaires",
    "The summary for your therapist",
    "Backups and moving to a new computer",
    "If you forget your passphrase",
    "Privacy in plain words",
]


@pytest.fixture
def dialog(qtbot):
    made = GuideDialog(guide_text("en_US"))
    qtbot.addWidget(made)
    made.fit_to(QRect(0, 0, 1024, 600))
    made.show()
    return made


def headings(dialog: GuideDialog) -> list[str]:
    found = []
    block = dialog.browser.document().begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            found.append(block.text())
        block = block.next()
    return found


def links(dialog: GuideDialog) -> list[str]:
    found = []
    block = dialog.browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                found.append(href)
            it += 1
        block = block.next()
    return found


def test_help_user_guide_opens_the_guide_even_while_locked_and_only_once(
    qtbot, session, theme, qsettings
):
    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    window.show()
    help_menu = window.menuBar().actions()[-1].menu()
    [action] = [a for a in help_menu.actions() if "User Guide" in a.text()]
    assert action.isEnabled()
    action.trigger()
    action.trigger()
    [shown] = window.findChildren(GuideDialog)
    assert shown.isVisible()
    assert "Getting started" in shown.browser.toPlainText()


def test_every_topic_has_its_section_in_order(dialog):
    assert headings(dialog) == ["The Afterglow guide", *TOPICS]
    assert dialog.anchors[1:] == [slug(topic) for topic in TOPICS]


def test_every_link_leads_to_a_heading_and_scrolls_there(dialog, qtbot):
    found = links(dialog)
    assert len(found) >= len(TOPICS)
    assert all(href.startswith("#") for href in found), found
    assert {href[1:] for href in found} <= set(dialog.anchors)
    bar = dialog.browser.verticalScrollBar()
    assert bar.value() == 0
    dialog.browser.anchorClicked.emit(QUrl("#privacy-in-plain-words"))
    assert bar.value() > 0
    block = dialog.browser.document().begin()
    while block.text() != "Privacy in plain words" or not block.blockFormat().headingLevel():
        block = block.next()
    top = dialog.browser.cursorRect(QTextCursor(block)).top()
    assert 0 <= top < dialog.browser.viewport().height() // 3


def test_links_out_of_the_guide_are_not_followed(dialog, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    bar = dialog.browser.verticalScrollBar()
    for url in ("https://example.org/#getting-started", "file:///etc/passwd", "#no-such"):
        dialog.browser.anchorClicked.emit(QUrl(url))
    assert opened == []
    assert bar.value() == 0


def test_the_guide_has_no_raw_html_and_html_in_it_would_show_as_text(qtbot):
    assert re.search(r"<[A-Za-z/!]", GUIDE) is None
    hostile = GuideDialog("# Title\n\n<b>bold</b> <script>alert(1)</script>\n\n<img src=x>")
    qtbot.addWidget(hostile)
    text = hostile.browser.toPlainText()
    assert "<b>bold</b>" in text and "<script>" in text and "<img src=x>" in text


def test_ctrl_f_finds_words_goes_round_and_says_when_there_are_none(dialog, qtbot):
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert dialog.find_field.hasFocus()
    qtbot.keyClicks(dialog.find_field, "recovery key")
    assert dialog.browser.textCursor().selectedText().lower() == "recovery key"
    first = dialog.browser.textCursor().position()
    qtbot.keyClick(dialog.find_field, Qt.Key.Key_Return)
    assert dialog.browser.textCursor().position() > first
    for _ in range(GUIDE.lower().count("recovery key")):
        assert dialog.find_next()  # past the last one it starts again at the top
    assert dialog.find_result.text() == ""
    dialog.find_field.setText("zzqx-nowhere")
    assert dialog.find_result.text() == "Not in the guide"
    dialog.find_field.clear()
    assert dialog.find_result.text() == ""


@pytest.mark.parametrize("size", [(1024, 600), (960, 540), (1920, 1080)])
def test_the_dialog_fits_the_screen(dialog, size):
    width, height = size
    dialog.fit_to(QRect(0, 0, width, height))
    assert dialog.width() <= width - 16 and dialog.height() <= height - 44
    assert dialog.browser.height() > height // 2


def test_a_missing_or_oversized_guide_gets_kind_words_instead(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(guide_module, "resource_root", lambda: tmp_path)
    assert guide_text("en_US") is None
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "guide.md").write_bytes(b"x" * (guide_module.MAX_GUIDE_BYTES + 1))
    assert guide_text("en_US") is None
    missing = GuideDialog(None)
    qtbot.addWidget(missing)
    assert "missing from this installation" in missing.browser.toPlainText()


def test_a_guide_in_the_reader_s_language_comes_first(tmp_path, monkeypatch):
    monkeypatch.setattr(guide_module, "resource_root", lambda: tmp_path)
    (tmp_path / "guide").mkdir()
    (tmp_path / "guide" / "guide.md").write_text("# English", encoding="utf-8")
    (tmp_path / "guide" / "guide_de.md").write_text("# Deutsch", encoding="utf-8")
    assert guide_text("de_AT") == "# Deutsch"
    assert guide_text("fr_FR") == "# English"


def test_the_guide_s_numbers_are_the_app_s():
    assert f"at least\n{MIN_PASSPHRASE} characters" in GUIDE or (
        f"at least {MIN_PASSPHRASE} characters" in " ".join(GUIDE.split())
    )
    words = " ".join(GUIDE.split())
    assert f"keeps the last {KEEP_LATEST}, and one a week for the last {KEEP_WEEKS} weeks" in words
    assert f"within {JOIN_WITHIN.days} days of the last one joins the same course" in words


def test_the_slug_is_github_s():
    assert slug("Backups and moving to a new computer") == "backups-and-moving-to-a-new-computer"
    assert slug("  What's next? (Soon) ") == "whats-next-soon"
