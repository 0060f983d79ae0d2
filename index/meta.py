"""Document metadata: headline, outlet, publication date, language, content hash."""

from __future__ import annotations

import hashlib
import re
from datetime import date

from index.clean import is_headline_like

MONTHS = {
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_LONG_DATE = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?\s+(\d{{4}})\b", re.IGNORECASE)
_US_DATE = re.compile(rf"\b({_MONTH_NAMES})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})\b", re.IGNORECASE)
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})")
_OUTLET_DOMAIN = re.compile(
    r"(?:^|,\s*|\|\s*)([A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z]{2,6}){1,2})\s*(?:[-–—:]\s|\s*$)", re.MULTILINE
)
_OUTLET_CAPS = re.compile(r"(?:^|,\s*)([A-Z][A-Z0-9]{2,}(?:\.[A-Z]{2,4})?)\s*[-–—]\s", re.MULTILINE)
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
    head = "\n".join(text.split("\n")[:6])
    match = _OUTLET_DOMAIN.search(head)
    if match:
        return match.group(1)
    for match in _OUTLET_CAPS.finditer(head):
        if match.group(1) not in _NOT_OUTLETS:
            return match.group(1)
    return None


def find_published(text: str) -> str | None:
    """The publication date when the article header states one (first lines only, not event dates)."""
    head = "\n".join(text.split("\n")[:4])
    found = None
    for line in head.split("\n"):
        if "|" in line or re.search(r"\d{1,2}[:.]\d{2}\s*(WIB|WITA|WIT|GMT|UTC)", line) or len(line) < 60:
            found = parse_date(line)
            if found:
                break
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
