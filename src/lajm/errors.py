"""One hierarchy of errors, each message naming the input and what was wrong with it."""


class LajmError(Exception):
    """Base of every error lajm raises on purpose."""


class InputError(LajmError):
    """An input (file, line, URL) that cannot be read as an article."""

    def __init__(self, source: str, problem: str):
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class PackError(LajmError):
    """A language pack or knowledge-base file that does not parse."""


class StoreError(LajmError):
    """The database could not be opened or written."""
