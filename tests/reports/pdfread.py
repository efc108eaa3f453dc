"""Reading the documents back as a reader would: text per page (PDFium), pages as pixels."""

from __future__ import annotations

import io
from collections import Counter
from dataclasses import dataclass

import pypdf
import pypdfium2

_DARK = bytes(range(245))
_EDGE_PUNCTUATION = "()[],;:.“”\"'"
MM = 72 / 25.4  # points per millimetre; pages are rendered at one pixel per point


def page_texts(pdf: bytes) -> list[str]:
    """The text of every page as PDFium extracts it (honouring /ActualText), spaces collapsed."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [" ".join(page.get_textpage().get_text_range().split()) for page in document]
    finally:
        document.close()


def words(text: str) -> Counter[str]:
    """Words with the punctuation around them taken off (a name prints as "(name)" under the
    signature and "name," in a list); the characters inside a word must all be right."""
    stripped = (word.strip(_EDGE_PUNCTUATION) for word in text.split())
    return Counter(word for word in stripped if word)


def missing_words(pdf: bytes, sources: list[str]) -> list[str]:
    """Words of ``sources`` that the extracted text does not contain (as often as needed)."""
    have = words(" ".join(page_texts(pdf)))
    want = words(" ".join(sources))
    return sorted((want - have).elements())


def page_count(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


@dataclass(frozen=True)
class Page:
    width: int
    height: int
    pixels: bytes  # 8-bit grey, one byte per pixel, rows top to bottom

    def ink(self, left: float, top: float, right: float, bottom: float) -> int:
        """Pixels darker than near-white inside the box (in points from the top-left)."""
        count = 0
        for y in range(int(top), min(int(bottom), self.height)):
            row = self.pixels[y * self.width + int(left) : y * self.width + int(right)]
            count += len(row) - len(row.translate(None, _DARK))
        return count


def render_pages(pdf: bytes) -> list[Page]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        pages = []
        for page in document:
            bitmap = page.render(scale=1, grayscale=True)
            width, height = bitmap.width, bitmap.height
            raw = bytes(bitmap.buffer)
            pixels = b"".join(
                raw[y * bitmap.stride : y * bitmap.stride + width] for y in range(height)
            )
            pages.append(Page(width, height, pixels))
        return pages
    finally:
        document.close()


def outline_titles(pdf: bytes) -> list[str]:
    return [item.title for item in pypdf.PdfReader(io.BytesIO(pdf)).outline]
