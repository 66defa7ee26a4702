"""Before Qt starts: can it open a window here? If not, say which system package to add.

Qt aborts the whole process (exit 134, a screenful of plugin messages) inside
``QApplication()`` when its display plugin can't load, which on a fresh Linux desktop
usually means one missing library such as ``libxcb-cursor0``. This module looks first,
without importing Qt, so ``journal-app`` can say so in one sentence instead.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping

# What Qt's own libraries load from the system (their ELF NEEDED entries, beyond Qt and
# the C/C++ runtime), with the Debian/Ubuntu package that holds each one. A test reads
# the installed PySide6's plugins and keeps these lists complete.
QT_GUI = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
}
XCB = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
WAYLAND = {
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
NO_SCREEN = (
    "Afterglow found no screen to open its window on (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set); its commands work without one: see journal-app --help."
)


def platforms_to_try(env: Mapping[str, str]) -> list[str]:
    """The display plugins Qt will try, in order, as Qt 6 chooses them on Linux."""
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        names = (part.split(":")[0].strip() for part in chosen.split(";"))
        return [name for name in names if name]
    order = []
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        order.append("wayland")
    if env.get("DISPLAY"):
        order.append("xcb")
    return order


def _libraries(platform_name: str) -> dict[str, str] | None:
    if platform_name == "xcb":
        return {**QT_GUI, **XCB}
    if platform_name.startswith("wayland"):
        return {**QT_GUI, **WAYLAND}
    return None  # offscreen, vnc, eglfs...: someone chose it on purpose; let Qt judge


def loads(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname``, as it will when Qt asks for it."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def _sentence(packages: list[str]) -> str:
    listed = " ".join(packages)
    if len(packages) == 1:
        what, it = f"the system package {packages[0]}", "it"
    else:
        named = ", ".join(packages[:-1]) + f" and {packages[-1]}"
        what, it = f"the system packages {named}", "them"
    return (
        f"Afterglow needs {what} to open its window; on Debian or Ubuntu, install {it} "
        f"with: sudo apt install {listed}"
    )


def check_display_libraries(
    env: Mapping[str, str] | None = None,
    *,
    system: str = sys.platform,
    loadable: Callable[[str], bool] = loads,
) -> str | None:
    """Say in one sentence why Qt could not open a window here, or None if it can."""
    if not system.startswith("linux"):
        return None
    env = os.environ if env is None else env
    platforms = platforms_to_try(env)
    if not platforms:
        return NO_SCREEN
    wanted: list[list[str]] = []
    for name in platforms:
        libraries = _libraries(name)
        if libraries is None:
            return None
        missing = sorted({package for soname, package in libraries.items() if not loadable(soname)})
        if not missing:
            return None  # Qt tries the plugins in turn; this one will load
        wanted.append(missing)
    # Nothing will load. On a desktop the X11 route (Xwayland too) is the usual way in.
    return _sentence(wanted[platforms.index("xcb")] if "xcb" in platforms else wanted[0])
