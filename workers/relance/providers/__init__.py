"""Provider connectors: HTTP clients that speak Microsoft Graph (and Gmail), their error mapping, and the
normalisation of provider messages into the contract dict that `ingest_message` reads (DESIGN.md)."""
