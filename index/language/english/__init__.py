"""Facts about English as news is written in it: no story's vocabulary, only the language's own words.

One module per topic; this package gathers them, so `english.X` reaches every fact."""

from index.language.english.dates import *  # noqa: F403
from index.language.english.names import *  # noqa: F403
from index.language.english.numbers import *  # noqa: F403
from index.language.english.saying import *  # noqa: F403
from index.language.english.words import *  # noqa: F403
