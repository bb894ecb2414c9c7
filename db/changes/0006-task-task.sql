--liquibase formatted sql

--changeset anwei:0006-1
--comment: Tasks (任务) issued to a lead department (牵头单位) with assisting departments (配合单位).
CREATE TABLE task (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  content VARCHAR(4000) NOT NULL,
  directive_id BIGINT NULL,
  meeting_id BIGINT NULL,
  category VARCHAR(32) NOT NULL,
  urgency VARCHAR(16) NOT NULL,
  lead_department_id BIGINT NOT NULL,
  status VARCHAR(16) NOT NULL,
  original_deadline DATE NOT NULL,
  current_deadline DATE NOT NULL,
  yellow_from DATE NOT NULL,
  extension_count INT NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  issued_by VARCHAR(64) NOT NULL,
  last_activity_at DATETIME(6) NOT NULL,
  completed_at DATETIME(6) NULL,
  source_meeting_title VARCHAR(200) NULL,
  source_meeting_date DATE NULL,
  source_document VARCHAR(255) NULL,
  source_document_id BIGINT NULL,
  source_start INT NULL,
  source_end INT NULL,
  source_before VARCHAR(200) NULL,
  source_sentence VARCHAR(4000) NULL,
  source_after VARCHAR(200) NULL,
  CONSTRAINT pk_task PRIMARY KEY (id),
  CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
  CONSTRAINT fk_task_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_task_lead_department FOREIGN KEY (lead_department_id) REFERENCES department (id)
);
--rollback DROP TABLE task;

--changeset anwei:0006-2
CREATE INDEX ix_task_status_deadline ON task (status, current_deadline);
--rollback DROP INDEX ix_task_status_deadline ON task;

--changeset anwei:0006-3
CREATE INDEX ix_task_lead_status ON task (lead_department_id, status, current_deadline);
--rollback DROP INDEX ix_task_lead_status ON task;

--changeset anwei:0006-4
CREATE INDEX ix_task_meeting ON task (meeting_id);
--rollback DROP INDEX ix_task_meeting ON task;

--changeset anwei:0006-5
CREATE UNIQUE INDEX ux_task_directive ON task (directive_id);
--rollback DROP INDEX ux_task_directive ON task;

--changeset anwei:0006-6
--comment: Every department with a part in a task, the lead included, with its own progress (签收, 反馈).
CREATE TABLE task_party (
  task_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  role VARCHAR(8) NOT NULL,
  state VARCHAR(16) NOT NULL,
  signed_at DATETIME(6) NULL,
  signed_by VARCHAR(64) NULL,
  CONSTRAINT pk_task_party PRIMARY KEY (task_id, department_id),
  CONSTRAINT fk_task_party_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_task_party_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE task_party;

--changeset anwei:0006-7
CREATE INDEX ix_task_party_department ON task_party (department_id, task_id);
--rollback DROP INDEX ix_task_party_department ON task_party;

--changeset anwei:0006-8
--comment: Progress and completion reports of the departments, and staff's reviews of them.
CREATE TABLE task_report (
  id BIGINT NOT NULL AUTO_INCREMENT,
  task_id BIGINT NOT NULL,
  department_id BIGINT NULL,
  kind VARCHAR(16) NOT NULL,
  text VARCHAR(4000) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_task_report PRIMARY KEY (id),
  CONSTRAINT fk_task_report_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_task_report_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE task_report;

--changeset anwei:0006-9
CREATE INDEX ix_task_report_task ON task_report (task_id, created_at);
--rollback DROP INDEX ix_task_report_task ON task_report;

--changeset anwei:0006-10
--comment: Evidence attached to reports: the original file, never modified, with its SHA-256 and a thumbnail for photos.
CREATE TABLE task_attachment (
  id BIGINT NOT NULL AUTO_INCREMENT,
  task_id BIGINT NOT NULL,
  report_id BIGINT NOT NULL,
  filename VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content LONGBLOB NOT NULL,
  thumbnail LONGBLOB NULL,
  uploaded_at DATETIME(6) NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_task_attachment PRIMARY KEY (id),
  CONSTRAINT fk_task_attachment_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_task_attachment_report FOREIGN KEY (report_id) REFERENCES task_report (id)
);
--rollback DROP TABLE task_attachment;

--changeset anwei:0006-11
CREATE INDEX ix_task_attachment_report ON task_attachment (report_id);
--rollback DROP INDEX ix_task_attachment_report ON task_attachment;

--changeset anwei:0006-12
--comment: Extension requests (延期申请) and staff's decisions on them.
CREATE TABLE task_extension (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  task_id BIGINT NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  proposed_deadline DATE NOT NULL,
  state VARCHAR(16) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  decided_at DATETIME(6) NULL,
  decided_by VARCHAR(64) NULL,
  decision_comment VARCHAR(1000) NULL,
  CONSTRAINT pk_task_extension PRIMARY KEY (id),
  CONSTRAINT fk_task_extension_task FOREIGN KEY (task_id) REFERENCES task (id)
);
--rollback DROP TABLE task_extension;

--changeset anwei:0006-13
CREATE INDEX ix_task_extension_state ON task_extension (state, requested_at);
--rollback DROP INDEX ix_task_extension_state ON task_extension;

--changeset anwei:0006-14
CREATE INDEX ix_task_extension_task ON task_extension (task_id);
--rollback DROP INDEX ix_task_extension_task ON task_extension;
