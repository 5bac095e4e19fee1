"""The reading core: a meeting pack's bytes in, a PackRecord out.

Pure Python (no Django), so any worker can run it.  The flow is one way:
source bytes -> Lines (sources) -> documents (segment) -> readers -> PackRecord (record).
"""

from minutebook.packs.errors import PackError
from minutebook.packs.record import PackRecord

__all__ = ["PackError", "PackRecord"]
