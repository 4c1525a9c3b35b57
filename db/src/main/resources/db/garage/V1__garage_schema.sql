-- Garage schema: what one garage's controller keeps.
-- Conventions: times are UTC instants in DATETIME(6) (the services bind UTC values explicitly);
-- money is BIGINT minor units with an ISO 4217 currency code beside it; ids of records made at the
-- lane are UUIDs (MariaDB's native UUID type) so they stay unique when garages report centrally.
-- Plates and currency codes are ASCII with binary collation: 'usd' is not 'USD'.

CREATE TABLE garage (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  name          VARCHAR(200) NOT NULL,
  time_zone     VARCHAR(64)  NOT NULL,
  currency      CHAR(3) CHARACTER SET ascii COLLATE ascii_bin      NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT garage_currency_iso CHECK (currency REGEXP '^[A-Z]{3}$')
) ENGINE=InnoDB;

-- A lane I/O module (e.g. Moxa ioLogik E1214) reached over Modbus TCP.
CREATE TABLE io_device (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  model         VARCHAR(64)  NOT NULL,
  host          VARCHAR(255) NOT NULL,
  port          INT          NOT NULL,
  unit_id       INT          NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT io_device_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT io_device_port CHECK (port BETWEEN 1 AND 65535),
  CONSTRAINT io_device_unit CHECK (unit_id BETWEEN 0 AND 255)
) ENGINE=InnoDB;

CREATE TABLE lane (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  name          VARCHAR(200) NOT NULL,
  direction     VARCHAR(8)   NOT NULL,
  io_device_id  VARCHAR(64)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT lane_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT lane_io_device FOREIGN KEY (io_device_id) REFERENCES io_device (id),
  CONSTRAINT lane_direction CHECK (direction IN ('ENTRY', 'EXIT'))
) ENGINE=InnoDB;

CREATE TABLE camera (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  lane_id       VARCHAR(64)  NOT NULL,
  push_format   VARCHAR(32)  NOT NULL,
  updated_at    DATETIME(6)  NOT NULL,
  CONSTRAINT camera_lane FOREIGN KEY (lane_id) REFERENCES lane (id)
) ENGINE=InnoDB;

-- A plate credential: a permit or monthly holder allowed in one garage for a period.
CREATE TABLE permit (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  plate         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  holder        VARCHAR(200) NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  valid_from    DATETIME(6)  NOT NULL,
  valid_to      DATETIME(6)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  CONSTRAINT permit_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT permit_kind CHECK (kind IN ('PERMIT', 'MONTHLY')),
  CONSTRAINT permit_period CHECK (valid_to > valid_from),
  CONSTRAINT permit_plate CHECK (plate REGEXP '^[A-Z0-9]{1,16}$'),
  INDEX permit_by_plate (garage_id, plate)
) ENGINE=InnoDB;

-- Every plate read a camera delivered, kept as received (normalised plate beside the raw text).
CREATE TABLE plate_read (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  camera_id     VARCHAR(64)  NOT NULL,
  plate         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  raw_plate     VARCHAR(64)  NOT NULL,
  confidence    DECIMAL(5,4) NOT NULL,
  region        VARCHAR(16)  NULL,
  box_x         INT          NULL,
  box_y         INT          NULL,
  box_w         INT          NULL,
  box_h         INT          NULL,
  source        VARCHAR(32)  NOT NULL,
  captured_at   DATETIME(6)  NOT NULL,
  received_at   DATETIME(6)  NOT NULL,
  CONSTRAINT plate_read_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT plate_read_camera FOREIGN KEY (camera_id) REFERENCES camera (id),
  CONSTRAINT plate_read_confidence CHECK (confidence BETWEEN 0 AND 1),
  INDEX plate_read_by_time (garage_id, received_at),
  INDEX plate_read_by_plate (garage_id, plate, received_at)
) ENGINE=InnoDB;

-- The access decision taken on a read, with the rule that decided it.
CREATE TABLE access_decision (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  plate_read_id UUID         NOT NULL,
  plate         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  outcome       VARCHAR(8)   NOT NULL,
  rule          VARCHAR(64)  NOT NULL,
  reason        VARCHAR(64)  NULL,
  permit_id     UUID         NULL,
  decided_at    DATETIME(6)  NOT NULL,
  CONSTRAINT decision_read FOREIGN KEY (plate_read_id) REFERENCES plate_read (id),
  CONSTRAINT decision_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT decision_outcome CHECK (outcome IN ('GRANTED', 'DENIED')),
  CONSTRAINT decision_reason CHECK ((outcome = 'DENIED') = (reason IS NOT NULL)),
  INDEX decision_by_time (garage_id, decided_at)
) ENGINE=InnoDB;

-- What happened at the barrier: vends (relay pulses), refusals to pulse, loop and arm changes.
CREATE TABLE gate_event (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  type          VARCHAR(40)  NOT NULL,
  decision_id   UUID         NULL,
  detail        VARCHAR(255) NULL,
  occurred_at   DATETIME(6)  NOT NULL,
  CONSTRAINT gate_event_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT gate_event_decision FOREIGN KEY (decision_id) REFERENCES access_decision (id),
  INDEX gate_event_by_time (garage_id, occurred_at),
  INDEX gate_event_by_lane (lane_id, occurred_at)
) ENGINE=InnoDB;

-- A stay: opened at entry, closed at exit. At most one open session per plate and garage.
CREATE TABLE parking_session (
  id                 UUID         NOT NULL PRIMARY KEY,
  garage_id          VARCHAR(64)  NOT NULL,
  plate              VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  permit_id          UUID         NULL,
  entry_lane_id      VARCHAR(64)  NOT NULL,
  entry_decision_id  UUID         NOT NULL,
  entered_at         DATETIME(6)  NOT NULL,
  exit_lane_id       VARCHAR(64)  NULL,
  exit_decision_id   UUID         NULL,
  exited_at          DATETIME(6)  NULL,
  fee_minor          BIGINT       NULL,
  fee_currency       CHAR(3) CHARACTER SET ascii COLLATE ascii_bin      NULL,
  open_plate         VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  AS (IF(exited_at IS NULL, plate, NULL)) PERSISTENT,
  CONSTRAINT session_entry_lane FOREIGN KEY (entry_lane_id) REFERENCES lane (id),
  CONSTRAINT session_exit_lane FOREIGN KEY (exit_lane_id) REFERENCES lane (id),
  CONSTRAINT session_entry_decision FOREIGN KEY (entry_decision_id) REFERENCES access_decision (id),
  CONSTRAINT session_exit_decision FOREIGN KEY (exit_decision_id) REFERENCES access_decision (id),
  CONSTRAINT session_exit_after_entry CHECK (exited_at IS NULL OR exited_at >= entered_at),
  CONSTRAINT session_fee CHECK ((fee_minor IS NULL) = (fee_currency IS NULL) AND (fee_minor IS NULL OR fee_minor >= 0)),
  UNIQUE KEY session_one_open_per_plate (garage_id, open_plate),
  INDEX session_by_entry (garage_id, entered_at)
) ENGINE=InnoDB;

-- Money received or given back. Voids and refunds are their own rows, never edits.
CREATE TABLE payment (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  session_id    UUID         NULL,
  kind          VARCHAR(8)   NOT NULL,
  amount_minor  BIGINT       NOT NULL,
  currency      CHAR(3) CHARACTER SET ascii COLLATE ascii_bin      NOT NULL,
  method        VARCHAR(32)  NOT NULL,
  terminal_id   VARCHAR(64)  NULL,
  cashier       VARCHAR(64)  NULL,
  reference     VARCHAR(100) NOT NULL,
  occurred_at   DATETIME(6)  NOT NULL,
  CONSTRAINT payment_session FOREIGN KEY (session_id) REFERENCES parking_session (id),
  CONSTRAINT payment_kind CHECK (kind IN ('PAYMENT', 'VOID', 'REFUND')),
  CONSTRAINT payment_amount CHECK (amount_minor >= 0),
  CONSTRAINT payment_currency_iso CHECK (currency REGEXP '^[A-Z]{3}$'),
  UNIQUE KEY payment_reference (garage_id, reference),
  INDEX payment_by_time (garage_id, occurred_at)
) ENGINE=InnoDB;

-- Events for the portal, written in the same transaction as what they describe and delivered in
-- seq order by the outbox relay; the portal is idempotent on event_id.
CREATE TABLE outbox (
  seq           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id      UUID         NOT NULL,
  event_type    VARCHAR(64)  NOT NULL,
  occurred_at   DATETIME(6)  NOT NULL,
  payload       LONGTEXT     NOT NULL,
  delivered_at  DATETIME(6)  NULL,
  attempts      INT          NOT NULL DEFAULT 0,
  last_error    VARCHAR(500) NULL,
  UNIQUE KEY outbox_event (event_id),
  INDEX outbox_pending (delivered_at, seq),
  CONSTRAINT outbox_payload_json CHECK (JSON_VALID(payload))
) ENGINE=InnoDB;
