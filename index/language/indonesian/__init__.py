"""Facts about Indonesian as news is written in it: no story's vocabulary, only the language's own words.

One module per topic; this package gathers them, so `indonesian.X` reaches every fact."""

from index.language.indonesian.dates import *  # noqa: F403
from index.language.indonesian.dictionary import *  # noqa: F403
from index.language.indonesian.names import *  # noqa: F403
from index.language.indonesian.numbers import *  # noqa: F403
from index.language.indonesian.saying import *  # noqa: F403
from index.language.indonesian.words import *  # noqa: F403
