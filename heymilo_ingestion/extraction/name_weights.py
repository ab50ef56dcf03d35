"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(338 labelled resumes from 26 sources); do not edit by hand, fit again."""

BIAS = -5.0128
WEIGHTS = {
    "rel_size": 0.0225,
    "largest": 0.5219,
    "largest_text": 0.8296,
    "stands_out": 0.5282,
    "size_rank": -0.3978,
    "over_body": 1.0593,
    "early": 0.9488,
    "top": -0.2810,
    "first_line": 0.1828,
    "first_candidate": 1.7375,
    "top_near_largest": 0.5967,
    "one_word": -1.1292,
    "two_words": 0.5969,
    "three_words": 0.1811,
    "many_words": 0.3512,
    "upper": 0.2405,
    "title_case": 1.0188,
    "cjk": 1.1443,
    "other_script": -0.2635,
    "contact": 0.5551,
    "agrees": 0.6056,
    "covers": 2.8699,
    "label": 3.7470,
    "from_email": 5.0000,
    "whole_line": 0.6393,
    "function_words": -2.3237,
    "body_words": -1.2575,
    "lower": 1.0425,
    "joined": -0.8155,
    "long_line": -1.1199,
    "part_of": -3.9300,
    "outspelt": -2.8131,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
