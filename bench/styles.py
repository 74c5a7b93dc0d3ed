"""cleaner on text-dump styles the bench does not ship, built here from the bench pages.

The bench ships two dump styles per page (``dumps/blocks``, ``dumps/inscriptis``); the project is
also measured on a dump style we do not have. This script makes other common "whole page
flattened to text" styles from the same pages, so a rule that only fits the two shipped styles
shows up as a drop here. They are made by us, so this is a development check, not the unseen
style. Run from the repository root (see bench/README.md)::

    .venv/bin/python bench/styles.py                          # every set, every style
    .venv/bin/python bench/styles.py --sets aeb --styles html2text,folded-76 --json out.json
    .venv/bin/python bench/styles.py --sets wcxb,fundus --half tune

Built dumps are cached as ``<cache-dir>/styles/<set>/<style>/<id>.txt`` (``--cache-dir``, env
``CLEANER_BENCH_CACHE``, default ``bench/.cache``; ``--rebuild`` makes them again). Each dump is
scored three ways with the bench metrics (bench/scores.py, on the tune and check halves):
cleaner (``input_type=text``), the whole dump kept (identity, the floor) and jusText on the
dump wrapped one ``<p>`` per line, as the peers get dumps (its outputs are cached by the dump's
text, like every peer output in bench/quality.py).

>>> fold_lines("one two three\\n\\nfour", width=8)
'one two\\nthree\\n\\nfour'
"""

from __future__ import annotations

import json
import sys
import textwrap
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import click

_ROOT = Path(__file__).resolve().parents[1]
if __package__ in (None, ""):  # run as `python bench/styles.py`: make the checkout importable
    sys.path[:0] = [str(_ROOT)]

from bench import cache  # noqa: E402
from bench.peers import PEERS, PeerPage, decode_html, wrap_dump  # noqa: E402
from bench.quality import DEFAULT_BENCH_DIR, Outcome, load_set, page_id, read_page  # noqa: E402
from bench.scores import parts_for, score_outcome  # noqa: E402
from cleaner.evaluation.halves import Half  # noqa: E402
from cleaner.evaluation.report import detect_metric  # noqa: E402

SETS = ("aeb", "traf", "wcxb", "fundus")
_ERROR_EXAMPLES = 3  # error messages shown per style and set under a table


# --- the styles -------------------------------------------------------------------------------


def _html2text(html: str, *, width: int | None) -> str:
    import html2text

    converter = html2text.HTML2Text()
    if width is not None:
        converter.body_width = width
    return str(converter.handle(html))


