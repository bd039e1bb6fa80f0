"""The dev sets hold the accuracy the extractor reached on excerpts from other outlets.

tests/data/dev (27 outlets, tuned on), tests/data/dev2 (16 more outlets), tests/data/dev3 (20
more outlets), tests/data/dev4 (20 more), tests/data/dev5 (20 more), tests/data/dev6 (24 more, two
thirds from the core stratum) and tests/data/dev7 (24 more, two thirds from a core stratum whose core
word stands next to a number), the last six annotated before the extractor first ran on them; their
READMEs give provenance and judgement calls. They are our own reading of the gold README, not the held-out
annotators', so the thresholds guard against regressions on text the seed gold never saw; they sit a
little below the figures measured when they were set (bench/extraction.py prints every set). With 3-4 core claims, one item moves a core figure
by 0.25, so core precision on dev is held loosely.
"""

import importlib.util
import json
from pathlib import Path

import pytest

from credence.extract import article_facts
from credence.extract.evaluation import claim_scores, quote_scores

DATA = Path(__file__).resolve().parents[1] / "data"

# Per set: all-claim precision and recall, core precision and recall, attribution-kind and hedge
# accuracy, quote F1 and speaker accuracy.
FLOORS = {
    "dev": {"precision": 0.93, "recall": 0.83, "core_precision": 0.70, "core_recall": 0.99,
            "attribution": 0.93, "hedge": 0.95, "quote_f1": 0.90, "speaker": 0.78},
    "dev2": {"precision": 0.90, "recall": 0.78, "core_precision": 0.99, "core_recall": 0.99,
             "attribution": 0.95, "hedge": 0.95, "quote_f1": 0.92, "speaker": 0.80},
    # dev3: its blind figures (dev3/README.md) less a little; 10 core claims, 0.1 each.
    "dev3": {"precision": 0.90, "recall": 0.75, "core_precision": 0.85, "core_recall": 0.85,
             "attribution": 0.75, "hedge": 0.89, "quote_f1": 0.80, "speaker": 0.39},
    # dev4: its blind figures (dev4/README.md) less a little; 16 core claims, 0.0625 each.
    "dev4": {"precision": 0.95, "recall": 0.82, "core_precision": 0.78, "core_recall": 0.78,
             "attribution": 0.68, "hedge": 0.95, "quote_f1": 0.90, "speaker": 0.65},
    # dev5: its blind figures (dev5/README.md) less a little; no core claim in its gold, so the core
    # floors are 0 (core precision is 0 whenever anything is marked core there).
    "dev5": {"precision": 0.91, "recall": 0.87, "core_precision": 0.0, "core_recall": 0.0,
             "attribution": 0.75, "hedge": 0.93, "quote_f1": 0.86, "speaker": 0.42},
    # dev6: blind figures in dev6/README.md (core 4 of 7, quote F1 0.83, speaker 0.545); raised once its
    # error classes were fixed (single-quote quotations, 'approaching N', projections not core), to a
    # little below the figures then: 5 core claims, 0.2 each.
    "dev6": {"precision": 0.95, "recall": 0.93, "core_precision": 0.95, "core_recall": 0.95,
             "attribution": 0.92, "hedge": 0.95, "quote_f1": 0.93, "speaker": 0.55},
    # dev7: its blind figures (dev7/README.md: precision 0.953, recall 0.872, core 11 of 12 predicted and
    # of 14 gold, attribution 0.951, quote F1 0.882, speaker 0.585) less a little; 14 core claims, about
    # 0.07 each. No gold claim is hedged, so its hedge floor guards only against false hedges. Raised
    # after its error classes were fixed (speakers as the text names them, court and dash speakers,
    # naming verbs licensing phrases) to a little below the figures then.
    "dev7": {"precision": 0.93, "recall": 0.87, "core_precision": 0.92, "core_recall": 0.85,
             "attribution": 0.92, "hedge": 0.95, "quote_f1": 0.90, "speaker": 0.75},
    # dev8: its blind figures (dev8/README.md: precision 0.944, recall 0.829, core 10 of 11 predicted and
    # of 17 gold, attribution 0.912, hedge 0.941, quote F1 0.957, speaker 0.682). Raised after its error
    # classes were fixed (core verbs and parts, caps, party tags, hinted/expected) to a little below the
    # figures then: 17 core claims, about 0.06 each.
    "dev8": {"precision": 0.95, "recall": 0.95, "core_precision": 0.90, "core_recall": 0.85,
             "attribution": 0.90, "hedge": 0.90, "quote_f1": 0.95, "speaker": 0.83},
    # dev9: its blind figures (dev9/README.md: precision 0.929, recall 0.844, core 0.850 / 0.708,
    # attribution 0.708, hedge 0.923, quote F1 0.958, speaker 0.609). Raised after its error classes were
    # fixed (document subjects, shot/stabbed, comparisons with "the", coordinated counts, inverted
    # tags) to a little below the figures then: 24 core claims, about 0.04 each.
    "dev9": {"precision": 0.95, "recall": 0.90, "core_precision": 0.85, "core_recall": 0.88,
             "attribution": 0.85, "hedge": 0.90, "quote_f1": 0.93, "speaker": 0.74},
    # dev10: its blind figures (dev10/README.md: precision 0.977, recall 0.796, core 0.667 / 0.750,
    # attribution 0.721, hedge 0.977, quote F1 0.825, speaker 0.615). Raised after some of its error classes
    # were fixed (sources released on a date, dates before figures, ratios, "the company", one study) to a
    # little below the figures then: only 8 core claims, 0.125 each.
    "dev10": {"precision": 0.95, "recall": 0.82, "core_precision": 0.65, "core_recall": 0.85,
              "attribution": 0.88, "hedge": 0.95, "quote_f1": 0.80, "speaker": 0.58},
    # dev11: its blind figures (dev11/README.md: precision 0.767, recall 0.793, one core claim, attribution
    # 0.826, hedge 0.913, quote F1 0.871, speaker 0.593). Raised after a few of its error classes were
    # fixed ("zero tariffs", numbers in names, a person after a body's possessive) to a little below the
    # figures then; with one gold core claim its core floors guard recall only.
    "dev11": {"precision": 0.78, "recall": 0.90, "core_precision": 0.0, "core_recall": 0.99,
              "attribution": 0.80, "hedge": 0.90, "quote_f1": 0.85, "speaker": 0.58},
    # dev12: its blind figures (dev12/README.md: precision 0.971, recall 0.795, core 0.865 / 0.681,
    # attribution 0.727, hedge 0.955, quote F1 0.921, speaker 0.586). Raised after some of its error
    # classes were fixed (top/past/passed bounds, changes "by N to M", gapped conjuncts, apposed counts,
    # local titles, name labels) to a little below the figures then: 47 core claims, about 0.02 each.
    "dev12": {"precision": 0.97, "recall": 0.83, "core_precision": 0.90, "core_recall": 0.82,
              "attribution": 0.75, "hedge": 0.93, "quote_f1": 0.93, "speaker": 0.80},
    # dev13: its blind figures (dev13/README.md, run once at the end of the session that built it:
    # precision 0.920, recall 0.754, core 0.812 / 0.812, attribution 0.783, hedge 0.935, quote F1 0.912,
    # speaker 0.613). Raised after a few of its error classes were fixed (word numbers before "Am…",
    # church titles, adjectival "confirmed", age ranges, "he" across a paragraph) to a little below the
    # figures then: 16 core claims, about 0.06 each.
    "dev13": {"precision": 0.92, "recall": 0.75, "core_precision": 0.80, "core_recall": 0.85,
              "attribution": 0.88, "hedge": 0.90, "quote_f1": 0.90, "speaker": 0.80},
    # dev14: its blind figures (dev14/README.md, run once on 6284cf3: precision 1.000, recall 0.800, core
    # 1.000 / 0.500, attribution 0.650, hedge 0.950, quote F1 0.800, speaker 0.567) less a little; a
    # third of it is a quote stratum. 10 core claims, 0.1 each; no gold claim is hedged, so its hedge
    # floor guards only against false hedges. Raised after its error classes were fixed (relative clauses,
    # "approached", a study's journal, "she" after an unnamed spokeswoman, headline verbs after names) to a
    # little below the figures then.
    "dev14": {"precision": 0.97, "recall": 0.83, "core_precision": 0.95, "core_recall": 0.85,
              "attribution": 0.88, "hedge": 0.92, "quote_f1": 0.80, "speaker": 0.75},
    # dev15: its blind figures (dev15/README.md, run once on c1463ec: precision 0.960, recall 0.881, core
    # 0.750 / 0.667, attribution 0.781, hedge 0.979, quote F1 0.911, speaker 0.488) less a little; drawn
    # from allsides_abp and recovery_covid only. 27 core claims, about 0.04 each; its four null-speaker
    # quotations can never count as right, so its speaker floor is low. Raised after its error classes were
    # fixed (rates per head not core, a poll's maker, officials there, lowercase particles, headline
    # verbs) to a little below the figures then.
    "dev15": {"precision": 0.95, "recall": 0.86, "core_precision": 0.88, "core_recall": 0.70,
              "attribution": 0.80, "hedge": 0.95, "quote_f1": 0.89, "speaker": 0.68},
    # dev16: its blind figures (dev16/README.md, run once on 3d86986: precision 0.902, recall 0.841, core
    # 1.000 / 0.929, attribution 0.892, hedge 0.919, quote F1 0.946, speaker 0.857) less a little; drawn
    # as dev15/. 14 core claims, about 0.07 each. Raised after its error classes were fixed (embedded
    # tweets' authors, "the 51-year old", years before records, fractions, title-case headlines) to a
    # little below the figures then.
    "dev16": {"precision": 0.93, "recall": 0.90, "core_precision": 0.95, "core_recall": 0.90,
              "attribution": 0.92, "hedge": 0.90, "quote_f1": 0.92, "speaker": 0.88},
    # dev17: its blind figures (dev17/README.md, run once on d65e358: precision 1.000, recall 0.860, core
    # 0.900 / 0.818, attribution 0.919, hedge 0.973, quote F1 0.977, speaker 0.651) less a little; drawn
    # as dev15/. 11 core claims, about 0.09 each; four of its wrong speakers were one two-author cue.
    # Raised after its error classes were fixed (a figure compared with a toll, "diagnosed", two authors,
    # bracket credits, "how she described", a group after its share) to a little below the figures then.
    "dev17": {"precision": 0.97, "recall": 0.86, "core_precision": 0.88, "core_recall": 0.95,
              "attribution": 0.94, "hedge": 0.95, "quote_f1": 0.95, "speaker": 0.80},
    # dev18: its blind figures (dev18/README.md, run once on 808e4b6: precision 1.000, recall 0.878, core
    # 1.000 / 0.938, attribution 0.860, hedge 0.977, quote F1 0.928, speaker 0.711) less a little; drawn
    # as dev15/. 16 core claims, about 0.06 each. Raised after its error classes were fixed (a person
    # after a role, a body owned by another, "case load", participles before the people counted, rates
    # per head, "half the country", "a population of", titles credited with a colon) to a little below.
    "dev18": {"precision": 0.97, "recall": 0.93, "core_precision": 0.95, "core_recall": 0.95,
              "attribution": 0.87, "hedge": 0.95, "quote_f1": 0.90, "speaker": 0.77},
    # dev19: its blind figures (dev19/README.md, run once on 519d82f: precision 0.980, recall 0.831, core
    # 0.917 / 0.917, attribution 0.694, hedge 0.939, quote F1 0.925, speaker 0.774) less a little; drawn
    # as dev15/. 12 core claims, about 0.08 each. Raised after some of its error classes were fixed (an
    # occupation before a name, "de Blasio", an adverb opening a sentence, "three out of 10", transcript
    # turns in one paragraph, "Limited", a mistyped closing mark) to a little below the figures then.
    "dev19": {"precision": 0.96, "recall": 0.82, "core_precision": 0.90, "core_recall": 0.90,
              "attribution": 0.72, "hedge": 0.92, "quote_f1": 0.93, "speaker": 0.88},
    # dev20: its blind figures (dev20/README.md, run once on 327a260: precision 1.000, recall 0.818, core
    # 0.667 / 0.429, attribution 0.822, hedge 0.978, quote F1 0.911, speaker 0.667) less a little; drawn
    # as dev15/. 14 core claims, about 0.07 each. Raised after its error classes were fixed ("place - N"
    # lists, "claimed the lives of", "fell ill", recoveries, compounds, cited research, headline and
    # document speakers, "she" for a newly apposed person) to a little below the figures then.
    "dev20": {"precision": 0.97, "recall": 0.93, "core_precision": 0.95, "core_recall": 0.90,
              "attribution": 0.92, "hedge": 0.95, "quote_f1": 0.93, "speaker": 0.83},
    # dev21: its blind figures (dev21/README.md, run once on 327a260: precision 0.980, recall 0.923, core
    # 0.571 / 1.000, attribution 0.708, hedge 0.958, quote F1 0.845, speaker 0.800) less a little; drawn
    # as dev15/. 4 core claims, 0.25 each. Raised after its error classes were fixed (prisoners released,
    # dash breakdowns, "Target said", respondents' shares, accented transcript labels, straight single
    # marks, nested quotes) to a little below the figures then.
    "dev21": {"precision": 0.97, "recall": 0.97, "core_precision": 0.75, "core_recall": 0.99,
              "attribution": 0.87, "hedge": 0.95, "quote_f1": 0.90, "speaker": 0.90},
    # dev22: its blind figures (dev22/README.md, run once on ba05501: precision 0.970, recall 0.821, core
    # 0.700 / 0.875, attribution 0.875, hedge 0.969, quote F1 0.907, speaker 0.682) less a little, recall
    # after the three claim fixes made at once (0.923); drawn as dev15/. 8 core claims, 0.125 each.
    "dev22": {"precision": 0.95, "recall": 0.90, "core_precision": 0.65, "core_recall": 0.85,
              "attribution": 0.85, "hedge": 0.94, "quote_f1": 0.88, "speaker": 0.64},
    # dev23: its blind figures (dev23/README.md, run once on 666bec0: precision 0.941, recall 0.744, core
    # 0.889 / 0.615, attribution 0.906, hedge 0.969, quote F1 0.949, speaker 0.787) less a little, the
    # core recall after "massacred" and "N out of M" counts (0.846); drawn as dev15/. 13 core claims,
    # about 0.08 each.
    "dev23": {"precision": 0.92, "recall": 0.83, "core_precision": 0.85, "core_recall": 0.80,
              "attribution": 0.87, "hedge": 0.94, "quote_f1": 0.92, "speaker": 0.75},
    # dev24: blind figures (dev24/README.md, run once on 69f3f65: precision 0.939, recall 0.886, core
    # 0.500 / 0.833, attribution 0.806, hedge 0.968, quote F1 0.935, speaker 0.767); raised after session
    # 10's fixes from its and dev25's errors to a little below the figures then. 6 core claims, 0.17 each.
    "dev24": {"precision": 0.97, "recall": 0.94, "core_precision": 0.70, "core_recall": 0.99,
              "attribution": 0.85, "hedge": 0.97, "quote_f1": 0.93, "speaker": 0.85},
    # dev25: blind figures (dev25/README.md, run once on 69f3f65: precision 0.948, recall 0.753, core
    # 0.909 / 0.909, attribution 0.855, hedge 0.927, quote F1 0.914, speaker 0.622); raised likewise.
    # 11 core claims, 0.09 each.
    "dev25": {"precision": 0.95, "recall": 0.86, "core_precision": 0.90, "core_recall": 0.90,
              "attribution": 0.86, "hedge": 0.94, "quote_f1": 0.89, "speaker": 0.70},
    # dev26: blind figures (dev26/README.md, run once on 11c7636: precision 0.972, recall 0.972, core
    # 0.917 / 1.000, attribution 0.886, hedge 1.000, quote F1 0.877, speaker 0.625); raised after the fixes
    # that followed to a little below the figures then. 11 core claims, 0.09 each.
    "dev26": {"precision": 0.95, "recall": 0.95, "core_precision": 0.90, "core_recall": 0.99,
              "attribution": 0.86, "hedge": 0.97, "quote_f1": 0.86, "speaker": 0.65},
    # dev27: blind figures (dev27/README.md, run once on 11c7636: precision 0.957, recall 0.772, core
    # 0.857 / 0.857, attribution 0.773, hedge 0.909, quote F1 0.952, speaker 0.300); raised likewise.
    # 7 core claims, 0.14 each.
    "dev27": {"precision": 0.95, "recall": 0.85, "core_precision": 0.80, "core_recall": 0.80,
              "attribution": 0.83, "hedge": 0.92, "quote_f1": 0.93, "speaker": 0.50},
    # dev28: blind figures (dev28/README.md, run once on f2bd173: precision 0.927, recall 0.879, core
    # 0.857 / 0.857, attribution 0.922, hedge 0.941, quote F1 0.878, speaker 0.860) less a little. 7 core
    # claims, 0.14 each.
    "dev28": {"precision": 0.90, "recall": 0.85, "core_precision": 0.80, "core_recall": 0.80,
              "attribution": 0.90, "hedge": 0.92, "quote_f1": 0.85, "speaker": 0.83},
    # dev29: blind figures (dev29/README.md, run once on f2bd173: precision 0.800, recall 0.737, core
    # 0.818 / 0.562, attribution 0.786, hedge 0.929, quote F1 0.840, speaker 0.559), raised after the
    # fixes that followed to a little below the figures then. 16 core claims, about 0.06 each.
    "dev29": {"precision": 0.78, "recall": 0.71, "core_precision": 0.88, "core_recall": 0.70,
              "attribution": 0.80, "hedge": 0.94, "quote_f1": 0.82, "speaker": 0.62},
    # dev30: blind figures (dev30/README.md, run once on 43558a5: precision 0.936, recall 0.863, core
    # 0.889 / 0.889, attribution 0.932, hedge 0.955, quote F1 0.952, speaker 0.650), raised after the fixes
    # that followed to a little below the figures then. 9 core claims, 0.11 each.
    "dev30": {"precision": 0.93, "recall": 0.88, "core_precision": 0.85, "core_recall": 0.85,
              "attribution": 0.91, "hedge": 0.95, "quote_f1": 0.93, "speaker": 0.62},
    # dev31: blind figures (dev31/README.md, run once on 43558a5: precision 0.906, recall 0.928, core
    # 0.688 / 0.647, attribution 0.831, hedge 0.948, quote F1 0.939, speaker 0.543), raised after the fixes
    # that followed to a little below the figures then. 17 core claims, about 0.06 each.
    "dev31": {"precision": 0.97, "recall": 0.92, "core_precision": 0.68, "core_recall": 0.68,
              "attribution": 0.84, "hedge": 0.97, "quote_f1": 0.92, "speaker": 0.62},
    # dev32: blind figures (dev32/README.md, run once on 8d3c869: precision 0.930, recall 0.816, core
    # 0.765 / 0.812, attribution 0.775, hedge 0.925, quote F1 0.928, speaker 0.667), raised after the fixes
    # that followed to a little below the figures then. 16 core claims, about 0.06 each.
    "dev32": {"precision": 0.93, "recall": 0.85, "core_precision": 0.78, "core_recall": 0.88,
              "attribution": 0.74, "hedge": 0.90, "quote_f1": 0.90, "speaker": 0.78},
    # dev33: blind figures (dev33/README.md, run once on 8d3c869: precision 1.000, recall 0.931, core
    # 0.714 / 0.714, attribution 0.704, hedge 0.963, quote F1 0.950, speaker 0.789), raised after the fixes
    # that followed to a little below the figures then. 7 core claims, 0.14 each.
    "dev33": {"precision": 0.97, "recall": 0.90, "core_precision": 0.80, "core_recall": 0.70,
              "attribution": 0.70, "hedge": 0.93, "quote_f1": 0.92, "speaker": 0.75},
    # dev34: blind figures (dev34/README.md, run once on 2ccfd32: precision 1.000, recall 0.903, core
    # 0.909 / 1.000, attribution 0.893, hedge 1.000, quote F1 0.862, speaker 0.760), raised after the fixes
    # that followed to a little below the figures then. 10 core claims, 0.1 each.
    "dev34": {"precision": 0.97, "recall": 0.88, "core_precision": 0.85, "core_recall": 0.95,
              "attribution": 0.87, "hedge": 0.97, "quote_f1": 0.84, "speaker": 0.80},
    # dev35: blind figures (dev35/README.md, run once on 2ccfd32: precision 1.000, recall 0.843, core
    # 0.923 / 1.000, attribution 1.000, hedge 1.000, quote F1 0.901, speaker 0.531), raised after the fixes
    # that followed to a little below the figures then. 12 core claims, about 0.08 each.
    "dev35": {"precision": 0.97, "recall": 0.88, "core_precision": 0.9, "core_recall": 0.95,
              "attribution": 0.97, "hedge": 0.97, "quote_f1": 0.88, "speaker": 0.72},
    # dev36, dev37: blind figures (their READMEs, run once on 50bd2b1: dev36 precision 0.900, recall 0.831,
    # core 0.647 / 0.688, attribution 0.815, hedge 0.963, quote F1 0.980, speaker 0.551; dev37 0.848 / 0.903,
    # core 0.857 / 0.857, attribution 0.893, hedge 0.929, quote F1 0.918, speaker 0.533), raised after the
    # fixes that followed to a little below the figures then. 16 and 7 core claims.
    "dev36": {"precision": 0.89, "recall": 0.82, "core_precision": 0.65, "core_recall": 0.65,
              "attribution": 0.79, "hedge": 0.94, "quote_f1": 0.95, "speaker": 0.58},
    "dev37": {"precision": 0.83, "recall": 0.90, "core_precision": 0.8, "core_recall": 0.8,
              "attribution": 0.87, "hedge": 0.94, "quote_f1": 0.9, "speaker": 0.52},
    # dev38, dev39: blind figures (their READMEs, run once on 891b690: dev38 precision 0.914, recall 0.914,
    # core 0.714 / 1.000, attribution 0.812, hedge 1.000, quote F1 0.933, speaker 0.810; dev39 0.983 / 0.950,
    # core 1.000 / 0.655, attribution 0.649, hedge 0.965, quote F1 0.951, speaker 0.615), raised after the
    # fixes that followed to a little below the figures then. 5 and 29 core claims.
    "dev38": {"precision": 0.97, "recall": 0.91, "core_precision": 0.8, "core_recall": 0.95,
              "attribution": 0.79, "hedge": 0.97, "quote_f1": 0.91, "speaker": 0.8},
    "dev39": {"precision": 0.95, "recall": 0.92, "core_precision": 0.95, "core_recall": 0.62,
              "attribution": 0.66, "hedge": 0.95, "quote_f1": 0.93, "speaker": 0.59},
    # dev40, dev41: blind figures (their READMEs, run once on 3ddc052: dev40 precision 0.958, recall 0.932,
    # core 0.812 / 1.000, attribution 0.768, hedge 0.928, quote F1 0.936, speaker 0.750; dev41 0.977 /
    # 0.955, core 0.800 / 0.923, attribution 0.833, hedge 0.976, quote F1 0.881, speaker 0.811) less a
    # little. 13 core claims each.
    "dev40": {"precision": 0.93, "recall": 0.91, "core_precision": 0.78, "core_recall": 0.95,
              "attribution": 0.75, "hedge": 0.9, "quote_f1": 0.91, "speaker": 0.73},
    "dev41": {"precision": 0.95, "recall": 0.93, "core_precision": 0.77, "core_recall": 0.9,
              "attribution": 0.8, "hedge": 0.95, "quote_f1": 0.86, "speaker": 0.78},
    # dev42, dev43: blind figures (their READMEs, run once on 076c347: dev42 precision 1.000, recall 0.808,
    # core 0.909 / 0.909, attribution 0.786, hedge 0.952, quote F1 0.901, speaker 0.732; dev43 0.977 /
    # 0.913, core 0.545 / 0.857, attribution 0.833, hedge 0.952, quote F1 0.943, speaker 0.820) less a
    # little. 11 and 7 core claims.
    # dev42's hedge floor sits lower: the change figures found since ("will rise by nearly 5 million", O16)
    # are projections its gold hedges and the extractor, reading "will" as no doubt, does not.
    "dev42": {"precision": 0.97, "recall": 0.84, "core_precision": 0.9, "core_recall": 0.9,
              "attribution": 0.73, "hedge": 0.87, "quote_f1": 0.88, "speaker": 0.7},
    "dev43": {"precision": 0.95, "recall": 0.9, "core_precision": 0.55, "core_recall": 0.8,
              "attribution": 0.8, "hedge": 0.93, "quote_f1": 0.92, "speaker": 0.79},
    # dev44–dev53 (session 12): blind first runs in their READMEs (dev44, dev45 on d43e03f; dev46, dev47 on
    # 1b18f76; dev48, dev49 on e9aefd6; dev50, dev51 on 222ef46; dev52, dev53 on 416147c); floors a little
    # below the figures at 8139680, after the session's fixes.
    "dev44": {"precision": 0.98, "recall": 0.86, "core_precision": 0.78, "core_recall": 0.78,
              "attribution": 0.82, "hedge": 0.89, "quote_f1": 0.93, "speaker": 0.75},
    "dev45": {"precision": 0.9, "recall": 0.87, "core_precision": 0.88, "core_recall": 0.98,
              "attribution": 0.86, "hedge": 0.96, "quote_f1": 0.87, "speaker": 0.68},
    "dev46": {"precision": 0.95, "recall": 0.9, "core_precision": 0.9, "core_recall": 0.84,
              "attribution": 0.87, "hedge": 0.92, "quote_f1": 0.9, "speaker": 0.71},
    "dev47": {"precision": 0.92, "recall": 0.84, "core_precision": 0.9, "core_recall": 0.73,
              "attribution": 0.89, "hedge": 0.95, "quote_f1": 0.93, "speaker": 0.82},
    "dev48": {"precision": 0.98, "recall": 0.92, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.91, "hedge": 0.85, "quote_f1": 0.85, "speaker": 0.68},
    "dev49": {"precision": 0.95, "recall": 0.93, "core_precision": 0.91, "core_recall": 0.98,
              "attribution": 0.95, "hedge": 0.87, "quote_f1": 0.91, "speaker": 0.68},
    # dev50's speaker floor sits at 0.59: a title's role credit resolves to the person the story names most
    # ("NY Police Union Boss" → O'Meara on dev24, "Michigan AG" → Nessel on dev49), which names Trump for
    # dev50's "Homeland Security Chief Says" (its gold keeps the role's words).
    "dev50": {"precision": 0.93, "recall": 0.93, "core_precision": 0.79, "core_recall": 0.84,
              "attribution": 0.78, "hedge": 0.91, "quote_f1": 0.84, "speaker": 0.59},
    "dev51": {"precision": 0.88, "recall": 0.85, "core_precision": 0.98, "core_recall": 0.85,
              "attribution": 0.77, "hedge": 0.98, "quote_f1": 0.88, "speaker": 0.67},
    "dev52": {"precision": 0.93, "recall": 0.88, "core_precision": 0.76, "core_recall": 0.66,
              "attribution": 0.87, "hedge": 0.93, "quote_f1": 0.9, "speaker": 0.83},
    "dev53": {"precision": 0.96, "recall": 0.95, "core_precision": 0.86, "core_recall": 0.98,
              "attribution": 0.86, "hedge": 0.9, "quote_f1": 0.89, "speaker": 0.74},
    # dev54, dev55: blind first runs on a259d09 (their READMEs); floors a little below them (a speaker fix
    # both prompted at the session's end raised their speaker figures since).
    "dev54": {"precision": 0.96, "recall": 0.96, "core_precision": 0.98, "core_recall": 0.82,
              "attribution": 0.85, "hedge": 0.87, "quote_f1": 0.81, "speaker": 0.68},
    "dev55": {"precision": 0.89, "recall": 0.82, "core_precision": 0.98, "core_recall": 0.69,
              "attribution": 0.93, "hedge": 0.93, "quote_f1": 0.92, "speaker": 0.72},
    # dev56–dev75 (session 13): blind first runs in their READMEs; floors a little below the session's final
    # code (each set was tuned on after its run, dev74 and dev75 not at all: their runs were on the final code).
    "dev56": {"precision": 0.93, "recall": 0.86, "core_precision": 0.91, "core_recall": 0.85,
              "attribution": 0.8, "hedge": 0.95, "quote_f1": 0.91, "speaker": 0.63},
    "dev57": {"precision": 0.98, "recall": 0.89, "core_precision": 0.64, "core_recall": 0.7,
              "attribution": 0.85, "hedge": 0.85, "quote_f1": 0.94, "speaker": 0.79},
    "dev58": {"precision": 0.9, "recall": 0.98, "core_precision": 0.56, "core_recall": 0.98,
              "attribution": 0.78, "hedge": 0.96, "quote_f1": 0.91, "speaker": 0.68},
    "dev59": {"precision": 0.92, "recall": 0.89, "core_precision": 0.83, "core_recall": 0.73,
              "attribution": 0.82, "hedge": 0.94, "quote_f1": 0.9, "speaker": 0.74},
    "dev60": {"precision": 0.95, "recall": 0.9, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.74, "hedge": 0.98, "quote_f1": 0.92, "speaker": 0.69},
    "dev61": {"precision": 0.9, "recall": 0.8, "core_precision": 0.88, "core_recall": 0.98,
              "attribution": 0.77, "hedge": 0.93, "quote_f1": 0.89, "speaker": 0.67},
    "dev62": {"precision": 0.96, "recall": 0.85, "core_precision": 0.74, "core_recall": 0.9,
              "attribution": 0.88, "hedge": 0.84, "quote_f1": 0.92, "speaker": 0.71},
    "dev63": {"precision": 0.9, "recall": 0.74, "core_precision": 0.48, "core_recall": 0.64,
              "attribution": 0.89, "hedge": 0.89, "quote_f1": 0.84, "speaker": 0.57},
    "dev64": {"precision": 0.95, "recall": 0.76, "core_precision": 0.55, "core_recall": 0.78,
              "attribution": 0.8, "hedge": 0.92, "quote_f1": 0.93, "speaker": 0.68},
    "dev65": {"precision": 0.95, "recall": 0.9, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.89, "hedge": 0.98, "quote_f1": 0.92, "speaker": 0.68},
    "dev66": {"precision": 0.96, "recall": 0.85, "core_precision": 0.6, "core_recall": 0.98,
              "attribution": 0.87, "hedge": 0.96, "quote_f1": 0.91, "speaker": 0.76},
    "dev67": {"precision": 0.98, "recall": 0.9, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.84, "hedge": 0.98, "quote_f1": 0.89, "speaker": 0.68},
    "dev68": {"precision": 0.83, "recall": 0.81, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.78, "hedge": 0.9, "quote_f1": 0.91, "speaker": 0.71},
    "dev69": {"precision": 0.86, "recall": 0.8, "core_precision": 0.9, "core_recall": 0.84,
              "attribution": 0.86, "hedge": 0.92, "quote_f1": 0.93, "speaker": 0.82},
    "dev70": {"precision": 0.93, "recall": 0.91, "core_precision": 0.68, "core_recall": 0.85,
              "attribution": 0.89, "hedge": 0.91, "quote_f1": 0.89, "speaker": 0.75},
    "dev71": {"precision": 0.94, "recall": 0.79, "core_precision": 0.98, "core_recall": 0.69,
              "attribution": 0.89, "hedge": 0.91, "quote_f1": 0.9, "speaker": 0.69},
    "dev72": {"precision": 0.95, "recall": 0.81, "core_precision": 0.64, "core_recall": 0.7,
              "attribution": 0.89, "hedge": 0.85, "quote_f1": 0.85, "speaker": 0.71},
    "dev73": {"precision": 0.98, "recall": 0.83, "core_precision": 0.7, "core_recall": 0.7,
              "attribution": 0.85, "hedge": 0.95, "quote_f1": 0.87, "speaker": 0.66},
    "dev74": {"precision": 0.98, "recall": 0.95, "core_precision": 0.98, "core_recall": 0.69,
              "attribution": 0.65, "hedge": 0.95, "quote_f1": 0.95, "speaker": 0.46},
    "dev75": {"precision": 0.9, "recall": 0.9, "core_precision": 0.98, "core_recall": 0.98,
              "attribution": 0.79, "hedge": 0.89, "quote_f1": 0.93, "speaker": 0.79},
}  # fmt: skip
SETS = sorted(FLOORS)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module", params=SETS)
def devset(request) -> tuple[str, tuple[list[dict], list[dict]], tuple[list[dict], list[dict]]]:
    """(name, gold claims and quotes, predicted claims and quotes) of one dev set."""
    folder = DATA / request.param
    gold = read_jsonl(folder / "claims.jsonl"), read_jsonl(folder / "quotes.jsonl")
    claims, quotes = [], []
    # Every excerpt counts, those with no gold fact too: what is found there is a false positive.
    for path in sorted((folder / "articles").glob("*.txt")):
        facts = article_facts(path.read_text(encoding="utf-8"), path.name)
        claims += [c.as_record() for c in facts.claims]
        quotes += [q.as_record() for q in facts.quotes]
    return request.param, gold, (claims, quotes)


