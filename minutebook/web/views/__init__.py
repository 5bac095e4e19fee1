"""Views of the public pages: thin, read-only (GET/HEAD), each rendering one template."""
