package org.newsgraph.nlp;

/**
 * A named-entity mention: PERSON, ORGANIZATION, LOCATION or MISC, over tokens {@code [firstToken, endToken)}
 * and characters {@code [start, end)}.
 */
public record Mention(String text, String type, int start, int end, int firstToken, int endToken) {

    public Mention withType(String newType) {
        return new Mention(text, newType, start, end, firstToken, endToken);
    }

    public boolean overlaps(int s, int e) {
        return start < e && s < end;
    }
}
