"""sopdesk: keep the SOP AP (Permenpan RB 35/2012) of a regional secretariat."""

__version__ = "0.1.0"  # the one version (pyproject.toml reads it)
