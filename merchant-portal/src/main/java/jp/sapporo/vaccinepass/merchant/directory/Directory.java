package jp.sapporo.vaccinepass.merchant.directory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Queries over approved stores' published revisions. */
@Component
class Directory {

	private static final String FROM = """
			from store s
			join store_revision r on r.id = s.published_revision_id
			join municipality m on m.code = r.municipality_code
			join business_category c on c.code = r.category_code
			where s.status = 'APPROVED'
			  and (cast(:q as text) is null or r.name_ja ilike :q escape '\\' or r.name_en ilike :q escape '\\')
			  and (cast(:municipality as text) is null or r.municipality_code = :municipality)
			  and (cast(:category as text) is null or r.category_code = :category)
			""";

	private final JdbcClient jdbc;

	Directory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	List<DirectoryEntry> search(Filter filter, Locale locale, int limit, int offset) {
		return this.jdbc
			.sql(columns(locale) + FROM + " order by m.sort_order, r.name_ja, s.id limit :limit offset :offset")
			.param("q", filter.pattern(), java.sql.Types.VARCHAR)
			.param("municipality", filter.municipality(), java.sql.Types.VARCHAR)
			.param("category", filter.category(), java.sql.Types.VARCHAR)
			.param("limit", limit)
			.param("offset", offset)
			.query(Directory::entry)
			.list();
	}

	@Transactional(readOnly = true)
	long count(Filter filter) {
		return this.jdbc.sql("select count(*) " + FROM)
			.param("q", filter.pattern(), java.sql.Types.VARCHAR)
			.param("municipality", filter.municipality(), java.sql.Types.VARCHAR)
			.param("category", filter.category(), java.sql.Types.VARCHAR)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<DirectoryEntry> store(long storeId, Locale locale) {
		return this.jdbc.sql(columns(locale) + FROM + " and s.id = :id")
			.param("q", null, java.sql.Types.VARCHAR)
			.param("municipality", null, java.sql.Types.VARCHAR)
			.param("category", null, java.sql.Types.VARCHAR)
			.param("id", storeId)
			.query(Directory::entry)
			.optional();
	}

	private static String columns(Locale locale) {
		String suffix = "en".equals(locale.getLanguage()) ? "en" : "zh".equals(locale.getLanguage()) ? "zh" : "ja";
		return "select s.id, r.name_ja, r.name_en, r.municipality_code, m.name_" + suffix
				+ " as municipality, r.category_code, c.name_" + suffix
				+ " as category, r.perk_ja, r.perk_en, r.perk_zh, r.perk_conditions, r.address, s.first_approved_at ";
	}

	private static DirectoryEntry entry(ResultSet rs, int row) throws SQLException {
		Timestamp approved = rs.getTimestamp("first_approved_at");
		return new DirectoryEntry(rs.getLong("id"), rs.getString("name_ja"), rs.getString("name_en"),
				rs.getString("municipality_code"), rs.getString("municipality"), rs.getString("category_code"),
				rs.getString("category"), rs.getString("perk_ja"), rs.getString("perk_en"), rs.getString("perk_zh"),
				rs.getString("perk_conditions"), rs.getString("address"), (approved != null)
						? approved.toInstant().atZone(PlatformWebAutoConfiguration.JAPAN).toLocalDate() : null);
	}

	/**
	 * What the reader searches for.
	 *
	 * @param q part of the name, or {@code null}
	 * @param municipality a municipality code, or {@code null}
	 * @param category a category code, or {@code null}
	 */
	record Filter(String q, String municipality, String category) {

		Filter {
			q = blankToNull(q, 100);
			municipality = blankToNull(municipality, 6);
			category = blankToNull(category, 30);
		}

		String pattern() {
			if (this.q == null) {
				return null;
			}
			String escaped = this.q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			return "%" + escaped + "%";
		}

		private static String blankToNull(String value, int max) {
			if (value == null || value.isBlank()) {
				return null;
			}
			String trimmed = value.strip();
			return (trimmed.length() > max) ? trimmed.substring(0, max) : trimmed;
		}

	}

}
