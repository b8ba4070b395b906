package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.order.application.OrderView;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.shared.domain.MarketplaceException;
import com.cloudmarket.marketplace.shared.domain.NotFoundException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.security.Roles;
import com.cloudmarket.marketplace.web.shared.FacesFeedback;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * One order in either console ({@code /customer/order.xhtml?no=}, {@code /provider/order.xhtml?no=}): its status in
 * the reader's own words (the service's label of that side), product, plan and amount, delivery, the requirement form,
 * the steps the reader may take, the auto-confirm countdown and the timeline. An order of which the signed-in account
 * is not this side's party, like an unknown number, shows "not found" and nothing of it.
 */
@Named
@ViewScoped
public class OrderDetail implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int ORDER_NO_MAX = 64;

    @EJB
    private OrderService orders;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private String no;
    private String side;
    private OrderView view;
    private RequirementInputs requirement;
    private List<OrderTimeline.Line> timeline = List.of();
    private boolean notFound;

    public void loadForCustomer() {
        load(Roles.CUSTOMER);
    }

    public void loadForProvider() {
        load(Roles.PROVIDER);
    }

    private void load(String side) {
        this.side = side;
        if (no == null || no.isBlank() || no.length() > ORDER_NO_MAX) {
            notFound();
            return;
        }
        no = no.strip();
        refresh();
    }

    private void refresh() {
        try {
            show(orders.order(currentAccount.getAccountId(), no, locale()));
        } catch (NotFoundException | InvalidInputException e) {
            // a malformed number is as unknown as a well-formed one nobody has
            notFound();
        }
    }

    private void show(OrderView order) {
        long me = currentAccount.getAccountId();
        boolean mine = Roles.CUSTOMER.equals(side) ? order.customerAccountId() == me : order.providerAccountId() == me;
        if (!mine) {
            // the other party's console, e.g. a provider that also buys: only this side's page shows it
            notFound();
            return;
        }
        view = order;
        notFound = false;
        requirement = RequirementInputs.of(order.requirementForm(), order.requirement());
        timeline = OrderTimeline.of(order);
    }

    private void notFound() {
        view = null;
        requirement = null;
        timeline = List.of();
        notFound = true;
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    public void submitRequirement() {
        try {
            show(orders.submitRequirement(currentAccount.getAccountId(), no, requirement.values(), locale()));
            info("order.requirement.submitted");
        } catch (InvalidInputException e) {
            FacesFeedback.invalidInput(e, requirement.clientIds(), locale());
            FacesContext.getCurrentInstance().validationFailed();
        } catch (MarketplaceException e) {
            refused(e);
        }
    }

    public void start() {
        step(() -> orders.start(currentAccount.getAccountId(), no, locale()), "order.started");
    }

    public void complete() {
        step(() -> orders.complete(currentAccount.getAccountId(), no, locale()), "order.completed");
    }

    public void remind() {
        step(() -> orders.remind(currentAccount.getAccountId(), no, locale()), "order.reminded");
    }

    public void confirm() {
        step(() -> orders.confirm(currentAccount.getAccountId(), no, locale()), "order.confirmed");
    }

    private interface Step {
        OrderView run();
    }

    private void step(Step step, String doneKey) {
        try {
            show(step.run());
            info(doneKey);
        } catch (MarketplaceException e) {
            refused(e);
        }
    }

    /** The service's refusal in the reader's language (a remind inside the interval, a step already taken …). */
    private void refused(MarketplaceException e) {
        FacesFeedback.refused(null, e, locale());
        FacesContext.getCurrentInstance().validationFailed();
        if (e instanceof NotFoundException) {
            notFound();
        } else {
            refresh();
        }
    }

    private static void info(String key) {
        FacesContext context = FacesContext.getCurrentInstance();
        String text = FacesFeedback.text(context, key);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    private String status() {
        return view == null ? "" : view.status();
    }

    public boolean isCustomer() {
        return Roles.CUSTOMER.equals(side);
    }

    /** This side's name of the status, as the service words it. */
    public String getStatusLabel() {
        if (view == null) {
            return "";
        }
        return isCustomer() ? view.customerStatusLabel() : view.providerStatusLabel();
    }

    public boolean isOpsService() {
        return view != null && "OPS_SERVICE".equals(view.productType());
    }

    /** Software and image orders carry their delivery (licence, image reference …) from the purchase on. */
    public boolean isDeliveryShown() {
        return view != null && view.delivery() != null && !view.delivery().isBlank();
    }

    public boolean isRequirementShown() {
        return view != null && requirement != null && !requirement.isEmpty();
    }

    /** The customer fills in the form until the provider starts; afterwards it is read-only. */
    public boolean isRequirementEditable() {
        return isCustomer() && isRequirementShown() && "PENDING_START".equals(status());
    }

    public boolean isStartable() {
        return !isCustomer() && "PENDING_START".equals(status());
    }

    public boolean isCompletable() {
        return !isCustomer() && "IN_PROGRESS".equals(status());
    }

    public boolean isRemindable() {
        return !isCustomer() && "AWAITING_CONFIRMATION".equals(status());
    }

    public boolean isConfirmable() {
        return isCustomer() && "AWAITING_CONFIRMATION".equals(status());
    }

    /** The start waits for the customer's requirement when the product says so. */
    public boolean isWaitingForRequirement() {
        return isStartable() && view.requirementBeforeStart() && view.requirementSubmittedAt() == null;
    }

    public Countdown getCountdown() {
        if (view == null || view.autoConfirmAt() == null || !"AWAITING_CONFIRMATION".equals(status())) {
            return null;
        }
        return Countdown.until(view.autoConfirmAt(), Clock.systemUTC().instant());
    }

    public OrderView getView() {
        return view;
    }

    public RequirementInputs getRequirement() {
        return requirement;
    }

    public List<OrderTimeline.Line> getTimeline() {
        return timeline;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public String getNo() {
        return no;
    }

    public void setNo(String no) {
        this.no = no;
    }
}
