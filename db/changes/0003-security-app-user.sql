--liquibase formatted sql

--changeset anwei:0003-1
--comment: User accounts; passwords only as BCrypt hashes.
CREATE TABLE app_user (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  username VARCHAR(64) NOT NULL,
  display_name VARCHAR(64) NOT NULL,
  department_id BIGINT NULL,
  phone VARCHAR(30) NULL,
  email VARCHAR(120) NULL,
  password_hash VARCHAR(100) NOT NULL,
  enabled BOOLEAN NOT NULL,
  must_change_password BOOLEAN NOT NULL,
  failed_attempts INT NOT NULL,
  locked_until DATETIME(6) NULL,
  password_changed_at DATETIME(6) NULL,
  last_login_at DATETIME(6) NULL,
  created_at DATETIME(6) NOT NULL,
  updated_at DATETIME(6) NOT NULL,
  CONSTRAINT pk_app_user PRIMARY KEY (id),
  CONSTRAINT uk_app_user_username UNIQUE (username),
  CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE app_user;

--changeset anwei:0003-2
CREATE TABLE app_user_role (
  user_id BIGINT NOT NULL,
  role VARCHAR(16) NOT NULL,
  CONSTRAINT pk_app_user_role PRIMARY KEY (user_id, role),
  CONSTRAINT fk_app_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
--rollback DROP TABLE app_user_role;

--changeset anwei:0003-3
--comment: Which departments a leader oversees (分管); none means all.
CREATE TABLE app_user_oversight (
  user_id BIGINT NOT NULL,
  department_id BIGINT NOT NULL,
  CONSTRAINT pk_app_user_oversight PRIMARY KEY (user_id, department_id),
  CONSTRAINT fk_app_user_oversight_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_app_user_oversight_department FOREIGN KEY (department_id) REFERENCES department (id)
);
--rollback DROP TABLE app_user_oversight;

--changeset anwei:0003-4
CREATE INDEX ix_app_user_department ON app_user (department_id, enabled);
--rollback DROP INDEX ix_app_user_department ON app_user;
