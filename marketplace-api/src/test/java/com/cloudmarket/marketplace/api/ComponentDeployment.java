package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.infrastructure.AccountCachePolicy;
import com.cloudmarket.marketplace.api.account.AccountsResource;
import com.cloudmarket.marketplace.api.health.HealthResource;
import com.cloudmarket.marketplace.api.problem.Problems;
import com.cloudmarket.marketplace.api.security.Caller;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.domain.Order;
import com.cloudmarket.marketplace.order.infrastructure.Orders;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.product.domain.NameSearch;
import com.cloudmarket.marketplace.product.domain.Product;
import com.cloudmarket.marketplace.product.domain.ProductContent;
import com.cloudmarket.marketplace.product.domain.ProductContentJson;
import com.cloudmarket.marketplace.product.domain.ProductType;
import com.cloudmarket.marketplace.product.infrastructure.DemoProducts;
import com.cloudmarket.marketplace.product.infrastructure.FourCharacterNameGrams;
import com.cloudmarket.marketplace.product.infrastructure.ProductBackfill;
import com.cloudmarket.marketplace.product.infrastructure.Products;
import com.cloudmarket.marketplace.product.infrastructure.StorefrontSearchBackfill;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.provider.domain.Provider;
import com.cloudmarket.marketplace.provider.infrastructure.Providers;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.review.domain.Review;
import com.cloudmarket.marketplace.shared.audit.AuditTrail;
import com.cloudmarket.marketplace.api.shared.Paging;
import com.cloudmarket.marketplace.migration.application.ImportService;
import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore;
import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.domain.InboxMessage;
import com.cloudmarket.marketplace.notification.infrastructure.HttpSmsGateway;
import com.cloudmarket.marketplace.notification.infrastructure.RecordingSmsGateway;
import com.cloudmarket.marketplace.notification.infrastructure.SmsDispatcher;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.domain.DomainEvent;
import com.cloudmarket.marketplace.shared.infrastructure.BackgroundFailures;
import com.cloudmarket.marketplace.shared.infrastructure.ClockProducer;
import com.cloudmarket.marketplace.shared.infrastructure.DatabaseOutage;
import com.cloudmarket.marketplace.shared.infrastructure.FailFastQueries;
import com.cloudmarket.marketplace.shared.infrastructure.NewestFirst;
import com.cloudmarket.marketplace.shared.infrastructure.ServerTimingFilter;
import com.cloudmarket.marketplace.shared.infrastructure.StatementCount;
import com.cloudmarket.marketplace.shared.infrastructure.IdempotencyKeyPurge;
import com.cloudmarket.marketplace.shared.infrastructure.IdempotencyRecord;
import com.cloudmarket.marketplace.shared.infrastructure.JpaIdempotentRequests;
import com.cloudmarket.marketplace.shared.infrastructure.JpaOutbox;
import com.cloudmarket.marketplace.shared.infrastructure.OutboxEvent;
import com.cloudmarket.marketplace.shared.infrastructure.RecordedPayment;
import com.cloudmarket.marketplace.shared.infrastructure.RecurringTask;
import com.cloudmarket.marketplace.shared.infrastructure.RelayWakeUp;
import com.cloudmarket.marketplace.shared.infrastructure.SchemaMigration;
import com.cloudmarket.marketplace.shared.infrastructure.SimulatedPaymentGateway;
import com.cloudmarket.marketplace.shared.infrastructure.UtcInstantConverter;
import com.cloudmarket.marketplace.webhook.application.WebhookService;
import com.cloudmarket.marketplace.webhook.domain.WebhookSubscription;
import com.cloudmarket.marketplace.webhook.infrastructure.WebhookDispatcher;
import org.flywaydb.core.Flyway;
import org.flywaydb.database.mysql.MySQLDatabaseType;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jsoup.Jsoup;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The WebArchive the component tests run in on Payara Micro: the account context, the notification channels' services,
 * the shared kernel, the schema migrations (with the libraries the EAR's lib/ holds: Flyway, jsoup), and the API's
 * account resources with their security and error handling.
 * Left out: the JMS relay and the message-driven beans, since Micro has no broker (the end-to-end tests cover them).
 */
final class ComponentDeployment {

    private static final String MIGRATIONS = "db/migration";

    private ComponentDeployment() {
    }

    static WebArchive accountsAndApi() {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "marketplace-component.war")
                .addPackages(true, Account.class.getPackage(), AccountService.class.getPackage())
                .addClass(AccountCachePolicy.class)
                .addPackages(false, InboxService.class.getPackage(), InboxMessage.class.getPackage())
                .addClasses(RecordingSmsGateway.class, HttpSmsGateway.class, SmsDispatcher.class)
                // every event reaches the webhooks with the inbox and the SMS (EventChannels)
                .addPackages(false, WebhookSubscription.class.getPackage(), WebhookService.class.getPackage())
                .addPackage(DomainEvent.class.getPackage())
                .addPackage(Page.class.getPackage())
                // the schema migration's backfills of V13 and V14 read product content (not the product entities: they
                // need the review context, which the account tests leave out)
                .addClasses(ProductBackfill.class, StorefrontSearchBackfill.class, FourCharacterNameGrams.class,
                        NameSearch.class, ProductContentJson.class, ProductContent.class, ProductType.class)
                .addClasses(ComponentClient.class, TestDatabase.class, ClockProducer.class, MovableClock.class, SchemaMigration.class, JpaOutbox.class, RelayWakeUp.class,
                        JpaIdempotentRequests.class, IdempotencyRecord.class, IdempotencyKeyPurge.class,
                        SimulatedPaymentGateway.class, RecordedPayment.class,
                        OutboxEvent.class, UtcInstantConverter.class, FailFastQueries.class,
                        DatabaseOutage.class, BackgroundFailures.class, RecurringTask.class, StatementCount.class, ServerTimingFilter.class, NewestFirst.class)
                .addClasses(MarketplaceApi.class, JsonConfiguration.class, AccountsResource.class, HealthResource.class,
                        com.cloudmarket.marketplace.api.account.AuthResource.class,
                        com.cloudmarket.marketplace.api.account.MeResource.class,
                        com.cloudmarket.marketplace.api.account.OperatorsResource.class)
                .addPackage(Paging.class.getPackage())
                .addPackage(Problems.class.getPackage())
                .addPackage(Caller.class.getPackage())
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("com/cloudmarket/marketplace/i18n/messages.properties")
                .addAsResource("com/cloudmarket/marketplace/i18n/messages_en.properties")
                .addAsResource("test-config.properties", "META-INF/microprofile-config.properties")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsLibraries(jarOf(Flyway.class), jarOf(MySQLDatabaseType.class), jarOf(Jsoup.class));
        migrations().forEach(war::addAsResource);
        return war;
    }

    /**
     * Every resource of the API (each subpackage of {@code api}, so a new resource is deployed without a change here)
     * with the contexts behind them and the static part of the OpenAPI document. A new context's services are added
     * to the package list below.
     */
    static WebArchive wholeApi() {
        String api = "/" + MarketplaceApi.class.getPackageName().replace('.', '/') + "/";
        return accountsAndApi()
                .addPackages(true, path -> path.get().startsWith(api) && path.get().indexOf('/', api.length()) > 0,
                        MarketplaceApi.class.getPackage())
                .addPackages(false, Product.class.getPackage(), ProductService.class.getPackage(),
                        Products.class.getPackage(), Provider.class.getPackage(), ProviderService.class.getPackage(),
                        Providers.class.getPackage(), Review.class.getPackage(), ReviewService.class.getPackage(),
                        AuditTrail.class.getPackage(), BusinessCalendarService.class.getPackage(),
                        BusinessCalendar.class.getPackage(), Order.class.getPackage(), OrderService.class.getPackage(),
                        Orders.class.getPackage(), WebhookSubscription.class.getPackage(),
                        WebhookService.class.getPackage(), WebhookDispatcher.class.getPackage(),
                        ImportKind.class.getPackage(), ImportService.class.getPackage(), ImportStore.class.getPackage())
                .deleteClass(DemoProducts.class) // the demo data loader needs the demo accounts, which are not here
                .addAsResource("META-INF/openapi.yaml");
    }

    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every Flyway migration of the EJB module, whether it is on the test class path as a folder or as a jar. */
    private static List<String> migrations() {
        URL folder = ComponentDeployment.class.getClassLoader().getResource(MIGRATIONS);
        try {
            if ("jar".equals(folder.getProtocol())) {
                String jar = folder.getPath().substring("file:".length(), folder.getPath().indexOf('!'));
                try (JarFile file = new JarFile(jar)) {
                    return file.stream().map(JarEntry::getName)
                            .filter(name -> name.startsWith(MIGRATIONS + "/") && name.endsWith(".sql")).toList();
                }
            }
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(f -> MIGRATIONS + "/" + f.getFileName()).filter(name -> name.endsWith(".sql")).toList();
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("Cannot list the migrations at " + folder, e);
        }
    }
}
