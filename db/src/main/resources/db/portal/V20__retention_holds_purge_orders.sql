-- Retention at the portal (POLICY R1, R3, R4): legal holds, purge runs with their progress and
-- proof, and the purge orders the garages will fetch and confirm with counts.

-- A legal hold keeps data past its retention while a case is open (POLICY R3): on one read (its
-- event id), one session (its session id) or every record of one plate.
CREATE TABLE legal_hold (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  target_kind      VARCHAR(16)   NOT NULL,
  -- Binary collation: compared with plates and ids from received payloads, byte for byte.
  target           VARCHAR(64)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  case_number      VARCHAR(64)   NOT NULL,
  reason           VARCHAR(1000) NOT NULL,
  placed_by        VARCHAR(64)   NOT NULL,
  placed_at        DATETIME(6)   NOT NULL,
  released_by      VARCHAR(64)   NULL,
  released_at      DATETIME(6)   NULL,
  release_reason   VARCHAR(1000) NULL,
  CONSTRAINT legal_hold_kind CHECK (target_kind IN ('READ', 'SESSION', 'PLATE')),
  INDEX legal_hold_active (released_at, target_kind, target)
) ENGINE=InnoDB;

-- One purge run: what started it, and per data class the cut-off, how many records it planned to
-- remove, how many it has removed so far (progress) and how many it kept because of a hold.
CREATE TABLE purge_run (
  id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  trigger_kind     VARCHAR(16)   NOT NULL,
  started_by       VARCHAR(64)   NULL,
  started_at       DATETIME(6)   NOT NULL,
  heartbeat_at     DATETIME(6)   NOT NULL,
  finished_at      DATETIME(6)   NULL,
  status           VARCHAR(16)   NOT NULL,
  holds_active     INT           NOT NULL DEFAULT 0,
  detail           VARCHAR(1000) NULL,
  CONSTRAINT purge_run_trigger CHECK (trigger_kind IN ('SCHEDULED', 'ON_DEMAND', 'AT_START')),
  CONSTRAINT purge_run_status CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
  INDEX purge_run_by_time (started_at)
) ENGINE=InnoDB;

CREATE TABLE purge_run_class (
  run_id           BIGINT        NOT NULL,
  data_class       VARCHAR(32)   NOT NULL,
  retention_days   INT           NOT NULL,
  cutoff           DATETIME(6)   NOT NULL,
  planned          BIGINT        NOT NULL,
  done             BIGINT        NOT NULL DEFAULT 0,
  held_kept        BIGINT        NOT NULL DEFAULT 0,
  PRIMARY KEY (run_id, data_class),
  CONSTRAINT purge_run_class_run FOREIGN KEY (run_id) REFERENCES purge_run (id)
) ENGINE=InnoDB;

-- One purge at a time, also with several portal instances on one database: a run takes this row
-- and keeps its heartbeat fresh; a run whose heartbeat went stale (a crashed instance) is taken over.
CREATE TABLE purge_lock (
  id               TINYINT       NOT NULL PRIMARY KEY,
  run_id           BIGINT        NULL,
  heartbeat_at     DATETIME(6)   NULL,
  CONSTRAINT purge_lock_single CHECK (id = 1)
) ENGINE=InnoDB;

INSERT INTO purge_lock (id, run_id, heartbeat_at) VALUES (1, NULL, NULL);

-- What each garage must purge after a portal purge run: the cut-off of every class and the holds to
-- respect (JSON, see admin-portal/README.md "Purge orders"), and the garage's confirmation with
-- its counts once it arrives.
CREATE TABLE garage_purge_order (
  id               UUID          NOT NULL PRIMARY KEY,
  run_id           BIGINT        NOT NULL,
  garage_id        VARCHAR(64)   NOT NULL,
  issued_at        DATETIME(6)   NOT NULL,
  order_json       LONGTEXT      NOT NULL,
  confirmed_at     DATETIME(6)   NULL,
  confirmation_json LONGTEXT     NULL,
  CONSTRAINT garage_purge_order_run FOREIGN KEY (run_id) REFERENCES purge_run (id),
  CONSTRAINT garage_purge_order_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT garage_purge_order_json CHECK (JSON_VALID(order_json)),
  CONSTRAINT garage_purge_confirmation_json CHECK (confirmation_json IS NULL
                                                   OR JSON_VALID(confirmation_json)),
  INDEX garage_purge_order_pending (garage_id, confirmed_at, issued_at)
) ENGINE=InnoDB;
