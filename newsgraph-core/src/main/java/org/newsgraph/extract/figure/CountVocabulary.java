package org.newsgraph.extract.figure;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a figure can count, and the words that say so. The kinds map onto GDELT's count types where GDELT has
 * one (killed: KILL, wounded: WOUND, hostages: KIDNAP, arrested: ARREST, protesters: PROTEST, displaced and
 * missing: AFFECT) and go beyond them (troops, fighters, attacks, strikes, population, money, rate).
 * docs/FIGURES.md holds the table.
 */
public final class CountVocabulary {

    /** Our kinds with the GDELT count type each maps onto, or null where GDELT has none. */
    public static final Map<String, String> GDELT = new java.util.LinkedHashMap<>();

    static {
        GDELT.put("killed", "KILL");
        GDELT.put("wounded", "WOUND");
        GDELT.put("casualties", "KILL");
        GDELT.put("missing", "AFFECT");
        GDELT.put("hostages", "KIDNAP");
        GDELT.put("prisoners", "ARREST");
        GDELT.put("arrested", "ARREST");
        GDELT.put("displaced", "AFFECT");
        GDELT.put("protesters", "PROTEST");
        GDELT.put("troops", null);
        GDELT.put("fighters", null);
        GDELT.put("attacks", null);
        GDELT.put("strikes", null);
        GDELT.put("population", null);
        GDELT.put("money", null);
        GDELT.put("rate", null);
        GDELT.put("other", null);
    }

    private static final Map<String, String> NOUNS = new HashMap<>();

    static {
        nouns("killed", "dead", "death", "deaths", "fatality", "fatalities", "body", "bodies", "corpse", "corpses");
        nouns("wounded", "wounded", "injured", "injury", "injuries");
        nouns("casualties", "casualty", "casualties");
        nouns("missing", "missing");
        nouns("hostages", "hostage", "hostages", "captive", "captives", "abductee", "abductees");
        nouns("prisoners", "prisoner", "prisoners", "detainee", "detainees", "inmate", "inmates", "POWs");
        nouns("arrested", "arrest", "arrests");
        nouns("displaced", "displaced", "refugee", "refugees", "evacuee", "evacuees");
        nouns("protesters", "protester", "protesters", "protestor", "protestors", "demonstrator",
                "demonstrators", "marchers");
        nouns("troops", "troop", "troops", "soldier", "soldiers", "servicemen", "personnel", "marine", "marines",
                "reservist", "reservists", "peacekeeper", "peacekeepers", "sailors", "paratroopers");
        nouns("fighters", "fighter", "fighters", "militant", "militants", "combatant", "combatants", "insurgent",
                "insurgents", "militiaman", "militiamen", "gunman", "gunmen", "terrorist", "terrorists", "rebel",
                "rebels", "jihadist", "jihadists", "operative", "operatives");
        nouns("attacks", "attack", "attacks", "assault", "assaults", "raid", "raids", "ambush", "ambushes",
                "bombing", "bombings", "incursion", "incursions");
        nouns("strikes", "strike", "strikes", "airstrike", "airstrikes", "missile", "missiles", "rocket",
                "rockets", "drone", "drones", "shell", "shells", "bomb", "bombs", "projectile", "projectiles",
                "sortie", "sorties");
        nouns("population", "population", "residents", "inhabitants");
    }

    /** Words before a number that say what happened to what it counts: "Hamas killed some 1,200". */
    private static final Map<String, String> CUES = new HashMap<>();

    static {
        cues("killed", "killed", "killing", "kill", "kills", "eliminated", "eliminating", "neutralised", "neutralized", "slain", "slew",
                "murdered", "massacred", "executed", "died", "dead", "perished", "toll");
        cues("wounded", "wounded", "wounding", "injured", "injuring", "hurt", "maimed");
        cues("missing", "missing");
        cues("hostages", "abducted", "abducting", "kidnapped", "kidnapping");
        cues("prisoners", "captured", "capturing");
        cues("arrested", "arrested", "arresting", "detained", "detaining");
        cues("displaced", "displaced", "displacing", "uprooted", "fled", "evacuated");
    }

    /** Words that may sit between a counted noun and its verb: "six Palestinians were reportedly killed". */
    static final Set<String> AUXILIARIES = Set.of("were", "was", "have", "has", "had", "been", "being", "are", "is",
            "reportedly", "also", "later", "all", "now", "since", "already", "allegedly", "confirmed");

    private CountVocabulary() {}

    private static void nouns(String kind, String... words) {
        for (String w : words) NOUNS.put(w.toLowerCase(java.util.Locale.ROOT), kind);
    }

    private static void cues(String kind, String... words) {
        for (String w : words) CUES.put(w, kind);
    }

    /** The kind a noun counts ("soldiers": troops), or null. */
    public static String noun(String lower) {
        return NOUNS.get(lower);
    }

    /** The kind an event word stands for ("killed": killed), or null. */
    public static String cue(String lower) {
        return CUES.get(lower);
    }
}
