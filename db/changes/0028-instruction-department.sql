--liquibase formatted sql

--changeset anwei:0028-1
--comment: Leaders' instructions (批示) to a department as a whole, given from the dashboard's ranking; instructions on a task or a hazard stay with that record.
CREATE TABLE department_instruction (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  text VARCHAR(2000) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  created_by VARCHAR(64) NOT NULL,
  created_by_name VARCHAR(100) NOT NULL,
  CONSTRAINT pk_department_instruction PRIMARY KEY (id),
  CONSTRAINT fk_department_instruction_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE department_instruction;

--changeset anwei:0028-2
CREATE INDEX ix_department_instruction_department ON department_instruction (department_id, created_at);
--rollback DROP INDEX ix_department_instruction_department ON department_instruction;

--changeset anwei:0028-3
CREATE INDEX ix_department_instruction_created ON department_instruction (created_at);
--rollback DROP INDEX ix_department_instruction_created ON department_instruction;
