"""Use cases over an unlocked vault: plain classes, no Qt."""
