"""Progress of an eval run, shown while it asks its questions."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class progress_bar:
    """Context manager yielding advance(done, total, label): a rich bar on stderr, a callback, or nothing."""

    def __init__(self, progress: bool | ProgressCallback, total: int) -> None:
        self._setting, self._total, self._bar = progress, total, None

    def __enter__(self) -> ProgressCallback:
        if callable(self._setting):
            return self._setting
        if not self._setting:
            return lambda done, total, label: None
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._bar = Progress(
            TextColumn("[bold]Evaluating[/bold] {task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            transient=True,
            console=Console(stderr=True),
        )
        task = self._bar.add_task("", total=self._total)
        self._bar.start()
        return lambda done, total, label: self._bar.update(task, completed=done, description=label)

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
