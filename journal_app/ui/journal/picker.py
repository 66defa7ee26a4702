"""A dialog that lists records on the left, previews one on the right, and picks one."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.named import named


class PickerItem(NamedTuple):
    """One choice: the id returned, the line listed, and the markdown previewed."""

    id: str
    label: str
    preview: str


class PickerDialog(QDialog):
    """Lists ``items``; the accept button returns the chosen one's id through ``chosen()``.

    Subclasses call :meth:`configure` with their words once constructed (``tr`` needs
    the object to exist).
    """

    def __init__(self, items: list[PickerItem], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(760, 480)
        self._items = items
        self._chosen: str | None = None

        self.intro = named(QLabel(), "hint")
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        for item in items:
            row = QListWidgetItem(item.label)
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)
        self.preview = named(QTextBrowser(), "preview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)

        buttons = QDialogButtonBox()
        self.accept_button = named(QPushButton(), "primary")
        self.accept_button.setEnabled(False)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)

        panes = QHBoxLayout()
        panes.addWidget(self.list, 2)
        panes.addWidget(self.preview, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(panes, 1)
        layout.addWidget(buttons)
        self.list.setVisible(bool(items))
        self.preview.setVisible(bool(items))

        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemActivated.connect(self._on_list_item_activated)
        buttons.accepted.connect(self._on_buttons_accepted)
        buttons.rejected.connect(self.reject)
        if items:
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def configure(self, title: str, intro: str, empty: str, accept_text: str) -> None:
        """Set the window title, the words above the list (or instead of it), the button."""
        self.setWindowTitle(title)
        self.list.setAccessibleName(title)
        self.intro.setText(intro if self._items else empty)
        self.accept_button.setText(accept_text)
        self.accept_button.setAccessibleName(accept_text)

    def chosen(self) -> str | None:
        """The id picked, once the dialog was accepted."""
        return self._chosen

    def _on_list_current_row_changed(self, row: int) -> None:
        self.accept_button.setEnabled(row >= 0)
        self.preview.setMarkdown(self._items[row].preview if row >= 0 else "")

    def _on_list_item_activated(self, _: QListWidgetItem) -> None:
        self._on_buttons_accepted()

    def _on_buttons_accepted(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._chosen = str(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    @classmethod
    def run(cls, dialog: PickerDialog) -> str | None:
        """Show ``dialog`` modally and return the id picked, or None."""
        try:
            return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
