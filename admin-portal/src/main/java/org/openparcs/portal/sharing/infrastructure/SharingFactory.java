package org.openparcs.portal.sharing.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.openparcs.policy.model.JurisdictionProfile;
import org.openparcs.portal.audit.application.RecordAuditEntry;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.common.infrastructure.Jdbc;
import org.openparcs.portal.garage.infrastructure.OverviewSettings;
import org.openparcs.portal.protection.infrastructure.EventPlates;
import org.openparcs.portal.protection.infrastructure.FreeText;
import org.openparcs.portal.sharing.application.Agencies;
import org.openparcs.portal.sharing.application.DecideSharingRequest;
import org.openparcs.portal.sharing.application.ExportSharedRecords;
import org.openparcs.portal.sharing.application.ListSharing;
import org.openparcs.portal.sharing.application.SaveAgency;
import org.openparcs.portal.sharing.application.SharedRecords;
import org.openparcs.portal.sharing.application.SharingRequests;
import org.openparcs.portal.sharing.application.SubmitSharingRequest;
import org.openparcs.portal.sharing.model.SharingPolicy;
import org.openparcs.protection.PlateCipher;
import org.openparcs.protection.PlateLookup;

/** Wires sharing with agencies under the deployment's profile. */
@Factory
class SharingFactory {

  @Singleton
  Agencies agencies(Jdbc jdbc, PlateCipher cipher) {
    return new JdbcAgencies(jdbc, new FreeText(cipher));
  }

  @Singleton
  SharingRequests sharingRequests(Jdbc jdbc, PlateCipher cipher) {
    return new JdbcSharingRequests(jdbc, cipher);
  }

  @Singleton
  SharedRecords sharedRecords(
      Jdbc jdbc, PlateCipher cipher, PlateLookup lookup, EventPlates plates) {
    return new JdbcSharedRecords(jdbc, cipher, lookup, plates);
  }

  @Singleton
  SharingPolicy sharingPolicy(JurisdictionProfile profile) {
    return new SharingPolicy(profile);
  }

  @Singleton
  SaveAgency saveAgency(
      Agencies agencies, RecordAuditEntry audit, UnitOfWork unitOfWork, Clock clock) {
    return new SaveAgency(agencies, audit, unitOfWork, clock);
  }

  @Singleton
  SubmitSharingRequest submitSharingRequest(
      Agencies agencies,
      SharingRequests requests,
      SharingPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new SubmitSharingRequest(agencies, requests, policy, audit, unitOfWork, clock);
  }

  @Singleton
  DecideSharingRequest decideSharingRequest(
      SharingRequests requests,
      SharedRecords records,
      SharingPolicy policy,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock,
      OverviewSettings settings) {
    return new DecideSharingRequest(
        requests, records, policy, audit, unitOfWork, clock, settings.zone());
  }

  @Singleton
  ListSharing listSharing(Agencies agencies, SharingRequests requests, UnitOfWork unitOfWork) {
    return new ListSharing(agencies, requests, unitOfWork);
  }

  @Singleton
  ExportSharedRecords exportSharedRecords(
      SharingRequests requests,
      SharedRecords records,
      RecordAuditEntry audit,
      UnitOfWork unitOfWork,
      Clock clock) {
    return new ExportSharedRecords(requests, records, audit, unitOfWork, clock);
  }
}
