"""qkg query package."""
