"""Text that isn't UTF-8 is refused with a plain message (exit 2), never a traceback."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from journal_app.cli import UNEXPECTED, main
from tests.conftest import PASSPHRASE, Prompt, Result, cheap_kdf, fixed_clock

LATIN1 = "Café au lait, déjà vu.\n".encode("latin-1")  # \xe9 alone is not UTF-8
STDIN_MESSAGE = (
    "The text on standard input isn't UTF-8 text, so it wasn't read. "
    "Save it as UTF-8 and try again."
)


def run_with_stdin(data_dir: Path, raw: bytes, errors: str, *args: str) -> Result:
    """Run the command line with standard input decoded as a real terminal or pipe would."""
    out, err = io.StringIO(), io.StringIO()
    code = main(
        list(args),
        stdin=io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8", errors=errors),
        stdout=out,
        stderr=err,
        env={"JOURNAL_APP_DATA_DIR": str(data_dir), "JOURNAL_APP_PASSPHRASE": PASSPHRASE},
        prompt=Prompt([]),
        kdf_params=cheap_kdf,
        clock=fixed_clock,
    )
    return Result(code, out.getvalue(), err.getvalue())


def test_write_refuses_stdin_that_is_not_utf8(initialised, data_dir, list_json):
    result = run_with_stdin(data_dir, LATIN1, "strict", "write")
    assert result.code == 2
    assert result.err.strip() == STDIN_MESSAGE
    assert result.out == ""
    assert list_json() == []


def test_write_refuses_stdin_read_with_surrogate_escapes(initialised, data_dir, list_json):
    # Under the C locale Python reads standard input this way instead of failing.
    result = run_with_stdin(data_dir, LATIN1, "surrogateescape", "write")
    assert result.code == 2
    assert result.err.strip() == STDIN_MESSAGE
    assert list_json() == []


def test_edit_refuses_stdin_that_is_not_utf8(initialised, data_dir, write_entry):
    entry_id = write_entry("the first words")
    result = run_with_stdin(data_dir, LATIN1, "strict", "edit", entry_id)
    assert result.code == 2
    assert result.err.strip() == STDIN_MESSAGE
    assert "the first words" in initialised("show", entry_id).out


def test_text_given_as_an_argument_that_is_not_utf8_is_refused(initialised, list_json):
    undecodable = os.fsdecode(LATIN1)  # how Python hands over such bytes from argv
    result = initialised("write", undecodable)
    assert result.code == 2
    assert "isn't valid UTF-8" in result.err
    assert UNEXPECTED not in result.err
    assert list_json() == []


def test_a_passphrase_file_that_is_not_utf8_says_so(initialised, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"correct horse \xff battery staple\n")
    result = initialised("list", "--passphrase-file", str(secret), passphrase=None)
    assert result.code == 2
    assert result.err.strip() == (
        f"The passphrase file {secret} isn't UTF-8 text, so it wasn't read. "
        "Save it as UTF-8 and try again."
    )


def test_a_passphrase_variable_that_is_not_utf8_says_so(initialised):
    result = initialised("list", passphrase=os.fsdecode(b"correct horse \xff staple"))
    assert result.code == 2
    assert "JOURNAL_APP_PASSPHRASE isn't UTF-8 text" in result.err


def test_a_markdown_file_that_is_not_utf8_is_skipped_with_its_reason(initialised, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "2024-03-01-good.md").write_text("A good day.", "utf-8")
    (folder / "2024-03-02-latin1.md").write_bytes(LATIN1)
    result = initialised("import", "markdown", str(folder))
    assert result.code == 0, result.err
    assert "Imported 1 entry." in result.out
    assert "2024-03-02-latin1.md: it isn't UTF-8 text; save it as UTF-8" in result.out


def test_a_jrnl_export_that_is_not_utf8_is_refused_with_exit_2(initialised, tmp_path, list_json):
    path = tmp_path / "journal.json"
    path.write_bytes(b'{"entries": [{"body": "caf\xe9"}]}')
    result = initialised("import", "jrnl", str(path))
    assert result.code == 2
    assert "isn't even UTF-8 text" in result.err
    assert "save it as UTF-8" in result.err
    assert list_json() == []


def test_the_real_command_shows_no_traceback_for_stdin_that_is_not_utf8(initialised, data_dir):
    environment = {
        **os.environ,
        "JOURNAL_APP_DATA_DIR": str(data_dir),
        "JOURNAL_APP_PASSPHRASE": PASSPHRASE,
    }
    done = subprocess.run(
        [sys.executable, "-m", "journal_app", "write"],
        input=LATIN1,
        capture_output=True,
        env=environment,
        timeout=60,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, err
    assert "Traceback" not in err
    assert "isn't UTF-8 text" in err
