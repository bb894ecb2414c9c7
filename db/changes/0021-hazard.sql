--liquibase formatted sql

--changeset anwei:0021-1
--comment: The hazard ledger (隐患台账): one row per hazard with its 五落实 fields, lifecycle state and supervision state.
CREATE TABLE hazard (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  number VARCHAR(20) NOT NULL,
  number_year INT NOT NULL,
  number_seq INT NOT NULL,
  found_on DATE NOT NULL,
  source VARCHAR(16) NOT NULL,
  origin_type VARCHAR(16) NULL,
  origin_id BIGINT NULL,
  unit_name VARCHAR(200) NOT NULL,
  unit_key VARCHAR(200) NOT NULL,
  credit_code VARCHAR(18) NULL,
  industry VARCHAR(32) NOT NULL,
  district VARCHAR(50) NOT NULL,
  street VARCHAR(100) NULL,
  address VARCHAR(300) NOT NULL,
  latitude DECIMAL(9,6) NULL,
  longitude DECIMAL(9,6) NULL,
  description VARCHAR(4000) NOT NULL,
  level VARCHAR(8) NOT NULL,
  hazard_type VARCHAR(16) NOT NULL,
  responsible_department_id BIGINT NOT NULL,
  supervising_department_id BIGINT NULL,
  rectification_owner VARCHAR(100) NULL,
  measures VARCHAR(4000) NULL,
  funds DECIMAL(14,2) NULL,
  time_limit DATE NOT NULL,
  emergency_plan VARCHAR(2000) NULL,
  listing_level VARCHAR(8) NULL,
  listing_document VARCHAR(100) NULL,
  status VARCHAR(24) NOT NULL,
  remind_from DATE NOT NULL,
  task_id BIGINT NULL,
  rebound_of_id BIGINT NULL,
  registered_by VARCHAR(64) NOT NULL,
  registered_at DATETIME(6) NOT NULL,
  rectified_at DATETIME(6) NULL,
  closed_at DATETIME(6) NULL,
  last_reminded_on DATE NULL,
  escalation_level VARCHAR(8) NULL,
  urge_count INT DEFAULT 0 NOT NULL,
  CONSTRAINT pk_hazard PRIMARY KEY (id),
  CONSTRAINT fk_hazard_responsible FOREIGN KEY (responsible_department_id) REFERENCES department (id),
  CONSTRAINT fk_hazard_supervising FOREIGN KEY (supervising_department_id) REFERENCES department (id),
  CONSTRAINT fk_hazard_task FOREIGN KEY (task_id) REFERENCES task (id),
  CONSTRAINT fk_hazard_rebound FOREIGN KEY (rebound_of_id) REFERENCES hazard (id)
);
--rollback DROP TABLE hazard;

--changeset anwei:0021-2
CREATE UNIQUE INDEX ux_hazard_number ON hazard (number);
--rollback DROP INDEX ux_hazard_number ON hazard;

--changeset anwei:0021-3
CREATE UNIQUE INDEX ux_hazard_year_seq ON hazard (number_year, number_seq);
--rollback DROP INDEX ux_hazard_year_seq ON hazard;

--changeset anwei:0021-4
--comment: The ledger's default order (newest found first) and the date-range filter.
CREATE INDEX ix_hazard_found ON hazard (found_on, id);
--rollback DROP INDEX ix_hazard_found ON hazard;

--changeset anwei:0021-5
--comment: A department's open hazards, and overdue ones (status, time limit).
CREATE INDEX ix_hazard_responsible_status ON hazard (responsible_department_id, status, time_limit);
--rollback DROP INDEX ix_hazard_responsible_status ON hazard;

--changeset anwei:0021-6
CREATE INDEX ix_hazard_status_remind ON hazard (status, remind_from);
--rollback DROP INDEX ix_hazard_status_remind ON hazard;

--changeset anwei:0021-7
--comment: Rebound detection looks up earlier hazards of the same unit.
CREATE INDEX ix_hazard_unit ON hazard (unit_key, closed_at);
--rollback DROP INDEX ix_hazard_unit ON hazard;

--changeset anwei:0021-8
CREATE INDEX ix_hazard_task ON hazard (task_id);
--rollback DROP INDEX ix_hazard_task ON hazard;

--changeset anwei:0021-9
--comment: Acceptance checks (验收): who, when, the conclusion; a failed one sends the hazard back to rectification.
CREATE TABLE hazard_acceptance (
  id BIGINT NOT NULL AUTO_INCREMENT,
  hazard_id BIGINT NOT NULL,
  passed BOOLEAN NOT NULL,
  conclusion VARCHAR(2000) NOT NULL,
  accepted_by VARCHAR(64) NOT NULL,
  accepted_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_hazard_acceptance PRIMARY KEY (id),
  CONSTRAINT fk_hazard_acceptance_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
--rollback DROP TABLE hazard_acceptance;

--changeset anwei:0021-10
--comment: Photos and documents of a hazard: as found (BEFORE), after rectification (AFTER), at acceptance (ACCEPTANCE).
CREATE TABLE hazard_photo (
  id BIGINT NOT NULL AUTO_INCREMENT,
  hazard_id BIGINT NOT NULL,
  phase VARCHAR(16) NOT NULL,
  filename VARCHAR(255) NOT NULL,
  content_type VARCHAR(100) NOT NULL,
  sha256 VARCHAR(64) NOT NULL,
  size_bytes BIGINT NOT NULL,
  content LONGBLOB NOT NULL,
  thumbnail LONGBLOB NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_hazard_photo PRIMARY KEY (id),
  CONSTRAINT fk_hazard_photo_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
--rollback DROP TABLE hazard_photo;

--changeset anwei:0021-11
CREATE INDEX ix_hazard_photo_hazard ON hazard_photo (hazard_id, phase);
--rollback DROP INDEX ix_hazard_photo_hazard ON hazard_photo;

--changeset anwei:0021-12
CREATE INDEX ix_hazard_credit_code ON hazard (credit_code);
--rollback DROP INDEX ix_hazard_credit_code ON hazard;
