"""The vault file on disk: sqlite-utils database, migrations, sealed record rows."""
