package com.cloudmarket.marketplace.web.shared;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Handles the header's language links ({@code ?lang=en}) on any page with a plain GET, so switching works even where no
 * form or view state exists (login after a timeout, error pages), then redirects to the same address without the parameter.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class LanguageSwitchFilter extends HttpFilter {

    static final String PARAMETER = "lang";

    private static final long serialVersionUID = 1L;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // reading parameters of a POST would consume the body Faces still needs
        String language = "GET".equals(request.getMethod()) ? request.getParameter(PARAMETER) : null;
        if (language == null) {
            chain.doFilter(request, response);
            return;
        }
        localeSelection.choose(language);
        response.sendRedirect(samePage(request));
    }

    /** Built from the servlet path, never the raw URI, so a path like {@code //host/x.xhtml} cannot redirect off-site. */
    static String samePage(HttpServletRequest request) {
        String path = request.getContextPath() + request.getServletPath();
        String query = withoutLanguage(request.getQueryString());
        return "/" + path.replaceFirst("^/+", "") + (query.isEmpty() ? "" : "?" + query);
    }

    static String withoutLanguage(String query) {
        if (query == null || query.isEmpty()) {
            return "";
        }
        return Arrays.stream(query.split("&"))
                .filter(pair -> !pair.isEmpty() && !PARAMETER.equals(name(pair)))
                .collect(Collectors.joining("&"));
    }

    private static String name(String pair) {
        int equals = pair.indexOf('=');
        String raw = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
