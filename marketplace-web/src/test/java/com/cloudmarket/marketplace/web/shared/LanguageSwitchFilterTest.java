package com.cloudmarket.marketplace.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguageSwitchFilterTest {

    @Test
    void dropsOnlyTheLanguageParameter() {
        assertEquals("", LanguageSwitchFilter.withoutLanguage(null));
        assertEquals("", LanguageSwitchFilter.withoutLanguage("lang=en"));
        assertEquals("to=%2B86+138", LanguageSwitchFilter.withoutLanguage("to=%2B86+138&lang=en"));
        assertEquals("to=1&language=x", LanguageSwitchFilter.withoutLanguage("la%6Eg=zh-CN&to=1&language=x&lang"));
    }

    @Test
    void redirectsToTheSamePageOfThisSite() {
        assertEquals("/operator/sms-outbox.xhtml?to=138",
                LanguageSwitchFilter.samePage(request("", "/operator/sms-outbox.xhtml", "lang=en&to=138")));
        // a doubled slash would make a protocol-relative URL to another host; it must stay a path here
        assertEquals("/evil.example/login.xhtml",
                LanguageSwitchFilter.samePage(request("", "//evil.example/login.xhtml", "lang=en")));
        assertEquals("/console/login.xhtml", LanguageSwitchFilter.samePage(request("/console", "/login.xhtml", "lang=en")));
    }

    private static HttpServletRequest request(String contextPath, String servletPath, String query) {
        Map<String, String> answers = Map.of("getContextPath", contextPath, "getServletPath", servletPath,
                "getQueryString", query);
        return (HttpServletRequest) Proxy.newProxyInstance(LanguageSwitchFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> answers.get(method.getName()));
    }
}
