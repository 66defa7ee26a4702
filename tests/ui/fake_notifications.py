"""A fake org.freedesktop.Notifications, run as its own process on a private bus.

    python fake_notifications.py ADDRESS [ANSWER] [--not-the-spec]

Prints READY once it owns the name, then one JSON line per Notify call, before it
answers with ANSWER (7 unless given). ``--not-the-spec`` serves a Notify that takes one
string, which Afterglow must not call. Its own process, because a server in the test's
process would need the interpreter while the call waits for it.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection

SERVICE = PATH_INTERFACE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


class Notifications(QObject):
    """The spec's Notify: it reports every call on standard output."""

    def __init__(self, answer: int) -> None:
        super().__init__()
        self.answer = answer

    @Slot(str, "uint", str, str, str, "QStringList", "QVariantMap", int, result="uint")
    def Notify(  # noqa: N802 - the D-Bus method's own name
        self,
        app_name: str,
        replaces_id: int,
        app_icon: str,
        summary: str,
        body: str,
        actions: list[str],
        hints: dict[str, Any],
        expire_timeout: int,
    ) -> int:
        call = {
            "app_name": app_name,
            "replaces_id": replaces_id,
            "app_icon": app_icon,
            "summary": summary,
            "body": body,
            "actions": list(actions),
            "hints": dict(hints),
            "expire_timeout": expire_timeout,
        }
        print(json.dumps(call), flush=True)
        return self.answer


class NotTheSpec(QObject):
    """A Notify of another shape at the same name."""

    @Slot(str, result=str)
    def Notify(self, text: str) -> str:  # noqa: N802
        print(json.dumps({"not_the_spec": text}), flush=True)
        return text


def main(argv: list[str]) -> int:
    app = QCoreApplication([])
    bus = QDBusConnection.connectToBus(argv[1], "fake-notifications")
    numbers = [a for a in argv[2:] if a.isdigit()]
    server = (
        NotTheSpec()
        if "--not-the-spec" in argv
        else Notifications(int(numbers[0]) if numbers else 7)
    )
    options = QDBusConnection.RegisterOption.ExportAllSlots
    if not (
        bus.registerObject(PATH, PATH_INTERFACE, server, options) and bus.registerService(SERVICE)
    ):
        print("FAILED", flush=True)
        return 1
    print("READY", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
