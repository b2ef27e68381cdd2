package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsgraph.export.ArticleJson;
import org.newsgraph.store.query.Paged;

/**
 * The API's JSON. Article text is untrusted: besides being served as application/json with nosniff,
 * {@code < > &} and the JavaScript line separators are written as \\u escapes, so that no response
 * can close a script element or be read as markup even if it were ever inlined into a page.
 */
final class Json {

    private static final ObjectMapper MAPPER = ArticleJson.mapper().copy();

    static {
        MAPPER.getFactory().setCharacterEscapes(new SafeEscapes());
    }

    private Json() {}

    static void send(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static void ok(Context ctx, Object body) {
        send(ctx, 200, body);
    }

    /** A page of a list: {items, offset, limit, more}, plus any extra fields. */
    static Map<String, Object> page(Paged<?> paged, int limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", paged.items());
        m.put("offset", paged.offset());
        m.put("limit", limit);
        m.put("more", paged.more());
        return m;
    }

    static Map<String, Object> error(int status, String message) {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("status", status);
        inner.put("message", message);
        return Map.of("error", inner);
    }

    static String write(Object body) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class SafeEscapes extends CharacterEscapes {
        private final int[] table = standardAsciiEscapesForJSON();

        SafeEscapes() {
            table['<'] = ESCAPE_STANDARD;
            table['>'] = ESCAPE_STANDARD;
            table['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return table;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            if (ch == 0x2028) return new SerializedString("\\u2028");
            if (ch == 0x2029) return new SerializedString("\\u2029");
            return null;
        }
    }
}
