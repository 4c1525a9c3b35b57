-- People and log-on (POLICY A1-A5): password age, lock-out, TOTP second factor, recovery codes,
-- garage scopes per user, and the kept record of training and signed acknowledgements.

ALTER TABLE portal_user
  ADD COLUMN password_changed_at DATETIME(6) NULL,
  ADD COLUMN failed_logins       INT         NOT NULL DEFAULT 0,
  ADD COLUMN locked_until        DATETIME(6) NULL,
  -- Base32 TOTP secret (RFC 6238); confirmed once the user proved a code from it.
  ADD COLUMN totp_secret         VARCHAR(64) NULL,
  ADD COLUMN totp_confirmed_at   DATETIME(6) NULL,
  -- The last 30-second step a code was accepted for: a code is never accepted twice.
  ADD COLUMN totp_last_step      BIGINT      NULL,
  ADD COLUMN disabled_reason     VARCHAR(64) NULL,
  -- When a coordinator last enabled the account: the inactivity rule counts from there too.
  ADD COLUMN enabled_at          DATETIME(6) NULL;

UPDATE portal_user SET password_changed_at = created_at;

-- One-time recovery codes, kept only as SHA-256 of the normalised code.
CREATE TABLE recovery_code (
  user_id          BIGINT       NOT NULL,
  code_sha256      CHAR(64)     NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  used_at          DATETIME(6)  NULL,
  PRIMARY KEY (user_id, code_sha256),
  CONSTRAINT recovery_code_user FOREIGN KEY (user_id) REFERENCES portal_user (id)
) ENGINE=InnoDB;

-- The garages a user's roles apply to (coordinators see every garage).
CREATE TABLE user_garage_scope (
  user_id          BIGINT       NOT NULL,
  garage_id        VARCHAR(64)  NOT NULL,
  PRIMARY KEY (user_id, garage_id),
  CONSTRAINT scope_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
  CONSTRAINT scope_garage FOREIGN KEY (garage_id) REFERENCES garage (id)
) ENGINE=InnoDB;

-- Completed ALPR trainings and signed acknowledgements, never overwritten (POLICY A4).
CREATE TABLE training_record (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id          BIGINT       NOT NULL,
  kind             VARCHAR(16)  NOT NULL,
  completed_on     DATE         NOT NULL,
  recorded_at      DATETIME(6)  NOT NULL,
  recorded_by      VARCHAR(64)  NOT NULL,
  detail           VARCHAR(1000) NULL,
  CONSTRAINT training_user FOREIGN KEY (user_id) REFERENCES portal_user (id),
  CONSTRAINT training_kind CHECK (kind IN ('TRAINING', 'ACKNOWLEDGEMENT')),
  INDEX training_by_user (user_id, kind, completed_on)
) ENGINE=InnoDB;
