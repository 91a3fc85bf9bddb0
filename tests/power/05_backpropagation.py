"""Perturbations that chapter 05's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
