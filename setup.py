"""Ship the top-level resources/ folder inside the package as ``journal_app.resources``.

pyproject.toml holds everything else; setuptools cannot yet say "find these packages,
and map this folder in too" in pyproject alone.
"""

from setuptools import find_namespace_packages, find_packages, setup

DATA = ["*.toml", "*.svg", "*.qss", "*.desktop", "*.png", "*.md", "*.qm", "*.xml"]
resources = [
    "journal_app.resources",
    *(f"journal_app.resources.{name}" for name in find_namespace_packages(where="resources")),
]

setup(
    packages=[*find_packages(include=["journal_app", "journal_app.*"]), *resources],
    package_dir={"journal_app.resources": "resources"},
    package_data={name: DATA for name in resources},
)
