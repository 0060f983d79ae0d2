"""The `sumber` command: every table has --json and keeps its ids whole (piped or on a narrow terminal), the global
options reach mounted sub-apps, errors are one line, and --rebuild leaves nothing of the old collection."""

from __future__ import annotations

import fcntl
import json
import os
import pty
import re
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sumber.cli import app
from tests.conftest import _ISOLATED_ENV

COMPARE_QUERY = "jumlah tentara Korea Utara"
ROOT = Path(__file__).resolve().parents[1]


def table_ids(command: str, payload: list | dict) -> list[str]:
    """The id cells a table prints for its --json payload."""
    if command == "sources":
        return [d["doc_id"] for d in payload]
    if command == "timeline":
        return [f"{e['doc_id']}:{e['start']}" for e in payload]
    return [c["doc_id"] for group in payload["groups"] for c in group["claims"]]


TABLES = [("sources", []), ("timeline", []), ("compare", [COMPARE_QUERY])]


@pytest.mark.parametrize(("command", "args"), TABLES)
def test_every_table_has_json_and_keeps_its_ids_whole_when_piped(shared_home, command, args):
    runner = CliRunner()
    as_json = runner.invoke(app, ["--home", str(shared_home), command, *args, "--json"])
    assert as_json.exit_code == 0, as_json.output
    ids = table_ids(command, json.loads(as_json.stdout))
    assert ids
    table = runner.invoke(app, ["--home", str(shared_home), command, *args])
    assert table.exit_code == 0, table.output
    lines = table.stdout.splitlines()
    for cell in ids:
        assert any(re.search(rf"(?<![\w:]){re.escape(cell)}(?![\w:])", line) for line in lines), cell


def run_on_a_terminal(home: Path, columns: int, *args: str) -> str:
    """`sumber` with stdout on a pseudo-terminal `columns` wide, as a person at a narrow window sees it."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in (*_ISOLATED_ENV, "COLUMNS", "LINES")}
    process = subprocess.Popen(
        [sys.executable, "-m", "sumber", "--home", str(home), *args],
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env={**env, "TERM": "xterm"},
        cwd=ROOT,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:  # the terminal closes when the process ends
            break
        if not data:
            break
        chunks.append(data)
    process.wait(120)
    os.close(leader)
    assert process.returncode == 0
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", b"".join(chunks).decode("utf-8", "replace"))


@pytest.mark.parametrize(("command", "args"), TABLES)
def test_ids_stay_whole_on_a_narrow_terminal(shared_home, command, args):
    ids = table_ids(
        command, json.loads(CliRunner().invoke(app, ["--home", str(shared_home), command, *args, "--json"]).stdout)
    )
    lines = run_on_a_terminal(shared_home, 72, command, *args).splitlines()
    assert max(len(line) for line in lines) <= 72 + 2
    for cell in ids:
        assert any(cell in line for line in lines), cell


def test_eval_compare_has_json(tmp_path):
    from tests.test_eval_run import synthetic_row, synthetic_run

    run_a = synthetic_run(tmp_path / "a", [synthetic_row("q1", True, 1.0, True, 1.0, 0.1)], "offline")
    run_b = synthetic_run(tmp_path / "b", [synthetic_row("q1", False, 0.0, True, 1.0, 0.2)], "some-llm")
    done = CliRunner().invoke(app, ["eval", "compare", str(run_a), str(run_b), "--json"])
    assert done.exit_code == 0, done.output
    result = json.loads(done.stdout)
    assert [c["id"] for c in result["worse"]] == ["q1"] and result["answerer_b"] == "some-llm"
    assert {"metric": "accuracy", "a": 1.0, "b": 0.0, "delta": -1.0, "better": False} in result["metrics"]


def test_the_global_home_option_reaches_the_mounted_eval(shared_home, tmp_path, monkeypatch):
    from evals.dataset import load_dataset

    unused = tmp_path / "env-home"
    monkeypatch.setenv("SUMBER_HOME", str(unused))
    dataset = tmp_path / "one.jsonl"
    dataset.write_text(json.dumps(load_dataset()[0].to_dict(), ensure_ascii=False) + "\n", encoding="utf-8")
    args = ["--home", str(shared_home), "eval", "--dataset", str(dataset), "--out", str(tmp_path / "run")]
    done = CliRunner().invoke(app, args)
    assert done.exit_code == 0, done.output
    assert not (unused / "chroma").exists(), "eval used SUMBER_HOME instead of --home"


def test_eval_judge_without_an_llm_is_one_line_naming_the_fix(shared_home):
    env = {k: v for k, v in os.environ.items() if k not in _ISOLATED_ENV}
    done = subprocess.run(
        [sys.executable, "-m", "sumber", "--home", str(shared_home), "eval", "--judge", "--limit", "1"],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "error: --judge needs an LLM: set OPENAI_BASE_URL (and OPENAI_API_KEY if needed); "
        "pass --judge-model or SUMBER_LLM_MODEL to choose the judge"
    ]


def test_rebuild_drops_the_old_collection_with_its_sentence_vectors(tmp_path):
    from rag import Assistant, Settings

    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Gempa di Sumbawa\n\nGempa bumi berkekuatan 5,1 melanda Sumbawa pada Selasa pagi.", "utf-8")
    second.write_text("Banjir di Medan\n\nBanjir merendam ratusan rumah di Medan pada Rabu malam.", "utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["--home", str(tmp_path / "home"), "ingest", str(first)]).exit_code == 0
    rebuilt = runner.invoke(app, ["--home", str(tmp_path / "home"), "ingest", "--rebuild", str(second)])
    assert rebuilt.exit_code == 0, rebuilt.output
    assistant = Assistant(Settings(home=tmp_path / "home", offline=True), auto_ingest=False)
    assert [d.doc_id for d in assistant.documents()] == ["second"]
    assert assistant.store.sentence_vectors(["first"]) == {}
    assert assistant.store.sentence_vectors(["second"])
