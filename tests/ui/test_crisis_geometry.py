"""The crisis panel fits every screen from 1024×600 at 1× to 1920×1080 at 2× scale.

At 2× a 1920×1080 screen is 960×540 logical pixels, which is what Qt lays out in; the
tests hand the panel that available area, as a screen at 2× would.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QFrame, QWidget

from journal_app.services.crisis import crisis_info
from journal_app.ui.crisis import FRAME, CrisisDialog, available_area

pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

SCREENS = {
    "1024x600 at 1x": QRect(0, 0, 1024, 600),
    "1920x1080 at 2x": QRect(0, 0, 960, 540),
    "1920x1080 at 2x, top panel": QRect(0, 27, 960, 513),
    "1366x768 at 1x, bottom panel": QRect(0, 0, 1366, 728),
    "1920x1080 at 1x": QRect(0, 0, 1920, 1040),
}
REGIONS = [r.id for r in crisis_info().regions]


def shown(qtbot, region: str, area: QRect, parent: QWidget | None = None) -> CrisisDialog:
    dialog = CrisisDialog(crisis_info(), region, parent, area=area)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fully_visible(widget: QWidget, dialog: CrisisDialog) -> bool:
    """The widget is shown, unclipped, and lies inside the panel."""
    top_left = widget.mapTo(dialog, widget.rect().topLeft())
    inside = dialog.rect().contains(QRect(top_left, widget.size()))
    return widget.isVisible() and inside and widget.visibleRegion().boundingRect() == widget.rect()


def window_frame(dialog: CrisisDialog) -> QRect:
    """Where the panel and the frame a window manager adds around it would be."""
    return QRect(dialog.frameGeometry().topLeft(), dialog.size() + FRAME)


@pytest.mark.parametrize("screen", list(SCREENS))
@pytest.mark.parametrize("region", REGIONS)
def test_heading_first_line_and_close_are_in_view_and_the_panel_on_screen(qtbot, screen, region):
    area = SCREENS[screen]
    dialog = shown(qtbot, region, area)
    assert area.contains(window_frame(dialog)), (dialog.geometry(), area)
    for widget in (dialog.heading, dialog.first_line, dialog.close_button, dialog.monitoring):
        assert fully_visible(widget, dialog), widget


@pytest.mark.parametrize("screen", ["1024x600 at 1x", "1920x1080 at 2x"])
def test_on_a_small_screen_the_rest_scrolls(qtbot, screen):
    dialog = shown(qtbot, "us", SCREENS[screen])
    bar = dialog.scroll_area.verticalScrollBar()
    assert bar.maximum() > 0  # more below: it scrolls rather than pushing Close away
    assert dialog.scroll_area.height() >= 60  # and there is room to read while scrolling


def test_a_country_opened_at_the_bottom_scrolls_into_view(qtbot):
    dialog = shown(qtbot, "us", SCREENS["1920x1080 at 2x"])
    dialog.toggles["elsewhere"].click()
    qtbot.waitUntil(lambda: dialog.scroll_area.verticalScrollBar().value() > 0)
    lines = [w for w in dialog.findChildren(QFrame) if w.accessibleName().endswith(", Elsewhere")]
    assert len(lines) == 2
    assert not lines[0].visibleRegion().isEmpty()  # scrolled to, not left below the fold
    assert fully_visible(dialog.close_button, dialog)


def test_on_a_large_screen_the_panel_is_not_wider_than_it_needs(qtbot):
    dialog = shown(qtbot, "uk", SCREENS["1920x1080 at 1x"])
    assert dialog.width() == 640


def test_it_sits_over_the_window_that_asked(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(300, 200, 600, 500)
    dialog = shown(qtbot, "uk", SCREENS["1366x768 at 1x, bottom panel"], window)
    assert abs(window_frame(dialog).center().x() - window.frameGeometry().center().x()) <= 2


def test_a_window_near_the_edge_does_not_push_the_panel_off_screen(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(700, 400, 300, 200)
    area = SCREENS["1024x600 at 1x"]
    dialog = shown(qtbot, "uk", area, window)
    assert area.contains(window_frame(dialog))


def test_without_an_area_it_fits_the_real_screen(qtbot):
    dialog = CrisisDialog(crisis_info(), "us")
    qtbot.addWidget(dialog)
    dialog.show()
    area = available_area(dialog)
    assert area.contains(window_frame(dialog))
    assert fully_visible(dialog.close_button, dialog)
