package org.newsgraph.extract.place;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * GeoNames places bundled with newsgraph (see NOTICE): 140k populated places with the other names of the larger
 * ones, countries, first- and second-level areas, and the continents, regions and seas we list ourselves, looked
 * up by folded name. Loaded once per JVM; immutable and thread-safe after that.
 */
public final class Gazetteer {

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    private final Map<String, List<GeoEntry>> byName = new HashMap<>();
    private final Map<String, List<GeoEntry>> citiesBySkeleton = new HashMap<>();
    private final Map<String, GeoEntry> countries = new HashMap<>();
    private final Map<String, GeoEntry> admin1 = new HashMap<>();
    private final Map<String, GeoEntry> admin2 = new HashMap<>();
    private final Map<String, GeoEntry> continents = new HashMap<>();
    private final Map<String, GeoEntry> regions = new HashMap<>();
    private final Map<Long, GeoEntry> byId = new java.util.LinkedHashMap<>();
    private final Map<String, GeoEntry> demonyms = new HashMap<>();
    private final Map<String, String> iso3 = new HashMap<>();

    private Gazetteer() {}

    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /** Entries whose name, or other name, folds to the same key as {@code name}; never a fuzzy match. */
    public List<GeoEntry> named(String name) {
        return byName.getOrDefault(Names.fold(name), List.of());
    }

    /** Populated places whose consonant skeleton equals the name's: for transliteration variants only. */
    public List<GeoEntry> soundingLike(String name) {
        String k = Names.skeleton(name);
        return k.length() < 3 ? List.of() : citiesBySkeleton.getOrDefault(k, List.of());
    }

    /** The country or continent a nationality word names ("Iraqi" -> Iraq), if it is one. */
    public Optional<GeoEntry> demonym(String word) {
        return Optional.ofNullable(demonyms.get(Names.fold(word)));
    }

    public boolean isDemonym(String word) {
        return demonyms.containsKey(Names.fold(word));
    }

    public Optional<GeoEntry> country(String iso2) {
        return Optional.ofNullable(countries.get(iso2));
    }

    /** ISO 3166-1 alpha-3 code of a country given by its alpha-2 code, or null. */
    public String iso3(String iso2) {
        return iso3.get(iso2);
    }

    /** The first-level area of an entry, by its country and admin1 code. */
    public Optional<GeoEntry> admin1Of(GeoEntry e) {
        return e.admin1() == null ? Optional.empty() : Optional.ofNullable(admin1.get(e.country() + "." + e.admin1()));
    }

    public Optional<GeoEntry> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every populated place, in the bundled order (by GeoNames id). */
    public java.util.Collection<GeoEntry> cities() {
        return java.util.Collections.unmodifiableCollection(byId.values());
    }

