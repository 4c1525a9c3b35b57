-- Revenue pages (issue 6): the garages' reconciliation findings, dispositions and revenue reports
-- arrive as received events; these let the pages read them by type and by finding without
-- reading every payload.
ALTER TABLE received_event
  ADD COLUMN finding_id VARCHAR(36) AS (JSON_VALUE(payload, '$.findingId')) VIRTUAL,
  ADD INDEX received_event_by_type (garage_id, event_type, occurred_at),
  ADD INDEX received_event_by_finding (garage_id, finding_id);

-- Dispositions a revenue auditor records in the portal, kept as a history (never edited); the
-- latest of these and the garage's own is a finding's state. Each is also in the audit trail.
CREATE TABLE finding_review (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  garage_id        VARCHAR(64)   NOT NULL,
  finding_id       VARCHAR(36)   NOT NULL,
  disposition      VARCHAR(32)   NOT NULL,
  note             VARCHAR(1000) NOT NULL,
  auditor          VARCHAR(64)   NOT NULL,
  recorded_at      DATETIME(6)   NOT NULL,
  CONSTRAINT finding_review_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  INDEX finding_review_by_finding (garage_id, finding_id, recorded_at)
) ENGINE=InnoDB;
