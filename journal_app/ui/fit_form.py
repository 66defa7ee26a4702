"""A form whose fields go under their labels when the window is too narrow for both.

Qt's own "wrap long rows" decides by the label and the field alone and forgets the gap
between them, so a field could still be cut off by up to the gap's width. Here the gap
is room at the right of each label instead, which Qt does count.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from journal_app.ui.text_width import design_width, keep_text_width

GAP = 16


class FitForm(QFormLayout):
    """Labels beside their fields where there is room, above them where there isn't."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setHorizontalSpacing(0)  # the gap is in each label (see the module's words)

    def addRow(self, *args: object) -> None:  # noqa: N802
        # Forwards whichever of Qt's six addRow overloads the caller used; mypy can't
        # match a variadic call to one of them.
        super().addRow(*args)  # type: ignore[call-overload]
        item = self.itemAt(self.rowCount() - 1, QFormLayout.ItemRole.LabelRole)
        label = item.widget() if item is not None else None
        if isinstance(label, QLabel):
            margins = label.contentsMargins()
            margins.setRight(margins.right() + GAP)
            label.setContentsMargins(margins)
            designed = design_width(label)
            if designed is not None:  # a label column that grows with the text
                keep_text_width(label, designed + GAP)
            elif label.minimumWidth() == label.maximumWidth():  # a fixed label column
                label.setFixedWidth(label.minimumWidth() + GAP)
