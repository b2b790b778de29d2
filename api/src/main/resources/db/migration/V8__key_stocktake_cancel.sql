-- A stock-take started by mistake (wrong cabinet, interrupted) can be cancelled with a reason instead of
-- being completed into a report that lists every key as missing. The ledger records it as STOCKTAKE_CANCELLED.
alter table key_stocktakes drop constraint key_stocktakes_status_check;
alter table key_stocktakes add constraint key_stocktakes_status_check check (status in ('OPEN', 'COMPLETED', 'CANCELLED'));
alter table key_stocktakes add column cancel_reason text check (length(cancel_reason) <= 500);

alter table key_events drop constraint key_events_type_check;
alter table key_events add constraint key_events_type_check check (type in (
    'REGISTERED', 'UPDATED', 'MOVED', 'DEPOSITED', 'CHECKED_OUT', 'RETURNED', 'OVERDUE', 'REPORTED_LOST', 'FOUND', 'RETIRED',
    'STOCKTAKE_STARTED', 'STOCKTAKE_SCANNED', 'STOCKTAKE_COMPLETED', 'STOCKTAKE_CANCELLED'));
