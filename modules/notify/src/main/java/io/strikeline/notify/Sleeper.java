package io.strikeline.notify;

import java.time.Duration;

/** Waits between retries; interruptible, so closing the service never waits out a backoff. */
@FunctionalInterface
public interface Sleeper {

    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
