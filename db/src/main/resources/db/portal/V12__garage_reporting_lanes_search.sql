-- Garage reporting at the portal: the backlog each garage reports with its deliveries, the live
-- status of its lanes, and an index for plate searches over received reads.

ALTER TABLE garage
  ADD COLUMN reported_backlog     BIGINT      NULL,
  ADD COLUMN backlog_reported_at  DATETIME(6) NULL;

-- The latest state of each lane, kept from the gate events received (DEVICE_FAULT: out of service).
CREATE TABLE lane_status (
  garage_id        VARCHAR(64)  NOT NULL,
  lane_id          VARCHAR(64)  NOT NULL,
  in_service       BOOLEAN      NOT NULL,
  last_event_type  VARCHAR(64)  NOT NULL,
  last_event_at    DATETIME(6)  NOT NULL,
  last_seq         BIGINT       NOT NULL,
  detail           VARCHAR(500) NULL,
  PRIMARY KEY (garage_id, lane_id),
  CONSTRAINT lane_status_garage FOREIGN KEY (garage_id) REFERENCES garage (id)
) ENGINE=InnoDB;

-- Plate searches look reads up by plate without reading every payload.
ALTER TABLE received_event
  ADD COLUMN plate VARCHAR(32) AS (JSON_VALUE(payload, '$.plate')) VIRTUAL,
  ADD INDEX received_event_by_plate (plate, occurred_at);
