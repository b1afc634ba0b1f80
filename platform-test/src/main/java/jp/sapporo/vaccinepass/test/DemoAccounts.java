package jp.sapporo.vaccinepass.test;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo data's accounts (see db/src/main/resources/db/demo and the README). */
public final class DemoAccounts {

	/** The shared password of every demo account. */
	public static final String PASSWORD = "sapporo-demo-2026";

	/** The demo city staff member who reviews records and stores. */
	public static final String STAFF = "staff@city.sapporo.example.jp";

	private DemoAccounts() {
	}

	/**
	 * @param jdbc the app's database
	 * @return the id of {@link #STAFF}, e.g. to act as the reviewer
	 */
	public static long staffId(JdbcClient jdbc) {
		return jdbc.sql("select id from staff_account where username = :name")
			.param("name", STAFF)
			.query(Long.class)
			.single();
	}

}
