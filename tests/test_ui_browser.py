"""The web chat in a real browser (Debian chromium through Playwright): ask, read, click through, add articles."""

from __future__ import annotations

import re

import pytest

from tests.ui_fixtures import ask_in_browser, open_chat, start_app

pytestmark = pytest.mark.browser

DEFAULT_QUESTION = "Who first reported the deployment?"
UNANSWERABLE = "What did Pope Francis say about the troops?"
COUNT_QUESTION = "How many North Korean troops were sent to Russia?"
TABLE_ROWS_JS = """
table => [...table.querySelectorAll('tr.cmp-row')].map(row => ({
  figure: row.cells[0].innerText.trim(), claimant: row.cells[1].innerText.trim(),
  doc: row.dataset.doc, start: Number(row.dataset.start), end: Number(row.dataset.end)}))
"""
COUNT_UPDATES_JS = """
() => {
  window.__updates = 0;
  const target = document.querySelector('#conversation');
  new MutationObserver(() => { window.__updates += 1; }).observe(target, {childList: true, subtree: true,
                                                                          characterData: true});
}
"""
REGATTA_ARTICLE = """Marrowfin Eight Wins the Quillonby Lantern Regatta
Harbour Gazette - 14 March 2025

The Quillonby Lantern Regatta, a night race of lantern-lit rowing boats, was won on Saturday by the Marrowfin Eight.
The organisers said the Marrowfin Eight crossed the line four lengths ahead of the Saltmere Rowing Club.
About 2,300 spectators watched the regatta from the harbour wall, a record for the event.
The next Quillonby Lantern Regatta is planned for March 2026, the organisers added.
"""


def test_answer_streams_with_cited_sources_and_highlighted_passage(ui_app, ui_page, ui_browser, tmp_path):
    page = ui_page
    expected = ui_app.assistant.ask(DEFAULT_QUESTION)  # the Python API gives the same answer as the chat
    assert expected.citations, "the default question must be answerable from the default corpus"
    page.evaluate(COUNT_UPDATES_JS)

    answer = ask_in_browser(page, DEFAULT_QUESTION)

    assert page.evaluate("window.__updates") >= 3, "the answer should arrive in pieces, not at once"
    markers = answer.locator("button.cite")
    assert markers.count() >= 1
    first = expected.citations[0]
    assert markers.first.inner_text() == f"[{first.n}]"
    assert markers.first.get_attribute("data-doc") == first.doc_id
    title = ui_app.assistant.document(first.doc_id).title
    card = page.locator(f'#sources .src-card[data-n="{first.n}"]')
    assert card.locator(".src-title").inner_text() == title
    assert card.locator(".src-snippet").inner_text() == first.snippet
    assert page.locator("#sources .src-card").count() == len(expected.citations)
    assert answer.locator(".mark-ungrounded").count() == 0
    assert expected.comparison is None
    assert answer.locator(".chat-comparison, table").count() == 0, "only a quantity question gets a table"

    markers.first.click()
    highlight = page.locator("#article mark.hl")
    highlight.wait_for(state="visible")
    assert highlight.inner_text() == first.snippet
    assert highlight.inner_text() == ui_app.assistant.document(first.doc_id).text[first.start : first.end]
    assert page.locator("#article .article-title").inner_text() == title
    page.wait_for_timeout(300)  # the scroll runs on the next animation frame
    assert highlight.evaluate(_FULLY_IN_VIEW_JS), "the highlighted passage should be scrolled into view"

    shot = tmp_path / "answered-chat.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000

    # a source card opens the article at its own passage
    last = expected.citations[-1]
    page.locator(f'#sources .src-card[data-n="{last.n}"]').click()
    page.wait_for_function("s => document.querySelector('#article mark.hl')?.innerText === s", arg=last.snippet)

    # another browser session starts with its own, empty conversation
    other = ui_browser.new_context()
    try:
        other_page = other.new_page()
        open_chat(other_page, ui_app.url)
        assert other_page.locator("#conversation .msg").count() == 0
        assert other_page.locator("#examples button").count() >= 4
    finally:
        other.close()

    # a follow-up is understood in context, then a new conversation starts empty
    ask_in_browser(page, "and when was that?")
    assert page.locator("#conversation .msg.bot.done").count() == 2
    page.click("#new-chat")
    page.wait_for_selector("#conversation .empty-chat")
    assert page.locator("#examples button").first.is_visible()


_FULLY_IN_VIEW_JS = """
el => {
  const r = el.getBoundingClientRect();
  const box = el.closest('.article-body').getBoundingClientRect();
  const top = Math.max(r.top, box.top, 0), bottom = Math.min(r.bottom, box.bottom, window.innerHeight);
  return bottom - top > Math.min(20, r.height / 2);
}
"""


