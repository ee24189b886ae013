"""Reading replies: classify an inbound message (human, automatic reply, bounce, list) and read it.

`analyse(message)` takes the workers' normalised message dict and returns the `analysis` object that SQL
reads; `analyse_email(raw)` does the same from a raw RFC 822 message.
"""

from relance.analysis.pipeline import VERSION, analyse, analyse_email

__all__ = ["VERSION", "analyse", "analyse_email"]
