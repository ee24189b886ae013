"""`relance report`: one self-contained HTML page of a team's follow-ups over a period (issue 15, item 5).

The figures come from SQL, ``public.followup_report`` (sql/functions/210_report.sql), called here as the service
role with the team named explicitly; an admin calling it through the Data API reads the same numbers. This module
only draws them, with plotly: every chart is a plotly figure, and plotly.js (the ``plotly.min.js`` the PyPI
package carries) is embedded inline, so the page opens without a network. Everything a user typed (the team's
name, mailbox addresses) is HTML-escaped; no user text goes into a chart.
"""

from __future__ import annotations

import datetime as dt
import html
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENDINGS = {
    "replied": "replied",
    "opted_out": "opted out",
    "bounced": "bounced",
    "completed": "completed (maximum reached)",
    "untracked": "untracked by a user",
}
# The ids of the charts' <div>s, in the page's order (tests/test_report.py opens the page and checks each).
CHART_IDS = (
    "chart-by-step",
    "chart-by-variant",
    "chart-weekday-hour",
    "chart-time-to-reply",
    "chart-per-day",
    "chart-ended",
)


class ReportError(Exception):
    """The report cannot be made as asked (no such team, a bad period): the message says why."""


@dataclass(frozen=True)
class Chart:
    div_id: str
    title: str
    note: str
    figure: go.Figure | None  # None: nothing to draw for this period, the note says why


# --------------------------------------------------------------------------------------- reading


def find_team(conn: Any, ref: str) -> uuid.UUID:
    """The team named by ``ref``: its id, or its exact name when exactly one team has it."""
    try:
        return uuid.UUID(ref)
    except ValueError:
        pass
    rows = conn.execute("select id from public.teams where name = %s order by created_at", (ref,)).fetchall()
    if not rows:
        raise ReportError(f"no team named {ref!r} (give its name exactly, or its id)")
    if len(rows) > 1:
        raise ReportError(
            f"{len(rows)} teams are named {ref!r}: give the id of one ({', '.join(str(r[0]) for r in rows)})"
        )
    return uuid.UUID(str(rows[0][0]))


def figures(conn: Any, team_id: uuid.UUID, first: dt.date, last: dt.date) -> dict[str, Any]:
    """``public.followup_report`` as the service role (the team filter is the function's argument)."""
    import psycopg

    try:
        with conn.transaction():
            conn.execute("set local role service_role")
            row = conn.execute("select public.followup_report(%s, %s, %s)", (team_id, first, last)).fetchone()
    except (psycopg.errors.InvalidParameterValue, psycopg.errors.NullValueNotAllowed) as exc:
        raise ReportError(exc.diag.message_primary or str(exc)) from None
    except psycopg.errors.NoDataFound as exc:
        raise ReportError(exc.diag.message_primary or str(exc)) from None
    assert row is not None
    result: dict[str, Any] = row[0]
    return result


# --------------------------------------------------------------------------------------- drawing


def _step_name(step: int) -> str:
    return "first email" if step == 0 else f"follow-up {step}"


def _percent(value: Any) -> float | None:
    return None if value is None else round(float(value) * 100, 1)


def _layout(fig: go.Figure, **extra: Any) -> go.Figure:
    fig.update_layout(template="plotly_white", margin={"l": 60, "r": 20, "t": 20, "b": 50}, height=360, **extra)
    return fig


def _rate_bars(rows: list[dict[str, Any]], name: str | None = None) -> go.Bar:
    rates = [_percent(r["reply_rate"]) for r in rows]
    return go.Bar(
        name=name,
        x=[_step_name(int(r["step"])) for r in rows],
        y=rates,
        error_y={
            "type": "data",
            "symmetric": False,
            "array": [
                max(0.0, (_percent(r["rate_high"]) or 0) - (rate or 0)) for r, rate in zip(rows, rates, strict=True)
            ],
            "arrayminus": [
                max(0.0, (rate or 0) - (_percent(r["rate_low"]) or 0)) for r, rate in zip(rows, rates, strict=True)
            ],
        },
        text=[f"{r['replied']}/{r['sent']}" for r in rows],
        textposition="outside",
        hovertemplate="%{x}: %{y}% replied (%{text})<extra></extra>",
    )


def chart_by_step(data: dict[str, Any]) -> Chart:
    rows = data["by_step"]
    note = "Share of sends answered before the next one, with the Wilson 95 % interval; bars read replied/sent."
    if not rows:
        return Chart("chart-by-step", "Reply rate by step", "Nothing was sent in this period.", None)
    fig = _layout(go.Figure(_rate_bars(rows)), yaxis={"title": "replied (%)", "rangemode": "tozero"})
    return Chart("chart-by-step", "Reply rate by step", note, fig)


