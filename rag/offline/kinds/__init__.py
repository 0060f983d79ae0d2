"""The answer kinds of the offline answerer, one handler each, and the registry `KINDS` that `typed`, `fit`,
`pick` and `lines` consult instead of testing the kind's name.

A handler (`Kind`, in `base`) owns what is particular to its kind: `find`, the candidates of the kind in a
sentence; `bonus`, how well a candidate fits beyond its sentence's score; and the flags of how it is picked
(`picked`, `figure`, `near`, `role_widens`, `whole`).

To add a kind:
1. The handler: a module here (or a section of one, as `figures` holds how_many, how_much and score) with its
   finder and bonus, one `Kind(...)`, and its entry in `KINDS` below.
2. The template: its answer line in `rag/prompts.py` `ANSWER_LINES` (English and Indonesian), and the kind in
   `ATTRIBUTED_KINDS` when the line says who gives the value.
3. Its cue words: in `index/language` (the question words `rag/offline/intent.py` reads to ask for the kind,
   and any words the finder or bonus needs).
4. Tests: the finder and the bonus through `typed_answers` and `candidate_bonus` in
   tests/test_general_answerer.py, and a question of the kind end to end.
"""

from __future__ import annotations

from rag.offline.kinds.base import Kind
from rag.offline.kinds.figures import HOW_MANY, HOW_MUCH, SCORE
from rag.offline.kinds.time import TIME
from rag.offline.kinds.what import WHAT
from rag.offline.kinds.when import WHEN
from rag.offline.kinds.where import WHERE
from rag.offline.kinds.who import WHO
from rag.offline.kinds.why import WHY

KINDS: dict[str, Kind] = {
    "who": WHO,
    "when": WHEN,
    "time": TIME,
    "where": WHERE,
    "how_many": HOW_MANY,
    "how_much": HOW_MUCH,
    "why": WHY,
    "score": SCORE,
    "what": WHAT,
}
TYPED_KINDS = tuple(name for name, kind in KINDS.items() if kind.picked)  # the kinds picked as a typed answer
