"""Settings, Crisis lines: automatic from the computer's locale by default, or any region."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from journal_app.ui.pages.settings import SettingsPage

NAMES = [
    "United States",
    "Canada",
    "United Kingdom",
    "Ireland",
    "Australia",
    "New Zealand",
    "Germany",
    "France",
    "Netherlands",
    "Spain",
    "Elsewhere",
]


@pytest.fixture
def speaking() -> Iterator[object]:
    """Set the window's locale for one test, as the computer's settings would."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def settings_page(qtbot, session, theme) -> SettingsPage:
    page = SettingsPage(session, theme)
    qtbot.addWidget(page)
    return page


def items(page: SettingsPage) -> list[str]:
    return [page.region.itemText(i) for i in range(page.region.count())]


def test_automatic_names_the_computers_country_and_every_region_follows(
    qtbot, unlocked, session, theme, speaking
):
    speaking("en_IE")
    session.finish_first_run()
    page = settings_page(qtbot, session, theme)
    assert items(page) == ["Automatic (from your computer: Ireland)", *NAMES]
    assert page.region.currentIndex() == 0 and page.region.currentData() is None
    assert page.region.accessibleName() == "Region for crisis lines"


def test_a_country_without_lines_says_another_country(qtbot, unlocked, session, theme, speaking):
    speaking("de_AT")
    session.finish_first_run()
    page = settings_page(qtbot, session, theme)
    assert items(page)[0] == "Automatic (from your computer: another country)"


def test_the_region_setting_persists_and_automatic_clears_it(qtbot, unlocked, session, theme):
    session.finish_first_run()
    page = settings_page(qtbot, session, theme)
    page.region.setCurrentIndex(page.region.findData("nz"))
    assert unlocked.settings.get("region") == "nz"
    again = settings_page(qtbot, session, theme)
    assert again.region.currentData() == "nz"
    again.region.setCurrentIndex(0)
    assert unlocked.settings.get("region") is None


def test_an_unknown_saved_region_shows_automatic(qtbot, unlocked, session, theme):
    unlocked.settings.set("region", "atlantis")
    session.finish_first_run()
    page = settings_page(qtbot, session, theme)
    assert page.region.currentIndex() == 0
