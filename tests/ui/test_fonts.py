"""Text sizes follow the system's font size: no fixed sizes, and a change shows at once."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QWidget

from journal_app.texts import resource_root
from journal_app.ui.gate.recovery_key import RecoveryKeyStep
from journal_app.ui.theme import FONT_SCALES, LARGEST_BASE, ThemeManager, follow_system, font_sizes
from tests.ui.windows import show_in_window

UI = Path(__file__).resolve().parents[2] / "journal_app" / "ui"
# Printed pages are sized for paper, not for the screen: they may name points.
PRINTED = {"questions_sheet.py", "recovery_key.py"}
FIXED_SIZE = re.compile(r"font-size:\s*\d+(\.\d+)?\s*(pt|px)|setPointSizeF?\(\s*\d")


@pytest.fixture
def system_font(qapp) -> Iterator[object]:
    """Sets the application's font size, as the desktop's settings would; put back after."""
    before = QFont(qapp.font())

    def choose(points: float) -> None:
        font = QFont(before)
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield choose
    qapp.setFont(before)


def points(widget: QWidget) -> float:
    widget.ensurePolished()
    return widget.font().pointSizeF()


def labelled(name: str, parent: QWidget) -> QLabel:
    label = QLabel("Words", parent, objectName=name)
    return label


@pytest.fixture
def page(qtbot, theme) -> QWidget:
    holder = QWidget()
    for name in ("", "pageTitle", "sectionTitle", "muted"):
        labelled(name, holder)
    small = labelled("muted", holder)
    small.setProperty("textSize", "small")
    small.setObjectName("source")
    QListWidget(holder, objectName="navigation")
    qtbot.addWidget(holder)
    holder.show()
    return holder


@pytest.mark.parametrize("base", [9.0, 16.0])
def test_body_and_titles_follow_the_system_font(qtbot, qapp, page, theme, system_font, base):
    system_font(base)
    qapp.processEvents()
    found = {label.objectName(): points(label) for label in page.findChildren(QLabel)}
    assert found[""] == pytest.approx(base)
    assert found["muted"] == pytest.approx(base)
    assert found["pageTitle"] == pytest.approx(round(base * FONT_SCALES["font_title"], 1))
    assert found["sectionTitle"] == pytest.approx(round(base * FONT_SCALES["font_larger"], 1))
    assert found["source"] == pytest.approx(round(base * FONT_SCALES["font_small"], 1))
    navigation = page.findChild(QListWidget, "navigation")
    assert points(navigation) == pytest.approx(round(base * FONT_SCALES["font_large"], 1))


def test_large_text_switched_on_later_shows_without_a_restart(qtbot, qapp, page, system_font):
    system_font(9)
    title = page.findChild(QLabel, "pageTitle")
    small = points(title)
    system_font(16)  # no call to the theme: it hears the font change itself
    qapp.processEvents()
    assert points(title) > small * 1.6


def test_only_the_theme_on_show_answers_a_font_change(qapp, qsettings, system_font):
    earlier = ThemeManager(qapp, qsettings)
    earlier.set_mode("dark")
    latest = ThemeManager(qapp, qsettings)
    latest.set_mode("light")
    heard: list[str] = []
    earlier.theme_changed.connect(lambda name: heard.append(f"earlier {name}"))
    latest.theme_changed.connect(lambda name: heard.append(f"latest {name}"))
    system_font(14)
    assert heard == ["latest light"]  # restyling the app twice for one change is slow
    assert "#f7f3ee" in qapp.styleSheet()  # the light window colour, not the dark one


def test_the_recovery_code_is_large_and_monospaced_at_any_size(qtbot, qapp, theme, system_font):
    system_font(16)
    step = RecoveryKeyStep()
    window = show_in_window(qtbot, step)
    step.set_code("ABCD-EFGH-IJKL-MNOP")
    code = step.code_label
    assert points(code) == pytest.approx(round(16 * FONT_SCALES["font_display"], 1))
    assert "monospace" in code.styleSheet()
    window.close()


def test_a_font_set_in_pixels_gives_pixel_sizes():
    font = QFont()
    font.setPixelSize(20)
    sizes = font_sizes(font)
    assert sizes["font_body"] == "20.0px"
    assert sizes["font_title"] == f"{20 * FONT_SCALES['font_title']:.1f}px"


@pytest.mark.parametrize("broken", [0.5, 500.0])
def test_a_broken_font_size_is_kept_within_reason(broken):
    font = QFont()
    font.setPointSizeF(broken)
    body = float(font_sizes(font)["font_body"].removesuffix("pt"))
    assert 6 <= body <= LARGEST_BASE


def test_chart_pixel_sizes_grow_with_the_system_font():
    small, large = QFont(), QFont()
    small.setPointSizeF(11)
    large.setPointSizeF(22)
    assert follow_system(12, small) == 12
    assert follow_system(12, large) == 24


def test_the_style_sheet_names_no_fixed_text_size():
    sheet = resource_root().joinpath("styles", "app.qss").read_text("utf-8")
    assert not re.findall(r"font-size:\s*[\d.]+\s*(?:pt|px)", sheet)
    assert "font-size: {font_" in sheet


def test_no_widget_code_fixes_a_text_size():
    found = [
        f"{path.relative_to(UI)}:{number}: {line.strip()}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in PRINTED
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if FIXED_SIZE.search(line)
    ]
    assert not found, "fixed text sizes (use textSize or theme sizes):\n" + "\n".join(found)
