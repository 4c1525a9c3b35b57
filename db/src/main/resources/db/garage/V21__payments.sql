-- Payments from exit terminals, pay-on-foot machines and the online/app webhook. A void or refund
-- is its own row pointing at the payment it reverses; nothing is ever edited.

ALTER TABLE payment
  ADD COLUMN source          VARCHAR(16)  NOT NULL DEFAULT 'EXIT_TERMINAL' AFTER kind,
  ADD COLUMN plate           VARCHAR(16) CHARACTER SET ascii COLLATE ascii_bin NULL AFTER session_id,
  ADD COLUMN lane_id         VARCHAR(64)  NULL AFTER terminal_id,
  ADD COLUMN original_id     UUID         NULL AFTER reference,
  ADD COLUMN lost_ticket     BOOLEAN      NOT NULL DEFAULT FALSE,
  ADD COLUMN override_reason VARCHAR(200) NULL,
  ADD COLUMN quoted_minor    BIGINT       NULL,
  ADD COLUMN tariff_version  VARCHAR(64)  NULL,
  ADD COLUMN recorded_at     DATETIME(6)  NULL,
  ADD COLUMN overridden      BOOLEAN AS (override_reason IS NOT NULL) PERSISTENT,
  ADD CONSTRAINT payment_source CHECK (source IN ('EXIT_TERMINAL', 'PAY_ON_FOOT', 'ONLINE')),
  ADD CONSTRAINT payment_reverses CHECK ((kind = 'PAYMENT') = (original_id IS NULL)),
  ADD CONSTRAINT payment_original FOREIGN KEY (original_id) REFERENCES payment (id),
  ADD CONSTRAINT payment_lane FOREIGN KEY (lane_id) REFERENCES lane (id),
  ADD INDEX payment_by_plate (garage_id, plate, occurred_at),
  -- covering: what each stay paid, and each cashier's payments and voids, without the rows
  ADD INDEX payment_by_session (session_id, kind, amount_minor, quoted_minor, occurred_at, overridden),
  ADD INDEX payment_by_cashier (garage_id, cashier, occurred_at, kind, amount_minor);

-- A merchant validation (discount) given to a session: free time, a fixed amount or a percentage,
-- each with an optional cap on what it takes off.
CREATE TABLE validation (
  id            UUID         NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  session_id    UUID         NOT NULL,
  merchant      VARCHAR(64)  NOT NULL,
  kind          VARCHAR(16)  NOT NULL,
  free_minutes  INT          NULL,
  amount_minor  BIGINT       NULL,
  basis_points  INT          NULL,
  cap_minor     BIGINT       NULL,
  currency      CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  reference     VARCHAR(100) NOT NULL,
  validated_at  DATETIME(6)  NOT NULL,
  CONSTRAINT validation_session FOREIGN KEY (session_id) REFERENCES parking_session (id),
  CONSTRAINT validation_kind CHECK (
    (kind = 'FREE_TIME' AND free_minutes > 0 AND amount_minor IS NULL AND basis_points IS NULL)
    OR (kind = 'FIXED_AMOUNT' AND amount_minor > 0 AND free_minutes IS NULL AND basis_points IS NULL)
    OR (kind = 'PERCENTAGE' AND basis_points BETWEEN 1 AND 10000 AND free_minutes IS NULL AND amount_minor IS NULL)),
  CONSTRAINT validation_cap CHECK (cap_minor IS NULL OR cap_minor >= 0),
  UNIQUE KEY validation_reference (garage_id, reference),
  INDEX validation_by_time (garage_id, validated_at),
  INDEX validation_by_merchant (garage_id, merchant, validated_at)
) ENGINE=InnoDB;
