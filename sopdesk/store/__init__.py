"""Persistence: SQLAlchemy 2 models, engine factory, Alembic migrations, repositories.

No Qt here. Repositories return plain domain values and raise only `StoreError` subclasses.
"""
