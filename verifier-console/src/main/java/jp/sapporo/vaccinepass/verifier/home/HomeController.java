package jp.sapporo.vaccinepass.verifier.home;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** First page: an agent's agency, or city staff's work waiting for review. */
@Controller
class HomeController {

	private final JdbcClient jdbc;

	HomeController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal PlatformUser user, Model model) {
		if (user.agencyId() != null) {
			model.addAttribute("agencyName",
					this.jdbc.sql("select name from travel_agency where id = :id")
						.param("id", user.agencyId())
						.query(String.class)
						.single());
		}
		else {
			model.addAttribute("pendingStores",
					this.jdbc.sql("select count(*) from store_revision where status = 'SUBMITTED'")
						.query(Long.class)
						.single());
			model.addAttribute("pendingRecords",
					this.jdbc.sql("select count(*) from vaccination_record where status = 'PENDING_REVIEW'")
						.query(Long.class)
						.single());
		}
		return "home";
	}

}
