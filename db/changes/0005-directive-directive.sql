--liquibase formatted sql

--changeset anwei:0005-1
--comment: Requirements (要求/议定事项) found in a meeting document or added by staff, reviewed, then issued (下发).
CREATE TABLE directive (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  meeting_id BIGINT NOT NULL,
  document_id BIGINT NOT NULL,
  seq INT NOT NULL,
  section_path VARCHAR(500) NULL,
  marker VARCHAR(32) NULL,
  text VARCHAR(4000) NOT NULL,
  source_start INT NULL,
  source_end INT NULL,
  deadline_date DATE NULL,
  recurrence VARCHAR(16) NULL,
  deadline_phrase VARCHAR(100) NULL,
  confidence DOUBLE NOT NULL,
  origin VARCHAR(16) NOT NULL,
  edited BOOLEAN NOT NULL,
  status VARCHAR(16) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  updated_by VARCHAR(64) NOT NULL,
  issued_at DATETIME(6) NULL,
  issued_by VARCHAR(64) NULL,
  CONSTRAINT pk_directive PRIMARY KEY (id),
  CONSTRAINT fk_directive_meeting FOREIGN KEY (meeting_id) REFERENCES meeting (id),
  CONSTRAINT fk_directive_document FOREIGN KEY (document_id) REFERENCES meeting_document (id)
);
--rollback DROP TABLE directive;

--changeset anwei:0005-2
CREATE INDEX ix_directive_document_seq ON directive (document_id, seq);
--rollback DROP INDEX ix_directive_document_seq ON directive;

--changeset anwei:0005-3
CREATE INDEX ix_directive_meeting_status ON directive (meeting_id, status);
--rollback DROP INDEX ix_directive_meeting_status ON directive;

--changeset anwei:0005-4
--comment: Who answers for a directive: a department of the directory, or only the words of the text until staff map them.
CREATE TABLE directive_assignment (
  directive_id BIGINT NOT NULL,
  position INT NOT NULL,
  department_id BIGINT NULL,
  mention VARCHAR(100) NOT NULL,
  role VARCHAR(8) NOT NULL,
  CONSTRAINT pk_directive_assignment PRIMARY KEY (directive_id, position),
  CONSTRAINT fk_directive_assignment_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
  CONSTRAINT fk_directive_assignment_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE directive_assignment;

--changeset anwei:0005-5
CREATE INDEX ix_directive_assignment_department ON directive_assignment (department_id);
--rollback DROP INDEX ix_directive_assignment_department ON directive_assignment;

--changeset anwei:0005-6
CREATE TABLE directive_category (
  directive_id BIGINT NOT NULL,
  category VARCHAR(32) NOT NULL,
  CONSTRAINT pk_directive_category PRIMARY KEY (directive_id, category),
  CONSTRAINT fk_directive_category_directive FOREIGN KEY (directive_id) REFERENCES directive (id)
);
--rollback DROP TABLE directive_category;
