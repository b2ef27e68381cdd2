package org.newsgraph.extract.event;

/**
 * One act a sentence reports, before the article's rules name its actors: its PLOVER type and mode, the words that
 * report it (tokens [cueFirst, cueEnd) of sentence {@code sentence}), and who did it to whom as far as the sentence
 * tells (null where it does not).
 *
 * @param nominal    reported by a noun ("US strikes on ...", "a raid on ...") rather than a verb
 * @param anaphoric  a noun that points back to an act told before ("Those strikes") and names no actor itself
 */
public record Act(String type, String mode, int sentence, int cueFirst, int cueEnd, Party source, Party target,
                  boolean nominal, boolean anaphoric) {

    Act withSource(Party p) {
        return new Act(type, mode, sentence, cueFirst, cueEnd, p, target, nominal, anaphoric);
    }

    Act withTarget(Party p) {
        return new Act(type, mode, sentence, cueFirst, cueEnd, source, p, nominal, anaphoric);
    }

    Act withActors(Party s, Party t) {
        return new Act(type, mode, sentence, cueFirst, cueEnd, s, t, nominal, false);
    }

    Act asAnaphoric(boolean a) {
        return new Act(type, mode, sentence, cueFirst, cueEnd, source, target, nominal, a);
    }
}
