"""The first window fits the screen; a remembered one is brought back onto it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect

from journal_app.ui.window_fit import COMFORTABLE, MARGIN, first_place, fitted

LAPTOP = QRect(0, 0, 1366, 740)  # 1366×768 less a panel
NETBOOK = QRect(0, 27, 1024, 573)  # 1024×600 less a top bar
BIG = QRect(0, 0, 1920, 1050)


def inside(rect: QRect, area: QRect) -> bool:
    return area.contains(rect)


def test_the_comfortable_size_where_it_fits_centred():
    rect = first_place(BIG)
    assert rect.size() == COMFORTABLE and inside(rect, BIG)
    assert abs(rect.center().x() - BIG.center().x()) <= 1


def test_a_small_screen_gets_its_available_area_less_a_margin():
    for area in (LAPTOP, NETBOOK):
        rect = first_place(area)
        assert inside(rect, area)
        assert rect.height() == min(COMFORTABLE.height(), area.height() - 2 * MARGIN)
        assert rect.width() == min(COMFORTABLE.width(), area.width() - 2 * MARGIN)


def test_a_geometry_from_a_bigger_or_unplugged_screen_comes_back():
    remembered = QRect(1900, 900, 1600, 1000)  # partly off a 1366×768 laptop
    rect = fitted(remembered, LAPTOP)
    assert inside(rect, LAPTOP)
    moved_only = fitted(QRect(-300, -50, 800, 500), BIG)
    assert moved_only.size() == QRect(0, 0, 800, 500).size() and inside(moved_only, BIG)


def test_the_real_window_opens_within_the_screen(qtbot, session, theme, qsettings):
    from journal_app.ui.main_window import MainWindow

    window = MainWindow(session, theme, qsettings)
    qtbot.addWidget(window)
    screen = window.screen().availableGeometry()
    assert window.width() <= max(screen.width(), window.minimumWidth())
    assert window.height() <= max(screen.height(), window.minimumHeight())


def test_new_files_are_first_suggested_in_the_documents_folder(qtbot, monkeypatch, tmp_path):
    from datetime import date

    from PySide6.QtCore import QStandardPaths

    from journal_app.ui.backups import files
    from journal_app.ui.output_files import in_documents
    from journal_app.ui.summary.output import default_pdf_path

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert in_documents("x.pdf").parent == Path(documents)
    assert default_pdf_path(date(2026, 3, 14)).parent == in_documents("x").parent
    seen = []
    monkeypatch.setattr(files, "choose_output_file", lambda *a, **k: seen.append(a[2]))
    files.choose_export_path(None, date(2026, 3, 14))
    assert seen and seen[0].parent == in_documents("x").parent


def test_a_save_word_appearing_moves_nothing_beside_it(qtbot, make_page):
    page = make_page()
    editor = page.editor
    editor.resize(800, 600)
    editor.show()
    label = editor.save_state
    label.setText("")
    editor.layout().activate()
    width = label.width()
    for word in ("Saving…", "Saved", "Not saved yet", ""):
        label.setText(word)
        editor.layout().activate()
        assert label.width() == width  # the words beside it stay where they were
