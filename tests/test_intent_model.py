"""The learnt middle stage of intent reading (relance.intelligence.intent_model; issue 13, item 7): where the rules
are unsure (below 0.9), a TF-IDF and logistic-regression model trained on eval/intents/cases.json decides when it is
at least 0.5 sure, so that no LLM is needed; it never says `unsubscribe`, since R8 then suppresses the address and only
the rules' opt-out reader (with its negation and footer guards) may say that. No database, no network.

The product's model is trained once per process (a few seconds) and shared by this module. Small models trained here
on a dozen invented replies disagree with the rules on purpose, in milliseconds. The LLM beyond both is in
tests/test_intent_llm.py, the worker's batches in tests/test_intents.py, leave-one-out in tests/test_intent_eval.py.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from relance.intelligence import intent_eval, intent_model
from relance.intelligence.intent import (
    LLM_FLOOR,
    Referral,
    body_of,
    offline_intent,
    offline_intents,
    read_intent,
    rules_intent,
)

WED = dt.date(2026, 10, 14)  # a Wednesday
YES = [
    "Oui volontiers.",
    "Avec plaisir, allons-y.",
    "Très bien, je suis partant.",
    "Parfait pour moi.",
    "Oui, allons-y.",
]
NO = ["Non merci.", "Pas intéressé.", "Sans façon."]


@pytest.fixture(scope="module")
def model() -> intent_model.IntentModel:
    """The product's model: what `intent_model.default()` learns from eval/intents/cases.json, once per process."""
    assert intent_model.training_path() == intent_model.DEFAULT_TRAINING, "RELANCE_INTENT_TRAINING is set"
    trained = intent_model.default()
    assert trained is not None
    return trained


def small(**labelled: list[str]) -> intent_model.IntentModel:
    """A model trained on the replies given per label, nothing else."""
    return intent_model.train([{"text": t, "label": label} for label, texts in labelled.items() for t in texts])


def test_the_product_model_learnt_every_class_from_the_labelled_replies(model: intent_model.IntentModel) -> None:
    assert sorted(model.classes) == sorted(intent_eval.INTENTS)
    assert model.size == len(intent_model.load_training(intent_model.DEFAULT_TRAINING)) >= 1000


def test_the_model_never_says_unsubscribe_though_it_learnt_the_class(model: intent_model.IntentModel) -> None:
    opt_outs = [
        "Unsubscribe me.",
        "Please remove me from your mailing list.",
        "Merci de me retirer de votre liste de diffusion.",
        "Désinscrivez-moi svp",
        "STOP",
        "Je ne souhaite plus recevoir vos messages.",
    ]
    assert "unsubscribe" in model.classes
    assert all(g.label != "unsubscribe" for g in model.predict(opt_outs))
    # Nor on any of the opt-outs it learnt from.
    texts, labels = intent_model.training_pairs(intent_model.load_training(intent_model.DEFAULT_TRAINING))
    learnt = [t for t, label in zip(texts, labels, strict=True) if label == "unsubscribe"]
    assert len(learnt) >= 50
    assert all(g.label != "unsubscribe" for g in model.predict(learnt))


def test_where_the_model_would_say_unsubscribe_the_unsure_rules_answer_stands() -> None:
    # A model that knows only opt-outs and acceptances, and has read this very reply as an opt-out.
    enough = [
        "Bon, ça suffit maintenant.",
        "Bon, ça suffit.",
        "Ça suffit maintenant, merci.",
        "Bon ça suffit comme ça.",
    ]
    only = small(unsubscribe=enough, interested=YES)
    text = "Bon, ça suffit maintenant."
    ruled = rules_intent(text, "", WED)
    assert (ruled.label, ruled.needs_llm) == ("other", True) and ruled.confidence < LLM_FLOOR
    # Its likeliest class was unsubscribe: what is left is the other class, at what unsubscribe left of 1.
    [guess] = only.predict([body_of(text)])
    assert guess.label == "interested" and guess.probability < intent_model.DECIDE_FROM
    # So the rules' unsure answer stands and goes on to an LLM (whose opt-out SQL trusts only at 0.9) or a person.
    assert offline_intent(text, "", WED, model=only) == ruled


