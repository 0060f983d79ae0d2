"""Follow-up questions and question parts: their own words read in the topic of the question they follow."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from rag.offline.intent import Intent, classify


def blend(own: np.ndarray, topic: np.ndarray | None) -> np.ndarray:
    """The direction between a part's (or a follow-up's) own query vector and its topic's."""
    if topic is None:
        return own
    both = own + topic
    return both / max(float(np.linalg.norm(both)), 1e-9)


def with_context(intent: Intent, context: str | None) -> Intent:
    """A follow-up keeps its own answer type and takes the names and topic of the question it follows."""
    if not context:
        return intent
    previous = classify(context, intent.language)
    names = tuple(dict.fromkeys(intent.names + previous.names))
    order = intent.order or (previous.order if previous.order in ("first", "last") else None)  # "first ... and when?"
    statement = intent.asks_statement or previous.asks_statement
    return replace(intent, names=names, terms=intent.terms | previous.terms, order=order, asks_statement=statement)
