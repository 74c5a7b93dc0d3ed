"""Options shared by several commands, declared once."""

from __future__ import annotations

import click

from cleaner.config import InputType

__all__ = ["input_type_option"]

input_type_option = click.option(
    "--input-type",
    type=click.Choice([t.value for t in InputType]),
    default="auto",
    show_default=True,
    help="Treat input as HTML or a text dump; auto sniffs the bytes.",
)
