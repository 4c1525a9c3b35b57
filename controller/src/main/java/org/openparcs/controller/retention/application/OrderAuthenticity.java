package org.openparcs.controller.retention.application;

import org.openparcs.controller.retention.model.OrderCheck;

/**
 * Whether an order really comes from the portal. The seam for signed purge orders: an
 * implementation that verifies the portal's signature over {@link ReceivedOrder#document()}
 * replaces the default, and {@link AcceptPurgeOrder} asks it before anything is purged.
 */
public interface OrderAuthenticity {

  OrderCheck verify(ReceivedOrder order);
}
