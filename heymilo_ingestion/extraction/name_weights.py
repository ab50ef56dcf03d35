"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(60 labelled resumes from 6 sources); do not edit by hand, fit again."""

BIAS = -5.8343
WEIGHTS = {
    "rel_size": 0.9957,
    "largest": 1.2203,
    "largest_text": 1.2203,
    "size_rank": 0.7921,
    "over_body": 1.2467,
    "early": 0.1738,
    "top": -0.1049,
    "first_line": 0.2240,
    "first_candidate": 0.3239,
    "top_near_largest": 2.0455,
    "one_word": -0.0461,
    "two_words": 0.3666,
    "three_words": -0.1982,
    "many_words": -0.1223,
    "upper": 0.2056,
    "title_case": 0.3663,
    "cjk": 0.1069,
    "other_script": 0.1509,
    "contact": -0.0191,
    "agrees": 1.8109,
    "label": 2.0000,
    "from_email": 5.0000,
    "whole_line": 0.9118,
    "function_words": -2.0000,
}
MIN_PROBABILITY = 0.10
