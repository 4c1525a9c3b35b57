package org.openparcs.bridge.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.openparcs.bridge.io.DeviceGuard;
import org.openparcs.bridge.io.DeviceHealth;
import org.openparcs.bridge.io.DigitalInputs;
import org.openparcs.bridge.io.InputCounters;
import org.openparcs.bridge.io.IoModule;
import org.openparcs.bridge.io.IoModuleException;

/**
 * An I/O module behind our retry budget and a circuit breaker (the one place Resilience4j is used).
 * After {@link DeviceGuard#failuresToOpen()} failures in a row the module is left alone for a
 * growing pause (reconnect backoff), during which every call fails at once as unreachable; then one
 * call tries it again and a success closes the circuit.
 */
public final class GuardedIoModule implements IoModule {

  private interface Transaction<T> {
    T run() throws IoModuleException;
  }

  private final IoModule module;
  private final DeviceGuard guard;
  private final CircuitBreaker circuit;
  private final AtomicLong transactions = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  public GuardedIoModule(IoModule module, DeviceGuard guard) {
    this.module = module;
    this.guard = guard;
    this.circuit = CircuitBreaker.of(module.describe(), config(guard));
  }

  private static CircuitBreakerConfig config(DeviceGuard guard) {
    int n = guard.failuresToOpen();
    return CircuitBreakerConfig.custom()
        .slidingWindow(n, n, CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
        // Open only when every one of the last n transactions failed: one lost reply is no outage.
        .failureRateThreshold(100)
        .waitIntervalFunctionInOpenState(
            IntervalFunction.ofExponentialBackoff(guard.firstWait(), 2.0, guard.maxWait()))
        .permittedNumberOfCallsInHalfOpenState(1)
        .recordExceptions(IoModuleException.class)
        .build();
  }

  @Override
  public DigitalInputs readInputs() throws IoModuleException {
    return read(module::readInputs);
  }

  @Override
  public InputCounters readInputCounters() throws IoModuleException {
    return read(module::readInputCounters);
  }

  @Override
  public void pulseRelay(int relay) throws IoModuleException {
    once(
        () -> {
          module.pulseRelay(relay);
          return null;
        });
  }

  @Override
  public void setRelay(int relay, boolean closed) throws IoModuleException {
    once(
        () -> {
          module.setRelay(relay, closed);
          return null;
        });
  }

  /** What this module has seen of its device. */
  public DeviceHealth health() {
    return new DeviceHealth(
        circuit.getState().name(), transactions.get(), failures.get(), lastFailure.get());
  }

  @Override
  public String describe() {
    return module.describe();
  }

  @Override
  public void close() {
    module.close();
  }

  private <T> T read(Transaction<T> read) throws IoModuleException {
    IoModuleException last = null;
    for (int attempt = 0; attempt <= guard.readRetries(); attempt++) {
      try {
        return once(read);
      } catch (IoModuleException.Rejected e) {
        // The module answered: asking again gets the same exception code.
        throw e;
      } catch (IoModuleException e) {
        last = e;
        if (circuit.getState() == CircuitBreaker.State.OPEN) {
          break;
        }
      }
    }
    throw last;
  }

  private <T> T once(Transaction<T> transaction) throws IoModuleException {
    if (!circuit.tryAcquirePermission()) {
      throw new IoModuleException.Unreachable(
          module.describe(),
          "not contacted while its circuit is open after repeated failures (last: "
              + lastFailure.get()
              + ")",
          null);
    }
    transactions.incrementAndGet();
    long start = System.nanoTime();
    try {
      T result = transaction.run();
      circuit.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      return result;
    } catch (IoModuleException e) {
      failures.incrementAndGet();
      lastFailure.set(e.kind() + ": " + e.getMessage());
      circuit.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, e);
      throw e;
    } catch (RuntimeException e) {
      circuit.releasePermission();
      throw e;
    }
  }
}
