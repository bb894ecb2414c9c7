--liquibase formatted sql

--changeset anwei:0001-1
--comment: Append-only audit trail of changes and security events (who, when, from where, old -> new).
CREATE TABLE audit_event (
  id BIGINT NOT NULL AUTO_INCREMENT,
  occurred_at DATETIME(6) NOT NULL,
  actor_user_id BIGINT NULL,
  actor_username VARCHAR(64) NULL,
  remote_address VARCHAR(64) NULL,
  entity_type VARCHAR(40) NOT NULL,
  entity_id BIGINT NULL,
  action VARCHAR(40) NOT NULL,
  summary VARCHAR(500) NULL,
  changes LONGTEXT NULL,
  CONSTRAINT pk_audit_event PRIMARY KEY (id)
);
--rollback DROP TABLE audit_event;

--changeset anwei:0001-2
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
--rollback DROP INDEX ix_audit_event_occurred ON audit_event;

--changeset anwei:0001-3
CREATE INDEX ix_audit_event_entity ON audit_event (entity_type, entity_id, occurred_at);
--rollback DROP INDEX ix_audit_event_entity ON audit_event;

--changeset anwei:0001-4
CREATE INDEX ix_audit_event_actor ON audit_event (actor_username, occurred_at);
--rollback DROP INDEX ix_audit_event_actor ON audit_event;