def chart_by_variant(data: dict[str, Any]) -> Chart:
    rows = data.get("by_variant") or []
    title = "Reply rate by A/B variant"
    if not rows:
        return Chart(
            "chart-by-variant", title, "No A/B variant was sent in this period: reply rates by step only.", None
        )
    fig = go.Figure()
    for variant in sorted({str(r["variant"]) for r in rows}):
        fig.add_trace(_rate_bars([r for r in rows if str(r["variant"]) == variant], name=f"variant {variant}"))
    _layout(fig, barmode="group", yaxis={"title": "replied (%)", "rangemode": "tozero"})
    return Chart("chart-by-variant", title, "Per step and variant, with the Wilson 95 % interval.", fig)


def chart_weekday_hour(data: dict[str, Any]) -> Chart:
    rows = data["by_weekday_hour"]
    title = "Reply rate by weekday and hour of sending"
    if not rows:
        return Chart("chart-weekday-hour", title, "Nothing was sent in this period.", None)
    hours = list(range(min(r["hour"] for r in rows), max(r["hour"] for r in rows) + 1))
    cells = {(int(r["weekday"]), int(r["hour"])): r for r in rows}
    z: list[list[float | None]] = []
    text: list[list[str]] = []
    for day in range(1, 8):
        z.append([_percent(cells[(day, h)]["reply_rate"]) if (day, h) in cells else None for h in hours])
        text.append(
            [f"{cells[(day, h)]['replied']}/{cells[(day, h)]['sent']}" if (day, h) in cells else "" for h in hours]
        )
    fig = go.Figure(
        go.Heatmap(
            x=[f"{h:02d}:00" for h in hours],
            y=list(WEEKDAYS),
            z=z,
            text=text,
            texttemplate="%{text}",
            colorscale="Blues",
            zmin=0,
            zmax=100,
            colorbar={"title": {"text": "replied (%)"}},
            hovertemplate="%{y} %{x}: %{z}% replied (%{text})<extra></extra>",
            hoverongaps=False,
        )
    )
    _layout(fig, yaxis={"autorange": "reversed"}, xaxis={"title": "hour of sending, in the mailbox's time zone"})
    note = (
        "First emails and automatic follow-ups, by the weekday and hour they left, in each mailbox's time zone;"
        " cells read replied/sent."
    )
    return Chart("chart-weekday-hour", title, note, fig)


def chart_time_to_reply(data: dict[str, Any]) -> Chart:
    hours = [float(h) for h in data["time_to_reply_hours"]]
    title = "Time to reply"
    if not hours:
        return Chart("chart-time-to-reply", title, "No email first sent in this period was answered.", None)
    # Bins a reader can name: hours within a day, four-hour blocks within four days, days beyond.
    size = 1 if max(hours) <= 24 else 4 if max(hours) <= 96 else 24
    fig = _layout(
        go.Figure(go.Histogram(x=hours, xbins={"start": 0, "size": size}, hovertemplate="%{x} h: %{y}<extra></extra>")),
        xaxis={"title": f"hours from the first email to the answer ({size} h a bar)", "rangemode": "tozero"},
        yaxis={"title": "answers"},
    )
    median = float(data["median_hours_to_reply"])  # there are answers, so there is a median
    note = f"Emails first sent in this period and answered: {len(hours)}; median {median:g} hours."
    return Chart("chart-time-to-reply", title, note, fig)


def chart_per_day(data: dict[str, Any]) -> Chart:
    days = data["followups_per_day"] or []
    title = "Follow-ups sent per day"
    if not any(d["automatic"] or d["manual"] for d in days):
        return Chart("chart-per-day", title, "No follow-up was sent in this period.", None)
    labels = [dt.date.fromisoformat(d["day"]).strftime("%a %d %b") for d in days]
    steps = sorted({int(s) for d in days for s in d["by_step"]})
    fig = go.Figure()
    for step in steps:
        fig.add_trace(
            go.Bar(name=f"automatic, follow-up {step}", x=labels, y=[d["by_step"].get(str(step), 0) for d in days])
        )
    fig.add_trace(go.Bar(name="written by hand", x=labels, y=[d["manual"] for d in days]))
    _layout(fig, barmode="stack", yaxis={"title": "follow-ups", "rangemode": "tozero"})
    return Chart("chart-per-day", title, "Days in the team's time zone.", fig)


