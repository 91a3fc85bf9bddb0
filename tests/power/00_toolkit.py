"""Perturbations that chapter 00's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
