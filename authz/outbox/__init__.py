"""A transactional outbox: background work recorded in the transaction that causes it.

See ``authz.outbox.services`` and docs/reliability.md.
"""
