package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openparcs.controller.protection.infrastructure.SealedContexts;
import org.openparcs.controller.reconciliation.model.GarageRecords.CashierTally;
import org.openparcs.controller.reconciliation.model.GarageRecords.HourCount;
import org.openparcs.controller.reconciliation.model.GarageRecords.LostTicketClaim;
import org.openparcs.controller.reconciliation.model.GarageRecords.PaidStay;
import org.openparcs.controller.reconciliation.model.GarageRecords.PaymentRecord;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Questions about money: lost tickets, cashiers, what each visitor stay paid. */
final class SqlMoneyRecords {

  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final String SIGNED =
      "CASE WHEN p.kind = 'PAYMENT' THEN p.amount_minor ELSE -p.amount_minor END";

  private final Connection c;
  private final String garage;
  private final PlateLookup lookup;

  private final PlateCipher cipher;

  SqlMoneyRecords(Connection c, String garage, PlateCipher cipher, PlateLookup lookup) {
    this.c = c;
    this.garage = garage;
    this.cipher = cipher;
    this.lookup = lookup;
  }

  List<HourCount> visitorExitsByHour(Period p) {
    return Rows.list(
        c,
        "visitor exits by hour",
        "SELECT DATE_FORMAT(exited_at, '%Y-%m-%d %H:00:00') AS h, COUNT(*) AS n"
            + " FROM parking_session WHERE garage_id = ? AND exited_at >= ? AND exited_at < ?"
            + " AND permit_id IS NULL GROUP BY h",
        rs -> new HourCount(hour(rs, "h"), rs.getLong("n")),
        garage,
        p.from(),
        p.to());
  }

  List<PaymentRecord> lostTicketPayments(Period p) {
    return payments(p, "lost_ticket AND kind = 'PAYMENT'");
  }

  List<PaymentRecord> paymentsWithoutSession(Period p) {
    return payments(p, "session_id IS NULL AND NOT lost_ticket AND kind = 'PAYMENT'");
  }

  /**
   * The latest read of the claimant's plate before the claiming visit is at an entry lane. Reads
   * are found by the plate's lookup hashes (POLICY K1), one query per lost-ticket claim (few).
   */
  List<LostTicketClaim> lostTicketClaimsWithEntry(Period p, Duration lookback, Duration visit) {
    List<LostTicketClaim> claims =
        Rows.list(
            c,
            "lost-ticket claims",
            "SELECT p.id, p.plate_sealed, p.occurred_at, p.amount_minor FROM payment p"
                + " WHERE p.garage_id = ? AND p.lost_ticket AND p.kind = 'PAYMENT'"
                + " AND p.plate_sealed IS NOT NULL AND p.occurred_at >= ? AND p.occurred_at < ?",
            rs ->
                new LostTicketClaim(
                    Sql.getUuid(rs, "id"),
                    paymentPlate(rs),
                    Sql.getInstant(rs, "occurred_at"),
                    rs.getLong("amount_minor"),
                    null,
                    null),
            garage,
            p.from(),
            p.to());
    List<LostTicketClaim> withEntry = new java.util.ArrayList<>();
    for (LostTicketClaim claim : claims) {
      for (String hash : hashes(claim.plate())) {
        List<LostTicketClaim> found =
            Rows.list(
                c,
                "a lost-ticket claim's entry read",
                "SELECT r.id AS read_id, r.received_at AS entry_at, l.direction FROM plate_read r"
                    + " JOIN lane l ON l.id = r.lane_id WHERE r.garage_id = ?"
                    + " AND r.plate_hash = UNHEX(?) AND r.received_at < ? AND r.received_at >= ?"
                    + " ORDER BY r.received_at DESC LIMIT 1",
                rs ->
                    "ENTRY".equals(rs.getString("direction"))
                        ? new LostTicketClaim(
                            claim.paymentId(),
                            claim.plate(),
                            claim.paidAt(),
                            claim.paidMinor(),
                            Sql.getUuid(rs, "read_id"),
                            Sql.getInstant(rs, "entry_at"))
                        : null,
                garage,
                hash,
                claim.paidAt().minus(visit),
                claim.paidAt().minus(lookback));
        if (!found.isEmpty()) {
          if (found.get(0) != null) {
            withEntry.add(found.get(0));
          }
          break;
        }
      }
    }
    return withEntry;
  }

  private List<String> hashes(String plate) {
    return lookup.candidates(plate).stream().map(java.util.HexFormat.of()::formatHex).toList();
  }

