"""qkg graph package."""
