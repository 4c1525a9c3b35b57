-- Tariffs: published versions, never edited (a price change is a new version). The rules are the
-- tariff engine's JSON (controller tariff.infrastructure.TariffJson); a stay is charged by the
-- version in effect at its entry, pinned on the session the first time money is taken for it.

CREATE TABLE tariff_version (
  id              UUID         NOT NULL PRIMARY KEY,
  garage_id       VARCHAR(64)  NOT NULL,
  version         VARCHAR(64)  NOT NULL,
  effective_from  DATETIME(6)  NOT NULL,
  currency        CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  rules           LONGTEXT     NOT NULL,
  created_at      DATETIME(6)  NOT NULL,
  CONSTRAINT tariff_version_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  CONSTRAINT tariff_version_rules_json CHECK (JSON_VALID(rules)),
  CONSTRAINT tariff_version_currency_iso CHECK (currency REGEXP '^[A-Z]{3}$'),
  UNIQUE KEY tariff_version_name (garage_id, version),
  UNIQUE KEY tariff_version_effective (garage_id, effective_from)
) ENGINE=InnoDB;

-- session_by_exit and session_exit_plate are covering for the reconciliation's passes over a
-- period's exits (InnoDB adds the primary key).
ALTER TABLE parking_session
  ADD COLUMN tariff_version VARCHAR(64) NULL AFTER fee_currency,
  ADD INDEX session_by_exit (garage_id, exited_at, permit_id, entered_at),
  ADD INDEX session_exit_plate (garage_id, exited_at, exit_decision_id, plate);
