package org.openparcs.portal.protection.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openparcs.db.BackupSettings;
import org.openparcs.db.backup.DecisionJournal;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateKeys;
import org.openparcs.protection.PlateLookup;
import org.openparcs.protection.Rekey;
import org.openparcs.protection.SealedColumn;

/**
 * Wires plate protection (POLICY K1): the key ring from {@code parcs.protection.*} (a missing or
 * malformed key stops the start with a message naming the setting), the cipher, the lookup hash and
 * the re-key over every sealed column of the portal.
 */
@Factory
class ProtectionFactory {

  @Singleton
  PlateKeys plateKeys(ProtectionSettings s) {
    return PlateKeys.fromConfiguration(
        "parcs.protection", s.dataKeys(), s.currentDataKey(), s.lookupKeys(), s.currentLookupKey());
  }

  @Singleton
  PlateCipher plateCipher(PlateKeys keys) {
    return new PlateCipher(keys);
  }

  @Singleton
  PlateLookup plateLookup(PlateKeys keys) {
    return new PlateLookup(keys);
  }

  @Singleton
  EventPlates eventPlates(JsonMapper json, PlateCipher cipher, PlateLookup lookup) {
    return new EventPlates(json, cipher, lookup);
  }

  @Singleton
  PortalRekey portalRekey(
      Jdbc jdbc,
      UnitOfWork unitOfWork,
      PlateKeys keys,
      PlateCipher cipher,
      PlateLookup lookup,
      EventPlates events,
      JsonMapper json,
      ProtectionSettings settings,
      BackupSettings backup) {
    int batch = settings.rekeyBatch();
    Optional<DecisionJournal> journal =
        backup.journalDir() == null || backup.journalDir().isBlank()
            ? Optional.empty()
            : Optional.of(SealedJournal.in(Path.of(backup.journalDir()), cipher));
    return new PortalRekey(
        new ClearPlates(jdbc, unitOfWork, cipher, lookup, events, batch),
        new Rekey(keys),
        columns(jdbc, unitOfWork, cipher, events),
        batch,
        journal);
  }

  private static List<SealedColumn> columns(
      Jdbc jdbc, UnitOfWork unitOfWork, PlateCipher cipher, EventPlates events) {
    List<SealedColumn> columns = new ArrayList<>(plateColumns(jdbc, unitOfWork, cipher, events));
    for (FreeText.Column c : FreeText.COLUMNS) {
      columns.add(
          plain(jdbc, unitOfWork, cipher, c.table(), c.id(), c.sealed(), null, c.context()));
    }
    return columns;
  }

  @Singleton
  FreeText freeText(PlateCipher cipher) {
    return new FreeText(cipher);
  }

  private static List<SealedColumn> plateColumns(
      Jdbc jdbc, UnitOfWork unitOfWork, PlateCipher cipher, EventPlates events) {
    return List.of(
        new JdbcSealedColumn(
            jdbc,
            unitOfWork,
            cipher,
            shape(
                "received_event",
                "row_no",
                "plate_fields",
                "plate_hash",
                "plate_hash IS NOT NULL",
                SealedContexts.EVENT_PLATES),
            opened -> EventPlates.lookupPlate(events.parseOpened(opened))),
        new JdbcSealedColumn(
            jdbc,
            unitOfWork,
            cipher,
            shape(
                "received_event",
                "row_no",
                "plate_fields",
                null,
                "plate_hash IS NULL",
                SealedContexts.EVENT_PLATES),
            opened -> opened),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "hot_list_entry",
            "id",
            "plate_sealed",
            "plate_hash",
            SealedContexts.HOT_LIST_ENTRY),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "hot_list_hit",
            "id",
            "plate_sealed",
            "plate_hash",
            SealedContexts.HOT_LIST_HIT),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "shared_record",
            "row_no",
            "plate_sealed",
            "plate_hash",
            SealedContexts.SHARED_RECORD),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "sharing_request",
            "id",
            "plates_sealed",
            null,
            SealedContexts.SHARING_REQUEST),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "legal_hold",
            "id",
            "target_sealed",
            "target_hash",
            SealedContexts.LEGAL_HOLD),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "audit_terms",
            "record_id",
            "sealed",
            null,
            SealedContexts.AUDIT_TERMS),
        plain(
            jdbc,
            unitOfWork,
            cipher,
            "audit_detail",
            "record_id",
            "sealed",
            null,
            SealedContexts.AUDIT_DETAIL));
  }

  private static JdbcSealedColumn plain(
      Jdbc jdbc,
      UnitOfWork unitOfWork,
      PlateCipher cipher,
      String table,
      String id,
      String sealed,
      String hash,
      String context) {
    return new JdbcSealedColumn(
        jdbc, unitOfWork, cipher, shape(table, id, sealed, hash, null, context), v -> v);
  }

  private static JdbcSealedColumn.Shape shape(
      String table, String id, String sealed, String hash, String filter, String context) {
    return new JdbcSealedColumn.Shape(table, id, sealed, hash, filter, context);
  }
}
