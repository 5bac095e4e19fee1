"""The JSON API of the public record (django-ninja; OpenAPI at /api/openapi.json, docs at /api/docs)."""
