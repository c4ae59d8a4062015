package io.perfagent.demo.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.perfagent.demo.repository.CustomerRepository;
import io.perfagent.demo.repository.OrderRepository;
import io.perfagent.demo.repository.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    private final DataSource db = TestDatabase.fresh();

    private ReportService reports(double chance) {
        return new ReportService(new OrderRepository(db), new CustomerRepository(db), () -> chance);
    }

    @Test
    void eachFormatLooksLikeItself() {
        ReportService reports = reports(0.5);

        assertTrue(reports.customerStatement(1, ReportService.Format.TEXT).startsWith("Statement for Customer 1 <"));
        assertTrue(reports.customerStatement(1, ReportService.Format.HTML).startsWith("<table><tr><td>Statement"));
        assertTrue(reports.customerStatement(1, ReportService.Format.CSV).contains(","));
    }

    @Test
    void regionalSummaryListsTheCities() {
        String statement = reports(0.0).customerStatement(1, ReportService.Format.TEXT);

        assertTrue(statement.contains("Lisbon"), statement);
        assertTrue(statement.contains("Bergen"), statement);
    }
}
