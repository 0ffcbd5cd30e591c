"""A ``multipart/form-data`` body read into memory, never to disk: python-multipart's
streaming parser with callbacks that keep each part's bytes, and bounds on the number of
parts and on the body's size (the caller stops reading at the limit and answers 413)."""

from __future__ import annotations

from dataclasses import dataclass, field

from python_multipart.multipart import MultipartParser, parse_options_header


class FormError(ValueError):
    """The body is not a form this page sent: a Swedish message for a 400 page."""


@dataclass
class Part:
    name: str
    filename: str | None  # None for a plain field
    data: bytearray = field(default_factory=bytearray)

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", errors="replace")


@dataclass
class Form:
    parts: list[Part]

    def files(self, name: str) -> list[Part]:
        """The non-empty files sent in field ``name`` (a browser sends an empty part for
        a file input left empty)."""
        return [p for p in self.parts if p.name == name and p.filename and p.data]

    def value(self, name: str) -> str | None:
        return next((p.text for p in self.parts if p.name == name and p.filename is None),
                    None)


class FormReader:
    """Feed the body in chunks with ``write``; ``close`` gives the form."""

    def __init__(self, content_type: str, max_parts: int) -> None:
        kind, options = parse_options_header(content_type)
        boundary = options.get(b"boundary")
        if kind != b"multipart/form-data" or not boundary:
            raise FormError("formuläret ska skickas som multipart/form-data")
        self._max_parts = max_parts
        self._parts: list[Part] = []
        self._header_name = bytearray()
        self._header_value = bytearray()
        self._headers: dict[bytes, bytes] = {}
        self._parser = MultipartParser(boundary, {
            "on_part_begin": self._begin, "on_part_data": self._data,
            "on_header_field": self._field, "on_header_value": self._value,
            "on_header_end": self._header_end, "on_headers_finished": self._headers_done})

    def write(self, chunk: bytes) -> None:
        try:
            self._parser.write(chunk)
        except FormError:
            raise
        except Exception:  # python-multipart's own errors: a malformed body
            raise FormError("formuläret kunde inte läsas (trasig multipart-data)") from None

    def close(self) -> Form:
        self._parser.finalize()
        return Form(self._parts)

    def _begin(self) -> None:
        if len(self._parts) >= self._max_parts:
            raise FormError(f"formuläret har fler än {self._max_parts} delar")
        self._headers = {}

    def _field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def _value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def _header_end(self) -> None:
        self._headers[bytes(self._header_name).lower()] = bytes(self._header_value)
        self._header_name.clear()
        self._header_value.clear()

    def _headers_done(self) -> None:
        _, options = parse_options_header(self._headers.get(b"content-disposition", b""))
        name = options.get(b"name")
        if name is None:
            raise FormError("en del av formuläret saknar namn")
        filename = options.get(b"filename")
        self._parts.append(Part(name.decode("utf-8", "replace"),
                                None if filename is None
                                else _base_name(filename.decode("utf-8", "replace"))))

    def _data(self, data: bytes, start: int, end: int) -> None:
        self._parts[-1].data += data[start:end]


def _base_name(filename: str) -> str:
    """The file's name without the folders some browsers send."""
    return filename.replace("\\", "/").rsplit("/", 1)[-1]
