"""Spiders: `urls` (a list of URLs) and `news` (every registered site)."""
