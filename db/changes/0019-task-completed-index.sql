--liquibase formatted sql

--changeset anwei:0019-1
--comment: Tasks done since a day (the home's "done this month", the dashboard's completions per month) read through this index instead of every done task.
CREATE INDEX ix_task_status_completed ON task (status, completed_at);
--rollback DROP INDEX ix_task_status_completed ON task;
