--liquibase formatted sql

--changeset anwei:0025-1
--comment: The jurisdiction's map (district boundaries as GeoJSON) as uploaded by administrators; the newest is in use.
CREATE TABLE jurisdiction_map (
  id BIGINT AUTO_INCREMENT NOT NULL,
  version BIGINT NOT NULL,
  geo_json LONGTEXT NOT NULL,
  name_property VARCHAR(50) NOT NULL,
  region_names VARCHAR(4000) NOT NULL,
  file_name VARCHAR(255) NOT NULL,
  uploaded_at DATETIME(6) NOT NULL,
  uploaded_by VARCHAR(100) NOT NULL,
  CONSTRAINT pk_jurisdiction_map PRIMARY KEY (id)
);
--rollback DROP TABLE jurisdiction_map;
