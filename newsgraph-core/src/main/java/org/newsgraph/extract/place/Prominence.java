package org.newsgraph.extract.place;

/**
 * What a bare name means with no context: a country or continent over anything else ("Georgia" is the country),
 * then a world region or sea, then a capital over a larger namesake, then the bigger place. Population is log-scaled so that context can
 * overturn it: a town of 20,000 in the article's country beats a city of 2 million abroad only with evidence.
 */
final class Prominence implements Evidence {

    @Override
    public double weigh(GeoEntry c, Mention m, Scene scene) {
        return switch (c.kind()) {
            case COUNTRY -> 9 + Math.log10(c.population() + 1) / 10;
            case CONTINENT -> 9;
            // "the Gulf", "Middle East": the world region over a town of that name; a region inside one country
            // ("West Coast") counts like a state, so that the article's country decides among namesakes
            case REGION -> c.country() == null ? 8 : 5.5;
            case ADMIN1 -> 5.5 + Math.log10(c.population() + 1) / 10;
            // a county weighs like a town of a tenth of its people: the seat that shares its name ("Deir al-Balah"),
            // or a town of that name, is more often meant
            case ADMIN2 -> Math.log10(c.population() + 1) - 1;
            case CITY -> Math.log10(c.population() + 1) + switch (c.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 0.5;
                default -> 0;
            } - otherName(c, m);
        };
    }

    /**
     * What reading a town by a name other than its own costs: little for a short form ("Washington" for
     * "Washington, D.C.") or another spelling ("Khan Younis"), more for another name altogether: an exonym
     * ("Antwerp") is as likely as not a former or foreign name ("Salisbury" was Harare), so that a town that
     * bears the name itself wins with a little help from the article.
     */
    static double otherName(GeoEntry c, Mention m) {
        String name = Names.fold(c.name()), said = Names.fold(m.text());
        if (name.equals(said)) return 0;
        if (name.startsWith(said + " ") || Names.skeleton(c.name()).equals(Names.skeleton(m.text()))) return 0.3;
        return 1.5;
    }
}
