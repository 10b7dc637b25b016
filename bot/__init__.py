"""Sumber's Telegram layer: a thin shell over retrieval.Engine."""
