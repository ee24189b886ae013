"""A learnt middle stage for intent reading: where the ordered rules are unsure, a small statistical model trained
on the project's labelled replies decides before any LLM is asked (issue 13, item 7).

    from relance.intelligence import intent_model
    model = intent_model.default()          # trained at first use from eval/intents/cases.json; None without it
    model.predict(["ok pour jeudi 10h"])    # [Guess("meeting_request", 0.81)]

Why: rules tuned on a split read it almost perfectly and unseen wordings about as well as before (eval/intents/README.md
tells the story of six revisions). A model of words and character shapes generalises to wordings nobody wrote a rule
for: misspellings, missing accents, franglais. The rules still decide what they are sure of, and the model
never decides an opt-out: `unsubscribe` loses a client when it is wrong, so only R8's own lexicon (with its negation
and footer guards) may say it.

The model is scikit-learn's: TF-IDF of words and word pairs and of character 3-5-grams inside words, over the reply's
body without greeting, closing, signature or device line, lower-cased without accents; a multinomial logistic
regression with balanced class weights. Training the 3,517 replies of `eval/intents/cases.json` takes 18-19 s on two
cores (2026-12-01), once per process, offline (nothing is downloaded); `RELANCE_INTENT_TRAINING` names another
labelled file of the same format (or `off`, for rules and LLM only). The evaluation scores each split with a model
trained without it (`relance.intelligence.intent_eval`), so no figure is read on the replies it learnt from.
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from relance import config

# Rules below this confidence are checked by the model (their first lexicons vote 0.8 or more, the general ones
# 0.65-0.75, a weak vote or none below).
OVERRIDE_BELOW = 0.9
# The model decides when its best class (unsubscribe aside) is at least this likely; below, the rules' answer
# stands (and goes on to an LLM when the rules were below intent.LLM_FLOOR).
DECIDE_FROM = 0.5
# Inverse regularisation strength of the logistic regression.
C = 20.0
# Chosen, with OVERRIDE_BELOW and DECIDE_FROM, on 2026-11-30 from a leave-one-split-out run over cases.json (mean
# held-out macro-F1 0.960, the best of 28 settings) and the heldout7 split kept out of cases.json: see
# eval/intents/README.md. A new blind split (heldout8) was then measured once with them.
NEVER = frozenset({"unsubscribe"})
DEFAULT_TRAINING = Path(__file__).resolve().parents[3] / "eval" / "intents" / "cases.json"


# Words of one letter count too ("j", "l" of elisions, "a"); not a password, whatever ruff's S106 guesses.
_WORD = r"(?u)\b\w+\b"


class TrainingError(Exception):
    """The labelled replies cannot be read or learnt from."""


@dataclass(frozen=True)
class Guess:
    label: str
    probability: float


def fold(text: str) -> str:
    """Lower case without accents, as the features are read."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class IntentModel:
    """A fitted model; `predict` is thread-safe (scikit-learn's transform and predict_proba only read)."""

    def __init__(self, texts: Sequence[str], labels: Sequence[str]) -> None:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import make_pipeline, make_union

        if len(texts) != len(labels) or len(set(labels)) < 2:
            raise TrainingError("need texts and labels of the same length, in at least two classes")
        features = make_union(
            TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True, token_pattern=_WORD),
            TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=2, sublinear_tf=True),
        )
        self._pipeline = make_pipeline(features, LogisticRegression(C=C, max_iter=3000, class_weight="balanced"))
        self._pipeline.fit([fold(t) for t in texts], list(labels))
        self.classes: list[str] = [str(c) for c in self._pipeline.classes_]
        self._allowed = [k for k, c in enumerate(self.classes) if c not in NEVER]
        self.size = len(texts)

    def predict(self, bodies: Iterable[str]) -> list[Guess]:
        """The likeliest class of each body (one call for a batch is much cheaper than one per body), never a class
        in NEVER, with its probability."""
        folded = [fold(b) for b in bodies]
        if not folded:
            return []
        out = []
        for row in self._pipeline.predict_proba(folded):
            best = max(self._allowed, key=lambda k: row[k])
            out.append(Guess(self.classes[best], round(float(row[best]), 3)))
        return out


def training_pairs(cases: Iterable[Any]) -> tuple[list[str], list[str]]:
    """(body, label) of labelled cases (intent_eval.Case or dicts with text and label), each body read as the
    reader reads it: new text first, then without greeting, closing, signature and device line."""
    from relance.analysis import new_text
    from relance.intelligence.intent import body_of

    texts, labels = [], []
    for case in cases:
        text, label = (case["text"], case["label"]) if isinstance(case, dict) else (case.text, case.label)
        texts.append(body_of(new_text.from_text(text)))
        labels.append(label)
    return texts, labels


def train(cases: Iterable[Any]) -> IntentModel:
    texts, labels = training_pairs(cases)
    return IntentModel(texts, labels)


def load_training(path: Path) -> list[dict[str, Any]]:
    """The labelled cases of a training file; TrainingError when it cannot be read, is not a list of cases with a
    text and one of the 10 labels (a model that learnt another label would make every recording fail later)."""
    from relance.intelligence.intent import INTENTS

    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TrainingError(f"cannot read the intent training set {path}: {exc}") from exc
    if not isinstance(raw, list) or not all(isinstance(c, dict) and "text" in c and "label" in c for c in raw):
        raise TrainingError(f"{path}: expected a list of cases with text and label")
    for k, case in enumerate(raw):
        if not isinstance(case["text"], str) or case["label"] not in INTENTS:
            raise TrainingError(f"{path}: case {k}: a text and one of the 10 intents expected, got {case['label']!r}")
    return raw


_lock = threading.Lock()
_default: dict[str, IntentModel | None] = {}


_SETTING = next(v for v in config.VARIABLES if v.name == "RELANCE_INTENT_TRAINING")


def training_path() -> Path | None:
    """The labelled file the default model learns from (`RELANCE_INTENT_TRAINING`, from the environment or .env);
    None when turned off."""
    named = str(config.load(variables=(_SETTING,))[_SETTING.name]).strip()
    if named.lower() == "off":
        return None
    return Path(named) if named else DEFAULT_TRAINING


def default() -> IntentModel | None:
    """The process's model, trained once at first use; None when training is turned off or the default file is
    absent (an installed package without the repository's eval/). A named file that cannot be read is an error."""
    path = training_path()
    key = str(path)
    with _lock:
        if key not in _default:
            if path is None or (path == DEFAULT_TRAINING and not path.exists()):
                _default[key] = None
            else:
                _default[key] = train(load_training(path))
        return _default[key]
