package org.newsgraph.nlp.rules;

import java.util.List;
import java.util.function.UnaryOperator;
import org.newsgraph.nlp.Analysis;

/** One correction of the tagger's entity mentions: a pure function of the analysis. */
@FunctionalInterface
public interface EntityRule extends UnaryOperator<Analysis> {

    /** The rules in the order they run: span fixes first, then types, then one type per string. */
    static List<EntityRule> standard() {
        return List.of(new ArabicParticles(), new Patronymics(), new CountryPrefixSplit(), new OrganisationPlaceSuffix(),
                new DefinedAcronyms(), new AgeApposition(), new SeatsOfGovernment(), new GroupNouns(),
                new GazetteerPlaces(), new DocumentConsistency());
    }

    static Analysis applyAll(Analysis a) {
        for (EntityRule r : standard()) a = r.apply(a);
        return a;
    }
}
