package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.application.Page;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A list that a console page grows with a "more" button: keyset pages from a service, appended in order, so a deep
 * list stays cheap and a row that arrives meanwhile is neither repeated nor skipped. The page's fetch (cursor → page)
 * is passed on each call rather than kept, as it holds service references a view-scoped bean must not serialise.
 */
public final class LoadMoreList<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ArrayList<T> items = new ArrayList<>();
    private String nextCursor;

    /** Drops what was shown and loads the first page. */
    public void restart(Function<String, Page<T>> fetch) {
        items.clear();
        nextCursor = null;
        append(fetch.apply(null));
    }

    /** Appends the next page, if there is one. */
    public void more(Function<String, Page<T>> fetch) {
        if (nextCursor != null) {
            append(fetch.apply(nextCursor));
        }
    }

    public void clear() {
        items.clear();
        nextCursor = null;
    }

    private void append(Page<T> page) {
        items.addAll(page.items());
        nextCursor = page.nextCursor();
    }

    public List<T> getItems() {
        return Collections.unmodifiableList(items);
    }

    public boolean isMoreAvailable() {
        return nextCursor != null;
    }
}
