--liquibase formatted sql

--changeset anwei:0032-1
--comment: Each department's part carries its task's status, current deadline and yellow-from day, so that a liaison's own lists and counts (my work: to sign, red, yellow, open) read the department's parties through one index instead of looking up every task the department has a part in.
ALTER TABLE task_party ADD COLUMN task_status VARCHAR(16) NULL;
ALTER TABLE task_party ADD COLUMN task_deadline DATE NULL;
ALTER TABLE task_party ADD COLUMN task_yellow_from DATE NULL;
--rollback ALTER TABLE task_party DROP COLUMN task_yellow_from;
--rollback ALTER TABLE task_party DROP COLUMN task_deadline;
--rollback ALTER TABLE task_party DROP COLUMN task_status;

--changeset anwei:0032-2
UPDATE task_party SET task_status = (SELECT t.status FROM task t WHERE t.id = task_party.task_id),
  task_deadline = (SELECT t.current_deadline FROM task t WHERE t.id = task_party.task_id),
  task_yellow_from = (SELECT t.yellow_from FROM task t WHERE t.id = task_party.task_id);
--rollback UPDATE task_party SET task_status = NULL, task_deadline = NULL, task_yellow_from = NULL;

--changeset anwei:0032-3 dbms:h2
ALTER TABLE task_party ALTER COLUMN task_status SET NOT NULL;
ALTER TABLE task_party ALTER COLUMN task_deadline SET NOT NULL;
ALTER TABLE task_party ALTER COLUMN task_yellow_from SET NOT NULL;
--rollback ALTER TABLE task_party ALTER COLUMN task_status SET NULL;
--rollback ALTER TABLE task_party ALTER COLUMN task_deadline SET NULL;
--rollback ALTER TABLE task_party ALTER COLUMN task_yellow_from SET NULL;

--changeset anwei:0032-4 dbms:mysql,mariadb
ALTER TABLE task_party MODIFY task_status VARCHAR(16) NOT NULL, MODIFY task_deadline DATE NOT NULL,
  MODIFY task_yellow_from DATE NOT NULL;
--rollback ALTER TABLE task_party MODIFY task_status VARCHAR(16) NULL, MODIFY task_deadline DATE NULL, MODIFY task_yellow_from DATE NULL;

--changeset anwei:0032-5
CREATE INDEX ix_task_party_work ON task_party (department_id, task_status, task_deadline, task_yellow_from, state);
--rollback DROP INDEX ix_task_party_work ON task_party;
