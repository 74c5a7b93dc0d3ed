"""Scoring records against gold annotations (the metrics of the benchmark README)."""
