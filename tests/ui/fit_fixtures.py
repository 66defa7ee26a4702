"""Fixtures for the fit tests (made available in conftest.py): a demo journal, text size."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from journal_app.services.bundle import Services
from journal_app.services.demo import DemoWriter
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock

DESIGN_POINTS = 11.0  # a usual desktop's text size; Large Text is half as big again


@pytest.fixture(scope="module")
def fit_demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """A year of made-up journal: long lists, courses, every step with words in it."""
    folder: Path = tmp_path_factory.mktemp("fit") / "journal"
    services = Services.build(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.create(PASSPHRASE)
    DemoWriter(services.vault, seed=1).write(years=1)
    yield services
    services.vault.lock()


@pytest.fixture
def text_size(qapp: QApplication) -> Iterator[Callable[[float], None]]:
    """Set the application's text size in points; put it back afterwards."""
    before = QFont(qapp.font())

    def set_points(points: float) -> None:
        font = QFont(before)
        font.setPointSizeF(points)
        qapp.setFont(font)

    yield set_points
    qapp.setFont(before)
