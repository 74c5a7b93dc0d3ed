"""The quality gate in `make test`: cleaner on the pinned sample must stay above its floors.

A failure here means a change cost extraction quality on real pages (or the sample changed).
Look at the set and style it names with ``python -m tests.quality.gate``; lowering a floor is a
reviewed change (``--update --allow-regression``, the reason in the commit message).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from cleaner.evaluation.halves import Half, half_of
from tests.quality import gate

SCORES: gate.Scores = {
    "traf/html": {
        "pages": 12,
        "f1": 0.9,
        "failed": 1,
        "metadata_pages": 10,
        "title": 0.8,
        "author": 0.5,
        "date": 0.7,
    }
}


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    pinned = gate.load_baseline()
    assert pinned is not None, (
        "no tests/quality/baseline.json: python -m tests.quality.gate --update"
    )
    return pinned


def test_the_sample_is_the_one_the_floors_were_pinned_on(baseline: dict[str, Any]) -> None:
    assert gate.digest() == baseline["digest"], (
        "tests/quality/pages changed: re-pin with `python -m tests.quality.gate --update`"
    )


def test_cleaner_stays_above_every_floor(baseline: dict[str, Any]) -> None:
    problems = gate.check(gate.measure(), baseline)
    assert not problems, "quality gate:\n" + "\n".join(problems)


def test_the_sample_is_small_and_from_tune_halves_only() -> None:
    ids = []
    for gold in gate.SAMPLE_DIR.glob("*/gold.jsonl"):
        ids += [json.loads(line)["id"] for line in gold.read_text(encoding="utf-8").splitlines()]
    assert 0 < len(ids) <= 60
    assert [page for page in ids if half_of(page) is not Half.TUNE] == []
    for page_id in ids:  # every page in every style the gate reads from a file
        assert len(list(gate.SAMPLE_DIR.glob(f"*/{page_id}.*.gz"))) == len(gate.STORED_STYLES)


def test_limits_sit_the_stated_margins_away() -> None:
    pinned = gate.limits(SCORES)["traf/html"]
    assert pinned["floors"] == {"f1": 0.88, "title": 0.7, "author": 0.4, "date": 0.6}
    assert pinned["ceilings"] == {"failed": 2}


def test_a_score_under_its_floor_fails_the_gate() -> None:
    baseline = {"sets": gate.limits(SCORES)}
    assert gate.check(SCORES, baseline) == []
    worse = copy.deepcopy(SCORES)
    worse["traf/html"].update(f1=0.85, failed=3)
    assert gate.check(worse, baseline) == [
        "traf/html: f1 0.8500 < floor 0.880",
        "traf/html: failed pages 3 > ceiling 2",
    ]


def test_update_raises_floors_but_never_lowers_them_without_the_flag() -> None:
    baseline, refused = gate.update(SCORES, None, "sha256:x", allow_regression=False)
    assert refused == []
    better = copy.deepcopy(SCORES)
    better["traf/html"]["f1"] = 0.95
    raised, refused = gate.update(better, baseline, "sha256:x", allow_regression=False)
    assert (refused, raised["sets"]["traf/html"]["floors"]["f1"]) == ([], 0.93)
    # A little lower, still above the floor: the gate passes and the floor stays where it was.
    slightly = copy.deepcopy(better)
    slightly["traf/html"]["f1"] = 0.94
    kept, refused = gate.update(slightly, raised, "sha256:x", allow_regression=False)
    assert (refused, kept["sets"]["traf/html"]["floors"]["f1"]) == ([], 0.93)
    # Under the floor: refused, unless the regression is allowed (a reviewed change).
    worse = copy.deepcopy(SCORES)
    worse["traf/html"]["f1"] = 0.8
    _, refused = gate.update(worse, kept, "sha256:x", allow_regression=False)
    assert refused == ["traf/html: f1 0.8000 < floor 0.930"]
    lowered, refused = gate.update(worse, kept, "sha256:x", allow_regression=True)
    assert (refused, lowered["sets"]["traf/html"]["floors"]["f1"]) == ([], 0.78)


def test_main_refuses_to_lower_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    pinned, _ = gate.update(SCORES, None, "sha256:x", allow_regression=False)
    path = tmp_path / "baseline.json"
    path.write_text(json.dumps(pinned))
    worse = copy.deepcopy(SCORES)
    worse["traf/html"]["title"] = 0.1
    monkeypatch.setattr(gate, "BASELINE", path)
    monkeypatch.setattr(gate, "load_baseline", lambda: json.loads(path.read_text()))
    monkeypatch.setattr(gate, "measure", lambda: worse)
    monkeypatch.setattr(gate, "digest", lambda: "sha256:x")
    before = path.read_text()
    assert gate.main(["--update"]) == 1
    assert "refused to lower" in capsys.readouterr().out
    assert path.read_text() == before
    assert gate.main([]) == 1  # and the plain gate fails
    assert gate.main(["--update", "--allow-regression"]) == 0
    assert json.loads(path.read_text())["sets"]["traf/html"]["floors"]["title"] == 0.0
