package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.application.AccountService;
import com.cloudmarket.marketplace.account.application.SignUpCommand;
import com.cloudmarket.marketplace.account.application.TokenService;
import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.PurchaseRequest;
import com.cloudmarket.marketplace.product.application.ProductService;
import com.cloudmarket.marketplace.provider.application.OnboardingService;
import com.cloudmarket.marketplace.provider.application.ProviderService;
import com.cloudmarket.marketplace.review.application.ReviewService;
import com.cloudmarket.marketplace.webhook.application.WebhookRequest;
import com.cloudmarket.marketplace.webhook.application.WebhookService;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The isolation matrix, generated from the operations themselves (reflection, as the OpenAPI test finds them): every
 * operation called with no token (401 unless public), by each role it does not allow (403), and with tenant A's ids by
 * another provider and another customer (404, or 403 for a step their role never takes). No answer to them carries a
 * byte of A's data: its company, product, order number, webhook address or review.
 */
final class IsolationMatrix {

    private final URL base;
    private final DataSource dataSource;
    private final AccountService accounts;
    private final TokenService tokens;
    private final ProviderService providers;
    private final OnboardingService onboarding;
    private final ProductService products;
    private final ReviewService reviews;
    private final OrderService orders;
    private final WebhookService webhooks;

    IsolationMatrix(URL base, DataSource dataSource, AccountService accounts, TokenService tokens,
                    ProviderService providers, OnboardingService onboarding, ProductService products,
                    ReviewService reviews, OrderService orders, WebhookService webhooks) {
        this.base = base;
        this.dataSource = dataSource;
        this.accounts = accounts;
        this.tokens = tokens;
        this.providers = providers;
        this.onboarding = onboarding;
        this.products = products;
        this.reviews = reviews;
        this.orders = orders;
        this.webhooks = webhooks;
    }

    /** Calls every operation as everyone and fails listing each call that broke isolation. */
    void check() throws Exception {
        String secretWord = "隔离" + UUID.randomUUID().toString().substring(0, 8);
        long providerA = signUp("PROVIDER");
        providers.establishInitialProfile(providerA, ReviewTestData.profile(secretWord + "科技有限公司", mobile()));
        onboarding.signAgreement(providerA, "2026-01");
        onboarding.payDeposit(providerA, "10000.00");
        long operator = ReviewTestData.newOperator(dataSource, "zh-CN");
        long productA = products.create(providerA, ProductTestData.ops(secretWord + "运维", "99.00", List.of(), false))
                .productId();
        reviews.approve(products.submit(providerA, productA).reviewId(), operator);
        long customerA = signUp("CUSTOMER");
        String orderA = orders.place(customerA, new PurchaseRequest(productA, "基础版", 1), null).orderNo();
        String hookUrl = "http://127.0.0.1:9/" + secretWord;
        long webhookA = webhooks.subscribe(providerA, new WebhookRequest(hookUrl, List.of("ORDER_CREATED"),
                "0123456789abcdef-isolation"), null).webhookId();
        providers.saveDraft(providerA, ReviewTestData.profile(secretWord + "科技股份有限公司", mobile()));
        var submitted = providers.submit(providerA);
        long pendingReview = submitted.reviewId();
        long revisionA = submitted.revisionId();

        Map<String, String> tenantA = Map.of("productId", String.valueOf(productA), "orderNo", orderA,
                "webhookId", String.valueOf(webhookA), "deliveryId", "1", "revisionId", String.valueOf(revisionA),
                "reviewId", String.valueOf(pendingReview), "accountId", String.valueOf(providerA), "date", "2026-10-01");
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("PROVIDER", tokenOf(signUp("PROVIDER")));
        callers.put("CUSTOMER", tokenOf(signUp("CUSTOMER")));
        callers.put("OPERATOR", tokens.issue(ReviewTestData.operatorLogin(ReviewTestData.newOperator(dataSource, "zh-CN")),
                ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token());
        List<String> leaks = List.of(secretWord, orderA, hookUrl);
        Set<String> tenantParameters = Set.of("productId", "orderNo", "webhookId", "revisionId");

        ComponentClient client = new ComponentClient(base);
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (ApiOperations.ApiOperation operation : ApiOperations.all()) {
            if (operation.path().equals("/v1/auth/token")) {
                continue; // signing in and revoking one's own token concern no tenant, and revoking would end the run
            }
            String target = operation.path();
            for (Map.Entry<String, String> parameter : tenantA.entrySet()) {
                target = target.replace("{" + parameter.getKey() + "}", parameter.getValue());
            }
            boolean tenantBound = tenantParameters.stream().anyMatch(p -> operation.path().contains("{" + p + "}"));
            if (!operation.isPublic()) {
                checked++;
                expect(failures, operation, "nobody", send(client, operation, target, null), Set.of(401), leaks);
            }
            for (Map.Entry<String, String> caller : callers.entrySet()) {
                if (operation.isPublic()) {
                    continue;
                }
                HttpResponse<String> response = send(client, operation, target, caller.getValue());
                checked++;
                if (!operation.roles().contains(caller.getKey())) {
                    expect(failures, operation, caller.getKey(), response, Set.of(403), leaks);
                } else if (tenantBound) {
                    expect(failures, operation, caller.getKey(), response, Set.of(403, 404), leaks);
                } else if (!caller.getKey().equals("OPERATOR")) {
                    expect(failures, operation, caller.getKey(), response, null, leaks);
                }
            }
        }
        assertTrue(checked > 150, "checked " + checked);
        assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " calls broke isolation:\n"
                + String.join("\n", failures));
    }

    /** The status must be one of {@code statuses} (any, when null) and the body must not name tenant A's data. */
    private static void expect(List<String> failures, ApiOperations.ApiOperation operation, String caller,
                               HttpResponse<String> response, Set<Integer> statuses, List<String> leaks) {
        if (statuses != null && !statuses.contains(response.statusCode())) {
            failures.add(operation.name() + " as " + caller + ": " + response.statusCode() + " instead of " + statuses
                    + " " + response.body().substring(0, Math.min(200, response.body().length())));
        }
        leaks.stream().filter(response.body()::contains).findFirst().ifPresent(leak -> failures.add(operation.name()
                + " as " + caller + ": the answer shows tenant A's " + leak));
    }

    private static HttpResponse<String> send(ComponentClient client, ApiOperations.ApiOperation operation, String target,
                                             String token) throws Exception {
        String method = operation.httpMethod().toUpperCase();
        HttpRequest.Builder request = HttpRequest.newBuilder(client.uri(target.substring(1)))
                .header("Content-Type", "application/json")
                .method(method, method.equals("POST") || method.equals("PUT")
                        ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        return client.send(request, token);
    }

    private long signUp(String role) {
        String login = role.substring(0, 1).toLowerCase() + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return accounts.signUp(new SignUpCommand(login, ReviewTestData.PASSWORD, "租户 " + login, mobile(), null, role,
                "zh-CN")).accountId();
    }

    private String tokenOf(long accountId) {
        return tokens.issue(accounts.find(accountId).login(), ReviewTestData.PASSWORD, ComponentClient.ORIGIN).token();
    }

    private static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
