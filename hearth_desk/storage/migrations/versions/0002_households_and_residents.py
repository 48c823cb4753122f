"""Households at the doors of units, and their residents.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "household",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("door", sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(["unit_id"], ["grid_node.id"], ondelete="RESTRICT",
                                name=op.f("fk_household_unit_id_grid_node")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_household")),
    )
    op.create_index("ix_household_unit_door", "household", ["unit_id", "door"], unique=False)
    op.create_table(
        "resident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("household_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("relation", sa.String(length=20), nullable=False),
        sa.Column("work_unit", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.CheckConstraint("gender IN ('M', 'F')", name=op.f("ck_resident_gender")),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"], ondelete="RESTRICT",
                                name=op.f("fk_resident_household_id_household")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resident")),
        sa.UniqueConstraint("id_number", name=op.f("uq_resident_id_number")),
    )
    op.create_index(op.f("ix_resident_household_id"), "resident", ["household_id"], unique=False)
    op.create_index(op.f("ix_resident_name"), "resident", ["name"], unique=False)
    op.create_index(op.f("ix_resident_birth_date"), "resident", ["birth_date"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_resident_birth_date"), table_name="resident")
    op.drop_index(op.f("ix_resident_name"), table_name="resident")
    op.drop_index(op.f("ix_resident_household_id"), table_name="resident")
    op.drop_table("resident")
    op.drop_index("ix_household_unit_door", table_name="household")
    op.drop_table("household")
