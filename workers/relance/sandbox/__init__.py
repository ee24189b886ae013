"""Local sandboxes of Microsoft Graph (Outlook mail) and the Gmail API that speak the providers' HTTP
protocols, for tests and the demo. One HTTPS server serves everything; only the base URL differs from
production:

- ``/{tenant}/v2.0/.well-known/openid-configuration``, ``/{tenant}/oauth2/v2.0/{authorize,token}``:
  the Microsoft identity platform (MSAL authority ``<url>/<tenant>``, ``instance_discovery=False``).
- ``/v1.0/...``: Microsoft Graph mail (messages, delta, subscriptions, createReply/send, sendMail).
- ``/token``: Google's OAuth token endpoint (google-auth ``token_uri``); ``/oauth2/v3/certs`` its JWKS.
- ``/gmail/v1/...``: the Gmail API (``client_options={"api_endpoint": url}``).
- ``/v1/chat/completions`` (and ``/<prefix>/v1/chat/completions``): an OpenAI-compatible chat API, scripted.
- ``/search.json``: SerpApi's Google search with a scripted ``knowledge_graph``.
- ``/_control/<operation>``: the control interface (:class:`relance.sandbox.control.Control`).

``serve(host, port, state_dir)`` starts it and returns a :class:`RunningSandbox` with ``.url``,
``.ca_path`` (the CA to trust), ``.control`` and ``.stop()``. ``python -m relance.sandbox --port N
--state-dir DIR`` runs it standalone.
"""

from relance.sandbox.server import RunningSandbox, Sandbox, serve

__all__ = ["RunningSandbox", "Sandbox", "serve"]
