"""Document metadata: headline, outlet, publication date, language, content hash, and where the text itself
carries metadata (datelines, bylines, credits) rather than news."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from index.clean import is_headline_like
from index.dates import MONTHS, parse_published

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_LONG_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_US_DATE = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_OUTLET_DOMAIN = re.compile(
    r"(?:^|,\s*|\|\s*)([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2})\s*(?:[-–—:]\s|\s*$)", re.MULTILINE
)
_OUTLET_CAPS = re.compile(r"(?:^|,\s*)([A-Z][A-Z0-9]{2,}(?:\.[A-Z]{2,4})?)\s*[-–—]\s", re.MULTILINE)
_OUTLET_NAME = r"(?:[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2}|[A-Z][A-Z0-9]{1,}(?:\.[A-Z]{2,4})?)"
# "JAKARTA, KOMPAS.com -", "SEOUL, KOMPAS.TV -", "MerahPutih.com -", "Liputan6.com, Jakarta -", "SEOUL:"
_DATELINE = re.compile(
    rf"^[ \t]*(?:(?:[A-Z][A-Za-z.'-]*(?:[ ][A-Z][A-Za-z.'-]*){{0,2}},[ ]*)?{_OUTLET_NAME}(?:,[ ]*[A-Z][a-z]+)?"
    r"[ ]*[-–—](?=\s)|[A-Z]{3,}(?:[ ][A-Z]{3,})?:(?=\s))",
    re.MULTILINE,
)
# A header line: outlet and date with a clock time or a "|" ("Kompas dunia | 21 Oktober 2024, 21:30 WIB")
_HEADER_DATE = re.compile(
    r"^[^\n]{0,60}?(?:\|[^\n]{0,40}?\d{4}(?:,?\s*\d{1,2}[:.]\d{2}(?:\s*(?:WIB|WITA|WIT|GMT|UTC))?)?|"
    r"\d{4},?\s*\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC))",
    re.MULTILINE,
)
_CREDIT_LINE = re.compile(
    r"^[ \t]*(?:(?:Sumber|Penulis|Editor|Reporter|Pewarta|Penyunting|Foto|Video|Ilustrasi|Source|Writer|Photo|"
    r"Editing by|Reporting by)[ \t]*:"
    r"|Baca [Jj]uga\b)[^\n]*$|^[ \t]*[A-Z][A-Z .&]+(?:[ \t]*\|[ \t]*[A-Z][A-Z .&]+)+[ \t]*$",
    re.MULTILINE,
)
# "(ikh)", "(geosurvey.co.id/Yunita Rahmayanti)" closing a paragraph: the writer's initials or outlet/writer
_CREDIT_TAIL = re.compile(r"\((?:[a-z]{2,4}|[\w.-]+/[\w .'-]+)\)[ \t]*$", re.MULTILINE)
_NOT_OUTLETS = {"SEOUL", "JAKARTA", "MOSKOW", "MOSCOW", "KYIV", "WASHINGTON", "BRUSSEL", "BRUSSELS", "PYONGYANG"}

_ID_WORDS = set(
    """
yang dan di ke dari untuk dengan pada ini itu dalam tidak akan juga telah oleh bahwa kata mereka adalah
sebagai atau tersebut
""".split()
)
_EN_WORDS = set(
    """
the and of to in that for is on with as was by at from it be this are have has said which an were will
""".split()
)


def parse_date(text: str) -> date | None:
    """The first absolute date in the text (Indonesian or English month names, or ISO)."""
    for pattern, order in ((_ISO_DATE, "ymd"), (_LONG_DATE, "dmy"), (_US_DATE, "mdy")):
        match = pattern.search(text)
        if not match:
            continue
        parts = dict(zip(order, match.groups()))
        month = parts["m"]
        month_number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
        try:
            return date(int(parts["y"]), month_number, int(parts["d"]))
        except ValueError:
            continue
    return None


def find_title(text: str) -> str:
    first = next((line.strip() for line in text.split("\n") if line.strip()), "")
    first = re.sub(r"^[A-Za-z][\w.-]*\.[a-z]{2,6}\s*[-–—]\s*", "", first)  # "outlet.com – " dateline
    if first and (is_headline_like(first) or len(first) <= 120 and not first.endswith(".")):
        return first
    sentence = re.split(r"(?<=[.!?])\s", first, maxsplit=1)[0]
    if len(sentence) <= 120:
        return sentence
    return sentence[:117].rsplit(" ", 1)[0] + "…"


def find_outlet(text: str) -> str | None:
    """The outlet the header or the dateline names, else the outlet of a closing byline ("(outlet.com/Writer)")."""
    head = "\n".join(text.split("\n")[:6])
    match = _OUTLET_DOMAIN.search(head)
    if match:
        return match.group(1)
    for match in _OUTLET_CAPS.finditer(head):
        if match.group(1) not in _NOT_OUTLETS:
            return match.group(1)
    byline = re.search(r"\(([A-Za-z][\w-]*(?:\.[a-z]{2,6}){1,2})/[\w .'-]+\)\s*$", text.rstrip())
    return byline.group(1) if byline else None


def metadata_spans(text: str) -> list[tuple[int, int]]:
    """Where the text carries article metadata, not news: the header line with the date, the dateline before
    the first sentence ("SEOUL, KOMPAS.TV -"), credit and "Baca juga" lines, a byline closing a paragraph
    ("(ikh)"). Sorted [start, end) spans; events and claims are never read from them."""
    spans: list[tuple[int, int]] = []
    head = _head_end(text)
    for match in _HEADER_DATE.finditer(text, 0, head):
        spans.append((match.start(), match.end()))
    for match in _DATELINE.finditer(text, 0, head):
        spans.append((match.start() + len(match.group()) - len(match.group().lstrip()), match.end()))
    for pattern in (_CREDIT_LINE, _CREDIT_TAIL):
        spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return sorted(spans)


def _head_end(text: str, lines: int = 4) -> int:
    """The end of the first `lines` non-empty lines, where headers and datelines sit."""
    seen, position = 0, 0
    for line in text.split("\n"):
        position += len(line) + 1
        seen += bool(line.strip())
        if seen >= lines:
            break
    return min(position, len(text))


def find_published(text: str) -> str | None:
    """The publication date when the article header states one (first lines only, not event dates)."""
    found = parse_published(text)
    return found.isoformat() if found else None


def normalize_published(value: str | None) -> str | None:
    if not value:
        return None
    parsed = parse_date(value)
    return parsed.isoformat() if parsed else value.strip()


def detect_language(text: str) -> str:
    words = re.findall(r"[a-z]+", text.lower())
    indonesian = sum(1 for w in words if w in _ID_WORDS)
    english = sum(1 for w in words if w in _EN_WORDS)
    return "id" if indonesian >= english else "en"


def content_hash(*parts: str | None) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update((part or "").encode("utf-8"))
        digest.update(b"\x1f")
    return digest.hexdigest()
