"""Seeded demo journals for the demo tests."""

from __future__ import annotations

from pathlib import Path

from journal_app.services.demo import DemoWriter
from journal_app.services.vault import VaultService
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock


def make_demo(folder: Path, seed: int, years: int) -> VaultService:
    """A demo journal written into ``folder``, unlocked."""
    vault = VaultService(folder, kdf_params=cheap_kdf, clock=fixed_clock)
    vault.create(PASSPHRASE)
    DemoWriter(vault, seed=seed).write(years=years)
    return vault
