"""The typed answer to give: the best candidate among the top sentences, and for a count the other figures."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from index.language import LANGUAGES, LEGAL_FORMS
from rag.offline.evidence import Scored, Sentence
from rag.offline.extract import Found
from rag.offline.fit import candidate_bonus, proximity, speaker_fit
from rag.offline.intent import Intent
from rag.offline.kinds import KINDS, TYPED_KINDS

LOOK_AT = 8  # top sentences searched for a typed answer
ROLE_LOOK_AT = 40  # for "the name of the ambassador": a person right after that role
PICK_WITHIN = 0.5  # a typed answer is looked for in sentences scoring at least this share of the best one
OTHER_FIGURE_SHARE = 0.8  # another figure is shown when its candidate scores this close to the best one
SEVERAL_FIT = 0.05  # for a sentence holding as many candidates as the question asks for
NAMES_ASKED = 0.1  # for "which film saga": a sentence that names one ("film Star Wars")


@dataclass(frozen=True)
class Pick:
    item: Scored
    found: Found | None
    others: tuple[tuple[Scored, Found], ...] = ()  # other figures the evidence gives for a how-many question


def pick_answer(
    kind: str,
    intent: Intent,
    scored: list[Scored],
    typed: Callable[[str, Intent, Sentence], list[Found]],
    before: Callable[[Sentence], str],
    taken: set[tuple[str, int]] = frozenset(),  # type: ignore[assignment]
    several: bool = True,
    given: frozenset[str] = frozenset(),
) -> Pick:
    """The best typed candidate among the top sentences: its sentence's score plus how well it fits. `typed`: the
    candidates of a sentence; `before`: the text before it; `taken`: answers another part of the question already
    gave; `several`: other figures may follow a count; `given`: words of the names another part answered with
    ("PT IHM" answers no second part when the first was "PT ITCI Hutani Manunggal (IHM)")."""
    if not scored:
        return Pick(None, None)  # type: ignore[arg-type]
    if kind not in TYPED_KINDS:  # the sentence itself (one that asks or opens a list says nothing yet), from the
        # source the question names if it names one
        top = scored[:LOOK_AT]
        statements = [s for s in top if not _asks(s.sentence)] or top
        return Pick(
            max(
                statements,
                key=lambda s: (
                    s.score
                    + NAMES_ASKED * (s.fits + _names_one(kind, intent, s, typed))
                    + speaker_fit(intent, s.sentence.text, before(s.sentence))
                ),
            ),
            None,
        )
    handler = KINDS[kind]
    best = scored[0].score if scored else 0.0
    options = []
    candidates: dict[tuple[str, int], list[Found]] = {}  # each sentence's, by (doc_id, start)
    role_asked = handler.role_widens and intent.role  # a named role picks its sentence among all the evidence
    for item in scored[: ROLE_LOOK_AT if role_asked else LOOK_AT]:
        if item.score < best * (0.3 if role_asked else PICK_WITHIN):
            break
        said_by = speaker_fit(intent, item.sentence.text, before(item.sentence))
        where = (item.sentence.doc_id, item.sentence.start)
        found_here = candidates[where] = typed(kind, intent, item.sentence)
        if handler.whole and not found_here and not _asks(item.sentence):  # a reason given without a cue word
            options.append((item.score + handler.whole(intent, item.sentence.text) + said_by, item, None))
        for order, found in enumerate(found_here):
            if (item.sentence.doc_id, item.sentence.start + found.start) in taken or _named_before(found, given):
                continue
            fit = candidate_bonus(kind, intent, found, item.sentence.text) + said_by - 0.01 * order
            fit += proximity(intent, item.sentence.text, found) if handler.near else 0.0
            if handler.lists and intent.several > 1 and len(found_here) >= intent.several:
                fit += SEVERAL_FIT  # "the two earthquakes": a sentence that gives two
            options.append((item.score + fit, item, found))
    options = sorted((o for o in options if o[0] > 0), key=lambda o: -o[0])
    if options:
        score, item, found = options[0]
        if handler.lists and intent.several > 1:
            found = _listed(found, candidates[(item.sentence.doc_id, item.sentence.start)], intent)
        return Pick(item, found, _other_figures(options, score) if handler.figure and several else ())
    return Pick(scored[0], None)


def _asks(sentence: Sentence) -> bool:
    """A sentence that asks or opens a list, which answers nothing itself."""
    return sentence.text.rstrip(" \"”'’").endswith(("?", ":"))


def _named_before(found: Found, given: frozenset[str]) -> bool:
    words = [w.lower() for w in found.text.split() if len(w) > 2 and w.lower() not in LEGAL_FORMS]
    return found.kind in ("person", "body", "place") and bool(words) and all(w in given for w in words)


def _names_one(kind: str, intent: Intent, item: Scored, typed: Callable[[str, Intent, Sentence], list[Found]]) -> bool:
    """For "metode apa": the sentence names one ("metode Qiroati"), not only a kind ("metode pembelajaran")."""
    return item.fits and any(f.text[:1].isupper() for f in typed(kind, intent, item.sentence))


def _listed(found: Found, candidates: list[Found], intent: Intent) -> Found:
    """The picked candidate with the others of its sentence, in their order, up to as many as the question asks
    for: "14.06.31 dan 14.31.59 WIB"."""
    texts = {found.text.lower()}
    chosen = [found]
    for other in candidates:
        if len(chosen) < intent.several and other.text.lower() not in texts and other.kind == found.kind:
            texts.add(other.text.lower())
            chosen.append(other)
    if len(chosen) == 1:
        return found
    chosen.sort(key=lambda f: f.start)
    joined = f" {LANGUAGES[intent.language].CONJUNCTIONS[0]} ".join(f.text for f in chosen)
    return Found(joined, chosen[0].start, chosen[-1].end, found.kind, found.detail)


def _other_figures(options: list, best: float) -> tuple[tuple[Scored, Found], ...]:
    """Up to two more figures of other values from other sentences, each close to the best candidate and of its
    kind and unit."""
    shown = [options[0]]
    for score, item, found in options[1:]:
        if len(shown) == 3 or score < best * OTHER_FIGURE_SHARE:
            break
        if found.kind != shown[0][2].kind or found.kind == "date":  # "sejak 1 September" for how long: one start
            continue
        values = {o[2].detail.value for o in shown}
        sentences = {o[1].sentence.start for o in shown}
        units = {found.detail.unit.lower(), shown[0][2].detail.unit.lower()} - {""}
        # "8" and "12 unit", "1.38%" and "0,27 persen"; not "610 km/jam" and "50 kursi"
        alike = len(units) < 2 or found.kind == "percent"
        if alike and found.detail.value not in values and item.sentence.start not in sentences:
            shown.append((score, item, found))
    return tuple((item, found) for _, item, found in shown[1:])
