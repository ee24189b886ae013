"""``python -m relance.sandbox --port N --state-dir DIR``: run both provider sandboxes until interrupted."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import threading

from relance import logsafe
from relance.sandbox import serve


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m relance.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8443)
    parser.add_argument("--state-dir", default=".sandbox", help="where ca.pem, server.pem and url are written")
    parser.add_argument("--log-level", default="INFO")
    args = parser.parse_args(argv)
    logging.basicConfig(level=args.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    logsafe.install()
    running = serve(args.host, args.port, args.state_dir)
    print(f"sandbox url={running.url} ca={running.ca_path}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with contextlib.suppress(KeyboardInterrupt):
        stop.wait()
    running.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
