"""Validated questionnaires: definitions from resources/instruments, exact scoring."""
