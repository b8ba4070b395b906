package com.cloudmarket.marketplace.review.infrastructure;

import com.cloudmarket.marketplace.review.application.OverdueReviewAlarm;
import com.cloudmarket.marketplace.shared.infrastructure.RecurringTask;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Looks for overdue reviews every {@code marketplace.review.overdue-scan-seconds}. The timer is not persistent: each
 * server scans on its own, and the alarm's claim on each review keeps a cluster from alerting twice. One scan at a
 * time per server (the singleton's write lock); each batch commits on its own, so a failure loses at most one batch,
 * which the next tick retries.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OverdueReviewScan {

    private static final Logger LOG = Logger.getLogger(OverdueReviewScan.class.getName());
    private static final RecurringTask TASK = new RecurringTask(LOG, "Overdue review scan");
    static final int BATCH = 100;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "marketplace.review.overdue-scan-seconds", defaultValue = "60")
    private long intervalSeconds;

    @EJB
    private OverdueReviewAlarm alarm;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        TASK.schedule(timers, "marketplace.review.overdue-scan-seconds", intervalSeconds, 1, ChronoUnit.SECONDS);
    }

    /** Alerts every overdue review not alerted yet, batch by batch; returns how many it alerted. */
    public int scan() {
        int total = 0;
        int alerted;
        do {
            alerted = alarm.alertNextBatch(BATCH);
            total += alerted;
        } while (alerted == BATCH);
        return total;
    }

    @Timeout
    void tick() {
        int alerted = TASK.run(this::scan);
        if (alerted > 0) {
            LOG.info(() -> "Alerted the operators to " + alerted + " overdue review(s)");
        }
    }
}
