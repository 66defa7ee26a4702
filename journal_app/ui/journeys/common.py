"""Small building blocks the step panes share: a scrolling column, text boxes, notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.ui.fit_form import FitForm
from journal_app.ui.named import named
from journal_app.ui.pages.layout import VerticalScroll


def scrolling(widgets: list[QWidget]) -> VerticalScroll:
    """A borderless scroll area holding ``widgets`` top to bottom."""
    column = named(QWidget(), "page")
    layout = QVBoxLayout(column)
    layout.setContentsMargins(0, 4, 12, 12)
    layout.setSpacing(14)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = VerticalScroll()  # as wide as the fields need: nothing is cut off
    scroll.setWidget(column)
    return scroll


def text_box(name: str, placeholder: str = "", lines: int = 3) -> QPlainTextEdit:
    """A plain-text box about ``lines`` lines tall, where Tab moves on rather than indents."""
    box = QPlainTextEdit()
    box.setAccessibleName(name)
    box.setPlaceholderText(placeholder)
    box.setTabChangesFocus(True)
    line = QFontMetrics(box.font()).lineSpacing()
    box.setFixedHeight(line * lines + 26)
    return box


def wrapped(text: str, object_name: str = "") -> QLabel:
    """A word-wrapped label (selectable text, so a person can copy a prompt)."""
    label = named(QLabel(text, wordWrap=True), object_name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label(name: str) -> QLabel:
    """A hidden note for a field's problem, shown next to it when there is one."""
    label = named(QLabel(wordWrap=True), "error")
    label.setAccessibleName(name)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


def form_layout() -> QFormLayout:
    """Labels on the left, centred on their fields; fields take the width left.

    Where a field doesn't fit beside its label (a small window, large text), it goes
    under it instead of being cut off at the right.
    """
    form = FitForm()  # 16 px between label and field
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(8)
    return form


def primary_and_cancel(text: str, name: str) -> tuple[QDialogButtonBox, QPushButton]:
    """A dialog's button row: the main action (``text``, read out as ``name``) and Cancel."""
    buttons = QDialogButtonBox()
    primary = buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
    primary.setObjectName("primary")
    primary.setAccessibleName(name)
    cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    cancel.setAccessibleName(QCoreApplication.translate("Journeys", "Cancel"))
    return buttons, primary
