package org.newsgraph.extract.quote;

/**
 * Who a source mention refers to: the canonical name (or the noun phrase for groups and unnamed sources),
 * whether the source is unnamed on purpose, and what kind of referent it is, which later pronouns need.
 */
public record Speaker(String name, boolean anonymous, Kind kind) {

    public enum Kind { PERSON, ORGANIZATION, GROUP, UNKNOWN }
}