  List<CashierTally> cashierTallies(Period p) {
    return Rows.list(
        c,
        "cashier tallies",
        "SELECT cashier, SUM(kind = 'PAYMENT') AS payments, SUM(kind = 'VOID') AS voids,"
            + " SUM(IF(kind = 'VOID', amount_minor, 0)) AS voided,"
            + " GROUP_CONCAT(IF(kind = 'VOID', id, NULL)) AS void_ids"
            + " FROM payment FORCE INDEX (payment_by_cashier)"
            + " WHERE garage_id = ? AND occurred_at >= ? AND occurred_at < ?"
            + " AND cashier IS NOT NULL GROUP BY cashier",
        rs ->
            new CashierTally(
                rs.getString("cashier"),
                rs.getLong("payments"),
                rs.getLong("voids"),
                rs.getLong("voided"),
                Rows.ids(rs, "void_ids")),
        garage,
        p.from(),
        p.to());
  }

  /**
   * One pass over the period's visitor stays and their payments, both from covering indexes and
   * grouped in index order (no sort); keeps the irregular ones, then reads their plate and tariff.
   * A stay no longer than {@code freeStay} with no payment owes nothing and is not irregular.
   */
  List<PaidStay> irregularPaidStays(Period p, Duration exitGrace, Duration freeStay) {
    return Rows.list(
        c,
        "visitor stays and their payments",
        "SELECT x.*, s.plate_sealed, s.tariff_version FROM (SELECT s.id, s.entered_at, s.exited_at,"
            + " COUNT(p.id) AS txns, COALESCE(SUM("
            + SIGNED
            + "), 0) AS net,"
            + " MAX(p.quoted_minor) AS quoted,"
            + " COALESCE(MAX(p.kind = 'PAYMENT' AND p.amount_minor = 0), 0) AS nil,"
            + " COALESCE(MAX(p.overridden), 0) AS overridden,"
            + " COALESCE(MAX(p.kind = 'VOID'), 0) AS voided,"
            + " COALESCE(SUM(p.kind = 'PAYMENT') - SUM(p.kind = 'VOID'), 0) AS live,"
            + " MAX(IF(p.kind = 'PAYMENT', p.occurred_at, NULL)) AS last_paid,"
            + " GROUP_CONCAT(p.id) AS ids"
            + " FROM parking_session s FORCE INDEX (session_by_exit)"
            + " LEFT JOIN payment p FORCE INDEX (payment_by_session) ON p.session_id = s.id"
            + " WHERE s.garage_id = ? AND s.exited_at >= ? AND s.exited_at < ?"
            + " AND s.permit_id IS NULL"
            + " GROUP BY s.exited_at, s.permit_id, s.entered_at, s.id"
            + " HAVING (txns = 0 AND s.exited_at > s.entered_at + INTERVAL ? MICROSECOND)"
            + " OR net < quoted OR live > 1"
            + " OR s.exited_at > last_paid + INTERVAL ? MICROSECOND) x"
            + " JOIN parking_session s ON s.id = x.id",
        this::paidStay,
        garage,
        p.from(),
        p.to(),
        micros(freeStay),
        micros(exitGrace));
  }

  private PaidStay paidStay(ResultSet rs) throws SQLException {
    return new PaidStay(
        Sql.getUuid(rs, "id"),
        cipher.openNullable(rs.getBytes("plate_sealed"), SealedContexts.SESSION_PLATE),
        Sql.getInstant(rs, "entered_at"),
        Sql.getInstant(rs, "exited_at"),
        rs.getString("tariff_version"),
        rs.getInt("txns"),
        rs.getLong("net"),
        Rows.optionalLong(rs, "quoted"),
        rs.getBoolean("nil"),
        rs.getBoolean("overridden"),
        rs.getBoolean("voided"),
        rs.getInt("live"),
        Sql.getInstant(rs, "last_paid"),
        Rows.ids(rs, "ids"));
  }

  private List<PaymentRecord> payments(Period p, String condition) {
    return Rows.list(
        c,
        "payments",
        "SELECT id, reference, plate_sealed, amount_minor, cashier, occurred_at FROM payment"
            + " WHERE garage_id = ? AND "
            + condition
            + " AND occurred_at >= ? AND occurred_at < ?",
        rs ->
            new PaymentRecord(
                Sql.getUuid(rs, "id"),
                rs.getString("reference"),
                paymentPlate(rs),
                rs.getLong("amount_minor"),
                rs.getString("cashier"),
                Sql.getInstant(rs, "occurred_at")),
        garage,
        p.from(),
        p.to());
  }

  private String paymentPlate(ResultSet rs) throws SQLException {
    return cipher.openNullable(rs.getBytes("plate_sealed"), SealedContexts.PAYMENT_PLATE);
  }

  static Instant hour(ResultSet rs, String column) throws SQLException {
    return LocalDateTime.parse(rs.getString(column), HOUR).toInstant(ZoneOffset.UTC);
  }

  private static long micros(Duration d) {
    return d.toNanos() / 1000;
  }
}
