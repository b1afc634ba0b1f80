package jp.sapporo.vaccinepass.merchant.dashboard;

import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The merchant's first page: their stores and where each one stands. */
@Controller
class DashboardController {

	private final JdbcClient jdbc;

	DashboardController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal PlatformUser merchant, Model model) {
		List<StoreRow> stores = this.jdbc.sql("""
				select s.id, r.name_ja, m.name_ja as municipality, s.status
				from store s
				join store_revision r on r.id = coalesce(s.current_revision_id, s.published_revision_id)
				join municipality m on m.code = r.municipality_code
				where s.merchant_id = :merchant
				order by s.id
				""").param("merchant", merchant.accountId()).query(StoreRow.class).list();
		model.addAttribute("stores", stores);
		return "dashboard";
	}

	record StoreRow(long id, String nameJa, String municipality, String status) {
	}

}
