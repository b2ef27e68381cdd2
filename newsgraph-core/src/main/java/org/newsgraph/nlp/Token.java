package org.newsgraph.nlp;

/**
 * One token of an analysed text.
 *
 * @param index position in the document's token list
 * @param text  the token as written in the text ({@code text.substring(start, end)} for tokens of running text)
 * @param lemma its lemma
 * @param pos   its Penn Treebank part-of-speech tag
 * @param ner   its coarse entity label: PERSON, ORGANIZATION, LOCATION, MISC, a numeric or time label, or O
 * @param start character offset of its first character
 * @param end   character offset after its last character
 */
public record Token(int index, String text, String lemma, String pos, String ner, int start, int end) {

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }
}
