package org.newsgraph.extract.place;

/**
 * What an article says about where it stands besides its toponyms: the country its outlet publishes from
 * ({@link Outlet}), the place its dateline names and the state or country the dateline puts it in. Any may be null.
 */
public record Setting(String outletCountry, Mention dateline, Mention datelineRegion) {

    public static final Setting NONE = new Setting(null, null, null);
}
