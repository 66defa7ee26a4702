"""Notifications through a fake org.freedesktop.Notifications on a private bus, and the tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QSystemTrayIcon

from journal_app.services.reminder_times import REMINDED
from journal_app.ui.notify import DESKTOP, NOWHERE, TRAY, Notifier, desktop_bus
from journal_app.ui.reminders import Reminders
from tests.ui.dbus_helpers import connection, fake_server, private_bus

# The offscreen platform has no tray window to follow; a real desktop does.
OFFSCREEN_TRAY = pytest.mark.qt_log_ignore("systemTrayWindowChanged")


@pytest.fixture(scope="module")
def address() -> Iterator[str]:
    with private_bus() as found:
        yield found


@pytest.fixture
def client(qapp, address) -> Iterator[QDBusConnection]:
    with connection(address) as bus:
        yield bus


@pytest.fixture
def tray_messages(monkeypatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QSystemTrayIcon, "showMessage", lambda self, title, text, *rest: shown.append((title, text))
    )
    return shown


def sent(qtbot, notifier: Notifier, summary: str = "Afterglow", body: str = "A moment.") -> bool:
    results: list[bool] = []
    notifier.send(summary, body, results.append)
    qtbot.waitUntil(lambda: results != [], timeout=10_000)
    return results[0]


def test_a_notice_goes_to_the_notification_server_with_only_its_words(qtbot, client, address):
    notifier = Notifier(client, tray_available=lambda: False)
    with fake_server(address) as server:
        assert notifier.route() == DESKTOP
        assert sent(qtbot, notifier, "Afterglow", "A moment for reflection is here.") is True
        call = server.next_call()
        assert server.stop() == ""  # one call, no more
    assert call["summary"] == "Afterglow" and call["body"] == "A moment for reflection is here."
    assert call["app_name"] == "Afterglow" and call["replaces_id"] == 0
    assert call["actions"] == [] and call["hints"] == {} and call["expire_timeout"] == -1
    assert call["app_icon"].startswith("file://") and call["app_icon"].endswith("afterglow.svg")


@OFFSCREEN_TRAY
def test_a_server_that_gives_no_id_has_not_shown_it_so_the_tray_does(
    qtbot, client, address, tray_messages
):
    notifier = Notifier(client, tray_available=lambda: True)
    with fake_server(address, "0") as server:
        assert sent(qtbot, notifier, "Afterglow", "Hello") is True
        assert server.next_call()["body"] == "Hello"
    assert tray_messages == [("Afterglow", "Hello")]


def test_a_server_without_the_standard_notify_is_not_called(qtbot, client, address):
    notifier = Notifier(client, tray_available=lambda: False)
    with fake_server(address, "--not-the-spec") as stranger:
        assert sent(qtbot, notifier) is False
        assert stranger.stop() == ""


@OFFSCREEN_TRAY
def test_without_a_server_the_tray_shows_it(qtbot, client, tray_messages):
    notifier = Notifier(client, tray_available=lambda: True)
    assert notifier.route() == TRAY
    assert sent(qtbot, notifier, "Afterglow", "Hi") is True
    assert tray_messages == [("Afterglow", "Hi")]
    notifier.hide()


def test_with_neither_nothing_is_shown_and_it_says_so(qtbot, client, tray_messages):
    notifier = Notifier(client, tray_available=lambda: False)
    assert notifier.route() == NOWHERE
    assert sent(qtbot, notifier) is False
    assert tray_messages == []


def test_no_session_bus_at_all_is_nowhere(qtbot, tray_messages):
    notifier = Notifier(QDBusConnection("afterglow-never-connected"), tray_available=lambda: False)
    assert notifier.route() == NOWHERE
    assert sent(qtbot, notifier) is False


def test_the_offscreen_platform_never_reaches_a_real_desktop(qapp):
    assert not desktop_bus().isConnected()


# Reminders over the bus, end to end


@pytest.fixture
def journey(unlocked):
    unlocked.journeys.add(datetime(2026, 3, 13, 10, 0), intention="Ketamine: my secret")
    return unlocked


def test_a_due_step_is_shown_over_dbus_then_marked_and_says_nothing_private(
    qtbot, journey, client, address
):
    reminders = Reminders(journey, notifier=Notifier(client, tray_available=lambda: False))
    with fake_server(address) as server:
        assert reminders.check(datetime(2026, 3, 14, 12, 0)) != []
        qtbot.waitUntil(lambda: bool(journey.settings.get(REMINDED)), timeout=10_000)
        call = server.next_call()
    words = (call["summary"] + call["body"]).lower()
    assert "ketamine" not in words and "secret" not in words and "session" not in words
    assert reminders.check(datetime(2026, 3, 14, 12, 1)) == []  # once only
    reminders.stop()


def test_a_step_that_could_not_be_shown_is_not_marked(qtbot, journey, client):
    reminders = Reminders(journey, notifier=Notifier(client, tray_available=lambda: False))
    assert reminders.check(datetime(2026, 3, 14, 12, 0)) != []
    qtbot.waitUntil(lambda: not reminders._sending, timeout=10_000)
    assert journey.settings.get(REMINDED) == []
    assert reminders.check(datetime(2026, 3, 14, 12, 1)) != []  # tried again
    reminders.stop()
