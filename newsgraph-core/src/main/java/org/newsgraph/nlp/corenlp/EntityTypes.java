package org.newsgraph.nlp.corenlp;

/** CoreNLP's entity labels to our four types; everything else (numbers, dates, titles) to O. */
final class EntityTypes {

    private EntityTypes() {}

    static String coarse(String ner) {
        if (ner == null) return "O";
        return switch (ner) {
            case "PERSON" -> "PERSON";
            case "ORGANIZATION" -> "ORGANIZATION";
            case "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE" -> "LOCATION";
            case "MISC", "NATIONALITY", "RELIGION", "IDEOLOGY" -> "MISC";
            default -> "O";
        };
    }
}
