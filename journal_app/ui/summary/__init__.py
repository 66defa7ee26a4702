"""The Summary page: choose what to share with a therapist, preview it, print or save it."""
