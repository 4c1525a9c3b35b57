package org.openparcs.controller.identity.infrastructure;

import javax.net.ssl.SSLContext;

/** The TLS context every outgoing call to another machine uses (see {@link MachineTls}). */
public record MachineTlsContext(SSLContext context) {}
