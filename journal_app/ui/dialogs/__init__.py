"""Dialogs and small widgets shared by several screens."""
