package org.openparcs.controller.payment.application;

import java.util.Optional;
import org.openparcs.controller.payment.model.MerchantValidation;
import org.openparcs.controller.payment.model.PaymentReference;

/** Merchant validations given to stays. */
public interface Validations {

  Optional<MerchantValidation> byReference(PaymentReference reference);

  void save(MerchantValidation validation);
}
