"""Run ``journal-app`` and report on standard error how long its key derivation took.

Usage: python benchmarks/timed_cli.py ARGS...   (bench_core.py calls it)
It imports no more than journal-app itself does, so the process is timed fairly.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def kdf_stopwatch() -> Iterator[list[float]]:
    """Record how long each key derivation takes while the block runs.

    Every module that derives a key imports ``derive_key_buffer`` by name: each is patched.
    """
    import journal_app.services.vault_creating as vault_creating
    import journal_app.services.vault_keys as vault_keys
    import journal_app.services.vault_rekeying as vault_rekeying

    modules = (vault_creating, vault_keys, vault_rekeying)
    real, spent = vault_keys.derive_key_buffer, []

    def timed(*args):
        started = time.perf_counter()
        try:
            return real(*args)
        finally:
            spent.append(time.perf_counter() - started)

    for module in modules:
        module.derive_key_buffer = timed
    try:
        yield spent
    finally:
        for module in modules:
            module.derive_key_buffer = real


if __name__ == "__main__":
    from journal_app.cli import main

    with kdf_stopwatch() as seconds:
        code = main(sys.argv[1:])
    sys.stderr.write(f"kdf-seconds {sum(seconds)}\n")
    sys.exit(code)