def test_unanswerable_question_shows_not_grounded_mark(ui_page):
    answer = ask_in_browser(ui_page, UNANSWERABLE)
    mark = answer.locator(".mark-ungrounded")
    assert mark.is_visible()
    assert "Not grounded" in mark.inner_text()
    assert answer.locator(".chat-comparison").count() == 0


def test_quantity_question_shows_a_comparison_table_whose_rows_open_their_sentence(ui_app, ui_page):
    page = ui_page
    expected = ui_app.assistant.ask(COUNT_QUESTION).comparison
    assert expected and expected["groups"], "the default corpus gives several troop counts"
    claims = [claim for group in expected["groups"] for claim in group["claims"]]

    answer = ask_in_browser(page, COUNT_QUESTION)

    table = answer.locator(".chat-comparison table.comparison")
    assert table.is_visible()
    rows = table.evaluate(TABLE_ROWS_JS)
    assert len(rows) == len(claims)
    assert [(r["doc"], r["start"], r["end"]) for r in rows] == [(c["doc_id"], c["start"], c["end"]) for c in claims]
    figures = {r["figure"] for r in rows}
    assert {"1,500", "3,000", "10,000"} <= figures, figures
    assert any(r["figure"] == "1,500" and "NIS" in r["claimant"] for r in rows), rows
    assert any(r["figure"] == "10,000" and "Zelensky" in r["claimant"] for r in rows), rows
    assert "The sources disagree" in answer.locator(".chat-comparison").inner_text()
    assert answer.locator(".chat-comparison").evaluate(
        "el => el.compareDocumentPosition(el.closest('.bubble').querySelector('.answer')) "
        "& Node.DOCUMENT_POSITION_PRECEDING"
    ), "the table sits below the answer text"

    # a row opens its article with the claimed sentence highlighted, as the Timeline tab does
    for figure, claimant in (("10,000", "Zelensky"), ("1,500", "NIS")):
        row = next(r for r in rows if r["figure"] == figure and claimant in r["claimant"])
        table.locator(f'tr.cmp-row[data-doc="{row["doc"]}"][data-start="{row["start"]}"]').click()
        sentence = ui_app.assistant.document(row["doc"]).text[row["start"] : row["end"]]
        page.wait_for_function(
            "s => document.querySelector('#article mark.hl')?.innerText.trim() === s", arg=sentence.strip()
        )
        assert sentence == next(c["text"] for c in claims if (c["doc_id"], c["start"]) == (row["doc"], row["start"]))
        title = ui_app.assistant.document(row["doc"]).title
        assert page.locator("#article .article-title").inner_text() == title


def test_example_question_in_indonesian_is_answered(ui_page):
    ui_page.locator("#examples button", has_text="Apa kata NATO").click()
    ui_page.wait_for_selector("#conversation .msg.bot.done")
    assert ui_page.locator("#conversation .msg.user").inner_text().startswith("Apa kata NATO")
    assert not ui_page.locator("#examples button").first.is_visible()


def test_uploaded_article_is_indexed_answered_and_removed(ui_app, ui_page, tmp_path):
    page = ui_page
    article = tmp_path / "quillonby_regatta.txt"
    article.write_text(REGATTA_ARTICLE, encoding="utf-8")
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#uploads input[type=file]").set_input_files(str(article))
    page.wait_for_selector("#uploads .file-preview, #uploads table", timeout=20_000)
    page.click("#add")
    page.wait_for_selector("#ingest-result .badge-ingested")
    assert "quillonby_regatta.txt" in page.locator("#ingest-result").inner_text()
    page.wait_for_function("() => document.querySelector('#documents')?.innerText.includes('quillonby_regatta')")
    assert re.search(r"Documents\s*6", page.locator("#status").inner_text())

    page.get_by_role("tab", name="Chat").click()
    answer = ask_in_browser(page, "Who won the Quillonby Lantern Regatta?")
    cited = [m.get_attribute("data-doc") for m in answer.locator("button.cite").all()]
    assert "quillonby_regatta" in cited
    title = ui_app.assistant.document("quillonby_regatta").title
    assert title in page.locator("#sources").inner_text()
    assert "Marrowfin Eight" in answer.inner_text()

    # the same file again is recognised as unchanged; a wrong type is skipped with its reason
    page.get_by_role("tab", name="Corpus").click()
    page.locator("#uploads input[type=file]").set_input_files(str(article))
    page.wait_for_selector("#uploads .file-preview, #uploads table", timeout=20_000)
    page.click("#add")
    page.wait_for_selector("#ingest-result .badge-unchanged")

    page.locator("#remove-choice input").click()
    page.get_by_role("option", name="quillonby_regatta").click()
    page.click("#remove")
    page.wait_for_function("() => !document.querySelector('#documents')?.innerText.includes('quillonby_regatta')")
    assert "Removed quillonby_regatta" in page.locator("#ingest-result").inner_text()
    assert re.search(r"Documents\s*5", page.locator("#status").inner_text())


