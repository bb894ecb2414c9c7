--liquibase formatted sql

--changeset anwei:0009-1
--comment: The accountability register: 约谈, 通报批评, 问责 and 表扬 of departments, with the decision and an optional document.
CREATE TABLE accountability_record (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  kind VARCHAR(24) NOT NULL,
  record_date DATE NOT NULL,
  department_id BIGINT NOT NULL,
  persons VARCHAR(500) NOT NULL,
  summary VARCHAR(2000) NOT NULL,
  decided_by VARCHAR(100) NOT NULL,
  document_name VARCHAR(255) NULL,
  document_type VARCHAR(100) NULL,
  document_sha256 CHAR(64) NULL,
  document LONGBLOB NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_accountability_record PRIMARY KEY (id),
  CONSTRAINT fk_accountability_record_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE accountability_record;

--changeset anwei:0009-2
CREATE INDEX ix_accountability_department_date ON accountability_record (department_id, record_date);
--rollback DROP INDEX ix_accountability_department_date ON accountability_record;

--changeset anwei:0009-3
CREATE INDEX ix_accountability_date ON accountability_record (record_date);
--rollback DROP INDEX ix_accountability_date ON accountability_record;

--changeset anwei:0009-4
CREATE TABLE accountability_task (
  record_id BIGINT NOT NULL,
  task_id BIGINT NOT NULL,
  CONSTRAINT pk_accountability_task PRIMARY KEY (record_id, task_id),
  CONSTRAINT fk_accountability_task_record FOREIGN KEY (record_id) REFERENCES accountability_record (id),
  CONSTRAINT fk_accountability_task_task FOREIGN KEY (task_id) REFERENCES task (id)
);
--rollback DROP TABLE accountability_task;
