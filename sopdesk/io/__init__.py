"""Files in and out: the exchange format, PDF sheets. No Qt here."""