def test_a_rules_answer_at_0_9_or_more_stands_when_the_model_disagrees() -> None:
    absences = [
        "Je suis absente du bureau jusqu'au 26 octobre.",
        "absente du bureau jusqu'au 3 novembre",
        "Je suis absent du bureau jusqu'au 26.",
        "Absent du bureau, accès limité à mes mails.",
        "accès limité à mes mails jusqu'au 26 octobre",
    ]
    wrong = small(meeting_request=absences, interested=YES)  # reads absences as meeting requests
    automatic = ("Réponse automatique : je suis absent jusqu'au 2 novembre.", "Réponse automatique : absent")
    ruled = rules_intent(*automatic, WED)
    assert ruled.label == "out_of_office" and ruled.confidence >= intent_model.OVERRIDE_BELOW
    [guess] = wrong.predict([body_of(automatic[0])])
    assert guess.label == "meeting_request" and guess.probability >= intent_model.DECIDE_FROM
    assert offline_intent(*automatic, WED, model=wrong) == ruled
    # A human's absence notice, which the rules read at 0.8, is below the line: there the model decides.
    human = "Je suis absente du bureau jusqu'au 26 octobre, accès limité à mes mails."
    assert rules_intent(human, "", WED).confidence < intent_model.OVERRIDE_BELOW
    got = offline_intent(human, "", WED, model=wrong)
    assert (got.label, got.source, got.needs_llm) == ("meeting_request", "model", False)
    # An opt-out the rules read stands whatever the model says.
    opt_out = "Je ne souhaite plus recevoir vos messages."
    keen = small(interested=[opt_out, *YES], not_interested=NO)
    assert keen.predict([body_of(opt_out)])[0].label == "interested"
    assert offline_intent(opt_out, "", WED, model=keen) == rules_intent(opt_out, "", WED)


@pytest.mark.parametrize(
    ("text", "rules", "label"),
    [
        # No lexicon speaks; the words and their shapes do.
        ("Vous tombez bien, on cherche exactement ça.", "other", "interested"),
        ("Revenez vers moi une fois les vendanges terminées.", "other", "not_now"),
        ("Ask me again once harvest is in.", "other", "not_now"),
        # The rules read "5/5" as a day to wait for; the model reads an acknowledgement.
        ("Reçu 5/5.", "not_now", "other"),
    ],
)
def test_where_the_rules_are_unsure_the_sure_model_decides_and_no_llm_is_needed(
    model: intent_model.IntentModel, text: str, rules: str, label: str
) -> None:
    ruled = rules_intent(text, "Re: notre échange", WED)
    assert ruled.label == rules and ruled.confidence < intent_model.OVERRIDE_BELOW
    got = offline_intent(text, "Re: notre échange", WED, model=model)
    [guess] = model.predict([body_of(text)])
    assert (got.label, got.source, got.needs_llm) == (label, "model", False)
    assert got.confidence == guess.probability >= intent_model.DECIDE_FROM
    assert f"(rules: {rules} " in got.evidence
    assert got.not_now_until is None  # vague deferrals name no day


def test_a_referral_the_model_decides_carries_the_person_the_reply_names() -> None:
    text = "Mon associé Paul Durand verra ça."
    assert rules_intent(text, "", WED).label == "other"
    hands_over = small(
        referral=["Mon associé verra ça.", "Mon associé Paul verra ça.", "Mon associé s'en occupe."], interested=YES
    )
    got = offline_intent(text, "", WED, model=hands_over)
    assert (got.label, got.source, got.referral) == ("referral", "model", Referral("Paul Durand", None))


