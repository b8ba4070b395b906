package com.cloudmarket.marketplace.web.notification;

import com.cloudmarket.marketplace.notification.application.InboxService;
import com.cloudmarket.marketplace.notification.application.NotificationView;
import com.cloudmarket.marketplace.shared.application.Page;
import com.cloudmarket.marketplace.shared.application.PageRequest;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.ArrayList;
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

    private final List<NotificationView> items = new ArrayList<>();
    private String nextCursor;
    private long unreadCount;

    public void load() {
        items.clear();
        nextCursor = null;
        fetch();
        unreadCount = inboxService.unreadCount(currentAccount.getAccountId());
    }

    public void more() {
        if (nextCursor != null) {
            fetch();
        }
    }

    private void fetch() {
        Page<NotificationView> page = inboxService.inbox(currentAccount.getAccountId(), PageRequest.of(nextCursor, PAGE_SIZE),
                localeSelection.getLocale());
        items.addAll(page.items());
        nextCursor = page.nextCursor();
    }

    public List<NotificationView> getItems() {
        return items;
    }

    public boolean isMoreAvailable() {
        return nextCursor != null;
    }

    public long getUnreadCount() {
        return unreadCount;
    }
}
