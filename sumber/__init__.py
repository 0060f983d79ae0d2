"""The `sumber` command line: the top layer, which mounts the commands of rag, ui and evals.

Nothing in rag/, index/, ui/ or evals/ imports this package; the arrows point down from here.
"""
