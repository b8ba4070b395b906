package com.cloudmarket.marketplace.web.product;

/** How product codes look on a page beyond their texts ({@code product.status.<code>} …): the colour of a status. */
public final class ProductLabels {

    private ProductLabels() {
    }

    /** PrimeFaces tag severity of a product status or a revision's review status; null for none. */
    public static String severity(String status) {
        return switch (status == null ? "" : status) {
            case "ON_SALE", "APPROVED" -> "success";
            case "IN_REVIEW", "PENDING" -> "warning";
            case "REJECTED" -> "danger";
            // PrimeFaces tags know no grey: a delisted product is coloured by its style class (tag-DELISTED)
            case "DELISTED" -> null;
            default -> "info";
        };
    }
}
