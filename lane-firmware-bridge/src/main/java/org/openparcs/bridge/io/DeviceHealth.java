package org.openparcs.bridge.io;

/**
 * What a guarded I/O module has seen of its device, for operators and metrics.
 *
 * @param circuit {@code CLOSED} (talking to the module), {@code OPEN} (pausing after failures) or
 *     {@code HALF_OPEN} (trying it again)
 * @param transactions transactions attempted since start
 * @param failures failed transactions since start
 * @param lastFailure the last failure ({@code kind: message}), or null
 */
public record DeviceHealth(String circuit, long transactions, long failures, String lastFailure) {}
