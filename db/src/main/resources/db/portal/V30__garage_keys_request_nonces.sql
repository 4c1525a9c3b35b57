-- Machine identities (issue 9): each garage signs its requests with its own Ed25519 key.
-- A garage may hold several keys at once while it rotates; a revoked key verifies nothing.
CREATE TABLE garage_key (
  key_id       VARCHAR(64)  NOT NULL PRIMARY KEY,
  garage_id    VARCHAR(64)  NOT NULL,
  -- Base64 of the X.509 SubjectPublicKeyInfo of the Ed25519 public key.
  public_key   VARCHAR(200) NOT NULL,
  enrolled_at  DATETIME(6)  NOT NULL,
  -- 'configuration', or 'key <id>' when the garage enrolled it signing with an active key.
  enrolled_by  VARCHAR(100) NOT NULL,
  revoked_at   DATETIME(6)  NULL,
  revoked_by   VARCHAR(100) NULL,
  CONSTRAINT fk_garage_key_garage FOREIGN KEY (garage_id) REFERENCES garage (id),
  INDEX ix_garage_key_garage (garage_id)
) ENGINE=InnoDB;

-- Nonces of signed requests within the replay window, shared by every portal instance.
CREATE TABLE request_nonce (
  key_id   VARCHAR(64) NOT NULL,
  nonce    VARCHAR(64) NOT NULL,
  seen_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (key_id, nonce),
  INDEX ix_request_nonce_seen (seen_at)
) ENGINE=InnoDB;
