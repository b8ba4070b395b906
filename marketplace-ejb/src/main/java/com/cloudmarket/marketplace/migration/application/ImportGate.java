package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.atomic.AtomicReference;

/**
 * One import at a time in this server: two imports writing at once would only slow each other down (they share the
 * database's cache and write pipeline, and the order file of one may need the products of the other), and the second
 * would check its lines against data the first is still changing. A second caller gets 409 at once, before its body is
 * read.
 */
@ApplicationScoped
public class ImportGate {

    private final AtomicReference<ImportKind> running = new AtomicReference<>();

    /** Takes the gate for {@code kind}, or refuses with the kind of the import that holds it. */
    public void enter(ImportKind kind) {
        if (!running.compareAndSet(null, kind)) {
            ImportKind holder = running.get();
            throw new ConflictException("error.importRunning", holder == null ? kind.name() : holder.name());
        }
    }

    public void leave() {
        running.set(null);
    }
}
