package dev.why403.session;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Lists stored sessions for the console, newest first, a page at a time. */
@ApplicationScoped
public class SessionSearch {

    public static final int PAGE_SIZE = 50;

    /** One page of sessions and whether another follows it. */
    public record Result(List<SessionSummary> sessions, boolean more) {}

    @Transactional
    public Result find(SessionFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        where(conditions, parameters, "createdAt >= :from", "from", filter.from());
        where(conditions, parameters, "createdAt < :to", "to", filter.to());
        where(conditions, parameters, "topCause = :cause", "cause", filter.cause());
        where(conditions, parameters, "state = :state", "state", filter.state());
        if (filter.vendor() != null) {
            where(conditions, parameters, "lower(vendors) like :vendor", "vendor", pattern(filter.vendor()));
        }

        String query = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        Sort newestFirst = Sort.descending("createdAt", "id");
        PanacheQuery<SessionRecord> found = SessionRecord.find(query, newestFirst, parameters);
        int first = filter.page() * PAGE_SIZE;
        List<SessionRecord> page = found.range(first, first + PAGE_SIZE).list();
        List<SessionSummary> shown =
                page.stream().limit(PAGE_SIZE).map(SessionSummary::of).toList();
        return new Result(shown, page.size() > PAGE_SIZE);
    }

    private static void where(
            List<String> conditions, Map<String, Object> parameters, String condition, String name, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }

    // todo - a % or _ typed in the vendor filter acts as a wildcard; vendor ids never contain them
    private static String pattern(String vendor) {
        return "%" + vendor.toLowerCase() + "%";
    }
}
