"""SerpApi's Google search endpoint (``GET /search.json?engine=google&q=...&api_key=...``), scripted by tests.

The answer has SerpApi's shape: ``search_metadata`` (id, status, created_at), ``search_parameters``
(engine, q), the ``knowledge_graph`` block a test scripted for that query (title, type, website, address,
phone, ``profiles: [{name, link}]`` …) and ``organic_results``. A query without a scripted knowledge graph
answers without the block, as Google does for most queries. A wrong or missing ``api_key`` answers 401 with
SerpApi's ``{"error": "Invalid API key. ..."}``; an unsupported engine 400. Requests are recorded (engine,
q), never the key.
"""

from __future__ import annotations

import secrets
import threading
from typing import Any

from relance.sandbox.web import Request, Response, Router, json_response
from relance.sandbox.world import World, iso_z


def _query_key(q: str) -> str:
    return " ".join(q.lower().split())


class SerpService:
    def __init__(self, world: World) -> None:
        self._world = world
        self._lock = threading.Lock()
        self.api_key = "sandbox-serpapi-key"
        self._graphs: dict[str, dict[str, Any]] = {}
        self._requests: list[dict[str, str]] = []

    def register(self, router: Router) -> None:
        router.add("GET", "/search.json", self.search)

    def script(self, q: str, knowledge_graph: dict[str, Any]) -> None:
        with self._lock:
            self._graphs[_query_key(q)] = knowledge_graph

    def requests(self) -> list[dict[str, str]]:
        with self._lock:
            return [dict(r) for r in self._requests]

    def search(self, request: Request) -> Response:
        engine = request.arg("engine") or "google"
        q = request.arg("q") or ""
        with self._lock:
            self._requests.append({"engine": engine, "q": q})
        if request.arg("api_key") != self.api_key:
            return json_response(
                401, {"error": "Invalid API key. Your API key should be here: https://serpapi.com/manage-api-key"}
            )
        if engine != "google":
            return json_response(400, {"error": f"Unsupported `{engine}` search engine."})
        if not q.strip():
            return json_response(400, {"error": "Missing query `q` parameter."})
        now = iso_z(self._world.clock.now())
        search_id = secrets.token_hex(12)
        body: dict[str, Any] = {
            "search_metadata": {
                "id": search_id,
                "status": "Success",
                "json_endpoint": f"{request.base_url}/searches/{search_id}.json",
                "created_at": now.replace("T", " ").replace("Z", " UTC"),
                "processed_at": now.replace("T", " ").replace("Z", " UTC"),
                "total_time_taken": 0.42,
            },
            "search_parameters": {"engine": "google", "q": q, "google_domain": "google.com", "device": "desktop"},
            "organic_results": [],
        }
        with self._lock:
            graph = self._graphs.get(_query_key(q))
        if graph is not None:
            body["knowledge_graph"] = graph
        return json_response(200, body)