def chart_ended(data: dict[str, Any]) -> Chart:
    ended = data["ended"]
    title = "Why sequences ended"
    if not ended:
        return Chart("chart-ended", title, "No sequence ended in this period.", None)
    reasons = [r for r in ENDINGS if r in ended]
    fig = _layout(
        go.Figure(
            go.Bar(
                x=[ENDINGS[r] for r in reasons],
                y=[ended[r] for r in reasons],
                text=[ended[r] for r in reasons],
                textposition="outside",
                hovertemplate="%{x}: %{y}<extra></extra>",
            )
        ),
        yaxis={"title": "sequences", "rangemode": "tozero"},
    )
    return Chart("chart-ended", title, "Tracked emails that reached a final status in this period.", fig)


def charts(data: dict[str, Any]) -> list[Chart]:
    return [
        chart_by_step(data),
        chart_by_variant(data),
        chart_weekday_hour(data),
        chart_time_to_reply(data),
        chart_per_day(data),
        chart_ended(data),
    ]


_STYLE = """
body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1100px; color: #1f2933; }
h1 { margin-bottom: 0.2rem; } .meta { color: #52606d; margin-top: 0; }
.totals { display: flex; gap: 1rem; flex-wrap: wrap; padding: 0; }
.totals li { list-style: none; background: #f0f4f8; border-radius: 6px; padding: 0.6rem 1rem; }
.totals b { display: block; font-size: 1.4rem; }
section { margin-top: 2rem; } .note { color: #52606d; font-size: 0.9rem; }
.chart { height: 360px; } .empty { padding: 1rem; background: #fffbea; border-radius: 6px; }
"""


def render(data: dict[str, Any]) -> str:
    """The page: a header (team, period, mailboxes), the totals, then one section per chart."""
    team = data["team"]
    period = data["period"]
    totals = data["totals"]
    esc = html.escape
    title = f"Relance report: {team['name']}, {period['from']} to {period['to']}"
    boxes = ", ".join(f"{esc(b['address'])} ({esc(b['time_zone'])})" for b in data["mailboxes"]) or "none"
    head = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title>",
        f"<style>{_STYLE}</style>",
    ]
    body = [
        f"<h1>Follow-ups of {esc(team['name'])}</h1>",
        f'<p class="meta">From {esc(period["from"])} to {esc(period["to"])} inclusive, days in'
        f" {esc(team['time_zone'])}. Mailboxes: {boxes}.</p>",
    ]
    empty = not totals["sends"] and not totals["ended"] and not totals["manual_followups"]
    if empty:
        body.append(
            '<p class="empty" id="empty-period">Nothing happened in this period: no email or follow-up was sent,'
            " and no sequence ended.</p>"
        )
        return "\n".join([*head, "</head><body>", *body, "</body></html>"]) + "\n"
    rate = f"{totals['replied'] / totals['sends']:.0%}" if totals["sends"] else "-"
    items = [
        ("emails first sent", totals["tracked"]),
        ("automatic follow-ups sent", totals["followups_sent"]),
        ("follow-ups written by hand", totals["manual_followups"]),
        ("answered", totals["replied"]),
        ("reply rate per send", rate),
        ("sequences ended", totals["ended"]),
    ]
    body.append('<ul class="totals">' + "".join(f"<li><b>{esc(str(v))}</b>{esc(k)}</li>" for k, v in items) + "</ul>")
    drawn = False
    for chart in charts(data):
        body.append(f"<section><h2>{esc(chart.title)}</h2>")
        if chart.figure is None:
            body.append(f'<p class="empty" id="{chart.div_id}-none">{esc(chart.note)}</p></section>')
            continue
        body.append(f'<p class="note">{esc(chart.note)}</p>')
        drawn = True
        body.append(
            chart.figure.to_html(
                full_html=False,
                include_plotlyjs=False,
                div_id=chart.div_id,
                default_height="360px",
                config={"displaylogo": False, "responsive": True},
            )
        )
        body.append("</section>")
    if drawn:
        # plotly.js itself, inline: the page draws its charts without any network.
        head.append(f'<script type="text/javascript">{get_plotlyjs()}</script>')
    return "\n".join([*head, "</head><body>", *body, "</body></html>"]) + "\n"


def write(conn: Any, team: str, first: dt.date, last: dt.date, out: Path | None = None) -> Path:
    """Read the figures, draw the page, write it (default ``relance-report-<from>-<to>.html`` here)."""
    if last < first:
        raise ReportError(f"the period ends ({last}) before it starts ({first})")
    team_id = find_team(conn, team)
    data = figures(conn, team_id, first, last)
    path = out or Path(f"relance-report-{first}-{last}.html")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(data), encoding="utf-8")
    return path
