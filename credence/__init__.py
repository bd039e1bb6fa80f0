"""credence: source-reliability scoring for news figures (this package is the pure core, cli.py aside)."""

__version__ = "0.1.0"
