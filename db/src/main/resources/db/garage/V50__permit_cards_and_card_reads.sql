-- Cards as a second credential (issue 5): a permit may carry a card number; a card presented to a
-- lane's OSDP reader is stored as a card read, with the decision it led to; a decision answers a
-- plate read, or (plate_read_id NULL) the card read that names it.

CREATE TABLE permit_card (
  permit_id     UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  card_number   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  assigned_at   DATETIME(6)  NOT NULL,
  CONSTRAINT permit_card_permit FOREIGN KEY (permit_id) REFERENCES permit (id),
  CONSTRAINT permit_card_number CHECK (card_number REGEXP '^[A-Za-z0-9:-]{1,40}$'),
  INDEX permit_card_by_number (garage_id, card_number)
) ENGINE=InnoDB;

CREATE TABLE card_read (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  reader_id     VARCHAR(64)  NOT NULL,
  card_number   VARCHAR(40) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  read_at       DATETIME(6)  NOT NULL,
  decision_id   UUID         NULL,
  CONSTRAINT card_read_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT card_read_decision FOREIGN KEY (decision_id) REFERENCES access_decision (id),
  INDEX card_read_by_time (garage_id, read_at)
) ENGINE=InnoDB;

ALTER TABLE access_decision MODIFY plate_read_id UUID NULL;
