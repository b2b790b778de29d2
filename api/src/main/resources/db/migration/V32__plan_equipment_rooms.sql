-- Plans may cover equipment rooms (设备房: 配电房, 水泵房, 消防控制室 …): one task per room per date, as vacant-unit plans make
-- one per unit. The room is named on the task (and becomes the inspection's location when it is started from the task).
alter table inspection_plans add column equipment_rooms text[] not null default '{}';
alter table inspection_plans add constraint inspection_plans_one_kind_of_scope
    check (not (vacant_units and cardinality(equipment_rooms) > 0));
alter table inspection_tasks add column equipment_room text;

-- A task is once per plan, date, unit and room (either may be absent).
drop index inspection_tasks_once;
create unique index inspection_tasks_once on inspection_tasks (plan_id, scheduled_on, unit_id, equipment_room) nulls not distinct;
