"""Give a widget an object name in one typed step."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

ObjectT = TypeVar("ObjectT", bound=QObject)


def named(obj: ObjectT, name: str) -> ObjectT:
    """Set ``obj``'s object name (used by the style sheet) and return it.

    PySide's type stubs do not know the ``objectName=`` keyword that every
    Qt constructor accepts, so ``QLabel(text, objectName="muted")`` does not
    type-check; ``named(QLabel(text), "muted")`` does the same thing and does.
    """
    obj.setObjectName(name)
    return obj
