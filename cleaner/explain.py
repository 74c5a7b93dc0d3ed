"""What each step changed: the explanation behind a record, and its rich rendering."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from cleaner.blocks import Block, Page

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["Explanation", "Step", "render", "replay"]


@dataclass(frozen=True, slots=True)
class Step:
    """One step that changed the page: the marks and fields it added."""

    name: str
    removed: tuple[int, ...]  # block ids, in page order
    filled: tuple[str, ...]  # field names
    warning: str = ""  # set when the step failed and was skipped


@dataclass(frozen=True, slots=True)
class Explanation:
    page: Page  # the final page: its marks say who removed what, its fields where values came from
    steps: tuple[Step, ...]


def replay(blocks: tuple[Block, ...], explanation: Explanation) -> str:
    """Rebuild the body from the original blocks and the recorded removals alone."""
    removed = {block_id for step in explanation.steps for block_id in step.removed}
    return "\n\n".join(block.text for block in blocks if block.id not in removed)


def _short(text: str, limit: int = 110) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render(explanation: Explanation, console: Console, *, full_text: bool = False) -> None:
    """Print every block, kept or dropped and why, then the metadata with its sources."""
    from rich.table import Table
    from rich.text import Text

    page = explanation.page
    blocks = Table(title=f"{page.source} ({page.input_type})", show_lines=False, expand=True)
    blocks.add_column("#", justify="right", style="dim", no_wrap=True)
    blocks.add_column("line", justify="right", style="dim", no_wrap=True)
    blocks.add_column("verdict", no_wrap=True)
    blocks.add_column("text", ratio=1)
    for block in page.blocks:
        mark = page.marks.get(block.id)
        text = block.text if full_text else _short(block.text)
        if mark is None:
            verdict = Text("kept", style="bold green")
            shown = Text(text)
        else:
            verdict = Text(f"{mark.by}: {mark.reason}", style="red")
            shown = Text(text, style="dim strike")
        blocks.add_row(str(block.id), str(block.line or ""), verdict, shown)
    console.print(blocks)
    for note in page.notes:
        console.print(Text.assemble((f"{note.by}: {note.code} ", "bold"), note.detail))
    if page.article_span is not None:
        start, end = page.article_span
        console.print(f"[bold]article span[/bold] (boundary step): blocks {start}–{end}")

    fields = Table(title="metadata", expand=True)
    fields.add_column("field", style="bold cyan", no_wrap=True)
    fields.add_column("value", ratio=2)
    fields.add_column("source", style="magenta", ratio=1)
    by_id = {block.id: block for block in page.blocks}
    for name, field in sorted(page.fields.items()):
        value = field.value if isinstance(field.value, str) else "; ".join(field.value)
        origin = field.source
        if field.block_id is not None and field.block_id in by_id:
            origin += f"\nblock {field.block_id}: {_short(by_id[field.block_id].text, 60)}"
        fields.add_row(name, _short(value, 200), origin)
    console.print(fields)

    changed = Table(title="steps that changed something")
    changed.add_column("step", style="bold")
    changed.add_column("removed", justify="right")
    changed.add_column("filled")
    for step in explanation.steps:
        changed.add_row(step.name, str(len(step.removed)), ", ".join(step.filled))
    console.print(changed)
