package org.newsgraph.export;

import java.util.List;

/** Tab-separated rows whose fields never hold a tab or a line break, and sub-fields free of GDELT's delimiters. */
final class Tsv {

    private Tsv() {}

    static String row(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append('\t');
            String f = fields.get(i);
            if (f != null) b.append(f.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '));
        }
        return b.toString();
    }

    /** A value inside a GDELT list field: none of # ; , | which delimit its parts. */
    static String part(String s) {
        if (s == null) return "";
        return s.replace('#', ' ').replace(';', ' ').replace(',', ' ').replace('|', ' ').replace('\t', ' ')
                .replace('\n', ' ').replace('\r', ' ').strip();
    }

    /** A place's full name inside a GDELT location field: commas stay ("Rafah, Gaza Strip, Palestine"). */
    static String name(String s) {
        if (s == null) return "";
        return s.replace('#', ' ').replace(';', ' ').replace('|', ' ').replace('\t', ' ').replace('\n', ' ')
                .replace('\r', ' ').strip();
    }

    static String num(Double d) {
        return d == null ? "" : String.format(java.util.Locale.ROOT, "%.4f", d);
    }
}
