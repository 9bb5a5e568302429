"""The ingest pipeline's one-off costs, paid before a worker's first ingestion: the
language detector, dateparser's locales and time-zone patterns, each language's grammar
and pymorphy3's Russian dictionary. About half a second of CPU and 27 MB the first
time (measured with the tester's shapes, session 6); gunicorn's master pays them once
(peaceproc/site/warmup.py) and its workers share the pages it loaded."""

from datetime import date

from .analysis import analyse
from .pipeline import Gazetteer

# A sentence per language with a date and a name (the Russian one inflected).
SAMPLES = {
    "en": "Sergei Lavrov arrived on 4 May 2017.",
    "fr": "Sergueï Lavrov est arrivé le 4 mai 2017.",
    "ru": "Сергея Лаврова встретили 4 мая 2017 года.",
    "ar": "وصل وزير الخارجية سيرغي لافروف في 4 مايو 2017.",
    "fa": "وزیر خارجه سرگئی لاوروف در 4 مه 2017 رسید.",
    "tr": "Sergey Lavrov 4 Mayıs 2017 tarihinde geldi.",
}


def warm_pipeline() -> None:
    """Analyses one sentence per language as an ingestion does, the language detected."""
    for text in SAMPLES.values():
        analyse(text=text, published=date(2017, 8, 1), language=None, gazetteer=Gazetteer((), ()))
