"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(243 labelled resumes from 24 sources); do not edit by hand, fit again."""

BIAS = -4.1776
WEIGHTS = {
    "rel_size": -0.2317,
    "largest": 1.0052,
    "largest_text": 0.6374,
    "stands_out": 0.5454,
    "size_rank": -0.0178,
    "over_body": 0.3802,
    "early": 0.9984,
    "top": -0.7313,
    "first_line": 0.8020,
    "first_candidate": 1.6901,
    "top_near_largest": 0.7483,
    "one_word": -0.8319,
    "two_words": 0.6501,
    "three_words": -0.1171,
    "many_words": 0.2989,
    "upper": 0.1752,
    "title_case": 0.9305,
    "cjk": 0.9492,
    "other_script": -0.3631,
    "contact": 0.7539,
    "agrees": 0.9709,
    "covers": 2.3098,
    "label": 3.3065,
    "from_email": 5.0748,
    "whole_line": 0.1592,
    "function_words": -2.0229,
    "body_words": -1.1931,
    "lower": 0.9680,
    "joined": -0.9550,
    "long_line": -1.3228,
    "part_of": -4.0145,
    "outspelt": -2.1728,
}
MIN_PROBABILITY = 0.30
HIGH_MARGIN = 0.85
