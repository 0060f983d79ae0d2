"""Read an HTML article: its meta tags for the fields, the article body's text without the page around it."""

from __future__ import annotations

import re
from pathlib import Path

from index.raw_document import RawDocument, file_stem, require_text

_DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
    "template",
    "figure",
)
_BLOCK_TAGS = (
    "p",
    "div",
    "br",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "section",
    "article",
    "blockquote",
    "pre",
    "figcaption",
    "dd",
    "dt",
)


def html_document(text: str, path: Path) -> RawDocument:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")

    def meta_content(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    h1 = soup.find("h1")
    title = meta_content("og:title") or (h1.get_text(" ", strip=True) if h1 else None)
    if not title and soup.title:
        title = soup.title.get_text(" ", strip=True)
    canonical = soup.find("link", rel="canonical")
    url = meta_content("og:url") or (str(canonical["href"]) if canonical and canonical.get("href") else None)
    source = meta_content("og:site_name")
    published = meta_content("article:published_time", "date", "pubdate")
    for tag in soup(_DROP_TAGS):
        tag.decompose()
    if soup.head:
        soup.head.decompose()
    body = soup.find("article") or soup.body or soup
    for tag in body.find_all(_BLOCK_TAGS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in body.get_text().splitlines()]
    body_text = "\n".join(line for line in lines if line)
    return RawDocument(
        doc_id=file_stem(path),
        text=require_text(body_text),
        path=str(path),
        title=title,
        url=url,
        source=source,
        published=published,
    )
