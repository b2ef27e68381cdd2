package org.newsgraph.extract.figure;

import java.util.Set;

/**
 * Numbers that label a place in a document or a list: "page 5", "p. 12", "Article 5", "paragraph 3",
 * "No. 7", "Chapter 11", "item 4".
 */
final class PageNumbers implements Exclusion {

    private static final Set<String> LABELS = Set.of("page", "pages", "p", "pp", "chapter", "section", "paragraph",
            "para", "article", "clause", "verse", "line", "footnote", "volume", "vol", "issue", "no", "nos",
            "number", "item", "annex", "appendix", "table", "figure", "fig", "exhibit", "resolution", "rule");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null || q.vague()) return false;
        int i = q.first() - 1;
        if (p.wordIs(i, ".")) i--;
        Word label = p.word(i);
        return label != null && LABELS.contains(label.lower()) && !Exclusions.countedNounAfter(p, q);
    }
}
