package org.newsgraph.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * In front of everything the server answers, static files included: the security headers on the response, then the
 * Host check ({@link HostCheck}); a request for a host not served is answered 403 with a JSON message.
 */
final class Guard extends Handler.Wrapper {

    private final HostCheck hosts;

    Guard(Handler inner, HostCheck hosts) {
        super(inner);
        this.hosts = hosts;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        SecurityHeaders.ALL.forEach((k, v) -> response.getHeaders().put(k, v));
        String host = request.getHeaders().get(HttpHeader.HOST);
        if (!hosts.allows(host)) {
            String message = "this server does not answer for host " + clip(host) + " (it answers for "
                    + hosts.allowedList() + "; serve --allow-host NAME adds one)";
            response.setStatus(403);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.write(true, ByteBuffer.wrap(Json.write(Json.error(403, message)).getBytes(StandardCharsets.UTF_8)),
                    callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    private static String clip(String s) {
        String t = s.replaceAll("[^\\x21-\\x7e]", "?");
        return t.length() > 80 ? t.substring(0, 80) + "..." : t;
    }
}
