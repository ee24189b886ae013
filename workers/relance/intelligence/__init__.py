"""Email intelligence: what Relance reads from a team's mail (see shared/INTELLIGENCE.md)."""
