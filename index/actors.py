"""One actor per person or body: the name variants an article (or a set of articles) writes, folded by general
rules of how news names people and bodies, the longest form shown.

- a shorter form of a person's name: 'Zelensky', 'Yun', 'Smith' for 'Volodymyr Zelensky', 'Yun Suk Yeol',
  'Carl Smith' (every word of it in exactly one longer name);
- one given name and one role: 'juru bicara NATO Farah Lala' and 'Juru bicara NATO, Farah Dakhlallah';
- a role written without the name: 'Menteri Pertahanan AS' for the person the article gives that role;
- an acronym: 'NIS' for 'Badan Intelijen Nasional Korea Selatan (NIS)'; a body's shorter name: 'Intelijen
  Korea Selatan', 'Badan intelijen Korea Selatan' (its words in order in exactly one longer name that starts the
  same way, or after the longer name's head word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.language import ORGANISATION_WORDS


@dataclass(frozen=True)
class Variant:
    text: str  # as written
    kind: str  # "person" | "body"
    role: str = ""


def fold_names(variants: list[Variant], mentioned: list[str] = ()) -> dict[str, str]:
    """Written name -> the name shown for its actor (the longest variant of the group). `mentioned`: longer
    forms of people's names the text writes elsewhere ('Ibu Tiga Setia Gara' for the speaker 'Tiga')."""
    unique = list({(v.text, v.kind, v.role): v for v in variants}.values())
    known = {v.text for v in unique}
    unique += [Variant(name, "person") for name in dict.fromkeys(mentioned) if name not in known]
    parent = {v.text: v.text for v in unique}

    def find(name: str) -> str:
        while parent[name] != name:
            parent[name] = parent[parent[name]]
            name = parent[name]
        return name

    def join(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb

    people = [v for v in unique if v.kind == "person"]
    bodies = [v for v in unique if v.kind == "body"]
    for short in people:
        longer = {find(p.text) for p in people if _words_within(short.text, p.text)}
        if len(longer) == 1:
            join(short.text, next(iter(longer)))
    for a in people:
        for b in people:
            if a.text != b.text and a.role and _key(a.role) == _key(b.role) and _first(a.text) == _first(b.text):
                join(a.text, b.text)
    for body in bodies:
        by_role = {find(p.text) for p in people if p.role and _key(p.role) == _key(body.text)}
        if len(by_role) == 1:
            join(body.text, next(iter(by_role)))
            continue
        longer = {find(b.text) for b in bodies if b.text != body.text and _short_form_of(body.text, b.text)}
        if len(longer) == 1:
            join(body.text, next(iter(longer)))
    groups: dict[str, list[Variant]] = {}
    for v in unique:
        groups.setdefault(find(v.text), []).append(v)
    shown = {}
    for root, members in groups.items():  # a person's longest name, not the role that stood for it
        people_in = [v.text for v in members if v.kind == "person"] or [v.text for v in members]
        shown[root] = max(people_in, key=lambda n: (len(n), n))
    return {v.text: shown[find(v.text)] for v in unique if v.text in known}


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold().replace("-", " ")).split())


def _tokens(text: str) -> list[str]:
    return _key(re.sub(r"\([^)]*\)", " ", text)).split()


def _first(text: str) -> str:
    tokens = _tokens(text)
    return tokens[0] if tokens else ""


def _words_within(short: str, long: str) -> bool:
    """Every word of `short` is a word of the longer `long` ('Yun' in 'Yun Suk Yeol', 'Kim Jong-un' = 'Kim Jong
    Un'), or of five letters or more and one letter off (a misspelling: 'Eling' for 'Elling Hartono')."""
    a, b = _tokens(short), _tokens(long)
    return bool(a) and len(a) < len(b) and all(w in b or (len(w) >= 5 and any(_one_edit(w, x) for x in b)) for w in a)


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(short == long[:i] + long[i + 1 :] for i in range(len(long)))


def _short_form_of(short: str, long: str) -> bool:
    short = short.strip()
    if re.fullmatch(r"[A-Z][A-Za-z0-9.]{1,9}", short) and (f"({short})" in long or long.split()[0] == short):
        return True  # 'NIS' for '... (NIS)', 'Walhi' for '... (Walhi) ...', 'KJRI' for 'KJRI Chicago'
    if re.fullmatch(r"[A-Z][A-Z0-9.]{1,9}", short):
        return "".join(w[0] for w in long.split() if w[:1].isupper()) == short
    a, b = _tokens(short), _tokens(long)
    if len(a) < 2 or len(a) >= len(b) or not _in_order(a, b):
        return False
    return a[0] == b[0] or (b[0] in ORGANISATION_WORDS and a[0] == b[1])


def _in_order(short: list[str], long: list[str]) -> bool:
    position = 0
    for word in short:
        try:
            position = long.index(word, position) + 1
        except ValueError:
            return False
    return True
