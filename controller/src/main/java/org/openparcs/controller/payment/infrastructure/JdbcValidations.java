package org.openparcs.controller.payment.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.payment.application.Validations;
import org.openparcs.controller.payment.model.MerchantValidation;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.tariff.infrastructure.DiscountRows;
import org.openparcs.controller.tariff.model.Discount;

/** Table {@code validation}. */
@Singleton
public class JdbcValidations implements Validations {

  private final JdbcTransactions tx;
  private final GarageLayout garage;

  public JdbcValidations(JdbcTransactions tx, GarageLayout garage) {
    this.tx = tx;
    this.garage = garage;
  }

  @Override
  public Optional<MerchantValidation> byReference(PaymentReference reference) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT id, session_id, merchant, reference, validated_at, "
                    + DiscountRows.COLUMNS
                    + " FROM validation WHERE garage_id = ? AND reference = ?")) {
      ps.setString(1, garage.id().value());
      ps.setString(2, reference.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new MerchantValidation(
                Sql.getUuid(rs, "id"),
                Sql.getUuid(rs, "session_id"),
                rs.getString("merchant"),
                DiscountRows.discount(rs),
                reference,
                Sql.getInstant(rs, "validated_at")));
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read validation " + reference, e);
    }
  }

  @Override
  public void save(MerchantValidation v) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO validation (id, garage_id, session_id, merchant, kind, free_minutes,"
                    + " amount_minor, basis_points, cap_minor, currency, reference, validated_at)"
                    + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
      Discount d = v.discount();
      Sql.setUuid(ps, 1, v.id());
      ps.setString(2, garage.id().value());
      Sql.setUuid(ps, 3, v.sessionId());
      ps.setString(4, v.merchant());
      ps.setString(5, d.match(f -> "FREE_TIME", a -> "FIXED_AMOUNT", p -> "PERCENTAGE"));
      ps.setObject(6, d.match(f -> (int) f.time().toMinutes(), a -> null, p -> null));
      ps.setObject(7, d.match(f -> null, a -> a.amount().minor(), p -> null));
      ps.setObject(8, d.match(f -> null, a -> null, p -> p.basisPoints()));
      ps.setObject(
          9,
          d.match(
              f -> f.cap() == null ? null : f.cap().minor(),
              a -> null,
              p -> p.cap() == null ? null : p.cap().minor()));
      ps.setString(10, garage.currency().getCurrencyCode());
      ps.setString(11, v.reference().value());
      Sql.setInstant(ps, 12, v.validatedAt());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new DataAccessException("cannot store validation " + v.reference(), e);
    }
  }
}
