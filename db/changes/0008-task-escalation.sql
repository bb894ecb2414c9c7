--liquibase formatted sql

--changeset anwei:0008-1
ALTER TABLE task ADD COLUMN last_reminded_on DATE NULL;
--rollback ALTER TABLE task DROP COLUMN last_reminded_on;

--changeset anwei:0008-2
ALTER TABLE task ADD COLUMN escalation_level VARCHAR(8) NULL;
--rollback ALTER TABLE task DROP COLUMN escalation_level;

--changeset anwei:0008-3
ALTER TABLE task ADD COLUMN urge_count INT DEFAULT 0 NOT NULL;
--rollback ALTER TABLE task DROP COLUMN urge_count;

--changeset anwei:0008-4
--comment: 督办/催办 notices: numbered per year (安委办督〔2026〕12号), with the generated Word and PDF files.
CREATE TABLE supervision_notice (
  id BIGINT NOT NULL AUTO_INCREMENT,
  task_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  kind VARCHAR(16) NOT NULL,
  level VARCHAR(8) NULL,
  notice_year INT NOT NULL,
  notice_number INT NOT NULL,
  document_number VARCHAR(64) NOT NULL,
  issued_at DATETIME(6) NOT NULL,
  issued_by VARCHAR(64) NOT NULL,
  docx LONGBLOB NOT NULL,
  pdf LONGBLOB NOT NULL,
  CONSTRAINT pk_supervision_notice PRIMARY KEY (id),
  CONSTRAINT fk_supervision_notice_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_supervision_notice_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE supervision_notice;

--changeset anwei:0008-5
CREATE UNIQUE INDEX ux_supervision_notice_number ON supervision_notice (kind, notice_year, notice_number);
--rollback DROP INDEX ux_supervision_notice_number ON supervision_notice;

--changeset anwei:0008-6
CREATE INDEX ix_supervision_notice_task ON supervision_notice (task_id);
--rollback DROP INDEX ix_supervision_notice_task ON supervision_notice;