def _soup(html: str) -> Any:
    """The page parsed by BeautifulSoup, without the elements whose text is never shown."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return soup


def _soup_lines(html: str) -> str:
    return str(_soup(html).get_text("\n", strip=True))


def _soup_text(html: str) -> str:
    return str(_soup(html).get_text())


def _one_line(html: str) -> str:
    """The page's text on one line: every text node joined by a space, white space squashed
    (as a crawler that stores "the text" in a single field has it)."""
    return " ".join(_soup(html).get_text(" ").split())


def _html_text(html: str) -> str:
    """Zyte's html-text with its layout guess: a blank line around block elements, inline
    ones run together (a held-out style: see bench/README.md)."""
    import html_text

    return str(html_text.extract_text(html, guess_layout=True))


def _markdownify(html: str) -> str:
    """Markdown from markdownify, after the ``_soup`` clean-up (its defaults keep the text of
    scripts and styles); held out, see bench/README.md."""
    from markdownify import markdownify

    return str(markdownify(str(_soup(html))))


def _resiliparse(html: str) -> str:
    from resiliparse.extract.html2text import extract_plain_text

    return str(extract_plain_text(html, main_content=False))


def _browser_dump(command: Sequence[str], html: str) -> str:
    """A text browser's dump of the page (its own wrapping, bullets and link numbers), from the
    page as UTF-8 on stdin; the browser never fetches anything for a page on stdin.

    The page is decoded already (``decode_page``), so a charset its own ``<meta>`` declares
    no longer holds: a UTF-8 declaration put first wins over it, as the browsers read the
    first one (without it lynx read "veröffentlichen" as "verÃ¶ffentlichen").
    """
    import subprocess

    page = f'<meta charset="utf-8">{html}'.encode()
    done = subprocess.run(command, input=page, capture_output=True, timeout=60, check=True)
    return done.stdout.decode("utf-8", errors="replace")


# lynx -dump: 3-space indents, "*" and "o" bullets, "[12]" before each link's text and a
# numbered "References" list of the links' addresses at the end, lines folded at 80 columns.
_LYNX = (
    "lynx",
    "-dump",
    "-stdin",
    "-force_html",
    "-nomargins",
    "-width=80",
    "-assume_charset=utf-8",
    "-display_charset=utf-8",
)
# w3m -dump: the page laid out as on screen, bullets "•" and "☆", tables drawn in columns.
_W3M = ("w3m", "-dump", "-T", "text/html", "-I", "utf-8", "-O", "utf-8", "-cols", "80")


def fold_lines(text: str, width: int = 76) -> str:
    """Every line folded at ``width`` columns (``textwrap.fill``); blank lines kept."""
    return "\n".join(
        textwrap.fill(line, width) if line.strip() else "" for line in text.split("\n")
    )


@dataclass(frozen=True, slots=True)
class Style:
    """A dump style: made by ``build`` from the bench folder ``origin``, or shipped there."""

    name: str
    origin: str  # "html" (decoded page) or a dumps folder such as "dumps/blocks"
    build: Callable[[str], str] | None = field(default=None, repr=False)  # None: as shipped
    program: str | None = None  # a program the build runs, which the machine may not have

    def input_path(self, bench_dir: Path, collection: str, page_id: str) -> Path:
        suffix = ".html.gz" if self.origin == "html" else ".txt"
        return bench_dir / collection / self.origin / f"{page_id}{suffix}"


STYLES: dict[str, Style] = {
    style.name: style
    for style in (
        Style("blocks", "dumps/blocks"),
        Style("inscriptis", "dumps/inscriptis"),
        Style("html2text", "html", partial(_html2text, width=None)),
        Style("html2text-nowrap", "html", partial(_html2text, width=0)),
        Style("soup-lines", "html", _soup_lines),
        Style("soup-text", "html", _soup_text),
        Style("resiliparse", "html", _resiliparse),
        Style("one-line", "html", _one_line),
        Style("html-text", "html", _html_text),
        Style("markdownify", "html", _markdownify),
        Style("folded-76", "dumps/blocks", fold_lines),
        Style("lynx", "html", partial(_browser_dump, _LYNX), program="lynx"),
        Style("w3m", "html", partial(_browser_dump, _W3M), program="w3m"),
    )
}


# --- building (and caching) the dumps ---------------------------------------------------------


@dataclass(slots=True)
class Dumps:
    """One style's dumps of one set by page id; pages whose dump could not be made are errors."""

    texts: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


# A UTF-8 page with a few invalid bytes (a Latin-1 "ü" pasted into a template): a browser shows
# it as UTF-8 with a replacement mark in their place, where a strict decode fails and detection
# picks a one-byte charset for the whole page ("fÃ¼r" in every line of 4 traf pages). A page in
# a one-byte charset has invalid bytes too, but no valid multi-byte character at all.
_MAX_INVALID_UTF8 = 0.001  # share of the page's bytes
_MIN_VALID_PER_INVALID = 4  # valid non-ASCII characters per invalid byte


