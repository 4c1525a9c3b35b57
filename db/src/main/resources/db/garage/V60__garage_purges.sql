-- Garage purges (issue 8, POLICY R1, R3, R4): the garage carries out the portal's purge orders.
-- Financial records outlive plate data (R1): a session, decision or payment past its class's
-- cut-off keeps its money and times with its plate fields emptied, so those become nullable. A
-- decision outlives the read it was taken on, so it no longer references that read by a foreign
-- key (the read is purged, the decision stays); plate_read loses its foreign keys for the same
-- reason and because a table partitioned by day (V61) cannot have any.
ALTER TABLE access_decision
  DROP FOREIGN KEY decision_read,
  MODIFY plate VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL;
ALTER TABLE access_decision ADD INDEX decision_by_read (plate_read_id);

ALTER TABLE parking_session
  MODIFY plate VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL;

-- Each order the garage received, what it purged and kept, and whether the portal recorded the
-- confirmation (the garage's side of the R4 proof). order_json is the order as received.
CREATE TABLE garage_purge (
  order_id      UUID          NOT NULL PRIMARY KEY,
  run_id        BIGINT        NOT NULL,
  status        VARCHAR(16)   NOT NULL,
  order_json    LONGTEXT      NOT NULL,
  received_at   DATETIME(6)   NOT NULL,
  finished_at   DATETIME(6)   NULL,
  confirmed_at  DATETIME(6)   NULL,
  counts_json   LONGTEXT      NULL,
  problem       VARCHAR(500)  NULL,
  CONSTRAINT garage_purge_status CHECK (status IN ('RUNNING', 'DONE', 'CONFIRMED', 'REFUSED')),
  CONSTRAINT garage_purge_order_json CHECK (JSON_VALID(order_json)),
  CONSTRAINT garage_purge_counts_json CHECK (counts_json IS NULL OR JSON_VALID(counts_json)),
  INDEX garage_purge_by_time (received_at)
) ENGINE=InnoDB;
