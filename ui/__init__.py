"""The web chat: a Gradio view over rag.Assistant (`ui.app.build_app`, `ui.app.launch`)."""
