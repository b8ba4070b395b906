package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.api.product.ProductsResource;
import com.cloudmarket.marketplace.api.provider.ProviderResource;
import com.cloudmarket.marketplace.api.review.ReviewsResource;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.order.infrastructure.OrderCountOpenOrders;
import com.cloudmarket.marketplace.product.application.CatalogItem;
import com.cloudmarket.marketplace.product.application.CatalogService;
import com.cloudmarket.marketplace.product.application.FormFieldDraft;
import com.cloudmarket.marketplace.product.application.ProductDraft;
import com.cloudmarket.marketplace.product.application.ProductFilter;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.application.ProductSummary;
import com.cloudmarket.marketplace.product.application.ProductView;
import com.cloudmarket.marketplace.product.application.StaleProductException;
import com.cloudmarket.marketplace.product.application.SubmittedProduct;
import com.cloudmarket.marketplace.product.domain.NameSearch;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.infrastructure.DemoProducts;
import com.cloudmarket.marketplace.product.infrastructure.FourCharacterNameGrams;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontGeneration;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontSearchBackfill;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.ReviewDetailView;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.shared.infrastructure.SchemaMigration;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Products on Payara Micro: the product, provider, review, audit and calendar contexts with their JAX-RS resources.
 * Every test signs up its own provider, so tests do not depend on each other or on order.
 */
