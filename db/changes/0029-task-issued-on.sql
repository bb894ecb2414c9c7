--liquibase formatted sql

--changeset anwei:0029-1
--comment: The day (in the committee's zone) a task was issued: the dashboard counts tasks issued per month by it, through an index.
ALTER TABLE task ADD COLUMN issued_on DATE NULL;
--rollback ALTER TABLE task DROP COLUMN issued_on;

--changeset anwei:0029-2
--comment: Tasks issued before this column existed: the UTC day, at most a few hours off the committee's.
UPDATE task SET issued_on = CAST(issued_at AS DATE);
--rollback UPDATE task SET issued_on = NULL;

--changeset anwei:0029-3 dbms:h2
ALTER TABLE task ALTER COLUMN issued_on SET NOT NULL;
--rollback ALTER TABLE task ALTER COLUMN issued_on SET NULL;

--changeset anwei:0029-4 dbms:mysql,mariadb
ALTER TABLE task MODIFY issued_on DATE NOT NULL;
--rollback ALTER TABLE task MODIFY issued_on DATE NULL;

--changeset anwei:0029-5
CREATE INDEX ix_task_issued_on ON task (issued_on);
--rollback DROP INDEX ix_task_issued_on ON task;

--changeset anwei:0029-6
--comment: Tasks completed per month, read by the dashboard's trend through this index.
CREATE INDEX ix_task_completed_on ON task (completed_on);
--rollback DROP INDEX ix_task_completed_on ON task;
