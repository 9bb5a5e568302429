"""The pipeline's one-off costs (peaceproc/ingest/warmup.py), paid once before the tests
that bound a run's time, so the bound measures the input, not the start-up."""

from peaceproc.ingest.warmup import warm_pipeline as warm_up

__all__ = ["warm_up"]
