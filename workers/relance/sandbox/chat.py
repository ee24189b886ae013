"""An OpenAI-compatible chat-completions endpoint (``POST /v1/chat/completions``, also under any prefix
ending in ``/chat/completions``, as Mistral's ``/v1/chat/completions`` is), scripted by tests.

It answers with the real response shape (``id``, ``object: chat.completion``, ``created``, ``model``,
``choices[0].message.content``, ``finish_reason``, ``usage`` with token counts), and its errors with
OpenAI's error body (``{"error": {"message", "type", "param", "code"}}``). What it answers is a queue of
steps per model (or for any model, ``"*"``) that tests push through the control interface:

- ``{"content": "..."}``: a 200 whose message content is that text (valid JSON or not: the client judges);
- ``{"status": 429, "retry_after": 1}``: rate limited, with ``Retry-After``; ``{"status": 500}`` …;
- ``{"delay": 10, ...}``: wait that long (real seconds) before answering: a client with a shorter timeout
  gives up first. :meth:`ChatService.release` ends every wait at once (the fixture's teardown).

An empty queue answers 500 ``sandbox_unscripted``: a test sees at once that it asked for more than it
scripted. Every request is recorded (model, messages, whether a bearer key came, response_format), never
the key itself.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections import deque
from typing import Any

from relance.sandbox.web import Request, Response, Router, json_response
from relance.sandbox.world import World

_ERROR_TYPES = {
    400: ("invalid_request_error", None),
    401: ("invalid_request_error", "invalid_api_key"),
    404: ("invalid_request_error", "model_not_found"),
    429: ("requests", "rate_limit_exceeded"),
    500: ("server_error", None),
    503: ("server_error", None),
}


def _tokens(text: str) -> int:
    """A deterministic stand-in for a tokenizer: about four characters a token, at least one."""
    return max(1, len(text) // 4)


def openai_error(status: int, message: str, headers: list[tuple[str, str]] | None = None) -> Response:
    kind, code = _ERROR_TYPES.get(status, ("server_error", None))
    return json_response(status, {"error": {"message": message, "type": kind, "param": None, "code": code}}, headers)


class ChatService:
    def __init__(self, world: World) -> None:
        self._world = world
        self._lock = threading.Lock()
        self._scripts: dict[str, deque[dict[str, Any]]] = {}
        self._requests: list[dict[str, Any]] = []
        self._released = threading.Event()
        self.api_keys: set[str] = set()

    def register(self, router: Router) -> None:
        router.add("POST", "/v1/chat/completions", self.completions)
        router.add("POST", "/{prefix}/v1/chat/completions", self.completions)

    # ------------------------------------------------------------------ control

    def script(self, steps: list[dict[str, Any]], model: str = "*") -> int:
        for step in steps:
            if not isinstance(step, dict) or not ({"content", "status"} & step.keys()):
                raise ValueError("each step needs 'content' or 'status'")
        with self._lock:
            queue = self._scripts.setdefault(model, deque())
            queue.extend(steps)
            return len(queue)

    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return [dict(r) for r in self._requests]

    def reset(self) -> None:
        """Forget scripts, recorded requests and accepted keys (a sandbox shared by several tests)."""
        with self._lock:
            self._scripts.clear()
            self._requests.clear()
            self.api_keys = set()
            released, self._released = self._released, threading.Event()
        released.set()  # requests still held answer now

    def release(self) -> None:
        self._released.set()

    def _next_step(self, model: str) -> dict[str, Any] | None:
        with self._lock:
            for key in (model, "*"):
                queue = self._scripts.get(key)
                if queue:
                    return queue.popleft()
        return None

    # ------------------------------------------------------------------ HTTP

    def completions(self, request: Request) -> Response:
        authorization = request.header("authorization")
        key = authorization[7:].strip() if authorization.lower().startswith("bearer ") else ""
        try:
            body = request.json()
        except ValueError:
            return openai_error(400, "We could not parse the JSON body of your request.")
        if not isinstance(body, dict) or not isinstance(body.get("model"), str):
            return openai_error(400, "you must provide a model parameter")
        messages = body.get("messages")
        if not isinstance(messages, list) or not messages:
            return openai_error(400, "'messages' must be a non-empty array")
        model = body["model"]
        with self._lock:
            self._requests.append(
                {
                    "model": model,
                    "path": request.path,
                    "messages": messages,
                    "authorized": bool(key),
                    "response_format": body.get("response_format"),
                }
            )
        if not key or (self.api_keys and key not in self.api_keys):
            return openai_error(401, "Incorrect API key provided.")
        step = self._next_step(model)
        if step is None:
            return openai_error(500, f"sandbox_unscripted: no answer scripted for model {model}")
        delay = float(step.get("delay") or 0)
        released = self._released
        if delay > 0 and released.wait(delay):
            return openai_error(503, "sandbox released the request")
        status = int(step.get("status") or 200)
        if status != 200:
            headers = []
            if step.get("retry_after") is not None:
                headers.append(("Retry-After", str(step["retry_after"])))
            return openai_error(status, str(step.get("message") or f"sandbox status {status}"), headers)
        content = str(step["content"])
        prompt = json.dumps(messages, ensure_ascii=False)
        prompt_tokens, completion_tokens = _tokens(prompt), _tokens(content)
        return json_response(
            200,
            {
                "id": "chatcmpl-" + secrets.token_hex(12),
                "object": "chat.completion",
                "created": int(self._world.clock.now().timestamp()),
                "model": model,
                "system_fingerprint": "fp_sandbox",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content, "refusal": None},
                        "logprobs": None,
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt_tokens,
                    "completion_tokens": completion_tokens,
                    "total_tokens": prompt_tokens + completion_tokens,
                },
            },
        )
