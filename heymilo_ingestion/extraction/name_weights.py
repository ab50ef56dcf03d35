"""Weights of the name model (``namemodel``). Written by benchmarks/fit_names.py; do not edit."""

BIAS = -3.0
WEIGHTS = {"rel_size": 2.0, "largest": 1.5, "early": 1.0, "top": 1.0, "label": 2.0, "agrees": 2.0}
MIN_PROBABILITY = 0.2
