--liquibase formatted sql

--changeset anwei:0011-1
--comment: The task list's default order (soonest deadline first) read from an index instead of sorting every row.
CREATE INDEX ix_task_deadline ON task (current_deadline, id);
--rollback DROP INDEX ix_task_deadline ON task;
