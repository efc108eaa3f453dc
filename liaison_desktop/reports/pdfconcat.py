"""One PDF from many, written as it goes: memory stays that of one input document, whatever the
count (pypdf's PdfWriter keeps every page of every document until it writes, ~0.6 MB a meeting).

Each input is read with pypdf; the objects its pages reach are renumbered and written out at
once; only the page numbers and the bookmarks are kept until the end, when the page tree, the
outline (a top-level bookmark at the first page of each document) and the cross-reference table
are written::

    with StreamingConcatenation(open(path, "wb")) as merged:
        for source, title in documents:
            merged.append(source, title)
"""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType
from typing import BinaryIO

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    EncodedStreamObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    StreamObject,
    TextStringObject,
)

CATALOG, PAGES, OUTLINES = 1, 2, 3  # object numbers reserved for what is written last


class StreamingConcatenation:
    def __init__(self, out: BinaryIO) -> None:
        self._out = out
        self._offsets: dict[int, int] = {}
        self._next = OUTLINES + 1
        self._pages: list[int] = []
        self._bookmarks: list[tuple[str, int]] = []  # title, object number of its first page
        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")

    def __enter__(self) -> StreamingConcatenation:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.finish()

    def append(self, source: str | BinaryIO, title: str) -> None:
        """Every page of ``source``, with a bookmark ``title`` at its first page."""
        reader = PdfReader(source)
        numbers: dict[int, int] = {}  # this document's object number → the output's
        pending: list[int] = []

        def renumber(ref: IndirectObject) -> IndirectObject:
            if ref.idnum not in numbers:
                numbers[ref.idnum] = self._allocate()
                pending.append(ref.idnum)
            return IndirectObject(numbers[ref.idnum], 0, None)  # type: ignore[arg-type]

        first = len(self._pages)
        page_numbers = {page.indirect_reference.idnum for page in reader.pages}
        for page in reader.pages:
            self._pages.append(renumber(page.indirect_reference).idnum)
        while pending:
            old = pending.pop()
            obj = reader.get_object(old)
            copy = _renumbered(obj, renumber)
            if old in page_numbers:
                copy[NameObject("/Parent")] = IndirectObject(PAGES, 0, None)  # type: ignore[arg-type]
            self._write(numbers[old], copy)
        if len(self._pages) > first:
            self._bookmarks.append((title, self._pages[first]))

    def finish(self) -> None:
        """The page tree, the outline, the catalogue, the cross-reference table and trailer."""
        self._write(
            PAGES,
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Pages"),
                    NameObject("/Kids"): ArrayObject(_ref(n) for n in self._pages),
                    NameObject("/Count"): NumberObject(len(self._pages)),
                }
            ),
        )
        self._write_outline()
        self._write(
            CATALOG,
            DictionaryObject(
                {
                    NameObject("/Type"): NameObject("/Catalog"),
                    NameObject("/Pages"): _ref(PAGES),
                    NameObject("/Outlines"): _ref(OUTLINES),
                    NameObject("/PageMode"): NameObject("/UseOutlines"),
                }
            ),
        )
        self._write_xref()

    def _write_outline(self) -> None:
        items = [self._allocate() for _ in self._bookmarks]
        for index, ((title, page), number) in enumerate(zip(self._bookmarks, items, strict=True)):
            item = DictionaryObject(
                {
                    NameObject("/Title"): TextStringObject(title),
                    NameObject("/Parent"): _ref(OUTLINES),
                    NameObject("/Dest"): ArrayObject(
                        [_ref(page), NameObject("/XYZ"), NullObject(), NullObject(), NullObject()]
                    ),
                }
            )
            if index > 0:
                item[NameObject("/Prev")] = _ref(items[index - 1])
            if index + 1 < len(items):
                item[NameObject("/Next")] = _ref(items[index + 1])
            self._write(number, item)
        outline = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Outlines"),
                NameObject("/Count"): NumberObject(len(items)),
            }
        )
        if items:
            outline[NameObject("/First")] = _ref(items[0])
            outline[NameObject("/Last")] = _ref(items[-1])
        self._write(OUTLINES, outline)

    def _write_xref(self) -> None:
        start = self._out.tell()
        size = self._next
        lines = [f"xref\n0 {size}\n", "0000000000 65535 f \n"]
        lines += [f"{self._offsets[n]:010d} 00000 n \n" for n in range(1, size)]
        lines.append(
            f"trailer\n<< /Size {size} /Root {CATALOG} 0 R >>\nstartxref\n{start}\n%%EOF\n"
        )
        self._out.write("".join(lines).encode("ascii"))

    def _allocate(self) -> int:
        self._next += 1
        return self._next - 1

    def _write(self, number: int, obj: PdfObject) -> None:
        self._offsets[number] = self._out.tell()
        self._out.write(f"{number} 0 obj\n".encode("ascii"))
        obj.write_to_stream(self._out)
        self._out.write(b"\nendobj\n")


def _ref(number: int) -> IndirectObject:
    return IndirectObject(number, 0, None)  # type: ignore[arg-type]


Renumber = Callable[[IndirectObject], IndirectObject]


def _renumbered(obj: PdfObject, renumber: Renumber) -> PdfObject:
    """A copy of ``obj`` whose references are the output's; a page's parent is left out (the
    caller points it at the new page tree), streams keep their encoded bytes untouched."""
    if isinstance(obj, IndirectObject):
        return renumber(obj)
    if isinstance(obj, StreamObject):
        copy = EncodedStreamObject()
        copy._data = obj._data  # the bytes as stored: no decoding and re-encoding
        copy.update(
            {key: _renumbered(value, renumber) for key, value in obj.items() if key != "/Length"}
        )
        return copy
    if isinstance(obj, DictionaryObject):
        page = obj.get("/Type") == "/Page"
        return DictionaryObject(
            {
                key: _renumbered(value, renumber)
                for key, value in obj.items()
                if not (page and key == "/Parent")
            }
        )
    if isinstance(obj, ArrayObject):
        return ArrayObject(_renumbered(value, renumber) for value in obj)
    return obj
