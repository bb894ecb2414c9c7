--liquibase formatted sql

--changeset anwei:0010-1
--comment: Personal access tokens for the REST API; only a SHA-256 of each token is kept.
CREATE TABLE access_token (
  id BIGINT NOT NULL AUTO_INCREMENT,
  user_id BIGINT NOT NULL,
  name VARCHAR(100) NOT NULL,
  token_hash CHAR(64) NOT NULL,
  token_prefix VARCHAR(12) NOT NULL,
  created_at DATETIME(6) NOT NULL,
  expires_at DATETIME(6) NULL,
  last_used_at DATETIME(6) NULL,
  revoked_at DATETIME(6) NULL,
  CONSTRAINT pk_access_token PRIMARY KEY (id),
  CONSTRAINT fk_access_token_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
--rollback DROP TABLE access_token;

--changeset anwei:0010-2
CREATE UNIQUE INDEX ux_access_token_hash ON access_token (token_hash);
--rollback DROP INDEX ux_access_token_hash ON access_token;

--changeset anwei:0010-3
CREATE INDEX ix_access_token_user ON access_token (user_id);
--rollback DROP INDEX ix_access_token_user ON access_token;
