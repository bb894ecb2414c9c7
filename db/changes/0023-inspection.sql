--liquibase formatted sql

--changeset anwei:0023-1
--comment: Inspections (检查/暗访督查/专项检查/联合检查/上级督查): when, what kind, who went and where.
CREATE TABLE inspection (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  inspected_on DATE NOT NULL,
  kind VARCHAR(16) NOT NULL,
  title VARCHAR(200) NOT NULL,
  team_leader VARCHAR(100) NOT NULL,
  team_members VARCHAR(1000) NULL,
  district VARCHAR(50) NULL,
  notes VARCHAR(4000) NULL,
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_inspection PRIMARY KEY (id)
);
--rollback DROP TABLE inspection;

--changeset anwei:0023-2
--comment: The departments on an inspection team.
CREATE TABLE inspection_department (
  inspection_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  CONSTRAINT pk_inspection_department PRIMARY KEY (inspection_id, department_id),
  CONSTRAINT fk_inspection_department_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_inspection_department_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE inspection_department;

--changeset anwei:0023-3
--comment: The units or sites an inspection visited, in the order given.
CREATE TABLE inspection_site (
  inspection_id BIGINT NOT NULL,
  position INT NOT NULL,
  site VARCHAR(300) NOT NULL,
  CONSTRAINT pk_inspection_site PRIMARY KEY (inspection_id, position),
  CONSTRAINT fk_inspection_site_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);
--rollback DROP TABLE inspection_site;

--changeset anwei:0023-4
--comment: What an inspection found, each either a hazard on the ledger or a task for a department.
CREATE TABLE inspection_finding (
  id BIGINT NOT NULL AUTO_INCREMENT,
  inspection_id BIGINT NOT NULL,
  kind VARCHAR(8) NOT NULL,
  site VARCHAR(300) NOT NULL,
  description VARCHAR(4000) NOT NULL,
  department_id BIGINT NOT NULL,
  district VARCHAR(50) NULL,
  hazard_id BIGINT NULL,
  task_id BIGINT NULL,
  created_by VARCHAR(64) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_inspection_finding PRIMARY KEY (id),
  CONSTRAINT fk_finding_inspection FOREIGN KEY (inspection_id) REFERENCES inspection (id),
  CONSTRAINT fk_finding_department FOREIGN KEY (department_id) REFERENCES department (id),
  CONSTRAINT fk_finding_hazard FOREIGN KEY (hazard_id) REFERENCES hazard (id),
  CONSTRAINT fk_finding_task FOREIGN KEY (task_id) REFERENCES task (id)
);
--rollback DROP TABLE inspection_finding;

--changeset anwei:0023-5
CREATE INDEX ix_inspection_date ON inspection (inspected_on, id);
--rollback DROP INDEX ix_inspection_date ON inspection;

--changeset anwei:0023-6
CREATE INDEX ix_finding_inspection ON inspection_finding (inspection_id, id);
--rollback DROP INDEX ix_finding_inspection ON inspection_finding;

--changeset anwei:0023-7
--comment: Department scope of the list and the monthly per-department figures.
CREATE INDEX ix_finding_department ON inspection_finding (department_id, inspection_id);
--rollback DROP INDEX ix_finding_department ON inspection_finding;

--changeset anwei:0023-8
CREATE INDEX ix_inspection_department ON inspection_department (department_id, inspection_id);
--rollback DROP INDEX ix_inspection_department ON inspection_department;
