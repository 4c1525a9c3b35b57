package org.openparcs.portal.garage.infrastructure;

import java.time.Instant;
import java.util.Optional;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.common.model.Sha256;
import org.openparcs.portal.garage.application.Garages;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageRegistration;

/** Garages in table {@code garage}. */
final class JdbcGarages implements Garages {

  private final Jdbc jdbc;

  JdbcGarages(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void register(GarageRegistration registration, Instant now) {
    jdbc.update(
        "INSERT INTO garage (id, name, token_sha256, created_at) VALUES (?, ?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE name = VALUES(name), token_sha256 = VALUES(token_sha256)",
        s -> {
          s.setString(1, registration.id().value());
          s.setString(2, registration.name());
          s.setString(3, registration.tokenDigest().hex());
          s.setObject(4, Jdbc.toColumn(now));
        });
  }

  @Override
  public Optional<GarageId> ownerOfToken(Sha256 tokenDigest) {
    return jdbc
        .query(
            "SELECT id FROM garage WHERE token_sha256 = ?",
            s -> s.setString(1, tokenDigest.hex()),
            row -> new GarageId(row.getString("id")))
        .stream()
        .findFirst();
  }
}
