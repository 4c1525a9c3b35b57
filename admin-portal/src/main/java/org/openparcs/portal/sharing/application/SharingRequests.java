package org.openparcs.portal.sharing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.openparcs.portal.sharing.model.Agency;
import org.openparcs.portal.sharing.model.RequestForm;
import org.openparcs.portal.sharing.model.SharingRequest;

/** Requests for ALPR data, kept with their outcome (SAC 2.A.5: requests are retained). */
public interface SharingRequests {

  long store(Agency agency, RequestForm form, String status, String refusal, String by, Instant at);

  /** The request, locked until the unit of work ends (one decision at a time). */
  Optional<SharingRequest> lock(long id);

  List<SharingRequest> recent(int limit);

  void decide(
      long id,
      String status,
      String refusal,
      String by,
      Instant at,
      String commanderName,
      LocalDate commanderApprovedOn,
      int recordsShared);
}
