package org.newsgraph.server;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code burst} requests at once, then {@code perSecond} a
 * second. Buckets idle long enough to be full again are forgotten when the map grows, so that many
 * clients cannot grow it without bound.
 */
final class RateLimit {

    private static final int FORGET_ABOVE = 10_000;

    private final double burst;
    private final double perSecond;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }

    /** @param perSecond 0 turns the limit off */
    RateLimit(int burst, double perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    boolean enabled() {
        return perSecond > 0;
    }

    /** Takes a token for the client; false when it has none left. */
    boolean allow(String client) {
        if (!enabled()) return true;
        long now = System.nanoTime();
        if (buckets.size() > FORGET_ABOVE) forgetFull(now);
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens < 1) return false;
            b.tokens -= 1;
            return true;
        }
    }

    /** Seconds until the client has a token again, at least 1. */
    long retryAfterSeconds() {
        return Math.max(1, (long) Math.ceil(1 / perSecond));
    }

    private void forgetFull(long now) {
        double refill = burst / perSecond * 1e9;
        buckets.entrySet().removeIf(e -> now - e.getValue().last > refill);
    }
}
