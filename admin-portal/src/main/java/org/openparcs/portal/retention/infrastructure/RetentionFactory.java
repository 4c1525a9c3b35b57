package org.openparcs.portal.retention.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.openparcs.db.BackupSettings;
import org.openparcs.policy.model.EffectivePolicy;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.Background;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.protection.infrastructure.SealedJournal;
import org.openparcs.portal.retention.application.BeginPurge;
import org.openparcs.portal.retention.application.ConfirmPurgeOrder;
import org.openparcs.portal.retention.application.ExecutePurge;
import org.openparcs.portal.retention.application.ExpiredData;
import org.openparcs.portal.retention.application.FetchPurgeOrders;
import org.openparcs.portal.retention.application.LegalHolds;
import org.openparcs.portal.retention.application.ListLegalHolds;
import org.openparcs.portal.retention.application.PlaceLegalHold;
import org.openparcs.portal.retention.application.PurgeOrders;
import org.openparcs.portal.retention.application.PurgeRuns;
import org.openparcs.portal.retention.application.ReleaseLegalHold;
import org.openparcs.portal.retention.application.RetentionJournal;
import org.openparcs.portal.retention.application.ShowPurgeRuns;
import org.openparcs.portal.retention.application.StartPurge;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Wires retention: holds, purges and purge orders. */
@Factory
class RetentionFactory {

  @Singleton
  LegalHolds legalHolds(Jdbc jdbc, PlateCipher cipher, PlateLookup lookup) {
    return new JdbcLegalHolds(jdbc, cipher, lookup);
  }

  @Singleton
  ExpiredData expiredData(Jdbc jdbc) {
    return new JdbcExpiredData(jdbc);
  }

  @Singleton
  PurgeRuns purgeRuns(Jdbc jdbc) {
    return new JdbcPurgeRuns(jdbc);
  }

  @Singleton
  PurgeOrders purgeOrders(Jdbc jdbc, JsonMapper json, PlateCipher cipher) {
    return new JdbcPurgeOrders(jdbc, json, cipher);
  }

  @Singleton
  RetentionJournal retentionJournal(BackupSettings backup, PlateCipher cipher) {
    if (backup.journalDir() == null || backup.journalDir().isBlank()) {
      return decision -> {};
    }
    // Lines sealed with the portal's keys (POLICY K1): they name held plates, cases and reasons.
    return new FileRetentionJournal(SealedJournal.in(Path.of(backup.journalDir()), cipher));
  }

  @Singleton
  PlaceLegalHold placeLegalHold(
      LegalHolds holds,
      RetentionJournal journal,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new PlaceLegalHold(holds, journal, audit, unitOfWork, clock);
  }

  @Singleton
  ReleaseLegalHold releaseLegalHold(
      LegalHolds holds,
      RetentionJournal journal,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ReleaseLegalHold(holds, journal, audit, unitOfWork, clock);
  }

  @Singleton
  ListLegalHolds listLegalHolds(LegalHolds holds, UnitOfWork unitOfWork) {
    return new ListLegalHolds(holds, unitOfWork);
  }

  @Singleton
  BeginPurge beginPurge(
      PurgeRuns runs, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new BeginPurge(runs, audit, unitOfWork, clock);
  }

  @Singleton
  ExecutePurge executePurge(
      EffectivePolicy policy,
      ExpiredData data,
      LegalHolds holds,
      PurgeRuns runs,
      PurgeOrders orders,
      RetentionJournal journal,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      RetentionJobSettings settings) {
    return new ExecutePurge(
        policy, data, holds, runs, orders, journal, audit, unitOfWork, clock, settings.chunk());
  }

  @Singleton
  StartPurge startPurge(
      BeginPurge begin, ExecutePurge execute, Background background, Clock clock) {
    return new StartPurge(begin, execute, background, clock);
  }

  @Singleton
  ShowPurgeRuns showPurgeRuns(PurgeRuns runs, UnitOfWork unitOfWork) {
    return new ShowPurgeRuns(runs, unitOfWork);
  }

  @Singleton
  FetchPurgeOrders fetchPurgeOrders(PurgeOrders orders, UnitOfWork unitOfWork) {
    return new FetchPurgeOrders(orders, unitOfWork);
  }

  @Singleton
  ConfirmPurgeOrder confirmPurgeOrder(
      PurgeOrders orders, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ConfirmPurgeOrder(orders, audit, unitOfWork, clock);
  }
}
