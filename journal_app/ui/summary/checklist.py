"""The entries of the period, each with a tick; none is ticked until the person ticks it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.reports.data import MAX_ENTRIES, EntryRow
from journal_app.texts import resource_root
from journal_app.ui.date_words import in_words
from journal_app.ui.named import named

ID_ROLE = Qt.ItemDataRole.UserRole
PRIVATE_ROLE = Qt.ItemDataRole.UserRole + 1
LIST_HEIGHT = 220
DARK_BELOW = 128  # window lightness under which the theme is a dark one
# Palette roles follow the theme: placeholder text is its muted colour, link its accent.
TICKS = """
QListWidget::indicator {
    width: 16px; height: 16px; border-radius: 4px;
    border: 1px solid palette(placeholder-text); background: palette(base);
}
QListWidget::indicator:checked {
    border: 1px solid palette(link); background: palette(link); image: url({check});
}
"""


class EntryChecklist(QWidget):
    """Tick the entries to include. Choices are remembered while the dates change."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chosen: dict[str, bool] = {}  # the person's own ticks, by entry id
        self.list = named(QListWidget(), "summaryEntries")
        self.list.setAccessibleName(self.tr("Journal entries to include"))
        self.list.setFixedHeight(LIST_HEIGHT)
        self.list.setUniformItemSizes(True)
        self.tick_all = named(QPushButton(self.tr("Tick all")), "link")
        self.tick_all.setAccessibleName(self.tr("Tick all entries except private ones"))
        self.tick_none = named(QPushButton(self.tr("Tick none")), "link")
        self.tick_none.setAccessibleName(self.tr("Untick all entries"))
        self.count = named(QLabel(wordWrap=True), "hint")
        self.count.setAccessibleName(self.tr("Entries ticked"))
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.tick_all)
        buttons.addWidget(self.tick_none)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.count)

        self._style_ticks()

        self.list.itemChanged.connect(self._on_list_item_changed)
        self.tick_all.clicked.connect(self._on_tick_all_clicked)
        self.tick_none.clicked.connect(self._on_tick_none_clicked)

    def set_rows(self, rows: list[EntryRow]) -> None:
        """List ``rows``, ticked as chosen before, else unticked: sharing is a choice."""
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            day = in_words(row.day, "d MMM yyyy")
            # "Private" before the title, so a long title never hides it.
            parts = [day, self.tr("Private"), row.title] if row.private else [day, row.title]
            text = " · ".join(parts)
            item = QListWidgetItem(text)
            if row.private:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setData(ID_ROLE, row.id)
            item.setData(PRIVATE_ROLE, row.private)
            ticked = self._chosen.get(row.id, False)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            hint = self.tr("Private: only in the summary if you tick it") if row.private else ""
            item.setToolTip(f"{text}\n{hint}".strip())
            self.list.addItem(item)
        self.list.blockSignals(False)
        if self.list.count():  # a place for the keyboard to start, not a selection
            self.list.setCurrentRow(0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._show_count()

    def chosen_ids(self) -> frozenset[str]:
        """The ids of the ticked entries."""
        return frozenset(
            self.list.item(i).data(ID_ROLE)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_enabled_choice(self, enabled: bool) -> None:
        for widget in (self.list, self.tick_all, self.tick_none):
            widget.setEnabled(enabled)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            self._style_ticks()
        super().changeEvent(event)

    def _style_ticks(self) -> None:
        """Draw the ticks like the page's other check boxes, in either theme."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < DARK_BELOW
        icon = resource_root().joinpath("icons", f"check-{'dark' if dark else 'light'}.svg")
        self.list.setStyleSheet(TICKS.replace("{check}", Path(str(icon)).as_posix()))

    def _set_all(self, tick: bool) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            # Private entries are only ever ticked one by one.
            ticked = tick and not item.data(PRIVATE_ROLE)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self._chosen[item.data(ID_ROLE)] = ticked
        self.list.blockSignals(False)
        self._show_count()
        self.changed.emit()

    def _show_count(self) -> None:
        total = self.list.count()
        if total == 0:
            self.count.setText(self.tr("No entries in these days."))
            return
        ticked = len(self.chosen_ids())
        text = self.tr("{ticked} of {total} ticked.").format(ticked=ticked, total=total)
        if ticked > MAX_ENTRIES:
            text += " " + self.tr(
                "The summary shows the {most} most recent and counts the rest."
            ).format(most=MAX_ENTRIES)
        self.count.setText(text)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        self._chosen[item.data(ID_ROLE)] = item.checkState() == Qt.CheckState.Checked
        self._show_count()
        self.changed.emit()

    def _on_tick_all_clicked(self) -> None:
        self._set_all(True)

    def _on_tick_none_clicked(self) -> None:
        self._set_all(False)
