package jp.sapporo.vaccinepass.merchant.store;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 12 municipalities and the business categories, named in the user's language. */
@Component
public class ReferenceData {

	private final JdbcClient jdbc;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The municipalities in their usual order.
	 * @param locale the user's language
	 * @return code and name
	 */
	public List<Option> municipalities(Locale locale) {
		return options("municipality", locale);
	}

	/**
	 * The business categories.
	 * @param locale the user's language
	 * @return code and name
	 */
	public List<Option> categories(Locale locale) {
		return options("business_category", locale);
	}

	private List<Option> options(String table, Locale locale) {
		String column = "en".equals(locale.getLanguage()) ? "name_en"
				: "zh".equals(locale.getLanguage()) ? "name_zh" : "name_ja";
		return this.jdbc.sql("select code, " + column + " from " + table + " order by sort_order")
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * One choice.
	 *
	 * @param code the stored code
	 * @param name the name shown
	 */
	public record Option(String code, String name) {
	}

}