@pytest.mark.parametrize("name", SETS)
def test_dev_gold_spans_are_the_text_at_their_offsets(name):
    spec = importlib.util.spec_from_file_location("devsets", DATA / "devsets.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.span_problems(DATA / name) == []


def test_dev_claims_are_found_with_few_false_positives(devset):
    name, gold, predicted = devset
    scores = claim_scores(predicted[0], gold[0])
    assert scores.precision >= FLOORS[name]["precision"], scores
    assert scores.recall >= FLOORS[name]["recall"], scores


def test_dev_core_claims_are_all_found(devset):
    name, gold, predicted = devset
    scores = claim_scores(predicted[0], gold[0], core_only=True)
    assert scores.recall >= FLOORS[name]["core_recall"], scores
    assert scores.precision >= FLOORS[name]["core_precision"], scores


def test_dev_attribution_kind_and_hedge_on_matched_claims(devset):
    name, gold, predicted = devset
    scores = claim_scores(predicted[0], gold[0])
    assert scores.attribution_accuracy >= FLOORS[name]["attribution"], scores
    assert scores.hedge_accuracy >= FLOORS[name]["hedge"], scores


def test_dev_quotes_and_speakers(devset):
    name, gold, predicted = devset
    scores = quote_scores(predicted[1], gold[1])
    assert scores.f1 >= FLOORS[name]["quote_f1"], scores
    assert scores.speaker_accuracy >= FLOORS[name]["speaker"], scores
