package org.openparcs.portal.identity.application;

import java.util.function.Function;
import org.openparcs.identity.SignedRequests;

/**
 * What a request shows of itself for its signature check: method, raw path with query, body and
 * headers by name (null when absent).
 */
public record SignedCall(
    String method, String pathAndQuery, byte[] body, Function<String, String> header) {

  /** Whether the caller tried to sign at all (any signature header present). */
  public boolean signed() {
    return header.apply(SignedRequests.KEY_ID) != null
        || header.apply(SignedRequests.SIGNATURE) != null;
  }
}
