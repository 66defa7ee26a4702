"""Commands that make or re-key a journal: init, passwd, demo."""

from __future__ import annotations

from journal_app.cli.context import CliContext
from journal_app.domain.errors import ValidationError, VaultExists
from journal_app.services.vault_keys import check_new_passphrase

READY = (
    "Your journal is ready.\n\n"
    "This is your recovery key. It opens your journal if you ever forget your\n"
    "passphrase. It is shown only this once: write it down or print it, and keep it\n"
    "somewhere safe, away from this computer.\n"
)
REPLACED = (
    "Your recovery key is replaced.\n\n"
    "This is your new recovery key. It opens your journal if you ever forget your\n"
    "passphrase. It is shown only this once: write it down or print it, and keep it\n"
    "somewhere safe, away from this computer.\n"
)
OLD_KEY = (
    "Your old recovery key no longer opens this journal, nor any backup made from\n"
    "now on. It still opens the backups and copies of this journal made before now:\n"
    "keep those somewhere safe too, or delete them once you have made a new backup.\n"
)


def _show_recovery_key(ctx: CliContext, code: str, *, before: str, after: str = "") -> None:
    """Words on standard error, and the code alone on standard output (for a script)."""
    ctx.say(before)
    ctx.out(code)
    ctx.say("")
    if after:
        ctx.say(after)


def init(ctx: CliContext) -> int:
    vault = ctx.vault()
    if vault.exists():
        raise VaultExists(f"There is already a journal in {vault.folder}; it was left untouched.")
    passphrase = ctx.new_passphrase(fallback_to_current=True)
    code = vault.create(passphrase)
    _show_recovery_key(ctx, code, before=READY)
    return 0


def passwd(ctx: CliContext) -> int:
    vault = ctx.vault()
    vault.require_exists()
    if ctx.args.new_recovery_key:
        return _new_recovery_key(ctx)
    if ctx.args.recovery:
        key = ctx.recovery_key()
        new = ctx.new_passphrase()
        vault.unlock_with_recovery(key, new)
    else:
        # Both slow key derivations happen before the journal is locked for writing, and
        # nobody waits on the lock while a person types.
        current = ctx.passphrase()
        opened = vault.open_key(current)
        new = ctx.new_passphrase()
        check_new_passphrase(new)
        derived = vault.derive_new_key(new)
        vault.unlock(current, key=opened)
        vault.change_passphrase(new, derived=derived)
    ctx.say("Your passphrase is changed. Use the new one from now on.")
    return 0


def _new_recovery_key(ctx: CliContext) -> int:
    """Replace the recovery key, opening the journal with the passphrase."""
    vault = ctx.vault()
    current = ctx.passphrase()
    opened = vault.open_key(current)  # the slow derivation, before the journal is locked
    vault.unlock(current, key=opened)
    code = vault.new_recovery_key()
    _show_recovery_key(ctx, code, before=REPLACED, after=OLD_KEY)
    return 0


def demo(ctx: CliContext) -> int:
    from journal_app.services.demo import build_demo

    a = ctx.args
    if not 1 <= a.years <= 30:
        raise ValidationError("--years must be between 1 and 30.")
    vault = ctx.vault()
    if vault.exists():
        raise VaultExists(
            f"There is already a journal in {vault.folder}. The demo needs an empty folder: "
            "pick another with --data-dir."
        )
    passphrase = ctx.new_passphrase(fallback_to_current=True)
    counts = build_demo(vault, passphrase, years=a.years, seed=a.seed)
    ctx.say(
        f"A sample journal is ready in {vault.folder}: "
        + ", ".join(f"{n} {kind}" for kind, n in counts.items())
        + "."
    )
    return 0
