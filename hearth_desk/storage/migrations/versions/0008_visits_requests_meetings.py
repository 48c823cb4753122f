"""Staff, visits, requests, thanks and joint meetings

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=100), nullable=True),
    sa.Column('convenor', sa.String(length=50), nullable=False),
    sa.Column('recorder', sa.String(length=50), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting'))
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index('ix_meeting_date', ['date'], unique=False)

    op.create_table('staff',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=True),
    sa.Column('pin_hash', sa.String(length=200), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint("role IN ('secretary', 'director', 'committee', 'grid_worker', 'social_worker')", name=op.f('ck_staff_role_known')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff')),
    sa.UniqueConstraint('name', name=op.f('uq_staff_name'))
    )
    op.create_table('visit_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('default_interval_days', sa.Integer(), nullable=False),
    sa.Column('small_due_days', sa.Integer(), nullable=False),
    sa.Column('large_due_days', sa.Integer(), nullable=False),
    sa.Column('special_due_days', sa.Integer(), nullable=False),
    sa.CheckConstraint('default_interval_days > 0 AND small_due_days > 0 AND large_due_days > 0 AND special_due_days > 0', name=op.f('ck_visit_settings_days_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit_settings'))
    )
    op.create_table('meeting_attendee',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('party', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.CheckConstraint("party IN ('party_branch', 'residents_committee', 'owners_committee', 'property_company', 'resident_representatives')", name=op.f('ck_meeting_attendee_party_known')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_attendee_meeting_id_meeting'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_attendee'))
    )
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_attendee_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('staff_grid',
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.Column('node_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['node_id'], ['grid_node.id'], name=op.f('fk_staff_grid_node_id_grid_node'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_staff_grid_staff_id_staff'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('staff_id', 'node_id', name=op.f('pk_staff_grid'))
    )
    with op.batch_alter_table('staff_grid', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_grid_node_id'), ['node_id'], unique=False)

    op.create_table('visit_rule',
    sa.Column('care_tag_id', sa.Integer(), nullable=False),
    sa.Column('interval_days', sa.Integer(), nullable=False),
    sa.CheckConstraint('interval_days > 0', name=op.f('ck_visit_rule_interval_positive')),
    sa.ForeignKeyConstraint(['care_tag_id'], ['care_tag.id'], name=op.f('fk_visit_rule_care_tag_id_care_tag'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('care_tag_id', name=op.f('pk_visit_rule'))
    )
    op.create_table('visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('found', sa.Text(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('routine', 'care', 'return')", name=op.f('ck_visit_kind_known')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_visit_household_id_household'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_date', ['date'], unique=False)
        batch_op.create_index('ix_visit_household_date', ['household_id', 'date'], unique=False)

    op.create_table('request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=10), nullable=False),
    sa.Column('visit_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=True),
    sa.Column('category', sa.String(length=15), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('tier', sa.String(length=10), nullable=False),
    sa.Column('handler', sa.String(length=50), nullable=True),
    sa.Column('partner_id', sa.Integer(), nullable=True),
    sa.Column('escalated_on', sa.Date(), nullable=True),
    sa.Column('street_ref', sa.String(length=60), nullable=True),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('result', sa.Text(), nullable=True),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.Column('satisfaction', sa.String(length=15), nullable=True),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("category IN ('livelihood', 'works', 'safety', 'environment', 'dispute', 'other')", name=op.f('ck_request_category_known')),
    sa.CheckConstraint("satisfaction IS NULL OR satisfaction IN ('satisfied', 'fairly', 'dissatisfied')", name=op.f('ck_request_satisfaction_known')),
    sa.CheckConstraint("source IN ('visit', 'walk_in', 'phone', 'meeting')", name=op.f('ck_request_source_known')),
    sa.CheckConstraint("status IN ('registered', 'in_progress', 'escalated', 'closed', 'followed_up')", name=op.f('ck_request_status_known')),
    sa.CheckConstraint("tier IN ('small', 'large', 'special')", name=op.f('ck_request_tier_known')),
    sa.CheckConstraint('household_id IS NOT NULL OR place IS NOT NULL', name=op.f('ck_request_somewhere')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_request_household_id_household'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['partner_id'], ['partner_unit.id'], name=op.f('fk_request_partner_id_partner_unit'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_request_visit_id_visit'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request'))
    )
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_household_id'), ['household_id'], unique=False)
        batch_op.create_index('ix_request_registered_on', ['registered_on'], unique=False)
        batch_op.create_index('ix_request_status_due', ['status', 'due_date'], unique=False)

    op.create_table('visit_visitor',
    sa.Column('visit_id', sa.Integer(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_visit_visitor_staff_id_staff'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['visit_id'], ['visit.id'], name=op.f('fk_visit_visitor_visit_id_visit'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('visit_id', 'staff_id', name=op.f('pk_visit_visitor'))
    )
    with op.batch_alter_table('visit_visitor', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_visit_visitor_staff_id'), ['staff_id'], unique=False)

    op.create_table('meeting_matter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('carried_from_id', sa.Integer(), nullable=True),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('decision', sa.Text(), nullable=True),
    sa.Column('owner', sa.String(length=100), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('open', 'settled')", name=op.f('ck_meeting_matter_status_known')),
    sa.ForeignKeyConstraint(['carried_from_id'], ['meeting_matter.id'], name=op.f('fk_meeting_matter_carried_from_id_meeting_matter'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], name=op.f('fk_meeting_matter_meeting_id_meeting'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_meeting_matter_request_id_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meeting_matter')),
    sa.UniqueConstraint('meeting_id', 'carried_from_id', name='carried_once_per_meeting')
    )
    with op.batch_alter_table('meeting_matter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_matter_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_meeting_matter_request_id'), ['request_id'], unique=False)

    op.create_table('request_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=15), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(length=50), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_request_step_request_id_request'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_step'))
    )
    with op.batch_alter_table('request_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_step_request_id'), ['request_id'], unique=False)

    op.create_table('thanks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=True),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('giver', sa.String(length=100), nullable=True),
    sa.Column('words', sa.Text(), nullable=True),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.CheckConstraint("kind IN ('banner', 'letter', 'other')", name=op.f('ck_thanks_kind_known')),
    sa.CheckConstraint('request_id IS NOT NULL OR household_id IS NOT NULL', name=op.f('ck_thanks_for_something')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_thanks_household_id_household'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['request_id'], ['request.id'], name=op.f('fk_thanks_request_id_request'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thanks'))
    )
    with op.batch_alter_table('thanks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thanks_household_id'), ['household_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_thanks_request_id'), ['request_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('thanks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_thanks_request_id'))
        batch_op.drop_index(batch_op.f('ix_thanks_household_id'))

    op.drop_table('thanks')
    with op.batch_alter_table('request_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_step_request_id'))

    op.drop_table('request_step')
    with op.batch_alter_table('meeting_matter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_matter_request_id'))
        batch_op.drop_index(batch_op.f('ix_meeting_matter_meeting_id'))

    op.drop_table('meeting_matter')
    with op.batch_alter_table('visit_visitor', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_visitor_staff_id'))

    op.drop_table('visit_visitor')
    with op.batch_alter_table('request', schema=None) as batch_op:
        batch_op.drop_index('ix_request_status_due')
        batch_op.drop_index('ix_request_registered_on')
        batch_op.drop_index(batch_op.f('ix_request_household_id'))

    op.drop_table('request')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_household_date')
        batch_op.drop_index('ix_visit_date')

    op.drop_table('visit')
    op.drop_table('visit_rule')
    with op.batch_alter_table('staff_grid', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_grid_node_id'))

    op.drop_table('staff_grid')
    with op.batch_alter_table('meeting_attendee', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_attendee_meeting_id'))

    op.drop_table('meeting_attendee')
    op.drop_table('visit_settings')
    op.drop_table('staff')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index('ix_meeting_date')

    op.drop_table('meeting')
