package com.cloudmarket.marketplace.order.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;

import java.time.Instant;

/** One step on an order's timeline: when, who (0 for the platform), what, and the status it left the order in. */
@Entity
@Table(name = "order_step")
public class OrderStep {

    /** The platform acts (auto-confirmation) as account 0. */
    public static final long PLATFORM = 0;

    @Id
    @TableGenerator(name = "order_step", table = "id_sequence", pkColumnName = "name", valueColumnName = "next_value",
            pkColumnValue = "order_step", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "order_step")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false, updatable = false)
    private Order order;

    @Column(name = "step_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor_account_id", nullable = false, updatable = false)
    private long actorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 30)
    private OrderAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false, length = 30)
    private OrderStatus status;

    protected OrderStep() {
    }

    OrderStep(Order order, Instant at, long actorAccountId, OrderAction action, OrderStatus status) {
        this.order = order;
        this.at = at;
        this.actorAccountId = actorAccountId;
        this.action = action;
        this.status = status;
    }

    public Long id() {
        return id;
    }

    public Instant at() {
        return at;
    }

    public long actorAccountId() {
        return actorAccountId;
    }

    public OrderAction action() {
        return action;
    }

    public OrderStatus status() {
        return status;
    }
}
