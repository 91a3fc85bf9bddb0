"""Perturbations that chapter 06's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
