"""An answer as it is made: pieces of text to show, then the finished Answer."""

from __future__ import annotations

import time
from collections.abc import Callable, Generator, Iterator

from rag.types import Answer


class AnswerStream:
    """Iterate for pieces of answer text; afterwards `.answer` holds the final Answer."""

    def __init__(self, generator: Generator[str, None, Answer], finished: Callable[[Answer], None] | None = None):
        self._generator = generator
        self._finished = finished
        self.answer: Answer | None = None

    def __iter__(self) -> Iterator[str]:
        started = time.perf_counter()
        try:
            while True:
                yield next(self._generator)
        except StopIteration as done:
            self.answer = done.value
            self.answer.seconds = time.perf_counter() - started
            if self._finished:
                self._finished(self.answer)

    def result(self) -> Answer:
        for _ in self:
            pass
        assert self.answer is not None
        return self.answer
