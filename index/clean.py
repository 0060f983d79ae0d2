"""Remove news-page boilerplate (teasers, related-article lists, share prompts, comment forms, credits).

Rules are about the *shape* of boilerplate lines, so they carry over to outlets we have not seen:
a teaser is a line that starts with a "read also" label; a trailing section opens with a label such as
"Berita Terkait" or "Tinggalkan Balasan" in the last part of the page; a tail of headline-like lines
(no sentence punctuation) after the story is a list of links.

Before that, scrape damage is repaired (`repair_scrape`): mojibake (UTF-8 read as MacRoman or cp1252, "‚Äú" for
"“") through ftfy, and the debris of pages flattened into one line: paragraphs joined by "," without a space, a
dropped dateline leaving ", , -" at the start, dropped linked words leaving comma runs and "(,)".
"""

from __future__ import annotations

import re

import ftfy

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

# Only encoding repair: quotes, widths, ligatures, HTML entities and normalisation of correct text stay as written.
_FIXERS_OFF = (
    "unescape_html remove_terminal_escapes fix_latin_ligatures fix_character_width uncurl_quotes fix_line_breaks "
    "remove_control_chars"
).split()
_FTFY = ftfy.TextFixerConfig(**dict.fromkeys(_FIXERS_OFF, False), normalization=None, explain=False)
_MAC_CONT = re.escape(bytes(range(0x80, 0xC0)).decode("mac_roman"))
_MAC_LEAD2 = re.escape(bytes(range(0xC2, 0xC6)).decode("mac_roman"))  # UTF-8 leads of U+0080..U+017F: "¬√ƒ≈"
# What ftfy leaves alone when a text mixes it with correct characters: "Milit√£o", "‚Äé" (U+200E), "‚ù§" (U+2764).
_MAC_SEQ = re.compile(f"[{_MAC_LEAD2}][{_MAC_CONT}]|‚[{_MAC_CONT}]{{2}}")
_INVISIBLE = re.compile("[\u200b\u200e\u2060-\u2064\ufeff]")
_DOC_START = re.compile(r"\A[\s,]*(?:[-–—]+(?!\d)[\s,]*)*")
_DASH_LIST = re.compile(r"^\s*[-–—]\s", re.MULTILINE)
# "...Riau.,Penangkapan": a comma run without a space after, after a sentence end (not an initial, as in "S.H.,M.H.")
# or glued to a word before a capital, opening quote or bullet (a comma after a space is a dropped link inside the
# sentence, handled by _COMMA_RUN).
_JOINT = re.compile(
    r"(?<=[.!?…:;\"”’)])(?<!\b[^\W\d_]\.)[ \t]*(?:,[ \t]*)*,(?=[^\s,])"
    r"|(?<=[^\s,])(?<!\b[^\W\d_]\.)(?:,[ \t]*)*,(?=[“\"‘”’]?[^\W\d_a-z]|•)"
)
# "...asap., General Manager": the same joint with a space, after a word (not an abbreviation such as "S.H."), a
# number or a bracket.
_SPACED_JOINT = re.compile(r"(?:(?<=[^\W\d_][a-z]{2}\.)|(?<=[\d)]\.)|(?<=[!?…]))[ \t]*,[ \t]+(?=[“\"‘”]?[^\W\d_a-z])")
_LINE_EDGE = re.compile(r"^[ \t]*,[ \t,]*|(?<=[.!?\"”])[ \t]*,[ \t,]*$", re.MULTILINE)
_SENTENCE_DEBRIS = re.compile(r"(?<=[.!?…\"”])[ \t]*(?:,[ \t]*)+[-–—][ \t]+(?=[^\W\d_a-z])")
_EMPTY_PARENS = re.compile(r"[ \t]*\([ \t]*,[ \t,]*\)")
_COMMA_RUN = re.compile(r"[ \t]+,(?:[ \t]*,)*[ \t]*|,(?:[ \t]*,)+[ \t]*|,(?=[.!?:;)])")


def clean_boilerplate(text: str) -> str:
    """The story text of a news page, with boilerplate lines removed and blank lines collapsed."""
    text = repair_scrape(text)
    text = _GLUED_TIME.sub(r"\1\n", text)
    lines = [line.rstrip() for line in text.split("\n")]
    lines = _cut_trailing_sections(lines)
    lines = _drop_boilerplate_lines(lines)
    lines = _cut_headline_tail(lines)
    return _collapse_blank_lines(lines)


def repair_scrape(text: str) -> str:
    """Text with mojibake repaired and the debris of a flattened page removed; correct text comes back unchanged."""
    text = _MAC_SEQ.sub(_from_mac_roman, ftfy.fix_text(text, _FTFY))
    text = _INVISIBLE.sub("", text).replace("\r\n", "\n").replace("\r", "\n").replace("_x000D_", "\n")
    text = text.replace("\u00a0", " ").replace("\u2800", " ")
    if not _DASH_LIST.search(text, 1):  # a leading dash is a dropped dateline unless the text is a dash list
        text = _DOC_START.sub("", text)
    text = _EMPTY_PARENS.sub("", text)
    text = _SENTENCE_DEBRIS.sub("\n", text)
    text = _LINE_EDGE.sub("", _JOINT.sub("\n", _SPACED_JOINT.sub("\n", text)))
    return _COMMA_RUN.sub(_comma_run, text)


def _from_mac_roman(match: re.Match[str]) -> str:
    try:
        return match.group().encode("mac_roman").decode("utf-8")
    except UnicodeError:
        return match.group()


def _comma_run(match: re.Match[str]) -> str:
    """Commas where words were dropped: a lone comma after a space marks the gap, a run keeps one real comma;
    gone at a line edge, before punctuation or at a sentence start, a break before a glued opening quote."""
    run, text, start, end = match.group(), match.string, match.start(), match.end()
    before = text[start - 1] if start else "\n"
    after = text[end] if end < len(text) else "\n"
    if before in "\n(" or after in "\n.!?:;),":
        return ""
    if run.endswith(",") and after in "“‘":
        return "\n"
    return " " if before in ".!?…" or after == "(" or run.count(",") == 1 else ", "


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
