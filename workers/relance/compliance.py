"""The compliance report's HTML page (issue 14, item 7): `relance report compliance --team … --month …`.

The figures come from `worker.compliance_report` (sql/functions/187_compliance.sql): the report the monthly job
stored, or one written on the spot for a month the job has not reached. The page is self-contained (no script, no
external style or font) so it can be mailed or archived as is, and every value from the database is escaped: a
team's name or a user's e-mail is text, never markup.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import uuid
from pathlib import Path
from typing import Any

import psycopg

from relance import db

MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")

STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
table { border-collapse: collapse; margin: 1rem 0; }
th, td { border: 1px solid #d0d7de; padding: .3rem .7rem; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.anomaly { color: #a40e26; }
"""


def parse_month(text: str) -> dt.date:
    """`2026-10` -> 2026-10-01; anything else is refused with a message a user can act on."""
    found = MONTH.match(text.strip())
    if not found:
        raise ValueError(f"--month: a month as YYYY-MM (e.g. 2026-10), not {text!r}")
    return dt.date(int(found[1]), int(found[2]), 1)


def fetch(conn: db.Conn, team_id: uuid.UUID, month: dt.date) -> dict[str, Any]:
    try:
        report = db._one(conn, "select worker.compliance_report(%s, %s)", (team_id, month))
    except psycopg.errors.InvalidParameterValue as exc:
        raise ValueError(exc.diag.message_primary or str(exc)) from None
    return dict(report)


def settings(applied: dict[str, Any]) -> str:
    """One set of retention settings as `key = value` pairs (null: kept as long as the data)."""
    return ", ".join(f"{key} = {'kept' if value is None else value}" for key, value in sorted(applied.items()))


def render(report: dict[str, Any]) -> str:
    e = html.escape
    users: dict[str, str] = report.get("users") or {}

    def who(user_id: str | None) -> str:
        if user_id is None:
            return "<em>the service (workers, jobs)</em>"
        return e(users.get(user_id, user_id))

    month = dt.date.fromisoformat(report["month"])
    title = f"Compliance report — {report['team_name']} — {month:%B %Y}"
    figures = [
        ("Exports (GDPR Art. 15 and 20)", report["exports"]),
        ("Erasures (Art. 17)", report["erasures"]),
        ("Anonymisations", report["anonymisations"]),
        ("Full-record reads", report["reads"]),
        ("Retention runs", report["retention_runs"]),
    ]
    rows = "\n".join(f"<tr><th>{e(label)}</th><td class=n>{int(value)}</td></tr>" for label, value in figures)
    by_user = "\n".join(
        f"<tr><td>{who(u.get('user_id'))}</td><td class=n>{int(u['reads'])}</td><td class=n>{int(u['exports'])}</td>"
        f"<td class=n>{int(u['deletes'])}</td><td class=n>{int(u['anonymizes'])}</td></tr>"
        for u in report["access_by_user"]
    )
    retention = "\n".join(
        f"<tr><td><code>{e(str(r['job']))}</code></td><td class=n>{int(r['runs'])}</td>"
        f"<td>{e(str(r['last_run_at']))}</td>"
        f"<td>{e(', '.join(f'{kind}: {int(n)}' for kind, n in sorted(r['deleted'].items())) or 'nothing')}</td>"
        f"<td>{e('; '.join(settings(s) for s in r['settings']) or 'none recorded')}</td></tr>"
        for r in report.get("retention") or []
    )
    anomalies = "\n".join(
        f"<li class=anomaly>{who(a.get('user_id'))} read {int(a['reads'])} full records on {e(str(a['day']))}"
        f" (team median: {e(str(a['team_median']))})</li>"
        for a in report["anomalies"]
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>{e(title)}</title>
<style>{STYLE}</style>
</head>
<body>
<h1>{e(title)}</h1>
<p>Team <code>{e(str(report["team_id"]))}</code>; month {month:%Y-%m} (UTC);
generated {e(str(report["generated_at"]))}.</p>
<h2>Figures</h2>
<table>
{rows}
</table>
<h2>Retention runs</h2>
<p>Each run of a retention job, per job: what it deleted (summed over the month, by kind) and the settings it
applied (from the audit trail).</p>
<table>
<tr><th>job</th><th>runs</th><th>last run</th><th>deleted</th><th>settings applied</th></tr>
{retention or "<tr><td colspan=5>no retention run this month</td></tr>"}
</table>
<h2>Access by user</h2>
<table>
<tr><th>user</th><th>reads</th><th>exports</th><th>erasures</th><th>anonymisations</th></tr>
{by_user or "<tr><td colspan=5>no access to personal data this month</td></tr>"}
</table>
<h2>Anomalies</h2>
<p>Rule: a user who reads more than 50 full records in a day, and more than 3 times the team's median of reads per
user and day.</p>
<ul>
{anomalies or "<li>none</li>"}
</ul>
</body>
</html>
"""


def write(conn: db.Conn, team_id: uuid.UUID, month: dt.date, out_dir: Path) -> Path:
    report = fetch(conn, team_id, month)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"compliance-{team_id}-{month:%Y-%m}.html"
    path.write_text(render(report), encoding="utf-8")
    return path
