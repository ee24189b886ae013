"""Write eval/messages/*.eml and eval/labels.json.

Run from the repository root: `.venv/bin/python eval/build`. The output is deterministic (seeded), so running
it again rewrites the same files. Labels describe what each message is, written with the message itself.
"""

from __future__ import annotations

import json
import sys
from email.generator import BytesGenerator
from email.policy import compat32
from io import BytesIO
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from cases_auto import auto_cases
from cases_bounce import bounce_cases
from cases_clients import client_cases
from cases_human import human_cases
from cases_layouts import layout_cases
from cases_list import list_cases
from cases_shapes import shapes_cases


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    out = root / "messages"
    out.mkdir(exist_ok=True)
    for old in out.glob("*.eml"):
        old.unlink()
    labels: dict[str, dict] = {}
    cases = human_cases() + auto_cases() + bounce_cases() + list_cases() + client_cases() + layout_cases()
    cases += shapes_cases()  # last: the earlier files keep their names and bytes
    for n, case in enumerate(cases, 1):
        name = f"{n:03d}-{case.slug}.eml"
        # Fixed multipart boundaries: the same cases give the same files, byte for byte.
        for i, part in enumerate(p for p in case.msg.walk() if p.is_multipart()):
            part.set_boundary(f"=_relance_{n:03d}_{i}")
        buf = BytesIO()
        BytesGenerator(buf, mangle_from_=False, policy=compat32.clone(linesep="\r\n", max_line_length=998)).flatten(
            case.msg
        )
        (out / name).write_bytes(buf.getvalue())
        labels[name] = case.label
    (root / "labels.json").write_text(json.dumps(labels, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    kinds: dict[str, int] = {}
    for lab in labels.values():
        key = "opt_out" if lab.get("opt_out") else lab["kind"]
        kinds[key] = kinds.get(key, 0) + 1
    print(f"{len(labels)} messages: {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
