package com.cloudmarket.marketplace.notification.infrastructure;

import com.cloudmarket.marketplace.notification.application.DueSms;
import com.cloudmarket.marketplace.notification.application.SmsGateway;
import com.cloudmarket.marketplace.notification.application.SmsGatewayChoice;
import com.cloudmarket.marketplace.notification.application.SmsQueue;
import com.cloudmarket.marketplace.shared.infrastructure.RecurringTask;
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
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every {@code marketplace.sms.dispatch-interval-ms} (a second), sends the SMS that are due through the gateway the
 * administrator selected, a batch at a time, and records each outcome: sent, or tried again on the back-off schedule.
 * The queue is a table, so restarts, broker outages and a gateway that is away lose nothing. One run at a time per
 * server; a cluster shares the work through the claims.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsDispatcher {

    private static final Logger LOG = Logger.getLogger(SmsDispatcher.class.getName());
    private static final RecurringTask TASK = new RecurringTask(LOG, "SMS dispatch");
    static final int BATCH = 50;
    /**
     * A claim lasts this long beyond the time the gateway may take for the whole batch: after a crash, the claimed SMS
     * are due again this soon (the recording gateway takes no time; HTTP, 5 s an SMS by default).
     */
    static final Duration LEASE_MARGIN = Duration.ofSeconds(30);

    @EJB
    private SmsQueue queue;

    @Inject
    @Any
    private Instance<SmsGateway> gateways;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "marketplace.sms.dispatch-interval-ms", defaultValue = "1000")
    private long intervalMs;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        TASK.schedule(timers, "marketplace.sms.dispatch-interval-ms", intervalMs, 100, ChronoUnit.MILLIS);
    }

    @Timeout
    void tick() {
        TASK.run(this::dispatch);
    }

    /** Sends what is due, batch after batch until nothing is; returns how many SMS were tried. */
    public int dispatch() {
        int total = 0;
        List<DueSms> due;
        do {
            // read at every batch, so an administrator's switch applies without a redeployment
            SmsGateway gateway = SmsGatewayChoice.choose(
                    ConfigProvider.getConfig().getOptionalValue(SmsGatewayChoice.SETTING, String.class), gateways);
            due = queue.claimDue(BATCH, lease(gateway));
            Outcome outcome = send(due, gateway);
            queue.sent(outcome.sent(), gateway.name());
            outcome.notSent().forEach(queue::notSent);
            total += due.size();
        } while (due.size() == BATCH);
        return total;
    }

    /** Long enough for the gateway to send a whole batch, one SMS after the other. */
    static Duration lease(SmsGateway gateway) {
        return LEASE_MARGIN.plus(gateway.longestSend().multipliedBy(BATCH));
    }

    /** Hands each SMS to the gateway; one that throws is not sent, and the rest of the batch still goes. */
    static Outcome send(List<DueSms> due, SmsGateway gateway) {
        List<Long> sent = new ArrayList<>();
        Map<Long, String> notSent = new LinkedHashMap<>();
        for (DueSms sms : due) {
            try {
                gateway.send(sms.sms());
                sent.add(sms.id());
            } catch (RuntimeException e) {
                notSent.put(sms.id(), Optional.ofNullable(e.getMessage()).orElse(e.getClass().getName()));
            }
        }
        return new Outcome(sent, notSent);
    }

    /** The SMS the gateway took, and the error of each it did not. */
    record Outcome(List<Long> sent, Map<Long, String> notSent) {
    }
}