def test_timeline_tab_charts_and_lists_dated_events_and_compares_sources(ui_app, ui_page):
    page = ui_page
    expected = ui_app.assistant.timeline()
    assert expected, "the default corpus has dated events"
    page.get_by_role("tab", name="Timeline").click()
    events = page.locator("#timeline-list .tl-item")
    events.first.wait_for(state="visible")
    assert events.count() == len(expected)
    assert f"{len(expected)} dated events" in page.locator("#timeline-message").inner_text()
    chart = page.locator("#timeline-plot canvas, #timeline-plot svg.marks").first
    chart.wait_for(state="visible")  # the plot is shown once it has events, then vega draws it
    box = chart.bounding_box()
    assert box and box["width"] > 200 and box["height"] > 100, "the chart of events is drawn"
    assert page.locator("#timeline-plot g.mark-symbol.role-mark path").count() == len(expected), "one point per event"
    actors = page.locator("#timeline-list .tl-actor").all_inner_texts()
    assert actors == [ev.get("actor") or "unattributed" for ev in expected]

    events.first.click()
    first = expected[0]
    sentence = ui_app.assistant.document(first["doc_id"]).text[first["start"] : first["end"]]
    page.wait_for_function(
        "s => document.querySelector('#timeline-article mark.hl')?.innerText.trim() === s", arg=sentence.strip()
    )
    assert page.locator("#timeline-article mark.hl").inner_text().strip() in events.first.inner_text()

    page.locator("#compare-box").get_by_text("Compare sources on a figure").click()
    page.get_by_role("button", name="Compare", exact=True).click()
    table = page.locator("#comparison table.comparison")
    table.wait_for(state="visible")
    figures = set(table.locator("td.cmp-value").all_inner_texts())
    assert {"1,500", "3,000", "10,000"} <= figures, figures
    row = table.locator("tr.cmp-row[data-doc]").last
    row.click()
    doc, start, end = row.get_attribute("data-doc"), row.get_attribute("data-start"), row.get_attribute("data-end")
    sentence = ui_app.assistant.document(doc).text[int(start) : int(end)]
    page.wait_for_function(
        "s => document.querySelector('#timeline-article mark.hl')?.innerText.trim() === s", arg=sentence.strip()
    )


@pytest.mark.llm
def test_chat_streams_an_answer_from_a_real_llm(request, ui_assistant, ui_browser, tmp_path):
    try:
        llama = request.getfixturevalue("llama_server")
    except pytest.FixtureLookupError:
        pytest.skip("the llama_server fixture (tests/fixtures_llm.py) is not available")
    from rag import Assistant

    assistant = Assistant(
        ui_assistant.settings.model_copy(
            update={"offline": False, "openai_base_url": llama.base_url, "llm_model": llama.model}
        )
    )
    app = start_app(assistant)
    context = ui_browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        open_chat(page, app.url)
        page.evaluate(COUNT_UPDATES_JS)
        page.fill("#question textarea", DEFAULT_QUESTION)
        page.click("#ask")
        page.wait_for_selector("#conversation .msg.bot.streaming .answer", timeout=120_000)
        page.wait_for_selector("#conversation .msg.bot.done", timeout=180_000)
        answer = page.locator("#conversation .msg.bot.done").last
        page.screenshot(path=str(tmp_path / "llm-chat.png"))
        assert page.evaluate("window.__updates") >= 3
        text = answer.inner_text()
        for token in ("<end_of_turn>", "<start_of_turn>", "[/INST]", "<|im_end|>", "<|im_start|>"):
            assert token not in text
        meta = answer.locator(".answer-meta").inner_text()
        assert f"answered by {llama.model}" in meta or answer.locator(".mark-notice").count() == 1
        for marker in answer.locator("button.cite").all():
            n = marker.get_attribute("data-n")
            assert page.locator(f'#sources .src-card[data-n="{n}"]').count() == 1
        assert answer.locator("img, script, svg, iframe, object").count() == 0, "model output is rendered as text"
    finally:
        context.close()
        app.demo.close()
