"""Every example in README.md runs as written.

Each command of a ```` ```sh ```` block and each ```` ```python ```` block is run in a folder
holding the files the examples name (``page.txt``, ``page.html``, ``dumps/``, ``crawl/``, a
WARC), with this interpreter's ``cleaner`` and ``python`` first on PATH, and must exit 0
without a traceback. What needs more than this machine is skipped with its reason.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.batch.conftest import article, write_warc

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"
FIXTURES = ROOT / "fixtures"
_FENCE = re.compile(r"^```(sh|python)\n(.*?)^```$", re.MULTILINE | re.DOTALL)

# A command containing the key is not run, for the reason given.
SKIPPED = {
    "pip install": "installs packages",
    "make test": "runs the whole suite, this test included",
    "fuzz/fuzz_clean.py": "needs atheris and runs for an hour",
}


def _commands(script: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comment lines left out."""
    joined = script.replace("\\\n", " ")
    return [
        line for line in joined.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def examples() -> list[object]:
    found = []
    for match in _FENCE.finditer(README.read_text(encoding="utf-8")):
        kind, body = match.group(1), match.group(2)
        line = README.read_text(encoding="utf-8")[: match.start()].count("\n") + 2
        if kind == "python":
            found.append(pytest.param(kind, body, id=f"README.md:{line}:python"))
            continue
        for command in _commands(body):
            reason = next((why for key, why in SKIPPED.items() if key in command), None)
            marks = [pytest.mark.skip(reason=reason)] if reason else []
            found.append(
                pytest.param(kind, command, id=f"README.md:{line}:{command[:40]}", marks=marks)
            )
    return found


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every file the README's examples name."""
    root = tmp_path_factory.mktemp("readme")
    shutil.copy(FIXTURES / "text" / "seed_tampa.txt", root / "page.txt")
    shutil.copy(FIXTURES / "html" / "data_table.html", root / "page.html")
    (root / "dumps").mkdir()
    for name in ("wire_ap_senate.txt", "blog_sourdough.txt"):
        shutil.copy(FIXTURES / "text" / name, root / "dumps" / name)
    (root / "crawl").mkdir()
    for name in ("comments_section.html", "byline_in_text.html", "non_english.html"):
        shutil.copy(FIXTURES / "html" / name, root / "crawl" / name)
    pages = [
        (f"http://example.com/{n}", article(n).encode(), "200 OK", "text/plain") for n in (1, 2)
    ]
    write_warc(root / "CC-MAIN-0001.warc.gz", pages)
    (root / "tests").symlink_to(ROOT / "tests")  # for the fuzzing corpus example
    (root / "fuzz").mkdir()
    return root


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        command, cwd=cwd, env=_environment(), capture_output=True, timeout=600, check=False
    )


@pytest.mark.parametrize(("kind", "example"), examples())
def test_readme_example_runs_as_written(kind: str, example: str, workdir: Path) -> None:
    if kind == "python":
        done = _run([sys.executable, "-c", example], workdir)
    elif example.startswith("make "):
        if not (ROOT / ".venv" / ".installed").exists():
            pytest.skip("needs the Makefile's venv (make install)")
        done = _run(["bash", "-c", f"set -o pipefail; {example}"], ROOT)
    else:
        if "jq" in example and shutil.which("jq") is None:
            pytest.skip("needs jq")
        done = _run(["bash", "-c", f"set -o pipefail; {example}"], workdir)
    stderr = done.stderr.decode(errors="replace")
    assert done.returncode == 0, f"{example}\n{stderr[-3000:]}"
    assert "Traceback" not in stderr


def test_the_readme_has_examples() -> None:
    runnable = [p for p in examples() if not getattr(p, "marks", ())]
    assert len(runnable) >= 15
