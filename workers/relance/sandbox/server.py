"""The composed sandbox: one HTTPS server answering for Microsoft (identity platform + Graph), Google
(token endpoint + Gmail API), an OpenAI-compatible chat-completions API, SerpApi's Google search and the
control interface, with fault injection in front of all providers: an injected fault answers with the error body
of the provider whose endpoint the path is (:meth:`Sandbox.fault_response`).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from relance.sandbox.auth import TokenStore
from relance.sandbox.chat import ChatService, openai_error
from relance.sandbox.control import Control
from relance.sandbox.gmail import GmailService
from relance.sandbox.graph import GraphService
from relance.sandbox.identity import is_identity_path
from relance.sandbox.notify import Notifier
from relance.sandbox.serp import SerpService
from relance.sandbox.tls import make_certificates, server_context
from relance.sandbox.web import (
    DropConnection,
    Request,
    Response,
    Router,
    SandboxHTTPServer,
    json_response,
    start_server,
)
from relance.sandbox.world import Clock, FaultRule, World, fault_headers

log = logging.getLogger("relance.sandbox")


class Sandbox:
    """All sandbox state plus the request dispatcher; usable in-process through :attr:`control`."""

    def __init__(self, clock: Clock | None = None) -> None:
        self.world = World(clock)
        self.url = ""
        self.tokens = TokenStore()
        self.notifier = Notifier(
            lambda: self.world.settings.notification_timeout,
            lambda: list(self.world.settings.notification_retry_delays),
        )
        self.graph = GraphService(self.world, self.tokens, self.notifier)
        self.gmail = GmailService(self.world, self.tokens, self.notifier)
        self.chat = ChatService(self.world)
        self.serp = SerpService(self.world)
        self.control = Control(self)
        self.router = Router()
        self.gmail.register(self.router)
        self.chat.register(self.router)
        self.serp.register(self.router)
        self.graph.identity.register(self.router)

    def __call__(self, request: Request) -> Response:
        started = time.monotonic()
        response = self._route(request)
        log.info(
            "http method=%s path=%s status=%d ms=%d",
            request.method,
            request.path.split("?")[0][:160],
            response.status,
            (time.monotonic() - started) * 1000,
        )
        return response

    def _route(self, request: Request) -> Response:
        if request.path.startswith("/_control/"):
            return self.control.handle(request)
        rule = self.world.faults.take(request.method, request.path)
        if rule is not None:
            log.info("fault path=%s status=%s drop=%s", request.path.split("?")[0][:160], rule.status, rule.drop)
            if rule.drop:
                raise DropConnection()
            return self.fault_response(rule, request)
        if request.path.startswith("/v1.0/"):
            return self.graph.handle(request)
        response = self.router.dispatch(request)
        if response is None:
            return json_response(404, {"error": {"code": "NotFound", "message": f"No route for {request.path}"}})
        return response

    def fault_response(self, rule: FaultRule, request: Request) -> Response:
        """The injected failure as the provider that owns the path answers it: Graph's error (and its resync 410
        on a delta), the identity platform's AADSTS error, Google's OAuth error, the Gmail API's error, OpenAI's
        or SerpApi's; what a client does with a failure depends on that body."""
        now, path = self.world.clock.now(), request.path
        if path.startswith("/v1.0/"):
            return self.graph.fault_response(rule, now, request)
        if is_identity_path(path):
            return self.graph.identity.fault_response(rule, now)
        if path.lower().endswith("/chat/completions"):
            return openai_error(rule.status, "Injected fault.", fault_headers(rule, now))
        if path == "/search.json":
            return json_response(rule.status, {"error": "Injected fault."}, fault_headers(rule, now))
        return self.gmail.fault_response(rule, now, path)

    def close(self) -> None:
        self.chat.release()
        self.notifier.close()


@dataclass
class RunningSandbox:
    """A started sandbox: ``url`` (``https://127.0.0.1:PORT``), ``ca_path`` to trust, ``stop()``."""

    sandbox: Sandbox
    server: SandboxHTTPServer
    url: str
    ca_path: Path
    state_dir: Path
    _stopped: bool = field(default=False, repr=False)

    @property
    def control(self) -> Control:
        return self.sandbox.control

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def stop(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.server.shutdown()
        self.server.server_close()
        self.sandbox.close()

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()


def serve(
    host: str = "127.0.0.1", port: int = 0, state_dir: str | Path = ".sandbox", clock: Clock | None = None
) -> RunningSandbox:
    """Start the sandbox on ``host:port`` (0 picks a free port) over HTTPS, writing its CA and server
    certificate into ``state_dir``; returns once it accepts connections."""
    directory = Path(state_dir)
    certs = make_certificates(directory)
    sandbox = Sandbox(clock)
    server, _ = start_server(host, port, sandbox, server_context(certs))
    bound_port = server.server_address[1]
    shown_host = f"[{host}]" if ":" in host else host
    sandbox.url = f"https://{shown_host}:{bound_port}"
    (directory / "url").write_text(sandbox.url + "\n")
    log.info("sandbox listening url=%s", sandbox.url)
    return RunningSandbox(sandbox, server, sandbox.url, certs.ca_path, directory)
