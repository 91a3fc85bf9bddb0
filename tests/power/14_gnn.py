"""Perturbations that chapter 14's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