def test_when_the_model_agrees_with_unsure_rules_their_reading_stands_without_an_llm() -> None:
    text = "Le sujet reviendra sur la table après notre salon annuel."
    ruled = rules_intent(text, "", WED)
    assert (ruled.label, ruled.needs_llm) == ("other", True)
    agrees = small(
        other=[text, "Le sujet reviendra après notre salon annuel.", "Après notre salon annuel."], interested=YES
    )
    [guess] = agrees.predict([body_of(text)])
    got = offline_intent(text, "", WED, model=agrees)
    assert (got.label, got.source, got.confidence, got.needs_llm) == ("other", "rules", guess.probability, False)
    # An unsure model changes nothing: the reply still goes on to an LLM.
    unsure = small(interested=YES, not_interested=NO, out_of_office=["Absent jusqu'au 2.", "En congé cette semaine."])
    assert unsure.predict([body_of(text)])[0].probability < intent_model.DECIDE_FROM
    assert offline_intent(text, "", WED, model=unsure) == ruled


def test_a_batch_is_read_as_each_reply_alone(model: intent_model.IntentModel) -> None:
    from relance.analysis import new_text

    cases = [c for c in intent_eval.load() if c.split == "heldout3"]
    items = [(new_text.from_text(c.text), "Re: notre échange", c.sent) for c in cases]
    items += [("Vous tombez bien, on cherche exactement ça.", "", WED), ("STOP", "", WED), ("", "", WED)]
    batch = offline_intents(items, model=model)
    assert batch == [offline_intent(*item, model=model) for item in items]
    assert {i.source for i in batch} == {"rules", "model"}


def test_training_turned_off_reads_with_the_rules_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", "off")
    assert intent_model.training_path() is None and intent_model.default() is None
    text = "Vous tombez bien, on cherche exactement ça."
    ruled = rules_intent(text, "", WED)
    assert offline_intent(text, "", WED) == read_intent(text, "", WED) == ruled
    assert (ruled.source, ruled.needs_llm) == ("rules", True)
    assert intent_eval.model_without(intent_eval.load()[:3]) is None


def test_a_named_training_file_is_the_one_learnt_from(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    cases = [{"text": t, "label": "interested"} for t in YES] + [{"text": t, "label": "not_interested"} for t in NO]
    path.write_text(json.dumps(cases), encoding="utf-8")
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", str(path))
    mine = intent_model.default()
    assert mine is not None and (mine.size, sorted(mine.classes)) == (8, ["interested", "not_interested"])
    assert intent_model.default() is mine, "trained once"


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (None, "cannot read the intent training set"),
        ("{not json", "cannot read the intent training set"),
        ('{"text": "Oui", "label": "interested"}', "expected a list of cases with text and label"),
        ('[{"text": "Oui"}]', "expected a list of cases with text and label"),
        ('[{"text": "Oui", "label": "maybe"}, {"text": "Non", "label": "other"}]', "case 0: .*'maybe'"),
        ('[{"text": 3, "label": "other"}, {"text": "Non", "label": "other"}]', "case 0"),
        ('[{"text": "Oui", "label": "interested"}, {"text": "Yes", "label": "interested"}]', "two classes"),
    ],
)
def test_a_training_file_that_cannot_be_learnt_from_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, content: str | None, says: str
) -> None:
    path = tmp_path / "cases.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    monkeypatch.setenv("RELANCE_INTENT_TRAINING", str(path))
    with pytest.raises(intent_model.TrainingError, match=says):
        intent_model.default()
    # A reply the rules are unsure of needs the model: the error reaches the reader (the worker then counts the
    # message as failed and retries it) rather than a silent fall back to rules a team did not configure.
    with pytest.raises(intent_model.TrainingError):
        offline_intent("Vous tombez bien, on cherche exactement ça.", "", WED)
    # A reply the rules are sure of never asks the model.
    assert offline_intent("STOP", "", WED).label == "unsubscribe"
