package org.openparcs.controller.lane.access.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.openparcs.controller.garage.model.GarageId;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.lane.access.application.Permits;
import org.openparcs.controller.lane.access.model.Permit;
import org.openparcs.controller.lane.access.model.PermitIndex;
import org.openparcs.controller.lane.access.model.PermitKind;
import org.openparcs.controller.plate.model.PlateComparison;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;

/**
 * The garage's permits, their plates sealed (POLICY K1, V101). Permits are few per garage: the
 * lanes match reads against an opened copy held in memory (exact, folded, one confusable character
 * as before), indexed by plate ({@link PermitIndex}) and reloaded when {@code permit_version} says
 * the table changed. One primary-key read per lookup, as cheap as the plate index it replaces, and
 * no hash of confusable variants.
 */
@Singleton
public class JdbcPermits implements Permits {

  static final String PLATE = SealedContexts.of("permit", "plate");

  private final JdbcTransactions tx;
  private final GarageId garage;
  private final PlateCipher cipher;
  private final Object reloading = new Object();
  private volatile Opened opened = new Opened(-1, new PermitIndex(List.of()));

  private record Opened(long version, PermitIndex permits) {}

  public JdbcPermits(JdbcTransactions tx, GarageLayout layout, PlateCipher cipher) {
    this.tx = tx;
    this.garage = layout.id();
    this.cipher = cipher;
  }

  @Override
  public void save(Permit p) {
    try (PreparedStatement ps =
            tx.connection()
                .prepareStatement(
                    "INSERT INTO permit (id, garage_id, plate_sealed, holder, kind, valid_from,"
                        + " valid_to, created_at) VALUES (?,?,?,?,?,?,?,UTC_TIMESTAMP(6))");
        PreparedStatement version =
            tx.connection()
                .prepareStatement(
                    "INSERT INTO permit_version (garage_id, version) VALUES (?, 1)"
                        + " ON DUPLICATE KEY UPDATE version = version + 1")) {
      Sql.setUuid(ps, 1, p.id());
      ps.setString(2, p.garageId().value());
      ps.setBytes(3, cipher.seal(p.plate().value(), PLATE));
      ps.setString(4, p.holder());
      ps.setString(5, p.kind().name());
      Sql.setInstant(ps, 6, p.validFrom());
      Sql.setInstant(ps, 7, p.validTo());
      ps.executeUpdate();
      version.setString(1, p.garageId().value());
      version.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store permit " + p.id(), e);
    }
  }

  @Override
  public List<Permit> forPlate(PlateText plate) {
    return current().forPlate(plate);
  }

  @Override
  public List<Permit> near(Set<String> keys, PlateComparison comparison) {
    return current().near(keys, comparison);
  }

  @Override
  public List<Permit> list(int limit) {
    return current().all().stream()
        .sorted(Comparator.comparing(Permit::id).reversed())
        .limit(limit)
        .toList();
  }

  /** The opened permits, reloaded when another transaction changed them. */
  private PermitIndex current() {
    long version = version();
    Opened now = opened;
    if (now.version() == version) {
      return now.permits();
    }
    // One lane opens the permits, the others wait for its copy: each opening every permit at once
    // after a change cost all lanes seconds at 100k permits (bench/run purge, first vehicles).
    synchronized (reloading) {
      now = opened;
      if (now.version() == version) {
        return now.permits();
      }
      Opened fresh = new Opened(version, new PermitIndex(load()));
      opened = fresh;
      return fresh.permits();
    }
  }

  private long version() {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement("SELECT version FROM permit_version WHERE garage_id = ?")) {
      ps.setString(1, garage.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the permits' version", e);
    }
  }

  private List<Permit> load() {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT id, plate_sealed, holder, kind, valid_from, valid_to FROM permit"
                    + " WHERE garage_id = ?")) {
      ps.setString(1, garage.value());
      List<Permit> permits = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          permits.add(
              new Permit(
                  Sql.getUuid(rs, "id"),
                  garage,
                  new PlateText(cipher.open(rs.getBytes("plate_sealed"), PLATE)),
                  rs.getString("holder"),
                  PermitKind.valueOf(rs.getString("kind")),
                  Sql.getInstant(rs, "valid_from"),
                  Sql.getInstant(rs, "valid_to")));
        }
      }
      return List.copyOf(permits);
    } catch (SQLException e) {
      throw new DataAccessException("cannot read permits", e);
    }
  }
}
