"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(133 labelled resumes from 14 sources); do not edit by hand, fit again."""

BIAS = -5.3375
WEIGHTS = {
    "rel_size": 0.4303,
    "largest": 0.7750,
    "largest_text": 0.6994,
    "size_rank": 0.7532,
    "over_body": 0.2868,
    "early": 0.9638,
    "top": -0.3075,
    "first_line": 0.7144,
    "first_candidate": 1.2126,
    "top_near_largest": 1.7526,
    "one_word": -1.4980,
    "two_words": 0.4329,
    "three_words": 0.5399,
    "many_words": 0.5252,
    "upper": 0.0265,
    "title_case": 0.1109,
    "cjk": 0.7885,
    "other_script": -0.3355,
    "contact": -0.2910,
    "agrees": 1.1333,
    "covers": 2.1043,
    "label": 3.2491,
    "from_email": 5.0000,
    "whole_line": 0.4088,
    "function_words": -2.0907,
}
MIN_PROBABILITY = 0.30
