package org.newsgraph.extract.place;

/**
 * What an article says about where it stands besides its toponyms: the country its outlet publishes from
 * ({@link Outlet}), and the place its dateline names. Either may be null.
 */
public record Setting(String outletCountry, Mention dateline) {

    public static final Setting NONE = new Setting(null, null);
}
