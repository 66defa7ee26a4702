"""tools/decrypt_backup.py: opens the golden backups with only the standard library and
`cryptography`, and refuses what Afterglow refuses, with the same exit codes."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from journal_app.backup.format import BackupError, open_backup
from journal_app.domain.errors import WrongPassphrase
from tests.backup.test_golden import multichunk_records
from tests.small_disk import fill, small_disk

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "tools" / "decrypt_backup.py"
GOLDEN = Path(__file__).resolve().parent / "golden"
BASIC = GOLDEN / "v1-basic.journal-backup"
EMPTY = GOLDEN / "v1-empty.journal-backup"
RECOVERY_KEY = GOLDEN / "v1-basic.recovery-key.txt"
PASSPHRASE = "golden passphrase"
KDF_REFUSED = "The backup's key settings look wrong, so it was not opened:"

pytestmark = pytest.mark.slow


def expected(name: str) -> list[dict[str, object]]:
    return json.loads((GOLDEN / f"{name}.expected.json").read_text(encoding="utf-8"))


def run(*args: str | Path, passphrase: str | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("JOURNAL_APP_PASSPHRASE", "JOURNAL_APP_RECOVERY_KEY")
    }
    if passphrase is not None:
        env["JOURNAL_APP_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, str(TOOL), *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        env=env,
        cwd=ROOT,
        start_new_session=True,  # no controlling terminal: the tool can never prompt
        timeout=60,
        check=False,
    )


def records_from(result: subprocess.CompletedProcess[bytes]) -> object:
    assert result.returncode == 0, result.stderr.decode()
    return json.loads(result.stdout.decode("utf-8"))


def test_the_passphrase_from_the_environment_opens_the_golden_backup():
    assert records_from(run(BASIC, passphrase=PASSPHRASE)) == expected("v1-basic")
    assert records_from(run(EMPTY, passphrase=PASSPHRASE)) == []


def test_the_passphrase_from_a_file_opens_the_golden_backup(tmp_path):
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = run(BASIC, "--passphrase-file", secret)
    assert records_from(result) == expected("v1-basic")
    assert b"8 records" in result.stderr


def test_the_recovery_key_file_opens_the_golden_backups():
    for name in ("v1-basic", "v1-empty"):
        result = run(GOLDEN / f"{name}.journal-backup", "--recovery-key-file", RECOVERY_KEY)
        assert records_from(result) == expected(name)


def test_a_backup_of_several_chunks_opens():
    result = run(GOLDEN / "v1-multichunk.journal-backup", "--recovery-key-file", RECOVERY_KEY)
    assert records_from(result) == multichunk_records()


def test_out_writes_a_new_private_file_and_never_overwrites(tmp_path):
    target = tmp_path / "records.json"
    result = run(BASIC, "--out", target, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stdout == b""
    assert json.loads(target.read_text(encoding="utf-8")) == expected("v1-basic")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    again = run(BASIC, "--out", target, passphrase=PASSPHRASE)
    assert again.returncode == 2
    assert b"already exists" in again.stderr


def test_out_replaces_a_file_only_with_force_and_keeps_it_private(tmp_path):
    target = tmp_path / "records.json"
    target.write_text("mine", encoding="utf-8")
    target.chmod(0o644)
    refused = run(BASIC, "--out", target)  # no passphrase: refused before asking for one
    assert refused.returncode == 2
    assert b"already exists and was left untouched" in refused.stderr
    assert b"--force" in refused.stderr
    assert target.read_text(encoding="utf-8") == "mine"
    forced = run(BASIC, "--out", target, "--force", passphrase=PASSPHRASE)
    assert forced.returncode == 0, forced.stderr.decode()
    assert json.loads(target.read_text(encoding="utf-8")) == expected("v1-basic")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["records.json"]


@pytest.mark.skipif(os.name != "posix", reason="devices and pipes are POSIX")
def test_out_never_writes_to_a_device_a_pipe_or_a_folder(tmp_path):
    os.mkfifo(tmp_path / "pipe")
    places = [tmp_path / "pipe", tmp_path, *(Path(d) for d in ("/dev/full", "/dev/null"))]
    for place in places:
        if not place.exists():
            continue
        before = place.lstat().st_mode
        result = run(BASIC, "--out", place, "--force", passphrase=PASSPHRASE)
        assert result.returncode == 2, place
        assert b"not a file; it was left untouched" in result.stderr
        assert place.lstat().st_mode == before


def test_out_on_a_full_disk_exits_1_and_leaves_nothing(tmp_path):
    with small_disk(tmp_path / "disk", 16) as disk:
        fill(disk)
        result = run(BASIC, "--out", disk / "records.json", passphrase=PASSPHRASE)
        assert result.returncode == 1
        assert b"Nothing was left behind" in result.stderr
        assert [p.name for p in disk.iterdir()] == [".filler"]


def test_a_wrong_passphrase_or_recovery_key_exits_3(tmp_path):
    result = run(BASIC, passphrase="golden passphrase!")
    assert result.returncode == 3
    assert b"doesn't open this backup" in result.stderr
    assert result.stdout == b""
    code = RECOVERY_KEY.read_text(encoding="utf-8").strip()
    typo = tmp_path / "typo.txt"
    typo.write_text(code[:-1] + ("0" if code[-1] != "0" else "1"), encoding="utf-8")
    result = run(BASIC, "--recovery-key-file", typo)
    assert result.returncode == 3
    assert b"typo" in result.stderr


@pytest.mark.parametrize("keep", [18, 100, -49, -17, -1])
def test_a_truncated_copy_exits_4_and_says_it_ends_early(tmp_path, keep):
    data = BASIC.read_bytes()
    cut = tmp_path / "cut.journal-backup"
    cut.write_bytes(data[:keep])
    result = run(cut, passphrase=PASSPHRASE)
    assert result.returncode == 4
    assert b"ends early" in result.stderr
    assert result.stdout == b""


def test_a_random_file_exits_4_as_not_an_afterglow_backup(tmp_path):
    noise = tmp_path / "noise.bin"
    noise.write_bytes(os.urandom(3000))
    result = run(noise)  # refused before any passphrase is asked for
    assert result.returncode == 4
    assert b"not an Afterglow backup" in result.stderr


def test_a_flipped_bit_or_appended_bytes_exit_4(tmp_path):
    data = bytearray(BASIC.read_bytes())
    data[-100] ^= 0x10
    damaged = tmp_path / "damaged.journal-backup"
    damaged.write_bytes(bytes(data))
    result = run(damaged, passphrase=PASSPHRASE)
    assert result.returncode == 4
    assert b"changed after it was written" in result.stderr
    damaged.write_bytes(BASIC.read_bytes() + b"\n")
    result = run(damaged, passphrase=PASSPHRASE)
    assert result.returncode == 4
    assert b"Extra bytes" in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert run().returncode == 2
    assert run(tmp_path / "missing.journal-backup", passphrase=PASSPHRASE).returncode == 2
    both = run(BASIC, "--passphrase-file", RECOVERY_KEY, "--recovery")
    assert both.returncode == 2
    nobody = run(BASIC)  # no passphrase given, and no terminal to ask on
    assert nobody.returncode == 2
    assert b"--passphrase-file" in nobody.stderr


# The tool stands alone, and agrees with Afterglow


def test_the_tool_imports_only_the_standard_library_and_cryptography():
    tree = ast.parse(TOOL.read_text(encoding="utf-8"))
    modules = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "relative import"
            modules.add((node.module or "").split(".")[0])
    assert "journal_app" not in modules
    assert modules - set(sys.stdlib_module_names) - {"__future__"} == {"cryptography"}
    assert "pip install cryptography" in (ast.get_docstring(tree) or "")


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("decrypt_backup", TOOL)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("way", ["passphrase", "recovery_code"])
def test_the_tool_refuses_every_single_bit_flip_as_afterglow_does(way):
    """Same verdict and message as Afterglow for damage; where Afterglow says "wrong key"
    the tool may say "damaged" instead (for a malformed key slot, say), never "opened"."""
    tool = load_tool()
    secret = PASSPHRASE if way == "passphrase" else RECOVERY_KEY.read_text(encoding="utf-8")
    data = EMPTY.read_bytes()
    assert tool.open_backup(data, **{way: secret})[1] == []
    for position in range(len(data)):
        for bit in range(8):
            damaged = bytearray(data)
            damaged[position] ^= 1 << bit
            try:
                open_backup(bytes(damaged), **{way: secret})
                app = "opened"
            except BackupError as error:
                app = str(error)
            except WrongPassphrase:
                app = "wrong key"
            try:
                tool.open_backup(bytes(damaged), **{way: secret})
                mine = "opened"
            except tool.Damaged as error:
                mine = str(error)
            except tool.WrongKey:
                mine = "wrong key"
            where = (position, bit)
            assert app != "opened" and mine != "opened", where
            if app == "wrong key":
                assert mine in ("wrong key", tool.CHANGED), where
            elif app.startswith(KDF_REFUSED):  # the reason after the colon may be worded
                assert mine.startswith(KDF_REFUSED), where
            else:
                assert mine == app, where


def test_the_tool_catches_reordered_dropped_and_appended_chunks():
    tool = load_tool()
    code = RECOVERY_KEY.read_text(encoding="utf-8")
    data = (GOLDEN / "v1-multichunk.journal-backup").read_bytes()
    offset = tool.read_header(data)[3]
    size = 65536 + 16
    chunks = [data[i : i + size] for i in range(offset, len(data), size)]
    assert len(chunks) == 3
    assert tool.open_backup(data, recovery_code=code)[1] == multichunk_records()
    for body, message in (
        (chunks[1] + chunks[0] + chunks[2], tool.CHANGED),
        (chunks[0] + chunks[0] + chunks[2], tool.CHANGED),
        (chunks[0] + chunks[2], tool.CUT_OFF),
        (chunks[0] + chunks[1], tool.CUT_OFF),
        (chunks[0] + chunks[1] + chunks[2] + b"\0", tool.ADDED),
    ):
        with pytest.raises(tool.Damaged) as caught:
            tool.open_backup(data[:offset] + body, recovery_code=code)
        assert str(caught.value) == message


def rehead(data: bytes, old: bytes, new: bytes) -> bytes:
    """The same file with its header text edited (and its length fixed to match)."""
    length = int.from_bytes(data[17:21], "big")
    header = data[21 : 21 + length].replace(old, new)
    assert header != data[21 : 21 + length]
    return data[:17] + len(header).to_bytes(4, "big") + header + data[21 + length :]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (b'"vault_id"', b'"vault_ie"'),
        (b'"sequence":1', b'"sequence":"1"'),
        (b'"sequence":1', b'"sequence":true'),
        (b'"vault_id":"6a1f', b'"vault_id":"\\ud800'),
        (b'"memory_kib":64', b'"memory_kib":1e999'),
        (b'"memory_kib":64', b'"memory_kib":NaN'),
        (b'"lanes":1', b'"lanes":1.0'),
        (b'"slots":{', b'"slots":' + b"[" * 10_000 + b"]" * 10_000 + b',"x":{'),
        (b'"nonce":"', b'"nonce":"AAAA'),
        (b'"recovery":{', b'"recovery":{"ephemeral_public":5,"x":{'),
    ],
)
def test_crafted_headers_are_reported_as_damage_never_as_a_crash(old, new):
    tool = load_tool()
    crafted = rehead(EMPTY.read_bytes(), old, new)
    code = RECOVERY_KEY.read_text(encoding="utf-8")
    for way in ({"passphrase": PASSPHRASE}, {"recovery_code": code}):
        with pytest.raises((tool.Damaged, tool.WrongKey)):
            tool.open_backup(crafted, **way)
