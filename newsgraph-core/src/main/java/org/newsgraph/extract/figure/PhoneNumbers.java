package org.newsgraph.extract.figure;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers: "+1 202 555 0100", "(202) 555-0100", "555-0100", "0800 555 0199" (three groups, seven digits), or any number right after "phone", "call",
 * "hotline", "tel", "fax", "WhatsApp".
 */
final class PhoneNumbers implements Exclusion {

    private static final Pattern PHONE = Pattern.compile(
            "(?:\\+\\d{1,3}[\\s.-]?)?(?:\\(\\d{2,4}\\)[\\s.-]?)?\\d{2,4}[\\s.-]\\d{3,4}(?:[\\s.-]\\d{2,4})?");
    private static final Pattern CUE = Pattern.compile(
            "(?i)\\b(?:phone|telephone|tel|call|calling|hotline|fax|whatsapp|dial|number)\\b(?:\\s+(?:on|at|number|is))?[\\s:.]*\\+?$");

    @Override
    public boolean excludes(Passage p, Quantity q) {
        if (q.unit() != null || q.vague() || !p.words().get(q.first()).digits()) return false;
        int start = q.start(p.words());
        int end = q.end(p.words());
        if (CUE.matcher(p.before(q, 24)).find()) return true;
        Matcher m = PHONE.matcher(p.text()).region(Math.max(p.sentence().start(), start - 20),
                Math.min(p.sentence().end(), end + 20));
        while (m.find()) {
            if (m.start() > end || m.end() < start) continue;
            long digits = m.group().chars().filter(Character::isDigit).count();
            boolean separated = m.group().matches(".*\\d[\\s.-]\\d.*") && !m.group().contains(",");
            boolean signed = m.group().startsWith("+") || m.group().contains("(") || m.group().matches(".*\\d{3}-\\d{4}.*");
            boolean grouped = m.group().split("[\\s.-]+").length >= 3;
            if (digits >= 7 && separated && (signed || grouped)) return true;
        }
        return false;
    }
}
