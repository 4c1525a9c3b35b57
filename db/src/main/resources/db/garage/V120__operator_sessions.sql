-- Operator console sessions (issue 5), kept in the garage database so a restart of the controller
-- keeps operators logged on. Only the SHA-256 of the session token is stored, never the token: a
-- copy of the database (a backup) opens no session. A session lasts until the portal's operator
-- assertion expires (expires_at) or the operator logs off (revoked_at); the CSRF token is derived
-- from the session token, so it is not stored either.
CREATE TABLE operator_session (
  token_sha256  BINARY(32)   NOT NULL PRIMARY KEY,
  garage_id     VARCHAR(64)  NOT NULL,
  username      VARCHAR(64)  NOT NULL,
  department    VARCHAR(200) NOT NULL,
  roles         VARCHAR(200) NOT NULL,
  assertion_id  UUID         NOT NULL,
  ip            VARCHAR(64)  NOT NULL,
  opened_at     DATETIME(6)  NOT NULL,
  expires_at    DATETIME(6)  NOT NULL,
  revoked_at    DATETIME(6)  NULL,
  INDEX operator_session_by_expiry (expires_at)
) ENGINE=InnoDB;
