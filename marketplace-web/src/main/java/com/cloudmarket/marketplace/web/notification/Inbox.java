package com.cloudmarket.marketplace.web.notification;

import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.application.NotificationView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.LoadMoreList;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.List;

/**
 * The signed-in account's inbox on its dashboard, newest first. "More" appends the next keyset page, which stays cheap
 * however deep the inbox and never repeats or skips a message that arrives meanwhile.
 */
@Named
@ViewScoped
public class Inbox implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 10;

    @EJB
    private InboxService inboxService;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    private final LoadMoreList<NotificationView> items = new LoadMoreList<>();
    private long unreadCount;

    public void load() {
        items.restart(this::page);
        unreadCount = inboxService.unreadCount(currentAccount.getAccountId());
    }

    public void more() {
        items.more(this::page);
    }

    private Page<NotificationView> page(String cursor) {
        return inboxService.inbox(currentAccount.getAccountId(), PageRequest.of(cursor, PAGE_SIZE), localeSelection.getLocale());
    }

    public List<NotificationView> getItems() {
        return items.getItems();
    }

    public boolean isMoreAvailable() {
        return items.isMoreAvailable();
    }

    public long getUnreadCount() {
        return unreadCount;
    }
}
