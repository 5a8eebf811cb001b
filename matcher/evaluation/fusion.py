"""The fused score under cross-validation, and what its numbers mean.

matcher's fused value takes nothing from labelled data but the scale of each
signal (``signals.NORMS``: a mean and a standard deviation) and the two
numbers of its calibration (``signals.CALIBRATION``).  Here both are fitted
again with folds that leave one posting (and the resumes labelled with it)
or one resume out, and every pair is scored with constants fitted without
it: if the shipped constants were tuned to this data, the out-of-fold
rankings would fall behind.  The calibration table says, for each band of
the score, how many pairs were labelled a fit.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from matcher.ranking.signals import CALIBRATION, FUSED, SIGNALS, standardised

PairKey = tuple[str, str]          # (posting id, resume id)
BANDS = (0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100)


def fitted_scales(values: list[dict[str, float]]) -> dict[str, tuple[float, float]]:
    scales = {}
    for name in SIGNALS:
        column = np.array([v[name] for v in values if not np.isnan(v.get(name, np.nan))])
        sd = float(column.std()) if len(column) > 1 else 0.0
        scales[name] = (float(column.mean()) if len(column) else 0.0, sd if sd > 0 else 1.0)
    return scales


def fused_value(signals: dict[str, float], scales: dict[str, tuple[float, float]],
                names: tuple[str, ...] = FUSED) -> float:
    return float(np.mean([standardised(signals.get(k, np.nan), *scales[k]) for k in names]))


def out_of_fold(pair_signals: dict[PairKey, dict[str, float]], labels: dict[PairKey, int],
                hold_out: str, fold_scales: list | None = None,
                names: tuple[str, ...] = FUSED) -> dict[PairKey, float]:
    """Each pair's fused value (of the signals ``names``) with scales fitted on the pairs
    of the other folds (each fold's scales are appended to ``fold_scales`` when given).

    ``hold_out="posting"``: a fold is one posting with every resume labelled with it
    (no pair in training shares either); ``"resume"``: a fold is one resume."""
    if hold_out == "posting":
        def fold_of(key: PairKey) -> str:
            return key[0]

        def shares(key: PairKey, fold: str) -> bool:
            return key[0] == fold or key[1] in labelled_with[fold]
        labelled_with: dict[str, set[str]] = {}
        for pid, rid in labels:
            labelled_with.setdefault(pid, set()).add(rid)
        for pid, _ in pair_signals:
            labelled_with.setdefault(pid, set())
    else:
        def fold_of(key: PairKey) -> str:
            return key[1]

        def shares(key: PairKey, fold: str) -> bool:
            return key[1] == fold
    out: dict[PairKey, float] = {}
    for fold in sorted({fold_of(k) for k in pair_signals}):
        scales = fitted_scales([v for k, v in pair_signals.items() if not shares(k, fold)])
        if fold_scales is not None:
            fold_scales.append(scales)
        for key, values in pair_signals.items():
            if fold_of(key) == fold:
                out[key] = fused_value(values, scales, names)
    return out


def scale_ranges(fold_scales: list[dict[str, tuple[float, float]]]) -> dict[str, dict]:
    """Per signal, the range of its fitted mean and standard deviation over the folds."""
    return {name: {"folds": len(fold_scales),
                   "mean": [min(s[name][0] for s in fold_scales), max(s[name][0] for s in fold_scales)],
                   "sd": [min(s[name][1] for s in fold_scales), max(s[name][1] for s in fold_scales)]}
            for name in SIGNALS} if fold_scales else {}


def calibration_table(scores: dict[PairKey, float], relevant: Callable[[PairKey], bool]) -> list[dict]:
    """For each band of the score: how many pairs, and the share labelled a fit."""
    rows = []
    for low, high in zip(BANDS, BANDS[1:]):
        inside = [k for k, s in scores.items() if low <= s < high or (high == 100 and s == 100)]
        if inside:
            hits = sum(relevant(k) for k in inside)
            rows.append({"band": f"{low}-{high}", "pairs": len(inside), "fit": hits,
                         "share": hits / len(inside),
                         "mean_score": float(np.mean([scores[k] for k in inside]))})
    return rows


def calibration_folds(fused: dict[PairKey, float], relevant: Callable[[PairKey], bool]) -> dict:
    """The calibration's two numbers fitted again leaving one resume out each time: their
    range over the folds, next to the shipped ones, and the out-of-fold table."""
    from sklearn.linear_model import LogisticRegression

    keys = sorted(fused)
    x = np.array([[fused[k]] for k in keys])
    y = np.array([relevant(k) for k in keys])
    if len(set(y)) < 2:
        return {}
    everything = LogisticRegression(C=1e6).fit(x, y)
    a_values, b_values, oof = [], [], {}
    for resume in sorted({k[1] for k in keys}):
        train = np.array([k[1] != resume for k in keys])
        if len(set(y[train])) < 2:
            continue
        model = LogisticRegression(C=1e6).fit(x[train], y[train])
        a, b = float(model.coef_[0][0]), float(model.intercept_[0])
        a_values.append(a)
        b_values.append(b)
        for k, value in zip(np.array(keys, dtype=object)[~train], x[~train, 0]):
            oof[tuple(k)] = float(100.0 / (1.0 + np.exp(-(a * value + b))))
    return {"shipped": {"a": CALIBRATION[0], "b": CALIBRATION[1]},
            "all pairs": {"a": round(float(everything.coef_[0][0]), 4),
                          "b": round(float(everything.intercept_[0]), 4)},
            "folds": len(a_values),
            "a": [min(a_values), max(a_values)], "b": [min(b_values), max(b_values)],
            "out_of_fold": calibration_table(oof, relevant)}
