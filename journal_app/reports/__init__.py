"""The therapist summary: the data for a period, its layout, and printing or PDF."""
