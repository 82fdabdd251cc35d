"""The domain: plain Python, no Qt, no database."""
