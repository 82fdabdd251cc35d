"""Executions of SOPs drawn with arrows (format version 2, issue 14): forks run at once, a join
waits for all that lead into it, the exit chosen at an N-way decision picks the next steps."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sopdesk.domain import execution as ex
from sopdesk.domain import execution_flow as flow
from sopdesk.domain.flow_check import check_flows
from sopdesk.domain.messages import translated
from sopdesk.domain.model import Flow, Lane, Sop, Status, Step, Symbol
from tests.v2_samples import fork_join, parallel_review

NOW = dt.datetime(2025, 6, 30, 16, 0)
START = dt.datetime(2025, 6, 2, 8, 0)


def at(minutes: int) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@pytest.fixture
def review(sample_by_id: dict[str, Sop]) -> Sop:
    return parallel_review(sample_by_id["kalbar-penyusunan-lkj-biro"])


def _run(sop: Sop, *actions: tuple[str, int, int, str]) -> ex.Execution:
    """Apply ("start"/"finish", step, minute, exit label) actions to a new execution."""
    e = ex.Execution("Uji", "", "Ana", START)
    for action, step, minute, label in actions:
        e = (ex.start_step(sop, e, step, at(minute), "Ana", NOW) if action == "start"
             else ex.finish_step(sop, e, at(minute), NOW, label, step=step))
    return e


def test_the_sample_is_clean_for_the_checker(review: Sop) -> None:
    assert check_flows(review) == []
    ex.check_can_start(review, trial=False)


def test_after_a_fork_two_steps_run_at_once_and_the_join_waits_for_both(review: Sop) -> None:
    e = _run(review, ("start", 0, 0, ""), ("finish", 0, 5, ""))
    assert ex.runnable_steps(review, e) == [1, 2]
    e = _run(review, ("start", 0, 0, ""), ("finish", 0, 5, ""), ("start", 2, 10, ""), ("start", 1, 20, ""))
    assert ex.running_steps(review, e) == [2, 1] and ex.runnable_steps(review, e) == []
    with pytest.raises(ex.ExecutionError, match=r"Beberapa langkah sedang berjalan \(3, 2\)") as caught:
        ex.finish_step(review, e, at(30), NOW)
    assert translated(caught.value, "en") == "Several steps are running (3, 2); choose the step that finished."
    e = ex.finish_step(review, e, at(40), NOW, step=2)
    assert ex.runnable_steps(review, e) == []  # the decision waits for step 2 too
    with pytest.raises(ex.ExecutionError, match="Langkah 4 belum dapat dimulai; yang dapat dimulai: -"):
        ex.start_step(review, e, 3, at(45), "Ana", NOW)
    e = ex.finish_step(review, e, at(50), NOW, step=1)
    assert ex.runnable_steps(review, e) == [3] and ex.next_step(review, e) == 3
    with pytest.raises(ex.ExecutionError, match="sebelum langkah sebelumnya selesai"):
        ex.start_step(review, e, 3, at(45), "Ana", NOW)  # step 2 finished at 08:50
    e = ex.start_step(review, e, 3, at(50), "Ana", NOW)
    with pytest.raises(ex.ExecutionError, match="Pilih keputusan langkah 4: Ya / Tidak"):
        ex.finish_step(review, e, at(55), NOW)
    e = ex.finish_step(review, e, at(55), NOW, "Ya")
    assert ex.runnable_steps(review, e) == [4, 5]  # "Ya" leads to 5a and 5b at once
    for step, minute in ((5, 60), (4, 61)):
        e = ex.start_step(review, e, step, at(minute), "Ana", NOW)
    e = ex.finish_step(review, e, at(70), NOW, step=4)
    assert ex.runnable_steps(review, e) == []  # the end waits for 5b
    e = ex.finish_step(review, e, at(90), NOW, step=5)
    e = ex.start_step(review, e, 6, at(90), "Ana", NOW)
    assert not ex.is_finished(review, e)
    e = ex.finish_step(review, e, at(90), NOW)
    assert ex.is_finished(review, e) and ex.next_step(review, e) is None
    with pytest.raises(ex.ExecutionError, match="sudah selesai"):
        ex.start_step(review, e, 0, at(95), "Ana", NOW)
    verdicts = [ex.judge(review, r, NOW).verdict for r in e.records]
    assert verdicts.count(ex.Verdict.NO_STANDARD) == 3  # the two terminators and "Setiap saat"


def test_the_exit_chosen_picks_the_next_steps_and_a_loop_repeats_them(review: Sop) -> None:
    e = _run(review, ("start", 0, 0, ""), ("finish", 0, 1, ""), ("start", 1, 2, ""), ("start", 2, 2, ""),
             ("finish", 1, 3, ""), ("finish", 2, 4, ""), ("start", 3, 5, ""), ("finish", 3, 6, "Tidak"))
    assert ex.runnable_steps(review, e) == [1]  # "Tidak" goes back to step 2 only; step 3 is not waited for
    with pytest.raises(ex.ExecutionError, match="Langkah 3 belum dapat dimulai; yang dapat dimulai: 2"):
        ex.start_step(review, e, 2, at(7), "Ana", NOW)
    e = ex.start_step(review, e, 1, at(7), "Ana", NOW)
    with pytest.raises(ex.ExecutionError, match="Langkah 2 belum selesai"):
        ex.start_step(review, e, 1, at(8), "Ana", NOW)
    with pytest.raises(ex.ExecutionError, match="Langkah 5a tidak sedang berjalan"):
        ex.finish_step(review, e, at(8), NOW, step=4)
    e = ex.finish_step(review, e, at(8), NOW)
    assert ex.runnable_steps(review, e) == [3]
    assert [r.step for r in e.records] == [0, 1, 2, 3, 1]


def test_a_correction_keeps_the_graph_rules(review: Sop) -> None:
    e = _run(review, ("start", 0, 0, ""), ("finish", 0, 10, ""), ("start", 1, 20, ""), ("start", 2, 30, ""),
             ("finish", 1, 40, ""), ("finish", 2, 50, ""), ("start", 3, 60, ""))
    fixed = ex.correct_time(e, 2, "started_at", at(15), NOW, review)  # step 3 earlier, still after step 1
    assert fixed.records[2].started_at == at(15)
    with pytest.raises(ex.ExecutionError, match="Koreksi ini membuat langkah 4 mulai sebelum") as caught:
        ex.correct_time(e, 2, "finished_at", at(65), NOW, review)  # step 3 would finish after 4 started
    assert "steps leading into it" in translated(caught.value, "en")
    with pytest.raises(ex.ExecutionError, match="Koreksi ini membuat langkah 3 mulai sebelum"):
        ex.correct_time(e, 2, "started_at", at(5), NOW, review)  # before the start finished
    with pytest.raises(ex.ExecutionError, match="selesai sebelum mulai"):
        ex.correct_time(e, 1, "finished_at", at(19), NOW, review)


def test_the_fork_join_sample_runs_each_exit_to_its_end(sample_by_id: dict[str, Sop]) -> None:
    sop = fork_join(sample_by_id["kalbar-penyusunan-lkj-biro"], parts=True)
    sop = dataclasses.replace(sop, status=Status.APPROVED,
                              steps=tuple(dataclasses.replace(s, time_rows=1) for s in sop.steps))
    ex.check_can_start(sop, trial=False)
    for label, expected in (("Ya", [[0], [1], [2], [3]]), ("Tidak", [[0], [1], [2], [3]])):
        e, seen = ex.Execution("Uji", "", "Ana", START), []
        for minute in range(0, 100, 10):
            ready = ex.runnable_steps(sop, e)
            if not ready:
                break
            seen.append(ready)
            e = ex.start_step(sop, e, ready[0], at(minute), "Ana", NOW)
            e = ex.finish_step(sop, e, at(minute + 5), NOW, label if ex.exit_choices(sop, ready[0]) else "")
        assert seen == expected and ex.is_finished(sop, e)


def test_a_version_1_sop_keeps_one_step_at_a_time(sample_by_id: dict[str, Sop]) -> None:
    sop = dataclasses.replace(sample_by_id["lamandau-pengisian-e-sakip"], status=Status.APPROVED)
    e = ex.start_step(sop, ex.Execution("Uji", "", "Ana", START), 0, at(0), "Ana", NOW)
    assert ex.running_steps(sop, e) == [0] and ex.runnable_steps(sop, e) == []
    e = ex.finish_step(sop, e, at(5), NOW)
    assert ex.runnable_steps(sop, e) == [1] and ex.exit_choices(sop, 4) == ["Ya", "Tidak"]


# ----- property: any order of logging the runnable steps of a random fork/join graph finishes ----------

@st.composite
def fork_join_graphs(draw: st.DrawFn) -> Sop:
    """A random acyclic flowchart: a start terminator, 1..8 processes in two lanes, an end
    terminator; every row has arrows to 1..3 later rows (forks) and is reached (joins)."""
    middle = draw(st.integers(1, 8))
    n = middle + 2
    flows: list[list[int]] = [[] for _ in range(n)]
    for i in range(n - 1):
        later = list(range(i + 1, n))
        flows[i] = sorted(draw(st.sets(st.sampled_from(later), min_size=1, max_size=min(3, len(later)))))
    for j in range(1, n):
        if not any(j in f for f in flows[:j]):
            flows[draw(st.integers(0, j - 1))].append(j)
    steps = tuple(Step(f"K{i}", (draw(st.sampled_from(["a", "b"])),),
                       Symbol.TERMINATOR if i in (0, n - 1) else Symbol.PROCESS,
                       standard_time="" if i in (0, n - 1) else "10 menit",
                       flows=tuple(Flow(t) for t in sorted(set(flows[i]))))
                  for i in range(n))
    return Sop("acak", "Acak", ("UNIT",), (Lane("a", "A"), Lane("b", "B")), steps, status=Status.APPROVED)


@settings(max_examples=60, deadline=None)
@given(sop=fork_join_graphs(), choices=st.lists(st.integers(0, 1_000), min_size=80, max_size=80))
def test_any_order_of_logging_finishes_and_a_join_never_starts_early(sop: Sop, choices: list[int]) -> None:
    e = ex.Execution("Uji", "", "Ana", START)
    inputs = {j: [i for i, s in enumerate(sop.steps) for f in s.flows if f.target == j] for j in range(len(sop.steps))}
    for minute, choice in enumerate(choices, start=1):
        actions = ([("start", s) for s in ex.runnable_steps(sop, e)]
                   + [("finish", s) for s in ex.running_steps(sop, e)])
        if not actions:
            break
        action, step = actions[choice % len(actions)]
        if action == "start":
            finished = {r.step: r.finished_at for r in e.records if r.finished_at is not None}
            assert all(i in finished for i in inputs[step])  # every input of a join has finished
            e = ex.start_step(sop, e, step, at(minute), "Ana", NOW)
        else:
            e = ex.finish_step(sop, e, at(minute), NOW, step=step)
    assert ex.is_finished(sop, e)
    assert sorted(r.step for r in e.records) == list(range(len(sop.steps)))  # each step once
    assert flow.replay(sop, e.records, START).unready == []


def test_a_join_cannot_be_backdated_to_when_an_input_still_ran(review: Sop) -> None:
    e = _run(review, ("start", 0, 0, ""), ("finish", 0, 1, ""), ("start", 1, 2, ""), ("start", 2, 2, ""),
             ("finish", 1, 3, ""), ("finish", 2, 4, ""), ("start", 3, 5, ""), ("finish", 3, 6, "Tidak"),
             ("start", 1, 10, ""), ("finish", 1, 20, ""))
    with pytest.raises(ex.ExecutionError, match=r"Mulai .* sebelum langkah sebelumnya selesai"):
        ex.start_step(review, e, 3, at(15), "Ana", NOW)
    assert ex.start_step(review, e, 3, at(20), "Ana", NOW).records[-1].step == 3


def test_a_join_is_not_started_back_in_time_while_a_step_that_could_lead_into_it_ran(review: Sop) -> None:
    """1 forks to 2 and to the decision 3; 2 leads to 4; 3 "Ya" to 4, "Tidak" to the end 5."""
    t, p, d = Symbol.TERMINATOR, Symbol.PROCESS, Symbol.DECISION
    rows = ((t, (Flow(1), Flow(2))), (p, (Flow(3),)), (d, (Flow(3, "Ya"), Flow(4, "Tidak"))), (p, (Flow(4),)),
            (t, ()))
    lane = (review.lanes[0].id,)
    sop = dataclasses.replace(review, steps=tuple(Step(f"K{i}", lane, kind, flows=flows)
                                                  for i, (kind, flows) in enumerate(rows)))
    e = _run(sop, ("start", 0, 0, ""), ("finish", 0, 5, ""), ("start", 1, 10, ""), ("start", 2, 10, ""),
             ("finish", 1, 20, ""))
    assert ex.runnable_steps(sop, e) == []  # 4 waits: the decision may still lead into it
    e = ex.finish_step(sop, e, at(60), NOW, "Tidak", step=2)
    assert ex.runnable_steps(sop, e) == [3]
    with pytest.raises(ex.ExecutionError, match=r"Pada 02-06-2025 08:30 langkah yang mengarah ke langkah 4") as caught:
        ex.start_step(sop, e, 3, at(30), "Ana", NOW)  # the decision still ran at 08:30
    assert translated(caught.value, "en") == "At 02-06-2025 08:30 a step leading into step 4 was still running."
    assert ex.start_step(sop, e, 3, at(60), "Ana", NOW).records[-1].step == 3
