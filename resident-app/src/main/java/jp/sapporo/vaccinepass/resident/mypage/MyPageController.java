package jp.sapporo.vaccinepass.resident.mypage;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The resident's first page: the state of their vaccination record and what to do next.
 */
@Controller
class MyPageController {

	private final JdbcClient jdbc;

	MyPageController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	String myPage(@AuthenticationPrincipal PlatformUser resident, Model model) {
		Overview overview = this.jdbc
			.sql("""
					select coalesce(r.status, 'NONE') as status, r.rejection_reason, a.face_photo_id is not null as has_photo,
					       a.email is not null and a.email_verified_at is null as email_unverified,
					       (select count(*) from notification n where n.resident_id = a.id and n.read_at is null) as unread
					from resident_account a left join vaccination_record r on r.resident_id = a.id
					where a.id = :id
					""")
			.param("id", resident.accountId())
			.query(Overview.class)
			.single();
		List<Dose> doses = this.jdbc.sql("""
				select d.dose_number, d.dose_date, d.product from vaccination_dose d
				join vaccination_record r on r.id = d.record_id
				where r.resident_id = :id order by d.dose_number
				""").param("id", resident.accountId()).query(Dose.class).list();
		model.addAttribute("recordStatus", overview.status());
		model.addAttribute("overview", overview);
		model.addAttribute("doses", doses);
		return "mypage";
	}

	record Dose(int doseNumber, LocalDate doseDate, String product) {
	}

	record Overview(String status, String rejectionReason, boolean hasPhoto, boolean emailUnverified, long unread) {
	}

}
