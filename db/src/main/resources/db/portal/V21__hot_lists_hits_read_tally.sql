-- Hot lists (POLICY S3, U3): plates of interest with who entered them and a supervisor's approval,
-- hits raised at ingest for a person to confirm; and per-day tallies of reads, hits and corrections
-- that outlive the purged reads (POLICY K4: the annual report counts a whole year).

CREATE TABLE hot_list (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name             VARCHAR(200)  NOT NULL,
  kind             VARCHAR(16)   NOT NULL,
  -- An external list (e.g. the Stolen Vehicle System) stops matching when not refreshed in time.
  external         BOOLEAN       NOT NULL,
  source           VARCHAR(200)  NULL,
  refreshed_at     DATETIME(6)   NULL,
  created_by       VARCHAR(64)   NOT NULL,
  created_at       DATETIME(6)   NOT NULL,
  CONSTRAINT hot_list_kind CHECK (kind IN ('STOLEN', 'WANTED', 'SCOFFLAW')),
  UNIQUE KEY hot_list_name (name)
) ENGINE=InnoDB;

CREATE TABLE hot_list_entry (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  list_id          BIGINT        NOT NULL,
  -- Binary collation: matched against received plates (upper case), byte for byte, on this index.
  plate            VARCHAR(16)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  entered_by_name  VARCHAR(200)  NOT NULL,
  entered_by_badge VARCHAR(32)   NOT NULL,
  entered_by_unit  VARCHAR(200)  NOT NULL,
  case_numbers     VARCHAR(500)  NOT NULL,
  synopsis         VARCHAR(2000) NOT NULL,
  entered_at       DATETIME(6)   NOT NULL,
  entered_by_user  VARCHAR(64)   NOT NULL,
  approved_by      VARCHAR(64)   NULL,
  approved_at      DATETIME(6)   NULL,
  removed_by       VARCHAR(64)   NULL,
  removed_at       DATETIME(6)   NULL,
  CONSTRAINT hot_list_entry_list FOREIGN KEY (list_id) REFERENCES hot_list (id),
  INDEX hot_list_entry_by_plate (plate, list_id)
) ENGINE=InnoDB;

-- A read that matched an approved entry: an alert, never an action (POLICY U3). The person who
-- handles it records that they compared the plate text with the image and the disposition.
CREATE TABLE hot_list_hit (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  entry_id         BIGINT        NOT NULL,
  list_id          BIGINT        NOT NULL,
  read_event_id    UUID          NOT NULL,
  garage_id        VARCHAR(64)   NOT NULL,
  lane             VARCHAR(64)   NOT NULL,
  camera           VARCHAR(64)   NOT NULL,
  plate            VARCHAR(32)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  read_at          DATETIME(6)   NOT NULL,
  raised_at        DATETIME(6)   NOT NULL,
  disposition      VARCHAR(32)   NULL,
  disposition_note VARCHAR(1000) NULL,
  compared_plate   BOOLEAN       NULL,
  confirmed_by     VARCHAR(64)   NULL,
  confirmed_at     DATETIME(6)   NULL,
  UNIQUE KEY hot_list_hit_once (read_event_id, entry_id),
  INDEX hot_list_hit_open (confirmed_at, raised_at),
  INDEX hot_list_hit_by_time (read_at),
  INDEX hot_list_hit_by_plate (plate)
) ENGINE=InnoDB;

-- Aggregates only (no plate): reads, hits and operator corrections per day and place.
CREATE TABLE read_tally (
  day              DATE          NOT NULL,
  garage_id        VARCHAR(64)   NOT NULL,
  lane             VARCHAR(64)   NOT NULL,
  camera           VARCHAR(64)   NOT NULL,
  reads_count      BIGINT        NOT NULL DEFAULT 0,
  hits_count       BIGINT        NOT NULL DEFAULT 0,
  corrections      BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (day, garage_id, lane, camera)
) ENGINE=InnoDB;

INSERT INTO read_tally (day, garage_id, lane, camera, reads_count)
  SELECT DATE(occurred_at), garage_id,
         LEFT(COALESCE(JSON_VALUE(payload, '$.lane'), JSON_VALUE(payload, '$.laneId'), ''), 64),
         LEFT(COALESCE(JSON_VALUE(payload, '$.camera'), JSON_VALUE(payload, '$.cameraId'), ''), 64),
         COUNT(*)
  FROM received_event WHERE event_type = 'plate_read'
  GROUP BY 1, 2, 3, 4;
