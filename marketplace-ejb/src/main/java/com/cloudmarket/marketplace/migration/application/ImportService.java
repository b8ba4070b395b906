package com.cloudmarket.marketplace.migration.application;

import com.cloudmarket.marketplace.migration.domain.ImportKind;
import com.cloudmarket.marketplace.migration.domain.LineErrors;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore;
import com.cloudmarket.marketplace.migration.infrastructure.ImportStore.TableRows;
import com.cloudmarket.marketplace.migration.infrastructure.NdjsonFile;
import com.cloudmarket.marketplace.shared.domain.ConflictException;
import com.cloudmarket.marketplace.shared.domain.FieldError;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.InputStream;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operator's migration import: providers, customers, products and orders of another marketplace from NDJSON files,
 * with their state and history. A file is stored whole or not at all: it is spooled to disk, every line is checked
 * (rules, references, repeats) in a first pass, and only a file without a single error is written, in a second pass,
 * chunk by chunk with a transaction each, so a million lines never make one huge transaction. Records imported
 * before are skipped, so a run that stopped half-way completes when the same file is sent again.
 * An import publishes no domain events: it brings history, and nobody is to be notified of it again.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ImportService {

    static final int CHUNK = 1000;
    static final int MAX_ERRORS = 100;
    static final int MAX_LINE_BYTES = 1024 * 1024;
    /** A line in the server log every so many stored records, so an operator can follow a long import. */
    static final int PROGRESS = 100_000;

    private static final Logger LOG = Logger.getLogger(ImportService.class.getName());
    /** Once: Json.createReader looks the JSON-P provider up through the class loaders at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Inject
    private ImportStore store;

    @Inject
    private Clock clock;

    @Inject
    private ImportGate gate;

    @Inject
    private ImportAudit audit;

    @Inject
    @ConfigProperty(name = "marketplace.import.max-bytes", defaultValue = "2147483648")
    private long maxBytes;

    @Inject
    @ConfigProperty(name = "marketplace.order.auto-confirm-days", defaultValue = "15")
    private long autoConfirmDays;

    public ImportResult importProviders(long operatorAccountId, InputStream body) {
        return run(operatorAccountId, new AccountImport(ImportKind.PROVIDER, store, clock.instant()), body);
    }

    public ImportResult importCustomers(long operatorAccountId, InputStream body) {
        return run(operatorAccountId, new AccountImport(ImportKind.CUSTOMER, store, clock.instant()), body);
    }

    public ImportResult importProducts(long operatorAccountId, InputStream body) {
        return run(operatorAccountId, new ProductImport(store, clock.instant()), body);
    }

    public ImportResult importOrders(long operatorAccountId, InputStream body) {
        return run(operatorAccountId, new OrderImport(store, clock.instant(), Duration.ofDays(autoConfirmDays)), body);
    }

    /** The import_key rows of a chunk (kind, source key, our id, when), stored in the chunk's transaction. */
    static TableRows keys(List<Object[]> rows) {
        return new TableRows("INSERT INTO import_key (kind, external_id, internal_id, imported_at) VALUES (?, ?, ?, ?)",
                rows);
    }

    private <T, R> ImportResult run(long operator, RecordKind<T, R> kind, InputStream body) {
        gate.enter(kind.kind());
        try {
            return runAlone(operator, kind, body);
        } finally {
            gate.leave();
        }
    }

    private <T, R> ImportResult runAlone(long operator, RecordKind<T, R> kind, InputStream body) {
        long started = System.nanoTime();
        try (NdjsonFile file = NdjsonFile.spool(body, maxBytes, MAX_LINE_BYTES)) {
            LineErrors errors = new LineErrors(MAX_ERRORS);
            KeyHashes keys = new KeyHashes();
            Counts checked = new Counts();
            pass(file, kind, errors, keys, checked, false);
            if (checked.lines == 0 && errors.isEmpty()) {
                throw InvalidInputException.of("file", "importEmpty");
            }
            Set<Long> repeated = keys.repeated();
            if (!repeated.isEmpty()) {
                reportRepeats(file, kind, repeated, errors);
            }
            if (!errors.isEmpty()) {
                throw errors.exception();
            }
            LOG.info(() -> "Import of " + kind.kind() + ": " + checked.lines + " lines checked in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, storing");
            Counts stored = new Counts();
            try {
                pass(file, kind, new LineErrors(MAX_ERRORS), null, stored, true);
            } catch (ConflictException interrupted) {
                record(operator, kind, false, stored, checked.lines, started);
                throw interrupted;
            }
            long millis = record(operator, kind, true, stored, checked.lines, started);
            LOG.info(() -> "Import of " + kind.kind() + " by account " + operator + ": " + stored.imported
                    + " imported, " + stored.skipped + " skipped, " + checked.lines + " lines in " + millis + " ms");
            return new ImportResult(kind.kind().name(), stored.imported, stored.skipped);
        }
    }

    /** The run in the audit trail; what is stored stays stored if the trail cannot be written, so that only warns. */
    private long record(long operator, RecordKind<?, ?> kind, boolean completed, Counts stored, long lines,
                        long started) {
        long millis = (System.nanoTime() - started) / 1_000_000;
        try {
            audit.record(operator, kind.kind(), completed, stored.imported, stored.skipped, lines, millis);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import of " + kind.kind() + " not recorded in the audit trail", e);
        }
        return millis;
    }

    private static final class Counts {
        long lines;
        long toImport;
        long imported;
        long skipped;
    }

    /** One pass over the file: parses and judges every line; the writing pass also stores each chunk. */
    private <T, R> void pass(NdjsonFile file, RecordKind<T, R> kind, LineErrors errors, KeyHashes keys, Counts counts,
                             boolean write) {
        List<RecordKind.Numbered<T>> chunk = new ArrayList<>(CHUNK);
        file.read((number, text, problem) -> {
            counts.lines++;
            T record = parse(file, kind, number, text, problem, errors);
            if (record == null) {
                return;
            }
            if (keys != null) {
                keys.add(kind.key(record));
            }
            chunk.add(new RecordKind.Numbered<>(number, record));
            if (chunk.size() == CHUNK) {
                judge(kind, chunk, errors, counts, write);
                chunk.clear();
            }
        });
        if (!chunk.isEmpty()) {
            judge(kind, chunk, errors, counts, write);
        }
    }

    private <T, R> void judge(RecordKind<T, R> kind, List<RecordKind.Numbered<T>> chunk, LineErrors errors, Counts counts,
                              boolean write) {
        RecordKind.Resolved<R> resolved = kind.resolve(chunk, errors);
        counts.skipped += resolved.skipped();
        if (!write) {
            counts.toImport += resolved.rows().size();
            return;
        }
        if (!errors.isEmpty()) {
            // checked a moment ago: someone changed the data meanwhile (a sign-up took a login, a concurrent import)
            throw interrupted(kind, counts, errors.exception());
        }
        try {
            kind.write(resolved.rows());
        } catch (RuntimeException e) {
            throw interrupted(kind, counts, e);
        }
        long before = counts.imported;
        counts.imported += resolved.rows().size();
        if (counts.imported / PROGRESS != before / PROGRESS) {
            LOG.info(() -> "Import of " + kind.kind() + ": " + counts.imported + " stored, " + counts.skipped
                    + " skipped so far");
        }
    }

    private static ConflictException interrupted(RecordKind<?, ?> kind, Counts counts, RuntimeException cause) {
        LOG.log(Level.WARNING, "Import of " + kind.kind() + " stopped after " + counts.imported + " records", cause);
        return new ConflictException("error.importInterrupted", counts.imported, counts.skipped);
    }

    private static <T> T parse(NdjsonFile file, RecordKind<T, ?> kind, long number, String text, String problem,
                               LineErrors errors) {
        if (problem != null) {
            errors.add(number, "", problem, file.maxLineBytes());
            return null;
        }
        JsonValue value;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (RuntimeException notJson) {
            // JsonException for broken JSON, a bare RuntimeException from Parsson for nesting beyond its limit
            errors.add(number, "", "importLine");
            return null;
        }
        if (!(value instanceof JsonObject line)) {
            errors.add(number, "", "importLine");
            return null;
        }
        List<FieldError> lineErrors = new ArrayList<>();
        T record = kind.parse(line, lineErrors);
        if (!lineErrors.isEmpty()) {
            errors.addAll(number, lineErrors);
            return null;
        }
        return record;
    }

    /** A third look, only when two keys hashed alike: which lines really repeat an earlier line's key. */
    private <T> void reportRepeats(NdjsonFile file, RecordKind<T, ?> kind, Set<Long> repeated, LineErrors errors) {
        Map<String, Long> firstLine = new HashMap<>();
        LineErrors ignored = new LineErrors(0);
        file.read((number, text, problem) -> {
            T record = parse(file, kind, number, text, problem, ignored);
            if (record == null || !repeated.contains(KeyHashes.hash(kind.key(record)))) {
                return;
            }
            Long first = firstLine.putIfAbsent(kind.key(record), number);
            if (first != null) {
                errors.add(number, kind.kind().keyField(), "importDuplicate", first);
            }
        });
    }
}
