"""Who says each sentence of a news article, and when it was said: the reading that statements (index.events)
and quantity claims (index.claims) share.

Every attributed sentence is a statement (index.speakers finds the attribution); a sentence with no attribution
of its own keeps the speaker of the sentence before it in the same paragraph when it reads as that speaker's
words (quoted, in the first person, or opening with a connective), and a quote with no tag takes the tag that
follows it. A statement is dated by when it was made: the date its attribution gives ('kata X pada Rabu',
'dirilis pada Jumat (18/10)'); else the one date the same speaker's other statements in the article are given
(not for what the text marks as earlier: 'sebelumnya'); else a relative date ('sehari setelah X mengecam'), or
the date of a following 'Langkah tersebut ... Senin (21/10/2024)'; else none. Name variants are folded within the
article (index.actors). Datelines, bylines and credits (index.meta.metadata_spans) are never read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from index.actors import Variant, fold_names
from index.chunk import sentence_spans
from index.dates import DateMention, find_dates, parse_published
from index.language import (
    ACT_NOUNS,
    CONNECTIVE_OPENERS,
    EARLIER_WORDS,
    FIRST_PERSON,
    NUMBER_WORDS,
)
from index.language.indonesian import is_common_word
from index.meta import metadata_spans
from index.names import Name, joint_name, people_named, person_named, place_words
from index.speakers import Attribution, find_attributions, main_attribution, quoted_regions

_MAX_QUOTE_MERGE = 4
_EARLIER = re.compile(rf"\b(?:{'|'.join(EARLIER_WORDS)})\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(?:(se)hari|(\w+)\s+hari|a\s+(day)|(\w+)\s+days)\s+(setelah|sesudah|sebelum|after|before)\b", re.IGNORECASE
)
_CLAUSE_BOUNDARY = re.compile(r"[;]\s*|,\s*(?:tetapi|namun|sedangkan|sementara|padahal|yang|while|but|whereas)\b")
_FIRST_PERSON = re.compile(rf"\b(?:{'|'.join(w for w in FIRST_PERSON if w != 'i')}|I)\b")
# 'Langkah tersebut ...': a noun of an act and an anaphor, pointing back to the act the sentence before reports
_ANAPHORIC_OPENING = re.compile(rf"^\W*(?:{'|'.join(ACT_NOUNS)})\s+(?:tersebut|itu|ini)\b", re.IGNORECASE)
# what may stand between a reporting verb and the date it gives: 'mengatakan hal ini pada hari Kamis'
_SAYING_GAP = re.compile(r"^\s*,?\s*(?:(?:hal|itu|ini|tersebut|demikian|this|that|so)\s+){0,2}(?:(?:pada|on)\s+)?$")


@dataclass
class Said:
    """One sentence as read for attribution (offsets into the document)."""

    start: int
    end: int
    speaker: Name | None
    attribution: Attribution | None  # offsets into the sentence; None for a continuation or no speaker
    mentions: list[DateMention]
    saying: DateMention | None = None
    date: date | None = None
    precision: str | None = None
    basis: str = "stated"
    lends_date: bool = False  # its date dates the statement before it ('Langkah tersebut ... Senin (21/10)')


def read_statements(text: str, published: date | None, *, today: date | None = None) -> list[Said]:
    """Every sentence outside the article's metadata, with its speaker (names folded within the article) and
    the date its statement was made; see the module doc for the rules."""
    published = published or parse_published(text)
    anchor = None if published else document_anchor(text, today=today)
    places = place_words(text)
    read: list[Said] = []
    previous: Name | None = None  # the last speaker
    person: Name | None = None  # the last person named as a speaker or at a sentence's start
    last_end = -1
    for sentence_start, sentence_end in _news_spans(text):
        sentence = text[sentence_start:sentence_end]
        same_paragraph = last_end >= 0 and "\n" not in text[last_end:sentence_start]
        mentions = find_dates(sentence, published, anchor=anchor, today=today)
        for start, end, found in _clauses(sentence, find_attributions(sentence, places)):
            clause = sentence[start:end]
            main = main_attribution(found)
            speaker: Name | None = None
            if main is not None:
                speaker = main.name or (person if main.refers == "person" else previous)
            elif same_paragraph and read and read[-1].speaker is not None and _continues(clause):
                speaker = read[-1].speaker  # a continuation keeps the speaker of the sentence before it
            here = [_shifted(m, -start) for m in mentions if start <= m.start < end]
            main = _shifted(main, -start) if main else None
            said = Said(sentence_start + start, sentence_start + end, speaker, main, here)
            said.saying = _saying_date(clause, main, here, published) if speaker else None
            if said.saying:
                said.date, said.precision, said.basis = said.saying.date, said.saying.precision, said.saying.basis
            read.append(said)
            previous = speaker or previous
            named = speaker if speaker and speaker.kind == "person" else person_named(clause, places)
            person = named or person
            same_paragraph = True
        last_end = sentence_end
    _quotes_before_their_tag(text, read)
    _fold_speakers(text, read, people_named(text, places))
    _date_from_context(text, read)
    _date_by_speaker(text, read)
    return read


def _quotes_before_their_tag(text: str, read: list[Said]) -> None:
    """'“Kami akan bekerja sama ...” Ketika ..., ” kata kementerian itu.': a quote with no tag of its own takes the
    speaker of the quote tag that follows it in the same paragraph."""
    for i in range(len(read) - 2, -1, -1):
        said, following = read[i], read[i + 1]
        opens_quote = re.match(r"\W*[“\"]", text[said.start : said.end])
        same_paragraph = "\n" not in text[said.end : following.start]
        tagged = following.speaker and (following.attribution is None or following.attribution.cue == "tag")
        if said.speaker is None and opens_quote and same_paragraph and tagged:
            said.speaker = following.speaker


def _clauses(sentence: str, found: list[Attribution]) -> list[tuple[int, int, list[Attribution]]]:
    """The sentence, or its clauses when two of them have speakers of their own ('Kelompok Houthi ... mengklaim
    bertanggung jawab, tetapi Amerika Serikat menyalahkan Iran'): (start, end, their attributions)."""
    cuts = [0]
    named = [a for a in found if a.cue in ("subject", "tag") and a.name]
    for first, second in zip(named, named[1:], strict=False):
        between = sentence[first.end : second.start]
        boundary = _CLAUSE_BOUNDARY.search(between)
        if boundary and first.name.text != second.name.text:
            cuts.append(first.end + boundary.start() + len(boundary.group()) - len(boundary.group().lstrip(",; ")))
    cuts.append(len(sentence))
    return [(a, b, [x for x in found if a <= x.start < b]) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _shifted(item, offset: int):
    return replace(item, start=item.start + offset, end=item.end + offset)


def _news_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans with the article's metadata cut away: a dateline opening a sentence, a byline closing it."""
    meta = metadata_spans(text)
    spans = []
    for start, end in sentence_spans_with_quotes(text):
        for m_start, m_end in meta:
            if m_start <= start < m_end:
                start = m_end
            elif start < m_start < end:
                end = m_start
        while start < end and text[start] in " \t-–—:|":
            start += 1
        end = len(text[:end].rstrip())
        if end - start >= 3 and any(c.isalpha() for c in text[start:end]):
            spans.append((start, end))
    return spans


def _saying_date(
    sentence: str, main: Attribution | None, mentions: list[DateMention], published: date | None
) -> DateMention | None:
    """The date the attribution gives its statement: in the quote tag ('kata X pada Rabu', '..., Rabu (23/10)')
    or next to a subject's verb ('X pada Rabu lalu mengatakan', 'X mengatakan pada hari Rabu bahwa'); a date
    in the quote or in what is said is the thing said. A statement is never made after its article."""
    if main is None:
        return None
    quotes = quoted_regions(sentence)
    for mention in sorted(mentions, key=lambda m: (m.start, m.precision != "day")):
        if any(a <= mention.start < b for a, b in quotes) or (published and mention.date > published):
            continue
        if main.cue in ("tag", "agent", "cited") and mention.start >= main.start:
            return mention
        if main.cue == "subject" and (
            main.start <= mention.start < main.end or _SAYING_GAP.match(sentence[main.end : mention.start])
        ):
            return mention
    return None


def _fold_speakers(text: str, read: list[Said], mentioned: list[str]) -> None:
    """Name variants folded (index.actors); a lone dictionary word that is no longer name's part is no speaker
    ('Situs mengatakan', 'Akhirnya ...'), while 'Tiga menuturkan' with 'Tiga Setia Gara' in the article is."""
    for said in read:
        if said.speaker and said.speaker.kind == "body":
            said.speaker = joint_name(said.speaker, text)
    names = [s.speaker for s in read if s.speaker]
    shown = fold_names([Variant(n.text, n.kind, n.role) for n in names], mentioned)
    roles = {shown[n.text]: n.role for n in names if n.role}
    for said in read:
        if said.speaker:
            text = shown.get(said.speaker.text, said.speaker.text)
            opens_sentence = said.attribution is None or said.attribution.cue in ("subject", "heading")
            if opens_sentence and said.speaker.kind == "person" and " " not in text and is_common_word(text.lower()):
                said.speaker, said.saying = None, None
                continue
            said.speaker = replace(said.speaker, text=text, role=said.speaker.role or roles.get(text, ""))


def _date_from_context(text: str, read: list[Said]) -> None:
    """'Kritik Seoul muncul sehari setelah X mengecam ...': X spoke a day before the statement before it;
    'X meminta ... . Langkah tersebut diambil ..., Senin (21/10/2024).': the next sentence dates X's request."""
    latest: date | None = None
    for i, said in enumerate(read):
        sentence = text[said.start : said.end]
        if said.speaker and said.date is None and said.attribution and latest:
            relative = _RELATIVE.search(sentence)
            if relative and relative.end() <= said.attribution.end:
                days = _day_count(relative)
                if days:
                    after = relative.group(5).lower() in ("setelah", "sesudah", "after")
                    said.date = latest - timedelta(days=days) if after else latest + timedelta(days=days)
                    said.precision, said.basis = "day", "relative"
        following = read[i + 1] if i + 1 < len(read) else None
        if said.speaker and said.date is None and following and following.attribution is None:
            opening = _ANAPHORIC_OPENING.match(text[following.start : following.end])
            days = [m for m in following.mentions if m.precision == "day"]
            if opening and days:
                said.date, said.precision, said.basis = days[0].date, "day", "context"
                following.lends_date = True
        if said.speaker and said.date and said.precision == "day" and said.basis != "speaker":
            latest = said.date


def _day_count(match: re.Match) -> int | None:
    if match.group(1) or match.group(3):
        return 1
    word = (match.group(2) or match.group(4) or "").lower()
    if word.isdigit():
        return int(word)
    value = NUMBER_WORDS.get(word)
    return int(value) if value else None


def _date_by_speaker(text: str, read: list[Said]) -> None:
    """A speaker's undated statements take the one date the article gives that speaker's statements."""
    dates: dict[str, set[tuple[date, str]]] = {}
    for said in read:
        if said.speaker and said.date:
            dates.setdefault(said.speaker.text, set()).add((said.date, said.precision or "day"))
    for said in read:
        if said.speaker and said.date is None and len(dates.get(said.speaker.text, ())) == 1:
            if not _EARLIER.search(text[said.start : said.end]):
                ((when, precision),) = dates[said.speaker.text]
                said.date, said.precision, said.basis = when, precision, "speaker"


def _continues(sentence: str) -> bool:
    """Whether a sentence with no attribution of its own reads as the previous speaker's words: it is quoted,
    speaks in the first person ('Kami beri jangka waktu 1 minggu.'), or cannot stand alone (it opens with a
    connective, 'Seperti ...', 'Jika ...', or with a verb and no subject, 'Diharapkan ...')."""
    if re.match(r"\W*[“\"]", sentence) or _FIRST_PERSON.search(sentence):
        return True
    first = re.match(r"\W*([A-Za-z]+)", sentence)
    word = first.group(1).lower() if first else ""
    return word in CONNECTIVE_OPENERS or bool(re.fullmatch(r"di[a-z]{3,}kan", word))


def document_anchor(text: str, today: date | None = None) -> date | None:
    """The reference for an undated article: its latest date with a stated year, else its latest date
    whose year a weekday fixed ("Jumat (18/10)")."""
    stated: list[date] = []
    by_weekday: list[date] = []
    for start, end in sentence_spans(text):
        for mention in find_dates(text[start:end], None, today=today):
            if mention.precision == "day" and mention.basis == "stated":
                stated.append(mention.date)
            elif mention.precision == "day" and mention.basis == "weekday":
                by_weekday.append(mention.date)
    found = stated or by_weekday
    return max(found) if found else None


def sentence_spans_with_quotes(text: str) -> list[tuple[int, int]]:
    """Sentence spans (index.chunk's), with a quotation split by its full stops joined back into one span,
    so '“A. B,” kata X' is one sentence and X is its speaker. Never across a line break."""
    merged: list[tuple[int, int]] = []
    pending: tuple[int, int] | None = None
    parts = 0
    for start, end in sentence_spans(text):
        if pending and "\n" not in text[pending[1] : start] and parts < _MAX_QUOTE_MERGE:
            pending, parts = (pending[0], end), parts + 1
        else:
            if pending:
                merged.append(pending)
            pending, parts = (start, end), 1
        if not _quote_open(text[pending[0] : pending[1]]):
            merged.append(pending)
            pending = None
    if pending:
        merged.append(pending)
    return merged


def _quote_open(sentence: str) -> bool:
    return sentence.count("“") > sentence.count("”") or sentence.count('"') % 2 == 1
