package com.cloudmarket.marketplace.product.domain;

import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The product's transitions, legal and illegal, without a database. */
class ProductLifecycleTest {

    private static final Instant T = Instant.parse("2026-03-02T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-05T10:00:00Z");

    static ProductContent content(String name, String price) {
        return new ProductContent(ProductType.SOFTWARE_SERVICE, name, "s", null, "c",
                List.of(new ProductContent.Plan("年付", Money.cny(new BigDecimal(price)))),
                new ProductContent.ServiceContact("王强", "13800000001", "a@b.cn"), null,
                new ProductContent.SoftwareTerms("1.0", "PERPETUAL"), null);
    }

    private final Product product = new Product(10000001L, ProductType.SOFTWARE_SERVICE, "CRM", T);

    private ProductRevision draft(String name, String price) {
        ProductRevision r = product.revisionToEdit(null, content(name, price), T);
        product.draftSaved(r, T);
        return r;
    }

    private ProductRevision onSale() {
        ProductRevision r = draft("CRM", "100.00");
        product.submitted(r, 1, T, DUE);
        product.approved(r, T);
        return r;
    }

    @Test
    void aNewProductGoesThroughReviewOnSale() {
        ProductRevision r = draft("CRM", "100.00");
        assertEquals(ProductStatus.DRAFT, product.status());
        assertEquals(ProductRevisionStatus.DRAFT, product.revisionStatus());
        assertNull(product.live());
        assertSame(r, product.revisionToSubmit(r, T));
        product.submitted(r, 7, T, DUE);
        assertEquals(ProductStatus.IN_REVIEW, product.status());
        assertEquals(ProductRevisionStatus.PENDING, r.status());
        assertEquals(DUE, product.revisionDueAt());
        assertFalse(r.relist());
        product.approved(r, T);
        assertEquals(ProductStatus.ON_SALE, product.status());
        assertEquals(content("CRM", "100.00"), product.live());
        assertEquals(ProductRevisionStatus.APPROVED, r.status());
        assertNull(product.revisionStatus());
        assertEquals(new BigDecimal("100.00"), product.fromPrice());
    }

    @Test
    void aRejectedNewProductNeedsAnEditBeforeItsNextReview() {
        ProductRevision r = draft("CRM", "100.00");
        product.submitted(r, 7, T, DUE);
        product.rejected(r, "资料不全", T);
        assertEquals(ProductStatus.REJECTED, product.status());
        assertEquals(ProductRevisionStatus.REJECTED, product.revisionStatus());
        assertEquals("资料不全", r.submission().reason());
        assertThrows(ConflictException.class, () -> product.revisionToSubmit(r, T), "nothing to submit");
        ProductRevision next = product.revisionToEdit(r, content("CRM 2", "100.00"), T);
        assertFalse(next == r, "a decided revision is history; the edit opens a new one");
        product.draftSaved(next, T);
        product.submitted(next, 8, T, DUE);
        assertEquals(ProductStatus.IN_REVIEW, product.status());
    }

    @Test
    void anOnSaleProductKeepsItsLiveContentWhileAChangeIsInReviewAndAfterARejection() {
        onSale();
        ProductRevision change = product.revisionToEdit(null, content("CRM", "200.00"), T);
        product.draftSaved(change, T);
        assertEquals(ProductStatus.ON_SALE, product.status(), "an edit does not change the status");
        product.submitted(change, 2, T, DUE);
        assertEquals(ProductStatus.ON_SALE, product.status());
        assertEquals(content("CRM", "100.00"), product.live());
        assertThrows(ConflictException.class, () -> product.revisionToEdit(change, content("x", "1.00"), T),
                "a pending revision is frozen");
        assertThrows(ConflictException.class, () -> product.revisionToSubmit(change, T), "already in review");
        product.rejected(change, "价格不合理", T);
        assertEquals(ProductStatus.ON_SALE, product.status());
        assertEquals(content("CRM", "100.00"), product.live());
        assertThrows(ConflictException.class, () -> product.rejected(change, "again", T), "decided once");
    }

    @Test
    void delistingAndRelistingWithoutChanges() {
        onSale();
        product.delist(T);
        assertEquals(ProductStatus.DELISTED, product.status());
        assertEquals(T, product.delistedAt());
        assertThrows(ConflictException.class, () -> product.delist(T), "only ON_SALE can be delisted");
        ProductRevision relist = product.revisionToSubmit(null, T);
        assertEquals(product.live(), relist.content(), "the live content resubmitted");
        product.submitted(relist, 3, T, DUE);
        assertTrue(relist.relist());
        assertEquals(ProductStatus.DELISTED, product.status(), "delisted until approved");
        product.approved(relist, T);
        assertEquals(ProductStatus.ON_SALE, product.status());
        assertNull(product.delistedAt());
    }

    @Test
    void aChangeSubmittedBeforeDelistingIsApprovedWithoutRelisting() {
        onSale();
        ProductRevision change = product.revisionToEdit(null, content("CRM Pro", "100.00"), T);
        product.draftSaved(change, T);
        product.submitted(change, 4, T, DUE);
        product.delist(T);
        product.approved(change, T);
        assertEquals(ProductStatus.DELISTED, product.status());
        assertEquals("CRM Pro", product.live().name());
        assertEquals("CRM Pro", product.name());
    }

    @Test
    void aRejectedRelistStaysDelisted() {
        onSale();
        product.delist(T);
        ProductRevision edited = product.revisionToEdit(null, content("CRM 新版", "100.00"), T);
        product.draftSaved(edited, T);
        assertEquals("CRM", product.name(), "lists show the live name while there is one");
        product.submitted(edited, 5, T, DUE);
        product.rejected(edited, "no", T);
        assertEquals(ProductStatus.DELISTED, product.status());
    }

    @Test
    void illegalTransitionsAreRefused() {
        assertThrows(ConflictException.class, () -> product.delist(T), "a draft is not on sale");
        assertThrows(ConflictException.class, () -> product.revisionToSubmit(null, T), "no draft");
        ProductRevision r = draft("CRM", "100.00");
        assertThrows(ConflictException.class, () -> product.approved(r, T), "not submitted");
        assertThrows(InvalidInputException.class, () -> product.revisionToEdit(r, new ProductContent(ProductType.IMAGE, "x",
                "s", null, "c", List.of(), null, null, null, new ProductContent.ImageTerms("a", "ARM64", "b")), T),
                "the type is fixed");
    }
}
