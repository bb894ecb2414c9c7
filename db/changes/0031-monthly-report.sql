--liquibase formatted sql

--changeset anwei:0031-1
--comment: The monthly report (月度通报): one per month, numbered within the year when its first draft is generated; the draft as generated and the final file staff edited and issued.
CREATE TABLE monthly_report (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  period_month VARCHAR(7) NOT NULL,
  report_year INT NOT NULL,
  report_number INT NOT NULL,
  document_number VARCHAR(64) NOT NULL,
  state VARCHAR(16) NOT NULL,
  draft LONGBLOB NOT NULL,
  drafted_at DATETIME(6) NOT NULL,
  drafted_by VARCHAR(64) NOT NULL,
  issued LONGBLOB NULL,
  issued_file_name VARCHAR(255) NULL,
  issued_at DATETIME(6) NULL,
  issued_by VARCHAR(64) NULL,
  CONSTRAINT pk_monthly_report PRIMARY KEY (id),
  CONSTRAINT ux_monthly_report_month UNIQUE (period_month),
  CONSTRAINT ux_monthly_report_number UNIQUE (report_year, report_number)
);
--rollback DROP TABLE monthly_report;

--changeset anwei:0031-2
--comment: Templates of the monthly report a committee uploaded; the newest is used, none (or a newest without a file) means the built-in template.
CREATE TABLE report_template (
  id BIGINT NOT NULL AUTO_INCREMENT,
  version BIGINT NOT NULL,
  file_name VARCHAR(255) NULL,
  docx LONGBLOB NULL,
  uploaded_at DATETIME(6) NOT NULL,
  uploaded_by VARCHAR(64) NOT NULL,
  CONSTRAINT pk_report_template PRIMARY KEY (id)
);
--rollback DROP TABLE report_template;
