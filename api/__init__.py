"""qkg api package."""
