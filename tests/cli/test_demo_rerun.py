"""`journal-app demo` killed part way leaves no half journal, and runs again."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLED_DEMO = textwrap.dedent(
    """
    import os, signal, sys
    from journal_app.cli import main
    from journal_app.services.demo import DemoWriter
    from tests.conftest import cheap_kdf

    write = DemoWriter.write

    def killed_part_way(self, years):
        self._vault.store.put_many([])  # the journal exists and is being filled...
        os.kill(os.getpid(), signal.SIGKILL)  # ...when the power goes

    DemoWriter.write = killed_part_way
    env = {"JOURNAL_APP_DATA_DIR": sys.argv[1], "JOURNAL_APP_NEW_PASSPHRASE": sys.argv[2]}
    main(["demo", "--years", "1"], env=env, kdf_params=cheap_kdf)
    """
)


def test_demo_runs_again_after_a_kill(cli, data_dir):
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_DEMO, str(data_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert killed.returncode == -9, killed.stderr
    assert not (data_dir / "vault.db").exists()  # no half journal in place
    assert any(p.name.startswith(".restoring-") for p in data_dir.iterdir())

    again = cli("demo", "--years", "1", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE})
    assert again.code == 0, again.err
    assert not any(p.name.startswith(".restoring-") for p in data_dir.iterdir())
    listed = cli("list", "--json")
    assert listed.code == 0, listed.err
    assert len(json.loads(listed.out)) > 300


def test_demo_never_touches_a_real_journal(initialised):
    assert initialised("write", "My own words.").code == 0
    result = initialised("demo", "--years", "1", env={"JOURNAL_APP_NEW_PASSPHRASE": PASSPHRASE})
    assert result.code != 0
    assert "already a journal" in result.err
    assert len(json.loads(initialised("list", "--json").out)) == 1
