"""Sign-ups remember when they moved up from the waiting list (for the call list)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('event_signup') as batch:
        batch.add_column(sa.Column('moved_up_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('event_signup') as batch:
        batch.drop_column('moved_up_at')
