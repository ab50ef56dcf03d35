"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -4.8363
WEIGHTS = {
    "rel_size": 0.2744,
    "largest": 0.7432,
    "largest_text": 0.4829,
    "stands_out": 0.1912,
    "size_rank": 0.2584,
    "over_body": 0.1260,
    "early": 0.8665,
    "top": -0.7119,
    "first_line": 0.8656,
    "first_candidate": 1.3591,
    "top_near_largest": 2.4411,
    "one_word": -1.5813,
    "two_words": 0.7741,
    "three_words": 0.3430,
    "many_words": 0.4642,
    "upper": -0.2319,
    "title_case": 0.2477,
    "cjk": 0.6622,
    "other_script": -0.7639,
    "contact": -0.0849,
    "agrees": 1.6812,
    "covers": 2.2853,
    "label": 3.1601,
    "from_email": 5.0000,
    "whole_line": 0.1878,
    "function_words": -2.0839,
}
MIN_PROBABILITY = 0.30
HIGH_MARGIN = 0.85
