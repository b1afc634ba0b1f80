package jp.sapporo.vaccinepass.resident.account;

import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The 12 municipalities of the Sapporo area, from the {@code municipality} table. */
@Component
class Municipalities {

	private final List<Municipality> all;

	Municipalities(JdbcClient jdbc) {
		this.all = jdbc.sql("select code, name_ja, name_en, name_zh from municipality order by sort_order")
			.query(Municipality.class)
			.list();
	}

	List<Option> options(Locale locale) {
		return this.all.stream().map((m) -> new Option(m.code(), switch (locale.getLanguage()) {
			case "en" -> m.nameEn();
			case "zh" -> m.nameZh();
			default -> m.nameJa();
		})).toList();
	}

	boolean exists(String code) {
		return this.all.stream().anyMatch((m) -> m.code().equals(code));
	}

	record Municipality(String code, String nameJa, String nameEn, String nameZh) {
	}

	record Option(String code, String name) {
	}

}
