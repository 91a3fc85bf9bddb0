"""Perturbations that chapter 12's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
