package com.cloudmarket.marketplace.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * An Ajax postback on a console page whose session has ended is redirected to the login page by the login mechanism;
 * the browser's XMLHttpRequest follows that redirect itself and would get the page as an Ajax answer, which PrimeFaces
 * drops silently. This answers such a request with a Faces Ajax redirect instead, so the browser shows the login page.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.REQUEST)
public class AjaxLoginRedirectFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || !"partial/ajax".equals(request.getHeader("Faces-Request"))) {
            chain.doFilter(request, response);
            return;
        }
        response.setContentType("text/xml");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                + request.getContextPath() + "/login.xhtml\"/></partial-response>");
    }
}
