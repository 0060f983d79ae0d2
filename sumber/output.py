"""How commands print: JSON, tables that never cut ids, a progress bar and error lines on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any

PIPED_WIDTH = 200  # a pipe has no width; wide enough that only long text columns fold


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_table(columns: list[str], rows: list[list[str]], whole: set[str]) -> None:
    """A table whose `whole` columns (ids) are never cut or wrapped, on a terminal or through a pipe."""
    from rich.console import Console
    from rich.table import Table

    table = Table()
    for i, name in enumerate(columns):
        if name in whole:
            table.add_column(name, no_wrap=True, min_width=max([len(name), *(len(r[i]) for r in rows)]))
        else:
            table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(width=None if sys.stdout.isatty() else PIPED_WIDTH).print(table)


def err_console():
    from rich.console import Console

    return Console(stderr=True)


def progress_bar():
    """A transient bar on stderr (none when stderr is not a terminal: no stray blank line before an error) and
    the `progress(done, total, label)` callback that moves it."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = err_console()
    bar = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        transient=True,
        console=console,
        disable=not console.is_terminal,
    )
    task = bar.add_task("Indexing articles", total=None)

    def update(done: int, total: int, label: str) -> None:
        bar.update(task, completed=done, total=max(total, 1), description=f"Indexing articles ({label})")

    return bar, update