def decode_page(data: bytes) -> str:
    """A page's bytes as the text a browser shows (UTF-8 with a few bad bytes stays UTF-8)."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    valid = len(text) - invalid - sum(1 for c in text if c.isascii())
    if invalid <= _MAX_INVALID_UTF8 * len(data) and valid >= _MIN_VALID_PER_INVALID * invalid:
        return text
    return decode_html(data)


def _read_input(path: Path, origin: str) -> str:
    data = read_page(path)
    return decode_page(data) if origin == "html" else data.decode("utf-8", errors="replace")


def _dump(style: Style, source: Path, built: Path, rebuild: bool) -> str:
    """One page's dump: the shipped file, the cached build, or a new build (then cached)."""
    if style.build is None:
        return _read_input(source, style.origin)
    if built.exists() and not rebuild:
        return built.read_text(encoding="utf-8")
    text = style.build(_read_input(source, style.origin))
    cache.write_text(built, text)
    return text


@dataclass(frozen=True, slots=True)
class Where:
    """Where a set's pages are read from and its built dumps and peer outputs cached."""

    bench_dir: Path
    cache_dir: Path
    collection: str


def build_dumps(style: Style, where: Where, page_ids: Sequence[str], rebuild: bool) -> Dumps:
    dumps = Dumps()
    for key in page_ids:
        source = style.input_path(where.bench_dir, where.collection, key)
        built = where.cache_dir / "styles" / where.collection / style.name / f"{key}.txt"
        try:
            dumps.texts[key] = _dump(style, source, built, rebuild)
        except Exception as exc:  # a converter that fails on a page: note it, score it empty
            dumps.errors.append(f"{key}: {type(exc).__name__}: {exc}")
            dumps.texts[key] = ""
    return dumps


# --- the three extractors on a dump -----------------------------------------------------------


def _result(record: dict[str, Any], start: float, error: str | None) -> dict[str, Any]:
    """A result in the shape :meth:`bench.quality.Outcome.add` takes."""
    return {"record": record, "cpu_seconds": time.process_time() - start, "error": error}


def _run_cleaner(page_id: str, text: str) -> dict[str, Any]:
    import cleaner
    from cleaner.config import CleanerConfig, InputType

    source = f"{page_id}.txt"
    start = time.process_time()
    try:
        config = CleanerConfig(input_type=InputType.TEXT)  # html2text output can look like markup
        record = cleaner.clean(text.encode("utf-8"), source=source, config=config).to_dict()
    except Exception as exc:  # CleanerError or a bug: an error, scored as an empty body
        return _result({"source": source, "body": ""}, start, f"{type(exc).__name__}: {exc}")
    return _result(record, start, None)


def _run_peer(name: str, page_id: str, text: str) -> dict[str, Any]:
    record: dict[str, Any] = {"source": f"{page_id}.txt", "body": ""}
    start = time.process_time()
    try:
        record["body"] = PEERS[name].run(PeerPage(html=wrap_dump(text), dump=text)).body
    except Exception as exc:
        return _result(record, start, f"{type(exc).__name__}: {exc}")
    return _result(record, start, None)


def _run_peer_cached(name: str, cache_dir: Path, page_id: str, text: str) -> dict[str, Any]:
    """A peer's output on a dump, from the peer cache when it is there (keyed by the dump's
    text, so a shipped dump shares its entry with bench/quality.py's run on the same file)."""
    entry = cache.entry_path(cache_dir, name, PEERS[name].version(), text.encode("utf-8"))
    result = cache.read(entry)
    if result is None:
        result = _run_peer(name, page_id, text)
        cache.write(entry, result)
    return result


def run_extractors(dumps: Dumps, with_justext: bool, cache_dir: Path) -> dict[str, Outcome]:
    """Extractor name -> outcome on every dump of one style."""
    runners: dict[str, Callable[[str, str], dict[str, Any]]] = {
        "cleaner": _run_cleaner,
        "identity": partial(_run_peer, "identity"),
    }
    if with_justext:
        runners["justext"] = partial(_run_peer_cached, "justext", cache_dir)
    outcomes = {name: Outcome() for name in runners}
    for key, text in dumps.texts.items():
        for name, run in runners.items():
            outcomes[name].add(key, run(key, text))
    return outcomes


# --- scoring and output -----------------------------------------------------------------------

