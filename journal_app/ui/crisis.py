"""The crisis panel: who a person can reach right now, calmly, for their region first.

It fits any screen from 1024×600 to 1920×1080 at 2× scale: it is sized from the screen's
available area, the heading, the first line of the person's region and Close stay in
view, and everything else scrolls. Other countries follow, folded, one toggle each.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from journal_app.domain.errors import JournalError
from journal_app.services.bundle import Services
from journal_app.services.crisis import CrisisInfo, Line, Region, crisis_info, person_region
from journal_app.ui.named import named

MAX_WIDTH = 640
MIN_WIDTH = 320
# Room the window manager takes around a dialog (title bar, borders), so the frame fits too.
FRAME = QSize(16, 44)
MIN_SCROLL = 72  # the scrolling part never shrinks below about three lines of text
MARGINS = (24, 18, 24, 16)
SCROLL_BAR = QStyle.PixelMetric.PM_ScrollBarExtent


def locale_name() -> str:
    """The locale the window speaks in, e.g. "en_CA" (QLocale.setDefault changes it)."""
    return QLocale().name()


def available_area(widget: QWidget | None) -> QRect:
    """The usable part of the screen ``widget`` is on (without panels and docks)."""
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def chosen_region(services: Services | None) -> str | None:
    """The region from Settings; None (follow the locale) when unset or the journal is locked."""
    if services is None or not services.vault.unlocked:
        return None
    try:
        region = services.settings.get("region")
    except JournalError:
        return None
    return str(region) if region else None


def _label(text: str, name: str) -> QLabel:
    label = named(QLabel(text, wordWrap=True), name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class CrisisDialog(QDialog):
    """Crisis lines, what to do in an emergency, and that nobody monitors this app."""

    def __init__(
        self,
        info: CrisisInfo,
        region_id: str | None,
        parent: QWidget | None = None,
        *,
        services: Services | None = None,
        from_settings: bool = False,
        area: QRect | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Need help now?"))
        self._services = services
        self.region = info.region(region_id or person_region(None, locale_name(), info))

        self.heading = _label(self.tr("You don't have to hold this alone"), "pageTitle")
        self.first_line = self._line(self.region.lines[0], self.region)
        self.scroll_area = QScrollArea(widgetResizable=True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self._scrolling_part(info, from_settings))
        self.monitoring = _label(info.monitoring, "crisisText")

        self.safety_plan_button = QPushButton(self.tr("My safety plan"))
        self.safety_plan_button.setAccessibleName(self.tr("Open my safety plan"))
        self.safety_plan_button.setVisible(services is not None and services.vault.unlocked)
        self.close_button = named(QPushButton(self.tr("Close")), "primary")
        self.close_button.setAccessibleName(self.tr("Close"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.safety_plan_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(*MARGINS)
        layout.setSpacing(10)
        layout.addWidget(self.heading)
        layout.addWidget(_label(info.intro, "crisisText"))
        layout.addWidget(_label(self.region.name, "sectionTitle"))
        # Inset like the scrolling lines below it, which leave room for the scroll bar.
        first = QHBoxLayout()
        first.setContentsMargins(0, 0, self.style().pixelMetric(SCROLL_BAR), 0)
        first.addWidget(self.first_line)
        layout.addLayout(first)
        layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.monitoring)
        layout.addLayout(buttons)

        self.close_button.clicked.connect(self.reject)
        self.safety_plan_button.clicked.connect(self._on_safety_plan_button_clicked)
        self.fit_to(area if area is not None else available_area(parent))
        self.close_button.setFocus()

    def _scrolling_part(self, info: CrisisInfo, from_settings: bool) -> QWidget:
        column = named(QWidget(), "page")
        lines = QVBoxLayout(column)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(10)
        for line in self.region.lines[1:]:
            lines.addWidget(self._line(line, self.region))
        lines.addWidget(_label(info.emergency, "crisisText"))
        if not from_settings:
            hint = self.tr(
                "These are the lines for {region}, from your computer's settings. "
                "You can choose another region in Settings."
            ).format(region=self.region.name)
            lines.addWidget(_label(hint, "hint"))
        lines.addWidget(_label(self.tr("Other countries"), "sectionTitle"))
        self.toggles: dict[str, QToolButton] = {}
        others = QVBoxLayout()
        others.setSpacing(4)
        for region in info.ordered(self.region.id)[1:]:
            self._region_toggle(region, others)
        lines.addLayout(others)
        lines.addStretch(1)
        return column

    def _region_toggle(self, region: Region, column: QVBoxLayout) -> None:
        toggle = QToolButton(autoRaise=True)
        toggle.setText(region.name)
        toggle.setCheckable(True)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        toggle.setAccessibleName(region.name)
        toggle.setAccessibleDescription(
            self.tr("Show or hide the lines for {region}").format(region=region.name)
        )
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(18, 0, 0, 6)
        for line in region.lines:
            body_layout.addWidget(self._line(line, region))
        body.setVisible(False)
        column.addWidget(toggle)
        column.addWidget(body)
        toggle.toggled.connect(lambda on: self._on_region_toggled(toggle, body, on))
        self.toggles[region.id] = toggle

    def _line(self, line: Line, region: Region) -> QFrame:
        frame = named(QFrame(), "banner")
        frame.setAccessibleName(f"{line.name}, {region.name}")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(2)
        layout.addWidget(_label(line.name, "crisisLine"))
        layout.addWidget(_label(line.how, "crisisHow"))
        notes = [self.tr("Peer support")] if line.kind == "peer_support" else []
        notes += [line.hours] if line.hours else []
        if notes:
            layout.addWidget(_label(" · ".join(notes), "muted"))
        return frame

    def fit_to(self, area: QRect) -> None:
        """Size and place the panel inside ``area``; only the scrolling part gives way."""
        self.ensurePolished()
        width = max(MIN_WIDTH, min(MAX_WIDTH, area.width() - FRAME.width()))
        most = area.height() - FRAME.height()
        self.setMaximumSize(area.width() - FRAME.width(), most)
        self.scroll_area.setFixedHeight(MIN_SCROLL)
        layout, content = self.layout(), self.scroll_area.widget()
        assert layout is not None and content is not None  # both set in __init__
        layout.activate()
        fixed = self.heightForWidth(width) - MIN_SCROLL
        bar = self.style().pixelMetric(SCROLL_BAR)
        inner = width - MARGINS[0] - MARGINS[2] - bar
        wanted = content.heightForWidth(inner)
        self.scroll_area.setMinimumHeight(min(MIN_SCROLL, max(0, most - fixed)))
        self.scroll_area.setMaximumHeight(16777215)
        height = min(fixed + max(MIN_SCROLL, wanted), most)
        self.resize(width, height)
        self._place(area, QSize(width, height))

    def _place(self, area: QRect, size: QSize) -> None:
        parent = self.parentWidget()
        owner = parent.window() if parent is not None else None
        centre = owner.frameGeometry().center() if owner is not None else area.center()
        frame = QRect(0, 0, size.width() + FRAME.width(), size.height() + FRAME.height())
        frame.moveCenter(centre)
        left = max(area.left(), min(frame.left(), area.right() - frame.width() + 1))
        top = max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1))
        self.move(left, top)

    def _on_region_toggled(self, toggle: QToolButton, body: QWidget, on: bool) -> None:
        toggle.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        body.setVisible(on)
        if on:
            content = self.scroll_area.widget()
            column = content.layout() if content is not None else None
            assert column is not None  # the scrolling part is laid out in __init__
            column.activate()
            self.scroll_area.ensureWidgetVisible(body, 0, 0)

    def _on_safety_plan_button_clicked(self) -> None:
        services = self._services
        if services is None or not services.vault.unlocked:
            self.safety_plan_button.hide()  # locked while the panel was open
            return
        from journal_app.ui.safety_plan import SafetyPlanDialog  # the plan loads only on demand

        SafetyPlanDialog.edit(self, services)

    def text(self) -> str:
        """Everything the panel says, folded parts too, as plain text (for tests and copying)."""
        return "\n".join(label.text() for label in self.findChildren(QLabel))

    @classmethod
    def show_for(cls, parent: QWidget | None, services: Services | None) -> None:
        """Show the crisis lines, the person's region first, and wait until they close it."""
        # Owned by the window, not the page that asked: it stays open if the journal locks.
        owner = parent.window() if parent is not None else None
        chosen = chosen_region(services)
        info = crisis_info()
        region = person_region(chosen, locale_name(), info)
        from_settings = info.find(chosen) is not None
        dialog = cls(info, region, owner, services=services, from_settings=from_settings)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
