--liquibase formatted sql

--changeset anwei:0012-1
--comment: Recurring tasks (每月末报送, weekly, quarterly, yearly): a series that issues each occurrence at the start of its period.
CREATE TABLE task_series (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  content VARCHAR(4000) NOT NULL,
  directive_id BIGINT NULL,
  meeting_id BIGINT NULL,
  category VARCHAR(32) NOT NULL,
  urgency VARCHAR(16) NOT NULL,
  lead_department_id BIGINT NOT NULL,
  recurrence VARCHAR(16) NOT NULL,
  starts_on DATE NOT NULL,
  ends_on DATE NULL,
  max_occurrences INT NULL,
  generated INT NOT NULL,
  active BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_task_series PRIMARY KEY (id),
  CONSTRAINT fk_task_series_department FOREIGN KEY (lead_department_id) REFERENCES department (id),
  CONSTRAINT fk_task_series_directive FOREIGN KEY (directive_id) REFERENCES directive (id)
);
--rollback DROP TABLE task_series;

--changeset anwei:0012-2
CREATE TABLE task_series_assisting (
  series_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  CONSTRAINT pk_task_series_assisting PRIMARY KEY (series_id, department_id),
  CONSTRAINT fk_task_series_assisting_series FOREIGN KEY (series_id) REFERENCES task_series (id),
  CONSTRAINT fk_task_series_assisting_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE task_series_assisting;

--changeset anwei:0012-3
ALTER TABLE task ADD COLUMN series_id BIGINT NULL;
--rollback ALTER TABLE task DROP COLUMN series_id;

--changeset anwei:0012-4
ALTER TABLE task ADD COLUMN occurrence INT NULL;
--rollback ALTER TABLE task DROP COLUMN occurrence;

--changeset anwei:0012-5
ALTER TABLE task ADD CONSTRAINT fk_task_series FOREIGN KEY (series_id) REFERENCES task_series (id);
--rollback ALTER TABLE task DROP FOREIGN KEY fk_task_series;

--changeset anwei:0012-6
CREATE UNIQUE INDEX ux_task_series_occurrence ON task (series_id, occurrence);
--rollback DROP INDEX ux_task_series_occurrence ON task;

--changeset anwei:0012-7 dbms:h2
--comment: Every occurrence of a recurring requirement points at it, so one directive may have many tasks: the
--comment: unique index on task.directive_id gives way to a plain one (the foreign key is dropped and re-added around it).
ALTER TABLE task DROP CONSTRAINT fk_task_directive;
--rollback ALTER TABLE task ADD CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id);

--changeset anwei:0012-8 dbms:mysql,mariadb
ALTER TABLE task DROP FOREIGN KEY fk_task_directive;
--rollback ALTER TABLE task ADD CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id);

--changeset anwei:0012-9
DROP INDEX ux_task_directive ON task;
--rollback CREATE UNIQUE INDEX ux_task_directive ON task (directive_id);

--changeset anwei:0012-10
CREATE INDEX ix_task_directive ON task (directive_id);
--rollback DROP INDEX ix_task_directive ON task;

--changeset anwei:0012-11
ALTER TABLE task ADD CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id);
--rollback ALTER TABLE task DROP FOREIGN KEY fk_task_directive;
