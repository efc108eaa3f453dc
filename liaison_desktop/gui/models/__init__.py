"""Qt item models over the database: lists that stay fast at any size (ids plus lazy rows)."""
