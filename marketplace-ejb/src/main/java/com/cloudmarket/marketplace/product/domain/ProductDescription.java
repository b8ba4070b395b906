package com.cloudmarket.marketplace.product.domain;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * A product description is HTML the provider writes and every customer's browser renders, so it is reduced to basic
 * formatting before it is stored: scripts, event handlers, styles, frames and javascript: links never reach a page.
 */
public final class ProductDescription {

    private static final Safelist SAFELIST = new Safelist()
            .addTags("p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup", "small", "blockquote", "code", "pre",
                    "hr", "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "a")
            .addAttributes("a", "href", "title")
            .addProtocols("a", "href", "http", "https", "mailto")
            // links leave the marketplace without passing on its ranking or a handle on the opening window
            .addEnforcedAttribute("a", "rel", "nofollow noopener");

    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private ProductDescription() {
    }

    /** The safe subset of {@code html}; plain text passes through with {@code <}, {@code >} and {@code &} escaped. */
    public static String sanitised(String html) {
        if (html == null) {
            return null;
        }
        return Jsoup.clean(html, "", SAFELIST, OUTPUT).strip();
    }
}
