"""Perturbations that chapter 15's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
