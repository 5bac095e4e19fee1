"""Full-text search over the record: SQLite FTS5 by default, PostgreSQL full-text on PostgreSQL."""
