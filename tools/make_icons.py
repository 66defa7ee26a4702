"""Render the app icon's PNGs, one per hicolor size, from resources/icons/afterglow.svg.

    python tools/make_icons.py           # write resources/icons/hicolor/<N>x<N>/apps/*.png
    python tools/make_icons.py --check   # non-zero if a PNG is missing or out of date

The PNGs are committed, so a desktop (and the window icon) never needs an SVG renderer.
Run it after changing the SVG; a test runs ``--check``'s comparison. See docs/desktop.md.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from journal_app.services.desktop_entry import ICON_SIZES, icon_name  # noqa: E402

SVG = ROOT / "resources" / "icons" / "afterglow.svg"
HICOLOR = ROOT / "resources" / "icons" / "hicolor"
TOLERANCE = 1.0  # mean difference per channel, out of 255


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn at ``size`` × ``size`` pixels on a transparent background."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    """The image as PNG, without a timestamp or anything else that changes between runs."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def wanted(svg: Path = SVG) -> dict[str, bytes]:
    """Every PNG, by its path under hicolor/."""
    return {icon_name(size): png_bytes(render(svg, size)) for size in ICON_SIZES}


def difference(one: QImage, other: QImage) -> float:
    """The mean difference of two same-sized images' channels, 0 to 255 (inf if sizes differ).

    Another Qt may antialias an edge a shade differently; a changed drawing differs a lot.
    """
    if one.size() != other.size():
        return float("inf")
    arrays = []
    for image in (one, other):
        image = image.convertToFormat(QImage.Format.Format_RGBA8888)
        raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=image.sizeInBytes())
        arrays.append(raw.astype(np.int16))
    return float(np.abs(arrays[0] - arrays[1]).mean())


def stale(folder: Path = HICOLOR, svg: Path = SVG) -> list[str]:
    """The PNGs under ``folder`` that are missing or differ from the SVG's rendering."""
    found = []
    for size in ICON_SIZES:
        path = folder / icon_name(size)
        image = QImage(str(path)) if path.is_file() else QImage()
        if image.isNull() or difference(image, render(svg, size)) > TOLERANCE:
            found.append(icon_name(size))
    return found


def write(folder: Path = HICOLOR, svg: Path = SVG) -> list[Path]:
    """Write every PNG under ``folder``; return their paths."""
    written = []
    for name, data in wanted(svg).items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    QGuiApplication.instance() or QGuiApplication([])
    if args.check:
        problems = stale()
        for name in problems:
            print(f"out of date: resources/icons/hicolor/{name} (run tools/make_icons.py)")
        return 1 if problems else 0
    for path in write():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
