"""Remove news-page boilerplate (teasers, related-article lists, share prompts, comment forms, credits).

Rules are about the *shape* of boilerplate lines, so they carry over to outlets we have not seen:
a teaser is a line that starts with a "read also" label; a trailing section opens with a label such as
"Berita Terkait" or "Tinggalkan Balasan" in the last part of the page; a tail of headline-like lines
(no sentence punctuation) after the story is a list of links.
"""

from __future__ import annotations

import re

_TEASER = re.compile(
    r"^\s*(baca( juga| pula)?|simak( juga)?|lihat( juga)?|read (also|more)|see also|artikel terkait)\s*[:：]",
    re.IGNORECASE,
)
_TEASER_LABEL_ONLY = re.compile(r"^\s*(baca juga|simak juga|lihat juga|read also|see also)\s*[:：]?\s*$", re.IGNORECASE)
_TRAILING_SECTION = re.compile(
    r"^\s*(berita|artikel|baca) (terkait|lainnya|lain\b.*|populer|terpopuler|pilihan)\s*:?\s*$"
    r"|^\s*(related( articles| news| stories)?|more stories|recommended|comments?|komentar)\s*:?\s*$"
    r"|^\s*(tinggalkan (balasan|komentar)|leave a (reply|comment)|no comments yet\b.*)$"
    r"|^\s*(tags?|topik|tag)\s*:.*$",
    re.IGNORECASE,
)
_SHARE_LINE = re.compile(
    r"^\s*(bagikan|share( this)?|tweet|whatsapp|facebook|telegram|salin (tautan|link)|copy link|print|cetak"
    r"|advertisement|iklan|scroll to continue.*|gulir untuk melanjutkan.*)\s*:?\s*$",
    re.IGNORECASE,
)
_CREDIT_LINE = re.compile(r"^\s*(penulis|editor|reporter|pewarta|redaktur|kontributor)\s*:", re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"^[^\n]{0,200}\((?:foto:?\s*)?[^()\n]*/[^()\n]*\)\s*$", re.IGNORECASE)
_GLUED_TIME = re.compile(r"(\d{1,2}[:.]\d{2} ?(?:WIB|WITA|WIT|GMT|UTC))(?=[A-Z])")


def clean_boilerplate(text: str) -> str:
    """The story text of a news page, with boilerplate lines removed and blank lines collapsed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    text = _GLUED_TIME.sub(r"\1\n", text)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _cut_trailing_sections(lines)
    lines = _drop_boilerplate_lines(lines)
    lines = _cut_headline_tail(lines)
    return _collapse_blank_lines(lines)


def _cut_trailing_sections(lines: list[str]) -> list[str]:
    body_chars = sum(len(line) for line in lines)
    seen = 0
    for i, line in enumerate(lines):
        if _TRAILING_SECTION.match(line) and seen >= body_chars * 0.4:
            return lines[:i]
        seen += len(line)
    return lines


def _drop_boilerplate_lines(lines: list[str]) -> list[str]:
    kept: list[str] = []
    skip_next_teaser = False
    first_line = next((line.strip() for line in lines if line.strip()), "")
    for line in lines:
        stripped = line.strip()
        if skip_next_teaser and stripped:
            skip_next_teaser = False
            if is_headline_like(stripped):
                continue
        if _TEASER_LABEL_ONLY.match(stripped):
            skip_next_teaser = True
            continue
        if _TEASER.match(stripped) or _SHARE_LINE.match(stripped) or _CREDIT_LINE.match(stripped):
            continue
        if _PHOTO_CREDIT.match(stripped) and not _ends_like_sentence_inside(stripped):
            continue
        if stripped and stripped == first_line and kept and any(k.strip() == first_line for k in kept):
            continue  # the headline repeated under itself
        kept.append(line)
    return kept


def _ends_like_sentence_inside(line: str) -> bool:
    """A quoted statement may end in a parenthesised credit; a caption rarely has two sentences before it."""
    body = line[: line.rfind("(")]
    return len(re.findall(r"[.!?][\"”’]?\s", body)) >= 2


def _cut_headline_tail(lines: list[str]) -> list[str]:
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    run_start = end
    headlines = 0
    for i in range(end - 1, -1, -1):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if is_headline_like(stripped):
            run_start = i
            headlines += 1
        else:
            break
    if headlines >= 3 and run_start > 0:
        return lines[:run_start]
    return lines[:end]


def is_headline_like(line: str) -> bool:
    """Short, no sentence-final punctuation, mostly capitalised words: a link to another article."""
    if len(line) > 200 or len(line) < 12 or line.endswith((".", '?"', '."', "”", ":", ";")):
        return False
    words = re.findall(r"[^\W\d_][\w'’-]*", line)
    if len(words) < 3:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.4


def _collapse_blank_lines(lines: list[str]) -> str:
    out: list[str] = []
    for line in lines:
        if not line.strip():
            if out and out[-1] != "":
                out.append("")
            continue
        out.append(line.strip())
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out)
