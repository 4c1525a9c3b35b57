package org.openparcs.controller.payment.infrastructure;

import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import org.openparcs.controller.garage.model.GarageLayout;
import org.openparcs.controller.garage.model.LaneId;
import org.openparcs.controller.payment.application.Payments;
import org.openparcs.controller.payment.model.Payment;
import org.openparcs.controller.payment.model.PaymentKind;
import org.openparcs.controller.payment.model.PaymentMethod;
import org.openparcs.controller.payment.model.PaymentReference;
import org.openparcs.controller.payment.model.PaymentSource;
import org.openparcs.controller.plate.model.PlateText;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.protection.infrastructure.SealedText;
import org.openparcs.controller.shared.infrastructure.DataAccessException;
import org.openparcs.controller.shared.infrastructure.JdbcTransactions;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.shared.model.Money;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/**
 * Table {@code payment}: inserted, never updated (but for R1's purge of its plate). The plate is
 * sealed and hashed (POLICY K1, V110), an override's reason sealed (V140).
 */
@Singleton
public class JdbcPayments implements Payments {

  private static final String COLUMNS =
      "id, kind, source, method, amount_minor, currency, session_id, plate_sealed, terminal_id, cashier,"
          + " lane_id, reference, original_id, lost_ticket, override_reason_sealed, quoted_minor,"
          + " tariff_version, occurred_at, recorded_at";

  private final JdbcTransactions tx;
  private final String garageId;
  private final PlateCipher cipher;
  private final PlateLookup lookup;

  public JdbcPayments(
      JdbcTransactions tx, GarageLayout garage, PlateCipher cipher, PlateLookup lookup) {
    this.tx = tx;
    this.garageId = garage.id().value();
    this.cipher = cipher;
    this.lookup = lookup;
  }

  @Override
  public Optional<Payment> byReference(PaymentReference reference) {
    return find(reference, "");
  }

  @Override
  public Optional<Payment> lockByReference(PaymentReference reference) {
    return find(reference, " FOR UPDATE");
  }

  @Override
  public void save(Payment p) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "INSERT INTO payment ("
                    + COLUMNS
                    + ", garage_id, plate_hash) VALUES "
                    + "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      String plate = p.plate() == null ? null : p.plate().value();
      Sql.setUuid(ps, 1, p.id());
      ps.setString(2, p.kind().name());
      ps.setString(3, p.source().name());
      ps.setString(4, p.method().name());
      ps.setLong(5, p.amount().minor());
      ps.setString(6, p.amount().currency().getCurrencyCode());
      Sql.setUuid(ps, 7, p.sessionId());
      ps.setBytes(8, cipher.sealNullable(plate, SealedContexts.PAYMENT_PLATE));
      ps.setString(9, p.terminal());
      ps.setString(10, p.cashier());
      ps.setString(11, p.lane() == null ? null : p.lane().value());
      ps.setString(12, p.reference().value());
      Sql.setUuid(ps, 13, p.originalId());
      ps.setBoolean(14, p.lostTicket());
      ps.setBytes(15, cipher.sealNullable(p.overrideReason(), SealedContexts.OVERRIDE_REASON));
      ps.setObject(16, p.quoted() == null ? null : p.quoted().minor());
      ps.setString(17, p.tariffVersion());
      Sql.setInstant(ps, 18, p.occurredAt());
      Sql.setInstant(ps, 19, p.recordedAt());
      ps.setString(20, garageId);
      ps.setBytes(21, lookup.hashNullable(plate));
      ps.executeUpdate();
    } catch (SQLIntegrityConstraintViolationException e) {
      throw new DuplicateReferenceException(p.reference(), e);
    } catch (SQLException e) {
      throw new DataAccessException("cannot store payment " + p.reference(), e);
    }
  }

  @Override
  public Money reversedOf(UUID originalId, Currency currency) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT COALESCE(SUM(amount_minor), 0) FROM payment WHERE original_id = ?")) {
      Sql.setUuid(ps, 1, originalId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Money.of(rs.getLong(1), currency);
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot sum the reversals of payment " + originalId, e);
    }
  }

  private Optional<Payment> find(PaymentReference reference, String lock) {
    try (PreparedStatement ps =
        tx.connection()
            .prepareStatement(
                "SELECT "
                    + COLUMNS
                    + ", override_reason FROM payment WHERE garage_id = ? AND reference = ?"
                    + lock)) {
      ps.setString(1, garageId);
      ps.setString(2, reference.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(payment(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new DataAccessException("cannot read payment " + reference, e);
    }
  }

  private Payment payment(ResultSet rs) throws SQLException {
    Currency currency = Currency.getInstance(rs.getString("currency"));
    long quoted = rs.getLong("quoted_minor");
    Money quotedMoney = rs.wasNull() ? null : Money.of(quoted, currency);
    String plate = cipher.openNullable(rs.getBytes("plate_sealed"), SealedContexts.PAYMENT_PLATE);
    String lane = rs.getString("lane_id");
    return new Payment(
        Sql.getUuid(rs, "id"),
        PaymentKind.valueOf(rs.getString("kind")),
        PaymentSource.valueOf(rs.getString("source")),
        PaymentMethod.valueOf(rs.getString("method")),
        Money.of(rs.getLong("amount_minor"), currency),
        Sql.getUuid(rs, "session_id"),
        plate == null ? null : new PlateText(plate),
        rs.getString("terminal_id"),
        rs.getString("cashier"),
        lane == null ? null : new LaneId(lane),
        new PaymentReference(rs.getString("reference")),
        Sql.getUuid(rs, "original_id"),
        rs.getBoolean("lost_ticket"),
        SealedText.open(
            cipher,
            rs.getBytes("override_reason_sealed"),
            rs.getString("override_reason"),
            SealedContexts.OVERRIDE_REASON),
        quotedMoney,
        rs.getString("tariff_version"),
        Sql.getInstant(rs, "occurred_at"),
        Sql.getInstant(rs, "recorded_at"));
  }
}
