package com.cloudmarket.marketplace.order.infrastructure;

import com.cloudmarket.marketplace.order.application.AutoConfirmation;
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
 * Looks for orders to auto-confirm every {@code marketplace.order.auto-confirm-scan-seconds}. The due time is a column,
 * so nothing is lost across restarts: the first tick after one confirms what fell due meanwhile. The timer is not
 * persistent (each server scans); the per-order claim keeps a cluster from confirming twice.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoConfirmScan {

    private static final Logger LOG = Logger.getLogger(AutoConfirmScan.class.getName());
    private static final RecurringTask TASK = new RecurringTask(LOG, "Order auto-confirm scan");
    static final int BATCH = 100;

    @Resource
    private TimerService timers;

    @Inject
    @ConfigProperty(name = "marketplace.order.auto-confirm-scan-seconds", defaultValue = "60")
    private long intervalSeconds;

    @EJB
    private AutoConfirmation autoConfirmation;

    /** On the method: Payara ignores a class-level attribute for a singleton's PostConstruct. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        TASK.schedule(timers, "marketplace.order.auto-confirm-scan-seconds", intervalSeconds, 1, ChronoUnit.SECONDS);
    }

    /** Auto-confirms every due order, batch by batch; returns how many it confirmed. */
    public int scan() {
        int total = 0;
        int confirmed;
        do {
            confirmed = autoConfirmation.confirmNextBatch(BATCH);
            total += confirmed;
        } while (confirmed == BATCH);
        return total;
    }

    @Timeout
    void tick() {
        int confirmed = TASK.run(this::scan);
        if (confirmed > 0) {
            LOG.info(() -> "Auto-confirmed " + confirmed + " order(s)");
        }
    }
}
