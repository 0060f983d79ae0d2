"""The global options (--home, --collection, --offline, --debug) and the Settings they build.

The root command puts a `CliState` in the click context (`ctx.obj`); every command, including the ones other
packages define (`evals.cli`), reaches it there and calls `ctx.obj.settings(...)`, so nothing below this package
needs to import it. Its `progress_bar()` is how those commands show indexing progress.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import typer


@dataclass
class CliState:
    debug: bool = False
    overrides: dict[str, Any] = field(default_factory=dict)

    def settings(self, **flags: Any):
        """Settings from the environment, the global options, then this command's own flags (unset ones ignored)."""
        from rag.settings import Settings

        return Settings(**self.overrides, **{k: v for k, v in flags.items() if v is not None})

    def progress_bar(self):
        """The commands' progress bar and its `progress(done, total, label)` callback (see sumber.output)."""
        from sumber.output import progress_bar

        return progress_bar()


def state(ctx: typer.Context) -> CliState:
    return ctx.ensure_object(CliState)
