package com.cloudmarket.marketplace.web.shared;

import com.cloudmarket.marketplace.shared.application.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A PrimeFaces lazy table model paged in the database with keyset cursors, never with OFFSET: it remembers the cursor
 * that opens each page it has seen, so the paginator's first / previous / next cost one index seek each. The table
 * offers only those links and a "page X of Y" report; a page beyond the furthest one seen (a restored table state, a
 * crafted request) is reached by walking the cursors forward, still without OFFSET.
 * <p>
 * Y is not a count of every matching row, which would read a provider's whole history of orders on every view: the
 * rows before the page shown are its pages times their size, and from its cursor on the source counts up to
 * {@link #COUNT_CAP} rows. Beyond that the report says "more than" ({@link #isCountCapped}), and Next stays open.
 * <p>
 * The source is serialisable because the model lives in a view-scoped bean; a page bean passes a method reference to
 * itself, whose EJB references serialise as the container's proxies.
 */
public class KeysetLazyDataModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: a keyset page after a cursor (null: the first page), and how many rows follow one. */
    public interface Source<T> extends Serializable {

        Page<T> page(String cursor, int limit);

        /** The rows of the page that {@code cursor} opens and of all pages after it, counted up to {@code cap}. */
        int count(String cursor, int cap);
    }

    /** A thousand rows ahead is 50 pages of the consoles' 20: more than anyone pages through by Next. */
    static final int COUNT_CAP = 1000;

    /** The row key of an item (its id), for PrimeFaces' row identity. */
    public interface RowKey<T> extends Serializable {

        String of(T item);
    }

    private final Source<T> source;
    private final RowKey<T> rowKey;
    /** {@code cursors.get(i)} opens page i; the first page's cursor is null. Grows as pages are visited. */
    private final ArrayList<String> cursors = new ArrayList<>();
    private int limit;
    private int currentPage;
    private List<T> rows = List.of();
    /** The page the row count was counted from; -1: not counted yet. */
    private int countedPage = -1;
    private boolean countCapped;

    public KeysetLazyDataModel(Source<T> source, RowKey<T> rowKey) {
        this.source = Objects.requireNonNull(source);
        this.rowKey = Objects.requireNonNull(rowKey);
        cursors.add(null);
    }

    /** PrimeFaces asks before it loads a page; the count of the page shown last serves, a new page is counted by load. */
    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        if (countedPage < 0) {
            countFrom(currentPage);
        }
        return getRowCount();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size " + pageSize);
        }
        if (pageSize != limit) {
            if (limit != 0) {
                // cursors of another page size open other pages; before the first load there are none to forget
                reset();
            }
            limit = pageSize;
        }
        int wanted = Math.max(0, first) / pageSize;
        int page = Math.min(wanted, cursors.size() - 1);
        Page<T> fetched = fetch(page);
        while (page < wanted && fetched.nextCursor() != null) {
            page++;
            fetched = fetch(page);
        }
        currentPage = page;
        rows = fetched.items();
        if (page != countedPage) {
            countFrom(page);
        }
        return rows;
    }

    private void countFrom(int page) {
        int ahead = source.count(cursors.get(page), COUNT_CAP + 1);
        countCapped = ahead > COUNT_CAP;
        setRowCount((int) Math.min(Integer.MAX_VALUE, (long) page * limit + Math.min(ahead, COUNT_CAP)));
        countedPage = page;
    }

    private Page<T> fetch(int page) {
        Page<T> fetched = source.page(cursors.get(page), limit);
        // what follows this page now; a later page's cursor seen before may be outdated by rows added or removed since
        while (cursors.size() > page + 1) {
            cursors.remove(cursors.size() - 1);
        }
        if (fetched.nextCursor() != null) {
            cursors.add(fetched.nextCursor());
        }
        return fetched;
    }

    /** Forgets every cursor, e.g. after the filter changed; the next load starts from the first page. */
    public void reset() {
        cursors.clear();
        cursors.add(null);
        currentPage = 0;
        rows = List.of();
        countedPage = -1;
        countCapped = false;
    }

    /** Whether more rows follow than were counted: the row count is a lower bound. */
    public boolean isCountCapped() {
        return countCapped;
    }

    /** The page shown last, counted from 0. */
    public int getCurrentPage() {
        return currentPage;
    }

    /** Whether a page follows the one shown last. */
    public boolean isNextAvailable() {
        return cursors.size() > currentPage + 1;
    }

    /** How many page cursors are known (the first page's included): the furthest page that opens with one seek. */
    public int getKnownPages() {
        return cursors.size();
    }

    public List<T> getRows() {
        return rows;
    }

    @Override
    public String getRowKey(T item) {
        return rowKey.of(item);
    }

    @Override
    public T getRowData(String key) {
        return rows.stream().filter(item -> Objects.equals(rowKey.of(item), key)).findFirst().orElse(null);
    }
}
