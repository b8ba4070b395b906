package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.account.domain.Account;
import com.cloudmarket.marketplace.account.domain.PasswordHasher;
import com.cloudmarket.marketplace.account.domain.Role;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

/**
 * Test archive only: operators for the calendar tests (sign-up makes only providers and customers, and creating an
 * operator takes an operator), and the due time computed in the server, so an HTTP test can see a PUT move it.
 */
@Stateless
@Path("test-support")
public class CalendarTestSupport {

    static final String PASSWORD = "Secret123";

    @PersistenceContext(unitName = "marketplace")
    private EntityManager em;

    @EJB
    private BusinessCalendarService calendar;

    /** A new operator account; the answer is its login (password {@value #PASSWORD}). */
    @POST
    @Path("operators")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public String createOperator() {
        Account operator = newOperator();
        return Json.createObjectBuilder().add("login", operator.login()).add("accountId", operator.accountId()).build()
                .toString();
    }

    public Account newOperator() {
        String login = "op" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Account operator = new Account(login, new PasswordHasher(10_000).hash(PASSWORD), "测试审核员", null, null, "zh-CN",
                EnumSet.of(Role.OPERATOR), Instant.now());
        em.persist(operator);
        em.flush();
        return operator;
    }

    @GET
    @Path("due-at")
    @PermitAll
    @Produces(MediaType.TEXT_PLAIN)
    public String dueAt(@QueryParam("submittedAt") String submittedAt, @QueryParam("days") int days) {
        return calendar.dueAt(Instant.parse(submittedAt), days).toString();
    }
}
