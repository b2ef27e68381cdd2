package org.newsgraph.server;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Host names the server answers to. A page on any web site can make a browser send requests to a loopback
 * address under the site's own name (DNS rebinding) and read the answers as same-origin; checking the Host header
 * defeats that, since the browser sends the attacker's name. By default only loopback names are answered: localhost,
 * 127.0.0.1 and [::1], plus the address the server is bound to when it is a specific one.
 */
final class HostCheck {

    static final List<String> LOOPBACK = List.of("localhost", "127.0.0.1", "::1");

    private final Set<String> allowed;

    HostCheck(String bound, List<String> extra) {
        Set<String> a = new LinkedHashSet<>(LOOPBACK);
        String b = bare(bound);
        if (!b.isEmpty() && !b.equals("0.0.0.0") && !b.equals("::")) a.add(b);
        for (String e : extra) a.add(bare(e));
        this.allowed = Set.copyOf(a);
    }

    /** True for a Host header naming an allowed host (any port); an absent header (HTTP/1.0) is let through. */
    boolean allows(String hostHeader) {
        if (hostHeader == null || hostHeader.isEmpty()) return true;
        return allowed.contains(bare(hostHeader));
    }

    String allowedList() {
        return String.join(", ", new java.util.TreeSet<>(allowed));
    }

    /** The host without port or IPv6 brackets, lower-cased. */
    static String bare(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 ? h.substring(1, end) : h;
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && h.indexOf(':', colon + 1) < 0) h = h.substring(0, colon); // name:port, not a bare IPv6
        if (h.endsWith(".")) h = h.substring(0, h.length() - 1);
        return h;
    }
}
