-- Lane control (issue 4): what operators are told at once, and the audited lane modes.

-- An exception an operator must look at: read timeout, arm not rising, tailgating, stuck loop,
-- device fault, a read with no vehicle, ...
CREATE TABLE lane_exception (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  kind          VARCHAR(40)  NOT NULL,
  decision_id   UUID         NULL,
  detail        VARCHAR(255) NOT NULL,
  raised_at     DATETIME(6)  NOT NULL,
  CONSTRAINT lane_exception_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT lane_exception_decision FOREIGN KEY (decision_id) REFERENCES access_decision (id),
  INDEX lane_exception_by_time (garage_id, raised_at),
  INDEX lane_exception_by_lane (lane_id, raised_at)
) ENGINE=InnoDB;

-- Every mode an operator set on a lane, with who, when and why; the latest row is in force and
-- survives a restart.
CREATE TABLE lane_mode_change (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  lane_id       VARCHAR(64)  NOT NULL,
  from_mode     VARCHAR(16)  NOT NULL,
  to_mode       VARCHAR(16)  NOT NULL,
  operator      VARCHAR(100) NOT NULL,
  reason        VARCHAR(500) NOT NULL,
  changed_at    DATETIME(6)  NOT NULL,
  CONSTRAINT lane_mode_change_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  CONSTRAINT lane_mode_change_modes CHECK (
    from_mode IN ('NORMAL', 'LOCKED_CLOSED', 'HELD_OPEN', 'FULL')
    AND to_mode IN ('NORMAL', 'LOCKED_CLOSED', 'HELD_OPEN', 'FULL')),
  INDEX lane_mode_change_by_lane (lane_id, changed_at)
) ENGINE=InnoDB;
