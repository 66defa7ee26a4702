"""The session options of ``journey add`` and ``journey edit``, and the card's commands."""

from __future__ import annotations

import argparse
from datetime import datetime, time
from typing import Any

from journal_app.cli.arg_types import STDIN_ADVICE, checked
from journal_app.domain.clock import parse_local_datetime
from journal_app.domain.errors import ValidationError
from journal_app.domain.journey import MEDICINES, ROUTES, SETTINGS, SEVERITIES
from journal_app.domain.session_card import VITAL_MOMENTS, parse_clock

TIME_HELP = "YYYY-MM-DDTHH:MM, or HH:MM on the session's day"


def parse_card_time(text: str) -> datetime | time:
    """A moment written in full (YYYY-MM-DDTHH:MM) or as a clock time on the session's day."""
    return parse_clock(text) if len(text) <= 5 else parse_local_datetime(text)


def parse_vital_moment(text: str) -> str:
    """'before', '40min', 'leaving' or a clock time HH:MM."""
    if text in VITAL_MOMENTS:
        return text
    try:
        parse_clock(text)
    except ValidationError:
        raise ValidationError(
            f"{text!r} isn't a moment Afterglow knows; write before, 40min, leaving, or a "
            "clock time HH:MM from 00:00 to 23:59, such as 10:40."
        ) from None
    return text


def parse_blood_pressure(text: str) -> tuple[int, int]:
    """'128/82' -> (128, 82)."""
    top, slash, bottom = text.partition("/")
    if not slash or not top.strip().isdigit() or not bottom.strip().isdigit():
        raise ValidationError(
            f"{text!r} isn't a blood pressure Afterglow understands; write it as SYS/DIA, "
            "for example 128/82."
        )
    return int(top), int(bottom)


CARD_TIME = checked(parse_card_time)
VITAL_MOMENT = checked(parse_vital_moment)
BLOOD_PRESSURE = checked(parse_blood_pressure)
CLOCK_TIME = checked(parse_local_datetime)

# The options ``journey edit`` passes on to SessionLog as they are (times apart).
SESSION_FIELDS = (
    "onset",
    "peak",
    "end",
    "setting",
    "route",
    "dose_mg",
    "provider",
    "sitter_present",
    "music",
    "intensity",
    "dissociation",
    "body",
    "narrative",
    "medicine",
    "medicine_name",
    "devices",
    "dose_mg_per_kg",
    "weight_kg",
    "infusion_minutes",
    "hold_minutes",
)


def add_session_options(jp: argparse.ArgumentParser, *, edit: bool) -> None:
    """The session's details; for ``edit`` every option is left out unless given."""
    text_default = None if edit else ""
    for name, text in (
        ("--onset", "when the effects began"),
        ("--peak", "the strongest point"),
        ("--end", "when it ended"),
    ):
        jp.add_argument(name, type=CLOCK_TIME, metavar="YYYY-MM-DDTHH:MM", help=text)
    jp.add_argument("--route", choices=ROUTES)
    jp.add_argument("--setting", choices=SETTINGS)
    jp.add_argument("--provider", default=text_default)
    jp.add_argument("--sitter-present", action=argparse.BooleanOptionalAction, default=None)
    jp.add_argument("--music", default=text_default)
    jp.add_argument("--intensity", type=int, metavar="0-10")
    jp.add_argument("--dissociation", type=int, metavar="0-10")
    jp.add_argument("--body", default=text_default, help=f"body sensations; {STDIN_ADVICE}")
    jp.add_argument(
        "--narrative", default=text_default, help=f"the experience, in your words; {STDIN_ADVICE}"
    )
    card = jp.add_argument_group("the medicine and the dose as it was given (a record only)")
    card.add_argument("--medicine", choices=MEDICINES)
    card.add_argument(
        "--medicine-name",
        default=text_default,
        metavar="NAME",
        help="its name, needed with --medicine other (up to 100 characters)",
    )
    card.add_argument("--dose-mg", type=float, metavar="MG", help="the dose in mg")
    card.add_argument(
        "--devices", type=int, metavar="1-5", help="nasal spray devices (esketamine: 28 mg each)"
    )
    card.add_argument("--dose-mg-per-kg", type=float, metavar="X", help="mg/kg, 0.01 to 5")
    card.add_argument("--weight-kg", type=float, metavar="W", help="body weight in kg, 20 to 300")
    card.add_argument("--infusion-minutes", type=int, metavar="1-240", help="for an infusion")
    card.add_argument(
        "--hold-minutes", type=int, metavar="1-60", help="how long a lozenge was held"
    )
    card.add_argument(
        "--clear-at",
        type=CARD_TIME,
        metavar="T",
        help=f"when you felt clear and ready to go home ({TIME_HELP})",
    )


def add_card_commands(
    jsub: argparse._SubParsersAction[Any], common: argparse.ArgumentParser
) -> None:
    """``journey edit``, ``journey vitals`` and ``journey effect``."""
    jp = jsub.add_parser(
        "edit", help="change a session's details; the previous version is kept", parents=[common]
    )
    jp.add_argument("id", metavar="ID")
    add_session_options(jp, edit=True)
    jp.add_argument("--json", action="store_true")

    jp = jsub.add_parser(
        "vitals", help="add a blood-pressure reading to a session's card", parents=[common]
    )
    jp.add_argument("id", metavar="ID")
    jp.add_argument(
        "--at",
        type=VITAL_MOMENT,
        required=True,
        metavar="before|40min|leaving|HH:MM",
        help="when it was taken",
    )
    jp.add_argument("--bp", type=BLOOD_PRESSURE, required=True, metavar="SYS/DIA")
    jp.add_argument("--pulse", type=int, metavar="N", help="beats a minute, 30 to 220")
    jp.add_argument("--json", action="store_true")

    jp = jsub.add_parser(
        "effect", help="add or change a side effect on a session's card", parents=[common]
    )
    jp.add_argument("id", metavar="ID")
    jp.add_argument(
        "name",
        metavar="NAME",
        help="dissociation, sedation, dizziness, nausea, headache, blurred_vision, anxiety, "
        "feeling_drunk, numbness, or your own words",
    )
    jp.add_argument("--severity", choices=SEVERITIES, required=True)
    jp.add_argument("--until", type=CARD_TIME, metavar="T", help=f"when it lifted ({TIME_HELP})")
    jp.add_argument("--json", action="store_true")
