"""ProctorX: a terminal judge for programming problems."""

__version__ = "0.1.0"
