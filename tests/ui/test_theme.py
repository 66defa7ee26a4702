from __future__ import annotations

from journal_app.ui.theme import SETTINGS_KEY, ThemeManager


def test_light_and_dark_fill_every_colour_in_the_style_sheet(qapp, theme):
    for mode in ("light", "dark"):
        theme.set_mode(mode)
        assert theme.shown == mode
        assert "{" not in qapp.styleSheet().replace("{\n", "").replace(" {", "")


def test_the_choice_is_remembered(qapp, qsettings):
    ThemeManager(qapp, qsettings).set_mode("dark")
    assert qsettings.value(SETTINGS_KEY) == "dark"
    assert ThemeManager(qapp, qsettings).mode == "dark"


def test_an_unknown_stored_theme_falls_back_to_the_system(qapp, qsettings):
    qsettings.setValue(SETTINGS_KEY, "purple")
    assert ThemeManager(qapp, qsettings).mode == "system"


def test_dark_and_light_palettes_differ(qapp, theme):
    theme.set_mode("light")
    light = qapp.palette().window().color().name()
    theme.set_mode("dark")
    assert qapp.palette().window().color().name() != light
