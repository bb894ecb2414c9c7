--liquibase formatted sql

--changeset anwei:0022-1
--comment: Re-inspection (回头看) items: a closed hazard drawn for a second look, its owner and the result.
CREATE TABLE hazard_recheck (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  hazard_id BIGINT NOT NULL,
  owner_department_id BIGINT NOT NULL,
  sampled_on DATE NOT NULL,
  due_on DATE NOT NULL,
  status VARCHAR(16) NOT NULL,
  finding VARCHAR(2000) NULL,
  checked_by VARCHAR(64) NULL,
  checked_at DATETIME(6) NULL,
  rebound_hazard_id BIGINT NULL,
  CONSTRAINT pk_hazard_recheck PRIMARY KEY (id),
  CONSTRAINT fk_recheck_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
  CONSTRAINT fk_recheck_owner FOREIGN KEY (owner_department_id) REFERENCES department (id),
  CONSTRAINT fk_recheck_rebound FOREIGN KEY (rebound_hazard_id) REFERENCES hazard (id)
);
--rollback DROP TABLE hazard_recheck;

--changeset anwei:0022-2
--comment: A hazard is drawn at most once, whichever run draws it.
CREATE UNIQUE INDEX ux_recheck_hazard ON hazard_recheck (hazard_id);
--rollback DROP INDEX ux_recheck_hazard ON hazard_recheck;

--changeset anwei:0022-3
--comment: The queue: a department's open items by due day.
CREATE INDEX ix_recheck_owner_status ON hazard_recheck (owner_department_id, status, due_on);
--rollback DROP INDEX ix_recheck_owner_status ON hazard_recheck;

--changeset anwei:0022-4
--comment: Sampling looks for hazards closed within a window of days.
CREATE INDEX ix_hazard_status_closed ON hazard (status, closed_at);
--rollback DROP INDEX ix_hazard_status_closed ON hazard;
