"""The community and its grid of compounds, buildings and units.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "community",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("street", sa.String(length=100), nullable=False),
        sa.Column("district", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.func.now(),
                  nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_community")),
    )
    op.create_table(
        "grid_node",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("level", sa.String(length=10), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("leader_name", sa.String(length=50), nullable=True),
        sa.Column("leader_phone", sa.String(length=20), nullable=True),
        sa.CheckConstraint("level IN ('compound', 'building', 'unit')",
                           name=op.f("ck_grid_node_level")),
        sa.CheckConstraint("(level = 'compound') = (parent_id IS NULL)",
                           name=op.f("ck_grid_node_only_compounds_are_roots")),
        sa.ForeignKeyConstraint(["parent_id"], ["grid_node.id"], ondelete="RESTRICT",
                                name=op.f("fk_grid_node_parent_id_grid_node")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grid_node")),
        sa.UniqueConstraint("parent_id", "name", name=op.f("uq_grid_node_parent_id")),
    )
    op.create_index(op.f("ix_grid_node_parent_id"), "grid_node", ["parent_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_grid_node_parent_id"), table_name="grid_node")
    op.drop_table("grid_node")
    op.drop_table("community")
