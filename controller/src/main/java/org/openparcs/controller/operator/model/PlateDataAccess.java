package org.openparcs.controller.operator.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to plate data at this garage (POLICY T1): when, who and their department, from where,
 * what was asked (method, path and query: the terms searched) and for what purpose. The query can
 * name a plate ({@code /api/permits?plate=...}), so it is kept sealed (POLICY K1).
 *
 * @param via {@code session} (an operator's console session) or {@code portal} (a request signed
 *     with the portal's key; viewer is then {@code portal:<key id>})
 */
public record PlateDataAccess(
    UUID id,
    String viewer,
    String department,
    String via,
    String ip,
    String method,
    String path,
    String query,
    String purpose,
    Instant accessedAt) {

  static final int MAX_QUERY = 1000;

  public PlateDataAccess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(accessedAt, "accessedAt");
    if (!via.equals("session") && !via.equals("portal")) {
      throw new IllegalArgumentException("via is session or portal");
    }
    department = department == null ? "" : department;
    ip = ip == null ? "" : ip;
    Objects.requireNonNull(path, "path");
    query = query == null ? "" : query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
    purpose = purpose == null || purpose.isBlank() ? "" : purpose;
  }

  /** What was asked: the path, and the query when there is one. */
  public String resource() {
    return query.isEmpty() ? path : path + "?" + query;
  }
}
