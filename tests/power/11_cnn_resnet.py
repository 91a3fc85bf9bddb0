"""Perturbations that chapter 11's verifying cells must reject (tools/power.py says how they run)."""

CASES = []
