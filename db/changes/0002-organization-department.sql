--liquibase formatted sql

--changeset anwei:0002-1
--comment: Departments (成员单位): committee member units, district governments, enterprises.
CREATE TABLE department (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  code VARCHAR(32) NOT NULL,
  name VARCHAR(100) NOT NULL,
  short_name VARCHAR(50) NULL,
  type VARCHAR(32) NOT NULL,
  parent_id BIGINT NULL,
  contact_person VARCHAR(50) NULL,
  contact_phone VARCHAR(30) NULL,
  active BOOLEAN NOT NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_department PRIMARY KEY (id),
  CONSTRAINT uk_department_code UNIQUE (code),
  CONSTRAINT uk_department_name UNIQUE (name),
  CONSTRAINT fk_department_parent FOREIGN KEY (parent_id) REFERENCES department (id)
);
--rollback DROP TABLE department;

--changeset anwei:0002-2
--comment: Other names of a department, including former names; a name belongs to one department only.
CREATE TABLE department_alias (
  department_id BIGINT NOT NULL,
  alias VARCHAR(100) NOT NULL,
  CONSTRAINT pk_department_alias PRIMARY KEY (department_id, alias),
  CONSTRAINT uk_department_alias_alias UNIQUE (alias),
  CONSTRAINT fk_department_alias_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE department_alias;

--changeset anwei:0002-3
CREATE INDEX ix_department_type_active ON department (type, active);
--rollback DROP INDEX ix_department_type_active ON department;
