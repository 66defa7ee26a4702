"""``journal-app help-now``: the crisis lines, with no journal and no passphrase needed."""

from __future__ import annotations

from journal_app.cli.context import CliContext
from journal_app.domain.errors import ValidationError
from journal_app.services.crisis import (
    CrisisInfo,
    crisis_info,
    other_regions_hint,
    region_for_locale,
    region_lines,
    system_locale,
)


def chosen_region(info: CrisisInfo, code: str | None, locale_name: str) -> str:
    """The region for --region (an id such as "uk", or a country code such as "GB").

    Raises:
        ValidationError: the code names no region we have lines for (exit code 2).
    """
    if code is None:
        return region_for_locale(locale_name, info)
    wanted = code.strip().lower()
    if info.find(wanted) is not None:
        return wanted
    if len(wanted) == 2 and info.for_country(wanted).id != "elsewhere":
        return info.for_country(wanted).id
    raise ValidationError(
        f"There is no region called “{code}”. Use one of these codes: "
        f"{', '.join(info.ids())}. “elsewhere” lists help for any other country."
    )


def help_now(ctx: CliContext) -> int:
    """Print who to reach right now; never opens the journal, so it cannot fail on it."""
    info = crisis_info()
    region = info.region(chosen_region(info, ctx.args.region, system_locale(ctx.env)))
    if ctx.args.json:
        ctx.json({"region": region.id, "lines": [line.to_json() for line in region.lines]})
        return 0
    for text in (info.intro, "", *region_lines(region), ""):
        ctx.out(text)
    ctx.out(other_regions_hint(info))
    ctx.out(info.emergency)
    ctx.out(info.monitoring)
    return 0
