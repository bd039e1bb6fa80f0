"""Sending an alert to every configured channel and recording each delivery in the `alerts` table."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
from prefect import task
from prefect.cache_policies import NONE

from flows.alerts import Alert, AlertChannels, deliver_alert
from warehouse.connection import writing
from warehouse.load import upsert

ALERT_SCHEMA = {
    "alert_id": pl.String,
    "run_id": pl.String,
    "channel": pl.String,
    "severity": pl.String,
    "title": pl.String,
    "payload": pl.String,
    "status": pl.String,
    "attempts": pl.Int32,
    "error": pl.String,
    "created_at": pl.Datetime("us"),
    "delivered_at": pl.Datetime("us"),
}


def recorded_row(alert: Alert) -> dict:
    """The row every alert gets, channels or not, so the dashboard lists it."""
    return {
        "alert_id": alert.alert_id(-1, "warehouse"),
        "run_id": alert.run_id,
        "channel": "warehouse",
        "severity": alert.severity,
        "title": alert.title,
        "payload": json.dumps(alert.payload, ensure_ascii=False, sort_keys=True),
        "status": "recorded",
        "attempts": 1,
        "error": None,
        "created_at": alert.created_at,
        "delivered_at": alert.created_at,
    }


# No task-level retries: deliver_alert retries each channel itself and never raises.
@task(name="send-alert", cache_policy=NONE)
def send_alert(db: str | None, alert: Alert, channels: AlertChannels) -> list[dict]:
    """Deliver `alert` to each channel, then record one row per channel plus the warehouse's own row."""
    rows = [recorded_row(alert), *deliver_alert(alert, channels)]
    if db is not None:
        with writing(Path(db)) as conn:
            upsert(conn, "alerts", pl.DataFrame(rows, schema=ALERT_SCHEMA))
    return rows
