"""Evaluation: the scorer for the gold format, and the speed benchmark with its corpus."""
from __future__ import annotations

from lajm.eval.score import Report, score

__all__ = ["Report", "score"]
