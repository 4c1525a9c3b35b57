-- POLICY T1: every access to plate data at the garage's read-only views (reads, exceptions, frames,
-- permits, findings, the console's live stream): when, who (an operator session of this garage, or
-- the portal by its signing key), department, address, what was asked (method, path and query:
-- the terms searched) and the purpose. Reported to the portal as plate_data_access events. Kept
-- like the audit trail (T2): no retention purge deletes these rows.
CREATE TABLE plate_data_access (
  id            UUID          NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)   NOT NULL,
  viewer        VARCHAR(100)  NOT NULL,
  department    VARCHAR(200)  NOT NULL,
  via           VARCHAR(16)   NOT NULL,
  ip            VARCHAR(64)   NOT NULL,
  method        VARCHAR(8)    NOT NULL,
  resource      VARCHAR(1000) NOT NULL,
  purpose       VARCHAR(200)  NOT NULL,
  accessed_at   DATETIME(6)   NOT NULL,
  CONSTRAINT plate_data_access_via CHECK (via IN ('session', 'portal')),
  INDEX plate_data_access_by_time (garage_id, accessed_at)
) ENGINE=InnoDB;
