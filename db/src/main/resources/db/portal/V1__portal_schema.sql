-- Portal schema: the central service garages report to.
-- Conventions as in the garage schema: UTC instants in DATETIME(6), UUID event ids.

CREATE TABLE garage (
  id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  name             VARCHAR(200) NOT NULL,
  -- SHA-256 (hex) of the garage's reporting token; the token itself is never stored.
  token_sha256     CHAR(64)     NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  last_contact_at  DATETIME(6)  NULL,
  last_seq         BIGINT       NOT NULL DEFAULT 0,
  -- Count of events stored for this garage, kept with each batch so the overview need not count.
  events_received  BIGINT       NOT NULL DEFAULT 0
) ENGINE=InnoDB;

CREATE TABLE portal_user (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username         VARCHAR(64)  NOT NULL,
  display_name     VARCHAR(200) NOT NULL,
  department       VARCHAR(200) NULL,
  password_hash    VARCHAR(255) NOT NULL,
  enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
  created_at       DATETIME(6)  NOT NULL,
  last_login_at    DATETIME(6)  NULL,
  UNIQUE KEY portal_user_name (username)
) ENGINE=InnoDB;

CREATE TABLE role (
  name             VARCHAR(32)  NOT NULL PRIMARY KEY,
  description      VARCHAR(200) NOT NULL
) ENGINE=InnoDB;

INSERT INTO role (name, description) VALUES
  ('COORDINATOR', 'ALPR coordinator: grants access, approves requests, runs purges'),
  ('OPERATOR', 'Garage operator: lane exceptions at own garages'),
  ('REVENUE_AUDITOR', 'Revenue auditor: transactions and reconciliation'),
  ('VENDOR', 'Contracted vendor: only the garages and data its contract names'),
  ('EXTERNAL_AUDITOR', 'Auditor from outside the operating unit: reads the audit trail');

CREATE TABLE user_role (
  user_id          BIGINT       NOT NULL,
  role_name        VARCHAR(32)  NOT NULL,
  PRIMARY KEY (user_id, role_name),
  CONSTRAINT user_role_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
  CONSTRAINT user_role_role FOREIGN KEY (role_name) REFERENCES role (name)
) ENGINE=InnoDB;

-- Events received from garages, once each (the event id is the key), in the garage's order.
CREATE TABLE received_event (
  event_id         UUID         NOT NULL PRIMARY KEY,
  garage_id        VARCHAR(64)  NOT NULL,
  garage_seq       BIGINT       NOT NULL,
  event_type       VARCHAR(64)  NOT NULL,
  occurred_at      DATETIME(6)  NOT NULL,
  received_at      DATETIME(6)  NOT NULL,
  payload          LONGTEXT     NOT NULL,
  CONSTRAINT received_event_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT received_event_json CHECK (JSON_VALID(payload)),
  UNIQUE KEY received_event_order (garage_id, garage_seq),
  INDEX received_event_by_time (garage_id, occurred_at)
) ENGINE=InnoDB;

-- Who did what in the portal. Each record carries the hash of the previous one (hash chain).
CREATE TABLE audit_record (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at      DATETIME(6)  NOT NULL,
  username         VARCHAR(64)  NULL,
  ip               VARCHAR(64)  NULL,
  action           VARCHAR(64)  NOT NULL,
  detail           TEXT         NULL,
  prev_hash        CHAR(64)     NOT NULL,
  hash             CHAR(64)     NOT NULL,
  UNIQUE KEY audit_prev (prev_hash),
  INDEX audit_by_time (occurred_at)
) ENGINE=InnoDB;

-- The hash of the last audit record. Writers lock this one row (SELECT ... FOR UPDATE) so that
-- appends to the chain are serialised, also while the trail is still empty.
CREATE TABLE audit_chain_head (
  id               TINYINT      NOT NULL PRIMARY KEY,
  last_hash        CHAR(64)     NOT NULL,
  CONSTRAINT audit_chain_head_single CHECK (id = 1)
) ENGINE=InnoDB;

INSERT INTO audit_chain_head (id, last_hash) VALUES (1, REPEAT('0', 64));