@ExtendWith(ArquillianExtension.class)
class ProductComponentTest {

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi()
                .addClasses(ReviewTestData.class, ProductTestData.class)
                .addPackages(false, Product.class.getPackage(), ProductService.class.getPackage(),
                        Products.class.getPackage(), Provider.class.getPackage(), ProviderService.class.getPackage(),
                        Providers.class.getPackage(), Review.class.getPackage(), ReviewService.class.getPackage(),
                        AuditTrail.class.getPackage(), BusinessCalendarService.class.getPackage(),
                        BusinessCalendar.class.getPackage(), ProductsResource.class.getPackage(),
                        ProviderResource.class.getPackage(), ReviewsResource.class.getPackage())
                .addClass(OrderCountOpenOrders.class)
                .deleteClass(DemoProducts.class); // the demo data loader needs the demo accounts, which are not here
    }

    @EJB
    private AccountService accounts;

    @EJB
    private TokenService tokens;

    @EJB
    private ProductService products;

    @EJB
    private CatalogService catalog;

    @EJB
    private OnboardingService onboarding;

    @EJB
    private ProviderService providers;

    @EJB
    private ReviewService reviews;

    @EJB
    private BusinessCalendarService calendar;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    @Test
    void aProductGoesOnSaleKeepsSellingWhileChangedAndIsDelistedAndRelisted() throws Exception {
        long provider = newProvider();
        long operator = newOperator();
        String name = "运维托管 " + UUID.randomUUID().toString().substring(0, 8);

        ProductView created = products.create(provider, ops(name, "199.00"));
        assertEquals("DRAFT", created.status());
        assertNull(created.live());
        assertEquals("DRAFT", created.pendingRevision().reviewStatus());
        assertEquals(name, created.pendingRevision().content().name());

        SubmittedProduct first = products.submit(provider, created.productId());
        assertEquals("PENDING", first.status());
        assertEquals("IN_REVIEW", products.product(provider, created.productId()).status());
        assertThrows(ConflictException.class, () -> products.submit(provider, created.productId()), "already in review");
        assertThrows(ConflictException.class, () -> products.saveDraft(provider, created.productId(), ops(name, "1.00"), null),
                "a revision in review is frozen");
        assertFalse(inCatalog(created.productId()), "not on sale before approval");
        ProductView underReview = products.forReview(first.reviewId(), operator);
        assertEquals(first.reviewId(), underReview.pendingRevision().reviewId(), "the operator sees the revision in review");
        assertThrows(ForbiddenException.class, () -> products.forReview(first.reviewId(), provider), "operators only");
        assertThrows(NotFoundException.class, () -> products.forReview(Long.MAX_VALUE, operator));

        ConflictException notOnboarded = assertThrows(ConflictException.class, () -> reviews.approve(first.reviewId(), operator));
        assertEquals("error.onboardingIncomplete.AGREEMENT_DEPOSIT", notOnboarded.messageKey());
        completeOnboarding(provider);
        reviews.approve(first.reviewId(), operator);

        ProductView onSale = products.product(provider, created.productId());
        assertEquals("ON_SALE", onSale.status());
        assertEquals(name, onSale.live().name());
        assertNull(onSale.pendingRevision());
        assertTrue(inCatalog(created.productId()));
        assertEquals("199.00", catalog.product(created.productId()).content().plans().get(0).price().amount().toPlainString());

        ProductView edited = products.saveDraft(provider, created.productId(), ops(name, "299.00"), onSale.version());
        assertEquals("ON_SALE", edited.status(), "an edit does not change the status");
        assertEquals("DRAFT", edited.pendingRevision().reviewStatus());
        SubmittedProduct change = products.submit(provider, created.productId());
        ProductView during = products.product(provider, created.productId());
        assertEquals("ON_SALE", during.status());
        assertEquals("199.00", during.live().plans().get(0).price().amount().toPlainString(), "live content unchanged");
        assertEquals("PENDING", during.pendingRevision().reviewStatus());
        assertEquals("199.00", catalog.product(created.productId()).content().plans().get(0).price().amount().toPlainString(),
                "the storefront sells the live content while the change is in review");
        ReviewDetailView detail = reviews.detail(change.reviewId(), operator);
        assertEquals("PRODUCT", detail.subject());
        assertEquals(created.productId(), detail.subjectId());
        assertEquals(List.of("plans.基础版.price"), detail.changes().stream().map(c -> c.field()).toList());
        assertEquals("199.00 CNY", detail.changes().get(0).before());
        assertEquals("299.00 CNY", detail.changes().get(0).after());

        reviews.reject(change.reviewId(), operator, "价格说明不清");
        ProductView rejected = products.product(provider, created.productId());
        assertEquals("ON_SALE", rejected.status(), "a rejected change leaves the product on sale");
        assertEquals("REJECTED", rejected.pendingRevision().reviewStatus());
        assertEquals("价格说明不清", rejected.pendingRevision().reason());
        assertEquals("199.00", rejected.live().plans().get(0).price().amount().toPlainString());
        assertThrows(ConflictException.class, () -> products.submit(provider, created.productId()), "nothing to submit");

        assertEquals(0, products.delistImpact(provider, created.productId()).openOrders());
        assertEquals("DELISTED", products.delist(provider, created.productId()).status());
        assertFalse(inCatalog(created.productId()), "delisting hides it at once");
        assertThrows(NotFoundException.class, () -> catalog.product(created.productId()));
        assertThrows(ConflictException.class, () -> products.delist(provider, created.productId()), "not on sale");

        SubmittedProduct relist = products.submit(provider, created.productId()); // relist without changes
        assertEquals("DELISTED", products.product(provider, created.productId()).status());
        // CASE, because MySQL's BOOLEAN is a TINYINT that JDBC reads as "1" where H2 says "TRUE"
        assertEquals("relist", TestDatabase.single(dataSource,
                "SELECT CASE WHEN relist THEN 'relist' ELSE 'edit' END FROM product_revision WHERE id = ?", relist.revisionId()));
        assertTrue(reviews.detail(relist.reviewId(), operator).changes().isEmpty(), "the live content resubmitted");
        reviews.approve(relist.reviewId(), operator);
        assertEquals("ON_SALE", products.product(provider, created.productId()).status());
        assertTrue(inCatalog(created.productId()), "relisted after approval");

        assertEquals(Set.of("PRODUCT_CREATED", "PRODUCT_SUBMITTED", "REVIEW_APPROVED", "REVIEW_REJECTED", "PRODUCT_DELISTED"),
                Set.copyOf(TestDatabase.values(dataSource, "SELECT action FROM audit_entry WHERE subject_type = 'PRODUCT' "
                        + "AND provider_account_id = ?", provider)));
        assertEquals("3", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM outbox_event WHERE event_type = "
                + "'PRODUCT_REVIEW_DECIDED' AND aggregate_id = ?", String.valueOf(created.productId())));
    }

    @Test
    void aRejectedNewProductIsEditedAndSubmittedAgainAndADelistedOneStaysDelistedUnlessRelisted() {
        long provider = newProvider();
        long operator = newOperator();
        completeOnboarding(provider);
        ProductView created = products.create(provider, ProductTestData.software("云帆 CRM"));
        reviews.reject(products.submit(provider, created.productId()).reviewId(), operator, "缺少版本说明");
        assertEquals("REJECTED", products.product(provider, created.productId()).status());
        assertNull(products.product(provider, created.productId()).live());
        assertThrows(ConflictException.class, () -> products.submit(provider, created.productId()), "edit first");
        ProductView redone = products.saveDraft(provider, created.productId(), ProductTestData.software("云帆 CRM 专业版"),
                null);
        assertEquals("REJECTED", redone.status());
        assertEquals("DRAFT", redone.pendingRevision().reviewStatus());
        reviews.approve(products.submit(provider, created.productId()).reviewId(), operator);
        assertEquals("云帆 CRM 专业版", products.product(provider, created.productId()).live().name());

        // a change submitted while on sale, then the product delisted: approval updates it but does not relist it
        products.saveDraft(provider, created.productId(), ProductTestData.software("云帆 CRM 旗舰版"), null);
        long reviewId = products.submit(provider, created.productId()).reviewId();
        products.delist(provider, created.productId());
        reviews.approve(reviewId, operator);
        ProductView after = products.product(provider, created.productId());
        assertEquals("DELISTED", after.status());
        assertEquals("云帆 CRM 旗舰版", after.live().name());
        assertFalse(inCatalog(created.productId()));
    }

    @Test
    void reviewsOfServicesAreDueInThreeBusinessDaysAndOfImagesInSeven() {
        long provider = newProvider();
        long operator = newOperator();
        SubmittedProduct service = products.submit(provider, products.create(provider, ops("数据迁移", "99.00")).productId());
        SubmittedProduct image = products.submit(provider,
                products.create(provider, ProductTestData.image("LAMP 镜像")).productId());
        ReviewDetailView serviceReview = reviews.detail(service.reviewId(), operator);
        ReviewDetailView imageReview = reviews.detail(image.reviewId(), operator);
        assertEquals(calendar.dueAt(serviceReview.submittedAt().toInstant(), 3), service.dueAt().toInstant());
        assertEquals(calendar.dueAt(imageReview.submittedAt().toInstant(), 7), image.dueAt().toInstant());
        assertEquals(image.dueAt(), products.product(provider, image.productId()).pendingRevision().dueAt());
    }

    @Test
    void twoEditsOfTheSameVersionOneWinsTheOtherIsStale() throws Exception {
        long provider = newProvider();
        ProductView created = products.create(provider, ops("并发编辑", "10.00"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                long version = products.product(provider, created.productId()).version();
                CyclicBarrier start = new CyclicBarrier(2);
                int r = round;
                List<Future<String>> outcomes = List.of(
                        pool.submit(() -> edit(start, provider, created.productId(), ops("甲 " + r, "11.00"), version)),
                        pool.submit(() -> edit(start, provider, created.productId(), ops("乙 " + r, "12.00"), version)));
                List<String> results = List.of(outcomes.get(0).get(), outcomes.get(1).get());
                assertEquals(1, results.stream().filter("won"::equals).count(), results.toString());
                assertEquals(1, results.stream().filter("stale"::equals).count(), results.toString());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM product_revision WHERE product_id = ?",
                created.productId()), "edits of one draft");
    }

    @Test
    void listsArePagedFilteredAndSearchedInTheDatabase() {
        long provider = newProvider();
        long operator = newOperator();
        completeOnboarding(provider);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        ProductView a = products.create(provider, ops("Alpha 运维 " + tag, "10.00"));
        ProductView b = products.create(provider, ProductTestData.software("Beta CRM " + tag));
        ProductView c = products.create(provider, ProductTestData.image("Gamma_镜像 " + tag));
        reviews.approve(products.submit(provider, c.productId()).reviewId(), operator);

        Page<ProductSummary> first = products.products(provider, ProductFilter.none(), PageRequest.first(2));
        assertEquals(List.of(c.productId(), b.productId()), first.items().stream().map(ProductSummary::productId).toList());
        assertNotNull(first.nextCursor());
        Page<ProductSummary> second = products.products(provider, ProductFilter.none(), PageRequest.of(first.nextCursor(), 2));
        assertEquals(List.of(a.productId()), second.items().stream().map(ProductSummary::productId).toList());
        assertNull(second.nextCursor());
        assertEquals(3, products.count(provider, ProductFilter.none(), null, 100));
        assertEquals(1, products.count(provider, new ProductFilter("ON_SALE", null, null), null, 100));
        assertEquals(List.of(b.productId()), products.products(provider, new ProductFilter(null, "SOFTWARE_SERVICE", null),
                PageRequest.first(10)).items().stream().map(ProductSummary::productId).toList());
        assertEquals(List.of(a.productId()), products.products(provider, new ProductFilter(null, null, "alpha"),
                PageRequest.first(10)).items().stream().map(ProductSummary::productId).toList());
        assertEquals(0, products.count(provider, new ProductFilter(null, null, "a%"), null, 100), "% is a character, not a wildcard");
        assertEquals(1, products.count(provider, new ProductFilter(null, null, "_镜"), null, 100));
        assertEquals("DRAFT", products.products(provider, new ProductFilter("DRAFT", "OPS_SERVICE", tag), PageRequest.first(5))
                .items().get(0).reviewStatus());

        Page<CatalogItem> storefront = catalog.catalog("IMAGE", "gamma_镜像 " + tag, PageRequest.first(5));
        assertEquals(1, storefront.items().size());
        CatalogItem item = storefront.items().get(0);
        assertEquals("0.01", item.fromPrice().amount().toPlainString());
        assertEquals("云帆科技有限公司", item.providerName());
        assertTrue(catalog.catalog("OPS_SERVICE", tag, PageRequest.first(5)).items().isEmpty(), "only ON_SALE");
    }

    @Test
    void theStorefrontFindsAProductByAnyPartOfItsNameThroughItsGramsAndFollowsARename() throws Exception {
        long provider = newProvider();
        long operator = newOperator();
        completeOnboarding(provider);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        // "server care": MySQL's collations ignore trailing spaces, so "er" and a gram "er " would collide
        // "𠮷𠮷𠮷𠮷": a gram of four characters outside the basic plane is eight UTF-16 units, what H2 counts
        String name = "Nebula" + tag + "运维监 维监控 Server care 𠮷𠮷𠮷𠮷" + tag;
        long id = onSale(provider, operator, name);

        CatalogItem item = onlyFound(tag.toUpperCase(Locale.ROOT)).orElseThrow();
        assertEquals(id, item.productId(), "any case");
        assertEquals(ProductTestData.OPS_SUMMARY, item.summary(), "the summary column, not the content");
        assertEquals("云帆科技有限公司", item.providerName());
        assertEquals(Optional.of(id), onlyFound(tag + "运维监 维").map(CatalogItem::productId), "across a space");
        assertEquals(Optional.of(id), onlyFound("𠮷𠮷𠮷𠮷" + tag).map(CatalogItem::productId));
        assertEquals(Optional.of(id), onlyFound("ula" + tag.substring(0, 3)).map(CatalogItem::productId));
        assertEquals(Optional.empty(), onlyFound(tag + "运维监控"), "all its grams are in the name, the text is not");
        assertEquals(Optional.empty(), onlyFound(tag + "%"), "% is a character, not a wildcard");
        assertTrue(everyPageOf("维").contains(id), "a single character is searched without the grams");
        assertTrue(everyPageOf(tag.substring(1, 3)).contains(id), "two characters: their one gram");

        ProductView onSale = products.product(provider, id);
        products.saveDraft(provider, id, ops("Orion" + tag + " 托管", "10.00"), onSale.version());
        reviews.approve(products.submit(provider, id).reviewId(), operator);
        assertEquals(Optional.empty(), onlyFound("nebula" + tag), "the old name's grams are gone");
        assertEquals(Optional.of(id), onlyFound("orion" + tag).map(CatalogItem::productId));
        assertEquals(Set.copyOf(NameSearch.grams("orion" + tag + " 托管")), Set.copyOf(TestDatabase.values(dataSource,
                "SELECT gram FROM product_name_gram WHERE product_id = ?", id)));

        // as a product stored before V12: no grams, no summary; the backfills of V13 and V14 give it both
        String grams = "SELECT COUNT(*) FROM product_name_gram WHERE product_id = ?";
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("DELETE FROM product_name_gram WHERE product_id = " + id);
            c.createStatement().executeUpdate("UPDATE product SET summary = NULL WHERE id = " + id);
            // each write below the services moves the storefront on, as the services do, or a held page would answer
            c.createStatement().executeUpdate(StorefrontGeneration.ADVANCE);
            assertEquals(Optional.empty(), onlyFound("orion" + tag));
            migrate(new StorefrontSearchBackfill(), c);
            c.createStatement().executeUpdate(StorefrontGeneration.ADVANCE);
            assertEquals(String.valueOf(NameSearch.grams("orion" + tag + " 托管", 3).size()),
                    TestDatabase.single(dataSource, grams, id), "V13: V12's grams, of up to three characters");
            assertEquals(Optional.empty(), onlyFound("orion" + tag), "looked up by its four-character grams");
            FourCharacterNameGrams v14 = new FourCharacterNameGrams(SchemaMigration.isMysql(c));
            migrate(v14, c);
            migrate(v14, c);
            c.createStatement().executeUpdate(StorefrontGeneration.ADVANCE);
        }
        CatalogItem backfilled = onlyFound("orion" + tag).orElseThrow();
        assertEquals(ProductTestData.OPS_SUMMARY, backfilled.summary());
        assertEquals(String.valueOf(NameSearch.grams("orion" + tag + " 托管").size()), TestDatabase.single(dataSource,
                grams, id), "each gram once, also after a second run");
    }

    @Test
    void aSearchPageIsHeldWhileTheStorefrontStaysTheSameAndNoLongerThanThat() throws Exception {
        long provider = newProvider();
        long operator = newOperator();
        completeOnboarding(provider);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long first = onSale(provider, operator, "Vega" + tag + " 托管");
        assertEquals(ProductTestData.OPS_SUMMARY, onlyFound(tag).orElseThrow().summary());

        TestDatabase.update(dataSource, "UPDATE product SET summary = 'changed below the services' WHERE id = ?", first);
        assertEquals(ProductTestData.OPS_SUMMARY, onlyFound(tag).orElseThrow().summary(),
                "held: nothing moved the storefront's generation");
        TestDatabase.update(dataSource, StorefrontGeneration.ADVANCE);
        assertEquals("changed below the services", onlyFound(tag).orElseThrow().summary(), "read again");

        long second = onSale(provider, operator, "Vega" + tag + " 巡检");
        assertEquals(List.of(second, first), everyPageOf(tag), "an approval shows on the next search");
        assertEquals(List.of(second), catalog.catalog(null, tag, PageRequest.first(1)).items().stream()
                .map(CatalogItem::productId).toList());

        providers.saveDraft(provider, ReviewTestData.profile("星河数据有限公司", "13812345678"));
        reviews.approve(providers.submit(provider).reviewId(), operator);
        assertEquals("星河数据有限公司", catalog.catalog(null, tag, PageRequest.first(1)).items().get(0).providerName(),
                "the provider's approved profile shows on the next search");

        products.delist(provider, second);
        assertEquals(List.of(first), everyPageOf(tag), "delisted: gone from the next search");
        assertEquals(List.of(first), catalog.catalog(null, tag, PageRequest.first(1)).items().stream()
                .map(CatalogItem::productId).toList());
    }

    private long onSale(long provider, long operator, String name) {
        long id = products.create(provider, ops(name, "10.00")).productId();
        reviews.approve(products.submit(provider, id).reviewId(), operator);
        return id;
    }

    private static void migrate(JavaMigration migration, Connection connection) throws Exception {
        migration.migrate(new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        });
    }

    /** The one product the storefront finds for {@code q}, if any; more than one is a failure. */
    private Optional<CatalogItem> onlyFound(String q) {
        List<CatalogItem> found = catalog.catalog(null, q, PageRequest.first(5)).items();
        assertTrue(found.size() <= 1, () -> q + " found " + found);
        return found.stream().findFirst();
    }

    private List<Long> everyPageOf(String q) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        do {
            Page<CatalogItem> page = catalog.catalog(null, q, PageRequest.of(cursor, 100));
            page.items().forEach(i -> ids.add(i.productId()));
            cursor = page.nextCursor();
        } while (cursor != null);
        return ids;
    }

    @Test
    void aCreationRepeatedWithItsIdempotencyKeyCreatesOneProduct() throws Exception {
        ComponentClient client = new ComponentClient(base);
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long provider = accounts.signUp(new SignUpCommand(login, "Secret123", "重试服务商", "13700000021", null, "PROVIDER",
                "zh-CN")).accountId();
        String token = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
        String key = UUID.randomUUID().toString();
        String body = OPS_JSON.formatted("重试上云", "99.00");

        HttpResponse<String> first = client.post("v1/products", body, token, key);
        assertEquals(201, first.statusCode(), first.body());
        HttpResponse<String> repeat = client.post("v1/products", body, token, key);
        assertEquals(201, repeat.statusCode(), repeat.body());
        assertEquals(json(first.body()).getJsonNumber("productId"), json(repeat.body()).getJsonNumber("productId"));
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM product WHERE provider_account_id = ?",
                provider), "created once");

        assertProblem(client.post("v1/products", OPS_JSON.formatted("重试上云", "98.00"), token, key), 409);
        HttpResponse<String> ownKey = client.post("v1/products", body, anotherProviderToken(), key);
        assertEquals(201, ownKey.statusCode(), "keys are per caller: " + ownKey.body());
        assertEquals("1", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM product WHERE provider_account_id = ?",
                provider));
    }

    private String anotherProviderToken() {
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.signUp(new SignUpCommand(login, "Secret123", "另一服务商", "13700000022", null, "PROVIDER", "zh-CN"));
        return tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
    }

    @Test
    void theApiAnswersAsTheContractSays() throws Exception {
        ComponentClient client = new ComponentClient(base);
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        long provider = accounts.signUp(new SignUpCommand(login, "Secret123", "甲服务商", "13700000011", null, "PROVIDER",
                "zh-CN")).accountId();
        String alice = tokens.issue(login, "Secret123", ComponentClient.ORIGIN).token();
        String otherLogin = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.signUp(new SignUpCommand(otherLogin, "Secret123", "乙服务商", "13700000012", null, "PROVIDER", "en"));
        String bob = tokens.issue(otherLogin, "Secret123", ComponentClient.ORIGIN).token();
        String customerLogin = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        accounts.signUp(new SignUpCommand(customerLogin, "Secret123", "顾客", "13700000013", null, "CUSTOMER", "zh-CN"));
        String customer = tokens.issue(customerLogin, "Secret123", ComponentClient.ORIGIN).token();

        assertProblem(client.get("v1/products", null), 401);
        assertProblem(client.get("v1/products", customer), 403);
        assertProblem(client.post("v1/products", OPS_JSON.formatted("x", "1.00"), customer), 403);

        HttpResponse<String> invalid = client.post("v1/products", """
                {"type":"FURNITURE","name":"%s","summary":"s","category":"c",
                 "serviceContact":{"name":"王","phone":"12","email":"x"}}""".formatted("长".repeat(61)), alice);
        JsonObject problem = assertProblem(invalid, 400);
        assertTrue(fields(problem).containsAll(Set.of("type", "name", "plans", "serviceContact.phone",
                "serviceContact.email")), problem.toString());
        JsonObject prices = assertProblem(client.post("v1/products", """
                {"type":"SOFTWARE_SERVICE","name":"n","summary":"s","category":"c","version":"1","licenseType":"SUBSCRIPTION",
                 "plans":[{"name":"a","price":{"amount":"-1.00","currency":"CNY"}},{"name":"b","price":{"amount":"1.005"}},
                          {"name":"c","price":{"amount":"12,00"}},{"name":"d","price":{"amount":"1","currency":"USD"}},
                          {"name":"e","price":{"amount":true}}],
                 "serviceContact":{"name":"王","phone":"13800000000","email":"a@b.cn"},"deliveryDays":"5","os":"linux"}""",
                alice), 400);
        assertEquals(Set.of("plans[0].price.amount", "plans[1].price.amount", "plans[2].price.amount",
                "plans[3].price.currency", "plans[4].price.amount", "deliveryDays", "os"), fields(prices), prices.toString());
        assertProblem(client.post("v1/products", "{\"type\":", alice), 400);
        assertProblem(client.post("v1/products", "[1]", alice), 400);
        assertEquals("0", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM product WHERE provider_account_id = ?", provider),
                "nothing stored from refused input");

        HttpResponse<String> created = client.post("v1/products", OPS_JSON.formatted("服务器运维托管", "199.00"), alice);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject product = json(created.body());
        long id = product.getJsonNumber("productId").longValue();
        assertEquals("DRAFT", product.getString("status"));
        assertTrue(created.headers().firstValue("Location").orElseThrow().endsWith("/v1/products/" + id));
        assertTrue(product.isNull("live"));
        JsonObject draft = product.getJsonObject("pendingRevision");
        assertEquals("DRAFT", draft.getString("reviewStatus"));
        assertEquals(5, draft.getInt("deliveryDays"), "type fields at the top level");
        assertEquals("199.00", draft.getJsonArray("plans").getJsonObject(0).getJsonObject("price").getString("amount"));
        assertEquals("<p>巡检 <a href=\"https://yunfan.example.com\" rel=\"nofollow noopener\">说明</a>"
                + "<a rel=\"nofollow noopener\"></a></p>",
                draft.getString("description"), "script, handler and javascript: link removed");

        HttpResponse<String> got = client.get("v1/products/" + id, alice);
        String etag = got.headers().firstValue("ETag").orElseThrow();
        assertProblem(client.get("v1/products/" + id, bob), 404);
        assertProblem(client.put("v1/products/" + id + "/draft", OPS_JSON.formatted("乙的修改", "1.00"), bob, null), 404);
        assertProblem(client.post("v1/products/" + id + "/delist", "", bob), 404);

        HttpResponse<String> saved = client.put("v1/products/" + id + "/draft", OPS_JSON.formatted("服务器运维托管 Pro", "299.00"),
                alice, etag);
        assertEquals(200, saved.statusCode(), saved.body());
        assertProblem(client.put("v1/products/" + id + "/draft", OPS_JSON.formatted("过期的修改", "1.00"), alice, etag), 412);
        assertEquals(200, client.put("v1/products/" + id + "/draft", OPS_JSON.formatted("不带 If-Match", "9.00"), alice, null)
                .statusCode());
        assertProblem(client.put("v1/products/" + id + "/draft", SOFTWARE_JSON, alice, null), 400);

        assertEquals(List.of(id), json(client.get("v1/products?type=OPS_SERVICE&status=DRAFT", alice).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("productId").longValue()).toList());
        assertProblem(client.get("v1/products?status=SOLD", alice), 400);
        assertProblem(client.get("v1/products?type=CAR", alice), 400);

        HttpResponse<String> submitted = client.post("v1/products/" + id + "/submit", "", alice);
        assertEquals(202, submitted.statusCode(), submitted.body());
        assertEquals("PENDING", json(submitted.body()).getString("status"));
        assertTrue(json(submitted.body()).containsKey("dueAt"));
        assertProblem(client.post("v1/products/" + id + "/submit", "", alice), 409);
        assertProblem(client.post("v1/products/" + id + "/delist", "", alice), 409);
        assertEquals(0, json(client.get("v1/products/" + id + "/delist-impact", alice).body()).getInt("openOrders"));

        // the operator's preview of the product under review (operator/product-preview.xhtml)
        long reviewId = json(submitted.body()).getJsonNumber("reviewId").longValue();
        String operator = tokens.issue(ReviewTestData.operatorLogin(newOperator()), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
        HttpResponse<String> preview = client.get("v1/reviews/" + reviewId + "/product", operator);
        assertEquals(200, preview.statusCode(), preview.body());
        assertEquals(String.valueOf(id), json(preview.body()).getJsonNumber("productId").toString());
        assertEquals("PENDING", json(preview.body()).getJsonObject("pendingRevision").getString("reviewStatus"));
        assertEquals("不带 If-Match", json(preview.body()).getJsonObject("pendingRevision").getString("name"));
        assertTrue(json(preview.body()).isNull("live"), "nothing is live before the first approval");
        assertEquals(client.get("v1/products/" + id, alice).headers().firstValue("ETag"), preview.headers().firstValue("ETag"));
        assertProblem(client.get("v1/reviews/" + reviewId + "/product", alice), 403);
        assertProblem(client.get("v1/reviews/" + reviewId + "/product", null), 401);
        assertProblem(client.get("v1/reviews/999999999/product", operator), 404);

        assertProblem(client.get("v1/catalog/" + id, null), 404);
        completeOnboarding(provider);
        reviews.approve(json(submitted.body()).getJsonNumber("reviewId").longValue(), newOperator());
        JsonObject page = json(client.get("v1/catalog/" + id, null).body());
        assertEquals("不带 If-Match", page.getString("name"));
        assertEquals(5, page.getInt("deliveryDays"));
        assertEquals("云帆科技有限公司", page.getJsonObject("provider").getString("companyName"));
        JsonObject list = json(client.get("v1/catalog?type=OPS_SERVICE&q=" + java.net.URLEncoder.encode("不带", "UTF-8"), null)
                .body());
        assertTrue(list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("productId").longValue() == id
                        && o.getJsonObject("fromPrice").getString("amount").equals("9.00")), list.toString());
        JsonObject item = list.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getJsonNumber("productId").longValue() == id).findFirst().orElseThrow();
        assertEquals("OPS_SERVICE", item.getString("type"));
        assertEquals("不带 If-Match", item.getString("name"));
        assertEquals("7×24 小时服务器巡检", item.getString("summary"));
        assertEquals("运维服务", item.getString("category"));
        assertEquals("CNY", item.getJsonObject("fromPrice").getString("currency"));
        assertEquals(provider, item.getJsonNumber("providerAccountId").longValue());
        assertEquals("云帆科技有限公司", item.getString("providerName"));
        assertEquals(8, item.size(), "no member more or less: " + item.keySet());
        assertTrue(list.containsKey("nextCursor"), "the last page says so: " + list);
        assertProblem(client.get("v1/catalog?type=CAR", null), 400);

        HttpResponse<String> delisted = client.post("v1/products/" + id + "/delist", "", alice);
        assertEquals(200, delisted.statusCode(), delisted.body());
        assertEquals("DELISTED", json(delisted.body()).getString("status"));
        assertProblem(client.get("v1/catalog/" + id, null), 404);
    }

    private static final String OPS_JSON = """
            {"type":"OPS_SERVICE","name":"%s","summary":"7×24 小时服务器巡检","category":"运维服务",
             "description":"<p onclick=\\"x()\\">巡检 <a href=\\"https://yunfan.example.com\\">说明</a><script>alert(1)</script><a href=\\"javascript:alert(1)\\"></a></p>",
             "plans":[{"name":"基础版","price":{"amount":"%s","currency":"CNY"}}],
             "serviceContact":{"name":"王强","phone":"400-800-1234","email":"ops@yunfan.example.com"},
             "requirementForm":[{"name":"serverIp","label":"服务器 IP","type":"TEXT","required":true},
                                {"name":"os","label":"操作系统","type":"SELECT","required":true,"options":["CentOS","Ubuntu"]}],
             "requirementBeforeStart":true,"deliveryDays":5,"warrantyDays":30,"unknown":1}""";

    private static final String SOFTWARE_JSON = """
            {"type":"SOFTWARE_SERVICE","name":"云帆 CRM","summary":"客户管理","category":"企业应用",
             "plans":[{"name":"年付","price":{"amount":"2999.00","currency":"CNY"}}],
             "serviceContact":{"name":"王强","phone":"13800000001","email":"crm@yunfan.example.com"},
             "version":"3.2","licenseType":"SUBSCRIPTION"}""";

    private static Set<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
    }

    private String edit(CyclicBarrier start, long provider, long productId, ProductDraft draft, long version)
            throws Exception {
        start.await();
        try {
            products.saveDraft(provider, productId, draft, version);
            return "won";
        } catch (StaleProductException e) {
            return "stale";
        } catch (RuntimeException e) {
            return e.toString();
        }
    }

    private boolean inCatalog(long productId) {
        String cursor = null;
        do {
            Page<CatalogItem> page = catalog.catalog(null, null, PageRequest.of(cursor, 100));
            if (page.items().stream().anyMatch(i -> i.productId() == productId)) {
                return true;
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return false;
    }

    private void completeOnboarding(long provider) {
        providers.establishInitialProfile(provider, ReviewTestData.profile("云帆科技有限公司", "13812345678"));
        onboarding.signAgreement(provider, "2026-01");
        onboarding.payDeposit(provider, "10000.00");
    }

    static ProductDraft ops(String name, String amount) {
        return ProductTestData.ops(name, amount, List.of(new FormFieldDraft("serverIp", "服务器 IP", "TEXT", true, null)), true);
    }

    private long newProvider() {
        return ReviewTestData.newProvider(accounts);
    }

    private long newOperator() {
        return ReviewTestData.newOperator(dataSource, "zh-CN");
    }
}
