"""Render the core's messages and errors in the person's language.

Services and the domain hand the window a :class:`~journal_app.messages.Message` (on its
own, or as ``error.message`` of a JournalError). :func:`render` looks the template up in
the loaded translations under the context ``"messages"``, then fills in its values:
values that are messages are rendered the same way, and a number written with a
thousands separator (``{count:,}``) or a :class:`~journal_app.messages.Day` follows the
person's locale. A translation that is broken (a field the English doesn't have, a stray
brace, a field reaching into a value) is ignored for the English, so a bad catalogue can
never hide what went wrong.
"""

from __future__ import annotations

import logging
import string
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal_app.domain.errors import JournalError
from journal_app.messages import CONTEXT, Day, Message

log = logging.getLogger(__name__)

Renderable = Message | BaseException | str


class _Formatter(string.Formatter):
    """str.format, with nested messages rendered and grouped numbers in the locale's way."""

    def __init__(self, locale: QLocale) -> None:
        self._locale = QLocale(locale)
        # The C locale leaves out the separator; "{count:,}" asks for one in every locale.
        self._locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)

    def get_field(self, field_name: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> Any:
        # Only a plain name: a translation can't reach into a value ("{name.__class__}").
        if not field_name.isidentifier():
            raise KeyError(field_name)
        return kwargs[field_name], field_name

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Message):
            return format(_render(value, self._locale), format_spec)
        if isinstance(value, Day):
            shape = ("d MMM" if value.month == "short" else "d MMMM") + (
                " yyyy" if value.year else ""
            )
            when = QDate(value.day.year, value.day.month, value.day.day)
            return format(self._locale.toString(when, shape), format_spec)
        if format_spec == "," and isinstance(value, int) and not isinstance(value, bool):
            return str(self._locale.toString(value))
        return str(super().format_field(value, format_spec))


def _render(message: Message, locale: QLocale) -> str:
    template = QCoreApplication.translate(CONTEXT, message.template)  # i18n: marked
    formatter = _Formatter(locale)
    if template != message.template:
        try:
            return formatter.vformat(template, (), dict(message.params))
        except (KeyError, IndexError, ValueError, TypeError, AttributeError):
            # Only the template's shape is logged: never the values, which may be private.
            log.warning("A translated message doesn't fit its values: %r", message.template)
    return formatter.vformat(message.template, (), dict(message.params))


def render(item: Renderable, locale: QLocale | None = None) -> str:
    """The words to show for a message, an error that carries one, or text already in words.

    An exception without a ``message`` (not one of Afterglow's) gives its own text.
    """
    where = locale if locale is not None else QLocale()
    if isinstance(item, Message):
        return _render(item, where)
    if isinstance(item, JournalError):
        return _render(item.message, where)
    if isinstance(item, BaseException):
        message = getattr(item, "message", None)
        return _render(message, where) if isinstance(message, Message) else str(item)
    return item


def render_all(items: Sequence[Renderable]) -> list[str]:
    """Each of ``items`` rendered."""
    return [render(item) for item in items]
