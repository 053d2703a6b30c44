"""Events: triggers from the lexicon, their arguments, and final resolution."""
from lajm.events import arguments, resolve, triggers  # noqa: F401
