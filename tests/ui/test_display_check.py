"""Before Qt starts, a missing display library is named in one sentence (issue 11)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

from journal_app.ui import display_check
from journal_app.ui.display_check import (
    NO_SCREEN,
    QT_GUI,
    WAYLAND,
    XCB,
    check_display_libraries,
    platforms_to_try,
)

X11 = {"DISPLAY": ":0"}


def all_but(*absent: str):
    return lambda soname: soname not in absent


def test_a_missing_xcb_cursor_library_is_named_with_its_package():
    message = check_display_libraries(X11, system="linux", loadable=all_but("libxcb-cursor.so.0"))
    assert message == (
        "Afterglow needs the system package libxcb-cursor0 to open its window; on Debian "
        "or Ubuntu, install it with: sudo apt install libxcb-cursor0"
    )


def test_several_missing_libraries_are_named_once_each():
    message = check_display_libraries(
        X11,
        system="linux",
        loadable=all_but("libxcb-icccm.so.4", "libglib-2.0.so.0", "libgthread-2.0.so.0"),
    )
    assert message is not None
    assert "the system packages libglib2.0-0 and libxcb-icccm4 to open" in message
    assert message.endswith("sudo apt install libglib2.0-0 libxcb-icccm4")


def test_nothing_is_said_when_everything_loads():
    assert check_display_libraries(X11, system="linux", loadable=lambda _: True) is None


def test_the_real_lookup_finds_what_this_machine_has_and_not_what_it_lacks():
    assert display_check.loads("libc.so.6")
    assert not display_check.loads("libafterglow-no-such-library.so.0")


@pytest.mark.parametrize("platform", ["offscreen", "minimal", "vnc:size=800x600"])
def test_a_platform_chosen_on_purpose_is_left_to_qt(platform):
    env = {"QT_QPA_PLATFORM": platform, **X11}
    assert check_display_libraries(env, system="linux", loadable=lambda _: False) is None


def test_a_working_wayland_session_needs_no_xcb_cursor():
    env = {"WAYLAND_DISPLAY": "wayland-0", **X11}
    loadable = all_but("libxcb-cursor.so.0")
    assert check_display_libraries(env, system="linux", loadable=loadable) is None


def test_when_neither_plugin_loads_the_x11_packages_are_named():
    env = {"WAYLAND_DISPLAY": "wayland-0", **X11}
    loadable = all_but("libxcb-cursor.so.0", "libwayland-cursor.so.0")
    message = check_display_libraries(env, system="linux", loadable=loadable)
    assert message is not None and message.endswith("sudo apt install libxcb-cursor0")


def test_wayland_alone_names_the_wayland_package():
    env = {"QT_QPA_PLATFORM": "wayland"}
    loadable = all_but("libwayland-cursor.so.0")
    message = check_display_libraries(env, system="linux", loadable=loadable)
    assert message is not None and message.endswith("sudo apt install libwayland-cursor0")


def test_no_screen_at_all_is_said_plainly():
    assert check_display_libraries({}, system="linux", loadable=lambda _: True) == NO_SCREEN


@pytest.mark.parametrize("system", ["darwin", "win32"])
def test_other_systems_are_left_to_qt(system):
    assert check_display_libraries({}, system=system, loadable=lambda _: False) is None


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (X11, ["xcb"]),
        ({"XDG_SESSION_TYPE": "wayland", **X11}, ["wayland", "xcb"]),
        ({"QT_QPA_PLATFORM": "xcb;wayland", **X11}, ["xcb", "wayland"]),
        ({"QT_QPA_PLATFORM": "wayland-egl:option"}, ["wayland-egl"]),
        ({}, []),
    ],
)
def test_platforms_are_tried_in_qts_order(env, expected):
    assert platforms_to_try(env) == expected


# The tables must list everything the installed Qt's display plugins load from the system.

# Qt's own libraries and the C/C++ runtime, which every Linux system has.
NOT_SYSTEM = ("libQt6", "libicu", "libc.", "libm.", "libstdc++", "libgcc_s", "ld-linux", "libdl.")


def needed(path: Path) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1
    shoff, shentsize, shnum = (
        struct.unpack_from("<Q", data, 0x28)[0],
        *struct.unpack_from("<HH", data, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    names = []
    for section in sections:
        if section[1] != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[section[6]][4]  # sh_link -> the string table's file offset
        for offset in range(section[4], section[4] + section[5], 16):
            tag, value = struct.unpack_from("<qQ", data, offset)
            if tag == 1:  # DT_NEEDED
                names.append(data[strtab + value : data.index(b"\0", strtab + value)].decode())
    return names


def system_needs(*paths: Path) -> set[str]:
    found = {name for path in paths for name in needed(path)}
    return {name for name in found if not name.startswith(NOT_SYSTEM)}


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Qt's Linux plugins")
def test_the_tables_cover_what_the_installed_qt_loads():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    gui = [qt / "lib/libQt6Gui.so.6", qt / "lib/libQt6DBus.so.6", qt / "lib/libQt6Core.so.6"]
    xcb = [qt / "plugins/platforms/libqxcb.so", qt / "lib/libQt6XcbQpa.so.6"]
    wayland = [qt / "plugins/platforms/libqwayland.so", qt / "lib/libQt6WaylandClient.so.6"]
    assert system_needs(*gui, *xcb) <= set(QT_GUI) | set(XCB)
    assert system_needs(*gui, *wayland) <= set(QT_GUI) | set(WAYLAND)
