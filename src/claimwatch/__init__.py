"""claimwatch: who claimed what about which AI model's size, when, and whether it held up."""

__version__ = "0.1.0"
