package org.openparcs.portal.identity.application;

import java.util.Optional;
import org.openparcs.identity.RequestVerifier;
import org.openparcs.identity.Verification;
import org.openparcs.portal.common.application.UnitOfWork;
import org.openparcs.portal.garage.application.AdmitGarage;
import org.openparcs.portal.garage.model.GarageAccess;
import org.openparcs.portal.garage.model.GarageAdmissionPolicy;
import org.openparcs.portal.garage.model.GarageId;
import org.openparcs.portal.garage.model.GarageToken;

/**
 * Who is calling on behalf of a garage. A signed request is checked against the garage keys (replay
 * window, nonce used once, signature over method, path, body); its key must belong to the garage in
 * the path: a garage may only report for itself. A garage with an active key must sign; a garage
 * not enrolled yet may still present its bearer token (the transition to keys).
 */
public final class AuthenticateGarage {

  private final RequestVerifier verifier;
  private final GarageKeys keys;
  private final AdmitGarage tokens;
  private final UnitOfWork unitOfWork;
  private final boolean tokensAllowed;

  public AuthenticateGarage(
      RequestVerifier verifier,
      GarageKeys keys,
      AdmitGarage tokens,
      UnitOfWork unitOfWork,
      boolean tokensAllowed) {
    this.verifier = verifier;
    this.keys = keys;
    this.tokens = tokens;
    this.unitOfWork = unitOfWork;
    this.tokensAllowed = tokensAllowed;
  }

  /**
   * @param claimed the garage id in the path as sent
   * @param token the bearer token, if the request has one
   */
  public GarageAccess authenticate(String claimed, SignedCall call, Optional<GarageToken> token) {
    GarageId garage = GarageId.isValid(claimed) ? new GarageId(claimed) : null;
    if (call.signed()) {
      Verification v =
          unitOfWork.inTransaction(
              () ->
                  verifier.verify(call.method(), call.pathAndQuery(), call.body(), call.header()));
      return v.match(
          ok ->
              garage != null && ok.owner().equals(garage.value())
                  ? new GarageAccess.Admitted(garage)
                  : new GarageAccess.Forbidden(
                      "key "
                          + ok.keyId()
                          + " belongs to another garage; a garage may only report for itself"),
          refused -> new GarageAccess.Unauthenticated(refused.reason()));
    }
    if (garage == null) {
      return GarageAdmissionPolicy.decide(null, token, Optional.empty());
    }
    if (token.isPresent()
        && (!tokensAllowed || unitOfWork.reading(() -> keys.hasActiveKey(garage)))) {
      return new GarageAccess.Unauthenticated(
          "this garage must sign its requests with its enrolled key (Parcs-Signature)");
    }
    return tokens.admit(garage, token);
  }
}
