"""Reading inputs into Articles: files and directories of .txt, .html/.htm and .jsonl.

`read_paths` yields an InputError for each bad input instead of raising, so one run goes
on past them; the caller decides whether to report, count or stop.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from lajm.errors import InputError
from lajm.ingest.html import parse_html
from lajm.ingest.jsonl import parse_jsonl
from lajm.ingest.text import parse_text
from lajm.langid import detect
from lajm.model import Article

__all__ = ["read_paths", "read_file", "decode", "looks_like_html"]

Reader = Callable[[str, str], Iterable[Article | InputError]]
READERS: dict[str, Reader] = {
    ".txt": lambda content, source: [parse_text(content, source)],
    ".html": lambda content, source: [parse_html(content, source)],
    ".htm": lambda content, source: [parse_html(content, source)],
    ".jsonl": parse_jsonl,
}
ENCODINGS = ("utf-8-sig", "cp1252")
MARKUP = re.compile(r"<(?:!doctype\s+html|html|head|body|article|div|p)[\s>]", re.IGNORECASE)
SNIFF_CHARS = 2000


def read_paths(paths: list[str], lang: str | None = None,
               published: date | None = None) -> Iterator[Article | InputError]:
    """Articles from files and directories, in order; an InputError for each bad input.

    `lang` overrides each input's own language; `published` is used when an input has none.
    """
    for path in paths:
        for item in read_path(Path(path)):
            yield item if isinstance(item, InputError) else complete(item, lang, published)


def read_path(path: Path) -> Iterator[Article | InputError]:
    if path.is_dir():
        files = files_in(path)
        if not files:
            yield InputError(str(path), f"no {', '.join(READERS)} files in this directory")
        for file in files:
            yield from read_file(file)
    else:
        yield from read_file(path)


def files_in(folder: Path) -> list[Path]:
    """Readable files under `folder`, recursively and sorted, hidden ones left out."""
    return sorted(
        p for p in folder.rglob("*")
        if p.suffix.lower() in READERS and p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def read_file(path: Path) -> Iterator[Article | InputError]:
    """One file's articles; the format comes from its suffix, else from sniffing its content."""
    source = str(path)
    try:
        content = decode(path.read_bytes(), source)
        reader = READERS.get(path.suffix.lower()) or sniff(content)
        yield from reader(content, source)
    except FileNotFoundError:
        yield InputError(source, "no such file")
    except OSError as err:
        yield InputError(source, f"cannot be read ({err.strerror})")
    except InputError as error:
        yield error


def decode(data: bytes, source: str) -> str:
    """The text of a file: UTF-8, else cp1252; an InputError for binary or empty content."""
    if b"\0" in data:
        raise InputError(source, "binary file (contains NUL bytes), not text")
    for encoding in ENCODINGS:
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise InputError(source, "undecodable: neither UTF-8 nor cp1252 text")
    if not text.strip():
        raise InputError(source, "empty file")
    return text


def sniff(content: str) -> Reader:
    return READERS[".html"] if looks_like_html(content) else READERS[".txt"]


def looks_like_html(content: str) -> bool:
    return MARKUP.search(content[:SNIFF_CHARS]) is not None


def complete(article: Article, lang: str | None, published: date | None) -> Article:
    article.lang = lang or article.lang or detect(article.text)
    article.published = article.published or published
    return article
