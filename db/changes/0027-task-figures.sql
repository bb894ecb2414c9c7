--liquibase formatted sql

--changeset anwei:0027-1
--comment: The day (in the committee's zone) a task was accepted as done: "done on time" is then a comparison of two dates in SQL.
ALTER TABLE task ADD COLUMN completed_on DATE NULL;
--rollback ALTER TABLE task DROP COLUMN completed_on;

--changeset anwei:0027-2
--comment: Tasks completed before this column existed: the UTC day, at most a few hours off the committee's.
UPDATE task SET completed_on = CAST(completed_at AS DATE) WHERE completed_at IS NOT NULL;
--rollback UPDATE task SET completed_on = NULL;

--changeset anwei:0027-3
--comment: How often staff sent the task's completion report back (退回), a column of the department ranking.
ALTER TABLE task ADD COLUMN return_count INT DEFAULT 0 NOT NULL;
--rollback ALTER TABLE task DROP COLUMN return_count;

--changeset anwei:0027-4
--comment: Returns made before the column existed, counted from the audit trail.
UPDATE task SET return_count = (SELECT COUNT(*) FROM audit_event a WHERE a.entity_type = 'TASK' AND a.entity_id = task.id AND a.action = 'RETURN');
--rollback UPDATE task SET return_count = 0;

--changeset anwei:0027-5
--comment: The dashboard's issued-per-month and stale figures read tasks by issue time through this index.
CREATE INDEX ix_task_issued ON task (issued_at);
--rollback DROP INDEX ix_task_issued ON task;
