package com.cloudmarket.marketplace.api;

import com.cloudmarket.marketplace.api.calendar.CalendarResource;
import com.cloudmarket.marketplace.calendar.application.BusinessCalendarService;
import com.cloudmarket.marketplace.calendar.application.CalendarDayView;
import com.cloudmarket.marketplace.calendar.application.StaleCalendarDayException;
import com.cloudmarket.marketplace.calendar.domain.BusinessCalendar;
import com.cloudmarket.marketplace.calendar.domain.CalendarEntry;
import com.cloudmarket.marketplace.shared.domain.ForbiddenException;
import com.cloudmarket.marketplace.shared.domain.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static com.cloudmarket.marketplace.api.ComponentClient.assertProblem;
import static com.cloudmarket.marketplace.api.ComponentClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar context on Payara Micro: the bundled 2026 holidays loaded at start-up, due times across them, and the
 * operators' API. Tests that change the calendar use a random week between 2032 and 2089, so they stay independent of
 * each other and of a database reused between runs.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarComponentTest {

    @Deployment
    static WebArchive deployment() {
        return ComponentDeployment.accountsAndApi()
                .addPackages(true, "com.cloudmarket.marketplace.calendar")
                .addClasses(CalendarResource.class, CalendarResource.DayChange.class, CalendarResource.CalendarDays.class,
                        CalendarTestSupport.class)
                .addAsResource("calendar/cn-public-holidays-2026.csv");
    }

    @EJB
    private BusinessCalendarService calendar;

    @EJB
    private CalendarTestSupport support;

    @Resource(lookup = "jdbc/marketplace")
    private DataSource dataSource;

    @ArquillianResource
    private URL base;

    private ComponentClient client;

    @BeforeEach
    void connect() {
        client = base == null ? null : new ComponentClient(base);
    }

    @Test
    void theBundledHolidaysAreLoadedAtStartUp() throws SQLException {
        assertEquals("39", TestDatabase.single(dataSource, "SELECT COUNT(*) FROM calendar_day WHERE calendar_date BETWEEN ? AND ? AND updated_by IS NULL",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));

        Map<LocalDate, CalendarDayView> days = byDate(calendar.days(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 3, 1)));
        assertEquals(17, days.size());
        CalendarDayView makeUp = days.get(LocalDate.of(2026, 2, 14));
        assertTrue(makeUp.workday() && makeUp.override(), makeUp.toString());
        assertEquals(DayOfWeek.SATURDAY, makeUp.dayOfWeek());
        assertEquals("春节调休上班 make-up working day", makeUp.note());
        assertNull(makeUp.updatedBy(), "from the bundled file");
        for (LocalDate d = LocalDate.of(2026, 2, 15); !d.isAfter(LocalDate.of(2026, 2, 23)); d = d.plusDays(1)) {
            assertFalse(days.get(d).workday(), d + " is Spring Festival");
            assertTrue(days.get(d).override());
        }
        assertTrue(days.get(LocalDate.of(2026, 2, 28)).workday());
        CalendarDayView sunday = days.get(LocalDate.of(2026, 3, 1));
        assertFalse(sunday.workday() || sunday.override(), "an ordinary Sunday: " + sunday);
        assertEquals(0, sunday.version());
        assertTrue(days.get(LocalDate.of(2026, 2, 13)).workday());
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 10, 1)));
    }

    @Test
    void dueTimesSkipTheSpringFestival() {
        assertEquals(shanghai("2026-02-25T18:00"), calendar.dueAt(shanghai("2026-02-13T10:00"), 3));
        assertEquals(shanghai("2026-02-26T18:00"), calendar.dueAt(shanghai("2026-02-13T19:00"), 3));
        assertEquals(shanghai("2026-03-02T18:00"), calendar.dueAt(shanghai("2026-02-13T10:00"), 7));
        assertEquals(shanghai("2026-02-27T18:00"), calendar.dueAt(shanghai("2026-02-18T10:00"), 3));
    }

    @Test
    void anOperatorsDayMovesDueTimesAndSurvivesTheNextLoad() {
        LocalDate monday = randomMonday();
        long operator = support.newOperator().accountId();
        assertEquals(shanghai(monday.plusDays(3) + "T18:00"), calendar.dueAt(shanghai(monday + "T10:00"), 3));

        CalendarDayView holiday = calendar.setDay(monday.plusDays(1), false, " 测试假日 ", operator);
        assertTrue(holiday.override() && !holiday.workday());
        assertEquals("测试假日", holiday.note());
        assertEquals(operator, holiday.updatedBy());
        assertEquals(shanghai(monday.plusDays(4) + "T18:00"), calendar.dueAt(shanghai(monday + "T10:00"), 3));

        calendar.setDay(monday.plusDays(5), true, "调休上班", operator);
        assertEquals(shanghai(monday.plusDays(5) + "T18:00"), calendar.dueAt(shanghai(monday + "T10:00"), 4));

        // a bundled file with the same date never overwrites the operator's decision; new dates are added
        int added = calendar.addMissing(List.of(new CalendarEntry(monday.plusDays(1), true, "bundled"),
                new CalendarEntry(monday.plusDays(2), false, "bundled")));
        assertEquals(1, added);
        CalendarDayView kept = calendar.day(monday.plusDays(1));
        assertFalse(kept.workday());
        assertEquals("测试假日", kept.note());
        assertFalse(calendar.day(monday.plusDays(2)).workday());
        assertEquals(0, calendar.addMissing(List.of(new CalendarEntry(monday.plusDays(2), true, "again"))));
    }

    @Test
    void theServiceChecksOperatorNoteRangeAndVersion() {
        LocalDate monday = randomMonday();
        long operator = support.newOperator().accountId();
        assertThrows(ForbiddenException.class, () -> calendar.setDay(monday, false, null, 1L));

        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> calendar.setDay(monday, false, "长".repeat(101), operator));
        assertEquals("note", invalid.errors().get(0).field());
        assertEquals("maxLength", invalid.errors().get(0).code());
        assertThrows(InvalidInputException.class, () -> calendar.days(monday, monday.plusDays(400)));
        assertEquals(400, calendar.days(monday, monday.plusDays(399)).size());

        CalendarDayView first = calendar.setDay(monday, false, "v1", operator, 0L);
        assertThrows(StaleCalendarDayException.class, () -> calendar.setDay(monday, true, "v2", operator, 0L));
        CalendarDayView second = calendar.setDay(monday, true, "v2", operator, first.version());
        assertTrue(second.version() > first.version());
        assertTrue(calendar.isWorkingDay(monday));
    }

    @Test
    @RunAsClient
    void anOperatorReadsAndChangesDaysOverHttp() throws Exception {
        String operator = operatorToken();
        LocalDate monday = randomMonday();
        LocalDate tuesday = monday.plusDays(1);
        String submitted = shanghai(monday + "T10:00").toString();
        assertEquals(shanghai(monday.plusDays(3) + "T18:00").toString(), dueAt(submitted, 3));

        HttpResponse<String> week = client.get("v1/calendar/days?from=" + monday + "&to=" + monday.plusDays(6), operator);
        assertEquals(200, week.statusCode(), week.body());
        JsonObject page = json(week.body());
        assertEquals("Asia/Shanghai", page.getString("timeZone"));
        assertEquals("18:00", page.getString("businessDayEnd"));
        assertEquals(7, page.getJsonArray("items").size());
        JsonObject plainTuesday = page.getJsonArray("items").getJsonObject(1);
        assertEquals(tuesday.toString(), plainTuesday.getString("date"));
        assertEquals("TUESDAY", plainTuesday.getString("dayOfWeek"));
        assertTrue(plainTuesday.getBoolean("workday"));
        assertFalse(plainTuesday.getBoolean("override"));
        assertFalse(page.getJsonArray("items").getJsonObject(5).getBoolean("workday"), "Saturday");

        HttpResponse<String> put = client.put("v1/calendar/days/" + tuesday, "{\"workday\":false,\"note\":\"临时休息日\"}", operator, null);
        assertEquals(200, put.statusCode(), put.body());
        JsonObject saved = json(put.body());
        assertFalse(saved.getBoolean("workday"));
        assertTrue(saved.getBoolean("override"));
        assertEquals("临时休息日", saved.getString("note"));
        String etag = put.headers().firstValue("ETag").orElseThrow();
        assertEquals("\"" + saved.getJsonNumber("version").longValue() + "\"", etag);

        JsonObject after = json(client.get("v1/calendar/days?from=" + monday + "&to=" + monday.plusDays(6), operator).body())
                .getJsonArray("items").getJsonObject(1);
        assertFalse(after.getBoolean("workday"));
        assertTrue(after.getBoolean("override"));
        assertEquals("临时休息日", after.getString("note"));
        assertTrue(after.getString("updatedAt").endsWith("Z"), after.toString());
        assertEquals(shanghai(monday.plusDays(4) + "T18:00").toString(), dueAt(submitted, 3), "Tuesday no longer counts");

        // conditional PUT: the ETag of GET must still be current
        HttpResponse<String> one = client.get("v1/calendar/days/" + tuesday, operator);
        assertEquals(etag, one.headers().firstValue("ETag").orElseThrow());
        assertProblem(client.put("v1/calendar/days/" + tuesday, "{\"workday\":true}", operator, "\"0\""), 412);
        HttpResponse<String> matched = client.put("v1/calendar/days/" + tuesday, "{\"workday\":true,\"note\":null}", operator, etag);
        assertEquals(200, matched.statusCode(), matched.body());
        assertTrue(json(matched.body()).getBoolean("workday"));
        assertEquals(shanghai(monday.plusDays(3) + "T18:00").toString(), dueAt(submitted, 3));
        assertProblem(client.put("v1/calendar/days/" + tuesday, "{\"workday\":false}", operator, etag), 412);
    }

    @Test
    @RunAsClient
    void onlyOperatorsMaySeeOrChangeTheCalendar() throws Exception {
        String login = "p" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        assertEquals(201, client.post("v1/accounts", """
                {"login":"%s","password":"Secret123","displayName":"云帆科技","mobile":"13800000001","role":"PROVIDER"}"""
                .formatted(login), null).statusCode());
        String provider = token(login);
        LocalDate monday = randomMonday();

        assertProblem(client.get("v1/calendar/days?from=" + monday + "&to=" + monday, provider), 403);
        assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":false}", provider, null), 403);
        assertProblem(client.get("v1/calendar/days?from=" + monday + "&to=" + monday, null), 401);
        assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":false}", null, null), 401);
        String operator = operatorToken();
        assertTrue(json(client.get("v1/calendar/days/" + monday, operator).body()).getBoolean("workday"), "nothing changed");
    }

    @Test
    @RunAsClient
    void badDatesAndBodiesAreProblemsWithFieldErrors() throws Exception {
        String operator = operatorToken();

        JsonObject bothBad = assertProblem(client.get("v1/calendar/days?from=2031-13-01&to=tomorrow", operator), 400);
        assertEquals(Map.of("from", "date", "to", "date"), fieldCodes(bothBad));
        assertEquals(Map.of("from", "required", "to", "required"),
                fieldCodes(assertProblem(client.get("v1/calendar/days", operator), 400)));
        assertEquals(Map.of("to", "dateOrder"),
                fieldCodes(assertProblem(client.get("v1/calendar/days?from=2031-03-02&to=2031-03-01", operator), 400)));
        JsonObject tooLong = assertProblem(client.send(HttpRequest.newBuilder(client.uri("v1/calendar/days?from=2031-01-01&to=2032-12-31"))
                .header("Accept-Language", "en"), operator), 400);
        assertEquals(Map.of("to", "dateSpan"), fieldCodes(tooLong));
        assertEquals("The range may cover at most 400 days.",
                tooLong.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals(Map.of("from", "dateBounds"),
                fieldCodes(assertProblem(client.get("v1/calendar/days?from=1999-12-31&to=2000-01-02", operator), 400)));

        assertEquals(Map.of("date", "date"),
                fieldCodes(assertProblem(client.put("v1/calendar/days/2031-02-30", "{\"workday\":false}", operator, null), 400)));
        assertEquals(Map.of("date", "date"),
                fieldCodes(assertProblem(client.get("v1/calendar/days/31-03-2031", operator), 400)));
        LocalDate monday = randomMonday();
        assertEquals(Map.of("workday", "required"),
                fieldCodes(assertProblem(client.put("v1/calendar/days/" + monday, "{\"note\":\"x\"}", operator, null), 400)));
        JsonObject longNote = assertProblem(client.put("v1/calendar/days/" + monday,
                "{\"workday\":false,\"note\":\"" + "长".repeat(101) + "\"}", operator, null), 400);
        assertEquals(Map.of("note", "maxLength"), fieldCodes(longNote));
        assertEquals("长度不能超过 100 个字符。", longNote.getJsonArray("errors").getJsonObject(0).getString("message"));
        assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":", operator, null), 400);
        assertEquals(Map.of("workday", "boolean"),
                fieldCodes(assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":\"maybe\"}", operator, null), 400)));
        assertEquals(Map.of("workday", "boolean"),
                fieldCodes(assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":0}", operator, null), 400)));
        assertEquals(Map.of("workday", "required"),
                fieldCodes(assertProblem(client.put("v1/calendar/days/" + monday, "{\"workday\":null}", operator, null), 400)));
        assertProblem(client.put("v1/calendar/days/" + monday, "", operator, null), 400);
        assertTrue(json(client.get("v1/calendar/days/" + monday, operator).body()).getBoolean("workday"), "nothing changed");
    }

    // ---- helpers ----

    /**
     * A random Monday from 2032 to 2089: no bundled entry, no other test (or earlier run on the same database) touches its
     * week, and the end-to-end tests keep to 2031.
     */
    private static LocalDate randomMonday() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return LocalDate.of(2032 + random.nextInt(58), 1, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY))
                .plusWeeks(random.nextInt(50));
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ZONE).toInstant();
    }

    private static Map<LocalDate, CalendarDayView> byDate(List<CalendarDayView> days) {
        return days.stream().collect(Collectors.toMap(CalendarDayView::date, Function.identity()));
    }

    private static Map<String, String> fieldCodes(JsonObject problem) {
        return problem.getJsonArray("errors").stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }

    private String operatorToken() throws Exception {
        HttpResponse<String> created = client.post("v1/test-support/operators", "", null);
        assertEquals(200, created.statusCode(), created.body());
        return token(json(created.body()).getString("login"));
    }

    private String token(String login) throws Exception {
        HttpResponse<String> token = client.post("v1/auth/token", """
                {"login":"%s","password":"%s"}""".formatted(login, CalendarTestSupport.PASSWORD), null);
        assertEquals(200, token.statusCode(), token.body());
        return json(token.body()).getString("token");
    }

    private String dueAt(String submittedAt, int days) throws Exception {
        HttpResponse<String> due = client.get("v1/test-support/due-at?submittedAt=" + submittedAt + "&days=" + days, null);
        assertEquals(200, due.statusCode(), due.body());
        return due.body();
    }
}
