"""The issuer's settings: defaults from the community, checked formats and templates."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from hearth_desk.domain.errors import UserError
from hearth_desk.domain.models import CertificateSettings
from hearth_desk.services.certificates.settings import (
    check_number_format,
    read_settings,
    short_name_of,
    update_settings,
)
from hearth_desk.services.community import set_community


def test_defaults_come_from_the_community_and_reading_writes_nothing(session: Session) -> None:
    set_community(session, "和平里社区", "和平里街道", "北京市东城区")
    settings = read_settings(session)
    assert (settings.issuer, settings.short_name) == ("和平里社区", "和平里")
    assert session.scalars(select(CertificateSettings)).all() == []
    assert short_name_of("洪山") == "洪山" and short_name_of("洪山社区居民委员会") == "洪山"


def test_setting_creates_the_row_once_with_the_defaults(session: Session) -> None:
    set_community(session, "洪山社区", "洪山街道")
    update_settings(session, handler="李敏", contact_phone="010-62345678")
    update_settings(session, person_in_charge="张华", handler=None)
    rows = session.scalars(select(CertificateSettings)).all()
    assert len(rows) == 1
    settings = read_settings(session)
    assert (settings.issuer, settings.short_name, settings.handler, settings.person_in_charge) == (
        "洪山社区", "洪山", "李敏", "张华"
    )  # fmt: skip


def test_number_format_fields_checked_with_an_example(session: Session) -> None:
    assert check_number_format("{short}{kind}〔{year}〕第{sequence:04d}号", "洪山") == (
        "洪山志证〔2026〕第0007号"
    )
    with pytest.raises(UserError, match=r"\{serial\}"):
        update_settings(session, number_format="{short}{kind}{year}-{serial}")
    with pytest.raises(UserError, match="sequence"):
        update_settings(session, number_format="{short}{kind}〔{year}〕")
    with pytest.raises(UserError):
        update_settings(session, number_format="{short}{kind}〔{year}〕第{sequence:s}号")
    with pytest.raises(UserError):
        update_settings(session, number_format="{short}{kind}{year}{sequence")
    assert session.scalars(select(CertificateSettings)).all() == []


def test_honour_template_unknown_field_named(session: Session) -> None:
    with pytest.raises(UserError) as refused:
        update_settings(session, honour_template="授予 {姓名} 同志 {称号}")
    assert "{称号}" in refused.value.english()
    update_settings(session, honour_template="{姓名}同志在{年度}年度服务{时长}小时，特发此证")
    assert read_settings(session).honour_template.startswith("{姓名}")
