"""Email intelligence (../shared/INTELLIGENCE.md): what Relance reads in a team's mail, with no LLM and no network.

`read_signature` is the entry point: signature block, fields with confidences, named entities.
"""

from relance.intelligence.reader import LLM_FLOOR, SignatureResult, read_signature

__all__ = ["LLM_FLOOR", "SignatureResult", "read_signature"]
