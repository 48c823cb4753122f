"""The elderly university: terms and their closure days, classes with weekly slots
and an event of their own for enrolment, sessions, attendance; outsiders' communities

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('class_term',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.CheckConstraint('end_date >= start_date', name=op.f('ck_class_term_ends_after_it_starts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_class_term')),
    sa.UniqueConstraint('name', name=op.f('uq_class_term_name'))
    )
    op.create_table('class_closure',
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['term_id'], ['class_term.id'], name=op.f('fk_class_closure_term_id_class_term'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('term_id', 'date', name=op.f('pk_class_closure'))
    )
    op.create_table('course',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('term_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('teacher_member_id', sa.Integer(), nullable=True),
    sa.Column('teacher_name', sa.String(length=50), nullable=True),
    sa.Column('room', sa.String(length=50), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.Column('event_id', sa.Integer(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.CheckConstraint('capacity IS NULL OR capacity > 0', name=op.f('ck_course_capacity_positive')),
    sa.ForeignKeyConstraint(['event_id'], ['event.id'], name=op.f('fk_course_event_id_event'), ondelete='RESTRICT'),
    sa.ForeignKeyConstraint(['teacher_member_id'], ['member.id'], name=op.f('fk_course_teacher_member_id_member'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['term_id'], ['class_term.id'], name=op.f('fk_course_term_id_class_term'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course')),
    sa.UniqueConstraint('event_id', name=op.f('uq_course_event_id')),
    sa.UniqueConstraint('term_id', 'name', name='one_name_per_term')
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_term_id'), ['term_id'], unique=False)

    op.create_table('course_session',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.Column('cancelled', sa.Boolean(), nullable=False),
    sa.Column('moved_from', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=True),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_course_session_ends_after_it_starts')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_session_course_id_course'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_session')),
    sa.UniqueConstraint('course_id', 'date', 'start_time', name='one_session_at_a_time')
    )
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.create_index('ix_course_session_date', ['date'], unique=False)

    op.create_table('course_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('course_id', sa.Integer(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_time', sa.Time(), nullable=False),
    sa.Column('end_time', sa.Time(), nullable=False),
    sa.CheckConstraint('end_time > start_time', name=op.f('ck_course_slot_ends_after_it_starts')),
    sa.CheckConstraint('weekday >= 0 AND weekday <= 6', name=op.f('ck_course_slot_weekday_known')),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_slot_course_id_course'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_slot'))
    )
    with op.batch_alter_table('course_slot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_course_slot_course_id'), ['course_id'], unique=False)

    op.create_table('class_attendance',
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('signup_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['session_id'], ['course_session.id'], name=op.f('fk_class_attendance_session_id_course_session'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['signup_id'], ['event_signup.id'], name=op.f('fk_class_attendance_signup_id_event_signup'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('session_id', 'signup_id', name=op.f('pk_class_attendance'))
    )
    with op.batch_alter_table('class_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_class_attendance_signup_id'), ['signup_id'], unique=False)

    with op.batch_alter_table('event_signup', schema=None) as batch_op:
        batch_op.add_column(sa.Column('walk_in_community', sa.String(length=50), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('event_signup', schema=None) as batch_op:
        batch_op.drop_column('walk_in_community')

    with op.batch_alter_table('class_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_class_attendance_signup_id'))

    op.drop_table('class_attendance')
    with op.batch_alter_table('course_slot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_slot_course_id'))

    op.drop_table('course_slot')
    with op.batch_alter_table('course_session', schema=None) as batch_op:
        batch_op.drop_index('ix_course_session_date')

    op.drop_table('course_session')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_course_term_id'))

    op.drop_table('course')
    op.drop_table('class_closure')
    op.drop_table('class_term')
