"""Annotators: each registers a pipeline stage that adds spans to the Doc."""
from lajm.annotate import attribution, entities, modality, names, quantities, segment, times  # noqa: F401
