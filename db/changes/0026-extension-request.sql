--liquibase formatted sql

--changeset anwei:0026-1
--comment: Extension requests (延期申请) of any record with a deadline (tasks, hazards), owned by the extension module.
CREATE TABLE extension_request (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  subject_type VARCHAR(16) NOT NULL,
  subject_id BIGINT NOT NULL,
  reason VARCHAR(1000) NOT NULL,
  proposed_deadline DATE NOT NULL,
  state VARCHAR(16) NOT NULL,
  requested_at DATETIME(6) NOT NULL,
  requested_by VARCHAR(64) NOT NULL,
  decided_at DATETIME(6) NULL,
  decided_by VARCHAR(64) NULL,
  decision_comment VARCHAR(1000) NULL,
  CONSTRAINT pk_extension_request PRIMARY KEY (id)
);
--rollback DROP TABLE extension_request;

--changeset anwei:0026-2
--comment: The tasks' requests move over (new ids: nothing refers to a request by id but the open forms).
INSERT INTO extension_request (version, subject_type, subject_id, reason, proposed_deadline, state, requested_at,
  requested_by, decided_at, decided_by, decision_comment)
SELECT version, 'TASK', task_id, reason, proposed_deadline, state, requested_at, requested_by, decided_at, decided_by,
  decision_comment
FROM task_extension ORDER BY id;
DROP TABLE task_extension;
--rollback SELECT 1;

--changeset anwei:0026-3
CREATE INDEX ix_extension_request_subject ON extension_request (subject_type, subject_id, state);
--rollback DROP INDEX ix_extension_request_subject ON extension_request;

--changeset anwei:0026-4
CREATE INDEX ix_extension_request_state ON extension_request (state, requested_at);
--rollback DROP INDEX ix_extension_request_state ON extension_request;
