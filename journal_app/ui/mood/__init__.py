"""The Mood page: check-ins, questionnaires, their history and the chart."""