    private static Gazetteer load() {
        Gazetteer g = new Gazetteer();
        g.read("countries.tsv", false, f -> {
            GeoEntry e = new GeoEntry(Long.parseLong(f[2]), f[3], GeoEntry.Kind.COUNTRY, f[0], null, "PCLI",
                    Long.parseLong(f[6]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            g.countries.put(f[0], e);
            g.iso3.put(f[0], f[1]);
            g.add(f[3], e);
            g.add(f[1], e);   // ISO alpha-3: "USA", "GBR"
        });
        g.read("admin1.tsv", false, f -> {
            GeoEntry e = new GeoEntry(null, f[2], GeoEntry.Kind.ADMIN1, f[0], f[1], "ADM1",
                    Long.parseLong(f[5]), Double.parseDouble(f[3]), Double.parseDouble(f[4]));
            g.admin1.put(f[0] + "." + f[1], e);
            g.add(f[2], e);
            AreaNames.bare(f[2]).ifPresent(n -> g.add(n, e));
        });
        g.read("admin2.tsv.gz", true, f -> {
            GeoEntry e = new GeoEntry(null, f[3], GeoEntry.Kind.ADMIN2, f[0], f[1], "ADM2",
                    Long.parseLong(f[6]), Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            g.admin2.put(f[0] + "." + f[1] + "." + f[2], e);
            g.add(f[3], e);
            AreaNames.bare(f[3]).ifPresent(n -> g.add(n, e));
        });
        g.read("regions.tsv", false, f -> {
            GeoEntry e = new GeoEntry(null, f[0], GeoEntry.Kind.REGION, f[4].isEmpty() ? null : f[4], null, f[1], 0,
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            g.regions.put(f[0], e);
            g.add(f[0], e);
        });
        g.read("continents.tsv", false, f -> {
            GeoEntry e = new GeoEntry(Long.parseLong(f[1]), f[0], GeoEntry.Kind.CONTINENT, null, null, "CONT", 0,
                    Double.parseDouble(f[2]), Double.parseDouble(f[3]));
            g.continents.put(f[0], e);
            g.add(f[0], e);
        });
        g.read("cities.tsv.gz", true, f -> {
            GeoEntry e = new GeoEntry(Long.parseLong(f[0]), f[1], GeoEntry.Kind.CITY, f[2], f[4].isEmpty() ? null : f[4],
                    f[3], Long.parseLong(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]));
            g.byId.put(e.id(), e);
            g.add(f[1], e);
            // "Washington, D.C." is also "Washington"; "New York City" is also "New York"
            int comma = f[1].indexOf(',');
            if (comma > 0) g.add(f[1].substring(0, comma), e);
            if (f[1].endsWith(" City") && f[1].length() > 8) g.add(f[1].substring(0, f[1].length() - 5), e);
            g.citiesBySkeleton.computeIfAbsent(Names.skeleton(f[1]), k -> new ArrayList<>(2)).add(e);
        });
        // exonyms and other spellings of the larger places: "Ciudad Juarez", "Antwerp"
        g.read("alternates.tsv.gz", true, f -> {
            GeoEntry e = g.byId.get(Long.parseLong(f[0]));
            if (e != null) g.add(f[1], e);
        });
        g.read("aliases.tsv", false, f -> {
            GeoEntry e = g.target(f[1]);
            if (e == null) throw new IllegalStateException("alias " + f[0] + " names nothing in the gazetteer");
            g.add(f[0], e);
        });
        g.read("demonyms.tsv", false, f -> {
            GeoEntry e = g.target(f[1]);
            if (e == null) throw new IllegalStateException("demonym " + f[0] + " names nothing in the gazetteer");
            g.demonyms.put(Names.fold(f[0]), e);
        });
        return g;
    }

    /** country:ISO2, admin1:CC.CODE, admin2:CC.CODE.CODE, region:Name, continent:Name, or a GeoNames id. */
    private GeoEntry target(String ref) {
        if (ref.startsWith("country:")) return countries.get(ref.substring(8));
        if (ref.startsWith("admin1:")) return admin1.get(ref.substring(7));
        if (ref.startsWith("admin2:")) return admin2.get(ref.substring(7));
        if (ref.startsWith("region:")) return regions.get(ref.substring(7));
        if (ref.startsWith("continent:")) return continents.get(ref.substring(10));
        return byId.get(Long.parseLong(ref));
    }

    private void add(String name, GeoEntry e) {
        List<GeoEntry> list = byName.computeIfAbsent(Names.fold(name), k -> new ArrayList<>(2));
        if (!list.contains(e)) list.add(e);
    }

    private void read(String resource, boolean gzip, Consumer<String[]> row) {
        try (InputStream raw = Gazetteer.class.getResourceAsStream(resource)) {
            if (raw == null) throw new IllegalStateException("gazetteer resource missing: " + resource);
            InputStream in = gzip ? new GZIPInputStream(raw, 1 << 16) : raw;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isEmpty() || line.startsWith("#")) continue;
                row.accept(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer resource " + resource, e);
        }
    }
}
