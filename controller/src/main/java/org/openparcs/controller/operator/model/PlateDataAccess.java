package org.openparcs.controller.operator.model;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One access to plate data at this garage (POLICY T1): when, who and their department, from where,
 * what was asked (method, path and query: the terms searched) and for what purpose.
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
    String resource,
    String purpose,
    Instant accessedAt) {

  static final int MAX_RESOURCE = 1000;

  public PlateDataAccess {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(accessedAt, "accessedAt");
    if (!via.equals("session") && !via.equals("portal")) {
      throw new IllegalArgumentException("via is session or portal");
    }
    department = department == null ? "" : department;
    ip = ip == null ? "" : ip;
    resource = resource.length() > MAX_RESOURCE ? resource.substring(0, MAX_RESOURCE) : resource;
    purpose = purpose == null || purpose.isBlank() ? "" : purpose;
  }
}
