package org.openparcs.controller.reconciliation.infrastructure;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.openparcs.controller.reconciliation.model.GarageRecords.MerchantHour;
import org.openparcs.controller.reconciliation.model.GarageRecords.ValidationOnStay;
import org.openparcs.controller.reconciliation.model.Period;
import org.openparcs.controller.shared.infrastructure.Sql;
import org.openparcs.controller.tariff.infrastructure.DiscountRows;
import org.openparcs.controller.tariff.model.Discount;

/** Questions about merchant validations. */
final class SqlValidationRecords {

  private final Connection c;
  private final String garage;

  SqlValidationRecords(Connection c, String garage) {
    this.c = c;
    this.garage = garage;
  }

  List<ValidationOnStay> misfitValidations(Period p) {
    return Rows.list(
        c,
        "validations that do not fit their stay",
        "SELECT * FROM (SELECT v.id, v.session_id, v.merchant, v.validated_at, s.entered_at,"
            + " s.exited_at, s.permit_id, s.tariff_version, (SELECT COUNT(*) FROM validation w"
            + " WHERE w.session_id = v.session_id AND w.merchant = v.merchant) AS same"
            + " FROM validation v JOIN parking_session s ON s.id = v.session_id"
            + " WHERE v.garage_id = ? AND v.validated_at >= ? AND v.validated_at < ?) x"
            + " WHERE permit_id IS NOT NULL OR validated_at < entered_at"
            + " OR (exited_at IS NOT NULL AND validated_at > exited_at) OR same > 1",
        rs ->
            new ValidationOnStay(
                Sql.getUuid(rs, "id"),
                Sql.getUuid(rs, "session_id"),
                rs.getString("merchant"),
                Sql.getInstant(rs, "validated_at"),
                Sql.getInstant(rs, "entered_at"),
                Sql.getInstant(rs, "exited_at"),
                Sql.getUuid(rs, "permit_id"),
                rs.getString("tariff_version"),
                rs.getInt("same")),
        garage,
        p.from(),
        p.to());
  }

  List<MerchantHour> merchantValidationsByHour(Instant from, Instant to) {
    return Rows.list(
        c,
        "validations per merchant",
        "SELECT merchant, DATE_FORMAT(validated_at, '%Y-%m-%d %H:00:00') AS h, COUNT(*) AS n"
            + " FROM validation WHERE garage_id = ? AND validated_at >= ? AND validated_at < ?"
            + " GROUP BY merchant, h",
        rs ->
            new MerchantHour(
                rs.getString("merchant"), SqlMoneyRecords.hour(rs, "h"), rs.getLong("n")),
        garage,
        from,
        to);
  }

  List<UUID> validationsOf(String merchant, Instant from, Instant to) {
    return Rows.list(
        c,
        "a merchant's validations",
        "SELECT id FROM validation WHERE garage_id = ? AND merchant = ? AND validated_at >= ?"
            + " AND validated_at < ? ORDER BY validated_at",
        rs -> Sql.getUuid(rs, "id"),
        garage,
        merchant,
        from,
        to);
  }

  List<Discount> discountsOf(UUID sessionId) {
    return Rows.list(
        c,
        "a stay's validations",
        "SELECT "
            + DiscountRows.COLUMNS
            + " FROM validation WHERE session_id = ?"
            + " ORDER BY validated_at",
        DiscountRows::discount,
        sessionId);
  }
}
