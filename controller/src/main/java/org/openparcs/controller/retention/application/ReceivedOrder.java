package org.openparcs.controller.retention.application;

import org.openparcs.controller.retention.model.PurgeOrder;

/**
 * An order as it came from the portal: parsed, and the document it was parsed from (what a
 * signature, when orders are signed, is checked against).
 */
public record ReceivedOrder(PurgeOrder order, String document) {}
