"""minutebook: keeps a council board's record and runs its paper cycle."""

__version__ = "0.1.0"
