package jp.sapporo.vaccinepass.test;

/** The demo data's shared password (see db/src/main/resources/db/demo and the README). */
public final class DemoAccounts {

	public static final String PASSWORD = "sapporo-demo-2026";

	private DemoAccounts() {
	}

}
