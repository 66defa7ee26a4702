"""Contrast, computed from the real theme colours (WCAG 2.x relative luminance).

Text needs 4.5:1 against every background it is drawn on; borders of controls, the
focus ring and the chart's session marks need 3:1. The colours come from
resources/styles/themes.toml and journal_app/ui/mood/chart_style.py, never from here.
``python -m tests.ui.test_contrast`` prints the table kept in docs/accessibility.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtGui import QColor

from journal_app.instruments.definitions import all_instruments
from journal_app.texts import load_toml
from journal_app.ui.mood.chart_style import band_brush, line_pens

TEXT, NON_TEXT = 4.5, 3.0
BACKGROUNDS = ("window", "surface", "sunken", "sidebar", "banner", "selection", "accent_soft")
TEXTS = ("text", "muted", "danger", "accent")  # accent: links and the app title
# Fields, buttons and check boxes sit on pages, cards, sidebars, banners and chosen rows.
CONTROL_BACKGROUNDS = ("window", "surface", "sunken", "sidebar", "banner", "accent_soft")
CHART_LINES = (
    *("marks", "planned", "marks_crowded", "planned_crowded"),
    *("trend", "scores_0", "scores_1", "scores_2"),
)


@dataclass(frozen=True)
class Pair:
    theme: str
    what: str  # the foreground's name
    on: str  # the background's name
    foreground: str  # "#rrggbb"
    background: str
    needed: float

    @property
    def ratio(self) -> float:
        return contrast(self.foreground, self.background)

    def describe(self) -> str:
        return (
            f"{self.theme}: {self.what} {self.foreground} on {self.on} {self.background} "
            f"is {self.ratio:.2f}:1, needs {self.needed}:1"
        )


def luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an opaque ``#rrggbb`` colour."""
    made = QColor(colour)

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(made.redF())
        + 0.7152 * linear(made.greenF())
        + 0.0722 * linear(made.blueF())
    )


def contrast(first: str, second: str) -> float:
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def over(colour: QColor, background: str) -> str:
    """``colour`` (maybe translucent) as it shows painted over ``background``."""
    under, alpha = QColor(background), colour.alphaF()
    mixed = QColor.fromRgbF(
        colour.redF() * alpha + under.redF() * (1 - alpha),
        colour.greenF() * alpha + under.greenF() * (1 - alpha),
        colour.blueF() * alpha + under.blueF() * (1 - alpha),
    )
    return mixed.name()


def themes() -> dict[str, dict[str, str]]:
    return dict(load_toml("styles/themes.toml"))


def chart_backgrounds(colours: dict[str, str]) -> dict[str, str]:
    """The chart's surface and every severity band's fill drawn on it."""
    most = max(len(each.bands) for each in all_instruments())
    found = {"chart": colours["surface"]}
    for strength in range(most):
        found[f"band {strength}"] = band_brush(colours, strength).color().name()
    return found


def all_pairs() -> list[Pair]:
    pairs: list[Pair] = []
    for theme, colours in themes().items():
        for what in TEXTS:
            for on in BACKGROUNDS:
                pairs.append(Pair(theme, what, on, colours[what], colours[on], TEXT))
        pairs.append(
            Pair(theme, "accent_text", "accent", colours["accent_text"], colours["accent"], TEXT)
        )
        for on in CONTROL_BACKGROUNDS:
            pairs.append(
                Pair(theme, "control_border", on, colours["control_border"], colours[on], NON_TEXT)
            )
        for on in BACKGROUNDS:
            pairs.append(Pair(theme, "focus", on, colours["focus"], colours[on], NON_TEXT))
        pens = line_pens(colours)
        for on, background in chart_backgrounds(colours).items():
            for line in CHART_LINES:
                shown = over(pens[line].color(), background)
                pairs.append(Pair(theme, f"chart {line}", on, shown, background, NON_TEXT))
    return pairs


@pytest.mark.parametrize("pair", all_pairs(), ids=lambda p: f"{p.theme}-{p.what}-on-{p.on}")
def test_contrast_is_enough(pair: Pair):
    assert pair.ratio >= pair.needed, pair.describe()


def test_the_ratio_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)  # WebAIM's grey


def test_a_translucent_line_is_judged_as_it_shows():
    half_black = QColor(0, 0, 0)
    half_black.setAlphaF(0.5)
    assert over(half_black, "#ffffff") in ("#7f7f7f", "#808080")


def test_a_failing_pair_names_itself():
    pair = Pair("light", "border", "window", "#ddd5cc", "#f7f3ee", NON_TEXT)
    assert pair.ratio < NON_TEXT
    assert pair.describe().startswith("light: border #ddd5cc on window #f7f3ee is 1.3")


def test_every_named_colour_is_in_both_themes():
    light, dark = themes()["light"], themes()["dark"]
    assert set(light) == set(dark)


def table() -> str:
    """The lowest ratio per foreground and theme, as a Markdown table."""
    lowest: dict[tuple[str, str], Pair] = {}
    for pair in all_pairs():
        key = (pair.what, pair.theme)
        if key not in lowest or pair.ratio < lowest[key].ratio:
            lowest[key] = pair
    names = list(dict.fromkeys(what for what, _ in lowest))
    rows = ["| colour | needs | light: lowest (on) | dark: lowest (on) |", "|---|---|---|---|"]
    for what in names:
        cells = [
            f"{lowest[(what, theme)].ratio:.2f}:1 ({lowest[(what, theme)].on})"
            for theme in ("light", "dark")
        ]
        rows.append(f"| {what} | {lowest[(what, 'light')].needed}:1 | {cells[0]} | {cells[1]} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(table())
