"""A checklist with wrapped item text, quiet hints, an optional action per item and progress."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.named import named


class ChecklistRow(NamedTuple):
    """One item: its id, its words, a hint (or ""), and an action button's label (or "")."""

    id: str
    text: str
    hint: str = ""
    action: str = ""


class ItemLabel(QLabel):
    """The item's words, wrapped; clicking them ticks the box, as a check box's text would."""

    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class Checklist(QWidget):
    """Ticks items; says ``edited`` on a change and ``action_requested(id)`` for its button."""

    edited = Signal()
    action_requested = Signal(str)

    def __init__(self, progress_words: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._progress_words = progress_words  # like "{done} of {total} ready"
        self._boxes: dict[str, QCheckBox] = {}
        self._chain: list[QWidget] = []  # the boxes and buttons, in the order Tab visits them
        self._loading = False

        self.progress_label = named(QLabel(), "muted")
        self.progress_label.setAccessibleName(self.tr("{name} progress").format(name=name))
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("{name} progress").format(name=name))
        self.rows = QWidget()
        self.grid = QGridLayout(self.rows)
        self.grid.setContentsMargins(0, 4, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.rows)

    def set_rows(self, rows: list[ChecklistRow], checked: set[str]) -> None:
        """Show ``rows`` with the ids in ``checked`` ticked."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self._boxes = {}
        self._chain = []
        self._loading = True
        try:
            for index, row in enumerate(rows):
                self._add_row(index * 2, row, row.id in checked)
        finally:
            self._loading = False
        self._show_progress()

    def _add_row(self, line: int, row: ChecklistRow, ticked: bool) -> None:
        box = QCheckBox()
        box.setAccessibleName(row.text)
        box.setAccessibleDescription(row.hint)
        box.setChecked(ticked)
        box.toggled.connect(self._on_box_toggled)
        label = ItemLabel(row.text, wordWrap=True)
        label.clicked.connect(box.toggle)
        placed: list[tuple[QWidget, int, int, Qt.AlignmentFlag]] = [
            (box, line, 0, Qt.AlignmentFlag.AlignTop),
            (label, line, 1, Qt.AlignmentFlag(0)),
        ]
        if row.action:
            button = named(QPushButton(row.action), "link")
            button.setAccessibleName(f"{row.action}: {row.text}")
            button.clicked.connect(lambda: self.action_requested.emit(row.id))
            placed.append((button, line, 2, Qt.AlignmentFlag.AlignTop))
            self._chain += [box, button]
        else:
            self._chain.append(box)
        if row.hint:
            hint = named(QLabel(row.hint, wordWrap=True), "hint")
            hint.setContentsMargins(0, 0, 0, 6)
            placed.append((hint, line + 1, 1, Qt.AlignmentFlag(0)))
        for widget, at_row, at_column, alignment in placed:
            self.grid.addWidget(widget, at_row, at_column, alignment)
            widget.show()  # now, rather than when the layout gets round to it
        self._boxes[row.id] = box

    def focus_chain(self) -> list[QWidget]:
        """The controls of the rows, in the order Tab should visit them."""
        return list(self._chain)

    def checked(self) -> list[str]:
        """The ticked ids, in the order shown."""
        return [item_id for item_id, box in self._boxes.items() if box.isChecked()]

    def box(self, item_id: str) -> QCheckBox:
        return self._boxes[item_id]

    def counts(self) -> tuple[int, int]:
        return len(self.checked()), len(self._boxes)

    def focus_item(self, index: int) -> None:
        """Put focus on the check box at ``index`` (clamped), e.g. after one was hidden."""
        boxes = list(self._boxes.values())
        if boxes:
            boxes[max(0, min(index, len(boxes) - 1))].setFocus(Qt.FocusReason.OtherFocusReason)

    def index_of(self, item_id: str) -> int:
        return list(self._boxes).index(item_id)

    def _show_progress(self) -> None:
        done, total = self.counts()
        self.progress_label.setText(self._progress_words.format(done=done, total=total))
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _on_box_toggled(self, _: bool) -> None:
        self._show_progress()
        if not self._loading:
            self.edited.emit()
