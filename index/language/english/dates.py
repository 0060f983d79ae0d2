"""English months, weekdays, durations and the words that place an event in time."""

MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
CLOCK_WORDS = ("at",)  # before a time of day: "at 2.06 pm"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_VARIANTS: dict[str, str] = {}
WEEKDAY_VARIANTS: dict[str, str] = {}
MONTH_PARTS = {"early": ("early", "beginning of"), "mid": ("mid", "middle of"), "late": ("late", "end of")}
DURATION_ASKED = ("how long", "for how long", "how many days", "how many years")  # a span of time is asked
SINCE_WORDS = ("since", "starting", "from")  # before the date a span of time began
SINCE_ASKED = ("since when", "from when", "from what date", "from which date", "starting when", "starting from when")
UNTIL_WORDS = ("until", "till")
UNTIL_ASKED = ("until when", "till when", "until what date", "until which date")
UPCOMING_WORDS: tuple[str, ...] = ()  # English writes "next November" before the month: not read as a date
DESIGNATION_WORDS = ("no", "number")  # "Law No. 30 of 2002"
NUMBERED_NOUNS = ("article", "rank", "ranking", "number")  # "which article", "what rank": which one
AGE_WORDS = ("aged", "age", "at the age of")  # before an age, not a span
AGE_AFTER = ("old",)  # after one: "83 years old"
AGE_ASKED = ("how old", "what age", "at what age")  # an age is asked
DURATION_WORDS = frozenset(
    "year years month months day days hour hours minute minutes second seconds week weeks century decade".split()
)
# Each span's length in days, to read "2 hours and 10 minutes" as one span, the larger unit first
DURATION_DAYS = {"century": 36500, "decade": 3650, "year": 365, "month": 30, "week": 7, "day": 1, "hour": 1 / 24}
DURATION_DAYS |= {"minute": 1 / 1440, "second": 1 / 86400}
DURATION_DAYS |= {f"{unit}s": days for unit, days in DURATION_DAYS.items()}
PROSPECTIVE_WORDS = ("will", "preparing", "prepare", "plans to", "planning to", "is going to", "are going to")
# A question with one of these asks about what is yet to come (or when something runs out), so a date after the
# article may answer it; with a word of SCHEDULED_ASKED only such a date does ("when is the rematch scheduled").
SCHEDULED_ASKED = ("will", "is scheduled", "are scheduled", "scheduled to", "due to be", "set to be", "next")
FUTURE_ASKED = PROSPECTIVE_WORDS + SCHEDULED_ASKED + ("scheduled", "expect", "expects", "expected", "due", "plan")
FUTURE_ASKED += ("planned", "expire", "expires", "run out", "runs out")
BEFORE_WORDS = ("before", "ahead of", "prior to")
AFTER_WORDS = ("after", "following", "since")
EARLIER_WORDS = ("previously", "earlier", "had long")
TIMES_OF_DAY = ("am", "pm", "a.m.", "p.m.")
