"""Backups in the window: the Settings card, exporting, verifying, restoring and merging."""
