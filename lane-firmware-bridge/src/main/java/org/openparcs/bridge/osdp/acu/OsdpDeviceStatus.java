package org.openparcs.bridge.osdp.acu;

/**
 * What the controller has seen of one peripheral, for operators and metrics.
 *
 * @param online true once the PD answered its ID request, false after failures in a row
 * @param identity the PD's ID ({@code vendor .. model .. serial ..}), or null before the first
 * @param exchanges exchanges attempted since start, retries included
 * @param failures failed exchanges since start
 * @param lastFailure the last failure ({@code kind: message}), or null
 */
public record OsdpDeviceStatus(
    boolean online, String identity, long exchanges, long failures, String lastFailure) {}
