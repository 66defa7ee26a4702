from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from journal_app.ui.journal.page import JournalPage


def test_the_journal_page_shows_what_changed_while_it_was_hidden(qtbot, unlocked):
    unlocked.journal.create("there from the start")
    window = QMainWindow()
    window.setMinimumSize(900, 600)
    page = JournalPage(unlocked)
    window.setCentralWidget(page)
    qtbot.addWidget(window)
    window.show()
    assert page.model.rowCount() == 1
    page.hide()
    unlocked.journal.create("merged in from a backup", title="From the backup")
    page.show()
    months = [page.model.index(r, 0) for r in range(page.model.rowCount())]
    entries = sum(page.model.rowCount(m) for m in months)
    assert entries == 2
