--liquibase formatted sql

--changeset anwei:0004-1
--comment: Safety meetings (安委会全体会议, 专题会议, 调度会 …) whose requirements become tasks.
CREATE TABLE meeting (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  title VARCHAR(200) NOT NULL,
  meeting_date DATE NOT NULL,
  level VARCHAR(16) NOT NULL,
  kind VARCHAR(32) NOT NULL,
  chair VARCHAR(100) NULL,
  notes VARCHAR(2000) NULL,
  status VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_meeting PRIMARY KEY (id)
);
--rollback DROP TABLE meeting;

--changeset anwei:0004-2
CREATE INDEX ix_meeting_date ON meeting (meeting_date);
--rollback DROP INDEX ix_meeting_date ON meeting;

--changeset anwei:0004-3
CREATE INDEX ix_meeting_status_date ON meeting (status, meeting_date);
--rollback DROP INDEX ix_meeting_status_date ON meeting;

--changeset anwei:0004-4
--comment: Departments that attended a meeting.
CREATE TABLE meeting_attendee (
  meeting_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  CONSTRAINT pk_meeting_attendee PRIMARY KEY (meeting_id, department_id),
  CONSTRAINT fk_meeting_attendee_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_meeting_attendee_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE meeting_attendee;

--changeset anwei:0004-5
--comment: Source documents of a meeting: the original file as uploaded (never modified) and its extracted text.
CREATE TABLE meeting_document (
  id BIGINT NOT NULL AUTO_INCREMENT,
  meeting_id BIGINT NOT NULL,
  filename VARCHAR(255) NOT NULL,
  format VARCHAR(8) NOT NULL,
  encoding VARCHAR(32) NULL,
  size_bytes BIGINT NOT NULL,
  sha256 CHAR(64) NOT NULL,
  content LONGBLOB NULL,
  text LONGTEXT NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_meeting_document PRIMARY KEY (id),
  CONSTRAINT fk_meeting_document_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id)
);
--rollback DROP TABLE meeting_document;

--changeset anwei:0004-6
CREATE INDEX ix_meeting_document_meeting ON meeting_document (meeting_id, uploaded_at);
--rollback DROP INDEX ix_meeting_document_meeting ON meeting_document;
