"""Backup files: the format, export, verify, restore and merge, imports and exports."""
