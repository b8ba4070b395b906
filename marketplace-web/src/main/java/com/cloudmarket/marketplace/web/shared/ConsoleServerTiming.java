package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.infrastructure.ServerTimingFilter;
import jakarta.servlet.annotation.WebFilter;

/** {@link ServerTimingFilter} on every console page (off unless {@code marketplace.diagnostics.server-timing}). */
@WebFilter(urlPatterns = "/*")
public class ConsoleServerTiming extends ServerTimingFilter {
    private static final long serialVersionUID = 1L;
}
