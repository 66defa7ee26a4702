"""The Journeys page: each session, from preparation to the month after."""
