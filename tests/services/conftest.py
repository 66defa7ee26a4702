"""Fixtures for the service tests: the demo journals written once a module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journal_app.services.vault import VaultService
from tests.services.demo_journals import make_demo


@pytest.fixture(scope="module", params=[(7, 1), (2, 3)], ids=["1-year", "3-years"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[VaultService]:
    seed, years = request.param
    vault = make_demo(tmp_path_factory.mktemp("demo") / "journal", seed, years)
    yield vault
    vault.lock()
