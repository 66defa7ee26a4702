"""Afterglow: a private journal for psychedelic-assisted therapy."""

__version__ = "0.1.0"
