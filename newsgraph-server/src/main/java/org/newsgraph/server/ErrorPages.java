package org.newsgraph.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error pages (a request it cannot parse, a header too large, a URI it refuses) with the security headers
 * every other response carries, and without the server's version or a stack trace.
 */
final class ErrorPages extends ErrorHandler {

    ErrorPages() {
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        SecurityHeaders.ALL.forEach((k, v) -> response.getHeaders().put(k, v));
        super.generateResponse(request, response, code, message, null, callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
