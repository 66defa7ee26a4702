"""The Journal page: the entry list with search and filters, and the editor beside it."""
