package com.cloudmarket.marketplace.web.order;

import com.cloudmarket.marketplace.order.application.OrderService;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import com.cloudmarket.marketplace.web.security.CurrentAccount;
import com.cloudmarket.marketplace.web.shared.LocaleSelection;
import com.cloudmarket.marketplace.web.shared.ShanghaiTimeConverter;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The provider's orders as CSV ({@code /provider/orders.csv?status=&product=&from=&to=&q=}, the list page's filter):
 * streamed by the order service (UTF-8 with a byte order mark, so spreadsheet programs read the Chinese right), named
 * {@code orders-yyyyMMdd.csv} after today in Asia/Shanghai. Under /provider/, so only providers reach it; each sees
 * only its own orders.
 */
@WebServlet(OrderExportServlet.PATH)
public class OrderExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    public static final String PATH = "/provider/orders.csv";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    @EJB
    private OrderService orders;

    @Inject
    private CurrentAccount currentAccount;

    @Inject
    private LocaleSelection localeSelection;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OrderQuery query = OrderQuery.parse(request.getParameter("status"), request.getParameter("product"),
                request.getParameter("from"), request.getParameter("to"), request.getParameter("q"));
        long accountId = currentAccount.getAccountId();
        try {
            orders.checkFilter(accountId, query.filter()); // refuses a malformed filter before anything is written
        } catch (InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName(Clock.systemUTC()) + "\"");
        response.setHeader("Cache-Control", "no-store");
        orders.exportCsv(accountId, query.filter(), localeSelection.getLocale(), response.getOutputStream());
    }

    static String fileName(Clock clock) {
        return "orders-" + LocalDate.now(clock.withZone(ShanghaiTimeConverter.ZONE)).format(DAY) + ".csv";
    }
}
