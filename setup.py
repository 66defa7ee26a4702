"""Ship the top-level resources/ folder inside the package as ``journal_app.resources``.

pyproject.toml holds everything else; setuptools cannot yet say "find these packages,
and this one too" in pyproject alone.
"""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["journal_app", "journal_app.*"]), "journal_app.resources"])
