-- The monthly brief's top deductions (issue 12) read the findings (MISSING results) of a month's inspections: a small
-- partial index reaches them without reading every check point's result (bench/monthly-brief-explain.sh, B3: about
-- half the time over 100 projects; see docs/inspections.md, Query plans).
create index inspection_results_missing on inspection_results (inspection_id) where status = 'MISSING';
