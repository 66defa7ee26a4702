"""Qt widgets, pages, dialogs and view-models: the only code that builds widgets."""