_PEERS = ("identity", "justext")  # the floor and the best dump peer, beside cleaner


def score_style(
    outcomes: dict[str, Outcome], gold: dict[str, dict[str, Any]], parts: Sequence[str]
) -> dict[str, Any]:
    """Each extractor's scores on one style's dumps, per part (bench/scores.py), and errors."""
    row: dict[str, Any] = {}
    for name, outcome in outcomes.items():
        row[name] = score_outcome(outcome.records, gold, parts)
        row[name]["errors"] = len(outcome.errors)
    return row


def _style_cells(name: str, row: dict[str, Any], halves: Sequence[str]) -> list[str]:
    """One style's cells: cleaner (red where a peer does better on that half), the peers, the
    pages with F1 < 0.5 (cleaner / jusText) and cleaner's errors."""
    style = STYLES[name]
    cells = [name, style.origin.removeprefix("dumps/") if style.build else "shipped"]
    peers = [peer for peer in _PEERS if peer in row]
    for half in halves:
        f1 = row["cleaner"][half]["f1"]
        best = max(row[peer][half]["f1"] for peer in peers)
        cells.append(f"{f1:.3f}" if f1 > best else f"[red]{f1:.3f}[/red]")
    if len(halves) == 1:
        cells += [f"{row['cleaner'][halves[0]][key]:.3f}" for key in ("precision", "recall")]
    cells += [f"{row[peer][half]['f1']:.3f}" for peer in peers for half in halves]
    for peer in ("cleaner", "justext"):
        if peer in row:
            cells.append(" / ".join(str(row[peer][half]["failed"]) for half in halves))
    cells.append(str(row["cleaner"]["errors"]))
    return cells


def render_set(
    title: str, rows: dict[str, dict[str, Any]], halves: Sequence[str], notes: Sequence[str]
) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title, title_justify="left")
    table.add_column("style", no_wrap=True)
    table.add_column("made from")
    with_halves = len(halves) > 1
    headers = [f"cleaner {half}" if with_halves else "cleaner f1" for half in halves]
    if not with_halves:
        headers += ["precision", "recall"]
    peers = [peer for peer in _PEERS if any(peer in row for row in rows.values())]
    headers += [f"{peer} {half}" if with_halves else peer for peer in peers for half in halves]
    failing = ["cleaner", *(["justext"] if "justext" in peers else [])]
    headers += [f"F1<0.5 {peer}" for peer in failing]
    headers.append("errors")
    for header in headers:
        table.add_column(header, justify="right", no_wrap=True)
    for name, row in rows.items():
        table.add_row(*_style_cells(name, row, halves))
    console = Console(width=max(180, Console().width))
    console.print(table)
    for note in notes:
        console.print(f"  note: {note}", highlight=False, markup=False)
    console.print()


def _errors_note(what: str, errors: Sequence[str]) -> list[str]:
    if not errors:
        return []
    return [f"{what}: {len(errors)} errors, e.g. {'; '.join(errors[:_ERROR_EXAMPLES])}"]


def _versions() -> dict[str, str]:
    import importlib.metadata

    import cleaner

    versions = {"cleaner": cleaner.__version__}
    for distribution in (
        "html2text",
        "beautifulsoup4",
        "resiliparse",
        "justext",
        "html-text",
        "markdownify",
    ):
        try:
            versions[distribution] = importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            versions[distribution] = "not installed"
    for program in ("lynx", "w3m"):  # the first line of each program's own version text
        versions[program] = _program_version(program)
    return versions


def _program_version(program: str) -> str:
    import subprocess

    try:
        done = subprocess.run([program, "-version"], capture_output=True, timeout=10, check=False)
    except OSError:
        return "not installed"
    lines = done.stdout.decode("utf-8", errors="replace").splitlines()
    return lines[0].strip() if lines else "unknown"


def _echo(message: str) -> None:
    click.echo(message, err=True)


def _split(value: str) -> list[str]:
    return [item.strip() for item in value.split(",") if item.strip()]


