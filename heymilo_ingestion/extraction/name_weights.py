"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -5.3642
WEIGHTS = {
    "rel_size": 0.4219,
    "largest": 0.7479,
    "largest_text": 0.7198,
    "size_rank": 0.7646,
    "over_body": 0.2974,
    "early": 0.9626,
    "top": -0.2999,
    "first_line": 0.7107,
    "first_candidate": 1.2198,
    "top_near_largest": 1.7647,
    "one_word": -1.4923,
    "two_words": 0.4552,
    "three_words": 0.5543,
    "many_words": 0.4828,
    "upper": 0.0424,
    "title_case": 0.0828,
    "cjk": 0.7853,
    "other_script": -0.3206,
    "contact": -0.2829,
    "agrees": 1.1492,
    "covers": 2.1127,
    "label": 3.2508,
    "from_email": 5.0000,
    "whole_line": 0.3989,
    "function_words": -2.0862,
}
MIN_PROBABILITY = 0.30
