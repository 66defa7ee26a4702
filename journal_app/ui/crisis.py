"""The crisis panel: who a person can reach right now, calmly, for their region."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.services.bundle import Services
from journal_app.services.crisis import CrisisInfo, Line, Region, crisis_info

WIDTH = 640
LINES_MAX_HEIGHT = 460


def _label(text: str, name: str) -> QLabel:
    label = QLabel(text, objectName=name, wordWrap=True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def chosen_region(services: Services | None) -> str | None:
    """The region from Settings; None (all regions) when unset or the journal is locked."""
    if services is None or not services.vault.unlocked:
        return None
    try:
        region = services.settings.get("region")
    except JournalError:
        return None
    return str(region) if region else None


class CrisisDialog(QDialog):
    """Crisis lines, what to do in an emergency, and that nobody monitors this app."""

    def __init__(
        self, info: CrisisInfo, region_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need help now?"))
        self.setMinimumWidth(WIDTH - 80)
        regions = [info.region(region_id)] if region_id else list(info.regions)

        title = _label(self.tr("You don't have to hold this alone"), "pageTitle")
        column = QWidget(objectName="page")
        lines = QVBoxLayout(column)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(10)
        for region in regions:
            if len(regions) > 1:
                lines.addWidget(_label(region.name, "sectionTitle"))
            for line in region.lines:
                lines.addWidget(self._line(line, region))
        lines.addStretch(1)
        scroll = QScrollArea(widgetResizable=True)
        scroll.setWidget(column)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # What matters most stays in view; only the list of lines scrolls, if it must.
        self.monitoring = _label(info.monitoring, "crisisText")

        buttons = QDialogButtonBox()
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(_label(info.intro, "crisisText"))
        layout.addWidget(scroll, 1)
        layout.addWidget(_label(info.emergency, "crisisText"))
        layout.addWidget(self.monitoring)
        if not region_id:
            layout.addWidget(
                _label(
                    self.tr("You can choose your region in Settings to see only its lines."),
                    "hint",
                )
            )
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.ensurePolished()
        scroll.setFixedHeight(min(column.heightForWidth(WIDTH - 64), LINES_MAX_HEIGHT))
        self.resize(WIDTH, self.heightForWidth(WIDTH))
        self.close_button.setFocus()

    def _line(self, line: Line, region: Region) -> QFrame:
        frame = QFrame(objectName="banner")
        frame.setAccessibleName(f"{line.name}, {region.name}")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(_label(line.name, "crisisLine"))
        layout.addWidget(_label(line.how, "crisisHow"))
        if line.hours:
            layout.addWidget(_label(line.hours, "muted"))
        return frame

    def text(self) -> str:
        """Everything the panel says, as plain text (for tests and copying)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    @classmethod
    def show_for(cls, parent: QWidget | None, services: Services | None) -> None:
        """Show the crisis lines for the person's region, and wait until they close it."""
        # Owned by the window, not the page that asked: it stays open if the journal locks.
        owner = parent.window() if parent is not None else None
        dialog = cls(crisis_info(), chosen_region(services), owner)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
