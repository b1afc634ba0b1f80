package jp.sapporo.vaccinepass.merchant.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.db.store.MerchantStore;
import jp.sapporo.vaccinepass.db.store.MerchantStores;
import jp.sapporo.vaccinepass.web.PlatformUser;
import jp.sapporo.vaccinepass.web.PlatformWebAutoConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The merchant's first page: their stores, where each one stands and what to do next, the
 * city's decisions, and how many times each poster was scanned per day (counts only).
 */
@Controller
class DashboardController {

	static final int SCAN_DAYS = 7;

	private final JdbcClient jdbc;

	private final MerchantStores stores;

	private final Clock clock;

	DashboardController(JdbcClient jdbc, MerchantStores stores, Clock clock) {
		this.jdbc = jdbc;
		this.stores = stores;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal PlatformUser merchant, Model model) {
		List<MerchantStore> stores = this.stores.stores(merchant.accountId());
		model.addAttribute("stores", stores);
		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate> days = new ArrayList<>();
		for (int i = SCAN_DAYS - 1; i >= 0; i--) {
			days.add(today.minusDays(i));
		}
		model.addAttribute("days", days);
		model.addAttribute("scans", scans(merchant.accountId(), days.get(0)));
		model.addAttribute("notices", this.jdbc.sql("""
				select subject, body, created_at from notification
				where merchant_id = :merchant order by created_at desc, id desc limit 5
				""")
			.param("merchant", merchant.accountId())
			.query((rs, n) -> new Notice(rs.getString(1), rs.getString(2),
					rs.getTimestamp(3).toInstant().atZone(PlatformWebAutoConfiguration.JAPAN).toLocalDateTime()))
			.list());
		return "dashboard";
	}

	/**
	 * Scans per store and day (Japan days) since a day: counts only, nothing about who.
	 */
	private Map<Long, Map<LocalDate, Long>> scans(long merchantId, LocalDate since) {
		Map<Long, Map<LocalDate, Long>> counts = new HashMap<>();
		this.jdbc.sql("""
				select l.store_id, cast(l.scanned_at at time zone 'Asia/Tokyo' as date) as day, count(*)
				from scan_log l join store s on s.id = l.store_id
				where s.merchant_id = :merchant and l.scanned_at >= cast(:since as date) at time zone 'Asia/Tokyo'
				group by 1, 2
				""").param("merchant", merchantId).param("since", since).query((rs, n) -> {
			counts.computeIfAbsent(rs.getLong(1), (id) -> new HashMap<>())
				.put(rs.getObject(2, LocalDate.class), rs.getLong(3));
			return null;
		}).list();
		return counts;
	}

	record Notice(String subject, String body, java.time.LocalDateTime at) {
	}

}
