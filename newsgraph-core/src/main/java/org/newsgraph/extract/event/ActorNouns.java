package org.newsgraph.extract.event;

import java.util.Set;

/**
 * Common nouns that name actors, by lemma: who can act or be acted upon in a political event ("perpetrators",
 * "militant groups", "the coalition"), and which of them stand for the state or organisation that modifies them
 * ("US forces" is the United States, "Hamas officials" is Hamas) rather than for a group of their own
 * ("Israeli settlers", "Iran-linked militant groups").
 */
final class ActorNouns {

    /** Nouns that name people or groups able to act. */
    static final Set<String> GROUP = Set.of(
            "group", "faction", "militant", "militia", "militiaman", "militiamen", "rebel", "insurgent", "guerrilla",
            "guerilla", "fighter", "force", "troop", "soldier", "police", "policeman", "policemen", "protester",
            "protestor", "demonstrator", "student", "worker", "civilian", "refugee", "settler", "villager", "farmer",
            "resident", "prisoner", "detainee", "hostage", "perpetrator", "attacker", "gunman", "gunmen", "assailant",
            "extremist", "jihadist", "activist", "critic", "official", "diplomat", "leader", "lawmaker",
            "legislator", "minister", "negotiator", "mediator", "delegate", "delegation", "coalition", "alliance",
            "ally", "partner", "nation", "government", "authority", "opposition", "parliament", "army", "military",
            "navy", "regime", "administration", "court", "party", "union", "company", "firm", "agency", "council",
            "committee", "commission", "movement", "tribe", "clan", "people", "monitor", "inspector", "peacekeeper",
            "personnel", "officer", "commander", "envoy", "ambassador", "president", "spokesman", "spokeswoman",
            "spokesperson", "judge", "journalist", "team", "cabinet", "ministry", "embassy", "junta", "intelligence",
            "reservist", "landowner", "businessman", "businessmen", "missionary", "national", "citizen", "youth",
            "man", "men", "woman", "women", "child", "children", "person", "member", "supporter", "side", "emir",
            "king", "chief", "general", "premier", "chancellor", "senator", "bishop", "cleric", "imam", "ruler",
            "candidate", "network", "adviser", "advisor", "fundamentalist", "islamist", "loyalist", "separatist",
            "nationalist", "dissident", "opponent", "observer", "tank", "helicopter", "warplane", "jet", "warship",
            "bulldozer", "aircraft", "representative", "staff", "suspect");

    /** Nouns that, after a country's name, mean its state: "Israeli forces", "Iraq's government". */
    static final Set<String> STATE = Set.of(
            "government", "administration", "force", "troop", "army", "military", "navy", "police", "authority",
            "official", "ministry", "parliament", "soldier", "regime", "delegation", "diplomat", "embassy", "envoy",
            "negotiator", "team", "cabinet", "intelligence", "junta", "president", "premier", "leader", "leadership",
            "spokesman", "spokeswoman", "spokesperson", "court", "policeman", "policemen", "officer", "commander",
            "minister", "ambassador", "reservist", "peacekeeper", "warship", "jet", "tank", "helicopter", "ruler",
            "warplane", "bulldozer", "aircraft", "representative");

    /** Nouns that, after an organisation's name, mean the organisation: "Hamas officials", "Hezbollah guerrillas". */
    static final Set<String> MEMBER = Set.of(
            "official", "leader", "member", "fighter", "guerrilla", "guerilla", "militant", "force", "spokesman",
            "spokeswoman", "spokesperson", "team", "delegation", "negotiator", "movement", "group", "wing",
            "commander", "chief", "leadership", "militia", "militiaman", "militiamen", "gunman", "gunmen", "troop",
            "officer", "monitor", "inspector", "personnel", "representative", "envoy", "network", "staff");

    /** Nouns too general to be an actor without a modifier ("killed 1,200 people", but "Palestinian people"). */
    static final Set<String> GENERIC = Set.of("people", "man", "men", "woman", "women", "child", "children", "person",
            "member", "side", "national", "citizen", "youth", "party", "group", "team", "force", "official",
            "leader", "minister", "president", "chief", "general", "king", "government", "authority", "court",
            "company", "firm", "union", "agency", "council", "committee", "commission", "movement", "parliament",
            "army", "military", "navy", "police", "cabinet", "administration", "regime", "ministry", "intelligence",
            "delegation", "embassy", "opposition", "personnel", "supporter", "partner", "ally", "nation", "tank",
            "helicopter", "warplane", "jet", "warship", "bulldozer", "aircraft", "network", "staff", "representative",
            "candidate", "observer");

    /** Nouns for the parties to a negotiation, whose names the article may give elsewhere. */
    static final Set<String> NEGOTIATING = Set.of("negotiator", "delegation", "delegate", "mediator");

    private ActorNouns() {}

    /** The singular of a plural noun's lemma when the tagger left it plural ("troops" as a lemma). */
    static String singular(String lemma) {
        if (GROUP.contains(lemma)) return lemma;
        if (lemma.endsWith("ies") && GROUP.contains(lemma.substring(0, lemma.length() - 3) + "y")) {
            return lemma.substring(0, lemma.length() - 3) + "y";
        }
        if (lemma.endsWith("s") && GROUP.contains(lemma.substring(0, lemma.length() - 1))) {
            return lemma.substring(0, lemma.length() - 1);
        }
        return lemma;
    }
}
