"""polcmp: compare Chinese policy lists item by item."""

__version__ = "0.1.0"
