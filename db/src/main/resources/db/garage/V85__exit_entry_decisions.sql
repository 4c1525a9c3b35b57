-- No plate match at a visitor exit (issue 6): what the operator decided on a NO_ENTRY_FOUND
-- exception, with who and why. OPERATOR_MATCHED_ENTRY: the session the vehicle entered on, its
-- plate corrected from entry_plate to exit_plate.
CREATE TABLE exit_entry_decision (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  exception_id  UUID         NOT NULL,
  rule          VARCHAR(32)  NOT NULL,
  session_id    UUID         NULL,
  entry_plate   VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NULL,
  exit_plate    VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin  NOT NULL,
  operator      VARCHAR(100) NOT NULL,
  reason        VARCHAR(500) NOT NULL,
  decided_at    DATETIME(6)  NOT NULL,
  CONSTRAINT exit_entry_decision_exception FOREIGN KEY (exception_id) REFERENCES lane_exception (id),
  CONSTRAINT exit_entry_decision_session FOREIGN KEY (session_id) REFERENCES parking_session (id),
  UNIQUE KEY exit_entry_decision_once (exception_id)
) ENGINE=InnoDB;
