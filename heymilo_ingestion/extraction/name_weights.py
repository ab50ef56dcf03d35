"""Weights of the name model (``namemodel``): written by benchmarks/fit_names.py
(529 labelled resumes from 27 sources); do not edit by hand, fit again."""

BIAS = -6.0419
WEIGHTS = {
    "rel_size": 1.0165,
    "largest": 0.4304,
    "largest_text": 0.6084,
    "stands_out": 0.1974,
    "size_rank": -0.2077,
    "over_body": 0.4289,
    "early": 0.7200,
    "top": 0.0084,
    "first_line": 0.2152,
    "first_candidate": 1.8850,
    "top_near_largest": 0.2580,
    "one_word": -1.4609,
    "two_words": 0.9905,
    "three_words": 0.4827,
    "many_words": -0.0122,
    "upper": 0.1018,
    "title_case": 1.3166,
    "cjk": 2.0532,
    "other_script": -0.0577,
    "contact": 1.0339,
    "agrees": 0.2871,
    "covers": 3.1152,
    "label": 3.3109,
    "from_email": 4.6046,
    "whole_line": 1.0171,
    "function_words": -2.3378,
    "body_words": -2.0049,
    "lower": 0.0220,
    "joined": -0.6264,
    "long_line": -1.1712,
    "part_of": -4.0347,
    "outspelt": -3.3645,
    "padded": -1.1992,
    "hinted": 1.0905,
}
MIN_PROBABILITY = 0.50
HIGH_MARGIN = 0.85
