package com.cloudmarket.marketplace.webhook.infrastructure;

import com.cloudmarket.marketplace.shared.infrastructure.RecurringTask;
import com.cloudmarket.marketplace.webhook.application.DueDelivery;
import com.cloudmarket.marketplace.webhook.application.WebhookDeliveries;
import com.cloudmarket.marketplace.webhook.application.WebhookSettings;
import com.cloudmarket.marketplace.webhook.domain.AttemptResult;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every {@code marketplace.webhook.dispatch-interval-ms} (a second), sends the webhook deliveries that are due: claim a batch, send it all at once, record each answer.
 * The due times are columns, so restarts and broker outages lose nothing; a receiver that fails is retried on the
 * subscription's back-off schedule. One run at a time per server; a cluster shares the work through the claims.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
    private static final RecurringTask TASK = new RecurringTask(LOG, "Webhook dispatch");
    static final int BATCH = 50;
    static final int PER_SUBSCRIPTION = 10;

    @EJB
    private WebhookDeliveries deliveries;

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "marketplace.webhook.dispatch-interval-ms", defaultValue = "1000")
    private long intervalMs;

    private WebhookSender sender;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        sender = new WebhookSender(executor);
        TASK.schedule(timers, "marketplace.webhook.dispatch-interval-ms", intervalMs, 100, ChronoUnit.MILLIS);
    }

    @Timeout
    void tick() {
        TASK.run(this::dispatch);
    }

    /**
     * Sends what is due, round after round until nothing is due; returns how many attempts were made. A round takes at
     * most {@link #PER_SUBSCRIPTION} of one subscription, so a busy provider shares each round with the others, yet
     * its backlog drains at its receiver's pace rather than {@code PER_SUBSCRIPTION} a tick.
     */
    public int dispatch() {
        int total = 0;
        List<DueDelivery> due;
        do {
            WebhookSettings settings = WebhookSettings.current();
            // the claim outlives the longest attempt, so no other run takes the delivery meanwhile
            due = deliveries.claimDue(BATCH, PER_SUBSCRIPTION, settings.timeout().plus(Duration.ofSeconds(30)));
            if (due.isEmpty()) {
                break;
            }
            List<AttemptResult> results = sender.send(due, settings);
            for (int i = 0; i < due.size(); i++) {
                deliveries.record(due.get(i).deliveryId(), results.get(i), settings.retries());
            }
            total += due.size();
        } while (!due.isEmpty());
        return total;
    }
}
