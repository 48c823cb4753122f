"""The people of the demo store: households, names, ages, ID numbers and phones.

The demo must look like a real ledger of an old Beijing neighbourhood, so that staff
recognise their own work in it and so that sorting, searching, fonts and printouts meet
what real data throws at them: an aging population, common and rare surnames,
era-typical given names, characters outside the Basic Multilingual Plane.
Everything is drawn from one ``random.Random``, so a seed always gives the same people.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from bisect import bisect
from collections.abc import Callable
from dataclasses import dataclass
from itertools import accumulate
from typing import Any

from hearth_desk.domain.id_numbers import make_id_number
from hearth_desk.domain.models import HEAD_RELATION, Gender

# Ages are counted at a fixed date, never "today", so that a seed gives the same rows forever.
REFERENCE_DATE = dt.date(2026, 1, 1)

MALE, FEMALE = Gender.MALE, Gender.FEMALE

# Per 10,000 people, roughly the national frequencies of the 2020 census.
SURNAMES = (
    "王710 李700 张670 刘540 陈450 杨310 黄220 赵220 吴200 周190 徐130 孙130 马120 朱120 "
    "胡110 郭110 何110 林100 高100 罗90 郑90 梁80 谢70 宋60 唐60 许60 韩60 冯50 邓50 曹50 "
    "彭50 曾50 肖50 田50 董40 潘40 袁40 蔡40 蒋40 余40 于40 杜40 叶40 程40 魏30 苏30 吕30 "
    "丁30 任30 卢30 姚30 沈30 钟30 姜30 崔30 谭30 陆30 范20 汪20 廖20 石20 金20 韦20 贾20 "
    "夏20 付20 方20 邹20 熊20 白20 孟20 秦20 邱20 侯20 江20 尹20 薛20 闫20 段20 雷20 黎10 "
    "史10 龙10 陶10 贺10 顾10 毛10 郝10 龚10 邵10 万10 钱10 严10 覃10 武10 戴10 莫10 孔10 "
    "向10 汤10 "
    # Rare and polyphonic surnames (单 Shàn, 区 Ōu, 解 Xiè…) that trip up sorting and search;
    # 𠮷 lies outside the BMP. Compound surnames test splitting a name into its parts.
    "𠮷1 单3 区1 仇2 解2 朴1 查2 盖1 尉1 乐2 欧阳2 司马1 上官1"
)
_SURNAMES = [
    (name, int(weight)) for name, weight in re.findall(r"(\D+?)(\d+)", SURNAMES.replace(" ", ""))
]

# Given names by the birth year they became common in, and gender.
GIVEN_NAMES: dict[tuple[int, Gender], tuple[str, ...]] = {
    (0, MALE): tuple(
        "德明 德胜 福生 福林 国栋 国良 树林 树森 长海 长林 永祥 永福 振华 振东 文彬 文华 "
        "宝山 宝华 玉林 玉山 金生 庆祥 广才 士杰 宗华 山 林 福 贵 忠 义 顺".split()
    ),
    (0, FEMALE): tuple(
        "秀英 桂英 秀兰 玉兰 桂兰 淑珍 凤英 玉珍 秀珍 桂芝 淑兰 玉梅 素芬 秀芳 玉芬 淑英 "
        "翠兰 玉英 凤兰 桂珍 淑芬 玉凤 素珍 兰英 英 兰 珍 芳 梅".split()
    ),
    (1950, MALE): tuple(
        "建国 建军 建华 建平 建民 卫国 卫东 红旗 向东 向阳 跃进 国庆 国强 国华 援朝 志强 "
        "志刚 志明 立新 新华 建设 胜利 爱国 海涛 军 强 刚 勇 平 明 华 伟 斌 东".split()
    ),
    (1950, FEMALE): tuple(
        "红梅 丽华 秀云 红霞 春燕 丽萍 桂香 红英 淑华 凤霞 海燕 玉霞 艳华 建华 卫红 爱华 "
        "金凤 秀梅 淑敏 小红 丽君 红 霞 燕 萍 敏 丽 静 芳".split()
    ),
    (1970, MALE): tuple(
        "伟 磊 强 军 勇 杰 涛 斌 超 鹏 浩 辉 刚 健 亮 峰 明 东 波 毅 宁 晨 海波 建伟 "
        "晓东 俊杰 文博 宏伟 晓明 志勇 立伟 鹏飞 振宇 晓峰 海涛 建峰 春雷 海龙 永刚 "
        "大伟 晓光 小龙".split()
    ),
    (1970, FEMALE): tuple(
        "静 丽 敏 燕 艳 娟 霞 婷 颖 洁 晶 莉 琳 晓燕 丽娜 晓丽 海燕 丹丹 婷婷 雪梅 晓琳 "
        "文静 倩 璐 莉莉 晓红 慧 佳 红艳 春梅 丽丽".split()
    ),
    (1990, MALE): tuple(
        "浩 宇 博 鑫 鹏 帅 磊 昊 睿 哲 旭 晨 硕 浩然 宇轩 子豪 俊豪 浩宇 博文 天宇 家豪 "
        "子轩 明轩 皓轩 一鸣 晨阳 嘉伟 思远 文涛 宇航 泽宇 子健 俊杰".split()
    ),
    (1990, FEMALE): tuple(
        "欣怡 雨欣 思雨 佳怡 梦瑶 晓雪 佳琪 婷 琪 颖 雪 悦 瑶 萌 倩 璐 月 静怡 雅婷 诗琪 "
        "佳慧 梦琪 雨婷 晓彤 欣然".split()
    ),
    (2005, MALE): tuple(
        "梓豪 子墨 浩宇 宇轩 沐宸 一诺 奕辰 梓睿 俊熙 宇泽 锦程 子睿 浩轩 梓轩 煜城 睿泽 "
        "承泽 皓宇 宸 煜 铭 轩".split()
    ),
    (2005, FEMALE): tuple(
        "一诺 梓涵 欣怡 可馨 诗涵 雨桐 梓萱 语汐 若汐 依诺 子涵 沐晴 芊芊 思彤 雨萱 梓琪 "
        "诗琪 佳琪 欣妍 可欣 若曦 悦 彤 馨".split()
    ),
}
_ERAS = sorted({era for era, _ in GIVEN_NAMES})
# Rare characters staff meet in real names: 喆 堃 燊 are in the BMP but missing from old
# fonts and input methods; 䶮 lies in CJK Extension A; 龑 is its common variant.
RARE_GIVEN_NAMES = ("喆", "堃", "燊", "龑", "䶮", "子喆", "一喆", "宇堃", "嘉燊", "俊燊", "文喆")
# Every demo store shows each of these at least once, so that fonts and sorting get tested.
FORCED_GIVEN_NAMES = ("喆", "堃", "燊", "龑", "䶮")
FORCED_SURNAME = "𠮷"

# Area codes (code, first birth year, last birth year, weight): the years follow the
# division history that python-stdnum checks, so every number passes ``ric.is_valid``.
LOCAL_AREAS = (
    ("110101", 0, 9999, 70),  # 东城区
    ("110103", 0, 2010, 18),  # 崇文区, merged into 东城区 in 2010
    ("110102", 0, 9999, 6),  # 西城区
    ("110105", 0, 9999, 4),  # 朝阳区
    ("110108", 0, 9999, 2),  # 海淀区
)
OTHER_AREAS = (
    ("120101", 0, 9999, 8),  # 天津市和平区
    ("310104", 0, 9999, 4),  # 上海市徐汇区
    ("130104", 1983, 9999, 6),  # 石家庄市桥西区
    ("132130", 0, 1993, 4),  # 河北省磁县
    ("370102", 1983, 9999, 5),  # 济南市历下区
    ("412127", 0, 1983, 3),  # 河南省滑县
    ("420111", 1983, 9999, 5),  # 武汉市洪山区
    ("422222", 0, 1983, 2),  # 湖北省黄陂县
    ("510104", 1990, 9999, 4),  # 成都市锦江区
    ("510121", 0, 9999, 2),  # 四川省金堂县
    ("520502", 2011, 9999, 2),  # 毕节市七星关区
    ("140121", 0, 9999, 2),  # 山西省清徐县
    ("330122", 0, 9999, 2),  # 浙江省桐庐县
)

MOBILE_PREFIXES = tuple(
    "130 131 132 133 135 136 137 138 139 150 151 152 153 155 156 157 158 159 "
    "166 177 180 182 185 186 187 188 189 198 199".split()
)
LANDLINE_EXCHANGES = ("6421", "6422", "6427", "8422", "8411", "6523")  # around 和平里

WORK_UNITS = (
    "中国中医科学院",
    "和平里医院",
    "北京地坛医院",
    "北京协和医院",
    "北京化工大学",
    "北京市第一七一中学",
    "和平里第四小学",
    "东城区和平里街道办事处",
    "国家电网北京市电力公司",
    "中国银行北京市分行",
    "中国工商银行北京分行",
    "北京公交集团",
    "北京地铁运营有限公司",
    "北京市自来水集团",
    "中国移动北京有限公司",
    "北京燃气集团",
    "京东集团",
    "百度在线网络技术有限公司",
    "北京首都国际机场",
    "中国建筑第二工程局",
    "北京同仁堂股份有限公司",
    "北京银行",
    "个体经营",
    "个体经营",
    "自由职业",
)
NOTES_ALONE = (
    "独居，子女在外地",
    "独居，子女住朝阳区，每周探望",
    "独居，腿脚不便，需上门服务",
    "独居，红心食堂送餐",
    "独居，听力不好，敲门需用力",
)
NOTES_ELDER = (
    "行动不便，需上门办理",
    "高血压，已签约家庭医生",
    "听力不好，请大声说话",
    "轮椅使用者",
)
NOTES_ADULT = (
    "人户分离，现住海淀区",
    "租户，2023年入住",
    "长期在外地工作",
    "常住外省，户籍在本社区",
)


@dataclass(slots=True)
class Member:
    """One person of a household before it becomes a row."""

    relation: str
    gender: Gender
    age: int
    surname: str


def _cumulative(weights: list[int]) -> list[int]:
    return list(accumulate(weights))


class PeopleMaker:
    """Draws households and their residents; remembers ID numbers and phones to keep them unique."""

    def __init__(self, rng: random.Random) -> None:
        self._rng = rng
        self._surname_names = [name for name, _ in _SURNAMES]
        self._surname_cum = _cumulative([weight for _, weight in _SURNAMES])
        self._kinds = [kind for kind, _ in self._KINDS]
        self._kind_cum = _cumulative([weight for _, weight in self._KINDS])
        self._areas: dict[int, tuple[list[str], list[int], list[str], list[int]]] = {}
        self._ids: set[str] = set()
        self._phones: set[str] = set()
        self._forced_given = list(FORCED_GIVEN_NAMES)
        self._forced_surname = True

    # --- households ---------------------------------------------------------------------

    # Kinds of household with weights that give about 2.5 people a household, many of them old.
    _KINDS = (
        ("single_elder", 16),
        ("elder_couple", 20),
        ("single_adult", 6),
        ("young_couple", 8),
        ("family", 19),
        ("two_children", 5),
        ("single_parent", 4),
        ("three_generations", 9),
        ("with_parents", 8),
        ("elders_with_child", 5),
    )

    def household(self) -> list[Member]:
        """The members of one household, head first."""
        kind = self._kinds[bisect(self._kind_cum, self._rng.random() * self._kind_cum[-1])]
        members: list[Member] = getattr(self, "_" + kind)()
        if self._forced_surname:
            self._forced_surname = False
            if all(m.surname != FORCED_SURNAME for m in members):
                old = members[0].surname
                for member in members:
                    if member.surname == old:
                        member.surname = FORCED_SURNAME
        return members

    def _single_elder(self) -> list[Member]:
        gender = FEMALE if self._rng.random() < 0.68 else MALE  # mostly widows
        return [Member(HEAD_RELATION, gender, self._age(65, 97, 74), self.surname())]

    def _elder_couple(self) -> list[Member]:
        return self._couple(self._age(60, 94, 67), male_head=0.8)

    def _single_adult(self) -> list[Member]:
        return [Member(HEAD_RELATION, self._gender(), self._age(22, 59, 32), self.surname())]

    def _young_couple(self) -> list[Member]:
        return self._couple(self._age(24, 45, 30), male_head=0.7)

    def _family(self, children: int = 1) -> list[Member]:
        family = self._couple(self._age(27, 60, 42), male_head=0.8)
        return family + self._children(family, children, "子", "女", max_age=35)

    def _two_children(self) -> list[Member]:
        return self._family(children=2)

    def _single_parent(self) -> list[Member]:
        parent = Member(
            HEAD_RELATION,
            FEMALE if self._rng.random() < 0.75 else MALE,
            self._age(28, 56, 40),
            self.surname(),
        )
        return [parent, *self._children([parent], 1, "子", "女", max_age=28)]

    def _three_generations(self) -> list[Member]:
        elders = self._elders(self._age(56, 88, 66))
        middle_age = max(24, min(self._child_age(elders, 60), self._mother_age(elders) - 20))
        line = self._line_surname(elders)
        gap = self._age_gap()
        if self._rng.random() < 0.7:  # the son's family lives with his parents
            middle = Member("子", MALE, middle_age, line)
            in_law = Member("儿媳", FEMALE, max(21, middle_age - gap), self.surname(avoid=line))
            relations = ("孙子", "孙女")
        else:
            middle = Member("女", FEMALE, middle_age, line)
            in_law = Member("女婿", MALE, middle_age + gap, self.surname(avoid=line))
            relations = ("外孙子", "外孙女")
        parents = [middle, in_law] if self._rng.random() < 0.92 else [middle]
        count = 1 if self._rng.random() < 0.75 else 2
        return elders + parents + self._children(parents, count, *relations, max_age=25)

    def _with_parents(self) -> list[Member]:
        if self._rng.random() < 0.85:
            family = self._couple(self._age(38, 66, 50), male_head=0.8)
        else:
            family = [Member(HEAD_RELATION, self._gender(), self._age(38, 66, 50), self.surname())]
        couple, head = list(family), family[0]
        own = len(family) == 1 or self._rng.random() < 0.7
        child = head if own else family[1]
        if own:
            relations = ("父亲", "母亲")
        else:
            relations = ("岳父", "岳母") if head.gender is MALE else ("公公", "婆婆")
        mother_age = min(100, child.age + round(self._rng.triangular(22, 40, 27)))
        father_age = min(100, mother_age + self._age_gap())
        who = self._rng.random()
        if who < 0.8:
            family.append(
                Member(relations[1], FEMALE, mother_age, self.surname(avoid=child.surname))
            )
        if who >= 0.6:
            family.append(Member(relations[0], MALE, father_age, child.surname))
        if self._rng.random() < 0.45:
            family += self._children(couple, 1, "子", "女", max_age=30)
        return family

    def _elders_with_child(self) -> list[Member]:
        elders = self._elders(self._age(58, 90, 68))
        line = self._line_surname(elders)
        age = max(22, min(self._child_age(elders, 50), self._mother_age(elders) - 20))
        gender = self._gender()
        return [*elders, Member("子" if gender is MALE else "女", gender, age, line)]

    # --- household helpers ----------------------------------------------------------------

    def _couple(self, husband_age: int, *, male_head: float) -> list[Member]:
        """A married couple, head first; the wife is usually a little younger."""
        husband_surname = self.surname()
        husband = Member("配偶", MALE, husband_age, husband_surname)
        wife_age = max(20, husband_age - self._age_gap())
        wife = Member("配偶", FEMALE, wife_age, self.surname(avoid=husband_surname))
        head, spouse = (husband, wife) if self._rng.random() < male_head else (wife, husband)
        head.relation = HEAD_RELATION
        return [head, spouse]

    def _elders(self, age: int) -> list[Member]:
        """An old couple, or a widowed parent (more often a widow)."""
        if self._rng.random() < 0.78:
            return self._couple(age, male_head=0.75)
        gender = FEMALE if self._rng.random() < 0.7 else MALE
        return [Member(HEAD_RELATION, gender, min(99, age + 3), self.surname())]

    def _children(
        self, parents: list[Member], count: int, son: str, daughter: str, *, max_age: int
    ) -> list[Member]:
        """Children of the parents listed, who carry the father's surname as a rule."""
        father = next((p for p in parents if p.gender is MALE), None)
        mother = next((p for p in parents if p.gender is FEMALE), None)
        surname = father.surname if father else self.surname(avoid=parents[0].surname)
        ages = [min(max_age, self._child_age(parents, max_age))]
        while len(ages) < count and ages[-1] >= 2:
            ages.append(max(0, ages[-1] - self._rng.randint(2, 8)))
        children = []
        for age in ages:
            gender = MALE if self._rng.random() < 0.52 else FEMALE
            own = surname if mother is None or self._rng.random() < 0.95 else mother.surname
            children.append(Member(son if gender is MALE else daughter, gender, age, own))
        return children

    def _child_age(self, parents: list[Member], max_age: int) -> int:
        """Age of a child born when the mother was between 21 and 40."""
        mother_age = self._mother_age(parents)
        age = mother_age - round(self._rng.triangular(21, 40, 27))
        if age < 0:
            age = self._rng.randint(0, max(0, mother_age - 21))
        return min(age, max_age)

    @staticmethod
    def _mother_age(parents: list[Member]) -> int:
        mother = next((p for p in parents if p.gender is FEMALE), None)
        return mother.age if mother else parents[0].age - 2

    def _line_surname(self, elders: list[Member]) -> str:
        """The surname the elders' children carry: the father's, even if he has died."""
        father = next((p for p in elders if p.gender is MALE), None)
        return father.surname if father else self.surname(avoid=elders[0].surname)

    def _age(self, low: int, high: int, mode: int) -> int:
        return min(high, int(self._rng.triangular(low, high + 1, mode)))

    def _age_gap(self) -> int:
        """How much older the husband is."""
        return self._rng.choice((-2, -1, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6))

    def _gender(self) -> Gender:
        return MALE if self._rng.random() < 0.5 else FEMALE

    # --- names ----------------------------------------------------------------------------

    def surname(self, avoid: str | None = None) -> str:
        while True:
            index = bisect(self._surname_cum, self._rng.random() * self._surname_cum[-1])
            name = self._surname_names[index]
            if name != avoid:
                return name

    def given_name(self, gender: Gender, birth_year: int, *, forced: bool = True) -> str:
        """An era-typical given name; the first young men get the rare characters."""
        if gender is MALE and birth_year >= 1960:
            if forced and self._forced_given:
                return self._forced_given.pop(0)
            if birth_year >= 1975 and self._rng.random() < 0.004:
                return self._rng.choice(RARE_GIVEN_NAMES)
        era = _ERAS[bisect(_ERAS, birth_year) - 1]
        return self._rng.choice(GIVEN_NAMES[era, gender])

    def leader(self) -> tuple[str, str]:
        """Name and mobile of a grid leader (网格长): a staff member or resident volunteer."""
        gender = self._gender()
        birth_year = REFERENCE_DATE.year - self._age(30, 70, 55)
        name = self.surname() + self.given_name(gender, birth_year, forced=False)
        return name, self._mobile()

    # --- rows -----------------------------------------------------------------------------

    def resident_row(
        self, member: Member, resident_id: int, household_id: int, *, alone: bool
    ) -> dict[str, Any]:
        """The resident table row of one member, with all the details the ledger keeps."""
        rng = self._rng
        age = member.age
        days = int((age + rng.random()) * 365.2425) + 1
        birth = dt.date.fromordinal(REFERENCE_DATE.toordinal() - days)
        is_head = member.relation == HEAD_RELATION
        working = 22 <= age < (60 if member.gender is MALE else 55)
        notes = None
        if alone and age >= 65 and rng.random() < 0.35:
            notes = rng.choice(NOTES_ALONE)
        elif age >= 75 and rng.random() < 0.06:
            notes = rng.choice(NOTES_ELDER)
        elif working and rng.random() < 0.02:
            notes = rng.choice(NOTES_ADULT)
        return {
            "id": resident_id,
            "household_id": household_id,
            "name": member.surname + self.given_name(member.gender, birth.year),
            "gender": member.gender.value,
            "birth_date": birth,
            "id_number": self._id_number(birth, member.gender, local=0.95 if age < 18 else 0.8),
            "phone": self._phone(age, is_head),
            "relation": member.relation,
            "work_unit": rng.choice(WORK_UNITS) if working and rng.random() < 0.7 else None,
            "notes": notes,
        }

    def _id_number(self, birth: dt.date, gender: Gender, *, local: float) -> str:
        areas, cum, other_areas, other_cum = self._areas_for(birth.year)
        if self._rng.random() < local:
            area = areas[bisect(cum, self._rng.random() * cum[-1])]
        else:
            area = other_areas[bisect(other_cum, self._rng.random() * other_cum[-1])]
        parity = 1 if gender is MALE else 2
        while True:
            number = make_id_number(area, birth, self._rng.randrange(499) * 2 + parity, gender)
            if number not in self._ids:
                self._ids.add(number)
                return number

    def _areas_for(self, year: int) -> tuple[list[str], list[int], list[str], list[int]]:
        if year not in self._areas:
            local = [(c, w) for c, first, last, w in LOCAL_AREAS if first <= year <= last]
            other = [(c, w) for c, first, last, w in OTHER_AREAS if first <= year <= last]
            self._areas[year] = (
                [c for c, _ in local], _cumulative([w for _, w in local]),
                [c for c, _ in other], _cumulative([w for _, w in other]),
            )  # fmt: skip
        return self._areas[year]

    def _phone(self, age: int, is_head: bool) -> str | None:
        """Adults carry a mobile; some of the old keep only the household's landline."""
        if age < 18:
            return None
        draw = self._rng.random()
        mobile_share, landline_share = (
            (0.97, 0.0) if age < 70 else (0.8, 0.1) if age < 80 else (0.45, 0.3)
        )
        if draw < mobile_share:
            return self._mobile()
        if is_head and draw < mobile_share + landline_share:
            return self._unique(
                lambda: (
                    f"010-{self._rng.choice(LANDLINE_EXCHANGES)}{self._rng.randrange(10**4):04d}"
                )
            )
        return None

    def _mobile(self) -> str:
        return self._unique(
            lambda: f"{self._rng.choice(MOBILE_PREFIXES)}{self._rng.randrange(10**8):08d}"
        )

    def _unique(self, draw: Callable[[], str]) -> str:
        while True:
            phone = draw()
            if phone not in self._phones:
                self._phones.add(phone)
                return phone
