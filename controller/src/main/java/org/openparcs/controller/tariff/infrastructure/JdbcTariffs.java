package org.openparcs.controller.tariff.infrastructure;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.shared.model.TimeOrderedId;
import org.openparcs.controller.tariff.application.Tariffs;
import org.openparcs.controller.tariff.model.TariffSchedule;
import org.openparcs.controller.tariff.model.TariffVersion;

@Singleton
public class JdbcTariffs implements Tariffs {

  private final JdbcTransactions tx;
  private final JsonMapper json;
  private final String garageId;
  private final Clock clock;

  public JdbcTariffs(JdbcTransactions tx, JsonMapper json, GarageLayout garage, Clock clock) {
    this.tx = tx;
    this.json = json;
    this.garageId = garage.id().value();
    this.clock = clock;
  }

  @Override
  public TariffSchedule schedule() {
    return new TariffSchedule(select("", null));
  }

  @Override
  public Optional<TariffVersion> named(String version) {
    return select(" AND version = ?", version).stream().findFirst();
  }

  @Override
  public void publish(TariffVersion v) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO tariff_version (id, garage_id, version, effective_from, currency,"
                    + " rules, created_at) VALUES (?,?,?,?,?,?,?)")) {
      Sql.setUuid(ps, 1, TimeOrderedId.at(clock.instant()));
      ps.setString(2, garageId);
      ps.setString(3, v.version());
      Sql.setInstant(ps, 4, v.effectiveFrom());
      ps.setString(5, v.tariff().currency().getCurrencyCode());
      ps.setString(6, json.writeValueAsString(TariffDocument.of(v)));
      Sql.setInstant(ps, 7, clock.instant());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store tariff version " + v.version(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<TariffVersion> select(String condition, String arg) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT rules FROM tariff_version WHERE garage_id = ?"
                    + condition
                    + " ORDER BY effective_from")) {
      ps.setString(1, garageId);
      if (arg != null) {
        ps.setString(2, arg);
      }
      List<TariffVersion> versions = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          versions.add(json.readValue(rs.getString("rules"), TariffDocument.class).toModel());
        }
      }
      return versions;
    } catch (SQLException e) {
      throw new DataAccessException("cannot read the tariff versions", e);
    } catch (IOException e) {
      throw new UncheckedIOException("a stored tariff version is not readable", e);
    }
  }
}
