package org.openparcs.portal.hotlist.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.hotlist.application.AddHotListEntry;
import org.openparcs.portal.hotlist.application.DisposeHit;
import org.openparcs.portal.hotlist.application.Hits;
import org.openparcs.portal.hotlist.application.HotLists;
import org.openparcs.portal.hotlist.application.ImportHotList;
import org.openparcs.portal.hotlist.application.ListHits;
import org.openparcs.portal.hotlist.application.ListHotLists;
import org.openparcs.portal.hotlist.application.ManageHotLists;
import org.openparcs.portal.hotlist.application.ReviewHotListEntry;
import org.openparcs.portal.hotlist.application.ShowHit;
import org.openparcs.portal.ingest.application.HitAlerts;
import org.openparcs.portal.plate.application.PlateReads;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Wires hot lists, their matching at ingest and the hits. */
@Factory
class HotListFactory {

  @Singleton
  HotLists hotLists(Jdbc jdbc, PlateCipher cipher, PlateLookup lookup) {
    return new JdbcHotLists(jdbc, cipher, lookup);
  }

  @Singleton
  Hits hits(Jdbc jdbc, PlateCipher cipher) {
    return new JdbcHits(jdbc, cipher);
  }

  @Singleton
  HitAlerts hitAlerts(
      Jdbc jdbc, JurisdictionProfile profile, PlateCipher cipher, PlateLookup lookup) {
    return new JdbcHitAlerts(jdbc, profile.hotListRefreshHours(), cipher, lookup);
  }

  @Singleton
  ManageHotLists manageHotLists(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ManageHotLists(lists, audit, unitOfWork, clock);
  }

  @Singleton
  AddHotListEntry addHotListEntry(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new AddHotListEntry(lists, audit, unitOfWork, clock);
  }

  @Singleton
  ReviewHotListEntry reviewHotListEntry(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ReviewHotListEntry(lists, audit, unitOfWork, clock);
  }

  @Singleton
  ImportHotList importHotList(
      HotLists lists, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ImportHotList(lists, audit, unitOfWork, clock);
  }

  @Singleton
  ListHotLists listHotLists(
      HotLists lists, UnitOfWork unitOfWork, Clock clock, JurisdictionProfile profile) {
    return new ListHotLists(lists, unitOfWork, clock, profile.hotListRefreshHours());
  }

  @Singleton
  ListHits listHits(
      Hits hits, PlateReads reads, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ListHits(hits, reads, audit, unitOfWork, clock);
  }

  @Singleton
  ShowHit showHit(Hits hits, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new ShowHit(hits, audit, unitOfWork, clock);
  }

  @Singleton
  DisposeHit disposeHit(Hits hits, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new DisposeHit(hits, audit, unitOfWork, clock);
  }
}
