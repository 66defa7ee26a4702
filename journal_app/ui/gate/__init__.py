"""The gate in front of the journal: the first-run flow and the unlock page."""
