"""The poster's layout, checked on its rectangles: nothing overlaps, no text is under
the floor, the sides are balanced, and a tree too big for the paper is refused."""

from __future__ import annotations

import itertools

import pytest

from hearth_desk.domain.errors import UserError
from hearth_desk.reports.tree.poster_layout import (
    PAPERS,
    SIZES,
    Box,
    PosterLayout,
    floor,
    layout_poster,
)
from tests.support.poster_trees import poster_of


def same(text: str) -> str:
    return text


def overlapping(boxes: list[Box]) -> list[tuple[Box, Box]]:
    """Pairs that share area; sorted sweep, so 400 leaves stay quick."""
    ordered = sorted(boxes, key=lambda box: box.x)
    found = []
    for index, box in enumerate(ordered):
        for other in itertools.islice(ordered, index + 1, None):
            if other.x >= box.right:
                break
            if box.overlaps(other):
                found.append((box, other))
    return found


def inside(box: Box, outer: Box) -> bool:
    return (
        box.x >= outer.x - 1e-6
        and box.right <= outer.right + 1e-6
        and box.y >= outer.y - 1e-6
        and box.top <= outer.top + 1e-6
    )


@pytest.fixture(scope="module")
def full_a1() -> PosterLayout:
    return layout_poster(poster_of(400, 9), same, "A1")


def test_box_overlap_is_area_not_touching() -> None:
    assert Box(0, 0, 10, 10).overlaps(Box(5, 5, 10, 10))
    assert not Box(0, 0, 10, 10).overlaps(Box(10, 0, 10, 10))
    assert overlapping([Box(0, 0, 10, 10), Box(20, 0, 5, 5), Box(9, 9, 3, 3)]) == [
        (Box(0, 0, 10, 10), Box(9, 9, 3, 3))
    ]


def test_400_leaves_fit_on_a1_without_overlapping(full_a1: PosterLayout) -> None:
    leaves = full_a1.leaf_boxes()
    assert len(leaves) == 400
    assert overlapping(leaves) == []
    page = Box(0, 0, full_a1.width, full_a1.height)
    assert all(inside(box, page) for box in leaves)
    assert not any(box.overlaps(full_a1.ground) for box in leaves)
    assert not any(box.overlaps(full_a1.trunk) for box in leaves)


def test_no_two_texts_overlap(full_a1: PosterLayout) -> None:
    texts = [text.box for text in full_a1.texts()]
    assert overlapping(texts) == []


def test_each_leafs_text_stays_in_its_leaf(full_a1: PosterLayout) -> None:
    for branch in full_a1.branches:
        for leaf in branch.leaves:
            assert [text.text for text in leaf.texts][-2:] == [leaf.leaf.name, leaf.leaf.phone]
            assert all(inside(text.box, leaf.box) for text in leaf.texts)


def test_labels_clear_of_the_leaves(full_a1: PosterLayout) -> None:
    labels = [branch.label_box for branch in full_a1.branches]
    assert overlapping(labels) == []
    assert not any(label.overlaps(leaf) for label in labels for leaf in full_a1.leaf_boxes())


@pytest.mark.parametrize("size", SIZES)
def test_no_text_under_the_floor(size: str) -> None:
    layout = layout_poster(poster_of(120, 6), same, size)
    sizes = {text.style.size for text in layout.texts()}
    assert min(sizes) >= floor(size) - 1e-9
    names = [text for b in layout.branches for leaf in b.leaves for text in leaf.texts[-2:-1]]
    assert min(text.style.size for text in names) >= 12 * PAPERS[size][2]


def test_the_floor_scales_with_the_paper() -> None:
    assert floor("A1") == 12
    assert floor("A0") == pytest.approx(12 * 1.41)
    assert floor("A2") == pytest.approx(12 * 0.71)
    assert floor("A3") >= 12 * 0.5


def test_sides_are_balanced(full_a1: PosterLayout) -> None:
    def lowest(side: str) -> float:
        return min(leaf.box.y for b in full_a1.branches if b.side == side for leaf in b.leaves)

    sides = {branch.side for branch in full_a1.branches}
    assert sides == {"left", "right"}
    room = full_a1.height
    assert abs(lowest("left") - lowest("right")) < room * 0.08


def test_too_many_for_a3_is_refused_with_a_size_that_fits() -> None:
    with pytest.raises(UserError) as raised:
        layout_poster(poster_of(300, 9), same, "A3")
    assert raised.value.params["size"] == "A3"
    assert raised.value.params["larger"] == "A2"
    assert "--team" in raised.value.message


def test_too_many_for_any_size_says_one_poster_per_team() -> None:
    with pytest.raises(UserError) as raised:
        layout_poster(poster_of(700, 9), same, "A1")
    assert "larger" not in raised.value.params
    assert "--team" in raised.value.message


def test_one_team_is_spread_over_both_sides() -> None:
    layout = layout_poster(poster_of(60, 1), same, "A2")
    assert {branch.side for branch in layout.branches} == {"left", "right"}
    assert sum(len(branch.label) > 0 for branch in layout.branches) == 1
    assert len(layout.leaf_boxes()) == 60


def test_long_work_units_wrap_in_two_even_lines_then_end_in_an_ellipsis() -> None:
    from hearth_desk.reports.kit.fonts import BODY
    from hearth_desk.reports.kit.text import shaper_for
    from hearth_desk.reports.tree.poster_layout import _unit_lines, style

    width_of = shaper_for(style(BODY, 12)).width
    assert _unit_lines("社区卫生服务中心", width_of, 84) == ["社区卫生", "服务中心"]
    assert _unit_lines("和平里医院", width_of, 84) == ["和平里医院"]
    long = _unit_lines("北京市东城区和平里街道第一社区卫生服务中心", width_of, 84)
    assert len(long) == 2 and long[1].endswith("…")


def test_a_small_tree_grows_to_fill_its_paper_and_still_nothing_overlaps() -> None:
    small = layout_poster(poster_of(45, 1), same, "A2")
    names = [leaf.texts[-2].style.size for b in small.branches for leaf in b.leaves]
    assert min(names) > 13 * PAPERS["A2"][2] * 1.5  # grown well past the A2 size
    assert overlapping(small.leaf_boxes()) == []
    assert overlapping([text.box for text in small.texts()]) == []
    page = Box(0, 0, small.width, small.height)
    assert all(inside(text.box, page) for text in small.texts())


def test_a_full_tree_stays_at_the_floor(full_a1: PosterLayout) -> None:
    sizes = [text.style.size for b in full_a1.branches for leaf in b.leaves for text in leaf.texts]
    assert min(sizes) == floor("A1")
