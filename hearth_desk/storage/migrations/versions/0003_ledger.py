"""The household ledger: care tags, resident status, search keys, addresses, change records.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

SEED_CARE_TAGS = ("独居老人", "空巢老人", "困难家庭", "低保", "残疾", "退役军人", "党员", "高龄")


def upgrade() -> None:
    with op.batch_alter_table("community") as batch:
        batch.add_column(sa.Column("leader_name", sa.String(length=50), nullable=True))
        batch.add_column(sa.Column("leader_phone", sa.String(length=20), nullable=True))
    with op.batch_alter_table("household") as batch:
        batch.add_column(sa.Column("address", sa.String(length=200), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("sort_key", sa.String(length=80), nullable=False,
                                   server_default=""))
    with op.batch_alter_table("resident") as batch:
        batch.add_column(sa.Column("status", sa.String(length=10), nullable=False,
                                   server_default="living"))
        batch.add_column(sa.Column("status_date", sa.Date(), nullable=True))
        batch.add_column(sa.Column("search_key", sa.String(length=300), nullable=False,
                                   server_default=""))
        batch.add_column(sa.Column("updated_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("updated_by", sa.String(length=50), nullable=True))
        batch.create_check_constraint(
            "status", "status IN ('living', 'moved_out', 'deceased')"
        )
    # The defaults served existing rows; new rows get theirs from the program.
    with op.batch_alter_table("household") as batch:
        batch.alter_column("address", server_default=None)
        batch.alter_column("sort_key", server_default=None)
    with op.batch_alter_table("resident") as batch:
        batch.alter_column("status", server_default=None)
        batch.alter_column("search_key", server_default=None)

    care_tag = op.create_table(
        "care_tag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=30), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_tag")),
        sa.UniqueConstraint("name", name=op.f("uq_care_tag_name")),
    )
    op.create_table(
        "resident_care_tag",
        sa.Column("resident_id", sa.Integer(), nullable=False),
        sa.Column("care_tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["care_tag_id"], ["care_tag.id"], ondelete="RESTRICT",
                                name=op.f("fk_resident_care_tag_care_tag_id_care_tag")),
        sa.ForeignKeyConstraint(["resident_id"], ["resident.id"], ondelete="CASCADE",
                                name=op.f("fk_resident_care_tag_resident_id_resident")),
        sa.PrimaryKeyConstraint("resident_id", "care_tag_id",
                                name=op.f("pk_resident_care_tag")),
    )
    op.create_index(op.f("ix_resident_care_tag_care_tag_id"), "resident_care_tag",
                    ["care_tag_id"], unique=False)
    op.create_table(
        "change_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=50), nullable=False),
        sa.Column("entity", sa.String(length=20), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("details", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_record")),
    )
    op.create_index("ix_change_record_entity", "change_record", ["entity", "entity_id"],
                    unique=False)
    op.bulk_insert(care_tag, [{"name": name, "sort_order": i}
                              for i, name in enumerate(SEED_CARE_TAGS)])
    _fill_derived_columns()


def _fill_derived_columns() -> None:
    """Addresses and pinyin keys of rows written before this revision."""
    from hearth_desk.domain.pinyin import name_search_key

    bind = op.get_bind()
    bind.execute(sa.text(
        "UPDATE household SET address = (SELECT c.name || b.name || u.name FROM grid_node u "
        "JOIN grid_node b ON b.id = u.parent_id JOIN grid_node c ON c.id = b.parent_id "
        "WHERE u.id = household.unit_id) || door"
    ))
    from hearth_desk.domain.grid_order import household_sort_key

    nodes = {
        node_id: (parent_id, order or 0)
        for node_id, parent_id, order in bind.execute(
            sa.text("SELECT id, parent_id, sort_order FROM grid_node")
        )
    }

    def path(node_id):
        chain = []
        while node_id is not None:
            parent_id, order = nodes[node_id]
            chain.append((order, node_id))
            node_id = parent_id
        return chain[::-1]

    households = bind.execute(sa.text("SELECT id, unit_id, door FROM household")).all()
    keys = [{"key": household_sort_key(path(unit_id), door), "id": id_}
            for id_, unit_id, door in households]
    if keys:
        bind.execute(sa.text("UPDATE household SET sort_key = :key WHERE id = :id"), keys)
    rows = bind.execute(sa.text("SELECT id, name FROM resident")).all()
    keys = [{"key": name_search_key(name), "id": id_} for id_, name in rows]
    if keys:
        bind.execute(sa.text("UPDATE resident SET search_key = :key WHERE id = :id"), keys)


def downgrade() -> None:
    op.drop_index("ix_change_record_entity", table_name="change_record")
    op.drop_table("change_record")
    op.drop_index(op.f("ix_resident_care_tag_care_tag_id"), table_name="resident_care_tag")
    op.drop_table("resident_care_tag")
    op.drop_table("care_tag")
    with op.batch_alter_table("resident") as batch:
        batch.drop_constraint("status", type_="check")
        for column in ("updated_by", "updated_at", "search_key", "status_date", "status"):
            batch.drop_column(column)
    with op.batch_alter_table("household") as batch:
        batch.drop_column("sort_key")
        batch.drop_column("address")
    with op.batch_alter_table("community") as batch:
        batch.drop_column("leader_phone")
        batch.drop_column("leader_name")
