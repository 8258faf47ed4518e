"""Kept for importers of the old module: the readers live in polcmp/readers/, one module per format."""

from .readers import (  # noqa: F401
    SUPPORTED_EXTENSIONS,
    Document,
    DocxDocument,
    ReadLimits,
    TableDocument,
    TableRow,
    TextDocument,
    decode_text,
    read_document,
    sniff,
)
