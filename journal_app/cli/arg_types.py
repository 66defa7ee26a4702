"""Words and converters the command's option definitions share (parser and its parts)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TypeVar

from journal_app.domain.errors import ValidationError

T = TypeVar("T")

SEEN = "typed here it is visible to other accounts in the process list and kept in shell history"
STDIN_ADVICE = f"{SEEN}; write and edit read standard input, which keeps text out of both"


def checked(parse: Callable[[str], T]) -> Callable[[str], T]:
    """``parse`` for argparse: its ValidationError becomes a usage error (exit 2)."""

    def convert(text: str) -> T:
        try:
            return parse(text)
        except ValidationError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    convert.__name__ = parse.__name__
    return convert
