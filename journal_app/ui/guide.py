"""Help > User guide: the short guide shipped in resources/guide/, readable offline.

The guide is Markdown, rendered by Qt itself with raw HTML turned off. Its headings get
the anchors GitHub gives them (``## Getting started`` -> ``#getting-started``), so the
same links work here and when the file is read on the web. Links that leave the guide
are not followed: nothing here opens a browser or touches the network.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, QRect, QSize, Qt, QUrl
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.texts import resource_root
from journal_app.ui.named import named

FEATURES = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
BEST_SIZE = QSize(760, 720)
FRAME = QSize(16, 44)  # the window manager's title bar and borders
MAX_GUIDE_BYTES = 1_000_000  # a guide is a few pages; anything larger is not ours


def slug(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, spaces to hyphens, no punctuation."""
    kept = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return kept.replace(" ", "-")


def guide_text(language: str) -> str | None:
    """The guide in ``language`` (``de``, ``pt_BR``) if one is shipped, else in English.

    Returns None when no guide can be read (a damaged installation).
    """
    folder = resource_root().joinpath("guide")
    names = [f"guide_{language}.md", f"guide_{language.split('_')[0]}.md", "guide.md"]
    for name in names:
        path = folder.joinpath(name)
        try:
            if not path.is_file():
                continue
            data = path.read_bytes()[: MAX_GUIDE_BYTES + 1]
        except OSError:
            continue
        if len(data) <= MAX_GUIDE_BYTES:
            return data.decode("utf-8", errors="replace")
    return None


def add_heading_anchors(document: QTextDocument) -> list[str]:
    """Name every heading by its slug, so ``#slug`` links can scroll to it."""
    names: list[str] = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0 and block.text().strip():
            name = slug(block.text())
            cursor = QTextCursor(block)
            cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
            mark = cursor.charFormat()
            mark.setAnchor(True)
            mark.setAnchorNames([name])
            cursor.mergeCharFormat(mark)
            names.append(name)
        block = block.next()
    return names


def loosen_lines(document: QTextDocument, percent: int = 135) -> None:
    """Give every line a little air: a guide is read, not scanned."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    spacing = QTextBlockFormat()
    spacing.setLineHeight(percent, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    cursor.mergeBlockFormat(spacing)


class GuideDialog(QDialog):
    """The user guide, with a find bar (Ctrl+F) and links between its sections."""

    def __init__(self, text: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = named(QTextBrowser(), "guideText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("The Afterglow guide"))
        self.browser.document().setDocumentMargin(16)
        if text is None:
            text = self.tr(
                "The guide is missing from this installation of Afterglow. Installing "
                "Afterglow again brings it back; your journal is not affected."
            )
        self.browser.document().setMarkdown(text, FEATURES)
        self.anchors = add_heading_anchors(self.browser.document())
        loosen_lines(self.browser.document())
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)  # open at the top

        find_label = QLabel(self.tr("&Find:"))
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("A word in the guide"))
        self.find_field.setAccessibleName(self.tr("Find in the guide"))
        self.find_field.setClearButtonEnabled(True)
        find_label.setBuddy(self.find_field)
        self.find_result = named(QLabel(), "hint")
        self.find_result.setAccessibleName(self.tr("Find result"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        find_row = QHBoxLayout()
        find_row.addWidget(find_label)
        find_row.addWidget(self.find_field, 1)
        find_row.addWidget(self.find_result)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(find_row)
        layout.addWidget(buttons)

        self.browser.anchorClicked.connect(self._on_browser_anchor_clicked)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(self._on_find_field_text_changed)
        QShortcut(QKeySequence.StandardKey.Find, self, self._on_find_shortcut)
        QShortcut(QKeySequence.StandardKey.FindNext, self, self.find_next)
        QShortcut(QKeySequence.StandardKey.FindPrevious, self, self.find_previous)
        QShortcut(QKeySequence("Shift+Return"), self.find_field, self.find_previous)
        self.browser.setFocus()

    @classmethod
    def show_for(cls, parent: QWidget | None) -> GuideDialog:
        """Open the guide beside the window (or bring back the one already open)."""
        if parent is not None:
            existing = parent.findChild(GuideDialog)
            if existing is not None:
                existing.show()
                existing.raise_()
                existing.activateWindow()
                return existing
        dialog = cls(guide_text(QLocale().name()), parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fit_to(_available_area(parent))
        dialog.show()
        return dialog

    def fit_to(self, area: QRect) -> None:
        """As large as reads well, never larger than the screen (1024×600 included)."""
        most = QSize(area.width() - FRAME.width(), area.height() - FRAME.height())
        self.setMaximumSize(most)
        self.resize(BEST_SIZE.boundedTo(most))

    def find_next(self) -> bool:
        return self._find(QTextDocument.FindFlag(0))

    def find_previous(self) -> bool:
        return self._find(QTextDocument.FindFlag.FindBackward)

    def _find(self, flags: QTextDocument.FindFlag) -> bool:
        """Select the next match, going round to the start (or end) once; say if none."""
        words = self.find_field.text()
        if not words:
            self.find_result.clear()
            return False
        found = self.browser.find(words, flags)
        if not found:
            cursor = self.browser.textCursor()
            backward = bool(flags & QTextDocument.FindFlag.FindBackward)
            cursor.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            self.browser.setTextCursor(cursor)
            found = self.browser.find(words, flags)
        self.find_result.setText("" if found else self.tr("Not in the guide"))
        return found

    def _on_find_field_text_changed(self, _: str) -> None:
        # Find as you type, from the top, so each letter narrows the same search.
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        self.find_next()

    def _on_find_shortcut(self) -> None:
        self.find_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_field.selectAll()

    def _on_browser_anchor_clicked(self, url: QUrl) -> None:
        # Only links inside the guide are followed; any other is left alone.
        if url.hasFragment() and not url.scheme() and not url.path():
            self.browser.scrollToAnchor(url.fragment())


def _available_area(widget: QWidget | None) -> QRect:
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()
