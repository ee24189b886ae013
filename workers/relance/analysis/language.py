"""The language of a message's own words (R16: a follow-up is written in the language of the tracked email).

`lingua-language-detector` (a maintained, offline n-gram detector) restricted to the languages a team is likely to
write in, in its low-accuracy mode (trigrams only: the models load in half a second instead of eight, and a
sent message has sentences enough). Short or unsure text gives None: the engine then uses the team's default
language, which is better than guessing.
"""

from __future__ import annotations

from functools import cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

LANGUAGES = (
    Language.FRENCH,
    Language.ENGLISH,
    Language.GERMAN,
    Language.SPANISH,
    Language.ITALIAN,
    Language.DUTCH,
    Language.PORTUGUESE,
)
# Below this many letters a message says too little to tell its language ("ok", "Merci !").
MIN_LETTERS = 12
# The detector's confidence in its best language, from 0 to 1, below which the answer is None.
MIN_CONFIDENCE = 0.7


@cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*LANGUAGES).with_low_accuracy_mode().build()


def detect(text: str | None) -> str | None:
    """The ISO 639-1 code (``fr``, ``en`` …) of `text`'s language, or None when it is too short or unsure."""
    if not text or sum(c.isalpha() for c in text) < MIN_LETTERS:
        return None
    best = _detector().compute_language_confidence_values(text)[0]
    if best.value < MIN_CONFIDENCE:
        return None
    return best.language.iso_code_639_1.name.lower()
