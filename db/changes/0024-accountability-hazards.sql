--liquibase formatted sql

--changeset anwei:0024-1
--comment: Hazards an accountability entry was decided for; the number is kept with the link (numbers never change).
CREATE TABLE accountability_hazard (
  record_id BIGINT NOT NULL,
  hazard_number VARCHAR(20) NOT NULL,
  hazard_id BIGINT NOT NULL,
  CONSTRAINT pk_accountability_hazard PRIMARY KEY (record_id, hazard_number),
  CONSTRAINT fk_accountability_hazard_record FOREIGN KEY (record_id) REFERENCES accountability_record (id),
  CONSTRAINT fk_accountability_hazard_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id)
);
--rollback DROP TABLE accountability_hazard;
