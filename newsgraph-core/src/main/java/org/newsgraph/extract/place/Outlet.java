package org.newsgraph.extract.place;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The country an outlet publishes from, as its web address's country-code domain says (".ca", ".co.uk",
 * ".com.au"): local news names local places bare ("London" in a paper of London, Ontario), so a town in the
 * outlet's country is the likelier reading of an ambiguous name. Generic domains (.com, .net, .org) and the
 * country codes sold as generic ones (.tv, .io, .co, .me) say nothing.
 */
final class Outlet {

    private static final java.util.Set<String> GENERIC = java.util.Set.of("tv", "io", "co", "me", "fm", "am", "ai",
            "ly", "to", "cc", "ws", "gg", "eu");

    private Outlet() {}

    /** The ISO 3166 code of the country the address's domain names, if it names one. */
    static Optional<String> country(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String host;
        try {
            host = URI.create(url.strip().replace(" ", "%20")).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) return Optional.empty();
        int dot = host.lastIndexOf('.');
        String tld = host.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (tld.length() != 2 || GENERIC.contains(tld)) return Optional.empty();
        return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    }
}