def _check(names: Sequence[str], known: Sequence[str], what: str) -> None:
    unknown = [name for name in names if name not in known]
    if unknown:
        raise click.BadParameter(f"unknown {what}(s) {unknown}; known: {', '.join(known)}")


def _available(style: Style) -> bool:
    import shutil

    return style.program is None or shutil.which(style.program) is not None


@dataclass(frozen=True, slots=True)
class Options:
    limit: int | None
    half: Half | None
    rebuild: bool
    with_justext: bool


def run_set(where: Where, style_names: Sequence[str], options: Options) -> dict[str, Any]:
    """Build, run and score every style on one set; print its table and return its numbers."""
    html_set = load_set(f"{where.collection}-html", where.bench_dir, options.limit, options.half)
    page_ids = [page_id(path) for path in html_set.files]  # the pages and gold of the run
    parts = parts_for(options.half)
    halves = [part for part in parts if part != "all"]
    rows: dict[str, dict[str, Any]] = {}
    notes: list[str] = []
    build_errors: dict[str, list[str]] = {}
    for name in style_names:
        _echo(f"{where.collection}: {name} ...")
        dumps = build_dumps(STYLES[name], where, page_ids, options.rebuild)
        outcomes = run_extractors(dumps, options.with_justext, where.cache_dir)
        rows[name] = score_style(outcomes, html_set.gold, parts)
        build_errors[name] = dumps.errors
        notes += _errors_note(f"{name} (building the dump)", dumps.errors)
        for extractor, outcome in outcomes.items():
            notes += _errors_note(f"{name} ({extractor})", outcome.errors)
    pages = ", ".join(f"{half} {rows[style_names[0]]['cleaner'][half]['pages']}" for half in halves)
    metric = str(detect_metric(html_set.gold))
    title = f"{where.collection} ({len(page_ids)} docs: {pages}), body {metric} F1"
    if len(halves) > 1:
        title += "; F1<0.5: pages (tune / check); errors: cleaner's"
    render_set(title, rows, halves, notes)
    return {"docs": len(page_ids), "metric": metric, "styles": rows, "build_errors": build_errors}


_HALF_CHOICES = ["both", *(half.value for half in Half)]


@click.command()
@click.option("--sets", "set_names", default=",".join(SETS), show_default=True)
@click.option("--styles", "style_names", default=",".join(STYLES), show_default=True)
@click.option("--half", type=click.Choice(_HALF_CHOICES), default="both", show_default=True)
@click.option(
    "--bench-dir", type=click.Path(file_okay=False, path_type=Path), default=DEFAULT_BENCH_DIR
)
@cache.cache_dir_option
@click.option("--limit", type=int, default=None, help="Only the first N pages of each set.")
@click.option("--rebuild", is_flag=True, help="Build every dump again, ignoring the cache.")
@click.option("--no-justext", is_flag=True, help="Leave out the jusText column.")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path))
def main(
    set_names: str,
    style_names: str,
    half: str,
    bench_dir: Path,
    cache_dir: Path,
    limit: int | None,
    rebuild: bool,
    no_justext: bool,
    json_out: Path | None,
) -> None:
    """Score cleaner, identity and jusText on other dump styles; one table per set."""
    sets, styles = _split(set_names), _split(style_names)
    _check(sets, SETS, "set")
    _check(styles, list(STYLES), "style")
    missing = [name for name in styles if not _available(STYLES[name])]
    for name in missing:
        _echo(f"note: style {name} left out: {STYLES[name].program} is not installed")
    styles = [name for name in styles if name not in missing]
    chosen = None if half == "both" else Half(half)
    options = Options(limit, chosen, rebuild, with_justext=not no_justext)
    results: dict[str, Any] = {"versions": _versions(), "parts": parts_for(chosen), "sets": {}}
    for collection in sets:
        where = Where(bench_dir, cache_dir, collection)
        results["sets"][collection] = run_set(where, styles, options)
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
