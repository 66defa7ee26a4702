"""Text the core hands to the interface: an English template, marked for translation, and values.

The domain, services, storage, backup and crypto layers never translate: they build a
:class:`Message` from a template marked with :func:`QT_TRANSLATE_NOOP` under the context
``"messages"``. ``str(message)`` is the English sentence (the command line prints it);
the window renders it in the person's language with ``journal_app.ui.messages.render``.

A template is a literal ``str.format`` pattern with named fields, ``"{count:,} entries"``,
never an f-string: ``pyside6-lupdate`` reads the source and collects only literals. For
one and many, write two templates and pick one in code, as the English does.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from types import MappingProxyType
from typing import Final, Literal

CONTEXT: Final = "messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate knows
    """Mark ``text`` for translation under ``context`` and return it unchanged."""
    return text


class Message:
    """One sentence (or phrase) for a person: a template and the values for its fields.

    Values may themselves be messages (a phrase inside a sentence); they are rendered too.
    Frozen and hashable by template; equal when the template and values are.
    """

    __slots__ = ("_params", "_template")
    _template: str
    _params: Mapping[str, object]

    def __init__(self, template: str, /, **params: object) -> None:
        object.__setattr__(self, "_template", template)
        object.__setattr__(self, "_params", MappingProxyType(dict(params)))

    @property
    def template(self) -> str:
        return self._template

    @property
    def params(self) -> Mapping[str, object]:
        return self._params

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("a Message can't be changed")

    def __str__(self) -> str:
        """The English sentence."""
        return self.template.format(**self.params)

    def __repr__(self) -> str:
        return f"Message({self.template!r}, **{dict(self.params)!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Message):
            return NotImplemented
        return self.template == other.template and dict(self.params) == dict(other.params)

    def __hash__(self) -> int:
        return hash(self.template)


_SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_LONG_MONTHS = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)


@dataclass(frozen=True, slots=True)
class Day:
    """A date as a value in a message: "9 Mar 2026", or "9 March" with ``month="long"``.

    The window says it with the locale's month names; ``str()`` is the English.
    """

    day: date
    month: Literal["short", "long"] = "short"
    year: bool = True

    def __str__(self) -> str:
        names = _SHORT_MONTHS if self.month == "short" else _LONG_MONTHS
        words = f"{self.day.day} {names[self.day.month - 1]}"
        return f"{words} {self.day.year}" if self.year else words


VERBATIM: Final = QT_TRANSLATE_NOOP("messages", "{text}")


def verbatim(text: str) -> Message:
    """A message that is already words (a file name, another program's reason): never translated."""
    return Message(VERBATIM, text=text)


def as_message(text: Message | str) -> Message:
    """``text`` as a Message: a Message as it is, plain text :func:`verbatim`."""
    return text if isinstance(text, Message) else verbatim(text)


def phrase(text: Message | str) -> Message:
    """A phrase marked with QT_TRANSLATE_NOOP elsewhere (or a Message), to put in a sentence.

    Unlike :func:`verbatim`, the text is looked up in the translation: it is a template
    without fields, such as ``NOT_SAVED = QT_TRANSLATE_NOOP("messages", "this couldn't be saved")``.
    """
    if isinstance(text, Message):
        return text
    return Message(text.replace("{", "{{").replace("}", "}}"))


def joined(parts: list[Message], separator: Message | str = " ") -> Message:
    """Several messages said one after another (each translated on its own)."""
    fields = {f"part{index}": part for index, part in enumerate(parts)}
    if isinstance(separator, str):
        separator = verbatim(separator)
    template = "{separator}".join("{" + name + "}" for name in fields)
    return Message(template, separator=separator, **fields) if parts else verbatim("")
