package com.cloudmarket.marketplace.shared.infrastructure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.eclipse.microprofile.config.ConfigProvider;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * With {@code marketplace.diagnostics.server-timing=true}, every response says what it cost in a standard
 * {@code Server-Timing} header: {@code db;desc="3 statements, 1 in a transaction", app;dur=4.2}. Browsers' developer
 * tools show it, and the benchmarks read the statement count of each list from it. A page runs its queries while it
 * renders, after the header could no longer be set, so the response is held in memory until the request ends: that is
 * why it is off by default, and why it is a diagnostics switch, not a production setting. Each WAR registers a
 * subclass.
 */
public class ServerTimingFilter extends HttpFilter {

    public static final String SETTING = "marketplace.diagnostics.server-timing";
    private static final long serialVersionUID = 1L;

    private boolean enabled;

    @Override
    public void init() {
        enabled = ConfigProvider.getConfig().getOptionalValue(SETTING, Boolean.class).orElse(false);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!enabled) {
            chain.doFilter(request, response);
            return;
        }
        long started = System.nanoTime();
        // no reset here: the container authenticated the caller on this thread before the filter, and those
        // statements belong to the request too; the previous request on this thread took its own at its end
        HeldResponse held = new HeldResponse(response);
        // on an exception the held body is dropped: the container's error page replaces it, as without the filter
        chain.doFilter(request, held);
        StatementCount.Taken statements = StatementCount.takeCurrentThread();
        if (!response.isCommitted()) {
            response.setHeader("Server-Timing", header(statements, System.nanoTime() - started));
        }
        held.release();
    }

    /** Concatenated: {@code String.format} was over 1 % of the server's samples in a profile of transitions. */
    static String header(StatementCount.Taken statements, long nanos) {
        long tenthsOfMillis = Math.round(nanos / 1e5);
        return "db;desc=\"" + statements.statements() + " statements, " + statements.inTransaction()
                + " in a transaction\", app;dur=" + tenthsOfMillis / 10 + "." + tenthsOfMillis % 10;
    }

    /** Keeps the body until the filter has set the header; errors and redirects go through at once. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("held responses are written synchronously");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void resetBuffer() {
            body.reset();
        }

        @Override
        public void reset() {
            super.reset();
            body.reset();
        }

        void release() throws IOException {
            flushBuffer();
            if (body.size() == 0) {
                return;
            }
            if (!getResponse().isCommitted()) {
                getResponse().setContentLength(body.size());
            }
            body.writeTo(getResponse().getOutputStream());
        }
    }
}
