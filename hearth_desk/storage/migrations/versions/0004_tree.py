"""The connected-heart tree: party organisation, service teams, members, partner units.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "party_organisation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("secretary", sa.String(length=50), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('committee', 'general_branch', 'branch')",
            name=op.f("ck_party_organisation_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["party_organisation.id"],
            name=op.f("fk_party_organisation_parent_id_party_organisation"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_party_organisation")),
    )
    op.create_table(
        "service_team",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("promise", sa.String(length=200), nullable=True),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_team")),
        sa.UniqueConstraint("name", name=op.f("uq_service_team_name")),
    )
    op.create_table(
        "member",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=50), nullable=False),
        sa.Column("gender", sa.String(length=1), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("id_number", sa.String(length=18), nullable=True),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("political_status", sa.String(length=15), nullable=False),
        sa.Column("join_date", sa.Date(), nullable=True),
        sa.Column("branch_id", sa.Integer(), nullable=True),
        sa.Column("work_unit", sa.String(length=100), nullable=True),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.Column("dual_registered", sa.Boolean(), nullable=False),
        sa.Column("dual_organisation", sa.String(length=100), nullable=True),
        sa.Column("skills", sa.String(length=200), nullable=True),
        sa.Column("resident_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("search_key", sa.String(length=300), nullable=False),
        sa.CheckConstraint("gender IN ('M', 'F')", name=op.f("ck_member_gender_known")),
        sa.CheckConstraint(
            "political_status IN ('member', 'probationary', 'masses')",
            name=op.f("ck_member_political_status_known"),
        ),
        sa.ForeignKeyConstraint(
            ["branch_id"],
            ["party_organisation.id"],
            name=op.f("fk_member_branch_id_party_organisation"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["resident_id"],
            ["resident.id"],
            name=op.f("fk_member_resident_id_resident"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member")),
    )
    op.create_index("ix_member_id_number", "member", ["id_number"], unique=False)
    op.create_index(op.f("ix_member_resident_id"), "member", ["resident_id"], unique=False)
    op.create_table(
        "team_membership",
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.CheckConstraint(
            "role IN ('leader', 'deputy', 'member')", name=op.f("ck_team_membership_role_known")
        ),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["member.id"],
            name=op.f("fk_team_membership_member_id_member"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["service_team.id"],
            name=op.f("fk_team_membership_team_id_service_team"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("member_id", "team_id", name=op.f("pk_team_membership")),
    )
    op.create_index("ix_team_membership_team", "team_membership", ["team_id"], unique=False)
    op.create_table(
        "partner_unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("contact_name", sa.String(length=50), nullable=True),
        sa.Column("contact_phone", sa.String(length=20), nullable=True),
        sa.Column("offers", sa.Text(), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner_unit")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_unit_name")),
    )


def downgrade() -> None:
    op.drop_table("partner_unit")
    op.drop_index("ix_team_membership_team", table_name="team_membership")
    op.drop_table("team_membership")
    op.drop_index(op.f("ix_member_resident_id"), table_name="member")
    op.drop_index("ix_member_id_number", table_name="member")
    op.drop_table("member")
    op.drop_table("service_team")
    op.drop_table("party_organisation")
