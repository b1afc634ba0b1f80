package jp.sapporo.vaccinepass.resident.mypage;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The resident's first page: the state of their vaccination record. */
@Controller
class MyPageController {

	private final JdbcClient jdbc;

	MyPageController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String myPage(@AuthenticationPrincipal PlatformUser resident, Model model) {
		String status = this.jdbc.sql("select status from vaccination_record where resident_id = :id")
			.param("id", resident.accountId())
			.query(String.class)
			.optional()
			.orElse("NONE");
		List<Dose> doses = this.jdbc.sql("""
				select d.dose_number, d.dose_date, d.product from vaccination_dose d
				join vaccination_record r on r.id = d.record_id
				where r.resident_id = :id order by d.dose_number
				""").param("id", resident.accountId()).query(Dose.class).list();
		model.addAttribute("recordStatus", status);
		model.addAttribute("doses", doses);
		return "mypage";
	}

	record Dose(int doseNumber, LocalDate doseDate, String product) {
	}

}
