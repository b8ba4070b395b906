package com.cloudmarket.marketplace.order.application;

import com.cloudmarket.marketplace.order.infrastructure.Orders.Criteria;
import com.cloudmarket.marketplace.order.infrastructure.Orders.Side;
import com.cloudmarket.marketplace.shared.application.Messages;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The CSV export of an order list: UTF-8 with a byte-order mark (so Excel opens Chinese text correctly), a header in
 * the caller's language, one row per order, read in keyset batches so a large export never sits in memory at once.
 */
final class OrderCsv {

    static final int BATCH = 500;
    static final String BOM = "\uFEFF";
    private static final DateTimeFormatter SHANGHAI = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));
    private static final List<String> COLUMNS = List.of("orderNo", "createdAt", "product", "plan", "quantity", "amount",
            "status", "counterpart");

    /** A batch of rows in the shape of {@code Orders.page}. */
    interface Batches {
        List<Object[]> next(Criteria criteria, Long beforeId, int size);
    }

    private OrderCsv() {
    }

    static void write(Side side, Criteria criteria, Locale locale, OutputStream out, Batches batches) {
        Locale language = Messages.supported(locale);
        try {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write(BOM);
            String counterpart = side == Side.PROVIDER ? "customer" : "provider";
            w.write(String.join(",", COLUMNS.stream().map(c -> cell(Messages.text(language, "order.csv."
                    + ("counterpart".equals(c) ? counterpart : c)))).toList()));
            w.write("\r\n");
            Long before = null;
            List<Object[]> rows;
            do {
                rows = batches.next(criteria, before, BATCH);
                for (Object[] row : rows) {
                    OrderSummary s = OrderService.summary(row, side, language);
                    w.write(String.join(",", List.of(cell(s.orderNo()), cell(SHANGHAI.format(s.createdAt())),
                            cell(s.productName()), cell(s.plan()), String.valueOf(s.quantity()),
                            s.amount().amount().toPlainString(), cell(s.statusLabel()), cell(s.counterpartName()))));
                    w.write("\r\n");
                    before = (Long) row[0];
                }
            } while (rows.size() == BATCH);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * RFC 4180 quoting, and a leading quote mark for text a spreadsheet would run as a formula (=, +, -, @), since
     * product and customer names are typed by other people.
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
