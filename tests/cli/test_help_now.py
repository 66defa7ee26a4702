"""`journal-app help-now`: the crisis lines, for every region, with no journal and no passphrase."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from journal_app.services.crisis import crisis_info

CODES = "us, ca, uk, ie, au, nz, de, fr, nl, es, elsewhere"
FIRST_NUMBER = {
    "us": "Call or text 988",
    "ca": "Call or text 988",
    "uk": "Call 116 123",
    "ie": "Call 116 123",
    "au": "Call 13 11 14 or text 0477 13 11 14",
    "nz": "Call or text 1737",
    "de": "0800 111 0 111",
    "fr": "Call 3114",
    "nl": "Call 113 or 0800-0113",
    "es": "Call 024",
    "elsewhere": "local emergency number",
}


@pytest.mark.parametrize("region", list(FIRST_NUMBER))
def test_each_region_prints_its_lines_and_how_to_see_the_others(cli, data_dir, region):
    result = cli("help-now", "--region", region, passphrase=None)
    assert result.code == 0, result.err
    name = crisis_info().region(region).name
    lines = result.out.splitlines()
    assert lines[0].startswith("If you are thinking about ending your life")
    assert lines[2] == f"{name}:"
    assert FIRST_NUMBER[region] in lines[3]
    assert f"Other regions: journal-app help-now --region CODE (codes: {CODES})" in result.out
    assert lines[-2] == "If you are in immediate danger, call your local emergency number."
    assert lines[-1].startswith("Nobody monitors this app")
    assert result.err == ""
    assert not data_dir.exists()


@pytest.mark.parametrize("region", list(FIRST_NUMBER))
def test_each_region_as_json(cli, region):
    result = cli("help-now", "--region", region, "--json", passphrase=None)
    assert result.code == 0, result.err
    document = json.loads(result.out)
    assert list(document) == ["region", "lines"]
    assert document["region"] == region
    expected = [line.to_json() for line in crisis_info().region(region).lines]
    assert document["lines"] == expected
    for line in document["lines"]:
        assert list(line) == ["name", "how", "hours", "kind", "source", "verified_on"]
        assert line["kind"] in ("crisis", "peer_support", "emergency")
        assert line["source"].startswith("https://")
        assert len(line["verified_on"]) == 10  # YYYY-MM-DD


def test_the_us_json_in_full_shape(cli):
    document = json.loads(cli("help-now", "--region", "us", "--json").out)
    kinds = {line["name"]: line["kind"] for line in document["lines"]}
    assert kinds["Fireside Project (psychedelic peer support)"] == "peer_support"
    assert kinds["Emergency services"] == "emergency"
    hows = [line["how"] for line in document["lines"]]
    assert "Text HOME to 741741" in hows
    assert any("988lifeline.org" in how for how in hows)


@pytest.mark.parametrize(
    ("env", "region"),
    [
        ({"LANG": "fr_CA.UTF-8"}, "ca"),
        ({"LANG": "en_GB.UTF-8", "LC_ALL": "de_DE.UTF-8"}, "de"),
        ({"LC_MESSAGES": "en_NZ"}, "nz"),
        ({"LANG": "C.UTF-8"}, "elsewhere"),
        ({}, "elsewhere"),
    ],
)
def test_without_region_the_computers_locale_chooses(cli, env, region):
    result = cli("help-now", "--json", env=env, passphrase=None)
    assert json.loads(result.out)["region"] == region


def test_a_country_code_or_capitals_are_understood(cli):
    assert json.loads(cli("help-now", "--region", "GB", "--json").out)["region"] == "uk"
    assert json.loads(cli("help-now", "--region", "IE", "--json").out)["region"] == "ie"
    assert json.loads(cli("help-now", "--region", " De ", "--json").out)["region"] == "de"


@pytest.mark.parametrize("code", ["xx", "atlantis", "", "AT"])
def test_an_unknown_region_lists_the_codes_and_exits_2(cli, data_dir, code):
    result = cli("help-now", "--region", code, passphrase=None)
    assert result.code == 2
    assert result.out == ""
    assert f"There is no region called “{code}”" in result.err
    assert CODES in result.err
    assert not data_dir.exists()


def test_it_needs_no_journal_passphrase_or_existing_folder(cli, tmp_path):
    missing = tmp_path / "not" / "there"
    result = cli("--data-dir", str(missing), "help-now", "--region", "uk", passphrase=None)
    assert result.code == 0, result.err
    assert "Samaritans" in result.out
    assert not missing.exists() and not (tmp_path / "not").exists()


def test_it_never_unlocks_an_existing_journal(initialised):
    # No passphrase and no prompt answers: asking for either would fail the test.
    result = initialised("help-now", "--region", "fr", passphrase=None)
    assert result.code == 0, result.err
    assert "3114" in result.out


def test_help_now_is_in_the_command_list(cli):
    assert "help-now" in cli("--help").out
    assert "--region CODE" in cli("help-now", "--help").out


def test_help_now_loads_no_qt(tmp_path):
    """It must work on a machine where the window cannot even start."""
    code = (
        "import sys; from journal_app.cli import main; "
        f"main(['--data-dir', {str(tmp_path / 'j')!r}, 'help-now', '--region', 'uk']); "
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "Samaritans" in result.stdout
    assert result.stdout.strip().endswith("False")


def test_after_an_item_9_answer_the_locales_region_is_shown(initialised):
    answers = "0,0,0,0,0,0,0,0,1"
    result = initialised("assess", "phq9", "--answers", answers, env={"LANG": "en_AU.UTF-8"})
    assert result.code == 0, result.err
    assert "Australia:" in result.err and "United States:" not in result.err
    assert "help-now --region CODE" in result.err
    assert "Call 13 11 14 or text 0477 13 11 14" in result.err
