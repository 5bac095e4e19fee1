"""The public web pages of the record: server-rendered, read-only, accessible."""
