"""The web chat's look (CSS) and the small scripts the HTML panels run in the browser."""

CSS = """
.gradio-container { max-width: 1320px !important; margin: 0 auto !important; }
#app-header { display: flex; align-items: baseline; gap: 14px; flex-wrap: wrap; margin: 4px 0 2px 0; }
#app-header .brand { font-size: 1.7rem; font-weight: 700; letter-spacing: -0.02em; color: var(--body-text-color); }
#app-header .tagline { color: var(--body-text-color-subdued); font-size: 0.95rem; }
.status-line { display: flex; flex-wrap: wrap; gap: 6px 16px; font-size: 0.8rem; color: var(--body-text-color-subdued);
  padding: 6px 10px; border: 1px solid var(--border-color-primary); border-radius: 8px;
  background: var(--background-fill-secondary); }
.status-key { font-weight: 600; color: var(--body-text-color); margin-right: 2px; }

#conversation { border: 1px solid var(--border-color-primary); border-radius: 12px;
  background: var(--background-fill-primary); padding: 14px 16px; }
.empty-chat { text-align: center; padding: 70px 20px 30px 20px; }
.empty-title { font-size: 1.35rem; font-weight: 650; margin-bottom: 8px; }
.empty-sub { color: var(--body-text-color-subdued); max-width: 560px; margin: 0 auto; line-height: 1.5; }
.msg { display: flex; margin: 10px 0; }
.msg.user { justify-content: flex-end; }
.msg .bubble { max-width: 88%; padding: 10px 14px; border-radius: 14px; line-height: 1.55; overflow-wrap: anywhere; }
.msg.user .bubble { background: var(--color-accent-soft); border: 1px solid var(--border-color-accent-subdued);
  border-bottom-right-radius: 4px; white-space: pre-wrap; }
.msg.bot .bubble { background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary);
  border-bottom-left-radius: 4px; }
.answer p { margin: 0 0 6px 0; }
.answer ul { margin: 4px 0 6px 0; padding-left: 20px; }
.answer li { margin: 3px 0; }
.cite { display: inline-block; border: none; cursor: pointer; font-size: 0.78em; font-weight: 700;
  padding: 0 5px; margin: 0 1px; border-radius: 6px; vertical-align: super; line-height: 1.4;
  background: var(--color-accent); color: white; }
.cite:hover, .cite:focus { filter: brightness(1.15); outline: 2px solid var(--color-accent-soft); }
.cite.pending { background: var(--neutral-300); color: var(--neutral-800); cursor: default; }
.cursor { display: inline-block; width: 8px; height: 1em; background: var(--color-accent); margin-left: 2px;
  vertical-align: text-bottom; animation: blink 1s steps(2) infinite; }
@keyframes blink { to { visibility: hidden; } }
.thinking { color: var(--body-text-color-subdued); font-style: italic; }
.answer-meta { margin-top: 6px; font-size: 0.75rem; color: var(--body-text-color-subdued); }
.mark { border-radius: 8px; padding: 7px 10px; margin: 0 0 8px 0; font-size: 0.9rem; line-height: 1.4; }
.mark-ungrounded { background: #fff4e5; border: 1px solid #f5a524; color: #7a4100; }
.mark-notice { background: #eef4ff; border: 1px solid #7aa2f7; color: #1d3b7a; }
.mark-error { background: #fdecec; border: 1px solid #e5484d; color: #7a1518; }
.mark-info { background: var(--background-fill-secondary); border: 1px solid var(--border-color-primary); }
.unsupported { font-size: 0.8rem; color: #7a4100; margin-top: 6px; }

#examples { gap: 8px; flex-wrap: wrap; }
#chat-actions { justify-content: flex-end; }
#examples button { flex: 0 1 auto !important; min-width: 0 !important; font-weight: 400; }

.panel-title { font-weight: 650; font-size: 0.95rem; margin: 2px 0 6px 0; }
.panel-empty { color: var(--body-text-color-subdued); font-size: 0.9rem; padding: 14px;
  border: 1px dashed var(--border-color-primary); border-radius: 10px; }
.panel-note { font-size: 0.8rem; color: #7a4100; margin-bottom: 6px; }
.sources { display: flex; flex-direction: column; gap: 8px; }
.src-card { border: 1px solid var(--border-color-primary); border-radius: 10px; padding: 9px 11px; cursor: pointer;
  background: var(--background-fill-primary); transition: border-color .15s, box-shadow .15s; }
.src-card:hover, .src-card:focus { border-color: var(--color-accent); box-shadow: 0 1px 6px rgba(0,0,0,.08);
  outline: none; }
.src-head { display: flex; gap: 6px; align-items: baseline; }
.src-n { font-weight: 700; color: var(--color-accent); }
.src-title { font-weight: 600; line-height: 1.35; }
.src-meta { font-size: 0.78rem; color: var(--body-text-color-subdued); margin: 2px 0 5px 0; }
.src-snippet { margin: 0; padding: 4px 0 4px 9px; border-left: 3px solid var(--color-accent-soft);
  font-size: 0.86rem; line-height: 1.45; color: var(--body-text-color); }
.src-also { font-size: 0.75rem; color: var(--body-text-color-subdued); margin-top: 4px; }

.article { border: 1px solid var(--border-color-primary); border-radius: 10px; background: var(--background-fill-primary); }
.article-head { padding: 10px 12px; border-bottom: 1px solid var(--border-color-primary); }
.article-title { font-weight: 650; line-height: 1.35; }
.article-meta { font-size: 0.78rem; color: var(--body-text-color-subdued); margin-top: 2px; }
.article-body { white-space: pre-wrap; padding: 10px 12px; max-height: 290px; overflow-y: auto; line-height: 1.6;
  font-size: 0.9rem; position: relative; overflow-wrap: anywhere; }
mark.hl { background: #ffe066; color: #222; padding: 1px 0; border-radius: 3px; box-shadow: 0 0 0 2px #ffe066; }

.ingest-summary { font-size: 0.85rem; margin: 4px 0 6px 0; }
table.ingest-report { width: 100%; border-collapse: collapse; font-size: 0.85rem; }
table.ingest-report, table.ingest-report tr { border: none; }
table.ingest-report th, table.ingest-report td { text-align: left; padding: 5px 8px;
  border-width: 0 0 1px 0; border-style: solid; border-color: var(--border-color-primary); vertical-align: top; }
.file-name { font-family: var(--font-mono); overflow-wrap: anywhere; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 999px; font-size: 0.75rem; font-weight: 600; }
.badge-ingested { background: #e6f6ec; color: #1a7f37; }
.badge-replaced { background: #eef4ff; color: #1d3b7a; }
.badge-unchanged { background: var(--background-fill-secondary); color: var(--body-text-color-subdued); }
.badge-skipped { background: #fdecec; color: #a01b1f; }

ol.timeline { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 6px; }
.tl-item { display: grid; grid-template-columns: 110px 140px 1fr 150px; gap: 10px; padding: 8px 10px;
  border: 1px solid var(--border-color-primary); border-radius: 8px; cursor: pointer; font-size: 0.87rem; }
.tl-item:hover, .tl-item:focus { border-color: var(--color-accent); outline: none; }
.tl-date { font-weight: 600; }
.tl-actor { color: var(--color-accent); font-weight: 600; }
.cmp-row[data-doc] { cursor: pointer; }
.cmp-row[data-doc]:hover { background: var(--background-fill-secondary); }
.cmp-row[data-doc]:focus { outline: 2px solid var(--color-accent-soft); }
.cmp-value { font-weight: 700; white-space: nowrap; }
.chat-comparison { margin-top: 10px; }
.chat-comparison .cmp-title { font-weight: 600; font-size: 0.85rem; margin-bottom: 4px; }
.chat-comparison .cmp-hint { font-weight: 400; color: var(--body-text-color-subdued); }
.chat-comparison .cmp-scroll { overflow-x: auto; }
.chat-comparison .cmp-claimant { min-width: 90px; }
.cmp-meta { font-size: 0.72rem; color: var(--body-text-color-subdued); margin-top: 2px; overflow-wrap: anywhere; }
.chat-comparison table.comparison { font-size: 0.8rem; background: var(--background-fill-primary); }
.chat-comparison table.comparison th, .chat-comparison table.comparison td { padding: 4px 6px; }
.tl-src { color: var(--body-text-color-subdued); font-size: 0.8rem; }
"""

# Clicking anything that carries a source span ([n], a source card, a timeline event) sends it to the server.
PICK_SOURCE_JS = """
const pick = (ev) => {
  const el = ev.target.closest('[data-doc]');
  if (!el || !element.contains(el)) return;
  ev.preventDefault();
  trigger('click', {doc: el.dataset.doc, start: Number(el.dataset.start), end: Number(el.dataset.end)});
};
element.addEventListener('click', pick);
element.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') pick(ev); });
"""

# The article viewer brings its highlighted passage into view whenever it shows a new one.
SCROLL_TO_HIGHLIGHT_JS = """
const reveal = () => {
  const mark = element.querySelector('mark.hl');
  const body = element.querySelector('.article-body');
  if (!mark || !body) return;
  requestAnimationFrame(() => {
    body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
    element.scrollIntoView({block: 'nearest', behavior: 'instant'});
  });
};
watch('value', reveal);
reveal();
"""

CONFIRM_REMOVE_JS = """
(doc) => (doc && confirm(`Remove ${doc} from the index?`)) ? doc : null
"""
