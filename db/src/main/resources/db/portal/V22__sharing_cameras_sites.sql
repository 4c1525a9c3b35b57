-- Sharing with agencies (POLICY S1, S2, T4) and the camera registry with sensitive sites (U4, U5).

CREATE TABLE sharing_agency (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200)  NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  state            CHAR(2)       NOT NULL,
  standing_access  BOOLEAN       NOT NULL,
  note             VARCHAR(500)  NULL,
  added_by         VARCHAR(64)   NOT NULL,
  added_at         DATETIME(6)   NOT NULL,
  CONSTRAINT sharing_agency_kind CHECK (kind IN ('LAW_ENFORCEMENT', 'PROSECUTOR', 'FEDERAL',
    'PARKING_CONTRACTOR', 'COMMERCIAL', 'OTHER_PUBLIC')),
  UNIQUE KEY sharing_agency_name (name)
) ENGINE=InnoDB;

-- A request as the Sacramento form asks it, and what became of it.
CREATE TABLE sharing_request (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  agency_id        BIGINT        NOT NULL,
  requester_name   VARCHAR(200)  NOT NULL,
  requester_contact VARCHAR(200) NOT NULL,
  on_behalf_of     VARCHAR(200)  NULL,
  reason           VARCHAR(2000) NOT NULL,
  crime_type       VARCHAR(100)  NULL,
  case_number      VARCHAR(64)   NULL,
  plates           VARCHAR(1000) NOT NULL,
  from_day         DATE          NOT NULL,
  to_day           DATE          NOT NULL,
  entered_by       VARCHAR(64)   NOT NULL,
  entered_at       DATETIME(6)   NOT NULL,
  status           VARCHAR(16)   NOT NULL,
  refusal          VARCHAR(500)  NULL,
  decided_by       VARCHAR(64)   NULL,
  decided_at       DATETIME(6)   NULL,
  commander_name   VARCHAR(200)  NULL,
  commander_approved_on DATE     NULL,
  records_shared   INT           NOT NULL DEFAULT 0,
  CONSTRAINT sharing_request_agency FOREIGN KEY (agency_id) REFERENCES sharing_agency (id),
  CONSTRAINT sharing_request_status CHECK (status IN ('REFUSED', 'PENDING', 'DENIED', 'RELEASED')),
  INDEX sharing_request_by_status (status, entered_at)
) ENGINE=InnoDB;

-- The records released for a request: the "exports" data class, purged at its own period.
CREATE TABLE shared_record (
  request_id       BIGINT        NOT NULL,
  read_event_id    UUID          NOT NULL,
  garage_id        VARCHAR(64)   NOT NULL,
  lane             VARCHAR(64)   NOT NULL,
  camera           VARCHAR(64)   NOT NULL,
  plate            VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  read_at          DATETIME(6)   NOT NULL,
  shared_at        DATETIME(6)   NOT NULL,
  PRIMARY KEY (request_id, read_event_id),
  CONSTRAINT shared_record_request FOREIGN KEY (request_id) REFERENCES sharing_request (id),
  INDEX shared_record_by_time (shared_at),
  INDEX shared_record_by_plate (plate)
) ENGINE=InnoDB;

CREATE TABLE sensitive_site (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200)  NOT NULL,
  kind             VARCHAR(32)   NOT NULL,
  latitude         DECIMAL(9,6)  NOT NULL,
  longitude        DECIMAL(9,6)  NOT NULL,
  added_by         VARCHAR(64)   NOT NULL,
  added_at         DATETIME(6)   NOT NULL,
  CONSTRAINT sensitive_site_kind CHECK (kind IN ('REPRODUCTIVE_HEALTH', 'PLACE_OF_WORSHIP'))
) ENGINE=InnoDB;

CREATE TABLE camera (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  garage_id        VARCHAR(64)   NOT NULL,
  camera_id        VARCHAR(64)   NOT NULL,
  name             VARCHAR(200)  NOT NULL,
  latitude         DECIMAL(9,6)  NOT NULL,
  longitude        DECIMAL(9,6)  NOT NULL,
  view_description VARCHAR(1000) NOT NULL,
  registered_by    VARCHAR(64)   NOT NULL,
  registered_at    DATETIME(6)   NOT NULL,
  CONSTRAINT camera_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  UNIQUE KEY camera_per_garage (garage_id, camera_id)
) ENGINE=InnoDB;
