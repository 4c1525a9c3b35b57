package org.openparcs.portal.common.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every answer: no framing (clickjacking), no content sniffing, scripts and
 * styles only from the portal itself, forms only posting back to it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter {

  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    response.header(
        "Content-Security-Policy",
        "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'");
    response.header("X-Frame-Options", "DENY");
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "same-origin");
  }
}
