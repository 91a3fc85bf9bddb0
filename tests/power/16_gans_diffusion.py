"""Perturbations that chapter 16's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
