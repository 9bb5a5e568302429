"""Article-extraction pipeline: news text in, candidate events out.

A plain Python package (no Django): the admin ingest page and the `ingest` management
command call `find_candidates`, `detect_language` and `html_to_text`.
"""

from .dates import extract_dates
from .extract import MAX_TEXT_CHARS, article_people, destinations, find_candidates
from .html import MAX_HTML_CHARS, html_to_text
from .people import People
from .resolve import jalali_to_gregorian
from .text import LANGUAGES, detect_language, language_supported, name_key, split_sentences
from .types import (
    Candidate,
    DateMention,
    Gazetteer,
    GazetteerParticipant,
    GazetteerRound,
    PipelineError,
)

__all__ = [
    "LANGUAGES",
    "MAX_HTML_CHARS",
    "MAX_TEXT_CHARS",
    "Candidate",
    "DateMention",
    "Gazetteer",
    "GazetteerParticipant",
    "GazetteerRound",
    "People",
    "PipelineError",
    "article_people",
    "destinations",
    "detect_language",
    "extract_dates",
    "find_candidates",
    "html_to_text",
    "jalali_to_gregorian",
    "language_supported",
    "name_key",
    "split_sentences",
]
