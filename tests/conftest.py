"""Shared fixtures.  Tests run against the real PostgreSQL + pgvector (embedded or
DATABASE_URL) with production settings (DEBUG off); see config/settings_test.py."""
