"""journal-app sitter-card: the card as a private PDF, never over a file unasked."""

from __future__ import annotations

import stat
import unicodedata
from pathlib import Path

from pypdf import PdfReader

from journal_app.cli.sitter import BLANK_CLINIC
from journal_app.services.bundle import Services
from tests.conftest import PASSPHRASE, cheap_kdf, fixed_clock


def text_of(path: Path) -> str:
    text = " ".join(p.extract_text() for p in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def settle(data_dir: Path, **values: object) -> None:
    """Set settings in the journal, as the window's Settings page would."""
    services = Services.build(data_dir, kdf_params=cheap_kdf, clock=fixed_clock)
    services.vault.unlock(PASSPHRASE)
    try:
        for key, value in values.items():
            services.settings.set(key, value)
    finally:
        services.vault.lock()


def test_it_writes_a_private_one_page_card(initialised, tmp_path):
    out = tmp_path / "sitter.pdf"
    result = initialised("sitter-card", "--out", str(out), "--region", "us")
    assert result.code == 0, result.err
    assert result.out.strip() == str(out)
    assert f"Wrote the sitter card to {out}" in result.err
    assert BLANK_CLINIC in result.err
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert len(PdfReader(out).pages) == 1
    text = text_of(out)
    assert "Sitter card" in text and "Call 911 straight away if they:" in text
    assert "Before the session" in text and "About 40 minutes in" in text


def test_the_clinic_number_and_region_from_settings(initialised, data_dir, tmp_path):
    settle(data_dir, region="nz", clinic_phone="09 555 0199")
    out = tmp_path / "sitter.pdf"
    result = initialised("sitter-card", "--out", str(out))
    assert result.code == 0, result.err
    assert BLANK_CLINIC not in result.err
    text = text_of(out)
    assert "The clinic: 09 555 0199" in text and "Call 111 straight away" in text


def test_options_win_over_settings_and_are_not_stored(initialised, data_dir, tmp_path):
    settle(data_dir, region="nz", clinic_phone="09 555 0199")
    out = tmp_path / "sitter.pdf"
    result = initialised(
        "sitter-card", "--out", str(out), "--region", "uk", "--clinic-phone", "0161 496 0000"
    )
    assert result.code == 0, result.err
    text = text_of(out)
    assert "The clinic: 0161 496 0000" in text and "Call 999 straight away" in text
    again = tmp_path / "again.pdf"
    assert initialised("sitter-card", "--out", str(again)).code == 0
    assert "The clinic: 09 555 0199" in text_of(again)


def test_the_locale_names_the_region_when_settings_do_not(initialised, tmp_path):
    out = tmp_path / "sitter.pdf"
    result = initialised("sitter-card", "--out", str(out), env={"LANG": "en_IE.UTF-8"})
    assert result.code == 0, result.err
    assert "Call 112 or 999 straight away" in text_of(out)


def test_an_existing_file_is_kept_without_force(initialised, tmp_path):
    out = tmp_path / "sitter.pdf"
    out.write_text("my own notes")
    result = initialised("sitter-card", "--out", str(out), passphrase=None)  # before asking
    assert result.code == 2
    assert "already exists" in result.err and "--force" in result.err
    assert out.read_text() == "my own notes"
    forced = initialised("sitter-card", "--out", str(out), "--force")
    assert forced.code == 0, forced.err
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_never_inside_the_journal_folder(initialised, data_dir):
    out = data_dir / "sitter.pdf"
    result = initialised("sitter-card", "--out", str(out), passphrase=None)
    assert result.code == 2 and "inside your journal's folder" in result.err
    assert not out.exists()


def test_an_unknown_region_or_a_long_number_is_a_usage_error(initialised, tmp_path):
    out = tmp_path / "sitter.pdf"
    result = initialised("sitter-card", "--out", str(out), "--region", "xx", passphrase=None)
    assert result.code == 2 and "no region called" in result.err
    long = "0" * 41
    result = initialised("sitter-card", "--out", str(out), "--clinic-phone", long, passphrase=None)
    assert result.code == 2 and "at most 40 characters" in result.err
    assert not out.exists()


def test_out_is_required(cli, tmp_path):
    result = cli("sitter-card", passphrase=None)
    assert result.code == 2 and "--out" in result.err
