"""Perturbations that chapter 17's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
