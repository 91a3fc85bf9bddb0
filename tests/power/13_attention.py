"""Perturbations that chapter 13's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
