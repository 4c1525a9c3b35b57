-- Reconciliation: runs over a period, the findings they raise (one row per rule and subject, so a
-- second run over the same period adds only what is new) and the dispositions auditors record,
-- kept as an append-only history.

CREATE TABLE reconciliation_run (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  period_from   DATETIME(6)  NOT NULL,
  period_to     DATETIME(6)  NOT NULL,
  trigger_kind  VARCHAR(16)  NOT NULL,
  started_at    DATETIME(6)  NOT NULL,
  finished_at   DATETIME(6)  NOT NULL,
  raised        INT          NOT NULL,
  new_findings  INT          NOT NULL,
  CONSTRAINT run_trigger CHECK (trigger_kind IN ('ON_DEMAND', 'NIGHTLY')),
  CONSTRAINT run_period CHECK (period_to > period_from),
  INDEX run_by_time (garage_id, started_at)
) ENGINE=InnoDB;

CREATE TABLE reconciliation_finding (
  id              UUID         NOT NULL PRIMARY KEY,
  garage_id       VARCHAR(64)  NOT NULL,
  run_id          UUID         NOT NULL,
  rule            VARCHAR(40)  NOT NULL,
  subject         VARCHAR(200) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  severity        VARCHAR(8)   NOT NULL,
  amount_minor    BIGINT       NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  summary         VARCHAR(500) NOT NULL,
  evidence        LONGTEXT     NOT NULL,
  occurred_at     DATETIME(6)  NOT NULL,
  found_at        DATETIME(6)  NOT NULL,
  disposition     VARCHAR(24)  NOT NULL DEFAULT 'OPEN',
  CONSTRAINT finding_run FOREIGN KEY (run_id) REFERENCES reconciliation_run (id),
  CONSTRAINT finding_severity CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
  CONSTRAINT finding_amount CHECK (amount_minor >= 0),
  CONSTRAINT finding_evidence_json CHECK (JSON_VALID(evidence)),
  UNIQUE KEY finding_subject (garage_id, rule, subject),
  INDEX finding_by_time (garage_id, occurred_at)
) ENGINE=InnoDB;

CREATE TABLE finding_disposition (
  id            UUID         NOT NULL PRIMARY KEY,
  finding_id    UUID         NOT NULL,
  disposition   VARCHAR(24)  NOT NULL,
  note          VARCHAR(1000) NOT NULL,
  auditor       VARCHAR(100) NOT NULL,
  recorded_at   DATETIME(6)  NOT NULL,
  CONSTRAINT disposition_finding FOREIGN KEY (finding_id) REFERENCES reconciliation_finding (id),
  INDEX disposition_by_finding (finding_id, recorded_at)
) ENGINE=InnoDB;
