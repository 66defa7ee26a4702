"""Text, prompts, checklists and instruments shown to people, kept apart from logic."""
