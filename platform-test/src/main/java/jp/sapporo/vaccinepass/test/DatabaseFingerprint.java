package jp.sapporo.vaccinepass.test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The state of every domain table, to show that a request changed nothing: its row count
 * and the newest row version ({@code xmin}, the transaction that wrote it), so that a row
 * added, removed or updated shows, without reading the rows' content.
 * <p>
 * Left out by design: the HTTP session tables (any visit may start a session),
 * {@code audit_log} (it records who viewed personal data, on GET too), {@code job_lock}
 * (scheduled jobs take it at any time) and Flyway's history.
 */
public final class DatabaseFingerprint {

	private static final String TABLES = """
			select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
			where n.nspname = current_schema() and c.relkind in ('r', 'p') and not c.relispartition
			  and c.relname not like '%\\_session' and c.relname not like '%\\_session\\_attributes'
			  and c.relname not in ('audit_log', 'job_lock', 'flyway_schema_history')
			order by c.relname
			""";

	private DatabaseFingerprint() {
	}

	/**
	 * @param jdbc the app's database
	 * @return per domain table: {@code rows:newest row version}
	 */
	public static Map<String, String> of(JdbcClient jdbc) {
		List<String> tables = jdbc.sql(TABLES).query(String.class).list();
		String sql = tables.stream()
			.map((table) -> "select '" + table
					+ "' as name, count(*) || ':' || md5(coalesce(string_agg(md5(t::text), ','"
					+ " order by md5(t::text)), '')) as state from " + table + " t")
			.collect(Collectors.joining(" union all "));
		Map<String, String> state = new TreeMap<>();
		jdbc.sql(sql).query((rs, row) -> state.put(rs.getString("name"), rs.getString("state"))).list();
		return state;
	}

	/**
	 * @param before a fingerprint
	 * @param after a later fingerprint
	 * @return the tables whose rows differ, e.g. {@code [scan_log 12 → 13 rows]}
	 */
	public static List<String> changes(Map<String, String> before, Map<String, String> after) {
		return before.keySet()
			.stream()
			.filter((table) -> !before.get(table).equals(after.get(table)))
			.map((table) -> table + " " + rows(before.get(table)) + " → " + rows(after.get(table)) + " rows")
			.toList();
	}

	private static String rows(String state) {
		return (state != null) ? state.substring(0, state.indexOf(':')) : "0";
	}

}
