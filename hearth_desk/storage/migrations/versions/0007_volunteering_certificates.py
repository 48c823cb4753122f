"""Volunteer service records, helpers' own hours, certificates and their register

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('certificate_settings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('person_in_charge', sa.String(length=50), nullable=False),
    sa.Column('handler', sa.String(length=50), nullable=False),
    sa.Column('contact_phone', sa.String(length=20), nullable=False),
    sa.Column('short_name', sa.String(length=20), nullable=False),
    sa.Column('number_format', sa.String(length=100), nullable=False),
    sa.Column('honour_template', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_settings'))
    )
    op.create_table('certificate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('person_name', sa.String(length=50), nullable=False),
    sa.Column('id_type', sa.String(length=20), nullable=False),
    sa.Column('id_number', sa.String(length=18), nullable=True),
    sa.Column('period_start', sa.Date(), nullable=False),
    sa.Column('period_end', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=7, scale=1), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('issuer', sa.String(length=100), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('issued_by', sa.String(length=50), nullable=False),
    sa.Column('voided', sa.Boolean(), nullable=False),
    sa.Column('void_reason', sa.String(length=200), nullable=True),
    sa.Column('voided_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("kind IN ('record', 'honour')", name=op.f('ck_certificate_kind_known')),
    sa.CheckConstraint('sequence > 0', name=op.f('ck_certificate_sequence_positive')),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_certificate_member_id_member'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('kind', 'member_id', 'period_start', 'period_end', name='one_per_person_and_period'),
    sa.UniqueConstraint('kind', 'year', 'sequence', name='one_number_per_sequence'),
    sa.UniqueConstraint('number', name=op.f('uq_certificate_number'))
    )
    op.create_table('service_record',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=5, scale=1), nullable=False),
    sa.Column('what', sa.String(length=200), nullable=False),
    sa.Column('household_id', sa.Integer(), nullable=True),
    sa.Column('served', sa.Integer(), nullable=False),
    sa.Column('entered_by', sa.String(length=50), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('hours > 0 AND hours <= 24', name=op.f('ck_service_record_hours_in_a_day')),
    sa.CheckConstraint('served >= 0', name=op.f('ck_service_record_served_not_negative')),
    sa.ForeignKeyConstraint(['household_id'], ['household.id'], name=op.f('fk_service_record_household_id_household'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], name=op.f('fk_service_record_member_id_member'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_record'))
    )
    with op.batch_alter_table('service_record', schema=None) as batch_op:
        batch_op.create_index('ix_service_record_date', ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_service_record_member_id'), ['member_id'], unique=False)

    op.create_table('certificate_print',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('certificate_id', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(length=50), nullable=False),
    sa.Column('reprint', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_certificate_print_certificate_id_certificate'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate_print'))
    )
    with op.batch_alter_table('certificate_print', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_certificate_print_certificate_id'), ['certificate_id'], unique=False)

    with op.batch_alter_table('event_helper', schema=None) as batch_op:
        batch_op.add_column(sa.Column('hours', sa.Numeric(precision=5, scale=1), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('event_helper', schema=None) as batch_op:
        batch_op.drop_column('hours')

    with op.batch_alter_table('certificate_print', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_certificate_print_certificate_id'))

    op.drop_table('certificate_print')
    with op.batch_alter_table('service_record', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_service_record_member_id'))
        batch_op.drop_index('ix_service_record_date')

    op.drop_table('service_record')
    op.drop_table('certificate')
    op.drop_table('certificate_settings')
