"""sitter-card: one printable page for the person who stays during a home session.

It reads two settings (the region, for the emergency number, and the clinic's number)
and nothing else from the journal. Qt is imported inside the command only, to paint it.
"""

from __future__ import annotations

from pathlib import Path

from journal_app.cli.context import CliContext
from journal_app.cli.helpnow import chosen_region
from journal_app.domain.errors import ValidationError
from journal_app.reports.sitter_card import sitter_card_for
from journal_app.services.crisis import crisis_info, system_locale
from journal_app.services.outputs import check_output_file
from journal_app.services.settings import SettingsService

MAX_PHONE = 40
BLANK_CLINIC = "The clinic's number is left as a line to write on (or give it with --clinic-phone)."
NOTHING_PRIVATE = (
    "It holds the clinic's number and the emergency number, nothing from your journal."
)


def clinic_phone(text: str) -> str:
    """A phone number as typed, on one line and short enough for the card.

    Raises:
        ValidationError: it has control characters or is longer than MAX_PHONE (exit 2).
    """
    phone = " ".join(text.split())
    if any(not c.isprintable() for c in phone) or len(phone) > MAX_PHONE:
        raise ValidationError(
            f"The clinic's number should be one line of at most {MAX_PHONE} characters, "
            "such as +44 20 7946 0000."
        )
    return phone


def sitter_card(ctx: CliContext) -> int:
    a = ctx.args
    info = crisis_info()
    given_phone = None if a.clinic_phone is None else clinic_phone(a.clinic_phone)
    locale_name = system_locale(ctx.env)
    region = None if a.region is None else chosen_region(info, a.region, locale_name)
    # Everything given is checked before the passphrase is asked for.
    target = check_output_file(Path(a.out), journal_folder=ctx.folder, force=a.force)
    settings = SettingsService(ctx.unlocked())
    if region is None:
        region = settings.get("region")
    phone = given_phone if given_phone is not None else str(settings.get("clinic_phone") or "")
    card = sitter_card_for(info, region, locale_name, phone)

    from journal_app.cli.report import qt_application

    qt_application()
    from journal_app.reports.sitter_card import write_sitter_card

    write_sitter_card(target, card)
    ctx.out(str(target))
    ctx.say(f"Wrote the sitter card to {target}. {NOTHING_PRIVATE}")
    if not card.clinic_phone:
        ctx.say(BLANK_CLINIC)
    return 0
