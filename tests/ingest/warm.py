"""The pipeline's one-off costs (dateparser's locales and time-zone patterns, each
language's grammar, pymorphy3's dictionary: about a second in all), paid once before the
tests that bound a run's time, so the bound measures the input, not the start-up."""

from datetime import date

from peaceproc.ingest.pipeline import Gazetteer, find_candidates

# A sentence per language with a date and a name (the Russian one inflected).
SAMPLES = {
    "en": "Sergei Lavrov arrived on 4 May 2017.",
    "fr": "Sergueï Lavrov est arrivé le 4 mai 2017.",
    "ru": "Сергея Лаврова встретили 4 мая 2017 года.",
    "ar": "وصل وزير الخارجية سيرغي لافروف في 4 مايو 2017.",
    "fa": "وزیر خارجه سرگئی لاوروف در 4 مه 2017 رسید.",
    "tr": "Sergey Lavrov 4 Mayıs 2017 tarihinde geldi.",
}


def warm_up() -> None:
    for language, text in SAMPLES.items():
        find_candidates(
            text, published=date(2017, 8, 1), language=language, gazetteer=Gazetteer((), ())
        )
