package org.openparcs.portal.identity.infrastructure;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.identity.MachineKeys;
import org.openparcs.identity.TrustedKey;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.identity.application.GarageKeys;

/** Garage keys in table {@code garage_key}. */
final class JdbcGarageKeys implements GarageKeys {

  private final Jdbc jdbc;

  JdbcGarageKeys(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<TrustedKey> find(String keyId) {
    return jdbc
        .query(
            "SELECT key_id, garage_id, public_key, revoked_at FROM garage_key WHERE key_id = ?",
            s -> s.setString(1, keyId),
            row ->
                new TrustedKey(
                    row.getString("key_id"),
                    row.getString("garage_id"),
                    MachineKeys.publicKey(row.getString("public_key")),
                    row.getObject("revoked_at") == null))
        .stream()
        .findFirst();
  }

  @Override
  public boolean hasActiveKey(GarageId garage) {
    return !jdbc.query(
            "SELECT 1 FROM garage_key WHERE garage_id = ? AND revoked_at IS NULL LIMIT 1",
            s -> s.setString(1, garage.value()),
            row -> 1)
        .isEmpty();
  }

  @Override
  public boolean enrol(GarageId garage, String keyId, String publicKey, String by, Instant at) {
    jdbc.update(
        "INSERT IGNORE INTO garage_key (key_id, garage_id, public_key, enrolled_at, enrolled_by)"
            + " VALUES (?, ?, ?, ?, ?)",
        s -> {
          s.setString(1, keyId);
          s.setString(2, garage.value());
          s.setString(3, publicKey);
          s.setObject(4, Jdbc.toColumn(at));
          s.setString(5, by);
        });
    return !jdbc.query(
            "SELECT 1 FROM garage_key WHERE key_id = ? AND garage_id = ? AND public_key = ?",
            s -> {
              s.setString(1, keyId);
              s.setString(2, garage.value());
              s.setString(3, publicKey);
            },
            row -> 1)
        .isEmpty();
  }

  @Override
  public boolean revoke(GarageId garage, String keyId, String by, Instant at) {
    jdbc.update(
        "UPDATE garage_key SET revoked_at = ?, revoked_by = ?"
            + " WHERE key_id = ? AND garage_id = ? AND revoked_at IS NULL",
        s -> {
          s.setObject(1, Jdbc.toColumn(at));
          s.setString(2, by);
          s.setString(3, keyId);
          s.setString(4, garage.value());
        });
    return !jdbc.query(
            "SELECT 1 FROM garage_key WHERE key_id = ? AND garage_id = ?",
            s -> {
              s.setString(1, keyId);
              s.setString(2, garage.value());
            },
            row -> 1)
        .isEmpty();
  }
}
