package jp.sapporo.vaccinepass.verifier.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jp.sapporo.vaccinepass.verifier.dashboard.BarChart.Bar;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Counts of the last 14 days (Japan days) and what waits for review. */
@Controller
class DashboardController {

	private static final int DAYS = 14;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MessageSource messages;

	DashboardController(JdbcClient jdbc, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.messages = messages;
	}

	@GetMapping("/staff/dashboard")
	@Transactional(readOnly = true)
	String dashboard(Model model, Locale locale) {
		LocalDate today = LocalDate.now(this.clock.withZone(PlatformWebAutoConfiguration.JAPAN));
		LocalDate first = today.minusDays(DAYS - 1);
		List<Bar> registrations = perDay("resident_account", "created_at", first);
		List<Bar> checks = perDay("eligibility_check", "checked_at", first);
		List<Bar> scans = perDay("scan_log", "scanned_at", first);
		List<MunicipalityRow> matrix = scansPerDayPerMunicipality(first, locale);
		List<Bar> byMunicipality = matrix.stream().map((row) -> new Bar(row.name(), row.total())).toList();
		model.addAttribute("pendingStores", this.jdbc.sql(
				"select count(*) from store_revision r join store s on s.id = r.store_id where r.status = 'SUBMITTED' and s.status <> 'WITHDRAWN'")
			.query(Long.class)
			.single());
		model.addAttribute("pendingRecords",
				this.jdbc.sql("select count(*) from vaccination_record where status = 'PENDING_REVIEW'")
					.query(Long.class)
					.single());
		model.addAttribute("registrations", registrations);
		model.addAttribute("checks", checks);
		model.addAttribute("scans", scans);
		model.addAttribute("byMunicipality", byMunicipality);
		model.addAttribute("matrix", matrix);
		model.addAttribute("registrationsChart", BarChart.svg(text("dashboard.registrations", locale), registrations));
		model.addAttribute("checksChart", BarChart.svg(text("dashboard.checks", locale), checks));
		model.addAttribute("scansChart", BarChart.svg(text("dashboard.scans", locale), scans));
		model.addAttribute("municipalityChart", BarChart.svg(text("dashboard.byMunicipality", locale), byMunicipality));
		return "staff/dashboard";
	}

	/**
	 * Scans per Japan day and municipality of the store (its published revision, or the
	 * one under review), every municipality and day present even without scans.
	 */
	private List<MunicipalityRow> scansPerDayPerMunicipality(LocalDate first, Locale locale) {
		java.util.Map<String, MunicipalityRow> rows = new java.util.LinkedHashMap<>();
		this.jdbc.sql("""
				with counted as (
				  select r.municipality_code as code, cast(l.scanned_at as date) as day, count(*) as n
				  from scan_log l join store st on st.id = l.store_id
				  join store_revision r on r.id = coalesce(st.published_revision_id, st.current_revision_id)
				  where l.scanned_at >= cast(:first as date) group by 1, 2)
				select m.code, m.name_ja, m.name_en, coalesce(c.n, 0) as n
				from municipality m
				cross join generate_series(cast(:first as date), cast(:first as date) + %d, interval '1 day') as d
				left join counted c on c.code = m.code and c.day = cast(d as date)
				order by m.sort_order, d
				""".formatted(DAYS - 1)).param("first", first).query((rs, n) -> {
			String name = "en".equals(locale.getLanguage()) ? rs.getString("name_en") : rs.getString("name_ja");
			rows.computeIfAbsent(rs.getString("code"), (code) -> new MunicipalityRow(name, new java.util.ArrayList<>()))
				.perDay()
				.add(rs.getLong("n"));
			return null;
		}).list();
		return List.copyOf(rows.values());
	}

	/** One municipality's scans per day, oldest day first. */
	record MunicipalityRow(String name, List<Long> perDay) {

		public long total() {
			return this.perDay.stream().mapToLong(Long::longValue).sum();
		}

	}

	private List<Bar> perDay(String table, String column, LocalDate first) {
		// the session time zone is Asia/Tokyo, so ::date is the Japan day
		return this.jdbc.sql("""
				select to_char(d, 'MM-DD') as day, count(t.%2$s) as n
				from generate_series(cast(:first as date), cast(:first as date) + %3$d, interval '1 day') as d
				left join %1$s t on t.%2$s >= d and t.%2$s < d + interval '1 day'
				group by d order by d
				""".formatted(table, column, DAYS - 1))
			.param("first", first)
			.query((rs, n) -> new Bar(rs.getString("day"), rs.getLong("n")))
			.list();
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
