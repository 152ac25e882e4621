"""qkg ingest package."""
