package org.openparcs.portal.sharing.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.protection.infrastructure.SealedContexts;
import org.openparcs.portal.sharing.application.SharingRequests;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.AgencyKind;
import org.openparcs.portal.sharing.model.RequestForm;
import org.openparcs.portal.sharing.model.SharingRequest;
import org.openparcs.protection.PlateCipher;

/**
 * Requests in table {@code sharing_request}, with their agency; the plates asked, the reason and a
 * denial's reason (free text) are sealed (K1).
 */
final class JdbcSharingRequests implements SharingRequests {

  private static final String SELECT =
      "SELECT r.*, a.name, a.kind, a.state, a.standing_access FROM sharing_request r"
          + " JOIN sharing_agency a ON a.id = r.agency_id ";

  private static final String TABLE = "sharing_request";

  private final Jdbc jdbc;
  private final PlateCipher cipher;
  private final FreeText text;

  JdbcSharingRequests(Jdbc jdbc, PlateCipher cipher) {
    this.jdbc = jdbc;
    this.cipher = cipher;
    this.text = new FreeText(cipher);
  }

  @Override
  public long store(
      Agency agency, RequestForm f, String status, String refusal, String by, Instant at) {
    jdbc.update(
        "INSERT INTO sharing_request (agency_id, requester_name, requester_contact, on_behalf_of,"
            + " reason_sealed, crime_type, case_number, plates_sealed, from_day, to_day, entered_by,"
            + " entered_at, status, refusal_sealed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        s -> {
          s.setLong(1, agency.id());
          s.setString(2, f.requesterName().strip());
          s.setString(3, f.requesterContact().strip());
          s.setString(4, blankToNull(f.onBehalfOf(), 200));
          s.setBytes(5, text.seal(TABLE, "reason", f.reason().strip()));
          s.setString(6, blankToNull(f.crimeType(), 100));
          s.setString(7, blankToNull(f.caseNumber(), 64));
          s.setBytes(
              8, cipher.seal(String.join(",", f.plateList()), SealedContexts.SHARING_REQUEST));
          s.setObject(9, f.from());
          s.setObject(10, f.to());
          s.setString(11, by);
          s.setObject(12, Jdbc.toColumn(at));
          s.setString(13, status);
          s.setBytes(14, text.seal(TABLE, "refusal", refusal == null ? null : cut(refusal, 500)));
        });
    return jdbc.query("SELECT LAST_INSERT_ID()", s -> {}, r -> r.getLong(1)).get(0);
  }

  @Override
  public Optional<SharingRequest> lock(long id) {
    return jdbc
        .query(SELECT + "WHERE r.id = ? FOR UPDATE", s -> s.setLong(1, id), this::request)
        .stream()
        .findFirst();
  }

  @Override
  public List<SharingRequest> recent(int limit) {
    return jdbc.query(
        SELECT + "ORDER BY r.id DESC LIMIT ?", s -> s.setInt(1, limit), this::request);
  }

  @Override
  public void decide(
      long id,
      String status,
      String refusal,
      String by,
      Instant at,
      String commanderName,
      LocalDate commanderApprovedOn,
      int recordsShared) {
    jdbc.update(
        "UPDATE sharing_request SET status = ?, refusal_sealed = ?, decided_by = ?, decided_at = ?,"
            + " commander_name = ?, commander_approved_on = ?, records_shared = ? WHERE id = ?",
        s -> {
          s.setString(1, status);
          s.setBytes(2, text.seal(TABLE, "refusal", refusal == null ? null : cut(refusal, 500)));
          s.setString(3, by);
          s.setObject(4, Jdbc.toColumn(at));
          s.setString(5, commanderName);
          s.setObject(6, commanderApprovedOn);
          s.setInt(7, recordsShared);
          s.setLong(8, id);
        });
  }

  private SharingRequest request(ResultSet r) throws SQLException {
    Agency agency =
        new Agency(
            r.getLong("agency_id"),
            r.getString("name"),
            AgencyKind.valueOf(r.getString("kind")),
            r.getString("state"),
            r.getBoolean("standing_access"));
    RequestForm form =
        new RequestForm(
            agency.id(),
            r.getString("requester_name"),
            r.getString("requester_contact"),
            r.getString("on_behalf_of"),
            text.read(r, TABLE, "reason"),
            r.getString("crime_type"),
            r.getString("case_number"),
            cipher.open(r.getBytes("plates_sealed"), SealedContexts.SHARING_REQUEST),
            r.getObject("from_day", LocalDate.class),
            r.getObject("to_day", LocalDate.class));
    return new SharingRequest(
        r.getLong("id"),
        agency,
        form,
        r.getString("entered_by"),
        Jdbc.instant(r, "entered_at"),
        r.getString("status"),
        text.read(r, TABLE, "refusal"),
        r.getString("decided_by"),
        Jdbc.instant(r, "decided_at"),
        r.getString("commander_name"),
        r.getObject("commander_approved_on", LocalDate.class),
        r.getInt("records_shared"));
  }

  private static String blankToNull(String s, int max) {
    return s == null || s.isBlank() ? null : cut(s.strip(), max);
  }

  private static String cut(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
