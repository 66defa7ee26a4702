"""Making, opening and re-keying a journal: init, passwd, demo, passphrases, exit codes."""

from __future__ import annotations

import json
import re
import time
import unicodedata

from journal_app.crypto import recovery
from tests.conftest import PASSPHRASE

RECOVERY_KEY = re.compile(r"^[0-9A-Z]{4}(?:-[0-9A-Z]{4}){13}$")
NEW = "a brand new passphrase"
NEW_ENV = {"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE}
NON_ASCII = "Grüße aus Köln, 東京 ☕"


def _init(cli, passphrase=PASSPHRASE):
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": passphrase}, passphrase=None)
    assert result.code == 0, result.err
    return result.out.strip()


def _vault_state(data_dir):
    path = data_dir / "vault.db"
    return path.read_bytes(), path.stat().st_mtime_ns


# init


def test_init_creates_the_vault(cli, data_dir):
    result = cli("init", env=NEW_ENV)
    assert result.code == 0, result.err
    assert (data_dir / "vault.db").is_file()
    assert cli("list").code == 0


def test_init_prints_the_recovery_key_once_on_stdout(cli):
    result = cli("init", env=NEW_ENV)
    assert result.code == 0, result.err
    lines = result.out.splitlines()
    assert len(lines) == 1
    assert RECOVERY_KEY.match(lines[0]), lines[0]
    assert lines[0] not in result.err
    assert "shown only this once" in result.err


def test_init_gives_each_journal_its_own_recovery_key(cli, tmp_path):
    first = _init(cli)
    other = cli("init", env={**NEW_ENV, "JOURNAL_APP_DATA_DIR": str(tmp_path / "other")})
    assert other.code == 0, other.err
    assert other.out.strip() != first


def test_init_on_an_existing_vault_exits_1_and_changes_nothing(cli, data_dir):
    _init(cli)
    before = (data_dir / "vault.db").read_bytes()
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": "another long passphrase"})
    assert result.code == 1
    assert "already a journal" in result.err
    assert result.out == ""
    assert (data_dir / "vault.db").read_bytes() == before
    assert cli("list").code == 0


def test_init_with_a_short_passphrase_exits_2_and_creates_nothing(cli, data_dir):
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": "too short"}, passphrase=None)
    assert result.code == 2
    assert "at least 10 characters" in result.err
    assert result.out == ""
    assert not data_dir.exists() or list(data_dir.iterdir()) == []


def test_init_counts_characters_not_combining_marks(cli, data_dir):
    nine_letters = unicodedata.normalize("NFD", "Grüße äöü")
    assert len(nine_letters) >= 10
    result = cli("init", env={"JOURNAL_APP_NEW_PASSPHRASE": nine_letters}, passphrase=None)
    assert result.code == 2
    assert "this one has 9" in result.err
    assert not (data_dir / "vault.db").exists()


def test_init_asks_twice_when_no_passphrase_is_given(cli):
    result = cli("init", passphrase=None, prompts=[PASSPHRASE, PASSPHRASE])
    assert result.code == 0, result.err
    assert cli("list").code == 0


def test_init_with_mismatched_prompted_passphrases_exits_2_and_writes_nothing(cli, data_dir):
    result = cli("init", passphrase=None, prompts=[PASSPHRASE, PASSPHRASE + "!"])
    assert result.code == 2
    assert "different" in result.err
    assert result.out == ""
    assert not data_dir.exists() or list(data_dir.iterdir()) == []


# Opening the journal


def test_wrong_passphrase_exits_3_with_a_kind_message(initialised):
    result = initialised("list", passphrase="not the passphrase at all")
    assert result.code == 3
    assert "doesn't open this journal" in result.err
    assert result.out == ""


def test_write_with_the_wrong_passphrase_writes_nothing(initialised, data_dir):
    before = _vault_state(data_dir)
    result = initialised("write", "should not land", passphrase="not the passphrase at all")
    assert result.code == 3
    assert _vault_state(data_dir) == before
    assert json.loads(initialised("list", "--json").out) == []


def test_list_without_a_vault_exits_1_and_says_how_to_create_one(cli):
    result = cli("list")
    assert result.code == 1
    assert "journal-app init" in result.err
    assert "Traceback" not in result.err


def test_list_without_a_vault_creates_nothing(cli, data_dir):
    cli("list")
    assert not data_dir.exists()


def test_the_prompt_is_used_when_no_env_or_file_gives_a_passphrase(initialised):
    result = initialised("list", passphrase=None, prompts=[PASSPHRASE])
    assert result.code == 0, result.err


def test_a_wrong_prompted_passphrase_exits_3(initialised):
    result = initialised("list", passphrase=None, prompts=["not the passphrase at all"])
    assert result.code == 3


def test_passphrase_file_first_line_without_newline_opens_the_journal(initialised, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{PASSPHRASE}\nsecond line is ignored\n", encoding="utf-8")
    result = initialised("list", "--passphrase-file", str(secret), passphrase=None)
    assert result.code == 0, result.err


def test_passphrase_file_before_the_command_opens_the_journal(initialised, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{PASSPHRASE}\n", encoding="utf-8")
    result = initialised("--passphrase-file", str(secret), "list", passphrase=None)
    assert result.code == 0, result.err


def test_passphrase_file_wins_over_the_environment(initialised, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(f"{PASSPHRASE}\n", encoding="utf-8")
    result = initialised(
        "list", "--passphrase-file", str(secret), passphrase="not the passphrase at all"
    )
    assert result.code == 0, result.err


def test_passphrase_file_with_a_wrong_passphrase_exits_3(initialised, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("not the passphrase at all\n", encoding="utf-8")
    result = initialised("list", "--passphrase-file", str(secret))
    assert result.code == 3


def test_missing_passphrase_file_exits_1(initialised, tmp_path):
    result = initialised("list", "--passphrase-file", str(tmp_path / "nope.txt"))
    assert result.code == 1
    assert "Couldn't read the passphrase file" in result.err


def test_unknown_command_exits_2(cli):
    assert cli("frobnicate").code == 2


def test_no_traceback_without_debug_on_failure(cli):
    result = cli("list")
    assert "Traceback" not in result.err


# passwd


def test_passwd_with_new_passphrase_from_env_opens_with_the_new_one(initialised):
    result = initialised("passwd", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW})
    assert result.code == 0, result.err
    assert initialised("list", passphrase=NEW).code == 0


def test_passwd_makes_the_old_passphrase_stop_working(initialised):
    assert initialised("passwd", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW}).code == 0
    result = initialised("list", passphrase=PASSPHRASE)
    assert result.code == 3


def test_passwd_keeps_the_entries(initialised):
    entry_id = initialised("write", "still readable").out.strip()
    assert initialised("passwd", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW}).code == 0
    shown = initialised("show", entry_id, "--json", passphrase=NEW)
    assert json.loads(shown.out)["data"]["body"] == "still readable"


def test_passwd_with_a_short_new_passphrase_exits_2_and_keeps_the_old(initialised):
    result = initialised("passwd", env={"JOURNAL_APP_NEW_PASSPHRASE": "short"})
    assert result.code == 2
    assert "at least 10 characters" in result.err
    assert initialised("list", passphrase=PASSPHRASE).code == 0
    assert initialised("list", passphrase="short").code == 3


def test_passwd_with_the_wrong_old_passphrase_exits_3_and_keeps_the_old(initialised):
    result = initialised(
        "passwd", env={"JOURNAL_APP_NEW_PASSPHRASE": NEW}, passphrase="not the passphrase at all"
    )
    assert result.code == 3
    assert initialised("list", passphrase=NEW).code == 3
    assert initialised("list").code == 0


def test_passwd_asks_for_the_new_passphrase_twice_without_env(initialised):
    result = initialised("passwd", prompts=[NEW, NEW])
    assert result.code == 0, result.err
    assert initialised("list", passphrase=NEW).code == 0


def test_passwd_recovery_sets_a_new_passphrase_without_the_old(cli):
    key = _init(cli)
    result = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": key, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    )
    assert result.code == 0, result.err
    assert cli("list", passphrase=NEW).code == 0
    assert cli("list", passphrase=PASSPHRASE).code == 3


def test_passwd_recovery_accepts_the_key_in_lower_case_without_dashes(cli):
    key = _init(cli)
    sloppy = key.replace("-", " ").lower()
    result = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": sloppy, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    )
    assert result.code == 0, result.err
    assert cli("list", passphrase=NEW).code == 0


def test_passwd_recovery_with_another_journals_key_exits_3(cli):
    _init(cli)
    _, other_key = recovery.generate()
    result = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": other_key, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    )
    assert result.code == 3
    assert "doesn't open this journal" in result.err
    assert cli("list", passphrase=PASSPHRASE).code == 0
    assert cli("list", passphrase=NEW).code == 3


def test_passwd_recovery_with_a_mistyped_key_exits_3(cli):
    key = _init(cli)
    mistyped = ("1" if key[0] != "1" else "2") + key[1:]
    result = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": mistyped, "JOURNAL_APP_NEW_PASSPHRASE": NEW},
        passphrase=None,
    )
    assert result.code == 3
    assert cli("list", passphrase=PASSPHRASE).code == 0


def test_passwd_recovery_with_a_short_new_passphrase_exits_2(cli):
    key = _init(cli)
    result = cli(
        "passwd",
        "--recovery",
        env={"JOURNAL_APP_RECOVERY_KEY": key, "JOURNAL_APP_NEW_PASSPHRASE": "short"},
        passphrase=None,
    )
    assert result.code == 2
    assert cli("list", passphrase=PASSPHRASE).code == 0


# Non-ASCII passphrases and text


def test_non_ascii_passphrase_works_end_to_end(cli):
    _init(cli, NON_ASCII)
    wrote = cli("write", "Written behind a non-ASCII passphrase", passphrase=NON_ASCII)
    assert wrote.code == 0, wrote.err
    listed = cli("list", passphrase=NON_ASCII)
    assert "Written behind a non-ASCII passphrase" in listed.out
    assert cli("list", passphrase=PASSPHRASE).code == 3


def test_non_ascii_passphrase_from_a_file_works(cli, tmp_path):
    _init(cli, NON_ASCII)
    secret = tmp_path / "secret.txt"
    secret.write_text(NON_ASCII + "\n", encoding="utf-8")
    assert cli("list", "--passphrase-file", str(secret), passphrase=None).code == 0


def test_emoji_and_accents_round_trip_through_write_and_show(initialised):
    text = "Crème brûlée, naïve café 🌅✨ — Grüße 東京 ☕\nzweite Zeile: ÅÆØ"
    entry_id = initialised("write", text, "--title", "Überraschung 🎉", "--tag", "été").out
    shown = json.loads(initialised("show", entry_id.strip(), "--json").out)
    assert shown["data"]["body"] == text
    assert shown["data"]["title"] == "Überraschung 🎉"
    assert shown["data"]["tags"] == ["été"]
    assert "naïve café 🌅✨" in initialised("show", entry_id.strip()).out


def test_emoji_text_from_stdin_round_trips(initialised):
    text = "Heute: 😊 und Bäume 🌳\n"
    entry_id = initialised("write", input=text).out.strip()
    assert json.loads(initialised("show", entry_id, "--json").out)["data"]["body"] == text


def test_vault_made_with_an_nfd_passphrase_opens_with_nfc(cli):
    nfd = unicodedata.normalize("NFD", NON_ASCII)
    nfc = unicodedata.normalize("NFC", NON_ASCII)
    assert nfd != nfc
    _init(cli, nfd)
    result = cli("list", passphrase=nfc)
    assert result.code == 0, result.err


def test_vault_made_with_an_nfc_passphrase_opens_with_nfd(cli):
    _init(cli, unicodedata.normalize("NFC", NON_ASCII))
    result = cli("list", passphrase=unicodedata.normalize("NFD", NON_ASCII))
    assert result.code == 0, result.err


# demo


def test_demo_creates_entries_checkins_and_journeys(cli):
    result = cli("demo", "--years", "1", "--seed", "3", env=NEW_ENV)
    assert result.code == 0, result.err
    entries = json.loads(cli("list", "--json").out)
    checkins = json.loads(cli("list", "--kind", "checkin", "--json").out)
    journeys = cli("list", "--kind", "journey").out.splitlines()
    assert len(entries) > 100
    assert len(checkins) > 100
    assert len(journeys) >= 6
    assert all("Session" in line for line in journeys)


def test_demo_with_one_year_takes_under_two_seconds(cli):
    started = time.perf_counter()
    result = cli("demo", "--years", "1", "--seed", "3", env=NEW_ENV)
    elapsed = time.perf_counter() - started
    assert result.code == 0, result.err
    assert elapsed < 2.0, f"demo --years 1 took {elapsed:.2f} s"


def test_demo_with_the_same_seed_gives_the_same_journal(cli, tmp_path):
    def titles_and_dates(folder):
        env = {**NEW_ENV, "JOURNAL_APP_DATA_DIR": str(folder)}
        made = cli("demo", "--years", "1", "--seed", "3", env=env)
        assert made.code == 0, made.err
        listed = json.loads(cli("list", "--json", env=env).out)
        return [(e["date"], e["title"]) for e in listed]

    first = titles_and_dates(tmp_path / "one")
    second = titles_and_dates(tmp_path / "two")
    assert first
    assert first == second


def test_demo_with_another_seed_gives_another_journal(cli, tmp_path):
    def titles(folder, seed):
        env = {**NEW_ENV, "JOURNAL_APP_DATA_DIR": str(folder)}
        assert cli("demo", "--years", "1", "--seed", seed, env=env).code == 0
        return [e["title"] for e in json.loads(cli("list", "--json", env=env).out)]

    assert titles(tmp_path / "one", "3") != titles(tmp_path / "two", "4")


def test_demo_refuses_a_folder_that_has_a_journal(cli, data_dir):
    _init(cli)
    before = (data_dir / "vault.db").read_bytes()
    result = cli("demo", "--years", "1", "--seed", "3", env=NEW_ENV)
    assert result.code == 1
    assert "already a journal" in result.err
    assert (data_dir / "vault.db").read_bytes() == before


def test_demo_with_zero_years_exits_2_and_creates_nothing(cli, data_dir):
    result = cli("demo", "--years", "0", env=NEW_ENV)
    assert result.code == 2
    assert not (data_dir / "vault.db").exists()


def test_demo_journal_opens_with_the_new_passphrase(cli):
    env = {"JOURNAL_APP_NEW_PASSPHRASE": NEW}
    assert cli("demo", "--years", "1", "--seed", "3", env=env, passphrase=None).code == 0
    assert cli("list", "-n", "1", passphrase=NEW).code == 0
    assert cli("list", "-n", "1", passphrase=PASSPHRASE).code == 3
