package org.newsgraph.nlp.rules;

import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.Analysis;

/** One correction of the tagger's entity mentions: a pure function of the analysis. */
@FunctionalInterface
public interface EntityRule extends UnaryOperator<Analysis> {

    /**
     * The rules in the order they run: span fixes first, then types. One type per string within an article is the
     * tagger's own second pass now (a rule forcing it cost 0.55 F1 on CoNLL++ dev).
     */
    static List<EntityRule> standard() {
        return List.of(new ArabicParticles(), new Patronymics(), new CountryPrefixSplit(), new OrganisationPlaceSuffix(),
                new DefinedAcronyms(), new AgeApposition(), new SeatsOfGovernment(), new GroupNouns(),
                new GazetteerPlaces());
    }

    static Analysis applyAll(Analysis a) {
        for (EntityRule r : standard()) a = r.apply(a);
        return a;
    }
}
