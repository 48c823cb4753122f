"""Events: stalls, sign-ups with seats and a waiting list, services at stalls, helpers

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('event',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('end_time', sa.Time(), nullable=True),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('team_id', sa.Integer(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('signup_deadline', sa.Date(), nullable=True),
    sa.Column('notice', sa.Text(), nullable=True),
    sa.Column('contact_name', sa.String(length=50), nullable=True),
    sa.Column('contact_phone', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.CheckConstraint("kind IN ('service_day', 'volunteer', 'talk', 'culture', 'other')", name=op.f('ck_event_kind_known')),
    sa.CheckConstraint("status IN ('planned', 'running', 'finished', 'cancelled')", name=op.f('ck_event_status_known')),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_event_capacity_positive')),
    sa.ForeignKeyConstraint(['team_id'], ['service_team.id'], name=op.f('fk_event_team_id_service_team'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event'))
    )
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.create_index('ix_event_date', ['date'], unique=False)

    op.create_table('event_stall',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('unit_name', sa.String(length=100), nullable=False),
    sa.Column('service', sa.String(length=50), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_stall_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_unit.id'], name=op.f('fk_event_stall_partner_id_partner_unit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_stall'))
    )
    with op.batch_alter_table('event_stall', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_stall_event_id'), ['event_id'], unique=False)

    op.create_table('event_signup',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('walk_in_name', sa.String(length=50), nullable=True),
    sa.Column('walk_in_phone', sa.String(length=20), nullable=True),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('seat', sa.Integer(), nullable=True),
    sa.Column('queued_at', sa.DateTime(), nullable=False),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.Column('on_site', sa.Boolean(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('signed_up', 'waiting', 'cancelled', 'checked_in', 'absent')", name=op.f('ck_event_signup_status_known')),
    sa.CheckConstraint('resident_id IS NOT NULL OR walk_in_name IS NOT NULL', name=op.f('ck_event_signup_someone')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_signup_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_event_signup_resident_id_resident'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_event_signup')),
    sa.UniqueConstraint('event_id', 'resident_id', name='one_signup_per_resident'),
    sa.UniqueConstraint('event_id', 'seat', name='one_person_per_seat')
    )
    with op.batch_alter_table('event_signup', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_event_signup_event_id'), ['event_id'], unique=False)

    op.create_table('stall_service',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('stall_id', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.Column('resident_id', sa.Integer(), nullable=True),
    sa.Column('served_at', sa.DateTime(), nullable=False),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.CheckConstraint('count > 0', name=op.f('ck_stall_service_count_positive')),
    sa.ForeignKeyConstraint(['resident_id'], ['resident.id'], name=op.f('fk_stall_service_resident_id_resident'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['stall_id'], ['event_stall.id'], name=op.f('fk_stall_service_stall_id_event_stall'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_stall_service'))
    )
    with op.batch_alter_table('stall_service', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stall_service_stall_id'), ['stall_id'], unique=False)

    op.create_table('event_helper',
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_event_helper_event_id_event'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_event_helper_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('event_id', 'member_id', name=op.f('pk_event_helper'))
    )


def downgrade() -> None:
    op.drop_table('event_helper')
    with op.batch_alter_table('stall_service', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stall_service_stall_id'))

    op.drop_table('stall_service')
    with op.batch_alter_table('event_signup', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_signup_event_id'))

    op.drop_table('event_signup')
    with op.batch_alter_table('event_stall', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_event_stall_event_id'))

    op.drop_table('event_stall')
    with op.batch_alter_table('event', schema=None) as batch_op:
        batch_op.drop_index('ix_event_date')

    op.drop_table('event')
