"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(243 labelled resumes from 24 sources); do not edit by hand, fit again."""

BIAS = -4.1854
WEIGHTS = {
    "rel_size": -0.2601,
    "largest": 1.1113,
    "largest_text": 0.5889,
    "stands_out": 0.5488,
    "size_rank": 0.0451,
    "over_body": 0.4234,
    "early": 1.0150,
    "top": -0.7835,
    "first_line": 0.7786,
    "first_candidate": 1.6830,
    "top_near_largest": 0.7436,
    "one_word": -0.8174,
    "two_words": 0.6215,
    "three_words": -0.1281,
    "many_words": 0.3240,
    "upper": 0.1986,
    "title_case": 0.7799,
    "cjk": 1.1496,
    "other_script": -0.6068,
    "contact": 0.9469,
    "agrees": 0.9596,
    "covers": 2.3193,
    "label": 3.4317,
    "from_email": 5.0721,
    "whole_line": 0.2118,
    "function_words": -2.0234,
    "body_words": -0.8581,
    "lower": 1.0467,
    "joined": -0.9784,
    "long_line": -1.3780,
    "part_of": -4.0335,
    "outspelt": -2.1497,
}
MIN_PROBABILITY = 0.35
HIGH_MARGIN = 0.85
