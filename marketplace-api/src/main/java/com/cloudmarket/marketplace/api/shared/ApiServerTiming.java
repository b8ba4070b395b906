package com.cloudmarket.marketplace.api.shared;

import com.cloudmarket.marketplace.shared.infrastructure.ServerTimingFilter;
import jakarta.servlet.annotation.WebFilter;

/** {@link ServerTimingFilter} on every API request (off unless {@code marketplace.diagnostics.server-timing}). */
@WebFilter(urlPatterns = "/*")
public class ApiServerTiming extends ServerTimingFilter {
    private static final long serialVersionUID = 1L;
}
